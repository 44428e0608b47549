"""A draft's text as HTML, every finding highlighted in place: the body of the HTML report's text column.

Findings may nest (a name inside an unattributed quotation) or cross (two spans that overlap
without either holding the other). Each finding is one `<mark>` where it can be; where another
mark ends inside it, it is closed there and reopened as a continuation piece, so the marks
always nest as HTML requires. The first piece of a finding is its focus stop (`tabindex="0"`),
every piece carries the finding's id, and an empty badge after its last piece shows its level
as a shape and its code (CSS generated content, so the marks' text is exactly the draft's).
Every piece of text is escaped, and control characters and bidi overrides are shown as escapes.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import NamedTuple

from attrlint.finding import Finding
from attrlint.output.shown import visible

SYMBOLS = {"error": "\u25a0", "warning": "\u25b2", "info": "\u25cf"}  # a shape for each level: ■ ▲ ●


class Marked(NamedTuple):
    """A finding to highlight: its id in the page, its family, and its span in the draft's text."""

    fid: str
    finding: Finding
    family: str
    start: int
    end: int


def line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def span_of(finding: Finding, starts: list[int], length: int) -> tuple[int, int]:
    """A finding's offsets in the text (its columns count characters), kept inside the text."""

    def offset(line: int, column: int) -> int:
        if line > len(starts):
            return length
        return min(length, starts[max(line, 1) - 1] + max(column, 1) - 1)

    start = offset(finding.line, finding.column)
    return start, max(start, offset(finding.end_line, finding.end_column))


def _attributes(marked: Marked) -> str:
    finding = marked.finding
    return (
        f'data-f="{marked.fid}" data-level="{finding.severity}" data-family="{escape(marked.family)}"'
        f' data-code="{escape(finding.code)}"'
    )


def _open(marked: Marked, first: bool) -> str:
    level = str(marked.finding.severity)
    if first:
        focus = f' id="{marked.fid}" tabindex="0" aria-describedby="tip-{marked.fid}"'
        return f'<mark class="hl lvl-{level}"{focus} {_attributes(marked)}>'
    return f'<mark class="hl lvl-{level} cont" {_attributes(marked)}>'


def _badge(marked: Marked) -> str:
    level = str(marked.finding.severity)
    return f'<span class="badge" data-sym="{SYMBOLS.get(level, "")}" {_attributes(marked)} aria-hidden="true"></span>'


def _point(marked: Marked) -> str:
    """A finding with no width (a mark missing between two characters): an empty, focusable mark."""
    return _open(marked, first=True).replace('class="hl', 'class="hl point', 1) + "</mark>" + _badge(marked)


def _text(piece: str) -> str:
    """A piece of the draft between two boundaries: it holds at most one newline, at its end."""
    if piece.endswith("\n"):
        return escape(visible(piece[:-1]), quote=False) + "\n"
    return escape(visible(piece), quote=False)


def _line_number(prefix: str, number: int) -> str:
    return f'<span class="ln" id="{prefix}-L{number}" data-n="{number}" aria-hidden="true"></span>'


def _close_at(position: int, stack: list[Marked]) -> Iterator[str]:
    """Close the marks that end here; marks opened inside them that go on are closed and reopened."""
    ending = [index for index, marked in enumerate(stack) if marked.end == position]
    if not ending:
        return
    deepest = ending[0]
    going_on = [marked for marked in stack[deepest:] if marked.end != position]
    for marked in reversed(stack[deepest:]):
        yield "</mark>"
        if marked.end == position:
            yield _badge(marked)
    del stack[deepest:]
    for marked in going_on:
        stack.append(marked)
        yield _open(marked, first=False)


def highlighted(text: str, marks: list[Marked], prefix: str) -> str:
    """The text with its marks, each line opening with an anchor `{prefix}-L{n}` for its number."""
    starts = line_starts(text)
    opening: dict[int, list[Marked]] = {}
    for marked in marks:
        opening.setdefault(marked.start, []).append(marked)
    boundaries = sorted({0, len(text), *starts, *opening, *(marked.end for marked in marks)})
    line_at = {start: number for number, start in enumerate(starts, 1)}
    out: list[str] = []
    stack: list[Marked] = []
    for index, position in enumerate(boundaries):
        out.extend(_close_at(position, stack))
        if position in line_at and position < len(text) or position == 0:
            out.append(_line_number(prefix, line_at[position]))
        for marked in sorted(opening.get(position, ()), key=lambda m: -m.end):
            if marked.end == marked.start:
                out.append(_point(marked))
            else:
                stack.append(marked)
                out.append(_open(marked, first=True))
        if index + 1 < len(boundaries):
            out.append(_text(text[position : boundaries[index + 1]]))
    return "".join(out)
