"""Hostile paths named as drafts or met in a folder: a FIFO, a device, a symlink loop, a folder that
may not be read. Each is one error line naming the path, exit 2, and the other drafts are checked.

These run attrlint in a process of its own: before the fixes a FIFO blocked forever, and a
time limit turns that into a failure instead of a hung suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from attrlint.inputs import find_drafts

STORY = "Harbour fees to rise\n\nThe board will reportedly raise fees in May.\n"
FOUND = "ATT003"


def unprivileged() -> list[str]:
    """A prefix that runs a command without the power to read what its mode forbids: root's
    capabilities to override file modes dropped (a user who is not root has none to drop)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("needs setpriv to check permissions as root")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def attrlint(*args: str, cwd: Path, prefix: list[str] | None = None) -> tuple[int, str, str]:
    command = [*(prefix or []), sys.executable, "-m", "attrlint", *args]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=30)
    return done.returncode, done.stdout, done.stderr


def error_lines(err: str) -> list[str]:
    assert "Traceback" not in err, err
    return err.splitlines()


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "good.md").write_text(STORY, encoding="utf-8")
    return tmp_path


@pytest.fixture
def locked(desk: Path):
    """A folder holding a draft, that its mode says no one may read or search."""
    folder = desk / "locked"
    folder.mkdir()
    (folder / "story.md").write_text(STORY, encoding="utf-8")
    folder.chmod(0)
    yield folder
    folder.chmod(0o755)


@pytest.mark.parametrize("command", ["check", "names", "sources"])
def test_a_fifo_named_as_a_draft_is_not_read(desk: Path, command: str) -> None:
    os.mkfifo(desk / "pipe.md")
    code, out, err = attrlint(command, "pipe.md", "good.md", cwd=desk)
    assert code == 2
    assert error_lines(err) == ["attrlint: error: pipe.md: not a regular file"]
    assert "good.md" in out


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_named_as_a_draft_is_not_read(desk: Path, device: str) -> None:
    code, out, err = attrlint("check", "--format", "concise", device, "good.md", cwd=desk)
    assert code == 2 and error_lines(err) == [f"attrlint: error: {device}: not a regular file"]
    assert FOUND in out


def test_a_symlink_loop_named_as_a_draft(desk: Path) -> None:
    os.symlink("loop.md", desk / "loop.md")
    code, out, err = attrlint("check", "--format", "concise", "loop.md", "good.md", cwd=desk)
    assert code == 2 and error_lines(err) == ["attrlint: error: loop.md: symbolic link loop"]
    assert FOUND in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_named_in_an_unreadable_folder(desk: Path, locked: Path, jobs: str) -> None:
    args = ("check", "--format", "concise", "--jobs", jobs, "locked/story.md", "good.md")
    code, out, err = attrlint(*args, cwd=desk, prefix=unprivileged())
    assert code == 2 and error_lines(err) == ["attrlint: error: locked/story.md: permission denied"]
    assert out.startswith("good.md:3:")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_unreadable_folder_met_in_a_walk_is_reported(desk: Path, locked: Path, jobs: str) -> None:
    for number in range(8):  # enough drafts for --jobs 2 to start workers
        (desk / f"more{number}.md").write_text(STORY, encoding="utf-8")
    code, out, err = attrlint("check", "--format", "concise", "--jobs", jobs, ".", cwd=desk, prefix=unprivileged())
    assert code == 2 and error_lines(err) == ["attrlint: error: locked: permission denied"]
    assert out.count(FOUND) == 9


def test_the_sheets_report_an_unreadable_folder(desk: Path, locked: Path) -> None:
    code, out, err = attrlint("names", ".", cwd=desk, prefix=unprivileged())
    assert code == 2 and error_lines(err) == ["attrlint: error: locked: permission denied"]
    assert "good.md: 0 people" in out


def test_discovery_yields_an_error_for_a_folder_it_cannot_read(desk: Path, monkeypatch) -> None:
    monkeypatch.chdir(desk)
    (desk / "locked").mkdir()
    real_scandir = os.scandir

    def refuse(path: object = "."):  # noqa: ANN202
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    found = [str(item) for item in find_drafts(["."])]
    assert found == ["good.md", "locked: permission denied"]
