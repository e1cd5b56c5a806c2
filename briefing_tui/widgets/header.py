"""The header: the briefing's title, byline, source and date, drawn as plain text (never markup)."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class BriefingHeader(Widget):
    """One line: the title in bold, then the byline, the source and the date when known."""

    DEFAULT_CSS = "BriefingHeader { height: 1; }"

    COMPONENT_CLASSES = {"briefing-header--title", "briefing-header--byline"}

    def __init__(
        self, title: str, byline: str | None = None, source: str | None = None, date: str | None = None, **kwargs
    ) -> None:
        super().__init__(**kwargs)
        self.show(title, byline, source, date)

    def show(self, title: str, byline: str | None = None, source: str | None = None, date: str | None = None) -> None:
        """Show these: a fetched page's title replaces its address."""
        self.title_text = title
        self.byline = byline
        # The source once: a byline that names it already ("Jane Roe, Reuters") says it.
        if source and byline and source.lower() in byline.lower():
            source = None
        self.details = "  ·  ".join(part for part in (byline, source, (date or "")[:10] or None) if part)
        self.refresh()

    def render(self) -> Text:
        width = max(1, self.size.width)
        title = Text(" " + self.title_text, self.get_component_rich_style("briefing-header--title"), end="")
        byline = Text(end="")
        if self.details:
            byline = Text("  ·  " + self.details, self.get_component_rich_style("briefing-header--byline"), end="")
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
