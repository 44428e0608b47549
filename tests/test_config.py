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


def test_the_closest_config_is_the_nearest_of_the_chain(tmp_path: Path) -> None:
    outer = write(tmp_path / ".attrlint.yaml", "ignore: [BOI010]\n")
    inner = write(tmp_path / "desk" / ".attrlint.yml", "ignore: [BOI001]\n")
    config = discover(tmp_path / "desk")
    assert config.path == f"{inner} <- {outer}"
    assert config.root == tmp_path / "desk"
    assert config.where.path == str(inner)


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


@pytest.mark.parametrize(
    ("rule", "option", "entries", "said"),
    [
        ("vague-source", "person_plurals", '["oxen ox", "geese"]', "'plural singular', not 'geese'"),
        ("vague-source", "person_plurals", '["oxen ox", "geese goose gander"]', "'plural singular'"),
        ("vague-source", "group_voices", '["experts: surveyor", "historians archivist"]', "'heads: words'"),
        ("unnamed-person", "group_parties", '["experts: surveyor", "analysts:"]', "'heads: words'"),
        ("advertisement", "furniture_weights", '["bias 1.0", "treshold 0.7"]', "(did you mean 'threshold'?)"),
        ("advertisement", "furniture_weights", '["bias 1.0", "harbour 1.0"]', "unknown weight 'harbour'"),
        ("advertisement", "furniture_weights", '["bias 1.0", "threshold 7"]', "between 0 and 1, not 7"),
        ("advertisement", "furniture_weights", '["bias 1.0", "threshold 0"]', "between 0 and 1, not 0"),
    ],
)
def test_a_list_entry_of_the_wrong_shape_names_its_line(tmp_path: Path, rule, option, entries, said) -> None:  # noqa: ANN001
    """Each entry of a shaped list is read when the rule loads, not first inside a check (a crash there)."""
    listed = entries.strip("[]").replace(", ", "\n      - ")
    text = f"root: true\nrules:\n  {rule}:\n    {option}:\n      - {listed}\n"
    path = write(tmp_path / ".attrlint.yaml", text)
    with pytest.raises(RuleError) as caught:
        rules_for(read_config(path))
    assert str(caught.value).startswith(f"{path}:6: ")
    assert said in caught.value.message


def test_well_shaped_list_entries_load(tmp_path: Path) -> None:
    text = (
        "rules:\n  vague-source:\n    person_plurals: ['oxen ox']\n    group_voices: ['historians: archivist']\n"
        "  advertisement:\n    furniture_weights: ['threshold 0.7', 'class:harbour 0.5', 'shape:stamp 0.2']\n"
    )
    rules, broken = rules_for(read_config(write(tmp_path / ".attrlint.yaml", text)))
    assert not broken and {"vague-source", "advertisement"} <= set(by_name(rules))


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


# --- composition: a desk's config inherits from the newsroom's above it ------------------------------


def newsroom_and_desk(tmp_path: Path, newsroom: str, desk: str) -> tuple[Path, Path]:
    """A newsroom folder's config and a desk folder's config inside it."""
    return write(tmp_path / ".attrlint.yaml", newsroom), write(tmp_path / "desk" / ".attrlint.yaml", desk)


def test_desk_inherits_the_newsrooms_packs_each_relative_to_its_config(tmp_path: Path) -> None:
    newsroom_and_desk(tmp_path, "packs: [house]\n", "packs: [desk-style]\n")
    config = discover(tmp_path / "desk")
    assert config.packs == (tmp_path / "house", tmp_path / "desk" / "desk-style")


def test_a_pack_folder_named_by_two_configs_loads_once(tmp_path: Path) -> None:
    newsroom_and_desk(tmp_path, "packs: [house, shared]\n", "packs: [../house]\n")
    assert [p.resolve() for p in discover(tmp_path / "desk").packs] == [tmp_path / "house", tmp_path / "shared"]


