"""Rule packs: find them, load and validate their YAML rules, and select among them."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from attrlint.errors import AttrlintError, AttrlintWarning, ConfigError, RuleError, did_you_mean
from attrlint.finding import APPLICABILITIES, Fix, Severity, selector_matches
from attrlint.kinds import KINDS, Hit, Kind
from attrlint.kinds.base import Option, check_entries, compile_regex, validate_options
from attrlint.language import expanded
from attrlint.packindex import builtin_packs_dir, index_key, read_index
from attrlint.trust import distrust
from attrlint.yamlfile import Where, load_yaml

COMMON_KEYS = ("code", "name", "kind", "level", "enabled", "fix", "message", "description", "why", "examples")
FIX_CHOICES = (*APPLICABILITIES, "none")  # a rule's `fix:` key: how its kind's fix applies, or not at all
PACK_KEYS = ("name", "prefix", "description", "lexicons")
LEVELS = ("error", "warning", "info")
_CODE = re.compile(r"[A-Z]{3}\d{3}")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Rule:
    """A loaded YAML rule: its documentation, its level and the kind instance that runs it."""

    code: str
    name: str
    kind: str
    level: Severity
    message: str
    description: str
    why: str
    examples: dict[str, list[str]]
    options: dict[str, object]
    pack: str
    where: Where = field(compare=False)
    check: Kind = field(compare=False, repr=False)
    enabled: bool = True  # False: runs only when selected by its exact code or name
    fix: str | None = None  # safe, unsafe or none: overrides the applicability of the kind's fixes

    def render(self, hit: Hit, matched: str) -> str:
        """The message for a hit, on one line: text quoted from the draft may span paragraphs, and a
        finding is one line in every format that prints findings a line each."""
        return " ".join(self.message.format_map(_Values({"match": matched, **hit.values})).split())

    def fix_of(self, hit: Hit) -> Fix | None:
        """The hit's fix as this rule offers it: with the rule's applicability, or none."""
        if hit.fix is None or self.fix is None:
            return hit.fix
        return None if self.fix == "none" else hit.fix._replace(applicability=self.fix)

    def configured(self, overrides: dict[str, object], where: Where, at: tuple) -> Rule:
        """This rule with a config's `level` and kind options applied over its own."""
        overrides = dict(overrides)
        level = self.level
        if "level" in overrides:
            level = _parse_level(overrides.pop("level"), where, *at, "level")
        enabled = _parse_enabled(overrides.pop("enabled", self.enabled), where, *at, "enabled")
        fix = _parse_fix(overrides.pop("fix", self.fix), self.kind, where, *at, "fix")
        if not overrides:
            return replace(self, level=level, enabled=enabled, fix=fix)
        schema = KINDS[self.kind].options
        for key, value in overrides.items():
            _check_regexes(schema, key, value, where, *at)
            check_entries(schema, key, value, where, *at)
        options = {
            **self.options,
            **{
                key: [*self.options.get(key, []), *value] if key in schema and schema[key].extends else value
                for key, value in overrides.items()
            },
        }
        check = build_check(self.kind, options, where, at)
        return replace(self, level=level, enabled=enabled, fix=fix, options=options, check=check)


class _Values(dict):
    """Message values; a placeholder this finding has no value for renders as '?'."""

    def __missing__(self, key: str) -> str:
        return "?"


def _check_regexes(schema: Mapping[str, Option], key: str, value: object, where: Where, *at: object) -> None:
    """Compile each regex of a list option where it is written, so an error names its own line
    (the kind compiles the list again once it is merged with the rule's own)."""
    if key in schema and schema[key].regexes and isinstance(value, list):
        for i, pattern in enumerate(value):
            if isinstance(pattern, str):
                compile_regex(pattern, where, *at, key, i)


def _parse_enabled(value: object, where: Where, *at: object) -> bool:
    if not isinstance(value, bool):
        raise where.error(RuleError, f"'enabled' must be true or false, not {value!r}", *at)
    return value


def _parse_fix(value: object, kind: str, where: Where, *at: object) -> str | None:
    if value is None:
        return None
    if value not in FIX_CHOICES:
        raise where.error(RuleError, f"'fix' must be one of {', '.join(FIX_CHOICES)}, not {value!r}", *at)
    if value != "none" and not KINDS[kind].fixes:
        raise where.error(RuleError, f"kind '{kind}' offers no fix; 'fix' can only be none", *at)
    return str(value)


