"""The cap on one rule's findings in one draft: `max_findings_per_rule` in the config, `--max-findings-per-rule`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint.cli import main
from attrlint.config import Config, compose, read_config
from attrlint.document import Document
from attrlint.errors import ConfigError
from attrlint.ruleset import MAX_FINDINGS_PER_RULE, builtin_rule_set, resolve

# Six closing marks with no opening one (QUO002), and a line of residue (BOI003).
DRAFT = 'The ferry left early.\n\nPlanks of ash" elm" oak" yew" fir" and box".\n\nAdvertisement\n'


def run(*args: str):
    return CliRunner().invoke(main, ["check", "--format", "concise", *args], catch_exceptions=False)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_capped_rule_reports_its_first_findings_and_one_warning_for_the_rest() -> None:
    doc = Document("draft.md", DRAFT)
    everything, none = builtin_rule_set().lint(doc)
    assert none == []
    unopened = [finding for finding in everything if finding.code == "QUO002"]
    assert len(unopened) > 3
    capped, [warning] = builtin_rule_set()._replace(max_findings=3).lint(doc)
    assert [finding for finding in capped if finding.code == "QUO002"] == unopened[:3]
    assert [finding for finding in capped if finding.code != "QUO002"] == [
        finding for finding in everything if finding.code != "QUO002"
    ]
    assert warning.warning and warning.path == "draft.md"
    assert f"QUO002 (unopened-quote): {len(unopened) - 3:,} more finding(s)" in str(warning)


def test_no_cap_at_zero_and_none_reached_by_default() -> None:
    doc = Document("draft.md", DRAFT)
    assert builtin_rule_set().max_findings == MAX_FINDINGS_PER_RULE
    assert builtin_rule_set()._replace(max_findings=0).lint(doc) == builtin_rule_set().lint(doc)


def test_the_config_sets_the_cap_and_the_nearest_file_wins(tmp_path: Path) -> None:
    top = read_config(write(tmp_path / "top.yaml", "max_findings_per_rule: 5\n"))
    near = read_config(write(tmp_path / "near.yaml", "max_findings_per_rule: 0\n"))
    silent = read_config(write(tmp_path / "silent.yaml", "select: [QUO]\n"))
    assert resolve(top)[0].max_findings == 5
    assert resolve(compose([top, near]))[0].max_findings == 0
    assert resolve(compose([top, silent]))[0].max_findings == 5
    assert resolve(Config(tmp_path))[0].max_findings == MAX_FINDINGS_PER_RULE
    assert resolve(top, max_findings=2)[0].max_findings == 2  # the command line's wins


@pytest.mark.parametrize("value", ["-1", "true", "'ten'", "2.5"])
def test_a_cap_that_is_not_a_whole_number_is_a_config_error(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError, match="max_findings_per_rule"):
        read_config(write(tmp_path / "c.yaml", f"max_findings_per_rule: {value}\n"))


def test_the_command_line_cap_and_its_warning(tmp_path: Path) -> None:
    draft = write(tmp_path / "draft.md", DRAFT)
    config = write(tmp_path / "c.yaml", "max_findings_per_rule: 1\n")
    full = run(str(draft))
    capped = run("--max-findings-per-rule", "2", str(draft))
    by_config = run("--config", str(config), str(draft))
    assert full.exit_code == capped.exit_code == by_config.exit_code == 1
    unopened = [line for line in full.stdout.splitlines() if " QUO002 " in line]
    assert [line for line in capped.stdout.splitlines() if " QUO002 " in line] == unopened[:2]
    assert [line for line in by_config.stdout.splitlines() if " QUO002 " in line] == unopened[:1]
    assert full.stderr == ""
    assert capped.stderr.startswith("attrlint: warning: ")
    assert f"{len(unopened) - 2:,} more finding(s) in this file not shown" in capped.stderr
    assert run("--max-findings-per-rule", "-1", str(draft)).exit_code == 2
