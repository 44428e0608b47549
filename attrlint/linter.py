"""The lint loop: choose rules for each draft, run them, and turn hits into findings."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from attrlint.config import Config, discover, read_config
from attrlint.document import Document
from attrlint.errors import AttrlintError, ConfigError, InputError, RuleError
from attrlint.finding import Finding
from attrlint.kinds import Hit
from attrlint.packs import Rule, load_rules, matches, select

DRAFT_SUFFIXES = (".md", ".markdown", ".txt")

MAX_BYTES = 10_000_000  # a long feature is 100 KB: a file past this is not a draft


def apply_overrides(rules: list[Rule], config: Config) -> list[Rule]:
    """Rules with the config's per-rule settings applied; `level: off` drops a rule."""
    for selector, settings in config.rules.items():
        where = config.where_of(selector)  # a desk's config may inherit this entry from the newsroom's
        if not any(matches(selector, rule) for rule in rules):
            raise where.error(ConfigError, f"'rules' names no known rule: '{selector}'", "rules", selector)
        at = ("rules", selector)
        if settings.get("level") in ("off", False):  # YAML reads a bare `off` as False
            rules = [rule for rule in rules if not matches(selector, rule)]
            continue
        rules = [rule.configured(settings, where, at) if matches(selector, rule) else rule for rule in rules]
    if config.names:
        rules = [_with_names(rule, config) for rule in rules]
    return rules


def _with_names(rule: Rule, config: Config) -> Rule:
    """A name-consistency rule given the config's `names:` (accepted spellings, distinct people)."""
    if rule.kind != "name-consistency":
        return rule
    merged = {
        "accept": [*rule.options.get("accept", []), *config.names["accept"]],
        "distinct": [*rule.options.get("distinct", []), *config.names["distinct"]],
    }
    return rule.configured(merged, config.where, ("names",))


def rules_for(
    config: Config, chosen: list[str] | None = None, ignored: Iterable[str] = ()
) -> tuple[list[Rule], list[RuleError]]:
    """The rules a config enables (`--select` replaces the config's, `--ignore` adds), and broken ones."""
    loaded, broken = load_rules(list(config.packs))
    rules = apply_overrides(loaded, config)
    picked = chosen if chosen is not None else (list(config.select) if config.select is not None else None)
    return select(rules, picked, [*config.ignore, *ignored]), broken


def to_finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    line, column = doc.position(hit.start)
    end_line, end_column = doc.position(hit.end)
    return Finding(
        doc.path,
        line,
        column,
        end_line,
        end_column,
        rule.code,
        rule.name,
        rule.level,
        rule.render(hit, doc.text[hit.start : hit.end]),
        hit.suggestion,
    )


UNUSED_DIRECTIVE = "ALN002"  # reported by the linter itself: only it knows what each directive silenced


def _unused_finding(doc: Document, rule: Rule, span: tuple[int, int]) -> Finding:
    return to_finding(doc, rule, Hit(span[0], span[1], {"match": doc.raw[span[0] : span[1]]}))


def lint_document(doc: Document, rules: list[Rule]) -> tuple[list[Finding], list[AttrlintError]]:
    """Findings for one document; a rule whose regex runs too long is skipped with an error."""
    findings: list[Finding] = []
    errors: list[AttrlintError] = []
    for rule in rules:
        try:
            hits = list(rule.check.check(doc))
        except TimeoutError:
            message = f"rule {rule.code} ({rule.name}) skipped: its regex ran too long on this file"
            errors.append(RuleError(message, doc.path))
            continue
        findings.extend(to_finding(doc, rule, hit) for hit in hits)
    if "attrlint" in doc.raw.lower():
        from attrlint.suppress import read_suppressions  # only drafts with a directive need the parser

        suppressions = read_suppressions(doc)
        findings = [finding for finding in findings if not suppressions.silences(finding)]
        unused_rule = next((rule for rule in rules if rule.code == UNUSED_DIRECTIVE), None)
        if unused_rule is not None:
            ran = [(rule.code, rule.name) for rule in rules if rule is not unused_rule]
            findings += [_unused_finding(doc, unused_rule, span) for span in suppressions.unused(ran)]
    return sorted(findings), errors


def lint_text(text: str, rules: list[Rule] | None = None, path: str = "<text>") -> list[Finding]:
    """Lint a string with the given rules (default: every built-in rule)."""
    if rules is None:
        loaded, broken = load_rules()
        if broken:
            raise broken[0]
        rules = select(loaded, None, [])
    findings, errors = lint_document(Document(path, text), rules)
    if errors:
        raise errors[0]
    return findings


def find_drafts(paths: Iterable[str]) -> Iterator[Path | str]:
    """Each file named, and the drafts (.md, .markdown, .txt) in each folder, each once; hidden folders skipped."""
    seen: set[Path] = set()
    for name in paths:
        path = Path(name)
        if name == "-":
            yield name
            continue
        found = (
            [path]
            if not path.is_dir()
            else [
                file
                for file in sorted(path.rglob("*"))
                if file.suffix.lower() in DRAFT_SUFFIXES
                and file.is_file()
                and not any(part.startswith(".") for part in file.relative_to(path).parts)
            ]
        )
        for file in found:
            resolved = file.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield file


