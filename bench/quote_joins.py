"""Copies whose paragraph breaks were lost: the paragraphs of multi-paragraph quotations joined onto one line.

A CMS or wire feed that joins paragraphs with a space turns a quotation over three paragraphs into
`She said: "First part. "Second part. "Third part."`. For each article of a set with a quotation
in the news convention, one copy is made with paragraphs joined by a space. The quotations are read
from the marks alone (`mark_runs`), not from `attrlint.quotes.analyse`, whose pairing is what the bench
measures: a paragraph that leaves one quotation open in a style (curly, straight, or NYT's `''`; a full
sentence, its marks of other styles in pairs), then paragraphs that each open with a mark of that style
and leave it open, up to one that opens with one and closes it; a caption or a credit line (a paragraph
with no such mark and no stop at its end) may stand between two of them. An export joins every
paragraph from a quotation's first to its last, what stands between included; every copy is checked to
hold the article's characters, only the whitespace between them changed. What is joined is the
`--join-mode`:

  quotation   the paragraphs of every such quotation (the default, and the first table of docs/accuracy.md)
  before      those and the paragraph before each quotation (its narration: `The mayor said:`)
  after       those and the paragraph after each quotation
  article     every paragraph after the headline, whether or not the article has such a quotation
              (an article without one tests that nothing is read as a lost break)
  split       no paragraphs: each closed one-paragraph quotation is split at a sentence start (after at
              least MIN_WORDS_JOINED words, not after an abbreviation, not inside a quotation inside it) by an
              opening mark in its style, as if it had run over two paragraphs whose break was lost; every
              position a quotation takes in copy (after `said that`, mid-sentence, lower case, in an
              excerpt), not only those of the articles that set a quotation over paragraphs
  sentences   as split, at every such sentence start of the quotation (each at least MIN_WORDS_JOINED words
              after the one before), as if each of its sentences had been a paragraph: a lost break after
              every kind of sentence speech holds (one that tells a story, `I said`, `he told me`), and
              quotations over three paragraphs and more
  runs        successive paragraphs that end and open with a quotation in the same style made one quotation
              over paragraphs (the first's closing mark dropped, as the convention sets it) and joined: a
              set's own speech, paragraph after paragraph, as the sources of joins (runs_copy says which)

and the `--join-variant` how the paragraphs that continue a quotation open, as copy varies:

  none        as published
  restyle     the continuation's opening mark, where it is in the quotation's own style, in the other
  lower       its first word in lower case (where the article writes that word in lower case too)
  dash        a dash after its opening mark (`"— Then`)
  inner       a partial quotation inside it in single marks of its own style (`‘two words’`)
  turned, ellipsis, bracket, innerfirst, post, caption
              openings real copy has and the published articles hardly show, made in every mode
              (`opening_edit` says how): a curly mark turned the wrong way, `“…`, `“[The]`, `“‘Two words’`,
              and an embedded post's credit line or an image caption joined in before the mark
  samenest    the last two words before the full stop that ends the paragraph before a continuation
              quoted in the outer quotation's own marks, the closing mark before the stop (`calls
              “the plan”. “Next`): the article's own nested-marks slip, which must still give its QUO005
              (once a slip, counted as `expected`) and nothing else

A quotation over paragraphs that the published article never closes is not in the convention: it
already has its unclosed-quotation finding, and joined, its last paragraph's mark reads as a
closing mark run into the next sentence; it is left as published and counted (`never closed`; in
article mode the article is skipped). The copy is linted and compared with the article as published:

  joined paragraphs   the paragraphs of the copy that hold a joined quotation
  info found          joined paragraphs with the lost-paragraph-breaks finding (QUO009) on their line
  info elsewhere      QUO009 findings on a line without a joined quotation
  caused              findings of QUO001, QUO002, QUO006 and ATT001 in the copy beyond the published
                      article's count for that code: what the join caused (the target is none)

Used by bench/quotes.py (section 3). Run alone (tune split by default) to tune on every mode and variant:
  python bench/quote_joins.py [--split tune] [--sets polnear,hyperpartisan,fakenews-sample]
                              [--modes quotation,before,after,article,split] [--variants none,restyle,...] [--show]
`--show` prints each copy's misses and caused findings with context; it refuses the held-out split.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from common import chosen_sets, corpus_parser, ratio
from join_edits import EXPECTED, VARIANTS, edited, split_edit, variant_edit
from splits import HELD_OUT, TUNE, files_of

from attrlint.document import Document, decode
from attrlint.finding import Finding
from attrlint.packs import Rule, load_rules, select
from attrlint.quote_analysis import Quotation
from attrlint.quote_runs import MIN_WORDS_JOINED
from attrlint.quotes import analyse
from attrlint.ruleset import builtin_rule_set, rule_set_of

LEXICONS = builtin_rule_set().settings
INFO = "QUO009"
CAUSED_CODES = ("QUO001", "QUO002", "QUO006", "ATT001")
MODES = ("quotation", "before", "after", "article", "split", "sentences", "runs")
SETS = ("polnear", "hyperpartisan", "fakenews-sample", "readability")
_SENTENCE_START = re.compile(r"(?<=[.!?])[\u2019')]? (?=[A-Z0-9])")
_ABBREVIATED = re.compile(r"(?:^|\s)(?:[A-Z][A-Za-z]{0,3}|\S*\.\S*|[a-z]{1,3})\.$")  # `Mr.`, `U.S.`, `p.m.`, `vs.`


@dataclass
class JoinResult:
    name: str
    articles: int = 0
    joined: int = 0
    found: int = 0
    elsewhere: int = 0
    caused: Counter = field(default_factory=Counter)
    never_closed: int = 0  # quotations over paragraphs the published article never closes: not joined
    expected: Counter = field(default_factory=Counter)  # findings the variant's edits rightly add (EXPECTED)
    expected_found: Counter = field(default_factory=Counter)  # of those, found (beyond the published count)
    notes: list[str] = field(default_factory=list)  # path:line and what went wrong, for --show

    def figures(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "joined_paragraphs": self.joined,
            "info_found": self.found,
            "info_recall": ratio(self.found, self.joined),
            "info_elsewhere": self.elsewhere,
            "caused": {code: self.caused[code] for code in sorted(set(CAUSED_CODES) | set(self.caused))},
            "never_closed_not_joined": self.never_closed,
            "expected": {code: [self.expected_found[code], self.expected[code]] for code in self.expected},
        }


# The styles of double marks a quotation over paragraphs is set in: opening and closing mark (the same for
# straight marks and for the pairs of single marks NYT copy types).
STYLES = {"curly": ("\u201c", "\u201d"), "straight": ('"', '"'), "doubled": ("''", "''")}
OPEN, CLOSED = "open", "closed"  # a paragraph leaves one quotation of a style open, or none
_STOP_AT_END = re.compile(r"[.!?:\u2026][\u2019')\]]?\s*$")
# What opens a full sentence after a mark: `Text`, `\u2014 Text`, `\u2026Text`, `[The]`.
_FULL_SENTENCE = re.compile(r"(?:(?:[\u2014\u2013\u2026\[(-]|\.\.\.)+ ?)?[A-Z0-9]")


@dataclass(frozen=True)
class MarkRun:
    """A quotation over paragraphs as its marks set it: its paragraphs from the first to the last, those
    that continue it, its style, and whether its last paragraph closes it."""

    paragraphs: tuple[int, ...]
    continuing: tuple[int, ...]
    style: str
    closed: bool


def paragraph_text(doc: Document, index: int) -> str:
    start, end = doc.paragraphs[index]
    return doc.text[start:end]


def state_in(text: str, style: str) -> str | None:
    """OPEN where the text leaves exactly one quotation in `style` open (more opening marks than closing by
    one; an odd number of marks where both are the same), CLOSED where it leaves none, else None."""
    opening, closing = STYLES[style]
    if opening == closing:
        return OPEN if text.count(opening) % 2 else CLOSED
    return {1: OPEN, 0: CLOSED}.get(text.count(opening) - text.count(closing))


def opens_a_run(text: str, style: str) -> bool:
    """Whether a paragraph, which need not open with a mark, leaves open a quotation in `style` that the
    convention continues in the next paragraph: a full sentence (its first word capitalised: a partial
    quotation ending a paragraph is closed) right after its opening mark (`said: "Text`, not `said." Text`),
    and whose marks of every other style after that mark are in pairs (not a straight mark closing a curly
    one, `\u201cGetting better."`)."""
    if state_in(text, style) != OPEN:
        return False
    rest = text[_open_mark(text, style) + len(STYLES[style][0]) :]
    others = (name for name in STYLES if name != style)
    return _FULL_SENTENCE.match(rest) is not None and all(state_in(rest, name) == CLOSED for name in others)


def _open_mark(text: str, style: str) -> int:
    """The offset of the mark that opens the quotation a paragraph leaves open in `style`."""
    opening, closing = STYLES[style]
    if opening == closing:
        return text.rfind(opening)
    depth, at = 0, -1
    for mark in re.finditer(f"{opening}|{closing}", text):
        if mark.group() == opening:
            at = mark.start() if depth == 0 else at
            depth += 1
        else:
            depth = max(depth - 1, 0)
    return at


def opens_in(text: str, style: str) -> bool:
    """Whether the paragraph opens with the style's opening mark."""
    return text.lstrip().startswith(STYLES[style][0])


