"""Search as you type: every keystroke marks the matches in the text and shows "k/N";
n/N say when they go round the end."""

from __future__ import annotations

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from conftest import settled


async def typed(pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_matches_are_marked_and_counted_while_typing():
    app = BriefingApp(read_source(bundled_briefing()))
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        reader, view = app.reader, app.query_one("ReadingView")
        await typed(pilot, "slash", *"kish")
        assert reader.search_bar.display  # no Enter pressed
        marked = [(s, a, b) for s, spans in view._highlights.items() for a, b in spans]
        texts = {reader.briefing.sections[s].text[a:b] for s, a, b in marked}
        assert texts == {"Kishida"}
        assert reader.query_one("#status").match == f"kish 1/{len(marked)}"
        # Every keystroke: a new query, new marks, a new count.
        await typed(pilot, *["backspace"] * 4, *"japan")
        marked = [(s, a, b) for s, spans in view._highlights.items() for a, b in spans]
        in_text = [(s, a, b) for s, a, b in marked if a < b]  # the rest: a heading holds it
        assert len(in_text) > 10
        assert {reader.briefing.sections[s].text[a:b].lower()[:5] for s, a, b in in_text} == {"japan"}
        count = reader.query_one("#status").match
        assert count.startswith("japan ") and count.endswith(f"/{len(marked)}")
        # The current match is the first at or after the place being read.
        current = view._current_hit
        assert current == min(in_text)
        await typed(pilot, *["backspace"] * 5)
        assert not view.has_highlights and reader.query_one("#status").match == ""


async def test_the_first_match_counted_is_at_the_reader_place():
    app = BriefingApp(read_source(bundled_briefing()))
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await typed(pilot, "4", "slash", *"japan")
        current = app.query_one("ReadingView")._current_hit
        assert current is not None and current[0] == 3


async def test_n_and_N_say_when_they_wrap():
    app = BriefingApp(read_source(bundled_briefing()))
    notices: list[str] = []
    notify = app.notify

    def recorded(message, **kwargs):
        notices.append(message)  # kept: a notice on screen expires, on a busy machine too soon
        return notify(message, **kwargs)

    app.notify = recorded
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await typed(pilot, "slash", *"japan", "enter")
        reader = app.reader
        total = len(reader.walk.spans)
        assert total >= 2
        await typed(pilot, *["N"] * (reader.walk.index + 1))
        assert reader.walk.index == total - 1
        assert any("back to the last match" in m for m in notices)
        await typed(pilot, "n")
        assert reader.walk.index == 0
        assert any("back to the first match" in m for m in notices)


async def test_esc_after_a_search_with_no_matches_clears_the_status_line():
    app = BriefingApp(read_source(bundled_briefing()))
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        reader = app.reader
        await typed(pilot, "slash", *"qqqzz")
        assert reader.query_one("#status").match == "qqqzz: no matches"
        await typed(pilot, "escape")
        assert not reader.search_bar.display
        assert reader.query_one("#status").match == ""


async def test_enter_takes_the_match_the_counter_names_among_equally_good_ones():
    app = BriefingApp(read_source(bundled_briefing()))
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await typed(pilot, "4", "slash", *"japan")
        reader = app.reader
        counted = reader.walk.spans[reader.walk.index]
        assert counted[0] == 3
        await typed(pilot, "enter")
        assert reader.walk.spans[reader.walk.index] == counted
