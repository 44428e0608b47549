"""Fixture drafts: each `tests/fixtures/<pack>/*.md|*.txt` file marks its expected findings inline.

A finding is expected on a line that carries `<!-- expect: CODE -->` (several codes:
`<!-- expect: BOI001, BOI005 -->`). The comment is masked by the document model, so it does not
change what the rules see. Each fixture is linted with every built-in rule of the pack named by its
folder, and the multiset of (line, code) must match the expectations exactly: a missing finding
and an extra finding both fail.

Files whose name starts with `known-gaps` hold cases the rules get wrong today (their
expectations state the CORRECT behaviour). They are skipped while they fail, with the current
diff as the skip reason (`pytest -rs` prints it); once the rules are fixed they run as ordinary
fixtures.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path

import pytest
from builtin_rules import lint_document, lint_text

from attrlint.document import Document
from attrlint.packs import Rule, load_rules

FIXTURES = Path(__file__).parent / "fixtures"
SUFFIXES = (".md", ".txt")
KNOWN_GAPS = "known-gaps"

_EXPECT = re.compile(r"<!--\s*expect:\s*(.*?)\s*-->", re.S)
_CODE = re.compile(r"[A-Z]{3}\d{3}")
_COMMENT = re.compile(r"<!--.*?-->", re.S)

ALL_RULES, BROKEN = load_rules()


class KnownGapWarning(UserWarning):
    """A known-gaps fixture still differs from its (correct) expectations."""


def fixture_files() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("*/*") if p.suffix in SUFFIXES and p.is_file())


def pack_rules(pack: str) -> list[Rule]:
    return [rule for rule in ALL_RULES if rule.pack == pack]


def expectations(text: str) -> Counter:
    """(line, code) pairs marked by `<!-- expect: ... -->` comments, counted."""
    expected: Counter = Counter()
    for match in _EXPECT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        codes = [code.strip() for code in match.group(1).split(",") if code.strip()]
        if not codes:
            raise ValueError(f"line {line}: empty expect comment")
        for code in codes:
            if not _CODE.fullmatch(code):
                raise ValueError(f"line {line}: {code!r} is not a rule code")
            expected[(line, code)] += 1
    return expected


def describe(text: str, expected: Counter, found: Counter, messages: dict) -> str:
    """A readable diff of expected and found (line, code) pairs, with each line's text."""
    lines = text.split("\n")

    def source(line: int) -> str:
        raw = lines[line - 1] if 0 < line <= len(lines) else ""
        return " ".join(_COMMENT.sub("", raw).split())[:80]

    missing = expected - found
    extra = found - expected
    out = []
    for (line, code), count in sorted(missing.items()):
        out.append(f"  missing    line {line} {code}{f' x{count}' if count > 1 else ''}: {source(line)!r}")
    for (line, code), count in sorted(extra.items()):
        note = messages.get((line, code), "")
        out.append(f"  unexpected line {line} {code}{f' x{count}' if count > 1 else ''}: {note}")
    return "\n".join(out)


def check_fixture(path: Path) -> str:
    """The diff between a fixture's expectations and its findings ('' when they agree)."""
    pack = path.parent.name
    rules = pack_rules(pack)
    assert rules, f"folder '{pack}' names no built-in pack (known: {sorted({r.pack for r in ALL_RULES})})"
    text = path.read_text(encoding="utf-8")
    expected = expectations(text)
    prefixes = {rule.code[:3] for rule in rules}
    stray = [code for _, code in expected if code[:3] not in prefixes]
    assert not stray, f"{path.name}: expectations name codes outside pack '{pack}': {stray}"
    findings = lint_text(text, rules, path=str(path))
    found = Counter((f.line, f.code) for f in findings)
    messages = {(f.line, f.code): f.message for f in findings}
    return describe(text, expected, found, messages)


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def test_builtin_rules_load_without_errors():
    assert not BROKEN, [str(err) for err in BROKEN]


