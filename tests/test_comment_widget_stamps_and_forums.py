"""Comment furniture in the shapes real widgets print, each class in wordings of our own: a forum's header with
the day first or a clock of 24 hours, a question-and-answer site's stamps, badges, counts, prompts and controls,
a form's trap for robots, its fields with their notes and its menu of text formats, a row of a thread's controls, a
comment box's counter, a pinned comment, a pick's badge, a commenter's standing, likes counted and the controls that
act on a commenter. Story lines of the same words stay quiet."""

from __future__ import annotations

import pytest
from conftest import boi_lines

STORY = [
    "The ferry company said on Tuesday that the winter timetable would start a week early because of the storms.",
    "Passengers on the island route will lose two sailings a day until March, according to the harbour office.",
]


def between(line: str) -> set[int]:
    """The lines given a boilerplate finding when `line` stands between the story's two paragraphs."""
    return boi_lines([STORY[0], line, STORY[1]])


@pytest.mark.parametrize(
    "line",
    [
        "tern_watcher 3 February 2023 21:07",
        "Ines Brandt 11 October 2022 06:48",
        "Ines Brandt Oct 11, 2022 at 18:48",
        "answered Mar 2, 2019 at 14:55",
        "edited 9 June 2021",
        "4 gold badges",
        "2,310 3 3 silver badges 17 17 bronze badges",
        "212 with 97 posters participating",
        "58 readers following",
        "4 Answers",
        "Post Your Answer",
        "Thanks for contributing an answer to Ferry Questions!",
        "Please read our tips on writing good answers.",
        "Not the answer you're looking for?",
        "Draft saved",
        "Improve this question",
        "Please leave this field blank",
        "Required, but never shown",
        "Text formats options",
        "Tell us what you think :)",
        "Name (required)",
        "E-mail:(not published)",
        "Website (optional)",
        "save hide report",
        "Permalink Flag Reply",
        "See all 31 responses",
        "Write a response",
        "Expand thread",
        "Character limit: 1500",
        "You have 320 characters left",
        "Pinned by the author",
        "Staff Pick",
        "What are your thoughts?",
        "Mute this user",
        "Mark as spam",
        "Report abusive comments",
        "Sorted by Newest",
        "Likes: 9",
        "Thumbs down 2",
        "Trusted Commenter",
        "Top Contributors",
        "Posting as",
        "Nickname field is required",
        "Reply to:",
    ],
)
def test_a_forums_stamp_count_prompt_or_form_note_is_comment_furniture(line: str) -> None:
    assert between(line) == {3}, line


@pytest.mark.parametrize(
    "line",
    [
        "OBAN 3 February 2023 21:07",
        "Updated 3 February 2023 21:07",
        "The last sailing left at 21:07 on 3 February 2023.",
        "Ines Brandt 11 October 2022",
        "Asked about the delays, the captain answered on Mar 2, 2019 that repairs came first.",
        "She won 4 gold medals and two silver badges of the rowing club.",
        "About 58 readers following the story wrote to the harbour office.",
        "The inquiry heard 4 answers from the company, none of them complete.",
        "The form asks for a name and an address, which are required but never shown to other users, the firm said.",
        "Tell us what you think of the timetable, the harbour master asked islanders.",
        "The name (required) field was left blank on half the forms.",
        "Save, hide and report buttons were added to the ferry app, the company said.",
        "The consultation drew 31 responses from islanders.",
        "The company must write a response to the regulator by Friday.",
        "The new booking site raised the character limit for notes to 500.",
        "What are your thoughts on the timetable, captain?",
        "The notice was pinned by the author to the ticket office door.",
        "Her complaint to the ferry company was marked as spam by its filter.",
        "Islanders were asked to report abusive comments to the police, the council said.",
        "The booking list was sorted by newest passengers first.",
        "Trusted commenters on the island forum were asked to help, the council said.",
        "She was named top contributor to the lifeboat fund.",
        "Passengers were told the ticket number field is required.",
    ],
)
def test_the_storys_own_lines_of_dates_badges_and_answers_stay_quiet(line: str) -> None:
    assert between(line) == set(), line
