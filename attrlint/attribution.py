"""Who said what: a draft's attributions, and which quotations and figures they cover.

An *attribution* is a cue and the source beside it, as `attrlint.cue_reading` reads them ("Harth
said", "according to the report"). Cue words inside a quotation are the speaker's words, not the
reporter's attribution. This module reads a draft's attributions once and names the problems the
attribution rules report; the checks are made elsewhere, each when first asked for:

- `attrlint.quote_speaker` reads who speaks each quotation, and which quotations no speaker reaches;
- `attrlint.source_reports` checks the kind of source the reporter gives (vague, anonymous, a pronoun
  with nothing before it) and the figures with none;
- `attrlint.attributed_draft` holds the draft's quotations and attributions they share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from attrlint import names, quotes, regex_budget
from attrlint.attributed_draft import AttributedDraft, Hit
from attrlint.attribution_lexicons import AttributionLexicons
from attrlint.bare_names import is_ordinary
from attrlint.crowd_pronouns import CrowdPronouns, sources_by_start
from attrlint.cue_reading import Attribution
from attrlint.cues import CuePatterns, cue_patterns
from attrlint.document import Document
from attrlint.finding import Problem
from attrlint.plural_cues import PluralSubjectReader
from attrlint.quote_analysis import QuoteAnalysis
from attrlint.quote_speaker import QuoteSource, QuoteSpeakers
from attrlint.regex_budget import RegexBudget
from attrlint.source_class import SourceClasses, source_classes
from attrlint.source_members import with_members_named
from attrlint.source_named import with_anonymous_named
from attrlint.source_public import PublicActs, public_acts
from attrlint.source_reasons import CarriedReasons, carried_reasons
from attrlint.source_reports import SourceReports
from attrlint.source_surveyed import with_respondents
from attrlint.source_voices import (
    SUMMARY_PARAGRAPHS,
    GroupBodies,
    members_fitting,
    voice_table,
    with_voices_named,
    word_stem,
)
from attrlint.unnamed_crowds import unnamed_crowds
from attrlint.unnamed_persons import INSIDER, counted_persons, is_insider

# The problems the analysis reports; an attribution rule names one of them.
UNATTRIBUTED_QUOTE, UNSOURCED_FIGURE = "unattributed", "unsourced"
VAGUE_SOURCE, PRONOUN_FIRST, UNEXPLAINED_ANONYMITY = "vague", "pronoun-first", "anonymous"
UNSOURCED_ALLEGATION = "allegation"
PROBLEMS = (
    UNATTRIBUTED_QUOTE,
    UNSOURCED_FIGURE,
    VAGUE_SOURCE,
    PRONOUN_FIRST,
    UNEXPLAINED_ANONYMITY,
    UNSOURCED_ALLEGATION,
)


@dataclass
class AttributionAnalysis:
    """Attributions and the quotations they cover; each kind of problem is found when first asked for."""

    attributions: list[Attribution] = field(default_factory=list)
    quotes: list[QuoteSource] = field(default_factory=list)
    reporters: dict[str, Callable[[], list[Problem]]] = field(default_factory=dict, repr=False)
    found: dict[str, list[Problem]] = field(default_factory=dict, repr=False)

    def problems_of(self, check: str) -> list[Problem]:
        """The problems of one check, in the draft's order: found the first time a rule asks, then kept, so a check
        no selected rule reports costs nothing and one several rules report is found once."""
        if check not in self.found:
            self.found[check] = sorted(self.reporters[check](), key=lambda problem: problem.start)
        return self.found[check]

    @property
    def vague_sources(self) -> list[Problem]:
        """Sourcing that names nobody ("sources say", "reportedly")."""
        return self.problems_of(VAGUE_SOURCE)


def analyse(
    doc: Document,
    lexicons: Mapping[str, Sequence[str]],
    quote_analysis: QuoteAnalysis | None = None,
    name_analysis: names.NameAnalysis | None = None,
) -> AttributionAnalysis:
    """Attributions, the quotations they cover and the problems, under the attribution pack's lexicons
    (`AttributionLexicons`).

    The draft's quote and name analyses are made here unless the caller has them already (the names
    only if a quotation's speaker needs them).
    """
    words = AttributionLexicons.of(lexicons)
    quote_analysis = quote_analysis or quotes.analyse(doc, lexicons)
    draft = AttributedDraft(doc, sorted((q for q in quote_analysis.quotations if q.level == 0), key=lambda q: q.start))
    patterns = cue_patterns(cues=words.cues, core_cues=words.core_cues)
    classes = _source_classes(words)
    draft.attribute(_read_attributions(draft, patterns, classes, words))

    def names_of() -> names.NameAnalysis:
        return name_analysis or names.analyse(doc, lexicons, quote_analysis)

    nested = sorted((q.start, q.end) for q in quote_analysis.quotations if q.level == 1)
    speakers = QuoteSpeakers(draft, patterns.core, names_of, nested)
    sources = SourceReports(draft, words, RegexBudget(regex_budget.REGEX_TIMEOUT, len(doc.text)), names_of)
    reporters = _reporters(draft, words, classes, speakers, sources)
    return AttributionAnalysis(draft.attributions, speakers.read(), reporters)


def _read_attributions(
    draft: AttributedDraft, patterns: CuePatterns, classes: SourceClasses, lexicons: AttributionLexicons
) -> list[Attribution]:
    """The draft's attributions (`_attributions`), with the readers that reclass an unnamed source built from the
    lexicons."""
    unnamed = (
        public_acts(lexicons.act_cues, channels=lexicons.public_channels, body_channels=lexicons.body_channels),
        carried_reasons(classes, lexicons.anonymity_blanket),
    )
    tables = (_voices(lexicons), voice_table(lexicons.group_parties))
    bodies = GroupBodies(_bodies_named(classes), frozenset(word.lower() for word in lexicons.group_apart))
    return _attributions(draft, patterns, classes, lexicons, unnamed, tables, bodies)


def _reporters(
    draft: AttributedDraft,
    lexicons: AttributionLexicons,
    classes: SourceClasses,
    speakers: QuoteSpeakers,
    sources: SourceReports,
) -> dict[str, Callable[[], list[Problem]]]:
    """The reporter of each problem (`PROBLEMS`), each finding its problems only when first asked."""
    speech = frozenset(lexicons.core_cues + lexicons.opinion_cues)
    crowds = CrowdPronouns(lexicons.crowd_quantifiers, speech, describing=lexicons.describing_cues)
    by_source_start = sources_by_start(draft.attributions)
    insiders = frozenset(word.lower() for word in lexicons.insider_heads)
    return {
        UNATTRIBUTED_QUOTE: _named(UNATTRIBUTED_QUOTE, speakers.unattributed),
        UNSOURCED_FIGURE: _named(UNSOURCED_FIGURE, sources.unsourced_figures),
        VAGUE_SOURCE: _named(
            VAGUE_SOURCE,
            sources.vague_sources,
            classes.head,
            lambda hit: crowds.form(draft.text, by_source_start, hit),
        ),
        PRONOUN_FIRST: _named(PRONOUN_FIRST, sources.pronouns_first),
        UNEXPLAINED_ANONYMITY: _named(
            UNEXPLAINED_ANONYMITY, sources.unexplained_anonymity, classes.head, _form_of(classes, insiders)
        ),
        UNSOURCED_ALLEGATION: _named(UNSOURCED_ALLEGATION, sources.unsourced_allegations),
    }


def without_cues_in_sources(found: list[Attribution]) -> list[Attribution]:
    """The attributions but those whose cue is the head another one's source ends on: "estimates" of "Some
    estimates said the toll would double", a noun the cue reader read as a verb before the source reader took it
    into a crowd."""
    starts_by_end: dict[int, list[int]] = defaultdict(list)  # each source's start, by where it ends: linear in a draft
    for a in found:
        if a.source is not None:
            starts_by_end[a.source[1]].append(a.source[0])
    return [a for a in found if a.source is None or not _inside(a, starts_by_end.get(a.cue[1], ()))]


def _inside(found: Attribution, starts: Iterable[int]) -> bool:
    """Whether an attribution's source lies in a source that starts at one of `starts` and ends where its cue does
    (the cue is that source's last word, its head)."""
    return found.source is not None and any(start <= found.source[0] < found.cue[0] for start in starts)


def _source_classes(lexicons: AttributionLexicons) -> SourceClasses:
    """The source classes of the lexicons, with their readers of counted persons and of crowds nobody named."""
    return source_classes(lexicons, counted_persons(lexicons), unnamed_crowds(lexicons))


def _form_of(classes: SourceClasses, insiders: frozenset[str]) -> Callable[[Hit], str]:
    """An unnamed source's form: confidential sourcing by its words (`SourceClasses.form`), else `INSIDER` where its
    head is one of `insiders` ("a senior official", "two aides": someone a desk would name), else ""."""

    def form(hit: Hit) -> str:
        return classes.form(hit.match) or (INSIDER if is_insider(classes.head(hit.match), insiders) else "")

    return form


def _voices(lexicons: AttributionLexicons) -> Mapping[str, frozenset[str]]:
    """What describes one of the voices of each vague or anonymous head: `group_voices`, and its own word for the
    head of a vague group that names a kind of voice ("a Republican strategist" for "strategists"); not for a head
    that may stand for anyone kept unnamed ("sources", "insiders", "officials"), which fits anyone; so for a group
    of `group_heads` or `quantified_groups` ("economists" as "a bank's chief economist")."""
    unnamed = {word.lower() for word in lexicons.anonymous_sources}
    heads = (*lexicons.vague_sources, *lexicons.group_heads, *lexicons.quantified_groups)
    return voice_table(lexicons.group_voices, tuple(h for h in heads if h.lower() not in unnamed))


def _attributions(
    draft: AttributedDraft,
    patterns: CuePatterns,
    classes: SourceClasses,
    lexicons: AttributionLexicons,
    unnamed: tuple[PublicActs, CarriedReasons],
    tables: tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]] = ({}, {}),
    bodies: GroupBodies | None = None,
) -> list[Attribution]:
    """The attributions of every paragraph but the headlines, sorted by cue, a vague group reclassed where the
    draft names its members (`report_cues`: an outlet that reports is none) or, further on, voices that fit
    its head (`tables`: the voices of `group_voices`, and the parties of `group_parties`, who are none of a
    group's members), an anonymous source where the draft names it nearby, reports it acting in public, or gives
    its reason elsewhere; of the lexicons, the opinion cues, read after an unnamed source (`plural_cues`), and the
    words for a survey, whose respondents a named one makes no vague group (`source_surveyed`); `bodies`: what a
    group's own words say of its voices (the body its modifiers name, whether it is set apart from a person
    named before it)."""
    voices, parties = tables
    reader = PluralSubjectReader(draft.doc, patterns, classes, lexicons.opinion_cues)
    found: list[Attribution] = []
    for start, end in draft.doc.paragraphs:
        if not names.is_headline(draft.text[start:end]):
            found += reader.paragraph(start, end, draft.quoted)
    paragraphs = draft.doc.paragraphs
    opening_end = paragraphs[draft.first_body][1] if draft.first_body < len(paragraphs) else len(draft.text)
    found = without_cues_in_sources(sorted(found, key=lambda a: a.cue))
    fitting = members_fitting(draft.doc, found, classes.head, parties)
    found = with_members_named(
        draft.doc, found, opening_end, lexicons.report_cues, classes.head, fitting, classes.confidential_form
    )
    summary = min(draft.first_body + SUMMARY_PARAGRAPHS, len(paragraphs)) - 1
    summary_end = paragraphs[summary][1] if summary >= 0 else len(draft.text)
    found = with_voices_named(draft.doc, found, (opening_end, summary_end), classes.head, voices, bodies)
    found = with_anonymous_named(draft.doc, found, classes.head, voices, classes.confidential_form)
    found = with_respondents(draft.doc, found, classes.head, lexicons.survey_words)
    acts, reasons = unnamed
    return reasons.reclassed(draft.doc, acts.reclassed(draft.doc, found, classes.modifiers, classes.confidential_head))


