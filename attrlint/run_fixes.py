"""Fixing what a run found: each draft's fixes made round after round until it settles, checked in
memory under the draft's own rule set, then shown as a diff (`--diff`) or written (`--fix`).

The edits themselves are `fix.py`'s, which knows no rules; here each round is checked again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from attrlint.document import Document
from attrlint.errors import AttrlintError
from attrlint.finding import Finding
from attrlint.report import Report
from attrlint.run import Options, Run

if TYPE_CHECKING:
    from attrlint.fix import Draft
    from attrlint.ruleset import RuleSet
    from attrlint.sheets import DraftSheets

MAX_FIX_ROUNDS = 10  # ruff stops at 100; a news draft settles in two or three


def diffs(options: Options, report: Report, unsafe: bool) -> list[str]:
    """What `fix` would write, as a unified diff for each draft it changes; a draft that cannot be
    fixed is an error in the report."""
    from attrlint.fix import unified_diff  # imported here: start-up should not pay for what most runs skip

    fixed = fixed_drafts(options, report, unsafe)
    return [unified_diff(one.path, one.before.raw, one.after.raw) for one in fixed]


def fix_and_tell(
    options: Options, report: Report, unsafe: bool, paths: Iterable[str]
) -> tuple[Report, dict[str, list[Finding]]]:
    """Write the fixes the report's findings carry, only to files under the paths checked; the report
    of what is left in the drafts written (as checked in memory after the last round of fixes), and
    the findings fixed in each draft written, for `--fix` to say what it did."""
    from attrlint.fix import CheckedTree, write_atomically  # imported here, as above

    tree = CheckedTree.of(paths)
    applied: dict[str, list[Finding]] = {}
    sheets_run = Run(options)
    written: set[str] = set()
    left: list[Finding] = []
    lines: dict[tuple[str, int], str] = {}
    errors: list[AttrlintError] = []
    for fixed in fixed_drafts(options, report, unsafe):
        try:
            write_atomically(Path(fixed.path), fixed.draft, fixed.data, tree)
        except AttrlintError as err:
            report.errors.append(err)
            continue
        written.add(fixed.path)
        applied[fixed.path] = fixed.applied
        if fixed.path in report.drafts:  # the report shows the text as written
            report.drafts[fixed.path] = _sheets_of(fixed.after, sheets_run.rule_set_for(fixed.path))
        left.extend(fixed.findings)
        lines.update({(fixed.path, finding.line): fixed.after.line_text(finding.line) for finding in fixed.findings})
        errors.extend(fixed.errors)
    report.findings = [finding for finding in report.findings if finding.path not in written] + left
    report.lines = {key: text for key, text in report.lines.items() if key[0] not in written} | lines
    for err in errors:
        report.add_error(err)
    return report, applied


def _sheets_of(doc: Document, rule_set: RuleSet | None) -> DraftSheets:
    from attrlint.sheets import DraftSheets, draft_sheets

    return draft_sheets(doc, rule_set.analyses(doc)) if rule_set else DraftSheets(doc.path, doc.raw, None, None)


class Fixed(NamedTuple):
    """A draft with its fixes made, round after round, and what is left to find in it."""

    before: Document  # as read
    data: bytes  # the bytes read, which the file must still hold when the fix is written
    draft: Draft  # the fixed text, as it will be saved
    after: Document  # the fixed text, as the rules read it
    findings: list[Finding]
    errors: list[AttrlintError]
    applied: list[Finding]  # the findings whose fixes were made, each round's in its own text

    @property
    def path(self) -> str:
        return self.before.path


def fixed_drafts(options: Options, report: Report, unsafe: bool) -> Iterator[Fixed]:
    """Each draft of the report that its fixes change, fixed; a draft that cannot be is an error in
    the report. A draft read from standard input is fixed too; the caller writes it to standard output."""
    run = Run(options)
    by_path: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    for path, doc in report.documents.items():
        try:
            fixed = fix_rounds(doc, by_path.get(path, []), run.rule_set_for(path), unsafe)
        except AttrlintError as err:
            report.errors.append(err)
            continue
        run.take_errors()  # met and reported when the draft was checked
        if fixed is not None:
            yield fixed


def fix_rounds(doc: Document, findings: list[Finding], rule_set: RuleSet | None, unsafe: bool) -> Fixed | None:
    """Make the fixes, check the result in memory, and go on until nothing more changes (at most
    MAX_FIX_ROUNDS); None if nothing changes.

    A fix can make way for another: a turned mark makes a paragraph equal to the one before, a
    deleted advertisement leaves two copies of a paragraph side by side. Going on until the
    draft settles makes fixing twice the same as fixing once.
    """
    from attrlint.fix import Draft, chosen_fixes

    edits, made = chosen_fixes(doc, findings, unsafe)
    if not edits or doc.data is None or rule_set is None:
        return None
    draft = original = Draft.read(doc.data, doc.path)
    after, errors, applied = doc, [], []
    for _ in range(MAX_FIX_ROUNDS):
        new = draft.edited(edits)
        if new.text == draft.text:
            break
        draft, after = new, Document(doc.path, new.normalised)
        applied.extend(made)
        findings, errors = rule_set.lint(after)
        edits, made = chosen_fixes(after, findings, unsafe)
    return None if draft is original else Fixed(doc, doc.data, draft, after, findings, errors, applied)
