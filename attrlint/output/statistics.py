"""`--statistics`: how many findings each rule raised and each draft holds (most first), and how many
of the drafts checked hold any; as text, or as JSON with `--format json`."""

from __future__ import annotations

import json
from collections import Counter

from attrlint.finding import Finding
from attrlint.output.shown import shown, valid_utf8


def tally(findings: list[Finding], checked: int | None = None) -> dict[str, object]:
    """The counts, as the JSON form has them."""
    rules = Counter((finding.code, finding.name, str(finding.severity)) for finding in findings)
    files = Counter(finding.path for finding in findings)
    return {
        "rules": [
            {"code": code, "name": name, "level": level, "count": count}
            for (code, name, level), count in sorted(rules.items(), key=lambda item: (-item[1], item[0][0]))
        ],
        "files": [
            {"path": path, "count": count}
            for path, count in sorted(files.items(), key=lambda item: (-item[1], item[0]))
        ],
        "findings": len(findings),
        "files_checked": checked,
        "files_with_findings": len(files),
    }


def render(findings: list[Finding], checked: int | None = None) -> str:
    counts = tally(findings, checked)
    lines = [f"{row['count']:>5}  {row['code']}  {row['name']:<28} {row['level']}" for row in counts["rules"]]
    lines.append(f"{counts['findings']:>5}  total")
    if counts["files"]:
        lines += ["", "Files, most findings first:"]
        lines += [f"{row['count']:>5}  {shown(row['path'])}" for row in counts["files"]]
    checked_text = "" if checked is None else f" of the {checked} checked"
    lines += ["", f"{counts['files_with_findings']} file(s){checked_text} with findings."]
    return "\n".join(lines) + "\n"


def render_json(findings: list[Finding], checked: int | None = None) -> str:
    return valid_utf8(json.dumps(tally(findings, checked), indent=2, ensure_ascii=False)) + "\n"
