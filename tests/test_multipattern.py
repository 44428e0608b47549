"""The multi-pattern engine: RE2's candidates are always a superset of what `regex` matches."""

from __future__ import annotations

import pytest
import regex
from builtin_rules import lint_text
from hypothesis import given, settings
from hypothesis import strategies as st

from attrlint import multipattern
from attrlint.furniture import furniture_model
from attrlint.multipattern import PatternSet, Unsupported, superset
from attrlint.ruleset import builtin_rule_set

pytest.importorskip("re2")

# Letters, marks and spaces RE2 reads differently from `regex` (non-ASCII spaces, dotted and dotless i,
# the Kelvin sign, digits of other scripts), among plain words the built-in patterns name.
_PIECES = [
    "ad",
    "Advertisement",
    "share",
    "Follow us",
    "cookies",
    "newsletter",
    "said",
    "told",
    "according to",
    "\u00a9",
    "(c)",
    "2024",
    "\u0664\u0662",
    "\u00a0",
    "\u2009",
    "\u3000",
    " ",
    "\t",
    "-",
    ":",
    "|",
    ".",
    "\u0130",
    "\u0131",
    "\u212a",
    "\u00e9",
    "\u017f",
    "SHARE",
    "Sign up",
    "inbox",
    "comments",
    "\u2019",
]
TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@pytest.fixture(scope="module")
def builtin_sets() -> list[tuple[PatternSet, int]]:
    """The pattern sets a run builds from the built-in rules, each with the `regex` flags it stands for."""
    rule_settings = builtin_rule_set().settings
    vocabulary = tuple(pattern for _, pattern in furniture_model(rule_settings).vocabulary)
    return [
        (PatternSet(rule_settings["patterns"], warm_up=0), regex.IGNORECASE),
        (PatternSet(vocabulary, warm_up=0), regex.IGNORECASE),
    ]


def _missed(patterns: PatternSet, flags: int, text: str) -> list[str]:
    found = patterns.candidates(text)
    return [pattern for pattern in patterns.patterns if pattern not in found and regex.search(pattern, text, flags)]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_every_pattern_regex_matches_is_a_candidate(builtin_sets: list, text: str) -> None:
    for patterns, flags in builtin_sets:
        assert _missed(patterns, flags, text) == []


def test_the_engine_rules_out_patterns(builtin_sets: list) -> None:
    boilerplate, _ = builtin_sets[0]
    assert boilerplate.always == frozenset()  # RE2 takes every built-in boilerplate pattern
    assert boilerplate.candidates("The board met on Tuesday.") == frozenset()
    assert not boilerplate.may_match("The board met.")
    assert boilerplate.may_match("Share this article")


@pytest.mark.parametrize(
    ("pattern", "matching"),
    [
        (r"\bads?\b", "ads"),
        (r"(?<!\w)share(?!\w)", "share"),
        (r"follow\s+us", "follow\u00a0us"),
        (r"^\w+$", "caf\u00e9"),
        (r"\d{4}", "\u0661\u0662\u0663\u0664"),
        (r"sign up\W*$", "sign up!\n"),
        (r"[\w-]+@", "\u00e9-x@"),
    ],
)
def test_a_rewritten_pattern_matches_what_regex_matches(pattern: str, matching: str) -> None:
    assert regex.search(pattern, matching, regex.IGNORECASE)
    assert PatternSet((pattern,), warm_up=0).may_match(matching)


@pytest.mark.parametrize("pattern", [r"(\w)\1", r"a{,3}b", r"[^\s]x", r"[^\w]", r"\Nx", r"\Z", "\u0131", r"(?<n>a)"])
def test_what_cannot_be_rewritten_as_a_superset_is_refused(pattern: str) -> None:
    with pytest.raises(Unsupported):
        superset(pattern)


def test_a_pattern_re2_cannot_take_is_always_a_candidate() -> None:
    patterns = PatternSet((r"(?>ab)c", r"(\w)\1", "plain"), warm_up=0)
    assert patterns.candidates("nothing here") == {r"(?>ab)c", r"(\w)\1"}
    assert patterns.covers(frozenset({"plain"}))
    assert not patterns.covers(frozenset({"another"}))


def test_without_re2_every_pattern_is_a_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multipattern, "_re2", lambda: None)
    patterns = PatternSet(("alpha", "beta"), warm_up=0)
    assert patterns.candidates("gamma") == {"alpha", "beta"}


def test_the_set_is_compiled_only_after_its_warm_up() -> None:
    patterns = PatternSet(("alpha",), warm_up=2)
    assert patterns.candidates("gamma") == {"alpha"}  # not compiled yet: every pattern may match
    assert patterns.candidates("gamma") == {"alpha"}
    assert patterns.candidates("gamma") == frozenset()


_DRAFT = """Council approves the harbour budget

The council approved the budget on Tuesday, the mayor said.

Advertisement

Share this article

Follow us on Twitter

The vote was seven to two, according to the clerk.

\u00a9 2026 Harbour Daily. All rights reserved.
"""


def _findings(draft: str) -> list[tuple]:
    multipattern.pattern_set.cache_clear()
    try:
        return [(finding.code, finding.line, finding.message) for finding in lint_text(draft, path="draft.md")]
    finally:
        multipattern.pattern_set.cache_clear()


def test_findings_are_the_same_with_and_without_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multipattern, "WARM_UP", 0)
    with_engine = _findings(_DRAFT * 3)
    monkeypatch.setattr(multipattern, "_re2", lambda: None)
    assert with_engine == _findings(_DRAFT * 3)
    assert len({line for _, line, _ in with_engine}) >= 9  # the residue of each copy, and its repeats
