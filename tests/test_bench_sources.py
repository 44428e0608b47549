"""bench/sources.py with a blind writer's forms: cases are read from gold alone, whatever the cue verb."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import pytest  # noqa: E402
from sources import gold_cases_of, inject, read_classes, read_forms, read_sourcing, recall_on_classes  # noqa: E402

TEXT = (
    "Ferry fares rise\n\n"
    "Councillor Mira Dahl forecast that the island ferry would lose money for a third year.\n\n"
    "\u201cWe cannot go on like this,\u201d said Tomas Reyes.\n"
)


def relation(text: str, source: str, cue: str, content: str) -> dict:
    def span(words: str) -> dict:
        start = text.index(words)
        return {"text": words, "spans": [[start, start + len(words)]]}

    return {"type": "Attribution", "source": span(source), "cue": span(cue), "content": span(content)}


def test_a_gold_source_at_a_cue_the_analysis_may_not_read_is_a_case() -> None:
    gold = [relation(TEXT, "Councillor Mira Dahl", "forecast", "the island ferry would lose money for a third year")]
    [case] = gold_cases_of(Path("a.txt"), TEXT, gold)
    text, span = inject(case, "market watchers", True, None)
    assert text[span[0] : span[1]] == "Market watchers"
    assert "Market watchers forecast that the island ferry" in text


def test_a_source_inside_a_quotation_or_with_short_content_is_no_case() -> None:
    short = relation(TEXT, "Councillor Mira Dahl", "forecast", "the island ferry")
    quoted = relation(TEXT, "Tomas Reyes", "said", "We cannot go on like this")
    assert gold_cases_of(Path("a.txt"), TEXT, [short]) == []
    assert len(gold_cases_of(Path("a.txt"), TEXT, [quoted])) == 1  # the source stands after the quotation


def test_forms_are_read_with_their_number(tmp_path: Path) -> None:
    (tmp_path / "vague.tsv").write_text("harbour watchers\tyes\na group of skippers\tno\n", encoding="utf-8")
    (tmp_path / "anonymous.tsv").write_text("a ferry hand\tno\n", encoding="utf-8")
    forms = read_forms(tmp_path)
    assert forms == {
        "vague": [("harbour watchers", True), ("a group of skippers", False)],
        "anonymous": [("a ferry hand", False)],
    }


def copy(case: int, family: str, form: str, found: bool, on_by_default: bool) -> dict:
    return {"split": "train", "case": case, "family": family, "form": form, "found": found,
            "on_by_default": on_by_default}  # fmt: skip


def test_recall_on_listed_classes_leaves_other_forms_out(tmp_path: Path) -> None:
    (tmp_path / "classes.csv").write_text(
        "form,class\nharbour pundits,commentators\nsome skippers,quantifier\nferry hands,other\n"
        "a quay insider,insiders\n",
        encoding="utf-8",
    )
    (tmp_path / "sourcing.csv").write_text(
        "split,case,family,form,label,reason\ntrain,0,vague,harbour pundits,sourcing,\n"
        "train,1,vague,some skippers,not-sourcing,\n",
        encoding="utf-8",
    )
    dumped = [
        copy(0, "vague", "harbour pundits", True, True),
        copy(1, "vague", "some skippers", True, False),
        copy(2, "vague", "ferry hands", False, False),
        copy(3, "anonymous", "a quay insider", False, False),
        {**copy(4, "vague", "ferry hands", True, True), "split": "dev"},
    ]
    judged = read_sourcing(tmp_path / "sourcing.csv", "train")
    recall = recall_on_classes(dumped, read_classes(tmp_path / "classes.csv"), "train", judged)
    assert recall["listed"] == {"cases": 3, "right": 0.667}
    assert recall["listed, on by default"] == {"cases": 3, "right": 0.333}
    assert recall["listed | quantifier"] == {"cases": 1, "right": 1.0}
    assert recall["listed, on by default | quantifier"] == {"cases": 1, "right": 0.0}
    assert recall["listed | anonymous"] == {"cases": 1, "right": 0.0}
    assert recall["listed, judged sourcing"] == {"cases": 1, "right": 1.0}
    assert not any("other" in key for key in recall)


def test_a_class_not_listed_or_a_form_not_classed_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "classes.csv").write_text("form,class\nharbour pundits,pundits\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown class pundits"):
        read_classes(tmp_path / "classes.csv")
    with pytest.raises(ValueError, match="no class to the form"):
        recall_on_classes([copy(0, "vague", "ferry hands", True, True)], {}, "train")
