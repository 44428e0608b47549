"""The shared analyses of one draft (quotations, names, attribution), each made once, when first asked.

A rule set makes one `Analyses` for each draft it checks and hands it to every rule, so the eight
quotation rules read one quote analysis, and the sheets and fixes read the same one the rules did.
It lives as long as the draft is being checked: nothing is cached beyond it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from functools import cached_property
from typing import TypeVar

from attrlint import attribution, names, quote_analysis, quotes
from attrlint.document import Document

T = TypeVar("T")

# The analysis settings a rule set resolves from its rules and config: lexicon name -> entries.
Settings = Mapping[str, tuple]


class Analyses:
    """One draft's analyses under one rule set's settings."""

    def __init__(self, doc: Document, settings: Settings) -> None:
        self.doc = doc
        self.settings = settings
        self._derived: dict[tuple, object] = {}

    @cached_property
    def quotes(self) -> quote_analysis.QuoteAnalysis:
        return quotes.analyse(self.doc, self.settings)

    @cached_property
    def names(self) -> names.NameAnalysis:
        return names.analyse(self.doc, self.settings, lambda: self.quotes)  # most drafts never ask

    @cached_property
    def attribution(self) -> attribution.AttributionAnalysis:
        return attribution.analyse(self.doc, self.settings, self.quotes, self.names)

    def derived(self, compute: Callable[..., T], *args: Hashable) -> T:
        """`compute(doc, *args)`, made once for this draft: data every rule of a kind reads (word counts)."""
        key = (compute, *args)
        if key not in self._derived:
            self._derived[key] = compute(self.doc, *args)
        return self._derived[key]  # type: ignore[return-value]

    def combined(self, compute: Callable[..., T], *args: Hashable) -> T:
        """`compute(self, *args)`, made once for this draft: data made from other derived data
        (the paragraphs a boilerplate rule need search, from their texts and word counts)."""
        key = (compute, *args)
        if key not in self._derived:
            self._derived[key] = compute(self, *args)
        return self._derived[key]  # type: ignore[return-value]
