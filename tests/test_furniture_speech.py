"""Speech the story reports names furniture as a prompt does ("Sign up for the alerts"), but a speaker and a
cue of speech (the boilerplate pack's `speech_cues`) give it to someone of the story: it is the story's own
line. The drafts are invented."""

from __future__ import annotations

import pytest
import regex
from conftest import boi_lines

from attrlint.furniture import FurnitureModel, whole_words
from attrlint.furniture_speech import quoted_remark, quotes_in_narration, reported_speech
from attrlint.language import language_lists
from attrlint.ruleset import builtin_rule_set

_FERRY_STORY = [
    "PELLOW — The harbour board voted on Tuesday to add two evening sailings to the island ferry from March,"
    " after a year of complaints from commuters who missed the last boat home.",
    "The new timetable will run until October, when the board will review ticket sales and the cost of fuel"
    " for the two older ferries.",
]


def _in_narration(text: str, model: FurnitureModel) -> bool:
    """A quotation in narration, read under the model's cues in a line of the body copy."""
    return quotes_in_narration(text, model.cue, model, False)


def _remark(texts: list[str], index: int, model: FurnitureModel) -> bool:
    return quoted_remark(texts, index, model.cue, model)


@pytest.mark.parametrize(
    "speech",
    [
        '"Sign up for the text alerts before the winter storms arrive," the harbour master told islanders.',
        "Download the ferry app to check sailings, the board urged passengers on Tuesday.",
        "\u201cFollow the harbour office on Facebook for sailing times,\u201d said Ann Voss, the board\u2019s chair.",
        'The harbour master told islanders: "Sign up for the text alerts before the storms."',
        '"Sign up for the text alerts tonight!" the harbour master told islanders.',
        '"Sign up for the text alerts before the storms," the harbour office tweeted.',
    ],
)
def test_a_prompt_a_speaker_of_the_story_is_reported_to_give_is_the_storys(speech: str) -> None:
    assert 5 not in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], speech, _FERRY_STORY[1]])


def test_a_headline_giving_the_prompt_to_its_speaker_is_the_storys() -> None:
    headline = "Sign up for storm alerts, harbour master urges islanders"
    assert 1 not in boi_lines([headline, *_FERRY_STORY])


@pytest.mark.parametrize(
    "residue",
    [
        "Sign up for storm alerts from the Pellow Gazette",  # no speaker, no cue
        "Sign up for our storm alerts, delivered to your inbox every morning",  # a clause after, but no cue
        "Sign up for storm alerts, we said",  # the site's own voice
        '"Sign up for our storm alerts," we asked.',
    ],
)
def test_a_prompt_with_no_speaker_of_the_story_stays_found(residue: str) -> None:
    assert 5 in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], residue, _FERRY_STORY[1]])


def test_reported_speech_needs_spoken_words_a_speaker_and_a_cue(model: FurnitureModel) -> None:
    assert reported_speech("Sign up for alerts, officials said.", model.cue, model, False)
    assert reported_speech("Sign up for alerts, said the harbour master.", model.cue, model, False)
    assert not reported_speech("Newsletter, said", model.cue, model, True)  # no speaker beside the cue
    assert not reported_speech("Sign up, said", model.cue, model, True)
    assert not reported_speech("Sign up for alerts, privacy policy, terms of use", model.cue, model, True)  # no cue
    assert not reported_speech("Sign up for alerts, we said", model.cue, model, True)  # the site's voice
    long_tail = "Sign up for alerts, and the harbour board will send you a message every morning when it said so"
    assert not reported_speech(long_tail, model.cue, model, True)  # the cue ends no short clause of attribution


@pytest.mark.parametrize(
    "teaser",
    [
        "Read more: Ferry newsletter to close next year, harbour board says",  # under a label
        "Ferry newsletter to close next year, harbour board says",  # a headline inside the body copy
    ],
)
def test_another_storys_teaser_set_as_reported_speech_is_no_speech_of_the_storys(
    model: FurnitureModel, teaser: str
) -> None:
    assert not reported_speech(teaser, model.cue, model, False)


def test_a_teaser_under_a_label_quoting_a_speaker_stays_found() -> None:
    teaser = "Related: \u201cWe will not close the newsletter,\u201d says Ann Voss"
    assert 5 in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], teaser, _FERRY_STORY[1]])


_SPEAKER = (
    "Ann Voss, who chairs the board, said the change would cost about 40,000 pounds a year and that islanders"
    " could help."
)


@pytest.mark.parametrize(
    "remark",
    [
        '"Follow the board on Facebook. Share the page with your neighbours."',
        "\u201cIf you have not signed up for the text alerts, do it today.\u201d",
    ],
)
def test_a_quotation_whose_speaker_the_paragraph_before_names_is_the_storys(remark: str) -> None:
    assert 7 not in boi_lines(
        ["Harbour board backs new ferry timetable", *_FERRY_STORY[:1], _SPEAKER, remark, _FERRY_STORY[1]]
    )


