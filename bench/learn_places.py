"""Learn the names of places that may stand before a vague head.

Run from the project root:
    python bench/learn_places.py [--wordnet DIR] [--write]

It prints the names whose first noun sense in WordNet is a place (lexicographer file `noun.location`), written there
with a capital, and attested in WordNet's sense-tagged texts (a tag count above nought: "Wall Street", "London", "New
Jersey"; not the thousands of rarer towns and rivers): before a vague head a capital that names a place says where
its people are, not who employs them ("Wall Street analysts", as against "Goldman analysts"). `--write` puts them in
the attribution pack's `place_names`, between their markers.

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


def _words(name: str) -> list[str]:
    """A name's words but "of", which a place's name may hold in lower case ("District of Columbia"); none for ""."""
    return [word for word in name.split() if word != "of"] or [""]


def places_block(names: list[str]) -> str:
    lines = [
        PLACES_BEGIN,
        "  # Names of places: their first sense in WordNet is a place, and WordNet's sense-tagged texts use that",
        '  # sense. Before a vague head a place says where its people are, not who employs them ("Wall Street',
        '  # analysts", "London economists": vague, as against "Goldman analysts"; attrlint/source_class.py).',
        *wrapped("place_names", [f'"{name}"' if " " in name or "." in name else name for name in names]),
    ]
    return "\n".join([*lines, PLACES_END]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").exists():
        print(f"no WordNet under {args.wordnet}: apt-get install wordnet-base", file=sys.stderr)
        return 2
    names = place_names(args.wordnet)
    if args.write:
        pack = replace_block(PACK.read_text(encoding="utf-8"), places_block(names), PLACES_BEGIN, PLACES_END)
        PACK.write_text(pack, "utf-8")
    else:
        print("\n".join(names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
