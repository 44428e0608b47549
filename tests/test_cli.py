"""The command line: exit codes, errors on stderr, folders, stdin, rule selection, config, docs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint import __version__
from attrlint.cli import main
from attrlint.packs import load_rules

BODY = (
    "BRANTWICK — The Brantwick parish council voted on Tuesday to reopen the village hall after a "
    "two-year repair, the clerk said."
)
BODY_2 = (
    "The hall, built in 1911, had been closed since its roof failed in a storm, and the repairs cost "
    "the parish about 90,000 pounds, according to the council."
)
CLEAN = f"{BODY}\n\n{BODY_2}\n"
# Residue from four rules: BOI003 line 3, BOI004 line 5, BOI001 line 9, BOI005 line 11.
DIRTY = (
    f"{BODY}\n\nAdvertisement\n\nRead more: Brantwick fete returns in June\n\n{BODY_2}\n\n"
    "Sign up for our newsletter\n\n\u00a9 2025 Brantwick Bugle\n"
)
DIRTY_CODES = {(3, "BOI003"), (5, "BOI004"), (9, "BOI001"), (11, "BOI005")}


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def concise(*args: str, input: str | None = None):
    return run("check", "--format", "concise", *args, input=input)


def found(stdout: str) -> set[tuple[str, int, str]]:
    """(path, line, code) of each concise output line."""
    result = set()
    for line in stdout.splitlines():
        location, rest = line.split(": ", 1)
        path, number, _column = location.rsplit(":", 2)
        result.add((path, int(number), rest.split(" ", 1)[0]))
    return result


def codes(stdout: str) -> set[tuple[int, str]]:
    return {(line, code) for _, line, code in found(stdout)}


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with no .attrlint.yaml above it that the tests did not write."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


# Exit codes.


def test_clean_file_exits_0(isolated: Path):
    draft = write(isolated / "clean.md", CLEAN)
    result = run("check", str(draft))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "All clear: no problems found."
    assert result.stderr == ""


def test_findings_exit_1(isolated: Path):
    draft = write(isolated / "dirty.md", DIRTY)
    result = concise(str(draft))
    assert result.exit_code == 1, result.output
    assert codes(result.stdout) == DIRTY_CODES
    assert result.stderr == ""


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_selector_exits_2(isolated: Path, option: str):
    draft = write(isolated / "dirty.md", DIRTY)
    result = concise(option, "XYZ999", str(draft))
    assert result.exit_code == 2
    assert "no rule matches 'XYZ999'" in result.stderr


def test_unknown_selector_suggests_the_close_name(isolated: Path):
    draft = write(isolated / "dirty.md", DIRTY)
    result = concise("--select", "advertisment", str(draft))
    assert result.exit_code == 2
    assert "did you mean 'advertisement'?" in result.stderr


def test_unknown_selector_fails_even_without_drafts(isolated: Path):
    (isolated / "empty").mkdir()
    result = concise("--select", "XYZ999", str(isolated / "empty"))
    assert result.exit_code == 2


HOUSE_PACK = {
    "pack.yaml": "name: house\nprefix: HOU\ndescription: House style for the Brantwick Bugle.\n",
    "broken-rule.yaml": textwrap.dedent(
        """\
        code: HOU001
        name: broken-rule
        kind: existance
        level: warning
        message: "Avoid '{match}'"
        description: A rule with a misspelt kind.
        why: To test error reporting.
        examples:
          bad: ["slated"]
          good: ["due"]
        """
    ),
    "slated.yaml": textwrap.dedent(
        """\
        code: HOU002
        name: slated
        kind: existence
        level: error
        message: "House style: avoid '{match}'"
        description: Flags the word slated.
        why: The Bugle says due to.
        tokens: [slated]
        examples:
          bad: ["The hall is slated to reopen."]
          good: ["The hall is due to reopen."]
        """
    ),
}


def test_broken_rule_in_a_config_pack_exits_2_and_still_checks(isolated: Path):
    for name, text in HOUSE_PACK.items():
        write(isolated / "house" / name, text)
    write(isolated / ".attrlint.yaml", "packs: [house]\n")
    first = write(isolated / "first.md", f"The hall is slated to reopen in May.\n\n{DIRTY}")
    second = write(isolated / "second.md", "Advertisement\n")
    result = concise(str(first), str(second))
    assert result.exit_code == 2
    broken = (isolated / "house" / "broken-rule.yaml").resolve()
    assert f"{broken}:3: unknown kind 'existance'" in result.stderr
    assert result.stderr.count("unknown kind") == 1  # reported once, not once per file
    got = found(result.stdout)
    assert (str(first), 1, "HOU002") in got  # the pack's good rule still runs
    assert (str(first), 5, "BOI003") in got  # and so do the built-in rules
    assert (str(second), 1, "BOI003") in got  # and the other file is checked too


def test_broken_pack_yaml_exits_2_and_builtin_rules_still_run(isolated: Path):
    write(isolated / "house" / "pack.yaml", "name: house\nprefix: [HOU\n")
    write(isolated / ".attrlint.yaml", "packs:\n  - house\n")
    draft = write(isolated / "draft.md", DIRTY)
    result = concise(str(draft))
    assert result.exit_code == 2
    assert "pack.yaml" in result.stderr and "invalid YAML" in result.stderr
    assert codes(result.stdout) == DIRTY_CODES


def test_missing_pack_folder_exits_2_and_other_folders_are_checked(isolated: Path):
    write(isolated / "desk" / ".attrlint.yaml", "packs: [no-such-pack]\n")
    write(isolated / "desk" / "story.md", DIRTY)
    other = write(isolated / "other" / "story.md", DIRTY)
    result = concise(str(isolated / "desk"), str(isolated / "other"))
    assert result.exit_code == 2
    assert "rule pack folder not found" in result.stderr and "no-such-pack" in result.stderr
    assert {path for path, _, _ in found(result.stdout)} == {str(other)}


def test_unknown_config_key_names_file_and_line(isolated: Path):
    config = write(isolated / "desk" / ".attrlint.yaml", "ignore: [BOI005]\nselcet: [BOI001]\n")
    write(isolated / "desk" / "story.md", DIRTY)
    other = write(isolated / "other" / "story.md", DIRTY)
    result = concise(str(isolated / "desk"), str(other))
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if "selcet" in line]
    assert lines == [f"attrlint: error: {config.resolve()}:2: unknown key 'selcet' (did you mean 'select'?)"]
    assert {path for path, _, _ in found(result.stdout)} == {str(other)}


def test_binary_file_is_reported_and_others_still_checked(isolated: Path):
    binary = write(isolated / "photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    draft = write(isolated / "story.md", DIRTY)
    result = concise(str(binary), str(draft))
    assert result.exit_code == 2
    assert f"attrlint: error: {binary}: binary file" in result.stderr
    assert codes(result.stdout) == DIRTY_CODES


def test_binary_file_inside_a_folder(isolated: Path):
    write(isolated / "drafts" / "a-photo.txt", b"\x00\x01\x02")
    write(isolated / "drafts" / "story.md", DIRTY)
    result = concise(str(isolated / "drafts"))
    assert result.exit_code == 2
    assert "a-photo.txt: binary file" in result.stderr
    assert codes(result.stdout) == DIRTY_CODES


def test_invalid_utf8_names_file_and_line(isolated: Path):
    latin = write(isolated / "latin.md", BODY.encode("utf-8") + b"\n\nThe caf\xe9 reopened.\n")
    draft = write(isolated / "story.md", DIRTY)
    result = concise(str(latin), str(draft))
    assert result.exit_code == 2
    assert f"attrlint: error: {latin}:3: not valid UTF-8 (byte 0xe9)" in result.stderr
    assert codes(result.stdout) == DIRTY_CODES


def test_missing_path_is_reported_and_the_other_drafts_still_checked(isolated: Path):
    draft = write(isolated / "story.md", DIRTY)
    result = concise(str(draft), "no-such-draft.md")
    assert result.exit_code == 2
    assert "attrlint: error: no-such-draft.md: no such file or folder" in result.stderr
    assert "story.md:" in result.stdout  # the draft that exists was checked


def test_no_paths_is_a_usage_error(isolated: Path):
    result = run("check")
    assert result.exit_code == 2
    assert "Usage:" in result.output


# Inputs.


def test_folder_recursion_picks_drafts_and_skips_hidden_folders(isolated: Path):
    picked = ["a.md", "b.markdown", "c.txt", "sub/d.md", "sub/deeper/e.txt", "upper/F.MD", "notes.html", "x/page.htm"]
    skipped = ["story.rst", "data.json", "README", ".git/g.md", "sub/.cache/h.md", ".drafts/i.txt"]
    for name in picked + skipped:
        write(isolated / "newsroom" / name, "Advertisement\n")
    result = concise("newsroom")
    assert result.exit_code == 1
    got = {Path(path).as_posix() for path, _, _ in found(result.stdout)}
    assert got == {f"newsroom/{name}" for name in picked}


def test_a_file_named_explicitly_is_checked_whatever_its_suffix(isolated: Path):
    draft = write(isolated / "story.rst", "Advertisement\n")
    result = concise(str(draft))
    assert result.exit_code == 1
    assert codes(result.stdout) == {(1, "BOI003")}


def test_dash_reads_standard_input(isolated: Path):
    result = concise("-", input=DIRTY)
    assert result.exit_code == 1
    assert found(result.stdout) == {("-", line, code) for line, code in DIRTY_CODES}


def test_clean_standard_input_exits_0(isolated: Path):
    result = run("check", "-", input=CLEAN)
    assert result.exit_code == 0
    assert "All clear" in result.stdout


def test_stdin_and_files_together(isolated: Path):
    draft = write(isolated / "story.md", "Advertisement\n")
    result = concise(str(draft), "-", input="Sign up for our newsletter\n")
    assert result.exit_code == 1
    assert found(result.stdout) == {(str(draft), 1, "BOI003"), ("-", 1, "BOI001")}


def test_a_draft_reached_twice_is_reported_once(isolated: Path):
    draft = write(isolated / "desk" / "story.md", DIRTY)
    result = concise(str(isolated / "desk"), str(draft))
    lines = result.stdout.splitlines()
    assert len(lines) == len(set(lines)) == len(DIRTY_CODES)


# Rule selection.


@pytest.mark.parametrize(
    ("selectors", "expected"),
    [
        (["BOI003"], {"BOI003"}),  # code
        (["boi003"], {"BOI003"}),  # code, any case
        (["advertisement"], {"BOI003"}),  # name
        (["BOI"], {"BOI001", "BOI003", "BOI004", "BOI005"}),  # pack prefix
        (["BOI00"], {"BOI001", "BOI003", "BOI004", "BOI005"}),  # longer prefix
        (["BOI001,read-more-link"], {"BOI001", "BOI004"}),  # comma-separated
        (["BOI001", "--select", "copyright-notice"], {"BOI001", "BOI005"}),  # repeated option
        (["ALL"], {"BOI001", "BOI003", "BOI004", "BOI005"}),
    ],
)
def test_select(isolated: Path, selectors: list[str], expected: set[str]):
    draft = write(isolated / "story.md", DIRTY)
    result = concise("--select", *selectors, str(draft))
    assert result.exit_code == 1, result.output
    assert {code for _, code in codes(result.stdout)} == expected


@pytest.mark.parametrize(
    ("ignored", "expected"),
    [
        (["BOI003"], {"BOI001", "BOI004", "BOI005"}),
        (["advertisement,newsletter-prompt"], {"BOI004", "BOI005"}),
        (["BOI00"], set()),
        (["BOI"], set()),
    ],
)
def test_ignore(isolated: Path, ignored: list[str], expected: set[str]):
    draft = write(isolated / "story.md", DIRTY)
    result = concise("--ignore", *ignored, str(draft))
    assert result.exit_code == (1 if expected else 0), result.output
    assert {code for _, code in codes(result.stdout)} == expected


def test_repeated_paragraph_survives_a_prefix_ignore_of_boi00(isolated: Path):
    line = "The hall will reopen on Saturday with a dance and a bring-and-buy sale."
    draft = write(isolated / "story.md", f"{line}\n\n{line}\n\nAdvertisement\n")
    result = concise("--ignore", "BOI00", str(draft))
    assert codes(result.stdout) == {(3, "BOI010")}


def test_select_and_ignore_together(isolated: Path):
    draft = write(isolated / "story.md", DIRTY)
    result = concise("--select", "BOI", "--ignore", "BOI004", "--ignore", "copyright-notice", str(draft))
    assert {code for _, code in codes(result.stdout)} == {"BOI001", "BOI003"}


# Configuration.


def test_nearest_config_is_used(isolated: Path):
    write(isolated / "desk" / ".attrlint.yaml", "ignore: [advertisement]\n")
    draft = write(isolated / "desk" / "deep" / "story.md", DIRTY)
    result = concise(str(draft))
    assert {code for _, code in codes(result.stdout)} == {"BOI001", "BOI004", "BOI005"}


def test_config_option_replaces_the_nearest_config(isolated: Path, tmp_path: Path):
    write(isolated / ".attrlint.yaml", "select: [BOI001]\n")
    draft = write(isolated / "story.md", DIRTY)
    elsewhere = write(tmp_path / "settings" / "strict.yaml", "select: [BOI003, copyright-notice]\n")
    assert {c for _, c in codes(concise(str(draft)).stdout)} == {"BOI001"}
    result = concise("--config", str(elsewhere), str(draft))
    assert result.exit_code == 1
    assert {code for _, code in codes(result.stdout)} == {"BOI003", "BOI005"}


def test_command_line_select_replaces_config_select_and_ignores_add_up(isolated: Path):
    config = write(isolated / "c.yaml", "select: [BOI001]\nignore: [BOI005]\n")
    draft = write(isolated / "story.md", DIRTY)
    result = concise("--config", str(config), "--select", "BOI", "--ignore", "BOI003", str(draft))
    assert {code for _, code in codes(result.stdout)} == {"BOI001", "BOI004"}


def test_config_level_override_shows_in_json(isolated: Path):
    config = write(isolated / "c.yaml", "rules:\n  advertisement:\n    level: error\n")
    draft = write(isolated / "story.md", "Advertisement\n")
    result = run("check", "--format", "json", "--config", str(config), str(draft))
    assert result.exit_code == 1
    assert '"severity": "error"' in result.stdout


def test_config_level_quoted_off_drops_the_rule(isolated: Path):
    config = write(isolated / "c.yaml", 'rules:\n  advertisement:\n    level: "off"\n')
    draft = write(isolated / "story.md", DIRTY)
    result = concise("--config", str(config), str(draft))
    assert result.exit_code == 1
    assert "BOI003" not in result.stdout


def test_config_level_off_unquoted_drops_the_rule(isolated: Path):
    # YAML reads a bare `off` as False; it must still mean off.
    config = write(isolated / "c.yaml", "rules:\n  advertisement:\n    level: off\n")
    draft = write(isolated / "story.md", DIRTY)
    result = concise("--config", str(config), str(draft))
    assert result.exit_code == 1, result.stderr
    assert "BOI003" not in result.stdout


def test_config_exclude(isolated: Path):
    write(isolated / ".attrlint.yaml", "exclude: [archive]\n")
    write(isolated / "archive" / "old.md", "Advertisement\n")
    current = write(isolated / "current.md", "Advertisement\n")
    result = concise(".")
    assert {Path(path) for path, _, _ in found(result.stdout)} == {Path(current.name)}


def test_missing_config_file_exits_2(isolated: Path):
    draft = write(isolated / "story.md", DIRTY)
    result = concise("--config", str(isolated / "nope.yaml"), str(draft))
    assert result.exit_code == 2
    assert "nope.yaml: config file not found" in result.stderr


def test_text_output_does_not_claim_all_clear_when_nothing_was_checked(isolated: Path):
    write(isolated / ".attrlint.yaml", "selcet: [BOI001]\n")
    draft = write(isolated / "story.md", DIRTY)
    result = run("check", str(draft))
    assert result.exit_code == 2
    assert "All clear" not in result.stdout


# Rule documentation.


def test_rules_lists_every_rule_code():
    rules, broken = load_rules()
    result = run("rules")
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.stdout.splitlines()[1:] if line.strip()]
    assert listed == [rule.code for rule in rules]
    for rule in rules:
        assert rule.name in result.stdout


@pytest.mark.parametrize("name", ["BOI001", "boi001", "newsletter-prompt"])
def test_explain_prints_description_why_and_examples(name: str):
    rule = next(r for r in load_rules()[0] if r.code == "BOI001")
    result = run("explain", name)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("BOI001 newsletter-prompt (warning")
    assert " ".join(rule.description.split()) in " ".join(out.split())
    assert "Why: " in out and " ".join(rule.why.split()) in " ".join(out.split())
    assert "Wrong:" in out and "Right:" in out
    for example in rule.examples["bad"] + rule.examples["good"]:
        assert f"  {example}" in out
    assert out.index("Wrong:") < out.index(rule.examples["bad"][0]) < out.index("Right:")
    assert out.index("Right:") < out.index(rule.examples["good"][0])


@pytest.mark.parametrize("rule", load_rules()[0], ids=lambda rule: rule.code)
def test_explain_works_for_every_rule(rule):
    assert run("explain", rule.code).exit_code == 0
    assert run("explain", rule.name).stdout == run("explain", rule.code).stdout


def test_explain_indents_every_line_of_a_multiline_example():
    out = run("explain", "BOI010").stdout
    examples = out[out.index("Wrong:") :].splitlines()[1:]
    assert all(line.startswith("  ") for line in examples if line and line != "Right:")


@pytest.mark.parametrize("name", ["BOI999", "no-such-rule", "Newsletter-Prompt"])
def test_explain_unknown_rule_exits_2(name: str):
    result = run("explain", name)
    assert result.exit_code == 2
    assert f"no rule '{name}'" in result.stderr


# A newsroom's pack, as every command sees it.

EMAIL_RULE = """\
code: NEW001
name: email-spelling
kind: substitution
level: warning
message: "House style: '{replacement}', not '{match}'"
description: The Bugle writes email without a hyphen. It always has.
why: One spelling across the paper.
swap: {e-mail: email}
examples:
  bad: ["Send an e-mail to the desk."]
  good: ["Send an email to the desk."]
