"""bench/learn_sources.py --persons learns the singular nouns for a person from PolNeAR train's text and sources."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from learn_sources import person_nouns, source_openers  # noqa: E402

TRAIN_TEXT = (
    "Ann Voss, a spokeswoman for the council, said the pier was safe. Bo Lind, a spokeswoman at the port, agreed.\n\n"
    "A man who fished there said it shook. The man said so twice. A man, who asked not to be named, left.\n\n"
    "The agency, which runs the pier, said little. The agency that built it said less. An agency who? No.\n\n"
    "Cal Ruiz, the agency of record, and Dee Moss, an agency head, spoke. Many agency staff came.\n\n"
    "The fishermen who stayed were wet. Tom Ash, a Pellow-based trader, and Uma Roe, a Pellow-based cook, came.\n\n"
    "The officials who came said little. Two officials who left said more. An official who stayed agreed.\n\n"
    "Ida Crane, a senior official at the port, said the official line held.\n"
)


def test_person_nouns_are_singular_person_heads_and_not_bodies_plurals_or_participles(tmp_path: Path) -> None:
    train = tmp_path / "polnear" / "text" / "train"
    train.mkdir(parents=True)
    (train / "story.txt").write_text(TRAIN_TEXT, encoding="utf-8")
    (tmp_path / "polnear" / "attributions.jsonl").write_text("", encoding="utf-8")
    learned = dict(person_nouns(tmp_path))
    assert {"spokeswoman", "man", "official"} <= set(learned)
    assert not {"agency", "fishermen", "officials", "based"} & set(learned)


def test_a_gold_unnamed_source_that_a_gold_he_follows_counts_as_a_person_context(tmp_path: Path) -> None:
    text = "The ferryman said the pier was safe. He said it twice. The ferryman said more, and he left.\n"
    train = tmp_path / "polnear" / "text" / "train"
    train.mkdir(parents=True)
    (train / "story.txt").write_text(text, encoding="utf-8")
    spans = [(0, 12, "The ferryman"), (37, 39, "He"), (55, 67, "The ferryman"), (83, 85, "he")]
    records = [
        {"article_id": "story", "compartment": "train", "source": {"spans": [[a, b]], "text": words}}
        for a, b, words in spans
    ]
    (tmp_path / "polnear" / "attributions.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )
    assert "ferryman" in dict(person_nouns(tmp_path))


def write_gold_sources(corpus: Path, lines: list[tuple[str, str]]) -> None:
    """A train story of one line per (words before, gold source), and a gold record for each source."""
    train = corpus / "polnear" / "text" / "train"
    train.mkdir(parents=True)
    records, at = [], 0
    for before, words in lines:
        start = at + len(before)
        source = {"spans": [[start, start + len(words)]], "text": words}
        records.append({"article_id": "story", "compartment": "train", "source": source})
        at = start + len(words) + 1
    (train / "story.txt").write_text("".join(f"{before}{words}\n" for before, words in lines), encoding="utf-8")
    (corpus / "polnear" / "attributions.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )


def test_source_openers_are_words_that_open_gold_sources_not_heads_modifiers_or_pronouns(tmp_path: Path) -> None:
    sources = [
        *["some harbour pilots"] * 4,  # an opener
        *["those close to the board"] * 4,  # an opener
        *["the former skipper"] * 4,  # "the" opens; "former" follows an article: a modifier
        *["pilots at the quay", "pilots", "pilots"] * 2,  # a head opens and ends: no opener
        *["he and his crew"] * 4,  # a pronoun stands alone far more often than it opens
        *["he"] * 20,
        *["by the harbour board"] * 4,  # a function word
        '"some pilots" said',  # a quotation mark: left out
    ]
    write_gold_sources(tmp_path, [("", words) for words in sources])
    assert dict(source_openers(tmp_path)) == {"some": "4/0/0", "those": "4/0/0", "the": "4/0/0"}


def test_source_openers_leave_out_words_that_stand_before_the_phrase_or_after_a_number(tmp_path: Path) -> None:
    lines = [
        *[("", "some harbour pilots")] * 4,  # an opener
        *[("", "even some harbour pilots")] * 4,  # another opener follows: the phrase begins after it
        *[("", "nearly 40 harbour pilots")] * 4,  # a number follows
        *[("Out on the quay, ", "whose harbour pilots")] * 4,  # after a comma: a relative, whose body stands before
        *[("", "19 percent of the pilots")] * 4,  # a number opens the source
    ]
    write_gold_sources(tmp_path, lines)
    assert dict(source_openers(tmp_path)) == {"some": "4/0/0"}
