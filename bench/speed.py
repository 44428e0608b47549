"""Benchmark attrlint: in-process throughput, whole-CLI wall time, and start-up latency.

Usage (from the project root):

    python bench/speed.py                  # the polnear and hyperpartisan articles if present, else synthetic
    python bench/speed.py --synthetic      # force the generated set (fixed seed)
    python bench/speed.py --corpus DIR --limit 500 --repeat 5 --json

Throughput checks every .txt/.md draft (recursively) in this process, as `attrlint check`
does, and reports the best of `--repeat` runs. The CLI figure is one run of
`attrlint check --no-cache --format concise FOLDER` as a subprocess (exit code 1, findings, is normal):
every timed run passes `--no-cache`, or the `--jobs 2` run and the start-up runs would time the result cache.
Before timing anything, the CLI is run once on a draft with a known problem from a scratch
folder (so a non-editable install never imports this checkout's source): unless it exits 1
with a JSON finding, the bench stops, and any timed run that prints a traceback stops it too.

Peak memory is each child's maximum resident set from `wait4`. Children are started by a
small spawner process, not by this one: on Linux a child's figure includes the resident size
of the process it was forked from, which here grows with the in-process runs.
Start-up is the median wall time of `attrlint check` on a one-paragraph file, next to
`python -c pass` for comparison, after one untimed run that leaves the compiled bytecode an
installed package has. The synthetic text is invented from word lists below.

Every subprocess runs with Python's bytecode cache on, as an installed package has it. Some
machines set PYTHONDONTWRITEBYTECODE, which would recompile an editable install's source on
every run while proselint, installed as a wheel, keeps its compiled files: not a fair race.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from common import DEFAULT_CORPUS, news_set_files

from attrlint.run import Options, lint_serially

NEWS_SETS = ("polnear", "hyperpartisan")  # the articles the speed targets are set on
SUFFIXES = (".txt", ".md")
SEED = 20240601

FIRST_NAMES = ["Maria", "James", "Aisha", "Tomasz", "Lena", "Rahul", "Grace", "Diego", "Yuki", "Samuel", "Nora", "Omar"]
LAST_NAMES = ["Okafor", "Lindqvist", "Haddad", "Moreno", "Chen", "Walsh", "Kowalski", "Brennan", "Adeyemi", "Sato"]
ROLES = ["mayor", "spokesperson", "council member", "police chief", "economist", "union leader", "school principal"]
ORGS = ["the city council", "the transport authority", "the health department", "Riverside Hospital", "the port board"]
PLACES = ["Eastbrook", "Millford", "the harbour district", "North Vale", "Kingsbridge", "the old town"]
NOUNS = ["budget", "bridge", "proposal", "strike", "vote", "report", "inquiry", "contract", "schedule", "plan"]
VERBS = ["approved", "delayed", "questioned", "rejected", "announced", "reviewed", "postponed", "defended"]
ADJECTIVES = ["controversial", "long-awaited", "revised", "costly", "temporary", "regional", "unexpected"]
SAY_VERBS = ["said", "told reporters", "said in a statement", "claimed", "added", "according to", "insisted"]
QUOTES = [
    "We have to get this right for the people who live here",
    "Nobody expected the costs to rise this quickly",
    "This is a decision we did not take lightly",
    "The numbers simply do not add up",
    "We will keep talking until there is an agreement",
    "It is too early to say what happens next",
]
VAGUE_SOURCES = ["Sources say", "Critics argue", "Some experts believe", "Many residents feel", "Officials suggested"]
BOILERPLATE = [
    "Subscribe to our newsletter for the latest local news.",
    "Share this article on social media.",
    "Copyright 2024 Example Daily. All rights reserved.",
    "Click here to read more stories like this.",
]
SHORT_DRAFT = (
    "The city council approved the revised budget on Tuesday, Mayor Maria Okafor said. "
    '"We have to get this right," she told reporters after the vote.\n'
)


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def plain_sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(ORGS).capitalize()} {rng.choice(VERBS)} the {rng.choice(ADJECTIVES)} "
        f"{rng.choice(NOUNS)} for {rng.choice(PLACES)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}."
    )


def quoted_sentence(rng: random.Random) -> str:
    who = f"{rng.choice(ROLES)} {name(rng)}"
    if rng.random() < 0.5:
        return f'"{rng.choice(QUOTES)}," {who} {rng.choice(SAY_VERBS[:3])}.'
    quote = rng.choice(QUOTES).lower()
    return f'{who.capitalize()} {rng.choice(SAY_VERBS[:2])} that the {rng.choice(NOUNS)} was "{quote}."'


def vague_sentence(rng: random.Random) -> str:
    return f"{rng.choice(VAGUE_SOURCES)} the {rng.choice(NOUNS)} will be {rng.choice(VERBS)} again."


def paragraph(rng: random.Random) -> str:
    makers = [plain_sentence] * 3 + [quoted_sentence] * 2 + [vague_sentence]
    return " ".join(rng.choice(makers)(rng) for _ in range(rng.randint(3, 6)))


def article(rng: random.Random) -> str:
    """One invented article of roughly 3-5 KB: headline, byline, paragraphs, boilerplate."""
    target = rng.randint(3000, 5000)
    parts = [f"{rng.choice(ORGS).capitalize()} {rng.choice(VERBS)} {rng.choice(NOUNS)} in {rng.choice(PLACES)}", ""]
    parts += [f"By {name(rng)}", "", rng.choice(BOILERPLATE), ""]
    while sum(len(p) + 1 for p in parts) < target:
        parts += [paragraph(rng), ""]
    parts += rng.sample(BOILERPLATE, 2)
    return "\n".join(parts) + "\n"


def make_synthetic(folder: Path, count: int = 300, seed: int = SEED) -> Path:
    """Write `count` articles into a few subfolders of `folder`, deterministically."""
    rng = random.Random(seed)
    for i in range(count):
        sub = folder / f"section{i % 4}"
        sub.mkdir(parents=True, exist_ok=True)
        suffix = ".md" if i % 10 == 0 else ".txt"
        (sub / f"article{i:04d}{suffix}").write_text(article(rng), encoding="utf-8")
    return folder


def drafts(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in SUFFIXES and path.is_file():
            yield path


def copy_drafts(files: Iterable[tuple[Path, Path]], target: Path) -> Path:
    """Copy each (draft, its path under target) into target, so every tool and run sees the same set."""
    for path, relative in files:
        dest = target / relative
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    return target


def limited_copy(source: Path, target: Path, limit: int) -> Path:
    """The first `limit` drafts of source, keeping their paths under it."""
    return copy_drafts(((path, path.relative_to(source)) for path in list(drafts(source))[:limit]), target)


def cli_command() -> tuple[list[str], str]:
    """How to run the CLI: `python -m attrlint` if it has a __main__, else the console script (either is
    run from a scratch folder, so it imports the installed attrlint, not this checkout)."""
    import attrlint

    if (Path(attrlint.__file__).parent / "__main__.py").exists():
        return [sys.executable, "-m", "attrlint"], "python -m attrlint"
    script = shutil.which("attrlint")
    if script:
        return [script], "attrlint (console script)"
    return [sys.executable, "-c", "from attrlint.cli import main; main()"], "python -c (attrlint.cli.main)"


def time_lint(folder: Path) -> tuple[float, int, int]:
    """One in-process run: seconds, files linted, findings."""
    start = time.perf_counter()
    report = lint_serially(Options(max_bytes=None), [str(folder)])  # linearity files outgrow the size limit
    elapsed = time.perf_counter() - start
    return elapsed, report.files, len(report.findings)


def throughput(folder: Path, repeat: int) -> dict[str, float | int]:
    total_bytes = sum(path.stat().st_size for path in drafts(folder))
    runs = [time_lint(folder) for _ in range(max(1, repeat))]
    best, files, findings = min(runs)
    return {
        "best_s": round(best, 3),
        "all_s": [round(r[0], 3) for r in runs],
        "files": files,
        "mb": round(total_bytes / 1e6, 3),
        "findings": findings,
        "files_per_s": round(files / best, 1),
        "mb_per_s": round(total_bytes / 1e6 / best, 3),
    }


CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

# Runs each command it reads (a JSON list a line) from a neutral folder and answers with its wall
# seconds, exit code, peak memory in KB and the end of its standard error, as a JSON list.
SPAWNER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    command, cwd, env = json.loads(line)
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    answer = [elapsed, os.waitstatus_to_exitcode(status), usage.ru_maxrss, err[-4000:].decode("utf-8", "replace")]
    print(json.dumps(answer), flush=True)
"""


