"""The furniture model: page furniture found by its vocabulary class and its shape, with weights as pack data."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import boi_lines, rule_yaml, write_pack

from attrlint.analyses import Analyses
from attrlint.cli import main
from attrlint.document import Document
from attrlint.furniture import (
    CLASS_PREFIX,
    SHAPE_PREFIX,
    SHAPES,
    WEIGHT_SETTINGS,
    Context,
    FurnitureError,
    FurnitureModel,
    Named,
    line_label,
    own_words,
    parse_vocabulary,
    parse_weights,
)
from attrlint.kinds.furniture_verdicts import furniture_features
from attrlint.packs import load_pack
from attrlint.ruleset import RuleSet, builtin_rule_set

STORY = (
    "The harbour board voted on Tuesday to close the north pier for repairs until the spring, "
    "its chair said after the meeting.\n\n"
    "Ferries will run every hour from the south quay while the work goes on, according to the operator.\n"
)


def check(folder: Path, draft: str, *options: str) -> set[tuple[int, str]]:
    (folder / "draft.md").write_text(draft, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "concise", *options, str(folder / "draft.md")])
    assert result.exit_code in (0, 1) and isinstance(result.exception, (SystemExit, type(None))), (
        result.output or result.exception
    )
    return {(int(line.split(":")[1]), line.split()[1]) for line in result.output.splitlines() if ": " in line}


def test_the_check_helper_fails_on_a_crash_rather_than_finding_nothing(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A crash exits 1 under CliRunner too, with no output: read as "no findings" it would pass every `== set()`."""

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("an invented bug")

    monkeypatch.setattr(RuleSet, "lint", broken)
    with pytest.raises(AssertionError):
        check(tmp_path, STORY)


def test_vocabulary_entries_are_class_and_regex() -> None:
    assert parse_vocabulary(["account: log ?in|sign ?in", "legal: imprint"]) == (
        ("account", "log ?in|sign ?in"),
        ("legal", "imprint"),
    )
    with pytest.raises(FurnitureError, match="class: regex"):
        parse_vocabulary(["log in without a class"])


def test_weights_entries_are_name_and_number_later_ones_winning() -> None:
    assert dict(parse_weights(["bias -1", "edge 0.5", "bias 2"])) == {"bias": 2.0, "edge": 0.5}
    for bad in ("bias", "bias high", "bias 1 2", "bias nan"):
        with pytest.raises(FurnitureError, match="name number"):
            parse_weights([bad])


def test_furniture_in_any_wording_scores_high_and_reporting_low(model) -> None:
    furniture = ["Sign in | Create account", "My profile / Log out", "Weekend Briefing Newsletter"]
    reporting = [
        "The council updated its privacy policy on Monday after a complaint, officials said.",
        "An advertisement for the ferry ran in three papers, according to the operator.",
        "She signed up for the newsletter of a rival campaign, her spokesman said.",
    ]
    for text in furniture:
        assert model.score(model.features(text, Context(edge=True))) >= model.threshold, text
    for text in reporting:
        values = model.features(text, Context(full_sentence=True))
        assert values is not None and model.score(values) < model.threshold, text


def test_the_site_speaking_of_its_comment_section_in_a_sentence_is_furniture(model) -> None:
    """A sentence whose subject is the comment section, its badges or its form is one phrase of
    furniture, not a sentence naming comments in passing, even when the body copy uses its words."""
    furniture = [
        "All comments are moderated before they appear.",
        "Comments for this story have been switched off.",
        "Commenters with this badge have posted more than 100 approved comments.",
        "This commenter is a verified subscriber.",
        "Thanks for your comment. It will appear once approved.",
        "JavaScript must be enabled to join the discussion.",
    ]
    reporting = [
        "Public comments on the tower plan will be accepted until May 1.",
        "Comments from residents filled two hours of the meeting.",
        "The badge identifies members of the lifeboat crew.",
    ]
    for text in furniture:
        assert model.score(model.features(text, Context(full_sentence=True))) >= model.threshold, text
    for text in reporting:
        values = model.features(text, Context(full_sentence=True))
        assert values is None or model.score(values) < model.threshold, text


