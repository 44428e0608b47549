"""`attrlint rules --check-examples PACK`: run a pack's own examples, as the test suite runs the
built-in ones. Each `bad` example must be flagged by its rule, and each `good` one must not be.

A rule runs beside every rule on by default (and the pack's other rules), as in a real run, so a
rule that judges what the others report (unused directives) sees what it would see.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from attrlint.document import Document
from attrlint.errors import AttrlintError, ConfigError
from attrlint.packs import Rule, load_rules
from attrlint.ruleset import rule_set_of


class ExampleResult(NamedTuple):
    rule: Rule
    which: str  # "bad" or "good"
    index: int
    text: str
    found: int  # how many findings of the rule the example raised

    @property
    def passed(self) -> bool:
        return (self.found > 0) == (self.which == "bad")


def pack_rules(pack: str) -> tuple[list[Rule], list[Rule], list[AttrlintError]]:
    """The rules of a pack (a folder, or a built-in pack's name), every rule loaded beside them, and
    the errors met loading them; ConfigError when there is no such pack."""
    folder = Path(pack)
    extra = [folder] if folder.is_dir() else []
    rules, errors = load_rules(extra)
    name = _pack_name(folder, rules) if extra else pack
    chosen = [rule for rule in rules if rule.pack == name]
    if not chosen and not errors:
        raise ConfigError(f"no pack '{pack}': name a pack folder or a built-in pack")
    return chosen, rules, errors


def _pack_name(folder: Path, rules: list[Rule]) -> str:
    """The name a pack folder gives itself: that of the rules loaded from it."""
    resolved = folder.resolve()
    for rule in rules:
        if Path(rule.where.path).resolve().parent == resolved:
            return rule.pack
    return folder.name


def check_examples(chosen: list[Rule], loaded: list[Rule]) -> list[ExampleResult]:
    """Each example of each chosen rule, linted with the rule beside the others on by default."""
    results = []
    for rule in chosen:
        others = [other for other in loaded if other.enabled and other.code != rule.code]
        rule_set = rule_set_of([rule, *others])
        for which in ("bad", "good"):
            for index, text in enumerate(rule.examples.get(which, [])):
                findings, _ = rule_set.lint(Document("<example>", text))
                found = sum(1 for finding in findings if finding.code == rule.code)
                results.append(ExampleResult(rule, which, index, text, found))
    return results