"""
EMAIL_HELP = """\
NEW001 email-spelling (warning, kind: substitution, pack: house)

The Bugle writes email without a hyphen. It always has.

Why: One spelling across the paper.

Wrong:
  Send an e-mail to the desk.

Right:
  Send an email to the desk.
"""
EMAIL_DRAFT = "Ferry fares rise\n\nReaders can send an e-mail to the harbour board before the vote, the chair said.\n"


def newsroom_with_house_pack(folder: Path) -> Path:
    """A folder whose .attrlint.yaml loads its `house` pack of one substitution rule; the config's path."""
    write(folder / "house" / "pack.yaml", "name: house\nprefix: NEW\n")
    write(folder / "house" / "email-spelling.yaml", EMAIL_RULE)
    return write(folder / ".attrlint.yaml", "packs: [house]\n")


def test_explain_and_rules_know_the_pack_of_the_current_folders_config(isolated: Path):
    newsroom_with_house_pack(isolated)
    result = run("explain", "NEW001")
    assert (result.exit_code, result.stdout) == (0, EMAIL_HELP)
    assert run("explain", "email-spelling").stdout == EMAIL_HELP
    rows = [line.split()[:3] for line in run("rules").stdout.splitlines()]
    assert ["NEW001", "email-spelling", "warning"] in rows


