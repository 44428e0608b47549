"""The command line: `attrlint check`, `rules`, `explain`, `names`, `sources`, `lsp`. Only this module prints
(the language server speaks its protocol on standard output, through pygls)."""

from __future__ import annotations

import codecs
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, NoReturn

import click

from attrlint import __version__
from attrlint import run as runs
from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.errors import AttrlintError, failures
from attrlint.finding import Finding, Severity
from attrlint.linter import Report
from attrlint.output import FORMATTERS, SHOWS_DRAFTS, Context
from attrlint.output.shown import shown
from attrlint.packs import LEVELS
from attrlint.parallel import lint_in_parallel
from attrlint.ruleset import RuleSet

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
CACHE_FOLDER = ".attrlint_cache"  # in the folder attrlint runs from, as ruff's .ruff_cache


def _split(values: tuple[str, ...]) -> list[str]:
    """`--select A,B --select C` -> [A, B, C]."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def _max_bytes(megabytes: float) -> int | None:
    """`--max-size` as a byte count; 0 means no limit."""
    if math.isnan(megabytes):
        raise click.BadParameter("must be a number of megabytes")
    return None if megabytes == 0 else max(1, round(megabytes * 1e6))


def _codec(name: str | None) -> str | None:
    """A codec name click was given, checked now: a misspelt one is a usage error, not one per draft."""
    if name is None:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise click.BadParameter(f"unknown encoding '{shown(name)}' (for example cp1252, latin-1, mac-roman)") from None


def _use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _report_errors(errors: list[AttrlintError]) -> None:
    for err in errors:
        click.echo(f"attrlint: {'warning' if err.warning else 'error'}: {shown(str(err))}", err=True)


def run() -> None:
    """The console script: the command line, then a quick way out.

    Python's shutdown frees every module and compiled pattern one by one, a tenth of a short
    run, and nothing needs it: fixed files are renamed into place before this point, and the
    output is flushed here. So the process ends with os._exit.
    """
    try:
        main()
        code = EXIT_CLEAN
    except SystemExit as stop:  # click ends every command this way, with an int
        code = stop.code if isinstance(stop.code, int) else EXIT_CLEAN
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: nothing more can be said
    os._exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="attrlint")
def main() -> None:
    """attrlint: a source-attribution linter for news copy."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(sorted(FORMATTERS)), default="text", show_default=True, help="Output format."
)
@click.option("--select", multiple=True, help="Only these rules (code, prefix or name; comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rules (code, prefix or name; comma-separated).")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this config file instead of the nearest .attrlint.yaml.",
)
@click.option(
    "--fail-on",
    type=click.Choice(LEVELS),
    default="info",
    show_default=True,
    help="The lowest level of finding that makes the run fail (exit 1).",
)
@click.option("--statistics", is_flag=True, help="Print how many findings each rule raised instead of the findings.")
@click.option("--stdin-filename", help="The file name standard input stands for, in messages and config lookup.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no summary, nothing when all is clear.")
@click.option("--color/--no-color", default=None, help="Colour the text format (default: only on a terminal).")
@click.option("--diff-base", metavar="REF", help="Report only findings on lines changed since this git ref.")
@click.option(
    "--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Report only findings not in this baseline."
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in this file (for --baseline) instead of printing them.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Check drafts in this many processes (default: CPUs).",
)
@click.option(
    "--encoding",
    callback=lambda _ctx, _param, value: _codec(value),
    help="The encoding of drafts that are not UTF-8 or UTF-16 (Windows-1252 is detected without it).",
)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0, max=1e6),
    default=runs.MAX_BYTES / 1e6,
    show_default=True,
    metavar="MB",
    callback=lambda _ctx, _param, value: _max_bytes(value),
    help="Skip, with an error, any file larger than this (0: no limit).",
)
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Check on a Dask cluster: a scheduler's address, or 'local' for one on this machine (the dask extra).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    envvar="ATTRLINT_NO_CACHE",
    help="Check every draft afresh instead of reading unchanged drafts' findings from the cache.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="ATTRLINT_CACHE_DIR",
    help="Where the result cache lives (default: .attrlint_cache in the current folder).",
)
@click.option("--fix", is_flag=True, help="Apply the fixes that cannot change meaning, writing the drafts.")
@click.option("--diff", "show_diff", is_flag=True, help="Print those fixes as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="Also offer fixes that may change meaning (name spellings).")
def check(paths: tuple[str, ...], **flags: object) -> None:
    """Check drafts (files, folders of .md/.markdown/.txt, or - for standard input)."""
    want = CheckFlags(**flags)
    options = _run_options(want)
    jobs = want.jobs or os.cpu_count() or 1
    report = _checked(options, list(paths), want, jobs)
    if want.show_diff:
        diffs = runs.diffs(options, report, unsafe=want.unsafe_fixes)
        click.echo("".join(diffs), nl=False)
        _report_errors(report.errors)
        sys.exit(EXIT_ERROR if failures(report.errors) else EXIT_FINDINGS if diffs else EXIT_CLEAN)
    if want.fix:
        report = runs.fix(options, report, unsafe=want.unsafe_fixes, paths=paths)
    try:
        findings = runs.narrowed(sorted(report.findings), report, paths, want.diff_base, want.baseline)
    except AttrlintError as err:  # a baseline that cannot be read
        report.errors.append(err)
        findings = []
        if want.write_baseline is not None:  # today's findings were not narrowed: write nothing
            _report_errors(report.errors)
            sys.exit(EXIT_ERROR)
    if want.write_baseline is not None:
        _write_baseline(want.write_baseline, findings, report)
    _report_errors(report.errors)
    _print_findings(findings, report, want, options)
    if failures(report.errors):
        sys.exit(EXIT_ERROR)
    threshold = Severity.parse(want.fail_on)
    sys.exit(EXIT_FINDINGS if any(finding.severity >= threshold for finding in findings) else EXIT_CLEAN)


def _write_baseline(path: Path, findings: list[Finding], report: Report) -> NoReturn:
    """Write the baseline and say so, or say why not; exit 2 if it failed or a draft could not be read."""
    from attrlint.baseline import write_baseline

    try:
        write_baseline(path, findings, report.source_line)
    except AttrlintError as err:
        _report_errors([*report.errors, err])
        sys.exit(EXIT_ERROR)
    _report_errors(report.errors)
    click.echo(f"Wrote {len(findings)} finding(s) to {shown(str(path))}.")
    sys.exit(EXIT_ERROR if failures(report.errors) else EXIT_CLEAN)


class CheckFlags(NamedTuple):
    """The options of `check`, as click parsed them."""

    fmt: str
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    config_file: Path | None
    fail_on: str
    statistics: bool
    stdin_filename: str | None
    quiet: bool
    color: bool | None
    diff_base: str | None
    baseline: Path | None
    write_baseline: Path | None
    jobs: int | None
    max_size: int | None
    encoding: str | None
    dask: str | None
    no_cache: bool
    cache_dir: Path | None
    fix: bool
    show_diff: bool
    unsafe_fixes: bool


def _checked(options: runs.Options, paths: list[str], want: CheckFlags, jobs: int) -> Report:
    """The report of checking the drafts: here, in `jobs` processes, or on a Dask cluster."""
    keep = want.fix or want.show_diff
    if want.dask is None:
        return lint_in_parallel(options, paths, jobs, keep_documents=keep)
    from attrlint.distributed import lint_on_dask  # only a Dask run pays for importing it

    try:
        return lint_on_dask(options, paths, want.dask, jobs, keep)
    except AttrlintError as err:
        _report_errors([err])
        sys.exit(EXIT_ERROR)


def _run_options(want: CheckFlags) -> runs.Options:
    return runs.Options(
        want.config_file, _split(want.select) or None, _split(want.ignore), want.stdin_filename, want.max_size,
        want.encoding, None if want.no_cache else want.cache_dir or Path(CACHE_FOLDER),
        sheets=want.fmt in SHOWS_DRAFTS,
    )  # fmt: skip


def _print_findings(findings: list[Finding], report: Report, want: CheckFlags, options: runs.Options) -> None:
    """The findings in the chosen format, or the statistics; nothing with --quiet when all is clear."""
    if want.statistics:
        from attrlint.output import statistics as statistics_format  # start-up skips what most runs do not use

        click.echo(statistics_format.render(findings), nl=False)
        return
    if want.quiet and not findings:
        return
    use_color = _use_color() if want.color is None else want.color
    errors = len(failures(report.errors))
    rules = runs.DocumentedRules(options, findings)
    context = Context(report.source_line, use_color, report.files, errors, rules, report.drafts)
    output = FORMATTERS[want.fmt](findings, context)
    click.echo(_without_summary(output) if want.quiet and want.fmt == "text" else output, nl=False, color=use_color)


def _without_summary(output: str) -> str:
    """The text format less its closing summary line."""
    return "".join(output.splitlines(keepends=True)[:-1])


_config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this config file instead of the nearest .attrlint.yaml.",
)


