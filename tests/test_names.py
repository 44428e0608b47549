"""The shared person-name analysis: headlines, mentions, people and problems (attrlint.names)."""

from __future__ import annotations

import pytest
from builtin_rules import lint_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attrlint import quotes
from attrlint.document import Document
from attrlint.name_mentions import _NOT_ASCII_CAPITALS, _NOT_ASCII_LETTERS, _RUN, WORD, _count, _spaced_names
from attrlint.names import NameAnalysis, analyse, find_mentions, is_headline, name_words
from attrlint.quote_analysis import QuoteAnalysis
from attrlint.ruleset import builtin_rule_set
from attrlint.spelling import fold

# A lede long enough that the first paragraph of a test draft is never taken for a title line.
LEDE = (
    "BRACKENMOOR \u2014 The district council voted 9-4 on Tuesday night to rebuild the ferry terminal "
    "at the quay, ending two years of argument over the crumbling 1960s building."
)


LEXICONS = builtin_rule_set().settings  # the name pack's word lists, as a run without a config reads them


def run(text: str, accept: frozenset = frozenset(), distinct: frozenset = frozenset()) -> NameAnalysis:
    lexicons = {**LEXICONS, "accept": tuple(accept), "distinct": tuple(tuple(pair) for pair in distinct)}
    return analyse(Document("draft.md", text), lexicons)


def mentions(text: str) -> list[tuple[str, str | None, str]]:
    """(surname, full, how) for every mention, in the order of the text."""
    full, single = find_mentions(Document("draft.md", text), name_words(LEXICONS))
    return [(m.surname, m.full, m.how) for m in sorted(full + single, key=lambda m: m.start)]


def problems(text: str, **settings_) -> list[tuple[str, str]]:
    """(check, text at the span) for every problem."""
    return [(p.check, text[p.start : p.end]) for p in run(text, **settings_).problems]


# the run pass


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Laura", "Harth", "McDonald", "O'Neill", "O\u2019Neill", "Smith-Jones", "\u00c9lodie", "MP"]
            + ["van", "J.", '"Jo"', "\u201cJo\u201d", "said", "Harth.", "@Ann", "Ann@", "2Ann", "Ann2"]
        ),
        max_size=8,
    ),
    st.lists(st.sampled_from([" ", "  ", "\n", " \n", "\t", "\u00a0", ", "]), min_size=7, max_size=7),
)
def test_a_run_of_capitalised_words_is_split_as_word_splits_it(words, spaces):
    text = "".join(word + space for word, space in zip(words, spaces, strict=False))
    for run in _RUN.finditer(text):
        found = _spaced_names(run.group(1), run.start(1))
        assert found is None or found == [(word.group(1), word.start(1)) for word in WORD.finditer(text, *run.span(1))]


def test_a_run_of_capitalised_words_and_single_spaces_is_split_without_word():
    assert _spaced_names("Laura Ann Harth", 4) == [("Laura", 4), ("Ann", 10), ("Harth", 14)]
    assert _spaced_names("Laura van Harth", 4) is None  # a particle: WORD reads the run


@given(st.text(max_size=40) | st.text(alphabet=[chr(c) for c in range(128)], max_size=40))
def test_letters_and_capitals_are_counted_as_one_by_one(text):
    assert _count(text, str.isalpha, _NOT_ASCII_LETTERS) == sum(map(str.isalpha, text))
    assert _count(text, str.isupper, _NOT_ASCII_CAPITALS) == sum(map(str.isupper, text))


# is_headline


@pytest.mark.parametrize(
    "line, headline",
    [
        ("Tillmouth Council Splits Over Morrow County Wind Farm", True),  # Title Case
        ("Council backs rebuild of the old ferry terminal", True),  # short, no closing stop
        ("Morrow Says Vote Came Too Soon.", True),  # Title Case with a stop
        ("", True),
        ("2024 \u2014 12 \u2014 31", True),  # no words at all
        ("The council voted on Tuesday to rebuild the ferry terminal.", False),
        ("\u201cWe will appeal,\u201d the lawyer, Hester Quaine, said.", False),  # a stop inside the closing quote
        ("Was the vote rushed? Peter Murrow thinks it was?", False),
        (" ".join(["the council voted"] * 9), False),  # 27 words and no stop: prose, not a headline
    ],
)
def test_is_headline(line, headline):
    assert is_headline(line) is headline


