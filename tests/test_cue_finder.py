"""The cue finder: the cues one regex of the whole lexicon finds, found by searching only the groups
of the words a paragraph holds."""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from attrlint.api import check_text
from attrlint.cue_finder import FOLDED, CueFinder, cue_regex, fold
from attrlint.cues import cue_patterns
from attrlint.ruleset import builtin_rule_set

SETTINGS = builtin_rule_set().settings
BUILTIN = cue_patterns(cues=SETTINGS["cues"], core_cues=SETTINGS["core_cues"])
# Overlapping cues: one the start of another, a cue whose last word begins another, cues in any case
# and as written, a word joined by a hyphen.
OWN_INSENSITIVE = ("said", "according to", "in a statement", "said so")
OWN_VERBS = ("said", "said so", "so say", "Told", "follow-up", "went on to say", "told_3")
# Cue words beside the characters `regex` reads differently from str.lower() (dotted I, long s, the
# Kelvin sign), marks that join a word, numbers that are not digits, spaces and stops.
_PIECES = [
    "said",
    "SAID",
    "Said",
    "sa\u0130d",
    "\u017faid",
    "so",
    "say",
    "according",
    "to",
    "in",
    "a",
    "statement",
    "told",
    "Told",
    "told_3",
    "\u212aept",
    "follow",
    "-up",
    "went",
    "on",
    "\u0301",
    "\u00bd",
    "\u00e9",
    "_",
    "3",
    " ",
    "  ",
    "\n",
    "\u00a0",
    ",",
    ".",
    '"',
]
TEXTS = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


def _spans(matches) -> list[tuple[int, int]]:  # noqa: ANN001
    return [match.span() for match in matches]


def _same_as_one_regex(insensitive: tuple[str, ...], verbs: tuple[str, ...], text: str) -> None:
    whole = regex.compile(cue_regex(insensitive, verbs))
    few = CueFinder(insensitive, verbs)
    few.MAX_GROUPS = 1  # past it, the paragraph is searched with the whole lexicon's regex
    for finder in (CueFinder(insensitive, verbs), few):
        scan = finder.scan(text)
        for start, end in ((0, len(text)), (1, len(text) - 1), (len(text) // 2, len(text))):
            assert _spans(scan.finditer(start, end)) == _spans(whole.finditer(text, start, end))


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_the_finder_finds_what_one_regex_of_the_lexicon_finds(text: str) -> None:
    _same_as_one_regex(OWN_INSENSITIVE, OWN_VERBS, text)
    insensitive = (*sorted(BUILTIN.phrases), *sorted(BUILTIN.core))
    _same_as_one_regex(insensitive, tuple(sorted(BUILTIN.verbs)), text)


def test_a_paragraph_is_searched_only_with_the_groups_of_its_words() -> None:
    finder = CueFinder(OWN_INSENSITIVE, OWN_VERBS)
    scan = finder.scan('The board met. "It will pass," she SAID, as they said so.')
    assert [match.group() for match in scan.finditer(0, 59)] == ["SAID", "said so"]
    assert set(finder.compiled) == {"said", "so"}


def test_past_its_budget_of_groups_the_finder_searches_with_the_whole_lexicon() -> None:
    finder = CueFinder(OWN_INSENSITIVE, OWN_VERBS)
    finder.MAX_GROUPS = 2
    text = "She said so. He Told them, according to the clerk."
    assert [match.group() for match in finder.scan(text).finditer(0, len(text))] == ["said so", "Told", "according to"]
    assert len(finder.compiled) <= 2


def test_a_lexicon_of_other_letters_is_searched_with_one_regex() -> None:
    finder = CueFinder(("selon",), ("a d\u00e9clar\u00e9", "\u00e9crit"))
    assert not finder.readable
    text = "Le maire a d\u00e9clar\u00e9 mardi, \u00c9crit-il."
    assert _spans(finder.scan(text).finditer(0, len(text))) == [(9, 18)]


def test_a_short_draft_compiles_the_cues_of_its_words_only() -> None:
    BUILTIN.finder.compiled.clear()
    assert check_text('The board met on Tuesday, Ann Voss said. "It passed," she told reporters.\n').findings == []
    assert set(BUILTIN.finder.compiled) <= {"the", "board", "met", "on", "tuesday", "said", "it", "she", "told"}
    assert "said" in BUILTIN.finder.compiled


def test_the_folding_covers_every_character_regex_matches_to_an_ascii_letter() -> None:
    ascii_in_any_case = regex.compile(r"(?i)[a-z0-9_]")
    beyond_ascii = [chr(point) for point in range(128, sys.maxunicode + 1) if ascii_in_any_case.match(chr(point))]
    assert sorted(beyond_ascii) == sorted(char for char, _ in FOLDED)
    assert all(regex.fullmatch(f"(?i){letter}", char) for char, letter in FOLDED)
    assert [chr(point) for point in range(sys.maxunicode + 1) if len(fold(chr(point))) != 1] == []
