"""Configuration: find `.attrlint.yaml` files (or `[tool.attrlint]` in pyproject.toml), validate and compose them.

A draft's config is every config file from its folder upward, composed with the nearest last,
up to one that says `root: true`: a desk's file adds to its newsroom's rather than replacing it.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from attrlint.errors import AttrlintError, AttrlintWarning, ConfigError, did_you_mean
from attrlint.smallfile import read_small_file
from attrlint.trust import distrust, owner_if_untrusted, untrusted_message
from attrlint.yamlfile import Where, load_yaml

CONFIG_NAMES = (".attrlint.yaml", ".attrlint.yml")
KEYS = ("root", "packs", "select", "ignore", "per-file-ignores", "rules", "names", "exclude", "max_findings_per_rule")
NAMES_KEYS = ("accept", "distinct")


@dataclass(frozen=True)
class Config:
    """Settings for a run, from one config file or composed from several (`files`, nearest first).

    `root` is the nearest file's folder. Each path in `packs` and pattern in `exclude` is relative
    to the folder of the file that wrote it.
    """

    root: Path
    path: str | None = None  # the file, or for a composition the files nearest first: "a <- b"
    packs: tuple[Path, ...] = ()
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    rules: dict[str, object] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[Path, str, tuple[str, ...]], ...] = ()  # (folder, pattern, selectors)
    names: dict[str, list] = field(default_factory=dict)  # accept: [spellings], distinct: [[a, b], ...]
    max_findings_per_rule: int | None = None  # None: not set here (the default applies); 0: no cap
    where: Where = field(default_factory=lambda: Where("<defaults>"))
    stops: bool = False  # the file says `root: true`: no config above it applies
    files: tuple[Config, ...] = field(default=(), repr=False, compare=False)  # composed from; () for one file
    warnings: tuple[AttrlintWarning, ...] = field(default=(), compare=False)  # configs passed over on the way up

    def excludes(self, path: Path) -> bool:
        """True when a pattern in `exclude` matches the path or a folder on it, relative to the pattern's file."""
        return any(excluded(path, one.root, one.exclude) for one in self.files or (self,))

    def ignored_for(self, path: Path) -> tuple[str, ...]:
        """The selectors `per-file-ignores` ignores for this draft (its patterns are relative to their file)."""
        return tuple(
            selector
            for root, pattern, selectors in self.per_file_ignores
            if excluded(path, root, (pattern,))
            for selector in selectors
        )

    def where_of(self, selector: str) -> Where:
        """Where the `rules:` settings of a selector were written, for errors about them.

        The nearest file that sets the selector; a setting that only a file farther up gives is
        reported in that file.
        """
        writers = [one for one in reversed(self.files or (self,)) if selector in one.rules]
        if len(writers) < 2:
            return writers[0].where if writers else self.where
        owners = {key: one.where for one in writers for key in one.rules[selector]}
        nearest = writers[-1].where
        return _SettingsWhere(nearest.path, nearest.lines, owners=owners)


@dataclass(frozen=True)
class _SettingsWhere(Where):
    """A selector's merged settings: an error about one setting names the file whose value won."""

    owners: dict[str, Where] = field(default_factory=dict)  # setting -> where it was written

    def _owner(self, keys: tuple) -> Where | None:
        return self.owners.get(keys[2]) if len(keys) > 2 and keys[0] == "rules" else None

    def line(self, *keys: object) -> int | None:
        owner = self._owner(keys)
        return owner.line(*keys) if owner else super().line(*keys)

    def error(self, cls: type[AttrlintError], message: str, *keys: object) -> AttrlintError:
        owner = self._owner(keys)
        return owner.error(cls, message, *keys) if owner else super().error(cls, message, *keys)


def excluded(path: Path, root: Path, patterns: tuple[str, ...]) -> bool:
    """True when a pattern matches the path (relative to root) or a folder on it."""
    if not patterns:
        return False
    try:
        rel = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        rel = path.as_posix()
    parts = rel.split("/")
    candidates = {rel} | {"/".join(parts[:i]) for i in range(1, len(parts))}
    return any(fnmatch.fnmatch(c, pattern.rstrip("/")) for pattern in patterns for c in candidates)


