"""Applying fixes: the edits findings carry, made into new text, shown as a diff, written atomically.

The kind that finds a problem builds its fix, with its applicability (safe or unsafe); this module
never looks at what a finding means. `chosen_fixes` picks the edits of a draft's findings, `apply_edits`
makes the new text, `Draft` makes it on the draft as saved (each line keeping its own ending),
`unified_diff` shows it, and `write_atomically` saves it in the file's own encoding, with its owner,
group and mode. A draft that changed on disk since it was read, or changes while the fix is being
written, keeps the newer text: an editor's save always wins. Rounds of fixes, where one fix makes
way for another, are `attrlint.run_fixes`'s: this module applies edits and never analyses a draft.
"""

from __future__ import annotations

import bisect
import difflib
import errno as _errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from attrlint.document import Document, Encoding, normalise_newlines, read_text
from attrlint.errors import InputError
from attrlint.finding import Edit, Finding, Fix


def chosen_fixes(doc: Document, findings: Iterable[Finding], unsafe: bool = False) -> tuple[list[Edit], list[Finding]]:
    """The edits of the document's findings' fixes (safe ones, or all with `unsafe`), in text order, none
    overlapping, and the findings they fix (for `--fix` to say what it did). Findings for other paths are ignored.

    A fix is applied whole or not at all. Where fixes overlap, the one that starts first in the text
    is kept, except that two deletions that overlap become one.
    """
    fixable = [
        finding
        for finding in findings
        if finding.path == doc.path and finding.fix is not None and finding.fix.applies(unsafe) and finding.fix.edits
    ]
    kept: list[Edit] = []
    fixed: list[Finding] = []
    for finding in sorted(fixable, key=lambda found: min(edit.start for edit in found.fix.edits)):  # stable
        if _add_fix(kept, finding.fix):
            fixed.append(finding)
    return kept, sorted(fixed)


def _add_fix(kept: list[Edit], fix: Fix) -> bool:
    """Add a fix's edits to `kept` (sorted, none overlapping) when none of them overlaps a kept edit;
    whether the fix is made.

    A fix of one deletion that overlaps a kept deletion widens it instead, so two rules flagging
    the same pasted line delete it once.
    """
    clashes = [index for index in (_clash(kept, edit) for edit in fix.edits) if index is not None]
    if not clashes:
        for edit in fix.edits:
            bisect.insort(kept, edit)
        return True
    edit, index = fix.edits[0], clashes[0]
    if len(fix.edits) > 1 or edit.replacement or kept[index].replacement:
        return False
    wider = Edit(min(kept[index].start, edit.start), max(kept[index].end, edit.end), "")
    if index + 1 == len(kept) or wider.end <= kept[index + 1].start:
        kept[index] = wider
        return True
    return False


def _clash(kept: list[Edit], edit: Edit) -> int | None:
    """The index of a kept edit that overlaps `edit`, if one does."""
    place = bisect.bisect_left(kept, edit)
    for index in (place - 1, place):
        if 0 <= index < len(kept) and max(kept[index].start, edit.start) < min(kept[index].end, edit.end):
            return index
    return None


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


@dataclass(frozen=True)
class Draft:
    """A draft's text exactly as saved, with its own line endings, and its encoding: what a fix edits
    and writes back.

    The rules read the text normalised (CRLF and a lone CR made LF, as `Document.raw`), and their
    edits index that. Making the edits on this text instead, through `edited`, leaves every line
    the fix does not touch byte for byte as it was: its own ending in a file of mixed endings, a
    lone CR inside a line still a lone CR.
    """

    text: str
    encoding: Encoding

    @classmethod
    def read(cls, data: bytes, path: str) -> Draft:
        """The draft held in `data`, which must encode back to exactly `data` (InputError if not)."""
        text, encoding = read_text(data, path)
        if encoding.encode(text) != data:
            raise InputError("cannot be written back byte for byte as read; not fixed", path)
        return cls(text, encoding)

    @cached_property
    def normalised(self) -> str:
        """The text as the rules read it."""
        return normalise_newlines(self.text)

    def edited(self, edits: Iterable[Edit]) -> Draft:
        """The draft with edits made at offsets of its normalised text; a newline an edit inserts
        takes the ending the file uses most."""
        own = _own_offset(self.text)
        newline = newline_of(self.text)
        mapped = [Edit(own(edit.start), own(edit.end), edit.replacement.replace("\n", newline)) for edit in edits]
        return Draft(keep_ending(self.text, apply_edits(self.text, mapped), mapped), self.encoding)

    def encoded(self) -> bytes:
        return self.encoding.encode(self.text)


