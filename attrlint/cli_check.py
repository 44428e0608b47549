"""`attrlint check`, from its parsed options to what it prints and its exit code.

The command line (this module and `cli.py`) is all that prints. A run prints each draft's
findings as the draft is checked, in the order a serial run checks them, when the format allows
(`text`, `concise`, `github`) and nothing needs every finding first (`--fix`, `--diff`,
`--statistics`, `--write-baseline`); a progress bar goes to standard error when both streams are
a terminal. Ctrl-C stops the run, prints what was found so far, and exits 130.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple, NoReturn

import click

from attrlint import run as runs
from attrlint.errors import AttrlintError, InputError, failures
from attrlint.finding import Finding, Severity
from attrlint.inputs import find_drafts
from attrlint.output import FORMATTERS, SHOWS_DRAFTS, STREAMED, Context
from attrlint.output.shown import shown
from attrlint.parallel import checked_drafts
from attrlint.report import Report

if TYPE_CHECKING:
    from attrlint.baseline import Baseline

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
CACHE_FOLDER = ".attrlint_cache"  # in the folder attrlint runs from, as ruff's .ruff_cache


class CheckFlags(NamedTuple):
    """The options of `check`, as click parsed them."""

    fmt: str
    select: tuple[str, ...]
    extend_select: tuple[str, ...]
    ignore: tuple[str, ...]
    exclude: tuple[str, ...]
    force_exclude: bool
    respect_gitignore: bool
    config_file: Path | None
    fail_on: str
    exit_zero: bool
    statistics: bool
    stdin_filename: str | None
    quiet: bool
    color: bool | None
    output_file: Path | None
    diff_base: str | None
    baseline: Path | None
    write_baseline: Path | None
    jobs: int | None
    encoding: str | None
    max_size: int | None
    dask: str | None
    no_cache: bool
    cache_dir: Path | None
    max_findings: int | None
    fix: bool
    show_diff: bool
    unsafe_fixes: bool
    show_fixes: bool
    show_settings: bool


def split(values: tuple[str, ...]) -> list[str]:
    """`--select A,B --select C` -> [A, B, C]."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def report_errors(errors: list[AttrlintError]) -> None:
    for err in errors:
        click.echo(f"attrlint: {'warning' if err.warning else 'error'}: {shown(str(err))}", err=True)


def run_options(want: CheckFlags, paths: tuple[str, ...]) -> runs.Options:
    named = frozenset(str(Path(name)) if name != "-" else name for name in paths if not os.path.isdir(name))
    return runs.Options(
        config_file=want.config_file,
        chosen=split(want.select) or None,
        ignored=split(want.ignore),
        stdin_filename=want.stdin_filename,
        max_bytes=want.max_size,
        encoding=want.encoding,
        cache_dir=None if want.no_cache else want.cache_dir or Path(CACHE_FOLDER),
        extended=tuple(split(want.extend_select)),
        excluded=tuple(split(want.exclude)),
        named=named,
        force_exclude=want.force_exclude,
        respect_gitignore=want.respect_gitignore,
        max_findings=want.max_findings,
        sheets=want.fmt in SHOWS_DRAFTS,
    )


def use_color(want: CheckFlags, out: IO[str]) -> bool:
    """--color/--no-color, else NO_COLOR (off), else FORCE_COLOR (on), else whether `out` is a terminal."""
    if want.color is not None:
        return want.color
    if "NO_COLOR" in os.environ:
        return False
    return bool(os.environ.get("FORCE_COLOR")) or out.isatty()


def check(paths: tuple[str, ...], want: CheckFlags) -> NoReturn:
    """Check the drafts under the paths and exit (`--show-settings` and `--fix -` are the CLI's to send elsewhere)."""
    options = run_options(want, paths)
    narrowing = _narrowing(want, paths)
    with _output(want.output_file) as out:
        sys.exit(_check(options, paths, want, narrowing, out))


class Narrowing(NamedTuple):
    """What `--diff-base` and `--baseline` leave of each draft's findings."""

    changed: dict[str, set[int]] | None
    baseline: Baseline | None

    def of(self, findings: list[Finding], report: Report) -> list[Finding]:
        if self.changed is not None:
            from attrlint.gitdiff import only_changed

            findings = only_changed(findings, self.changed)
        if self.baseline is not None:
            findings = self.baseline.filter(findings, report.source_line)
        return findings


def _narrowing(want: CheckFlags, paths: tuple[str, ...]) -> Narrowing:
    """The changed lines and the baseline, read before any draft is checked; exit 2 if either cannot be."""
    try:
        changed = None
        if want.diff_base is not None:
            from attrlint import gitdiff

            changed = gitdiff.changed_lines(want.diff_base, [path for path in paths if path != "-"])
        baseline = None
        if want.baseline is not None:
            from attrlint.baseline import load_baseline

            baseline = load_baseline(want.baseline)
    except AttrlintError as err:
        report_errors([err])
        sys.exit(EXIT_ERROR)
    return Narrowing(changed, baseline)