def _string_list(data: dict, key: str, where: Where) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise where.error(ConfigError, f"'{key}' must be a list of strings", key)
    return tuple(value)


def _per_file_ignores(data: dict, where: Where, root: Path) -> tuple[tuple[Path, str, tuple[str, ...]], ...]:
    """`per-file-ignores`: a glob pattern (relative to this file) mapped to the rules to skip there."""
    value = data.get("per-file-ignores")
    if value is None:
        return ()
    if not isinstance(value, dict):
        message = "'per-file-ignores' must map glob patterns to lists of rules"
        raise where.error(ConfigError, message, "per-file-ignores")
    entries = []
    for pattern, selectors in value.items():
        if isinstance(selectors, str):
            selectors = [selectors]
        if not isinstance(selectors, list) or not all(isinstance(item, str) for item in selectors):
            message = f"'per-file-ignores' must map '{pattern}' to a list of rules"
            raise where.error(ConfigError, message, "per-file-ignores", pattern)
        entries.append((root, str(pattern), tuple(selectors)))
    return tuple(entries)


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


def _max_findings(data: dict, where: Where) -> int | None:
    value = data.get("max_findings_per_rule")
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        message = f"'max_findings_per_rule' must be a whole number, 0 for no cap, not {value!r}"
        raise where.error(ConfigError, message, "max_findings_per_rule")
    return value


def _root_flag(data: dict, where: Where) -> bool:
    value = data.get("root", False)
    if not isinstance(value, bool):
        raise where.error(ConfigError, f"'root' must be true or false, not {value!r}", "root")
    return value


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
        max_findings_per_rule=_max_findings(data, where),
        per_file_ignores=_per_file_ignores(data, where, root),
        where=where,
        stops=_root_flag(data, where),
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


def _utf8(data: bytes, path: Path, cls: type[AttrlintError], outcome: str = "") -> str:
    """A file's bytes as text; bytes that are not UTF-8 raise `cls` naming the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise cls(f"{outcome}not valid UTF-8 (byte 0x{data[err.start]:02x})", str(path)) from None


def read_pyproject(path: Path) -> Config | None:
    """The `[tool.attrlint]` table of a pyproject.toml named as the config, or None when it has none."""
    return _pyproject_config(path, _utf8(read_small_file(path, ConfigError), path, ConfigError))


def _pyproject_met(path: Path, passed_over: list[AttrlintWarning]) -> Config | None:
    """The `[tool.attrlint]` table of a pyproject.toml met on the way up from a draft.

    One that cannot be read, or never mentions attrlint, is another project's: not ours to parse,
    or to call broken. One that mentions attrlint but is owned by another user, or is not UTF-8,
    is passed over with a warning.
    """
    try:
        data = read_small_file(path, ConfigError)
    except ConfigError:
        return None
    if b"attrlint" not in data:
        return None
    doubt = distrust(path)
    if doubt is not None:
        passed_over.append(doubt)
        return None
    try:
        text = _utf8(data, path, AttrlintWarning, "passed over: ")
    except AttrlintWarning as warning:
        passed_over.append(warning)
        return None
    return _pyproject_config(path, text)


def _pyproject_config(path: Path, text: str) -> Config | None:
    """The Config of a pyproject.toml's `[tool.attrlint]` table; None when it has none."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"invalid TOML: {err}", str(path)) from None
    except RecursionError:
        raise ConfigError("invalid TOML: nested too deeply", str(path)) from None
    table = data.get("tool", {}).get("attrlint")
    if table is None:
        return None
    return from_mapping(table, Where(str(path), _toml_key_lines(text)), path.parent)


def read_config(path: Path) -> Config:
    """Read an explicit config file: `.attrlint.yaml` style YAML, or a pyproject.toml."""
    if not path.exists():
        raise ConfigError("config file not found", str(path))
    _refuse_untrusted(path)
    if path.name == "pyproject.toml":
        return read_pyproject(path) or Config(root=path.parent, path=str(path))
    data, where = load_yaml(path, ConfigError)
    return from_mapping(data, where, path.parent)


