"""The class of each source the attribution analysis reads: vague, anonymous (with or without a reason), named."""

from __future__ import annotations

import ast
import inspect

import pytest
from conftest import kind_of, source_kinds

from attrlint import source_class


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Some commentators said the plan was doomed.", ("Some commentators", "vague")),
        ("The plan is doomed, said insiders.", ("insiders", "vague")),
        ("Critics wrote that the ferry was too slow.", ("Critics", "vague")),
        ("Observers suggested that the ferry was too slow.", ("Observers", "vague")),
        ("The ferry is too slow, according to many analysts.", ("many analysts", "vague")),
        # a hyphen inside a word before the phrase cue opens no clause whose words could be its source
        (
            "The mayor holds single-digit leads among voters in the harbour wards, according to some analysts.",
            ("some analysts", "vague"),
        ),
        ("Critics of the plan say the ferry is too slow.", ("Critics of the plan", "vague")),
        ("The ferry is too slow, said analysts of the harbour trade.", ("analysts of the harbour trade", "vague")),
        ("However, critics are denouncing the new timetable.", ("critics", "vague")),
        ("The ferry is too slow, said insiders when asked about the timetable.", ("insiders", "vague")),
        ("The ferry is \u201ctoo slow by half,\u201d as insiders said on Monday.", ("insiders", "vague")),
        ("The ferry is ''too slow by half,'' as critics wrote last week.", ("critics", "vague")),
        # a participle cue after the clause whose subject the group is, after an adverb or an opening phrase
        ("Some critics rounded on the board in a speech, accusing it of waste.", ("Some critics", "vague")),
        ("Insiders pointedly turned to the ferry board, saying the timetable was unfair.", ("Insiders", "vague")),
        (
            'In early May, observers contacted the harbour office, writing: "We need the figures."',
            ("observers", "vague"),
        ),
        # a time the words were said between the source and its cue is the cue's, no body the source belongs to
        ("Economists on Monday said the ferry was too slow.", ("Economists", "vague")),
        ("Critics last week said the ferry was too slow.", ("Critics", "vague")),
        ("Analysts in 2014 warned that the ferry was too slow.", ("Analysts", "vague")),
        # a sentence adverb set between the source and its cue without commas
        ("Critics however said the ferry was too slow.", ("Critics", "vague")),
        ("Some commentators meanwhile argued that the ferry was too slow.", ("Some commentators", "vague")),
        ("Two aides on Tuesday night said the vote was off.", ("Two aides", "anonymous")),
        # and after an inverted cue
        ("The ferry is too slow, said critics in March.", ("critics", "vague")),
        ("The ferry is too slow, said critics late Tuesday.", ("critics", "vague")),
        # after a count or an opener, a word and a preposition that place the people belong to the source
        (
            "Four people present at the hearing said the vote was off.",
            ("Four people present at the hearing", "anonymous"),
        ),
        (
            '"The vote is off," said two people present at the meeting.',
            ("two people present at the meeting", "anonymous"),
        ),
        # a verb that opens its sentence has its subject after it
        ('The ferry ran late again. Said critics, "Nobody on the board takes the bus."', ("critics", "vague")),
        ('The ferry ran late again.\n\nAdded some observers: "Nobody rides it twice."', ("some observers", "vague")),
        (
            "People familiar with the matter told the paper the vote was off.",
            ("People familiar with the matter", "anonymous"),
        ),
        ("The vote is off, a senior official said.", ("a senior official", "anonymous")),
        ("The vote is off, said two people briefed on the talks.", ("two people briefed on the talks", "anonymous")),
        ("State Treasurer Ana Ruiz reportedly said the fund was empty.", ("State Treasurer Ana Ruiz", "person")),
        ("Pentagon officials said the test had worked.", ("Pentagon officials", "role")),
        ("Tomas Reyes, an official at the harbour board, said the test had worked.", ("Tomas Reyes", "person")),
    ],
)
def test_the_class_of_a_source(text: str, expected: tuple[str, str]) -> None:
    assert expected in source_kinds(text)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "A senior adviser said the toll was dead. The adviser, Ines Okafor, added that the board agreed.",
            "A senior adviser",
        ),
        ("The toll is dead, a senior adviser said. Adviser Ines Okafor told the board in May.", "a senior adviser"),
        (
            "The toll is dead, a veteran diplomat said. Ines Okafor, a veteran diplomat, wrote it in May.",
            "a veteran diplomat",
        ),
        ("The toll is dead, an ally said. Ines Okafor, who has known him for years, said the board agreed.", "an ally"),
        (
            "The toll is dead, a senior adviser said. The board meets in May. The adviser, Ines Okafor, left in June.",
            "a senior adviser",
        ),
        (
            "The mayor called the vote a win, while one board official called it “a quiet betrayal.”\n\n"
            "The board meets in May.\n\nThe ferry is late.\n\n"
            "Ines Okafor, who sits on the board, called the vote “a quiet betrayal” of the islands.",
            "one board official",
        ),
    ],
)
def test_an_anonymous_source_named_nearby_is_not_anonymous(text: str, source: str) -> None:
    assert (source, "anonymous, named nearby") in source_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The toll is dead, a senior adviser said. The board meets in May.",
        "The toll is dead, a senior adviser said.\n\nThe board met.\n\nThe ferry is late.\n\n"
        "The adviser, Ines Okafor, left.",
        "The toll is dead, a senior official said. Ann Voss, the mayor, said the board would meet.",
        "Ines Okafor runs the board. The toll is dead, an ally said. Ines Okafor said the board would meet.",
        "The toll must be approved by the Harbour Board, a former official said.",
        "The vote is “a quiet betrayal,” a board official said.\n\nThe mayor called it “a quiet betrayal” too.",
    ],
)
def test_an_anonymous_source_with_no_name_close_by_stays_anonymous(text: str) -> None:
    assert [kind for _, kind in source_kinds(text)][0] == "anonymous"


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "In a tape the Courier found, a veteran diplomat said the minister skipped the review. The tape shows "
            "Ines Okafor, who was undersecretary for trade at the time, describing the talks.",
            "a veteran diplomat",
        ),
        (
            "The toll is dead, a close ally said. Tomas Brandt, a longtime friend of the mayor, has since denied it.",
            "a close ally",
        ),
        ("Two aides said the toll was dead. Ines Okafor, a deputy to the mayor, would not say more.", "Two aides"),
        # another form of a word that fits ("staff" for "staffer")
        ("Two aides said the toll was dead. Ines Okafor, one of the mayor's staff, would not say more.", "Two aides"),
        ("A senior adviser said the toll was dead. Ines Okafor, who advised the mayor, left.", "A senior adviser"),
    ],
)
def test_an_anonymous_source_described_by_a_fitting_role_nearby_is_named(text: str, source: str) -> None:
    assert (source, "anonymous, named nearby") in source_kinds(text)


