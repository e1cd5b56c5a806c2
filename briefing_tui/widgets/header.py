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

    def set_text(self, title: str, byline: str | None) -> None:
        self.title_text, self.byline = title, byline
        self.refresh()

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        line.append(" " + self.title_text, self.get_component_rich_style("briefing-header--title"))
        if self.byline:
            line.append("  ·  " + self.byline, self.get_component_rich_style("briefing-header--byline"))
        return line
