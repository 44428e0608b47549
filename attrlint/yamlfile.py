"""YAML loading that remembers the line of every key, so errors can say `path:line`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from attrlint.errors import AttrlintError

KeyPath = tuple[object, ...]
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: rules load 3x faster


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


def _index(node: yaml.Node, at: KeyPath, lines: dict[KeyPath, int], seen: set[int] | None = None) -> None:
    """Record the line of every key path; a node reached again through an alias is not walked again,
    so a file of nested aliases (a 'billion laughs') costs no more than its own size."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    lines.setdefault(at, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines[at + (key.value,)] = key.start_mark.line + 1
            _index(value, at + (key.value,), lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, at + (i,), lines, seen)


def parse_yaml(text: str, path: str, error: type[AttrlintError]) -> tuple[object, Where]:
    """The data in a YAML text and where each key stands; a syntax error raises `error`."""
    loader = _LOADER(text)
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
    if node is not None:
        _index(node, (), lines)
    return data, Where(path, lines)


def load_yaml(path: Path, error: type[AttrlintError]) -> tuple[object, Where]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise error(f"cannot read: {err}", str(path)) from None
    return parse_yaml(text, str(path), error)
