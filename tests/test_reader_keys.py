"""The reader's keys, pressed the way a person presses them (CONTRACTS: "Keys in the reader").

Each test drives the app through Textual's Pilot and asserts on what changed: the
reading pane's scroll position, the status line, which pane has focus, which screen is
up, and what is drawn on the screen.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from textual.command import CommandPalette

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import SourceText, read_source
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.screens.help import HelpScreen
from briefing_tui.widgets.outline import Outline, OutlineBar
from briefing_tui.widgets.reading_view import ReadingView
from briefing_tui.widgets.status_line import StatusLine

WIDE = (120, 40)
MEDIUM = (70, 24)
NARROW = (55, 20)

# The bundled briefing's outline (CONTRACTS: "Section labels").
LABELS = ["Topline", "Key Facts", "Background", "Contra", "Threats"]


def make_app() -> BriefingApp:
    return BriefingApp(read_source(bundled_briefing()))


def status(app: BriefingApp) -> str:
    return app.query_one(StatusLine).position


def reading(app: BriefingApp) -> ReadingView:
    return app.query_one(ReadingView)


def screen_lines(app: BriefingApp) -> list[str]:
    """The screen as drawn, one string per terminal row."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def region_lines(app: BriefingApp, widget) -> list[str]:
    """The rows of the screen inside a widget's content region."""
    region = widget.content_region
    lines = screen_lines(app)
    return [lines[y][region.x : region.right] for y in range(region.y, region.bottom)]


def pane_top(app: BriefingApp) -> str:
    """The first drawn row of the reading pane."""
    return region_lines(app, reading(app))[0]


@asynccontextmanager
async def running(app: BriefingApp, size: tuple[int, int]) -> AsyncIterator:
    """Run the app headless at a size, once its layout has settled (breakpoints applied)."""
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        yield pilot


def pane_text(line: str) -> str:
    """The words of a reading-pane row, without the pane's borders or the scrollbar."""
    match = re.search(r"│ (.*?) *│", line)
    return " ".join(match.group(1).split()) if match else ""


async def palette_lines(app: BriefingApp, pilot, query: str) -> str:
    """The command palette's lines on screen after typing query into it."""
    await press(pilot, "ctrl+p", *query)
    commands = app.screen.query_one("CommandList")
    for _ in range(100):  # the palette searches in the background
        if commands.option_count:
            break
        await pilot.pause(0.02)
    await pilot.pause()
    return "\n".join(region_lines(app, commands))