_ENDING = re.compile(r"(?:\r\n|\r|\n)*\Z")


def keep_ending(old: str, new: str, edits: Iterable[Edit]) -> str:
    """`new`, ending with the newlines `old` ended with when an edit reached into old's last line.

    Deleting the last paragraphs of a draft (two pasted lines, each taking a blank line with it)
    can leave a blank line at the end, or none, where the draft had one newline."""
    last_line = len(old.rstrip())
    if not any(edit.end >= last_line for edit in edits):
        return new
    kept = new[: _ENDING.search(new).start()]
    return kept + _ENDING.search(old).group() if kept else new


def _own_offset(text: str) -> Callable[[int], int]:
    """Maps an offset of the normalised text to the same place in `text`: past each CRLF, which
    normalising made one character, one further on."""
    crlf_at = [match.start() - index for index, match in enumerate(re.finditer("\r\n", text))]
    return lambda offset: offset + bisect.bisect_left(crlf_at, offset)


def newline_of(text: str) -> str:
    """The newline a text uses most: CRLF, CR or LF (LF on a tie or with no newline at all)."""
    crlf = text.count("\r\n")
    counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    return max(counts, key=lambda newline: counts[newline])


def unified_diff(path: str | Path, old: str, new: str) -> str:
    """A unified diff from old to new text, headed with the path; empty when they are equal."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=str(path), tofile=str(path)
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


@dataclass(frozen=True)
class CheckedTree:
    """The folders and files named on the command line: the only places a fix may write.

    A link inside them is written through to its target; one leading out of them is not, so a draft
    that is a link to a file elsewhere (a shell profile, say) never gets that file rewritten. A file
    named on the command line counts as itself, not as what it links to.
    """

    folders: tuple[Path, ...]
    files: frozenset[Path]

    @classmethod
    def of(cls, paths: Iterable[str | Path]) -> CheckedTree:
        folders, files = [], set()
        for name in paths:
            if name == "-":
                continue
            path = Path(name)
            if path.is_dir():
                folders.append(Path(os.path.realpath(path)))
            else:
                files.add(Path(os.path.realpath(path.parent)) / path.name)
        return cls(tuple(folders), frozenset(files))

    def holds(self, real_path: Path) -> bool:
        return real_path in self.files or any(real_path.is_relative_to(folder) for folder in self.folders)


def write_atomically(path: Path, fixed: Draft, original_bytes: bytes, tree: CheckedTree) -> None:
    """Save a fixed draft over the file read as `original_bytes`, in its encoding, with its owner,
    group and mode.

    The text goes to a temporary file in the same folder that then takes the file's place, so a reader
    never sees half a draft. A file that no longer holds `original_bytes` was changed since it was
    read: it is left alone and InputError is raised. So is a read-only file, one with other hard
    links, and a link out of the checked tree; a link inside it is written through.
    """
    target, shown = Path(os.path.realpath(path)), str(path)
    if not tree.holds(target):
        raise InputError("is a link to a file outside the folders being checked; not fixed", shown)
    try:
        info = target.stat()
    except OSError as err:
        raise InputError(f"cannot read it again ({err.strerror}); not fixed", shown) from None
    refusal = _refusal(target, info)
    if refusal:
        raise InputError(f"{refusal}; not fixed", shown)
    _require_unchanged(target, original_bytes, shown, "changed on disk since it was read; not fixed")
    _replace(target, fixed.encoded(), original_bytes, info, shown)


def _refusal(target: Path, info: os.stat_result) -> str | None:
    """Why a fix must leave this file as it is, if it must.

    A file nobody may write (0444) is read-only even to root, who could replace it: its owner said
    no. A file with other hard links is left too: writing it in place would change every linked
    copy (a snapshot made with `cp -al` is one), and replacing it would break the links.
    """
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        return "read-only"
    if info.st_nlink > 1:
        return f"has {info.st_nlink} hard links, which a fix would change together or break apart"
    return None


CHANGED_WHILE_FIXING = "changed while being fixed; not fixed"


def _replace(target: Path, data: bytes, original: bytes, like: os.stat_result, shown: str) -> None:
    """Write data to a temporary file beside target, then move it into target's place, unless the
    draft changed meanwhile: an editor's save always wins over the fix."""
    try:
        temp = _temporary_copy(target, data, like)
    except OSError as err:
        raise InputError(f"cannot write in its folder ({err.strerror}); not fixed", shown) from None
    try:
        _require_unchanged(target, original, shown, CHANGED_WHILE_FIXING)
        _move_into_place(temp, target, original, shown)
    except OSError as err:
        raise InputError(f"cannot write it ({err.strerror}); not fixed", shown) from None
    finally:
        _discard(temp, (data, original))


