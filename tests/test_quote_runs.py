"""Issue 16: lost paragraph breaks, embedded posts and one finding per defect (attrlint.quotes).

Measures are inert marks: they are tested with the others in test_quotes.py."""

from __future__ import annotations

import pytest

from attrlint.document import Document
from attrlint.quote_analysis import DETACHED, JOINED, NESTED, SPACING, UNCLOSED, QuoteAnalysis
from attrlint.quotes import analyse
from attrlint.ruleset import builtin_rule_set

LEXICONS = builtin_rule_set().settings

# A quotation over three paragraphs, as the news convention sets it.
FIRST = "\u201cThe pier will be rebuilt by the summer, and the contract has been signed with a firm from the coast."
SECOND = "\u201cThe road to the car park will follow in the autumn, once the survey of the old sea wall is done."
THIRD = "\u201cAfter that we will look again at the ferry timetable,\u201d she said."
CONVENTION = f"The harbour master spoke on Monday.\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n"
JOINED_COPY = f"The harbour master spoke on Monday.\n\n{FIRST} {SECOND} {THIRD}\n"
CAPTION = "The old quay at Eastholm, pictured in 2019"  # an image caption, as exports join it in


def run(text: str) -> QuoteAnalysis:
    return analyse(Document("draft.md", text), LEXICONS)


def checks(text: str) -> list[str]:
    return [problem.check for problem in run(text).problems]


def test_a_closing_mark_after_a_number_still_closes_an_open_quotation():
    assert [q.end for q in run('She called it "Agenda 21" and left.').quotations] == [len('She called it "Agenda 21"')]


def test_paragraphs_joined_inside_a_quotation_give_one_info_problem_and_one_quotation():
    analysis = run(JOINED_COPY)
    assert [problem.check for problem in analysis.problems] == [JOINED]
    assert analysis.problems[0].start == JOINED_COPY.index(SECOND)
    [quotation] = analysis.quotations
    assert JOINED_COPY[quotation.start : quotation.end] == f"{FIRST} {SECOND} {THIRD}"[: -len(" she said.")]


def test_the_convention_itself_is_not_reported_as_joined():
    assert checks(CONVENTION) == []


def test_a_short_quotation_whose_closing_mark_was_dropped_is_still_unclosed():
    text = "\u201cWe lost, she said. \u201cWe will be back next year,\u201d the captain added."
    assert UNCLOSED in checks(text) and JOINED not in checks(text)


def test_narration_inside_the_run_keeps_the_closing_mark_lost():
    text = (
        "\u201cThe pier will be rebuilt by the summer and the contract is signed, the harbour master said. "
        "\u201cThe road to the car park will follow in the autumn,\u201d she added."
    )
    assert JOINED not in checks(text)


def test_a_quotation_resumes_after_an_embedded_post():
    text = (
        "The coach spoke after the final whistle.\n\n"
        "\u201cWe were second best for an hour. Nobody in that dressing room will pretend otherwise.\n\n"
        "Proud of every one of the lads today pic.example/abc\n\n"
        "\u2014 Dunmore Vale Hawks (@DVHawks) November 20, 2019\n\n"
        "\u201cBut the last twenty minutes showed what this group can do,\u201d he said.\n"
    )
    analysis = run(text)
    assert analysis.problems == []
    assert len(analysis.quotations) == 1 and len(analysis.quotations[0].paragraphs) == 2


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe trains are late again because of the signal delays \u201d. That was all.",
        'The guard said "the trains are late because of the delays ". That was all.',
    ],
)
def test_a_closing_mark_set_apart_from_its_words_is_a_spacing_problem_only(text):
    assert checks(text) == [SPACING]


@pytest.mark.parametrize(
    "text", ["The council isn \u2018t ready, she said.", "We don \u2019t know yet.", "They don 't know yet."]
)
def test_an_apostrophe_typed_apart_from_its_word_is_a_spacing_problem_only(text):
    assert checks(text) == [SPACING]


@pytest.mark.parametrize(
    "text", ["Sophie in 't Veld spoke for the group.", "He called the plan a \u2018s\u2013t show\u2019."]
)
def test_names_and_censored_words_are_not_spaced_apostrophes(text):
    assert SPACING not in checks(text)