async def press(pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


# ---------------------------------------------------------------------- scrolling


async def test_j_down_scroll_down_and_k_up_scroll_up():
    app = make_app()
    async with running(app, WIDE) as pilot:
        view = reading(app)
        assert view.has_focus
        assert view.scroll_y == 0
        first_row = pane_top(app)
        await press(pilot, "j")
        assert view.scroll_y == 1
        assert pane_top(app) != first_row
        await press(pilot, "down")
        assert view.scroll_y == 2
        await press(pilot, "k")
        assert view.scroll_y == 1
        await press(pilot, "up")
        assert view.scroll_y == 0
        assert pane_top(app) == first_row
        await press(pilot, "k")  # already at the top: nothing to scroll
        assert view.scroll_y == 0


async def test_status_line_follows_scrolling():
    app = make_app()
    async with running(app, WIDE) as pilot:
        view = reading(app)
        assert status(app) == "1/5 Topline"
        for _ in range(60):
            await press(pilot, "j")
            if status(app) != "1/5 Topline":
                break
        assert status(app) == "2/5 Key Facts"
        assert view.scroll_y > 0
        # The Key Facts pane is what stands at the top of the reading pane now.
        top = region_lines(app, view)[:2]
        assert any(line.startswith("╭─ 2 · Key Facts") for line in top), top
        assert not any("1 · Topline" in line for line in region_lines(app, view))
        # One line back up and the Topline pane is at the top again.
        await press(pilot, "k")
        assert status(app) == "1/5 Topline"


async def test_space_b_pgdn_pgup_page_down_and_up():
    app = make_app()
    async with running(app, MEDIUM) as pilot:
        view = reading(app)
        height = view.size.height
        assert view.max_scroll_y > 2 * height  # the briefing is several pages long here
        await press(pilot, "space")
        page = view.scroll_y
        assert height // 2 < page <= height  # about a screenful, not a line
        await press(pilot, "pagedown")
        assert view.scroll_y == 2 * page
        await press(pilot, "b")
        assert view.scroll_y == page
        await press(pilot, "pageup")
        assert view.scroll_y == 0
        assert status(app) == "1/5 Topline"


@pytest.mark.parametrize(("bottom", "top"), [("G", "g"), ("end", "home")])
async def test_top_and_bottom(bottom: str, top: str):
    app = make_app()
    async with running(app, WIDE) as pilot:
        view = reading(app)
        await press(pilot, "j", "j")
        await press(pilot, bottom)
        assert view.scroll_y == view.max_scroll_y > 0
        assert status(app) == "5/5 Threats"
        assert "5 · " in "\n".join(region_lines(app, view))  # the last pane is on screen
        await press(pilot, top)
        assert view.scroll_y == 0
        assert status(app) == "1/5 Topline"
        assert pane_top(app).startswith("╭─ 1 · Topline")


# ---------------------------------------------------------------------- sections


async def test_next_and_previous_section():
    app = make_app()
    async with running(app, MEDIUM) as pilot:
        view = reading(app)
        assert status(app) == "1/5 Topline"
        await press(pilot, "]")
        assert status(app) == "2/5 Key Facts"
        assert view.current_section == 1
        assert pane_top(app).startswith("╭─ 2 · Key Facts")
        await press(pilot, "]")
        assert status(app) == "3/5 Background"
        await press(pilot, "[")
        assert status(app) == "2/5 Key Facts"
        await press(pilot, "[")
        assert status(app) == "1/5 Topline"
        assert view.scroll_y == 0
        await press(pilot, "[")  # no section before the first
        assert status(app) == "1/5 Topline"
        await press(pilot, "]", "]", "]", "]", "]", "]")  # and none after the last
        assert status(app) == "5/5 Threats"


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
async def test_digit_jumps_to_section(number: int):
    app = make_app()
    async with running(app, MEDIUM) as pilot:
        view = reading(app)
        if number == 1:
            await press(pilot, "]", "]")  # start somewhere else
        await press(pilot, str(number))
        assert status(app) == f"{number}/5 {LABELS[number - 1]}"
        assert view.current_section == number - 1
        assert f"{number} · " in "\n".join(region_lines(app, view))
        outline = app.query_one(Outline)
        assert outline.highlighted == number - 1  # the outline follows


@pytest.mark.parametrize("key", ["9", "6"])
async def test_digit_past_the_last_section_changes_nothing(key: str):
    app = make_app()
    async with running(app, MEDIUM) as pilot:
        view = reading(app)
        await press(pilot, "2")
        before = (status(app), view.scroll_y, view.current_section, pane_top(app))
        await press(pilot, key)
        assert (status(app), view.scroll_y, view.current_section, pane_top(app)) == before
        assert before[0] == "2/5 Key Facts"


async def test_jump_sets_position_even_when_pane_cannot_scroll_that_far():
    app = make_app()
    async with running(app, WIDE) as pilot:
        view = reading(app)
        await press(pilot, "5")
        assert status(app) == "5/5 Threats"
        # The pane really could not bring section 5 to its top.
        assert view.scroll_y == view.max_scroll_y
        assert not pane_top(app).startswith("╭─ 5 ·")
        # A jump back by one is still a jump: it names the section jumped to.
        await press(pilot, "[")
        assert status(app) == "4/5 Contra"
        assert not pane_top(app).startswith("╭─ 4 ·")
        # Scrolling by hand returns the position to whatever is at the top.
        await press(pilot, "g")
        assert status(app) == "1/5 Topline"
        await press(pilot, "5", "k")
        assert view.scroll_y == view.max_scroll_y - 1
        assert status(app) != "5/5 Threats"


# ---------------------------------------------------------------------- panes and focus


async def test_tab_and_shift_tab_move_focus_between_panes():
    app = make_app()
    async with running(app, WIDE) as pilot:
        view, outline = reading(app), app.query_one(Outline)
        assert app.focused is view
        await press(pilot, "tab")
        assert app.focused is outline
        await press(pilot, "tab")
        assert app.focused is view
        await press(pilot, "shift+tab")
        assert app.focused is outline
        await press(pilot, "shift+tab")
        assert app.focused is view


async def test_o_shows_focuses_and_hides_the_outline():
    app = make_app()
    async with running(app, WIDE) as pilot:
        view, outline = reading(app), app.query_one(Outline)
        assert outline.display and app.focused is view
        for _ in range(2):  # twice round: hiding must work after showing again
            await press(pilot, "o")
            assert outline.display and outline.region.width > 0
            assert app.focused is outline
            await press(pilot, "o")
            assert not outline.display
            assert outline.region.width == 0
            assert app.focused is view
            # The reading pane takes the room the outline had.
            assert view.region.x == 0


async def test_o_opens_and_closes_the_outline_when_narrow():
    app = make_app()
    async with running(app, NARROW) as pilot:
        view, outline = reading(app), app.query_one(Outline)
        assert not outline.display
        for _ in range(2):
            await press(pilot, "o")
            assert outline.display and outline.region.width > 0
            assert app.focused is outline
            await press(pilot, "o")
            assert not outline.display
            assert app.focused is view


async def test_outline_keys_move_in_the_list_and_enter_jumps():
    app = make_app()
    async with running(app, WIDE) as pilot:
        view, outline = reading(app), app.query_one(Outline)
        await press(pilot, "o")
        assert app.focused is outline
        await press(pilot, "j", "down", "j")
        assert outline.highlighted == 3
        assert view.scroll_y == 0  # moving in the list does not scroll the text
        await press(pilot, "k")
        assert outline.highlighted == 2
        await press(pilot, "j", "enter")
        assert status(app) == "4/5 Contra"


@pytest.mark.parametrize("way_in", ["o", "tab"])
async def test_esc_from_the_outline_returns_to_the_reading_pane(way_in: str):
    app = make_app()
    async with running(app, WIDE) as pilot:
        view, outline = reading(app), app.query_one(Outline)
        await press(pilot, way_in)
        assert app.focused is outline
        await press(pilot, "escape")
        assert app.focused is view
        assert outline.display  # esc goes back to the text; it does not hide the outline


# ---------------------------------------------------------------------- help and palette

# Every key of CONTRACTS' table that the reader has now, as the help writes it.
HELP_KEYS = [
    "j", "k", "↓", "↑",
    "space", "b", "pgdn", "pgup",
    "g", "G", "home", "end",
    "]", "[",
    "0 … 9",
    "tab", "shift+tab",
    "o",
    "esc",
    "?", "f1",
    "ctrl+p",
    "q", "ctrl+q",
]  # fmt: skip


def help_keys(lines: list[str]) -> set[str]:
    """The keys in the help's key column: "j  ↓        Scroll down" -> {"j", "↓"}."""
    keys: set[str] = set()
    for line in lines:
        line = line.strip()
        parts = re.split(r" {3,}", line, maxsplit=1)
        if len(parts) == 2:
            keys.update(k.strip() for k in parts[0].split("  "))
    return keys


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_key_and_esc_closes_it(key: str):
    app = make_app()
    async with running(app, WIDE) as pilot:
        main_screen = app.screen
        await press(pilot, key)
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body")
        lines = region_lines(app, body)
        text = "\n".join(lines)
        for group in ("Anywhere", "Reading pane", "Outline"):
            assert group in text
        listed = help_keys(lines)
        missing = [k for k in HELP_KEYS if k not in listed]
        assert not missing, f"help does not list {missing}; it lists {sorted(listed)}"
        await press(pilot, "escape")
        assert app.screen is main_screen
        assert not isinstance(app.screen, HelpScreen)
        assert app.is_running  # esc closed the help, not the reader


async def test_ctrl_p_palette_goes_to_a_section():
    app = make_app()
    async with running(app, WIDE) as pilot:
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await press(pilot, *"Contra")
        commands = app.screen.query_one("CommandList")
        for _ in range(100):  # the palette searches in the background
            if commands.option_count:
                break
            await pilot.pause(0.02)
        prompts = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        assert prompts and prompts[0].startswith("Go to section: 4 Contra"), prompts
        await press(pilot, "enter")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
        assert status(app) == "4/5 Contra"
        assert "4 · Contra" in "\n".join(region_lines(app, reading(app)))


async def palette_run(pilot, app, text: str) -> list[str]:
    """Type into the command palette, wait for its hits, press enter; the hits as text."""
    await press(pilot, "ctrl+p")
    await press(pilot, *text)
    commands = app.screen.query_one("CommandList")
    for _ in range(100):  # the palette searches in the background
        if commands.option_count:
            break
        await pilot.pause(0.02)
    prompts = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
    await press(pilot, "enter")
    await pilot.pause()
    return prompts


async def test_palette_changes_the_theme():
    app = make_app()
    async with running(app, WIDE) as pilot:
        before = app.theme
        await palette_run(pilot, app, "theme")  # opens the theme picker
        await press(pilot, "down", "enter")
        assert app.theme != before


async def test_palette_exports_to_a_new_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with running(app, WIDE) as pilot:
        prompts = await palette_run(pilot, app, "Export as markdown")
        assert prompts[0].startswith("Export as markdown"), prompts
        await palette_run(pilot, app, "Export as markdown")
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["us_japan_security_agreement.export-1.md", "us_japan_security_agreement.export.md"]
    assert (tmp_path / files[1]).read_text(encoding="utf-8").startswith("# The U.S. and Japan")


async def test_palette_export_never_writes_through_a_planted_link(tmp_path, monkeypatch):
    """Issue 8, item 6: a dangling link with the export's name, planted in the working
    folder, made "Export as ..." create the file it points to."""
    outside = tmp_path / "outside"
    outside.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    (work / "us_japan_security_agreement.export.md").symlink_to(outside / "planted.md")
    victim = outside / "victim.json"
    victim.write_text("precious", encoding="utf-8")
    (work / "us_japan_security_agreement.export.json").symlink_to(victim)
    monkeypatch.chdir(work)
    app = make_app()
    async with running(app, WIDE) as pilot:
        await palette_run(pilot, app, "Export as markdown")
        await palette_run(pilot, app, "Export as json")
    assert not (outside / "planted.md").exists()
    assert victim.read_text(encoding="utf-8") == "precious"
    written = work / "us_japan_security_agreement.export-1.md"
    assert not written.is_symlink() and written.read_text(encoding="utf-8").startswith("# The U.S. and Japan")
    assert (work / "us_japan_security_agreement.export-1.json").read_text(encoding="utf-8").startswith("{")


# ---------------------------------------------------------------------- quitting


@pytest.mark.parametrize("key", ["q", "ctrl+q"])
async def test_quit_keys_exit_the_app(key: str):
    app = make_app()
    async with running(app, WIDE) as pilot:
        await press(pilot, "j")
        assert app.return_code is None
        assert app.is_running
        await press(pilot, key)
        assert app.return_code == 0
    assert not app.is_running


# ---------------------------------------------------------------------- mouse


async def test_click_on_an_outline_label_jumps():
    app = make_app()
    async with running(app, WIDE) as pilot:
        outline = app.query_one(Outline)
        assert region_lines(app, outline)[3].strip() == "4 Contra"
        assert await pilot.click(Outline, offset=(2, 3))
        await pilot.pause()
        assert status(app) == "4/5 Contra"
        assert reading(app).current_section == 3
        assert "4 · Contra" in "\n".join(region_lines(app, reading(app)))


async def test_click_on_the_outline_bar_jumps():
    app = make_app()
    async with running(app, NARROW) as pilot:
        bar = app.query_one(OutlineBar)
        line = region_lines(app, bar)[0]
        x = line.index("4 Contra")
        assert await pilot.click(OutlineBar, offset=(x + 2, 0))
        await pilot.pause()
        assert status(app) == "4/5 Contra"
        assert bar.current == 3
        # The last label is cut off at this width; a click on what shows of it jumps too,
        # and the bar scrolls to show the whole label.
        line = region_lines(app, bar)[0]
        assert "5 Threats" not in line
        x = line.index(" 5 ")
        assert await pilot.click(OutlineBar, offset=(x + 2, 0))
        await pilot.pause()
        assert status(app) == "5/5 Threats"
        assert "5 Threats" in region_lines(app, bar)[0]


# ---------------------------------------------------------------------- widths


@pytest.mark.parametrize(
    ("size", "outline_width"),
    [(WIDE, 26), (MEDIUM, 18), (NARROW, 0)],
    ids=["120", "70", "55"],
)
async def test_outline_narrows_then_folds_into_a_bar(size: tuple[int, int], outline_width: int):
    app = make_app()
    async with running(app, size) as pilot:
        outline, bar, view = app.query_one(Outline), app.query_one(OutlineBar), reading(app)
        assert outline.region.width == outline_width
        assert outline.display == (outline_width > 0)
        assert bar.display == (outline_width == 0)
        if bar.display:
            assert bar.region.width == size[0] and bar.region.height == 1
            assert region_lines(app, bar)[0].startswith(" 1 Topline ")
        else:
            assert bar.region.height == 0
        # The reading pane takes the rest of the width.
        assert view.region.x == outline_width
        assert view.region.width == size[0] - outline_width


async def test_resizing_moves_between_the_outline_and_the_bar():
    app = make_app()
    async with running(app, WIDE) as pilot:
        outline, bar = app.query_one(Outline), app.query_one(OutlineBar)
        assert outline.region.width == 26 and not bar.display
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        assert not outline.display and bar.display
        await pilot.resize_terminal(*MEDIUM)
        await pilot.pause()
        assert outline.region.width == 18 and not bar.display
        await pilot.resize_terminal(*WIDE)
        await pilot.pause()
        assert outline.region.width == 26 and not bar.display


RESIZES = [NARROW, MEDIUM, WIDE, MEDIUM, NARROW, WIDE, (100, 30), WIDE]


@pytest.mark.parametrize("number", [2, 3, 5])
async def test_resizing_keeps_the_section_jumped_to(number: int):
    app = make_app()
    async with running(app, WIDE) as pilot:
        view = reading(app)
        await press(pilot, str(number))
        want = f"{number}/5 {LABELS[number - 1]}"
        for size in RESIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert (size, view.current_section, status(app)) == (size, number - 1, want)


async def test_resizing_keeps_the_text_at_the_top():
    app = make_app()
    async with running(app, WIDE) as pilot:
        view = reading(app)
        await press(pilot, *["j"] * 12)  # by hand, into the Key Facts pane
        while not re.match(r"│ \w", pane_top(app)):  # to a line of text
            await press(pilot, "j")
        assert status(app) == "2/5 Key Facts"
        assert view.scroll_y >= 12
        words = pane_top(app).strip("│ ").split()[:3]
        for size in RESIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert status(app) == "2/5 Key Facts", size
            # The line read at the top before is still at (or just below) the top.
            top = " ".join(pane_text(line) for line in region_lines(app, view)[:3])
            assert " ".join(words) in top, (size, words, top)


async def test_two_digits_typed_quickly_reach_a_section_past_nine():
    paragraphs = "\n\n".join(
        f"Part number {n} of the day\n\nThe council met again and spoke about item {n} at length for an hour."
        for n in range(1, 14)
    )
    source = SourceText("Council day by day\n\n" + paragraphs + "\n", "twelve.txt", ())
    app = BriefingApp(source)
    async with running(app, MEDIUM) as pilot:
        view = reading(app)
        assert len(app.screen.briefing.sections) == 13
        await press(pilot, "1", "2")
        assert view.current_section == 11
        await press(pilot, "3")  # 123 is past the end: the 3 alone
        assert view.current_section == 2



LONG_RULES = [
    "Start small and build up slowly over the first few weeks of the trip",
    "Pack light because every extra bag costs time and money at each stop",
    "Book early for the busy season when trains fill up quickly",
    "Check the weather",
]


async def test_a_long_numbered_heading_is_not_numbered_twice_in_the_status_line_or_the_palette():
    body = "Travellers who plan well enjoy the trip more, in every season and on every journey."
    text = "Long rules for a calm trip\n\n" + "\n\n".join(
        f"{n}. {rule}\n\n{body}" for n, rule in enumerate(LONG_RULES, 1)
    )
    app = BriefingApp(SourceText(text + "\n", "rules.txt", ()))
    async with running(app, WIDE) as pilot:
        assert app.screen.briefing.sections[1].label.endswith("…")  # the outline's cut label
        await press(pilot, "2")
        shown = str(app.query_one(StatusLine).render())
        assert "2/4 Pack light because every extra bag costs time and money at each stop" in shown, shown
        assert "2. Pack" not in shown
        listed = await palette_lines(app, pilot, "pack")
        assert "Go to section: 2 Pack light because…" in listed, listed
        assert "2. Pack" not in listed, listed

async def test_a_heading_with_its_own_number_is_not_numbered_twice_on_its_pane():
    entries = ["#1 The sun sets in the sea.", "#2 Trams climb every hill.", "#3 The coffee is strong."]
    body = "The council met again and spoke about the plan at length for an hour, then voted on it."
    source = SourceText("\n\n".join(f"{entry}\n\n{body}" for entry in entries) + "\n", "reasons.txt", ())
    app = BriefingApp(source)
    async with running(app, WIDE) as pilot:
        assert [s.heading for s in app.screen.briefing.sections] == entries
        top = pane_top(app)
        assert top.startswith("╭─ #1 The sun sets in the sea."), top
        await pilot.pause()


async def test_help_scrolls_a_line_for_every_key_even_in_a_burst():
    """j held down (or typed quickly) in the help at 80x24 moves it a line per key, like a pager."""
    from textual import events

    app = make_app()
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "question_mark")
        body = app.screen.query_one("#help-body")
        # As a held key arrives: one key after another, no frame in between.
        for _ in range(5):
            app.post_message(events.Key("j", "j"))
        await pilot.pause()
        assert body.scroll_y == 5
        for _ in range(2):
            app.post_message(events.Key("k", "k"))
        await pilot.pause()
        assert body.scroll_y == 3
        await press(pilot, "j")
        assert body.scroll_y == 4


