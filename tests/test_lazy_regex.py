"""Regexes compiled on first use (attrlint.lazy_regex)."""

from __future__ import annotations

import copy
import re

import pytest
import regex

from attrlint.lazy_regex import lazy


def test_a_lazy_regex_is_compiled_only_when_first_used() -> None:
    broken = lazy(r"(unclosed")  # compiled now, this would raise
    with pytest.raises(regex.error):
        broken.search("unclosed")


def test_a_lazy_regex_answers_as_the_compiled_pattern_does() -> None:
    pattern = lazy(r"(?P<word>\p{Lu}\w+)", regex.I)
    text = "the Board met; the council agreed"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in regex.finditer(r"\p{Lu}\w+", text, regex.I)]
    assert pattern.groupindex == {"word": 1}
    assert pattern.sub("x", "ab cd") == "x x"
    assert pattern.search.__self__.pattern == pattern.pattern  # later calls go straight to the compiled pattern


def test_a_lazy_regex_can_use_the_standard_library_engine() -> None:
    assert lazy(r"\d+", engine=re).findall("7 of 12") == ["7", "12"]


def test_copying_a_lazy_regex_compiles_nothing() -> None:
    broken = lazy(r"(unclosed")
    assert copy.copy(broken).pattern == r"(unclosed"
