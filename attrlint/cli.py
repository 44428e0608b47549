"""The command line: `attrlint check`, `rules`, `explain`, `names`, `sources`, `lsp`. Only the command line
prints: this module, and `cli_check` (with its helpers) for `check` (the language server speaks its
protocol on standard output, through pygls)."""

from __future__ import annotations

import codecs
import math
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import click

from attrlint import __version__
from attrlint import run as runs
from attrlint.analyses import Analyses
from attrlint.cli_check import EXIT_CLEAN, EXIT_ERROR
from attrlint.cli_check import report_errors as _report_errors
from attrlint.document import Document
from attrlint.errors import AttrlintError, InternalError, failures
from attrlint.output import FORMATTERS
from attrlint.output.shown import shown
from attrlint.packs import LEVELS
from attrlint.regex_store import save_compiled
from attrlint.ruleset import RuleSet


def _max_bytes(megabytes: float) -> int | None:
    """`--max-size` as a byte count; 0 means no limit."""
    if math.isnan(megabytes):
        raise click.BadParameter("must be a number of megabytes")
    return None if megabytes == 0 else max(1, round(megabytes * 1e6))


def _codec(name: str | None) -> str | None:
    """A codec name click was given, checked now: a misspelt one is a usage error, not one per draft."""
    if name is None:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise click.BadParameter(f"unknown encoding '{shown(name)}' (for example cp1252, latin-1, mac-roman)") from None


def run() -> None:
    """The console script: the command line, then a quick way out.

    Python's shutdown frees every module and compiled pattern one by one, a tenth of a short
    run, and nothing needs it: fixed files are renamed into place before this point, and the
    output is flushed here. So the process ends with os._exit.
    """
    try:
        main()
        code = EXIT_CLEAN
    except SystemExit as stop:  # click ends every command this way, with an int
        code = stop.code if isinstance(stop.code, int) else EXIT_CLEAN
    except Exception as err:  # noqa: BLE001 - a bug: an error (2), never "findings" (1), which a crash would be
        code = _internal_error(err)
    save_compiled()  # the regexes this run compiled, for the next run to read rather than compile
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: nothing more can be said
    os._exit(code)


DEBUG = "ATTRLINT_DEBUG"  # set (non-empty) in the environment: a bug's traceback as well as its one line


def _internal_error(err: Exception) -> int:
    """Say, on one line, that attrlint met a bug (and in which draft, when it met it checking one)."""
    if os.environ.get(DEBUG):
        traceback.print_exception(err)
    said = str(err) if isinstance(err, InternalError) else f"{type(err).__name__}: {err}"
    hint = "" if os.environ.get(DEBUG) else f"; {DEBUG}=1 shows the traceback"
    click.echo(f"attrlint: internal error: {shown(said)}{hint}", err=True)
    return EXIT_ERROR


_config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this config file instead of the nearest .attrlint.yaml.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="attrlint")
def main() -> None:
    """attrlint: a source-attribution linter for news copy."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(sorted(FORMATTERS)), default="text", show_default=True, help="Output format."
)
@click.option("--select", multiple=True, help="Only these rules (code, prefix, name or ALL; comma-separated).")
@click.option("--extend-select", multiple=True, help="These rules as well as those selected (comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rules (code, prefix or name; comma-separated).")
@click.option("--exclude", multiple=True, help="Skip drafts matching these glob patterns (comma-separated).")
@click.option("--force-exclude", is_flag=True, help="Apply exclusions to files named on the command line too.")
@click.option("--respect-gitignore/--no-respect-gitignore", default=True, help="Skip drafts git ignores (default: on).")
@_config_option
@click.option(
    "--fail-on",
    type=click.Choice(LEVELS),
    default="info",
    show_default=True,
    help="The lowest level of finding that makes the run fail (exit 1).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (2 still means an error).")
@click.option("--statistics", is_flag=True, help="Print counts by rule and by file instead of the findings.")
@click.option("--stdin-filename", help="The file name standard input stands for, in messages and config lookup.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no summary, nothing when all is clear.")
@click.option("--color/--no-color", default=None, help="Colour the text format (default: only on a terminal).")
@click.option(
    "--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the findings to this file."
)
@click.option("--diff-base", metavar="REF", help="Report only findings on lines changed since this git ref.")
@click.option(
    "--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Report only findings not in this baseline."
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in this file (for --baseline) instead of printing them.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Check drafts in this many processes (default: CPUs).",
)
@click.option(
    "--encoding",
    callback=lambda _ctx, _param, value: _codec(value),
    help="The encoding of drafts that are not UTF-8 or UTF-16 (Windows-1252 is detected without it).",
)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0, max=1e6),
    default=runs.MAX_BYTES / 1e6,
    show_default=True,
    metavar="MB",
    callback=lambda _ctx, _param, value: _max_bytes(value),
    help="Skip, with an error, any file larger than this (0: no limit).",
)
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Check on a Dask cluster: a scheduler's address, or 'local' for one on this machine (the dask extra).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    envvar="ATTRLINT_NO_CACHE",
    help="Check every draft afresh instead of reading unchanged drafts' findings from the cache.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="ATTRLINT_CACHE_DIR",
    help="Where the result cache lives (default: .attrlint_cache in the current folder).",
)
@click.option(
    "--max-findings-per-rule",
    "max_findings",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Report at most N findings of one rule in one draft, and a warning for the rest "
    "(default: the config's max_findings_per_rule, else 10000; 0: all).",
)
@click.option("--fix", is_flag=True, help="Apply the fixes that cannot change meaning, writing the drafts.")
@click.option("--diff", "show_diff", is_flag=True, help="Print those fixes as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="Also offer fixes that may change meaning (name spellings).")
@click.option("--show-fixes", is_flag=True, help="With --fix, list each fix made.")
@click.option("--show-settings", is_flag=True, help="Print the settings that apply to each draft named, and exit.")
def check(paths: tuple[str, ...], **flags: object) -> None:
    """Check drafts (files, folders of .md/.markdown/.txt, or - for standard input)."""
    from attrlint import cli_check

    want = cli_check.CheckFlags(**flags)
    try:
        if want.show_settings:
            from attrlint.cli_settings import show_settings  # only this option needs it

            sys.exit(show_settings(cli_check.run_options(want, paths), paths))
        if "-" in paths and (want.fix or want.show_diff):
            from attrlint.cli_stdin import fix_stdin  # only an editor's `--fix -` needs it

            sys.exit(fix_stdin(cli_check.run_options(want, paths), paths, want))
        cli_check.check(paths, want)
    except KeyboardInterrupt:  # before any draft was checked
        sys.exit(cli_check.EXIT_INTERRUPTED)


def _rule_set_here(config_file: Path | None) -> RuleSet:
    """The rule set the current folder's config (or --config) loads; broken rules are reported."""
    current = runs.Run(runs.Options(config_file))
    rule_set = current.rule_set_here()
    _report_errors(current.take_errors())
    if rule_set is None:
        sys.exit(EXIT_ERROR)
    return rule_set


