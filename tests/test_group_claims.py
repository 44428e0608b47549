"""A bare group of people as the source of a claim (the pack's `group_heads`, attrlint.group_claims).
Every sentence is invented."""

from __future__ import annotations

import pytest

from attrlint.api import check_text
from attrlint.attribution import analyse
from attrlint.document import Document
from attrlint.group_claims import reports_clause
from attrlint.language import language_lists
from attrlint.ruleset import builtin_rule_set

SETTINGS = builtin_rule_set().settings


def vague(text: str) -> list[str]:
    """The sources the analysis reads as vague."""
    found = analyse(Document("draft.md", text), SETTINGS).attributions
    return [a.source_text or "" for a in found if a.kind == "vague"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Diplomats said the two harbour authorities remained far apart on the ferry route.", "Diplomats"),
        ("Many doctors believe the benefit of the new tablet will be too small to notice.", "Many doctors"),
        ("Economists have warned that the Kestrel bank could cut rates again in May.", "Economists"),
        ("The talks on the ferry route are stuck for good, said diplomats.", "diplomats"),
        ('"The route will never pay," investors said after the vote.', "investors"),
        ("But opponents say the toll rise will push hauliers out of the valley.", "opponents"),
        ("Some researchers have argued for years that the marsh is sinking faster.", "Some researchers"),
        # a decimal point ends no claim: "the bond, worth $2.4 million, may" is a clause with its own verb
        ("Investors fear the ferry bond, worth about $2.4 million, may never be repaid.", "Investors"),
        # a person head's plural after a quantifier that counts nobody (`crowd_quantifiers`)
        ("Some council members predicted privately that the ferry vote could slip to May.", "Some council members"),
        ("Many harbour lawyers say the new toll breaks the ferry charter.", "Many harbour lawyers"),
        # a speech cue's clause that opens on a subject pronoun
        ("Diplomats said they had reached no deal on the ferry route.", "Diplomats"),
        ("Several pilots said they're ready to sail the new route in May.", "Several pilots"),
        ("Some pilots said they expect the new route to open in May.", "Some pilots"),
        # a group for anyone kept unnamed ("diplomats") with a cue that is no speech but carries a claim
        ("Diplomats in the port fear the quarrel could turn violent before the winter.", "Diplomats in the port"),
        # a phrase cue and its group before a comma and the clause they source
        ("According to economists, the ferry toll will have to double by May.", "economists"),
        ("According to several pilots, the channel has silted up since the spring.", "several pilots"),
        # an inverted cue read past where and when it was said, a year included
        ("The quay closed after the 2008 storm, some pilots reported in 2014.", "some pilots"),
        ("The quay will close for good, diplomats said in a statement.", "diplomats"),
        ("The ferry route is stuck, diplomats said in March.", "diplomats"),
        # an inverted cue's tag set off by commas, the sentence going on after it
        ("The ferry route is stuck, said many pilots, but the board will meet again.", "many pilots"),
        ("The quay is sinking, said some harbour pilots, who sail it every day.", "some harbour pilots"),
        # an "as" clause set off by a comma: its claim is the clause it is set in
        ("As several pilots warned last week, the channel will silt up by May.", "several pilots"),
        ('But as some pilots pointed out, "The channel has silted up."', "some pilots"),
        ("The ferry toll, as economists said, will have to double.", "economists"),
        # where or to whom it was said before the claim: a quotation, or a that-clause after a name
        ('After the vote, some pilots wrote to the board, "The channel has silted up."', "some pilots"),
        ("Many pilots argue in the Kestrel Ledger that the channel has silted up.", "Many pilots"),
        # a verb of a claim that is no core cue (`impersonal_cues`: its family takes a that-clause): a quotation it
        # tags or opens, or a clause of a subject pronoun, which English writes with no "that"
        ('"The channel will silt up by May," some pilots charged.', "some pilots"),
        ('"The quay is sinking," several pilots insisted on Monday.', "several pilots"),
        ("Some harbour pilots have insisted they will not sail the new route.", "Some harbour pilots"),
        ("Several ferry pilots predicted they would strike before the winter.", "Several ferry pilots"),
        # a cue's object, then the claim it opens: what a person is charged with, or a that-clause after a person
        ("Some pilots have criticised him for not dredging the channel.", "Some pilots"),
        ("Several skippers accused the harbour board of hiding the costs.", "Several skippers"),
        ("Many traders denounced Ann Voss for her silence on the quay.", "Many traders"),
        ("Some pilots warned her that the channel had silted up.", "Some pilots"),
    ],
)
def test_a_bare_group_whose_cue_carries_a_claim_is_vague(text: str, source: str) -> None:
    assert source in vague(text)


