"""Measure the quotation-mark rules (QUO001-QUO007, plus QUO008 and QUO009 for information) on the shared corpus.

Run from the project root:  python bench/quotes.py [--corpus PATH] [--split held-out|tune] [--json] [--seed N]
                            [--per-type N] [--show N] [--list-all] [--show-misses N] [--show-collateral N]
                            [--show-joins] [--join-modes M,...] [--join-variants V,...]

The corpus (default `../shared/corpus` from the project root) is read at run time only; nothing
derived from it is written anywhere. The `--show*` and `--list-all` options print corpus context
on the terminal for a human to review.

Method
------
Rules are loaded through the library (`load_rules` + `select`): QUO001-QUO007 are the measured
rules; QUO008 (mixed-quote-style, off by default) and QUO009 (lost-paragraph-breaks), both info, are
run apart and counted; QUO009 findings are listed with the others by `--list-all` and count as
found at a break site or as collateral in section 2.
Each article is decoded with `attrlint.document.decode` as the CLI reads drafts and linted with
`rule_set_of(rules).lint(Document(path, text))`. Two sets of edited copy are used, in the split that
`--split` names (`bench/splits.py`; held-out by default): PolNeAR dev (tune: train) and the
held-out (tune) half of hyperpartisan.

1. Findings on clean edited copy. QUO findings per 100 articles, by code. These sets are edited
   news, so most findings are false alarms, but some are real quote errors: `--show N` prints a
   sample of N findings per code and `--list-all` every finding, one per line
   (`path:line:col<TAB>code<TAB>name<TAB>context`, the mark shown as ⟦”⟧, line breaks as ⏎),
   for a human to classify. As a sanity figure the script counts the quotations that
   `attrlint.quotes.analyse(doc, lexicons).quotations` spans over more than one paragraph (`multi_para`),
   the articles holding them, and the paragraph joins they make (`joins`, the sum of
   len(paragraphs) - 1); the corpus README gives 73 in 39 articles (polnear), 68 in 31
   (hyperpartisan).

2. Recall on broken copies. Only articles with no QUO001-QUO007 finding as published are used, so
   whatever fires after a break is caused by it. Every closed level-0 (double-mark) quotation
   found by `analyse` is a candidate; breaks that touch the opening mark or the inside of a
   quotation (drop-close, drop-open, misdirect-open, nest-same) use single-paragraph quotations
   only, those that touch the closing mark alone also take the last paragraph of a
   multi-paragraph one. Each broken copy holds exactly one break:

   drop-close       delete the closing mark                        -> QUO001 at the opening mark
   drop-open        delete the opening mark                        -> QUO002 at the closing mark
   misdirect-open   “ -> ” at the opening (curly only)             -> QUO003 at that mark
   misdirect-close  ” -> “ at the closing (curly only)             -> QUO003 or QUO006 at that mark
   mismatch         curly ” -> straight ", or straight " -> ”      -> QUO004 at the closing mark
   nest-same        quotation of >= 6 words: two adjacent inner words (not its first or last word)
                    wrapped in the outer quotation's own marks     -> QUO005 at the inner opening
                    (the pair is drawn by a generator seeded with the article's name and the offset)
   detach           `words,” she said` -> `words, “she said` (straight: `words, "she said`); only
                    where spaces and then a word follow the mark   -> QUO006 at the moved mark
   glue             `words,” she` -> `words,”she`, same condition  -> QUO007 at the closing mark

   Candidates are sampled evenly over articles with a fixed seed (`--seed`): articles are
   shuffled and visited round-robin, one candidate each per round, until `--per-type` breaks.
   A break is a hit when a finding with the expected code is on the mark's line within NEAR
   characters of the mark's offset in the broken text. Every finding of a broken copy is sorted:
     hit        the expected code at the expected mark (one per break at most);
     at-site    any other finding within NEAR of a place the break edited (a second code on the
                turned mark, the wrong code where the expected one missed);
     collateral any finding elsewhere: noise the break caused away from it.
   Figures per break type and corpus: cand (candidates), breaks (sampled), hits, recall
   (hits / breaks), at-site (findings), coll.brk (breaks with any collateral finding) and
   coll (collateral findings), with the codes of the last two. For misdirect-close the codes that
   hit are tallied (QUO003, QUO006). Line numbers are those of the original article: no break
   adds or removes a line break.

3. Copies whose paragraph breaks were lost (`bench/quote_joins.py`): each multi-paragraph quotation
   of an article joined onto one line with a space; the QUO009 findings on the joined paragraphs,
   and the QUO001, QUO002, QUO006 and ATT001 findings the join adds (the target is none). A
   quotation over paragraphs that the published article never closes is not joined, only counted.
   `--join-modes` and `--join-variants` (every one by default) join the narration before or after
   too, or every paragraph of the article, or split one-paragraph quotations at a sentence start
   (`split`) or at every one (`sentences`), and vary how the later paragraphs open (see that script).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from common import (
    chosen_sets,
    codes_text,
    command_line,
    context,
    corpus_parser,
    fmt,
    list_all,
    offset_of,
    ratio,
    sample_evenly,
    show_findings,
)
from quote_joins import MODES, VARIANTS, every_bench, print_joins, show_joins
from splits import HELD_OUT, TUNE, files_of

from attrlint.document import Document, decode
from attrlint.finding import Finding
from attrlint.packs import Rule, load_rules, select
from attrlint.quote_analysis import Quotation
from attrlint.quotes import analyse
from attrlint.ruleset import builtin_rule_set, rule_set_of

SETS = ("polnear", "hyperpartisan")
CODES = ("QUO001", "QUO002", "QUO003", "QUO004", "QUO005", "QUO006", "QUO007")
INFO_CODES = ("QUO008", "QUO009")  # mixed style (off by default) and lost paragraph breaks: info, counted apart
LISTED_INFO = ("QUO009",)  # on by default, so listed with the others for judging
JOIN_CODES = ("QUO001", "QUO002", "QUO006", "ATT001")  # what a join must not cause
LEXICONS = builtin_rule_set().settings  # the quotes pack's narration verbs, as a run without a config reads them
README_MULTI = {"polnear": (73, 39), "hyperpartisan": (68, 31)}  # (quotations, articles) per the corpus README
NEAR = 3  # characters between a finding and the mark it should point at
CONTEXT = 50  # characters each side of a mark in printed context
MIN_NEST_WORDS = 6
OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "\u201c", "\u201d", '"'
WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
SPACE_THEN_WORD = re.compile(r"[ \t]+(?=\w)")


# --- reading and linting -------------------------------------------------------------------


@dataclass
class Article:
    path: Path
    text: str
    doc: Document
    findings: list[Finding]


# --- 1. findings on clean edited copy ------------------------------------------------------


@dataclass
class CleanResult:
    name: str
    articles: int = 0
    codes: Counter = field(default_factory=Counter)
    info: Counter = field(default_factory=Counter)
    info_articles: Counter = field(default_factory=Counter)
    with_findings: int = 0
    multi: int = 0
    multi_articles: int = 0
    joins: int = 0
    errors: int = 0
    flagged: list[tuple[Article, Finding]] = field(default_factory=list)
    clean: list[Article] = field(default_factory=list)  # articles with no QUO001-QUO007 finding

    def figures(self) -> dict[str, object]:
        total = sum(self.codes.values())
        per100 = {c: round(100 * self.codes[c] / self.articles, 2) for c in CODES} if self.articles else {}
        quotations, articles = README_MULTI[self.name]
        return {
            "articles": self.articles,
            "findings": total,
            "findings_per_100": round(100 * total / self.articles, 2) if self.articles else None,
            "articles_with_findings": self.with_findings,
            "clean_articles": len(self.clean),
            "by_code": {c: self.codes[c] for c in CODES},
            "by_code_per_100": per100,
            "info": {c: self.info[c] for c in INFO_CODES},
            "info_articles": {c: self.info_articles[c] for c in INFO_CODES},
            "multi_para_quotations": self.multi,
            "multi_para_articles": self.multi_articles,
            "multi_para_joins": self.joins,
            "readme_multi_para": {"quotations": quotations, "articles": articles},
            "rule_errors": self.errors,
        }


def scan_set(name: str, files: list[Path], rules: list[Rule], info_rules: list[Rule]) -> CleanResult:
    result = CleanResult(name)
    for path in files:
        text = decode(path.read_bytes(), str(path))
        doc = Document(str(path), text)
        findings, errors = rule_set_of(rules).lint(doc)
        info, info_errors = rule_set_of(info_rules).lint(doc)
        article = Article(path, text, doc, findings)
        result.articles += 1
        result.errors += len(errors) + len(info_errors)
        result.codes.update(f.code for f in findings)
        result.info.update(f.code for f in info)
        result.info_articles.update({f.code for f in info})
        result.with_findings += bool(findings)
        result.flagged.extend((article, f) for f in findings + [f for f in info if f.code in LISTED_INFO])
        multi = [q for q in analyse(doc, LEXICONS).quotations if len(q.paragraphs) > 1]
        result.multi += len(multi)
        result.multi_articles += bool(multi)
        result.joins += sum(len(q.paragraphs) - 1 for q in multi)
        if not findings:
            result.clean.append(article)
    return result


# --- 2. breaks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Break:
    """One broken copy: the text, where the expected finding belongs, and every offset edited."""

    kind: str
    article: Article
    text: str
    expect: int
    site: tuple[int, ...]


@dataclass(frozen=True)
class BreakType:
    name: str
    expected: tuple[str, ...]
    make: Callable[[Article, Quotation], Break | None]
    single_paragraph: bool


def replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def following_word(article: Article, quote: Quotation) -> int | None:
    """Offset of the word after the closing mark, when only spaces stand between them in its paragraph."""
    match = SPACE_THEN_WORD.match(article.text, quote.end)
    if not match:
        return None
    paragraph_end = article.doc.paragraphs[quote.paragraphs[-1]][1]
    return match.end() if match.end() < paragraph_end else None


def drop_close(article: Article, quote: Quotation) -> Break | None:
    c = quote.closing.offset
    return Break("drop-close", article, replace(article.text, c, c + 1, ""), quote.start, (quote.start, c))


def drop_open(article: Article, quote: Quotation) -> Break | None:
    o, c = quote.start, quote.closing.offset - 1
    return Break("drop-open", article, replace(article.text, o, o + 1, ""), c, (o, c))


def misdirect_open(article: Article, quote: Quotation) -> Break | None:
    o = quote.start
    if quote.opening.char != OPEN_CURLY:
        return None
    return Break("misdirect-open", article, replace(article.text, o, o + 1, CLOSE_CURLY), o, (o,))


def misdirect_close(article: Article, quote: Quotation) -> Break | None:
    c = quote.closing.offset
    if quote.closing.char != CLOSE_CURLY:
        return None
    return Break("misdirect-close", article, replace(article.text, c, c + 1, OPEN_CURLY), c, (c,))


def mismatch(article: Article, quote: Quotation) -> Break | None:
    c = quote.closing.offset
    new = STRAIGHT if quote.closing.char == CLOSE_CURLY else CLOSE_CURLY
    return Break("mismatch", article, replace(article.text, c, c + 1, new), c, (c,))


def nest_same(article: Article, quote: Quotation) -> Break | None:
    """Two adjacent inner words, not the quotation's first or last, wrapped in the outer marks."""
    inside = article.text[quote.start + 1 : quote.closing.offset]
    if any(mark in inside for mark in (OPEN_CURLY, CLOSE_CURLY, STRAIGHT)):
        return None
    words = [m.span() for m in WORD.finditer(inside)]
    if len(words) < MIN_NEST_WORDS:
        return None
    pairs = [i for i in range(1, len(words) - 2) if inside[words[i][1] : words[i + 1][0]] == " "]
    if not pairs:
        return None
    i = random.Random(f"{article.path.name}:{quote.start}").choice(pairs)
    start, end = quote.start + 1 + words[i][0], quote.start + 1 + words[i + 1][1]
    opening = article.text[quote.opening.offset : quote.opening.end]
    closing = article.text[quote.closing.offset : quote.closing.end]
    text = article.text[:start] + opening + article.text[start:end] + closing + article.text[end:]
    return Break("nest-same", article, text, start, (start, end + 1))


