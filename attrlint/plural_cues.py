"""The form a cue verb takes after a plural source: "critics ask", "sources report", "some note".

The cue lexicon is learned from PolNeAR's gold cues (bench/learn_cues.py), which leaves out a form the
train text mostly uses as something else: the base forms "ask" and "report" are more often an
infinitive or a noun than a cue. After an unnamed plural source ("critics", "some", "sources close to
the campaign") the base form is what the -s form of the lexicon becomes, so here it is read as that
cue, and only there: beside no unnamed source, it stays no cue.

So are the pack's `opinion_cues`, verbs of belief and report the quotation test leaves out of the lexicon
("believe", "fear", "indicated"; learned by bench/learn_cues.py): after an unnamed source they source a
claim ("Many observers believe the bank will cut rates", "..., sources indicated on Monday."), but a group
that only acts or feels ("investors fear a slowdown", "officials confirmed the closure") is no source of
anything, so an opinion cue is read only where a claim follows it: a that-clause, a clause with its own
verb, or the end of the sentence after an inverted order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import regex

from attrlint.classifying_reader import ClassifyingCueReader
from attrlint.cue_finder import CueFinder
from attrlint.cue_reading import Attribution
from attrlint.cues import UNKNOWN, CuePatterns
from attrlint.document import Document
from attrlint.group_claims import carries_claim
from attrlint.lazy_regex import lazy
from attrlint.source_class import ANONYMOUS, EXPLAINED, VAGUE, SourceClasses

_SIBILANT_ES = ("ches", "shes", "sses", "xes", "zes")
# Only spaces and adverbs between a plural source and its verb ("critics also ask"), no auxiliary: after
# "would" or "have" the base form is no present ("experts would call that wishful thinking")
_BETWEEN = lazy(r"(?:\s+(?:\p{Ll}+ly|also|later))*\s+")
# Before an opinion cue a perfect too: "many observers have long believed that"
_BETWEEN_OPINION = lazy(r"(?:\s+(?:\p{Ll}+ly|also|later|still|long|have|has|had))*\s+")


def base_form(verb: str) -> str | None:
    """The base form of a present in -s ("asks" -> "ask", "pushes" -> "push", "denies" -> "deny"), or None."""
    if " " in verb or len(verb) < 4 or not verb.endswith("s") or verb.endswith("ss"):
        return None
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    return verb[:-2] if verb.endswith(_SIBILANT_ES) else verb[:-1]


@lru_cache(maxsize=16)
def plural_forms(verbs: frozenset[str]) -> CueFinder | None:
    """A finder of the base forms of the lexicon's verbs in -s that the lexicon does not hold itself."""
    forms = sorted({base for verb in verbs if (base := base_form(verb)) and base not in verbs}, key=len, reverse=True)
    return CueFinder((), forms) if forms else None


@lru_cache(maxsize=16)
def opinion_forms(opinions: tuple[str, ...]) -> CueFinder | None:
    """A finder of the opinion cues."""
    return CueFinder((), tuple(sorted(set(opinions), key=len, reverse=True))) if opinions else None


class PluralSubjectReader(ClassifyingCueReader):
    """The classifying cue reader, with the base form of an -s cue, and an opinion cue that carries a claim,
    read where an unnamed source stands right before it."""

    def __init__(
        self, doc: Document, patterns: CuePatterns, classes: SourceClasses, opinions: tuple[str, ...] = ()
    ) -> None:
        super().__init__(doc, patterns, classes)
        finder = plural_forms(patterns.verbs)
        self.plural = finder.scan(doc.text) if finder is not None else None
        opinion = opinion_forms(opinions)
        self.opinion = opinion.scan(doc.text) if opinion is not None else None

    def paragraph(self, start: int, end: int, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
        yield from super().paragraph(start, end, quoted)
        for scanned, between in ((self.plural, _BETWEEN), (self.opinion, _BETWEEN_OPINION)):
            if scanned is None:
                continue
            for cue in scanned.finditer(start, end):
                if not quoted(cue.start()):
                    found = self.after_unnamed(cue, start, between, scanned is self.opinion)
                    if found is not None:
                        yield found

    def after_unnamed(
        self, cue: regex.Match, start: int, between: regex.Pattern = _BETWEEN, opinion: bool = False
    ) -> Attribution | None:
        """The attribution of a cue whose unnamed source stands right before it (`between`: the words allowed
        between them), an opinion cue's only with a claim, else None."""
        bare = Attribution(cue.span(), cue.group(), None, None, UNKNOWN)
        source = self.classes.unnamed_beside(self.text, bare, start, self.patterns.core)
        if source is None or source[1] > cue.start() or not between.fullmatch(self.text, source[1], cue.start()):
            return None
        if opinion and not carries_claim(self.text, source, cue.span(), cue.group(), speech=False):
            return None
        found = self.classes.read(self.doc, bare, start, self.patterns.core)
        return found if found.kind in (VAGUE, ANONYMOUS, EXPLAINED) else None
