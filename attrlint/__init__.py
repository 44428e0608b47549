"""attrlint: a source-attribution linter for news copy."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "lint_text", "check_text", "check_paths", "fix_text"]

_API = frozenset({"check_text", "check_paths", "fix_text", "Result", "FixedText"})


def __getattr__(name: str) -> object:
    """`attrlint.check_text` and the rest of `attrlint.api`, imported when first used."""
    if name in _API:
        from attrlint import api

        return getattr(api, name)
    raise AttributeError(f"module 'attrlint' has no attribute {name!r}")


def lint_text(text: str, rules: list | None = None, path: str = "<text>") -> list:
    """Lint a string with the given rules (default: every built-in rule); a list of Findings.

    Imported lazily, so `import attrlint` stays cheap for tools that only read the version.
    """
    from attrlint.linter import lint_text as lint

    return lint(text, rules, path)
