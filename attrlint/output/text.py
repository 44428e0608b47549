"""The `text` format for people: the finding, then its line with a caret under the problem."""

from __future__ import annotations

from collections import Counter

import click

from attrlint.finding import Finding, Severity
from attrlint.output import Context
from attrlint.output.concise import headline
from attrlint.output.shown import shown

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


WINDOW = 100  # at most this many columns of a line are shown under a finding
LEAD = 40  # of which at most this many come before it
MIN_WINDOW = 20  # however narrow the terminal
CUT = "\u2026"  # where the window cuts the line


def _shown(text: str) -> str:
    """Source text as the snippet shows it: a tab one space, every control a visible escape."""
    return shown(text.replace("\t", " "))


def _fitting(chars: str, budget: int) -> int:
    """How many of `chars`, from the first, fit in `budget` columns once shown."""
    count = 0
    for char in chars:
        budget -= len(_shown(char))
        if budget < 0:
            break
        count += 1
    return count


def _window(source: str, start: int, window: int = WINDOW) -> tuple[int, int]:
    """The slice of the line shown around a finding at `start`: at most LEAD columns before it
    (two fifths of a narrower window), `window` in all (a long line shows its end in full, from
    further back)."""
    lead = min(LEAD, window * 2 // 5)
    start = min(start, len(source))
    before = _fitting(source[max(0, start - lead) : start][::-1], lead)
    after = _fitting(source[start : start + window], window - len(_shown(source[start - before : start])))
    lo, hi = start - before, start + after
    if hi == len(source):
        used = len(_shown(source[lo:hi]))
        lo -= _fitting(source[max(0, lo - window) : lo][::-1], window - used)
    return lo, hi


def _columns(gutter: str, width: int | None) -> int:
    """How many columns of the line fit beside the gutter and the two cut marks on a terminal this wide."""
    if width is None:
        return WINDOW
    return max(MIN_WINDOW, min(WINDOW, width - len(f" {gutter} | ") - 2))


def _snippet(finding: Finding, source: str, width: int | None = None) -> list[str]:
    """The finding's line, or a window of a long one, with a caret under the problem."""
    gutter = str(finding.line)
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(source)
    lo, hi = _window(source, start, _columns(gutter, width))
    head, tail = (CUT if lo > 0 else ""), (CUT if hi < len(source) else "")
    before = head + _shown(source[lo:start])
    under = _shown(source[start : min(max(end, start + 1), hi)])
    caret = " " * len(before) + "^" * max(1, len(under))
    return [f" {gutter} | {head}{_shown(source[lo:hi])}{tail}", f" {' ' * len(gutter)} | {caret}"]


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


def fix_note(findings: list[Finding], unsafe_fixes: bool = False) -> str:
    """What --fix would do about the findings (` 2 fixable with --fix.`), or nothing."""
    fixable = sum(1 for finding in findings if finding.fix is not None and finding.fix.applies(unsafe_fixes))
    hidden = sum(1 for finding in findings if finding.fix is not None and not finding.fix.applies(unsafe_fixes))
    parts = [f"{fixable} fixable with --fix"] if fixable else []
    if hidden:
        parts.append(f"{hidden} {'more ' if fixable else ''}with --fix --unsafe-fixes")
    return f" {', '.join(parts)}." if parts else ""


def render_findings(findings: list[Finding], context: Context) -> str:
    """Each finding with its snippet, without the closing summary: what a run prints as it goes."""
    lines: list[str] = []
    for finding in findings:
        head = shown(headline(finding))
        if context.color:
            head = click.style(head, fg=_COLOURS[finding.severity], bold=True)
        lines.append(head)
        lines.extend(_snippet(finding, context.source_line(finding.path, finding.line), context.width))
        if finding.fix is not None and not finding.fix.applies(context.unsafe_fixes):
            lines.append(f" {' ' * len(str(finding.line))} = an unsafe fix: --fix --unsafe-fixes would make it")
    return "".join(line + "\n" for line in lines)


def closing(findings: list[Finding], context: Context) -> str:
    """The summary line, with what --fix would do."""
    return summary(findings, context.checked, context.errors) + fix_note(findings, context.unsafe_fixes) + "\n"


def render(findings: list[Finding], context: Context) -> str:
    return render_findings(findings, context) + closing(findings, context)
