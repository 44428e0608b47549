"""attrlint: a source-attribution linter for news copy."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "lint_text"]


def lint_text(text: str, rules=None, path: str = "<text>"):  # noqa: ANN001, ANN201
    """Lint a string with the given rules (default: every built-in rule); see `linter.lint_text`."""
    from attrlint.linter import lint_text as _lint_text

    return _lint_text(text, rules, path)
