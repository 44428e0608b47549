"""The search of one boilerplate rule's phrases in a draft's paragraphs.

Three doors keep it cheap, since most searches fail: a paragraph shorter than every pattern's
shortest match is not searched; where the multi-pattern engine covers the rule's patterns, one pass
of it over every paragraph (shared by the rules) rules out those none of them can match; and each
distinct paragraph text is searched once, however often it stands in the draft.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property

import regex

from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.kinds.base import REGEX_TIMEOUT, LazyPattern, RegexBudget
from attrlint.kinds.paragraph_facts import paragraph_texts
from attrlint.multipattern import TextCandidates, pattern_set

try:
    from re import _parser as _standard_parser  # the standard library's regex parser, Python 3.11 on
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _standard_parser


def shortest_match(patterns: list[str]) -> int:
    """The fewest characters any of the patterns can match: a shorter paragraph cannot be residue.

    Measured by the standard library's regex parser; a pattern it cannot read (syntax only the
    `regex` module knows, such as `\\p{L}` or full case folding) counts as matching nothing at all.
    """
    widths = []
    for pattern in patterns:
        try:
            widths.append(_standard_parser.parse(pattern).getwidth()[0])
        except Exception:  # noqa: BLE001 - any pattern the parser cannot read is measured as 0
            return 0
    return min(widths, default=0)


def paragraphs_at_least(analyses: Analyses, length: int) -> Sequence[int]:
    """The indexes of the paragraphs whose one-line text has at least `length` characters, made once
    for the rules of that shortest match: on a draft of a million one-letter paragraphs, most rules
    need search none of them."""
    texts = analyses.derived(paragraph_texts)
    if length <= 0:
        return range(len(texts))
    indexes = array("l", (index for index, text in enumerate(texts) if len(text) >= length))
    return range(len(texts)) if len(indexes) == len(texts) else indexes


def pattern_candidates(analyses: Analyses) -> TextCandidates:
    """Which of every boilerplate rule's patterns may match each paragraph, from one pass of the
    multi-pattern engine, shared by the rules (each confirms its own few with `regex`)."""
    return TextCandidates(pattern_set(analyses.settings.get("patterns", ())), analyses.derived(paragraph_texts))


def _compiled(patterns: list[regex.Pattern | LazyPattern]) -> list[regex.Pattern]:
    return [pattern.compiled if isinstance(pattern, LazyPattern) else pattern for pattern in patterns]


def _found(patterns: list[regex.Pattern], text: str, timeout: float) -> bool:
    return any(pattern.search(text, timeout=timeout) for pattern in patterns)


def _named(patterns: list[tuple[regex.Pattern, int]], text: str, timeout: float) -> bool:
    """Whether a pattern matches the text, searching only those that can match a text so long."""
    length = len(text)
    return any(pattern.search(text, timeout=timeout) for pattern, shortest in patterns if length >= shortest)


class PhraseSearch:
    """A rule's phrases: the regexes that name residue (`patterns`, compiled from the pattern texts
    `sources`) and those that clear a paragraph they name (`clearing`)."""

    def __init__(
        self,
        patterns: list[regex.Pattern | LazyPattern],
        clearing: list[regex.Pattern | LazyPattern],
        sources: frozenset[str],
    ) -> None:
        self.patterns, self.clearing, self.sources = patterns, clearing, sources

    @cached_property
    def shortest(self) -> list[int]:
        """The fewest characters each of `patterns` can match (worked out when first asked)."""
        return [shortest_match([pattern.pattern]) for pattern in self.patterns]

    @cached_property
    def searches(self) -> tuple[list[tuple[regex.Pattern, int]], list[regex.Pattern]]:
        """The patterns, each with its shortest match, and the clearing regexes: compiled when a
        paragraph first gets so far (in a draft of long paragraphs, none does)."""
        return list(zip(_compiled(self.patterns), self.shortest, strict=True)), _compiled(self.clearing)

    def names(self, text: str, timeout: float | None = None) -> bool:
        """Whether the patterns name a text (a line read alone) and nothing clears it."""
        patterns, clearing = self.searches
        return bool(patterns) and _named(patterns, text, timeout) and not _found(clearing, text, timeout)

    def named_paragraphs(self, doc: Document, analyses: Analyses, skip: Callable[[int], bool]) -> Iterator[int]:
        """The indexes of the paragraphs the patterns name and nothing clears, in order, leaving out
        those `skip` rules out before any search."""
        if not self.patterns:
            return
        candidates = analyses.combined(paragraphs_at_least, min(self.shortest, default=0))
        texts, budget = analyses.derived(paragraph_texts), RegexBudget(REGEX_TIMEOUT, len(doc.text))
        may_match = analyses.combined(pattern_candidates)
        prefiltered = may_match.patterns.covers(self.sources)
        named: dict[str, bool] = {}  # each distinct paragraph text searched once
        for index in candidates:
            if skip(index) or (prefiltered and self.sources.isdisjoint(may_match(index))):
                continue
            text = texts[index]
            if text not in named:
                patterns, clearing = self.searches
                with budget as timeout:
                    named[text] = _named(patterns, text, timeout) and not _found(clearing, text, timeout)
            if named[text]:
                yield index