async def test_g_and_G_in_the_outline_go_to_the_first_and_last_section_and_the_text_follows():
    app = make_app()
    async with running(app, (80, 24)) as pilot:
        view = reading(app)
        await press(pilot, "o")
        outline = app.query_one(Outline)
        assert outline.has_focus
        await press(pilot, "G")
        assert outline.highlighted == len(LABELS) - 1
        assert status(app) == "5/5 Threats"
        assert view.scroll_y == view.max_scroll_y
        assert outline.has_focus  # still in the outline, as after g
        await press(pilot, "g")
        assert outline.highlighted == 0
        assert status(app) == "1/5 Topline"
        assert view.scroll_y == 0
        assert outline.has_focus


TRIP_RULES = ["Start small", "Pack light", "Go by train", "Book early", "Learn a few words", "Carry cash",
              "Walk a lot", "Eat where locals eat", "Keep a paper map", "Sleep on it", "Say thank you", "Rest a day"]


def lead_then_numbered_rules() -> SourceText:
    """An unnumbered lead, then headings numbered 1. … 12.: the tenth rule is section 11."""
    body = "Travellers who plan well enjoy the trip more, in every season and on every journey."
    text = "Twelve rules for a calm trip\n\n" + body + " " + body + "\n\n" + "\n\n".join(
        f"{n}. {rule}\n\n{body}" for n, rule in enumerate(TRIP_RULES, 1)
    )
    return SourceText(text + "\n", "rules.txt", ())


