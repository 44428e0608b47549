"""The words of a draft's body copy (attrlint.body_words)."""

from __future__ import annotations

import pytest

from attrlint.body_words import body_words
from attrlint.furniture import stem

STORY = (
    "The harbour board voted on Tuesday to close the north pier for repairs until the spring, "
    "its chair said after the meeting.\n\n"
    "Ferries will run every hour from the south quay while the work goes on, according to the operator.\n"
)


def test_the_share_of_words_the_body_copy_uses_leaves_out_the_lines_own_copies() -> None:
    repeated = "Ferry crews strike over pier closure plans tonight"
    words = body_words([*STORY.split("\n\n"), repeated, repeated])
    assert words.share({"ferry", "pier", "crews"}, "another line") == 1.0
    # "pier" stands in the story too; "ferry" and "crews" only in the line's own two copies
    assert words.share({"ferry", "pier", "crews"}, repeated) == 1 / 3
    assert words.foreign(set(), "another line") == 0.0  # no words of its own: nothing to tell
    assert body_words([]).foreign({"ferry"}, "another line") == 0.0  # no body copy: nothing to tell


def test_the_body_copy_uses_a_word_it_has_inflected_otherwise() -> None:
    words = body_words(["The ferry firm sued the council over its ad on the quay, and the farms nearby joined in."])
    text = "Ferry Firm Sues Council Over Quay Ads"
    assert words.uses(stem("sues"), text) and words.uses(stem("ads"), text) and words.uses(stem("farm"), text)
    assert not words.uses(stem("bans"), text)
    assert words.echo({stem("sues"), stem("ads"), stem("bans")}, text) == pytest.approx(2 / 3)


def test_how_many_other_paragraphs_of_body_copy_use_a_word() -> None:
    line = "The pier reopens in May."
    words = body_words([*STORY.split("\n\n"), "The pier was last repaired in 1998, the board said.", line])
    assert words.paragraphs_using(stem("pier"), line) == 2  # the line's own copy is left out
    assert words.paragraphs_using(stem("piers"), "another line") == 3  # inflected
    assert words.paragraphs_using(stem("tram"), "another line") == 0
