"""The shared attribution analysis (attrlint.attribution) and the ATT pack's lexicons and options.

Every sentence here is invented copy. Cases the analysis gets wrong today are marked
`xfail(strict=True)` with the correct expectation, so that a fix shows up as an XPASS failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from builtin_rules import lint_text
from conftest import every_problem
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attrlint.attribution import AttributionAnalysis, analyse
from attrlint.config import read_config
from attrlint.cues import MAX_NAME_SOURCE, PHRASE_SOURCE, PhraseSources
from attrlint.document import Document
from attrlint.language import expanded
from attrlint.packs import builtin_packs_dir, load_rules
from attrlint.ruleset import builtin_rule_set, resolve
from attrlint.yamlfile import Where

PACK_YAML = builtin_packs_dir() / "attribution" / "pack.yaml"
# The pack's lexicons as its rules read them: each "@name" entry is the language list it names (the learned cues).
LEXICONS = {
    name: expanded(entries, Where(str(PACK_YAML)), name)
    for name, entries in yaml.safe_load(PACK_YAML.read_text(encoding="utf-8"))["lexicons"].items()
}
ALL_RULES, _BROKEN = load_rules()
SETTINGS = builtin_rule_set().settings  # every pack's word lists, as a run without a config reads them
ATT_RULES = [rule for rule in ALL_RULES if rule.pack == "attribution"]
ATTRIBUTION_KIND_RULES = [rule for rule in ATT_RULES if rule.kind == "attribution"]


def rules_for(config, chosen=None, ignored=()):  # noqa: ANN001, ANN201
    """The rules a config runs, and the broken ones."""
    rule_set, broken = resolve(config, chosen, ignored)
    return list(rule_set.rules), broken


def run(text: str) -> AttributionAnalysis:
    """The analysis with the pack's lexicons, as the rules run it."""
    return analyse(Document("draft.md", text), SETTINGS)


def attributions(text: str) -> list[tuple[str, str | None, str]]:
    return [(a.cue_text, a.source_text, a.kind) for a in run(text).attributions]


def reaches(text: str) -> list[tuple[str, str, str | None]]:
    """(first words of each quotation, how its attribution reaches it, the source's text)."""
    out = []
    for source in run(text).quotes:
        words = " ".join(text[source.quotation.start : source.quotation.end].strip('"\u201c\u201d ').split()[:3])
        out.append((words, source.reach, source.attribution.source_text if source.attribution else None))
    return out


def problems(text: str) -> list[tuple[str, str]]:
    return [(p.check, text[p.start : p.end]) for p in every_problem(run(text))]


def codes(text: str, rules=None) -> list[str]:
    return [finding.code for finding in lint_text(text, rules if rules is not None else ATT_RULES)]


def gap(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"analysis bug: {reason}")


# Attributions: the cue, its source and the kind of source.


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ann Voss said the vote would wait.", ("said", "Ann Voss", "person")),
        ("The vote will wait, Voss told reporters.", ("told", "Voss", "person")),
        ("The vote will wait, said Perrin Ashdown.", ("said", "Perrin Ashdown", "person")),
        ("According to Perrin Ashdown, the vote will wait.", ("According to", "Perrin Ashdown", "person")),
        ("The vote will wait, the chair, Ann Voss, said.", ("said", "Ann Voss", "person")),
        ("Ann Voss, who chairs the council, said the vote would wait.", ("said", "Ann Voss", "person")),
        ("The vote will wait, she said.", ("said", "she", "pronoun")),
        ("The vote will wait, he added.", ("added", "he", "pronoun")),
        ("The vote will wait, they said.", ("said", "they", "pronoun")),
        ("The vote will wait, the council spokeswoman said.", ("said", "the council spokeswoman", "role")),
        ("The vote will wait, a spokesman for the council said.", ("said", "a spokesman for the council", "role")),
        ("The vote will wait, the town clerk had warned.", ("warned", "the town clerk", "role")),
        ("The vote will wait, said the chair.", ("said", "the chair", "role")),
        ("The vote will wait, the Marrowby Town Council said.", ("said", "the Marrowby Town Council", "organisation")),
        (
            "The vote will wait, the Drennan District Council housing committee said.",
            ("said", "the Drennan District Council housing committee", "organisation"),
        ),
        (
            "According to a report by the county health board, the vote will wait.",
            ("According to", "a report by the county health board", "document"),
        ),
        ("The vote will wait, according to the survey.", ("according to", "the survey", "document")),
        ("The vote will wait, the report said.", ("said", "the report", "document")),
        ("The vote will wait, sources said.", ("said", "sources", "vague")),
        ("Experts say the vote will wait.", ("say", "Experts", "vague")),
        ("The vote will wait, critics said.", ("said", "critics", "vague")),
        pytest.param(
            "The report said the car park was worth more.",
            ("said", "The report", "document"),
        ),
        pytest.param(
            "Halden District Council said the car park was worth more.",
            ("said", "Halden District Council", "organisation"),
        ),
        pytest.param(
            "Some observers say the car park was worth more.",
            ("say", "Some observers", "vague"),
        ),
        pytest.param(
            "The vote will wait, according to the council minutes.",
            ("according to", "the council minutes", "document"),
        ),
        pytest.param(
            "Voss later said the vote would wait.",
            ("said", "Voss", "person"),
        ),
        pytest.param(
            "The vote will wait, said the chair, Ann Voss.",
            ("said", "Ann Voss", "person"),
            marks=gap(
                "a named person in apposition is the source before the verb only, not in 'said the chair, Ann Voss'"
            ),
        ),
        pytest.param(
            "The vote will wait, she later said.",
            ("said", "she", "pronoun"),
        ),
    ],
)
def test_attribution_cue_source_and_kind(sentence, expected):
    assert attributions(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ann Voss said in a statement that the vote would wait.", ("said", "Ann Voss", "person")),
        ("Two council members told reporters the vote would wait.", ("told", "Two council members", "role")),
    ],
)
def test_first_attribution_of_a_sentence(sentence, expected):
    # Other cues in these sentences ("in a statement", "told reporters") may be read too; the first is the speaker.
    found = attributions(sentence)
    assert found and found[0][:2] == expected[:2]


def test_the_source_after_a_longer_verb_that_begins_with_a_core_verb():
    """A newsroom's longer verb ("told reporters") beginning with a core verb takes the source after it."""
    lexicons = {**SETTINGS, "cues": (*SETTINGS["cues"], "told reporters")}
    analysis = analyse(Document("draft.md", '"The vote will wait," told reporters Mayor Ann Voss.'), lexicons)
    found = [(a.cue_text, a.source_text, a.kind) for a in analysis.attributions]
    assert found == [("told reporters", "Mayor Ann Voss", "person")]


def test_a_cue_wrapped_over_two_lines_still_reads_its_source():
    text = "The ferry will run all winter, the board decided on Tuesday, according\nto Ann Voss.\n"
    assert attributions(text) == [("according\nto", "Ann Voss", "person")]


@pytest.mark.parametrize("cue", ["fired  off", "fired\toff", " fired off "])
def test_a_newsroom_cue_with_odd_spacing_is_read_like_the_others(cue: str):
    settings = {**SETTINGS, "cues": (*LEXICONS["cues"], cue), "vague_sources": (), "vague": ()}
    text = '"We will appeal the ruling," Ann Voss fired off.'
    found = analyse(Document("draft.md", text), settings).attributions
    assert [(a.cue_text, a.source_text) for a in found] == [("fired off", "Ann Voss")]


