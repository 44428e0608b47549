"""One source-phrase reading before and after the cue: openers learned from gold sources, a person noun's
phrase read in either order and classed alike (attrlint/source_class.py).

Drafts of our own: invented names, places and wording.
"""

from __future__ import annotations

import pytest
from builtin_rules import lint_text
from conftest import kind_of, source_kinds

from attrlint.packs import load_rules

ALL_RULES = [rule for rule in load_rules()[0] if rule.pack == "attribution"]
DEFAULT_RULES = [rule for rule in ALL_RULES if rule.enabled]
HEADLINE = "Fares rise at Kestrel Quay\n\n"


def codes(text: str, rules: list = ALL_RULES) -> list[str]:
    return sorted(f.code for f in lint_text(HEADLINE + text, rules) if f.code.startswith("ATT"))


@pytest.mark.parametrize(
    "text, source",
    [
        ("Those close to the harbour master said the pier would close.", "Those close to the harbour master"),
        ('"The pier is finished," said those familiar with its accounts.', "those familiar with its accounts"),
        ("The pier will close, according to one familiar with its plans.", "one familiar with its plans"),
        ('"We are anxious," said those familiar with her thinking.', "those familiar with her thinking"),
        ("The pier will close, according to people familiar with her thinking.", "people familiar with her thinking"),
    ],
)
def test_an_opener_that_stands_for_people_who_know_is_confidential_sourcing(text: str, source: str):
    assert kind_of(text, source) == "anonymous"
    assert codes(text, DEFAULT_RULES) == ["ATT006"]


@pytest.mark.parametrize(
    "before, after, source",
    [
        (
            "Several nurses at the clinic said that the ward would close.",
            "The ward will close, said several nurses at the clinic.",
            "several nurses at the clinic",
        ),
        (
            "A handful of former porters told the Courier that the quay was sold.",
            '"The quay is sold," said a handful of former porters.',
            "a handful of former porters",
        ),
    ],
)
def test_a_crowd_of_a_person_noun_is_vague_before_and_after_its_cue(before: str, after: str, source: str):
    assert kind_of(before, source[:1].upper() + source[1:]) == "vague"
    assert kind_of(after, source) == "vague"
    assert codes(before, DEFAULT_RULES) == codes(after, DEFAULT_RULES) == ["ATT003"]


@pytest.mark.parametrize(
    "text, source",
    [
        ('"We were never told," said one ferry passenger.', "one ferry passenger"),
        ("The fares will rise, according to two longtime tenants of the quay.", "two longtime tenants of the quay"),
    ],
)
def test_a_counted_person_after_an_inverted_cue_is_kept_unnamed(text: str, source: str):
    assert kind_of(text, source) == "anonymous"
    assert codes(text) == ["ATT010"]


@pytest.mark.parametrize(
    "before, after",
    [
        ("Nurses at the clinic said the ward would close.", "The ward will close, said nurses at the clinic."),
        ("Former skippers on the quay said the fares were too high.", "The fares are too high, said former skippers."),
    ],
)
def test_a_bare_plural_of_a_person_noun_is_read_whole_and_alike_in_either_order(before: str, after: str):
    read_before = dict(source_kinds(before))
    read_after = dict(source_kinds(after))
    # the whole phrase, its modifiers and its place included, not "the clinic" or the head alone
    assert [source.lower() for source in read_before] == [before.split(" said")[0].lower()]
    assert [source.lower() for source in read_after] == [after.split("said ")[1].rstrip(".").lower()]
    assert set(read_before.values()) == set(read_after.values()) == {"role"}


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose, said the report.",  # no person noun: nothing new is read
        "Tomas Reyes, 41, a ferry pilot from Ravensby, said the quay was flooded.",  # an apposition of a name
        "Already 52 tenants have said they back the plan, 39 have said they do not.",  # no head
        "Quay Tenants said the fares were fair.",  # capitals: a name
    ],
)
def test_what_is_no_unnamed_person_stays_quiet(text: str):
    assert [code for code in codes(text) if code in ("ATT003", "ATT006", "ATT010")] == []


def test_a_possessive_opens_someones_people_not_a_crowd():
    """A possessive opens too few of PolNeAR's gold sources to be learned, so the pack keeps them by hand."""
    text = "Our doctors said the ward would close.\n\nThe ward will close, said our sources.\n"
    lines = [f.line for f in lint_text(HEADLINE + text, DEFAULT_RULES) if f.code == "ATT003"]
    assert lines == [5]  # "our sources", not "Our doctors" (line 3)


def test_most_opens_a_crowd_of_people_nobody_named():
    assert codes("Most economists said the rate would rise before the summer.", DEFAULT_RULES) == ["ATT003"]


@pytest.mark.parametrize(
    "text, source, kind",
    [
        ("Critics on Tuesday said the ferry timetable was unworkable.", "Critics", "vague"),
        ("Several fishermen earlier this week warned that the slipway would flood.", "Several fishermen", "vague"),
        ("Harbour insiders late Friday night told the Courier the pier was sold.", "Harbour insiders", "anonymous"),
        (
            "A person close to the harbour board last month said fees would rise.",
            "A person close to the harbour board",
            "anonymous",
        ),
        ("Critics in March argued that the toll was too high.", "Critics", "vague"),
        ("Ann Voss on Monday said the quay would reopen.", "Ann Voss", "person"),
    ],
)
def test_a_time_between_a_source_and_its_cue_is_the_cues_not_the_sources(text: str, source: str, kind: str):
    """When a source spoke, written before its cue, says nothing of who it is: the source is read without it, so
    a vague one is still vague and a name still a name."""
    assert kind_of(text, source) == kind


def test_a_time_between_a_vague_source_and_its_cue_is_reported_as_without_it():
    with_time = codes("Critics earlier this week said the ferry timetable was unworkable.", DEFAULT_RULES)
    assert with_time == codes("Critics said the ferry timetable was unworkable.", DEFAULT_RULES) == ["ATT003"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Critics of the March budget said the quay would close.", "Critics of the March budget"),
        ("Critics at the Monday market said the quay would close.", "Critics at the Monday market"),
    ],
)
def test_a_month_or_a_day_that_is_no_time_stays_part_of_the_source(text: str, source: str):
    """A month is a time after "in", a day after "on" or alone before the cue: "the March budget" names a thing."""
    assert [text_of for text_of, _ in source_kinds(text)] == [source]
