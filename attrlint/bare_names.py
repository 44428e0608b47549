"""Capitalised words anywhere in a draft that stand for a person's surname, and the evidence that
tells such a word from an ordinary one.

The name analysis finds people where the text shows them (a full name, a title, an attribution).
A surname is written in many other places: bare in running prose ("the coach said Okafor would
start"), possessive, attributive ("the Mendes campaign"), in a list, inside a quotation, in a
headline. Every capitalised word that is a person's surname, or close enough to one to be that
surname misspelt, is a *bare* mention here, unless the draft shows it is an ordinary word:

- the draft uses it in lower case too ("hart" beside "Hart");
- it is one of the name pack's `not_names`;
- it is a common English word (`word_frequencies.tsv`, made from wordfreq by
  `bench/word_frequencies.py`) and its capital says nothing of a name: at the start of a sentence,
  in a headline, or beside other capitalised words, as in an organisation's name or a title
  ("Department of Labor", "The Long Walk Home"). A capital mid-sentence, on a word alone, marks a
  proper noun, so there only a very common word ("Bill", "Arab") is taken for an ordinary one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from attrlint.document import Document, has_whole_word, span_holding
from attrlint.packindex import builtin_packs_dir
from attrlint.regex_store import compiled

FREQUENCIES = "names/word_frequencies.tsv"  # word<TAB>Zipf frequency, in the built-in names pack
# Zipf frequencies (log10 of uses per billion words) from which a word is taken for an ordinary
# one: any word of the list where a capital says nothing, a very common one where it marks a name.
ORDINARY_WHERE_CAPITAL_SAYS_NOTHING = 0.0
ORDINARY_WHERE_CAPITAL_MARKS_A_NAME = 4.0  # about once in 100,000 words
_BEFORE_A_SENTENCE = frozenset(".!?:;")
_OPENING = frozenset(" \t\n\"'\u201c\u2018(\u00ab[*_#>-\u2014\u2013")
_JOINING = frozenset({"of", "for", "and", "the", "de", "du", "&"})  # "Bank of England", "Johnson & Johnson"
_JOINING_ENDS = tuple(_JOINING)
_HYPHENATED = compiled(r"[^-]+")
_WORD_OF, _OFFSET = itemgetter(0), itemgetter(1)
_LOOKED_FOR_ONE_BY_ONE = 40
_PUNCTUATION = "\"'\u201c\u201d\u2018\u2019()[]{}.,;:!?*_-\u2014\u2013"


class Token(NamedTuple):
    """A capitalised word of the draft: where it stands, and whether it is part of a hyphenated word."""

    word: str
    start: int
    paragraph: int
    hyphenated: bool


class WordFrequencies:
    """Common English words (three letters or more, lower case) -> Zipf frequency, as written.

    A short draft asks about a few words: each is found in the list's text, and the 28,000 lines are
    read into a dict only once a draft has asked about many (reading them all was a tenth of the
    start-up of a one-paragraph check).
    """

    FOUND_IN_TEXT = 64  # words looked up in the text before the list is read into a dict

    def __init__(self, text: str) -> None:
        self._text = "\n" + text
        self._table: dict[str, str] | None = None
        self._asked = 0

    def get(self, word: str) -> str | None:
        if self._table is None:
            self._asked += 1
            if self._asked <= self.FOUND_IN_TEXT:
                return self._found(word)
            words = iter(self._text.split())
            self._table = dict(zip(words, words, strict=False))  # word, frequency, word, ...
        return self._table.get(word)

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def _found(self, word: str) -> str | None:
        if not word or any(char.isspace() for char in word):
            return None  # the list's words hold no spaces
        at = self._text.find(f"\n{word}\t")
        if at < 0:
            return None
        start = at + len(word) + 2
        end = self._text.find("\n", start)
        return self._text[start : end if end >= 0 else len(self._text)]


@lru_cache(maxsize=1)
def word_frequencies() -> WordFrequencies:
    """The frequency list of the built-in names pack."""
    return WordFrequencies((builtin_packs_dir() / FREQUENCIES).read_text(encoding="utf-8"))


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _previous(text: str, start: int, floor: int) -> str:
    """The word before `start`, where a space comes between them."""
    window = text[max(floor, start - 40) : start]
    words = window.split() if window[-1:].isspace() else ()
    return words[-1] if words else ""


def _next(text: str, end: int, ceiling: int) -> str:
    """The word after `end`, where a space comes between them."""
    window = text[end : min(ceiling, end + 40)]
    words = window.split() if window[:1].isspace() else ()
    return words[0] if words else ""


def starts_sentence(text: str, start: int, floor: int) -> bool:
    """The first word of a paragraph or sentence, opening marks and brackets passed over."""
    at = start
    while at > floor and text[at - 1] in _OPENING:
        at -= 1
    return at == floor or text[at - 1] in _BEFORE_A_SENTENCE


def starts_sentence_after_no_title(doc: Document, start: int, titles: Collection[str]) -> bool:
    """The word at `start` starts a sentence, and the stop before it ends no title ("Gov. Mike")."""
    before = doc.text[max(0, start - 30) : start].split()
    if before and before[-1].rstrip(".") in titles:
        return False
    paragraph = span_holding(doc.paragraphs, start)
    return starts_sentence(doc.text, start, doc.paragraphs[paragraph][0] if paragraph >= 0 else 0)


def in_capitalised_phrase(text: str, start: int, end: int, span: tuple[int, int]) -> bool:
    """Beside another capitalised word, or joined to one by `of`, `and`, `the` (a body or a title)."""
    before, after = _previous(text, start, span[0]), _next(text, end, span[1])
    if _is_capitalised(before.strip("\"'\u201c\u2018(")) or _is_capitalised(after.strip(",.;:!?\"'\u201d\u2019)")):
        return True
    if joined_to_capitalised(text, start, span[0]):
        return True
    return after.lower() in _JOINING and _is_capitalised(_next(text, end + 1 + len(after), span[1]))


def spellings(found: Iterable[tuple[str, int]]) -> set[str]:
    """Each spelling of the capitalised name-like words `found` (with their offsets) once, each name of
    a hyphenated pair on its own ("the Clinton-Sanders debate"): what `capitalised_words` can give."""
    names = set(map(_WORD_OF, found))
    hyphenated = {name for name in names if "-" in name}
    return names - hyphenated | {part for name in hyphenated for part in _HYPHENATED.findall(name)}


def capitalised_words(found: Sequence[tuple[str, int]], kept: Collection[str]) -> list[tuple[str, int, bool]]:
    """(word, offset, part of a hyphenated word) for every capitalised name-like word `found` (with its
    offset, in order) spelled as one of `kept`, each name of a hyphenated pair on its own, in order."""
    words = [(name, at, False) for name, at in compress(found, map(kept.__contains__, map(_WORD_OF, found)))]
    if not any("-" in name for name in set(map(_WORD_OF, found))):
        return words  # no hyphenated name, so no part of one
    for name, at in found:
        if "-" in name:
            parts = _HYPHENATED.finditer(name)
            words += [(part.group(), at + part.start(), True) for part in parts if part.group() in kept]
    return sorted(words, key=_OFFSET)


def joined_to_capitalised(text: str, start: int, floor: int) -> bool:
    """After `of`, `and`, `the` and a capitalised word: part of a body's name ("Department of Labor")."""
    if not text[max(floor, start - 5) : start].rstrip().lower().endswith(_JOINING_ENDS):
        return False  # the quick test: no joining word just before
    before = _previous(text, start, floor)
    return before.lower() in _JOINING and _is_capitalised(_previous(text, start - len(before) - 1, floor))


