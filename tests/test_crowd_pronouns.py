"""A quantifier alone as a crowd's pronoun, the subject of its cue ("some say", "many argue"): the crowd-pronoun form
(attrlint.crowd_pronouns) that ATT011 reports, on by default; a quantifier alone whose cue carries no claim is left to
ATT009, off by default. Every sentence is invented copy."""

from __future__ import annotations

import pytest
from builtin_rules import lint_text

from attrlint.packs import load_rules
from attrlint.ruleset import builtin_rule_set

ATT_RULES = [rule for rule in load_rules()[0] if rule.pack == "attribution"]
DEFAULT_RULES = list(builtin_rule_set().rules)


def codes(text: str, rules: list | None = None) -> list[str]:
    """The codes of a draft's findings under these rules (default: every attribution rule)."""
    return [finding.code for finding in lint_text(text, rules if rules is not None else ATT_RULES)]


@pytest.mark.parametrize(
    "text",
    [
        "Some say the ferry will never pay its way.",
        "The timetable is a mistake, many argue.",
        "The levy, some have suggested, was never needed.",
        "The council passed a toll which some have argued was rushed.",
        "Some accused the harbour master of hiding the accounts.",
        "Many believe the pier will not survive another winter.",
        "The council passed fees that some say target the island's poorest.",
        "Some are describing the boom as a bubble.",
    ],
)
def test_a_quantifier_alone_as_its_cues_subject_is_att011_on_by_default(text: str):
    assert codes(text) == ["ATT011"]
    assert codes(text, DEFAULT_RULES) == ["ATT011"]


# Hard-wrapped: each reading holds across a line break inside the paragraph (main lost the middle four).
@pytest.mark.parametrize(
    "text",
    [
        "The harbour board met on Tuesday to weigh the new ferry timetable,\nand some say the ferry will never pay"
        " its way under the new fares.",
        "The board kept the levy for another year on Tuesday, and the levy,\nsome have suggested, was never needed"
        " for the repairs to the pier.",
        "The council passed on Tuesday the new schedule of fees that some say\ntarget the poorest families on the"
        " island and the oldest residents.",
        "The meeting ran late on Tuesday night, and some accused the harbour master\nof hiding the accounts of the"
        " ferry company from the harbour board.",
        "Prices on the island have risen for years, and some are describing the boom\nas a bubble that will burst"
        " before the ferry fares come down again.",
        "The council passed on Tuesday a new toll on the causeway which some\nhave argued was rushed through before"
        " the islanders could be heard.",
    ],
)
def test_a_hard_wrapped_quantifier_alone_as_its_cues_subject_is_att011(text: str):
    assert codes(text, DEFAULT_RULES) == ["ATT011"]
    assert codes(text.replace("\n", " "), DEFAULT_RULES) == ["ATT011"]


@pytest.mark.parametrize(
    "text",
    [
        "Some said goodbye as the ferry left.",
        "Some said farewell to the crew as the ferry left the quay.",
        "Some waved and said farewell as the boat sailed.",
        "The crowd booed, some shouted, and others left.",
        "Councillors voted, many cheered, and the ferry sailed.",
        "The crowd gathered on the quay, some cheered, others wept.",
    ],
)
def test_a_temporal_as_or_a_list_of_clauses_is_no_claim_of_a_quantifier_alone(text: str):
    """An "as" after a cue that lays no description on its object says when, and a clause of a list between commas
    is no parenthetical cue: neither is reported by default."""
    assert "ATT011" not in codes(text, DEFAULT_RULES)


@pytest.mark.parametrize(
    "text",
    [
        "Some say the ferry is late. Many prefer the bus to the ferry.",
        "Some say the ferry is late. Many coach firms will not carry bicycles.",
        "Some say the ferry is late. Some may recall the old pier.",
    ],
)
def test_a_quantifier_whose_cue_may_be_a_noun_or_no_claim_stays_off_by_default(text: str):
    """A base form that is no core or opinion cue: a noun the quantifier opens ("coach firms"), or liking and
    recall, no claim; only the first sentence's "some say" is reported by default."""
    assert [(f.code, f.column) for f in lint_text(text, DEFAULT_RULES) if f.code.startswith("ATT")] == [("ATT011", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Many asked about the fares at the meeting.",
        "Some shouted at the harbour board from the gallery.",
        "Some questioned the timing.",
    ],
)
def test_a_quantifier_alone_whose_cue_carries_no_claim_is_att009_only(text: str):
    """An act, a question or a shout reports no one's word: left to ATT009 (off by default)."""
    assert codes(text) == ["ATT009"]
    assert codes(text, DEFAULT_RULES) == []
