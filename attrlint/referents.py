"""Whether anything before a pronoun source could be who it stands for.

"She said" is a problem only when the reader has met nobody "she" could be. "He" and "she" need a person
before them: a person the names analysis found (a surname after a title, or a full name that is no place's or
body's: not "the Delmar Space Agency", "in Carolan State"), or a singular noun for one from the pack's
`person_nouns` ("a man", "the mayor", "the candidate"; "the two candidates" is no referent for "he"). A ship
or a country is not taken for "she": news copy calls them "it". A headline, deck or byline above the body
counts only where it holds a person: a person noun, or the surname of a person the story names. A person the
pronoun's own sentence names after it is someone else ("He said the man had fired": "he" is not the man). A
noun for an office ("the race for mayor", "served as governor") is no person. "They" keeps the group reading:
any plural noun ("voters", "officials"), a name in the running text (a body: "the council said ... They"), or
a person. "I" and "we" are the writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cached_property, lru_cache

import regex

from attrlint import bare_names
from attrlint.document import Document, has_whole_word
from attrlint.lazy_regex import lazy
from attrlint.names import EVIDENCE, NameAnalysis, Person
from attrlint.regex_store import compiled
from attrlint.source_class import lexicon_alternation

Referent = tuple[int, str]  # where a person is first named, and the word that names them (a surname, a noun)

_FIRST_PERSON = frozenset(("i", "we"))
_MID_SENTENCE_NAME = lazy(r"(?<=[\p{L},;]\s)\p{Lu}\p{Ll}")
_PLURAL_NOUN = lazy(r"\b\p{Ll}{3,}s\b")
_SPEAKS = EVIDENCE[1:]  # how a mention shows a person by a surname alone: "Harth said", "according to Harth"
_INSIDE_SENTENCE = lazy(r"[\p{Ll},;][^\S\n]+\Z")
_CAPITAL_NEXT = lazy(r"[^\S\n]+\p{Lu}")  # a name run the names analysis trimmed of a body's head word
# Before a full name that is a place's or a body's: "the Delmar Space Agency", "in Carolan State"
_PLACE_BEFORE = lazy(r"\b(?i:the|in|at|near)[^\S\n]+\Z")
# Before a full name that may be part of a longer one: a capitalised word inside a sentence, alone or with
# "of" or "&" ("Redmoor County Jail", "Journal of Planetary Dynamics"), or a title the pack does not list
# ("Premier Ilse Varga"): a body's when the surname is a common word ("Jail", "Dynamics")
_CAPITAL_BEFORE = lazy(r"(?<=[\p{Ll},;:][^\S\n]+)\p{Lu}\p{L}*(?:[^\S\n]+(?:of|&))?[^\S\n]+\Z")


@lru_cache(maxsize=8)
def person_noun_pattern(nouns: tuple[str, ...]) -> regex.Pattern:
    """The pack's `person_nouns` as one pattern, in any case ("Man charged" in a headline), singular only,
    not for an office after "for" or "as" ("the race for mayor")."""
    return compiled(rf"(?i)(?<!\b(?:for|as)\s+)\b(?:{lexicon_alternation(nouns)})\b(?![-\p{{L}}])")


def _shown_a_person(person: Person, text: str) -> bool:
    """A person: a surname after a title ("Ms. Harth"), a surname alone that speaks inside a sentence
    ("..., and Harth said"), a full name the text shows to be a person's (it speaks or is described: "Laura
    Harth, a nurse"), or any other full name but a place's or a body's (`_PLACE_BEFORE`; a capitalised word
    after it, "Civil Liberties Union", whose head word the names analysis trims off; `_CAPITAL_BEFORE` with a
    common word for surname)."""
    if any(mention.how == "title" for mention in person.mentions):
        return True
    if not person.full or len(person.full.split()) < 2:
        return any(mention.how in _SPEAKS and _inside_sentence(text, mention.start) for mention in person.mentions)
    first = person.mentions[0]
    start = first.end - len(first.full or first.surname)  # a mention's span is its surname's
    if person.is_person:
        return True
    if _PLACE_BEFORE.search(text, max(0, start - 8), start) or _CAPITAL_NEXT.match(text, first.end):
        return False
    inside_a_name = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    return not (inside_a_name and bare_names.is_ordinary(person.surname, capital_marks_name=True))


def _inside_sentence(text: str, start: int) -> bool:
    """A word inside a sentence: not "Observers said", a capitalised head opening one."""
    return _INSIDE_SENTENCE.search(text, max(0, start - 8), start) is not None


def first_people(analysis: NameAnalysis, text: str) -> list[Referent]:
    """Where each person the draft shows is first mentioned, with the surname, in the order of the text."""
    found = []
    for person in analysis.people:
        if person.mentions and _shown_a_person(person, text):
            found.append((min(mention.start for mention in person.mentions + person.bare), person.surname))
    return sorted(found)


class Referents:
    """Answers, for each pronoun of one draft, whether a referent stands before it.

    `body` is where the body begins (after a headline, deck or byline); `people` gives, once asked, where each
    person the names analysis shows is first named, and `nouns` matches a singular noun for a person."""

    def __init__(
        self, doc: Document, body: int, people: Callable[[], Sequence[Referent]], nouns: regex.Pattern
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.body = body
        self.people_of = people
        self.nouns = nouns
        name, plural = _MID_SENTENCE_NAME.search(self.text), _PLURAL_NOUN.search(self.text)
        self.first_name = name.start() if name else len(self.text)
        self.first_plural = plural.start() if plural else len(self.text)

    def before(self, pronoun: str, offset: int) -> bool:
        """Whether something before `offset` could be what `pronoun` refers to."""
        word = pronoun.lower()
        if word in _FIRST_PERSON:
            return True
        if word == "they" and min(self.first_plural, self.first_name) < offset:
            return True
        sentence = self.doc.sentence_at(offset)
        rest = self.text[offset : sentence[1] if sentence else offset].lower()
        return any(not name or not has_whole_word(rest, name) for name in self.persons_before(offset))

    def persons_before(self, offset: int) -> Iterator[str]:
        """The word of each person named before `offset` ("" for one the head holds), earliest first: the first
        usually answers, and the lists are read once a draft, so a long draft's pronouns cost no more each."""
        if self.head_holds_person:
            yield ""
        for found in (self.people, self.body_nouns):
            for at, name in found:
                if at >= offset:
                    break
                if at >= self.body:
                    yield name

    @cached_property
    def people(self) -> list[Referent]:
        """The people `people` gives, their surnames in lower case, in the order of the text."""
        return sorted((at, name.lower()) for at, name in self.people_of())

    @cached_property
    def body_nouns(self) -> list[Referent]:
        """Each singular noun for a person in the body, in lower case, in the order of the text."""
        return [(match.start(), match.group().lower()) for match in self.nouns.finditer(self.text, self.body)]

    @cached_property
    def head_holds_person(self) -> bool:
        """A headline, deck or byline that holds a person noun or the surname of a person the story names."""
        head = self.text[: self.body]
        return bool(self.nouns.search(head)) or any(has_whole_word(head.lower(), name) for _, name in self.people)