def test_a_quoted_remark_is_one_quotation_beside_a_named_speaker(model: FurnitureModel) -> None:
    remark = '"Follow the board on Facebook for sailing times."'
    assert _remark([_SPEAKER, remark], 1, model)
    assert _remark([remark, "Ann Voss said the board would post the times daily."], 0, model)
    assert not _remark([_FERRY_STORY[1], remark], 1, model)  # no speaker beside it
    assert not _remark([_SPEAKER, '"Follow the board" on Facebook for sailing times.'], 1, model)  # a phrase
    assert not _remark([_SPEAKER, '"Sign up"'], 1, model)  # no remark: no stop inside its marks


@pytest.mark.parametrize(
    "narration",
    [
        '"Sign up for the text alerts." That was the advice from Ann Voss on Friday.',
        "Her advice to islanders: \u201cSign up for the text alerts and keep your phone charged.\u201d",
    ],
)
def test_a_quotation_inside_narration_naming_its_speaker_is_the_storys(narration: str) -> None:
    assert 5 not in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], narration, _FERRY_STORY[1]])


def test_a_quotation_in_narration_needs_a_person_and_no_words_to_the_reader_outside_it(model: FurnitureModel) -> None:
    assert _in_narration('"Follow the board on Facebook." That was her advice.', model)
    assert not _in_narration('"Follow the board on Facebook." Share this page', model)  # nobody named
    assert not _in_narration('By clicking "Accept all," you agree to the use of cookies.', model)  # the reader
    assert not _in_narration("\u201cI read the newsletter every morning.\u201d \u2014 Ann Voss", model)  # a blurb
    assert not _in_narration('Listen to "Harbour Nights" with Ann Voss', model)  # a title, no quoted sentence
    promo = 'Ann Voss hosts the podcast "Well, Then." Subscribe here or listen to the latest episode below:'
    assert not _in_narration(promo, model)  # a prompt after the quoted title


def test_a_teaser_closed_by_no_stop_in_the_body_copy_is_no_quotation_in_narration() -> None:
    teaser = "\u201cSign up for the ferry alerts before the storms.\u201d Ann Voss tells Gazette"
    lines = ["Harbour board backs new ferry timetable", _FERRY_STORY[0], _FERRY_STORY[1], teaser, _FERRY_STORY[1]]
    assert 7 in boi_lines(lines)


def test_a_quoted_prompt_beside_a_paragraph_with_a_cue_but_no_speaker_stays_found() -> None:
    said = "The new timetable, it was said at the meeting, will run until October and may be extended in winter."
    prompt = '"Download our app for the latest sailing times."'
    assert 7 in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], said, prompt])


def test_a_relative_clause_after_a_prompt_is_no_speaker_and_cue() -> None:
    promo = "Subscribe to our ferry newsletter, which readers said was essential."
    assert 5 in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], promo, _FERRY_STORY[1]])


# The speech readings' one list: the learned verbs of speech, which the boilerplate pack names from the language data.
_SPEECH = regex.compile(whole_words([regex.escape(cue) for cue in language_lists()["speech_cues"]]), regex.IGNORECASE)


def test_the_speech_readings_name_the_learned_cues_and_the_narrow_reporting_cues_stay_narrow(
    model: FurnitureModel,
) -> None:
    rule = next(rule for rule in builtin_rule_set().rules if rule.code == "BOI001")
    assert rule.options["speech_cues"] == list(language_lists()["speech_cues"])
    assert {"read", "shared", "calls", "cautions", "insists", "explains"} <= set(rule.options["speech_cues"])
    assert {"read", "shared", "calls", "cautions", "insists", "explains"}.isdisjoint(model.cues)


@pytest.mark.parametrize(
    "speech",
    [
        "\u201cDownload the ferry app before you sail,\u201d the harbour master cautions.",  # a present, rare verb
        "Download the ferry app before you sail, the harbour master cautions islanders.",
        "Sign up for the text alerts before the storms, insists Ann Voss.",
        "\u201cLog in to the ferry app before you sail,\u201d explains Ann Voss, who runs the desk.",
    ],
)
def test_a_prompt_given_to_a_speaker_by_a_rare_verb_of_speech_is_the_storys(speech: str) -> None:
    assert 5 not in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], speech, _FERRY_STORY[1]])


def test_a_remark_beside_a_speaker_of_a_rare_verb_of_speech_is_the_storys() -> None:
    speaker = "Ann Voss, who runs the ferry desk, explains why islanders should not wait for the winter timetable."
    remark = "\u201cLog in to the ferry app tonight and check your bookings.\u201d"
    assert 7 not in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], speaker, remark])


