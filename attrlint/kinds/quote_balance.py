"""The `quote-balance` kind: one kind of quotation-mark problem, from the shared quote analysis.

Two problems come with a fix, made only where the characters around the mark plainly ask for
it: a detached closing mark is put back on the word before, and a misdirected curly mark is
turned round. Re-attaching is safe only after the end of a sentence (`cooperation. “She` ->
`cooperation.” She`): after a bare word or a comma (`cooperation “She spoke.`) the copy still
needs a full stop or a lower-case verb that only an editor can choose, so that fix is unsafe.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterator

from attrlint import quote_analysis
from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.finding import SAFE, UNSAFE, Edit, Fix
from attrlint.kinds.base import Hit, Kind, Option

_TURNED = {"\u201c": "\u201d", "\u201d": "\u201c", "\u2018": "\u2019", "\u2019": "\u2018"}
_OPENING_GLYPHS = "\u201c\u2018"
_CLOSING_FOR_DETACHED = {"\u201c": "\u201d", "\u201d": "\u201d", '"': '"'}
_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019"
_PUNCTUATION_BEFORE_CLOSING = frozenset({"Po", "Pe", "Pf"})  # other, closing bracket, final quote
_SENTENCE_ENDS = ".!?\u2026"  # a mark re-attached after one of these leaves finished copy
_OPENS_AFTER = "([{\u2014\u2013-/"  # characters a quotation may open after, besides space
_CLOSES_BEFORE = ".,;:!?)]}\u2014\u2013-\u2026"  # characters a quotation may close before, besides space


class QuoteBalance(Kind):
    name = "quote-balance"
    summary = "Flags one kind of problem with quotation marks (see `problem`)."
    placeholders = frozenset({"mark", "word", "place", "curly", "straight"})
    options = {
        "problem": Option("str", quote_analysis.UNCLOSED, "Which problem this rule reports.", quote_analysis.PROBLEMS),
        "narration_verbs": Option("list", [], "Verbs of narration that show a closing mark was lost.", extends=True),
    }
    settings = ("narration_verbs",)
    fixes = True

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        wanted = self.opts["problem"]
        analysis = analyses.quotes
        turned = wanted == quote_analysis.MISDIRECTED  # its fix leaves a mark that is also detached alone
        detached = frozenset(analysis.found.starts_of(quote_analysis.DETACHED)) if turned else ()
        for start, end, values in analysis.found.spans_of(wanted):  # no `Problem` made: there may be millions
            yield Hit(start, end, values, None, _fix(doc.raw, wanted, start, end, detached))


def _fix(text: str, check: str, start: int, end: int, detached: Collection[int]) -> Fix | None:
    """The fix for a problem of `check` at start:end; `detached` holds where the draft's detached marks stand."""
    applicability = SAFE
    if check == quote_analysis.DETACHED:
        edit = reattach(text, start, end)
        applicability = SAFE if text[start - 2] in _SENTENCE_ENDS else UNSAFE
    elif check == quote_analysis.MISDIRECTED:
        edit = turn(text, start, end, detached)
    else:
        edit = None
    return Fix((edit,), applicability) if edit is not None else None


def reattach(text: str, start: int, end: int) -> Edit | None:
    """`words “She` -> `words” She`: a detached mark made a closing mark on the word before.

    Only before a capital, where a new sentence starts; before a lower-case word (`relatives
    “abroad.`) the quotation may end after that word instead, so no fix is safe.
    """
    if end != start + 1 or text[start] not in _CLOSING_FOR_DETACHED or start < 2 or text[start - 1] != " ":
        return None
    before, after = text[start - 2], text[end : end + 1]
    if not (after.isupper() and _may_close_after(before)):
        return None
    return Edit(start - 1, end, _CLOSING_FOR_DETACHED[text[start]] + " ")


def _may_close_after(char: str) -> bool:
    """A letter, or punctuation a quotation closes after (not a dash, bracket or quotation mark)."""
    if char.isalpha():
        return True
    return unicodedata.category(char) in _PUNCTUATION_BEFORE_CLOSING and char not in _QUOTE_CHARS


def turn(text: str, start: int, end: int, detached: Collection[int]) -> Edit | None:
    """A curly mark turned round, where the characters around it plainly ask for the other glyph.

    A mark the quote analysis also finds detached (its start is in `detached`) is left to that fix:
    turning it would not help.
    """
    if end != start + 1 or text[start] not in _TURNED:
        return None
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    wanted = _closes_here(before, after) if text[start] in _OPENING_GLYPHS else _opens_here(before, after)
    if not wanted or start in detached:
        return None
    return Edit(start, end, _TURNED[text[start]])


def _opens_here(before: str, after: str) -> bool:
    return (before.isspace() or before in _OPENS_AFTER) and after.isalnum()


def _closes_here(before: str, after: str) -> bool:
    return (before.isalnum() or before in ".,;:!?\u2026") and (after.isspace() or after in _CLOSES_BEFORE)
