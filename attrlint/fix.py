"""Applying fixes: the edits findings carry, made into new text, shown as a diff, written atomically.

The kind that finds a problem builds its fix, with its applicability (safe or unsafe); this module
never looks at what a finding means. `fixes_for` picks the edits of a draft's findings, `apply_edits`
makes the new text, `unified_diff` shows it, and `write_atomically` saves it in the file's own
encoding features (BOM, newline style, permission bits), refusing when the file changed on disk.
"""

from __future__ import annotations

import bisect
import difflib
import os
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from attrlint.document import Document
from attrlint.errors import AttrlintError, InputError
from attrlint.finding import Edit, Finding, Fix

BOM = b"\xef\xbb\xbf"


def fixes_for(doc: Document, findings: Iterable[Finding], unsafe: bool = False) -> list[Edit]:
    """The edits of the document's findings' fixes (safe ones, or all with `unsafe`), in text order, none
    overlapping. Findings for other paths are ignored.

    A fix is applied whole or not at all. Where fixes overlap, the one that starts first in the text
    is kept, except that two deletions that overlap become one.
    """
    fixes = [
        finding.fix
        for finding in findings
        if finding.path == doc.path and finding.fix is not None and finding.fix.applies(unsafe) and finding.fix.edits
    ]
    kept: list[Edit] = []
    for fix in sorted(fixes, key=lambda fix: min(edit.start for edit in fix.edits)):  # stable: ties keep order
        _add_fix(kept, fix)
    return kept


def fix_drafts(
    documents: Mapping[str, Document], findings: list[Finding], write: bool, unsafe: bool
) -> tuple[list[str], list[str], list[AttrlintError]]:
    """Apply (or, with `write` false, only show) the fixes for each draft: the diffs, the paths
    changed, and the errors of drafts that could not be written."""
    diffs, changed, errors = [], [], []
    for path, doc in documents.items():
        new = apply_edits(doc.raw, fixes_for(doc, findings, unsafe))
        if new == doc.raw or doc.data is None:
            continue
        diffs.append(unified_diff(path, doc.raw, new))
        if not write:
            continue
        try:
            write_atomically(Path(path), new, doc.data)
            changed.append(path)
        except AttrlintError as err:
            errors.append(err)
    return diffs, changed, errors


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


def _add_fix(kept: list[Edit], fix: Fix) -> None:
    """Add a fix's edits to `kept` (sorted, none overlapping) when none of them overlaps a kept edit.

    A fix of one deletion that overlaps a kept deletion widens it instead, so two rules flagging
    the same pasted line delete it once.
    """
    clashes = [index for index in (_clash(kept, edit) for edit in fix.edits) if index is not None]
    if not clashes:
        for edit in fix.edits:
            bisect.insort(kept, edit)
        return
    edit, index = fix.edits[0], clashes[0]
    if len(fix.edits) > 1 or edit.replacement or kept[index].replacement:
        return
    wider = Edit(min(kept[index].start, edit.start), max(kept[index].end, edit.end), "")
    if index + 1 == len(kept) or wider.end <= kept[index + 1].start:
        kept[index] = wider


def _clash(kept: list[Edit], edit: Edit) -> int | None:
    """The index of a kept edit that overlaps `edit`, if one does."""
    place = bisect.bisect_left(kept, edit)
    for index in (place - 1, place):
        if 0 <= index < len(kept) and max(kept[index].start, edit.start) < min(kept[index].end, edit.end):
            return index
    return None
