"""The HTML report, without a browser: what the page holds, how marks nest, and what the run hands it.

tests/test_html_browser.py loads the same report in Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from report_story import story

from attrlint.cli import main
from attrlint.finding import Finding, Severity
from attrlint.output.html_marks import Marked, highlighted, line_starts, span_of

STORY = story('<script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2">')
CLEAN = "The council met on Monday, the clerk said.\n"


def check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    return result.exit_code, result.output


class MarkText(HTMLParser):
    """The text inside each finding's marks (by its data-f), and whether every tag closed in order."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, str | None]] = []
        self.text: dict[str, str] = {}
        self.all_text: list[str] = []
        self.well_nested = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append((tag, dict(attrs).get("data-f") if tag == "mark" else None))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1][0] != tag:
            self.well_nested = False
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.all_text.append(data)
        for fid in {fid for tag, fid in self.open if fid is not None}:
            self.text[fid] = self.text.get(fid, "") + data


def marked(fid: str, text: str, start: int, end: int) -> Marked:
    starts = line_starts(text)

    def position(offset: int) -> tuple[int, int]:
        line = max(i for i, s in enumerate(starts) if s <= offset)
        return line + 1, offset - starts[line] + 1

    finding = Finding("d.md", *position(start), *position(end), "NEW001", "made-up", Severity.WARNING, "m")
    assert span_of(finding, starts, len(text)) == (start, end)
    return Marked(fid, finding, "newsroom", start, end)


def test_crossing_and_nested_findings_each_cover_exactly_their_words() -> None:
    text = "alpha beta gamma\ndelta epsilon"
    spans = {"a": (0, 10), "b": (6, 16), "c": (6, 10), "d": (11, 23), "e": (17, 17)}
    page = highlighted(text, [marked(fid, text, *span) for fid, span in spans.items()], "d1")
    parser = MarkText()
    parser.feed(page)
    assert parser.well_nested and not parser.open
    for fid, (start, end) in spans.items():
        assert parser.text.get(fid, "") == text[start:end], fid
    assert page.count('tabindex="0"') == len(spans)  # one focus stop for each finding, however it is split
    assert page.count('class="badge"') == len(spans)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(alphabet='ab <&"\n\u202e', max_size=40))
    offsets = st.integers(0, len(text))
    spans = draw(st.lists(st.tuples(offsets, offsets).map(sorted), max_size=6))
    return text, [tuple(span) for span in spans]


