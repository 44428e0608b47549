"""Hostile input: each gets findings or one clear line naming the file, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from builtin_rules import lint_document, lint_text
from click.testing import CliRunner
from conftest import fixes_for, rule_yaml, write_pack
from hypothesis import given, settings
from hypothesis import strategies as st

from attrlint import document
from attrlint.cli import main
from attrlint.document import Document
from attrlint.fix import apply_edits
from attrlint.packs import load_pack
from attrlint.smallfile import read_at_most

STORY = "Harbour fees to rise\n\nThe board will reportedly raise fees in May.\n\nAdvertisement\n"


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", "--format", "concise", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_bad_files_each_get_one_line_and_the_good_one_is_still_checked(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "mixed.txt").write_bytes("Caf\u00e9 \u2014 owners said so.\n".encode("utf-8") + b"Caf\xe9\n")
    (tmp_path / "good.md").write_text(STORY, encoding="utf-8")
    code, out, err = check(
        *(str(tmp_path / name) for name in ("empty.md", "binary.txt", "mixed.txt")),
        str(tmp_path / "good.md"),
    )
    assert code == 2
    assert "good.md:3:16: ATT003" in out
    lines = err.splitlines()
    assert any("binary.txt: binary file" in line for line in lines)
    assert any("mixed.txt:2: not valid UTF-8 (byte 0xe9)" in line for line in lines)
    assert "Traceback" not in err


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    (tmp_path / "word.txt").write_bytes(STORY.encode("utf-16"))
    code, out, _ = check(str(tmp_path / "word.txt"))
    assert code == 1 and "ATT003" in out and "BOI003" in out


def test_a_symlink_loop_under_a_folder_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.md").write_text(STORY, encoding="utf-8")
    os.symlink(tmp_path / "desk", tmp_path / "desk" / "loop")
    code, out, _ = check(str(tmp_path / "desk"))
    assert code == 1 and out.count("ATT003") == 1


def test_a_hundred_thousand_quote_marks_and_deep_nesting(tmp_path: Path) -> None:
    (tmp_path / "marks.md").write_text("\u201c" * 100_000 + "\n\n" + '"' * 50_000 + "'" * 50_000, encoding="utf-8")
    (tmp_path / "nested.md").write_text("\u201c\u2018" * 5_000 + " hi " + "\u2019\u201d" * 5_000, encoding="utf-8")
    every = ("--max-findings-per-rule", "0")  # all 100,000 findings, not the first 10,000 of a rule
    code, out, err = check(*every, str(tmp_path / "marks.md"), str(tmp_path / "nested.md"))
    assert code == 1 and err == ""
    assert max(len(line) for line in out.splitlines()) < 300  # messages stay short


def test_a_yaml_bomb_of_nested_aliases_is_a_quick_clear_error(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: bomb\nprefix: BMB\n", encoding="utf-8")
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    (pack / "laughs.yaml").write_text("code: BMB001\nname: laughs\n" + "\n".join(lines) + "\n", encoding="utf-8")
    (pack / "listed.yaml").write_text("- code: BMB002\n- name: listed\n", encoding="utf-8")
    rules, errors = load_pack(pack)
    assert rules == []
    assert sorted(str(err).split(": ", 1)[1] for err in errors) == [
        "a rule file must be a YAML mapping",
        "aliases here write out to more than 100,000 values; write the values out instead",
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Advertisement",
                "\u201cWe won,\u201d she said.",
                "Hart said so.",
                "Laura Harth, the chair, spoke.",
                "\u201dNo.",
                "The board will reportedly meet.",
                "",
                "Sign up for our newsletter",
            ]
        ),
        max_size=12,
    )
)
def test_crlf_and_lf_drafts_give_the_same_findings(paragraphs: list[str]) -> None:
    text = "Headline\n\n" + "\n\n".join(paragraphs) + "\n"
    unix = [(f.line, f.column, f.code) for f in lint_text(text)]
    windows = [(f.line, f.column, f.code) for f in lint_text(Document("d.md", text.replace("\n", "\r\n")).raw)]
    assert unix == windows


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Advertisement",
                "\u201dWe won,\u201d she said.",
                "The board met.",
                "Share on Facebook",
                "\u201cNot here \u201cShe said. \u201cNo.\u201d",
            ]
        ),
        min_size=1,
        max_size=10,
    )
)
def test_fixing_twice_equals_fixing_once_and_only_flagged_lines_go(paragraphs: list[str]) -> None:
    text = "Headline\n\n" + "\n\n".join(paragraphs) + "\n"

    def fixed(draft: str) -> str:
        doc = Document("d.md", draft)
        return apply_edits(draft, fixes_for(doc, lint_text(draft, path="d.md")))

    once = fixed(text)
    assert fixed(once) == once
    flagged = {f.line for f in lint_text(text, path="d.md")}
    for number, line in enumerate(text.split("\n"), 1):
        if line and number not in flagged:
            assert line in once or any(part in once for part in line.split()), line


def test_a_catastrophic_newsroom_regex_is_reported_and_the_run_goes_on(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("attrlint.kinds.existence.REGEX_TIMEOUT", 0.2)
    slow = rule_yaml("NEW001", "slow-pattern", "existence", "patterns: ['(a|aa)+$']\nscope: line\n")
    quick = rule_yaml("NEW002", "fumed", "existence", "tokens: [fumed]\nscope: line\n")
    rules, errors = load_pack(write_pack(tmp_path, {"slow-pattern": slow, "fumed": quick}))
    assert errors == []
    doc = Document("draft.md", "a" * 3000 + "!\n\nThe mayor fumed.\n")
    findings, run_errors = lint_document(doc, rules)
    assert [finding.code for finding in findings] == ["NEW002"]
    assert [str(err) for err in run_errors] == [
        "draft.md: rule NEW001 (slow-pattern) skipped: its regex ran too long on this file"
    ]


def test_a_file_that_vanishes_or_cannot_be_read_mid_run(tmp_path: Path, monkeypatch) -> None:
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    real_open = Path.open

    def hostile_open(path: Path, *args: object, **kwargs: object):  # noqa: ANN202
        if path.name == "a.md":
            path.unlink()  # gone between the folder walk and the read
        if path.name == "b.md":
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", hostile_open)
    code, out, err = check(str(tmp_path))
    assert code == 2
    assert "c.md:3:16: ATT003" in out
    assert err.count("\n") == 2 and "Traceback" not in err
    assert "a.md: no such file or folder" in err
    assert "b.md: cannot read file: Permission denied" in err


def test_a_hundred_megabyte_one_line_file_is_one_line_and_the_rest_go_on(tmp_path: Path) -> None:
    with open(tmp_path / "dump.txt", "wb") as dump:
        dump.truncate(100_000_000)  # sparse: a line of 100 MB without writing it
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    code, out, err = check(str(tmp_path / "dump.txt"), str(tmp_path / "story.md"))
    assert code == 2
    assert "story.md:3:16: ATT003" in out
    assert (
        err.strip()
        == f"attrlint: error: {tmp_path / 'dump.txt'}: not checked: over the 10 MB a draft may be (--max-size)"
    )


def test_max_size_moves_the_limit_in_every_worker(tmp_path: Path) -> None:
    for number in range(8):
        (tmp_path / f"story{number}.md").write_text(STORY * 20, encoding="utf-8")  # about 1.4 KB each
    code, _, err = check("--max-size", "0.001", "--jobs", "2", str(tmp_path))
    assert code == 2 and err.count("over the 0.001 MB a draft may be") == 8
    assert check("--max-size", "0.01", "--jobs", "2", str(tmp_path))[0] == 1
    assert check("--max-size", "0", "--jobs", "2", str(tmp_path))[0] == 1  # 0: no limit


def test_a_generous_max_size_sets_no_memory_aside(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    assert check("--max-size", "900000", str(tmp_path / "story.md"))[0] == 1  # 900 GB: read as it comes


def test_the_one_bounded_reader_stops_one_byte_past_the_limit_in_small_pieces() -> None:
    """Drafts, baselines and config files are all read by `read_at_most`: one byte past the limit tells the
    caller the source is over it, and no request sets more than a piece aside."""
    asked: list[int] = []

    def endless(size: int) -> bytes:
        asked.append(size)
        return b"x" * size

    assert len(read_at_most(endless, 200_000)) == 200_001
    assert max(asked) == 1 << 16
    pieces = [b"ab", b""]
    assert read_at_most(lambda size: pieces.pop(0), 5) == b"ab"  # a short source, read to its end


def test_max_size_holds_for_input_that_has_no_size_to_ask(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--max-size", "0.001", "-"], input=STORY * 20)
    assert result.exit_code == 2 and "-: not checked: over the 0.001 MB" in result.stderr
    fifo = tmp_path / "pipe.txt"  # a named pipe is not read at all: standard input is the way in for a pipe
    os.mkfifo(fifo)
    code, _, err = check("--max-size", "0.001", str(fifo))
    assert code == 2 and "pipe.txt: not a regular file" in err


@pytest.mark.parametrize("size", ["nan", "inf", "-1"])
def test_a_max_size_that_is_no_size_is_a_usage_error(size: str) -> None:
    result = CliRunner().invoke(main, ["check", "--max-size", size, "-"], input=STORY)
    assert result.exit_code == 2 and "Invalid value for '--max-size'" in result.stderr


def test_running_out_of_memory_on_one_file_is_one_line(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "huge.md").write_text(STORY + "\n\nThe huge one.\n", encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    real = document.masked_spans

    def starved(text: str) -> list:
        if "The huge one." in text:
            raise MemoryError
        return real(text)

    monkeypatch.setattr(document, "masked_spans", starved)
    code, out, err = check("--jobs", "1", str(tmp_path))
    assert code == 2
    assert "story.md:3:16: ATT003" in out
    assert err.strip() == f"attrlint: error: {tmp_path / 'huge.md'}: not checked: ran out of memory"
