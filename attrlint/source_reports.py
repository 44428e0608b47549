"""What kind of source the reporter gives, and where they give none: vague and anonymous sources, a
pronoun with nothing before it to stand for, and figures in the reporter's words with no source beside them.

Each check returns `Hit`s; `attrlint.attribution` names the problem each is.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import cached_property, lru_cache

import regex

from attrlint import names
from attrlint.attributed_draft import AttributedDraft, Hit
from attrlint.attribution_lexicons import AttributionLexicons
from attrlint.cue_finder import alternation
from attrlint.cue_reading import Attribution
from attrlint.cues import (
    DOCUMENT,
    NAMED_BY,
    NAMED_DOCUMENT,
    ORGANISATION,
    PERSON,
    PRONOUN,
    ROLE,
    UNNAMED_DOCUMENT,
    cue_key,
    vague_patterns,
)
from attrlint.document import span_holding
from attrlint.function_words import is_function_word
from attrlint.impersonal import claim_subject, generic_saying, impersonal_pattern, participles_of
from attrlint.language import language_lists, words
from attrlint.lazy_regex import lazy
from attrlint.lookback import EarliestMatch
from attrlint.post_credits import HANDLE_AND_DATE
from attrlint.referents import Referent, Referents, first_people, person_noun_pattern
from attrlint.regex_budget import RegexBudget
from attrlint.regex_store import compiled
from attrlint.source_class import ANONYMOUS, SOURCE_AFTER_PHRASES, VAGUE, lexicon_alternation, speaks_at_cue
from attrlint.source_edges import ends_with_mark
from attrlint.source_members import NAME_RUN, named_before
from attrlint.source_speech import NamedSpeech
from attrlint.source_voices import SUMMARY_PARAGRAPHS

STATISTIC = lazy(
    r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
    r"|[$\u00a3\u20ac]\s?(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s?(?:million|billion|trillion|bn|m)\b)"  # not a price
    r"|\b\d[\d,.]*\s(?:million|billion|trillion)\b"
    r"|\b\d{1,3}(?:,\d{3})+\b(?!\s*(?:B\.?C|A\.?D))"
    r"|\b(?i:at least|more than|fewer than|nearly|almost|about|over|some)\s\d+\s+\p{Ll}+"
)
# The kinds of source that name someone: a sentence attributed to one of them is sourced
_NAMED = (PERSON, ROLE, ORGANISATION, DOCUMENT, PRONOUN)
# The kinds of source that can be the reporter behind a report, by a report cue ("Kestrel reported")
_REPORTERS = (PERSON, ORGANISATION, DOCUMENT)
# The kinds of source that speak for themselves: a quotation they are named beside is theirs, not an outlet's
_SPEAKERS = (PERSON, ROLE, PRONOUN)
# How many of the body's first paragraphs may name the reporter of a headline's "reportedly"
_HEADLINE_REACH = 3
# How many paragraphs after a summary paragraph's "reportedly" (`SUMMARY_PARAGRAPHS`: the body's first ones, which
# sum the story up) may name its reporter: the story goes on to the reports it summed up
_SUMMARY_REACH = 4
# The outlet a source tells, after its cue: "told the Ledger", "explained to NBC News", "tell Kestrel.com"
_NAME_WORD = r"\p{Lu}[\p{L}\d.&'\u2019-]*"
_LISTENER = lazy(rf"[^\S\n]+(?:to[^\S\n]+)?(?P<name>(?:(?i:the)[^\S\n]+)?{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,3}})")
# The same, read strictly for an outlet that relays a source (`told_outlet`): after a preposition ("explained to
# NBC News", "shared with the Ledger"), or after a cue that is a form of "tell" ("told NBC"); the name whole, not a
# possessive nor a modifier of a noun after it ("told NBC's affiliate", "told Flint residents")
_TOLD_TO = lazy(r"[^\S\n]+(?i:to|with)\b")
_SENTENCE_STOP = lazy(r"\.[^\S\n]+")  # "told NBC News. Aiding ...": the name ends at its sentence's stop
_CLOSING_STOP = lazy(r"[.!?:\u2026][\"'\u201d\u2019)]*\s*\Z")
_NEXT_WORD = lazy(r"[^\S\n]+(\p{Ll}+)\b")
# A relative clause in a source's own words whose verb may take an outlet told: "sources who spoke to NBC News",
# "who have spoken to", "who spoke with"
_RELATIVE_VERB = lazy(
    rf"\b(?i:{alternation(language_lists()['person_relatives'])})(?:[^\S\n]+(?i:have|has|had))?[^\S\n]+\p{{Ll}}+"
    r"(?:[^\S\n]+(?i:with)\b)?"
)
# "its FEC reports": a report cue after a possessive is a noun
_OWNED = lazy(r"(?i:its|his|her|their|our|my|your)\b")
# "as the Ledger reported": a report that bears out a fact, not one that relays a source
_AS_BEFORE = lazy(r"\b(?i:as)\s+\Z")
_CAPITALS_LABEL = lazy(r"\s*\p{Lu}[\p{Lu}\s]{0,40}[.:]?\s*\Z")
_THE = lazy(r"\A(?i:the)\s+")
# the rest of the word a named report's phrase ends in and the capitalised words after it: the maker's name
_CAPITALISED_RUN = lazy(r"\S*(?:[^\S\n]+\p{Lu}\S*){0,3}")
_COMMA = lazy(",")
_POSSESSIVE = lazy(r"['\u2019]s?\Z")


def _apart_from(hits: Sequence[Hit], taken: Sequence[Hit]) -> list[Hit]:
    """The hits that share no character with any of `taken`: one finding for words two readings find. Each hit
    is compared only with the taken hits that start near it, so a long draft costs no more than a short one a hit."""
    spans = sorted((one.start, one.end) for one in taken)
    starts = [start for start, _ in spans]
    reach = max((end - start for start, end in spans), default=0)
    return [
        hit
        for hit in hits
        if not any(
            start < hit.end and hit.start < end
            for start, end in spans[bisect.bisect_left(starts, hit.start - reach) : bisect.bisect_left(starts, hit.end)]
        )
    ]


def _phrases(lexicon: tuple[str, ...]) -> list[regex.Pattern]:
    """A lexicon of the newsroom's phrases (regexes), compiled as `vague_patterns` compiles them."""
    return vague_patterns((), lexicon)[1]


