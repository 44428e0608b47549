"""Reading the small files attrlint obeys (configs, pack.yaml, rule files) without hanging on a
FIFO or reading a device such as /dev/urandom until memory runs out."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from attrlint.errors import AttrlintError

MAX_BYTES = 1_000_000  # the largest config or rule file: a long word list is a few KB
_PIECE = 1 << 16  # bytes read at a time under a size limit
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
        return _read_small(descriptor, path, error)
    except OSError as err:
        raise error(f"cannot read: {err.strerror or err}", str(path)) from None
    finally:
        os.close(descriptor)


def _refuse_irregular(mode: int, path: Path, error: type[AttrlintError]) -> None:
    if not stat.S_ISREG(mode):
        raise error("not a regular file", str(path))


def _read_small(descriptor: int, path: Path, error: type[AttrlintError]) -> bytes:
    data = read_at_most(lambda size: os.read(descriptor, size), MAX_BYTES)
    if len(data) > MAX_BYTES:
        raise error(f"over the {MAX_BYTES // 1_000_000} MB a config or rule file may be", str(path))
    return data


def read_at_most(read: Callable[[int], bytes], limit: int) -> bytes:
    """Up to `limit` + 1 bytes from `read`, in pieces, so that a caller tells a source over the limit by the
    length without reading it whole: `read(n)` sets n bytes aside first however short the source, and a pipe
    or /dev/zero has no size to ask."""
    pieces: list[bytes] = []
    total = 0
    while total <= limit:
        piece = read(min(_PIECE, limit + 1 - total))
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
    return b"".join(pieces)
