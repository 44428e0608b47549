"""The `boilerplate` kind: web residue pasted into a draft, found by phrase, line shape and position.

A paragraph is residue when a rule's pattern matches it *and* it has the shape of page furniture:
short, with no reporting cue ("said", "according to"), and, for rules that ask, not a full
sentence or not in the body of the draft. Reporting that merely mentions a privacy policy or a
newsletter is a long sentence with a cue, so it stays quiet.

A rule that names a `furniture_class` also reports the paragraphs the furniture model
(`attrlint/furniture.py`) finds to be page furniture of that class, in whatever wording.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import regex

from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.errors import RuleError
from attrlint.finding import Edit, Fix
from attrlint.furniture import (
    FURNITURE_SETTINGS,
    Context,
    FurnitureError,
    FurnitureModel,
    Named,
    furniture_model,
    parse_vocabulary,
    parse_weights,
    repeated_texts,
)
from attrlint.kinds.base import (
    REGEX_TIMEOUT,
    WHOLE_WORD,
    Hit,
    Kind,
    LazyPattern,
    Option,
    RegexBudget,
    compile_alternatives,
    compile_regex,
    unit_text,
)
from attrlint.multipattern import TextCandidates, pattern_set
from attrlint.yamlfile import Where

_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
# Markdown around a line of residue: list and quote markers, headings, emphasis, link syntax.
_LEADING_MARKUP = re.compile(r"^(?:\s*(?:[-*+]\s+|\d{1,3}[.)]\s+|#{1,6}\s+|>\s*))*[*_\[\s]*")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|[*_\]]+\s*$")
_STRUCTURE = re.compile(r"[ \t]*(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s)")
_OPENERS = "\"'\u201c\u2018("
_CLOSERS = "\"'\u201d\u2019)"
try:
    from re import _parser as _standard_parser  # the standard library's regex parser, Python 3.11 on
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _standard_parser
_PROSE_WORDS = 15  # a paragraph this long, or with a reporting cue, is body copy
# A longer line the furniture model finds is reported without a fix: its verdict is a score, and a
# sentence of reporting run together with residue must not be deleted with it.
_MODEL_FIX_WORDS = 12
_CLAIMED_WORDS = 20  # a paragraph a rule's phrase names is the rule's to judge up to this length
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
    """Each paragraph on one line without its Markdown markup, made once for all boilerplate rules."""
    return [strip_markup(unit_text(doc.text[start:end])) for start, end in doc.paragraphs]


def full_sentences(analyses: Analyses) -> list[bool]:
    """Whether each paragraph reads as a full sentence, worked out once for the rules that skip those."""
    return [is_full_sentence(text) for text in analyses.derived(paragraph_texts)]


def shortest_match(patterns: list[str]) -> int:
    """The fewest characters any of the patterns can match: a shorter paragraph cannot be residue.

    Measured by the standard library's regex parser; a pattern it cannot read (syntax only the
    `regex` module knows, such as `\\p{L}` or full case folding) counts as matching nothing at all.
    """
    widths = []
    for pattern in patterns:
        try:
            widths.append(_standard_parser.parse(pattern).getwidth()[0])
        except Exception:  # noqa: BLE001 - any pattern the parser cannot read is measured as 0
            return 0
    return min(widths, default=0)


def paragraphs_at_least(analyses: Analyses, length: int) -> Sequence[int]:
    """The indexes of the paragraphs whose one-line text has at least `length` characters, made once
    for the rules of that shortest match: on a draft of a million one-letter paragraphs, most rules
    need search none of them."""
    texts = analyses.derived(paragraph_texts)
    if length <= 0:
        return range(len(texts))
    indexes = array("l", (index for index, text in enumerate(texts) if len(text) >= length))
    return range(len(texts)) if len(indexes) == len(texts) else indexes


def pattern_candidates(analyses: Analyses) -> TextCandidates:
    """Which of every boilerplate rule's patterns may match each paragraph, from one pass of the
    multi-pattern engine, shared by the rules (each confirms its own few with `regex`)."""
    return TextCandidates(pattern_set(analyses.settings.get("patterns", ())), analyses.derived(paragraph_texts))


def _compiled(patterns: list[regex.Pattern | LazyPattern]) -> list[regex.Pattern]:
    return [pattern.compiled if isinstance(pattern, LazyPattern) else pattern for pattern in patterns]


def _found(patterns: list[regex.Pattern], text: str, timeout: float) -> bool:
    return any(pattern.search(text, timeout=timeout) for pattern in patterns)


def _named(patterns: list[tuple[regex.Pattern, int]], text: str, timeout: float) -> bool:
    """Whether a pattern matches the text, searching only those that can match a text so long."""
    length = len(text)
    return any(pattern.search(text, timeout=timeout) for pattern, shortest in patterns if length >= shortest)


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

    def is_body(index: int) -> bool:
        if counts[index] >= _PROSE_WORDS or cues is None:
            return counts[index] >= _PROSE_WORDS
        text = doc.text[slice(*doc.paragraphs[index])]
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
        if 0 < count <= model.max_words and not _STRUCTURE.match(doc.text, start)
    ]
    named = classes_named(model, [texts[index] for index in short], RegexBudget(REGEX_TIMEOUT, len(doc.text)))
    furnished = [index for index in short if named[texts[index]][0]]
    if not furnished:
        return {}
    cues = WHOLE_WORD.format("|".join(model.cues)) if model.cues else None
    full, edges = analyses.combined(full_sentences), analyses.derived(edges_by_cues, cues, analyses)
    repeated = repeated_texts([texts[index] for index in furnished])
    budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))
    features = {}
    for index in furnished:
        text = texts[index]
        context = Context(full[index], index in edges, " ".join(text.lower().split()) in repeated)
        with budget as timeout:
            features[index] = model.features(text, context, timeout, named[text])
    return features


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

    A short paragraph a boilerplate rule's own patterns name is left to that rule, which knows
    better what it is (a copyright line that also names the privacy policy) and when to keep quiet;
    a longer one is the model's, since most rules stop reading before its length.
    """
    texts, counts, verdicts = analyses.derived(paragraph_texts), analyses.derived(paragraph_word_counts), {}
    budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))
    for index, values in furniture_features(doc, model, analyses).items():
        verdict = model.verdict(values)
        if verdict is None:
            continue
        with budget as timeout:
            if counts[index] > _CLAIMED_WORDS or not model.claimed(texts[index], timeout):
                verdicts[index] = verdict
    return verdicts


