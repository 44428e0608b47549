"""`check --fix -` and `--diff -`: standard input fixed to standard output, what is left to standard
error; and what `--fix` says it did."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from attrlint.cli import main

FAULTY = (
    "Harbour fees to rise\n\nThe board will reportedly meet.\n\nAdvertisement\n\n"
    "\u201dWe have no choice,\u201d the chair said.\n"
)
FIXED = "Harbour fees to rise\n\nThe board will reportedly meet.\n\n\u201cWe have no choice,\u201d the chair said.\n"


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(main, ["check", *args], input=stdin)
    return result.exit_code, result.stdout_bytes, result.stderr


def test_fix_on_standard_input_prints_the_fixed_draft_and_the_findings_left_on_standard_error() -> None:
    code, out, err = run("--fix", "--format", "concise", "-", stdin=FAULTY)
    assert code == 1
    assert out.decode("utf-8") == FIXED
    assert err == "-:3:16: ATT003 Vague or anonymous sourcing: 'reportedly' [vague-source]\n"


def test_fix_on_standard_input_names_it_as_stdin_filename_and_keeps_its_encoding() -> None:
    code, out, err = run(
        "--fix", "--format", "concise", "--stdin-filename", "desk/story.md", "-", stdin=FAULTY.encode("utf-16")
    )
    assert code == 1
    assert out == FIXED.encode("utf-16")
    assert err.startswith("desk/story.md:3:16: ATT003")


def test_fix_on_clean_standard_input_prints_it_back_unchanged() -> None:
    clean = "Harbour fees to rise\n\nThe board met on Monday, its chair said.\n"
    assert run("--fix", "-", stdin=clean) == (
        0,
        clean.encode(),
        "All clear: no problems found.\nFixed 0 problems in 0 files; 0 remain.\n",
    )


def test_diff_on_standard_input_prints_the_diff() -> None:
    code, out, _ = run("--diff", "-", stdin=FAULTY)
    assert code == 1
    text = out.decode("utf-8")
    assert text.startswith("--- -\n+++ -\n")
    assert "-Advertisement\n" in text and "+\u201cWe have no choice" in text


def test_standard_input_must_be_alone_to_be_fixed(tmp_path: Path) -> None:
    other = tmp_path / "other.md"
    other.write_text(FAULTY, encoding="utf-8")
    code, out, err = run("--fix", "-", str(other), stdin=FAULTY)
    assert (code, out) == (2, b"")
    assert "standard input (-) must be the only path" in err
    assert other.read_text(encoding="utf-8") == FAULTY


def test_fix_says_what_it_fixed_and_what_remains(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text(FAULTY, encoding="utf-8")
    code, out, _ = run("--fix", str(draft))
    assert code == 1
    assert out.decode("utf-8").endswith("Fixed 2 problems in 1 file; 1 remains.\n")


def test_show_fixes_lists_each_fix(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text(FAULTY, encoding="utf-8")
    code, out, err = run("--fix", "--show-fixes", "--format", "concise", str(draft))
    assert code == 1
    assert out.decode("utf-8") == f"{draft}:3:16: ATT003 Vague or anonymous sourcing: 'reportedly' [vague-source]\n"
    assert err.splitlines() == [
        "Fixed 2 problems in 1 file; 1 remains.",
        f"  fixed {draft}:5:1: BOI003 Advertisement marker pasted from a web page: 'Advertisement' [advertisement]",
        f"  fixed {draft}:7:1: QUO003 Quotation mark '\u201d' is turned the wrong way [misdirected-quote]",
    ]


def test_a_finding_with_an_unsafe_fix_says_unsafe_fixes_would_apply_it(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text(
        "Council vote\n\nLaura Harth, the council's lawyer, spoke on Monday. Hart said the vote was final.\n",
        encoding="utf-8",
    )
    code, out, _ = run(str(draft))
    text = out.decode("utf-8")
    assert code == 1 and "NAM001" in text
    assert "   = an unsafe fix: --fix --unsafe-fixes would make it\n" in text
    assert text.endswith("1 with --fix --unsafe-fixes.\n")
    assert "an unsafe fix" not in run("--unsafe-fixes", str(draft))[1].decode("utf-8")
