"""Tests for the check kinds (existence, substitution, boilerplate) run through lint_document."""

from __future__ import annotations

import time

import pytest
from builtin_rules import lint_document
from conftest import rule_yaml, write_pack
from hypothesis import given, settings
from hypothesis import strategies as st

from attrlint.document import Document
from attrlint.kinds import base, body_copy, existence, furniture_verdicts, phrase_search
from attrlint.kinds.base import REGEX_TIMEOUT, unit_text
from attrlint.packs import load_pack, load_rules

SLOW_PATTERN = "(a|aa)+$"  # exponential in the `regex` module on 'a' * 40 + 'b' ('(a+)+$' is optimised)
SLOW_TEXT = "a" * 40 + "b"


def lint(text: str, *rules):
    findings, errors = lint_document(Document("draft.md", text), list(rules))
    assert errors == []
    return findings


def matched(text: str, *rules) -> list[str]:
    """The text of each finding (line by line) the rules give on text."""
    doc = Document("draft.md", text)
    findings, errors = lint_document(doc, list(rules))
    assert errors == []
    out = []
    for f in findings:
        start = doc.line_starts[f.line - 1] + f.column - 1
        end = doc.line_starts[f.end_line - 1] + f.end_column - 1
        out.append(doc.raw[start:end])
    return out


# --- existence ------------------------------------------------------------------------------------


def test_existence_tokens_match_whole_words(make_rule) -> None:
    rule = make_rule("existence", "tokens: [fumed]\n")
    assert matched("He fumed; fumes rose. Unfumed, she FUMED.", rule) == ["fumed", "FUMED"]


def test_existence_finding_position_and_message(make_rule) -> None:
    rule = make_rule("existence", "tokens: [lashed out]\n", message="'{match}' takes sides")
    [finding] = lint("First line.\nThe chair lashed out at critics.\n", rule)
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (2, 11, 2, 21)
    assert (finding.code, finding.name, finding.message) == (rule.code, rule.name, "'lashed out' takes sides")
    assert finding.suggestion is None


def test_existence_tokens_are_literal_not_regex(make_rule) -> None:
    rule = make_rule("existence", "tokens: [U.S.]\n")
    assert matched("The U.S. team met the UXSX club.", rule) == ["U.S."]


def test_existence_patterns(make_rule) -> None:
    rule = make_rule("existence", "patterns: ['gr[ae]y(?:ish)?']\n")
    assert matched("A grey sky, a gray sea, a greyish dawn, greyhounds.", rule) == ["grey", "gray", "greyish"]


def test_existence_ignorecase_false(make_rule) -> None:
    rule = make_rule("existence", "tokens: [Post]\nignorecase: false\n")
    assert matched("The Post said the post was empty.", rule) == ["Post"]


def test_existence_skips_masked_text(make_rule) -> None:
    rule = make_rule("existence", "tokens: [fumed]\n")
    raw = "---\nnote: fumed\n---\n<!-- fumed -->\n```\nfumed\n```\nShe fumed.\n"
    [finding] = lint(raw, rule)
    assert finding.line == 8


@pytest.mark.parametrize(
    ("scope", "expected"),
    [("text", []), ("paragraph", []), ("sentence", ["Then"]), ("line", [])],
)
def test_caret_anchors_to_each_scope_unit(make_rule, scope: str, expected: list[str]) -> None:
    rule = make_rule("existence", f"patterns: ['^then']\nscope: {scope}\n")
    assert matched("It rained. Then it stopped.\n", rule) == expected


def test_caret_with_line_scope_ignores_indentation(make_rule) -> None:
    line_rule = make_rule("existence", "patterns: ['^then']\nscope: line\n")
    text_rule = make_rule("existence", "patterns: ['^then']\nscope: text\n")
    assert matched("   Then it stopped.\n", line_rule) == ["Then"]
    assert matched("   Then it stopped.\n", text_rule) == []


def test_dollar_anchors_to_paragraph_end(make_rule) -> None:
    rule = make_rule("existence", "patterns: ['said$']\nscope: paragraph\n")
    assert matched("The mayor said\n\nNobody said it.\n", rule) == ["said"]


def test_scope_keeps_matches_inside_one_unit(make_rule) -> None:
    sentence = make_rule("existence", "patterns: ['closed\\W+the']\nscope: sentence\n")
    text = make_rule("existence", "patterns: ['closed\\W+the']\nscope: text\n")
    assert matched("The pier closed. The ferry ran.", sentence) == []
    assert matched("The pier closed. The ferry ran.", text) == ["closed. The"]
    assert matched("It closed the pier.", sentence) == ["closed the"]


