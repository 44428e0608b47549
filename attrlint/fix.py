"""Safe fixes: edits derived from findings where the fix cannot change what a draft says.

A pure layer over `Document` and `Finding`: `fixes_for` turns findings into `Edit`s, `apply_edits`
makes the new text, `unified_diff` shows it, and `write_atomically` saves it in the file's own
encoding features (BOM, newline style, permission bits), refusing when the file changed on disk.

What is fixed, and only where the text around the finding is as the fix expects:

- boilerplate (BOI...): the paragraph's whole line(s) are deleted, with one blank line beside
  them so no double blank line is left (for BOI010, the repeated paragraphs, not the original);
- QUO006 detached-quote: the mark is made a closing mark on the previous word
  (`cooperation “She` -> `cooperation” She`);
- QUO003 misdirected-quote: the mark is turned (“ <-> ”, ‘ <-> ’) where the characters around it
  plainly point the other way;
- NAM001 name-variant, only with `unsafe`: the variant is replaced by the finding's suggestion.
"""

from __future__ import annotations

import difflib
import os
import stat
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from attrlint.document import Document
from attrlint.errors import InputError
from attrlint.finding import Finding
from attrlint.quotes import analyse

BOM = b"\xef\xbb\xbf"
_TURNED = {"\u201c": "\u201d", "\u201d": "\u201c", "\u2018": "\u2019", "\u2019": "\u2018"}
_OPENING_GLYPHS = "\u201c\u2018"
_CLOSING_FOR_DETACHED = {"\u201c": "\u201d", "\u201d": "\u201d", '"': '"'}
_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019"
_PUNCTUATION_BEFORE_CLOSING = frozenset({"Po", "Pe", "Pf"})  # other, closing bracket, final quote
_OPENS_AFTER = "([{\u2014\u2013-/"  # characters a quotation may open after, besides space
_CLOSES_BEFORE = ".,;:!?)]}\u2014\u2013-\u2026"  # characters a quotation may close before, besides space


@dataclass(frozen=True, order=True)
class Edit:
    """Replace `text[start:end]` with `replacement`; offsets index the document's raw text."""

    start: int
    end: int
    replacement: str


def fixes_for(doc: Document, findings: Iterable[Finding], unsafe: bool = False) -> list[Edit]:
    """The edits that fix the document's findings safely, in text order, none overlapping.

    Findings for other paths are ignored. Where two edits overlap the first in the text is kept.
    """
    edits = []
    for finding in findings:
        edit = _fix_one(doc, finding, unsafe) if finding.path == doc.path else None
        if edit is not None:
            edits.append(edit)
    return _without_overlaps(edits)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """The text with every edit made; the edits must not overlap."""
    pieces: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position or edit.end < edit.start or edit.end > len(text):
            raise ValueError(f"edit {edit} overlaps another or lies outside the text")
        pieces += [text[position : edit.start], edit.replacement]
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def unified_diff(path: str | Path, old: str, new: str) -> str:
    """A unified diff from old to new text, headed with the path; empty when they are equal."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=str(path), tofile=str(path)
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def write_atomically(path: Path, new_text: str, original_bytes: bytes) -> None:
    """Save LF text over a file read as `original_bytes`, keeping its BOM, newline style and permissions.

    The text goes to a temporary file in the same folder that then replaces the file, so a reader
    never sees half a draft. A file that no longer holds `original_bytes` was changed since it was
    read: it is left alone and InputError is raised. A symbolic link is written through.
    """
    target = Path(os.path.realpath(path))
    try:
        current = target.read_bytes()
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError as err:
        raise InputError(f"cannot fix file: {err.strerror}", str(path)) from None
    if current != original_bytes:
        raise InputError("file changed on disk since it was read; not fixed", str(path))
    _replace(target, encode_like(new_text, original_bytes), mode, str(path))


def encode_like(text: str, original_bytes: bytes) -> bytes:
    """LF text as UTF-8 bytes with the original's BOM and its most used newline (CRLF, CR or LF)."""
    data = text.replace("\n", newline_of(original_bytes)).encode("utf-8")
    return BOM + data if original_bytes.startswith(BOM) else data


def newline_of(data: bytes) -> str:
    """The newline a file uses most: CRLF, CR or LF (LF on a tie or with no newline at all)."""
    crlf = data.count(b"\r\n")
    counts = {"\n": data.count(b"\n") - crlf, "\r\n": crlf, "\r": data.count(b"\r") - crlf}
    return max(counts, key=lambda newline: counts[newline])


def _replace(target: Path, data: bytes, mode: int, shown: str) -> None:
    """Write data to a temporary file beside target, give it target's mode, and move it into place."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".attrlint-tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException as err:
        Path(temp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise InputError(f"cannot write file: {err.strerror}", shown) from None
        raise


# Deriving edits from findings.


def _fix_one(doc: Document, finding: Finding, unsafe: bool) -> Edit | None:
    span = _span(doc, finding)
    if span is None:
        return None
    if finding.code.startswith("BOI"):
        return _delete_lines(doc, *span)
    if finding.code == "QUO006":
        return _reattach(doc, *span)
    if finding.code == "QUO003":
        return _turn(doc, *span)
    if finding.code == "NAM001" and unsafe:
        return _rename(doc, *span, finding.suggestion)
    return None


def _span(doc: Document, finding: Finding) -> tuple[int, int] | None:
    """The finding's offsets into the text, or None when its place lies outside this document."""
    start = _offset(doc, finding.line, finding.column)
    end = _offset(doc, finding.end_line, finding.end_column)
    return (start, end) if start is not None and end is not None and start <= end else None


