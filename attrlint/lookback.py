"""Questions about the text before an offset, asked for many offsets and answered from one search.

A check that asks "does this pattern match anywhere before here?" for every quotation or figure
of a draft would read the draft again for each one: thousands of quotations in one long
paragraph, or thousands of paragraphs, made that quadratic. These answer the same question from
a search made once.
"""

from __future__ import annotations

import bisect
import re

import regex

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
        self.ending = ending
        self.text = text
        self.starts = [match.start() for match in starting.finditer(text)]

    def ends_at(self, offset: int, since: int = 0) -> bool:
        """A match ending at `offset` that starts after `since` (where the last quotation began)."""
        index = bisect.bisect_left(self.starts, offset) - 1
        if index < 0 or self.starts[index] < since:
            return False
        return self.ending.match(self.text, self.starts[index], offset) is not None