def test_an_anonymous_source_whom_the_next_sentence_opens_with_as_speaking_is_named() -> None:
    text = (
        "A close ally suggested the mayor would back the toll. Harbour Commissioner Tomas Brandt (L) tried to take "
        "back his words a day after he said them."
    )
    assert ("A close ally", "anonymous, named nearby") in source_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun speaks in a later clause: the person opening the sentence may be whom the source spoke of
        "The minister will resign, a senior official said. Ines Okafor has led the ministry since 2019, and she said "
        "nothing.",
        # a person named before the source
        "Tomas Brandt runs the port. A close ally suggested the mayor would back the toll. Tomas Brandt tried to "
        "take back his words after he said them.",
    ],
)
def test_a_person_opening_the_next_sentence_is_not_always_the_source(text: str) -> None:
    assert [kind for _, kind in source_kinds(text)][0] == "anonymous"


def test_an_anonymous_source_described_before_the_name_nearby_is_named() -> None:
    text = "The toll is dead, a close ally said. Longtime confidant Tomas Brandt has since denied it."
    assert ("a close ally", "anonymous, named nearby") in source_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a role that is no kind of the head: another voice, on the record
        "A senior aide said the budget was cut. Ines Marr, a spokeswoman for the council, said it was not.",
        # a person named before the source is someone the story is about
        "Ines Okafor chairs the board. The toll is dead, a veteran diplomat said. Ines Okafor, a former envoy, "
        "disagreed.",
        # the person the source serves, named after a preposition, is not the source
        "Two aides said the toll was dead. Both work for Ines Okafor, the deputy mayor.",
        # whom the source serves, by a title in lower case after a preposition
        "Two aides said the toll was dead. Both work for deputy mayor Ines Okafor.",
        # a title in capitals is an office of its own, not a kind of the head
        "Two aides said the toll was dead. Deputy Mayor Ines Okafor disagreed.",
        # two sentences on is past the reach
        "The toll is dead, a veteran diplomat said. The board met. The ferry is late. Ines Okafor, a former envoy, "
        "disagreed.",
    ],
)
def test_an_anonymous_source_with_no_fitting_person_nearby_stays_anonymous(text: str) -> None:
    assert [kind for _, kind in source_kinds(text)][0] == "anonymous"


