"""The `json` format: a list of `Finding.to_dict()` objects; a byte of a file name that is not UTF-8 is U+FFFD."""

from __future__ import annotations

import json

from attrlint.finding import Finding
from attrlint.output import Context
from attrlint.output.shown import valid_utf8


def render(findings: list[Finding], context: Context) -> str:
    return valid_utf8(json.dumps([finding.to_dict() for finding in findings], indent=2, ensure_ascii=False)) + "\n"
