"""A vague group whose member is named: "Some observers say the novel will sell. 'It can work,' said Ann Voss."

The reader is told who the group's voices are, so the group is no vague source (`attrlint.source_class`
classes the sources; this module reclasses a vague one once every attribution of a draft is read).
"""

from __future__ import annotations

import bisect

import regex

from attrlint.cue_reading import Attribution
from attrlint.document import Document, span_holding
from attrlint.lazy_regex import lazy
from attrlint.source_class import VAGUE

# A vague group one of whose members the same or the next sentence names as a source ("Some observers say
# ... 'It can work,' said Ann Voss"): the reader is told who they are.
MEMBER_NAMED = "group, a member named"

_QUOTE_MARK = lazy(r"[\u201c\"]|''")  # '': the typewriter's opening mark, as some papers write it
_CAPITALISED = lazy(r"\b\p{Lu}[\p{L}'\u2019-]+")
_NAME_RUN = lazy(r"(?:\p{Lu}[\p{L}'\u2019-]*\.?[^\S\n]+){1,3}\p{Lu}[\p{L}'\u2019-]+")
# "Ms. Voss said", "said Dr. Voss": a title and a surname, no given name
_TITLE_AND_SURNAME = lazy(r"\b\p{Lu}\p{Ll}{1,3}\.\s*\p{Lu}[\p{L}'\u2019-]+\W*\Z")


def with_members_named(doc: Document, attributions: list[Attribution], opening_end: int = 0) -> list[Attribution]:
    """The attributions (sorted by cue), a vague source reclassed as a group whose member is named when, in
    its sentence or the next, a person is quoted by full name ("Some observers say the novel will sell. 'It
    can work,' said Ann Voss, a critic."; the next sentence may open the next paragraph), or by a surname the
    body gave before ("'It can work,' Ms. Voss said"). A person the story opens with (named before the group
    and before `opening_end`, the end of the headlines and the first body paragraph) is whom the story is
    about, who answers the group rather than belongs to it: still vague."""
    text = doc.text
    introduced: list[tuple[int, str, bool]] = []  # cue, surname, whether only a surname names the person
    for a in attributions:
        if a.kind in ("person", "role") and (name := full_name(text, a)):
            introduced.append((a.cue[0], name, False))
        elif a.kind == "person" and (name := surname(text, a)):
            introduced.append((a.cue[0], name, True))
    if not introduced:
        return attributions
    offsets = [offset for offset, _, _ in introduced]
    return [_member_named(doc, a, introduced, offsets, opening_end) if a.kind == VAGUE else a for a in attributions]


def surname(text: str, found: Attribution) -> str | None:
    """The last word of a person source named by a surname, with or without a title ("Voss", "Ms. Voss")."""
    if found.source is None:
        return None
    run = _NAME_RUN.match(text, found.source[0])
    words = _CAPITALISED.findall(run.group() if run else found.source_text or "")
    return words[-1] if words else None


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
    doc: Document, found: Attribution, introduced: list[tuple[int, str, bool]], offsets: list[int], opening_end: int
) -> Attribution:
    start, end = found.cue[1], _next_sentence_end(doc, found)
    own = doc.sentence_at(found.cue[0])
    own_end = own[1] if own is not None else start
    text = doc.text
    index = bisect.bisect_left(offsets, start)
    while index < len(offsets) and offsets[index] < end:
        offset, name, by_surname = introduced[index]
        # a quotation in the group's own sentence is the group's words, unless the member is quoted there too
        quoted_from = start if offset < own_end else max(start, own_end)
        known = not by_surname or named_before(text, name, found.source[0])  # a surname refers back
        subject = named_before(text, name, min(opening_end, found.source[0]))  # whom the story opens with
        if known and not subject and _QUOTE_MARK.search(text, quoted_from, offset):
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
