"""Impersonal and passive sourcing: a verb of saying, knowing or believing in the passive that carries a claim
and names no agent ("it is believed that", "the mayor is said to be weighing", "is understood to have told").

The verbs are pack data (`impersonal_cues`, learned from PolNeAR train by `bench/learn_impersonal.py`, and
`impersonal_kept`); this module reads the construction: a form of "be", an adverb or none, the participle, and
then the claim, a that-clause or an infinitive of a state or a perfect act ("to be", "to have"). An agent
("was told by police that") stands between the participle and the claim, so it is not read; "is known as",
"is expected on Tuesday" and "enough is said" carry no claim. A saying or a definition of a thing in general
("Driftwood is said to be lucky") retells nobody's claim (`generic_saying`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from attrlint.document import Span, has_whole_word
from attrlint.function_words import is_function_word
from attrlint.regex_store import compiled
from attrlint.source_class import lexicon_alternation
from attrlint.source_edges import RECENT_TIME

# A finite form of "be" and at most one adverb before the participle ("is widely believed", "is also said"); not
# after a modal ("It should be noted that", "has to be admitted"): the writer's aside. Not after "I" or "we": the
# writer told something ("I have been told that").
_BE_FORM = r"(?:is|are|was|were|been)"
# (the look behind for "I" or "we" is tried only where a form of "be" has matched, not at every place of the text:
# less than half the search's time over PolNeAR train)
_BE = rf"\b{_BE_FORM}(?<!\b(?i:I|we)\s+(?:have\s+|had\s+)?{_BE_FORM})(?:\s+(?:\w+ly|also|long))?"
# The claim the participle carries: a that-clause, or an infinitive of a state or a perfect act
_CLAIM = r"(?:that|to\s+(?:be|have))\b"
# What a saying or a definition opens with: a sentence's first word alone before the passive, a bare noun
# ("Driftwood is said to be lucky", "Settlement is said to be final once ..."), and what it says, a present state
_BARE_SUBJECT = regex.compile(r"\A[\s\W]*(\p{Lu}\p{Ll}+)\s+\Z")
_PRESENT_STATE = regex.compile(r"(?i)\Ais\b.*\bto\s+be\Z")
# "is said to be weighing an offer": what someone is doing (not "king", nor "something", "nothing": a state)
_ONGOING_ACT = regex.compile(r"\s+(?!\p{L}*thing\b)\p{L}{3,}ing\b")
_CONDITION = regex.compile(r"(?i)\b(?:once|when|whenever|if|unless|until)\b")  # what a definition holds
# "Morale is said to be at its lowest in years", "... furious now": a time that makes the state news, not a saying
_TIME_ANCHOR = regex.compile(
    rf"(?i)\b(?:now|tonight|currently|{RECENT_TIME}|in\s+(?:years|decades|months|weeks|a\s+decade|a\s+generation))\b"
)


@lru_cache(maxsize=16)
def impersonal_pattern(participles: tuple[str, ...], judgements: tuple[str, ...] = ()) -> regex.Pattern | None:
    """The passive of a participle of the lexicon with a claim after it, or a passive of judgement of `judgements`
    ("widely criticized", "widely seen": an adverb of spread and its participle, the judgement itself the claim)
    with no agent after it ("was widely criticized by the union" names who judged), compiled once per lexicon;
    None with neither."""
    if not participles and not judgements:
        return None
    claimed = rf"{_BE}\s+(?:{lexicon_alternation(participles)})\s+{_CLAIM}"
    judged = rf"\b{_BE_FORM}(?<!\b(?i:I|we)\s+(?:have\s+|had\s+)?{_BE_FORM})\s+(?:{lexicon_alternation(judgements)})\b"
    return compiled(rf"(?i){claimed}|{judged}(?!\s+by\b)")


def claim_subject(source: tuple[int, int] | None, cue: tuple[int, int], construction: tuple[int, int]) -> bool:
    """Whether an attribution read around an impersonal construction is the claim's subject, not its source: its
    source stands before the construction or in it and its cue in or after it ("the minister [is understood to
    have] told colleagues": the minister is whom the claim is about)."""
    return source is not None and source[0] < construction[1] and cue[0] >= construction[0]


def participles_of(lexicons: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The participles of several lexicons, as one key for `impersonal_pattern`."""
    return tuple(dict.fromkeys(word for lexicon in lexicons for word in lexicon))


def generic_saying(text: str, sentence: Span, context_start: int, construction: Span) -> bool:
    """Whether a passive says what a thing in general is said to be, a saying or a definition, not whose claim a
    story retells: its sentence opens with a bare common noun, one the draft writes in lower case too (not a
    name, "Voss is said to be"; not a pronoun, "He is said to be"), and the passive is a present state, not an act
    ("Driftwood is said to be lucky"; "Granite is said to be cracking" and "The task is said to be done" are claims).
    A noun the draft modifies just before ("staff morale") is a thing of the story, unless a condition says what
    it is said to be in general ("... once the clerk stamps it"), and a state anchored in time
    ("at its lowest in years", "furious this week") is news: both are claims. `sentence` is the passive's sentence
    and `context_start` where the paragraph before it begins, as the draft reads them."""
    sentence_start, sentence_end = sentence
    subject = _BARE_SUBJECT.match(text[sentence_start : construction[0]])
    if subject is None or _PRESENT_STATE.match(text[slice(*construction)]) is None:
        return False
    if _ONGOING_ACT.match(text, construction[1]) is not None:
        return False
    if _TIME_ANCHOR.search(text, construction[1], sentence_end) is not None:
        return False
    word = subject.group(1).lower()
    if is_function_word(word) or not has_whole_word(text, word):
        return False
    if _CONDITION.search(text, construction[1], sentence_end) is not None:
        return True  # a definition: "Settlement is said to be final once the clerk stamps it"
    return not modified_before(text[context_start:sentence_start], word)


def modified_before(text: str, noun: str) -> bool:
    """Whether a text (the subject's paragraph and the one before) writes a noun after a word of its own that
    modifies it ("staff morale", "the depot's morale"), not after a function word alone ("the morale"): the
    story is telling of that thing, not of the thing in general."""
    pattern = regex.compile(rf"(?i)\b(\p{{L}}+)['\u2019]?s?[^\S\n]+{regex.escape(noun)}\b")
    return any(not is_function_word(match.group(1).lower()) for match in pattern.finditer(text))
