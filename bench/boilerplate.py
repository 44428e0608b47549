"""Measure the boilerplate rules (codes BOI*) on the shared real-news corpus.

Run from the project root:  python bench/boilerplate.py [--corpus PATH] [--json]
                            [--show-fp N] [--show-fn N [--fn-all]] [--sets readability,polnear,...]

The corpus (default `../shared/corpus` from the project root) is read at run time only; nothing
derived from it is written anywhere. `--show-fp`/`--show-fn` print corpus lines for a human to
review on the terminal.

Method
------
The BOI rules are loaded once through the library (`load_rules` + `select(["BOI"])`) and run on
each text with `rule_set_of(rules).lint`. Each file is decoded with `attrlint.document.decode` (BOM dropped,
CRLF/CR made LF), exactly as the CLI reads drafts, so finding line numbers refer to that
normalised text. Label offsets index the text as stored; they are turned into line numbers by
counting line breaks (CRLF, CR or LF, each one break) before the offset, which gives the same
line number in the stored and the normalised text. A finding covers every line from `line` to
`end_line` (attrlint may join short lines into one paragraph).

Figures
-------
readability/   (54 pages; `lines.jsonl` labels each page line body|boilerplate)
  flagged    distinct page lines covered by a finding
  TP / FP    flagged lines labelled boilerplate / body; `unlab` = flagged lines with no label
  precision  TP / (TP + FP)
  recall     TP / all boilerplate lines. Low by design: the corpus calls every non-body line
             "boilerplate", headlines, bylines, captions and menus included, which attrlint
             does not try to flag.
  recall_t   recall on the *targeted residue* subset: boilerplate lines matching TARGETED below.
trafilatura/   (143 pages; `segments.jsonl` hand-picked snippets labelled body|boilerplate)
  Each snippet found in its page text (exact substring; snippets marked found_in_page_text
  false, or not found, are skipped and counted as `skipped`) is mapped to the lines it spans.
  When a snippet occurs several times, an occurrence that is a whole line is preferred, then
  one at word boundaries, then the first. A boilerplate snippet is found (TP) when a finding
  overlaps its lines; a body snippet with an overlapping finding is a false alarm (FP).
  precision = TP / (TP + FP), recall = TP / boilerplate snippets, recall_t on TARGETED ones.
polnear/       (train + dev, 924 edited articles): every finding is a false alarm;
  reported as findings per 100 articles and by code.
inserted/      residue lines of the split's pages inserted into its news articles (bench/residue.py):
  recall by the bench's keyword class and by position; `recall_furniture` and the `hand ...`
  classes count only the lines judges labelled page furniture without seeing attrlint's findings
  (bench/labels/residue_lines_<split>.csv), leaving out a reader's comment or another story's
  headline that the keyword classes take in.
hyperpartisan/, fakenews-sample/: unlabelled scraped text; findings per 100 articles by code,
  for information (review a sample with --show-fp).

Why a separate "targeted residue" regex: recall against all corpus "boilerplate" mixes in
headlines, bylines and navigation that are out of scope, so it says little about the rules.
TARGETED is an independent, deliberately broad keyword regex for the kinds of web residue the
BOI rules aim at (newsletter/subscribe/sign-up, follow/share, ads, read more/related/click here,
copyright, privacy/terms/cookie, app download, comments). It is written here, NOT imported from
the rules, so the rules cannot grade themselves; being broad, it over-counts (a headline that
mentions Facebook counts), so recall_t is a lower bound on how well the rules do on their target.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from common import chosen_sets, command_line, corpus_parser, fmt, ratio
from residue import POSITIONS, hand_classes, insert, line_key, residue_lines
from splits import HELD_OUT, PAGE_FOLDS, TUNE, files_of, in_pages

from attrlint.document import Document, decode
from attrlint.finding import Finding
from attrlint.packs import Rule, load_rules, select
from attrlint.ruleset import rule_set_of

ALL_PAGES = "all"
PAGE_CHOICES = (ALL_PAGES, "readability", "trafilatura", *PAGE_FOLDS)  # whose residue lines `inserted` reads
SETS = ("readability", "trafilatura", "polnear", "hyperpartisan", "fakenews", "inserted", "untouched")

# Independent definition of "web residue of the kinds attrlint targets" (see docstring).
TARGETED = re.compile(
    r"""
    newsletter | subscri | sign[\s-]?up | \binbox\b | e-?mail\s+(?:alerts?|updates) | \balerts?\b
  | \bfollow\b | \bshare[sd]?\b | \btweet | \blike\s+us\b
  | advert | \bads?\b | sponsor | promoted | \bpaid\s+(?:content|post|partner)
  | read\s+more | \brelated\b | recommended | click\s+here | you\s+(?:may|might)\s+also
  | more\s+(?:from|stories|on\s+this) | most\s+(?:read|popular|viewed|shared) | trending
  | continue\s+reading | see\s+also | further\s+reading
  | copyright | \u00a9 | all\s+rights\s+reserved
  | privacy | terms\s+(?:of|and)\s+(?:use|service|conditions) | cookie
  | \bapps?\b | app\s+store | google\s+play | download
  | comment | \brepl(?:y|ies)\b | join\s+the\s+(?:conversation|discussion)
    """,
    re.I | re.X,
)
# A row of share buttons named only by platform ("Facebook Twitter Email").
SHARE_ROW = re.compile(
    r"^\W*(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email|e-mail|print|messenger)\W*){2,}$",
    re.I,
)


def is_targeted(text: str) -> bool:
    return bool(TARGETED.search(text) or SHARE_ROW.match(text.strip()))


@dataclass
class Flag:
    """A finding, or a labelled item, kept for the human review lists."""

    set_name: str
    path: str
    line: int
    code: str
    text: str


@dataclass
class SetResult:
    name: str
    docs: int = 0
    figures: dict[str, float | int | None] = field(default_factory=dict)
    codes: Counter = field(default_factory=Counter)
    false_alarms: list[Flag] = field(default_factory=list)
    missed: list[Flag] = field(default_factory=list)  # targeted residue not flagged
    missed_other: list[Flag] = field(default_factory=list)  # other "boilerplate" not flagged
    errors: int = 0


# --- reading and linting -------------------------------------------------------------------


def read_text(path: Path) -> tuple[str, str]:
    """The stored text (for label offsets) and the text as attrlint normalises it."""
    data = path.read_bytes()
    return data.decode("utf-8", errors="replace"), decode(data, str(path))


def break_offsets(raw: str) -> list[int]:
    """Offsets just after each line break (CRLF, CR or LF) of the stored text."""
    return [m.end() for m in re.finditer(r"\r\n|\r|\n", raw)]


def line_of(breaks: list[int], offset: int) -> int:
    """1-based line of an offset; equals the line in the LF-normalised text."""
    return bisect.bisect_right(breaks, offset) + 1


def lint(path: Path, text: str, rules: list[Rule]) -> tuple[Document, list[Finding], int]:
    doc = Document(str(path), text)
    findings, errors = rule_set_of(rules).lint(doc)
    return doc, findings, len(errors)


def covered_lines(findings: Iterable[Finding]) -> dict[int, str]:
    """Each line a finding covers, with the code(s) that cover it."""
    lines: dict[int, set[str]] = {}
    for f in findings:
        for n in range(f.line, f.end_line + 1):
            lines.setdefault(n, set()).add(f.code)
    return {n: ",".join(sorted(codes)) for n, codes in lines.items()}


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


# --- readability ---------------------------------------------------------------------------


def bench_readability(root: Path, rules: list[Rule]) -> SetResult:
    result = SetResult("readability")
    labels: dict[str, dict[int, str]] = {}
    for rec in read_jsonl(root / "lines.jsonl"):
        labels.setdefault(rec["page_id"], {})[rec["start"]] = rec["label"]
    tp = fp = unlab = boiler = boiler_t = tp_t = flagged_total = 0
    for page_id, by_start in sorted(labels.items()):
        path = root / "page_text" / f"{page_id}.txt"
        raw, text = read_text(path)
        breaks = break_offsets(raw)
        line_label = {line_of(breaks, start): label for start, label in by_start.items()}
        doc, findings, errors = lint(path, text, rules)
        result.docs += 1
        result.errors += errors
        result.codes.update(f.code for f in findings)
        flagged = covered_lines(findings)
        flagged_total += len(flagged)
        for n, codes in flagged.items():
            label = line_label.get(n)
            if label == "boilerplate":
                tp += 1
            elif label == "body":
                fp += 1
                result.false_alarms.append(Flag("readability", str(path), n, codes, doc.line_text(n)))
            else:
                unlab += 1
        for n, label in line_label.items():
            if label != "boilerplate":
                continue
            boiler += 1
            missed = Flag("readability", str(path), n, "-", doc.line_text(n))
            if is_targeted(doc.line_text(n)):
                boiler_t += 1
                if n in flagged:
                    tp_t += 1
                else:
                    result.missed.append(missed)
            elif n not in flagged:
                result.missed_other.append(missed)
    result.figures = {
        "pages": result.docs,
        "flagged_lines": flagged_total,
        "TP": tp,
        "FP": fp,
        "unlabelled": unlab,
        "precision": ratio(tp, tp + fp),
        "boilerplate_lines": boiler,
        "recall": ratio(tp, boiler),
        "targeted_lines": boiler_t,
        "targeted_found": tp_t,
        "recall_targeted": ratio(tp_t, boiler_t),
    }
    return result


# --- trafilatura ---------------------------------------------------------------------------


def locate(raw: str, snippet: str) -> int:
    """Offset of the best occurrence of snippet: a whole line, else at word edges, else the first."""
    starts = [m.start() for m in re.finditer(re.escape(snippet), raw)]
    if not starts:
        return -1

    def whole_line(s: int) -> bool:
        before = raw.rfind("\n", 0, s) + 1
        after = raw.find("\n", s + len(snippet))
        after = len(raw) if after < 0 else after
        return raw[before:s].strip() == "" and raw[s + len(snippet) : after].strip() == ""

    def at_word_edges(s: int) -> bool:
        end = s + len(snippet)
        left = s == 0 or not (raw[s - 1].isalnum() and snippet[:1].isalnum())
        right = end == len(raw) or not (raw[end].isalnum() and snippet[-1:].isalnum())
        return left and right

    for test in (whole_line, at_word_edges):
        for s in starts:
            if test(s):
                return s
    return starts[0]


def bench_trafilatura(root: Path, rules: list[Rule]) -> SetResult:
    result = SetResult("trafilatura")
    by_page: dict[str, list[dict]] = {}
    for rec in read_jsonl(root / "segments.jsonl"):
        by_page.setdefault(rec["page_id"], []).append(rec)
    tp = fp = boiler = boiler_t = tp_t = skipped = body = 0
    for page_id, segments in sorted(by_page.items()):
        path = root / "page_text" / f"{page_id}.txt"
        if not path.is_file():
            skipped += len(segments)
            continue
        raw, text = read_text(path)
        breaks = break_offsets(raw)
        doc, findings, errors = lint(path, text, rules)
        result.docs += 1
        result.errors += errors
        result.codes.update(f.code for f in findings)
        flagged = covered_lines(findings)
        for seg in segments:
            snippet = seg["text"]
            start = locate(raw, snippet) if seg.get("found_in_page_text", True) and snippet.strip() else -1
            if start < 0:
                skipped += 1
                continue
            first, last = line_of(breaks, start), line_of(breaks, start + len(snippet) - 1)
            hits = sorted({flagged[n] for n in range(first, last + 1) if n in flagged})
            shown = snippet if len(snippet) <= 160 else snippet[:159] + "\u2026"
            if seg["label"] == "body":
                body += 1
                if hits:
                    fp += 1
                    result.false_alarms.append(Flag("trafilatura", str(path), first, ",".join(hits), shown))
                continue
            boiler += 1
            tp += bool(hits)
            missed = Flag("trafilatura", str(path), first, "-", shown)
            if is_targeted(snippet):
                boiler_t += 1
                tp_t += bool(hits)
                if not hits:
                    result.missed.append(missed)
            elif not hits:
                result.missed_other.append(missed)
    result.figures = {
        "pages": result.docs,
        "body_snippets": body,
        "boilerplate_snippets": boiler,
        "skipped": skipped,
        "TP": tp,
        "FP": fp,
        "precision": ratio(tp, tp + fp),
        "recall": ratio(tp, boiler),
        "targeted_snippets": boiler_t,
        "targeted_found": tp_t,
        "recall_targeted": ratio(tp_t, boiler_t),
    }
    return result


# --- unlabelled and clean sets -------------------------------------------------------------


def bench_articles(name: str, files: list[Path], rules: list[Rule], all_false: bool) -> SetResult:
    """Findings per 100 articles; with all_false, every finding is listed as a false alarm."""
    result = SetResult(name)
    total = 0
    for path in files:
        _, text = read_text(path)
        doc, findings, errors = lint(path, text, rules)
        result.docs += 1
        result.errors += errors
        result.codes.update(f.code for f in findings)
        total += len(findings)
        result.false_alarms.extend(Flag(name, str(path), f.line, f.code, doc.line_text(f.line)) for f in findings)
    per100 = round(100 * total / result.docs, 2) if result.docs else None
    key = "false_alarms" if all_false else "findings"
    result.figures = {
        "articles": result.docs,
        key: total,
        f"{key}_per_100": per100,
        "articles_with_findings": len({flag.path for flag in result.false_alarms}),
    }
    return result


def article_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def news_articles(corpus: Path, split: str) -> list[Path]:
    """The edited news articles of a split: PolNeAR (train or dev) and that half of hyperpartisan."""
    return files_of(corpus, "polnear", split) + files_of(corpus, "hyperpartisan", split)


def bench_inserted(corpus: Path, rules: list[Rule], split: str, pages: str = ALL_PAGES) -> SetResult:
    """Recall on residue lines of the split's pages, each inserted at the top, in the middle and at
    the end of one of the split's news articles, by class and by position (see bench/residue.py).
    `pages` keeps the lines of one set of pages only (readability or trafilatura), or of one fold by page
    (fold0, fold1): a fold of the split, to check that a change made while reading one fold's lines
    helps the other's too."""
    result = SetResult("inserted")
    articles = news_articles(corpus, split)
    texts = [read_text(path)[1] for path in articles]
    found: Counter = Counter()
    total: Counter = Counter()
    furniture = hand_classes(split)
    for number, residue in enumerate(residue_lines(corpus, split)):
        if not in_pages(*residue.page.split("/", 1), pages):
            continue
        hand = furniture.get((residue.page, line_key(residue.text)))  # the class judges gave a furniture line
        for turn, position in enumerate(POSITIONS):
            pick = (3 * number + turn) % len(articles)
            text, line = insert(texts[pick], residue.text, position, number)
            _, findings, errors = lint(articles[pick], text, rules)
            result.errors += errors
            hit = line in covered_lines(findings)
            result.codes.update(f.code for f in findings if f.line <= line <= f.end_line)
            for key in (residue.cls, position, "all", *(("furniture", f"hand {hand}") if hand else ())):
                total[key] += 1
                found[key] += hit
            if not hit:
                result.missed.append(Flag("inserted", residue.page, line, residue.cls, residue.text))
        result.docs += 1
    classes = sorted(k for k in total if k not in (*POSITIONS, "all", "furniture"))
    result.figures = {
        "residue_lines": result.docs,
        "insertions": total["all"],
        "recall": ratio(found["all"], total["all"]),
        **{f"recall_{k}": ratio(found[k], total[k]) for k in POSITIONS},
        **({"recall_furniture": ratio(found["furniture"], total["furniture"])} if furniture else {}),
        **{f"{k}({total[k] // 3})": ratio(found[k], total[k]) for k in classes},
    }
    return result


