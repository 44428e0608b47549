"""The parts of an article that name page furniture but are its own: headlines, quoted posts, repeats on purpose."""

from __future__ import annotations

import pytest
from furniture_drafts import BODY as _BODY

from attrlint.article_parts import (
    contact_tagline,
    echoes_body,
    headline_indexes,
    heads_its_section,
    in_heading_series,
    in_introduced_list,
    labels_a_statement,
    media_headline,
    narrates,
    plain_furniture,
    plain_lines,
    plain_subheads,
    quoted_post_indexes,
    reads_as_headline,
    reads_as_prompt,
    refers_back,
    story_sentence,
)
from attrlint.article_sections import figures_line
from attrlint.body_words import body_words
from attrlint.document import Document
from attrlint.furniture import FurnitureModel, furniture_model
from attrlint.ruleset import builtin_rule_set


@pytest.mark.parametrize(
    "text",
    [
        "Twitter Was Quick To Mock The Council's New Parking Fines",
        "WATCH: Mayor Says The Bridge Deal Will Be Signed By Friday",
        "WATCH LIVE: Council Votes on the Quay Budget Tonight",  # a label of two words in capitals
        "Video: Harbour Crane Topples Onto Two Empty Fishing Boats",
        "Council Votes To Close Three Libraries Despite Petition",
        "Inspectors Close Riverside Bridge After Cracks Found In Supports Again",
    ],
)
def test_a_headline_reads_as_one(model: FurnitureModel, text: str) -> None:
    assert reads_as_headline(text, model)


@pytest.mark.parametrize(
    "text",
    [
        "Sign up for our newsletter to get the day's top stories in your inbox",
        "Comments are closed on this article for legal reasons",
        "We will send you the news right to your inbox",
        "This site uses cookies.",
        "The Mayor Opens The New Harbour Wall Getty Images",  # a caption ending in its credit
        "The mayor opens the harbour wall. (Reuters)",
        "Home · News · Sport · Weather · Contact Us",
        "Harbour Trust Annual Report 2026",  # short, title case, no verb: a credit or a name
        "most read stories this week in the harbour",
        "Teachers say the new timetable is working… Read more",
        "Comment: The Council Is Wrong To Close Three Libraries",  # a teaser of another story
        "READ MORE: The Council Is Wrong To Close Three Libraries",  # a teaser's label of two words
    ],
)
def test_residue_does_not_read_as_a_headline(model: FurnitureModel, text: str) -> None:
    assert not reads_as_headline(text, model)


def test_a_subhead_needs_a_verb_and_no_credit_at_its_end(model: FurnitureModel) -> None:
    assert reads_as_headline("Parents said the council had ignored their petition", model, first=False)
    assert not reads_as_headline("The Harbour At Dawn On Tuesday Photo Courtesy Of Jo Bell", model, first=False)


def test_headlines_stand_only_right_before_the_body(model: FurnitureModel) -> None:
    texts = ["Council Votes To Close Three Libraries Despite Petition", "Body copy follows here."]
    assert headline_indexes(texts, 1, model) == {0}
    assert headline_indexes(texts, 0, model) == {0}  # a long headline counts as body by its length
    body = "The council voted on Tuesday to close three libraries despite a petition signed by four thousand people."
    scraped = ["Council Votes To Close Three Libraries Despite Petition", "By Staff", "March 3", "Updated", body]
    words = body_words([body])
    assert headline_indexes(scraped, 4, model) == set()  # more than a headline, subhead and dateline
    assert headline_indexes(scraped, 4, model, words) == {0}  # the first line is still the title of the story
    other = ["The Advertising Disclaimer Below Does Not Apply Here", *scraped[1:]]
    assert headline_indexes(other, 4, model, words) == set()  # a line of the page, not about the story
    assert headline_indexes(texts[:1], 1, model) == set()  # no body after it


def test_a_quoted_post_is_marked_by_its_link_or_its_credit_line() -> None:
    texts = [
        "The council's decision drew a quick response.",
        "Parking in Lowmere is now a luxury pic.twitter.com/ab12Cd",
        "\u2014 Hana Blake (@hanablake_lm) March 3, 2026",
        "Another resident was blunter:",
        "Share this if you think the fines are too high",
        "\u2014 Priya Stone (@stonesdeli)",
        "Follow us on Twitter",
    ]
    assert quoted_post_indexes(texts) == {1, 2, 3, 4, 5}


