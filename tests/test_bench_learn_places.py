"""bench/learn_places.py learns, from WordNet, the names of places that may stand before a vague head."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from learn_places import places_block, region_adjectives  # noqa: E402


def test_the_block_carries_its_markers_and_quotes_names_of_several_words() -> None:
    places = places_block(["London", "Wall Street"])
    assert places.startswith("  # --- begin learned place names") and "place_names:" in places
    assert places.rstrip().endswith("# --- end learned place names ---")
    assert '[London, "Wall Street"]' in places


# An invented WordNet: each noun synset "offset lexfile n count words... pointers |", each adjective one pointing at
# a noun by pertainym ("\") or attribute ("=")
NOUNS = [
    "00000001 15 n 01 region 0 000 | a region",
    "00000002 15 n 01 country 0 000 | a country",
    "00000003 15 n 01 geographical_area 0 000 | an area",
    "00000010 15 n 01 Kestrel_Coast 0 001 @i 00000003 n 0000 | an area",
    "00000011 15 n 01 Ravenland 0 001 @i 00000002 n 0000 | a country",
    "00000012 15 n 01 Moorland 0 001 @i 00000003 n 0000 | an area",
    "00000013 15 n 01 Moorland 0 001 @i 00000002 n 0000 | a country too",
]
ADJECTIVES = [
    "00000100 01 a 01 Kestrel_Coastal 0 001 \\ 00000010 n 0101 | of the coast",
    "00000101 01 a 01 Ravish 0 001 \\ 00000011 n 0101 | of Ravenland",
    "00000102 01 a 01 Moorish 0 001 \\ 00000012 n 0101 | of the moor",
    "00000103 01 a 01 Moorish 0 001 \\ 00000013 n 0101 | of the country",
]


def test_region_adjectives_relate_to_an_area_and_to_no_country_in_any_sense(tmp_path: Path) -> None:
    (tmp_path / "data.noun").write_text("\n".join(NOUNS) + "\n", encoding="utf-8")
    (tmp_path / "data.adj").write_text("\n".join(ADJECTIVES) + "\n", encoding="utf-8")
    assert region_adjectives(tmp_path) == ["Kestrel Coastal"]
