"""The registry of check kinds: a rule's `kind:` names one of these."""

from __future__ import annotations

from attrlint.kinds.attribution import Attribution
from attrlint.kinds.base import Hit, Kind, Option
from attrlint.kinds.boilerplate import Boilerplate
from attrlint.kinds.directive import Directive
from attrlint.kinds.existence import Existence
from attrlint.kinds.name_consistency import NameConsistency
from attrlint.kinds.quote_balance import QuoteBalance
from attrlint.kinds.substitution import Substitution

KINDS: dict[str, type[Kind]] = {
    kind.name: kind
    for kind in (Existence, Substitution, Boilerplate, QuoteBalance, NameConsistency, Attribution, Directive)
}

__all__ = ["KINDS", "Hit", "Kind", "Option"]
