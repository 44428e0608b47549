"""What a draft's body copy says: the words (stems) of its paragraphs, against which a line that names
page furniture is read (a line about the story uses the story's words, residue seldom does), and the
texts it repeats."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from attrlint.furniture import TOKEN, stem

_SUFFIXES = ("s", "es", "d", "ed", "ing")  # the endings of a plural, a verb's third person and its past


@dataclass(frozen=True)
class BodyWords:
    """The words (stems) of a draft's body copy: in how many of its paragraphs each stands, and how
    many times each paragraph text stands there (a line's own copies do not count as echoes)."""

    counts: Counter
    copies: Counter

    def share(self, words: set[str], text: str) -> float:
        """The share of a paragraph's own words that other paragraphs of body copy use too (the
        paragraph's own copies among the body copy do not count): a line about the story (its headline,
        a quoted post) uses the story's words, residue pasted from a page seldom does."""
        if not words:
            return 0.0
        copies = self.copies.get(text, 0)
        return sum(self.counts[word] > copies for word in words) / len(words)

    def uses(self, word: str, text: str, left_out: frozenset[str] = frozenset()) -> bool:
        """Whether other paragraphs of body copy use a word (a stem), as written or inflected: a headline's
        "Sues" and "Ads" are the body copy's "sued" and "ad". A paragraph whose stems are `left_out` is
        not counted."""
        copies = self.copies.get(text, 0)
        return any(self.counts[form] - (form in left_out) > copies for form in inflections(word))

    def paragraphs_using(self, word: str, text: str) -> int:
        """How many other paragraphs of body copy use a word (a stem), as written or inflected, at most: the
        count of its most used form (a paragraph's own copies among the body copy do not count)."""
        copies = self.copies.get(text, 0)
        return max(self.counts[form] - copies for form in inflections(word))

    def echo(self, words: set[str], text: str, beside: str = "") -> float:
        """`share`, counting a word the body copy uses inflected (`uses`), with one paragraph of body copy
        (`beside`) left out: a story's headline is taken up all through its story, another story's teaser
        only by its own deck under it."""
        if not words:
            return 0.0
        left_out = frozenset(stem(token.lower()) for token in TOKEN.findall(beside))
        return sum(self.uses(word, text, left_out) for word in words) / len(words)

    def foreign(self, words: set[str], text: str) -> float:
        """The share of a paragraph's own words that the body copy does not use: 0 where it has no
        own words or the draft no body copy, since then there is nothing to tell."""
        return 1.0 - self.share(words, text) if words and self.counts else 0.0


def body_words(texts: Sequence[str]) -> BodyWords:
    """The `BodyWords` of the paragraphs of body copy given."""
    counts: Counter = Counter()
    for text in texts:
        counts.update({stem(token.lower()) for token in TOKEN.findall(text)})
    return BodyWords(counts, Counter(texts))


def inflections(word: str) -> set[str]:
    """A stem and the stems of its inflections ("sue", "sues", "sued"; "farm", "farms"; "ad", "ads")."""
    bases = {word[: -len(suffix)] for suffix in _SUFFIXES if word.endswith(suffix) and len(word) > len(suffix) + 1}
    bases.add(word)
    return {stem(base + suffix) for base in bases for suffix in ("", *_SUFFIXES)}


def folded(text: str) -> str:
    """A paragraph's text as repeats are compared: in lower case, each run of spaces one space."""
    return " ".join(text.lower().split())


def repeated_texts(texts: Sequence[str]) -> set[str]:
    """The texts (`folded`) that stand more than once among the paragraphs given."""
    counts = Counter(folded(text) for text in texts)
    return {text for text, count in counts.items() if count > 1}
