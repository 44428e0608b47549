"""Lines of page furniture set one a line under a line of the story, with no blank line between, that the
draft's paragraphs joined as one block of prose (`attrlint/document.py` reads a block of lines of about one
width as hard-wrapped text): the furniture model reads each such line alone, as the page set it.

A block is read line by line only where no break in it runs a sentence on (`runs_on`): a line ending in a
comma or a function word runs on whatever the next line opens with ("... sold to" / "Getty Images, which
..."), and so does one ending no sentence before a line opening in lower case ("... the harbour" / "master
said"). Even then a line is read alone only after a line that ends a sentence or is itself furniture, and a
line is given a fix only where it also closes so: no fix deletes part of a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attrlint.analyses import Analyses
from attrlint.article_parts import MAX_HEAD_PARAGRAPHS
from attrlint.body_words import BodyWords, repeated_texts
from attrlint.document import ENDS_SENTENCE, Document, lines_in
from attrlint.furniture import TOKEN, FurnitureModel
from attrlint.kinds.base import REGEX_TIMEOUT, RegexBudget
from attrlint.kinds.body_copy import PROSE_WORDS, Edges, body_copy_words, model_edges, model_of
from attrlint.kinds.furniture_verdicts import CLAIMED_WORDS, STRUCTURE, Standing, text_features
from attrlint.kinds.paragraph_facts import (
    is_full_sentence,
    paragraph_texts,
    paragraph_word_counts,
    strip_markup,
    word_count,
)

Span = tuple[int, int]


@dataclass(frozen=True)
class FurnitureLine:
    """A line of a joined paragraph that the furniture model finds to be page furniture of `furniture_class` (""
    where only a rule's phrases name it): whether a rule's own phrases are left to judge it (`claimed`, as for a
    paragraph), whether it stands above the body copy (`display`, the block itself left out of the body copy),
    whether among the lines read for the story's headline and deck there (`head`: the body copy opens within the
    draft's first few paragraphs), and whether it may be deleted (`whole`: it opens and closes where a sentence
    does)."""

    start: int
    end: int
    furniture_class: str
    text: str
    claimed: bool
    display: bool
    head: bool
    whole: bool


def runs_on(doc: Document, model: FurnitureModel, line: Span, after: int) -> bool:
    """Whether the break after a line runs a sentence on into the line starting at `after`."""
    start, end = line
    if ENDS_SENTENCE.search(doc.text, start, end):
        return False
    if doc.text[start:end].endswith(","):
        return True
    words = TOKEN.findall(doc.text, start, end)
    return bool(words and words[-1].lower() in model.function_words) or doc.text[after : after + 1].islower()


def set_one_a_line(doc: Document, model: FurnitureModel, lines: Sequence[Span]) -> bool:
    """Whether a block's lines stand one a line, as a page's do: no break runs a sentence on."""
    return not any(runs_on(doc, model, line, after) for line, (after, _) in zip(lines, lines[1:], strict=False))


def first_body_without(index: int, edges: Edges, counts: Sequence[int]) -> int:
    """The first paragraph of body copy, a block read line by line at `index` left out of the body copy."""
    if index != edges.first_body:
        return edges.first_body
    return next((later for later in range(index + 1, len(counts)) if counts[later] >= PROSE_WORDS), len(counts))


def joined_furniture(doc: Document, analyses: Analyses) -> dict[int, list[FurnitureLine]]:
    """Paragraph index -> the lines of it the furniture model or a rule's phrases find, read one by one, for each
    paragraph of several lines set one a line (once per draft). A line is read as a paragraph of its own in the
    block's place would be (`text_features`): outside the body copy or in it, the block itself left out of the
    body copy's words and of where the body copy starts."""
    model: FurnitureModel = analyses.combined(model_of)
    counts, texts = analyses.derived(paragraph_word_counts), analyses.derived(paragraph_texts)
    blocks = {}
    for index, (start, end) in enumerate(doc.paragraphs):
        if counts[index] < 2 or doc.text.find("\n", start, end) < 0 or STRUCTURE.match(doc.text, start):
            continue
        lines = lines_in(doc.text, start, end)
        if len(lines) >= 2 and set_one_a_line(doc, model, lines):
            blocks[index] = lines
    if not blocks:
        return {}
    edges, words = model_edges(model, analyses), analyses.combined(body_copy_words)
    line_texts = {index: [strip_markup(doc.text[start:end]) for start, end in lines] for index, lines in blocks.items()}
    repeated = repeated_texts([*texts, *(text for block in line_texts.values() for text in block)])
    budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))
    found: dict[int, list[FurnitureLine]] = {}
    for index, lines in blocks.items():
        first_body = first_body_without(index, edges, counts)
        display = index < first_body
        head = display and first_body <= MAX_HEAD_PARAGRAPHS
        compared = texts[index] if counts[index] >= PROSE_WORDS else ""  # the block is no body copy of its own
        verdicts: list[tuple[str, bool] | None] = []
        for number, text in enumerate(line_texts[index]):
            opens = number == 0 or verdicts[-1] is not None or ENDS_SENTENCE.search(doc.text, *lines[number - 1])
            standing = Standing(is_full_sentence(text), display or index > edges.last_body, compared, display, "")
            verdicts.append(_line_verdict(text, standing, model, words, repeated, budget) if opens else None)
        for number, ((start, end), verdict) in enumerate(zip(lines, verdicts, strict=True)):
            if verdict is None:
                continue
            closes = number + 1 == len(lines) or verdicts[number + 1] is not None
            whole = closes or bool(ENDS_SENTENCE.search(doc.text, start, end))
            text = line_texts[index][number]
            found.setdefault(index, []).append(
                FurnitureLine(start, end, verdict[0], text, verdict[1], display, head, whole)
            )
    return found


def _line_verdict(
    text: str, standing: Standing, model: FurnitureModel, words: BodyWords, repeated: set[str], budget: RegexBudget
) -> tuple[str, bool] | None:
    """The class a line read alone is furniture of ("" for none), and whether a rule's own phrases are left to
    judge it (a short fragment they name, as `furniture_verdicts` leaves a paragraph to them), or None for a
    line neither the model nor a rule's phrases find (a line either finds is furniture, after which the next
    line is read alone too)."""
    if not 0 < word_count(text) <= model.max_words or STRUCTURE.match(text):
        return None
    with budget as timeout:
        named = model.classes_in(text, timeout)
        values = text_features(text, standing, named, model, words, repeated, timeout) if named[0] else None
        verdict = model.verdict(values) if values is not None else None
        named_by_rule = model.claimed(text, timeout)
    short = word_count(text) <= CLAIMED_WORDS and not standing.full_sentence
    return (verdict or "", short and named_by_rule) if verdict or named_by_rule else None
