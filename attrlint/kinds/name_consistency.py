"""The `name-consistency` kind: one kind of problem with people's names, from the shared name analysis."""

from __future__ import annotations

from collections.abc import Iterator

from attrlint.document import Document
from attrlint.kinds.base import Hit, Kind, Option
from attrlint.names import analyse, fold

PROBLEMS = ("variant", "first-name", "surname-first")


class NameConsistency(Kind):
    name = "name-consistency"
    summary = "Flags one kind of problem with people's names (see `problem`)."
    placeholders = frozenset({"canonical", "full", "count", "variant_count", "line"})
    options = {
        "problem": Option("str", "variant", "Which problem this rule reports.", PROBLEMS),
        "accept": Option("list", [], "Spellings accepted as they are, never reported as variants."),
        "distinct": Option("pairs", [], "Pairs of surnames known to be two different people."),
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        accept = frozenset(fold(name) for name in self.opts["accept"])
        distinct = frozenset(frozenset(fold(name) for name in pair) for pair in self.opts["distinct"])
        for problem in analyse(doc, accept, distinct).problems:
            if problem.check == self.opts["problem"]:
                yield Hit(problem.start, problem.end, problem.values, problem.suggestion)
