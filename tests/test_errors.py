"""attrlint.errors: where an error is, and the hint at the end of a message about a misspelling."""

from __future__ import annotations

from attrlint.errors import AttrlintError, did_you_mean


def test_an_error_says_its_file_and_line() -> None:
    assert str(AttrlintError("unknown key 'selekt'", "desk/.attrlint.yaml", 3)) == (
        "desk/.attrlint.yaml:3: unknown key 'selekt'"
    )


def test_did_you_mean_names_the_closest_known_word() -> None:
    assert did_you_mean("selekt", ["select", "ignore", "exclude"]) == " (did you mean 'select'?)"


def test_did_you_mean_says_nothing_when_no_known_word_is_close() -> None:
    assert did_you_mean("harbour", ["select", "ignore", "exclude"]) == ""
