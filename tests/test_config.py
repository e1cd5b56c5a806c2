"""Settings: a TOML file; a bad one gives one line and the defaults, never an exception."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.config import Settings, config_path, load_settings, save_theme


def test_a_missing_file_gives_the_defaults_silently(tmp_path):
    loaded = load_settings(tmp_path / "nowhere" / "config.toml")
    assert (loaded.theme, loaded.outline, loaded.keep, loaded.keymap, loaded.problem) == (None, None, True, {}, None)


def test_every_setting_is_read(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(
        'theme = "gruvbox"\noutline = false\nkeep = false\n\n[keymap]\nnext_section = "l,right_square_bracket"\n'
    )
    loaded = load_settings(path)
    assert loaded.theme == "gruvbox" and loaded.outline is False and loaded.keep is False
    assert loaded.keymap == {"next_section": "l,right_square_bracket"}
    assert loaded.problem is None


def test_broken_toml_gives_one_line_with_where_and_the_defaults(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\noutline = yes please\n')
    loaded = load_settings(path)
    assert loaded.theme is None and loaded.outline is None  # nothing half-read
    assert loaded.problem and "\n" not in loaded.problem
    assert str(path) in loaded.problem and "line 2" in loaded.problem and "defaults" in loaded.problem


def test_a_wrong_value_loses_only_itself(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\nkeep = "sometimes"\ncolour = 3\n[keymap]\nquit = 5\nhelp = "h"\n')
    loaded = load_settings(path)
    assert loaded.theme == "nord" and loaded.keep is True and loaded.keymap == {"help": "h"}
    assert "keep should be true or false" in loaded.problem and "(and 2 more)" in loaded.problem


def test_a_folder_or_binary_file_is_reported_not_raised(tmp_path):
    assert "cannot read" in load_settings(tmp_path).problem
    binary = tmp_path / "config.toml"
    binary.write_bytes(b"\xff\xfe\x00theme")
    assert "not UTF-8" in load_settings(binary).problem


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_settings(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("config") / "config.toml"
    path.write_bytes(raw)
    loaded = load_settings(path)
    assert isinstance(loaded, Settings)
    assert loaded.problem is None or "\n" not in loaded.problem


def test_config_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFING_CONFIG", str(tmp_path / "mine.toml"))
    assert config_path() == tmp_path / "mine.toml"
    monkeypatch.delenv("BRIEFING_CONFIG")
    assert config_path().name == "config.toml" and "briefing" in config_path().parts


def test_saving_the_theme_keeps_comments_and_other_settings(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('# my settings\ntheme = "nord"  # cold\nkeep = false\n\n[keymap]\nquit = "x"\n')
    assert save_theme("textual-light", path) is None
    text = path.read_text()
    assert "# my settings" in text and "keep = false" in text and 'quit = "x"' in text
    assert load_settings(path).theme == "textual-light"


def test_saving_creates_the_folder_and_file(tmp_path):
    path = tmp_path / "deep" / "briefing" / "config.toml"
    assert save_theme("dracula", path) is None
    assert load_settings(path).theme == "dracula"
    assert not [p for p in path.parent.iterdir() if p.name != "config.toml"]  # no temporary left


def test_saving_never_writes_through_a_link(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("precious\n")
    link = tmp_path / "config.toml"
    link.symlink_to(target)
    problem = save_theme("nord", link)
    assert problem and "link" in problem
    assert target.read_text() == "precious\n" and link.is_symlink()


def test_a_file_that_is_not_toml_is_not_overwritten(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("theme = = nord\n")
    assert "not valid TOML" in save_theme("nord", path)
    assert path.read_text() == "theme = = nord\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_is_reported(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert "not saved" in save_theme("nord", folder / "config.toml")
    finally:
        folder.chmod(0o700)


def test_settings_never_import_textual():
    code = "import sys, briefing_tui.config; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# ---------------------------------------------------------------- the reader with settings


def _reader(settings):
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source
    from briefing_tui.core.resources import bundled_briefing

    return BriefingApp(read_source(bundled_briefing()), settings=settings)


async def test_the_theme_of_the_settings_is_used_and_a_new_one_saved(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "textual-light"  # mine\n')
    app = _reader(load_settings(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light"
        app.theme = "nord"  # as the palette's theme command does
        await pilot.pause()
    assert load_settings(path).theme == "nord" and "# mine" in path.read_text()


async def test_without_settings_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CONFIG", str(tmp_path / "config.toml"))
    app = _reader(None)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert not (tmp_path / "config.toml").exists()


async def test_the_keymap_rebinds_by_id_and_an_unknown_id_is_one_notice(tmp_path):
    settings = Settings(keymap={"reader.next-section": "l", "reader.nonsense": "x"}, path=tmp_path / "c.toml")
    app = _reader(settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert app.reader.section == 1
        notices = [n.message for n in app._notifications]
        assert any("reader.nonsense" in n for n in notices)


async def test_a_bad_file_gives_one_notice_and_the_reader_runs(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("theme = [unclosed\n")
    app = _reader(load_settings(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notices = [n.message for n in app._notifications]
        assert len(notices) == 1 and str(path) in notices[0] and "defaults" in notices[0]
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.reader.section == 1


async def test_an_unknown_theme_is_one_notice(tmp_path):
    app = _reader(Settings(theme="no-such-theme", path=tmp_path / "c.toml"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme != "no-such-theme"
        assert any("no-such-theme" in n.message for n in app._notifications)


async def test_the_outline_setting_closes_it_at_the_start(tmp_path):
    app = _reader(Settings(outline=False, path=tmp_path / "c.toml"))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause(0.3)
        assert app.query_one("#outline").region.width == 0
        assert app.query_one("ReadingView").region.x == 0
