"""The function words that end no source phrase and report nothing after a cue are language data
(rules/language/english.yaml: subordinators, subject_pronouns, limiting_adverbs), read by attrlint.source_class.
Every draft is invented."""

from __future__ import annotations

import pytest
from conftest import source_kinds

from attrlint.language import language_lists

UNNAMED = ("vague", "anonymous", "anonymous-explained")


def unnamed_sources(text: str) -> list[str]:
    return [source for source, kind in source_kinds(text) if kind in UNNAMED]


@pytest.mark.parametrize("word", language_lists()["subordinators"])
def test_a_subordinator_after_a_cue_says_it_reports_nothing(word: str) -> None:
    # "some cheer when the mayor calls": the quantifier's cue reports nothing, so no crowd is a source
    assert unnamed_sources(f"Some cheer {word} the mayor calls for lower fares.") == []


@pytest.mark.parametrize("word", language_lists()["limiting_adverbs"])
def test_a_limiting_adverb_after_a_cue_says_it_reports_nothing(word: str) -> None:
    assert unnamed_sources(f"Many cheer {word} for the harbour crew.") == []


@pytest.mark.parametrize("word", language_lists()["subject_pronouns"])
def test_a_phrase_ending_in_a_subject_pronoun_is_the_cue_s_object(word: str) -> None:
    # "one source of delay we observe": the pronoun is the cue's subject, the phrase its object
    assert unnamed_sources(f"One common source of delay {word} observe is a stuck gate.") == []


@pytest.mark.parametrize("word", ["when", "whenever", "because", "if", "after"])
def test_a_phrase_ending_in_a_subordinator_is_no_source_of_the_cue_after_it(word: str) -> None:
    # "replied when asked": "asked" opens the subordinate clause, and the source is read once, at "replied"
    text = f"The ferry will be sold, a source close to the board replied {word} asked."
    assert unnamed_sources(text) == ["a source close to the board"]


def test_a_phrase_may_still_end_in_a_word_no_list_holds() -> None:
    # the control: the same sentences with a head and a speech cue are read
    assert unnamed_sources("Some analysts said the mayor calls for lower fares.") == ["Some analysts"]
