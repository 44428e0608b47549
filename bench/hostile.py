"""Hostile drafts of 10 MB through the CLI: the time and peak memory of each shape (issue 12).

Usage (from the project root):

    python bench/hostile.py                      # every shape at 9.9 MB
    python bench/hostile.py --size 1 --shape marks --shape letters
    python bench/hostile.py --timeout 60 --json

Each shape is written to a temporary file and checked by `attrlint check --format concise --jobs 1`
in a process of its own, with the default settings otherwise; its output is counted, not kept.
The peak memory is the process's maximum resident set size. The target (issue 12) is that no
draft of at most 10 MB takes more than 30 s or 1 GB. This is for docs/speed.md, not for CI: the
tests in tests/test_hostile_speed.py check that the analyses scale linearly, at small sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path


def _names(count: int, seed: int) -> list[str]:
    """Distinct capitalised made-up names."""
    generator = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add(generator.choice(string.ascii_uppercase) + "".join(generator.choices("aeioulnrstkm", k=7)))
    return sorted(names)


def _fit(text: str, size: int) -> bytes:
    """The text in UTF-8, cut to at most `size` bytes at a character's edge."""
    return text.encode("utf-8")[:size].decode("utf-8", "ignore").encode("utf-8")


def _repeat(piece: str) -> Callable[[int], str]:
    return lambda size: piece * (size // len(piece))


def _distinct_names(size: int) -> str:
    names = _names(size // 38 + 2, seed=1)
    return "".join(f"{a} {b} spoke. {b} said so.\n\n" for a, b in zip(names, names[1:], strict=False))[:size]


def _titled_names(size: int) -> str:
    return " ".join(f"Ms. {name} spoke." for name in _names(size // 19 + 1, seed=2))[:size]


def _open_quotes(size: int) -> str:
    return "\u201ca\u201d\u201c" * (size // 40) + " word" * (size // 10)


def _group_members(size: int) -> str:
    names = _names(size // 70 + 2, seed=3)
    said = "Critics said the plan failed. \u201cIt failed,\u201d said {} {}, a member. "
    return "".join(said.format(a, b) for a, b in zip(names, names[1:], strict=False))[:size]


_OFFICIAL = "\u201cWe will not say more,\u201d a senior official said. "
_VAGUE = "Some say the fee, many argued, was wrong, as the club left. "
_SILENCED = "<!-- attrlint: disable-next-line BOI003 -->\nAdvertisement\n\n"

# name -> (what it is, the draft of about `size` characters)
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "spaced-marks": ('one line of `a " `', _repeat('a " ')),
    "quotations": ("short paragraphs, each an unattributed quotation", _repeat('"A quote that nobody made."\n\n')),
    "names": ("distinct capitalised names, each given in full", _distinct_names),
    "titled-names": ("one paragraph of distinct surnames after titles", _titled_names),
    "marks": ("one line of quotation marks", _repeat('"\u201c\u201d\u2018\u2019')),
    "curly-lines": ("lines of 100 curly marks and 20 apostrophes", _repeat("\u201c\u201d" * 50 + "'" * 20 + "\n")),
    "letters": ("one line of letters", _repeat("a")),
    "spaces": ("one line of spaces between two paragraphs", lambda size: "Lead.\n\n" + " " * size + "\n\nEnd.\n"),
    "inches": ('one line of inch marks after digits: `1" `', _repeat('1" ')),
    "possessives": ("one paragraph of plural possessives", _repeat("\u2018the students\u2019 union ")),
    "links": ("one line of links, code and marks", _repeat('see http://example.com/a and `b` " ')),
    "partial-quotes": ("one sentence of partial quotations", _repeat("called \u201cthe best of times.\u201d ")),
    "figures": ("one paragraph of figures", _repeat("It rose 5 percent. ")),
    "unnamed-data": ("one paragraph of `according to data.`", _repeat("according to data. ")),
    "cue-run": (
        "a phrase cue before a long run of capitalised phrase cues",
        lambda size: "Lead.\n\n" + "the and " * (size // 26) + "according to " + "According To " * (size // 26) + "x.",
    ),
    "paragraphs": ("one-line paragraphs", _repeat("The board met.\n\n")),
    "tiny-paragraphs": ("paragraphs of one letter", _repeat("a\n\n")),
    "open-links": ("one line of link targets never closed", _repeat('[a](b " ')),
    "escaped-tags": ("one line of escaped tags never closed", _repeat("&lt;a ")),
    "turned-marks": ("one line of marks turned the wrong way", _repeat("x \u201cb \u201dc ")),
    "open-quotes": ("quotations left open, then a long paragraph", _open_quotes),
    "directives": ("paragraphs each silenced by a directive", _repeat(_SILENCED)),
    "anonymous-quotes": ("one paragraph of quotations each credited to a senior official", _repeat(_OFFICIAL)),
    "anonymous-then-named": (
        "one paragraph of quotations credited to officials, then a person named in full",
        lambda size: _OFFICIAL * (size // len(_OFFICIAL.encode()) - 1) + "Ann Voss said so.",  # bytes: cut to size
    ),
    "group-members": ("one paragraph of vague groups, each followed by a member named in full", _group_members),
    "bare-marks": ('one line of straight double marks only: `"`', _repeat('"')),
    "vague-sentences": ("one paragraph of one vague-sourcing sentence, repeated", _repeat(_VAGUE)),
}


def _run(path: Path, timeout: float) -> dict:
    """Check one draft in a process of its own: seconds (and CPU seconds, which a busy machine does not
    stretch), peak memory, output lines and exit code."""
    command = [sys.executable, "-m", "attrlint", "check", "--format", "concise", "--jobs", "1", "--no-color", str(path)]
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    counted = {"lines": 0, "errors": b""}

    def count() -> None:
        for _ in process.stdout:
            counted["lines"] += 1

    reader = threading.Thread(target=count)
    reader.start()
    timer = threading.Timer(timeout, process.kill)
    timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    timer.cancel()
    reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode("utf-8", "replace").strip().splitlines()
    return {
        "seconds": round(seconds, 1),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_mib": round(usage.ru_maxrss / 1024),
        "output_lines": counted["lines"],
        "exit": process.returncode,
        "timed_out": seconds >= timeout,
        "error": errors[-1][:100] if errors and process.returncode not in (0, 1) else "",
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=9.9, help="megabytes of each draft (default: %(default)s)")
    parser.add_argument("--shape", action="append", choices=list(SHAPES), help="shapes to run (default: all)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a run is stopped")
    parser.add_argument("--json", action="store_true", help="print a machine-readable list instead of the table")
    args = parser.parse_args(argv)
    size = int(args.size * 1_000_000)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name in args.shape or list(SHAPES):
            description, make = SHAPES[name]
            path = Path(folder) / f"{name}.md"
            path.write_bytes(_fit(make(size), size))
            megabytes = round(path.stat().st_size / 1e6, 2)
            result = {"shape": name, "what": description, "mb": megabytes, **_run(path, args.timeout)}
            results.append(result)
            if not args.json:
                late = " (stopped)" if result["timed_out"] else ""
                print(
                    f"{name:15} {result['mb']:5.2f} MB {result['seconds']:7.1f} s{late} "
                    f"{result['cpu_seconds']:7.1f} s CPU {result['peak_mib']:6} MiB "
                    f"{result['output_lines']:>9} lines  exit {result['exit']}  {result['error']}",
                    flush=True,
                )
            path.unlink()
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
