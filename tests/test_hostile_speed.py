"""Hostile drafts take time in proportion to their length (issue 12, point 10).

Each test times one analysis on a hostile shape at a size and at four times that size, and asks
the ratio to stay under 8: a linear scan takes about 4 times as long, a quadratic one 16 times.
The sizes keep each test to a second or two; `bench/hostile.py` runs the same shapes at 10 MB
through the CLI.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable

import regex
from conftest import every_problem

from attrlint import attribution
from attrlint.cue_reading import Attribution
from attrlint.document import Document
from attrlint.names import analyse as analyse_names
from attrlint.names import is_headline
from attrlint.quotes import analyse as analyse_quotes
from attrlint.ruleset import builtin_rule_set
from attrlint.source_class import ANONYMOUS, CLAUSE_AFTER_ADJUNCT, VAGUE, clause_after_adjunct
from attrlint.source_members import _first_words, named_before, with_members_named
from attrlint.source_public import public_acts
from attrlint.spelling import fold, same_person_spelling

SETTINGS = builtin_rule_set().settings
MAX_RATIO = 8  # linear is 4, quadratic 16


MIN_SECONDS = 0.08  # the smaller size is grown until it takes this long, so the timer's noise stays small


def _seconds(run: Callable[[str], object], text: str) -> float:
    """The CPU time one run takes (which other processes on the machine do not stretch, as they do wall
    time), with the cycle collector paused as a real run has it, and the caches of what an earlier run
    worked out emptied."""
    for cached in (fold, same_person_spelling, is_headline, _first_words):
        cached.cache_clear()
    gc.disable()
    try:
        start = time.process_time()
        run(text)
        return time.process_time() - start
    finally:
        gc.enable()


def assert_linear(run: Callable[[str], object], shape: Callable[[int], str], size: int) -> None:
    """`run` on `shape(4 * n)` takes under MAX_RATIO times as long as on `shape(n)`, for an n from
    `size` up that takes long enough to time. Each size is timed twice and its best run kept, so that
    a busy moment (another process sharing the core's caches) does not read as a quadratic scan."""
    run(shape(1))  # compile the patterns first
    small = _seconds(run, shape(size))
    while small < MIN_SECONDS:
        size *= min(8, max(2, math.ceil(MIN_SECONDS / max(small, 0.001))))
        small = _seconds(run, shape(size))
    small = min(small, _seconds(run, shape(size)))
    large_text = shape(4 * size)
    large = min(_seconds(run, large_text), _seconds(run, large_text))  # the best of two, as for the small size
    assert large / small < MAX_RATIO, f"{size}: {small:.3f} s, {4 * size}: {large:.3f} s ({large / small:.1f}x)"


def quotes(text: str) -> object:
    return analyse_quotes(Document("draft.md", text), SETTINGS)


def sourcing(text: str) -> object:
    """The attribution analysis and every problem it finds (the quote and name analyses with it)."""
    return every_problem(attribution.analyse(Document("draft.md", text), SETTINGS))


# --- quotation marks on one long line ------------------------------------------------------------------


def test_a_line_of_spaced_straight_marks() -> None:
    assert_linear(quotes, lambda n: 'a " ' * n, 1_000)


def test_a_line_of_inch_marks_after_digits() -> None:
    assert_linear(quotes, lambda n: '1" ' * n, 1_000)


def test_a_line_of_measures_before_nouns() -> None:
    assert_linear(quotes, lambda n: '12" pizza ' * n, 1_000)


def test_a_line_of_marks_among_links_and_code() -> None:
    assert_linear(quotes, lambda n: 'see http://example.com/a and `b` " ' * n, 500)


def test_a_line_of_link_targets_never_closed() -> None:
    assert_linear(quotes, lambda n: '[a](b " ' * n, 200)


def test_a_paragraph_of_plural_possessives() -> None:
    assert_linear(quotes, lambda n: "\u2018the students\u2019 union " * n, 2_000)


# --- quotations, figures and vague sources -------------------------------------------------------------


def test_paragraphs_each_an_unattributed_quotation() -> None:
    assert_linear(sourcing, lambda n: '"This is a quotation nobody said out loud."\n\n' * n, 200)


def test_partial_quotations_after_a_title_word_in_one_sentence() -> None:
    assert_linear(sourcing, lambda n: "called \u201cthe best of times and the worst.\u201d " * n, 200)


def test_quotations_among_links_in_one_sentence() -> None:
    assert_linear(sourcing, lambda n: 'see http://example.com/a and "q" ' * n, 200)


def test_quotations_after_a_long_paragraph() -> None:
    assert_linear(sourcing, lambda n: "Lead.\n\n" + "word " * (20 * n) + '\n\n"Five words in this quote" ' * n, 100)


def test_phrase_cues_inside_a_long_run_of_capitalised_words_then_a_word() -> None:
    shape = lambda n: "Lead.\n\n" + "the and " * (2 * n) + "according to " + "According To " * n + "x."  # noqa: E731
    assert_linear(sourcing, shape, 50)


def test_phrase_cues_inside_a_long_run_of_capitalised_words() -> None:
    assert_linear(sourcing, lambda n: "Lead.\n\n" + "the and " * (2 * n) + "according to " + "According To " * n, 50)


def test_sourcing_by_unnamed_data() -> None:
    assert_linear(sourcing, lambda n: "according to data. " * n, 200)


def test_unnamed_sources_each_opening_a_quotation_in_one_paragraph() -> None:
    """Each source's quotation runs on to the paragraph's end, where its reason for anonymity may stand."""
    assert_linear(sourcing, lambda n: "Critics said \u201cmore of it. " * n, 200)


def test_anonymous_sources_described_alike_among_quoted_sentences() -> None:
    """Each source is described alike elsewhere, where its reason may be given."""
    assert_linear(sourcing, lambda n: "\u201cIt ends,\u201d said a senior official. \u201cWe go.\u201d " * n, 200)


def _public_acts_of(text: str) -> object:
    """Every "an aide said" of the draft read as an anonymous source, reclassed if it acts in public; each source
    read as naming its body, so that a body's channel is looked for too."""
    doc = Document("draft.md", text)
    found = [
        Attribution((m.end() + 1, m.end() + 5), "said", m.span(), "an aide", ANONYMOUS)
        for m in regex.finditer("an aide", text)
    ]
    return public_acts(("tweeted",), channels=("speech",), body_channels=("statement",)).reclassed(
        doc, found, lambda source: ["Board"], lambda source: False
    )


def test_anonymous_sources_each_after_a_quotation_in_one_paragraph() -> None:
    """A public channel after the cue ("..., an aide said in a speech", or a body's "in a statement") is looked
    for a few words on, not through the rest of the draft."""
    assert_linear(_public_acts_of, lambda n: "\u201cWe are done here,\u201d an aide said. " * n, 500)


def test_anonymous_sources_quoted_then_a_person_named_in_full() -> None:
    """Each source's quotation is looked for again only in the sentences where a person named in full speaks,
    and the speakers of a sentence are found without reading all of them."""
    shape = lambda n: "\u201cWe are done here,\u201d an official said. " * n + "Ann Voss said so."  # noqa: E731
    assert_linear(sourcing, shape, 800)


def test_anonymous_sources_quoted_then_many_people_named_in_full() -> None:
    """The sentences where a person named in full speaks, and their quotation marks, are found once a draft:
    each source reading every later speaker was quadratic."""
    shape = lambda n: "\u201cWe are done here,\u201d an official said. " * n + "Ann Voss said so. " * n  # noqa: E731
    assert_linear(sourcing, shape, 100)


def test_anonymous_sources_quoted_then_many_people_quoting_other_words() -> None:
    """A source's quoted words are looked for only at the later marks that open with its first word:
    each source reading every later quotation was quadratic."""
    said = "\u201cWe are done here,\u201d an official said. \u201cThey left,\u201d said Ann Voss. "
    assert_linear(sourcing, lambda n: said * n, 100)


_GROUP_THEN_MEMBER = regex.compile(r"(?P<group>Critics) (?P<said>said)[^\u201d]+\u201d (?P<cue>said) (?P<name>Ann \w+)")


def _members_named(text: str) -> object:
    """Each "Critics said" of the draft read as a vague group, each "said Ann ..." after it as a person named in
    full, and each group asked whether its member is named."""
    found: list[Attribution] = []
    for m in _GROUP_THEN_MEMBER.finditer(text):
        found.append(Attribution(m.span("said"), "said", m.span("group"), "Critics", VAGUE))
        found.append(Attribution(m.span("cue"), "said", m.span("name"), m.group("name"), "person"))
    return with_members_named(Document("draft.md", text), found)


def test_vague_groups_each_followed_by_a_member_named_in_full() -> None:
    """Whether the group's words open on a clause after the cue's adjunct ("said on Monday that") is read a few
    words on: `regex` looked for the clause's "that" from each group to the end of a draft that has none."""
    said = "Critics said the plan failed. \u201cIt failed,\u201d said Ann {}, a member. "
    assert_linear(_members_named, lambda n: "".join(said.format(_name(i)) for i in range(n)), 200)


def test_figures_in_one_paragraph() -> None:
    assert_linear(sourcing, lambda n: "It rose 5 percent. " * n, 200)


# --- names ---------------------------------------------------------------------------------------------


def names_of(text: str) -> object:
    return analyse_names(Document("draft.md", text), SETTINGS)


def _name(number: int, letters: str = "aeiourlnst") -> str:
    """A distinct capitalised made-up name for each number."""
    word = ""
    while True:
        number, digit = divmod(number, len(letters))
        word += letters[digit]
        if not number:
            return "K" + word + "ov"


def test_many_people_named_in_full() -> None:
    assert_linear(
        names_of, lambda n: "".join(f"Ann {_name(i)} spoke. {_name(i + n)} said so.\n\n" for i in range(n)), 100
    )


def _each_named_before(text: str) -> object:
    """For each name of the draft, whether the draft named it before (as for each member of a vague group)."""
    return [named_before(text, m.group(), m.start()) for m in regex.finditer(r"K\w+", text)]


def test_many_names_each_asked_whether_named_before() -> None:
    """A name is looked up among the words the draft names first, not searched for from its start."""
    paragraph = lambda i: f"Ann {_name(i)} spoke." + " The board met again that week." * 24 + "\n\n"  # noqa: E731
    assert_linear(_each_named_before, lambda n: "".join(paragraph(i) for i in range(n)), 50)


def test_many_surnames_after_titles_in_one_paragraph() -> None:
    assert_linear(names_of, lambda n: " ".join(f"Ms. {_name(i)} spoke." for i in range(n)), 100)


def test_many_first_names_for_one_surname() -> None:
    assert_linear(names_of, lambda n: " ".join(f"{_name(i)} Harth said." for i in range(n)), 100)


def test_many_close_first_names_for_one_surname() -> None:
    assert_linear(names_of, lambda n: " ".join(f"Laur{'aeiouy'[i % 6]} Harth said." for i in range(n)), 100)


def test_long_surnames_spelled_two_ways() -> None:
    assert_linear(names_of, lambda n: f"Ann B{'a' * n} said.\n\nMs. B{'a' * n}b spoke.\n", 200)


# --- the rules ----------------------------------------------------------------------------------------

RULE_SET = builtin_rule_set()


def lint(text: str) -> object:
    """Every rule on by default, with the fixes they offer."""
    return RULE_SET.lint(Document("draft.md", text))


def test_a_line_of_marks_turned_the_wrong_way() -> None:
    """Each turned mark's fix asks whether the mark is also detached."""
    assert_linear(lint, lambda n: "x \u201cb \u201dc " * n, 200)


def test_a_long_line_of_commas_under_a_line_introducing_references() -> None:
    """A reference's year may stand after any comma of its line: it is looked for once a line."""
    shape = lambda n: "The quay reopened on Monday.\n\nShare this story on Facebook\n\nSources:\n\n" + "a, b " * n  # noqa: E731
    assert_linear(lint, shape, 200)


def test_paragraphs_each_silenced_by_a_directive() -> None:
    silenced = "<!-- attrlint: disable-next-line BOI003 -->\nAdvertisement\n\n"
    assert_linear(lint, lambda n: "Lead.\n\n" + silenced * n, 200)


def test_directives_among_code_blocks() -> None:
    assert_linear(lint, lambda n: "Lead.\n\n" + "```\nx\n```\n\n<!-- attrlint: disable-line ATT001 -->\n\n" * n, 200)


# --- the document itself -------------------------------------------------------------------------------


def paragraphs_of(text: str) -> object:
    return Document("draft.md", text).paragraphs


def test_a_long_line_of_spaces() -> None:
    assert_linear(paragraphs_of, lambda n: "Lead.\n\n" + " " * n + "\n\nEnd.\n", 1_000)


def test_a_line_of_quotations_left_open() -> None:
    """Each quotation left open runs to the end of the paragraph, so they overlap."""
    assert_linear(sourcing, lambda n: "\u201ca\u201d\u201c" * n + " word" * (20 * n), 100)


def test_a_clause_after_an_adjunct_is_read_across_a_long_run_of_spaces() -> None:
    """Only what is not a space counts towards how far the clause is looked for: the same match as unbounded."""
    text = "told reporters on a call" + " " * 500 + "\n\n" + " " * 500 + "that it was over."
    at = text.index(" on")
    assert (
        clause_after_adjunct(text, at).span()
        == CLAUSE_AFTER_ADJUNCT.match(text, at).span()
        == (at, text.index("that") + 4)
    )
