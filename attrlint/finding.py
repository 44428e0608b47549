"""The values a lint run produces: `Severity`, `Finding`, and the `Fix` a finding may carry."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import NamedTuple


class Severity(enum.IntEnum):
    """How serious a finding is; a rule's `level` names one of these."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    @classmethod
    def parse(cls, name: str) -> Severity:
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


NO_VALUES: dict[str, str] = {}  # shared by every problem and hit without values: never changed


class Problem(NamedTuple):
    """What a shared analysis (quotes, names) found at a span of the text, before any rule reports it.

    `check` names the kind of problem; a rule selects the problems it reports by that name. A
    tuple rather than a dataclass: a hostile draft can hold millions, and this is half the memory.
    The `values` may be shared by many problems, so they are never changed.
    """

    check: str
    start: int
    end: int
    values: dict[str, str] = NO_VALUES
    suggestion: str | None = None


SAFE, UNSAFE = "safe", "unsafe"  # a fix's applicability: --fix applies safe fixes, --unsafe-fixes both
APPLICABILITIES = (SAFE, UNSAFE)


class Edit(NamedTuple):
    """Replace `text[start:end]` with `replacement`; offsets index the document's text.

    (NamedTuples rather than frozen dataclasses here: each dataclass costs start-up half a millisecond.)
    """

    start: int
    end: int
    replacement: str


class Fix(NamedTuple):
    """The edits that fix one finding, applied all together or not at all, and whether they are safe.

    A safe fix cannot change what the draft says (a pasted line deleted, a mark turned round);
    an unsafe one may (a name respelled), so it is applied only when asked.
    """

    edits: tuple[Edit, ...]
    applicability: str = SAFE

    def applies(self, unsafe: bool) -> bool:
        return self.applicability == SAFE or unsafe


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """One problem at one place in one file; lines and columns are 1-based.

    Slotted: a draft can hold a great many findings, and a `__dict__` each doubled their memory.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    suggestion: str | None = None
    fix: Fix | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "suggestion": self.suggestion,
        }


def selector_matches(selector: str, code: str, name: str) -> bool:
    """A selector is ALL, a rule name, a code or a code prefix (`BOI`, `BOI0`, `BOI001`)."""
    return bool(selector) and (selector in ("ALL", name) or code.startswith(selector.upper()))
