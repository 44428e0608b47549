"""People named in a draft: their mentions, the form each was introduced by, and misspellings.

A *mention* is a capitalised name where the text shows it is a person: a run of two or more
name words ("Laura Harth", "Sen. Ana Ruiz"), a surname after a title ("Ms. Harth"), or a
surname in an attribution ("Harth said", "according to Harth", "said Harth"). Every surname
introduced in full is a distinct person, so "Ann Johnson" and "Boris Johnston" are two people.
A surname never introduced in full that differs from a person's surname by one edit, by a
transposition, by doubled or dropped letters, by diacritics or by sound is the same person
spelled another way, and is reported as a variant (`attrlint.spelling` compares the spellings).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

import regex

from attrlint import quotes
from attrlint.document import Document, span_holding
from attrlint.finding import Problem
from attrlint.lookback import Interiors, WordSentences
from attrlint.spelling import close_given_names, fold, is_plural_or_possessive
from attrlint.spelling_index import first_spelled_alike

# The problems the analysis reports; a name-consistency rule names one of them.
VARIANT, FIRST_NAME, SURNAME_FIRST = "variant", "first-name", "surname-first"
PROBLEMS = (VARIANT, FIRST_NAME, SURNAME_FIRST)

_NAME = r"(?:\p{Lu}(?:\p{Ll}+|['\u2019]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)*(?:-\p{Lu}\p{Ll}+)*)"
_PARTICLE = r"(?:(?:de|da|di|du|del|della|van|von|der|den|ter|bin|al|la|le|dos|das)\s+){0,2}"
_INITIAL = r"(?:\p{Lu}\.\s*)"
_WORD = regex.compile(rf"(?<![\p{{L}}\p{{N}}@/.])({_NAME})(?![\p{{L}}@]|\.\p{{L}})")
_NICKNAME = r"(?:[\"\u201c][^\"\u201d\n]{1,30}[\"\u201d]\s+)"  # Howard "The Scream" Dean
_NICKNAME_RE = regex.compile(_NICKNAME)
_FULL = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}@/.])({_NAME}(?:\s+{_NICKNAME}?{_INITIAL}{{0,2}}{_PARTICLE}{_NAME}){{1,7}})"
    rf"(?![\p{{L}}@]|\.\p{{L}})"
)
# "according to Dunmoor police": a place or body, not a person
_NOT_A_SURNAME_AFTER = (
    r"(?:police|officials|authorities|residents|council|county|city|state|sources|records|data|figures|"
    r"reports?|documents|court|department|government|officers|prosecutors|investigators)\b"
)
_AFTER_CUE = regex.compile(
    rf"\b(?i:according to)\s+({_NAME})(?![\p{{L}}@]|\s+{_NAME}|\s+{_NOT_A_SURNAME_AFTER})"
    rf"|\b(?:said|says|added|asked|wrote)\s+({_NAME})(?=\s*[,.;:!?\u201d\"]|\s*$)"  # "..., said Harth."
)
_PERSON_AFTER = r"(?:,?\s+(?:{verbs})\b|,\s+(?:the|a|an|who|whose)\b|,\s+\d{{1,3}},\s)"


class NameWords(NamedTuple):
    """The patterns and words that tell a person's name, made from the lexicons of the name pack:
    `speech_verbs` ("Harth said"), `titles` ("Ms. Harth") and `not_names` (sentence, calendar and
    place words that are never a name alone)."""

    titled: regex.Pattern
    speaker: regex.Pattern
    person_after: regex.Pattern
    not_names: frozenset[str]


def name_words(lexicons: Mapping[str, Sequence[str]]) -> NameWords:
    """The name patterns for a rule set's lexicons."""
    keys = ("speech_verbs", "titles", "not_names")
    return _compiled_name_words(*(tuple(lexicons.get(key, ())) for key in keys))


@lru_cache(maxsize=8)
def _compiled_name_words(
    speech_verbs: tuple[str, ...], titles: tuple[str, ...], not_names: tuple[str, ...]
) -> NameWords:
    verbs = "|".join(map(regex.escape, speech_verbs)) or "(?!)"
    title = "|".join(map(regex.escape, titles)) or "(?!)"
    return NameWords(
        titled=regex.compile(rf"\b(?:{title})\.?\s+({_NAME})(?![\p{{L}}@])"),
        speaker=regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?<!\b(?i:the|a|an)\s)({_NAME})(?:\s+(?:{verbs})\b)"),
        person_after=regex.compile(_PERSON_AFTER.format(verbs=verbs)),
        not_names=frozenset(not_names),
    )