def test_a_run_holding_a_quotation_of_its_own_is_not_a_lost_paragraph():
    text = (
        "\u201cI am not hopeful about the talks, because the mayor has called the plan "
        "\u201ca race against the clock.\u201d \u201cBut we will keep going,\u201d he said."
    )
    assert JOINED not in checks(text)


def test_a_lost_break_after_a_colon_inside_the_quotation():
    text = (
        "She said: \u201cThe council asked three questions of every bidder, and wrote them down: "
        "\u201cCan you finish the pier before the summer season begins? "
        "\u201cWill the road stay open while you work on it?\u201d"
    )
    assert checks(text) == [JOINED]


def joined_and_apart(*paragraphs: str) -> tuple[list[str], list[str]]:
    """The problems of the paragraphs joined with a space, and of the same paragraphs set apart."""
    return checks(" ".join(paragraphs)), checks("\n\n".join(paragraphs))


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # a straight excerpt whose later paragraph opens with a curly mark
            'The letter went on: "The clerk read out what she called \u201cthe final offer.\u201d Nobody spoke.',
            '\u201cThen the chairman stood up and asked the hall for a vote on it."',
        ),
        (  # a curly quotation whose later paragraph opens with a straight mark
            "He wrote: \u201cThe ferry will not run on Sundays this winter, and the fares will rise.",
            '"The Monday boat will leave an hour later, at nine.\u201d',
        ),
    ],
)
def test_a_lost_break_adds_one_info_problem_to_what_the_paragraphs_gave(paragraphs):
    joined, apart = joined_and_apart(*paragraphs)
    assert sorted(joined) == sorted([*apart, JOINED])


def test_a_quotation_left_open_after_a_new_sentence_mark_is_a_detached_closing_mark():
    # Joined, a last paragraph never closed reads as a closing mark run into the next sentence, the
    # commoner defect and the one with a safe fix (known-gaps.md).
    text = "She said: \u201cThe pier will be rebuilt by the summer. \u201cThe road to the car park will follow soon.\n"
    assert checks(text) == [DETACHED]


def test_a_quotation_inside_in_the_other_style_is_not_a_lost_break():
    text = (
        '"The clerk read the notice aloud to the hall on Tuesday night. "It was short. '
        '\u201cThe bridge stays shut until the survey is done,\u201d it said, and nothing more."'
    )
    [joined] = [problem for problem in run(text).problems if problem.check == JOINED]
    assert joined.start == text.index('"It was') and UNCLOSED not in checks(text)


def test_an_opening_mark_typed_twice_is_one_quotation():
    text = (
        "The mayor posted: \u201c\u201cNobody in this town will be left without heat this winter,\u201d she wrote.\n\n"
        "\u201cWe will check on every one of them,\u201d her deputy said.\n"
    )
    analysis = run(text)
    assert [problem.check for problem in analysis.problems] == [NESTED]
    assert [len(quotation.paragraphs) for quotation in analysis.quotations] == [1, 1]


def test_a_line_of_a_block_opening_in_the_other_style_is_a_quotation_inside():
    text = (
        '"The council met late on Monday and passed the harbour budget by a single vote.\n'
        "\u201cWe are relieved, but the work starts now,\u201d the chairman said.\n"
        'The vote came after four hours of debate."\n'
    )
    assert JOINED not in checks(text) and "unopened" not in checks(text)


def test_narration_after_a_quotation_inside_ends_the_run():
    text = (
        '"After a year of talks the council has nothing to show, and the minister said "we are close," '
        "the mayor wrote.\n\n"
        '"So why is the pier still shut?" he asked in a second post.\n'
    )
    analysis = run(text)
    assert UNCLOSED in checks(text) and JOINED not in checks(text)
    assert all(len(quotation.paragraphs) == 1 for quotation in analysis.quotations)


def test_a_quotation_left_open_ends_where_narration_shows_its_closing_mark_was_lost():
    text = '"The ferry will run again in the spring if the repairs go well, said Ida Brandt, who runs it.\n'
    [quotation] = run(text).quotations
    assert text[quotation.start : quotation.end] == '"The ferry will run again in the spring if the repairs go well,'


