"""The reading column: every section as a titled pane in one scrolling view.

Rows come from `ReadingLayout` and are drawn on demand through the line API, so a long
briefing costs only the rows on screen. The view knows which section is at its top and
tells the app when that changes.
"""

from __future__ import annotations

from bisect import bisect_left

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from ..core.model import Briefing
from ..core.numbered import number_of
from .reading_layout import BLANK, BOTTOM, GAP, TEXT, TOP, ReadingLayout

# Text longer than this is laid out again in a worker, not while the reader waits.
LARGE_TEXT = 2_000_000

_SPAN_STYLES = {
    "bold": Style(bold=True),
    "italic": Style(italic=True),
    "code": Style(bold=True, dim=False),
    "strike": Style(strike=True),
    "link": Style(underline=True),
}


def _at(x: int, y: int) -> Style:
    """Where a cell is, for mouse selection: character x of the text on layout row y."""
    return Style.from_meta({"offset": (x, y)})


class ReadingView(ScrollView, can_focus=True):
    """The briefing's sections, one pane each, in a single scrolling column."""

    DEFAULT_CSS = """
    ReadingView { overflow-y: scroll; overflow-x: hidden; }
    """

    BINDINGS = [
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="reading.scroll-down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="reading.scroll-up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="reading.page-down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="reading.page-up"),
        Binding("g,home", "go_top", "Top", show=False, id="reading.go-top"),
        Binding("G,end", "go_bottom", "Bottom", show=False, id="reading.go-bottom"),
    ]

    COMPONENT_CLASSES = {
        "reading-view--border",
        "reading-view--border-current",
        "reading-view--title",
        "reading-view--title-current",
        "reading-view--quote",
        "reading-view--code",
        "reading-view--link",
        "reading-view--match",
        "reading-view--match-current",
        "reading-view--mention",
        "reading-view--selection",
    }

    class PositionChanged(Message):
        """The section at the top of the view changed."""

        def __init__(self, section: int) -> None:
            super().__init__()
            self.section = section

    def __init__(self, briefing: Briefing | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.briefing = briefing
        self.layout_rows: ReadingLayout | None = None
        self.current_section = 0
        self._pinned: int | None = None  # section set by a jump, kept until the user scrolls
        self._pinned_y = 0
        # The place read, as (section, offset): kept across relayouts so that a resize
        # through interim sizes (where Textual clamps the scroll) finds it again.
        self._anchor: tuple[int, int] | None = None
        self._pending_width: int | None = None  # a layout being made in a worker
        self._highlights: dict[int, list[tuple[int, int]]] = {}
        self._highlight_kind = "match"
        self._current_hit: tuple[int, int, int] | None = None
        self._cache: dict[int, Strip] = {}
        self._addresses: dict[int, list[tuple[int, int]]] = {}  # addresses written out, per section

    # ------------------------------------------------------------------ content

    def set_briefing(self, briefing: Briefing, layout: ReadingLayout | None = None) -> None:
        """Show the whole briefing after its first part, keeping the place being read.

        layout: the briefing already laid out (in a worker), if at hand. At another width
        than the view's now (a panel opened meanwhile) it is shown until the text is laid
        out again at this width, in a worker when the text is long, as after a resize.
        """
        self.briefing = briefing
        self._addresses = {}
        self._pending_width = None  # a layout of the text before this one is of no use
        self._apply_layout(layout if layout is not None else ReadingLayout(briefing, self._width()), True)
        if self.layout_rows.width != max(8, self._width()):
            self._relayout()

    def _width(self) -> int:
        return self.scrollable_content_region.width or self.size.width

    @property
    def is_large(self) -> bool:
        """Long enough that laying it out takes a noticeable time."""
        return self.briefing is not None and sum(len(s.text) for s in self.briefing.sections) > LARGE_TEXT

    def _relayout(self, keep_position: bool = True) -> None:
        width = self._width()
        if self.briefing is None or width <= 0:
            return
        if self.layout_rows is not None and self.is_large:
            # Wrapping megabytes takes seconds: do it in a worker and keep drawing the
            # old layout (cropped) until the new one is ready.
            if self._pending_width != width:
                self._pending_width = width
                briefing = self.briefing
                self.run_worker(
                    lambda: self._layout_in_thread(briefing, width), thread=True, exclusive=True, group="layout"
                )
            return
        self._apply_layout(ReadingLayout(self.briefing, width), keep_position)

    def _layout_in_thread(self, briefing: Briefing, width: int) -> None:
        layout = ReadingLayout(briefing, width)
        self.app.call_from_thread(self._layout_ready, briefing, layout)

    def _layout_ready(self, briefing: Briefing, layout: ReadingLayout) -> None:
        self._pending_width = None
        if briefing is self.briefing and layout.width == max(8, self._width()):
            self._apply_layout(layout, True)

    def _apply_layout(self, layout: ReadingLayout, keep_position: bool) -> None:
        anchor = None
        if keep_position and self.layout_rows is not None:
            anchor = self._anchor or self.layout_rows.anchor_at(round(self.scroll_y))
        self.layout_rows = layout
        width = layout.width
        self._cache.clear()
        self.virtual_size = Size(width, self.layout_rows.height)
        if anchor is not None:
            y = self.layout_rows.row_of_anchor(anchor)
            pinned = self._pinned
            self.scroll_to(y=y, animate=False, immediate=True)
            if pinned is not None:
                self._pin(pinned, y)
            else:
                self._update_position()
            self._anchor = anchor  # the place read, even where this layout clamps the scroll
        self.refresh()

    def on_resize(self) -> None:
        width = self.scrollable_content_region.width
        if self.layout_rows is None or self.layout_rows.width != max(8, width):
            self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # ------------------------------------------------------------------ position

    def _pin(self, section: int, y: int) -> None:
        self._pinned = section
        if self.layout_rows is not None:
            self._anchor = self.layout_rows.anchor_at(y)
        self._pinned_y = max(0, min(y, round(self.max_scroll_y)))
        self._set_current(section)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._update_position()

    def _update_position(self) -> None:
        layout = self.layout_rows
        if layout is None or not layout.section_starts:
            return
        if layout.width != max(8, self.scrollable_content_region.width):
            # The size changed and a relayout is due: this scroll is Textual clamping to
            # the new size, not the reader moving; `_relayout` restores the place.
            return
        y = round(self.scroll_y)
        if self._pinned is not None and y == self._pinned_y:
            return
        self._pinned = None
        self._anchor = layout.anchor_at(y)
        if self.max_scroll_y > 0 and y >= round(self.max_scroll_y):
            section = len(layout.section_starts) - 1
        else:
            section = layout.section_at(y)
        self._set_current(section)

    def _set_current(self, section: int) -> None:
        if section != self.current_section:
            self.current_section = section
            self._cache.clear()
            self.refresh()
        # The sender is this view even when this runs while the screen renders (a relayout
        # from render_line): a message sent by the screen stops bubbling at the screen.
        self.post_message(self.PositionChanged(section).set_sender(self))

    def go_to_section(self, section: int) -> None:
        """Scroll so that a section's pane is at the top, and make it the position."""
        layout = self.layout_rows
        if layout is None or not layout.section_starts:
            return
        section = max(0, min(section, len(layout.section_starts) - 1))
        y = layout.section_starts[section]
        self._pin(section, y)
        self.scroll_to(y=y, animate=False, immediate=True)

    @property
    def anchor(self) -> tuple[int, int]:
        """The place read, (section, offset of the top row's text; -1 for a pane's top)."""
        if self._anchor is not None:
            return self._anchor
        if self.layout_rows is None:
            return self.current_section, -1
        return self.layout_rows.anchor_at(round(self.scroll_y))

    def go_to_place(self, section: int, offset: int) -> None:
        """Scroll so that the row showing Section.text[offset] is at the top (-1: the pane's top)."""
        layout = self.layout_rows
        if layout is None or not layout.section_starts:
            return
        section = max(0, min(section, len(layout.section_starts) - 1))
        if offset < 0:
            self.go_to_section(section)
            return
        y = layout.row_of_offset(section, offset)
        self._pin(section, y)
        self.scroll_to(y=y, animate=False, immediate=True)
    def go_to_anchor(self, anchor: tuple[int, int]) -> None:
        """Scroll to a place given as (section, offset), as `ReadingLayout.anchor_at` gives it."""
        layout = self.layout_rows
        if layout is None or not layout.section_starts:
            return
        y = layout.row_of_anchor(anchor)
        self._pinned = None
        self.scroll_to(y=y, animate=False, immediate=True)
        self._anchor = anchor
        self._update_position()

    def show_offset(self, section: int, start: int, end: int | None = None) -> None:
        """Bring Section.text[start:end] into view, a few rows below the top, and pin its section."""
        layout = self.layout_rows
        if layout is None or not layout.section_starts:
            return
        row = layout.row_of_offset(section, start)
        first = layout.section_starts[section]
        y = max(first, row - max(1, self.size.height // 4))
        self._pin(section, y)
        self.scroll_to(y=y, animate=False, immediate=True)

    def action_go_top(self) -> None:
        self.go_to_section(0)

    def action_go_bottom(self) -> None:
        layout = self.layout_rows
        if layout is None or not layout.section_starts:
            return
        self._pin(len(layout.section_starts) - 1, round(self.max_scroll_y))
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def action_scroll_down(self) -> None:
        self.scroll_to(y=self.scroll_y + 1, animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        self.scroll_to(y=self.scroll_y - 1, animate=False, immediate=True)

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + max(1, self.size.height - 2), animate=False, immediate=True)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - max(1, self.size.height - 2), animate=False, immediate=True)

    # ------------------------------------------------------------------ highlights

    def set_highlights(
        self,
        spans: dict[int, list[tuple[int, int]]],
        kind: str = "match",
        current: tuple[int, int, int] | None = None,
    ) -> None:
        """Mark spans of section text ("match" for search hits, "mention" for an entity)."""
        self._highlights = {section: sorted(items) for section, items in spans.items()}
        self._highlight_kind = kind
        self._current_hit = current
        self._cache.clear()
        self.refresh()

    def set_current_hit(self, current: tuple[int, int, int] | None) -> None:
        """Mark which highlighted span is the one n/N is at."""
        if current != self._current_hit:
            self._current_hit = current
            self._cache.clear()
            self.refresh()

    def clear_highlights(self) -> None:
        self.set_highlights({})

    @property
    def has_highlights(self) -> bool:
        return bool(self._highlights)

    # ------------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self.layout_rows is None or self.layout_rows.width != max(8, width):
            # Lay out on the first frame rather than waiting for the resize event, which
            # arrives a frame later: the text shows in the very first paint.
            self._relayout()
            if self.layout_rows is not None and self.layout_rows.width != max(8, width):
                self.refresh()  # a worker is laying out; draw what there is meanwhile
        index = round(self.scroll_y) + y  # after a relayout, which may scroll
        layout = self.layout_rows
        if layout is None or not (0 <= index < layout.height):
            return Strip.blank(width, self.rich_style)
        selection = self.text_selection
        strip = self._cache.get(index) if selection is None else None
        if strip is None:
            strip = self._render_row(index, selection.get_span(index) if selection is not None else None)
            if selection is None:
                if len(self._cache) > 4000:
                    self._cache.clear()
                self._cache[index] = strip
        return strip.adjust_cell_length(width, self.rich_style)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"reading-view--{name}", partial=True)

    def _render_row(self, index: int, selected: tuple[int, int] | None = None) -> Strip:
        """Row `index` of the layout; selected: the span of its text under a mouse selection.

        Every segment carries where it is (`_at`), so that a mouse selection maps to the
        text: borders, bars and padding map to the start or end of the row's text, and
        are never part of what is copied (`get_selection`).
        """
        layout = self.layout_rows
        assert layout is not None and self.briefing is not None
        row = layout.rows[index]
        width = layout.width
        base = self.rich_style
        current = row.section == self.current_section
        border = base + self._style("border-current" if current else "border")
        here = _at(0, index)
        if row.kind == GAP:
            return Strip([Segment(" " * width, base + here)], width)
        if row.kind == TOP:
            return self._render_top(row.section, width, base + here, border + here, current)
        if row.kind == BOTTOM:
            return Strip([Segment("╰" + "─" * (width - 2) + "╯", border + here)], width)
        if row.kind == BLANK:
            return Strip(
                [Segment("│", border + here), Segment(" " * (width - 2), base + here), Segment("│", border + here)],
                width,
            )
        assert row.kind == TEXT
        section = self.briefing.sections[row.section]
        block = section.blocks[row.block] if 0 <= row.block < len(section.blocks) else None
        end = _at(row.end - row.start, index)
        if (
            not row.quote
            and row.indent == 0
            and (block is None or block.kind != "code")
            and row.section not in self._highlights
            and not section.spans
            and selected is None
            and not self._addresses_in(row.section)
        ):
            # Plain text, the common case: segments directly, without a Rich Text.
            body_text = section.text[row.start : row.end]
            used = cell_len(body_text)
            return Strip(
                [
                    Segment("│", border + here),
                    Segment(" ", border + here),
                    Segment(body_text, base + here),
                    Segment(" " * max(0, width - 4 - used), base + end),
                    Segment(" │", border + end),
                ],
                max(width, used + 4),
            ).crop(0, width)
        text = Text(section.text[row.start : row.end], style=base, end="", no_wrap=True)
        if block is not None and block.kind == "code":
            text.stylize(self._style("code"))
        for span in section.spans:
            if span.end > row.start and span.start < row.end:
                style = self._style("link") if span.style == "link" else _SPAN_STYLES.get(span.style)
                if style is not None:
                    text.stylize(style, max(0, span.start - row.start), min(row.end, span.end) - row.start)
        for a, b in self._addresses_in(row.section):
            if b > row.start and a < row.end:
                text.stylize(self._style("link"), max(0, a - row.start), min(row.end, b) - row.start)
        self._stylize_highlights(text, row.section, row.start, row.end)
        if selected is not None:
            a, b = selected
            text.stylize(self._style("selection"), a, len(text) if b == -1 else b)
        prefix = []
        quote_style = base + self._style("quote")
        if row.quote:
            prefix.append(Segment("▌ " * row.quote, quote_style + here))
            text.stylize(self._style("quote"))
        indent = row.indent - row.quote * 2
        if indent > 0:
            prefix.append(Segment(" " * indent, base + here))
        inner = width - 4
        body = []
        x = 0
        for segment in Segment.apply_style(text.render(self.app.console, end=""), style=base):
            body.append(Segment(segment.text, (segment.style or base) + _at(x, index)))
            x += len(segment.text)
        used = sum(cell_len(s.text) for s in prefix) + text.cell_len
        line = [Segment("│", border + here), Segment(" ", border + here), *prefix, *body]
        if used < inner:
            line.append(Segment(" " * (inner - used), base + end))
        line.append(Segment(" │", border + end))
        return Strip(line).crop(0, width)

    def _addresses_in(self, section: int) -> list[tuple[int, int]]:
        """Addresses written out in a section's text ("https://…"): drawn as links too."""
        found = self._addresses.get(section)
        if found is None:
            assert self.briefing is not None
            text = self.briefing.sections[section].text
            found = []
            if "://" in text or "www." in text:  # else the link finder is not even imported
                from ..core.links import bare_urls

                found = [(a, b) for a, b, _ in bare_urls(text)]
            self._addresses[section] = found
        return found

    # ------------------------------------------------------------------ selection

    def _place(self, offset, at_start: bool) -> tuple[int, int]:
        """(section, text offset) of a selection end given as (character, row)."""
        layout, briefing = self.layout_rows, self.briefing
        assert layout is not None and briefing is not None
        if offset is None:
            return (0, 0) if at_start else (len(briefing.sections) - 1, len(briefing.sections[-1].text))
        row = layout.rows[max(0, min(offset.y, len(layout.rows) - 1))]
        if row.kind == TEXT:
            return row.section, min(row.start + max(0, offset.x), row.end)
        if row.kind == TOP:
            return row.section, 0
        if row.kind == BLANK:
            return row.section, row.start
        return row.section, len(briefing.sections[row.section].text)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under a mouse selection, as the briefing has it: no borders, no wrapping."""
        if self.layout_rows is None or self.briefing is None or not self.briefing.sections:
            return None
        first, last = sorted((self._place(selection.start, True), self._place(selection.end, False)))
        sections = self.briefing.sections
        if first[0] == last[0]:
            return sections[first[0]].text[first[1] : last[1]], "\n"
        parts = [sections[first[0]].text[first[1] :]]
        for number in range(first[0] + 1, last[0] + 1):
            section = sections[number]
            parts.append(section.heading or section.label)
            parts.append(section.text if number < last[0] else section.text[: last[1]])
        return "\n\n".join(part for part in parts if part), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._cache.clear()
        self.refresh()

    def _render_top(self, section_index: int, width: int, base: Style, border: Style, current: bool) -> Strip:
        assert self.briefing is not None
        section = self.briefing.sections[section_index]
        heading = section.heading or section.label
        # A heading with its own number ("11. Sleep on it", "#2 Go") is not numbered twice.
        numbered = number_of(heading) and not section.label[:1].isdigit()
        title = heading if numbered else f"{section_index + 1} · {heading}"
        room = max(1, width - 6)
        if cell_len(title) > room:
            title = Text(title, end="")
            title.truncate(room, overflow="ellipsis")
            title = title.plain
        title_style = base + self._style("title-current" if current else "title")  # base carries _at
        fill = max(0, width - 5 - cell_len(title))
        return Strip(
            [
                Segment("╭─ ", border),
                Segment(title, title_style),
                Segment(" " + "─" * fill + "╮", border),
            ]
        ).crop(0, width)

    def _stylize_highlights(self, text: Text, section: int, start: int, end: int) -> None:
        spans = self._highlights.get(section)
        if not spans:
            return
        style = self._style(self._highlight_kind)
        current_style = self._style("match-current")
        # Begin one span early: a span may start on the row above and cross into this one.
        position = max(0, bisect_left(spans, (start, -1)) - 1)
        for a, b in spans[position:]:
            if a >= end:
                break
            if b <= start:
                continue
            chosen = current_style if self._current_hit == (section, a, b) else style
            text.stylize(chosen, max(0, a - start), min(end, b) - start)
