"""A list pane (OptionList) that is safe to page through at any moment."""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import OptionList


class ListPane(OptionList):
    """An OptionList whose page keys wait for a layout and never leave it without a choice,
    and whose options are one line each (cut to the width, never wrapped).

    One line each, the lines of a list are counted rather than measured: Textual measures
    every option's text whenever the list is shown or resized, and on a long briefing's
    thousands of names or sections that held a key (`e`, `o`) for a quarter of a second.
    """

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        options = self.options
        dividers = sum(1 for option in options if option._divider)
        return len(options) + dividers - (1 if options and options[-1]._divider else 0)

    def _update_lines(self) -> None:
        # Textual's own (8.2.8), less the measuring: an option is one line, and a divider
        # under it one more.
        if not self.scrollable_content_region:
            return
        line_cache = self._line_cache
        lines = line_cache.lines
        options = self.options
        for index in range(lines[-1][0] + 1 if lines else 0, len(options)):
            line_cache.index_to_line[index] = len(lines)
            divider = options[index]._divider
            line_cache.heights[index] = 1 + divider
            lines.append((index, 0))
            if divider:
                lines.append((index, 1))
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        last_divider = bool(options) and options[-1]._divider
        virtual_size = Size(width, len(lines) - (1 if last_divider else 0))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def _page(self, direction: int) -> None:
        # Before its first layout an OptionList has no lines to page through (Textual
        # would raise KeyError): the key is ignored until it is drawn.
        if self.scrollable_content_region.height <= 0 or not self.option_count:
            return
        try:
            if direction > 0:
                super().action_page_down()
            else:
                super().action_page_up()
        except (KeyError, IndexError):
            return
        if self.highlighted is None:
            # Paging onto a disabled heading leaves nothing chosen: take the nearest option.
            self.action_first() if direction < 0 else self.action_last()

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)
