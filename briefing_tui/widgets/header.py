"""The header: the briefing's title and byline, drawn as plain text (never markup)."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class BriefingHeader(Widget):
    """One line: the title in bold, then the byline."""

    DEFAULT_CSS = "BriefingHeader { height: 1; }"

    COMPONENT_CLASSES = {"briefing-header--title", "briefing-header--byline"}

    def __init__(self, title: str, byline: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.title_text = title
        self.byline = byline

    def render(self) -> Text:
        width = max(1, self.size.width)
        title = Text(" " + self.title_text, self.get_component_rich_style("briefing-header--title"), end="")
        byline = Text(end="")
        if self.byline:
            byline = Text("  ·  " + self.byline, self.get_component_rich_style("briefing-header--byline"), end="")
        # The title keeps at least half the line; the byline gets what is left, if enough.
        if title.cell_len + byline.cell_len > width:
            room = width - title.cell_len
            if room < 12 or title.cell_len > width // 2 + width // 4:
                byline = Text(end="")
            else:
                byline.truncate(room, overflow="ellipsis")
        if title.cell_len > width:
            title.truncate(width - 1)
            title.append("…")
        return Text.assemble(title, byline, no_wrap=True, end="")
