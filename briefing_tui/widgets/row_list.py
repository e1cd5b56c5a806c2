"""A long list drawn a row at a time (the line API): ten thousand rows cost what the
screen shows. The rows are any objects; a render function draws one at a width.

A row's Text may use the list's own styles by name, drawn in the theme's readable colours:
MUTED ("row-list--muted") for secondary text, MATCH ("row-list--match") for a search match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


MUTED = "row-list--muted"
MATCH = "row-list--match"


class RowList(ScrollView, can_focus=True):
    """Rows with a cursor; enter or a click chooses one."""

    DEFAULT_CSS = "RowList { overflow-x: hidden; overflow-y: auto; }"

    BINDINGS = [
        Binding("down", "move(1)", "Next row", show=False, id="rows.next"),
        Binding("up", "move(-1)", "Previous row", show=False, id="rows.previous"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="rows.page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="rows.page-up"),
        Binding("home", "edge(0)", "First row", show=False, id="rows.first"),
        Binding("end", "edge(1)", "Last row", show=False, id="rows.last"),
        Binding("enter", "choose", "Open", show=False, id="rows.choose"),
    ]

    COMPONENT_CLASSES = {"row-list--cursor", "row-list--empty", MUTED, MATCH}

    cursor: reactive[int] = reactive(0)

    class Chosen(Message):
        """Enter or a click on a row."""

        def __init__(self, row: object) -> None:
            super().__init__()
            self.row = row

    def __init__(self, render: Callable[[object, int], Text], **kwargs) -> None:
        super().__init__(**kwargs)
        self.render_row = render
        self.rows: list[object] = []
        self.empty_text = ""

    def set_rows(self, rows: Sequence[object], empty_text: str = "", keep_cursor: bool = False) -> None:
        self.rows = list(rows)
        self.empty_text = empty_text
        self.virtual_size = Size(self.size.width, len(self.rows))
        if not keep_cursor and self.is_mounted:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.set_reactive(RowList.cursor, max(0, min(self.cursor if keep_cursor else 0, len(self.rows) - 1)))
        self.refresh()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows))

    @property
    def current(self) -> object | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def watch_cursor(self, cursor: int) -> None:
        height = self.scrollable_content_region.height
        if cursor < self.scroll_y:
            self.scroll_to(y=cursor, animate=False, immediate=True)
        elif height and cursor >= self.scroll_y + height:
            self.scroll_to(y=cursor - height + 1, animate=False, immediate=True)
        self.refresh()

    def action_move(self, by: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + by))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.scrollable_content_region.height - 1))

    def action_edge(self, end: int) -> None:
        if self.rows:
            self.cursor = len(self.rows) - 1 if end else 0

    def action_choose(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Chosen(row))

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_y) + event.y
        if 0 <= index < len(self.rows):
            self.cursor = index
            self.action_choose()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = round(self.scroll_y) + y
        if not self.rows:
            if y == 1 and self.empty_text:
                style = base + self.get_component_rich_style("row-list--empty", partial=True)
                return Strip([Segment(("  " + self.empty_text)[:width], style)]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if not (0 <= index < len(self.rows)):
            return Strip.blank(width, base)
        text = self.render_row(self.rows[index], width)
        text.truncate(width, overflow="ellipsis")
        on_cursor = index == self.cursor
        self._named_styles(text, on_cursor)
        if on_cursor:
            # The cursor's colours under the row's own (bold, a match's mark); muted text
            # takes the cursor's colour, which reads on it.
            base = base + self.get_component_rich_style("row-list--cursor", partial=True)
        segments = list(Segment.apply_style(text.render(self.app.console, end=""), style=base))
        return Strip(segments).adjust_cell_length(width, base)

    def _named_styles(self, text: Text, on_cursor: bool) -> None:
        """Replace the list's style names in a row's Text by the theme's styles."""
        named = {
            MUTED: Style() if on_cursor else self.get_component_rich_style(MUTED, partial=True),
            MATCH: self.get_component_rich_style(MATCH, partial=True),
        }
        if isinstance(text.style, str) and text.style in named:
            text.style = named[text.style]
        if any(isinstance(span.style, str) and span.style in named for span in text.spans):
            text.spans = [
                Span(span.start, span.end, named[span.style])
                if isinstance(span.style, str) and span.style in named else span
                for span in text.spans
            ]
