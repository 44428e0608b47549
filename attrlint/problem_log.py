"""A compact list of an analysis's problems: a few bytes each rather than a tuple and two ints.

A 10 MB line of turned quotation marks has three million problems; as `Problem` tuples they were
nearly half a gigabyte (issue 19). Here each is a check number, a start, an end and a reference to
its (shared) values, in arrays; a `Problem` is made only when it is read.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from itertools import compress

from attrlint.finding import Problem

_INDEX_BITS = 32  # a draft holds fewer than four billion problems


class ProblemLog:
    """Problems of the checks `checks`, kept in the order they were added until `sort` orders them by start
    (stably, as `list.sort` would)."""

    def __init__(self, checks: Sequence[str]) -> None:
        self.checks = tuple(checks)
        self._number = {check: number for number, check in enumerate(self.checks)}
        self._check = bytearray()
        self._start = array("q")
        self._end = array("q")
        self._values: list[dict[str, str]] = []

    def __len__(self) -> int:
        return len(self._check)

    def add(self, check: str, start: int, end: int, values: dict[str, str]) -> None:
        self._check.append(self._number[check])
        self._start.append(start)
        self._end.append(end)
        self._values.append(values)

    def extend(self, other: ProblemLog) -> None:
        """Add every problem of another log of the same checks, in its order."""
        self._check += other._check
        self._start += other._start
        self._end += other._end
        self._values += other._values

    def sort(self) -> None:
        """Order the problems by start, those with the same start in the order they were added."""
        if all(self._start[k] <= self._start[k + 1] for k in range(len(self) - 1)):
            return
        # Start and index packed in one int each: a list of (start, index) tuples was three times the size.
        packed = sorted(start << _INDEX_BITS | index for index, start in enumerate(self._start))
        order = array("q", (key & ((1 << _INDEX_BITS) - 1) for key in packed))
        del packed
        self._check = bytearray(self._check[k] for k in order)
        self._start = array("q", (self._start[k] for k in order))
        self._end = array("q", (self._end[k] for k in order))
        self._values = [self._values[k] for k in order]

    def _is(self, check: str) -> bytes:
        """One byte a problem: 1 where it is of `check`, else 0 (made in C: a rule reads millions)."""
        table = bytearray(256)
        table[self._number[check]] = 1
        return self._check.translate(table)

    def starts_of(self, check: str) -> Iterator[int]:
        return compress(self._start, self._is(check))

    def spans_of(self, check: str) -> Iterator[tuple[int, int, dict[str, str]]]:
        """The start, end and values of each problem of one check, in order."""
        return compress(zip(self._start, self._end, self._values, strict=True), self._is(check))

    def __iter__(self) -> Iterator[Problem]:
        for code, start, end, values in zip(self._check, self._start, self._end, self._values, strict=True):
            yield Problem(self.checks[code], start, end, values)