def mark_runs(doc: Document) -> list[MarkRun]:
    """The quotations over paragraphs in the news convention, read from the marks alone (not from
    attrlint's own pairing, which the bench measures): a paragraph that leaves one quotation open in a
    style, then paragraphs that each open with a mark of that style and leave it open, up to one that
    opens with such a mark and closes it (closed) or none (never closed). Between two of its paragraphs
    may stand one paragraph with no mark of the style and no stop or colon at its end: a caption, a
    heading, an embedded post's credit line. A run whose paragraph opens or closes more than that is
    none."""
    runs, index = [], 0
    while index < len(doc.paragraphs):
        run = _run_from(doc, index)
        if run is None:
            index += 1
            continue
        runs.append(run)
        index = run.paragraphs[-1] + 1
    return runs


def _run_from(doc: Document, first: int) -> MarkRun | None:
    for style in STYLES:
        if not opens_a_run(paragraph_text(doc, first), style):
            continue
        continuing, index = [], first
        while (following := _continuation(doc, index, style)) is not None:
            continuing.append(following)
            index = following
            state = state_in(paragraph_text(doc, index), style)
            if state != OPEN:
                break
        else:
            state = OPEN
        if continuing and state is not None:
            return MarkRun(tuple(range(first, index + 1)), tuple(continuing), style, state == CLOSED)
    return None


