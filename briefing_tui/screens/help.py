"""The help screen: every key, by pane, generated from the bindings themselves."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

_KEY_NAMES = {
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
    "pagedown": "pgdn",
    "pageup": "pgup",
    "question_mark": "?",
    "slash": "/",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "escape": "esc",
    "enter": "enter",
}


def key_label(key: str) -> str:
    """How a key is written for people: "pagedown" -> "pgdn", "question_mark" -> "?"."""
    return _KEY_NAMES.get(key, key)


def _bindings(bindings: Iterable[BindingType]) -> list[Binding]:
    out = []
    for binding in bindings:
        if isinstance(binding, Binding):
            out.append(binding)
        elif isinstance(binding, tuple):
            out.append(Binding(*binding))
    return out


def key_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys, description) rows; bindings sharing a description share a row. A binding's
    tooltip, where it has one, is its description in full (the footer shows the short one)."""
    rows: dict[str, list[str]] = {}
    for binding in _bindings(bindings):
        if not binding.description:
            continue
        # The help lists every key of a binding; key_display is the footer's short form.
        display = "  ".join(key_label(k.strip()) for k in binding.key.split(","))
        # A footer's short word is said in full in its tooltip: the help shows that.
        description = binding.tooltip or binding.description
        rows.setdefault(description, [])
        if display not in rows[description]:
            rows[description].append(display)
    return [(_join_keys(keys), description) for description, keys in rows.items()]


def _join_keys(keys: list[str]) -> str:
    if len(keys) > 3 and all(k.isdigit() for k in keys):
        return f"{keys[0]} … {keys[-1]}"
    return "  ".join(keys)


class HelpScreen(ModalScreen[None]):
    """Every key of the reader, grouped by the pane it works in."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", show=False, id="help.dismiss"),
        Binding("j,down", "scroll_down", "Scroll", show=False, id="help.scroll-down"),
        Binding("k,up", "scroll_up", "Scroll", show=False, id="help.scroll-up"),
        Binding("g,home", "scroll_top", "Top", show=False, id="help.scroll-top"),
        Binding("G,end", "scroll_bottom", "Bottom", show=False, id="help.scroll-bottom"),
    ]

    def __init__(self, groups: list[tuple[str, Iterable[BindingType]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            for title, bindings in self.groups:
                rows = key_rows(bindings)
                if not rows:
                    continue
                table = Table.grid(padding=(0, 2))
                table.add_column(min_width=16, style="bold")
                table.add_column()
                for keys, description in rows:
                    table.add_row(Text(keys), Text(description))
                yield Static(Text(title, style="bold underline"), classes="help-group")
                yield Static(table, classes="help-keys")
            yield Static(Text("esc closes this help"), id="help-hint")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)

    # Each key scrolls at once (immediate): a scroll left for the next refresh started
    # from the same place as the one before it, so keys held down or typed in a burst
    # moved the help one line in all.
    def action_scroll_down(self) -> None:
        body = self.query_one("#help-body")
        body.scroll_to(y=body.scroll_y + 1, animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        body = self.query_one("#help-body")
        body.scroll_to(y=body.scroll_y - 1, animate=False, immediate=True)

    def action_scroll_top(self) -> None:
        self.query_one("#help-body").scroll_home(animate=False, immediate=True)

    def action_scroll_bottom(self) -> None:
        self.query_one("#help-body").scroll_end(animate=False, immediate=True)
