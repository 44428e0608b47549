"""What identifies a finding across edits of its draft: its path, its code, and its own words with a
short window of words around them.

News copy holds a paragraph on one line, so a key made of the whole line changes with any edit
anywhere in the paragraph; a key of the finding's words and the two words either side of them
survives a copy edit elsewhere in the paragraph and changes when the words at the problem do. The
line number is never part of it, so a finding on a line that moved keeps its key. Baselines,
SARIF's `partialFingerprints` and GitLab's `fingerprint` all use it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable

from attrlint.finding import Finding

LineText = Callable[[str, int], str]
WORDS_AROUND = 2  # words of context kept on each side of the finding's own words


def window(finding: Finding, line: str) -> str:
    """The finding's words and up to WORDS_AROUND words either side, whitespace made single spaces."""
    start = min(max(finding.column - 1, 0), len(line))
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = min(max(end, start), len(line))
    before = line[:start].split()[-WORDS_AROUND:] if line[:start].strip() else []
    after = line[end:].split()[:WORDS_AROUND] if line[end:].strip() else []
    return " ".join([*before, *line[start:end].split(), *after]) if line else ""


def key(finding: Finding, line_text: LineText) -> tuple[str, str, str]:
    """(path, code, window): what a baseline records."""
    return finding.path, finding.code, window(finding, line_text(finding.path, finding.line))


def fingerprints(findings: Iterable[Finding], line_text: LineText) -> list[str]:
    """A hex digest of each finding's key, with `:2`, `:3`... after a key met again, so each is unique."""
    seen: Counter[tuple[str, str, str]] = Counter()
    prints = []
    for finding in findings:
        found = key(finding, line_text)
        seen[found] += 1
        digest = hashlib.sha256("\0".join(found).encode("utf-8", "surrogatepass")).hexdigest()[:32]
        prints.append(digest if seen[found] == 1 else f"{digest}:{seen[found]}")
    return prints
