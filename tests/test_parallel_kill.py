"""Killing the main process of a `--jobs` run takes its workers with it: none is left blocked on a pipe."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

STORY = "Harbour fees to rise\n\nThe board will reportedly raise fees in May, sources say.\n\n" * 200

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")


def descendants_of(ancestor: int) -> list[int]:
    """The live processes below `ancestor`: its workers, and theirs (a zombie is dead, waiting to be reaped)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            state, parent = _state_and_parent(int(entry.name))
            if state not in ("", "Z", "X"):
                parents[int(entry.name)] = parent
    found, frontier = [], [ancestor]
    while frontier:
        below = [pid for pid, parent in parents.items() if parent in frontier]
        found += below
        frontier = below
    return found


def alive(pid: int) -> bool:
    state, _ = _state_and_parent(pid)
    return state not in ("", "Z", "X")


def _state_and_parent(pid: int) -> tuple[str, int]:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return "", 0
    fields = stat.rsplit(")", 1)[1].split()  # the command name may hold spaces and parentheses
    return fields[0], int(fields[1])


def wait_for(condition, seconds: float) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_workers_die_with_the_main_process(tmp_path: Path) -> None:
    for number in range(60):
        (tmp_path / f"story{number:02d}.md").write_text(STORY, encoding="utf-8")
    command = [sys.executable, "-m", "attrlint", "check", "--jobs", "2", str(tmp_path)]
    main = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        assert wait_for(lambda: len(descendants_of(main.pid)) >= 2, 30), "no workers started"
        workers = descendants_of(main.pid)
        main.send_signal(signal.SIGKILL)
        main.wait(timeout=10)
        assert wait_for(lambda: not any(alive(pid) for pid in workers), 5), "workers outlived the main process"
    finally:
        main.kill()
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_without_the_kernels_help_a_worker_ends_itself_before_its_next_draft(monkeypatch) -> None:
    from attrlint import parallel

    def exit_now(code: int) -> None:
        raise SystemExit(code)

    monkeypatch.setattr(parallel, "_ask_for_death_signal", lambda: None)
    monkeypatch.setattr(parallel.os, "_exit", exit_now)
    monkeypatch.setattr(parallel, "_parent", None)  # as it was, once the test is over
    parallel._die_with_parent(os.getppid())  # started by the process it works for
    parallel._end_if_orphaned()  # still its parent's: goes on
    parallel._parent = os.getppid() + 1  # which has since ended
    with pytest.raises(SystemExit):
        parallel._end_if_orphaned()
