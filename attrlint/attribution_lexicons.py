"""The attribution pack's lexicons, read once a draft from the rule settings and passed whole.

Each field is the pack lexicon of its name (rules/attribution.yaml and the packs it draws on), as a tuple in
the pack's order. A reader takes the lexicons it needs by name from this one value, so two lexicons of one
type can never be passed in each other's place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields

Words = tuple[str, ...]


@dataclass(frozen=True)
class AttributionLexicons:
    """The lexicons the attribution analysis reads, named as in the pack; hashed once, as readers are cached by
    them."""

    # cues and how they read
    cues: Words = ()
    core_cues: Words = ()
    report_cues: Words = ()
    opinion_cues: Words = ()
    informing_cues: Words = ()
    telling_cues: Words = ()
    describing_cues: Words = ()
    act_cues: Words = ()
    impersonal_cues: Words = ()
    impersonal_kept: Words = ()
    # the heads of unnamed sources
    vague_sources: Words = ()
    crowd_heads: Words = ()
    crowd_quantifiers: Words = ()
    anonymous_sources: Words = ()
    generic_sources: Words = ()
    official_heads: Words = ()
    confidential_heads: Words = ()
    insider_heads: Words = ()
    group_heads: Words = ()
    quantified_groups: Words = ()
    outsider_heads: Words = ()
    placed_heads: Words = ()
    source_openers: Words = ()
    # persons, bodies and what a source is of
    person_heads: Words = ()
    person_nouns: Words = ()
    person_plurals: Words = ()
    person_endings: Words = ()
    ambiguous_persons: Words = ()
    body_voices: Words = ()
    source_bodies: Words = ()
    source_documents: Words = ()
    proper_adjective_endings: Words = ()
    place_names: Words = ()
    group_voices: Words = ()
    group_parties: Words = ()
    group_apart: Words = ()
    survey_words: Words = ()
    # anonymity and its reasons
    kept_unnamed: Words = ()
    unnamed_ties: Words = ()
    anonymity_reasons: Words = ()
    anonymity_blanket: Words = ()
    public_channels: Words = ()
    body_channels: Words = ()
    # the newsroom's phrases for sourcing that names nobody, and for who reports
    vague: Words = ()
    hearsay: Words = ()
    allegations: Words = ()
    accusers: Words = ()
    reporter_phrases: Words = ()
    outlet_report_phrases: Words = ()
    listener_phrases: Words = ()
    document_channels: Words = ()
    group_sponsors: Words = ()
    member_introducers: Words = ()
    summary_labels: Words = ()
    own_outlets: Words = ()
    hashed: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "hashed", hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare)))

    def __hash__(self) -> int:
        return self.hashed

    @classmethod
    def of(cls, settings: Mapping[str, Sequence[str]]) -> AttributionLexicons:
        """The lexicons of the rule settings (a lexicon they lack is empty), read once for one settings mapping.

        A rule set hands every draft it checks its one settings mapping, which nothing changes, so a run builds and
        hashes its lexicons once, not once a draft, and the readers cached on them find the one value by identity
        rather than comparing every field (`_LAST_READ`)."""
        last = _LAST_READ.get(id(settings))
        if last is not None and last[0] is settings:
            return last[1]
        lexicons = cls(**{name: tuple(settings.get(name, ())) for name in _LEXICON_NAMES})
        _LAST_READ.clear()
        _LAST_READ[id(settings)] = (settings, lexicons)  # the mapping kept alive, so its id names no other
        return lexicons


# The settings mapping last read and its lexicons, by the mapping's id: one entry
_LAST_READ: dict[int, tuple[Mapping[str, Sequence[str]], AttributionLexicons]] = {}
# The names of the lexicons, the fields a caller gives
_LEXICON_NAMES = tuple(f.name for f in fields(AttributionLexicons) if f.init)
