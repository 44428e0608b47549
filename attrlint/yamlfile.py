"""YAML loading that remembers the line of every key, so errors can say `path:line`.

Importing and running the YAML parser was a tenth of attrlint's start-up, so the built-in packs
also ship parsed, as JSON (see `packindex.write_builtin_index`). A file whose text still has its
parsed entry's checksum is not parsed again; any other is, so a stale entry costs time, never
a wrong result. attrlint writes no file of its own while it runs.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from attrlint.errors import AttrlintError
from attrlint.smallfile import read_small_file

if TYPE_CHECKING:
    import yaml

KeyPath = tuple[object, ...]
ALIAS_BUDGET = 100_000  # values aliases may add when written out: a word list reused a few times, not a bomb
MAX_DEPTH = 50  # levels of nesting: a config or rule file needs six or so


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
    more than its own size. Nodes are told apart by their value (a mapping's is a list of pairs),
    so this module needs PyYAML only when it parses.
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


def _children(node: yaml.Node) -> list[yaml.Node]:
    """A node's keys and values (a mapping's value is a list of pairs), items, or nothing for a scalar."""
    if not isinstance(node.value, list):
        return []
    return [child for item in node.value for child in (item if isinstance(item, tuple) else (item,))]


def _written_out_sizes(root: yaml.Node, path: str, error: type[AttrlintError]) -> dict[int, int]:
    """How many values each node holds once every alias in it is written out, by node id.

    Walked without recursion, so nesting deeper than MAX_DEPTH is reported rather than crashing
    (an alias to a node it is inside, a cycle, is such nesting).
    """
    sizes: dict[int, int] = {}
    stack = [(root, 0, False)]
    while stack:
        node, depth, children_done = stack.pop()
        if id(node) in sizes:
            continue
        if depth > MAX_DEPTH:
            raise error(f"nested more than {MAX_DEPTH} levels deep", path, node.start_mark.line + 1)
        if children_done:
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in _children(node))
            continue
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in _children(node) if id(child) not in sizes)
    return sizes


def refuse_alias_bombs(root: yaml.Node, path: str, error: type[AttrlintError]) -> None:
    """Raise `error` before constructing a document whose aliases would write out to more than
    ALIAS_BUDGET values (a 'billion laughs': 9 lists of 9 aliases each to the one before), naming
    the line of the smallest node that does, or one nested too deeply."""
    sizes = _written_out_sizes(root, path, error)
    if sizes[id(root)] - len(sizes) <= ALIAS_BUDGET:
        return
    node = root
    while (larger := next((c for c in _children(node) if sizes[id(c)] > ALIAS_BUDGET), None)) is not None:
        node = larger
    message = f"aliases here write out to more than {ALIAS_BUDGET:,} values; write the values out instead"
    raise error(message, path, node.start_mark.line + 1)


def parse_yaml(text: str, path: str, error: type[AttrlintError]) -> tuple[object, Where, bool]:
    """The data in a YAML text, where each key stands, and whether it uses aliases.

    A syntax error, an alias bomb or nesting too deep raises `error` with its line.
    """
    import yaml  # here, not above: a run whose files are all parsed already never needs the parser

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml when present: 3x faster
    try:
        node = loader.get_single_node()
        if node is not None:
            refuse_alias_bombs(node, path, error)
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:
        raise error("nested too deeply to read", path) from None
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


def load_yaml(path: Path, error: type[AttrlintError], parsed: Mapping | None = None) -> tuple[object, Where]:
    """A YAML file's data and key lines; `parsed` is an earlier parse of it, used while its text is unchanged."""
    text = read_yaml_text(path, error)
    if parsed is not None and parsed.get("checksum") == _checksum(text):
        try:
            return parsed["data"], Where(str(path), {tuple(keys): line for keys, line in parsed["lines"]})
        except (KeyError, TypeError, ValueError):
            pass  # a damaged entry: parse the file as if there were none
    data, where, _ = parse_yaml(text, str(path), error)
    return data, where


def read_yaml_text(path: Path, error: type[AttrlintError]) -> str:
    """A YAML file's text (see `read_small_file`); one that is not UTF-8 raises `error`."""
    data = read_small_file(path, error)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise error(f"cannot read: not valid UTF-8 (byte 0x{data[err.start]:02x})", str(path)) from None


def _checksum(text: str) -> str:
    """Length and CRC-32 of a text: an edit that keeps both is vanishingly unlikely."""
    data = text.encode("utf-8", "surrogatepass")
    return f"{len(data)}-{zlib.crc32(data):08x}"


def parsed_entry(path: Path, error: type[AttrlintError]) -> dict | None:
    """A YAML file's checksum, data and key lines as JSON keeps them, for `load_yaml(parsed=...)`.

    None for a file JSON cannot keep as parsed: one with aliases (written out in full, a bomb
    would explode), a date, or a number as a mapping key.
    """
    text = read_yaml_text(path, error)
    data, where, aliased = parse_yaml(text, str(path), error)
    lines = [[list(keys), line] for keys, line in where.lines.items()]
    entry = {"checksum": _checksum(text), "data": data, "lines": lines}
    try:
        kept = not aliased and json.loads(json.dumps(entry))["data"] == data
    except (TypeError, ValueError):
        kept = False
    return entry if kept else None
