"""Double marks that are no quotation marks: inch marks after a number (`a 65" screen`, `6' 2"`) and
ditto marks standing alone, read line by line, once for all the marks of a line."""

from __future__ import annotations

import re
from functools import cached_property

from attrlint.quote_marks import OPENING, context_at

_FOOT_INCH = re.compile(r"\d['\u2019\u2032]\s?\d{1,2}[\"\u201d\u2033]")
# What follows a number's double mark that makes it a measure: a word in lower case or capitals (`65" screen`,
# `65" TV`), a figure (`27" 2560x1440`), a second dimension (`6"x4"`) or a hyphen (`12"-wide`).
_UNIT_AFTER = re.compile(r"[ \t](?:[a-z]|[A-Z]{2,}\b|\d)|[x\u00d7]\d|-[a-z]")
# The number a measure's mark follows: a few digits, a decimal, a fraction (`6.5"`, `1 1/2"`, `3\u00bd"`),
# standing alone (not `#Trump2016"`, `ETag: "1382694048000"`, `$200,000"`) or as a second dimension (`6"x4"`).
_MEASURE_NUMBER = re.compile(
    r"(?:^|[^\w.,#@/$\u00a3\u20ac]|[\"\u201d]x)"  # standing alone, or after a first dimension's mark
    r"(?:\d{1,3}(?:\.\d{1,2})?|(?:\d{1,2}[ -])?\d/\d{1,2}|\d{0,2}[\u00bc-\u00be])$"
)
_SPACED_MARK = re.compile(r'(?:^|\s)"(?=\s|$)')  # a straight mark with a space (or the line's edge) both sides
_STRAIGHT = re.compile('"')
_CURLY_DOUBLE = re.compile("[\u201c\u201d]")


def ends_feet_and_inches(text: str, i: int) -> bool:
    """A double mark that ends a height in feet and inches (`6' 2"`, `6\u2032 2\u2033`)."""
    return bool(_FOOT_INCH.search(text, max(0, i - 6), i + 1))


class MarkLine:
    """One line of the text, and what its straight marks say, read once for all the marks on it."""

    def __init__(self, text: str, i: int) -> None:
        self.text = text
        self.start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        self.end = end if end >= 0 else len(text)

    @cached_property
    def ditto_balance(self) -> int:
        """The line's straight marks less the spaced ones, mod 2: 0 when they pair without a ditto mark."""
        line = self.text[self.start : self.end]
        return (line.count('"') - len(_SPACED_MARK.findall(line))) % 2

    @cached_property
    def inert_after_numbers(self) -> frozenset[int]:
        """The offsets of the line's double marks after a number that are not quotation marks.

        A mark followed as a measure is (`a 6" shelf`, `6"x4"`) is a measure unless the pairing proves it
        closes a quotation: one opened inside a sentence (`scored "about 12" points`, `the "Top 10" list`)
        whose next mark, if any, does not close it. Any other mark after a number closes the quotation open
        before it (`"about $200,000" from`, `"It was 12", he`), else is inert (`12" long`). The straight and
        the curly marks are read apart, each left to right with the quotation still open.
        """
        found: set[int] = set()
        for pattern in (_STRAIGHT, _CURLY_DOUBLE):
            offsets = [m.start() for m in pattern.finditer(self.text, self.start, self.end)]
            found.update(self._inert_among(offsets))
        return frozenset(found)

    def _inert_among(self, offsets: list[int]) -> list[int]:
        """The inert marks after numbers among one style's marks of the line."""
        text, inert, opened = self.text, [], -1
        offsets = [j for j in offsets if not ends_feet_and_inches(text, j)]
        measures = [_in_a_measure(text, j) for j in offsets]
        next_plain = _next_plain(offsets, measures)
        for position, j in enumerate(offsets):
            after_a_number = text[j - 1 : j].isdigit() and not _run_into_a_word(text, j)
            if measures[position] and not (opened >= 0 and self._closes_a_fragment(opened, next_plain[position])):
                inert.append(j)
            elif after_a_number and opened < 0:
                inert.append(j)
            elif text[j] == "\u201c" or (text[j] == '"' and opened < 0):
                opened = j
            else:
                opened = -1
        return inert

    def _closes_a_fragment(self, opened: int, following: int) -> bool:
        """Whether a measure-like mark closes the quotation `opened`: a fragment inside a sentence, whose next
        mark that is no measure (at `following`, -1 where none comes) does not close it."""
        if not _opens_a_fragment(self.text, self.start, opened):
            return False
        return following < 0 or context_at(self.text, following) == OPENING


def _next_plain(offsets: list[int], measures: list[bool]) -> list[int]:
    """For each mark, the offset of the next one after it that is not measure-like (-1 where none comes)."""
    following, after = [-1] * len(offsets), -1
    for position in range(len(offsets) - 1, -1, -1):
        following[position] = after
        if not measures[position]:
            after = offsets[position]
    return following


def _in_a_measure(text: str, i: int) -> bool:
    """A double mark after a number, followed as a measure is (`65" screen`, `6"x4"`, `12"-wide`)."""
    before = text[max(0, i - 10) : i]
    return bool(_UNIT_AFTER.match(text, i + 1) and _MEASURE_NUMBER.search(before))


def _opens_a_fragment(text: str, line_start: int, j: int) -> bool:
    """An opening mark inside a sentence, after a word (`the "Top 10"`) or a list's comma (`"3", "4" and`),
    not at a sentence's start or after a colon or a comma that introduces speech (`said, "We`)."""
    k = j - 1
    while k >= line_start and text[k].isspace():
        k -= 1
    if k < line_start:
        return False
    if text[k] == ",":
        return not text[j + 1 : j + 2].isupper()
    return text[k].isalnum() or text[k] in "\u2019'("


def _run_into_a_word(text: str, i: int) -> bool:
    """A mark after a number run into the next word (`in 2019"He`): a quotation mark, not a measure."""
    after = text[i + 1 : i + 2]
    return after.isalpha() and after != "x"
