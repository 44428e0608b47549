"""The `substitution` kind: flag a wrong form and suggest the right one (`swap: {wrong: right}`).

The replacement is offered as a safe fix (a rule may say `fix: unsafe`). Direct quotations are
passed over unless the rule sets `quotations: true`.
"""

from __future__ import annotations

from collections.abc import Iterator

from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.errors import RuleError
from attrlint.finding import Edit, Fix
from attrlint.kinds.base import WHOLE_WORD, Hit, Kind, Option, compile_alternatives
from attrlint.kinds.existence import SCOPES, find_in_scope, outside_quotations, search_budget
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
        "quotations": Option("bool", False, "Check inside direct quotations too."),
    }
    fixes = True

    def __init__(self, options: dict[str, object], where: Where, at: tuple = ()) -> None:
        super().__init__(options, where, at)
        if not options["swap"]:
            raise where.error(RuleError, "a substitution rule needs a non-empty 'swap' map", *at)
        self.swaps = [
            (compile_alternatives([wrong], where, (*at, "swap", wrong), WHOLE_WORD, options["ignorecase"]), right)
            for wrong, right in options["swap"].items()
        ]

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        budget = search_budget(doc)  # one for all the swaps
        for pattern, right in self.swaps:
            found = find_in_scope(pattern, doc, self.opts["scope"], budget)
            for start, end, text in outside_quotations(found, analyses, self.opts["quotations"]):
                replacement = match_case(right, text)
                if text != replacement:
                    fix = Fix((Edit(start, end, replacement),))
                    yield Hit(start, end, {"match": text, "replacement": replacement}, replacement, fix)
