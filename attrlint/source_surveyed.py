"""A vague group that a named poll asked: "A Ledger survey of port managers found the plan unknown. Many managers
doubted that it would pass." The group is the survey's respondents, and the reader is told who asked them and how:
no vague source. The survey must be named (by its outlet or pollster, "a Ledger survey", "a poll by the Kestrel
Institute") and must name the group by its head ("of port managers") in the group's paragraph, before it; a survey
with no name ("a recent survey of managers") leaves the group vague.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import regex

from attrlint.cue_reading import Attribution
from attrlint.document import Document, span_holding
from attrlint.lazy_regex import lazy
from attrlint.source_class import VAGUE, lexicon_alternation

# A vague group that is a named survey's respondents
RESPONDENTS = "group, a named survey's respondents"

_REACH = 400  # how far before the group a survey may be named, in characters


@lru_cache(maxsize=16)
def named_survey(surveys: tuple[str, ...]) -> regex.Pattern | None:
    """A survey named by its outlet or pollster, before it or after it, and the words it asked (`asked`)."""
    if not surveys:
        return None
    word = rf"(?i:{lexicon_alternation(surveys)})"
    pollster = r"\s+(?i:by|from|for|conducted\s+by)\s+(?:(?i:the)\s+)?\p{Lu}"
    by_name = rf"(?:\p{{Lu}}[\p{{L}}.&'\u2019-]*\s+){{1,3}}{word}|{word}{pollster}"
    return lazy(rf"(?:{by_name})\b(?P<asked>[^\n.!?]{{0,160}})")


def with_respondents(
    doc: Document, attributions: Sequence[Attribution], head_of: Callable[[str], str], surveys: tuple[str, ...]
) -> list[Attribution]:
    """The attributions, a vague group reclassed as a named survey's respondents where one before it in its
    paragraph asked a group of its head ("a Ledger survey of data operatives" for "Many operatives")."""
    pattern = named_survey(surveys)
    if pattern is None or not any(a.kind == VAGUE for a in attributions):
        return list(attributions)
    return [
        a._replace(kind=RESPONDENTS) if a.kind == VAGUE and _asked(doc, a, pattern, head_of) else a
        for a in attributions
    ]


def _asked(doc: Document, found: Attribution, pattern: regex.Pattern, head_of: Callable[[str], str]) -> bool:
    if found.source is None:
        return False
    index = span_holding(doc.paragraphs, found.source[0])
    start = max(found.source[0] - _REACH, doc.paragraphs[index][0] if index >= 0 else 0)
    head = head_of(found.source_text or "").lower().removesuffix("s")
    if not head:
        return False
    the_head = regex.compile(rf"\b{regex.escape(head)}s?\b", regex.I)
    return any(the_head.search(m.group("asked")) for m in pattern.finditer(doc.text, start, found.source[0]))
