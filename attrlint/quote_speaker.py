"""Who speaks a quotation: the attribution that covers it, and how it reaches (`QuoteSource.reach`).

A quotation is attributed when a cue outside any quotation stands in the paragraphs it runs over, in a
paragraph before it that ends with a colon ("Harth told Fox News:"), when a credit or a speaker and verb
follow it, or when it follows straight on from a quotation of the paragraph before that was attributed (a
speaker's next paragraph), or stands between a paragraph that names its speaker and that speaker's credited
quotation. `QuoteSpeakers.unattributed` finds the quotations a reader cannot credit.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import NamedTuple

from attrlint import names, quote_analysis, quote_shapes
from attrlint.attributed_draft import AttributedDraft, Hit
from attrlint.cue_reading import Attribution
from attrlint.cues import PERSON, cue_key
from attrlint.document import Span, span_holding, whole_word_starts
from attrlint.lazy_regex import lazy
from attrlint.lookback import WordBefore, WordCounts, has_text
from attrlint.source_edges import ends_with_mark
from attrlint.speaker_reach import SpeakerReach

# The subject of a sentence that runs on into a partial quotation: a name, a title or a pronoun
_SUBJECT = lazy(
    r"(?<![\p{L}'\u2019])(?:(?i:he|she|they)\b|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+\p{Lu})"
)
_SPACE = lazy(r"[\s\p{Pi}\p{Pf}\"'(]*")
_WORD = lazy(r"\w")
_LAST_WORD = lazy(r"(?r)\w")  # searched backwards: the last word character of a span
_CREDIT_REACH = 40  # how far after a quotation's end the cue that credits it may start


class QuoteSource(NamedTuple):
    """A quotation and the attribution that covers it, with how it reaches (None: none found)."""

    quotation: quote_analysis.Quotation
    attribution: Attribution | None
    # paragraph, colon, credit, partial, follow-on (the speaker before), next (the one after), nearby (a possible
    # speaker with no cue: attrlint.speaker_reach) or none
    reach: str


class QuoteSpeakers:
    """Reads the speaker of each of a draft's quotations, in order: a quotation may take the one before's."""

    def __init__(
        self,
        draft: AttributedDraft,
        core_cues: frozenset[str],
        names_of: Callable[[], names.NameAnalysis],
        nested: Sequence[Span] = (),
    ):
        self.draft = draft
        self.doc = draft.doc
        self.text = draft.text
        self.core_cues = core_cues
        self.names_of = names_of
        self.sources: list[QuoteSource] = []
        self.reach = SpeakerReach(draft.doc, draft.quotations)
        self.nested = nested  # the quotations inside quotations, sorted: words a speaker reports others saying
        self.subjects: dict[Span, bool] = {}  # sentence -> whether it opens with a subject
        self.credits: dict[int, bool] = {}  # a quotation's end -> whether a credit follows
        self._bounds: dict[Span, tuple[int, int]] = {}  # span -> its first and last word character

    def read(self) -> list[QuoteSource]:
        """Each quotation's source, in the order of the quotations."""
        for index, quotation in enumerate(self.draft.quotations):
            self.sources.append(self.source_of(index, quotation))
        return self.sources

    def source_of(self, index: int, quotation: quote_analysis.Quotation) -> QuoteSource:
        """The attribution covering a quotation: in its paragraphs, a colon before, or the speaker's last quote."""
        closest = self.closest_cue(quotation)
        first = quotation.paragraphs[0]
        if self.text[max(0, quotation.start - 3) : quotation.start].rstrip().endswith(":"):
            if closest is None and first > 0 and self.draft.cues_in(first - 1):
                closest = self.draft.cues_in(first - 1)[-1]  # "The chair told the meeting:" names the speaker
            return QuoteSource(quotation, closest, "colon")  # "She said: '...'", "this sound bite: '...'"
        if closest is not None:
            return QuoteSource(quotation, closest, "paragraph")
        if (
            self.credited(quotation.end)
            or self.speech_verb_after(quotation)
            or self.credited_below(quotation)
            or quote_shapes.credit_ending(self.text, *self.doc.paragraphs[quotation.paragraphs[-1]][:2])
        ):
            return QuoteSource(quotation, None, "credit")
        if self.runs_on_from_subject(quotation):
            return QuoteSource(quotation, None, "partial")
        if first > 0 and self.ends_with_colon(first - 1) and self.draft.cues_in(first - 1):
            return QuoteSource(quotation, self.draft.cues_in(first - 1)[-1], "colon")
        if self.stands_alone(quotation, first):
            before = self.speaker_before(index, quotation, first)
            if before is not None:
                return QuoteSource(quotation, before, "follow-on")
            after = self.speaker_after(quotation) if self.is_lede(first) else self.introduced_and_credited(index, first)
            if after is not None:
                return QuoteSource(quotation, after, "next")
        if self.reach.possible_speaker(quotation) or self.speaker_earlier_in_paragraph(index, first):
            return QuoteSource(quotation, None, "nearby")
        return QuoteSource(quotation, None, "none")

    def speaker_earlier_in_paragraph(self, index: int, first: int) -> bool:
        """A later quotation of a paragraph whose quotation before has a speaker a reader carries on to it."""
        if not index:
            return False
        previous = self.sources[index - 1]
        return previous.reach != "none" and previous.quotation.paragraphs[-1] == first

    def speech_verb_after(self, quotation: quote_analysis.Quotation) -> bool:
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

    def credited_below(self, quotation: quote_analysis.Quotation) -> bool:
        """A quotation whose paragraph is credited on the line below, as a pull-quote or an embedded post
        is (`— Ann Voss (@annvoss) May 2, 2024`)."""
        following = quotation.paragraphs[-1] + 1
        if following >= len(self.doc.paragraphs):
            return False
        start, end = self.doc.paragraphs[following]
        return end - start <= quote_shapes.CREDIT_LINE and quote_shapes.credit_line(self.text, start)

    def ends_with_colon(self, paragraph: int) -> bool:
        return ends_with_mark(self.text, *self.doc.paragraphs[paragraph][:2], ":")

    def closest_cue(self, quotation: quote_analysis.Quotation) -> Attribution | None:
        """The cue in the quotation's paragraphs nearest either end of it (the earlier one on a tie).

        Only the cues either side of each end can be nearest, so a long paragraph costs a bisect."""
        paragraphs = self.doc.paragraphs
        low = bisect.bisect_left(self.draft.offsets, paragraphs[quotation.paragraphs[0]][0])
        high = bisect.bisect_left(self.draft.offsets, paragraphs[quotation.paragraphs[-1]][1])
        candidates: set[int] = set()
        for end in (quotation.start, quotation.end):
            index = bisect.bisect_left(self.draft.offsets, end, low, high)
            candidates.update(i for i in (index - 1, index) if low <= i < high)
        if not candidates:
            return None

        def distance(i: int) -> tuple[int, int]:
            cue = self.draft.offsets[i]
            return min(abs(cue - quotation.start), abs(cue - quotation.end)), i

        return self.draft.attributions[min(candidates, key=distance)]

    def runs_on_from_subject(self, quotation: quote_analysis.Quotation) -> bool:
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
        mentions = self.person_mentions
        index = bisect.bisect_left(mentions, start)
        return index < len(mentions) and mentions[index] == start

    @cached_property
    def person_mentions(self) -> list[int]:
        """Where the draft names a person, once per document (its names are made only if a check gets here)."""
        people = self.names_of().people
        return sorted(m.start for p in people for m in p.mentions + p.variants if p.is_person)

    def stands_alone(self, quotation: quote_analysis.Quotation, first: int) -> bool:
        """The quotation is all its paragraphs hold, but for a stray stop after a quotation that ends its
        sentence (`..."."`). A paragraph with words outside its quotation, or a second quotation, had a cue once
        (`"...," reporters.`, `"..." "..."`), and so has a quotation closed on a comma with a stop after it
        (`"...,".`): its speaker is not carried."""
        start, end = self.doc.paragraphs[first][0], self.doc.paragraphs[quotation.paragraphs[-1]][1]
        first_word, last_word = self._word_bounds(start, end)
        if first_word < quotation.start or last_word >= quotation.end:
            return False
        marks_only = not has_text(self.text, start, quotation.start) and not has_text(self.text, quotation.end, end)
        return marks_only or not self.text[quotation.start : quotation.end].rstrip("\"'\u201d\u2019 ").endswith(",")

    def _word_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Where the first and the last word character of text[start:end] stand (end and -1: none), found once
        per span: a paragraph of many quotations and no words would otherwise be searched to its end for each."""
        if (start, end) not in self._bounds:
            first, last = _WORD.search(self.text, start, end), _LAST_WORD.search(self.text, start, end)
            self._bounds[start, end] = (first.start() if first else end, last.start() if last else -1)
        return self._bounds[start, end]

    def speaker_before(self, index: int, quotation: quote_analysis.Quotation, first: int) -> Attribution | None:
        """The speaker a reader carries into a paragraph that opens with a quotation: the speaker of the
        paragraph before, whether it quoted them (`"...," Okafor said.`), paraphrased them (`The mayor told
        reporters the plan was dead.`) or was itself their next paragraph. None when the paragraph before
        names no speaker, or the quotation names that speaker as someone else would (`"Okafor is wrong."`)."""
        if first == 0:
            return None
        previous = self.sources[index - 1] if index else None
        speaker: Attribution | None = None
        if previous is not None and previous.attribution is not None and first - 1 in previous.quotation.paragraphs:
            speaker = previous.attribution
        if speaker is None or speaker.source is None:  # the quotation before had a cue but no source read
            speaker = next((a for a in reversed(self.draft.cues_in(first - 1)) if self.reports_speech(a)), None)
        if speaker is None or speaker.source is None or self.names_speaker(quotation, speaker):
            return None
        return speaker

    def reports_speech(self, attribution: Attribution) -> bool:
        """A paraphrase a reader carries a speaker from: a core speech verb ("said", "told") or a named
        person's cue, not any verb of the lexicon ("The council met to discuss ...")."""
        core = cue_key(attribution.cue_text).lower() in self.core_cues
        return attribution.source is not None and (core or attribution.kind == PERSON)

    def names_speaker(self, quotation: quote_analysis.Quotation, speaker: Attribution) -> bool:
        """Whether a quotation names its supposed speaker by surname: then someone else is speaking. A name
        inside a quotation the speaker reports (`they say, 'Mr. Voss, ...'`) is others addressing the speaker."""
        words = (speaker.source_text or "").split()
        surname = words[-1] if words and speaker.kind == PERSON else ""
        if len(surname) < 3 or not surname[:1].isupper():
            return False
        named_at = whole_word_starts(self.text, surname, quotation.start, quotation.end)
        return any(not self.in_nested(at) for at in named_at)

    def in_nested(self, offset: int) -> bool:
        """Whether a quotation inside a quotation holds the offset (they do not overlap: the one before decides)."""
        return span_holding(self.nested, offset) >= 0

    def is_lede(self, paragraph: int) -> bool:
        """The first paragraph of the body: only headlines stand before it."""
        return paragraph <= self.draft.first_body

    def introduced_and_credited(self, index: int, first: int) -> Attribution | None:
        """The speaker of a quotation paragraph between one that names a person and one that opens with a
        quotation credited to them (`Voss is upbeat.` / `"..."` / `"...," Voss says.`): a reader gives it the
        speaker either side. None when the paragraph after opens otherwise or the paragraph before names
        someone else."""
        if first == 0 or index + 1 >= len(self.draft.quotations):
            return None
        following = self.draft.quotations[index + 1]
        if following.paragraphs[0] != self.draft.quotations[index].paragraphs[-1] + 1:
            return None
        if has_text(self.text, self.doc.paragraphs[following.paragraphs[0]][0], following.start):
            return None
        credit = next(iter(self.draft.cues_between(following.end, following.end + _CREDIT_REACH)), None)
        if credit is None or credit.kind != PERSON or not credit.source_text:
            return None
        start, end = self.doc.paragraphs[first - 1][:2]
        named_at = whole_word_starts(self.text, credit.source_text.split()[-1], start, end)
        named = any(not self.draft.quoted(at) for at in named_at)
        return credit if named else None

    def speaker_after(self, quotation: quote_analysis.Quotation) -> Attribution | None:
        """A lede quotation (the body's first paragraph) takes the speaker the next paragraph's first
        sentence names (`"We will not fund it."` then `That was the mayor, Ann Voss, speaking on Monday.`)."""
        following = quotation.paragraphs[-1] + 1
        if following >= len(self.doc.paragraphs):
            return None
        sentence = self.doc.sentence_at(self.doc.paragraphs[following][0])
        if sentence is None:
            return None
        return next((a for a in self.draft.cues_between(*sentence) if a.source is not None), None)

    def unattributed(self) -> list[Hit]:
        """The opening mark of each quotation no speaker reaches, showing its first words; not one of under
        five words, nor a title (`the slogan "..."`, or words in Title Case)."""
        hits: list[Hit] = []
        titles = WordBefore(quote_shapes.TITLE_WORD, quote_shapes.TITLE_BEFORE, self.text)
        words = WordCounts(self.text, 5)
        for index, source in enumerate(self.sources):
            quotation = source.quotation
            unattributed = source.attribution is None and source.reach == "none"
            since = self.draft.quotations[index - 1].start if index else 0
            if (
                unattributed
                and words.at_least(quotation.start, quotation.end)
                and not titles.ends_at(quotation.start, since)
                and not quote_shapes.in_title_case(self.text, quotation.start, quotation.end)
            ):
                words_shown = self.text[quotation.start : min(quotation.end, quotation.start + 40)]
                hits.append(Hit(quotation.start, quotation.start + 1, words_shown))
        return hits