def test_a_title_case_headline_full_of_capitalised_words_yields_no_mentions():
    text = "Tillmouth Council Splits As Annika Morrow Said Vote Was Fair And Murrow Said It Was Not\n\n" + LEDE
    assert mentions(text) == []


def test_a_short_first_line_is_a_title_and_not_scanned():
    text = "Laura Harth wins the regatta by a length\n\n" + LEDE + " Hart said the wind had dropped."
    assert mentions(text) == [("Hart", None, "speaker")]


# Finding mentions.


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("The campaign manager, Laura Harth, said the report was accurate.", [("Harth", "Laura Harth", "full")]),
        ("Laura J. Harth, the campaign manager, spoke first.", [("Harth", "Laura J. Harth", "full")]),
        ("Laura J. K. Harth, the campaign manager, spoke first.", [("Harth", "Laura J. K. Harth", "full")]),
        ("The harbour master, Ruud van Velde, spoke first.", [("Velde", "Ruud van Velde", "full")]),
        ("The notary, Ines de Castro, spoke first.", [("Castro", "Ines de Castro", "full")]),
        (
            'The drummer, Howard "Thunder" Pellow, spoke first.',
            [("Pellow", 'Howard "Thunder" Pellow', "full")],
        ),
        (
            "The drummer, Howard \u201cThunder\u201d Pellow, spoke first.",
            [("Pellow", "Howard \u201cThunder\u201d Pellow", "full")],
        ),
        ("The surgeon, Mary-Kate O\u2019Neill, spoke first.", [("O'Neill", "Mary-Kate O\u2019Neill", "full")]),
        ("The skipper, Fergus McAllister, spoke first.", [("McAllister", "Fergus McAllister", "full")]),
        (
            "On Monday Laura Harth spoke first at the hearing in the town hall.",
            [("Harth", "Laura Harth", "full")],
        ),  # the calendar word is trimmed
        ("Ms. Harth spoke first.", [("Harth", None, "title")]),
        ("Ms Harth spoke first.", [("Harth", None, "title")]),
        ("Later, Sen. Harth spoke first.", [("Harth", None, "title")]),
        ("Dr Harth spoke first.", [("Harth", None, "title")]),
        ("Harth said the report was accurate.", [("Harth", None, "speaker")]),
        ("Harth told the hearing the report was accurate.", [("Harth", None, "speaker")]),
        ("According to Harth, the report was accurate.", [("Harth", None, "cue")]),
        ("The report was accurate, according to Harth.", [("Harth", None, "cue")]),
        ("\u201cThe report was accurate,\u201d said Harth.", [("Harth", None, "cue")]),
        ('"The report was accurate," said Harth, who wrote it.', [("Harth", None, "cue")]),
        ("The report was accurate, added Harth; nobody argued.", [("Harth", None, "cue")]),
    ],
)
def test_mentions(sentence, found):
    assert mentions(LEDE + "\n\n" + sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said Harth fired the manager on Monday.",  # said X fired: the object of a report
        "The mayor said Harth would resign before the vote.",
        "The Harths said they would appeal.",  # "the" before the speaker
        "A Harth said nothing at all about the vote.",
        "Email laura.harth@example.org or Laura.Harth@example.org for a copy.",
        "The minutes are at https://example.org/Laura-Harth and https://example.org/Laura/Harth too.",
        "The harbour is closed.",
        "Police said the road would reopen.",  # a group, not a person
        "Officials said the road would reopen.",
    ],
)
def test_no_mentions(sentence):
    assert mentions(LEDE + "\n\n" + sentence) == []


def test_according_to_a_place_is_not_a_cue():
    found = mentions(LEDE + "\n\nAccording to Harth County officials, the road will close.")
    assert found == []  # neither a cue nor a full name: "County" is a place word


def test_a_mention_spans_the_surname_only():
    text = LEDE + "\n\nThe campaign manager, Laura J. Harth, said so. Ms. Harth said so again. So did Harth."
    doc = Document("draft.md", text)
    full, single = find_mentions(doc, name_words(LEXICONS))
    assert [text[m.start : m.end] for m in full + single] == ["Harth", "Harth"]
    assert full[0].start == text.index("Harth,") and full[0].words == ("Laura", "Harth")
    assert single[0].start == text.index("Harth said")


# analyse: people and problems.