def test_two_council_members_who_inform_are_people_kept_unnamed():
    # counted and not named, and the cue informs: people kept unnamed (attrlint.unnamed_persons), no person by name
    found = attributions("Two council members said the vote would wait.")
    assert found == [("said", "Two council members", "anonymous")]


def test_no_attribution_in_plain_narration():
    assert attributions("The council met on Tuesday and the vote was put off until March.") == []


def test_headline_is_not_read_for_attributions():
    assert attributions("# Voss says the vote will wait\n\nThe council met on Tuesday.") == []


# Cue words inside a quotation are the speaker's words, not the reporter's attribution.


def test_cue_words_inside_a_quotation_are_not_cues():
    text = '"Everyone said the sale was agreed before tonight, and nobody told us otherwise," Voss said.'
    assert attributions(text) == [("said", "Voss", "person")]


def test_a_quotation_whose_only_cues_are_inside_it_is_unattributed():
    text = 'The meeting ran late.\n\n"Everyone said the sale was agreed, according to the clerk, before tonight."'
    assert attributions(text) == []
    assert reaches(text) == [("Everyone said the", "none", None)]
    assert [check for check, _ in problems(text)] == ["unattributed"]


def test_cue_inside_curly_quotation_is_not_a_cue():
    text = "\u201cThey told us the library would stay open whatever happened,\u201d said Orla Medway."
    assert attributions(text) == [("said", "Orla Medway", "person")]


# Quotation reach: paragraph, colon, follow-on, none.


def test_reach_paragraph_same_sentence():
    assert reaches('"We will not rush this decision at all," Voss said.') == [("We will not", "paragraph", "Voss")]


def test_reach_paragraph_next_sentence():
    text = '"We will not rush this decision at all." Voss said the vote would wait.'
    assert reaches(text) == [("We will not", "paragraph", "Voss")]


def test_reach_paragraph_earlier_in_the_paragraph():
    text = 'According to Perrin Ashdown, the sale would empty the high street. "People will stop coming here."'
    assert reaches(text) == [("People will stop", "paragraph", "Perrin Ashdown")]


def test_reach_picks_the_closest_cue_in_the_paragraph():
    text = 'Voss spoke first, and "we will not rush this" was her message. Ashdown replied at length.'
    assert reaches(text) == [("we will not", "paragraph", "Voss")]


@gap(
    "the closest cue is measured from the cue word to either end of the quotation, so the cue of the "
    "quotation before ('she said. \"Nor') beats the quotation's own ('\"Nor will we,\" Ashdown replied')"
)
def test_each_quotation_takes_the_cue_of_its_own_sentence():
    text = 'Voss spoke first. "We will not rush this," she said. "Nor will we," Ashdown replied.'
    assert reaches(text) == [("We will not", "paragraph", "she"), ("Nor will we,", "paragraph", "Ashdown")]


def test_reach_colon_paragraph_before_is_not_unattributed():
    text = "The chair, Hallam Okonedo, told the meeting:\n\n\u201cEvery shop on the lane depends on it.\u201d"
    assert [reach for _, reach, _ in reaches(text)] == ["colon"]
    assert problems(text) == []


def test_reach_colon_paragraph_before_names_the_speaker():
    text = "The chair, Hallam Okonedo, told the meeting:\n\n\u201cEvery shop on the lane depends on it.\u201d"
    assert reaches(text) == [("Every shop on", "colon", "Hallam Okonedo")]


def test_reach_colon_same_paragraph():
    text = 'Orla Medway said: "We have made a fair offer and we will wait."'
    assert reaches(text) == [("We have made", "colon", "Orla Medway")]


def test_reach_multi_paragraph_quotation_attributed_in_its_last_paragraph():
    text = (
        "The council met on Tuesday.\n\n"
        '"The town has changed since the car park was bought.\n\n'
        '"The shops that survived are the ones that moved online," said Ann Voss, the chair.'
    )
    assert reaches(text) == [("The town has", "paragraph", "Ann Voss")]


def test_reach_multi_paragraph_quotation_attributed_in_its_first_paragraph():
    text = (
        '"Free parking is all we have," said Hallam Okonedo. "Take it away and we have nothing.\n\n'
        '"I have been trading here for twenty years."'
    )
    assert [reach for _, reach, _ in reaches(text)] == ["paragraph", "paragraph"]
    assert problems(text) == []


def test_reach_follow_on_after_an_attributed_quotation():
    text = '"We will not rush this decision at all," Voss said.\n\n"Nobody here wants the car park sold."'
    assert reaches(text) == [("We will not", "paragraph", "Voss"), ("Nobody here wants", "follow-on", "Voss")]


def test_follow_on_chains_over_several_paragraphs():
    text = (
        '"We will not rush this decision at all," Voss said.\n\n'
        '"Nobody here wants the car park sold.\n\n'
        '"And nobody will sell it while I chair this council."\n\n'
        '"The figures will be published in full before the next meeting."'
    )
    assert [reach for _, reach, _ in reaches(text)] == ["paragraph", "follow-on", "follow-on"]
    assert problems(text) == []


def test_a_lexicon_verb_right_before_its_quotation_attributes_it_with_no_source_read():
    """`... and claims that "..."`: the subject stands before a quotation the source patterns cannot read
    over, but the verb introduces the quotation, so both quotations have a cue in their paragraph."""
    text = (
        'The new advert hits the mayor for taking "more money from the ferry company than from the town" '
        'and claims that "the harbour was sold to the highest bidder last spring."'
    )
    assert [reach for _, reach, _ in reaches(text)] == ["paragraph", "paragraph"]
    assert problems(text) == []


def test_follow_on_past_a_stray_stop_after_the_closing_mark():
    """A quotation paragraph that ends `..."."` holds no words outside its quotation: it stands alone."""
    text = (
        '"We will not rush this decision at all," Voss said.\n\n'
        '"Nobody here wants the car park sold, and nobody will sell it.".'
    )
    assert reaches(text)[-1] == ("Nobody here wants", "follow-on", "Voss")
    assert problems(text) == []


def test_no_follow_on_for_a_quotation_closed_on_a_comma_then_a_stop():
    """`"...,".` is what is left of `"...," Voss said.` once the speaker and verb are cut: it is reported."""
    text = (
        '"We will not rush this decision at all," Voss said.\n\n'
        '"Nobody here wants the car park sold, and nobody will sell it,".'
    )
    assert problems(text) != []


def test_follow_on_after_a_paragraph_that_paraphrases_the_speaker():
    """A reader carries the speaker of a paraphrase or a partial quotation into the quotation after it."""
    text = (
        "The mayor, Ann Voss, told reporters the plan was \u201cdead on arrival.\u201d\n\n"
        "\u201cWe will not fund it, and nobody on this council will.\u201d"
    )
    assert reaches(text)[-1] == ("We will not", "follow-on", "Ann Voss")
    assert problems(text) == []


