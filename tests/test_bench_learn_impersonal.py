"""bench/learn_impersonal.py: it reads the learned cue lexicon from the language data, and its `--check` passes
on PolNeAR train (the pack holds what the corpus gives) where the corpus is at hand."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from learn_impersonal import judgement_passives, lexicon_cues, main  # noqa: E402

from attrlint.language import language_lists  # noqa: E402

# The corpus beside the checkout, or beside the folder of its worktrees; the tests pass without it.
CORPUS = next(
    (
        base / "shared" / "corpus"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "corpus" / "polnear").is_dir()
    ),
    None,
)


def test_the_learned_lexicon_is_the_language_datas_speech_and_opinion_cues() -> None:
    lists = language_lists()
    known = lexicon_cues()
    assert known >= set(lists["speech_cues"]) | set(lists["opinion_cues"])
    assert known >= set(lists["speech_cue_phrases"])
    assert "said" in known


@pytest.mark.skipif(CORPUS is None, reason="the corpus is in ../shared, outside this repository")
def test_the_check_passes_on_polnear_train(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(CORPUS), "--check"]) == 0
    assert "impersonal cues" in capsys.readouterr().out


def test_judgement_passives_keep_an_adverb_of_spread_and_its_unsourced_participles(tmp_path: Path) -> None:
    spread = "The plan was widely criticized. " * 4 + "The pier was widely seen as safe. The toll was widely known."
    other = "The plan was formally approved. " * 5
    (tmp_path / "a.txt").write_text(spread, encoding="utf-8")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    cues = [("a", m.start("p"), m.end("p")) for m in re.finditer(r"widely (?P<p>\w+)", spread)]
    cues += [("b", m.start("p"), m.end("p")) for m in re.finditer(r"formally (?P<p>\w+)", other)][:2]
    relations = [{"article_id": a, "cue": {"spans": [[start, end]]}, "source": None} for a, start, end in cues]
    learned = [phrase for phrase, _ in judgement_passives([tmp_path / "a.txt", tmp_path / "b.txt"], relations)]
    assert learned == ["widely criticized", "widely criticised", "widely seen"]  # "known" is left out: a fact
