"""Furniture known by its layout whatever its words: a shopping module's row of prices at shops, and a text
alert's carrier notice. The drafts are invented."""

from __future__ import annotations

import pytest
from conftest import boi_lines

_REVIEW = [
    "Ravensby's Harlow Audio has made headphones in a converted mill for eleven years, and the new Marram pair is"
    " the first it has sold outside its own two shops.",
    "The Marram is light, folds flat and kept its charge for a week of commuting on the Ravensby line, though"
    " the cushions grew warm after an hour.",
    "Harlow Audio's owner, Dilys Penhallow, said the firm would keep building every pair by hand at the mill.",
]


@pytest.mark.parametrize(
    "row",
    [
        "$89 at Harlow Audio \u00b7 $94 at Quillmart \u00b7 $99 at Brightwave",
        "\u00a3129 at Tessel Store | \u00a3135 at Brightwave",
        "Marram headphones \u2014 \u20ac79 at Quillmart \u00b7 \u20ac84 at Tessel Store",
    ],
)
def test_a_row_of_prices_at_shops_is_a_shopping_module(row: str) -> None:
    assert 5 in boi_lines([*_REVIEW[:2], row, _REVIEW[2]])


def test_a_price_at_one_shop_in_the_storys_sentence_stays_quiet() -> None:
    sentence = "The Marram sells for $89 at Harlow Audio, the only shop in Ravensby that stocks it."
    assert 5 not in boi_lines([*_REVIEW[:2], sentence, _REVIEW[2]])


@pytest.mark.parametrize(
    "notice",
    [
        "Get Ravensby flood warnings by text: send FLOOD to 80455. Msg & data rates may apply.",
        "Text MILL to 61234 for Harlow Audio offers. Message and data rates may apply.",
    ],
)
def test_a_text_alerts_carrier_notice_is_a_sign_up(notice: str) -> None:
    assert 5 in boi_lines([*_REVIEW[:2], notice, _REVIEW[2]])


@pytest.mark.parametrize(
    "trail", ["Home \u00bb Reviews \u00bb Headphones", "Home / Reviews / Audio", "Homepage > Tech"]
)
def test_a_breadcrumb_trail_from_the_home_page_is_a_link(trail: str) -> None:
    assert 1 in boi_lines([trail, *_REVIEW])


def test_home_and_a_slash_in_the_storys_sentence_stay_quiet() -> None:
    sentence = "Penhallow splits her week between home / office work and the mill, where she tests every pair herself."
    assert 5 not in boi_lines([*_REVIEW[:2], sentence, _REVIEW[2]])
