"""Tests for the safe-fix engine: edits from findings, applying them, diffs and atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from builtin_rules import lint_text
from click.testing import CliRunner
from conftest import fixes_for, rule_yaml, write_pack

from attrlint.cli import main
from attrlint.document import Document
from attrlint.errors import InputError
from attrlint.finding import UNSAFE, Edit, Finding, Fix, Severity
from attrlint.fix import CheckedTree, Draft, apply_edits, unified_diff, write_atomically

PATH = "<text>"  # the path lint_text gives its findings


def codes(text: str) -> list[str]:
    return [finding.code for finding in lint_text(text)]


def fixed(text: str, unsafe: bool = False) -> str:
    """The text with the safe (or also the unsafe) fixes for all built-in rules' findings made."""
    edits = fixes_for(Document(PATH, text), lint_text(text), unsafe=unsafe)
    return apply_edits(text, edits)


def fixes(text: str, code: str, expected: str, unsafe: bool = False) -> None:
    """The finding is there, the fix gives exactly `expected`, and linting that no longer finds it."""
    assert code in codes(text)
    assert fixed(text, unsafe) == expected
    assert code not in codes(expected)


# Boilerplate: the residue's lines go, with one blank line beside them.


def test_boilerplate_paragraph_deleted_with_one_blank_line() -> None:
    text = "The mayor spoke on Monday.\n\nAdvertisement\n\nShe said the bridge would close.\n"
    fixes(text, "BOI003", "The mayor spoke on Monday.\n\nShe said the bridge would close.\n")


def test_boilerplate_first_paragraph_deleted_with_the_blank_line_after() -> None:
    fixes("Advertisement\n\nThe mayor spoke on Monday.\n", "BOI003", "The mayor spoke on Monday.\n")


def test_boilerplate_last_paragraph_takes_the_blank_line_before() -> None:
    fixes("The mayor spoke on Monday.\n\nAdvertisement\n", "BOI003", "The mayor spoke on Monday.\n")


def test_boilerplate_last_line_without_final_newline_leaves_none() -> None:
    fixes("The mayor spoke on Monday.\n\nAdvertisement", "BOI003", "The mayor spoke on Monday.")


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_boilerplate_lines_deleted_at_the_end_keep_the_drafts_one_final_newline(newline: str) -> None:
    text = "The mayor spoke on Monday.\n\nAdvertisement\nSign up for our newsletter\n"
    saved = text.replace("\n", newline)
    draft = Draft.read(saved.encode(), PATH).edited(fixes_for(Document(PATH, text), lint_text(text)))
    assert draft.text == f"The mayor spoke on Monday.{newline}"


def test_boilerplate_line_inside_a_block_keeps_the_blank_line_after() -> None:
    text = "The mayor spoke on Monday.\nAdvertisement\n\nShe said the bridge would close.\n"
    fixes(text, "BOI003", "The mayor spoke on Monday.\n\nShe said the bridge would close.\n")


def test_boilerplate_line_with_a_comment_is_left_alone() -> None:
    text = "The mayor spoke on Monday.\n\nAdvertisement <!-- keep for layout -->\n\nShe said it.\n"
    assert "BOI003" in codes(text)
    assert fixed(text) == text


def test_repeated_paragraph_deletes_the_repeat_not_the_original() -> None:
    first = "The bridge will close for repairs on Monday and reopen in May, the council said.\n\n"
    text = first + first + "The ferry will run every hour.\n"
    fixes(text, "BOI010", first + "The ferry will run every hour.\n")


# Quotation marks.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\u201cWe want cooperation \u201cShe said. \u201cWe need more.\u201d",
            "\u201cWe want cooperation\u201d She said. \u201cWe need more.\u201d",
        ),
        ('"We want cooperation "She said. "We need more."', '"We want cooperation" She said. "We need more."'),
        (
            "\u201cWe want cooperation, \u201cShe said. \u201cWe need more.\u201d",
            "\u201cWe want cooperation,\u201d She said. \u201cWe need more.\u201d",
        ),
        (  # a closing glyph in the detached place: QUO003 and QUO006 at one mark, the reattachment wins
            "\u201cWe want cooperation \u201dShe said. \u201cWe need more.\u201d",
            "\u201cWe want cooperation\u201d She said. \u201cWe need more.\u201d",
        ),
    ],
)
def test_detached_quote_after_a_word_or_comma_is_reattached_only_as_an_unsafe_fix(text: str, expected: str) -> None:
    assert fixed(text) == text  # `cooperation” She said` still wants a full stop or `she`: an editor's call
    fixes(text, "QUO006", expected, unsafe=True)
    assert "QUO003" not in codes(expected)


