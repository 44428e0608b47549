"""The text a reader sees in an HTML export or a Word document, each offset mapped back to the file.

An HTML export and a Word document are read as one paragraph for each block, and every offset of
that text is mapped back to the file: a finding in an HTML file names the line and column of the
source, and one in a Word document names the paragraph (its `line` is the paragraph's number, and
the message says so). attrlint does not fix these files: a fix would have to be written back into
markup or a zip archive, so an extracted draft keeps no bytes to write.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser

from attrlint.document import Document, line_starts
from attrlint.errors import InputError

MAX_UNZIPPED = 100_000_000  # a Word draft's XML unpacked: past this it is not a draft but a zip bomb

# Elements whose text no reader of the article sees as copy: code, styling, page navigation.
_HIDDEN = frozenset("script style noscript template head nav svg iframe object button select".split())
# Elements that start and end a paragraph of their own.
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article aside header footer main figure "
    "figcaption table tr td th dt dd dl pre address hr caption".split()
)
_WORD_OR_SPACE = re.compile(r"\S+|\s+")


@dataclass(eq=False)
class ExtractedDocument(Document):
    """A draft whose text was extracted from a file of another format.

    `raw` is the extracted text the rules read; `source` is the file's text as the positions name
    it, and `offsets[i]` is where character i of `raw` stands in `source`.
    """

    source: str = ""
    offsets: array = field(default_factory=lambda: array("q"), repr=False)
    unit: str = "line"  # what a finding's line number counts in `source`

    @cached_property
    def source_starts(self) -> list[int]:
        return line_starts(self.source)

    def found_at(self, offset: int) -> tuple[int, int]:
        return self._source_position(self.offsets[offset] if offset < len(self.offsets) else len(self.source))

    def found_until(self, offset: int) -> tuple[int, int]:
        """The end of a span: just after its last character in the source (markup after it is not the span's)."""
        return self._source_position(self.offsets[offset - 1] + 1 if offset > 0 else 0)

    def _source_position(self, source_offset: int) -> tuple[int, int]:
        index = bisect_right(self.source_starts, source_offset) - 1
        return index + 1, source_offset - self.source_starts[index] + 1

    def line_text(self, line: int) -> str:
        """A line of the source, as a finding names it."""
        return self.source.split("\n", line)[line - 1] if line <= len(self.source_starts) else ""

    def note_on(self, line: int) -> str:
        return f" (paragraph {line} of the Word document)" if self.unit == "paragraph" else ""


class _Builder:
    """Extracted text, paragraph by paragraph, with the source offset of each character."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets = array("q")
        self.open = False  # the current paragraph has text
        self.space_at: int | None = None  # a space is owed before the next word, from this offset

    def add_text(self, text: str, at: int, spread: bool = True) -> None:
        """Text found at source offset `at`: each character at its own offset (`spread`), or all at
        `at` (a character reference). A run of whitespace is one space, and none at a paragraph's edge."""
        for match in _WORD_OR_SPACE.finditer(text):
            if match.group()[0].isspace():
                if self.open and self.space_at is None:
                    self.space_at = at + (match.start() if spread else 0)
                continue
            self._owed_space()
            self.parts.append(match.group())
            where = range(at + match.start(), at + match.end()) if spread else [at] * (match.end() - match.start())
            self.offsets.extend(where)
            self.open = True

    def _owed_space(self) -> None:
        if self.space_at is not None and self.open:
            self.parts.append(" ")
            self.offsets.append(self.space_at)
        self.space_at = None

    def end_paragraph(self, at: int) -> None:
        if self.open:
            self.parts.append("\n\n")
            self.offsets.extend((at, at))
        self.open, self.space_at = False, None

    def text(self) -> str:
        return "".join(self.parts)


class _HtmlText(HTMLParser):
    """The text of an HTML file's blocks, hidden elements left out, with source offsets."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.starts = line_starts(source)
        self.built = _Builder()
        self.hidden: list[str] = []

    def _here(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _HIDDEN:
            self.hidden.append(tag)
        elif tag in _BLOCKS:
            self.built.end_paragraph(self._here())
        elif tag == "br" and not self.hidden:
            self.built.add_text(" ", self._here())

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and tag in self.hidden:
            del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag) :]
        elif tag in _BLOCKS:
            self.built.end_paragraph(self._here())

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.built.add_text(data, self._here())

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, written: str) -> None:
        if not self.hidden:
            self.built.add_text(html.unescape(written), self._here(), spread=False)


def html_document(path: str, source: str) -> ExtractedDocument:
    """An HTML export as the text of its blocks; positions name the source's lines and columns."""
    parser = _HtmlText(source)
    parser.feed(source)
    parser.close()
    parser.built.end_paragraph(len(source))
    return ExtractedDocument(path, parser.built.text(), source=source, offsets=parser.built.offsets)


def word_document(path: str, data: bytes) -> ExtractedDocument:
    """A Word document's paragraphs, one to a line of `source`, so a finding's line is its paragraph."""
    paragraphs = word_paragraphs(path, data)
    source = "\n".join(paragraphs)
    built = _Builder()
    start = 0
    for text in paragraphs:
        built.add_text(text, start)
        built.end_paragraph(start + len(text))
        start += len(text) + 1
    return ExtractedDocument(path, built.text(), source=source, offsets=built.offsets, unit="paragraph")


def word_paragraphs(path: str, data: bytes) -> list[str]:
    """The text of each paragraph of a .docx file (InputError when it is not one, or python-docx is missing)."""
    try:
        import docx
    except ImportError:
        raise InputError("reading Word documents needs the docx extra: pip install 'attrlint[docx]'", path) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(item.file_size for item in archive.infolist()) > MAX_UNZIPPED:
                raise InputError("not checked: the Word document unpacks to more than 100 MB", path)
        return [" ".join(p.text.splitlines()) for p in docx.Document(io.BytesIO(data)).paragraphs]
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise InputError(f"not a Word document that can be read ({err})", path) from None
