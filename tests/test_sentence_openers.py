"""Does a capitalised word open its sentence? The two answers the attribution reading gave before one
reading served both: `CueReader.opens_sentence` (a window of 4 characters back) and `source_edges._after_stop`
(the last visible character, one closing mark). Each row: a draft, what the first says, what the second says."""

from __future__ import annotations

import pytest

from attrlint.cue_reading import CueReader
from attrlint.source_edges import _after_stop, last_visible

WORD = "Said"

# (draft before the word, opens_sentence today, _after_stop today)
TABLE = [
    ("The ferry ran late. ", True, True),
    ("The ferry ran late, ", False, False),
    ("The ferry ran late.\n", True, True),
    ('The ferry ran late." ', True, True),
    ("The ferry ran late... ", True, True),
    ("", True, True),  # the paragraph's start
    ('The ferry ran late. "', False, False),  # an opening mark, not a closing one
    ('"', False, False),  # an opening mark at the paragraph's start
    # where they disagree
    ("The ferry ran late.'\" ", True, False),  # several closing marks
    ("The ferry ran late (again.) ", False, True),  # a closing parenthesis
    ("The ferry ran late.    ", False, True),  # a stop and more than 3 spaces
    ('The ferry ran late."   ', False, True),  # a closing mark and 3 spaces
    ("     ", False, True),  # more than 4 spaces from the paragraph's start
    # where neither reads a stop the segmenter splits at
    ("The ferry ran late\u2026 ", False, False),  # an ellipsis character
    ("The ferry ran late.] ", False, False),  # a closing bracket
]


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text


@pytest.mark.parametrize("before, cue_reading, edges", TABLE)
def test_where_the_two_readings_of_a_sentence_opener_disagree(before: str, cue_reading: bool, edges: bool) -> None:
    text = before + WORD + " critics"
    offset = len(before)
    assert CueReader.opens_sentence(_Text(text), offset, 0) is cue_reading  # type: ignore[arg-type]
    assert _after_stop(text, 0, last_visible(text, 0, offset)) is edges
