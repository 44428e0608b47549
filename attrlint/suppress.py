"""Inline suppressions: `<!-- attrlint: disable-next-line BOI001 -->` and friends.

Directives are HTML comments, invisible in rendered Markdown and harmless in plain text:
`disable-line` (trailing, on the line itself), `disable-next-line`, `disable` ... `enable`
(a region), and `disable-file`. Each takes codes, prefixes or rule names; none means all rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from attrlint.directives import ALL, directives, is_well_formed, selectors
from attrlint.document import Document
from attrlint.finding import Finding, selector_matches


def _applies(chosen: tuple[str, ...], finding: Finding) -> bool:
    return any(selector_matches(selector, finding.code, finding.name) for selector in chosen)


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
        verb, chosen = match["verb"].lower(), selectors(match)
        line, _ = doc.position(match.start())
        if verb == "disable-line":
            result.lines.setdefault(line, []).append(chosen)
        elif verb == "disable-next-line":
            result.lines.setdefault(line + 1, []).append(chosen)
        elif verb == "disable-file":
            result.regions.append((1, last_line, chosen))
        elif verb == "disable":
            open_regions.setdefault(chosen, line)
        elif verb == "enable":
            for key in [k for k in open_regions if chosen == ALL or k == chosen]:
                result.regions.append((open_regions.pop(key), line, key))
    result.regions.extend((start, last_line, key) for key, start in open_regions.items())
    return result
