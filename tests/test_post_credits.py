"""The credit line of an embedded post, read as a paragraph, a line's opening, the end of the text
before a mark joined to it, and a handle and date inside a paragraph."""

from __future__ import annotations

from attrlint.post_credits import CREDIT_BEFORE, CREDIT_LINE, CREDIT_OPENING, HANDLE_AND_DATE

CREDIT = "\u2014 Harbour Trust (@harbourtrust) March 9, 2021"


def test_a_paragraph_that_is_a_credit_line() -> None:
    assert CREDIT_LINE.match(CREDIT + "\n")
    assert CREDIT_LINE.match("-- Ann Voss (@annvoss) Sept. 12, 2019")


def test_a_credit_line_is_the_whole_paragraph_matched() -> None:
    text = "The quay opens.\n\n" + CREDIT + " and more words"
    start = text.index("\u2014")
    assert not CREDIT_LINE.match(text, start, len(text))
    assert CREDIT_LINE.match(text, start, text.index(" and more"))


def test_a_credit_line_needs_its_dash_and_its_date() -> None:
    assert not CREDIT_LINE.match("Harbour Trust (@harbourtrust) March 9, 2021")
    assert not CREDIT_LINE.match("\u2014 Harbour Trust (@harbourtrust)")


def test_a_credit_line_whose_date_stands_below_it_opens_as_one() -> None:
    assert CREDIT_OPENING.match("\u2014 Harbour Trust (@harbourtrust)\nMarch 9, 2021")
    assert not CREDIT_OPENING.match("Harbour Trust (@harbourtrust)")


def test_the_name_before_a_handle_stays_on_one_line() -> None:
    assert not CREDIT_OPENING.match("\u2014 Harbour\nTrust (@harbourtrust)")


def test_a_credit_joined_to_the_mark_after_it() -> None:
    text = CREDIT + " \u201cWe reopen on Monday"
    mark = text.index("\u201c")
    assert CREDIT_BEFORE.search(text, 0, mark)
    assert not CREDIT_BEFORE.search(text, 0, mark - 1)  # the space before the mark is part of the credit's end


def test_a_handle_and_date_inside_a_paragraph() -> None:
    text = "Open soon. " + CREDIT + " Then the reply."
    assert [m.start() for m in HANDLE_AND_DATE.finditer(text)] == [text.index("(@")]
    assert not HANDLE_AND_DATE.search("(@harbourtrust) said on March 9, 2021")
