"""Whether a draft says why an anonymous source is not named, in the source's sentence or the sentence after it
(a regex of the pack's `anonymity_reasons`: "was not authorized to speak"). The words the source goes on to say
in quotation marks are not that sentence: the sentence after the source's is the first after them."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from attrlint.document import Document, Span, span_holding
from attrlint.lazy_regex import lazy
from attrlint.source_edges import quotation_ends


class AnonymityReasons:
    """One lexicon's reasons for anonymity, and what was read of the last draft to find them."""

    def __init__(self, reasons: Sequence[str]) -> None:
        self.pattern = lazy("|".join(f"(?:{r})" for r in reasons) or r"(?!)", regex.I)
        self.last_text: str | None = None
        self.quoted_until: dict[int, list[int]] = {}  # a paragraph of the last draft -> its `quotation_ends`
        self.reason_after: dict[int, tuple[int, int]] = {}  # a search's end -> its start, its reason's (-1: none)

    def given(self, doc: Document, source: Span) -> bool:
        """Whether the sentence of an anonymous source, or the sentence after it, says why it is not named. The
        words the source goes on to say in quotation marks are not that sentence ('"...," said an aide. "... it
        ends." The aide requested anonymity ...'): the sentence after the source's is the first after them."""
        paragraph = span_holding(doc.paragraphs, source[0])
        if paragraph < 0:
            return False
        sentences = doc.sentences_in(paragraph)
        index = span_holding(sentences, source[0])
        if index < 0:
            return False
        following = self.quotation_ends(doc, paragraph)[index]
        if following < len(sentences):
            end = sentences[following][1]
        elif paragraph + 1 < len(doc.paragraphs) and doc.sentences_in(paragraph + 1):
            end = doc.sentences_in(paragraph + 1)[0][1]
        else:
            end = sentences[index][1]
        return self.between(doc.text, sentences[index][0], end)

    def quotation_ends(self, doc: Document, paragraph: int) -> list[int]:
        """`quotation_ends` of a paragraph's sentences, read once a paragraph."""
        self.for_draft(doc.text)
        if paragraph not in self.quoted_until:
            self.quoted_until[paragraph] = quotation_ends(doc.text, doc.sentences_in(paragraph))
        return self.quoted_until[paragraph]

    def between(self, text: str, start: int, end: int) -> bool:
        """Whether a reason stands in text[start:end]. The sources of a paragraph of quoted sentences share one
        `end`: a search from an earlier start that found nothing, or found a reason after `start`, answers for
        this one (a match at an offset does not depend on where the search began), so the paragraph is read
        once, not once a source."""
        self.for_draft(text)
        began, found = self.reason_after.get(end, (len(text) + 1, -1))
        if began > start or -1 < found < start:
            match = self.pattern.search(text, start, end)
            began, found = start, match.start() if match else -1
            self.reason_after[end] = (began, found)
        return found >= start

    def for_draft(self, text: str) -> None:
        """Forget what was read of the last draft when a new one comes."""
        if text is not self.last_text:
            self.last_text, self.quoted_until, self.reason_after = text, {}, {}
