"""Single marks that are no quotation marks: apostrophes (`'90s`, `rock 'n' roll`, `O'Brien`, `Jones'`),
apostrophes typed apart or turned (`isn \u2018t`, `didn\u2018t`), and foot marks (`6' high`)."""

from __future__ import annotations

import re

from attrlint.function_words import is_function_word
from attrlint.quote_marks import OPENING, WORD_AFTER, Mark

_ELISION = re.compile(r"(?:em|n|til|tis|twas|cause|bout|round|cuz|nuff|kay)\b", re.I)
_CONTRACTION = re.compile(r"(?:t|s|re|ve|ll|d|m)(?=[ \t][a-z]|[.,;:!?)](?:\s|$)|$)")
_TURNED_CONTRACTION = re.compile(r"(?:t|s|re|ve|ll|d|m)\b")
_DECADE = re.compile(r"\d0s\b")
_INCHES_AFTER = re.compile(r"\s?\d{1,2}[\"\u201d\u2033]")


def is_spaced_apostrophe(text: str, i: int) -> bool:
    """An apostrophe typed apart from its word, by a space before it (`isn ‘t`, `don ’t`, `Jerusalem ‘s`; not
    `in 't Veld`) or after it (`don’ t`, `it’ s`)."""
    if not text[i - 1 : i].isalpha():
        return text[i - 1 : i] == " " and text[i - 2 : i - 1].isalpha() and bool(_CONTRACTION.match(text, i + 1))
    return text[i + 1 : i + 2] == " " and bool(_CONTRACTION.match(text, i + 2))


def is_turned_apostrophe(text: str, i: int) -> bool:
    """An opening single mark typed for an apostrophe: in a contraction (`didn‘t`, `it‘s`) or before a decade
    in the reporter's words (`the ‘90s`, `mid-‘80s`). An opening mark inside a transliterated name
    (`Shi‘a`, `Ba‘ath`, for the ayn) is left alone."""
    if text[i] != "\u2018":
        return False
    before = text[i - 1 : i]
    if before.isalpha():
        return bool(_TURNED_CONTRACTION.match(text, i + 1))
    after_a_word = before == "-" or (before == " " and text[i - 2 : i - 1].islower())
    return after_a_word and bool(_DECADE.match(text, i + 1))


def is_apostrophe(text: str, i: int) -> bool:
    """A single mark inside a word, before a year or an elided word, or after a plural s."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    if not before.isalnum() and (after.isdigit() or _ELISION.match(text, i + 1)):
        return True
    if after in "sS" and not text[i + 2 : i + 3].isalpha() and (before.isspace() or before == "["):
        return True  # a possessive typed apart: `Jerusalem \u2018s`, `decedent[\u2018s]`
    if before == "-" and text[i - 2 : i - 1].isalpha() and after.isalpha():
        return True  # a transliteration: `Al-\u2018Umar`
    if text[i] in "'\u2019" and before.isdigit() and (_before_a_noun(text, i) or _INCHES_AFTER.match(text, i + 1)):
        return True  # a foot mark: `6' high`, `6\u2019 2\u201d`
    return text[i - 2 : i] == "'n" or text[i - 2 : i] == "\u2019n" or text[i - 2 : i] == "\u2018n"


def _before_a_noun(text: str, i: int) -> bool:
    """A measure like `a 12" pizza` or `6' high`: a mark after a number, then a lower-case word."""
    return text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()


def closers_later(singles: list[Mark]) -> list[bool]:
    """For each single mark, whether a mark that does not open comes after it in its paragraph."""
    later = [False] * len(singles)
    for position in range(len(singles) - 2, -1, -1):
        later[position] = later[position + 1] or singles[position + 1].context != OPENING
    return later


def is_possessive(text: str, mark: Mark, closer_later: bool) -> bool:
    """`the students' union`, `goin' home`: after s or n, before a lower-case word, with a closer to come.

    A quotation that ends in s or n before `and`, `from` or the like (`\u2018Boasters\u2019 and`) is not one.
    """
    before = text[mark.offset - 1 : mark.offset]
    next_word = WORD_AFTER.match(text, mark.end + 1).group() if text[mark.end : mark.end + 1] == " " else ""
    if before not in ("s", "n") or not next_word[:1].islower() or is_function_word(next_word):
        return False
    return closer_later
