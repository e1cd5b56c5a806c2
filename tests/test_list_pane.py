"""A long list pane (the outline, the entity list) costs what it shows: its options are one
line each, counted rather than measured, when it is shown, resized or filled on."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets.option_list import Option

from briefing_tui.widgets.lists import ListPane


class Lists(App):
    CSS = """
    #fixed { width: 30; height: 1fr; }
    #auto { width: 30; height: auto; max-height: 12; }
    .hidden { display: none; }
    """

    def compose(self) -> ComposeResult:
        yield ListPane(id="fixed", classes="hidden")
        yield ListPane(id="auto", classes="hidden")


def _options(count: int) -> list[Option | None]:
    options: list[Option | None] = []
    for number in range(count):
        options.append(Option(Text(f"Name number {number}", no_wrap=True, overflow="ellipsis"), id=f"o{number}"))
        if number == 4:
            options.append(None)  # a divider under the fifth
    return options


async def test_showing_a_long_list_measures_only_the_options_on_screen(monkeypatch):
    measured: list[Option] = []
    measure = ListPane._get_visual

    def counted(self, option):
        measured.append(option)
        return measure(self, option)

    monkeypatch.setattr(ListPane, "_get_visual", counted)
    app = Lists()
    async with app.run_test(size=(80, 30)) as pilot:
        for pane in app.query(ListPane):
            pane.add_options(_options(3000))
        await pilot.pause()
        measured.clear()
        for pane in app.query(ListPane):
            pane.remove_class("hidden")
        app.query_one("#fixed").focus()
        await pilot.pause()
        assert 0 < len(measured) < 100  # the lines drawn, not 6000 options
        fixed = app.query_one("#fixed", ListPane)
        assert fixed.virtual_size.height == 3001  # a line each, and the divider's
        assert app.query_one("#auto").outer_size.height == 12  # its border within
        lines = [fixed.render_line(y).text.strip() for y in range(8)]
        assert lines[:5] == [f"Name number {n}" for n in range(5)]
        assert set(lines[5]) == {"─"} and lines[6] == "Name number 5"
        await pilot.press("end")
        await pilot.pause()
        assert fixed.highlighted == 2999
        bottom = [fixed.render_line(y).text.strip() for y in range(fixed.size.height)]
        assert bottom[-1] == "Name number 2999"
        measured.clear()
        await pilot.resize_terminal(70, 25)
        await pilot.pause()
        assert len(measured) < 100
