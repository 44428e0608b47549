"""Archive audits on a Dask cluster: `attrlint check --dask ADDRESS` (the `dask` extra).

The drafts are found here, cut into runs of consecutive drafts, and each run is checked by a
worker with a `Run` of its own (the same `lint_serially` a `--jobs` worker calls), so each draft
is checked under the config nearest it. The reports come back in the order the drafts were
found, and merge into the report a serial run makes: the output is byte for byte the same.

`--dask local` starts a `LocalCluster` on this machine (one single-threaded worker process per
job); any other value is the address of a running scheduler (`tcp://host:8786`). Workers read the
drafts and configs by the paths as given, so on a cluster run attrlint from a folder the workers
see at the same path (a shared file system), with the same attrlint installed on them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from attrlint.errors import AttrlintError
from attrlint.linter import Report, find_drafts
from attrlint.parallel import merged_reports
from attrlint.run import Options, lint_serially

LOCAL = "local"
DRAFTS_PER_TASK = 25  # enough work per task to outweigh scheduling it (a few milliseconds)


def lint_on_dask(options: Options, paths: list[str], address: str, jobs: int, keep_documents: bool) -> Report:
    """Check the drafts under the paths on a Dask cluster; the report equals a serial run's."""
    found = list(find_drafts(paths))
    drafts = [str(item) for item in found if not isinstance(item, AttrlintError)]
    if "-" in drafts:
        raise AttrlintError("standard input cannot be sent to a Dask cluster; check it without --dask")
    tasks = [drafts[start : start + DRAFTS_PER_TASK] for start in range(0, len(drafts), DRAFTS_PER_TASK)]
    with _client(address, jobs) as client:
        futures = client.map(_lint_task, tasks, options=options, keep_documents=keep_documents, pure=False)
        reports = client.gather(futures)
    return merged_reports(reports, found)


def _lint_task(drafts: list[str], options: Options, keep_documents: bool) -> Report:
    """One task on a worker: a run of its own over consecutive drafts."""
    return lint_serially(options, drafts, keep_documents)


@contextmanager
def _client(address: str, jobs: int) -> Iterator:
    """A client of the cluster at `address`, or of a LocalCluster of `jobs` workers started here."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise AttrlintError("--dask needs the dask extra: pip install 'attrlint[dask]'") from None
    if address == LOCAL:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="10s")
    except OSError as err:
        raise AttrlintError(f"cannot reach the Dask scheduler at {address}: {err}") from None
    with client:
        yield client
