"""Tests for attrlint.yamlfile: key lines for error messages, and reusing an earlier parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrlint import yamlfile
from attrlint.errors import RuleError
from attrlint.yamlfile import load_yaml, parsed_entry

RULE = "code: NEW001\nname: loaded-verb\ntokens:\n  - fumed\n  - scoffed\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rule.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_key_lines_name_where_each_key_and_item_stands(tmp_path: Path) -> None:
    data, where = load_yaml(write(tmp_path, RULE), RuleError)
    assert data == {"code": "NEW001", "name": "loaded-verb", "tokens": ["fumed", "scoffed"]}
    assert where.line("name") == 2
    assert where.line("tokens", 1) == 5
    assert where.line("tokens", 7) == 3  # no such item: the deepest known key


def test_an_unchanged_file_is_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, RULE)
    entry = parsed_entry(path, RuleError)
    first = load_yaml(path, RuleError)

    def fail(*args: object) -> None:
        raise AssertionError("parsed although an earlier parse of this text was given")

    monkeypatch.setattr(yamlfile, "parse_yaml", fail)
    assert load_yaml(path, RuleError, entry) == first


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    path = write(tmp_path, RULE)
    entry = parsed_entry(path, RuleError)
    path.write_text(RULE.replace("fumed", "raged"), encoding="utf-8")  # same length
    data, _ = load_yaml(path, RuleError, entry)
    assert data["tokens"] == ["raged", "scoffed"]


def test_a_file_with_aliases_is_not_kept(tmp_path: Path) -> None:
    assert parsed_entry(write(tmp_path, "a: &a [x, x]\nb: [*a, *a]\n"), RuleError) is None


@pytest.mark.parametrize("text", ["when: 2026-11-27\n", "swap:\n  1: one\n"], ids=["date", "number-key"])
def test_data_json_would_change_is_not_kept(tmp_path: Path, text: str) -> None:
    assert parsed_entry(write(tmp_path, text), RuleError) is None


def test_a_syntax_error_names_its_line(tmp_path: Path) -> None:
    with pytest.raises(RuleError) as raised:
        load_yaml(write(tmp_path, "code: NEW001\nname: [unclosed\n"), RuleError)
    assert raised.value.line is not None
