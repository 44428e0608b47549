"""The `html` format: one self-contained page for copy editors.

Each draft is shown as text with every finding highlighted in place; hovering or focusing a
highlight shows the message, the rule's explanation and the fix it offers. Beside the text are
the draft's name sheet and sourcing sheet, which the run hands over in `Context.drafts` (this
module only shows them). The page loads nothing: its CSS and script are inline, allowed by
their hashes in a Content-Security-Policy that forbids every other script, style and request,
so even a draft that got past the escaping could run nothing.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from html import escape
from importlib import resources

from attrlint.finding import SAFE, Edit, Finding
from attrlint.output import Context
from attrlint.output.html_marks import SYMBOLS, Marked, highlighted, line_starts, span_of
from attrlint.output.shown import shown
from attrlint.sheets import DraftSheets, NameSheet, SourceSheet

LEVELS = ("error", "warning", "info")  # worst first
_NO_DRAFT = DraftSheets("", "", None, None)


def _e(text: str) -> str:
    """Text from a draft, a rule or a file name, fit for HTML text or an attribute value."""
    return escape(shown(text), quote=True)


@cache
def _asset(name: str) -> str:
    return resources.files("attrlint.output").joinpath(name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _family(finding: Finding, context: Context) -> str:
    """The pack a finding's rule comes from (attribution, names, quotes, boilerplate, a newsroom's)."""
    rule = context.rules.get(finding.code)
    return rule.pack if rule is not None else finding.code.rstrip("0123456789").lower()


def _level_counts(findings: Iterable[Finding]) -> Counter[str]:
    return Counter(str(finding.severity) for finding in findings)


def _counts_text(counts: Counter[str]) -> str:
    plural = {"error": "errors", "warning": "warnings", "info": "info"}
    return ", ".join(
        f"{SYMBOLS[level]} {counts[level]} {level if counts[level] == 1 else plural[level]}" for level in LEVELS
    )


def _quoted(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return f"\u201c{text if len(text) <= limit else text[: limit - 1] + chr(0x2026)}\u201d"


def _edit_text(edit: Edit, text: str) -> str:
    before = text[edit.start : edit.end]
    if not edit.replacement:
        return f"delete {_quoted(before)}"
    if not before:
        return f"insert {_quoted(edit.replacement)}"
    return f"replace {_quoted(before)} with {_quoted(edit.replacement)}"


def _fix_text(finding: Finding, draft: DraftSheets) -> str:
    """The fix a finding offers, in words: what it changes, and whether --fix makes it."""
    if finding.fix is not None and finding.fix.edits and not draft.fixable:
        return "No fix: attrlint does not fix HTML or Word drafts."
    if finding.fix is not None and finding.fix.edits:
        how = "safe: --fix makes it" if finding.fix.applicability == SAFE else "unsafe: only with --unsafe-fixes"
        return f"Fix ({how}): " + "; ".join(_edit_text(edit, draft.text) for edit in finding.fix.edits) + "."
    if finding.suggestion:
        return f"Suggestion: {finding.suggestion}"
    return "No automatic fix."


def _tip(marked: Marked, draft: DraftSheets, context: Context) -> str:
    finding = marked.finding
    level = str(finding.severity)
    rule = context.rules.get(finding.code)
    why = (
        f'<p class="tip-why">{_e(" ".join(rule.description.split()))}</p>'
        f'<p class="tip-why">Why: {_e(" ".join(rule.why.split()))}</p>'
        if rule is not None
        else ""
    )
    return (
        f'<div class="tip" role="tooltip" id="tip-{marked.fid}">'
        f'<p class="tip-head">{SYMBOLS[level]} {level} \u00b7 <code>{_e(finding.code)}</code> {_e(finding.name)}'
        f" \u00b7 {_e(marked.family)}</p>"
        f'<p class="tip-msg">{_e(finding.message)}</p>'
        + why
        + f'<p class="tip-fix">{_e(_fix_text(finding, draft))}</p></div>'
    )


def _line_links(prefix: str, lines: Iterable[int]) -> str:
    return ", ".join(f'<a href="#{prefix}-L{line}">{line}</a>' for line in lines)


def _name_sheet(sheet: NameSheet, prefix: str) -> str:
    count = len(sheet.people)
    head = f'<h3 id="{prefix}-names">Names: {count} {"person" if count == 1 else "people"}</h3>'
    if not sheet.people:
        return f'<section class="sheet names" aria-labelledby="{prefix}-names">{head}<p>No one named.</p></section>'
    rows = []
    for person in sheet.people:
        given = f" (in full on line {person.given_in_full_on})" if person.given_in_full_on is not None else ""
        for index, spelling in enumerate(person.spellings):
            who = (
                f'<th scope="row" rowspan="{len(person.spellings)}">{_e(person.name)}{given}</th>' if not index else ""
            )
            flag = ' <strong class="variant">\u26a0 spelled another way</strong>' if spelling.variant else ""
            lines = _line_links(prefix, spelling.lines)
            rows.append(f"<tr>{who}<td>{_e(spelling.spelling)}{flag}</td><td>{lines}</td></tr>")
    columns = "".join(f'<th scope="col">{name}</th>' for name in ("Person", "Spelling", "Lines"))
    table = f"<table><thead><tr>{columns}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    return f'<section class="sheet names" aria-labelledby="{prefix}-names">{head}{table}</section>'


def _source_sheet(sheet: SourceSheet, prefix: str) -> str:
    count = len(sheet.sources)
    head = f'<h3 id="{prefix}-sources">Sources: {count}</h3>'
    rows = "".join(
        f'<tr><th scope="row">{_e(source.label)}</th><td>{_e(source.kind)}</td><td>{source.quotations}</td>'
        f"<td>{source.paraphrases}</td><td>{_line_links(prefix, source.lines)}</td></tr>"
        for source in sheet.sources
    )
    table = (
        '<table><thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col">Quotations</th>'
        f'<th scope="col">Paraphrases</th><th scope="col">Lines</th></tr></thead><tbody>{rows}</tbody></table>'
        if sheet.sources
        else "<p>No sources.</p>"
    )
    lines = sheet.unsourced_quotations
    unsourced = (
        f'<p class="unsourced"><strong>\u26a0 No source:</strong> {len(lines)} quotation(s), lines '
        f"{_line_links(prefix, lines)}</p>"
        if lines
        else ""
    )
    return f'<section class="sheet sources" aria-labelledby="{prefix}-sources">{head}{table}{unsourced}</section>'


def _sheets(draft: DraftSheets, prefix: str) -> str:
    if draft.names is None or draft.sources is None:
        why = "No sheets: a regex of the config ran too long on this draft." if draft.text else "No sheets."
        return f'<aside class="sheets"><p>{why}</p></aside>'
    return f'<aside class="sheets">{_name_sheet(draft.names, prefix)}{_source_sheet(draft.sources, prefix)}</aside>'


def _finding_list(marks: list[Marked]) -> str:
    items = "".join(
        f'<li data-f="{m.fid}" data-level="{m.finding.severity}" data-family="{_e(m.family)}">'
        f'<a href="#{m.fid}">{m.finding.line}:{m.finding.column}</a> {SYMBOLS[str(m.finding.severity)]} '
        f"{m.finding.severity} <code>{_e(m.finding.code)}</code> {_e(m.finding.message)}</li>"
        for m in marks
    )
    return f'<details class="list" open><summary>Findings ({len(marks)})</summary><ol>{items}</ol></details>'


def _draft(number: int, path: str, draft: DraftSheets, marks: list[Marked], context: Context) -> str:
    prefix = f"d{number}"
    counts = _counts_text(_level_counts(m.finding for m in marks))
    text = highlighted(draft.text, marks, prefix) if draft.text else ""
    tips = "".join(_tip(m, draft, context) for m in marks)
    return (
        f'<section class="draft" id="{prefix}" aria-labelledby="{prefix}-h">'
        f'<h2 id="{prefix}-h">{_e(path)}</h2><p class="counts">{counts}</p>'
        f'<div class="columns"><pre class="text" aria-label="Text of {_e(path)}">{text}</pre>'
        f'{_sheets(draft, prefix)}</div>{_finding_list(marks)}<div class="tips">{tips}</div></section>'
    )


def _index(rows: list[tuple[int, str, Counter[str]]]) -> str:
    """The drafts, worst first: most errors, then warnings, then info."""
    ranked = sorted(rows, key=lambda row: (*(-row[2][level] for level in LEVELS), row[0]))
    body = "".join(
        f'<tr><th scope="row"><a href="#d{number}">{_e(path)}</a></th>'
        + "".join(f"<td>{counts[level]}</td>" for level in LEVELS)
        + f"<td>{sum(counts.values())}</td></tr>"
        for number, path, counts in ranked
    )
    head = "".join(f'<th scope="col">{SYMBOLS[level]} {level}</th>' for level in LEVELS)
    return (
        '<nav class="index" aria-labelledby="index-h"><h2 id="index-h">Drafts, worst first</h2>'
        f'<table><thead><tr><th scope="col">Draft</th>{head}<th scope="col">Total</th></tr></thead>'
        f"<tbody>{body}</tbody></table></nav>"
    )


def _filters(families: Counter[str], levels: Counter[str]) -> str:
    def boxes(name: str, counts: Mapping[str, int], label: dict[str, str]) -> str:
        return "".join(
            f'<label><input type="checkbox" name="{name}" value="{_e(value)}" checked> '
            f"{label.get(value, '')}{_e(value)} ({counts[value]})</label>"
            for value in counts
        )

    symbols = {level: f"{SYMBOLS[level]} " for level in LEVELS}
    ordered_levels = Counter({level: levels[level] for level in LEVELS if levels[level]})
    return (
        '<form id="filters" class="filters" hidden aria-label="Show findings">'
        f"<fieldset><legend>Family</legend>{boxes('family', families, {})}</fieldset>"
        f"<fieldset><legend>Level</legend>{boxes('level', ordered_levels, symbols)}</fieldset></form>"
    )


def _page(body: str) -> str:
    css, script = _asset("html_report.css"), _asset("html_report.js")
    policy = f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(script)}'; base-uri 'none'"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>attrlint report</title><style>{css}</style></head>\n"
        f"<body>{body}<script>{script}</script></body></html>\n"
    )


def render(findings: list[Finding], context: Context) -> str:
    """Every checked draft, in the order checked, then any draft with findings but no text (as a list)."""
    by_path: dict[str, list[Finding]] = {path: [] for path in context.drafts}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    sections, rows = [], []
    families: Counter[str] = Counter()
    for number, (path, found) in enumerate(by_path.items(), 1):
        draft = context.drafts.get(path, _NO_DRAFT)
        starts = line_starts(draft.text)
        marks = []
        for index, finding in enumerate(found):
            marks.append(
                Marked(
                    f"f{number}-{index}", finding, _family(finding, context), *span_of(finding, starts, len(draft.text))
                )
            )
            families[marks[-1].family] += 1
        sections.append(_draft(number, path, draft, marks, context))
        rows.append((number, path, _level_counts(found)))
    levels = _level_counts(findings)
    errors = f"; {context.errors} error(s) met, see the command's error output" if context.errors else ""
    summary = f"{len(by_path)} draft(s), {len(findings)} finding(s): {_counts_text(levels)}{errors}."
    header = f'<header><h1>attrlint report</h1><p class="summary">{summary}</p>{_filters(families, levels)}</header>'
    index = _index(rows) if len(rows) > 1 else ""
    return _page(f"{header}{index}<main>{''.join(sections)}</main>")
