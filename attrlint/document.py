"""The document model: a draft read once, masked, indexed into lines, paragraphs and sentences."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

from attrlint.errors import InputError
from attrlint.segment import CLOSING, STOPS, split_sentences
from attrlint.smallfile import read_at_most
from attrlint.spans import Span, Spans


def span_holding(spans: Sequence[Span], offset: int) -> int:
    """The index of the span holding an offset among sorted, non-overlapping spans, or -1.

    A bisect, so looking up every mark or word of a long paragraph stays linear overall."""
    if isinstance(spans, Spans):
        return spans.holding(offset)
    index = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return index if index >= 0 and offset < spans[index][1] else -1


def whole_word_starts(text: str, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where `word` stands in text[start:end] as a whole word: no letter or digit touches it inside the span.

    A substring search, then its edges: looking up each of a draft's thousands of names builds no pattern."""
    end = len(text) if end is None else end
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == start or not text[at - 1].isalnum()) and (after == end or not text[after].isalnum()):
            yield at
        at = text.find(word, at + 1, end)


def has_whole_word(text: str, word: str, start: int = 0, end: int | None = None) -> bool:
    """Whether `word` stands in text[start:end] as a whole word (see `whole_word_starts`)."""
    return next(whole_word_starts(text, word, start, end), None) is not None


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,}).*?(?:^[ \t]{0,3}\1[`~]*[ \t]*$|\Z)", re.S | re.M)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# Markdown and HTML that is not prose: a link's or image's target, an HTML tag, a reference definition.
# The link text and an image's alt text stay, since a reader reads them.
_MARKUP = re.compile(
    r"(?<=\])\([^()\s]*(?:\s+\"[^\"\n]*\")?\)"  # ](https://... "title")
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"  # <a href="...">, </span>, <br/>
    r"|<https?://[^>\s]+>"  # <https://autolink>
    r"|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$",  # [ref]: https://... "title"
    re.M,
)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+][ \t]|\d{1,3}[.)][ \t])")
_HEADING_OR_QUOTE = re.compile(r"[ \t]*(?:#{1,6}[ \t]|>|\|)")  # a heading, quote or table row
_HEADING = re.compile(r"#{1,6}[ \t]")
ENDS_SENTENCE = re.compile(rf"(?:[{STOPS}][{re.escape(CLOSING)}]*|[:;])\s*$")
# Lines holding more than whitespace, one after another. A block starts only at a line's start: anchored
# there, a long line of spaces is read once, not once from each of its spaces (the same blocks either way).
_BLOCK = re.compile(r"^[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", re.M)
_WRAP_WIDTH = 100
_MIN_WRAPPED = 40


@dataclass(frozen=True)
class Encoding:
    """How a draft's text is stored, so that a fix is saved the same way: the codec and any byte-order mark."""

    codec: str = "utf-8"
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)


_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}  # as Word saves it
_ASCII_TEXT = frozenset(b"\t\n\r" + bytes(range(32, 127)))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # not tab, newline, vertical tab, form feed or CR


def read_text(data: bytes, path: str, encoding: str | None = None) -> tuple[str, Encoding]:
    """A draft's text exactly as stored (its own newlines; no BOM) and its encoding: UTF-8, with or
    without a BOM, UTF-16, with or without one, or the legacy 8-bit encoding of older newsroom
    systems (Windows-1252, which covers Latin-1's printable characters), detected when the text is
    not UTF-8, or the codec named by `encoding`. InputError, naming the line where it can, for
    anything else, and for a binary file."""
    for bom, codec in _UTF16_BOMS.items():
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), Encoding(codec, bom)
            except UnicodeDecodeError:
                raise InputError("not valid UTF-16 despite its byte-order mark", path) from None
    if b"\x00" in data[:8192]:
        return _read_utf16_without_bom(data, path)
    if encoding is not None:
        return _read_named(data, path, encoding)
    bom = _UTF8_BOM if data.startswith(_UTF8_BOM) else b""
    try:
        return data[len(bom) :].decode("utf-8"), Encoding("utf-8", bom)
    except UnicodeDecodeError as err:
        legacy = _read_legacy(data)
        if legacy is not None:
            return legacy
        line = len(re.split(rb"\r\n|\r|\n", data[len(bom) : len(bom) + err.start]))
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[len(bom) + err.start]:02x}) nor Windows-1252 text; "
            "save the draft as UTF-8 or name its encoding with --encoding",
            path,
            line,
        ) from None


def _read_named(data: bytes, path: str, encoding: str) -> tuple[str, Encoding]:
    bom = _UTF8_BOM if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and data.startswith(_UTF8_BOM) else b""
    try:
        return data[len(bom) :].decode(encoding), Encoding(encoding, bom)
    except UnicodeDecodeError as err:
        line = len(re.split(rb"\r\n|\r|\n", data[: err.start]))
        raise InputError(f"not valid {encoding} (byte 0x{data[err.start]:02x})", path, line) from None


_LEGACY_CODEC = "cp1252"
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c")
_MAX_HIGH_BYTES = 0.3  # text in an 8-bit Western encoding is mostly ASCII; a binary file is not
# A UTF-8 sequence of two to four bytes: a file holding one is UTF-8 with a stray byte, not Windows-1252
# (where such pairs would read as "Ã©").
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _read_legacy(data: bytes) -> tuple[str, Encoding] | None:
    """Windows-1252 text, or None: no control bytes but tab, newlines and form feed, most bytes
    ASCII, no UTF-8 sequence, and every byte a character of the code page."""
    if _UTF8_SEQUENCE.search(data):
        return None
    if any(byte < 32 and byte not in _TEXT_CONTROLS for byte in set(data)):
        return None
    if sum(1 for byte in data if byte > 127) > _MAX_HIGH_BYTES * len(data):
        return None
    try:
        return data.decode(_LEGACY_CODEC), Encoding(_LEGACY_CODEC)
    except UnicodeDecodeError:
        return None


def _read_utf16_without_bom(data: bytes, path: str) -> tuple[str, Encoding]:
    """Text with NUL bytes: UTF-16 without a BOM if it looks like it, else a binary file."""
    sample = data[:8192]
    codec = _utf16_byte_order(sample[: len(sample) // 2 * 2])
    if codec is None:
        raise InputError("binary file (contains NUL bytes), not a text draft", path)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = "\x00"
    if _CONTROL.search(text):
        raise InputError("looks like UTF-16 without a byte-order mark; save it as UTF-8", path)
    return text, Encoding(codec)


def _utf16_byte_order(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' if the sample looks like UTF-16 text, else None.

    In UTF-16 an ASCII character is a NUL byte and the character's byte, the NUL second in
    little-endian order and first in big-endian. Text that is mostly ASCII has such pairs in
    about every other byte, always the same way round; binary data has NULs anywhere, beside
    anything.
    """
    pairs = len(sample) // 2
    for codec, nul_first in (("utf-16-le", False), ("utf-16-be", True)):
        nuls, chars = (sample[0::2], sample[1::2]) if nul_first else (sample[1::2], sample[0::2])
        ascii_pairs = sum(1 for nul, char in zip(nuls, chars, strict=True) if not nul and char in _ASCII_TEXT)
        if ascii_pairs >= max(pairs / 4, 1) and 50 * chars.count(0) <= nuls.count(0):
            return codec
    return None


def normalise_newlines(text: str) -> str:
    """CRLF and CR made LF: the text the rules read."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """The text the rules read from a draft's bytes (see `read_text`), its newlines made LF."""
    return normalise_newlines(read_text(data, path, encoding)[0])


def blank_out(text: str, spans: list[Span]) -> str:
    """Replace every character but newlines inside spans with a space, so offsets never shift."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def code_spans(text: str) -> list[Span]:
    """Front matter and fenced code: text that is not prose, where even directives are inert."""
    spans = [m.span() for m in _FENCE.finditer(text)]
    front = _FRONT_MATTER.match(text)
    return spans + [front.span()] if front else spans


def masked_spans(text: str) -> list[Span]:
    """Front matter, fenced code, HTML comments and tags, link targets: text no rule should read."""
    markup = [m.span() for m in _MARKUP.finditer(text)]
    return [m.span() for m in _HTML_COMMENT.finditer(text)] + markup + code_spans(text)


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def lines_in(text: str, start: int, end: int) -> list[Span]:
    """The spans of the lines holding more than whitespace between `start` and `end`, each without the spaces
    around it."""
    spans, pos = [], start
    for piece in text[start:end].split("\n"):
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(piece) + 1
    return spans


def _is_wrapped_prose(text: str, lines: list[Span]) -> bool:
    """True for a hard-wrapped Markdown paragraph; False for one paragraph (or item) per line.

    Wrapped prose fills every line but the last to about the same width, and most of those
    lines break mid-sentence; a page's menu, a list of short items or a draft with a headline
    and one paragraph per line does not.
    """
    if len(lines) < 2 or any(end - start > _WRAP_WIDTH for start, end in lines):
        return False
    widths = [end - start for start, end in lines[:-1]]
    if min(widths) < max(_MIN_WRAPPED, 0.6 * max(widths)):
        return False
    mid_sentence = sum(not ENDS_SENTENCE.search(text, start, end) for start, end in lines[:-1])
    return 2 * mid_sentence >= len(widths)


def _items(text: str, lines: list[Span]) -> list[list[Span]]:
    """A block's lines grouped so that each list item, quote line or heading starts a group.

    A line opening with "- " starts a list item only in a list (the block opens with an item, or
    the line before ends a sentence): in wrapped prose it is a dash.
    """
    groups: list[list[Span]] = []
    in_list = bool(lines) and bool(_LIST_ITEM.match(text, lines[0][0]))
    for span in lines:
        after_heading = groups and _HEADING.match(text, groups[-1][0][0])
        quote_goes_on = groups and text[span[0]] == ">" and text[groups[-1][0][0]] == ">"
        item = _LIST_ITEM.match(text, span[0]) and (
            in_list or not groups or ENDS_SENTENCE.search(text, *groups[-1][-1])
        )
        starts = item or (_HEADING_OR_QUOTE.match(text, span[0]) and not quote_goes_on)
        if not groups or after_heading or starts:
            groups.append([span])
        else:
            groups[-1].append(span)
    return groups


def split_paragraphs(text: str) -> Spans:
    """Paragraph spans: blank-line separated blocks, or single lines where a block is not wrapped prose."""
    paragraphs = Spans()
    add_start, add_end = paragraphs.starts.append, paragraphs.ends.append
    for block in _BLOCK.finditer(text):
        start, end = block.span()
        if text.find("\n", start, end) < 0:  # one line, a paragraph (a quick way for a million of them)
            line = text[start:end]
            stripped = line.lstrip()
            if stripped:
                add_start(start + len(line) - len(stripped))
                add_end(start + len(line.rstrip()))
            continue
        for item in _items(text, lines_in(text, start, end)):
            if _is_wrapped_prose(text, item):
                paragraphs.append((item[0][0], item[-1][1]))
            else:
                paragraphs.extend(item)
    return paragraphs


def _read_at_most(handle: BinaryIO, max_bytes: int | None, name: str) -> bytes:
    """All of a stream, unless it holds more than max_bytes (InputError, without reading it all)."""
    if max_bytes is None:
        return handle.read()
    data = read_at_most(handle.read, max_bytes)
    if len(data) > max_bytes:
        raise InputError(f"not checked: over the {max_bytes / 1e6:g} MB a draft may be (--max-size)", name)
    return data


@dataclass(eq=False)
class Document:
    """A draft: `raw` as read, `text` with masked regions blanked; every span indexes `text`."""

    path: str
    raw: str
    data: bytes | None = field(default=None, init=False, repr=False)
    _split: dict[int, list[Span]] = field(default_factory=dict, init=False, repr=False)  # paragraph -> sentences

    @cached_property
    def text(self) -> str:
        """`raw` with front matter, code, comments and markup blanked (made when first asked: a draft
        whose findings come from the result cache is never masked)."""
        return blank_out(self.raw, masked_spans(self.raw))

    @classmethod
    def from_file(cls, path: str | Path, max_bytes: int | None = None, encoding: str | None = None) -> Document:
        """A draft read from disk; one over `max_bytes` raises InputError without being read whole.
        `encoding` names the codec of a draft that is not UTF-8 or UTF-16 (else it is detected)."""
        data = cls.read_bytes(path, max_bytes)
        doc = cls(str(path), decode(data, str(path), encoding))
        doc.data = data  # the bytes as read, so a fix can tell if the file changed on disk since
        return doc

    @staticmethod
    def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
        """A file's bytes, or InputError (past `max_bytes` without reading them all)."""
        try:
            with Path(path).open("rb") as handle:
                return _read_at_most(handle, max_bytes, str(path))
        except FileNotFoundError:
            raise InputError("no such file or folder", str(path)) from None
        except OSError as err:
            raise InputError(f"cannot read file: {err.strerror}", str(path)) from None

    @classmethod
    def from_stdin(cls, name: str = "-", max_bytes: int | None = None) -> Document:
        """Standard input, named `name` in messages."""
        data = _read_at_most(sys.stdin.buffer, max_bytes, name)
        doc = cls(name, decode(data, name))
        doc.data = data  # for `check --fix -`, which prints it back fixed
        return doc

    @cached_property
    def code(self) -> list[Span]:
        """Spans of front matter and fenced code blocks."""
        return code_spans(self.raw)

    @cached_property
    def line_starts(self) -> list[int]:
        return line_starts(self.raw)

    @cached_property
    def lines(self) -> list[Span]:
        """Spans of the non-blank lines of `text`, stripped of surrounding whitespace."""
        return lines_in(self.text, 0, len(self.text))

    @cached_property
    def paragraphs(self) -> Spans:
        return split_paragraphs(self.text)

    @cached_property
    def sentences(self) -> list[Span]:
        return [span for index in range(len(self.paragraphs)) for span in self.sentences_in(index)]

    def sentences_in(self, paragraph: int) -> list[Span]:
        """The sentences of one paragraph, split once: most checks ask about a few paragraphs, not all."""
        if paragraph not in self._split:
            self._split[paragraph] = split_sentences(self.text, *self.paragraphs[paragraph])
        return self._split[paragraph]

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding an offset, if any."""
        paragraph = span_holding(self.paragraphs, offset)
        if paragraph < 0:
            return None
        sentences = self.sentences_in(paragraph)
        index = span_holding(sentences, offset)
        return sentences[index] if index >= 0 else None

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset into `text`."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def found_at(self, offset: int) -> tuple[int, int]:
        """Where a finding starting at an offset is, as its file names it: `position`, but for a draft
        extracted from another format (inputs.ExtractedDocument), the place in that file."""
        return self.position(offset)

    def found_until(self, offset: int) -> tuple[int, int]:
        """Where a finding ending at an offset ends, as its file names it (see `found_at`)."""
        return self.position(offset)

    def note_on(self, line: int) -> str:
        """What a message adds about its line number: nothing for a text draft (see inputs.ExtractedDocument)."""
        return ""

    def line_text(self, line: int) -> str:
        """The raw text of a 1-based line, without its newline."""
        start = self.line_starts[line - 1]
        end = self.raw.find("\n", start)
        return self.raw[start : end if end >= 0 else len(self.raw)]
