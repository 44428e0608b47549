"""What the quotation analysis (`attrlint.quotes`) finds: every quotation's span and marks, and the
problems with its marks, by name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from attrlint.finding import Problem
from attrlint.problem_log import ProblemLog
from attrlint.quote_marks import WORD_AFTER, Mark

# The problems the analysis reports; a quote-balance rule names one of them.
UNCLOSED = "unclosed"
UNOPENED = "unopened"
MISDIRECTED = "misdirected"
MISMATCHED = "mismatched"
NESTED = "nested"
DETACHED = "detached"
SPACING = "spacing"
MIXED_STYLE = "mixed-style"
JOINED = "joined-paragraphs"  # a quotation over paragraphs whose breaks were lost (see attrlint.quote_runs)
PROBLEMS = (UNCLOSED, UNOPENED, MISDIRECTED, MISMATCHED, NESTED, DETACHED, SPACING, MIXED_STYLE, JOINED)


_SHOWN_AFTER = re.compile(r"[^\S\n]*(\S{1,12})")  # what a message shows after a mark with no word after it


def _place_without_word(text: str, at: int) -> str:
    """Where a mark with no word right after it stands, for a message: before what follows it on its line ('(a)',
    ':'), or at the end of its line; never "before ''"."""
    shown = _SHOWN_AFTER.match(text, at)
    return f"before '{shown.group(1)}'" if shown else "at the end of its line"


class Quotation(NamedTuple):
    """A quotation from its opening mark to just past its closing mark (or its last paragraph)."""

    start: int
    end: int
    opening: Mark
    closing: Mark | None
    paragraphs: tuple[int, ...]
    level: int = 0  # 0 for a quotation, 1 for a quotation inside it


_SHARED_VALUES = 10_000  # at most this many distinct message values are kept for sharing


@dataclass
class QuoteAnalysis:
    quotations: list[Quotation] = field(default_factory=list)
    found: ProblemLog = field(default_factory=lambda: ProblemLog(PROBLEMS), repr=False)
    _values: dict[tuple[str, ...], dict[str, str]] = field(default_factory=dict, repr=False)
    _last_paragraphs: tuple[int, ...] = field(default=(), repr=False)

    @property
    def problems(self) -> list[Problem]:
        """Every problem, in order (a rule reads its check's spans from `found`: a hostile draft has millions)."""
        return list(self.found)

    def paragraphs_of(self, indexes: Sequence[int]) -> tuple[int, ...]:
        """The paragraphs of a quotation as a tuple, shared with the quotation before where they are the
        same (a paragraph of a million quotations held a million tuples of its one index)."""
        paragraphs = tuple(indexes)
        if paragraphs != self._last_paragraphs:
            self._last_paragraphs = paragraphs
        return self._last_paragraphs

    def report(self, check: str, mark: Mark, text: str, **values: str) -> None:
        """Add a problem at a mark; problems with the same values share one dict of them (a line of a
        million turned marks has a few distinct values, and a dict each was a quarter of its memory)."""
        word = WORD_AFTER.match(text, mark.end).group()
        place = f"before '{word}'" if word else _place_without_word(text, mark.end)
        mark_text = text[mark.offset : mark.end]
        key = (mark_text, place, *values.keys(), *values.values())
        shared = self._values.get(key)
        if shared is None:
            if len(self._values) >= _SHARED_VALUES:
                self._values.clear()
            shared = self._values[key] = {"mark": mark_text, "word": word, "place": place, **values}
        self.found.add(check, mark.offset, mark.end, shared)