def detach(article: Article, quote: Quotation) -> Break | None:
    """`words,” she said` -> `words, “she said`: the mark moved across the space onto the next word."""
    w = following_word(article, quote)
    if w is None:
        return None
    c = quote.closing.offset
    moved = OPEN_CURLY if quote.closing.curly else STRAIGHT
    text = article.text[:c] + article.text[c + 1 : w] + moved + article.text[w:]
    return Break("detach", article, text, w - 1, (c, w - 1))


def glue(article: Article, quote: Quotation) -> Break | None:
    w = following_word(article, quote)
    if w is None:
        return None
    c = quote.closing.offset
    return Break("glue", article, replace(article.text, quote.end, w, ""), c, (c,))


BREAK_TYPES = (
    BreakType("drop-close", ("QUO001",), drop_close, True),
    BreakType("drop-open", ("QUO002",), drop_open, True),
    BreakType("misdirect-open", ("QUO003",), misdirect_open, True),
    BreakType("misdirect-close", ("QUO003", "QUO006"), misdirect_close, False),
    BreakType("mismatch", ("QUO004",), mismatch, False),
    BreakType("nest-same", ("QUO005",), nest_same, True),
    BreakType("detach", ("QUO006",), detach, False),
    BreakType("glue", ("QUO007",), glue, False),
)


