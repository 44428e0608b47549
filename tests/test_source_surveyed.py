"""A vague group a named survey asked is its respondents (attrlint.source_surveyed). Every sentence is invented."""

from __future__ import annotations

import pytest
from conftest import kind_of

from attrlint.source_class import VAGUE
from attrlint.source_surveyed import RESPONDENTS


@pytest.mark.parametrize(
    "text",
    [
        "A Ledger survey on Tuesday of freight analysts found the plan largely unknown. Several analysts said that "
        "the port could not finish the work by spring.",
        "A poll by the Kestrel Institute asked 40 freight analysts about the plan. Many analysts said it was too "
        "costly to finish.",
    ],
)
def test_a_group_a_named_survey_asked_is_its_respondents(text: str) -> None:
    source = next(s for s in ("Several analysts", "Many analysts") if s in text)
    assert kind_of(text, source) == RESPONDENTS


@pytest.mark.parametrize(
    "text",
    [
        # a survey with no name
        "A recent survey of freight analysts found the plan largely unknown. Several analysts said that the port "
        "could not finish the work by spring.",
        # a named survey of someone else
        "A Ledger survey of harbour pilots found the plan largely unknown. Several analysts said that the port could "
        "not finish the work by spring.",
    ],
)
def test_a_group_no_named_survey_asked_stays_vague(text: str) -> None:
    assert kind_of(text, "Several analysts") == VAGUE
