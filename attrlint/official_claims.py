"""Which "officials said" a desk would query: the form of a vague source of `official_heads` that ATT007 reports.

The analysis reads "officials" and "authorities" with no body beside them as vague, whatever they do. On the tune
split two judges called most of what ATT007 reported so false: officials who act rather than speak ("released a
video", "told residents not to drink the water"), officials of a body the story names beside them ("The agency
... , officials said"), and officials whose words the draft retells from another outlet. An official source is of
the form `UNPLACED`, the one a desk would query, where all of these hold:

- its cue carries a claim: a cue at which a source informs (`informing_cues`: "said", "told", "according to"),
  but not an order it gives ("told residents not to drink"); or a verb of speech or of a claim (`core_cues`, the
  claim verbs learned in `impersonal_cues`) with a claim after it (`attrlint.group_claims.carries_claim`) or set
  off by commas in the words it reports ("There is no chance, officials insist, because ..."); never a cue that
  reports an act (`act_cues`: "asked", "responded") nor a participle;
- no body is named in its sentence or the one before: a run of capitalised words with an organisation's head word
  (the language data's `organisation_heads`: "the Secret Service"), an acronym ("FBI"), or a word the story uses
  for a body it has named (`source_bodies`) after "the" and at most a name ("the agency", "The Obama
  administration", "the State Department");
- the sentence before holds no official source that tells another outlet by name ("Officials explained to the
  Ledger ..." then "..., officials said."): the draft goes on retelling that outlet's report (`SourceReports`'
  relay reading, `told_outlet` and `an_outlet`, which read `telling_cues` and `own_outlets`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from attrlint.attributed_draft import AttributedDraft, Hit
from attrlint.cue_reading import Attribution
from attrlint.cues import cue_key
from attrlint.document import span_holding
from attrlint.group_claims import PRONOUN_CLAUSE, carries_claim, clause_words
from attrlint.language import language_lists
from attrlint.lazy_regex import lazy
from attrlint.source_class import is_speech, lexicon_alternation
from attrlint.source_edges import SOURCE_AFTER_PHRASES
from attrlint.source_reports import SourceReports

# The form of an official source a desk would query (`OfficialClaims.form`)
UNPLACED = "unplaced"

_CAPITALISED = r"\p{Lu}[\p{L}.&'\u2019-]*"
# A run of capitalised words, with the lower-case words a body's name holds ("Department of Homeland Security")
_CAPITALISED_RUN = lazy(rf"{_CAPITALISED}(?:[^\S\n]+(?:(?:of|for|and|on|the)[^\S\n]+)?{_CAPITALISED})*")
_ACRONYM = lazy(r"\b(?:\p{Lu}\.){2,}(?!\p{L})|\b\p{Lu}{2,5}\b")
# The words after a cue up to the end of its clause: an object, then "to" or "not to", is an order given
_ORDER = lazy(r"[^\S\n]+(?:[\p{L}'\u2019-]+[^\S\n]+){1,3}?(?:not[^\S\n]+)?to[^\S\n]+\p{Ll}")
_COMMA_BEFORE = lazy(r",[^\S\n]*\Z")
_COMMA_OR_STOP_AFTER = lazy(r"[^\S\n]*[,.;]")
_MOSTLY_CAPITALS = 0.6  # a line whose letters are mostly capitals is a headline in capitals: its words name nothing


class OfficialClaims:
    """Names the form of a draft's official sources: `UNPLACED` or none ("")."""

    def __init__(
        self,
        draft: AttributedDraft,
        reports: SourceReports,
        lexicon: Mapping[str, Sequence[str]],
        head_of: Callable[[str], str],
    ) -> None:
        def lowered(name: str) -> frozenset[str]:
            return frozenset(word.lower() for word in lexicon.get(name, ()))

        self.draft = draft
        self.text = draft.text
        self.reports = reports
        self.head_of = head_of  # a source's head in lower case ("officials" of "federal officials")
        self.heads = lowered("official_heads")
        self.informing = lowered("informing_cues")
        self.claim_verbs = lowered("core_cues") | lowered("impersonal_cues")
        self.acts = lowered("act_cues")
        bodies = lexicon_alternation(tuple(lowered("source_bodies")))
        self.named_body = lazy(rf"\b(?i:the)[^\S\n]+(?:{_CAPITALISED}[^\S\n]+){{0,3}}(?i:{bodies})\b")
        self.organisation_heads = frozenset(language_lists()["organisation_heads"])

    def form(self, hit: Hit, by_source_start: Mapping[int, Attribution]) -> str:
        """`UNPLACED` for a hit that is the source of an attribution of this form (the module's doc), "" otherwise;
        `by_source_start`: the draft's attributions by where their source starts."""
        found = by_source_start.get(hit.start)
        if found is None or found.source is None or self.head_of(hit.match) not in self.heads:
            return ""
        if not self.claims(found) or self.body_in_reach(hit.start) or self.relayed_before(hit.start):
            return ""
        return UNPLACED

    def claims(self, found: Attribution) -> bool:
        """Whether an official source's cue carries a claim, not an act or an order (the module's doc)."""
        cue = cue_key(found.cue_text).lower()
        if cue.startswith(SOURCE_AFTER_PHRASES):
            return True
        if cue.endswith("ing") or is_speech(cue, self.acts):
            return False
        if is_speech(cue, self.informing):
            return not self.gives_order(found)
        if not is_speech(cue, self.claim_verbs) or found.source is None:
            return False
        source, cue = found.source, found.cue
        return carries_claim(self.text, source, cue, found.cue_text, False, True, True) or self.set_off(source, cue)

    def gives_order(self, found: Attribution) -> bool:
        """Whether a cue the source precedes is followed by an object and an infinitive ("told residents not to
        drink"), not by a clause of a subject pronoun ("said they persuaded her to return")."""
        if found.source is None or found.source[0] > found.cue[0] or PRONOUN_CLAUSE.match(self.text, found.cue[1]):
            return False
        order = _ORDER.match(self.text, found.cue[1])
        return order is not None and "that" not in clause_words(order.group())[:1]

    def set_off(self, source: tuple[int, int], cue: tuple[int, int]) -> bool:
        """Whether a source and its cue are set off by commas or close the sentence after one: the words around
        them are what they claim ("There is no chance, officials insist, because ...")."""
        first, last = min(source[0], cue[0]), max(source[1], cue[1])
        before = _COMMA_BEFORE.search(self.text, max(0, first - 3), first)
        return before is not None and _COMMA_OR_STOP_AFTER.match(self.text, last) is not None

    def body_in_reach(self, offset: int) -> bool:
        """Whether the sentence holding an offset, or the one before it, names a body (the module's doc)."""
        sentences = self.draft.doc.sentences
        index = span_holding(sentences, offset)
        if index < 0:
            return False
        return any(self.names_body(*sentences[i]) for i in (index - 1, index) if i >= 0)

    def names_body(self, start: int, end: int) -> bool:
        """Whether text[start:end] names a body: an acronym, a capitalised run with an organisation's head word, or a
        word for a body after "the"; not in a line mostly of capitals, a headline's."""
        letters = [char for char in self.text[start:end] if char.isalpha()]
        if letters and sum(char.isupper() for char in letters) > _MOSTLY_CAPITALS * len(letters):
            return False
        if _ACRONYM.search(self.text, start, end) or self.named_body.search(self.text, start, end):
            return True
        runs = _CAPITALISED_RUN.finditer(self.text, start, end)
        return any(any(word in self.organisation_heads for word in run.group().split()) for run in runs)

    def relayed_before(self, offset: int) -> bool:
        """Whether the sentence before the one holding an offset gives an official source that tells another outlet
        by name: the draft retells that outlet's report (the module's doc)."""
        sentences = self.draft.doc.sentences
        index = span_holding(sentences, offset)
        if index < 1:
            return False
        for found in self.draft.cues_between(*sentences[index - 1]):
            if self.head_of(found.source_text or "") in self.heads:
                name = self.reports.told_outlet(found)
                if name and self.reports.an_outlet(name):
                    return True
        return False
