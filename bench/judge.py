"""Hand-judged precision: sample findings on held-out articles, show each in context, score the labels.

Run from the project root:

    python bench/judge.py sample FAMILY [--n 40 | --all] [--seed 1] [--codes ATT001,ATT003] [--carry CSV ...]
    python bench/judge.py show bench/judged/FAMILY-DATE.csv [--rows 1-10] [--width 400]
    python bench/judge.py score bench/judged/FAMILY-DATE.csv

`sample` checks the held-out split (PolNeAR dev and the held-out half of hyperpartisan, as
`bench/splits.py` defines them; `--sets fakenews-sample,readability` for other outlets' copy) with
the installed `attrlint check --format json` and the default rules, keeps the findings of one family
(the code prefix: ATT, NAM, QUO, BOI), and writes a CSV with an empty label column plus a JSON
sidecar that records the command, the date, the number of articles and of findings per code. No
article text is written: a row is set, file, line, column, code, label, reason (a message would
quote the article).

A judge runs `show`, reads each finding in its article, and fills in `label` (true, false or
unsure) and `reason` (one line, in the judge's own words). `score` prints the precision of
each code (true / (true + false)) with its 95% Wilson interval, and the false alarms per 100
articles, extrapolated from the judged share of the findings when only a sample was judged;
`--pool ATT003,ATT006` adds one row for those codes together (the rules a target covers as a family).

`--carry` fills a new sample's labels from earlier label files: a finding at the same set, file, line and
code (the same column first) takes the label and reason an earlier judge gave it, the first file named
winning, so that after a change only the findings that are new need a judge.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from common import DEFAULT_CORPUS, PROJECT_ROOT, read_rows, row_numbers
from splits import HELD_OUT, TUNE, files_of, text_folder

JUDGED = PROJECT_ROOT / "bench" / "judged"
HELD_OUT_SETS = ("polnear", "hyperpartisan")  # the sets of the README's precision table
# Other outlets' copy, with --sets. trafilatura's are whole web pages from some 140 sites (news, blogs, shops),
# read by nobody while tuning ATT, NAM or QUO: its judge labels a finding on page furniture as such.
OTHER_SETS = ("fakenews-sample", "readability", "trafilatura")
COLUMNS = ("set", "file", "line", "column", "code", "label", "reason")  # no message: it quotes the article
LABELS = ("true", "false", "unsure")
SPLIT_NAMES = {
    HELD_OUT: "held-out: PolNeAR dev + held-out half of hyperpartisan (bench/splits.py)",
    TUNE: "tune: PolNeAR train + tune half of hyperpartisan (bench/splits.py)",
}


def split_name(split: str, sets: list[str]) -> str:
    return SPLIT_NAMES[split] if sets == list(HELD_OUT_SETS) else f"{split}: {', '.join(sets)} (bench/splits.py)"


def split_files(corpus: Path, split: str = HELD_OUT, sets: tuple[str, ...] = HELD_OUT_SETS) -> dict[str, list[Path]]:
    return {name: files_of(corpus, name, split) for name in sets}


def findings_of(files: list[Path], codes: str | None = None) -> list[dict]:
    """The findings of the default rules on the files, and of the rules `codes` names even if they are off
    by default, from the CLI's JSON (one process for all)."""
    attrlint = Path(sys.executable).with_name("attrlint")
    chosen = ["--extend-select", codes] if codes else []
    command = [str(attrlint), "check", "--format", "json", "--jobs", "1", "--no-cache", *chosen, *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"attrlint failed ({result.returncode}): {result.stderr.strip()[:500]}")
    return json.loads(result.stdout or "[]")


