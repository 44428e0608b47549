"""`attrlint names` and `attrlint sources` print their sheets, and `names:` in .attrlint.yaml reaches the name rules."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from attrlint.cli import main

DRAFT = """Harbour group warns of new stations

The group's campaign manager, Laura Harth, told the hearing that the stations had opened in thirty countries.

According to Harth, the network is growing. Hart said it must be stopped before the summer, and that the
council should act.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_names_prints_each_person_with_spellings_and_lines(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code, out, _ = run("names", str(draft))
    assert code == 0
    assert "Laura Harth (given in full on line 3)" in out
    assert "Harth                lines 3, 5" in out
    assert "Hart                 lines 5   <- spelled another way" in out


def test_names_reports_an_unreadable_file_and_exits_2(tmp_path: Path) -> None:
    code, _, err = run("names", str(tmp_path / "missing.md"))
    assert code == 2
    assert "missing.md: no such file or folder" in err


def test_config_accept_silences_a_variant(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code, out, _ = run("check", "--select", "NAM", "--format", "concise", str(draft))
    assert code == 1 and "NAM001 'Hart'" in out
    (tmp_path / ".attrlint.yaml").write_text("names:\n  accept: [Hart]\n", encoding="utf-8")
    code, out, _ = run("check", "--select", "NAM", "--format", "concise", str(draft))
    assert code == 0, out


def test_config_distinct_silences_a_known_pair(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    (tmp_path / ".attrlint.yaml").write_text("names:\n  distinct: [[Harth, Hart]]\n", encoding="utf-8")
    code, out, _ = run("check", "--select", "NAM", "--format", "concise", str(draft))
    assert code == 0, out


def test_config_names_unknown_key_names_its_line(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    (tmp_path / ".attrlint.yaml").write_text("names:\n  acept: [Hart]\n", encoding="utf-8")
    code, _, err = run("check", str(draft))
    assert code == 2
    assert ".attrlint.yaml:2: unknown key 'acept' in 'names' (did you mean 'accept'?)" in err


SOURCED = """Ferry fares rise

The harbour board's chair, Ann Voss, said fares would rise in May.

"We have held them for six years," Voss said.

The company will reportedly raise them again next year.
"""


def test_sources_lists_each_source_with_its_quotations_and_lines(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(SOURCED, encoding="utf-8")
    code, out, _ = run("sources", str(draft))
    assert code == 0
    assert "Ann Voss (person): 1 quotation(s), 1 paraphrase(s); lines 3, 5" in out
    assert "anonymous: reportedly (vague)" in out


# The sheets read the config of the draft's folder (or --config), as `check` does.

HART = """Harbour group warns of new stations

The group's campaign manager, Laura Harth, told the hearing that the stations had opened in thirty countries.

Hart said the network must be stopped before the summer.
"""


def test_names_sheet_honours_the_configs_accepted_spelling(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("draft.md").write_text(HART, encoding="utf-8")
    _, out, _ = run("names", "draft.md")
    assert "Hart                 lines 5   <- spelled another way" in out
    Path(".attrlint.yaml").write_text("names: {accept: [Hart]}\n", encoding="utf-8")
    code, out, _ = run("names", "draft.md")
    assert code == 0
    assert "    Hart                 lines 5\n" in out
    assert "spelled another way" not in out
    assert run("check", "--select", "NAM", "--format", "concise", "draft.md")[:2] == (0, "")


def test_names_sheet_reads_the_config_given_with_config(tmp_path: Path) -> None:
    config = tmp_path / "newsroom" / "house.yaml"
    config.parent.mkdir()
    config.write_text("names: {accept: [Hart]}\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(HART, encoding="utf-8")
    code, out, _ = run("names", "--config", str(config), str(draft))
    assert code == 0
    assert "spelled another way" not in out


CORRIDOR = """Council weighs new ferry fares

The harbour board's chair, Ann Voss, said fares would rise in May.

The plan has whispers in the corridor behind it, and the board will vote next week.
"""


def test_sources_sheet_lists_a_vague_source_the_config_adds(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("draft.md").write_text(CORRIDOR, encoding="utf-8")
    Path(".attrlint.yaml").write_text(
        "rules:\n  vague-source: {vague: ['\\bwhispers in the corridor\\b']}\n", encoding="utf-8"
    )
    code, out, _ = run("sources", "draft.md")
    assert code == 0
    assert out == (
        "draft.md: 2 sources\n"
        "  Ann Voss (person): 0 quotation(s), 1 paraphrase(s); lines 3\n"
        "  anonymous: whispers in the corridor (vague): 0 quotation(s), 0 paraphrase(s); lines 5\n\n"
    )
    code, out, _ = run("check", "--select", "ATT003", "--format", "concise", "draft.md")
    assert (code, out) == (
        1,
        "draft.md:5:14: ATT003 Vague or anonymous sourcing: 'whispers in the corridor' [vague-source]\n",
    )


CLASSED = """Ferry fares rise

The harbour board's chair, Ann Voss, said fares would rise in May.

Critics said the rise was too steep.

A person familiar with the plan said a second rise would follow.

The board meets on Tuesday.

Two aides to the chair, who were not authorized to discuss the plan, said it would be published in June.
"""


def test_sources_sheet_gives_each_source_its_class(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(CLASSED, encoding="utf-8")
    code, out, _ = run("sources", str(draft))
    assert code == 0
    assert "  Critics (vague): 0 quotation(s), 1 paraphrase(s); lines 5\n" in out
    assert "  A person familiar with the plan (anonymous, no reason):" in out
    assert "  Two aides to the chair (anonymous, reason given):" in out
    assert "anonymous: Critics" not in out  # listed once, as a source


def test_sources_sheet_in_json(tmp_path: Path) -> None:
    import json

    draft = tmp_path / "draft.md"
    draft.write_text(CLASSED, encoding="utf-8")
    code, out, _ = run("sources", "--format", "json", str(draft))
    assert code == 0
    sheet = json.loads(out)
    classes = {item["source"]: item["class"] for item in sheet["sources"]}
    assert classes["Ann Voss"] == "person"
    assert classes["Critics"] == "vague"
    assert classes["A person familiar with the plan"] == "anonymous, no reason"
    assert sheet["sources"][0]["lines"] == [3]


def test_sources_sheet_lists_bare_officials_as_vague_whichever_rule_reports_them(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Ferry fares rise\n\nThe rise will come in May, officials said.\n", encoding="utf-8")
    code, out, _ = run("sources", str(draft))
    assert code == 0
    assert "  officials (vague): 0 quotation(s), 1 paraphrase(s); lines 3\n" in out
