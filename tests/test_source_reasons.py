"""A reason for anonymity given once covers the same source elsewhere, or every unnamed voice (source_reasons)."""

from __future__ import annotations

import pytest
from conftest import source_kinds


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Two harbour sources, who were not authorized to discuss the audit, said the board knew.\n\n"
            "The board meets on Friday.\n\nThe ferry has been late since May.\n\n"
            "One harbour source said the audit would be published in June.",
            "One harbour source",
        ),
        (
            "A person familiar with the ferry plan says the route will open in May.\n\n"
            "The board has not voted.\n\nThe islands have asked for a second boat.\n\n"
            "The person familiar with the ferry plan spoke on condition of anonymity because the talks are private.",
            "A person familiar with the ferry plan",
        ),
        (
            "The vote is lost, said a senior aide, who like most of the officials interviewed for this story "
            "requested anonymity to speak freely.\n\nThe board meets on Friday.\n\nThe ferry is late.\n\n"
            "The mayor will not run again, one longtime ally said.",
            "one longtime ally",
        ),
    ],
)
def test_a_reason_given_once_for_the_same_or_every_source_explains_it(text: str, source: str) -> None:
    assert (source, "anonymous-explained") in source_kinds(text)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Two harbour sources, who were not authorized to discuss the audit, said the board knew.\n\n"
            "The board meets on Friday.\n\nThe ferry has been late since May.\n\n"
            "A third harbour source said the audit would be published in June.",
            "A third harbour source",
        ),
        (
            "One source, who was not authorized to discuss the audit, said the board knew.\n\n"
            "The board meets on Friday.\n\nThe ferry has been late since May.\n\n"
            "A source said the audit would be published in June.",
            "A source",
        ),
        (
            "Officials familiar with the audit, who were not authorized to discuss it, said the board knew.\n\n"
            "The board meets on Friday.\n\nThe ferry has been late since May.\n\n"
            "The route will close, according to officials familiar with the timetable.",
            "officials familiar with the timetable",
        ),
    ],
)
def test_a_reason_given_for_another_source_does_not_explain_it(text: str, source: str) -> None:
    assert (source, "anonymous") in source_kinds(text)
