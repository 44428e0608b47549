"""Learn the nouns a crowd nobody named may have for its head, besides the pack's `person_heads`, and the names of
places that may stand before a vague head.

Run from the project root:
    python bench/learn_crowds.py [--wordnet DIR] [--places] [--write]

A quantifier that counts nobody before a plural noun ("some academics said", "several charities warned") is a
vague source only where the noun stands for people or a body of people; "Some signs said the road was closed"
or "some maps said" name no source (review point B6). The pack's `person_heads` (bench/learn_unnamed.py
--persons) hold the nouns whose first sense in WordNet is a person and that are no adjective first; this prints
the other common English words (`rules/names/word_frequencies.tsv`, in the singular or the plural: "attendees")
whose first (most frequent) noun sense in
WordNet is a person (lexicographer file `noun.person`: "academic", "senior", "journalist") or a kind of social
group (`social_group` among its hypernyms: "charity", "union", "committee"), written there in lower case.
`--write` puts them in the attribution pack's `crowd_nouns`, between their markers.

`--places` prints instead the names whose first noun sense in WordNet is a place (lexicographer file
`noun.location`), written there with a capital, and attested in WordNet's sense-tagged texts (a tag count above
nought: "Wall Street", "London", "New Jersey"; not the thousands of rarer towns and rivers): before a vague head a
capital that names a place says where its people are, not who employs them ("Wall Street analysts", as against
"Goldman analysts"). `--places --write` puts them in the pack's `place_names`.

WordNet is read from the Debian package `wordnet-base` (files in /usr/share/wordnet); attrlint itself does not
need it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from learn_cues import PACK, replace_block
from learn_unnamed import FREQUENCIES, NOUN_PERSON, WORDNET, noun_synsets, pack_lexicons, wrapped

NOUN_LOCATION = 15  # WordNet's lexicographer file number of noun.location
NOUN_GROUP = 14  # WordNet's lexicographer file number of noun.group
SOCIAL_GROUP = "social_group"  # the synset whose kinds are bodies of people (an organisation, a union, a class)
BEGIN = "  # --- begin learned crowd nouns: written by bench/learn_crowds.py --write; do not edit ---"
END = "  # --- end learned crowd nouns ---"
PLACES_BEGIN = "  # --- begin learned place names: written by bench/learn_crowds.py --places --write; do not edit ---"
PLACES_END = "  # --- end learned place names ---"


def kind_of_social_group(synsets: dict, offset: str) -> bool:
    """Whether a synset is, or is a kind of, WordNet's social group ("charity" is a foundation, an institution,
    an organisation, a social group); a group of things ("collection", "batch") is not."""
    todo, seen = [offset], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if synsets[current][1][:1] == [SOCIAL_GROUP]:
            return True
        todo.extend(synsets[current][2])
    return False


def crowd_nouns(folder: Path, persons: frozenset[str]) -> list[str]:
    """The single words, not in `persons`, common in the singular or in the plural in -s, whose first noun sense in
    WordNet is a person or a kind of social group, written there in lower case (as in
    `learn_unnamed.wordnet_persons`)."""
    synsets = noun_synsets(folder)
    common = {line.split("\t")[0] for line in FREQUENCIES.read_text(encoding="utf-8").splitlines()}
    found = []
    with (folder / "index.noun").open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if line.startswith("  ") or not fields[0].isalpha() or fields[0] in persons:
                continue
            if fields[0] not in common and fields[0] + "s" not in common:  # "attendees" is common, "attendee" not
                continue
            first = fields[-int(fields[2])]
            lexicographer, words = synsets[first][0], synsets[first][1]
            people = lexicographer == NOUN_PERSON or (
                lexicographer == NOUN_GROUP and kind_of_social_group(synsets, first)
            )
            if people and fields[0] in words:
                found.append(fields[0])
    return sorted(found)


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


def crowd_block(words: list[str]) -> str:
    lines = [
        BEGIN,
        "  # Nouns for people or a body of people, beside `person_heads`: their first sense in WordNet is a person",
        "  # or a kind of social group, and they are common English words. Read with `person_heads` as the heads a",
        '  # crowd nobody named may have (attrlint/unnamed_crowds.py): "some academics", "several charities"; not',
        '  # "some signs" or "some maps".',
        *wrapped("crowd_nouns", words),
    ]
    return "\n".join([*lines, END]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--places", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").exists():
        print(f"no WordNet under {args.wordnet}: apt-get install wordnet-base", file=sys.stderr)
        return 2
    if args.places:
        names = place_names(args.wordnet)
        if args.write:
            pack = replace_block(PACK.read_text(encoding="utf-8"), places_block(names), PLACES_BEGIN, PLACES_END)
            PACK.write_text(pack, "utf-8")
        else:
            print("\n".join(names))
        return 0
    words = crowd_nouns(args.wordnet, frozenset(pack_lexicons()["person_heads"]))
    if args.write:
        PACK.write_text(replace_block(PACK.read_text(encoding="utf-8"), crowd_block(words), BEGIN, END), "utf-8")
    else:
        print("\n".join(words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
