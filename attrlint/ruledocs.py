"""Rule documentation from the rule definitions: the `rules` table, `explain`, the README table."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from attrlint.packs import Rule

_FIRST_SENTENCE = re.compile(r"^(.*?[\w)\"'])\.(?:\s|$)", re.S)


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = _FIRST_SENTENCE.match(text)
    return match.group(1) if match else text


def rules_table(rules: list[Rule]) -> str:
    """A plain-text table: code, name, level, description."""
    rows = [("CODE", "NAME", "LEVEL", "FINDS")] + [
        (rule.code, rule.name, str(rule.level), first_sentence(rule.description)) for rule in rules
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return "\n".join(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}" for row in rows)


def _indent(example: str) -> str:
    return "\n".join(f"  {line}" if line else "" for line in example.splitlines())


def explain_text(rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name} ({rule.level}, kind: {rule.kind}, pack: {rule.pack})", ""]
    lines += [rule.description, "", "Why: " + rule.why, "", "Wrong:"]
    lines += [_indent(example) for example in rule.examples["bad"]]
    lines += ["", "Right:"]
    lines += [_indent(example) for example in rule.examples["good"]]
    return "\n".join(lines)


def markdown_table(rules: list[Rule]) -> str:
    """The README's rule table."""
    lines = ["| code | name | level | what it finds |", "|---|---|---|---|"]
    for rule in rules:
        lines.append(f"| {rule.code} | `{rule.name}` | {rule.level} | {' '.join(rule.description.split())} |")
    return "\n".join(lines)