def candidates(article: Article, kind: BreakType) -> list[Break]:
    quotes = [
        q
        for q in analyse(article.doc, LEXICONS).quotations
        if q.level == 0 and q.closing is not None and q.opening.length == q.closing.length == 1  # breaks edit one char
    ]
    if kind.single_paragraph:
        quotes = [q for q in quotes if len(q.paragraphs) == 1]
    return [b for b in (kind.make(article, q) for q in quotes) if b is not None]


@dataclass
class Outcome:
    """A linted broken copy, its findings sorted into the hit, those at the site and the rest."""

    brk: Break
    doc: Document
    hit: Finding | None
    at_site: list[Finding]
    collateral: list[Finding]


def near(doc: Document, finding: Finding, offset: int) -> bool:
    return finding.line == doc.position(offset)[0] and abs(offset_of(doc, finding) - offset) <= NEAR


def judge(brk: Break, kind: BreakType, rules: list[Rule]) -> Outcome:
    doc = Document(str(brk.article.path), brk.text)
    findings, _ = rule_set_of(rules).lint(doc)
    hit = next((f for f in findings if f.code in kind.expected and near(doc, f, brk.expect)), None)
    rest = [f for f in findings if f is not hit]
    at_site = [f for f in rest if any(near(doc, f, offset) for offset in brk.site)]
    collateral = [f for f in rest if f not in at_site]
    return Outcome(brk, doc, hit, at_site, collateral)


