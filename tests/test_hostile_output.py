"""Hostile drafts meet the output: nothing a draft holds reaches a terminal raw, and output stays
bounded and valid UTF-8 whatever the draft or its name."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from attrlint.cli import main

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
