"""bench/learn_crowds.py learns, from WordNet, the nouns a crowd nobody named may have and the names of places."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from learn_crowds import crowd_block, kind_of_social_group, places_block  # noqa: E402

# A few synsets in WordNet's shape: offset -> (lexicographer file, words, hypernyms' offsets)
SYNSETS = {
    "1": (3, ["social_group"], []),
    "2": (14, ["organization", "organisation"], ["1"]),
    "3": (14, ["charity"], ["2"]),
    "4": (14, ["collection", "aggregation"], []),
    "5": (14, ["batch"], ["4"]),
}


def test_a_group_of_people_is_a_kind_of_social_group_and_a_group_of_things_is_not() -> None:
    assert kind_of_social_group(SYNSETS, "3")
    assert not kind_of_social_group(SYNSETS, "5")


def test_the_blocks_carry_their_markers_and_quote_names_of_several_words() -> None:
    crowds = crowd_block(["academic", "charity"])
    assert crowds.startswith("  # --- begin learned crowd nouns") and "crowd_nouns:" in crowds
    assert "[academic, charity]" in crowds
    places = places_block(["London", "Wall Street"])
    assert places.rstrip().endswith("# --- end learned place names ---")
    assert '[London, "Wall Street"]' in places
