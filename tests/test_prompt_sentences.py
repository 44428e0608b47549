"""A prompt set as a sentence, opened by its imperative, is furniture, not a sentence naming furniture in
passing; so are an audio edition's promo and a shopping module's price buttons. The drafts are invented."""

from __future__ import annotations

import pytest
from conftest import boi_lines

_STORY = [
    "The Marrowby ferry will stop running on Sundays from March, the operator said on Tuesday, after a year"
    " in which passenger numbers on the route fell by a third.",
    "Councillor Ada Ferrant said the decision would cut the valley off from the hospital at weekends.",
    "The operator said it would review the timetable again in the autumn.",
]


def test_a_follow_prompt_set_as_a_sentence_is_furniture() -> None:
    prompt = "Follow the Marrowby Courier on Mastodon and Bluesky for the latest valley news."
    assert 5 in boi_lines([*_STORY[:2], prompt, _STORY[2]])


def test_a_sentence_naming_a_network_in_passing_stays_quiet() -> None:
    sentence = "The operator posts its timetable changes on Facebook every week."
    assert 5 not in boi_lines([*_STORY[:2], sentence, _STORY[2]])
    directions = "Follow the towpath past the lock to reach the quay when the ferry is not running."
    assert 5 not in boi_lines([*_STORY[:2], directions, _STORY[2]])  # an imperative naming no furniture besides


@pytest.mark.parametrize(
    "residue",
    [
        "Hear the Marrowby Minute, our daily bulletin, on your smart speaker every morning.",  # an audio promo
        "Check price at Fennick Stores | 899 pounds at Orrin Electronics",  # a shopping module's buttons
    ],
)
def test_an_audio_promo_or_a_price_button_is_furniture(residue: str) -> None:
    assert 5 in boi_lines([*_STORY[:2], residue, _STORY[2]])


def test_a_sentence_on_smart_speakers_or_prices_stays_quiet() -> None:
    sentence = "The operator said fewer people checked the timetable on smart speakers than on paper."
    assert 5 not in boi_lines([*_STORY[:2], sentence, _STORY[2]])
    prices = "Ferrant said ticket prices at the quay had doubled since the operator took over."
    assert 5 not in boi_lines([*_STORY[:2], prices, _STORY[2]])
