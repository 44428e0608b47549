"""The name analysis compares every capitalised word that could be a surname (attrlint/bare_names.py),
groups full names by their given name, reports the rarer spelling, and tells ordinary words apart."""

from __future__ import annotations

import pytest

from attrlint.bare_names import (
    WordFrequencies,
    capitalised_words,
    is_ordinary,
    lower_case_words,
    spellings,
    starts_sentence,
    word_frequencies,
)
from attrlint.document import Document
from attrlint.names import NameAnalysis, analyse
from attrlint.ruleset import builtin_rule_set

LEDE = (
    "QUAYSIDE \u2014 The harbour board voted on Monday to dredge the channel before the spring "
    "tides, after a year of complaints from the fishing fleet and the ferry company."
)
LEXICONS = builtin_rule_set().settings


def run(text: str, **lexicons) -> NameAnalysis:
    return analyse(Document("draft.md", text), {**LEXICONS, **lexicons})


def variants(text: str, **lexicons) -> list[str]:
    """The text of every NAM001 problem (a surname spelled another way)."""
    return [text[p.start : p.end] for p in run(text, **lexicons).problems if p.check == "variant"]


INTRO = LEDE + "\n\nRuth Okafor, the club's captain, said the squad was ready. Okafor said training went well.\n\n"


@pytest.mark.parametrize(
    "later",
    [
        "The coach said Okafro would start on Saturday against the visitors.",  # bare object
        "The visitors feared Okafro's pace more than anything else on the pitch.",  # possessive
        "Fans who came for the Okafro show went home happy after the final whistle.",  # attributive
        "The scorers were Mbeki, Okafro and Lund, all in the second half of the match.",  # a list
        'The manager said: "Nobody runs like Okafro when the ground is soft."',  # inside a quotation
    ],
)
def test_a_bare_misspelling_is_reported_wherever_it_stands(later: str) -> None:
    assert variants(INTRO + later) == ["Okafro"]


def test_a_misspelling_in_a_headline_is_reported() -> None:
    text = "Okafro Fires Club Into The Final\n\n" + INTRO + "Okafor scored twice in the second half."
    assert variants(text) == ["Okafro"]


def test_a_misspelling_after_a_title_is_compared() -> None:
    text = LEDE + "\n\nRuth Mendes, the governor, said the budget was fair. Mendes said it twice.\n\n"
    text += "Governor Mendis later signed it into law at a ceremony in the capital."
    assert variants(text) == ["Mendis"]


def test_a_misspelt_first_full_name_is_reported_against_the_dominant_spelling() -> None:
    text = LEDE + "\n\nRuth Okafro, the club's captain, said the squad was ready.\n\n"
    text += "Okafor said training went well. The coach praised Okafor, and Okafor's goal won it."
    assert variants(text) == ["Okafro"]
    [person] = [p for p in run(text).people if p.surname == "Okafor"]
    assert [m.surname for m in person.variants] == ["Okafro"]


def test_two_full_names_with_the_same_given_name_are_one_person_spelled_two_ways() -> None:
    text = LEDE + "\n\nIlse Brandtner, the harbour master, said the dredging would start in March.\n\n"
    text += "Ilse Brandner said the cost would be met by the port. Brandtner said the fleet agreed."
    assert variants(text) == ["Brandner"]


def test_different_given_names_with_close_surnames_stay_two_people() -> None:
    text = LEDE + "\n\nAnn Johnson, the mayor, said the pier would open. Boris Johnston, the harbour "
    text += "master, said it would not.\n\nJohnson said the vote was final. Johnston said he would appeal."
    assert variants(text) == []


def test_names_more_than_one_edit_apart_stay_quiet() -> None:
    assert variants(INTRO + "The coach said Okoffro would start on Saturday.") == []


def test_a_tie_is_reported_as_a_tie_naming_the_other_line() -> None:
    text = LEDE + "\n\nThe harbour master, Piet Vanderlaan, spoke first.\n\nVanderlan said the channel was safe."
    [problem] = [p for p in run(text).problems if p.check == "variant"]
    assert text[problem.start : problem.end] == "Vanderlan"
    assert problem.values["tie"] and problem.values["line"] == "3"
    assert problem.values["count"] == problem.values["variant_count"] == "1"


def test_a_word_the_draft_writes_in_lower_case_is_not_a_misspelling() -> None:
    text = LEDE + "\n\nRuth Harth, the warden, said the deer were thriving. Harth said the herd had grown.\n\n"
    text += "Hart numbers rose too, and one hart was seen near the quay."
    assert variants(text) == []


def test_a_word_of_an_organisations_name_is_not_a_misspelling() -> None:
    text = LEDE + "\n\nMina Labar, the union's organiser, said the strike would go ahead. Labar said so twice.\n\n"
    text += "The Department of Labor said it would not intervene in the dispute."
    assert variants(text) == []


def test_a_common_word_is_never_reported_but_may_outweigh_a_misspelt_full_name() -> None:
    text = LEDE + "\n\nTom Rice, the fleet's spokesman, said the tides were high. Rice said it again.\n\n"
    text += "Race day is Saturday, when the boats leave the quay."
    assert variants(text) == []


def test_the_word_list_ships_with_the_names_pack() -> None:
    frequencies = word_frequencies()
    assert float(frequencies.get("the")) > 7 and "the" in frequencies and "okafro" not in frequencies
    assert is_ordinary("Race", capital_marks_name=False) and not is_ordinary("Okafro", capital_marks_name=False)
    assert is_ordinary("Tramp", capital_marks_name=False) and not is_ordinary("Tramp", capital_marks_name=True)


