"""Tests for attrlint.config: finding, reading and validating a configuration, and its effect on rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import rule_yaml, write_pack

from attrlint.config import Config, discover, read_config
from attrlint.errors import ConfigError, RuleError
from attrlint.finding import Severity
from attrlint.ruleset import resolve
from attrlint.run import Options, lint_serially


def rules_for(config, chosen=None, ignored=()):  # noqa: ANN001, ANN201
    """The rules a config runs, and the broken ones."""
    rule_set, broken = resolve(config, chosen, ignored)
    return list(rule_set.rules), broken


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def by_name(rules) -> dict:
    return {rule.name: rule for rule in rules}


# --- discovery ---------------------------------------------------------------------------------------


def test_discover_walks_up_from_a_nested_folder(tmp_path: Path) -> None:
    config_file = write(tmp_path / ".attrlint.yaml", "ignore: [BOI010]\n")
    nested = tmp_path / "desk" / "2024" / "march"
    nested.mkdir(parents=True)
    config = discover(nested)
    assert config.path == str(config_file)
    assert config.root == tmp_path
    assert config.ignore == ("BOI010",)


def test_closest_config_wins(tmp_path: Path) -> None:
    write(tmp_path / ".attrlint.yaml", "ignore: [BOI010]\n")
    inner = write(tmp_path / "desk" / ".attrlint.yml", "ignore: [BOI001]\n")
    config = discover(tmp_path / "desk")
    assert config.path == str(inner)
    assert config.ignore == ("BOI001",)


def test_pyproject_tool_attrlint_table(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "desk"\n\n[tool.attrlint]\nselect = ["BOI"]\nexclude = ["archive/"]\n',
    )
    (tmp_path / "stories").mkdir()
    config = discover(tmp_path / "stories")
    assert config.path == str(tmp_path / "pyproject.toml")
    assert config.root == tmp_path
    assert config.select == ("BOI",)
    assert config.exclude == ("archive/",)


def test_pyproject_without_table_is_passed_over(tmp_path: Path) -> None:
    outer = write(tmp_path / ".attrlint.yaml", "ignore: [BOI004]\n")
    write(tmp_path / "desk" / "pyproject.toml", '[project]\nname = "desk"\n')
    assert discover(tmp_path / "desk").path == str(outer)


def test_another_projects_broken_pyproject_is_not_ours_to_report(tmp_path: Path) -> None:
    outer = write(tmp_path / ".attrlint.yaml", "ignore: [BOI004]\n")
    write(tmp_path / "desk" / "pyproject.toml", '[project\nname = "desk"\n')
    assert discover(tmp_path / "desk").path == str(outer)


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    config = discover(tmp_path)
    assert config.path is None
    assert (config.select, config.ignore, config.rules, config.exclude, config.packs) == (None, (), {}, (), ())


def test_empty_config_file_gives_defaults(tmp_path: Path) -> None:
    config = read_config(write(tmp_path / ".attrlint.yaml", "# nothing yet\n"))
    assert (config.select, config.ignore, config.rules) == (None, (), {})


def test_explicit_config_file_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        read_config(tmp_path / "absent.yaml")


# --- validation --------------------------------------------------------------------------------------


def test_unknown_key_names_file_line_and_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path / ".attrlint.yaml", "select: [BOI]\n\nexlude: [archive/]\n")
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    assert str(caught.value) == f"{path}:3: unknown key 'exlude' (did you mean 'exclude'?)"


def test_unknown_key_in_pyproject_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "desk"\n\n[tool.attrlint]\nignor = ["BOI001"]\n')
    with pytest.raises(ConfigError) as caught:
        discover(tmp_path)
    assert str(caught.value).startswith(f"{path}:5: unknown key 'ignor'")
    assert "did you mean 'ignore'?" in caught.value.message


def test_invalid_yaml_config_names_line(tmp_path: Path) -> None:
    path = write(tmp_path / ".attrlint.yaml", "select: [BOI]\nignore: [a, b\nrules: {}\n")
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    assert caught.value.path == str(path) and caught.value.line == 3
    assert "invalid YAML" in caught.value.message


def test_a_broken_pyproject_named_with_config_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project\nname = "desk"\n')
    with pytest.raises(ConfigError, match="invalid TOML"):
        read_config(path)


def test_invalid_toml_is_config_error(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.attrlint\nselect = 1\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        discover(tmp_path)


def test_list_setting_must_hold_strings(tmp_path: Path) -> None:
    path = write(tmp_path / ".attrlint.yaml", "ignore: [BOI001]\nselect: 7\n")
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    assert caught.value.line == 2 and "'select'" in caught.value.message


def test_single_string_is_a_one_item_list(tmp_path: Path) -> None:
    config = read_config(write(tmp_path / ".attrlint.yaml", "ignore: BOI010\n"))
    assert config.ignore == ("BOI010",)


def test_rules_must_map_names_to_settings(tmp_path: Path) -> None:
    path = write(tmp_path / ".attrlint.yaml", "select: [ALL]\nrules:\n  advertisement: error\n")
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    assert caught.value.line == 2 and "'rules'" in caught.value.message


def test_config_must_be_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="mapping"):
        read_config(write(tmp_path / ".attrlint.yaml", "- select\n- ignore\n"))


# --- exclude -----------------------------------------------------------------------------------------


def test_exclude_folder_pattern(tmp_path: Path) -> None:
    config = Config(root=tmp_path, exclude=("archive/",))
    assert config.excludes(tmp_path / "archive" / "old.md")
    assert config.excludes(tmp_path / "archive" / "2023" / "older.md")
    assert not config.excludes(tmp_path / "archived.md")
    assert not config.excludes(tmp_path / "stories" / "new.md")


def test_exclude_glob_pattern(tmp_path: Path) -> None:
    config = Config(root=tmp_path, exclude=("drafts/*-spiked.md",))
    assert config.excludes(tmp_path / "drafts" / "pier-spiked.md")
    assert not config.excludes(tmp_path / "drafts" / "pier.md")
    assert not config.excludes(tmp_path / "pier-spiked.md")


def test_exclude_is_relative_to_config_root(tmp_path: Path) -> None:
    config = Config(root=tmp_path / "desk", exclude=("archive/",))
    assert config.excludes(tmp_path / "desk" / "archive" / "a.md")
    assert not config.excludes(tmp_path / "archive" / "a.md")


def test_linter_skips_excluded_files(tmp_path: Path) -> None:
    write(tmp_path / ".attrlint.yaml", "exclude: [archive/, '*.txt']\n")
    write(tmp_path / "story.md", "Advertisement\n")
    write(tmp_path / "archive" / "old.md", "Advertisement\n")
    write(tmp_path / "notes" / "memo.txt", "Advertisement\n")
    report = lint_serially(Options(), [str(tmp_path)])
    assert report.errors == []
    assert report.files == 1
    assert [Path(f.path).name for f in report.findings] == ["story.md"]


# --- per-rule settings through rules_for ------------------------------------------------------------


def test_rules_override_changes_level(tmp_path: Path) -> None:
    config = read_config(write(tmp_path / ".attrlint.yaml", "rules:\n  advertisement:\n    level: error\n"))
    rules, broken = rules_for(config)
    assert broken == []
    assert by_name(rules)["advertisement"].level is Severity.ERROR
    assert by_name(rules)["cookie-notice"].level is Severity.WARNING


def test_rules_override_by_code_prefix(tmp_path: Path) -> None:
    config = read_config(write(tmp_path / ".attrlint.yaml", "rules:\n  BOI:\n    level: info\n"))
    rules, _ = rules_for(config)
    assert {r.level for r in rules if r.code.startswith("BOI")} == {Severity.INFO}


def test_rules_override_sets_kind_option(tmp_path: Path) -> None:
    config = read_config(write(tmp_path / ".attrlint.yaml", "rules:\n  repeated-paragraph: {min_words: 12}\n"))
    rules, _ = rules_for(config)
    assert by_name(rules)["repeated-paragraph"].options["min_words"] == 12


def test_rules_override_with_quoted_off_drops_the_rule(tmp_path: Path) -> None:
    config = read_config(write(tmp_path / ".attrlint.yaml", 'rules:\n  advertisement:\n    level: "off"\n'))
    rules, _ = rules_for(config)
    assert "advertisement" not in by_name(rules)
    assert "cookie-notice" in by_name(rules)


def test_rules_override_off_in_pyproject_drops_the_rule(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.attrlint]\nrules = { advertisement = { level = "off" } }\n')
    rules, _ = rules_for(discover(tmp_path))
    assert "advertisement" not in by_name(rules)


def test_rules_override_with_bare_off_drops_the_rule(tmp_path: Path) -> None:
    config = read_config(write(tmp_path / ".attrlint.yaml", "rules:\n  advertisement:\n    level: off\n"))
    rules, _ = rules_for(config)
    assert "advertisement" not in by_name(rules)


def test_rules_override_unknown_rule_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / ".attrlint.yaml", "select: [ALL]\nrules:\n  advertisment:\n    level: error\n")
    with pytest.raises(ConfigError) as caught:
        rules_for(read_config(path))
    assert str(caught.value).startswith(f"{path}:3: ")
    assert "'advertisment'" in caught.value.message


def test_pyproject_unknown_rule_in_rules_table_names_its_line(tmp_path: Path) -> None:
    text = '[tool.attrlint]\nignore = ["BOI010"]\n\n[tool.attrlint.rules]\nno-such-rule = { level = "error" }\n'
    write(tmp_path / "pyproject.toml", text)
    with pytest.raises(ConfigError) as caught:
        rules_for(discover(tmp_path))
    assert caught.value.line == 5


def test_rules_override_bad_option_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / ".attrlint.yaml", "rules:\n  repeated-paragraph:\n    min_wrods: 12\n")
    with pytest.raises(RuleError) as caught:
        rules_for(read_config(path))
    assert str(caught.value).startswith(f"{path}:3: ")


def test_config_select_and_ignore(tmp_path: Path) -> None:
    config = read_config(write(tmp_path / ".attrlint.yaml", "select: [BOI]\nignore: [BOI001, repeated-paragraph]\n"))
    names = set(by_name(rules_for(config)[0]))
    assert "advertisement" in names
    assert not names & {"newsletter-prompt", "repeated-paragraph", "malformed-directive"}


def test_command_line_select_replaces_config_select(tmp_path: Path) -> None:
    config = read_config(write(tmp_path / ".attrlint.yaml", "select: [BOI001]\n"))
    rules, _ = rules_for(config, chosen=["advertisement"])
    assert list(by_name(rules)) == ["advertisement"]


# --- packs --------------------------------------------------------------------------------------------


def test_packs_adds_a_newsroom_pack_relative_to_config(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    write_pack(desk / "style", {"loaded-verb": rule_yaml("NEW001", "loaded-verb", "existence", "tokens: [fumed]\n")})
    write(desk / ".attrlint.yaml", "packs: [style]\n")
    (desk / "stories").mkdir()
    rules, broken = rules_for(discover(desk / "stories"))
    assert broken == []
    assert by_name(rules)["loaded-verb"].code == "NEW001"
    assert "advertisement" in by_name(rules)  # the built-in packs still load


def test_packs_broken_rule_is_reported_not_fatal(tmp_path: Path) -> None:
    write_pack(tmp_path / "style", {"loaded-verb": rule_yaml("NEW001", "loaded-verb", "existence", "tokns: [x]\n")})
    write(tmp_path / ".attrlint.yaml", "packs: [style]\n")
    rules, broken = rules_for(discover(tmp_path))
    assert "advertisement" in by_name(rules)
    assert [b.path.endswith("loaded-verb.yaml") for b in broken] == [True]


def test_packs_missing_folder_is_config_error(tmp_path: Path) -> None:
    write(tmp_path / ".attrlint.yaml", "packs: [no-such-folder]\n")
    with pytest.raises(ConfigError, match="not found"):
        rules_for(discover(tmp_path))
