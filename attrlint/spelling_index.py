"""Which names of a draft are spelled alike, found without comparing every name with every other.

`same_person_spelling` takes two names one edit apart with the same first letter, or two edits
apart in long names that sound alike. Two names one edit apart share a key: the same folded
spelling, the spelling with one letter left out or swapped with the next, or with one letter
blotted out. So each name is compared only with the names that share a key with it (and, for the
two-edit rule, with the names of its sound), each group read in the order the caller ranks the
names, and left at the first that will do. Keys are polynomial hashes of the folded spellings, so
a long name costs as much as its length; a hash that collides only brings a name that
`same_person_spelling` then turns away.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from attrlint.spelling import fold, same_person_spelling, sound_key

_MODULUS = (1 << 61) - 1
_BASE = random.randrange(1 << 20, _MODULUS - 1)
_INVERSE = pow(_BASE, _MODULUS - 2, _MODULUS)
_SHORTEST = 3  # no name shorter than this is taken for a misspelling (`same_person_spelling`)
_SOUNDED = 7  # the shortest names the two-edit rule compares by sound


class _Word(NamedTuple):
    name: str
    fold: str
    hash: int


def _word(name: str) -> _Word:
    folded = fold(name)
    value = 0
    for char in folded:
        value = (value * _BASE + ord(char) + 1) % _MODULUS
    return _Word(name, folded, value)


def _powers(word: _Word) -> Iterator[tuple[int, int, int]]:
    """(position, letter value, _BASE ** letters after it) for each letter of a word but the first."""
    power = pow(_BASE, len(word.fold) - 2, _MODULUS) if len(word.fold) > 1 else 0
    for position in range(1, len(word.fold)):
        yield position, ord(word.fold[position]) + 1, power
        power = power * _INVERSE % _MODULUS


def _dropped(word: _Word) -> Iterator[int]:
    """The hash of the word with one letter (not the first) left out, for each letter."""
    prefix = ord(word.fold[0]) + 1 if word.fold else 0
    for _, letter, power in _powers(word):
        yield (word.hash + power * (prefix * (1 - _BASE) - letter)) % _MODULUS
        prefix = (prefix * _BASE + letter) % _MODULUS


def _swapped(word: _Word) -> Iterator[int]:
    """The hash of the word with a letter (not the first) swapped with the next, for each letter."""
    letters = list(_powers(word))
    for (_, letter, power), (_, following, next_power) in zip(letters, letters[1:], strict=False):
        if letter != following:
            yield (word.hash + (following - letter) * (power - next_power)) % _MODULUS


def _blotted(word: _Word, position: int, power: int) -> int:
    """The hash of the word with the letter at `position` blotted out (its value taken away)."""
    return (word.hash - (ord(word.fold[position]) + 1) * power) % _MODULUS


_SCAN_PAIRS = 4_000  # below this many (query, name) pairs, reading is cheaper than building the index


def first_spelled_alike(
    ranked: Sequence[str],
    queries: Iterable[str],
    accept: Callable[[str, str], bool],
    stop: Callable[[str, str], bool] = lambda query, name: False,
) -> dict[str, str]:
    """For each query, the first name of `ranked` that `same_person_spelling` and `accept(query, name)`
    both take, where there is one: the same as reading `ranked` in order for each query.

    `stop(query, name)` may say that neither this name nor any ranked after it will be accepted,
    so that the rest of a group need not be read.
    """
    queries = dict.fromkeys(queries)
    if len(ranked) * len(queries) <= _SCAN_PAIRS:  # a news draft's few names: reading them is cheaper
        return _scan(ranked, queries, accept, stop)
    return _Search(ranked, accept, stop).run(queries)


def _scan(
    ranked: Sequence[str], queries: Iterable[str], accept: Callable[[str, str], bool], stop: Callable[[str, str], bool]
) -> dict[str, str]:
    """What `first_spelled_alike` finds, by reading `ranked` in order for each query."""
    names = [name for name in dict.fromkeys(ranked) if fold(name)]
    found: dict[str, str] = {}
    for query in queries:
        if not fold(query):
            continue
        for name in names:
            if stop(query, name):
                break
            if same_person_spelling(query, name) and accept(query, name):
                found[query] = name
                break
    return found


class _Search:
    def __init__(self, ranked: Sequence[str], accept: Callable, stop: Callable) -> None:
        self.rank: dict[str, int] = {}
        for position, name in enumerate(ranked):
            self.rank.setdefault(name, position)
        self.words = [_word(name) for name in self.rank if fold(name)]
        self.accept, self.stop = accept, stop
        self.by_fold: dict[str, list[str]] = {}
        self.by_hash: dict[tuple[int, int], list[str]] = {}  # (length, hash) -> folds
        self.by_sound: dict[tuple[str, str], list[str]] = {}
        for word in self.words:
            if word.fold not in self.by_fold:
                self.by_hash.setdefault((len(word.fold), word.hash), []).append(word.fold)
            self.by_fold.setdefault(word.fold, []).append(word.name)
            if len(word.fold) >= _SOUNDED:
                self.by_sound.setdefault((sound_key(word.name), word.fold[0]), []).append(word.name)
        self.best: dict[str, tuple[int, str]] = {}

    def run(self, queries: Iterable[str]) -> dict[str, str]:
        words = [_word(query) for query in queries if fold(query)]
        lengths = {len(word.fold) for word in self.words}
        for word in words:
            self.read(word.name, self.by_fold.get(word.fold, ()))
            if len(word.fold) > _SHORTEST and len(word.fold) in lengths:
                self.read_hashed(word, len(word.fold), _swapped(word))
            if len(word.fold) > _SHORTEST and len(word.fold) - 1 in lengths:
                self.read_hashed(word, len(word.fold) - 1, _dropped(word))
            if len(word.fold) >= _SOUNDED:
                self.read(word.name, self.by_sound.get((sound_key(word.name), word.fold[0]), ()))
        self.read_longer(words)
        self.read_blotted(words)
        return {query: name for query, (_, name) in self.best.items()}

    def offer(self, query: str, name: str) -> bool:
        """Weigh one name for a query; True once the rest of its group need not be read."""
        rank = self.rank[name]
        if query in self.best and self.best[query][0] <= rank:
            return True  # the group is ranked: nothing after this can be better
        if self.stop(query, name):
            return True
        if not (same_person_spelling(query, name) and self.accept(query, name)):
            return False
        self.best[query] = (rank, name)
        return True

    def read(self, query: str, group: Iterable[str]) -> None:
        for name in group:
            if self.offer(query, name):
                return

    def read_hashed(self, word: _Word, length: int, hashes: Iterable[int]) -> None:
        """The fold groups of the spellings a query's hashes name (one letter dropped or swapped)."""
        for value in hashes:
            for folded in self.by_hash.get((length, value), ()):
                self.read(word.name, self.by_fold[folded])

    def read_longer(self, queries: list[_Word]) -> None:
        """The names one letter longer than a query, found from their own hashes with a letter dropped."""
        wanted: dict[tuple[int, int], list[str]] = {}
        for word in queries:
            if len(word.fold) >= _SHORTEST:
                wanted.setdefault((len(word.fold), word.hash), []).append(word.name)
        done: set[str] = set()
        lengths = {length for length, _ in wanted}
        for word in self.words:  # in rank order, so each query meets its group in order
            if len(word.fold) - 1 in lengths:
                for value in _dropped(word):
                    for query in wanted.get((len(word.fold) - 1, value), ()):
                        if query not in done and self.offer(query, word.name):
                            done.add(query)

    def read_blotted(self, queries: list[_Word]) -> None:
        """The names of a query's length that differ from it in one letter, a letter position at a time."""
        by_length: dict[int, list[_Word]] = {}
        for word in queries:
            if len(word.fold) > _SHORTEST:
                by_length.setdefault(len(word.fold), []).append(word)
        names: dict[int, list[_Word]] = {}
        for word in self.words:
            if len(word.fold) in by_length:
                names.setdefault(len(word.fold), []).append(word)
        for length, asking in by_length.items():
            for position, _, power in _powers(asking[0]) if length in names else ():
                self.read_blotted_at(asking, names[length], position, power)

    def read_blotted_at(self, asking: list[_Word], names: list[_Word], position: int, power: int) -> None:
        wanted: dict[int, list[str]] = {}
        for word in asking:
            wanted.setdefault(_blotted(word, position, power), []).append(word.name)
        done: set[str] = set()
        for word in names:
            for query in wanted.get(_blotted(word, position, power), ()):
                if query not in done and self.offer(query, word.name):
                    done.add(query)
