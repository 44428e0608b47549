"""The sourcing of a draft at a glance: each source, named or not, what it carries and where."""

from __future__ import annotations

import json

from attrlint.output.shown import shown
from attrlint.sheets import SourceSheet


def render(sheet: SourceSheet) -> str:
    count = len(sheet.sources)
    lines = [f"{shown(sheet.path)}: {count} source{'s' if count != 1 else ''}"]
    for source in sheet.sources:
        carries = f"{source.quotations} quotation(s), {source.paraphrases} paraphrase(s)"
        where = ", ".join(str(line) for line in source.lines)
        lines.append(f"  {shown(source.label)} ({source.kind}): {carries}; lines {where}")
    if sheet.unsourced_quotations:
        where = ", ".join(str(line) for line in sheet.unsourced_quotations)
        lines.append(f"  no source: {len(sheet.unsourced_quotations)} quotation(s); lines {where}")
    return "\n".join(lines) + "\n"


def render_json(sheet: SourceSheet) -> str:
    """The sheet as one JSON object on one line (JSON Lines for several drafts)."""
    listed = [
        {
            "source": s.label,
            "class": s.kind,
            "quotations": s.quotations,
            "paraphrases": s.paraphrases,
            "lines": list(s.lines),
        }
        for s in sheet.sources
    ]
    return json.dumps(
        {"path": sheet.path, "sources": listed, "unattributed_quotations": list(sheet.unsourced_quotations)}
    )