def _parse_level(value: object, where: Where, *at: object) -> Severity:
    if value is None:
        raise where.error(RuleError, f"'level' is required: one of {', '.join(LEVELS)}", *at)
    if value not in LEVELS:
        raise where.error(RuleError, f"level must be one of {', '.join(LEVELS)}, not {value!r}", *at)
    return Severity.parse(str(value))


def build_check(kind: str, options: dict[str, object], where: Where, at: tuple = ()) -> Kind:
    """The kind instance for a rule's options, validated against the kind's schema."""
    cls = KINDS[kind]
    return cls(validate_options(cls.options, options, where, at), where, at)


def _require_str(data: dict, key: str, where: Where) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise where.error(RuleError, f"'{key}' must be a non-empty string", key)
    return value.strip()


def _check_examples(data: dict, where: Where) -> dict[str, list[str]]:
    examples = data.get("examples")
    if not isinstance(examples, dict) or set(examples) - {"bad", "good"}:
        raise where.error(RuleError, "'examples' must be a mapping with 'bad' and 'good' lists", "examples")
    for key in ("bad", "good"):
        items = examples.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(x, str) for x in items):
            raise where.error(RuleError, f"'examples.{key}' must be a non-empty list of strings", "examples", key)
    return {"bad": examples["bad"], "good": examples["good"]}


def _check_identity(data: dict, path: Path, prefix: str, where: Where) -> tuple[str, str, str]:
    code, name, kind = (_require_str(data, key, where) for key in ("code", "name", "kind"))
    if not _CODE.fullmatch(code) or not code.startswith(prefix):
        raise where.error(RuleError, f"code '{code}' must be '{prefix}' and three digits", "code")
    if not _NAME.fullmatch(name) or name != path.stem:
        raise where.error(RuleError, f"name '{name}' must be kebab-case and equal the file stem '{path.stem}'", "name")
    if kind not in KINDS:
        raise where.error(RuleError, f"unknown kind '{kind}'; valid kinds: {', '.join(sorted(KINDS))}", "kind")
    return code, name, kind


def _check_message(message: str, kind: str, where: Where) -> None:
    """Only bare placeholders the kind fills: a format (`{match:>999999999}`) could print a gigabyte."""
    allowed = {"match"} | KINDS[kind].placeholders
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(message)]
    except ValueError as err:
        problem = f"message is not a valid template ({err}); write {{{{ for a literal brace"
        raise where.error(RuleError, problem, "message") from None
    known = ", ".join("{" + name + "}" for name in sorted(allowed))
    for name, spec, conversion in fields:
        if name is not None and name not in allowed:
            raise where.error(RuleError, f"message placeholder '{{{name}}}' unknown; use {known}", "message")
        if name is not None and (spec or conversion):
            written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            problem = (
                f"message placeholder '{written}' has a format; only bare placeholders such as {{match}} are allowed"
            )
            raise where.error(RuleError, problem, "message")


def load_rule(
    path: Path,
    pack: str,
    prefix: str,
    lexicons: dict[str, list[str]] | None = None,
    index: Mapping[str, dict] | None = None,
    builtin: bool = False,
) -> Rule:
    """One rule file, fully validated; any problem raises RuleError with the file and line.

    `index` holds files parsed already (see `read_index`). A `builtin` rule, one of attrlint's
    own, compiles its regexes when first used: the test suite compiles them all.
    """
    data, where = load_yaml(path, RuleError, (index or {}).get(index_key(path)))
    where = replace(where, builtin=builtin)
    if not isinstance(data, dict):
        raise where.error(RuleError, "a rule file must be a YAML mapping")
    code, name, kind = _check_identity(data, path, prefix, where)
    options = {key: value for key, value in data.items() if key not in COMMON_KEYS}
    for key, words in (lexicons or {}).items():
        if key in KINDS[kind].options and key not in options:
            options[key] = words
    for key in options:
        if key not in KINDS[kind].options:
            hint = did_you_mean(str(key), list(COMMON_KEYS) + list(KINDS[kind].options))
            raise where.error(RuleError, f"unknown key '{key}' for kind '{kind}'{hint}", key)
    message = _require_str(data, "message", where)
    _check_message(message, kind, where)
    return Rule(
        code=code,
        name=name,
        kind=kind,
        level=_parse_level(data.get("level"), where, "level"),
        message=message,
        description=_require_str(data, "description", where),
        why=_require_str(data, "why", where),
        examples=_check_examples(data, where),
        options=options,
        pack=pack,
        where=where,
        check=build_check(kind, options, where),
        enabled=_parse_enabled(data.get("enabled", True), where, "enabled"),
        fix=_parse_fix(data.get("fix"), kind, where, "fix"),
    )