def test_a_paragraph_naming_no_class_is_not_scored(model) -> None:
    assert model.features("World | Sport | Culture", Context(edge=True)) is None  # ("Home | ..." is a trail)


def test_a_line_is_reported_once_under_the_rule_whose_phrase_names_it(tmp_path: Path) -> None:
    # The copyright rule's phrase names the line; the model, which would call it privacy, defers.
    assert check(tmp_path, STORY + "\n\u00a9 2025 Harbour Echo Ltd, Privacy Policy\n") == {(5, "BOI005")}


def test_a_full_sentence_a_rule_of_fragments_names_is_left_to_the_model(tmp_path: Path) -> None:
    # The comments rule's phrase names the sentence but reads only fragments: the model judges it.
    assert check(tmp_path, STORY + "\nCommenting has been disabled for this post.\n") == {(5, "BOI009")}
    assert check(tmp_path, STORY + "\nCommenting on the ferry timetable has been lively, the chair said.\n") == set()


def test_markdown_headings_and_list_items_are_left_to_the_phrases(tmp_path: Path) -> None:
    draft = STORY + "\n## Accessibility\n\nThe new quay has a ramp for wheelchairs, the operator said.\n"
    assert check(tmp_path, draft) == set()
    assert check(tmp_path, STORY + "\nAccessibility | Site map\n") == {(5, "BOI006")}


def test_a_newsroom_adds_a_class_with_a_rule_of_its_own(tmp_path: Path) -> None:
    # The rule's vocabulary joins the one model every boilerplate rule shares; the class's weight is
    # the weights' `class:*` until the newsroom fits or sets one.
    options = """\
        furniture_class: paywall
        furniture_vocabulary: ["paywall: subscribers? only|premium (?:article|story)"]
        """
    write_pack(tmp_path / "house", {"paywall-banner": rule_yaml("NEW001", "paywall-banner", "boilerplate", options)})
    (tmp_path / ".attrlint.yaml").write_text("packs: [house/newsroom]\n", encoding="utf-8")
    assert check(tmp_path, STORY + "\nPremium Article | Subscribers Only\n") == {(5, "NEW001")}


def test_a_config_extends_a_built_in_class_and_moves_the_threshold(tmp_path: Path) -> None:
    line = STORY + "\nMembers Lounge\n"
    assert check(tmp_path, line) == set()
    (tmp_path / ".attrlint.yaml").write_text(
        'rules:\n  BOI:\n    furniture_vocabulary: ["account: members lounge"]\n', encoding="utf-8"
    )
    assert check(tmp_path, line) == {(5, "BOI012")}
    (tmp_path / ".attrlint.yaml").write_text(
        'rules:\n  BOI:\n    furniture_vocabulary: ["account: members lounge"]\n'
        '    furniture_weights: ["threshold 0.9999"]\n',
        encoding="utf-8",
    )
    assert check(tmp_path, line) == set()


def test_a_bad_vocabulary_entry_is_a_rule_error_where_written(tmp_path: Path) -> None:
    folder = write_pack(
        tmp_path,
        {
            "bad": rule_yaml(
                "NEW001", "bad", "boilerplate", 'furniture_class: x\nfurniture_vocabulary: ["x (unclosed"]\n'
            )
        },
    )
    _, [err] = load_pack(folder)
    assert "class: regex" in err.message


def test_a_rule_naming_an_unknown_class_is_a_rule_error(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, {"bad": rule_yaml("NEW001", "bad", "boilerplate", "furniture_class: nowhere\n")})
    _, [err] = load_pack(folder)
    assert "names no class" in err.message


