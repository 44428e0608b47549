"""Lines of page furniture stacked under a line of the story with no blank line between (kinds/joined_lines.py)."""

from __future__ import annotations

from attrlint.document import Document
from attrlint.kinds.joined_lines import line_spans, set_one_a_line
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
    tickets = "Tickets go on sale at the quay office on Monday\n"
    draft = STORY + tickets + "No comments yet. Be the first to share your view.\n"
    assert len(Document("draft.md", draft).paragraphs) == 3
    found, _ = builtin_rule_set().lint(Document("draft.md", draft))
    (finding,) = [f for f in found if f.code == "BOI009"]
    assert finding.line == 6 and finding.fix is not None
    (edit,) = finding.fix.edits
    assert draft[edit.start : edit.end] == "No comments yet. Be the first to share your view.\n"


def test_a_hard_wrapped_paragraph_that_runs_its_sentences_on_is_read_as_one() -> None:
    wrapped = (
        "Readers left hundreds of comments under the council's post, and the clerk said\n"
        "the moderators would sign in each morning to read the newest of them before the\n"
        "meeting on Thursday."
    )
    doc = Document("draft.md", STORY + wrapped + "\n")
    start, end = doc.paragraphs[-1]
    assert not set_one_a_line(doc, line_spans(doc, start, end))
    assert not findings(STORY + wrapped + "\n")


def test_lines_that_each_open_a_unit_of_their_own_are_set_one_a_line() -> None:
    tickets = "Tickets go on sale at the quay office on Monday\n"
    doc = Document("draft.md", tickets + "Comments are moderated by our staff overnight.\n")
    ((start, end),) = doc.paragraphs
    assert set_one_a_line(doc, line_spans(doc, start, end))
