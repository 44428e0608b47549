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