def test_people_are_grouped_with_their_variants_and_introduction():
    text = (
        LEDE + "\n\nThe council's leader, Ilse Brandtner, said the vote was fair. Brandtner said work "
        "would begin in spring.\n\nBrandner said the budget was 14 million pounds."
    )
    analysis = run(text)
    people = {person.surname: person for person in analysis.people}
    person = people["Brandtner"]
    assert person.full == "Ilse Brandtner"
    assert person.introduced_at == text.index("Brandtner,")
    assert [m.how for m in person.mentions] == ["full", "speaker"]
    assert [m.surname for m in person.variants] == ["Brandner"]
    assert "Brandner" not in people


def test_a_variant_problem_points_at_the_variant_with_its_values_and_a_suggestion():
    text = (
        LEDE + "\n\nThe campaign manager, Laura Harth, said the report was accurate. According to Harth, "
        "the network is growing.\n\nHart said it must be stopped."
    )
    [problem] = run(text).problems
    assert problem.check == "variant"
    assert (problem.start, problem.end) == (text.index("Hart said"), text.index("Hart said") + 4)
    assert problem.values == {
        "match": "Hart",
        "canonical": "Harth",
        "full": "Laura Harth",
        "count": "2",
        "variant_count": "1",
        "line": "3",
        "tie": "",
    }
    assert problem.suggestion == "Harth"


@pytest.mark.parametrize(
    "introduced, variant",
    [
        ("Tamsin Corel", "Ms. Correl said"),  # a title
        ("Rufus Pembrey", "\u201cIt leaks,\u201d said Pembery."),  # said X.
        ("Orla Kestrin", "According to Kestran, the piles rotted."),  # according to X
        ("Zdenka Hal\u010devi\u0107", "Halcevic said"),  # diacritics
        ("Bohdan Zavadskyy", "Zavadskiy said"),  # transliteration
        ("Bohdan Zavadskyy", "Zavadski said"),  # transliteration, two edits
    ],
)
def test_variants_in_every_kind_of_single_mention(introduced, variant):
    surname = introduced.split()[-1]
    wrong = variant.replace("\u201cIt leaks,\u201d said ", "").replace("According to ", "").replace("Ms. ", "")
    wrong = wrong.split()[0].rstrip(".,")
    text = f"{LEDE}\n\nThe engineer, {introduced}, spoke first.\n\n{variant} the quay was unsafe."
    [problem] = run(text).problems
    assert problem.check == "variant"
    assert text[problem.start : problem.end] == wrong
    assert problem.values["canonical"] == surname and problem.suggestion == surname


def test_a_first_name_problem_spans_the_full_name_and_names_the_introduction_line():
    text = (
        LEDE + "\n\nThe scheme was put together by Marisa Quenby, a retired teacher. Quenby said 23 "
        "volunteers had signed up.\n\nMaria Quenby said the rota was full."
    )
    [problem] = run(text).problems
    assert problem.check == "first-name"
    assert text[problem.start : problem.end] == "Maria Quenby"
    assert problem.values == {"match": "Maria Quenby", "full": "Marisa Quenby", "line": "3"}
    assert problem.suggestion == "Marisa Quenby"


@pytest.mark.parametrize(
    "text",
    [
        "Joan Pryce and her husband, John Pryce, run the ferry. Pryce said it makes no money.",  # one paragraph
        "The coach, Pete Lomax, spoke. Lomax said so.\n\nPeter Lomax said the season starts in May.",  # short form
        "The coach, Peter Lomax, spoke. Lomax said so.\n\nPeter Lomax said the season starts in May.",
        "Storm Mara hit the coast.\n\nStorm Kara followed it a week later.",  # no person: never alone
    ],
)
def test_no_first_name_problem(text):
    assert [p for p in run(LEDE + "\n\n" + text).problems if p.check == "first-name"] == []


def test_a_surname_first_problem_points_at_the_bare_surname_and_the_introduction_line():
    text = (
        LEDE + "\n\nOkafor said the fine was the largest the regulator had imposed.\n\n"
        "The enforcement director, Nkechi Okafor, told the hearing so. Okafor said it again."
    )
    [problem] = run(text).problems
    assert problem.check == "surname-first"
    assert problem.start == text.index("Okafor said") and text[problem.start : problem.end] == "Okafor"
    assert problem.values == {"match": "Okafor", "full": "Nkechi Okafor", "line": "5"}
    assert problem.suggestion is None


