"""A draft's quotations and attributions, and the questions every attribution check asks of them.

`attrlint.attribution` reads the attributions once; `attrlint.quote_speaker` and `attrlint.source_reports`
ask which cues stand in a span or a paragraph, whether an offset is quoted, and where the body begins.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from typing import NamedTuple

from attrlint import names, quote_analysis
from attrlint.cue_reading import Attribution
from attrlint.document import Document, span_holding


class Hit(NamedTuple):
    """What a check found: a span of the text and the words it shows; `attrlint.attribution` names the problem."""

    start: int
    end: int
    match: str


class AttributedDraft:
    """A draft's top-level quotations (sorted, not overlapping) and, once read, its attributions sorted by cue."""

    def __init__(self, doc: Document, quotations: list[quote_analysis.Quotation]):
        self.doc = doc
        self.text = doc.text
        self.quotations = quotations
        self.quotation_starts = [q.start for q in quotations]
        self.attributions: list[Attribution] = []
        self.offsets: list[int] = []

    def attribute(self, attributions: list[Attribution]) -> None:
        """Keep the draft's attributions, sorted by cue."""
        self.attributions = attributions
        self.offsets = [a.cue[0] for a in attributions]

    def quoted(self, offset: int) -> bool:
        """Inside a quotation (level-0 quotations do not overlap, so the one before decides)."""
        index = bisect.bisect_left(self.quotation_starts, offset) - 1
        return index >= 0 and offset < self.quotations[index].end

    def paragraph_of(self, offset: int) -> int:
        return span_holding(self.doc.paragraphs, offset)

    def cues_between(self, start: int, end: int) -> list[Attribution]:
        """The attributions whose cue starts in [start, end)."""
        offsets = self.offsets
        return self.attributions[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, end)]

    def cues_in(self, paragraph: int) -> list[Attribution]:
        return self.cues_between(*self.doc.paragraphs[paragraph])

    @cached_property
    def first_body(self) -> int:
        """The first paragraph that is not a headline, found once a draft."""
        texts = (self.text[start:end] for start, end in self.doc.paragraphs)
        return next((i for i, text in enumerate(texts) if not names.is_headline(text)), len(self.doc.paragraphs))
