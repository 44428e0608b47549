"""bench/page_lines.py reads its hand labels against the corpus: a label that no longer fits the file is an error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import page_lines  # noqa: E402
from splits import TUNE, half_of  # noqa: E402


def test_a_label_past_the_end_of_its_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stem = next(name for name in map(str, range(100)) if half_of(name) == TUNE)
    folder = tmp_path / "corpus" / "hyperpartisan" / "text"
    folder.mkdir(parents=True)
    (folder / f"{stem}.txt").write_text("The ferry sailed at noon.\n\nLeave a comment\n", encoding="utf-8")
    labels = tmp_path / "labels.csv"
    labels.write_text(f"set,file,line,key,label,class\nhyperpartisan,{stem},9,x,furniture,comments\n", encoding="utf-8")
    monkeypatch.setattr(page_lines, "LABELS", labels)
    with pytest.raises(SystemExit, match="past the end"):
        page_lines.labelled_lines(tmp_path / "corpus")
