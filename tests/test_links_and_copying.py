"""Links listed and opened, their address in the status line; y/Y and tmux copying."""

from __future__ import annotations

import shutil
import subprocess
import webbrowser
from pathlib import Path

import pytest

from briefing_tui.app import BriefingApp
from briefing_tui.clipboard import copy_text
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing

MARKDOWN = """# Chipmakers race to build factories

## What happened

The grants come under the [CHIPS and Science Act](https://www.example.gov/chips).

## What comes next

Construction takes years. More at https://www.example.org/report_2024 and www.example.net/x.
"""


class RecordingBrowser(webbrowser.BackgroundBrowser):
    """A browser that only notes what it was asked to open."""

    def __init__(self) -> None:
        super().__init__("true")
        self.opened: list[str] = []

    def open(self, url, new=0, autoraise=True):
        self.opened.append(url)
        return True


@pytest.fixture
def browser(monkeypatch):
    recording = RecordingBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda using=None: recording)
    return recording


def links_app(tmp_path: Path) -> BriefingApp:
    path = tmp_path / "chips.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return BriefingApp(read_source(str(path)))


async def test_u_lists_the_links_and_enter_opens_one(tmp_path, browser):
    app = links_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        screen = app.screen
        assert type(screen).__name__ == "LinksScreen"
        listing = screen.query_one("#links-list")
        assert listing.option_count == 3
        shown = str(screen.query_one("#links-url").render())
        assert "https://www.example.gov/chips" in shown
        await pilot.press("down", "down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert browser.opened == ["https://www.example.net/x"]
        # Back in the reader: the link chosen is shown, its address in the status line.
        assert app.screen is app.reader
        status = app.reader.query_one("#status")
        assert status.match.startswith("https://www.example.net/x")
        assert "3/3" in status.match
        await pilot.press("n")  # n walks the links, from the last round to the first
        await pilot.pause()
        assert status.match.startswith("https://www.example.gov/chips")


async def test_esc_closes_the_link_list_opening_nothing(tmp_path, browser):
    app = links_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.reader and browser.opened == []


async def test_y_copies_the_section_and_Y_the_whole_briefing(tmp_path):
    app = links_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("2", "y")
        await pilot.pause()
        assert app.clipboard.startswith("What comes next\n\nConstruction takes years.")
        assert "What happened" not in app.clipboard
        await pilot.press("Y")
        await pilot.pause()
        assert app.clipboard.startswith("Chipmakers race to build factories")
        assert "CHIPS and Science Act (https://www.example.gov/chips)" in app.clipboard
        assert "│" not in app.clipboard


async def test_a_mouse_selection_is_copied(tmp_path):
    app = BriefingApp(read_source(bundled_briefing()))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        view = app.query_one("ReadingView")
        await pilot.mouse_down(view, offset=(2, 1))
        await pilot.hover(view, offset=(30, 2))
        await pilot.mouse_up(view, offset=(30, 2))
        await pilot.pause()
        assert app.clipboard and app.reader.briefing.sections[0].text.startswith(app.clipboard)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_inside_tmux_the_text_lands_in_the_paste_buffer(tmp_path, monkeypatch):
    socket = tmp_path / "tmux.sock"
    subprocess.run(["tmux", "-S", str(socket), "new-session", "-d", "-s", "copying"], check=True)
    try:
        pid = subprocess.run(
            ["tmux", "-S", str(socket), "display-message", "-p", "#{pid}"], capture_output=True, text=True, check=True
        ).stdout.strip()
        monkeypatch.setenv("TMUX", f"{socket},{pid},0")

        class Terminal:
            copied = ""

            def copy_to_clipboard(self, text):
                self.copied = text

        terminal = Terminal()
        copy_text(terminal, "Key Facts\n\nPresident Joe Biden …")
        buffer = subprocess.run(
            ["tmux", "-S", str(socket), "show-buffer"], capture_output=True, text=True, check=True
        ).stdout
        assert buffer == "Key Facts\n\nPresident Joe Biden …" == terminal.copied
    finally:
        subprocess.run(["tmux", "-S", str(socket), "kill-server"], capture_output=True)
