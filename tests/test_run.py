"""The one door to the rules: a `Run` finds each draft's config and resolves it to a `RuleSet`, which
check, the fixes, the sheets, `explain`, `rules` and SARIF all reach the rules through."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import rule_yaml, write_pack

from attrlint import parallel
from attrlint.cli import main
from attrlint.document import Document
from attrlint.errors import InternalError
from attrlint.ruleset import RuleSet
from attrlint.run import Options, Run, lint_serially

EMAIL = "Ferry fares rise\n\nReaders can send an e-mail to the harbour board before the vote, the chair said.\n"


def newsroom(folder: Path, config: str = "packs: [house]\n", **extra_rules: str) -> Path:
    """A folder with a `house` pack of one substitution rule (NEW001) and a config; the config's path."""
    email = rule_yaml("NEW001", "email-spelling", "substitution", "swap: {e-mail: email}\n")
    write_pack(folder, {"email-spelling": email, **extra_rules}, name="house")
    config_file = folder / ".attrlint.yaml"
    config_file.write_text(config, encoding="utf-8")
    return config_file


def codes(rule_set) -> list[str]:
    return [rule.code for rule in rule_set.rules]


def test_each_draft_gets_the_rule_set_of_its_own_folders_config(tmp_path: Path) -> None:
    newsroom(tmp_path / "newsroom")
    (tmp_path / "elsewhere").mkdir()
    run = Run()
    house = run.rule_set_for(tmp_path / "newsroom" / "one.md")
    plain = run.rule_set_for(tmp_path / "elsewhere" / "one.md")
    assert "NEW001" in codes(house) and "NEW001" in house.known
    assert "NEW001" not in codes(plain) and "NEW001" not in plain.known
    assert run.rule_set_for(tmp_path / "newsroom" / "two.md") is house  # resolved once per config
    assert run.take_errors() == []


def test_rule_set_here_is_the_current_folders_unless_a_config_file_is_given(tmp_path: Path, monkeypatch) -> None:
    config = newsroom(tmp_path / "newsroom")
    monkeypatch.chdir(tmp_path / "newsroom")
    assert "NEW001" in Run().rule_set_here().known
    monkeypatch.chdir(tmp_path)
    assert "NEW001" not in Run().rule_set_here().known
    explicit = Run(Options(config_file=config))
    assert "NEW001" in explicit.rule_set_here().known
    assert "NEW001" in codes(explicit.rule_set_for(tmp_path / "draft.md"))


@pytest.mark.parametrize(
    "entry, applicability",
    [("", "safe"), ("rules:\n  email-spelling: {fix: unsafe}\n", "unsafe"), ("rules:\n  NEW001: {fix: none}\n", None)],
)
def test_a_config_rules_entry_sets_how_a_rules_fix_applies(tmp_path: Path, entry: str, applicability) -> None:
    newsroom(tmp_path, "packs: [house]\n" + entry)
    rule_set = Run(Options(chosen=["NEW"])).rule_set_for(tmp_path / "draft.md")
    [finding], errors = rule_set.lint(Document("draft.md", EMAIL))
    assert errors == [] and finding.suggestion == "email"
    assert (finding.fix.applicability if finding.fix else None) == applicability


def test_a_config_asking_a_fix_of_a_kind_without_fixes_names_the_config_line(tmp_path: Path) -> None:
    loaded = rule_yaml("NEW002", "loaded-verb", "existence", "tokens: [slammed]\n")
    config = newsroom(tmp_path, "packs: [house]\nrules:\n  loaded-verb: {fix: safe}\n", **{"loaded-verb": loaded})
    run = Run()
    assert run.rule_set_for(tmp_path / "draft.md") is None
    assert [str(err) for err in run.take_errors()] == [
        f"{config.resolve()}:3: kind 'existence' offers no fix; 'fix' can only be none"
    ]


HART = (
    "Harbour group warns of new stations\n\n"
    "The group's campaign manager, Laura Harth, told the hearing that the stations had opened.\n\n"
    "Hart said the network must be stopped before the summer.\n"
)


def test_the_sheets_read_each_draft_with_its_own_folders_names(tmp_path: Path) -> None:
    for desk, config in (("accepts", "names: {accept: [Hart]}\n"), ("plain", "")):
        (tmp_path / desk).mkdir()
        (tmp_path / desk / ".attrlint.yaml").write_text(config, encoding="utf-8")
        (tmp_path / desk / "draft.md").write_text(HART, encoding="utf-8")
    variants = {
        Path(doc.path).parent.name: [m.surname for person in analyses.names.people for m in person.variants]
        for doc, analyses in Run().analysed([str(tmp_path / "accepts"), str(tmp_path / "plain")])
    }
    assert variants == {"accepts": [], "plain": ["Hart"]}


