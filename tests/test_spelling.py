"""Comparing spellings of a name: folding, edit distance, the sound key, and one name misspelled (attrlint.spelling)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrlint import spelling_index
from attrlint.spelling import fold, is_derived_word, same_person_spelling, sound_key, within_edits
from attrlint.spelling_index import first_spelled_alike

# fold


@pytest.mark.parametrize(
    "name, folded",
    [
        ("Harth", "harth"),
        ("HARTH", "harth"),
        ("Jur\u010di\u0107", "jurcic"),
        ("Z\u00e9lenskyy", "zelenskyy"),
        ("O\u2019Neill", "o'neill"),
        ("O'Neill", "o'neill"),
        ("M\u00fcller", "muller"),
        ("Stra\u00dfer", "strasser"),  # casefold, not lower: sharp s becomes ss
        ("Ha\u0308rth", "harth"),  # a combining diaeresis is dropped like a precomposed one
    ],
)
def test_fold_drops_case_diacritics_and_apostrophe_style(name, folded):
    assert fold(name) == folded


def test_fold_keeps_hyphens_and_letters_that_are_not_diacritics():
    assert fold("Ruiz-Tagle") == "ruiz-tagle"
    assert fold("\u00d8stergaard") != fold("Ostergaard")  # o-slash is a letter of its own, not o + mark


# edit_distance: the plain dynamic programme, the oracle `within_edits` is checked against


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, transpositions."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


@pytest.mark.parametrize(
    "a, b, distance",
    [
        ("harth", "harth", 0),
        ("harth", "hart", 1),  # a letter dropped
        ("corel", "correl", 1),  # a letter doubled
        ("kestrin", "kestran", 1),  # a letter substituted
        ("pembrey", "pembery", 1),  # two letters transposed: one edit, not two
        ("brandtner", "brnadtner", 1),  # a transposition in the middle
        ("ab", "ba", 1),
        ("", "", 0),
        ("", "hart", 4),
        ("hart", "", 4),
        ("harth", "barth", 1),
        ("zavadskyy", "zavadski", 2),
        ("ca", "abc", 3),  # optimal string alignment: no edits to a transposed pair
        ("johnson", "johnston", 1),
        ("kitten", "sitting", 3),
    ],
)
def test_edit_distance(a, b, distance):
    assert edit_distance(a, b) == distance
    assert edit_distance(b, a) == distance


# sound_key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Zavadskyy", "Zavadskiy"),  # -yy and -iy
        ("Zavadskyy", "Zavadski"),  # -yy and -i
        ("Zavadskyy", "Zavadsky"),  # -yy and -y
        ("Philby", "Filby"),  # ph and f
        ("Mackay", "Makay"),  # ck and k
        ("Corel", "Correl"),  # doubled letters
        ("Jur\u010di\u0107", "Jurcic"),  # diacritics
        ("Kestrin", "Kestran"),  # vowels after the first letter
        ("Waltz", "Valts"),  # w and v, z and s
    ],
)
def test_sound_key_is_shared_by_names_that_sound_alike(a, b):
    assert sound_key(a) == sound_key(b)


@pytest.mark.parametrize("a, b", [("Harth", "Hart"), ("Morrow", "Merlow"), ("Abel", "Ebel"), ("Stephens", "Stevens")])
def test_sound_key_differs_for_names_that_sound_different(a, b):
    assert sound_key(a) != sound_key(b)


def test_sound_key_keeps_the_first_letter_even_when_it_is_a_vowel():
    assert sound_key("Okafor") == "okfr"
    assert sound_key("Abel") == "abl"


# same_person_spelling


SPELLINGS = [
    # (a, b, same person?, reason)
    ("Harth", "Hart", True, "a letter dropped"),
    ("Corel", "Correl", True, "a letter doubled"),
    ("Pembrey", "Pembery", True, "two letters transposed"),
    ("Kestrin", "Kestran", True, "one letter substituted"),
    ("Jur\u010di\u0107", "Jurcic", True, "diacritics dropped"),
    ("Halcevic", "Hal\u010devi\u0107", True, "diacritics dropped, either way round"),
    ("Zavadskyy", "Zavadskiy", True, "transliteration: -yy and -iy, one edit"),
    ("Zavadskyy", "Zavadski", True, "transliteration: two edits, long, and the same sound"),
    ("Brandtner", "Brendtnar", True, "two edits, long, and the same sound key"),
    ("HARTH", "harth", True, "case only"),
    ("O\u2019Neill", "O'Neill", True, "apostrophe style only"),
    ("Johnson", "Johnston", True, "one edit: whether they are two people is for the analysis, not the spelling"),
    ("Lee", "Lea", False, "too short to judge: three letters"),
    ("Ruiz", "Ruis", True, "four letters is long enough"),
    ("Harth", "Barth", False, "a different first letter"),
    ("Okafor", "Ukafor", False, "a different first letter, even a vowel"),
    ("Kestin", "Kostan", False, "two edits on a name under seven letters, though it sounds the same"),
    ("Hollings", "Hallinks", False, "two edits, long, but sounds different (ng and nk)"),
    ("Morrow", "Marlow", False, "two edits on a six-letter name"),
    ("Stephenson", "Stevenson", False, "two edits; the rough key turns ph into f, not v"),
    ("Harth", "Harthington", False, "far apart"),
]


@pytest.mark.parametrize("a, b, same, reason", SPELLINGS, ids=[f"{a}-{b}" for a, b, _, _ in SPELLINGS])
def test_same_person_spelling(a, b, same, reason):
    assert same_person_spelling(a, b) is same, reason
    assert same_person_spelling(b, a) is same, f"{reason} (reversed)"


ENDINGS = ("i", "an", "ian", "ese", "ish", "a>an", "a>ian", "e>ian", "o>an", "s>n", "y>ian")


@pytest.mark.parametrize(
    "word, base, derived",
    [
        ("Nevadan", "Nevada", True),
        ("Texan", "Texas", True),  # a final s replaced
        ("Iraqi", "Iraq", True),
        ("Mexican", "Mexico", True),
        ("Nevada", "Nevadan", False),  # the other way round
        ("Morgan", "Morga", True),  # the shape alone: the name analysis also asks that the base be a word
        ("Clintonn", "Clinton", False),  # a letter doubled
        ("Rossii", "Rossi", False),
        ("Harn", "Hart", False),  # a last letter changed is no ending
        ("Nevadas", "Nevada", False),
    ],
)
def test_is_derived_word(word: str, base: str, derived: bool) -> None:
    assert is_derived_word(word, base, ENDINGS) is derived


@settings(max_examples=3000, deadline=None)
@given(st.text("abcab", max_size=9), st.text("abcba", max_size=9), st.integers(0, 3))
def test_within_edits_agrees_with_edit_distance(a: str, b: str, limit: int) -> None:
    assert within_edits(a, b, limit) is (edit_distance(a, b) <= limit)


def test_within_edits_is_quick_on_long_names() -> None:
    long = "b" + "a" * 200_000
    assert within_edits(long, long + "b", 1) and not within_edits(long + "xyz", "xyz" + long, 2)
    assert within_edits("x" + long + "y", "z" + long + "w", 2)


# first_spelled_alike: an index that finds the same names as reading the ranking in order

_LETTERS = "aabeiorsthpfkq\u00e9"


@st.composite
def _close_names(draw: st.DrawFn) -> list[str]:
    """Names a few edits from a few bases, some in capitals: many pairs are spelled alike."""
    bases = draw(st.lists(st.text(_LETTERS, max_size=9), min_size=1, max_size=5))
    names = []
    for base in draw(st.lists(st.sampled_from(bases), min_size=1, max_size=30)):
        letters = list("K" + base)
        for position, letter in draw(st.lists(st.tuples(st.integers(1, 10), st.sampled_from(_LETTERS)), max_size=2)):
            at = min(position, len(letters))
            letters[at : at + draw(st.integers(0, 1))] = [letter] if draw(st.booleans()) else []
        name = "".join(letters)
        names.append(name.upper() if draw(st.booleans()) and len(names) % 5 == 0 else name)
    return list(dict.fromkeys(names))


@settings(max_examples=300, deadline=None)
@given(_close_names(), st.data(), st.sampled_from([spelling_index._SHORT, 2, 5]))
def test_first_spelled_alike_reads_as_the_ranking_would(names: list[str], data: st.DataObject, short: int) -> None:
    """Also with short keys made hashes, as they are for long names (`short`: the longest spelling kept whole)."""
    saved, spelling_index._SHORT = spelling_index._SHORT, short
    try:
        _reads_as_the_ranking_would(names, data)
    finally:
        spelling_index._SHORT = saved


def _reads_as_the_ranking_would(names: list[str], data: st.DataObject) -> None:
    counts = {name: data.draw(st.integers(1, 3)) for name in names}
    ranked = sorted(names, key=lambda name: -counts[name])
    queries = data.draw(st.lists(st.sampled_from(names), max_size=10))

    def accept(query: str, name: str) -> bool:
        return name != query and counts[name] > counts[query]

    def stop(query: str, name: str) -> bool:
        return counts[name] <= counts[query]

    expected = {}
    for query in queries:
        found = next((name for name in ranked if same_person_spelling(query, name) and accept(query, name)), None)
        if found is not None:
            expected[query] = found
    for pairs in (0, 10**9):  # the index (which many names use), and reading the ranking (which few do)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(spelling_index, "_SCAN_PAIRS", pairs)
            assert first_spelled_alike(ranked, queries, accept, stop) == expected
            assert first_spelled_alike(ranked, queries, accept) == expected
