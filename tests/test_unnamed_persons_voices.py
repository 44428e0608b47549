"""An office that speaks for a body the source names (`voice_offices`: "a press officer for the council") is on
that body's record, as a spokesman is; an unnamed official of a named body who holds no such office, or a press
aide of no body named, is still a source kept unnamed (ATT006).

Drafts of our own: invented names, places and wording.
"""

from __future__ import annotations

import pytest
from builtin_rules import sourcing_codes

HEADLINE = "Ferry fares rise at Kestrel Quay"


def unnamed_codes(text: str) -> list[str]:
    return sourcing_codes(text, HEADLINE)


@pytest.mark.parametrize(
    "text",
    [
        "A press officer for the harbour council said the fares would rise in March.",
        "A public information officer for the Kestrel Police Department said the driver was held overnight.",
        "The fares will rise in March, a communications director for the ferry company said.",
        "A Kestrel Harbour Trust press secretary said the board had voted against the plan.",
        "The ministry's communications director said the plan was final.",
        "A campaign press aide said the rally would go ahead.",
        "Two communications officials at the agency said the figures were wrong.",
        "A press aide to the governor told the Courier that the visit was cancelled.",
        "According to a media officer with the Kestrel Police, the road will reopen on Sunday.",
    ],
)
def test_an_office_that_speaks_for_a_body_it_names_is_on_the_record(text: str):
    assert unnamed_codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A senior official at the ministry said the plan had been rushed.",
        "A council official said the vote would be delayed.",
        "A police officer at the quay said the driver was held overnight.",
        "A senior press aide said the rally would go ahead.",
        "A press officer said the fares would rise in March.",
    ],
)
def test_an_unnamed_official_who_speaks_for_no_body_named_is_still_reported(text: str):
    assert unnamed_codes(text) == ["ATT006"]