def _offset(doc: Document, line: int, column: int) -> int | None:
    """The offset of a 1-based line and character column."""
    if not 1 <= line <= len(doc.line_starts) or column < 1:
        return None
    offset = doc.line_starts[line - 1] + column - 1
    return offset if offset <= _line_end(doc, line) else None


def _line_end(doc: Document, line: int) -> int:
    """The offset just past a 1-based line's newline (the end of the text for the last line)."""
    return doc.line_starts[line] if line < len(doc.line_starts) else len(doc.raw)


def _is_blank(doc: Document, line: int) -> bool:
    """True for a real line (not the empty one after a final newline) holding only whitespace."""
    if not 1 <= line <= len(doc.line_starts):
        return False
    start = doc.line_starts[line - 1]
    return start < len(doc.raw) and not doc.raw[start : _line_end(doc, line)].strip()


def _delete_lines(doc: Document, span_start: int, span_end: int) -> Edit | None:
    """Delete the whole lines of a span, with one blank line beside them, so no double blank line is left.

    A following blank line goes with them where a blank line (or the start of the text) comes
    before; at the end of the text the blank line before goes instead. Lines holding anything
    besides the span, or anything masked (an HTML comment, code, front matter), are left alone.
    """
    first, _ = doc.position(span_start)
    last, _ = doc.position(span_end)
    start, end = doc.line_starts[first - 1], _line_end(doc, last)
    lines = doc.raw[start:end]
    if lines != doc.text[start:end] or lines.strip() != doc.raw[span_start:span_end].strip() or not lines.strip():
        return None
    blank_before = first == 1 or _is_blank(doc, first - 1)
    if blank_before and _is_blank(doc, last + 1):
        end = _line_end(doc, last + 1)
    elif end == len(doc.raw) and first > 1 and _is_blank(doc, first - 1):
        start = doc.line_starts[first - 2]
    if end == len(doc.raw) and not doc.raw.endswith("\n") and start > 0:
        start -= 1  # the text had no final newline: take the one before, not leave one behind
    return Edit(start, end, "")


def _reattach(doc: Document, start: int, end: int) -> Edit | None:
    """`words “She` -> `words” She`: a detached mark made a closing mark on the word before.

    Only before a capital, where a new sentence starts; before a lower-case word (`relatives
    “abroad.`) the quotation may end after that word instead, so no fix is safe.
    """
    text = doc.raw
    if end != start + 1 or text[start] not in _CLOSING_FOR_DETACHED or start < 2 or text[start - 1] != " ":
        return None
    before, after = text[start - 2], text[end : end + 1]
    if not (after.isupper() and _may_close_after(before)):
        return None
    return Edit(start - 1, end, _CLOSING_FOR_DETACHED[text[start]] + " ")


def _may_close_after(char: str) -> bool:
    """A letter, or punctuation a quotation closes after (not a dash, bracket or quotation mark)."""
    if char.isalpha():
        return True
    return unicodedata.category(char) in _PUNCTUATION_BEFORE_CLOSING and char not in _QUOTE_CHARS


def _turn(doc: Document, start: int, end: int) -> Edit | None:
    """A curly mark turned round, where the characters around it plainly ask for the other glyph.

    A mark the quote analysis also finds detached is left to that fix: turning it would not help.
    """
    text = doc.raw
    if end != start + 1 or text[start] not in _TURNED:
        return None
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    wanted = _closes_here(before, after) if text[start] in _OPENING_GLYPHS else _opens_here(before, after)
    if not wanted or any(p.check == "detached" and p.start == start for p in analyse(doc).problems):
        return None
    return Edit(start, end, _TURNED[text[start]])


def _opens_here(before: str, after: str) -> bool:
    return (before.isspace() or before in _OPENS_AFTER) and after.isalnum()


def _closes_here(before: str, after: str) -> bool:
    return (before.isalnum() or before in ".,;:!?\u2026") and (after.isspace() or after in _CLOSES_BEFORE)


def _rename(doc: Document, start: int, end: int, suggestion: str | None) -> Edit | None:
    """The variant spelling of a surname replaced by the one the draft uses most."""
    variant = doc.raw[start:end]
    if not suggestion or not variant or variant == suggestion or any(c.isspace() for c in variant + suggestion):
        return None
    return Edit(start, end, suggestion)


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    """Edits in text order; two deletions that overlap become one, else the first is kept."""
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: e.start):  # stable: findings' order breaks ties
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
        elif not edit.replacement and not kept[-1].replacement:
            kept[-1] = Edit(kept[-1].start, max(kept[-1].end, edit.end), "")
    return kept
