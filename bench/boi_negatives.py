"""BOI findings on the article's own copy of the tune pages, for precision work (issue 15).

Run from the project root:

    python bench/boi_negatives.py scan [--labels CSV ...] [--out CSV] [--corpus PATH]
    python bench/boi_negatives.py show CSV [--rows 1-10] [--around 3]
    python bench/boi_negatives.py score CSV

Three sets, all from the **tune** half of `bench/splits.py` (a page or file whose stem's SHA-256
first byte is even); held-out pages are never read:

- `readability`: each tune page's `clean_text/`, the article body alone. A finding there is a false
  alarm unless the line is a caption or a credit that the clean text kept (judge each).
- `trafilatura`: each tune page's `page_text/`, checked whole; only findings on the lines of a
  snippet labelled `body` are kept (the page's residue around it is the recall benches' business).
- `fakenews`: the tune half of fakenews-sample, scraped with residue left in: judge each finding.
- with `--news`, PolNeAR train and the tune half of hyperpartisan too (edited copy, judged before:
  `bench/judged/BOI-2026-12-05-boi4-tune.csv`), as a check that a change keeps their labels.

The folds of the fold check: `readability` on one side, `trafilatura` and `fakenews` on the other.

`scan` writes a CSV (set, file, line, column, code, label, reason; no article text) of every BOI
finding, carrying the label and reason of a row with the same set, file, line and code from the
`--labels` CSVs, and prints per set how many findings are labelled true, false or not yet.
`show` prints each row in its text with the lines around it, for a judge to label. `score` prints
the counts per set and per fold.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from common import DEFAULT_CORPUS, PROJECT_ROOT, read_rows, row_numbers
from splits import TUNE, files_of, half_of

from attrlint.document import Document, decode
from attrlint.packs import Rule, load_rules, select
from attrlint.ruleset import rule_set_of

COLUMNS = ("set", "file", "line", "column", "code", "label", "reason")
FOLDS = {"readability": "A", "trafilatura": "B", "fakenews": "B", "polnear": "news", "hyperpartisan": "news"}
DEFAULT_OUT = PROJECT_ROOT / "bench" / "judged" / "BOI-2026-12-05-negatives-after-selfjudged-tune.csv"


def source_of(corpus: Path, set_name: str, name: str) -> Path:
    """The file a row's finding stands in."""
    folder = {
        "readability": "readability/clean_text",
        "trafilatura": "trafilatura/page_text",
        "fakenews": "fakenews-sample/text",
        "polnear": "polnear/text/train",
        "hyperpartisan": "hyperpartisan/text",
    }
    return corpus / folder[set_name] / name


def tune_files(folder: Path) -> list[Path]:
    return [path for path in sorted(folder.glob("*.txt")) if half_of(path.stem) == TUNE]


def findings(path: Path, rules: list[Rule]) -> Iterator[tuple[int, int, int, str]]:
    """(line, end line, column, code) of each BOI finding on a file, read as the CLI reads it."""
    doc = Document(str(path), decode(path.read_bytes(), str(path)))
    for finding in rule_set_of(rules).lint(doc)[0]:
        yield finding.line, finding.end_line, finding.column, finding.code


def body_lines(corpus: Path) -> dict[str, set[int]]:
    """Each tune trafilatura page -> the lines of its page text that a `body` snippet covers."""
    lines: dict[str, set[int]] = {}
    with open(corpus / "trafilatura" / "segments.jsonl", encoding="utf-8") as handle:
        for record in map(json.loads, handle):
            path = corpus / "trafilatura" / "page_text" / f"{record['page_id']}.txt"
            if record["label"] != "body" or half_of(record["page_id"]) != TUNE or not path.is_file():
                continue
            text = decode(path.read_bytes(), str(path))
            start = _whole_line_offset(text, record["text"].strip())
            if start >= 0:
                first = text.count("\n", 0, start) + 1
                covered = range(first, first + record["text"].strip().count("\n") + 1)
                lines.setdefault(record["page_id"], set()).update(covered)
    return lines


def _whole_line_offset(text: str, snippet: str) -> int:
    """Where a snippet stands in the text, preferring an occurrence that is a whole line (-1: nowhere)."""
    first = -1
    start = text.find(snippet) if snippet else -1
    while start >= 0:
        first = start if first < 0 else first
        before, after = text.rfind("\n", 0, start) + 1, text.find("\n", start + len(snippet))
        if not text[before:start].strip() and not text[start + len(snippet) : after if after >= 0 else None].strip():
            return start
        start = text.find(snippet, start + 1)
    return first


