"""The name sheet and the sourcing sheet of a draft, as data: what `attrlint names` and `attrlint sources`
print, what the HTML report shows beside the text, and what the Python API returns.

A sheet is read off the analyses a rule set made for the draft (the same ones its rules read);
the formats that show a sheet get this data and never see an analysis.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

from attrlint.cues import PERSON, PRONOUN, VAGUE
from attrlint.document import Document

if TYPE_CHECKING:  # a sheet reads the analyses it is given; it never runs one
    from attrlint.analyses import Analyses
    from attrlint.attribution import Attribution, AttributionAnalysis
    from attrlint.names import Mention, NameAnalysis, Person


class Spelling(NamedTuple):
    """One way a person's surname is spelled, and the lines it is spelled so on."""

    spelling: str
    lines: tuple[int, ...]
    variant: bool  # spelled another way than the person's own surname


class PersonEntry(NamedTuple):
    """A person of the name sheet: the name given in full (or the surname), where, and every spelling."""

    name: str
    given_in_full_on: int | None
    spellings: tuple[Spelling, ...]


class NameSheet(NamedTuple):
    """Every person the draft shows to be a person, in order of appearance."""

    path: str
    people: tuple[PersonEntry, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "people": [
                {**person._asdict(), "spellings": [spelling._asdict() for spelling in person.spellings]}
                for person in self.people
            ],
        }


class SourceEntry(NamedTuple):
    """A source of the sourcing sheet, named or not: its kind, what it carries, and its lines."""

    label: str
    kind: str  # person, role, organisation, document, vague (anonymous) ...
    quotations: int
    paraphrases: int
    lines: tuple[int, ...]


class SourceSheet(NamedTuple):
    """Each source in order of appearance, and the lines of quotations no source covers."""

    path: str
    sources: tuple[SourceEntry, ...]
    unsourced_quotations: tuple[int, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "sources": [source._asdict() for source in self.sources],
            "unsourced_quotations": list(self.unsourced_quotations),
        }


class DraftSheets(NamedTuple):
    """A checked draft's text, as its findings' lines and columns name it, and its two sheets (None
    where a newsroom regex ran too long on it)."""

    path: str
    text: str
    names: NameSheet | None
    sources: SourceSheet | None
    fixable: bool = True  # False for a draft extracted from HTML or Word, which attrlint does not fix


def _line(doc: Document, offset: int) -> int:
    """The line a finding at this offset names: of the file itself, for a draft extracted from HTML or Word."""
    return doc.found_at(offset)[0]


def _lines(doc: Document, offsets: list[int]) -> tuple[int, ...]:
    return tuple(sorted({_line(doc, offset) for offset in offsets}))


def _person_entry(doc: Document, person: Person) -> PersonEntry:
    by_spelling: dict[str, list[Mention]] = defaultdict(list)
    for mention in person.variants:
        by_spelling[mention.surname].append(mention)
    spellings = [Spelling(person.surname, _lines(doc, [m.start for m in person.mentions]), False)]
    spellings += [
        Spelling(spelling, _lines(doc, [m.start for m in mentions]), True)
        for spelling, mentions in sorted(by_spelling.items())
    ]
    introduced = _line(doc, person.introduced_at) if person.introduced_at is not None else None
    return PersonEntry(person.full or person.surname, introduced, tuple(spellings))


def name_sheet(doc: Document, analysis: NameAnalysis) -> NameSheet:
    """The people the draft shows to be people (by title, attribution or description)."""
    people = tuple(_person_entry(doc, person) for person in analysis.people if person.is_person)
    return NameSheet(doc.path, people)


def _person_name(text: str, names: NameAnalysis) -> str | None:
    """The full name of the person a source names, by its last word: "told by Laura Harth" -> "Laura Harth"."""
    last = text.split()[-1] if text.split() else ""
    person = next(
        (p for p in names.people if p.is_person and last in (p.surname, *(v.surname for v in p.variants))), None
    )
    return (person.full or person.surname) if person else None


def _label(attribution: Attribution, last_person: str | None, names: NameAnalysis) -> tuple[str, str]:
    """The name a source is listed under, and its kind; a pronoun stands for the last person named."""
    if attribution.kind == PRONOUN:
        return (last_person or f"{attribution.name} (unresolved)"), PERSON
    if attribution.kind == PERSON:
        return (_person_name(attribution.name, names) or attribution.name), PERSON
    return attribution.name, _CLASSES.get(attribution.kind, attribution.kind)


# How each class of source reads on the sheet (the analysis's kinds; a pronoun is listed as its person).
_CLASSES = {"anonymous": "anonymous, no reason", "anonymous-explained": "anonymous, reason given"}


class _Tally:
    def __init__(self, kind: str) -> None:
        self.kind, self.quotations, self.paraphrases, self.offsets = kind, 0, 0, []


def source_sheet(doc: Document, analysis: AttributionAnalysis, names: NameAnalysis) -> SourceSheet:
    """Each source: a quotation it covers counts as a quotation, a cue covering none as a paraphrase."""
    covering: dict[tuple[int, int], int] = defaultdict(int)
    for quote in analysis.quotes:
        if quote.attribution is not None:
            covering[quote.attribution.cue] += 1
    tallies: dict[str, _Tally] = {}
    last_person: str | None = None
    for attribution in analysis.attributions:
        label, kind = _label(attribution, last_person, names)
        if kind == PERSON and not label.endswith("(unresolved)"):
            last_person = label
        tally = tallies.setdefault(label, _Tally(kind))
        tally.quotations += covering[attribution.cue]
        tally.paraphrases += 0 if covering[attribution.cue] else 1
        tally.offsets.append(attribution.cue[0])
    read = {attribution.source for attribution in analysis.attributions}
    for problem in analysis.vague_sources:
        if (problem.start, problem.end) in read:
            continue  # a source listed above: its class says it is vague
        tallies.setdefault(f"anonymous: {problem.values['match']}", _Tally(VAGUE)).offsets.append(problem.start)
    sources = tuple(
        SourceEntry(label, t.kind, t.quotations, t.paraphrases, _lines(doc, t.offsets)) for label, t in tallies.items()
    )
    unsourced = tuple(_line(doc, q.quotation.start) for q in analysis.quotes if q.attribution is None)
    return SourceSheet(doc.path, sources, unsourced)


def draft_sheets(doc: Document, analyses: Analyses) -> DraftSheets:
    """The text the findings' lines and columns index, and the sheets (none if a newsroom regex ran
    too long). For a draft extracted from HTML or Word that text is the file's: its markup, or its
    paragraphs one to a line."""
    from attrlint.extract import ExtractedDocument  # only a report or the API pays for it

    extracted = isinstance(doc, ExtractedDocument)
    text = doc.source if extracted else doc.raw
    try:
        names = name_sheet(doc, analyses.names)
        sources = source_sheet(doc, analyses.attribution, analyses.names)
    except TimeoutError:
        return DraftSheets(doc.path, text, None, None, not extracted)
    return DraftSheets(doc.path, text, names, sources, not extracted)
