"""The `directive` kind: an `<!-- attrlint: ... -->` comment attrlint cannot read, or one that silenced nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from attrlint.analyses import Analyses
from attrlint.directives import directives, is_well_formed
from attrlint.document import Document
from attrlint.kinds.base import Hit, Kind, Option

if TYPE_CHECKING:
    from attrlint.suppress import Suppressions

MALFORMED, UNUSED = "malformed", "unused"


class Directive(Kind):
    name = "directive"
    summary = "Flags suppression comments with an unknown verb."
    placeholders = frozenset({"verb"})

    options = {
        "problem": Option(
            "str", MALFORMED, "malformed: a directive attrlint cannot read; unused: one that silenced nothing.",
            (MALFORMED, UNUSED),
        ),
    }  # fmt: skip

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        if self.opts["problem"] != MALFORMED:
            return
        for match in directives(doc):
            if not is_well_formed(match):
                yield Hit(match.start(), match.end(), {"match": match.group(), "verb": match["verb"] or ""})

    def review(self, doc: Document, suppressions: Suppressions, others: list[tuple[str, str]]) -> Iterator[Hit]:
        """Directives that silenced nothing, among those naming a rule that ran."""
        if self.opts["problem"] != UNUSED:
            return
        for start, end in suppressions.unused(others):
            yield Hit(start, end, {"match": doc.raw[start:end]})
