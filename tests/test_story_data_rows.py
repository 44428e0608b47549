"""A story sets its own figures and lists on one line under a label, in the words of the furniture it reports
on: a fact box's row keyed by years or by phrases, a row of shares under the story's heading, a list of the
pages a failure hit. A page's counter, its row of links, a tag list and a teaser's row stay furniture. The
drafts are invented."""

from __future__ import annotations

import pytest
from conftest import boi_lines

from attrlint.article_sections import story_data_row
from attrlint.body_words import body_words
from attrlint.furniture import FurnitureModel

_FERRY_STORY = [
    "Ferry app outage strands commuters at Kellmouth quay",
    "Commuters at Kellmouth quay waited more than two hours on Monday after the booking app of the ferry"
    " operator Tidewell Lines stopped issuing tickets, the operator said.",
    "Tidewell Lines said the outage began when its payment provider failed, and that refunds would reach every"
    " passenger who had bought a ticket, and every season pass holder whose services were affected.",
    "The regulator fined Tidewell Lines twice for outages in earlier years, and its chief inspector said"
    " the operator's servers had failed before, most often during the winter timetable.",
]
_ROWS = [
    # a fact box's row keyed by years, with the furniture's words ("app") among the story's
    "2024: 3 outages (podcast app) \u00b7 2025: 5 outages (video app) \u00b7 2026: 2 outages (Tidewell Lines)",
    # one label over figures keyed by years
    "Outages by year: 2024 \u2014 3 \u00b7 2025 \u2014 5 \u00b7 2026 \u2014 2 (booking app and newsletter)",
    # a fact box's fields, one without figures
    "Opt-in alerts: text, email, app | Refund window: 30 days | Fine per outage: $9,000 | Pass holders: 1,200",
    # a list under a phrased label of the story's
    "Services affected: ticket booking \u00b7 refund requests \u00b7 season pass log-in \u00b7 timetable alerts",
    # a print story's fact box under a teaser's label, each cell closing on its figure, parted by semicolons
    "Related: Tidewell Lines outage, March 3; regulator's fine, May 19; season pass refunds, Sept. 8",
    # the same, parted by slashes
    "Related: Tidewell Lines outages 2025: 5 / regulator's fines: $9,000 / passengers refunded 1,200",
    # a series by years under a label with one word of the story's
    "Refund alerts sent: 2024 \u2014 310; 2025 \u2014 540; 2026 \u2014 1,020",
]


@pytest.mark.parametrize("row", _ROWS)
def test_a_row_of_the_storys_data_between_its_paragraphs_is_its_own(row: str) -> None:
    assert 7 not in boi_lines([*_FERRY_STORY[:3], row, _FERRY_STORY[3]])


def test_a_row_of_shares_under_the_storys_heading_is_its_own() -> None:
    heading = "How passengers paid for tickets on Monday"
    row = "Card only: 58% \u00b7 Card + phone: 27% \u00b7 App log-in: 9% \u00b7 Cash: 6%"
    assert 9 not in boi_lines([*_FERRY_STORY[:3], heading, row, _FERRY_STORY[3]])


@pytest.mark.parametrize(
    "row",
    [
        "Shares: 40 \u00b7 Comments: 12 \u00b7 Likes: 310",  # the page's counter
        "Follow us: Facebook \u00b7 Instagram \u00b7 X \u00b7 Email",  # the page's links
        "Topics: Tidewell Lines \u00b7 outages \u00b7 Kellmouth quay \u00b7 refunds",  # a tag list, one-word label
        "Related: Tidewell fares rise \u00b7 Kellmouth quay to close \u00b7 New winter timetable",  # a teaser's row
        "Call: 0800 555 0199 \u00b7 Text: 0777 123 456 \u00b7 Hours: 9 to 5",  # a label that is one imperative
        "Your alerts: 3 outages \u00b7 2 refunds \u00b7 1 timetable change",  # a word to the reader
    ],
)
def test_a_pages_row_is_no_row_of_the_storys_data(model: FurnitureModel, row: str) -> None:
    texts = [*_FERRY_STORY[:3], row, _FERRY_STORY[3]]
    assert not story_data_row(texts, 3, model, body_words([_FERRY_STORY[1], _FERRY_STORY[2], _FERRY_STORY[3]]))


def test_the_pages_counter_between_the_storys_paragraphs_is_still_reported() -> None:
    assert 7 in boi_lines([*_FERRY_STORY[:3], "Shares: 40 \u00b7 Comments: 12 \u00b7 Likes: 310", _FERRY_STORY[3]])
    # a series by years under a label of furniture's words alone
    assert 7 in boi_lines(
        [*_FERRY_STORY[:3], "Alerts sent: 2024 \u2014 310; 2025 \u2014 540; 2026 \u2014 1,020", _FERRY_STORY[3]]
    )


def test_the_heading_over_a_row_of_the_storys_data_is_its_own() -> None:
    row = _ROWS[0]
    assert 7 not in boi_lines([*_FERRY_STORY[:3], "Outages under the privacy law", row, _FERRY_STORY[3]])
    assert 7 in boi_lines([*_FERRY_STORY[:3], "Most read on the app", row, _FERRY_STORY[3]])  # a widget's label
