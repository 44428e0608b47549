"""`<!-- attrlint: ... -->` directives in a draft: where they are and whether they are well formed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrlint.document import Document
from attrlint.lookback import Interiors

ANY_DIRECTIVE = re.compile(r"<!--\s*attrlint\b(?P<colon>\s*:)?\s*(?P<verb>[\w-]*)(?P<args>[^>]*?)\s*-->", re.I)
VERBS = ("disable", "enable", "disable-line", "disable-next-line", "disable-file")
ALL = ("ALL",)


def directives(doc: Document) -> Iterator[re.Match]:
    """Every `<!-- attrlint ... -->` comment outside code blocks, well formed or not."""
    code = Interiors((start - 1, end) for start, end in doc.code)  # start <= offset < end
    for match in ANY_DIRECTIVE.finditer(doc.raw):
        if not code.holds(match.start()):
            yield match


def is_well_formed(match: re.Match) -> bool:
    return bool(match["colon"]) and match["verb"].lower() in VERBS


def selectors(match: re.Match) -> tuple[str, ...]:
    """The codes, prefixes or names a directive names; none means every rule."""
    return tuple(part for part in re.split(r"[\s,]+", match["args"]) if part) or ALL
