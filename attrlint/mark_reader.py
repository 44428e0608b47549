"""Which marks of a paragraph are quotation marks, in order: apostrophes, measures, ditto marks and the
marks in code, URLs and tags left out, and two single marks typed for a double one read as one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from attrlint.apostrophes import is_apostrophe, is_spaced_apostrophe, is_turned_apostrophe
from attrlint.document import span_holding
from attrlint.inert_text import inert_spans
from attrlint.mark_measures import MarkLine, ends_feet_and_inches
from attrlint.quote_marks import CLOSING, DOUBLE, EITHER, OPENING, SINGLE, Mark, context_at

_MARKS = re.compile("[\u201c\u201d\u2018\u2019\"']")
# One string for each mark character: Python shares only Latin-1 ones, and a curly mark read
# from the text is a new 76-byte string each time (a line of a million marks held a million).
_MARK_CHARS = {char: char for char in "\u201c\u201d\u2018\u2019\"'"}


class MarkReader:
    """Finds the quotation marks of a text paragraph by paragraph, in order.

    Each line's counts are read once, when its first mark is met, and the inert spans of a
    paragraph are found by bisection: a long line of marks takes time in proportion to its length.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.inert = inert_spans(text)
        self.line: MarkLine | None = None
        self.spaced_apostrophes: list[Mark] = []  # `isn \u2018t`: not quotation marks, but misspaced
        self.turned_apostrophes: list[Mark] = []  # `didn\u2018t`: not quotation marks, but turned

    def line_of(self, i: int) -> MarkLine:
        """The line holding offset i; marks come in order, so each line is found once."""
        if self.line is None or not self.line.start <= i < self.line.end:
            self.line = MarkLine(self.text, i)
        return self.line

    def marks_in(self, start: int, end: int) -> Sequence[Mark]:
        """The quotation marks of one paragraph, apostrophes and inert marks left out (one shared empty
        tuple for a paragraph without any: a draft of a million short paragraphs kept a million lists)."""
        text = self.text
        marks: list[Mark] = []
        first = _first_content(text, start, end)
        for match in _MARKS.finditer(text, start, end):
            i, char = match.start(), _MARK_CHARS[match.group()]
            if span_holding(self.inert, i) >= 0 or (marks and marks[-1].offset == i - 1 and _is_pair(text, i - 1)):
                continue
            if _is_pair(text, i):
                marks.append(_pair_mark(text, i, first))
                continue
            double = char in DOUBLE
            if not double and is_spaced_apostrophe(text, i):
                self.spaced_apostrophes.append(Mark(i, char, EITHER))
                continue
            if not double and is_turned_apostrophe(text, i):
                self.turned_apostrophes.append(Mark(i, char, CLOSING))
                continue
            if (double and self.is_inert_double(i)) or (not double and is_apostrophe(text, i)):
                continue
            marks.append(Mark(i, char, _paragraph_context(text, i, char, at_start=i == first)))
        return marks or ()

    def is_inert_double(self, i: int) -> bool:
        """Ditto marks standing alone, and inch marks after a number (`6' 2"`, `a 65" screen`)."""
        text = self.text
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if text[i] == '"' and before.isspace() and after.isspace():
            return self.is_ditto(i)
        if text[i] not in '"\u201d' or not before.isdigit():
            return False
        if ends_feet_and_inches(text, i):
            return True
        return i in self.line_of(i).inert_after_numbers

    def is_ditto(self, i: int) -> bool:
        """A straight mark with spaces both sides: a ditto mark, unless its line needs it to pair.

        After a closing single mark or a stop (`outreach,' " he said`) it closes; and where the other
        straight marks of its line do not balance without it (`the " Title" series`) it is a mark.
        """
        line = self.line_of(i)
        if self.text[max(line.start, i - 20) : i].rstrip()[-1:] in ("'", "\u2019", ",", ".", "!", "?"):
            return False
        return line.ditto_balance == 0


def _is_pair(text: str, i: int) -> bool:
    """Two single marks typed for one double mark: '' \u2019\u2019 \u2018\u2018 \u2018\u2019."""
    return text[i] in SINGLE and text[i + 1 : i + 2] in SINGLE and text[i + 1 : i + 2] != ""


def _pair_mark(text: str, i: int, first: int) -> Mark:
    """A pair of single marks read as one double mark; a mixed pair takes its second glyph.

    Its context is read as if the pair were one character: from a few characters either side.
    """
    char = _MARK_CHARS[text[i + 1]]
    before = text[max(0, i - 3) : i]
    window = before + text[i + 1 : i + 4]
    context = _paragraph_context(window, len(before), char, at_start=i == first)
    return Mark(i, char, context, length=2)


def _paragraph_context(text: str, i: int, char: str, at_start: bool) -> str:
    """A mark's context; a closing glyph that stands first in its paragraph opens it, turned."""
    context = context_at(text, i)
    if context == EITHER and char in "\u201d\u2019" and at_start:
        return OPENING
    return context


def _first_content(text: str, start: int, end: int) -> int:
    """The offset of a paragraph's first character that is neither a space nor invisible."""
    for i in range(start, end):
        if not (text[i].isspace() or unicodedata.category(text[i]) == "Cf"):
            return i
    return end
