"""Hostile configs, packs and rule files: each gets one clear line naming the file, quickly, never a
traceback, a hang or all the memory there is."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import rule_yaml, write_pack

from attrlint.cli import main
from attrlint.config import read_config
from attrlint.errors import ConfigError, RuleError
from attrlint.packs import load_pack
from attrlint.ruleset import resolve

STORY = "Harbour fees to rise\n\nThe board will reportedly raise fees in May.\n\nAdvertisement\n"


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", "--format", "concise", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def laughs(indent: str = "") -> str:
    """A flow list of nested aliases that writes out to 9**9 strings: a 'billion laughs'."""
    anchors = ['&a ["x","x","x","x","x","x","x","x","x"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        anchors.append(f"&{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "[" + f",\n{indent}".join([*anchors, "*i"]) + "]"


def one_error(folder: Path) -> RuleError:
    rules, errors = load_pack(folder)
    assert rules == [] and len(errors) == 1, [str(e) for e in errors]
    return errors[0]


# --- point 6: validate before expanding, formatting or compiling --------------------------------------


@pytest.mark.parametrize("key", ["level", "enabled"])
def test_an_alias_bomb_in_a_config_is_refused_before_it_is_expanded(tmp_path: Path, key: str) -> None:
    config_file = tmp_path / ".attrlint.yaml"
    config_file.write_text(f"rules:\n  advertisement:\n    {key}: {laughs('      ')}\n", encoding="utf-8")
    start = time.process_time()
    with pytest.raises(ConfigError) as raised:
        resolve(read_config(config_file))
    assert time.process_time() - start < 2
    assert raised.value.path == str(config_file) and raised.value.line in range(3, 13)
    assert "aliases" in raised.value.message and len(str(raised.value)) < 300


def test_an_alias_bomb_in_a_rule_file_is_refused(tmp_path: Path) -> None:
    text = rule_yaml("NEW001", "bomb", "existence", "tokens: [fumed]\n").replace("level: warning", f"level: {laughs()}")
    err = one_error(write_pack(tmp_path, {"bomb": text}))
    assert err.path.endswith("bomb.yaml") and err.line is not None and "aliases" in err.message


def test_a_few_aliases_are_still_read(tmp_path: Path) -> None:
    config_file = tmp_path / ".attrlint.yaml"
    config_file.write_text("ignore: &quiet [BOI010]\nrules:\n  advertisement: {level: info}\n", encoding="utf-8")
    assert read_config(config_file).ignore == ("BOI010",)


def test_deep_nesting_in_a_config_is_an_error_not_a_recursion_traceback(tmp_path: Path) -> None:
    (tmp_path / ".attrlint.yaml").write_text("select: " + "[" * 990 + "]" * 990 + "\n", encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    code, out, err = check(str(tmp_path / "story.md"))
    assert code == 2 and out == ""
    assert err.startswith(f"attrlint: error: {tmp_path / '.attrlint.yaml'}:1: ") and "nested" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "message", ["{match:>999999999}", "{match:.5}", "{match!r}", "{match!s:^20}"], ids=["width", "precision", "r", "s"]
)
def test_a_message_placeholder_with_a_format_or_conversion_is_refused(tmp_path: Path, message: str) -> None:
    err = one_error(write_pack(tmp_path, {"wide": rule_yaml("NEW001", "wide", "existence", "tokens: [x]\n", message)}))
    assert err.line == 5 and err.path.endswith("wide.yaml")
    assert "only bare placeholders such as {match}" in err.message


@pytest.mark.parametrize(
    "pattern",
    ["(?:a{100000}){100000}", "a{1001}", "(?:a{1000}){1000}", "(?:(?:a{100}){100}){100}", "x{2,5000}", "y{7000,}"],
)
def test_a_regex_with_huge_counted_repeats_is_refused_before_compiling(tmp_path: Path, pattern: str) -> None:
    text = rule_yaml("NEW001", "huge", "existence", f"patterns: ['{pattern}']\n")
    start = time.process_time()
    err = one_error(write_pack(tmp_path, {"huge": text}))
    assert time.process_time() - start < 2
    assert err.path.endswith("huge.yaml") and err.line == 11
    assert "repeat" in err.message


def test_many_patterns_that_add_up_to_a_huge_regex_are_refused(tmp_path: Path) -> None:
    patterns = ", ".join(f"'b{i}a{{1000}}'" for i in range(200))  # 200,000 once written out, in one alternation
    err = one_error(
        write_pack(tmp_path, {"many": rule_yaml("NEW001", "many", "existence", f"patterns: [{patterns}]\n")})
    )
    assert err.path.endswith("many.yaml") and "repeat" in err.message


@pytest.mark.parametrize(
    "pattern", [r"\d{4}", r"\N{BULLET}{3}", r"\p{Lu}{2,3}", r"[{]{3}", r"\{1001\}", r"(?:ab){1,1000}", r"a{,10}"]
)
def test_ordinary_counted_repeats_and_braces_are_fine(tmp_path: Path, pattern: str) -> None:
    text = rule_yaml("NEW001", "fine", "existence", f"patterns: ['{pattern}']\n")
    rules, errors = load_pack(write_pack(tmp_path, {"fine": text}))
    assert errors == [] and len(rules) == 1


def test_a_huge_repeat_in_a_config_vague_lexicon_is_refused(tmp_path: Path) -> None:
    config_file = tmp_path / ".attrlint.yaml"
    config_file.write_text("rules:\n  vague-source:\n    vague: ['(?:a{100000}){100000}']\n", encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        resolve(read_config(config_file))
    err = raised.value
    assert err.path == str(config_file) and err.line == 3 and "repeat" in err.message


# --- point 11: a config or rule file that is not a regular file, or is huge, is one line, never a hang ---


def attrlint_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The command line in its own process, so a hang is a failed test (not a stuck suite) and a
    runaway read meets a memory limit rather than the machine's."""

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2_000_000_000, 2_000_000_000))

    return subprocess.run(
        [sys.executable, "-m", "attrlint", "check", "--format", "concise", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=30,
        preexec_fn=limit_memory,
    )


def test_a_fifo_named_as_config_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "config.yaml")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    done = attrlint_cli("--config", "config.yaml", "story.md", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "attrlint: error: config.yaml: not a regular file\n"


@pytest.mark.parametrize("name", [".attrlint.yaml", ".attrlint.yml"])
def test_a_fifo_config_met_on_the_way_up_is_an_error(tmp_path: Path, name: str) -> None:
    os.mkfifo(tmp_path / name)
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.md").write_text(STORY, encoding="utf-8")
    done = attrlint_cli("desk/story.md", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"attrlint: error: {tmp_path / name}: not a regular file\n"


def newsroom_pack(tmp_path: Path) -> Path:
    """A folder whose config names a pack of two good rules; the story gives each a finding."""
    folder = write_pack(
        tmp_path,
        {
            "fumed": rule_yaml("NEW001", "fumed", "existence", "tokens: [fumed]\n"),
            "raged": rule_yaml("NEW002", "raged", "existence", "tokens: [raged]\n"),
        },
    )
    (tmp_path / ".attrlint.yaml").write_text("packs: [newsroom]\n", encoding="utf-8")
    (tmp_path / "story.md").write_text("The mayor fumed.\n\nThe clerk raged.\n", encoding="utf-8")
    return folder


def test_a_fifo_rule_file_is_one_error_and_the_other_rules_run(tmp_path: Path) -> None:
    folder = newsroom_pack(tmp_path)
    os.mkfifo(folder / "stuck.yaml")
    done = attrlint_cli("story.md", cwd=tmp_path)
    assert done.returncode == 2
    assert "NEW001" in done.stdout and "NEW002" in done.stdout
    assert done.stderr == f"attrlint: error: {folder / 'stuck.yaml'}: not a regular file\n"


def test_a_fifo_pack_yaml_is_one_error(tmp_path: Path) -> None:
    folder = newsroom_pack(tmp_path)
    (folder / "pack.yaml").unlink()
    os.mkfifo(folder / "pack.yaml")
    done = attrlint_cli("story.md", cwd=tmp_path)
    assert done.returncode == 2 and "NEW00" not in done.stdout
    assert done.stderr == f"attrlint: error: {folder / 'pack.yaml'}: not a regular file\n"


def test_a_rule_file_linked_to_dev_urandom_is_not_read(tmp_path: Path) -> None:
    folder = newsroom_pack(tmp_path)
    os.symlink("/dev/urandom", folder / "noise.yaml")
    done = attrlint_cli("story.md", cwd=tmp_path)
    assert done.returncode == 2 and "NEW001" in done.stdout
    assert done.stderr == f"attrlint: error: {folder / 'noise.yaml'}: not a regular file\n"


def test_a_config_or_rule_file_over_a_megabyte_is_one_error(tmp_path: Path) -> None:
    folder = newsroom_pack(tmp_path)
    padding = "# " + "x" * 98 + "\n"
    (folder / "raged.yaml").write_text((folder / "raged.yaml").read_text() + padding * 11_000, encoding="utf-8")
    done = attrlint_cli("story.md", cwd=tmp_path)
    assert done.returncode == 2 and "NEW001" in done.stdout and "NEW002" not in done.stdout
    assert done.stderr == f"attrlint: error: {folder / 'raged.yaml'}: over the 1 MB a config or rule file may be\n"
    (tmp_path / ".attrlint.yaml").write_text("packs: [newsroom]\n" + padding * 11_000, encoding="utf-8")
    with pytest.raises(ConfigError, match="over the 1 MB a config or rule file may be"):
        read_config(tmp_path / ".attrlint.yaml")


# --- point 12: a pyproject.toml that is not ours to read, or too deep to parse ----------------------------


def desk_under(tmp_path: Path, pyproject: bytes) -> Path:
    (tmp_path / "pyproject.toml").write_bytes(pyproject)
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.md").write_text(STORY, encoding="utf-8")
    return tmp_path / "desk" / "story.md"


def test_a_parent_pyproject_that_is_not_utf8_and_not_ours_is_passed_over(tmp_path: Path) -> None:
    story = desk_under(tmp_path, '[tool.poetry]\nauthors = ["Jos\u00e9"]\n'.encode("latin-1"))
    code, out, err = check(str(story))
    assert (code, err) == (1, "") and "ATT003" in out


def test_a_parent_pyproject_that_is_not_utf8_but_mentions_attrlint_is_passed_over_with_a_warning(
    tmp_path: Path,
) -> None:
    story = desk_under(tmp_path, '[tool.attrlint]\nignore = ["ATT"]\n# Jos\u00e9\n'.encode("latin-1"))
    code, out, err = check(str(story))
    assert code == 1 and "ATT003" in out
    assert err == f"attrlint: warning: {tmp_path / 'pyproject.toml'}: passed over: not valid UTF-8 (byte 0xe9)\n"


def test_a_parent_pyproject_that_cannot_be_read_is_passed_over(tmp_path: Path, monkeypatch) -> None:
    story = desk_under(tmp_path, b"[tool.black]\n")
    real_open = os.open

    def refuse(path: object, *args: object) -> int:
        if str(path).endswith("pyproject.toml"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", refuse)
    code, out, err = check(str(story))
    assert (code, err) == (1, "") and "ATT003" in out


def test_a_pyproject_named_with_config_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    story = desk_under(tmp_path, '[tool.poetry]\nauthors = ["Jos\u00e9"]\n'.encode("latin-1"))
    code, out, err = check("--config", str(tmp_path / "pyproject.toml"), str(story))
    assert (code, out) == (2, "")
    assert err == f"attrlint: error: {tmp_path / 'pyproject.toml'}: not valid UTF-8 (byte 0xe9)\n"


def test_a_pyproject_nested_500_deep_is_an_error_naming_it(tmp_path: Path) -> None:
    story = desk_under(tmp_path, b"[tool.attrlint]\nselect = " + b"[" * 500 + b"]" * 500 + b"\n")
    code, out, err = check(str(story))
    assert (code, out) == (2, "")
    assert err == f"attrlint: error: {tmp_path / 'pyproject.toml'}: invalid TOML: nested too deeply\n"


# --- point 5, config side: the regexes of a newsroom's lexicons are checked where they are written ---------


def gossip_pack(tmp_path: Path, vague: str) -> Path:
    # The default problem: its name is the same before and after main renamed the analysis problems.
    rule = rule_yaml("NEW001", "gossip", "attribution", "")
    folder = write_pack(tmp_path, {"gossip": rule})
    (folder / "pack.yaml").write_text(f"name: newsroom\nprefix: NEW\nlexicons:\n  vague:\n    - '{vague}'\n")
    return folder


@pytest.mark.parametrize("vague", ["(unclosed", "(?:a{100000}){100000}"], ids=["syntax", "huge"])
def test_a_bad_regex_in_a_pack_lexicon_names_its_line_in_pack_yaml(tmp_path: Path, vague: str) -> None:
    err = one_error(gossip_pack(tmp_path, vague))
    assert err.path.endswith("pack.yaml") and err.line == 5
    assert "invalid regex" in err.message or "repeat" in err.message


def test_a_good_regex_in_a_pack_lexicon_reaches_the_analysis(tmp_path: Path) -> None:
    rules, errors = load_pack(gossip_pack(tmp_path, r"\bwhispers in the corridor\b"))
    assert errors == [] and rules[0].options["vague"] == [r"\bwhispers in the corridor\b"]


@pytest.mark.parametrize("vague", ["(?:b", "(?:a{100000}){100000}"], ids=["syntax", "huge"])
def test_a_bad_vague_regex_in_a_config_names_its_line(tmp_path: Path, vague: str) -> None:
    (tmp_path / ".attrlint.yaml").write_text(f"rules:\n  ATT:\n    vague:\n      - 'ok'\n      - '{vague}'\n")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    code, out, err = check(str(tmp_path / "story.md"))
    assert (code, out) == (2, "")
    assert err.startswith(f"attrlint: error: {tmp_path / '.attrlint.yaml'}:5: ") and err.count("\n") == 1
