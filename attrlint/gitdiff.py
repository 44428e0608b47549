"""Changed lines from git: which lines of which drafts differ from a base commit, to lint only those.

`changed_lines` reads `git diff --unified=0` from the merge base of the ref and HEAD (as
`git diff REF...HEAD` does, so a line fixed on the ref's branch after this one started is not
blamed on this one) to the working tree (tracked files, staged or not), following renames, and
counts every line of untracked, not-ignored files as changed. Keys are the paths as the caller
named them (a file inside a named folder is the folder's name joined with the rest), so they match
the `Finding.path` values a lint of the same paths produces.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from attrlint.errors import ConfigError
from attrlint.finding import Finding

Changed = dict[str, set[int]]

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}
_DIFF_OPTIONS = (
    "--unified=0",
    "--find-renames",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
)


def run_git(args: list[str], cwd: Path | None) -> str:
    """Git's standard output; ConfigError with git's own message when git fails or is missing."""
    try:
        done = subprocess.run(["git", "--literal-pathspecs", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise ConfigError("git is not installed (or not on PATH); it is needed to find changed lines") from None
    if done.returncode != 0:
        message = os.fsdecode(done.stderr).strip() or f"exit status {done.returncode}"
        raise ConfigError(f"git {args[0]} failed: {message}")
    return os.fsdecode(done.stdout)


def unquote(name: str) -> str:
    """A path as git prints it, with C-style quoting ("a\\tb", octal UTF-8 bytes) undone."""
    if not (len(name) >= 2 and name.startswith('"') and name.endswith('"')):
        return name
    out, chars, i = bytearray(), name[1:-1], 0
    while i < len(chars):
        if chars[i] != "\\":
            out += os.fsencode(chars[i])
            i += 1
        elif chars[i + 1 : i + 4].isdigit():
            out.append(int(chars[i + 1 : i + 4], 8))
            i += 4
        else:
            out.append(_ESCAPES.get(chars[i + 1], ord(chars[i + 1])))
            i += 2
    return os.fsdecode(bytes(out))


def _new_path(line: str) -> str | None:
    """The repository-relative path on a `+++ b/path` line; None for `+++ /dev/null` (a deleted file)."""
    name = unquote(line[4:].rstrip("\t"))  # git appends a tab when a name holds a space
    return name[2:] if name.startswith("b/") else None


def parse_diff(diff: str) -> Changed:
    """Changed line numbers in the new file, by repository-relative path, from a `--unified=0` diff."""
    changed: Changed = {}
    path: str | None = None
    in_header = False
    for line in diff.splitlines():
        if line.startswith("diff "):
            path, in_header = None, True
        elif in_header and line.startswith("+++ "):
            path = _new_path(line)
        elif (hunk := _HUNK.match(line)) and path is not None:
            in_header = False
            start, count = int(hunk[1]), int(hunk[2] or 1)
            changed.setdefault(path, set()).update(range(start, start + count))
        elif hunk:
            in_header = False
    return changed


def _line_count(path: Path) -> int:
    try:
        return len(path.read_bytes().splitlines())
    except OSError:
        return 0


def untracked(root: Path, paths: list[str], cwd: Path | None) -> Changed:
    """Every line of each untracked, not-ignored file under the paths, by repository-relative path."""
    listed = run_git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", *paths], cwd)
    names = [name for name in listed.split("\0") if name and not name.endswith("/")]
    return {name: set(range(1, _line_count(root / name) + 1)) for name in names}


def _absolute(path: Path) -> Path:
    """An absolute path with its folders' symlinks resolved (the file itself is left as named)."""
    path = Path(os.path.abspath(path))
    return path.parent.resolve() / path.name if path.name else path.resolve()


def caller_name(file: Path, named: list[tuple[str, Path]], base: Path) -> str:
    """The file's path as the caller would see it: a named file, inside a named folder, or relative to base."""
    for name, where in named:
        if file == where:
            return name
    for name, where in named:
        if file.is_relative_to(where):
            return str(Path(name) / file.relative_to(where))
    return str(file.relative_to(base)) if file.is_relative_to(base) else str(file)


def merge_base(base: str, cwd: Path | None) -> str:
    """The commit where HEAD's history met `base`'s: what a pull request's changes are counted from."""
    commit = run_git(["rev-parse", f"{base}^{{commit}}", "--"], cwd).split()[0]  # it echoes the "--"
    try:
        return run_git(["merge-base", commit, "HEAD"], cwd).strip()
    except ConfigError:
        raise ConfigError(f"'{base}' and HEAD share no history: nothing to diff against") from None


def _diff_pathspec(paths: list[str], cwd: Path | None) -> list[str]:
    """What the diff is limited to: the named folders, but not a named file, whose old name before a
    rename must be in the diff for git to pair the two (the lines of other files are never asked for)."""
    where = Path(cwd) if cwd is not None else Path.cwd()
    if any(not (where / name).is_dir() for name in paths):
        return []  # the whole repository: git diff reads it all, wherever it runs
    return paths


def changed_lines(base: str, paths: list[str], cwd: Path | None = None) -> Changed:
    """Lines changed since `base` (a commit, branch or tag) in the paths, keyed by the paths as named.

    Tracked files count the lines the working tree adds or changes against the merge base of `base`
    and HEAD (a renamed file only those changed since its old name's text); untracked files
    that git does not ignore count every line. A file with only deletions maps to an empty set.
    """
    if base.startswith("-"):
        raise ConfigError(f"not a git revision: '{base}'")
    root = Path(run_git(["rev-parse", "--show-toplevel"], cwd).strip())
    since = merge_base(base, cwd)
    changed = parse_diff(run_git(["diff", *_DIFF_OPTIONS, since, "--", *_diff_pathspec(paths, cwd)], cwd))
    changed.update(untracked(root, paths, cwd))
    where = _absolute(Path(cwd) if cwd is not None else Path.cwd())
    named = [(str(Path(name)), _absolute(where / name)) for name in paths]
    files = {rel: _absolute(root / rel) for rel in changed}
    return {
        caller_name(file, named, where): changed[rel]
        for rel, file in files.items()
        if not named or any(file == at or file.is_relative_to(at) for _, at in named)
    }


def only_changed(findings: Iterable[Finding], changed: Changed) -> list[Finding]:
    """The findings on a changed line of their file (a finding spanning lines counts if any of them changed)."""
    return [
        finding
        for finding in findings
        if not changed.get(finding.path, set()).isdisjoint(range(finding.line, finding.end_line + 1))
    ]
