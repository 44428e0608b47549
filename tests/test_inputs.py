"""Drafts in the files newsrooms hold: HTML exports, Word documents, and legacy 8-bit encodings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint import inputs
from attrlint.cli import main
from attrlint.errors import InputError
from attrlint.extract import html_document
from attrlint.inputs import read_draft

PAGE = """<!doctype html>
<html><head><title>Harbour &amp; pier</title>
<style>p::before { content: "x"; }</style>
<script>var teaser = "Advertisement";</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>
<h1>Pier repairs begin</h1>
<p>Work on the pier began on Monday, the harbour master, Ines Kato, said.</p>
<p>&ldquo;It will take a year,&rdquo; Kato said. &ldquo;Maybe two.</p>
<p>Advertisement</p>
</article>
</body></html>
"""


def check(*args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--jobs", "1", *args])
    return result.exit_code, json.loads(result.stdout or "[]"), result.stderr


def test_html_findings_name_the_source_line_and_column(tmp_path: Path) -> None:
    page = tmp_path / "pier.html"
    page.write_text(PAGE, encoding="utf-8")
    code, found, _ = check(str(page))
    assert code == 1
    spans = {(f["code"], f["line"], f["column"]) for f in found}
    source_lines = PAGE.split("\n")
    quote_line = next(i for i, line in enumerate(source_lines, 1) if "Maybe two" in line)
    unclosed_column = source_lines[quote_line - 1].index("&ldquo;Maybe") + 1
    advert_line = source_lines.index("<p>Advertisement</p>") + 1
    assert spans == {("QUO001", quote_line, unclosed_column), ("BOI003", advert_line, 4)}


def test_html_hides_scripts_styles_and_navigation_and_reads_entities() -> None:
    doc = html_document("pier.html", PAGE)
    assert "teaser" not in doc.raw and "content" not in doc.raw and "Home" not in doc.raw
    assert "\u201cIt will take a year,\u201d Kato said." in doc.raw
    assert doc.raw.split("\n\n")[0] == "Pier repairs begin"  # each block its own paragraph


def test_html_inline_markup_inside_a_word_keeps_the_word_whole() -> None:
    doc = html_document("p.html", "<p>The mayor, Ines Ka<b>to</b>, spoke.</p>")
    assert doc.raw.strip() == "The mayor, Ines Kato, spoke."
    assert doc.found_at(doc.raw.index("Kato")) == (1, len("<p>The mayor, Ines ") + 1)


def test_a_folder_picks_up_html_and_htm(tmp_path: Path) -> None:
    for name in ("a.html", "b.HTM"):
        (tmp_path / name).write_text("<p>Advertisement</p>\n", encoding="utf-8")
    code, found, _ = check(str(tmp_path))
    assert code == 1 and {Path(f["path"]).name for f in found} == {"a.html", "b.HTM"}


def test_fix_leaves_an_html_export_as_it_was(tmp_path: Path) -> None:
    page = tmp_path / "pier.html"
    page.write_text(PAGE, encoding="utf-8")
    CliRunner().invoke(main, ["check", "--fix", "--jobs", "1", str(page)])
    assert page.read_text(encoding="utf-8") == PAGE


docx = pytest.importorskip("docx", reason="the Word tests need python-docx (the docx extra, in dev)")


def word_file(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


def test_word_findings_are_numbered_by_paragraph_and_say_so(tmp_path: Path) -> None:
    draft = word_file(
        tmp_path / "story.docx",
        ["Pier repairs begin", "", "Work began on Monday, the harbour master said.", "Advertisement"],
    )
    code, found, _ = check(str(draft))
    assert code == 1
    [advert] = found
    assert (advert["code"], advert["line"], advert["column"]) == ("BOI003", 4, 1)
    assert advert["message"].endswith("(paragraph 4 of the Word document)")


def test_a_folder_picks_up_word_documents_only_with_the_extra(tmp_path: Path, monkeypatch) -> None:
    word_file(tmp_path / "story.docx", ["Advertisement"])
    assert check(str(tmp_path))[0] == 1
    monkeypatch.setattr(inputs.importlib.util, "find_spec", lambda name: None)
    assert check(str(tmp_path))[0] == 0


def test_a_file_that_is_not_a_word_document_is_one_error_line(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    good = tmp_path / "good.txt"
    good.write_text("Advertisement\n", encoding="utf-8")
    code, found, err = check(str(fake), str(good))
    assert code == 2 and [f["code"] for f in found] == ["BOI003"]
    assert "fake.docx: not a Word document that can be read" in err and "Traceback" not in err


def test_without_python_docx_a_word_draft_names_the_extra(tmp_path: Path, monkeypatch) -> None:
    draft = word_file(tmp_path / "story.docx", ["Advertisement"])
    monkeypatch.setitem(__import__("sys").modules, "docx", None)  # import docx now fails
    with pytest.raises(InputError, match=r"attrlint\[docx\]"):
        read_draft(draft, None)


def test_a_windows_1252_draft_is_checked_and_fixed_in_its_own_encoding(tmp_path: Path) -> None:
    text = "The caf\u00e9 closed \u2013 for good.\n\nAdvertisement\n\n\u201cWe\u2019ll miss it,\u201d said Ana Ruiz.\n"
    draft = tmp_path / "legacy.txt"
    draft.write_bytes(text.encode("cp1252"))
    code, found, err = check(str(draft))
    assert (code, [f["code"] for f in found], err) == (1, ["BOI003"], "")
    CliRunner().invoke(main, ["check", "--fix", "--jobs", "1", str(draft)])
    assert draft.read_bytes() == text.replace("Advertisement\n\n", "").encode("cp1252")


def test_encoding_names_a_codec_and_a_misspelt_one_is_a_usage_error(tmp_path: Path) -> None:
    draft = tmp_path / "mac.txt"
    draft.write_bytes("The caf\u00e9 reopened. \u201cAt last,\u201d said Ana Ruiz.\n".encode("mac-roman"))
    code, found, err = check("--encoding", "mac-roman", str(draft))
    assert (code, found, err) == (0, [], "")
    result = CliRunner().invoke(main, ["check", "--encoding", "klingon", str(draft)])
    assert result.exit_code == 2 and "unknown encoding 'klingon'" in result.stderr