def test_a_post_embedded_by_its_address_is_a_quoted_post() -> None:
    assert quoted_post_indexes(["Follow us on Twitter", "https://twitter.com/harbour_fan/status/1234567890"]) == {1}


def test_a_credit_line_reaches_no_higher_than_the_post_holding_a_link() -> None:
    texts = ["Sign up for alerts", "Great day at the harbour https://t.co/Ab12", "\u2014 Jo Bell (@jobell) May 1, 2026"]
    assert quoted_post_indexes(texts) == {1, 2}


def _echoes(model: FurnitureModel, lines: list[str]) -> set[int]:
    words = body_words(_BODY)
    return {index for index, line in enumerate(lines) if echoes_body(line, model, words)}


def test_a_line_made_of_the_body_copys_words_is_the_articles_own(model: FurnitureModel) -> None:
    lines = [
        "Watch: Ferry Traders Celebrate As Council Deal Passes",  # a subhead about the story
        "Sign up for our weekly harbour newsletter and never miss a sailing update.",  # opens with furniture
        "Exclusive Cruise Deals From Our Travel Partners This Week",  # words of its own
        "Ferry traders on the quay. Photo by Ines Okafor",  # a caption: its echo is no evidence
    ]
    assert _echoes(model, lines) == {0}


def test_the_writers_own_sentence_about_the_story_may_end_in_the_vocabulary(model: FurnitureModel) -> None:
    lines = [
        "As the council agreed on Tuesday, the ferry traders will pay their fee at the quay market, we learnt"
        " in the weekly discussions.",  # a statement of the writer's: a finite verb and a full stop
        "The council and the ferry traders on the quay market and the fee… Read more",  # a teaser's ellipsis
        "Join the ferry traders and the council on the quay market in the discussions.",  # a prompt
        "Ferry traders and council fees. On the quay market. In your inbox.",  # a slogan's fragments
    ]
    assert _echoes(model, lines) == {0}


def test_a_request_to_the_reader_in_the_body_copys_words_is_no_line_of_the_article(model: FurnitureModel) -> None:
    lines = [
        "Traders back the quay deal. Please share this harbour council story!",  # a sentence opening "please"
        "Donate to the ferry traders' quay market fund!",  # an imperative opening the line
        "Ferry Traders Celebrate As Council Deal Passes",  # a headline: still the article's own
        "Watch: Ferry Traders Celebrate As Council Deal Passes",  # the label over it is no request
    ]
    assert _echoes(model, lines) == {2, 3}
    appeal = "\n\n".join([*_BODY, lines[1]])
    findings, _ = builtin_rule_set().lint(Document("draft.md", appeal))
    assert [finding.line for finding in findings if finding.code.startswith("BOI")] == [5]


def test_a_headline_in_title_case_opening_with_a_word_that_can_be_a_verb_is_the_articles_own(
    model: FurnitureModel,
) -> None:
    lines = ["Support Grows For Ferry Traders' Quay Deal", "Keep Ferry Traders On The Quay, Council Told"]
    assert _echoes(model, lines) == {0, 1}


def test_a_subhead_inside_the_body_copy_is_not_reported_as_a_teaser() -> None:
    text = "\n\n".join([_BODY[0], "Watch: Ferry Traders Celebrate As Council Deal Passes", _BODY[1]])
    findings, _ = builtin_rule_set().lint(Document("draft.md", text))
    assert [finding.code for finding in findings if finding.code.startswith("BOI")] == []


def test_a_line_of_a_series_of_headings_or_a_list_is_the_articles_own(model: FurnitureModel) -> None:
    letters = ["LETTERS.", _BODY[0], "FACEBOOK.", _BODY[1], "TWITTER."]
    pairs = [_BODY[0], "Gullwing and Ferrylink.", "Instagram and Facebook.", _BODY[1]]
    alone = [_BODY[0], "FACEBOOK.", _BODY[1], "By Ines Okafor", "Getty Images"]

    def series(texts: list[str]) -> set[int]:
        kin = plain_lines(texts, model)
        return {index for index in range(len(texts)) if in_heading_series(texts, index, lambda: kin)}

    assert series(letters) >= {2, 4}
    assert series(pairs) >= {2}
    assert not series(alone) & {1, 4}  # no kin: a byline does not make a credit a heading


