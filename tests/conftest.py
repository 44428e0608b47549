"""Shared helpers: write small rule packs into tmp_path and load them."""

from __future__ import annotations

import functools
import itertools
import textwrap
from pathlib import Path

import pytest

from attrlint.attribution import AttributionAnalysis, analyse
from attrlint.document import Document
from attrlint.finding import Edit, Finding, Problem
from attrlint.fix import chosen_fixes
from attrlint.furniture import FurnitureModel, furniture_model
from attrlint.packs import Rule, load_rules
from attrlint.ruleset import builtin_rule_set


def write_pack(root: Path, rules: dict[str, str], name: str = "newsroom", prefix: str = "NEW") -> Path:
    """A pack folder under root with a pack.yaml and one `<stem>.yaml` per entry of rules."""
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(f"name: {name}\nprefix: {prefix}\n", encoding="utf-8")
    for stem, text in rules.items():
        (folder / f"{stem}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def rule_yaml(code: str, name: str, kind: str, options: str, message: str = "Found '{match}'") -> str:
    """A complete, valid rule file; `options` is the kind's YAML, one key per line."""
    common = textwrap.dedent(
        f"""\
        code: {code}
        name: {name}
        kind: {kind}
        level: warning
        message: "{message}"
        description: A rule made up for the tests.
        why: The tests need one.
        examples:
          bad: ["a bad example"]
          good: ["a good example"]
        """
    )
    return common + textwrap.dedent(options)


@pytest.fixture
def make_rule(tmp_path: Path):
    """Build one Rule of a kind from its options' YAML, via a real pack on disk loaded beside the
    built-in packs (so it reads their shared lexicons, as a newsroom's rule does)."""
    numbers = itertools.count(1)

    def make(kind: str, options: str, message: str = "Found '{match}'", name: str | None = None) -> Rule:
        number = next(numbers)
        name = name or f"rule-{number}"
        folder = write_pack(
            tmp_path / f"pack{number}", {name: rule_yaml(f"NEW{number:03d}", name, kind, options, message)}
        )
        rules, errors = load_rules([folder])
        assert errors == [], [str(e) for e in errors]
        return next(rule for rule in rules if rule.code == f"NEW{number:03d}")

    return make


@pytest.fixture(scope="session")
def model() -> FurnitureModel:
    """The furniture model of the built-in rules' settings, as the boilerplate rules read it (made once: the
    furniture tests of several modules share it)."""
    return furniture_model(builtin_rule_set().settings)


@pytest.fixture(autouse=True)
def _no_result_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests check afresh: many patch attrlint in process, which the cache's key cannot see.
    tests/test_cache.py turns the cache back on where it is what is tested."""
    monkeypatch.setenv("ATTRLINT_NO_CACHE", "1")


def fixes_for(doc: Document, findings: list[Finding], unsafe: bool = False) -> list[Edit]:
    """The edits `--fix` makes of these findings (`chosen_fixes` without the findings they fix)."""
    return chosen_fixes(doc, findings, unsafe)[0]


def every_problem(analysis: AttributionAnalysis) -> list[Problem]:
    """Every check's problems, in the draft's order: the product asks for one check at a time (`problems_of`)."""
    every = [problem for check in analysis.reporters for problem in analysis.problems_of(check)]
    return sorted(every, key=lambda problem: problem.start)


def source_kinds(text: str) -> list[tuple[str, str]]:
    """Each source the attribution analysis reads in the draft, with its class, under the built-in lexicons."""
    analysis = analyse(Document("draft.md", text), _attribution_lexicons())
    return [(a.source_text or "", a.kind) for a in analysis.attributions]


def kind_of(text: str, source: str) -> str:
    """The class the attribution analysis gives the first source of the draft that reads `source`."""
    return next(kind for text_of, kind in source_kinds(text) if text_of == source)


@functools.cache
def _attribution_lexicons() -> dict[str, tuple[str, ...]]:
    """The attribution pack's word lists, as its rules hand them to the analysis."""
    lexicons: dict[str, tuple[str, ...]] = {}
    for rule in load_rules()[0]:
        if rule.pack == "attribution":
            lexicons.update({key: tuple(words) for key, words in rule.options.items() if isinstance(words, list)})
    return lexicons


def boi_lines(paragraphs: list[str]) -> set[int]:
    """The lines the built-in rules give a boilerplate finding, in a draft of these paragraphs."""
    findings, _ = builtin_rule_set().lint(Document("draft.md", "\n\n".join(paragraphs)))
    return {finding.line for finding in findings if finding.code.startswith("BOI")}
