"""What kind of source an attribution has: named, vague, or anonymous with or without a reason.

The cue reader (`attrlint.cue_reading`) finds a cue and the words beside it. This module reads the
sources it cannot ("critics said", "said insiders", "people familiar with the matter told") and
classes every source by its head, the noun it is about:

- *vague*: a head that names nobody, from the pack's `vague_sources` ("critics", "observers",
  "some") or `official_heads` ("officials", which the rules report apart), with no name among its
  words ("Some commentators", "political analysts"; a capital before a head of `outsider_heads` names
  nobody: "Kremlin critics", nor does a common word a sentence capitalised: "Market watchers"); a head of
  `placed_heads` is one only before a preposition that places it ("few in the industry", not "Voss and others");
- *anonymous*: a head for a person kept unnamed, from `anonymous_sources`, that is counted ("a
  senior official", "two aides") or said to know ("people familiar with the talks", words of
  `kept_unnamed`), or a head of `confidential_heads` whose body is named and its people not ("League
  sources"). It is *anonymous-explained* when its sentence or the next gives the reason for
  the anonymity (`attrlint.anonymity_reasons`). Its form is *confidential* (`SourceClasses.form`) when it
  says the source gives information in confidence: a head of `confidential_heads` ("a source", "insiders")
  or words of `kept_unnamed`;
- *vague* too: a plural noun for people from `group_heads` ("diplomats", "economists") alone or after a
  quantifier ("many doctors"), or from `quantified_groups` after a quantifier only ("some researchers"), with
  no name among its words, or the plural of any noun of `person_heads` after a quantifier that counts nobody
  ("several nurses", "a handful of fishermen"; `crowd_quantifiers`, attrlint.unnamed_persons), or, at a speech
  cue, of any other noun ("some academics", "several charities": attrlint.unnamed_crowds), where its cue
  carries a claim
  (`attrlint.group_claims`): a group is a source only when it says or holds something;
- a member of a named body is neither: a head of `anonymous_sources` or `official_heads` qualified by
  a word of `source_bodies` or `source_documents` ("campaign officials", "officials at the agency"), as
  "Pentagon officials"
  is by a name;
- otherwise the cue reader's kind stands: person, pronoun, role, organisation, document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol

import regex

from attrlint.anonymity_reasons import AnonymityReasons
from attrlint.attribution_lexicons import AttributionLexicons
from attrlint.bare_names import is_ordinary
from attrlint.cue_finder import alternation
from attrlint.cue_reading import Attribution
from attrlint.cues import PERSON, PRONOUN, ROLE, SOURCE_BEFORE_CUE, VAGUE, cue_key, source_kind
from attrlint.document import Document, Span, has_whole_word, whole_word_starts
from attrlint.function_words import is_auxiliary
from attrlint.group_claims import carries_claim
from attrlint.language import language_lists
from attrlint.lazy_regex import lazy
from attrlint.segment import opens_sentence
from attrlint.source_edges import (
    CLOSING_MARKS,
    CUE_ADJUNCT,
    SOURCE_AFTER_PHRASES,
    TIME_BEFORE_CUE,
    WORD,
    closes_quotation_before,
    cue_inverted,
    ends_with_mark,
    last_visible,
)

ANONYMOUS, EXPLAINED = "anonymous", "anonymous-explained"
UNNAMED = (VAGUE, ANONYMOUS, EXPLAINED)
CONFIDENTIAL = "confidential"  # the form of an unnamed source that says it gives information in confidence

# Words that count the people a source stands for ("two officials"): a counted head is someone in particular. A
# definite count ("two", "a dozen") counts anyone; "several" or "a few" count only a head of the lexicon lists
# ("several aides"): before any other person noun they make a crowd (attrlint.unnamed_persons).
_DEFINITE_COUNT = (
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|(?:half\s+)?a\s+dozen|"
    r"at\s+least\s+(?:one|two|three|four|five)|\d+"
)
# An article, a possessive or a demonstrative: a word that opens a noun phrase and never ends a source phrase
POSSESSIVE = alternation(language_lists()["possessives"])
_ARTICLE = rf"a|an|the|{POSSESSIVE}|your|this|that"
_COUNT = rf"{_DEFINITE_COUNT}|several|multiple|numerous|a\s+number\s+of|a\s+few|a\s+handful\s+of"
_WORD = lazy(r"\p{L}+")
_COUNTED = lazy(rf"(?i:{_COUNT})\Z")
# What may stand before a group's head (`group_heads`): nothing, or a quantifier that counts nobody
_GROUP_QUANTIFIER = lazy(r"(?i:some|many|most|several)\Z")


# A word that can stand before a head ("senior", "White House", "foreign policy"), not a word that
# ends a clause or starts another ("and", "that", "was").
_MODIFIER = (
    r"(?!(?:and|or|but|nor|that|which|who|whom|whose|is|was|are|were|be|been|has|have|had|will|would|"
    r"said|says|say|told|not|of|to|in|on|at|by|for|with|from|as|than|if|when|while|because|after|before|since|until)\b|\p{L}+n['\u2019]t\b)"
    r"[\p{L}\d]+(?:[.'\u2019-][\p{L}\d]+)*(?:(?<=\b\p{L})\.)?"  # "U.S." but not "terrorism."
)
# A guard before a word of what follows a head ("of the plan", "familiar with the talks"): not a word that ends the
# source phrase, a conjunction, an auxiliary or a speech verb ("and", "was", "said")
_NOT_PHRASE_END = (
    r"(?!(?:and|or|but|is|was|are|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|"
    r"did|get|got|said|says|say|told|tell)\b)"
)
_REST_WORD = rf"{_NOT_PHRASE_END}[\p{{L}}\d]+(?:[.'\u2019-][\p{{L}}\d]+)*"
# Where a source phrase may begin: a paragraph, a clause after a stop or a mark, or a conjunction ("as" also after
# a quotation closed on its comma: '"...," as critics said')
_CLAUSE_START = (
    r"(?<!\b\p{Lu}\.\s*|\d,)(?<=(?:\A|[\n,;:(\u2014\u2013\u201c\u201d\"']|(?<!\w)-)[^\S\n]*|[.!?][^\S\n]+|"
    r"\b(?i:and|but|that|while|though|although|because|when|so|whom|which)\s+|"
    r"(?:\A|[,;:\n.!?](?:[\u201d\u2019\"]|'')*|\b(?i:and|but))\s*(?i:as)\s+)"
)
# "Elward Eddo, an official at the housing board, said": a name the source phrase stands beside
_NAMED_BEFORE = lazy(r"\p{Lu}[\p{L}'\u2019-]+\s+\p{Lu}[\p{L}'\u2019-]+,\s*\Z")
# "some of the women": a group already named; "some of what he said": no group
_OF_KNOWN = lazy(r"\s+of\s+(?i:the|these|those|his|her|their|its|our|you|us|them|what)\b")
_NAME_WORD = lazy(r"\p{Lu}")
_ACRONYM = lazy(r"(?:\p{Lu}\.?){2,}\Z")  # "EU", "OSCE", "U.N."
_ADJECTIVE = lazy(r"\p{L}{3}(?:al|ive|ous|ary|ent)\Z")  # "Political", "Conservative": not a name
_OF = r"(?:of|to|in|at|on|from|for|within|across|inside|with)"  # "critics of the plan", "officials at the agency"
# The parts of an unnamed source phrase that attrlint.unnamed_persons reads a counted person with
DEFINITE_COUNT, MODIFIER, QUALIFIER_WORDS, CLAUSE_START = _DEFINITE_COUNT, _MODIFIER, _OF, _CLAUSE_START
# "a senior official, who spoke on condition of anonymity, said", "observers, contradicting the mayor, said": a
# clause between a source and its cue (not "including Ann Voss", which names the group's members)
_APPOSITION = r"(?:,\s+(?:who|(?!(?:including|excluding)\b)\p{Ll}+ing)\b[^,;\"\u201c\u201d]{1,160},)?"
# What may follow a source after its cue: a stop, a quotation, a participle ("said critics, referring to"), a
# relative clause ("said critics who follow the race"), or the cue's own adjunct (`_CUE_ADJUNCT`)
_STOP = (
    r"(?=\s*(?:[,.;:!?)\u201c\u201d\"'\u2018\u2019]|\u2014|--|$)|"
    rf"(?<!\b(?i:{_ARTICLE}))\s+\p{{Ll}}+ing\b|"  # not "familiar with his thinking"
    rf"\s+(?i:when|while|as|after|before|because|who|whose)\b|{CUE_ADJUNCT})"
)
# The function words the two patterns below end or open with (rules/language/english.yaml)
_PREPOSITION = f"(?:{alternation(language_lists()['all_prepositions'])})"
_SUBJECT_PRONOUN = f"(?:{alternation(language_lists()['subject_pronouns'])})"
_SUBORDINATOR = f"(?:{alternation(language_lists()['subordinators'])})"
_LIMITING_ADVERB = f"(?:{alternation(language_lists()['limiting_adverbs'])})"
# Adverbs and auxiliaries that may stand between a source and its cue ("critics have long said"), and the sentence
# adverbs a writer sets there without commas ("critics however said", "analysts meanwhile warned"); read by
# attrlint.unnamed_crowds too
BEFORE_CUE_WORDS = (
    r"(?:reportedly|allegedly|also|later|privately|publicly|previously|earlier|recently|repeatedly|long|once|first|"
    r"however|meanwhile|have|has|had|would|will)"
)
# A source phrase that ends in a determiner or a preposition is no source: the cue after it is a noun or a
# gerund ("rallied young people with his calls", "has not stopped pundits from speculating"). Nor is one that
# ends in a subject pronoun, the cue's own subject, whose object the phrase is ("one source of delay we observe"),
# or in a subordinator, whose clause the cue opens ("a source replied when asked": the cue "asked" has no source).
_DANGLING = lazy(rf"(?i:\b(?:{_ARTICLE}|{_PREPOSITION}|{_SUBJECT_PRONOUN}|{_SUBORDINATOR}))\Z")
# "forcing some to use a knockoff": an infinitive after a quantifier makes it a verb's object, not a source
_INFINITIVE = lazy(rf"\s+(?i:to)\s+(?!(?i:{_ARTICLE}|these|those)\b)\p{{Ll}}")
# "who U.S. officials say", "even as White House officials railed": a name right before the head, after a word
# in lower case (not a sentence's first word), is its modifier, which the phrase could not begin with
_NAME_BEFORE_HEAD = lazy(
    r"(?:\b(?:\p{Lu}\.){2,}|(?<=\b\p{Ll}+[^\S\n]+)(?:\p{Lu}[\p{L}'\u2019-]+[^\S\n]+){0,2}\p{Lu}[\p{L}'\u2019-]+)[^\S\n]+\Z"
)
# What follows a cue that reports nothing: a stop, a subordinator, an adverb ("some cheer when he calls")
_NOTHING_REPORTED = lazy(rf"\s*(?:[.;!?]|(?i:{_SUBORDINATOR}|{_LIMITING_ADVERB})\b)")
# "told analysts on a conference call that ...": a content clause after the words that follow a cue and its
# adjunct, which an inverted cue, whose source closes the clause, never has; those words are the cue's object
CLAUSE_AFTER_ADJUNCT = lazy(rf"{CUE_ADJUNCT}[^,;:.!?\"\u201c\u201d\n]{{0,40}}?\s+(?i:that)\b")
# A match of CLAUSE_AFTER_ADJUNCT holds at most 69 characters other than spaces (an adjunct of at most 25, "earlier
# Wednesday afternoon"; 40 characters; "that"). `regex` looks for its "that" through the rest of the text before it
# tries to match, which from each source to the end of a long draft without one was quadratic; so it is matched
# within the next 200 characters other than spaces (`clause_after_adjunct`), which no match reaches the end of.
_CLAUSE_REACH = lazy(r"(?:\s*\S){0,200}")
# "people were told": the source of a passive cue is not the people before it
_PASSIVE = lazy(r"(?i:\b(?:are|were|is|was|be|been|being))\s*\Z")
# "officials at the agency", "sources inside the campaign": a body the source belongs to
_MEMBERSHIP = lazy(r"\s+(?:at|in|within|inside|from|with)\s+(?:the\s+)?(?P<body>\p{L}+)", regex.I)
# "a former aide named Ann Voss": the unnamed head is followed by the name
_NAMED_AFTER = lazy(r"\s+(?:named|called)\s+\p{Lu}\p{L}+\s+\p{Lu}")
_POSSESSIVE = lazy(r"['\u2019]s?\Z")
# "Ann Voss and other analysts", "Voss and two other aides": a named person joined to the group's others
_JOINED_TO_NAME = lazy(
    r"(?:(?!(?:But|And|Yet|So|Still|Now|Then|The|A|An)\b)\p{Lu}[\p{L}'\u2019.-]*[^\S\n]+){0,3}"
    r"\p{Lu}[\p{L}'\u2019-]+[^\S\n]+(?i:and)[^\S\n]+\Z"
)
_OTHER = lazy(rf"(?i:(?:{_COUNT})\s+)?others?\b")
_SOURCE_BEFORE_ADVERB = lazy(rf"(?i:\s+(?:reportedly|allegedly))(?:\s+{BEFORE_CUE_WORDS})*\s*\Z")
# Where the sentence holding a cue begins: after the last stop (and the marks that close it) before the cue
_SENTENCE_OPENING = lazy(r"(?r)[.!?](?:[\u201d\u2019\"]|'')*[^\S\n]+")
# A phrase that opens its sentence (`_SENTENCE_OPENING`) and ends in a comma: "In early October," "On Monday,"
_OPENING_PHRASE = r"(?:[^,;:\"\u201c\u201d\n]{1,60},[^\S\n]+)?"
# The rest of the clause a participle cue follows, up to its comma: a verb in lower case, then no mark
_MAIN_CLAUSE = r"[^\S\n]+(?-i:\p{Ll})[^,;:\"\u201c\u201d\n]*"


# A head the phrase patterns take as it comes; `SourceClasses.person_beside` keeps it only for a person head
_ANY_HEAD = r"(?P<head>\p{L}[\p{L}'\u2019-]{2,})\b"
_DIGIT = lazy(r"\d")
_RELATIVE_END = lazy(r"\b(?i:who|whom|whose|which|that)\Z")
# A preposition that places people in a body or a place ("few in the industry", "staff based in the capital")
_PLACING = r"(?:in|on|at|within|inside|across)"
# A relative clause that places a person where the story happened ("a clerk who was at the hearing"): what a
# counted person's phrase may end in (attrlint.unnamed_persons)
WHO_WAS = r"who\s+(?:was|were)"  # before words that place or qualify a person ("who was close to")
PLACED_BY_RELATIVE = rf"{WHO_WAS}\s+{_PLACING}"
# the one tail a head of `placed_heads` is read with ("others on the committee"), and, for one person
# (`placed_persons`), that tail after a relative clause ("someone who was at the dinner")
_PLACE = rf"\s+{_PLACING}\s+\S"


def _placed_by_word(cues: Sequence[str]) -> str:
    """A word in lower case (no adverb in -ly) before a preposition that places the people, and what it places them
    in (an article or a capital): "four people present at the hearing", "staff based in the capital". Not a cue
    ("Two sources quoted in the report said": the source of "quoted" is "Two sources")."""
    return (
        rf"(?!(?:{lexicon_alternation(cues)})\b){_NOT_PHRASE_END}(?-i:\p{{Ll}}{{3,}})(?<!ly)\s+{_PLACING}"
        rf"(?=\s+(?:(?i:the|a|an)\b|(?-i:\p{{Lu}})))"
    )


# "five people who attended the briefing": a relative clause after the head, its verb and at least one word
_RELATIVE_CLAUSE = r"\s+who(?:\s+(?:was|were|is|are|has|have|had))?(?=\s+" + _REST_WORD + ")"


def _source_phrase(determiner: str, head: str, access: str, after_cue: bool = False, placed_by: str = "") -> str:
    """A source phrase, one grammar before and after the cue: an opener, modifiers, a head and what may follow
    it, words that say the source knows, a preposition or a relative clause and a few words ("officials at the
    agency", "people who attended the briefing"). After its cue the phrase's words end where the cue's adjunct
    begins ("said critics on Tuesday"), and before a relative clause ("said critics who ride it daily"); before
    its cue, where a time the words were said begins ("Economists on Monday said": `TIME_BEFORE_CUE`).
    `placed_by`: after an opener or a count, a word of this pattern (`_placed_by_word`) may stand between the head
    and a preposition that places it ("four people present at the hearing"); none in a clause whose verb follows
    its subject (`clause_subject`: "Some critics rounded on the board"). It is not a person noun's phrase, which
    attrlint.unnamed_persons reads: there the word may be the head."""
    guard = rf"(?!{CUE_ADJUNCT})" if after_cue else rf"(?!\s+(?:{TIME_BEFORE_CUE}))"
    relative = "" if after_cue else f"|{_RELATIVE_CLAUSE}"
    of = (
        rf"(?(det)(?:{_OF}|{placed_by})|{_OF})" if placed_by else _OF
    )  # placed by a word only after an opener or a count
    tail = rf"(?:(?:\s+{WHO_WAS})?(?P<access>{access})|(?P<of>\s+{of}\b){relative})"  # "who was close to"
    rest = rf"(?:\s+{_REST_WORD}){{0,8}}?"
    return rf"(?:(?P<det>{determiner})\s+)?(?P<mods>(?:{_MODIFIER}\s+){{0,4}}?){head}(?:{guard}{tail}{rest})?"


def _beside_cue(determiner: str, head: str, access: str, placed_by: str) -> tuple[regex.Pattern, regex.Pattern]:
    """A source phrase right before its cue, from where a clause may begin, and right after it, up to a stop."""
    phrase = _source_phrase(determiner, head, access, placed_by=placed_by)
    after = _source_phrase(determiner, head, access, after_cue=True, placed_by=placed_by)
    unplaced = _source_phrase(determiner, head, access)  # before a comma: "Critics rounded on it,"
    before = lazy(
        rf"(?i){_CLAUSE_START}(?:(?P<source>{phrase}){_APPOSITION}|(?P<source>{unplaced}){_APPOSITION},)"
        rf"(?:\s+(?:{BEFORE_CUE_WORDS}|{TIME_BEFORE_CUE}|(?P<aux>are|were|is|was)))*\s*\Z"
    )
    return before, lazy(rf"(?i)\s+(?P<source>{after}){_STOP}")


class PersonReader(Protocol):
    """Reads a person counted and not named (attrlint.unnamed_persons.CountedPersons)."""

    def head(self, source: str) -> str | None: ...

    def crowd(self, source: str) -> str | None: ...

    def bare(self, source: str) -> str | None: ...

    def any_person(self, words: Iterable[str]) -> bool: ...

    def is_ambiguous(self, word: str) -> bool: ...

    def named_next(self, text: str, end: int) -> bool: ...

    def confidential_bare(self, source: str) -> bool: ...

    def informs(self, text: str, found: Attribution, speech: frozenset[str]) -> bool: ...

    def confidential(self, source: str) -> bool: ...

    def voices_a_body(self, source: str, bodies: frozenset[str], members: frozenset[str] = ...) -> bool: ...


class CrowdReader(Protocol):
    """Reads a crowd nobody named, whatever its noun (attrlint.unnamed_crowds.UnnamedCrowds)."""

    def crowd(self, source: str) -> str | None: ...

    def beside(self, text: str, found: Attribution, start: int) -> Span | None: ...

    def modified_by_cue(self, text: str, found: Attribution) -> bool: ...


def is_speech(cue_text: str, speech: frozenset[str]) -> bool:
    """Whether a cue is a form of a speech cue of `speech` (the core cues: "say" of "says", "argue" of "argued")."""
    cue = cue_key(cue_text).lower()
    return any(form in speech for form in (cue, cue + "s", cue + "ed", cue + "d"))


def clause_after_adjunct(text: str, at: int) -> regex.Match | None:
    """CLAUSE_AFTER_ADJUNCT matched at `at` ("on a conference call that ..."), read only as far as it can reach."""
    return CLAUSE_AFTER_ADJUNCT.match(text, at, _CLAUSE_REACH.match(text, at).end())


def speaks_at_cue(text: str, found: Attribution) -> bool:
    """Whether a source is who speaks at the cue: its subject before it, or after it where the cue is inverted
    ('"...," said Ann Voss') or a phrase ("according to Ann Voss"). A name after a participle ("blaming Ann Voss")
    or after a verb read in order ("claiming he had disavowed Voss", "and said Ann Voss should resign", "ready to
    dismiss their manager") is the cue's object or the subject of its content, no speaker."""
    if found.source is None or found.source[0] < found.cue[0]:
        return True
    cue = cue_key(found.cue_text).lower()
    if cue.startswith(SOURCE_AFTER_PHRASES):
        return True
    return not cue.endswith("ing") and cue_inverted(text, 0, found.cue[0])


def capitalised_in_sentence(text: str, word: str) -> bool:
    """Whether the draft writes a word with its capital somewhere other than at a sentence's start, as a name is
    written ("said Trump", "the Market Board")."""
    capitalised = word[:1].upper() + word[1:]
    return any(not opens_sentence(text, 0, at) for at in whole_word_starts(text, capitalised))


def lexicon_alternation(entries: Sequence[str]) -> str:
    """A lexicon as an alternation, longest first, its spaces matching any run of spaces (never empty: with
    no entry it matches nothing). Entries of one length keep one order, so the pattern, the compiled-regex
    store's key, is the same in every process whatever Python's string hashing."""
    unique = sorted({" ".join(e.split()) for e in entries if e.strip()}, key=lambda entry: (-len(entry), entry))
    return "|".join(regex.escape(e).replace(r"\ ", r"\s+") for e in unique) or r"(?!)"


def names_a_body(mods: Sequence[str]) -> bool:
    """Whether modifiers name a body by its name, not a place or a thing watched: an acronym ("OSCE observers",
    "CNN commentators") or a run of two capitalised words or more ("Fox News pundits"); a single capitalised word
    ("Kremlin critics", "Western observers") does not."""
    capitals = [bool(_NAME_WORD.match(word)) for word in mods]
    pairs = zip(capitals, capitals[1:], strict=False)
    return any(_ACRONYM.match(word) for word in mods) or any(first and second for first, second in pairs)


def past_sentence_capital(match: regex.Match, sentence_start: bool) -> list[str]:
    """A source phrase's modifiers, without a first word whose capital the sentence may give ("Seasoned Kestrelport
    watchers" at a sentence's start: a common word, whatever its frequency)."""
    mods = match.group("mods").split()
    first_at_start = sentence_start and match.group("det") is None and match.start("mods") == 0
    if mods and first_at_start and is_ordinary(mods[0].lower(), capital_marks_name=False):
        return mods[1:]
    return mods


class SourceClasses:
    """One lexicon's patterns: the unnamed sources beside a cue, their class, and the reasons given."""

    def __init__(
        self,
        lexicons: AttributionLexicons,
        person_reader: PersonReader | None = None,
        crowd_reader: CrowdReader | None = None,
    ) -> None:
        self.person_reader = person_reader
        self.crowd_reader = crowd_reader
        self._read_words(lexicons)
        self._compile_phrases(lexicons)
        # what is read once a draft, kept until the next: the draft, its lower case, and a word -> whether the draft
        # writes it in lower case
        self.last_text: str | None = None
        self.lower_draft: str | None = None
        self.lower_case: dict[str, bool] = {}
        self.reasons = AnonymityReasons(lexicons.anonymity_reasons)

    def _read_words(self, lexicons: AttributionLexicons) -> None:
        """The word sets the classes are told by, each in lower case."""
        # verbs that report a claim, whose family takes a that-clause (`impersonal_cues`: "insisted", "charged")
        self.claim_verbs = _lowered(lexicons.impersonal_cues)
        # a placed head for one person ("someone on the committee"): a source only where its cue informs
        self.placed_persons = _lowered(lexicons.placed_heads) & _lowered(lexicons.person_nouns)
        # what a proper adjective may end in: the ending each form of `adjective_endings` adds ("a>an": "an"), of two
        # letters or more (a bare "n" of "s>n", or "i", would take every word ending in it for one: "Pollution")
        added = (ending.split(">")[-1].lower() for ending in lexicons.proper_adjective_endings)
        self.proper_endings = tuple(ending for ending in added if len(ending) >= 2)
        self.outsiders = _lowered(lexicons.outsider_heads)
        self.places = frozenset(tuple(place.split()) for place in lexicons.place_names)  # each place name as its words
        self.place_words = max(map(len, self.places), default=0)  # the longest name's ("United States of America")
        self.regions = frozenset(tuple(region.split()) for region in lexicons.region_adjectives)  # "Middle Eastern"
        self.openers = _lowered(lexicons.source_openers)
        self.confidential = _lowered(lexicons.confidential_heads)
        self.quantified = _lowered(lexicons.quantified_groups)
        self.groups = _lowered(lexicons.group_heads) | self.quantified
        self.vague = _lowered((*_vague_heads(lexicons), *lexicons.official_heads)) | self.groups
        self.employers = _lowered(lexicons.source_bodies)  # a body people work for ("agency")
        self.bodies = self.employers | _lowered(lexicons.source_documents)  # or a document ("report")
        self.generic = _lowered(lexicons.generic_sources)
        self.anonymous = _lowered(lexicons.anonymous_sources)
        self.members = self.anonymous | _lowered(lexicons.official_heads)  # of a body, if it is named
        # A quick test before the phrase patterns: whether any word of a span is a head.
        self.head_words = frozenset(word for word in (*self.vague, *self.anonymous) if " " not in word)

    def _compile_phrases(self, lexicons: AttributionLexicons) -> None:
        """The patterns of a source phrase and of a source beside its cue (compiled when first used)."""
        # what opens a source phrase: a count, or a word learned from gold sources (`source_openers`)
        openers, placed = lexicons.source_openers, lexicons.placed_heads
        determiner = rf"(?:{_COUNT}|{lexicon_alternation(openers)})"
        self.quantifier = lazy(rf"(?i:{determiner})\Z")
        knowing = lexicon_alternation(lexicons.kept_unnamed + lexicons.unnamed_ties)
        self.kept_unnamed = lazy(rf"(?i)\s(?:{knowing})\b")
        access = rf"\s+(?:{knowing})\b"
        # a head of the lexicon lists, or an opener that stands for its people before words that say they know
        # ("those close to the minister", "one familiar with the talks")
        placed_words = _lowered(placed)
        listed = (
            *_vague_heads(lexicons),
            *lexicons.official_heads,
            *lexicons.anonymous_sources,
            *lexicons.group_heads,
            *lexicons.quantified_groups,
        )
        heads = [word for word in listed if word.lower() not in placed_words]
        head = (
            rf"(?:(?P<head>{lexicon_alternation(heads)})\b"
            rf"|(?P<head>{lexicon_alternation(placed)})(?={_PLACE})"
            rf"|(?P<head>{lexicon_alternation(sorted(self.placed_persons))})(?=\s+{PLACED_BY_RELATIVE}\s+\S)"
            rf"|(?P<head>{lexicon_alternation(openers)})(?={access}))"
        )
        placed_by = _placed_by_word(lexicons.cues)
        phrase = _source_phrase(determiner, head, access, placed_by=placed_by)
        self.phrase = lazy(rf"(?i){phrase}\Z")
        self.before, self.after = _beside_cue(determiner, head, access, placed_by)
        # the subject of the clause a participle cue follows: "Critics rounded on the board, accusing it of ..."
        clause_phrase = _source_phrase(determiner, head, access)
        self.clause_subject = lazy(rf"(?i){_OPENING_PHRASE}(?P<source>{clause_phrase}){_MAIN_CLAUSE}")
        # the same phrase with any word as its head, for a person head (`person_beside` checks it)
        self.person_before, self.person_after = _beside_cue(determiner, _ANY_HEAD, access, placed_by)
        self.person_tail = lazy(
            rf"(?i)(?:[\s,]+[\p{{L}}'\u2019-]+){{0,3}}[\s,]*\Z|(?:\s+{WHO_WAS})?{access}|\s+{_OF}\b|\s+{PLACED_BY_RELATIVE}\b"
        )

    def read(self, doc: Document, found: Attribution, start: int, speech: frozenset[str]) -> Attribution:
        """The attribution with the source the cue reader missed or cut short, and the source's class.
        `speech`: the core cues, whose forms say that a generic head ("people", "some") speaks."""
        text = doc.text
        unnamed = self.unnamed_beside(text, found, start, speech)
        if unnamed is not None:
            source = text[slice(*unnamed)]
            # a person noun's phrase (`person_beside`) is a role in either order, unless its class says more
            kind = found.kind if self.has_head(source) else ROLE
            found = found._replace(source=unnamed, source_text=source, kind=kind)
        elif found.source is None:
            found = self.named_before_adverb(text, found, start)
        if found.source is not None and (name := self.name_before(text, found.source[0], start)):
            found = found._replace(source=(name.start(), found.source[1]))
            found = found._replace(source_text=text[slice(*found.source)])
        if found.source_text is None or not self.may_be_source(text, found, start):
            return found
        if self.has_head(found.source_text):
            at_start = found.source is not None and opens_sentence(text, start, found.source[0])
            common = at_start and self.common(text, found)  # at a sentence start, a capital
            kind = self.classify(found.source_text, found.kind, sentence_capital=common, sentence_start=at_start)
            if kind not in UNNAMED and self.unnamed_crowd(text, found, speech):
                kind = VAGUE  # "some nurses said the ward was ...": a crowd of people nobody counted
            elif kind not in UNNAMED and self.counted_group(text, found, speech):
                kind = ANONYMOUS  # "two residents told the Courier that ...": a group counted is people kept unnamed
        elif self.unnamed_crowd(text, found, speech):
            kind = VAGUE
        elif self.kept_unnamed_person(text, found, speech) or self.people_in_confidence(text, found, start, speech):
            kind = ANONYMOUS
        else:
            return found
        if kind in (VAGUE, ANONYMOUS) and not self.speaks(found, speech, text):
            return found
        if kind in (VAGUE, ANONYMOUS) and self.voice_of_a_body(found.source_text):
            return found  # "a press officer for the council": on the body's record, as a spokesman is
        if kind == VAGUE and not self.group_claims(text, found, speech):
            return found  # "Investors lost money", "Doctors told the family to wait": actors, not sources
        if kind == VAGUE and not self.placed_person_informs(text, found, speech):
            return found  # "someone in the crowd shouted": an actor, not a source
        if kind in (VAGUE, ANONYMOUS) and _NAMED_AFTER.match(text, found.source[1]):
            return found  # "a former aide named Ann Voss": named after all
        if kind in (VAGUE, ANONYMOUS) and (joined := self.joined_to_name(text, found, start)):
            return joined
        if kind in (VAGUE, ANONYMOUS) and self.reasons.given(doc, found.source):
            kind = EXPLAINED
        return found._replace(kind=kind)

    def voice_of_a_body(self, source: str) -> bool:
        """Whether a source holds an office that speaks for a body it names (attrlint.unnamed_persons,
        `voices_a_body`): "a press officer for the council", "a Transport Department press secretary"."""
        return self.person_reader is not None and self.person_reader.voices_a_body(source, self.employers, self.members)

    def kept_unnamed_person(self, text: str, found: Attribution, speech: frozenset[str]) -> bool:
        """A person counted with no name whose cue informs ("a ward manager said nurses were ..."), not one who
        acts ("an officer told her to leave"): attrlint.unnamed_persons."""
        persons = self.person_reader
        return (
            persons is not None
            and persons.head(found.source_text or "") is not None
            and persons.informs(text, found, speech)
        )

    def people_in_confidence(self, text: str, found: Attribution, start: int, speech: frozenset[str]) -> bool:
        """People named by their plural noun alone whose tail says they speak in confidence ("lawyers close to the
        case said", "bankers briefed on the sale told ..."), as "people close to the mayor" do, where the cue
        informs as a counted person's must (attrlint.unnamed_persons); the capital of a sentence's first word
        aside."""
        persons, source = self.person_reader, found.source_text or ""
        if persons is None or found.source is None or self.kept_unnamed.search(source) is None:
            return False
        if opens_sentence(text, start, found.source[0]):
            source = source[:1].lower() + source[1:]
        return persons.confidential_bare(source) and persons.informs(text, found, speech)

    def placed_person_informs(self, text: str, found: Attribution, speech: frozenset[str]) -> bool:
        """Whether a source is no placed head for one person (`placed_persons`), or one whose cue informs as a
        counted person's must ("according to someone in attendance", not "someone in the audience shouted")."""
        if self.head(found.source_text or "") not in self.placed_persons:
            return True
        return self.person_reader is not None and self.person_reader.informs(text, found, speech)

    def crowd(self, source: str) -> bool:
        """A plural noun for people after a quantifier that counts nobody ("several friends", "a handful of
        parents"): attrlint.unnamed_persons; or any plural noun so counted (`noun_crowd`)."""
        persons = self.person_reader is not None and self.person_reader.crowd(source) is not None
        return persons or self.noun_crowd(source)

    def noun_crowd(self, source: str) -> bool:
        """A plural noun no lexicon list holds after a quantifier that counts nobody ("some academics", "several
        charities"): attrlint.unnamed_crowds."""
        return self.crowd_reader is not None and self.crowd_reader.crowd(source) is not None

    def unnamed_crowd(self, text: str, found: Attribution, speech: frozenset[str]) -> bool:
        """A crowd of people (`crowd`) whose members are not named right after it ("several fact checkers,
        including the Ledger,"); a crowd of any noun only at a speech cue (a form of `speech`: "some academics
        said", not "some studies found")."""
        persons, source, words = self.person_reader, found.source, found.source_text or ""
        if persons is None or source is None or persons.named_next(text, source[1]):
            return False
        if persons.crowd(words) is not None:
            return True
        if not self.noun_crowd(words) or not is_speech(found.cue_text, speech):
            return False
        return self.crowd_reader is not None and not self.crowd_reader.modified_by_cue(text, found)

    def counted_group(self, text: str, found: Attribution, speech: frozenset[str]) -> bool:
        """A counted person whose head is a group's ("two residents", `group_heads` and `crowd_heads`), not a
        member of a body (`anonymous_sources`, `official_heads`: "two campaign officials" is the campaign's)."""
        match = self.phrase.match(" ".join((found.source_text or "").split()))
        return (
            bool(match)
            and match.group("head").lower() in self.vague - self.members
            and self.kept_unnamed_person(text, found, speech)
        )

    def group_claims(self, text: str, found: Attribution, speech: frozenset[str]) -> bool:
        """Whether a source is no group of `group_heads` nor a crowd of people whose head no lexicon list holds
        ("several nurses"; "many analysts" is read by its head), or one whose cue carries a claim
        (`carries_claim`; a speech cue, a form of `speech`, may report a clause with no "that"; a verb of a claim,
        a form of `claim_verbs`, may tag or open a quotation or report a clause of a subject pronoun)."""
        source = " ".join((found.source_text or "").split())
        match = self.phrase.match(source)
        grouped = match.group("head").lower() in self.groups if match else self.crowd(source)
        if not grouped or found.source is None:
            return True
        counted = not match or bool(match.group("det"))  # a crowd's quantifier, or the group's opener
        spoken, claims = is_speech(found.cue_text, speech), is_speech(found.cue_text, self.claim_verbs)
        return carries_claim(text, found.source, found.cue, found.cue_text, spoken, counted, claims)

    def joined_to_name(self, text: str, found: Attribution, start: int) -> Attribution | None:
        """'Ann Voss and other analysts said': the group's others with a person by name, who is the source
        named (the source then runs from the name); None if the words before the group are no such name
        ("Voters and other critics": a common word a sentence capitalised)."""
        if found.source is None or not _OTHER.match(found.source_text or ""):
            return None
        name = _JOINED_TO_NAME.search(text, max(start, found.source[0] - 60), found.source[0])
        if name is None:
            return None
        words = name.group().split()[:-1]  # the capitalised words before "and"
        if len(words) == 1 and opens_sentence(text, start, name.start()) and self.common_word(text, words[0]):
            return None  # one capitalised word a sentence opens with may be a common word; two are a full name
        span = (name.start(), found.source[1])
        return found._replace(source=span, source_text=text[slice(*span)], kind=PERSON)

    @staticmethod
    def name_before(text: str, at: int, start: int) -> regex.Match | None:
        """A name right before a source ("who U.S. officials say", "as White House officials railed")."""
        return _NAME_BEFORE_HEAD.search(text, max(start, at - 48), at)

    def quantifier_with_words(self, match: regex.Match) -> bool:
        """A head that is a quantifier ("some", "many") with words before it, which it cannot have."""
        return bool(self.quantifier.match(match.group("head")) and (match.group("det") or match.group("mods").strip()))

    def quantifier_object(self, source: str) -> bool:
        """Whether a source phrase is a quantifier and an infinitive ("forcing some to use"): an object."""
        match = self.phrase.match(" ".join(source.split()))
        quantifier = match is not None and self.quantifier.match(match.group("head"))
        return bool(quantifier and _INFINITIVE.match(source, match.end("head")))

    def may_be_source(self, text: str, found: Attribution, start: int) -> bool:
        """Whether the words found can be an unnamed source of the cue: not a phrase cut at a determiner or a
        preposition ("with his calls"), not the apposition of a name before it, and not the object of a verb
        ("urging his critics"): a source after its cue follows a quotation or a comma, or a phrase cue."""
        if found.source is None or _DANGLING.search(found.source_text or ""):
            return False
        if self.quantifier_object(found.source_text or ""):
            return False
        if "," in text[found.source[1] : found.cue[0]] and _NAMED_BEFORE.search(
            text, max(start, found.source[0] - 60), found.source[0]
        ):
            return False  # "Elward Eddo, an official at the housing board, said": set off by commas, a name's
        if found.source[0] < found.cue[1]:
            between = text[found.source[1] : found.cue[0]]
            return not (_PASSIVE.search(between) and not found.cue_text.lower().endswith("ing"))
        return cue_inverted(text, start, found.cue[0]) or found.cue_text.lower().startswith(SOURCE_AFTER_PHRASES)

    def speaks(self, found: Attribution, speech: frozenset[str], text: str = "") -> bool:
        """A generic head ("people", "person": in PolNeAR train a source in under an eighth of its uses) is a
        source only with a speech cue (a form of a core cue) or words that say it knows, or, a head of
        `group_heads` too ("diplomats") not counted, with any cue: a group is read for a claim (`group_claims`).
        A quantifier ("some", "many": a fifth and a quarter) is one unless its cue, not a speech cue, reports
        nothing: "some cheer when", "many addressed simply to" (the cue is followed by a stop, a subordinator or
        an adverb)."""
        match = self.phrase.match(" ".join((found.source_text or "").split()))
        if match is None or match.group("access"):
            return True
        head = match.group("head").lower()
        spoken = not speech or is_speech(found.cue_text, speech)
        if head in self.generic:
            return spoken or (head in self.groups and not self.counted(match))  # read for a claim (`group_claims`)
        if self.quantifier.match(head) and found.source[0] < found.cue[0]:
            tagged = closes_quotation_before(text, found.source[0])
            return spoken or tagged or not _NOTHING_REPORTED.match(text, found.cue[1])
        return True

    @staticmethod
    def counted(match: regex.Match) -> bool:
        """Whether a source's determiner counts its people ("two diplomats", "a diplomat")."""
        return bool(match.group("det") and _COUNTED.match(match.group("det")))

    def unnamed_beside(self, text: str, found: Attribution, start: int, speech: frozenset[str]) -> Span | None:
        """A vague or anonymous source right before the cue, or after it where the attribution is inverted
        ('..., said insiders.') or the cue a phrase ('according to people familiar with the talks'), or the
        subject of the clause a participle cue follows (`subject_of_participle`; `speech`: the core cues)."""
        cue_start, cue_end = found.cue
        # an unnamed source that holds the source found begins at most a few words before it
        window = max(start, cue_start - 200 if found.source is None else min(cue_start - 60, found.source[0] - 80))
        head = self.first_head(text, window, cue_start)
        before = None if head is None else self.before.search(text, max(window, head - 80), cue_start)
        if before is not None and before.group("aux") and not found.cue_text.lower().endswith("ing"):
            before = None  # "critics are calling" is a source; "people were told" is not (`_PASSIVE`)
        if before is not None and (self.quantifier_with_words(before) or _DANGLING.search(before.group("source"))):
            before = None  # "their children made too many": a quantifier is a source only on its own
        if before is not None and (found.source is None or before.start() <= found.source[0]):
            apposition = before.group("det") and _NAMED_BEFORE.search(
                text, max(start, before.start() - 60), before.start()
            )
            return None if apposition else before.span("source")
        inverted = cue_inverted(text, start, cue_start)
        if found.source is None or found.source[0] > cue_end:
            if inverted or found.cue_text.lower().startswith(SOURCE_AFTER_PHRASES):
                after = self.after.match(text, cue_end, min(len(text), cue_end + 200))
                if after is not None and not clause_after_adjunct(text, after.end("source")):
                    return after.span("source")
        beside = self.person_beside(text, found, start) or self.crowd_beside(text, found, start, speech)
        return beside or self.subject_of_participle(text, found, start, speech)

    def crowd_beside(self, text: str, found: Attribution, start: int, speech: frozenset[str]) -> Span | None:
        """A crowd of any noun right before a speech cue (a form of `speech`) or right after it where it is
        inverted or a phrase ("some academics said", "said some academics": attrlint.unnamed_crowds). It does not
        take the place of a name or a pronoun the cue reader found, nor of a source it found before the crowd."""
        reader = self.crowd_reader
        if reader is None or (found.source is not None and found.kind in (PERSON, PRONOUN)):
            return None
        if not is_speech(found.cue_text, speech):
            return None
        crowd = reader.beside(text, found, start)
        if crowd is None or (found.source is not None and found.source[0] < crowd[0] < found.cue[0]):
            return None
        return crowd

    def person_beside(self, text: str, found: Attribution, start: int) -> Span | None:
        """A phrase whose head is a person noun (`person_heads`), read by the same grammar right before the cue
        or, where the cue is inverted or a phrase, right after it ("Nurses at the clinic said", "said some
        longtime staffers", "according to one resident"): a crowd, a counted person or a bare plural
        (`person_source`). It does not take the place of a source the cue reader found before it, nor of a name
        or a pronoun it found beside the cue."""
        if self.person_reader is None or (found.source is not None and found.kind in (PERSON, PRONOUN)):
            return None
        after_cue = found.cue_text.lower().startswith(SOURCE_AFTER_PHRASES)
        if not after_cue and not ends_with_mark(text, start, found.cue[0], CLOSING_MARKS):
            before = self.person_before_cue(text, found, start)
            if before is not None:
                return before
        if found.source is not None and found.source[0] < found.cue[1]:
            return None
        if after_cue or cue_inverted(text, start, found.cue[0]):
            end = min(len(text), found.cue[1] + 200)
            if not self.may_hold_person(text, found.cue[1], end):
                return None
            after = self.person_after.match(text, found.cue[1], end)
            if after is not None and after_cue and self.person_reader.is_ambiguous(after.group("head").lower()):
                return None  # "according to official figures": a number's source, no person's
            if after is not None and not clause_after_adjunct(text, after.end("source")):
                return after.span("source") if self.person_source(text, after, start, found.cue[0]) else None
        return None

    def person_before_cue(self, text: str, found: Attribution, start: int) -> Span | None:
        """`person_beside`'s phrase before the cue, ending at the cue: it begins at a word from where a clause may
        begin, at most an opener and a few modifiers before a person noun (tried from the first such word on)."""
        cue_start = found.cue[0]
        window = self.person_words(text, max(start, cue_start - 80), cue_start)
        heads = [at for at in window if self.may_end(text, at, cue_start)]
        if not heads:
            return None
        for word in _WORD.finditer(text, max(start, heads[0] - 40), heads[-1] + 1):
            before = self.person_before.match(text, word.start(), cue_start)
            if before is not None:
                break
        else:
            return None
        if found.source is not None and before.start("source") > found.source[0]:
            return None
        passive = before.group("aux") and not found.cue_text.lower().endswith("ing")
        return None if passive or not self.person_source(text, before, start, cue_start) else before.span("source")

    def may_end(self, text: str, head: int, cue_start: int) -> bool:
        """Whether a phrase whose head begins at `head` may end at the cue: a few words at most follow the head
        (adverbs, "have"), or a preposition or words that say the source knows (`_source_phrase`'s tail)."""
        return self.person_tail.match(text, _WORD.match(text, head).end(), cue_start) is not None

    def may_hold_person(self, text: str, start: int, end: int) -> bool:
        """Whether a word in text[start:end] may be a person noun, the head of any phrase `person_beside` keeps: most
        windows hold none, which one findall tells before a phrase pattern is tried."""
        reader = self.person_reader
        return reader is not None and reader.any_person(_WORD.findall(self.lower_case_of(text), start, end))

    def person_words(self, text: str, start: int, end: int) -> list[int]:
        """Where the words in text[start:end] that may be a person noun begin, the heads `person_beside` may read."""
        reader, lower = self.person_reader, self.lower_case_of(text)
        if reader is None or not self.may_hold_person(text, start, end):
            return []
        return [m.start() for m in _WORD.finditer(lower, start, end) if reader.any_person((m.group(),))]

    def person_source(self, text: str, match: regex.Match, start: int, cue_start: int) -> bool:
        """Whether a phrase `person_beside` read is a source of the person reader's: a crowd ("some nurses"), a
        counted person ("one resident") or a bare plural (`bare_plural`); its head a noun in lower case, its first
        letter aside where it opens its sentence ("39 have said", "Quay Tenants said": no head), and no
        apposition: a phrase set off by a comma before its cue opens its sentence ("Ann Voss, 31, a nurse at the
        clinic, said"), and none ends in a relative pronoun ("a member of the board who said": the clause's
        subject is who came before)."""
        reader = self.person_reader
        if reader is None or _DANGLING.search(match.group("source")) or _RELATIVE_END.search(match.group("source")):
            return False
        if is_auxiliary(match.group("head").lower()):
            return False
        opening = opens_sentence(text, start, match.start("source"))
        if match.end("source") < cue_start and "," in text[match.end("source") : cue_start] and not opening:
            return False
        source = " ".join(match.group("source").split())
        if opening:
            source = source[:1].lower() + source[1:]
        if match.group("det") and _NAMED_BEFORE.search(text, max(start, match.start() - 60), match.start()):
            return False
        return bool(reader.crowd(source) or reader.head(source) or self.bare_plural(source))

    def bare_plural(self, source: str) -> bool:
        """A plural person noun with no opener, after modifiers or before words that place it ("nurses at the
        clinic", "former prosecutors"): read as a role in either order, not classed vague (on the tune split only
        7 of 11 were a vague source: "federal prosecutors" and "leaders of the organization" speak for a body the
        story names). Not the noun alone ("Crooks said"), nor after a function word, an opener or a count ("her
        supporters", "like all respondents", "200 members"), nor with a capitalised word (a name: "Quay
        Tenants"), nor of a body of `source_bodies` ("attorneys for the department")."""
        reader, words = self.person_reader, source.split()
        if reader is None or len(words) < 2 or any(_NAME_WORD.match(word) for word in words):
            return False
        head = reader.bare(source)
        if head is None:
            return False
        at = words.index(head)
        mods, rest = words[:at], words[at + 1 :]
        if any(_DANGLING.search(word) or self.quantifier.match(word) or _DIGIT.search(word) for word in mods):
            return False
        return not self.of_a_body(mods, " " + " ".join(rest)) and self.bodies.isdisjoint(rest)

    def subject_of_participle(self, text: str, found: Attribution, start: int, speech: frozenset[str]) -> Span | None:
        """The unnamed subject of the clause a participle cue follows after a comma ("Some critics rounded on the
        board in a speech, accusing it of ...", "In May, observers wrote to the mayor, saying ..."): the phrase
        that opens the sentence, or the clause after the sentence's opening phrase, and is followed by a verb in
        lower case and no mark up to the cue's comma. It takes the place of a source the cue reader found
        after the cue (the participle's object) or before the phrase (a name the opening phrase ends with).
        Not a quantifier ("Many voters stayed home, saying ..."), which is a source only right at its cue, nor
        the subject of a clause that reports speech (a form of `speech`: "An aide said the mayor left, telling
        ..."), whose reported clause may hold the participle's subject."""
        if not found.cue_text.endswith(("ing", "ING")):
            return None
        comma = last_visible(text, start, found.cue[0])
        if comma < 0 or text[comma] != ",":
            return None
        opening = _SENTENCE_OPENING.search(text, max(start, comma - 300), comma)
        begin = opening.end() if opening else start
        if self.first_head(text, begin, comma) is None:
            return None  # most clauses hold no head: one word scan, not the phrase pattern
        clause = self.clause_subject.fullmatch(text, begin, comma)
        if clause is None or not self.has_head(clause["source"]) or self.quantifier.match(self.head(clause["source"])):
            return None
        if not speech.isdisjoint(word.lower() for word in _WORD.findall(text, clause.end("source"), comma)):
            return None
        if found.source is not None and found.source[0] < found.cue[0] and found.source[1] > clause.start("source"):
            return None
        return clause.span("source")

    def head(self, source: str) -> str:
        """The head of an unnamed source's words, in lower case ("officials" of "some officials", "nurses" of
        "several nurses", "manager" of "a ward manager"); "" if none."""
        match = self.phrase.match(" ".join(source.split()))
        if match:
            return match.group("head").lower()
        persons = self.person_reader
        person = (persons.crowd(source) or persons.head(source)) if persons is not None else None
        return person or (self.crowd_reader.crowd(source) if self.crowd_reader is not None else None) or ""

    def form(self, source: str) -> str:
        """`CONFIDENTIAL` for an unnamed source whose words say it gives information in confidence: its head is
        one of `confidential_heads` ("two sources", "an insider", "League sources") or words of `kept_unnamed`
        qualify it ("a person familiar with the talks", "officials close to the mayor", "an executive familiar
        with the talks"); "" otherwise ("a senior
        official", "two aides")."""
        match = self.phrase.match(" ".join(source.split()))
        if match is None:  # a counted person ("a publishing executive familiar with the talks") or people
            persons = self.person_reader  # named by their noun alone ("bankers briefed on the sale")
            counted = persons is not None and persons.head(source) is not None and persons.confidential(source)
            bare = persons is not None and persons.confidential_bare(source[:1].lower() + source[1:])
            return CONFIDENTIAL if (counted or bare) and self.kept_unnamed.search(source) else ""
        return CONFIDENTIAL if match.group("head").lower() in self.confidential or match.group("access") else ""

    def confidential_form(self, source: str) -> bool:
        """Whether an unnamed source is by its form someone the story keeps unnamed (`form`)."""
        return self.form(source) == CONFIDENTIAL

    def confidential_head(self, source: str) -> bool:
        """Whether an unnamed source's head is one of `confidential_heads` ("a source close to the club", "Two
        insiders"): someone who by that word tells the reporter in confidence, never a speaker in public."""
        match = self.phrase.match(" ".join(source.split()))
        return match is not None and match.group("head").lower() in self.confidential

    def modifiers(self, source: str) -> list[str]:
        """The words between an unnamed source's determiner and its head ("Harbour Board" of "a Harbour Board
        official"), the first left out when the source has no determiner (a capital a sentence may give)."""
        match = self.phrase.match(" ".join(source.split()))
        if match is None:
            return []
        words = match.group("mods").split()
        return words if match.group("det") else words[1:]

    def has_head(self, text: str) -> bool:
        """Whether a span holds a head word, or an opener that stands for its people ("those close to")."""
        if not self.head_words.isdisjoint(_WORD.findall(text.lower())):
            return True
        return self.kept_unnamed.search(text) is not None and self.opener_head(text)

    def opener_head(self, text: str) -> bool:
        """Whether a source is an opener that stands for its people ("those familiar with the talks")."""
        match = self.phrase.match(" ".join(text.split()))
        return match is not None and match.group("head").lower() in self.openers

    def first_head(self, text: str, start: int, end: int) -> int | None:
        """Where the first head word in text[start:end] begins: a source phrase starts a few words before it.

        Most windows hold none, which one findall tells without a match object for every word."""
        lower = self.lower_case_of(text)
        if self.head_words.isdisjoint(_WORD.findall(lower, start, end)):
            access = self.kept_unnamed.search(lower, start, end)  # "those close to the minister": no head word
            return None if access is None else access.start()
        return next((m.start() for m in _WORD.finditer(lower, start, end) if m.group() in self.head_words), None)

    def reading(self, text: str) -> None:
        """Forget what was kept of the last draft when another is read."""
        if text is not self.last_text:
            self.last_text, self.lower_draft, self.lower_case = text, None, {}

    def lower_case_of(self, text: str) -> str:
        """The draft in lower case, made once a draft for the word scans of every cue's window."""
        self.reading(text)
        if self.lower_draft is None:
            self.lower_draft = text.lower()
        return self.lower_draft

    def named_before_adverb(self, text: str, found: Attribution, start: int) -> Attribution:
        """'State Treasurer Ana Ruiz reportedly said': the source before an adverb the cue reader stops at."""
        adverb = _SOURCE_BEFORE_ADVERB.search(text, max(start, found.cue[0] - 40), found.cue[0])
        if adverb is None:
            return found
        match = SOURCE_BEFORE_CUE.search(text + " ", max(start, adverb.start() - 240), adverb.start() + 1)
        if match is None:
            return found
        span = match.span("source")
        source = text[slice(*span)]
        return found._replace(source=span, source_text=source, kind=source_kind(source, None))

    def common(self, text: str, found: Attribution) -> bool:
        """Whether the first word of a source at a sentence's start is a common word the sentence
        capitalised ("Political analysts"), not a name ("Pentagon officials"): the draft writes it in
        lower case somewhere."""
        word = WORD.match(found.source_text or "")
        return word is not None and self.common_word(text, word.group())

    def common_word(self, text: str, word: str) -> bool:
        """Whether the draft writes a word in lower case somewhere, it reads as an adjective, or it is a common
        English word (`ordinary_word`: "Health", "Market") that the draft never capitalises inside a sentence
        ("Trump", "Apple": names, however common the word)."""
        lower = word.lower()
        self.reading(text)  # the words looked up are the draft's: one search a word as written a draft
        if word not in self.lower_case:  # keyed as written: `ordinary_word` reads the capitals ("FBI", "Fbi")
            self.lower_case[word] = (
                _ADJECTIVE.search(lower) is not None
                or has_whole_word(text, lower)
                or (self.ordinary_word(word) and not capitalised_in_sentence(text, word))
            )
        return self.lower_case[word]

    def ordinary_word(self, word: str) -> bool:
        """Whether a capitalised word is a common English word (`is_ordinary`) whatever its capital: written in
        lower case after it (not "FBI"), and with no ending of a proper adjective ("Irish", "Chinese")."""
        lower = word.lower()
        if not word[1:].islower() or lower.endswith(self.proper_endings):
            return False
        return is_ordinary(lower, capital_marks_name=True)

    def classify(self, source: str, kind: str, sentence_capital: bool = False, sentence_start: bool = False) -> str:
        """Vague or anonymous by the source's head; otherwise `kind`, the cue reader's. `sentence_capital`:
        the source's first word is capitalised only because it starts a sentence (`sentence_start`: the
        source starts one). A head written with a capital elsewhere is a title ("People", the magazine)."""
        if kind == PRONOUN:
            return kind
        match = self.phrase.match(" ".join(source.split()))
        if match is None:
            return kind
        if self.quantifier_with_words(match):
            return kind
        if match.group("head")[:1].isupper() and not (sentence_start and match.start("head") == 0):
            return kind
        head = match.group("head").lower()
        determiner = (match.group("det") or "").lower()
        if determiner in ("the", "these", "those") or self.partitive(match, source):
            return kind  # a source named before ("the officials", "those people", "some of the women")
        counted = self.counted(match)
        if (head in self.anonymous or head in self.openers) and (counted or match.group("access")):
            return ANONYMOUS
        if head in self.groups and match.group("det") and not _GROUP_QUANTIFIER.match(match.group("det")):
            return kind  # "two economists", "our doctors": a group counted or someone's
        if head in self.quantified and not match.group("det"):
            return kind  # "researchers said": a study's authors, whom the story names
        mods = match.group("mods").split()
        if sentence_capital and match.group("det") is None and mods:
            mods = mods[1:]  # a capital the sentence gives, not a name
        body = match.group(0)[match.end("head") - match.start() :] if match.group("of") else ""
        own_mods = match.group("mods").split()  # with a first word the sentence capitalised: "Agency sources"
        if head in self.confidential and (self.of_a_named_body(mods) or self.of_a_body(own_mods, body, self.employers)):
            return ANONYMOUS  # "League sources", "agency sources", "insiders at the agency": a body, its people unnamed
        if head in self.members and self.of_a_body(own_mods, body):
            return kind  # "campaign officials", "officials at the agency": the body is named
        if head in self.outsiders and not names_a_body(past_sentence_capital(match, sentence_start)):
            mods = []  # "Kremlin critics", "Canberra watchers": a capital that names no employer
        elif head not in self.members:
            mods = self.past_places(own_mods, mods)  # "Wall Street analysts": where they are, not who employs them
        mods = past_names(own_mods, mods, self.regions)  # "European officials": a region employs nobody
        if head in self.vague and not any(_NAME_WORD.match(word) for word in [*mods, *body.split()]):
            return VAGUE
        return kind

    def past_places(self, own_mods: Sequence[str], mods: Sequence[str]) -> list[str]:
        """`mods` without the words of a place's name (`place_names`) among a source's own modifiers `own_mods`
        ("Wall Street" of "senior Wall Street analysts"): a capital that says where the people are."""
        return past_names(own_mods, mods, self.places, self.place_words)

    @staticmethod
    def of_a_named_body(mods: Sequence[str]) -> bool:
        """Whether a source's modifiers name a body by a capital ("League sources", "White House sources"), not an
        owner ("CNN's sources", whose sources they are: the reason is the owner's to give)."""
        return any(_NAME_WORD.match(word) for word in mods) and not any(_POSSESSIVE.search(w) for w in mods)

    def partitive(self, match: regex.Match, source: str) -> bool:
        """A quantifier of a group named before ("some of the women"): not a head of its own of something
        ("critics of the plan", "analysts of the market"), which names nobody."""
        return bool(self.quantifier.match(match.group("head")) and _OF_KNOWN.match(source, match.end("head")))

    def of_a_body(self, mods: Sequence[str], after: str, bodies: frozenset[str] | None = None) -> bool:
        """Whether a source's words name the body it belongs to with a word of `bodies` (by default those of
        `source_bodies` and `source_documents`): before its head ("campaign officials", "the agency's officials") or
        after it ("officials at the agency")."""
        member = _MEMBERSHIP.match(after)
        words = [_POSSESSIVE.sub("", word.lower()) for word in mods]
        bodies = self.bodies if bodies is None else bodies
        return any(word in bodies for word in words) or bool(member and member["body"].lower() in bodies)


def past_names(
    own_mods: Sequence[str], mods: Sequence[str], names: frozenset[tuple[str, ...]], longest: int = 0
) -> list[str]:
    """`mods` without the words of one of `names` (each as its words; `longest`: the most words of one, or all the
    modifiers) among a source's own modifiers `own_mods` ("Wall Street" of "senior Wall Street analysts", "Middle
    Eastern" of "Middle Eastern diplomats"): a capital that says where the people are, not who employs them."""
    placed: set[int] = set()
    for length in range(min(len(own_mods), longest or len(own_mods)), 0, -1):
        for at in range(len(own_mods) - length + 1):
            if tuple(own_mods[at : at + length]) in names and placed.isdisjoint(range(at, at + length)):
                placed.update(range(at, at + length))
    offset = len(own_mods) - len(mods)  # `mods` may be `own_mods` less a first word the sentence capitalised
    return [word for at, word in enumerate(mods, offset) if at not in placed]


@lru_cache(maxsize=16)
def source_classes(
    lexicons: AttributionLexicons, person_reader: PersonReader | None = None, crowd_reader: CrowdReader | None = None
) -> SourceClasses:
    """The patterns of one lexicon, compiled once."""
    return SourceClasses(lexicons, person_reader, crowd_reader)


def _lowered(words: Iterable[str]) -> frozenset[str]:
    """The words in lower case."""
    return frozenset(word.lower() for word in words)


def _vague_heads(lexicons: AttributionLexicons) -> tuple[str, ...]:
    """The heads of a vague source: `vague_sources`, and `crowd_heads`, which are vague too."""
    return lexicons.vague_sources + lexicons.crowd_heads
