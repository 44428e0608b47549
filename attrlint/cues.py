"""The patterns that find attribution cues and read their sources.

A *cue* is a reporting verb or phrase ("said", "told", "according to", "in a statement"); its
*source* is the words beside it that name who spoke: a person, a pronoun, a role ("the
spokeswoman"), an organisation or a document ("the report"). A rule set's cue lexicon is read
once into a `CueFinder` that finds the cues; the source patterns are matched at the edge of a cue
it has found, and `source_kind` tells what kind of source their words are.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from attrlint.cue_finder import CueFinder, alternation
from attrlint.document import Span
from attrlint.language import language_lists
from attrlint.lazy_regex import lazy
from attrlint.source_edges import TIME_BEFORE_CUE, WORD

_NAME_WORD = r"\p{Lu}(?:\.|[\p{L}'\u2019-]+)"  # a capitalised word, or an initial
_PARTICLES = ("de", "van", "von", "der", "bin", "al")
_NAME_WORDS = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{'|'.join(_PARTICLES)}))*"
_DETERMINER = r"(?i:the|a|an|his|her|their|its|one|two|three|some|many|several|other|another|former|longtime|senior)"
_PRONOUN_OR_PLURAL = r"he|she|they|I|we|it|sources|officials|experts|critics|analysts"
_PHRASE = rf"{_DETERMINER}\s+[\p{{L}}'\u2019 -]{{2,60}}?"
_SOURCE = rf"(?:{_NAME_WORDS}|{_PHRASE}|{_PRONOUN_OR_PLURAL})"
# Searched backwards from the cue: the widest phrase first ("a spokesman for the council", "the Marrowby
# Town Council"), then a name, then a pronoun or plural.
_SOURCE_BEFORE = rf"(?:{_DETERMINER}\s+[\p{{L}}'\u2019 -]{{2,60}}|{_NAME_WORDS}|{_PRONOUN_OR_PLURAL})"
_APPOSITION = r"(?:,\s+(?P<apposition>[^,.;:\"\u201c\u201d]{1,80}),)?"
_ADVERB = (
    r"(?:\s+(?:later|also|then|again|previously|once|repeatedly|quickly|simply|flatly|publicly|privately|"
    r"earlier|first|recently|had|has|have|would|will))?"
)
_INVERTED_PHRASE = (
    r"(?i:the|a|an|his|her|their|its|another|former|longtime|senior)\s+"
    r"(?:(?!\b(?:would|will|was|were|is|are|had|has|have|could|should|can|may|might|must|did|does|that)\b)"
    r"[\p{L}'\u2019 -]){2,50}?"
)
# Words that end a source phrase without belonging to it: "the operator had warned", "she also said".
TRAILING = lazy(
    r"(?:\s+(?:had|has|have|was|were|is|are|also|then|later|once|previously|repeatedly|will|would|could|may|"
    r"might|must|should|did|does|do|not|never|just|already|recently|initially|publicly|privately|"
    r"earlier|first|again|still|often))+$"
)
# The kinds of source a phrase is (`source_kind`, `Attribution.kind`); `UNKNOWN` is a cue whose source no reader
# found. The source classes add their own (`source_class.ANONYMOUS`, ...).
PERSON, PRONOUN, ROLE, ORGANISATION, DOCUMENT = "person", "pronoun", "role", "organisation", "document"
VAGUE, UNKNOWN = "vague", "unknown"
PERSON_NAME = lazy(r"\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}\.?)*(?:\s+\p{Lu}[\p{L}'\u2019-]+)+")
DOCUMENT_WORDS = (
    r"(?:research|study|report|survey|investigation|analysis|poll|review|paper|data|figures|statistics|minutes|"
    r"filing|documents?|records?|audit|assessment)"
)
# "a study", "the county's new report": a document named as a thing, not the verb "review"
NAMED_DOCUMENT = lazy(
    rf"\b(?:a|an|the|its|their|his|her|new|latest)\s+(?:[\p{{L}}\d'\u2019./&-]+\s+){{0,3}}{DOCUMENT_WORDS}\b", regex.I
)
# "according to the study" names no study, unless one was named before or is named after ("... by the state")
UNNAMED_DOCUMENT = lazy(rf"\baccording to (?:the |this |that )?(?:new |latest |recent )?{DOCUMENT_WORDS}\b", regex.I)
# "... by the State", "data released Friday by state regulators", "figures her campaign released": who made it
_MADE = r"(?:released|published|issued|compiled|provided|gathered|posted)"
NAMED_BY = lazy(
    rf"[^.;]{{0,60}}?\b(?:by|from|of)\s+(?:the\s+)?\p{{Lu}}|[^.;]{{0,30}}?\b{_MADE}\s+(?:\p{{L}}+\s+){{0,2}}?by\b"
    rf"|\s+(?:his|her|their|its|the)\s+(?:\p{{L}}+\s+){{0,2}}?{_MADE}\b"
)

# a body's head word: one of these in any case, or a capitalised one of the language data's organisation_heads
_ORGANISATION_WORDS = lazy(
    r"\b(?:(?i:council|committee|department|ministry|party|office|agency|commission|university|police|court|"
    r"government|company|board|authority)|"
    + "|".join(map(regex.escape, language_lists()["organisation_heads"]))
    + r")\b"
)


class CuePatterns(NamedTuple):
    """One lexicon's cue finder, and the cues it is made of, as `cue_key` gives them.

    A phrase cue takes the source after it ("according to Harth"); a verb takes the source before
    it ("Harth, the manager, said"), or after it when a stop follows ("..., said Harth."); a core
    speech verb whose source none of these can read is an attribution all the same. Only the cue
    finder holds the lexicon: the source patterns are matched against the text beside a cue it
    has found.
    """

    finder: CueFinder
    verbs: frozenset[str]
    core: frozenset[str]
    phrases: frozenset[str]
    longer: dict[str, regex.Pattern]  # a cue -> the rest of the longer verbs it begins ("told" -> " reporters")


def cue_key(text: str) -> str:
    """A cue as the lexicon lists it: words joined by single spaces (a draft may wrap "according\nto")."""
    return " ".join(text.split())


@lru_cache(maxsize=16)
def cue_patterns(*, cues: tuple[str, ...], core_cues: tuple[str, ...]) -> CuePatterns:
    """The cue patterns of the lexicon `cues`; the core cues among them (the pack's `core_cues`) are read in any
    case. Both by keyword, so every call is one cache key (lru_cache keys a call by position apart)."""
    keys = tuple(dict.fromkeys(key for key in map(cue_key, cues) if key))
    phrases = tuple(cue for cue in keys if cue.split()[0].lower() in ("according", "in", "on"))
    verbs = tuple(cue for cue in keys if cue not in phrases)
    core_set = frozenset(map(cue_key, core_cues))
    core = tuple(cue for cue in keys if cue in core_set)
    return CuePatterns(
        finder=CueFinder(phrases + core, verbs),
        verbs=frozenset(verbs),
        core=frozenset(cue.lower() for cue in core),
        phrases=frozenset(cue.lower() for cue in phrases),
        longer=_longer_verbs(core, verbs),
    )


def _longer_verbs(core: tuple[str, ...], verbs: tuple[str, ...]) -> dict[str, regex.Pattern]:
    """For a core verb that begins a longer verb ("told", "told reporters"), the regex of what follows it.

    The cue scan tries the core verbs first (they are read in any case), so it stops at "told";
    the source after it may stand after the longer verb: `"...," told reporters Mayor Ann Voss.`
    """
    cores, rests = frozenset(core), {}
    for verb in verbs:  # each verb's words up to each space: a core verb it begins with
        at = verb.find(" ")
        while at > 0:
            if verb[:at] in cores:
                rests.setdefault(verb[:at], []).append(verb[at + 1 :])
            at = verb.find(" ", at + 1)
    return {cue: lazy(rf"\s+{alternation(tuple(rests[cue]))}\b") for cue in core if cue in rests}


# The source after a phrase cue, before a verb cue (searched backwards from the cue) and after an
# inverted verb cue; each is matched at the cue's edge.
_SOURCE_END = r"\s*[,.;:!?\u201d\"]|\s*$"  # a stop or the paragraph's end after a source
PHRASE_SOURCE = lazy(rf"\s+(?P<source>{_SOURCE})(?={_SOURCE_END})")
SOURCE_BEFORE_CUE = lazy(rf"(?r)(?P<source>\b{_SOURCE_BEFORE}){_APPOSITION}(?:\s+(?:{TIME_BEFORE_CUE}))?{_ADVERB}\s+\Z")
SOURCE_AFTER_CUE = lazy(rf"\s+(?P<source>{_NAME_WORDS}|{_INVERTED_PHRASE}(?=\s*[,.;:!?\u201d\"(]|\s*$))")


_PREPOSITION = lazy(r"\s+(?:of|for|by|at|from|with|in|on)\s+")
_DOCUMENT_WORD = lazy(DOCUMENT_WORDS, regex.I)


def _head(text: str) -> str:
    """The word a source phrase is about: the last before of/for/by ("a spokesman for the council")."""
    words = _PREPOSITION.split(text, maxsplit=1)[0].split()
    return words[-1] if words else text


def source_kind(text: str, vague: regex.Pattern | None) -> str:
    """What kind of source a phrase is: a person or body by name, a pronoun, a role, a document."""
    words = text.split()
    if text.lower() in ("he", "she", "they", "i", "we"):
        return PRONOUN
    if vague is not None and vague.match(text):
        return VAGUE
    head = _head(text)
    if _ORGANISATION_WORDS.fullmatch(head):
        return ORGANISATION
    if _DOCUMENT_WORD.fullmatch(head):
        return DOCUMENT
    if words[0].lower() in ("two", "three", "four", "five", "several", "many", "some", "one"):
        return ROLE
    if text[:1].isupper() and words[0] not in ("The", "A", "An", "His", "Her", "Their", "Its"):
        return PERSON if len(words) <= 4 else ORGANISATION
    if any(word[:1].isupper() for word in words[1:]):
        return ORGANISATION  # the Chinese Ministry of Public Security
    return ROLE


@lru_cache(maxsize=16)
def vague_patterns(sources: tuple[str, ...], patterns: tuple[str, ...]) -> tuple[regex.Pattern | None, list]:
    """The vague-source lexicon and vague-sourcing patterns, compiled once per lexicon."""
    source = lazy(alternation(sources), regex.I) if sources else None
    return source, [lazy(pattern, regex.I) for pattern in patterns]


_SPACES = lazy(r"\s+")
# The longest run of capitalised words read as one source after a phrase cue: a name with its titles
# is a few dozen characters. A longer run up to a stop is a headline or a list, not a source; reading
# it as one made each cue inside a long run hold the rest of the run (quadratic in the run's length).
MAX_NAME_SOURCE = 200
_CAPITAL = lazy(r"\p{Lu}")
_ENDS_SOURCE = lazy(_SOURCE_END)
_PHRASE_OR_PRONOUN_SOURCE = lazy(rf"\s+(?P<source>{_PHRASE}|{_PRONOUN_OR_PLURAL})(?={_SOURCE_END})")


class PhraseSources:
    """The source after each phrase cue of one paragraph, as PHRASE_SOURCE matches it, with a run of
    capitalised words read once for every cue inside it.

    PHRASE_SOURCE takes the longest run of name words first and gives back a word at a time until a
    stop or the paragraph's end follows. For a cue inside a long run ("According To According To
    ...") that read the rest of the run again, and gave it back word by word. Here each place a name
    word can end is weighed once, for every cue: where a source going through it ends, taking the
    ways on in the order the regex tries them (an initial before a word, a word before a particle,
    going on before stopping). A run of name words longer than MAX_NAME_SOURCE characters is not
    read as a source.
    """

    def __init__(self, text: str, end: int) -> None:
        self.text, self.end = text, end
        self.following: dict[int, list[int]] = {}  # where a name word ends -> where the next may end
        self.source_ends: dict[int, int | None] = {}  # where a name word ends -> where the source then ends

    def after(self, cue_end: int) -> Span | None:
        """The span of the source PHRASE_SOURCE matches at `cue_end`, or None."""
        spaces = _SPACES.match(self.text, cue_end, self.end)
        if spaces is None:
            return None
        for word_end in self.words_at(spaces.end(), particles=False):
            source_end = self.source_end(word_end)
            if source_end is not None and source_end - spaces.end() <= MAX_NAME_SOURCE:
                return spaces.end(), source_end
        match = _PHRASE_OR_PRONOUN_SOURCE.match(self.text, cue_end, self.end)
        return match.span("source") if match else None

    def words_at(self, at: int, particles: bool) -> list[int]:
        """Where a name word (an initial, else a whole word) or a particle that begins at `at` ends."""
        text, end, ends = self.text, self.end, []
        if _CAPITAL.match(text, at, end):
            if text.startswith(".", at + 1) and at + 2 <= end:
                ends.append(at + 2)
            rest = WORD.match(text, at + 1, end)
            if rest:
                ends.append(rest.end())  # a shorter word ends inside a word: no stop can follow it
        if particles:
            ends += [at + len(word) for word in _PARTICLES if text.startswith(word, at) and at + len(word) <= end]
        return ends

    def next_words(self, word_end: int) -> list[int]:
        if word_end not in self.following:
            spaces = _SPACES.match(self.text, word_end, self.end)
            self.following[word_end] = self.words_at(spaces.end(), particles=True) if spaces else []
        return self.following[word_end]

    def source_end(self, word_end: int) -> int | None:
        """Where the source ends when a name word of it ends at `word_end`: through the first next word
        that leads to an end, else here if a stop or the paragraph's end follows."""
        stack = [word_end]
        while stack:
            at = stack[-1]
            if at in self.source_ends:
                stack.pop()
                continue
            waiting = [after for after in self.next_words(at) if after not in self.source_ends]
            if waiting:
                stack += waiting
                continue
            stack.pop()
            ends = (self.source_ends[after] for after in self.next_words(at))
            found = next((end for end in ends if end is not None), None)
            if found is None and _ENDS_SOURCE.match(self.text, at, self.end):
                found = at
            self.source_ends[at] = found
        return self.source_ends[word_end]
