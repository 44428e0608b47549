"""Hostile drafts meet the output: nothing a draft holds reaches a terminal raw, and output stays
bounded and valid UTF-8 whatever the draft or its name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from attrlint.cli import main
from attrlint.finding import Finding, Severity
from attrlint.output import Context, text

# An OSC sequence that retitles a terminal, a colour change, a C1 control, DEL and a bidi override.
HOSTILE = "\x1b]0;pwned\x07\x1b[31m\x85\x7f\u202e\u2066"
RAW = ("\x1b", "\x07", "\x85", "\x7f", "\u202e", "\u2066")
VISIBLE = ("\\x1b", "\\x07", "\\x85", "\\x7f", "\\u202e", "\\u2066")
SPOKEN = "Laura Harth, the chair, said the fees would rise.\n\nHarth said so. Hart said it {}again.\n"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def hostile_draft(tmp_path: Path) -> Path:
    """A draft whose name and text both carry control characters, with findings on that line."""
    path = tmp_path / f"evil{HOSTILE}.md"
    path.write_text(SPOKEN.format(HOSTILE) + f"\nThe board will reportedly {HOSTILE} raise fees.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["check", "--format", "text"],
        ["check", "--format", "concise"],
        ["check", "--format", "github"],
        ["names"],
        ["sources"],
    ],
)
def test_control_characters_reach_no_human_readable_output_raw(hostile_draft: Path, command: list[str]) -> None:
    _, out, err = invoke(*command, str(hostile_draft))
    assert out and "Traceback" not in err
    for raw in RAW:
        assert raw not in out + err, repr(raw)
    for shown in VISIBLE:
        assert shown in out, shown


def test_control_characters_in_an_error_line_are_shown_escaped(tmp_path: Path) -> None:
    code, _, err = invoke("check", str(tmp_path / f"missing{HOSTILE}.md"))
    assert code == 2 and "missing\\x1b]0;pwned\\x07" in err
    assert not any(raw in err for raw in RAW)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_formats_keep_the_characters_their_serialiser_escaped(hostile_draft: Path, fmt: str) -> None:
    _, out, _ = invoke("check", "--format", fmt, str(hostile_draft))
    assert "\x1b" not in out  # JSON writes it as \u001b, and reads it back whole
    log = json.loads(out)
    path = (
        log[0]["path"]
        if fmt == "json"
        else unquote(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
    )
    assert path.endswith(f"evil{HOSTILE}.md")


def test_the_caret_stays_under_the_finding_after_escaped_characters(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text(f"The board\t{HOSTILE} will reportedly raise fees.\n", encoding="utf-8")
    _, out, _ = invoke("check", "--format", "text", str(draft))
    source, caret = out.splitlines()[1:3]
    assert caret.index("^") == source.index("reportedly")
    assert caret.count("^") == len("reportedly")


# A long line shows a window around each finding, not the whole line under every finding.

LONG = "It reportedly rose. " * 15_000  # 300 KB on one line, a finding every 20 characters


def window_of(column: int, width: int = 10, line: str = LONG) -> tuple[str, str]:
    found = Finding("long.md", 1, column, 1, column + width, "ATT003", "vague-source", Severity.WARNING, "Vague")
    _, source, caret, _ = text.render([found], Context(lambda path, number: line)).splitlines()
    return source, caret


@pytest.mark.parametrize("column", [1, 4, 150_004, len(LONG) - 16])
def test_a_long_line_shows_a_window_with_the_caret_under_the_finding(column: int) -> None:
    source, caret = window_of(column)
    assert len(source) < 130 and len(caret) < 130
    at = caret.index("^")
    assert source[at : at + 10] == LONG[column - 1 : column + 9] and caret.count("^") == 10
    assert source.endswith("\u2026") == (column < len(LONG) - 100)
    assert ("| \u2026" in source) == (column > 50)


def test_a_window_counts_escapes_in_its_width_and_clips_a_long_underline() -> None:
    line = "\x1b" * 1000 + "reportedly" + "\x1b" * 1000
    source, caret = window_of(1001, line=line)
    assert len(source) < 160 and source[caret.index("^") :].startswith("reportedly")
    source, caret = window_of(1, width=len(LONG), line=LONG)
    assert len(source) < 130 and len(caret) < 130


def test_a_300_kb_line_with_thousands_of_findings_prints_a_few_hundred_bytes_each(tmp_path: Path) -> None:
    (tmp_path / "long.md").write_text(LONG + "\n", encoding="utf-8")
    started = time.process_time()
    _, out, _ = invoke("check", "--no-color", "--max-findings-per-rule", "0", str(tmp_path / "long.md"))
    findings = out.count("ATT003")
    assert findings == 15_000
    assert len(out.encode()) / findings < 400
    assert time.process_time() - started < 20


# A file name that is not UTF-8: every format still writes UTF-8.


@pytest.fixture
def latin1_name(tmp_path: Path) -> Path:
    """A folder holding a draft whose name is Latin-1 bytes ('café.md'), as an old archive may."""
    with open(os.fsencode(tmp_path) + b"/caf\xe9.md", "w", encoding="utf-8") as draft:
        draft.write("The board will reportedly raise fees.\n")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "github", "sarif", "junit"])
def test_every_format_writes_utf8_for_a_file_name_that_is_not(latin1_name: Path, fmt: str) -> None:
    command = [sys.executable, "-m", "attrlint", "check", "--format", fmt, "."]
    done = subprocess.run(command, cwd=latin1_name, capture_output=True, timeout=60)
    assert done.returncode == 1 and done.stderr == b""
    out = done.stdout.decode("utf-8")  # strict: any undecodable byte fails here
    assert "caf\ufffd.md" in out or "caf%E9.md" in out
    if fmt == "json":
        assert json.loads(out)[0]["path"] == "caf\ufffd.md"
    if fmt == "sarif":  # a URI keeps the file's own bytes, percent-encoded
        assert (
            json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            == "caf%E9.md"
        )


@pytest.mark.parametrize("command", ["names", "sources"])
def test_the_sheets_and_error_lines_write_utf8_for_a_file_name_that_is_not(latin1_name: Path, command: str) -> None:
    missing = b"gon\xe9.md"
    done = subprocess.run(
        [sys.executable, "-m", "attrlint", command, b"caf\xe9.md", missing], cwd=latin1_name, capture_output=True
    )
    assert done.returncode == 2
    assert done.stdout.decode("utf-8").startswith("caf\ufffd.md: ")
    assert done.stderr.decode("utf-8") == "attrlint: error: gon\ufffd.md: no such file or folder\n"
