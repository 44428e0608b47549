"""The `json` format: a list of `Finding.to_dict()` objects."""

from __future__ import annotations

import json

from attrlint.finding import Finding
from attrlint.output import Context


def render(findings: list[Finding], context: Context) -> str:
    return json.dumps([finding.to_dict() for finding in findings], indent=2, ensure_ascii=False) + "\n"