def test_no_follow_on_when_the_quotation_names_the_speaker_before():
    """`"Voss is wrong ..."` after Voss's own words is someone else speaking: the change of speaker is reported."""
    text = (
        '"We will not rush this decision at all," Ann Voss said.\n\n'
        '"Voss is wrong about the car park and she knows it."'
    )
    assert reaches(text)[1] == ("Voss is wrong", "none", None)
    assert [check for check, _ in problems(text)] == ["unattributed"]


def test_follow_on_when_the_speaker_is_named_only_in_words_the_speaker_reports():
    """`they say, 'Ms. Voss, ...'` inside the speaker's own quotation is others addressing her: no change of speaker."""
    text = (
        '"We kept our heads down for a whole year," Ann Voss said.\n\n'
        "\"The neighbours come up to me and they ask, 'Ms. Voss, will the ferry still run next winter?'\""
    )
    assert reaches(text)[1] == ("The neighbours come", "follow-on", "Ann Voss")
    assert problems(text) == []


def test_a_speech_verb_opening_its_sentence_takes_the_source_after_it():
    """`Continued Ann Voss:` names the speaker of the quotation below and of the speaker's next paragraph."""
    text = (
        "The pilots met the council on Tuesday, and the mood was grim. Said Ann Voss:\n\n"
        '"We kept the ferry running through two winters without a single day lost."\n\n'
        '"Nobody thanked the pilots for it, and nobody paid them a penny more."'
    )
    assert reaches(text) == [("We kept the", "colon", "Ann Voss"), ("Nobody thanked the", "follow-on", "Ann Voss")]
    assert problems(text) == []


def test_a_quotation_paragraph_between_its_speaker_named_and_credited_takes_that_speaker():
    """`Voss is hopeful.` / `"..."` / `"...," Voss says.`: a reader gives the middle paragraph to Voss; not when the
    paragraph before names someone else."""
    middle = '"The boats will run twice as often, and nobody will wait in the rain."'
    after = '"The council listened to the pilots for once," Voss says.'
    text = f"The pilots met on Monday.\n\nAnn Voss is hopeful about the timetable.\n\n{middle}\n\n{after}"
    assert reaches(text)[0] == ("The boats will", "next", "Voss")
    assert problems(text) == []
    text = f"The pilots met on Monday.\n\nEdda Brun is hopeful about the timetable.\n\n{middle}\n\n{after}"
    assert reaches(text)[0][1] == "none"


def test_no_follow_on_for_a_paragraph_with_words_outside_its_quotation():
    """`"...," reporters.` or two quotations side by side: a cue was lost there, the speaker is not carried."""
    for second in ('"Nobody here wants the car park sold," reporters.', '"Nobody here wants it." "Nor do we."'):
        text = f'"We will not rush this decision at all," Voss said.\n\n{second}'
        assert reaches(text)[1][1] == "none"


def test_a_lede_quotation_takes_the_speaker_of_the_next_paragraph():
    text = (
        "# Council keeps the car park\n\n"
        '"We will not sell the last free car park in this town."\n\n'
        "The mayor, Ann Voss, said so at the council meeting on Tuesday.\n\n"
        "The vote is next week."
    )
    assert reaches(text) == [("We will not", "next", "Ann Voss")]
    assert problems(text) == []


def test_a_quotation_after_the_lede_does_not_take_the_next_speaker():
    text = (
        "The council met on Tuesday to discuss the car park.\n\n"
        '"We will not sell the last free car park in this town."\n\n'
        "The mayor, Ann Voss, said the vote would wait."
    )
    assert reaches(text)[0][1] == "none"


@pytest.mark.parametrize(
    "text",
    [
        '"Every page of this book was written at night," writes Ms. Ode in her memoir.',
        '"The tide was higher than anyone had seen in forty years," recalled Tamsin Orrel, the lock keeper.',
        '"Nobody told us the bridge would close for a month," shouted a man at the back of the hall.',
        'MS. LANE: "We have made a fair offer and we will wait for the council."',
        '"We have made a fair offer and we will wait for the council."\n\n\u2014 Orla Medway, spokeswoman',
    ],
)
def test_inverted_labelled_and_credited_quotations_have_a_speaker(text):
    assert [check for check, _ in problems(text)] == []


def test_reach_none_after_a_narrative_paragraph():
    text = '"We will not rush this decision at all," Voss said.\n\nThe gallery clapped.\n\n"Nobody here wants it sold."'
    assert reaches(text)[1] == ("Nobody here wants", "none", None)
    assert [check for check, _ in problems(text)] == ["unattributed"]


def test_reach_none_for_an_opening_quotation():
    text = '"We have been asked to sell the last free car park in town."\n\nThe council met on Tuesday.'
    assert reaches(text) == [("We have been", "none", None)]
    assert problems(text) == [("unattributed", '"')]


def test_follow_on_needs_the_quotation_to_open_its_paragraph():
    text = '"We will not rush this," Voss said.\n\nThe gallery was loud. "Nobody here wants the car park sold."'
    assert reaches(text)[1][1] == "none"


@pytest.mark.parametrize(
    "text",
    [
        'Residents called the councillors "sellouts" from the gallery.',
        'Placards reading "Not for sale" lined the hall.',
        'The council will commission a report entitled "The Future of Parking in Marrowby Town Centre".',
        'A leaflet headlined "Your Town, Your Car Park, Your Say" will go to every home.',
        'The campaign is called "Keep Ketterick Lane Free For Everyone" by its founders.',
    ],
)
def test_scare_quotes_short_quotations_and_titles_are_not_unattributed(text):
    assert [check for check, _ in problems(text)] == []


@gap("a colon after narration that names nobody counts as the quotation's attribution ('colon' reach, no source)")
def test_a_colon_without_a_speaker_does_not_attribute():
    text = 'The mood in the gallery was plain: "Sell the green once and you will never get it back."'
    assert [check for check, _ in problems(text)] == ["unattributed"]