def _bodies_named(classes: SourceClasses) -> Callable[[str], frozenset[str]]:
    """The stems of the words by which a group's modifiers name the body its people are of ("Harbour Party" of
    "several Harbour Party leaders", "Kestrel" of "many Kestrel dockers"): a capital, as a name is written. Not
    for a head of `outsider_heads`, whose capital names what they watch ("Kremlin critics"), not where they
    belong."""

    def bodies(source: str) -> frozenset[str]:
        head = classes.head(source)
        words = source.split()
        if not head or head in classes.outsiders or head not in (lowered := [word.lower() for word in words]):
            return frozenset()
        mods = words[: lowered.index(head)]
        if mods and is_ordinary(mods[0], capital_marks_name=False):
            mods = mods[1:]  # a capital the sentence may give
        return frozenset(word_stem(word) for word in mods if word[:1].isupper())

    return bodies


def _named(
    check: str,
    find: Callable[[], list[Hit]],
    head_of: Callable[[str], str] | None = None,
    form_of: Callable[[Hit], str] | None = None,
) -> Callable[[], list[Problem]]:
    """A reporter of the problem `check` at each hit `find` returns, showing the hit's words as `match`
    and, given `head_of`, the head of a source as `head` ("officials") and, given `form_of`, the form of the hit's
    source as `form` ("confidential", "crowd-pronoun"), by which a rule picks its problems."""

    def values(hit: Hit) -> dict[str, str]:
        found = {"match": hit.match}
        if head_of is not None:
            found["head"] = head_of(hit.match)
        if form_of is not None:
            found["form"] = form_of(hit)
        return found

    return lambda: [Problem(check, hit.start, hit.end, values(hit)) for hit in find()]
