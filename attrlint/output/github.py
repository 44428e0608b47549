"""The `github` format: one GitHub Actions workflow command a finding, shown as an annotation on the pull request.

`::warning file=story.md,line=3,col=1,endLine=3,endColumn=14,title=BOI003 advertisement::message`
"""

from __future__ import annotations

from attrlint.finding import Finding, Severity
from attrlint.output import Context
from attrlint.output.shown import shown

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message: GitHub reads `%`, CR and LF as escapes or the end of the command, and
    its log is a terminal, so every other control is shown escaped."""
    return shown(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """A property value: also `:` and `,`, which end the value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    properties = {
        "file": finding.path.replace("\\", "/"),
        "line": finding.line,
        "col": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "title": f"{finding.code} {finding.name}",
    }
    listed = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{COMMANDS[finding.severity]} {listed}::{escape_data(finding.message)}"


def render(findings: list[Finding], context: Context) -> str:
    return "".join(command(finding) + "\n" for finding in findings)
