"""An adjective of a region or a bloc before an unnamed head (`region_adjectives`: "Western diplomats", "European
officials") says where the people are from and names no body; a country, a company or a name beside it still does.

Drafts of our own: invented names, places and wording.
"""

from __future__ import annotations

import pytest
from builtin_rules import sourcing_codes

HEADLINE = "Kestrel talks stall"


def codes_at(text: str) -> list[str]:
    return sourcing_codes(text, HEADLINE)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Western diplomats said the talks on the Kestrel strait had stalled.", ["ATT003"]),
        ("The talks had stalled, according to Scandinavian experts.", ["ATT003"]),
        ("European officials said the talks on the Kestrel strait had stalled.", ["ATT007"]),
        ("Middle Eastern diplomats said the talks on the Kestrel strait had stalled.", ["ATT003"]),
    ],
)
def test_a_region_before_an_unnamed_head_names_no_body(text: str, codes: list[str]):
    assert codes_at(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "South Korean officials said the talks on the Kestrel strait had stalled.",
        "Eastern Ferries officials said the talks on the Kestrel strait had stalled.",
        "Goldman analysts said the talks on the Kestrel strait had stalled.",
    ],
)
def test_a_name_beside_the_region_still_names_the_body(text: str):
    assert codes_at(text) == []