def scan_rows(corpus: Path, rules: list[Rule], news: bool) -> list[dict]:
    """Every BOI finding on the three sets' tune texts (and, with `news`, on the tune news articles)."""
    rows = []
    for path in tune_files(corpus / "readability" / "clean_text"):
        rows += [_row("readability", path, *found) for found in findings(path, rules)]
    body = body_lines(corpus)
    for path in tune_files(corpus / "trafilatura" / "page_text"):
        for line, end, column, code in findings(path, rules):
            if body.get(path.stem, set()).intersection(range(line, end + 1)):
                rows.append(_row("trafilatura", path, line, end, column, code))
    for path in tune_files(corpus / "fakenews-sample" / "text"):
        rows += [_row("fakenews", path, *found) for found in findings(path, rules)]
    for set_name in ("polnear", "hyperpartisan") if news else ():
        for path in files_of(corpus, set_name, TUNE):
            rows += [_row(set_name, path, *found) for found in findings(path, rules)]
    return rows


def _row(set_name: str, path: Path, line: int, end: int, column: int, code: str) -> dict:
    return {"set": set_name, "file": path.name, "line": line, "column": column, "code": code}


def _key(row: dict) -> tuple[str, str, str, str]:
    return row["set"], row["file"], str(row["line"]), row["code"]


def scan(args: argparse.Namespace) -> int:
    known = {_key(row): row for labels in args.labels for row in read_rows(labels)}
    rules = select(load_rules()[0], ["BOI"], [])
    rows = []
    for row in scan_rows(args.corpus, rules, args.news):
        old = known.get(_key(row), {})
        rows.append({**row, "label": old.get("label", ""), "reason": old.get("reason", "")})
    with open(args.out, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {args.out}: {len(rows)} findings")
    print_counts(rows)
    return 0


def print_counts(rows: list[dict]) -> None:
    """True, false and unlabelled findings per set, per fold, and in all."""
    groups: dict[str, Counter] = {}
    for row in rows:
        for group in (row["set"], f"fold {FOLDS[row['set']]}", "all"):
            groups.setdefault(group, Counter())[row["label"] or "unlabelled"] += 1
    for group in sorted(groups, key=lambda name: (name == "all", name.startswith("fold"), name)):
        counts = groups[group]
        print(f"{group:<12} " + "  ".join(f"{k}={counts[k]}" for k in ("true", "false", "unsure", "unlabelled")))


def show(args: argparse.Namespace) -> int:
    rows = read_rows(args.csv)
    numbers = row_numbers(args.rows, len(rows))
    for number in numbers:
        row = rows[number - 1]
        path = source_of(args.corpus, row["set"], row["file"])
        lines = decode(path.read_bytes(), str(path)).split("\n")
        line = int(row["line"])
        print(f"=== row {number}: {row['code']} {row['set']} {row['file']}:{line} [{row['label']}] {row['reason']}")
        for index in range(max(1, line - args.around), min(len(lines), line + args.around) + 1):
            if lines[index - 1].strip():
                print(f"{'>>' if index == line else '  '} {index}: {lines[index - 1][: args.width]}")
    return 0


def score(args: argparse.Namespace) -> int:
    print_counts(read_rows(args.csv))
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = top.add_subparsers(dest="command", required=True)
    take = commands.add_parser("scan", help="check the tune texts and write the findings' CSV")
    take.add_argument("--labels", type=Path, action="append", default=[], help="a CSV whose labels carry over")
    take.add_argument("--out", type=Path, default=DEFAULT_OUT)
    take.add_argument("--news", action="store_true", help="also PolNeAR train and hyperpartisan's tune half")
    view = commands.add_parser("show", help="print each row's finding in its text")
    view.add_argument("csv", type=Path)
    view.add_argument("--rows", default="", help="e.g. 1-10")
    view.add_argument("--around", type=int, default=3)
    view.add_argument("--width", type=int, default=400)
    commands.add_parser("score", help="true and false findings per set and fold").add_argument("csv", type=Path)
    for command in commands.choices.values():
        command.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return {"scan": scan, "show": show, "score": score}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
