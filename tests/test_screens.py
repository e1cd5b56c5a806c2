"""The reader's screen holds its state; every key has an id (for a keymap) and a description."""

from __future__ import annotations

import pytest

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.screens.help import HelpScreen
from briefing_tui.screens.reader import ReaderScreen
from briefing_tui.widgets.entity_panel import EntityList
from briefing_tui.widgets.outline import Outline, OutlineBar
from briefing_tui.widgets.reading_view import ReadingView
from briefing_tui.widgets.search_bar import SearchBar
from briefing_tui.widgets.status_line import StatusLine

KEYED = [BriefingApp, ReaderScreen, HelpScreen, ReadingView, Outline, EntityList, SearchBar]


@pytest.mark.parametrize("owner", KEYED, ids=lambda owner: owner.__name__)
def test_every_binding_has_an_id_and_a_description(owner):
    ids = []
    for binding in owner.BINDINGS:
        assert binding.id, f"{owner.__name__}: {binding.key} has no id"
        assert binding.description.strip(), f"{owner.__name__}: {binding.key} has no description"
        ids.append(binding.id)
    assert len(ids) == len(set(ids)), f"{owner.__name__}: an id is used twice"


def make_app() -> BriefingApp:
    return BriefingApp(read_source(bundled_briefing()))


async def settle(pilot) -> None:
    for _ in range(100):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        if pilot.app.reader.entities is not None and pilot.app.query("Outline"):
            return
        await pilot.pause(0.05)


async def test_the_reader_state_lives_on_its_screen_and_the_widgets_follow_it():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.reader
        assert app.screen is reader
        status = app.query_one(StatusLine)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert reader.section == 1
        assert status.position == "2/5 Key Facts"
        assert app.query_one(Outline).highlighted == 1 and app.query_one(OutlineBar).current == 1
        await pilot.press("e")
        await pilot.pause()
        assert reader.entities_open and reader.has_class("-entities-open")
        await pilot.press("e")  # the panel has focus: e hides it
        await pilot.pause()
        assert not reader.entities_open and not reader.has_class("-entities-open")
        japan = next(entity for entity in reader.entities if entity.name == "Japan")
        reader.follow_entity(japan)
        await pilot.pause()
        assert reader.walk is not None and reader.walk.kind == "mention" and reader.walk.index == 0
        assert status.match == f"Japan 1/{japan.count}"
        await pilot.press("n")
        await pilot.pause()
        assert reader.walk.index == 1 and status.match == f"Japan 2/{japan.count}"
        await pilot.press("escape")
        await pilot.pause()
        assert reader.walk is None and status.match == "" and not app.query_one(ReadingView).has_highlights


async def test_a_user_keymap_rebinds_a_reader_key_by_its_id():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.set_keymap({"reader.next-section": "x"})
        await pilot.press("x")
        await pilot.pause()
        assert app.reader.section == 1
        await pilot.press("right_square_bracket")  # the old key no longer moves
        await pilot.pause()
        assert app.reader.section == 1
