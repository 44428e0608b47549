"""`--fix` applies fixes until nothing more changes: fixing twice equals fixing once, and no reporting is lost.

A fix can uncover another: a turned mark makes a paragraph equal to an earlier one, a deleted
advertisement leaves a paragraph that repeats the one before. The drafts here are generated from
news-like paragraphs, quotation marks turned or detached, boilerplate lines and repeated paragraphs.
The lead runs the same property over 5,000 drafts (`HYPOTHESIS_FIX_EXAMPLES=5000`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attrlint.cli import main
from attrlint.document import decode
from attrlint.fix import unified_diff
from attrlint.ruleset import RuleSet

EXAMPLES = int(os.environ.get("HYPOTHESIS_FIX_EXAMPLES", "300"))

BODY = [  # each 15 words or more, each distinct
    "\u201cWe will not raise the fees again this year,\u201d the harbour master, Laura Harth, "
    "told the board on Monday.",
    "The board voted five to two to close the north pier for repairs that will last until the end of May.",
    "\u201cThe pier is older than any of us and it shows,\u201d said Tom Okafor, who has fished from it since 1985.",
    "Fees for a mooring will rise by 12 percent in April, the first increase since the council took over the harbour.",
    "Harth said the repairs would cost about 2 million pounds, most of it paid from a regional fund for coastal towns.",
    "\u201cNobody asked the fishermen what they need,\u201d Okafor said. "
    "\u201cThey asked the accountants and then they asked the lawyers.\u201d",
    "The ferry to the island will run every hour while the pier is shut, and the first sailing leaves at six.",
    "Residents who objected to the plan can write to the council before the consultation closes at the end of March.",
    'Hart said the "temporary" closure had been promised before, in 2019, and that the pier stayed shut for two years.',
    "A spokesman for the regional fund said the money had been set aside in January and would be paid in two parts.",
]
BOILERPLATE = [
    "Advertisement",
    "Sign up for our newsletter",
    "Share on Facebook",
    "Read more: Harbour fees to rise again",
    "\u00a9 2024 The Harbour Times. All rights reserved.",
    "Follow us on Twitter",
]
MARKS = "\"'\u201c\u201d\u2018\u2019"


def variant(paragraph: str, how: int) -> str:
    """The paragraph as written (0), or with a quotation mark turned the wrong way or detached."""
    if how == 1 and "\u201c" in paragraph:  # the opening mark turned
        return paragraph.replace("\u201c", "\u201d", 1)
    if how == 2 and "\u201d" in paragraph:  # the last closing mark turned
        at = paragraph.rindex("\u201d")
        return paragraph[:at] + "\u201c" + paragraph[at + 1 :]
    if how == 3 and ",\u201d " in paragraph:  # the closing mark detached onto the next word
        return paragraph.replace(",\u201d ", ", \u201d", 1)
    return paragraph


piece = st.one_of(
    st.tuples(st.just("body"), st.integers(0, len(BODY) - 1), st.integers(0, 3)),
    st.tuples(st.just("boilerplate"), st.integers(0, len(BOILERPLATE) - 1), st.just(0)),
)


@st.composite
def drafts(draw: st.DrawFn) -> tuple[bytes, list[int]]:
    """A draft's bytes (UTF-8, with or without a BOM, LF or CRLF), and the body paragraphs it uses
    (an index into BODY for each use)."""
    pieces = draw(st.lists(piece, min_size=1, max_size=12))
    text, used = "Harbour fees to rise\n", []
    for kind, index, how in pieces:
        if kind == "body":
            used.append(index)
        paragraph = variant(BODY[index], how) if kind == "body" else BOILERPLATE[index]
        text += draw(st.sampled_from(["\n", "\n\n", "\n\n"])) + paragraph  # "\n": a line in the same block
    text += draw(st.sampled_from(["\n", ""]))
    bom = draw(st.sampled_from(["", "\ufeff"]))
    return (bom + text.replace("\n", draw(st.sampled_from(["\n", "\r\n"])))).encode("utf-8"), used


def words(text: str) -> str:
    """The words of a text, its quotation marks and spacing left out."""
    return " ".join(re.sub(f"[{MARKS}]", " ", text).split())


def fix_file(path: Path) -> tuple[int, bytes]:
    result = CliRunner().invoke(main, ["check", "--quiet", "--fix", str(path)])
    assert result.exit_code in (0, 1) and isinstance(result.exception, (SystemExit, type(None))), (
        result.stderr or result.exception
    )
    return result.exit_code, path.read_bytes()


def test_the_fix_helper_fails_on_a_crash_rather_than_fixing_nothing(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A crash exits 1 under CliRunner, with the file untouched: "fixing twice equals fixing once" would hold."""

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("an invented bug")

    monkeypatch.setattr(RuleSet, "lint", broken)
    draft = tmp_path / "draft.md"
    draft.write_text("The pier reopened, the harbour master said.\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        fix_file(draft)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drafts())
def test_fixing_twice_equals_fixing_once_and_no_body_paragraph_is_lost(tmp_path: Path, case) -> None:
    data, used = case
    path = tmp_path / "draft.md"
    path.write_bytes(data)
    diff = CliRunner().invoke(main, ["check", "--diff", str(path)]).stdout
    _, once = fix_file(path)
    assert diff == unified_diff(path, decode(data, "d"), decode(once, "d"))  # --diff shows what --fix writes
    _, twice = fix_file(path)
    assert twice == once
    assert once.startswith(b"\xef\xbb\xbf") == data.startswith(b"\xef\xbb\xbf")
    newline = b"\r\n" if b"\r\n" in data else b"\n"
    assert once.replace(newline, b"").count(b"\n") == once.replace(newline, b"").count(b"\r") == 0
    left = words(once.decode("utf-8"))
    for index in set(used):  # every paragraph of reporting keeps a copy, a unique one its only copy
        assert words(BODY[index]) in left, BODY[index]


REPEATED = BODY[0]
TWO_ROUNDS = f"Harbour fees to rise\n\n{REPEATED}\nAdvertisement\n{REPEATED}\n"  # the repeat shows once the ad goes
SETTLED = f"Harbour fees to rise\n\n{REPEATED}\n"


def test_a_fix_that_makes_way_for_another_is_followed_by_it_and_diff_shows_both(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(TWO_ROUNDS, encoding="utf-8")
    diff = CliRunner().invoke(main, ["check", "--diff", str(path)])
    assert (diff.exit_code, diff.stdout) == (1, unified_diff(path, TWO_ROUNDS, SETTLED))
    assert fix_file(path) == (0, SETTLED.encode("utf-8"))
    assert fix_file(path) == (0, SETTLED.encode("utf-8"))


def test_fixes_that_never_settle_stop_after_a_few_rounds(tmp_path: Path, monkeypatch) -> None:
    """Two newsroom rules that undo each other: the run ends, having written one of the two spellings."""
    from conftest import rule_yaml, write_pack

    from attrlint.ruleset import RuleSet
    from attrlint.run_fixes import MAX_FIX_ROUNDS

    there = rule_yaml("NEW001", "email-spelling", "substitution", "swap: {e-mail: email}\n")
    back = rule_yaml("NEW002", "e-mail-spelling", "substitution", "swap: {email: e-mail}\n")
    write_pack(tmp_path, {"email-spelling": there, "e-mail-spelling": back}, name="house")
    (tmp_path / ".attrlint.yaml").write_text("packs: [house]\n", encoding="utf-8")
    path = tmp_path / "draft.md"
    path.write_text("Readers can send an e-mail to the harbour board.\n", encoding="utf-8")
    checks, lint = [], RuleSet.lint
    monkeypatch.setattr(RuleSet, "lint", lambda self, doc, *more: checks.append(doc.path) or lint(self, doc, *more))
    result = CliRunner().invoke(main, ["check", "--quiet", "--select", "NEW", "--fix", str(path)])
    assert result.exit_code == 1 and result.stdout.count("NEW00") == 1
    assert len(checks) == 1 + MAX_FIX_ROUNDS
    assert path.read_text(encoding="utf-8") in (
        "Readers can send an e-mail to the harbour board.\n",
        "Readers can send an email to the harbour board.\n",
    )
