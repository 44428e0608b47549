"""A person counted and not named, read as a source kept unnamed (ATT010) only where its cue informs.

Drafts of our own: invented names, places and wording.
"""

from __future__ import annotations

import pytest
from builtin_rules import lint_text

from attrlint.packs import load_rules

ALL_RULES = [rule for rule in load_rules()[0] if rule.pack == "attribution"]
HEADLINE = "Fares rise at Kestrel Quay\n\n"


def anonymity_codes(text: str) -> list[str]:
    findings = lint_text(HEADLINE + text, ALL_RULES)
    return sorted(f.code for f in findings if f.code in ("ATT006", "ATT010"))


@pytest.mark.parametrize(
    "text",
    [
        "A ferry passenger said the last ferry had been cancelled twice this month.",
        "At the depot, a bus driver said drivers were working double shifts.",
        "A neighbour said she saw the van leave before dawn.",
        "Two residents told the Courier that the quay floods every spring.",
        'One senior player said the squad was "a striker short" of a title.',
        "The pier will close in March, according to a harbour engineer.",
        "The pier will close in March, one longtime tenant said.",
        # who negotiate or organise speak across a table, not in public (WordNet files them as communicators)
        "A shipyard organiser said the crews would walk out in May.",
        "Two negotiators at the ferry talks said a deal on fares was near.",
    ],
)
def test_a_counted_person_who_informs_is_kept_unnamed(text: str):
    assert anonymity_codes(text) == ["ATT010"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a cue whose content is a claim the person asserts (`informing_cues`, learned from PolNeAR train), the
        # person before it or after it
        ("A harbour pilot noted that the channel had silted up again.", ["ATT006"]),
        ('"The channel has silted up," a harbour pilot warned.', ["ATT006"]),
        ('"The channel has silted up," warned a harbour pilot.', ["ATT006"]),
        ("A ferry worker wrote that the ferry was late again.", ["ATT006"]),
        ("A neighbour acknowledged that the fence was hers.", ["ATT010"]),
        ("A longtime tenant insisted the rent had doubled.", ["ATT010"]),
        ("A retired skipper pointed out that the buoys were missing.", ["ATT010"]),
    ],
)
def test_a_counted_person_informs_at_any_cue_of_a_claim_in_either_order(text: str, codes: list[str]):
    assert anonymity_codes(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        # a cue of an act, a wish or a belief, or one that reports an act however it is learned
        "A harbour pilot wants the channel dredged.",
        "A harbour pilot decided to stay ashore.",
        "A neighbour hopes the ferry will run again.",
        "A neighbour described the van as white.",
        "A harbour pilot urged the board to dredge the channel.",
        "A harbour pilot promised to dredge the channel.",
        "A harbour pilot warned the crew to stay ashore.",
    ],
)
def test_no_counted_person_source_at_a_cue_of_an_act_or_a_belief(text: str):
    assert anonymity_codes(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a member of a party or a nation, counted: a noun with its capital (`person_heads`), no insider
        ("A senior Tory said the harbour plan would cost more than promised.", ["ATT010"]),
        ("A senior Republican told the Ledger that the quay bill would fail.", ["ATT010"]),
        ('"The quay bill is dead," said one Democrat in the state senate.', ["ATT010"]),
        ("Two Texans said the ferry had been late all week.", ["ATT010"]),
        ("A Democrat familiar with the talks said the quay bill would fail.", ["ATT006"]),
        # a party is a body on record; its voters are no one counted; a name is no head; an act is no source
        ("The Republicans said the quay bill would pass.", []),
        ("Republicans said the quay bill would pass.", []),
        ("Two Republicans, Ines Okafor and Tomas Reyes, said the quay bill would fail.", []),
        ("A senior Republican wants the quay bill delayed.", []),
        ("The board met on Monday. One Voss said the quay bill would fail.", []),
    ],
)
def test_a_member_of_a_party_or_a_nation_counted_is_a_person_kept_unnamed(text: str, codes: list[str]):
    assert anonymity_codes(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        # acts, orders and requests: people of the story, not sources of information
        "An officer told her to leave the quay.",
        "A relative asked for an inquiry into the crash.",
        "A ferry pilot charged with dangerous sailing will be released on bail.",
        # someone hypothetical, or spoken to in the story
        "It hurts when a manager tells a nurse that she is slow.",
        "A passenger would have said the ferry was late.",
        "A pensioner told him she feared the fares would rise.",
        # named after all, or the object of a verb
        "Another tenant, Ines Okafor, said the pier would close.",
        "Of those who named a skipper said they trusted the crew.",
        # a body's voice, a trade on the record, a reason given
        "A spokesman for the harbour board said the pier would close.",
        "A Kestrel Ferries representative said in a statement that the pier would close.",
        "A columnist for the Ledger said the pier would close.",
        "One witness said the van ran the light at the quay.",
        "A shipyard organiser, who asked not to be named because she feared losing her job, said the crews would"
        " walk out.",
        "A ferry worker, who asked not to be named because she feared losing her job, said the ferry was late.",
        "A second ferry worker, a student, said she was hit. She gave only her first name, Ani, because she feared"
        " losing her job.",
    ],
)
def test_no_counted_person_source_where_it_acts_or_is_accounted_for(text: str):
    assert anonymity_codes(text) == []


