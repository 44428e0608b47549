"""attrlint as a library, for newsroom tools (a CMS plug-in, a chat bot) that would rather not start a process.

Every call goes through a `Run` and the `RuleSet` of the config that applies, as the command line
does, so a text checked here gets the findings, fixes and sheets `attrlint check`, `--fix`,
`names` and `sources` give the same draft with the same config. Nothing here prints or writes a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from attrlint.document import Document, normalise_newlines
from attrlint.errors import AttrlintError, failures
from attrlint.finding import Finding
from attrlint.parallel import lint_in_parallel
from attrlint.ruleset import RuleSet
from attrlint.run import Options, Run
from attrlint.run_fixes import fix_rounds
from attrlint.sheets import DraftSheets, draft_sheets

__all__ = ["Result", "FixedText", "check_text", "check_paths", "fix_text"]


@dataclass
class Result:
    """What a check found: the findings (each with the `fix` it offers, if any), the errors met
    (unreadable drafts, broken configs or rules, and warnings), and each checked draft's text,
    name sheet and sourcing sheet by path."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[AttrlintError] = field(default_factory=list)
    drafts: dict[str, DraftSheets] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        """Whether an error (not a warning) kept a draft, a config or a rule from being checked."""
        return bool(failures(self.errors))

    def to_dict(self) -> dict[str, object]:
        """The result as JSON-ready data: findings as `--format json` has them, errors as text, sheets."""
        return {
            "findings": [finding.to_dict() for finding in self.findings],
            "errors": [str(err) for err in self.errors],
            "drafts": {
                path: {
                    "names": draft.names.to_dict() if draft.names else None,
                    "sources": draft.sources.to_dict() if draft.sources else None,
                }
                for path, draft in self.drafts.items()
            },
        }


class FixedText(NamedTuple):
    """A text with its fixes made (in memory), and the findings left in it."""

    text: str
    findings: list[Finding]


def _options(config: str | Path | None, select: Iterable[str] | None, ignore: Iterable[str], **more: object) -> Options:
    return Options(
        config_file=Path(config) if config is not None else None,
        chosen=list(select) if select is not None else None,
        ignored=tuple(ignore),
        sheets=True,
        **more,  # type: ignore[arg-type]
    )


def _rule_set_for_text(run: Run) -> tuple[RuleSet | None, list[AttrlintError]]:
    rule_set = run.rule_set_for("-")
    return rule_set, run.take_errors()


def check_text(
    text: str,
    path: str = "draft.txt",
    config: str | Path | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> Result:
    """Check one text as the draft at `path` (which need not exist): the config is `config`, a
    config file, or else the `.attrlint.yaml` nearest that path, as for `attrlint check -`.
    `select` and `ignore` take codes, prefixes or rule names, as `--select` and `--ignore` do."""
    run = Run(_options(config, select, ignore, stdin_filename=path))
    rule_set, errors = _rule_set_for_text(run)
    if rule_set is None:  # a broken config, or one that excludes the path
        return Result([], errors, {})
    doc = Document(path, normalise_newlines(text))
    analyses = rule_set.analyses(doc)
    findings, rule_errors = rule_set.lint(doc, analyses)
    return Result(findings, errors + rule_errors, {path: draft_sheets(doc, analyses)})


def check_paths(
    paths: Iterable[str | Path],
    config: str | Path | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    jobs: int = 1,
) -> Result:
    """Check files and folders (each .md, .markdown and .txt file under a folder) as `attrlint check`
    does, each draft with the config nearest it unless `config` names one; `jobs` processes."""
    names = [str(path) for path in paths]
    named = frozenset(str(Path(name)) for name in names if not Path(name).is_dir())  # no exclusion skips these
    report = lint_in_parallel(_options(config, select, ignore, named=named), names, jobs)
    return Result(sorted(report.findings), report.errors, report.drafts)


def fix_text(
    text: str,
    path: str = "draft.txt",
    config: str | Path | None = None,
    unsafe: bool = False,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> FixedText:
    """The text with the fixes its findings offer made, as `attrlint check --fix` would write it
    (safe fixes only unless `unsafe`), and the findings left; the text unchanged if nothing applies."""
    run = Run(_options(config, select, ignore, stdin_filename=path))
    rule_set, errors = _rule_set_for_text(run)
    if rule_set is None:
        raise errors[0] if errors else AttrlintError("the config excludes this path", path)
    doc = Document(path, normalise_newlines(text))
    doc.data = text.encode("utf-8")
    findings, _ = rule_set.lint(doc)
    fixed = fix_rounds(doc, findings, rule_set, unsafe)
    return FixedText(text, findings) if fixed is None else FixedText(fixed.draft.text, fixed.findings)
