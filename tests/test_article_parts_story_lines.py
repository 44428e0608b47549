"""A story about page furniture sets its own display lines, bylines and fact boxes with the furniture's words:
a labelled explainer headline, a byline crediting the pictures' maker, a subhead on the story's topic and a
fact box whose labels are phrases (attrlint.article_parts, which reads a story's parts; a fact box's row,
attrlint.article_sections). The drafts are invented."""

from __future__ import annotations

import pytest
from conftest import boi_lines

from attrlint.article_parts import shared_byline
from attrlint.furniture import FurnitureModel

_PODCAST_STORY = [
    "A decade ago, a comedian who lost a television slot went back to the clubs. Now she starts a podcast,"
    " books a sponsor and hopes ten thousand listeners stay for every episode.",
    "About 9,000 shows in Marrowby now carry paid advertising, according to a count by the research firm"
    " Tolvane Metrics, up from about 2,000 three years ago.",
    "Most of them are recorded in spare rooms, and most, the firm found, lose their listeners within a year.",
]
_PODCAST_MORE = [
    "Lawyers for two hosts sued last spring said the case could decide how courts treat podcasts that mix"
    " reporting with jokes, and whether an apology read on air is enough.",
    "Ombretta Lisle, who teaches media law at Marrowby University, said most hosts had never read the"
    " defamation rules their radio colleagues learned on the first day.",
]


def test_an_explainer_after_a_label_is_the_storys_headline() -> None:
    headline = "Podcast gold rush: why every comedian you know now has a show to sell you"
    assert 1 not in boi_lines([headline, *_PODCAST_STORY])
    assert 1 in boi_lines(["Podcasts: why you should listen to ours every morning", *_PODCAST_STORY])


def test_a_byline_crediting_the_photographer_is_the_storys(model: FurnitureModel) -> None:
    byline = "By Odile Farrant | Photographs by Caspar Nwosu"
    assert 3 not in boi_lines(["Inside the clubs where podcasts are born", byline, *_PODCAST_STORY])
    assert shared_byline("By Odile Farrant and Ben Sato | Photos and video by Caspar Nwosu", model)
    assert not shared_byline("By Odile Farrant | Photo by Caspar Nwosu/Wire", model)  # a caption's credit
    assert not shared_byline("By Odile Farrant | Photo by Getty Images", model)  # an agency
    assert not shared_byline("By Odile Farrant | Sponsored by Tolvane Foods", model)  # a sponsor
    assert not shared_byline("Photo by Caspar Nwosu | Odile Farrant", model)  # no writer's "By"


def test_a_byline_whose_writer_is_credited_under_a_label_is_the_storys(model: FurnitureModel) -> None:
    byline = "Text by Odile Farrant | Pictures by Caspar Nwosu"
    assert 3 not in boi_lines(["Inside the clubs where podcasts are born", byline, *_PODCAST_STORY])
    assert shared_byline("Reporting by Odile Farrant | Photos by Caspar Nwosu", model)
    assert not shared_byline("Sponsored by Tolvane Foods | Photos by Caspar Nwosu", model)  # an advertiser's label
    assert not shared_byline("Photos by Caspar Nwosu | Video by Ben Sato", model)  # credits only, no writer


@pytest.mark.parametrize("subhead", ["Podcasts and defamation", "The trouble with podcasts"])
def test_a_subhead_on_the_storys_topic_is_its_own(subhead: str) -> None:
    headline = "Comedy podcasts face a wave of libel suits in Marrowby"
    draft = [headline, *_PODCAST_STORY, subhead, *_PODCAST_MORE]
    assert 9 not in boi_lines(draft)


@pytest.mark.parametrize(
    "residue",
    [
        "Subscribe to our podcast",  # a prompt
        "Podcast archive",  # a page's label, no phrase
        "More podcasts from the Marrowby Courier",  # a teaser naming the site
        "Odile Farrant/Facebook",  # a picture's credit
    ],
)
def test_furniture_between_the_paragraphs_of_a_story_on_it_stays_found(residue: str) -> None:
    headline = "Comedy podcasts face a wave of libel suits in Marrowby"
    assert 9 in boi_lines([headline, *_PODCAST_STORY, residue, *_PODCAST_MORE])


def test_a_fact_box_whose_labels_are_long_phrases_is_the_storys() -> None:
    box = "Runs ads before every episode: 7 of 10 | Lets you download episodes for free: 4 of 10"
    assert 9 not in boi_lines(
        ["Comedy podcasts face a wave of libel suits in Marrowby", *_PODCAST_STORY, box, *_PODCAST_MORE]
    )


_FARES = [
    "The harbour trust said on Monday it would cut ferry fares for islanders by a fifth next month, its chair said.",
    "The trust said the cut would cost about £40,000 a year, paid from the harbour levy, according to its accounts.",
]
_ANSWER = "The cut is welcome, but it comes three years too late for the islanders who lost their winter crossings."


def test_a_heading_in_the_writers_voice_over_their_prose_is_the_writers_own() -> None:
    assert boi_lines([*_FARES, "My comments:", _ANSWER]) == set()  # a blogger answering what they quoted
    assert boi_lines([*_FARES, "Reader comments:", _ANSWER]) == {5}  # the page's section, not the writer's


_INTERVIEW = [
    "Petra Lindqvist took over the Kestrel Bay ferry company in March. She spoke to us about fares, winter"
    " crossings and the queues at the slipway.",
    "Q: What has surprised you most since March?",
    "A: My mornings go on the replies. Every late sailing starts a conversation.",
    "Q: Will the winter crossings come back?",
    "A: Two of them will, from November, and I will publish the figures behind that decision before the board meets.",
]


def test_a_turn_of_a_transcript_is_the_interviews_own() -> None:
    assert 5 not in boi_lines(_INTERVIEW)  # the answer names the comment thread as any sentence may
    unlabelled = [_INTERVIEW[0], _INTERVIEW[2][3:], _INTERVIEW[4][3:]]
    assert 3 in boi_lines(unlabelled)  # the same words with no speaker's turn around them


def test_a_labelled_headline_whose_subject_holds_a_possessive_and_a_compound_reads_as_one() -> None:
    headline = "WATCH: Teenage keeper's last-minute save sends Kestrel Bay through"
    stacked = f"Log in to follow your club and get match alerts\n{headline}"
    match = [
        stacked,  # a page's prompt stacked over the headline, one line each
        "Seventeen-year-old Ines Marrow saved a penalty in the last minute to send Kestrel Bay into the cup's"
        " fourth round for the first time since 1998.",
        "The save, low to her left, came after the visitors had hit the post twice in the second half.",
    ]
    lines = boi_lines(match)
    assert 2 not in lines and 1 in lines


def test_a_statement_whose_verb_stands_in_a_relative_clause_narrates_what_it_names() -> None:
    story = [
        "The Kestrel Bay moth count returns this summer, and organisers hope to beat last year's tally of 212"
        " species recorded over one weekend in the dunes.",
        "Volunteers walk set routes at dusk, and the organisers said a record 340 of them took part last year.",
        "Volunteers sign up through the trust's app, which sends a reminder before the count and logs each moth.",
        "The organisers said the dunes' count had doubled since the trust began paying for the traps in 2019.",
    ]
    assert 5 not in boi_lines(story)
