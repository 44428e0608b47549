"""What a run found: the `Report` each check hands to the formatters, the fixes and the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from attrlint.document import Document
from attrlint.errors import AttrlintError
from attrlint.finding import Finding

if TYPE_CHECKING:
    from attrlint.sheets import DraftSheets


@dataclass
class Report:
    """What a run found: findings, and errors that stopped a file or rule but not the run."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[AttrlintError] = field(default_factory=list)
    files: int = 0
    lines: dict[tuple[str, int], str] = field(default_factory=dict)  # (path, line) -> its text, for each finding
    documents: dict[str, Document] = field(default_factory=dict)  # drafts with findings, kept for a fix only
    drafts: dict[str, DraftSheets] = field(default_factory=dict)  # each draft's text and sheets, if asked

    def source_line(self, path: str, line: int) -> str:
        return self.lines[path, line]

    def add_error(self, err: AttrlintError) -> bool:
        """Record an error once, however many drafts meet it (a broken config, a broken rule); whether it
        was new."""
        if str(err) in {str(known) for known in self.errors}:
            return False
        self.errors.append(err)
        return True

    def merge(self, part: Report) -> list[AttrlintError]:
        """Add one draft's report to the run's; the errors not met before, which are the ones to print."""
        self.findings.extend(part.findings)
        self.files += part.files
        self.lines.update(part.lines)
        self.documents.update(part.documents)
        self.drafts.update(part.drafts)
        return [err for err in part.errors if self.add_error(err)]
