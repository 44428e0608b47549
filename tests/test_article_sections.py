"""Sections and rows of data an article sets out itself: rows of numbered fields, colon-headed sections."""

from __future__ import annotations

from conftest import boi_lines
from furniture_drafts import BODY as _BODY

from attrlint.article_sections import (
    colon_section_heads,
    headings_among_entries,
    heads_labelled_rows,
    in_field_rows,
    in_table,
    introduced_runs,
    subhead_between_sections,
    titles_its_section,
    transcript_turns,
)
from attrlint.body_words import body_words
from attrlint.furniture import FurnitureModel


def test_a_row_among_rows_of_numbered_fields_is_data() -> None:
    table = [_BODY[0], "Share price: 84.5p (up 6.1% today)", "No. shares: 41.2m", "Market cap: £34.8m", _BODY[1]]
    assert [index for index in range(len(table)) if in_field_rows(table, index)] == [1, 2, 3]
    alone = [_BODY[0], "Share price: 84.5p", _BODY[1]]
    assert not in_field_rows(alone, 1)  # no other row beside it
    menu = ["Share: Facebook | Twitter | Email", "Tags: ferries, harbour"]
    assert not in_field_rows(menu, 0) and not in_field_rows(menu, 1)  # labels and words, no data
    same = ["Comments: 12", "Comments: 12"]
    assert not in_field_rows(same, 0)  # a widget repeated is not a series of fields


def test_a_row_that_says_in_a_phrase_what_it_counts_is_data_beside_a_short_row() -> None:
    table = [_BODY[0], "Replies posted in the first week: 2,180", "Replies held: 340", _BODY[1]]
    assert [index for index in range(len(table)) if in_field_rows(table, index)] == [1, 2]
    phrased = [_BODY[0], "Replies posted in the first week: 2,180", "Replies held back by the editors: 340", _BODY[1]]
    assert not in_field_rows(phrased, 1)  # no row beside it with a short label
    lone = [_BODY[0], "Comments on this story so far: 14", _BODY[1]]
    assert not in_field_rows(lone, 1)  # a counter alone


def test_a_colon_heading_over_its_section_is_the_drafts_own_among_others(model: FurnitureModel) -> None:
    def sections(texts: list[str]) -> set[int]:
        def is_body(index: int) -> bool:
            return texts[index] in _BODY

        return colon_section_heads(texts, model, is_body)

    assert sections([_BODY[0], "About Us:", _BODY[1], "Contact Us:", "Ines Okafor, press office"]) == {1, 3}
    assert sections([_BODY[0], "About Us:", _BODY[1]]) == set()  # no other section: a pasted line has no kin
    assert sections(["About Us:", _BODY[0], "About Us:", _BODY[1]]) == set()  # a pasted line's copies are no kin
    assert sections([_BODY[0], "Follow us:", "Facebook", "Share this:", "Twitter"]) == set()  # furniture under them


def test_a_row_of_a_table_is_data_where_its_delimiter_row_or_a_row_like_it_stands() -> None:
    table = [_BODY[0], "| Quay | Votes | Share |", "|---|---|---|", "| North | 41 | 55% |", _BODY[1]]
    assert [index for index in range(len(table)) if in_table(table, index)] == [1, 2, 3]
    footer = [_BODY[0], "About | Contact | Privacy | Terms", "Share | Tweet | Email"]
    assert not in_table(footer, 1) and not in_table(footer, 2)  # links, no delimiter row
    sheet = [_BODY[0], "Team\tPlayed\tShare of goals", "Quay Rovers\t12\t31%", "Harbour Town\t12\t27%", _BODY[1]]
    assert [index for index in range(len(sheet)) if in_table(sheet, index)] == [1, 2, 3]
    assert not in_table([_BODY[0], "Share\tTweet\tEmail", _BODY[1]], 1)  # one row of buttons is no table


def _is_body(texts: list[str]):
    return lambda index: texts[index] in _BODY


def test_references_under_their_introduction_are_the_drafts_own(model: FurnitureModel) -> None:
    sources = ["Footage came from:", "Harbour TV – https://harbour-tv.example.net/", "https://youtube.com/c/quay"]
    texts = [_BODY[0], *sources, _BODY[1]]
    assert introduced_runs(texts, model, _is_body(texts)) == {2, 3}
    cited = [_BODY[0], "Sources:", 'Reuters, "Ferry strike ends", 12 March 2024', "Okafor, I. (2021). Quays."]
    assert introduced_runs(cited, model, _is_body(cited)) == {2, 3}
    shares = [_BODY[0], "Social:", "https://facebook.com/harbour", "https://twitter.com/harbour", _BODY[1]]
    assert introduced_runs(shares, model, _is_body(shares)) == set()  # every link names a network
    prompted = [_BODY[0], "Follow us:", "Harbour TV – https://harbour-tv.example.net/", "https://youtube.com/c/quay"]
    assert introduced_runs(prompted, model, _is_body(prompted)) == set()  # a prompt introduces residue


