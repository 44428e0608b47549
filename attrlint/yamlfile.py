"""YAML loading that remembers the line of every key, so errors can say `path:line`.

Rule packs and configs are read on every run, and importing and running the YAML parser was a
tenth of attrlint's start-up. So each file's data and key lines are also kept as JSON in a
cache folder, and a run whose files are unchanged (the same text, compared in full) never
imports the parser. The cache is $ATTRLINT_CACHE_DIR (empty: no cache), else
$XDG_CACHE_HOME/attrlint, else ~/.cache/attrlint; where it cannot be read or written, files are
parsed as before and nothing is said.
"""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from attrlint.errors import AttrlintError

if TYPE_CHECKING:
    import yaml

KeyPath = tuple[object, ...]
CACHE_ENV = "ATTRLINT_CACHE_DIR"
_CACHE_FORMAT = 1  # raise when the entries' layout changes


@dataclass(frozen=True)
class Where:
    """A YAML file and the line of each key path in it, for error messages."""

    path: str
    lines: dict[KeyPath, int] = field(default_factory=dict)
    builtin: bool = False  # one of attrlint's own rule files, whose regexes the test suite compiles

    def line(self, *keys: object) -> int | None:
        """The line of the deepest known prefix of keys."""
        for depth in range(len(keys), -1, -1):
            if keys[:depth] in self.lines:
                return self.lines[keys[:depth]]
        return None

    def error(self, cls: type[AttrlintError], message: str, *keys: object) -> AttrlintError:
        return cls(message, self.path, self.line(*keys))


def _index(node: yaml.Node, at: KeyPath, lines: dict[KeyPath, int], seen: set[int]) -> bool:
    """Record the line of every key path; True where some node is reached again through an alias.

    Such a node is not walked again, so a file of nested aliases (a 'billion laughs') costs no
    more than its own size.
    """
    if id(node) in seen:
        return True
    seen.add(id(node))
    lines.setdefault(at, node.start_mark.line + 1)
    aliased = False
    if isinstance(node.value, list):
        for i, item in enumerate(node.value):
            if isinstance(item, tuple):  # a mapping's (key, value) pair
                key, value = item
                lines[at + (key.value,)] = key.start_mark.line + 1
                aliased |= _index(value, at + (key.value,), lines, seen)
            else:
                aliased |= _index(item, at + (i,), lines, seen)
    return aliased


def parse_yaml(text: str, path: str, error: type[AttrlintError]) -> tuple[object, Where, bool]:
    """The data in a YAML text, where each key stands, and whether it uses aliases.

    A syntax error raises `error` with its line.
    """
    import yaml  # here, not above: a run whose files are all cached never needs the parser

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml when present: 3x faster
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        context = getattr(err, "context", None) or ""
        if context.startswith("while scanning a quoted") and getattr(err, "context_mark", None):
            mark, problem = err.context_mark, "quoted string is never closed"
        raise error(f"invalid YAML: {problem}", path, mark.line + 1 if mark else None) from None
    finally:
        loader.dispose()
    lines: dict[KeyPath, int] = {}
    aliased = node is not None and _index(node, (), lines, set())
    return data, Where(path, lines), aliased


def load_yaml(path: Path, error: type[AttrlintError]) -> tuple[object, Where]:
    """A YAML file's data and key lines, from the cache when its text is unchanged."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise error(f"cannot read: {err}", str(path)) from None
    entry = _cache_entry(path)
    cached = _read_entry(entry, text) if entry is not None else None
    if cached is not None:
        data, lines = cached
        return data, Where(str(path), lines)
    data, where, aliased = parse_yaml(text, str(path), error)
    if entry is not None and not aliased:  # aliases would be written out in full: a bomb stays unparsed
        _write_entry(entry, text, data, where.lines)
    return data, where


def cache_dir() -> Path | None:
    given = os.environ.get(CACHE_ENV)
    if given is not None:
        return Path(given) if given else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "attrlint")


def _cache_entry(path: Path) -> Path | None:
    """The cache file for a YAML file: one per path, overwritten when the file changes."""
    folder = cache_dir()
    if folder is None:
        return None
    key = zlib.crc32(os.path.abspath(path).encode("utf-8", "surrogateescape"))
    return folder / f"yaml{_CACHE_FORMAT}-{key:08x}.json"


def _read_entry(entry: Path, text: str) -> tuple[object, dict[KeyPath, int]] | None:
    try:
        cached = json.loads(entry.read_text(encoding="utf-8"))
        if cached["text"] != text:
            return None
        return cached["data"], {tuple(keys): line for keys, line in cached["lines"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_entry(entry: Path, text: str, data: object, lines: dict[KeyPath, int]) -> None:
    """Keep a parse, unless JSON would change it (a date, a number as a mapping key)."""
    try:
        encoded = json.dumps({"text": text, "data": data, "lines": [[list(k), n] for k, n in lines.items()]})
        if json.loads(encoded)["data"] != data:
            return
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_name(f".{entry.name}.{os.getpid()}")
        temporary.write_text(encoded, encoding="utf-8")
        os.replace(temporary, entry)  # a reader sees the old entry or the new, never half of one
    except (OSError, TypeError, ValueError):
        return
