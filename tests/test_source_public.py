"""An unnamed person the draft reports acting or speaking in public is no anonymous source (source_public)."""

from __future__ import annotations

import pytest
from conftest import kind_of


@pytest.mark.parametrize(
    "text, source",
    [
        ("The ferry was late again. “Bring back the old boat!” one person tweeted.", "one person"),
        ("A staffer emailed the harbour master the list of guests.", "A staffer"),
        ("Two aides asked the board to delay the vote until May.", "Two aides"),
        ("“Will the ferry ever run on time?” a senior aide wondered aloud.", "a senior aide"),
        (
            "In a speech on Monday, a senior adviser to the mayor explained why the fares would rise.",
            "a senior adviser to the mayor",
        ),
        ("The fares will rise, a senior adviser said in testimony to the council.", "a senior adviser"),
    ],
)
def test_an_unnamed_person_acting_in_public_is_no_anonymous_source(text: str, source: str) -> None:
    assert kind_of(text, source) == "unnamed, acting in public"


@pytest.mark.parametrize(
    "text, source",
    [
        ("The fares will rise in May, a senior adviser said.", "a senior adviser"),
        ("The fares will rise in May, a senior adviser wrote in an email to the Courier.", "a senior adviser"),
        ("The fares will rise, a senior adviser said in a statement to the Courier.", "a senior adviser"),
        ("After the mayor's speech, a senior adviser said the fares would rise.", "a senior adviser"),
    ],
)
def test_an_unnamed_person_telling_the_reporter_stays_anonymous(text: str, source: str) -> None:
    assert kind_of(text, source) == "anonymous"


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "In a statement for this article, a Harbour Board official said, “We will not discuss the fares.”",
            "a Harbour Board official",
        ),
        ("Two Kestrel Council aides said in a written statement that the vote was final.", "Two Kestrel Council aides"),
    ],
)
def test_a_named_bodys_statement_is_on_the_record(text: str, source: str) -> None:
    assert kind_of(text, source) == "unnamed, acting in public"


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "The fares will rise, a source close to the Harbour Board said in a statement.",
            "a source close to the Harbour Board",
        ),
        ("Senior officials said in a statement that the fares would rise.", "Senior officials"),
    ],
)
def test_a_statement_whose_body_is_not_named_before_the_head_stays_anonymous(text: str, source: str) -> None:
    assert kind_of(text, source) != "unnamed, acting in public"


@pytest.mark.parametrize(
    "text",
    [
        "In the mayor's speech, the fares were not mentioned, a senior adviser said.",
        "The fares will rise, a senior adviser said in the wake of the speech.",
    ],
)
def test_a_channel_that_is_someone_elses_keeps_the_source_anonymous(text: str) -> None:
    assert kind_of(text, "a senior adviser") == "anonymous"


@pytest.mark.parametrize(
    "text, source",
    [
        ("\u201cThe fares will rise,\u201d a source close to the board replied.", "a source close to the board"),
        ("Two harbour insiders tweeted that the fares would rise.", "Two harbour insiders"),
        ("The fares will rise, two sources close to the board said in a speech.", "two sources close to the board"),
    ],
)
def test_a_source_in_confidence_by_its_head_is_no_public_speaker(text: str, source: str) -> None:
    assert kind_of(text, source) == "anonymous"


def test_a_person_said_to_be_present_acts_in_public() -> None:
    text = "\u201cWill the ferry ever run?\u201d a junior staffer in the room wondered."
    assert kind_of(text, "a junior staffer in the room") == "unnamed, acting in public"
