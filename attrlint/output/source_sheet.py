"""The sourcing of a draft at a glance: each source, named or not, what it carries and where."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from attrlint.document import Document
from attrlint.output.shown import shown

if TYPE_CHECKING:  # the sheet reads the analyses it is given; it never runs one
    from attrlint.attribution import Attribution, AttributionAnalysis
    from attrlint.names import NameAnalysis


# How each class of source reads on the sheet (the analysis's kinds; a pronoun is listed as its person).
_CLASSES = {"anonymous": "anonymous, no reason", "anonymous-explained": "anonymous, reason given"}


@dataclass
class _Source:
    kind: str
    quotations: int = 0
    paraphrases: int = 0
    lines: set[int] = field(default_factory=set)


def _person_name(text: str, names: NameAnalysis) -> str | None:
    """The full name of the person a source names, by its last word: "told by Laura Harth" -> "Laura Harth"."""
    last = text.split()[-1] if text.split() else ""
    person = next(
        (p for p in names.people if p.is_person and last in (p.surname, *(v.surname for v in p.variants))), None
    )
    return (person.full or person.surname) if person else None


def _label(attribution: Attribution, last_person: str | None, names: NameAnalysis) -> tuple[str, str]:
    """The name a source is listed under, and its kind; a pronoun stands for the last person named."""
    if attribution.kind == "pronoun":
        return (last_person or f"{attribution.name} (unresolved)"), "person"
    if attribution.kind == "person":
        return (_person_name(attribution.name, names) or attribution.name), "person"
    return attribution.name, _CLASSES.get(attribution.kind, attribution.kind)


def collect(doc: Document, analysis: AttributionAnalysis, names: NameAnalysis) -> dict[str, _Source]:
    covering = defaultdict(int)
    for quote in analysis.quotes:
        if quote.attribution is not None:
            covering[quote.attribution.cue] += 1
    sources: dict[str, _Source] = {}
    last_person: str | None = None
    for attribution in analysis.attributions:
        label, kind = _label(attribution, last_person, names)
        if kind == "person" and not label.endswith("(unresolved)"):
            last_person = label
        source = sources.setdefault(label, _Source(kind))
        source.quotations += covering[attribution.cue]
        source.paraphrases += 0 if covering[attribution.cue] else 1
        source.lines.add(doc.position(attribution.cue[0])[0])
    read = {attribution.source for attribution in analysis.attributions}
    for problem in analysis.vague_sources:
        if (problem.start, problem.end) in read:
            continue  # a source listed above: its class says it is vague
        source = sources.setdefault(f"anonymous: {problem.values['match']}", _Source("vague"))
        source.lines.add(doc.position(problem.start)[0])
    return sources


def render_json(doc: Document, analysis: AttributionAnalysis, names: NameAnalysis) -> str:
    """The sheet as one JSON object on one line (JSON Lines for several drafts)."""
    unattributed = [doc.position(q.quotation.start)[0] for q in analysis.quotes if q.attribution is None]
    listed = [
        {
            "source": label,
            "class": source.kind,
            "quotations": source.quotations,
            "paraphrases": source.paraphrases,
            "lines": sorted(source.lines),
        }
        for label, source in collect(doc, analysis, names).items()
    ]
    return json.dumps({"path": doc.path, "sources": listed, "unattributed_quotations": unattributed})


def render(doc: Document, analysis: AttributionAnalysis, names: NameAnalysis) -> str:
    sources = collect(doc, analysis, names)
    unattributed = [q for q in analysis.quotes if q.attribution is None]
    lines = [f"{shown(doc.path)}: {len(sources)} source{'s' if len(sources) != 1 else ''}"]
    for label, source in sources.items():
        carries = f"{source.quotations} quotation(s), {source.paraphrases} paraphrase(s)"
        where = ", ".join(str(line) for line in sorted(source.lines))
        lines.append(f"  {shown(label)} ({source.kind}): {carries}; lines {where}")
    if unattributed:
        where = ", ".join(str(doc.position(q.quotation.start)[0]) for q in unattributed)
        lines.append(f"  no source: {len(unattributed)} quotation(s); lines {where}")
    return "\n".join(lines) + "\n"