@pytest.mark.parametrize(
    "before",
    [
        "According to Okafor, the fine was the largest yet.",
        "\u201cIt was the largest fine yet,\u201d said Okafor.",
    ],
)
def test_a_cue_before_the_full_name_is_a_surname_first_problem(before):
    text = f"{LEDE}\n\n{before}\n\nThe enforcement director, Nkechi Okafor, told the hearing so."
    assert problems(text) == [("surname-first", "Okafor")]


@pytest.mark.parametrize(
    "before",
    [
        "Ms. Okafor told the hearing the fine was the largest yet.",  # a title is a proper reference
        "\u201cOkafor said we would be fined, and we were,\u201d said the company's lawyer.",  # quoted speech
    ],
)
def test_no_surname_first_problem(before):
    text = f"{LEDE}\n\n{before}\n\nThe enforcement director, Nkechi Okafor, told the hearing so."
    assert problems(text) == []


@pytest.mark.parametrize("greeting", ["Hi", "Hello", "Hey", "Thanks", "Congratulations", "Welcome", "Sorry"])
def test_a_greeting_before_a_name_is_no_first_name(greeting):
    """A reply that greets someone ("Hi Okafor, ...") does not give their full name, so an earlier bare
    "Okafor said" is not a surname used before it."""
    text = f"{LEDE}\n\nOkafor said the fine was the largest yet.\n\n{greeting} Okafor, the hearing is on Monday."
    assert problems(text) == []


def test_the_quotations_are_made_only_for_a_surname_used_before_its_full_name():
    """Only a surname-first problem asks whether a mention is quoted; a draft with none never makes
    its quotations, so a check of the name rules alone does not pay for them."""
    asked = []

    def quotations() -> QuoteAnalysis:
        asked.append(True)
        return quotes.analyse(doc, LEXICONS)

    later = f"{LEDE}\n\nThe enforcement director, Nkechi Okafor, told the hearing. Okafor said it again."
    doc = Document("draft.md", later)
    assert analyse(doc, LEXICONS, quotations).problems == [] and asked == []
    quoted = "\u201cOkafor said we would be fined, and we were,\u201d said the company's lawyer."
    doc = Document("draft.md", f"{LEDE}\n\n{quoted}\n\n{later}")
    assert analyse(doc, LEXICONS, quotations).problems == [] and asked == [True]  # quoted: no problem


def test_two_people_introduced_in_full_with_close_surnames_are_distinct():
    text = (
        LEDE + "\n\nThe planning chair, Annika Morrow, backed the plan. Peter Murrow, who represents the "
        "villages, did not.\n\nMorrow said the report was online. Murrow said nobody could read it. "
        "Ms. Morrow's motion passed."
    )
    analysis = run(text)
    assert analysis.problems == []
    assert {person.surname: person.full for person in analysis.people} == {
        "Morrow": "Annika Morrow",
        "Murrow": "Peter Murrow",
    }


def test_plurals_and_possessives_are_not_variants():
    text = (
        LEDE + "\n\nAmong the objectors was Colin Tavener, who farms below the ridge. Tavener said the road "
        "was too narrow.\n\nThe Taveners said they had not been asked. Taveners said so twice. Tavener's said."
    )
    assert [p for p in run(text).problems if p.check == "variant"] == []


# accept and distinct


VARIANT_DRAFT = (
    LEDE + "\n\nThe campaign manager, Laura Harth, said the report was accurate. Harth said it again.\n\n"
    "Hart said it must be stopped."
)


def test_without_settings_the_variant_is_reported():
    assert problems(VARIANT_DRAFT) == [("variant", "Hart")]


@pytest.mark.parametrize("accept", [{"hart"}, {fold("HART")}])
def test_an_accepted_spelling_is_not_a_variant(accept):
    analysis = run(VARIANT_DRAFT, accept=frozenset(accept))
    assert analysis.problems == []
    assert {person.surname for person in analysis.people} >= {"Harth", "Hart"}


def test_accepting_the_right_spelling_does_not_silence_the_wrong_one():
    assert problems(VARIANT_DRAFT, accept=frozenset({"harth"})) == [("variant", "Hart")]


def test_a_known_distinct_pair_is_not_a_variant():
    distinct = frozenset({frozenset({"harth", "hart"})})
    analysis = run(VARIANT_DRAFT, distinct=distinct)
    assert analysis.problems == []
    people = {person.surname: person for person in analysis.people}
    assert people["Hart"].variants == [] and people["Harth"].variants == []


