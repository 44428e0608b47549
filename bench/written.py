"""Score attrlint on a set of drafts written blind to its rules, against the writer's labels.

A written set is a folder of drafts and a `manifest.jsonl`, one record per draft, made by someone who
had not read the rules and did not run attrlint while writing. A record may name the draft's `half`
(A or B: tune on one, report on the other, as with the corpus; C or D for a check set; bench/written/README.md
says who has tuned on which) and
names the lines a copy editor would flag:

  boilerplate  {"file", "half", "residue": [{"line", "class", "also"?}], "lookalike": [{"line", "what"}]}
  attribution  {"file", "half", "faults": [{"line", "kind"}], "lookalikes": [{"line", "what"}]}
  quotes       {"file", "half", "expect": [{"line", "code"}]}  (a line 0 or code "none" expects nothing)

Every line not listed as residue or a fault is the story's own and must stay quiet. The script runs the
installed `attrlint check` (the command a user runs, with the family's rules selected) and prints, per
class or kind, how many labelled lines got a finding and how many findings stand on lines the writer left
quiet; `--show` lists those findings, for a judge to read, and every labelled line with no answering finding
(a writer can be wrong, so both are claims to judge, not verdicts). A residue line's `also` names a second
class on the same line; a line counts once, under its first class.

  python bench/written.py boilerplate DIR --half B
  python bench/written.py attribution DIR --half B --show
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from common import command_line, ratio

# What each family runs, and which of its codes answer each labelled kind. Attribution runs exactly the
# codes that answer a kind (the writer labelled no figures or allegations), selected by code so that the
# rules off by default (ATT001, ATT004, ATT007, ATT009, ATT010) are measured too; `--default` runs the
# rules on by default instead, as a user who selects nothing sees them. For quotation marks
# each defect must be reported once under the rule that names it, so only that code answers, and any
# other finding is extra.
# A vague or anonymous source is answered by any rule on sourcing: the writer's line between the two
# ("people familiar with the matter": vague or anonymous?) is not the desk's, which queries both alike.
SOURCING = {"ATT003", "ATT006", "ATT007", "ATT009", "ATT010", "ATT011"}
FAMILIES = {
    "boilerplate": {"prefix": "BOI", "select": "BOI", "labels": "residue", "kind": "class", "answers": {}},
    "quotes": {"prefix": "QUO", "select": "QUO", "labels": "expect", "kind": "code", "answers": "exact"},
    "attribution": {
        "prefix": "ATT",
        "labels": "faults",
        "kind": "kind",
        "answers": {
            "vague": SOURCING,
            "anonymous-no-reason": SOURCING,
            "unattributed-quote": {"ATT001"},
            "pronoun-before-name": {"ATT004"},
        },
    },
}


def read_manifest(folder: Path, half: str | None) -> list[dict]:
    """The manifest's records, for one half or both."""
    lines = (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [r for r in records if half is None or r.get("half") == half]


def findings_of(folder: Path, files: list[str], select: str, default: bool = False) -> dict[str, list[dict]]:
    """attrlint's findings on the drafts, by file name, from the command line a user runs.

    `select` names the codes to run, or with `default` the family's prefix to keep of the default rules."""
    command = [sys.executable, "-m", "attrlint", "check", "--no-cache", "--format", "json"]
    command += [] if default else ["--select", select]
    if not files:
        return {}
    named = {(folder / name).resolve(): name for name in files}
    done = subprocess.run([*command, *map(str, named)], capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"attrlint failed ({done.returncode}): {done.stderr.strip()}")
    by_file: dict[str, list[dict]] = defaultdict(list)
    for finding in json.loads(done.stdout or "[]"):
        if default and not finding["code"].startswith(select):
            continue
        by_file[named[Path(finding["path"]).resolve()]].append(finding)
    return by_file


def _answers(spec: dict, kind: str) -> set[str]:
    """The codes that answer a labelled kind (an empty set: any finding of the family)."""
    if spec["answers"] == "exact":
        return {kind}
    if spec["answers"] and kind not in spec["answers"]:
        sys.exit(f"unknown {spec['kind']} {kind!r} in the manifest: expected one of {', '.join(spec['answers'])}")
    return spec["answers"].get(kind, set())


def _labelled(spec: dict, faults: list[dict], finding: dict) -> bool:
    """Whether a finding stands on a labelled line (for exact families: with the labelled code)."""
    exact = spec["answers"] == "exact"
    return any(f["line"] == finding["line"] and (not exact or f["code"] == finding["code"]) for f in faults)


def score(family: str, folder: Path, half: str | None, default: bool = False) -> dict:
    """Recall per labelled kind, and the findings on lines the writer left quiet."""
    spec = FAMILIES[family]
    select = spec.get("select") or ",".join(sorted(set().union(*spec["answers"].values())))
    records = read_manifest(folder, half)
    found = findings_of(folder, [r["file"] for r in records], spec["prefix"] if default else select, default)
    labelled, hit = Counter(), Counter()
    quiet_findings: list[dict] = []
    missed: list[dict] = []
    for record in records:
        faults = [f for f in record.get(spec["labels"], []) if f["line"] and f.get("code") != "none"]
        by_line = defaultdict(set)
        for finding in found.get(record["file"], []):
            by_line[finding["line"]].add(finding["code"])
        for fault in faults:
            kind = fault[spec["kind"]]
            labelled[kind] += 1
            answers = _answers(spec, kind)
            codes = by_line.get(fault["line"], set())
            found_it = bool(codes & answers) if answers else bool(codes)
            hit[kind] += found_it
            if not found_it:
                missed.append({"file": record["file"], "line": fault["line"], "kind": kind})
        quiet_findings += [
            {"file": record["file"], "line": f["line"], "code": f["code"], "message": f["message"]}
            for f in found.get(record["file"], [])
            if not _labelled(spec, faults, f)
        ]
    return {
        "drafts": len(records),
        "recall": {kind: (hit[kind], labelled[kind], ratio(hit[kind], labelled[kind])) for kind in sorted(labelled)},
        "all": (sum(hit.values()), sum(labelled.values()), ratio(sum(hit.values()), sum(labelled.values()))),
        "quiet_findings": quiet_findings,
        "missed": missed,
        "quiet_by_code": dict(Counter(f["code"] for f in quiet_findings)),
    }


def print_score(result: dict, show: bool) -> None:
    print(f"drafts: {result['drafts']}")
    for kind, (got, of, share) in result["recall"].items():
        print(f"  {kind:28} {got:3} / {of:3}  {share}")
    got, of, share = result["all"]
    print(f"  {'all':28} {got:3} / {of:3}  {share}")
    per_100 = round(100 * len(result["quiet_findings"]) / result["drafts"], 1) if result["drafts"] else None
    print(f"findings on lines the writer left quiet: {len(result['quiet_findings'])} ({per_100} per 100 drafts)")
    for code, count in sorted(result["quiet_by_code"].items()):
        print(f"  {code} {count}")
    if show:
        for f in result["quiet_findings"]:
            print(f"  {f['file']}:{f['line']} {f['code']} {f['message']}")
        print(f"labelled lines with no answering finding: {len(result['missed'])}")
        for m in result["missed"]:
            print(f"  {m['file']}:{m['line']} {m['kind']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("family", choices=sorted(FAMILIES))
    parser.add_argument("folder", type=Path, help="the written set: drafts and manifest.jsonl")
    parser.add_argument("--half", choices=("A", "B", "C", "D", "E"), help="one part of the set (default: all)")
    parser.add_argument(
        "--show", action="store_true", help="list every finding on a line left quiet and every labelled line missed"
    )
    parser.add_argument("--json", action="store_true", help="print a machine-readable dict")
    parser.add_argument(
        "--default", action="store_true", help="run the rules on by default, not every rule that answers"
    )
    args = parser.parse_args(argv)
    result = score(args.family, args.folder, args.half, args.default)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(command_line(argv))
        print_score(result, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
