"""A newsroom's regexes cannot hold a run up (issue 12, point 5).

Each search has a time limit, and all the searches of one rule in one draft share a budget of
twice that; the attribution analysis's lexicon regexes (`vague`) have the same limits, and a rule
whose regexes run out is skipped for that draft with one error line. The limits are made short
here to keep the tests quick; unstopped, each slow case below runs for seconds. What a case took is
read as CPU time, which a loaded machine does not stretch (the limits are wall-clock time, which CPU
time never exceeds).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest
from builtin_rules import lint_document
from click.testing import CliRunner
from conftest import rule_yaml, write_pack

from attrlint import regex_budget
from attrlint.cli import main
from attrlint.config import read_config
from attrlint.document import Document
from attrlint.kinds import existence
from attrlint.packs import load_pack
from attrlint.ruleset import resolve

SLOW = "(a|a)+$"  # backtracks twice as long for each more a before a stop
SLOW_LINE = "a" * 19 + "!"  # about a tenth of a second for SLOW on a quick machine


@pytest.fixture
def short_limits(monkeypatch):
    """Searches may take half a second each, so a rule's searches a second in all."""
    monkeypatch.setattr(regex_budget, "REGEX_TIMEOUT", 0.5)
    monkeypatch.setattr(existence, "REGEX_TIMEOUT", 0.5)


def _vague_config(tmp_path: Path) -> Path:
    (tmp_path / ".attrlint.yaml").write_text(f"rules:\n  vague-source:\n    vague: ['{SLOW}']\n", encoding="utf-8")
    return tmp_path / ".attrlint.yaml"


def _lint(tmp_path: Path, text: str, chosen: list[str]) -> tuple[list, list, float]:
    config = read_config(_vague_config(tmp_path))
    rule_set, broken = resolve(config, chosen)
    assert broken == []
    start = time.process_time()
    findings, errors = rule_set.lint(Document(str(tmp_path / "draft.md"), text))
    return findings, errors, time.process_time() - start


DRAFT = 'The coach spoke on Monday.\n\n"Nobody saw this coming at all, not one of us."\n\n'


def test_a_slow_vague_regex_from_the_config_is_stopped_and_reported(tmp_path: Path, short_limits) -> None:
    findings, errors, elapsed = _lint(tmp_path, DRAFT + "a" * 25 + "!\n", ["ATT001", "ATT003"])
    assert [str(err).split(": ", 1)[1] for err in errors] == [
        "rule ATT003 (vague-source) skipped: its regex ran too long on this file"
    ]
    assert [finding.code for finding in findings] == ["ATT001"]  # the other attribution rule still reports
    assert elapsed < 4  # unstopped, the regex runs for several seconds on 25 a's


def test_an_attribution_analysis_that_ran_out_is_not_kept_half_made(tmp_path: Path, short_limits) -> None:
    """The rule that asked first is skipped; a rule asking after it gets the whole analysis, and the
    vague sources, asked for again, run out again rather than come back empty."""
    findings, errors, _ = _lint(tmp_path, DRAFT + "a" * 25 + "!\n", ["ATT003", "ATT001"])
    assert [finding.code for finding in findings] == ["ATT001"] and len(errors) == 1
    config = read_config(_vague_config(tmp_path))
    rule_set, _ = resolve(config, ["ATT003"])
    analyses = rule_set.analyses(Document("draft.md", DRAFT + "a" * 25 + "!\n"))
    for _ in range(2):
        with pytest.raises(TimeoutError):
            _ = analyses.attribution.vague_sources
    assert len(analyses.attribution.problems_of("unattributed")) == 1


def test_a_vague_regex_slow_on_every_line_runs_out_of_its_budget(tmp_path: Path, short_limits) -> None:
    findings, errors, elapsed = _lint(tmp_path, DRAFT + f"{SLOW_LINE} reportedly\n" * 100, ["ATT003"])
    assert len(errors) == 1 and "ATT003" in str(errors[0]) and findings == []
    assert elapsed < 4  # unstopped, a hundred lines take ten seconds or more


def test_a_rule_slow_on_every_line_runs_out_of_its_budget(tmp_path: Path, short_limits) -> None:
    slow = rule_yaml("NEW001", "slow-lines", "existence", f"patterns: ['{SLOW}']\nscope: line\n")
    quick = rule_yaml("NEW002", "fumed", "existence", "tokens: [fumed]\nscope: line\n")
    rules, load_errors = load_pack(write_pack(tmp_path, {"slow-lines": slow, "fumed": quick}))
    assert load_errors == []
    start = time.process_time()
    findings, errors = lint_document(Document("draft.md", "The mayor fumed.\n" + f"{SLOW_LINE}\n" * 100), rules)
    elapsed = time.process_time() - start
    assert [finding.code for finding in findings] == ["NEW002"]
    assert [str(err) for err in errors] == [
        "draft.md: rule NEW001 (slow-lines) skipped: its regexes ran too long on this file"
    ]
    assert elapsed < 4  # each line is under the limit of one search, but a hundred take ten seconds or more


def test_the_sources_sheet_of_a_draft_a_vague_regex_is_slow_on_is_one_error_line(tmp_path: Path, short_limits) -> None:
    _vague_config(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT + "a" * 25 + "!\n", encoding="utf-8")
    (tmp_path / "other.md").write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["sources", str(tmp_path / "draft.md"), str(tmp_path / "other.md")])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"attrlint: error: {tmp_path / 'draft.md'}: no sheet: a regex of the config ran too long on this file\n"
    )
    assert f"{tmp_path / 'other.md'}: " in result.stdout


class _Steps:
    """A clock that moves on by `step` each time it is read: a budget timed by it counts searches, each
    costing `step`, whatever else the machine is doing (a loaded machine stretched the real searches of
    the test below past their budget)."""

    def __init__(self, step: float) -> None:
        self.step, self.now = step, 0.0

    def monotonic(self) -> float:
        self.now += self.step
        return self.now


def test_a_long_draft_of_quick_searches_keeps_its_rules(monkeypatch) -> None:
    """Searches that each take a microsecond add up on a long draft of short paragraphs (a 10 MB archive
    of one-letter paragraphs spent 5 s in a built-in rule's searches, none of them slow): the budget
    grows with the draft, so such a rule is not skipped. Each of the 200,001 searches is counted as 21 us,
    4.2 s in all: more than the 4 s (twice REGEX_TIMEOUT) of a short draft, within the 4.6 s this 0.6 MB
    draft is given."""
    monkeypatch.setattr(regex_budget, "time", _Steps(21e-6))
    rule = rule_yaml("NEW001", "quick", "existence", "patterns: ['^b$']\nscope: paragraph\n")
    rules, load_errors = load_pack(write_pack(Path(tempfile.mkdtemp()), {"quick": rule}))
    assert load_errors == []
    findings, errors = lint_document(Document("draft.md", "a\n\n" * 200_000 + "b\n"), rules)
    assert errors == [] and [finding.line for finding in findings] == [400_001]
