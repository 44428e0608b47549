"""The attribution pack's lexicons, read from the rule settings once for a rule set and passed whole.

Each field is the pack lexicon of its name (rules/attribution/pack.yaml and the language lists it names), as a
tuple in the pack's order. A reader takes the lexicons it needs by name from this one value, so two lexicons of one
type can never be passed in each other's place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Words = tuple[str, ...]


class AttributionLexicons:
    """The lexicons the attribution analysis reads, named as in the pack. A value: equal when every lexicon is,
    hashed once (readers are cached by it), never changed once read.

    Written by hand, not as a frozen dataclass, whose methods for this many fields are generated anew at every
    start (22 M instructions of callgrind, 2% of a one-draft check); read `LEXICON_NAMES` for the fields."""

    # cues and how they read
    cues: Words
    core_cues: Words
    report_cues: Words
    opinion_cues: Words
    informing_cues: Words
    telling_cues: Words
    describing_cues: Words
    act_cues: Words
    impersonal_cues: Words
    impersonal_kept: Words
    judgement_passives: Words
    # the heads of unnamed sources
    vague_sources: Words
    crowd_heads: Words
    crowd_quantifiers: Words
    anonymous_sources: Words
    generic_sources: Words
    official_heads: Words
    confidential_heads: Words
    insider_heads: Words
    group_heads: Words
    quantified_groups: Words
    outsider_heads: Words
    placed_heads: Words
    source_openers: Words
    # persons, bodies and what a source is of
    person_heads: Words
    person_nouns: Words
    person_plurals: Words
    person_endings: Words
    ambiguous_persons: Words
    body_voices: Words
    voice_offices: Words
    source_bodies: Words
    source_documents: Words
    proper_adjective_endings: Words
    place_names: Words
    region_adjectives: Words
    group_voices: Words
    group_parties: Words
    group_apart: Words
    survey_words: Words
    # anonymity and its reasons
    kept_unnamed: Words
    unnamed_ties: Words
    anonymity_reasons: Words
    anonymity_blanket: Words
    public_channels: Words
    body_channels: Words
    # the newsroom's phrases for sourcing that names nobody, and for who reports
    vague: Words
    hearsay: Words
    allegations: Words
    accusers: Words
    reporter_phrases: Words
    outlet_report_phrases: Words
    listener_phrases: Words
    document_channels: Words
    group_sponsors: Words
    member_introducers: Words
    summary_labels: Words
    own_outlets: Words
    _values: tuple[Words, ...]  # every lexicon, in `LEXICON_NAMES`'s order: what equality compares
    _hash: int

    def __init__(self, settings: Mapping[str, Sequence[str]]) -> None:
        """The lexicons of the rule settings (a lexicon they lack is empty); `of` reads a mapping once."""
        values = tuple(tuple(settings.get(name, ())) for name in LEXICON_NAMES)
        for name, words in zip(LEXICON_NAMES, values, strict=True):
            object.__setattr__(self, name, words)
        object.__setattr__(self, "_values", values)
        object.__setattr__(self, "_hash", hash(values))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"the attribution lexicons are read once and never changed: {name}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"the attribution lexicons are read once and never changed: {name}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AttributionLexicons) and self._values == other._values

    def __hash__(self) -> int:
        return self._hash

    @classmethod
    def of(cls, settings: Mapping[str, Sequence[str]]) -> AttributionLexicons:
        """The lexicons of the rule settings, read once for one settings mapping.

        A rule set hands every draft it checks its one settings mapping, which nothing changes, so a run builds and
        hashes its lexicons once, not once a draft, and the readers cached on them find the one value by identity
        rather than comparing every lexicon (`_LAST_READ`)."""
        last = _LAST_READ.get(id(settings))
        if last is not None and last[0] is settings:
            return last[1]
        lexicons = cls(settings)
        _LAST_READ.clear()
        _LAST_READ[id(settings)] = (settings, lexicons)  # the mapping kept alive, so its id names no other
        return lexicons


# The names of the lexicons, each a field of `AttributionLexicons`, in its order
LEXICON_NAMES = tuple(name for name in AttributionLexicons.__annotations__ if not name.startswith("_"))
# The settings mapping last read and its lexicons, by the mapping's id: one entry
_LAST_READ: dict[int, tuple[Mapping[str, Sequence[str]], AttributionLexicons]] = {}
