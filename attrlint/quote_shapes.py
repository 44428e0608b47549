"""What a quotation's own shape and the words right beside it say about it, whatever the lexicon.

A quotation in Title Case names a work or a slogan; one followed by a dash, a bracketed outlet, a
year in brackets or ", by Name" is credited, and so is one in a paragraph that ends with a bracketed
outlet (a news digest's item); one closed on a comma and followed by a speaker and a past-tense
verb (`"...," Cruz quipped.`) is attributed by that shape, whatever the verb.
"""

from __future__ import annotations

import regex

from attrlint.lazy_regex import lazy

# A credit after a quotation: `"..." ― Ann Voss` or `"..." [The Post.]`
# `"..." (2005)` or `"...," by Ann Voss`: a dated poster or slogan, a headline and its writer
CREDIT = lazy(
    r"\s*(?:[\u2015\u2014\u2013]|-{1,2})\s*\p{Lu}|\s*\[\p{Lu}[^\]]{1,40}\]"
    r"|\s*\([^()]{0,40}\b\d{4}\)|\s*,?\s*by\s+\p{Lu}"
)
# A bracketed outlet that ends a paragraph credits the quotations in it, as a news digest's items end
# (`HEADLINE "..." Tune in tonight. [The Post.]`); an outlet has no digits (`[Page 21]` is a page's furniture)
CREDIT_ENDING = lazy(r"\[\p{Lu}[^\[\]\n\d]{1,40}\]\s*\Z")
# After a quotation closed on a comma: a speaker and a past-tense verb ("Cruz quipped", "she mused
# darkly"), or the verb first ("retorted the mayor"), then the sentence's end or more quotation.
_SPEAKER = r"(?:(?i:he|she|they|I|we)|(?:(?i:the|an?)\s+|\p{Lu})[\p{L}.'\u2019-]*(?:\s+[\p{L}.'\u2019-]+){0,4})"
SPEAKER_VERB = lazy(
    rf"\s+(?:{_SPEAKER}\s+(?:\p{{Ll}}+ly\s+)?\p{{Ll}}{{3,}}ed|\p{{Ll}}{{3,}}ed\s+{_SPEAKER})(?:\s+\p{{Ll}}+ly)?\s*[.;]"
)
# A quotation after these is a title (of an article, a film, a law), not someone's words. The spaces are
# read possessively (`*+`, the same matches): a long run of them is read once, not once for each split.
TITLE_WORDS = (
    r"\b(?:entitled|titled|headlined|called|named|dubbed|labell?ed|headline|slogan|phrase|words|reading|reads)"
)
TITLE_WORD = lazy(TITLE_WORDS, regex.I)
TITLE_BEFORE = lazy(rf"{TITLE_WORDS}(?:\s+(?:a|an|the|it))?\s*+(?:,\s*+)?\Z", regex.I)

# A credit on a line of its own below a quotation: a dash, then a name or a handle.
CREDIT_BELOW = lazy(r"[\u2015\u2014\u2013-]{1,2}\s*[\p{Lu}@]")
CREDIT_LINE = 120  # longer than this, a line opening with a dash is prose, not a credit


def credit_line(text: str, start: int) -> bool:
    """A line that opens with a dash and a name or handle (`— Ann Voss`, `—@annvoss`)."""
    return CREDIT_BELOW.match(text, start) is not None


def credited(text: str, end: int) -> bool:
    """A dash, bracket, dated or bylined credit right after a quotation's end."""
    return CREDIT.match(text, end) is not None


def credit_ending(text: str, start: int, end: int) -> bool:
    """A bracketed credit at the end of text[start:end] (a paragraph)."""
    return CREDIT_ENDING.search(text, max(start, end - 60), end) is not None


def speaker_and_verb_after(text: str, end: int) -> bool:
    """A speaker and a past-tense verb (either order) that end the sentence after a quotation's end."""
    return SPEAKER_VERB.match(text, end, min(len(text), end + 120)) is not None


def in_title_case(text: str, start: int, end: int) -> bool:
    """A quotation in Title Case or capitals names a work or a slogan ("The Art of the Deal"), no one's
    words: most of its words (short ones aside) open with a capital. A long quotation is speech."""
    words = [word for word in text[start + 1 : min(end, start + 200)].split() if word[:1].isalpha()]
    if not words or len(words) > 12:
        return False
    long_words = [word for word in words if len(word) > 3] or words
    return sum(word[0].isupper() for word in long_words) >= 0.8 * len(long_words)
