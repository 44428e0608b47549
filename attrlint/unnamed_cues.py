"""Cue verbs read only beside an unnamed source: "critics countered", "one observer believes", "..., cautioned
analysts", "sources have long charged".

The cue lexicon (`cues`) is learned from PolNeAR's gold cues with a threshold (bench/learn_cues.py): a rare cue,
or a form the train text mostly uses as something else ("ask", "report", "believe"), is left out, since in
running text it is mostly no cue. Beside a vague or anonymous head the threshold need not hold: the pack's
`unnamed_cues`, every form of every gold cue family of train, count where such a source stands right before the
verb as its subject (with adverbs, a perfect's "have" or a progressive's "are" between) or, inverted, right after
it ('"...," countered one analyst'). Beside no unnamed source such a verb stays no cue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import regex

from attrlint.classifying_reader import ClassifyingCueReader
from attrlint.cue_reading import Attribution
from attrlint.cues import CuePatterns
from attrlint.document import Document, Span
from attrlint.lazy_regex import lazy
from attrlint.source_class import UNNAMED, SourceClasses
from attrlint.source_edges import INVERTING, cue_inverted

_VERB_WORD = lazy(r"\p{Ll}+(?:['\u2019]\p{Ll}+)?")
_REACH_AFTER = 120  # how far after a head its verb is looked for ("critics, who rode it daily, countered")
_REACH_BEFORE = 60  # how far before a head an inverted verb is looked for ("countered one longtime observer")
_CLAUSE_END = lazy(r"[.;:!?\n]")
# An inverted verb is a past or a present in -s ('"...," countered analysts'); a base form after a comma opens a
# clause ("..., get people familiar with the idea"), an -ing form too ("..., angering critics")
_INVERTS = lazy(r"\p{Ll}+(?:ed|s)\b")
# Between an unnamed subject and its verb: adverbs, a perfect's auxiliary, a progressive's (before an -ing form),
# a clause set off by commas; not a modal, after which the base form is no present ("experts would call it")
_BETWEEN = lazy(
    r"(?:,[^,.;:!?\n]{1,160},)?"
    r"(?:\s+(?:\p{Ll}+ly|also|later|long|have|has|had|(?:are|were|is|was)(?=\s+\p{Ll}+ing\b)))*\s+"
)


@lru_cache(maxsize=16)
def cue_lengths(cues: frozenset[str]) -> tuple[int, ...]:
    """The numbers of words the cues have, most first ("went on to say", "shot back", "countered")."""
    return tuple(sorted({len(cue.split()) for cue in cues}, reverse=True))


class UnnamedSourceReader(ClassifyingCueReader):
    """The classifying cue reader, with a verb of `unnamed_cues` read where an unnamed source is its subject
    or follows it inverted."""

    def __init__(self, doc: Document, patterns: CuePatterns, classes: SourceClasses, cues: frozenset[str]) -> None:
        super().__init__(doc, patterns, classes)
        self.unnamed_cues = cues
        self.lengths = cue_lengths(cues)

    def paragraph(self, start: int, end: int, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
        read: list[Attribution] = []
        for found in super().paragraph(start, end, quoted):
            read.append(found)
            yield found
        if not self.unnamed_cues:
            return
        for head in self.classes.noun_heads.finditer(self.text, start, end):
            for cue in self.verbs_beside(head.span(), start, end):
                if quoted(cue[0]) or any(within(cue, found) for found in read):
                    continue
                found = self.unnamed_at(cue, start)
                if found is not None:
                    read.append(found)
                    yield found

    def verbs_beside(self, head: Span, start: int, end: int) -> Iterator[Span]:
        """The span of the nearest `unnamed_cues` form after a head in its clause, where its verb stands, then of the
        nearest before it that a comma or a closing mark inverts ('"...," countered one analyst')."""
        text = self.text
        stop = _CLAUSE_END.search(text, head[1], min(end, head[1] + _REACH_AFTER))
        words = list(_VERB_WORD.finditer(text, head[1], stop.start() if stop else min(end, head[1] + _REACH_AFTER)))
        after = next((cue for index in range(len(words)) if (cue := self.longest_cue(words, index))), None)
        if after is not None:
            yield after
        reach = max(start, head[0] - _REACH_BEFORE)
        if not any(mark in text[reach : head[0]] for mark in INVERTING):
            return  # no comma or closing mark that could invert a verb before the head
        before = list(_VERB_WORD.finditer(text, reach, head[0]))
        for index in reversed(range(len(before))):
            cue = self.longest_cue(before, index)
            if cue is not None and cue[1] <= head[0]:
                if _INVERTS.match(text, cue[0]) and cue_inverted(text, start, cue[0]):
                    yield cue
                return

    def longest_cue(self, words: list[regex.Match], index: int) -> Span | None:
        """The longest form of `unnamed_cues` whose words begin at words[index], as a span."""
        for length in self.lengths:
            if index + length <= len(words):
                key = " ".join(word.group() for word in words[index : index + length])
                if key in self.unnamed_cues:
                    return words[index].start(), words[index + length - 1].end()
        return None

    def unnamed_at(self, cue: Span, start: int) -> Attribution | None:
        """The attribution of a verb whose unnamed source is its subject or follows it inverted, else None."""
        text = self.text
        bare = Attribution(cue, text[cue[0] : cue[1]], None, None, "unknown")
        source = self.classes.unnamed_beside(text, bare, start)
        if source is None:
            return None
        if source[1] <= cue[0]:
            if not _BETWEEN.fullmatch(text, source[1], cue[0]):
                return None
        elif not cue_inverted(text, start, cue[0]):
            return None  # a source after a verb that no comma or closing mark inverts
        found = self.classes.read(self.doc, bare, start, self.patterns.core)
        if found.kind not in UNNAMED or self.classes.quantifier(found.source_text or ""):
            return None  # "many voted": a bare quantifier is a source with the lexicon's cues only
        between = text[source[1] : cue[0]]
        if source[1] <= cue[0] and not self.subject_of(found.source_text or "", bare.cue_text, between):
            return None
        return found

    def subject_of(self, source: str, verb: str, between: str) -> bool:
        """Whether an unnamed source before a verb can be its subject: a head with no words after it but those
        that say it knows ("critics countered", "people familiar with the talks indicated"; not the noun that ends
        "insiders in the two states"), a present in -s only after a head in the singular ("one observer
        believes"; not "so many analysts shows"), and an -ing form only after "are" or "were" ("critics are
        warning"; not "officials professing a belief")."""
        if self.classes.has_tail(source):
            return False
        first = verb.split()[0]
        if first.endswith("ing"):
            return between.split()[-1:] in (["are"], ["were"], ["is"], ["was"])
        plural = self.classes.head(source).endswith("s")
        return not (plural and first.endswith("s") and not first.endswith("ss"))


def within(cue: Span, found: Attribution) -> bool:
    """Whether a cue is one read already or lies inside the source of one ("plan" in "critics of the plan said")."""
    if cue[0] == found.cue[0]:
        return True
    return found.source is not None and found.source[0] <= cue[0] and cue[1] <= found.source[1]