def test_explain_and_rules_read_the_config_given_with_config(isolated: Path):
    config = newsroom_with_house_pack(isolated / "newsroom")
    assert run("explain", "NEW001").exit_code == 2  # the current folder has no config
    result = run("explain", "--config", str(config), "NEW001")
    assert (result.exit_code, result.stdout) == (0, EMAIL_HELP)
    rows = [line.split()[:3] for line in run("rules", "--config", str(config)).stdout.splitlines()]
    assert ["NEW001", "email-spelling", "warning"] in rows


def test_explain_an_unknown_code_still_exits_2_beside_a_pack(isolated: Path):
    newsroom_with_house_pack(isolated)
    result = run("explain", "NEW002")
    assert result.exit_code == 2
    assert result.stderr == "attrlint: error: no rule 'NEW002'; `attrlint rules` lists them\n"


def test_sarif_describes_a_newsroom_rule_from_its_file(isolated: Path):
    newsroom_with_house_pack(isolated / "newsroom")
    write(isolated / "newsroom" / "draft.md", EMAIL_DRAFT)
    result = run("check", "--format", "sarif", "--select", "NEW", "newsroom/draft.md")
    assert result.exit_code == 1
    [descriptor] = json.loads(result.stdout)["runs"][0]["tool"]["driver"]["rules"]
    assert descriptor["id"] == "NEW001" and descriptor["name"] == "email-spelling"
    assert descriptor["shortDescription"] == {"text": "The Bugle writes email without a hyphen."}
    assert descriptor["fullDescription"] == {"text": "The Bugle writes email without a hyphen. It always has."}
    assert descriptor["help"]["text"] == EMAIL_HELP.rstrip("\n")
    assert descriptor["properties"] == {"tags": ["house"]}