class Spawner:
    """A small process that starts every timed child, so a child's peak memory is its own."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = str(cwd)
        self.process = subprocess.Popen(
            [sys.executable, "-c", SPAWNER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=CHILD_ENV
        )

    def run(self, command: list[str]) -> tuple[float, int, float, str]:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps([command, self.cwd, CHILD_ENV]) + "\n")
        self.process.stdin.flush()
        elapsed, code, peak_kb, stderr = json.loads(self.process.stdout.readline())
        return elapsed, code, peak_kb / 1024, stderr

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait()


SPAWNER_PROCESS: Spawner | None = None


def run_timed(command: list[str]) -> tuple[float, int, float]:
    """Run a command: wall seconds, exit code, and the child's peak memory (MB).

    Exit 1 is attrlint's "findings"; a traceback on standard error is a crash whatever the
    exit code, and stops the bench rather than being timed as work."""
    assert SPAWNER_PROCESS is not None, "start the spawner first"
    elapsed, code, peak, stderr = SPAWNER_PROCESS.run(command)
    if code not in (0, 1) or "Traceback (most recent call last)" in stderr:
        raise SystemExit(f"speed.py: {' '.join(command[:3])} ... failed (exit {code}):\n{stderr[-2000:]}")
    return elapsed, code, peak


def check_cli_works(base: list[str], scratch: Path) -> None:
    """Stop unless the CLI finds the problem in a draft that has one: a crash must not pass for findings."""
    draft = scratch / "known-problem.txt"
    draft.write_text('The council met on Tuesday. "We will not fund it.\n', encoding="utf-8")
    result = subprocess.run(
        [*base, "check", "--format", "json", str(draft)], cwd=scratch, env=CHILD_ENV, capture_output=True, text=True
    )
    try:
        found = json.loads(result.stdout)
    except json.JSONDecodeError:
        found = None
    if result.returncode != 1 or not found:
        raise SystemExit(
            f"speed.py: {' '.join(base)} does not work from a scratch folder (exit {result.returncode}):\n"
            + result.stderr[-2000:]
        )


def whole_cli(base: list[str], folder: Path, jobs: int = 1) -> dict[str, float | int]:
    command = [*base, "check", "--no-cache", "--format", "concise", "--jobs", str(jobs), str(folder)]
    elapsed, code, peak = run_timed(command)
    return {"wall_s": round(elapsed, 3), "exit_code": code, "peak_mb": round(peak, 1)}


def one_line_file(path: Path, size: int) -> Path:
    """A draft of `size` bytes on a single line: synthetic sentences joined by spaces."""
    rng = random.Random(SEED)
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(paragraph(rng).replace("\n", " "))
        total += len(parts[-1]) + 1
    path.write_text(" ".join(parts)[:size], encoding="utf-8")
    return path


def linearity(base: list[str], scratch: Path, big_mb: float) -> dict[str, float]:
    """In-process time on one-line files of big_mb/100 and big_mb (a linear cost gives a ratio near
    100), and the whole CLI's peak memory on the big one."""
    small = one_line_file(scratch / "small.txt", int(big_mb * 1e4))
    big = one_line_file(scratch / "big.txt", int(big_mb * 1e6))
    small_s = min(time_lint(small)[0] for _ in range(3))
    big_s = time_lint(big)[0]
    command = [*base, "check", "--no-cache", "--format", "concise", f"--max-size={big_mb + 1}", str(big)]
    _, _, big_peak = run_timed(command)
    return {
        "small_mb": big_mb / 100,
        "big_mb": big_mb,
        "small_s": round(small_s, 4),
        "big_s": round(big_s, 3),
        "ratio": round(big_s / small_s, 1),
        "big_peak_mb": round(big_peak, 1),
    }


