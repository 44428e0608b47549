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


# An opinion cue (the pack's learned `opinion_cues`) after an unnamed source: vague only where it carries a claim.


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Many observers believe the harbour board will be forced to raise fees in spring.", "believe", "observers"),
        ("Sources indicated that a second, longer walkout could follow before the holidays.", "indicated", "Sources"),
        ("The ferry contract is all but signed, insiders indicated on Monday.", "indicated", "insiders"),
        ("Some analysts have long feared that the tolls would never cover the dredging.", "feared", "analysts"),
        ("Critics expressed concern that the fares, already high, would double.", "expressed", "Critics"),
    ],
)
def test_an_unnamed_source_with_an_opinion_cue_and_a_claim_is_vague(text: str, cue: str, source: str) -> None:
    assert any(c == cue and source in s and kind == "vague" for c, s, kind in sources(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # what a group feels or does is no claim: the group is an actor, not a source
        ("Critics fear a slowdown in the freight trade this winter.", "fear"),
        ("Critics rejected the fare rise at the board meeting.", "rejected"),
        ("Analysts believed in the project for years.", "believed"),
        # no unnamed source before it
        ("The harbour master believes the quay will reopen in March.", "believes"),
    ],
)
def test_an_opinion_cue_with_no_claim_or_no_unnamed_source_is_no_attribution(text: str, cue: str) -> None:
    assert [c for c, _, _ in sources(text) if c == cue] == []


# "found" (learned with its family "find", bench/learn_cues.py) is an opinion cue: read after an unnamed source with
# a claim, and not without one nor after a named person. Each case pairs the two, so it fails whether the verb is no
# cue at all or a cue read anywhere.
@pytest.mark.parametrize(
    ("claim", "no_claim", "cue", "source"),
    [
        (
            "Analysts found that the toll had never covered the dredging.",
            "Some volunteers found a wallet on the quay.",
            "found",
            "Analysts",
        ),
    ],
)
def test_an_opinion_cue_is_read_after_an_unnamed_source_only_with_a_claim(
    claim: str, no_claim: str, cue: str, source: str
) -> None:
    assert [(s, kind) for c, s, kind in sources(claim) if c == cue] == [(source, "vague")]
    assert [c for c, _, _ in sources(no_claim) if c.lower().startswith(cue[:4])] == []


# A verb of claim too rare among the gold cues for an opinion family (fewer than MIN_OPINION_CUES, however often a
# that-clause follows it: bench/learn_cues.py) is no cue, even after an unnamed source with a claim.
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Critics have long maintained that the ferry subsidy breaks the harbour charter.", "maintained"),
        ("Several analysts suspect that the toll will be cut before the vote.", "suspect"),
        ("Some traders assumed that the quay would reopen by spring.", "assumed"),
    ],
)
def test_a_rare_verb_of_claim_is_no_cue(text: str, cue: str) -> None:
    assert [c for c, _, _ in sources(text) if c == cue] == []
