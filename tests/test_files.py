"""Files written safely (issue 8, item 6): never through a link, never over a stranger's file.

Real files and real symbolic links in a temporary folder, for the core helper and for the
reader's "Export as ..." command (pressed through the palette, as a user does).
"""

from __future__ import annotations

import os
import stat

import pytest

from briefing_tui.core.files import create_new, create_numbered, replace_file


def plant_links(folder):
    """A dangling link and a link to an existing file, both pointing outside folder."""
    outside = folder / "outside"
    outside.mkdir()
    victim = outside / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (folder / "dangling.md").symlink_to(outside / "created-through-the-link.md")
    (folder / "linked.md").symlink_to(victim)
    return outside, victim


@pytest.mark.parametrize("name", ["dangling.md", "linked.md"])
def test_create_new_never_writes_through_a_link(tmp_path, name):
    outside, victim = plant_links(tmp_path)
    with pytest.raises(FileExistsError):
        create_new(tmp_path / name, "export")
    assert not (outside / "created-through-the-link.md").exists()
    assert victim.read_text(encoding="utf-8") == "precious"
    assert (tmp_path / name).is_symlink()


def test_create_new_never_writes_over_a_file(tmp_path):
    existing = tmp_path / "notes.md"
    existing.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        create_new(existing, "export")
    assert existing.read_text(encoding="utf-8") == "mine"


def test_create_numbered_skips_taken_names_and_links(tmp_path):
    outside, victim = plant_links(tmp_path)
    (tmp_path / "dangling-1.md").write_text("taken", encoding="utf-8")
    path = create_numbered(tmp_path, "dangling", ".md", "the export")
    assert path.name == "dangling-2.md"
    assert not path.is_symlink() and path.read_text(encoding="utf-8") == "the export"
    assert create_numbered(tmp_path, "fresh", ".json", b"{}").name == "fresh.json"
    assert not (outside / "created-through-the-link.md").exists()
    assert victim.read_text(encoding="utf-8") == "precious"


def test_replace_file_is_atomic_and_keeps_the_mode(tmp_path):
    config = tmp_path / "config.toml"
    replace_file(config, "theme = 'dark'\n")
    assert stat.S_IMODE(config.stat().st_mode) == 0o600  # new files are private
    config.chmod(0o640)
    before = config.stat().st_ino
    replace_file(config, "theme = 'light'\n")
    assert config.read_text(encoding="utf-8") == "theme = 'light'\n"
    assert config.stat().st_ino != before  # a new file renamed in, not the old one rewritten
    assert stat.S_IMODE(config.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]  # no temporary left


@pytest.mark.parametrize("name", ["dangling.md", "linked.md"])
def test_replace_file_refuses_a_link(tmp_path, name):
    outside, victim = plant_links(tmp_path)
    with pytest.raises(OSError, match="symbolic link"):
        replace_file(tmp_path / name, "new")
    assert (tmp_path / name).is_symlink()
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (outside / "created-through-the-link.md").exists()


def test_replace_file_refuses_a_folder_and_leaves_no_temporary(tmp_path):
    (tmp_path / "library.db").mkdir()
    with pytest.raises(OSError, match="not a regular file"):
        replace_file(tmp_path / "library.db", "data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.db"]


def test_replace_file_cleans_up_when_the_rename_fails(tmp_path, monkeypatch):
    target = tmp_path / "library.json"
    target.write_text("old", encoding="utf-8")

    def failing_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space"):
        replace_file(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.json"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs to own files as another user")
def test_replace_file_refuses_another_users_file(tmp_path):
    target = tmp_path / "shared.txt"
    target.write_text("theirs", encoding="utf-8")
    os.chown(target, 65534, 65534)
    with pytest.raises(OSError, match="another user"):
        replace_file(target, "mine")
    assert target.read_text(encoding="utf-8") == "theirs"
