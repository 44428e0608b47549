"""Questions asked of a draft many times, answered from one pass over it.

A check that asks "does this pattern match anywhere before here?" for every quotation or figure,
"is this name inside a quotation?" for every mention, or "which sentences hold this word?" for
every pair of names would read the draft again for each one: thousands of quotations in one long
paragraph, or thousands of paragraphs, made that quadratic. These give the same answers from a
search or a pass made once.
"""

from __future__ import annotations

import bisect
import collections
import re
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

import regex

from attrlint.document import Span, span_holding
from attrlint.lazy_regex import lazy
from attrlint.regex_store import compiled

if TYPE_CHECKING:
    from attrlint.document import Document

_NON_SPACE = re.compile(r"\S")  # re's \s is str.isspace, so this agrees with str.strip


def has_text(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds anything but whitespace (`text[start:end].strip()`, without the copy)."""
    return _NON_SPACE.search(text, start, end) is not None


class EarliestMatch:
    """Whether a pattern matches inside text[start:offset], for many offsets up to `limit`.

    One search of text[start:limit] finds the earliest match. An offset at or before where it
    starts has no match before it, and an offset at or after where it ends has one; only an
    offset inside that first match needs a search of its own. This is sound for a pattern that
    matches no empty string and looks at nothing past its match but the next character (as `\\b`
    does), when that character is the same whether the text is cut at the offset or not: the
    callers ask at quotation marks and at word starts that follow a non-word character.
    """

    def __init__(self, pattern: regex.Pattern, text: str, start: int, limit: int) -> None:
        self.pattern = pattern
        self.text = text
        self.first = pattern.search(text, start, limit)

    def before(self, offset: int) -> bool:
        first = self.first
        if first is None or offset <= first.start():
            return False
        if first.end() <= offset:
            return True
        return self.pattern.search(self.text, first.start(), offset) is not None


class WordBefore:
    """Whether a match of `ending` ends exactly at an offset, where `ending` starts with one of the
    words `starting` finds and runs on only over a few words, spaces and stops.

    Only the last of those words before the offset can begin such a match, and only while no
    other quotation mark stands between: each word is tried once, at the quotation after it.
    """

    def __init__(self, starting: regex.Pattern, ending: regex.Pattern, text: str) -> None:
        self.starting = starting
        self.ending = ending
        self.text = text

    @cached_property
    def starts(self) -> list[int]:
        """Where each word that may begin a match stands: found on first asking, as most drafts never ask."""
        return [match.start() for match in self.starting.finditer(self.text)]

    def ends_at(self, offset: int, since: int = 0) -> bool:
        """A match ending at `offset` that starts after `since` (where the last quotation began)."""
        index = bisect.bisect_left(self.starts, offset) - 1
        if index < 0 or self.starts[index] < since:
            return False
        return self.ending.match(self.text, self.starts[index], offset) is not None


_WORD_START = re.compile(r"(?<!\S)\S")  # where str.split's words begin


class WordCounts:
    """Whether text[start:end] holds at least so many words (as `str.split` counts them), asked for
    spans in order of where they start, as the quotations of a draft are.

    Quotations left open run to the end of their paragraph, so a thousand of them may overlap; counting
    the words of each by splitting it read the paragraph a thousand times. Here the draft's word starts
    are read once, forward, keeping only the few after the current span's start.
    """

    def __init__(self, text: str, at_least: int) -> None:
        self.text = text
        self.wanted = at_least - 1  # words beginning after the span's first character
        self.starts = (match.start() for match in _WORD_START.finditer(text))
        self.ahead: collections.deque[int] = collections.deque()
        self.last = 0

    def at_least(self, start: int, end: int) -> bool:
        first = self.text[start : start + 1]
        if not first or first.isspace() or start < self.last:  # never for a quotation: it starts with its mark
            return len(self.text[start:end].split()) > self.wanted
        self.last = start
        while self.ahead and self.ahead[0] <= start:
            self.ahead.popleft()
        while len(self.ahead) < self.wanted:
            following = next(self.starts, None)
            if following is None:
                break
            if following > start:
                self.ahead.append(following)
        return len(self.ahead) >= self.wanted and self.ahead[self.wanted - 1] < end


class Interiors:
    """Whether an offset lies strictly inside any of many spans, which may overlap, by bisection."""

    def __init__(self, spans: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def holds(self, offset: int) -> bool:
        index = bisect.bisect_left(self.starts, offset) - 1  # the last span starting before the offset
        return index >= 0 and offset < self.ends[index]


_WORD_RUN = lazy(r"\w+")
_WORD_CHAR = lazy(r"\w")


class WordSentences:
    """The sentences in which each of some words stands whole (where `\\bword\\b` finds it).

    The draft's words are read once, keeping where each word's first run of word characters stands;
    a word is then found only where that run begins, not by searching every sentence for it.
    """

    def __init__(self, doc: Document, words: Iterable[str]) -> None:
        self.doc = doc
        self.words = set(words)
        self.found: dict[str, set[int]] = {}

    @cached_property
    def runs(self) -> dict[str, list[int]]:
        """Where each word's first run of word characters stands in the draft as a run of its own."""
        firsts = {match.group() for word in self.words if (match := _WORD_RUN.match(word))}
        runs: dict[str, list[int]] = {}
        for match in _WORD_RUN.finditer(self.doc.text):
            if match.group() in firsts:
                runs.setdefault(match.group(), []).append(match.start())
        return runs

    def sentences_with(self, word: str) -> set[int]:
        """The indexes (in `doc.sentences`) of the sentences the word stands in."""
        if word not in self.found:
            self.found[word] = self._sentences_with(word)
        return self.found[word]

    def _sentences_with(self, word: str) -> set[int]:
        text, sentences = self.doc.text, self.doc.sentences
        if word not in self.words or not (_WORD_CHAR.fullmatch(word[:1]) and _WORD_CHAR.fullmatch(word[-1:])):
            pattern = compiled(rf"\b{regex.escape(word)}\b")  # a word that begins or ends in a stop
            return {index for index, span in enumerate(sentences) if pattern.search(text, *span)}
        found: set[int] = set()
        for start in self.runs.get(_WORD_RUN.match(word).group(), ()):
            if text.startswith(word, start) and not _WORD_CHAR.match(text, start + len(word)):
                index = span_holding(sentences, start)
                if index >= 0:
                    found.add(index)
        return found
