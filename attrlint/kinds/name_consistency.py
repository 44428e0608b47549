"""The `name-consistency` kind: one kind of problem with people's names, from the shared name analysis.

A variant spelling comes with an unsafe fix, the spelling the draft uses most: it may be the
variant that is right.
"""

from __future__ import annotations

from collections.abc import Iterator

from attrlint import names
from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.finding import UNSAFE, Edit, Fix
from attrlint.kinds.base import Hit, Kind, Option


class NameConsistency(Kind):
    name = "name-consistency"
    summary = "Flags one kind of problem with people's names (see `problem`)."
    placeholders = frozenset({"canonical", "full", "count", "variant_count", "line", "tie"})
    options = {
        "problem": Option("str", names.VARIANT, "Which problem this rule reports.", names.PROBLEMS),
        "accept": Option("list", [], "Spellings accepted as they are, never reported as variants."),
        "distinct": Option("pairs", [], "Pairs of surnames known to be two different people."),
        "speech_verbs": Option("list", [], "Verbs that show the word before them is a person speaking.", extends=True),
        "titles": Option("list", [], "Titles that show the word after them is a surname.", extends=True),
        "not_names": Option("list", [], "Capitalised words that are never a name alone.", extends=True),
        "adjective_endings": Option(
            "list", [], "Endings that make an adjective of a place's name (Virginian, Texan: s>n).", extends=True
        ),
        "kin_words": Option(
            "list", [], "Words for a relative (a close given name beside one is a relative's).", extends=True
        ),
    }
    settings = ("accept", "distinct", "speech_verbs", "titles", "not_names", "adjective_endings", "kin_words")
    fixes = True

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        for problem in analyses.names.problems:
            if problem.check == self.opts["problem"]:
                fix = _respelling(doc.raw, problem.start, problem.end, problem.suggestion)
                yield Hit(problem.start, problem.end, problem.values, problem.suggestion, fix)


def _respelling(text: str, start: int, end: int, suggestion: str | None) -> Fix | None:
    """The variant spelling of a surname replaced by the one the draft uses most."""
    variant = text[start:end]
    if not suggestion or not variant or variant == suggestion or any(c.isspace() for c in variant + suggestion):
        return None
    return Fix((Edit(start, end, suggestion),), UNSAFE)
