"""Quotations in a draft: every quotation's span and marks, and the problems with its marks.

The marks come from `attrlint.mark_reader`, which tells quotation marks from apostrophes and
inert marks and reads which way each points.

Double marks are paired paragraph by paragraph. A quotation left open at the end of a paragraph
continues when the next paragraph opens with a mark: the news convention for a quotation over
several paragraphs. Where the marks of a paragraph cannot pair, a second opening mark stands
where a closing one belongs: a closing mark detached from its words and run into the next.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from attrlint.apostrophes import closers_later, is_possessive
from attrlint.document import Document
from attrlint.mark_reader import MarkReader
from attrlint.mark_window import MarkWindow
from attrlint.quote_analysis import (
    DETACHED,
    JOINED,
    MISDIRECTED,
    MISMATCHED,
    MIXED_STYLE,
    NESTED,
    SPACING,
    UNCLOSED,
    UNOPENED,
    Quotation,
    QuoteAnalysis,
)
from attrlint.quote_marks import CLOSING, EITHER, OPENING, Mark, set_apart
from attrlint.quote_runs import embedded_post_end, is_interlude, lost_breaks, may_run_on, narration

# The most paragraphs a run of interruptions inside one quotation may take (posts, captions, labels).
_INTERRUPTION_PARAGRAPHS = 6
_LEADING_MARKUP = re.compile(r"(?:\s*(?:[-*+]\s+|\d{1,3}[.)]\s+|>\s*))*\s*")


@dataclass(slots=True)  # slotted: a paragraph of a million marks holds a million until they are paired
class _Open:
    """A quotation being read: its first mark, the mark that opened its current paragraph."""

    first: Mark
    mark: Mark
    paragraphs: list[int]
    level: int = 0


def _opens_paragraph(text: str, start: int, mark: Mark | None) -> bool:
    """True when only whitespace or Markdown markup stands before the mark in its paragraph."""
    if mark is None:
        return False
    lead = _LEADING_MARKUP.match(text, start)
    return mark.offset == (lead.end() if lead else start) and mark.direction != CLOSING


def _is_latin_word_char(char: str) -> bool:
    """A letter or digit of a script that puts spaces between words (not Chinese or Japanese)."""
    return char.isalnum() and ord(char) < 0x2E80


def _apart_before_a_word(text: str, opening: Mark, closing: Mark) -> bool:
    """A curly closing mark set apart from the word it closes and followed by the next (`finish \u201d and`).

    Where the opening mark is set apart from its words too (`\u201c rewilding \u201d brings`), the spacing is
    the page's style or its extraction's, not a slip at one mark."""
    before, after = text[closing.offset - 2 : closing.offset], text[closing.end : closing.end + 2]
    if closing.char != "\u201d" or text[opening.end : opening.end + 1].isspace():
        return False
    return _is_latin_word_char(before[:1]) and after[:1] == " " and after[1:].isalpha()


def _misdirected(mark: Mark) -> bool:
    return mark.curly and EITHER not in (mark.context, mark.glyph) and mark.context != mark.glyph


class _Pairing:
    """Pairs the double marks of a document, paragraph by paragraph, into an analysis."""

    def __init__(self, doc: Document, analysis: QuoteAnalysis, narrated: re.Pattern) -> None:
        self.doc = doc
        self.text = doc.text
        self.analysis = analysis
        self.narrated = narrated
        self.carried: _Open | None = None  # the quotation open at the end of the paragraph before
        self.post_end = -1  # the last paragraph of an interruption (posts, captions, labels) inside a quotation
        self.joined: set[int] = set()  # the paragraphs whose lost breaks the double marks show

    def finish(self, opened: _Open, closing: Mark, detached: bool = False) -> None:
        span = (opened.first.offset, closing.end)
        self.analysis.quotations.append(
            Quotation(*span, opened.first, closing, self.analysis.paragraphs_of(opened.paragraphs), opened.level)
        )
        if opened.mark.curly != closing.curly:
            self.analysis.report(MISMATCHED, closing, self.text)
        for mark, neighbour in ((opened.mark, opened.mark.offset - 1), (closing, closing.end)):
            if detached and mark is closing:
                continue  # already reported as detached
            char = self.text[neighbour] if 0 <= neighbour < len(self.text) else " "
            if _is_latin_word_char(char) and not (mark is closing and char.isdigit()):  # `stream."1` is a footnote
                self.analysis.report(SPACING, mark, self.text)
        spaced = self.text[closing.offset - 1 : closing.offset].isspace()
        apart = set_apart(self.text, closing.offset) or _apart_before_a_word(self.text, opened.mark, closing)
        if spaced and not detached and apart:
            self.analysis.report(SPACING, closing, self.text)  # `delays \u201d.`: apart from its words

    def leave_open(self, opened: _Open) -> None:
        """A quotation whose last paragraph does not close it. It ends where narration shows its closing
        mark was lost (`"...," Trump tweeted.`), so that the attribution reads that cue, else with its
        paragraph."""
        self.analysis.report(UNCLOSED, opened.mark, self.text)
        end = self.doc.paragraphs[opened.paragraphs[-1]][1]
        narration = self.narrated.search(self.text, opened.mark.end, end)
        if narration is not None:
            end = narration.start() + 1 + (self.text[narration.start() + 1] in '"\u201d')
        self.analysis.quotations.append(
            Quotation(
                opened.first.offset,
                end,
                opened.first,
                None,
                self.analysis.paragraphs_of(opened.paragraphs),
                opened.level,
            )
        )

    def paragraph(self, index: int, marks: list[Mark], carried: _Open | None, continues: bool) -> _Open | None:
        """Pair one paragraph's double marks; return the quotation still open at its end."""
        for mark in marks:
            if _misdirected(mark):
                self.analysis.report(MISDIRECTED, mark, self.text)
        # A turned mark doubling the one before it (\u201c\u201dIn) is reported above and paired no further.
        marks = [m for k, m in enumerate(marks) if not (k and _misdirected(m) and marks[k - 1].end == m.offset)]
        carried_marks = (carried.first, carried.mark) if carried else None
        joined = lost_breaks(self.text, marks, carried_marks, continues, self.narrated)
        if joined:  # once a paragraph: one cause, however many breaks it lost
            self.joined.add(index)
            self.analysis.report(JOINED, next(m for m in marks if m.offset in joined), self.text)
        # The marks opening in this paragraph are made _Open only once they are paired or left open:
        # a paragraph of a million opening marks read as one nest held a million before giving up.
        stack: list[_Open | Mark] = [carried] if carried else []
        pairs: list[tuple[_Open | Mark, Mark, int]] = []  # the opening, the closing mark, and its depth
        for mark in marks:
            if mark.offset in joined:
                stack[-1] = _opened(stack[-1], index, len(stack) - 1)
                stack[-1].mark = mark  # the quotation goes on, as if into a paragraph of its own
            elif mark.works_as(bool(stack)) == OPENING:
                stack.append(mark)
            elif stack:
                pairs.append((stack.pop(), mark, len(stack)))
            else:
                return self.alternating(index, marks, carried)
        if len(stack) > 1:
            return self.alternating(index, marks, carried)
        leftover = _opened(stack[0], index, 0) if stack else None
        end = self.doc.paragraphs[index][1]
        if leftover is not None and not may_run_on(self.text, leftover.first, leftover.mark, end, self.narrated):
            continues = False  # the leftover is unclosed: that, not nesting, is the problem
        reported_nesting = False
        for opening, closing, depth in pairs:
            opened = _opened(opening, index, depth)
            if depth and (leftover is None or continues) and not reported_nesting:
                self.analysis.report(NESTED, opened.mark, self.text)
                reported_nesting = True  # once a paragraph: the fix is the same for every inner quote
            self.finish(opened, closing)
        return leftover

    def alternating(self, index: int, marks: list[Mark], carried: _Open | None) -> _Open | None:
        """Marks that cannot nest: read them as open, close, open, ... and report what breaks that."""
        opened = carried
        for position, mark in enumerate(marks):
            works_as = mark.works_as(opened is not None)
            if works_as == OPENING and opened is None:
                opened = _Open(mark, mark, [index])
            elif works_as == OPENING and _opens_a_pair(marks, position):
                self.leave_open(opened)  # the earlier quotation is the one left open
                opened = _Open(mark, mark, [index])
            elif works_as == OPENING:
                self.analysis.report(DETACHED, mark, self.text)
                self.finish(opened, mark, detached=True)
                opened = None
            elif opened is not None:
                self.finish(opened, mark)
                opened = None
            elif mark.curly and any(m.works_as(True) == CLOSING for m in marks[position + 1 : position + 2]):
                self.analysis.report(MISDIRECTED, mark, self.text)  # `says,\u201d there ... to.\u201d`
                opened = _Open(mark, mark, [index])
            else:
                self.analysis.report(UNOPENED, mark, self.text)
        return opened


