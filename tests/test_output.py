"""Output formats: concise, json and text, through the formatters and through the command line."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint.cli import main
from attrlint.finding import Finding, Severity
from attrlint.output import FORMATTERS, Context, concise, json_format, text

ANSI = re.compile(r"\x1b\[[0-9;]*m")
BODY = (
    "TOLLBROOK — The Tollbrook town council approved a new skate park on Wednesday after a "
    "two-year campaign by pupils at the high school, the clerk said."
)
JSON_KEYS = {"path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message"}
CONCISE_LINE = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]{3}\d{3}) (?P<message>.+) \[(?P<name>[a-z0-9-]+)\]$"
)
COPY = "\u00a9 2025 Tollbrook Tribune"


def finding(path="story.md", line=3, column=1, end_line=3, end_column=14, code="BOI003", severity=Severity.WARNING):
    return Finding(
        path,
        line,
        column,
        end_line,
        end_column,
        code,
        "advertisement" if code == "BOI003" else "made-up-rule",
        severity,
        "Advertisement marker pasted from a web page: 'Advertisement'",
    )


def lines_of(sources: dict[tuple[str, int], str]):
    return lambda path, line: sources[(path, line)]


def check(*args: str):
    return CliRunner().invoke(main, ["check", *args], catch_exceptions=False)


@pytest.fixture
def draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A draft with an indented ad marker (line 3, column 3) and a copyright line (line 5)."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "story.md"
    path.write_text(f"{BODY}\n\n  Advertisement\n\n{COPY}\n", encoding="utf-8")
    return path


# concise


def test_concise_exact_line():
    out = concise.render([finding()], Context(lines_of({})))
    assert out == (
        "story.md:3:1: BOI003 Advertisement marker pasted from a web page: 'Advertisement' [advertisement]\n"
    )


def test_concise_empty_is_empty():
    assert concise.render([], Context(lines_of({}))) == ""


def test_concise_from_the_command_line(draft: Path):
    result = check("--format", "concise", "story.md")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "story.md:3:3: BOI003 Advertisement marker pasted from a web page: 'Advertisement' [advertisement]",
        f"story.md:5:1: BOI005 Copyright line pasted from a web page: '{COPY}' [copyright-notice]",
    ]
    for line in result.stdout.splitlines():
        assert CONCISE_LINE.match(line), line


# json


def test_json_objects_have_the_documented_keys():
    data = json.loads(json_format.render([finding(), finding(line=5, code="BOI005")], Context(lines_of({}))))
    assert isinstance(data, list) and len(data) == 2
    for obj in data:
        assert JSON_KEYS <= set(obj), f"missing keys: {JSON_KEYS - set(obj)}"
        assert set(obj) - JSON_KEYS <= {"suggestion"}, f"undocumented keys: {set(obj) - JSON_KEYS}"
    assert data[0] == {
        "path": "story.md",
        "line": 3,
        "column": 1,
        "end_line": 3,
        "end_column": 14,
        "code": "BOI003",
        "name": "advertisement",
        "severity": "warning",
        "message": "Advertisement marker pasted from a web page: 'Advertisement'",
        **({"suggestion": None} if "suggestion" in data[0] else {}),
    }


def test_json_empty_is_an_empty_list():
    assert json.loads(json_format.render([], Context(lines_of({})))) == []


def test_json_from_the_command_line(draft: Path):
    result = check("--format", "json", "story.md")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [(d["path"], d["line"], d["column"], d["code"]) for d in data] == [
        ("story.md", 3, 3, "BOI003"),
        ("story.md", 5, 1, "BOI005"),
    ]
    first = data[0]
    assert (first["end_line"], first["end_column"]) == (3, 16)
    assert first["name"] == "advertisement" and first["severity"] == "warning"
    assert all(isinstance(d[key], int) for d in data for key in ("line", "column", "end_line", "end_column"))
    assert "\u00a9" in result.stdout  # not escaped as \u00a9


def test_json_clean_run_is_an_empty_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean.md").write_text(BODY + "\n", encoding="utf-8")
    result = check("--format", "json", "clean.md")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


# text


def test_text_shows_the_line_a_caret_and_a_summary(draft: Path):
    result = check("--format", "text", "story.md")
    assert result.exit_code == 1
    assert result.stdout == (
        "story.md:3:3: BOI003 Advertisement marker pasted from a web page: 'Advertisement' [advertisement]\n"
        " 3 |   Advertisement\n"
        f"   |   {'^' * len('Advertisement')}\n"
        f"story.md:5:1: BOI005 Copyright line pasted from a web page: '{COPY}' [copyright-notice]\n"
        f" 5 | {COPY}\n"
        f"   | {'^' * len(COPY)}\n"
        "Found 2 problems (2 warning) in 1 file. 2 fixable with --fix.\n"
    )


def test_text_is_the_default_format(draft: Path):
    assert check("story.md").stdout == check("--format", "text", "story.md").stdout


def _caret_under(out: str, marker: str) -> tuple[int, int]:
    """Index of the first caret, and of `marker` in the source line above it."""
    lines = out.splitlines()
    row = next(i for i, line in enumerate(lines) if "^" in line and "|" in line)
    return lines[row].index("^"), lines[row - 1].index(marker)


def test_text_caret_sits_under_the_column_mid_line():
    source = "The hall reopens on Saturday, and everyone is welcome."
    column = source.index("Saturday") + 1
    item = finding(path="a.md", line=7, column=column, end_line=7, end_column=column + len("Saturday"))
    out = text.render([item], Context(lines_of({("a.md", 7): source})))
    caret, word = _caret_under(out, "Saturday")
    assert caret == word
    caret_line = out.splitlines()[2]
    assert caret_line.count("^") == len("Saturday")


def test_text_caret_with_a_tab_before_the_column():
    source = "\tAdvertisement"
    item = finding(path="a.md", line=1, column=2, end_line=1, end_column=15)
    out = text.render([item], Context(lines_of({("a.md", 1): source})))
    caret, word = _caret_under(out, "Advertisement")
    assert caret == word


def test_text_caret_on_a_directive_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(f"{BODY}\n\nThe fete is on. <!-- attrlint: disabel-line -->\n", encoding="utf-8")
    result = check("d.md")
    assert result.exit_code == 1
    caret, directive = _caret_under(result.stdout, "<!--")
    assert caret == directive


def test_text_multi_line_finding_underlines_to_the_end_of_its_first_line():
    first = "The school, which has 48 pupils, had been due to close in July after"
    item = finding(path="a.md", line=4, column=1, end_line=5, end_column=20, code="BOI010")
    out = text.render([item], Context(lines_of({("a.md", 4): first})))
    caret_line = out.splitlines()[2]
    assert caret_line == "   | " + "^" * len(first)


@pytest.mark.parametrize(
    ("items", "summary"),
    [
        ([], "All clear: no problems found."),
        ([finding()], "Found 1 problem (1 warning) in 1 file."),
        (
            [finding(severity=Severity.ERROR), finding(line=5), finding(path="b.md", severity=Severity.INFO)],
            "Found 3 problems (1 error, 1 warning, 1 info) in 2 files.",
        ),
    ],
)
def test_text_summary_line(items, summary):
    sources = {(item.path, item.line): "Advertisement" for item in items}
    out = text.render(items, Context(lines_of(sources)))
    assert out.splitlines()[-1] == summary


def test_text_clean_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean.md").write_text(BODY + "\n", encoding="utf-8")
    assert check("clean.md").stdout == "All clear: no problems found.\n"


# colour


def test_colour_only_when_asked():
    items = [finding(severity=Severity.ERROR)]
    sources = lines_of({("story.md", 3): "Advertisement"})
    assert ANSI.search(text.render(items, Context(sources, color=True)))
    assert not ANSI.search(text.render(items, Context(sources, color=False)))
    plain = ANSI.sub("", text.render(items, Context(sources, color=True)))
    assert plain == text.render(items, Context(sources, color=False))


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_no_ansi_escapes_when_not_a_terminal(draft: Path, fmt: str):
    result = check("--format", fmt, "story.md")
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout


def _attrlint() -> str:
    beside = Path(sys.executable).parent / "attrlint"
    script = str(beside) if beside.exists() else shutil.which("attrlint")
    if not script:
        pytest.skip("the attrlint script is not installed")
    return script


def test_no_ansi_escapes_through_a_pipe(draft: Path):
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [_attrlint(), "check", "story.md"], capture_output=True, text=True, env=env, timeout=60, encoding="utf-8"
    )
    assert proc.returncode == 1
    assert "^" in proc.stdout and "\x1b" not in proc.stdout


def _run_in_terminal(args: list[str], env: dict[str, str]) -> str:
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(args, stdout=slave, stderr=slave, stdin=subprocess.DEVNULL, env=env)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=60)
    finally:
        os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_on_a_terminal_unless_no_color(draft: Path):
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    env["PYTHONIOENCODING"] = "utf-8"
    coloured = _run_in_terminal([_attrlint(), "check", "story.md"], env)
    assert ANSI.search(coloured)
    plain = _run_in_terminal([_attrlint(), "check", "story.md"], {**env, "NO_COLOR": "1"})
    assert "Advertisement" in plain and not ANSI.search(plain)
