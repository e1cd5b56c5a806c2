"""Hostile input in the reader, and small and changing terminals.

Text is data, never markup: Rich/Textual markup inside a briefing shows literally in the
header, outline, panes, entity panel, search results and command palette, and clicking it
does nothing. Escape sequences and control characters never reach a rendered strip. Every
terminal size from 20x6 to 300x100 works.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.command import CommandPalette

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.screens.help import HelpScreen
from briefing_tui.widgets.outline import Outline
from briefing_tui.widgets.reading_view import ReadingView
from briefing_tui.widgets.status_line import StatusLine

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
MARKUP = HOSTILE / "markup.txt"

# C0 controls (ESC included), DEL and C1 controls, bidi overrides and isolates.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

TITLE = "[b]Acme[/b] Shares Plunge As [bold red]Regulators[/] Circle [@click=app.quit]click me[/]"


def make_app(path) -> BriefingApp:
    return BriefingApp(read_source(path))


def screen_lines(app: BriefingApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def screen_text(app: BriefingApp) -> str:
    return "\n".join(screen_lines(app))


def region_lines(app: BriefingApp, widget) -> list[str]:
    region = widget.region
    lines = screen_lines(app)
    return [lines[y][region.x : region.right] for y in range(region.y, min(region.bottom, len(lines)))]


def pane_words(app: BriefingApp) -> str:
    """The reading pane's text rows joined, borders and padding dropped."""
    rows = []
    for line in region_lines(app, app.query_one(ReadingView)):
        match = re.search(r"│ (.*?) *│", line)
        if match:
            rows.append(match.group(1).strip())
    return " ".join(rows)


def assert_no_controls(app: BriefingApp, where: str = "") -> None:
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        for segment in strip:
            found = CONTROL.search(segment.text)
            assert found is None, f"{where} row {y}: {found.group()!r} in {segment.text!r}"


def find(lines: list[str], needle: str) -> tuple[int, int] | None:
    for y, line in enumerate(lines):
        x = line.find(needle)
        if x != -1:
            return x, y
    return None


@asynccontextmanager
async def running(app: BriefingApp, size: tuple[int, int]) -> AsyncIterator:
    """Run headless at a size, after the first frame and the entity worker are done."""
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        yield pilot


