"""esc closes every panel and screen; keys typed before the panes exist are kept, in order."""

from __future__ import annotations

import pytest

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from conftest import settled


def make_app() -> BriefingApp:
    return BriefingApp(read_source(bundled_briefing()))


@pytest.mark.parametrize("key", ["escape", "question_mark", "q"])
async def test_the_palettes_key_panel_closes(key):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.action_show_help_panel()  # what the palette's "Keys" command does
        await pilot.pause()
        assert app.screen.query("HelpPanel")
        await pilot.press(key)
        await pilot.pause()
        assert not app.screen.query("HelpPanel")
        assert app.is_running and app.screen is app.reader


async def test_esc_closes_each_panel_and_screen_in_turn(tmp_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        reader = app.reader
        await pilot.press("e")
        assert reader.entities_open
        await pilot.press("escape")
        assert not reader.entities_open and reader.reading.has_focus
        await pilot.press("slash", "j", "a")
        await pilot.press("escape")
        await pilot.pause()
        assert not reader.search_bar.display
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen is not reader
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader
        app.action_command_palette()
        await pilot.pause()
        assert app.screen is not reader
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader


async def test_esc_folds_an_opened_outline_below_60_columns():
    app = make_app()
    async with app.run_test(size=(50, 16)) as pilot:
        await settled(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert app.query_one("#outline").region.width > 0
        await pilot.press("escape")
        await pilot.pause()
        assert app.query_one("#outline").region.width == 0


async def test_keys_typed_before_the_panes_exist_are_acted_on_in_order():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        # At once, before the search bar, the entity panel or the outline are mounted.
        assert not app.query("#search")
        await pilot.press("3", "slash", *"kishda")
        for _ in range(100):
            await pilot.pause(0.05)
            if app.query("#search") and app.reader.search_bar.input.value:
                break
        await pilot.pause(0.2)
        reader = app.reader
        assert reader.built
        assert reader.search_bar.display and reader.search_bar.input.value == "kishda"
        assert reader.search_bar.input.has_focus


async def test_a_key_for_a_pane_not_yet_built_opens_it():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        assert not app.query("#entities")
        await pilot.press("e")
        for _ in range(100):
            await pilot.pause(0.05)
            if app.reader.built:
                break
        await pilot.pause(0.2)
        assert app.reader.entities_open and app.query_one("#entities").region.width > 0