def test_there_are_fixtures():
    assert fixture_files(), f"no fixture drafts under {FIXTURES}"


@pytest.mark.parametrize("path", fixture_files(), ids=_id)
def test_fixture(path: Path):
    diff = check_fixture(path)
    if path.stem.startswith(KNOWN_GAPS):
        if diff:
            count = len(diff.splitlines())
            message = f"{_id(path)}: {count} known rule gaps, skipped (pytest -rs lists them)"
            warnings.warn(message, KnownGapWarning, stacklevel=1)
            pytest.skip(f"known rule gaps in {_id(path)} (expected = correct behaviour):\n{diff}")
        return
    assert not diff, f"{_id(path)}: findings differ from the inline expectations:\n{diff}"


@pytest.mark.parametrize("rule", pack_rules("boilerplate"), ids=lambda rule: rule.name)
def test_every_boilerplate_rule_has_its_own_fixture(rule: Rule):
    path = FIXTURES / "boilerplate" / f"{rule.name}.md"
    assert path.is_file(), f"missing fixture {path.name} for {rule.code}"
    codes = {code for _, code in expectations(path.read_text(encoding="utf-8"))}
    assert rule.code in codes, f"{path.name} expects no {rule.code} finding"


def test_clean_article_has_no_expectations():
    assert not expectations((FIXTURES / "boilerplate" / "clean-article.md").read_text(encoding="utf-8"))


def test_masked_fixture_hides_real_residue():
    """The front-matter/code fixture is quiet only because of masking: unmasked, its lines fire."""
    text = (FIXTURES / "boilerplate" / "front-matter-and-code.md").read_text(encoding="utf-8")
    assert not expectations(text)
    fenced = re.findall(r"^(?:```|~~~)[^\n]*\n(.*?)^(?:```|~~~)", text, re.S | re.M)
    front = re.match(r"---\n(.*?)\n---\n", text, re.S)
    assert fenced and front
    unmasked = "\n\n".join(block.strip() for block in fenced)
    codes = {f.code for f in lint_text(unmasked, pack_rules("boilerplate"))}
    assert {"BOI001", "BOI002", "BOI003", "BOI004", "BOI005", "BOI006", "BOI007"} <= codes
    masked = Document("x.md", text).text
    assert "Advertisement" not in masked and "Sign up" not in masked and "\u00a9" not in masked


# The harness itself.


def test_expectations_parse_lines_and_multiple_codes():
    text = "one\ntwo <!-- expect: BOI001, BOI005 -->\nthree <!-- expect:BOI003-->\n<!-- note: not an expectation -->\n"
    assert expectations(text) == Counter({(2, "BOI001"): 1, (2, "BOI005"): 1, (3, "BOI003"): 1})


def test_expectations_reject_a_typo():
    with pytest.raises(ValueError, match="not a rule code"):
        expectations("Advertisement <!-- expect: BOI03 -->\n")


def test_expect_comment_is_masked_and_does_not_change_findings():
    rules = pack_rules("boilerplate")
    plain = "The council met on Tuesday to debate the flood wall plans, the clerk said.\n\nAdvertisement\n"
    marked = plain.replace("Advertisement", "Advertisement <!-- expect: BOI003 -->")
    strip = [(f.line, f.column, f.code) for f in lint_document(Document("a", plain), rules)[0]]
    with_comment = [(f.line, f.column, f.code) for f in lint_document(Document("b", marked), rules)[0]]
    assert strip == with_comment == [(3, 1, "BOI003")]


def test_diff_reports_missing_and_extra(tmp_path: Path):
    folder = tmp_path / "boilerplate"
    folder.mkdir()
    draft = folder / "draft.md"
    body = "The council met on Tuesday to debate the flood wall plans, the clerk said."
    draft.write_text(f"{body} <!-- expect: BOI001 -->\n\nAdvertisement\n", encoding="utf-8")
    diff = check_fixture(draft)
    assert "missing    line 1 BOI001" in diff
    assert "unexpected line 3 BOI003" in diff
