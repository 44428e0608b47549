"""People named in a draft: their mentions, the form each was introduced by, and misspellings.

The mentions come from `attrlint.name_mentions` (full names, titles, attributions: where the text
shows a person) and `attrlint.bare_names` (the same surnames, or words spelled close to them,
anywhere else). Every surname introduced in full is a person, so "Ann Johnson" and "Boris
Johnston" are two people, but two full names with the same given name and surnames spelled alike
are one person spelled two ways. A spelling that differs from a person's surname by one edit, a
transposition, a doubled or dropped letter, diacritics or sound is that person's name spelled
another way (`attrlint.spelling` compares the spellings). The rarer spelling is reported against
the one the draft uses more, whichever came first; on a tie, the later one is reported and the
finding says it is a tie. Only a full name that reads as a person's (not "Chasing Trump", not
"Trump National Doral") keeps its surname from being taken for a misspelling of another.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from attrlint import bare_names, quotes, spelling
from attrlint.document import Document
from attrlint.finding import Problem
from attrlint.lookback import Interiors, WordSentences
from attrlint.name_mentions import (  # noqa: F401  (find_mentions, is_headline: the module's public face)
    Mention,
    NameWords,
    Scan,
    find_mentions,
    is_headline,
    is_headline_paragraph,
    is_title_line,
    name_words,
    plain,
    scan_draft,
)
from attrlint.quote_analysis import QuoteAnalysis
from attrlint.spelling import close_given_names, fold, is_derived_word, is_plural_or_possessive
from attrlint.spelling_index import first_spelled_alike

# The problems the analysis reports; a name-consistency rule names one of them.
VARIANT, FIRST_NAME, SURNAME_FIRST = "variant", "first-name", "surname-first"
PROBLEMS = (VARIANT, FIRST_NAME, SURNAME_FIRST)
EVIDENCE = ("title", "speaker", "cue")  # how a mention shows a person by itself (a full name may be a place)


@dataclass
class Person:
    """One person: the surname, the full name the draft introduced, and every mention."""

    surname: str
    full: str | None = None
    introduced_at: int | None = None
    mentions: list[Mention] = field(default_factory=list)
    variants: list[Mention] = field(default_factory=list)
    bare: list[Mention] = field(default_factory=list)  # the surname anywhere else: prose, lists, headlines
    is_person: bool = False  # the text shows a person: a title, an attribution, a description


@dataclass
class NameAnalysis:
    people: list[Person] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Analyser:
    """Builds a NameAnalysis from a document's mentions and the newsroom's accepted names."""

    def __init__(self, doc: Document, lexicons: Mapping[str, Sequence], quotes_of: Callable[[], QuoteAnalysis]) -> None:
        self.doc = doc
        self.lexicons = lexicons
        self.quotes_of = quotes_of  # read only for a surname used alone before its full name
        self.accept = frozenset(fold(name) for name in lexicons.get("accept", ()))
        self.distinct = frozenset(frozenset(fold(name) for name in pair) for pair in lexicons.get("distinct", ()))
        self.words = name_words(lexicons)
        self.endings = tuple(lexicons.get("adjective_endings", ()))
        self.described_at: dict[int, bool] = {}  # where a name ends -> `described`
        scan = scan_draft(doc, self.words)
        self.full, self.single = scan.full, scan.single
        self.mentions = sorted(self.full + self.single, key=lambda mention: mention.start)
        self.introduced: dict[str, Mention] = {}  # every word of a full name: a person, place or body of its own
        self.given_in_full: dict[str, Mention] = {}  # a surname's first full name ending in it
        for mention in self.full:
            self.given_in_full.setdefault(mention.surname, mention)
            for word in mention.words:
                self.introduced.setdefault(word, mention)
        self.named_in_full: dict[str, Mention] = {}  # a surname's first full name that reads as a person's
        self.person_words = self.words_of_named_people()
        self.bare = self.bare_mentions(scan)
        self.counts = Counter(mention.surname for mention in self.mentions + self.bare)
        self.first_at = {}  # each spelling -> where it is first written
        for mention in sorted(self.mentions + self.bare, key=lambda mention: mention.start):
            self.first_at.setdefault(mention.surname, mention.start)
        self.analysis = NameAnalysis()
        self.named: dict[str, list[Mention]] = {}  # surname -> its full names of two words or more
        for mention in self.full:
            if mention.full and len(mention.full.split()) >= 2:
                self.named.setdefault(mention.surname, []).append(mention)

    def run(self) -> NameAnalysis:
        people: dict[str, Person] = {}
        spelling = self.spellings()
        self.named_variants = {spelling[s]: self.named_in_full[s] for s in reversed(self.named_in_full)}
        self.introductions = self.variant_introductions(dict.fromkeys(spelling.values()))
        anchored = {spelling[mention.surname] for mention in self.mentions}
        for mention in sorted(self.mentions + self.bare, key=lambda mention: mention.start):
            canonical = spelling[mention.surname]
            if canonical not in anchored:
                continue  # a word spelled like a person's surname, but no person's
            if canonical not in people:
                people[canonical] = self.person(canonical)
            person = people[canonical]
            if canonical != mention.surname:
                person.variants.append(mention)
            else:
                (person.bare if mention.how == "bare" else person.mentions).append(mention)
        self.analysis.people = list(people.values())  # in the order of their first mention
        for person in self.analysis.people:
            person.is_person = any(m.how in EVIDENCE or self.described(m) for m in person.mentions + person.variants)
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
        for surname in self.weak:
            if spelling[surname] != surname and not self.ties_a_name(surname, spelling[surname]):
                spelling[surname] = surname  # a common word, not a misspelling: it stands for no one
        return {surname: spelling[target] for surname, target in spelling.items()}  # a swapped target's forms follow it

    def ties_a_name(self, word: str, surname: str) -> bool:
        """A listed word, but not a very common one, written as often as a surname given in full as a
        person's and spelled like it: "Marco Rubao" once, then "Rubio" once. Either may be right, so
        the tie is reported."""
        tie = surname in self.named_in_full and self.counts[word] == self.counts[surname]
        return tie and not bare_names.is_ordinary(word, capital_marks_name=True)  # not "Arab" beside "Arad"

    def canonical(self, surname: str, target: str | None) -> str:
        if fold(surname) in self.accept or target is None:
            return surname
        return surname if frozenset((fold(surname), fold(target))) in self.distinct else target

    def misspelled(self) -> dict[str, str]:
        """Each surname -> the surname it misspells, where it misspells one. A surname never given in
        full misspells one introduced in full or used more often (`more_used`); one given in full
        misspells only an earlier person's (`same_given_names`)."""
        alone = [surname for surname in self.counts if surname not in self.person_words]
        fewest = min((self.counts[surname] for surname in alone), default=0)
        # only a surname introduced in full or used more than some query can be taken (`less_used`)
        targets = [s for s in self.counts if s in self.introduced or self.counts[s] > fewest]
        ranked = sorted(targets, key=lambda surname: (surname not in self.introduced, -self.counts[surname]))
        return {**first_spelled_alike(ranked, alone, self.more_used, self.less_used), **self.same_given_names()}

    def more_used(self, variant: str, surname: str) -> bool:
        introduced_or_more = surname in self.introduced or self.counts[surname] > self.counts[variant]
        return surname != variant and not self.another_form(variant, surname) and introduced_or_more

    def less_used(self, variant: str, surname: str) -> bool:
        """Not introduced and used no more than the variant: neither this nor any surname ranked after it will do."""
        return surname not in self.introduced and self.counts[surname] <= self.counts[variant]

    def same_given_names(self) -> dict[str, str]:
        """Each surname given in full -> an earlier person's close surname given with the same first
        name: `Ilse Brandtner`, later `Ilse Brandner`. Two full names differing only so are one person,
        where the text shows one of them to be a person (`persons`): a one-off full name in passing
        ("Florida Sen. Marco Rubbio has ...") has nothing else to show it."""
        by_given: dict[str, dict[str, None]] = {}
        for mention in self.full:  # every full name, in order: "Hillary Clinton", then "Bill Clinton"
            if mention.full is not None:
                by_given.setdefault(mention.full.split()[0], {})[mention.surname] = None
        found: dict[str, str] = {}
        for surnames in by_given.values():
            ranked = list(surnames)
            persons = [surname for surname in ranked if surname in self.persons]
            if persons:  # a person's surname misspelt, or a person's surname misspelling another
                found.update(first_spelled_alike(ranked, persons, spelling.neither_begins_the_other, self.not_earlier))
                others = [surname for surname in ranked if surname not in self.persons]
                found.update(first_spelled_alike(persons, others, spelling.neither_begins_the_other, self.not_earlier))
        return found

    def not_earlier(self, surname: str, other: str) -> bool:
        return self.given_in_full[other].start >= self.given_in_full[surname].start

    @cached_property
    def persons(self) -> frozenset[str]:
        """The surnames the text shows to be a person's: by a title, an attribution, a description."""
        return frozenset(m.surname for m in self.mentions if m.how in EVIDENCE or self.described(m))

    def bare_mentions(self, scan: Scan) -> list[Mention]:
        """The surnames of the draft's mentions, and spellings close to a person's, wherever else the
        draft writes them, less words the draft shows to be ordinary ones (`attrlint.bare_names`).

        A spelling that is a common word wherever it stands is kept as `weak`: it may outweigh a
        rarer spelling of the person's surname ("Hillary Clintno", later "Clinton" three times), but
        is never itself reported."""
        forms = {mention.surname for mention in self.mentions}
        self.weak: set[str] = set()
        if not forms:
            return []
        spellings = bare_names.spellings(scan.capitalised)  # each word once: a draft writes most of them many times
        initials = {fold(person)[:1] for person in self.persons}  # a misspelling keeps the first letter
        words = {plain(word) for word in spellings if fold(word)[:1] in initials}
        words -= forms | self.words.not_names | self.person_words
        close = first_spelled_alike(sorted(self.persons), words, self.not_a_form_of)
        wanted = forms | close.keys()
        found = bare_names.capitalised_words(scan.capitalised, {word for word in spellings if plain(word) in wanted})
        lower = bare_names.lower_case_words(self.doc.text, {word.casefold() for word in wanted})
        mentions, named = [], set()
        for token in bare_names.tokens(self.doc, found, scan.taken):
            word = plain(token.word)
            marks = None if word in forms and word.casefold() not in lower else self.capital_marks_name(token, scan)
            if word.casefold() in lower and not (word in forms and marks):
                continue
            mentions.append(Mention(token.start, token.start + len(token.word), word, how="bare"))
            if word in close and not bare_names.is_ordinary(word, bool(marks)):
                named.add(word)
        self.weak = {mention.surname for mention in mentions} - forms - named
        return mentions

    def words_of_named_people(self) -> frozenset[str]:
        """The surnames and given names of the full names that read as a person's. A word is no
        person's introduction where it is given in full only after an ordinary word that starts a
        sentence ("Within Sanders", "Another Slaughter"), inside a body's name ("Trump National
        Doral"), or as the first word of a run after which the draft uses it as a surname ("Sanders
        Iowa", then "Sanders said"): so it may still be a misspelling of one ("Bernie Sandirs", then
        "Sanders" fifteen times)."""
        full = [mention for mention in self.full if mention.full]
        listed = bare_names.word_frequencies()
        givens = {given for given in {mention.full.split()[0].casefold() for mention in full} if given in listed}
        lower = bare_names.lower_case_words(self.doc.text, givens) if givens else frozenset()
        named = [mention for mention in full if not self.given_is_a_word(mention, lower)]
        used_alone = {mention.surname for mention in self.single}
        given = {plain(mention.full.split()[0]) for mention in named} - used_alone
        for mention in named:
            self.named_in_full.setdefault(mention.surname, mention)
        return frozenset(self.named_in_full) | given

    def given_is_a_word(self, mention: Mention, lower: frozenset[str]) -> bool:
        """The full name's first word is an ordinary word the draft also writes in lower case, and its
        capital says nothing: it starts a sentence, or follows another word of the run that is no title."""
        given = mention.full.split()[0]
        if given.casefold() not in lower:
            return False
        before = mention.words[: mention.words.index(plain(given))] if plain(given) in mention.words else ()
        if any(word not in self.words.title_words for word in before):
            return True
        return bare_names.starts_sentence_after_no_title(
            self.doc, mention.end - len(mention.full), self.words.title_words
        )

    def capital_marks_name(self, token: bare_names.Token, scan: Scan) -> bool:
        return bare_names.capital_marks_name(self.doc, token, scan.headlines)

    def not_a_form_of(self, variant: str, surname: str) -> bool:
        return not self.another_form(variant, surname)

    def another_form(self, variant: str, surname: str) -> bool:
        """A plural or possessive of the other, or a proper adjective made from a common word, a place's
        name ("Virginian" beside "Virginia", "Texan" beside "Texas"): another form, not a misspelling."""
        if is_plural_or_possessive(variant, surname):
            return True
        listed = bare_names.word_frequencies()
        derived = is_derived_word(variant, surname, self.endings) and fold(surname) in listed
        return derived or (is_derived_word(surname, variant, self.endings) and fold(variant) in listed)

    def variant_introductions(self, surnames: Iterable[str]) -> dict[str, str]:
        """For each surname never introduced, the first surname given in full that is spelled like it,
        unless the newsroom says the spelling is right as it is or names another person (an accepted
        "Hart" is not Laura Harth)."""
        alone = [surname for surname in surnames if surname not in self.introduced]
        return first_spelled_alike(list(self.given_in_full), alone, self.may_share_introduction)

    def may_share_introduction(self, surname: str, other: str) -> bool:
        return other != surname and self.canonical(surname, other) == other

    def person(self, surname: str) -> Person:
        """A person named by a spelling; their full name is the first given for it or a variant of it."""
        introduction = self.named_in_full.get(surname) or self.named_variants.get(surname)
        introduction = introduction or self.given_in_full.get(surname) or self.introduced.get(surname)
        if introduction is None and surname in self.introductions:
            introduction = self.given_in_full[self.introductions[surname]]
        if introduction is None:
            return Person(surname)
        return Person(surname, introduction.full, introduction.start)

    def report_variants(self, person: Person) -> None:
        for mention in person.variants:
            count, variant_count = self.counts[person.surname], self.counts[mention.surname]
            values = {
                "match": mention.surname,
                "canonical": person.surname,
                "full": person.full or person.surname,
                "count": str(count),
                "variant_count": str(variant_count),
                "line": str(self.doc.position(self.first_at[person.surname])[0]),
                "tie": ", as often: either may be right" if count == variant_count else "",
            }
            self.analysis.problems.append(Problem(VARIANT, mention.start, mention.end, values, person.surname))

    def report_first_names(self, person: Person) -> None:
        """A given name that changes for the same surname: "Laura Harth" then "Lara Harth".

        The given name used most (the first on a tie) is taken as right. Only for a surname the
        draft also uses for a person (`Harth said`), so storms and companies are left out; two
        given names in one sentence are taken for relatives ("Jan and Jon Wexford").
        """
        named = self.named.get(person.surname, [])
        if len(named) < 2 or not any(m.how != "full" or self.described(m) for m in person.mentions):
            return
        givens = Counter(m.full.split()[0] for m in named)  # in the order first given: max keeps the first on a tie
        right = max(givens, key=givens.__getitem__)
        model = next(m for m in named if m.full.split()[0] == right)
        for mention in named:
            other = mention.full.split()[0]
            if other == right or not close_given_names(right, other) or self.relatives(right, other):
                continue
            values = {"match": mention.full, "full": model.full, "line": str(self.doc.position(model.start)[0])}
            start = mention.end - len(mention.full)
            self.analysis.problems.append(Problem(FIRST_NAME, start, mention.end, values, model.full))

    def relatives(self, given: str, other: str) -> bool:
        """Two given names for one surname named in the same sentence, or the rarer one in a sentence
        that names a relative ("his first wife, Ivana Trump"): relatives, not a typo."""
        sentences = self.given_names.sentences_with(other)
        if sentences & self.given_names.sentences_with(given):
            return True
        kin = self.kin_words
        return any(sentences & kin.sentences_with(word) for word in kin.words)

    @cached_property
    def kin_words(self) -> WordSentences:
        return WordSentences(self.doc, self.lexicons.get("kin_words", ()))

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
        """A full name said to speak or described as a person: `Laura Harth said`, `Laura Harth, the ...`.
        Each mention is asked about up to three times, so the answer is kept by where the name ends."""
        known = self.described_at.get(mention.end)
        if known is None:
            known = self.described_at[mention.end] = bool(self.words.person_after.match(self.doc.text, mention.end))
        return known

    def quoted(self, mention: Mention) -> bool:
        """Inside a quotation: the speaker's words, not the reporter's reference."""
        return self.quotation_spans.holds(mention.start)

    @cached_property
    def quotation_spans(self) -> Interiors:
        return Interiors((q.start, q.end) for q in self.quotes_of().quotations)


def analyse(
    doc: Document,
    lexicons: Mapping[str, Sequence],
    quote_analysis: QuoteAnalysis | Callable[[], QuoteAnalysis] | None = None,
) -> NameAnalysis:
    """People, their mentions and the problems with their names, under the name pack's lexicons.

    `lexicons["accept"]` holds spellings the newsroom accepts as they are; `lexicons["distinct"]`
    holds pairs of surnames known to be two people. Both are compared without case or diacritics.
    `quote_analysis` is the draft's, or a function that gives it, where the caller has one. The
    quotations are read only where a surname is used alone before its full name, so most drafts
    never need them: a check of the name rules alone does not make them.
    """
    if isinstance(quote_analysis, QuoteAnalysis):
        return _Analyser(doc, lexicons, lambda: quote_analysis).run()
    return _Analyser(doc, lexicons, quote_analysis or (lambda: quotes.analyse(doc, lexicons))).run()
