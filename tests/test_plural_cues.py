"""The base form of an -s cue after an unnamed plural source (attrlint.plural_cues). Every sentence is invented."""

from __future__ import annotations

import pytest

from attrlint.attribution import analyse
from attrlint.document import Document
from attrlint.plural_cues import base_form
from attrlint.ruleset import builtin_rule_set

SETTINGS = builtin_rule_set().settings


def sources(text: str) -> list[tuple[str, str, str]]:
    found = analyse(Document("draft.md", text), SETTINGS).attributions
    return [(a.cue_text, a.source_text or "", a.kind) for a in found]


@pytest.mark.parametrize(
    ("verb", "base"),
    [("asks", "ask"), ("reports", "report"), ("pushes", "push"), ("denies", "deny"), ("says", "say")],
)
def test_base_form_of_a_present_in_s(verb: str, base: str) -> None:
    assert base_form(verb) == base


@pytest.mark.parametrize("word", ["press", "told", "is", "according to"])
def test_no_base_form_for_other_words(word: str) -> None:
    assert base_form(word) is None


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("In a letter to the harbour board, critics ask for an inquiry into the fares.", "ask", "critics"),
        ("The pilots staged a protest on the quay at dawn, sources report.", "report", "sources"),
        ('"Who will pay for the dredging now?" political analysts ask as the vote nears.', "ask", "political analysts"),
    ],
)
def test_an_unnamed_plural_source_with_the_base_form_is_vague(text: str, cue: str, source: str) -> None:
    assert (cue, source, "vague") in sources(text)


@pytest.mark.parametrize(
    "text",
    [
        "We ask the council to report the figures before the vote.",
        "The pilots report for duty at six every morning.",
        # after an auxiliary the base form is no present
        "Many climate experts would call that plan wishful thinking at best.",
    ],
)
def test_the_base_form_is_no_cue_without_an_unnamed_source_before_it(text: str) -> None:
    assert [cue for cue, _, _ in sources(text) if cue in ("ask", "report", "call")] == []
