"""Whether anything before a pronoun source could be who it stands for.

"She said" is a problem only when the reader has met nobody "she" could be. A referent is a name
in the running text (a capital letter inside a sentence), a headline or byline above the body
(which names the story's subject or its writer), the writer for "I" and "we", and for "they" a
group named by a plural noun ("voters", "officials", "countries").
"""

from __future__ import annotations

from attrlint.lazy_regex import lazy

_FIRST_PERSON = frozenset(("i", "we"))
_MID_SENTENCE_NAME = lazy(r"(?<=[\p{L},;]\s)\p{Lu}\p{Ll}")
_PLURAL_NOUN = lazy(r"\b\p{Ll}{3,}s\b")


class Referents:
    """Answers, for each pronoun of one draft, whether a referent stands before it (one search a pattern)."""

    def __init__(self, text: str, headed: bool) -> None:
        self.headed = headed  # a headline or byline stands above the body
        name, plural = _MID_SENTENCE_NAME.search(text), _PLURAL_NOUN.search(text)
        self.first_name = name.start() if name else len(text)
        self.first_plural = plural.start() if plural else len(text)

    def before(self, pronoun: str, offset: int) -> bool:
        """Whether something before `offset` could be what `pronoun` refers to."""
        word = pronoun.lower()
        if word in _FIRST_PERSON or self.headed:
            return True
        if word == "they" and self.first_plural < offset:
            return True
        return self.first_name < offset
