"""An unnamed person the draft reports acting, or speaking in public, rather than telling the reporter
something: "one person tweeted", "a staffer emailed the list", "In a statement, a department official said".

Anonymity is granted to a source who tells the reporter what they would not say by name. A post, an email, a
question or a public statement that the story reports is not such a source, so no reason for anonymity is
owed (`attrlint.source_class` classes the sources; this module reclasses an anonymous one once every
attribution of a draft is read, as `attrlint.source_named` does).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from attrlint.cue_reading import Attribution
from attrlint.cues import cue_key
from attrlint.document import Document
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


class PublicActs:
    """The cues that report an act (`act_cues`: "tweeted", "emailed", "asked") and the public channels
    (`public_channels`: "statement", "speech") by which an unnamed person is no anonymous source."""

    def __init__(self, act_cues: Sequence[str], channels: Sequence[str]) -> None:
        self.acts = frozenset(cue_key(cue).lower() for cue in act_cues)
        words = lexicon_alternation(channels)
        channel = rf"in\s+(?:{_OWNER}\s+)?(?:{_FILLER}\s+){{0,3}}?(?:{words})\b"
        # "In a statement for this story, a department official said": the channel opens the sentence
        self.opening = compiled(rf"(?i)\A[\W]*{channel}[^,.;:]{{0,60}},\s*\Z")
        # "a department official said in a statement", "said a department official in a speech"
        self.following = compiled(rf"(?i)[,\s]*{channel}")

    def reclassed(self, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
        """The attributions, an anonymous source reclassed as acting in public when its cue reports an act or
        its words are said through a public channel."""
        if not any(a.kind == ANONYMOUS for a in attributions):
            return attributions
        return [
            a._replace(kind=IN_PUBLIC) if a.kind == ANONYMOUS and self.in_public(doc, a) else a for a in attributions
        ]

    def in_public(self, doc: Document, found: Attribution) -> bool:
        """Whether the cue reports an act ("tweeted") or a public channel stands beside the source and its cue."""
        if cue_key(found.cue_text).lower() in self.acts:
            return True
        if found.source is None:
            return False
        text = doc.text
        sentence = doc.sentence_at(found.source[0])
        if sentence is not None and self.opening.match(text[sentence[0] : min(found.source[0], found.cue[0])]):
            return True
        after = max(found.cue[1], found.source[1])
        return self.following.match(text, after, min(len(text), after + _CHANNEL_REACH)) is not None


@lru_cache(maxsize=16)
def public_acts(act_cues: tuple[str, ...], channels: tuple[str, ...]) -> PublicActs:
    """The patterns of one lexicon, compiled once."""
    return PublicActs(act_cues, channels)