def test_a_long_line_the_model_finds_is_reported_without_a_fix(tmp_path: Path) -> None:
    # A verdict is a score: --fix deletes a short line of furniture, never a long one it may misjudge.
    long_line = "Sign in | Create account | My profile | Log out | Forgot your password? | Members area"
    draft = tmp_path / "draft.md"
    draft.write_text(STORY + f"\n{long_line}\n\nLog in | Register\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--diff", str(draft)])
    lines = result.output.splitlines()
    removed = [line for line in lines if line.startswith("-") and line[1:].strip() and not line.startswith("---")]
    assert removed == ["-Log in | Register"]


def test_each_distinct_paragraph_is_read_once_by_the_vocabulary(model, monkeypatch) -> None:
    texts: list[str] = []
    reads = FurnitureModel.classes_in

    def counted(self: FurnitureModel, text: str, timeout: float | None = None) -> Named:
        texts.append(text)
        return reads(self, text, timeout)

    monkeypatch.setattr(FurnitureModel, "classes_in", counted)
    doc = Document("draft.md", STORY + "\nx\n\n" * 500 + "Sign in | Create account\n\nx\n\nSign in | Create account\n")
    features = furniture_features(doc, model, Analyses(doc, builtin_rule_set().settings))
    assert len(texts) == len(set(texts)) and {"x", "Sign in | Create account"} <= set(texts)
    assert sum(values["repeated"] for values in features.values()) == 2  # the two "Sign in" lines


def test_a_long_prompt_to_the_reader_is_scored_and_long_reporting_stays_quiet(tmp_path: Path) -> None:
    # Furniture runs to 30 words: a sign-up sentence of 28 is read by the model, reporting of as many is not flagged.
    prompt = (
        "Sign up for our morning briefing and get the day's top stories, the weather and the best of our "
        "opinion pages delivered to your inbox before breakfast."
    )
    reporting = (
        "The harbour board said on Tuesday that it would post the minutes of every meeting on its website, "
        "its newsletter and its Facebook page from next month."
    )
    found = check(tmp_path, f"{STORY}\n{prompt}\n\n{reporting}\n", "--select", "BOI")
    assert {code for line, code in found if line == 5} == {"BOI001"}
    assert not {code for line, code in found if line == 7}


def test_a_paragraph_opening_with_an_imperative_reads_as_a_prompt(model) -> None:
    values = model.features("Notify me by email when someone replies to my comment.", Context(full_sentence=True))
    assert values["imperative"] == 1.0 and model.score(values) >= model.threshold
    assert model.features("Replies to the survey came from every ward.", Context(full_sentence=True))["imperative"] == 0


def test_a_lines_own_words_leave_out_the_vocabulary_function_and_reader_words(model: FurnitureModel) -> None:
    line = "Follow our harbour reporter on Twitter for ferry updates"
    assert own_words(line, model) == {"harbo", "repor", "ferry", "updat"}


def test_words_the_body_copy_does_not_use_raise_the_furniture_score(model: FurnitureModel) -> None:
    line = "Harbour Board Chair Defends Pier Repairs In Comments To Ferry Users"
    doc = Document("d.md", f"{line}\n\n{STORY}")
    features = furniture_features(doc, model, Analyses(doc, {}))
    assert model.table["foreign_words"] > 0
    assert features[0]["foreign_words"] <= 0.5  # harbour, board, chair, pier, repairs: the story's


def test_an_ellipsis_is_not_a_full_stop(model: FurnitureModel) -> None:
    assert model.shape("Replies are loading...", Context())["period_end"] == 0.0
    assert model.shape("Replies are loading\u2026", Context())["period_end"] == 0.0
    assert model.shape("The replies were loaded.", Context())["period_end"] == 1.0


