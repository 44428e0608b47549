"""Repetition a writer chose: a passage quoted again, the refrain of verse."""

from __future__ import annotations

from attrlint.deliberate_repeats import first_indexes, in_verse, quotation, repeated_on_purpose, verse_lines
from attrlint.document import Document

VERSE = """The band's new single opens on a verse about the pier:

The lights go out along the pier
and nobody is left to see
the tide come in for one more year

The lights go out along the pier
and nobody is left to see
the tide come in for one more year

The council met on Tuesday night to discuss the harbour wall and its repairs.
"""


def test_a_line_of_a_block_of_short_lines_is_verse() -> None:
    doc = Document("verse.md", VERSE)
    lines = [index for index in range(len(doc.paragraphs)) if in_verse(doc, index)]
    assert lines == [1, 2, 3, 4, 5, 6]


def test_a_repeat_is_on_purpose_after_an_introduction_or_in_verse() -> None:
    doc = Document("verse.md", VERSE)
    firsts = first_indexes(doc)
    assert repeated_on_purpose(doc, [4, 5, 6], firsts)
    assert not repeated_on_purpose(doc, [7], firsts)  # after verse, not introduced as a quotation
    again = Document(
        "again.md", "A long line of the letter.\n\nIt is worth reading again:\n\nA long line of the letter.\n"
    )
    assert repeated_on_purpose(again, [2], first_indexes(again))
    pasted = Document("pasted.md", "He wrote:\n\nA long line.\n\nHe wrote:\n\nA long line.\n")
    assert not repeated_on_purpose(pasted, [3], first_indexes(pasted))  # its introduction is pasted too


def test_verse_set_a_line_a_paragraph_is_verse_and_a_list_of_headlines_is_not() -> None:
    assert verse_lines(["the lights go out along the pier tonight", "and nobody is left to watch the tide"])
    assert verse_lines(["the lights go out along the pier\nand nobody is left to watch the tide"])  # a stanza
    assert not verse_lines(["Council Votes To Close Three Libraries Tonight"])  # one line
    assert not verse_lines(["Council Votes To Close Three Libraries", "Harbour Crane Topples Onto Two Boats"])
    assert not verse_lines(["The pier will close on Monday.", "The ferry will run every hour."])  # prose


def test_a_quotation_set_apart_from_where_it_first_stood_is_quoted_again() -> None:
    assert quotation(["\u201cThe ferry will be kept open for three more years.\u201d"])
    assert quotation(["\u201cThe ferry will be kept open.", "\u201cWhatever the cost.\u201d"])
    assert not quotation(["\u201cThe ferry will be kept open,\u201d the mayor said."])  # narration after it
    quoted = "\u201cA long quotation of the letter.\u201d"
    text = f"{quoted}\n\nWe now know better.\n\n{quoted}\n"
    doc = Document("again.md", text)
    assert repeated_on_purpose(doc, [2], first_indexes(doc))
    pasted = Document("pasted.md", "\u201cA long quotation.\u201d\n\n\u201cA long quotation.\u201d\n")
    assert not repeated_on_purpose(pasted, [1], first_indexes(pasted))  # straight after itself: a paste


STANZA = """The choir's new song closes every verse on the same four lines:

Oh, the gulls are home on the seawall,
and the nets are dry on the shore.
Light the lamp for the last of all,
then we sail no more.

The second verse is about the men who kept the lamp, the choir's director said.

Oh, the gulls are home on the seawall,
and the nets are dry on the shore.
Light the lamp for the last of all,
then we sail no more.

The pier will close on Monday for the winter.
The ferry will run every hour until then.

The pier will close on Monday for the winter.
The ferry will run every hour until then.
"""


def test_a_stanza_whose_lines_close_sentences_is_verse_and_short_prose_is_not() -> None:
    doc = Document("stanza.md", STANZA)
    lines = [index for index in range(len(doc.paragraphs)) if in_verse(doc, index)]
    assert lines == [1, 2, 3, 4, 6, 7, 8, 9]  # some lines run on; prose set a sentence a line does not
    assert repeated_on_purpose(doc, [6, 7, 8], first_indexes(doc))
    assert not repeated_on_purpose(doc, [12, 13], first_indexes(doc))