def _continuation(doc: Document, index: int, style: str) -> int | None:
    """The paragraph after `index` that opens with a mark of `style`, or the one after that past an
    interlude (a paragraph with no mark of the style and no stop at its end), if any."""
    for following in range(index + 1, min(index + 3, len(doc.paragraphs))):
        text = paragraph_text(doc, following)
        if opens_in(text, style):
            return following
        if any(mark in text for mark in STYLES[style]) or _STOP_AT_END.search(text):
            return None
    return None


def join_groups(doc: Document, quotations: list[MarkRun], mode: str) -> list[list[int]]:
    """The paragraphs to join onto one line, group by group, in order (overlapping groups merged)."""
    if mode == "article":
        return [list(range(1, len(doc.paragraphs)))] if len(doc.paragraphs) > 2 else []
    groups: list[list[int]] = []
    for quotation in quotations:
        group = list(quotation.paragraphs)
        if mode == "before" and group[0] > 0:
            group.insert(0, group[0] - 1)
        if mode == "after" and group[-1] + 1 < len(doc.paragraphs):
            group.append(group[-1] + 1)
        if groups and groups[-1][-1] >= group[0]:
            groups[-1] = sorted(set(groups[-1]) | set(group))
        else:
            groups.append(group)
    return groups


def continuation_edits(doc: Document, quotations: list[MarkRun], variant: str) -> list[tuple[int, int, str]]:
    """(offset, length replaced, new text) for the opening of each paragraph that continues a quotation."""
    edits = []
    for quotation in quotations:
        for index in quotation.continuing:
            edit = variant_edit(doc, index, variant, quotation.style == "curly")
            if edit is not None:
                edits.append(edit)
    return edits


Made = tuple[str, list[int], int, list[str]]  # the copy's text, where its groups start, never closed, edits' texts