def _opened(opening: _Open | Mark, index: int, depth: int) -> _Open:
    """A quotation carried into paragraph `index`, or one its opening mark opens there at this depth."""
    return opening if isinstance(opening, _Open) else _Open(opening, opening, [index], depth)


def _opens_a_pair(marks: list[Mark], position: int) -> bool:
    """A mark that plainly opens (space before, word after) and whose next mark closes."""
    following = marks[position + 1 : position + 2]
    return marks[position].context == OPENING and bool(following) and following[0].works_as(True) == CLOSING


def _next_paragraph_opens(doc: Document, marks: Sequence[Sequence[Mark]], index: int) -> bool:
    """True when paragraph `index` opens with a double mark: it may continue a quotation."""
    if index >= len(doc.paragraphs) or not marks[index]:
        return False
    first = marks[index][0]
    return first.double and _opens_paragraph(doc.text, doc.paragraphs[index][0], first)


def _same_block(doc: Document, index: int) -> bool:
    """True when paragraph `index` follows the one before it with no blank line between."""
    previous_end, start = doc.paragraphs[index - 1][1], doc.paragraphs[index][0]
    return index > 0 and doc.text.count("\n", previous_end, start) == 1


def _pair_doubles(pairing: _Pairing, marks: Sequence[Sequence[Mark]], index: int) -> None:
    """Pair the double marks of paragraph `index`, the quotation carried from the one before in `pairing`."""
    doc, analysis, narrated, carried = pairing.doc, pairing.analysis, pairing.narrated, pairing.carried
    if index <= pairing.post_end:
        return  # a post embedded inside a quotation: its marks are its own
    start = doc.paragraphs[index][0]
    doubles = _undoubled([mark for mark in marks[index] if mark.double], analysis, doc.text)
    if carried is not None and not _opens_paragraph(doc.text, start, doubles[0] if doubles else None):
        pairing.post_end = embedded_post_end(doc, index)
        interruption = _interruption_end(doc, marks, index, pairing.post_end)
        if interruption >= 0 and _next_paragraph_opens(doc, marks, interruption + 1):
            pairing.post_end = interruption
            return  # the quotation resumes after the posts, captions and labels
    if carried is not None:
        open_end = doc.paragraphs[carried.paragraphs[-1]][1]
        other_style = _same_block(doc, index) and bool(doubles) and doubles[0].curly != carried.mark.curly
        if (
            doubles
            and _opens_paragraph(doc.text, start, doubles[0])
            and may_run_on(doc.text, carried.first, carried.mark, open_end, narrated)
            and not other_style
        ):
            carried.mark = doubles.pop(0)
            carried.paragraphs.append(index)
            if _misdirected(carried.mark):
                analysis.report(MISDIRECTED, carried.mark, doc.text)
        elif doubles and _same_block(doc, index) and (doubles[0].works_as(True) == CLOSING or other_style):
            carried.paragraphs.append(index)  # a line break inside a block does not end a quotation
        else:
            pairing.leave_open(carried)
            carried = None
    continues = _next_paragraph_opens(doc, marks, index + 1)
    pairing.carried = pairing.paragraph(index, doubles, carried, continues)