# Figures, vague sourcing and pronouns, through the analysis.


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Rents in the ward rose 14% in the past year.", ["14%"]),
        ("The library costs the council £84,000 a year to run.", ["£84,000"]),
        ("The friends group has more than 600 members.", ["more than 600 members"]),
        ("Rents in the ward rose 14% in the past year, the housing officer said.", []),
        ("The housing officer gave the figures on Monday. Rents rose 14%, she said.", []),
        ("Rents rose 14% in the past year. The figure comes from the council, Lunde said.", []),
        ("Rents rose 14% in the past year.\n\nThe figure comes from the council, Lunde said.", ["14%"]),
        ("The mill closed in 1987 and reopened on 12 March 2024.", []),
        ("Polls closed at 10pm and the count finished at 1.30am.", []),
        ("Aled Treharne, 71, represented the ward for years.", []),
        ("Call the council on 01632 960 481 for details.", []),
        ("Pellowick Athletic beat Drennan Town 3-1 on Saturday.", []),
        ('"Rents rose 14% last year," Lunde said, and the chamber fell quiet.', []),
    ],
)
def test_unsourced_figures(text, flagged):
    assert [matched for check, matched in problems(text) if check == "unsourced"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("The footbridge will close for good, sources say.", ["sources"]),
        ("Experts say the deck could be lifted out in a weekend.", ["Experts"]),
        ("Critics argued that the council left the bridge to rot.", ["Critics"]),
        ("Some commentators said the ferry would be cheaper.", ["Some commentators"]),
        ("The bridge was doomed from the start, said insiders.", ["insiders"]),
        ("Political analysts wrote that the vote was lost.", ["Political analysts"]),
        ("State Treasurer Ana Ruiz reportedly said the fund was empty.", []),
        ("Harbour board officials said the bridge would close.", []),
        ("The officials said the bridge would close.", []),
        ("Some of the walkers said the bridge shook.", []),
        ("Parents felt that their children made too many demands on them.", []),
        ("It is believed the inspection was years ago.", ["It is believed"]),
        ("The leader reportedly wants a ferry.", ["reportedly"]),
        ("According to reports, the county has set money aside.", ["According to reports"]),
        # a named reporter a sentence away; a person who only says something is none
        ("The Wexham Post reported the sale. The leader reportedly wants a ferry.", []),
        ("According to reports, the county has set money aside. The Wexham Post said so.", []),
        ("Ana Ruiz said the sale was off. The leader reportedly wants a ferry.", ["reportedly"]),
        ("According to the study, the cables have corroded.", ["According to the study"]),
        ("A survey was done in June. According to the survey, the anchors are rusty.", []),
        ("According to a study by the county's health board, walkers use the bridge most.", []),
        ("Two members of the works committee said the bridge would be rebuilt.", []),
        ('"Sources say all sorts of things," the clerk said.', []),
        # who made a document, named after it or before it, or a poll named with a slash in its name
        ("Tolls rose 3 percent, according to data released Friday by state bridge regulators.", []),
        ("The fund held $8 million, according to figures her campaign released Friday.", []),
        ("A KVX/Tribune poll was taken in May. The mayor leads, according to the poll.", []),
    ],
)
def test_vague_sourcing(text, flagged):
    assert [matched for check, matched in problems(text) if check == "vague"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # a headline's report is named in the body's first paragraphs
        ("Ferry Fares Reportedly To Rise\n\nFares will rise in May.\n\nThe Wexham Post reported the plan.", []),
        ("Ferry Fares Reportedly To Rise\n\nFares will rise in May.\n\nThe mayor said little.", ["Reportedly"]),
        # a reporter in the paragraph before or after, by a phrase the cue reader reads as no source
        ("The row followed a report this week by Kestrel News.\n\nThe leader reportedly wants a ferry.", []),
        ("The leader reportedly wants a ferry.\n\nThe clerk told the Wexham Post the vote was close.", []),
        ("K9TV reported the plan first.\n\nThe leader reportedly wants a ferry.", []),
        # a summary paragraph's report is named in the paragraphs the story goes on to
        (
            "Ferry Row Deepens\n\nThe mayor reportedly wants a ferry.\n\nFares rose.\n\nThe pier shut.\n\n"
            "The Wexham Post reported the plan.",
            [],
        ),
        (
            "Ferry Row Deepens\n\nFares rose.\n\nThe pier shut.\n\nThe mayor reportedly wants a ferry.\n\n"
            "Tolls rose.\n\nThe Wexham Post reported the plan.",
            ["reportedly"],
        ),
        # a reporter two paragraphs away, or a person told something, names no report
        ("The Wexham Post reported the sale.\n\nFares rose.\n\nThe leader reportedly wants a ferry.", ["reportedly"]),
        ("The clerk told Ines Okafor the vote was close.\n\nThe leader reportedly wants a ferry.", ["reportedly"]),
        # a role the cue reaches as its object is no source of the sentence
        ("Harlow are reportedly ready to dismiss their manager, Ines Okafor, after a fifth defeat.", ["reportedly"]),
        ("The leader reportedly wants a ferry.\n\nAccording to Ines Okafor, the vote was close.", ["reportedly"]),
        ("The Russian inquiry from the start was slow.\n\nThe leader reportedly wants a ferry.", ["reportedly"]),
        # a headline in a list of headlines below the story (related stories) is another story's
        (
            "Ferry Row\n\nThe mayor said the ferry would stop.\n\nHarbour board hires a new chair\n\n"
            "Mayor reportedly wants a second ferry\n\nTolls rise in May as the board cuts the grant it gave the isle",
            [],
        ),
        # a headline between two paragraphs of the story is the writer's line
        (
            "Ferry Row\n\nThe mayor said the ferry would stop.\n\nMayor reportedly wants a second ferry\n\n"
            "The board met.",
            ["reportedly"],
        ),
    ],
)
def test_a_report_is_named_in_the_paragraphs_around_it(text, flagged):
    assert [matched for check, matched in problems(text) if check == "vague"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # an outlet that reports in the sentence relays its sources; one the sources talk to does not
        ("According to the Wexham Post, sources said the ferry would stop.", []),
        ("Sources told the Wexham Post the ferry would stop.", ["Sources"]),
        ("The Wexham Post reported, according to sources at the pier, that the ferry would stop.", []),
        ("Sources said the ferry would stop.\n\nThe Wexham Post reported it first.", ["Sources"]),
        # the next sentence quotes the outlet's report: the writer is reading from it
        ("Sources said the ferry would stop. \u201cIt will not sail again,\u201d the Wexham Post reported.", []),
        # an outlet the sources talk to relays them when the draft credits it with its reporting elsewhere
        ("The Wexham Post reported the sale on Monday.\n\nSources told the Post the buyer was local.", []),
        (
            "According to the Wexham Post, the pier will shut.\n\nSources told the Kestrel Courier that it would.",
            ["Sources"],
        ),
        # the outlet told may stand in the source's own phrase, by a relative clause: relayed when it is credited
        ("The Wexham Post reported the sale.\n\nSources who spoke to the Post said the buyer was local.", []),
        ("The Wexham Post reported the sale.\n\nSources who spoke with the Post said the buyer was local.", []),
        ("The Wexham Post reported the sale.\n\nSources who have spoken to the Post said the buyer was local.", []),
        (
            "The sale went through.\n\nSources who spoke to the Wexham Post said the buyer was local.",
            ["Sources who spoke to the Wexham Post"],
        ),
        (
            "The Wexham Post reported the sale.\n\nSources who spoke to the Kestrel Courier said it was local.",
            ["Sources who spoke to the Kestrel Courier"],
        ),
        # a named report earlier in the source's sentence is what the writer retells
        ("The mayor cited a recent Wexham Post story in which critics said the pier was unsafe.", []),
        ("The mayor cited a recent story in which critics said the pier was unsafe.", ["critics"]),
        (
            "Critics said the pier was unsafe, a claim the mayor called a Wexham Post story in which nothing held.",
            ["Critics"],
        ),
        # a report a body or a month names is no outlet's: the writer still owes the group a name
        ("A report in March found waste, and critics said the pier was unsafe.", ["critics"]),
        ("A report from Parliament found waste, and critics said the pier was unsafe.", ["critics"]),
        ("The mayor cited the Harbour Board report in which critics said the pier was unsafe.", ["critics"]),
        # unless the draft credits that name as an outlet
        (
            "The Wexham Post reported the sale.\n\nA report by the Post found waste, and critics said it was unsafe.",
            [],
        ),
    ],
)
def test_a_vague_source_an_outlet_relays_is_not_reported(text, flagged):
    assert [matched for check, matched in problems(text) if check == "vague"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # an unnamed source taken up again by its head in the next sentence, telling another outlet by name there,
        # is that outlet's
        (
            "The pier will shut, a source said.\n\nThe ferry stops too, the source, who saw it, told Kestrel News.",
            [],
        ),
        ("A senior aide said the pier would shut. \u201cIt is over,\u201d the aide told the Kestrel Courier.", []),
        ("A senior aide said the pier would shut. The ferry stops too, the aide explained to Kestrel News.", []),
        # an outlet told in the source's own sentence may be the writer's own paper
        ("A senior official told the Kestrel Courier that the pier would shut.", ["A senior official"]),
        # a later source of another head is someone else, and a name before a noun is no outlet
        ("The pier will shut, a source said.\n\nThe ferry stops too, the mayor told Kestrel News.", ["a source"]),
        (
            "A senior aide said the pier would shut. The ferry stops too, the aide told Wexham residents.",
            ["A senior aide"],
        ),
        # the desk's own outlet keeps its sources its own
        ("A senior aide said the pier would shut. The ferry stops too, the aide told the Post.", ["A senior aide"]),
        # a draft that calls a source in confidence its own speaks as an outlet, which may be the one told
        (
            "An insider said the pier would shut. The ferry stops too, the insider told Kestrel News. Our source "
            "adds that the tolls rise.",
            ["An insider"],
        ),
    ],
)
def test_an_anonymous_source_that_tells_another_outlet_is_relayed(text, flagged):
    settings = {**SETTINGS, "own_outlets": ("The Wexham Post",)}
    found = every_problem(analyse(Document("draft.md", text), settings))
    assert [text[p.start : p.end] for p in found if p.check == "anonymous"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # a name of two or more words that "according to" cites is an outlet, not a person, where the draft shows
        # no person by that name: the sources who told it are relayed
        (
            "Two aides told Kestrel Politics the pier would shut. The mayor denied it, according to Kestrel Politics.",
            [],
        ),
        (
            "Two aides told Harbour Valley Weekly the pier would shut.\n\nThe pier will close, according to "
            "Harbour Valley Weekly.",
            [],
        ),
        # a name the draft shows as a person (here by a description) is the person told, no outlet
        (
            "Two aides told Ines Okafor, the harbour master, the pier would shut. The pier is unsafe, according "
            "to Ines Okafor.",
            ["Two aides"],
        ),
        (
            "A senior aide said the pier would shut. The ferry stops too, the aide, who saw the plan, told Ines "
            "Okafor, the mayor.",
            ["A senior aide"],
        ),
        # an outlet the draft does not cite, told in the source's own sentence, may be the writer's own
        ("Two aides told Kestrel Politics the pier would shut.", ["Two aides"]),
    ],
)
def test_an_outlet_of_several_words_relays_the_sources_that_tell_it(text, flagged):
    found = every_problem(run(text))
    assert [text[p.start : p.end] for p in found if p.check == "anonymous"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # a group kept unnamed whose members the next sentences name as they speak: the story names them
        (
            "Three members of the board said the pier would shut. \u201cIt is over,\u201d Ines Okafor "
            "(Lab) said. Tomas Reyes said the vote was close.",
            [],
        ),
        # one named speaker after the group may be someone who answers it
        (
            "Three members of the board said the pier would shut. \u201cIt is false,\u201d Ines Okafor said.",
            ["Three members of the board"],
        ),
        # people the story named before the group are whom it is about
        (
            "Ines Okafor and Tomas Reyes fought the plan.\n\nThree members of the board said the pier "
            "would shut. \u201cIt is over,\u201d Ines Okafor said. Tomas Reyes said the vote was close.",
            ["Three members of the board"],
        ),
        # a single source is not two people
        (
            "A member of the board said the pier would shut. \u201cIt is over,\u201d Ines Okafor "
            "said. Tomas Reyes said the vote was close.",
            ["A member of the board"],
        ),
        # members named further on than three sentences
        (
            "Three members of the board said the pier would shut. The vote is on Monday. The ferry "
            "runs. The pier is old. \u201cIt is over,\u201d Ines Okafor said. Tomas Reyes said it was close.",
            ["Three members of the board"],
        ),
    ],
)
def test_a_group_kept_unnamed_whose_members_speak_by_name_next_is_named(text, flagged):
    found = every_problem(run(text))
    assert [text[p.start : p.end] for p in found if p.check == "anonymous"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # the group's words come through a document its own sentence names: after the group, after the cue, or
        # closing the sentence
        ("Experts writing in the Tidewater Design Quarterly said the quay would flood within a decade.", []),
        ("Some analysts, in a letter to the Fenwick Gazette, said the tolls were set too low.", []),
        ("Critics said in an editorial in the Wexham Post that the quay was too long.", []),
        ("Critics said the tolls were set too low, according to a study by the Marlow Institute.", []),
        ("Observers said in a paper for the Corran Society that the count was late.", []),
        ("The quay will flood, said experts writing in the Tidewater Design Quarterly.", []),
        # a document with no name is no source
        ("Critics said in a recent report that the tolls were set too low.", ["Critics"]),
        ("Analysts said the tolls were set too low, according to a study.", ["Analysts"]),
        # a document the group's words are about is their topic, not their channel
        ("Analysts said the Marlow report was wrong.", ["Analysts"]),
        ("Critics said the figures in a report by the Marlow Institute were wrong.", ["Critics"]),
        # a document named only in another sentence
        (
            "The Fenwick Gazette ran a study of the tolls in May.\n\nThe quay opened on Sunday.\n\n"
            "Analysts said in a study that the tolls were set too low.",
            ["Analysts"],
        ),
    ],
)
def test_a_vague_group_whose_words_come_through_a_named_document_is_not_reported(text, flagged):
    assert [matched for check, matched in problems(text) if check == "vague"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # the next sentence, in the paragraph or the next, opens by naming one of the group's members
        ("Economists say the tolls will hurt carters.\n\nAmong them is Professor Ines Okafor, of Corran.", []),
        ("Critics argued the quay was too long. One of them, Tomas Reyes, has built quays for years.", []),
        ("Some analysts said the fares were too high.\n\nThey include Ada Marsh, who writes on ferries.", []),
        # or opens with the study whose authors the group's voices are, by their body or its lead author
        (
            "Scientists have warned that the bay is warming.\n\n"
            "A study by researchers at Marlow University found the surface warmed by two degrees.",
            [],
        ),
        ("Scientists have warned that the bay is warming. The study, led by Ines Okafor, found it had warmed.", []),
        ("Scientists have warned that the bay is warming. A study last year found it had warmed.", ["Scientists"]),
        # a name the story gave before the group is whom it is about, not a member
        (
            "Ines Okafor built the quay.\n\nCritics argued it was too long.\n\nAmong them is Ines Okafor's rival.",
            ["Critics"],
        ),
        # a member introduced with no name, or later than the next sentence
        ("Critics argued the quay was too long. Among them are several carters.", ["Critics"]),
        (
            "Critics argued the quay was too long. The vote is on Monday. One of them, Tomas Reyes, will speak.",
            ["Critics"],
        ),
    ],
)
def test_a_vague_group_whose_member_the_next_sentence_introduces_is_not_reported(text, flagged):
    assert [matched for check, matched in problems(text) if check == "vague"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # a body or person by name that leads or speaks for the group, right after it: the reader can weigh them
        ("Opponents, led by the Corran Tenants League, argued that the tolls were set too low.", []),
        ("Critics, organised by Ines Okafor, said the quay was too long.", []),
        ("Some residents, represented by the Wexham Ratepayers Forum, said the quay would flood.", []),
        # a body with no name leads nobody the reader can find
        ("Opponents, led by a local charity, argued that the tolls were set too low.", ["Opponents"]),
        # a body the group's words are about is no sponsor
        ("Critics said the campaign, led by the Corran Tenants League, was too late.", ["Critics"]),
    ],
)
def test_a_vague_group_a_named_body_leads_is_not_reported(text, flagged):
    assert [matched for check, matched in problems(text) if check == "vague"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("The Wexham Post reported, quoting a senior official, that the ferry would stop.", []),
        ("A senior official told the Wexham Post the ferry would stop.", ["A senior official"]),
        ("According to the Wexham Post, the pier will shut. A senior official told the Post the ferry would.", []),
        ("In a Wexham Post story in which a senior official said the ferry would stop, the pier was shut.", []),
        (
            "The mayor cited a Harbour Board report in which a senior official said the ferry would stop.",
            ["a senior official"],
        ),
        ("The Wexham Post reported the sale. Two people who spoke to the Post said it was done.", []),
        (
            "The sale went through. Two people who spoke to the Wexham Post said it was done.",
            ["Two people who spoke to the Wexham Post"],
        ),
        (
            "A person briefed on the sale said it was done. \u201cThe buyer is local,\u201d the Wexham Post reported.",
            [],
        ),
        # a report that bears out another fact relays nothing
        (
            "The pier shut in May, as the Wexham Post reported, and the ferry will stop, a senior official said.",
            ["a senior official"],
        ),
        # a quotation the next sentence credits to a person is the person's words, which the outlet reports
        (
            "A source said the fund was spent. \u201cIt is gone,\u201d said Ann Voss, reports the Wexham Post.",
            ["A source"],
        ),
        # a source whose sentence ends in a colon introduces its own words: a report quoted there is theirs
        (
            "According to a senior official:\n\nThe pier \u201cis shut,\u201d the Wexham Post reported.",
            ["a senior official"],
        ),
        # "its FEC reports" is a document, not an outlet that reports
        ("A source said the fund was spent.\n\nIt paid \u201cfees,\u201d according to its FEC reports.", ["A source"]),
    ],
)
def test_an_anonymous_source_an_outlet_relays_is_not_reported(text, flagged):
    assert [matched for check, matched in problems(text) if check == "anonymous"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # a deck joined to its headline by a semicolon sums the story up: the body gives its sources
        ("Mill to close;\n\nOwners blame pulp prices, analysts say.\n\nThe mill will close.", []),
        ("Abstract:\n\nThe mill will close, critics say.\n\nFULL TEXT.\n\nThe mill will close.", []),
        # the summary ends at the next label; a headline with no semicolon has no deck joined to it
        ("ABSTRACT.\n\nThe mill will close.\n\nFULL TEXT.\n\nPulp prices fell, analysts say.", ["analysts"]),
        ("Mill to close\n\nOwners blame pulp prices, analysts say.", ["analysts"]),
        # a column of briefs is no summary
        ("IN BRIEF.\n\nOwners blame pulp prices, analysts say.", ["analysts"]),
    ],
)
def test_sourcing_in_a_summary_above_the_body_is_not_reported(text, flagged):
    assert [matched for check, matched in problems(text) if check == "vague"] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        # an embedded post's words are the poster's: it closes on its credit, "(@handle) June 28, 2016"
        (
            "The harbour board met on Monday.\n\n"
            "Team Voss reportedly wants a new ferry \u2014 Harbour Watch (@harbourwatch) June 28, 2016\n\n"
            "A senior official said the ferry was sold \u2014 Quay Notes (@quaynotes) May 2, 2017",
            [],
        ),
        # the writer's own sourcing after the post is reported
        (
            "Ferry sold \u2014 Quay Notes (@quaynotes) May 2, 2017\n\nThe mayor will reportedly resign.",
            ["reportedly"],
        ),
    ],
)
def test_sourcing_in_an_embedded_post_is_not_reported(text, flagged):
    found = problems(text)
    assert [matched for check, matched in found if check in ("vague", "anonymous")] == flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("A contractor allegedly skipped the painting.", ["allegedly"]),
        ("The clerk allegedly took the fees, according to the indictment.", []),
        ("As a federal prosecutor, Ines Okafor made the bank settle for allegedly hiding the fees.", []),
        ("The clerk allegedly took the fees. He was arrested on Monday.", []),
    ],
)
def test_unsourced_allegations_are_a_problem_apart_from_vague_sourcing(text, flagged):
    found = problems(text)
    assert [matched for check, matched in found if check == "allegation"] == flagged
    assert [matched for check, matched in found if check == "vague"] == []