def tokens(doc: Document, words: list[tuple[str, int, bool]], taken: list[tuple[int, int]]) -> Iterator[Token]:
    """The words (from `capitalised_words`) outside the spans `taken`, the mentions already found."""
    for name, at, hyphenated in words:
        if span_holding(taken, at) >= 0:
            continue
        paragraph = span_holding(doc.paragraphs, at)
        if paragraph >= 0:
            yield Token(name, at, paragraph, hyphenated)


def capital_marks_name(doc: Document, token: Token, headlines: Collection[int]) -> bool:
    """Whether the word's capital shows it to be a proper noun: not in a headline, not at the start of
    a sentence, not beside other capitalised words, not part of a hyphenated word ("Franco-Algerian")."""
    if token.hyphenated or token.paragraph in headlines:
        return False
    span = doc.paragraphs[token.paragraph]
    end = token.start + len(token.word)
    return not (
        starts_sentence(doc.text, token.start, span[0]) or in_capitalised_phrase(doc.text, token.start, end, span)
    )


def lower_case_words(text: str, words: Collection[str]) -> frozenset[str]:
    """Those of `words` (lower case) that the text also writes in lower case, as whole words.

    A few words are looked for one by one (a substring search, then its edges); many are looked
    up in the draft's words, read once, so that a draft of thousands of names stays linear."""
    if len(words) > _LOOKED_FOR_ONE_BY_ONE:
        present = {word.strip(_PUNCTUATION) for word in text.split()}
        return frozenset(word for word in words if word in present)
    return frozenset(word for word in words if has_whole_word(text, word))


def is_ordinary(word: str, capital_marks_name: bool) -> bool:
    """A common English word whose capital does not show it to be a name."""
    zipf = word_frequencies().get(word.casefold())
    if zipf is None:
        return False
    limit = ORDINARY_WHERE_CAPITAL_MARKS_A_NAME if capital_marks_name else ORDINARY_WHERE_CAPITAL_SAYS_NOTHING
    return float(zipf) >= limit
