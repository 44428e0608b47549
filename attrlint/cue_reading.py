"""Reading a paragraph's attributions: each cue outside a quotation, and the source beside it.

The patterns are `attrlint.cues`'s. A phrase cue takes the source after it ("according to Ann
Voss"); a verb takes the source before it ("Ann Voss, the manager, said") or, inverted, after it
("..., said Ann Voss.", or opening its sentence: "Continued Ann Voss:"); a core speech verb whose source
none of these can read is an attribution all the same, and so is any verb of the lexicon right before the
quotation it introduces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

import regex

from attrlint.cues import (
    PERSON_NAME,
    SOURCE_AFTER_CUE,
    SOURCE_BEFORE_CUE,
    TRAILING,
    UNKNOWN,
    CuePatterns,
    PhraseSources,
    cue_key,
    source_kind,
)
from attrlint.document import Span
from attrlint.lazy_regex import lazy
from attrlint.segment import opens_sentence

_REACH_BEFORE = 240  # how far before a verb its source is looked for
# A word that opens a clause inside a source phrase read back from its cue: the cue's subject follows it
_LAST_CLAUSE_WORD = lazy(
    r"(?r)\b(?i:that|which|whom|was|were|is|are|when|whether|because|while|if|although|though|but|where)\b"
)
_WORD_START = lazy(r"\b\w")
# A verb right before the quotation it introduces ('and claims that "...', 'shouting "...'): whoever its
# subject is, it attributes the quotation
_OPENS_QUOTATION = lazy(r"(?:\s+that)?[,:]?\s*(?:[\"\u201c]|'')")


class Attribution(NamedTuple):
    """A cue and the source beside it (None where no source stands there)."""

    cue: Span
    cue_text: str
    source: Span | None
    source_text: str | None
    kind: str  # cues.PERSON, PRONOUN, ROLE, ORGANISATION, DOCUMENT, VAGUE or UNKNOWN, or a source class

    @property
    def name(self) -> str:
        return self.source_text or "(no source)"


def _source_span(match: regex.Match) -> Span:
    """The source a match read; a named person in an apposition is the source ("the chair, Ann Voss, said")."""
    apposition = match.groupdict().get("apposition")
    if apposition and PERSON_NAME.fullmatch(apposition.strip()):
        offset = match.start("apposition") + match.group("apposition").index(apposition.strip())
        return offset, offset + len(apposition.strip())
    return match.span("source")


class CueReader:
    """Reads the attributions of a text's paragraphs under one lexicon's cue patterns."""

    def __init__(self, text: str, patterns: CuePatterns, vague_source: regex.Pattern | None) -> None:
        self.text = text
        self.patterns = patterns
        self.cues = patterns.finder.scan(text)
        self.vague_source = vague_source

    def paragraph(self, start: int, end: int, quoted: Callable[[int], bool]) -> Iterator[Attribution]:
        """The attributions of the cues in text[start:end] that are not `quoted`."""
        phrase_sources = PhraseSources(self.text, end)
        for cue in self.cues.finditer(start, end):
            if not quoted(cue.start()):
                attribution = self.read_cue(cue, start, end, phrase_sources)
                if attribution is not None:
                    yield attribution

    def read_cue(self, cue: regex.Match, start: int, end: int, phrase_sources: PhraseSources) -> Attribution | None:
        """The attribution a cue makes, with the source beside it where one can be read."""
        patterns, key = self.patterns, cue_key(cue.group())
        if key.lower() in patterns.phrases:
            span = phrase_sources.after(cue.end())
            if span is not None:
                return self.attribution(cue.span(), cue.group(), span)
        elif key in patterns.verbs:
            match = SOURCE_BEFORE_CUE.search(self.text, max(start, cue.start() - _REACH_BEFORE), cue.start())
            if match:
                return self.attribution(cue.span(), cue.group(), self.own_clause(_source_span(match)))
            after = self.source_after(cue, key, end)
            if after is not None:
                return after
        elif key.lower() in patterns.verbs and opens_sentence(self.text, start, cue.start()):
            after = self.source_after(cue, key.lower(), end)  # `Continued Ann Voss: "..."`
            if after is not None:
                return after
        if key.lower() in patterns.core or _OPENS_QUOTATION.match(self.text, cue.end(), end):
            return Attribution(cue.span(), cue.group(), None, None, UNKNOWN)
        return None

    def source_after(self, cue: regex.Match, key: str, end: int) -> Attribution | None:
        """The source after an inverted verb, the longest verb first: `told reporters Ann Voss`."""
        longer = self.patterns.longer.get(key)
        rest = longer.match(self.text, cue.end(), end) if longer is not None else None
        if rest is not None:
            match = SOURCE_AFTER_CUE.match(self.text, rest.end(), end)
            if match:
                span = (cue.start(), rest.end())
                return self.attribution(span, self.text[slice(*span)], _source_span(match))
        match = SOURCE_AFTER_CUE.match(self.text, cue.end(), end)
        return self.attribution(cue.span(), cue.group(), _source_span(match)) if match else None

    def own_clause(self, span: Span) -> Span:
        """The part of a source phrase read back from its cue that is the cue's own subject: the words after
        the last word that opens a clause ("a bill that critics", "the day when Ann Voss"), or, where
        nothing follows a relative pronoun, the phrase it stands for ("a video that" said: "a video")."""
        boundary = _LAST_CLAUSE_WORD.search(self.text, *span)
        if boundary is None:
            return span
        subject = _WORD_START.search(self.text, boundary.end(), span[1])
        if subject is not None:
            return subject.start(), span[1]
        antecedent = self.text[span[0] : boundary.start()].rstrip()
        if boundary.group().lower() in ("that", "which") and _WORD_START.search(antecedent):
            return span[0], span[0] + len(antecedent)
        return span

    def attribution(self, cue: Span, cue_text: str, span: Span) -> Attribution:
        """The cue and its source, less the words that end a source phrase without belonging to it."""
        text = TRAILING.sub("", self.text[span[0] : span[1]].strip()).rstrip(".")
        span = (span[0], span[0] + len(text))
        return Attribution(cue, cue_text, span, text, source_kind(text, self.vague_source))
