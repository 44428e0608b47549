"""A crosshead between two paragraphs of a story heads the writer's section on the furniture it names, though
the headline names something else: the paragraph under it names the same furniture. The drafts are invented."""

from __future__ import annotations

import pytest
from conftest import boi_lines

_RADIO_STORY = [
    "Corrin Bay radio station goes online only after forty years",
    "Corrin Bay's community radio station switched off its transmitter on Sunday and now broadcasts only on the"
    " internet, its chairman, Osric Vell, told volunteers at the studio.",
    "The station said the transmitter cost more to run each year than the station raised from its annual quiz,"
    " and that most of its listeners already tuned in on their phones.",
]
_UNDER = {
    "Newsletters and sign-ups": "Vell said about 2,000 listeners had signed up for the station's weekly"
    " newsletter since the switch, and that the subscriptions had doubled in a month.",
    "Alerts and the app": "The station's app now sends listeners an alert before each live match commentary,"
    " and Vell said the alerts had brought back older listeners.",
}
_AFTER = (
    "Volunteers said they would miss the mast on the headland, which has stood above the harbour since the"
    " station first went on air."
)


@pytest.mark.parametrize("crosshead", sorted(_UNDER))
def test_a_crosshead_over_the_writers_paragraph_on_its_furniture_is_the_storys(crosshead: str) -> None:
    assert 7 not in boi_lines([*_RADIO_STORY, crosshead, _UNDER[crosshead], _AFTER])


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter",  # a prompt
        "Newsletters | Alerts | Podcasts",  # a menu
        "Newsletter archive",  # a page's label: no phrase
    ],
)
def test_furniture_over_a_paragraph_naming_it_is_still_reported(line: str) -> None:
    assert 7 in boi_lines([*_RADIO_STORY, line, _UNDER["Newsletters and sign-ups"], _AFTER])


def test_a_crosshead_over_a_paragraph_on_other_things_is_still_reported() -> None:
    assert 7 in boi_lines([*_RADIO_STORY, "Newsletters and sign-ups", _AFTER, _UNDER["Alerts and the app"]])
