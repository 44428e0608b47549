"""Sorted, non-overlapping (start, end) spans kept compactly: a draft's paragraphs.

A list of (start, end) tuples costs about 120 bytes a span (the tuple, its two integers and the
list's pointer): a 10 MB draft of three million one-letter paragraphs held 400 MB of them. `Spans`
keeps the starts and the ends in two arrays of machine integers, 16 bytes a span, and reads as
the list did: indexing and iterating give (start, end) tuples, made as they are asked for.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import overload

Span = tuple[int, int]


class Spans(Sequence[Span]):
    """(start, end) spans in order, as two arrays."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.extend(spans)

    def append(self, span: Span) -> None:
        self.starts.append(span[0])
        self.ends.append(span[1])

    def extend(self, spans: Iterable[Span]) -> None:
        for start, end in spans:
            self.starts.append(start)
            self.ends.append(end)

    def holding(self, offset: int) -> int:
        """The index of the span holding `offset`, or -1 (a bisect of the starts, in C)."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return index if index >= 0 and offset < self.ends[index] else -1

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Span: ...

    @overload
    def __getitem__(self, index: slice) -> list[Span]: ...

    def __getitem__(self, index: int | slice) -> Span | list[Span]:
        if index.__class__ is slice:
            return list(zip(self.starts[index], self.ends[index], strict=True))
        return self.starts[index], self.ends[index]

    def __iter__(self) -> Iterator[Span]:
        return zip(self.starts, self.ends, strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self.starts == other.starts and self.ends == other.ends
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the list it stands for

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


class IndexSet(Collection[int]):
    """A set of indexes (of paragraphs) as a byte each, 1 for a member: a frozenset of three million
    paragraph numbers takes 260 MB."""

    __slots__ = ("flags",)

    def __init__(self, flags: bytearray) -> None:
        self.flags = flags

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and 0 <= index < len(self.flags) and self.flags[index] == 1

    def __iter__(self) -> Iterator[int]:
        return (index for index, flag in enumerate(self.flags) if flag)

    def __len__(self) -> int:
        return self.flags.count(1)
