"""bench/learn_impersonal.py counts the participles in the construction attrlint reads, not a wider passive."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from learn_impersonal import PASSIVE  # noqa: E402

from attrlint.impersonal import impersonal_pattern  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "The pier is said to be unsafe.",
        "It has been noted that the pier sways.",
        "The keeper was widely believed to have left.",
    ],
)
def test_the_learning_counts_what_attrlint_reads(text: str) -> None:
    word = PASSIVE.search(text).group("participle")
    assert impersonal_pattern((word,)).search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "It should be noted that the pier sways.",  # a modal's "be": the writer's aside
        "I have been told that the pier sways.",  # the writer told
        "The keeper was forced to resign.",  # an infinitive of an act, no claim
        "The vote is being counted that way.",
    ],
)
def test_the_learning_counts_no_wider_passive(text: str) -> None:
    assert PASSIVE.search(text) is None
