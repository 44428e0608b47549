"""bench/written.py scores a written set against its writer's labels, line by line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from written import score  # noqa: E402

STORY = (
    "Ferry fares rise again\n\n"
    "The island council voted on Tuesday to raise ferry fares by a tenth, said Councillor Mira Dahl.\n\n"
    "Sources said the vote was close.\n\n"
    "The new fares start in March.\n"
)
RESIDUE_STORY = (
    "Ferry fares rise again\n\n"
    "The island council voted on Tuesday to raise ferry fares by a tenth.\n\n"
    "Sign up for our newsletter | Follow us on Facebook\n\n"
    "The new fares start in March, Councillor Mira Dahl said.\n"
)


def written_set(tmp_path: Path, records: list[dict], drafts: dict[str, str]) -> Path:
    for name, text in drafts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return tmp_path


def test_a_vague_source_the_writer_marked_counts_as_found(tmp_path):
    folder = written_set(
        tmp_path,
        [{"file": "a.txt", "half": "A", "faults": [{"line": 5, "kind": "vague"}], "lookalikes": []}],
        {"a.txt": STORY},
    )
    result = score("attribution", folder, "A")
    assert result["recall"]["vague"] == (1, 1, 1.0)
    assert result["quiet_findings"] == []


def test_a_finding_on_a_line_left_quiet_is_listed_for_judging(tmp_path):
    folder = written_set(
        tmp_path,
        [{"file": "a.txt", "half": "B", "faults": [], "lookalikes": []}],
        {"a.txt": STORY},
    )
    result = score("attribution", folder, None)
    assert [(f["line"], f["code"]) for f in result["quiet_findings"]] == [(5, "ATT003")]


def test_only_the_chosen_half_is_scored(tmp_path):
    folder = written_set(
        tmp_path,
        [
            {"file": "a.txt", "half": "A", "faults": [{"line": 5, "kind": "vague"}]},
            {"file": "b.txt", "half": "B", "residue": [{"line": 5, "class": "newsletter"}]},
        ],
        {"a.txt": STORY, "b.txt": RESIDUE_STORY},
    )
    assert score("boilerplate", folder, "B")["recall"] == {"newsletter": (1, 1, 1.0)}
    assert score("boilerplate", folder, "A")["drafts"] == 1


def test_a_quotation_defect_counts_only_under_the_code_the_writer_expects(tmp_path):
    broken = "Ferry fares rise\n\nThe fares rise in March, \u201cthe council said.\n\nThe vote was close.\n"
    folder = written_set(
        tmp_path,
        [{"file": "q/a.txt", "half": "A", "expect": [{"line": 3, "code": "QUO002"}]}],
        {},
    )
    (tmp_path / "q").mkdir()
    (tmp_path / "q" / "a.txt").write_text(broken, encoding="utf-8")
    result = score("quotes", folder, "A")
    assert result["recall"] == {"QUO002": (0, 1, 0.0)}
    assert [(f["line"], f["code"]) for f in result["quiet_findings"]] == [(3, "QUO001")]


def test_a_labelled_line_with_no_answering_finding_is_listed_as_missed(tmp_path):
    folder = written_set(
        tmp_path,
        [{"file": "a.txt", "half": "A", "faults": [{"line": 3, "kind": "vague"}, {"line": 5, "kind": "vague"}]}],
        {"a.txt": STORY},
    )
    assert score("attribution", folder, "A")["missed"] == [{"file": "a.txt", "line": 3, "kind": "vague"}]


def test_a_source_labelled_anonymous_is_answered_by_the_vague_source_rule_too(tmp_path):
    folder = written_set(
        tmp_path,
        [{"file": "a.txt", "half": "E", "faults": [{"line": 5, "kind": "anonymous-no-reason"}]}],
        {"a.txt": STORY},
    )
    assert score("attribution", folder, "E")["recall"]["anonymous-no-reason"] == (1, 1, 1.0)


def test_default_scores_only_the_rules_a_user_who_selects_nothing_runs(tmp_path):
    pronoun_first = "The island council will raise ferry fares by a tenth, she said.\n\nThe new fares start in March.\n"
    folder = written_set(
        tmp_path,
        [{"file": "a.txt", "half": "E", "faults": [{"line": 1, "kind": "pronoun-before-name"}]}],
        {"a.txt": pronoun_first},
    )
    assert score("attribution", folder, "E")["recall"]["pronoun-before-name"] == (1, 1, 1.0)
    assert score("attribution", folder, "E", default=True)["recall"]["pronoun-before-name"] == (0, 1, 0.0)