def test_an_anonymous_source_named_nearby_with_a_reason_stays_explained() -> None:
    text = "The toll is dead, said a senior adviser, who was not authorized to speak. The adviser, Ines Okafor, left."
    assert ("a senior adviser", "anonymous-explained") in source_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A senior official, who was not authorized to discuss the talks, said the vote was off.",
        "The vote is off, a senior official said. The official spoke on condition of anonymity because talks go on.",
        "The vote is off, a senior official said.\n\nThe official requested anonymity to describe private talks.",
        # the record the story reads kept the name back, not the writer
        "A senior official, whose name was redacted in the court filing, said the vote was off.",
        "The vote is off, a senior official said. The names of the officials were withheld by the court.",
    ],
)
def test_an_anonymous_source_with_a_reason_is_explained(text: str) -> None:
    assert ("a senior official", "anonymous-explained") in [(s.lower(), k) for s, k in source_kinds(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"The vote is off," said a senior official. "The board never met. It will not meet." The official requested'
        " anonymity to describe private talks.",
        "\u201cThe vote is off,\u201d a senior official said. \u201cNobody came. Nobody called.\u201d The official"
        " was not authorized to speak.",
    ],
)
def test_a_reason_after_the_quotation_the_source_opens_is_given(text: str) -> None:
    """The sentence after a source's is the one after the quotation its sentence opens, however many it holds."""
    assert ("a senior official", "anonymous-explained") in [(s.lower(), k) for s, k in source_kinds(text)]


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_a_source_who_was_not_authorized_in_a_contraction_gives_a_reason(mark: str) -> None:
    text = f"The vote is off, according to a party official who wasn{mark}t authorized to speak publicly."
    assert ("a party official", "anonymous-explained") in source_kinds(text)


def test_a_reason_after_a_closed_quotation_and_another_sentence_is_too_far() -> None:
    text = (
        '"The vote is off," said a senior official. The board meets in May. The official was not authorized to speak.'
    )
    assert ("a senior official", "anonymous") in source_kinds(text)


@pytest.mark.parametrize(
    "text, source",
    [
        ('"The ferry is too slow," said critics who ride it daily.', "critics"),
        ('"The ferry is too slow," said critics whose trips doubled.', "critics"),
        ('"The ferry is too slow," said insiders in a statement.', "insiders"),
        ('"The ferry is too slow," wrote observers on a harbour forum.', "observers"),
        ('"The ferry is too slow," said analysts on Tuesday.', "analysts"),
        ('"The ferry is too slow," said experts last week.', "experts"),
        ("\u201cThe ferry is too slow,\u201c said critics.", "critics"),  # an opening mark that closes, by mistake
    ],
)
def test_a_vague_source_after_its_cue_ends_where_the_cue_goes_on(text: str, source: str) -> None:
    """After an inverted cue the source ends at a relative clause or at where and when the words were said."""
    assert (source, "vague") in source_kinds(text)


@pytest.mark.parametrize(
    "text, source",
    [
        ('"The ferry is too slow," said officials at the Harbour Board.', "officials at the Harbour Board"),
        ('"The ferry is too slow," said a senior official in an interview.', "a senior official"),
        ("The vote is off, according to a source on the call.", "a source on the call"),
    ],
)
def test_a_source_after_its_cue_keeps_its_own_words(text: str, source: str) -> None:
    assert source in [s for s, _ in source_kinds(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The vote is off, said a senior official, who spoke on condition of anonymity.",
        # a request to keep the name back is asking for anonymity, not saying why
        "The vote is off, a senior official said. He requested that his name be withheld.",
    ],
)
def test_condition_of_anonymity_alone_is_no_reason(text: str) -> None:
    assert ("a senior official", "anonymous") in [(s.lower(), k) for s, k in source_kinds(text)]