def test_a_counted_person_who_knows_is_confidential_sourcing():
    text = "The quay will be sold, according to a shipping executive familiar with the talks."
    assert anonymity_codes(text) == ["ATT006"]


@pytest.mark.parametrize(
    "text",
    [
        "A senior aide said the pier would close. She gave only her first name, Ani, because she feared losing"
        " her job.",
        "A senior aide, speaking on condition of anonymity to offer a candid assessment, said the pier would close.",
        # a survey that takes its answers anonymously, for one of its respondents and every other
        '"The pier will close," said a harbour councillor, who, like all respondents, responded anonymously. "The'
        ' ferry goes next," added another harbour councillor.',
    ],
)
def test_a_reason_given_in_other_words_clears_an_unnamed_source(text: str):
    assert anonymity_codes(text) == []


def test_words_in_an_advertisement_are_on_the_record():
    assert anonymity_codes('"We cannot afford the fares," one aide says in an ad.') == []


@pytest.mark.parametrize(
    "text",
    [
        "A quay resident said the company wanted to sell the pier.",
        "A lakefront tenant said her family had stopped swimming in June.",
    ],
)
def test_a_reported_clause_after_said_may_open_on_an_article_or_a_possessive(text: str):
    assert anonymity_codes(text) == ["ATT010"]


def test_words_to_people_of_the_story_are_no_information_given_in_confidence():
    assert anonymity_codes('"The quay is sold," a harbour executive tells employees in a recorded message.') == []


def vague_codes(text: str) -> list[str]:
    return sorted(f.code for f in lint_text(HEADLINE + text, ALL_RULES) if f.code in ("ATT003", "ATT010"))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a plural too rare for the learned heads, with a person's ending, or an acronym's plural
        ("Some veteran lobstermen said the quay had silted up.", ["ATT003"]),
        ("Several dockside stallholders warned that the rents would double.", ["ATT003"]),
        ("A handful of quay MPs said the ferry subsidy would be cut.", ["ATT003"]),
        ("Two longtime lobstermen said the quay had silted up.", ["ATT010"]),
        ("A stallholder said the rents would double in spring.", ["ATT010"]),
    ],
)
def test_a_head_no_list_holds_is_people_by_its_shape(text: str, codes: list[str]):
    assert vague_codes(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        # a common word the learned lists leave out is no person, whatever its ending (at a speech cue, any plural
        # noun after a quantifier is a crowd nobody named: tests/test_unnamed_crowds.py)
        "Some papers insisted that the quay had silted up.",
        "Several computers showed that the rents would double.",
        # a rare word with no person's ending, and a crowd that acts
        "Some dockside kiosks insisted that the rents would double.",
        "Several lobstermen hauled their pots from the quay.",
    ],
)
def test_no_people_read_from_a_common_word_an_other_ending_or_an_act(text: str):
    assert vague_codes(text) == []


