"""Layout at every size: entity rows never wrap, the text keeps 20 columns while a pane is
open, a one-section text starts without the outline, a cut label is shown whole when it fits."""

from __future__ import annotations

import pytest

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from conftest import settled

SIZES = [(120, 40), (80, 24), (70, 24), (60, 20), (50, 16), (40, 16)]


def text_columns(app) -> int:
    view = app.query_one("ReadingView")
    assert view.display and view.region.width > 0, "the text was hidden"
    return view.scrollable_content_region.width - 4  # less its borders


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_the_text_keeps_twenty_columns_and_rows_never_wrap(size):
    app = BriefingApp(read_source(bundled_briefing()))
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        reader = app.reader
        for keys in [("e",), ("o",), ("e", "o"), ("o", "e")]:
            reader.entities_open, reader.outline = False, "auto"
            reader.reading.focus()
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            await pilot.pause()
            assert text_columns(app) >= 20, keys
            listing = app.query_one("#entity-list")
            if listing.region.width:
                # One line per entity: a name is cut, its count stays on its row.
                assert listing.virtual_size.height == listing.option_count, keys
                rows = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
                assert all(row.rstrip()[-1].isdigit() or row.endswith(")") for row in rows)
            outline = app.query_one("#outline")
            if outline.region.width:
                assert outline.virtual_size.height == outline.option_count, keys


async def test_the_last_pane_asked_for_wins_when_both_do_not_fit():
    app = BriefingApp(read_source(bundled_briefing()))
    async with app.run_test(size=(60, 20)) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.query_one("#entities").region.width > 0
        await pilot.press("o")
        await pilot.pause()
        assert app.query_one("#outline").region.width > 0 and app.query_one("#entities").region.width == 0


async def test_at_70_columns_the_panel_and_the_outline_both_fit():
    app = BriefingApp(read_source(bundled_briefing()))
    async with app.run_test(size=(70, 24)) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.query_one("#outline").region.width > 0 and app.query_one("#entities").region.width > 0
        assert text_columns(app) == 20


async def test_a_one_section_text_starts_without_the_outline(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("A Short Note\n\nThe meeting moved to Thursday at ten, in the small room.\n", encoding="utf-8")
    app = BriefingApp(read_source(str(path)))
    async with app.run_test(size=(120, 30)) as pilot:
        await settled(pilot)
        assert len(app.reader.briefing.sections) == 1
        assert app.query_one("#outline").region.width == 0
        assert app.query_one("ReadingView").region.x == 0  # the text starts at the left edge
        await pilot.press("o")
        await pilot.pause()
        assert app.query_one("#outline").region.width > 0


LONG = """# Pacific Notes

## The Long Road To A Security Agreement Between Two Old Allies

Some text here about it.

## Why It Matters

More text.
"""


async def test_a_cut_label_shows_whole_in_the_status_line_when_it_fits(tmp_path):
    path = tmp_path / "long.md"
    path.write_text(LONG, encoding="utf-8")
    app = BriefingApp(read_source(str(path)))
    async with app.run_test(size=(120, 30)) as pilot:
        await settled(pilot)
        label = app.reader.briefing.sections[0].label
        assert label.endswith("…")  # the outline's short label
        status = app.query_one("#status")
        shown = str(status.render())
        assert "1/2 The Long Road To A Security Agreement Between Two Old Allies" in shown
        await pilot.resize_terminal(40, 20)
        await pilot.pause()
        assert f"1/2 {label}"[:30] in str(status.render())
