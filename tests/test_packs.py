"""Tests for attrlint.packs: loading and validating YAML rules, packs, duplicates and selection."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from builtin_rules import lint_document
from conftest import rule_yaml, write_pack

from attrlint import yamlfile
from attrlint.document import Document
from attrlint.errors import ConfigError, RuleError
from attrlint.finding import Severity
from attrlint.kinds.base import LazyPattern
from attrlint.packindex import INDEX_NAME, build_index, builtin_packs_dir, read_index
from attrlint.packs import load_pack, load_rules, pack_folders, select
from attrlint.yamlfile import Where

GOOD_RULE = """\
code: NEW001
name: loaded-verb
kind: existence
level: info
message: "'{match}' takes sides"
description: Verbs that judge a speaker.
why: Said is neutral.
tokens: [fumed, scoffed]
scope: sentence
examples:
  bad: ["The mayor fumed."]
  good: ["The mayor said no."]
"""


def one_error(tmp_path: Path, text: str, stem: str = "loaded-verb") -> RuleError:
    """The single RuleError loading a pack with one rule file gives."""
    folder = write_pack(tmp_path, {stem: text})
    rules, errors = load_pack(folder)
    assert rules == []
    assert len(errors) == 1
    return errors[0]


def error_line(err: RuleError, path_end: str = "loaded-verb.yaml") -> tuple[int | None, str]:
    """Check that str(err) is `path:line: message` and return (line, message)."""
    assert err.path.endswith(path_end)
    assert str(err) == f"{err.path}:{err.line}: {err.message}"
    return err.line, err.message


# --- a valid rule ----------------------------------------------------------------------------------


def test_valid_rule_loads(tmp_path: Path) -> None:
    rules, errors = load_pack(write_pack(tmp_path, {"loaded-verb": GOOD_RULE}))
    assert errors == []
    [rule] = rules
    assert (rule.code, rule.name, rule.kind, rule.pack) == ("NEW001", "loaded-verb", "existence", "newsroom")
    assert rule.level is Severity.INFO
    assert rule.options == {"tokens": ["fumed", "scoffed"], "scope": "sentence"}
    assert rule.examples == {"bad": ["The mayor fumed."], "good": ["The mayor said no."]}
    assert rule.where.path.endswith("loaded-verb.yaml")


def test_yml_extension_also_loads(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, {})
    (folder / "loaded-verb.yml").write_text(GOOD_RULE, encoding="utf-8")
    rules, errors = load_pack(folder)
    assert [r.name for r in rules] == ["loaded-verb"] and errors == []


def test_rules_come_back_sorted_by_code(tmp_path: Path) -> None:
    folder = write_pack(
        tmp_path,
        {
            "aaa-last": rule_yaml("NEW009", "aaa-last", "existence", "tokens: [x]\n"),
            "zzz-first": rule_yaml("NEW002", "zzz-first", "existence", "tokens: [y]\n"),
        },
    )
    rules, errors = load_pack(folder)
    assert errors == []
    assert [r.code for r in rules] == ["NEW002", "NEW009"]


# --- a broken rule: `path:line: message` --------------------------------------------------------------


def test_invalid_yaml_names_its_line(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("kind: existence", "kind: existence: extra")
    line, message = error_line(one_error(tmp_path, text))
    assert line == 3
    assert message.startswith("invalid YAML")


def test_unclosed_quote_is_invalid_yaml_with_a_line(tmp_path: Path) -> None:
    # An unclosed quote swallows the lines after it, so YAML fails where that text ends,
    # not at the quote: the error still names a line of the file and says why.
    text = GOOD_RULE.replace("message: \"'{match}' takes sides\"", 'message: "no closing quote')
    line, message = error_line(one_error(tmp_path, text))
    assert line >= 5
    assert "invalid YAML" in message


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("message:", "mesage:")
    line, message = error_line(one_error(tmp_path, text))
    assert line == 5
    assert "unknown key 'mesage'" in message
    assert "did you mean 'message'?" in message


def test_unknown_option_suggests_the_kind_option(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("tokens:", "tokns:")
    line, message = error_line(one_error(tmp_path, text))
    assert line == 8
    assert "did you mean 'tokens'?" in message


def test_option_of_another_kind_is_unknown(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("scope: sentence", "max_words: 9")
    line, message = error_line(one_error(tmp_path, text))
    assert line == 9
    assert "unknown key 'max_words'" in message


def test_unknown_kind_lists_valid_kinds(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("kind: existence", "kind: existance")
    line, message = error_line(one_error(tmp_path, text))
    assert line == 3
    assert "unknown kind 'existance'" in message
    for kind in ("boilerplate", "existence", "substitution"):
        assert kind in message


def test_invalid_regex_in_patterns_names_regex_and_its_line(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("tokens: [fumed, scoffed]", "patterns:\n  - 'fum(ed|ing)'\n  - 'scoff(ed'")
    line, message = error_line(one_error(tmp_path, text))
    assert line == 10
    assert "invalid regex 'scoff(ed'" in message


def test_invalid_regex_in_boilerplate_names_its_line(tmp_path: Path) -> None:
    options = "patterns:\n  - '^subscribe'\n  - '^join [our'\n"
    err = one_error(tmp_path, rule_yaml("NEW001", "join-prompt", "boilerplate", options), "join-prompt")
    line, message = error_line(err, "join-prompt.yaml")
    assert line == 13
    assert "invalid regex '^join [our'" in message


def test_invalid_regex_in_unless_names_its_line(tmp_path: Path) -> None:
    options = "patterns: ['^subscribe']\nunless:\n  - 'free)'\n"
    err = one_error(tmp_path, rule_yaml("NEW001", "join-prompt", "boilerplate", options), "join-prompt")
    assert error_line(err, "join-prompt.yaml")[0] == 13


def test_invalid_regex_in_swap_names_its_line(tmp_path: Path) -> None:
    options = "swap:\n  colour: color\n  'gr(e|a': gray\n"
    err = one_error(tmp_path, rule_yaml("NEW001", "us-spelling", "substitution", options), "us-spelling")
    line, message = error_line(err, "us-spelling.yaml")
    assert line == 13
    assert "invalid regex" in message


def test_invalid_regex_in_swap_names_the_regex_as_written(tmp_path: Path) -> None:
    options = "swap:\n  'gr(e|a': gray\n"
    err = one_error(tmp_path, rule_yaml("NEW001", "us-spelling", "substitution", options), "us-spelling")
    assert "invalid regex 'gr(e|a'" in err.message


@pytest.mark.parametrize("code", ["NEW01", "new001", "NEW0001", "OLD001", "NE001"])
def test_wrong_code_format(tmp_path: Path, code: str) -> None:
    line, message = error_line(one_error(tmp_path, GOOD_RULE.replace("NEW001", code)))
    assert line == 1
    assert f"code '{code}'" in message and "NEW" in message


def test_name_must_equal_file_stem(tmp_path: Path) -> None:
    err = one_error(tmp_path, GOOD_RULE, stem="loaded-verbs")
    line, message = error_line(err, "loaded-verbs.yaml")
    assert line == 2
    assert "'loaded-verbs'" in message


def test_name_must_be_kebab_case(tmp_path: Path) -> None:
    err = one_error(tmp_path, GOOD_RULE.replace("name: loaded-verb", "name: Loaded_Verb"), stem="Loaded_Verb")
    assert error_line(err, "Loaded_Verb.yaml")[0] == 2


def test_bad_level(tmp_path: Path) -> None:
    line, message = error_line(one_error(tmp_path, GOOD_RULE.replace("level: info", "level: severe")))
    assert line == 4
    assert "'severe'" in message and "error, warning, info" in message


def test_unknown_message_placeholder(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("message: \"'{match}' takes sides\"", 'message: "{speaker} used {match}"')
    line, message = error_line(one_error(tmp_path, text))
    assert line == 5
    assert "'{speaker}'" in message and "{match}" in message


def test_placeholder_of_another_kind_is_unknown(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("message: \"'{match}' takes sides\"", 'message: "Use {replacement}"')
    assert "'{replacement}'" in one_error(tmp_path, text).message


def test_kind_placeholders_are_allowed(tmp_path: Path, make_rule) -> None:
    swap = make_rule("substitution", "swap: {colour: color}\n", message="Use '{replacement}', not '{match}'")
    repeat = make_rule("boilerplate", "repeated: true\n", message="Repeats line {first_line}")
    assert swap.message.startswith("Use") and repeat.message.startswith("Repeats")


def test_lone_brace_in_message_is_rule_error(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("message: \"'{match}' takes sides\"", 'message: "Found {match} {"')
    err = one_error(tmp_path, text)
    assert err.line == 5


def test_escaped_braces_in_message_are_fine(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("message: \"'{match}' takes sides\"", 'message: "{{literal}} {match}"')
    rules, errors = load_pack(write_pack(tmp_path, {"loaded-verb": text}))
    assert errors == [] and len(rules) == 1


def test_missing_examples(tmp_path: Path) -> None:
    text = GOOD_RULE.split("examples:")[0]
    line, message = error_line(one_error(tmp_path, text))
    assert line == 1
    assert "'examples'" in message


@pytest.mark.parametrize(
    ("examples", "line", "words"),
    [
        ('examples:\n  bad: []\n  good: ["ok"]\n', 11, "examples.bad"),
        ('examples:\n  bad: ["x"]\n  good: "not a list"\n', 12, "examples.good"),
        ('examples:\n  bad: ["x"]\n  good: ["y"]\n  ugly: ["z"]\n', 10, "'examples'"),
    ],
)
def test_malformed_examples(tmp_path: Path, examples: str, line: int, words: str) -> None:
    text = GOOD_RULE.split("examples:")[0] + examples
    got_line, message = error_line(one_error(tmp_path, text))
    assert got_line == line
    assert words in message


def test_option_of_wrong_type_or_choice(tmp_path: Path) -> None:
    line, message = error_line(one_error(tmp_path, GOOD_RULE.replace("scope: sentence", "scope: page")))
    assert line == 9
    assert "scope" in message and "sentence" in message


def test_existence_needs_tokens_or_patterns(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("tokens: [fumed, scoffed]\n", "")
    assert "'tokens' or 'patterns'" in one_error(tmp_path, text).message


def test_empty_rule_file(tmp_path: Path) -> None:
    err = one_error(tmp_path, "")
    assert str(err) == f"{err.path}: a rule file must be a YAML mapping"


# --- packs -------------------------------------------------------------------------------------------


def test_broken_rule_is_left_out_and_others_load(tmp_path: Path) -> None:
    folder = write_pack(
        tmp_path,
        {
            "loaded-verb": GOOD_RULE,
            "broken-one": rule_yaml("NEW002", "broken-one", "existence", "patterns: ['(oops']\n"),
            "other-good": rule_yaml("NEW003", "other-good", "existence", "tokens: [gloated]\n"),
        },
    )
    rules, errors = load_pack(folder)
    assert [r.name for r in rules] == ["loaded-verb", "other-good"]
    assert len(errors) == 1 and errors[0].path.endswith("broken-one.yaml")


def test_pack_without_pack_yaml(tmp_path: Path) -> None:
    rules, errors = load_pack(tmp_path)
    assert rules == [] and len(errors) == 1
    assert errors[0].path.endswith("pack.yaml")


def test_pack_yaml_unknown_key_suggests(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text("name: newsroom\nprefx: NEW\n", encoding="utf-8")
    _, [err] = load_pack(tmp_path)
    assert err.line == 2 and "did you mean 'prefix'?" in err.message


def test_pack_prefix_must_be_three_capitals(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text("name: newsroom\nprefix: News\n", encoding="utf-8")
    _, [err] = load_pack(tmp_path)
    assert err.line == 2 and "prefix" in err.message


def test_duplicate_code_across_packs(tmp_path: Path) -> None:
    first = write_pack(tmp_path / "packs", {"loaded-verb": GOOD_RULE}, name="alpha")
    write_pack(tmp_path / "packs", {"fumed-word": GOOD_RULE.replace("loaded-verb", "fumed-word")}, name="beta")
    rules, errors = load_rules([tmp_path / "packs"])
    assert [r.name for r in rules if r.pack in ("alpha", "beta")] == ["loaded-verb"]
    [err] = errors
    assert err.path.endswith("fumed-word.yaml") and err.line == 1
    assert "'NEW001'" in err.message and str(first / "loaded-verb.yaml") in err.message


def test_duplicate_of_builtin_code_is_an_error(tmp_path: Path) -> None:
    text = rule_yaml("BOI001", "my-prompt", "existence", "tokens: [x]\n")
    folder = write_pack(tmp_path, {"my-prompt": text}, name="local", prefix="BOI")
    rules, errors = load_rules([folder])
    assert [r.name for r in rules if r.code == "BOI001"] == ["newsletter-prompt"]
    assert len(errors) == 1 and "'BOI001'" in errors[0].message


def test_duplicate_of_builtin_name_is_an_error(tmp_path: Path) -> None:
    text = rule_yaml("NEW001", "advertisement", "existence", "tokens: [x]\n")
    rules, errors = load_rules([write_pack(tmp_path, {"advertisement": text})])
    assert [r.code for r in rules if r.name == "advertisement"] == ["BOI003"]
    assert len(errors) == 1 and errors[0].line == 2 and "'advertisement'" in errors[0].message


def test_load_rules_missing_folder_is_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_rules([tmp_path / "nowhere"])


def test_load_rules_folder_without_packs_is_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no rule pack"):
        load_rules([tmp_path])


# --- select ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def builtin():
    rules, errors = load_rules()
    assert errors == []
    return rules


def names(rules) -> list[str]:
    return sorted(r.name for r in rules)


def test_select_none_means_all_enabled_rules(builtin) -> None:
    assert select(builtin, None, []) == [rule for rule in builtin if rule.enabled]
    assert any(not rule.enabled for rule in builtin), "expected a rule that is off by default"


def test_rule_off_by_default_needs_its_exact_code_or_name_or_all(builtin) -> None:
    off = next(rule for rule in builtin if not rule.enabled)
    prefix = off.code[:3]
    assert off not in select(builtin, [prefix], [])
    assert off in select(builtin, ["ALL"], [])
    assert off in select(builtin, [off.code], [])
    assert off in select(builtin, [off.name], [])


def test_select_by_code(builtin) -> None:
    assert names(select(builtin, ["BOI003"], [])) == ["advertisement"]


def test_select_by_prefix(builtin) -> None:
    boilerplate = select(builtin, ["BOI"], [])
    assert {"newsletter-prompt", "repeated-paragraph"} <= set(names(boilerplate))
    assert all(r.code.startswith("BOI") for r in boilerplate)
    first_nine = [r.code for r in select(builtin, ["BOI00"], [])]
    assert "BOI001" in first_nine and "BOI010" not in first_nine


def test_select_by_name(builtin) -> None:
    assert names(select(builtin, ["cookie-notice", "app-prompt"], [])) == ["app-prompt", "cookie-notice"]


def test_select_all_means_every_rule_and_ignore_still_applies(builtin) -> None:
    picked = select(builtin, ["ALL"], ["repeated-paragraph", "BOI001"])
    assert names(picked) == names(r for r in builtin if r.code not in ("BOI001", "BOI010"))
    assert any(not rule.enabled for rule in picked)


def test_extend_select_adds_an_off_by_default_rule_to_the_default_choice(builtin) -> None:
    off = next(rule for rule in builtin if not rule.enabled)
    picked = select(builtin, None, [], [off.code])
    assert names(picked) == names(r for r in builtin if r.enabled or r is off)


def test_select_unknown_selector_suggests(builtin) -> None:
    with pytest.raises(ConfigError) as caught:
        select(builtin, ["advertisment"], [])
    assert "'advertisment'" in caught.value.message
    assert "did you mean 'advertisement'?" in caught.value.message


def test_unknown_ignore_selector_is_an_error_too(builtin) -> None:
    with pytest.raises(ConfigError, match="XYZ999"):
        select(builtin, None, ["XYZ999"])


# --- Rule.configured ---------------------------------------------------------------------------------


def test_configured_changes_level_only(builtin) -> None:
    rule = next(r for r in builtin if r.name == "advertisement")
    changed = rule.configured({"level": "error"}, Where("cfg.yaml"), ("rules", "advertisement"))
    assert changed.level is Severity.ERROR
    assert rule.level is Severity.WARNING  # the original is untouched
    assert changed.options == rule.options


def test_configured_applies_options(builtin) -> None:
    rule = next(r for r in builtin if r.name == "repeated-paragraph")
    doc = Document("d.md", "Pier shut for good today.\n\nPier shut for good today.\n")
    assert lint_document(doc, [rule])[0] == []
    looser = rule.configured({"min_words": 3}, Where("cfg.yaml"), ("rules", "repeated-paragraph"))
    assert looser.options["min_words"] == 3
    assert [f.line for f in lint_document(doc, [looser])[0]] == [3]


def test_a_single_form_where_a_list_is_wanted_is_a_list_of_one(builtin) -> None:
    rule = next(r for r in builtin if r.name == "anonymous-source")
    where = Where("cfg.yaml")
    doc = Document("d.md", "The vote is on Monday.\n\nA senior aide said the vote would slip.\n")
    assert [f.line for f in lint_document(doc, [rule])[0]] == [3]
    assert lint_document(doc, [rule.configured({"only_forms": "confidential"}, where, ("rules",))])[0] == []
    with pytest.raises(RuleError, match="only_forms"):
        rule.configured({"only_forms": "confidentail"}, where, ("rules",))


def test_configured_rejects_unknown_option_with_its_line(builtin) -> None:
    rule = next(r for r in builtin if r.name == "repeated-paragraph")
    where = Where("cfg.yaml", {("rules", "repeated-paragraph"): 4, ("rules", "repeated-paragraph", "min_wrods"): 5})
    with pytest.raises(RuleError) as caught:
        rule.configured({"min_wrods": 3}, where, ("rules", "repeated-paragraph"))
    assert str(caught.value).startswith("cfg.yaml:5: ")
    assert "did you mean 'min_words'?" in caught.value.message


def test_configured_rejects_bad_level(builtin) -> None:
    rule = builtin[0]
    with pytest.raises(RuleError, match="level"):
        rule.configured({"level": "loud"}, Where("cfg.yaml"), ("rules", rule.name))


# --- the built-in rules ------------------------------------------------------------------------------


def test_builtin_rules_load_without_errors(builtin) -> None:
    assert len(builtin) >= 10


def test_builtin_regexes_wait_until_first_used() -> None:
    advertisement = next(rule for rule in load_rules()[0] if rule.name == "advertisement")
    assert advertisement.check.phrases.patterns
    assert all(isinstance(pattern, LazyPattern) for pattern in advertisement.check.phrases.patterns)
    assert "compiled" not in vars(advertisement.check.phrases.patterns[0])


@pytest.mark.parametrize("folder", pack_folders(builtin_packs_dir()), ids=lambda folder: folder.name)
def test_builtin_rules_pass_the_checks_a_newsroom_pack_gets(folder: Path) -> None:
    """Loaded as a newsroom's pack, every built-in regex is compiled on load, so a bad one fails here."""
    rules, errors = load_pack(folder)
    assert rules
    assert errors == []
    assert not any(isinstance(p, LazyPattern) for rule in rules for p in getattr(rule.check, "patterns", []))


