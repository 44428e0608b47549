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
