"""Whether a quotation's own sentence gives it a speaker, though no verb of the cue lexicon does.

The lexicon cannot hold every verb a writer gives a speaker ("Allen scoffed", "the commission
recognized", "a voice-over in the ad states", "Hillary Clinton cracked, ..."). What every such
sentence shares is its structure: a subject that can speak (a capitalised name, a personal pronoun,
a role or body: "the commission", "it") with a finite verb of its own that governs the quotation,
either before it in its sentence (`Paul Ryan worried that the net was becoming "..."`) or right
after its closing mark, in either order (`"...," scoffed Ann Voss`, `"...," it recommended`), or an
infinitive of its sentence introduces it (`The chair rose to announce, "..."`). A
quotation in such a sentence has a speaker in reach; so has a later quotation of the same paragraph,
which a reader gives the same speaker (`"...," scoffed Voss. "..."`), and a quotation opening its
sentence after one that ends on its speaker (`Ann Voss agreed. "..."`), in its paragraph or as the whole
paragraph before when that is a person's (`She sighed.`), or after a sentence of its paragraph that opens
with its speaker and reports what they said (`Ann Voss warned that the ferry would stop. "..."`). After the
closing mark, a person and any verb ending the clause will do, whatever its tense (`"...," she went on.`).

A name alone does not make a speaker: `Obama "knows the law"` has no verb before the quotation, so a
quotation whose attribution was cut from around it is still reported.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrlint.document import Document, Span, span_holding
from attrlint.lazy_regex import lazy
from attrlint.quote_analysis import Quotation
from attrlint.source_edges import WEEKDAY

# A subject that can speak: a personal pronoun (the writer's "I" and "we", the reader's "you": even
# hypothetical speech has a speaker), a run of capitalised words (a name, a title, a body), or a
# determiner's phrase ("the commission", "one Clinton ad"), with the place or body it belongs to ("a
# voice-over in the ad", "the head of the board").
_SUBJECT = (
    r"(?:\b(?i:he|she|they|we|you|it|who)\b|\bI\b"
    r"|\b\p{Lu}[\p{L}.'\u2019-]*(?<!['\u2019]s)(?:\s+(?:\p{Lu}[\p{L}.'\u2019-]*|de|van|von|al))*"
    r"|\b(?i:the|a|an|one|its|his|her|their)\s+(?:(?!(?i:of|a|an|the|in|on|at|for|to|with|and|or|by|from)\b)[\p{L}.'\u2019-]+\s+){0,3}?[\p{L}'\u2019-]+"
    r"(?:\s+(?i:in|of|for|at|from|on|with)\s+(?i:the|a|an|its|his|her|their)\s+[\p{L}'\u2019-]+)?)"
)
_APPOSITION = r"(?:,[^,\"\u201c\u201d.;]{1,80},)?"
_ADVERBS = r"(?:\s+\p{Ll}+ly)?(?:\s+(?:did|does|had|has|have|would|will|then|also|later|once|again|soon))?"
# A finite verb of the subject: a past tense in -ed, or a present in -s that ends its clause or takes
# "that" (`the ad states:`, `the commission recognizes that`): a plural noun ends in -s too.
_VERB = r"(?:\p{Ll}{2,}ed\b|\p{Ll}{3,}(?<!\bdoe)s(?=\s*(?:that\b|[,:.]|[\"\u201c])))"
# Right after a quotation, a person (a pronoun or a name) and any verb ending the clause is the quotation's
# speaker, whatever the tense (`"...," she went on.`, `"...?" Ann Voss shot back, ...`).
# A present in -s before its speaker takes a name of two words or more (`agrees Ann Voss`): `reporters Friday` is
# what is left of `told reporters Friday` once the speaker and verb are cut.
_FULL_NAME = r"\p{Lu}[\p{L}.'\u2019-]*\s+\p{Lu}[\p{L}'\u2019-]+"
_PERSON = (
    rf"(?:\b(?i:he|she|they|we)\b|\bI\b|(?!(?:The|A|An|This|That|These|Those|There|It)\b|{WEEKDAY})"
    r"\p{Lu}[\p{L}.'\u2019-]*(?<!['\u2019]s)(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3})"
)
_PARTICLE = r"(?:\s+(?:on|up|out|back|in|off))?"
# A perfect tense, a word between ("has even claimed", "had written", "had further related"): a participle in -ed
# or -en, not "been" (`the mayor has been "a disaster"` is the writer's)
_PERFECT = r"\s+(?:had|has|have)(?:\s+\p{Ll}+)??\s+(?!been\b)\p{Ll}{2,}(?:ed|en)\b"
SUBJECT_VERB = lazy(rf"{_SUBJECT}{_APPOSITION}(?:{_ADVERBS}\s+{_VERB}|{_PERFECT})")
# Right after a closing mark (and its comma): the speaker and the verb, either order, the verb's
# clause ending or going on (`"...," the candidate revealed, explaining ...`, `"...," scoffed Ann Voss, 22`,
# `"...," agrees Ann Voss`).
SPEAKER_AFTER = lazy(
    rf"[,\s]*(?:{_SUBJECT}{_APPOSITION}{_ADVERBS}\s+{_VERB}|{_PERSON}\s+\p{{Ll}}{{2,}}{_PARTICLE}(?=\s*[,.;:!?])"
    rf"|\p{{Ll}}{{2,}}ed\s+{_SUBJECT}|\p{{Ll}}{{2,}}s\s+(?!{WEEKDAY}){_FULL_NAME})"
    r"(?:\s+\p{Ll}+ly)?\s*(?:[,.;:!?]|\s+(?:and|as|in|on|at|to|after|before|while|when)\b|$)"
)

# An infinitive that introduces the quotation after a comma or colon (`rose to announce, "..."`): its sentence
# names who does it
INFINITIVE_BEFORE = lazy(r"\bto\s+\p{Ll}{2,}\s*[,:]\s*\Z")
SPEAKER_SENTENCE = lazy(rf"\s*{SUBJECT_VERB.pattern}\s*[.:]?\s*")
# A sentence that opens with its subject and verb and reports what was said (`Ann Voss warned that ...`)
REPORTING_SENTENCE = lazy(rf"\s*{SUBJECT_VERB.pattern}\s+that\b")
PERSON_SENTENCE = lazy(rf"\s*{_PERSON}{_ADVERBS}\s+{_VERB}\s*[.:]?\s*")
# How far before a quotation its governing subject and verb are looked for, and the longest sentence
# read as only a speaker and a verb: each search stays short however long a hostile sentence runs.
REACH_BEFORE = 400
SPEAKER_SENTENCE_LENGTH = 200
MAX_QUOTATIONS_BACK = 8  # quotations a sentence is read back over, before a quotation


class SpeakerReach:
    """Answers, for a draft's level-0 quotations, whether a speaker stands in their sentence."""

    def __init__(self, doc: Document, quotations: Sequence[Quotation]) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotations = quotations
        self.starts = [q.start for q in quotations]

    def possible_speaker(self, quotation: Quotation) -> bool:
        """A subject with a verb of its own governing the quotation, before it in its sentence or right
        after its closing mark, or an infinitive introducing it; or a subject and verb ending the sentence
        before, in its paragraph or as the whole of the paragraph before."""
        first = quotation.paragraphs[0]
        sentences = self.doc.sentences_in(first)
        index = span_holding(sentences, quotation.start) if sentences else -1
        start = sentences[index][0] if index >= 0 else self.doc.paragraphs[first][0]
        start = max(start, quotation.start - REACH_BEFORE)
        if any(SUBJECT_VERB.search(self.text, a, b) for a, b in self.outside_quotations(start, quotation.start)):
            return True
        if self.speaker_after(quotation) or self.infinitive_before(start, quotation.start):
            return True
        if index > 0 and not self.text[sentences[index][0] : quotation.start].strip():
            return self.ends_on_speaker(*sentences[index - 1])
        if index == 0 and first > 0 and not self.text[self.doc.paragraphs[first][0] : quotation.start].strip():
            before = self.doc.sentences_in(first - 1)
            return len(before) == 1 and self.person_sentence(*before[0])
        return False

    def infinitive_before(self, start: int, end: int) -> bool:
        """`... rose to announce, "..."`: the verb of speech is an infinitive, whose doer the sentence names."""
        return INFINITIVE_BEFORE.search(self.text, max(start, end - 40), end) is not None

    def speaker_after(self, quotation: Quotation) -> bool:
        """A speaker and verb right after a quotation closed on a comma, question or exclamation mark
        (one closed on a full stop ends its sentence: what follows is narration)."""
        if self.text[quotation.start : quotation.end].rstrip("\"'\u201d\u2019 ")[-1:] not in (",", "?", "!"):
            return False
        end = min(self.doc.paragraphs[quotation.paragraphs[-1]][1], quotation.end + 160)
        return SPEAKER_AFTER.match(self.text, quotation.end, end) is not None

    def ends_on_speaker(self, start: int, end: int) -> bool:
        """A sentence that is its subject and verb and nothing more (`Ann Voss agreed.`), or that opens with them
        and goes on to report what was said (`Ann Voss warned that the ferry would stop.`)."""
        if REPORTING_SENTENCE.match(self.text, start, min(end, start + SPEAKER_SENTENCE_LENGTH)):
            return True
        if end - start > SPEAKER_SENTENCE_LENGTH:
            return False
        return SPEAKER_SENTENCE.fullmatch(self.text, start, end) is not None

    def person_sentence(self, start: int, end: int) -> bool:
        """A paragraph that is a person and a verb and nothing more (`She pauses.`): a group's (`The gallery
        clapped.`) is a scene, not a speaker."""
        if end - start > SPEAKER_SENTENCE_LENGTH:
            return False
        return PERSON_SENTENCE.fullmatch(self.text, start, end) is not None

    def outside_quotations(self, start: int, end: int) -> list[Span]:
        """The stretches of text[start:end] that no quotation holds, nearest `end` first, read back
        over at most MAX_QUOTATIONS_BACK quotations: a line of nothing but marks costs each quotation
        a few steps, not one for every mark in reach."""
        stretches: list[Span] = []
        at = end
        last = bisect.bisect_left(self.starts, end)
        first = max(last - MAX_QUOTATIONS_BACK, 0)
        for quotation in reversed(self.quotations[first:last]):
            if quotation.end <= start or at <= start:
                break
            if quotation.end < at:
                stretches.append((quotation.end, at))
            at = min(at, max(quotation.start, start))
        else:
            if first > 0 and self.quotations[first - 1].end > start:
                return stretches  # more quotations stand in reach than are read: the rest stays unread
        if at > start:
            stretches.append((start, at))
        return stretches
