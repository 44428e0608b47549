"""The `boilerplate` kind: web residue pasted into a draft, found by phrase, line shape and position.

A paragraph is residue when a rule's pattern matches it *and* it has the shape of page furniture:
short, with no reporting cue ("said", "according to"), and, for rules that ask, not a full
sentence or not in the body of the draft. Reporting that merely mentions a privacy policy or a
newsletter is a long sentence with a cue, so it stays quiet.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

import regex

from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.errors import RuleError
from attrlint.finding import Edit, Fix
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
from attrlint.yamlfile import Where

_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
# Markdown around a line of residue: list and quote markers, headings, emphasis, link syntax.
_LEADING_MARKUP = re.compile(r"^(?:\s*(?:[-*+]\s+|\d{1,3}[.)]\s+|#{1,6}\s+|>\s*))*[*_\[\s]*")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|[*_\]]+\s*$")
_OPENERS = "\"'\u201c\u2018("
_CLOSERS = "\"'\u201d\u2019)"
try:
    from re import _parser as _standard_parser  # the standard library's regex parser, Python 3.11 on
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _standard_parser
_PROSE_WORDS = 15  # a paragraph this long, or with a reporting cue, is body copy
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


def edge_paragraphs(analyses: Analyses, cues: regex.Pattern | LazyPattern | None) -> Edges:
    """The paragraphs before the first and after the last paragraph of body copy."""
    doc, counts = analyses.doc, analyses.derived(paragraph_word_counts)
    budget = RegexBudget(REGEX_TIMEOUT, len(doc.text))  # the searches for cues, shared by the rules asking

    def is_body(index: int) -> bool:
        if counts[index] >= _PROSE_WORDS or cues is None:
            return counts[index] >= _PROSE_WORDS
        with budget as timeout:
            return cues.search(doc.text, *doc.paragraphs[index], timeout=timeout) is not None

    indexes = range(len(doc.paragraphs))
    first = next((index for index in indexes if is_body(index)), None)
    if first is None:
        return Edges(len(doc.paragraphs), -1)
    return Edges(first, next(index for index in reversed(indexes) if is_body(index)))


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
    }
    fixes = True

    def __init__(self, options: dict[str, object], where: Where, at: tuple = ()) -> None:
        super().__init__(options, where, at)
        if not options["patterns"] and not options["repeated"]:
            raise where.error(RuleError, "a boilerplate rule needs 'patterns' or 'repeated: true'", *at)
        self.patterns = compile_alternatives(options["patterns"], where, (*at, "patterns"), one_line=True)
        self.unless = compile_alternatives(options["unless"], where, (*at, "unless"), one_line=True)
        cues = "|".join(options["reporting_cues"])
        self.cues = compile_regex(WHOLE_WORD.format(cues), where, *at, "reporting_cues") if cues else None

    @cached_property
    def shortest(self) -> list[int]:
        """The fewest characters each of `patterns` can match (worked out when first asked)."""
        return [shortest_match([pattern.pattern]) for pattern in self.patterns]

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        counts = analyses.derived(paragraph_word_counts)
        if self.opts["repeated"]:
            yield from self._repeats(doc, counts)
            return
        candidates = analyses.combined(paragraphs_at_least, min(self.shortest, default=0))
        if not candidates:
            return
        edges = analyses.combined(edge_paragraphs, self.cues) if self.opts["position"] == "edges" else None
        full = analyses.combined(full_sentences) if self.opts["fragments_only"] else None
        texts = analyses.derived(paragraph_texts)
        patterns = list(zip(_compiled(self.patterns), self.shortest, strict=True))
        unless = _compiled([*self.unless, *([self.cues] if self.cues else [])])  # a reporting cue clears one too
        budget, max_words = RegexBudget(REGEX_TIMEOUT, len(doc.text)), self.opts["max_words"]
        paragraphs = doc.paragraphs
        for index in candidates:
            start, end = paragraphs[index]
            if counts[index] > max_words or (edges is not None and index not in edges) or (full and full[index]):
                continue
            text = texts[index]
            with budget as timeout:  # named by the patterns and not reporting
                residue = _named(patterns, text, timeout) and not _found(unless, text, timeout)
            if residue:
                yield Hit(start, end, {"match": preview(text)}, fix=deletion(doc, start, end))

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