def test_a_finite_verb_is_read_with_its_case(model: FurnitureModel) -> None:
    # a name in title case is not a subject and its verb; a headline's lower-case verb is
    assert model.shape("Image copyright Harbour Pictures", Context())["finite_verb"] == 0.0
    assert model.shape("No replies", Context())["finite_verb"] == 0.0  # two words: a label
    assert model.shape("Harbour Board approves pier repairs", Context())["finite_verb"] == 1.0
    assert model.shape("THE FERRY WAS LATE", Context())["finite_verb"] == 1.0


def test_a_count_beside_a_word_is_a_shape(model: FurnitureModel) -> None:
    counts = ["27 comments", "Replies (14)", "Picture 3 of 12"]
    assert [model.shape(text, Context())["count"] for text in counts] == [1.0, 1.0, 1.0]
    assert model.shape("The ferry carried 27 passengers on Monday.", Context())["count"] == 0.0


def test_an_entry_looking_behind_a_slash_names_its_class(model: FurnitureModel) -> None:
    classes, _, _, closes, _ = model.classes_in("Ines Okafor/The Pellin Echo via AP")
    assert classes == ["credits"] and closes


def test_an_entry_looking_past_its_match_names_its_class() -> None:
    model = FurnitureModel(parse_vocabulary(["credits: credit(?=\\.{3})", "legal: imprint"]), (), frozenset(), (), ())
    assert model.classes_in("Credit...Ines Okafor")[0] == ["credits"]
    assert model.classes_in("Credit history")[0] == []


def test_a_phrase_of_furniture_is_told_from_a_word_in_passing(model: FurnitureModel) -> None:
    closed = model.features("Comments on this story are now closed.", Context(full_sentence=True))
    passing = model.features("They were also handing out cookies.", Context(full_sentence=True))
    assert (closed["phrase"], closed["in_passing"]) == (1.0, 0.0)
    assert (passing["phrase"], passing["in_passing"]) == (0.0, 1.0)
    assert model.score(closed) >= model.threshold > model.score(passing)


def test_the_packs_shapes_read_a_stamp_a_row_of_controls_and_a_credit(model) -> None:
    assert model.drawn_shapes("Filed from the quay 5 hours ago") == {"shape:stamp": 1.0}
    header = {"shape:stamp": 1.0, "shape:header": 1.0}  # a name, a verb of posting, a stamp and nothing else
    assert model.drawn_shapes("Marta Llewellyn says: May 2, 2022 at 7:05 pm Reply") == header
    assert model.drawn_shapes("Marta Llewellyn said on May 2, 2022 that the pier was safe") == {"shape:stamp": 1.0}
    assert model.drawn_shapes("Reply Flag Delete") == {"shape:controls": 1.0}
    assert model.drawn_shapes("Ines Okafor/The Pellin Echo") == {"shape:credit": 1.0}
    assert model.drawn_shapes("He paid $2m for the pier and/or the quay in 2019.") == {}


def test_a_row_of_votes_and_a_reply_at_the_top_of_a_draft_is_comment_furniture(model) -> None:
    # Counts and arrows are not words of the vocabulary: the row's shape carries it over the threshold.
    values = model.features("9 ▲ 2 ▼ Reply", Context(edge=True))
    assert values is not None and values["shape:controls"] == 1.0
    assert model.score(values) >= model.threshold


def test_every_weight_the_model_reads_is_a_name_a_weights_entry_may_give(model: FurnitureModel) -> None:
    """SHAPES, which a config's weights are checked against, keeps up with the features the model computes."""
    values = model.features("Sign up for our newsletter: Reply Flag Delete", Context(edge=True, display_place=True))
    assert values is not None
    assert {name for name in values if not name.startswith((CLASS_PREFIX, SHAPE_PREFIX))} == set(SHAPES)
    assert {name for name, _ in model.weights} - {*SHAPES, *WEIGHT_SETTINGS} == {
        name for name, _ in model.weights if name.startswith((CLASS_PREFIX, SHAPE_PREFIX))
    }