def _rule_set_here(config_file: Path | None) -> RuleSet:
    """The rule set the current folder's config (or --config) loads; broken rules are reported."""
    current = runs.Run(runs.Options(config_file))
    rule_set = current.rule_set_here()
    _report_errors(current.take_errors())
    if rule_set is None:
        sys.exit(EXIT_ERROR)
    return rule_set


@main.command("rules")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="A plain table, or the Markdown table the README carries.",
)
@_config_option
def list_rules(fmt: str, config_file: Path | None) -> None:
    """List every rule the config loads: code, name, level and what it finds."""
    from attrlint.ruledocs import markdown_table, rules_table

    rules = list(_rule_set_here(config_file).known.values())
    click.echo(markdown_table(rules) if fmt == "markdown" else rules_table(rules))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_config_option
def names(paths: tuple[str, ...], config_file: Path | None) -> None:
    """Print each draft's name sheet: every person, the form given in full, every spelling with its lines."""
    from attrlint import sheets
    from attrlint.output import name_sheet

    _print_sheets(paths, config_file, lambda doc, found: name_sheet.render(sheets.name_sheet(doc, found.names)))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_config_option
def sources(paths: tuple[str, ...], config_file: Path | None) -> None:
    """Print each draft's sourcing: every source, named or anonymous, what it carries and where."""
    from attrlint import sheets
    from attrlint.output import source_sheet

    _print_sheets(
        paths,
        config_file,
        lambda doc, found: source_sheet.render(sheets.source_sheet(doc, found.attribution, found.names)),
    )


