"""The status line: where the reader is ("2/5 Key Facts"), the match position, notes."""

from __future__ import annotations

from rich.cells import cell_len
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
    whole: reactive[str] = reactive("")  # the position with the section's whole heading

    def __init__(self, position: str = "", note: str = "", whole: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        # Given at once, so the first frame shows them before any binding is made.
        self.set_reactive(StatusLine.position, position)
        self.set_reactive(StatusLine.note, note)
        self.set_reactive(StatusLine.whole, whole)

    def render(self) -> Text:
        right = self._right()
        # The whole heading where it fits beside the right part; else the outline's label.
        fits = self.whole and 1 + cell_len(self.whole) + 1 + right.cell_len <= self.size.width
        position = self.whole if fits else self.position
        left = Text(" " + position, self.get_component_rich_style("status-line--position"), end="")
        width = self.size.width
        gap = width - left.cell_len - right.cell_len
        if gap < 1:
            left.truncate(max(1, width - right.cell_len - 1), overflow="ellipsis")
            gap = max(1, width - left.cell_len - right.cell_len)
        line = Text.assemble(left, " " * gap, right, end="", no_wrap=True)
        line.truncate(width, overflow="ellipsis")
        return line

    def _right(self) -> Text:
        right = Text(end="")
        if self.match:
            right.append(self.match, self.get_component_rich_style("status-line--match"))
        if self.note:
            if right:
                right.append("  ")
            right.append(self.note, self.get_component_rich_style("status-line--note"))
        right.append(" ")
        return right
