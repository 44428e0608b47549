"""The marks of a draft's paragraphs as its quotations are paired: read as they are first asked for
and let go once paired, so that a draft of millions of marks need not hold them all."""

from __future__ import annotations

from collections.abc import Sequence

from attrlint.document import Span
from attrlint.mark_reader import MarkReader
from attrlint.quote_marks import Mark


class MarkWindow(Sequence[Sequence[Mark]]):
    """The marks of each paragraph, read in order as they are first asked for and let go by `release`.

    A 10 MB line of marks held three million marks while they were paired (issue 19); the pairings
    look only ahead of the paragraph they pair, so a paragraph's marks can go once it is paired.
    The double marks are counted by style as they are read, for the mixed-style problem.
    """

    def __init__(self, reader: MarkReader, paragraphs: Sequence[Span]) -> None:
        self.reader = reader
        self.paragraphs = paragraphs
        self._marks: list[Sequence[Mark] | None] = []
        self.doubles = {True: 0, False: 0}  # curly or not -> how many double marks
        self.first_double: dict[bool, Mark] = {}  # curly or not -> the first such double mark

    def __len__(self) -> int:
        return len(self.paragraphs)

    def __getitem__(self, index: int) -> Sequence[Mark]:  # type: ignore[override]
        while len(self._marks) <= index:
            self._marks.append(self._read(*self.paragraphs[len(self._marks)]))
        marks = self._marks[index]
        if marks is None:
            raise IndexError(f"the marks of paragraph {index} were released")
        return marks

    def release(self, index: int) -> None:
        """Let go of the marks of paragraph `index`: nothing asks for them again."""
        self[index]
        self._marks[index] = None

    def _read(self, start: int, end: int) -> Sequence[Mark]:
        marks = self.reader.marks_in(start, end)
        for mark in marks:
            if mark.double:
                curly = mark.curly
                self.doubles[curly] += 1
                self.first_double.setdefault(curly, mark)
        return marks