def test_a_reason_two_sentences_on_is_too_far() -> None:
    text = "The vote is off, a senior official said. The board meets in May. The official was not authorized to speak."
    assert ("a senior official", "anonymous") in source_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # the words before the cue end at a determiner or a preposition: the cue is a noun or a gerund
        "The governor, who has run the state for a decade, rallied young people with his calls to cut fares.",
        "The silence of the port authority has not stopped local pundits from speculating about the sale.",
        # the object of a verb is no source
        "The mayor has worked the phones for days, while urging her critics to wait for the audit.",
        # a generic head doing something rather than saying something
        "Fewer people signed up for the night classes than the college had planned.",
        # the subject of a passive cue is told, it does not tell
        "Many commuters and some analysts were told to expect delays.",
        # a quantifier before a clause and a participle: "Many" may begin a longer phrase ("Many ferry users")
        "Many ferry users stayed at home all week, saying the boats were unsafe.",
        # a capitalised verb that opens its sentence, whose object follows it
        "The ferry ran late again. Told critics were waiting, the mayor left by the back door.",
        # a head written with a capital mid-sentence is a title: the magazine, not people
        "The couple told People that the wedding would be small.",
    ],
)
def test_words_that_are_no_vague_source(text: str) -> None:
    assert not [source for source, kind in source_kinds(text) if kind == "vague"]


def test_an_unnamed_source_that_gives_a_reason_is_not_vague() -> None:
    text = "Senior officials spoke about the talks on condition of anonymity because the talks are secret."
    assert not [source for source, kind in source_kinds(text) if kind == "vague"]


def test_a_group_whose_member_is_quoted_next_is_not_vague() -> None:
    text = (
        "Some analysts say the toll will pay for the bridge.\n\n"
        '"The numbers are sound," said Ines Okafor, who teaches at the state university.'
    )
    assert ("Some analysts", "group, a member named") in source_kinds(text)


def test_a_group_taken_up_again_by_its_head_is_named_by_the_quotation_after_it() -> None:
    text = (
        "Some analysts say the pier will not pay. The bill counts the old pier twice.\n\n"
        "Unless the ferries return, the analysts say, the pier will close.\n\n"
        "\u201cNobody has checked the sums,\u201d said Tomas Reyes."
    )
    assert kind_of(text, "Some analysts") == "group, a member named"


@pytest.mark.parametrize(
    "text",
    [
        # taken up again two paragraphs on: past the group's reach
        "Some analysts say the pier will not pay. The bill counts the old pier twice.\n\nThe vote is in May.\n\n"
        "Unless the ferries return, the analysts say, the pier will close.\n\n"
        "\u201cNobody has checked the sums,\u201d said Tomas Reyes.",
        # another group of the same head speaks first: the later mention takes that one up
        "Some analysts say the pier will not pay. Other analysts say it will.\n\n"
        "Unless the ferries return, the analysts say, the pier will close.\n\n"
        "\u201cNobody has checked the sums,\u201d said Tomas Reyes.",
    ],
)
def test_a_group_taken_up_again_out_of_reach_stays_vague(text: str) -> None:
    assert kind_of(text, "Some analysts") == "vague"


def test_a_group_followed_by_someone_named_before_stays_vague() -> None:
    text = (
        "Ines Okafor runs the toll board. Some analysts say the toll will pay for the bridge.\n\n"
        '"The numbers are sound," said Ines Okafor.'
    )
    assert ("Some analysts", "vague") in source_kinds(text)


def test_a_generic_head_with_a_speech_cue_is_vague() -> None:
    assert ("people", "vague") in [(s.lower(), k) for s, k in source_kinds("The ferry is too slow, people say.")]


@pytest.mark.parametrize(
    "text, source",
    [
        # a head of a body's members qualified by a word a story uses for a body it has named
        ("The ferry will stop in May, campaign officials said.", "campaign officials"),
        ("Agency officials said the ferry would stop in May.", "Agency officials"),
        ("The ferry will stop in May, officials at the agency said.", "officials at the agency"),
        ("The ferry will stop in May, authorities at the agency said.", "authorities at the agency"),
    ],
)
def test_members_of_a_named_body_are_not_vague(text: str, source: str) -> None:
    found = dict(source_kinds(text))
    assert source in found
    assert found[source] not in ("vague", "anonymous")


@pytest.mark.parametrize(
    "text, source",
    [
        # a level of government is no body, and a bare head names none
        ("The ferry will stop in May, federal officials said.", "federal officials"),
        ("The ferry will stop in May, officials said.", "officials"),
        ("The ferry will stop in May, authorities said.", "authorities"),
    ],
)
def test_groups_with_no_body_of_their_own_stay_vague(text: str, source: str) -> None:
    assert (source, "vague") in source_kinds(text)


def test_a_counted_member_of_a_named_body_is_still_anonymous() -> None:
    text = "The ferry will stop in May, two campaign officials said."
    assert ("two campaign officials", "anonymous") in source_kinds(text)


