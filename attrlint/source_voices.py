"""A vague group whose voices the story names further on: news copy sums up, then specifies. "Experts say the dam
will hold" in a lede, or "Some analysts doubt the count" in a topic sentence, and then the body quotes "Ann Voss,
a professor of hydrology at Kestrel University" or cites "Ben Ode, a strategist at the Marl Institute".

The reader is told who the group's voices are, so the group is no vague source. `attrlint.source_members` reads
a member named in the group's own or the next sentence, whoever it is; this module reads further, but only a
member whose description fits the group's head (the pack's `group_voices`: an expert is described as a
professor, an economist, a researcher at a university ...), as far as the summary reaches: from the headlines
and the first paragraphs (`SUMMARY_PARAGRAPHS`), the whole body; from elsewhere, the group's paragraph (before
the group too), the paragraph before it and the `FEW` paragraphs after it. A body so described that opens the
next sentence backs the group's point in words the cue lexicon may not read ("The Kestrel Group, an economic
consulting firm, has calculated ..."). Besides its head, a group's capitalised modifier describes its voices:
"several Harbour Party leaders" are voiced by "Ines Okafor, the chairwoman of the Eastholm Harbour Party".
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from attrlint.cue_reading import Attribution
from attrlint.cues import PERSON, PRONOUN, ROLE, UNKNOWN
from attrlint.document import Document, span_holding
from attrlint.lazy_regex import lazy
from attrlint.source_class import VAGUE
from attrlint.source_edges import WORD
from attrlint.source_members import MemberFits, first_named_end, full_name, named_before, surname, tags_quotation

# A vague group whose voices, described as the group's head says, the story names further on
VOICES_NAMED = "group, its voices named"

FEW = 1  # paragraphs after the group's own that a topic sentence's group reaches
# The paragraphs from the first one of the body (or the first a headline the draft does not set apart may be)
# that sum a story up: a group there reaches the whole body
SUMMARY_PARAGRAPHS = 2

# The apposition after a name, to the sentence's end or the next quotation mark: ", a hydrologist at Kestrel
# University"
_APPOSITION = lazy(r",\s+(?P<words>[^\n.;:\u201c\u201d\"]{1,160})")
# A sentence that opens with a name and its apposition, to the apposition's comma: "The Kestrel Group, an economic
# consulting firm, has calculated ..." (a finding in words the cue lexicon does not read as a cue)
_NAMED_OPENING = lazy(
    r"[\s\"'\u201c\u2018(]*(?:The\s+)?(?:\p{Lu}[\p{L}'\u2019&.-]*\s+){0,4}(?P<last>\p{Lu}[\p{L}'\u2019&-]+),\s+"
    r"(?P<words>[^\n,.;:\u201c\u201d\"]{1,100}),"
)
# The body a name is of, with no comma between: "Ann Voss of the Marl Institute", "Ann Voss at Kestrel University"
_AFFILIATION = lazy(r"[^\S\n]+(?:of|at)[^\S\n]+(?P<words>[^\n,.;:\u201c\u201d\"]{1,80})")
_TITLE_WORDS = 3  # words before a name that may describe the person ("Kestrel University hydrologist Ann Voss")


# The endings a description's word may differ by from a word that describes a voice: "economists", "economist" and
# "economics" say one trade, as do "researcher" and "research", "universities" and "university", or "adviser" and
# "advised" (longest first)
_ENDINGS = ("ists", "ies", "ers", "ics", "ist", "er", "ic", "ed", "es", "s", "y", "e")
_STEM_LEAST = 4  # letters an ending leaves at least: "aides" stays "aide"


@lru_cache(maxsize=4096)
def word_stem(word: str) -> str:
    """A word in lower case without the ending its trade's other forms differ by ("econom" of "economists"); kept
    for the words asked again, as a draft's voices are described by the same few words."""
    lower = word.lower()
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= _STEM_LEAST:
            return lower[: -len(ending)]
    return lower


