"""attrlint: a source-attribution linter for news copy."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "lint_text"]


def lint_text(text: str, rules: list | None = None, path: str = "<text>") -> list:
    """Lint a string with the given rules (default: every built-in rule); a list of Findings.

    Imported lazily, so `import attrlint` stays cheap for tools that only read the version.
    """
    from attrlint.linter import lint_text as lint

    return lint(text, rules, path)