def proselint_figures(folder: Path, short: Path, repeat: int, startup_runs: int, cli: bool) -> dict | None:
    """proselint (the `bench` extra) on the same drafts: in process, its CLI, and its start-up."""
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)  # what proselint's own CLI does first
    paths = list(drafts(folder))
    total_bytes = sum(path.stat().st_size for path in paths)
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        for path in paths:
            LintFile(path).lint()
        best = min(best, time.perf_counter() - start)
    base = [sys.executable, "-m", "proselint", "check"]
    figures = {
        "files_per_s": round(len(paths) / best, 1),
        "mb_per_s": round(total_bytes / 1e6 / best, 3),
        "best_s": round(best, 3),
        "startup_ms": median_ms([*base, str(short)], startup_runs),
        "cli": None,
    }
    if cli:
        elapsed, _, peak = run_timed([*base, str(folder)])
        figures["cli"] = {"wall_s": round(elapsed, 3), "peak_mb": round(peak, 1)}
    return figures


def median_ms(command: list[str], runs: int) -> float:
    run_timed(command)  # untimed: writes the bytecode a real install already has
    return round(statistics.median(run_timed(command)[0] for _ in range(max(1, runs))) * 1000, 1)


def startup(base: list[str], draft: Path, runs: int) -> dict[str, float]:
    return {
        "attrlint_ms": median_ms([*base, "check", "--no-cache", "--format", "concise", str(draft)], runs),
        "python_pass_ms": median_ms([sys.executable, "-c", "pass"], runs),
    }


