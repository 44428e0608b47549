"""Learn the nouns a crowd nobody named may have for its head, besides the pack's `person_heads`.

Run from the project root:
    python bench/learn_crowds.py [--wordnet DIR] [--write]

A quantifier that counts nobody before a plural noun ("some academics said", "several charities warned") is a
vague source only where the noun stands for people or a body of people; "Some signs said the road was closed"
or "some maps said" name no source (review point B6). The pack's `person_heads` (bench/learn_unnamed.py
--persons) hold the nouns whose first sense in WordNet is a person and that are no adjective first; this prints
the other common English words (`rules/names/word_frequencies.tsv`) whose first (most frequent) noun sense in
WordNet is a person (lexicographer file `noun.person`: "academic", "senior", "journalist") or a kind of social
group (`social_group` among its hypernyms: "charity", "union", "committee"), written there in lower case.
`--write` puts them in the attribution pack's `crowd_nouns`, between their markers. WordNet is read from the
Debian package `wordnet-base` (files in /usr/share/wordnet); attrlint itself does not need it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from learn_cues import PACK, replace_block
from learn_unnamed import FREQUENCIES, NOUN_PERSON, WORDNET, noun_synsets, pack_lexicons, wrapped

NOUN_GROUP = 14  # WordNet's lexicographer file number of noun.group
SOCIAL_GROUP = "social_group"  # the synset whose kinds are bodies of people (an organisation, a union, a class)
BEGIN = "  # --- begin learned crowd nouns: written by bench/learn_crowds.py --write; do not edit ---"
END = "  # --- end learned crowd nouns ---"


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
    """The common single words, not in `persons`, whose first noun sense in WordNet is a person or a kind of
    social group, written there in lower case (as in `learn_unnamed.wordnet_persons`)."""
    synsets = noun_synsets(folder)
    common = {line.split("\t")[0] for line in FREQUENCIES.read_text(encoding="utf-8").splitlines()}
    found = []
    with (folder / "index.noun").open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if line.startswith("  ") or not fields[0].isalpha() or fields[0] not in common or fields[0] in persons:
                continue
            first = fields[-int(fields[2])]
            lexicographer, words = synsets[first][0], synsets[first][1]
            people = lexicographer == NOUN_PERSON or (
                lexicographer == NOUN_GROUP and kind_of_social_group(synsets, first)
            )
            if people and fields[0] in words:
                found.append(fields[0])
    return sorted(found)


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
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").exists():
        print(f"no WordNet under {args.wordnet}: apt-get install wordnet-base", file=sys.stderr)
        return 2
    words = crowd_nouns(args.wordnet, frozenset(pack_lexicons()["person_heads"]))
    if args.write:
        PACK.write_text(replace_block(PACK.read_text(encoding="utf-8"), crowd_block(words), BEGIN, END), "utf-8")
    else:
        print("\n".join(words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
