"""Baselines: record today's findings so that later runs report only new ones.

A baseline entry names a finding by its path (as given), its rule code and its own words with two
words either side (`attrlint.fingerprint`), never the line number: edits elsewhere that move a line,
or change other words of its paragraph, keep its findings old, and editing the words at the problem
makes its finding new. Each entry carries a count, so a third copy of a finding recorded twice is
new. A baseline of version 1, keyed on the whole line, is still read and matched as it was written.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from attrlint.errors import ConfigError
from attrlint.finding import Finding
from attrlint.fingerprint import key
from attrlint.smallfile import read_at_most

VERSION = 2
VERSIONS = (1, 2)  # 1: keyed on the whole line's text
MAX_BYTES = 100_000_000  # about 700,000 findings: a baseline past this is not one
INVALID = "not a valid attrlint baseline"
LineText = Callable[[str, int], str]
Key = tuple[str, str, str]  # path, code, normalised line text
_FIELDS = ("path", "code", "text")
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise(text: str) -> str:
    """The line with runs of whitespace made one space and the ends stripped."""
    return " ".join(text.split())


def finding_key(finding: Finding, line_text: LineText, version: int = VERSION) -> Key:
    if version == 1:
        return finding.path, finding.code, normalise(line_text(finding.path, finding.line))
    return key(finding, line_text)


def count_keys(findings: Iterable[Finding], line_text: LineText) -> Counter[Key]:
    return Counter(finding_key(finding, line_text) for finding in findings)


def to_json(counts: Counter[Key]) -> str:
    """The baseline as UTF-8 JSON text; the undecodable bytes of a file name (lone surrogates, which
    UTF-8 cannot hold) are written as JSON escapes, so the name reads back exactly as it was."""
    entries = [{"path": p, "code": c, "text": t, "count": n} for (p, c, t), n in sorted(counts.items())]
    text = json.dumps({"version": VERSION, "findings": entries}, indent=2, ensure_ascii=False)
    return _SURROGATE.sub(lambda lone: f"\\u{ord(lone.group()):04x}", text) + "\n"


def write_baseline(path: Path, findings: list[Finding], line_text: LineText) -> None:
    """Write the findings to `path` as a JSON baseline, atomically (a temp file, then os.replace).

    A symlink is written through: the file it leads to is replaced, the link kept. Anything but a
    regular file (a device, a FIFO, a folder) is left alone, with a ConfigError.
    """
    path = Path(path)
    _write_atomic(_regular_target(path), to_json(count_keys(findings, line_text)), path)


def _regular_target(path: Path) -> Path:
    """The file a write to `path` replaces: the path, or where its symlinks lead; a new file is fine."""
    target = Path(os.path.realpath(path))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as err:
        raise ConfigError(f"cannot write baseline: {err.strerror}", str(path)) from None
    if not stat.S_ISREG(mode):
        raise ConfigError("cannot write baseline: not a regular file", str(path))
    return target


def _write_atomic(path: Path, text: str, named: Path) -> None:
    """Write `path` by renaming a finished temp file beside it over it; errors name the path as given."""
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise ConfigError(f"cannot write baseline: {err.strerror}", str(named)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, _mode_for(path))
        os.replace(temp, path)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise ConfigError(f"cannot write baseline: {err.strerror}", str(named)) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The existing file's permissions, or rw-r--r-- (mkstemp's temp file is private)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


@dataclass
class Baseline:
    """Counts of recorded findings by (path, code, the words at the finding; or in version 1 its line)."""

    counts: Counter[Key] = field(default_factory=Counter)
    version: int = VERSION

    def __len__(self) -> int:
        return sum(self.counts.values())

    def filter(self, findings: list[Finding], line_text: LineText) -> list[Finding]:
        """The findings the baseline does not hold; each recorded copy excuses one finding."""
        left = Counter(self.counts)
        new: list[Finding] = []
        for finding in findings:
            found = finding_key(finding, line_text, self.version)
            if left[found] > 0:
                left[found] -= 1
            else:
                new.append(finding)
        return new


def load_baseline(path: Path) -> Baseline:
    """Read a baseline written by `write_baseline`.

    A missing, unreadable or broken file raises ConfigError carrying the file's path, so it reads
    `path: message`; whatever the file holds, reading it neither hangs nor runs out of memory.
    """
    path = Path(path)
    try:
        data = json.loads(_read_regular(path).decode("utf-8-sig"))
    except json.JSONDecodeError as err:
        raise ConfigError(f"{INVALID}: not valid JSON: {err.msg}", str(path), err.lineno) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{INVALID}: not UTF-8 text", str(path)) from None
    except RecursionError:
        raise ConfigError(f"{INVALID}: nested too deeply", str(path)) from None
    except ValueError:  # a number of thousands of digits
        raise ConfigError(f"{INVALID}: holds a number too long to read", str(path)) from None
    return Baseline(_parse(data, path), data["version"])


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES: a FIFO is not waited on, a device not read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ConfigError("baseline file not found", str(path)) from None
    except OSError as err:
        raise ConfigError(f"cannot read baseline file: {err.strerror}", str(path)) from None
    with os.fdopen(fd, "rb") as handle:
        facts = os.fstat(fd)
        if not stat.S_ISREG(facts.st_mode):
            raise ConfigError(f"{INVALID}: not a regular file", str(path))
        try:
            data = b"" if facts.st_size > MAX_BYTES else read_at_most(handle.read, MAX_BYTES)
        except OSError as err:
            raise ConfigError(f"cannot read baseline file: {err.strerror}", str(path)) from None
    if facts.st_size > MAX_BYTES or len(data) > MAX_BYTES:  # too large to start with, or grown since
        raise ConfigError(f"{INVALID}: over the {MAX_BYTES / 1e6:g} MB a baseline may be", str(path))
    return data


def _parse(data: object, path: Path) -> Counter[Key]:
    def broken(why: str) -> ConfigError:
        return ConfigError(f"{INVALID}: {why}", str(path))

    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise broken("expected an object with a 'findings' list")
    if data.get("version") not in VERSIONS:
        raise broken(f"unsupported version {data.get('version')!r} (expected {VERSION}, or 1)")
    counts: Counter[Key] = Counter()
    for index, entry in enumerate(data["findings"]):
        if not _valid_entry(entry):
            raise broken(f"entry {index + 1} needs string 'path', 'code', 'text' and a positive integer 'count'")
        counts[(entry["path"], entry["code"], entry["text"])] += entry["count"]
    return counts


def _valid_entry(entry: object) -> bool:
    if not isinstance(entry, dict) or not all(isinstance(entry.get(name), str) for name in _FIELDS):
        return False
    count = entry.get("count")
    return isinstance(count, int) and not isinstance(count, bool) and count > 0