@dataclass
class TypeResult:
    kind: str
    expected: tuple[str, ...]
    candidates: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    def figures(self) -> dict[str, object]:
        hits = [o for o in self.outcomes if o.hit]
        return {
            "expected": "|".join(self.expected),
            "candidates": self.candidates,
            "breaks": len(self.outcomes),
            "hits": len(hits),
            "recall": ratio(len(hits), len(self.outcomes)),
            "hit_codes": dict(Counter(o.hit.code for o in hits)),
            "at_site": sum(len(o.at_site) for o in self.outcomes),
            "at_site_codes": dict(Counter(f.code for o in self.outcomes for f in o.at_site)),
            "collateral_breaks": sum(bool(o.collateral) for o in self.outcomes),
            "collateral": sum(len(o.collateral) for o in self.outcomes),
            "collateral_codes": dict(Counter(f.code for o in self.outcomes for f in o.collateral)),
        }


def bench_breaks(clean: list[Article], rules: list[Rule], per_type: int, seed: int) -> list[TypeResult]:
    results = []
    for kind in BREAK_TYPES:
        groups = [candidates(article, kind) for article in clean]
        rng = random.Random(f"{seed}:{kind.name}")
        result = TypeResult(kind.name, kind.expected, sum(len(g) for g in groups))
        result.outcomes = [judge(brk, kind, rules) for brk in sample_evenly(groups, rng, per_type)]
        results.append(result)
    return results


def overall(results: list[TypeResult]) -> dict[str, object]:
    figures = [r.figures() for r in results]
    breaks, hits = sum(f["breaks"] for f in figures), sum(f["hits"] for f in figures)
    return {
        "breaks": breaks,
        "hits": hits,
        "recall": ratio(hits, breaks),
        "at_site": sum(f["at_site"] for f in figures),
        "collateral_breaks": sum(f["collateral_breaks"] for f in figures),
        "collateral": sum(f["collateral"] for f in figures),
    }


