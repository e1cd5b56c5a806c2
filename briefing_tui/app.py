"""The reader: a Textual app over the pure core. It only calls the core; it never parses."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal

from .commands import BriefingCommands
from .core.model import Briefing, Entity
from .core.parsing import head_of, parse_text
from .core.reading import SourceText
from .core.resources import styles_dir
from .widgets.header import BriefingHeader
from .widgets.outline import Outline
from .widgets.reading_view import ReadingView
from .widgets.status_line import StatusLine

if TYPE_CHECKING:
    from .widgets.entity_panel import EntityPanel
    from .widgets.search_bar import SearchBar


def _digit_bindings() -> list[Binding]:
    return [
        Binding(str(n), f"go_to_section({n})", "Jump to section N", show=False) for n in range(1, 10)
    ]


class BriefingApp(App[None]):
    """Read one briefing: outline, sections in panes, status line and key hints."""

    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    CSS_PATH = [str(styles_dir() / "app.tcss")]
    # Below 80 columns the outline narrows; below 60 it folds into a one-line bar.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-medium"), (80, "-wide")]
    # Below 12 rows the header, outline bar and footer give their rows to the text.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (12, "-tall")]

    BINDINGS = [
        Binding("q,ctrl+q", "quit", "Quit", key_display="q"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("right_square_bracket", "next_section", "Next section", key_display="]", show=False),
        Binding("left_square_bracket", "previous_section", "Previous section", key_display="[", show=False),
        *_digit_bindings(),
        # A priority binding acts before the next key is handed on: the letters typed right
        # behind `/` ("/kishda" in one burst) land in the query, not in the text pane.
        Binding("slash", "search", "Search", key_display="/", priority=True),
        Binding("o", "toggle_outline", "Outline"),
        Binding("e", "toggle_entities", "Entities"),
        Binding("n", "next_match", "Next match or mention", show=False),
        Binding("N", "previous_match", "Previous match or mention", show=False),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
        Binding("escape", "clear", "Close search, clear highlights", show=False),
        Binding("ctrl+p", "command_palette", "Command palette", show=False),
    ]

    # A longer briefing shows its first part at once and the rest when read (in a worker).
    PREVIEW_CHARACTERS = 256_000

    def __init__(self, source: SourceText) -> None:
        super().__init__()
        self.source = source
        self.complete = len(source.text) <= self.PREVIEW_CHARACTERS
        text = source.text if self.complete else head_of(source.text, self.PREVIEW_CHARACTERS)
        self.briefing: Briefing = parse_text(text, source.name, source.notes, cleaned=True)
        self._progress = 0.0
        self.entities: list[Entity] | None = None  # found in a worker after the first frame
        # What n/N walk: the chosen entity's mentions (later also search hits).
        self.walk: list[tuple[int, int, int]] = []
        self.walk_index = 0
        self.walk_label = ""
        self.last_query = ""  # kept while the reader runs; `/` opens with it
        self._search_index = None
        self._index_lock = threading.Lock()

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        briefing = self.briefing
        yield BriefingHeader(self._title(briefing), briefing.byline, id="header")
        # The first frame has no outline: the body keeps its width free (the -first-frame
        # class), so the text is laid out once, at its final width, and the outline list
        # moves into that space when the frame is on screen. A second column in the first
        # frame costs about a tenth of the time to first content.
        with Horizontal(id="body", classes="-first-frame"):
            yield ReadingView(briefing, id="reading")
        # The outline bar, entity panel, search bar and footer are mounted after the first
        # frame (on_ready): the first frame shows only what a reader sees at once.
        yield StatusLine(id="status")

    def _title(self, briefing: Briefing) -> str:
        return briefing.title or self.source.name.rsplit("/", 1)[-1]

    def on_mount(self) -> None:
        self.title = self._title(self.briefing)
        status = self.query_one(StatusLine)
        status.note = "; ".join(self.briefing.notes)
        self._show_position(0)
        self.reading.focus()

    async def on_ready(self) -> None:
        """After the first frame is on screen: what that frame did not need."""
        from textual.widgets import Footer

        from .widgets.entity_panel import EntityPanel
        from .widgets.outline import OutlineBar
        from .widgets.search_bar import SearchBar

        body = self.query_one("#body")
        outline = Outline(id="outline", markup=False)
        await body.mount(outline, before=0)
        body.remove_class("-first-frame")
        outline.show_briefing(self.briefing)
        bar = OutlineBar(id="outline-bar")
        await self.mount(bar, before=body)
        bar.show_briefing(self.briefing)
        await body.mount(EntityPanel(id="entities"))
        await self.mount(SearchBar(id="search"), before=self.query_one(StatusLine))
        await self.mount(Footer(id="footer", compact=True, show_command_palette=False))
        # The footer draws its keys when the bindings change; focus was set before it
        # existed, so say they changed.
        self.refresh_bindings()
        self._show_position(self.reading.current_section)
        if self.complete:
            self.run_worker(self._find_entities, thread=True, exclusive=True, group="entities")
        else:
            self._progress_timer = self.set_interval(0.2, self._show_progress)
            self._show_progress()
            width = self.reading.scrollable_content_region.width
            self.run_worker(lambda: self._read_rest(width), thread=True, exclusive=True, group="reading")

    # ------------------------------------------------------------------ long briefings

    def _read_rest(self, width: int) -> None:
        """In a thread: parse the whole briefing and lay it out, then show it."""
        from .widgets.reading_layout import ReadingLayout

        def parsed(fraction: float) -> None:
            self._progress = 0.75 * fraction

        source = self.source
        briefing = parse_text(source.text, source.name, source.notes, cleaned=True, progress=parsed)
        layout = ReadingLayout(briefing, width)
        self._progress = 1.0
        self.call_from_thread(self._whole_briefing_read, briefing, layout)

    def _show_progress(self) -> None:
        megabytes = len(self.source.text) / 1_000_000
        self.query_one(StatusLine).note = f"reading {megabytes:.0f} MB… {self._progress:.0%}"

    def _whole_briefing_read(self, briefing: Briefing, layout) -> None:
        self._progress_timer.stop()
        self.complete = True
        self.briefing = briefing
        self.reading.set_briefing(briefing, layout if layout.width == max(8, self.reading.scrollable_content_region.width) else None)
        for outline in self.query(Outline):
            outline.show_briefing(briefing)
            outline.follow(self.reading.current_section)
        for bar in self.query("#outline-bar"):
            bar.show_briefing(briefing)  # type: ignore[attr-defined]
        self.query_one(StatusLine).note = "; ".join(briefing.notes)
        self._show_position(self.reading.current_section)
        self._search_index = None  # built from the first part: build it again from all
        self.run_worker(self._find_entities, thread=True, exclusive=True, group="entities")

    def _find_entities(self) -> None:
        """In a thread: find the briefing's entities, then hand them to the panel."""
        from .core.entities import extract_entities

        entities = extract_entities(self.briefing)
        self.call_from_thread(self._entities_found, entities)
        self.search_index(entities)  # ready before the first search, most of the time

    def _entities_found(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.entity_panel.show_entities(self.briefing, entities)

    def search_index(self, entities: list[Entity] | None = None):
        """The briefing's search index, built once (in a worker thread)."""
        from .core.search import SearchIndex

        with self._index_lock:
            index = self._search_index
            # Built again once the entities are found: their names are searched too.
            if index is None or (entities and not index.entities):
                index = self._search_index = SearchIndex(self.briefing, entities or self.entities or ())
            return index

    # ------------------------------------------------------------------ search

    def action_search(self) -> None:
        """Open the search bar with the last query; typing searches at once."""
        from textual.widgets import Input

        from .widgets.entity_panel import EntityList

        focused = self.focused
        if self.screen is not self.screen_stack[0]:
            if isinstance(focused, Input):  # the palette's query
                focused.insert_text_at_cursor("/")
            return
        if isinstance(focused, Input):
            focused.insert_text_at_cursor("/")  # `/` typed into a query or a filter
            return
        if isinstance(focused, EntityList):
            focused.action_filter()  # in the entity list, `/` filters the list
            return
        if not self.query("#search"):
            return  # not built yet
        bar = self.search_bar
        bar.display = True
        box = bar.input
        # Focus now, not after a refresh: keys typed right after `/` belong to the query.
        self.screen.set_focus(box)
        if box.value != self.last_query:
            box.value = self.last_query
        box.cursor_position = len(box.value)
        if box.value:
            box.select_all()  # typing replaces the last query; an arrow key keeps it
            self._run_search(box.value)

    def on_search_bar_query_changed(self, message: SearchBar.QueryChanged) -> None:
        self.last_query = message.query
        if self.walk and self.walk_label != message.query:
            self.query_one(StatusLine).match = ""  # the old query's position no longer applies
        self._run_search(message.query)

    def _run_search(self, query: str) -> None:
        # The newest query wins: `exclusive` drops the previous search, and the bar
        # ignores results for a query that is no longer the one typed.
        self.run_worker(lambda: self._search_in_thread(query), thread=True, exclusive=True, group="search")

    def _search_in_thread(self, query: str) -> None:
        hits = self.search_index().search(query)
        self.call_from_thread(self.search_bar.show_results, query, hits)

    def on_search_bar_hit_chosen(self, message: SearchBar.HitChosen) -> None:
        # The list ranks hits best first; n/N walk them in reading order, from the chosen one.
        chosen = message.hits[message.index]
        spans = sorted({(hit.section, hit.start, hit.end) for hit in message.hits})
        self._close_search()
        self.start_walk(spans, message.query, "match", start_at=spans.index((chosen.section, chosen.start, chosen.end)))

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self._close_search()
        self.action_clear()

    def _close_search(self) -> None:
        self.search_bar.display = False
        self.reading.focus()

    @property
    def reading(self) -> ReadingView:
        return self.query_one(ReadingView)

    @property
    def entity_panel(self) -> EntityPanel:
        return self.query_one("#entities")  # type: ignore[return-value]

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one("#search")  # type: ignore[return-value]

    # ------------------------------------------------------------------ position

    # Below this width the entity panel and the outline do not both fit beside the text.
    CROWDED_WIDTH = 110

    def on_resize(self) -> None:
        self._update_crowding()
        self.call_after_refresh(self._keep_focus)

    def _update_crowding(self) -> None:
        """With the entity panel open on a small screen, the outline steps aside for the text."""
        crowded = self.screen.has_class("-entities-open") and self.size.width < self.CROWDED_WIDTH
        self.screen.set_class(crowded, "-crowded")

    def on_descendant_blur(self) -> None:
        # A pane that folds away (the outline below 60 columns) loses focus: the keys
        # must not go dead, so the text takes it.
        self.call_after_refresh(self._keep_focus)

    def _keep_focus(self) -> None:
        """When a resize hides the focused pane (the outline folds away), read on."""
        focused = self.focused
        if self.screen is not self.screen_stack[0]:
            return  # help or the palette is open: they keep their focus
        if focused is None or not focused.display or not focused.visible or focused.region.area == 0:
            self.reading.focus()

    def _show_position(self, section: int) -> None:
        sections = self.briefing.sections
        statuses = self.query(StatusLine)
        if not statuses:
            return  # shutting down
        status = statuses.first()
        if not sections:
            status.position = "empty briefing"
            return
        status.position = f"{section + 1}/{len(sections)} {sections[section].label}"
        for outline in self.query(Outline):
            outline.follow(section)
        for bar in self.query("#outline-bar"):
            bar.follow(section)  # type: ignore[attr-defined]

    def on_reading_view_position_changed(self, message: ReadingView.PositionChanged) -> None:
        self._show_position(message.section)

    def on_outline_section_chosen(self, message: Outline.SectionChosen) -> None:
        self.reading.go_to_section(message.section)

    # ------------------------------------------------------------------ actions

    def action_next_section(self) -> None:
        self.reading.go_to_section(self.reading.current_section + 1)

    def action_previous_section(self) -> None:
        self.reading.go_to_section(self.reading.current_section - 1)

    def action_go_to_section(self, number: int) -> None:
        if 1 <= number <= len(self.briefing.sections):
            self.reading.go_to_section(number - 1)

    def action_toggle_outline(self) -> None:
        """Show and focus the outline; hide it when it already has focus."""
        outlines = self.query(Outline)
        if not outlines:
            return  # not built yet: the first frame is still being drawn
        outline = outlines.first()
        if self.screen.has_class("-outline-hidden") or not outline.display:
            self.screen.remove_class("-outline-hidden")
            self.screen.add_class("-outline-open")
            # The stylesheet decides display from the screen's classes; an inline
            # `display = True` here would outrank `-outline-hidden` and stop `o` hiding it.
            outline.focus()
        elif outline.has_focus:
            self.screen.add_class("-outline-hidden")
            self.screen.remove_class("-outline-open")
            self.reading.focus()
        else:
            outline.focus()

    def action_toggle_entities(self) -> None:
        """Show and focus the entity panel; hide it when it already has focus."""
        panel = self.entity_panel
        if not self.screen.has_class("-entities-open"):
            self.screen.add_class("-entities-open")
            panel.entity_list.focus()
        elif panel.has_focus_within:
            self.screen.remove_class("-entities-open")
            self.reading.focus()
        else:
            panel.entity_list.focus()
        self._update_crowding()

    def on_entity_panel_entity_chosen(self, message: EntityPanel.EntityChosen) -> None:
        if self.screen.has_class("-narrow"):
            # The panel covers the text below 60 columns: close it to show the mentions.
            self.screen.remove_class("-entities-open")
            self._update_crowding()
            self.reading.focus()
        self.follow_entity(message.entity)

    def follow_entity(self, entity: Entity) -> None:
        """Highlight every mention of an entity, jump to the first, and let n/N walk them."""
        mentions = [(m.section, m.start, m.end) for m in entity.mentions]
        self.start_walk(mentions, entity.name, "mention")

    def start_walk(self, spans: list[tuple[int, int, int]], label: str, kind: str, start_at: int = 0) -> None:
        """Highlight spans (section, start, end), go to one; n/N walk them."""
        self.walk, self.walk_index, self.walk_label = spans, start_at, label
        by_section: dict[int, list[tuple[int, int]]] = {}
        for section, start, end in spans:
            by_section.setdefault(section, []).append((start, end))
        self.reading.set_highlights(by_section, kind)
        self._show_walk()

    def _show_walk(self) -> None:
        status = self.query_one(StatusLine)
        if not self.walk:
            status.match = f"{self.walk_label}: no matches" if self.walk_label else ""
            return
        section, start, end = self.walk[self.walk_index]
        if start == end:  # a heading hit: the section itself
            self.reading.go_to_section(section)
        else:
            self.reading.set_current_hit((section, start, end))
            self.reading.show_offset(section, start, end)
        status.match = f"{self.walk_label} {self.walk_index + 1}/{len(self.walk)}"

    def action_next_match(self) -> None:
        if self.walk:
            self.walk_index = (self.walk_index + 1) % len(self.walk)
            self._show_walk()

    def action_previous_match(self) -> None:
        if self.walk:
            self.walk_index = (self.walk_index - 1) % len(self.walk)
            self._show_walk()

    def action_help(self) -> None:
        from .help_screen import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.key_groups()))

    def key_groups(self) -> list[tuple[str, Iterable]]:
        """The keys of each pane, for the help screen."""
        from .widgets.entity_panel import EntityList
        from .widgets.search_bar import SearchBar

        return [
            ("Anywhere", self.BINDINGS),
            ("Reading pane", ReadingView.BINDINGS),
            ("Outline", Outline.BINDINGS),
            ("Entity panel", EntityList.BINDINGS),
            ("Search bar", SearchBar.BINDINGS),
        ]

    def action_clear(self) -> None:
        """esc: clear highlights; from a side pane, go back to the text."""
        if self.reading.has_highlights or self.walk:
            self.reading.clear_highlights()
            self.walk, self.walk_label = [], ""
            self.query_one(StatusLine).match = ""
        elif not self.reading.has_focus:
            self.reading.focus()

    # ------------------------------------------------------------------ palette

    def export_to_file(self, fmt: str) -> None:
        """Write an export next to where the reader was started, never over an existing file."""
        from pathlib import Path

        from .core.entities import extract_entities
        from .core.export import render

        stem = Path(self.source.name).stem if self.source.name != "standard input" else "briefing"
        suffix = {"json": ".json", "markdown": ".md", "text": ".txt"}[fmt]
        target = Path.cwd() / f"{stem}.export{suffix}"
        number = 1
        while target.exists():
            target = Path.cwd() / f"{stem}.export-{number}{suffix}"
            number += 1
        entities = ()
        if fmt == "json":
            entities = self.entities if self.entities is not None else extract_entities(self.briefing)
        content = render(self.briefing, fmt, entities)
        try:
            target.write_text(content, encoding="utf-8")
        except OSError as error:
            self.notify(f"Could not export: {error.strerror or error}", severity="error", markup=False)
            return
        self.notify(f"Exported to {target.name}", markup=False)
