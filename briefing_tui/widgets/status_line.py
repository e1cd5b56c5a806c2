"""The status line: where the reader is ("2/5 Key Facts"), the match position, notes."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class StatusLine(Widget):
    """Position on the left; match position and notes on the right."""

    DEFAULT_CSS = "StatusLine { height: 1; }"

    COMPONENT_CLASSES = {"status-line--position", "status-line--match", "status-line--note"}

    position: reactive[str] = reactive("")
    match: reactive[str] = reactive("")
    note: reactive[str] = reactive("")

    def __init__(self, position: str = "", note: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        # Given at once, so the first frame shows them before any binding is made.
        self.set_reactive(StatusLine.position, position)
        self.set_reactive(StatusLine.note, note)

    def render(self) -> Text:
        left = Text(" " + self.position, self.get_component_rich_style("status-line--position"), end="")
        right = Text(end="")
        if self.match:
            right.append(self.match, self.get_component_rich_style("status-line--match"))
        if self.note:
            if right:
                right.append("  ")
            right.append(self.note, self.get_component_rich_style("status-line--note"))
        right.append(" ")
        width = self.size.width
        gap = width - left.cell_len - right.cell_len
        if gap < 1:
            left.truncate(max(1, width - right.cell_len - 1), overflow="ellipsis")
            gap = max(1, width - left.cell_len - right.cell_len)
        line = Text.assemble(left, " " * gap, right, end="", no_wrap=True)
        line.truncate(width, overflow="ellipsis")
        return line
