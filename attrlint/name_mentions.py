"""Where a draft names people: full names, surnames after a title, surnames in an attribution.

A *mention* is a capitalised name where the text shows it is a person: a run of two or more
name words ("Laura Harth", "Sen. Ana Ruiz"), a surname after a title ("Ms. Harth", "Governor
Mendes"), or a surname in an attribution ("Harth said", "according to Harth", "said Harth").
Headlines are left out: their capitals say nothing of names.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import regex

from attrlint.bare_names import joined_to_capitalised
from attrlint.document import Document, span_holding
from attrlint.regex_store import compiled
from attrlint.spans import IndexSet

_NAME = r"(?:\p{Lu}(?:\p{Ll}+|['\u2019]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)*(?:-\p{Lu}\p{Ll}+)*)"
_PARTICLE = r"(?:(?:de|da|di|du|del|della|van|von|der|den|ter|bin|al|la|le|dos|das)\s+){0,2}"
_INITIAL = r"(?:\p{Lu}\.\s*)"
WORD = compiled(rf"(?<![\p{{L}}\p{{N}}@/.])({_NAME})(?![\p{{L}}@]|\.\p{{L}})")
_NICKNAME = r"(?:[\"\u201c][^\"\u201d\n]{1,30}[\"\u201d]\s+)"  # Howard "The Scream" Dean
_NICKNAME_RE = compiled(_NICKNAME)
# A run of capitalised name words: one word alone (what WORD finds), or a full name of two to eight.
_RUN = compiled(
    rf"(?<![\p{{L}}\p{{N}}@/.])({_NAME}(?:\s+{_NICKNAME}?{_INITIAL}{{0,2}}{_PARTICLE}{_NAME}){{0,7}})"
    rf"(?![\p{{L}}@]|\.\p{{L}})"
)
# "according to Dunmoor police": a place or body, not a person
_NOT_A_SURNAME_AFTER = (
    r"(?:police|officials|authorities|residents|council|county|city|state|sources|records|data|figures|"
    r"reports?|documents|court|department|government|officers|prosecutors|investigators)\b"
)
# "[Aa](?i:ccording to)" is "(?i:according to)" (only A and a match an "a" in any case) with a
# first letter the regex engine can look for, which halves the time of this pass.
_AFTER_CUE = compiled(
    rf"\b[Aa](?i:ccording to)\s+({_NAME})(?![\p{{L}}@]|\s+{_NAME}|\s+{_NOT_A_SURNAME_AFTER})"
    rf"|\b(?:said|says|added|asked|wrote)\s+({_NAME})(?=\s*[,.;:!?\u201d\"]|\s*$)"  # "..., said Harth."
)
_PERSON_AFTER = r"(?:,?\s+(?:{verbs})\b|,\s+(?:the|a|an|who|whose)\b|,\s+\d{{1,3}},\s)"


Word = tuple[str, int]  # a capitalised word and its offset


class NameWords(NamedTuple):
    """The patterns and words that tell a person's name, made from the lexicons of the name pack:
    `speech_verbs` ("Harth said"), `titles` ("Ms. Harth") and `not_names` (sentence, calendar and
    place words that are never a name alone)."""

    titled: regex.Pattern
    speaker: regex.Pattern
    person_after: regex.Pattern
    not_names: frozenset[str]
    title_words: frozenset[str]  # every word of a title: a run of them before a surname is not a given name


def name_words(lexicons: Mapping[str, Sequence[str]]) -> NameWords:
    """The name patterns for a rule set's lexicons."""
    keys = ("speech_verbs", "titles", "not_names")
    return _compiled_name_words(*(tuple(lexicons.get(key, ())) for key in keys))


