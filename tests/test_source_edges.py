"""attrlint.source_edges: where the quoted sentences after a source end."""

from __future__ import annotations

from attrlint.source_edges import quotation_ends


def test_quotation_ends_of_no_sentences_is_empty() -> None:
    assert quotation_ends("", []) == []
