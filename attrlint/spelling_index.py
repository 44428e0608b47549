"""Which names of a draft are spelled alike, found without comparing every name with every other.

`same_person_spelling` takes two names one edit apart with the same first letter, or two edits
apart in long names that sound alike. Two names one edit apart share a key: the same folded
spelling, the spelling with one letter left out or swapped with the next, or with one letter
blotted out. So each name is compared only with the names that share a key with it (and, for the
two-edit rule, with the names of its sound), each group read in the order the caller ranks the
names, and left at the first that will do.

A key is the spelling itself; for a spelling over `_SHORT` letters it is a polynomial hash, worked
out from the whole name's hash, so that a long name costs as much as its length rather than its
length squared. A hash that collides only brings a name that `same_person_spelling` turns away.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Sequence

from attrlint.spelling import fold, same_person_spelling, sound_key

_SHORTEST = 3  # no name shorter than this is taken for a misspelling (`same_person_spelling`)
_SOUNDED = 7  # the shortest names the two-edit rule compares by sound
_SHORT = 48  # spellings this long or shorter are their own keys
_MODULUS = (1 << 61) - 1
_BASE = random.randrange(1 << 20, _MODULUS - 1)
_BLOT = "\0"  # stands for the blotted-out letter in a short key

Key = str | int


class _Word:
    """A name, its folded spelling, and (for a long one) the spelling's hash."""

    __slots__ = ("name", "fold", "hash")

    def __init__(self, name: str) -> None:
        self.name = name
        self.fold = fold(name)
        self.hash = 0
        if len(self.fold) > _SHORT:  # its key is a hash
            for char in self.fold:
                self.hash = (self.hash * _BASE + ord(char) + 1) % _MODULUS

    def key(self) -> Key:
        return self.fold if len(self.fold) <= _SHORT else self.hash

    def powers(self) -> Iterator[tuple[int, int, int]]:
        """(position, letter value, _BASE ** letters after it) for each letter but the first."""
        letters, power = self.fold, pow(_BASE, max(0, len(self.fold) - 2), _MODULUS)
        inverse = pow(_BASE, _MODULUS - 2, _MODULUS)
        for position in range(1, len(letters)):
            yield position, ord(letters[position]) + 1, power
            power = power * inverse % _MODULUS

    def dropped(self) -> Iterator[Key]:
        """The key of the spelling with one letter (not the first) left out, for each letter."""
        letters = self.fold
        if len(letters) - 1 <= _SHORT:
            yield from (letters[:i] + letters[i + 1 :] for i in range(1, len(letters)))
            return
        prefix = ord(letters[0]) + 1
        for _, letter, power in self.powers():
            yield (self.hash + power * (prefix * (1 - _BASE) - letter)) % _MODULUS
            prefix = (prefix * _BASE + letter) % _MODULUS

    def swapped(self) -> Iterator[Key]:
        """The key of the spelling with a letter (not the first) swapped with the next, where they differ."""
        letters = self.fold
        if len(letters) <= _SHORT:
            for i in range(1, len(letters) - 1):
                if letters[i] != letters[i + 1]:
                    yield letters[:i] + letters[i + 1] + letters[i] + letters[i + 2 :]
            return
        powers = list(self.powers())
        for (_, letter, power), (_, following, next_power) in zip(powers, powers[1:], strict=False):
            if letter != following:
                yield (self.hash + (following - letter) * (power - next_power)) % _MODULUS

    def blotted(self, position: int) -> Key:
        """The key of the spelling with the letter at `position` blotted out."""
        letters = self.fold
        if len(letters) <= _SHORT:
            return letters[:position] + _BLOT + letters[position + 1 :]
        power = pow(_BASE, len(letters) - 1 - position, _MODULUS)
        return (self.hash - (ord(letters[position]) + 1) * power) % _MODULUS


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
    """What `first_spelled_alike` finds, by reading `ranked` in order for each query: only the names
    with the query's first letter, as `same_person_spelling` takes no other (and `stop` holds for every
    name ranked after one it holds for, so the names passed over never end a reading early)."""
    by_initial: dict[str, list[str]] = {}
    for name in dict.fromkeys(ranked):
        if fold(name):
            by_initial.setdefault(fold(name)[0], []).append(name)
    found: dict[str, str] = {}
    for query in queries:
        if not fold(query):
            continue
        for name in by_initial.get(fold(query)[0], ()):
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
        self.words = [word for word in map(_Word, self.rank) if word.fold]
        self.accept, self.stop = accept, stop
        self.by_key: dict[tuple[int, Key], list[str]] = {}  # (length, key of the spelling) -> names, in rank order
        self.by_sound: dict[tuple[str, str], list[str]] = {}
        for word in self.words:
            self.by_key.setdefault((len(word.fold), word.key()), []).append(word.name)
            if len(word.fold) >= _SOUNDED:
                self.by_sound.setdefault((sound_key(word.name), word.fold[0]), []).append(word.name)
        self.best: dict[str, tuple[int, str]] = {}

    def run(self, queries: Iterable[str]) -> dict[str, str]:
        if not self.words:
            return {}
        words = [word for word in map(_Word, queries) if word.fold]
        lengths = {len(word.fold) for word in self.words}
        for word in words:
            length = len(word.fold)
            self.read(word.name, self.by_key.get((length, word.key()), ()))
            if length > _SHORTEST and length in lengths:
                self.read_keys(word, length, word.swapped())
            if length > _SHORTEST and length - 1 in lengths:
                self.read_keys(word, length - 1, word.dropped())
            if length >= _SOUNDED:
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

    def read_keys(self, word: _Word, length: int, keys: Iterable[Key]) -> None:
        """The names of the spellings a query's keys stand for (a letter dropped, or two swapped)."""
        for key in keys:
            self.read(word.name, self.by_key.get((length, key), ()))

    def read_longer(self, queries: list[_Word]) -> None:
        """The names one letter longer than a query, found from their own keys with a letter dropped."""
        wanted: dict[tuple[int, Key], list[str]] = {}
        for word in queries:
            if len(word.fold) >= _SHORTEST:
                wanted.setdefault((len(word.fold), word.key()), []).append(word.name)
        done: set[str] = set()
        lengths = {length for length, _ in wanted}
        for word in self.words:  # in rank order, so each query meets its group in order
            if len(word.fold) - 1 in lengths:
                for key in word.dropped():
                    for query in wanted.get((len(word.fold) - 1, key), ()):
                        if query not in done and self.offer(query, word.name):
                            done.add(query)

    def read_blotted(self, queries: list[_Word]) -> None:
        """The names of a query's length that differ from it in one letter (not the first)."""
        asking: dict[int, list[_Word]] = {}
        for word in queries:
            if len(word.fold) > _SHORTEST:
                asking.setdefault(len(word.fold), []).append(word)
        names: dict[int, list[_Word]] = {}
        for word in self.words:
            if len(word.fold) in asking:
                names.setdefault(len(word.fold), []).append(word)
        for length, words in asking.items():
            if length in names:
                self.read_blotted_of(words, names[length])

    def read_blotted_of(self, asking: list[_Word], names: list[_Word]) -> None:
        """One length's names against its queries, one letter position at a time (so as to keep only one
        position's keys), each group in rank order."""
        for position in range(1, len(asking[0].fold)):
            wanted: dict[Key, list[str]] = {}
            for word in asking:
                wanted.setdefault(word.blotted(position), []).append(word.name)
            done: set[str] = set()
            for word in names:
                for query in wanted.get(word.blotted(position), ()):
                    if query not in done and self.offer(query, word.name):
                        done.add(query)
