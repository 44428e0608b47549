"""The function words the quotation analysis reads: a word that is one names no speaker, ends no caption
and starts no possessive's noun.

They are the language data's `function_words` and the auxiliaries below, with "nor" and "where". The
auxiliaries stay here because the boilerplate pack's `finite_verbs` holds them too, in another subset,
and its `function_words` a third: they move to the language data once those lexicons name one list
of them (`WORD_LISTS_LEFT` in tests/test_architecture.py).
"""

from __future__ import annotations

import functools

from attrlint.language import words

MODALS = frozenset("will would can could should may might".split())
_AUXILIARIES = frozenset("is are was were has have had do does did".split()) | MODALS
_RELATIVES = frozenset(("nor", "where"))


@functools.cache
def _function_words() -> frozenset[str]:
    return words("function_words") | _AUXILIARIES | _RELATIVES


def is_article(word: str) -> bool:
    """Whether a word, in lower case, is an article ("the", "a", "an")."""
    return word in words("articles")


def is_auxiliary(word: str) -> bool:
    """Whether a word, in lower case, is an auxiliary or modal ("is", "will", "could")."""
    return word in _AUXILIARIES


def is_preposition(word: str) -> bool:
    """Whether a word, in lower case, is a preposition of the language data's `all_prepositions` ("of", "about")."""
    return word in words("all_prepositions")


def is_function_word(word: str) -> bool:
    """Whether a word, in lower case, is a function word."""
    return word in _function_words()
