"""Quotation marks one by one: which marks of a paragraph are quotation marks, and which way each points.

Marks are classified by their glyph (“ opens, ” closes; straight marks have none) and by their
context (a space before and a letter after opens; a letter or stop before and a space after
closes). Single marks are apostrophes unless they open or close a quotation ('90s, rock 'n'
roll, Jones', O'Brien). Inch and foot marks, ditto marks and marks in code spans, URLs and HTML
tags are inert.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cached_property
from typing import NamedTuple

from attrlint.document import Span, span_holding

OPENING, CLOSING, EITHER = "open", "close", "either"
_DOUBLE = {"\u201c": OPENING, "\u201d": CLOSING, '"': EITHER}
_SINGLE = {"\u2018": OPENING, "\u2019": CLOSING, "'": EITHER}
_MARKS = re.compile("[\u201c\u201d\u2018\u2019\"']")
# One string for each mark character: Python shares only Latin-1 ones, and a curly mark read
# from the text is a new 76-byte string each time (a line of a million marks held a million).
_MARK_CHARS = {char: char for char in "\u201c\u201d\u2018\u2019\"'"}
_INERT = re.compile(
    r"`[^`\n]+`|(?:https?://|www\.)(?:=\"[^\"\s]*\"|[^\s\"'\u201c\u201d\u2018\u2019<>])*(?<![.,;:!?)])"
    r"|<[A-Za-z/!][^<>]{0,2000}>|&lt;[A-Za-z/!].{0,2000}?&gt;|\]\([^)\n]*\)"
)
_ELISION = re.compile(r"(?:em|n|til|tis|twas|cause|bout|round|cuz|nuff|kay)\b", re.I)
_CONTRACTION = re.compile(r"(?:t|s|re|ve|ll|d|m)(?=[ \t][a-z]|[.,;:!?)](?:\s|$)|$)")
_TURNED_CONTRACTION = re.compile(r"(?:t|s|re|ve|ll|d|m)\b")
_DECADE = re.compile(r"\d0s\b")
_SET_APART = re.compile(r"[.,;:!?](?=\s|$)(?!\s\.)")
_INCHES_AFTER = re.compile(r"\s?\d{1,2}[\"\u201d\u2033]")
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
FUNCTION_WORDS = frozenset(
    "and or nor but from to in on at by for with as of than that which who where when while is are was were "
    "be been has have had will would can could should may might do does did not the a an".split()
)
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
        return self.length == 2 or self.char in _DOUBLE

    @property
    def glyph(self) -> str:
        return (_DOUBLE if self.char in _DOUBLE else _SINGLE)[self.char]

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


def inert_spans(text: str) -> list[Span]:
    return [m.span() for m in _INERT.finditer(_defused(text))]


_LINK_OPENING = re.compile(r"\]\(")
_LINK_END = re.compile(r"[)\n]")
_ESCAPED_TAG = re.compile(r"&lt;[A-Za-z/!]")
_ESCAPED_TAG_END = re.compile(r"&gt;")
_LINE_END = re.compile(r"\n")
_DEFUSED = "\0"  # matched by each part of _INERT that any character but a space or mark matches


def _defused(text: str) -> str:
    """The text with the opening of every link target and escaped tag that never closes made inert.

    Searching for its end from each `](` or `&lt;` of a long line that closes none read the rest of
    the line (or 2,000 characters) again for each: a line of them was quadratic. Here the ends are
    found once, reading forward, and the `(` or `&` of each opening that fails is replaced by a
    character every other part of _INERT takes as it took that one, so _INERT finds the same spans
    (the text keeps its length).
    """
    failing = _links_never_closed(text) + _tags_never_closed(text)
    if not failing:
        return text
    pieces, last = [], 0
    for offset in sorted(failing):
        pieces += [text[last:offset], _DEFUSED]
        last = offset + 1
    return "".join(pieces) + text[last:]


def _next(pattern: re.Pattern, text: str, start: int) -> int:
    found = pattern.search(text, start)
    return found.start() if found else len(text)


def _links_never_closed(text: str) -> list[int]:
    """The `(` of each `](` with no `)` before the line's end (where `\\]\\([^)\\n]*\\)` fails)."""
    failing, end = [], -1
    for opening in _LINK_OPENING.finditer(text):
        if end < opening.end():
            end = _next(_LINK_END, text, opening.end())
        if end == len(text) or text[end] == "\n":
            failing.append(opening.start() + 1)
    return failing


def _tags_never_closed(text: str) -> list[int]:
    """The `&` of each `&lt;` with no `&gt;` within 2,000 characters on its line (where
    `&lt;[A-Za-z/!].{0,2000}?&gt;` fails)."""
    failing, closing, line_end = [], -1, -1
    for opening in _ESCAPED_TAG.finditer(text):
        if closing < opening.end():
            closing = _next(_ESCAPED_TAG_END, text, opening.end())
        if line_end < opening.end():
            line_end = _next(_LINE_END, text, opening.end())
        if closing == len(text) or closing > line_end or closing - opening.end() > 2000:
            failing.append(opening.start())
    return failing


def _char_before(text: str, i: int) -> str:
    """The character before position i, passing over invisible format characters (U+202A and kin)."""
    j = i - 1
    while j >= 0 and unicodedata.category(text[j]) == "Cf":
        j -= 1
    return text[j] if j >= 0 else " "


def _context(text: str, i: int) -> str:
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