def _interruption_end(doc: Document, marks: Sequence[Sequence[Mark]], index: int, post_end: int) -> int:
    """The last paragraph of a run of interruptions that starts at paragraph `index`, or -1 where none does;
    `post_end` is where an embedded post that starts there ends (`embedded_post_end`, asked once).

    An interruption is an embedded post (its text, then its credit line) or a short paragraph with no
    marks and no closing stop (a caption, a credit, an `Advertisement` or `Related:` label, a bare `>`
    line). A run of them, stacked in any order, stands between two paragraphs of one quotation as one does.
    """
    last, paragraph = -1, index
    while paragraph < min(len(doc.paragraphs), index + _INTERRUPTION_PARAGRAPHS):
        if paragraph > index:
            post_end = embedded_post_end(doc, paragraph)
        if post_end >= 0:
            last = paragraph = post_end
        elif not marks[paragraph] and is_interlude(doc, paragraph):
            last = paragraph
        else:
            break
        paragraph += 1
    return last


def _undoubled(doubles: list[Mark], analysis: QuoteAnalysis, text: str) -> list[Mark]:
    """The marks without the second of an opening mark typed twice (`\u201c\u201cPretty`), reported as nested: one
    quotation whose mark was doubled, not a quotation opened inside another that never closes."""
    kept: list[Mark] = []
    for mark in doubles:
        if kept and kept[-1].end == mark.offset and kept[-1].char == mark.char and mark.glyph == OPENING:
            analysis.report(NESTED, mark, text)
            continue
        kept.append(mark)
    return kept


