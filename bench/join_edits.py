"""How a paragraph that continues a quotation opens, as copy varies: the edits bench/quote_joins.py
makes to a continuation's opening (its `--variants`), and the text of the edited copy."""

from __future__ import annotations

import re

from attrlint.document import Document

OPENING_MARKS = ('"', "\u201c", "''", "\u2018\u2018", "\u2018\u2019", "\u2019\u2019")  # a pair of single marks too
OPENINGS = ("turned", "ellipsis", "bracket", "innerfirst", "post", "caption")  # made alike in every mode
VARIANTS = ("none", "restyle", "lower", "dash", "inner", *OPENINGS, "samenest")
# The finding each edit of a variant rightly adds: the article's own slip, which the join must not hide.
EXPECTED = {"samenest": "QUO005"}
# What an export joins in between two paragraphs of a quotation (the project's own wording, no article's).
_INTERLUDES = {
    "post": "Proud of every volunteer who came out today #harbour pic.twitter.com/Xk3Pq9Lm2a "
    "\u2014 Harbour Trust (@harbourtrust) May 4, 2018",
    "caption": "Volunteers at the old quay in Eastholm, pictured in 2019",
}
_OPENING_WORDS = {"bracket": re.compile(r"[A-Za-z]+\b"), "innerfirst": re.compile(r"[A-Z][a-z]* [a-z]+(?=[ ,])")}
_FIRST_WORD = re.compile(r"[A-Z][a-z]+\b")
_WORDS = re.compile(r"\s+(?=[a-z])")
# The last two words before a full stop that ends a paragraph (its closing mark, in runs mode, after it).
_LAST_TWO_WORDS = re.compile(r"(?<=\s)[A-Za-z]+ [A-Za-z]+(?=\.(?:\u201d|\"|'')?\s*$)")
_SAME_MARKS = {"\u201c": ("\u201c", "\u201d"), '"': ('"', '"'), "''": ("''", "''")}  # opening: the pair


def variant_edit(doc: Document, index: int, variant: str, curly: bool) -> tuple[int, int, str] | None:
    """The edit of one continuation paragraph's opening (restyle: only a mark in the quotation's own style)."""
    start, end = doc.paragraphs[index]
    mark = start + len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
    char = doc.text[mark]
    after = mark + (2 if doc.text[mark : mark + 2] in OPENING_MARKS else 1)
    if variant in OPENINGS:
        return opening_edit(doc.text, mark, after - mark, doc.text[mark:after], variant)
    if variant == "samenest":
        return samenest_edit(doc.text, doc.paragraphs[index - 1][1], doc.text[mark:after]) if index else None
    if variant == "restyle":
        if (char in "\u201c\u2018") != curly:
            return None
        return mark, after - mark, '"' if char in "\u201c\u2018" else "\u201c"
    if variant == "dash":
        return after, 0, "\u2014 "
    if variant == "lower":
        word = _FIRST_WORD.match(doc.text, after)
        if word and word.group() != "I" and re.search(rf"\b{word.group().lower()}\b", doc.text):
            return after, 1, word.group()[0].lower()
        return None
    if variant == "inner":
        gaps = [m.end() for m in _WORDS.finditer(doc.text, after, end)]
        if len(gaps) < 4:
            return None
        opening, closing = ("\u2018", "\u2019") if char in "\u201c\u2018" else ("'", "'")
        first, last = gaps[1], gaps[3] - 1  # two words, from the second gap up to the space before the fourth
        inner = doc.text[first:last]
        if not re.fullmatch(r"[a-z]+ [a-z]+", inner):
            return None
        return first, last - first, f"{opening}{inner}{closing}"
    return None


def edited(text: str, start: int, end: int, edits: list[tuple[int, int, str]]) -> str:
    pieces, last = [], start
    for offset, length, new in edits:
        if start <= offset < end:
            pieces += [text[last:offset], new]
            last = offset + length
    return "".join(pieces) + text[last:end]


def split_edit(doc: Document, at: int, opening: str, variant: str) -> tuple[int, int, str] | None:
    """The quotation's opening mark inserted at a sentence start, varied as `variant` says (inner: none)."""
    mark = opening if variant != "restyle" else ('"' if opening in "\u201c\u2018\u2018" else "\u201c")
    if variant in OPENINGS:
        return opening_edit(doc.text, at, 0, mark, variant)
    if variant == "samenest":
        slip = samenest_edit(doc.text, at, mark)
        return None if slip is None else (slip[0], at - slip[0], slip[2] + doc.text[slip[0] + slip[1] : at] + mark)
    if variant in ("none", "restyle"):
        return at, 0, mark
    if variant == "dash":
        return at, 0, f"{mark}\u2014 "
    word = _FIRST_WORD.match(doc.text, at)
    if variant == "lower" and word and word.group() != "I" and re.search(rf"\b{word.group().lower()}\b", doc.text):
        return at, 1, f"{mark}{word.group()[0].lower()}"
    return None


def opening_edit(text: str, start: int, length: int, mark: str, variant: str) -> tuple[int, int, str] | None:
    """The edit that opens a continuing paragraph as one of the OPENINGS variants say, whose mark `mark`
    stands at `start` over `length` characters (0: the mark is inserted there); None where it cannot:

    turned      its curly mark turned the wrong way (`\u201d`), as a CMS that smartened it after a tag does
    ellipsis    an ellipsis after the mark (`\u201c\u2026We`)
    bracket     its first word in brackets, an editor's insertion (`\u201c[The] board`)
    innerfirst  its first two words a quotation inside, in single marks (`\u201c\u2018Tie her\u2019 up`)
    post        an embedded post's text and credit line joined in before it
    caption     an image caption joined in before it
    """
    words = start + length
    if variant in _INTERLUDES:
        return start, length, f"{_INTERLUDES[variant]} {mark}"
    if variant == "turned":
        return (start, length, "\u201d") if mark == "\u201c" else None
    if variant == "ellipsis":
        return start, length, f"{mark}\u2026"
    found = _OPENING_WORDS[variant].match(text, words)
    if found is None:
        return None
    single = ("\u2018", "\u2019") if mark in ("\u201c", "\u2018\u2018") else ("'", "'")
    new = f"[{found.group()}]" if variant == "bracket" else f"{single[0]}{found.group()}{single[1]}"
    return start, found.end() - start, f"{mark}{new}"


def samenest_edit(text: str, end: int, mark: str) -> tuple[int, int, str] | None:
    """The last two words before the full stop that ends the text up to `end` quoted inside in the outer
    quotation's own marks (`mark` its opening), the closing mark right before the stop (`the harbour
    plan.` becomes `the \u201charbour plan\u201d.`): the article's own slip (QUO005) at the end of a
    paragraph that a quotation runs on from. None where the text does not end so or the marks are not a
    pair of double marks."""
    marks = _SAME_MARKS.get(mark)
    words = _LAST_TWO_WORDS.search(text, max(0, end - 80), end)
    if marks is None or words is None:
        return None
    return words.start(), len(words.group()), f"{marks[0]}{words.group()}{marks[1]}"
