"""The `attribution` kind: one kind of sourcing problem, from the shared attribution analysis."""

from __future__ import annotations

from collections.abc import Iterator

from attrlint import attribution
from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.kinds.base import Hit, Kind, Option, compile_regex
from attrlint.yamlfile import Where

# The source classes' lexicons (attrlint.source_class), analysis settings like the cues.
ANALYSIS_LEXICONS = (
    "anonymous_sources",
    "generic_sources",
    "source_bodies",
    "kept_unnamed",
    "anonymity_reasons",
    "accusers",
)


class Attribution(Kind):
    name = "attribution"
    summary = "Flags one kind of sourcing problem (see `problem`)."
    options = {
        "problem": Option(
            "str", attribution.UNATTRIBUTED_QUOTE, "Which problem this rule reports.", attribution.PROBLEMS
        ),
        "cues": Option("list", [], "Reporting verbs and phrases that attribute.", extends=True),
        "core_cues": Option("list", [], "The cues read in any case, before longer ones they begin.", extends=True),
        "vague_sources": Option("list", [], "Sources that name nobody ('sources', 'experts').", extends=True),
        "anonymous_sources": Option("list", [], "Heads of a source kept unnamed ('official').", extends=True),
        "generic_sources": Option(
            "list", [], "Heads that are seldom a source ('people'): one only with a speech cue.", extends=True
        ),
        "source_bodies": Option(
            "list", [], "Words for a body a source belongs to ('campaign officials').", extends=True
        ),
        "kept_unnamed": Option("list", [], "Words that say a source knows ('familiar with').", extends=True),
        "anonymity_reasons": Option(
            "list", [], "Regexes for the reason a source is not named.", extends=True, regexes=True
        ),
        "accusers": Option("list", [], "Words that name who accuses ('indictment').", extends=True),
        "vague": Option(
            "list", [], "Regexes for vague or agentless sourcing ('reportedly').", extends=True, regexes=True
        ),
    }
    settings = ("cues", "core_cues", "vague_sources", "vague", *ANALYSIS_LEXICONS)

    def __init__(self, options: dict[str, object], where: Where, at: tuple = ()) -> None:
        super().__init__(options, where, at)
        for i, pattern in enumerate(options["vague"]):
            compile_regex(pattern, where, *at, "vague", i)

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        for problem in analyses.attribution.problems_of(self.opts["problem"]):
            yield Hit(problem.start, problem.end, problem.values, problem.suggestion)
