"""Tests for attrlint.segment.split_sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attrlint.segment import split_sentences


def sentences(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The sentence strings split_sentences finds in text[start:end]."""
    return [text[a:b] for a, b in split_sentences(text, start, end)]


CASES = [
    # Plain splits.
    ("The council met. It adjourned early.", ["The council met.", "It adjourned early."]),
    ("Was it legal? Nobody knew! Officials left.", ["Was it legal?", "Nobody knew!", "Officials left."]),
    ("Turnout was 40 percent. 2019 was worse.", ["Turnout was 40 percent.", "2019 was worse."]),
    ('He left. "We will return," he said.', ["He left.", '"We will return," he said.']),
    # Titles and abbreviations.
    (
        "Sen. Mara Voss, D-Ore., spoke first. Rep. Ted Olin replied.",
        ["Sen. Mara Voss, D-Ore., spoke first.", "Rep. Ted Olin replied."],
    ),
    ("Dr. Lena Ortiz and Mr. Paul Gray met Gov. Ann Reyes.", ["Dr. Lena Ortiz and Mr. Paul Gray met Gov. Ann Reyes."]),
    (
        "Lt. Col. Omar Finch and Capt. Ida Rowe briefed Sgt. Ray Bell.",
        ["Lt. Col. Omar Finch and Capt. Ida Rowe briefed Sgt. Ray Bell."],
    ),
    (
        "The Rev. Sam Hale visited Mt. Pella and Ft. Dorn. He prayed.",
        ["The Rev. Sam Hale visited Mt. Pella and Ft. Dorn.", "He prayed."],
    ),
    (
        "Glinter Corp. Chairman Bo Lang sued Halvex Ltd. on Friday.",
        ["Glinter Corp. Chairman Bo Lang sued Halvex Ltd. on Friday."],
    ),
    (
        "Shares of Brindle Inc. fell. The firm declined to comment.",
        ["Shares of Brindle Inc. fell.", "The firm declined to comment."],
    ),
    ("She works for Brindle Inc. The firm makes valves.", ["She works for Brindle Inc.", "The firm makes valves."]),
    ("It was the Tigers vs. Hawks game, No. 3 on the list.", ["It was the Tigers vs. Hawks game, No. 3 on the list."]),
    (
        "They sold apples, pears, etc. and bought nothing. Then they left.",
        ["They sold apples, pears, etc. and bought nothing.", "Then they left."],
    ),
    ("The crowd of approx. 5,000 cheered. Ms. Tull waved.", ["The crowd of approx. 5,000 cheered.", "Ms. Tull waved."]),
    ("Karl Mott Jr. and Alan Pike Sr. argued. Nobody won.", ["Karl Mott Jr. and Alan Pike Sr. argued.", "Nobody won."]),
    # Months.
    ("The vote is set for Sept. 14. Critics object.", ["The vote is set for Sept. 14.", "Critics object."]),
    ("Filings from Jan. 3, Feb. 9 and Dec. 1 were lost.", ["Filings from Jan. 3, Feb. 9 and Dec. 1 were lost."]),
    # States and dotted acronyms.
    ("She grew up in Fresno, Calif. Her father farmed.", ["She grew up in Fresno, Calif.", "Her father farmed."]),
    ("The Mass. Turnpike closed in Erie, Pa. on Monday.", ["The Mass. Turnpike closed in Erie, Pa. on Monday."]),
    ("He flew from Albany, N.Y. to Tampa, Fla. last week.", ["He flew from Albany, N.Y. to Tampa, Fla. last week."]),
    (
        "U.S. and U.N. officials met in Washington, D.C. today.",
        ["U.S. and U.N. officials met in Washington, D.C. today."],
    ),
    ("The plan was drafted in the U.S. The U.K. objected.", ["The plan was drafted in the U.S.", "The U.K. objected."]),
    ("The U.S. Navy and U.K. Defense Ministry agreed.", ["The U.S. Navy and U.K. Defense Ministry agreed."]),
    # Times.
    ("Polls close at 8 p.m. on Tuesday.", ["Polls close at 8 p.m. on Tuesday."]),
    (
        "The hearing starts at 9 a.m. 40 witnesses are listed.",
        ["The hearing starts at 9 a.m. 40 witnesses are listed."],
    ),
    ("Doors open at 9 a.m. The speech follows.", ["Doors open at 9 a.m.", "The speech follows."]),
    ("The ferry leaves at 6 p.m. Eastern time.", ["The ferry leaves at 6 p.m. Eastern time."]),
    # Initials and numbers.
    ("Author Wendell T. Marsh and J.Q.P. Adler spoke.", ["Author Wendell T. Marsh and J.Q.P. Adler spoke."]),
    ("Rates rose 3.5 percent to $1.25. Savers cheered.", ["Rates rose 3.5 percent to $1.25.", "Savers cheered."]),
    # Ellipses.
    ("He paused ... and then signed the bill.", ["He paused ... and then signed the bill."]),
    ("She hesitated… Then she signed.", ["She hesitated…", "Then she signed."]),
    (
        'The memo read: "... We cannot comply." It was unsigned.',
        ['The memo read: "... We cannot comply."', "It was unsigned."],
    ),
    # Quotations and brackets.
    ('"Stop!" she shouted. The truck kept rolling.', ['"Stop!" she shouted.', "The truck kept rolling."]),
    ('"Why now?" asked Pell. "Because," said Ruiz.', ['"Why now?" asked Pell.', '"Because," said Ruiz.']),
    ('He said, "We won." Then he left.', ['He said, "We won."', "Then he left."]),
    ("She said, “It is over.” Aides nodded.", ["She said, “It is over.”", "Aides nodded."]),
    ("He called it ‘a farce.’ Nobody laughed.", ["He called it ‘a farce.’", "Nobody laughed."]),
    ("(The bill passed.) Opponents vowed to appeal.", ["(The bill passed.)", "Opponents vowed to appeal."]),
    ('He called it "absurd". Critics agreed.', ['He called it "absurd".', "Critics agreed."]),
    # Datelines.
    (
        "WASHINGTON (AP) -- The Senate adjourned. Members left.",
        ["WASHINGTON (AP) -- The Senate adjourned.", "Members left."],
    ),
    ("LONDON (Reuters) - Markets slid. Traders fled.", ["LONDON (Reuters) - Markets slid.", "Traders fled."]),
    ("NEW YORK — A water main broke. Crews responded.", ["NEW YORK — A water main broke.", "Crews responded."]),
    ("ST. CLOUD, Minn. (AP) — The Mayor resigned.", ["ST. CLOUD, Minn. (AP) — The Mayor resigned."]),
    ("FT. WAYNE, Ind., Sept. 4 (AP) — A fire broke out.", ["FT. WAYNE, Ind., Sept. 4 (AP) — A fire broke out."]),
    (
        "CAPE MAY, N.J. (The Associated Press) — Tides rose. He left.",
        ["CAPE MAY, N.J. (The Associated Press) — Tides rose.", "He left."],
    ),
    # Newlines and masked regions.
    ("The bill died\nin committee. It may return.", ["The bill died\nin committee.", "It may return."]),
    ("First paragraph ends here\n\nSecond one starts", ["First paragraph ends here", "Second one starts"]),
    ("One line.\n   \nAnother line.", ["One line.", "Another line."]),
    ("He said                 . Then he left.", ["He said                 .", "Then he left."]),
    ("   Leading and trailing space.   ", ["Leading and trailing space."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_news_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_are_absolute_when_start_is_positive() -> None:
    text = "Ignore this part. Gov. Ana Pike spoke. She left."
    start = text.index("Gov.")
    spans = split_sentences(text, start)
    assert spans == [(start, start + len("Gov. Ana Pike spoke.")), (text.index("She"), len(text))]


def test_end_limits_the_range() -> None:
    text = "First one. Second one. Third one."
    assert sentences(text, 0, text.index(" Third")) == ["First one.", "Second one."]


@pytest.mark.parametrize("text", ["", " ", "   \n\t  ", "\n\n\n", " " * 500])
def test_whitespace_only_gives_no_spans(text: str) -> None:
    assert split_sentences(text) == []


def test_empty_range_gives_no_spans() -> None:
    assert split_sentences("Some text here.", 5, 5) == []


NEWSY = st.text(alphabet=st.sampled_from(list("aAbT .!?\"'”’()\n-—…,3U.S")), max_size=80)


@given(text=st.one_of(st.text(max_size=80), NEWSY), data=st.data())
def test_span_invariants(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, len(text)), label="end")
    spans = split_sentences(text, start, end)
    previous_end = start
    for span_start, span_end in spans:
        assert previous_end <= span_start < span_end <= end
        chunk = text[span_start:span_end]
        assert chunk == chunk.strip() and chunk
        previous_end = span_end
    covered = {i for a, b in spans for i in range(a, b)}
    assert all(text[i].isspace() for i in range(start, end) if i not in covered)
