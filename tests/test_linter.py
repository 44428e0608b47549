"""Tests for attrlint.linter's loop: the collector pause around each draft, what a report keeps, and
the parallel run that must report what a serial one does."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from attrlint import parallel
from attrlint.ruleset import RuleSet
from attrlint.run import Options, lint_serially


def test_the_cycle_collector_is_paused_per_draft_and_restored(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.md").write_text("The ferry was late, the captain said.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("The pier reopened.\n", encoding="utf-8")
    seen: list[bool] = []
    real = RuleSet.lint

    def spy(rule_set, doc, analyses=None):  # noqa: ANN001, ANN202
        seen.append(gc.isenabled())
        if doc.path.endswith("b.md"):
            raise RuntimeError("a bug in a check")
        return real(rule_set, doc, analyses)

    monkeypatch.setattr(RuleSet, "lint", spy)
    with pytest.raises(RuntimeError):
        lint_serially(Options(), [str(tmp_path)])
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("The pier reopened.\n", encoding="utf-8")
    gc.disable()
    try:
        lint_serially(Options(), [str(tmp_path)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_run_keeps_the_lines_of_its_findings_not_whole_drafts(tmp_path: Path) -> None:
    """Memory must not grow with every draft that has a finding; only --fix and --diff need the drafts."""
    (tmp_path / "a.md").write_text("The pier reopened.\n\nAdvertisement\n", encoding="utf-8")
    report = lint_serially(Options(), [str(tmp_path)])
    assert report.documents == {}
    [finding] = [finding for finding in report.findings if finding.code == "BOI003"]
    assert report.source_line(finding.path, finding.line) == "Advertisement"
    kept = lint_serially(Options(), [str(tmp_path)], keep_documents=True)
    assert list(kept.documents) == [finding.path]


def _killed(path: str) -> None:
    os._exit(137)  # what the system does to a worker that runs out of memory


def test_a_killed_worker_leaves_the_run_to_this_process(tmp_path: Path, monkeypatch) -> None:
    for number in range(8):
        (tmp_path / f"story{number}.md").write_text("The pier reopened.\n\nAdvertisement\n", encoding="utf-8")
    monkeypatch.setattr(parallel, "_check_one", _killed)
    report = parallel.lint_in_parallel(Options(), [str(tmp_path)], jobs=2)
    assert sorted(report.findings) == sorted(lint_serially(Options(), [str(tmp_path)]).findings)
    assert len([f for f in report.findings if f.code == "BOI003"]) == 8
    assert [str(err) for err in report.errors] == [parallel.KILLED]
