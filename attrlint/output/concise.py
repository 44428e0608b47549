"""The `concise` format: one finding a line, `path:line:col: CODE message [name]`."""

from __future__ import annotations

from attrlint.finding import Finding
from attrlint.output import Context
from attrlint.output.shown import shown


def headline(finding: Finding) -> str:
    """The finding's line as written, controls and all: `shown` makes it fit for a terminal."""
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.code} {finding.message} [{finding.name}]"


def render(findings: list[Finding], context: Context) -> str:
    return "".join(shown(headline(finding)) + "\n" for finding in findings)
