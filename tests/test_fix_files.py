"""`--fix` writing a user's file: never losing an edit saved meanwhile, never writing where it should not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrlint.cli import main

DRAFT = "The mayor spoke on Monday.\n\nAdvertisement\n\nShe said the bridge would close.\n"
FIXED = "The mayor spoke on Monday.\n\nShe said the bridge would close.\n"
TYPED = "A line the reporter typed while the fix ran.\n"


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", "--format", "concise", "--select", "BOI", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def draft(folder: Path, name: str = "draft.md", text: str = DRAFT) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def not_fixed(path: Path, why: str) -> str:
    return f"attrlint: error: {path}: {why}; not fixed\n"


# 1. An edit saved while the fix is being written wins.


def test_an_edit_saved_the_instant_the_temporary_file_is_written_is_kept(tmp_path: Path, monkeypatch) -> None:
    path = draft(tmp_path)
    real_fsync, saved = os.fsync, []

    def editor_saves_after(fd: int) -> None:  # the temporary file is written and flushed: the editor saves
        real_fsync(fd)
        if not saved:
            saved.append(True)
            with path.open("a", encoding="utf-8") as out:
                out.write(TYPED)

    monkeypatch.setattr(os, "fsync", editor_saves_after)
    code, _, err = check("--fix", str(path))
    assert path.read_text(encoding="utf-8") == DRAFT + TYPED
    assert (code, err) == (2, not_fixed(path, "changed while being fixed"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md"]


def append_in_place(path: Path) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(TYPED)


def save_by_rename(path: Path) -> None:
    """How many editors save: a new file renamed over the old one."""
    saved = path.with_name(".editor-save")
    saved.write_text(DRAFT + TYPED, encoding="utf-8")
    os.replace(saved, path)


@pytest.mark.parametrize(("swap", "save"), [(True, append_in_place), (True, save_by_rename), (False, append_in_place)])
def test_an_edit_saved_between_the_last_check_and_the_replace_is_put_back(
    tmp_path: Path, monkeypatch, swap: bool, save
) -> None:
    """The save lands after the last look at the draft, in the instant before the fix takes its place."""
    import attrlint.fix

    path = draft(tmp_path)
    real_exchange, real_replace = getattr(attrlint.fix, "_exchange", None), os.replace
    moves: list[str] = []

    def exchange(first: Path, second: Path) -> bool:
        if not moves:
            moves.append("exchange")
            save(path)
        return real_exchange(first, second)

    def replace(source: object, destination: object) -> None:
        if not moves:
            moves.append("replace")
            save(path)
        real_replace(source, destination)

    # raising=False: a fix that only ever replaced has no _exchange, and must lose the save through os.replace
    monkeypatch.setattr(attrlint.fix, "_exchange", exchange if swap else lambda first, second: False, raising=False)
    monkeypatch.setattr(os, "replace", replace)
    code, _, err = check("--fix", str(path))
    assert path.read_text(encoding="utf-8") == DRAFT + TYPED
    assert moves == ["exchange" if swap else "replace"]
    assert (code, err) == (2, not_fixed(path, "changed while being fixed"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md"]


def test_an_unchanged_draft_is_swapped_for_its_fix_and_nothing_is_left_beside_it(tmp_path: Path) -> None:
    path = draft(tmp_path)
    assert check("--fix", str(path)) == (0, "", "")
    assert path.read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md"]


# 2. A link out of the folders being checked is never written through.


def test_a_link_out_of_the_checked_folder_is_not_written_and_the_other_drafts_are(tmp_path: Path) -> None:
    elsewhere, drafts = tmp_path / "elsewhere", tmp_path / "drafts"
    elsewhere.mkdir()
    drafts.mkdir()
    victim = draft(elsewhere, "victim.txt")
    (drafts / "d.md").symlink_to(victim)
    other = draft(drafts, "other.md")
    code, _, err = check("--fix", str(drafts))
    assert victim.read_text(encoding="utf-8") == DRAFT
    assert other.read_text(encoding="utf-8") == FIXED
    assert (code, err) == (2, not_fixed(drafts / "d.md", "is a link to a file outside the folders being checked"))
    assert sorted(p.name for p in elsewhere.iterdir()) == ["victim.txt"]


def test_a_link_named_on_the_command_line_is_not_followed_out_of_its_folder(tmp_path: Path) -> None:
    """As a pre-commit hook runs it: each staged file named, one of them a link to a file elsewhere."""
    (tmp_path / "repo").mkdir()
    victim = draft(tmp_path, "victim.txt")
    (tmp_path / "repo" / "d.md").symlink_to(victim)
    code, _, err = check("--fix", str(tmp_path / "repo" / "d.md"))
    assert victim.read_text(encoding="utf-8") == DRAFT
    assert (code, err) == (
        2,
        not_fixed(tmp_path / "repo" / "d.md", "is a link to a file outside the folders being checked"),
    )


@pytest.mark.parametrize("named", ["folder", "both files"])
def test_a_link_inside_the_checked_tree_is_written_through_and_stays_a_link(tmp_path: Path, named: str) -> None:
    (tmp_path / "desk").mkdir()
    real = draft(tmp_path / "desk", "story.md")
    link = tmp_path / "desk" / "a-link.md"  # sorts first, so the folder walk meets the link, not the file
    link.symlink_to(Path("story.md"))
    args = [str(tmp_path / "desk")] if named == "folder" else [str(link), str(real)]
    assert check("--fix", *args) == (0, "", "")
    assert link.is_symlink() and os.readlink(link) == "story.md"
    assert real.read_text(encoding="utf-8") == FIXED


# 3. Owner, group and read-only files are respected; a folder that cannot be written is one error line.


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_fix_as_root_keeps_the_drafts_owner_and_group(tmp_path: Path) -> None:
    path = draft(tmp_path)
    os.chown(path, 1234, 5678)
    os.chmod(path, 0o664)
    assert check("--fix", str(path)) == (0, "", "")
    assert path.read_text(encoding="utf-8") == FIXED
    info = path.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o7777) == (1234, 5678, 0o664)


def test_a_read_only_draft_is_left_alone_and_the_others_are_fixed(tmp_path: Path) -> None:
    locked, other = draft(tmp_path, "locked.md"), draft(tmp_path, "other.md")
    os.chmod(locked, 0o444)
    code, _, err = check("--fix", str(tmp_path))
    assert locked.read_text(encoding="utf-8") == DRAFT and locked.stat().st_mode & 0o777 == 0o444
    assert other.read_text(encoding="utf-8") == FIXED
    assert (code, err) == (2, not_fixed(locked, "read-only"))


def test_a_folder_that_cannot_be_written_is_one_error_line(tmp_path: Path, monkeypatch) -> None:
    """As a folder without write permission is for any user but root (see the test after this one)."""
    import tempfile

    path = draft(tmp_path)

    def no_room(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", no_room)
    code, _, err = check("--fix", str(path))
    assert path.read_text(encoding="utf-8") == DRAFT
    assert (code, err) == (2, not_fixed(path, "cannot write in its folder (Permission denied)"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in any folder")
def test_fix_in_a_read_only_folder_is_one_error_line(tmp_path: Path) -> None:
    path = draft(tmp_path)
    os.chmod(tmp_path, 0o555)
    try:
        code, _, err = check("--fix", str(path))
    finally:
        os.chmod(tmp_path, 0o755)
    assert path.read_text(encoding="utf-8") == DRAFT
    assert (code, err) == (2, not_fixed(path, "cannot write in its folder (Permission denied)"))


# 4. The draft keeps its encoding, its line endings, each line's own, and its hard links.


def fixed_bytes(tmp_path: Path, original: bytes) -> tuple[int, str, bytes]:
    path = tmp_path / "draft.md"
    path.write_bytes(original)
    code, _, err = check("--fix", str(path))
    return code, err, path.read_bytes()


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8"]
)
@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_fix_keeps_the_encoding_its_byte_order_mark_and_the_newlines(
    tmp_path: Path, encoding: str, newline: str
) -> None:
    def encoded(text: str) -> bytes:
        text = text.replace("\n", newline)
        if encoding.endswith("-bom"):
            codec = encoding.removesuffix("-bom")
            return "\ufeff".encode(codec) + text.encode(codec)
        return text.encode(encoding)  # utf-16 and utf-8-sig write their own BOM

    assert fixed_bytes(tmp_path, encoded(DRAFT)) == (0, "", encoded(FIXED))


def test_fix_keeps_each_lines_own_ending_in_a_file_of_mixed_endings(tmp_path: Path) -> None:
    original = b"The mayor spoke on Monday.\r\n\r\nAdvertisement\n\nShe said the bridge would close.\r\nThe end.\r"
    expected = b"The mayor spoke on Monday.\r\n\r\nShe said the bridge would close.\r\nThe end.\r"
    assert fixed_bytes(tmp_path, original) == (0, "", expected)


def test_a_lone_cr_inside_a_line_of_a_crlf_file_stays_a_lone_cr(tmp_path: Path) -> None:
    original = b"The mayor spoke on Monday.\r\n\r\nAdvertisement\r\n\r\nThe chair\rsaid the bridge would close.\r\n"
    expected = b"The mayor spoke on Monday.\r\n\r\nThe chair\rsaid the bridge would close.\r\n"
    assert fixed_bytes(tmp_path, original)[2] == expected


def test_a_draft_with_hard_links_is_left_alone_with_its_links(tmp_path: Path) -> None:
    """Writing in place would change every linked copy (a snapshot made with `cp -al` is one), and a
    replace would break the link: the draft is left as it is, and the other drafts are fixed."""
    (tmp_path / "desk").mkdir()
    path, other = draft(tmp_path / "desk"), draft(tmp_path / "desk", "other.md")
    copy = tmp_path / "snapshot.md"
    os.link(path, copy)
    code, _, err = check("--fix", str(tmp_path / "desk"))
    assert path.read_text(encoding="utf-8") == DRAFT and copy.read_text(encoding="utf-8") == DRAFT
    assert path.stat().st_ino == copy.stat().st_ino and path.stat().st_nlink == 2
    assert other.read_text(encoding="utf-8") == FIXED
    assert (code, err) == (2, not_fixed(path, "has 2 hard links, which a fix would change together or break apart"))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_as_utf16(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "word.txt"
    path.write_bytes("Harbour fees to rise\n\nThe board will reportedly meet.\n".encode(codec))
    code, out, err = check("--select", "ATT003", str(path))
    assert (code, out, err) == (
        1,
        f"{path}:3:16: ATT003 Vague or anonymous sourcing: 'reportedly' [vague-source]\n",
        "",
    )


def test_utf16_without_a_byte_order_mark_that_does_not_decode_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "word.txt"
    path.write_bytes("The board met.\n".encode("utf-16-le") + b"\x01\xd8" + "and voted.\n".encode("utf-16-le"))
    code, _, err = check(str(path))
    assert (code, err) == (
        2,
        f"attrlint: error: {path}: looks like UTF-16 without a byte-order mark; save it as UTF-8\n",
    )
