"""The `directive` kind: flag an `<!-- attrlint: ... -->` comment attrlint cannot understand."""

from __future__ import annotations

from collections.abc import Iterator

from attrlint.directives import directives, is_well_formed
from attrlint.document import Document
from attrlint.kinds.base import Hit, Kind, Option


class Directive(Kind):
    name = "directive"
    summary = "Flags suppression comments with an unknown verb."
    placeholders = frozenset({"verb"})

    options = {
        "problem": Option(
            "str", "malformed", "malformed: checked here; unused: found by the linter.", ("malformed", "unused")
        ),
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        if self.opts["problem"] != "malformed":
            return  # unused directives are reported by the linter, which knows what each one silenced
        for match in directives(doc):
            if not is_well_formed(match):
                yield Hit(match.start(), match.end(), {"match": match.group(), "verb": match["verb"] or ""})
