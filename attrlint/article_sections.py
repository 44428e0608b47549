"""Sections and rows of data that an article sets out itself, though their words name page furniture.

- A **row of data**: one of a run of label-colon-value rows holding numbers, as a market report's
  table is pasted ("Share price: 84.5p", "Market cap: 35m"); the labels name sharing or comments.
- A **section under a colon heading**: a release's "About Us:" over its company profile and "Contact
  Us:" over its press contact; the headings name a footer's links.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from attrlint.furniture import CLOSING, TOKEN, FurnitureModel

# A row of data: a short label, a colon and a value holding a number ("Market cap: 35.2m", "Turnout: 61%").
_FIELD_ROW = re.compile(r"^\s*[^\W\d_][\w.'\u2019 -]{0,30}:\s+\S[^\n]{0,80}$")
_FIELD_VALUE_NUMBER = re.compile(r":[^\n]*\d")
_COLON_HEADING_WORDS = 4  # the longest heading over a section that ends in a colon


def in_field_rows(texts: Sequence[str], index: int) -> bool:
    """Whether a line is one row of a series of label-colon-value rows of data: it and a paragraph
    next to it each set a label, a colon and a value holding a number, under different labels ("Share
    price: 45p", then "Market cap: 35m"). A table's row names a share or a comment count as residue does,
    but residue is not set as a run of numbered fields."""
    if not _field_row(texts[index]):
        return False
    label = _label(texts[index])
    return any(
        0 <= other < len(texts) and _field_row(texts[other]) and _label(texts[other]) != label
        for other in (index - 1, index + 1)
    )


def colon_section_heads(
    texts: Sequence[str], model: FurnitureModel, is_body: Callable[[int], bool], timeout: float | None = None
) -> set[int]:
    """The short headings ending in a colon that head a section of their own ("About the company:" over a
    paragraph on it, "Press contact:" over a name and a number), where another such heading, of other
    words, heads one too: a release's or a report's own sections. A heading heads none where the line
    under it is a short one naming page furniture ("Share this:" over "Facebook"); a line of residue pasted
    alone has no kin. `is_body(index)` says whether a paragraph is body copy (prose, which may name a deal
    in passing). Read once per draft, each distinct line under a heading searched once."""
    named: dict[str, bool] = {}
    heads = {index for index in range(len(texts)) if _heads_colon_section(texts, index, model, is_body, named, timeout)}
    return heads if len({texts[index] for index in heads}) > 1 else set()


def _heads_colon_section(
    texts: Sequence[str],
    index: int,
    model: FurnitureModel,
    is_body: Callable[[int], bool],
    named: dict[str, bool],
    timeout: float | None,
) -> bool:
    text = texts[index]
    if index + 1 >= len(texts) or not text.rstrip(CLOSING).endswith(":"):
        return False
    if not 1 <= len(TOKEN.findall(text)) <= _COLON_HEADING_WORDS:
        return False
    if is_body(index + 1):
        return True
    under = texts[index + 1]
    if under not in named:
        named[under] = bool(model.classes_in(under, timeout)[0])
    return bool(TOKEN.search(under)) and not under.rstrip(CLOSING).endswith(":") and not named[under]


def _field_row(text: str) -> bool:
    return (
        bool(_FIELD_ROW.match(text))
        and len(TOKEN.findall(_label(text))) <= 3
        and bool(_FIELD_VALUE_NUMBER.search(text))
    )


def _label(text: str) -> str:
    """A row's label: the words before its first colon, folded."""
    return text.split(":", 1)[0].strip().lower()
