"""Output formats: each turns findings into text and never analyses anything."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from attrlint.finding import Finding

if TYPE_CHECKING:
    from attrlint.packs import Rule
    from attrlint.sheets import DraftSheets


def _no_line(path: str, line: int) -> str:
    return ""


class Context(NamedTuple):
    """What a formatter may know besides the findings: their source lines, whether to use colour,
    how many drafts were checked, how many errors attrlint reported, the rules behind the codes,
    whether unsafe fixes were asked for, the width of the terminal (None: not one), the drafts that
    could not be read (path, why), for a format that records them, and each checked draft's text and
    sheets, by path (for the formats in SHOWS_DRAFTS only)."""

    source_line: Callable[[str, int], str] = _no_line
    color: bool = False
    checked: int | None = None
    errors: int = 0
    rules: Mapping[str, Rule] = MappingProxyType({})
    unsafe_fixes: bool = False
    width: int | None = None
    unreadable: tuple[tuple[str, str], ...] = ()
    drafts: Mapping[str, DraftSheets] = MappingProxyType({})


Formatter = Callable[[list[Finding], Context], str]

_MODULES = {
    "text": "text",
    "concise": "concise",
    "json": "json_format",
    "github": "github",
    "sarif": "sarif",
    "junit": "junit",
    "gitlab": "gitlab",
    "html": "html",
}
STREAMED = ("text", "concise", "github")  # formats printed draft by draft, as a run goes

# The formats that show each draft's text and sheets: the run keeps them only when one of these is asked.
SHOWS_DRAFTS = frozenset({"html"})


class _Formatters(Mapping[str, Formatter]):
    """Each format's `render`, imported when first used: start-up pays only for the one it prints."""

    def __getitem__(self, name: str) -> Formatter:
        return importlib.import_module(f"attrlint.output.{_MODULES[name]}").render

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


FORMATTERS: Mapping[str, Formatter] = _Formatters()