def joined_copy(doc: Document, mode: str = "quotation", variant: str = "none") -> Made | None:
    """The text with paragraphs joined as `mode` says (the continuations varied as `variant` says), the
    offset where each joined group holding a quotation starts, how many quotations over paragraphs
    were left as published because they are never closed, and the texts the variant's edits put in (None
    when there is nothing to join)."""
    if mode in ("split", "sentences"):
        return split_copy(doc, variant, every=mode == "sentences")
    if mode == "runs":
        return runs_copy(doc, variant)
    runs = mark_runs(doc)
    quotations = [q for q in runs if q.closed]
    never_closed = len(runs) - len(quotations)
    if (mode != "article" and not quotations) or (mode == "article" and never_closed):
        return None if not runs else (doc.text, [], never_closed, [])
    edits = sorted(continuation_edits(doc, quotations, variant)) if variant != "none" else []
    if variant != "none" and not edits:
        return None
    held = {p for q in quotations for p in q.paragraphs}
    text, starts = _joined_text(doc, join_groups(doc, quotations, mode), edits, held)
    return text, starts, never_closed, [new for _, _, new in edits]


def _joined_text(
    doc: Document, groups: list[list[int]], edits: list[tuple[int, int, str]], held: set[int]
) -> tuple[str, list[int]]:
    """The text with each group of paragraphs joined by a space, every paragraph from its first to its last
    (what lies between kept, as an export joins it), and the `edits` made; and the offset in it of each
    group holding a paragraph of `held`."""
    pieces, last, starts = [], 0, []
    for group in groups:
        if held & set(group):
            starts.append(sum(map(len, pieces)) + len(edited(doc.text, last, doc.paragraphs[group[0]][0], edits)))
        for before in range(group[0], group[-1]):
            pieces += [edited(doc.text, last, doc.paragraphs[before][1], edits), " "]
            last = doc.paragraphs[before + 1][0]
    text = "".join(pieces) + edited(doc.text, last, len(doc.text), edits)
    assert _only_breaks_replaced(edited(doc.text, 0, len(doc.text), edits), text), doc.path
    return text, starts


def _only_breaks_replaced(article: str, copy: str) -> bool:
    """Whether the copy holds the (edited) article's characters, only the whitespace between them changed."""
    return article.split() == copy.split()


def runs_copy(doc: Document, variant: str) -> Made | None:
    """Successive paragraphs of speech made one quotation over paragraphs, then joined: where a paragraph ends
    in a closing mark after a stop, closing a quotation of at least MIN_WORDS_JOINED words, and the next
    paragraph opens with a quotation in the same style, the closing mark is dropped (the news convention) and
    the two are joined by a space. Real copy's speech, paragraph by paragraph, with every kind of sentence
    and tag it holds, not only the few quotations a set already sets over paragraphs."""
    analysis = analyse(doc, LEXICONS)
    troubled = {
        index for index, (start, end) in enumerate(doc.paragraphs) for p in analysis.problems if start <= p.start < end
    }
    single = [q for q in analysis.quotations if not q.level and q.closing is not None and len(q.paragraphs) == 1]
    troubled |= {p for q in analysis.quotations if len(q.paragraphs) > 1 for p in q.paragraphs}  # over paragraphs
    first = {q.paragraphs[0]: q for q in reversed(single)}
    last = {q.paragraphs[0]: q for q in single}
    edits, groups, varied = [], [], []
    for index in range(len(doc.paragraphs) - 1):
        ending, opening = last.get(index), first.get(index + 1)
        if ending is None or opening is None or {index, index + 1} & troubled:
            continue
        if not (_ends_paragraph(doc, ending) and _opens_paragraph(doc, opening)):
            continue
        if ending.opening.curly != opening.opening.curly:
            continue
        edit = variant_edit(doc, index + 1, variant, opening.opening.curly) if variant != "none" else None
        if variant != "none" and edit is None:
            continue
        edits += [(ending.closing.offset, ending.closing.length, "")] + ([edit] if edit else [])
        varied += [edit[2]] if edit else []
        if groups and groups[-1][-1] == index:
            groups[-1].append(index + 1)
        else:
            groups.append([index, index + 1])
    if not groups:
        return None
    text, starts = _joined_text(doc, groups, sorted(edits), {p for group in groups for p in group})
    return text, starts, 0, varied


def _ends_paragraph(doc: Document, quotation: Quotation) -> bool:
    """A quotation of a paragraph's worth that closes its paragraph after a stop (`... in May.\u201d`)."""
    closing = quotation.closing
    end = doc.paragraphs[quotation.paragraphs[0]][1]
    words = doc.text[quotation.opening.end : closing.offset].split()
    return (
        not doc.text[closing.end : end].strip()
        and doc.text[closing.offset - 1 : closing.offset] in ".!?\u2026"
        and len(words) >= MIN_WORDS_JOINED
    )