def test_a_prompt_to_the_reader_is_no_heading_of_a_series(model: FurnitureModel) -> None:
    assert reads_as_prompt("Share this story:", model)
    assert reads_as_prompt("Subscribe to our ferry bulletins.", model)
    assert not reads_as_prompt("The timetable at a glance:", model)
    assert not reads_as_prompt("FACEBOOK.", model)


def test_a_title_case_headline_with_like_as_a_preposition_reads_as_one(model: FurnitureModel) -> None:
    assert reads_as_headline("Mayor Just Woke Up And Attacked The Ferry Traders On Twitter Like A Bully", model)
    assert not reads_as_headline("Home News Sport Weather Subscribe Sign In Today", model)


def test_a_headline_in_ap_style_with_lower_case_prepositions_reads_as_one(model: FurnitureModel) -> None:
    assert reads_as_headline("Union Calls for Release of Reuters Photographers in Tarnport", model)
    assert not reads_as_headline("Photographers on the quay in Tarnport for Reuters", model)  # ends in its credit


def test_a_subhead_is_taken_up_by_the_section_under_it_among_other_subheads(model: FurnitureModel) -> None:
    under = "Passengers give their consent when they buy a pass, the company says, but few of them read the terms."
    texts = ["Consent", under, "Refund Claims", _BODY[0], "Twitter", _BODY[1], "Share on Facebook", under]

    def is_body(index: int) -> bool:
        return len(texts[index].split()) >= 15

    kin = plain_subheads(texts, model, is_body)
    assert kin == {2}
    found = {index for index in range(len(texts)) if heads_its_section(texts, index, model, is_body)}
    assert found == {0}  # "Twitter": its section does not name it; "Share ...": a prompt


def test_a_subhead_naming_furniture_is_taken_up_by_its_own_words(model: FurnitureModel) -> None:
    pages = "Quay traders also pay for a page about their own stalls, which the Ledger marks with a grey band."
    teaser = "Quay Traders Say The Ledger's New Pages Will Cost Them Their Stalls And Their Summer Trade"
    texts = ["Court notices", _BODY[0], "Sponsored pages", pages, "Sponsored by Marrow Bank", pages, "Sponsored pages"]
    texts.append(teaser)  # a widget's heading over another story's headline, not over the writer's prose

    def is_body(index: int) -> bool:
        return len(texts[index].split()) >= 15

    found = {index for index in range(len(texts)) if heads_its_section(texts, index, model, is_body)}
    assert found == {2}  # "pages" heads a paragraph on a page; the bank is no subject of the section under it


def test_a_row_of_links_is_no_subhead_even_where_the_prose_under_it_uses_its_words(model: FurnitureModel) -> None:
    prose = "Police lined the quay for hours as ferry users waited, and the new timetable drew a crowd of critics."
    texts = ["Court notices", _BODY[0], "Privacy Policy | Terms of Use", prose]

    def is_body(index: int) -> bool:
        return len(texts[index].split()) >= 15

    assert not heads_its_section(texts, 2, model, is_body)


def test_a_short_line_under_a_sentence_ending_in_a_colon_is_an_item_of_its_list(model: FurnitureModel) -> None:
    intro = "The harbour trust is running three trials this summer:"
    items = [
        "Ferry tickets sold at the quay kiosk",
        "New alerts for ferry passengers when a sailing is cancelled",  # names furniture, in the story's words
        "Harbour parking for traders on market days",
    ]
    words = body_words([*_BODY, "Ferry passengers will get alerts when a sailing is cancelled, the trust said."])
    listed = [_BODY[0], intro, *items, _BODY[1]]
    assert in_introduced_list(listed, 3, model, words)
    prompt = [_BODY[0], "Share this:", *items, _BODY[1]]  # no statement introduces it
    assert not in_introduced_list(prompt, 3, model, words)
    dropped = [_BODY[0], intro, "Comments are closed on this story", *items, _BODY[1]]  # no words of the story
    assert not in_introduced_list(dropped, 2, model, words)


