"""ATT007 reports "officials said" only where a desk would query it (attrlint.official_claims)."""

from __future__ import annotations

import pytest

from attrlint.api import check_text
from attrlint.attribution import analyse
from attrlint.document import Document
from attrlint.official_claims import UNPLACED
from attrlint.ruleset import builtin_rule_set

SETTINGS = builtin_rule_set().settings


def att007(text: str) -> list[str]:
    """The words ATT007 reports in a draft, every rule selected."""
    findings = check_text(text, path="draft.md", select=["ALL"]).findings
    return [text.splitlines()[f.line - 1][f.column - 1 : f.end_column - 1] for f in findings if f.code == "ATT007"]


def forms(text: str) -> list[str]:
    """The form of each vague source the analysis reports."""
    return [problem.values["form"] for problem in analyse(Document("draft.md", text), SETTINGS).vague_sources]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop in winter, officials said.",
        "Officials warned that the pier could close by May.",
        "According to officials, the toll will double.",
        "There is no money for a second ferry, officials insist, because the grant ran out.",
        "Authorities said they had closed the road.",
    ],
)
def test_officials_who_claim_with_no_body_in_reach_are_reported(text: str):
    assert forms(text) == [UNPLACED]
    assert len(att007(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, state officials released a video of the collapse.",
        "Officials issued guidance on the new timetable.",
        "Since March, officials have told residents not to drink the water.",
        "Authorities are asking anyone with photos to call the harbour office.",
        "The pier will reopen if officials respond to the survey.",
    ],
)
def test_officials_who_act_or_give_an_order_are_not_reported(text: str):
    assert att007(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Agency closed the pier. It will stay shut until May, officials said.",
        "The ferry board met on Monday. The agency will cut the winter service, officials said.",
        "The Kestrel administration announced a plan. The toll will double, officials said.",
        "The KPA closed the pier on Monday. It will stay shut until May, officials said.",
    ],
)
def test_officials_beside_a_named_body_are_not_reported(text: str):
    assert att007(text) == []


def test_a_body_two_sentences_back_is_out_of_reach():
    text = "The Harbour Agency met on Monday. The pier is old. It will stay shut until May, officials said."
    assert att007(text) == ["officials"]


def test_a_headline_in_capitals_names_no_body():
    text = "PIER SHUT AFTER STORM, HARBOUR AGENCY SAYS\n\nIt will stay shut until May, officials said."
    assert att007(text) == ["officials"]


def test_officials_retelling_what_officials_told_another_outlet_are_not_reported():
    told = "Officials explained to the Ledger that the pier was unsafe. It will stay shut until May, officials said."
    assert att007(told) == ["Officials"]  # the first tells the Ledger; the second retells it
    assert att007("The pier was unsafe. It will stay shut until May, officials said.") == ["officials"]


def test_other_vague_sources_keep_no_form():
    assert forms("The ferry will stop in winter, sources said.") == [""]