def test_documented_gives_the_newsroom_rule_behind_a_finding(tmp_path: Path) -> None:
    newsroom(tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text(EMAIL, encoding="utf-8")
    findings, _ = Run().rule_set_for(draft).lint(Document(str(draft), EMAIL))
    rules = Run().documented(findings)
    assert rules["NEW001"].description == "A rule made up for the tests."
    assert rules["NEW001"].pack == "house"


# --fix checks again only the drafts it wrote, in memory.


def test_fix_checks_again_only_the_draft_it_changed_and_keeps_the_others_findings(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("fixable.md").write_text("Ferry fares rise\n\nThe board met on Monday.\n\nAdvertisement\n", encoding="utf-8")
    Path("vague.md").write_text("Ferry fares rise\n\nThe board will reportedly meet on Monday.\n", encoding="utf-8")
    reads: list[str] = []
    checks: list[tuple[str, str]] = []
    read, lint = Run.read, RuleSet.lint

    def spy_read(self: Run, path: Path | str) -> Document:
        reads.append(str(path))
        return read(self, path)

    def spy_lint(self: RuleSet, doc: Document, *more: object):  # noqa: ANN202
        checks.append((doc.path, doc.raw))
        return lint(self, doc, *more)

    monkeypatch.setattr(Run, "read", spy_read)
    monkeypatch.setattr(RuleSet, "lint", spy_lint)
    args = ["check", "--format", "concise", "--jobs", "1", "--fix", "fixable.md", "vague.md"]
    result = CliRunner().invoke(main, args)
    assert reads == ["fixable.md", "vague.md"]
    assert [path for path, _ in checks] == ["fixable.md", "vague.md", "fixable.md"]
    assert checks[-1][1] == "Ferry fares rise\n\nThe board met on Monday.\n"
    assert result.exit_code == 1
    assert result.stdout == "vague.md:3:16: ATT003 Vague or anonymous sourcing: 'reportedly' [vague-source]\n"
    assert Path("fixable.md").read_text(encoding="utf-8") == "Ferry fares rise\n\nThe board met on Monday.\n"


# The per-draft loop: the collector pause around each draft, what a report keeps, and the parallel
# run that must report what a serial one does.


def test_the_cycle_collector_is_paused_per_draft_and_restored(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.md").write_text("The ferry was late, the captain said.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("The pier reopened.\n", encoding="utf-8")
    seen: list[bool] = []
    real = RuleSet.lint

    def spy(rule_set, doc, analyses=None):  # noqa: ANN001, ANN202
        seen.append(gc.isenabled())
        if doc.path.endswith("b.md"):
            raise RuntimeError("a bug in a check")
        return real(rule_set, doc, analyses)

    monkeypatch.setattr(RuleSet, "lint", spy)
    with pytest.raises(InternalError, match="a bug in a check"):
        lint_serially(Options(), [str(tmp_path)])
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("The pier reopened.\n", encoding="utf-8")
    gc.disable()
    try:
        lint_serially(Options(), [str(tmp_path)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_run_keeps_the_lines_of_its_findings_not_whole_drafts(tmp_path: Path) -> None:
    """Memory must not grow with every draft that has a finding; only --fix and --diff need the drafts."""
    (tmp_path / "a.md").write_text("The pier reopened.\n\nAdvertisement\n", encoding="utf-8")
    report = lint_serially(Options(), [str(tmp_path)])
    assert report.documents == {}
    [finding] = [finding for finding in report.findings if finding.code == "BOI003"]
    assert report.source_line(finding.path, finding.line) == "Advertisement"
    kept = lint_serially(Options(), [str(tmp_path)], keep_documents=True)
    assert list(kept.documents) == [finding.path]


def _killed(path: str) -> None:
    os._exit(137)  # what the system does to a worker that runs out of memory


def test_a_killed_worker_leaves_the_run_to_this_process(tmp_path: Path, monkeypatch) -> None:
    for number in range(8):
        (tmp_path / f"story{number}.md").write_text("The pier reopened.\n\nAdvertisement\n", encoding="utf-8")
    monkeypatch.setattr(parallel, "_check_one", _killed)
    report = parallel.lint_in_parallel(Options(), [str(tmp_path)], jobs=2)
    assert sorted(report.findings) == sorted(lint_serially(Options(), [str(tmp_path)]).findings)
    assert len([f for f in report.findings if f.code == "BOI003"]) == 8
    assert [str(err) for err in report.errors] == [parallel.KILLED]