def test_a_post_quoted_as_text_opens_with_its_authors_handle() -> None:
    texts = [_BODY[0], "@harbourtrust: The quay will open to traders on Monday, no fees until June.", _BODY[1]]
    assert quoted_post_indexes(texts) == {1}
    assert quoted_post_indexes([_BODY[0], "Follow @harbourtrust for updates", _BODY[1]]) == set()


def test_a_network_above_a_paragraph_naming_it_is_residue_where_the_story_has_no_other_subhead() -> None:
    naming = "Passengers who complained on Facebook were told to send their details to the ferry company in a message."
    lone = [_BODY[0], "Facebook", naming, _BODY[1]]
    among = [_BODY[0], "Facebook", naming, "Refund Claims", _BODY[1]]

    def boi(texts: list[str]) -> list[str]:
        findings, _ = builtin_rule_set().lint(Document("draft.md", "\n\n".join(texts)))
        return [finding.code for finding in findings if finding.code.startswith("BOI")]

    assert boi(lone) == ["BOI002"]
    assert boi(among) == []


def test_a_statement_opening_with_a_pronoun_refers_back_to_the_story(model: FurnitureModel) -> None:
    assert refers_back("They\u2019re also baking cookies.", model)
    assert refers_back("She has kept her newsletter going for ten years.", model)
    assert not refers_back("This site uses cookies.", model)  # the page speaking of itself
    assert not refers_back("They accept cookies. You can opt out.", model)  # two sentences, one to the reader
    assert not refers_back("He speaks at the quay. Photo: Reuters", model)  # a caption's credit
    assert not refers_back("Their privacy policy", model)  # no statement


def test_a_statement_with_a_third_person_subject_narrates_the_furniture_it_names(model: FurnitureModel) -> None:
    assert narrates("Members of the Orrin rowing club must opt in to the new terms before March.", model)
    assert narrates("The ferry app is free and carries no advertisements, according to Halvard Lines.", model)
    assert not narrates("Our newsletter reaches the Orrin rowing club every Friday morning.", model)  # the site
    assert not narrates("The Orrin briefing lands in your inbox every Friday morning.", model)  # to the reader
    assert not narrates("Sign up and the Orrin briefing will arrive every Friday morning.", model)  # imperative
    assert not narrates("Use of this site is subject to the terms of service and the privacy policy.", model)
    assert not narrates("Orrin newsletter subscribers get early tickets. Subscribe today.", model)  # two sentences


def test_a_statement_under_a_teasers_label_is_a_print_storys_cross_reference(model: FurnitureModel) -> None:
    words = body_words(_BODY)
    assert labels_a_statement(
        "Related: The harbour council's plan, drawn up in 2019, had kept the quay clear on ferry days.", model, words
    )
    assert labels_a_statement(
        "Related: Our guide to ferry days on the quay, with the council's fees for traders, is printed on page 9.",
        model,
        words,
    )
    assert not labels_a_statement(
        "Related: Harbour council lets ferry traders park on the quay", model, words
    )  # a headline
    assert not labels_a_statement(
        "Related: Ferry traders win their fight. Council to review fees.", model, words
    )  # two
    assert not labels_a_statement(
        "Related: The harbour council's guide to parking is waiting in your inbox.", model, words
    )
    assert not labels_a_statement(
        "Note: The harbour council's parking plan, drawn up in 2019, had kept the quay clear.", model, words
    )


def test_a_sentence_of_the_story_names_a_credits_words_in_passing(model: FurnitureModel) -> None:
    words = body_words(_BODY)
    assert story_sentence("The quay traders posted this video:", model, words)  # introduces the posts below
    assert story_sentence("Quay Traders, the AFP's council correspondents, at the ferry", model, words)  # a caption
    assert not story_sentence("Quay Traders, AFP staff photographer", model, words)  # the credit closes it
    assert not story_sentence("Photo: Jo Bell/Reuters", model, words)  # a credit's label and separator
    assert not story_sentence("The quay traders at the council (Getty)", model, words)  # a bracketed credit
    assert not story_sentence("Watch the video:", model, words)  # a prompt


