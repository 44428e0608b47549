"""Sections and rows of data an article sets out itself: rows of numbered fields, colon-headed sections."""

from __future__ import annotations

import pytest
from furniture_drafts import BODY as _BODY

from attrlint.article_sections import colon_section_heads, in_field_rows
from attrlint.furniture import FurnitureModel, furniture_model
from attrlint.ruleset import builtin_rule_set


@pytest.fixture(scope="module")
def model() -> FurnitureModel:
    return furniture_model(builtin_rule_set().settings)


def test_a_row_among_rows_of_numbered_fields_is_data() -> None:
    table = [_BODY[0], "Share price: 84.5p (up 6.1% today)", "No. shares: 41.2m", "Market cap: £34.8m", _BODY[1]]
    assert [index for index in range(len(table)) if in_field_rows(table, index)] == [1, 2, 3]
    alone = [_BODY[0], "Share price: 84.5p", _BODY[1]]
    assert not in_field_rows(alone, 1)  # no other row beside it
    menu = ["Share: Facebook | Twitter | Email", "Tags: ferries, harbour"]
    assert not in_field_rows(menu, 0) and not in_field_rows(menu, 1)  # labels and words, no data
    same = ["Comments: 12", "Comments: 12"]
    assert not in_field_rows(same, 0)  # a widget repeated is not a series of fields


def test_a_colon_heading_over_its_section_is_the_drafts_own_among_others(model: FurnitureModel) -> None:
    def sections(texts: list[str]) -> set[int]:
        def is_body(index: int) -> bool:
            return texts[index] in _BODY

        return colon_section_heads(texts, model, is_body)

    assert sections([_BODY[0], "About Us:", _BODY[1], "Contact Us:", "Ines Okafor, press office"]) == {1, 3}
    assert sections([_BODY[0], "About Us:", _BODY[1]]) == set()  # no other section: a pasted line has no kin
    assert sections(["About Us:", _BODY[0], "About Us:", _BODY[1]]) == set()  # a pasted line's copies are no kin
    assert sections([_BODY[0], "Follow us:", "Facebook", "Share this:", "Twitter"]) == set()  # furniture under them
