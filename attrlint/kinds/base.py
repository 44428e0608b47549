"""What every check kind shares: the `Hit` it yields (with its fix), its option schema, regex compilation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, NamedTuple

import regex

from attrlint.analyses import Analyses
from attrlint.document import Document
from attrlint.errors import RuleError, did_you_mean
from attrlint.finding import NO_VALUES, Fix
from attrlint.regex_budget import REGEX_TIMEOUT as REGEX_TIMEOUT  # the limit of one search, kept here for the kinds
from attrlint.regex_budget import RegexBudget as RegexBudget
from attrlint.regex_limits import too_large
from attrlint.regex_store import compiled
from attrlint.yamlfile import Where

if TYPE_CHECKING:
    from attrlint.suppress import Suppressions

WHOLE_WORD = r"(?<!\w)(?:{})(?!\w)"  # a template: the regex matches only whole words
_GROUP_REFERENCE = compiled(r"\\[1-9]|\\g<|\(\?P=|\(\?&|\(\?R\)|\(\?[+-]?\d+\)")


class Hit(NamedTuple):
    """A span of `Document.text` a check flags; `values` fill the rule's message template.

    `fix` is the edit the kind offers for it, built where the kind knows the offsets. A tuple: a
    rule may yield millions on a hostile draft, and a frozen dataclass took three times as long to make.
    The `values` may be a problem's, shared with others, so they are never changed.
    """

    start: int
    end: int
    values: dict[str, str] = NO_VALUES
    suggestion: str | None = None
    fix: Fix | None = None


@dataclass(frozen=True)
class Option:
    """One option of a kind: its type (`str`, `int`, `bool`, `list`, `dict`, `pairs`), default and help."""

    type: str
    default: object
    help: str
    choices: tuple[str, ...] = ()
    extends: bool = False  # a list a config adds to rather than replaces (a lexicon)
    regexes: bool = False  # a list of regexes, checked where each is written (a rule, a config, a pack.yaml)
    # a list whose entries have a shape ('plural singular'): the function that reads one, raising ValueError with
    # what is wrong, so each entry is checked where it is written, as the regexes are
    entry: Callable[[str], object] | None = None


def _type_ok(value: object, spec: Option) -> bool:
    checks = {
        "str": lambda v: isinstance(v, str),
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "bool": lambda v: isinstance(v, bool),
        "list": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
        "dict": lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
        "pairs": lambda v: (
            isinstance(v, list)
            and all(isinstance(x, list) and len(x) == 2 and all(isinstance(y, str) for y in x) for x in v)
        ),
    }
    if not checks[spec.type](value):
        return False
    chosen = value if spec.type == "list" else [value]  # a list's choices are checked word by word
    return not spec.choices or all(item in spec.choices for item in chosen)


def _one_as_list(value: object, spec: Option | None) -> object:
    """A string where the option takes a list, as a list of one: such options were once strings, and configs still
    write them so (`only_forms: confidential`)."""
    return [value] if spec is not None and spec.type == "list" and isinstance(value, str) else value


def validate_options(schema: dict[str, Option], given: dict[str, object], where: Where, at: tuple) -> dict:
    """Given options merged over defaults; an unknown key or a wrong type raises RuleError. A single string
    where a list is wanted is a list of one (`only_forms: confidential` as written before it took a list)."""
    given = {key: _one_as_list(value, schema.get(key)) for key, value in given.items()}
    for key, value in given.items():
        if key not in schema:
            hint = did_you_mean(str(key), list(schema))
            raise where.error(RuleError, f"unknown option '{key}'{hint}", *at, key)
        spec = schema[key]
        if not _type_ok(value, spec):
            want = f"one of {', '.join(spec.choices)}" if spec.choices else f"a {spec.type}"
            raise where.error(RuleError, f"option '{key}' must be {want}", *at, key)
    return {key: given.get(key, spec.default) for key, spec in schema.items()}


def _rule_flags(ignorecase: bool, multiline: bool = True) -> int:
    return (regex.MULTILINE if multiline else 0) | (regex.IGNORECASE if ignorecase else 0)


class LazyPattern:
    """A built-in rule's regex, compiled when a check first searches with it.

    Compiling is most of attrlint's start-up, and a short draft reaches few of the built-in
    patterns (a boilerplate rule never searches a long paragraph). The test suite compiles
    every built-in pattern; a newsroom's own patterns are compiled on load, so a bad one is
    reported with its file and line before any draft is read.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    @cached_property
    def compiled(self) -> regex.Pattern:
        return compiled(self.pattern, self.flags)

    def search(self, text: str, *args: object, **kwargs: object) -> regex.Match | None:
        return self.compiled.search(text, *args, **kwargs)

    def finditer(self, text: str, *args: object, **kwargs: object) -> Iterator[regex.Match]:
        return self.compiled.finditer(text, *args, **kwargs)


