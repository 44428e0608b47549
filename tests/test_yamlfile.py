"""Tests for attrlint.yamlfile: key lines for error messages, and the cache of parsed files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from attrlint import yamlfile
from attrlint.errors import RuleError
from attrlint.yamlfile import CACHE_ENV, load_yaml

RULE = "code: NEW001\nname: loaded-verb\ntokens:\n  - fumed\n  - scoffed\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def never_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError("parsed although the cache holds this text")

    monkeypatch.setattr(yamlfile, "parse_yaml", fail)


def test_key_lines_name_where_each_key_and_item_stands(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    data, where = load_yaml(path, RuleError)
    assert data == {"code": "NEW001", "name": "loaded-verb", "tokens": ["fumed", "scoffed"]}
    assert where.line("name") == 2
    assert where.line("tokens", 1) == 5
    assert where.line("tokens", 7) == 3  # no such item: the deepest known key


def test_an_unchanged_file_comes_from_the_cache_with_its_lines(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    first = load_yaml(path, RuleError)
    never_parse(monkeypatch)
    assert load_yaml(path, RuleError) == first
    assert len(list(cache.iterdir())) == 1


def test_an_edited_file_is_parsed_again(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    load_yaml(path, RuleError)
    path.write_text(RULE.replace("fumed", "raged"), encoding="utf-8")  # same size, maybe same mtime
    data, _ = load_yaml(path, RuleError)
    assert data["tokens"] == ["raged", "scoffed"]


def test_a_file_with_aliases_is_not_cached(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "rule.yaml"
    path.write_text("a: &a [x, x]\nb: [*a, *a]\n", encoding="utf-8")
    data, _ = load_yaml(path, RuleError)
    assert data == {"a": ["x", "x"], "b": [["x", "x"], ["x", "x"]]}
    assert not cache.exists()


@pytest.mark.parametrize("text", ["when: 2026-11-27\n", "swap:\n  1: one\n"], ids=["date", "number-key"])
def test_data_json_would_change_is_not_cached(tmp_path: Path, cache: Path, text: str) -> None:
    path = tmp_path / "rule.yaml"
    path.write_text(text, encoding="utf-8")
    first, _ = load_yaml(path, RuleError)
    assert load_yaml(path, RuleError)[0] == first
    assert not cache.exists() or not list(cache.iterdir())


def test_a_broken_cache_entry_is_parsed_again(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    load_yaml(path, RuleError)
    (entry,) = cache.iterdir()
    entry.write_text('{"text": "half of', encoding="utf-8")
    assert load_yaml(path, RuleError)[0]["code"] == "NEW001"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    path = tmp_path / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    assert load_yaml(path, RuleError)[0]["code"] == "NEW001"


def test_the_cache_lives_in_the_users_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = tmp_path / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    load_yaml(path, RuleError)
    assert len(list((tmp_path / "xdg" / "attrlint").iterdir())) == 1


def test_an_empty_cache_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = tmp_path / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    load_yaml(path, RuleError)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rule.yaml"]


def test_a_syntax_error_names_its_line_and_is_not_cached(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "rule.yaml"
    path.write_text("code: NEW001\nname: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RuleError) as raised:
            load_yaml(path, RuleError)
        assert raised.value.line is not None
    assert not cache.exists()
