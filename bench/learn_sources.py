"""List the heads of PolNeAR train's gold sources that carry no proper name, with their counts.

Run from the project root:  python bench/learn_sources.py [--corpus PATH] [--top N]

The pack's `vague_sources` and `anonymous_sources` (rules/attribution/pack.yaml) were chosen from this
list: the heads that stand for people who are not named ("officials", "experts", "critics",
"source", "aide"), leaving out pronouns, documents, organisations and groups a story names
("voters", "the campaign"). Only the train split is read (bench/splits.py); the output is word
counts, never article text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from common import DEFAULT_CORPUS

DETERMINERS = frozenset("the a an some many one two three several his her their its other former senior top".split())
AFTER_HEAD = re.compile(r"\s+(?:of|for|by|at|from|with|in|on|who|that|familiar|close|briefed|to)\s+")


def unnamed_head(source: str) -> str | None:
    """The head of a source with no capitalised word but a leading determiner, else None."""
    words = source.split()
    if not words or any(word[:1].isupper() for word in words[1:]):
        return None
    if words[0][:1].isupper() and words[0].lower() not in DETERMINERS:  # a name, or a head a sentence capitalised
        return None
    main = AFTER_HEAD.split(source, maxsplit=1)[0].split()
    return main[-1].lower().strip(",.") if main else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=80)
    args = parser.parse_args(argv)
    heads: Counter = Counter()
    with (args.corpus / "polnear" / "attributions.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["compartment"] == "train" and record.get("source"):
                head = unnamed_head(record["source"]["text"].strip())
                if head:
                    heads[head] += 1
    for head, count in heads.most_common(args.top):
        print(f"{count:>6}  {head}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
