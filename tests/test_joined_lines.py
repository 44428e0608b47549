"""Lines of page furniture stacked under a line of the story with no blank line between (kinds/joined_lines.py)."""

from __future__ import annotations

import pytest

from attrlint.document import Document, lines_in
from attrlint.furniture import FurnitureModel
from attrlint.kinds.joined_lines import set_one_a_line
from attrlint.ruleset import builtin_rule_set

STORY = (
    "The harbour board voted on Tuesday to close the north pier for repairs until the spring, "
    "its chair said after the meeting.\n\n"
    "Ferries will run every hour from the south quay while the work goes on, according to the operator.\n\n"
)


def findings(text: str) -> set[tuple[int, str]]:
    found, _ = builtin_rule_set().lint(Document("draft.md", text))
    return {(finding.line, finding.code) for finding in found if finding.code.startswith("BOI")}


def test_furniture_lines_stacked_under_a_line_of_the_story_are_each_reported_on_their_own_line() -> None:
    draft = (
        STORY + "\u201cWe will be back on the pier by May,\u201d the harbour master said.\n"
        "Have your say \u2014 sign in to comment on this story\n"
        "Imprint \u00b7 Terms of Sale \u00b7 Accessibility \u00b7 Contact us\n"
    )
    assert len(Document("draft.md", draft).paragraphs) == 3  # the three lines read as one hard-wrapped paragraph
    found = findings(draft)
    assert {line for line, _ in found} == {6, 7}
    assert (7, "BOI006") in found


def test_each_line_reported_carries_a_fix_that_deletes_that_line_alone() -> None:
    tickets = "Tickets go on sale at the quay office on Monday, the clerk said.\n"
    prompt = "No comments yet \u2014 be the first to share your view\n"
    draft = STORY + tickets + prompt + "Imprint \u00b7 Terms of Sale \u00b7 Accessibility \u00b7 Contact us\n"
    assert len(Document("draft.md", draft).paragraphs) == 3
    found, _ = builtin_rule_set().lint(Document("draft.md", draft))
    (finding,) = [f for f in found if f.code == "BOI009"]
    assert finding.line == 6 and finding.fix is not None
    (edit,) = finding.fix.edits
    assert draft[edit.start : edit.end] == prompt


def test_a_hard_wrapped_paragraph_that_runs_its_sentences_on_is_read_as_one(model: FurnitureModel) -> None:
    wrapped = (
        "Readers left hundreds of comments under the council's post, and the clerk said\n"
        "the moderators would sign in each morning to read the newest of them before the\n"
        "meeting on Thursday."
    )
    doc = Document("draft.md", STORY + wrapped + "\n")
    start, end = doc.paragraphs[-1]
    assert not set_one_a_line(doc, model, lines_in(doc.text, start, end))
    assert not findings(STORY + wrapped + "\n")


def test_lines_that_each_open_a_unit_of_their_own_are_set_one_a_line(model: FurnitureModel) -> None:
    tickets = "Tickets go on sale at the quay office on Monday\n"
    doc = Document("draft.md", tickets + "Comments are moderated by our staff overnight.\n")
    ((start, end),) = doc.paragraphs
    assert set_one_a_line(doc, model, lines_in(doc.text, start, end))


@pytest.mark.parametrize(
    "wrapped",
    [
        # a line ending in a function word runs on, whatever the next line opens with
        "The drone footage of the flooded marina was shot by a fisherman and sold to\n"
        "Reuters Pictures, which syndicated it to broadcasters in four countries.",
        # a line ending in a comma runs on too
        "Anyone who bought a season ticket before the storm,\n"
        "Privacy campaigners say, should have been told where the data went.",
    ],
)
def test_a_break_after_a_comma_or_a_function_word_runs_on_before_a_capital(wrapped: str, model: FurnitureModel) -> None:
    doc = Document("draft.md", STORY + wrapped + "\n")
    start, end = doc.paragraphs[-1]
    assert not set_one_a_line(doc, model, lines_in(doc.text, start, end))
    assert not findings(STORY + wrapped + "\n")


def test_a_line_after_one_that_ends_no_sentence_is_not_read_alone() -> None:
    wrapped = (
        "An audit published on Friday found that the marina company's mobile\n"
        "App and newsletter sign-up page had kept customers' card details\n"
        "Without any safeguards. The company must now delete them, it said.\n"
    )
    assert not findings(STORY + wrapped)


def test_a_line_reported_inside_a_sentence_gets_no_fix() -> None:
    prompt = "Sign up for the Harbour Gazette's morning newsletter here\n"
    draft = STORY + prompt + "Councillors will vote on the budget in March.\n"
    assert len(Document("draft.md", draft).paragraphs) == 3
    found, _ = builtin_rule_set().lint(Document("draft.md", draft))
    reported = [finding for finding in found if finding.code.startswith("BOI")]
    assert [finding.line for finding in reported] == [5]
    assert reported[0].fix is None  # the line may open the sentence under it


def test_a_headline_with_its_deck_stacked_under_it_is_the_articles_own() -> None:
    draft = (
        "Marina owners to rebuild storm wall \u2014 watch our live stream of the inquiry\n"
        "The wall will be rebuilt by the summer, the marina's owners tell the inquiry\n\n"
        "The marina's owners told the inquiry on Monday that the storm wall would be rebuilt by the summer.\n\n"
        "Boats will moor at the fuel dock while the wall is rebuilt, the owners said. The inquiry was streamed live.\n"
    )
    assert len(Document("draft.md", draft).paragraphs) == 3
    assert not findings(draft)


def test_a_block_keeps_the_phrase_finding_of_a_rule_that_reports_none_of_its_lines() -> None:
    # the call to action is the phrase-only rule's, found in the block; the terms line is the model's, read alone
    draft = STORY + "Got a tip? Email the harbour newsroom tonight\nImprint \u00b7 Terms of Sale \u00b7 Accessibility\n"
    assert len(Document("draft.md", draft).paragraphs) == 3
    assert findings(draft) == {(5, "BOI011"), (6, "BOI006")}


def test_a_stacked_line_that_a_rules_phrases_name_is_that_rules_to_report() -> None:
    draft = (
        STORY + "\u201cWe will be back on the pier by May,\u201d the harbour master said.\n"
        "Imprint \u00b7 Terms of Sale \u00b7 Accessibility \u00b7 Contact us\n"
        "Got a tip for our reporters? Share it below.\n"
    )
    assert len(Document("draft.md", draft).paragraphs) == 3
    assert findings(draft) == {(6, "BOI006"), (7, "BOI009")}


def test_a_stacked_lines_words_are_compared_with_the_other_paragraphs_not_its_own_block() -> None:
    # the block is 15 words or more, so body copy: read against itself, the sponsor's words would be the story's
    draft = (
        STORY + "The pier will reopen in May once the repairs are finished, the chair said.\n"
        "Sponsored links from Bayside Marine and Chandlery\n"
        "Imprint \u00b7 Terms of Sale \u00b7 Accessibility \u00b7 Contact us\n"
    )
    assert len(Document("draft.md", draft).paragraphs) == 3
    assert findings(draft) == {(6, "BOI003"), (7, "BOI006")}
