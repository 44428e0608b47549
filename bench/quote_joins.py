"""Copies whose paragraph breaks were lost: every multi-paragraph quotation of an article joined onto one line.

A CMS or wire feed that joins paragraphs with a space turns a quotation over three paragraphs into
`She said: "First part. "Second part. "Third part."`. For each article of a set with a quotation
in the news convention (each later paragraph opens with a double mark, only the last closes, as
`attrlint.quotes.analyse` pairs it), one copy is made with the paragraphs of every such quotation
joined by a space. A quotation over paragraphs that the published article never closes is not in
the convention: it already has its unclosed-quotation finding, and joined, its last paragraph's
mark reads as a closing mark run into the next sentence; it is left as published and counted
(`never closed`). The copy is linted and compared with the article as published:

  joined paragraphs   the paragraphs of the copy that hold a join (one per quotation joined)
  info found          joined paragraphs with the lost-paragraph-breaks finding (QUO009) on their line
  info elsewhere      QUO009 findings on a line without a join
  caused              findings of QUO001, QUO002, QUO006 and ATT001 in the copy beyond the published
                      article's count for that code: what the join caused (the target is none)

Used by bench/quotes.py (section 3); `--show-joins` prints each copy's misses and caused findings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from common import ratio

from attrlint.document import Document, decode
from attrlint.finding import Finding
from attrlint.linter import lint_document
from attrlint.packs import Rule
from attrlint.quotes import analyse
from attrlint.ruleset import builtin_rule_set

LEXICONS = builtin_rule_set().settings
INFO = "QUO009"
CAUSED_CODES = ("QUO001", "QUO002", "QUO006", "ATT001")
OPENING_MARKS = ('"', "\u201c", "''", "\u2018\u2018")


@dataclass
class JoinResult:
    name: str
    articles: int = 0
    joined: int = 0
    found: int = 0
    elsewhere: int = 0
    caused: Counter = field(default_factory=Counter)
    never_closed: int = 0  # quotations over paragraphs the published article never closes: not joined
    notes: list[str] = field(default_factory=list)  # path:line and what went wrong, for --show-joins

    def figures(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "joined_paragraphs": self.joined,
            "info_found": self.found,
            "info_recall": ratio(self.found, self.joined),
            "info_elsewhere": self.elsewhere,
            "caused": {code: self.caused[code] for code in CAUSED_CODES},
            "never_closed_not_joined": self.never_closed,
        }


def opens_with_mark(doc: Document, index: int) -> bool:
    start, end = doc.paragraphs[index]
    return doc.text[start:end].lstrip().startswith(OPENING_MARKS)


def joined_copy(doc: Document) -> tuple[str, list[int], int] | None:
    """The text with each conventional multi-paragraph quotation on one line, where each starts, and
    how many quotations over paragraphs were left as published because they are never closed."""
    runs = [
        q
        for q in analyse(doc, LEXICONS).quotations
        if q.level == 0 and len(q.paragraphs) > 1 and all(opens_with_mark(doc, p) for p in q.paragraphs[1:])
    ]
    quotations = [q for q in runs if q.closing is not None]
    if not quotations:
        return None if not runs else (doc.text, [], len(runs))
    pieces, last, starts, removed = [], 0, [], 0
    for quotation in quotations:
        starts.append(doc.paragraphs[quotation.paragraphs[0]][0] - removed)
        for before, after in zip(quotation.paragraphs, quotation.paragraphs[1:], strict=False):
            end, start = doc.paragraphs[before][1], doc.paragraphs[after][0]
            pieces += [doc.text[last:end], " "]
            last = start
            removed += start - end - 1
    return "".join(pieces) + doc.text[last:], starts, len(runs) - len(quotations)


def bench_joins(name: str, files: list[Path], rules: list[Rule]) -> JoinResult:
    result = JoinResult(name)
    for path in files:
        doc = Document(str(path), decode(path.read_bytes(), str(path)))
        made = joined_copy(doc)
        if made is None:
            continue
        text, starts, never_closed = made
        result.never_closed += never_closed
        if not starts:
            continue
        copy = Document(str(path), text)
        published = Counter(f.code for f in lint_document(doc, rules)[0])
        findings = lint_document(copy, rules)[0]
        tally(result, copy, findings, published, {copy.position(start)[0] for start in starts})
    return result


def tally(result: JoinResult, copy: Document, findings: list[Finding], published: Counter, lines: set[int]) -> None:
    result.articles += 1
    result.joined += len(lines)
    info_lines = {f.line for f in findings if f.code == INFO}
    result.found += len(lines & info_lines)
    result.elsewhere += len(info_lines - lines)
    caused = Counter(f.code for f in findings if f.code in CAUSED_CODES) - published
    result.caused.update(caused)
    for line in sorted(lines - info_lines):
        result.notes.append(f"{copy.path}:{line}\tno {INFO}")
    for finding in findings:
        if caused[finding.code]:
            result.notes.append(f"{copy.path}:{finding.line}:{finding.column}\t{finding.code} in the copy")


def print_joins(results: list[JoinResult]) -> None:
    print("\n## 3. Copies whose multi-paragraph quotations were joined with a space (one copy per article)")
    head = f"{'set':<14}{'articles':>9}{'joined':>8}{'QUO009':>8}{'recall':>8}{'elsewhere':>10}{'never closed':>14}"
    print(f"{head}  caused by the join")
    for res in results:
        fig = res.figures()
        caused = "  ".join(f"{code}={res.caused[code]}" for code in CAUSED_CODES)
        recall = "-" if fig["info_recall"] is None else f"{fig['info_recall']:.3f}"
        counts = f"{res.articles:>9}{res.joined:>8}{res.found:>8}{recall:>8}{res.elsewhere:>10}{res.never_closed:>14}"
        print(f"{res.name:<14}{counts}  {caused}")


def show_joins(results: list[JoinResult], out: TextIO) -> None:
    for res in results:
        print(f"\n## {res.name} joined copies: {len(res.notes)} notes", file=out)
        for note in res.notes:
            print(note, file=out)
