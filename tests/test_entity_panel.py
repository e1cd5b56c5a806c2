"""The entity panel, driven the way a person drives it: e, typing, Enter, n/N, esc, q."""

from __future__ import annotations

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.widgets.entity_panel import EntityList, EntityPanel
from briefing_tui.widgets.reading_view import ReadingView
from briefing_tui.widgets.status_line import StatusLine


def make_app() -> BriefingApp:
    return BriefingApp(read_source(bundled_briefing()))


async def ready(pilot) -> None:
    """Wait until the entities, found in a worker after the first frame, are in the panel."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def listed(app: BriefingApp) -> list[str]:
    listing = app.query_one(EntityList)
    return [str(listing.get_option_at_index(i).prompt).strip() for i in range(listing.option_count)]


async def test_e_shows_focuses_and_hides_the_panel_grouped_by_type():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        panel = app.query_one(EntityPanel)
        assert not panel.display
        await pilot.press("e")
        await pilot.pause()
        assert panel.display and app.query_one(EntityList).has_focus
        rows = listed(app)
        headings = [row for row in rows if "(" in row and row.split(" (")[0] in ("People", "Places", "Groups", "Organisations", "Dates", "Numbers", "Other")]
        assert headings[:3] == ["People (6)", "Organisations (6)", "Places (7)"]
        assert rows.index("Places (7)") < next(i for i, r in enumerate(rows) if r.startswith("Japan "))
        await pilot.press("e")
        await pilot.pause()
        assert not panel.display and app.query_one(ReadingView).has_focus


async def test_typing_filters_with_typos_and_enter_follows_the_entity():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("e", "slash", *"blinkn")
        await pilot.pause()
        assert [r.split()[:2] for r in listed(app) if not r.endswith(")")] == [["Antony", "Blinken"]]
        await pilot.press("enter")
        await pilot.pause()
        status = app.query_one(StatusLine)
        assert status.match == "Antony Blinken 1/1"
        assert status.position == "3/5 Background"


async def test_n_and_shift_n_walk_the_mentions_and_esc_clears():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        japan = next(e for e in app.reader.entities if e.name == "Japan")
        app.reader.follow_entity(japan)
        await pilot.pause()
        status = app.query_one(StatusLine)
        assert status.match == f"Japan 1/{japan.count}"
        await pilot.press("n", "n")
        await pilot.pause()
        assert status.match == f"Japan 3/{japan.count}"
        await pilot.press("N")
        await pilot.pause()
        assert status.match == f"Japan 2/{japan.count}"
        await pilot.press("N", "N")
        await pilot.pause()
        assert status.match == f"Japan {japan.count}/{japan.count}"  # wraps round
        assert app.query_one(ReadingView).has_highlights
        await pilot.press("escape")
        await pilot.pause()
        assert status.match == "" and not app.query_one(ReadingView).has_highlights


async def test_a_letter_in_the_list_starts_the_filter_and_q_still_quits():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("e", *"hawai")
        await pilot.pause()
        assert app.query_one("#entity-filter").value == "hawai"
        await pilot.press("escape")  # clears the filter, back to the list
        await pilot.pause()
        assert app.query_one("#entity-filter").value == "" and app.query_one(EntityList).has_focus
        assert app.return_code is None
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0


async def test_palette_shows_an_entity():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Show entity: Reuters")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(StatusLine).match == "Reuters 1/1"
        assert app.query_one(StatusLine).position == "4/5 Contra"


async def test_the_panel_never_squeezes_the_text_away():
    """Below 110 columns the outline steps aside; below 60 the panel takes the width until chosen."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.reader.reading.region.width >= 40
        assert not app.query_one("Outline").display
        await pilot.press("e")
        await pilot.pause()
        assert app.query_one("Outline").display
    app = make_app()
    async with app.run_test(size=(45, 15)) as pilot:
        await ready(pilot)
        await pilot.press("e", "slash", *"taiwan", "enter")
        await pilot.pause()
        assert not app.reader.entity_panel.display and app.reader.reading.region.width >= 40
        assert app.query_one(StatusLine).match.startswith("Taiwan 1/")


async def test_a_click_on_an_entity_follows_it():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        rows = listed(app)
        row = next(i for i, r in enumerate(rows) if r.startswith("Joe Biden"))
        await pilot.click(EntityList, offset=(4, row))
        await pilot.pause()
        assert app.query_one(StatusLine).match == "Joe Biden 1/1"
        assert app.query_one(StatusLine).position == "2/5 Key Facts"