def test_a_desk_config_adds_to_the_newsrooms_until_it_says_root(isolated: Path):
    newsroom_with_house_pack(isolated / "newsroom")
    desk = isolated / "newsroom" / "desk"
    write(desk / ".attrlint.yaml", "ignore: [BOI]\n")
    draft = write(desk / "draft.md", EMAIL_DRAFT + "\nAdvertisement\n")
    result = concise(str(draft))
    assert result.exit_code == 1, result.output
    assert found(result.stdout) == {(str(draft), 3, "NEW001")}
    write(desk / ".attrlint.yaml", "root: true\nignore: [BOI]\n")
    result = concise(str(draft))
    assert (result.exit_code, result.stdout) == (0, "")


def test_explain_from_a_desk_knows_the_newsrooms_pack_until_the_desk_says_root(isolated: Path, monkeypatch):
    newsroom_with_house_pack(isolated / "newsroom")
    desk = isolated / "newsroom" / "desk"
    write(desk / ".attrlint.yaml", "ignore: [BOI]\n")
    monkeypatch.chdir(desk)
    assert run("explain", "NEW001").stdout == EMAIL_HELP
    write(desk / ".attrlint.yaml", "root: true\n")
    assert run("explain", "NEW001").exit_code == 2


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"attrlint, version {__version__}"