class Mention(NamedTuple):
    """A surname the text shows to be a person's; `full` is the whole name where one is given."""

    start: int
    end: int
    surname: str
    full: str | None = None  # the person's name as written, e.g. "Laura Harth"
    how: str = "full"  # full, title, speaker (Harth said) or cue (according to Harth)
    words: tuple[str, ...] = ()  # every name word of the run it stands in


@dataclass
class Person:
    """One person: the surname, the full name the draft introduced, and every mention."""

    surname: str
    full: str | None = None
    introduced_at: int | None = None
    mentions: list[Mention] = field(default_factory=list)
    variants: list[Mention] = field(default_factory=list)
    is_person: bool = False  # the text shows a person: a title, an attribution, a description


@dataclass
class NameAnalysis:
    people: list[Person] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@lru_cache(maxsize=4096)
def is_headline(text: str) -> bool:
    """A Markdown heading, a short line with no closing stop, or a line in Title Case.

    A headline's capitals say nothing of names.

    Title Case means most words capitalised: more than 60% of a line with no closing stop, more
    than 75% of one with (a short sentence full of names, "On Monday Laura Harth spoke.", is not).
    """
    if text.lstrip().startswith("#"):
        return True
    initials = [word[0] for word in text.split()]
    words = sum(initial.isalpha() for initial in initials)
    if not words:
        return True
    capitalised = sum(initial.isupper() and initial.isalpha() for initial in initials)
    ends_sentence = text.rstrip().rstrip("\"'\u201d\u2019)")[-1:] in (".", "!", "?", ":")
    if not ends_sentence and words <= 12:
        return True  # a subheading
    return capitalised / words > (0.75 if ends_sentence else 0.6) and words >= 3


def _plain(word: str) -> str:
    """A name with straight apostrophes: O\u2019Neill and O'Neill differ in typography, not spelling."""
    return word.replace("\u2019", "'")


def _name_words(text: str, start: int, end: int, not_names: frozenset[str]) -> list[tuple[str, int]]:
    """The name words (and offsets) of a run of capitalised words, less nicknames and trimmed of
    sentence, calendar and place words at either end."""
    nicknames = [m.span() for m in _NICKNAME_RE.finditer(text, start, end)]
    words = [
        (m.group(1), m.start(1))
        for m in _WORD.finditer(text, start, end)
        if not any(a <= m.start() < b for a, b in nicknames)
    ]
    while words and words[0][0] in not_names:
        words.pop(0)
    while words and words[-1][0] in not_names:
        words.pop()
    return words


def _scan_paragraph(text: str, start: int, end: int, lexicon: NameWords) -> tuple[list[Mention], list[Mention]]:
    """Full-name mentions and single-surname mentions in one paragraph."""
    full: list[Mention] = []
    taken: list[tuple[int, int]] = []  # spans already a mention; they never overlap, so kept sorted
    for match in _FULL.finditer(text, start, end):
        words = _name_words(text, *match.span(1), lexicon.not_names)
        if len(words) >= 2:
            bisect.insort(taken, match.span(1))
            (_, given_at), (surname, at) = words[-2], words[-1]
            name = text[given_at : at + len(surname)]
            plain = tuple(_plain(word) for word, _ in words)
            full.append(Mention(at, at + len(surname), _plain(surname), name, "full", plain))
    single: list[Mention] = []
    for pattern, how in ((lexicon.titled, "title"), (lexicon.speaker, "speaker"), (_AFTER_CUE, "cue")):
        for match in pattern.finditer(text, start, end):
            group = next(i for i in range(1, len(match.groups()) + 1) if match.group(i))
            word, at = match.group(group), match.start(group)
            if word not in lexicon.not_names and span_holding(taken, at) < 0:
                single.append(Mention(at, at + len(word), _plain(word), how=how))
                bisect.insort(taken, (at, at + len(word)))
    return full, single


def _is_title_line(doc: Document, index: int) -> bool:
    """The draft's first paragraph when it reads as a title: one line of 25 words or fewer,
    shorter than the paragraph after it."""
    if index != 0 or len(doc.paragraphs) < 2:
        return False
    first, second = (doc.text[slice(*doc.paragraphs[i])] for i in (0, 1))
    return "\n" not in first and len(first.split()) <= 25 and len(first.split()) < len(second.split())


def find_mentions(doc: Document, lexicon: NameWords) -> tuple[list[Mention], list[Mention]]:
    """Every full-name mention and every single-surname mention, headlines left out."""
    full: list[Mention] = []
    single: list[Mention] = []
    for index, (start, end) in enumerate(doc.paragraphs):
        if is_headline(doc.text[start:end]) or _is_title_line(doc, index):
            continue
        found_full, found_single = _scan_paragraph(doc.text, start, end, lexicon)
        full += found_full
        single += found_single
    return full, single


