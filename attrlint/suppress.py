"""Inline suppressions: `<!-- attrlint: disable-next-line BOI001 -->` and friends.

Directives are HTML comments, invisible in rendered Markdown and harmless in plain text:
`disable-line` (trailing, on the line itself), `disable-next-line`, `disable` ... `enable`
(a region), and `disable-file`. Each takes codes, prefixes or rule names; none means all rules.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field

from attrlint.directives import ALL, directives, is_well_formed, selectors
from attrlint.document import Document
from attrlint.finding import Finding, selector_matches


def _applies(chosen: tuple[str, ...], code: str, name: str) -> bool:
    return any(selector_matches(selector, code, name) for selector in chosen)


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

    def silenced(self, findings: list[Finding]) -> list[bool]:
        """Whether each finding is silenced, marking every directive that silences one of them.

        The findings of each rule are sorted by line once, and each directive finds the ones on its
        lines by bisection: a draft of many directives and many findings is not read pair by pair.
        """
        by_rule: dict[tuple[str, str], list[int]] = {}
        for index, finding in enumerate(findings):
            by_rule.setdefault((finding.code, finding.name), []).append(index)
        by_chosen: dict[tuple[str, ...], list[_Rule]] = {}
        for rule in self.rules:
            by_chosen.setdefault(rule.chosen, []).append(rule)
        silenced = [False] * len(findings)
        for (code, name), indexes in by_rule.items():
            indexes.sort(key=lambda index: findings[index].line)
            lines = [findings[index].line for index in indexes]
            covered = [0] * (len(lines) + 1)  # +1 where a directive's lines begin, -1 past where they end
            for chosen, rules in by_chosen.items():
                if _applies(chosen, code, name):
                    for rule in rules:
                        low, high = bisect.bisect_left(lines, rule.first), bisect.bisect_right(lines, rule.last)
                        if low < high:
                            rule.used = True
                            covered[low] += 1
                            covered[high] -= 1
            for index, count in zip(indexes, itertools.accumulate(covered), strict=False):
                silenced[index] = silenced[index] or count > 0
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