def choose_corpus(args: argparse.Namespace, scratch: Path) -> tuple[Path, str]:
    if args.corpus is not None:
        if not args.corpus.is_dir():
            raise SystemExit(f"speed.py: no such folder: {args.corpus}")
        return args.corpus.resolve(), "given"
    if not args.synthetic and all((DEFAULT_CORPUS / name).is_dir() for name in NEWS_SETS):
        return news_articles(scratch / "news"), f"{' + '.join(NEWS_SETS)} articles from {DEFAULT_CORPUS}"
    return make_synthetic(scratch / "synthetic", args.count), f"synthetic (seed {SEED}, {args.count} articles)"


def news_articles(target: Path) -> Path:
    """The news sets' article texts, one folder a set."""
    files = ((path, Path(name, path.name)) for name in NEWS_SETS for path in news_set_files(DEFAULT_CORPUS, name))
    return copy_drafts(files, target)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, help=f"folder of drafts (default: the {' and '.join(NEWS_SETS)} articles if present)"
    )
    parser.add_argument("--synthetic", action="store_true", help="use a generated set of articles")
    parser.add_argument("--count", type=int, default=300, help="synthetic articles to generate (default 300)")
    parser.add_argument("--limit", type=int, help="only the first N drafts (sorted by path)")
    parser.add_argument("--repeat", type=int, default=3, help="in-process runs; the best is reported (default 3)")
    parser.add_argument("--startup-runs", type=int, default=10, help="start-up runs; the median is reported")
    parser.add_argument("--no-cli", action="store_true", help="skip the whole-CLI run")
    parser.add_argument("--jobs", type=int, default=2, help="also time the whole CLI with --jobs N (default 2)")
    parser.add_argument(
        "--linearity",
        type=float,
        default=5.0,
        metavar="MB",
        help="one-line file size for the linearity check (0: skip)",
    )
    parser.add_argument("--json", action="store_true", help="print a machine-readable dict")
    return parser.parse_args(argv)


