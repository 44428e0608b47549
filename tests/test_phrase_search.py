"""Tests for the search of a boilerplate rule's phrases in a draft's paragraphs (attrlint/kinds/phrase_search.py)."""

from __future__ import annotations

import regex

from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.kinds.phrase_search import PhraseSearch, shortest_match


class CountingPattern:
    """A real regex that records each text it is asked to search."""

    def __init__(self, pattern: str) -> None:
        self.pattern, self.compiled, self.searched = pattern, regex.compile(pattern, regex.IGNORECASE), []

    def search(self, text: str, timeout: float | None = None) -> regex.Match | None:
        self.searched.append(text)
        return self.compiled.search(text, timeout=timeout)


def named(text: str, search: PhraseSearch, skip=lambda index: False) -> list[int]:
    doc = Document("draft.md", text)
    analyses = Analyses(doc, {"patterns": tuple(search.sources)})
    return list(search.named_paragraphs(doc, analyses, skip))


def test_shortest_match_of_patterns() -> None:
    assert shortest_match(["^ads?\\W*$", "^advertisement$"]) == 2
    assert shortest_match(["(?=(a|aa)+$)\\w{42}"]) == 42  # a lookahead takes no characters
    assert shortest_match(["^\\p{Lu}$"]) == 0  # only the regex module reads \\p: measured as 0
    assert shortest_match([]) == 0


def test_named_paragraphs_are_those_a_pattern_names_and_nothing_clears() -> None:
    sign_up, said = regex.compile("^sign up", regex.IGNORECASE), regex.compile("said")
    search = PhraseSearch([sign_up], [said], frozenset({sign_up.pattern}))
    text = "Sign up now\n\nThe council met on Tuesday.\n\nSign up, the mayor said\n\nSign up today\n"
    assert named(text, search) == [0, 3]
    assert named(text, search, skip=lambda index: index == 0) == [3]


def test_each_distinct_paragraph_text_is_searched_once() -> None:
    pattern = CountingPattern("^sign up")
    search = PhraseSearch([pattern], [], frozenset({pattern.pattern}))
    assert named("Sign up now\n\nSign up now\n\nSign up now\n\nSign in\n", search) == [0, 1, 2]
    assert pattern.searched == ["Sign up now", "Sign in"]