@main.command("rules")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="A plain table, or the Markdown table the README carries.",
)
@click.option(
    "--check-examples",
    metavar="PACK",
    help="Run the bad and good examples of a pack (a folder, or a built-in pack's name) instead.",
)
@_config_option
def list_rules(fmt: str, check_examples: str | None, config_file: Path | None) -> None:
    """List every rule the config loads: code, name, level and what it finds."""
    from attrlint.ruledocs import markdown_table, rules_table

    if check_examples is not None:
        sys.exit(_check_examples(check_examples))

    rules = list(_rule_set_here(config_file).known.values())
    click.echo(markdown_table(rules) if fmt == "markdown" else rules_table(rules))


def _check_examples(pack: str) -> int:
    """Print each example that failed and a summary; 1 if any failed, 2 if the pack could not be loaded."""
    from attrlint.example_check import check_examples, pack_rules

    try:
        chosen, loaded, errors = pack_rules(pack)
    except AttrlintError as err:
        _report_errors([err])
        return EXIT_ERROR
    _report_errors(errors)
    results = check_examples(chosen, loaded)
    for result in results:
        if not result.passed:
            what = "misses its bad" if result.which == "bad" else f"flags ({result.found}x) its good"
            example = shown(" ".join(result.text.split()))
            click.echo(f"FAIL {result.rule.code} ({result.rule.name}) {what} example {result.index + 1}: {example}")
    failed = sum(1 for result in results if not result.passed)
    click.echo(f"{len(results) - failed} of {len(results)} examples of {len(chosen)} rule(s) pass.")
    return EXIT_ERROR if failures(errors) else 1 if failed else EXIT_CLEAN


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_config_option
def names(paths: tuple[str, ...], config_file: Path | None) -> None:
    """Print each draft's name sheet: every person, the form given in full, every spelling with its lines."""
    from attrlint import sheets
    from attrlint.output import name_sheet

    _print_sheets(paths, config_file, lambda doc, found: name_sheet.render(sheets.name_sheet(doc, found.names)))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    help="json: one object a draft, a line each.",
)
@_config_option
def sources(paths: tuple[str, ...], fmt: str, config_file: Path | None) -> None:
    """Print each draft's sourcing: every source and its class (person, role, organisation, document,
    vague, anonymous with or without a reason), what it carries and where."""
    from attrlint import sheets
    from attrlint.output import source_sheet

    render = source_sheet.render_json if fmt == "json" else source_sheet.render
    _print_sheets(
        paths, config_file, lambda doc, found: render(sheets.source_sheet(doc, found.attribution, found.names))
    )


def _print_sheets(paths: tuple[str, ...], config_file: Path | None, sheet: Callable[[Document, Analyses], str]) -> None:
    """A sheet for each draft, read with the rules of its own config; exit 2 if any draft could not be read."""
    failed = False
    for item in runs.Run(runs.Options(config_file)).analysed(paths):
        if isinstance(item, AttrlintError):
            _report_errors([item])
            failed = failed or not item.warning
            continue
        try:
            click.echo(sheet(*item))
        except TimeoutError:  # a newsroom's lexicon regex ran out of time on this draft
            _report_errors([AttrlintError("no sheet: a regex of the config ran too long on this file", item[0].path)])
            failed = True
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


@main.command()
@_config_option
def lsp(config_file: Path | None) -> None:
    """Run the language server on standard input and output, for an editor (needs the lsp extra)."""
    try:
        from attrlint.lsp import serve
    except ImportError as err:
        click.echo(f"attrlint: error: `attrlint lsp` needs pygls: pip install 'attrlint[lsp]' ({err})", err=True)
        sys.exit(EXIT_ERROR)
    serve(config_file)


@main.command()
@click.argument("rule")
@_config_option
def explain(rule: str, config_file: Path | None) -> None:
    """Explain a rule (by code or name): what it finds, why, and examples."""
    from attrlint.ruledocs import explain_text

    found = _rule_set_here(config_file).describe(rule)
    if found is None:
        click.echo(f"attrlint: error: no rule '{shown(rule)}'; `attrlint rules` lists them", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(explain_text(found))