def test_pronoun_before_any_name_is_flagged_and_after_a_name_is_not():
    text = (
        "The hall will close, she said.\n\nThe caretaker, Ines Mallory, said the boiler was cold. She said it cracked."
    )
    assert [(check, matched) for check, matched in problems(text) if check == "pronoun-first"] == [
        ("pronoun-first", "she")
    ]


def test_a_pronoun_after_a_person_named_once_is_not_flagged():
    text = "The lock keeper, Tamsin Orrel, opened the sluice at dawn. She said the river had risen overnight."
    assert [check for check, _ in problems(text)] == []


# The lexicons in pack.yaml reach the rules.


def test_the_pack_declares_the_shared_lexicons():
    assert set(LEXICONS) == {
        "cues",
        "core_cues",
        "vague_sources",
        "vague",
        "allegations",
        "hearsay",
        "report_cues",
        "reporter_phrases",
        "outlet_report_phrases",
        "listener_phrases",
        "own_outlets",
        "telling_cues",
        "document_channels",
        "group_sponsors",
        "member_introducers",
        "crowd_heads",
        "anonymous_sources",
        "confidential_heads",
        "insider_heads",
        "generic_sources",
        "source_bodies",
        "source_documents",
        "kept_unnamed",
        "unnamed_ties",
        "anonymity_reasons",
        "anonymity_blanket",
        "act_cues",
        "public_channels",
        "body_channels",
        "accusers",
        "official_heads",
        "summary_labels",
        "group_voices",
        "group_parties",
        "group_apart",
        "opinion_cues",
        "survey_words",
        "group_heads",
        "quantified_groups",
        "crowd_quantifiers",
        "describing_cues",
        "person_nouns",
        "person_heads",
        "person_plurals",
        "place_names",
        "region_adjectives",
        "source_openers",
        "proper_adjective_endings",
        "outsider_heads",
        "placed_heads",
        "ambiguous_persons",
        "person_endings",
        "body_voices",
        "voice_offices",
        "informing_cues",
        "impersonal_cues",
        "impersonal_kept",
        "judgement_passives",
    }
    assert set(LEXICONS["core_cues"]) <= set(LEXICONS["cues"])
    assert "according to" in LEXICONS["cues"] and "in a statement" in LEXICONS["cues"]
    assert set(LEXICONS["report_cues"]) <= set(LEXICONS["cues"])


