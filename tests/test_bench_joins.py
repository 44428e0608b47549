"""bench/quote_joins.py chooses the quotations it joins from the marks alone and joins without losing text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from quote_joins import joined_copy, mark_runs  # noqa: E402

from attrlint.document import Document  # noqa: E402

FIRST = "The harbour master said: \u201cThe pier will be rebuilt by the summer, and the contract is signed."
SECOND = "\u201cThe road to the car park will follow in the autumn, once the survey is done."
LAST = "\u201cAfter that we will look again at the ferry timetable,\u201d she said."
CAPTION = "The old quay at Eastholm, pictured in 2019"


def draft(*paragraphs: str) -> Document:
    return Document("draft.md", "\n\n".join(("Harbour works", *paragraphs, "The vote is next week.")) + "\n")


def test_a_quotation_over_paragraphs_in_the_convention_is_one_closed_run():
    [run] = mark_runs(draft(FIRST, SECOND, LAST))
    assert (run.paragraphs, run.continuing, run.style, run.closed) == ((1, 2, 3), (2, 3), "curly", True)


@pytest.mark.parametrize(
    "first",
    [
        "The board called the plan \u201cmore of the same and nothing new.",  # a partial quotation is closed
        'He wrote: \u201cThe pier will be rebuilt by the summer, as we said."',  # closed by a straight mark
    ],
)
def test_a_paragraph_that_leaves_no_full_sentence_of_speech_open_starts_no_run(first):
    assert [run.paragraphs for run in mark_runs(draft(first, LAST))] == []


def test_a_run_never_closed_is_counted_and_not_joined():
    doc = draft(FIRST, SECOND, "The council did not reply.")
    [run] = mark_runs(doc)
    assert not run.closed and joined_copy(doc) == (doc.text, [], 1, [])


def test_a_caption_between_two_paragraphs_is_joined_in_not_dropped():
    doc = draft(FIRST, CAPTION, SECOND, LAST)
    [run] = mark_runs(doc)
    assert run.paragraphs == (1, 2, 3, 4)
    text, starts, _, _ = joined_copy(doc)
    assert f"{FIRST} {CAPTION} {SECOND} {LAST}" in text and starts == [text.index(FIRST)]


def test_the_samenest_variant_quotes_a_phrase_in_the_outer_marks_before_the_stop():
    text, _, _, slips = joined_copy(draft(FIRST, SECOND, LAST), variant="samenest")
    assert "the contract \u201cis signed\u201d. \u201cThe road" in text
    assert slips == ["\u201cis signed\u201d", "\u201cis done\u201d"]
