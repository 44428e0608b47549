"""The built-in packs, and their rule files kept parsed as JSON in `rules/index.json`.

Importing and running the YAML parser was a tenth of attrlint's start-up, so a run that uses
only the built-in packs reads their parsed copies (see `yamlfile.load_yaml`). A test fails while
the index is stale; attrlint parses a changed file itself in the meantime.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from attrlint.errors import RuleError
from attrlint.yamlfile import parsed_entry

INDEX_NAME = "index.json"  # the built-in packs' rule files, parsed (see write_builtin_index)


def builtin_packs_dir() -> Path:
    """The `rules/` folder shipped inside the package (mapped there from the source tree).

    Found from the package itself: importlib.resources would import tempfile, shutil and zipfile,
    2% of a short check's start-up, to say the same of a package installed as files."""
    return Path(importlib.import_module("attrlint.rules").__path__[0])  # a package of data: nothing runs


def index_key(path: Path) -> str:
    """A rule file's name in the index: `pack/file.yaml`."""
    return f"{path.parent.name}/{path.name}"


def read_index(root: Path) -> Mapping[str, dict]:
    """The parsed rule files kept beside the built-in packs; empty if missing or not an index.

    Parsed once a process while the file is unchanged: the rule packs and the language data
    (`attrlint.language`) both read it, and a check should parse its 160 KB once."""
    path = root / INDEX_NAME
    try:
        found = path.stat()
    except OSError:
        return {}
    return _parsed_index(path, found.st_mtime_ns, found.st_size)


@functools.lru_cache(maxsize=4)
def _parsed_index(path: Path, mtime_ns: int, size: int) -> Mapping[str, dict]:
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(index, dict):
        return {}
    return MappingProxyType({key: entry for key, entry in index.items() if isinstance(entry, dict)})


def build_index(root: Path) -> dict[str, dict]:
    """Every rule file of the packs under root, parsed, for `read_index`."""
    entries = {}
    for path in sorted(root.glob("*/*.yaml")):
        entry = parsed_entry(path, RuleError)
        if entry is not None:
            entries[index_key(path)] = entry
    return entries


def write_builtin_index() -> Path:
    """Rebuild the built-in packs' index after editing them (a test fails while it is stale):
    `python -c 'from attrlint.packindex import write_builtin_index as w; w()'`."""
    root = builtin_packs_dir()
    path = root / INDEX_NAME
    index = build_index(root)
    entries = [f"{json.dumps(name)}: {json.dumps(entry, ensure_ascii=False)}" for name, entry in index.items()]
    path.write_text("{\n" + ",\n".join(entries) + "\n}\n", encoding="utf-8")  # a line a file: readable diffs
    return path