@pytest.mark.parametrize("rule", ATTRIBUTION_KIND_RULES, ids=lambda rule: rule.name)
def test_each_attribution_rule_holds_the_pack_lexicons(rule):
    assert rule.options["cues"] == LEXICONS["cues"]
    assert rule.options["vague_sources"] == LEXICONS["vague_sources"]
    assert rule.options["vague"] == LEXICONS["vague"]


def test_every_problem_has_a_rule():
    assert {rule.options["problem"] for rule in ATTRIBUTION_KIND_RULES} == {
        "unattributed",
        "unsourced",
        "vague",
        "pronoun-first",
        "anonymous",
        "allegation",
    }


def test_the_pack_cues_change_what_the_rule_reports():
    """The cues come from pack.yaml: without 'sang' in the lexicon this quotation has no speaker (an
    irregular past before the quotation, which the shape of the sentence alone does not show to be a verb)."""
    text = 'The council met on Tuesday.\n\nVoss sang, "We will not sell the car park this year."'
    without = analyse(
        Document("draft.md", text), {**SETTINGS, "cues": tuple(c for c in LEXICONS["cues"] if c != "sang")}
    )
    assert [p.check for p in every_problem(without)] == ["unattributed"]
    assert "ATT001" not in codes(text)


# A newsroom extends the vague list per rule in .attrlint.yaml.


