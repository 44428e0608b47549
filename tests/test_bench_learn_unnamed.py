"""bench/learn_unnamed.py --insiders learns the heads of an insider kept unnamed, whom a desk would name."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import regex  # noqa: E402
from learn_unnamed import (  # noqa: E402
    claim_content,
    informing_families,
    informing_forms,
    insider_heads,
    kin_insiders,
    marked_near,
    office_counts,
    on_record,
    pack_lexicons,
    wordnet_members,
)

LEXICONS = {
    "anonymous_sources": ["official", "officials", "source", "sources", "person", "individuals", "aide", "aides"],
    "confidential_heads": ["source", "sources"],
}
ANYONE = frozenset(("person", "individual", "someone", "people"))


def test_insiders_are_listed_heads_neither_confidential_nor_anyone_and_heads_the_copy_marks_twice() -> None:
    heads = Counter({"official": 30, "strategist": 6, "judge": 12, "cashier": 1})
    marked = Counter({"official": 5, "strategist": 2, "judge": 0, "cashier": 1})
    learned = insider_heads(LEXICONS, (heads, marked), ANYONE)
    assert learned == ["official", "officials", "aide", "aides", "strategist"]


def test_a_mark_counts_in_the_source_sentence_or_the_next_only() -> None:
    text = (
        "The pier will close, a harbour official said. The official asked not to be named. "
        "The ferry runs. A pilot said so.\n\nThe pier is old. Nobody was authorized to speak."
    )
    mark = regex.compile(r"not to be named|authorized")
    assert marked_near(text, text.index("a harbour official"), [mark])
    assert not marked_near(text, text.index("A pilot"), [mark])


# An invented taxonomy: each word's first sense, then the senses above it; "class:" marks a sense right below person
ANCESTRY = {
    "official": ("official", "class:worker"),
    "officer": ("officer", "official", "class:worker"),
    "clerk": ("clerk", "employee", "class:worker"),
    "associate": ("associate", "class:peer"),
    "councillor": ("councillor", "member", "associate", "class:peer"),
    "colleague": ("colleague", "class:peer"),
    "confidant": ("confidant", "class:friend"),
    "friend": ("class:friend",),
    "executive": ("executive", "class:leader"),
    "minister": ("minister", "executive", "class:leader"),
    "neighbour": ("class:neighbour",),
    "insider": ("insider", "executive", "class:leader"),
}


def test_kin_insiders_are_kinds_of_a_seed_or_of_a_marked_class_of_the_seeds() -> None:
    persons = ["officer", "clerk", "councillor", "colleague", "friend", "executive", "minister", "neighbour"]
    seeds = ["official", "associate", "confidant", "insider"]
    marked = Counter({"official": 3, "executive": 1, "friend": 0})
    learned = kin_insiders(persons, ANCESTRY, seeds, marked)
    # worker and leader hold a seed and a marked head; peer holds a seed but nothing marked (colleague is out, the
    # councillor is a kind of associate); friend nothing marked; neighbour no seed
    assert learned == ["officer", "clerk", "councillor", "executive", "minister"]


def test_kin_of_a_persons_own_life_are_no_insiders_whatever_their_class() -> None:
    ancestry = {
        **ANCESTRY,
        "volunteer": ("volunteer", "class:worker"),
        "waiter": ("waiter", "attendant", "employee", "class:worker"),
        "veteran": ("veteran", "serviceman", "class:worker"),
    }
    persons = ["officer", "volunteer", "waiter", "veteran", "clerk"]
    marked = Counter({"official": 3})
    # the worker class holds a seed and a marked head, but a volunteer and a waiter (a kind of attendant) speak
    # for their own life; the veteran is no kind of those and stays
    own_life = frozenset({"volunteer", "attendant"})
    assert kin_insiders(persons, ancestry, ["official"], marked, own_life) == ["officer", "veteran", "clerk"]
    assert kin_insiders(persons, ancestry, ["official"], marked) == persons


def test_kin_insiders_follow_the_listed_and_learned_heads() -> None:
    heads = Counter({"official": 30})
    marked = Counter({"official": 5})
    learned = insider_heads(LEXICONS, (heads, marked), ANYONE, ["officer", "official", "clerk"])
    assert learned == ["official", "officials", "aide", "aides", "officer", "clerk"]


def test_offices_of_two_words_are_counted_with_the_sources_that_name_the_person() -> None:
    sources = [
        "Ann Voss, the harbour board's press secretary,",
        "a press secretary for the board",
        "two senior officials",
        "the press",
        "one of the board's press secretaries",
    ]
    offices, named = office_counts(sources, frozenset(("secretary", "official")))
    assert offices == Counter({"press secretary": 3, "senior official": 1})
    assert named == Counter({"press secretary": 1})


def test_a_communicator_in_public_is_on_the_record_and_one_across_a_table_or_in_confidence_is_not() -> None:
    synsets = {  # offset: (lexicographer file, words, hypernyms), as WordNet's data.noun gives them
        "1": (18, ["communicator"], []),
        "2": (18, ["writer", "author"], ["1"]),
        "3": (18, ["columnist"], ["2"]),
        "4": (18, ["negotiator"], ["1"]),
        "5": (18, ["organizer", "organiser"], ["4"]),
        "6": (18, ["informant"], ["1"]),
        "7": (18, ["whistleblower"], ["6"]),
        "8": (18, ["nurse"], []),
    }
    assert [offset for offset in synsets if on_record(synsets, offset)] == ["1", "2", "3"]


def test_the_pack_lexicons_read_by_the_learner_name_the_language_lists_they_include() -> None:
    cues = pack_lexicons()["cues"]
    assert "said" in cues and "according to" in cues
    assert not [entry for entry in cues if entry.startswith("@")]


def _relation(text: str, content: str, cue: str) -> dict:
    """An invented gold relation: the cue's and the content's spans in `text`."""
    at, where = text.index(cue), text.index(content)
    return {
        "cue": {"spans": [[at, at + len(cue)]]},
        "content": {"spans": [[where, where + len(content)]], "text": content},
    }


def test_a_claim_is_a_quotation_asking_nothing_a_that_clause_or_a_clause_before_the_cue() -> None:
    said = 'A pilot noted, "The channel is silting up."'
    assert claim_content(_relation(said, '"The channel is silting up."', "noted"))
    that = "A pilot warned that the channel was silting up."
    assert claim_content(_relation(that, "that the channel was silting up", "warned"))
    before = "The channel is silting up, a pilot wrote."
    assert claim_content(_relation(before, "The channel is silting up", "wrote"))
    asked = 'A pilot asked, "Who dredges the channel?"'
    assert not claim_content(_relation(asked, '"Who dredges the channel?"', "asked"))
    act = "A pilot urged the board to dredge the channel."
    assert not claim_content(_relation(act, "to dredge the channel", "urged"))
    named = "A pilot described the channel as a hazard."
    assert not claim_content(_relation(named, "the channel as a hazard", "described"))


def test_informing_families_are_frequent_mostly_claims_mostly_persons_and_among_the_cues() -> None:
    counts = {
        "note": Counter(cues=40, claims=30, sourced=40, persons=35),
        "ask": Counter(cues=90, claims=10, sourced=90, persons=80),
        "read": Counter(cues=30, claims=27, sourced=30, persons=6),
        "according to": Counter(cues=60, claims=50, sourced=60, persons=20),
        "remark": Counter(cues=12, claims=12, sourced=12, persons=12),
        "find": Counter(cues=50, claims=40, sourced=50, persons=40),
    }
    spoken = {"note": ["note", "notes", "noted", "noting"], "ask": ["asks", "asked"], "read": ["read"]}
    spoken |= {"according to": ["according to"], "remark": ["remarked"]}
    assert informing_families(counts, spoken) == ["according to", "note"]


def test_informing_forms_leave_out_the_participle_but_keep_a_phrase() -> None:
    assert informing_forms("note", ["note", "notes", "noted", "noting"]) == ["note", "notes", "noted"]
    assert informing_forms("according to", ["according to"]) == ["according to"]


def _synset(offset: str, lexfile: int, words: list[str], hypernyms: list[tuple[str, str]]) -> str:
    """A line of an invented WordNet `data.noun`: its words, then its hypernyms as (symbol, offset)."""
    pointers = " ".join(f"{symbol} {target} n 0000" for symbol, target in hypernyms)
    listed = " ".join(f"{word} 0" for word in words)
    return f"{offset} {lexfile:02d} n {len(words):02x} {listed} {len(hypernyms):03d} {pointers} | gloss"


def test_members_of_a_party_or_a_nation_are_wordnet_persons_written_with_a_capital(tmp_path: Path) -> None:
    person = 18  # noun.person
    synsets = [
        _synset("00000001", 3, ["person"], []),
        _synset("00000002", person, ["politician"], [("@", "00000001")]),
        _synset("00000003", person, ["inhabitant"], [("@", "00000001")]),
        _synset("00000004", person, ["Republican"], [("@", "00000002")]),
        _synset("00000005", person, ["American"], [("@", "00000003")]),
        _synset("00000006", person, ["Tory"], [("@", "00000005")]),
        _synset("00000007", person, ["Wisconsinite", "Badger"], [("@", "00000005")]),  # a nickname second
        _synset("00000008", person, ["Lincoln"], [("@i", "00000002")]),  # a named individual
        _synset("00000009", person, ["Frank"], [("@", "00000003")]),  # more an adjective than a noun
        _synset("00000010", person, ["worker"], [("@", "00000001")]),  # in lower case
    ]
    (tmp_path / "data.noun").write_text("\n".join(synsets) + "\n", encoding="utf-8")
    lemmas = {"person": 1, "politician": 2, "inhabitant": 3, "republican": 4, "american": 5, "tory": 6, "badger": 7}
    lemmas |= {"lincoln": 8, "frank": 9, "worker": 10}
    index = [f"{lemma} n 1 1 @ 1 0 {offset:08d}" for lemma, offset in lemmas.items()]
    (tmp_path / "index.noun").write_text("\n".join(index) + "\n", encoding="utf-8")
    (tmp_path / "index.adj").write_text("frank a 2 0 2 0 00000101 00000102\n", encoding="utf-8")
    assert wordnet_members(tmp_path) == ["American", "Republican", "Tory"]
