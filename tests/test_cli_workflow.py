"""Workflow options: the failing level, statistics, standard input, quiet, colour, unused directives."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from attrlint.cli import main

DRAFT = "Harbour fees to rise\n\nThe board will reportedly raise fees in May.\n\nAdvertisement\n"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def draft(tmp_path: Path, text: str = DRAFT) -> str:
    path = tmp_path / "story.md"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_fail_on_error_passes_a_draft_with_only_warnings(tmp_path: Path) -> None:
    path = draft(tmp_path)
    assert run("check", "--fail-on", "warning", path)[0] == 1
    code, out, _ = run("check", "--fail-on", "error", path)
    assert code == 0
    assert "ATT003" in out  # still reported, just not failing


def test_statistics_counts_findings_per_rule_and_per_file_worst_first(tmp_path: Path) -> None:
    story = draft(tmp_path)
    worse = tmp_path / "worse.md"
    worse.write_text(DRAFT + "\nAdvertisement\n", encoding="utf-8")
    (tmp_path / "clean.md").write_text("Fees rise\n\nThe board met on Monday, its chair said.\n", encoding="utf-8")
    code, out, _ = run("check", "--statistics", "--jobs", "1", str(tmp_path))
    assert code == 1
    assert out.splitlines() == [
        "    3  BOI003  advertisement                warning",
        "    2  ATT003  vague-source                 warning",
        "    5  total",
        "",
        "Files, most findings first:",
        f"    3  {worse}",
        f"    2  {story}",
        "",
        "2 file(s) of the 3 checked with findings.",
    ]


def test_statistics_honour_the_json_format(tmp_path: Path) -> None:
    import json

    story = draft(tmp_path)
    code, out, _ = run("check", "--statistics", "--format", "json", story)
    assert code == 1
    assert json.loads(out) == {
        "rules": [
            {"code": "ATT003", "name": "vague-source", "level": "warning", "count": 1},
            {"code": "BOI003", "name": "advertisement", "level": "warning", "count": 1},
        ],
        "files": [{"path": story, "count": 2}],
        "findings": 2,
        "files_checked": 1,
        "files_with_findings": 1,
    }


def test_stdin_filename_names_the_draft_and_finds_its_config(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".attrlint.yaml").write_text("ignore: [BOI]\n", encoding="utf-8")
    code, out, _ = run("check", "--format", "concise", "--stdin-filename", "desk/story.md", "-", stdin=DRAFT)
    assert code == 1
    assert out == "desk/story.md:3:16: ATT003 Vague or anonymous sourcing: 'reportedly' [vague-source]\n"


def test_quiet_prints_nothing_when_clear_and_no_summary_otherwise(tmp_path: Path) -> None:
    clean = draft(tmp_path, "Harbour fees to rise\n\nThe board will raise fees in May, its chair said.\n")
    assert run("check", "--quiet", clean) == (0, "", "")
    code, out, _ = run("check", "-q", draft(tmp_path))
    assert code == 1
    assert "Found" not in out and "ATT003" in out


def test_color_can_be_forced_on_and_off(tmp_path: Path) -> None:
    path = draft(tmp_path)
    assert "\x1b[" in run("check", "--color", path)[1]
    assert "\x1b[" not in run("check", "--no-color", path)[1]


def test_unused_directive_is_reported_when_selected(tmp_path: Path) -> None:
    text = (
        "Harbour fees to rise\n\nThe board met on Monday. <!-- attrlint: disable-line BOI003 -->\n\n"
        "Advertisement <!-- attrlint: disable-line BOI003 -->\n"
    )
    path = draft(tmp_path, text)
    assert run("check", path)[0] == 0  # off by default
    code, out, _ = run("check", "--format", "concise", "--select", "BOI,ALN002", path)
    assert code == 1
    assert out.splitlines() == [
        f"{path}:3:26: ALN002 Directive silences nothing: '<!-- attrlint: disable-line BOI003 -->' [unused-directive]"
    ]


def git(repo: Path, *args: str) -> None:
    import subprocess

    subprocess.run(
        ["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_diff_base_reports_only_changed_lines(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    Path("story.md").write_text("Fees to rise\n\nThe board met on Monday.\n\nAdvertisement\n", encoding="utf-8")
    git(tmp_path, "add", "story.md")
    git(tmp_path, "commit", "-qm", "first draft")
    Path("story.md").write_text("Fees to rise\n\nThe board will reportedly meet.\n\nAdvertisement\n", encoding="utf-8")
    code, out, _ = run("check", "--format", "concise", "--diff-base", "HEAD", "story.md")
    assert code == 1
    assert out == "story.md:3:16: ATT003 Vague or anonymous sourcing: 'reportedly' [vague-source]\n"


def test_diff_base_outside_a_repository_is_an_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("story.md").write_text(DRAFT, encoding="utf-8")
    code, _, err = run("check", "--diff-base", "HEAD", "story.md")
    assert code == 2
    assert "git" in err


def test_baseline_hides_old_findings_even_when_lines_move(tmp_path: Path) -> None:
    path = draft(tmp_path)
    baseline = str(tmp_path / "baseline.json")
    code, out, _ = run("check", "--write-baseline", baseline, path)
    assert code == 0 and "Wrote 2 finding(s)" in out
    Path(path).write_text(
        "A new first paragraph.\n\n" + DRAFT + "\nSources say the fees will rise.\n", encoding="utf-8"
    )
    code, out, _ = run("check", "--format", "concise", "--baseline", baseline, path)
    assert code == 1
    assert out.splitlines() == [f"{path}:9:1: ATT003 Vague or anonymous sourcing: 'Sources' [vague-source]"]


def test_broken_baseline_is_an_error_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "baseline.json"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = run("check", "--baseline", str(broken), draft(tmp_path))
    assert code == 2
    assert "baseline.json" in err


FIXABLE = (
    "Harbour fees to rise\n\nThe board met on Monday.\n\nAdvertisement\n\n"
    "\u201dWe have no choice,\u201d the chair said.\n"
)


def test_diff_shows_the_safe_fixes_and_writes_nothing(tmp_path: Path) -> None:
    path = draft(tmp_path, FIXABLE)
    code, out, _ = run("check", "--diff", path)
    assert code == 1
    assert "-Advertisement" in out and "+\u201cWe have no choice" in out
    assert Path(path).read_text(encoding="utf-8") == FIXABLE


def test_fix_writes_the_draft_and_reports_what_is_left(tmp_path: Path) -> None:
    path = draft(tmp_path, FIXABLE.replace("The board met", "The board will reportedly meet"))
    code, out, _ = run("check", "--format", "concise", "--fix", path)
    assert code == 1
    assert "ATT003" in out and "BOI003" not in out and "QUO003" not in out
    fixed = Path(path).read_text(encoding="utf-8")
    assert "Advertisement" not in fixed and "\u201cWe have no choice" in fixed


def test_a_parallel_diff_lists_the_drafts_in_the_order_of_a_serial_one(tmp_path: Path) -> None:
    for number in range(12):
        (tmp_path / f"story{number:02d}.md").write_text(FIXABLE, encoding="utf-8")
    serial = run("check", "--diff", "--jobs", "1", str(tmp_path))
    parallel = run("check", "--diff", "--jobs", "3", str(tmp_path))
    assert parallel == serial
    assert serial[1].count("+++ ") == 12


def test_fix_reports_what_is_left_under_the_same_size_limit(tmp_path: Path) -> None:
    small = draft(tmp_path, FIXABLE)
    big = tmp_path / "big.md"
    big.write_text(FIXABLE * 200, encoding="utf-8")  # over 0.01 MB
    code, out, err = run("check", "--format", "concise", "--fix", "--max-size", "0.01", small, str(big))
    assert code == 2
    assert "big.md" not in out and err.count("big.md: not checked: over the 0.01 MB") == 1
    assert "Advertisement" not in Path(small).read_text(encoding="utf-8")
    assert big.read_text(encoding="utf-8") == FIXABLE * 200


def test_ci_formats_are_offered(tmp_path: Path) -> None:
    path = draft(tmp_path)
    assert run("check", "--format", "github", path)[1].startswith("::warning file=")
    assert '"version": "2.1.0"' in run("check", "--format", "sarif", path)[1]
    assert run("check", "--format", "junit", path)[1].lstrip().startswith("<")


def test_jobs_give_the_same_output_as_a_serial_run(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    for i in range(12):
        extra = "\n\nAdvertisement\n" if i % 3 == 0 else "\n"
        body = f"Story {i}\n\nThe board will reportedly meet on day {i}.{extra}"
        (desk / f"story{i:02}.md").write_text(body, encoding="utf-8")
    (desk / "binary.txt").write_bytes(b"\x00\x01")
    serial = run("check", "--format", "concise", "--jobs", "1", str(desk))
    parallel = run("check", "--format", "concise", "--jobs", "2", str(desk))
    assert parallel == serial
    assert serial[0] == 2 and serial[1].count("ATT003") == 12


def test_a_baselined_finding_stays_old_after_a_copy_edit_elsewhere_in_its_paragraph(tmp_path: Path) -> None:
    paragraph = "The board met on Monday in the old hall. It will reportedly raise fees in May. Its chair spoke."
    path = draft(tmp_path, f"Harbour fees\n\n{paragraph}\n")
    baseline = str(tmp_path / "baseline.json")
    assert run("check", "--write-baseline", baseline, path)[0] == 0
    edited = paragraph.replace("in the old hall", "in the harbour office").replace("Its chair spoke", "No one spoke")
    Path(path).write_text(f"Harbour fees\n\n{edited}\n", encoding="utf-8")
    assert run("check", "--format", "concise", "--baseline", baseline, path) == (0, "", "")
    Path(path).write_text(
        f"Harbour fees\n\n{edited.replace('will reportedly', 'would reportedly')}\n", encoding="utf-8"
    )
    code, out, _ = run("check", "--format", "concise", "--baseline", baseline, path)
    assert code == 1 and "ATT003" in out
