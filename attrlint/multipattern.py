"""Many rule regexes at once: which of them can match a text, told by one linear-time pass.

The boilerplate rules search each short paragraph of a draft with a hundred or so patterns, and
almost every search fails. `PatternSet` asks RE2 (the `google-re2` package, the optional extra
`attrlint[fast]`) once per text which patterns *may* match, and the caller confirms those few
with `regex`, as before, so findings do not depend on whether RE2 is installed.

A rule's pattern is written in `regex` syntax. Before RE2 sees it, it is rewritten into a pattern
that matches *at least* what the original matches (a superset): `\\b`, `\\B` and lookarounds are
dropped, and `\\s`, `\\w` and `\\d`, which RE2 reads as ASCII only, are widened to Unicode classes.
A pattern that cannot be rewritten so, or that RE2 refuses (back-references, atomic groups,
`regex`-only flags and properties), is always a candidate: `regex` searches it as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from types import ModuleType

WARM_UP = 200  # texts a pattern set is asked about before it compiles its RE2 set

# Unicode classes at least as wide as `regex`'s \s, \w and \d (RE2's own are ASCII only).
_SPACE = r"\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{180e}\x{200b}\p{Z}"
# \w and \d: their ASCII members and anything beyond ASCII (RE2's Unicode tables may be older than `regex`'s)
_WORD = r"0-9A-Z_a-z\x{80}-\x{10ffff}"
_DIGIT = r"0-9\x{80}-\x{10ffff}"
_WIDENED = {"s": _SPACE, "w": _WORD, "d": _DIGIT}
_KEPT_ESCAPES = set("SWDAtnrfv")  # the same, or wider, in RE2 (\S is "not ASCII space")
_DROPPED = ("(?=", "(?!", "(?<=", "(?<!")
_QUANTIFIERS = "*+?{"
_DOTLESS = str.maketrans("\u0131\u0130", "iI")  # `regex` folds Turkish dotless and dotted i with i, RE2 does not


class Unsupported(Exception):
    """A pattern that cannot be rewritten into an RE2 superset of itself."""


def _escape_end(pattern: str, i: int) -> int:
    """The index after the escape starting at `pattern[i]` (a backslash)."""
    if i + 1 >= len(pattern):
        raise Unsupported("trailing backslash")
    letter = pattern[i + 1]
    if letter in "pPx" and i + 2 < len(pattern) and pattern[i + 2] == "{":
        close = pattern.find("}", i + 2)
        if close < 0:
            raise Unsupported("unclosed brace")
        return close + 1
    if letter == "x":
        return i + 4
    if letter == "u":
        return i + 6
    return i + 2


def _escape(text: str, in_class: bool, negated: bool) -> str:
    """One escape in RE2 syntax, matching at least what `regex` matches with it."""
    letter = text[1]
    if letter in _WIDENED:
        if negated:
            raise Unsupported("a widened class inside a negated set")
        return _WIDENED[letter] if in_class else f"[{_WIDENED[letter]}]"
    if letter in "SWD":
        if in_class and negated:
            raise Unsupported("a negated class inside a negated set")
        return text
    if letter == "u":
        return rf"\x{{{text[2:]}}}"
    if letter.isalnum() and letter not in _KEPT_ESCAPES and letter not in "pPx":
        raise Unsupported(f"escape {text}")
    return text


def _group_end(pattern: str, i: int) -> int:
    """The index after the group opening at `pattern[i]`, skipping escapes and sets inside it."""
    depth = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i = _escape_end(pattern, i)
            continue
        if char == "[":
            i = _set_end(pattern, i)
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        i += 1
        if depth == 0:
            return i
    raise Unsupported("unbalanced parenthesis")


def _set_end(pattern: str, i: int) -> int:
    """The index after the character set opening at `pattern[i]`."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j = _escape_end(pattern, j)
        elif pattern[j] == "[":
            raise Unsupported("a nested set or POSIX class")
        elif pattern[j] == "]":
            return j + 1
        else:
            j += 1
    raise Unsupported("unclosed set")


def _rewrite_set(text: str) -> str:
    """A character set in RE2 syntax, at least as wide as `regex` reads it."""
    negated = text.startswith("[^")
    out, j = [text[: 2 if negated else 1]], 2 if negated else 1
    while j < len(text) - 1:
        if text[j] == "\\":
            end = _escape_end(text, j)
            out.append(_escape(text[j:end], in_class=True, negated=negated))
            j = end
        else:
            out.append(text[j])
            j += 1
    return "".join(out) + "]"


def _no_quantifier(pattern: str, i: int) -> None:
    if i < len(pattern) and pattern[i] in _QUANTIFIERS:
        raise Unsupported("a quantified assertion")