def crowd_codes(text: str) -> list[str]:
    return sorted(f.code for f in lint_text(HEADLINE + text, ALL_RULES) if f.code in ("ATT003", "ATT009"))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Someone on the harbour board said the fares had been set in secret.", ["ATT009"]),
        ("The fares will rise in March, according to somebody at the depot.", ["ATT009"]),
        # placed by a relative clause, read as the same words without it
        ("Someone who was at the board meeting said the fares had been set in secret.", ["ATT009"]),
        ("Someone who was in the crowd shouted at the harbour master.", []),
        # placed, but acting, not informing; alone, the story's own someone
        ("Someone in the crowd shouted at the harbour master.", []),
        ("Someone said the fares had been set in secret.", []),
    ],
)
def test_someone_placed_in_a_body_is_a_source_only_where_the_cue_informs(text: str, codes: list[str]):
    assert crowd_codes(text) == codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # words that say the person knows: confidential sourcing
        ("A ferry broker privy to the sale said the quay had been sold twice.", "ATT006"),
        ('"The pier is finished," said a surveyor briefed on the report.', "ATT006"),
        # words that only tie the person to the story: someone kept unnamed, not in confidence
        ("A ferry broker involved in the sale said the quay had been sold twice.", "ATT010"),
        ("Two stewards involved in the rescue told the Courier that the raft sank.", "ATT010"),
        # a relative clause that places the person: someone kept unnamed, not in confidence
        ("A passenger who was at the launch said the ferry listed badly.", "ATT010"),
        ("Two stewards who were on the quay told the Courier that the gangway gave way.", "ATT010"),
    ],
)
def test_a_counted_person_qualified_by_what_they_know_or_where_they_were(text: str, code: str):
    assert anonymity_codes(text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        # a body or a document, whatever the tail says of it
        "A paper close to the harbour board said the pier would close.",
        "A company involved in the sale said the quay had been sold twice.",
        # a relative clause that does not place the person, or a reason given
        "A porter who was angry said the ferry listed badly.",
        "A ferry broker involved in the sale, who asked not to be named because she feared losing her job, said the"
        " quay had been sold twice.",
    ],
)
def test_no_qualified_person_where_the_head_is_a_thing_or_the_reason_is_given(text: str):
    assert anonymity_codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Someone who was in the room said the fares had been set in secret.",
        "The fares were set in secret, two porters who were familiar with the board told the Courier.",
    ],
)
def test_words_that_say_the_source_knows_after_a_relative_clause_are_confidential(text: str):
    assert anonymity_codes(text) == ["ATT006"]


def test_words_that_tie_a_person_to_the_story_after_a_relative_clause_are_not_confidential():
    text = "The fares were set in secret, two tenants who were close to the board told the Courier."
    assert anonymity_codes(text) == ["ATT010"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # words that say the person knows: a source at any cue that carries content
        ("Two stewards familiar with the lease talks stated that the pier would close.", ["ATT006"]),
        ("A ferry broker privy to the sale predicted that the quay would be sold again.", ["ATT006"]),
        # words that only tie the person to the story: an actor at such a cue, one of no `informing_cues`
        ("A ferry broker involved in the sale predicted that the quay would be sold again.", []),
        # an act, or a person the words only place: no source at such a cue
        ("A ferry broker involved in the sale asked for an inquiry.", []),
        ("A porter who was at the launch explained that the ferry listed badly.", []),
    ],
)
def test_a_counted_person_who_knows_informs_at_any_cue_with_content(text: str, codes: list[str]):
    assert anonymity_codes(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        # a noun of a person's ending that the frequency list holds is no person by its tail alone
        "A barge involved in the collision said nothing, its skipper wrote that the lock jammed.",
        "A tanker involved in the collision said the nets were cut.",
        "A freighter involved in the collision said nothing, its master wrote that the lock jammed.",
    ],
)
def test_a_common_word_of_a_person_ending_is_no_person_by_its_tail(text: str):
    assert anonymity_codes(text) == []
