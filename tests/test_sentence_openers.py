"""Does a capitalised word open its sentence? One answer, `segment.opens_sentence`, for the cue reading (a
capitalised verb whose source follows it: "Said critics, ...") and the source edges (an inverted cue). Before
it, `CueReader.opens_sentence` looked 4 characters back and `source_edges._after_stop` read one closing mark;
the table keeps what each said, so that every row where the one answer differs from either is written down."""

from __future__ import annotations

import pytest
from conftest import source_kinds

from attrlint.segment import opens_sentence

WORD = "Said"

# (draft before the word, the one answer, CueReader.opens_sentence before it, _after_stop before it)
TABLE = [
    ("The ferry ran late. ", True, True, True),
    ("The ferry ran late, ", False, False, False),
    ("The ferry ran late.\n", True, True, True),
    ('The ferry ran late." ', True, True, True),
    ("The ferry ran late... ", True, True, True),
    ("", True, True, True),  # the paragraph's start
    ('The ferry ran late. "', False, False, False),  # an opening mark, not a closing one
    ('"', False, False, False),  # an opening mark at the paragraph's start
    ("The ferry ran late. ' ", False, False, False),  # a mark after a space closes nothing before it
    # where the two disagreed
    ("The ferry ran late.'\" ", True, True, False),  # several closing marks
    ("The ferry ran late (again.) ", True, False, True),  # a closing parenthesis
    ("The ferry ran late.    ", True, False, True),  # a stop and more than 3 spaces
    ('The ferry ran late."   ', True, False, True),  # a closing mark and 3 spaces
    ("     ", True, False, True),  # more than 4 spaces from the paragraph's start
    # where neither read a stop the segmenter splits at
    ("The ferry ran late\u2026 ", True, False, False),  # an ellipsis character
    ("The ferry ran late.] ", True, False, False),  # a closing bracket
]


@pytest.mark.parametrize("before, expected, _cue_reading, _edges", TABLE)
def test_a_capitalised_word_opens_its_sentence_after_a_stop_and_closing_marks(
    before: str, expected: bool, _cue_reading: bool, _edges: bool
) -> None:
    text = before + WORD + " critics"
    assert opens_sentence(text, 0, len(before)) is expected


def test_a_word_in_lower_case_opens_no_sentence() -> None:
    assert not opens_sentence("The ferry ran late. said critics", 0, 20)


def test_the_paragraph_start_bounds_the_reading() -> None:
    text = "The ferry ran late.\n\n'Said critics"
    assert not opens_sentence(text, text.index("'"), text.index("S"))  # the mark is the paragraph's own


@pytest.mark.parametrize(
    "text",
    [
        'The ferry ran late again [for the third time.] Said critics, "Nobody on the board takes the bus."',
        'The ferry ran late again\u2026 Added some observers: "Nobody rides it twice."',
        'The ferry ran late again\u2026 Said critics, "Nobody on the board takes the bus."',
    ],
)
def test_a_verb_opening_its_sentence_after_any_stop_has_its_source_after_it(text: str) -> None:
    assert [kind for _, kind in source_kinds(text)] == ["vague"]
