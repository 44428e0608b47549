"""Output formats: each turns findings into text and never analyses anything."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

# A formatter gets the findings, a way to fetch a source line (path, line) -> str, whether to use
# colour, how many drafts were checked and how many errors attrlint reported.
Formatter = Callable[..., str]

_MODULES = {
    "text": "text",
    "concise": "concise",
    "json": "json_format",
    "github": "github",
    "sarif": "sarif",
    "junit": "junit",
}


class _Formatters(Mapping[str, Formatter]):
    """Each format's `render`, imported when first used: start-up pays only for the one it prints."""

    def __getitem__(self, name: str) -> Formatter:
        return importlib.import_module(f"attrlint.output.{_MODULES[name]}").render

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


FORMATTERS: Mapping[str, Formatter] = _Formatters()
