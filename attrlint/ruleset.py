"""The rule set one config resolves to: the rules that run, the analysis settings they share, the docs.

Every command reaches rules through a `RuleSet`: `check` and its fixes, the name and source
sheets, `explain`, `rules` and the SARIF descriptors. So a newsroom's pack, its `rules:` settings
and its `names:` section mean the same thing to all of them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from attrlint.analyses import Analyses, Settings
from attrlint.config import Config
from attrlint.document import Document
from attrlint.errors import AttrlintError, AttrlintWarning, ConfigError, RuleError
from attrlint.finding import Finding
from attrlint.kinds import KINDS, Hit
from attrlint.packs import Rule, load_rules, matches, select, unknown_selector
from attrlint.regex_budget import RegexBudgetSpent

MAX_FINDINGS_PER_RULE = 10_000  # the default cap on one rule's findings in one draft (0: none)


class RuleSet(NamedTuple):
    """`rules` run; `known` holds every rule the config loaded, by code, for documentation.

    `max_findings` caps what one rule reports in one draft (0: no cap): a draft where nearly every
    character is a problem (a 10 MB line of quotation marks) would otherwise hold millions of
    findings, gigabytes that nobody reads. The first findings are reported, and a warning says how
    many more there were.
    """

    rules: tuple[Rule, ...]
    known: Mapping[str, Rule]
    settings: Settings
    max_findings: int = MAX_FINDINGS_PER_RULE

    def analyses(self, doc: Document) -> Analyses:
        """A draft's shared analyses under this rule set's settings (made as they are asked for)."""
        return Analyses(doc, self.settings)

    def lint(self, doc: Document, analyses: Analyses | None = None) -> tuple[list[Finding], list[AttrlintError]]:
        """Findings for one draft, suppressions applied; a rule whose regex runs too long is skipped."""
        analyses = analyses or self.analyses(doc)
        findings: list[Finding] = []
        errors: list[AttrlintError] = []
        messages: dict[str, str] = {}  # each distinct message once: a hostile draft repeats a few a million times
        for rule in self.rules:
            try:
                hits, more = self._capped(rule.check.check(doc, analyses))
            except TimeoutError as err:
                what = "regexes" if isinstance(err, RegexBudgetSpent) else "regex"  # all its searches, or one
                message = f"rule {rule.code} ({rule.name}) skipped: its {what} ran too long on this file"
                errors.append(RuleError(message, doc.path))
                continue
            if more:
                errors.append(_not_shown(rule, more, self.max_findings, doc.path))
            findings.extend(to_finding(doc, rule, hit, messages) for hit in hits)
        if "attrlint" in doc.raw.lower():
            findings = self._suppressed(doc, findings)
        return sorted(findings), errors

    def _capped(self, hits: Iterable[Hit]) -> tuple[list[Hit], int]:
        """The first `max_findings` hits in the draft's order (all of them when 0), and how many more there were.

        Only that many are kept while the rule's hits are read, so a draft of millions costs no more
        memory than one of `max_findings`.
        """
        if not self.max_findings:
            return list(hits), 0
        counted = _Counted(hits)
        first = heapq.nsmallest(self.max_findings, counted, key=lambda hit: (hit.start, hit.end))
        return first, counted.count - len(first)

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


class _Counted:
    """An iterable that counts the items taken from it."""

    def __init__(self, items: Iterable[Hit]) -> None:
        self.items, self.count = items, 0

    def __iter__(self) -> Iterator[Hit]:
        for item in self.items:
            self.count += 1
            yield item


def _not_shown(rule: Rule, more: int, cap: int, path: str) -> AttrlintWarning:
    """The warning that a rule found more in a draft than the cap lets it report."""
    message = (
        f"rule {rule.code} ({rule.name}): {more:,} more finding(s) in this file not shown, past the first "
        f"{cap:,} (max_findings_per_rule in the config, or --max-findings-per-rule; 0 shows all)"
    )
    return AttrlintWarning(message, path)


def to_finding(doc: Document, rule: Rule, hit: Hit, messages: dict[str, str] | None = None) -> Finding:
    """The finding a rule makes of a hit; `messages` shares equal messages across the findings of a draft."""
    line, column = doc.found_at(hit.start)
    end_line, end_column = doc.found_until(hit.end)
    if end_line == line:
        end_line = line  # one number object for both
    message = rule.render(hit, doc.text[hit.start : hit.end]) + doc.note_on(line)
    if messages is not None:
        message = messages.setdefault(message, message)
    return Finding(
        doc.path, line, column, end_line, end_column, rule.code, rule.name, rule.level, message, hit.suggestion,
        rule.fix_of(hit),
    )  # fmt: skip


def resolve(
    config: Config,
    chosen: list[str] | None = None,
    ignored: Iterable[str] = (),
    extended: Iterable[str] = (),
    max_findings: int | None = None,
) -> tuple[RuleSet, list[AttrlintError]]:
    """The rule set a config enables (`--select` replaces the config's, `--extend-select` and `--ignore`
    add, and `--max-findings-per-rule` replaces the config's cap), and broken rules (with a warning for
    each pack or rule file passed over).

    The analysis settings come from every rule loaded, run or not: ignoring the quotation rules
    does not change who the attribution analysis thinks is speaking. A `select`, `ignore` or
    `per-file-ignores` entry of a config that names no rule is an error at its file and line.
    """
    loaded, broken = load_rules(list(config.packs))
    configured, off = _configured(loaded, config)
    _require_known_selectors(config, configured)
    picked = chosen if chosen is not None else (list(config.select) if config.select is not None else None)
    running = select(
        [rule for rule in configured if rule.code not in off], picked, [*config.ignore, *ignored], extended
    )
    known = {rule.code: rule for rule in configured}
    cap = next((cap for cap in (max_findings, config.max_findings_per_rule) if cap is not None), MAX_FINDINGS_PER_RULE)
    return RuleSet(tuple(running), known, gather_settings(configured, config), cap), broken


def _require_known_selectors(config: Config, rules: list[Rule]) -> None:
    """ConfigError at the file and line of the first config entry that selects or ignores no rule."""
    for one in reversed(config.files or (config,)):  # the top file first, as its entries come first
        entries = [("select", i, s) for i, s in enumerate(one.select or ())]
        entries += [("ignore", i, s) for i, s in enumerate(one.ignore)]
        entries += [("per-file-ignores", p, s) for _, p, selectors in one.per_file_ignores for s in selectors]
        for key, at, selector in entries:
            why = unknown_selector(selector, rules)
            if why:
                raise one.where.error(ConfigError, f"'{key}': {why}", key, at)


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


def rule_set_of(rules: list[Rule]) -> RuleSet:
    """A rule set that runs exactly these rules, with no config: its analyses read what the built-in
    packs and these rules set (so one quotation rule sees the quotations a full run sees). For
    `rules --check-examples`, the tests and bench, which choose their rules themselves; a tool
    that checks drafts goes through `attrlint.api`, which reads the config."""
    everyone = [*builtin_rule_set().known.values(), *rules]
    return RuleSet(tuple(rules), {rule.code: rule for rule in rules}, gather_settings(everyone, Config(Path.cwd())))
