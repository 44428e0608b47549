"""The draft's first line as the story's headline by what it states (`article_parts.leads_its_story`): a label
over it or a tail about the story's own stream, film or app does not make it a page's promotion, where a part
of it states the story's subject in the body copy's words; a prompt, a teaser's label or a banner about
something else at the same place is still reported. The drafts are invented."""

from __future__ import annotations

import pytest
from conftest import boi_lines

_COUNT_STORY = [
    "Counting in the Penmarrow harbour board election began at the guildhall on Thursday evening, with four"
    " candidates standing for two seats on the board that runs the harbour and its fish market.",
    "The returning officer, Delyth Amory, said turnout had been the highest in a harbour board election for"
    " twenty years, and that the count would run past midnight.",
    "Fishermen have said the board's plan to sell the old ice house decided how they voted, and two of the"
    " candidates have promised to keep the ice house open for the fish market.",
]
_KETTLE_REVIEW = [
    "The Tideline Kettle 2 costs $45 and boils a full jug in under three minutes, faster than any kettle we"
    " have tried at twice the price.",
    "The catch is the companion app, which wants your location before it will let you set the temperature,"
    " and the kettle forgets its settings whenever it is unplugged.",
    "Without the app the kettle still boils, but only at full heat, which is too hot for green tea.",
]


@pytest.mark.parametrize(
    ("headline", "story"),
    [
        ("LIVE: Harbour board count goes past midnight \u2014 watch our live stream", _COUNT_STORY),
        ("Listen: Penmarrow fishermen on the harbour board vote \u2014 our election podcast", _COUNT_STORY),
        ("Tideline Kettle 2 review: the fastest cheap kettle, if you can bear the app", _KETTLE_REVIEW),
    ],
)
def test_a_first_line_stating_the_storys_subject_is_its_headline(headline: str, story: list[str]) -> None:
    assert 1 not in boi_lines([headline, *story])


def test_a_headline_over_a_byline_is_read_the_same() -> None:
    headline = "LIVE: Harbour board count goes past midnight \u2014 watch our live stream"
    assert 1 not in boi_lines([headline, "By Owain Pritchard", *_COUNT_STORY])


@pytest.mark.parametrize(
    "line",
    [
        "Get alerts: Penmarrow harbour board election count \u2014 straight to your phone",  # a prompt opening it
        "Read more: Penmarrow harbour board election count \u2014 watch our stream",  # a teaser's label
        "Watch: our documentary on the last lighthouse keepers of Skerrow Rock, streaming now",  # another story
    ],
)
def test_furniture_at_the_headlines_place_is_still_reported(line: str) -> None:
    assert 1 in boi_lines([line, *_COUNT_STORY])
