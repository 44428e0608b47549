"""Promos of a publisher's events, shop, courses, audio, video and games, and the comment widget's headers,
notices and rules, found by their vocabulary class in any wording; the same products and the same comment
section named in the story's own headlines, quotations and sentences stay quiet."""

from __future__ import annotations

import pytest
from conftest import boi_lines

STORY = [
    "The lighthouse trust voted on Monday to reopen the keeper's cottage to visitors next summer, its chair said.",
    "Repairs to the roof and the lamp room will cost about £90,000, according to the trust's surveyor.",
]


def between(line: str) -> set[int]:
    """The lines given a boilerplate finding when `line` stands between the story's two paragraphs."""
    return boi_lines([STORY[0], line, STORY[1]])


@pytest.mark.parametrize(
    "line",
    [
        "Get your tickets for the Quayside Lectures now",
        "Early-bird tickets on sale now — save 15%",
        "Tickets from £9. Book online at the gatehouse",
        "RSVP for our supporters' evening on June 3",
        "Register now for our free webinar: Running a Small Museum",
        "Shop the collection",
        "Visit the Lamp Room shop",
        "Pre-order the new guidebook today",
        "Limited-time offer: 30% off annual passes",
        "Enrol in our evening course on coastal birds",
        "Now streaming on Beacon+",
        "Available wherever you listen",
        "Out now on all major platforms",
        "Catch up on the full series",
        "Tune in to our evening bulletin at 7 p.m.",
        "Watch more: the keepers' logbooks on Beacon TV",
        "Play today's crossword",
        "Take our quiz: which lighthouse are you?",
        "Get the Keeper's Log zine — issue 7 out now, £4 in the shop",
    ],
)
def test_a_promo_of_events_shop_courses_or_audio_is_promo_furniture(line: str) -> None:
    assert between(line) == {3}, line


@pytest.mark.parametrize(
    "line",
    [
        "Mira Olsen · 9:05 PM",
        "gullwatcher replied to Mira Olsen",
        "Posted by keeper_42 on 3 June 2024, 8:10 pm",
        "Comments are moderated and may take up to a day to appear.",
        "This reply was removed by a moderator.",
        "Comments on this story are limited to subscribers.",
        "There are no comments yet. Why not be the first?",
        "Newest | Oldest | Most liked",
        "9 people liked this",
        "Read our moderation policy",
        "31 likes",
        "Recommend (6)",
        "\U0001f44d 12 \U0001f44e 3",
        "Posted 5 hours ago by keeper_42",
        "Anonymous said...",
        "gullwatcher 3h",
        "Commenters need to verify their email",
        "Comment moderation is enabled",
    ],
)
def test_a_commenters_header_a_moderation_notice_or_a_sort_row_is_comment_furniture(line: str) -> None:
    assert between(line) == {3}, line


@pytest.mark.parametrize(
    "line",
    [
        "Tickets for the cottage tours sold out within a day, the trust said.",
        "Cottage tour tickets go on sale",
        '"Book early," the warden told visitors.',
        "He urged families to buy tickets before the summer.",
        "The course costs £120 and runs for six weeks.",
        "The trust's shop sold 4,000 postcards last year.",
        "Should you buy one?",
        "Tune in to coastal radio, coastguard urges sailors",
        "Webinars take the place of parish meetings in the valley",
        "Masterclass: how the keeper rebuilt the lamp",
        "Members' evenings return to the lighthouse",
        "Limited-time offer lures visitors back to the coast",
        "RSVP cards went out to 200 guests.",
        "Book now or lose your place, trust warns",
        "Free entry to the cottage for children from May",
        "Our monthly briefing with the trustees was postponed.",
        "Comments that are abusive will be taken off the page, a trust spokesman said.",
        "There are no comments yet from the trust on the survey.",
        "The post was deleted an hour later, the council's spokesman said.",
        "Comments may take months to appear in the official record.",
        "Comments are limited to two minutes each at the public meeting.",
        "Twelve people liked the idea, and four opposed it.",
        "The newest and oldest boats were both damaged.",
        "The trust's post drew 31 likes before it was taken down.",
        "Commenters must now give their real names, the trust said.",
        "The warden wrote:",
        "Posted 5 hours ago by the trust, the notice was gone by noon.",
    ],
)
def test_the_storys_own_lines_about_tickets_shops_and_comments_stay_quiet(line: str) -> None:
    assert between(line) == set(), line
