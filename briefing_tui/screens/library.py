"""The library screen: every briefing kept, newest first; filter, search, entities, bookmarks.

Views (tab moves between the first three): the briefings; the entities across them (enter:
the briefings naming one); the bookmarks. `/` searches every briefing, results as you type.
Enter opens in the reader (at the hit, the entity followed, the bookmark's place); esc or
`L` goes back.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Span, Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input, Static

from ..library import Bookmark, BriefingMatches, Entry, EntitySummary, LibraryHit
from ..widgets.row_list import MATCH, MUTED, RowList

# What the first frame lists; the rest comes from a worker right after.
FIRST_PAGE = 80
VIEWS = ("briefings", "entities", "bookmarks")
VIEW_TITLES = {
    "briefings": "Briefings", "entities": "Entities", "bookmarks": "Bookmarks",
    "naming": "Briefings naming", "search": "Search",
}
# Dates and numbers are left out of the entities view: names are what it is for.
ENTITY_TYPES = ("person", "organization", "place", "group", "other")
# Keys that keep their meaning on the list; any other printable key starts the filter.
_RESERVED_KEYS = frozenset("qL/?")


@dataclass(frozen=True)
class HitRow:
    """A search hit under its briefing's title row (hit None: the title row itself)."""

    result: BriefingMatches
    hit: LibraryHit | None


def _size(characters: int) -> str:
    if characters < 1000:
        return f"{characters} ch"
    if characters < 1_000_000:
        return f"{characters / 1000:.0f}k ch"
    return f"{characters / 1_000_000:.1f}M ch"


def entry_prompt(entry: Entry, width: int) -> Text:
    """"● Title   Source   2026-12-03   12k ch": unread marked; plain text, never markup."""
    source = (entry.source or "")[:18]
    date = (entry.date or entry.added or "")[:10]
    size = _size(entry.size)
    tail = f"  {source:<18}  {date:<10}  {size:>8}"
    room = max(8, width - len(tail) - 2)
    title = entry.title or entry.path or entry.url or f"#{entry.id}"
    tags = "  " + " ".join("#" + tag for tag in entry.tags) if entry.tags else ""
    if len(title) + len(tags) > room:
        title = title[: max(1, room - len(tags) - 1)] + "…"
    line = Text(no_wrap=True, end="")
    line.append("● " if not entry.read else "  ", style="bold")
    line.append(title, style="" if entry.read else "bold")
    line.append(tags.ljust(room - len(title)), style="italic")
    line.append(tail, style=MUTED)
    return line


def entity_prompt(entity: EntitySummary, width: int) -> Text:
    tail = f"  {entity.type:<12} {entity.briefings:>6} briefing{'s' if entity.briefings != 1 else ' '} {entity.mentions:>7} mentions"
    room = max(8, width - len(tail) - 2)
    name = entity.name if len(entity.name) <= room else entity.name[: room - 1] + "…"
    line = Text(no_wrap=True, end="")
    line.append("  " + name.ljust(room), style="bold")
    line.append(tail, style=MUTED)
    return line


