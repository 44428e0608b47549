"""Repetition a writer chose, which the repeated-paragraph rule leaves alone though a paste looks alike.

- A passage **quoted again** to comment on it: introduced as a quotation by new text ending in a colon
  ("It is worth reading her words again:"), set as a block quotation, or set in quotation marks away
  from where it first stood (a blogger quoting a line a second time to answer it).
- **Verse**: the refrain of a song, a poem or a chant, set as short lines (a stanza, or lines on lines
  of their own) in sentence case without a full stop; or a stanza, short lines set one under another,
  some closing a sentence with a stop and some running on to the next line. A double paste repeats
  prose, or a page's headlines in title case.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrlint.article_parts import is_title_case
from attrlint.body_words import folded
from attrlint.document import Document
from attrlint.furniture import CLOSING, OPENING_MARKS, TOKEN, introduces

_VERSE_LINE_WORDS = 12
_STANZA_LINE_CHARS = 60  # a stanza's lines are shorter than prose wrapped at a fixed width
_STANZA_REACH = 12  # the lines read each way from a line to find its stanza
_CLOSING_MARKS = ("\u201d", '"', "\u00bb", "\u2019", "'")


def repeated_on_purpose(doc: Document, run: Sequence[int], firsts: dict[str, int]) -> bool:
    """Whether a run of repeated paragraphs is repeated on purpose: quoted again (introduced as a
    quotation by new text just before it, block-quoted, or a quotation set apart from where it first
    stood) or a refrain of verse. `firsts` is `first_indexes(doc)`."""
    before = run[0] - 1
    introduction = _paragraph(doc, before) if before >= 0 else ""
    if introduces(introduction) and firsts[folded(introduction)] == before:
        return True  # new text introducing it, not a line pasted with it
    texts = [_paragraph(doc, index) for index in run]
    if all(text.lstrip().startswith(">") or in_verse(doc, index) for index, text in zip(run, texts, strict=True)):
        return True
    source = firsts[folded(texts[0])]
    return verse_lines(texts) or (source < before and quotation(texts))


def quotation(texts: Sequence[str]) -> bool:
    """Paragraphs that are one quotation: each opens with a quotation mark (as a quotation running over
    paragraphs does) and the last closes with one, with no words of narration after it."""
    return all(text.lstrip().startswith(OPENING_MARKS) for text in texts) and texts[-1].rstrip().endswith(
        _CLOSING_MARKS
    )


def verse_lines(texts: Sequence[str]) -> bool:
    """Paragraphs that hold two or more lines of verse between them: short lines without a full stop, not
    in title case (a page's list of headlines is)."""
    lines = [line for text in texts for line in text.strip().splitlines() if line.strip()]
    return len(lines) >= 2 and all(_verse_line(line) for line in lines)


def _verse_line(line: str) -> bool:
    tokens = TOKEN.findall(line)
    return (
        1 <= len(tokens) <= _VERSE_LINE_WORDS and not line.rstrip(CLOSING).endswith(".") and not is_title_case(tokens)
    )


def first_indexes(doc: Document) -> dict[str, int]:
    """Each paragraph's text (folded) -> the index of the paragraph where it first stands."""
    firsts: dict[str, int] = {}
    for index in range(len(doc.paragraphs)):
        firsts.setdefault(folded(_paragraph(doc, index)), index)
    return firsts


def in_verse(doc: Document, index: int) -> bool:
    """A short line without a full stop, set on the line next to another such line, or a line of a stanza
    (`_in_stanza`): a line of verse."""
    if _short_line(_paragraph(doc, index)) and any(
        0 <= other < len(doc.paragraphs)
        and _on_next_line(doc, min(index, other))
        and _short_line(_paragraph(doc, other))
        for other in (index - 1, index + 1)
    ):
        return True
    return _in_stanza(doc, index)


def _in_stanza(doc: Document, index: int) -> bool:
    """Whether a line stands in a stanza: two or more lines of verse's length set one under another, not
    in title case, at least one of them running on with no full stop (a sentence sung over lines). Prose
    set a sentence a line closes every line; prose wrapped at a fixed width has longer lines. The stanza is
    read at most `_STANZA_REACH` lines each way, so that a draft of thousands of short lines costs in
    proportion to its length."""
    if not _stanza_line(_paragraph(doc, index)):
        return False
    first, last = index, index
    while (
        first > max(0, index - _STANZA_REACH)
        and _on_next_line(doc, first - 1)
        and _stanza_line(_paragraph(doc, first - 1))
    ):
        first -= 1
    while (
        last + 1 < min(len(doc.paragraphs), index + _STANZA_REACH + 1)
        and _on_next_line(doc, last)
        and _stanza_line(_paragraph(doc, last + 1))
    ):
        last += 1
    lines = [_paragraph(doc, other) for other in range(first, last + 1)]
    return len(lines) >= 2 and any(_short_line(line) for line in lines)


def _stanza_line(text: str) -> bool:
    """A line of a stanza's length, with or without a full stop, not in title case."""
    tokens = TOKEN.findall(text)
    return (
        "\n" not in text.strip()
        and 1 <= len(tokens) <= _VERSE_LINE_WORDS
        and len(text.strip()) <= _STANZA_LINE_CHARS
        and not is_title_case(tokens)
    )


def _paragraph(doc: Document, index: int) -> str:
    return doc.text[slice(*doc.paragraphs[index])]


def _on_next_line(doc: Document, index: int) -> bool:
    """Whether paragraph `index + 1` starts on the line after paragraph `index` ends (no blank line between)."""
    return doc.text.count("\n", doc.paragraphs[index][1], doc.paragraphs[index + 1][0]) <= 1


def _short_line(text: str) -> bool:
    return (
        "\n" not in text.strip()
        and len(TOKEN.findall(text)) <= _VERSE_LINE_WORDS
        and not text.rstrip(CLOSING).endswith(".")
    )