@dataclass
class Report:
    """What a run found: findings, and errors that stopped a file or rule but not the run."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[AttrlintError] = field(default_factory=list)
    files: int = 0
    lines: dict[tuple[str, int], str] = field(default_factory=dict)  # (path, line) -> its text, for each finding
    documents: dict[str, Document] = field(default_factory=dict)  # drafts with findings, kept for a fix only

    def source_line(self, path: str, line: int) -> str:
        return self.lines[path, line]


@dataclass
class Linter:
    """Lints many drafts, each with the config closest to it, loading each config's rules once.

    A broken config or rule is reported once; files under a broken config are skipped, and the
    other files are still checked.
    """

    config_file: Path | None = None
    chosen: list[str] | None = None
    ignored: list[str] = field(default_factory=list)
    stdin_filename: str | None = None  # the name standard input stands for, in messages and config lookup
    max_bytes: int | None = MAX_BYTES  # larger files are reported and skipped; None: no limit
    keep_documents: bool = False  # keep each draft with findings whole, for --fix and --diff
    report: Report = field(default_factory=Report)
    _configs: dict[Path, Config | None] = field(default_factory=dict)
    _folders: dict[Path, Path] = field(default_factory=dict)  # a draft's folder as named -> resolved
    _rules: dict[str | None, list[Rule]] = field(default_factory=dict)

    def settings(self) -> dict[str, object]:
        """What a worker process needs to lint as this linter does."""
        return {
            "config_file": self.config_file,
            "chosen": self.chosen,
            "ignored": self.ignored,
            "stdin_filename": self.stdin_filename,
            "max_bytes": self.max_bytes,
            "keep_documents": self.keep_documents,
        }

    def lint(self, paths: Iterable[str]) -> Report:
        for path in find_drafts(paths):
            self._lint_one(path)
        if not self._rules:  # no draft found: still report a bad selector or config
            config = self._config_for(Path.cwd() / "-")
            if config is not None:
                self._rules_for(config)
        return self.report

    def _config_for(self, path: Path) -> Config | None:
        if self.config_file:
            folder = Path("<explicit>")
        elif path.parent in self._folders:
            folder = self._folders[path.parent]
        else:
            folder = self._folders[path.parent] = path.parent.resolve()
        if folder not in self._configs:
            try:
                self._configs[folder] = read_config(self.config_file) if self.config_file else discover(folder)
            except ConfigError as err:
                self._configs[folder] = None
                self._add_error(err)
        return self._configs[folder]

    def _rules_for(self, config: Config) -> list[Rule]:
        if config.path not in self._rules:
            try:
                rules, broken = rules_for(config, self.chosen, self.ignored)
            except (ConfigError, RuleError) as err:
                rules, broken = [], [err]
            self._rules[config.path] = rules
            for err in broken:
                self._add_error(err)
        return self._rules[config.path]

    def _add_error(self, err: AttrlintError) -> None:
        if str(err) not in {str(known) for known in self.report.errors}:
            self.report.errors.append(err)

    def _read(self, path: Path | str) -> Document:
        if path == "-":
            return Document.from_stdin(self.stdin_filename or "-", self.max_bytes)
        return Document.from_file(path, self.max_bytes)

    def _lint_one(self, path: Path | str) -> None:
        stdin_path = Path(self.stdin_filename) if self.stdin_filename else Path.cwd() / "stdin"
        config = self._config_for(stdin_path if path == "-" else Path(path))
        if config is None or config.excludes(stdin_path if path == "-" else Path(path)):
            return
        rules = self._rules_for(config)
        try:
            with _cycle_collector_paused():
                doc = self._read(path)
                findings, errors = lint_document(doc, rules)
        except InputError as err:
            self.report.errors.append(err)
            return
        except MemoryError:
            self.report.errors.append(InputError("not checked: ran out of memory", str(path)))
            return
        self.report.files += 1
        for line in {finding.line for finding in findings}:  # once a line: a one-line draft can hold thousands
            self.report.lines[doc.path, line] = doc.line_text(line)
        if findings and self.keep_documents:
            self.report.documents[doc.path] = doc
        self.report.findings.extend(findings)
        self.report.errors.extend(errors)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while one draft is checked.

    Checking makes many small objects and few reference cycles, and the collector walks all of
    them again each time enough new ones pile up: on a 50 MB draft that cost a tenth of the time
    and made it grow faster than the text. The cycles left are collected once it is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _lint_share(settings: dict[str, object], paths: list[str]) -> Report:
    """One worker's share of a parallel run: a fresh Linter over some of the drafts."""
    return Linter(**settings).lint(paths)


def lint_in_parallel(linter: Linter, paths: Iterable[str], jobs: int) -> Report:
    """Lint drafts in `jobs` processes; the report equals a serial run's (findings sorted, errors in file order).

    Below a few drafts, or with one job, the work is done here: starting processes costs more.
    A worker the system kills (out of memory) leaves the work to this process, with an error line
    rather than a traceback.
    """
    drafts = [str(path) for path in find_drafts(paths)]
    if jobs <= 1 or len(drafts) < 4 * jobs or "-" in drafts:
        return linter.lint(paths)
    import concurrent.futures  # only a parallel run needs it
    from concurrent.futures.process import BrokenProcessPool

    shares = [drafts[i::jobs] for i in range(jobs)]
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
            reports = list(pool.map(_lint_share, [linter.settings()] * jobs, shares))
    except BrokenProcessPool:
        report = linter.lint(paths)
        report.errors.insert(0, AttrlintError("a checking process was killed (out of memory?); checked in one process"))
        return report
    return _merged(reports, drafts)


def _merged(reports: list[Report], drafts: list[str]) -> Report:
    merged = Report()
    order = {path: i for i, path in enumerate(drafts)}
    for report in reports:
        merged.findings.extend(report.findings)
        merged.files += report.files
        merged.lines.update(report.lines)
        merged.documents.update(report.documents)
        for err in report.errors:
            if str(err) not in {str(known) for known in merged.errors}:
                merged.errors.append(err)
    merged.errors.sort(key=lambda err: order.get(err.path or "", len(order)))
    merged.documents = dict(sorted(merged.documents.items(), key=lambda item: order.get(item[0], len(order))))
    return merged
