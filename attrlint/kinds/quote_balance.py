"""The `quote-balance` kind: one kind of quotation-mark problem, from the shared quote analysis."""

from __future__ import annotations

from collections.abc import Iterator

from attrlint.document import Document
from attrlint.kinds.base import Hit, Kind, Option
from attrlint.quotes import analyse

PROBLEMS = ("unclosed", "unopened", "misdirected", "mismatched", "nested", "detached", "spacing", "mixed-style")


class QuoteBalance(Kind):
    name = "quote-balance"
    summary = "Flags one kind of problem with quotation marks (see `problem`)."
    placeholders = frozenset({"mark", "word", "curly", "straight"})
    options = {
        "problem": Option("str", "unclosed", "Which problem this rule reports.", PROBLEMS),
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        for problem in analyse(doc).problems:
            if problem.check == self.opts["problem"]:
                yield Hit(problem.start, problem.end, problem.values, problem.suggestion)
