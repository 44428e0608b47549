"""Impersonal and passive sourcing: a verb of saying, knowing or believing in the passive that carries a claim
and names no agent ("it is believed that", "the mayor is said to be weighing", "is understood to have told").

The verbs are pack data (`impersonal_cues`, learned from PolNeAR train by `bench/learn_impersonal.py`, and
`impersonal_kept`); this module reads the construction: a form of "be", an adverb or none, the participle, and
then the claim, a that-clause or an infinitive of a state or a perfect act ("to be", "to have"). An agent
("was told by police that") stands between the participle and the claim, so it is not read; "is known as",
"is expected on Tuesday" and "enough is said" carry no claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from attrlint.language import words
from attrlint.regex_store import compiled
from attrlint.source_class import lexicon_alternation

# The claim the participle carries: a that-clause, or an infinitive of a state or a perfect act
_CLAIM = r"(?:that|to\s+(?:be|have))\b"


def construction(participle: str) -> str:
    """The construction as a pattern, case-blind, the participle (`participle`, a pattern) in the group of that
    name: a form of "be", the language data's finite `be_forms` or "been" ("has been reported"), and at most one
    adverb before the participle ("is widely believed", "is also said"), then the claim. Not after a modal ("It
    should be noted that", "has to be admitted": the writer's aside), nor after "I" or "we" (the writer told: "I
    have been told that"); the look behind for them is tried only where a form of "be" has matched, not at every
    place of the text (less than half the search's time over PolNeAR train). `bench/learn_impersonal.py` counts
    the same construction in the train text."""
    be = rf"(?:{'|'.join(sorted(words('be_forms')))}|been)"
    before = rf"\b{be}(?<!\b(?i:I|we)\s+(?:have\s+|had\s+)?{be})(?:\s+(?:\w+ly|also|long))?"
    return rf"(?i){before}\s+(?P<participle>{participle})\s+{_CLAIM}"


@lru_cache(maxsize=16)
def impersonal_pattern(participles: tuple[str, ...]) -> regex.Pattern | None:
    """The passive of a participle of the lexicon with a claim after it, compiled once per lexicon; None with
    no participle."""
    if not participles:
        return None
    return compiled(construction(lexicon_alternation(participles)))


def participles_of(lexicons: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The participles of several lexicons, as one key for `impersonal_pattern`."""
    return tuple(dict.fromkeys(word for lexicon in lexicons for word in lexicon))
