"""The `junit` format: JUnit XML, which CI systems show as test results.

One `<testsuite name="attrlint">`; each finding is a `<testcase>` of its own (classname: the draft's
path; name: code, rule name and place) holding one `<failure>`, since several CI dashboards show
only a test case's first failure. `tests` counts the findings and the drafts checked without any,
`failures` the findings, `errors` the errors attrlint reported.
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
    clean = max(0, (context.checked or 0) - len({finding.path for finding in findings}))
    suite = ET.Element(
        "testsuite",
        name="attrlint",
        tests=str(len(findings) + clean),
        failures=str(len(findings)),
        errors=str(context.errors),
        skipped="0",
    )
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="findings", value=str(len(findings)))
    for finding in findings:
        name = f"{finding.code} {finding.name} at {finding.line}:{finding.column}"
        case = ET.SubElement(suite, "testcase", classname=_xml_text(finding.path), name=_xml_text(name))
        failure = ET.SubElement(case, "failure", type=finding.code, message=_xml_text(finding.message))
        failure.text = _xml_text(headline(finding))
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
