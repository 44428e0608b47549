"""bench/learn_cues.py learns the claim cues: verbs whose gold content in PolNeAR train is mostly a claim."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from learn_cues import content_is_claim, families_of, learn_claims, lemma_of  # noqa: E402


def relation(text: str, cue: str, content: str, *, before: bool = False) -> dict:
    """A gold relation of `text`, its cue and content spans found in it."""
    cue_at, content_at = text.index(cue), text.index(content)
    assert (content_at < cue_at) == before
    return {
        "source": {"spans": [[0, 4]], "text": text[:4]},
        "cue": {"spans": [[cue_at, cue_at + len(cue)]], "text": cue},
        "content": {"spans": [[content_at, content_at + len(content)]], "text": content},
    }


@pytest.mark.parametrize(
    ("text", "cue", "content", "before"),
    [
        ("Voss noticed that the ferry was late.", "noticed", "that the ferry was late", False),
        ("Voss suspected the board would resign.", "suspected", "the board would resign", False),
        ('Voss countered: "We will not pay."', "countered", '"We will not pay."', False),
        ("The quay will close in March, Voss maintained.", "maintained", "The quay will close in March", True),
    ],
)
def test_a_quotation_a_that_clause_a_clause_or_a_sentence_before_is_a_claim(
    text: str, cue: str, content: str, before: bool
) -> None:
    assert content_is_claim(relation(text, cue, content, before=before))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Voss endorsed Ann Lind for mayor.", "endorsed", "Ann Lind for mayor"),
        ("Voss urged the board to resign.", "urged", "the board to resign"),
        ("Voss voted for the harbour plan.", "voted", "for the harbour plan"),
    ],
)
def test_an_object_or_an_infinitive_is_no_claim(text: str, cue: str, content: str) -> None:
    assert not content_is_claim(relation(text, cue, content))


def test_a_family_whose_gold_content_is_mostly_a_claim_is_learned_and_one_that_acts_is_not() -> None:
    records = [relation("Voss noticed that the ferry was late.", "noticed", "that the ferry was late")] * 3
    records += [relation("Voss endorsed Ann Lind for mayor.", "endorsed", "Ann Lind for mayor")] * 3
    records += [relation("Voss ignored that the ferry was late.", "ignored", "that the ferry was late")]
    vocabulary = Counter({"notice": 2, "noticed": 5, "endorse": 2, "endorsed": 5, "ignore": 2, "ignored": 5})
    learned = dict(learn_claims(families_of(records, vocabulary), {"said"}, vocabulary))
    assert "noticed" in learned and "notice" in learned
    assert "endorsed" not in learned
    assert "ignored" not in learned  # one gold cue: too few to learn from


def test_found_is_a_form_of_find() -> None:
    assert lemma_of("found", Counter({"find": 3, "found": 9, "founded": 2}), Counter()) == "find"
