"""`attrlint lsp` over real stdio, driven by pytest-lsp's client as an editor would drive it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp", reason="the language server's tests need the dev extra (pytest-lsp)")
from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seeds" / "000_7f950e9621dc9267.txt"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "attrlint", "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def open_draft(client: LanguageClient, path: Path, text: str | None = None) -> list[types.Diagnostic]:
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8") if text is None else text
    item = types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[uri]


async def edit_line(client: LanguageClient, path: Path, line: int, old: str, new: str, version: int) -> None:
    """Replace one whole line (0-based) of an open draft, as an editor's incremental change."""
    change = types.TextDocumentContentChangePartial(
        range=types.Range(
            start=types.Position(line=line, character=0), end=types.Position(line=line, character=len(old))
        ),
        text=new,
    )
    document = types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version)
    client.text_document_did_change(types.DidChangeTextDocumentParams(text_document=document, content_changes=[change]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)


def cli_spans(path: Path) -> list[tuple[str, int, int, int, int]]:
    """What `attrlint check` finds in a draft, as 0-based (code, line, column, end line, end column)."""
    out = subprocess.run(
        [sys.executable, "-m", "attrlint", "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    found = json.loads(out)
    return sorted((f["code"], f["line"] - 1, f["column"] - 1, f["end_line"] - 1, f["end_column"] - 1) for f in found)


def spans(diagnostics: list[types.Diagnostic]) -> list[tuple[str, int, int, int, int]]:
    return sorted(
        (str(d.code), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character)
        for d in diagnostics
    )


@pytest.mark.asyncio
async def test_opening_a_draft_publishes_what_check_finds_with_the_nearest_config(client: LanguageClient):
    draft = EXAMPLES / "harbour-council.md"  # examples/.attrlint.yaml adds the house-style pack
    diagnostics = await open_draft(client, draft)
    assert spans(diagnostics) == cli_spans(draft)
    assert {"HSE001", "HSE002"} <= {d.code for d in diagnostics}  # the nearest config's own rules ran
    assert all(d.source == "attrlint" for d in diagnostics)


@pytest.mark.asyncio
async def test_a_safe_fix_is_a_preferred_code_action_and_editing_refreshes(client: LanguageClient, tmp_path: Path):
    draft = tmp_path / "draft.txt"
    text = 'The mayor spoke on Monday.\nAdvertisement\n"We will build it," said Mayor Ines Kato.\n'
    draft.write_text(text, encoding="utf-8")
    diagnostics = await open_draft(client, draft)
    advert = next(d for d in diagnostics if d.range.start.line == 1)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=draft.as_uri()),
            range=advert.range,
            context=types.CodeActionContext(diagnostics=[advert]),
        )
    )
    assert actions and actions[0].is_preferred
    edits = actions[0].edit.changes[draft.as_uri()]
    assert [(e.range.start.line, e.range.end.line, e.new_text) for e in edits] == [(1, 2, "")]

    await edit_line(client, draft, 1, "Advertisement", "The plan costs less than expected.", version=2)
    assert all(d.range.start.line != 1 for d in client.diagnostics[draft.as_uri()])


@pytest.mark.asyncio
async def test_an_unsafe_fix_says_so_and_is_not_preferred(client: LanguageClient, tmp_path: Path):
    draft = tmp_path / "names.txt"
    lines = [
        "Council member Denise Okafor opened the meeting.",
        "Okafor said the harbour plan was ready.",
        "Okafor later took questions.",
        '"We will be back," Okafur said.',
    ]
    draft.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    diagnostics = await open_draft(client, draft)
    variant = next(d for d in diagnostics if d.range.start.line == 6)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=draft.as_uri()),
            range=variant.range,
            context=types.CodeActionContext(diagnostics=[variant]),
        )
    )
    assert len(actions) == 1 and not actions[0].is_preferred and "unsafe" in actions[0].title
    assert [e.new_text for e in actions[0].edit.changes[draft.as_uri()]] == ["Okafor"]


@pytest.mark.asyncio
async def test_hover_shows_the_message_and_the_rules_explanation(client: LanguageClient, tmp_path: Path):
    draft = tmp_path / "hover.txt"
    draft.write_text("The vote passed.\nAdvertisement\nThe mayor said it would help.\n", encoding="utf-8")
    await open_draft(client, draft)
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=draft.as_uri()), position=types.Position(line=1, character=3)
        )
    )
    assert hover is not None and "Why:" in hover.contents.value and "BOI" in hover.contents.value
    nothing = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=draft.as_uri()), position=types.Position(line=0, character=3)
        )
    )
    assert nothing is None


@pytest.mark.asyncio
async def test_columns_are_in_utf16_units_after_a_character_outside_the_bmp(client: LanguageClient, tmp_path: Path):
    draft = tmp_path / "emoji.txt"
    line = '\U0001f600 The coach was blunt. "We lost the game, she said.'
    draft.write_text(line + "\n", encoding="utf-8")
    diagnostics = await open_draft(client, draft)
    unclosed = next(d for d in diagnostics if d.code == "QUO001")
    assert unclosed.range.start.character == len(line[: line.index('"')].encode("utf-16-le")) // 2


@pytest.mark.asyncio
@pytest.mark.skipif(not SEED.exists(), reason="the seed article is in ../shared, outside this repository")
async def test_the_seed_gives_its_seven_findings(client: LanguageClient):
    diagnostics = await open_draft(client, SEED)
    assert sorted(d.range.start.line + 1 for d in diagnostics) == [10, 18, 20, 28, 35, 37, 39]
    assert spans(diagnostics) == cli_spans(SEED)