def test_root_true_stops_the_walk(tmp_path: Path) -> None:
    _, desk = newsroom_and_desk(tmp_path, "packs: [house]\nignore: [BOI001]\n", "root: true\nignore: [BOI010]\n")
    config = discover(tmp_path / "desk")
    assert config.path == str(desk)
    assert (config.packs, config.ignore) == ((), ("BOI010",))


def test_the_walk_goes_on_above_a_config_without_root(tmp_path: Path) -> None:
    top = write(tmp_path / ".attrlint.yaml", "ignore: [BOI001]\n")
    newsroom = write(tmp_path / "news" / ".attrlint.yaml", "root: false\nignore: [BOI003]\n")
    desk = write(tmp_path / "news" / "desk" / ".attrlint.yaml", "ignore: [BOI010]\n")
    config = discover(tmp_path / "news" / "desk")
    assert config.path == f"{desk} <- {newsroom} <- {top}"
    assert config.ignore == ("BOI001", "BOI003", "BOI010")


def test_root_true_in_the_newsroom_keeps_configs_above_it_out(tmp_path: Path) -> None:
    write(tmp_path / ".attrlint.yaml", "ignore: [BOI001]\n")
    newsroom = write(tmp_path / "news" / ".attrlint.yaml", "root: true\n")
    desk = write(tmp_path / "news" / "desk" / ".attrlint.yaml", "ignore: [BOI010]\n")
    config = discover(tmp_path / "news" / "desk")
    assert config.path == f"{desk} <- {newsroom}"
    assert config.ignore == ("BOI010",)


def test_root_must_be_true_or_false_naming_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / ".attrlint.yaml", "ignore: [BOI001]\nroot: 'yes'\n")
    with pytest.raises(ConfigError) as caught:
        discover(tmp_path)
    assert str(caught.value) == f"{path}:2: 'root' must be true or false, not 'yes'"


