"""Reading the small files attrlint obeys (configs, pack.yaml, rule files) without hanging on a
FIFO or reading a device such as /dev/urandom until memory runs out."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from attrlint.errors import AttrlintError

MAX_BYTES = 1_000_000  # the largest config or rule file: a long word list is a few KB
_PIECE = 65_536
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def read_small_file(path: Path, error: type[AttrlintError]) -> bytes:
    """A regular file's bytes, at most MAX_BYTES, read in bounded pieces; anything else raises `error`.

    The file is checked before it is opened, and again once open (it may have been swapped in
    between): opening a FIFO without O_NONBLOCK would wait for a writer forever.
    """
    try:
        _refuse_irregular(os.stat(path).st_mode, path, error)
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as err:
        raise error(f"cannot read: {err.strerror or err}", str(path)) from None
    try:
        _refuse_irregular(os.fstat(descriptor).st_mode, path, error)
        return _read_at_most(descriptor, path, error)
    except OSError as err:
        raise error(f"cannot read: {err.strerror or err}", str(path)) from None
    finally:
        os.close(descriptor)


def _refuse_irregular(mode: int, path: Path, error: type[AttrlintError]) -> None:
    if not stat.S_ISREG(mode):
        raise error("not a regular file", str(path))


def _read_at_most(descriptor: int, path: Path, error: type[AttrlintError]) -> bytes:
    pieces: list[bytes] = []
    size = 0
    while piece := os.read(descriptor, _PIECE):
        size += len(piece)
        if size > MAX_BYTES:
            raise error(f"over the {MAX_BYTES // 1_000_000} MB a config or rule file may be", str(path))
        pieces.append(piece)
    return b"".join(pieces)
