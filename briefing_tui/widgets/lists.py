"""A list pane (OptionList) that is safe to page through at any moment."""

from __future__ import annotations

from textual.widgets import OptionList


class ListPane(OptionList):
    """An OptionList whose page keys wait for a layout and never leave it without a choice."""

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
