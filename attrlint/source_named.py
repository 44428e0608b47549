"""An anonymous source the next sentences name: "A senior adviser said the plan was dead. The adviser, Ann
Voss, added ..." or "..., an ally said. Ann Voss, who has known him for years, said ...", or whose quoted words
a named person says later (a lede's "one official called it 'a disgrace'", then "Ann Voss called it 'a
disgrace'").

The reader is told who spoke, so the source is not anonymous (`attrlint.source_class` classes the sources;
this module reclasses an anonymous one once every attribution of a draft is read, as
`attrlint.source_members` does a vague group whose member is named).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import lru_cache

import regex

from attrlint.cue_reading import Attribution
from attrlint.document import Document, Span, span_holding
from attrlint.lazy_regex import lazy
from attrlint.regex_store import compiled
from attrlint.source_class import ANONYMOUS
from attrlint.source_members import full_name, named_before

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
_QUOTED = lazy(r"[\u201c\"](?P<words>[^\u201c\u201d\"\n]{3,200}?\s[^\u201c\u201d\"\n]{1,200}?)[\u201d\"]")


def with_anonymous_named(
    doc: Document, attributions: list[Attribution], head_of: Callable[[str], str]
) -> list[Attribution]:
    """The attributions, an anonymous source reclassed as named nearby when the draft names it in its own
    sentence or the next two: its head with a full name ("the adviser, Ann Voss", "adviser Ann Voss", "Ann
    Voss, a senior adviser"), or a person introduced by full name who speaks at the start of the next sentence
    and is not set off as something else ("Ann Voss, the mayor, said" is someone else)."""
    if not any(a.kind == ANONYMOUS for a in attributions):
        return attributions
    sentences = doc.sentences
    speakers = _Speakers(attributions)
    return [
        a._replace(kind=NAMED_NEARBY)
        if a.kind == ANONYMOUS and _named_nearby(doc.text, a, sentences, speakers, head_of)
        else a
        for a in attributions
    ]


class _Speakers:
    """The attributions to a person or a role, found by where their cues stand (a long draft has many: each
    anonymous source reading all of them was quadratic)."""

    def __init__(self, attributions: list[Attribution]) -> None:
        found = [a for a in attributions if a.kind in ("person", "role") and a.source is not None]
        self._found = sorted(found, key=lambda a: a.cue[0])
        self._starts = [a.cue[0] for a in self._found]
        self.last_person = max((a.cue[0] for a in found if a.kind == "person"), default=-1)

    def within(self, start: int, end: int) -> list[Attribution]:
        """Those whose cue starts in text[start:end]."""
        return self._found[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]


def _named_nearby(
    text: str, found: Attribution, sentences: list[Span], speakers: _Speakers, head_of: Callable[[str], str]
) -> bool:
    index = span_holding(sentences, found.source[0]) if found.source is not None else -1
    head = head_of(found.source_text or "")
    if index < 0 or not head:
        return False
    start, end = sentences[index][0], sentences[min(index + 2, len(sentences) - 1)][1]
    named = _head_with_name(head).finditer(text, start, end)
    if any(match.end() <= found.source[0] or match.start() >= found.source[1] for match in named):
        return True  # not the source's own words ("the Justice Department, a former official said")
    if index + 1 < len(sentences) and _introduced_speaker(text, found, speakers, sentences[index + 1]):
        return True
    return _quoted_again_by_name(text, sentences, index, speakers)


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
    return False


def _quoted_again_by_name(text: str, sentences: list[Span], index: int, speakers: _Speakers) -> bool:
    """Whether words the source's sentence (`sentences[index]`) quotes are quoted again in a later sentence
    where a person named in full speaks: the lede's unnamed source is that person. Only those sentences are
    read, at their quotation marks: searching the rest of the draft read it again for every source."""
    start, end = sentences[index]
    if speakers.last_person < end:
        return False
    spans: list[Span] | None = None
    for quoted in _QUOTED.finditer(text, start, end):
        words = r"\s+".join(regex.escape(word) for word in quoted.group("words").rstrip(".,;:!?").split())
        again = regex.compile(rf"(?i)[\u201c\"]\s*{words}")
        spans = _persons_speaking(text, sentences, speakers, end) if spans is None else spans
        if any(again.match(text, mark.start()) for a, b in spans for mark in _QUOTE_MARK.finditer(text, a, b)):
            return True
    return False


def _persons_speaking(text: str, sentences: list[Span], speakers: _Speakers, end: int) -> list[Span]:
    """The sentences after `end` (from `end` on) where a person named in full speaks."""
    spans: list[Span] = []
    for person in speakers.within(end, len(text)):
        at = span_holding(sentences, person.cue[0])
        if person.kind != "person" or at < 0 or not full_name(text, person):
            continue
        span = (max(end, sentences[at][0]), sentences[at][1])
        if span not in spans[-1:]:
            spans.append(span)
    return spans