def test_an_unnamed_head_followed_by_the_name_is_no_anonymous_source() -> None:
    text = "A former staffer named Ines Okafor said the board broke its rules."
    assert not [source for source, kind in source_kinds(text) if kind in ("vague", "anonymous")]


def test_a_title_and_surname_is_no_member_introduced() -> None:
    text = 'Some analysts say the toll will pay for the bridge. "The numbers are sound," said Ms. Okafor.'
    assert ("Some analysts", "vague") in source_kinds(text)


def test_a_member_quoted_in_typewriter_marks_is_named() -> None:
    text = "Some observers say the ferry may survive. ''It can work,'' said Ines Okafor, a harbour consultant."
    assert ("Some observers", "group, a member named") in source_kinds(text)


def test_the_groups_own_quotation_does_not_make_the_next_person_a_member() -> None:
    text = 'Some observers wrote: "The ferry is late." Ines Okafor said the board would meet in May.'
    assert ("Some observers", "vague") in source_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a quantifier with an infinitive after it is the object of the verb before it
        "The clubs lost their accounts, forcing some to use a cheaper service called Fareshare.",
        # a quantifier whose cue, not a speech cue, reports nothing
        "Some cheer when the mayor calls for lower fares.",
        "Hundreds of cards have arrived, many addressed simply to the captain.",
        # an initialism before the head names the body ("U.S. officials"), cut at its stop by the cue reader
        "They cited Rolf, a hacker who U.S. officials say is tied to the mayor.",
    ],
)
def test_more_words_that_are_no_vague_source(text: str) -> None:
    assert not [source for source, kind in source_kinds(text) if kind == "vague"]


def test_a_quantifier_with_a_cue_that_reports_is_vague() -> None:
    assert ("Some", "vague") in source_kinds("Some praised the plan to cut fares.")


# A member the body named before, quoted by a surname right after the group: the group is told who it is.
# The person the story opens with answers the group rather than belongs to it.
MEMBER_BY_SURNAME = (
    "Ferry fares\n\nThe harbour board met on Monday to set the fares.\n\n"
    "Ines Okafor, a consultant, has studied the route for years.\n\n"
    "Some analysts say the fares are too low. \u201cThey lose money,\u201d Ms. Okafor said."
)
SUBJECT_ANSWERS = (
    "Ferry fares\n\nTomasz Varga, the harbour master, set the fares on Monday.\n\n"
    "Some analysts say the fares are too low. \u201cThey are fair,\u201d Varga said."
)


def test_a_member_the_body_named_before_and_quoted_by_surname_is_named() -> None:
    assert ("Some analysts", "group, a member named") in source_kinds(MEMBER_BY_SURNAME)


def test_the_person_the_story_opens_with_is_no_member_of_the_group() -> None:
    assert ("Some analysts", "vague") in source_kinds(SUBJECT_ANSWERS)


@pytest.mark.parametrize(
    "text, source",
    [
        ("Some of what he said was wrong, the clerk said.", "Some of what he said"),
        ("Those people said the ferry was late.", "Those people"),
    ],
)
def test_a_partitive_of_what_and_a_group_named_before_are_not_vague(text: str, source: str) -> None:
    assert all(kind != "vague" for words, kind in source_kinds(text) if words.startswith(source.split()[0]))


@pytest.mark.parametrize(
    "text, source",
    [
        ("Ines Okafor and other harbour analysts say the toll will pay.", "Ines Okafor and other harbour analysts"),
        ("The toll is dead, Okafor and two other aides said.", "Okafor and two other aides"),
    ],
)
def test_a_group_joined_to_a_person_by_name_is_named(text: str, source: str) -> None:
    assert (source, "person") in source_kinds(text)


def test_a_group_joined_to_a_word_the_sentence_capitalised_stays_vague() -> None:
    text = "Some voters stayed home. Voters and other critics said the toll was too high."
    assert ("other critics", "vague") in source_kinds(text)


def test_a_group_whose_point_a_body_new_to_the_draft_makes_next_is_named() -> None:
    text = (
        "Ferry fares\n\nThe harbour board met on Monday.\n\nAnalysts noted that the fares had doubled.\n\n"
        "The rise was the steepest in a decade, according to the Kestrel Transport Institute."
    )
    assert ("Analysts", "group, a member named") in source_kinds(text)


