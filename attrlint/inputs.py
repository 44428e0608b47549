"""The files a newsroom holds, read as drafts: plain text and Markdown, HTML exports, and Word documents.

Plain text and Markdown are read as they are (`Document.from_file`); HTML exports and Word
documents are read as the text a reader sees, by `attrlint.extract`, imported only for them so
that checking a text draft does not pay for an HTML parser. Word documents need the `docx`
extra (python-docx); a folder picks up `.docx` files only when it is installed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from attrlint.document import Document

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
