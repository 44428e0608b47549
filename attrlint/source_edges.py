"""Where a source phrase meets its cue: whether a cue stands after the words it reports (its source then
follows it), where the cue's own words begin after such a source ("said critics in a statement"), and which
sentences after a source are the words it goes on to say in quotation marks."""

from __future__ import annotations

# After an inverted cue, where and when the words were said: the cue's words, not the source's ("said critics
# in a statement", "wrote insiders on a forum", "said experts on Tuesday", "said observers last week"); not
# what places the source ("a source on the call", "officials at the agency")
CUE_ADJUNCT = (
    r"\s+(?i:(?:in|at|on)\s+(?:a|an|their|its|his|her)\b|on\s+(?-i:\p{Lu})|"
    r"(?:during|yesterday|today|earlier|later|recently)\b|"
    r"(?:last|this)\s+(?:week|month|year|night|morning|spring|summer|fall|autumn|winter)\b)"
)
_INVERTING = (",", "\u201d", '"', "'", "\u2019")
_OPENING, _QUOTATION_END = ("\u201c", "\u2018"), (",", ".", "?", "!")
_OPENING_MARKS = ("\u201c", '"', "''", "\u2018")


def quoted_sentence(text: str, start: int, sentence: int) -> bool:
    """Whether the sentence at `sentence` opens with a quotation mark, or a quotation opened in text[start:sentence]
    is still open there (more opening curly marks than closing ones, or an odd number of straight marks or of
    typewriter pairs '')."""
    if text.startswith(_OPENING_MARKS, sentence):
        return True
    if text.count("\u201c", start, sentence) > text.count("\u201d", start, sentence):
        return True
    return text.count('"', start, sentence) % 2 == 1 or text.count("''", start, sentence) % 2 == 1


def cue_inverted(text: str, start: int, cue_start: int) -> bool:
    """Whether the cue at `cue_start` stands after the words it reports, so that its source follows it: a comma or a
    closing mark before it ('..." said critics'), or an opening mark that closes a quotation by mistake, after the
    quotation's comma or stop ('...,“ said critics')."""
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
