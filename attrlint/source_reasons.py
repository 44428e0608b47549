"""A reason for anonymity given once for many: for the same source elsewhere in the draft ("three intelligence
sources, who were not authorized to speak, ... One intelligence source said"; "A person familiar with the
planning says ... The person familiar with the planning spoke on condition of anonymity because ..."), or for
every unnamed voice of the story ("who, like many of the others interviewed, requested anonymity to speak
freely").

`attrlint.source_class` looks for the reason in a source's own sentence and the next; this module reclasses
an anonymous source as explained once every attribution of a draft is read, as `attrlint.source_named` does
one that is named nearby.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from attrlint.cue_reading import Attribution
from attrlint.document import Document, Span
from attrlint.lazy_regex import lazy
from attrlint.regex_store import compiled
from attrlint.source_class import ANONYMOUS, EXPLAINED, SourceClasses

# Words that make a source another one than a source described alike ("a third source", "another aide")
_ANOTHER = frozenset("another other second third fourth fifth separate different new additional".split())
_COUNT_WORD = lazy(r"(?i)\A(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\Z")
_LAST_WORD = lazy(r"([\p{L}]+)\s+\Z")  # the word before a description and the spaces after it
_WORDS_AFTER_ACCESS = 2  # "familiar with the planning": the words that tell what the source knows


class CarriedReasons:
    """Where a reason given once covers an anonymous source given none beside it."""

    def __init__(self, classes: SourceClasses, blanket: Sequence[str]) -> None:
        self.classes = classes
        self.last_text: str | None = None
        self.explained_by: dict[regex.Pattern, list[Span]] = {}  # a description -> its spans explained (`explained`)
        self.blanket = compiled("|".join(f"(?:{b})" for b in blanket) or r"(?!)", regex.I)

    def reclassed(self, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
        """The attributions, an anonymous source reclassed as explained when a blanket reason stands in the
        draft or the reason is given for the same source elsewhere."""
        if not any(a.kind == ANONYMOUS for a in attributions):
            return attributions
        everyone = self.blanket_reason(doc)
        return [
            a._replace(kind=EXPLAINED) if a.kind == ANONYMOUS and (everyone or self.explained_elsewhere(doc, a)) else a
            for a in attributions
        ]

    def blanket_reason(self, doc: Document) -> bool:
        """Whether a sentence gives the reason for the anonymity of many of the story's voices at once."""
        for match in self.blanket.finditer(doc.text):
            sentence = doc.sentence_at(match.start())
            if sentence is not None and self.classes.reasons.pattern.search(doc.text, *sentence):
                return True
        return False

    def explained_elsewhere(self, doc: Document, found: Attribution) -> bool:
        """Whether the draft describes the source alike elsewhere ("intelligence sources", "the person
        familiar with the planning") and gives the reason there."""
        pattern = self.description(found.source_text or "")
        if pattern is None or found.source is None:
            return False
        return any(end <= found.source[0] or start >= found.source[1] for start, end in self.explained(doc, pattern))

    def explained(self, doc: Document, pattern: regex.Pattern) -> list[Span]:
        """The descriptions a pattern finds in the draft, not marked as another source's, whose reason is given
        beside them: found once a draft for each pattern, not once for every source described alike."""
        if doc.text is not self.last_text:
            self.last_text, self.explained_by = doc.text, {}
        if pattern not in self.explained_by:
            self.explained_by[pattern] = [
                match.span()
                for match in pattern.finditer(doc.text)
                if not self.marked_another(doc.text, match.start()) and self.classes.reasons.given(doc, match.span())
            ]
        return self.explained_by[pattern]

    def description(self, source: str) -> regex.Pattern | None:
        """A pattern for the words that describe an anonymous source, its count and determiner left out: its
        modifiers, its head (singular or plural) and what it knows ("intelligence sources", "person familiar
        with the planning"). None for a bare head ("a source"), which describes too little to be the same,
        or a source marked as another one ("a third source")."""
        match = self.classes.phrase.match(" ".join(source.split()))
        if match is None:
            return None
        mods = match.group("mods").split()
        if (match.group("det") or "").lower() in _ANOTHER or _ANOTHER.intersection(m.lower() for m in mods):
            return None
        mods = [m for m in mods if not _COUNT_WORD.match(m)]
        head = match.group("head").lower()
        stem = head[:-1] if head.endswith("s") and head[:-1] in self.classes.anonymous else head
        knows = match.group("access") or ""
        if knows:
            rest = match.group(0)[match.end("access") - match.start() :].split()[:_WORDS_AFTER_ACCESS]
            knows = " ".join([*knows.split(), *rest])
        if not mods and not knows:
            return None
        words = [*map(regex.escape, mods), rf"{regex.escape(stem)}s?", *map(regex.escape, knows.split())]
        return _description_pattern(r"\s+".join(words))

    @staticmethod
    def marked_another(text: str, at: int) -> bool:
        """Whether a word before a description marks it as another source ("another senior aide")."""
        before = _LAST_WORD.search(text[max(0, at - 20) : at])
        return before is not None and before.group(1).lower() in _ANOTHER


@lru_cache(maxsize=256)
def _description_pattern(words: str) -> regex.Pattern:
    return compiled(rf"(?i)\b{words}\b")


@lru_cache(maxsize=16)
def carried_reasons(classes: SourceClasses, blanket: tuple[str, ...]) -> CarriedReasons:
    """The patterns of one lexicon, compiled once."""
    return CarriedReasons(classes, blanket)
