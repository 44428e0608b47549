"""Where a source phrase meets its cue: whether a cue stands after the words it reports (its source then
follows it), where the cue's own words begin after such a source ("said critics in a statement"), and which
sentences after a source are the words it goes on to say in quotation marks."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrlint.cue_finder import alternation
from attrlint.document import Span
from attrlint.language import language_lists
from attrlint.lazy_regex import lazy
from attrlint.segment import opens_sentence

_TIME_UNIT = alternation(language_lists()["time_units"])  # "week", "morning", "spring"
_DAY = alternation(language_lists()["weekdays"])
_MONTH = alternation(language_lists()["months"])
# A recent time the words name ("yesterday", "last week", "this spring"); attrlint.impersonal reads it too
RECENT_TIME = rf"(?:yesterday|today|(?:last|this)\s+{_TIME_UNIT})\b"
# When a source spoke, written between it and its cue ("critics on Tuesday said", "analysts late Monday night
# warned", "a senior official earlier this week told", "sources in March said", "analysts in 2014 warned"): the cue's
# words, not the source's.
# Days and months only with their capital; "earlier" and "later" alone are the cue patterns' adverbs. Not a time
# in the possessive, which qualifies what follows ("Analysts on Monday's panel said", "critics at last week's
# hearing"): taken whole, so that no shorter time is read inside it.
TIME_BEFORE_CUE = (
    rf"(?>(?:(?i:on|earlier|later|late|early|last)\s+)?(?-i:{_DAY})(?:\s+(?i:{_TIME_UNIT}))?\b"
    rf"|(?i:in)\s+(?:(?-i:{_MONTH})|(?:1[89]|20)\d\d)\b"
    rf"|(?i:(?:earlier|later)\s+(?:this|last)\s+{_TIME_UNIT}|{RECENT_TIME})\b)(?!['\u2019]s\b)"
)
# A day of the week by its name ("Tuesday"); attrlint.speaker_reach reads it too
WEEKDAY = rf"(?:{_DAY})\b"
# Where words were said, as a preposition and a determiner ("in a statement", "on their website")
SAID_WHERE = r"(?i:(?:in|at|on)\s+(?:a|an|their|its|his|her)\b)"
# After an inverted cue, where and when the words were said: the cue's words, not the source's ("said critics
# in a statement", "wrote insiders on a forum", "said experts on Tuesday", "said observers last week"); not
# what places the source ("a source on the call", "officials at the agency"); a time before a cue is one after it
# too ("said critics in March", "said aides late Monday": `TIME_BEFORE_CUE`)
CUE_ADJUNCT = (
    rf"\s+(?:{SAID_WHERE}|(?i:on\s+(?-i:\p{{Lu}})|"
    rf"(?:during|earlier|later|recently)\b|{RECENT_TIME})|{TIME_BEFORE_CUE})"
)
# A source right after a quotation closed on a comma, a question or an exclamation mark ('"...," some recalled.'):
# the quotation is what its cue reports, whatever the verb
_QUOTATION_TAG = lazy(r"[,?!](?:[\u201d\u2019\"]|'')+[^\S\n]*\Z")
# Phrase cues whose source follows them ("according to critics", "citing people familiar with ...").
SOURCE_AFTER_PHRASES = ("according", "citing", "quoting")
_OPENING, _QUOTATION_END = ("\u201c", "\u2018"), (",", ".", "?", "!")
_OPENING_MARKS = ("\u201c", '"', "''", "\u2018")
CLOSING_MARKS = "\u201d\"'\u2019"
_INVERTING = "," + CLOSING_MARKS
_OPENING_MARK = r"(?:[\u201c\"\u2018]|'')"
_OPENS_QUOTATION = lazy(rf"[^\S\n]*{_OPENING_MARK}")  # spaces on the line, then an opening mark
_OPENS_QUOTATION_AFTER_COMMA = lazy(rf"\s*[,:]?\s*{_OPENING_MARK}")  # 'said: "...', 'said, "...'
# A word, its apostrophes and hyphens kept ("o'clock", "vice-chair")
WORD = lazy(r"[\p{L}'\u2019-]+")


def quoted_sentence(text: str, start: int, sentence: int) -> bool:
    """Whether the sentence at `sentence` opens with a quotation mark, or a quotation opened in text[start:sentence]
    is still open there (more opening curly marks than closing ones, or an odd number of straight marks or of
    typewriter pairs '')."""
    if text.startswith(_OPENING_MARKS, sentence):
        return True
    if text.count("\u201c", start, sentence) > text.count("\u201d", start, sentence):
        return True
    return text.count('"', start, sentence) % 2 == 1 or text.count("''", start, sentence) % 2 == 1


def quotation_ends(text: str, sentences: Sequence[Span]) -> list[int]:
    """For each sentence of a paragraph, the index of the first sentence after it that is not the words it goes on
    to quote (not `quoted_sentence` from its start; len(sentences) if every one after it is). Read from running
    counts of the marks at each sentence's start and, for each parity of straight marks and of typewriter pairs, a
    stack of the nearest sentences where no more curly quotations are open: walking from every source to the
    paragraph's end, counting from the source each time, was cubic in a paragraph of many quoted sentences."""
    if not sentences:
        return []
    starts = [start for start, _ in sentences]
    if any(text.startswith("''", start - 1) for start in starts[1:]):  # a pair across a sentence's start
        return [_first_unquoted(text, starts, index) for index in range(len(starts))]
    open_curly, parity = [], []
    curly = straight = pairs = 0
    for before, start in zip([starts[0], *starts], starts, strict=False):
        curly += text.count("\u201c", before, start) - text.count("\u201d", before, start)
        straight += text.count('"', before, start)
        pairs += text.count("''", before, start)
        open_curly.append(curly)
        parity.append((straight % 2, pairs % 2))
    ends = [len(starts)] * len(starts)
    stacks: dict[tuple[int, int], tuple[list[int], list[int]]] = {}  # parity -> open counts and sentences
    for index in range(len(starts) - 1, -1, -1):
        counts, nearest = stacks.setdefault(parity[index], ([], []))
        found = bisect.bisect_right(counts, open_curly[index]) - 1
        if found >= 0:
            ends[index] = nearest[found]
        if not text.startswith(_OPENING_MARKS, starts[index]):
            while counts and counts[-1] >= open_curly[index]:
                counts.pop()
                nearest.pop()
            counts.append(open_curly[index])
            nearest.append(index)
    return ends


