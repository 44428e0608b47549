"""Dubious ownership: configs and packs owned by another user are ignored, as git does, unless trusted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import rule_yaml, write_pack

from attrlint.cli import main
from attrlint.config import discover
from attrlint.errors import AttrlintWarning, ConfigError
from attrlint.packs import load_rules
from attrlint.run import Options, Run

STORY = "Harbour fees to rise\n\nThe board will reportedly raise fees in May.\n\nAdvertisement\n"
STRANGER = 4242  # a uid that is neither root nor the user running the tests

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="giving a file to another user (os.chown) needs root",
)
pytestmark = needs_root


def owned_by_stranger(*paths: Path) -> None:
    for path in paths:
        os.chown(path, STRANGER, -1)


def check(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner(env=env).invoke(main, ["check", "--format", "concise", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def newsroom(tmp_path: Path) -> Path:
    """A draft in a desk folder under a parent whose config would make the run check nothing."""
    (tmp_path / ".attrlint.yaml").write_text("exclude: ['*']\n", encoding="utf-8")
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "story.md").write_text(STORY, encoding="utf-8")
    return desk / "story.md"


def test_a_parent_config_owned_by_another_user_is_ignored_with_a_warning(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("ATTRLINT_TRUSTED_PATHS", raising=False)
    story = newsroom(tmp_path)
    owned_by_stranger(tmp_path / ".attrlint.yaml")
    code, out, err = check(str(story))
    assert code == 1, err  # findings, not 2: a warning does not fail the run
    assert "story.md:3:16: ATT003" in out
    assert err == (
        f"attrlint: warning: {tmp_path / '.attrlint.yaml'}: ignored: owned by another user (uid {STRANGER});"
        f" trust it with ATTRLINT_TRUSTED_PATHS={tmp_path}\n"
    )


def test_a_trusted_path_is_obeyed(tmp_path: Path) -> None:
    story = newsroom(tmp_path)
    owned_by_stranger(tmp_path / ".attrlint.yaml")
    for trusted in (str(tmp_path), f"/nowhere{os.pathsep}{tmp_path.parent}", "*"):
        assert check(str(story.parent), env={"ATTRLINT_TRUSTED_PATHS": trusted}) == (0, "", ""), trusted


def test_discover_carries_the_warning_and_walks_on_up(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("ATTRLINT_TRUSTED_PATHS", raising=False)
    (tmp_path / ".attrlint.yaml").write_text("ignore: [BOI]\n", encoding="utf-8")
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / ".attrlint.yaml").write_text("root: true\nexclude: ['*']\n", encoding="utf-8")
    owned_by_stranger(desk / ".attrlint.yaml")
    config = discover(desk)
    assert config.ignore == ("BOI",) and config.exclude == ()
    assert [type(w) for w in config.warnings] == [AttrlintWarning]
    assert [w.path for w in config.warnings] == [str(desk / ".attrlint.yaml")]


def test_a_pyproject_of_another_user_that_never_mentions_attrlint_says_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("ATTRLINT_TRUSTED_PATHS", raising=False)
    (tmp_path / "pyproject.toml").write_text("[tool.black]\nline-length = 100\n", encoding="utf-8")
    owned_by_stranger(tmp_path / "pyproject.toml")
    assert discover(tmp_path).warnings == ()
    (tmp_path / "pyproject.toml").write_text("[tool.attrlint]\nexclude = ['*']\n", encoding="utf-8")
    config = discover(tmp_path)
    assert config.exclude == () and [w.path for w in config.warnings] == [str(tmp_path / "pyproject.toml")]


def test_an_explicit_config_of_another_user_is_an_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("ATTRLINT_TRUSTED_PATHS", raising=False)
    story = newsroom(tmp_path)
    owned_by_stranger(tmp_path / ".attrlint.yaml")
    run = Run(Options(config_file=tmp_path / ".attrlint.yaml"))
    assert run.rule_set_for(story) is None
    [error] = run.take_errors()
    assert isinstance(error, ConfigError) and not error.warning
    assert "owned by another user" in str(error)


def test_a_pack_folder_of_another_user_is_ignored_with_a_warning(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("ATTRLINT_TRUSTED_PATHS", raising=False)
    folder = write_pack(tmp_path, {"fumed": rule_yaml("NEW001", "fumed", "existence", "tokens: [fumed]\n")})
    owned_by_stranger(folder)
    rules, errors = load_rules([folder])
    assert not any(rule.code == "NEW001" for rule in rules)
    assert [(type(e), e.path) for e in errors] == [(AttrlintWarning, str(folder))]
    assert str(errors[0]).endswith(f"trust it with ATTRLINT_TRUSTED_PATHS={folder}")
    monkeypatch.setenv("ATTRLINT_TRUSTED_PATHS", str(tmp_path))
    rules, errors = load_rules([folder])
    assert errors == [] and any(rule.code == "NEW001" for rule in rules)


def test_a_rule_file_or_pack_yaml_of_another_user_is_ignored(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("ATTRLINT_TRUSTED_PATHS", raising=False)
    folder = write_pack(
        tmp_path,
        {
            "fumed": rule_yaml("NEW001", "fumed", "existence", "tokens: [fumed]\n"),
            "raged": rule_yaml("NEW002", "raged", "existence", "tokens: [raged]\n"),
        },
    )
    owned_by_stranger(folder / "raged.yaml")
    rules, errors = load_rules([folder])
    assert {rule.code for rule in rules if rule.code.startswith("NEW")} == {"NEW001"}
    assert [(type(e), e.path) for e in errors] == [(AttrlintWarning, str(folder / "raged.yaml"))]
    owned_by_stranger(folder / "pack.yaml")
    rules, errors = load_rules([folder])
    assert not any(rule.code.startswith("NEW") for rule in rules)
    assert [(type(e), e.path) for e in errors] == [(AttrlintWarning, str(folder / "pack.yaml"))]


def test_the_cli_warns_about_a_pack_and_still_checks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("ATTRLINT_TRUSTED_PATHS", raising=False)
    folder = write_pack(tmp_path, {"fumed": rule_yaml("NEW001", "fumed", "existence", "tokens: [fumed]\n")})
    (tmp_path / ".attrlint.yaml").write_text("packs: [newsroom]\n", encoding="utf-8")
    (tmp_path / "story.md").write_text("The mayor fumed.\n\nThe board will reportedly meet.\n", encoding="utf-8")
    owned_by_stranger(folder / "fumed.yaml")
    code, out, err = check(str(tmp_path / "story.md"))
    assert code == 1 and "ATT003" in out and "NEW001" not in out
    assert err.startswith(f"attrlint: warning: {folder / 'fumed.yaml'}: ignored: owned by another user")
    assert err.count("\n") == 1


def test_a_warning_alone_does_not_fail_names_or_write_baseline(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("ATTRLINT_TRUSTED_PATHS", raising=False)
    story = newsroom(tmp_path)
    owned_by_stranger(tmp_path / ".attrlint.yaml")
    result = CliRunner().invoke(main, ["names", str(story)])
    assert result.exit_code == 0 and "attrlint: warning:" in result.stderr
    baseline = tmp_path / "baseline.json"
    result = CliRunner().invoke(main, ["check", "--write-baseline", str(baseline), str(story)])
    assert result.exit_code == 0 and baseline.is_file() and "attrlint: warning:" in result.stderr
