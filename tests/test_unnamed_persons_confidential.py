"""Confidential sourcing (ATT006, on by default) and every other person kept unnamed (ATT010, off by default).

Drafts of our own: invented names and wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from builtin_rules import lint_text

from attrlint.config import read_config
from attrlint.packs import load_rules
from attrlint.ruleset import builtin_rule_set, resolve

ALL_RULES = [rule for rule in load_rules()[0] if rule.pack == "attribution"]
DEFAULT_RULES = [rule for rule in builtin_rule_set().rules if rule.pack == "attribution"]


def codes(text: str, rules=None) -> list[str]:  # noqa: ANN001
    findings = lint_text(text, rules if rules is not None else ALL_RULES)
    return sorted(f.code for f in findings if f.code.startswith("ATT"))


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board will raise fares in May, a person familiar with the plan said.",
        "Sources close to the board said the fares would rise in May.",
        "The ferry will stop in winter, two sources said.",
        "An insider said the ferry would stop in winter.",
        "An official briefed on the plan said the fares would rise.",
        "The fares will rise, according to people involved in the talks.",
    ],
)
def test_confidential_sourcing_is_reported_by_default(text: str):
    assert codes(text, DEFAULT_RULES) == ["ATT006"]
    assert codes(text) == ["ATT006"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop in winter, a senior harbour official said.",
        "Two aides to the mayor said the budget would be cut by a tenth.",
        "One longtime adviser said the mayor would run again.",
        "A party strategist said the mayor would run again.",
        "Several harbour officials said the ferry would stop in winter.",
    ],
)
def test_an_insider_kept_unnamed_is_reported_by_default(text: str):
    """Someone inside an institution, whom a desk would name (`insider_heads`), is queried as confidential
    sourcing is."""
    assert codes(text, DEFAULT_RULES) == ["ATT006"]
    assert codes(text) == ["ATT006"]


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour said she saw the van leave before dawn.",
        "Two residents told the Courier that the quay floods every spring.",
        "The pier will close in March, one longtime friend said.",
    ],
)
def test_another_person_kept_unnamed_is_att010s_off_by_default(text: str):
    assert codes(text) == ["ATT010"]
    assert codes(text, DEFAULT_RULES) == []


@pytest.mark.parametrize(
    "text",
    [
        "A senior executive at the ferry company said the fares would rise in May.",
        "The ferry will stop in winter, a harbour councillor said.",
        "Two board members told the Courier that the chairman would resign.",
        "A senior police officer said the quay would be closed at night.",
        "The budget will be cut, a cabinet minister said.",
    ],
)
def test_an_insider_of_a_head_learned_from_wordnet_is_reported_by_default(text: str):
    """Heads WordNet files with the insiders' (an executive, a councillor, an officer, a minister): the pack's
    learned `insider_heads`."""
    assert codes(text, DEFAULT_RULES) == ["ATT006"]


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers close to the case said the hearing would be delayed.",
        "Bankers briefed on the sale told the Courier that the price had fallen.",
        "The fares will rise in May, according to engineers familiar with the ferry.",
        "The board will meet in March, said harbour pilots with knowledge of the plan.",
    ],
)
def test_people_named_by_their_noun_alone_and_said_to_know_are_confidential(text: str):
    """A plural person noun with no count, whose tail says the people know or are close to the story, is
    confidential sourcing as "people close to the mayor" is."""
    assert codes(text, DEFAULT_RULES) == ["ATT006"]


@pytest.mark.parametrize(
    "text",
    [
        "Drivers involved in the crash said the road was icy.",
        "Nurses at the clinic said the ward was full.",
        "Lawyers close to the case, who were not authorized to discuss it, said the hearing would be delayed.",
        "Lawyers close to the case said the hearing would be delayed. They asked not to be named because the"
        " hearing is sealed.",
    ],
)
def test_people_only_tied_placed_or_explained_are_no_confidential_sourcing(text: str):
    assert "ATT006" not in codes(text, DEFAULT_RULES)


@pytest.mark.parametrize(
    ("unexplained", "explained"),
    [
        (
            "The ferry will stop in winter, a senior harbour official said.",
            "The ferry will stop in winter, a senior harbour official said. The official asked not to be named"
            " because the board has not voted.",
        ),
        (
            "Two aides to the mayor said the budget would be cut by a tenth.",
            "Two aides to the mayor, who were not authorized to discuss the budget, said it would be cut by a tenth.",
        ),
    ],
)
def test_a_reason_in_the_sentence_or_the_next_keeps_an_insider_quiet(unexplained: str, explained: str):
    assert codes(unexplained, DEFAULT_RULES) == ["ATT006"]
    assert codes(explained, DEFAULT_RULES) == []


def test_a_newsroom_insider_head_moves_from_att010_to_att006(tmp_path: Path):
    text = "A harbour diver said the ferry would stop in winter."
    assert codes(text, DEFAULT_RULES) == []
    config = "select: [ATT, ATT010]\nrules:\n  anonymous-source:\n    insider_heads: [diver]\n"
    (tmp_path / ".attrlint.yaml").write_text(config, encoding="utf-8")
    rule_set, broken = resolve(read_config(tmp_path / ".attrlint.yaml"), None, ())
    assert broken == []
    assert codes(text, [rule for rule in rule_set.rules if rule.pack == "attribution"]) == ["ATT006"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop in winter, League sources said.",
        "Harbour Board sources said the ferry would stop in winter.",
        "The fares will rise, according to Pentagon sources.",
    ],
)
def test_sources_of_a_body_named_by_a_capital_are_confidential(text: str):
    assert codes(text, DEFAULT_RULES) == ["ATT006"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop in winter, agency sources said.",
        "Government sources said the ferry would stop in winter.",
        "Insiders at the department said the ferry would stop in winter.",
        "The fares will rise, according to sources within the campaign.",
    ],
)
def test_sources_of_a_body_the_story_names_by_a_common_word_are_confidential(text: str):
    assert codes(text, DEFAULT_RULES) == ["ATT006"]


@pytest.mark.parametrize(
    "text",
    [
        "Sources in the report said the ferry would stop in winter.",
        "The fares will rise, according to sources in the survey.",
        "Sources in the lawsuit said the ferry would stop in winter.",
    ],
)
def test_sources_in_a_document_are_no_confidential_sourcing_by_a_body(text: str):
    assert "ATT006" not in codes(text, DEFAULT_RULES)


def test_an_owners_sources_are_the_owners_to_explain():
    assert codes("Kestrel News's sources said the ferry would stop.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a person named in the next sentence who speaks
        "The fares will rise in May, a person familiar with the plan said. Ines Okafor said the board had no choice.",
        # a person whose description fits the head
        "An aide familiar with the talks said the fares would rise. Ines Okafor, a deputy to the mayor, said so.",
        # a quoted phrase a named person says later
        "One source called the plan 'a slow disaster' on Monday. Ines Okafor also called it 'a slow disaster' later.",
    ],
)
def test_a_person_named_nearby_does_not_clear_confidential_sourcing(text: str):
    assert "ATT006" in codes(text, DEFAULT_RULES)
    assert "ATT006" in codes(text)


def test_a_person_named_nearby_still_clears_another_unnamed_person():
    text = "The fares will rise in May, a senior adviser said. Ines Okafor said the board had no choice."
    assert codes(text) == []


def test_a_person_quoted_next_does_not_voice_vague_sources():
    text = 'Sources said the pier would close. "It is old," said Tomas Reyes, a harbour engineer.'
    assert codes(text, DEFAULT_RULES) == ["ATT003"]


@pytest.mark.parametrize(
    "text",
    [
        "The fares will rise, a person familiar with the plan said, speaking on condition of anonymity because"
        " the board has not voted.",
        "The Ledger reported, citing a person familiar with the plan, that the fares would rise.",
        "The source, Ines Okafor, said the fares would rise.",
    ],
)
def test_reason_relay_and_name_still_exempt_confidential_sourcing(text: str):
    assert codes(text, DEFAULT_RULES) == []


def test_a_newsroom_that_wants_every_unnamed_person_selects_att010(tmp_path: Path):
    (tmp_path / ".attrlint.yaml").write_text("select: [ATT, ATT010]\n", encoding="utf-8")
    rule_set, broken = resolve(read_config(tmp_path / ".attrlint.yaml"), None, ())
    assert broken == []
    rules = [rule for rule in rule_set.rules if rule.pack == "attribution"]
    text = "Two residents said the budget would be cut. A person familiar with the plan said it would pass."
    assert codes(text, rules) == ["ATT006", "ATT010"]


def test_a_source_phrase_ends_before_a_subordinator() -> None:
    """ "asked" after "replied when" opens the subordinate clause: the source replying is reported once."""
    text = "The ferry is late.\n\n\u201cIt will be sold,\u201d a source close to the board replied when asked."
    assert codes(text, DEFAULT_RULES) == ["ATT006"]
