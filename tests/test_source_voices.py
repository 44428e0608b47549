"""A vague group whose voices the story names further on, described as the group's head says (source_voices)."""

from __future__ import annotations

import pytest
from conftest import kind_of

from attrlint.source_voices import fits, voice_table, word_stem

NAMED, VAGUE = "group, its voices named", "vague"
HEADLINE = "Harbour dredging stalls\n\n"


@pytest.mark.parametrize(
    ("text", "group", "kind"),
    [
        # a lede sums up; the body, paragraphs on, quotes an expert described as one
        (
            HEADLINE + "The dredging of the harbour stopped on Monday as the council argued over the bill, while "
            "experts warned the channel would silt up by spring.\n\nThe council met for six hours.\n\n"
            "The budget vote was put off to March.\n\nThe harbour master closed the north berth.\n\n"
            "\u201cThe channel loses a foot a month,\u201d said Ines Okafor, a professor of coastal engineering at "
            "Marlow University.",
            "experts",
            NAMED,
        ),
        # a topic sentence, and an analyst quoted in the next paragraph (not the next sentence)
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
            "Some analysts say the cost is overstated. The bill counts the old pier twice.\n\n"
            "\u201cNobody has checked the sums,\u201d said Tomas Reyes, a strategist at the Fenwick Institute.",
            "Some analysts",
            NAMED,
        ),
        # the same, but the person is described as nothing the group's head names
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
            "Some analysts say the cost is overstated. The bill counts the old pier twice.\n\n"
            "\u201cNobody has checked the sums,\u201d said Tomas Reyes, a ferry captain.",
            "Some analysts",
            VAGUE,
        ),
        # a topic sentence reaches the next paragraph only: an analyst two paragraphs on speaks to his own point
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
            "Some analysts say the cost is overstated. The bill counts the old pier twice.\n\n"
            "The vote was put off to March.\n\n"
            "\u201cNobody has checked the sums,\u201d said Tomas Reyes, a strategist at the Fenwick Institute.",
            "Some analysts",
            VAGUE,
        ),
        # cited again by surname: the description is the one the story gave with the full name before
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe channel is silting up, said Ines Okafor, "
            "a coastal engineer at Marlow University, who has surveyed it since 2009.\n\n"
            "The harbour master closed the north berth.\n\n"
            "The silt comes from the new sea wall, experts say. The wall turned the tide inward.\n\n"
            "The sand now settles where the ferries turn, Okafor said.",
            "experts",
            NAMED,
        ),
        # the group's paragraph quotes one of its voices before it
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
            "\u201cThe channel loses a foot a month,\u201d said Ines Okafor, an economist at the Fenwick Institute. "
            "The silt has come back since May. Other experts say the cost will double. The vote was "
            "put off.",
            "Other experts",
            NAMED,
        ),
        # another group speaks between: the professor is that group's voice
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
            "\u201cThe channel is lost,\u201d said many analysts. \u201cIt was lost years ago.\u201d\n\n"
            "Others, however, say the channel can be saved. Tomas Reyes, a professor at Marlow University, said "
            "the silt could be pumped out.",
            "many analysts",
            VAGUE,
        ),
        # a person named in the group's own sentence is whom the group speaks of
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
            "Tomas Reyes, a fellow investor in the pier, wrote to the council. Some analysts responded by calling "
            "Reyes reckless.\n\nThe vote was put off to March.",
            "Some analysts",
            VAGUE,
        ),
        # the next sentence opens with a body described as the group's kind, whose finding backs the group's point
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
            "Even with the new berth, some experts have concluded that the pier will not pay its way.\n\n"
            "The Kestrel Group, an economic consulting firm, has calculated that it loses a fifth of its takings.",
            "some experts",
            NAMED,
        ),
        # the same opening with an apposition of another kind: the body is not one of the experts
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
            "Even with the new berth, some experts have concluded that the pier will not pay its way.\n\n"
            "The Kestrel Group, the ferry operator, has cut its winter sailings by a fifth.",
            "some experts",
            VAGUE,
        ),
        # a person the story opens with answers the group rather than belongs to it
        (
            "Ines Okafor defends her harbour plan\n\nInes Okafor, a professor at Marlow University, told the "
            "council on Monday that the channel could be saved.\n\nThe harbour master closed the north berth.\n\n"
            "Some experts say the plan will fail. The silt returns each winter.\n\n"
            "The plan can work, Okafor said.",
            "Some experts",
            VAGUE,
        ),
        # a group that tags its own quotation sums up nobody's point: the strategist next is another voice
        (
            HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
            "\u201cWe did not like the bill when it came out,\u201d said many analysts. Now the traders back it.\n\n"
            "\u201cNobody has checked the sums,\u201d said Tomas Reyes, a strategist at the Fenwick Institute.",
            "many analysts",
            VAGUE,
        ),
        # the same with the group before its verb, the expert in the lede's summary reach
        (
            HEADLINE + "\u201cThe channel will silt up by spring,\u201d experts said of the dredging on Monday.\n\n"
            "The council met for six hours.\n\nThe budget vote was put off to March.\n\n"
            "\u201cThe channel loses a foot a month,\u201d said Ines Okafor, a professor of coastal engineering at "
            "Marlow University.",
            "experts",
            VAGUE,
        ),
    ],
)
def test_a_group_whose_voices_the_story_names(text: str, group: str, kind: str) -> None:
    assert kind_of(text, group) == kind


