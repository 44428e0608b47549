"""The `junit` format: JUnit XML, which CI systems show as test results.

One `<testsuite name="attrlint">`; each draft with findings is a `<testcase>` (classname and name:
its path) holding a `<failure>` per finding. `tests` counts the drafts checked, `failures` those
with findings, `errors` the errors attrlint reported.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from attrlint.finding import Finding
from attrlint.output import Context
from attrlint.output.concise import headline

# Characters XML 1.0 cannot hold at all, not even escaped (a vertical tab pasted from Word, say).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render(findings: list[Finding], context: Context) -> str:
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    tests = max(context.checked or 0, len(by_path))
    suite = ET.Element(
        "testsuite",
        name="attrlint",
        tests=str(tests),
        failures=str(len(by_path)),
        errors=str(context.errors),
        skipped="0",
    )
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="findings", value=str(len(findings)))
    for path, found in by_path.items():
        case = ET.SubElement(suite, "testcase", classname=_xml_text(path), name=_xml_text(path))
        for finding in found:
            failure = ET.SubElement(case, "failure", type=finding.code, message=_xml_text(finding.message))
            failure.text = _xml_text(headline(finding))
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
