"""`attrlint lsp`: a language server, so an editor shows findings as the reporter writes.

It goes through the same door as `attrlint check`: a `Run` finds the config nearest each open
draft and resolves it to a `RuleSet`, which lints the editor's text. Diagnostics are published
when a draft is opened, edited or saved; each finding's fix is a code action (an unsafe one says
so and is never the preferred action), and hovering a finding shows its rule's explanation.

Needs the `[lsp]` extra (pygls). Positions: attrlint counts columns in characters, LSP in the
units the client asked for (UTF-16 unless it chose otherwise), so every range goes through
pygls's position codec for the document's own lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument

from attrlint import __version__
from attrlint.document import Document, normalise_newlines
from attrlint.errors import AttrlintError
from attrlint.finding import SAFE, Finding, Severity
from attrlint.ruledocs import explain_text
from attrlint.ruleset import RuleSet
from attrlint.run import Options, Run

SOURCE = "attrlint"
CONFIG_NAMES = (".attrlint.yaml", ".attrlint.yml", "pyproject.toml")
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


class Checked(NamedTuple):
    """What the server last found in one open draft: the text it read, its findings, the rules."""

    doc: Document
    findings: list[Finding]
    rule_set: RuleSet


class AttrlintServer(LanguageServer):
    """The server's state: one run (configs by folder), and each open draft's last check."""

    def __init__(self, options: Options) -> None:
        super().__init__("attrlint", __version__)
        self.options = options
        self.run = Run(options)
        self.checked: dict[str, Checked] = {}

    def forget_configs(self) -> None:
        """A config was saved: the next check reads configs afresh."""
        self.run = Run(self.options)

    def check(self, uri: str) -> None:
        """Lint the draft's current text and publish its diagnostics (none when its config excludes it)."""
        document = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) or str(Path.cwd() / "untitled.txt")
        rule_set = self.run.rule_set_for(path)
        self.report_errors(self.run.take_errors())
        if rule_set is None:
            self.checked.pop(uri, None)
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
            return
        doc = Document(path, normalise_newlines(document.source))
        findings, errors = rule_set.lint(doc)
        self.report_errors(errors)
        self.checked[uri] = Checked(doc, findings, rule_set)
        diagnostics = [diagnostic(document, finding) for finding in findings]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=document.version, diagnostics=diagnostics)
        )

    def report_errors(self, errors: list[AttrlintError]) -> None:
        for error in errors:
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=str(error)))


def finding_range(document: TextDocument, finding: Finding) -> types.Range:
    """A finding's span in the client's position units."""
    start = types.Position(line=finding.line - 1, character=finding.column - 1)
    end = types.Position(line=finding.end_line - 1, character=finding.end_column - 1)
    return document.range_to_client_units(types.Range(start=start, end=end))


def offset_range(document: TextDocument, doc: Document, start: int, end: int) -> types.Range:
    """The client range of `doc.text[start:end]` (an edit's offsets)."""
    server = types.Range(start=server_position(doc, start), end=server_position(doc, end))
    return document.range_to_client_units(server)


def server_position(doc: Document, offset: int) -> types.Position:
    """Line and character (code points, 0-based) of an offset into the draft's text."""
    line, column = doc.position(offset)
    return types.Position(line=line - 1, character=column - 1)


def diagnostic(document: TextDocument, finding: Finding) -> types.Diagnostic:
    return types.Diagnostic(
        range=finding_range(document, finding),
        message=finding.message,
        severity=SEVERITIES[finding.severity],
        code=finding.code,
        source=SOURCE,
        data={"name": finding.name, "fix": None if finding.fix is None else finding.fix.applicability},
    )


def code_actions(server: AttrlintServer, uri: str, wanted: types.Range) -> list[types.CodeAction]:
    """A quick fix for each finding with a fix whose range meets the asked range."""
    checked = server.checked.get(uri)
    if checked is None:
        return []
    document = server.workspace.get_text_document(uri)
    actions = []
    for finding in checked.findings:
        span = finding_range(document, finding)
        if finding.fix is None or not overlaps(span, wanted):
            continue
        safe = finding.fix.applicability == SAFE
        edits = [
            types.TextEdit(range=offset_range(document, checked.doc, edit.start, edit.end), new_text=edit.replacement)
            for edit in finding.fix.edits
        ]
        actions.append(
            types.CodeAction(
                title=f"Fix {finding.code} ({finding.name})" + ("" if safe else " [unsafe: may change meaning]"),
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic(document, finding)],
                is_preferred=safe,
                edit=types.WorkspaceEdit(changes={uri: edits}),
            )
        )
    return actions


def overlaps(span: types.Range, wanted: types.Range) -> bool:
    def key(position: types.Position) -> tuple[int, int]:
        return position.line, position.character

    return key(span.start) <= key(wanted.end) and key(wanted.start) <= key(span.end)


def hover(server: AttrlintServer, uri: str, position: types.Position) -> types.Hover | None:
    """The message and the rule's explanation for each finding under the cursor."""
    checked = server.checked.get(uri)
    if checked is None:
        return None
    document = server.workspace.get_text_document(uri)
    point = types.Range(start=position, end=position)
    parts = []
    for finding in checked.findings:
        if overlaps(finding_range(document, finding), point):
            rule = checked.rule_set.describe(finding.code)
            explanation = explain_text(rule) if rule else ""
            parts.append(f"**{finding.code}** {finding.message}\n\n```text\n{explanation}\n```")
    if not parts:
        return None
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)))


def make_server(options: Options) -> AttrlintServer:
    server = AttrlintServer(options)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: AttrlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: AttrlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: AttrlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if Path(to_fs_path(uri) or "").name in CONFIG_NAMES:
            ls.forget_configs()
            for open_uri in list(ls.checked):
                ls.check(open_uri)
        else:
            ls.check(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: AttrlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.checked.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix])
    )
    def code_action(ls: AttrlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return code_actions(ls, params.text_document.uri, params.range)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def on_hover(ls: AttrlintServer, params: types.HoverParams) -> types.Hover | None:
        return hover(ls, params.text_document.uri, params.position)

    return server


def serve(config_file: Path | None = None) -> None:
    """Speak LSP over standard input and output until the client says exit."""
    make_server(Options(config_file=config_file)).start_io()
