"""Learn the names of places that may stand before a vague head.

Run from the project root:
    python bench/learn_places.py [--wordnet DIR] [--regions] [--write]

It prints the names whose first noun sense in WordNet is a place (lexicographer file `noun.location`), written there
with a capital, and attested in WordNet's sense-tagged texts (a tag count above nought: "Wall Street", "London", "New
Jersey"; not the thousands of rarer towns and rivers): before a vague head a capital that names a place says where
its people are, not who employs them ("Wall Street analysts", as against "Goldman analysts"). `--write` puts them in
the attribution pack's `place_names`, between their markers.

`--regions` prints instead the adjectives of a region or a bloc: those WordNet relates (as pertaining to it, or as
its attribute) to a noun whose sense is a continent or a geographical area written with a capital ("European" of
Europe, "Nordic", "Middle Eastern", "Western" of the West), not a country, a state or a city ("French", "Texan"):
before a vague or anonymous head such a word says where the people are from, and names no body, whatever the head
("European officials", "Western diplomats"), whereas a country's may name its government. `--regions --write` puts
them in the pack's `region_adjectives`.

WordNet is read from the Debian package `wordnet-base` (files in /usr/share/wordnet); attrlint itself does not
need it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from learn_cues import PACK, replace_block
from learn_unnamed import WORDNET, noun_synsets, wrapped

NOUN_LOCATION = 15  # WordNet's lexicographer file number of noun.location
# The classes of a region or a bloc (WordNet's first word of the synset a noun is an instance or a kind of)
REGION_CLASSES = frozenset(("continent", "geographical_area"))
COUNTRY_CLASSES = ("country", "nation", "state", "city", "capital")  # how a class of countries or towns ends
REGIONS_BEGIN = (
    "  # --- begin learned region adjectives: written by bench/learn_places.py --regions --write; do not edit ---"
)
REGIONS_END = "  # --- end learned region adjectives ---"
PLACES_BEGIN = "  # --- begin learned place names: written by bench/learn_places.py --write; do not edit ---"
PLACES_END = "  # --- end learned place names ---"


def place_names(folder: Path) -> list[str]:
    """The names whose first noun sense in WordNet is a place, written there with a capital to every word ("Wall
    Street"; not "European country") and tagged at least once in its sense-tagged texts, with spaces for WordNet's
    underscores."""
    synsets = noun_synsets(folder)
    found = []
    with (folder / "index.noun").open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if line.startswith("  "):
                continue
            senses = int(fields[2])
            first, tagged = fields[-senses], int(fields[-senses - 1])
            lexicographer, words = synsets[first][0], synsets[first][1]
            written = [word for word in words if word.lower() == fields[0] and word[:1].isupper()]
            name = written[0].replace("_", " ") if written else ""
            if lexicographer == NOUN_LOCATION and tagged > 0 and all(word[:1].isupper() for word in _words(name)):
                found.append(name)
    return sorted(found)


def region_adjectives(folder: Path) -> list[str]:
    """The adjectives WordNet points from, as pertaining to it ("\\") or as its attribute ("="), to a noun synset
    that is an instance or a kind of one of `REGION_CLASSES` and is written with a capital (Europe, the West, the
    Middle East), and in none of their senses to a country (`_a_country`), each with a capital to
    every word and spaces for underscores."""
    synsets = noun_synsets(folder)
    regions, countries = set(), set()
    with (folder / "data.adj").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            words = {_capitalised(fields[4 + 2 * i]) for i in range(count) if "(" not in fields[4 + 2 * i]}
            at = 4 + 2 * count
            pointers = [fields[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(int(fields[at]))]
            if any(_a_region(synsets, pointer) for pointer in pointers):
                regions |= words
            if any(_a_country(synsets, pointer) for pointer in pointers):
                countries |= words  # in any of the word's senses
    return sorted(regions - countries)


def _a_region(synsets: dict, pointer: list[str]) -> bool:
    """Whether an adjective's pointer relates it to a region or a bloc written with a capital."""
    symbol, offset, part = pointer[0], pointer[1], pointer[2]
    if symbol not in ("\\", "=") or part != "n" or offset not in synsets:
        return False
    _, words, above = synsets[offset]
    named = any(not word.islower() for word in words)  # "Europe", "northern_Europe"
    return named and any(synsets[parent][1][0] in REGION_CLASSES for parent in above)


def _a_country(synsets: dict, pointer: list[str]) -> bool:
    """Whether an adjective's pointer relates it to a country, a state or a city ("Australian" of Australia, a
    country too, "Mongolian"), whose officials may be its government's."""
    offset, part = pointer[1], pointer[2]
    if part != "n" or offset not in synsets:
        return False
    return any(synsets[parent][1][0].lower().endswith(COUNTRY_CLASSES) for parent in synsets[offset][2])


def _capitalised(word: str) -> str:
    """A WordNet lemma with a capital to every word ("middle_eastern" as "Middle Eastern")."""
    return " ".join(part[:1].upper() + part[1:] for part in word.split("_"))


def _names_block(begin: str, end: str, about: list[str], key: str, names: list[str]) -> str:
    """The pack.yaml lines of one learned list of names between its markers: comment lines saying what it is, then
    its names wrapped (`wrapped`), a name of two words or with a stop in quotes."""
    quoted = [f'"{name}"' if " " in name or "." in name else name for name in names]
    return "\n".join([begin, *(f"  # {line}" for line in about), *wrapped(key, quoted), end]) + "\n"


def regions_block(names: list[str]) -> str:
    about = [
        "Adjectives of a region or a bloc: WordNet relates them to a continent or a geographical area written",
        "with a capital (Europe, the West, the Middle East), and to no country, state or city. Before a vague",
        'or anonymous head they say where its people are from and name no body ("Western diplomats", "European',
        'officials"; attrlint/source_class.py).',
    ]
    return _names_block(REGIONS_BEGIN, REGIONS_END, about, "region_adjectives", names)


def _words(name: str) -> list[str]:
    """A name's words but "of", which a place's name may hold in lower case ("District of Columbia"); none for ""."""
    return [word for word in name.split() if word != "of"] or [""]


def places_block(names: list[str]) -> str:
    about = [
        "Names of places: their first sense in WordNet is a place, and WordNet's sense-tagged texts use that",
        'sense. Before a vague head a place says where its people are, not who employs them ("Wall Street',
        'analysts", "London economists": vague, as against "Goldman analysts"; attrlint/source_class.py).',
    ]
    return _names_block(PLACES_BEGIN, PLACES_END, about, "place_names", names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--regions", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").exists():
        print(f"no WordNet under {args.wordnet}: apt-get install wordnet-base", file=sys.stderr)
        return 2
    if args.regions:
        names, block, begin, end = region_adjectives(args.wordnet), regions_block, REGIONS_BEGIN, REGIONS_END
    else:
        names, block, begin, end = place_names(args.wordnet), places_block, PLACES_BEGIN, PLACES_END
    if args.write:
        PACK.write_text(replace_block(PACK.read_text(encoding="utf-8"), block(names), begin, end), "utf-8")
    else:
        print("\n".join(names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
