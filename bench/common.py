"""What the bench scripts share: where the corpus is, choosing its sets, and printing figures."""

from __future__ import annotations

import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


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
