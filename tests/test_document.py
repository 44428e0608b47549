"""Tests for attrlint.document: decoding, masking, positions, paragraphs and sentences."""

from __future__ import annotations

import pytest

from attrlint import document
from attrlint.document import Document, Encoding, decode, has_whole_word, read_text, whole_word_starts
from attrlint.errors import InputError


def texts(doc: Document, spans: list[tuple[int, int]]) -> list[str]:
    return [doc.text[start:end] for start, end in spans]


# --- decode -------------------------------------------------------------------------------------


def test_decode_drops_utf8_bom() -> None:
    assert decode(b"\xef\xbb\xbfHarbour news\n", "d.md") == "Harbour news\n"


def test_decode_makes_crlf_and_lone_cr_into_lf() -> None:
    assert decode(b"one\r\ntwo\rthree\n", "d.md") == "one\ntwo\nthree\n"


def test_decode_keeps_non_ascii_text() -> None:
    assert decode("Zoë met the café owner\n".encode(), "d.md") == "Zoë met the café owner\n"


def test_invalid_utf8_names_path_and_line() -> None:
    with pytest.raises(InputError) as caught:
        decode(b"first line\nsecond line\nthird \x81 line\n", "drafts/pier.md")  # no Windows-1252 character
    err = caught.value
    assert (err.path, err.line) == ("drafts/pier.md", 3)
    assert "UTF-8" in err.message and "0x81" in err.message
    assert str(err).startswith("drafts/pier.md:3: ")


def test_a_latin1_or_windows_1252_draft_is_read_as_windows_1252() -> None:
    assert decode("Café owners met.\n".encode("latin-1"), "d.txt") == "Café owners met.\n"
    saved = "\u201cWe\u2019ll reopen,\u201d the owner said \u2013 in June.\n".encode("cp1252")
    assert read_text(saved, "d.txt") == (saved.decode("cp1252"), Encoding("cp1252"))


def test_utf8_with_a_stray_byte_is_not_taken_for_windows_1252() -> None:
    with pytest.raises(InputError) as caught:
        decode("Caf\u00e9 \u2014 owners met.\n".encode() + b"The caf\xe9 shut.\n", "d.txt")
    assert caught.value.line == 2 and "--encoding" in caught.value.message


def test_bytes_that_are_not_text_are_refused_even_without_nul_bytes() -> None:
    with pytest.raises(InputError):
        decode(bytes(range(0x80, 0x100)) * 4 + b"a few letters", "d.txt")
    with pytest.raises(InputError):
        decode(b"header\x1b\x07\x02 then \xe9", "d.txt")


def test_a_named_encoding_is_used_and_a_wrong_one_names_the_line() -> None:
    assert decode("Gr\u00fc\u00dfe\n".encode("mac-roman"), "d.txt", "mac-roman") == "Gr\u00fc\u00dfe\n"
    with pytest.raises(InputError) as caught:
        decode(b"one\ntwo \xe9\n", "d.txt", "ascii")
    assert caught.value.line == 2 and "not valid ascii" in caught.value.message


def test_invalid_utf8_after_bom_names_right_line_and_byte() -> None:
    with pytest.raises(InputError) as caught:
        decode(b"\xef\xbb\xbfone\ntwo\n\xff three\n", "d.md")
    assert caught.value.line == 3
    assert "0xff" in caught.value.message


def test_invalid_utf8_line_in_file_with_cr_line_endings() -> None:
    with pytest.raises(InputError) as caught:
        decode(b"one\rtwo\rthree \x8f\r", "d.md")
    assert caught.value.line == 3


def test_nul_bytes_mean_binary_file() -> None:
    with pytest.raises(InputError) as caught:
        decode(b"PK\x03\x04\x00\x00binary", "photo.md")
    assert "binary" in caught.value.message
    assert caught.value.path == "photo.md"


