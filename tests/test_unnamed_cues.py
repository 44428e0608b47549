"""Cue verbs read only beside an unnamed source (attrlint.unnamed_cues, the pack's `unnamed_cues`), and vague
heads in the singular. Every sentence is invented."""

from __future__ import annotations

import pytest

from attrlint.attribution import analyse
from attrlint.document import Document
from attrlint.ruleset import builtin_rule_set
from attrlint.source_class import singular

SETTINGS = builtin_rule_set().settings


def sources(text: str) -> list[tuple[str, str, str]]:
    found = analyse(Document("draft.md", text), SETTINGS).attributions
    return [(a.cue_text, a.source_text or "", a.kind) for a in found]


def vague_words(text: str) -> list[str]:
    return [problem.values["match"] for problem in analyse(Document("draft.md", text), SETTINGS).vague_sources]


def test_the_pack_reads_rare_gold_cues_beside_unnamed_sources_only() -> None:
    # learned from train by bench/learn_cues.py with no threshold; the thresholded lexicon leaves them out
    assert {"countered", "charge", "indicated", "believe", "cautioned"} <= set(SETTINGS["unnamed_cues"])
    assert not {"countered", "indicated", "believe"} & set(SETTINGS["cues"])


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("In a letter to the harbour board, critics ask for an inquiry into the fares.", "ask", "critics"),
        ("The pilots staged a protest on the quay at dawn, sources report.", "report", "sources"),
        ('"Who will pay for the dredging now?" political analysts ask as the vote nears.', "ask", "political analysts"),
        ("Critics countered that the new ferry timetable leaves the islands stranded.", "countered", "Critics"),
        ("Many observers charge that the toll favours the mainland.", "charge", "Many observers"),
        ("Sources indicated on Monday that the dredging would slip into spring.", "indicated", "Sources"),
        ("Most experts believe the sea wall will hold until the next storm.", "believe", "Most experts"),
        ("Analysts caution that the fares may double by winter.", "caution", "Analysts"),
        (
            "Critics of the harbour plan have long charged that it favours the rich.",
            "charged",
            "Critics of the harbour plan",
        ),
        ("Some commentators are warning that the quay will flood.", "warning", "Some commentators"),
        ('"The toll will never pay for itself," countered one analyst.', "countered", "one analyst"),
        ("The sea wall is too low, scoffed insiders on Tuesday.", "scoffed", "insiders"),
    ],
)
def test_a_rare_cue_beside_an_unnamed_source_is_vague(text: str, cue: str, source: str) -> None:
    assert (cue, source, "vague") in sources(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The sea wall will hold, says one observer.", "one observer"),
        ("A critic noted that the quay flooded twice last spring.", "A critic"),
        ("One longtime analyst countered that the fares had not risen.", "One longtime analyst"),
        ("The fares are too high, an expert on harbour finance told the board.", "an expert on harbour finance"),
    ],
)
def test_a_vague_head_in_the_singular_is_vague(text: str, source: str) -> None:
    assert source in vague_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "We ask the council to report the figures before the vote.",
        "The pilots report for duty at six every morning.",
        # after an auxiliary the base form is no present
        "Many climate experts would call that plan wishful thinking at best.",
        # a rare cue with no unnamed source beside it stays no cue
        "The council countered the ferry company's offer with one of its own.",
        # an -ing form before a group opens a clause, it does not invert the cue
        "The vote was close, angering critics of the toll.",
        # a bare quantifier takes the lexicon's cues only: "many voted" reports no sourcing
        "Many voted for the toll in May, and some believe it will pass.",
        # a singular head named beside it, or the member of a named body, is no vague source
        "A Kestrel Bank analyst countered that the fares had not risen.",
    ],
)
def test_no_vague_source_without_an_unnamed_subject(text: str) -> None:
    assert vague_words(text) == []


def test_a_word_inside_the_source_is_not_its_cue() -> None:
    found = sources("Critics of the harbour plan have long charged that it favours the rich.")
    assert [cue for cue, _, _ in found] == ["charged"]


@pytest.mark.parametrize(("plural", "one"), [("critics", "critic"), ("analysts", "analyst"), ("sources", "source")])
def test_the_singular_of_a_vague_head(plural: str, one: str) -> None:
    assert singular(plural) == one


@pytest.mark.parametrize("word", ["some", "press", "people"])
def test_no_singular_of_other_heads(word: str) -> None:
    assert singular(word) is None
