"""The result cache: unchanged drafts are not checked again, and the output is the same either way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint.cli import main
from attrlint.ruleset import RuleSet

DRAFT = (
    "The council met on Monday to vote on the pier, the clerk said.\n\n"
    "Advertisement\n\n"
    "\u201cWe will build it, said the mayor, Ines Kato.\n\n"
    "Reportedly, the work starts in May.\n"
)


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("ATTRLINT_NO_CACHE")
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "stories"
    folder.mkdir()
    for number in range(3):
        (folder / f"story{number}.txt").write_text(DRAFT.replace("Monday", f"day {number}"), encoding="utf-8")
    return folder


def check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--jobs", "1", *args])
    return result.exit_code, result.stdout


def refuse_to_lint(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(self: RuleSet, doc: object, analyses: object = None) -> None:
        raise AssertionError(f"checked again: {doc}")

    monkeypatch.setattr(RuleSet, "lint", fail)


def test_a_second_run_reads_every_unchanged_draft_from_the_cache(drafts: Path, monkeypatch) -> None:
    cold = check("--format", "json", str(drafts))
    assert cold[0] == 1 and (drafts.parent / ".attrlint_cache" / ".gitignore").exists()
    refuse_to_lint(monkeypatch)
    assert check("--format", "json", str(drafts)) == cold
    assert check("--format", "text", str(drafts))[1].count("BOI003") == 3  # every format, from the cache


def test_the_cached_findings_equal_a_fresh_check_in_every_format(drafts: Path) -> None:
    for fmt in ("text", "concise", "json", "sarif", "junit", "github"):
        check("--format", fmt, str(drafts))
        assert check("--format", fmt, str(drafts)) == check("--no-cache", "--format", fmt, str(drafts))


def test_a_changed_draft_is_checked_again_and_the_others_are_not(drafts: Path, monkeypatch) -> None:
    check(str(drafts))
    changed = drafts / "story1.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Advertisement\n\n", ""), encoding="utf-8")
    real_lint = RuleSet.lint
    checked: list[str] = []

    def counting(self: RuleSet, doc, analyses=None):
        checked.append(Path(doc.path).name)
        return real_lint(self, doc, analyses)

    monkeypatch.setattr(RuleSet, "lint", counting)
    code, out = check("--format", "concise", str(drafts))
    assert checked == ["story1.txt"]
    assert out.count("BOI003") == 2 and "story1.txt:3:1: BOI003" not in out


def test_a_changed_rule_set_is_a_changed_key(drafts: Path) -> None:
    check(str(drafts))
    (drafts / ".attrlint.yaml").write_text("rules:\n  advertisement:\n    level: off\n", encoding="utf-8")
    assert "BOI003" not in check("--format", "concise", str(drafts))[1]
    assert "BOI003" not in check("--format", "concise", str(drafts))[1]  # and that result is kept apart


def test_no_cache_and_cache_dir(drafts: Path, tmp_path: Path) -> None:
    check("--no-cache", str(drafts))
    assert not (tmp_path / ".attrlint_cache").exists()
    check("--cache-dir", str(tmp_path / "elsewhere"), str(drafts))
    assert len(list((tmp_path / "elsewhere").glob("*/*"))) == 3


def test_a_broken_entry_is_a_miss_and_an_unwritable_cache_is_no_cache(drafts: Path, tmp_path: Path) -> None:
    fresh = check("--format", "json", str(drafts))
    for entry in (tmp_path / ".attrlint_cache").glob("*/*"):
        entry.write_text("[[1, 2", encoding="utf-8")
    assert check("--format", "json", str(drafts)) == fresh
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    assert check("--cache-dir", str(blocked / "cache"), "--format", "json", str(drafts)) == fresh


def test_fix_from_cached_findings_fixes_the_same(drafts: Path) -> None:
    check(str(drafts))
    check("--fix", str(drafts))
    assert all("Advertisement" not in path.read_text(encoding="utf-8") for path in drafts.glob("*.txt"))


def test_concurrent_runs_share_a_cache_safely(drafts: Path, tmp_path: Path) -> None:
    for number in range(3, 40):
        (drafts / f"story{number}.txt").write_text(DRAFT.replace("Monday", f"day {number}"), encoding="utf-8")
    command = [sys.executable, "-m", "attrlint", "check", "--format", "json", "--jobs", "2", str(drafts)]
    env = {key: value for key, value in __import__("os").environ.items() if key != "ATTRLINT_NO_CACHE"}
    runs = [subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE) for _ in range(4)]
    outputs = {run.communicate()[0] for run in runs}
    fresh = subprocess.run([*command, "--no-cache"], cwd=tmp_path, env=env, capture_output=True, check=False).stdout
    assert outputs == {fresh}
    assert not list((tmp_path / ".attrlint_cache").glob("*/.entry.*"))  # no temporary file left behind