@pytest.mark.parametrize(
    "second",
    [
        "It was the steepest rise in a decade, according to the Kestrel Transport Institute.",
        "According to the Kestrel Transport Institute, the rise was the steepest in a decade.",
        "A study by the consulting firm Kestrel Economics, paid for by the ferry union, predicted a third rise.",
    ],
)
def test_a_body_that_takes_up_the_groups_point_is_named(second: str) -> None:
    text = "Ferry fares\n\nThe harbour board met on Monday.\n\nAnalysts noted that the fares had doubled.\n\n" + second
    assert ("Analysts", "group, a member named") in source_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # the body the story is about answers the group
        "Ferry fares\n\nThe Harbour Board met on Monday.\n\nCritics say the fares are too high.\n\n"
        "The fares are fair, the Harbour Board said.",
        # no name closes the words before the cue
        "Ferry fares\n\nThe board met on Monday.\n\nCritics say the fares are too high.\n\n"
        "A move requiring the Senate clerk to read the bill stalled it.",
        # an outlet told, a letter's addressee: no body the cue sources words to
        "Ferry fares\n\nThe board met on Monday.\n\n\u201cThe fares are too high,\u201d said critics. "
        "He told The Harbour Ledger on Monday that the board would meet.",
        'Ferry fares\n\nThe board met on Monday.\n\nCritics called the fares "unfair." '
        "Mayor Ann Voss wrote a letter to Attorney General Tomas Reyes asking for an inquiry.",
        # a person's outlet, which the cue reader may take for the source
        "Ferry fares\n\nThe board met on Monday.\n\nCritics say the fares are too high.\n\n"
        "Ann Voss of The Harbour Ledger wrote that the board would meet.",
        # an outlet that reports speaks for its own report, not for the group
        "Ferry fares\n\nThe board met on Monday.\n\nCritics say the fares are too high.\n\n"
        "The Harbour Ledger reported the rise first.",
        # the body gives a fact of its own, not the group's point
        "Ferry fares\n\nThe board met on Monday.\n\nThe new fares punish the islands, said critics.\n\n"
        "At least 40 crossings a week were cut last year, according to the Kestrel Ferry Council.",
    ],
)
def test_a_group_no_new_body_is_sourced_for_stays_vague(text: str) -> None:
    assert [kind for source, kind in source_kinds(text) if source.lower() == "critics"] == ["vague"]


def test_a_phrase_whose_cue_has_a_pronoun_for_subject_is_no_unnamed_source() -> None:
    # "we observe" a source of delay: the pronoun is the cue's subject, the phrase its object
    text = "One common source of delay we observe is a stuck task."
    assert not [source for source, kind in source_kinds(text) if kind in ("vague", "anonymous")]


@pytest.mark.parametrize(
    "text, source",
    [
        # a capitalised head opening a sentence after a quotation that closed the sentence before
        ("\u201cWho can count the lost votes? Two? Three?\u201d Critics ask as the board meets.", "Critics"),
        ("The mayor called the quay \u201cthe finest in the world.\u201d Insiders credited her with it.", "Insiders"),
        # "As" opening a sentence, with an adverb before the cue
        ("We take a longer view. As observers recently noted, trust in the board is falling.", "observers"),
        # a participial clause between the source and its cue
        ("The row began early, as observers, contradicting the mayor, said the plan was dead.", "observers"),
        # a quantifier right after a quotation it tags, whatever its verb
        ("\u201cIt was the hardest week of the year for the harbour,\u201d some recalled.", "some"),
    ],
)
def test_a_vague_source_in_any_word_order_is_vague(text: str, source: str) -> None:
    assert (source, "vague") in source_kinds(text)


def test_a_participle_after_a_reported_clause_is_not_the_groups() -> None:
    # the group is the source of "said"; "telling" may be Voss's, whom the reported clause names
    text = "Some observers said Ann Voss calmed the hall, telling the crowd to wait."
    assert source_kinds(text).count(("Some observers", "vague")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel's chief engineer, Ines Okafor, told analysts on a call that the ferry had \u201crun its course.\u201d",
        "Kestrel's harbour master, Ines Okafor, told critics last week that the ferry would stop.",
    ],
)
def test_the_listener_of_a_cue_read_in_order_is_no_source(text: str) -> None:
    """A cue whose words go on, past an adjunct, to a that-clause is read in order: the words after it are whom it
    tells, not an inverted source."""
    assert not [kind for _, kind in source_kinds(text) if kind == "vague"]


