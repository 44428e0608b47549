"""bench/learn_cues.py: which families of PolNeAR's gold cues become opinion cues, by their counts alone."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from learn_cues import is_opinion_family, lemma_of, other_spellings  # noqa: E402


@pytest.mark.parametrize(
    ("cues", "rate", "that"),
    [
        (40, 0.30, 0.12),  # frequent, a cue often enough, a that-clause now and then ("believe")
        (20, 0.25, 0.10),  # each at its threshold
    ],
)
def test_an_opinion_cue_is_frequent_and_now_and_then_a_claim(cues: int, rate: float, that: float) -> None:
    assert is_opinion_family(cues, rate, that)


@pytest.mark.parametrize(
    ("cues", "rate", "that"),
    [
        (40, 0.30, 0.05),  # frequent, but its content is an object, not a claim ("criticized")
        (19, 0.90, 1.00),  # rare, though always a claim ("maintained that": it earned no finding on tune copy)
        (6, 0.20, 0.60),  # rarer, nearly always a claim
        (6, 0.20, 0.20),  # rare, and seldom a claim
        (6, 0.05, 0.80),  # rare, and a cue in too few of its uses
        (3, 0.90, 1.00),  # too rare to judge
    ],
)
def test_a_family_too_rare_or_seldom_a_claim_is_no_opinion_cue(cues: int, rate: float, that: float) -> None:
    assert not is_opinion_family(cues, rate, that)


def test_found_is_the_past_of_find_not_a_verb_of_its_own() -> None:
    """The lemmatiser knows "found" as the past of "find" (whose "finds" the train text uses), not as the base of a
    verb "to found" ("founded"), so the family's gold cues and forms are counted together."""
    assert lemma_of("found", Counter({"find": 3, "finds": 2, "founded": 4}), Counter()) == "find"


def test_a_verb_spelled_two_ways_is_written_in_both_where_wordnet_holds_both_as_one_verb() -> None:
    senses = {"criticise": "1 2", "criticize": "1 2", "surmise": "3", "prise": "4", "prize": "5"}
    learned = [("criticised", "2/2"), ("surmise", "0/0"), ("prised", "1/1")]
    assert other_spellings(learned, senses) == [
        ("criticised", "2/2"),
        ("criticized", "the other spelling of criticised (WordNet)"),
        ("surmise", "0/0"),  # no "surmize" in WordNet
        ("prised", "1/1"),  # "prize" is another verb: other senses
    ]
