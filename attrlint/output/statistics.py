"""`--statistics`: how many findings each rule raised, most first."""

from __future__ import annotations

from collections import Counter

from attrlint.finding import Finding


def render(findings: list[Finding]) -> str:
    counts = Counter((finding.code, finding.name, str(finding.severity)) for finding in findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    lines = [f"{count:>5}  {code}  {name:<28} {level}" for (code, name, level), count in rows]
    lines.append(f"{sum(counts.values()):>5}  total")
    return "\n".join(lines) + "\n"
