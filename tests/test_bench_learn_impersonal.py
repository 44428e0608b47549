"""bench/learn_impersonal.py: it reads the learned cue lexicon from the language data, and its `--check` passes
on PolNeAR train (the pack holds what the corpus gives) where the corpus is at hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from learn_impersonal import lexicon_cues, main  # noqa: E402

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
