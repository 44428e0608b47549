"""Repeated paragraphs that look like a double paste, for the boilerplate rules that ask (`repeated`).

A run of two or more repeats, or a repeat right after its original, is a paste; so is a single
long repeat. A short paragraph repeated far from its original is usually a deliberate refrain (a
live blog's "It takes 1,237 delegates to win"), and is left alone, as is a passage quoted again on
purpose (`attrlint.deliberate_repeats.repeated_on_purpose`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from attrlint.deliberate_repeats import first_indexes, repeated_on_purpose
from attrlint.document import Document


class Paste(NamedTuple):
    """A run of pasted paragraphs, `first` to `last`, and the paragraph the first one repeats."""

    first: int
    last: int
    source: int


def pasted_runs(doc: Document, counts: list[int], min_words: int, min_words_alone: int) -> Iterator[Paste]:
    """Each run of repeated paragraphs of at least `min_words` words that looks like a double paste;
    a lone repeat away from its original only from `min_words_alone` words."""
    firsts: dict[str, int] = {}
    for run in _runs(_repeat_sources(doc, counts, min_words)):
        first, source = run[0]
        firsts = firsts or first_indexes(doc)
        if repeated_on_purpose(doc, [index for index, _ in run], firsts):
            continue
        adjacent = len(run) == 1 and source == first - 1
        if len(run) > 1 or adjacent or counts[first] >= min_words_alone:
            yield Paste(first, run[-1][0], source)


def _repeat_sources(doc: Document, counts: list[int], min_words: int) -> dict[int, int]:
    """Index of each paragraph that repeats an earlier one -> index of that earlier one."""
    seen: dict[str, int] = {}
    sources: dict[int, int] = {}
    for index, (start, end) in enumerate(doc.paragraphs):
        if counts[index] < min_words:
            continue
        key = _normalised(doc.text[start:end])
        if key in seen:
            sources[index] = seen[key]
        else:
            seen[key] = index
    return sources


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


def _runs(sources: dict[int, int]) -> list[list[tuple[int, int]]]:
    """Consecutive repeated paragraphs grouped into runs of (index, source index)."""
    runs: list[list[tuple[int, int]]] = []
    for index in sorted(sources):
        if runs and runs[-1][-1][0] == index - 1:
            runs[-1].append((index, sources[index]))
        else:
            runs.append([(index, sources[index])])
    return runs
