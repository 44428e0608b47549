"""Spans kept compactly (attrlint.spans): they read as the list of (start, end) tuples they stand for."""

from __future__ import annotations

import bisect
import sys
import tracemalloc

import pytest

from attrlint.document import Document, span_holding, split_paragraphs
from attrlint.spans import IndexSet, Spans

LISTED = [(0, 4), (6, 9), (9, 15), (20, 21)]


def _holding_in_list(spans: list[tuple[int, int]], offset: int) -> int:
    index = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return index if index >= 0 and offset < spans[index][1] else -1


def test_spans_read_as_the_list_of_tuples() -> None:
    spans = Spans(LISTED)
    assert len(spans) == 4 and list(spans) == LISTED and spans == LISTED
    assert spans[1] == (6, 9) and spans[-1] == (20, 21) and spans[1:3] == LISTED[1:3]
    assert [start for start, _ in spans] == [0, 6, 9, 20]
    with pytest.raises(IndexError):
        spans[4]
    assert spans != LISTED[:3] and spans != "not spans"


def test_appended_and_extended_spans_come_in_order() -> None:
    spans = Spans()
    spans.append(LISTED[0])
    spans.extend(LISTED[1:])
    assert spans == Spans(LISTED)


@pytest.mark.parametrize("offset", range(-1, 23))
def test_the_span_holding_an_offset_is_the_one_the_list_gives(offset: int) -> None:
    assert span_holding(Spans(LISTED), offset) == _holding_in_list(LISTED, offset)


def test_a_documents_paragraphs_are_the_spans_of_its_blocks() -> None:
    doc = Document("d.md", "Lead.\n\nSecond paragraph.\nNext line.\n")
    assert doc.paragraphs == split_paragraphs(doc.text) == [(0, 5), (7, 24), (25, 35)]


def test_many_paragraphs_take_a_few_bytes_each() -> None:
    text = "a\n\n" * 200_000
    tracemalloc.start()
    try:
        paragraphs = split_paragraphs(text)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(paragraphs) == 200_000
    assert held / len(paragraphs) < 40  # a list of tuples: about 120


def test_an_index_set_holds_what_was_added() -> None:
    marked = IndexSet(bytearray(b"\x00\x00\x01\x00\x00\x00\x00\x01\x00\x00"))
    assert 2 in marked and 7 in marked and 3 not in marked and 10 not in marked and -1 not in marked
    assert len(marked) == 2 and list(marked) == [2, 7]