def test_a_bad_shape_entry_is_a_rule_error_where_written(tmp_path: Path) -> None:
    for entry, problem in (("stamp (unclosed", "'class: regex'"), ("stamp: (unclosed", "invalid regex")):
        options = f'furniture_class: x\nfurniture_vocabulary: ["x: y"]\nfurniture_shapes: ["{entry}"]\n'
        folder = write_pack(tmp_path / entry[:6], {"bad": rule_yaml("NEW001", "bad", "boilerplate", options)})
        _, [err] = load_pack(folder)
        assert problem in err.message


def test_a_caption_naming_its_furniture_in_its_label_is_no_sentence_in_passing(model: FurnitureModel) -> None:
    sentence = Context(full_sentence=True, foreign=1.0)  # a caption's words are read as foreign (furniture_verdicts)
    caption = model.features("PICTURE: Keepers at the lamp room door.", sentence)
    passing = model.features("The keepers posed for a picture at the door.", sentence)
    update = "UPDATE: The keepers left the lamp room in 1994."  # a label naming no furniture
    assert model.labelled("Top image: the lamp room.") and not model.labelled(update)
    assert caption is not None and caption["in_passing"] == 0.0 and model.score(caption) >= model.threshold
    assert passing is None or model.score(passing) < model.threshold


def test_a_lone_label_of_a_picture_or_a_comment_menu_names_its_class(model: FurnitureModel) -> None:
    assert [model.classes_in(text)[0] for text in ("Pictures", "Image 2 of 7", "Opinion & Commentary")] == [
        ["credits"],
        ["credits"],
        ["comments"],
    ]
    for text in ("A picture of the keepers", "Commentary", "Credit Suisse shares fell"):
        assert model.classes_in(text)[0] == []


def test_a_reader_speaking_outside_any_quotation_is_a_shape(model: FurnitureModel) -> None:
    assert model.drawn_shapes("I agree with the comment above") == {"shape:first_person": 1.0}
    assert model.drawn_shapes('"I have no comment," the keeper said.') == {}


def test_a_commenters_header_without_its_stamp_is_a_header(model: FurnitureModel) -> None:
    assert model.drawn_shapes("Rowan said... Reply Delete") == {"shape:header": 1.0}
    assert model.drawn_shapes("Rowan said: the lamp was lit in 1994") == {}


def test_a_consent_banners_own_sentence_and_its_row_of_buttons_are_cookie_furniture(model: FurnitureModel) -> None:
    banner = "We and our 140 partners store and/or access information on your device. Accept all | Refuse"
    assert model.classes_in(banner)[0] == ["cookies"]
    assert model.classes_in("Accept all | Manage")[0] == ["cookies"]
    values = model.features(banner, Context(edge=True, foreign=1.0))
    assert values is not None and model.score(values) >= model.threshold
    # the buttons' words in a sentence of reporting name nothing
    assert model.classes_in("The board voted to reject all three bids for the quay.")[0] == []


def test_an_affiliate_disclosure_is_one_phrase_of_ad_furniture(model: FurnitureModel) -> None:
    disclosure = "We may earn a small commission if you buy through links on this page."
    values = model.features(disclosure, Context(full_sentence=True, edge=True, foreign=1.0))
    assert values is not None and values["phrase"] == 1.0 and model.score(values) >= model.threshold
    reported = "Brokers may earn a commission of up to 3 per cent on each sale, the regulator said."
    passing = model.features(reported, Context(full_sentence=True))
    assert passing is None or model.score(passing) < model.threshold


def test_a_closed_comment_section_named_with_its_page_after_the_state_is_a_phrase(model: FurnitureModel) -> None:
    closed = model.features("Comments are disabled on this story for legal reasons.", Context(full_sentence=True))
    assert closed is not None and (closed["phrase"], closed["in_passing"]) == (1.0, 0.0)
    assert model.score(closed) >= model.threshold