def superset(pattern: str) -> str:
    """`pattern` rewritten for RE2 so that it matches wherever `regex` finds a match of it.

    Raises Unsupported where that cannot be promised; RE2 itself refuses what it does not know.
    """
    if "\u0131" in pattern or "\u0130" in pattern:
        raise Unsupported("a Turkish i")
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            end = _escape_end(pattern, i)
            if pattern[i + 1] in "bB":
                _no_quantifier(pattern, end)
            else:
                out.append(_escape(pattern[i:end], in_class=False, negated=False))
            i = end
        elif char == "[":
            end = _set_end(pattern, i)
            out.append(_rewrite_set(pattern[i:end]))
            i = end
        elif pattern.startswith(_DROPPED, i):
            i = _group_end(pattern, i)
            _no_quantifier(pattern, i)
        elif pattern.startswith("(?<", i) or pattern.startswith("(?'", i):
            raise Unsupported("a named group RE2 may not read")
        elif pattern.startswith("{,", i):
            raise Unsupported("a repeat RE2 reads as text")  # `regex` reads {,3} as {0,3}
        elif char == "$":
            out.append(r"(?:$|\n)")  # `regex` matches $ before a final line break too
            i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


class PatternSet:
    """Which of a list of rule regexes may match a text: a superset, from one RE2 pass.

    `candidates(text)` holds every pattern that matches the text, and perhaps a few more; a
    pattern RE2 cannot take (or every pattern, without RE2) is always among them. RE2 is imported
    and the set compiled only after `warm_up` texts, when it has a run's worth of them to pay for
    itself: a one-paragraph draft is searched by `regex` alone and starts as fast as before.
    """

    def __init__(self, patterns: Sequence[str], warm_up: int | None = None) -> None:
        self.patterns = tuple(patterns)
        self.always = frozenset(self.patterns)  # until the set is compiled, every pattern may match
        self._known = self.always
        self._ids: list[str] = []  # RE2's index -> pattern
        self._matcher: object | None = None
        self._waiting = WARM_UP if warm_up is None else warm_up

    def covers(self, patterns: frozenset[str]) -> bool:
        """Whether every one of `patterns` is in the set, so `candidates` can rule each of them out."""
        return patterns <= self._known

    def may_match(self, text: str) -> bool:
        """Whether any of the patterns may match `text` (False only where none of them does)."""
        return bool(self.candidates(text))

    def candidates(self, text: str) -> frozenset[str]:
        """The patterns that may match `text` (a superset of those that do)."""
        if self._matcher is None:
            if self._waiting < 0:
                return self.always
            self._waiting -= 1
            if self._waiting >= 0:
                return self.always
            self._compile()
            if self._matcher is None:
                return self.always
        if "\u0131" in text or "\u0130" in text:
            text = text.translate(_DOTLESS)
        found = self._matcher.Match(text)
        if not found:
            return self.always
        return self.always.union(self._ids[index] for index in found)

    def _compile(self) -> None:
        """Give RE2 every pattern it can take; the rest stay candidates for every text."""
        engine = _re2()
        if engine is None:
            return
        matcher, always = _new_set(engine), []
        for pattern in self.patterns:
            if _added(engine, matcher, pattern):
                self._ids.append(pattern)
            else:
                always.append(pattern)
        if self._ids:
            matcher.Compile()
            self._matcher, self.always = matcher, frozenset(always)


@lru_cache(maxsize=1)
def _re2() -> ModuleType | None:
    """The `re2` module of google-re2, or None where the extra is not installed."""
    try:
        import re2
    except ImportError:
        return None
    return re2


def _new_set(engine: ModuleType) -> object:
    options = engine.Options()
    options.log_errors = False
    options.max_mem = 64 << 20
    return engine.Set.SearchSet(options)


def _added(engine: ModuleType, matcher: object, pattern: str) -> bool:
    """Add the RE2 superset of `pattern` to the set, in any case (a superset of it as written too);
    False where there is none."""
    try:
        rewritten = superset(pattern)
        # (?m): `^` and `$` at every line's edge, where a `regex` pattern may or may not have them
        matcher.Add(f"(?mi:{rewritten})")
    except (Unsupported, engine.error):
        return False
    return True


class TextCandidates:
    """The candidates of a pattern set for each of a draft's texts (its paragraphs), each distinct
    text worked out when first asked and kept, so every rule reading it shares one pass."""

    def __init__(self, patterns: PatternSet, texts: Sequence[str]) -> None:
        self.patterns = patterns
        self.texts = texts
        self._found: dict[str, frozenset[str]] = {}

    def __call__(self, index: int) -> frozenset[str]:
        text = self.texts[index]
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = self.patterns.candidates(text)
        return found


@lru_cache(maxsize=16)
def pattern_set(patterns: tuple[str, ...]) -> PatternSet:
    """The pattern set of a rule set's patterns, built once for every draft it checks."""
    return PatternSet(patterns)
