"""Finding a lexicon's cues in a paragraph without compiling one regex of the whole lexicon.

The cue lexicon has some 660 cues. One alternation of all of them took a fifth of the time it takes
to compile every pattern a check uses, so a one-paragraph draft paid for 660 cues to find two. A cue
can only start where a word of the paragraph is its first word, so the cues are grouped by their
first word, case folded as `regex` folds it, and a paragraph is searched only with the groups whose
word it holds: each group is a small regex of the same shape as the one of the whole lexicon,
compiled the first time a paragraph needs it.

The matches are those of the whole-lexicon regex, to the character: at any place only the group of
the word there can match, and within it the cues are tried in the same order (case-insensitive cues
before case-sensitive verbs, the longest first). A lexicon with a cue that does not begin with a
word of ASCII letters and digits, whose case folding this module does not know, is searched with
the one regex of the whole lexicon, as before; so is a paragraph that needs a group past the first
`CueFinder.MAX_GROUPS`, in a run over many drafts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cached_property

import regex

from attrlint.regex_store import compiled

_ASCII_WORD = compiled(r"[A-Za-z0-9_]+(?!\w)")
_FOLDED_WORD = re.compile(r"[0-9_a-z]+")
# The characters other than ASCII that `regex` matches case-insensitively with an ASCII letter or digit,
# which str.lower() does not turn into it. Dotted I is also the one character whose lower case is two
# characters long, so text folded with these keeps every character's offset (both checked over every
# code point in tests/test_cue_finder.py).
FOLDED = (("\u0130", "i"), ("\u017f", "s"), ("\u212a", "k"))


def alternation(words: Sequence[str]) -> str:
    """A regex matching any of the words, longest first, built as a trie so a scan tries each
    letter once rather than every word in turn ("said|says" -> "sa(?:id|ys)")."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = []
    for char in sorted((c for c in node if c), reverse=True):
        piece = r"\s+" if char == " " else regex.escape(char)
        branches.append(piece + _trie_pattern(node[char]))
    if "" in node:
        branches.append("")  # a word may end here; longer ones were tried first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def cue_regex(insensitive: Sequence[str], verbs: Sequence[str]) -> str:
    """One regex of the cues: those matched in any case first (phrases, core verbs), then the verbs as written."""
    branches = ([f"(?i:{alternation(insensitive)})"] if insensitive else []) + ([alternation(verbs)] if verbs else [])
    return rf"\b(?:{'|'.join(branches)})\b"


def first_word(cue: str) -> str | None:
    """The case-folded first word of a cue, or None if it does not begin with a word of ASCII letters and digits."""
    match = _ASCII_WORD.match(cue)
    return match.group().lower() if match else None


def fold(text: str) -> str:
    """The text in lower case, with each character `regex` matches to an ASCII letter in any case made that letter."""
    for char, letter in FOLDED:
        text = text.replace(char, letter)  # str.translate reads a text character by character, ten times slower
    return text.lower()


class CueFinder:
    """The cues of a lexicon in a paragraph, as one regex of them all would find them (`cue_regex`).

    Compiling a group's small regex costs about a fiftieth of compiling the whole lexicon's, so
    once MAX_GROUPS groups are compiled (a run over many drafts), a paragraph that needs another
    group is searched with the whole lexicon's regex, compiled then, which finds the same cues.
    """

    MAX_GROUPS = 40

    def __init__(self, insensitive: Sequence[str], verbs: Sequence[str]) -> None:
        self.groups: dict[str, tuple[list[str], list[str]]] = {}
        self.cues = (insensitive, verbs)
        self.readable = True
        for index, cues in enumerate(self.cues):
            for cue in cues:
                word = first_word(cue)
                self.readable = self.readable and word is not None
                self.groups.setdefault(word or "", ([], []))[index].append(cue)
        self.compiled: dict[str, regex.Pattern] = {}

    @cached_property
    def whole(self) -> regex.Pattern:
        """The whole lexicon's regex, made and compiled when first needed."""
        return compiled(cue_regex(*self.cues))

    def searches(self, words: set[str]) -> list[regex.Pattern] | None:
        """The regexes of the groups of `words`, each compiled once; None if that would pass MAX_GROUPS."""
        missing = words - self.compiled.keys()
        if missing and len(self.compiled) + len(missing) > self.MAX_GROUPS:
            return None
        for word in missing:
            self.compiled[word] = compiled(cue_regex(*self.groups[word]))
        return [self.compiled[word] for word in words]

    def scan(self, text: str) -> CueScan:
        """The cues of a text's paragraphs, with the text folded once."""
        return CueScan(self, text)


class CueScan:
    """A lexicon's cues in the paragraphs of one text.

    A cue of a group can only match where the folded text has the group's word as a run of ASCII
    letters and digits (the characters beside a cue's first word are not word characters), so a
    paragraph is searched with the groups whose word is such a run in it, and no others.
    """

    def __init__(self, finder: CueFinder, text: str) -> None:
        self.finder, self.text = finder, text
        self.folded = fold(text) if finder.readable else text

    def finditer(self, start: int, end: int) -> Iterator[regex.Match]:
        """The cues in text[start:end], left to right, none overlapping, as the whole lexicon's regex gives them."""
        text, finder = self.text, self.finder
        if not finder.readable:
            yield from finder.whole.finditer(text, start, end)
            return
        words = finder.groups.keys() & set(_FOLDED_WORD.findall(self.folded, start, end))
        searches = finder.searches(words) if words else []
        if searches is None:
            yield from finder.whole.finditer(text, start, end)
            return
        found = [search.search(text, start, end) for search in searches]
        while True:
            first = min((match for match in found if match is not None), key=regex.Match.start, default=None)
            if first is None:
                return
            yield first
            at = first.end()
            found = [
                match if match is None or match.start() >= at else search.search(text, at, end)
                for search, match in zip(searches, found, strict=True)
            ]