def _first_unquoted(text: str, starts: Sequence[int], index: int) -> int:
    """`quotation_ends` of one sentence, walked sentence by sentence."""
    following = index + 1
    while following < len(starts) and quoted_sentence(text, starts[index], starts[following]):
        following += 1
    return following


def cue_inverted(text: str, start: int, cue_start: int) -> bool:
    """Whether the cue at `cue_start` stands after the words it reports, so that its source follows it: a comma or a
    closing mark before it ('..." said critics'), or an opening mark that closes a quotation by mistake, after the
    quotation's comma or stop ('...,“ said critics'); or a verb that opens its sentence ("Said critics, '...'",
    "Added one observer:"), whose subject can only follow it."""
    if opens_sentence(text, start, cue_start):
        return True
    at = last_visible(text, start, cue_start)
    if at < 0:
        return False
    if text[at] in _INVERTING:
        return True
    return text[at] in _OPENING and at > start and text[at - 1] in _QUOTATION_END


def last_visible(text: str, start: int, end: int) -> int:
    """Where the last character of text[start:end] that is not a space stands (-1 if none), read back from `end`:
    slicing from the paragraph's start for each cue was quadratic in a paragraph of many cues."""
    at = end - 1
    while at >= start and text[at].isspace():
        at -= 1
    return at if at >= start else -1


def ends_with_mark(text: str, start: int, end: int, marks: str) -> bool:
    """Whether text[start:end] ends, trailing spaces aside, with one of `marks`: a colon, which introduces the words
    after it ("The Ledger reported:"), or a closing quotation mark (`CLOSING_MARKS`), after which a cue reports the
    quotation ('..." said') and no phrase before the cue is its source."""
    at = last_visible(text, start, end)
    return at >= 0 and text[at] in marks


def opens_quotation(text: str, at: int, comma: bool = False) -> bool:
    """Whether the text from `at` opens, after any spaces on its line, with a quotation mark; with `comma`, after
    any spaces and line breaks, a comma or a colon, and more of them ('said: "...')."""
    pattern = _OPENS_QUOTATION_AFTER_COMMA if comma else _OPENS_QUOTATION
    return pattern.match(text, at) is not None


def closes_quotation_before(text: str, offset: int) -> bool:
    """Whether a quotation closes on a comma, a question or an exclamation mark right before `offset`, where a
    source that tags it stands ('"...," some recalled')."""
    return _QUOTATION_TAG.search(text, max(0, offset - 8), offset) is not None
