"""Where a draft's body copy stands, and which paragraphs are the article's own though they name
page furniture, as the boilerplate rules and the furniture model read them (once per draft).

The body copy runs from the first to the last paragraph of reporting: long, or holding a reporting
cue. The article's own headline, subhead and quoted posts are read by `attrlint/article_parts.py`, the speech
it reports by `attrlint/furniture_speech.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from attrlint.analyses import Analyses
from attrlint.article_parts import (
    advises_under_its_question,
    asks_its_section,
    contact_tagline,
    echoes_body,
    headline_indexes,
    heads_a_section_on_its_topic,
    heads_its_section,
    heads_writers_section,
    in_heading_series,
    in_introduced_list,
    labels_a_statement,
    leads_its_story,
    media_headline,
    narrates,
    plain_furniture,
    plain_lines,
    plain_statement,
    plain_subheads,
    quoted_post_indexes,
    reads_as_headline,
    reads_as_prompt,
    refers_back,
    reports_in_the_body,
    shared_byline,
    story_sentence,
    titles_the_draft,
)
from attrlint.article_sections import (
    colon_section_heads,
    figures_line,
    headings_among_entries,
    heads_labelled_rows,
    heads_story_row,
    in_field_rows,
    in_table,
    introduced_runs,
    story_data_row,
    subhead_between_sections,
    titles_its_section,
    transcript_turns,
)
from attrlint.body_words import BodyWords, body_words
from attrlint.document import Document
from attrlint.furniture import FurnitureModel, furniture_model
from attrlint.furniture_speech import quoted_remark, quotes_in_narration, reported_speech
from attrlint.kinds.base import REGEX_TIMEOUT, WHOLE_WORD, LazyPattern, RegexBudget
from attrlint.kinds.paragraph_facts import paragraph_texts, paragraph_word_counts
from attrlint.multipattern import pattern_set
from attrlint.regex_store import compiled

PROSE_WORDS = 15  # a paragraph this long, or with a reporting cue, is body copy
_HEAD_LINES = 7  # the draft's opening lines read for its headline: six prompts or labels may stand above it


@dataclass(frozen=True)
class Edges:
    """The paragraphs outside the body copy: before its first paragraph and after its last (every
    paragraph, where there is none). Two numbers, not a set of every edge paragraph's index."""

    first_body: int
    last_body: int

    def __contains__(self, index: int) -> bool:
        return not self.first_body <= index <= self.last_body


def edge_paragraphs(doc: Document, cues: regex.Pattern | LazyPattern | None, counts: list[int]) -> Edges:
    """The paragraphs before the first and after the last paragraph of body copy."""
    budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))  # the searches for cues, shared by the rules asking
    engine = pattern_set((cues.pattern,)) if cues is not None else None
    cued: dict[str, bool] = {}  # each distinct short paragraph searched once
    paragraphs = doc.paragraphs

    def is_body(index: int) -> bool:
        if counts[index] >= PROSE_WORDS or cues is None:
            return counts[index] >= PROSE_WORDS
        text = doc.text[paragraphs.starts[index] : paragraphs.ends[index]]
        if text not in cued:
            if not engine.may_match(text):  # one pass of the multi-pattern engine
                cued[text] = False
            else:
                with budget as timeout:
                    cued[text] = cues.search(text, timeout=timeout) is not None
        return cued[text]

    indexes = range(len(doc.paragraphs))
    first = next((index for index in indexes if is_body(index)), None)
    if first is None:
        return Edges(len(doc.paragraphs), -1)
    return Edges(first, next(index for index in reversed(indexes) if is_body(index)))


@lru_cache(maxsize=64)
def _cue_regex(pattern: str) -> regex.Pattern:
    return compiled(pattern, regex.IGNORECASE | regex.MULTILINE)