def test_a_statement_narrating_the_furniture_it_names_is_the_storys_own(tmp_path: Path) -> None:
    # Reporting about alerts or a podcast has a third-person subject, a verb and people or bodies of its own;
    # a prompt says "your", and the site speaking of its own terms names no person of the story.
    alerts = "Alerts will be sent to engineers at the Pellow yard whenever the pier sensors trip."
    podcast = (
        "The pier closure is discussed in this week's episode of our Quayside podcast, with Mara Tosk "
        "recalling the night she first saw the cracks."
    )
    terms = "Use of the Quayside site is governed by our Terms of Use and Community Guidelines."
    prompt = "Alerts about the pier will be sent straight to your inbox every morning from the Quayside desk."
    draft = f"{STORY}\n{alerts}\n\n{podcast}\n\n{terms}\n\n{prompt}\n"
    found = check(tmp_path, draft, "--select", "BOI")
    assert not {code for line, code in found if line in (5, 7)}
    assert {line for line, _ in found} == {9, 11}


def test_pictures_from_an_event_are_the_storys_and_pictures_from_a_source_a_credit(tmp_path: Path) -> None:
    # "Photos from" a source credits it; "from the reopening" introduces pictures of what the story reports.
    spread = "Photos from the reopening of the north pier quickly spread online."
    posted = "Images from the reopening, posted by ferry passengers:"
    credit, link = "Photo from the Pellow Gazette", "See photos from the reopening here"
    found = check(tmp_path, f"{STORY}\n{spread}\n\n{posted}\n\n{credit}\n\n{link}\n", "--select", "BOI")
    assert found == {(9, "BOI005"), (11, "BOI005")}  # a prompt to see the pictures is a link's


def test_a_sentence_of_furniture_after_another_sentence_is_a_phrase(model: FurnitureModel) -> None:
    # a comment section's rule and then its state: the state is a sentence of its own, furniture through and through
    rules = model.features(
        "Posts must stay on the topic of the story. Comments are moderated.", Context(True, edge=True)
    )
    assert rules is not None and (rules["phrase"], rules["in_passing"]) == (1.0, 0.0)
    # one sentence naming furniture in passing is still in passing, however many sentences stand around it
    passing = model.features("The stall ran out early. They were also handing out cookies.", Context(True))
    assert passing is not None and (passing["phrase"], passing["in_passing"]) == (0.0, 1.0)


def test_a_sentence_of_furniture_inside_the_body_copy_is_the_storys(model: FurnitureModel) -> None:
    # among the story's sentences a short one on a comment section's rules is what the story reports
    told = "The clerk read the forum rules aloud. Posts must be civil. Comments are moderated."
    values = model.features(told, Context(True))
    assert values is not None and values["phrase"] == 0.0
    first, second = STORY.strip().split("\n\n")
    assert 5 not in boi_lines(["Harbour board closes north pier", first, told, second])


def test_an_imperative_opening_a_later_sentence_makes_a_prompt(model: FurnitureModel) -> None:
    assert model.later_imperative("Rode the new ferry? Share your trip below.")
    assert not model.later_imperative("Share prices fell. The board met on Monday.")  # the first sentence is not later
    assert not model.later_imperative("Rode the new ferry? The crossing took an hour.")


def test_a_comment_section_shut_or_empty_said_as_a_sentence_is_comment_furniture(model: FurnitureModel) -> None:
    for line in (
        "New replies cannot be posted to this thread",
        "Comments cannot be posted to this story.",  # the single words of the class stand after the sentence
        "Sorry, no comments were found for this story.",
        "This site uses Akismet to reduce spam.",
        "Rode the new ferry? Let us know how the crossing went in the comment section below.",
    ):
        values = model.features(line, Context(full_sentence=line.endswith("."), foreign=1.0))
        assert values is not None and values["class:comments"] == 1.0, line
        assert model.score(values) >= model.threshold, line
    reported = "Residents' comments cannot be posted online until the review ends, the clerk said."
    values = model.features(reported, Context(full_sentence=True))
    assert values is not None and model.score(values) < model.threshold