# --- output --------------------------------------------------------------------------------


def print_clean(results: list[CleanResult]) -> None:
    print("## 1. Findings on clean edited copy, per 100 articles (QUO008 off by default: a count, not an alarm)")
    head = "".join(f"{c:>8}" for c in CODES)
    print(f"{'set':<14}{'articles':>9}{head}{'total':>8}{'arts':>6}{'QUO008':>8}{'QUO009':>8}   multi-para (README)")
    for res in results:
        fig = res.figures()
        cells = "".join(f"{fig['by_code_per_100'][c]:>8.1f}" for c in CODES)
        readme = fig["readme_multi_para"]
        multi = f"{res.multi} in {res.multi_articles} arts, {res.joins} joins"
        multi += f" ({readme['quotations']} in {readme['articles']})"
        print(
            f"{res.name:<14}{res.articles:>9}{cells}{fig['findings_per_100']:>8.1f}{res.with_findings:>6}"
            f"{res.info['QUO008']:>8}{res.info['QUO009']:>8}   {multi}"
        )
    for res in results:
        counts = "  ".join(f"{c}={res.codes[c]}" for c in CODES)
        print(f"{res.name:<14} counts: {counts}  clean_articles={len(res.clean)}")


def print_breaks(breaks: dict[str, list[TypeResult]]) -> None:
    print("\n## 2. Recall on broken copies (articles with no QUO001-QUO007 finding; one break per copy)")
    print(
        f"{'set':<14}{'break':<16}{'expect':<14}{'cand':>6}{'breaks':>7}{'hits':>6}{'recall':>8}"
        f"{'at-site':>8}{'coll.brk':>9}{'coll':>6}  notes"
    )
    for name, results in breaks.items():
        for res in results:
            fig = res.figures()
            notes = []
            if len(res.expected) > 1:
                notes.append("hit " + codes_text(fig["hit_codes"]))
            if fig["at_site"]:
                notes.append("site " + codes_text(fig["at_site_codes"]))
            if fig["collateral"]:
                notes.append("coll " + codes_text(fig["collateral_codes"]))
            print(
                f"{name:<14}{res.kind:<16}{fig['expected']:<14}{fig['candidates']:>6}{fig['breaks']:>7}{fig['hits']:>6}"
                f"{fmt(fig['recall']):>8}{fig['at_site']:>8}{fig['collateral_breaks']:>9}{fig['collateral']:>6}"
                f"  {'; '.join(notes)}".rstrip()
            )
        total = overall(results)
        print(
            f"{name:<14}{'overall':<16}{'':<14}{'':>6}{total['breaks']:>7}{total['hits']:>6}{fmt(total['recall']):>8}"
            f"{total['at_site']:>8}{total['collateral_breaks']:>9}{total['collateral']:>6}"
        )


def mark_context(text: str, offset: int) -> str:
    return context(text, offset, offset + 1, CONTEXT)


def finding_line(doc: Document, finding: Finding) -> str:
    """One stable, grep-able line: path:line:col, code, name and the mark in context."""
    where = f"{doc.path}:{finding.line}:{finding.column}"
    return f"{where}\t{finding.code}\t{finding.name}\t{mark_context(doc.raw, offset_of(doc, finding))}"


def outcome_line(outcome: Outcome, findings: list[Finding] | None = None) -> Iterator[str]:
    brk, doc = outcome.brk, outcome.doc
    line, column = doc.position(brk.expect)
    fired = ",".join(f"{f.code}@{f.line}:{f.column}" for f in outcome.at_site + outcome.collateral) or "nothing"
    yield f"{doc.path}:{line}:{column}\t{brk.kind}\tfired: {fired}\t{mark_context(brk.text, brk.expect)}"
    for finding in findings or []:
        yield f"    collateral {finding_line(doc, finding)}"


