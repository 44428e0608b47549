"""Inline suppression directives silence findings on the lines they name, and only there."""

from __future__ import annotations

from attrlint.linter import lint_text


def codes_by_line(text: str) -> list[tuple[int, str]]:
    return [(finding.line, finding.code) for finding in lint_text(text)]


def test_disable_line_silences_only_that_line() -> None:
    text = "Advertisement <!-- attrlint: disable-line BOI003 -->\n\nAdvertisement\n"
    assert codes_by_line(text) == [(3, "BOI003")]


def test_disable_line_for_another_rule_keeps_the_finding() -> None:
    text = "Advertisement <!-- attrlint: disable-line BOI001 -->\n"
    assert codes_by_line(text) == [(1, "BOI003")]


def test_disable_next_line_by_rule_name() -> None:
    text = "<!-- attrlint: disable-next-line advertisement -->\nSponsored content\n\nSponsored content\n"
    assert codes_by_line(text) == [(4, "BOI003")]


def test_disable_enable_region_by_prefix() -> None:
    text = (
        "<!-- attrlint: disable BOI -->\nSign up for our newsletter\n\nAdvertisement\n"
        "<!-- attrlint: enable BOI -->\nAdvertisement\n"
    )
    assert codes_by_line(text) == [(6, "BOI003")]


def test_disable_without_enable_runs_to_the_end() -> None:
    text = "Advertisement\n<!-- attrlint: disable -->\nAdvertisement\n\nSign up for our newsletter\n"
    assert codes_by_line(text) == [(1, "BOI003")]


def test_disable_file() -> None:
    text = "Advertisement\n\nSign up for our newsletter\n<!-- attrlint: disable-file -->\n"
    assert codes_by_line(text) == []


def test_malformed_directive_is_a_finding_and_suppresses_nothing() -> None:
    text = "Advertisement <!-- attrlint: disabel-line -->\n\n<!-- attrlint disable-next-line -->\nAdvertisement\n"
    assert sorted(codes_by_line(text)) == [(1, "ALN001"), (1, "BOI003"), (3, "ALN001"), (4, "BOI003")]
