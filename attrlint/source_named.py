"""An anonymous source the next sentences name: "A senior adviser said the plan was dead. The adviser, Ann
Voss, added ..." or "..., an ally said. Ann Voss, who has known him for years, said ...", or describe by a
name and a role that fits the source's head ("a veteran diplomat said ..." then "Ann Voss, who was ambassador
to Kestrel at the time"; the pack's `group_voices`), or whose quoted words a named person says later (a lede's
"one official called it 'a disgrace'", then "Ann Voss called it 'a disgrace'").

The reader is told who spoke, so the source is not anonymous (`attrlint.source_class` classes the sources;
this module reclasses an anonymous one once every attribution of a draft is read, as
`attrlint.source_members` does a vague group whose member is named).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property, lru_cache

import regex

from attrlint.cue_reading import Attribution
from attrlint.cues import PERSON, ROLE
from attrlint.document import Document, Span, span_holding
from attrlint.lazy_regex import lazy
from attrlint.regex_store import compiled
from attrlint.source_class import ANONYMOUS
from attrlint.source_members import full_name, named_before
from attrlint.source_voices import fits

# An anonymous source whose own sentence or the next two name it ("The adviser, Ann Voss"), or whose next
# sentence opens with a person the draft has not named before who speaks ("Ann Voss, who ..., said")
NAMED_NEARBY = "anonymous, named nearby"

_NAME = r"\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'\u2019-]+"
_WORDS_BEFORE_HEAD = r"(?:[\p{L}'\u2019-]+\s+){0,3}?"
_OPENING = lazy(r"[\s\"'\u201c\u2018(]*\Z")  # what may stand before a sentence's first word
# ", the mayor," after a name: an apposition that may tell who the person is
_APPOSITION = lazy(r",\s+(?i:a|an|the)\s")
# A quotation of at least two words in double marks: words a lede may quote before the story names the speaker
_QUOTE_MARK = lazy(r"[\u201c\"]")
_FIRST_WORD = lazy(r"\s*(\S+)")  # the word a quotation opens with, marks aside
# A name and what describes it, to the sentence's end or the next comma or quotation mark: ", a former envoy",
# ", who was ambassador to Kestrel"
_DESCRIBED = lazy(
    rf"(?P<name>{_NAME}),\s+(?:who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+)?"
    r"(?P<words>[^\n,.;:\u201c\u201d\"]{1,100})"
)
# "an aide to Ines Okafor, the deputy mayor": a name after a preposition is whom the source serves, not the source
_SERVES = r"(?i:to|of|for|with|by|from|at|under)"  # the prepositions before whom a source serves
_OBJECT_BEFORE = lazy(rf"\b{_SERVES}\s+\Z")
# A name and the words before it in its clause, three at most: "Longtime aide Ann Voss", "Clinton confidant Ann Voss"
_TITLED = lazy(rf"(?P<words>(?:[\p{{L}}'\u2019-]+[^\S\n]+){{1,3}})(?P<name>{_NAME})")
_PREPOSITION = lazy(rf"{_SERVES}\Z")  # "works for deputy Ann Voss": whom one serves
# A sentence's opening name, after titles ("Virginia Gov. Ann Voss", "Sen. Ann Voss (D)"), followed by no
# apposition: the word after it is in lower case
_OPENING_NAME = lazy(
    rf"[\s\"'\u201c\u2018(]*(?:\p{{Lu}}[\p{{L}}'\u2019-]*\.?\s+){{0,3}}?(?P<name>{_NAME})"
    r"(?:\s+\([^()\n]{1,12}\))?(?=\s+\p{Ll})"
)
_CLAUSE_END = lazy(r"[,;:\u2014]")  # where the opening name's clause ends
_PRONOUN_BEFORE = lazy(r"\b(?:he|she)\s+(?:(?:had|has|would|will|did)\s+)?\Z")  # "after he said them"
# A name in full right before its cue, a party and state in brackets allowed: "Ann Voss (D-Kan.) said"
_NAME_BEFORE_CUE = lazy(rf"(?P<name>{_NAME})(?:\s+\([^()\n]{{1,12}}\))?\s*\Z")
# How many sentences after a group kept unnamed may name its members as they speak (`_members_speak_next`)
_MEMBERS_REACH = 3
_QUOTED = lazy(r"[\u201c\"](?P<words>[^\u201c\u201d\"\n]{3,200}?\s[^\u201c\u201d\"\n]{1,200}?)[\u201d\"]")


def with_anonymous_named(
    doc: Document,
    attributions: list[Attribution],
    head_of: Callable[[str], str],
    voices: Mapping[str, frozenset[str]] | None = None,
    confidential: Callable[[str], bool] | None = None,
) -> list[Attribution]:
    """The attributions, an anonymous source reclassed as named nearby when the draft names it in its own
    sentence or the next two: its head with a full name ("the adviser, Ann Voss", "adviser Ann Voss", "Ann
    Voss, a senior adviser"), a person named in full for the first time and described by words that fit the
    head (`voices`, the pack's `group_voices`: "Ann Voss, a former ambassador" for "a diplomat"), or a person
    introduced by full name who speaks at the start of the next sentence and is not set off as something else
    ("Ann Voss, the mayor, said" is someone else). A source that is by its form someone the story keeps unnamed
    (`confidential`: "a source", "people familiar with the talks") is named only with its head; a person who
    speaks by name nearby is not that source."""
    if not any(a.kind == ANONYMOUS for a in attributions):
        return attributions
    sentences = doc.sentences
    speakers = _Speakers(attributions, doc.text, sentences)
    fitting = voices or {}

    def kept(a: Attribution) -> bool:
        return confidential is not None and confidential(a.source_text or "")

    return [
        a._replace(kind=NAMED_NEARBY)
        if a.kind == ANONYMOUS and _named_nearby(doc.text, a, sentences, speakers, head_of, fitting, kept(a))
        else a
        for a in attributions
    ]


class _Speakers:
    """The attributions to a person or a role, found by where their cues stand (a long draft has many: each
    anonymous source reading all of them was quadratic)."""

    def __init__(self, attributions: list[Attribution], text: str, sentences: list[Span]) -> None:
        found = [a for a in attributions if a.kind in (PERSON, ROLE) and a.source is not None]
        self._text, self._sentences = text, sentences
        self._found = sorted(found, key=lambda a: a.cue[0])
        self._starts = [a.cue[0] for a in self._found]
        self.cues = sorted(a.cue[0] for a in attributions)  # where every cue starts, whoever speaks there
        self.last_person = max((a.cue[0] for a in found if a.kind == PERSON), default=-1)

    def within(self, start: int, end: int) -> list[Attribution]:
        """Those whose cue starts in text[start:end]."""
        return self._found[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]

    @cached_property
    def quotations(self) -> _PersonQuotations:
        """The quotation marks where a person named in full speaks, read when first asked for."""
        persons = [a for a in self._found if a.kind == PERSON]
        return _PersonQuotations(self._text, self._sentences, persons)


def _named_nearby(
    text: str,
    found: Attribution,
    sentences: list[Span],
    speakers: _Speakers,
    head_of: Callable[[str], str],
    voices: Mapping[str, frozenset[str]],
    kept: bool = False,
) -> bool:
    """Whether an anonymous source is named in its sentence or the next two (see `with_anonymous_named`); `kept`:
    a source in confidence, named only with its head."""
    index = span_holding(sentences, found.source[0]) if found.source is not None else -1
    head = head_of(found.source_text or "")
    if index < 0 or not head:
        return False
    start, end = sentences[index][0], sentences[min(index + 2, len(sentences) - 1)][1]
    named = _head_with_name(head).finditer(text, start, end)
    if any(match.end() <= found.source[0] or match.start() >= found.source[1] for match in named):
        return True  # not the source's own words ("the Justice Department, a former official said")
    if kept:
        return False
    if _described_as(text, found, (start, end), voices.get(head, frozenset())):
        return True
    if index + 1 < len(sentences) and _introduced_speaker(text, found, speakers, sentences[index + 1]):
        return True
    if _members_speak_next(text, found, speakers, sentences[index + 1 : index + 1 + _MEMBERS_REACH], head):
        return True
    return _quoted_again_by_name(text, sentences, index, speakers)


def _described_as(text: str, found: Attribution, span: Span, fitting: frozenset[str]) -> bool:
    """Whether text[span] names in full a person the draft has not named before the source, described by words
    that fit its head ("Ann Voss, a former ambassador", "Ann Voss, who was envoy to Kestrel"), outside the
    source's own words and not as whom it serves ("an aide to Ann Voss, the deputy mayor")."""
    if not fitting or found.source is None:
        return False
    for match in _DESCRIBED.finditer(text, *span):
        if _in_source(match, found):
            continue
        if _OBJECT_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        surname = match.group("name").split()[-1]
        if fits(match.group("words"), fitting) and not named_before(text, surname, found.source[0]):
            return True
    return any(
        _titled_as(match, found, fitting) and not named_before(text, match.group("name").split()[-1], found.source[0])
        for match in _TITLED.finditer(text, *span)
    )


def _in_source(match: regex.Match, found: Attribution) -> bool:
    """Whether a name and its description overlap the source's own words ("a diplomat, Ann Voss's envoy")."""
    return match.start() < found.source[1] and match.end() > found.source[0]


def _titled_as(match: regex.Match, found: Attribution, fitting: frozenset[str]) -> bool:
    """Whether a name (`_TITLED`) outside the source's own words is described by the words in lower case before
    it in words that fit the source's head ("longtime aide Ann Voss"), none of them a preposition ("works for
    deputy Ann Voss": whom someone serves). A title in capitals ("Deputy Mayor Ann Voss") is an office of its
    own, not a kind of the head."""
    if _in_source(match, found):
        return False
    words = match.group("words").split()
    if any(_PREPOSITION.match(word) for word in words):
        return False
    return fits(" ".join(word for word in words if word.islower()), fitting)


@lru_cache(maxsize=64)
def _head_with_name(head: str) -> regex.Pattern:
    """The head of an anonymous source with a full name: "the adviser, Ann Voss", "adviser Ann Voss",
    "Ann Voss, a senior adviser"."""
    word = rf"(?i:{regex.escape(head)})\b"
    return compiled(
        rf"\b(?i:the|a|an)\s+{_WORDS_BEFORE_HEAD}{word},\s+{_NAME}"
        rf"|\b{word}\s+{_NAME}"
        rf"|{_NAME},\s+(?i:a|an|the)\s+{_WORDS_BEFORE_HEAD}{word}"
    )


def _introduced_speaker(text: str, found: Attribution, speakers: _Speakers, sentence: Span) -> bool:
    """Whether a sentence opens with a person the draft names in full for the first time who speaks in it,
    set off by no apposition ("Ann Voss, the mayor, said": someone else; "Ann Voss, a senior adviser": the
    head with a name, `_head_with_name`)."""
    for speaker in speakers.within(*sentence):
        surname = full_name(text, speaker)
        if surname is None or not _OPENING.match(text[sentence[0] : speaker.source[0]]):
            continue
        if named_before(text, surname, found.source[0]):
            continue
        if _APPOSITION.match(text, speaker.source[1]) is None:
            return True
    return _opening_person_speaks(text, found, speakers, sentence)


def _members_speak_next(text: str, found: Attribution, speakers: _Speakers, following: list[Span], head: str) -> bool:
    """Whether the sentences after a group kept unnamed ("a dozen members of the council told the Ledger ...")
    have two or more people the draft names in full for the first time speak in them, each name right before
    its cue ("'We will win,' Ann Voss said." then "Councillor Tom Reyes (Lab) said ..."): the story goes on to
    name the group's members on the record. A group whose head is in the plural only; one person named after a
    single source is `_introduced_speaker`'s."""
    if not following or not _in_the_plural(found.source_text or "", head):
        return False
    cues = speakers.cues
    surnames = set()
    for start, end in following:
        for at in range(bisect.bisect_left(cues, start), bisect.bisect_left(cues, end)):
            name = _NAME_BEFORE_CUE.search(text, max(start, cues[at] - 80), cues[at])
            surname = name.group("name").split()[-1] if name is not None else ""
            if surname and not named_before(text, surname, found.source[0]):
                surnames.add(surname)
    return len(surnames) >= 2


def _in_the_plural(source: str, head: str) -> bool:
    """Whether a source's head (`head`, as the source reader gives it: "member") is written in the plural in
    it ("a dozen members of the council")."""
    return any(word != head and word.startswith(head) and word.endswith("s") for word in source.lower().split())


def _opening_person_speaks(text: str, found: Attribution, speakers: _Speakers, sentence: Span) -> bool:
    """Whether a sentence opens with a person named in full for the first time, titles before the name allowed
    and set off by no apposition, of whom a pronoun in the same clause speaks ("Gov. Ann Voss (D) tried to take
    back her words a day after she said them"): the sentence tells that person spoke, whom the cue reader did not
    read at its opening. A pronoun in a clause after it may be someone else ("Ann Voss led the board, and she
    said ...": the person the source spoke of)."""
    opening = _OPENING_NAME.match(text, sentence[0], sentence[1])
    if opening is None or named_before(text, opening.group("name").split()[-1], found.source[0]):
        return False
    clause = _CLAUSE_END.search(text, opening.end(), sentence[1])
    end = clause.start() if clause is not None else sentence[1]
    cues = speakers.cues
    for at in range(bisect.bisect_left(cues, opening.end()), bisect.bisect_left(cues, end)):
        if _PRONOUN_BEFORE.search(text, max(opening.end(), cues[at] - 16), cues[at]):
            return True
    return False


def _quoted_again_by_name(text: str, sentences: list[Span], index: int, speakers: _Speakers) -> bool:
    """Whether words the source's sentence (`sentences[index]`) quotes are quoted again in a later sentence
    where a person named in full speaks: the lede's unnamed source is that person. Only the quotation marks
    of those sentences that open with the quotation's first word are tried."""
    start, end = sentences[index]
    if speakers.last_person < end:
        return False
    for quoted in _QUOTED.finditer(text, start, end):
        words = tuple(quoted.group("words").rstrip(".,;:!?").split())
        marks = speakers.quotations.opening(words[0] if len(words) > 1 else None, end)
        if any(_quoting(words).match(text, mark) for mark in marks):
            return True
    return False


@lru_cache(maxsize=64)
def _quoting(words: tuple[str, ...]) -> regex.Pattern:
    """A quotation mark that opens with the words, in any case and spacing."""
    spaced = r"\s+".join(regex.escape(word) for word in words)
    return regex.compile(rf"(?i)[\u201c\"]\s*{spaced}")


class _PersonQuotations:
    """The quotation marks of the sentences where a person named in full speaks, read once a draft (each
    anonymous source reading every later speaker and mark was quadratic), by the first word after each.

    A mark counts for a source whose sentence ends at `end` when it stands at or after `end` in the sentence
    of a person whose cue does too: when the lesser of the two is at or after `end`."""

    def __init__(self, text: str, sentences: list[Span], persons: list[Attribution]) -> None:
        last_cue: dict[int, int] = {}  # sentence index -> the last cue of a person named in full in it
        for person in persons:
            at = span_holding(sentences, person.cue[0])
            if at >= 0 and full_name(text, person):
                last_cue[at] = max(last_cue.get(at, -1), person.cue[0])
        every: list[tuple[int, int]] = []
        by_word: dict[str, list[tuple[int, int]]] = {}
        for at, cue in last_cue.items():
            for mark in _QUOTE_MARK.finditer(text, *sentences[at]):
                entry = (min(mark.start(), cue), mark.start())
                every.append(entry)
                first = _FIRST_WORD.match(text, mark.end())
                if first is not None:
                    by_word.setdefault(first.group(1).casefold(), []).append(entry)
        self._every = sorted(every)
        self._by_word = {word: sorted(entries) for word, entries in by_word.items()}

    def opening(self, word: str | None, end: int) -> Iterator[int]:
        """The marks that count after `end` and open with `word` (in any case), or all of them for None."""
        entries = self._every if word is None else self._by_word.get(word.casefold(), [])
        return (entries[at][1] for at in range(bisect.bisect_left(entries, (end, -1)), len(entries)))
