"""A quotation's speaker read from the structure of its sentence (attrlint.speaker_reach), and the
credit on the line below a quotation. Every sentence here is invented copy; each quiet case below was
reported as unattributed before the structure was read."""

from __future__ import annotations

import pytest
from conftest import every_problem

from attrlint.attribution import analyse
from attrlint.document import Document
from attrlint.ruleset import builtin_rule_set

SETTINGS = builtin_rule_set().settings


def unattributed(text: str) -> list[str]:
    """The first words of each quotation the analysis reports as having no speaker."""
    found = every_problem(analyse(Document("draft.md", text), SETTINGS))
    return [" ".join(text[p.start + 1 : p.start + 30].split()[:3]) for p in found if p.check == "unattributed"]


@pytest.mark.parametrize(
    "text",
    [
        # a subject and a verb outside the lexicon, before the quotation in its sentence
        'In March, Ann Voss fretted that the council was becoming "a club for the people who already own the town."',
        'The ferry company, in a letter to the council, objected, "We were never consulted on the timetable at all."',
        # right after the closing mark, either order, the sentence going on
        '"We were never told the bridge would close for a month," the ferryman grumbled, pointing at the river.',
        '"Nobody at the council picked up the phone all week," scoffed Ann Voss, 52, a ferry pilot.',
        '"Keep the fare where it is until the new boats arrive," the board recommends.',
        # a later quotation of the paragraph takes the speaker of the one before
        '"We were never told," scoffed Ann Voss, a pilot. "Nobody at the council picked up the phone all week."',
        # a sentence that is a speaker and a verb, then the quotation
        'The harbour master agreed. "Nobody has dredged this channel properly in a decade."',
        # a paragraph that is only a speaker and a verb, then a quotation paragraph
        'The chair looked at the pilots for a long time.\n\nShe sighed.\n\n"We will keep the fare for one more year."',
        # hypothetical speech has a speaker too
        'Did you ever hear a councillor say, "We will pay for the dredging out of our own budget"?',
        # a person and any verb ending the clause after the quotation, an irregular past and its particle too
        '"We will keep the fare where it is for a whole year," Ann Voss went on, looking at the pilots.',
        '"We will keep the fare where it is for a whole year," she went on.',
        # the verb first, a present in -s, before the speaker's name and age
        '"The council has never once asked the pilots about it," agrees Dagny Thorsell, 41, of Eastholm.',
        # a speaker with the place it belongs to, and the later quotation of its paragraph
        '"The ferry will run again in March," a voice-over in the advert states. "Nobody will be left behind."',
        # a perfect tense with a word between, and a participle in -en
        'By March Ann Voss had even fretted, "The council will build a second bridge before the first is paid for."',
        'As the harbour columnist Edda Brun had written a year before, "Nobody runs this town without the pilots."',
        # a sentence that opens with its speaker and reports what was said, then the quotation
        'The pilot further related that the storm had turned twice. "I saw the lighthouse go dark and come back."',
        # an infinitive introduces the quotation: the sentence names its doer
        'The chair rose in the middle of the vote to announce, "The ferry will run again from the first of March."',
        # a digest item whose paragraph ends with a bracketed outlet
        'Here is the digest.\n\nFERRY TIMETABLE CUT "The harbour board will run two boats a day from March." '
        "Details are on the board's site. [The Ledger.]",
        # an embedded post credited on the line below
        'Another morning lost "The ferry is cancelled again and nobody will say why" #ferry\n\n'
        "\u2014 Ann Voss (@annvoss) May 2, 2024",
    ],
)
def test_a_speaker_the_structure_shows_is_in_reach(text: str) -> None:
    assert unattributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a name with no verb of its own before the quotation: the attribution was cut
        'Under the plan from Ann Voss, "every bus route will stop at the new station by May."',
        # a quotation paragraph after a paragraph that quotes nobody
        "The council met on Tuesday to discuss the car park.\n\n"
        '"We will not sell the last free car park in this town."',
        # what is left once a speaker and verb are cut from after a quotation: a plural and a day, a time
        '"We will keep the fare where it is for a whole year," reporters Friday at the harbour.',
        '"We will keep the fare where it is for a whole year," Tuesday night, drawing applause.',
        # an infinitive whose object is the quoted words is no speech introduced
        'Under the new plan, the aim is to "clear the harbour of every old boat before the summer."',
        # "been" is no speaker's verb
        'By then the harbour has been "a place where nobody dares to moor a boat overnight."',
        # a sentence before that reports nobody's words
        'The pilots were angry that the storm had turned twice. "I saw the lighthouse go dark and come back."',
        # an adjective in -ed is no verb of a speaker
        'Under the revised timetable "every bus route will stop at the new station by May."',
        # a dash line longer than a credit is prose
        '"The ferry is cancelled again and nobody will say why."\n\n'
        "\u2014 and so the morning went, with the queue growing longer at the pier and nobody from the council "
        "coming down to explain what had gone wrong with the boats this time.",
    ],
)
def test_a_quotation_with_no_speaker_in_reach_is_still_reported(text: str) -> None:
    assert len(unattributed(text)) == 1


def test_a_sentence_is_read_back_over_a_few_quotations_only() -> None:
    """Before a quotation, only the nearest quotations of its sentence are stepped over: a subject and
    verb behind more of them than that is not read, so a line of marks costs each quotation a few steps."""
    from attrlint.quotes import analyse as quotes_of
    from attrlint.speaker_reach import MAX_QUOTATIONS_BACK, SpeakerReach

    def stretches(count: int) -> list[str]:
        text = "Ann Voss fretted that " + '"no" ' * count + '"the last one."'
        doc = Document("draft.md", text)
        quotations = sorted((q for q in quotes_of(doc, SETTINGS).quotations if q.level == 0), key=lambda q: q.start)
        reach = SpeakerReach(doc, quotations)
        return [text[a:b] for a, b in reach.outside_quotations(0, quotations[-1].start)]

    assert "Ann Voss fretted that " in stretches(MAX_QUOTATIONS_BACK - 1)
    assert "Ann Voss fretted that " not in stretches(MAX_QUOTATIONS_BACK + 1)
    assert len(stretches(MAX_QUOTATIONS_BACK * 50)) <= MAX_QUOTATIONS_BACK
