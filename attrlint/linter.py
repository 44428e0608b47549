"""The per-draft loop: read each draft, check it with the rule set of its config, keep what was found."""

from __future__ import annotations

import errno
import gc
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from attrlint.document import Document
from attrlint.errors import AttrlintError, InputError
from attrlint.finding import Finding
from attrlint.inputs import draft_suffixes

if TYPE_CHECKING:
    from attrlint.run import Run
    from attrlint.sheets import DraftSheets


@dataclass
class Report:
    """What a run found: findings, and errors that stopped a file or rule but not the run."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[AttrlintError] = field(default_factory=list)
    files: int = 0
    lines: dict[tuple[str, int], str] = field(default_factory=dict)  # (path, line) -> its text, for each finding
    documents: dict[str, Document] = field(default_factory=dict)  # drafts with findings, kept for a fix only
    drafts: dict[str, DraftSheets] = field(default_factory=dict)  # each draft's text and sheets, if asked

    def source_line(self, path: str, line: int) -> str:
        return self.lines[path, line]

    def add_error(self, err: AttrlintError) -> None:
        """Record an error once, however many drafts meet it (a broken config, a broken rule)."""
        if str(err) not in {str(known) for known in self.errors}:
            self.errors.append(err)


def find_drafts(paths: Iterable[str]) -> Iterator[Path | str | InputError]:
    """Each file named, and the drafts (.md, .markdown, .txt) in each folder, each once; hidden
    folders skipped. A folder that cannot be read is yielded as the InputError that says so."""
    seen: set[str] = set()
    for name in paths:
        if name == "-":
            yield name
            continue
        for found in _files_under(Path(name)):
            if isinstance(found, InputError):
                yield found
                continue
            resolved = os.path.realpath(found)  # never raises, even on a symlink loop
            if resolved not in seen:
                seen.add(resolved)
                yield found


def _files_under(path: Path) -> list[Path | InputError]:
    """The path itself if it is not a folder, else the drafts under it and the errors met, in order."""
    if not os.path.isdir(path):
        return [path]
    found: list[Path | InputError] = []
    suffixes = draft_suffixes()
    for folder, folders, names in os.walk(path, onerror=lambda err: found.append(_unreadable(err, err.filename))):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                draft = _draft_or_error(Path(folder, name))
                if draft is not None:
                    found.append(draft)
    return sorted(found, key=lambda item: Path(item.path or "") if isinstance(item, InputError) else item)


def _draft_or_error(path: Path) -> Path | InputError | None:
    """A file met in a folder: a regular file is a draft; a FIFO, a dangling link or a loop is passed over."""
    try:
        return path if stat.S_ISREG(os.stat(path).st_mode) else None
    except OSError as err:
        return None if err.errno in (errno.ENOENT, errno.ELOOP) else _unreadable(err, path)


_WHY_UNREADABLE = {
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "no such file or folder",
    errno.ELOOP: "symbolic link loop",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


def _unreadable(err: OSError, path: Path | str) -> InputError:
    return InputError(_WHY_UNREADABLE.get(err.errno or 0, f"cannot read: {err.strerror}"), str(Path(path)))


def require_regular_file(path: Path | str) -> None:
    """Raise InputError unless the path names a regular file (through any symlinks): reading a
    FIFO waits for a writer forever, a device may never end, and a symlink loop or a folder that
    may not be searched cannot be read at all."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise _unreadable(err, path) from None
    if not stat.S_ISREG(mode):
        raise InputError("not a regular file", str(path))


def lint_drafts(run: Run, paths: Iterable[str], keep_documents: bool = False) -> Report:
    """Check every draft under the paths with its own config's rule set; `keep_documents` keeps
    each draft with findings whole, for a fix."""
    report = Report()
    for path in find_drafts(paths):
        _lint_one(run, path, report, keep_documents)
    return report


def lint_each(run: Run, found: Iterable[Path | str | InputError], keep_documents: bool = False) -> Iterator[Report]:
    """A report for each draft `find_drafts` found (or for the error it met), in that order: what a
    run prints as it goes."""
    for path in found:
        report = Report()
        _lint_one(run, path, report, keep_documents)
        yield report


def _lint_one(run: Run, path: Path | str | InputError, report: Report, keep_documents: bool) -> None:
    """Check one draft `find_drafts` found into the report, or report the error it met instead."""
    if isinstance(path, InputError):
        report.errors.append(path)
        return
    try:
        rule_set = run.rule_set_to_read(path)
    except InputError as err:
        report.errors.append(err)
        return
    for err in run.take_errors():
        report.add_error(err)
    if rule_set is None:
        return
    try:
        with _cycle_collector_paused():
            doc = run.read(path)
            analyses = rule_set.analyses(doc)  # made as asked: a draft read from the cache makes none
            findings, errors = run.lint(rule_set, doc, analyses)
            if run.options.sheets:
                from attrlint.sheets import draft_sheets  # only the formats that show sheets ask

                report.drafts[doc.path] = draft_sheets(doc, analyses)
    except InputError as err:
        report.errors.append(err)
        return
    except MemoryError:
        report.errors.append(InputError("not checked: ran out of memory", str(path)))
        return
    report.files += 1
    for line in {finding.line for finding in findings}:  # once a line: a one-line draft can hold thousands
        report.lines[doc.path, line] = doc.line_text(line)
    if keep_documents and (findings or path == "-"):  # standard input is printed back, fixed or not
        report.documents[doc.path] = doc
    report.findings.extend(findings)
    report.errors.extend(errors)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while one draft is checked.

    Checking makes many small objects and few reference cycles, and the collector walks all of
    them again each time enough new ones pile up: on a 50 MB draft that cost a tenth of the time
    and made it grow faster than the text. The cycles left are collected once it is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