def sample(args: argparse.Namespace) -> int:
    sets = split_files(args.corpus, args.split, tuple(args.sets))
    if not any(sets.values()):
        sys.exit(f"no {args.split} articles under {args.corpus} (use --corpus)")
    rows: list[dict] = []
    for set_name, files in sets.items():
        for finding in findings_of(files, ",".join(sorted(args.codes))):
            if finding["code"].startswith(args.family) and (not args.codes or finding["code"] in args.codes):
                rows.append({"set": set_name, "file": Path(finding["path"]).name, **finding})
    counts = Counter(row["code"] for row in rows)
    chosen = rows if args.all else random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    chosen.sort(key=lambda row: (row["set"], row["file"], row["line"], row["column"]))
    earlier = earlier_labels(args.carry)
    stem = f"{args.family}-{datetime.date.today().isoformat()}{args.tag}"
    JUDGED.mkdir(parents=True, exist_ok=True)
    with open(JUDGED / f"{stem}.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({**row, **carried_label(earlier, row)} for row in chosen)
    meta = {
        "command": "python bench/judge.py " + " ".join(sys.argv[1:]),
        "date": datetime.date.today().isoformat(),
        "split": split_name(args.split, args.sets),
        "articles": {name: len(files) for name, files in sets.items()},
        "findings": dict(sorted(counts.items())),
        "sampled": len(chosen),
    }
    (JUDGED / f"{stem}.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    unjudged = sum(1 for row in chosen if not carried_label(earlier, row)["label"])
    print(f"wrote {JUDGED / stem}.csv: {len(chosen)} of {len(rows)} findings {dict(counts)}; {unjudged} to judge")
    return 0


Labels = dict[tuple[str, ...], dict[str, str]]


def earlier_labels(paths: list[Path]) -> Labels:
    """The labels of earlier label files, by set, file, line and code, with and without the column."""
    labels: Labels = {}
    for path in paths:
        for row in read_rows(path):
            if row.get("label"):
                label = {"label": row["label"], "reason": row["reason"]}
                for key in _keys(row):
                    labels.setdefault(key, label)
    return labels


def carried_label(labels: Labels, row: dict) -> dict[str, str]:
    """The label an earlier judge gave this finding, or an empty one."""
    exact, loose = _keys(row)
    return labels.get(exact) or labels.get(loose) or {"label": "", "reason": ""}


def _keys(row: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
    loose = (row["set"], row["file"], str(row["line"]), row["code"])
    return (*loose, str(row["column"])), loose


def article_path(corpus: Path, row: dict) -> Path:
    if row["set"] != "polnear":
        return text_folder(corpus, row["set"]) / row["file"]
    dev = corpus / "polnear" / "text" / "dev" / row["file"]
    return dev if dev.is_file() else corpus / "polnear" / "text" / "train" / row["file"]


def show(args: argparse.Namespace) -> int:
    rows = read_rows(args.csv)
    picked = row_numbers(args.rows, len(rows))
    for number in picked:
        row = rows[number - 1]
        path = article_path(args.corpus, row)
        lines = path.read_text(encoding="utf-8").split("\n")
        line = int(row["line"])
        print(f"=== row {number}: {row['code']} {path} line {line} col {row['column']}")
        for index in range(max(1, line - args.around), min(len(lines), line + args.around) + 1):
            text = lines[index - 1]
            if not text.strip():
                continue
            if index == line:
                col = int(row["column"]) - 1
                text = f"{text[:col]}\u27e6{text[col:]}"
            marker = ">>" if index == line else "  "
            print(f"{marker} {index}: {text[: args.width]}")
        print()
    return 0


def score(args: argparse.Namespace) -> int:
    rows = read_rows(args.csv)
    meta = json.loads(args.csv.with_suffix(".json").read_text(encoding="utf-8"))
    articles = sum(meta["articles"].values())
    unlabelled = [row for row in rows if row["label"] not in LABELS]
    if unlabelled:
        print(f"{len(unlabelled)} rows have no label (true/false/unsure)", file=sys.stderr)
    print(f"{args.csv.name}: {articles} articles, {meta['split'].split(':')[0]} split, {meta['date']}")
    heads = ("code", "found", "judged", "true", "false", "unsure", "prec", "95% CI", "FA/100")
    print("{:<8}{:>7}{:>8}{:>6}{:>7}{:>8}{:>7}{:>12}{:>8}".format(*heads))
    groups = [[code] for code in sorted({row["code"] for row in rows})] + ([sorted(args.pool)] if args.pool else [])
    for codes in groups:
        labels = Counter(row["label"] for row in rows if row["code"] in codes)
        judged = labels["true"] + labels["false"] + labels["unsure"]
        found = sum(meta["findings"].get(code, judged if len(codes) == 1 else 0) for code in codes)
        print(_score_line(codes[0] if len(codes) == 1 else "pooled", labels, found, articles))
    if args.pool:
        print(f"pooled: {', '.join(sorted(args.pool))}")
    return 0


def _score_line(name: str, labels: Counter, found: int, articles: int) -> str:
    """One row of the score table: counts, precision with its interval, and false alarms per 100 articles
    extrapolated from the judged share."""
    judged = labels["true"] + labels["false"] + labels["unsure"]
    decided = labels["true"] + labels["false"]
    precision = labels["true"] / decided if decided else None
    low, high = wilson_interval(labels["true"], decided)
    interval = f"{_fmt(low)}-{_fmt(high)}" if decided else "-"
    false_per_100 = 100 * labels["false"] / judged * found / articles if judged else None
    cells = (name, found, judged, labels["true"], labels["false"], labels["unsure"])
    rates = f"{_fmt(precision):>7}{interval:>12}{_fmt(false_per_100):>8}"
    return "{:<8}{:>7}{:>8}{:>6}{:>7}{:>8}".format(*cells) + rates


def wilson_interval(hits: int, trials: int, z: float = 1.96) -> tuple[float | None, float | None]:
    """The 95% Wilson score interval of a share: with 20 or 40 judged findings, 0.77 is as likely 0.6 as 0.9,
    so a figure against a target of 0.8 is read with its interval."""
    if not trials:
        return None, None
    share = hits / trials
    centre = (share + z * z / (2 * trials)) / (1 + z * z / trials)
    half = z * ((share * (1 - share) / trials + z * z / (4 * trials * trials)) ** 0.5) / (1 + z * z / trials)
    return max(0.0, centre - half), min(1.0, centre + half)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = top.add_subparsers(dest="command", required=True)
    take = commands.add_parser("sample", help="sample a family's findings on the held-out split")
    take.add_argument("family", help="code prefix: ATT, NAM, QUO or BOI")
    take.add_argument("--n", type=int, default=40)
    take.add_argument("--all", action="store_true", help="keep every finding instead of a sample")
    take.add_argument("--seed", type=int, default=1)
    take.add_argument("--codes", type=lambda text: set(text.split(",")), default=set())
    take.add_argument("--tag", default="", help="appended to the file name, e.g. -att001")
    take.add_argument(
        "--carry", type=Path, nargs="*", default=[], help="earlier label CSVs whose labels the same findings keep"
    )
    take.add_argument("--split", choices=(HELD_OUT, TUNE), default=HELD_OUT, help="tune only to pre-check precision")
    take.add_argument(
        "--sets",
        type=lambda text: text.split(","),
        default=list(HELD_OUT_SETS),
        help=f"comma-separated, of {', '.join(HELD_OUT_SETS + OTHER_SETS)} (default: the first two)",
    )
    for name, helptext in (("show", "print each row's finding in its article"), ("score", "precision per code")):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("csv", type=Path)
        if name == "score":
            command.add_argument(
                "--pool", type=lambda text: set(text.split(",")), default=set(), help="codes also scored as one row"
            )
        if name == "show":
            command.add_argument("--rows", default="", help="e.g. 1-10")
            command.add_argument("--around", type=int, default=4, help="lines of context on each side")
            command.add_argument("--width", type=int, default=1200)
    for command in commands.choices.values():
        command.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return {"sample": sample, "show": show, "score": score}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
