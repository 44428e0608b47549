"""The article's own title, in the shapes pages and newsrooms give it, is read as the article's by every
boilerplate rule, while residue pasted above it is still reported."""

from __future__ import annotations

import pytest

from attrlint.document import Document
from attrlint.ruleset import builtin_rule_set

# Made-up stories, each about what the furniture vocabulary names: an agency, a comment, an app, a poll.
AGENCY = (
    "The Environmental Protection Agency said on Monday it would delay a rule limiting runoff from farms,"
    " a decision that angered river groups in three states.",
    "EPA officials told reporters the delay would give farmers more time to respond to the draft, which drew"
    " 40,000 letters last year.",
)
REMARKS = (
    "Senator Dana Whitlow apologised on Tuesday for remarks she made about the harbour workers' union during a"
    " radio interview last week.",
    "Her comments drew criticism from both parties, and the union's leader said an apology was not enough,"
    " according to a statement.",
)
ADVERTS = (
    "The harbour council voted on Tuesday to remove the ferry company's ads from the quay, after traders"
    " complained that the posters blocked their stalls during the summer season.",
    "The ferry company said it would appeal and accused the council of breaking its own terms of use for the"
    " quay, which it said allowed ads on every pier.",
)
POLL = (
    "A poll for Reuters released on Sunday shows Governor Rhea Palmer leading her challenger by six points among"
    " likely voters, a wider lead than in May.",
    "The survey of 1,200 adults was conducted online and has a margin of error of three points, the pollsters said.",
)
TWEETS = (
    "Senator Dana Whitlow tweeted on Tuesday that the harbour workers' union leader should resign, two days after"
    " the union called her budget a betrayal.",
    "The union's leader replied in a statement that he would not step down, and party colleagues urged the senator"
    " to delete the message, according to her office.",
)
PICTURE = (
    "A picture of Senator Dana Whitlow asleep during the budget debate spread quickly on Friday after an agency"
    " photographer captured it from the gallery.",
    "Her office said the image was taken during a short recess, according to a statement, and that she had worked"
    " through the night.",
)

HEADLINES = [
    ("EPA delays farm runoff rule.", AGENCY),  # a title set as a sentence, opening with an agency's name
    ("EPA Delays Farm Runoff Rule", AGENCY),  # title case, no verb the list knows
    ("EPA DELAYS FARM RUNOFF RULE", AGENCY),  # capitals
    ("EPA chief defends delay of river rule", AGENCY),
    ("Why Did The EPA Delay The Runoff Rule?", AGENCY),
    ("Senator Whitlow Apologizes For Union Comments", REMARKS),
    ("Were Whitlow's Comments Out Of Line?", REMARKS),
    ("Whitlow Apologises For Her Union Remarks \u2013 Full Discussion", REMARKS),  # a section's name after a dash
    ("Harbour Council Orders Ferry Ads Off The Quay | The Lowmere Gazette", ADVERTS),  # the site's name
    ("Harbour Council Orders Ferry Ads Off The Quay - Lowmere Gazette", ADVERTS),
    ("Did The Ferry Firm Break The Council's Terms Of Use?", ADVERTS),  # a question ending in the vocabulary
    ("Council tells ferry firm to take down its ads.", ADVERTS),  # a sentence ending in what the story is about
    ("Whitlow mocks union leader on Twitter.", TWEETS),  # the story names the network in other words
    ("Getty Photographer Catches Whitlow Asleep", PICTURE),  # short, no verb the list knows, the story's words
    ("Reuters poll: Palmer leads by six.", POLL),
    ("WATCH: Governor Palmer Explains Her Lead In A Video", POLL),
]

RESIDUE = [
    "Advertisement",
    "Sign in | Register",
    "Photo: Getty Images",
    "Follow us on Twitter",
    "\u00a9 2026 Lowmere Gazette. All rights reserved.",
    "Comments are closed.",
    "Download our app for breaking news alerts",
    "Privacy Policy | Terms of Use",
    "We use cookies to improve your experience on our site.",
    "The Governor At The Harbour Wall On Sunday Reuters",  # a caption closing on its credit
    "Palmer Leads Poll | Getty Images",  # a credit after a separator is no site name
    "Sign up for the EPA Insider newsletter",
]


def _boilerplate_lines(text: str) -> list[int]:
    findings, _ = builtin_rule_set().lint(Document("draft.md", text))
    return sorted(finding.line for finding in findings if finding.code.startswith("BOI"))


@pytest.mark.parametrize(("headline", "body"), HEADLINES)
def test_the_articles_own_title_is_not_reported(headline: str, body: tuple[str, ...]) -> None:
    assert _boilerplate_lines("\n\n".join([headline, *body]) + "\n") == []


@pytest.mark.parametrize("residue", RESIDUE)
@pytest.mark.parametrize(("headline", "body"), HEADLINES[::3])
def test_residue_above_the_title_is_still_reported(residue: str, headline: str, body: tuple[str, ...]) -> None:
    assert _boilerplate_lines("\n\n".join([residue, headline, *body]) + "\n") == [1]
