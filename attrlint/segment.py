"""Rule-based sentence segmentation tuned for news copy (abbreviations, datelines, quotes).

Its word lists (abbreviations that never or often end a sentence, the words that open one) are
language data, read from `rules/language/english.yaml` through `attrlint.language`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrlint.language import words

_OPENERS = "\"'“‘([{"
STOPS = ".!?…"  # what ends a sentence, and the marks that may close it before the next one opens
CLOSING = "\"'”’)]}"
_SENTENCE_ENDING = re.compile(
    rf"(?<!\S)(?P<word>(?:\S*[^\s{STOPS}])?)(?P<punct>[{STOPS}]+)(?P<close>[{re.escape(CLOSING)}]*)"
    r"(?P<gap>\s+)(?=(?P<next>\S+))"
)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’ -]*[A-Z.]"  # CITY in capitals: "NEW YORK", "ST. LOUIS"
    r"(?:,\s*[A-Z][\w.]*(?:\s[\w.]+)?){0,2}"  # ", Calif.", ", June 5"
    r"(?:\s*\([\w .&/-]{1,30}\))?"  # "(AP)", "(Reuters)"
    r"\s*(?:--|[-—–])\s"
)
_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]|[A-HJ-Z]")
_NON_KEY = re.compile(r"[^\w.]+")
_LEADING_WORD = re.compile(r"[\"'“‘(\[{]*([^\W\d_]+)")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (absolute start, end offsets into text) within text[start:end]."""
    start, end, _ = slice(start, end).indices(len(text))
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text, start, end):
        spans.extend(_block_sentences(text, block_start, block_end))
    return spans


def opens_sentence(text: str, start: int, offset: int) -> bool:
    """Whether the capitalised word at `offset` opens its sentence in the paragraph from `start`: before it,
    past any opening marks, only spaces since `start`, or a stop, any closing marks and spaces, as
    `split_sentences` splits ('... late.'" Said critics', '(... again.) "Critics'). Its abbreviation rules
    aside: they tell an initial from a sentence's end, and a verb or a group that opens a sentence is no
    initial. The one answer for every reading that asks (a cue whose source follows it, a source's capital),
    so that a draft is read alike wherever the question comes up."""
    if not text[offset : offset + 1].isupper():
        return False
    at = offset - 1
    while at >= start and text[at] in _OPENERS:
        at -= 1
    while at >= start and text[at].isspace():
        at -= 1
    while at > start and text[at] in CLOSING:
        at -= 1
    return at < start or text[at] in STOPS


def _blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of the paragraphs in text[start:end] (split on blank lines)."""
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        yield start, match.start()
        start = match.end()
    yield start, end


def _block_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield stripped sentence spans of one paragraph text[start:end]."""
    dateline = _DATELINE.match(text, start, end)
    protected_until = dateline.end() if dateline else start
    sentence_start = start
    for match in _SENTENCE_ENDING.finditer(text, start, end):
        if match.start() >= protected_until and _is_break(match):
            yield from _stripped(text, sentence_start, match.end("close"))
            sentence_start = match.end("gap")
    yield from _stripped(text, sentence_start, end)


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield text[start:end] without surrounding whitespace, unless it is blank."""
    chunk = text[start:end]
    stripped_end = start + len(chunk.rstrip())
    if stripped_end > start:
        yield start + len(chunk) - len(chunk.lstrip()), stripped_end


def _is_break(match: re.Match[str]) -> bool:
    """Decide whether a candidate `word<punct><close> next` ends a sentence."""
    punct = match["punct"]
    if not _starts_sentence(match["next"]):
        return False
    if "!" in punct or "?" in punct:
        return True
    if punct != ".":  # ellipsis: breaks unless it opens a quote ("... We")
        return any(char.isalnum() for char in match["word"])
    if match["close"]:
        return True
    return _period_breaks(match["word"], match["next"])


def _starts_sentence(token: str) -> bool:
    """True if token could open a sentence: capital or digit after any opening quote."""
    head = token.lstrip(_OPENERS + "$£€¥")[:1]
    return head.isupper() or head.isdigit()


def _period_breaks(word: str, next_token: str) -> bool:
    """Decide whether a bare period after word (next word capitalised) ends a sentence."""
    key = _NON_KEY.split(word)[-1]
    if _lookup(key, words("non_final_abbreviations")):
        return False
    if _lookup(key, words("final_abbreviations")) or _ACRONYM.fullmatch(key):
        leading = _LEADING_WORD.match(next_token)
        return bool(leading) and leading.group(1) in words("sentence_starters")
    return True


def _lookup(key: str, table: frozenset[str]) -> bool:
    """Case-aware membership: "Calif" and all-caps "CALIF" both match "Calif"."""
    return key in table or (key.isupper() and key.capitalize() in table)
