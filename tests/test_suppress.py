"""Inline suppression directives silence findings on the lines they name, and only there."""

from __future__ import annotations

from builtin_rules import lint_text
from hypothesis import given, settings
from hypothesis import strategies as st

from attrlint.finding import Finding
from attrlint.suppress import Suppressions, _applies, _Rule

RULES = [("BOI003", "advertisement"), ("BOI001", "newsletter-prompt"), ("ATT001", "unattributed-quote")]
CHOICES = [("ALL",), ("BOI003",), ("BOI",), ("advertisement",), ("ATT001", "BOI001"), ("NAM",)]


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


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 9), st.integers(0, 3), st.sampled_from(CHOICES)), max_size=12),
    st.lists(st.tuples(st.integers(1, 12), st.sampled_from(RULES)), max_size=20),
)
def test_silenced_findings_and_used_directives_as_read_one_pair_at_a_time(directives_, findings_) -> None:
    """The batch lookup marks the same directives and silences the same findings as reading each
    directive for each finding would."""
    rules = [_Rule(first, first + span, chosen, (k, k + 1)) for k, (first, span, chosen) in enumerate(directives_)]
    findings = [Finding("d.md", line, 1, line, 2, code, name, "warning", "m") for line, (code, name) in findings_]
    expected_used, expected = set(), []
    for finding in findings:
        applies = [
            r for r in rules if r.first <= finding.line <= r.last and _applies(r.chosen, finding.code, finding.name)
        ]
        expected_used |= {r.directive for r in applies}
        expected.append(bool(applies))
    assert Suppressions(rules).silenced(findings) == expected
    assert {rule.directive for rule in rules if rule.used} == expected_used
