"""The `boilerplate` kind: web residue pasted into a draft, found by phrase, line shape and position.

A paragraph is residue when a rule's pattern matches it *and* it has the shape of page furniture:
short, with no reporting cue ("said", "according to"), and, for rules that ask, not a full
sentence or not in the body of the draft. Reporting that merely mentions a privacy policy or a
newsletter is a long sentence with a cue, so it stays quiet.

A rule that names a `furniture_class` also reports the paragraphs the furniture model
(`attrlint/furniture.py`) finds to be page furniture of that class, in whatever wording.

This module is the kind: its options, and which paragraphs a rule reports, with their fixes. What
it reads of each paragraph is in `paragraph_facts.py`, the search of a rule's phrases in
`phrase_search.py`, the body copy and the article's own paragraphs in `body_copy.py`, the furniture
model's verdicts in `furniture_verdicts.py`, furniture lines stacked under a line of the story in
`joined_lines.py` and double pastes in `repeated_paragraphs.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator

from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.errors import RuleError
from attrlint.finding import Edit, Fix
from attrlint.furniture import FURNITURE_SETTINGS, FurnitureError, parse_vocabulary, weight_entry
from attrlint.kinds.base import (
    REGEX_TIMEOUT,
    WHOLE_WORD,
    Hit,
    Kind,
    Option,
    RegexBudget,
    compile_alternatives,
    compile_regex,
)
from attrlint.kinds.body_copy import PROSE_WORDS, article_parts, edges_by_cues, model_of
from attrlint.kinds.furniture_verdicts import furniture_verdicts
from attrlint.kinds.joined_lines import FurnitureLine, joined_furniture
from attrlint.kinds.paragraph_facts import full_sentences, paragraph_texts, paragraph_word_counts, preview, word_count
from attrlint.kinds.phrase_search import PhraseSearch
from attrlint.kinds.repeated_paragraphs import pasted_runs
from attrlint.yamlfile import Where

# A longer line the furniture model finds is reported without a fix: its verdict is a score, and a
# sentence of reporting run together with residue must not be deleted with it.
_MODEL_FIX_WORDS = 12


class Boilerplate(Kind):
    name = "boilerplate"
    summary = "Flags web residue: prompts, ads, legal lines and repeated paragraphs."
    placeholders = frozenset({"first_line"})
    options = {
        "patterns": Option("list", [], "Regexes, searched in each paragraph, that name the residue.", regexes=True),
        "unless": Option("list", [], "Regexes that clear a paragraph another rule reports better.", regexes=True),
        "max_words": Option("int", 20, "A longer paragraph is reporting, not residue."),
        "reporting_cues": Option("list", [], "Regexes (whole-word, any case) that mark a paragraph as reporting."),
        "speech_cues": Option(
            "list",
            [],
            "Regexes (whole-word, any case), as `reporting_cues`: verbs of speech that give a line to a speaker"
            " beside them (the learned cues).",
        ),
        "fragments_only": Option("bool", False, "Skip paragraphs that read as full sentences."),
        "position": Option("str", "anywhere", "Where residue may stand.", ("anywhere", "edges")),
        "repeated": Option("bool", False, "Flag a paragraph that repeats an earlier one instead."),
        "min_words": Option("int", 8, "With `repeated`: shortest paragraph to compare."),
        "min_words_alone": Option("int", 30, "With `repeated`: shortest lone, non-adjacent repeat to flag."),
        "cues_clear": Option("bool", True, "Whether a reporting cue clears a paragraph the patterns name."),
        "furniture_class": Option("str", "", "The page-furniture class this rule reports from the furniture model."),
        "furniture_vocabulary": Option("list", [], "`class: regex` entries naming page furniture.", extends=True),
        "furniture_shapes": Option(
            "list", [], "`shape: regex` entries: shapes of page furniture the model weighs.", extends=True
        ),
        "furniture_weights": Option(
            "list", [], "`name number` entries: the furniture model's weights.", extends=True, entry=weight_entry
        ),
        "function_words": Option("list", [], "Words common in prose, rare in page furniture.", extends=True),
        "finite_verbs": Option("list", [], "Verb forms that make a line a sentence.", extends=True),
        "reader_words": Option("list", [], "Words that address the reader, as page furniture does.", extends=True),
        "imperative_verbs": Option(
            "list", [], "Verbs that open a prompt to the reader ('Save', 'Sign').", extends=True
        ),
        "caption_classes": Option(
            "list", [], "Furniture classes of captions, which use the story's words as its own lines do.", extends=True
        ),
        "teaser_labels": Option(
            "list", [], "Labels that open another story's teaser ('Comment:'), not a headline.", extends=True
        ),
        "story_pronouns": Option(
            "list", [], "Pronouns that, opening a sentence, refer back to the story ('They').", extends=True
        ),
        "second_person_words": Option(
            "list", [], "Words that speak to the reader wherever they stand ('your').", extends=True
        ),
        "tagline_classes": Option(
            "list", [], "Furniture classes a writer's contact tagline names ('Contact ...').", extends=True
        ),
        "writer_roles": Option(
            "list", [], "Nouns a contact tagline names its writer by ('Contact the reporter at ...').", extends=True
        ),
        "headline_openers": Option(
            "list", [], "Words that open a headline's question or explainer ('Why', 'How').", extends=True
        ),
        "writer_pronouns": Option(
            "list", [], "The first person singular, a reviewer's or a columnist's ('I', 'my', 'me').", extends=True
        ),
    }
    fixes = True
    settings = FURNITURE_SETTINGS  # one furniture model for every rule, from all their lexicons and patterns

    def __init__(self, options: dict[str, object], where: Where, at: tuple = ()) -> None:
        super().__init__(options, where, at)
        if not options["patterns"] and not options["repeated"] and not options["furniture_class"]:
            raise where.error(
                RuleError, "a boilerplate rule needs 'patterns', 'furniture_class' or 'repeated: true'", *at
            )
        patterns = compile_alternatives(options["patterns"], where, (*at, "patterns"), one_line=True)
        clearing = compile_alternatives(options["unless"], where, (*at, "unless"), one_line=True)
        cues = "|".join(options["reporting_cues"])
        self.cues = compile_regex(WHOLE_WORD.format(cues), where, *at, "reporting_cues") if cues else None
        if self.cues and options["cues_clear"]:
            clearing.append(self.cues)  # a reporting cue clears a paragraph too
        speech = "|".join(options["speech_cues"])  # regexes, as the reporting cues are
        self.speech = compile_regex(WHOLE_WORD.format(speech), where, *at, "speech_cues") if speech else self.cues
        self.phrases = PhraseSearch(patterns, clearing, frozenset(options["patterns"]))
        self._check_furniture(options, where, at)

    @staticmethod
    def _check_furniture(options: dict[str, object], where: Where, at: tuple) -> None:
        """Raise RuleError, where it is written, for a furniture lexicon entry the model cannot read
        (the model itself is made from every rule's lexicons together, as analysis settings)."""
        try:
            vocabulary = parse_vocabulary(options["furniture_vocabulary"])
        except FurnitureError as err:
            raise where.error(RuleError, str(err), *at, "furniture_vocabulary") from None
        try:
            shapes = parse_vocabulary(options["furniture_shapes"])
        except FurnitureError as err:
            raise where.error(RuleError, str(err), *at, "furniture_shapes") from None
        for number, (_, pattern) in enumerate(shapes):
            compile_regex(pattern, where, *at, "furniture_shapes", number)
        if options["furniture_class"] and options["furniture_class"] not in {name for name, _ in vocabulary}:
            problem = f"furniture_class '{options['furniture_class']}' names no class of furniture_vocabulary"
            raise where.error(RuleError, problem, *at, "furniture_class")
        for number, (_, pattern) in enumerate(vocabulary):
            compile_regex(pattern, where, *at, "furniture_vocabulary", number)

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        counts = analyses.derived(paragraph_word_counts)
        if self.opts["repeated"]:
            yield from self._repeats(doc, counts)
            return
        joined = analyses.derived(joined_furniture, analyses) if self.opts["furniture_class"] else {}
        lines = list(self._joined_hits(doc, analyses, joined))
        yield from (hit for _, hit in lines)
        furniture = self._furniture_verdicts(analyses)
        yield from self._furniture_hits(doc, analyses, furniture, joined.keys())
        yield from self._phrase_hits(doc, analyses, furniture, {index for index, _ in lines})

    def _furniture_verdicts(self, analyses: Analyses) -> dict[int, str]:
        """The furniture model's verdicts on the draft, for a rule that names a `furniture_class`."""
        if not self.opts["furniture_class"]:
            return {}
        return analyses.derived(furniture_verdicts, analyses.combined(model_of), analyses)

    def _joined_hits(
        self, doc: Document, analyses: Analyses, joined: dict[int, list[FurnitureLine]]
    ) -> Iterator[tuple[int, Hit]]:
        """The lines of joined paragraphs (`joined_lines.py`) the furniture model finds to be of this rule's
        class, or that it leaves to this rule's phrases, except the article's own, each with its paragraph's
        index. A line is deleted only where it opens and closes where a sentence does."""
        budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))
        for index, lines in joined.items():
            for line in lines:
                if line.claimed:
                    with budget as timeout:
                        mine = self.phrases.names(line.text, timeout)
                else:
                    mine = line.furniture_class == self.opts["furniture_class"]
                if mine and not self._line_own(doc, analyses, index, line):
                    whole = line.whole and word_count(line.text) <= _MODEL_FIX_WORDS
                    fix = deletion(doc, line.start, line.end) if whole else None
                    yield index, Hit(line.start, line.end, {"match": preview(line.text)}, fix=fix)

    def _line_own(self, doc: Document, analyses: Analyses, index: int, line: FurnitureLine) -> bool:
        """Whether a line read alone is the article's own (`ArticleParts.owns_line`), speech read under this
        rule's speech cues where its reporting cues clear what it names."""
        cue = self.speech if self.cues is not None and self.opts["cues_clear"] else None
        first = not doc.text[: line.start].strip()
        return analyses.derived(article_parts, analyses).owns_line(
            index, line.text, (first, line.head, line.display), cue
        )

    def _furniture_hits(
        self, doc: Document, analyses: Analyses, furniture: dict[int, str], joined: Collection[int]
    ) -> Iterator[Hit]:
        """The paragraphs the furniture model finds to be of this rule's class, except the article's own and
        those read line by line."""
        counts, texts = analyses.derived(paragraph_word_counts), analyses.derived(paragraph_texts)
        mine = {index for index, found in furniture.items() if found == self.opts["furniture_class"]} - set(joined)
        for index in sorted(mine):
            if self._articles_own(index, analyses):
                continue
            start, end = doc.paragraphs[index]
            fix = deletion(doc, start, end) if counts[index] <= _MODEL_FIX_WORDS else None
            yield Hit(start, end, {"match": preview(texts[index])}, fix=fix)

    def _phrase_hits(
        self, doc: Document, analyses: Analyses, furniture: dict[int, str], joined: Collection[int]
    ) -> Iterator[Hit]:
        """The paragraphs this rule's phrases name, except the article's own and those (`joined`) it reports
        lines of; a long one gets no fix."""
        counts, texts = analyses.derived(paragraph_word_counts), analyses.derived(paragraph_texts)
        skipped = self._skipped(analyses, furniture)
        for index in self.phrases.named_paragraphs(doc, analyses, lambda index: index in joined or skipped(index)):
            if not self._articles_own(index, analyses):
                start, end = doc.paragraphs[index]
                fix = deletion(doc, start, end) if counts[index] < PROSE_WORDS else None  # prose may be run in
                yield Hit(start, end, {"match": preview(texts[index])}, fix=fix)

    def _articles_own(self, index: int, analyses: Analyses) -> bool:
        """Whether a paragraph is the article's own (worked out once per draft, where a rule has a hit), or
        speech the story reports, where this rule's reporting cues clear what it names. Speech is read under
        the rule's `speech_cues` (the pack's: every verb of speech the learned cues hold, since a speaker must
        stand beside the cue), or its reporting cues where it has none."""
        parts = analyses.derived(article_parts, analyses)
        if index in parts:
            return True
        return self.cues is not None and self.opts["cues_clear"] and parts.reports_speech(index, self.speech)

    def _skipped(self, analyses: Analyses, furniture: dict[int, str]) -> Callable[[int], bool]:
        """Whether a paragraph is ruled out before its phrases are searched: the model's (one finding a
        line), too long, inside the body copy for a rule of the edges, or a full sentence for one of fragments."""
        counts, max_words = analyses.derived(paragraph_word_counts), self.opts["max_words"]
        cues = self.cues.pattern if self.cues else None
        edges = analyses.derived(edges_by_cues, cues, analyses) if self.opts["position"] == "edges" else None
        full = analyses.combined(full_sentences) if self.opts["fragments_only"] else None

        def skipped(index: int) -> bool:
            return (
                index in furniture
                or counts[index] > max_words
                or (edges is not None and index not in edges)
                or bool(full and full[index])
            )

        return skipped

    def _repeats(self, doc: Document, counts: list[int]) -> Iterator[Hit]:
        """One hit, with its deletion, per run of repeated paragraphs that looks like a double paste."""
        for paste in pasted_runs(doc, counts, self.opts["min_words"], self.opts["min_words_alone"]):
            start, end = doc.paragraphs[paste.first][0], doc.paragraphs[paste.last][1]
            first_line, _ = doc.position(doc.paragraphs[paste.source][0])
            values = {"match": preview(doc.text[start:end]), "first_line": str(first_line)}
            yield Hit(start, end, values, fix=deletion(doc, start, end))


