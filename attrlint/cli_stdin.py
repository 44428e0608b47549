"""`check --fix -` and `check --diff -`: an editor's integration, as with ruff and black.

The draft comes in on standard input. `--fix` writes it back on standard output, fixed (or as
it came, when there is nothing to fix), and the findings left in it on standard error, in the
chosen format; `--diff` prints the diff.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from attrlint import run as runs
from attrlint.cli_check import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, fix_summary, report_errors
from attrlint.errors import ConfigError, failures
from attrlint.finding import Severity
from attrlint.output import FORMATTERS, Context
from attrlint.run_fixes import fixed_drafts

if TYPE_CHECKING:
    from attrlint.cli_check import CheckFlags


def fix_stdin(options: runs.Options, paths: tuple[str, ...], want: CheckFlags) -> int:
    """Fix or diff standard input; the exit code."""
    if list(paths) != ["-"]:
        report_errors([ConfigError("with --fix or --diff, standard input (-) must be the only path")])
        return EXIT_ERROR
    report = runs.lint_serially(options, ["-"], keep_documents=True)
    doc = next(iter(report.documents.values()), None)
    fixed = next(fixed_drafts(options, report, want.unsafe_fixes), None) if doc is not None else None
    report_errors(report.errors)
    if doc is None or doc.data is None:  # not read, or excluded: nothing to give back
        return EXIT_ERROR if failures(report.errors) else EXIT_CLEAN
    if want.show_diff:
        from attrlint.fix import unified_diff

        diff = unified_diff(doc.path, doc.raw, fixed.after.raw) if fixed else ""
        click.echo(diff, nl=False)
        return EXIT_ERROR if failures(report.errors) else EXIT_FINDINGS if diff and not want.exit_zero else EXIT_CLEAN
    stdout = sys.stdout.buffer
    stdout.write(fixed.draft.encoded() if fixed else doc.data)
    stdout.flush()
    findings = sorted(fixed.findings if fixed else report.findings)
    after = fixed.after if fixed else doc
    color = want.color if want.color is not None else sys.stderr.isatty()
    context = Context(lambda _path, line: after.line_text(line), color, 1, 0, runs.DocumentedRules(options, findings))
    if findings or not want.quiet:
        click.echo(FORMATTERS[want.fmt](findings, context._replace(unsafe_fixes=want.unsafe_fixes)), nl=False, err=True)
    if want.fmt == "text" and not want.quiet or want.show_fixes:
        for line in fix_summary({doc.path: fixed.applied if fixed else []}, len(findings), want.show_fixes):
            click.echo(line, err=True)
    threshold = Severity.parse(want.fail_on)
    failing = any(finding.severity >= threshold for finding in findings) and not want.exit_zero
    return EXIT_ERROR if failures(report.errors) else EXIT_FINDINGS if failing else EXIT_CLEAN