def _shown(pattern: str) -> str:
    """A pattern as an error message quotes it: its start, if it is long."""
    return repr(pattern if len(pattern) <= 80 else pattern[:77] + "...")


def check_entries(schema: Mapping[str, Option], key: str, value: object, where: Where, *at: object) -> None:
    """Raise RuleError, at its own line, for the first entry of a list option its reader cannot read."""
    read = schema[key].entry if key in schema else None
    if read is None or not isinstance(value, list):
        return
    for i, entry in enumerate(value):
        try:
            read(entry)
        except ValueError as err:
            raise where.error(RuleError, str(err), *at, key, i) from None


def refuse_too_large(pattern: str, where: Where, *keys: object) -> None:
    """Raise RuleError for a regex whose counted repeats would take more memory to compile than is sensible."""
    problem = too_large(pattern)
    if problem is not None:
        raise where.error(RuleError, f"regex {_shown(pattern)} {problem}", *keys)


def compile_regex(pattern: str, where: Where, *keys: object, ignorecase: bool = True) -> regex.Pattern | LazyPattern:
    """Compile a rule's regex with `^` and `$` matching at line ends; a bad or huge one raises RuleError."""
    flags = _rule_flags(ignorecase)
    if where.builtin:
        return LazyPattern(pattern, flags)
    refuse_too_large(pattern, where, *keys)
    try:
        return compiled(pattern, flags)
    except regex.error as err:
        raise where.error(RuleError, f"invalid regex {_shown(pattern)}: {err}", *keys) from None


def compile_alternatives(
    patterns: list[str],
    where: Where,
    keys: tuple,
    template: str = "{}",
    ignorecase: bool = True,
    one_line: bool = False,
) -> list[regex.Pattern | LazyPattern]:
    """Patterns as few regexes as possible, so a text is searched once rather than once each.

    Patterns that refer to their own groups (a back-reference) cannot share an alternation and
    stay alone. `template` wraps each compiled regex, e.g. with word boundaries. Where a compiled
    regex fails, its patterns are compiled one by one, so the bad one is named with its line.

    `one_line` is for regexes only ever searched in text without line breaks (a paragraph made
    one line), where `^` can match only at the start: the patterns anchored there share a regex
    of their own, which a search tries at one position rather than at every one (10x faster).
    """
    alone = [p for p in patterns if _GROUP_REFERENCE.search(p)]
    shared = [p for p in patterns if not _GROUP_REFERENCE.search(p)]
    if one_line:
        batches = [[p for p in shared if p.startswith("^")], [p for p in shared if not p.startswith("^")]]
    else:
        batches = [shared]
    groups = ["|".join(f"(?:{p})" for p in batch) for batch in batches if batch]
    flags = _rule_flags(ignorecase, multiline=not one_line)
    if where.builtin:
        return [LazyPattern(template.format(group), flags) for group in groups + alone]
    for i, pattern in enumerate(patterns):
        refuse_too_large(pattern, where, *keys, i)
    for group in groups:
        refuse_too_large(group, where, *keys)
    try:
        return [compiled(template.format(group), flags) for group in groups + alone]
    except regex.error as err:
        for i, pattern in enumerate(patterns):
            compile_regex(pattern, where, *keys, i, ignorecase=ignorecase)
        raise where.error(RuleError, f"the patterns cannot be combined into one regex: {err}", *keys) from None


_LINE_BREAKS = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # re: 40x faster than str.translate


def unit_text(text: str) -> str:
    """A paragraph or sentence with its line breaks made spaces, so `^` and `$` anchor to the unit
    even in a pattern that turns on `(?m)` itself (with `(?w)`, a form feed or U+2028 ends a line too)."""
    return _LINE_BREAKS.sub(" ", text)


class Kind:
    """A kind of check. Subclasses declare `name` and `options` and implement `check`.

    `settings` names the options that are analysis settings rather than the rule's own: the rule
    set gathers them from every rule of the kind (the attribution cues, the accepted spellings),
    so every rule, sheet and fix reads one analysis of the draft. `fixes` says whether the kind
    offers fixes, so a rule's `fix:` key can be checked when it is loaded.
    """

    name: ClassVar[str]
    summary: ClassVar[str]
    options: ClassVar[dict[str, Option]] = {}
    placeholders: ClassVar[frozenset[str]] = frozenset()
    settings: ClassVar[tuple[str, ...]] = ()
    fixes: ClassVar[bool] = False

    def __init__(self, options: dict[str, object], where: Where, at: tuple = ()) -> None:
        self.opts = options
        self.where = where
        self.at = at
        for key in self.options:  # each list of shaped entries ('plural singular'), checked where it is written
            check_entries(self.options, key, options.get(key), where, *at)

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        raise NotImplementedError

    def review(self, doc: Document, suppressions: Suppressions, others: list[tuple[str, str]]) -> Iterator[Hit]:
        """Hits about the draft's suppression directives, once they have been applied to the findings
        of the `others` rules (code, name); most kinds have none."""
        return iter(())
