"""Lines of page furniture set one a line under a line of the story, with no blank line between, that the
draft's paragraphs joined as one block of prose (`attrlint/document.py` reads a block of lines of about one
width as hard-wrapped text): the furniture model reads each such line alone, as the page set it.

A block is read line by line only where no break in it runs a sentence on: every line but the last ends a
sentence, or the line after it opens with a capital, a figure or a mark, as a page's lines do ("... she said." /
"Join the conversation" / "Privacy Policy · Terms"); a hard-wrapped paragraph runs its sentences on in lower
case ("... the harbour" / "master said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.furniture import Context, FurnitureModel, own_words
from attrlint.kinds.base import REGEX_TIMEOUT, RegexBudget
from attrlint.kinds.body_copy import body_copy_words, model_edges, model_of
from attrlint.kinds.paragraph_facts import is_full_sentence, paragraph_word_counts, strip_markup, word_count

_ENDS_SENTENCE = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*\s*$")


@dataclass(frozen=True)
class FurnitureLine:
    """A line of a joined paragraph that the furniture model finds to be page furniture of `found`."""

    start: int
    end: int
    found: str
    text: str


def line_spans(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a paragraph's lines, each without the spaces around it."""
    spans, offset = [], start
    for piece in doc.text[start:end].split("\n"):
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((offset + lead, offset + lead + len(stripped)))
        offset += len(piece) + 1
    return spans


def set_one_a_line(doc: Document, lines: list[tuple[int, int]]) -> bool:
    """Whether a block's lines stand one a line, as a page's do: no break runs a sentence on in lower case."""
    for (start, end), (after, _) in zip(lines, lines[1:], strict=False):
        opens_lower = doc.text[after : after + 1].islower()
        if opens_lower and not _ENDS_SENTENCE.search(doc.text, start, end):
            return False
    return True


def joined_furniture(doc: Document, analyses: Analyses) -> dict[int, list[FurnitureLine]]:
    """Paragraph index -> the lines of it the furniture model finds to be furniture, read one by one, for each
    paragraph of several lines set one a line (once per draft). A line is read in its paragraph's place (outside
    the body copy or in it), against the body copy's words, as a paragraph of its own would be."""
    model: FurnitureModel = analyses.combined(model_of)
    counts = analyses.derived(paragraph_word_counts)
    found: dict[int, list[FurnitureLine]] = {}
    budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))
    for index, (start, end) in enumerate(doc.paragraphs):
        if counts[index] < 2 or doc.text.find("\n", start, end) < 0:
            continue
        lines = line_spans(doc, start, end)
        if len(lines) < 2 or not set_one_a_line(doc, lines):
            continue
        edges, words = model_edges(model, analyses), analyses.combined(body_copy_words)
        for line_start, line_end in lines:
            text = strip_markup(doc.text[line_start:line_end])
            if not 0 < word_count(text) <= model.max_words:
                continue
            with budget as timeout:
                named = model.classes_in(text, timeout)
                if not named[0]:
                    continue
                caption = bool(model.caption_classes.intersection(named[0]))  # as `furniture_features` reads one
                foreign = 1.0 if caption else words.foreign(own_words(text, model, timeout), text)
                context = Context(is_full_sentence(text), index in edges, False, foreign)
                values = model.features(text, context, timeout, named)
            verdict = model.verdict(values) if values is not None else None
            if verdict is not None:
                found.setdefault(index, []).append(FurnitureLine(line_start, line_end, verdict, text))
    return found