def test_pyproject_with_a_table_takes_part_in_the_chain(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "news"\n\n[tool.attrlint]\npacks = ["house"]\n')
    write(tmp_path / "desk" / ".attrlint.yaml", "ignore: [BOI]\n")
    config = discover(tmp_path / "desk")
    assert config.packs == (tmp_path / "house",)
    assert config.ignore == ("BOI",)


def test_root_true_in_pyproject_stops_the_walk(tmp_path: Path) -> None:
    write(tmp_path / ".attrlint.yaml", "packs: [house]\n")
    pyproject = write(tmp_path / "desk" / "pyproject.toml", "[tool.attrlint]\nroot = true\nignore = ['BOI']\n")
    config = discover(tmp_path / "desk")
    assert config.path == str(pyproject)
    assert config.packs == ()


def test_a_pyproject_without_the_table_between_two_configs_is_skipped(tmp_path: Path) -> None:
    newsroom = write(tmp_path / ".attrlint.yaml", "ignore: [BOI001]\n")
    write(tmp_path / "desk" / "pyproject.toml", '[project]\nname = "desk"\n')
    desk = write(tmp_path / "desk" / "2024" / ".attrlint.yaml", "ignore: [BOI010]\n")
    assert discover(tmp_path / "desk" / "2024").path == f"{desk} <- {newsroom}"


def test_ignore_accumulates(tmp_path: Path) -> None:
    newsroom_and_desk(tmp_path, "ignore: [BOI001, BOI003]\n", "ignore: [BOI003, QUO]\n")
    assert discover(tmp_path / "desk").ignore == ("BOI001", "BOI003", "QUO")


def test_the_nearest_select_wins(tmp_path: Path) -> None:
    newsroom_and_desk(tmp_path, "select: [BOI]\n", "select: [QUO]\n")
    assert discover(tmp_path / "desk").select == ("QUO",)


def test_select_is_inherited_when_the_desk_sets_none(tmp_path: Path) -> None:
    newsroom_and_desk(tmp_path, "select: [BOI]\n", "ignore: [BOI001]\n")
    names = set(by_name(rules_for(discover(tmp_path / "desk"))[0]))
    assert "cookie-notice" in names
    assert not names & {"newsletter-prompt", "unattributed-quote"}


def test_rules_settings_merge_setting_by_setting(tmp_path: Path) -> None:
    newsroom = "rules:\n  legal-links: {level: info}\n  repeated-paragraph: {min_words: 10}\n"
    desk = "rules:\n  legal-links: {level: error}\n  repeated-paragraph: {level: info}\n"
    newsroom_and_desk(tmp_path, newsroom, desk)
    config = discover(tmp_path / "desk")
    assert config.rules == {"legal-links": {"level": "error"}, "repeated-paragraph": {"min_words": 10, "level": "info"}}
    rules = by_name(rules_for(config)[0])
    assert rules["legal-links"].level is Severity.ERROR
    assert rules["repeated-paragraph"].options["min_words"] == 10
    assert rules["repeated-paragraph"].level is Severity.INFO


def test_a_desks_setting_for_one_rule_beats_the_newsrooms_for_its_family(tmp_path: Path) -> None:
    newsroom_and_desk(
        tmp_path,
        "rules:\n  advertisement: {level: error}\n  BOI: {level: info}\n",
        "rules:\n  advertisement: {level: warning}\n",
    )
    rules = by_name(rules_for(discover(tmp_path / "desk"))[0])
    assert rules["advertisement"].level is Severity.WARNING
    assert rules["cookie-notice"].level is Severity.INFO


def test_names_accumulate(tmp_path: Path) -> None:
    newsroom = "names:\n  accept: [Zelenskyy]\n  distinct: [[Johnson, Johnston]]\n"
    newsroom_and_desk(tmp_path, newsroom, "names:\n  accept: [Harth]\n")
    names = discover(tmp_path / "desk").names
    assert names == {"accept": ["Zelenskyy", "Harth"], "distinct": [["Johnson", "Johnston"]]}


def test_names_inherited_reach_the_name_rules(tmp_path: Path) -> None:
    newsroom_and_desk(tmp_path, "names:\n  accept: [Zelenskyy]\n", "ignore: [BOI]\n")
    rule_set, _ = resolve(discover(tmp_path / "desk"))
    assert "Zelenskyy" in rule_set.settings["accept"]


def test_exclude_patterns_are_relative_to_the_config_that_wrote_them(tmp_path: Path) -> None:
    newsroom_and_desk(tmp_path, "exclude: [desk/spiked/, archive/]\n", "exclude: [archive/]\n")
    config = discover(tmp_path / "desk")
    assert config.exclude == ("desk/spiked/", "archive/", "archive/")
    assert config.excludes(tmp_path / "desk" / "spiked" / "pier.md")
    assert config.excludes(tmp_path / "desk" / "archive" / "pier.md")
    assert config.excludes(tmp_path / "archive" / "pier.md")
    assert not config.excludes(tmp_path / "desk" / "desk" / "spiked" / "pier.md")
    assert not config.excludes(tmp_path / "desk" / "pier.md")


def test_linter_skips_a_file_the_newsroom_excludes_from_a_desk(tmp_path: Path) -> None:
    newsroom_and_desk(tmp_path, "exclude: ['desk/*-spiked.md']\n", "ignore: [BOI010]\n")
    write(tmp_path / "desk" / "pier-spiked.md", "Advertisement\n")
    write(tmp_path / "desk" / "pier.md", "Advertisement\n")
    report = lint_serially(Options(), [str(tmp_path / "desk")])
    assert [Path(f.path).name for f in report.findings] == ["pier.md"]


def test_an_error_in_the_newsrooms_config_names_its_file_and_line(tmp_path: Path) -> None:
    newsroom, _ = newsroom_and_desk(tmp_path, "packs: [house]\nignore: 7\n", "ignore: [BOI]\n")
    with pytest.raises(ConfigError) as caught:
        discover(tmp_path / "desk")
    assert caught.value.path == str(newsroom) and caught.value.line == 2
    assert "'ignore'" in caught.value.message


def test_the_composed_path_differs_from_each_files(tmp_path: Path) -> None:
    newsroom, desk = newsroom_and_desk(tmp_path, "ignore: [BOI001]\n", "ignore: [BOI010]\n")
    (tmp_path / "desk" / "2024").mkdir()
    assert discover(tmp_path).path == str(newsroom)
    assert discover(tmp_path / "desk").path == f"{desk} <- {newsroom}"
    assert discover(tmp_path / "desk" / "2024").path == discover(tmp_path / "desk").path


def test_where_is_the_nearest_configs_and_where_of_the_nearest_that_set_the_rule(tmp_path: Path) -> None:
    newsroom, desk = newsroom_and_desk(
        tmp_path,
        "rules:\n  legal-links: {level: info}\n  BOI: {level: info}\n",
        "rules:\n  legal-links: {level: error}\n",
    )
    config = discover(tmp_path / "desk")
    assert config.where.path == str(desk)
    assert config.where_of("legal-links").path == str(desk)
    assert config.where_of("BOI").path == str(newsroom)


def test_a_bad_setting_in_the_desk_names_the_desks_line(tmp_path: Path) -> None:
    _, desk = newsroom_and_desk(
        tmp_path,
        "rules:\n  repeated-paragraph: {min_words: 12}\n",
        "ignore: [BOI010]\nrules:\n  repeated-paragraph:\n    level: loud\n",
    )
    with pytest.raises(RuleError) as caught:
        rules_for(discover(tmp_path / "desk"))
    assert (caught.value.path, caught.value.line) == (str(desk), 4)


def test_an_explicit_config_is_used_alone_and_may_say_root(tmp_path: Path) -> None:
    _, desk = newsroom_and_desk(tmp_path, "packs: [house]\nignore: [BOI001]\n", "root: false\nignore: [BOI010]\n")
    config = read_config(desk)
    assert (config.path, config.packs, config.ignore) == (str(desk), (), ("BOI010",))
    assert read_config(write(tmp_path / "other.yaml", "root: true\n")).stops


def test_a_desk_draft_gets_the_newsrooms_pack(tmp_path: Path) -> None:
    write_pack(
        tmp_path / "house", {"loaded-verb": rule_yaml("NEW001", "loaded-verb", "existence", "tokens: [fumed]\n")}
    )
    newsroom_and_desk(tmp_path, "packs: [house]\n", "ignore: [BOI]\n")
    draft = write(tmp_path / "desk" / "pier.md", "Advertisement\n\nThe mayor fumed about the pier on Monday.\n")
    report = lint_serially(Options(), [str(draft)])
    assert report.errors == []
    assert [f.code for f in report.findings] == ["NEW001"]


def test_an_unknown_rule_in_the_newsrooms_rules_names_its_file_and_line(tmp_path: Path) -> None:
    newsroom, _ = newsroom_and_desk(
        tmp_path, "ignore: [BOI010]\nrules:\n  advertisment: {level: error}\n", "ignore: [BOI]\n"
    )
    with pytest.raises(ConfigError) as caught:
        rules_for(discover(tmp_path / "desk"))
    assert (caught.value.path, caught.value.line) == (str(newsroom), 3)
    assert "'advertisment'" in caught.value.message


def test_a_bad_inherited_setting_names_the_file_that_wrote_it(tmp_path: Path) -> None:
    newsroom, _ = newsroom_and_desk(
        tmp_path, "rules:\n  repeated-paragraph:\n    min_wrods: 12\n", "rules:\n  repeated-paragraph: {level: error}\n"
    )
    with pytest.raises(RuleError) as caught:
        rules_for(discover(tmp_path / "desk"))
    assert (caught.value.path, caught.value.line) == (str(newsroom), 3)
