"""bench/sources.py with a blind writer's forms: cases are read from gold alone, whatever the cue verb."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from sources import gold_cases_of, inject, read_forms  # noqa: E402

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
