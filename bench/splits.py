"""The one definition of which corpus files the project tunes on and which it reports on.

Every accuracy script and every hand-judged sample uses these splits, so that a figure
in the README or docs/accuracy.md is measured on copy nobody read while tuning:

- PolNeAR: `train` is for tuning and for learning lexicons, `dev` is held out.
- Every other set (hyperpartisan, fakenews-sample, readability, trafilatura): a file
  or page belongs to the held-out half when the first byte of the SHA-256 of its stem
  is odd. The rule depends only on the name, so it never changes as the code does.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

TUNE = "tune"
HELD_OUT = "held-out"


def half_of(stem: str) -> str:
    """Which half a file or page of a set without its own split belongs to."""
    return HELD_OUT if hashlib.sha256(stem.encode("utf-8")).digest()[0] % 2 else TUNE


PAGE_FOLDS = ("fold0", "fold1")  # the tune pages in two folds by page, to fit on one and measure the other


def page_fold(page: str) -> str:
    """Which of the two folds by page a readability or trafilatura page (its id) is in."""
    return PAGE_FOLDS[sum(map(ord, page)) % 2]


def in_pages(set_name: str, page: str, pages: str) -> bool:
    """Whether a page of a set is among `pages`: "all", one set's pages, or one fold by page."""
    return pages in ("all", set_name) or pages == page_fold(page)


def split_of(path: Path) -> str:
    """TUNE or HELD_OUT for a corpus article file (PolNeAR by its own train/dev folders)."""
    if path.parent.name == "dev" and "polnear" in path.parts:
        return HELD_OUT
    if path.parent.name == "train" and "polnear" in path.parts:
        return TUNE
    return half_of(path.stem)


# A set whose text is not in its text/ folder: readability's articles are the bodies its pages were cleaned
# to; trafilatura has only its pages' visible text, so its "articles" are whole pages, furniture and all.
TEXT_FOLDERS = {"readability": "clean_text", "trafilatura": "page_text"}


def text_folder(corpus: Path, set_name: str) -> Path:
    """The folder of a set's article text (see TEXT_FOLDERS)."""
    return corpus / set_name / TEXT_FOLDERS.get(set_name, "text")


def files_of(corpus: Path, set_name: str, split: str) -> list[Path]:
    """The article files of a set (polnear, hyperpartisan, fakenews-sample, readability, trafilatura) in one split."""
    if set_name == "polnear":
        folder = "dev" if split == HELD_OUT else "train"
        return sorted((corpus / "polnear" / "text" / folder).glob("*.txt"))
    return [path for path in sorted(text_folder(corpus, set_name).glob("*.txt")) if half_of(path.stem) == split]