# The later paragraphs of a quotation open in more ways than with a capital: a dash, an ellipsis, a
# lower-case word. Joined, each is one lost break (the way the paragraphs were set apart gives nothing).
@pytest.mark.parametrize(
    "opening",
    [
        "\u2014 Then",
        "\u2014Then",
        "\u2026and then",
        "... and then",
        "and then",
        "\u2014 \u2026 and then",  # a dash, then an ellipsis
        "\u2026\u2026and then",  # an ellipsis typed twice
    ],
)
def test_a_continuation_opening_with_a_dash_an_ellipsis_or_a_lower_case_word_is_a_lost_break(opening):
    second = f"\u201c{opening} the road to the car park will follow, once the survey is done.\u201d"
    joined, apart = joined_and_apart(FIRST, second)
    assert (joined, apart) == ([JOINED], [])


@pytest.mark.parametrize(
    "narration",
    ["she said, and left.", "he told the meeting.", "the mayor added.", "said Ann Voss, who runs it.", "Voss replied."],
)
def test_a_mark_before_narration_after_a_stop_is_still_a_detached_closing_mark(narration):
    text = f"\u201cWe have cleared the whole site and the builders can start on the first Monday? \u201c{narration}"
    assert checks(text) == [DETACHED]


def test_titles_inside_a_straight_excerpt_whose_continuations_opened_curly_do_not_hide_a_lost_break():
    # After the switch of style a title in curly marks is quoted inside, not a paragraph's worth of its own
    # (its nesting is reported once a paragraph, so the joined line reports it once).
    paragraphs = (
        'The statement read: "The council has reviewed the \u201cHarbour Plan\u201d in full and found it sound.',
        "\u201cThe second phase, the \u201cNorth Quay,\u201d will start in the spring once the tenders are in.",
        '\u201cThe third will follow when the money is there."',
    )
    joined, apart = joined_and_apart(*paragraphs)
    assert set(joined) == {*apart, JOINED} and UNCLOSED not in joined


def test_a_quotation_in_single_marks_loses_its_breaks_as_one_in_double_marks_does():
    paragraphs = (
        "The harbour master wrote: \u2018We have waited long enough for a wall that will stand up to the weather.",
        "\u2018We hope the work will start on time.\u2019",
    )
    joined, apart = joined_and_apart(*paragraphs)
    assert (joined, apart) == ([JOINED], [])


def test_a_paragraph_with_lost_breaks_in_double_and_single_marks_is_reported_once():
    single = "\u2018We have waited long enough for a wall that will stand up to the weather. \u2018We hope so.\u2019"
    text = f"{FIRST} {SECOND} {THIRD} The harbour master wrote: {single}"
    assert checks(text) == [JOINED]


def test_a_quotation_resumes_after_an_embedded_post_joined_onto_its_line():
    post = "Extra ferries start next month! Book now. \u2014 Harwick Ferries (@harwickferries) May 2, 2025"
    joined, apart = joined_and_apart(FIRST, post, SECOND[:-1] + ".\u201d")
    assert (joined, apart) == ([JOINED], [])


@pytest.mark.parametrize(
    "middle", ["\u201cIt was short.", "\u201c\u2018Why not sooner?\u2019 people ask.", "\u201c(The road will follow.)"]
)
def test_a_short_paragraph_or_one_opening_with_a_bracket_between_two_lost_breaks(middle):
    last = "\u201cAfter that we will look again at the ferry timetable.\u201d"
    joined, apart = joined_and_apart(FIRST, middle, last)
    assert (joined, apart) == ([JOINED], [])


# A quotation may open mid-sentence (`told the meeting that \u201cthe pier ...`) and still run over
# paragraphs; its first paragraph may end in a dash, a link or a hashtag; the next may open with an
# amount, a handle or a space after its mark. Joined, each is one lost break and nothing else.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The harbour master told the meeting that \u201cthe pier will be rebuilt by the summer with money from "
            "the coast.",
            "\u201cThe road to the car park will follow in the autumn.\u201d",
        ),
        (
            "She said the council \u201chad no choice but to close the pier for the whole of the winter season.",
            "\u201cWe will open it again when the survey is done,\u201d she said.",
        ),
        (
            "The engineer said: \u201cWe were going to rebuild the whole wall ourselves, and then \u2014",
            "\u201cAnd then the money ran out on us,\u201d she said.",
        ),
        (
            "The engineer said: \u201cWe were going to rebuild the whole wall ourselves (and we did).",
            "\u201c$4 million is what it cost the town in the end,\u201d she said.",
        ),
        (
            "The club wrote: \u201cThe pier will be rebuilt by the summer with money from the coast.",
            "\u201c@harbourtrust will publish the plans on Friday.\u201d",
        ),
        (
            "The club posted: \u201cWork on the new stand starts in the spring, see the plans at https://example.com/stand",
            "\u201cThe old one comes down in March.\u201d",
        ),
        (
            "The club posted: \u201cWork on the new stand starts in the spring, come and see it #UpTheHawks",
            "\u201cThe old one comes down in March.\u201d",
        ),
        (
            "She said: \u201cWe were going to build the whole stand ourselves this year.",
            "\u201c Then the money ran out,\u201d she said.",
        ),
    ],
)
def test_a_lost_break_wherever_the_quotation_opened_and_however_its_paragraph_ended(first, second):
    assert checks(f"{first} {second}") == [JOINED]


