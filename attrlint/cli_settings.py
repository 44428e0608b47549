"""`check --show-settings`: the settings that apply to each draft named, resolved as a run resolves them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import click

from attrlint import run as runs
from attrlint.cli_check import EXIT_CLEAN, EXIT_ERROR, report_errors
from attrlint.errors import AttrlintError, failures
from attrlint.inputs import find_drafts
from attrlint.output.shown import shown


def show_settings(options: runs.Options, paths: tuple[str, ...]) -> int:
    """Print each draft's config files, selection, exclusions and the rules that run; the exit code."""
    run = runs.Run(options)
    failed = False
    for path in find_drafts(paths):
        if isinstance(path, AttrlintError):
            report_errors([path])
            failed = True
            continue
        click.echo(settings_text(run, str(path)))
        errors = run.take_errors()
        report_errors(errors)
        failed = failed or bool(failures(errors))
    return EXIT_ERROR if failed else EXIT_CLEAN


def settings_text(run: runs.Run, path: str) -> str:
    config = run.config_for(path)
    if config is None:
        return f"{shown(path)}: its config is broken"
    rule_set = run.rule_set_for(path)
    where = run.options
    chosen = where.chosen if where.chosen is not None else config.select or ["(the rules on by default)"]
    lines = [
        f"{shown(path)}:",
        f"  config files (nearest first): {_listed(str(one.path) for one in config.files or (config,) if one.path)}",
        f"  select: {_listed(chosen)}",
        f"  extend-select: {_listed(where.extended)}",
        f"  ignore: {_listed([*config.ignore, *where.ignored])}",
        f"  per-file-ignores here: {_listed(config.ignored_for(Path(path)))}",
        f"  exclude: {_listed([*config.exclude, *where.excluded])}",
        f"  packs: {_listed(str(pack) for pack in config.packs)}",
    ]
    if rule_set is None:
        lines.append("  checked: no (excluded, ignored by git, or a broken rule selection)")
        return "\n".join(lines)
    lines.append(f"  rules that run ({len(rule_set.rules)}):")
    lines += [f"    {rule.code}  {rule.name:<28} {rule.level}" for rule in rule_set.rules]
    return "\n".join(lines)


def _listed(items: Iterable[object]) -> str:
    shown_items = [shown(str(item)) for item in items]
    return ", ".join(shown_items) if shown_items else "(none)"