async def press(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def type_text(pilot, text: str) -> None:
    for character in text:
        await pilot.press("space" if character == " " else character)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


# ---------------------------------------------------------------------- markup is literal


async def test_markup_is_literal_in_header_outline_and_panes():
    app = make_app(MARKUP)
    async with running(app, (150, 50)):
        lines = screen_lines(app)
        assert TITLE in lines[0], lines[0]
        assert "Jane [i]Doe[/i], Forbes Staff" in lines[0]
        outline = "\n".join(region_lines(app, app.query_one(Outline)))
        assert "5 Acme [B]Bold[/] Bet" in outline, outline
        pane = pane_words(app)
        for literal in [
            "[bold red]Acme Corp[/] shares fell 12%",
            "[@click=app.quit]click me[/] to read the filing",
            "[link=https://evil.example]x[/link] for the details.",
            "matter [/] who asked",
            "markup [/] closes nothing and \\[escaped] brackets stay brackets.",
            "company's **bold** plan",
            "[reverse]Widget[/reverse]",
            '[@click=app.bell]Ring[/] the bell, [@click="app.exit"]exit[/] the app',
            "[italic]Margaret Hale[/italic] founded Acme Corp",
        ]:
            assert literal in pane, literal
        text = screen_text(app)
        assert "╭─ 5 · Acme [B]Bold[/] Bet" in text
        assert "╭─ 6 · What Is [b]Acme[/b] Hiding From Investors?" in text


async def test_markup_is_literal_further_down_the_panes():
    app = make_app(MARKUP)
    async with running(app, (150, 50)) as pilot:
        await press(pilot, "G")
        pane = pane_words(app)
        assert "[@click=app.quit]a trap[/]" in pane
        assert "[dim]Smith[/dim] repeated that the [@click=screen.dismiss]audit[/] is complete." in pane


async def test_outline_labels_are_the_export_labels_literally():
    app = make_app(MARKUP)
    async with running(app, (150, 50)):
        outline = [line.strip() for line in region_lines(app, app.query_one(Outline)) if line.strip()]
        labels = [section.label for section in app.reader.briefing.sections]
        assert [re.sub(r"^\d+ ", "", line).rstrip("▕ ") for line in outline[: len(labels)]] == labels


async def test_markup_is_literal_in_the_narrow_outline_bar():
    app = make_app(MARKUP)
    async with running(app, (50, 20)) as pilot:
        await press(pilot, "5")
        bar = app.query_one("#outline-bar")
        drawn = "".join(region_lines(app, bar))
        assert "Acme [B]Bold[/] Bet" in drawn, drawn


async def test_entity_panel_shows_names_literally_and_follows_them():
    app = make_app(MARKUP)
    async with running(app, (150, 50)) as pilot:
        await press(pilot, "e")
        panel = app.query_one("#entities")
        drawn = "\n".join(region_lines(app, panel))
        for name in ["Acme Corp", "John Smith", "Margaret Hale", "Goldman Sachs"]:
            assert name in drawn, name
        await type_text(pilot, "acme")
        drawn = "\n".join(region_lines(app, panel))
        assert "Acme Corp" in drawn
        await press(pilot, "enter")
        status = app.query_one(StatusLine)
        assert status.match.startswith("Acme Corp"), status.match
        drawn = "\n".join(region_lines(app, panel))
        assert "Acme Corp" in drawn
        # The pane scrolled to a mention: the literal markup around it is still drawn.
        assert "[bold red]Acme Corp[/]" in pane_words(app) or "[italic]Margaret Hale[/italic]" in pane_words(app)
        assert app.return_code is None


async def test_search_results_show_markup_literally():
    app = make_app(MARKUP)
    async with running(app, (150, 50)) as pilot:
        await press(pilot, "slash")
        await type_text(pilot, "click me")
        results = "\n".join(region_lines(app, app.query_one("#search-results")))
        assert "[@click=app.quit]click me[/]" in results, results
        box = app.query_one("#search-input")
        box.value = ""
        await pilot.pause()
        await type_text(pilot, "acme corp")
        results = "\n".join(region_lines(app, app.query_one("#search-results")))
        assert "[bold red]Acme Corp[/]" in results, results
        await press(pilot, "enter")
        assert app.return_code is None
        assert app.query_one(StatusLine).match.startswith("acme corp")


async def test_search_query_with_markup_is_shown_literally_in_the_box():
    app = make_app(MARKUP)
    async with running(app, (150, 50)) as pilot:
        await press(pilot, "slash")
        await type_text(pilot, "[bold red]acme")
        box = app.query_one("#search-input")
        assert box.value == "[bold red]acme"
        assert "[bold red]acme" in "\n".join(region_lines(app, box))
        assert app.return_code is None


async def test_command_palette_shows_headings_literally():
    app = make_app(MARKUP)
    async with running(app, (150, 50)) as pilot:
        await press(pilot, "ctrl+p")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        lines = [line.strip() for line in screen_lines(app)]
        assert "Go to section: 5 Acme [B]Bold[/] Bet" in lines
        assert "What Is [b]Acme[/b] Hiding From Investors?" in lines
        # The help line under a command is the section's heading, as written.
        assert "Acme [B]Bold[/] Bet" in lines, [line for line in lines if "Bet" in line]
        await type_text(pilot, "acme")
        await pilot.pause(0.3)
        lines = [line.strip() for line in screen_lines(app)]
        assert "Acme [B]Bold[/] Bet" in lines, [line for line in lines if "Bet" in line]
        await press(pilot, "escape")
        assert not isinstance(app.screen, CommandPalette)
        assert app.return_code is None


def _forbes(heading: str) -> str:
    return f"Acme Shares Fall\nTopline\nAcme fell on Tuesday.\n\n{heading}\nBecause of the audit.\n"


def _markdown(heading: str) -> str:
    return f"# Acme Shares Fall\n\n## Topline\n\nAcme fell on Tuesday.\n\n## {heading}\n\nBecause of the audit.\n"


@pytest.mark.parametrize(
    "heading, document",
    [
        ('Why [X="Acme] Fell', _forbes),  # unclosed quoted markup value: MarkupError
        ("Why [Aa='x]Acme Fell", _forbes),
        ("Why [$Accent]Acme Fell", _forbes),  # a variable reference, swallowed
        ("Why [B @click=app.quit]Acme[/] Fell", _markdown),  # an action behind an upper-case style
        ("Why [link=https://evil.example]Acme[/link] Fell", _markdown),
    ],
)
async def test_command_palette_survives_a_hostile_heading(tmp_path, heading, document):
    """A section heading is help text in the palette: it must neither crash nor be obeyed."""
    path = tmp_path / "heading.txt"
    path.write_text(document(heading), encoding="utf-8")
    app = make_app(path)
    assert app.reader.briefing.sections[-1].heading == heading, [s.heading for s in app.reader.briefing.sections]
    opened: list[tuple] = []
    app.open_url = lambda *args, **kwargs: opened.append(args)  # type: ignore[method-assign]
    async with running(app, (120, 30)) as pilot:
        await press(pilot, "ctrl+p")
        await pilot.pause(0.3)
        lines = [line.strip() for line in screen_lines(app)]
        assert heading in lines, [line for line in lines if "Fell" in line]
        # Click the help line where the heading is drawn: nothing but choosing the command.
        spot = find(screen_lines(app), heading)
        if spot is not None:
            await pilot.click(offset=(spot[0] + heading.index("Acme"), spot[1]))
            await pilot.pause()
        assert app.return_code is None
        assert opened == []
        if not isinstance(app.screen, CommandPalette):
            await press(pilot, "ctrl+p")
        await type_text(pilot, "why")
        await pilot.pause(0.3)
        lines = [line.strip() for line in screen_lines(app)]
        assert heading in lines, [line for line in lines if "Fell" in line]
        await press(pilot, "escape")
        assert app.return_code is None


async def test_help_screen_shows_bracket_keys_literally():
    app = make_app(MARKUP)
    async with running(app, (120, 60)) as pilot:
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        lines = [" ".join(line.split()) for line in screen_lines(app)]
        assert any(line.startswith("] Next section") or " ] Next section" in f" {line}" for line in lines), lines
        assert any("[ Previous section" in line for line in lines)
        await press(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)


# ---------------------------------------------------------------------- clicking markup does nothing


async def test_clicking_drawn_click_markup_does_not_quit():
    app = make_app(MARKUP)
    opened: list[tuple] = []
    app.open_url = lambda *args, **kwargs: opened.append(args)  # type: ignore[method-assign]
    async with running(app, (150, 50)) as pilot:
        lines = screen_lines(app)
        targets = []
        for needle in ["[@click=app.quit]click me[/]", "[link=https://evil.example]x[/link]", "[@click=app.bell]Ring[/]"]:
            for y, line in enumerate(lines):
                x = line.find(needle)
                if x != -1:
                    targets.append((x, y, needle))
        assert any(y == 0 for _, y, _ in targets), "the title's click markup is not drawn on row 0"
        assert len(targets) >= 3
        for x, y, needle in targets:
            # Click on the brackets, on the word inside, and on its last character.
            for dx in (0, needle.index("]") + 1, len(needle) - 1):
                await pilot.click(offset=(x + dx, y))
                await pilot.pause()
                assert app.return_code is None, f"clicking {needle!r} at ({x + dx}, {y}) quit the app"
                assert app.is_running
                assert len(app.screen_stack) == 1, app.screen_stack
        assert opened == [], opened
        await press(pilot, "slash")
        await type_text(pilot, "click me")
        lines = screen_lines(app)
        spot = find(lines[1:], "[@click=app.quit]click me[/]")
        assert spot is not None
        await pilot.click(offset=(spot[0] + 20, spot[1] + 1))
        await pilot.pause()
        assert app.return_code is None
        assert app.is_running
    assert app.return_code in (None, 0)


# ---------------------------------------------------------------------- escapes and encodings


async def test_escapes_never_reach_a_rendered_strip():
    app = make_app(HOSTILE / "escapes.txt")
    async with running(app, (100, 40)) as pilot:
        assert_no_controls(app, "top")
        lines = screen_lines(app)
        assert "Markets Rally As Fed Holds Rates" in lines[0]
        text = screen_text(app)
        assert "PWNED" not in text and "C1 TITLE" not in text
        assert "\t" not in text
        for keys in (["G"], ["e"], ["slash", "f", "e", "d"], ["escape", "escape", "o"]):
            await press(pilot, *keys)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert_no_controls(app, " ".join(keys))
        status = app.query_one(StatusLine)
        assert "control" in status.note, status.note


async def test_nul_bytes_render_without_nuls():
    app = make_app(HOSTILE / "nul_bytes.txt")
    async with running(app, (100, 30)):
        assert_no_controls(app)
        assert "Japan And U.S. Sign Security Pact" in screen_lines(app)[0]
        assert "Fumio Kishida" in screen_text(app)


@pytest.mark.parametrize("name", ["latin1.txt", "lone_surrogates.txt"])
async def test_cp1252_fallback_is_noted_in_the_status_line(name):
    app = make_app(HOSTILE / name)
    async with running(app, (120, 30)):
        status = app.query_one(StatusLine)
        assert "cp1252" in status.note
        drawn = "".join(region_lines(app, status))
        assert "cp1252" in drawn, drawn
        assert_no_controls(app)
        if name == "latin1.txt":
            assert "Café Chain Expands To Paris" in screen_lines(app)[0]
            assert "€120 million" in screen_text(app)


async def test_utf16_file_reads():
    app = make_app(HOSTILE / "utf16.txt")
    async with running(app, (120, 30)):
        assert "Japan And U.S. Sign Security Pact" in screen_lines(app)[0]
        assert "\ufeff" not in screen_text(app)
        assert_no_controls(app)


async def test_one_long_line_reads_and_searches():
    app = make_app(HOSTILE / "one_long_line.txt")
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "G", "k", "g", "j", "space", "b")
        await press(pilot, "slash")
        await type_text(pilot, "kishida")
        await press(pilot, "enter", "n", "n", "N", "escape")
        assert_no_controls(app)
        assert app.return_code is None