def _temporary_copy(target: Path, data: bytes, like: os.stat_result) -> Path:
    """A new file beside target holding data, flushed to disk, with the owner, group and mode of
    `like` (as far as this user may give them); none if this fails."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".attrlint-tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        _give_owner(name, like.st_uid, like.st_gid)
        os.chmod(name, stat.S_IMODE(like.st_mode))  # after chown, which may clear set-id bits
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _give_owner(name: str, uid: int, gid: int) -> None:
    """Give a file this owner and group, or only the group, or neither: what the user may do.

    Root may give both, so a fix run as root leaves a reporter's draft the reporter's; another
    user may give a group of theirs, and a file they do not own becomes theirs on replacing.
    """
    for owner in (uid, -1):
        try:
            os.chown(name, owner, gid)
            return
        except PermissionError:
            continue


def _require_unchanged(target: Path, original: bytes, shown: str, message: str) -> None:
    """Raise InputError with `message` unless target still holds the bytes the fix was made from."""
    try:
        current = target.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read it again ({err.strerror}); not fixed", shown) from None
    if current != original:
        raise InputError(message, shown)


def _move_into_place(temp: Path, target: Path, original: bytes, shown: str) -> None:
    """Put the temporary file in target's place, then look at the draft it displaced: if that is not
    the text the fix was made from, an editor saved in the instant since the last check, and its
    text is put back.

    Where the system can swap two names atomically, the displaced draft lands at the temporary
    name, whichever way the editor saved. Elsewhere the draft is held open across the replace,
    which sees a save written into the file, not one renamed over it in that instant.
    """
    if _exchange(temp, target):
        if temp.read_bytes() != original:
            _exchange(temp, target)
            raise InputError(CHANGED_WHILE_FIXING, shown)
        return
    with target.open("rb") as held:
        os.replace(temp, target)
        displaced, info = held.read(), os.fstat(held.fileno())
    if displaced != original:
        os.replace(_temporary_copy(target, displaced, info), target)
        raise InputError(CHANGED_WHILE_FIXING, shown)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two names in one step (renameat2 on Linux, renamex_np on macOS); False where the system
    or file system cannot."""
    import ctypes  # only a fix that writes needs it

    libc = ctypes.CDLL(None, use_errno=True)
    names = (os.fsencode(first), os.fsencode(second))
    if hasattr(libc, "renameat2"):
        at_cwd, exchange = -100, 2  # AT_FDCWD, RENAME_EXCHANGE
        failed = libc.renameat2(at_cwd, names[0], at_cwd, names[1], exchange)
    elif hasattr(libc, "renamex_np"):
        failed = libc.renamex_np(names[0], names[1], 2)  # RENAME_SWAP
    else:
        return False
    if not failed:
        return True
    errno = ctypes.get_errno()
    if errno in (_errno.EINVAL, _errno.ENOSYS, _errno.ENOTSUP, _errno.EOPNOTSUPP):
        return False
    raise OSError(errno, os.strerror(errno), str(second))


def _discard(temp: Path, ours: tuple[bytes, ...]) -> None:
    """Remove the temporary file if it holds only what the fix made or the draft it replaced: after an
    interrupted swap it may hold an editor's save, which is left for the user rather than lost."""
    try:
        if temp.read_bytes() in ours:
            temp.unlink()
    except FileNotFoundError:
        pass
