"""bench/learn_places.py learns, from WordNet, the names of places that may stand before a vague head."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from learn_places import places_block  # noqa: E402


def test_the_block_carries_its_markers_and_quotes_names_of_several_words() -> None:
    places = places_block(["London", "Wall Street"])
    assert places.startswith("  # --- begin learned place names") and "place_names:" in places
    assert places.rstrip().endswith("# --- end learned place names ---")
    assert '[London, "Wall Street"]' in places
