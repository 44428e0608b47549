"""What the bench scripts share: where the corpus is, choosing its sets, sampling, and printing figures."""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

from attrlint.document import Document
from attrlint.finding import Finding

T = TypeVar("T")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def corpus_parser(description: str, option: str, choices: tuple[str, ...]) -> argparse.ArgumentParser:
    """A parser with the options the accuracy scripts share: --corpus, the sets (or splits) to measure, --json."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder (default: %(default)s)")
    parser.add_argument(
        f"--{option}", default=",".join(choices), help="comma-separated subset of: " + ", ".join(choices)
    )
    parser.add_argument("--json", action="store_true", help="print a machine-readable dict instead of the report")
    return parser


FOLDS = ("even", "odd")


def add_fold_option(parser: argparse.ArgumentParser) -> None:
    """--fold: half of a split's files, by the parity of the first byte of the SHA-256 of each file's stem,
    so that a change derived on one half can be checked on the other, which was not read while making it."""
    parser.add_argument("--fold", choices=FOLDS, help="only the files of one half of each split (even or odd)")


def in_fold(stem: str, fold: str | None) -> bool:
    """Whether a file belongs to the fold (every file when no fold is chosen)."""
    return fold is None or FOLDS[hashlib.sha256(stem.encode("utf-8")).digest()[0] % 2] == fold


def command_line(argv: list[str] | None) -> str:
    """How the script was run, printed beside its figures so they can be made again."""
    args = argv if argv is not None else sys.argv[1:]
    return "python " + " ".join(shlex.quote(arg) for arg in [sys.argv[0], *args])


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def fmt(value: object) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def chosen_sets(text: str, known: tuple[str, ...], corpus: Path) -> list[str] | None:
    """The sets named in a comma-separated option, or None (after saying why) when unusable."""
    chosen = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in known]
    if unknown:
        print(f"unknown set(s): {', '.join(unknown)}; choose from {', '.join(known)}", file=sys.stderr)
        return None
    if not corpus.is_dir():
        print(f"corpus not found: {corpus} (use --corpus)", file=sys.stderr)
        return None
    return chosen


def news_set_files(corpus: Path, name: str) -> list[Path]:
    """The article files of a news set: `polnear` (its train and dev splits) or `hyperpartisan`."""
    if name == "polnear":
        root = corpus / "polnear" / "text"
        return sorted((root / "train").glob("*.txt")) + sorted((root / "dev").glob("*.txt"))
    return sorted((corpus / "hyperpartisan" / "text").glob("*.txt"))


def offset_of(doc: Document, finding: Finding) -> int:
    """Where a finding from the document's own lint starts, as an offset into its text."""
    return doc.line_starts[finding.line - 1] + finding.column - 1


def end_of(doc: Document, finding: Finding) -> int:
    return doc.line_starts[finding.end_line - 1] + finding.end_column - 1


def context(text: str, start: int, end: int, width: int) -> str:
    """About 2 * width characters around text[start:end], on one line, the span shown as ⟦x⟧."""
    before = text[max(0, start - width) : start]
    return f"{before}\u27e6{text[start:end]}\u27e7{text[end : end + width]}".replace("\n", "\u23ce")


def codes_text(codes: dict[str, int]) -> str:
    return ",".join(f"{c}:{n}" for c, n in sorted(codes.items())) or "-"


def sample_evenly(groups: list[list[T]], rng: random.Random, limit: int | None = None) -> list[T]:
    """Up to `limit` items (all by default), one per group per round, groups and items in seeded order."""
    queues = [rng.sample(group, len(group)) for group in groups if group]
    rng.shuffle(queues)
    limit = sum(len(queue) for queue in queues) if limit is None else limit
    picked: list[T] = []
    while queues and len(picked) < limit:
        for queue in queues:
            if len(picked) < limit:
                picked.append(queue.pop())
        queues = [queue for queue in queues if queue]
    return picked


Line = Callable[[Any, Finding], str]  # prints one finding of an article, whatever a script's Article is


def show_findings(results: Sequence[Any], codes: Sequence[str], line: Line, limit: int, seed: int, out: TextIO) -> None:
    """Up to `limit` sampled findings per set and code, each printed as `line(article, finding)`.

    A result is any set's scan with a `name` and its `flagged` (article, finding) pairs."""
    rng = random.Random(seed)
    for res in results:
        for code in codes:
            flagged = [(a, f) for a, f in res.flagged if f.code == code]
            if not flagged:
                continue
            picked = flagged if len(flagged) <= limit else sorted(rng.sample(flagged, limit), key=lambda af: af[1])
            print(f"\n## {res.name} {code}: {len(picked)} of {len(flagged)}", file=out)
            for article, finding in picked:
                print(line(article, finding), file=out)


def list_all(results: Sequence[Any], line: Line, out: TextIO) -> None:
    """Every finding of every set, one a line, after its set's name."""
    for res in results:
        for article, finding in sorted(res.flagged, key=lambda af: af[1]):
            print(f"{res.name}\t{line(article, finding)}", file=out)


def read_rows(path: Path) -> list[dict]:
    """The rows of a CSV of judged findings (`bench/judged/`), each a dict by column."""
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def row_numbers(spec: str, count: int) -> range:
    """The 1-based row numbers a `--rows` option picks: "" all, "7" one, "3-9" a range."""
    if not spec:
        return range(1, count + 1)
    first, _, last = spec.partition("-")
    return range(int(first or 1), int(last or first or count) + 1)


def train_gold_sources(corpus: Path) -> Iterator[dict]:
    """PolNeAR train's gold attribution records that have a source, in file order."""
    with (corpus / "polnear" / "attributions.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["compartment"] == "train" and record.get("source"):
                yield record