def test_a_labelled_headline_of_the_storys_own_video_is_the_articles(model: FurnitureModel) -> None:
    words = body_words(_BODY)
    assert media_headline("Video: Ferry traders park their vans on the new quay", model, words)
    assert not media_headline("Video: Ann Voss/Reuters", model, words)  # a credit
    assert not media_headline("Photo: Ferry traders park their vans on the quay.", model, words)  # a caption's stop
    assert not media_headline("Video: Volcano erupts over remote island village", model, words)  # another story
    assert not media_headline("Video: Watch the ferry traders park on the quay", model, words)  # a prompt
    assert not media_headline("UPDATE: Ferry traders park their vans on the quay", model, words)  # no media label
    draft = "\n\n".join([_BODY[0], "Video: Ferry traders park their vans on the new quay", _BODY[1]])
    findings, _ = builtin_rule_set().lint(Document("draft.md", draft))
    assert [finding.code for finding in findings if finding.code.startswith("BOI")] == []


def test_a_contact_tagline_names_the_person_to_reach(model: FurnitureModel) -> None:
    assert contact_tagline("Contact Ana Ruiz at 555-0142", model)
    assert contact_tagline("Contact Ana Ruiz: aruiz@harbourtimes.example", model)
    assert not contact_tagline("Contact us at news@harbourtimes.example", model)  # the site, not a person
    assert not contact_tagline("Contact Us | Privacy Policy", model)  # no way to reach anyone


def test_a_span_of_years_is_no_telephone_number_of_a_contact_tagline(model: FurnitureModel) -> None:
    footer = "Archive \u2013 Imprint \u2013 Contact \u2013 2011-2024 by Tomas Brede \u2013 Powered by Quillpress"
    assert not contact_tagline(footer, model)  # a site's footer row with its copyright years, no way to reach anyone
    assert not contact_tagline("Contact Tomas Brede, 2011 - 2024", model)
    assert contact_tagline("Contact Tomas Brede at 555-0142, 2011-2024", model)  # the telephone number still counts
    draft = "\n\n".join([_BODY[0], _BODY[1], footer])
    findings, _ = builtin_rule_set().lint(Document("draft.md", draft))
    assert [finding.line for finding in findings if finding.code.startswith("BOI")] == [5]


def test_a_contact_tagline_names_its_writer_by_role_or_by_a_name_of_any_spelling(model: FurnitureModel) -> None:
    assert contact_tagline("Contact the reporter at hblake@quaysidenews.example", model)
    assert contact_tagline("Contact the writer: hblake@quaysidenews.example, 555-0177", model)
    assert contact_tagline("Contact Ronan McAdam at rmcadam@quaysidenews.example", model)
    assert contact_tagline("Contact Aoife O'Dowd at aodowd@quaysidenews.example", model)
    assert contact_tagline("Contact Inés Núñez at inunez@quaysidenews.example", model)
    assert not contact_tagline("Contact the newsroom at desk@quaysidenews.example", model)  # no person
    assert not contact_tagline("Contact our reporter at desk@quaysidenews.example", model)  # the site's voice


def test_page_furniture_on_its_own_above_a_quoted_post_is_no_part_of_it() -> None:
    post = "Ferry traders are back on the quay this morning and the queue is already long"
    text = "\n\n".join([_BODY[0], "Advertisement", post, "\u2014 Hana Blake (@hanablake_lm) March 3, 2026", _BODY[1]])
    findings, _ = builtin_rule_set().lint(Document("draft.md", text))
    assert [(finding.code, finding.line) for finding in findings if finding.code.startswith("BOI")] == [("BOI003", 3)]
    assert plain_furniture("Sign in | Register", furniture_model(builtin_rule_set().settings))
    assert not plain_furniture("Ferry traders at the market", furniture_model(builtin_rule_set().settings))


