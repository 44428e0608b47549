"""Output formats: each turns findings into text and never analyses anything."""

from __future__ import annotations

from collections.abc import Callable

from attrlint.output import concise, github, json_format, junit, sarif, text

# A formatter gets the findings, a way to fetch a source line (path, line) -> str, whether to use
# colour, how many drafts were checked and how many errors attrlint reported.
Formatter = Callable[..., str]

FORMATTERS: dict[str, Formatter] = {
    "text": text.render,
    "concise": concise.render,
    "json": json_format.render,
    "github": github.render,
    "sarif": sarif.render,
    "junit": junit.render,
}