# A real subprocess of the installed `attrlint` script.


def _attrlint() -> str:
    beside = Path(sys.executable).parent / "attrlint"
    found_script = str(beside) if beside.exists() else shutil.which("attrlint")
    if not found_script:
        pytest.skip("the attrlint script is not installed")
    return found_script


def _env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def test_subprocess_exit_codes_and_streams(isolated: Path):
    script = _attrlint()
    write(isolated / "clean.md", CLEAN)
    write(isolated / "dirty.md", DIRTY)
    clean = subprocess.run([script, "check", "clean.md"], capture_output=True, text=True, env=_env(), timeout=60)
    assert clean.returncode == 0 and "All clear" in clean.stdout and clean.stderr == ""
    dirty = subprocess.run(
        [script, "check", "--format", "concise", "dirty.md"], capture_output=True, text=True, env=_env(), timeout=60
    )
    assert dirty.returncode == 1
    assert codes(dirty.stdout) == DIRTY_CODES
    assert "\x1b[" not in dirty.stdout
    missing = subprocess.run([script, "check", "gone.md"], capture_output=True, text=True, env=_env(), timeout=60)
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr


# A bug (here a rule set that raises) is made to happen inside the real console script.
_BROKEN_RUN = """
import sys
import attrlint.run

def broken(*args, **kwargs):
    raise ValueError("an invented bug")

attrlint.run.Run.lint = broken
sys.argv = ["attrlint", "check", "--exit-zero", "story.md"]
from attrlint.cli import run
run()
"""


