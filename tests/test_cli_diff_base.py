"""`check --diff-base`: a pull request judged by what it changed, renames followed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint.cli import main

STORY = "Fees to rise\n\nThe board will reportedly meet.\n\nThe chair spoke on Monday.\n"


def git(repo: Path, *args: str) -> None:
    identity = ["-c", "user.name=Desk", "-c", "user.email=desk@example.org"]
    subprocess.run(["git", *identity, *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    Path("story.md").write_text(STORY, encoding="utf-8")
    git(tmp_path, "add", "story.md")
    git(tmp_path, "commit", "-qm", "first draft")
    return tmp_path


def concise(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--format", "concise", *args])
    return result.exit_code, result.stdout


def test_a_renamed_draft_named_on_the_command_line_keeps_its_old_findings_old(repo: Path) -> None:
    git(repo, "mv", "story.md", "renamed.md")
    Path("renamed.md").write_text(STORY + "\nAdvertisement\n", encoding="utf-8")
    code, out = concise("--diff-base", "HEAD", "renamed.md")
    assert code == 1
    assert out.startswith("renamed.md:7:1: BOI003 ") and out.count("\n") == 1


def test_a_fix_made_on_main_after_the_branch_started_is_not_blamed_on_the_branch(repo: Path) -> None:
    git(repo, "checkout", "-qb", "feature")
    Path("story.md").write_text(STORY + "\nA new paragraph.\n", encoding="utf-8")
    git(repo, "commit", "-qam", "the branch adds a paragraph")
    git(repo, "checkout", "-q", "main")
    Path("story.md").write_text(STORY.replace("will reportedly meet", "will meet"), encoding="utf-8")
    git(repo, "commit", "-qam", "main fixes the vague source")
    git(repo, "checkout", "-q", "feature")
    assert concise("--diff-base", "main", "story.md") == (0, "")