def test_a_quotation_inside_in_the_other_style_may_end_the_paragraph_before_a_lost_break():
    paragraphs = (
        'The report said: "The board called the plan \u201ca farce from start to finish.\u201d',
        '"It went on to reject the rest of the proposal as well."',
    )
    joined, apart = joined_and_apart(*paragraphs)
    assert sorted(joined) == sorted([*apart, JOINED])


# A caption or a heading joined in between two paragraphs of a quotation (article exports lose those
# breaks too): one lost break, not an unclosed quotation.
@pytest.mark.parametrize("interlude", [CAPTION, "Money troubles", "MONEY TROUBLES AT THE PIER"])
def test_a_caption_or_heading_joined_into_a_quotation_is_a_lost_break(interlude):
    text = f"{FIRST} {interlude} {SECOND} {THIRD}"
    assert checks(text) == [JOINED]


# A caption joined in before the quotation's last paragraph, which may be short: speech closed after a stop,
# or before narration, whatever its words (a name) and wherever the tag's verb stands.
@pytest.mark.parametrize(
    "last",
    [
        "\u201cThey will rebuild it.\u201d",
        "\u201cWe will rebuild it,\u201d she said.",
        "\u201cHer name is Anna, Anna Voss,\u201d Lund said.",
        "\u201cEvery single boat,\u201d said Lund, who chairs the trust.",
        "\u201c9 boats out of 10.\u201d",  # a figure first
    ],
)
def test_a_caption_joined_in_before_a_short_last_paragraph_is_a_lost_break(last):
    text = f"She said: \u201cThe storm took most of the old pier with it overnight. {CAPTION} {last}"
    assert checks(text) == [JOINED]
    typewriter = text.replace("\u201c", "''").replace("\u201d", "''")  # a paper that sets marks as two apostrophes
    assert checks(typewriter) == [JOINED]


# A caption that ends in a date or a credit in brackets takes no title after it, so the quotation's last paragraph
# after it may be a word or two closed by a stop, in title case, or with its stop outside the mark.
@pytest.mark.parametrize("caption", [CAPTION, "Ann Voss at the pier, March 3, 2019", "The old quay (Eastholm Trust)"])
@pytest.mark.parametrize(
    "last",
    ["\u201cDone.\u201d", "\u201cOh.\u201d", "\u201cIt\u2019s Harbourgram.\u201d", "\u201cI\u2019m Ann Voss\u201d."],
)
def test_a_caption_closed_off_by_a_date_or_credit_before_a_short_last_paragraph_is_a_lost_break(caption, last):
    text = f"She said: \u201cThe storm took most of the old pier with it overnight. {caption} {last}"
    assert checks(text) == [JOINED]


@pytest.mark.parametrize(
    "after",
    [
        "She starred in the 2019 \u201cHarbour Lights.\u201d",  # a figure as a title's attribute
        "Fans of her 2019 \u201cHarbour Lights.\u201d",
        "Fans of the old show \u201cHarbour Lights.\u201d",
    ],
)
def test_a_short_title_after_a_figure_that_is_its_attribute_keeps_the_dropped_closing_mark(after):
    found = checks(f"She said: \u201cThe storm took most of the old pier with it overnight. {after}")
    assert JOINED not in found and {UNCLOSED, DETACHED} & set(found)


# Narration whose verb reports a clause (`, Ann Voss said it was`) may be a quoted excerpt's own, but it is just as
# much the writer's after a dropped closing mark (`"should stay open. In a post, Voss said she hopes`): still reported.
def test_narration_that_reports_a_clause_after_a_dropped_closing_mark_is_still_reported():
    text = (
        "The mayor wrote on Monday that the old quay \u201cshould stay open. In a post on the town\u2019s website, "
        "Ann Voss said she hopes the council will keep the harbour fund for the wall."
    )
    assert UNCLOSED in checks(text)


