"""The options a ruff or Vale user reaches for: output file, exit-zero, extend-select, ALL, excludes,
per-file ignores, .gitignore, FORCE_COLOR, --show-settings, -V; and config selectors that match nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint import __version__
from attrlint.cli import main

FIGURE = "Bridge costs\n\nThe city spent $4 million on the bridge last year.\n"
AD = "Harbour fees\n\nThe board met on Monday, its chair said.\n\nAdvertisement\n"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def concise(*args: str) -> tuple[int, str, str]:
    return run("check", "--format", "concise", "--jobs", "1", *args)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "story.md").write_text(AD, encoding="utf-8")
    (tmp_path / "desk" / "figures.md").write_text(FIGURE, encoding="utf-8")
    return tmp_path


def test_output_file_takes_the_findings_and_standard_output_stays_empty(desk: Path) -> None:
    code, out, _ = concise("-o", "report.txt", "desk/story.md")
    assert (code, out) == (1, "")
    assert (desk / "report.txt").read_text(encoding="utf-8").startswith("desk/story.md:5:1: BOI003 ")


def test_exit_zero_passes_findings_but_not_errors(desk: Path) -> None:
    assert concise("--exit-zero", "desk/story.md")[0] == 0
    assert concise("--exit-zero", "desk/story.md", "desk/missing.md")[0] == 2


def test_select_all_runs_the_rules_off_by_default_and_extend_select_adds_one(desk: Path) -> None:
    assert concise("desk/figures.md") == (0, "", "")
    for args in (["--select", "ALL"], ["--extend-select", "ATT002"]):
        code, out, _ = concise(*args, "desk/figures.md")
        assert code == 1 and out.startswith("desk/figures.md:3:16: ATT002 "), args
    code, out, _ = concise("--select", "BOI", "--extend-select", "ATT002", "desk")
    assert sorted(line.split()[1] for line in out.splitlines()) == ["ATT002", "BOI003"]


def test_exclude_skips_drafts_met_in_folders_but_not_named_ones_unless_forced(desk: Path) -> None:
    assert concise("--exclude", "desk/story.md", "desk")[1] == ""  # figures.md: nothing by default
    assert concise("--exclude", "desk/story.md", "desk/story.md")[0] == 1
    assert concise("--exclude", "desk/story.md", "--force-exclude", "desk/story.md") == (0, "", "")


def test_per_file_ignores_in_the_config(desk: Path) -> None:
    (desk / ".attrlint.yaml").write_text("per-file-ignores:\n  desk/story*.md: [advertisement]\n", encoding="utf-8")
    (desk / "desk" / "other.md").write_text(AD, encoding="utf-8")
    code, out, _ = concise("desk")
    assert code == 1 and out.splitlines() == [
        "desk/other.md:5:1: BOI003 Advertisement marker pasted from a web page: 'Advertisement' [advertisement]"
    ]


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_gitignore_is_respected_in_a_git_repository_unless_told_not_to(desk: Path, monkeypatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(desk / "no-gitconfig"))
    git(desk, "init", "-q")
    (desk / ".gitignore").write_text("desk/story.md\n", encoding="utf-8")
    (desk / "desk" / "drafts").mkdir()
    (desk / "desk" / "drafts" / ".gitignore").write_text("*.md\n!kept.md\n", encoding="utf-8")
    (desk / "desk" / "drafts" / "scratch.md").write_text(AD, encoding="utf-8")
    (desk / "desk" / "drafts" / "kept.md").write_text(AD, encoding="utf-8")
    assert [line.split(":")[0] for line in concise("desk")[1].splitlines()] == ["desk/drafts/kept.md"]
    code, out, _ = concise("--no-respect-gitignore", "desk")
    assert sorted(line.split(":")[0] for line in out.splitlines()) == [
        "desk/drafts/kept.md", "desk/drafts/scratch.md", "desk/story.md"
    ]  # fmt: skip
    assert concise("desk/story.md")[0] == 1  # named: checked
    assert concise("--force-exclude", "desk/story.md")[0] == 0


def test_force_color_colours_output_that_is_not_a_terminal(desk: Path) -> None:
    assert "\x1b[" not in run("check", "desk/story.md")[1]
    assert "\x1b[" in run("check", "desk/story.md", env={"FORCE_COLOR": "1"})[1]
    assert "\x1b[" not in run("check", "desk/story.md", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})[1]


def test_show_settings_prints_the_resolved_config_of_a_draft(desk: Path) -> None:
    (desk / ".attrlint.yaml").write_text("ignore: [BOI005]\nexclude: [archive/]\n", encoding="utf-8")
    code, out, _ = run("check", "--show-settings", "--extend-select", "ATT002", "desk/story.md")
    assert code == 0
    assert f"config files (nearest first): {desk / '.attrlint.yaml'}" in out
    assert "  ignore: BOI005\n" in out and "  exclude: archive/\n" in out and "  extend-select: ATT002\n" in out
    assert "    ATT002  unsourced-figure" in out and "BOI005" not in out.split("rules that run")[1]


def test_version_has_a_short_option() -> None:
    assert run("-V") == (0, f"attrlint, version {__version__}\n", "")


def test_a_config_selector_matching_no_rule_names_the_file_and_line(desk: Path) -> None:
    (desk / ".attrlint.yaml").write_text("select:\n  - BOI\n  - advertisment\n", encoding="utf-8")
    code, _, err = concise("desk/story.md")
    assert code == 2
    assert f"{desk / '.attrlint.yaml'}:3: 'select': no rule matches 'advertisment'" in err
    assert "did you mean 'advertisement'?" in err
    (desk / ".attrlint.yaml").write_text("ignore: [QUO]\nper-file-ignores:\n  '*.md': [XYZ]\n", encoding="utf-8")
    code, _, err = concise("desk/story.md")
    assert code == 2 and f"{desk / '.attrlint.yaml'}:3: 'per-file-ignores': no rule matches 'XYZ'" in err


def test_check_examples_runs_a_packs_examples_and_fails_on_a_good_one_that_fires(tmp_path: Path) -> None:
    from conftest import rule_yaml, write_pack

    sound = rule_yaml("NEW001", "bad-word", "existence", "tokens: [bad]\n")
    loose = rule_yaml("NEW002", "any-example", "existence", "tokens: [example]\n")
    pack = write_pack(tmp_path, {"bad-word": sound})
    assert run("rules", "--check-examples", str(pack)) == (0, "2 of 2 examples of 1 rule(s) pass.\n", "")
    pack = write_pack(tmp_path, {"bad-word": sound, "any-example": loose})
    code, out, _ = run("rules", "--check-examples", str(pack))
    assert code == 1
    assert out.splitlines() == [
        "FAIL NEW002 (any-example) flags (1x) its good example 1: a good example",
        "3 of 4 examples of 2 rule(s) pass.",
    ]
    assert run("rules", "--check-examples", "quotes")[0] == 0  # a built-in pack, by name
    assert run("rules", "--check-examples", str(tmp_path / "missing"))[0] == 2
