"""The `json` format: a list of `Finding.to_dict()` objects."""

from __future__ import annotations

import json
from collections.abc import Callable

from attrlint.finding import Finding


def render(
    findings: list[Finding],
    source_line: Callable[[str, int], str],
    color: bool = False,
    checked: int | None = None,
    errors: int = 0,
) -> str:
    return json.dumps([finding.to_dict() for finding in findings], indent=2, ensure_ascii=False) + "\n"