def run_set(name: str, corpus: Path, rules: list[Rule], split: str = HELD_OUT, pages: str = ALL_PAGES) -> SetResult:
    if name == "inserted":
        return bench_inserted(corpus, rules, split, pages)
    if name == "untouched":
        return bench_articles("untouched", news_articles(corpus, split), rules, all_false=False)
    if name == "readability":
        return bench_readability(corpus / "readability", rules)
    if name == "trafilatura":
        return bench_trafilatura(corpus / "trafilatura", rules)
    if name == "polnear":
        text = corpus / "polnear" / "text"
        files = article_files(text / "train") + article_files(text / "dev")
        return bench_articles("polnear", files, rules, all_false=True)
    if name == "hyperpartisan":
        return bench_articles(name, article_files(corpus / "hyperpartisan" / "text"), rules, all_false=False)
    return bench_articles(name, article_files(corpus / "fakenews-sample" / "text"), rules, all_false=False)


# --- output --------------------------------------------------------------------------------


def set_dict(res: SetResult) -> dict[str, object]:
    return {**res.figures, "rule_errors": res.errors, "by_code": dict(sorted(res.codes.items()))}


def print_table(results: list[SetResult], codes: list[str]) -> None:
    for res in results:
        figures = "  ".join(f"{k}={fmt(v)}" for k, v in res.figures.items())
        print(f"{res.name:<13} {figures}" + (f"  rule_errors={res.errors}" if res.errors else ""))
    print()
    header = f"{'findings/100 docs':<18}" + "".join(f"{c:>8}" for c in codes)
    print(header)
    for res in results:
        cells = "".join(f"{100 * res.codes[c] / res.docs:>8.1f}" if res.docs else f"{'-':>8}" for c in codes)
        print(f"{res.name:<18}{cells}")