def test_from_file_reads_and_decodes(tmp_path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(b"\xef\xbb\xbfFirst line.\r\nSecond line.\r\n")
    doc = Document.from_file(path)
    assert doc.path == str(path)
    assert doc.raw == "First line.\nSecond line.\n"


def test_from_file_missing_file_is_input_error(tmp_path) -> None:
    with pytest.raises(InputError) as caught:
        Document.from_file(tmp_path / "absent.md")
    assert caught.value.message == "no such file or folder"
    assert caught.value.path.endswith("absent.md")


def test_from_file_binary_file_is_input_error(tmp_path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        Document.from_file(path)


# --- masking ------------------------------------------------------------------------------------


def assert_masked(raw: str, hidden: list[str], visible: list[str]) -> Document:
    """Masking keeps length and newlines; hidden text is blanked, visible text stays at its offset."""
    doc = Document("d.md", raw)
    assert len(doc.text) == len(raw)
    assert [i for i, c in enumerate(doc.text) if c == "\n"] == [i for i, c in enumerate(raw) if c == "\n"]
    for words in hidden:
        assert words in raw and words not in doc.text
    for words in visible:
        at = raw.index(words)
        assert doc.text[at : at + len(words)] == words
    return doc


def test_front_matter_is_masked() -> None:
    raw = "---\ntitle: Pier reopens\nauthor: Ada Quill\n---\nThe pier reopened on Monday.\n"
    assert_masked(raw, ["Pier reopens", "Ada Quill"], ["The pier reopened on Monday."])


def test_front_matter_closed_with_dots_is_masked() -> None:
    assert_masked("---\nslug: ferry\n...\nFerry text.\n", ["slug: ferry"], ["Ferry text."])


def test_dashes_later_in_the_file_are_not_front_matter() -> None:
    assert_masked("Intro line.\n---\nMiddle text.\n---\nEnd.\n", [], ["Intro line.", "Middle text.", "End."])


@pytest.mark.parametrize("fence", ["```", "~~~", "````"])
def test_fenced_code_is_masked(fence: str) -> None:
    raw = f"Before the code.\n{fence}text\nSign up for our newsletter\n{fence}\nAfter the code.\n"
    doc = assert_masked(raw, ["Sign up for our newsletter"], ["Before the code.", "After the code."])
    assert fence not in doc.text


def test_backtick_fence_is_not_closed_by_tildes() -> None:
    raw = "```\nhidden one\n~~~\nhidden two\n```\nShown.\n"
    assert_masked(raw, ["hidden one", "hidden two"], ["Shown."])


def test_unterminated_fence_masks_to_end() -> None:
    assert_masked("Shown.\n```\nhidden line\nmore hidden\n", ["hidden line", "more hidden"], ["Shown."])


def test_inline_html_comment_is_masked_keeping_neighbours() -> None:
    raw = "The mayor <!-- check spelling --> spoke first.\n"
    assert_masked(raw, ["check spelling", "<!--"], ["The mayor", "spoke first."])


def test_multiline_html_comment_is_masked() -> None:
    raw = "Top line.\n<!--\nEditor note: cut this\nand this\n-->\nBottom line.\n"
    assert_masked(raw, ["Editor note: cut this", "and this"], ["Top line.", "Bottom line."])


def test_unterminated_html_comment_masks_to_end() -> None:
    raw = "Kept words.\n<!-- never closed\nhidden words\n"
    assert_masked(raw, ["never closed", "hidden words"], ["Kept words."])


def test_masked_lines_are_not_lines_or_paragraphs() -> None:
    doc = Document("d.md", "Alpha line.\n<!-- gone -->\nOmega line.\n")
    assert texts(doc, doc.lines) == ["Alpha line.", "Omega line."]
    assert texts(doc, doc.paragraphs) == ["Alpha line.", "Omega line."]


# --- position and line_text -----------------------------------------------------------------------


def test_position_of_first_character() -> None:
    assert Document("d.md", "Hello\nworld\n").position(0) == (1, 1)


def test_position_after_newline_starts_next_line() -> None:
    doc = Document("d.md", "Hello\nworld\n")
    assert doc.position(5) == (1, 6)  # the newline itself
    assert doc.position(6) == (2, 1)


def test_position_on_last_line_without_trailing_newline() -> None:
    doc = Document("d.md", "one\ntwo\nthree")
    assert doc.position(doc.raw.index("ree")) == (3, 3)
    assert doc.position(len(doc.raw)) == (3, 6)


def test_position_columns_count_characters_not_bytes() -> None:
    doc = Document("d.md", "Café über\nZoë said 🙂 so\n")
    assert doc.position(doc.raw.index("über")) == (1, 6)
    assert doc.position(doc.raw.index("said")) == (2, 5)
    assert doc.position(doc.raw.index("so")) == (2, 12)


def test_line_text_returns_raw_lines_without_newline() -> None:
    doc = Document("d.md", "one\n<!-- note -->\nthree")
    assert doc.line_text(1) == "one"
    assert doc.line_text(2) == "<!-- note -->"  # raw, not masked
    assert doc.line_text(3) == "three"


def test_line_text_of_empty_line() -> None:
    assert Document("d.md", "a\n\nb\n").line_text(2) == ""


# --- paragraphs ------------------------------------------------------------------------------------


def test_paragraphs_are_separated_by_blank_lines() -> None:
    doc = Document("d.md", "First paragraph.\n\n  \nSecond paragraph.\n\nThird.")
    assert texts(doc, doc.paragraphs) == ["First paragraph.", "Second paragraph.", "Third."]


def test_paragraph_spans_are_stripped() -> None:
    doc = Document("d.md", "   Indented opening.   \n")
    assert texts(doc, doc.paragraphs) == ["Indented opening."]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    lines = [
        "The harbour board voted on Tuesday to close the old pier for repairs, citing rotten timbers and",
        " a report from its engineers that found the structure unsafe for crowds during the summer festival.",
        "Fishermen who moor at the pier will be moved to the north quay until the work is finished next year,",
        " the board's chair, Maren Tolly, told the meeting, adding that the fees they pay would be waived.",
    ]
    raw = lines[0] + lines[1] + "\n" + lines[2] + lines[3] + "\n"
    doc = Document("d.md", raw)
    assert texts(doc, doc.paragraphs) == [lines[0] + lines[1], lines[2] + lines[3]]


def test_short_lines_without_blank_lines_are_separate_paragraphs() -> None:
    doc = Document("d.md", "Pier closes.\nFerry delayed.\nBridge opens.\n")
    assert texts(doc, doc.paragraphs) == ["Pier closes.", "Ferry delayed.", "Bridge opens."]


def test_hard_wrapped_paragraph_is_joined() -> None:
    raw = (
        "The harbour board voted on Tuesday to close the old pier for\n"
        "repairs, citing rotten timbers and an engineers' report that\n"
        "found it unsafe.\n"
        "\n"
        "Work starts in May.\n"
    )
    doc = Document("d.md", raw)
    assert texts(doc, doc.paragraphs) == [raw.split("\n\n")[0], "Work starts in May."]


@pytest.mark.parametrize("closing", [")", "]", "}", "\u201d"])
def test_lines_that_each_end_a_sentence_and_its_mark_are_not_wrapped_prose(closing: str) -> None:
    """A line ends its sentence where the segmenter says one ends: a stop and any closing marks."""
    lines = [
        f"(The harbour board voted on Tuesday to close the old pier.{closing}",
        f"(Fishermen who moor there will be moved to the north quay.{closing}",
        f"(The board's chair said the fees they pay would be waived.{closing}",
    ]
    doc = Document("d.md", "\n".join(lines) + "\n")
    assert texts(doc, doc.paragraphs) == lines


def test_list_items_split_from_wrapped_prose() -> None:
    raw = (
        "The board gave three reasons for closing the old pier before\n"
        "the summer festival:\n"
        "- rotten timbers under the cafe\n"
        "- a failed load test in March\n"
        "1. a warning from the insurer\n"
    )
    doc = Document("d.md", raw)
    assert texts(doc, doc.paragraphs) == [
        "The board gave three reasons for closing the old pier before\nthe summer festival:",
        "- rotten timbers under the cafe",
        "- a failed load test in March",
        "1. a warning from the insurer",
    ]


def test_wrapped_list_item_keeps_its_continuation_line() -> None:
    raw = (
        "- The board will meet again in June to decide whether the pier\n"
        "  can reopen for the autumn.\n"
        "- Fees are waived.\n"
    )
    doc = Document("d.md", raw)
    assert texts(doc, doc.paragraphs) == [
        "- The board will meet again in June to decide whether the pier\n  can reopen for the autumn.",
        "- Fees are waived.",
    ]


def test_heading_after_wrapped_lines_starts_a_new_paragraph() -> None:
    raw = "The harbour board voted on Tuesday to close the old pier for\nrepairs next month.\n## Reaction\n"
    doc = Document("d.md", raw)
    assert texts(doc, doc.paragraphs) == [
        "The harbour board voted on Tuesday to close the old pier for\nrepairs next month.",
        "## Reaction",
    ]


def test_heading_over_short_lines_is_its_own_paragraph() -> None:
    doc = Document("d.md", "# Pier closes\nThe pier shut today.\n")
    assert texts(doc, doc.paragraphs) == ["# Pier closes", "The pier shut today."]


def test_heading_above_wrapped_paragraph_is_its_own_paragraph() -> None:
    raw = "# Pier to close\nThe harbour board voted on Tuesday to close the old pier for\nrepairs until the spring.\n"
    doc = Document("d.md", raw)
    assert texts(doc, doc.paragraphs) == [
        "# Pier to close",
        "The harbour board voted on Tuesday to close the old pier for\nrepairs until the spring.",
    ]


def test_wrapped_blockquote_is_one_paragraph() -> None:
    raw = "> The board will consider reopening the pier at its meeting\n> in the spring, the chair wrote.\n"
    doc = Document("d.md", raw)
    assert len(doc.paragraphs) == 1


# --- sentences --------------------------------------------------------------------------------------


def test_sentences_split_within_paragraphs() -> None:
    doc = Document("d.md", "The vote was close. It passed.\n\nNext came the ferry.\n")
    assert texts(doc, doc.sentences) == ["The vote was close.", "It passed.", "Next came the ferry."]


def test_sentences_never_cross_paragraphs() -> None:
    doc = Document("d.md", "Pier closes\nFerry runs late\n\nno full stop here\nor here\n")
    assert texts(doc, doc.sentences) == ["Pier closes", "Ferry runs late", "no full stop here", "or here"]
    for start, end in doc.sentences:
        assert any(p_start <= start and end <= p_end for p_start, p_end in doc.paragraphs)


def test_sentence_in_wrapped_paragraph_spans_the_line_break() -> None:
    raw = "The harbour board voted on Tuesday to close the old pier for\nrepairs. Work starts in May.\n"
    doc = Document("d.md", raw)
    assert texts(doc, doc.sentences) == [
        "The harbour board voted on Tuesday to close the old pier for\nrepairs.",
        "Work starts in May.",
    ]


def test_sentence_at_splits_only_the_paragraph_asked_about(monkeypatch) -> None:
    split = []
    monkeypatch.setattr(document, "split_sentences", lambda text, start, end: split.append(start) or [(start, end)])
    doc = Document("d.md", "The vote was close. It passed.\n\nNext came the ferry. It was late.\n")
    doc.sentence_at(doc.text.index("It was"))
    doc.sentence_at(doc.text.index("ferry"))
    assert split == [doc.paragraphs[1][0]]


def test_sentence_at_agrees_with_the_whole_list() -> None:
    doc = Document("d.md", "The vote was close. It passed.\n\nNext came the ferry. It was late.\n")
    assert texts(doc, [doc.sentence_at(doc.text.index("It was"))]) == ["It was late."]
    assert doc.sentence_at(doc.text.index("\n\n") + 1) is None  # between paragraphs
    assert [doc.sentence_at(start) for start, _ in doc.sentences] == doc.sentences


def test_masked_text_makes_no_sentences() -> None:
    doc = Document("d.md", "```\nCode line. Another.\n```\nReal sentence.\n")
    assert texts(doc, doc.sentences) == ["Real sentence."]


def test_markdown_link_targets_html_tags_and_references_are_masked_but_their_text_kept() -> None:
    raw = (
        'The <a href="https://example.org/?q=\\"x\\"">harbour board</a> said '
        '[the fares](https://example.org/fares "Fare table") will rise. ![Ms Okafor](img/okafor.jpg)\n'
        '\n[fares]: https://example.org/fares "Fares"\n'
    )
    doc = Document("draft.md", raw)
    assert len(doc.text) == len(raw)
    for gone in ("href", "example.org", "Fare table", "img/okafor.jpg", "[fares]:", "</a>"):
        assert gone not in doc.text
    for kept in ("harbour board", "[the fares]", "![Ms Okafor]", "will rise."):
        assert kept in doc.text


def test_each_markdown_table_row_is_its_own_paragraph() -> None:
    raw = (
        "| Route | Old fare | New fare from May, as set by the board |\n|---|---|---|\n"
        "| Marlow to Gull Island | 4.20 | 5.00 |\n"
    )
    doc = Document("draft.md", raw)
    assert [doc.text[s:e] for s, e in doc.paragraphs] == raw.strip().split("\n")


@pytest.mark.parametrize(
    "text, word, start, end, found",
    [
        ("Critics said Voss erred.", "Voss", 0, None, True),
        ("Critics said Vossberg erred.", "Voss", 0, None, False),
        ("Critics praised Voss's plan.", "Voss", 0, None, True),
        ("Critics said Voss erred.", "Voss", 0, 15, False),  # the span ends inside the word
        ("Critics said Voss erred.", "Voss", 13, 17, True),  # the span's edges count as edges
        ("AVossB Voss", "Voss", 0, None, True),  # a later, whole occurrence after one inside a word
    ],
)
def test_has_whole_word_looks_only_inside_the_span(
    text: str, word: str, start: int, end: int | None, found: bool
) -> None:
    assert has_whole_word(text, word, start, end) is found


def test_whole_word_starts_gives_each_whole_occurrence_in_the_span() -> None:
    text = "Voss, not Vossberg; O'Voss and Voss again, then Voss."
    assert list(whole_word_starts(text, "Voss")) == [0, 22, 31, 48]
    assert list(whole_word_starts(text, "Voss", 1, 48)) == [22, 31]
