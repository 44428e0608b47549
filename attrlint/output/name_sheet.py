"""The name sheet a copy editor keeps: each person, the form given in full, every spelling and its lines."""

from __future__ import annotations

from attrlint.output.shown import shown
from attrlint.sheets import NameSheet, PersonEntry


def _person_block(person: PersonEntry) -> list[str]:
    where = f" (given in full on line {person.given_in_full_on})" if person.given_in_full_on is not None else ""
    lines = [f"  {shown(person.name)}{where}"]
    for spelling in person.spellings:
        flag = "   <- spelled another way" if spelling.variant else ""
        lines.append(f"    {shown(spelling.spelling):<20} lines {', '.join(map(str, spelling.lines))}{flag}")
    return lines


def render(sheet: NameSheet) -> str:
    """People the draft shows to be people (by title, attribution or description), in order of appearance."""
    lines = [f"{shown(sheet.path)}: {len(sheet.people)} {'person' if len(sheet.people) == 1 else 'people'}"]
    for person in sheet.people:
        lines += _person_block(person)
    return "\n".join(lines) + "\n"
