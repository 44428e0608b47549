"""The `concise` format: one finding a line, `path:line:col: CODE message [name]`."""

from __future__ import annotations

from collections.abc import Callable

from attrlint.finding import Finding


def headline(finding: Finding) -> str:
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.code} {finding.message} [{finding.name}]"


def render(
    findings: list[Finding],
    source_line: Callable[[str, int], str],
    color: bool = False,
    checked: int | None = None,
    errors: int = 0,
) -> str:
    return "".join(headline(finding) + "\n" for finding in findings)