PARTY_TALKS = (
    HEADLINE + "The council met for six hours on Monday.\n\nThe harbour master closed the north berth.\n\n"
    "{group} said the mayor has quizzed them about the docks ward's voters. They described short talks after "
    "each rally.\n\n\u201cShe wanted to know what the ward fears,\u201d said Ines Okafor, the chairwoman of "
    "{body}."
)
SUMS_UP = (
    HEADLINE + "The council met for six hours on Monday.\n\n{between}"
    "\u201cNobody has checked the sums,\u201d said {member}.\n\n{between_after}"
    "{group} that the pier will need a new survey before the vote."
)


@pytest.mark.parametrize(
    ("text", "group", "kind"),
    [
        # the group's capitalised modifier names the body its voice, quoted in the next paragraph, is of
        (
            PARTY_TALKS.format(group="Several Harbour Party leaders", body="the Eastholm Harbour Party"),
            "Several Harbour Party leaders",
            NAMED,
        ),
        # the person quoted is of another body, whatever word its name shares with the group's
        (
            PARTY_TALKS.format(group="Several Harbour Party leaders", body="the Dock Workers Union"),
            "Several Harbour Party leaders",
            VAGUE,
        ),
        (
            PARTY_TALKS.format(group="Several Harbour Party leaders", body="the Eastholm Labour Party"),
            "Several Harbour Party leaders",
            VAGUE,
        ),
        # a capital before an outsider's head names what they watch, not the body they are of
        (
            PARTY_TALKS.format(group="Several Eastholm critics", body="the Eastholm Harbour Party"),
            "Several Eastholm critics",
            VAGUE,
        ),
        # a member quoted in the paragraph before, then the group that sums up
        (
            SUMS_UP.format(
                between="",
                member="Tomas Reyes, a strategist at the Fenwick Institute",
                between_after="",
                group="Several analysts agreed",
            ),
            "Several analysts",
            NAMED,
        ),
        (
            SUMS_UP.format(
                between="",
                member="Ines Okafor, a Harbour Party councillor",
                between_after="",
                group="Several prominent Harbour Party elders agreed",
            ),
            "Several prominent Harbour Party elders",
            NAMED,
        ),
        # a group set apart from the person quoted before it: that person is none of its voices
        (
            SUMS_UP.format(
                between="",
                member="Tomas Reyes, a strategist at the Fenwick Institute",
                between_after="",
                group="Other analysts said",
            ),
            "Other analysts",
            VAGUE,
        ),
        # two paragraphs back is out of reach
        (
            SUMS_UP.format(
                between="",
                member="Tomas Reyes, a strategist at the Fenwick Institute",
                between_after="The harbour master closed the north berth.\n\n",
                group="Several analysts agreed",
            ),
            "Several analysts",
            VAGUE,
        ),
    ],
)
def test_a_group_whose_voice_the_paragraphs_beside_it_name(text: str, group: str, kind: str) -> None:
    assert kind_of(text, group) == kind


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # a lede's group whose voice the body describes by another form of a word that fits ("economics")
        (
            HEADLINE + "The dredging stopped on Monday, and experts warned the channel would silt up by spring.\n\n"
            "The council met for six hours.\n\nThe budget vote was put off to March.\n\n"
            "\u201cThe channel loses a foot a month,\u201d said Ines Okafor, an economics lecturer at Marlow "
            "College.",
            "experts",
        ),
        # a lede's group with no entry of its own in `group_voices`, whose voice the body describes by its head
        (
            HEADLINE + "The dredging stopped on Monday, and some strategists said the council would pay for "
            "it in May.\n\nThe council met for six hours.\n\nThe budget vote was put off to March.\n\n"
            "\u201cVoters notice a closed berth,\u201d said Tomas Reyes, a veteran party strategist.",
            "some strategists",
        ),
        # the voice described by the body it is of, with no comma after the name
        (
            HEADLINE + "The dredging stopped on Monday, and experts warned the channel would silt up by spring.\n\n"
            "The council met for six hours.\n\nThe budget vote was put off to March.\n\n"
            "\u201cThe channel loses a foot a month,\u201d said Ines Okafor of the Marlow Institute.",
            "experts",
        ),
    ],
)
def test_a_voice_described_by_another_form_of_a_fitting_word_is_named(text: str, group: str) -> None:
    assert kind_of(text, group) == NAMED


def test_voice_table_adds_up_the_entries_for_one_head() -> None:
    table = voice_table(("experts, scholars: professor, fellow", "experts: economist"))
    assert table["experts"] == {"professor", "fellow", "econom"}
    assert table["scholars"] == {"professor", "fellow"}


def test_a_head_is_described_by_its_own_word() -> None:
    table = voice_table(("experts: professor",), ("experts", "strategists"))
    assert table["experts"] == {"professor", "expert"}
    assert table["strategists"] == {"strateg"}


@pytest.mark.parametrize(
    ("description", "voice"),
    [
        ("a professor of economics", "economist"),
        ("a research fellow at the Marl Trust", "researcher"),
        ("who has taught at two universities", "university"),
        ("a longtime Republican strategist", "strategists"),
    ],
)
def test_a_description_fits_in_any_form_of_the_word(description: str, voice: str) -> None:
    assert fits(description, frozenset({word_stem(voice)}))


def test_a_description_in_other_words_does_not_fit() -> None:
    assert not fits("a ferry captain on the north route", frozenset({word_stem("economist")}))


def test_the_cached_voice_table_is_read_only() -> None:
    """The cache hands one table to every caller: none may change it for the others."""
    table = voice_table(("experts: professor",))
    with pytest.raises(TypeError):
        table["experts"] = frozenset()  # type: ignore[index]
