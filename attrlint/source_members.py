"""A vague group whose member is named: "Some observers say the novel will sell. 'It can work,' said Ann Voss."

The reader is told who the group's voices are, so the group is no vague source (`attrlint.source_class`
classes the sources; this module reclasses a vague one once every attribution of a draft is read).
"""

from __future__ import annotations

import bisect

import regex

from attrlint.cue_reading import Attribution
from attrlint.document import Document, span_holding
from attrlint.source_class import VAGUE

# A vague group one of whose members the same or the next sentence names as a source ("Some observers say
# ... 'It can work,' said Ann Voss"): the reader is told who they are.
MEMBER_NAMED = "group, a member named"

_QUOTE_MARK = regex.compile(r"[\u201c\"]|''")  # '': the typewriter's opening mark, as some papers write it
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}'\u2019-]+")
_NAME_RUN = regex.compile(r"(?:\p{Lu}[\p{L}'\u2019-]*\.?[^\S\n]+){1,3}\p{Lu}[\p{L}'\u2019-]+")
# "Ms. Voss said", "said Dr. Voss": a title and a surname, no given name
_TITLE_AND_SURNAME = regex.compile(r"\b\p{Lu}\p{Ll}{1,3}\.\s*\p{Lu}[\p{L}'\u2019-]+\W*\Z")


def with_members_named(doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions (sorted by cue), a vague source reclassed as a group whose member is named when, in
    its sentence or the next, a person the draft has not named before is quoted ("Some observers say the
    novel will sell. 'It can work,' said Ann Voss, a critic."; the next sentence may open the next
    paragraph). A person named before ("'It can work,' Voss said") may be someone else: still vague."""
    introduced = [
        (a.cue[0], name) for a in attributions if a.kind in ("person", "role") and (name := full_name(doc.text, a))
    ]
    if not introduced:
        return attributions
    offsets = [offset for offset, _ in introduced]
    return [_member_named(doc, a, introduced, offsets) if a.kind == VAGUE else a for a in attributions]


def full_name(text: str, found: Attribution) -> str | None:
    """The surname of a source with a full name ("Ann Voss", "Mayor Ann Voss", "Gov. Ann Voss", which the
    cue reader may cut at the title's stop), else None. "Ms. Voss" is no full name: a title and a surname
    refer back to someone named before (or, in a draft, someone whose first mention was cut)."""
    if found.source is None:
        return None
    start, end = found.source
    words = _CAPITALISED.findall(found.source_text or "")
    if len(words) < 2 and (run := _NAME_RUN.match(text, start)):
        words, end = _CAPITALISED.findall(run.group()), run.end()
    if len(words) < 2 or _TITLE_AND_SURNAME.search(text[max(0, start - 6) : end]):
        return None
    return words[-1]


def named_before(text: str, surname: str, end: int) -> bool:
    """Whether the surname stands in the text before `end`: a person named before may be someone else."""
    return regex.search(rf"\b{regex.escape(surname)}\b", text[:end]) is not None


def _member_named(
    doc: Document, found: Attribution, introduced: list[tuple[int, str]], offsets: list[int]
) -> Attribution:
    start, end = found.cue[1], _next_sentence_end(doc, found)
    own = doc.sentence_at(found.cue[0])
    own_end = own[1] if own is not None else start
    text = doc.text
    index = bisect.bisect_left(offsets, start)
    while index < len(offsets) and offsets[index] < end:
        offset, surname = introduced[index]
        # a quotation in the group's own sentence is the group's words, unless the member is quoted there too
        quoted_from = start if offset < own_end else max(start, own_end)
        if _QUOTE_MARK.search(text, quoted_from, offset) and not named_before(text, surname, found.source[0]):
            return found._replace(kind=MEMBER_NAMED)
        index += 1
    return found


def _next_sentence_end(doc: Document, found: Attribution) -> int:
    """Where the sentence after the cue's sentence ends (the next paragraph's first for a paragraph's last)."""
    paragraph = span_holding(doc.paragraphs, found.cue[0])
    if paragraph < 0:
        return found.cue[1]
    sentences = doc.sentences_in(paragraph)
    index = span_holding(sentences, found.cue[0])
    if 0 <= index < len(sentences) - 1:
        return sentences[index + 1][1]
    following = doc.sentences_in(paragraph + 1) if paragraph + 1 < len(doc.paragraphs) else []
    return following[0][1] if following else doc.paragraphs[paragraph][1]
