"""attrlint.source_edges: where the quoted sentences after a source end, and whether a quotation opens."""

from __future__ import annotations

import pytest

from attrlint.source_edges import WORD, opens_quotation, quotation_ends


def test_quotation_ends_of_no_sentences_is_empty() -> None:
    assert quotation_ends("", []) == []


@pytest.mark.parametrize("text", [' "We left."', " \u201cWe left.\u201d", " \u2018We left.\u2019", " ''We left.''"])
def test_a_quotation_opens_after_spaces_on_the_line(text: str) -> None:
    assert opens_quotation(text, 0)


@pytest.mark.parametrize("text", [': "We left."', ",\n\u201cWe left.\u201d"])
def test_a_quotation_opens_after_a_comma_or_colon_only_when_asked(text: str) -> None:
    assert opens_quotation(text, 0, comma=True)
    assert not opens_quotation(text, 0)


def test_no_quotation_opens_on_a_word_or_after_a_line_break() -> None:
    assert not opens_quotation(" we left", 0, comma=True)
    assert not opens_quotation('\n"We left."', 0)


def test_a_word_keeps_its_apostrophes_and_hyphens() -> None:
    assert WORD.findall("the vice-chair\u2019s o'clock call, 9 am") == [
        "the",
        "vice-chair\u2019s",
        "o'clock",
        "call",
        "am",
    ]