def _pack_meta(
    folder: Path, index: Mapping[str, dict] | None, builtin: bool = False
) -> tuple[str, str, dict[str, list[str]]]:
    """The name, code prefix and lexicons a pack's `pack.yaml` declares.

    Lexicons are word lists the pack's rules share (attribution cues, vague sources): a rule
    whose kind has an option of the same name gets the list unless it gives its own. An entry
    `"@name"` stands for the language list of that name (`attrlint.language`), in place. A list
    of regexes (`vague`) is checked here, so an error names its line in pack.yaml.
    """
    meta_path = folder / "pack.yaml"
    meta, where = load_yaml(meta_path, RuleError, (index or {}).get(index_key(meta_path)))
    where = replace(where, builtin=builtin)
    if not isinstance(meta, dict):
        raise where.error(RuleError, "pack.yaml must be a YAML mapping")
    for key in meta:
        if key not in PACK_KEYS:
            raise where.error(RuleError, f"unknown key '{key}'{did_you_mean(str(key), list(PACK_KEYS))}", key)
    name, prefix = _require_str(meta, "name", where), _require_str(meta, "prefix", where)
    if not re.fullmatch(r"[A-Z]{3}", prefix):
        raise where.error(RuleError, "prefix must be three capital letters", "prefix")
    lexicons = meta.get("lexicons") or {}
    if not isinstance(lexicons, dict) or not all(
        isinstance(words, list) and all(isinstance(w, str) for w in words) for words in lexicons.values()
    ):
        raise where.error(RuleError, "'lexicons' must map names to lists of strings", "lexicons")
    lexicons = {key: expanded(words, where, key) for key, words in lexicons.items()}
    regex_lists = {key: option for kind in KINDS.values() for key, option in kind.options.items() if option.regexes}
    shaped = {key: option for kind in KINDS.values() for key, option in kind.options.items() if option.entry}
    for key, words in lexicons.items():
        _check_regexes(regex_lists, key, words, where, "lexicons")
        check_entries(shaped, key, words, where, "lexicons")
    return name, prefix, lexicons


def load_pack(
    folder: Path,
    index: Mapping[str, dict] | None = None,
    builtin: bool = False,
    shared: Mapping[str, list[str]] | None = None,
) -> tuple[list[Rule], list[AttrlintError]]:
    """The valid rules of a pack folder, sorted by code, and an error for each broken one.

    `shared` holds the lexicons every loaded pack declares; the pack's own come first. A rule
    file of a newsroom's pack owned by another user is left out with a warning.
    """
    try:
        name, prefix, own = _pack_meta(folder, index, builtin)
    except RuleError as err:
        return [], [err]
    lexicons = {**(shared or {}), **own}
    rules, errors = [], []
    for path in sorted(folder.glob("*.y*ml")):
        if path.stem == "pack":
            continue
        doubt = None if builtin else distrust(path)
        if doubt is not None:
            errors.append(doubt)
            continue
        try:
            rules.append(load_rule(path, name, prefix, lexicons, index, builtin))
        except RuleError as err:
            errors.append(err)
    return sorted(rules, key=lambda rule: rule.code), errors


def pack_folders(root: Path) -> list[Path]:
    """A single pack folder, or each pack folder inside a folder of packs.

    A pack.yaml that is not a regular file still makes a pack, whose loading reports it.
    """
    if (root / "pack.yaml").exists():
        return [root]
    return sorted(p for p in root.iterdir() if (p / "pack.yaml").exists())