@pytest.mark.parametrize(
    ("line", "quiet"),
    [
        ("Harbour council to live stream its vote on quay parking", True),
        ("Ferry market now sends text alerts before it closes", True),
        ("Quay market launches an app for ferry days", True),
        ("Harbour council news delivered to your inbox every morning", False),  # to the reader
        ("Kestrel Post readers get breaking news alerts first", False),  # not the story's words
        ("Story continues below advertisement", False),  # a page part
    ],
)
def test_a_display_line_written_about_its_subject_is_read_by_the_model(line: str, quiet: bool) -> None:
    # boi16's `about_its_subject` read these by hand; the furniture model's display_echo reads them now
    for paragraphs in (["Kestrel Post", "By Hana Blake", "March 3, 2026", line, *_BODY], [_BODY[0], line, *_BODY[1:]]):
        findings, _ = builtin_rule_set().lint(Document("draft.md", "\n\n".join(paragraphs)))
        line_number = 2 * paragraphs.index(line) + 1  # one blank line between paragraphs
        assert (not any(f.code.startswith("BOI") and f.line == line_number for f in findings)) == quiet


def test_a_headline_below_a_masthead_and_a_dateline_is_the_storys_own() -> None:
    alerts = "Harbour council now sends text alerts before each quay vote"
    for headline in (alerts, "Harbour council votes to livestream every meeting"):
        head = ["Kestrel Post", "By Hana Blake", "March 3, 2026", headline]
        findings, _ = builtin_rule_set().lint(Document("draft.md", "\n\n".join([*head, *_BODY])))
        assert [finding.code for finding in findings if finding.code.startswith("BOI")] == []


def test_a_caption_naming_a_person_of_the_story_and_its_picture_is_the_storys_own(model: FurnitureModel) -> None:
    words = body_words([*_BODY, "The market's founder, Ilse Marrow, said the quay had been a market since 1890."])
    assert story_sentence("Marrow as a young trader on the quay in a photo from 1961", model, words)
    assert story_sentence("Marrow with her brother at Skelby, in an old picture from Skelby's archive", model, words)
    assert not story_sentence("Dagny Holm in a photo taken at Skelby in 1961", model, words)  # not the story's
    assert not story_sentence("Marrow at Skelby in 1961. Photo by Dagny Holm", model, words)  # a credit
    assert not story_sentence("Marrow Studio Skelby copyright 1961", model, words)  # a credit's label


def test_a_labelled_headline_may_open_in_lower_case_after_its_label(model: FurnitureModel) -> None:
    words = body_words([*_BODY, "Traders say the new ferry app shows the quay parking fees before they drive in."])
    topics = "readers on quay parking fees, ferry traders and the new ferry app"
    assert reads_as_headline(f"Letters: {topics}", model, True, words)
    assert not reads_as_headline(topics, model, True, words)  # no label: a line of another page


_NEWSLETTER_STORY = [
    "Since the Brackwater Echo closed in 2022, a volunteer in the fishing town has written a weekly newsletter"
    " that most of its 3,000 households now read.",
    "Its author, retired harbourmaster Tobias Lind, said the newsletter began as a list of ferry delays and"
    " grew because people wanted to know what the town council had decided.",
    '"I never meant to start a newspaper," Lind said on Tuesday.',
    "The town council said it would print the newsletter for residents without phones from next year.",
]


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ([], "Why a fishing town still reads the same weekly newsletter"),  # a question's opening, no verb read
        ([], "Town newsletter to go to print after 300 issues"),  # a headline's "to" after the vocabulary
        ([], "How to get the town newsletter on older phones"),  # a service headline
        ([], "Live updates: town council votes on the ferry newsletter"),  # a live page's label
        (["Local news"], "Why a fishing town still reads the same weekly newsletter"),  # under a section label
        (["We use cookies to improve your visit. Manage preferences"], "Town keeps its newsletter after ferry row"),
    ],
)
def test_the_first_line_of_a_draft_about_furniture_is_its_headline(head: list[str], headline: str) -> None:
    text = "\n\n".join([*head, headline, *_NEWSLETTER_STORY])
    findings, _ = builtin_rule_set().lint(Document("draft.md", text))
    lines = {finding.line for finding in findings if finding.code.startswith("BOI")}
    assert 2 * len(head) + 1 not in lines


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for the Brackwater Briefing newsletter",  # an imperative
        "Get the town newsletter in your inbox every Friday",  # to the reader
        "Our newsletter is the best way to follow the town council",  # the site's voice
        "Newsletter: sign up for free updates on the ferry",  # a prompt after a label
        "Newsletters | Podcasts | Town council",  # a menu
    ],
)
def test_a_prompt_as_the_first_line_stays_furniture(prompt: str) -> None:
    findings, _ = builtin_rule_set().lint(Document("draft.md", "\n\n".join([prompt, *_NEWSLETTER_STORY])))
    assert 1 in {finding.line for finding in findings if finding.code.startswith("BOI")}


