"""The rule set one config resolves to: the rules that run, the analysis settings they share, the docs.

Every command reaches rules through a `RuleSet`: `check` and its fixes, the name and source
sheets, `explain`, `rules` and the SARIF descriptors. So a newsroom's pack, its `rules:` settings
and its `names:` section mean the same thing to all of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from attrlint.analyses import Analyses, Settings
from attrlint.config import Config
from attrlint.document import Document
from attrlint.errors import AttrlintError, ConfigError, RuleError
from attrlint.finding import Finding
from attrlint.kinds import KINDS, Hit
from attrlint.packs import Rule, load_rules, matches, select
from attrlint.regex_budget import RegexBudgetSpent


class RuleSet(NamedTuple):
    """`rules` run; `known` holds every rule the config loaded, by code, for documentation."""

    rules: tuple[Rule, ...]
    known: Mapping[str, Rule]
    settings: Settings

    def analyses(self, doc: Document) -> Analyses:
        """A draft's shared analyses under this rule set's settings (made as they are asked for)."""
        return Analyses(doc, self.settings)

    def lint(self, doc: Document, analyses: Analyses | None = None) -> tuple[list[Finding], list[AttrlintError]]:
        """Findings for one draft, suppressions applied; a rule whose regex runs too long is skipped."""
        analyses = analyses or self.analyses(doc)
        findings: list[Finding] = []
        errors: list[AttrlintError] = []
        for rule in self.rules:
            try:
                hits = list(rule.check.check(doc, analyses))
            except TimeoutError as err:
                what = "regexes" if isinstance(err, RegexBudgetSpent) else "regex"  # all its searches, or one
                message = f"rule {rule.code} ({rule.name}) skipped: its {what} ran too long on this file"
                errors.append(RuleError(message, doc.path))
                continue
            findings.extend(to_finding(doc, rule, hit) for hit in hits)
        if "attrlint" in doc.raw.lower():
            findings = self._suppressed(doc, findings)
        return sorted(findings), errors

    def _suppressed(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """The findings the draft's directives leave, and what rules find about the directives."""
        from attrlint.suppress import read_suppressions  # only drafts with a directive need the parser

        suppressions = read_suppressions(doc)
        silenced = suppressions.silenced(findings)
        findings = [finding for finding, silent in zip(findings, silenced, strict=True) if not silent]
        for rule in self.rules:
            others = [(other.code, other.name) for other in self.rules if other is not rule]
            findings += [to_finding(doc, rule, hit) for hit in rule.check.review(doc, suppressions, others)]
        return findings

    def describe(self, selector: str) -> Rule | None:
        """The loaded rule a code or name names, for `explain`."""
        return self.known.get(selector.upper()) or next((r for r in self.known.values() if r.name == selector), None)


def to_finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    line, column = doc.found_at(hit.start)
    end_line, end_column = doc.found_until(hit.end)
    message = rule.render(hit, doc.text[hit.start : hit.end]) + doc.note_on(line)
    return Finding(
        doc.path, line, column, end_line, end_column, rule.code, rule.name, rule.level, message, hit.suggestion,
        rule.fix_of(hit),
    )  # fmt: skip


def resolve(
    config: Config, chosen: list[str] | None = None, ignored: Iterable[str] = ()
) -> tuple[RuleSet, list[AttrlintError]]:
    """The rule set a config enables (`--select` replaces the config's, `--ignore` adds), and broken rules
    (with a warning for each pack or rule file passed over).

    The analysis settings come from every rule loaded, run or not: ignoring the quotation rules
    does not change who the attribution analysis thinks is speaking.
    """
    loaded, broken = load_rules(list(config.packs))
    configured, off = _configured(loaded, config)
    picked = chosen if chosen is not None else (list(config.select) if config.select is not None else None)
    running = select([rule for rule in configured if rule.code not in off], picked, [*config.ignore, *ignored])
    known = {rule.code: rule for rule in configured}
    return RuleSet(tuple(running), known, gather_settings(configured, config)), broken


def _configured(rules: list[Rule], config: Config) -> tuple[list[Rule], set[str]]:
    """Rules with the config's per-rule settings applied, and the codes of those set `level: off`."""
    off: set[str] = set()
    for selector, settings in config.rules.items():
        where = config.where_of(selector)
        if not any(matches(selector, rule) for rule in rules):
            raise where.error(ConfigError, f"'rules' names no known rule: '{selector}'", "rules", selector)
        if settings.get("level") in ("off", False):  # YAML reads a bare `off` as False
            off |= {rule.code for rule in rules if matches(selector, rule)}
            continue
        at = ("rules", selector)
        rules = [rule.configured(settings, where, at) if matches(selector, rule) else rule for rule in rules]
    return rules, off


def gather_settings(rules: Iterable[Rule], config: Config) -> dict[str, tuple]:
    """Each analysis setting, gathered from every rule whose kind reads it, and the config's `names:`."""
    gathered: dict[str, dict] = {}
    for rule in rules:
        for key in KINDS[rule.kind].settings:
            entries = gathered.setdefault(key, {})
            entries.update(dict.fromkeys(_hashable(entry) for entry in rule.options.get(key, ())))
    for key, entries in config.names.items():
        gathered.setdefault(key, {}).update(dict.fromkeys(_hashable(entry) for entry in entries))
    return {key: tuple(entries) for key, entries in gathered.items()}


def _hashable(entry: object) -> object:
    """A list entry as a dict key: a pair of names (`distinct`) becomes a tuple."""
    return tuple(entry) if isinstance(entry, list) else entry


def builtin_rule_set() -> RuleSet:
    """Every built-in rule, as a run without a config has it; a broken one raises."""
    rule_set, broken = resolve(Config(root=Path.cwd()))
    if broken:
        raise broken[0]
    return rule_set
