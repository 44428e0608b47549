"""An explainer's subhead between two paragraphs of the writer's prose (`article_parts.asks_its_section`): a short
line opening with "how", "what" or "why" over a paragraph on the furniture the story is about is the story's;
the same words asking the reader to act, or naming a site of their own, are still reported. The drafts are
invented."""

from __future__ import annotations

import pytest
from conftest import boi_lines

_FLOOD_ALERTS = [
    "Thousands of Eastholm residents must register for the new flood warnings, the harbour board said on Monday.",
    "The river rose twice last winter, flooding 90 homes.",
    "",
    "Residents can register online or at the library. Volunteers will help those without a phone.",
    "Harbour board member Ines Harrow said the warnings would reach people an hour sooner than the sirens did.",
]
_COOKIE_FINE = [
    "A regulator fined the Eastholm furniture shop Tallow & Pine on Monday over a cookie banner that hid its reject"
    " button.",
    "The shop said it had changed the banner within a day.",
    "",
    "Under the rules, consent must be as easy to refuse as to give.",
    "The regulator said it would write to other shops whose banners did the same, and fine those that did not"
    " change them.",
]


def with_subhead(story: list[str], subhead: str) -> list[str]:
    """The story with the line given set between its second paragraph and its third."""
    return [subhead if not paragraph else paragraph for paragraph in story]


@pytest.mark.parametrize(
    ("story", "subhead"),
    [
        (_FLOOD_ALERTS, "How to register"),
        (_FLOOD_ALERTS, "Who must register"),
        (_COOKIE_FINE, "What counts as consent"),
        (_COOKIE_FINE, "Why consent matters"),
    ],
)
def test_an_explainers_subhead_over_its_section_is_quiet(story: list[str], subhead: str) -> None:
    assert 5 not in boi_lines(with_subhead(story, subhead))  # the third paragraph, on line 5


@pytest.mark.parametrize(
    ("story", "line"),
    [
        (_FLOOD_ALERTS, "How to register with the Gazette"),  # the site's own account
        (_FLOOD_ALERTS, "Why you should register"),  # to the reader
        (_FLOOD_ALERTS, "Sign in to register"),  # a prompt
        (_COOKIE_FINE, "What our cookies do"),  # the site's voice
    ],
)
def test_a_page_line_between_the_paragraphs_is_still_reported(story: list[str], line: str) -> None:
    assert 5 in boi_lines(with_subhead(story, line))