def _opens_paragraph(doc: Document, quotation: Quotation) -> bool:
    """A quotation of speech whose opening mark opens its paragraph: it closes after a stop, or after a comma
    with a few words (`\u201cYes, I will,\u201d she said`), not a title (`\u201cSea Fever\u201d is`,
    `\u201cSea Fever,\u201d which`)."""
    start = doc.paragraphs[quotation.paragraphs[0]][0]
    inside = doc.text[quotation.opening.end : quotation.closing.offset].rstrip()
    speech = inside[-1:] in ".!?\u2026" or (inside[-1:] == "," and len(inside.split()) >= 3)
    return speech and not doc.text[start : quotation.opening.offset].strip()


def split_copy(doc: Document, variant: str, every: bool = False) -> Made | None:
    """The text with an opening mark at one sentence start (`every`: at each) inside each closed
    one-paragraph quotation of a paragraph with no quote problem, and the offsets in the copy where those
    quotations start."""
    analysis = analyse(doc, LEXICONS)
    troubled = {
        index for index, (start, end) in enumerate(doc.paragraphs) for p in analysis.problems if start <= p.start < end
    }
    edits, starts = [], []
    for quotation in analysis.quotations:
        if quotation.level or quotation.closing is None or len(quotation.paragraphs) > 1:
            continue
        if quotation.paragraphs[0] in troubled:
            continue
        opening = doc.text[quotation.opening.offset : quotation.opening.end]
        points = _split_points(doc, quotation, analysis.quotations)
        made = [e for e in (split_edit(doc, at, opening, variant) for at in points[: None if every else 1]) if e]
        if made:
            edits += made
            starts.append(quotation.start)
    if not edits:
        return None
    text = edited(doc.text, 0, len(doc.text), edits)
    shifted = [start + sum(len(new) - length for offset, length, new in edits if offset < start) for start in starts]
    return text, shifted, 0, [new for _, _, new in edits]


def _split_points(doc: Document, quotation: Quotation, quotations: list[Quotation]) -> list[int]:
    """The sentence starts inside a quotation, each after MIN_WORDS_JOINED words from its opening mark or
    the point before, outside any quotation inside it."""
    inside = [q for q in quotations if q.level and quotation.start < q.start < quotation.end]
    points, last = [], quotation.opening.end
    for start in _SENTENCE_START.finditer(doc.text, quotation.opening.end, quotation.closing.offset):
        at = start.end()
        before = doc.text[last:at]
        if _ABBREVIATED.search(before.rstrip().rstrip("\u2019')")) or any(q.start <= at < q.end for q in inside):
            continue
        if len(before.split()) >= MIN_WORDS_JOINED:
            points.append(at)
            last = at
    return points


def bench_joins(
    name: str, files: list[Path], rules: list[Rule], mode: str = "quotation", variant: str = "none"
) -> JoinResult:
    result = JoinResult(name if (mode, variant) == ("quotation", "none") else f"{name} {mode} {variant}")
    for path in files:
        doc = Document(str(path), decode(path.read_bytes(), str(path)))
        made = joined_copy(doc, mode, variant)
        if made is None:
            continue
        text, starts, never_closed, varied = made
        result.never_closed += never_closed
        if text == doc.text:
            continue
        copy = Document(str(path), text)
        published = Counter(f.code for f in rule_set_of(rules).lint(doc)[0])
        findings = rule_set_of(rules).lint(copy)[0]
        expected = {EXPECTED[variant]: _lines_holding(copy, varied)} if variant in EXPECTED else {}
        tally(result, copy, findings, published, {copy.position(start)[0] for start in starts}, expected)
    return result