class _Analyser:
    """Builds a NameAnalysis from a document's mentions and the newsroom's accepted names."""

    def __init__(self, doc: Document, lexicons: Mapping[str, Sequence], quotations: list) -> None:
        self.doc = doc
        self.quotations = quotations
        self.accept = frozenset(fold(name) for name in lexicons.get("accept", ()))
        self.distinct = frozenset(frozenset(fold(name) for name in pair) for pair in lexicons.get("distinct", ()))
        self.words = name_words(lexicons)
        self.full, self.single = find_mentions(doc, self.words)
        self.mentions = sorted(self.full + self.single, key=lambda mention: mention.start)
        self.introduced: dict[str, Mention] = {}  # every word of a full name: a person, place or body of its own
        self.given_in_full: dict[str, Mention] = {}  # a surname's first full name ending in it
        for mention in self.full:
            self.given_in_full.setdefault(mention.surname, mention)
            for word in mention.words:
                self.introduced.setdefault(word, mention)
        self.counts = Counter(mention.surname for mention in self.mentions)
        self.analysis = NameAnalysis()
        self.named: dict[str, list[Mention]] = {}  # surname -> its full names of two words or more
        for mention in self.full:
            if mention.full and len(mention.full.split()) >= 2:
                self.named.setdefault(mention.surname, []).append(mention)

    def run(self) -> NameAnalysis:
        people: dict[str, Person] = {}
        spelling = self.spellings()
        self.introductions = self.variant_introductions(dict.fromkeys(spelling.values()))
        for mention in self.mentions:
            canonical = spelling[mention.surname]
            if canonical not in people:
                people[canonical] = self.person(canonical)
            person = people[canonical]
            (person.variants if canonical != mention.surname else person.mentions).append(mention)
        self.analysis.people = sorted(
            people.values(), key=lambda person: person.mentions[0].start if person.mentions else 0
        )
        for person in self.analysis.people:
            person.is_person = any(m.how != "full" or self.described(m) for m in person.mentions + person.variants)
            self.report_variants(person)
            self.report_first_names(person)
            self.report_surname_first(person)
        self.analysis.problems.sort(key=lambda problem: problem.start)
        return self.analysis

    def spellings(self) -> dict[str, str]:
        """Each surname form -> the form taken as right. The odd form is the one used less, even
        when it is the one given in full: "Sauve" three times outweighs one "Brian Suave"."""
        targets = self.misspelled()
        spelling = {surname: self.canonical(surname, targets.get(surname)) for surname in self.counts}
        for surname, target in list(spelling.items()):
            if target != surname and spelling[target] == target and self.counts[surname] > self.counts[target]:
                if fold(target) not in self.accept:
                    spelling[target], spelling[surname] = surname, surname
        return spelling

    def canonical(self, surname: str, target: str | None) -> str:
        if fold(surname) in self.accept or target is None:
            return surname
        return surname if frozenset((fold(surname), fold(target))) in self.distinct else target

    def misspelled(self) -> dict[str, str]:
        """Each surname -> the surname it misspells, where it misspells one. A surname never given in
        full misspells one introduced in full or used more often (`more_used`); one given in full
        misspells only an earlier person's (`same_given_names`)."""
        alone = [surname for surname in self.counts if surname not in self.introduced]
        ranked = sorted(self.counts, key=lambda surname: (surname not in self.introduced, -self.counts[surname]))
        return {**first_spelled_alike(ranked, alone, self.more_used, self.less_used), **self.same_given_names()}

    def more_used(self, variant: str, surname: str) -> bool:
        introduced_or_more = surname in self.introduced or self.counts[surname] > self.counts[variant]
        return surname != variant and not is_plural_or_possessive(variant, surname) and introduced_or_more

    def less_used(self, variant: str, surname: str) -> bool:
        """Not introduced and used no more than the variant: neither this nor any surname ranked after it will do."""
        return surname not in self.introduced and self.counts[surname] <= self.counts[variant]

    def same_given_names(self) -> dict[str, str]:
        """Each surname given in full -> an earlier person's close surname given with the same first
        name: `Ilse Brandtner`, later `Ilse Brandner`. Two full names differing only so are one person."""
        by_given: dict[str, list[str]] = {}
        for surname, mention in self.given_in_full.items():
            if mention.full is not None and surname in self.persons:
                by_given.setdefault(mention.full.split()[0], []).append(surname)
        found: dict[str, str] = {}
        for surnames in by_given.values():
            found.update(first_spelled_alike(surnames, surnames, _not_another_form, self.not_earlier))
        return found

    def not_earlier(self, surname: str, other: str) -> bool:
        return self.given_in_full[other].start >= self.given_in_full[surname].start

    @cached_property
    def persons(self) -> frozenset[str]:
        """The surnames the text shows to be a person's: by a title, an attribution, a description."""
        return frozenset(m.surname for m in self.mentions if m.how != "full" or self.described(m))

    def variant_introductions(self, surnames: Iterable[str]) -> dict[str, str]:
        """For each surname never introduced, the first surname given in full that is spelled like it."""
        alone = [surname for surname in surnames if surname not in self.introduced]
        return first_spelled_alike(list(self.given_in_full), alone, lambda surname, other: other != surname)

    def person(self, surname: str) -> Person:
        """A person named by a spelling; their full name is the first given for it or a variant of it."""
        introduction = self.given_in_full.get(surname) or self.introduced.get(surname)
        if introduction is None and surname in self.introductions:
            introduction = self.given_in_full[self.introductions[surname]]
        if introduction is None:
            return Person(surname)
        return Person(surname, introduction.full, introduction.start)

    def report_variants(self, person: Person) -> None:
        for mention in person.variants:
            values = {
                "match": mention.surname,
                "canonical": person.surname,
                "full": person.full or person.surname,
                "count": str(len(person.mentions)),
                "variant_count": str(len(person.variants)),
            }
            self.analysis.problems.append(Problem(VARIANT, mention.start, mention.end, values, person.surname))

    def report_first_names(self, person: Person) -> None:
        """A given name that changes for the same surname: "Laura Harth" then "Lara Harth".

        The given name used most (the first on a tie) is taken as right. Only for a surname the
        draft also uses for a person (`Harth said`), so storms and companies are left out; two
        given names in one sentence are taken for relatives ("Jan and Jon Wexford").
        """
        named = self.named.get(person.surname, [])
        if not named or not any(m.how != "full" or self.described(m) for m in person.mentions):
            return
        givens = Counter(m.full.split()[0] for m in named)  # in the order first given: max keeps the first on a tie
        right = max(givens, key=givens.__getitem__)
        model = next(m for m in named if m.full.split()[0] == right)
        for mention in named:
            other = mention.full.split()[0]
            if other == right or not close_given_names(right, other) or self.relatives(person, right, other):
                continue
            values = {"match": mention.full, "full": model.full, "line": str(self.doc.position(model.start)[0])}
            start = mention.end - len(mention.full)
            self.analysis.problems.append(Problem(FIRST_NAME, start, mention.end, values, model.full))

    def relatives(self, person: Person, given: str, other: str) -> bool:
        """Two given names for one surname named in the same sentence: relatives, not a typo."""
        return bool(self.given_names.sentences_with(given) & self.given_names.sentences_with(other))

    @cached_property
    def given_names(self) -> WordSentences:
        return WordSentences(self.doc, (m.full.split()[0] for m in self.full if m.full))

    def report_surname_first(self, person: Person) -> None:
        """A surname used alone, in an attribution, before the draft gives the full name."""
        introduction = self.given_in_full.get(person.surname)
        if introduction is None:
            return  # never given in full, or only as a first name (Mexico City, Xi Jinping): not checked
        for mention in person.mentions:
            if mention.how == "title" or mention.start >= introduction.start:
                return  # "President Harth" or the full name came first
            if mention.how in ("speaker", "cue") and not self.quoted(mention):
                line, _ = self.doc.position(person.introduced_at)
                values = {"match": mention.surname, "full": person.full or "", "line": str(line)}
                self.analysis.problems.append(Problem(SURNAME_FIRST, mention.start, mention.end, values))
                return

    def described(self, mention: Mention) -> bool:
        """A full name said to speak or described as a person: `Laura Harth said`, `Laura Harth, the ...`."""
        return bool(self.words.person_after.match(self.doc.text, mention.end))

    def quoted(self, mention: Mention) -> bool:
        """Inside a quotation: the speaker's words, not the reporter's reference."""
        return self.quotation_spans.holds(mention.start)

    @cached_property
    def quotation_spans(self) -> Interiors:
        return Interiors((q.start, q.end) for q in self.quotations)


def _not_another_form(surname: str, other: str) -> bool:
    """Korea and Korean, Scout and Scouts: one begins the other, so it is another form of a word, not a misspelling."""
    return other != surname and not (fold(surname).startswith(fold(other)) or fold(other).startswith(fold(surname)))


def analyse(
    doc: Document, lexicons: Mapping[str, Sequence], quote_analysis: quotes.QuoteAnalysis | None = None
) -> NameAnalysis:
    """People, their mentions and the problems with their names, under the name pack's lexicons.

    `lexicons["accept"]` holds spellings the newsroom accepts as they are; `lexicons["distinct"]`
    holds pairs of surnames known to be two people. Both are compared without case or diacritics.
    `quote_analysis` is the draft's, where the caller has it already.
    """
    quotations = (quote_analysis or quotes.analyse(doc, lexicons)).quotations
    return _Analyser(doc, lexicons, quotations).run()