def test_a_line_of_figures_is_a_fact_box_and_a_counter_of_shares_is_residue(model: FurnitureModel) -> None:
    words = body_words(_NEWSLETTER_STORY)
    assert figures_line("Newsletter sign-ups: 2,400 | Households: 3,000 | Staff: 1", model, words)
    assert figures_line("Households: 3,000 \u00b7 Ferry delays listed: 212", model, words)
    assert not figures_line("Shares: 40 | Comments: 12", model, words)  # the page's counter
    assert not figures_line("Comments: 12 \u00b7 Shares: 40 \u00b7 Likes: 310", model, words)
    assert not figures_line("Newsletters | Podcasts | Town council", model, words)  # no figures
    text = "\n\n".join([*_NEWSLETTER_STORY[:2], "Newsletter sign-ups: 2,400 | Households: 3,000 | Issues: 300"])
    findings, _ = builtin_rule_set().lint(Document("draft.md", text + "\n\n" + _NEWSLETTER_STORY[3]))
    assert 5 not in {finding.line for finding in findings if finding.code.startswith("BOI")}


_OPT_IN = (
    "Under the plan, households must opt in before the weekly newsletter is printed, and the app will show"
    " ferry delays when they first log in."
)


def test_a_long_statement_of_the_storys_matter_narrates_without_a_name(model: FurnitureModel) -> None:
    words = body_words(_NEWSLETTER_STORY)
    assert narrates(_OPT_IN, model, words)  # no name, but the story's households, newsletter and ferry
    assert not narrates(_OPT_IN, model)  # without the body copy, a name is asked
    site = "This site uses cookies to improve the experience of visitors and to show relevant advertising to them."
    assert not narrates(site, model, words)  # the page speaking of itself, in words the story does not use
    comments = "Comments are moderated and may take up to a day to appear below the newsletter on this town page."
    assert not narrates(comments, model, words)  # opened by furniture
    assert not narrates("Households must opt in before the weekly newsletter is printed.", model, words)


def test_a_sentence_of_the_story_between_its_paragraphs_is_not_furniture() -> None:
    text = "\n\n".join([*_NEWSLETTER_STORY[:2], _OPT_IN, *_NEWSLETTER_STORY[2:]])
    findings, _ = builtin_rule_set().lint(Document("draft.md", text))
    assert 5 not in {finding.line for finding in findings if finding.code.startswith("BOI")}


_VOTE_STORY = [
    "Orrin district council will vote on Monday on a plan to close the two branch libraries in Wexcombe,"
    " after a year of argument over the budget.",
    "The council meeting will be streamed live on the council website, and residents may attend in person.",
    "Councillor Ada Ferrant said the closures would save about 400,000 pounds a year.",
]
_FARES_STORY = [
    "Ferry operators on the Selbury crossing have raised fares three times in two years, and the regulator"
    " expects another rise in the spring.",
    "Commuters who pay for season subscriptions say the rises cost them more than 300 pounds a year.",
    '"Nobody chose to live on an island to be squeezed," said commuter Pell Arkwright.',
]


@pytest.mark.parametrize(
    ("headline", "story"),
    [
        ("Watch live: Orrin council votes on Wexcombe library closures", _VOTE_STORY),  # a label over the event
        ("Watch now: Orrin district council meeting on the library closures", _VOTE_STORY),  # no verb after it
        ("Why your ferry subscriptions keep getting more expensive", _FARES_STORY),  # "your" in an explainer
        ("How to get Selbury ferry fare alerts on your phone", _FARES_STORY),  # a service headline
    ],
)
def test_a_labelled_or_explaining_headline_over_the_storys_event_is_its_own(headline: str, story: list[str]) -> None:
    findings, _ = builtin_rule_set().lint(Document("draft.md", "\n\n".join([headline, *story])))
    assert 1 not in {finding.line for finding in findings if finding.code.startswith("BOI")}


