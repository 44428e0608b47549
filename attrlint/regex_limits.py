"""How large a user's regex may grow when compiled, measured before compiling it.

The `regex` module writes out each counted repeat when it compiles: `a{1000}` becomes a thousand
`a`s, `(?:a{1000}){1000}` a million (280 MB) and `(?:a{100000}){100000}` more memory than there
is. So a newsroom's regex may repeat a piece at most MAX_REPEAT times, and written out it may hold
at most MAX_WRITTEN_OUT items. The measure errs on the large side: every alternative counts, and
a brace that only looks like a repeat counts as one.
"""

from __future__ import annotations

import re
from functools import cache

MAX_REPEAT = 1000
MAX_WRITTEN_OUT = 100_000

_TOKEN = r"""
      (?P<repeat> \{ \s* (?P<low>\d*) \s* (?: , \s* (?P<high>\d*) \s* )? \} )
    | (?P<open> \( )
    | (?P<close> \) )
    | (?P<bar> \| )
    | (?P<quantifier> [*+?] )
    | \\[pPN] \{ [^}]* \}                       # \p{Lu}, \N{BULLET}: one item
    | \\.                                      # any other escape: one item
    | \[ \^? \]? (?: \\. | \[:[^\]]*:\] | [^\]] )* \]   # a character class: one item
    | .
"""


@cache
def _tokens() -> re.Pattern:
    """The pieces of a regex, compiled when a newsroom's regex is first measured (not at start-up)."""
    return re.compile(_TOKEN, re.VERBOSE | re.DOTALL)


def written_out_size(pattern: str) -> tuple[int, int]:
    """The items a pattern holds with its counted repeats written out, and its largest repeat count."""
    frames = [[0, 0]]  # per open group: [items so far, items of the last piece, which a repeat repeats]
    largest = 0
    for token in _tokens().finditer(pattern):
        frame = frames[-1]
        if token["repeat"] and (token["low"] or token["high"]):
            count = max(int(token["low"] or 0), int(token["high"] or 0))
            largest = max(largest, count)
            frame[0] += frame[1] * max(count - 1, 0)
            frame[1] *= count
        elif token["open"]:
            frames.append([0, 0])
        elif token["close"] and len(frames) > 1:
            size = max(frames.pop()[0], 1)
            frames[-1][0] += size
            frames[-1][1] = size
        elif token["bar"]:
            frame[1] = 0
        elif not token["quantifier"]:
            frame[0] += 1
            frame[1] = 1
    return sum(frame[0] for frame in frames), largest


def too_large(pattern: str) -> str | None:
    """Why a pattern is too large to compile, or None when it is not."""
    size, largest = written_out_size(pattern)
    if largest > MAX_REPEAT:
        return f"repeats a piece {largest:,} times; at most {MAX_REPEAT:,} are allowed"
    if size > MAX_WRITTEN_OUT:
        return f"holds over {MAX_WRITTEN_OUT:,} items once its counted repeats are written out; repeat less"
    return None