def test_lower_case_words_finds_whole_words_only() -> None:
    text = "The hart ran. Harthouse stood."
    assert lower_case_words(text, {"hart", "house", "stood"}) == {"hart", "stood"}
    many = {f"word{i}" for i in range(100)} | {"ran"}
    assert lower_case_words(text, many) == {"ran"}


def test_starts_sentence() -> None:
    text = 'It rained. "Okafor ran," she said.'
    assert starts_sentence(text, text.index("Okafor"), 0)
    assert starts_sentence(text, 0, 0)
    assert not starts_sentence(text, text.index("she"), 0)


def test_an_accepted_spelling_heads_its_own_entry_on_the_names_sheet() -> None:
    text = LEDE + "\n\nLaura Harth, the campaign manager, said it. According to Harth, it grows.\n\nHart said no."
    [hart] = [p for p in run(text, accept=("Hart",)).people if p.surname == "Hart"]
    assert hart.full is None


def test_a_suffix_after_a_name_is_not_its_surname() -> None:
    text = LEDE + "\n\nPiet Vandermeer said the port would wait. His son, Piet Vandermeer Jr., agreed.\n\n"
    text += "Piet Vandermer said the fleet would not."
    assert variants(text) == ["Vandermer"]


@pytest.mark.parametrize(
    "later",
    [
        # the right spelling's only other "full name" is an ordinary word starting a sentence
        "Brenkel said the dredging would start in March.\n\nChasing Brenkel, the reporters ran along "
        "the quay. Brenkel said the fleet was chasing the tide.",
        # ... or a body named after the person
        "The Brenkel Harbour Trust pays for the dredging. The Brenkel boats left at dawn, and "
        "the fleet followed the Brenkel tug.",
    ],
)
def test_a_misspelt_first_full_name_is_reported_when_the_right_spelling_heads_no_persons_full_name(
    later: str,
) -> None:
    text = LEDE + "\n\nThe harbour master, Tomas Brenkle, said the channel was silting up.\n\n" + later
    assert variants(text) == ["Brenkle"]
    [problem] = [p for p in run(text).problems if p.check == "variant"]
    assert problem.values["canonical"] == "Brenkel" and problem.values["full"] == "Tomas Brenkle"


def test_a_common_word_as_often_as_a_misspelt_full_name_is_reported_as_a_tie() -> None:
    text = LEDE + "\n\nDana Sullivaan, the fund's treasurer, resigned on Monday.\n\n"
    text += "Sullivan, a former teacher, had run the fund for a decade."
    [problem] = [p for p in run(text).problems if p.check == "variant"]
    assert text[problem.start : problem.end] == "Sullivan"
    assert problem.values["tie"] and problem.values["canonical"] == "Sullivaan" and problem.values["line"] == "3"


@pytest.mark.parametrize(
    "later",
    [
        "A Nevadan rancher said the water had run out.",  # a proper adjective made of the place's name
        "Nevadan said the water had run out.",  # even where it stands like a surname
    ],
)
def test_a_proper_adjective_of_a_place_name_is_not_a_misspelling(later: str) -> None:
    text = LEDE + "\n\nThe fund's chair, Lorna Nevada, said the vote was close. Nevada said it twice.\n\n"
    assert variants(text + later) == []


def test_a_misspelling_that_only_looks_like_an_ending_is_still_reported() -> None:
    text = LEDE + "\n\nThe fund's chair, Lorna Morgan, said the vote was close. Morgan said it twice.\n\n"
    assert variants(text + "Morga said the water had run out.") == ["Morga"]


def test_an_ordinary_word_before_a_surname_is_no_full_name_to_come_after() -> None:
    text = LEDE + "\n\nBrenkel said the dredging would start in March.\n\nChasing Brenkel, the reporters ran "
    text += "along the quay. The harbour master, Tomas Brenkel, said the fleet was chasing the tide."
    [problem] = [p for p in run(text).problems if p.check == "surname-first"]
    assert problem.values["full"] == "Tomas Brenkel"


def test_a_very_common_word_as_often_as_a_full_name_is_no_tie() -> None:
    text = LEDE + "\n\nEttore Franco, a historian, said the talks had failed.\n\nThe talks in France ended in May."
    assert variants(text) == []


def test_each_name_of_a_hyphenated_pair_is_a_word_of_its_own_in_the_order_of_the_text() -> None:
    found = [("Clinton-Sanders", 4), ("Ann", 20), ("Sanders", 30), ("Vale", 40)]
    assert spellings(found) == {"Clinton", "Sanders", "Ann", "Vale"}
    parts = [("Sanders", 12, True), ("Ann", 20, False), ("Sanders", 30, False)]
    assert capitalised_words(found, {"Sanders", "Ann"}) == parts
    assert capitalised_words(found[1:], {"Vale"}) == [("Vale", 40, False)]


def test_a_word_list_answers_the_same_from_its_text_and_from_its_dict() -> None:
    lines = "the\t7.73\nrace\t4.51\ntramp\t3.20\n"
    asked = ["the", "race", "tramp", "trampoline", "ra", "", "the race", "t\th", "he", "7.73"] * 10
    frequencies = WordFrequencies(lines)
    answers = [frequencies.get(word) for word in asked]  # past FOUND_IN_TEXT, from the dict
    assert WordFrequencies.FOUND_IN_TEXT < len(asked)
    table = dict(line.split("\t") for line in lines.splitlines())
    assert answers == [table.get(word) for word in asked]