def hit_prompt(row: HitRow, width: int) -> Text:
    line = Text(no_wrap=True, end="")
    if row.hit is None:
        line.append(row.result.title or f"#{row.result.id}", style="bold")
        count = len(row.result.hits)
        line.append(f"  {count} match{'es' if count != 1 else ''}", style=MUTED)
        return line
    hit = row.hit
    label = hit.label if len(hit.label) <= 12 else hit.label[:11] + "…"
    line.append("    " + label.ljust(13), style="bold")
    snippet = Text(hit.snippet)
    if hit.snippet_end > hit.snippet_start:
        snippet.stylize(MATCH, hit.snippet_start, hit.snippet_end)
    room = max(10, width - 19)
    if snippet.cell_len > room and hit.snippet_start > room // 3:
        snippet = Text("…") + snippet[hit.snippet_start - room // 3 :]
    snippet.truncate(room, overflow="ellipsis")
    line.append_text(snippet)
    return line


def bookmark_row_prompt(bookmark: Bookmark, width: int) -> Text:
    from .dialogs import bookmark_prompt

    line = bookmark_prompt(bookmark, with_title=True)
    # Its secondary parts in the list's readable muted colour.
    line.spans = [Span(span.start, span.end, MUTED) if span.style == "dim" else span for span in line.spans]
    return line


def _prompt(row: object, width: int) -> Text:
    if isinstance(row, Entry):
        return entry_prompt(row, width)
    if isinstance(row, EntitySummary):
        return entity_prompt(row, width)
    if isinstance(row, HitRow):
        return hit_prompt(row, width)
    if isinstance(row, Bookmark):
        return bookmark_row_prompt(row, width)
    return Text(str(row))


def matches_filter(entry: Entry, words: list[str]) -> bool:
    """Every word of the filter in the title, source, path or tags (case-insensitive)."""
    haystack = " ".join(
        (entry.title or "", entry.source or "", entry.byline or "", entry.path or entry.url or "",
         *("#" + tag for tag in entry.tags))
    ).casefold()
    return all(word in haystack for word in words)


class LibraryScreen(Screen[None]):
    """Browse, filter and search the library; open a briefing in the reader."""

    # The footer's words are short, to fit 80 columns; the help says each in full (tooltip).
    BINDINGS = [
        Binding("q,ctrl+q", "app.quit", "Quit", key_display="q", id="quit"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?", id="help"),
        Binding("L", "back", "Back", tooltip="Back to the reader", id="library.back"),
        Binding("escape", "escape", "Clear the filter, go back", show=False, id="library.escape"),
        # Priority: "/kishda" typed in one burst lands in the query.
        Binding("slash", "search", "Search", key_display="/", tooltip="Search every briefing", priority=True,
                id="library.search"),
        Binding("tab", "next_view", "Views", key_display="tab", tooltip="Briefings, entities, bookmarks",
                id="library.next-view"),
        Binding("shift+tab", "previous_view", "Previous view", show=False, id="library.previous-view"),
        Binding("ctrl+r", "read_filter", "Read state", key_display="^r", tooltip="All, unread, read",
                id="library.read-filter"),
        Binding("ctrl+t", "tag_filter", "Tags", key_display="^t", tooltip="Tag filter", id="library.tag-filter"),
        Binding("delete", "delete", "Delete", key_display="del", id="library.delete"),
        Binding("down", "move(1)", "Next row", show=False, id="library.next-row"),
        Binding("up", "move(-1)", "Previous row", show=False, id="library.previous-row"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="library.page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="library.page-up"),
        Binding("ctrl+p", "app.command_palette", "Command palette", show=False, id="command-palette"),
    ]

    # The list has the keys first: focusing the filter box first, then leaving it, would
    # restyle the screen (the box validates on blur) before the first frame.
    AUTO_FOCUS = "#library-list"

    view: reactive[str] = reactive("briefings", init=False)
    filter_text: reactive[str] = reactive("", init=False)
    read_filter: reactive[bool | None] = reactive(None, init=False)  # None: read and unread
    tag: reactive[str | None] = reactive(None, init=False)
    naming: reactive[EntitySummary | None] = reactive(None, init=False)

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []
        self.total = 0
        self.complete = False  # every entry loaded (the first frame has the first page)
        self.last_query = ""

    @property
    def library(self):
        return self.app.library

    def compose(self) -> ComposeResult:
        # Only a first page before the first frame (no count either: counting 10,000
        # rows costs more than listing 80); the worker lists the rest right after.
        first = self.library.call(lambda lib: lib.list(limit=FIRST_PAGE))
        if first is not None:
            self.entries = first
            self.total = len(first)
            self.complete = len(first) < FIRST_PAGE
        yield Static(id="library-title")
        yield Input(placeholder="type to filter", id="library-filter", select_on_focus=False)
        rows = RowList(_prompt, id="library-list")
        rows.set_rows(self.entries, self._empty_text())
        yield rows
        yield Static(id="library-status")

    def on_mount(self) -> None:
        self._show_title()
        self.rows.focus()
        self.call_after_refresh(self._after_first_frame)

    async def _after_first_frame(self) -> None:
        from textual.widgets import Footer

        await self.mount(Footer(id="library-footer", compact=True, show_command_palette=False))
        self.app.refresh_bindings()
        if not self.complete:
            self.run_worker(self._load_all, thread=True, exclusive=True, group="library-list")

    def on_screen_resume(self) -> None:
        # Back from the reader: read state and newly kept briefings changed.
        if self.is_mounted and self.complete:
            self.run_worker(self._load_all, thread=True, exclusive=True, group="library-list")

    def library_changed(self, reparsed: bool = False) -> None:
        """The app parsed stored briefings again: the progress, then their new rows."""
        if not self.is_mounted:
            return
        self._show_title()
        if reparsed:
            self.run_worker(self._load_all, thread=True, exclusive=True, group="library-list")

    def _load_all(self) -> None:
        loaded = self.library.call(lambda lib: lib.list())
        if loaded is not None:
            self.app.call_from_thread(self._all_loaded, loaded)

    def _all_loaded(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.total = len(entries)
        self.complete = True
        if self.view == "briefings":
            self._refill(keep_cursor=True)
        self._show_title()

    # ------------------------------------------------------------------ parts

    @property
    def rows(self) -> RowList:
        return self.query_one(RowList)

    @property
    def filter_box(self) -> Input:
        return self.query_one("#library-filter", Input)

    def _empty_text(self) -> str:
        if self.library.problem:
            return self.library.problem
        if not self.total:
            return "The library is empty: briefings you read are kept here (briefing add adds more)."
        return "Nothing matches."

    def _show_title(self) -> None:
        view = self.view
        title = Text(no_wrap=True, end="")
        title.append(" Library", style="bold")
        for name in VIEWS:
            marker = "[" + VIEW_TITLES[name] + "]" if name == view or (view == "naming" and name == "entities") else VIEW_TITLES[name]
            title.append("  " + marker, style="bold" if name == view else "")
        if view == "search":
            title.append("  [Search]", style="bold")
        self.query_one("#library-title", Static).update(title)
        status = Text(no_wrap=True, end="")
        shown = len(self.rows.rows)
        if view == "briefings":
            status.append(f" {shown} of {self.total} briefings" if self.complete else f" {shown} of the newest briefings…")
            if self.read_filter is not None:
                status.append("  · " + ("read" if self.read_filter else "unread"))
            if self.tag is not None:
                status.append(f"  · #{self.tag}")
        elif view == "naming" and self.naming is not None:
            status.append(f" {shown} briefing{'' if shown == 1 else 's'} naming {self.naming.name}  (esc: back to the entities)")
        elif view == "entities":
            status.append(f" {shown} entit{'y' if shown == 1 else 'ies'} across the library  (enter: the briefings naming one)")
        elif view == "bookmarks":
            status.append(f" {shown} bookmark{'' if shown == 1 else 's'}")
        elif view == "search":
            hits = sum(1 for row in self.rows.rows if isinstance(row, HitRow) and row.hit is not None)
            status.append(f" {hits} matches in {shown - hits} briefings" if self.filter_text.strip() else " search every briefing: type words, typos welcome")
        note = getattr(self.app, "reparse_note", "")
        if note:
            status.append(f"  · {note}", style="italic")
        self.query_one("#library-status", Static).update(status)

    # ------------------------------------------------------------------ filling the list

    def _refill(self, keep_cursor: bool = False) -> None:
        view = self.view
        if view == "briefings":
            words = self.filter_text.casefold().split()
            rows = [
                entry for entry in self.entries
                if (self.read_filter is None or entry.read == self.read_filter)
                and (self.tag is None or self.tag in entry.tags)
                and (not words or matches_filter(entry, words))
            ]
            self.rows.set_rows(rows, self._empty_text(), keep_cursor)
        elif view == "entities":
            query = self.filter_text.strip() or None
            self.run_worker(lambda: self._entities_in_thread(query), thread=True, exclusive=True, group="library-rows")
        elif view == "naming" and self.naming is not None:
            naming = self.naming
            self.run_worker(lambda: self._naming_in_thread(naming), thread=True, exclusive=True, group="library-rows")
        elif view == "bookmarks":
            self.run_worker(self._bookmarks_in_thread, thread=True, exclusive=True, group="library-rows")
        elif view == "search":
            query = self.filter_text
            self.run_worker(lambda: self._search_in_thread(query), thread=True, exclusive=True, group="library-rows")
        self._show_title()

    def _show_rows(self, view: str, query: str, rows: list, empty: str) -> None:
        # Results for a view or query left meanwhile are dropped: the newest wins.
        if view != self.view or query != self.filter_text:
            return
        self.rows.set_rows(rows, empty)
        self._show_title()

    def _entities_in_thread(self, query: str | None) -> None:
        found = self.library.call(lambda lib: lib.entities(query=query, limit=4000)) or []
        found = [entity for entity in found if entity.type in ENTITY_TYPES][:2000]
        self.app.call_from_thread(self._show_rows, "entities", query or "", found, "No names found.")

    def _naming_in_thread(self, entity: EntitySummary) -> None:
        found = self.library.call(lambda lib: lib.briefings_naming(entity.name, entity.type)) or []
        self.app.call_from_thread(self._show_rows, "naming", self.filter_text, found, "No briefing names it.")

    def _bookmarks_in_thread(self) -> None:
        found = self.library.call(lambda lib: lib.bookmarks()) or []
        self.app.call_from_thread(self._show_rows, "bookmarks", self.filter_text, found, "No bookmarks yet: m in the reader bookmarks a place.")

    def _search_in_thread(self, query: str) -> None:
        results = self.library.call(lambda lib: lib.search(query, limit=50)) if query.strip() else []
        rows: list[HitRow] = []
        for result in results or ():
            rows.append(HitRow(result, None))
            rows.extend(HitRow(result, hit) for hit in result.hits)
        self.app.call_from_thread(self._show_rows, "search", query, rows, "No matches." if query.strip() else "")

    def watch_view(self, view: str) -> None:
        box = self.filter_box
        box.placeholder = "search every briefing" if view == "search" else "type to filter"
        self.filter_text = ""
        if box.value:
            box.value = ""  # its Changed message comes later; filter_text is already clear
        self._refill()

    def watch_read_filter(self) -> None:
        self._refill()

    def watch_tag(self) -> None:
        self._refill()

    # ------------------------------------------------------------------ keys

    def on_key(self, event: events.Key) -> None:
        # On the list, a printable key starts the filter (and is its first letter).
        character = event.character
        if (
            self.focused is self.rows
            and character
            and character.isprintable()
            and event.key != "space"
            and character not in _RESERVED_KEYS
        ):
            event.stop()
            event.prevent_default()
            box = self.filter_box
            box.insert_text_at_cursor(character)
            box.focus()

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value == self.filter_text:
            return
        self.filter_text = event.value
        if self.view == "search":
            self.last_query = event.value
        self._refill()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.rows.action_choose()

    def action_move(self, by: int) -> None:
        self.rows.action_move(by)

    def action_page(self, direction: int) -> None:
        self.rows.action_page(direction)

    def action_search(self) -> None:
        focused = self.focused
        if isinstance(focused, Input) and self.view == "search":
            focused.insert_text_at_cursor("/")
            return
        self.view = "search"
        box = self.filter_box
        self.set_focus(box)
        if self.last_query:
            box.value = self.last_query
            box.select_all()

    def action_next_view(self) -> None:
        self._step_view(1)

    def action_previous_view(self) -> None:
        self._step_view(-1)

    def _step_view(self, by: int) -> None:
        current = "entities" if self.view == "naming" else self.view
        index = VIEWS.index(current) if current in VIEWS else -1 if by > 0 else 0
        self.view = VIEWS[(index + by) % len(VIEWS)]
        self.rows.focus()

    def action_read_filter(self) -> None:
        self.view = "briefings" if self.view != "briefings" else self.view
        self.read_filter = {None: False, False: True, True: None}[self.read_filter]

    def action_tag_filter(self) -> None:
        tags = [tag for tag, _ in (self.library.call(lambda lib: lib.tags()) or [])]
        if not tags:
            self.notify("No tags yet: briefing add --tag TAG tags what it adds", markup=False)
            return
        if self.view != "briefings":
            self.view = "briefings"
        order = [None, *tags]
        self.tag = order[(order.index(self.tag) + 1) % len(order)] if self.tag in order else None

    def action_escape(self) -> None:
        if self.filter_text:
            self.filter_box.value = ""
            self.filter_text = ""
            self._refill()
            self.rows.focus()
        elif self.focused is self.filter_box:
            self.rows.focus()
        elif self.view == "naming":
            self.view = "entities"
        elif self.view != "briefings":
            self.view = "briefings"
        else:
            self.action_back()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return len(self.app.screen_stack) > 1  # nothing to go back to: hidden
        return True

    def action_back(self) -> None:
        """Back to the reader this library was opened from, if any."""
        if len(self.app.screen_stack) > 1 and self.app.screen is self:
            self.app.pop_screen()

    def action_delete(self) -> None:
        from .dialogs import ConfirmDialog

        row = self.rows.current
        if not isinstance(row, Entry):
            return
        title = row.title or row.path or f"#{row.id}"

        def answer(yes: bool | None) -> None:
            if yes:
                self._delete(row)

        self.app.push_screen(
            ConfirmDialog(f"Delete “{title}” from the library? Its place and bookmarks go too.",
                          "y deletes · n or esc keeps it"),
            answer,
        )

    def _delete(self, entry: Entry) -> None:
        from .reader import ReaderScreen

        if not self.library.call(lambda lib: lib.delete(entry.id)):
            return
        for screen in self.app.screen_stack:
            if isinstance(screen, ReaderScreen) and screen.library_id == entry.id:
                screen.library_id = None  # the reader open on it no longer saves its place
        self.entries = [e for e in self.entries if e.id != entry.id]
        self.total -= 1
        self._refill(keep_cursor=True)
        self.notify(f"Deleted {entry.title or entry.path or entry.id}", markup=False)

    # ------------------------------------------------------------------ opening

    def on_row_list_chosen(self, message: RowList.Chosen) -> None:
        from .reader import Walk

        row = message.row
        if isinstance(row, Entry):
            follow = self.naming.name if self.view == "naming" and self.naming is not None else None
            self.open_briefing(row.id, follow=follow)
        elif isinstance(row, EntitySummary):
            self.naming = row
            self.view = "naming"
        elif isinstance(row, Bookmark):
            self.open_briefing(row.briefing_id, place=(row.section, row.line))
        elif isinstance(row, HitRow):
            hits = row.result.hits
            spans = sorted({(hit.section, hit.start, hit.end) for hit in hits})
            chosen = row.hit or hits[0]
            walk = Walk(tuple(spans), self.filter_text.strip(), "match", spans.index((chosen.section, chosen.start, chosen.end)))
            self.open_briefing(row.result.id, walk=walk)

    def open_briefing(self, library_id: int, **opening) -> None:
        """Open a briefing of the library in the reader (opening: place, walk or follow)."""
        from ..core.reading import SourceText
        from .reader import ReaderScreen

        found = self.library.call(lambda lib: (lib.get(library_id), lib.source_text(library_id)))
        if found is None or found[0] is None:
            self.notify(self.library.problem or "That briefing is no longer in the library",
                        severity="warning", markup=False)
            return
        entry, text = found
        source = SourceText(text, entry.path or entry.url or entry.title or f"library #{library_id}", url=entry.url)
        keep = getattr(self.app, "keep", True)
        self.app.push_screen(ReaderScreen(source, library_id=library_id, keep=keep, **opening))

    def key_groups(self):
        """The keys of the library, for the help screen."""
        return [("Library", self.BINDINGS), ("List", RowList.BINDINGS)]