@pytest.mark.parametrize(
    "name",
    [
        "evil\x1b]0;pwned\x07.txt",
        "evil\x1b[2J\x1b[31mred.txt",
        "evil\x9b31mred.txt",
        "[@click=app.quit]click me[b].txt",
    ],
)
async def test_file_name_as_title_is_text_never_escapes_or_markup(tmp_path, name):
    """A briefing without a title is shown under its file name: that name is text too."""
    path = tmp_path / name
    path.write_text("just one paragraph about Japan and the U.S. with no title at all", encoding="utf-8")
    app = make_app(path)
    assert app.reader.briefing.title is None
    async with running(app, (100, 24)) as pilot:
        assert_no_controls(app, "file name in the header")
        header = screen_lines(app)[0]
        if name.startswith("[@click"):
            assert "[@click=app.quit]click me[b].txt" in header
            x = header.index("click me")
            await pilot.click(offset=(x, 0))
            await pilot.pause()
            assert app.return_code is None
        else:
            assert "evil" in header


# ---------------------------------------------------------------------- terminal sizes

SIZES = [(20, 6), (40, 12), (80, 24), (300, 100)]
KEYS = ["j", "k", "right_square_bracket", "left_square_bracket", "g", "G", "e", "o",
        "slash", "j", "a", "p", "a", "n", "escape", "question_mark", "escape"]