def _source_hit(attribution: Attribution) -> Hit:
    """An attribution's source as a finding's span and text."""
    return Hit(*attribution.source, attribution.source_text or "")


def _outlet_key(name: str) -> str:
    """An outlet's name compared across its mentions: its words in lower case, without "the" or a possessive
    ("The Daily Beast" and "the Daily Beast's" are "daily beast")."""
    words = _THE.sub("", name).rstrip(".,").split()
    return " ".join(words).lower().removesuffix("\u2019s").removesuffix("'s")


def _outlet_keys(outlets: Sequence[str]) -> frozenset[str]:
    """The keys of outlets' names (`_outlet_key`), each with its last word too, as a later mention may shorten it."""
    keys = [_outlet_key(name) for name in outlets]
    return frozenset(key for full in keys if full for key in (full, full.split()[-1]))


@lru_cache(maxsize=16)
def _summary_label(labels: tuple[str, ...]) -> regex.Pattern:
    """A paragraph that is only a label of the pack's `summary_labels` ("ABSTRACT."), compiled once per lexicon."""
    return compiled(rf"(?i)[^\S\n]*(?:{lexicon_alternation(labels)})[^\S\n]*[.:]?[^\S\n]*\Z")


class SourceReports:
    """The checks on a draft's sources, over its attributions once they are read."""

    def __init__(
        self,
        draft: AttributedDraft,
        lexicons: AttributionLexicons,
        budget: RegexBudget,
        people: Callable[[], names.NameAnalysis],
    ):
        self.draft = draft
        self.doc = draft.doc
        self.text = draft.text
        self.vague = _phrases(lexicons.vague)
        self.hearsay = _phrases(lexicons.hearsay)
        self.allegations = _phrases(lexicons.allegations)
        self.report_cues = frozenset(cue.lower() for cue in lexicons.report_cues)
        # a report only an outlet makes ("a Ledger story")
        self.outlet_report_phrases = _phrases(lexicons.outlet_report_phrases)
        self.body_report_phrases = _phrases(lexicons.reporter_phrases)
        self.report_phrases = [*self.body_report_phrases, *self.outlet_report_phrases]  # or any named report
        # or an outlet spoken to ("told the Ledger")
        self.reporter_phrases = [*self.report_phrases, *_phrases(lexicons.listener_phrases)]
        self.summary_label = _summary_label(lexicons.summary_labels)
        self.document_channels = _phrases(lexicons.document_channels)
        self.group_sponsors = _phrases(lexicons.group_sponsors)
        self.member_introducers = _phrases(lexicons.member_introducers)
        self.people = people  # the draft's names, read only for a "he" or "she" source
        self.person_nouns = lexicons.person_nouns
        self.impersonal = impersonal_pattern(
            participles_of((lexicons.impersonal_cues, lexicons.impersonal_kept)), lexicons.judgement_passives
        )
        self.telling_cues = frozenset(cue.lower() for cue in lexicons.telling_cues)
        self.confidential_heads = lexicons.confidential_heads
        self.own_outlets = _outlet_keys(lexicons.own_outlets)  # the desk's own: a source that tells it is its own
        self.accusers = vague_patterns(lexicons.accusers, ())[0]
        self.budget = budget
        self.document_named: dict[int, bool] = {}  # paragraph -> whether it names a study or report
        self.accuser_named: dict[int, bool] = {}  # paragraph -> whether it names who accuses
        self.reporter_named: dict[tuple[int, int], bool] = {}  # span -> whether it names a reporter
        self._post_credits: dict[int, int] = {}  # paragraph -> where its last post credit starts (-1: none)

    def unsourced_figures(self) -> list[Hit]:
        """A statistic in the reporter's words with no cue in its sentence or the sentences beside it."""
        hits: list[Hit] = []
        sentences = self.doc.sentences
        for i, (start, end) in enumerate(sentences):
            match = next(
                (m for m in STATISTIC.finditer(self.text, start, end) if not self.draft.quoted(m.start())), None
            )
            if match is None or names.is_headline(self.text[start:end]):
                continue
            paragraph = self.draft.paragraph_of(start)
            around = [
                sentences[j]
                for j in (i - 1, i, i + 1)
                if 0 <= j < len(sentences) and self.draft.paragraph_of(sentences[j][0]) == paragraph
            ]
            if not any(self.draft.cues_between(*span) for span in around) and not self.names_a_document(paragraph):
                hits.append(Hit(match.start(), match.end(), match.group()))
        return hits

    def names_a_document(self, paragraph: int) -> bool:
        """Whether a paragraph names a study, report or the like ("a new survey"), read once a paragraph."""
        if paragraph not in self.document_named:
            paragraph_text = self.text[slice(*self.doc.paragraphs[paragraph])]
            self.document_named[paragraph] = bool(NAMED_DOCUMENT.search(paragraph_text))
        return self.document_named[paragraph]

    def vague_sources(self) -> list[Hit]:
        """Sources that name nobody, agentless sourcing, and 'according to the study' before any study is named;
        none in a summary above the body or an embedded post (`not_the_writers`)."""
        hits = [
            _source_hit(a)
            for a in self.attributions_of_kind(VAGUE)
            if not self.relayed(a.source[0])
            and not self.through_named_document(a)
            and not self.led_by_named_body(a)
            and not self.member_introduced_next(a)
        ]
        hits.extend(self.agentless(self.vague))
        passives = self.impersonal_sourcing()
        hits.extend(_apart_from([hit for hit in passives if not self.excused_passive(hit)], hits))
        hearsay = [hit for hit in self.agentless(self.hearsay) if not self.reporter_beside(hit.start)]
        hits.extend(_apart_from(hearsay, passives))  # a passive excused is not read again as hearsay
        named = EarliestMatch(NAMED_DOCUMENT, self.text, 0, len(self.text))  # a match cut at "according" is whole
        for match in UNNAMED_DOCUMENT.finditer(self.text):
            named_after = NAMED_BY.match(self.text, match.end())  # "according to data released by the state"
            if not named.before(match.start()) and named_after is None and not self.draft.quoted(match.start()):
                hits.append(Hit(*match.span(), match.group()))
        return [hit for hit in hits if not self.not_the_writers(hit.start, hit.end)]

    def unsourced_allegations(self) -> list[Hit]:
        """An allegation in the reporter's words ("allegedly") whose sentence names no source and whose
        paragraph names no accuser."""
        return self.agentless(self.allegations)

    def agentless(self, patterns: list[regex.Pattern]) -> list[Hit]:
        """The matches of a newsroom's regexes (timed, each search and all of them) outside quotations and
        outside sentences whose own attribution names a source."""
        hits: list[Hit] = []
        for pattern in patterns:
            with self.budget as timeout:
                matches = list(pattern.finditer(self.text, timeout=timeout))
            for match in matches:
                if not self.draft.quoted(match.start()) and not self.sourced_sentence(match.start(), match.end()):
                    hits.append(Hit(*match.span(), match.group()))
        return [hit for hit in hits if not self.not_the_writers(hit.start, hit.end)]

    def impersonal_sourcing(self) -> list[Hit]:
        """A verb of saying, knowing or believing in the passive with a claim and no agent (`attrlint.impersonal`),
        outside quotations, in a sentence that names no source but the claim's subject ("the minister is
        understood to have told colleagues" stays vague)."""
        if self.impersonal is None:
            return []
        with self.budget as timeout:
            matches = list(self.impersonal.finditer(self.text, timeout=timeout))
        return [
            Hit(*match.span(), match.group())
            for match in matches
            if not self.draft.quoted(match.start())
            and not self.sourced_sentence(match.start(), match.end(), impersonal=True)
            and not self.source_phrase_in_sentence(match.start())
            and not self.not_the_writers(*match.span())
        ]

    def excused_passive(self, hit: Hit) -> bool:
        """Whether an agentless passive needs no source: it is a saying or a definition of a thing in general
        (`attrlint.impersonal.generic_saying`), or the report it retells is named before it in its paragraph or the
        one before, by a phrase of `reporter_phrases` ("The row followed a report by the Ledger. The mayor is said
        to have walked out."), as "reportedly" beside a named report is (`reporter_beside`); not by an outlet a
        source spoke to (`listener_phrases`: "told the Senate"), which names no report."""
        paragraph = self.draft.paragraph_of(hit.start)
        if paragraph < 0:
            return False
        context_start = self.doc.paragraphs[max(paragraph - 1, 0)][0]  # its paragraph and the one before
        sentence = self.doc.sentence_at(hit.start)
        saying = sentence is not None and generic_saying(self.text, sentence, context_start, (hit.start, hit.end))
        return saying or self.reporter_phrase_between(context_start, hit.start, self.report_phrases)

    def source_phrase_in_sentence(self, offset: int) -> bool:
        """Whether the sentence holding an offset gives a source by a phrase, whatever the analysis made of what the
        phrase names: "according to" or "citing" with no vague or anonymous source ("is believed to have, according to
        an interview his brother gave"), or a named outlet's report (`reporter_phrases`: "per the Ledger")."""
        span = self.doc.sentence_at(offset)
        if span is None:
            return False
        if any(
            cue_key(a.cue_text).lower().startswith(SOURCE_AFTER_PHRASES) and a.kind not in (VAGUE, ANONYMOUS)
            for a in self.draft.cues_between(*span)
        ):
            return True
        return self.reporter_phrase_between(*span)

    def reporter_beside(self, offset: int) -> bool:
        """Whether a named reporter stands in the paragraph holding an offset or the paragraph just before or
        after it, or, for a headline, in the body's first paragraphs (`_HEADLINE_REACH`): a reporter the
        analysis reads (`names_a_reporter`) or a phrase of the pack's `reporter_phrases` ("a report by Kestrel
        News", "told the Ledger"). A report is named once for the paragraphs around it, and a headline's
        report in the story under it."""
        paragraphs = self.doc.paragraphs
        paragraph = self.draft.paragraph_of(offset)
        if paragraph < 0:
            return False
        if paragraph < self.draft.first_body:
            first, last = paragraph + 1, min(self.draft.first_body + _HEADLINE_REACH, len(paragraphs)) - 1
        elif paragraph < self.draft.first_body + SUMMARY_PARAGRAPHS:
            first, last = max(paragraph - 1, 0), min(paragraph + _SUMMARY_REACH, len(paragraphs) - 1)
        else:
            first, last = max(paragraph - 1, 0), min(paragraph + 1, len(paragraphs) - 1)
        if first > last:
            return False
        return self.reporter_between(paragraphs[first][0], paragraphs[last][1])

    def reporter_between(self, start: int, end: int) -> bool:
        """Whether text[start:end] names a reporter: one the analysis reads (`names_a_reporter`) or a phrase of
        the pack's `reporter_phrases`; read once a span (the hits of a paragraph share its window)."""
        if (start, end) not in self.reporter_named:
            self.reporter_named[start, end] = any(
                self.names_a_reporter(a) for a in self.draft.cues_between(start, end)
            ) or self.reporter_phrase_between(start, end)
        return self.reporter_named[start, end]

    def reporter_phrase_between(self, start: int, end: int, phrases: Sequence[regex.Pattern] | None = None) -> bool:
        """Whether text[start:end] holds a phrase of `phrases` (by default every reporter and listener phrase)."""
        for pattern in self.reporter_phrases if phrases is None else phrases:
            with self.budget as timeout:
                if pattern.search(self.text, start, end, timeout=timeout) is not None:
                    return True
        return False

    def through_named_document(self, group: Attribution) -> bool:
        """Whether a vague group's words come through a document its own sentence names, which a reader can find
        and weigh: a phrase of the pack's `document_channels` right after the group or its cue ("Experts writing in
        the Review said", "Some experts, in a letter to the Journal, said", "Critics said in an editorial in the
        Ledger") or after a comma past the cue ("..., according to a report by the Kestrel Institute"). A document
        in the reported words is their topic, not their channel ("Analysts said the Kestrel report was wrong")."""
        sentence = self.doc.sentence_at(group.cue[0])
        if sentence is None or group.source is None or not self.document_channels:
            return False
        starts = {group.source[1], group.cue[1]}
        past_cue = max(group.cue[1], group.source[1])
        starts.update(comma.start() for comma in _COMMA.finditer(self.text, past_cue, sentence[1]))
        for pattern in self.document_channels:
            with self.budget as timeout:
                if any(pattern.match(self.text, at, sentence[1], timeout=timeout) for at in starts):
                    return True
        return False

    def led_by_named_body(self, group: Attribution) -> bool:
        """Whether a body or person by name leads or speaks for a vague group, right after the group in its own
        sentence (the pack's `group_sponsors`: "Opponents, led by the Harbour Fairness Group, argued", "critics,
        organised by the Bay Riders Union, said"): the reader can find and weigh who the group is. A body the
        group's words are about ("critics said the plan, led by the Harbour Group, ...") leads nothing."""
        if group.source is None:
            return False
        sentence = self.doc.sentence_at(group.source[0])
        if sentence is None:
            return False
        for pattern in self.group_sponsors:
            with self.budget as timeout:
                if pattern.match(self.text, group.source[1], sentence[1], timeout=timeout):
                    return True
        return False

    def member_introduced_next(self, group: Attribution) -> bool:
        """Whether the sentence after a vague group's opens by naming one of its members, new to the draft (the
        pack's `member_introducers` and a name: "Economists say the fares will hurt commuters." then "Among them is
        Professor Ines Okafor, ...", "One of them, Ines Okafor, ...", "They include Ines Okafor"), or the study
        they wrote by its authors' body or lead author ("A study by researchers at Marlow University found"): the
        reader is told who the group is. Only the next sentence, whose "them" is the group."""
        if group.source is None or not self.member_introducers:
            return False
        sentences = self.doc.sentences
        index = span_holding(sentences, group.source[0])
        if not 0 <= index < len(sentences) - 1:
            return False
        start, end = sentences[index + 1]
        start += len(self.text[start:end]) - len(self.text[start:end].lstrip())
        for pattern in self.member_introducers:
            with self.budget as timeout:
                opening = pattern.match(self.text, start, end, timeout=timeout)
            name = NAME_RUN.match(self.text, opening.end(), end) if opening is not None else None
            if name is not None and self._new_member(name.group(), group.source[0]):
                return True
        return False

    def _new_member(self, name: str, before: int) -> bool:
        """Whether a name introduced as a group's member is a person new to the draft: not one named before the
        group (whom the story is about), nor a name in the possessive ("Ines Okafor's rival": someone else)."""
        last = name.split()[-1]
        return not _POSSESSIVE.search(last) and not named_before(self.text, last, before)

    def relayed(self, offset: int) -> bool:
        """Whether a named outlet relays the unnamed source at an offset, so that the source is the outlet's and
        the reason for its anonymity the outlet's to give: in the source's sentence a named reporter reports or
        is the "according to" ("the Ledger reported, according to sources", "according to the Ledger, sources
        said"); in the next sentence a named reporter reports words it quotes ("A source said ... 'It ended,'
        the Ledger reported.", not "The Ledger reported it first."); or in either the source tells an outlet
        the draft credits with its reporting elsewhere ("sources told the Ledger" where the draft says
        "according to the Ledger" or "the Ledger reported"). An outlet the source only talks to ("sources told
        the Ledger" and no more) relays nothing: the source may be the outlet's own. And two ways by the source's
        sentence alone: a named outlet's report earlier in it (`report_named_before`: "a Ledger story in which
        sources said"), or the source's own relative clause says it spoke to an outlet the draft credits
        (`told_in_phrase`: "Sources who spoke to the Ledger said")."""
        sentences = self.doc.sentences
        index = span_holding(sentences, offset)
        if index < 0:
            return False
        own = self.draft.cues_between(*sentences[index])
        introduces = ends_with_mark(self.text, *sentences[index], ":")  # "According to sources:" and their words
        following = (
            self.draft.cues_between(*sentences[index + 1]) if index + 1 < len(sentences) and not introduces else []
        )
        if any(self.relays_beside(a) for a in own) or any(self.quotes_a_report(a, following) for a in following):
            return True
        if self.report_named_before(index, offset):
            return True
        if self.tells_an_outlet_next(offset, following):
            return True
        credited = self.credited_outlets
        if not credited:
            return False
        return any(self.listener(a) in credited for a in (*own, *following)) or self.told_in_phrase(offset) in credited

    def tells_an_outlet_next(self, offset: int, following: Sequence[Attribution]) -> bool:
        """Whether the unnamed source at an offset, taken up again by its head in the next sentence, tells a named
        outlet there that is not the desk's own (`own_outlets`): "A source said the pier would shut." then "...,
        the source, who saw the plan, told the Ledger."; "According to a senior official, ..." then "'...,' the
        official told the Ledger." The draft retells what the source gave that outlet; the reason for the
        anonymity is the outlet's to give. A person told (`people`) is no outlet, and in a draft that speaks as an
        outlet (`speaks_as_an_outlet`) the outlet told may be its own.

        An outlet told in the source's own sentence ("a senior official told NBC News") is left to the writer: on
        PolNeAR train it is as often the paper's own ("told POLITICO" in Politico's copy) as another's, and reading
        it as relayed cost the recall bench 0.03."""
        if self.speaks_as_an_outlet:
            return False
        end = self.source_ends.get(offset, offset)
        told = [self.told_outlet(a) for a in following if self.takes_up(a, self.text[offset:end])]
        return any(name and self.an_outlet(name) for name in told)

    def told_outlet(self, attribution: Attribution) -> str:
        """The name an attribution's source tells, read strictly; "" if none. The name comes after a preposition
        (`_TOLD_TO`: "explained to NBC News", "shared with the Ledger") or right after a cue that takes the one
        told as its object (the pack's `telling_cues`: "told NBC that"), and is
        whole: no possessive and no modifier of a noun after it ("told NBC's affiliate", "told Flint residents")."""
        if attribution.source is None or attribution.source[0] >= attribution.cue[1]:
            return ""  # "said Ann Voss": the name after the cue is the source
        at = attribution.cue[1]
        preposition = _TOLD_TO.match(self.text, at)
        if preposition is None and cue_key(attribution.cue_text).lower() not in self.telling_cues:
            return ""
        match = _LISTENER.match(self.text, preposition.end() if preposition else at)
        if match is None or self.text.startswith(("'", "\u2019"), match.end()):
            return ""
        name = _SENTENCE_STOP.split(match.group("name"), maxsplit=1)[0]  # "told NBC News. Aiding ..."
        if _POSSESSIVE.search(name):
            return ""
        word = _NEXT_WORD.match(self.text, match.end()) if name == match.group("name") else None
        if word is not None and not (is_function_word(word.group(1)) or word.group(1) in words("subject_pronouns")):
            return ""  # but "told NBC he would": a clause after the name
        return name

    @cached_property
    def speaks_as_an_outlet(self) -> bool:
        """Whether the draft, in its own words, calls a source in confidence its own ("our source adds", "our
        insiders"): it speaks as an outlet with sources of its own, so an outlet its sources tell may be itself."""
        if not self.confidential_heads:
            return False
        own = compiled(rf"\b(?i:our)\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?i:{lexicon_alternation(self.confidential_heads)})\b")
        return any(not self.draft.quoted(match.start()) for match in own.finditer(self.text))

    def takes_up(self, later: Attribution, source: str) -> bool:
        """Whether a later attribution's source takes up an unnamed source again by its head: "the source" for "a
        source", "the FBI official" for "a senior FBI official"."""
        words = (later.source_text or "").split()
        head = source.split()[-1].lower() if source.split() else ""
        return len(words) >= 2 and words[0].lower() == "the" and words[-1].lower().rstrip(",") == head

    def an_outlet(self, name: str) -> bool:
        """Whether a name a source tells is another outlet: not one of the desk's own (`own_outlets`) nor a person
        the draft shows (a name after "the" is none: "the Kestrel Courier")."""
        key = _outlet_key(name)
        if not key or key in self.own_outlets or key.split()[-1] in self.own_outlets:
            return False  # "the Post" of "The Wexham Post"
        return bool(_THE.match(name)) or key.split()[-1] not in self.person_surnames

    def outlet_by_shape(self, name: str) -> bool:
        """Whether a name has an outlet's shape: two or more words, the last no surname of a person the draft shows
        (`shown_persons`): "Kestrel Politics", "Harbour Valley Weekly", given in full and nothing more."""
        name_words = _THE.sub("", name).split()
        return len(name_words) >= 2 and _outlet_key(name_words[-1]) not in self.shown_persons

    @cached_property
    def shown_persons(self) -> frozenset[str]:
        """The surnames, in lower case, of the people the draft shows as persons (a title, an attribution, a
        description)."""
        return frozenset(person.surname.lower() for person in self.people().people if person.is_person)

    @cached_property
    def person_surnames(self) -> frozenset[str]:
        """The surnames, in lower case, of the people the draft shows or names in full."""
        return frozenset(person.surname.lower() for person in self.people().people if person.is_person or person.full)

    def report_named_before(self, index: int, offset: int) -> bool:
        """Whether an outlet's report comes earlier in the sentence (`index`) of the source at an offset: the writer
        is retelling that report. A report only an outlet makes (`outlet_report_phrases`: "a Ledger story in which
        sources said", "In an article from the Ledger, sources said"), or a report of any named maker
        (`reporter_phrases`) whose name is an outlet the draft credits ("a Ledger report in which", where the draft
        says "the Ledger reported"); not a body's report ("a Senate report in which critics said") nor a month ("a
        report in March")."""
        start = self.doc.sentences[index][0]
        if self.reporter_phrase_between(start, offset, self.outlet_report_phrases):
            return True
        credited = self.credited_outlets
        reports = self.body_reports(start, offset) if credited else []
        return any(self.names_credited(match, credited) for match in reports)

    def body_reports(self, start: int, end: int) -> list[regex.Match]:
        """The matches of `reporter_phrases` (a named report, whoever made it) in text[start:end]."""
        found = []
        for pattern in self.body_report_phrases:
            with self.budget as timeout:
                found.extend(pattern.finditer(self.text, start, end, timeout=timeout))
        return found

    def names_credited(self, match: regex.Match, credited: frozenset[str]) -> bool:
        """Whether a named report's phrase, with the capitalised words that follow it, names an outlet the draft
        credits ("a report by the Ledger", "per a Ledger report")."""
        tail = _CAPITALISED_RUN.match(self.text, match.end())
        words = _outlet_key(self.text[match.start() : tail.end() if tail else match.end()])
        return any(regex.search(rf"\b{regex.escape(key)}\b", words) for key in credited)

    def told_in_phrase(self, offset: int) -> str:
        """The outlet a source's own phrase says it told, by a relative clause ("Sources who spoke to NBC News
        said", "who have spoken to", "who spoke with"), as `_outlet_key` writes it; "" if none."""
        end = self.source_ends.get(offset)
        clause = _RELATIVE_VERB.search(self.text, offset, end) if end is not None else None
        match = _LISTENER.match(self.text, clause.end(), end) if clause is not None else None
        return _outlet_key(match.group("name")) if match else ""

    @cached_property
    def source_ends(self) -> dict[int, int]:
        """Where each attribution's source ends, by where it starts."""
        return {a.source[0]: a.source[1] for a in self.draft.attributions if a.source is not None}

    @cached_property
    def credited_outlets(self) -> frozenset[str]:
        """The outlets the draft credits with reporting ("the Ledger reported", "according to the Ledger"), each
        by its name's words in lower case without "the" ("ledger"), and, for a name of more words, its last."""
        keys: set[str] = set()
        for attribution in self.draft.attributions:
            if self.relays(attribution) or self.cites_an_outlet(attribution):
                key = _outlet_key(attribution.source_text or "")
                keys.update((key, key.split()[-1]) if key else ())
        return frozenset(keys)

    def cites_an_outlet(self, attribution: Attribution) -> bool:
        """An outlet that "according to" cites, of a name the cue reader read as a person's ("according to Kestrel
        Politics") but of an outlet's shape (`outlet_by_shape`); `names_a_reporter` takes no person by name for a
        reporter but with a report cue ("Kestrel Politics reported")."""
        cites = cue_key(attribution.cue_text).lower() == "according to"
        return cites and attribution.kind == PERSON and self.outlet_by_shape(attribution.source_text or "")

    def listener(self, attribution: Attribution) -> str:
        """The outlet a source tells ("told the Ledger", "explained to NBC News"), as `_outlet_key` writes it; ""
        if no name follows the cue."""
        if cue_key(attribution.cue_text).lower().startswith(SOURCE_AFTER_PHRASES):
            return ""  # "according to the Ledger": the Ledger is the source, not one told
        if attribution.source is not None and attribution.source[0] >= attribution.cue[1]:
            return ""  # "said Ann Voss": the name after the cue is the source
        match = _LISTENER.match(self.text, attribution.cue[1])
        return _outlet_key(_SENTENCE_STOP.split(match.group("name"), maxsplit=1)[0]) if match else ""

    def reports(self, attribution: Attribution) -> bool:
        """A named reporter whose cue is a report cue ("The Ledger reported"), not a noun ("its FEC reports")."""
        cue = cue_key(attribution.cue_text).lower()
        owned = _OWNED.match(attribution.source_text or "")
        return cue in self.report_cues and not owned and self.names_a_reporter(attribution)

    def quotes_a_report(self, attribution: Attribution, sentence_cues: Sequence[Attribution]) -> bool:
        """A named reporter's report whose words its sentence quotes ("'It ended,' the Ledger reported."), with
        no one else named as the speaker (`sentence_cues`, the sentence's attributions: "'It ended,' said Ann
        Voss, reports the Ledger" quotes Voss)."""
        sentence = self.doc.sentence_at(attribution.cue[0])
        if sentence is None or not self.reports(attribution) or self.bears_out(attribution):
            return False
        if any(other is not attribution and other.kind in _SPEAKERS for other in sentence_cues):
            return False
        index = bisect.bisect_left(self.draft.quotation_starts, sentence[0])
        return index < len(self.draft.quotation_starts) and self.draft.quotation_starts[index] < sentence[1]

    def relays_beside(self, attribution: Attribution) -> bool:
        """`relays`, but not a report that bears out a fact beside the source ("..., as the Ledger reported on
        Tuesday, and ..., sources said")."""
        return self.relays(attribution) and not self.bears_out(attribution)

    def bears_out(self, attribution: Attribution) -> bool:
        start = min(attribution.cue[0], attribution.source[0]) if attribution.source else attribution.cue[0]
        return _AS_BEFORE.search(self.text, max(0, start - 4), start) is not None

    def relays(self, attribution: Attribution) -> bool:
        """A named reporter whose cue reports ("The Ledger reported", "according to the Ledger")."""
        cue = cue_key(attribution.cue_text).lower()
        return (cue in self.report_cues or cue == "according to") and self.names_a_reporter(attribution)

    def names_a_reporter(self, attribution: Attribution) -> bool:
        """A body by name with any cue ("according to the Ledger"), or any name with a report cue ("Kestrel
        reported"); not a person by name who says something ("Harth said", "according to Harth"), nor "the
        newspaper reported"."""
        words = (attribution.source_text or "").split()
        if attribution.kind not in _REPORTERS or not words:
            return False
        named = attribution.kind == PERSON or any(word[:1].isupper() for word in words[1:])
        reports = cue_key(attribution.cue_text).lower() in self.report_cues
        return named and (reports or attribution.kind == ORGANISATION)

    def sourced_sentence(self, offset: int, end: int, impersonal: bool = False) -> bool:
        """A sentence whose own attribution names a source ('Police said the man allegedly took ...'), a
        paragraph that names who accuses ('according to the indictment'), or a named source's 'reportedly said'.
        For an `impersonal` construction (from `offset` to `end`), the subject of its claim is no source
        (`claim_subject`)."""
        span = self.doc.sentence_at(offset)
        if span is None:
            return False

        def names_source(a: Attribution) -> bool:
            subject = impersonal and claim_subject(a.source, a.cue, (offset, end))
            return a.kind in _NAMED and not subject

        if any(names_source(a) and speaks_at_cue(self.text, a) for a in self.draft.cues_between(*span)):
            return True  # not a source the cue reaches as its object ("ready to dismiss their manager")
        if any(names_source(a) for a in self.draft.cues_between(end, end + 2)):
            return True  # the marker stands between a named source and its cue
        return self.names_accuser(self.draft.paragraph_of(offset))

    def names_accuser(self, paragraph: int) -> bool:
        """Whether a paragraph names who accuses (an indictment, the police), read once a paragraph."""
        if paragraph not in self.accuser_named:
            span = self.doc.paragraphs[paragraph]
            self.accuser_named[paragraph] = (
                self.accusers is not None and self.accusers.search(self.text, *span) is not None
            )
        return self.accuser_named[paragraph]

    def attributions_of_kind(self, kind: str) -> list[Attribution]:
        """The attributions of one kind (vague; anonymous with no reason given) that have a source."""
        return [a for a in self.draft.attributions if a.kind == kind and a.source is not None]

    def sources_of_kind(self, kind: str) -> list[Hit]:
        """The source of each attribution of one kind."""
        return [_source_hit(a) for a in self.attributions_of_kind(kind)]

    def unexplained_anonymity(self) -> list[Hit]:
        """An anonymous source whose sentence, and the next, give no reason for the anonymity, and that no named
        outlet relays (`relayed`)."""
        return [
            hit
            for hit in self.sources_of_kind(ANONYMOUS)
            if not self.relayed(hit.start) and not self.not_the_writers(hit.start, hit.end)
        ]

    def not_the_writers(self, offset: int, end: int) -> bool:
        """Whether the sourcing at text[offset:end] is not the writer's: in a summary above the body
        (`in_summary`), in a post the draft embeds (`in_post`), whose words are the poster's, in a list of other
        stories' headlines (`in_headline_list`), or in the words of a source by name, who answers for it
        (`NamedSpeech`: "Ann Voss wrote that critics say")."""
        return (
            self.in_summary(offset)
            or self.in_post(offset)
            or self.in_headline_list(offset)
            or self.named_speech.holds(offset, end)
        )

    def in_headline_list(self, offset: int) -> bool:
        """Whether an offset stands in a list of headlines below the story's opening (related stories, "more
        from"): a paragraph that reads as a headline (`names.is_headline`) between two that close on no stop, as
        headlines do, however long. Their words, and the sourcing in them, are other stories'."""
        paragraph = self.draft.paragraph_of(offset)
        if paragraph <= self.draft.first_body or paragraph + 1 >= len(self.doc.paragraphs):
            return False
        start, end = self.doc.paragraphs[paragraph][:2]
        return names.is_headline(self.text[start:end]) and all(
            not self.closes_on_stop(index) for index in (paragraph - 1, paragraph + 1)
        )

    def closes_on_stop(self, index: int) -> bool:
        """Whether a paragraph's last word is followed by a stop, a colon, or a quotation mark after one."""
        start, end = self.doc.paragraphs[index][:2]
        return _CLOSING_STOP.search(self.text, start, end) is not None

    @cached_property
    def named_speech(self) -> NamedSpeech:
        return NamedSpeech(self.draft)

    def in_post(self, offset: int) -> bool:
        """Whether an offset stands in an embedded post: its paragraph closes, after it, on a post's credit
        (`— Name (@handle) May 4, 2018`)."""
        paragraph = self.draft.paragraph_of(offset)
        return paragraph >= 0 and self._last_post_credit(paragraph) >= offset

    def _last_post_credit(self, paragraph: int) -> int:
        """Where the last post credit of a paragraph starts (-1: none), searched once per paragraph, since a long
        paragraph holds many sources."""
        if paragraph not in self._post_credits:
            start, end = self.doc.paragraphs[paragraph][:2]
            credits = [match.start() for match in HANDLE_AND_DATE.finditer(self.text, start, end)]
            self._post_credits[paragraph] = credits[-1] if credits else -1
        return self._post_credits[paragraph]

    def in_summary(self, offset: int) -> bool:
        """Whether an offset stands in a summary of the story above its body, whose sources the body names: a
        deck joined to its headline by a semicolon ("Mill to close;" then "Owners blame prices, analysts
        say."), or the paragraphs under a summary label of the pack's `summary_labels` ("ABSTRACT.") up to
        the next label or heading ("FULL TEXT.")."""
        return self.draft.paragraph_of(offset) in self.summaries

    @staticmethod
    def a_label(text: str) -> bool:
        """A heading or a label in capitals ("FULL TEXT."): where a summary ends."""
        return bool(_CAPITALS_LABEL.match(text)) or names.is_headline(text)

    @cached_property
    def summaries(self) -> frozenset[int]:
        paragraphs = self.doc.paragraphs
        texts = [self.text[start:end] for start, end in paragraphs]
        found: set[int] = set()
        for index, text in enumerate(texts[:-1]):
            if text.rstrip().endswith(";") and (index == 0 or names.is_headline(text)):
                found.add(index + 1)  # the deck
            if self.summary_label.match(text):
                following = index + 1
                while following < len(texts) and not self.a_label(texts[following]):
                    found.add(following)
                    following += 1
        return frozenset(found)

    def people_named(self) -> list[Referent]:
        """Where each person the draft shows is first named: read only once a "he" or "she" asks."""
        return first_people(self.people(), self.text)

    def pronouns_first(self) -> list[Hit]:
        """'She said' where nothing before could be 'she' (`attrlint.referents`): no person before a "he" or
        "she", no group or person before a "they"."""
        hits: list[Hit] = []
        paragraphs = self.doc.paragraphs
        body = paragraphs[self.draft.first_body][0] if self.draft.first_body < len(paragraphs) else len(self.text)
        referents = Referents(self.doc, body, self.people_named, person_noun_pattern(self.person_nouns))
        for attribution in self.draft.attributions:
            if attribution.kind != PRONOUN or attribution.source is None:
                continue
            if not referents.before(attribution.source_text or "", attribution.source[0]):
                hits.append(Hit(*attribution.source, attribution.source_text or ""))
        return hits
