"""A crowd nobody named, whatever its noun: a quantifier that counts nobody before a plural noun no lexicon list
holds, at a speech cue that carries a claim (attrlint.unnamed_crowds). Every sentence is invented."""

from __future__ import annotations

import pytest

from attrlint.api import check_text
from attrlint.attribution import _source_classes, analyse
from attrlint.attribution_lexicons import AttributionLexicons
from attrlint.cue_reading import Attribution
from attrlint.document import Document
from attrlint.ruleset import builtin_rule_set
from attrlint.unnamed_crowds import UnnamedCrowds, unnamed_crowds

SETTINGS = builtin_rule_set().settings


def vague(text: str) -> list[str]:
    """The sources the analysis reads as vague."""
    found = analyse(Document("draft.md", text), SETTINGS).attributions
    return [a.source_text or "" for a in found if a.kind == "vague"]


def codes(text: str) -> list[str]:
    """The ATT codes every rule finds in a draft."""
    return [f.code for f in check_text(text, path="draft.md", select=["ALL"]).findings if f.code.startswith("ATT")]


def reader() -> UnnamedCrowds:
    """The crowd reader of the built-in lexicon."""
    return unnamed_crowds(AttributionLexicons.of(SETTINGS))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Some academics said the harbour toll would have to double by May.", "Some academics"),
        ('"The toll will double by May," some academics said.', "some academics"),
        ("The toll will double by May, said some academics.", "some academics"),
        ("The toll will double by May, several charities said on Monday.", "several charities"),
        ("Several charities said the winter shelter on the quay would close in March.", "Several charities"),
        ("A chorus of backbenchers warned that the ferry bill would fail in the spring.", "A chorus of backbenchers"),
        # no person noun: a body or what stands for its people, read by its place at the speech cue
        ("Some papers said the quay had silted up.", "Some papers"),
        ("Some dockside kiosks said the rents would double.", "Some dockside kiosks"),
        # an adverb between the crowd and its cue, and a place after its noun
        ("Some landlords similarly warned that rents on the quay would rise.", "Some landlords"),
        ("Some tenants in the tower have argued that the lifts are unsafe.", "Some tenants in the tower"),
        # the cue's adjunct, then its clause
        ("Some academics said on Monday the harbour toll would double.", "Some academics"),
    ],
)
def test_a_crowd_of_any_noun_at_a_speech_cue_with_a_claim_is_vague(text: str, source: str) -> None:
    assert source in vague(text)
    assert codes(text) == ["ATT003"]


def test_a_crowd_whose_noun_is_a_head_list_s_is_reported_by_that_list_s_rule() -> None:
    assert codes("A chorus of officials said the harbour toll would double by May.") == ["ATT007"]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyes and many others said the ferry toll would double by May.",
        "Some others said the ferry toll would double by May.",
    ],
)
def test_others_with_nothing_that_places_them_are_no_crowd(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a group named before, a name among the words, a document
        "Some of the academics said the harbour toll would have to double by May.",
        "Some Kestrel charities said the winter shelter on the quay would close in March.",
        "Some reports said the harbour toll would have to double by May.",
        # no speech cue: a finding, not a speaker
        "Some studies found that the harbour toll would have to double by May.",
        # a crowd that acts or is told something carries no claim
        "Some academics signed a letter against the harbour toll on Monday.",
        "Some academics told the mayor to drop the harbour toll.",
        # the object of the cue, not its subject
        "The mayor told some academics that the harbour toll would double.",
        # a participle that describes the crowd, the subject of another verb
        "Some things said in the harbour debate were false.",
        "Some questions asked at the ferry meeting were never answered.",
        "Some words said in anger can never be taken back.",
        "Some rumours said about the harbour master are false.",
        "Some promises made into the night were broken.",
    ],
)
def test_a_crowd_that_is_named_a_document_an_actor_or_an_object_is_no_vague_source(text: str) -> None:
    assert not [source for source in vague(text) if source.lower().startswith(("some ", "several "))]
    assert "ATT003" not in codes(text)


@pytest.mark.parametrize(
    ("words", "head"),
    [
        ("some academics", "academics"),
        ("a handful of harbour pilots", "pilots"),
        ("several charities in the valley", "charities"),
        # a time, a document, a function word, a singular in -s, a capital, a group named before
        ("a few weeks", None),
        ("a few days", None),
        ("some hours", None),
        ("several minutes", None),
        ("some mornings", None),
        ("several surveys", None),
        ("some class", None),
        ("some analysis", None),
        ("some Kestrel charities", None),
        ("some of the academics", None),
        ("some party figures", None),
        # a head a list of crowds holds, read by that list
        ("many others", None),
        ("some voters", None),
    ],
)
def test_the_words_of_a_crowd_nobody_named(words: str, head: str | None) -> None:
    assert reader().crowd(words) == head


def test_a_crowd_whose_noun_the_cue_reader_read_as_a_verb_is_one_finding() -> None:
    assert codes("Some estimates said the ferry toll would double by May.") == ["ATT003"]


def test_no_cue_is_a_speech_cue_where_the_speech_cues_are_none() -> None:
    classes = _source_classes(AttributionLexicons.of(SETTINGS))
    text = "Some academics said the ferry toll would double by May."
    found = Attribution((15, 19), "said", (0, 14), "Some academics", "vague")
    assert classes.unnamed_crowd(text, found, frozenset({"say", "said"}))
    assert not classes.unnamed_crowd(text, found, frozenset())
