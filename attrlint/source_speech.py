"""Sourcing a named speaker is responsible for: the writer reports what someone by name said, and the vague or
anonymous source stands inside those words.

- *Reported speech*: the source stands in the clause a named attribution reports ("Ann Voss wrote in a memo
  that critics say the plan is dead", "According to Ann Voss, experts say ..."). The reader holds Voss
  responsible for the critics, as for her own quotation.
- *An excerpt*: the paragraphs a named source's cue introduces with a colon ("The Ledger reported:", "Ann Voss
  wrote:") are that source's words, up to `_EXCERPT_REACH` paragraphs, a heading, another introduction, a
  paragraph that opens with a quotation mark where the excerpt's first does not (or the reverse), or the
  writer's own sentence about the source ("The Ledger did not say who the sources were."). The sources inside
  are the Ledger's to name.

Not the writer's sourcing, so `attrlint.source_reports` leaves both out of ATT003 and ATT006.
"""

from __future__ import annotations

from functools import cached_property

from attrlint import names
from attrlint.attributed_draft import AttributedDraft
from attrlint.cue_reading import Attribution
from attrlint.cues import DOCUMENT, ORGANISATION, PERSON, PRONOUN, ROLE, cue_key
from attrlint.lazy_regex import lazy
from attrlint.source_class import SOURCE_AFTER_PHRASES
from attrlint.source_edges import ends_with_mark, opens_quotation

# The kinds of source a reader can hold responsible by name ("Ann Voss", "the mayor", "the Ledger", "she")
_RESPONSIBLE = (PERSON, ROLE, ORGANISATION, DOCUMENT, PRONOUN)
# Between a named cue and the clause it reports: at most a few words of the cue's own ("in a memo", "on
# Tuesday") and "that", or nothing ("Voss said critics ..."); not a conjunction that starts the writer's own
# clause ("Voss said it would pass, but critics say")
_REPORTED_CLAUSE = lazy(
    r"\A(?:[^\S\n]+(?!(?i:and|but|or|yet|so|while|although|though|because|as|when|if|after|before)\b)"
    r"[\p{L}\d'\u2019.-]+){0,5}?[^\S\n]+(?i:that)[^\S\n]+\Z|\A[^\S\n]+\Z"
)
# Between an introducing cue and its colon: the cue's object or adjunct, a few words ("cited anonymous sources:",
# "said in a statement:"), not a clause of the writer's ("have two main questions:")
_TO_COLON = lazy(r"(?:[^\S\n]+[\p{L}\d'\u2019.-]+){0,4}[^\S\n]*:[^\S\n]*\Z")
_CLAUSE_REACH = 160  # characters from a reporting cue to the source in its clause: the cue, a name, a few words
_AFTER_ACCORDING = lazy(r"\A,[^\S\n]+\Z")  # "According to Ann Voss, experts say"
# How many paragraphs a named source's colon may introduce as its excerpt
_EXCERPT_REACH = 2


class NamedSpeech:
    """Where a draft's sourcing stands inside the words of a source by name."""

    def __init__(self, draft: AttributedDraft) -> None:
        self.draft = draft
        self.text = draft.text

    def holds(self, start: int, end: int) -> bool:
        """Whether the sourcing at text[start:end] is inside a named source's reported words or excerpt."""
        return self.draft.paragraph_of(start) in self.excerpts or self.reported(start, end)

    def reported(self, start: int, end: int) -> bool:
        """Whether text[start:end] stands in the clause a named attribution of its sentence reports."""
        sentence = self.draft.doc.sentence_at(start)
        if sentence is None:
            return False
        # a cue that reports the clause stands a few words before it: only those are read, so a long sentence of
        # many cues and sources is not read once for each source
        for found in self.draft.cues_between(max(sentence[0], start - _CLAUSE_REACH), start):
            if found.kind not in _RESPONSIBLE or found.source is None or self.overlaps(found, start, end):
                continue
            if self.reports_after(found, start):
                return True
        return False

    @staticmethod
    def overlaps(found: Attribution, start: int, end: int) -> bool:
        return found.source[0] < end and start < found.source[1]

    def reports_after(self, found: Attribution, start: int) -> bool:
        """Whether the source opens the clause right after the named attribution: "Ann Voss said (in a memo)
        that critics ...", "According to Ann Voss, experts ..."."""
        words_end = max(found.cue[1], found.source[1])
        if words_end > start:
            return False
        between = self.text[words_end:start]
        if cue_key(found.cue_text).lower().startswith(SOURCE_AFTER_PHRASES):
            return _AFTER_ACCORDING.match(between) is not None
        return _REPORTED_CLAUSE.match(between) is not None

    @cached_property
    def excerpts(self) -> frozenset[int]:
        """The paragraphs a named source's colon introduces as its words, read once a draft."""
        paragraphs, found = self.draft.doc.paragraphs, set()
        for index in range(len(paragraphs) - 1):
            introducer = self.introducer(index)
            if introducer is None:
                continue
            marked = opens_quotation(self.text, paragraphs[index + 1][0])
            for following in range(index + 1, min(index + 1 + _EXCERPT_REACH, len(paragraphs))):
                if self.excerpt_ends(following, introducer, marked):
                    break
                found.add(following)
        return frozenset(found)

    def ends_with_colon(self, paragraph: int) -> bool:
        return ends_with_mark(self.text, *self.draft.doc.paragraphs[paragraph][:2], ":")

    def introducer(self, paragraph: int) -> Attribution | None:
        """The named attribution whose cue a paragraph's closing colon follows, its object or adjunct at most a
        few words between ("The Ledger reported:", "Ann Voss wrote in a memo:"), else None."""
        if not self.ends_with_colon(paragraph):
            return None
        end = self.draft.doc.paragraphs[paragraph][1]
        cues = self.draft.cues_in(paragraph)
        last = cues[-1] if cues else None
        if last is None or last.kind not in _RESPONSIBLE or last.source is None:
            return None
        return last if _TO_COLON.match(self.text, max(last.cue[1], last.source[1]), end) else None

    def excerpt_ends(self, paragraph: int, introducer: Attribution, marked: bool) -> bool:
        """Whether a paragraph after an introduction is no longer the excerpt: a heading, another introduction, a
        paragraph not of the excerpt's kind (`marked`: whether the excerpt's first paragraph opens with a quotation
        mark, as each paragraph of a quotation does), or the writer's sentence with the introduced source as a
        source again ("The Ledger did not say who they were")."""
        start, end = self.draft.doc.paragraphs[paragraph][:2]
        if self.ends_with_colon(paragraph) or names.is_headline(self.text[start:end]):
            return True
        if opens_quotation(self.text, start) != marked:
            return True
        source = (introducer.source_text or "").split()
        name = source[-1].rstrip(".,:;") if source else ""
        if not name[:1].isupper():
            return False
        return any(name in (a.source_text or "").split() for a in self.draft.cues_in(paragraph))
