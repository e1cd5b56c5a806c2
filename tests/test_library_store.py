"""The SQLite library file: where it lives, its mode, symbolic links, damage, migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from briefing_tui.core.parsing import parse_text
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.library import LibraryError, default_path, open_library
from briefing_tui.library.sqlite_store import _MIGRATIONS, SQLiteLibrary

SEED = bundled_briefing().read_text(encoding="utf-8")


def test_environment_variable_moves_the_library(tmp_path: Path, monkeypatch):
    target = tmp_path / "elsewhere" / "mine.sqlite3"
    monkeypatch.setenv("BRIEFING_LIBRARY", str(target))
    assert default_path() == target
    with open_library() as library:
        library.add(parse_text(SEED), SEED)
    assert target.exists()


def test_default_is_the_user_data_folder(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("BRIEFING_LIBRARY", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "briefing" / "library.sqlite3"


def test_file_is_private_and_settings_are_in_force(tmp_path: Path):
    path = tmp_path / "lib.sqlite3"
    with SQLiteLibrary(path) as library:
        library.add(parse_text(SEED), SEED)
        assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert library.db.execute("PRAGMA user_version").fetchone()[0] == len(_MIGRATIONS)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_symbolic_link_is_not_followed(tmp_path: Path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    link = tmp_path / "lib.sqlite3"
    link.symlink_to(victim)
    with pytest.raises(LibraryError, match="symbolic link"):
        SQLiteLibrary(link)
    assert victim.read_text() == "precious"
    dangling = tmp_path / "dangling.sqlite3"
    dangling.symlink_to(tmp_path / "not-yet")
    with pytest.raises(LibraryError, match="symbolic link"):
        SQLiteLibrary(dangling)
    assert not (tmp_path / "not-yet").exists()


def test_a_damaged_file_is_kept_aside(tmp_path: Path):
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"this was never a database " * 200)
    with pytest.raises(LibraryError) as raised:
        SQLiteLibrary(path)
    message = str(raised.value)
    assert "\n" not in message and "damaged" in message and "kept aside" in message
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this was never")
    assert kept[0].name in message
    # The next open starts a new library.
    with SQLiteLibrary(path) as library:
        assert library.count() == 0


def test_a_folder_in_the_way(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError, match="cannot create the library folder"):
        SQLiteLibrary(blocker / "lib.sqlite3")
    (tmp_path / "dir.sqlite3").mkdir()
    with pytest.raises(LibraryError, match="not a regular file"):
        SQLiteLibrary(tmp_path / "dir.sqlite3")


def test_migrations_run_once_and_from_older_versions(tmp_path: Path):
    path = tmp_path / "lib.sqlite3"
    with SQLiteLibrary(path) as library:
        added = library.add(parse_text(SEED), SEED).id
    # Opening again runs no migration (it would fail: the tables exist).
    with SQLiteLibrary(path) as library:
        assert library.get(added) is not None
    # A library from a newer program is opened as it is, untouched.
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {len(_MIGRATIONS) + 5}")
    connection.close()
    with SQLiteLibrary(path) as library:
        assert library.get(added) is not None


def test_two_libraries_on_one_file_see_each_other(tmp_path: Path):
    path = tmp_path / "lib.sqlite3"
    with SQLiteLibrary(path) as first, SQLiteLibrary(path) as second:
        assert second.search("kishida") == []
        added = first.add(parse_text(SEED), SEED)
        assert second.search("kishida")[0].id == added.id
        assert second.search("kishda")[0].id == added.id


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(LibraryError, match="permission denied"):
            SQLiteLibrary(folder / "lib.sqlite3")
    finally:
        folder.chmod(0o700)


def test_a_first_version_library_is_migrated_and_parsed_again(tmp_path: Path):
    """A library of schema 1 (sections in an FTS-indexed table) keeps its briefings, marks, tags."""
    import zlib

    from briefing_tui.library.sqlite_store import _FTS_STATEMENTS

    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    for statement in _MIGRATIONS[0]:
        for real in (_FTS_STATEMENTS if statement == "@fts1" else [statement]):
            connection.execute(real)
    connection.execute("PRAGMA user_version = 1")
    connection.execute(
        "INSERT INTO briefings (id, hash, title, format, added, size, section_count, parser_version, text) "
        "VALUES (7, 'h', 'Old title', 'forbes', 0, ?, 5, 1, ?)",
        (len(SEED), zlib.compress(SEED.encode())),
    )
    connection.execute("INSERT INTO positions VALUES (7, 3, 9, 0)")
    connection.execute("INSERT INTO bookmarks (briefing_id, section, line, note, created) VALUES (7, 1, 2, 'kept', 0)")
    connection.execute("INSERT INTO tags VALUES (7, 'old')")
    connection.close()
    with SQLiteLibrary(path) as library:
        assert library.stale() == 1
        assert library.reparse() == 1
        assert library.get(7).title == "The U.S. and Japan will sign a new security agreement next month."
        assert library.get(7).tags == ("old",)
        assert (library.position(7).section, library.position(7).line) == (3, 9)
        assert library.bookmarks()[0].note == "kept" and library.bookmarks()[0].label == "Key Facts"
        assert library.search("kishda")[0].id == 7
        assert any(e.name == "Japan" for e in library.entities(type="place"))
