"""The story's own display lines as the furniture model reads them: a line standing where a story sets its
headline, deck or subhead, written about its subject in the body copy's words (`display_echo`), scores low;
a teaser whose words only its own deck takes up, a prompt, a teaser's label, a widget's count and a credit's
handle do not count as written about the story. The drafts are invented."""

from __future__ import annotations

import pytest
from conftest import boi_lines

from attrlint.analyses import Analyses
from attrlint.body_words import body_words
from attrlint.document import Document
from attrlint.furniture import Context, FurnitureModel
from attrlint.kinds.furniture_verdicts import furniture_features
from attrlint.ruleset import builtin_rule_set

_COUNT_STORY = [
    "Counting in the Penmarrow harbour board election began at the guildhall on Thursday evening, with four"
    " candidates standing for two seats on the board that runs the harbour and its fish market.",
    "The returning officer, Delyth Amory, said turnout had been the highest in a harbour board election for"
    " twenty years, and that the count would run past midnight.",
    "Fishermen have said the board's plan to sell the old ice house decided how they voted, and two of the"
    " candidates have promised to keep the ice house open for the fish market.",
]
_TEASER_DECK = (
    "The last keepers of the Skerrow Rock lighthouse remember the winters they spent on the rock before the"
    " lamp was automated in 1989."
)


def features_of(paragraphs: list[str], model: FurnitureModel) -> dict[int, dict[str, float]]:
    doc = Document("draft.md", "\n\n".join(paragraphs))
    return furniture_features(doc, model, Analyses(doc, builtin_rule_set().settings))


def test_a_labelled_headline_on_a_live_stream_in_the_storys_words_is_quiet() -> None:
    # on main the model read the label's "Live stream" as an app promotion (BOI008)
    assert 1 not in boi_lines(["Live stream and results: Penmarrow harbour board election count", *_COUNT_STORY])


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our Penmarrow election newsletter",  # a prompt to the reader
        "Related: Penmarrow harbour board election count",  # a teaser's label
    ],
)
def test_furniture_at_the_headlines_place_in_the_storys_words_is_still_reported(line: str) -> None:
    assert 1 in boi_lines([line, *_COUNT_STORY])


def test_a_display_line_in_the_storys_words_lowers_the_score(model: FurnitureModel) -> None:
    features = features_of(["Live stream and results: Penmarrow harbour board election count", *_COUNT_STORY], model)
    assert model.table["display_echo"] < 0
    assert features[0]["display_echo"] >= 0.5


def test_a_teasers_words_taken_up_only_by_its_own_deck_are_no_echo(model: FurnitureModel) -> None:
    teaser = "Podcast: the lighthouse keepers of Skerrow Rock"
    features = features_of([*_COUNT_STORY[:2], teaser, _TEASER_DECK, _COUNT_STORY[2]], model)
    assert features[2]["display_echo"] == 0.0


@pytest.mark.parametrize(
    "line",
    [
        '17 Responses to "Harbour board election count"',  # a widget's count
        "Penmarrow harbour board election count on reddit by u/harbourwatch",  # a credit's handle
        "Harbour board election podcast",  # a label: no function word, no verb
    ],
)
def test_a_line_that_labels_the_page_gets_no_display_echo(line: str, model: FurnitureModel) -> None:
    values = model.features(line, Context(display_place=True, echo=1.0))
    assert values is not None and values["display_echo"] == 0.0


def test_the_echo_beyond_a_paragraph_leaves_that_paragraph_out() -> None:
    words = body_words([_TEASER_DECK, *_COUNT_STORY])
    own = {"skerr", "keepe", "harbo"}  # stems, as own_words gives them
    assert words.echo(own, "a line") == 1.0
    assert words.echo(own, "a line", _TEASER_DECK) == 1 / 3  # only "harbour" stands elsewhere
