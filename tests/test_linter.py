"""Tests for attrlint.linter's loop: the collector pause around each draft."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from attrlint import linter
from attrlint.linter import Linter


def test_the_cycle_collector_is_paused_per_draft_and_restored(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.md").write_text("The ferry was late, the captain said.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("The pier reopened.\n", encoding="utf-8")
    seen: list[bool] = []
    real = linter.lint_document

    def spy(doc, rules):  # noqa: ANN001, ANN202
        seen.append(gc.isenabled())
        if doc.path.endswith("b.md"):
            raise RuntimeError("a bug in a check")
        return real(doc, rules)

    monkeypatch.setattr(linter, "lint_document", spy)
    with pytest.raises(RuntimeError):
        Linter().lint([str(tmp_path)])
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("The pier reopened.\n", encoding="utf-8")
    gc.disable()
    try:
        Linter().lint([str(tmp_path)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_run_keeps_the_lines_of_its_findings_not_whole_drafts(tmp_path: Path) -> None:
    """Memory must not grow with every draft that has a finding; only --fix and --diff need the drafts."""
    (tmp_path / "a.md").write_text("The pier reopened.\n\nAdvertisement\n", encoding="utf-8")
    report = Linter().lint([str(tmp_path)])
    assert report.documents == {}
    [finding] = [finding for finding in report.findings if finding.code == "BOI003"]
    assert report.source_line(finding.path, finding.line) == "Advertisement"
    kept = Linter(keep_documents=True).lint([str(tmp_path)])
    assert list(kept.documents) == [finding.path]


def _killed(settings: dict, paths: list[str]) -> None:
    os._exit(137)  # what the system does to a worker that runs out of memory


def test_a_killed_worker_leaves_the_run_to_this_process(tmp_path: Path, monkeypatch) -> None:
    for number in range(8):
        (tmp_path / f"story{number}.md").write_text("The pier reopened.\n\nAdvertisement\n", encoding="utf-8")
    monkeypatch.setattr(linter, "_lint_share", _killed)
    report = linter.lint_in_parallel(Linter(), [str(tmp_path)], jobs=2)
    assert sorted(report.findings) == sorted(Linter().lint([str(tmp_path)]).findings)
    assert len([f for f in report.findings if f.code == "BOI003"]) == 8
    assert [str(err) for err in report.errors] == [
        "a checking process was killed (out of memory?); checked in one process"
    ]
