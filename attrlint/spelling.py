"""How alike two spellings of a name are: folded, by edits, by sound, and whether one misspells the other.

A surname misspelled is the same first letter and one edit away (a letter dropped, doubled or
changed, two letters swapped), or two edits away in a long name that sounds the same; a name too
short to judge is never one, and case, diacritics and the style of apostrophe never count. A
plural or possessive is the same name, not a misspelling, and a given name's short form (Pete,
Peter) is another name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name without case, diacritics or apostrophe style: Zélenskyy = ZELENSKYY, O\u2019Neill = O'Neill."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix, found by comparing halves (fast on long names)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def within_edits(a: str, b: str, limit: int) -> bool:
    """Whether the optimal string alignment distance of `a` and `b` (insertions, deletions, substitutions and
    transpositions) is at most `limit`, for a small limit, in time about linear in the names.

    Letters the two share at either end are passed over, then each way to spend one edit on the
    first letter that differs is tried: a long name is read a few times, not once for each letter
    of the other.
    """
    start = _common_prefix(a, b)
    a, b = a[start:], b[start:]
    end = _common_prefix(a[::-1], b[::-1])
    a, b = a[: len(a) - end], b[: len(b) - end]
    if not a or not b:
        return max(len(a), len(b)) <= limit
    if limit == 0 or abs(len(a) - len(b)) > limit:
        return False
    swapped = len(a) > 1 and len(b) > 1 and a[0] == b[1] and a[1] == b[0]
    return (
        within_edits(a[1:], b[1:], limit - 1)
        or within_edits(a[1:], b, limit - 1)
        or within_edits(a, b[1:], limit - 1)
        or (swapped and within_edits(a[2:], b[2:], limit - 1))
    )


_NO_VOWELS = str.maketrans("", "", "aeiou")
_RUN_OF_A_LETTER = re.compile(r"(.)\1+", re.S)


def sound_key(name: str) -> str:
    """A rough key for names that sound alike: doubled letters, vowels after the first, y/i, ph/f, ck/k."""
    key = fold(name)
    for old, new in (("ph", "f"), ("ck", "k"), ("q", "k"), ("z", "s"), ("y", "i"), ("w", "v")):
        key = key.replace(old, new)
    key = key[:1] + key[1:].translate(_NO_VOWELS)
    return _RUN_OF_A_LETTER.sub(r"\1", key)


@lru_cache(maxsize=65536)
def same_person_spelling(a: str, b: str) -> bool:
    """Whether two different surnames are close enough to be one name misspelled."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    shortest, longest = sorted((len(fa), len(fb)))
    if fa[0] != fb[0] or shortest < 3 or (shortest == 3 and longest != 4):
        return False  # too short to tell a misspelling from another name, bar a letter lost (Cruz, Cuz)
    if within_edits(fa, fb, 1):
        return True
    return shortest >= 7 and sound_key(a) == sound_key(b) and within_edits(fa, fb, 2)


def is_plural_or_possessive(variant: str, surname: str) -> bool:
    """`Harths` or `Harth's` beside `Harth`, either way round: the same name, not a misspelling."""
    longer, shorter = (variant, surname) if len(variant) > len(surname) else (surname, variant)
    if shorter.endswith("s") and longer == shorter + "s":
        return False  # Sanders' plural is Sanderses: Sanderss is a typo
    return longer in (shorter + "s", shorter + "es", shorter + "'s", shorter + "\u2019s")


def neither_begins_the_other(name: str, other: str) -> bool:
    """Korea and Korean, Scout and Scouts: one begins the other, so it is another form of a word, not a misspelling."""
    if fold(name) == fold(other):
        return other != name  # García and Garcia: a diacritic lost
    return not (fold(name).startswith(fold(other)) or fold(other).startswith(fold(name)))


def is_derived_word(word: str, base: str, endings: Iterable[str]) -> bool:
    """Whether `word` is `base` with one of `endings` ("i", or "s>n" for a final s replaced by n):
    Virginian from Virginia, Iraqi from Iraq, Texan from Texas."""
    folded, stem = fold(word), fold(base)
    for ending in endings:
        old, _, new = ending.rpartition(">")
        if stem.endswith(old) and len(stem) - len(old) >= 3 and folded == stem[: len(stem) - len(old)] + new:
            return folded != stem + stem[-1]  # a letter doubled is a misspelling, not an ending ("Rossii")
    return False


def close_given_names(a: str, b: str) -> bool:
    """One edit or a diacritic apart, and not a short form of the other (Pete, Peter)."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return a != b  # Zoë and Zoe
    if fa.startswith(fb) or fb.startswith(fa):
        return False
    return fa[:1] == fb[:1] and min(len(fa), len(fb)) >= 3 and within_edits(fa, fb, 1)
