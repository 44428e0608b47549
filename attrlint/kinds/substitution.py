"""The `substitution` kind: flag a wrong form and suggest the right one (`swap: {wrong: right}`)."""

from __future__ import annotations

from collections.abc import Iterator

from attrlint.document import Document
from attrlint.errors import RuleError
from attrlint.kinds.base import WHOLE_WORD, Hit, Kind, Option, compile_alternatives
from attrlint.kinds.existence import SCOPES, find_in_scope
from attrlint.yamlfile import Where


def match_case(replacement: str, matched: str) -> str:
    """The replacement in the matched text's case: all capitals, or a capital first letter."""
    if len(matched) > 1 and matched.isupper():
        return replacement.upper()
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class Substitution(Kind):
    name = "substitution"
    summary = "Flags a wrong form and suggests the right one."
    placeholders = frozenset({"replacement"})
    options = {
        "swap": Option("dict", {}, "Map of wrong form (a regex, matched whole-word) to right form."),
        "ignorecase": Option("bool", True, "Match regardless of case."),
        "scope": Option("str", "text", "Unit a match must fall within.", SCOPES),
    }

    def __init__(self, options: dict[str, object], where: Where, at: tuple = ()) -> None:
        super().__init__(options, where, at)
        if not options["swap"]:
            raise where.error(RuleError, "a substitution rule needs a non-empty 'swap' map", *at)
        self.swaps = [
            (compile_alternatives([wrong], where, (*at, "swap", wrong), WHOLE_WORD, options["ignorecase"]), right)
            for wrong, right in options["swap"].items()
        ]

    def check(self, doc: Document) -> Iterator[Hit]:
        for pattern, right in self.swaps:
            for start, end, text in find_in_scope(pattern, doc, self.opts["scope"]):
                replacement = match_case(right, text)
                if text != replacement:
                    yield Hit(start, end, {"match": text, "replacement": replacement}, replacement)
