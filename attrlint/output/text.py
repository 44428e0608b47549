"""The `text` format for people: the finding, then its line with a caret under the problem."""

from __future__ import annotations

from collections import Counter

import click

from attrlint.finding import Finding, Severity
from attrlint.output import Context
from attrlint.output.concise import headline
from attrlint.output.shown import shown

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _shown(text: str) -> str:
    """Source text as the snippet shows it: a tab one space, every control a visible escape."""
    return shown(text.replace("\t", " "))


def _snippet(finding: Finding, source: str) -> list[str]:
    gutter = str(finding.line)
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(source)
    before, under = _shown(source[:start]), _shown(source[start : max(end, start + 1)])
    caret = " " * len(before) + "^" * max(1, len(under))
    return [f" {gutter} | {_shown(source)}", f" {' ' * len(gutter)} | {caret}"]


def summary(findings: list[Finding], checked: int | None = None, errors: int = 0) -> str:
    """The last line: what was found, or why nothing was."""
    if checked == 0:
        return "No drafts were checked."
    if not findings and errors:
        return f"No problems found in the drafts checked, but attrlint reported {errors} error(s)."
    if not findings:
        return "All clear: no problems found."
    counts = Counter(str(finding.severity) for finding in findings)
    parts = ", ".join(f"{counts[level]} {level}" for level in ("error", "warning", "info") if counts[level])
    files = len({finding.path for finding in findings})
    noun = "problem" if len(findings) == 1 else "problems"
    return f"Found {len(findings)} {noun} ({parts}) in {files} file{'s' if files != 1 else ''}."


def render(findings: list[Finding], context: Context) -> str:
    lines: list[str] = []
    for finding in findings:
        head = shown(headline(finding))
        if context.color:
            head = click.style(head, fg=_COLOURS[finding.severity], bold=True)
        lines.append(head)
        lines.extend(_snippet(finding, context.source_line(finding.path, finding.line)))
    lines.append(summary(findings, context.checked, context.errors))
    return "\n".join(lines) + "\n"
