"""The class of each source the attribution analysis reads: vague, anonymous (with or without a reason), named."""

from __future__ import annotations

import pytest

from attrlint.attribution import analyse
from attrlint.document import Document
from attrlint.packs import load_rules

RULES, _ = load_rules()
LEXICONS = {key: tuple(words) for key, words in RULES[0].options.items() if isinstance(words, list)}
for rule in RULES:
    if rule.pack == "attribution":
        LEXICONS.update({key: tuple(words) for key, words in rule.options.items() if isinstance(words, list)})


def classes(text: str) -> list[tuple[str, str]]:
    analysis = analyse(Document("draft.md", text), LEXICONS)
    return [(a.source_text or "", a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Some commentators said the plan was doomed.", ("Some commentators", "vague")),
        ("The plan is doomed, said insiders.", ("insiders", "vague")),
        ("Critics wrote that the ferry was too slow.", ("Critics", "vague")),
        ("Observers suggested that the ferry was too slow.", ("Observers", "vague")),
        ("The ferry is too slow, according to many analysts.", ("many analysts", "vague")),
        (
            "People familiar with the matter told the paper the vote was off.",
            ("People familiar with the matter", "anonymous"),
        ),
        ("The vote is off, a senior official said.", ("a senior official", "anonymous")),
        ("The vote is off, said two people briefed on the talks.", ("two people briefed on the talks", "anonymous")),
        ("State Treasurer Ana Ruiz reportedly said the fund was empty.", ("State Treasurer Ana Ruiz", "person")),
        ("Pentagon officials said the test had worked.", ("Pentagon officials", "role")),
        ("Tomas Reyes, an official at the harbour board, said the test had worked.", ("Tomas Reyes", "person")),
    ],
)
def test_the_class_of_a_source(text: str, expected: tuple[str, str]) -> None:
    assert expected in classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "A senior official, who was not authorized to discuss the talks, said the vote was off.",
        "The vote is off, a senior official said. The official spoke on condition of anonymity because talks go on.",
        "The vote is off, a senior official said.\n\nThe official requested anonymity to describe private talks.",
    ],
)
def test_an_anonymous_source_with_a_reason_is_explained(text: str) -> None:
    assert ("a senior official", "anonymous-explained") in [(s.lower(), k) for s, k in classes(text)]


def test_condition_of_anonymity_alone_is_no_reason() -> None:
    text = "The vote is off, said a senior official, who spoke on condition of anonymity."
    assert ("a senior official", "anonymous") in classes(text)


def test_a_reason_two_sentences_on_is_too_far() -> None:
    text = "The vote is off, a senior official said. The board meets in May. The official was not authorized to speak."
    assert ("a senior official", "anonymous") in classes(text)