def _config_rules(tmp_path: Path, body: str):
    (tmp_path / ".attrlint.yaml").write_text(body, encoding="utf-8")
    rules, broken = rules_for(read_config(tmp_path / ".attrlint.yaml"))
    assert broken == []
    return [rule for rule in rules if rule.pack == "attribution"]


NEWSROOM_VAGUE = (
    "rules:\n  vague-source:\n    vague: ['\\bwell-placed (?:figures|insiders)\\b', '\\bthe rumour mill\\b']\n"
)


def test_a_newsroom_vague_pattern_fires(tmp_path: Path):
    rules = _config_rules(tmp_path, NEWSROOM_VAGUE)
    text = "The mayor will stand down in May, if the rumour mill is right."
    assert "ATT003" not in codes(text)
    assert codes(text, rules).count("ATT003") == 1


def test_a_newsroom_vague_pattern_touches_only_its_rule(tmp_path: Path):
    rules = _config_rules(tmp_path, "select: [ATT, ATT001]\n" + NEWSROOM_VAGUE)
    by_name = {rule.name: rule for rule in rules}
    assert by_name["unattributed-quote"].options["vague"] == LEXICONS["vague"]
    text = '"We will not sell," well-placed insiders said.\n\nThe council met.\n\n"Nobody here wants the park sold."'
    assert codes(text, rules).count("ATT001") == 1


def test_a_newsroom_vague_pattern_extends_the_pack_list(tmp_path: Path):
    rules = _config_rules(tmp_path, NEWSROOM_VAGUE)
    by_name = {rule.name: rule for rule in rules}
    assert set(LEXICONS["vague"]) <= set(by_name["vague-source"].options["vague"])
    assert "ATT003" in codes("The mayor reportedly wants to stand down in May.", rules)


# "Officials" with no body beside them: vague to the analysis, reported by ATT007 (off by default), not ATT003.

DEFAULT_RULES = list(builtin_rule_set().rules)


def test_a_vague_problem_knows_its_head():
    found = run("The ferry will stop in winter, some officials said.").vague_sources
    assert [problem.values["head"] for problem in found] == ["officials"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop in winter, officials said.",
        "Officials argued that the ferry cost too much.",
        "The ferry will stop in winter, said officials.",
        "The road will stay shut until Friday, according to authorities.",
        "Some officials said the ferry would stop in winter.",
    ],
)
def test_bare_officials_are_reported_by_att007_only(text: str):
    assert codes(text) == ["ATT007"]  # every rule of the pack, those off by default included
    assert codes(text, DEFAULT_RULES) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop in winter, sources said.",
        "Critics argued that the ferry cost too much.",
        "The ferry will stop in winter, said insiders.",
        "The mayor reportedly wants a ferry.",
    ],
)
def test_other_vague_sources_stay_att003s(text: str):
    assert codes(text) == ["ATT003"]
    assert codes(text, DEFAULT_RULES) == ["ATT003"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop in winter, harbour board officials said.",
        "The road will stay shut, authorities at the agency said.",
        "The ferry will stop in winter, two officials said.",  # counted: ATT006's
    ],
)
def test_officials_of_a_named_body_or_counted_are_no_att007(text: str):
    assert "ATT007" not in codes(text)
    assert "ATT003" not in codes(text)


def test_a_config_that_selects_att007_reports_bare_officials(tmp_path: Path):
    rules = _config_rules(tmp_path, "select: [ATT, ATT007]\n")
    text = "The ferry will stop in winter, officials said. Critics said it was too slow."
    assert sorted(codes(text, rules)) == ["ATT003", "ATT007"]


def test_a_newsroom_official_head_moves_from_att003_to_att007(tmp_path: Path):
    config = "select: [ATT, ATT007]\nrules:\n  unnamed-officials:\n    official_heads: [spokespeople]\n"
    text = "The ferry will stop in winter, spokespeople said."
    assert codes(text, _config_rules(tmp_path, config)) == ["ATT007"]


@pytest.mark.parametrize("config", ["except_heads: officials", "except_heads: [official_heads, officials]"])
def test_a_head_list_a_rule_names_must_be_one_of_the_kinds(tmp_path: Path, config: str):
    from attrlint.errors import AttrlintError

    (tmp_path / ".attrlint.yaml").write_text(f"rules:\n  vague-source:\n    {config}\n", "utf-8")
    with pytest.raises(AttrlintError, match="except_heads"):
        rules_for(read_config(tmp_path / ".attrlint.yaml"))


# An uncounted crowd ("some", "many", "people"): vague to the analysis. A quantifier alone as the subject of a
# cue that is a verb ("some say", the crowd-pronoun form) is ATT011's, on by default (tests/test_crowd_pronouns.py);
# the rest ATT009's, off.


@pytest.mark.parametrize(
    "text",
    [
        "People say the ferry is too slow.",
        "According to some on the quay, the ferry is late.",
    ],
)
def test_a_crowd_is_reported_by_att009_only(text: str):
    assert codes(text) == ["ATT009"]
    assert codes(text, DEFAULT_RULES) == []


@pytest.mark.parametrize(
    "text",
    [
        "Few in the ferry trade believe the timetable will hold.",
        "Others on the harbour board argue the fares are too high.",
        "The timetable is a mistake, others within the union said.",
    ],
)
def test_a_few_or_others_placed_in_a_body_is_a_crowd_reported_by_att009_only(text: str):
    assert codes(text) == ["ATT009"]
    assert codes(text, DEFAULT_RULES) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Voss and others said the ferry is too slow.",
        "Ann Voss and others on the board said the ferry is too slow.",
        "Few would say the ferry is fast.",
        "The board met, and others said the ferry was late.",
    ],
)
def test_few_or_others_alone_or_beside_a_name_is_no_crowd(text: str):
    assert codes(text) == []


def test_a_rule_leaves_out_the_heads_of_every_list_it_names(tmp_path: Path):
    config = "select: [ATT003]\nrules:\n  vague-source:\n    except_heads: [crowd_heads, vague_sources]\n"
    text = "Some say the ferry is slow. Critics said it was late."
    assert codes(text, _config_rules(tmp_path, config)) == []
    assert codes(text + " Officials said it was full.", _config_rules(tmp_path, config)) == ["ATT003"]