@pytest.mark.parametrize(
    "text, source",
    [
        # a common English word the sentence capitalised, which the draft never writes in lower case
        ("The ferry board met on Monday.\n\nMarket watchers said the fares would double.", "Market watchers"),
        ("The ferry board met on Monday.\n\nHealth experts noted that the crews were tired.", "Health experts"),
        # a word ending in a letter a proper adjective's ending may end in ("s>n": "Texan") is no proper adjective
        ("The ferry board met on Monday.\n\nPollution experts said the crews were tired.", "Pollution experts"),
    ],
)
def test_a_common_word_the_sentence_capitalised_clears_no_vagueness(text: str, source: str) -> None:
    assert kind_of(text, source) == "vague"


def test_a_word_in_capitals_before_does_not_decide_the_same_word_capitalised() -> None:
    text = (
        "The ferry board met on Monday.\n\nHEALTH experts noted that the crews were tired.\n\n"
        "Health experts said the fares would double."
    )
    assert kind_of(text, "Health experts") == "vague"


@pytest.mark.parametrize(
    "text, source",
    [
        # a name the draft writes with its capital inside a sentence, however common the word is in English
        ("The ferry belongs to Market Holdings.\n\nMarket analysts said the fares would double.", "Market analysts"),
        # a word that may be a proper adjective, and an acronym, keep their capital
        (
            "The ferry board met on Monday.\n\nIrish harbour insiders said the fares would double.",
            "Irish harbour insiders",
        ),
        ("The ferry board met on Monday.\n\nFBI officials said the fares would double.", "FBI officials"),
        # a word no frequency list holds: a name, as before
        ("The ferry board met on Monday.\n\nKestrelport analysts said the fares would double.", "Kestrelport analysts"),
    ],
)
def test_a_capital_the_draft_gives_a_name_still_names_the_source(text: str, source: str) -> None:
    assert kind_of(text, source) != "vague"


@pytest.mark.parametrize(
    "text, source",
    [
        # a capital before a head of outsider_heads names what is watched or where, no employer
        (
            "The ferry board met. Seasoned Kestrelport watchers said the fares would double.",
            "Seasoned Kestrelport watchers",
        ),
        ("The fares will double, Kestrel critics said.", "Kestrel critics"),
    ],
)
def test_a_capital_before_an_outsider_head_names_nobody(text: str, source: str) -> None:
    assert kind_of(text, source) == "vague"


def test_a_capital_before_a_head_a_body_employs_still_names_the_body() -> None:
    assert kind_of("The fares will double, Kestrel analysts said.", "Kestrel analysts") != "vague"


@pytest.mark.parametrize(
    "text, source",
    [
        # an acronym, or a run of capitalised words, before an outsider head names the body they come from
        ("The count was fair, OSCE observers said.", "OSCE observers"),
        ("The count was fair, EU observers said.", "EU observers"),
        ("The fares will double, KBC commentators said.", "KBC commentators"),
        ("The fares will double, Harbour Radio pundits said.", "Harbour Radio pundits"),
    ],
)
def test_a_named_body_before_an_outsider_head_names_the_source(text: str, source: str) -> None:
    assert kind_of(text, source) != "vague"


def test_a_single_capital_before_an_outsider_head_still_names_nobody() -> None:
    assert kind_of("The count was fair, Western observers said.", "Western observers") == "vague"


@pytest.mark.parametrize(
    "text, source",
    [
        # a place's name (`place_names`) before a vague head says where its people are, not who employs them
        ("In a note to clients, Wall Street analysts said the fares would double.", "Wall Street analysts"),
        ("The fares will double, said Wall Street analysts.", "Wall Street analysts"),
        ("Wall Street analysts said the fares would double.", "Wall Street analysts"),
        ("The fares will double, some senior London economists warned.", "some senior London economists"),
    ],
)
def test_a_place_before_a_vague_head_names_nobody(text: str, source: str) -> None:
    assert kind_of(text, source) == "vague"


@pytest.mark.parametrize(
    "text, source",
    [
        # a body's name is no place's; nor is a place's name before a body's members ("officials"), who are its own
        ("In a note to clients, Kestrel Bank analysts said the fares would double.", "Kestrel Bank analysts"),
        ("The bridge will close, New York officials said.", "New York officials"),
    ],
)
def test_a_body_or_a_place_s_own_members_still_name_the_source(text: str, source: str) -> None:
    assert kind_of(text, source) != "vague"


