"""Recall on comment-section and promo lines of the tune pages that `bench/boilerplate.py --sets inserted` never reads.

Run from the project root:  python bench/page_lines.py [--corpus PATH] [--show] [--words CLASS] [--json]

`inserted` reads only the readability lines and trafilatura snippets labelled boilerplate. The tune split holds
more furniture than that: the rest of each trafilatura page's text, the comment widgets that readability's clean
text kept, and the residue left in hyperpartisan and fakenews-sample articles. bench/labels/page_lines_tune.csv
labels such lines by hand (set, file, line, the key of their text, furniture or not_furniture, and the class:
comments or promos for furniture; no text), tune half only. The lines were found by a keyword search for the two
classes (comment, reply, discussion, conversation, Disqus, moderation; app, download, podcast, listen, episode,
audio) in the tune files and labelled without regard to what attrlint made of them.

Each line is inserted, as a paragraph of its own, into a tune news article at the top, in the middle and at the
end (bench/residue.py), and counts as found when a BOI finding covers it. `--show` lists the furniture lines missed
and the other lines flagged; `--words CLASS` lists the words of the class's missed lines that the pack's
vocabulary does not cover, with how many of the class's labelled lines hold each and the share of PolNeAR train
paragraphs that do (a word common in reporting makes a poor entry): the evidence a vocabulary entry is chosen on.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from boilerplate import covered_lines, lint, news_articles, read_text
from common import DEFAULT_CORPUS
from residue import POSITIONS, insert, line_key
from splits import TUNE, files_of, half_of, text_folder

from attrlint.furniture import TOKEN, furniture_model
from attrlint.packs import load_rules, select
from attrlint.ruleset import builtin_rule_set

LABELS = Path(__file__).resolve().parent / "labels" / "page_lines_tune.csv"


@dataclass(frozen=True)
class PageLine:
    where: str  # set/file:line
    text: str
    label: str
    cls: str


def labelled_lines(corpus: Path) -> list[PageLine]:
    """The labelled lines, read from the corpus; a line whose text no longer has its key is an error."""
    lines = []
    with LABELS.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            if half_of(row["file"]) != TUNE:
                raise SystemExit(f"{row['set']}/{row['file']} is not in the tune half")
            path = text_folder(corpus, row["set"]) / f"{row['file']}.txt"
            file_lines = read_text(path)[1].split("\n")
            if not 1 <= int(row["line"]) <= len(file_lines):
                raise SystemExit(f"{row['set']}/{row['file']}:{row['line']} is past the end of the file")
            text = file_lines[int(row["line"]) - 1]
            if line_key(text) != row["key"]:
                raise SystemExit(f"{row['set']}/{row['file']}:{row['line']} does not hold the labelled line")
            lines.append(PageLine(f"{row['set']}/{row['file']}:{row['line']}", text, row["label"], row["class"]))
    return lines


def found_positions(lines: list[PageLine], corpus: Path) -> dict[PageLine, int]:
    """How many of the three positions each line is found at, inserted into the tune news articles."""
    rules = select(load_rules()[0], ["BOI"], [])
    articles = news_articles(corpus, TUNE)
    texts = [read_text(path)[1] for path in articles]
    found = {}
    for number, line in enumerate(lines):
        hits = 0
        for turn, position in enumerate(POSITIONS):
            pick = (3 * number + turn) % len(articles)
            text, at = insert(texts[pick], line.text, position, number)
            hits += at in covered_lines(lint(articles[pick], text, rules)[1])
        found[line] = hits
    return found


def uncovered_words(lines: list[PageLine], cls: str, missed: list[PageLine], corpus: Path) -> list[tuple]:
    """The words of the class's missed lines outside the vocabulary, function words and reader words: each with
    the class's labelled lines that hold it and the share of PolNeAR train paragraphs that do."""
    model = furniture_model(builtin_rule_set().settings)
    common = model.function_words | model.reader_words

    def words_of(text: str) -> set[str]:
        rest = model.scanner.sub(" ", text)
        return {w.lower() for w in TOKEN.findall(rest) if len(w) > 2 and not w.isdigit()} - common

    wanted = set().union(*(words_of(line.text) for line in missed)) if missed else set()
    in_class = Counter(w for line in lines if line.cls == cls for w in words_of(line.text) & wanted)
    paragraphs = [
        {w.lower() for w in TOKEN.findall(p)}
        for path in files_of(corpus, "polnear", TUNE)
        for p in read_text(path)[1].split("\n\n")
    ]
    body = Counter(w for p in paragraphs for w in p & wanted)
    return sorted(((w, in_class[w], body[w] / len(paragraphs)) for w in wanted), key=lambda x: (-x[1], x[2], x[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", action="store_true", help="list missed furniture and flagged other lines")
    parser.add_argument("--words", metavar="CLASS", help="list the uncovered words of the class's missed lines")
    parser.add_argument("--json", action="store_true", help="print a machine-readable dict")
    args = parser.parse_args(argv)
    lines = labelled_lines(args.corpus)
    found = found_positions(lines, args.corpus)
    figures = {}
    for key in sorted({(line.label, line.cls if line.label == "furniture" else "") for line in lines}):
        group = [line for line in lines if (line.label, line.cls if line.label == "furniture" else "") == key]
        name = f"{key[0]} {key[1]}".strip()
        figures[name] = {"lines": len(group), "flagged": round(sum(found[x] for x in group) / (3 * len(group)), 3)}
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        for name, figure in figures.items():
            print(f"{name:24} lines={figure['lines']:4}  flagged={figure['flagged']}")
    if args.show:
        for line in lines:
            missed = line.label == "furniture" and found[line] < len(POSITIONS)
            if missed or (line.label != "furniture" and found[line]):
                print(f"{found[line]}/3 {line.label:13} {line.cls:16} {line.where}  {line.text[:160]}")
    if args.words:
        furniture = [line for line in lines if line.cls == args.words and line.label == "furniture"]
        missed = [line for line in furniture if found[line] < len(POSITIONS)]
        print(f"\n# words of the {len(missed)} missed {args.words} lines outside the vocabulary")
        print("# word, labelled lines of the class holding it, share of PolNeAR train paragraphs holding it")
        for word, count, share in uncovered_words(lines, args.words, missed, args.corpus):
            print(f"{word:20} {count:3}  {share:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