def _pair_singles(pairing: _Pairing, marks: Sequence[Sequence[Mark]], index: int) -> None:
    """The single quotations of paragraph `index`; a closing-looking mark with nothing open is an apostrophe.

    A closing-looking mark before a lower-case word may be a plural possessive (`the students'
    union`) rather than the end of the quotation: each paragraph is read both ways and the
    reading with fewer problems is kept (the possessive one on a tie). A single quotation open
    at the end of a paragraph runs on when the next paragraph opens with a single mark, and one whose
    paragraph breaks were lost reads as the double marks' do (`attrlint.quote_runs`).
    """
    doc, analysis = pairing.doc, pairing.analysis
    if all(mark.double for mark in marks[index]):
        return  # no single mark: nothing to read either way
    singles = [m for m in marks[index] if not m.double]
    continues = _next_paragraph_opens_single(doc, marks, index + 1)
    joined = lost_breaks(doc.text, singles, None, continues, pairing.narrated)  # the same for either reading
    if joined and index not in pairing.joined:  # once a paragraph, double or single
        analysis.report(JOINED, next(m for m in singles if m.offset in joined), doc.text)
    readings = [QuoteAnalysis(), QuoteAnalysis()]
    for reading, possessives in zip(readings, (True, False), strict=True):
        _pair_single_paragraph(doc, index, singles, joined, continues, reading, possessives)
    best = min(readings, key=lambda reading: len(reading.found))
    analysis.found.extend(best.found)
    analysis.quotations.extend(best.quotations)


def _pair_single_paragraph(
    doc: Document,
    index: int,
    singles: list[Mark],
    joined: set[int],
    continues: bool,
    analysis: QuoteAnalysis,
    possessives: bool,
) -> None:
    """One reading of a paragraph's single marks (`joined`: those that open a lost paragraph; `continues`:
    whether the next paragraph opens with a single mark)."""
    stack: list[Mark] = []
    closer_later = closers_later(singles)
    for position, mark in enumerate(singles):
        if mark.offset in joined:
            continue  # the quotation goes on, as if into a paragraph of its own
        if mark.context == OPENING:
            stack.append(mark)
        elif stack and not (possessives and is_possessive(doc.text, mark, closer_later[position])):
            _finish_single(doc, index, stack.pop(), mark, analysis)
    runs_on = len(stack) == 1 and continues
    for opening in stack:
        if opening.glyph == OPENING and not runs_on:
            analysis.report(UNCLOSED, opening, doc.text)


def _next_paragraph_opens_single(doc: Document, marks: Sequence[Sequence[Mark]], index: int) -> bool:
    if index >= len(doc.paragraphs) or not marks[index]:
        return False
    first = marks[index][0]
    return not first.double and first.context == OPENING and _opens_paragraph(doc.text, doc.paragraphs[index][0], first)


def _finish_single(doc: Document, index: int, opening: Mark, closing: Mark, analysis: QuoteAnalysis) -> None:
    for mark in (opening, closing):
        if _misdirected(mark):
            analysis.report(MISDIRECTED, mark, doc.text)
    if opening.curly != closing.curly:
        analysis.report(MISMATCHED, closing, doc.text)
    analysis.quotations.append(
        Quotation(opening.offset, closing.end, opening, closing, analysis.paragraphs_of([index]), 1)
    )


def _mixed_style(marks: MarkWindow, analysis: QuoteAnalysis, text: str) -> None:
    """One problem at the first double mark of the less used style, where a draft uses both."""
    first, count = marks.first_double, marks.doubles
    if count[True] and count[False]:
        fewer = first[count[True] < count[False]]
        analysis.report(MIXED_STYLE, fewer, text, curly=str(count[True]), straight=str(count[False]))


def analyse(doc: Document, lexicons: Mapping[str, Sequence[str]]) -> QuoteAnalysis:
    """Every quotation in a document and every problem with its marks; `lexicons["narration_verbs"]`
    are the verbs of narration that show a quotation's closing mark was lost."""
    reader = MarkReader(doc.text)
    marks = MarkWindow(reader, doc.paragraphs)
    analysis = QuoteAnalysis()
    pairing = _Pairing(doc, analysis, narration(tuple(lexicons.get("narration_verbs", ()))))
    for index in range(len(doc.paragraphs)):
        _pair_doubles(pairing, marks, index)
        _pair_singles(pairing, marks, index)
        marks.release(index)  # neither pairing looks back: a draft of a million marks need not hold them all
    if pairing.carried is not None:
        pairing.leave_open(pairing.carried)
    _mixed_style(marks, analysis, doc.text)
    for apostrophe in reader.spaced_apostrophes:
        analysis.report(SPACING, apostrophe, doc.text)
    for apostrophe in reader.turned_apostrophes:
        analysis.report(MISDIRECTED, apostrophe, doc.text)
    analysis.quotations.sort(key=lambda quotation: quotation.start)
    analysis.found.sort()
    return analysis