@pytest.mark.parametrize("tag", ["Ann Voss, the trust\u2019s chair, said.", "Ann Voss said on Monday."])
def test_a_tag_after_speech_inside_the_run_still_keeps_the_closing_mark_lost(tag):
    text = (
        f"\u201cWe will keep the quay open for as long as the wall stands, {tag} "
        "\u201cThe road to the car park will follow in the autumn,\u201d she added."
    )
    assert JOINED not in checks(text) and UNCLOSED in checks(text)


@pytest.mark.parametrize(
    "after",
    [
        "Then she said \u201cWe will rebuild it,\u201d and left the hall.",  # narration introducing a quotation
        "Fans of the old show \u201cHarbour Lights\u201d were upset.",  # a short title
        "Fans of the old show \u201cHarbour Lights.\u201d",  # one word of speech at most
    ],
)
def test_narration_or_a_title_after_a_dropped_closing_mark_is_not_read_as_after_a_caption(after):
    found = checks(f"She said: \u201cThe storm took most of the old pier with it overnight. {after}")
    assert JOINED not in found and {UNCLOSED, DETACHED} & set(found)


@pytest.mark.parametrize(
    "after",
    [
        "The mayor praised the book \u201cThe Rise and Fall of the Harbour Town\u201d in May.",  # a title
        "The mayor told reporters \u201cwe will open the pier again when the survey is done,\u201d on Friday.",
        # a sentence going on into a name, not a caption
        "Boats may ask for an \u201cEarly Berth slot if they arrive before the harbour office opens at six.",
        # speech that lost a stop, not a caption
        "I think the council does what it wants \u201cThey will close the pier whatever the town says,\u201d he said.",
    ],
)
def test_a_title_or_a_quotation_after_narration_is_not_read_as_after_a_caption(after):
    text = f"\u201cWe will keep the pier open for as long as the wall stands up. {after}"
    found = checks(text)
    assert JOINED not in found and {UNCLOSED, DETACHED} & set(found)  # the broken marks are still reported


def test_a_lost_break_before_a_paragraph_that_opens_with_a_quotation_inside_in_the_new_style():
    # A straight excerpt whose next paragraph opened with a curly mark, and the one after with a curly
    # quotation inside the excerpt: the last curly mark opens that quotation, not a third paragraph.
    text = (
        'The paper reported: "The council is still reluctant to call the fire at the pier arson, citing the inquiry. '
        "\u201cAt the town hall today, reporters asked the clerk about it. "
        '\u201cI do not want to talk about it while there is an inquiry,\u201d the clerk said."'
    )
    found = checks(text)
    assert JOINED in found and not {UNCLOSED, DETACHED, "unopened"} & set(found)


def test_a_mark_after_a_caption_with_nothing_after_it_is_no_lost_break():
    assert JOINED not in checks("\u201c Ms. Harth council \u201c \u201c.")


# Speech tells of itself as narration does: a speaker says what they or others said, and asks questions.
# None of it is the writer's narration, so none shows that the quotation's closing mark was lost.
@pytest.mark.parametrize(
    "first",
    [
        # a first-person subject before a speech verb (`, I ... said`)
        "The skipper said: \u201cThe quota is too low, and frankly, I don't like what they said.",
        "The skipper said: \u201cIn that job, I have written and responded to every letter the board sent us.",
        # a first-person word anywhere in the subject (`As I've said`: its first word is no pronoun, but the
        # narrator's subject is never `I`)
        "The skipper said: \u201cNo, we will not. As I\u2019ve said all week, the quay belongs to the whole town.",
        "The skipper said: \u201cNo, we will not. As I\u2019m told by the board, the quay belongs to the whole town.",
        # narration that introduces dialogue quoted inside in single marks
        "The skipper said: \u201cWe came in at dawn. He said, \u2018Tie her up at the north quay and wait.\u2019",
    ],
)
def test_what_speech_says_of_itself_does_not_end_a_lost_break(first):
    second = "\u201cThen we waited on the quay for the rest of the morning for the harbour master.\u201d"
    joined, apart = joined_and_apart(first, second)
    assert (joined, apart) == ([JOINED], [])


