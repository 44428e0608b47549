"""The name sheet a copy editor keeps: each person, the form given in full, every spelling and its lines."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from attrlint.document import Document
from attrlint.output.shown import shown

if TYPE_CHECKING:  # the sheet reads the analysis it is given; it never runs one
    from attrlint.names import NameAnalysis, Person


def _lines(doc: Document, mentions: list) -> str:
    return ", ".join(str(line) for line in sorted({doc.position(m.start)[0] for m in mentions}))


def _person_block(doc: Document, person: Person) -> list[str]:
    heading = shown(person.full or person.surname)
    where = (
        f" (given in full on line {doc.position(person.introduced_at)[0]})" if person.introduced_at is not None else ""
    )
    lines = [f"  {heading}{where}", f"    {shown(person.surname):<20} lines {_lines(doc, person.mentions)}"]
    by_spelling: dict[str, list] = defaultdict(list)
    for mention in person.variants:
        by_spelling[mention.surname].append(mention)
    for spelling, mentions in sorted(by_spelling.items()):
        lines.append(f"    {shown(spelling):<20} lines {_lines(doc, mentions)}   <- spelled another way")
    return lines


def render(doc: Document, analysis: NameAnalysis) -> str:
    """People the draft shows to be people (by title, attribution or description), in order of appearance."""
    people = [person for person in analysis.people if person.is_person]
    lines = [f"{shown(doc.path)}: {len(people)} {'person' if len(people) == 1 else 'people'}"]
    for person in people:
        lines += _person_block(doc, person)
    return "\n".join(lines) + "\n"