def check_status(app: BriefingApp, width: int, height: int, where: str) -> None:
    base = app.screen_stack[0]
    status = base.query_one(StatusLine)
    region = status.region
    assert region.right <= width, f"{where}: status line {region} wider than {width}"
    assert 0 <= region.y < height, f"{where}: status line {region} off screen ({width}x{height})"
    rendered = status.render()
    assert rendered.cell_len <= max(1, status.size.width), f"{where}: {rendered.plain!r} > {status.size.width}"
    assert status.position, where


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("path", [None, "markup.txt"], ids=["bundled", "markup"])
async def test_keys_at_every_size(size, path):
    width, height = size
    app = make_app(bundled_briefing() if path is None else HOSTILE / path)
    async with running(app, size) as pilot:
        assert app.size == size
        check_status(app, width, height, "start")
        for key in KEYS:
            await pilot.press(key)
            await pilot.pause()
            if app.screen is app.screen_stack[0]:
                check_status(app, width, height, f"after {key}")
            assert len(screen_lines(app)) == height
            assert all(cell_len(line) == width for line in screen_lines(app))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        check_status(app, width, height, "end")
        assert app.return_code is None
        await press(pilot, "q")
    assert app.return_code == 0


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_search_box_and_status_stay_on_screen_while_searching(size):
    """Typing a query with many hits: the query box (what is typed) and the status line stay visible."""
    width, height = size
    app = make_app(bundled_briefing())
    async with running(app, size) as pilot:
        await press(pilot, "slash")
        await type_text(pilot, "japan")
        box = app.query_one("#search-input")
        assert box.has_focus
        region = box.region
        assert region.height >= 1 and 0 <= region.y and region.bottom <= height, (
            f"search box at {region} is off a {width}x{height} screen"
        )
        assert "japan" in "".join(region_lines(app, box))
        check_status(app, width, height, "searching")


