"""Checking drafts in several processes, with the same report as a serial run."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from attrlint.errors import AttrlintError
from attrlint.linter import Report, find_drafts
from attrlint.run import Options, lint_serially

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


def _while_parent_lives(paths: list[str]) -> Iterator[str]:
    for path in paths:
        _end_if_orphaned()
        yield path


def _lint_share(options: Options, paths: list[str], keep_documents: bool) -> Report:
    """One worker's share of a parallel run: a run of its own over some of the drafts."""
    return lint_serially(options, _while_parent_lives(paths), keep_documents)


def lint_in_parallel(options: Options, paths: list[str], jobs: int, keep_documents: bool = False) -> Report:
    """Lint drafts in `jobs` processes; the report equals a serial run's (findings sorted, errors in file order).

    Below a few drafts, or with one job, the work is done here: starting processes costs more.
    A worker the system kills (out of memory) leaves the work to this process, with an error line
    rather than a traceback.
    """
    found = list(find_drafts(paths))
    drafts = [str(item) for item in found if not isinstance(item, AttrlintError)]
    if jobs <= 1 or len(drafts) < 4 * jobs or "-" in drafts:
        return lint_serially(options, paths, keep_documents)
    import concurrent.futures  # only a parallel run needs it
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    shares = [drafts[i::jobs] for i in range(jobs)]
    try:
        parent = None if multiprocessing.get_start_method() == "forkserver" else os.getpid()
        with concurrent.futures.ProcessPoolExecutor(jobs, initializer=_die_with_parent, initargs=(parent,)) as pool:
            reports = list(pool.map(_lint_share, [options] * jobs, shares, [keep_documents] * jobs))
    except BrokenProcessPool:
        report = lint_serially(options, paths, keep_documents)
        report.errors.insert(0, AttrlintError("a checking process was killed (out of memory?); checked in one process"))
        return report
    return merged_reports(reports, found)


def merged_reports(reports: list[Report], found: list[Path | str | AttrlintError]) -> Report:
    """One report from the workers', with the errors of the folder walk, in the order a serial run has."""
    merged = Report()
    order = {item.path if isinstance(item, AttrlintError) else str(item): i for i, item in enumerate(found)}
    merged.errors = [item for item in found if isinstance(item, AttrlintError)]
    for report in reports:
        merged.findings.extend(report.findings)
        merged.files += report.files
        merged.lines.update(report.lines)
        merged.documents.update(report.documents)
        merged.drafts.update(report.drafts)
        for err in report.errors:
            merged.add_error(err)
    merged.errors.sort(key=lambda err: order.get(err.path or "", len(order)))
    merged.documents = dict(sorted(merged.documents.items(), key=lambda item: order.get(item[0], len(order))))
    merged.drafts = dict(sorted(merged.drafts.items(), key=lambda item: order.get(item[0], len(order))))
    return merged
