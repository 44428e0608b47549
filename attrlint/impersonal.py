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

from attrlint.regex_store import compiled
from attrlint.source_class import lexicon_alternation

# A finite form of "be" and at most one adverb before the participle ("is widely believed", "is also said"); not
# after a modal ("It should be noted that", "has to be admitted"): the writer's aside. Not after "I" or "we": the
# writer told something ("I have been told that").
_BE_FORM = r"(?:is|are|was|were|been)"
# (the look behind for "I" or "we" is tried only where a form of "be" has matched, not at every place of the text:
# less than half the search's time over PolNeAR train)
_BE = rf"\b{_BE_FORM}(?<!\b(?i:I|we)\s+(?:have\s+|had\s+)?{_BE_FORM})(?:\s+(?:\w+ly|also|long))?"
# The claim the participle carries: a that-clause, or an infinitive of a state or a perfect act
_CLAIM = r"(?:that|to\s+(?:be|have))\b"


@lru_cache(maxsize=16)
def impersonal_pattern(participles: tuple[str, ...]) -> regex.Pattern | None:
    """The passive of a participle of the lexicon with a claim after it, compiled once per lexicon; None with
    no participle."""
    if not participles:
        return None
    return compiled(rf"(?i){_BE}\s+(?:{lexicon_alternation(participles)})\s+{_CLAIM}")


def claim_subject(source: tuple[int, int] | None, cue: tuple[int, int], construction: tuple[int, int]) -> bool:
    """Whether an attribution read around an impersonal construction is the claim's subject, not its source: its
    source stands before the construction or in it and its cue in or after it ("the minister [is understood to
    have] told colleagues": the minister is whom the claim is about)."""
    return source is not None and source[0] < construction[1] and cue[0] >= construction[0]


def participles_of(lexicons: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The participles of several lexicons, as one key for `impersonal_pattern`."""
    return tuple(dict.fromkeys(word for lexicon in lexicons for word in lexicon))
