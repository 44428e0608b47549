"""The tests' harness: lint with the built-in rules, or with rules a test chose, and no config.

The library's door, `attrlint.api`, reads the `.attrlint.yaml` that applies, as `attrlint check`
does; a test that asks what a rule finds in a text wants the rules alone, whatever folder the
tests run in. This is the one place it gets them.
"""

from __future__ import annotations

from attrlint.document import Document
from attrlint.errors import AttrlintError, failures
from attrlint.finding import Finding
from attrlint.packs import Rule, load_rules
from attrlint.ruleset import builtin_rule_set, rule_set_of


def lint_document(doc: Document, rules: list[Rule]) -> tuple[list[Finding], list[AttrlintError]]:
    """Findings for one document with exactly these rules, and errors from rules that could not finish."""
    return rule_set_of(rules).lint(doc)


def lint_text(text: str, rules: list[Rule] | None = None, path: str = "<text>") -> list[Finding]:
    """Findings for a text with these rules (default: every built-in rule on by default); a rule
    that could not finish raises."""
    rule_set = builtin_rule_set() if rules is None else rule_set_of(rules)
    findings, errors = rule_set.lint(Document(path, text))
    if failures(errors):
        raise failures(errors)[0]
    return findings


# The rules on unnamed sources, ATT010 (off by default) among them
UNNAMED_SOURCE_CODES = ("ATT003", "ATT006", "ATT007", "ATT009", "ATT010")


def sourcing_codes(text: str, headline: str) -> list[str]:
    """The codes, sorted, of the rules on unnamed sources at a draft under `headline`, every attribution rule run."""
    rules = [rule for rule in load_rules()[0] if rule.pack == "attribution"]
    return sorted(f.code for f in lint_text(f"{headline}\n\n{text}", rules) if f.code in UNNAMED_SOURCE_CODES)
