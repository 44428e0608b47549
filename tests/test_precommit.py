"""End to end: the real pre-commit runs this project's attrlint hook on a throw-away git repository.

The hook comes from a snapshot of this checkout: every tracked file as it is on disk now, committed to a
temporary repository. The test therefore checks the code being edited; in CI's fresh clone that is HEAD.
(`pre-commit try-repo` does the same for a checkout with uncommitted changes, but its shadow repository has a
new path on every call, so pre-commit would build a new hook environment for each of the three runs.)

The first run builds the hook's environment: a virtualenv into which pip installs attrlint and its
dependencies from PyPI. That takes most of the test's time (about 6 s of 7-8 s here), so the three runs share one
PRE_COMMIT_HOME. The test runs by default, and CI runs it. Deselect it with
`pytest -k "not pre_commit"` or `pytest --deselect tests/test_precommit.py`.

Isolation: pre-commit's store, virtualenv's app data and git's configuration all point under pytest's tmp
folders. Git reads neither the user's global nor the system config (GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM),
and the throw-away repository sets its own user name and email. pip still reads its usual configuration and
cache, so that a mirror or proxy configured for pip keeps working.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[dev]' installs it)")

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# The first run installs the hook's environment from PyPI; be generous.
RUN_TIMEOUT = 900

REPORTING = "The city council voted 7-2 on Tuesday to add bus lanes on Harbor Street, the mayor's office said.\n"
MORE_REPORTING = "Work on the lanes is due to begin in March, Transport Director Ana Ruiz said at the meeting.\n"
AD_LINE = "Advertisement\n"
SUPPRESSED_AD_LINE = "Advertisement <!-- attrlint: disable-line BOI003 -->\n"


def draft(middle: str) -> str:
    """The story, with `middle` (an ad label, or nothing) between its two paragraphs of reporting."""
    return f"# Council approves new bus lanes\n\n{REPORTING}\n{middle}\n{MORE_REPORTING}"


def _clean_environ() -> dict[str, str]:
    """os.environ without the variables that would point git or pre-commit somewhere else (set, say, when
    the tests themselves run inside a git hook)."""
    return {
        key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "PRE_COMMIT")) and key != "SKIP"
    }


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, f"git {' '.join(args)} failed in {cwd}:\n{result.stdout}{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def isolated_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment for git and pre-commit: one pre-commit store for the module, no global git config."""
    home = tmp_path_factory.mktemp("pre-commit-home")
    env = _clean_environ()
    env.update(
        PRE_COMMIT_HOME=str(home / "store"),
        VIRTUALENV_OVERRIDE_APP_DATA=str(home / "virtualenv-app-data"),
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        GIT_TERMINAL_PROMPT="0",
    )
    return env


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, isolated_env: dict[str, str]) -> tuple[Path, str]:
    """A git repository holding this checkout's tracked files as they are on disk, and its commit."""
    # Read the checkout with the user's own git config: a safe.directory entry there may be what lets git
    # read a checkout owned by another user. Only this read-only command sees that config.
    listed = _git("ls-files", "-z", cwd=PROJECT_ROOT, env=_clean_environ())
    snapshot = tmp_path_factory.mktemp("attrlint-hook-repo")
    for name in filter(None, listed.split("\0")):
        source = PROJECT_ROOT / name
        if source.is_symlink() or source.is_file():  # a tracked file deleted on disk stays out
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target, follow_symlinks=False)
    assert (snapshot / ".pre-commit-hooks.yaml").is_file(), "the checkout does not track .pre-commit-hooks.yaml"
    identity = ["-c", "user.name=attrlint tests", "-c", "user.email=tests@attrlint.invalid"]
    _git("init", "-q", cwd=snapshot, env=isolated_env)
    _git("add", "-A", "--force", cwd=snapshot, env=isolated_env)  # --force: tracked here even if ignored
    _git(*identity, "commit", "-q", "--no-verify", "--no-gpg-sign", "-m", "snapshot", cwd=snapshot, env=isolated_env)
    return snapshot, _git("rev-parse", "HEAD", cwd=snapshot, env=isolated_env).strip()