@pytest.mark.parametrize("size", [(80, 24), NARROW])
async def test_the_outline_shows_a_numbered_headings_own_number_not_a_second_one(size):
    from briefing_tui.widgets.outline import Outline, OutlineBar

    app = BriefingApp(lead_then_numbered_rules())
    async with running(app, size) as pilot:
        sections = app.screen.briefing.sections
        assert sections[0].heading is None and sections[10].heading == "10. Sleep on it"
        await press(pilot, "1", "1")  # section 11: the pane shows the text's "10."
        pane = "\n".join(region_lines(app, reading(app)))
        assert "╭─ 10. Sleep on it" in pane and "11 · " not in pane, pane
        if size == NARROW:
            shown = str(app.query_one(OutlineBar).render())
            assert " 10. Sleep on it " in shown and "11 Sleep" not in shown, shown
            assert app.query_one(OutlineBar).numbers[:2] == ["1", "1."]  # the lead, then the text's own
        else:
            outline = app.query_one(Outline)
            rows = [str(outline.get_option_at_index(i).prompt).strip() for i in range(outline.option_count)]
            assert rows[0] == "1 Lead"
            assert rows[1] == "1. Start small"
            assert rows[10] == "10. Sleep on it"
            assert not any(row.startswith("11 Sleep") for row in rows)
            assert "10. Sleep on it" in "\n".join(region_lines(app, outline))