def test_caret_does_not_match_at_a_hard_wrap_inside_a_sentence(make_rule) -> None:
    rule = make_rule("existence", "patterns: ['^but']\nscope: sentence\n")
    raw = "The harbour board voted on Tuesday to close the old pier,\nbut fishermen objected.\n"
    assert matched(raw, rule) == []


def test_backreference_in_second_pattern(make_rule) -> None:
    rule = make_rule("existence", "patterns: ['gr(a|e)y', '(\\w+) \\1']\n")
    assert matched("He said the the pier was grey.", rule) == ["the the", "grey"]


# --- substitution ----------------------------------------------------------------------------------


def test_substitution_suggests_replacement(make_rule) -> None:
    rule = make_rule("substitution", "swap: {e-mail: email}\n", message="Use '{replacement}', not '{match}'")
    [finding] = lint("Send an e-mail to the desk.", rule)
    assert finding.suggestion == "email"
    assert finding.message == "Use 'email', not 'e-mail'"
    assert (finding.column, finding.end_column) == (9, 15)


def test_substitution_matches_case_of_capitalised_word(make_rule) -> None:
    rule = make_rule("substitution", "swap: {e-mail: email}\n")
    [finding] = lint("E-mail the desk.", rule)
    assert finding.suggestion == "Email"


def test_substitution_no_finding_when_already_right(make_rule) -> None:
    rule = make_rule("substitution", "swap: {'per ?cent': percent}\n")
    assert matched("Up 5 percent, then PERCENT, then 6 per cent.", rule) == ["per cent"]


def test_substitution_whole_words_only(make_rule) -> None:
    rule = make_rule("substitution", "swap: {councilor: councillor}\n")
    assert matched("The councilors met; the councilor spoke.", rule) == ["councilor"]


def test_substitution_several_swaps(make_rule) -> None:
    rule = make_rule("substitution", "swap:\n  colour: color\n  harbour: harbor\n")
    findings = lint("The harbour had a red colour.", rule)
    assert [f.suggestion for f in findings] == ["harbor", "color"]


def test_substitution_case_only_swap_with_ignorecase_false(make_rule) -> None:
    rule = make_rule("substitution", "swap: {Powerpoint: PowerPoint}\nignorecase: false\n")
    [finding] = lint("The Powerpoint slides were late.", rule)
    assert finding.suggestion == "PowerPoint"


# --- direct quotations: a speaker's words are not the newsroom's to restyle ------------------------

QUOTED = '"Send me an e-mail," she said.'
QUOTED_AND_NOT = '"Send me an e-mail," she said. Readers may also e-mail the desk.'


@pytest.mark.parametrize(
    "kind, options", [("existence", "tokens: [e-mail]\n"), ("substitution", "swap: {e-mail: email}\n")]
)
def test_a_direct_quotation_is_passed_over(make_rule, kind: str, options: str) -> None:
    rule = make_rule(kind, options)
    assert matched(QUOTED, rule) == []


@pytest.mark.parametrize(
    "kind, options", [("existence", "tokens: [e-mail]\n"), ("substitution", "swap: {e-mail: email}\n")]
)
def test_quotations_true_checks_inside_a_direct_quotation(make_rule, kind: str, options: str) -> None:
    rule = make_rule(kind, options + "quotations: true\n")
    assert matched(QUOTED, rule) == ["e-mail"]


@pytest.mark.parametrize(
    "kind, options", [("existence", "tokens: [e-mail]\n"), ("substitution", "swap: {e-mail: email}\n")]
)
def test_the_same_paragraph_outside_the_quotation_is_checked(make_rule, kind: str, options: str) -> None:
    rule = make_rule(kind, options)
    [finding] = lint(QUOTED_AND_NOT, rule)
    assert (finding.line, finding.column, finding.end_column) == (1, 49, 55)


# --- boilerplate ------------------------------------------------------------------------------------


