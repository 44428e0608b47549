"""Regexes compiled the first time they are used, not when their module is imported.

Compiling with `regex` is most of a short check's start-up, and a short draft reaches few of the
analyses' patterns: the unnamed-source and speaker patterns, for instance, are read only for a cue
or a quotation whose source the plainer patterns miss. `lazy(pattern)` stands for the compiled
pattern; on its first use it compiles it and keeps the compiled pattern's methods as its own, so
every later call costs what a call of the compiled pattern costs.
"""

from __future__ import annotations

from types import ModuleType

import regex

from attrlint.regex_store import compiled as stored

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "groupindex")


class LazyRegex:
    """A regex and its flags, compiled when a method or attribute of the pattern is first asked for."""

    def __init__(self, pattern: str, flags: int = 0, engine: ModuleType = regex) -> None:
        self.pattern, self.flags, self.engine = pattern, flags, engine

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # copy, pickle and the like ask for these: there is nothing to compile
            raise AttributeError(name)
        engine = self.engine
        compiled = stored(self.pattern, self.flags) if engine is regex else engine.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0, engine: ModuleType = regex) -> regex.Pattern:
    """A regex compiled with `engine` (`regex`, or the standard library's `re`) when first used."""
    return LazyRegex(pattern, flags, engine)  # type: ignore[return-value]  # it answers as the pattern does
