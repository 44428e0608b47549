"""Quotation marks one by one: what a mark is (`Mark`), and which way it points.

Marks are classified by their glyph (“ opens, ” closes; straight marks have none) and by their
context (a space before and a letter after opens; a letter or stop before and a space after
closes). Which marks of a paragraph are quotation marks at all is `mark_reader.py`'s; single
marks that are apostrophes are `apostrophes.py`'s, double marks that are measures or ditto marks
`mark_measures.py`'s, and marks in code spans, URLs and HTML tags `inert_text.py`'s.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

OPENING, CLOSING, EITHER = "open", "close", "either"
DOUBLE = {"\u201c": OPENING, "\u201d": CLOSING, '"': EITHER}  # each double mark's glyph: which way it points
SINGLE = {"\u2018": OPENING, "\u2019": CLOSING, "'": EITHER}
_SET_APART = re.compile(r"[.,;:!?](?=\s|$)(?!\s\.)")
WORD_AFTER = re.compile(r"\w[\w\u2019'-]{0,39}|")  # the word after a mark, kept short
_BEFORE_OPENING = "([{\u2014\u2013-/:\u201c\u2018\"'"


class Mark(NamedTuple):
    """A quotation mark: where it is, which kind, and which way its glyph and its context point."""

    offset: int
    char: str  # the mark's character; for a pair of single marks, the second
    context: str
    length: int = 1  # 2 for a pair of single marks typed as one double mark

    # Whether it is double and which way its glyph points are read from its character, not kept:
    # a line of a million marks held a million marks, and two fields more were a quarter of each.
    @property
    def double(self) -> bool:
        return self.length == 2 or self.char in DOUBLE

    @property
    def glyph(self) -> str:
        return (DOUBLE if self.char in DOUBLE else SINGLE)[self.char]

    @property
    def end(self) -> int:
        return self.offset + self.length

    @property
    def curly(self) -> bool:
        return self.char not in "\"'"

    @property
    def direction(self) -> str:
        """The way the mark works here: its context where that is clear, else its glyph."""
        return self.context if self.context != EITHER else self.glyph

    def works_as(self, inside: bool) -> str:
        """OPENING or CLOSING: a mark that could be either closes a quotation open around it."""
        if self.direction == EITHER:
            return CLOSING if inside else OPENING
        return self.direction


def _char_before(text: str, i: int) -> str:
    """The character before position i, passing over invisible format characters (U+202A and kin)."""
    j = i - 1
    while j >= 0 and unicodedata.category(text[j]) == "Cf":
        j -= 1
    return text[j] if j >= 0 else " "


def context_at(text: str, i: int) -> str:
    """Which way a mark points from the characters around it."""
    before = _char_before(text, i)
    after = text[i + 1] if i + 1 < len(text) else " "
    opens_before = before.isspace() or before in _BEFORE_OPENING
    closes_after = after.isspace() or after in "<[.,;:!?)]}\u2014\u2013-\u201d\u2019\"'"
    if before.isspace() and set_apart(text, i):
        return CLOSING  # `delays ”.`: nothing follows for it to open
    if opens_before and not after.isspace():
        return OPENING
    if not before.isspace() and closes_after:
        return CLOSING
    return EITHER


def set_apart(text: str, i: int) -> bool:
    """A mark with a stop or comma after it, then a space (`delays ”.`, but not `" . . . and` or `".@name`)."""
    return bool(_SET_APART.match(text, i + 1))