def _refuse_untrusted(path: Path) -> None:
    """A config named on the command line but owned by another user is an error, not a silent default."""
    owner = owner_if_untrusted(path)
    if owner is not None:
        raise ConfigError(untrusted_message(path, owner, "not used"), str(path))


def discover(folder: Path) -> Config:
    """The configs from a folder upward, composed; defaults when there are none.

    The walk stops after a config that says `root: true`, or at the filesystem root. A config
    owned by another user is passed over (see `attrlint.trust`), with a warning in `warnings`.
    """
    found: list[Config] = []
    passed_over: list[AttrlintWarning] = []
    folder = folder.resolve()
    for candidate in [folder, *folder.parents]:
        config = _config_in(candidate, passed_over)
        if config is not None:
            found.append(config)
            if config.stops:
                break
    config = compose(found[::-1]) if found else Config(root=Path.cwd())
    return replace(config, warnings=tuple(passed_over)) if passed_over else config


def _config_in(folder: Path, passed_over: list[AttrlintWarning]) -> Config | None:
    """A folder's own config: its `.attrlint.yaml` (or `.yml`), else a pyproject.toml with [tool.attrlint].

    One owned by another user counts as absent, and its warning joins `passed_over`.
    """
    for name in CONFIG_NAMES:
        path = folder / name
        if path.exists():  # a FIFO or folder of that name is an error, not a config to pass over
            doubt = distrust(path)
            if doubt is None:
                return read_config(path)
            passed_over.append(doubt)
    pyproject = folder / "pyproject.toml"
    return _pyproject_met(pyproject, passed_over) if pyproject.is_file() else None


def compose(files: list[Config]) -> Config:
    """One Config from config files ordered from the top down, so that the nearest comes last.

    Lists add up (`packs`, `exclude`, `ignore`, `names`); the nearest `select` and
    `max_findings_per_rule` win; `rules` settings merge setting by setting, the nearer file winning each.
    """
    if len(files) == 1:
        return files[0]
    nearest = files[-1]
    return Config(
        root=nearest.root,
        path=" <- ".join(str(one.path) for one in reversed(files)),
        packs=_unique_folders(pack for one in files for pack in one.packs),
        select=next((one.select for one in reversed(files) if one.select is not None), None),
        ignore=tuple(dict.fromkeys(selector for one in files for selector in one.ignore)),
        rules=_merged_rules(files),
        exclude=tuple(pattern for one in files for pattern in one.exclude),
        per_file_ignores=tuple(entry for one in files for entry in one.per_file_ignores),
        names=_merged_names(files),
        max_findings_per_rule=next(
            (one.max_findings_per_rule for one in reversed(files) if one.max_findings_per_rule is not None), None
        ),
        where=nearest.where,
        files=tuple(reversed(files)),
    )


def _unique_folders(folders: Iterable[Path]) -> tuple[Path, ...]:
    """Each folder once, however each config spelled its way there."""
    seen: dict[Path, Path] = {}
    for folder in folders:
        seen.setdefault(folder.resolve(), folder)
    return tuple(seen.values())


def _merged_rules(files: list[Config]) -> dict[str, object]:
    """Per-rule settings merged setting by setting, the later file winning each.

    A selector moves to where its nearest file sets it, so the nearer file's settings are also
    applied after the broader ones of the files above (a desk's `advertisement` after a newsroom's `BOI`).
    """
    merged: dict[str, dict] = {}
    for one in files:
        for selector, settings in one.rules.items():
            merged[selector] = {**merged.pop(selector, {}), **settings}
    return merged


def _merged_names(files: list[Config]) -> dict[str, list]:
    """Every file's accepted spellings and distinct pairs; {} when no file has a `names:` section."""
    named = [one.names for one in files if one.names]
    if not named:
        return {}
    return {key: [item for names in named for item in names[key]] for key in NAMES_KEYS}
