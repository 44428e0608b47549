"""Baselines: written atomically, keyed on the words at a finding (not its line number, not its whole
paragraph), counted, and loud when broken; a baseline of version 1 (keyed on the line) still reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attrlint.baseline import Baseline, load_baseline, write_baseline
from attrlint.errors import ConfigError
from attrlint.finding import Finding, Severity


def finding(line: int, code: str = "ATT001", path: str = "story.md", column: int = 1) -> Finding:
    return Finding(path, line, column, line, column + 4, code, "some-rule", Severity.WARNING, "a message")


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
    write_baseline(target, [finding(1, column=3), finding(2)], lines_of("  a\t b ", "a b"))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert data["findings"] == [{"path": "story.md", "code": "ATT001", "text": "a b", "count": 2}]
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temp file left behind


def test_moved_lines_keep_their_findings_old(tmp_path: Path) -> None:
    baseline = round_trip(tmp_path, [finding(2)], lines_of("Headline", "He said it was fine."))
    moved = lines_of("New headline", "", "An inserted paragraph.", "  He said it was   fine.")
    assert baseline.filter([finding(4, column=3)], moved) == []


def test_a_copy_edit_elsewhere_in_the_paragraph_keeps_its_finding_old(tmp_path: Path) -> None:
    paragraph = "The board met on Monday. Sources say the fees will rise in May. The chair declined to comment."
    baseline = round_trip(tmp_path, [finding(1, column=26)], lines_of(paragraph))
    edited = "The harbour board met late on Monday. Sources say the fees will rise in May. The chair left."
    assert baseline.filter([finding(1, column=edited.index("Sources") + 1)], lines_of(edited)) == []


def test_editing_the_words_at_the_finding_makes_it_new(tmp_path: Path) -> None:
    baseline = round_trip(tmp_path, [finding(1)], lines_of("He said it was fine."))
    edited = lines_of("She said it was fine.")
    assert baseline.filter([finding(1)], edited) == [finding(1)]


def test_a_version_1_baseline_keyed_on_the_whole_line_still_reads(tmp_path: Path) -> None:
    target = tmp_path / "old.json"
    entry = {"path": "story.md", "code": "ATT001", "text": "He said it was fine.", "count": 1}
    target.write_text(json.dumps({"version": 1, "findings": [entry]}), encoding="utf-8")
    baseline = load_baseline(target)
    assert baseline.filter([finding(1)], lines_of("He  said it was fine.")) == []
    assert baseline.filter([finding(1)], lines_of("He said it was fine, too.")) == [finding(1)]


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
