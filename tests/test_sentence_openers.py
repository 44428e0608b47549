"""Does a capitalised word open its sentence? One answer, `segment.opens_sentence`, read as the segmenter splits:
for the cue reading (a capitalised verb whose source follows it: "Said critics, ..."), the source edges (an
inverted cue) and the source classes (a source's capital that only opens its sentence). Before it there were
three: `CueReader.opens_sentence` (4 characters back), `source_edges._after_stop` (the last visible character,
one closing mark) and `SourceClasses.starts_sentence` (3 characters back, opening marks passed over, a line
break as good as a stop). The table keeps what each said, so that every row where the one answer differs from
one of them is written down."""

from __future__ import annotations

import pytest
from conftest import source_kinds

from attrlint.segment import opens_sentence

WORD = "Said"

# (draft before the word, the one answer, and before it: the cue reading, the source edges, the source classes)
TABLE = [
    ("The ferry ran late. ", True, True, True, True),
    ("The ferry ran late, ", False, False, False, False),
    ("The ferry ran late.\n", True, True, True, True),
    ('The ferry ran late." ', True, True, True, True),
    ("The ferry ran late... ", True, True, True, True),
    ("", True, True, True, True),  # the paragraph's start
    ("The ferry ran late. ' ", False, False, False, True),  # a lone mark between spaces closes nothing
    # where they disagreed
    ('The ferry ran late. "', True, False, False, True),  # an opening mark
    ('"', True, False, False, True),  # an opening mark at the paragraph's start
    ("The ferry ran late.\u201d \u201c", True, False, False, False),  # a closing and an opening mark
    ("The ferry ran late.'\" ", True, True, False, True),  # several closing marks
    ("The ferry ran late (again.) ", True, False, True, False),  # a closing parenthesis
    ("The ferry ran late.    ", True, False, True, True),  # a stop and more than 3 spaces
    ('The ferry ran late."   ', True, False, True, True),  # a closing mark and 3 spaces
    ("     ", True, False, True, True),  # more than 4 spaces from the paragraph's start
    ("The ferry ran late\u2026 ", True, False, False, False),  # an ellipsis character
    ("The ferry ran late.] ", True, False, False, False),  # a closing bracket
    ("The ferry ran late   ", False, False, False, True),  # spaces and no stop
    ("The ferry ran late\n", False, False, False, True),  # a line break in a wrapped paragraph, no stop
]


@pytest.mark.parametrize("before, expected, _cue_reading, _edges, _classes", TABLE)
def test_a_capitalised_word_opens_its_sentence_after_a_stop_and_its_marks(
    before: str, expected: bool, _cue_reading: bool, _edges: bool, _classes: bool
) -> None:
    text = before + WORD + " critics"
    assert opens_sentence(text, 0, len(before)) is expected


def test_a_word_in_lower_case_opens_no_sentence() -> None:
    assert not opens_sentence("The ferry ran late. said critics", 0, 20)


def test_the_paragraph_start_bounds_the_reading() -> None:
    text = "The ferry ran late,\n\n'Said critics"
    assert opens_sentence(text, text.index("'"), text.index("S"))
    assert not opens_sentence(text, 0, text.index("S"))  # read from the draft's start, the comma ends nothing


@pytest.mark.parametrize(
    "text",
    [
        # a verb that opens its sentence has its source after it
        'The ferry ran late again [for the third time.] Said critics, "Nobody on the board takes the bus."',
        'The ferry ran late again\u2026 Added some observers: "Nobody rides it twice."',
        'The ferry ran late again\u2026 Said critics, "Nobody on the board takes the bus."',
        # a group that opens its sentence owes its capital to the sentence, not to a name
        "The ferry ran late again (for the third time.) Analysts said the board had failed.",
        "The ferry ran late again [for the third time.] Critics said the board had failed.",
        "The ferry ran late again\u2026 Critics said the board had failed.",
    ],
)
def test_a_word_opening_its_sentence_after_any_stop_is_read_as_such(text: str) -> None:
    assert [kind for _, kind in source_kinds(text)] == ["vague"]
