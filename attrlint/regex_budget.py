"""How long a newsroom's regexes may run on one draft: each search, and all of one rule's searches together.

A regex from a pack or a config can backtrack for minutes on the wrong text (`(a|a)+$` on a line of
a's). Each search may take REGEX_TIMEOUT seconds (the `regex` module's `timeout=`), and all the
searches one rule (or one analysis) makes in one draft share a budget of twice that, so fifty
lines each just under the limit no longer add up to minutes. Only the time spent searching is
counted, not the rule's other work; and the budget grows by a second for each megabyte of the draft,
since quick searches add up too: a 10 MB archive of one-letter paragraphs spent 5 s in the searches
of one built-in rule, none of them slow.

A search that runs out raises TimeoutError; one that runs out of the budget raises RegexBudgetSpent,
a kind of TimeoutError. The rule set reports the rule skipped for that draft.
"""

from __future__ import annotations

import time

REGEX_TIMEOUT = 2.0  # seconds one search may take (one unit of text: a line, sentence or paragraph)
BUDGET_SEARCHES = 2  # all of a rule's searches in one draft may take this many times REGEX_TIMEOUT,
SECONDS_PER_MB = 1.0  # and this much more for each megabyte (million characters) of the draft


class RegexBudgetSpent(TimeoutError):
    """The searches of one rule (or analysis) in one draft have used up their time together."""


class RegexBudget:
    """The search time left to one rule (or analysis) in one draft.

    `with budget as timeout:` times the searches made inside the block, each of which may take
    `timeout` seconds. (A class of its own rather than a generator: a rule may search a long draft's
    paragraphs a million times, and this costs a fifth as much per block.)
    """

    def __init__(self, per_search: float | None = None, length: int = 0) -> None:
        """A budget for the searches of a draft of `length` characters."""
        self.per_search = REGEX_TIMEOUT if per_search is None else per_search
        self.left = BUDGET_SEARCHES * self.per_search + SECONDS_PER_MB * length / 1_000_000
        self.timeout = self.per_search
        self.started = 0.0

    def __enter__(self) -> float:
        if self.left <= 0:
            raise RegexBudgetSpent("regexes ran too long on this draft")
        self.timeout = min(self.per_search, self.left)
        self.started = time.monotonic()
        return self.timeout

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, _: object) -> None:
        self.left -= time.monotonic() - self.started
        if kind is not None and issubclass(kind, TimeoutError) and self.timeout < self.per_search:
            raise RegexBudgetSpent("regexes ran too long on this draft") from None  # cut short by the budget