def test_a_distinct_pair_silences_only_that_pair():
    distinct = frozenset({frozenset({"harth", "harte"})})
    assert problems(VARIANT_DRAFT, distinct=distinct) == [("variant", "Hart")]


def test_a_distinct_pair_is_compared_after_folding_in_the_kind(make_rule):
    rule = make_rule("name-consistency", 'problem: variant\ndistinct: [["HARTH", "Hart"]]\n')
    assert lint_document(Document("draft.md", VARIANT_DRAFT), [rule]) == ([], [])


def test_an_accepted_spelling_in_the_kind_is_folded(make_rule):
    rule = make_rule("name-consistency", "problem: variant\naccept: [HART]\n")
    assert lint_document(Document("draft.md", VARIANT_DRAFT), [rule]) == ([], [])


# Known analysis bugs (the fixture tests/fixtures/names/known-gaps.md holds the rule-level ones).


def test_a_name_with_two_particles_is_found():
    assert mentions(LEDE + "\n\nThe harbour master, Ruud van der Velde, spoke first.") == [
        ("Velde", "Ruud van der Velde", "full")
    ]


@pytest.mark.xfail(strict=True, reason="names.py: the full name keeps only the last two name words")
def test_a_three_word_name_is_kept_whole():
    assert mentions(LEDE + "\n\nThe surgeon, Ana Mar\u00eda Ruiz-Tagle, spoke first.") == [
        ("Ruiz-Tagle", "Ana Mar\u00eda Ruiz-Tagle", "full")
    ]


def test_a_surname_that_begins_with_the_given_name_keeps_the_given_name():
    assert mentions(LEDE + "\n\nThe coach, Bram Bramley, spoke first.") == [("Bramley", "Bram Bramley", "full")]


def test_a_place_named_first_is_not_the_persons_introduction():
    text = LEDE + "\n\nThe farm lies in Morrow County. The planning chair, Annika Morrow, said so. Morrow said more."
    people = {person.surname: person for person in run(text).people}
    assert people["Morrow"].full == "Annika Morrow"


# Properties.

NAME_FRAGMENTS = st.sampled_from(
    [
        "Laura ",
        "Harth",
        "Hart",
        "Harths",
        "Harth's",
        "J. ",
        "van ",
        "der ",
        "Ms. ",
        "Sen. ",
        "Dr ",
        " said",
        " said ",
        "said ",
        " told ",
        "according to ",
        "According to ",
        "The ",
        "the ",
        "Jur\u010di\u0107",
        "Jurcic",
        "Zavadskyy",
        "Zavadskiy",
        "Morrow",
        "Murrow",
        " County",
        "\u201c",
        "\u201d",
        '"',
        "'",
        "\u2019",
        ", ",
        ". ",
        ": ",
        "? ",
        "\n",
        "\n\n",
        " ",
        "@",
        "/",
        "https://x.example/",
        "Ask ",
        "Marisa ",
        "Maria ",
        "O\u2019",
        "Neill",
        "-",
        "Quay",
        "#",
        "<!-- expect: NAM001 -->",
        "```\n",
        "---\n",
        "\u0308",
        "\u00e9",
        "A",
        "\u00c9lodie ",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(NAME_FRAGMENTS, max_size=60).map("".join), st.text(max_size=200)))
def test_analysis_never_raises_and_problems_point_at_capitalised_names(text):
    doc = Document("draft.md", text)
    analysis = analyse(doc, LEXICONS)
    for problem in analysis.problems:
        assert 0 <= problem.start < problem.end <= len(doc.text)
        assert doc.text[problem.start].isupper(), (problem, doc.text[problem.start : problem.end])
        assert problem.check in ("variant", "first-name", "surname-first")
        assert "match" in problem.values
    for person in analysis.people:
        for mention in person.mentions + person.variants:
            assert 0 <= mention.start < mention.end <= len(doc.text)
            assert doc.text[mention.start].isupper()


def test_a_close_given_name_in_a_sentence_naming_a_relative_is_a_relative():
    text = (
        LEDE + "\n\nMartha Pennock, the mayor, opened the pier. Pennock said it was overdue. Martha Pennock "
        "thanked the crew.\n\nThe mayor's sister, Marta Pennock, cut the ribbon."
    )
    assert [p for p in run(text).problems if p.check == "first-name"] == []
    assert problems(text.replace("sister", "deputy")) == [("first-name", "Marta Pennock")]