def voice_entry(entry: str) -> tuple[list[str], list[str]]:
    """A `group_voices` or `group_parties` entry ("experts: professor, economist") as its heads and its words; an
    entry without both, on either side of a colon, raises ValueError, which the rule reports where it is written."""
    heads, colon, words = entry.partition(":")
    read = WORD.findall(heads), WORD.findall(words)
    if not colon or not all(read):
        raise ValueError(f"a group_voices or group_parties entry is 'heads: words', not {entry!r}")
    return read


@lru_cache(maxsize=8)
def voice_table(entries: tuple[str, ...], own_heads: tuple[str, ...] = ()) -> Mapping[str, frozenset[str]]:
    """The pack's `group_voices` ("experts: professor, economist, university") as a map from each head to the
    stems (`word_stem`) of the words that describe one of its voices; entries for one head add up. Each of
    `own_heads` is described by its own word too: "a Republican strategist" is one of "strategists", "a critic
    of the plan" one of "critics". Read-only: the cache hands the one table to every caller."""
    table: dict[str, set[str]] = {}
    for entry in entries:
        heads, words = voice_entry(entry)
        voices = {word_stem(word) for word in words}
        for head in heads:
            table.setdefault(head.lower(), set()).update(voices)
    for head in own_heads:
        table.setdefault(head.lower(), set()).add(word_stem(head))
    return MappingProxyType({head: frozenset(words) for head, words in table.items()})


def with_voices_named(
    doc: Document,
    attributions: Sequence[Attribution],
    ends: tuple[int, int],
    head_of: Callable[[str], str],
    voices: Mapping[str, frozenset[str]],
    bodies: GroupBodies | None = None,
) -> list[Attribution]:
    """The attributions, a vague group reclassed as one whose voices are named when the story names, within the
    group's reach, a person as a source whose description (by the full name) fits the group's head (`voices`), or
    opens the next sentence with a name so described; a person the story opened with before the group is whom
    it is about, not one of the group's voices.
    `ends`: where the first body paragraph ends, and the summary (`SUMMARY_PARAGRAPHS`) that reaches the whole
    body."""
    if not voices or not any(a.kind == VAGUE for a in attributions):
        return list(attributions)
    found = _Voices(doc, attributions)
    return [
        a._replace(kind=VOICES_NAMED)
        if a.kind == VAGUE and _voice_named(doc, a, found, ends, _fitting(a, head_of, voices, bodies))
        else a
        for a in attributions
    ]


class GroupBodies(NamedTuple):
    """What a group's own words say of its voices: the stems of the body its modifiers name (`of`: "harbour" and
    "party" of "several Harbour Party leaders"), and the words that set it apart from a person named before it
    (`apart`: "Other economists disagree" after an economist quoted by name: that economist is not one of
    them)."""

    of: Callable[[str], frozenset[str]]
    apart: frozenset[str]


class _Fitting(NamedTuple):
    """What describes one of a group's voices: a word of its head's (`head`, from `group_voices` and its own
    word), or every word of the body its modifiers name (`body`: "Harbour Party leaders" are voiced by "the
    chairwoman of the Eastholm Harbour Party", not of the Labour Party); and whether the group is set `apart`
    from a person named before it."""

    head: frozenset[str]
    body: frozenset[str]
    apart: bool

    def words(self) -> frozenset[str]:
        """The stems any fitting description holds one of."""
        return self.head | self.body

    def describes(self, description: set[str]) -> bool:
        """Whether a voice's description (its stems) fits the group."""
        return not self.head.isdisjoint(description) or (bool(self.body) and self.body <= description)


def _fitting(
    group: Attribution,
    head_of: Callable[[str], str],
    voices: Mapping[str, frozenset[str]],
    bodies: GroupBodies | None,
) -> _Fitting:
    """What describes one of a group's voices (`voices`: its head's words; `bodies`: what its own words say)."""
    words = group.source_text or ""
    head = voices.get(head_of(words), frozenset())
    if bodies is None:
        return _Fitting(head, frozenset(), False)
    return _Fitting(head, bodies.of(words), not bodies.apart.isdisjoint(words.lower().split()))