@pytest.mark.parametrize("end", [".", "?", "!"])
def test_detached_quote_after_the_end_of_a_sentence_is_reattached_safely(end: str) -> None:
    text = f"\u201cWe want cooperation{end} \u201cShe left. \u201cWe need more.\u201d"
    fixes(text, "QUO006", f"\u201cWe want cooperation{end}\u201d She left. \u201cWe need more.\u201d")


def test_detached_quote_after_a_dash_is_left_alone() -> None:
    text = "\u201cWe want cooperation \u2014 \u201cShe said. \u201cWe need more.\u201d"
    assert "QUO006" in codes(text)
    assert fixed(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201dWe will appeal,\u201d the lawyer said.", "\u201cWe will appeal,\u201d the lawyer said."),
        ("The lawyer called it \u201ca scandal.\u201c", "The lawyer called it \u201ca scandal.\u201d"),
    ],
)
def test_misdirected_quote_turned(text: str, expected: str) -> None:
    fixes(text, "QUO003", expected)


# Names: only with unsafe fixes.

NAMES = (
    "The campaign manager, Laura Harth, said the report was accurate. "
    "According to Harth, the network is growing. Hart said it must be stopped."
)


def test_name_variant_fixed_only_when_unsafe() -> None:
    assert "NAM001" in codes(NAMES)
    assert fixed(NAMES) == NAMES
    fixes(NAMES, "NAM001", NAMES.replace("Hart said", "Harth said"), unsafe=True)


# Overlaps, findings for other files, applying edits.


def test_overlapping_edits_keep_the_first() -> None:
    paragraph = "The council said \u201dthe bridge will close for repairs on Monday and reopen in May.\n\n"
    text = paragraph + paragraph + "The ferry will run every hour.\n"
    found = codes(text)
    assert found.count("QUO003") == 2 and "BOI010" in found
    # The repeat's deletion covers its own turned mark, whose fix is dropped.
    expected = paragraph.replace("\u201d", "\u201c") + "The ferry will run every hour.\n"
    assert fixed(text) == expected
    assert "QUO003" not in codes(expected) and "BOI010" not in codes(expected)


def finding(code: str, line: int, column: int, end_column: int, path: str = PATH, fix: Fix | None = None) -> Finding:
    return Finding(path, line, column, line, end_column, code, "made-up", Severity.WARNING, "message", fix=fix)


def test_overlapping_edits_from_findings_in_any_order() -> None:
    text = "Advertisement\n\nThe lawyer called it \u201ca scandal.\u201c\n"
    doc = Document(PATH, text)
    deletion = finding("BOI003", 1, 1, 14, fix=Fix((Edit(0, 15, ""),)))
    wide = finding("BOI099", 1, 1, 14, fix=Fix((Edit(0, 14, ""),)))  # a second rule on the same paragraph
    turn = finding("QUO003", 3, 33, 34, fix=Fix((Edit(47, 48, "\u201d"),)))
    edits = fixes_for(doc, [turn, wide, deletion])
    assert edits == [Edit(0, 15, ""), Edit(47, 48, "\u201d")]
    assert apply_edits(text, edits) == "The lawyer called it \u201ca scandal.\u201d\n"


def test_findings_for_another_file_are_ignored() -> None:
    doc = Document(PATH, "Advertisement\n\nThe mayor spoke.\n")
    assert fixes_for(doc, [finding("BOI003", 1, 1, 14, path="other.md")]) == []


def test_apply_edits_refuses_overlaps() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, ""), Edit(2, 4, "x")])


