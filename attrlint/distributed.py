"""Archive audits on a Dask cluster: `attrlint check --dask ADDRESS` (the `dask` extra).

The drafts are found here, cut into runs of consecutive drafts, and each run is checked by a
worker with a `Run` of its own (`lint_each`, as a `--jobs` worker checks), so each draft is checked
under the config nearest it. Each draft's report comes back in the order the drafts were found,
and is printed as a serial run prints it: the output is byte for byte the same.

`--dask local` starts a `LocalCluster` on this machine (one single-threaded worker process per
job); any other value is the address of a running scheduler (`tcp://host:8786`). Workers read the
drafts and configs by the paths as given, so on a cluster run attrlint from a folder the workers
see at the same path (a shared file system), with the same attrlint installed on them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from attrlint.errors import AttrlintError
from attrlint.report import Report
from attrlint.run import Options, Run, lint_each

LOCAL = "local"
DRAFTS_PER_TASK = 25  # enough work per task to outweigh scheduling it (a few milliseconds)


def checked_on_dask(
    options: Options, found: list[Path | str | AttrlintError], address: str, jobs: int, keep_documents: bool
) -> Iterator[Report]:
    """A report for each draft found (or for each error the walk met), in the order a serial run checks
    them, as the cluster's tasks come back: what `parallel.checked_drafts` gives, on a cluster.

    The client connects now, so an unreachable scheduler is an AttrlintError here, not mid-run."""
    drafts = [str(item) for item in found if not isinstance(item, AttrlintError)]
    if "-" in drafts:
        raise AttrlintError("standard input cannot be sent to a Dask cluster; check it without --dask")
    stack = ExitStack()
    client = stack.enter_context(_client(address, jobs))
    return _in_order(stack, client, options, found, drafts, keep_documents)


def _in_order(
    stack: ExitStack, client: Any, options: Options, found: list, drafts: list[str], keep_documents: bool
) -> Iterator[Report]:
    with stack:  # closing the iterator (Ctrl-C) closes the client, and a local cluster with it
        tasks = [drafts[start : start + DRAFTS_PER_TASK] for start in range(0, len(drafts), DRAFTS_PER_TASK)]
        futures = client.map(_lint_task, tasks, options=options, keep_documents=keep_documents, pure=False)
        reports = (report for future in futures for report in future.result())
        for item in found:
            yield Report(errors=[item]) if isinstance(item, AttrlintError) else next(reports)


def _lint_task(drafts: list[str], options: Options, keep_documents: bool) -> list[Report]:
    """One task on a worker: each of some consecutive drafts' reports, from a run of its own."""
    return list(lint_each(Run(options), drafts, keep_documents))


@contextmanager
def _client(address: str, jobs: int) -> Iterator:
    """A client of the cluster at `address`, or of a LocalCluster of `jobs` workers started here."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise AttrlintError("--dask needs the dask extra: pip install 'attrlint[dask]'") from None
    if address == LOCAL:
        # A worker's own log is no finding and no error of the run (a task's error reaches the client), and at
        # shutdown a worker may log an ERROR when its heartbeat meets the scheduler already gone: the run's
        # stderr must be the serial run's, so the workers log only what is CRITICAL.
        cluster = LocalCluster(
            n_workers=jobs,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="10s")
    except OSError as err:
        raise AttrlintError(f"cannot reach the Dask scheduler at {address}: {err}") from None
    with client:
        yield client
