"""Impersonal and passive sourcing (ATT003): a verb of saying, knowing or believing in the passive that carries a
claim and names no agent. Every sentence here is invented copy."""

from __future__ import annotations

import pytest
from builtin_rules import lint_text

from attrlint.packs import load_rules

ATT_RULES = [rule for rule in load_rules()[0] if rule.pack == "attribution"]


def vague(text: str) -> list[str]:
    """The words of each ATT003 finding, as its message shows them."""
    return [f.message.split(": ", 1)[1].strip("'") for f in lint_text(text, ATT_RULES) if f.code == "ATT003"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The harbour board is said to be exploring a sale of the ferry line.", "is said to be"),
        ("The minister is understood to have told colleagues she would resign.", "is understood to have"),
        ("The keeper is thought to be weighing an offer from a northern club.", "is thought to be"),
        ("The mayor is believed to have met the developers twice in March.", "is believed to have"),
        ("The treasurer is widely reported to have moved the funds in June.", "is widely reported to have"),
        ("Two wardens are rumoured to be leaving the reserve.", "are rumoured to be"),
        ("The ferry company is also said to be selling its depot.", "is also said to be"),
        ("It has been predicted that the mill will close in spring.", "been predicted that"),
        ("It was learned that the pier had failed its inspection.", "was learned that"),
        ("The keeper was reportedly told that his contract would end.", "was reportedly told that"),
    ],
)
def test_a_passive_with_a_claim_and_no_agent_is_vague(text: str, words: str):
    assert words in vague(text)


@pytest.mark.parametrize(
    "text",
    [
        "The chief was told by the wardens that the road would close.",  # an agent
        "The new pier is known as the Long Arm.",  # no claim
        "The vote is expected on Tuesday.",  # a timetable
        "The vote is expected to be close, and the count to run late.",  # the writer's forecast
        "Enough is said about the ferry already.",
        "It should be noted that the pier opened in 1908.",  # the writer's aside
        "I have been told that my garden is too wild.",  # the writer told
        "The captain is thought to have left the port, according to the Harbour Ledger.",  # a named source
        "The captain is thought to have left, according to an interview his sister gave to a radio station.",
        "The meeting is reported to be set for March 3, per the Harbour Ledger newspaper.",
        "The council was warned that the bridge could fail, Tomas Reyes said.",
        "\u201cIt is understood that we agreed,\u201d said Ines Okafor.",  # a quotation of a named person
        "The report was shown to be a forgery.",  # a fact established, no one who says it
    ],
)
def test_look_alikes_are_not_vague(text: str):
    assert vague(text) == []


def test_one_finding_where_the_older_it_is_pattern_also_matches():
    assert vague("It is believed that the ferry will stop in winter.") == ["It is believed"]


def test_one_finding_where_reportedly_stands_in_the_construction():
    assert vague("The treasurer is reportedly said to have moved the funds in June.") == ["is reportedly said to have"]


@pytest.mark.parametrize(
    "text",
    [
        # a saying: a bare common noun the draft writes in lower case too, and a present state
        "Driftwood is said to be lucky on a boat. The driftwood on the quay came from Holt.",
        # a definition
        "A claim waits in the queue. Settlement is said to be final once the clerk stamps it; settlement is rare.",
        # a definition after the noun was modified: its condition says it is meant in general
        "A claim settlement took a week. Settlement is said to be final when the clerk stamps it; settlement is rare.",
        # "-thing" after the passive is a state, not an act
        "Driftwood is said to be something of a charm. The driftwood came from Holt.",
        # the report it retells is named just before, in its paragraph or the paragraph before
        "The row followed a report this week by the Harbour Ledger.\n\nThe mayor is said to have walked out.",
        "A story in the Harbour Ledger set it off. The mayor is said to have walked out of the vote.",
    ],
)
def test_a_passive_that_needs_no_source_is_not_vague(text: str):
    assert vague(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Voss is said to be furious about the vote.", "is said to be"),  # a name
        ("Granite is said to be cracking on the quay. The granite came from Holt.", "is said to be"),  # an act
        ("He is said to be weighing an offer from a northern club.", "is said to be"),  # a pronoun
        ("Driftwood is said to have sunk the skiff. The driftwood came from Holt.", "is said to have"),  # an act
        ("Driftwood was said to be lucky then. The driftwood came from Holt.", "was said to be"),  # the past
        ("The driftwood is said to be lucky. The driftwood came from Holt.", "is said to be"),  # one thing
        ("Driftwood is said to be lucky on a boat.", "is said to be"),  # never in lower case: may be a name
        # the report is named after the passive, or two paragraphs back, or not by whom
        ("The mayor is said to have walked out. A report by the Harbour Ledger followed.", "is said to have"),
        (
            "A report by the Harbour Ledger came out.\n\nThe vote was held.\n\nThe mayor is said to have walked out.",
            "is said to have",
        ),
        ("The row followed a report this week.\n\nThe mayor is said to have walked out.", "is said to have"),
        # an outlet or a body a source spoke to names no report
        (
            "The minister told the Senate the fares would rise. Her deputy is said to have threatened to resign.",
            "is said to have",
        ),
        # a noun the draft modifies elsewhere, or a state anchored in time: the story's own claim
        (
            "Crew morale at the ferry depot has slipped. Morale is said to be at its lowest; morale matters.",
            "is said to be",
        ),
        ("Ferry traders are angry. Management is said to be furious now; management met.", "is said to be"),
        ("Pay is said to be at its lowest in years. The pay of crews fell.", "is said to be"),
        # an act in -ing after the passive, of three letters or more before the ending
        ("Driftwood is said to be sinking skiffs. The driftwood came from Holt.", "is said to be"),
    ],
)
def test_a_passive_beside_a_look_alike_stays_vague(text: str, words: str):
    assert words in vague(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The ferry timetable was widely criticised as a muddle.", "was widely criticised"),
        ("The harbour master is widely seen as the likely successor.", "is widely seen"),
        ("The new quay has been widely condemned, both in Kestrel and on the islands.", "been widely condemned"),
        ("The keeper, whose late save was widely viewed as decisive, left in June.", "was widely viewed"),
    ],
)
def test_a_passive_of_judgement_with_an_adverb_of_spread_and_no_agent_is_vague(text: str, words: str):
    assert words in vague(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry timetable was widely criticised by the islanders' council.",  # the agent named
        "The pier is widely known as the Long Arm.",  # a fact, not a judgement
        "The timetable was widely shared on the islands.",  # no judgement learned
        "The ferry timetable was criticised as a muddle.",  # no adverb of spread
    ],
)
def test_no_passive_of_judgement_with_an_agent_a_fact_or_no_spread(text: str):
    assert not any("widely" in words or "criticised" in words for words in vague(text))
