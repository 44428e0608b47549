"""Output for people and for large runs: the text format fits the terminal; a run prints findings as
drafts finish, shows a progress bar only on a terminal, and on Ctrl-C prints what it found and exits 130."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from attrlint.finding import Finding, Severity
from attrlint.output import Context, text

LONG = (
    "The council met on Tuesday evening in the old library to debate the harbour fees, which the board "
    "had raised twice since spring, and according to Hart, they permit the port to run a surplus this "
    "year while the ferry operators, who carry most of the island's visitors, say they will pass the cost on."
)


@pytest.mark.parametrize("width", [40, 60, 80, 200])
def test_text_fits_a_terminal_and_keeps_the_caret_under_the_problem(width: int) -> None:
    column = LONG.index("Hart") + 1
    item = Finding("a.md", 12, column, 12, column + 4, "ATT003", "vague-source", Severity.WARNING, "m")
    out = text.render_findings([item], Context(lambda path, line: LONG, width=width))
    _, shown_line, carets = out.splitlines()
    assert len(shown_line) <= width and len(carets) <= width
    assert shown_line[carets.index("^") :].startswith("Hart") and carets.count("^") == 4
    assert shown_line.startswith(" 12 | \u2026") and shown_line.endswith("\u2026")


def test_text_not_on_a_terminal_keeps_its_window_of_a_hundred_columns() -> None:
    column = LONG.index("Hart") + 1
    item = Finding("a.md", 12, column, 12, column + 4, "ATT003", "vague-source", Severity.WARNING, "m")
    shown_line = text.render_findings([item], Context(lambda path, line: LONG)).splitlines()[1]
    assert len(shown_line) == len(" 12 | ") + 100 + 2


STORY = "Harbour fees {n}\n\nThe board will reportedly raise fees in May.\n"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for n in range(2000):
        (folder / f"story{n:04d}.md").write_text(STORY.format(n=n), encoding="utf-8")
    return folder


def attrlint(*args: str) -> list[str]:
    return [sys.executable, "-m", "attrlint", "check", "--format", "concise", *args]


def as_at_a_terminal(*args: str) -> subprocess.Popen:
    """Start a run that Ctrl-C reaches, as it does a person's at a terminal. A command a shell starts in the
    background (`pytest &`, a CI step run so) inherits SIGINT ignored, and rightly ignores it then, so the
    run must not inherit this process's disposition."""
    return subprocess.Popen(
        attrlint(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def interrupt_once_printing(run: subprocess.Popen) -> bytes:
    """Wait for the run's first finding, then press Ctrl-C; the line read.

    The run cannot end first, however loaded the machine: nothing more is read from its output until
    the signal is sent, and its 2000 findings fill far more than the pipe holds, so it waits to write.
    """
    first = run.stdout.readline()  # printed as its draft finished, long before the run ends
    unread_room = fcntl.fcntl(run.stdout.fileno(), fcntl.F_GETPIPE_SZ) + io.DEFAULT_BUFFER_SIZE
    assert 2000 * len(first) > 2 * unread_room
    run.send_signal(signal.SIGINT)
    return first


def test_ctrl_c_prints_what_was_found_so_far_and_exits_130(archive: Path) -> None:
    run = as_at_a_terminal("--jobs", "1", str(archive))
    first = interrupt_once_printing(run)
    rest, err = run.communicate(timeout=60)
    assert run.returncode == 130
    assert first.startswith(f"{archive}/story0000.md:3:16: ATT003 ".encode())
    lines = [first, *rest.splitlines(keepends=True)]
    assert 1 <= len(lines) < 2000 and all(b": ATT003 " in line for line in lines)
    assert b"attrlint: interrupted after" in err and b"Traceback" not in err


def test_ctrl_c_in_a_parallel_run_leaves_no_traceback(archive: Path) -> None:
    run = as_at_a_terminal("--jobs", "2", str(archive))
    interrupt_once_printing(run)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130 and b"Traceback" not in err


def read_terminals(process: subprocess.Popen, masters: list[int], seconds: float) -> tuple[list[bytes], bytes | None]:
    """What each terminal shows until the process ends, and what the last one showed when the first
    finding appeared on the first."""
    start, at_first = time.monotonic(), None
    shown = {master: b"" for master in masters}
    open_ = list(masters)
    while open_ and time.monotonic() < start + seconds:
        ready, _, _ = select.select(open_, [], [], 0.1)
        for master in ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed: the process is gone
                chunk = b""
            if not chunk:
                open_.remove(master)
            shown[master] += chunk
        if at_first is None and b"ATT003" in shown[masters[0]]:
            at_first = shown[masters[-1]]
        if not ready and process.poll() is not None:
            break
    return [shown[master] for master in masters], at_first


def test_a_terminal_sees_a_progress_bar_and_the_first_finding_early(archive: Path) -> None:
    """The first finding shows while the bar is still short of the end, however loaded the machine: the
    run waits to write when the terminal is not read, long before its 2000 findings are all shown."""
    out_master, out_slave = pty.openpty()
    err_master, err_slave = pty.openpty()
    run = subprocess.Popen(attrlint("--jobs", "2", str(archive)), stdout=out_slave, stderr=err_slave)
    os.close(out_slave)
    os.close(err_slave)
    try:
        (shown, err), bar_at_first = read_terminals(run, [out_master, err_master], 300)
        run.wait(timeout=60)
    finally:
        run.kill()
        os.close(out_master)
        os.close(err_master)
    assert shown.count(b"ATT003") == 2000
    assert bar_at_first is not None and b"2000/2000" not in bar_at_first
    assert b"Checking" in err and b"2000/2000" in err


def test_no_progress_bar_when_the_output_is_redirected(archive: Path) -> None:
    done = subprocess.run(attrlint("--jobs", "2", str(archive)), capture_output=True, timeout=300, check=False)
    assert done.returncode == 1 and done.stdout.count(b"ATT003") == 2000
    assert done.stderr == b""