@pytest.mark.parametrize(
    "text",
    [
        # what a group does or is told, not what it holds
        "Investors lost money on the Kestrel ferry bond last spring.",
        "Doctors told the family to wait outside the ward until noon.",
        "Activists held a sit-in on the quay, demanding that the old flag come down.",
        "Supporters called for a vote on the harbour plan before the winter.",
        # a phrase cue's group before a comma and no clause of its own: a relative clause
        "According to economists, who studied the ferry toll for a year, it may double.",
        # a phrase cue inside a sentence: its group's words are an aside, not a clause after it
        "The ferry, according to economists, the cheapest route in the valley, will close in May.",
        # a group before a phrase cue, whose source follows it
        "The board spent $2 million on radio ads, largely targeting voters in valley towns, according to a tracker.",
        # counted, introduced, named by a body, or the authors of a study
        "Two economists said the Kestrel bank would cut rates in May.",
        "Two harbour lawyers said the new toll broke the ferry charter.",
        "Some members were dismissed in March after the ferry audit.",
        "Diplomats fear a long winter in the port.",
        # a bare group before a pronoun's clause with no auxiliary: mostly a study's authors, named next
        "Scientists say they expect the dunes to move inland by spring.",
        "Diplomats say they expect the ferry talks to fail by spring.",
        "Two diplomats fear the quarrel could turn violent before the winter.",
        "Harbour lawyers said the new toll broke the ferry charter.",
        "The diplomats said the two sides remained far apart on the route.",
        "Kestrel Bank economists said the rate would fall by spring.",
        'According to a study in the Marsh Journal, the dunes move each year. "They move fast," researchers said.',
        # an "as" clause whose cue has an object, or no comma after it
        "As some pilots said goodbye, the ferry left the quay.",
        "The ferry left as some pilots said it would.",
        # an opening phrase before a group whose cue's object is a name with an abbreviated title: no claim before
        "On Monday, some pilots called on Kestrel Gov. Ann Voss to resign.",
        # a place before a relative clause, no claim
        "Some pilots spoke at the hall that the council built.",
        "Some pilots wrote to the board in March.",
        # a verb of no claim tagging a quotation: a crowd chanting a slogan acts ("chanted" takes no that-clause)
        '"Four more years," many supporters chanted.',
        # a verb of a claim with an object and no clause of its own
        "Some pilots rejected the harbour plan on Monday.",
        "Some pilots insisted on a vote.",
        # a thing and "that": a relative clause, no claim
        "Some pilots criticised the plan that the board drew up.",
    ],
)
def test_a_group_that_acts_or_is_someone_in_particular_is_not_vague(text: str) -> None:
    assert vague(text) == []


def test_a_group_of_a_kind_voiced_by_a_named_member_further_on_is_not_reported() -> None:
    text = (
        "Economists warn that the harbour towns' house prices are cooling faster than the figures show.\n\n"
        "Prices in Port Kestrel fell 2 percent in May, according to the Kestrel Land Office.\n\n"
        '"The direction is plain," said Ines Okafor, chief economist at Marlow Bank.\n'
    )
    assert [f.code for f in check_text(text, select=["ATT003"]).findings] == []


def test_a_group_for_anyone_is_an_unnamed_crowd_not_a_vague_source() -> None:
    text = "Residents say the harbour road floods every spring.\n"
    assert [f.code for f in check_text(text, select=["ATT003", "ATT009"]).findings] == ["ATT009"]


