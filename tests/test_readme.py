"""The README's rule table is generated from the rule files; this keeps the two in step."""

from __future__ import annotations

import re
from pathlib import Path

from attrlint.packs import load_rules
from attrlint.ruledocs import markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_rule_table_matches_rule_files() -> None:
    text = README.read_text(encoding="utf-8")
    table = re.search(r"<!-- rules-table:start -->\n(.*?)\n<!-- rules-table:end -->", text, re.S)
    assert table, "README lost its rules-table markers"
    rules, broken = load_rules()
    assert not broken
    assert table.group(1) == markdown_table(rules), "run `attrlint rules --format markdown` and paste it into README"


def test_readme_starts_with_install_and_test_commands() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("```sh") + 1 : lines.index("```")]
    assert "pip install" in block[0] and "attrlint check examples/" in block[0]
    assert "pytest" in block[1]


def test_readme_first_example_is_what_the_default_format_prints() -> None:
    """The excerpt under the install line, `…` marking what it leaves out, is the real default output."""
    import subprocess
    import sys

    text = README.read_text(encoding="utf-8")
    excerpt = text.split("prints, by default", 1)[1].split("```\n", 2)[1].splitlines()
    done = subprocess.run(
        [sys.executable, "-m", "attrlint", "check", "examples/"],
        cwd=README.parent,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        check=False,
    )
    assert done.returncode == 1, done.stderr
    output = done.stdout.splitlines()
    position = 0
    for line in excerpt:
        if line == "\u2026":
            continue
        assert line in output[position:], f"not in the output (in order): {line!r}"
        position = output.index(line, position) + 1
    assert excerpt[-1] == output[-1]  # the summary line, whole


# --- links, and the short Accuracy and Speed sections ---------------------------------------------------------

ROOT = README.parent
DOCS = [README, ROOT / "docs" / "accuracy.md", ROOT / "docs" / "speed.md"]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def heading_anchors(text: str) -> set[str]:
    """The anchors GitHub gives a Markdown file's headings (a repeated heading gets -1, -2, ...)."""
    anchors: set[str] = set()
    in_code = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        if in_code or not re.match(r"#{1,6} ", line):
            continue
        slug = re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
        anchor, n = slug, 0
        while anchor in anchors:
            n += 1
            anchor = f"{slug}-{n}"
        anchors.add(anchor)
    return anchors


def test_the_readme_and_docs_links_reach_a_file_and_a_heading() -> None:
    broken = []
    for doc in DOCS:
        for target in LINK.findall(doc.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://")):
                continue
            path, _, anchor = target.partition("#")
            linked = (doc.parent / path).resolve() if path else doc
            if not linked.exists():
                broken.append(f"{doc.name}: {target} (no such file)")
            elif anchor and anchor not in heading_anchors(linked.read_text(encoding="utf-8")):
                broken.append(f"{doc.name}: {target} (no such heading)")
    assert not broken, broken


def readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    return text[start : text.index("\n## ", start + 1)]


def test_the_readmes_accuracy_and_speed_stay_short_and_point_to_the_detail() -> None:
    """The README keeps headline figures; each round's measurements go to docs/accuracy.md and docs/speed.md."""
    accuracy, speed = readme_section("Accuracy"), readme_section("Speed")
    assert "(docs/accuracy.md)" in accuracy and "(docs/speed.md)" in speed
    assert accuracy.count("held-out split unless marked tune") == 1
    assert "`bench/splits.py`" in accuracy
    assert len(accuracy.split()) < 1200 and len(speed.split()) < 600, "move the detail to docs/"


def test_each_headline_recall_figure_names_its_split_and_command() -> None:
    table = readme_section("Accuracy").split("### Recall on copies with known errors", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| family")]
    assert {row.split("|")[1].strip() for row in rows} == {"boilerplate", "quotation marks", "names", "attribution"}
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[3].startswith(("held-out", "tune")), row
        assert cells[4].startswith("`python bench/"), row
