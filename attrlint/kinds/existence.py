"""The `existence` kind: flag each occurrence of a token or regex within a line, sentence or paragraph.

Like the `substitution` kind, it passes over direct quotations unless a rule sets `quotations: true`:
a speaker's words are not the newsroom's to restyle.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attrlint.analyses import Analyses
from attrlint.document import Document, Span, span_holding
from attrlint.errors import RuleError
from attrlint.kinds.base import (
    REGEX_TIMEOUT,
    WHOLE_WORD,
    Hit,
    Kind,
    Option,
    RegexBudget,
    compile_alternatives,
    unit_text,
)
from attrlint.yamlfile import Where

SCOPES = ("text", "paragraph", "sentence", "line")


def scope_spans(doc: Document, scope: str) -> list[Span]:
    """The units a pattern is matched within: `^` and `$` anchor to each unit."""
    if scope == "text":
        return [(0, len(doc.text))]
    return {"paragraph": doc.paragraphs, "sentence": doc.sentences, "line": doc.lines}[scope]


def search_budget(doc: Document) -> RegexBudget:
    """The search time one rule has in one draft (this module's REGEX_TIMEOUT for each search)."""
    return RegexBudget(REGEX_TIMEOUT, len(doc.text))


def find_in_scope(
    patterns: list[regex.Pattern], doc: Document, scope: str, budget: RegexBudget | None = None
) -> Iterator[tuple[int, int, str]]:
    """(start, end, matched text) of every match of the patterns inside each unit of scope, the searches
    timed against the rule's budget."""
    budget = budget or search_budget(doc)
    for start, end in scope_spans(doc, scope):
        text = doc.text[start:end] if scope in ("text", "line") else unit_text(doc.text[start:end])
        spans = set()
        for pattern in patterns:
            with budget as timeout:
                found = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, timeout=timeout)]
            spans.update((start + a, start + b, match) for a, b, match in found if b > a)
        yield from sorted(spans)


def quotation_spans(analyses: Analyses) -> list[Span]:
    """The draft's direct quotations (outermost ones, which never overlap), in text order."""
    return sorted((q.start, q.end) for q in analyses.quotes.quotations if q.level == 0)


def outside_quotations(
    found: Iterator[tuple[int, int, str]], analyses: Analyses, check_quotations: bool
) -> Iterator[tuple[int, int, str]]:
    """The matches that do not lie inside a direct quotation (all of them with `check_quotations`)."""
    if check_quotations:
        yield from found
        return
    spans: list[Span] | None = None
    for start, end, text in found:
        spans = spans if spans is not None else quotation_spans(analyses)
        index = span_holding(spans, start)
        if index < 0 or end > spans[index][1]:
            yield start, end, text


class Existence(Kind):
    name = "existence"
    summary = "Flags each occurrence of a WHOLE_WORD, phrase or regex."
    options = {
        "tokens": Option("list", [], "Words or phrases, matched whole-word."),
        "patterns": Option("list", [], "Regular expressions (the `regex` module's syntax).", regexes=True),
        "ignorecase": Option("bool", True, "Match regardless of case."),
        "scope": Option("str", "text", "Unit a match must fall within.", SCOPES),
        "quotations": Option("bool", False, "Check inside direct quotations too."),
    }

    def __init__(self, options: dict[str, object], where: Where, at: tuple = ()) -> None:
        super().__init__(options, where, at)
        if not options["tokens"] and not options["patterns"]:
            raise where.error(RuleError, "an existence rule needs 'tokens' or 'patterns'", *at)
        ignorecase = options["ignorecase"]
        tokens = [regex.escape(token) for token in options["tokens"]]
        self.patterns = compile_alternatives(tokens, where, (*at, "tokens"), WHOLE_WORD, ignorecase)
        self.patterns += compile_alternatives(options["patterns"], where, (*at, "patterns"), WHOLE_WORD, ignorecase)

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        found = find_in_scope(self.patterns, doc, self.opts["scope"])
        for start, end, text in outside_quotations(found, analyses, self.opts["quotations"]):
            yield Hit(start, end, {"match": text})