@contextmanager
def _output(path: Path | None) -> Iterator[IO[str]]:
    """Where the findings go: standard output, or the file `-o` names (exit 2 if it cannot be written)."""
    if path is None:
        yield sys.stdout
        return
    try:
        handle = open(path, "w", encoding="utf-8")  # noqa: SIM115  (closed below, after the run)
    except OSError as err:
        report_errors([AttrlintError(f"cannot write the output file: {err.strerror}", str(path))])
        sys.exit(EXIT_ERROR)
    with handle:
        yield handle


class Progress:
    """A progress bar on standard error, shown only when both streams are a terminal; cleared before
    any output, so findings and the bar never share a line."""

    def __init__(self, total: int, shown_bar: bool) -> None:
        steps = max(1, total // 200)  # redrawn at most 200 times
        self.bar = (
            click.progressbar(length=total, label="Checking", file=sys.stderr, show_pos=True, update_min_steps=steps)
            if shown_bar  # else never made: start-up does not pay for click's terminal code
            else None
        )

    def step(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def clear(self) -> None:
        if self.bar is not None:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.bar._last_line = None  # drawn again at the next step


class Printer(NamedTuple):
    """Where and how a run prints: the stream, colour, the terminal's width (None: not one), and
    whether findings are printed draft by draft."""

    out: IO[str]
    color: bool
    width: int | None
    streamed: bool


def _check(options: runs.Options, paths: tuple[str, ...], want: CheckFlags, narrowing: Narrowing, out: IO[str]) -> int:
    """Check the drafts, print as the format allows, and return the exit code."""
    streamed = want.fmt in STREAMED and not (want.fix or want.show_diff or want.statistics or want.write_baseline)
    printer = Printer(out, use_color(want, out), shutil.get_terminal_size().columns if out.isatty() else None, streamed)
    found = list(find_drafts(paths))
    total, findings, interrupted = _run(options, found, want, narrowing, printer)
    applied: dict[str, list[Finding]] = {}
    if interrupted:
        message = f"attrlint: interrupted after {total.files} of {len(found)} draft(s); what was found so far:"
        click.echo(message, err=True)
    elif want.show_diff:
        return _print_diffs(options, total, want, out)
    elif want.fix:
        findings, applied = _fix(options, total, want, narrowing, paths)
    if want.write_baseline is not None and not interrupted:
        return _write_baseline(want.write_baseline, findings, total)
    _finish(findings, total, want, options, printer)
    if want.fix and not interrupted:
        _tell_fixes(applied, len(findings), want, printer)
    return _exit_code(findings, total, want, interrupted)


def _run(
    options: runs.Options,
    found: list[Path | str | InputError],
    want: CheckFlags,
    narrowing: Narrowing,
    printer: Printer,
) -> tuple[Report, list[Finding], bool]:
    """Check each draft found, printing its errors (and, streamed, its findings) as it is done; the
    report, the findings kept, and whether Ctrl-C stopped the run."""
    progress = Progress(len(found), sys.stderr.isatty() and printer.out.isatty() and not want.quiet)
    total, findings = Report(), []
    parts = _parts(options, found, want)
    try:
        for part in parts:
            errors = total.merge(part)
            fresh = part.findings if want.fix or want.show_diff else narrowing.of(sorted(part.findings), total)
            findings += fresh
            progress.step()
            shown_now = printer.streamed and fresh
            if errors or shown_now:
                progress.clear()
            report_errors(errors)
            if shown_now:
                context = _context(total, fresh, want, options, printer)
                _write(printer, _streamed_part(want.fmt, fresh, context))
    except KeyboardInterrupt:
        parts.close()
        progress.clear()
        return total, findings, True
    progress.clear()
    if total.files == 0:  # still report a bad selector or config
        report_errors([err for err in runs.nothing_checked_errors(options) if total.merge(Report(errors=[err]))])
    return total, findings, False


def _parts(options: runs.Options, found: list[Path | str | InputError], want: CheckFlags) -> Iterator[Report]:
    """Each draft's report as it is checked: here, in `--jobs` processes, or on a Dask cluster."""
    jobs, keep = want.jobs or os.cpu_count() or 1, want.fix or want.show_diff
    if want.dask is None:
        return checked_drafts(options, found, jobs, keep_documents=keep)
    from attrlint.distributed import checked_on_dask  # only a Dask run pays for importing it

    try:
        return checked_on_dask(options, found, want.dask, jobs, keep)
    except AttrlintError as err:
        report_errors([err])
        sys.exit(EXIT_ERROR)


def _tell_fixes(applied: dict[str, list[Finding]], left: int, want: CheckFlags, printer: Printer) -> None:
    """What --fix did: after the text format's report; on standard error with --show-fixes in other
    formats, whose output a program reads."""
    if want.quiet or (want.fmt != "text" and not want.show_fixes):
        return
    told = "".join(line + "\n" for line in fix_summary(applied, left, want.show_fixes))
    if want.fmt == "text":
        _write(printer, told)
    else:
        click.echo(told, nl=False, err=True)


def _streamed_part(fmt: str, findings: list[Finding], context: Context) -> str:
    if fmt == "text":
        from attrlint.output import text

        return text.render_findings(findings, context)
    return FORMATTERS[fmt](findings, context)


def _context(
    report: Report, findings: list[Finding], want: CheckFlags, options: runs.Options, printer: Printer
) -> Context:
    unreadable = tuple((err.path or "", err.message) for err in report.errors if isinstance(err, InputError))
    rules = runs.DocumentedRules(options, findings)
    errors = len(failures(report.errors))
    return Context(
        report.source_line,
        printer.color,
        report.files,
        errors,
        rules,
        want.unsafe_fixes,
        printer.width,
        unreadable,
        report.drafts,
    )


def _write(printer: Printer, text: str) -> None:
    click.echo(text, file=printer.out, nl=False, color=printer.color)


def _finish(findings: list[Finding], report: Report, want: CheckFlags, options: runs.Options, printer: Printer) -> None:
    """What is printed once every draft is checked: the statistics, the whole report, or the summary."""
    context = _context(report, findings, want, options, printer)
    if want.statistics:
        from attrlint.output import statistics

        render = statistics.render_json if want.fmt == "json" else statistics.render
        _write(printer, render(findings, report.files))
    elif want.quiet and not findings:
        return
    elif not printer.streamed:
        output = FORMATTERS[want.fmt](findings, context)
        _write(printer, _without_summary(output) if want.quiet and want.fmt == "text" else output)
    elif want.fmt == "text" and not want.quiet:
        from attrlint.output import text

        _write(printer, text.closing(findings, context))


def _without_summary(output: str) -> str:
    """The text format less its closing summary line."""
    return "".join(output.splitlines(keepends=True)[:-1])


def _exit_code(findings: list[Finding], report: Report, want: CheckFlags, interrupted: bool) -> int:
    if interrupted:
        return EXIT_INTERRUPTED
    if failures(report.errors):
        return EXIT_ERROR
    threshold = Severity.parse(want.fail_on)
    failing = any(finding.severity >= threshold for finding in findings)
    return EXIT_FINDINGS if failing and not want.exit_zero else EXIT_CLEAN


def _print_diffs(options: runs.Options, report: Report, want: CheckFlags, out: IO[str]) -> int:
    from attrlint import run_fixes  # only --diff and --fix pay for importing it

    printed = len(report.errors)
    diffs = run_fixes.diffs(options, report, unsafe=want.unsafe_fixes)
    click.echo("".join(diffs), file=out, nl=False)
    report_errors(report.errors[printed:])
    if failures(report.errors):
        return EXIT_ERROR
    return EXIT_FINDINGS if diffs and not want.exit_zero else EXIT_CLEAN


def _write_baseline(path: Path, findings: list[Finding], report: Report) -> int:
    """Write the baseline and say so, or say why not; 2 if it failed or a draft could not be read."""
    from attrlint.baseline import write_baseline

    try:
        write_baseline(path, findings, report.source_line)
    except AttrlintError as err:
        report_errors([err])
        return EXIT_ERROR
    click.echo(f"Wrote {len(findings)} finding(s) to {shown(str(path))}.")
    return EXIT_ERROR if failures(report.errors) else EXIT_CLEAN


def _fix(
    options: runs.Options, report: Report, want: CheckFlags, narrowing: Narrowing, paths: tuple[str, ...]
) -> tuple[list[Finding], dict[str, list[Finding]]]:
    """Write the fixes; what is left, and the findings fixed in each draft written."""
    from attrlint.run_fixes import fix_and_tell  # as above

    printed = len(report.errors)
    report, applied = fix_and_tell(options, report, want.unsafe_fixes, paths)
    report_errors(report.errors[printed:])
    return narrowing.of(sorted(report.findings), report), applied


def fix_summary(applied: dict[str, list[Finding]], left: int, show_fixes: bool) -> list[str]:
    """`Fixed 3 problems in 1 file; 4 remain.`, and with --show-fixes a line for each fix."""
    from attrlint.output.concise import headline

    count = sum(len(found) for found in applied.values())
    drafts = sum(1 for found in applied.values() if found)
    lines = [
        f"Fixed {count} problem{'' if count == 1 else 's'} in {drafts} file{'' if drafts == 1 else 's'}; "
        f"{left} remain{'s' if left == 1 else ''}."
    ]
    if show_fixes:
        lines += [f"  fixed {shown(headline(finding))}" for found in applied.values() for finding in found]
    return lines
