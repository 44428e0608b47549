"""The command line: `attrlint check`, `attrlint rules`, `attrlint explain`. Only this module prints."""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

import click

from attrlint import __version__
from attrlint.document import Document
from attrlint.errors import AttrlintError
from attrlint.finding import Finding, Severity
from attrlint.linter import MAX_BYTES, Linter, Report, find_drafts, lint_in_parallel
from attrlint.output import FORMATTERS
from attrlint.packs import LEVELS, Rule, load_rules

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: tuple[str, ...]) -> list[str]:
    """`--select A,B --select C` -> [A, B, C]."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def _max_bytes(megabytes: float) -> int | None:
    """`--max-size` as a byte count; 0 means no limit."""
    if math.isnan(megabytes):
        raise click.BadParameter("must be a number of megabytes")
    return None if megabytes == 0 else max(1, round(megabytes * 1e6))


def _use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _report_errors(errors: list[AttrlintError]) -> None:
    for err in errors:
        click.echo(f"attrlint: error: {err}", err=True)


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
    help="Record today's findings in this file (for --baseline) and exit 0.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Check drafts in this many processes (default: CPUs).",
)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0, max=1e6),
    default=MAX_BYTES / 1e6,
    show_default=True,
    metavar="MB",
    callback=lambda _ctx, _param, value: _max_bytes(value),
    help="Skip, with an error, any file larger than this (0: no limit).",
)
@click.option("--fix", is_flag=True, help="Apply the fixes that cannot change meaning, writing the drafts.")
@click.option("--diff", "show_diff", is_flag=True, help="Print those fixes as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="Also offer fixes that may change meaning (name spellings).")
def check(
    paths: tuple[str, ...],
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_file: Path | None,
    fail_on: str,
    statistics: bool,
    stdin_filename: str | None,
    quiet: bool,
    color: bool | None,
    diff_base: str | None,
    baseline: Path | None,
    write_baseline: Path | None,
    jobs: int | None,
    max_size: int | None,
    fix: bool,
    show_diff: bool,
    unsafe_fixes: bool,
) -> None:
    """Check drafts (files, folders of .md/.markdown/.txt, or - for standard input)."""
    jobs = jobs or os.cpu_count() or 1
    linter = Linter(
        config_file,
        _split(select) or None,
        _split(ignore),
        stdin_filename=stdin_filename,
        max_bytes=max_size,
        keep_documents=fix or show_diff,
    )
    report = lint_in_parallel(linter, paths, jobs)
    if show_diff or fix:
        diffs = _fix(report, write=fix and not show_diff, unsafe=unsafe_fixes)
        if show_diff:
            click.echo("".join(diffs), nl=False)
            _report_errors(report.errors)
            sys.exit(EXIT_ERROR if report.errors else EXIT_FINDINGS if diffs else EXIT_CLEAN)
        errors = report.errors
        settings = {**linter.settings(), "keep_documents": False}
        report = lint_in_parallel(Linter(**settings), paths, jobs)  # what the fixes left
        report.errors[:0] = [err for err in errors if str(err) not in {str(e) for e in report.errors}]
    try:
        findings = _narrowed(sorted(report.findings), report, paths, diff_base, baseline)
        if write_baseline is not None:
            from attrlint.baseline import write_baseline as write

            write(write_baseline, findings, report.source_line)
    except AttrlintError as err:
        report.errors.append(err)
        findings = []
    _report_errors(report.errors)
    if write_baseline is not None and not report.errors:
        click.echo(f"Wrote {len(findings)} finding(s) to {write_baseline}.")
        sys.exit(EXIT_CLEAN)
    if statistics:
        from attrlint.output import statistics as statistics_format  # start-up skips what most runs do not use

        click.echo(statistics_format.render(findings), nl=False)
    elif not (quiet and not findings):
        use_color = _use_color() if color is None else color
        output = FORMATTERS[fmt](
            findings, report.source_line, color=use_color, checked=report.files, errors=len(report.errors)
        )
        click.echo(_without_summary(output) if quiet and fmt == "text" else output, nl=False, color=use_color)
    if report.errors:
        sys.exit(EXIT_ERROR)
    threshold = Severity.parse(fail_on)
    sys.exit(EXIT_FINDINGS if any(finding.severity >= threshold for finding in findings) else EXIT_CLEAN)


def _fix(report: Report, write: bool, unsafe: bool) -> list[str]:
    """Apply (or, with write False, only show) the safe fixes for each draft; the diffs made."""
    from attrlint import fix as fixes  # imported here: start-up should not pay for what most runs skip

    diffs = []
    for path, doc in report.documents.items():
        findings = [finding for finding in report.findings if finding.path == path]
        new = fixes.apply_edits(doc.raw, fixes.fixes_for(doc, findings, unsafe=unsafe))
        if new == doc.raw or doc.data is None:
            continue
        diffs.append(fixes.unified_diff(path, doc.raw, new))
        if write:
            try:
                fixes.write_atomically(Path(path), new, doc.data)
            except AttrlintError as err:
                report.errors.append(err)
    return diffs


def _narrowed(
    findings: list[Finding], report: Report, paths: tuple[str, ...], diff_base: str | None, baseline: Path | None
) -> list[Finding]:
    """The findings a run reports: only on changed lines, only those not in the baseline."""
    from attrlint import baseline as baseline_file
    from attrlint import gitdiff

    if diff_base is not None:
        findings = gitdiff.only_changed(findings, gitdiff.changed_lines(diff_base, [p for p in paths if p != "-"]))
    if baseline is not None:
        findings = baseline_file.load_baseline(baseline).filter(findings, report.source_line)
    return findings


def _without_summary(output: str) -> str:
    """The text format less its closing summary line."""
    return "".join(output.splitlines(keepends=True)[:-1])


def _load_all() -> list[Rule]:
    rules, broken = load_rules()
    _report_errors(broken)
    return rules


@main.command("rules")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="A plain table, or the Markdown table the README carries.",
)
def list_rules(fmt: str) -> None:
    """List every built-in rule: code, name, level and what it finds."""
    from attrlint.ruledocs import markdown_table, rules_table

    rules = _load_all()
    click.echo(markdown_table(rules) if fmt == "markdown" else rules_table(rules))


@main.command()
@click.argument("paths", nargs=-1, required=True)
def names(paths: tuple[str, ...]) -> None:
    """Print each draft's name sheet: every person, the form given in full, every spelling with its lines."""
    from attrlint.names import analyse as analyse_names
    from attrlint.output import name_sheet

    failed = False
    for doc in _documents(paths):
        if doc is None:
            failed = True
            continue
        click.echo(name_sheet.render(doc, analyse_names(doc)))
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


