"""How much of the tune pages' real comment-section furniture the BOI rules find, inserted into news articles.

Run from the project root:  python bench/comment_lines.py [--corpus PATH] [--json] [--show-fn N] [--show-text N]

The labels (`bench/labels/comment_lines_tune.csv`: set, page, line, label, class, reason; no page text) give
every non-blank line of the comment sections of the tune pages of readability and trafilatura, labelled by
hand as `furniture` (the widget's own words: headers, counts, names with times, controls, sort menus, forms,
log-in gates, rules, vendor lines, badges), `comment_text` (a reader's own words, not a target), or
`other_residue`. Each line's text is read from the page at run time and never written anywhere.

Each distinct furniture line of a page (case-folded) is inserted as a paragraph of its own into a tune news
article (PolNeAR train and hyperpartisan's tune half) at the top, in the middle and at the end, as
`bench/boilerplate.py --sets inserted` does, and is found when a BOI finding covers it. Recall is given over
all insertions and by the label's class. Bare vote counts and lone dates are counted in their own classes:
alone in an article they read as a number or a dateline, and no rule is asked to find them. A reader's
comment text is inserted the same way and its rate is given for information only.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from boilerplate import Flag, covered_lines, lint, news_articles, read_text, show
from common import DEFAULT_CORPUS, command_line, fmt, ratio
from residue import POSITIONS, insert
from splits import TUNE

from attrlint.packs import load_rules, select

LABELS = Path(__file__).parent / "labels" / "comment_lines_tune.csv"
UNASKED = ("bare_number", "timestamp")  # furniture classes no rule is asked to find alone (see the docstring)


@dataclass(frozen=True)
class LabelledLine:
    page: str
    text: str
    label: str
    cls: str


def labelled_lines(corpus: Path) -> list[LabelledLine]:
    """Each distinct labelled line of a page once (case-folded), its text read from the page."""
    pages: dict[str, list[str]] = {}
    seen: set[tuple[str, str]] = set()
    lines = []
    with LABELS.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            page = f"{row['set']}/{row['page']}"
            if page not in pages:
                pages[page] = read_text(corpus / row["set"] / "page_text" / f"{row['page']}.txt")[1].split("\n")
            text = " ".join(pages[page][int(row["line"]) - 1].split())
            if text and (page, text.lower()) not in seen:
                seen.add((page, text.lower()))
                lines.append(LabelledLine(page, text, row["label"], row["class"]))
    return lines


def found_where_inserted(line: str, number: int, turn: int, articles: list[Path], texts: list[str], rules) -> bool:
    """Whether a BOI finding covers the line inserted at the turn's position of the article it picks."""
    pick = (3 * number + turn) % len(articles)
    text, at = insert(texts[pick], line, POSITIONS[turn], number)
    return at in covered_lines(lint(articles[pick], text, rules)[1])


def measure(corpus: Path) -> tuple[dict[str, float | int | None], list[Flag], list[Flag]]:
    """Recall figures, the furniture lines missed and the comment text found."""
    rules = select(load_rules()[0], ["BOI"], [])
    articles = news_articles(corpus, TUNE)
    texts = [read_text(path)[1] for path in articles]
    found: Counter = Counter()
    total: Counter = Counter()
    missed: list[Flag] = []
    text_found: list[Flag] = []
    for number, line in enumerate(labelled_lines(corpus)):
        if line.label not in ("furniture", "comment_text"):
            continue
        keys = (f"class {line.cls}", "asked" if line.cls not in UNASKED else "unasked")
        keys = keys if line.label == "furniture" else ("comment_text",)
        hits = [found_where_inserted(line.text, number, turn, articles, texts, rules) for turn in range(len(POSITIONS))]
        for key in keys:
            total[key] += len(hits)
            found[key] += sum(hits)
        positions = "/".join(
            pos for pos, hit in zip(POSITIONS, hits, strict=True) if hit != (line.label == "furniture")
        )
        if positions:
            (missed if line.label == "furniture" else text_found).append(
                Flag("comments", line.page, 0, f"{line.cls} {positions}", line.text)
            )
    figures: dict[str, float | int | None] = {
        "furniture_lines": (total["asked"] + total["unasked"]) // 3,
        "recall_asked": ratio(found["asked"], total["asked"]),
        "recall_all_furniture": ratio(found["asked"] + found["unasked"], total["asked"] + total["unasked"]),
        "comment_text_lines": total["comment_text"] // 3,
        "comment_text_found": ratio(found["comment_text"], total["comment_text"]),
    }
    for key in sorted(k for k in total if k.startswith("class ")):
        figures[f"{key[6:]}({total[key] // 3})"] = ratio(found[key], total[key])
    return figures, missed, text_found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the BOI rules on the tune pages' labelled comment furniture.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-fn", type=int, default=0, metavar="N", help="print up to N furniture lines missed")
    parser.add_argument("--show-text", type=int, default=0, metavar="N", help="print up to N comment texts found")
    args = parser.parse_args(argv)
    figures, missed, text_found = measure(args.corpus)
    if args.json:
        print(json.dumps({"command": command_line(argv), **figures}, indent=2))
    else:
        print(f"# {command_line(argv)}")
        print("comments  " + "  ".join(f"{k}={fmt(v)}" for k, v in figures.items()))
    rng = random.Random(0)
    out = sys.stderr if args.json else sys.stdout
    show("furniture missed (positions missed)", missed, args.show_fn, rng, out)
    show("comment text found (positions found)", text_found, args.show_text, rng, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
