"""What kind of source the reporter gives, and where they give none: vague and anonymous sources, a
pronoun with nothing before it to stand for, and figures in the reporter's words with no source beside them.

Each check returns `Hit`s; `attrlint.attribution` names the problem each is.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from attrlint import names
from attrlint.attributed_draft import AttributedDraft, Hit
from attrlint.cue_reading import Attribution
from attrlint.cues import NAMED_BY, NAMED_DOCUMENT, UNNAMED_DOCUMENT, cue_key
from attrlint.lazy_regex import lazy
from attrlint.lookback import EarliestMatch
from attrlint.referents import Referents
from attrlint.regex_budget import RegexBudget
from attrlint.source_class import ANONYMOUS, VAGUE

STATISTIC = lazy(
    r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
    r"|[$\u00a3\u20ac]\s?(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s?(?:million|billion|trillion|bn|m)\b)"  # not a price
    r"|\b\d[\d,.]*\s(?:million|billion|trillion)\b"
    r"|\b\d{1,3}(?:,\d{3})+\b(?!\s*(?:B\.?C|A\.?D))"
    r"|\b(?i:at least|more than|fewer than|nearly|almost|about|over|some)\s\d+\s+\p{Ll}+"
)
# The kinds of source that name someone: a sentence attributed to one of them is sourced
_NAMED = ("person", "role", "organisation", "document", "pronoun")
# The kinds of source that can be the reporter behind a report, by a report cue ("Kestrel reported")
_REPORTERS = ("person", "organisation", "document")
# How many of the body's first paragraphs may name the reporter of a headline's "reportedly"
_HEADLINE_REACH = 3


class SourceReports:
    """The checks on a draft's sources, over its attributions once they are read."""

    def __init__(
        self,
        draft: AttributedDraft,
        vague: list[regex.Pattern],
        hearsay: list[regex.Pattern],
        allegations: list[regex.Pattern],
        accusers: regex.Pattern | None,
        budget: RegexBudget,
        report_cues: Sequence[str],
        reporter_phrases: Sequence[regex.Pattern] = (),
    ):
        self.draft = draft
        self.doc = draft.doc
        self.text = draft.text
        self.vague = vague
        self.hearsay = hearsay
        self.allegations = allegations
        self.report_cues = frozenset(cue.lower() for cue in report_cues)
        self.reporter_phrases = reporter_phrases
        self.accusers = accusers
        self.budget = budget
        self.document_named: dict[int, bool] = {}  # paragraph -> whether it names a study or report
        self.accuser_named: dict[int, bool] = {}  # paragraph -> whether it names who accuses
        self.reporter_named: dict[tuple[int, int], bool] = {}  # span -> whether it names a reporter

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
        """Sources that name nobody, agentless sourcing, and 'according to the study' before any study is named."""
        hits = [hit for hit in self.sources_of_kind(VAGUE) if not self.relayed(hit.start)]
        hits.extend(self.agentless(self.vague))
        hits.extend(hit for hit in self.agentless(self.hearsay) if not self.reporter_beside(hit.start))
        named = EarliestMatch(NAMED_DOCUMENT, self.text, 0, len(self.text))  # a match cut at "according" is whole
        for match in UNNAMED_DOCUMENT.finditer(self.text):
            named_after = NAMED_BY.match(self.text, match.end())  # "according to data released by the state"
            if not named.before(match.start()) and named_after is None and not self.draft.quoted(match.start()):
                hits.append(Hit(*match.span(), match.group()))
        return hits

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
        return hits

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

    def reporter_phrase_between(self, start: int, end: int) -> bool:
        for pattern in self.reporter_phrases:
            with self.budget as timeout:
                if pattern.search(self.text, start, end, timeout=timeout) is not None:
                    return True
        return False

    def relayed(self, offset: int) -> bool:
        """Whether the sentence holding an offset has a named reporter that relays its source ("the Ledger
        reported, according to sources", "according to the Ledger, sources said"): the outlet is the reporter's
        source. An outlet the source only talks to ("sources told the Ledger") relays nothing: the vague
        source is the outlet's own."""
        span = self.doc.sentence_at(offset)
        return span is not None and any(self.relays(a) for a in self.draft.cues_between(*span))

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
        named = attribution.kind == "person" or any(word[:1].isupper() for word in words[1:])
        reports = cue_key(attribution.cue_text).lower() in self.report_cues
        return named and (reports or attribution.kind == "organisation")

    def sourced_sentence(self, offset: int, end: int) -> bool:
        """A sentence whose own attribution names a source ('Police said the man allegedly took ...'), a
        paragraph that names who accuses ('according to the indictment'), or a named source's 'reportedly said'."""
        span = self.doc.sentence_at(offset)
        if span is None:
            return False
        if any(a.kind in _NAMED for a in self.draft.cues_between(*span)):
            return True
        if any(a.kind in _NAMED for a in self.draft.cues_between(end, end + 2)):
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

    def sources_of_kind(self, kind: str) -> list[Hit]:
        """The source of each attribution of one kind (vague; anonymous with no reason given)."""
        return [
            Hit(*a.source, a.source_text or "")
            for a in self.draft.attributions
            if a.kind == kind and a.source is not None
        ]

    def unexplained_anonymity(self) -> list[Hit]:
        """An anonymous source whose sentence, and the next, give no reason for the anonymity."""
        return self.sources_of_kind(ANONYMOUS)

    def pronouns_first(self) -> list[Hit]:
        """'She said' where nothing before could be 'she': no name, headline, byline or group before it."""
        hits: list[Hit] = []
        referents = Referents(self.text, headed=self.draft.first_body > 0)
        for attribution in self.draft.attributions:
            if attribution.kind != "pronoun" or attribution.source is None:
                continue
            if not referents.before(attribution.source_text or "", attribution.source[0]):
                hits.append(Hit(*attribution.source, attribution.source_text or ""))
        return hits
