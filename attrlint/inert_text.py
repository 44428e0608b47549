"""Where a mark is no quotation mark at all: code spans, URLs, HTML tags (also escaped) and link targets."""

from __future__ import annotations

import re

from attrlint.document import Span

_INERT = re.compile(
    r"`[^`\n]+`|(?:https?://|www\.)(?:=\"[^\"\s]*\"|[^\s\"'\u201c\u201d\u2018\u2019<>])*(?<![.,;:!?)])"
    r"|<[A-Za-z/!][^<>]{0,2000}>|&lt;[A-Za-z/!].{0,2000}?&gt;|\]\([^)\n]*\)"
)


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
