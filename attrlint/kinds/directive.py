"""The `directive` kind: flag an `<!-- attrlint: ... -->` comment attrlint cannot understand."""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrlint.document import Document
from attrlint.kinds.base import Hit, Kind
from attrlint.suppress import VERBS

_ANY_DIRECTIVE = re.compile(r"<!--\s*attrlint\b\s*:?\s*(?P<verb>[\w-]*)(?:[^>]*?)-->", re.I)


class Directive(Kind):
    name = "directive"
    summary = "Flags suppression comments with an unknown verb."
    placeholders = frozenset({"verb"})

    def check(self, doc: Document) -> Iterator[Hit]:
        if "attrlint" not in doc.raw:
            return
        for match in _ANY_DIRECTIVE.finditer(doc.raw):
            well_formed = re.match(r"<!--\s*attrlint:\s*", match.group()) and match["verb"] in VERBS
            if not well_formed:
                yield Hit(match.start(), match.end(), {"match": match.group(), "verb": match["verb"] or ""})
