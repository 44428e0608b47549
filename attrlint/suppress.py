"""Inline suppressions: `<!-- attrlint: disable-next-line BOI001 -->` and friends.

Directives are HTML comments, invisible in rendered Markdown and harmless in plain text:
`disable-line` (trailing, on the line itself), `disable-next-line`, `disable` ... `enable`
(a region), and `disable-file`. Each takes codes, prefixes or rule names; none means all rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from attrlint.document import Document
from attrlint.finding import Finding

ANY_DIRECTIVE = re.compile(r"<!--\s*attrlint\b(?P<colon>\s*:)?\s*(?P<verb>[\w-]*)(?P<args>[^>]*?)\s*-->", re.I)
VERBS = ("disable", "enable", "disable-line", "disable-next-line", "disable-file")
_ALL = ("ALL",)


def directives(doc: Document) -> Iterator[re.Match]:
    """Every `<!-- attrlint ... -->` comment outside code blocks, well formed or not."""
    if "attrlint" not in doc.raw:
        return
    for match in ANY_DIRECTIVE.finditer(doc.raw):
        if not any(start <= match.start() < end for start, end in doc.code):
            yield match


def is_well_formed(match: re.Match) -> bool:
    return bool(match["colon"]) and match["verb"] in VERBS


def _selectors(args: str) -> tuple[str, ...]:
    return tuple(part for part in re.split(r"[\s,]+", args) if part) or _ALL


def _applies(selectors: tuple[str, ...], finding: Finding) -> bool:
    return any(s in ("ALL", finding.name) or finding.code.startswith(s.upper()) for s in selectors)


@dataclass
class Suppressions:
    """Which rules are silenced on which lines of one document."""

    lines: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)
    regions: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)

    def silences(self, finding: Finding) -> bool:
        if any(_applies(s, finding) for s in self.lines.get(finding.line, ())):
            return True
        return any(start <= finding.line <= end and _applies(s, finding) for start, end, s in self.regions)


def read_suppressions(doc: Document) -> Suppressions:
    """The suppressions a document's directives ask for; malformed ones are left to ALN001."""
    result = Suppressions()
    open_regions: dict[tuple[str, ...], int] = {}
    last_line = len(doc.line_starts)
    for match in filter(is_well_formed, directives(doc)):
        verb, selectors = match["verb"], _selectors(match["args"])
        line, _ = doc.position(match.start())
        if verb == "disable-line":
            result.lines.setdefault(line, []).append(selectors)
        elif verb == "disable-next-line":
            result.lines.setdefault(line + 1, []).append(selectors)
        elif verb == "disable-file":
            result.regions.append((1, last_line, selectors))
        elif verb == "disable":
            open_regions.setdefault(selectors, line)
        elif verb == "enable":
            for key in [k for k in open_regions if selectors == _ALL or k == selectors]:
                result.regions.append((open_regions.pop(key), line, key))
    result.regions.extend((start, last_line, key) for key, start in open_regions.items())
    return result
