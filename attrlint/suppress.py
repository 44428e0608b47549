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
class _Rule:
    """One directive's effect: the lines it covers, the rules it names, and whether it silenced anything."""

    first: int
    last: int
    chosen: tuple[str, ...]
    directive: tuple[int, int]  # the directive's span in the text
    used: bool = False


@dataclass
class Suppressions:
    """Which rules are silenced on which lines of one document."""

    rules: list[_Rule] = field(default_factory=list)

    def silences(self, finding: Finding) -> bool:
        silenced = False
        for rule in self.rules:
            if rule.first <= finding.line <= rule.last and _applies(rule.chosen, finding):
                rule.used = silenced = True
        return silenced

    def unused(self, ran: list[tuple[str, str]]) -> list[tuple[int, int]]:
        """The spans of directives that silenced no finding, among those naming a rule that ran
        (`ran` holds each rule's code and name); an enable counts with its disable."""
        used = {rule.directive for rule in self.rules if rule.used}
        checked = {
            rule.directive
            for rule in self.rules
            if any(selector_matches(s, code, name) for s in rule.chosen for code, name in ran)
        }
        return sorted(checked - used)


def read_suppressions(doc: Document) -> Suppressions:
    """The suppressions a document's directives ask for; malformed ones are left to ALN001."""
    result = Suppressions()
    open_regions: dict[tuple[str, ...], tuple[int, tuple[int, int]]] = {}
    last_line = len(doc.line_starts)
    for match in filter(is_well_formed, directives(doc)):
        verb, chosen = match["verb"].lower(), selectors(match)
        line, _ = doc.position(match.start())
        span = match.span()
        if verb in ("disable-line", "disable-next-line"):
            target = line if verb == "disable-line" else line + 1
            result.rules.append(_Rule(target, target, chosen, span))
        elif verb == "disable-file":
            result.rules.append(_Rule(1, last_line, chosen, span))
        elif verb == "disable":
            open_regions.setdefault(chosen, (line, span))
        elif verb == "enable":
            for key in [k for k in open_regions if chosen == ALL or k == chosen]:
                first, opened = open_regions.pop(key)
                result.rules.append(_Rule(first, line, key, opened))
    result.rules.extend(_Rule(first, last_line, key, span) for key, (first, span) in open_regions.items())
    return result
