"""A paragraph of the story's own reporting inside its body copy names an app, alerts or a podcast in passing, in
full sentences and in words the rest of the story need not use (attrlint.article_parts.reports_in_the_body), while
a page's notice set as sentences speaks as the site or to the reader. The drafts are invented."""

from __future__ import annotations

import pytest
from conftest import boi_lines

from attrlint.article_parts import plain_statement, reports_in_the_body
from attrlint.furniture import FurnitureModel

_HEADLINE = "Quarry town's sirens to be replaced after 40 years"
_STORY = [
    "Kessingford council voted on Tuesday to replace the six air-raid sirens that have warned the town of blasts at"
    " the Dunmere quarry since 1984, after two of them failed during a test in March.",
    "The new system, bought from a firm in Leeds for 212,000 pounds, sounds a spoken warning and can be aimed at"
    " single streets, councillors were told.",
]
_CLOSING = "Work begins in the spring."

_REPORTING = [  # each reported before this reading
    "Alerts about each blast will be sent to residents within 60 seconds, and a free app will let walkers follow"
    " the firing times.",
    "Text alerts went out to 3,400 phones on the first morning, and the council's app crashed twice under the load.",
]


@pytest.mark.parametrize("line", _REPORTING)
def test_reporting_that_names_furniture_inside_the_body_is_the_storys(line: str) -> None:
    assert 7 not in boi_lines([_HEADLINE, *_STORY, line, _CLOSING])
    assert 5 not in boi_lines([_HEADLINE, _STORY[0], line, *_STORY[1:]])  # between two paragraphs of body copy


@pytest.mark.parametrize(
    "residue",
    [
        "Sign up to get the Kessingford newsletter and alerts sent to your phone every weekday before the quarry"
        " opens.",  # a prompt: an imperative, the reader
        "Comments on our stories are closed after three days, and replies that break the house rules will be"
        " removed by the moderators.",  # the site's voice
        "You can now get alerts about the quarry from the Kessingford Courier app within a minute of each"
        " blast.",  # to the reader
    ],
)
def test_a_pages_notice_in_sentences_inside_the_body_stays_found(residue: str) -> None:
    assert 7 in boi_lines([_HEADLINE, *_STORY, residue, _CLOSING])


def test_a_sentence_naming_furniture_with_no_story_under_it_is_left_to_the_model() -> None:
    """Under the last paragraph of the story, where a page's notices collect, a sentence naming alerts and an app
    is not read as reporting inside the body: with no story after it, the model's verdict stands."""
    assert 7 in boi_lines([_HEADLINE, *_STORY, _REPORTING[0]])
    assert 7 in boi_lines([_HEADLINE, *_STORY, _REPORTING[0], "Download the Courier app."])


def test_the_readings_of_a_story_paragraph(model: FurnitureModel) -> None:
    assert reports_in_the_body(_REPORTING[0], model)
    assert not reports_in_the_body("A free app will let walkers check the firing times.", model)  # not as long as prose
    assert not reports_in_the_body(_REPORTING[0].rstrip(".") + ", you will find.", model)  # the reader
    assert not reports_in_the_body(_REPORTING[0] + " Download it from kessingford.example today.", model)
    assert not reports_in_the_body(
        "Sirens sounding over the Dunmere quarry on Tuesday, before the vote in the council chamber. Photo: Ana Ruiz",
        model,
    )  # a caption's credit
    assert plain_statement(_CLOSING, model)
    assert not plain_statement("Download the app.", model)
    assert not plain_statement("The app is free.", model)  # it names furniture


_ADVICE_STORY = [
    "Hackers read the messages of about 4,000 patients of the Brindle Valley clinics last month, after a"
    " password taken from a nurse's laptop opened the clinics' online portal, the health board said on Monday.",
    "The board said no medical records were changed, and that it had written to every patient whose messages"
    " were read.",
]
_ADVICE_AFTER = "Patient advocate Lorna Beck said many older patients rely on relatives to manage their logins."


@pytest.mark.parametrize("heading", ["What patients should do", "How to protect yourself", "Are you affected?"])
def test_advice_under_a_subhead_that_asks_or_explains_is_the_storys(heading: str) -> None:
    advice = "Reset your portal password and do not use it for any other account."
    assert 7 in boi_lines([_HEADLINE, *_ADVICE_STORY, advice, _ADVICE_AFTER])  # the same line with no heading
    assert 9 not in boi_lines([_HEADLINE, *_ADVICE_STORY, heading, advice, _ADVICE_AFTER])


@pytest.mark.parametrize(
    ("heading", "residue"),
    [
        ("What patients should do", "Reset your password at brindle.example/login before you sign in again."),  # a link
        ("How to protect yourself", "Log in to our portal to manage your alerts."),  # the site's voice
        ("Why am I seeing this?", "Reset your password and sign in again to keep reading."),  # the writer's voice
        ("Manage your account", "Reset your portal password and do not use it for any other account."),  # no question
    ],
)
def test_a_prompt_under_a_heading_of_the_page_stays_found(heading: str, residue: str) -> None:
    assert 9 in boi_lines([_HEADLINE, *_ADVICE_STORY, heading, residue, _ADVICE_AFTER])
