"""The result cache: a draft whose bytes, rule set and attrlint are unchanged is not checked again.

A CI gate on a large repository checks thousands of drafts of which a few changed. As ruff does,
attrlint keeps each draft's findings in `.attrlint_cache/` (in the folder it runs from, or
`--cache-dir`), under a key made of the draft's path and bytes, its rule set (every rule that runs,
with its options, and the analysis settings) and attrlint itself (its version and the size and
modification time of each of its modules and built-in rule files, so a changed install is a
changed key). The findings read back are the findings a check would make, fixes included.

Entries are written to a temporary file and renamed into place, so concurrent runs never read half
an entry; an entry that cannot be read is a miss, and a cache that cannot be written is no cache.
Results with an error (a rule skipped for a slow regex) are not kept: timing is not the draft's.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from attrlint import __version__
from attrlint.errors import AttrlintError
from attrlint.finding import Edit, Finding, Fix, Severity
from attrlint.ruleset import RuleSet

_FORMAT = 1  # the layout of an entry; a new one makes every old entry a miss
_PACKAGE = Path(__file__).resolve().parent


def installation_fingerprint() -> str:
    """attrlint's version and the size and modification time of each of its source and rule files."""
    import attrlint.rules  # the built-in packs: attrlint/rules when installed, the checkout's rules/ when editable

    rules = Path(attrlint.rules.__file__).resolve().parent
    files = sorted(_PACKAGE.glob("*.py")) + sorted(_PACKAGE.glob("*/*.py")) + sorted(rules.glob("*/*.yaml"))
    files.append(rules / "index.json")
    digest = hashlib.sha256(f"{__version__}:{_FORMAT}".encode())
    for path in files:
        info = path.stat()
        digest.update(f"{path.name}:{info.st_size}:{info.st_mtime_ns}".encode())
    return digest.hexdigest()


def rule_set_fingerprint(rule_set: RuleSet) -> str:
    """What decides a rule set's findings: each running rule's definition, and the shared settings."""
    rules = [
        (r.code, r.name, r.kind, int(r.level), r.message, r.options, r.fix, r.enabled, r.pack) for r in rule_set.rules
    ]
    text = json.dumps([rules, rule_set.settings], sort_keys=True, default=repr)
    return hashlib.sha256(text.encode()).hexdigest()


class ResultCache:
    """Findings by draft, in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._installation = installation_fingerprint()
        self._rule_sets: dict[int, str] = {}
        self._ready = False

    def key(self, rule_set: RuleSet, path: str, data: bytes, reading: str = "") -> str:
        """The key of a draft's findings: its path and bytes, how it was read (`--encoding`), its rules."""
        rules = self._rule_sets.get(id(rule_set))
        if rules is None:
            rules = self._rule_sets[id(rule_set)] = rule_set_fingerprint(rule_set)
        digest = hashlib.sha256(f"{self._installation}\0{rules}\0{path}\0{reading}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str, path: str) -> list[Finding] | None:
        """The findings kept under a key (for the draft at `path`), or None."""
        try:
            entry = json.loads((self.folder / key[:2] / key).read_text(encoding="utf-8"))
            return [_finding(path, item) for item in entry]
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            return None

    def put(self, key: str, findings: list[Finding], errors: list[AttrlintError]) -> None:
        if errors:
            return
        entry = json.dumps([_entry(finding) for finding in findings], ensure_ascii=False)
        try:
            folder = self._prepared() / key[:2]
            folder.mkdir(exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=folder, prefix=".entry.")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(entry)
            os.replace(temp, folder / key)
        except OSError:
            pass  # a read-only folder, a full disk: the run goes on uncached

    def _prepared(self) -> Path:
        """The cache folder, made once with a `.gitignore` so git never sees it (as ruff's)."""
        if not self._ready:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Made by attrlint: its result cache.\n*\n", encoding="utf-8")
            self._ready = True
        return self.folder


def _entry(finding: Finding) -> list:
    fix = None if finding.fix is None else [[list(edit) for edit in finding.fix.edits], finding.fix.applicability]
    return [
        finding.line, finding.column, finding.end_line, finding.end_column, finding.code, finding.name,
        int(finding.severity), finding.message, finding.suggestion, fix,
    ]  # fmt: skip


def _finding(path: str, item: list) -> Finding:
    *place, code, name, severity, message, suggestion, fix = item
    made = None if fix is None else Fix(tuple(Edit(*edit) for edit in fix[0]), fix[1])
    return Finding(path, *place, code, name, Severity(severity), message, suggestion, made)
