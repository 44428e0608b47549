"""Which drafts git ignores: a run inside a git repository passes over what its `.gitignore` files list.

The patterns are git's own (negation, `**`, folder patterns, anchoring), read by the `pathspec`
package rather than by a matcher of ours. Every `.gitignore` from the repository's top down to the
draft's folder applies, a deeper file's match winning over a shallower one's, and
`.git/info/exclude` below them all. The files are read once a folder; outside a repository nothing
is ignored and `pathspec` is never imported.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

MAX_BYTES = 1_000_000  # a .gitignore past this is not one a person wrote


class GitIgnored:
    """`ignored(path)`: whether the .gitignore files of the path's repository ignore it."""

    def __init__(self) -> None:
        self._tops: dict[Path, Path | None] = {}  # folder -> the top of its repository
        self._specs: dict[Path, GitIgnoreSpec | None] = {}  # ignore file -> its patterns

    def __call__(self, path: Path) -> bool:
        file = Path(os.path.abspath(path))
        top = self._top_of(file.parent)
        if top is None:
            return False
        verdict = self._verdict(top / ".git" / "info" / "exclude", file.relative_to(top))
        for folder in [top, *_folders_between(top, file.parent)]:
            found = self._verdict(folder / ".gitignore", file.relative_to(folder))
            verdict = verdict if found is None else found
        return bool(verdict)

    def _top_of(self, folder: Path) -> Path | None:
        """The top of the git repository holding the folder (where `.git` is), or None."""
        if folder not in self._tops:
            if (folder / ".git").exists():
                self._tops[folder] = folder
            else:
                self._tops[folder] = None if folder.parent == folder else self._top_of(folder.parent)
        return self._tops[folder]

    def _verdict(self, ignore_file: Path, relative: Path) -> bool | None:
        """True if the file's last matching pattern ignores the path, False if it re-includes it,
        None if no pattern matches (or there is no such file)."""
        spec = self._spec(ignore_file)
        return None if spec is None else spec.check_file(relative.as_posix()).include

    def _spec(self, ignore_file: Path) -> GitIgnoreSpec | None:
        if ignore_file not in self._specs:
            self._specs[ignore_file] = _read_spec(ignore_file)
        return self._specs[ignore_file]


def _folders_between(top: Path, folder: Path) -> list[Path]:
    """The folders below `top` down to `folder`, top first."""
    parts = folder.relative_to(top).parts
    return [top.joinpath(*parts[: depth + 1]) for depth in range(len(parts))]


def _read_spec(ignore_file: Path) -> GitIgnoreSpec | None:
    """An ignore file's patterns; None when it is missing, unreadable or too large to be one."""
    try:
        if not ignore_file.is_file() or ignore_file.stat().st_size > MAX_BYTES:
            return None
        lines = ignore_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    from pathspec import GitIgnoreSpec  # only a repository with ignore files needs it

    return GitIgnoreSpec.from_lines(lines)
