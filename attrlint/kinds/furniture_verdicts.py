"""The furniture model's verdicts on a draft's short paragraphs, made once per draft for every
boilerplate rule that names a `furniture_class` (the model itself is `attrlint/furniture.py`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from attrlint.analyses import Analyses
from attrlint.body_words import BodyWords, repeated_texts
from attrlint.document import Document
from attrlint.furniture import Context, FurnitureModel, Named, own_words
from attrlint.kinds.base import REGEX_TIMEOUT, RegexBudget
from attrlint.kinds.body_copy import PROSE_WORDS, Edges, body_copy_words, model_edges
from attrlint.kinds.paragraph_facts import full_sentences, paragraph_texts, paragraph_word_counts

STRUCTURE = re.compile(r"[ \t]*(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s)")
DISPLAY_LINE_WORDS = 8  # the longest line read as a display line (a subhead) where it stands above body copy
_DISPLAY_ECHO_WORDS = 2  # the fewest of a line's own words the body copy must use before its echo counts
CLAIMED_WORDS = 20  # a paragraph a rule's phrase names is the rule's to judge up to this length


def furniture_features(doc: Document, model: FurnitureModel, analyses: Analyses) -> dict[int, dict[str, float]]:
    """The features of each short paragraph that names a class of page furniture, by paragraph index
    (what the model scores, and what `bench/furniture_fit.py` fits the weights on).

    A Markdown heading or list item is the writer's own structure ("## Accessibility" over a
    section): only the rules' phrases judge those.
    """
    counts, texts = analyses.derived(paragraph_word_counts), analyses.derived(paragraph_texts)
    short = [
        index
        for index, (count, (start, _)) in enumerate(zip(counts, doc.paragraphs, strict=True))
        if 0 < count <= model.max_words and not STRUCTURE.match(doc.text, start)
    ]
    named = classes_named(model, [texts[index] for index in short], RegexBudget(REGEX_TIMEOUT, len(doc.text)))
    furnished = [index for index in short if named[texts[index]][0]]
    if not furnished:
        return {}
    full, edges = analyses.combined(full_sentences), model_edges(model, analyses)
    repeated = repeated_texts([texts[index] for index in furnished])
    words = analyses.combined(body_copy_words)
    budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))
    features = {}
    for index in furnished:
        text = texts[index]
        place = display_place(index, counts, edges)
        under = edges.first_body < index and index + 1 < len(texts) and counts[index + 1] >= PROSE_WORDS
        standing = Standing(full[index], index in edges, text, place, texts[index + 1] if under else "")
        with budget as timeout:
            features[index] = text_features(text, standing, named[text], model, words, repeated, timeout)
    return features


@dataclass(frozen=True)
class Standing:
    """Where a paragraph, or a line read as one, stands in the draft: whether it is a full sentence, outside
    the body copy, the text the body copy's words are compared against (its own paragraph's), in a display
    line's place, and the paragraph of body copy under it that its echo leaves out ("" for none)."""

    full_sentence: bool
    edge: bool
    compared: str
    display_place: bool
    under: str


def text_features(
    text: str,
    standing: Standing,
    named: Named,
    model: FurnitureModel,
    words: BodyWords,
    repeated: set[str],
    timeout: float | None = None,
) -> dict[str, float] | None:
    """The features the model scores of one text that names a class of page furniture, where it stands: a
    caption describes the story in its words, which says nothing of it, so it is read as foreign."""
    caption = bool(model.caption_classes.intersection(named[0]))
    own = own_words(text, model, timeout)
    foreign = 1.0 if caption else words.foreign(own, standing.compared)
    folded = " ".join(text.lower().split())
    place = standing.display_place
    echo = display_echo(own, text, standing.under, words) if place and not caption else 0.0
    context = Context(standing.full_sentence, standing.edge, folded in repeated, foreign, place, echo)
    return model.features(text, context, timeout, named)


def display_place(index: int, counts: Sequence[int], edges: Edges) -> bool:
    """Whether a paragraph stands where a story sets its display lines: before its body copy (a headline,
    a deck, a caption over the story) or, a short line, straight above a paragraph of body copy (a subhead)."""
    above_body = index + 1 < len(counts) and counts[index + 1] >= PROSE_WORDS
    return index < edges.first_body or (above_body and counts[index] <= DISPLAY_LINE_WORDS)


def display_echo(own: set[str], text: str, under: str, words: BodyWords) -> float:
    """The share of a line's own words (two or more) that the body copy uses, where it uses two of them or more.
    Inside the body copy the paragraph straight under the line (`under`) is left out: a teaser's deck takes up
    its headline's words, the rest of the page does not; above the body copy a headline's lead may."""
    if len(own) < _DISPLAY_ECHO_WORDS:
        return 0.0
    share = words.echo(own, text, under)
    return share if share * len(own) >= _DISPLAY_ECHO_WORDS else 0.0  # two of the story's words, not one in passing


def classes_named(model: FurnitureModel, texts: Sequence[str], budget: RegexBudget) -> dict[str, Named]:
    """What the vocabulary names in each distinct text, read once per text: a draft of a million
    identical one-letter paragraphs is scanned once, not a million times."""
    named: dict[str, Named] = {}
    for text in texts:
        if text not in named:
            with budget as timeout:
                named[text] = model.classes_in(text, timeout)
    return named


def furniture_verdicts(doc: Document, model: FurnitureModel, analyses: Analyses) -> dict[int, str]:
    """Each short paragraph the furniture model finds to be page furniture -> its class (once per draft).

    A short fragment a boilerplate rule's own patterns name is left to that rule, which knows
    better what it is (a copyright line that also names the privacy policy) and when to keep quiet;
    a longer one is the model's, since most rules stop reading before its length, and so is a full
    sentence, which the rules of fragments never read ("Commenting has been disabled for this post.").
    """
    texts, counts, verdicts = analyses.derived(paragraph_texts), analyses.derived(paragraph_word_counts), {}
    full = analyses.combined(full_sentences)
    budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))
    for index, values in furniture_features(doc, model, analyses).items():
        verdict = model.verdict(values)
        if verdict is None:
            continue
        with budget as timeout:
            if counts[index] > CLAIMED_WORDS or full[index] or not model.claimed(texts[index], timeout):
                verdicts[index] = verdict
    return verdicts
