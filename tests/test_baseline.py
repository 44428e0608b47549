"""Baselines: written atomically, keyed on line text (not number), counted, and loud when broken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attrlint.baseline import Baseline, load_baseline, write_baseline
from attrlint.errors import ConfigError
from attrlint.finding import Finding, Severity


def finding(line: int, code: str = "ATT001", path: str = "story.md") -> Finding:
    return Finding(path, line, 1, line, 5, code, "some-rule", Severity.WARNING, "a message")


def lines_of(*texts: str, path: str = "story.md"):
    """A `line_text(path, line)` over the given lines of one file."""

    def line_text(name: str, line: int) -> str:
        assert name == path
        return texts[line - 1]

    return line_text


def round_trip(tmp_path: Path, findings: list[Finding], line_text) -> Baseline:
    target = tmp_path / "baseline.json"
    write_baseline(target, findings, line_text)
    return load_baseline(target)


def test_round_trip_hides_every_recorded_finding(tmp_path: Path) -> None:
    old = lines_of("He said it was fine.", "  The   mayor  said so. ", "No quote here.")
    findings = [finding(1), finding(2), finding(2, "NAM002")]
    baseline = round_trip(tmp_path, findings, old)
    assert len(baseline) == 3
    assert baseline.filter(findings, old) == []
    assert baseline.filter([finding(3)], old) == [finding(3)]


def test_file_is_json_keyed_on_normalised_text_with_counts(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    write_baseline(target, [finding(1), finding(2)], lines_of("  a\t b ", "a b"))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["findings"] == [{"path": "story.md", "code": "ATT001", "text": "a b", "count": 2}]
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temp file left behind


def test_moved_lines_keep_their_findings_old(tmp_path: Path) -> None:
    baseline = round_trip(tmp_path, [finding(2)], lines_of("Headline", "He said it was fine."))
    moved = lines_of("New headline", "", "An inserted paragraph.", "  He said it was   fine.")
    assert baseline.filter([finding(4)], moved) == []


def test_editing_the_line_makes_its_finding_new(tmp_path: Path) -> None:
    baseline = round_trip(tmp_path, [finding(1)], lines_of("He said it was fine."))
    edited = lines_of("He said it was awful.")
    assert baseline.filter([finding(1)], edited) == [finding(1)]


def test_code_and_path_are_part_of_the_key(tmp_path: Path) -> None:
    baseline = round_trip(tmp_path, [finding(1)], lines_of("Same line."))
    assert baseline.filter([finding(1, "NAM002")], lines_of("Same line.")) == [finding(1, "NAM002")]
    other = finding(1, path="other.md")
    assert baseline.filter([other], lines_of("Same line.", path="other.md")) == [other]


def test_counts_are_consumed(tmp_path: Path) -> None:
    text = lines_of("He said so.", "He said so.", "He said so.")
    baseline = round_trip(tmp_path, [finding(1), finding(2)], text)
    assert baseline.filter([finding(1), finding(2), finding(3)], text) == [finding(3)]
    assert baseline.filter([finding(3)], text) == []  # filtering again starts from the full counts


def test_overwrites_an_existing_baseline(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    write_baseline(target, [finding(1)], lines_of("one"))
    write_baseline(target, [], lines_of())
    assert len(load_baseline(target)) == 0


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "not a valid attrlint baseline"),
        ('{"version": 99, "findings": []}', "unsupported version"),
        ('{"version": 1, "findings": [{"path": "a.md", "code": "X", "text": "t", "count": 0}]}', "entry 1"),
        ('{"version": 1, "findings": [{"path": "a.md", "code": "X", "count": 1}]}', "entry 1"),
    ],
)
def test_broken_baseline_names_the_file(tmp_path: Path, content: str, why: str) -> None:
    target = tmp_path / "broken.json"
    target.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_baseline(target)
    assert str(target) in str(caught.value)
    assert why in str(caught.value)


def test_missing_baseline_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "nowhere.json"
    with pytest.raises(ConfigError, match="not found") as caught:
        load_baseline(target)
    assert caught.value.path == str(target)
    assert str(target) in str(caught.value)


def test_unwritable_folder_is_a_config_error(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "baseline.json"
    with pytest.raises(ConfigError) as caught:
        write_baseline(target, [finding(1)], lines_of("x"))
    assert str(target) in str(caught.value)