@lru_cache(maxsize=8)
def _compiled_name_words(
    speech_verbs: tuple[str, ...], titles: tuple[str, ...], not_names: tuple[str, ...]
) -> NameWords:
    verbs = "|".join(map(regex.escape, speech_verbs)) or "(?!)"
    title = "|".join(map(regex.escape, titles)) or "(?!)"
    return NameWords(
        titled=compiled(rf"\b(?:{title})\.?\s+({_NAME})(?![\p{{L}}@])"),
        # The name is atomic, (?>...), since a shorter name never meets a space (its next character
        # would be a letter or a hyphen), so the engine need not try one: a third less time.
        speaker=compiled(rf"(?<![\p{{L}}\p{{N}}])(?<!\b(?i:the|a|an)\s)((?>{_NAME}))(?:\s+(?:{verbs})\b)"),
        person_after=compiled(_PERSON_AFTER.format(verbs=verbs)),
        not_names=frozenset(not_names),
        title_words=frozenset(word for phrase in titles for word in phrase.split()),
    )


class Mention(NamedTuple):
    """A surname the text shows to be a person's; `full` is the whole name where one is given."""

    start: int
    end: int
    surname: str
    full: str | None = None  # the person's name as written, e.g. "Laura Harth"
    how: str = "full"  # full, title, speaker (Harth said) or cue (according to Harth)
    words: tuple[str, ...] = ()  # every name word of the run it stands in


@lru_cache(maxsize=4096)
def is_headline(text: str) -> bool:
    """A Markdown heading, a short line with no closing stop, or a line in Title Case.

    A headline's capitals say nothing of names.

    Title Case means most words capitalised: more than 60% of a line with no closing stop, more
    than 75% of one with (a short sentence full of names, "On Monday Laura Harth spoke.", is not).
    """
    if text.lstrip().startswith("#"):
        return True
    initials = "".join(map(_FIRST, text.split()))
    words = _count(initials, str.isalpha, _NOT_ASCII_LETTERS)
    if not words:
        return True
    ends_sentence = text.rstrip().rstrip("\"'\u201d\u2019)")[-1:] in (".", "!", "?", ":")
    if not ends_sentence and words <= 12:
        return True  # a subheading
    capitalised = _count(initials, str.isupper, _NOT_ASCII_CAPITALS)  # an upper-case character is a letter
    return capitalised / words > (0.75 if ends_sentence else 0.6) and words >= 3


_FIRST = itemgetter(0)
_NOT_ASCII_LETTERS = bytes(byte for byte in range(256) if not chr(byte).isalpha() or byte > 127)
_NOT_ASCII_CAPITALS = bytes(byte for byte in range(256) if not chr(byte).isupper() or byte > 127)


def _count(text: str, test: Callable[[str], bool], others: bytes) -> int:
    """How many characters of `text` pass `test`; an ASCII text's are counted by deleting the
    `others` (those of the 128 ASCII characters that fail it), rather than one by one."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, others))
    return sum(map(test, text))


def plain(word: str) -> str:
    """A name with straight apostrophes: O\u2019Neill and O'Neill differ in typography, not spelling."""
    return word.replace("\u2019", "'")


def _spaced_names(run: str, at: int) -> list[Word] | None:
    """The words of a run (at offset `at`) that is only capitalised words of letters and single
    spaces ("Laura Ann Harth"), with their offsets: what `WORD` finds in it. None for any other
    run (an initial, a nickname, a particle, an apostrophe, a hyphen), which `WORD` must read."""
    words = run.split(" ")
    if not all(word.isalpha() and word[0].isupper() for word in words):
        return None
    found = []
    for word in words:
        found.append((word, at))
        at += len(word) + 1
    return found


def _name_words(text: str, start: int, end: int, found: list[Word], not_names: frozenset[str]) -> list[Word]:
    """The name words (and offsets) of a run of capitalised words (`found`, every capitalised word of
    the run), less nicknames and trimmed of sentence, calendar and place words at either end."""
    words = found
    run = text[start:end]
    if '"' in run or "\u201c" in run:
        nicknames = [m.span() for m in _NICKNAME_RE.finditer(text, start, end)]
        words = [(word, at) for word, at in found if not any(a <= at < b for a, b in nicknames)]
    first, last = 0, len(words)
    while first < last and words[first][0] in not_names:
        first += 1
    while last > first and words[last - 1][0] in not_names:
        last -= 1
    return words[first:last]


