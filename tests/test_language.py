"""Language data: the English word lists in rules/language/english.yaml, read by the sentence
splitter before any rule set exists, and held by pack lexicons through `"@name"` entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrlint.cues import source_kind
from attrlint.errors import RuleError
from attrlint.function_words import is_function_word
from attrlint.language import language_lists, words
from attrlint.packs import _pack_meta, load_rules
from attrlint.ruleset import builtin_rule_set
from attrlint.segment import split_sentences


def test_a_language_list_that_names_another_holds_its_words_in_place() -> None:
    lists = language_lists()
    titles = lists["title_abbreviations"]
    assert lists["non_final_abbreviations"][: len(titles)] == titles
    assert not any(word.startswith("@") for words_ in lists.values() for word in words_)


def test_the_names_pack_holds_the_language_lists_it_names() -> None:
    settings = builtin_rule_set().settings
    assert words("sentence_starters") <= set(settings["not_names"])
    assert words("title_abbreviations") <= set(settings["titles"]) & set(settings["not_names"])
    assert {"Governor", "Attorney General", "Mayor"} <= set(settings["titles"])


def test_the_quotation_analysis_and_the_boilerplate_pack_read_one_list_of_function_words() -> None:
    """The function words both read live once, in the language data: the pack's lexicon names them and
    adds its own, and the quotation analysis reads them with its auxiliaries."""
    shared = words("function_words")
    pack = set(builtin_rule_set().settings["function_words"])
    assert {"the", "of", "which", "while", "not"} <= shared <= pack
    assert {"whom", "because", "said"} <= pack - shared
    assert is_function_word("might") and not is_function_word("whom")


def test_a_source_headed_by_an_organisation_word_is_a_body_and_no_name() -> None:
    heads = words("organisation_heads")
    assert {"Group", "Times", "Bureau"} <= heads <= set(builtin_rule_set().settings["not_names"])
    assert source_kind("the Harbour Ferry Group", None) == "organisation"


def test_the_splitter_keeps_abbreviations_and_a_place_name_inside_their_sentences() -> None:
    text = "The ferry left Portland, Ore. The captain waved. Capt. Voss met Insp. Lund at 9 a.m. on Tuesday."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The ferry left Portland, Ore.",
        "The captain waved.",
        "Capt. Voss met Insp. Lund at 9 a.m. on Tuesday.",
    ]


def _newsroom_pack(root: Path, lexicon: str) -> Path:
    folder = root / "house"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        f"name: house\nprefix: HOU\nlexicons:\n  not_names: {lexicon}\n", encoding="utf-8"
    )
    return folder


def test_a_newsroom_pack_extends_a_language_list_by_naming_it(tmp_path: Path) -> None:
    """A newsroom's lexicon holds the language list and its own words, as the built-in packs' do."""
    _, _, lexicons = _pack_meta(_newsroom_pack(tmp_path, '["@sentence_starters", Harbourside]'), None)
    assert lexicons["not_names"] == [*language_lists()["sentence_starters"], "Harbourside"]


def test_a_lexicon_naming_no_language_list_is_an_error_at_its_line(tmp_path: Path) -> None:
    _newsroom_pack(tmp_path, '[Harbourside, "@sentence_opener"]')
    _, errors = load_rules([tmp_path])
    [error] = errors
    assert isinstance(error, RuleError)
    assert "no language list 'sentence_opener'" in str(error) and "pack.yaml:4:" in str(error)


@pytest.mark.parametrize("name", ["non_final_abbreviations", "final_abbreviations", "sentence_starters"])
def test_the_splitters_lists_are_in_the_language_data(name: str) -> None:
    assert len(words(name)) > 40
