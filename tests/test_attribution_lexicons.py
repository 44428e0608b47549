"""The attribution lexicons read once from the rule settings (attrlint.attribution_lexicons)."""

import pytest

from attrlint.attribution_lexicons import LEXICON_NAMES, AttributionLexicons
from attrlint.ruleset import builtin_rule_set

SETTINGS = builtin_rule_set().settings


def test_every_field_is_a_lexicon_the_builtin_packs_define() -> None:
    # a field misspelled would be read as an empty lexicon, silently
    missing = [name for name in LEXICON_NAMES if name not in SETTINGS]
    assert missing == []


def test_a_lexicon_the_settings_lack_is_empty_and_the_rest_are_kept_in_order() -> None:
    lexicons = AttributionLexicons.of({"core_cues": ["say", "tell"], "unknown_list": ["x"]})
    assert lexicons.core_cues == ("say", "tell")
    assert lexicons.cues == ()


def test_equal_lexicons_are_one_cache_key() -> None:
    first = AttributionLexicons.of({"vague_sources": ["observers"]})
    second = AttributionLexicons.of({"vague_sources": ("observers",)})
    assert first == second
    assert hash(first) == hash(second)
    assert first != AttributionLexicons.of({"vague_sources": ["critics"]})


def test_one_settings_mapping_is_read_once_and_another_is_read_anew() -> None:
    settings = {"vague_sources": ("observers",)}
    first = AttributionLexicons.of(settings)
    assert AttributionLexicons.of(settings) is first
    other = AttributionLexicons.of({"vague_sources": ("critics",)})
    assert other.vague_sources == ("critics",)
    again = AttributionLexicons.of(settings)
    assert again == first
    assert AttributionLexicons.of(settings) is again


def test_the_lexicons_read_are_never_changed() -> None:
    lexicons = AttributionLexicons.of({"vague_sources": ("observers",)})
    with pytest.raises(AttributeError):
        lexicons.vague_sources = ("critics",)
    with pytest.raises(AttributeError):
        del lexicons.vague_sources
    assert lexicons.vague_sources == ("observers",)
