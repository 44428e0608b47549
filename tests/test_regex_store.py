"""Compiled regexes kept between runs (attrlint.regex_store)."""

from __future__ import annotations

import marshal
import os
import pickle
import sys
from pathlib import Path

import pytest
import regex

from attrlint import regex_store
from attrlint.regex_store import RegexStore

NAME = r"(?<![\p{L}@])(\p{Lu}\p{Ll}+)(?:\s+(?:said|told))\b"
TEXT = "The vote passed, Okafor said, and Mbeki told reporters."


@pytest.fixture(autouse=True)
def _bytecode_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # as an installed package runs


def _spans(pattern: regex.Pattern) -> list[tuple[int, int]]:
    return [match.span(1) for match in pattern.finditer(TEXT)]


def _stored(path: Path, pattern: str, flags: int = 0) -> None:
    store = RegexStore(str(path))
    store.compiled(pattern, flags)
    store.save()


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(regex_store.regex, "compile", refuse)


def test_a_later_run_reads_the_pattern_without_compiling_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.marshal"
    _stored(path, NAME, regex.IGNORECASE)
    expected = _spans(regex.compile(NAME, regex.IGNORECASE))
    _no_compiling(monkeypatch)
    pattern = RegexStore(str(path)).compiled(NAME, regex.IGNORECASE)
    assert _spans(pattern) == expected == [(17, 23), (34, 39)]
    assert pattern.pattern == NAME and pattern.flags & regex.IGNORECASE


def test_patterns_are_kept_by_their_flags(tmp_path: Path) -> None:
    path = tmp_path / "store.marshal"
    _stored(path, "okafor", regex.IGNORECASE)
    store = RegexStore(str(path))
    assert store.compiled("okafor").search("OKAFOR") is None
    assert store.compiled("okafor", regex.IGNORECASE).search("OKAFOR")


def test_an_entry_that_is_not_a_compiled_regex_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "store.marshal"
    hostile = pickle.dumps(os.getcwd)  # unpickled, it would call a function other than the engine's
    path.write_bytes(marshal.dumps({("okafor", 0): hostile, ("mbeki", 0): b"not a pickle"}))
    store = RegexStore(str(path))
    assert store.compiled("okafor").search("okafor said") and store.compiled("mbeki").search("mbeki told")


@pytest.mark.parametrize("content", [b"", b"\x00garbage", marshal.dumps(["a list"])])
def test_a_damaged_store_is_read_as_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "store.marshal"
    path.write_bytes(content)
    assert RegexStore(str(path)).compiled("said").search("she said")


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "store.marshal"
    _stored(path, NAME)
    assert not path.exists()


def test_a_run_that_compiled_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "store.marshal"
    _stored(path, NAME)
    before = path.stat().st_mtime_ns
    os.utime(path, ns=(before - 10**9, before - 10**9))
    _stored(path, NAME)
    assert path.stat().st_mtime_ns == before - 10**9


def test_a_store_that_cannot_be_written_is_left_alone(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    _stored(blocked / "store.marshal", NAME)  # its folder is a file: nothing to write, nothing raised
    assert blocked.read_text() == ""


def test_a_full_store_keeps_only_the_patterns_of_the_run_that_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_store, "MAX_ENTRIES", 2)
    path = tmp_path / "store.marshal"
    for word in ("one", "two"):
        _stored(path, word)
    _stored(path, "three")
    assert set(marshal.loads(path.read_bytes())) == {("three", 0)}


def test_the_store_is_named_for_the_regex_release_and_the_python(tmp_path: Path) -> None:
    name = Path(regex_store.store_path()).name
    assert regex.__version__ in name and sys.implementation.cache_tag in name
    assert Path(regex_store.store_path()).parent.name == "__pycache__"