@pytest.mark.parametrize(
    "residue",
    [
        "Sign up for our newsletter, published every Friday.",  # a time after the cue, no speaker
        "Share this story, shared 2,000 times.",  # a count after the cue
        "Sign up for the newsletter, posted by the desk every morning.",  # an agent's "by"
        "Download the app, launched this spring.",
        "Read our most popular story, which readers shared 10,000 times.",  # a relative clause
        "Sign up for the ferry alerts, Read More.",  # a button's capital
        "Read more: Ferry newsletter to close next year, harbour board says.",  # a label with a cue word
        "A round-up of ferry news, opinion and analysis, delivered to your inbox every Friday.",  # to the reader
    ],
)
def test_a_prompt_holding_a_cue_word_with_no_speaker_beside_it_stays_found(residue: str) -> None:
    assert 5 in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], residue, _FERRY_STORY[1]])


def test_one_reading_of_a_speaker_beside_a_cue_for_a_clause_and_a_paragraph(model: FurnitureModel) -> None:
    # a speaker of function words alone names nobody, after spoken words as beside a remark
    assert not reported_speech("Sign up for the ferry alerts, it was said.", _SPEECH, model, False)
    assert not quoted_remark(["It was said at the meeting.", '"Sign up for the ferry alerts."'], 1, _SPEECH, model)
    # after an inverted cue the speaker opens with an article, a story pronoun or a capital, in both
    assert reported_speech("Sign up for the ferry alerts, cautions the harbour master.", _SPEECH, model, False)
    assert not reported_speech("Sign up for the ferry newsletter, published every Friday.", _SPEECH, model, False)
    assert quoted_remark(["Cautioned the harbour master: be ready.", '"Sign up for the alerts."'], 1, _SPEECH, model)
    assert not quoted_remark(["Published every Friday, it goes out.", '"Sign up for the alerts."'], 1, _SPEECH, model)
    # a speaker before the cue is at most a few words: more are a clause of their own, in both
    long_subject = "and the harbour board will send a message to every islander when it"
    assert not reported_speech(f"Sign up for the ferry alerts, {long_subject} cautions.", _SPEECH, model, False)
    remark = '"Sign up for the ferry alerts."'
    assert not quoted_remark([f"The ferry runs late {long_subject} cautions.", remark], 1, _SPEECH, model)
    assert quoted_remark(["The timetable is late, the harbour master cautions.", remark], 1, _SPEECH, model)


def test_a_cue_word_with_a_capital_inside_a_name_credits_nobody() -> None:
    first_line = "Listen to Harbour Nights on Apple Podcasts, Spotify or Pocket Casts"
    assert 1 in boi_lines([first_line, "Harbour Nights: a ferry crew's winter", *_FERRY_STORY])


def test_a_speaker_introducing_a_quotation_may_follow_when_it_spoke(model: FurnitureModel) -> None:
    line = 'On Tuesday, the harbour master cautioned islanders: "Sign up for the text alerts before the storms."'
    assert reported_speech(line, _SPEECH, model, False)
    assert not reported_speech('Sign up below: "Ferry alerts, delivered daily."', _SPEECH, model, False)


@pytest.mark.parametrize(
    "speech",
    [
        "\u201cSign up for the ferry alerts and follow the harbour office on Facebook,\u201d said coastguards.",
        "Download the ferry app and sign up for sailing alerts, urged staff at the ticket office.",
        "Sign up for the storm alerts on the ferry app, said wardens on the quay.",
    ],
)
def test_a_speaker_in_lower_case_after_the_cue_is_the_storys(speech: str) -> None:
    assert 5 not in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], speech, _FERRY_STORY[1]])


def test_a_speaker_after_a_cue_in_lower_case_opens_with_a_word_of_letters(model: FurnitureModel) -> None:
    assert reported_speech("Book your crossing online, said wardens on the quay.", _SPEECH, model, False)
    assert not reported_speech("Join our ferry club, published every Friday.", _SPEECH, model, False)
    assert not reported_speech("Join our ferry club, posted each morning.", _SPEECH, model, False)  # a time
    assert not reported_speech("Read the ferry guide, shared 3,000 times.", _SPEECH, model, False)


@pytest.mark.parametrize(
    "speaker",
    [
        "The operations director of the island ferry service said crossings would be busy.",
        "Tom Pascoe, who has skippered the night ferry for nine winters, said the change was overdue.",
    ],
)
def test_a_long_speaker_in_the_paragraph_beside_a_remark_is_named(speaker: str) -> None:
    remark = "\u201cDownload the ferry app and sign up for the sailing alerts before you travel.\u201d"
    assert 7 not in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], speaker, remark])


def test_words_to_the_reader_after_the_attributions_comma_leave_it_the_storys(model: FurnitureModel) -> None:
    line = (
        "Download the ferry app and turn on sailing alerts, the ticket office told islanders, or you may find it full."
    )
    assert 5 not in boi_lines(["Harbour board backs new ferry timetable", _FERRY_STORY[0], line, _FERRY_STORY[1]])
    assert not reported_speech("Join the ferry club, delivered to your inbox, every week.", _SPEECH, model, False)


def test_a_speaker_after_a_cue_stops_at_its_sentences_end(model: FurnitureModel) -> None:
    line = "Our ferry guide, read. Harbour Lights returns in March."
    assert not reported_speech(line, _SPEECH, model, True)