@pytest.mark.parametrize("debug", ["", "1"])
def test_a_bug_exits_2_naming_the_draft_never_1(isolated: Path, debug: str):
    write(isolated / "story.md", CLEAN)
    env = {**_env(), "ATTRLINT_DEBUG": debug}
    crashed = subprocess.run([sys.executable, "-c", _BROKEN_RUN], capture_output=True, text=True, env=env, timeout=60)
    assert crashed.returncode == 2
    said = "attrlint: internal error: ValueError: an invented bug (while checking story.md)"
    assert said in crashed.stderr
    assert ("Traceback" in crashed.stderr) == bool(debug)


def test_subprocess_output_is_whole_through_a_pipe_in_a_parallel_run(isolated: Path):
    """The script leaves with os._exit: all it printed must still arrive, and the workers must end."""
    for number in range(12):
        write(isolated / f"story{number:02d}.md", DIRTY * 20)
    in_process = CliRunner().invoke(main, ["check", "--format", "concise", "--jobs", "1", "."])
    script = subprocess.run(
        [_attrlint(), "check", "--format", "concise", "--jobs", "2", "."], capture_output=True, env=_env(), timeout=120
    )
    module = subprocess.run(
        [sys.executable, "-m", "attrlint", "check", "--format", "concise", "--jobs", "2", "."],
        capture_output=True,
        env=_env(),
        timeout=120,
    )
    assert in_process.exit_code == script.returncode == module.returncode == 1
    assert script.stdout.decode("utf-8") == module.stdout.decode("utf-8") == in_process.stdout
    assert len(in_process.stdout) > 20_000