@settings(max_examples=100, deadline=None)
@given(text_and_spans())
def test_any_findings_nest_and_cover_their_text(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    page = highlighted(text, [marked(f"f{i}", text, *span) for i, span in enumerate(spans)], "d1")
    parser = MarkText()
    parser.feed(page)
    parser.close()
    assert parser.well_nested and not parser.open
    shown = text.replace("\u202e", "\\u202e")  # a bidi override is shown as its escape
    for i, (start, end) in enumerate(spans):
        assert parser.text.get(f"f{i}", "") == text[start:end].replace("\u202e", "\\u202e")
    assert "".join(parser.all_text) == shown


def test_the_text_of_a_report_is_the_draft_escaped(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    code, page = check("--format", "html", str(tmp_path / "story.md"))
    assert code == 1
    assert page.count("<script") == 1  # the report's own script; the draft's is text
    assert '&lt;script&gt;window.pwned = 1&lt;/script&gt;&lt;img src="x"' in page
    assert "<img" not in page


def test_the_report_loads_nothing_and_allows_only_its_own_style_and_script(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    _, page = check("--format", "html", str(tmp_path / "story.md"))
    assert not re.search(r"<[a-z][^<>]*\s(src|srcset|action)=|@import|url\(|https?://", page)
    assert set(re.findall(r'href="([^"]*)"', page)) <= {f"#{anchor}" for anchor in re.findall(r'id="([^"]+)"', page)}
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy


def test_a_report_shows_the_sheets_the_run_made(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    _, page = check("--format", "html", str(tmp_path / "story.md"))
    assert "Names: 1 person" in page and "Lena Okonkwo (in full on line 3)" in page
    assert 'Okonkow <strong class="variant">\u26a0 spelled another way</strong>' in page
    assert "Sources: 2" in page and '<th scope="row">Sources</th><td>vague</td>' in page


def test_a_source_sheet_shows_the_quotations_with_no_source() -> None:
    from attrlint.output.html import _source_sheet
    from attrlint.sheets import SourceSheet

    shown = _source_sheet(SourceSheet("d.md", (), (4, 9)), "d1")
    assert "<p>No sources.</p>" in shown
    assert 'No source:</strong> 2 quotation(s), lines <a href="#d1-L4">4</a>, <a href="#d1-L9">9</a>' in shown


def test_a_tip_gives_the_message_the_explanation_and_the_fix(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    _, page = check("--format", "html", str(tmp_path / "story.md"))
    tip = re.search(r'<div class="tip"[^>]*>(?:(?!</div>).)*BOI001(?:(?!</div>).)*</div>', page).group(0)
    assert "Newsletter or alert sign-up prompt" in tip  # the message
    assert "Why:" in tip  # the rule's explanation
    assert "Fix (safe: --fix makes it): delete \u201cSign up for our newsletter" in tip


def test_the_index_lists_drafts_worst_first(tmp_path: Path) -> None:
    (tmp_path / "a-clean.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b-story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "c-ad.md").write_text(CLEAN + "\nAdvertisement\n", encoding="utf-8")
    _, page = check("--format", "html", "--jobs", "1", str(tmp_path))
    index = re.search(r'<nav class="index".*?</nav>', page, re.S).group(0)
    order = re.findall(r">[^<>]*/([abc]-\w+\.md)</a>", index)
    assert order == ["b-story.md", "c-ad.md", "a-clean.md"]
    assert "<p>No one named.</p>" in page  # a draft without findings still has its text and sheets


def test_a_parallel_run_makes_the_same_report(tmp_path: Path) -> None:
    for number in range(9):
        (tmp_path / f"story{number}.md").write_text(STORY if number % 2 else CLEAN, encoding="utf-8")
    serial = check("--format", "html", "--jobs", "1", str(tmp_path))
    parallel = check("--format", "html", "--jobs", "2", str(tmp_path))
    assert serial == parallel and serial[1].count('<section class="draft"') == 9


def test_a_report_after_fix_shows_the_text_as_written(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    _, page = check("--format", "html", "--fix", str(path))
    assert "Sign up for our newsletter" not in page
    assert "BOI001" not in page


def test_standard_input_gets_a_report_too() -> None:
    result = CliRunner().invoke(main, ["check", "--format", "html", "--stdin-filename", "in.md", "-"], input=STORY)
    assert result.exit_code == 1 and "Names: 1 person" in result.output


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_other_formats_neither_import_the_report_nor_keep_drafts(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    probe = (
        "import sys\nfrom attrlint.cli import main\n"
        f"try:\n    main(['check', '--format', '{fmt}', {str(tmp_path / 'story.md')!r}])\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m in ('attrlint.output.html', 'attrlint.sheets')), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_an_html_export_is_shown_as_the_file_its_findings_point_into(tmp_path: Path) -> None:
    export = (
        "<html><head><title>Pool</title><script>var x = 1;</script></head>\n<body>\n"
        "<p>Mayor Lena Okonkwo said on Monday that the town pool would stay open.</p>\n"
        "<p>Later, <b>Okonkow</b> told reporters the council would vote in May.</p>\n<p>Advertisement</p>\n"
        "</body></html>\n"
    )
    (tmp_path / "pool.html").write_text(export, encoding="utf-8")
    code, page = check("--format", "html", str(tmp_path / "pool.html"))
    assert code == 1 and page.count("<script") == 1
    parser = MarkText()
    parser.feed(page)
    fid = re.search(r'data-f="([^"]+)" data-level="\w+" data-family="names" data-code="NAM001"', page).group(1)
    assert parser.text[fid] == "Okonkow"
    assert (
        '<td>Okonkow <strong class="variant">\u26a0 spelled another way</strong></td><td><a href="#d1-L4">4</a>' in page
    )
    advert = re.search(r'data-f="([^"]+)" data-level="\w+" data-family="boilerplate" data-code="BOI003"', page).group(1)
    assert parser.text[advert] == "Advertisement"
    assert "No fix: attrlint does not fix HTML or Word drafts." in page  # its fix's offsets index no text shown
