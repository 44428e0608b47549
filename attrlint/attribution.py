"""Who said what: a draft's attributions, and which quotations and figures they cover.

An *attribution* is a cue and the source beside it, as `attrlint.cue_reading` reads them ("Harth
said", "according to the report"). A quotation is attributed when a cue outside any quotation stands in
the paragraphs it runs over, in a paragraph before it that ends with a colon ("Harth told Fox
News:"), or when it follows straight on from a quotation of the paragraph before that was
attributed (a speaker's next paragraph). Cue words inside a quotation are the speaker's words, not
the reporter's attribution.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import regex

from attrlint import names, quote_shapes, quotes, regex_budget
from attrlint.cue_reading import Attribution
from attrlint.cues import NAMED_BY, NAMED_DOCUMENT, UNNAMED_DOCUMENT, cue_key, cue_patterns, vague_patterns
from attrlint.document import Document, Span, span_holding
from attrlint.finding import Problem
from attrlint.lookback import EarliestMatch, WordBefore, WordCounts, has_text
from attrlint.referents import Referents
from attrlint.regex_budget import RegexBudget
from attrlint.source_class import ANONYMOUS, VAGUE, ClassifyingCueReader, source_classes, with_members_named
from attrlint.speaker_reach import SpeakerReach

# The problems the analysis reports; an attribution rule names one of them.
UNATTRIBUTED_QUOTE, UNSOURCED_FIGURE = "unattributed", "unsourced"
VAGUE_SOURCE, PRONOUN_FIRST, UNEXPLAINED_ANONYMITY = "vague", "pronoun-first", "anonymous"
PROBLEMS = (UNATTRIBUTED_QUOTE, UNSOURCED_FIGURE, VAGUE_SOURCE, PRONOUN_FIRST, UNEXPLAINED_ANONYMITY)

# The patterns of the checks on figures and partial quotations; those that find cues and read sources are in
# attrlint.cues, those that read a quotation's own shape in attrlint.quote_shapes.
# The subject of a sentence that runs on into a partial quotation: a name, a title or a pronoun
_SUBJECT = regex.compile(
    r"(?<![\p{L}'\u2019])(?:(?i:he|she|they)\b|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+\p{Lu})"
)
_SPACE = regex.compile(r"[\s\p{Pi}\p{Pf}\"'(]*")
STATISTIC = regex.compile(
    r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
    r"|[$\u00a3\u20ac]\s?(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s?(?:million|billion|trillion|bn|m)\b)"  # not a price
    r"|\b\d[\d,.]*\s(?:million|billion|trillion)\b"
    r"|\b\d{1,3}(?:,\d{3})+\b(?!\s*(?:B\.?C|A\.?D))"
    r"|\b(?i:at least|more than|fewer than|nearly|almost|about|over|some)\s\d+\s+\p{Ll}+"
)


class QuoteSource(NamedTuple):
    """A quotation and the attribution that covers it, with how it reaches (None: none found)."""

    quotation: quotes.Quotation
    attribution: Attribution | None
    # paragraph, colon, credit, partial, follow-on (the speaker before), next (the one after), nearby (a possible
    # speaker with no cue: attrlint.speaker_reach) or none
    reach: str


@dataclass
class AttributionAnalysis:
    """Attributions and the quotations they cover; each kind of problem is found when first asked for."""

    attributions: list[Attribution] = field(default_factory=list)
    quotes: list[QuoteSource] = field(default_factory=list)
    reporters: dict[str, Callable[[], list[Problem]]] = field(default_factory=dict, repr=False)
    found: dict[str, list[Problem]] = field(default_factory=dict, repr=False)

    def problems_of(self, check: str) -> list[Problem]:
        if check not in self.found:
            self.found[check] = sorted(self.reporters[check](), key=lambda problem: problem.start)
        return self.found[check]

    @property
    def vague_sources(self) -> list[Problem]:
        """Sourcing that names nobody ("sources say", "reportedly")."""
        return self.problems_of(VAGUE_SOURCE)

    @property
    def problems(self) -> list[Problem]:
        every = [problem for check in self.reporters for problem in self.problems_of(check)]
        return sorted(every, key=lambda problem: problem.start)


class _Analyser:
    """Finds a document's attributions, the quotations they cover, and what has no source."""

    def __init__(
        self,
        doc: Document,
        lexicons: Mapping[str, Sequence[str]],
        quote_analysis: quotes.QuoteAnalysis,
        name_analysis: names.NameAnalysis | None,
    ):
        def lexicon(name: str) -> tuple[str, ...]:
            return tuple(lexicons.get(name, ()))

        self.doc = doc
        self.lexicons = lexicons
        self._names = name_analysis
        self._quote_analysis = quote_analysis
        self.text = doc.text
        self.patterns = cue_patterns(lexicon("cues"), lexicon("core_cues"))
        _, self.vague = vague_patterns((), lexicon("vague"))
        self.classes = source_classes(
            lexicon("vague_sources"),
            lexicon("anonymous_sources"),
            lexicon("kept_unnamed"),
            lexicon("anonymity_reasons"),
            lexicon("generic_sources"),
        )
        self.accusers = vague_patterns(lexicon("accusers"), ())[0]
        self.quotations = sorted((q for q in quote_analysis.quotations if q.level == 0), key=lambda q: q.start)
        self.quotation_starts = [q.start for q in self.quotations]
        self.analysis = AttributionAnalysis()
        self.budget = RegexBudget(regex_budget.REGEX_TIMEOUT, len(doc.text))
        self.subjects: dict[Span, bool] = {}  # sentence -> whether it opens with a subject
        self.colon_ended: dict[int, bool] = {}  # paragraph -> whether it ends with a colon
        self.credits: dict[int, bool] = {}  # a quotation's end -> whether a credit follows
        self.document_named: dict[int, bool] = {}  # paragraph -> whether it names a study or report
        self.accuser_named: dict[int, bool] = {}  # paragraph -> whether it names who accuses
        self.reach = SpeakerReach(doc, self.quotations)

    def quoted(self, offset: int) -> bool:
        """Inside a quotation (level-0 quotations do not overlap, so the one before decides)."""
        index = bisect.bisect_left(self.quotation_starts, offset) - 1
        return index >= 0 and offset < self.quotations[index].end

    @cached_property
    def names(self) -> names.NameAnalysis:
        """The draft's names, made only when a check needs them, unless the caller gave them."""
        return self._names or names.analyse(self.doc, self.lexicons, self._quote_analysis)

    def run(self) -> AttributionAnalysis:
        self.analysis.attributions = with_members_named(self.doc, sorted(self.find_attributions(), key=lambda a: a.cue))
        self.offsets = [a.cue[0] for a in self.analysis.attributions]
        for index, quotation in enumerate(self.quotations):
            self.analysis.quotes.append(self.source_of(index, quotation))
        self.analysis.reporters = {
            UNATTRIBUTED_QUOTE: self.report_quotes,
            UNSOURCED_FIGURE: self.report_figures,
            VAGUE_SOURCE: self.report_vague,
            PRONOUN_FIRST: self.report_pronouns,
            UNEXPLAINED_ANONYMITY: self.report_anonymous,
        }
        return self.analysis

    def find_attributions(self) -> list[Attribution]:
        reader = ClassifyingCueReader(self.doc, self.patterns, self.classes)
        found: list[Attribution] = []
        for start, end in self.doc.paragraphs:
            if not names.is_headline(self.text[start:end]):
                found += reader.paragraph(start, end, self.quoted)
        return found

    def paragraph_of(self, offset: int) -> int:
        return span_holding(self.doc.paragraphs, offset)

    def cues_between(self, start: int, end: int) -> list[Attribution]:
        """The attributions whose cue starts in [start, end); attributions are sorted by cue."""
        offsets = self.offsets
        return self.analysis.attributions[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, end)]

    def cues_in(self, paragraph: int) -> list[Attribution]:
        return self.cues_between(*self.doc.paragraphs[paragraph])

    def source_of(self, index: int, quotation: quotes.Quotation) -> QuoteSource:
        """The attribution covering a quotation: in its paragraphs, a colon before, or the speaker's last quote."""
        closest = self.closest_cue(quotation)
        first = quotation.paragraphs[0]
        if self.text[max(0, quotation.start - 3) : quotation.start].rstrip().endswith(":"):
            if closest is None and first > 0 and self.cues_in(first - 1):
                closest = self.cues_in(first - 1)[-1]  # "The chair told the meeting:" names the speaker
            return QuoteSource(quotation, closest, "colon")  # "She said: '...'", "this sound bite: '...'"
        if closest is not None:
            return QuoteSource(quotation, closest, "paragraph")
        if self.credited(quotation.end) or self.speech_verb_after(quotation) or self.credited_below(quotation):
            return QuoteSource(quotation, None, "credit")
        if self.runs_on_from_subject(quotation):
            return QuoteSource(quotation, None, "partial")
        if first > 0 and self.ends_with_colon(first - 1) and self.cues_in(first - 1):
            return QuoteSource(quotation, self.cues_in(first - 1)[-1], "colon")
        if self.stands_alone(quotation, first):
            before = self.speaker_before(index, quotation, first)
            if before is not None:
                return QuoteSource(quotation, before, "follow-on")
            after = self.speaker_after(quotation) if self.is_lede(first) else None
            if after is not None:
                return QuoteSource(quotation, after, "next")
        if self.reach.possible_speaker(quotation) or self.speaker_earlier_in_paragraph(index, first):
            return QuoteSource(quotation, None, "nearby")
        return QuoteSource(quotation, None, "none")

    def speaker_earlier_in_paragraph(self, index: int, first: int) -> bool:
        """A later quotation of a paragraph whose quotation before has a speaker a reader carries on to it."""
        if not index:
            return False
        previous = self.analysis.quotes[index - 1]
        return previous.reach != "none" and previous.quotation.paragraphs[-1] == first

    def speech_verb_after(self, quotation: quotes.Quotation) -> bool:
        """`"...," Cruz quipped.` or `"...," mused the host.`: a quotation closed on a comma, question or
        exclamation mark, then a speaker and a past-tense verb that end the sentence, is attributed by its
        shape, whatever the verb (the lexicon cannot hold every verb of speech)."""
        start, end = quotation.start, quotation.end
        if self.text[start:end].rstrip("\"'\u201d\u2019 ")[-1:] not in (",", "?", "!"):
            return False
        return quote_shapes.speaker_and_verb_after(self.text, end)

    def credited(self, end: int) -> bool:
        """A dash or bracket credit after a quotation's end, read once for the quotations left open to one end."""
        if end not in self.credits:
            self.credits[end] = quote_shapes.credited(self.text, end)
        return self.credits[end]

    def credited_below(self, quotation: quotes.Quotation) -> bool:
        """A quotation whose paragraph is credited on the line below, as a pull-quote or an embedded post
        is (`— Ann Voss (@annvoss) May 2, 2024`)."""
        following = quotation.paragraphs[-1] + 1
        if following >= len(self.doc.paragraphs):
            return False
        start, end = self.doc.paragraphs[following]
        return end - start <= quote_shapes.CREDIT_LINE and quote_shapes.credit_line(self.text, start)

    def ends_with_colon(self, paragraph: int) -> bool:
        if paragraph not in self.colon_ended:
            self.colon_ended[paragraph] = self.text[slice(*self.doc.paragraphs[paragraph])].rstrip().endswith(":")
        return self.colon_ended[paragraph]

    def closest_cue(self, quotation: quotes.Quotation) -> Attribution | None:
        """The cue in the quotation's paragraphs nearest either end of it (the earlier one on a tie).

        Only the cues either side of each end can be nearest, so a long paragraph costs a bisect."""
        paragraphs = self.doc.paragraphs
        low = bisect.bisect_left(self.offsets, paragraphs[quotation.paragraphs[0]][0])
        high = bisect.bisect_left(self.offsets, paragraphs[quotation.paragraphs[-1]][1])
        candidates: set[int] = set()
        for end in (quotation.start, quotation.end):
            index = bisect.bisect_left(self.offsets, end, low, high)
            candidates.update(i for i in (index - 1, index) if low <= i < high)
        if not candidates:
            return None

        def distance(i: int) -> tuple[int, int]:
            cue = self.offsets[i]
            return min(abs(cue - quotation.start), abs(cue - quotation.end)), i

        return self.analysis.attributions[min(candidates, key=distance)]

    def runs_on_from_subject(self, quotation: quotes.Quotation) -> bool:
        """A partial quotation inside a sentence about its speaker: `Smith called it "a blatant grab."`
        It starts lower case, and its sentence opens with a name, a title or a pronoun, capitalised (a
        sentence that opens lower case, or with something else, is not about a speaker)."""
        inside = self.text[quotation.start + 1 : quotation.start + 3].lstrip("\u201c\u2018\"' ")
        if not inside[:1].islower():
            return False
        sentence = self.doc.sentence_at(quotation.start)
        if sentence is None:
            return False
        if sentence not in self.subjects:  # one look a sentence, however many quotations it holds
            self.subjects[sentence] = self.opens_with_subject(*sentence)
        return self.subjects[sentence]

    def opens_with_subject(self, start: int, end: int) -> bool:
        start = _SPACE.match(self.text, start, end).end()
        if not self.text[start : start + 1].isupper():
            return False
        if _SUBJECT.match(self.text, start, end):
            return True
        mentions = self.person_mentions()
        index = bisect.bisect_left(mentions, start)
        return index < len(mentions) and mentions[index] == start

    def person_mentions(self) -> list[int]:
        """Where the draft names a person, once per document."""
        if not hasattr(self, "_person_mentions"):
            people = self.names.people
            self._person_mentions = sorted(m.start for p in people for m in p.mentions + p.variants if p.is_person)
        return self._person_mentions

    def stands_alone(self, quotation: quotes.Quotation, first: int) -> bool:
        """The quotation is all its paragraphs hold. A paragraph with words outside its quotation, or a
        second quotation, had a cue once (`"...," reporters.`, `"..." "..."`): its speaker is not carried."""
        start, end = self.doc.paragraphs[first][0], self.doc.paragraphs[quotation.paragraphs[-1]][1]
        return not has_text(self.text, start, quotation.start) and not has_text(self.text, quotation.end, end)

    def speaker_before(self, index: int, quotation: quotes.Quotation, first: int) -> Attribution | None:
        """The speaker a reader carries into a paragraph that opens with a quotation: the speaker of the
        paragraph before, whether it quoted them (`"...," Okafor said.`), paraphrased them (`The mayor told
        reporters the plan was dead.`) or was itself their next paragraph. None when the paragraph before
        names no speaker, or the quotation names that speaker as someone else would (`"Okafor is wrong."`)."""
        if first == 0:
            return None
        previous = self.analysis.quotes[index - 1] if index else None
        speaker: Attribution | None = None
        if previous is not None and previous.attribution is not None and first - 1 in previous.quotation.paragraphs:
            speaker = previous.attribution
        if speaker is None or speaker.source is None:  # the quotation before had a cue but no source read
            speaker = next((a for a in reversed(self.cues_in(first - 1)) if self.reports_speech(a)), None)
        if speaker is None or speaker.source is None or self.names_speaker(quotation, speaker):
            return None
        return speaker

    def reports_speech(self, attribution: Attribution) -> bool:
        """A paraphrase a reader carries a speaker from: a core speech verb ("said", "told") or a named
        person's cue, not any verb of the lexicon ("The council met to discuss ...")."""
        core = cue_key(attribution.cue_text).lower() in self.patterns.core
        return attribution.source is not None and (core or attribution.kind == "person")

    def names_speaker(self, quotation: quotes.Quotation, speaker: Attribution) -> bool:
        """Whether a quotation names its supposed speaker by surname: then someone else is speaking."""
        words = (speaker.source_text or "").split()
        surname = words[-1] if words and speaker.kind == "person" else ""
        if len(surname) < 3 or not surname[:1].isupper():
            return False
        return regex.search(rf"\b{regex.escape(surname)}\b", self.text[quotation.start : quotation.end]) is not None

    def is_lede(self, paragraph: int) -> bool:
        """The first paragraph of the body: only headlines stand before it."""
        return paragraph <= self.first_body

    @cached_property
    def first_body(self) -> int:
        """The first paragraph that is not a headline, found once a draft."""
        texts = (self.text[start:end] for start, end in self.doc.paragraphs)
        return next((i for i, text in enumerate(texts) if not names.is_headline(text)), len(self.doc.paragraphs))

    def speaker_after(self, quotation: quotes.Quotation) -> Attribution | None:
        """A lede quotation (the body's first paragraph) takes the speaker the next paragraph's first
        sentence names (`"We will not fund it."` then `That was the mayor, Ann Voss, speaking on Monday.`)."""
        following = quotation.paragraphs[-1] + 1
        if following >= len(self.doc.paragraphs):
            return None
        sentence = self.doc.sentence_at(self.doc.paragraphs[following][0])
        if sentence is None:
            return None
        return next((a for a in self.cues_between(*sentence) if a.source is not None), None)

    def report_quotes(self) -> list[Problem]:
        problems: list[Problem] = []
        titles = WordBefore(quote_shapes.TITLE_WORD, quote_shapes.TITLE_BEFORE, self.text)
        words = WordCounts(self.text, 5)
        for index, source in enumerate(self.analysis.quotes):
            quotation = source.quotation
            unattributed = source.attribution is None and source.reach == "none"
            since = self.quotations[index - 1].start if index else 0
            if (
                unattributed
                and words.at_least(quotation.start, quotation.end)
                and not titles.ends_at(quotation.start, since)
                and not quote_shapes.in_title_case(self.text, quotation.start, quotation.end)
            ):
                values = {"match": self.text[quotation.start : min(quotation.end, quotation.start + 40)]}
                problems.append(Problem(UNATTRIBUTED_QUOTE, quotation.start, quotation.start + 1, values))
        return problems

    def report_figures(self) -> list[Problem]:
        """A statistic in the reporter's words with no cue in its sentence or the sentences beside it."""
        problems: list[Problem] = []
        sentences = self.doc.sentences
        for i, (start, end) in enumerate(sentences):
            match = next((m for m in STATISTIC.finditer(self.text, start, end) if not self.quoted(m.start())), None)
            if match is None or names.is_headline(self.text[start:end]):
                continue
            paragraph = self.paragraph_of(start)
            around = [
                sentences[j]
                for j in (i - 1, i, i + 1)
                if 0 <= j < len(sentences) and self.paragraph_of(sentences[j][0]) == paragraph
            ]
            if not any(self.cues_between(*span) for span in around) and not self.names_a_document(paragraph):
                values = {"match": match.group()}
                problems.append(Problem(UNSOURCED_FIGURE, match.start(), match.end(), values))
        return problems

    def names_a_document(self, paragraph: int) -> bool:
        """Whether a paragraph names a study, report or the like ("a new survey"), read once a paragraph."""
        if paragraph not in self.document_named:
            paragraph_text = self.text[slice(*self.doc.paragraphs[paragraph])]
            self.document_named[paragraph] = bool(NAMED_DOCUMENT.search(paragraph_text))
        return self.document_named[paragraph]

    def report_vague(self) -> list[Problem]:
        """Sources that name nobody, agentless sourcing, and 'according to the study' before any study is named."""
        problems = self.sources_of_kind(VAGUE_SOURCE, VAGUE)
        for pattern in self.vague:  # the newsroom's regexes: timed, each search and all of them
            with self.budget as timeout:
                matches = list(pattern.finditer(self.text, timeout=timeout))
            for match in matches:
                if not self.quoted(match.start()) and not self.sourced_sentence(match.start(), match.end()):
                    problems.append(Problem(VAGUE_SOURCE, *match.span(), {"match": match.group()}))
        named = EarliestMatch(NAMED_DOCUMENT, self.text, 0, len(self.text))  # a match cut at "according" is whole
        for match in UNNAMED_DOCUMENT.finditer(self.text):
            named_after = NAMED_BY.match(self.text, match.end())  # "according to data released by the state"
            if not named.before(match.start()) and named_after is None and not self.quoted(match.start()):
                problems.append(Problem(VAGUE_SOURCE, *match.span(), {"match": match.group()}))
        return problems

    def sourced_sentence(self, offset: int, end: int) -> bool:
        """A sentence whose own attribution names a source ('Police said the man allegedly took ...'), a
        paragraph that names who accuses ('according to the indictment'), or a named source's 'reportedly said'."""
        span = self.doc.sentence_at(offset)
        if span is None:
            return False
        named = ("person", "role", "organisation", "document", "pronoun")
        if any(a.kind in named for a in self.cues_between(*span)):
            return True
        if any(a.kind in named for a in self.cues_between(end, end + 2)):
            return True  # the marker stands between a named source and its cue
        return self.names_accuser(self.paragraph_of(offset))

    def names_accuser(self, paragraph: int) -> bool:
        """Whether a paragraph names who accuses (an indictment, the police), read once a paragraph."""
        if paragraph not in self.accuser_named:
            span = self.doc.paragraphs[paragraph]
            self.accuser_named[paragraph] = (
                self.accusers is not None and self.accusers.search(self.text, *span) is not None
            )
        return self.accuser_named[paragraph]

    def sources_of_kind(self, problem: str, kind: str) -> list[Problem]:
        """A problem at the source of each attribution of one kind (vague; anonymous with no reason given)."""
        return [
            Problem(problem, *a.source, {"match": a.source_text or ""})
            for a in self.analysis.attributions
            if a.kind == kind and a.source is not None
        ]

    def report_anonymous(self) -> list[Problem]:
        """An anonymous source whose sentence, and the next, give no reason for the anonymity."""
        return self.sources_of_kind(UNEXPLAINED_ANONYMITY, ANONYMOUS)

    def report_pronouns(self) -> list[Problem]:
        """'She said' where nothing before could be 'she': no name, headline, byline or group before it."""
        problems: list[Problem] = []
        referents = Referents(self.text, headed=self.first_body > 0)
        for attribution in self.analysis.attributions:
            if attribution.kind != "pronoun" or attribution.source is None:
                continue
            if not referents.before(attribution.source_text or "", attribution.source[0]):
                values = {"match": attribution.source_text or ""}
                problems.append(Problem(PRONOUN_FIRST, *attribution.source, values))
        return problems


def analyse(
    doc: Document,
    lexicons: Mapping[str, Sequence[str]],
    quote_analysis: quotes.QuoteAnalysis | None = None,
    name_analysis: names.NameAnalysis | None = None,
) -> AttributionAnalysis:
    """Attributions, the quotations they cover and the problems, under the attribution pack's lexicons
    (`cues`, `core_cues`, `vague_sources`, `vague`).

    The draft's quote and name analyses are made here unless the caller has them already.
    """
    quote_analysis = quote_analysis or quotes.analyse(doc, lexicons)
    return _Analyser(doc, lexicons, quote_analysis, name_analysis).run()
