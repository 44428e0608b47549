"""Quotations in a draft: every quotation's span and marks, and the problems with its marks.

Marks are classified by their glyph (“ opens, ” closes; straight marks have none) and by their
context (a space before and a letter after opens; a letter or stop before and a space after
closes). Single marks are apostrophes unless they open or close a quotation ('90s, rock 'n'
roll, Jones', O'Brien). Inch and foot marks, ditto marks and marks in code spans, URLs and HTML
tags are inert.

Double marks are paired paragraph by paragraph. A quotation left open at the end of a paragraph
continues when the next paragraph opens with a mark: the news convention for a quotation over
several paragraphs. Where the marks of a paragraph cannot pair, a second opening mark stands
where a closing one belongs: a closing mark detached from its words and run into the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from attrlint.document import Document, Span

OPENING, CLOSING, EITHER = "open", "close", "either"
_DOUBLE = {"\u201c": OPENING, "\u201d": CLOSING, '"': EITHER}
_SINGLE = {"\u2018": OPENING, "\u2019": CLOSING, "'": EITHER}
_MARKS = re.compile("[\u201c\u201d\u2018\u2019\"']")
_INERT = re.compile(r"`[^`\n]+`|https?://\S+|www\.\S+|<[A-Za-z/!][^<>]{0,500}>|\]\([^)\n]*\)")
# Narration inside a quotation ("..., the mayor said. More") shows its closing mark was lost.
_ATTRIBUTION = re.compile(
    r"[,.!?]\s+(?:he|she|they|(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})\s+"
    r"(?:said|says|told reporters|added|asked|wrote|explained|continued|recalled)"
    r"(?:\s+(?!that\b)[\w\u2019'-]+){0,3}\s*(?:[.,;]|$)"
    r"|,\s+(?:said|says|added|asked)\s+(?:the\s+)?[A-Z]"
)
_ELISION = re.compile(r"(?:em|n|til|tis|twas|cause|bout|round|cuz|nuff|kay)\b", re.I)
_FOOT_INCH = re.compile(r"\d['\u2019]\s?\d{1,2}\"")
_LEADING_MARKUP = re.compile(r"(?:\s*(?:[-*+]\s+|\d{1,3}[.)]\s+|>\s*))*\s*")
_BEFORE_OPENING = "([{\u2014\u2013-/\u201c\u2018\"'"
_WORD_AFTER = re.compile(r"[\w\u2019'-]*")


@dataclass(frozen=True)
class Mark:
    """A quotation mark: where it is, which kind, and which way its glyph and its context point."""

    offset: int
    char: str
    double: bool
    glyph: str
    context: str

    @property
    def curly(self) -> bool:
        return self.char not in "\"'"

    @property
    def direction(self) -> str:
        """The way the mark works here: its context where that is clear, else its glyph."""
        return self.context if self.context != EITHER else self.glyph


@dataclass(frozen=True)
class Quotation:
    """A quotation from its opening mark to just past its closing mark (or its last paragraph)."""

    start: int
    end: int
    opening: Mark
    closing: Mark | None
    paragraphs: tuple[int, ...]
    level: int = 0  # 0 for a quotation, 1 for a quotation inside it


@dataclass(frozen=True)
class Problem:
    """A problem with the marks, named by `check` (the `problem` option of the quote-balance kind)."""

    check: str
    start: int
    end: int
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class QuoteAnalysis:
    quotations: list[Quotation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def report(self, check: str, mark: Mark, text: str, **values: str) -> None:
        word = _WORD_AFTER.match(text, mark.offset + 1).group()
        self.problems.append(Problem(check, mark.offset, mark.offset + 1, {"mark": mark.char, "word": word, **values}))


def inert_spans(text: str) -> list[Span]:
    return [m.span() for m in _INERT.finditer(text)]


def _context(text: str, i: int) -> str:
    """Which way a mark points from the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens_before = before.isspace() or before in _BEFORE_OPENING
    closes_after = after.isspace() or after in ".,;:!?)]}\u2014\u2013-\u201d\u2019\"'"
    if opens_before and not after.isspace():
        return OPENING
    if not before.isspace() and closes_after:
        return CLOSING
    return EITHER


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark inside a word, before a year or an elided word, or after a plural s."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    if not before.isalnum() and (after.isdigit() or _ELISION.match(text, i + 1)):
        return True
    return text[i - 2 : i] == "'n" or text[i - 2 : i] == "\u2019n" or text[i - 2 : i] == "\u2018n"


