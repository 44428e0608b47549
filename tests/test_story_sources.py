"""One notion of "the story sources this report" for every reading of a report with no source (ATT003's
hearsay, impersonal and older `vague` readings; ATT008's allegations): `SourceReports.story_sources`.
Every draft here is invented copy."""

from __future__ import annotations

import pytest
from builtin_rules import lint_text

from attrlint.packs import load_rules

ATT_RULES = [rule for rule in load_rules()[0] if rule.pack == "attribution"]
HEAD = "Harbour board weighs ferry sale\n\n"


def findings(text: str, code: str = "ATT003") -> list[str]:
    """The words of each finding of one code, as its message shows them."""
    return [f.message.split(": ", 1)[1].strip("'") for f in lint_text(HEAD + text, ATT_RULES) if f.code == code]


@pytest.mark.parametrize(
    "text",
    [
        # a named outlet reports in the next sentence or the paragraph after: every reading, as for "reportedly"
        "The harbour board is said to be weighing a sale of the ferry line. The Coastal Ledger reported on "
        "Monday that two bidders had come forward.",
        "The harbour board has met three times since June.\n\nThe board is said to be weighing a sale of the "
        'ferry line.\n\n"Two bidders have come forward," the Coastal Ledger reported, citing minutes it had seen.',
        "It is believed that the board will sell the line. The Coastal Ledger reported on Monday that two "
        "bidders had come forward.",
        "The keeper is understood to be leaving the club, the Coastal Ledger reported.",
        # an outlet the draft credits with reporting, whatever its verb beside the words
        "The Coastal Ledger reported on Monday that the board had met the bidders.\n\nThe Coastal Ledger notes "
        "that the talks ran for months. The talks were reportedly broken off in May.",
        # a question claims nothing
        "The chair was interviewed on Tuesday.\n\nIs it true that the board is said to be weighing a sale of "
        "the ferry line?\n\nShe declined to answer.",
        "Asked whether the board was reportedly weighing a sale, Ines Okafor declined to comment.",
        # a named source at its cue beside the words
        "Harbour Treasurer Ines Okafor reportedly said the fund would be closed by June.",
    ],
)
def test_a_report_the_story_sources_is_not_vague(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a body that only speaks nearby reports nothing
        "The ferry reportedly sank within minutes. The Kestrel Harbour Board said it would hold an inquiry.",
        # a noun for a person in lower case heads a speaker, not a reporter, whatever capitals follow
        "According to the mayor of the Kestrel town Rota, 12 of the migrants were found.\n\nThe migrants "
        "reportedly fled on foot into nearby fields.",
    ],
    ids=["a body that speaks", "a person before capitals"],
)
def test_a_speaker_near_a_report_is_not_its_reporter(text: str) -> None:
    assert findings(text) == ["reportedly"]


def test_the_words_own_verb_names_no_source() -> None:
    """The analysis may read "the minister ... told" or "the board is said" inside the construction: no source."""
    assert findings("The minister is understood to have told colleagues she would resign.") == [
        "is understood to have"
    ]


def test_an_allegation_the_story_sources_nearby_is_not_reported() -> None:
    text = (
        "The treasurer allegedly moved the funds in June.\n\nThe Coastal Ledger reported on Monday that the "
        "inquiry had widened."
    )
    assert findings(text, "ATT008") == []


def test_a_question_quoted_or_a_statement_in_a_question_turn_claims() -> None:
    assert findings('Some critics asked, "Will the ferry line ever pay?"') == ["Some critics"]
    text = "Q: Some critics say the ferry line loses money every winter. Is that fair?\n\nA: It lost money twice."
    assert findings(text) == ["Some critics"]


@pytest.mark.parametrize(
    "text",
    [
        "Critics, among them Councillor Ines Okafor, said the sale price was too low.",
        "Opponents, including economist Tomas Reyes, argued that the fares would double.",
        "Van rates rose for a third week, according to data from load board operator Kestrel Freight.",
    ],
)
def test_a_source_named_beside_the_cue_is_not_vague(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Critics, including some on the left, said the sale price was too low.", "Critics"),
        ("Support for the levy is at 40 percent, according to the survey of likely voters in Kestrel.",
         "according to the survey"),
    ],
)
def test_a_source_described_but_not_named_stays_vague(text: str, words: str) -> None:
    assert findings(text) == [words]


def test_the_writers_own_paper_told_is_no_reporter() -> None:
    """A source who tells the writer's own paper ("the Herald has learned") does not source the paper's own
    unnamed sourcing in the paragraph before."""
    text = (
        "The minister faces a revolt over the ferry cuts, the Kestrel Herald has learned.\n\n"
        "At least six members are understood to have told the whips they will vote against the plan.\n\n"
        "Ines Okafor told the Kestrel Herald on Tuesday that no decision had been made."
    )
    assert findings(text) == ["are understood to have"]
    assert findings(text.replace("has learned", "reported")) == []