@main.command()
@click.argument("paths", nargs=-1, required=True)
def sources(paths: tuple[str, ...]) -> None:
    """Print each draft's sourcing: every source, named or anonymous, what it carries and where."""
    from attrlint.attribution import analyse as analyse_attribution
    from attrlint.names import analyse as analyse_names
    from attrlint.output import source_sheet

    options = next(rule for rule in _load_all() if rule.kind == "attribution").check.opts
    lexicons = (tuple(options["cues"]), tuple(options["vague_sources"]), tuple(options["vague"]))
    failed = False
    for doc in _documents(paths):
        if doc is None:
            failed = True
            continue
        click.echo(source_sheet.render(doc, analyse_attribution(doc, *lexicons), analyse_names(doc)))
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


def _documents(paths: tuple[str, ...]):  # noqa: ANN202
    """Each draft read from the paths; None (after reporting why) for one that cannot be read."""
    for path in find_drafts(paths):
        try:
            yield Document.from_stdin(max_bytes=MAX_BYTES) if path == "-" else Document.from_file(path, MAX_BYTES)
        except AttrlintError as err:
            _report_errors([err])
            yield None


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Explain a rule (by code or name): what it finds, why, and examples."""
    from attrlint.ruledocs import explain_text

    for candidate in _load_all():
        if rule.upper() == candidate.code or rule == candidate.name:
            click.echo(explain_text(candidate))
            return
    click.echo(f"attrlint: error: no rule '{rule}'; `attrlint rules` lists them", err=True)
    sys.exit(EXIT_ERROR)