def show(title: str, flags: list[Flag], limit: int, rng: random.Random, out=sys.stdout) -> None:
    """Up to `limit` flags (a seeded random sample when there are more), one per line."""
    if limit <= 0 or not flags:
        return
    picked = flags if len(flags) <= limit else sorted(rng.sample(flags, limit), key=lambda f: (f.path, f.line))
    print(f"\n## {title}: {len(picked)} of {len(flags)}", file=out)
    for flag in picked:
        line = " ".join(flag.text.split())
        line = line if len(line) <= 200 else line[:199] + "\u2026"
        print(f"{flag.path}:{flag.line}  {flag.code:<14} {line}", file=out)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = corpus_parser("Measure the BOI (boilerplate) rules on the shared corpus.", "sets", SETS)
    parser.add_argument("--show-fp", type=int, default=0, metavar="N", help="print up to N false alarms per set")
    parser.add_argument("--show-fn", type=int, default=0, metavar="N", help="print up to N missed targeted residue")
    parser.add_argument(
        "--fn-all", action="store_true", help="with --show-fn, also list missed boilerplate outside the targeted set"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for sampling what --show-* prints")
    parser.add_argument(
        "--split", choices=(TUNE, HELD_OUT), default=HELD_OUT, help="the half `inserted` and `untouched` read"
    )
    parser.add_argument(
        "--pages",
        choices=PAGE_CHOICES,
        default=ALL_PAGES,
        help="the pages whose residue lines `inserted` reads: one set, or one fold by page (default: both sets)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    chosen = chosen_sets(args.sets, SETS, args.corpus)
    if chosen is None:
        return 2
    began = time.perf_counter()
    all_rules, broken = load_rules()
    rules = select(all_rules, ["BOI"], [])
    results = [run_set(name, args.corpus, rules, args.split, args.pages) for name in chosen]
    command = command_line(argv)
    codes = [r.code for r in rules]
    if args.json:
        out = {
            "command": command,
            "corpus": str(args.corpus),
            "rules": codes,
            "broken_rules": [str(e) for e in broken],
            "seconds": round(time.perf_counter() - began, 2),
            "sets": {r.name: set_dict(r) for r in results},
        }
        print(json.dumps(out, indent=2))
    else:
        print(f"# {command}")
        print(f"# corpus {args.corpus}; {len(rules)} BOI rules; {len(broken)} broken rules")
        print_table(results, codes)
        print(f"\n# {time.perf_counter() - began:.1f}s")
    rng = random.Random(args.seed)
    out = sys.stderr if args.json else sys.stdout  # keep --json output parseable
    for res in results:
        kind = "false alarms" if res.name in ("readability", "trafilatura", "polnear") else "findings (unlabelled)"
        show(f"{res.name} {kind}", res.false_alarms, args.show_fp, rng, out)
        show(f"{res.name} missed targeted residue", res.missed, args.show_fn, rng, out)
        if args.fn_all:
            show(f"{res.name} missed other boilerplate", res.missed_other, args.show_fn, rng, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
