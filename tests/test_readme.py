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