@pytest.mark.parametrize(
    "second", ["\u201cWho told you that?\u201d", "\u201cWho paid for it?\u201d", "\u201cNobody asked us!\u201d"]
)
def test_a_short_question_or_exclamation_after_a_lost_break_is_speech_not_narration(second):
    first = "The chairman asked: \u201cI have not heard anyone on the board cite that figure before today."
    joined, apart = joined_and_apart(first, second)
    assert (joined, apart) == ([JOINED], [])


@pytest.mark.parametrize("tag", ["the mayor said.", "Ann Voss said on Tuesday.", "Ann Voss told the board,"])
def test_a_third_person_tag_still_shows_a_lost_closing_mark(tag):
    text = (
        f"\u201cWe have cleared the whole site and the builders can start on Monday, {tag} "
        "\u201cThen they will start on the north end of the quay.\u201d"
    )
    assert JOINED not in checks(text)


# After a caption joined in, a short last paragraph is speech when a tag follows it, whatever the tag's
# verb and however its subject is set; one word that asks or exclaims is speech; so is speech led on by
# an ellipsis or a dash.
@pytest.mark.parametrize(
    "last",
    [
        "\u201cIt was more uplifting,\u201d the email read.",
        "\u201cI would say this,\u201d Lund answered.",
        "\u201cNot in my town,\u201d said the man who built it.",
        "\u201cYes, I back the plan,\u201d Ann Voss, chair of the trust, tells the Gazette.",
        "\u201cTo the extent they care,\u201d she added when the meeting ended.",
        "\u201cNever!\u201d",
        "\u201cThe town!\u201d the crowd shouted back.",
        "\u201c\u2026 they just go on with their little ways,\u201d she said.",
        "\u201cWell, what can we do? \u201d Voss asked, according to the minutes.",  # a closing mark set apart
        "\u201cStill from the Pier Cam #SaveThePier #Eastholm.\u201d",  # a post's words in capitals
    ],
)
def test_a_caption_joined_in_before_a_tagged_or_exclaimed_last_paragraph_is_a_lost_break(last):
    text = f"She said: \u201cThe storm took most of the old pier with it overnight. {CAPTION} {last}"
    assert checks(text) == [JOINED]


@pytest.mark.parametrize(
    "after",
    [
        "\u201cThe Rise and Fall,\u201d which he read twice.",  # a title, then a relative clause
        "\u201cThe Rise and Fall,\u201d a book by Ann Voss.",  # a title, then what it is
    ],
)
def test_a_title_after_a_caption_is_still_no_lost_break(after):
    text = f"He praised the new book on the town. {CAPTION} {after}"
    assert JOINED not in checks(text)


# After a caption, a continuation may open with a quotation inside it: its first word's case is read past the
# single mark.
@pytest.mark.parametrize(
    "last",
    [
        "\u201c\u2018Never again\u2019 is what the town told us after the last storm, and it meant it.\u201d",
        "\u201c'Never again' is what the town told us after the last storm, and it meant it.\u201d",
    ],
)
def test_a_continuation_opening_with_a_quotation_inside_after_a_caption_is_a_lost_break(last):
    text = f"She said: \u201cThe storm took most of the old pier with it overnight. {CAPTION} {last}"
    assert checks(text) == [JOINED]


@pytest.mark.parametrize(
    ("speech", "title"),
    [
        (  # speech in capitals, and a title in capitals
            "\u201cWE WILL NOT LET THEM CLOSE THE OLD PIER WITHOUT A FIGHT.\u201d",
            "\u201cTHE RISE AND FALL OF THE HARBOUR TOWN\u201d",
        ),
        (  # speech full of names, and a title full of names
            "\u201cAsk the Harbour Town Council and Mayor Ann Voss what happened to Eastholm Pier.\u201d",
            "\u201cThe Rise and Fall of the Harbour Town Council\u201d",
        ),
    ],
)
def test_speech_with_a_titles_capitals_after_a_caption_is_a_lost_break_and_the_title_is_not(speech, title):
    joined = f"She said: \u201cThe storm took most of the old pier with it overnight. {CAPTION} {speech}"
    assert checks(joined) == [JOINED]
    praised = f"The mayor praised the book {title} in May."
    assert JOINED not in checks(f"\u201cWe will keep the pier open for as long as the wall stands up. {praised}")