@pytest.fixture
def newsroom_repo(tmp_path: Path, hook_repo: tuple[Path, str], isolated_env: dict[str, str]) -> Path:
    """A reporter's repository: the draft, and a .pre-commit-config.yaml that uses attrlint's hook."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    hook_path, rev = hook_repo
    _git("init", "-q", cwd=repo, env=isolated_env)
    _git("config", "user.name", "A Reporter", cwd=repo, env=isolated_env)
    _git("config", "user.email", "reporter@newsroom.invalid", cwd=repo, env=isolated_env)
    _git("config", "commit.gpgsign", "false", cwd=repo, env=isolated_env)
    (repo / ".pre-commit-config.yaml").write_text(
        # json.dumps quotes the path as a YAML string, whatever characters it holds
        f"repos:\n  - repo: {json.dumps(str(hook_path))}\n    rev: {rev}\n    hooks:\n      - id: attrlint\n",
        encoding="utf-8",
    )
    (repo / "story.md").write_text(draft(AD_LINE), encoding="utf-8")
    _git("add", "-A", cwd=repo, env=isolated_env)
    _git("commit", "-q", "--no-verify", "-m", "First draft", cwd=repo, env=isolated_env)
    return repo


def run_hook(repo: Path, env: dict[str, str]) -> tuple[int, str]:
    """`pre-commit run --files story.md` in repo: its exit code, and its output (stdout and stderr)."""
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--color=never", "--files", "story.md"],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    return result.returncode, result.stdout


def test_pre_commit_hook_fails_on_a_problem_then_passes_when_fixed_or_silenced(
    newsroom_repo: Path, isolated_env: dict[str, str]
) -> None:
    story = newsroom_repo / "story.md"

    code, output = run_hook(newsroom_repo, isolated_env)
    assert code == 1, f"the hook should fail on the ad label (exit {code}):\n{output}"
    assert "story.md" in output and "BOI003" in output, output
    assert (Path(isolated_env["PRE_COMMIT_HOME"]) / "db.db").is_file(), "pre-commit used another store"

    story.write_text(draft(""), encoding="utf-8")
    code, output = run_hook(newsroom_repo, isolated_env)
    assert code == 0, f"the hook should pass once the ad label is gone (exit {code}):\n{output}"
    assert "BOI003" not in output, output

    story.write_text(draft(SUPPRESSED_AD_LINE), encoding="utf-8")
    code, output = run_hook(newsroom_repo, isolated_env)
    assert code == 0, f"the hook should pass when the line carries a disable-line directive (exit {code}):\n{output}"
    assert "BOI003" not in output, output


# --- the README's two snippets, exactly as written ----------------------------------------------------------

README = PROJECT_ROOT / "README.md"


def readme_hook_snippets() -> list[str]:
    """The YAML blocks of the README's pre-commit section, as written."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### As a pre-commit hook") : text.index("### In CI")]
    blocks = section.split("```yaml\n")[1:]
    return [block[: block.index("```")] for block in blocks]


def newsroom_with(tmp_path: Path, config: str, env: dict[str, str]) -> Path:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git("init", "-q", cwd=repo, env=env)
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (repo / "story.md").write_text(draft(AD_LINE), encoding="utf-8")
    _git("add", "-A", cwd=repo, env=env)
    return repo


def test_the_readmes_local_hook_works_as_written(tmp_path: Path, isolated_env: dict[str, str]) -> None:
    local = next(snippet for snippet in readme_hook_snippets() if "repo: local" in snippet)
    env = dict(isolated_env, PATH=f"{Path(sys.executable).parent}{os.pathsep}{isolated_env.get('PATH', '')}")
    repo = newsroom_with(tmp_path, local, env)
    code, output = run_hook(repo, env)
    assert code == 1 and "BOI003" in output, output
    (repo / "story.md").write_text(draft(""), encoding="utf-8")
    assert run_hook(repo, env)[0] == 0


def test_the_readmes_hook_from_attrlints_repository_works_with_its_rev_as_written(
    tmp_path: Path, hook_repo: tuple[Path, str], isolated_env: dict[str, str]
) -> None:
    remote = next(snippet for snippet in readme_hook_snippets() if "rev:" in snippet)
    rev = next(line.split(":", 1)[1].strip() for line in remote.splitlines() if line.strip().startswith("rev:"))
    snapshot, _ = hook_repo
    _git("tag", "-f", rev, cwd=snapshot, env=isolated_env)
    config = remote.replace("URL-OF-ATTRLINT", json.dumps(str(snapshot)))
    repo = newsroom_with(tmp_path, config, isolated_env)
    code, output = run_hook(repo, isolated_env)
    assert code == 1 and "BOI003" in output, output
