"""bench/learn_unnamed.py --insiders learns the heads of an insider kept unnamed, whom a desk would name."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import regex  # noqa: E402
from learn_unnamed import insider_heads, marked_near  # noqa: E402

LEXICONS = {
    "anonymous_sources": ["official", "officials", "source", "sources", "person", "individuals", "aide", "aides"],
    "confidential_heads": ["source", "sources"],
}
ANYONE = frozenset(("person", "individual", "someone", "people"))


def test_insiders_are_listed_heads_neither_confidential_nor_anyone_and_heads_the_copy_marks_twice() -> None:
    heads = Counter({"official": 30, "strategist": 6, "judge": 12, "cashier": 1})
    marked = Counter({"official": 5, "strategist": 2, "judge": 0, "cashier": 1})
    learned = insider_heads(LEXICONS, (heads, marked), ANYONE)
    assert learned == ["official", "officials", "aide", "aides", "strategist"]


def test_a_mark_counts_in_the_source_sentence_or_the_next_only() -> None:
    text = (
        "The pier will close, a harbour official said. The official asked not to be named. "
        "The ferry runs. A pilot said so.\n\nThe pier is old. Nobody was authorized to speak."
    )
    mark = regex.compile(r"not to be named|authorized")
    assert marked_near(text, text.index("a harbour official"), [mark])
    assert not marked_near(text, text.index("A pilot"), [mark])