def test_unified_diff() -> None:
    diff = unified_diff("draft.md", "One.\n\nAdvertisement\n\nTwo.\n", "One.\n\nTwo.\n")
    assert diff.startswith("--- draft.md\n+++ draft.md\n@@")
    assert "-Advertisement\n" in diff
    assert unified_diff("draft.md", "Same.\n", "Same.\n") == ""
    assert diff.endswith("\n")
    assert "\\ No newline at end of file\n" in unified_diff("draft.md", "One.\nTwo.", "One.")


# Writing files.


def fix_file(path: Path) -> tuple[Draft, bytes]:
    """Read a draft as the linter does; the fixed draft and the bytes read."""
    original = path.read_bytes()
    doc = Document.from_file(path)
    return Draft.read(original, str(path)).edited(fixes_for(doc, lint_text(doc.raw, path=str(path)))), original


DRAFT = ["The mayor spoke on Monday.", "", "Advertisement", "", "She said the bridge would close.", ""]
FIXED = ["The mayor spoke on Monday.", "", "She said the bridge would close.", ""]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_write_keeps_newlines_and_bom(tmp_path: Path, newline: str, bom: bytes) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(bom + newline.join(DRAFT).encode("utf-8"))
    new_text, original = fix_file(path)
    assert new_text.normalised == "\n".join(FIXED)
    write_atomically(path, new_text, original, CheckedTree.of([path.parent]))
    assert path.read_bytes() == bom + newline.join(FIXED).encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["draft.md"]  # no temporary file left


def test_write_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("\n".join(DRAFT), encoding="utf-8")
    os.chmod(path, 0o640)
    new_text, original = fix_file(path)
    write_atomically(path, new_text, original, CheckedTree.of([path.parent]))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text(encoding="utf-8") == "\n".join(FIXED)


def test_write_refuses_a_file_changed_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("\n".join(DRAFT), encoding="utf-8")
    new_text, original = fix_file(path)
    path.write_text("\n".join(DRAFT) + "A reporter added this line.\n", encoding="utf-8")
    changed = path.read_bytes()
    with pytest.raises(InputError) as caught:
        write_atomically(path, new_text, original, CheckedTree.of([path.parent]))
    assert str(path) in str(caught.value)
    assert path.read_bytes() == changed
    assert [p.name for p in tmp_path.iterdir()] == ["draft.md"]


def test_write_refuses_a_file_gone_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("\n".join(DRAFT), encoding="utf-8")
    new_text, original = fix_file(path)
    path.unlink()
    with pytest.raises(InputError, match="draft.md"):
        write_atomically(path, new_text, original, CheckedTree.of([path.parent]))
    assert not path.exists()


def test_write_goes_through_a_symbolic_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("\n".join(DRAFT), encoding="utf-8")
    link = tmp_path / "draft.md"
    link.symlink_to(real)
    new_text, original = fix_file(link)
    write_atomically(link, new_text, original, CheckedTree.of([tmp_path]))
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "\n".join(FIXED)