def test_a_bad_newsroom_vague_pattern_is_a_config_error(tmp_path: Path):
    from attrlint.errors import AttrlintError

    (tmp_path / ".attrlint.yaml").write_text("rules:\n  vague-source:\n    vague: ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(AttrlintError):
        rules_for(read_config(tmp_path / ".attrlint.yaml"))


# Properties: analyse never raises, and every span lies inside the text.

_WORDS = [
    "said", "she", "he", "told", "the meeting:", "according to", "the study", "reportedly", "sources say",
    "Ann Voss", "Voss", "the chair,", "12%", "£4.5m", "1,200", "more than 30 people", "entitled", "\n\n",
    "\n", ":", ",", ".", "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "# ", "In a statement", "experts believe",
]  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_analyse_never_raises_and_spans_lie_inside_the_text(text):
    doc = Document("draft.md", text)
    analysis = run(text)
    size = len(doc.text)
    for problem in every_problem(analysis):
        assert 0 <= problem.start <= problem.end <= size
    for attribution in analysis.attributions:
        assert 0 <= attribution.cue[0] < attribution.cue[1] <= size
        if attribution.source is not None:
            assert 0 <= attribution.source[0] <= attribution.source[1] <= size
    for source in analysis.quotes:
        assert 0 <= source.quotation.start < source.quotation.end <= size
        assert source.reach in ("paragraph", "colon", "follow-on", "next", "credit", "partial", "nearby", "none")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_the_rules_never_raise_on_any_text(text):
    for finding in lint_text(text, ATT_RULES):
        assert finding.code.startswith("ATT")


# PhraseSources reads the source after a phrase cue as PHRASE_SOURCE matches it

_SOURCE_PIECES = ["Ann", "Voss", "Ab", "A", "J.", ".", " ", "  ", "\n", "\t", ",", "!", ":", "\u201d", '"', "'"]
_SOURCE_PIECES += ["\u2019", "-", "de", "der", "den", "van", "al", "bin", "d", "e", "r", "the", "The", "he"]
_SOURCE_PIECES += ["sources", "x", "\u00c9"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_SOURCE_PIECES), max_size=30), st.data())
def test_phrase_sources_match_as_the_phrase_source_pattern(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    end = data.draw(st.integers(0, len(text)))
    sources = PhraseSources(text, end)  # one reader for every cue of a paragraph, as the analysis has it
    for start in sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=5))):
        match = PHRASE_SOURCE.match(text, start, end)
        assert sources.after(start) == (match.span("source") if match else None)


# pronoun-before-name (ATT004): only where nothing before could be the referent.


@pytest.mark.parametrize(
    "text",
    [
        "# Mayor vows ferry will run all winter\n\nThe crossing will stay open until March, she said.",
        "Ravenmoor voters will choose a new council on Thursday. By two to one, they say the ferry matters most.",
        "When I asked about the ferry, I said the crossing would close. We said the same a year ago.",
        "The harbour master, who met Tamsin Orrel on Monday, will keep the crossing open, she said.",
        # a singular noun for a person, from the pack's learned `person_nouns`
        "A woman in her 70s was rescued from the river at Pellow on Sunday. The water came up so fast, she said.",
        "The mayor of Pellow closed the bridge on Sunday. It will stay shut for a week, he said.",
        # a full name that is no place's or body's, even after a title the pack does not list
        "The assembly voted on Thursday, handing Premier Ilse Varga her first defeat. It is a setback, she said.",
        # a surname alone that speaks inside a sentence
        "Rain fell all night, and Dorran warned the pier would go. It went at dawn, he said.",
        # a headline that names a person the story names further down
        "# Orrel to leave the ferry board\n\nThe board will choose her successor in May, she said. Tamsin Orrel"
        " has sat on it for a decade.",
        # "they": a body named in the running text
        "The Pellow council said on Monday the bridge was unsafe. They said it would reopen in May.",
    ],
)
def test_no_pronoun_first_where_something_before_is_the_referent(text):
    assert [check for check, _ in problems(text) if check == "pronoun-first"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The crossing will stay open all winter, she said, and the ferry will run every hour.",
        # capitals that name no person: a police department, a state, a body's name, a company
        "Officers were called to the pier, the Pellow Police Department said in a statement. He said it was calm.",
        "A bill to fund ferries in Marrow State passed the Senate on Monday. She said it was overdue.",
        "The ruling was welcomed by the Ostley Civil Rights Union. He wrote that it was a clear win.",
        "Penwick & Strand filed for bankruptcy on Tuesday. In a letter to staff, she wrote it was a sad day.",
        # a plural is no referent for "he", nor an office for a person
        "The two candidates met in their only debate on Tuesday. He said the stadium had cost too much.",
        "The race for mayor of Pellow turned sour on Tuesday night. He said the stadium had cost too much.",
        # the pronoun's own sentence names the only person before it as someone else
        "A man was hurt after a standoff at a house in Pellow on Sunday. He said the man had fired twice.",
        # a headline or byline above the body that holds no person of the story is no blanket pass
        "# Ferry to run all winter\n\nThe crossing will stay open until March, she said.",
        "# Ferry to run all winter\n\nBy Ann Lowry\n\nThe crossing will stay open until March, she said.",
    ],
)
def test_pronoun_first_where_nothing_before_is_the_referent(text):
    assert [check for check, _ in problems(text)] == ["pronoun-first"]


@pytest.mark.parametrize(
    "text",
    [
        'She was cast in "The Last Ferry Out of Marrowby Harbour" last year.',
        "The council hung a banner reading NO.\n\n\u201cSave Our Lane, Save Our Town, Save Our Shops\u201d (2019)",
        'Weekend reading:\n\n"The ferry that nobody wanted to lose this winter," by Ann Voss.',
    ],
)
def test_titles_dated_slogans_and_bylined_headlines_are_not_unattributed(text):
    assert [check for check, _ in problems(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        '"We will win this one and the next one too," Ann Voss quipped.',
        '"Nobody in this town has ever seen a tide like it," mused the old lock keeper.',
        '"Is that really the best the council can do for us?" an angry Perrin Ashdown retorted.',
    ],
)
def test_a_speaker_and_a_past_tense_verb_after_a_quotation_attribute_it_whatever_the_verb(text):
    assert [check for check, _ in problems(text)] == []


def test_narration_after_a_quotation_closed_on_a_full_stop_does_not_attribute_it():
    text = 'The council met on Tuesday.\n\n"We will not sell the last car park in town." The gallery clapped.'
    assert [check for check, _ in problems(text)] == ["unattributed"]


def test_a_run_of_name_words_longer_than_a_source_is_not_read_as_one() -> None:
    words = "Harbour Board Ferry Committee Chair "
    for count, read in ((MAX_NAME_SOURCE // len(words), True), (MAX_NAME_SOURCE // len(words) + 1, False)):
        text = "according to " + (words * count).strip()
        at = len("according to")
        assert PhraseSources(text, len(text)).after(at) == ((at + 1, len(text)) if read else None)
        assert PHRASE_SOURCE.match(text, at).span("source") == (at + 1, len(text))  # the pattern has no cap