def print_report(result: dict) -> None:
    tp, cli, st = result["throughput"], result["cli"], result["startup"]
    print(f"attrlint {result['attrlint_version']}  python {result['python']}  cpus {result['cpus']}")
    print(f"corpus     {result['corpus']}  [{result['corpus_kind']}]")
    print(
        f"in-process {tp['files_per_s']:.1f} files/s  {tp['mb_per_s']:.3f} MB/s  "
        f"({tp['files']} files, {tp['mb']:.2f} MB, {tp['findings']} findings; "
        f"best of {len(tp['all_s'])}: {tp['best_s']:.2f} s, runs {tp['all_s']})"
    )
    if cli:
        print(
            f"whole CLI  {cli['wall_s']:.2f} s  peak {cli['peak_mb']:.0f} MB  "
            f"exit {cli['exit_code']}  via {result['cli_via']}"
        )
    if result["cli_jobs"]:
        jobs = result["cli_jobs"]
        print(
            f"--jobs {result['jobs']}    {jobs['wall_s']:.2f} s  peak {jobs['peak_mb']:.0f} MB (largest process)  "
            f"speed-up {cli['wall_s'] / jobs['wall_s']:.2f}x"
        )
    if result["linearity"]:
        lin = result["linearity"]
        print(
            f"linearity  {lin['small_mb']:g} MB line {lin['small_s']:.3f} s, "
            f"{lin['big_mb']:g} MB line {lin['big_s']:.2f} s: "
            f"ratio {lin['ratio']:.0f} (linear: 100); CLI peak on the big one {lin['big_peak_mb']:.0f} MB"
        )
    print(f"start-up   attrlint {st['attrlint_ms']:.0f} ms  vs python -c pass {st['python_pass_ms']:.0f} ms (median)")
    other = result["proselint"]
    if other is None:
        print("proselint  not installed: pip install -e '.[bench]' to compare")
    else:
        print(
            f"proselint  {other['files_per_s']:.1f} files/s  {other['mb_per_s']:.3f} MB/s in process; "
            f"attrlint is {tp['files_per_s'] / other['files_per_s']:.2f}x; start-up {other['startup_ms']:.0f} ms"
        )
        if other["cli"] and cli:
            print(
                f"           CLI {other['cli']['wall_s']:.2f} s, peak {other['cli']['peak_mb']:.0f} MB; "
                f"attrlint --jobs 1 is {other['cli']['wall_s'] / cli['wall_s']:.2f}x faster"
            )
    print(f"command    {result['command']}")


def main(argv: list[str] | None = None) -> None:
    import attrlint

    args = parse_args(argv)
    global SPAWNER_PROCESS
    base, via = cli_command()
    with tempfile.TemporaryDirectory(prefix="attrlint-bench-") as tmp:
        scratch = Path(tmp)
        SPAWNER_PROCESS = Spawner(scratch)
        check_cli_works(base, scratch)
        folder, kind = choose_corpus(args, scratch)
        short = scratch / "short.txt"  # the one-paragraph draft start-up is timed on
        short.write_text(SHORT_DRAFT, encoding="utf-8")
        if args.limit is not None:
            folder = limited_copy(folder, scratch / "limited", args.limit)
            kind += f", first {args.limit} drafts"
        result = {
            "attrlint_version": getattr(attrlint, "__version__", "?"),
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
            "corpus": str(folder),
            "corpus_kind": kind,
            "throughput": throughput(folder, args.repeat),
            "cli_via": via,
            "cli": None if args.no_cli else whole_cli(base, folder),
            "cli_jobs": None if args.no_cli or args.jobs < 2 else whole_cli(base, folder, args.jobs),
            "jobs": args.jobs,
            "linearity": linearity(base, scratch, args.linearity) if args.linearity > 0 else None,
            "startup": startup(base, short, args.startup_runs),
            "proselint": proselint_figures(folder, short, args.repeat, args.startup_runs, not args.no_cli),
            "command": " ".join([Path(sys.executable).name, *sys.argv]),
        }
        SPAWNER_PROCESS.close()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)


if __name__ == "__main__":
    main()