def show_outcomes(breaks: dict[str, list[TypeResult]], limit: int, misses: bool, seed: int, out: TextIO) -> None:
    rng = random.Random(seed)
    label = "misses" if misses else "breaks with collateral findings"
    for name, results in breaks.items():
        for res in results:
            chosen = [o for o in res.outcomes if (not o.hit if misses else o.collateral)]
            if not chosen:
                continue
            picked = chosen if len(chosen) <= limit else rng.sample(chosen, limit)
            picked.sort(key=lambda o: (o.brk.article.path, o.brk.expect))
            print(f"\n## {name} {res.kind} {label}: {len(picked)} of {len(chosen)}", file=out)
            for outcome in picked:
                for line in outcome_line(outcome, None if misses else outcome.collateral):
                    print(line, file=out)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = corpus_parser("Measure the QUO (quotation mark) rules on the shared corpus.", "sets", SETS)
    parser.add_argument(
        "--split", choices=(TUNE, HELD_OUT), default=HELD_OUT, help="which split of each set (default: %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for sampling breaks and what --show* prints")
    parser.add_argument("--per-type", type=int, default=400, metavar="N", help="breaks per type per set (%(default)s)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N clean-copy findings per code")
    parser.add_argument("--list-all", action="store_true", help="print every clean-copy finding, one per line")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print up to N missed breaks per type")
    parser.add_argument(
        "--show-collateral", type=int, default=0, metavar="N", help="print up to N breaks with collateral per type"
    )
    parser.add_argument("--show-joins", action="store_true", help="print each joined copy's misses and extra findings")
    parser.add_argument("--join-modes", default=",".join(MODES), help="what section 3 joins: " + ", ".join(MODES))
    parser.add_argument(
        "--join-variants", default=",".join(VARIANTS), help="how section 3 varies the joins: " + ", ".join(VARIANTS)
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    chosen = chosen_sets(args.sets, SETS, args.corpus)
    if chosen is None or not set(args.join_modes.split(",")) <= set(MODES):
        return 2
    if not set(args.join_variants.split(",")) <= set(VARIANTS):
        return 2
    began = time.perf_counter()
    all_rules, broken = load_rules()
    rules = select(all_rules, list(CODES), [])
    info_rules = select(all_rules, list(INFO_CODES), [])
    break_rules = rules + select(all_rules, list(LISTED_INFO), [])
    clean = [scan_set(name, files_of(args.corpus, name, args.split), rules, info_rules) for name in chosen]
    breaks = {res.name: bench_breaks(res.clean, break_rules, args.per_type, args.seed) for res in clean}
    join_rules = break_rules + select(all_rules, ["ATT001"], [])
    modes, variants = args.join_modes.split(","), args.join_variants.split(",")
    joins = list(every_bench(args.corpus, chosen, args.split, join_rules, modes, variants))
    seconds = round(time.perf_counter() - began, 2)
    command = command_line(argv)
    if args.json:
        out = {
            "command": command,
            "corpus": str(args.corpus),
            "rules": [r.code for r in rules],
            "info_rules": list(INFO_CODES),
            "broken_rules": [str(e) for e in broken],
            "seed": args.seed,
            "per_type": args.per_type,
            "near": NEAR,
            "seconds": seconds,
            "clean": {res.name: res.figures() for res in clean},
            "breaks": {
                name: {**{r.kind: r.figures() for r in results}, "overall": overall(results)}
                for name, results in breaks.items()
            },
            "joined": {res.name: res.figures() for res in joins},
        }
        print(json.dumps(out, indent=2))
    else:
        print(f"# {command}")
        info = ",".join(INFO_CODES)
        print(f"# corpus {args.corpus}; rules {','.join(r.code for r in rules)} (+{info} counted apart); ", end="")
        print(f"{len(broken)} broken rules; seed {args.seed}; per-type {args.per_type}; near = {NEAR} chars")
        print_clean(clean)
        print_breaks(breaks)
        print_joins(joins)
        print(f"\n# {seconds:.1f}s")
    out_stream = sys.stderr if args.json else sys.stdout  # keep --json output parseable
    if args.show:
        show_findings(clean, CODES, lambda a, f: finding_line(a.doc, f), args.show, args.seed, out_stream)
    if args.list_all:
        list_all(clean, lambda a, f: finding_line(a.doc, f), out_stream)
    if args.show_misses:
        show_outcomes(breaks, args.show_misses, True, args.seed, out_stream)
    if args.show_collateral:
        show_outcomes(breaks, args.show_collateral, False, args.seed, out_stream)
    if args.show_joins:
        show_joins(joins, out_stream)
    return 0


if __name__ == "__main__":
    sys.exit(main())