def test_boilerplate_pattern_flags_short_paragraph(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^sign up\\b']\nmax_words: 6\n")
    [finding] = lint("The pier reopened.\n\nSign up for ferry alerts\n", rule)
    assert (finding.line, finding.column, finding.end_column) == (3, 1, 25)
    assert finding.message == "Found 'Sign up for ferry alerts'"


def test_boilerplate_flags_a_paragraph_as_short_as_its_pattern(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^ad\\W*$', '^\\p{Lu}\\d$']\n")
    assert matched("The pier reopened.\n\nAd\n\nA\n\nB4\n\nA.\n", rule) == ["Ad", "B4"]


class _CountedPattern:
    """A compiled pattern that counts the texts it is asked to search."""

    def __init__(self, pattern) -> None:
        self.compiled, self.pattern, self.searched = pattern, pattern.pattern, []

    def search(self, text: str, **kwargs):
        self.searched.append(text)
        return self.compiled.search(text, **kwargs)


def test_boilerplate_never_searches_a_paragraph_shorter_than_its_patterns(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^advert', 'sign up for alerts']\n")
    counted = rule.check.phrases.patterns = [_CountedPattern(p) for p in rule.check.phrases.patterns]
    text = "a\n\nAd\n\nAdvert\n\nSign up\n\nPlease sign up for alerts\n"
    assert matched(text, rule) == ["Advert", "Please sign up for alerts"]
    anchored, anywhere = counted
    assert anchored.searched == ["Advert", "Sign up", "Please sign up for alerts"]
    assert anywhere.searched == ["Please sign up for alerts"]


def test_boilerplate_max_words(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^sign up\\b']\nmax_words: 6\n")
    assert lint("Sign up for ferry alerts about the harbour timetable\n", rule) == []


def test_boilerplate_reporting_cue_clears_paragraph(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['\\bsign up\\b']\n")
    assert lint("Sign up, the harbour master said.\n", rule) == []
    assert lint("According to the clerk, few sign up.\n", rule) == []
    assert len(lint("Please sign up now.\n", rule)) == 1


def test_boilerplate_custom_reporting_cues(make_rule) -> None:
    no_cues = make_rule("boilerplate", "patterns: ['\\bsign up\\b']\nreporting_cues: []\ncues_clear: false\n")
    own_cues = make_rule("boilerplate", "patterns: ['\\bsign up\\b']\nreporting_cues: [urged]\n")
    own_speech = make_rule("boilerplate", "patterns: ['\\bsign up\\b']\nreporting_cues: [urged]\nspeech_cues: [urged]")
    # speech the story reports is read only where the rule's cues clear what it names, under its speech cues:
    # the pack's learned verbs of speech (shared with a newsroom's rule), or its own
    assert len(lint("Sign up, the harbour master said.\n", no_cues)) == 1
    assert lint("Sign up, the harbour master said.\n", own_cues) == []
    assert len(lint("Sign up, the harbour master said.\n", own_speech)) == 1
    assert lint("Sign up, the harbour master urged.\n", own_speech) == []
    assert len(lint("Sign up; the harbour master said so.\n", no_cues)) == 1
    kept = make_rule("boilerplate", "patterns: ['\\bsign up\\b']\nreporting_cues: [urged]\ncues_clear: false\n")
    assert len(lint("Sign up, the harbour master said.\n", kept)) == 1  # never cleared where cues do not clear


def test_boilerplate_speech_cues_are_regexes_as_the_reporting_cues_are(make_rule) -> None:
    options = "patterns: ['\\bsign up\\b']\nreporting_cues: ['urge[sd]']\nspeech_cues: ['plead(?:s|ed)']\n"
    rule = make_rule("boilerplate", options)
    assert lint("Sign up, the harbour master urges.\n", rule) == []  # a reporting cue clears it
    assert lint("Sign up for alerts, the harbour master pleaded.\n", rule) == []  # speech under a speech cue
    assert len(lint("Sign up for alerts, the harbour master says.\n", rule)) == 1  # neither list holds "says"


def test_boilerplate_fragments_only(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^follow us\\b']\nfragments_only: true\n")
    assert len(lint("Follow us on Pictogram\n", rule)) == 1
    assert lint("Follow us to the new ferry terminal, please.\n", rule) == []


def test_boilerplate_without_fragments_only_flags_sentences(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^follow us\\b']\n")
    assert len(lint("Follow us to the new ferry terminal, please.\n", rule)) == 1


BODY = (
    "The harbour board voted on Tuesday to close the old pier for repairs after engineers found rot.\n\n"
    "Fishermen who moor there will move to the north quay until the work ends next spring.\n\n"
)


def test_boilerplate_position_edges(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^privacy policy$']\nposition: edges\n")
    raw = "Privacy Policy\n\n" + BODY + "Privacy Policy\n\n" + BODY + "Privacy Policy\n"
    assert [f.line for f in lint(raw, rule)] == [1, 13]


def test_boilerplate_position_anywhere(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^privacy policy$']\n")
    raw = "Privacy Policy\n\n" + BODY + "Privacy Policy\n\n" + BODY
    assert [f.line for f in lint(raw, rule)] == [1, 7]


def test_boilerplate_edges_without_body_is_all_edges(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^privacy policy$']\nposition: edges\n")
    assert [f.line for f in lint("Privacy Policy\n\nShort note.\n\nPrivacy Policy\n", rule)] == [1, 5]


def test_boilerplate_unless(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^join\\b']\nunless: ['\\bclub\\b']\n")
    raw = "Join us today\n\nJoin the club\n"
    assert [f.line for f in lint(raw, rule)] == [1]


def test_boilerplate_anchored_and_free_patterns_each_find_their_residue(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^sign up\\b', 'straight to your inbox$', '^get (the )?app$']\n")
    assert len(rule.check.phrases.patterns) == 2  # the anchored share a regex; the free one scans alone
    raw = "Sign up today\n\nNews sent straight to your inbox\n\nGet the app\n\nThe app, she said, is new.\n"
    assert [f.line for f in lint(raw, rule)] == [1, 3, 5]


def test_boilerplate_caret_anchors_at_the_paragraph_start_even_past_other_line_breaks(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['(?mw)^advertisement$']\n")  # (?w): a form feed ends a line
    assert lint("Top of the page\fAdvertisement\n", rule) == []
    assert len(lint("Advertisement\n", rule)) == 1


def test_unit_text_turns_every_line_break_into_one_space() -> None:
    assert unit_text("a\nb\rc\fd\ve\x85f\u2028g\u2029h") == "a b c d e f g h"


def test_boilerplate_skips_masked_text(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^sign up\\b']\n")
    assert lint("<!--\nSign up for alerts\n-->\n```\nSign up now\n```\n", rule) == []


def test_boilerplate_needs_patterns_or_repeated(tmp_path) -> None:
    folder = write_pack(tmp_path, {"empty-bp": rule_yaml("NEW001", "empty-bp", "boilerplate", "max_words: 5\n")})
    _, [err] = load_pack(folder)
    assert "'patterns', 'furniture_class' or 'repeated: true'" in err.message


PARA = "The pier will close on Monday and reopen in the spring."
OTHER = "Ferries will run every hour from the north quay instead."


def test_repeat_right_after_its_original_names_first_line(make_rule) -> None:
    rule = make_rule("boilerplate", "repeated: true\n", message="Repeats line {first_line}: {match}")
    [finding] = lint(f"Headline\n\n{PARA}\n\n{PARA}\n", rule)
    assert (finding.line, finding.end_line) == (5, 5)
    assert finding.message == f"Repeats line 3: {PARA}"


def test_repeated_paragraph_ignores_case_and_spacing(make_rule) -> None:
    rule = make_rule("boilerplate", "repeated: true\n")
    raw = "The pier will close on Monday and reopen.\n\nthe pier will  close on MONDAY and reopen.\n"
    assert [f.line for f in lint(raw, rule)] == [3]


def test_repeated_paragraph_min_words(make_rule) -> None:
    default = make_rule("boilerplate", "repeated: true\n")
    shorter = make_rule("boilerplate", "repeated: true\nmin_words: 3\n")
    raw = "Pier closes on Monday.\n\nPier closes on Monday.\n"
    assert lint(raw, default) == []
    assert [f.line for f in lint(raw, shorter)] == [3]


def test_run_of_repeats_is_one_finding(make_rule) -> None:
    rule = make_rule("boilerplate", "repeated: true\n", message="{first_line}")
    findings = lint(f"{PARA}\n\n{OTHER}\n\n{PARA}\n\n{OTHER}\n", rule)
    assert [(f.line, f.end_line, f.message) for f in findings] == [(5, 7, "1")]


def test_triple_paste_is_one_run(make_rule) -> None:
    rule = make_rule("boilerplate", "repeated: true\n", message="{first_line}")
    findings = lint(f"{PARA}\n\n{PARA}\n\n{PARA}\n", rule)
    assert [(f.line, f.end_line, f.message) for f in findings] == [(3, 5, "1")]


def test_short_lone_repeat_far_from_original_is_a_refrain(make_rule) -> None:
    rule = make_rule("boilerplate", "repeated: true\n")
    assert lint(f"{PARA}\n\n{OTHER}\n\n{PARA}\n", rule) == []


def test_lone_repeat_far_away_is_flagged_when_long_enough(make_rule) -> None:
    rule = make_rule("boilerplate", "repeated: true\nmin_words_alone: 10\n", message="{first_line}")
    findings = lint(f"Headline\n\n{PARA}\n\n{OTHER}\n\n{PARA}\n", rule)
    assert [(f.line, f.message) for f in findings] == [(7, "3")]


def test_boilerplate_preview_is_shortened(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^sign up\\b']\nmax_words: 40\n", message="{match}")
    text = "Sign up for " + " ".join(["harbourmaster"] * 12)
    [finding] = lint(text + "\n", rule)
    assert len(finding.message) <= 60 and finding.message.endswith("\u2026")


def test_boilerplate_backreference_in_second_pattern(make_rule) -> None:
    rule = make_rule("boilerplate", "patterns: ['^gr(a|e)y$', '^(\\w+) \\1$']\n")
    assert len(lint("ferry ferry\n", rule)) == 1


# --- regexes that run too long ------------------------------------------------------------------------


@pytest.fixture
def short_timeout(monkeypatch):
    """Make the regex time limit 0.2 s wherever a kind reads it, to keep these tests fast."""
    for module in (base, existence, phrase_search, body_copy, furniture_verdicts):
        monkeypatch.setattr(module, "REGEX_TIMEOUT", 0.2, raising=False)


def test_slow_regex_is_stopped_within_the_limit(make_rule) -> None:
    slow = make_rule("existence", f"patterns: ['{SLOW_PATTERN}']\n")
    start = time.process_time()
    findings, errors = lint_document(Document("draft.md", SLOW_TEXT), [slow])
    elapsed = time.process_time() - start
    assert findings == []
    assert len(errors) == 1
    assert elapsed < REGEX_TIMEOUT + 8  # CPU time: unstopped, the pattern runs for minutes


@pytest.mark.parametrize(
    ("kind", "options"),
    [
        ("existence", f"patterns: ['{SLOW_PATTERN}']\nscope: line\n"),
        ("boilerplate", f"patterns: ['{SLOW_PATTERN}']\n"),
        ("substitution", f"swap: {{'{SLOW_PATTERN}': b}}\n"),
    ],
)
def test_slow_rule_gives_error_and_other_rules_still_run(make_rule, short_timeout, kind: str, options: str) -> None:
    slow = make_rule(kind, options, name="slow-rule")
    fast = make_rule("existence", "tokens: [fumed]\n", name="fast-rule")
    findings, errors = lint_document(Document("draft.md", f"The mayor fumed.\n\n{SLOW_TEXT}\n"), [slow, fast])
    assert [(f.name, f.line) for f in findings] == [("fast-rule", 1)]
    [err] = errors
    assert slow.code in err.message and "slow-rule" in err.message
    assert err.path == "draft.md"


def test_skipped_rule_leaves_no_findings(make_rule, short_timeout) -> None:
    slow = make_rule("existence", f"patterns: ['fumed|{SLOW_PATTERN}']\nscope: line\n")
    findings, errors = lint_document(Document("draft.md", f"The mayor fumed.\n{SLOW_TEXT}\n"), [slow])
    assert len(errors) == 1
    assert findings == []


# --- any text lints with every built-in rule -----------------------------------------------------------

PIECES = [
    "\n",
    "\n\n",
    " ",
    "\t",
    "\r",
    "```\n",
    "~~~\n",
    "<!--",
    "-->",
    "---\n",
    "# ",
    "> ",
    "- ",
    "1. ",
    "\u00a9 2024 ",
    "Advertisement",
    "Sign up for our newsletter",
    "Share on Facebook | Email",
    "Privacy Policy",
    "Read more: ",
    "the mayor said",
    "The pier will close on Monday and reopen in the spring.",
    "U.S. ",
    "Zo\u00eb caf\u00e9 ",
    "\U0001f642",
    "<!-- attrlint: disable-next-line BOI003 -->",
    "<!-- attrlint disabel -->",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
]

draft_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join),
)


@pytest.fixture(scope="module")
def all_builtin_rules():
    rules, errors = load_rules()
    assert errors == []
    return rules


@settings(max_examples=300, deadline=None)
@given(text=draft_text)
def test_any_text_lints_and_findings_lie_inside_it(all_builtin_rules, text: str) -> None:
    doc = Document("draft.md", text)
    findings, errors = lint_document(doc, all_builtin_rules)
    assert errors == []
    lines = text.split("\n")
    for f in findings:
        for line, column in ((f.line, f.column), (f.end_line, f.end_column)):
            assert 1 <= line <= len(lines)
            assert 1 <= column <= len(lines[line - 1]) + 1
        assert (f.end_line, f.end_column) > (f.line, f.column)
        assert doc.line_text(f.line) == lines[f.line - 1]