def is_spaced_apostrophe(text: str, i: int) -> bool:
    """An apostrophe typed apart from its word, by a space before it (`isn ‘t`, `don ’t`, `Jerusalem ‘s`; not
    `in 't Veld`) or after it (`don’ t`, `it’ s`)."""
    if not text[i - 1 : i].isalpha():
        return text[i - 1 : i] == " " and text[i - 2 : i - 1].isalpha() and bool(_CONTRACTION.match(text, i + 1))
    return text[i + 1 : i + 2] == " " and bool(_CONTRACTION.match(text, i + 2))


def is_turned_apostrophe(text: str, i: int) -> bool:
    """An opening single mark typed for an apostrophe: in a contraction (`didn‘t`, `it‘s`) or before a decade
    in the reporter's words (`the ‘90s`, `mid-‘80s`). An opening mark inside a transliterated name
    (`Shi‘a`, `Ba‘ath`, for the ayn) is left alone."""
    if text[i] != "\u2018":
        return False
    before = text[i - 1 : i]
    if before.isalpha():
        return bool(_TURNED_CONTRACTION.match(text, i + 1))
    after_a_word = before == "-" or (before == " " and text[i - 2 : i - 1].islower())
    return after_a_word and bool(_DECADE.match(text, i + 1))


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark inside a word, before a year or an elided word, or after a plural s."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    if not before.isalnum() and (after.isdigit() or _ELISION.match(text, i + 1)):
        return True
    if after in "sS" and not text[i + 2 : i + 3].isalpha() and (before.isspace() or before == "["):
        return True  # a possessive typed apart: `Jerusalem \u2018s`, `decedent[\u2018s]`
    if before == "-" and text[i - 2 : i - 1].isalpha() and after.isalpha():
        return True  # a transliteration: `Al-\u2018Umar`
    if text[i] in "'\u2019" and before.isdigit() and (_before_a_noun(text, i) or _INCHES_AFTER.match(text, i + 1)):
        return True  # a foot mark: `6' high`, `6\u2019 2\u201d`
    return text[i - 2 : i] == "'n" or text[i - 2 : i] == "\u2019n" or text[i - 2 : i] == "\u2018n"


class _Line:
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
        offsets = [j for j in offsets if not _FOOT_INCH.search(text, max(0, j - 6), j + 1)]
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
        return following < 0 or _context(self.text, following) == OPENING


def _next_plain(offsets: list[int], measures: list[bool]) -> list[int]:
    """For each mark, the offset of the next one after it that is not measure-like (-1 where none comes)."""
    following, after = [-1] * len(offsets), -1
    for position in range(len(offsets) - 1, -1, -1):
        following[position] = after
        if not measures[position]:
            after = offsets[position]
    return following


class MarkReader:
    """Finds the quotation marks of a text paragraph by paragraph, in order.

    Each line's counts are read once, when its first mark is met, and the inert spans of a
    paragraph are found by bisection: a long line of marks takes time in proportion to its length.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.inert = inert_spans(text)
        self.line: _Line | None = None
        self.spaced_apostrophes: list[Mark] = []  # `isn \u2018t`: not quotation marks, but misspaced
        self.turned_apostrophes: list[Mark] = []  # `didn\u2018t`: not quotation marks, but turned

    def line_of(self, i: int) -> _Line:
        """The line holding offset i; marks come in order, so each line is found once."""
        if self.line is None or not self.line.start <= i < self.line.end:
            self.line = _Line(self.text, i)
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
            double = char in _DOUBLE
            if not double and is_spaced_apostrophe(text, i):
                self.spaced_apostrophes.append(Mark(i, char, EITHER))
                continue
            if not double and is_turned_apostrophe(text, i):
                self.turned_apostrophes.append(Mark(i, char, CLOSING))
                continue
            if (double and self.is_inert_double(i)) or (not double and _is_apostrophe(text, i)):
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
        if _FOOT_INCH.search(text, max(0, i - 6), i + 1):
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


def _before_a_noun(text: str, i: int) -> bool:
    """A measure like `a 12" pizza` or `6' high`: a mark after a number, then a lower-case word."""
    return text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()


def _is_pair(text: str, i: int) -> bool:
    """Two single marks typed for one double mark: '' \u2019\u2019 \u2018\u2018 \u2018\u2019."""
    return text[i] in _SINGLE and text[i + 1 : i + 2] in _SINGLE and text[i + 1 : i + 2] != ""


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
    context = _context(text, i)
    if context == EITHER and char in "\u201d\u2019" and at_start:
        return OPENING
    return context


def _first_content(text: str, start: int, end: int) -> int:
    """The offset of a paragraph's first character that is neither a space nor invisible."""
    for i in range(start, end):
        if not (text[i].isspace() or unicodedata.category(text[i]) == "Cf"):
            return i
    return end


def closers_later(singles: list[Mark]) -> list[bool]:
    """For each single mark, whether a mark that does not open comes after it in its paragraph."""
    later = [False] * len(singles)
    for position in range(len(singles) - 2, -1, -1):
        later[position] = later[position + 1] or singles[position + 1].context != OPENING
    return later


def is_possessive(text: str, mark: Mark, closer_later: bool) -> bool:
    """`the students' union`, `goin' home`: after s or n, before a lower-case word, with a closer to come.

    A quotation that ends in s or n before `and`, `from` or the like (`\u2018Boasters\u2019 and`) is not one.
    """
    before = text[mark.offset - 1 : mark.offset]
    next_word = WORD_AFTER.match(text, mark.end + 1).group() if text[mark.end : mark.end + 1] == " " else ""
    if before not in ("s", "n") or not next_word[:1].islower() or next_word in FUNCTION_WORDS:
        return False
    return closer_later
