"""A quantifier that stands alone as a crowd's pronoun, the subject of its cue: "Some say the toll will double",
"many argue", "The plan, some have suggested, is dead". Issue 13's "some say": the form a desk queries.

The analysis reads such a crowd as vague, with a head of `crowd_heads` ("some"), as it reads "people say" or
"residents say", and names its form here so that a rule may report it apart (`only_forms`, `except_forms`). On the
tune split the independent judges called most of the crowd rule's findings of this form true, and most of its other
findings (people as actors, a crowd whose member is quoted next, the writer's own rhetoric) false.

It is this form where:

- the source's words are one quantifier of `crowd_quantifiers` and nothing else ("some", "many"; not "some
  voters", read by its noun, nor "people", no quantifier);
- it stands before its cue, as its subject (not "according to some online", a phrase cue's object);
- the cue is a verb for a plural subject: a form of a core cue or an opinion cue ("say", "suggest", "believe"), or
  a word in -s, -ed or -ing ("accused", "are describing"). A word in its base form that is no such cue may be a
  noun the quantifier opens ("Many coach firms will not carry bicycles": "coach" is no verb there), and a verb of
  recall or liking read as a cue ("Some may recall", "many prefer") is no claim;
- the cue carries a claim (`attrlint.group_claims.carries_claim`: a that-clause, a clause it reports, a quotation, the
  words around a parenthetical order, "The levy, some have suggested, was never needed", a relative clause's
  verb after the cue, "a toll which some have argued was rushed", a charge, "accused the board of hiding"): "Many
  asked about the fares" and "Some shouted at the board" report no one's
  word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from attrlint.attributed_draft import Hit
from attrlint.cue_finder import alternation
from attrlint.cue_reading import Attribution
from attrlint.cues import cue_key
from attrlint.function_words import is_auxiliary, is_function_word
from attrlint.group_claims import carries_claim
from attrlint.language import language_lists
from attrlint.lazy_regex import lazy
from attrlint.source_class import is_speech

# The form of a crowd that is a quantifier alone before its cue (`CrowdPronouns.form`)
CROWD_PRONOUN = "crowd-pronoun"

_INFLECTED = lazy(r"(?:s|ed|ing)\Z")  # a verb's ending, for a plural subject or after an auxiliary
# Spaces with one line break at most: a hard-wrapped paragraph reads as the same paragraph on one line, and a blank
# line, which ends the paragraph, is never crossed (`_SPACE` may be empty, `_SPACES` not)
_SPACE = r"[^\S\n]*\n?[^\S\n]*"
_SPACES = rf"(?=\s){_SPACE}"
# A parenthetical order, the sentence around it the claim: "The levy, some have suggested, was never needed."
_COMMA_BEFORE = lazy(rf"\p{{L}}{_SPACE},{_SPACE}\Z")
_COMMA_AFTER = lazy(rf"{_SPACE},{_SPACES}\p{{Ll}}")
# A charge the cue lays on someone: "Some accused the harbour master of hiding the accounts"
_CHARGE_AFTER = lazy(rf"(?:{_SPACES}[^\s,;:.!?]+){{1,6}}?{_SPACES}of{_SPACES}\p{{Ll}}+ing\b")
# A description a cue of `describing_cues` lays on its object: "Some are describing it as a bubble"; not an "as"
# that opens a clause of its own ("as they left")
_DESCRIBED_AS = lazy(
    rf"(?:{_SPACES}[^\s,;:.!?]+){{1,6}}?{_SPACES}as{_SPACES}"
    rf"(?!(?i:{alternation(language_lists()['subject_pronouns'])})\b)[\p{{L}}\"\u201c]"
)
# A relative clause whose subject is the gap the cue reports: "a toll which some have argued was rushed"
_RELATIVE_BEFORE = lazy(rf"\b(?i:{alternation(language_lists()['relative_pronouns'])}){_SPACES}\Z")
_NEXT_WORD = lazy(rf"{_SPACES}(?P<word>\p{{Ll}}+)\b")


def sources_by_start(attributions: Sequence[Attribution]) -> dict[int, Attribution]:
    """Each attribution with a source, by where its source starts (the first where two start together)."""
    found: dict[int, Attribution] = {}
    for attribution in attributions:
        if attribution.source is not None:
            found.setdefault(attribution.source[0], attribution)
    return found


class CrowdPronouns:
    """Names the form of a draft's vague sources: `CROWD_PRONOUN` or none ("")."""

    def __init__(self, quantifiers: Sequence[str], verbs: frozenset[str], *, describing: Sequence[str] = ()) -> None:
        """`quantifiers`: the crowd quantifiers ("some", "many"); `verbs`: the core and opinion cues; `describing`:
        the cues whose "as" lays a description on their object (`describing_cues`)."""
        self.quantifiers = frozenset(word.lower() for word in quantifiers)
        self.verbs = verbs
        self.describing = frozenset(word.lower() for word in describing)

    def form(self, text: str, by_source_start: Mapping[int, Attribution], hit: Hit) -> str:
        """`CROWD_PRONOUN` for a hit that is the source of an attribution of this form in `text` (the module's doc);
        `by_source_start`: the draft's attributions by where their source starts (`sources_by_start`)."""
        found = by_source_start.get(hit.start)
        return CROWD_PRONOUN if found is not None and self._pronoun_subject(text, found) else ""

    def _pronoun_subject(self, text: str, found: Attribution) -> bool:
        """Whether an attribution's source is a quantifier alone, before a cue that is a verb and carries a claim
        (the module's doc); `found` is one of `sources_by_start`'s, so it has a source."""
        if found.source[0] > found.cue[0]:
            return False
        if " ".join((found.source_text or "").split()).lower() not in self.quantifiers:
            return False
        speech = is_speech(found.cue_text, self.verbs)
        if not (speech or _INFLECTED.search(cue_key(found.cue_text).lower())):
            return False
        start, cue_end = found.source[0], found.cue[1]
        if (speech and _parenthetical(text, start, cue_end)) or _relative_gap(text, start, cue_end, speech):
            return True
        if _CHARGE_AFTER.match(text, cue_end) or (
            self.describes(found.cue_text) and _DESCRIBED_AS.match(text, cue_end)
        ):
            return True
        return carries_claim(text, found.source, found.cue, found.cue_text, speech)

    def describes(self, cue_text: str) -> bool:
        """Whether a cue's verb (its last word: "are describing") is one of `describing_cues`."""
        return cue_key(cue_text).lower().rpartition(" ")[2] in self.describing


def _parenthetical(text: str, start: int, cue_end: int) -> bool:
    """Whether the source and its cue stand between commas inside a sentence ("The levy, some have suggested, was
    never needed"), whose words around them are the claim. The caller asks it only of a cue of speech or thought: a
    clause of a list stands between commas too ("The crowd booed, some shouted, and others left")."""
    before = _COMMA_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and _COMMA_AFTER.match(text, cue_end) is not None


def _relative_gap(text: str, start: int, cue_end: int, speech: bool) -> bool:
    """Whether the source opens a relative clause whose cue reports a verb with no subject of its own ("a toll
    which some have argued was rushed"; after a speech cue any verb, "laws that some say target the poor"): the
    relative pronoun is the reported clause's subject."""
    if _RELATIVE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    after = _NEXT_WORD.match(text, cue_end)
    if after is None:
        return False
    word = after.group("word")  # an auxiliary ("was rushed"), or after a speech cue any verb ("say target the poor")
    return is_auxiliary(word) or (speech and not is_function_word(word))
