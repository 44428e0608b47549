"""Whether a quotation runs on: over a paragraph break, or over paragraph breaks the copy lost.

A quotation over several paragraphs opens each with a mark and closes only the last. Where a CMS
or wire feed joined the paragraphs with a space, the same quotation reads `She said: "First part.
"Second part. "Third part."` on one line: an open quotation, then a new opening mark at the start
of a sentence. Read as marks alone, that is an unclosed quotation and a detached mark; read as
what it is, it is one quotation whose paragraph breaks were lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from attrlint.quote_marks import OPENING, Mark

# Narration inside a quotation ("..., the mayor said. More", "..., Jo Bond, 30, of Leeds, said") shows
# its closing mark was lost; the verbs are the quotes pack's `narration_verbs`.
_NARRATION = (
    r"[,.!?]\s+(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?|(?:the\s+)?(?!(?:I|We)\s)[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){{0,3}})\s+"
    r"(?:{verbs})"
    r"(?:\s+(?!that\b)[\w\u2019'-]+){{0,3}}\s*(?:[.,;]|$)"
    r"|,\s+(?:{verbs})\s+(?:the\s+)?[A-Z]"
    r"|,\s+[A-Z](?:[^.!?\u201c\u201d\"\n]|\.(?=\S)){{0,100}}?\s(?:{verbs})\b(?!\s+that\b)"
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?:\u2026][\u2019')\]]?\s+$")  # a stop or a colon (`Here they are: "Has`)
_SINGLE_OPENING = re.compile(r"(?:^|\s)[\u2018']\w")
# A paragraph of quoted speech: lost breaks are only read between quoted runs at least this long,
# so a short quotation whose closing mark was dropped (`"Yes. "No," she said`) is still reported.
MIN_WORDS_JOINED = 6
# How far back from a mark the run before it is read: a paragraph's worth, so that a long line of
# marks that never open a lost paragraph is read in time proportional to its length.
RUN_WINDOW = 2000


@lru_cache(maxsize=8)
def narration(verbs: tuple[str, ...]) -> re.Pattern:
    """The pattern of narration inside a quotation, for a lexicon of narration verbs."""
    return re.compile(_NARRATION.format(verbs="|".join(map(re.escape, verbs)) or "(?!)"))


def may_run_on(text: str, first: Mark, mark: Mark, end: int, narrated: re.Pattern, window: int = 0) -> bool:
    """Whether a quotation opened at `first` (its current paragraph at `mark`) can run on past `end`
    (reading only the last `window` characters before `end`, where that is set).

    A fragment or title opened mid-sentence ("called it \u201cunfair and) closes before the
    paragraph ends, and narration inside the open quotation ("..., the mayor said.") shows its closing
    mark was lost: neither is the multi-paragraph convention.
    """
    start = max(mark.end, end - window) if window else mark.end
    quoted = text[start:end].lstrip("\u201c\u2018\"' ")
    fragment = quoted[:1].islower() or _inside_a_sentence(text, mark)
    if mark is first and fragment and not _SENTENCE_BREAK.search(quoted.rstrip()):
        return False  # a fragment that goes on into whole sentences may still run on
    return not narrated.search(quoted)


def _inside_a_sentence(text: str, mark: Mark) -> bool:
    """An opening mark straight after a word (`called it \u201cA Farce`): a title or fragment."""
    before = text[max(0, mark.offset - 3) : mark.offset].rsplit("\n", 1)[-1].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "\u2019'")


def lost_breaks(
    text: str, marks: Sequence[Mark], carried: tuple[Mark, Mark] | None, continues: bool, narrated: re.Pattern
) -> set[int]:
    """The offsets of the marks of one paragraph that open a paragraph of the quotation before them,
    joined to it when the paragraph breaks were lost; empty unless the paragraph's marks, read so,
    pair and the quotation closes in the paragraph (or `continues` into the next).

    `carried` is the (first, current) mark of a quotation carried in from the paragraph before.
    """
    stack: list[list[Mark]] = [list(carried)] if carried else []
    found: list[Mark] = []
    previous: Mark | None = None
    for mark in marks:
        # A run holding a quotation in its own marks (`in \u201ca race.\u201d \u201cBut`) is not a paragraph's worth.
        alone = len(stack) == 1 and (previous is None or previous is stack[0][1] or previous.curly != mark.curly)
        if alone and _continues(text, stack[0], mark, narrated):
            found.append(mark)
            stack[0][1] = mark
        elif mark.works_as(bool(stack)) == OPENING:
            stack.append([mark, mark])
        elif stack:
            stack.pop()
        previous = mark
    if not found or len(stack) > 1:
        return set()
    offsets = {mark.offset for mark in found}
    return offsets if _pairs_without(marks, offsets, carried is not None) <= int(continues) else set()


def _continues(text: str, opened: list[Mark], mark: Mark, narrated: re.Pattern) -> bool:
    """A mark opening a sentence inside an open quotation of whole sentences, a paragraph long, in the
    quotation's style."""
    first, current = opened
    if mark.curly != current.curly:
        return False  # `"Excerpt. “Quoted in it,” she said."`: a quotation inside
    if mark.context != OPENING or not _SENTENCE_END.search(text, max(0, mark.offset - 4), mark.offset):
        return False
    after = text[mark.end : mark.end + 1]
    if not (after.isupper() or after.isdigit() or after in "\u2018'"):
        return False
    quoted = text[max(current.end, mark.offset - RUN_WINDOW) : mark.offset]
    if quoted.rstrip()[-1:] in "\u2019'" and not _SINGLE_OPENING.search(quoted):
        return False  # `baristas.\u2019 \u201cRemember`: a closing double mark typed as a single one
    if len(quoted.split()) < MIN_WORDS_JOINED:
        return False
    return may_run_on(text, first, current, mark.offset, narrated, RUN_WINDOW)


def _pairs_without(marks: Sequence[Mark], found: set[int], carried: bool) -> int:
    """How many quotations the marks not at the offsets `found` leave open, read in turn (a large
    number where a closing mark closes nothing)."""
    depth = int(carried)
    for mark in marks:
        if mark.offset in found:
            continue
        if mark.works_as(depth > 0) == OPENING:
            depth += 1
        elif depth:
            depth -= 1
        else:
            return len(marks)
    return depth
