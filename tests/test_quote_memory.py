"""The quote analysis of a draft of millions of turned marks stays small (issue 19)."""

import tracemalloc

from attrlint import quote_analysis, quotes
from attrlint.document import Document
from attrlint.finding import Problem

LINE = "\u201c\u201d" * 50 + "'" * 20 + "\n"  # a line of a hundred curly marks: nearly each one turned
SETTINGS: dict[str, tuple] = {}


def peak_bytes(text: str) -> tuple[int, quote_analysis.QuoteAnalysis]:
    doc = Document("draft.md", text)
    doc.paragraphs  # noqa: B018 - found before measuring: the paragraphs are not the quote analysis's
    tracemalloc.start()
    try:
        analysis = quotes.analyse(doc, SETTINGS)
        return tracemalloc.get_traced_memory()[1], analysis
    finally:
        tracemalloc.stop()


def test_a_draft_of_turned_marks_costs_little_memory_per_mark():
    text = LINE * 1_000  # 100,000 curly marks
    curly = 100 * 1_000
    peak, analysis = peak_bytes(text)
    assert sum(p.check == quote_analysis.MISDIRECTED for p in analysis.problems) > 0.95 * curly
    # Every mark held until all were paired, and each problem as a tuple, took 270 bytes a mark (now 100).
    assert peak / curly < 150


def test_the_spans_a_rule_reads_come_in_order_and_agree_with_all_problems():
    text = 'She said \u201dno\u201d. He said "yes\u201d and \u2018maybe.\n\n\u201cOpen\u201c and on.'
    analysis = quotes.analyse(Document("draft.md", text), SETTINGS)
    every = analysis.problems
    assert [p.start for p in every] == sorted(p.start for p in every)
    for check in quote_analysis.PROBLEMS:
        spans = analysis.found.spans_of(check)  # what a quote-balance rule reads
        assert [Problem(check, *span) for span in spans] == [p for p in every if p.check == check]
    assert {p.check for p in every} >= {quote_analysis.MISDIRECTED, quote_analysis.MIXED_STYLE}