def deletion(doc: Document, span_start: int, span_end: int) -> Fix | None:
    """Delete the whole lines of a span, with one blank line beside them, so no double blank line is left.

    A following blank line goes with them where a blank line (or the start of the text) comes
    before; at the end of the text the blank line before goes instead. Lines holding anything
    besides the span, or anything masked (an HTML comment, code, front matter), are left alone.
    """
    first, _ = doc.position(span_start)
    last, _ = doc.position(span_end)
    start, end = doc.line_starts[first - 1], _line_end(doc, last)
    lines = doc.raw[start:end]
    if lines != doc.text[start:end] or lines.strip() != doc.raw[span_start:span_end].strip() or not lines.strip():
        return None
    blank_before = first == 1 or _is_blank(doc, first - 1)
    if blank_before and _is_blank(doc, last + 1):
        end = _line_end(doc, last + 1)
    elif end == len(doc.raw) and first > 1 and _is_blank(doc, first - 1):
        start = doc.line_starts[first - 2]
    if end == len(doc.raw) and not doc.raw.endswith("\n") and start > 0:
        start -= 1  # the text had no final newline: take the one before, not leave one behind
    return Fix((Edit(start, end, ""),))


def _line_end(doc: Document, line: int) -> int:
    """The offset just past a 1-based line's newline (the end of the text for the last line)."""
    return doc.line_starts[line] if line < len(doc.line_starts) else len(doc.raw)


def _is_blank(doc: Document, line: int) -> bool:
    """True for a real line (not the empty one after a final newline) holding only whitespace."""
    if not 1 <= line <= len(doc.line_starts):
        return False
    start = doc.line_starts[line - 1]
    return start < len(doc.raw) and not doc.raw[start : _line_end(doc, line)].strip()
