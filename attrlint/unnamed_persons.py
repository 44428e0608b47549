"""A person counted and not named ("a ward manager", "two residents"), read as a source kept unnamed only where
the cue reports information.

att23 read every counted person noun as an anonymous source and was reverted: on copy nobody tuned on, most of
its findings were actors of the story (the officer who fired, a relative who asked for an inquiry), because
"told her to leave" or "charged" is read as a cue. Here a counted person is a source kept unnamed when:

- its head is a noun for a person (the pack's `person_heads`, the nouns whose first sense in WordNet is a person,
  written by `bench/learn_unnamed.py --persons`), in the singular or the plural, and not a body's voice
  (`body_voices`: "a spokesman for the council" speaks on the council's record); or a head that list cannot
  hold, learned from common words only: a word too rare for the names pack's frequency list whose singular ends
  in one of `person_endings` ("a backbencher", "several trawlermen"), or an acronym's plural ("some MPs"); a
  head may be followed by words that say it knows (`kept_unnamed`: "a broker briefed on the sale"), words that
  tie it to the story (`unnamed_ties`: "a driver involved in the crash") or a relative clause that places it ("a
  broker who was at the dinner");
- and its cue informs: it is one of `informing_cues` (a cue whose content is a claim the person asserts: "said", "told",
  "according to", "noted", "wrote", "warned", learned by `bench/learn_unnamed.py --informing`; any cue for a person
  whose words say they know), and it carries content (`group_claims.carries_claim`: a that-clause, a quotation it
  opens or tags, a reported clause), opens a clause on a subject pronoun or a content word ("said she saw the driver",
  "said managers left"), closes the sentence after a comma ("..., one friend said."), or is a phrase the person
  follows ("according to a neighbour"). An order, a request or an act carries none ("told her to leave", "asked for an
  inquiry", "charged"), nor does someone hypothetical ("when a man tells a woman ...", "would have said"), the object
  of a verb, or someone who speaks to a person of the story ("told him").

`bench/learn_unnamed.py --claims` counts, on PolNeAR train, how the test splits the counted persons before a cue
word into gold attributions and the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import regex

from attrlint.attribution_lexicons import AttributionLexicons
from attrlint.bare_names import word_frequencies
from attrlint.cue_finder import alternation
from attrlint.cue_reading import Attribution
from attrlint.function_words import MODALS, is_article, is_function_word
from attrlint.group_claims import PRONOUN_CLAUSE, carries_claim
from attrlint.language import language_lists
from attrlint.lazy_regex import lazy
from attrlint.source_class import (
    CLAUSE_START,
    DEFINITE_COUNT,
    MODIFIER,
    PLACED_BY_RELATIVE,
    POSSESSIVE,
    QUALIFIER_WORDS,
    WHO_WAS,
    is_speech,
    lexicon_alternation,
)
from attrlint.source_edges import SOURCE_AFTER_PHRASES

# A count word, an ordinal, up to three modifiers and the head, then what places or qualifies the person ("a
# hospital epidemiologist in Ravensby", "a member of the rebel delegation", "a person close to the board")
# (a definite count: "several nurses" is a crowd, `CountedPersons.crowd`)
_PERSON_PHRASE = (
    rf"(?:(?i:second|third|fourth|fifth|other)\s+)?(?P<mods>(?:{MODIFIER}\s+){{0,3}}?)"
    rf"(?P<head>\p{{Ll}}{{3,}}|\p{{Lu}}{{2,}}s|\p{{Lu}}\p{{Ll}}{{2,}})(?P<tail>\s+(?:{QUALIFIER_WORDS}|familiar|close)\b.+)?"
)
COUNTED_PERSON = lazy(rf"(?i:{DEFINITE_COUNT})\s+{_PERSON_PHRASE}")
_BARE_PERSONS = lazy(_PERSON_PHRASE)  # "nurses at the clinic", "union leaders": no count, no quantifier
# After a form of "say", a clause that opens on an article, a possessive, a capital or a content word ("said the
# company wanted to ...", "said her family had ...", "said comments from the four were consistent")
_SAID = frozenset(("say", "says", "said"))
_POSSESSIVE = lazy(rf"(?i:{POSSESSIVE})\Z")
_NEXT_WORDS = lazy(r"\s+(?:that\s+)?(?P<first>\p{L}+)\s+\p{L}")
# The source after a comma, its cue closing the sentence within a few words: "..., an aide said Thursday."
_CLOSES_SENTENCE = lazy(r"(?:\s+[\p{L}\d]+){0,3}\s*[.;!?]")
# Where a source that is its clause's subject may begin: where any source phrase may (`CLAUSE_START`: a paragraph,
# a stop, a comma, a conjunction), or after a focusing word ("even a top strategist", "at least a dozen members");
# not after a verb or a preposition ("those who named a candidate said": an object)
_SUBJECT_START = lazy(CLAUSE_START)
_FOCUSED = lazy(r"\b(?i:even|also|least)\s+\Z")
# Someone hypothetical: "when a man tells a woman ...", "if a manager says ..."
_HYPOTHETICAL = lazy(rf"\b(?i:{alternation(language_lists()['conditional_subordinators'])})\s+\Z")
# Someone hypothetical or only expected to speak: a modal between the source and its cue ("would have said")
_MODAL = lazy(rf"\b(?:{alternation(sorted(MODALS))})\b")
# A name right after the source ("another user, Ann Voss, said", "two members, Ann Voss and Tomas Reyes,"), or
# after "including" ("several candidates, including Voss"): the source is named
_NAMED_NEXT = lazy(r",\s+(?:including\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*")
# "told him", "tells employees": words to people of the story, not information given to the reporter (a person
# head: "reporters" and "journalists" are trades on the record, no person head)
_TOLD_SOMEONE = lazy(r"\s+(?:(?P<pronoun>him|her|them)|(?P<people>\p{Ll}+))\b")
# The plural endings read back to a singular head: "residents", "witnesses", "nannies", "firemen"
_PLURALS = (("ies", "y"), ("men", "man"), ("es", ""), ("s", ""))
# An acronym's plural ("MPs", "GPs"): people or bodies, never a thing that speaks
_ACRONYM_PLURAL = lazy(r"\p{Lu}{2,}s\Z")
# What an office serves, after its head ("a press officer for the council", "a press aide to the governor"), and
# a modifier that names a body by its capital or as its owner ("Harbour Police", "the ministry's")
_SERVED = r"for|of|to|at|with|from"
_NAMES_BODY = lazy(r"\A\p{Lu}|['\u2019]s?\Z")
# The form of an unnamed source whose head is one of `insider_heads` ("a senior official", "two aides"), by which a
# rule picks its problems as it does by `attrlint.source_class.CONFIDENTIAL`
INSIDER = "insider"


class CountedPersons:
    """The person heads of one lexicon, and the test that a counted person at a cue is a source of information."""

    def __init__(
        self,
        persons: Sequence[str],
        *,
        voices: Sequence[str] = (),
        cues: Sequence[str] = (),
        quantifiers: Sequence[str] = (),
        plurals: Sequence[str] = (),
        ambiguous: Sequence[str] = (),
        endings: Sequence[str] = (),
        qualifiers: Sequence[str] = (),
        ties: Sequence[str] = (),
        offices: Sequence[str] = (),
    ) -> None:
        self.endings = tuple(ending.lower() for ending in endings)
        self.counted_phrase = lazy(rf"(?i:{DEFINITE_COUNT})\s+{_qualified_person_phrase(qualifiers, ties)}")
        self.bare_phrase = lazy(_qualified_person_phrase(qualifiers, ties))  # "lawyers briefed on the case"
        self.voices = frozenset(word.lower() for word in voices)
        self.office_phrase = lazy(_office_phrase(offices))
        self.ambiguous = frozenset(word.lower() for word in ambiguous)
        lower = frozenset(word.lower() for word in persons if not word[:1].isupper())
        self.persons = (lower | self.ambiguous) - self.voices
        # the heads written with a capital ("Republican", "Tory"), read only so and only counted (`member`)
        self.members = frozenset(word for word in persons if word[:1].isupper())
        # irregular plurals ("children child") of the person heads
        self.irregular = dict(plural_pair(pair) for pair in plurals)
        self.cues = frozenset(" ".join(cue.lower().split()) for cue in cues)
        self.crowd_phrase = lazy(rf"(?i:{lexicon_alternation(quantifiers)})\s+{_PERSON_PHRASE}")
        # the analysis asks for a source's head and crowd several times (its class, its form, a rule's head
        # lists): each is read once, for the last few sources
        self.heads = lru_cache(maxsize=256)(self.read_head)
        self.crowds = lru_cache(maxsize=256)(self.read_crowd)
        self.bares = lru_cache(maxsize=256)(self.read_bare)
        # every form `singular` reads back, for a quick test of a window's words (`any_person`)
        persons_and_members = self.persons | frozenset(word.lower() for word in self.members)
        self.forms = persons_and_members | frozenset(self.irregular) | frozenset(_plural_forms(persons_and_members))

    def crowd(self, source: str) -> str | None:
        """The plural head of a crowd of people nobody counted ("nurses" of "several nurses", "parents" of
        "a handful of parents"): a quantifier of `crowd_quantifiers` and the plural of a person head; None for
        anything else ("two nurses", "many a nurse", "some nurse")."""
        return self.crowds(source)

    def bare(self, source: str) -> str | None:
        """The plural head of people named by their noun alone, after modifiers at most ("nurses" of "nurses at
        the clinic", "leaders" of "union leaders"); None for anything else (a singular, a thing)."""
        return self.bares(source)

    def read_bare(self, source: str) -> str | None:
        """`bare`, read anew: its tail may also say the people know or tie them to the story, as a counted
        person's may ("bankers briefed on the sale", "lawyers close to the case")."""
        match = self.bare_phrase.fullmatch(" ".join(source.split()))
        if match is None:
            return None
        word = match.group("head")
        return word if word not in self.persons and self.person_sense(match) else None

    def head(self, source: str) -> str | None:
        """The head of a counted person with no name ("manager" of "a ward manager", "resident" of "two
        residents"), in the singular; None for anything else (a thing, a body's voice, a name)."""
        return self.heads(source)

    def read_crowd(self, source: str) -> str | None:
        """`crowd`, read anew: never a head of `ambiguous` ("some party figures": on the tune split one of its two
        findings was a group whose member the next sentence names and quotes after the member's cue,
        which `attrlint.source_members` does not read)."""
        match = self.crowd_phrase.fullmatch(" ".join(source.split()))
        if match is None:
            return None
        word = match.group("head")
        if word in self.persons or self.is_ambiguous(word):
            return None
        if self.singular(word) is None:
            return word if self.unlisted_plural(word) else None
        return word if self.person_sense(match) else None

    def read_head(self, source: str) -> str | None:
        """`head`, read anew."""
        match = self.counted_phrase.fullmatch(" ".join(source.split()))
        if match is None:
            return None
        word = match.group("head")
        if word[:1].isupper() and not _ACRONYM_PLURAL.match(word):
            return self.member(word)
        if self.singular(word) is None and not self.is_ambiguous(word):
            return word if self.unlisted_plural(word) or self.rare_person_word(word, word) else None
        return self.singular(word) if self.person_sense(match) else None

    def member(self, word: str) -> str | None:
        """A head of `members`, written with its capital, in the singular and in lower case ("republican" of
        "Republicans", "tory" of "Tories"): a member of a party or a nation counted ("a senior Republican", "two
        Tories"); None for any other capitalised word (a name). Never a crowd's or a bare plural's head: "some
        Republicans" and "Republicans" are a party's voters, "the Republicans" a body on record."""
        found = next((form for form in (word, *singular_readings(word)) if form in self.members), None)
        return found.lower() if found else None

    def person_ending(self, singular: str) -> bool:
        """Whether a singular ends in one of `person_endings` after three letters or more."""
        return any(singular.endswith(end) and len(singular) >= len(end) + 3 for end in self.endings)

    def person_sense(self, match: regex.Match) -> bool:
        """Whether a phrase's head is a person head, and, if it is one of `ambiguous` ("figure": a person or a
        number), words beside it describe a person: a modifier before it or a body after it ("a senior party
        figure", "figures at the bank"), not "the figure", "two figures" or "some figures" alone."""
        singular = self.singular(match.group("head"))
        if singular is None:
            return False
        if singular not in self.ambiguous or match.group("tail"):
            return True
        return any(not is_function_word(word.lower()) for word in match.group("mods").split())

    def unlisted_plural(self, word: str) -> bool:
        """Whether a plural no list holds is read as people: an acronym's ("MPs"), or a word too rare for the
        frequency list (so too rare for `person_heads`, learned from common words) whose singular ends in one of
        `person_endings` ("backbenchers", "trawlermen"); not a common word the lists leave out ("papers")."""
        if _ACRONYM_PLURAL.match(word):
            return True
        return any(self.rare_person_word(word, singular) for singular in singular_readings(word))

    def rare_person_word(self, plural: str, singular: str) -> bool:
        """Whether neither form is in the frequency list and the singular ends in a person ending after three
        letters or more."""
        if not singular.islower() or word_frequencies().get(singular) or word_frequencies().get(plural):
            return False
        return self.person_ending(singular)

    def is_ambiguous(self, word: str) -> bool:
        """Whether a word, in lower case, is a form of a head of `ambiguous` ("figures")."""
        return self.singular(word) in self.ambiguous

    def any_person(self, words: Iterable[str]) -> bool:
        """Whether any of the words, in lower case, may be a person head, in the singular or the plural."""
        return not self.forms.isdisjoint(words)

    def singular(self, word: str) -> str | None:
        """A person head in the singular ("resident" of "residents"), None if the word is none."""
        if word in self.persons:
            return word
        if word in self.irregular:
            return self.irregular[word] if self.irregular[word] in self.persons else None
        return next((singular for singular in singular_readings(word) if singular in self.persons), None)

    def informs(self, text: str, found: Attribution, speech: frozenset[str]) -> bool:
        """Whether a counted person is its cue's source of information (the module's doc): the cue is one of
        `informing_cues` (or any cue for a person whose words say they know: `knowing`) and carries content; the
        person is the subject of its clause, real (no modal before the cue), not named right after, and not
        speaking to someone of the story ("told him"). `speech`: the core cues, whose forms report a clause with
        no "that"."""
        if found.source is None:
            return False
        if " ".join(found.cue_text.lower().split()) not in self.cues and not self.knowing(found.source_text or ""):
            return False
        source, cue = found.source, found.cue
        if self.named_next(text, source[1]):
            return False
        if found.cue_text.lower().startswith(SOURCE_AFTER_PHRASES):
            return source[0] > cue[0]
        if source[0] < cue[0] and not self.subject(text, found):
            return False
        if found.cue_text.lower() not in _SAID and self.told_someone(text, cue[1]):
            return False
        spoken = is_speech(found.cue_text, speech)
        if carries_claim(text, source, cue, found.cue_text, spoken):
            return True
        if source[0] > cue[0]:
            return False
        if text[max(0, source[0] - 2) : source[0]].strip() == "," and _CLOSES_SENTENCE.match(text, cue[1]):
            return True
        return PRONOUN_CLAUSE.match(text, cue[1]) is not None or self.said_clause(text, found)

    def knowing(self, source: str) -> bool:
        """Whether a counted person's words, or people's named by their noun alone, say they know (`kept_unnamed`:
        "a broker briefed on the sale", "bankers familiar with the talks"): such a person informs at any cue that
        carries content ("stated that ...", "noted, ..."), as "an official familiar with the talks" does; one the
        words only tie to the story or place ("a driver involved in the crash", "a clerk who was at the hearing")
        at `informing_cues` alone."""
        words = " ".join(source.split())
        match = self.counted_phrase.fullmatch(words) or self.bare_phrase.fullmatch(words)
        return match is not None and match.group("known") is not None

    def confidential(self, source: str) -> bool:
        """Whether a counted person's tail may make them confidential: words that say they know (`knowing`), or a
        tail of a qualifier word ("a broker close to the deal", "a clerk in the room"), not words that only tie
        them to the story after a verb ("a driver involved in the crash", "a porter who was close to the board")."""
        if self.knowing(source):
            return True
        words = " ".join(source.split())
        qualified, read = COUNTED_PERSON.fullmatch(words), self.counted_phrase.fullmatch(words)
        return qualified is not None and read is not None and qualified.group("head") == read.group("head")

    def confidential_bare(self, source: str) -> bool:
        """Whether people named by their plural noun alone are, by their tail, people in confidence, as a counted
        person is (`confidential`): words that say they know, or a tie that opens on a qualifier word ("lawyers
        close to the case", "bankers briefed on the sale"); not "drivers involved in the crash", nor people only
        placed ("nurses at the clinic")."""
        if self.bare(source) is None:
            return False
        words = " ".join(source.split())
        read = self.bare_phrase.fullmatch(words)
        if read is None:
            return False
        if read.group("known") is not None:
            return True
        if read.group("placed") is None:
            return False
        qualified = _BARE_PERSONS.fullmatch(words)
        return qualified is not None and qualified.group("tail") is not None and qualified["head"] == read["head"]

    def voices_a_body(self, source: str, bodies: frozenset[str], members: frozenset[str] = frozenset()) -> bool:
        """Whether a source holds an office that speaks for a body it names (`voice_offices` before a person head:
        "a press officer for the council", "a Harbour Police public information officer", "the ministry's
        communications director"), so speaks on that body's record as a spokesman does. The body is named by a
        capitalised or possessive modifier, a word of `bodies` ("a campaign press aide") or the words after the
        head ("for the mayor", "at the agency"); "a senior press aide" names none and is a person kept unnamed. The
        head is a person head, a body's voice or one of `members`, a body's people ("press officials"), not a thing
        ("Kestrel press reports")."""
        match = self.office_phrase.fullmatch(" ".join(source.split()))
        if match is None:
            return False
        head = match["head"]
        if self.singular(head) is None and head not in self.voices | members:
            return False
        mods = match["mods"].split()
        return bool(match["body"]) or any(_NAMES_BODY.search(word) or word.lower() in bodies for word in mods)

    @staticmethod
    def named_next(text: str, end: int) -> bool:
        """Whether a name follows the source that ends at `end` (", Ann Voss,", ", including Voss")."""
        return _NAMED_NEXT.match(text, end) is not None

    @staticmethod
    def said_clause(text: str, found: Attribution) -> bool:
        """Whether a form of "say" reports a clause (`_SAID`): not one that opens on another function word or an
        adverb ("said in a statement", "said so", "said repeatedly")."""
        if found.cue_text.lower() not in _SAID:
            return False
        after = _NEXT_WORDS.match(text, found.cue[1])
        if after is None:
            return False
        first = after.group("first")
        if first[0].isupper() or is_article(first.lower()) or _POSSESSIVE.match(first):
            return True
        return not is_function_word(first) and not first.endswith("ly")

    def told_someone(self, text: str, cue_end: int) -> bool:
        """Whether the cue's object is a pronoun or people of the story ("told him", "tells employees")."""
        told = _TOLD_SOMEONE.match(text, cue_end)
        if told is None:
            return False
        return bool(told.group("pronoun")) or self.singular(told.group("people")) is not None

    @staticmethod
    def subject(text: str, found: Attribution) -> bool:
        """Whether a counted person before its cue is the subject of the cue's clause (`_SUBJECT_START`), real
        (not after "when" or "if") and with no modal between them."""
        start, end = found.source
        if _MODAL.search(text, end, found.cue[0]) or _HYPOTHETICAL.search(text, max(0, start - 12), start):
            return False
        return bool(_SUBJECT_START.match(text, start) or _FOCUSED.search(text, max(0, start - 8), start))


def plural_pair(entry: str) -> tuple[str, str]:
    """A `person_plurals` entry ("children child") as (plural, singular) in lower case; any other shape raises
    ValueError, which the rule reports where the entry is written."""
    words = entry.lower().split()
    if len(words) != 2:
        raise ValueError(f"a person_plurals entry is 'plural singular', not {entry!r}")
    return words[0], words[1]


def _qualified_person_phrase(qualifiers: Sequence[str], ties: Sequence[str]) -> str:
    """`_PERSON_PHRASE` whose tail may also be words that say the person knows (`known`: the pack's `kept_unnamed`,
    "briefed on", also after "who was"), or words that tie the person to the story or a relative clause that
    places them (`placed`: the pack's `unnamed_ties`, "involved in", also after "who was", or
    `PLACED_BY_RELATIVE`)."""
    known = rf"(?P<known>\s+(?:{WHO_WAS}\s+)?(?:{lexicon_alternation(qualifiers)})\b.+)"
    tied = rf"(?:{WHO_WAS}\s+)?(?:{lexicon_alternation(ties)})" if ties else PLACED_BY_RELATIVE
    placed = rf"(?P<placed>\s+(?:{PLACED_BY_RELATIVE}|{tied})\b.+)"
    return _PERSON_PHRASE.replace("(?P<tail>", rf"(?P<tail>{known}|{placed}|", 1)


def _office_phrase(offices: Sequence[str]) -> str:
    """An office of `offices` before a person head, after a count or a determiner and up to three modifiers, and
    what the office serves after it (`body`: "for the council", "to the governor"); the office's words in any
    case ("Press Officer")."""
    office = rf"(?i:{lexicon_alternation(offices)})"
    return (
        rf"(?:(?i:{DEFINITE_COUNT}|the)\s+)?(?P<mods>(?:{MODIFIER}\s+){{0,3}}?){office}\s+(?P<head>\p{{Ll}}{{3,}})"
        rf"(?P<body>\s+(?i:{_SERVED})\s+\S.*)?"
    )


def singular_readings(word: str) -> list[str]:
    """The singulars `_PLURALS` reads a word back to ("resident" of "residents"; "nanny" and "nannie" of
    "nannies"), none for a word with no plural ending."""
    return [word[: -len(end)] + stem for end, stem in _PLURALS if word.endswith(end)]


def is_insider(head: str, insiders: frozenset[str]) -> bool:
    """Whether an unnamed source's head, in lower case, is one of `insiders` in the singular or the plural
    ("official", "officials", "strategists")."""
    return head in insiders or not insiders.isdisjoint(singular_readings(head))


def _plural_forms(singulars: Iterable[str]) -> Iterator[str]:
    """The plurals `_PLURALS` reads back to each singular ("residents", "nannies", "firemen", "witnesses")."""
    for word in singulars:
        for end, stem in _PLURALS:
            if word.endswith(stem):
                yield word[: len(word) - len(stem)] + end


@lru_cache(maxsize=8)
def counted_persons(lexicons: AttributionLexicons) -> CountedPersons:
    """The person heads of one lexicon, their irregular plurals and the quantifiers that count nobody, read once."""
    return CountedPersons(
        lexicons.person_heads,
        voices=lexicons.body_voices,
        cues=lexicons.informing_cues,
        quantifiers=lexicons.crowd_quantifiers,
        plurals=lexicons.person_plurals,
        ambiguous=lexicons.ambiguous_persons,
        endings=lexicons.person_endings,
        qualifiers=lexicons.kept_unnamed,
        ties=lexicons.unnamed_ties,
        offices=lexicons.voice_offices,
    )
