"""Hostile baselines, read and written: one clear error naming the file, never a traceback, a
hang or a device replaced by a file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint.baseline import load_baseline, write_baseline
from attrlint.cli import main
from attrlint.errors import ConfigError
from attrlint.finding import Finding, Severity

STORY = "The board will reportedly raise fees.\n"
INVALID = "not a valid attrlint baseline"


def finding(path: str = "story.md") -> Finding:
    return Finding(path, 1, 16, 1, 26, "ATT003", "vague-source", Severity.WARNING, "Vague")


def attrlint(*args: str, cwd: Path) -> tuple[int, str, str]:
    """attrlint in a process of its own, under a time limit: a baseline that blocks fails, not hangs."""
    done = subprocess.run([sys.executable, "-m", "attrlint", *args], cwd=cwd, capture_output=True, timeout=30)
    return done.returncode, done.stdout.decode(), done.stderr.decode()


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
        ('{"version": 1, "findings": [{"path": "a", "code": "X", "text": "t", "count": ' + "7" * 5_000 + "}]}", ""),
        ("{not json", "not valid JSON"),
    ],
)
def test_a_hostile_baseline_is_one_clear_error(tmp_path: Path, content: str, why: str) -> None:
    target = tmp_path / "baseline.json"
    target.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_baseline(target)
    assert caught.value.path == str(target) and caught.value.message.startswith(INVALID)
    assert why in caught.value.message


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_a_baseline_that_is_not_a_regular_file_is_not_read(tmp_path: Path, kind: str) -> None:
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    if kind == "dev-zero":
        os.symlink("/dev/zero", tmp_path / "baseline.json")
    else:
        os.mkfifo(tmp_path / "baseline.json")
    code, out, err = attrlint("check", "--baseline", "baseline.json", "story.md", cwd=tmp_path)
    assert code == 2 and "Traceback" not in err
    assert err == f"attrlint: error: baseline.json: {INVALID}: not a regular file\n"


def test_a_baseline_over_the_size_limit_is_not_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("attrlint.baseline.MAX_BYTES", 1_000)
    target = tmp_path / "baseline.json"
    target.write_text(json.dumps({"version": 1, "findings": [], "padding": "x" * 2_000}), encoding="utf-8")
    with pytest.raises(ConfigError, match=f"{INVALID}: over the 0.001 MB a baseline may be"):
        load_baseline(target)


def test_a_baseline_with_a_utf8_byte_order_mark_is_read(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    write_baseline(target, [finding()], lambda path, line: STORY.strip())
    target.write_bytes(b"\xef\xbb\xbf" + target.read_bytes())  # as Notepad saves it
    assert len(load_baseline(target)) == 1


def test_a_file_name_that_is_not_utf8_round_trips_through_a_baseline(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.md")
    target = tmp_path / "baseline.json"
    write_baseline(target, [finding(name)], lambda path, line: STORY.strip())
    target.read_bytes().decode("utf-8")  # the file is UTF-8
    assert load_baseline(target).filter([finding(name), finding("cafe.md")], lambda path, line: STORY.strip()) == [
        finding("cafe.md")
    ]


def test_the_cli_turns_a_hostile_baseline_into_one_error_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--baseline", "deep.json", "story.md"])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert result.stderr == f"attrlint: error: deep.json: {INVALID}: nested too deeply\n"


# Writing a baseline: only ever a regular file, through any symlinks to it.


def special_file(path: Path, kind: str) -> None:
    """A FIFO, or a character device like /dev/full (made here, so no real device is at stake)."""
    if kind == "fifo":
        os.mkfifo(path)
        return
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except PermissionError:
        pytest.skip("making a device needs root")


def write_baseline_to(target: str, cwd: Path) -> tuple[int, str, str]:
    (cwd / "story.md").write_text(STORY, encoding="utf-8")
    return attrlint("check", "--write-baseline", target, "story.md", cwd=cwd)


@pytest.mark.parametrize("kind", ["fifo", "device"])
@pytest.mark.parametrize("linked", [False, True])
def test_a_baseline_is_never_written_over_a_file_that_is_not_regular(tmp_path: Path, kind: str, linked: bool) -> None:
    special_file(tmp_path / "special", kind)
    if linked:
        os.symlink("special", tmp_path / "baseline.json")
    name = "baseline.json" if linked else "special"
    code, out, err = write_baseline_to(name, tmp_path)
    assert code == 2 and out == ""
    assert err == f"attrlint: error: {name}: cannot write baseline: not a regular file\n"
    mode = os.stat(tmp_path / "special").st_mode
    assert stat.S_ISFIFO(mode) if kind == "fifo" else stat.S_ISCHR(mode)
    assert sorted(os.listdir(tmp_path)) == sorted({"special", "story.md", name})  # no temp file left


@pytest.mark.parametrize("exists", [True, False])
def test_a_baseline_is_written_through_a_symlink_to_its_target(tmp_path: Path, exists: bool) -> None:
    (tmp_path / "kept").mkdir()
    if exists:
        (tmp_path / "kept" / "baseline.json").write_text("{}", encoding="utf-8")
    os.symlink("kept/baseline.json", tmp_path / "baseline.json")
    code, out, _ = write_baseline_to("baseline.json", tmp_path)
    assert code == 0 and out == "Wrote 1 finding(s) to baseline.json.\n"
    assert os.readlink(tmp_path / "baseline.json") == "kept/baseline.json"
    assert len(load_baseline(tmp_path / "kept" / "baseline.json")) == 1
    assert sorted(os.listdir(tmp_path / "kept")) == ["baseline.json"]


def test_a_baseline_that_cannot_be_written_says_so_and_claims_nothing(tmp_path: Path) -> None:
    code, out, err = write_baseline_to("missing/baseline.json", tmp_path)
    assert code == 2 and out == ""
    assert err == "attrlint: error: missing/baseline.json: cannot write baseline: No such file or directory\n"


def test_a_baseline_is_written_even_when_a_draft_could_not_be_read(tmp_path: Path) -> None:
    (tmp_path / "binary.md").write_bytes(b"\x00")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    code, out, err = attrlint("check", "--write-baseline", "b.json", "story.md", "binary.md", cwd=tmp_path)
    assert code == 2 and out == "Wrote 1 finding(s) to b.json.\n"
    assert err.startswith("attrlint: error: binary.md: binary file")


def test_a_baseline_is_not_written_when_the_old_one_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "old.json").write_text("[" * 100_000, encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    args = ("check", "--baseline", "old.json", "--write-baseline", "new.json", "story.md")
    code, out, err = attrlint(*args, cwd=tmp_path)
    assert code == 2 and out == "" and not (tmp_path / "new.json").exists()
    assert err == f"attrlint: error: old.json: {INVALID}: nested too deeply\n"


def test_a_huge_sparse_baseline_is_refused_before_it_is_read(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    with open(target, "wb") as huge:
        huge.truncate(200_000_000)  # 200 MB of nothing, without writing it
    with pytest.raises(ConfigError, match=f"{INVALID}: over the 100 MB a baseline may be"):
        load_baseline(target)


def test_reading_a_small_baseline_sets_no_large_buffer_aside(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    target.write_text('{"version": 1, "findings": []}', encoding="utf-8")
    tracemalloc.start()
    try:
        load_baseline(target)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000