@pytest.mark.parametrize(
    ("prompt", "story"),
    [
        ("Watch live", _VOTE_STORY),  # the site's button
        ("Watch live: Evening bulletin with Ines Calder", _VOTE_STORY),  # another programme, not the story's
        ("WATCH LIVE: Our newsroom streams every council meeting", _VOTE_STORY),  # the site's voice
        ("Sign up: Orrin council newsletter", _VOTE_STORY),  # the label's imperative over furniture
        ("Most read: 1. Orrin council votes on libraries 2. Wexcombe fares rise", _VOTE_STORY),  # a teaser's list
        ("Why you should subscribe to our ferry newsletter", _FARES_STORY),  # the site's voice
        ("Get ferry fare alerts on your phone", _FARES_STORY),  # an imperative to the reader
    ],
)
def test_a_prompt_or_a_button_over_a_story_on_its_event_stays_furniture(prompt: str, story: list[str]) -> None:
    findings, _ = builtin_rule_set().lint(Document("draft.md", "\n\n".join([prompt, *story])))
    assert 1 in {finding.line for finding in findings if finding.code.startswith("BOI")}


_REVIEW = [
    "Sproutly, a new app for planning an allotment, is quick to learn and pleasant to look at.",
    "Its sowing calendar is the best part, and it follows the local frost dates closely.",
    "At five pounds a month, the app is dear for what it offers.",
]


def test_a_reviewer_telling_what_they_did_narrates_the_app(model: FurnitureModel) -> None:
    words = body_words(_REVIEW)
    declined = "In my second week I declined the app's prompts to turn on notifications and join its newsletter."
    assert narrates(declined, model, words)
    opened = "Every time I opened it, the app asked me to allow notifications, and every time I said no."
    assert narrates(opened, model, words)
    assert not narrates("Remind me later to turn on notifications and join the newsletter.", model, words)
    assert not narrates("I agree to receive the newsletter and notifications about offers from partners.", model)
    findings, _ = builtin_rule_set().lint(Document("draft.md", "\n\n".join([*_REVIEW[:2], declined, _REVIEW[2]])))
    assert 5 not in {finding.line for finding in findings if finding.code.startswith("BOI")}


def test_a_fact_box_whose_phrased_labels_name_furniture_is_the_storys(model: FurnitureModel) -> None:
    story = [
        "The Dunhallow Post had the busiest year in its history online, its owner said, after the floods and"
        " the election.",
        "Thousands more people now get its morning bulletin by email, and its phone app was installed widely.",
    ]
    words = body_words(story)
    assert figures_line("Newsletter sign-ups: 48,000 | Visitors a day: 9,000 | App downloads: 7,200", model, words)
    assert not figures_line("Shares: 40 | Comments: 12 | Likes: 310", model, words)  # a word a label: a counter
    assert not figures_line("Newsletter sign-ups: 48,000 | Weekly quiz entries: 900", model, body_words(_REVIEW))


_APP_STORY = [
    "The Tidewise app, launched by the Orrin harbour trust in May, tells sailors when the tide will turn at each quay.",
    "The trust says the app has been downloaded 4,000 times, mostly by skippers of small boats on the estuary.",
    "Skippers who tried the app said it was accurate but slow to load on older phones, and asked for a map.",
]


def test_the_reader_acted_on_by_what_the_story_is_about_narrates(model: FurnitureModel) -> None:
    words = body_words(_APP_STORY)
    launch = "On first launch, the Tidewise app asks you to pick a home quay and allow location access before it loads."
    assert narrates(launch, model, words)  # the app the story reviews acts on its user
    assert not narrates(launch, model)  # without the body copy, nothing says what the story is about
    promo = "The Gazette briefing sends you the tide tables and the harbour news every morning before seven."
    assert not narrates(promo, model, words)  # a thing the story is not about, offered to the reader
    assert not narrates("If you sail, the Tidewise app asks you to pick a home quay before it loads.", model, words)
    alerts = "Alerts about the Tidewise app will be sent straight to your inbox every morning from the harbour desk."
    assert not narrates(alerts, model, words)  # the subject's head is "Alerts", not the story's app
