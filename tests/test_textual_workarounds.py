"""Three bugs of Textual 8.2.8 that the reader works around, each with the test that shows it.

- PageUp in the palette while it fills its list: `KeyError: 0` in `OptionList._move_page`.
- The palette's search finishing after esc closed it: `NoMatches` for its `CommandList`.
- Footer keys kept alive after every rebuild by `data_bind` (Textualize/textual#6666).
"""

from __future__ import annotations

import asyncio
import gc

import pytest
from textual import events
from textual.widgets._footer import FooterKey

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing


def make_app() -> BriefingApp:
    return BriefingApp(read_source(str(bundled_briefing())))


@pytest.mark.parametrize("delay", [0.005, 0.02, 0.06, 0.1, 0.2])
async def test_page_up_twice_right_after_opening_the_palette(delay):
    """`tmux send-keys C-p PageUp PageUp`: the keys arrive while the palette fills its list."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        app.post_message(events.Key("ctrl+p", None))
        await asyncio.sleep(delay)
        app.post_message(events.Key("pageup", None))
        app.post_message(events.Key("pageup", None))
        await pilot.pause(0.5)
        assert app.is_running and app.screen.id == "--command-palette"
        await pilot.press("pagedown", "pageup", "down")
        await pilot.pause()
        assert app.screen.query_one("CommandList").highlighted is not None


async def test_the_palettes_search_ending_after_its_list_is_gone_keeps_the_app():
    """Closed while its search ran, the palette's search still sets its busy and list flags."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", "a")
        await pilot.pause(0.2)
        palette = app.screen
        assert palette.id == "--command-palette"
        await palette.query_one("CommandList").remove()  # as when the palette is taken down
        palette._show_busy = True
        palette._show_busy = False
        palette._list_visible = not palette._list_visible
        await pilot.pause(0.2)
        assert app.is_running and app.return_code is None
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.id != "--command-palette"


def footer_keys() -> int:
    gc.collect()
    return sum(isinstance(thing, FooterKey) for thing in gc.get_objects())


async def test_opening_and_closing_panes_does_not_pile_up_footer_keys():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause()

        async def cycle() -> None:
            for key in ("question_mark", "escape", "slash", "escape", "e", "e"):
                await pilot.press(key)
                await pilot.pause()

        await cycle()
        after_one = footer_keys()
        for _ in range(8):
            await cycle()
        # Each cycle rebuilds the footer six times: kept keys would add about 45 a cycle.
        assert footer_keys() <= after_one + 10, (after_one, footer_keys())
        assert app.screen.query(FooterKey)  # the footer still shows its keys
