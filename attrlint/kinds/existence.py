"""The `existence` kind: flag each occurrence of a token or regex within a line, sentence or paragraph."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from attrlint.document import Document, Span
from attrlint.errors import RuleError
from attrlint.kinds.base import REGEX_TIMEOUT, Hit, Kind, Option, compile_regex

SCOPES = ("text", "paragraph", "sentence", "line")


def scope_spans(doc: Document, scope: str) -> list[Span]:
    """The units a pattern is matched within: `^` and `$` anchor to each unit."""
    if scope == "text":
        return [(0, len(doc.text))]
    return {"paragraph": doc.paragraphs, "sentence": doc.sentences, "line": doc.lines}[scope]


def find_in_scope(pattern: regex.Pattern, doc: Document, scope: str) -> Iterator[regex.Match | tuple]:
    """(start, end, matched text) of every match of pattern inside each unit of scope."""
    for start, end in scope_spans(doc, scope):
        for match in pattern.finditer(doc.text[start:end], timeout=REGEX_TIMEOUT):
            if match.end() > match.start():
                yield start + match.start(), start + match.end(), match.group()


class Existence(Kind):
    name = "existence"
    summary = "Flags each occurrence of a word, phrase or regex."
    options = {
        "tokens": Option("list", [], "Words or phrases, matched whole-word."),
        "patterns": Option("list", [], "Regular expressions (the `regex` module's syntax)."),
        "ignorecase": Option("bool", True, "Match regardless of case."),
        "scope": Option("str", "text", "Unit a match must fall within.", SCOPES),
    }

    def __init__(self, options: dict[str, object], where, at: tuple = ()) -> None:
        super().__init__(options, where, at)
        if not options["tokens"] and not options["patterns"]:
            raise where.error(RuleError, "an existence rule needs 'tokens' or 'patterns'", *at)
        alternatives = [regex.escape(token) for token in options["tokens"]]
        for i, pattern in enumerate(options["patterns"]):
            compile_regex(pattern, where, *at, "patterns", i)
            alternatives.append(f"(?:{pattern})")
        words = "|".join(alternatives)
        self.pattern = compile_regex(rf"(?<!\w)(?:{words})(?!\w)", where, *at, ignorecase=options["ignorecase"])

    def check(self, doc: Document) -> Iterator[Hit]:
        for start, end, text in find_in_scope(self.pattern, doc, self.opts["scope"]):
            yield Hit(start, end, {"match": text})
