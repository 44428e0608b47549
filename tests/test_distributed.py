"""`check --dask`: drafts checked on a Dask cluster give the output of a serial run, byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the --dask tests need the dask extra (in dev)")

DRAFT = (
    "The harbour board met on {day}, the clerk said.\n\n"
    "Advertisement\n\n"
    "\u201cWe will build it, said the chair, Ines Kato.\n\n"
    "Reportedly, the pier opens in May.\n"
)


def attrlint(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "attrlint", "check", "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("newsroom")
    for desk in ("metro", "sport"):
        for number in range(40):
            path = root / "stories" / desk / f"story{number:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(DRAFT.format(day=f"day {number}"), encoding="utf-8")
    (root / "stories" / "sport" / ".attrlint.yaml").write_text("ignore: [BOI]\n", encoding="utf-8")
    (root / "stories" / "metro" / "broken.txt").write_bytes(b"\x00\x01 binary")
    return root


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_local_cluster_gives_the_serial_output_byte_for_byte(newsroom: Path, fmt: str) -> None:
    serial = attrlint(newsroom, "--jobs", "1", "--format", fmt, "stories")
    on_dask = attrlint(newsroom, "--dask", "local", "--jobs", "2", "--format", fmt, "stories")
    assert serial.returncode == 2  # findings, and the binary file's error line
    assert (on_dask.returncode, on_dask.stdout, on_dask.stderr) == (serial.returncode, serial.stdout, serial.stderr)
    assert "BOI003" in serial.stdout and "sport/story00.txt:3" not in serial.stdout  # each desk's own config


def test_an_unreachable_scheduler_is_one_error_line(newsroom: Path) -> None:
    result = attrlint(newsroom, "--dask", "tcp://127.0.0.1:9", "stories")
    assert result.returncode == 2
    assert result.stderr.startswith("attrlint: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in result.stderr


def test_standard_input_is_not_sent_to_a_cluster(newsroom: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "attrlint", "check", "--dask", "local", "-"],
        cwd=newsroom,
        input="Advertisement\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "standard input cannot be sent to a Dask cluster" in result.stderr


def test_drafts_named_out_of_order_print_in_the_order_named(newsroom: Path) -> None:
    named = ["stories/metro/story07.txt", "stories/metro/story02.txt", "stories/metro/story05.txt"]
    serial = attrlint(newsroom, "--jobs", "1", "--format", "concise", *named)
    on_dask = attrlint(newsroom, "--dask", "local", "--jobs", "2", "--format", "concise", *named)
    assert on_dask.stdout == serial.stdout and serial.stdout.index("story07") < serial.stdout.index("story02")


WORKER_LOGS_AN_ERROR = """
import logging
from attrlint.distributed import LOCAL, _client
with _client(LOCAL, 1) as client:
    client.run(lambda: logging.getLogger("distributed.worker").error("heartbeat lost"))
"""


def test_a_local_clusters_worker_logs_stay_off_the_runs_stderr() -> None:
    # At shutdown a worker may log an ERROR when its heartbeat finds the scheduler gone; a run's stderr
    # must still be the serial run's, so what a worker logs below CRITICAL is not shown.
    run = subprocess.run(
        [sys.executable, "-c", WORKER_LOGS_AN_ERROR], capture_output=True, text=True, check=False, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert "heartbeat lost" not in run.stderr