def members_fitting(
    doc: Document,
    attributions: Sequence[Attribution],
    head_of: Callable[[str], str],
    parties: Mapping[str, frozenset[str]],
) -> MemberFits:
    """Whether a person the draft names may be one of a vague group's voices, for `attrlint.source_members`: not
    one described as a party to the story where the group is outside it (`parties`, from `group_parties`: "Some
    analysts said ..." is not voiced by "Senate leader Ann Voss", who answers them). The draft's descriptions are
    read once, when a group first asks."""
    described: dict[tuple[int, int], set[str]] = {}

    def may_hold(group: Attribution, member: Attribution) -> bool:
        party = parties.get(head_of(group.source_text or ""))
        if not party:
            return True
        if not described:
            described.update((found.cue, words) for found, _, words in _Voices(doc, attributions).found)
            described[(-1, -1)] = set()  # read: a draft with no described voice is not read again
        return party.isdisjoint(described.get(member.cue) or _own_words(doc, member))

    return may_hold


def _own_words(doc: Document, found: Attribution) -> set[str]:
    """The stems of the words that describe a source where it stands: its own ("the Kestrel Institute") and those
    beside it (`description_words`)."""
    return description_words(doc, found) | {word_stem(word) for word in WORD.findall(found.source_text or "")}


class _Voices:
    """The draft's sources that name a person, each with the words that describe it (a person named in full, by
    the words beside that name; one named by surname, by those beside the full name a source before gave), and
    the sentences in which any source but a pronoun speaks."""

    def __init__(self, doc: Document, attributions: Sequence[Attribution]) -> None:
        self.text = doc.text
        self.sentences = doc.sentences
        self.first_named: dict[str, int | None] = {}  # a surname to where it is first named (`first_named_end`)
        self.found: list[tuple[Attribution, str, set[str]]] = []  # a source, its surname, its description
        self.speaking: list[tuple[int, str]] = []  # a sentence's index and the surname of a source there, or ""
        described: dict[str, set[str]] = {}
        for found in attributions:
            if found.source is None or found.kind in (PRONOUN, UNKNOWN):
                continue
            name = full_name(doc.text, found) if found.kind in (PERSON, ROLE) else None
            if name is not None:
                if name not in described:  # described where first given in full
                    described[name] = description_words(doc, found)
            elif found.kind == PERSON:
                name = surname(doc.text, found)
            if name is not None and name in described:
                self.found.append((found, name, described[name]))
            self.speaking.append((self.sentence_of(found), name or ""))
        self.speaking.sort()
        self.found.sort(key=lambda voice: voice[0].cue)
        self.by_word: dict[str, list[int]] = {}  # a describing word to the voices (their index in `found`) it describes
        for index, (_, _, words) in enumerate(self.found):
            for word in words:
                self.by_word.setdefault(word, []).append(index)
        self.cue_starts = [voice[0].cue[0] for voice in self.found]  # ascending, as `found` is

    def fitting_between(self, start: int, end: int, fitting: frozenset[str]) -> list[tuple[Attribution, str, set[str]]]:
        """The voices whose cue is from `start` to `end` described by a word of `fitting`, in the draft's order: looked
        up by word, and in each word's voices (in the draft's order) by place, since a long draft has thousands of
        groups and voices."""
        indexes: set[int] = set()
        for word in fitting:
            voices = self.by_word.get(word, ())
            first = bisect.bisect_left(voices, start, key=self.cue_starts.__getitem__)
            last = bisect.bisect_left(voices, end, key=self.cue_starts.__getitem__)
            indexes.update(voices[first:last])
        return [self.found[i] for i in sorted(indexes)]

    def named_before(self, name: str, end: int) -> bool:
        """`source_members.named_before`, where each surname is first named read once: a long paragraph's groups
        each ask about every voice in it."""
        if name not in self.first_named:
            self.first_named[name] = first_named_end(self.text, name)
        first = self.first_named[name]
        return named_before(self.text, name, end) if first is None else first <= end

    def sentence_of(self, found: Attribution) -> int:
        """The index of the sentence holding an attribution's cue, or -1: the sentence a voice speaks in."""
        return span_holding(self.sentences, found.cue[0])

    def other_between(self, first: int, last: int, name: str) -> bool:
        """Whether a source other than `name` speaks in a sentence after the `first` and before the `last`."""
        index = bisect.bisect_right(self.speaking, (first, "\uffff"))
        while index < len(self.speaking) and self.speaking[index][0] < last:
            if self.speaking[index][1] != name:
                return True
            index += 1
        return False


