"""Changed lines from git diff, mapped back to the caller's paths, and findings kept only on them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from attrlint.errors import ConfigError
from attrlint.finding import Finding, Severity
from attrlint.gitdiff import changed_lines, only_changed, parse_diff, unquote

DRAFT = "".join(f"Line {n}.\n" for n in range(1, 11))


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture(autouse=True)
def hermetic_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No user or system git config, no inherited repository, and git's messages in English."""
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("LC_ALL", "C")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repo with two committed drafts; then lines 3 and 7-8 of one are edited, a line appended to the other."""
    root = tmp_path / "repo"
    (root / "drafts").mkdir(parents=True)
    (root / "drafts" / "story.md").write_text(DRAFT, encoding="utf-8")
    (root / "drafts" / "other.md").write_text("Kept.\nRemoved.\n", encoding="utf-8")
    (root / "notes.txt").write_text("unchanged\n", encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "drafts")
    lines = DRAFT.splitlines(keepends=True)
    lines[2], lines[6], lines[7] = "Line three.\n", "Line seven.\n", "Line eight.\n"
    (root / "drafts" / "story.md").write_text("".join(lines), encoding="utf-8")
    (root / "drafts" / "other.md").write_text("Kept.\n", encoding="utf-8")
    (root / "drafts" / "new.md").write_text("Fresh.\nAlso fresh.\n", encoding="utf-8")
    return root


def finding(path: str, line: int, end_line: int | None = None) -> Finding:
    return Finding(path, line, 1, end_line or line, 2, "ATT001", "rule", Severity.WARNING, "message")


def test_changed_and_untracked_lines_keyed_as_named(repo: Path) -> None:
    changed = changed_lines("HEAD", ["drafts"], cwd=repo)
    assert changed == {"drafts/story.md": {3, 7, 8}, "drafts/other.md": set(), "drafts/new.md": {1, 2}}


def test_a_named_file_keeps_its_spelling(repo: Path) -> None:
    changed = changed_lines("HEAD", ["./drafts/story.md"], cwd=repo)
    assert changed == {"drafts/story.md": {3, 7, 8}}
    absolute = str(repo / "drafts" / "story.md")
    assert changed_lines("HEAD", [absolute], cwd=repo) == {absolute: {3, 7, 8}}


def test_paths_from_a_subfolder_map_back_from_the_repository_root(repo: Path) -> None:
    changed = changed_lines("HEAD", ["story.md", "new.md"], cwd=repo / "drafts")
    assert changed == {"story.md": {3, 7, 8}, "new.md": {1, 2}}


def test_staged_changes_count_and_other_paths_are_left_out(repo: Path) -> None:
    (repo / "notes.txt").write_text("changed\n", encoding="utf-8")
    git(repo, "add", "notes.txt")
    assert changed_lines("HEAD", ["notes.txt"], cwd=repo) == {"notes.txt": {1}}
    assert "notes.txt" not in changed_lines("HEAD", ["drafts"], cwd=repo)


def test_only_changed_keeps_findings_on_changed_lines(repo: Path) -> None:
    changed = changed_lines("HEAD", ["drafts"], cwd=repo)
    findings = [
        finding("drafts/story.md", 2),
        finding("drafts/story.md", 3),
        finding("drafts/story.md", 5, 7),  # spans into a changed line
        finding("drafts/story.md", 9),
        finding("drafts/other.md", 1),
        finding("drafts/new.md", 2),
        finding("elsewhere.md", 3),
    ]
    kept = only_changed(findings, changed)
    assert kept == [findings[1], findings[2], findings[5]]


def test_unknown_ref_raises_with_gits_message(repo: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        changed_lines("no-such-branch", ["drafts"], cwd=repo)
    assert "no-such-branch" in str(caught.value)
    assert "bad revision" in str(caught.value) or "unknown revision" in str(caught.value)


def test_outside_a_repository_raises_with_gits_message(tmp_path: Path) -> None:
    (tmp_path / "plain").mkdir()
    with pytest.raises(ConfigError, match="not a git repository"):
        changed_lines("HEAD", [], cwd=tmp_path / "plain")


def test_an_option_is_not_a_revision(repo: Path) -> None:
    with pytest.raises(ConfigError, match="not a git revision"):
        changed_lines("--stat", [], cwd=repo)


def test_parse_diff_reads_hunks_and_skips_lookalike_lines() -> None:
    diff = "\n".join(
        [
            'diff --git "a/caf\\303\\251 notes.md" "b/caf\\303\\251 notes.md"',
            '--- "a/caf\\303\\251 notes.md"',
            '+++ "b/caf\\303\\251 notes.md"',
            "@@ -2 +2,2 @@",
            "--- a removed line that looks like a header",
            "+++ b/an added line that looks like a header",
            "+second",
            "@@ -9,0 +11 @@ context",
            "+added",
            "diff --git a/gone.md b/gone.md",
            "--- a/gone.md",
            "+++ /dev/null",
            "@@ -1,3 +0,0 @@",
            "-x",
            "diff --git a/sp ace.md b/sp ace.md",
            "--- a/sp ace.md\t",
            "+++ b/sp ace.md\t",
            "@@ -4 +3,0 @@",
        ]
    )
    assert parse_diff(diff) == {"café notes.md": {2, 3, 11}, "sp ace.md": set()}


def test_unquote() -> None:
    assert unquote("plain.md") == "plain.md"
    assert unquote('"tab\\there \\"q\\" \\\\ \\303\\251.md"') == 'tab\there "q" \\ é.md'


def test_a_line_fixed_on_the_base_branch_after_the_branch_started_is_not_blamed_on_it(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "feature")
    git(repo, "commit", "-qam", "the branch's edits")
    git(repo, "checkout", "-q", "-")
    lines = DRAFT.splitlines(keepends=True)
    lines[0] = "Line one, fixed on the base branch.\n"
    (repo / "drafts" / "story.md").write_text("".join(lines), encoding="utf-8")
    git(repo, "commit", "-qam", "a fix on the base branch")
    base = subprocess.run(["git", "branch", "--show-current"], cwd=repo, capture_output=True, text=True).stdout.strip()
    git(repo, "checkout", "-q", "feature")
    assert changed_lines(base, ["drafts/story.md"], cwd=repo) == {"drafts/story.md": {3, 7, 8}}


def test_a_renamed_file_named_alone_counts_only_the_lines_changed_since_the_rename(repo: Path) -> None:
    git(repo, "checkout", "-q", "--", ".")
    git(repo, "mv", "drafts/story.md", "drafts/renamed.md")
    lines = DRAFT.splitlines(keepends=True)
    lines[4] = "Line five, edited after the move.\n"
    (repo / "drafts" / "renamed.md").write_text("".join(lines), encoding="utf-8")
    assert changed_lines("HEAD", ["drafts/renamed.md"], cwd=repo) == {"drafts/renamed.md": {5}}
    assert changed_lines("HEAD", ["renamed.md"], cwd=repo / "drafts") == {"renamed.md": {5}}


def test_refs_with_no_common_history_are_an_error(repo: Path) -> None:
    root_commit = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit-tree", "HEAD^{tree}", "-m", "x"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    git(repo, "branch", "unrelated", root_commit)
    with pytest.raises(ConfigError, match="share no history"):
        changed_lines("unrelated", ["drafts"], cwd=repo)
