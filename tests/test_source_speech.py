"""Sourcing inside the words of a source by name is that source's, not the writer's (source_speech)."""

from __future__ import annotations

import pytest
from builtin_rules import lint_text


def codes_at(text: str, words: str) -> list[str]:
    """The ATT codes the default rules report at the last place `words` stand in the draft."""
    at = text.rindex(words)
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    return [
        f.code
        for f in lint_text(text)
        if f.code.startswith("ATT") and f.line == line and column <= f.column < column + len(words)
    ]


def attribution_codes(text: str) -> list[str]:
    return [f.code for f in lint_text(text) if f.code in ("ATT003", "ATT006")]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares\n\nAnn Voss wrote in a memo that critics say the ferry will stop in May.",
        "Ferry fares\n\nAccording to Ann Voss, experts say the fares will double.",
        "Ferry fares\n\nThe Harbour Ledger reported on Monday that two aides said the ferry would stop.",
    ],
)
def test_a_source_in_the_clause_a_named_source_reports_is_not_the_writers(text: str) -> None:
    assert attribution_codes(text) == []


@pytest.mark.parametrize(
    "text, words",
    [
        # the writer's own clause after a conjunction
        ("Ferry fares\n\nAnn Voss said the fares would double, but experts say they will not.", "experts"),
        # the writer's next sentence
        ("Ferry fares\n\nAnn Voss said the fares would double. Experts say they will not.", "Experts"),
    ],
)
def test_a_source_beside_a_named_source_stays_the_writers(text: str, words: str) -> None:
    assert codes_at(text, words) == ["ATT003"]


EXCERPT = (
    "Ferry to stop\n\nThe ferry has run for forty years. The Harbour Ledger reported on Monday:\n\n"
    "The ferry will stop in May, sources said.\n\n"
    "The board will sell the boat, a senior official said.\n\n"
)


def test_the_paragraphs_a_named_source_introduces_with_a_colon_are_its_words() -> None:
    assert attribution_codes(EXCERPT) == []


def test_an_excerpt_ends_where_the_writer_turns_to_its_source() -> None:
    text = EXCERPT.replace(
        "The board will sell", "The Ledger said its story was right. Critics say the board will sell"
    ).replace(", a senior official said", "")
    assert codes_at(text, "Critics") == ["ATT003"]


def test_an_excerpt_reaches_two_paragraphs() -> None:
    text = EXCERPT + "The islands will get a second boat, sources said."
    assert codes_at(text, "sources said") == ["ATT003"]


def test_a_quoted_excerpt_ends_with_its_quotation() -> None:
    text = (
        "Ferry to stop\n\nThe ferry has run for forty years. Ann Voss, a reporter, says:\n\n"
        "\u201cWell, the boat is tied up and the crew has gone home.\u201d\n\n"
        "As she spoke, sources said the board had sold the boat."
    )
    assert codes_at(text, "sources") == ["ATT003"]


def test_a_colon_after_the_writers_own_clause_introduces_no_excerpt() -> None:
    text = (
        "Ferry to stop\n\nCouncillors who studied the plan by Ann Voss have two main questions:\n\n"
        "Whether the ferry will stop in May, as sources say, and who pays."
    )
    assert codes_at(text, "sources") == ["ATT003"]