def test_an_interrupted_fix_leaves_the_original_and_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "draft.md"
    path.write_text("\n".join(DRAFT), encoding="utf-8")
    before = path.read_bytes()
    new_text, original = fix_file(path)

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("attrlint.fix.os.fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(path, new_text, original, CheckedTree.of([path.parent]))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["draft.md"]


def test_a_fix_of_several_edits_is_applied_whole_or_not_at_all() -> None:
    text = "The ferry ran late on Monday and Tuesday.\n"
    doc = Document(PATH, text)
    first = finding("NEW001", 1, 5, 10, fix=Fix((Edit(4, 9, "boat"), Edit(22, 28, "Friday"))))
    clashing = finding("NEW002", 1, 11, 14, fix=Fix((Edit(10, 13, "sailed"), Edit(24, 26, "xx"))))
    later = finding("NEW003", 1, 33, 40, fix=Fix((Edit(33, 40, "Sunday"),)))
    edits = fixes_for(doc, [clashing, first, later])
    assert edits == [Edit(4, 9, "boat"), Edit(22, 28, "Friday"), Edit(33, 40, "Sunday")]
    assert apply_edits(text, edits) == "The boat ran late on Friday and Sunday.\n"


def test_an_unsafe_fix_waits_for_unsafe_fixes() -> None:
    doc = Document(PATH, "Hart said so.\n")
    respelled = finding("NEW001", 1, 1, 5, fix=Fix((Edit(0, 4, "Harth"),), UNSAFE))
    assert fixes_for(doc, [respelled]) == []
    assert fixes_for(doc, [respelled], unsafe=True) == [Edit(0, 4, "Harth")]


# A newsroom's own substitution rule is fixed through the command line like a built-in one.

EMAIL = "Ferry fares rise\n\nReaders can send an e-mail to the harbour board before the vote, the chair said.\n"
EMAIL_FINDING = "draft.md:3:21: NEW001 Use 'email', not 'e-mail' [email-spelling]\n"
EMAIL_DIFF = (
    "--- draft.md\n"
    "+++ draft.md\n"
    "@@ -1,3 +1,3 @@\n"
    " Ferry fares rise\n"
    " \n"
    "-Readers can send an e-mail to the harbour board before the vote, the chair said.\n"
    "+Readers can send an email to the harbour board before the vote, the chair said.\n"
)


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A folder whose config loads a `house` pack with one substitution rule (plus `more`), and a draft it
    finds; returns the draft's path, relative to the folder, which is the current one."""

    def make(more: str = "", **extra_rules: str) -> Path:
        options = "swap: {e-mail: email}\n" + more
        rule = rule_yaml("NEW001", "email-spelling", "substitution", options, "Use '{replacement}', not '{match}'")
        write_pack(tmp_path, {"email-spelling": rule, **extra_rules}, name="house")
        (tmp_path / ".attrlint.yaml").write_text("packs: [house]\n", encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        draft = Path("draft.md")
        draft.write_text(EMAIL, encoding="utf-8")
        return draft

    return make


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", "--format", "concise", "--select", "NEW", *args])
    return result.exit_code, result.stdout, result.stderr


def test_diff_shows_a_newsroom_substitution_and_writes_nothing(newsroom) -> None:
    draft = newsroom()
    assert check("--diff", str(draft)) == (1, EMAIL_DIFF, "")
    assert draft.read_text(encoding="utf-8") == EMAIL


def test_fix_writes_a_newsroom_substitution_and_leaves_no_finding(newsroom) -> None:
    draft = newsroom()
    assert check(str(draft)) == (1, EMAIL_FINDING, "")
    assert check("--fix", str(draft)) == (0, "", "")
    assert draft.read_text(encoding="utf-8") == EMAIL.replace("e-mail", "email")
    assert check(str(draft)) == (0, "", "")


def test_a_rule_that_says_fix_unsafe_is_fixed_only_with_unsafe_fixes(newsroom) -> None:
    draft = newsroom("fix: unsafe\n")
    assert check("--diff", str(draft)) == (0, "", "")
    assert check("--fix", str(draft)) == (1, EMAIL_FINDING, "")
    assert draft.read_text(encoding="utf-8") == EMAIL
    assert check("--diff", "--unsafe-fixes", str(draft)) == (1, EMAIL_DIFF, "")
    assert check("--fix", "--unsafe-fixes", str(draft)) == (0, "", "")
    assert draft.read_text(encoding="utf-8") == EMAIL.replace("e-mail", "email")


def test_a_rule_that_says_fix_none_is_reported_but_never_fixed(newsroom) -> None:
    draft = newsroom("fix: none\n")
    assert check("--diff", "--unsafe-fixes", str(draft)) == (0, "", "")
    assert check("--fix", "--unsafe-fixes", str(draft)) == (1, EMAIL_FINDING, "")
    assert draft.read_text(encoding="utf-8") == EMAIL


def test_fix_safe_on_a_kind_that_offers_no_fix_is_a_rule_error_and_other_rules_run(newsroom) -> None:
    loaded = rule_yaml("NEW002", "loaded-verb", "existence", "tokens: [slammed]\nfix: safe\n")
    draft = newsroom(**{"loaded-verb": loaded})
    broken = Path("house", "loaded-verb.yaml").resolve()
    code, out, err = check(str(draft))
    assert (code, out) == (2, EMAIL_FINDING)
    assert err == f"attrlint: error: {broken}:12: kind 'existence' offers no fix; 'fix' can only be none\n"
