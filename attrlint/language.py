"""Language data: word lists of English that the analyses read whatever packs a config loads.

Some are needed before any rule set exists (the sentence splitter's abbreviations and sentence
openers, as each draft is read). They live once, in `rules/language/english.yaml`, parsed into
`rules/index.json` with the packs so that start-up runs no YAML parser. A pack lexicon that holds
one of them names it as an entry, `"@name"` (see `expanded`), and adds its own words.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from attrlint.errors import RuleError
from attrlint.packindex import builtin_packs_dir, index_key, read_index
from attrlint.yamlfile import Where, load_yaml

LANGUAGE_FILE = "language/english.yaml"  # under the built-in packs' folder
INCLUDE = "@"  # an entry "@name" in a lexicon stands for the language list of that name


@functools.cache
def language_lists() -> Mapping[str, tuple[str, ...]]:
    """Every language list by name, each list it names expanded in place (one level deep)."""
    root = builtin_packs_dir()
    path = root / LANGUAGE_FILE
    data, where = load_yaml(path, RuleError, read_index(root).get(index_key(path)))
    if not isinstance(data, dict) or not all(
        isinstance(words, list) and all(isinstance(word, str) for word in words) for words in data.values()
    ):
        raise where.error(RuleError, "language data must map names to lists of strings")
    lists = {name: tuple(_replaced(words, data, where, name)) for name, words in data.items()}
    for name, words in lists.items():
        if any(word.startswith(INCLUDE) for word in words):
            raise where.error(RuleError, f"'{name}' names a list that names another", name)
    return lists


@functools.cache
def words(name: str) -> frozenset[str]:
    """One language list, as a set (made once)."""
    return frozenset(language_lists()[name])


@functools.cache
def time_words() -> frozenset[str]:
    """The words that say when, in lower case: the language data's `weekdays`, `months` and `time_units`."""
    return frozenset(word.lower() for name in ("weekdays", "months", "time_units") for word in language_lists()[name])


def expanded(entries: Iterable[str], where: Where, key: str) -> list[str]:
    """A pack lexicon's entries with each `"@name"` replaced, in place, by that language list;
    RuleError at the lexicon's line for a name that is no language list."""
    return _replaced(entries, language_lists(), where, "lexicons", key)


def _replaced(entries: Iterable[str], lists: Mapping[str, Iterable[str]], where: Where, *keys: str) -> list[str]:
    found: list[str] = []
    for entry in entries:
        if not entry.startswith(INCLUDE):
            found.append(entry)
        elif entry[1:] in lists:
            found.extend(lists[entry[1:]])
        else:
            raise where.error(RuleError, f"'{keys[-1]}': no language list '{entry[1:]}'", *keys)
    return found
