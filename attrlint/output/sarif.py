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

from attrlint import __version__
from attrlint.finding import Finding, Severity
from attrlint.output import Context
from attrlint.output.shown import valid_utf8
from attrlint.ruledocs import explain_text, first_sentence

if TYPE_CHECKING:
    from attrlint.packs import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
# Used until the package metadata names a home page ([project.urls] in pyproject.toml).
DEFAULT_INFORMATION_URI = "https://pypi.org/project/attrlint/"
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


def result(finding: Finding, index: int) -> dict[str, object]:
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    location = {"artifactLocation": {"uri": artifact_uri(finding.path)}, "region": region}
    return {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": location}],
    }


def sarif_log(findings: list[Finding], rules: Mapping[str, Rule], errors: int = 0) -> dict[str, object]:
    """The log as a dict; `rules` maps codes to the rules that document them (a code it lacks gets its name alone)."""
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
    run = {
        "tool": {"driver": driver},
        "invocations": [{"executionSuccessful": errors == 0}],
        "columnKind": "unicodeCodePoints",
        "results": [result(finding, index[finding.code]) for finding in findings],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(findings: list[Finding], context: Context) -> str:
    log = sarif_log(findings, context.rules, context.errors)
    return valid_utf8(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"
