"""The files a newsroom holds, found and read as drafts: plain text and Markdown, HTML exports, and Word documents.

A folder is walked for drafts by `find_drafts`; a file is opened only if `require_regular_file` lets it.

Plain text and Markdown are read as they are (`Document.from_file`); HTML exports and Word
documents are read as the text a reader sees, by `attrlint.extract`, imported only for them so
that checking a text draft does not pay for an HTML parser. Word documents need the `docx`
extra (python-docx); a folder picks up `.docx` files only when it is installed.
"""

from __future__ import annotations

import errno
import importlib.util
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from attrlint.document import Document
from attrlint.errors import InputError

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
HTML_SUFFIXES = (".html", ".htm")
WORD_SUFFIX = ".docx"


def draft_suffixes() -> tuple[str, ...]:
    """The file name endings a folder walk picks up: Word documents only when python-docx is installed."""
    word = (WORD_SUFFIX,) if importlib.util.find_spec("docx") is not None else ()
    return TEXT_SUFFIXES + HTML_SUFFIXES + word


def read_draft(path: str | Path, max_bytes: int | None, encoding: str | None = None) -> Document:
    """A draft file as the rules read it, whatever its format (InputError when it cannot be read)."""
    suffix = Path(path).suffix.lower()
    if suffix == WORD_SUFFIX:
        from attrlint.extract import word_document

        return word_document(str(path), Document.read_bytes(path, max_bytes))
    doc = Document.from_file(path, max_bytes, encoding)
    if suffix in HTML_SUFFIXES:
        from attrlint.extract import html_document

        return html_document(doc.path, doc.raw)
    return doc


def find_drafts(paths: Iterable[str]) -> Iterator[Path | str | InputError]:
    """Each file named, and the drafts in each folder (the endings `draft_suffixes` gives), each once;
    hidden folders skipped. A folder that cannot be read is yielded as the InputError that says so."""
    seen: set[str] = set()
    for name in paths:
        if name == "-":
            yield name
            continue
        for found in _files_under(Path(name)):
            if isinstance(found, InputError):
                yield found
                continue
            resolved = os.path.realpath(found)  # never raises, even on a symlink loop
            if resolved not in seen:
                seen.add(resolved)
                yield found


def _files_under(path: Path) -> list[Path | InputError]:
    """The path itself if it is not a folder, else the drafts under it and the errors met, in order."""
    if not os.path.isdir(path):
        return [path]
    found: list[Path | InputError] = []
    suffixes = draft_suffixes()
    for folder, folders, names in os.walk(path, onerror=lambda err: found.append(_unreadable(err, err.filename))):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                draft = _draft_or_error(Path(folder, name))
                if draft is not None:
                    found.append(draft)
    return sorted(found, key=lambda item: Path(item.path or "") if isinstance(item, InputError) else item)


def _draft_or_error(path: Path) -> Path | InputError | None:
    """A file met in a folder: a regular file is a draft; a FIFO, a dangling link or a loop is passed over."""
    try:
        return path if stat.S_ISREG(os.stat(path).st_mode) else None
    except OSError as err:
        return None if err.errno in (errno.ENOENT, errno.ELOOP) else _unreadable(err, path)


_WHY_UNREADABLE = {
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "no such file or folder",
    errno.ELOOP: "symbolic link loop",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


def _unreadable(err: OSError, path: Path | str) -> InputError:
    return InputError(_WHY_UNREADABLE.get(err.errno or 0, f"cannot read: {err.strerror}"), str(Path(path)))


def require_regular_file(path: Path | str) -> None:
    """Raise InputError unless the path names a regular file (through any symlinks): reading a
    FIFO waits for a writer forever, a device may never end, and a symlink loop or a folder that
    may not be searched cannot be read at all."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise _unreadable(err, path) from None
    if not stat.S_ISREG(mode):
        raise InputError("not a regular file", str(path))