@pytest.mark.parametrize(
    "text, source, expected",
    [
        # a relative clause after the head, a name inside it naming nobody who speaks
        (
            "Five people who attended the briefing said the fares would double.",
            "Five people who attended the briefing",
            "anonymous",
        ),
        ("Critics who backed Ines Okafor said the fares would double.", "Critics who backed Ines Okafor", "vague"),
        ("Two aides who were at the meeting said the vote was off.", "Two aides who were at the meeting", "anonymous"),
        # a quantity noun before a count
        (
            "Half a dozen former board members said the fares would double.",
            "Half a dozen former board members",
            "anonymous",
        ),
        # an indefinite pronoun before words that say it knows
        (
            "Someone with direct knowledge of the deal said the fares would double.",
            "Someone with direct knowledge of the deal",
            "anonymous",
        ),
    ],
)
def test_heads_with_a_relative_clause_a_quantity_noun_or_an_indefinite_pronoun(
    text: str, source: str, expected: str
) -> None:
    assert kind_of(text, source) == expected


def test_a_relative_clause_whose_verb_is_the_cue_is_no_source() -> None:
    text = "Voters who say the fares are too high are wrong, the mayor said."
    assert not any(source.startswith("Voters") for source, _ in source_kinds(text))


@pytest.mark.parametrize(
    "text, source, expected",
    [
        # "figure" beside a modifier or a body is someone of standing
        ("A senior harbour figure said the fares would double.", "A senior harbour figure", "anonymous"),
        ("A veteran figure in the union said the fares would double.", "A veteran figure in the union", "anonymous"),
    ],
)
def test_a_figure_beside_words_for_a_person_is_a_person(text: str, source: str, expected: str) -> None:
    assert kind_of(text, source) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number: no modifier, or a phrase cue that cites figures as often as people
        "The ferry lost money. Two figures said as much: fares fell and costs rose.",
        "According to official figures, the fares will double.",
        "New figures show the fares will double.",
        # a crowd of figures is left unread (docs/accuracy.md, att38)
        "Some party figures said the fares would double.",
    ],
)
def test_a_figure_alone_or_cited_is_no_person(text: str) -> None:
    assert not [kind for _, kind in source_kinds(text) if kind in ("vague", "anonymous")]


@pytest.mark.parametrize(
    "text, source",
    [
        # a clause's own verb and what follows it are no words that place the source
        ("Some critics rounded on the board in a speech, accusing it of waste.", "Some critics"),
        ("Some critics said in a recent report that the tolls were set too low.", "Some critics"),
        # with no opener or count, a word after the head is read as the clause's verb
        ("Critics said in a recent report that the tolls were set too low.", "Critics"),
    ],
)
def test_a_verb_after_an_unnamed_head_is_no_word_that_places_it(text: str, source: str) -> None:
    assert [found for found, kind in source_kinds(text) if kind == "vague"] == [source]


def test_a_time_in_the_possessive_is_no_time_of_the_cue() -> None:
    text = "Analysts on Monday’s panel said the vote was off."
    assert [found for found, _ in source_kinds(text)] == ["Analysts on Monday’s panel"]


def test_a_cue_is_no_word_that_places_an_unnamed_source() -> None:
    text = "Two sources quoted in the report said the vote was off."
    assert [found for found, kind in source_kinds(text) if kind == "anonymous"] == ["Two sources"]


def test_a_preposition_before_an_unnamed_head_is_no_modifier_of_it() -> None:
    text = "The quay closes in May. It closed after two aides said the pier was unsafe."
    assert ("two aides", "anonymous") in source_kinds(text)


@pytest.mark.xfail(strict=True, reason="analysis gap: the cue reader takes the clause before the head as the source")
def test_a_role_after_a_preposition_is_read_alone() -> None:
    text = "The quay closes in May. The ban comes after harbour officials this week said the pier was unsafe."
    assert [found for found, _ in source_kinds(text)] == ["harbour officials"]


def test_every_method_source_classes_asks_of_its_person_reader_is_declared() -> None:
    """SourceClasses reads counted persons through the PersonReader protocol: a method it calls that the protocol
    does not declare is a type hole another reader would meet at run time."""
    tree = ast.parse(inspect.getsource(source_class))
    readers = {"persons", "person_reader"}
    called = {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(reader := node.func.value, (ast.Name, ast.Attribute))
        and (reader.id if isinstance(reader, ast.Name) else reader.attr) in readers
    }
    declared = {name for name, value in vars(source_class.PersonReader).items() if inspect.isfunction(value)}
    assert called and called <= declared, called - declared
