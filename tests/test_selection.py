"""Mouse selection in the reading pane: the text as the briefing has it, never the borders."""

from __future__ import annotations

from textual.geometry import Offset
from textual.selection import Selection

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing


def make_app() -> BriefingApp:
    return BriefingApp(read_source(bundled_briefing()))


async def test_dragging_over_the_text_selects_it_without_borders_or_line_breaks():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        view = app.query_one("ReadingView")
        # From the pane's left border, over four wrapped rows.
        await pilot.mouse_down(view, offset=(0, 1))
        await pilot.hover(view, offset=(40, 4))
        await pilot.mouse_up(view, offset=(40, 4))
        await pilot.pause()
        selected = app.screen.get_selected_text()
        topline = app.reader.briefing.sections[0].text
        assert selected and topline.startswith(selected) and len(selected) > 150
        assert "│" not in selected and "\n" not in selected  # one paragraph, as written


async def test_a_selection_across_sections_keeps_headings_and_paragraphs():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        view = app.query_one("ReadingView")
        layout = view.layout_rows
        second = layout.section_starts[1]
        text, _ = view.get_selection(Selection(Offset(4, 1), Offset(9, second + 1)))
        sections = app.reader.briefing.sections
        assert text.startswith(sections[0].text[4:])
        assert "\n\nKey Facts\n\n" in text and text.endswith(sections[1].text[:9])
        assert not set("│╭╮╰╯─") & set(text)
        everything, _ = view.get_selection(Selection(None, None))
        assert everything.startswith(sections[0].text) and everything.endswith(sections[-1].text)