async def test_status_line_fits_while_resizing_through_every_size():
    app = make_app(HOSTILE / "markup.txt")
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "G", "e")
        for size in [(20, 6), (300, 100), (21, 7), (59, 15), (60, 16), (79, 23), (81, 25), (20, 6), (120, 40)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert app.size == size
            check_status(app, *size, where=f"{size}")
            assert_no_controls(app, f"{size}")
        await press(pilot, "slash")
        await type_text(pilot, "acme")
        for size in [(20, 6), (300, 100), (40, 12)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            check_status(app, *size, where=f"searching {size}")
        assert app.return_code is None


async def test_keys_still_work_after_narrowing_with_the_outline_focused():
    """`o` focuses the outline; narrowing below 60 columns folds it away. The keys must not go dead."""
    app = make_app(bundled_briefing())
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "o")
        assert isinstance(app.focused, Outline)
        await pilot.resize_terminal(50, 20)
        await pilot.pause()
        await pilot.pause()
        view = app.query_one(ReadingView)
        assert app.focused is not None, "nothing has focus after the outline folded away"
        before = view.scroll_y
        await press(pilot, "space")
        assert view.scroll_y > before, "space did not page down after the resize"


async def test_long_note_and_match_fit_the_status_line_at_20_columns():
    """cp1252 note, a match position and a long label: truncated, never wider than the screen."""
    app = make_app(HOSTILE / "lone_surrogates.txt")
    async with running(app, (20, 6)) as pilot:
        await press(pilot, "slash")
        await type_text(pilot, "biden")
        await press(pilot, "enter")
        check_status(app, 20, 6, "note and match")
        status = app.query_one(StatusLine)
        assert status.note and status.match
