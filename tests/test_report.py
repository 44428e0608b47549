"""A run's `Report`: one draft's report merged into the run's, each error kept once."""

from __future__ import annotations

from attrlint.errors import ConfigError
from attrlint.report import Report


def test_an_error_two_drafts_meet_is_kept_and_returned_once() -> None:
    broken = ConfigError("unknown rule 'XYZ001'", path=".attrlint.yaml", line=3)
    run = Report()
    assert run.merge(Report(errors=[broken], files=1)) == [broken]
    again = ConfigError("unknown rule 'XYZ001'", path=".attrlint.yaml", line=3)
    other = ConfigError("unknown rule 'XYZ002'", path=".attrlint.yaml", line=4)
    assert run.merge(Report(errors=[again, other], files=1)) == [other]
    assert run.errors == [broken, other] and run.files == 2