def load_rules(extra: list[Path] = ()) -> tuple[list[Rule], list[AttrlintError]]:
    """The built-in packs and any extra pack folders; broken rules are left out and reported.

    An extra pack owned by another user is left out with a warning (see `attrlint.trust`).
    """
    rules: list[Rule] = []
    errors: list[AttrlintError] = []
    builtin = builtin_packs_dir()
    index = read_index(builtin)
    folders = [(folder, True) for folder in _pack_folders_of(builtin)]
    for root in extra:
        trusted, doubts = _trusted_pack_folders(root)
        folders += [(folder, False) for folder in trusted]
        errors += doubts
    shared = _shared_lexicons(folders, index)
    for folder, is_builtin in folders:
        found, broken = load_pack(folder, index if is_builtin else None, is_builtin, shared)
        rules.extend(found)
        errors.extend(broken)
    unique, duplicated = _split_duplicates(rules)
    return unique, errors + duplicated


def _pack_folders_of(root: Path) -> list[Path]:
    if not root.is_dir():
        raise ConfigError("rule pack folder not found", str(root))
    folders = pack_folders(root)
    if not folders:
        raise ConfigError("no rule pack here (a pack is a folder with a pack.yaml)", str(root))
    return folders


def _trusted_pack_folders(root: Path) -> tuple[list[Path], list[AttrlintWarning]]:
    """The pack folders under a newsroom's root that attrlint may obey, and a warning for each
    folder or pack.yaml owned by another user (the whole root, when it is)."""
    doubt = distrust(root)
    if doubt is not None:
        return [], [doubt]
    folders, doubts = [], []
    for folder in _pack_folders_of(root):
        doubt = (distrust(folder) if folder != root else None) or distrust(folder / "pack.yaml")
        if doubt is None:
            folders.append(folder)
        else:
            doubts.append(doubt)
    return folders, doubts


def _shared_lexicons(folders: list[tuple[Path, bool]], index: Mapping[str, dict]) -> dict[str, list[str]]:
    """Every lexicon the packs declare, by name, the first pack to declare one winning: so a
    newsroom's rule of a built-in kind reads the built-in word lists. A broken pack.yaml is
    reported when its pack is loaded."""
    shared: dict[str, list[str]] = {}
    for folder, is_builtin in folders:
        try:
            _, _, lexicons = _pack_meta(folder, index if is_builtin else None, is_builtin)
        except RuleError:
            continue
        for key, words in lexicons.items():
            shared.setdefault(key, words)
    return shared


def _split_duplicates(rules: list[Rule]) -> tuple[list[Rule], list[RuleError]]:
    """Rules whose code and name are new, and an error for each later rule reusing one."""
    seen: dict[str, Rule] = {}
    unique, errors = [], []
    for rule in rules:
        clash = next((key for key in (rule.code, rule.name) if key in seen), None)
        if clash:
            message = f"'{clash}' is already defined in {seen[clash].where.path}"
            errors.append(rule.where.error(RuleError, message, "code" if clash == rule.code else "name"))
            continue
        seen.update({rule.code: rule, rule.name: rule})
        unique.append(rule)
    return unique, errors


def matches(selector: str, rule: Rule) -> bool:
    return selector_matches(selector, rule.code, rule.name)


def _chooses(selector: str, rule: Rule) -> bool:
    """A selector picks an enabled rule it matches; a rule off by default only by its code or name,
    or by ALL, which means every rule."""
    return matches(selector, rule) if rule.enabled else selector in ("ALL", rule.code, rule.name)


def unknown_selector(selector: str, rules: list[Rule]) -> str | None:
    """Why a selector picks nothing, with a did-you-mean; None when it matches a rule."""
    if any(matches(selector, rule) for rule in rules):
        return None
    return f"no rule matches '{selector}'{did_you_mean(selector, [r.name for r in rules] + [r.code for r in rules])}"


def select(rules: list[Rule], chosen: list[str] | None, ignored: list[str], extended: Iterable[str] = ()) -> list[Rule]:
    """The rules a run uses: all (or those chosen), and those `extended` adds, less those ignored; an
    unknown selector raises."""
    adding = list(extended)
    for selector in [*(chosen or []), *adding, *ignored]:
        why = unknown_selector(selector, rules)
        if why:
            raise ConfigError(why)
    wanted = [*(chosen or ()), *adding]
    picked = [r for r in rules if (chosen is None and r.enabled) or any(_chooses(s, r) for s in wanted)]
    return [r for r in picked if not any(matches(s, r) for s in ignored)]