def test_an_audio_players_label_and_a_link_to_a_recording_are_promos(tmp_path: Path) -> None:
    reported = "The audio track of the hearing was played in court."
    draft = f"{STORY}\nAudio Track\n\n9:14 AM \u2013 Link to audio\n\n{reported}\n"
    found = check(tmp_path, draft, "--select", "BOI")
    assert {line for line, code in found if code == "BOI008"} == {5, 7}
    assert not {code for line, code in found if line == 9}


def test_a_figure_opening_a_line_before_what_it_counts_is_a_count(model: FurnitureModel) -> None:
    assert model.shape("32 Comments from the forums", Context())["count"] == 1.0
    assert model.shape("2 replies on \u201cThe pier reopens\u201d", Context())["count"] == 1.0
    assert model.shape("32 passengers from the ferry", Context())["count"] == 0.0  # no furniture counted
    reported = model.features("12 sponsors pulled out of the regatta, the club said.", Context(full_sentence=True))
    assert reported is not None and reported["count"] == 1.0 and model.score(reported) < model.threshold


def test_a_line_label_has_as_many_words_as_asked() -> None:
    assert line_label(3).match("Top image: the quay at dawn")
    assert not line_label(3).match("More from the Gazette: fares to rise")
    assert line_label(5).match("More from the Gazette: fares to rise")


def test_a_prompt_saying_where_the_readers_answer_goes_is_comment_furniture(model: FurnitureModel) -> None:
    for line in (
        "Sailed the new route? Post your rating and thoughts below.",
        "Questions for the harbour master? Leave them below.",
        "Visited the pier this week? Share your review below.",
    ):
        values = model.features(line, Context(full_sentence=True, foreign=1.0))
        assert values is not None and values["class:comments"] == 1.0, line
        assert model.score(values) >= model.threshold, line
    reported = model.features("Readers were invited to post their reviews on the ferry company's site.", Context(True))
    assert reported is None or model.score(reported) < model.threshold


def test_what_the_site_does_with_a_comment_breaking_its_rules_is_comment_furniture(tmp_path: Path) -> None:
    rules = "Stay polite. Comments breaking our house rules may be hidden."
    abuse = "Comments that contain threats or slurs will be removed."
    guestbook = "Remember Agnes: sign the online guestbook"
    reported = "Comments that named the children were removed within the hour, the moderator said."
    draft = f"{STORY}\n{rules}\n\n{abuse}\n\n{guestbook}\n\n{reported}\n"
    found = check(tmp_path, draft, "--select", "BOI")
    assert {line for line, code in found if code == "BOI009"} == {5, 7, 9}
    assert not {code for line, code in found if line == 11}


def test_sort_controls_thread_states_and_reader_votes_are_comment_furniture() -> None:
    """A comment section's sort control and its options, a thread's state and its links, and the widget that
    tallies readers' votes or asks for a rating stand between the story's paragraphs as furniture; the same
    words in a sentence of reporting stay quiet."""
    story = [
        "The ferry board met on Thursday to settle the winter timetable, its secretary said.",
        "Crossings will leave the north quay every ninety minutes from November, according to the board.",
    ]
    furniture = [
        "Sorted by: Most helpful",
        "Newest",
        "This thread has been locked",
        "Continue this thread",
        "Load more threads",
        "3.8 from 42 votes",
        "4/5 (9 votes)",
        "81% upvoted",
        "Rate this story",
        "Was this article helpful?",
        "62% of readers think this story is accurate. Add your two cents.",
    ]
    for line in furniture:
        assert boi_lines([story[0], line, story[1]]) == {3}, line
    reporting = [
        "Moderators locked the forum thread after the row over fares, the operator said.",
        "Its newest vessel, the Kestrel, will take the early crossing, the board said.",
        "The plan passed 4/5 (9 votes) at the board, its secretary said.",
    ]
    for line in reporting:
        assert boi_lines([story[0], line, story[1]]) == set(), line


