"""The draft the HTML report's tests share: one finding of each family, so a report has every sheet
and every kind of highlight to show."""

from __future__ import annotations

STORY_PARAGRAPHS = (
    "# Pool stays open",
    "Mayor Lena Okonkwo said on Monday that the town pool would stay open through the winter.",
    '"We will find the money," Okonkwo said.',
    "Sources say the repairs will cost more than the council expected.",
    "Later, Okonkow told reporters the council would vote on the repairs in May.",
    '"The heating is older than I am, a lifeguard said after the meeting.',
)
SIGN_UP = "Sign up for our newsletter\n"


def story(*extra_paragraphs: str) -> str:
    """The shared story, with `extra_paragraphs` set before its closing sign-up line."""
    return "\n\n".join((*STORY_PARAGRAPHS, *extra_paragraphs)) + "\n\n" + SIGN_UP
