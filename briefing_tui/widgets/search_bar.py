"""The search bar: `/` opens it; results update on every keystroke; Enter jumps to a hit."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from ..core.search import SearchHit
from .lists import ListPane

LABEL_WIDTH = 12


def hit_prompt(hit: SearchHit, width: int) -> Text:
    """"Key Facts   …Prime Minister Fumio Kishida plan…" with the match highlighted."""
    label = hit.label if len(hit.label) <= LABEL_WIDTH else hit.label[: LABEL_WIDTH - 1] + "…"
    line = Text(no_wrap=True, overflow="ellipsis", end="")
    line.append(label.ljust(LABEL_WIDTH + 1), style="bold")
    snippet = Text(hit.snippet)
    if hit.snippet_end > hit.snippet_start:
        snippet.stylize("bold reverse", hit.snippet_start, hit.snippet_end)
    room = max(10, width - LABEL_WIDTH - 2)
    if snippet.cell_len > room and hit.snippet_start > room // 3:
        # Keep the match in view: drop words from the front of a long snippet.
        cut = hit.snippet_start - room // 3
        snippet = Text("…") + snippet[cut:]
    snippet.truncate(room, overflow="ellipsis")
    line.append_text(snippet)
    return line


class SearchResults(ListPane):
    """The hits of the current query, best first."""


class SearchBar(Vertical):
    """A query box with the results above it."""

    DEFAULT_CSS = "SearchBar { height: auto; }"

    BINDINGS = [
        Binding("enter", "jump", "Go to the hit", show=False, id="search.jump"),
        Binding("escape", "close", "Close search, clear highlights", show=False, id="search.close"),
        Binding("up", "previous_hit", "Previous result", show=False, id="search.previous-hit"),
        Binding("down", "next_hit", "Next result", show=False, id="search.next-hit"),
    ]

    class QueryChanged(Message):
        """The query text changed: search again."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class HitChosen(Message):
        """Enter on a result: jump there and walk the hits from it."""

        def __init__(self, query: str, hits: Sequence[SearchHit], index: int) -> None:
            super().__init__()
            self.query = query
            self.hits = list(hits)
            self.index = index

    class Closed(Message):
        """The bar was closed with esc."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list[SearchHit] = []
        self.shown_query = ""  # the query the shown results belong to

    def compose(self) -> ComposeResult:
        yield SearchResults(id="search-results", markup=False)
        yield Input(placeholder="search: words, names, typos welcome", id="search-input", select_on_focus=False)

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def results(self) -> SearchResults:
        return self.query_one(SearchResults)

    def show_results(self, query: str, hits: Sequence[SearchHit]) -> None:
        """Show the hits of `query`, unless the user has typed on since (stale results)."""
        if query != self.input.value:
            return
        self.hits = list(hits)
        self.shown_query = query
        width = max(20, self.size.width - 2)
        results = self.results
        results.clear_options()
        if not query.strip():
            results.display = False
            return
        if not hits:
            results.add_option(Option(Text("no matches"), disabled=True))
        else:
            results.add_options(Option(hit_prompt(hit, width)) for hit in self.hits[:50])
            if len(self.hits) > 50:
                results.add_option(Option(Text(f"… and {len(self.hits) - 50} more (n walks them all)"), disabled=True))
            results.highlighted = 0
        results.display = True

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_jump()

    @on(OptionList.OptionSelected, "#search-results")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.results.highlighted = event.option_index
        self.action_jump()

    def action_jump(self) -> None:
        if self.hits and self.shown_query == self.input.value:
            index = self.results.highlighted or 0
            self.post_message(self.HitChosen(self.shown_query, self.hits, min(index, len(self.hits) - 1)))

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def action_previous_hit(self) -> None:
        self.results.action_cursor_up()

    def action_next_hit(self) -> None:
        self.results.action_cursor_down()

    def on_key(self, event: events.Key) -> None:
        # Page keys move through the results while typing.
        if event.key in ("pageup", "pagedown"):
            event.stop()
            (self.results.action_page_up if event.key == "pageup" else self.results.action_page_down)()