def test_subprocess_reads_stdin(isolated: Path):
    proc = subprocess.run(
        [_attrlint(), "check", "--format", "concise", "-"],
        input=DIRTY.encode("utf-8"),
        capture_output=True,
        env=_env(),
        timeout=60,
    )
    assert proc.returncode == 1
    assert found(proc.stdout.decode("utf-8")) == {("-", line, code) for line, code in DIRTY_CODES}


def test_json_stays_valid_when_a_file_fails(isolated: Path):
    write(isolated / "photo.md", b"\x00\x01")
    draft = write(isolated / "story.md", DIRTY)
    result = run("check", "--format", "json", "photo.md", str(draft))
    assert result.exit_code == 2
    assert {(d["line"], d["code"]) for d in json.loads(result.stdout)} == DIRTY_CODES
    assert "photo.md: binary file" in result.stderr


# Suppression directives shown as examples inside fenced code are text, not directives.

FENCED_DIRECTIVES = f"{BODY}\n\nTo silence a line, editors can write:\n\n```\n{{directive}}\n```\n\nAdvertisement\n"


def test_directive_inside_a_code_fence_does_not_suppress(isolated: Path):
    draft = write(isolated / "story.md", FENCED_DIRECTIVES.format(directive="<!-- attrlint: disable-file -->"))
    result = concise(str(draft))
    assert codes(result.stdout) == {(9, "BOI003")}


def test_malformed_directive_inside_a_code_fence_is_not_reported(isolated: Path):
    draft = write(isolated / "story.md", FENCED_DIRECTIVES.format(directive="<!-- attrlint disabel-line -->"))
    result = concise(str(draft))
    assert codes(result.stdout) == {(9, "BOI003")}
