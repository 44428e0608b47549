"""One invocation of attrlint: from the options and paths to a report, through the configured rule sets.

A `Run` finds the config of each draft's folder, resolves each config to one `RuleSet` once, and
owns the flow every command shares: check each draft (`lint_each`, the one walk over the drafts),
and read drafts for the sheets. Making the fixes the findings carry is `run_fixes.py`'s; checking
in parallel is `parallel.py`'s; narrowing the findings to a diff or a baseline is `check`'s
(`cli_check.Narrowing`). Nothing here prints: the CLI does.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from attrlint.analyses import Analyses
from attrlint.config import Config, discover, excluded, read_config
from attrlint.document import Document
from attrlint.errors import AttrlintError, ConfigError, InputError, InternalError, RuleError
from attrlint.finding import Finding
from attrlint.gitignore import GitIgnored
from attrlint.inputs import find_drafts, read_draft, require_regular_file
from attrlint.packs import Rule
from attrlint.report import Report
from attrlint.ruleset import RuleSet, resolve

if TYPE_CHECKING:
    from attrlint.cache import ResultCache

MAX_BYTES = 10_000_000  # a long feature is 100 KB: a file past this is not a draft


class Options(NamedTuple):
    """What a run is asked to do; a worker process gets a copy and makes a run of its own."""

    config_file: Path | None = None
    chosen: list[str] | None = None  # --select: replaces the config's `select`
    ignored: tuple[str, ...] | list[str] = ()  # --ignore: added to the config's `ignore`
    stdin_filename: str | None = None  # the name standard input stands for, in messages and config lookup
    max_bytes: int | None = MAX_BYTES  # larger files are reported and skipped; None: no limit
    encoding: str | None = None  # --encoding: the codec of drafts that are not UTF-8 or UTF-16
    cache_dir: Path | None = None  # where findings are kept between runs; None: no cache (--no-cache)
    max_findings: int | None = None  # --max-findings-per-rule: replaces the config's cap (0: none)
    extended: tuple[str, ...] = ()  # --extend-select: added to the config's (or --select's) choice
    excluded: tuple[str, ...] = ()  # --exclude: patterns relative to the current folder
    named: frozenset[str] = frozenset()  # the files named on the command line, which no exclusion skips...
    force_exclude: bool = False  # ...unless --force-exclude
    respect_gitignore: bool = True  # drafts git ignores are skipped
    sheets: bool = False  # keep each checked draft's text and sheets in the report (for the HTML report)


class Run:
    """Rule sets by config, configs by folder, and the errors met finding them (each reported once)."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self._configs: dict[Path, Config | None] = {}
        self._folders: dict[Path, Path] = {}  # a draft's folder as named -> resolved
        self._rule_sets: dict[tuple[str | None, tuple[str, ...]], RuleSet | None] = {}
        self._errors: list[AttrlintError] = []
        self._gitignored: GitIgnored | None = None
        self._cache: ResultCache | None = None

    def take_errors(self) -> list[AttrlintError]:
        """The configuration and rule errors, and warnings, met since last asked."""
        errors, self._errors = self._errors, []
        return errors

    def rule_set_for(self, path: Path | str) -> RuleSet | None:
        """The rule set that checks a draft; None when its config is broken or excludes it."""
        where = self._stdin_path() if path == "-" else Path(path)
        config = self._config_for(where.parent)
        if config is None or self._skips(config, where, str(path) if path == "-" else str(Path(path))):
            return None
        return self._resolved(config, config.ignored_for(where))

    def config_for(self, path: Path | str) -> Config | None:
        """The config that applies to a draft (for `--show-settings`); None when it is broken."""
        return self._config_for((self._stdin_path() if path == "-" else Path(path)).parent)

    def _skips(self, config: Config, where: Path, named: str) -> bool:
        """Whether a draft is left out: excluded by a config or `--exclude`, or ignored by git. A file
        named on the command line is checked whatever excludes it, unless `--force-exclude`."""
        options = self.options
        if named in options.named and not options.force_exclude:
            return False
        if config.excludes(where) or excluded(where, Path.cwd(), options.excluded):
            return True
        if not options.respect_gitignore:
            return False
        if self._gitignored is None:
            self._gitignored = GitIgnored()
        return self._gitignored(where)

    def rule_set_to_read(self, path: Path | str) -> RuleSet | None:
        """`rule_set_for` a draft about to be read: InputError first if it is not a regular file,
        before its folder is searched for a config (which a folder that may not be read forbids)."""
        if path != "-":
            require_regular_file(path)
        return self.rule_set_for(path)

    def rule_set_here(self) -> RuleSet | None:
        """The rule set of the current folder's config: what `explain` and `rules` describe."""
        config = self._config_for(Path.cwd())
        return self._resolved(config, ()) if config is not None else None

    def read(self, path: Path | str) -> Document:
        """A draft, or InputError: a path that is not a regular file is never opened."""
        if path == "-":
            return Document.from_stdin(self.options.stdin_filename or "-", self.options.max_bytes)
        require_regular_file(path)
        return read_draft(path, self.options.max_bytes, self.options.encoding)

    def lint(
        self, rule_set: RuleSet, doc: Document, analyses: Analyses | None = None
    ) -> tuple[list[Finding], list[AttrlintError]]:
        """A draft's findings: from the result cache when its bytes and rules were checked before."""
        if self.options.cache_dir is None or doc.data is None:
            return rule_set.lint(doc, analyses)
        if self._cache is None:
            from attrlint.cache import ResultCache  # only a cached run needs it

            self._cache = ResultCache(self.options.cache_dir)
        key = self._cache.key(rule_set, doc.path, doc.data, self.options.encoding or "")
        found = self._cache.get(key, doc.path)
        if found is not None:
            return found, []
        findings, errors = rule_set.lint(doc, analyses)
        self._cache.put(key, findings, errors)
        return findings, errors

    def documented(self, findings: list[Finding]) -> Mapping[str, Rule]:
        """The rule behind each finding's code, from the rule set that reported it (for SARIF)."""
        rules: dict[str, Rule] = {}
        for path in dict.fromkeys(finding.path for finding in findings):
            rule_set = self.rule_set_for(path if Path(path).exists() else "-")
            if rule_set is not None:
                rules.update({code: rule for code, rule in rule_set.known.items() if code not in rules})
        self.take_errors()  # met and reported while checking
        return rules

    def analysed(self, paths: Iterable[str]) -> Iterator[tuple[Document, Analyses] | AttrlintError]:
        """Each draft with its analyses under its own rule set (for the sheets), or the error that stopped it."""
        for path in find_drafts(paths):
            if isinstance(path, AttrlintError):
                yield path
                continue
            try:
                rule_set = self.rule_set_to_read(path)
                yield from self.take_errors()
                if rule_set is not None:
                    doc = self.read(path)
                    yield doc, rule_set.analyses(doc)
            except AttrlintError as err:
                yield err

    def _stdin_path(self) -> Path:
        return Path(self.options.stdin_filename) if self.options.stdin_filename else Path.cwd() / "stdin"

    def _config_for(self, folder: Path) -> Config | None:
        if self.options.config_file:
            folder = Path("<explicit>")
        elif folder in self._folders:
            folder = self._folders[folder]
        else:
            folder = self._folders[folder] = folder.resolve()
        if folder not in self._configs:
            try:
                explicit = self.options.config_file
                self._configs[folder] = read_config(explicit) if explicit else discover(folder)
            except ConfigError as err:
                self._configs[folder] = None
                self._errors.append(err)
            else:
                self._errors.extend(self._configs[folder].warnings)
        return self._configs[folder]

    def _resolved(self, config: Config, ignored_here: tuple[str, ...]) -> RuleSet | None:
        """The config's rule set, less the rules its per-file ignores leave out for a draft."""
        key = (config.path, ignored_here)
        if key not in self._rule_sets:
            options = self.options
            try:
                rule_set, broken = resolve(
                    config, options.chosen, [*options.ignored, *ignored_here], options.extended, options.max_findings
                )
            except (ConfigError, RuleError) as err:
                rule_set, broken = None, [err]
            self._rule_sets[key] = rule_set
            self._errors.extend(broken)
        return self._rule_sets[key]

    @property
    def resolved_any(self) -> bool:
        return bool(self._rule_sets)