def test_a_vague_group_is_reported_by_default() -> None:
    text = "Diplomats said the two harbour authorities remained far apart on the ferry route.\n"
    assert [f.code for f in check_text(text).findings] == ["ATT003"]


@pytest.mark.parametrize(
    ("words", "reported"),
    [
        (["the", "two", "sides", "remained", "far", "apart"], True),
        (["they", "will", "not", "vote", "for", "him"], True),
        (["the", "family", "to", "wait", "outside"], False),
        (["spending", "and", "away", "from", "taxing", "income"], False),
        (["in", "a", "statement"], False),
        # a name with its title in lower case, and an auxiliary of its own
        (["harbour", "master", "Ann", "Voss", "is", "out", "of", "her", "depth"], True),
        (["goodbye", "to", "Ann", "Voss", "who", "is", "leaving"], False),
        (["harbour", "master", "Ann", "Voss", "every", "spring"], False),
        (["questions", "about", "Voss's", "claim", "that", "the", "fares", "were", "low"], False),
    ],
)
def test_a_reported_clause_after_a_speech_cue(words: list[str], reported: bool) -> None:
    assert reports_clause(words) is reported


def crowd_codes(text: str) -> list[str]:
    """The codes of the unnamed-source rules at a draft, ATT010 (off by default) selected too."""
    rules = ["ATT003", "ATT006", "ATT007", "ATT009", "ATT010"]
    return [f.code for f in check_text("Harbour toll vote\n\n" + text, select=rules).findings]


@pytest.mark.parametrize(
    "text",
    [
        # an uncounted crowd of people, whatever the person head: vague, by default
        "The toll rise has split the valley, several miners said.",
        "Some nurses said the night ward had been short of staff since May.",
        "A handful of fishermen said the new breakwater would silt up the channel.",
        "A number of teachers have argued that the school should move inland.",
        "Many farmers said the toll would cost them a day's takings each week.",
        "A growing number of merchants say the quay market is dying.",
    ],
)
def test_an_uncounted_crowd_of_people_is_vague(text: str) -> None:
    assert crowd_codes(text) == ["ATT003"]


@pytest.mark.parametrize(
    "text",
    [
        # a definite count is someone kept unnamed, "a dozen" too
        "Two nurses said the night ward had been short of staff since May.",
        "A dozen farmers said the toll would cost them a day's takings each week.",
        # an irregular plural of a person head (WordNet's noun.exc, the pack's `person_plurals`)
        "Two children said the ferry had left the quay an hour early.",
    ],
)
def test_a_counted_few_are_people_kept_unnamed(text: str) -> None:
    assert crowd_codes(text) == ["ATT010"]


@pytest.mark.parametrize(
    "text",
    [
        # a noun whose first sense in WordNet is a person only by name (Banks, Lodge) is no person head
        "Two banks said the harbour rate would fall next spring.",
        "A lodge said the quay hall would close for the winter.",
    ],
)
def test_a_word_that_is_a_person_only_as_a_name_counts_nobody(text: str) -> None:
    assert crowd_codes(text) == []


@pytest.mark.parametrize("quantifier", language_lists()["indefinite_quantifiers"])
def test_every_quantifier_that_counts_nobody_makes_a_crowd_of_people_vague(quantifier: str) -> None:
    text = f"{quantifier[0].upper()}{quantifier[1:]} ferry pilots said that the channel had silted up in May."
    assert crowd_codes(text) == ["ATT003"]


def test_an_uncounted_crowd_with_an_irregular_plural_is_vague() -> None:
    assert crowd_codes("Some children said the ferry had left the quay an hour early.") == ["ATT003"]


@pytest.mark.parametrize(
    "text",
    [
        # a crowd that acts or is told something carries no claim
        "Several fishermen told the harbour master to wait.",
        "Many farmers said nothing at the meeting.",
        "Some nurses walked out of the ward on Friday.",
        # a crowd whose members are named right after it
        "Several harbour pilots, including Ansel Brook, have said the channel is too shallow.",
    ],
)
def test_an_uncounted_crowd_that_acts_or_is_named_is_no_source(text: str) -> None:
    assert crowd_codes(text) == []