def test_the_shipped_index_of_parsed_rule_files_is_current() -> None:
    root = builtin_packs_dir()
    assert read_index(root) == build_index(root), (
        f"{INDEX_NAME} is stale: python -c 'from attrlint.packindex import write_builtin_index as w; w()'"
    )
    assert len(read_index(root)) == len(list(root.glob("*/*.yaml")))


@pytest.mark.parametrize("text", ["", "[]", '"index"', '{"names/pack.yaml": 1}', "{broken"])
def test_an_index_that_is_missing_or_not_an_index_is_passed_over(tmp_path: Path, text: str) -> None:
    if text:
        (tmp_path / INDEX_NAME).write_text(text, encoding="utf-8")
    assert read_index(tmp_path) == {}


def test_a_damaged_index_entry_is_parsed_over(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, {"loaded-verb": GOOD_RULE})
    index = build_index(tmp_path)
    del index["newsroom/loaded-verb.yaml"]["data"]
    rules, errors = load_pack(folder, index)
    assert errors == [] and [rule.code for rule in rules] == ["NEW001"]


def test_builtin_rules_load_without_the_yaml_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError("a built-in rule file was parsed although the index holds it")

    monkeypatch.setattr(yamlfile, "parse_yaml", fail)
    rules, errors = load_rules()
    assert errors == [] and len(rules) >= 10