def edges_by_cues(doc: Document, cues: str | None, analyses: Analyses) -> Edges:
    """The draft's edge paragraphs under a cue regex, found once for every rule (and the furniture
    model) asking with the same cues, whichever rule compiled them."""
    return edge_paragraphs(doc, _cue_regex(cues) if cues else None, analyses.derived(paragraph_word_counts))


def model_of(analyses: Analyses) -> FurnitureModel:
    """The furniture model of the rule set's settings, looked up once per draft."""
    return furniture_model(analyses.settings)


def model_edges(model: FurnitureModel, analyses: Analyses) -> Edges:
    """The edge paragraphs under the furniture model's own reporting cues."""
    cues = WHOLE_WORD.format("|".join(model.cues)) if model.cues else None
    return analyses.derived(edges_by_cues, cues, analyses)


def body_copy_words(analyses: Analyses) -> BodyWords:
    """The words of the draft's paragraphs of body copy (at least `PROSE_WORDS` long), once per draft."""
    texts, counts = analyses.derived(paragraph_texts), analyses.derived(paragraph_word_counts)
    return body_words([text for text, count in zip(texts, counts, strict=True) if count >= PROSE_WORDS])


class ArticleParts:
    """The paragraphs that are the article's own: its headline, subhead and quoted posts, found for
    the whole draft, and the lines made of the body copy's words, set as one of a series of
    headings or as a turn of a transcript, asked paragraph by paragraph (only those a rule would report are
    read)."""

    def __init__(self, doc: Document, analyses: Analyses) -> None:
        self.model, self.texts = analyses.combined(model_of), analyses.derived(paragraph_texts)
        self.words = analyses.combined(body_copy_words)
        self.counts = analyses.derived(paragraph_word_counts)
        edges = model_edges(self.model, analyses)
        first_body = self.first_body = edges.first_body
        self.last_body = edges.last_body
        self.budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))
        with self.budget as timeout:
            headlines = headline_indexes(self.texts, first_body, self.model, self.words, timeout)
        self.headlines = headlines
        self.found = headlines | self.quoted_posts()
        self.echoes: dict[int, bool] = {}
        self.plain: dict | None = None
        self.subheads: set[int] | None = None
        self.section_heads: set[int] | None = None
        self.listed: set[int] | None = None
        self.turns: set[int] | None = None
        self.topic_classes: set[str] | None = None
        self.speech: dict[tuple[int, str], bool] = {}
        self.blocks_out: dict[int, BodyWords] = {}

    def quoted_posts(self) -> set[int]:
        """The paragraphs of the posts the story quotes, but for page furniture on its own set among them
        (an ad label above a post's text)."""
        posts = quoted_post_indexes(self.texts)
        if not posts:
            return posts
        with self.budget as timeout:
            return {index for index in posts if not plain_furniture(self.texts[index], self.model, timeout)}

    def kin(self) -> dict:
        """The draft's short lines that name no furniture, by style, read once where first asked."""
        if self.plain is None:
            with self.budget as timeout:
                self.plain = plain_lines(self.texts, self.model, timeout)
        return self.plain

    def __contains__(self, index: int) -> bool:
        if index in self.found:
            return True
        if index not in self.echoes:
            with self.budget as timeout:
                self.echoes[index] = echoes_body(self.texts[index], self.model, self.words, timeout)
            if not self.echoes[index]:
                series = in_heading_series(self.texts, index, self.kin)
                series = series and not reads_as_prompt(self.texts[index], self.model)
                rows = in_field_rows(self.texts, index) or in_table(self.texts, index) or self.in_transcript(index)
                sections = self.in_sections(index) or self.in_lists(index)
                self.echoes[index] = series or rows or sections or self.in_structure(index)
        return self.echoes[index]

    def reports_speech(self, index: int, cue: regex.Pattern | LazyPattern) -> bool:
        """Whether a line is speech the story reports, under the speech cues of the rule asking (its
        `speech_cues`; a rule whose reporting cues do not clear what it names asks nothing): words given to a
        speaker by a cue, a remark quoted beside its speaker, a sentence quoted inside the narration of who said
        it."""
        key = (index, cue.pattern)
        if key not in self.speech:
            text, display = self.texts[index], index < max(self.first_body, 1)
            with self.budget as timeout:
                self.speech[key] = (
                    reported_speech(text, cue, self.model, display, timeout)
                    or quoted_remark(self.texts, index, cue, self.model, timeout)
                    or quotes_in_narration(text, cue, self.model, display, timeout)
                )
        return self.speech[key]

    def owns_line(self, index: int, text: str, place: tuple[bool, bool, bool], cue: regex.Pattern | None) -> bool:
        """Whether a line of the block at `index`, read line by line (`joined_lines.py`), is the article's own:
        a line of its headline's or quoted posts' block, a line made of the body copy's words, its headline or
        deck, or, under the cue of a rule whose cues clear what it names (None for one whose do not), speech the
        story reports. `place` says whether the line is
        the draft's first, among those `headline_indexes` reads (`FurnitureLine.head`) and above the body copy
        (`FurnitureLine.display`); the block itself is left out of the body copy's words."""
        (first, head, display), words = place, self.words_without(index)
        with self.budget as timeout:
            if index in self.found or echoes_body(text, self.model, words, timeout):
                return True
            if (first or head) and reads_as_headline(text, self.model, first, words, timeout):
                return True
            return cue is not None and (
                reported_speech(text, cue, self.model, display, timeout)
                or quotes_in_narration(text, cue, self.model, display, timeout)
            )

    def words_without(self, index: int) -> BodyWords:
        """The body copy's words with a block read line by line left out: its lines are read against the
        other paragraphs, as paragraphs of their own would be."""
        if index not in self.blocks_out:
            kept = [text for other, text in enumerate(self.texts) if other != index and self.is_body(other)]
            self.blocks_out[index] = body_words(kept) if self.is_body(index) else self.words
        return self.blocks_out[index]

    def in_transcript(self, index: int) -> bool:
        """Whether a paragraph is a turn of a transcript the story sets out (read once where first asked)."""
        if self.turns is None:
            self.turns = transcript_turns(self.texts)
        return index in self.turns

    def in_sections(self, index: int) -> bool:
        """Whether a heading ending in a colon heads one of the draft's own sections (read once where first asked)."""
        if self.section_heads is None:
            with self.budget as timeout:
                self.section_heads = colon_section_heads(self.texts, self.model, self.is_body, timeout)
        return index in self.section_heads

    def in_lists(self, index: int) -> bool:
        """Whether a line is one of the draft's own reference lists, tables set a cell a line, or a heading
        inside a list of entries (read once where first asked)."""
        if self.listed is None:
            with self.budget as timeout:
                runs = introduced_runs(self.texts, self.model, self.is_body, timeout)
                self.listed = runs | headings_among_entries(self.texts, self.model, self.is_body, timeout)
        return index in self.listed

    def in_structure(self, index: int) -> bool:
        """Whether a short line is a subhead of the section under it or between two sections, in a draft
        with another subhead that names no furniture, an item of a list the story introduces, a title over
        the section that discusses it, a statement referring back to the story, a statement narrating the
        furniture it names, a sentence of the story naming a credit's words in passing, the headline of the
        story's own video under its label or a writer's contact tagline (a display line written about its
        subject in the body copy's words is the furniture model's to read, `display_echo`). The draft's first
        line that is no prompt or section label is its headline, about whatever it names, and a fact box's
        line of figures, a row of the story's data set on one line under its label and the heading over it, and
        the heading over a fact box set a row a line, are the story's tables, and a heading in the writer's voice
        over prose ("My comments:") is the writer's own, and so is a statement of the story's under a teaser's
        label (a print story's cross-reference), a paragraph of its reporting inside the body copy that names
        furniture in passing, and its advice to readers under a subhead that asks or explains. A
        subhead on what the headline names, or on what the writer's paragraph under it names, is the
        story's alone, and so is a byline crediting its photographer."""
        with self.budget as timeout:
            subhead = heads_its_section(self.texts, index, self.model, self.is_body, timeout)
            subhead = subhead or subhead_between_sections(
                self.texts, index, self.model, self.words, self.is_body, timeout
            )
            listed = not subhead and in_introduced_list(self.texts, index, self.model, self.words, timeout)
            listed = listed or titles_its_section(self.texts, index, self.model, self.is_body, timeout)
            listed = listed or refers_back(self.texts[index], self.model, timeout)
            inside = self.inside_body(index, timeout)
            listed = listed or (inside and reports_in_the_body(self.texts[index], self.model, timeout))
            listed = listed or (
                index - 1 > self.first_body and advises_under_its_question(self.texts, index, self.model, timeout)
            )
            listed = listed or narrates(self.texts[index], self.model, self.words, timeout)
            listed = listed or labels_a_statement(self.texts[index], self.model, self.words, timeout)
            listed = listed or story_sentence(self.texts[index], self.model, self.words, timeout)
            listed = listed or media_headline(self.texts[index], self.model, self.words, timeout)
            listed = listed or contact_tagline(self.texts[index], self.model, timeout)
            listed = listed or shared_byline(self.texts[index], self.model, timeout)
            listed = listed or titles_the_draft(self.texts, index, self.model, self.words, timeout)
            listed = listed or leads_its_story(self.texts, index, self.model, self.words, self.is_body, timeout)
            listed = listed or asks_its_section(self.texts, index, self.model, self.words, timeout)
            listed = listed or heads_writers_section(self.texts, index, self.model, self.is_body)
            listed = listed or figures_line(self.texts[index], self.model, self.words)
            listed = listed or story_data_row(self.texts, index, self.model, self.words, timeout)
            listed = listed or heads_story_row(self.texts, index, self.model, self.words, timeout)
            listed = listed or heads_labelled_rows(self.texts, index, self.model, timeout)
            topical = not listed and heads_a_section_on_its_topic(
                self.texts, index, self.model, self.words, self.is_body, self.topic, timeout
            )
        among_plain = subhead and any(self.texts[other] != self.texts[index] for other in self.plain_subheads())
        return listed or topical or among_plain

    def topic(self) -> set[str]:
        """The furniture classes the draft's headline names: the first of its opening lines read as the
        article's headline (`headlines`) or as the draft's headline by its place (`titles_the_draft`)."""
        if self.topic_classes is None:
            self.topic_classes = set()
            with self.budget as timeout:
                for index in range(min(len(self.texts), _HEAD_LINES)):
                    if index in self.headlines or titles_the_draft(self.texts, index, self.model, self.words, timeout):
                        self.topic_classes = set(self.model.classes_in(self.texts[index], timeout)[0])
                        break
        return self.topic_classes

    def plain_subheads(self) -> set[int]:
        """The draft's subheads that name no furniture, read once where first asked."""
        if self.subheads is None:
            with self.budget as timeout:
                self.subheads = plain_subheads(self.texts, self.model, self.is_body, timeout)
        return self.subheads

    def is_body(self, index: int) -> bool:
        return self.counts[index] >= PROSE_WORDS

    def inside_body(self, index: int, timeout: float | None = None) -> bool:
        """Whether a paragraph stands inside the body copy, after its first paragraph, with the story going on
        under it: a paragraph of body copy after it, or next a statement naming no furniture (a closing line
        of the story too short to be body copy, "Full operations begin in 2027.")."""
        if index <= self.first_body or index + 1 >= len(self.texts):
            return False
        return index < self.last_body or plain_statement(self.texts[index + 1], self.model, timeout)


def article_parts(doc: Document, analyses: Analyses) -> ArticleParts:
    """The article's own paragraphs (once per draft): they name networks, videos or deals as residue
    does, and no rule reports them."""
    return ArticleParts(doc, analyses)
