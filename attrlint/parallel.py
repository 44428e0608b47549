"""Checking drafts in several processes, with the same report as a serial run."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from attrlint.errors import AttrlintError, InputError
from attrlint.inputs import find_drafts
from attrlint.report import Report
from attrlint.run import Options, Run, lint_each, nothing_checked_errors

_PR_SET_PDEATHSIG = 1  # prctl option, from <linux/prctl.h>
_parent: int | None = None  # in a worker, the process it works for


def _die_with_parent(parent: int | None) -> None:
    """A worker's initializer: end this worker when the process it works for ends.

    Else a worker whose main process was killed waits on a pipe no one will ever write to, for as
    long as the machine runs. On Linux the kernel ends it at once; elsewhere it ends itself
    before its next draft. `parent` is None when the workers come from a fork server.
    """
    global _parent
    _parent = parent or os.getppid()
    _ask_for_death_signal()
    _end_if_orphaned()  # the parent may have gone before the kernel was asked


def _ask_for_death_signal() -> None:
    """Have the kernel kill this process when its parent ends (Linux's prctl; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, ctypes.c_ulong(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # no prctl: the check between drafts remains


def _end_if_orphaned() -> None:
    if _parent is not None and os.getppid() != _parent:
        os._exit(1)


KILLED = "a checking process was killed (out of memory?); checked the rest in one process"
_worker: tuple[Run, bool] | None = None  # in a worker: its run, and whether to keep drafts whole


def _start_worker(parent: int | None, options: Options, keep_documents: bool) -> None:
    """A worker's initializer: die with the main process, leave Ctrl-C to it, and make a run of its own."""
    global _worker
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process stops the run and says what was found
    _worker = (Run(options), keep_documents)


def _check_one(path: str) -> Report:
    """One draft's report, in a worker."""
    _end_if_orphaned()
    assert _worker is not None
    run, keep_documents = _worker
    return next(lint_each(run, [path], keep_documents))


def checked_drafts(
    options: Options, found: list[Path | str | InputError], jobs: int, keep_documents: bool = False
) -> Iterator[Report]:
    """A report for each draft `find_drafts` found, or for each error it met, as each is checked, in
    the order a serial run checks them, in `jobs` processes where it pays.

    Below a few drafts, or with one job, the work is done here: starting processes costs more.
    A worker the system kills (out of memory) leaves the rest of the work to this process, with an
    error line rather than a traceback. Closing the iterator (Ctrl-C) drops the drafts not yet begun.
    """
    drafts = [str(item) for item in found if not isinstance(item, AttrlintError)]
    if jobs <= 1 or len(drafts) < 4 * jobs or "-" in drafts:
        yield from lint_each(Run(options), found, keep_documents)
        return
    import concurrent.futures  # only a parallel run needs it
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    parent = None if multiprocessing.get_start_method() == "forkserver" else os.getpid()
    setup = (parent, options, keep_documents)
    pool = concurrent.futures.ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=setup)
    try:
        results = pool.map(_check_one, drafts, chunksize=max(1, min(4, len(drafts) // (jobs * 32))))
        for item in found:
            yield Report(errors=[item]) if isinstance(item, AttrlintError) else next(results)
            done += 1
    except BrokenProcessPool:
        yield Report(errors=[AttrlintError(KILLED)])
        yield from lint_each(Run(options), found[done:], keep_documents)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def lint_in_parallel(options: Options, paths: list[str], jobs: int, keep_documents: bool = False) -> Report:
    """Lint drafts in `jobs` processes; the report equals a serial run's (errors in file order)."""
    merged = Report()
    for part in checked_drafts(options, list(find_drafts(paths)), jobs, keep_documents):
        merged.merge(part)
    if merged.files == 0:
        for err in nothing_checked_errors(options):
            merged.add_error(err)
    return merged
