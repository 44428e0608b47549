"""Text from a draft or a file name made safe to show: no terminal controls, and valid UTF-8.

A draft can hold escape sequences that retitle or repaint a terminal, and bidi overrides that
make a line read in another order than it runs; a file name can hold bytes that are not UTF-8
(which os.fsdecode keeps as lone surrogates). The human-readable formats and the error lines
show each such character as an escape a reader can see (`\\x1b`, `\\u202e`), and each
undecodable byte as U+FFFD.
"""

from __future__ import annotations

import re

# C0 controls but tab, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
_HIDDEN = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """The text with each control character and bidi override written as a visible escape."""
    return _HIDDEN.sub(_escape, text)


def valid_utf8(text: str) -> str:
    """The text with each byte a file name held that is not UTF-8 made U+FFFD, so it encodes."""
    if not _SURROGATE.search(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate no undecodable byte made
        return _SURROGATE.sub("\ufffd", text)


def shown(text: str) -> str:
    """Text fit for a terminal: valid UTF-8, every control visible."""
    return visible(valid_utf8(text))