def _is_inert_double(text: str, i: int) -> bool:
    """Ditto marks standing alone, and inch marks after a height like 6' 2"."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] != '"':
        return False
    if before.isspace() and after.isspace():
        last = text[max(0, i - 20) : i].rstrip()[-1:]
        return last not in ("'", "\u2019", ",", ".", "!", "?")  # `outreach,' " he said` closes
    return before.isdigit() and bool(_FOOT_INCH.search(text, max(0, i - 6), i + 1))


def find_marks(text: str, start: int, end: int, inert: list[Span]) -> list[Mark]:
    """The quotation marks of one paragraph, apostrophes and inert marks left out."""
    marks = []
    for match in _MARKS.finditer(text, start, end):
        i, char = match.start(), match.group()
        if any(a <= i < b for a, b in inert):
            continue
        double = char in _DOUBLE
        if (double and _is_inert_double(text, i)) or (not double and _is_apostrophe(text, i)):
            continue
        glyph = (_DOUBLE if double else _SINGLE)[char]
        marks.append(Mark(i, char, double, glyph, _context(text, i)))
    return marks


@dataclass
class _Open:
    """A quotation being read: its first mark, the mark that opened its current paragraph."""

    first: Mark
    mark: Mark
    paragraphs: list[int]
    level: int = 0


def _opens_paragraph(text: str, start: int, mark: Mark) -> bool:
    """True when only whitespace or Markdown markup stands before the mark in its paragraph."""
    lead = _LEADING_MARKUP.match(text, start)
    return mark.offset == (lead.end() if lead else start) and mark.direction != CLOSING


def _may_run_on(text: str, opened: _Open, end: int) -> bool:
    """Whether a quotation open at a paragraph's end can be one running over paragraphs.

    A fragment or title opened mid-sentence ("called it \u201cunfair and) closes before the
    paragraph ends, and narration inside the open quotation ("..., the mayor said.") shows its closing
    mark was lost: neither is the multi-paragraph convention.
    """
    quoted = text[opened.mark.offset + 1 : end].lstrip("\u201c\u2018\"' ")
    if opened.mark is opened.first and (quoted[:1].islower() or _inside_a_sentence(text, opened.mark)):
        return False
    return not _ATTRIBUTION.search(quoted)


def _inside_a_sentence(text: str, mark: Mark) -> bool:
    """An opening mark straight after a word (`called it \u201cA Farce`): a title or fragment."""
    before = text[max(0, mark.offset - 3) : mark.offset].rsplit("\n", 1)[-1].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "\u2019'")


def _is_latin_word_char(char: str) -> bool:
    """A letter or digit of a script that puts spaces between words (not Chinese or Japanese)."""
    return char.isalnum() and ord(char) < 0x2E80


def _misdirected(mark: Mark) -> bool:
    return mark.curly and EITHER not in (mark.context, mark.glyph) and mark.context != mark.glyph


class _Pairing:
    """Pairs the double marks of a document, paragraph by paragraph, into an analysis."""

    def __init__(self, doc: Document, analysis: QuoteAnalysis) -> None:
        self.doc = doc
        self.text = doc.text
        self.analysis = analysis

    def finish(self, opened: _Open, closing: Mark, detached: bool = False) -> None:
        span = (opened.first.offset, closing.offset + 1)
        self.analysis.quotations.append(Quotation(*span, opened.first, closing, tuple(opened.paragraphs), opened.level))
        if opened.mark.curly != closing.curly:
            self.analysis.report("mismatched", closing, self.text)
        for mark, neighbour in ((opened.mark, opened.mark.offset - 1), (closing, closing.offset + 1)):
            if detached and mark is closing:
                continue  # already reported as detached
            if 0 <= neighbour < len(self.text) and _is_latin_word_char(self.text[neighbour]):
                self.analysis.report("spacing", mark, self.text)

    def leave_open(self, opened: _Open) -> None:
        """A quotation whose last paragraph does not close it."""
        self.analysis.report("unclosed", opened.mark, self.text)
        end = self.doc.paragraphs[opened.paragraphs[-1]][1]
        self.analysis.quotations.append(
            Quotation(opened.first.offset, end, opened.first, None, tuple(opened.paragraphs), opened.level)
        )

    def paragraph(self, index: int, marks: list[Mark], carried: _Open | None, continues: bool) -> _Open | None:
        """Pair one paragraph's double marks; return the quotation still open at its end."""
        for mark in marks:
            if _misdirected(mark):
                self.analysis.report("misdirected", mark, self.text)
        stack = [carried] if carried else []
        pairs: list[tuple[_Open, Mark, int]] = []
        for mark in marks:
            if _works_as(mark, bool(stack)) == OPENING:
                stack.append(_Open(mark, mark, [index], len(stack)))
            elif stack:
                pairs.append((stack.pop(), mark, len(stack)))
            else:
                return self.alternating(index, marks, carried)
        if len(stack) > 1:
            return self.alternating(index, marks, carried)
        leftover = stack[0] if stack else None
        reported_nesting = False
        for opened, closing, depth in pairs:
            if depth and (leftover is None or continues) and not reported_nesting:
                self.analysis.report("nested", opened.mark, self.text)
                reported_nesting = True  # once a paragraph: the fix is the same for every inner quote
            self.finish(opened, closing)
        return leftover

    def alternating(self, index: int, marks: list[Mark], carried: _Open | None) -> _Open | None:
        """Marks that cannot nest: read them as open, close, open, ... and report what breaks that."""
        opened = carried
        for mark in marks:
            works_as = _works_as(mark, opened is not None)
            if works_as == OPENING and opened is None:
                opened = _Open(mark, mark, [index])
            elif works_as == OPENING:
                self.analysis.report("detached", mark, self.text)
                self.finish(opened, mark, detached=True)
                opened = None
            elif opened is not None:
                self.finish(opened, mark)
                opened = None
            else:
                self.analysis.report("unopened", mark, self.text)
        return opened


def _works_as(mark: Mark, inside: bool) -> str:
    """OPENING or CLOSING: a straight mark glued between words closes an open quotation."""
    if mark.direction == EITHER:
        return CLOSING if inside else OPENING
    return mark.direction


def _next_paragraph_opens(doc: Document, marks: list[list[Mark]], index: int) -> bool:
    """True when paragraph `index` opens with a double mark: it may continue a quotation."""
    if index >= len(doc.paragraphs) or not marks[index]:
        return False
    first = marks[index][0]
    return first.double and _opens_paragraph(doc.text, doc.paragraphs[index][0], first)


def _pair_doubles(doc: Document, marks: list[list[Mark]], analysis: QuoteAnalysis) -> None:
    pairing = _Pairing(doc, analysis)
    carried: _Open | None = None
    for index, (start, _) in enumerate(doc.paragraphs):
        doubles = [mark for mark in marks[index] if mark.double]
        if carried is not None:
            open_end = doc.paragraphs[carried.paragraphs[-1]][1]
            if doubles and _opens_paragraph(doc.text, start, doubles[0]) and _may_run_on(doc.text, carried, open_end):
                carried.mark = doubles.pop(0)
                carried.paragraphs.append(index)
            else:
                pairing.leave_open(carried)
                carried = None
        continues = _next_paragraph_opens(doc, marks, index + 1)
        carried = pairing.paragraph(index, doubles, carried, continues)
    if carried is not None:
        pairing.leave_open(carried)


def _pair_singles(doc: Document, marks: list[list[Mark]], analysis: QuoteAnalysis) -> None:
    """Single quotations, one paragraph at a time; a closing-looking mark with nothing open is an apostrophe."""
    for index, paragraph_marks in enumerate(marks):
        stack: list[Mark] = []
        for mark in (m for m in paragraph_marks if not m.double):
            if mark.context == OPENING:
                stack.append(mark)
            elif stack:
                opening = stack.pop()
                _finish_single(doc, index, opening, mark, analysis)
        for opening in stack:
            if opening.glyph == OPENING:
                analysis.report("unclosed", opening, doc.text)


def _finish_single(doc: Document, index: int, opening: Mark, closing: Mark, analysis: QuoteAnalysis) -> None:
    for mark in (opening, closing):
        if _misdirected(mark):
            analysis.report("misdirected", mark, doc.text)
    if opening.curly != closing.curly:
        analysis.report("mismatched", closing, doc.text)
    analysis.quotations.append(Quotation(opening.offset, closing.offset + 1, opening, closing, (index,), 1))


def _mixed_style(marks: list[list[Mark]], analysis: QuoteAnalysis, text: str) -> None:
    """One problem at the first double mark of the less used style, where a draft uses both."""
    doubles = [mark for paragraph in marks for mark in paragraph if mark.double]
    curly = [mark for mark in doubles if mark.curly]
    straight = [mark for mark in doubles if not mark.curly]
    if curly and straight:
        fewer = curly if len(curly) < len(straight) else straight
        analysis.report("mixed-style", fewer[0], text, curly=str(len(curly)), straight=str(len(straight)))


@lru_cache(maxsize=8)
def analyse(doc: Document) -> QuoteAnalysis:
    """Every quotation in a document and every problem with its marks, computed once per document."""
    inert = inert_spans(doc.text)
    marks = [find_marks(doc.text, start, end, inert) for start, end in doc.paragraphs]
    analysis = QuoteAnalysis()
    _pair_doubles(doc, marks, analysis)
    _pair_singles(doc, marks, analysis)
    _mixed_style(marks, analysis, doc.text)
    analysis.quotations.sort(key=lambda quotation: quotation.start)
    analysis.problems.sort(key=lambda problem: problem.start)
    return analysis