# A run that shows a lost break beyond doubt after a doubtful one: the quotation plainly goes on as speech
# past the doubtful mark, so it is one more lost break, not a dropped closing mark.
@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # a short first paragraph
            "The skipper said: \u201cThank you all.",
            "\u201cWe will take the new boat out past the north quay before the winter gales arrive.",
            "\u201cThe old one goes to the museum.\u201d",
        ),
        (  # an excerpt's own narration in its first paragraph
            "As the Gazette\u2019s Ann Voss wrote, \u201cafter the vote, Eastholm\u2019s harbour clerk said it was a "
            "mistake to wait another year for the money.",
            "\u201cThere are many layers to this story, but the town knows what it wants from its quay.",
            "\u201cThe pier will stand.\u201d",
        ),
    ],
)
def test_a_doubtful_mark_before_a_lost_break_beyond_doubt_is_a_lost_break(paragraphs):
    # (set apart, an excerpt's narration in a paragraph of its own reads as its unclosed quotation's end)
    assert checks(" ".join(paragraphs)) == [JOINED]


@pytest.mark.parametrize(
    "text",
    [
        # one doubtful mark and nothing after it to show the quotation went on as speech
        "\u201cNo. \u201cWe will take the new boat out past the north quay before the gales,\u201d she said.",
        "\u201cWe lost, she said. \u201cWe will be back next year and we will win the cup,\u201d the captain added.",
        # a closing mark moved onto a tag after a short run: the run after the doubtful mark opens as a tag
        "\u201cIt will all be fine. \u201cLund warns the board it has to stop arguing about the old sea wall. "
        "\u201cYou have done well. Keep going.\u201d",
        "\u201cNot one penny! \u201cVoss declared, a point she makes at every meeting of the harbour board. "
        "\u201cI pay my own way.\u201d",
        # a closing mark moved onto narration after a run of speech: the doubtful mark is the last
        "\u201cI would not be a skipper who took holidays. I would not be a skipper who takes days off. "
        "\u201cWhile sailing for the club in 2016, Lund said to the crew: \u201cI will be working for you all.\u201d",
    ],
)
def test_a_doubtful_mark_with_no_lost_break_beyond_doubt_after_it_is_still_reported(text):
    assert JOINED not in checks(text) and {UNCLOSED, DETACHED} & set(checks(text))


# A short last paragraph that holds a verb of narration but is quoted whole is speech: a tag after a closing
# mark typed as an opening one leaves nothing for the closing mark after it to close.
@pytest.mark.parametrize("last", ["Enough said.", "Well said.", "You said it.", "As I said.", "Nobody asked."])
def test_a_short_last_paragraph_quoted_whole_is_speech_whatever_its_verb(last):
    joined, apart = joined_and_apart(FIRST, f"\u201c{last}\u201d")
    assert (joined, apart) == ([JOINED], [])


# A quotation over paragraphs whose first paragraph quotes a phrase in the outer quotation's own marks (the
# article's own slip, QUO005), closed right before the stop: joined, one quotation with a nested slip and
# lost breaks, not a quotation of its own after an unclosed one.
SLIPS = [
    ("She said: \u201cWe have waited long enough for what the board calls \u201cthe harbour plan\u201d.", "\u201c"),
    ('She said: "We have waited long enough for what the board calls "the harbour plan".', '"'),
    ("She said: \u201cNobody will wait another year for what the board calls \u201cthe plan\u201d?", "\u201c"),
]


@pytest.mark.parametrize(("first", "mark"), SLIPS)
def test_a_same_marks_quotation_closed_before_the_stop_leaves_the_speech_running_on(first, mark):
    closing = "\u201d" if mark == "\u201c" else mark
    second = f"{mark}The wall will stand another winter, and the road will wait for the survey."
    third = f"{mark}After that we will look again at the ferry timetable,{closing} she said."
    joined, apart = joined_and_apart(first, second, third)
    assert apart == [NESTED]
    assert sorted(joined) == sorted([NESTED, JOINED])


def test_a_same_marks_quotation_closed_before_the_stop_of_narration_is_no_lost_break():
    text = (
        "\u201cI will not sign it,\u201d said Voss, who calls the plan \u201cthe harbour plan\u201d. "
        "\u201cNot this year.\u201d"
    )
    assert JOINED not in checks(text)
