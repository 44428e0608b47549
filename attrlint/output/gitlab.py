"""The `gitlab` format: a GitLab Code Quality report, which a merge request shows in its widget.

A JSON list of issues, each with a description, the rule as `check_name`, a severity, the
location (path and line) and a fingerprint that stays the same while the words at the problem do,
so GitLab tells new findings from old ones across commits.
"""

from __future__ import annotations

import json

from attrlint.finding import Finding, Severity
from attrlint.fingerprint import fingerprints
from attrlint.output import Context
from attrlint.output.shown import valid_utf8

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def issue(finding: Finding, fingerprint: str) -> dict[str, object]:
    return {
        "description": f"{finding.code} {finding.message}",
        "check_name": finding.code,
        "fingerprint": fingerprint,
        "severity": SEVERITIES[finding.severity],
        "location": {"path": finding.path, "lines": {"begin": finding.line, "end": finding.end_line}},
    }


def render(findings: list[Finding], context: Context) -> str:
    issues = [
        issue(finding, fingerprint)
        for finding, fingerprint in zip(findings, fingerprints(findings, context.source_line), strict=True)
    ]
    return valid_utf8(json.dumps(issues, indent=2, ensure_ascii=False)) + "\n"