def _voice_named(
    doc: Document,
    group: Attribution,
    voices: _Voices,
    ends: tuple[int, int],
    fitting: _Fitting,
) -> bool:
    """Whether a voice of the draft (`voices`) that fits the group (`fitting`) is named within its reach:
    not in the group's own sentence (the group speaks of that person), nor, beyond a summary, where another
    source speaks in a sentence between the two (the person is that source's voice: "Others say ..."), nor in
    the paragraph before a group set `apart` from who was named before ("Other economists disagree"). A group
    that tags its own quotation ('"...," said analysts') is given words no group says together: it sums up
    nobody's point, and a person named after it is another voice."""
    if not fitting.words() or group.source is None or tags_quotation(doc.text, group):
        return False
    opening_end, summary_end = ends
    start, end = _reach(doc, group, summary_end, fitting.apart)
    own = voices.sentence_of(group)
    if fitting.head and _backed_next(doc, group, own, fitting.head):
        return True
    limit = min(opening_end, group.source[0])
    for member, name, description in voices.fitting_between(start, end, fitting.words()):
        if not fitting.describes(description) or voices.named_before(name, limit):
            continue
        at = voices.sentence_of(member)
        if at == own:
            continue
        if group.cue[0] < summary_end or not voices.other_between(min(at, own), max(at, own), name):
            return True
    return False


def _backed_next(doc: Document, group: Attribution, own: int, fitting: frozenset[str]) -> bool:
    """Whether the sentence after the group's (`own`) opens with a name new to the draft whose apposition fits the
    group's head: "Some experts have concluded the plan falls short. The Kestrel Group, an economic consulting
    firm, has calculated that it cuts a fifth." The experts' finding is that body's."""
    if not 0 <= own < len(doc.sentences) - 1:
        return False
    opening = _NAMED_OPENING.match(doc.text, doc.sentences[own + 1][0])
    return (
        opening is not None
        and fits(opening.group("words"), fitting)
        and not named_before(doc.text, opening.group("last"), group.source[0])
    )


def fits(description: str, fitting: frozenset[str]) -> bool:
    """Whether a description ("an economic consulting firm", "who was ambassador to Kestrel") has a word whose stem
    is one of `fitting`, the stems of the words that describe one of a head's voices (`voice_table`)."""
    return not fitting.isdisjoint(word_stem(word) for word in WORD.findall(description))


def _reach(doc: Document, group: Attribution, summary_end: int, apart: bool) -> tuple[int, int]:
    """The span of the draft in which the group's voices may be named: from a summary (before `summary_end`),
    the rest of the draft; from elsewhere, the group's paragraph, the paragraph before it (a member quoted, then
    the group that sums up: "Several Harbour Party elders agreed"), unless the group is set `apart` from who was named
    before ("Other economists"), and the `FEW` after it."""
    paragraphs = doc.paragraphs
    index = span_holding(paragraphs, group.cue[0])
    if index < 0:
        return group.cue
    if group.cue[0] < summary_end:
        return paragraphs[index][0], len(doc.text)
    first = index if apart else max(index - 1, 0)
    last = min(index + FEW, len(paragraphs) - 1)
    return paragraphs[first][0], paragraphs[last][1]


def description_words(doc: Document, member: Attribution) -> set[str]:
    """The stems (`word_stem`) of the words that describe a source named in full: a few before the name in its
    sentence ("hydrologist Ann Voss"), its apposition ("Ann Voss, a hydrologist at Kestrel University") or the
    body it is of ("Ann Voss of the Marl Institute")."""
    start, end = member.source or member.cue
    text = doc.text
    sentence = doc.sentence_at(start)
    before = WORD.findall(text, sentence[0] if sentence is not None else max(0, start - 60), start)
    words = before[-_TITLE_WORDS:]
    apposition = _APPOSITION.match(text, end) or _AFFILIATION.match(text, end)
    if apposition is not None:
        words += WORD.findall(apposition.group("words"))
    return {word_stem(word) for word in words}