def lint_each(run: Run, found: Iterable[Path | str | InputError], keep_documents: bool = False) -> Iterator[Report]:
    """A report for each draft `find_drafts` found (or for the error it met), in that order: the one
    walk over the drafts, which a run prints as it goes and a serial run merges; `keep_documents`
    keeps each draft with findings whole, for a fix."""
    for path in found:
        yield _checked(run, path, keep_documents)


def _checked(run: Run, path: Path | str | InputError, keep_documents: bool) -> Report:
    """One draft's report, or the error `find_drafts` met instead of it."""
    report = Report()
    if isinstance(path, InputError):
        report.errors.append(path)
        return report
    try:
        rule_set = run.rule_set_to_read(path)
    except InputError as err:
        report.errors.append(err)
        return report
    for err in run.take_errors():
        report.add_error(err)
    if rule_set is None:
        return report
    try:
        with _cycle_collector_paused():
            doc = run.read(path)
            analyses = rule_set.analyses(doc)  # made as asked: a draft read from the cache makes none
            findings, errors = run.lint(rule_set, doc, analyses)
            if run.options.sheets:
                from attrlint.sheets import draft_sheets  # only the formats that show sheets ask

                report.drafts[doc.path] = draft_sheets(doc, analyses)
    except InputError as err:
        report.errors.append(err)
        return report
    except MemoryError:
        report.errors.append(InputError("not checked: ran out of memory", str(path)))
        return report
    except Exception as err:  # noqa: BLE001 - a bug: the command line says which draft met it
        raise InternalError(str(path), f"{type(err).__name__}: {err}") from err
    report.files += 1
    for line in {finding.line for finding in findings}:  # once a line: a one-line draft can hold thousands
        report.lines[doc.path, line] = doc.line_text(line)
    if keep_documents and (findings or path == "-"):  # standard input is printed back, fixed or not
        report.documents[doc.path] = doc
    report.findings.extend(findings)
    report.errors.extend(errors)
    return report


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


def nothing_checked_errors(options: Options) -> list[AttrlintError]:
    """When no draft was checked, the errors of the current folder's config and the selectors, so a
    bad `--select` is still reported."""
    run = Run(options)
    run.rule_set_here()
    return run.take_errors()


def lint_serially(options: Options, paths: Iterable[str], keep_documents: bool = False) -> Report:
    """Check the drafts in this process."""
    run = Run(options)
    report = Report()
    for part in lint_each(run, find_drafts(paths), keep_documents):
        report.merge(part)
    if not run.resolved_any:  # no draft was checked: still report a bad selector or config
        run.rule_set_here()
        for err in run.take_errors():
            report.add_error(err)
    return report


class DocumentedRules(Mapping[str, Rule]):
    """The rules behind the findings' codes, looked up only if a format asks (SARIF describes each rule)."""

    def __init__(self, options: Options, findings: list[Finding]) -> None:
        self._options, self._findings = options, findings
        self._rules: Mapping[str, Rule] | None = None

    def _loaded(self) -> Mapping[str, Rule]:
        if self._rules is None:
            self._rules = Run(self._options).documented(self._findings)
        return self._rules

    def __getitem__(self, code: str) -> Rule:
        return self._loaded()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())
