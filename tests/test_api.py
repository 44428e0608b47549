"""The Python API: check_text, check_paths and fix_text give what the command line gives, as data."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint import api
from attrlint.cli import main

STORY = (
    "Mayor Lena Okonkwo said on Monday that the town pool would stay open through the winter.\n\n"
    '"We will find the money," Okonkwo said.\n\n'
    "Sources say the repairs will cost more than the council expected.\n\n"
    "Later, Okonkow told reporters the council would vote on the repairs in May.\n\n"
    "Advertisement\n\n"
    "The pool reopens on Saturday, a spokesman said.\n"
)
HOUSE_CONFIG = "rules:\n  vague-source: {level: off}\n  name-variant: {level: info}\n"


def cli_json(*args: str) -> list[dict]:
    return json.loads(CliRunner().invoke(main, ["check", "--format", "json", "--jobs", "1", *args]).stdout)


def test_check_text_finds_what_check_finds(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    result = api.check_text(STORY, path=str(path))
    assert [finding.to_dict() for finding in result.findings] == cli_json(str(path))
    assert {finding.code for finding in result.findings} >= {"ATT003", "NAM001", "BOI003"}
    assert result.errors == [] and not result.failed


def test_check_text_hands_back_the_name_and_sourcing_sheets() -> None:
    draft = api.check_text(STORY, path="story.md").drafts["story.md"]
    assert draft.text == STORY
    (person,) = draft.names.people
    assert person.name == "Lena Okonkwo" and person.given_in_full_on == 1
    assert [(s.spelling, s.lines, s.variant) for s in person.spellings] == [
        ("Okonkwo", (1, 3), False),
        ("Okonkow", (7,), True),
    ]
    sources = {source.label: source for source in draft.sources.sources}
    assert sources["Lena Okonkwo"].quotations == 1 and sources["Lena Okonkwo"].lines == (1, 3, 7)
    assert sources["a spokesman"].kind == "role" and sources["a spokesman"].paraphrases == 1
    assert json.loads(json.dumps(draft.names.to_dict()))["people"][0]["spellings"][1]["variant"] is True


def test_the_sheets_are_those_the_commands_print(tmp_path: Path) -> None:
    from attrlint.output import name_sheet, source_sheet

    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    draft = api.check_text(STORY, path=str(path)).drafts[str(path)]
    assert CliRunner().invoke(main, ["names", str(path)]).output == name_sheet.render(draft.names) + "\n"
    assert CliRunner().invoke(main, ["sources", str(path)]).output == source_sheet.render(draft.sources) + "\n"


def test_check_text_reads_the_config_given_or_the_nearest(tmp_path: Path) -> None:
    (tmp_path / "house.yaml").write_text(HOUSE_CONFIG, encoding="utf-8")
    given = api.check_text(STORY, config=tmp_path / "house.yaml")
    assert "ATT003" not in {f.code for f in given.findings}
    assert {str(f.severity) for f in given.findings if f.code == "NAM001"} == {"info"}
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".attrlint.yaml").write_text(HOUSE_CONFIG, encoding="utf-8")
    nearest = api.check_text(STORY, path=str(tmp_path / "desk" / "story.md"))
    assert [f.to_dict() | {"path": "-"} for f in nearest.findings] == [
        f.to_dict() | {"path": "-"} for f in given.findings
    ]


def test_the_package_has_one_door_to_the_rules() -> None:
    """`import attrlint` gives the version alone: no second entry that would lint without the config."""
    import attrlint

    assert attrlint.__all__ == ["__version__"]
    assert [name for name, value in vars(attrlint).items() if inspect.isfunction(value)] == []


def test_check_text_reports_a_broken_config_as_an_error(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("rules:\n  no-such-rule: {level: off}\n", encoding="utf-8")
    result = api.check_text(STORY, config=tmp_path / "broken.yaml")
    assert result.failed and result.findings == [] and "no-such-rule" in str(result.errors[0])


def test_check_text_selects_and_ignores_as_the_options_do() -> None:
    assert {f.code for f in api.check_text(STORY, select=["BOI"]).findings} == {"BOI003"}
    assert "BOI003" not in {f.code for f in api.check_text(STORY, ignore=["advertisement"]).findings}


def test_findings_carry_their_fixes_and_fix_text_makes_them() -> None:
    result = api.check_text(STORY)
    advert = next(f for f in result.findings if f.code == "BOI003")
    assert advert.fix is not None and advert.fix.applicability == "safe"
    fixed = api.fix_text(STORY)
    assert "Advertisement" not in fixed.text and "Okonkow " in fixed.text  # a name is an unsafe fix
    assert "BOI003" not in {f.code for f in fixed.findings}
    assert "Okonkow " not in api.fix_text(STORY, unsafe=True).text


def test_fix_text_keeps_the_line_endings_and_leaves_a_clean_text_alone() -> None:
    crlf = STORY.replace("\n", "\r\n")
    assert "\r\n" in api.fix_text(crlf).text and "\n\n" not in api.fix_text(crlf).text
    clean = "The pool reopens on Saturday, a spokesman said.\n"
    assert api.fix_text(clean) == (clean, [])


def test_check_paths_matches_the_command_line_and_keeps_each_drafts_sheets(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("The pool reopens on Saturday, a spokesman said.\n", encoding="utf-8")
    result = api.check_paths([tmp_path, tmp_path / "nowhere.md"])
    assert [f.to_dict() for f in result.findings] == cli_json(str(tmp_path), str(tmp_path / "nowhere.md"))
    assert list(result.drafts) == [str(tmp_path / "a.md"), str(tmp_path / "b.txt")]
    assert result.drafts[str(tmp_path / "b.txt")].sources.sources[0].label == "a spokesman"
    assert result.failed and "no such file" in str(result.errors[0])
    assert json.loads(json.dumps(result.to_dict()))["drafts"][str(tmp_path / "a.md")]["names"]["people"]


def test_the_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = readme.split("### From Python", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "pool.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "newsroom").mkdir()
    (tmp_path / "newsroom" / ".attrlint.yaml").write_text(HOUSE_CONFIG, encoding="utf-8")
    exec(compile(example, "README.md", "exec"), {"draft_text": STORY})
    assert "NAM001" in capsys.readouterr().out


def test_check_paths_checks_a_file_named_directly_that_the_config_excludes(tmp_path: Path) -> None:
    (tmp_path / ".attrlint.yaml").write_text("exclude: [archive/]\n", encoding="utf-8")
    (tmp_path / "archive").mkdir()
    old = tmp_path / "archive" / "old.md"
    old.write_text(STORY, encoding="utf-8")
    named = api.check_paths([old])
    assert [f.to_dict() for f in named.findings] == cli_json(str(old)) != []
    assert api.check_paths([tmp_path]).findings == []