def tally(
    result: JoinResult,
    copy: Document,
    findings: list[Finding],
    published: Counter,
    lines: set[int],
    expected: dict[str, set[int]] | None = None,
) -> None:
    """Count a copy's joined paragraphs, its QUO009 on them and elsewhere, and what the join added beyond the
    published article's findings and the `expected` ones (a code once on each of its lines: an edit's slip,
    reported once a paragraph; any more count as caused)."""
    expected = expected or {}
    result.articles += 1
    result.joined += len(lines)
    info_lines = {f.line for f in findings if f.code == INFO}
    result.found += len(lines & info_lines)
    result.elsewhere += len(info_lines - lines)
    found = Counter(
        {code: len(where & {f.line for f in findings if f.code == code}) for code, where in expected.items()}
    )
    result.expected.update({code: len(where) for code, where in expected.items()})
    result.expected_found.update(found)
    caused = Counter(f.code for f in findings if f.code in (*CAUSED_CODES, *expected)) - published - found
    result.caused.update(caused)
    for line in sorted(lines - info_lines):
        result.notes.append(f"{copy.path}:{line}\tno {INFO}\t{_around(copy, line, None)}")
    for line in sorted(info_lines - lines):
        result.notes.append(f"{copy.path}:{line}\t{INFO} elsewhere\t{_around(copy, line, None)}")
    for finding in findings:
        if caused[finding.code]:
            where = f"{copy.path}:{finding.line}:{finding.column}"
            result.notes.append(f"{where}\t{finding.code} in the copy\t{_around(copy, finding.line, finding.column)}")


def _lines_holding(copy: Document, texts: list[str]) -> set[int]:
    """The lines of the copy that hold the texts an edit put in, each found after the one before."""
    lines, at = set(), 0
    for text in texts:
        at = copy.text.find(text, at)
        lines.add(copy.position(at)[0])
        at += len(text)
    return lines


def _around(copy: Document, line: int, column: int | None) -> str:
    """Up to 300 characters of a line of the copy, around a column where one is given (printed by --show)."""
    text = copy.text.splitlines()[line - 1]
    if column is None:
        return text[:300]
    at = column - 1
    return f"{text[max(0, at - 200) : at]}\u27e6{text[at : at + 1]}\u27e7{text[at + 1 : at + 100]}"


def print_joins(results: list[JoinResult]) -> None:
    print("\n## 3. Copies whose multi-paragraph quotations were joined with a space (one copy per article)")
    head = f"{'set':<36}{'articles':>9}{'joined':>8}{'QUO009':>8}{'recall':>8}{'elsewhere':>10}{'never closed':>14}"
    print(f"{head}  caused by the join")
    for res in results:
        fig = res.figures()
        caused = "  ".join(f"{code}={res.caused[code]}" for code in sorted(set(CAUSED_CODES) | set(res.caused)))
        caused += "".join(f"  {code} {res.expected_found[code]}/{n} expected" for code, n in res.expected.items())
        recall = "-" if fig["info_recall"] is None else f"{fig['info_recall']:.3f}"
        counts = f"{res.articles:>9}{res.joined:>8}{res.found:>8}{recall:>8}{res.elsewhere:>10}{res.never_closed:>14}"
        print(f"{res.name:<36}{counts}  {caused}")


def show_joins(results: list[JoinResult], out: TextIO) -> None:
    for res in results:
        print(f"\n## {res.name} joined copies: {len(res.notes)} notes", file=out)
        for note in res.notes:
            print(note, file=out)


def every_bench(
    corpus: Path, sets: list[str], split: str, rules: list[Rule], modes: list[str], variants: list[str]
) -> Iterator[JoinResult]:
    for name in sets:
        files = files_of(corpus, name, split)
        for mode in modes:
            for variant in variants:
                yield bench_joins(name, files, rules, mode, variant)


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser("Copies whose paragraph breaks were lost, in every mode and variant.", "sets", SETS)
    parser.add_argument("--split", choices=(TUNE, HELD_OUT), default=TUNE, help="which split (default: %(default)s)")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated subset of: " + ", ".join(MODES))
    parser.add_argument(
        "--variants", default=",".join(VARIANTS), help="comma-separated subset of: " + ", ".join(VARIANTS)
    )
    parser.add_argument("--show", action="store_true", help="print each copy's misses and caused findings (tune only)")
    args = parser.parse_args(argv)
    sets = chosen_sets(args.sets, SETS, args.corpus)
    modes, variants = args.modes.split(","), args.variants.split(",")
    if sets is None or not set(modes) <= set(MODES) or not set(variants) <= set(VARIANTS):
        return 2
    if args.show and args.split == HELD_OUT:
        print("--show reads the copies: not on the held-out split", file=sys.stderr)
        return 2
    all_rules, _ = load_rules()
    rules = select(all_rules, ["QUO", "ATT001"], [])
    results = list(every_bench(args.corpus, sets, args.split, rules, modes, variants))
    print_joins(results)
    if args.show:
        show_joins(results, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
