"""Configuration: find `.attrlint.yaml` (or `[tool.attrlint]` in pyproject.toml) and validate it."""

from __future__ import annotations

import fnmatch
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from attrlint.errors import ConfigError
from attrlint.kinds.base import did_you_mean
from attrlint.yamlfile import Where, load_yaml

CONFIG_NAMES = (".attrlint.yaml", ".attrlint.yml")
KEYS = ("packs", "select", "ignore", "rules", "names", "exclude")
NAMES_KEYS = ("accept", "distinct")


@dataclass(frozen=True)
class Config:
    """Settings for a run; paths in `packs` and patterns in `exclude` are relative to `root`."""

    root: Path
    path: str | None = None
    packs: tuple[Path, ...] = ()
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    rules: dict[str, object] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    names: dict[str, list] = field(default_factory=dict)  # accept: [spellings], distinct: [[a, b], ...]
    where: Where = field(default_factory=lambda: Where("<defaults>"))

    def where_of(self, selector: str) -> Where:
        """Where the settings of a `rules:` entry are written."""
        return self.where

    def excludes(self, path: Path) -> bool:
        """True when a pattern in `exclude` matches the path (relative to root) or a folder on it."""
        if not self.exclude:
            return False
        try:
            rel = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            rel = path.as_posix()
        parts = rel.split("/")
        candidates = {rel} | {"/".join(parts[:i]) for i in range(1, len(parts))}
        return any(fnmatch.fnmatch(c, pattern.rstrip("/")) for pattern in self.exclude for c in candidates)


def _string_list(data: dict, key: str, where: Where) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise where.error(ConfigError, f"'{key}' must be a list of strings", key)
    return tuple(value)


def _names(value: object, where: Where) -> dict[str, list]:
    """The `names:` section: spellings the newsroom accepts, and pairs known to be two people."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise where.error(ConfigError, "'names' must map 'accept' and 'distinct' to lists", "names")
    for key in value:
        if key not in NAMES_KEYS:
            hint = did_you_mean(str(key), list(NAMES_KEYS))
            raise where.error(ConfigError, f"unknown key '{key}' in 'names'{hint}", "names", key)
    accept = value.get("accept") or []
    distinct = value.get("distinct") or []
    if not isinstance(accept, list) or not all(isinstance(name, str) for name in accept):
        raise where.error(ConfigError, "'names.accept' must be a list of spellings", "names", "accept")
    pairs_ok = all(isinstance(p, list) and len(p) == 2 and all(isinstance(n, str) for n in p) for p in distinct)
    if not isinstance(distinct, list) or not pairs_ok:
        raise where.error(ConfigError, "'names.distinct' must be a list of [name, name] pairs", "names", "distinct")
    return {"accept": accept, "distinct": distinct}


def from_mapping(data: object, where: Where, root: Path) -> Config:
    """A validated Config from parsed YAML or TOML; an unknown key names its line."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise where.error(ConfigError, "configuration must be a mapping of settings")
    for key in data:
        if key not in KEYS:
            raise where.error(ConfigError, f"unknown key '{key}'{did_you_mean(str(key), list(KEYS))}", key)
    rules = data.get("rules") or {}
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise where.error(ConfigError, "'rules' must map rule names or codes to settings", "rules")
    return Config(
        root=root,
        path=where.path,
        packs=tuple(root / p for p in _string_list(data, "packs", where) or ()),
        select=_string_list(data, "select", where),
        ignore=_string_list(data, "ignore", where) or (),
        rules=rules,
        names=_names(data.get("names"), where),
        exclude=_string_list(data, "exclude", where) or (),
        where=where,
    )


def _toml_key_lines(text: str) -> dict[tuple, int]:
    """Lines of the keys under [tool.attrlint], for error messages (tomllib gives none)."""
    lines: dict[tuple, int] = {}
    table: tuple[str, ...] | None = None  # the key path of the current table under tool.attrlint
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[+([^\]]+)\]", line)
        if header:
            parts = tuple(part.strip().strip("\"'") for part in header.group(1).split("."))
            table = parts[2:] if parts[:2] == ("tool", "attrlint") else None
            if table is not None:
                lines.setdefault(table, number)
            continue
        key = re.match(r"\s*\"?([A-Za-z0-9_-]+)\"?\s*=", line)
        if table is not None and key:
            lines[(*table, key.group(1))] = number
    return lines


def read_pyproject(path: Path, named: bool = True) -> Config | None:
    """The `[tool.attrlint]` table of a pyproject.toml, or None when it has none.

    One met on the way up from a draft (`named` false) that never mentions attrlint is another
    project's: not ours to parse, or to call broken.
    """
    text = path.read_text(encoding="utf-8")
    if not named and "attrlint" not in text:
        return None
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"invalid TOML: {err}", str(path)) from None
    table = data.get("tool", {}).get("attrlint")
    if table is None:
        return None
    return from_mapping(table, Where(str(path), _toml_key_lines(text)), path.parent)


def read_config(path: Path) -> Config:
    """Read an explicit config file: `.attrlint.yaml` style YAML, or a pyproject.toml."""
    if not path.is_file():
        raise ConfigError("config file not found", str(path))
    if path.name == "pyproject.toml":
        return read_pyproject(path) or Config(root=path.parent, path=str(path))
    data, where = load_yaml(path, ConfigError)
    return from_mapping(data, where, path.parent)


def discover(folder: Path) -> Config:
    """The config closest to a folder, walking upward; defaults when there is none."""
    folder = folder.resolve()
    for candidate in [folder, *folder.parents]:
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return read_config(candidate / name)
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            found = read_pyproject(pyproject, named=False)
            if found is not None:
                return found
    return Config(root=Path.cwd())
