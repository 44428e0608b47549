"""attrlint: a source-attribution linter for news copy.

The package root holds only the version, so that `import attrlint` stays cheap for tools that
read it. The library's one door to the configured rules is `attrlint.api` (`check_text`,
`check_paths`, `fix_text`), which reads `.attrlint.yaml` as `attrlint check` does.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