def test_lazy_pattern_finds_what_the_compiled_one_finds() -> None:
    pattern, flags = r"^advert\w*$", regex.MULTILINE | regex.IGNORECASE
    lazy, compiled = LazyPattern(pattern, flags), regex.compile(pattern, flags)
    text = "story\nADVERTISEMENT\nmore\nadverts"
    assert lazy.search(text).span() == compiled.search(text).span() == (6, 19)
    assert [m.span() for m in lazy.finditer(text, 7)] == [m.span() for m in compiled.finditer(text, 7)] == [(25, 32)]


def test_builtin_rule_names_equal_file_stems(builtin) -> None:
    for rule in builtin:
        assert Path(rule.where.path).stem == rule.name


def test_builtin_rule_codes_and_names_are_unique(builtin) -> None:
    assert len({r.code for r in builtin}) == len(builtin)
    assert len({r.name for r in builtin}) == len(builtin)


def test_every_builtin_rule_file_loaded(builtin) -> None:
    files = {p.stem for p in builtin_packs_dir().glob("*/*.yaml") if p.stem != "pack" and p.parent.name != "language"}
    assert files == {r.name for r in builtin}


def test_a_message_quoting_text_over_paragraphs_is_one_line(make_rule) -> None:
    rule = make_rule("existence", "patterns: ['harbour\\s+fees']\nscope: text\n")
    [finding] = lint_document(Document("d.md", "The harbour\n\nfees rose.\n"), [rule])[0]
    assert finding.message == "Found 'harbour fees'"
