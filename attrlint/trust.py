"""Whose configs and packs attrlint obeys: as git does with "dubious ownership".

A config or pack file owned by neither the current user nor root is passed over, unless it lies
under a folder named in the `ATTRLINT_TRUSTED_PATHS` environment variable (folders separated as
in PATH; `*` trusts every path). Otherwise anyone who can write to a parent folder (a shared
`/tmp`, a world-writable mount) could turn the rules off for everyone below it.
"""

from __future__ import annotations

import os
from pathlib import Path

from attrlint.errors import AttrlintWarning

TRUSTED_PATHS = "ATTRLINT_TRUSTED_PATHS"


def owner_if_untrusted(path: Path) -> int | None:
    """The uid of the user who owns a path, when that is neither us nor root and no trusted path
    covers it; None when attrlint may obey the path (or cannot tell, as on Windows)."""
    if not hasattr(os, "geteuid"):
        return None
    try:
        owner = os.stat(path).st_uid
    except OSError:
        return None  # gone or unreadable: reading it reports that
    if owner in (0, os.geteuid()) or _under_trusted_path(path):
        return None
    return owner


def distrust(path: Path) -> AttrlintWarning | None:
    """The warning for a config or pack path owned by another user; None for a path attrlint may obey."""
    owner = owner_if_untrusted(path)
    if owner is None:
        return None
    return AttrlintWarning(untrusted_message(path, owner), str(path))


def untrusted_message(path: Path, owner: int, outcome: str = "ignored") -> str:
    """What became of a path owned by another user, and how to trust it."""
    folder = path if path.is_dir() else path.parent
    return f"{outcome}: owned by another user (uid {owner}); trust it with {TRUSTED_PATHS}={folder.resolve()}"


def _under_trusted_path(path: Path) -> bool:
    entries = [entry for entry in os.environ.get(TRUSTED_PATHS, "").split(os.pathsep) if entry]
    if "*" in entries:
        return True
    resolved = path.resolve()
    return any(resolved.is_relative_to(Path(entry).resolve()) for entry in entries)
