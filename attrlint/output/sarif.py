"""The `sarif` format: a SARIF 2.1.0 log, the file GitHub code scanning and other CI dashboards read.

One run: the tool with every rule that has a finding (its documentation from the rule file), and a
result per finding. Columns count characters (Unicode code points), as attrlint's do everywhere.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from attrlint import __version__, fingerprint
from attrlint.finding import SAFE, Finding, Severity
from attrlint.output import Context
from attrlint.output.shown import valid_utf8
from attrlint.ruledocs import explain_text, first_sentence

if TYPE_CHECKING:
    from attrlint.packs import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
# Used until the package metadata names a home page ([project.urls] in pyproject.toml).
DEFAULT_INFORMATION_URI = "https://pypi.org/project/attrlint/"
FINGERPRINT_KEY = "attrlintFinding/v1"  # the finding's path, code and words around it (attrlint.fingerprint)
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_HOME_LABELS = ("homepage", "home", "documentation", "repository", "source")


def information_uri() -> str:
    """The home page the installed package's metadata names, else its PyPI page."""
    try:
        urls = importlib.metadata.metadata("attrlint").get_all("Project-URL") or []
    except importlib.metadata.PackageNotFoundError:
        urls = []
    by_label = {}
    for entry in urls:  # "Homepage, https://..."
        label, _, url = entry.partition(",")
        by_label[label.strip().lower()] = url.strip()
    return next((by_label[label] for label in _HOME_LABELS if by_label.get(label)), DEFAULT_INFORMATION_URI)


def artifact_uri(path: str) -> str:
    """A finding's file as a URI reference: relative with forward slashes (an absolute path outside the
    working folder becomes a file: URI), each byte of the name that is not plain ASCII percent-encoded."""
    file = Path(path)
    if file.is_absolute():
        try:
            file = file.relative_to(Path.cwd())
        except ValueError:
            return file.as_uri()
    return quote(os.fsencode(file.as_posix()), safe="/")


def _sentence(text: str) -> str:
    return first_sentence(text).rstrip(".") + "."


def _help_markdown(rule: Rule) -> str:
    def block(examples: list[str]) -> str:
        return "\n\n".join("\n".join(f"    {line}" for line in example.splitlines()) for example in examples)

    description, why = " ".join(rule.description.split()), " ".join(rule.why.split())
    return (
        f"{description}\n\n**Why:** {why}\n\n**Wrong:**\n\n{block(rule.examples['bad'])}\n\n"
        f"**Right:**\n\n{block(rule.examples['good'])}\n"
    )


def rule_descriptor(code: str, name: str, rule: Rule | None) -> dict[str, object]:
    """A `reportingDescriptor`; a code no loaded rule documents gets its name alone."""
    if rule is None:
        return {"id": code, "name": name, "shortDescription": {"text": f"{code} {name}."}}
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": _sentence(rule.description)},
        "fullDescription": {"text": " ".join(rule.description.split())},
        "help": {"text": explain_text(rule), "markdown": _help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.level]},
        "properties": {"tags": [rule.pack]},
    }


def result(finding: Finding, index: int, fingerprint: str | None = None) -> dict[str, object]:
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    location = {"artifactLocation": {"uri": artifact_uri(finding.path)}, "region": region}
    found: dict[str, object] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": location}],
    }
    if fingerprint is not None:
        found["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    if finding.fix is not None and finding.fix.edits:
        found["fixes"] = [sarif_fix(finding)]
    return found


def sarif_fix(finding: Finding) -> dict[str, object]:
    """The finding's fix as replacements; offsets count the characters of the draft with its line
    endings read as LF, as attrlint reads it."""
    replacements = [
        {
            "deletedRegion": {"charOffset": edit.start, "charLength": edit.end - edit.start},
            "insertedContent": {"text": edit.replacement},
        }
        for edit in finding.fix.edits
    ]
    how = "safe: --fix makes it" if finding.fix.applicability == SAFE else "unsafe: --fix --unsafe-fixes makes it"
    return {
        "description": {"text": f"Fix for {finding.code} ({how})"},
        "artifactChanges": [{"artifactLocation": {"uri": artifact_uri(finding.path)}, "replacements": replacements}],
    }


def notification(path: str, message: str) -> dict[str, object]:
    """A draft attrlint could not read, and why."""
    location = {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}}}
    return {"level": "error", "message": {"text": message}, "locations": [location]}


def sarif_log(
    findings: list[Finding],
    rules: Mapping[str, Rule],
    errors: int = 0,
    fingerprints: list[str] | None = None,
    unreadable: tuple[tuple[str, str], ...] = (),
) -> dict[str, object]:
    """The log as a dict; `rules` maps codes to the rules that document them (a code it lacks gets its name
    alone), `fingerprints` holds each finding's, and `unreadable` the drafts that could not be read."""
    names = {finding.code: finding.name for finding in findings}
    codes = sorted(names)
    index = {code: i for i, code in enumerate(codes)}
    driver = {
        "name": "attrlint",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": information_uri(),
        "rules": [rule_descriptor(code, names[code], rules.get(code)) for code in codes],
    }
    invocation: dict[str, object] = {"executionSuccessful": errors == 0}
    if unreadable:
        invocation["toolExecutionNotifications"] = [notification(path, message) for path, message in unreadable]
    prints = fingerprints or [None] * len(findings)
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": [result(finding, index[finding.code], one) for finding, one in zip(findings, prints, strict=True)],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(findings: list[Finding], context: Context) -> str:
    prints = fingerprint.fingerprints(findings, context.source_line)
    log = sarif_log(findings, context.rules, context.errors, prints, context.unreadable)
    return valid_utf8(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"