def test_labels_counts_and_player_controls_of_every_class_are_furniture_and_their_words_in_reporting_are_not() -> None:
    """Lines of page furniture named by a label alone, a count or a control: an account link, the news offered by
    e-mail and the form's e-mail field, the footer's pages on reuse, a count of shares and the form that mails the
    story on, a slideshow's count and a syndicated piece's origin, a video player's controls, the popular list and
    a writer's other posts."""
    story = [
        "The ferry board met on Thursday to settle the winter timetable, its secretary said.",
        "Crossings will leave the north quay every ninety minutes from November, according to the board.",
    ]
    furniture = [
        "Harbour Ledger Account",
        "Create a new account",
        "Top headlines by email",
        "E-mail (required)",
        "Takedown and DMCA Policy",
        "Reprints",
        "1,208 shares",
        "Email this story",
        "Slideshow (8 photos)",
        "This story originally appeared on the Quay Gazette.",
        "Play Video",
        "Playback speed",
        "Popular Stories",
        "Latest posts by Ann Voss",
    ]
    for line in furniture:
        assert boi_lines([story[0], line, story[1]]) == {3}, line
    reporting = [
        "Shares in the ferry operator fell 4 percent after the vote, traders said.",
        "Her account of the crossing differs from the captain's, the inquiry found.",
        "The essay was originally published in a harbour magazine in 1998.",
        "The video will play in cinemas next month, the studio said.",
        "Popular anger grew after fares rose, the union said.",
    ]
    for line in reporting:
        assert boi_lines([story[0], line, story[1]]) == set(), line


def test_a_pages_template_and_comment_widgets_in_more_shapes_are_furniture_and_their_words_in_reporting_are_not() -> (
    None
):
    """A page's template (the time to read, the tags it is filed under, a breadcrumb trail between arrows), a comment
    widget counting who takes part or what it shows, its header counting replies before the story's quoted title, its
    failure to load, the site shutting it in its own voice, a forum's page controls, a post's header and its thanks
    by handle, a broadcaster's call to text in, who may take part and what happens to a reader's comment, a
    picture's source as a label in brackets and an agency's photo credit before its photographer."""
    story = [
        "The ferry board met on Thursday to settle the winter timetable, its secretary said.",
        "Crossings will leave the north quay every ninety minutes from November, according to the board.",
    ]
    furniture = [
        "7 min read",
        "Filed under: Ferries, Kestrel Bay, Transport",
        "Travel > Ferries > Kestrel Bay",
        "212 people are talking about this",
        "Showing 10 of 36 comments",
        "9 Responses to “Why the winter timetable keeps slipping”",
        "Sorry, we couldn't load the comments. Please try again later.",
        "We have switched off comments on this story.",
        "« Prev 1 2 3 Next »",
        "Posted by: gullwatch | Member | 4 May 2026, 19:44",
        "Thanks from: gullwatch, kestrel_77, Ferryfan",
        "Get involved: text 81111 with your views",
        "(Supplied: Kestrel Ferries)",
        "Wire Photo/Ines Marrow",
        "You need to be a registered member to reply to this thread.",
        "Your comment has been submitted and is awaiting approval.",
        "Join the debate",
    ]
    for line in furniture:
        assert boi_lines([story[0], line, story[1]]) == {3}, line
    reporting = [
        "The crossing takes about 7 minutes, and most passengers read on the way, the board said.",
        "The boats were filed under the wrong register in 2019, the inquiry found.",
        "By Ann Voss · 6 min read",  # a byline with its reading time is the story's byline
        "About 212 people are talking about the timetable in the village, the councillor said.",
        "Readers sent 36 comments on the plan, and the board answered each, its secretary said.",
        "Only registered voters can comment at the hearing, the clerk said.",
    ]
    for line in reporting:
        assert boi_lines([story[0], line, story[1]]) == set(), line