def _scan_paragraph(
    text: str, start: int, end: int, lexicon: NameWords, taken: list[tuple[int, int]], capitalised: list[Word]
) -> tuple[list[Mention], list[Mention]]:
    """Full-name mentions and single-surname mentions in one paragraph; the spans of both (a full
    name's whole run) are added to `taken`, which is kept sorted. Every capitalised name-like word
    of the paragraph is added to `capitalised`, from the same pass."""
    full: list[Mention] = []
    single: list[Mention] = []
    for match in _RUN.finditer(text, start, end):
        run = match.group(1)
        if run.isalpha() or len(run.split(None, 1)) == 1:  # one word alone
            capitalised.append((run, match.start(1)))
            continue
        found = _spaced_names(run, match.start(1))
        if found is None:
            found = [(word.group(1), word.start(1)) for word in WORD.finditer(text, *match.span(1))]
        capitalised += found
        words = _name_words(text, *match.span(1), found, lexicon.not_names)
        if len(words) >= 2:
            bisect.insort(taken, match.span(1))
            (_, given_at), (surname, at) = words[-2], words[-1]
            if all(word in lexicon.title_words for word, _ in words[:-1]):  # "Governor Mendes", "Vice President Ruiz"
                single.append(Mention(at, at + len(surname), plain(surname), how="title"))
                continue
            name = text[given_at : at + len(surname)]
            spelled = tuple(plain(word) for word, _ in words)
            full.append(Mention(at, at + len(surname), plain(surname), name, "full", spelled))
    for pattern, how in ((lexicon.titled, "title"), (lexicon.speaker, "speaker"), (_AFTER_CUE, "cue")):
        for match in pattern.finditer(text, start, end):
            word, at = match.group(match.lastindex), match.start(match.lastindex)  # the one group that took part
            if word in lexicon.not_names or span_holding(taken, at) >= 0:
                continue
            if how != "title" and joined_to_capitalised(text, at, start):
                continue  # "the Department of Labor said": a body, not a person
            single.append(Mention(at, at + len(word), plain(word), how=how))
            bisect.insort(taken, (at, at + len(word)))
    single.sort(key=lambda mention: mention.start)
    return full, single


def is_title_line(doc: Document, index: int) -> bool:
    """The draft's first paragraph when it reads as a title: one line of 25 words or fewer,
    shorter than the paragraph after it."""
    if index != 0 or len(doc.paragraphs) < 2:
        return False
    first, second = (doc.text[slice(*doc.paragraphs[i])] for i in (0, 1))
    return "\n" not in first and len(first.split()) <= 25 and len(first.split()) < len(second.split())


def find_mentions(doc: Document, lexicon: NameWords) -> tuple[list[Mention], list[Mention]]:
    """Every full-name mention and every single-surname mention, headlines left out."""
    scan = scan_draft(doc, lexicon)
    return scan.full, scan.single


def is_headline_paragraph(doc: Document, index: int) -> bool:
    return _is_headline_at(doc, index, *doc.paragraphs[index])


def _is_headline_at(doc: Document, index: int, start: int, end: int) -> bool:
    return is_headline(doc.text[start:end]) or is_title_line(doc, index)


class Scan(NamedTuple):
    """What `scan_draft` finds: the mentions, the spans they take (a full name's whole run), in order,
    the paragraphs that are headlines, and every capitalised name-like word of the paragraphs (with
    its offset, in order), headlines included."""

    full: list[Mention]
    single: list[Mention]
    taken: list[tuple[int, int]]
    headlines: IndexSet
    capitalised: list[Word]


def scan_draft(doc: Document, lexicon: NameWords) -> Scan:
    """Every full-name mention and single-surname mention, headlines left out."""
    full: list[Mention] = []
    single: list[Mention] = []
    taken: list[tuple[int, int]] = []
    headlines = bytearray(len(doc.paragraphs))  # 1 for a headline
    capitalised: list[Word] = []
    for index, (start, end) in enumerate(doc.paragraphs):
        if _is_headline_at(doc, index, start, end):
            headlines[index] = 1
            capitalised += [(word.group(1), word.start(1)) for word in WORD.finditer(doc.text, start, end)]
            continue
        found_full, found_single = _scan_paragraph(doc.text, start, end, lexicon, taken, capitalised)
        full += found_full
        single += found_single
    return Scan(full, single, taken, IndexSet(headlines), capitalised)
