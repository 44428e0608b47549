"""A vague group whose member the next sentence quotes, over every sentence of the quotation (source_members)."""

from __future__ import annotations

import pytest
from conftest import kind_of


@pytest.mark.parametrize(
    "text",
    [
        # the quotation opens the next sentence and is credited sentences later
        "Ferry fares\n\nThe board met on Monday.\n\nThe ferry will not survive the winter, said some observers. "
        "\u201cI did not see it coming. Nobody on the island did,\u201d said Ines Okafor, a harbour consultant.",
        # the next paragraph opens with it
        "Ferry fares\n\nThe board met on Monday.\n\nSome observers said the new timetable was unfair to the islands."
        "\n\n\u201cJust saw the timetable. It manages to insult every islander at once,\u201d the councillor Ines "
        "Okafor wrote on her blog.",
    ],
)
def test_a_member_quoted_over_several_sentences_is_named(text: str) -> None:
    assert kind_of(text, "Some observers" if "Some observers" in text else "some observers") == (
        "group, a member named"
    )


def test_a_quotation_after_the_next_sentence_is_not_the_groups_member() -> None:
    text = (
        "Ferry fares\n\nThe board met on Monday.\n\nSome observers argued the fares were too high.\n\n"
        "But some riders took issue with that. ''That is out of touch,'' said Ines Okafor, who rides daily."
    )
    assert kind_of(text, "Some observers") == "vague"


def test_a_group_quoted_in_its_own_sentence_is_not_answered_by_a_longer_quotation_after_it() -> None:
    """The group's own quoted words are its voice; the quotation after it is another, read to the next sentence."""
    text = (
        "Ferry fares\n\nThe board met on Monday.\n\n\u201cThe fares are a scandal,\u201d some observers wrote."
        "\n\n\u201cJust saw the timetable. It manages to insult every islander at once,\u201d the councillor Ines "
        "Okafor wrote on her blog."
    )
    assert kind_of(text, "some observers") == "vague"


@pytest.mark.parametrize(
    "text",
    [
        # a name after a participle cue is its object, not a speaker
        "Ferry fares\n\nThe board met on Monday.\n\nSome observers say the fares will rise. The mayor called the "
        "plan \u201ca mistake,\u201d blaming Harbour Master Ines Okafor.",
        # a name after a verb read in order is the subject of its words ("and said Ines Okafor should resign")
        "Ferry fares\n\nThe board met on Monday.\n\nSome observers say the fares will rise. The riders called the "
        "plan \u201ca mistake\u201d and said Harbour Master Ines Okafor should resign.",
    ],
)
def test_a_name_that_is_no_speaker_at_its_cue_is_no_member(text: str) -> None:
    assert kind_of(text, "Some observers") == "vague"


OKAFOR_BEFORE = "Ferry fares\n\nThe board met on Monday.\n\nThe chair, Ines Okafor, opened the meeting.\n\n"


@pytest.mark.parametrize(
    "group",
    [
        # the group's words name the person quoted next
        "Some observers say the Okafor plan will raise the fares.",
        # the group's words open with the pronoun of a person named before, who is quoted next
        "Some observers said she understood why the riders were angry.",
        "Some observers said her plan would raise the fares.",
        # ... after the cue's adjunct
        "Some observers argued last week that her plan would raise the fares.",
        "Some observers wrote on Monday that she had misread the riders.",
    ],
)
def test_a_person_the_group_speaks_of_is_no_member(group: str) -> None:
    text = OKAFOR_BEFORE + group + "\n\n\u201cThey have a point,\u201d Okafor said."
    assert kind_of(text, "Some observers") == "vague"


def test_a_member_quoted_after_a_group_whose_words_name_nobody_is_still_named() -> None:
    text = OKAFOR_BEFORE + "Some observers said the fares would rise.\n\n\u201cThey will,\u201d Okafor said."
    assert kind_of(text, "Some observers") == "group, a member named"


@pytest.mark.parametrize(
    "group",
    [
        "\u201cThe fares are a scandal,\u201d some observers said.",
        "\u201cThe fares are a scandal,\u201d said some observers.",
        "''The fares are a scandal,'' some observers said.",
        "Some observers wrote: \u201cThe fares are a scandal.\u201d",
    ],
)
def test_a_group_that_tags_its_own_quotation_is_not_answered_by_the_next_one(group: str) -> None:
    """The group's quoted words are its own voice; a person quoted next is another voice, not one of the group."""
    text = (
        "Ferry fares\n\nThe board met on Monday.\n\n"
        + group
        + "\n\n\u201cThey will ruin the island,\u201d said Ines Okafor, a ferry owner."
    )
    assert kind_of(text, "Some observers" if group.startswith("Some") else "some observers") == "vague"


@pytest.mark.parametrize(
    "following",
    [
        # a document a pronoun owns is the book of the person the story named before, not a voice new to it
        "She bought it from a failing yard, according to her memoir The Long Crossing.",
        # a name in the possessive right before the cue word: the word modifies a noun ("Fenwick's alleged ...")
        "In an interview she gave it as the reason for Fenwick\u2019s alleged bias.",
    ],
)
def test_a_body_or_document_that_is_someones_is_no_member(following: str) -> None:
    text = (
        "Ann Voss owns three ferries.\n\nVoss rarely sails the old ferry, and some observers have cited it as "
        "proof of how she gets value for money. " + following
    )
    assert kind_of(text, "some observers") == "vague"


@pytest.mark.parametrize(
    "text",
    [
        # an office before the name (the cue reader may read it as a body)
        "Ferry fares\n\nThe board met on Monday.\n\nSome analysts said the levy could cost the county its bond "
        "rating.\n\nSenate Minority Leader Ines Okafor, a Democrat from the coast, called the levy "
        "\u201ca tax on islanders.\u201d",
        # an office in the apposition
        "Ferry fares\n\nThe board met on Monday.\n\nSome analysts said the levy could cost the county its bond "
        "rating. \u201cIt is a tax on islanders,\u201d said Tomas Reyes, the harbour town's mayor.",
    ],
)
def test_an_officeholder_named_next_answers_an_outside_group_and_is_none_of_it(text: str) -> None:
    """A politician who answers the analysts is no analyst: the group stays vague (`group_parties`)."""
    assert kind_of(text, "Some analysts") == "vague"


def test_a_voice_with_no_office_still_names_an_outside_group() -> None:
    text = (
        "Ferry fares\n\nThe board met on Monday.\n\nSome analysts said the levy could cost the county its bond "
        "rating. \u201cIt is a tax on islanders,\u201d said Tomas Reyes, a harbour consultant."
    )
    assert kind_of(text, "Some analysts") == "group, a member named"