def test_a_table_set_a_cell_a_line_under_its_introduction_is_the_drafts_own(model: FurnitureModel) -> None:
    cells = ["Quay", "Share", "Comment", "North", "Most in favour", "South", "Split on the fees", "East", "No view"]
    texts = [_BODY[0], "The notes on each quay were as follows:", *cells, _BODY[1]]
    assert introduced_runs(texts, model, _is_body(texts)) == set(range(2, 11))
    heading = [_BODY[0], "Notes on each quay:", *cells, _BODY[1]]
    assert introduced_runs(heading, model, _is_body(heading)) == set()  # a heading, no statement, over cells
    widgets = [_BODY[0], "The notes were as follows:", "Share", "Comment", "Tweet", "North", _BODY[1]]
    assert introduced_runs(widgets, model, _is_body(widgets)) == set()  # mostly furniture: no table


def test_a_heading_among_a_list_of_entries_is_the_drafts_own(model: FurnitureModel) -> None:
    entries = [
        "Ferry Apps",
        "TideTable",
        "QuayPass",
        "Harbour Maps",
        "Deck Plans",
        "Phone Apps",
        "DeckHand",
        "Quay Clock",
    ]
    texts = [_BODY[0], *entries, _BODY[1]]
    assert headings_among_entries(texts, model, _is_body(texts)) == {1, 6}
    menu = ["Home", "World", "Politics", "Business", "Sport", "Newsletters", "Podcasts"]
    texts = [_BODY[0], *menu, _BODY[1]]
    assert headings_among_entries(texts, model, _is_body(texts)) == set()  # no word of their own
    texts = [_BODY[0], *entries[:3], _BODY[1]]
    assert headings_among_entries(texts, model, _is_body(texts)) == set()  # too few lines for a list


def test_a_prompt_after_a_table_set_a_cell_a_line_is_no_cell_of_it(model: FurnitureModel) -> None:
    cells = ["Quay", "Share", "North", "55%", "South", "45%"]
    texts = [_BODY[0], "The results were as follows:", *cells, "Log in with your harbour account"]
    assert introduced_runs(texts, model, _is_body(texts)) == set(range(2, 8))


def test_a_title_over_a_paragraph_taking_up_its_furniture_words_is_the_drafts_own(model: FurnitureModel) -> None:
    section = "Traders filled the comments section under the trust's notice with complaints about the quay fees."
    texts = ["Comments Section Fills With Complaints Over Quay Fees", section]

    def body(index: int) -> bool:
        return index == 1

    assert titles_its_section(texts, 0, model, body)
    teaser = ["Read More: Traders Fill Section With Complaints Over Quay Fees", section]
    assert not titles_its_section(teaser, 0, model, body)  # the paragraph does not take up "read more"
    prompt = ["Share Your Complaints Over Quay Fees In The Comments Section", section]
    assert not titles_its_section(prompt, 0, model, body)  # a prompt to the reader
    short = ["Comments Section", section]
    assert not titles_its_section(short, 0, model, body)  # a subhead's length: heads_its_section reads it


def test_a_subhead_between_sections_that_discuss_its_furniture_is_the_drafts_own(model: FurnitureModel) -> None:
    ads = "The trust bought ads for the quay traders on the buses, and the traders say the council never saw them."
    words = body_words([_BODY[0], ads, _BODY[1]])

    def between(line: str, under: str = ads) -> bool:
        texts = [_BODY[0], line, under]
        return subhead_between_sections(texts, 1, model, words, lambda index: index != 1)

    assert between("Ads The Council Never Saw")
    assert not between("Ads The Council Never Saw", _BODY[1])  # the sections beside it do not discuss ads
    assert not between("Paid Content")  # no words of its own
    assert not between("Story continues below advertisement")  # words the story does not use
    assert not between("Sponsored by the Harbour Trust")  # furniture the story does not discuss


_CONTRACT = [
    "Ferry crews at Kestrel Bay voted on Thursday to accept a three-year contract, ending a dispute that had"
    " cancelled 40 crossings since the spring, the union said.",
    "The company said the deal would cost it about £1.2m over the three years.",
]
_TERMS = [
    "Pay: 4% a year for three years",
    "Rota: no more than four night shifts a month",
    "Overtime: capped at six hours",
]


def test_a_heading_over_a_fact_box_set_a_row_a_line_is_the_storys(model: FurnitureModel) -> None:
    assert heads_labelled_rows([*_CONTRACT, "Contract terms", *_TERMS], 2, model)
    assert 5 not in boi_lines([*_CONTRACT, "Contract terms", *_TERMS])
    assert 5 in boi_lines([*_CONTRACT, "Terms of use", *_TERMS])  # no word of its own: the page's link
    assert not heads_labelled_rows([*_CONTRACT, "Follow us", "Facebook: @kestrelferries", "X: @kbferry"], 2, model)
    assert not heads_labelled_rows([*_CONTRACT, "Contract terms", _TERMS[0], _CONTRACT[1]], 2, model)  # one row


def test_the_turns_of_a_transcript_alternate_between_speakers() -> None:
    turns = ["Q: Why now?", "A: The boats are old.", "Q: And the fares?", "A: They stay."]
    assert transcript_turns([_CONTRACT[0], *turns]) == {1, 2, 3, 4}
    assert transcript_turns([_CONTRACT[0], *turns[:3]]) == set()  # too few turns to be an interview
    assert transcript_turns(["PS: one more thing.", "PS: and another.", "PS: last.", "PS: really."]) == set()