def _print_sheets(paths: tuple[str, ...], config_file: Path | None, sheet: Callable[[Document, Analyses], str]) -> None:
    """A sheet for each draft, read with the rules of its own config; exit 2 if any draft could not be read."""
    failed = False
    for item in runs.Run(runs.Options(config_file)).analysed(paths):
        if isinstance(item, AttrlintError):
            _report_errors([item])
            failed = failed or not item.warning
            continue
        try:
            click.echo(sheet(*item))
        except TimeoutError:  # a newsroom's lexicon regex ran out of time on this draft
            _report_errors([AttrlintError("no sheet: a regex of the config ran too long on this file", item[0].path)])
            failed = True
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


@main.command()
@_config_option
def lsp(config_file: Path | None) -> None:
    """Run the language server on standard input and output, for an editor (needs the lsp extra)."""
    try:
        from attrlint.lsp import serve
    except ImportError as err:
        click.echo(f"attrlint: error: `attrlint lsp` needs pygls: pip install 'attrlint[lsp]' ({err})", err=True)
        sys.exit(EXIT_ERROR)
    serve(config_file)


@main.command()
@click.argument("rule")
@_config_option
def explain(rule: str, config_file: Path | None) -> None:
    """Explain a rule (by code or name): what it finds, why, and examples."""
    from attrlint.ruledocs import explain_text

    found = _rule_set_here(config_file).describe(rule)
    if found is None:
        click.echo(f"attrlint: error: no rule '{shown(rule)}'; `attrlint rules` lists them", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(explain_text(found))
