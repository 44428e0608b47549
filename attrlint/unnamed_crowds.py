"""A crowd nobody named, whatever its noun: a quantifier that counts nobody before a plural noun that no lexicon
list holds ("some academics", "a chorus of backbenchers", "several charities"), read as a vague source where it
is the subject of a speech cue.

The lexicon lists name the heads a vague source has (`vague_sources`, `group_heads`, `person_heads`: "critics",
"diplomats", "several nurses"), and a crowd of any other noun was read as a role. But what makes such a crowd a
source is its place, not its noun: the subject of a speech cue is a speaker, and after a quantifier of
`crowd_quantifiers` it is people or a body that nobody named ("some charities said"). It is one where:

- its words are a quantifier of `crowd_quantifiers`, up to three modifiers and a plural noun in lower case, and at
  most a preposition and a noun that place it ("some players in the squad"); no capitalised word (a name: "some
  Harbour Board members" is the board's), no word that says when (the language data's days, months and
  `time_units`: "some weeks"), no document (`source_documents`: "some reports said", whose source is the
  report), no function word, no noun of `ambiguous_persons` ("some party figures") or of the crowd heads the
  analysis reads by their own lists (`crowd_heads`, `placed_heads`: "some others", "many others" are ATT009's only
  where their list says), and no "of" right after the quantifier ("some of the members": a group named before);
- it stands right before its cue, from where a clause may begin, with at most adverbs between ("some academics
  similarly warned"), or right after an inverted cue or a phrase cue ("said some academics", "according to some
  academics");
- its cue is a speech cue (a form of `core_cues`: "some studies found" is a finding, no speaker) that carries a
  claim (`attrlint.group_claims`), which `attrlint.source_class` asks of every crowd.

Which rule reports it follows the head, as for every vague source: ATT003, or the rule of a head list that holds
the noun ("a chorus of officials" is ATT007's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import regex

from attrlint.attribution_lexicons import AttributionLexicons
from attrlint.cue_reading import Attribution
from attrlint.function_words import is_article, is_auxiliary, is_function_word, is_preposition
from attrlint.group_claims import clause_words
from attrlint.language import time_words
from attrlint.lazy_regex import lazy
from attrlint.source_class import BEFORE_CUE_WORDS, CLAUSE_START, QUALIFIER_WORDS, lexicon_alternation
from attrlint.source_edges import CUE_ADJUNCT, SOURCE_AFTER_PHRASES, TIME_BEFORE_CUE, cue_inverted
from attrlint.spans import Span

# A word in lower case, and a plural noun in lower case (not "class", "status" or "analysis": a singular in -s)
_LOWER = r"(?-i:\p{Ll})[\p{Ll}'\u2019-]*"
_PLURAL = r"(?-i:\p{Ll})[\p{Ll}'\u2019-]*(?:s(?<!ss|us|is)|men)"
# What places the crowd: a preposition, an article at most and a noun in lower case ("in the squad", "at the plant")
_PLACE = rf"\s+{QUALIFIER_WORDS}\s+(?:{_LOWER}\s+)?{_LOWER}"
# Between the crowd and its cue: adverbs ("similarly", "also", "reportedly"), "have", a time ("on Monday")
_BETWEEN = rf"(?:\s+(?:(?-i:\p{{Ll}}+ly)|{BEFORE_CUE_WORDS}|{TIME_BEFORE_CUE}))*"
_FIRST_WORD = lazy(r"[^\S\n]+(\p{L}+)")  # the word after a cue
_WORD = lazy(r"\p{L}+")
# The words after a cue, up to the end of its sentence or a quotation mark
_CLAUSE_AFTER = lazy(r"[^\S\n]+(?P<words>[^;:.!?\"\u201c\u201d\n]{1,160})")
# What may follow a crowd after its cue: a stop, a mark, a dash, the end, or the cue's adjunct ("on Monday")
_AFTER_CROWD = rf"(?=\s*(?:[,.;:!?)\u201c\u201d\"'\u2018\u2019]|\u2014|--|$)|{CUE_ADJUNCT})"


def _crowd_phrase(quantifiers: Sequence[str]) -> str:
    """A quantifier, up to three modifiers, a plural noun and a place, with groups for the words to check."""
    return (
        rf"(?P<source>(?i:{lexicon_alternation(quantifiers)})\s+(?P<mods>(?:{_LOWER}\s+){{0,3}}?)"
        rf"(?P<head>{_PLURAL})\b(?P<place>{_PLACE})?)"
    )


class UnnamedCrowds:
    """The crowds nobody named of one lexicon: a quantifier of `crowd_quantifiers` before any plural noun."""

    def __init__(
        self,
        quantifiers: Sequence[str],
        *,
        documents: Sequence[str] = (),
        ambiguous: Sequence[str] = (),
        listed: Sequence[str] = (),
    ) -> None:
        phrase = _crowd_phrase(quantifiers)
        self.whole = lazy(rf"{phrase}\Z")
        self.before = lazy(rf"{CLAUSE_START}{phrase}{_BETWEEN}\s*\Z")
        self.after = lazy(rf"\s+{phrase}{_AFTER_CROWD}")
        # where a crowd may begin: most windows hold no quantifier, which one scan tells before the phrase is tried
        self.quantifier = lazy(rf"(?i)\b(?:{lexicon_alternation(quantifiers)})\s")
        # the words a quantifier opens with: most sources open with none, which a set tells before any pattern
        self.first_words = frozenset(quantifier.split()[0].lower() for quantifier in quantifiers if quantifier.split())
        self.out = _with_plurals((*time_words(), *documents, *ambiguous)) | frozenset(word.lower() for word in listed)
        self.crowds = lru_cache(maxsize=256)(self.read_crowd)

    def crowd(self, source: str) -> str | None:
        """The plural noun of a crowd nobody named ("academics" of "some academics", "charities" of "several
        charities"); None for anything else ("some reports", "a few weeks", "some Harbour Board members")."""
        words = source.split()
        return self.crowds(" ".join(words)) if words and words[0].lower() in self.first_words else None

    def read_crowd(self, source: str) -> str | None:
        """`crowd`, read anew."""
        match = self.whole.match(source)
        return match.group("head") if match is not None and self.names_nobody(match) else None

    def names_nobody(self, match: regex.Match) -> bool:
        """Whether a crowd phrase's words are those of a crowd (the module's doc): no function word, time word,
        document, noun of `ambiguous_persons` or listed crowd head among its modifiers and head, nor in what places
        it."""
        words = [*match.group("mods").split(), match.group("head")]
        place = (match.group("place") or "").split()
        if any(is_function_word(word.lower()) for word in words):
            return False
        return all(word.lower() not in self.out for word in (*words, *place[-1:]))

    def modified_by_cue(self, text: str, found: Attribution) -> bool:
        """Whether a crowd before its cue is the subject of another verb and its cue a participle that describes
        it ("Some questions asked at the meeting were never answered", "Some things said in the debate were
        false"): after the cue, a preposition, one noun phrase at most and an auxiliary, not a clause of its own
        ("said on Monday the plan would fail", "said in a letter that ...")."""
        if found.source is None or found.source[0] > found.cue[0]:
            return False
        after = _CLAUSE_AFTER.match(text, found.cue[1])
        clause = clause_words(after.group("words")) if after else []
        words = [word.lower() for word in clause]
        opens = bool(words) and (is_function_word(words[0]) or is_preposition(words[0]))
        if not opens or is_article(words[0]) or "that" in words:
            return False
        for at, word in enumerate(words[1:], 1):
            if is_auxiliary(word):
                return sum(is_article(w.lower()) or w[:1].isupper() for w in clause[1:at]) <= 1
        return False

    def beside(self, text: str, found: Attribution, start: int) -> Span | None:
        """A crowd right before its cue, from where a clause may begin, or right after an inverted cue or a phrase
        cue ("according to some academics"); None where there is none."""
        cue_start, cue_end = found.cue
        first = _FIRST_WORD.match(text, cue_end)
        if first is not None and first.group(1).lower() in self.first_words:
            if found.cue_text.lower().startswith(SOURCE_AFTER_PHRASES) or cue_inverted(text, start, cue_start):
                after = self.after.match(text, cue_end, min(len(text), cue_end + 160))
                if after is not None and self.names_nobody(after):
                    return after.span("source")
        if found.source is None:  # the cue reader read no source: any quantifier in reach may open one
            begins = [m.start() for m in self.quantifier.finditer(text, max(start, cue_start - 160), cue_start)]
        else:  # the one it read may open on a quantifier ("Some employers similarly")
            opens = found.source[0] < cue_start and self.crowd_opens(text, found.source[0])
            begins = [found.source[0]] if opens else []
        for begin in begins:
            before = self.before.match(text, begin, cue_start)
            if before is not None:
                return before.span("source") if self.names_nobody(before) else None
        return None

    def crowd_opens(self, text: str, at: int) -> bool:
        """Whether the word at `at` is the first word of a quantifier ("some", "a" of "a handful of")."""
        word = _WORD.match(text, at)
        return word is not None and word.group().lower() in self.first_words


def _with_plurals(words: Iterable[str]) -> frozenset[str]:
    """The words in lower case, each with its plural in -s ("weeks", "reports")."""
    lower = [word.lower() for word in words]
    return frozenset((*lower, *(word + "s" for word in lower)))


@lru_cache(maxsize=8)
def unnamed_crowds(lexicons: AttributionLexicons) -> UnnamedCrowds:
    """The crowd patterns of one lexicon, compiled once: its heads listed are the crowd and placed heads."""
    return UnnamedCrowds(
        lexicons.crowd_quantifiers,
        documents=lexicons.source_documents,
        ambiguous=lexicons.ambiguous_persons,
        listed=lexicons.crowd_heads + lexicons.placed_heads,
    )