def valley_guide() -> SourceText:
    body = "The council met again and spoke about the plan at length for an hour, then voted on it."
    heads = ["Quiet Evenings (Not Loud Nights Out)", "Where to walk with children and dogs", "Roads"]
    text = "A guide to the valley towns\n\n" + body + "\n\n" + "\n\n".join(f"{h}\n\n{body}" for h in heads)
    return SourceText(text + "\n", "valley.txt", ())


async def test_outline_labels_are_cut_after_a_word_that_carries_meaning_and_the_whole_heading_stays_at_hand():
    app = BriefingApp(valley_guide())
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "o")
        outline = app.query_one(Outline)
        drawn = "\n".join(region_lines(app, outline))
        # Not "Quiet Evenings (Not…" (a bracket never closed) nor "Where to walk with…".
        assert "2 Quiet Evenings…" in drawn, drawn
        assert "3 Where to walk…" in drawn, drawn
        await press(pilot, "j")  # the cursor on a cut label: its whole heading is the tooltip
        assert outline.highlighted == 1
        assert outline.tooltip == "Quiet Evenings (Not Loud Nights Out)"
        await press(pilot, "j", "j")
        assert outline.tooltip is None  # "Roads" is whole
        await press(pilot, "k", "enter")  # read it: the status line says it whole
        assert "3/4 Where to walk with children and dogs" in str(app.query_one(StatusLine).render())


async def test_the_palette_numbers_a_numbered_heading_as_the_outline_does():
    body = "Travellers who plan well enjoy the trip more, in every season and on every journey."
    lead = "Most trips go wrong before they start, so the first steps matter more than any other."
    text = lead + "\n\n" + "\n\n".join(f"{n}. {rule}\n\n{body}" for n, rule in enumerate(["Start small", "Pack light", "Sleep well"], 1))
    app = BriefingApp(SourceText(text + "\n", "rules.txt", ()))
    async with running(app, WIDE) as pilot:
        assert app.screen.briefing.sections[0].heading is None  # the unnumbered lead
        listed = await palette_lines(app, pilot, "pack")
        assert "Go to section: 2 Pack light" in listed, listed
        assert "Go to section: 3 Pack light" not in listed, listed


async def test_esc_on_a_reader_closing_mid_key_does_nothing():
    """A key queued while another briefing opens can reach the old reader after its text
    is gone (seen once in the monkey test): esc then clears nothing and raises nothing."""
    app = make_app()
    async with running(app, WIDE) as pilot:
        screen = app.screen
        await screen.query_one(ReadingView).remove()
        screen.action_clear()
        await pilot.pause()
        assert not screen.query(ReadingView)