def _model_of(doc: Document, analyses: Analyses) -> FurnitureModel:
    """The furniture model of the rule set's settings, looked up once per draft."""
    return furniture_model(analyses.settings)


@lru_cache(maxsize=64)
def _cue_regex(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, regex.IGNORECASE | regex.MULTILINE)


def edges_by_cues(doc: Document, cues: str | None, analyses: Analyses) -> Edges:
    """The draft's edge paragraphs under a cue regex, found once for every rule (and the furniture
    model) asking with the same cues, whichever rule compiled them."""
    return edge_paragraphs(doc, _cue_regex(cues) if cues else None, analyses.derived(paragraph_word_counts))


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


class Boilerplate(Kind):
    name = "boilerplate"
    summary = "Flags web residue: prompts, ads, legal lines and repeated paragraphs."
    placeholders = frozenset({"first_line"})
    options = {
        "patterns": Option("list", [], "Regexes, searched in each paragraph, that name the residue.", regexes=True),
        "unless": Option("list", [], "Regexes that clear a paragraph another rule reports better.", regexes=True),
        "max_words": Option("int", 20, "A longer paragraph is reporting, not residue."),
        "reporting_cues": Option("list", [], "Words that mark a paragraph as reporting."),
        "fragments_only": Option("bool", False, "Skip paragraphs that read as full sentences."),
        "position": Option("str", "anywhere", "Where residue may stand.", ("anywhere", "edges")),
        "repeated": Option("bool", False, "Flag a paragraph that repeats an earlier one instead."),
        "min_words": Option("int", 8, "With `repeated`: shortest paragraph to compare."),
        "min_words_alone": Option("int", 30, "With `repeated`: shortest lone, non-adjacent repeat to flag."),
        "cues_clear": Option("bool", True, "Whether a reporting cue clears a paragraph the patterns name."),
        "furniture_class": Option("str", "", "The page-furniture class this rule reports from the furniture model."),
        "furniture_vocabulary": Option("list", [], "`class: regex` entries naming page furniture.", extends=True),
        "furniture_weights": Option("list", [], "`name number` entries: the furniture model's weights.", extends=True),
        "function_words": Option("list", [], "Words common in prose, rare in page furniture.", extends=True),
        "finite_verbs": Option("list", [], "Verb forms that make a line a sentence.", extends=True),
        "reader_words": Option("list", [], "Words that address the reader, as page furniture does.", extends=True),
        "imperative_verbs": Option(
            "list", [], "Verbs that open a prompt to the reader ('Save', 'Sign').", extends=True
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
        self.patterns = compile_alternatives(options["patterns"], where, (*at, "patterns"), one_line=True)
        self.unless = compile_alternatives(options["unless"], where, (*at, "unless"), one_line=True)
        cues = "|".join(options["reporting_cues"])
        self.cues = compile_regex(WHOLE_WORD.format(cues), where, *at, "reporting_cues") if cues else None
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
            parse_weights(options["furniture_weights"])
        except FurnitureError as err:
            raise where.error(RuleError, str(err), *at, "furniture_weights") from None
        if options["furniture_class"] and options["furniture_class"] not in {name for name, _ in vocabulary}:
            problem = f"furniture_class '{options['furniture_class']}' names no class of furniture_vocabulary"
            raise where.error(RuleError, problem, *at, "furniture_class")
        for number, (_, pattern) in enumerate(vocabulary):
            compile_regex(pattern, where, *at, "furniture_vocabulary", number)

    @cached_property
    def shortest(self) -> list[int]:
        """The fewest characters each of `patterns` can match (worked out when first asked)."""
        return [shortest_match([pattern.pattern]) for pattern in self.patterns]

    @cached_property
    def searches(self) -> tuple[list[tuple[regex.Pattern, int]], list[regex.Pattern]]:
        """The patterns, each with its shortest match, and the regexes that clear a paragraph they
        name: compiled when a paragraph first gets so far (in a draft of long paragraphs, none does)."""
        unless = _compiled(self.unless)
        if self.cues and self.opts["cues_clear"]:
            unless += _compiled([self.cues])  # a reporting cue clears a paragraph too
        return list(zip(_compiled(self.patterns), self.shortest, strict=True)), unless

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        counts = analyses.derived(paragraph_word_counts)
        if self.opts["repeated"]:
            yield from self._repeats(doc, counts)
            return
        cues = self.cues.pattern if self.cues else None
        edges = analyses.derived(edges_by_cues, cues, analyses) if self.opts["position"] == "edges" else None
        full = analyses.combined(full_sentences) if self.opts["fragments_only"] else None
        texts = analyses.derived(paragraph_texts)
        model = analyses.derived(_model_of, analyses) if self.opts["furniture_class"] else None
        furniture = analyses.derived(furniture_verdicts, model, analyses) if model else {}
        mine = {index for index, found in furniture.items() if found == self.opts["furniture_class"]}
        for index in sorted(mine):
            start, end = doc.paragraphs[index]
            fix = deletion(doc, start, end) if counts[index] <= _MODEL_FIX_WORDS else None
            yield Hit(start, end, {"match": preview(texts[index])}, fix=fix)
        candidates = analyses.combined(paragraphs_at_least, min(self.shortest, default=0)) if self.patterns else ()
        budget, max_words = RegexBudget(REGEX_TIMEOUT, len(doc.text)), self.opts["max_words"]
        paragraphs, named = doc.paragraphs, {}  # each distinct paragraph text searched once
        own = frozenset(self.opts["patterns"])
        may_match = analyses.combined(pattern_candidates) if self.patterns else None
        prefiltered = may_match is not None and may_match.patterns.covers(own)
        for index in candidates:
            start, end = paragraphs[index]
            if (
                index in furniture  # one finding a line: the model's, where it has one
                or counts[index] > max_words
                or (edges is not None and index not in edges)
                or (full and full[index])
                or (prefiltered and own.isdisjoint(may_match(index)))
            ):
                continue
            text, (patterns, unless) = texts[index], self.searches
            if text not in named:
                with budget as timeout:  # named by the patterns and not reporting
                    named[text] = _named(patterns, text, timeout) and not _found(unless, text, timeout)
            residue = named[text]
            if residue:
                fix = deletion(doc, start, end) if counts[index] < _PROSE_WORDS else None  # prose may be run in
                yield Hit(start, end, {"match": preview(text)}, fix=fix)

    def _repeats(self, doc: Document, counts: list[int]) -> Iterator[Hit]:
        """One hit per run of repeated paragraphs that looks like a double paste.

        A run of two or more repeats, or a repeat right after its original, is a paste; so is a
        single long repeat. A short paragraph repeated far from its original is usually a
        deliberate refrain (a live blog's "It takes 1,237 delegates to win"), and is left alone.
        """
        for run in _runs(_repeat_sources(doc, counts, self.opts["min_words"])):
            first, source = run[0]
            adjacent = len(run) == 1 and source == first - 1
            if len(run) > 1 or adjacent or counts[first] >= self.opts["min_words_alone"]:
                start, end = doc.paragraphs[first][0], doc.paragraphs[run[-1][0]][1]
                first_line, _ = doc.position(doc.paragraphs[source][0])
                values = {"match": preview(doc.text[start:end]), "first_line": str(first_line)}
                yield Hit(start, end, values, fix=deletion(doc, start, end))


def _repeat_sources(doc: Document, counts: list[int], min_words: int) -> dict[int, int]:
    """Index of each paragraph that repeats an earlier one -> index of that earlier one."""
    seen: dict[str, int] = {}
    sources: dict[int, int] = {}
    for index, (start, end) in enumerate(doc.paragraphs):
        if counts[index] < min_words:
            continue
        key = _normalised(doc.text[start:end])
        if key in seen:
            sources[index] = seen[key]
        else:
            seen[key] = index
    return sources


def _runs(sources: dict[int, int]) -> list[list[tuple[int, int]]]:
    """Consecutive repeated paragraphs grouped into runs of (index, source index)."""
    runs: list[list[tuple[int, int]]] = []
    for index in sorted(sources):
        if runs and runs[-1][-1][0] == index - 1:
            runs[-1].append((index, sources[index]))
        else:
            runs.append([(index, sources[index])])
    return runs


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
