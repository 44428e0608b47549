"""Compiled regexes kept between runs, beside attrlint's bytecode.

`regex` parses a pattern in Python when it compiles it: on a one-paragraph draft that is about a
quarter of a check's start-up (the rules' patterns, the name and cue patterns, the furniture
vocabulary). But `regex` pickles a compiled pattern as its compiled program, which its C engine
takes back without parsing, in about a hundredth of the time. So `compiled()` keeps every pattern
it compiles, pickled, and a later run unpickles a pattern the first time it is asked for it.

The store is one file in attrlint's `__pycache__` folder, where Python keeps the bytecode it trusts
as much, named for the `regex` release and the Python that made it (a program is only ever given
back to the engine that wrote it). It is written when a command ends having compiled a pattern it
did not hold, and never where Python writes no bytecode (`PYTHONDONTWRITEBYTECODE`), nor where the
folder cannot be written. An entry is unpickled only into the engine's own compile function;
anything else in it, or anything that cannot be read, is compiled again from the pattern.
"""

from __future__ import annotations

import io
import marshal
import os
import pickle
import sys

import regex

MAX_ENTRIES = 4000  # past this many, the store keeps only the patterns of the run that writes it
_ENGINE = ("regex._regex", "compile")  # what `regex` pickles a compiled pattern as a call of

Key = tuple[str, int]


def store_path() -> str:
    """Where the compiled patterns of this `regex` release and this Python are kept."""
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__")
    return os.path.join(folder, f"regexes.{regex.__version__}.{sys.implementation.cache_tag}.marshal")


class _EngineOnly(pickle.Unpickler):
    """An unpickler that can call nothing but the `regex` engine's compile function."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) != _ENGINE:
            raise pickle.UnpicklingError(f"not a compiled regex: {module}.{name}")
        return super().find_class(module, name)

    @classmethod
    def reads(cls, data: bytes) -> bool:
        """Whether `data` is a compiled pattern this unpickler gives back."""
        try:
            return isinstance(cls(io.BytesIO(data)).load(), regex.Pattern)
        except Exception:  # noqa: BLE001 - whatever fails to load is not kept
            return False


class RegexStore:
    """Patterns by (pattern, flags): pickled ones read from the store, compiled ones made in this run."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._pickled: dict[Key, bytes] | None = None  # read when first needed
        self._compiled: dict[Key, regex.Pattern] = {}
        self._new: dict[Key, bytes] = {}

    def compiled(self, pattern: str, flags: int = 0) -> regex.Pattern:
        """`regex.compile(pattern, flags)`, from the store when it holds it."""
        key = (pattern, int(flags))
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = self._stored(key) or self._compile(key)
        return found

    def save(self) -> None:
        """Write the store if this run compiled patterns it did not hold (atomically: another run may
        be reading it); a store that cannot be written is left as it is."""
        if not self._new or self.path is None or sys.dont_write_bytecode:
            return
        kept = {**self._read(), **self._new}
        if len(kept) > MAX_ENTRIES:
            kept = {key: pickle.dumps(pattern) for key, pattern in self._compiled.items()}
        partial = f"{self.path}.{os.getpid()}"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(partial, "wb") as out:
                marshal.dump(kept, out)
            os.replace(partial, self.path)
        except OSError:
            try:
                os.unlink(partial)
            except OSError:
                pass
        self._pickled, self._new = kept, {}

    def _stored(self, key: Key) -> regex.Pattern | None:
        if self._pickled is None:
            self._pickled = self._read()
        data = self._pickled.get(key)
        if data is None:
            return None
        try:
            pattern = _EngineOnly(io.BytesIO(data)).load()
        except Exception:  # noqa: BLE001 - a damaged or foreign entry is compiled again
            return None
        return pattern if isinstance(pattern, regex.Pattern) and pattern.pattern == key[0] else None

    def _compile(self, key: Key) -> regex.Pattern:
        pattern = regex.compile(*key)
        data = pickle.dumps(pattern)
        if _EngineOnly.reads(data):  # a `regex` release that pickles the pattern's text is not kept
            self._new[key] = data
        return pattern

    def _read(self) -> dict[Key, bytes]:
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as stored:
                table = marshal.load(stored)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return table if isinstance(table, dict) else {}


_STORE = RegexStore(store_path())


def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, read from the store of compiled patterns when it holds it."""
    return _STORE.compiled(pattern, flags)


def save_compiled() -> None:
    """Keep the patterns this run compiled for the runs after it (the CLI calls this as it ends)."""
    _STORE.save()
