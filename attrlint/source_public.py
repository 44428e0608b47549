"""An unnamed person the draft reports acting, or speaking in public, rather than telling the reporter
something: "one person tweeted", "a staffer emailed the list", "In a speech, a senior adviser said", or a body the
source names giving its statement: "a Harbour Board official said in a statement".

Anonymity is granted to a source who tells the reporter what they would not say by name. A post, an email, a
question or a public statement that the story reports is not such a source, so no reason for anonymity is
owed (`attrlint.source_class` classes the sources; this module reclasses an anonymous one once every
attribution of a draft is read, as `attrlint.source_named` does).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from attrlint.cue_reading import Attribution
from attrlint.cues import cue_key
from attrlint.document import Document
from attrlint.lazy_regex import lazy
from attrlint.regex_store import compiled
from attrlint.source_class import ANONYMOUS, lexicon_alternation

# An unnamed person whose act or public words the story reports, not a source kept unnamed
IN_PUBLIC = "unnamed, acting in public"

_OWNER = r"(?:a|an|the|his|her|their|its)"
# A word between the owner and the channel ("a televised speech", "prepared remarks"), not one that makes the
# channel someone else's ("in the wake of the speech", "in the mayor's speech")
_FILLER = r"(?!(?:of|the|a|an|after|before)\b)[\p{L}-]+(?!['\u2019])"
# How far past the source and its cue a following channel ("in a televised speech") is looked for. `regex`
# reads to the end of the text to match a pattern that opens with a repeat before a word ("[,\s]*in"), so an
# unbounded match would cost the rest of the draft for every anonymous source
_CHANNEL_REACH = 200
_CAPITAL = lazy(r"\p{Lu}")


class _Channels:
    """Where a channel stands beside a source and its cue: opening the sentence ("In a speech on Monday, a senior
    adviser said") or right after them ("a senior adviser said in testimony")."""

    def __init__(self, channels: Sequence[str]) -> None:
        words = lexicon_alternation(channels)
        channel = rf"in\s+(?:{_OWNER}\s+)?(?:{_FILLER}\s+){{0,3}}?(?:{words})\b"
        # "In a speech on Monday, a senior adviser said": the channel opens the sentence
        self.opening = compiled(rf"(?i)\A[\W]*{channel}[^,.;:]{{0,60}},\s*\Z")
        # "a senior adviser said in testimony", "said a senior adviser in a speech"
        self.following = compiled(rf"(?i)[,\s]*{channel}")

    def beside(self, doc: Document, found: Attribution) -> bool:
        if found.source is None:
            return False
        text = doc.text
        sentence = doc.sentence_at(found.source[0])
        if sentence is not None and self.opening.match(text[sentence[0] : min(found.source[0], found.cue[0])]):
            return True
        after = max(found.cue[1], found.source[1])
        return self.following.match(text, after, min(len(text), after + _CHANNEL_REACH)) is not None


class PublicActs:
    """The cues that report an act (`act_cues`: "tweeted", "emailed", "asked"), the public channels
    (`public_channels`: "speech", "testimony") by which an unnamed person is no anonymous source, and those
    (`body_channels`: "statement") by which a body the source names speaks on the record."""

    def __init__(self, act_cues: Sequence[str], *, channels: Sequence[str], body_channels: Sequence[str] = ()) -> None:
        self.acts = frozenset(cue_key(cue).lower() for cue in act_cues)
        self.public = _Channels(channels)
        self.body = _Channels(body_channels)

    def reclassed(
        self,
        doc: Document,
        attributions: list[Attribution],
        modifiers_of: Callable[[str], list[str]],
        confidential: Callable[[str], bool],
    ) -> list[Attribution]:
        """The attributions, an anonymous source reclassed as acting in public when its cue reports an act or
        its words are said through a public channel. `modifiers_of`: the words before a source's head.
        `confidential`: whether a source's head says it gives information in confidence ("a source close to the
        club", "police insiders", `SourceClasses.confidential_head`), which no act or channel makes a public
        speaker: "a source replied" reports what the source told the reporter. Words that say a person knows
        ("a staffer in the room wondered") leave the act the person's own."""

        def public(found: Attribution) -> bool:
            source = found.source_text or ""
            return not confidential(source) and self.in_public(doc, found, modifiers_of)

        if not any(a.kind == ANONYMOUS for a in attributions):
            return attributions
        return [a._replace(kind=IN_PUBLIC) if a.kind == ANONYMOUS and public(a) else a for a in attributions]

    def in_public(self, doc: Document, found: Attribution, modifiers_of: Callable[[str], list[str]]) -> bool:
        """Whether the cue reports an act ("tweeted"), a public channel stands beside the source and its cue, or
        a body's channel beside a source that names its body. A statement alone may be given to the reporter by
        someone kept unnamed ("a senior adviser said in a statement to the Courier"); a body's statement, given
        by its official, is the body's on the record ("In a statement, a Harbour Board official said")."""
        if cue_key(found.cue_text).lower() in self.acts:
            return True
        if self.public.beside(doc, found):
            return True
        return names_its_body(modifiers_of(found.source_text or "")) and self.body.beside(doc, found)


def names_its_body(modifiers: list[str]) -> bool:
    """Whether the words before an unnamed source's head name a body by a capitalised word ("a Harbour Board
    official", "two Pentagon aides"), not common words alone ("a senior official", "Senior officials", whose
    capital the sentence gives, `SourceClasses.modifiers`) nor words after the head ("a source close to the
    Harbour Board")."""
    return any(_CAPITAL.match(word) for word in modifiers)


@lru_cache(maxsize=16)
def public_acts(
    act_cues: tuple[str, ...], *, channels: tuple[str, ...], body_channels: tuple[str, ...] = ()
) -> PublicActs:
    """The patterns of one lexicon, compiled once."""
    return PublicActs(act_cues, channels=channels, body_channels=body_channels)
