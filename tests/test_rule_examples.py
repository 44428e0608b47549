"""Every built-in rule's documented examples: each `bad` one is flagged, each `good` one is not."""

from __future__ import annotations

import pytest
from builtin_rules import lint_text

from attrlint.packs import load_rules

RULES, BROKEN = load_rules()
DEFAULT = [rule for rule in RULES if rule.enabled]


def lint_with(rule, text):
    """The rule's findings on a text, run beside the default rules (ALN002 judges what they report)."""
    others = [other for other in DEFAULT if other.code != rule.code]
    return [f for f in lint_text(text, [rule, *others]) if f.code == rule.code]


BAD = [(rule, i, text) for rule in RULES for i, text in enumerate(rule.examples["bad"])]
GOOD = [(rule, i, text) for rule in RULES for i, text in enumerate(rule.examples["good"])]


def _id(case) -> str:
    rule, i, _ = case
    return f"{rule.code}-{rule.name}-{i}"


def test_builtin_rules_load_cleanly():
    assert not BROKEN, [str(err) for err in BROKEN]
    assert RULES


def test_every_rule_has_bad_and_good_examples():
    for rule in RULES:
        assert rule.examples["bad"] and rule.examples["good"], rule.code


@pytest.mark.parametrize("case", BAD, ids=[_id(c) for c in BAD])
def test_bad_example_is_flagged(case):
    rule, _, text = case
    findings = lint_with(rule, text)
    assert findings, f"{rule.code} ({rule.name}) misses its own bad example: {text!r}"
    assert all(f.name == rule.name and f.severity == rule.level for f in findings)


@pytest.mark.parametrize("case", GOOD, ids=[_id(c) for c in GOOD])
def test_good_example_is_quiet(case):
    rule, _, text = case
    findings = lint_with(rule, text)
    assert not findings, f"{rule.code} ({rule.name}) flags its own good example {text!r}: {findings}"
