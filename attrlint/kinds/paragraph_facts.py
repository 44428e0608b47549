"""What the boilerplate rules and the furniture model read of each paragraph, made once per draft:
its one-line text without Markdown markup, its word count, and whether it reads as a full sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.kinds.base import unit_text

_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
# Markdown around a line of residue: list and quote markers, headings, emphasis, link syntax.
_LEADING_MARKUP = re.compile(r"^(?:\s*(?:[-*+]\s+|\d{1,3}[.)]\s+|#{1,6}\s+|>\s*))*[*_\[\s]*")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|[*_\]]+\s*$")
_OPENERS = "\"'\u201c\u2018("
_CLOSERS = "\"'\u201d\u2019)"
_PREVIEW = 60


def strip_markup(text: str) -> str:
    """A paragraph without its Markdown markup, so `^Advertisement$` matches `**Advertisement**`."""
    return _LINK_TARGET.sub("", _LEADING_MARKUP.sub("", text, count=1))


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def is_full_sentence(text: str) -> bool:
    """Capitalised, four words or more with a lowercase one, ending in . ! or ?: prose, not a link."""
    core = text.strip().lstrip(_OPENERS).rstrip(_CLOSERS)
    return (
        core[:1].isupper()
        and core[-1:] in (".", "!", "?")
        and any(ch.islower() for ch in core)
        and len(core.split()) >= 4
    )


def preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "\u2026"


def paragraph_word_counts(doc: Document) -> list[int]:
    """Words in each paragraph, counted once per document for all boilerplate rules."""
    return [word_count(doc.text[start:end]) for start, end in doc.paragraphs]


def paragraph_texts(doc: Document) -> list[str]:
    """Each paragraph on one line without its Markdown markup, made once for all boilerplate rules.
    Equal texts are one string: a draft of three million one-letter paragraphs held 160 MB of copies."""
    texts: dict[str, str] = {}
    return [texts.setdefault(text, text) for text in _stripped(doc)]


def _stripped(doc: Document) -> Iterator[str]:
    return (strip_markup(unit_text(doc.text[start:end])) for start, end in doc.paragraphs)


def full_sentences(analyses: Analyses) -> list[bool]:
    """Whether each paragraph reads as a full sentence, worked out once for the rules that skip those."""
    return [is_full_sentence(text) for text in analyses.derived(paragraph_texts)]
