"""Errors attrlint raises: each carries the file and, where known, the line."""

from __future__ import annotations


class AttrlintError(Exception):
    """A problem attrlint reports as `path:line: message` and carries on past.

    A `warning` is reported the same way but does not fail the run (exit 2).
    """

    warning = False

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class ConfigError(AttrlintError):
    """A broken `.attrlint.yaml` or command-line setting: exit code 2."""


class RuleError(AttrlintError):
    """A broken rule file: exit code 2."""


class InputError(AttrlintError):
    """A draft that cannot be read as text: reported, and the other files go on."""


class AttrlintWarning(AttrlintError):
    """Something passed over that the user should hear about (a config owned by another user): it
    travels with the errors, is printed as a warning, and does not fail the run."""

    warning = True


class InternalError(Exception):
    """A bug met while checking a draft: what the bug raised, with the draft's path, so that the command
    line can say which draft shows it. Not an AttrlintError: no caller carries on past it."""

    def __init__(self, path: str, error: str) -> None:
        super().__init__(path, error)  # both in args, so it crosses from a --jobs worker whole
        self.path = path
        self.error = error

    def __str__(self) -> str:
        return f"{self.error} (while checking {self.path})"


def failures(errors: list[AttrlintError]) -> list[AttrlintError]:
    """The errors that fail a run: all but the warnings."""
    return [err for err in errors if not err.warning]


def did_you_mean(word: str, known: list[str]) -> str:
    """The end of a message about an unknown key or selector: ` (did you mean 'select'?)`, or nothing
    when no known word is close."""
    import difflib  # only a message about a misspelling needs it

    close = difflib.get_close_matches(word, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
