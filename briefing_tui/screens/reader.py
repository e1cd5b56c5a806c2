"""The reader: one briefing, its outline, entities and search, on one screen.

The reader's state lives here, as reactive attributes: the briefing, its entities, the
section being read, the walk of matches or mentions that n/N step through, and which side
panels are open. The widgets below are told (data binding or a watcher); they never keep
their own copy of it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen

from ..core.model import Briefing, Entity
from ..core.numbered import without_own_number
from ..core.reading import SourceText
from ..widgets.header import BriefingHeader
from ..widgets.reading_view import ReadingView
from ..widgets.status_line import StatusLine

if TYPE_CHECKING:
    from ..widgets.entity_panel import EntityPanel
    from ..widgets.outline import Outline
    from ..widgets.search_bar import SearchBar


def _reads_whole(source: SourceText) -> bool:
    """True when the source is a page or an e-mail, read whole (never its first part alone)."""
    from ..core.parsing import reads_whole

    return reads_whole(source.text, source.name, source.media_type)


class Cancelled(Exception):
    """The worker doing long work was cancelled (the reader is closing): stop it."""


def stop_if_cancelled() -> None:
    """In a worker thread's loop: end the work once the worker is cancelled."""
    from textual.worker import NoActiveWorker, get_current_worker

    try:
        cancelled = get_current_worker().is_cancelled
    except NoActiveWorker:
        return
    if cancelled:
        raise Cancelled


def release_free_memory() -> None:
    """Give memory freed after reading a long briefing back to the system.

    glibc keeps freed blocks for reuse, so the copies made while parsing megabytes would
    stay counted against the reader; malloc_trim returns them. Elsewhere: nothing to do.
    """
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass


@dataclass(frozen=True)
class Walk:
    """Spans (section, start, end) that n/N step through, and where the reader is in them."""

    spans: tuple[tuple[int, int, int], ...]
    label: str  # the query, or the entity's name
    kind: str  # "match" (search hits), "mention" (an entity's mentions) or "link"
    index: int = 0

    def step(self, by: int) -> Walk:
        return Walk(self.spans, self.label, self.kind, (self.index + by) % len(self.spans))


def line_of(text: str, offset: int) -> int:
    """The line (0-based, by newlines) of text that holds offset; 0 for a pane's top (-1)."""
    return text.count("\n", 0, offset) if offset > 0 else 0


def offset_of_line(text: str, line: int) -> int:
    """Where line (0-based) of text starts; -1, the pane's top, for line 0."""
    if line <= 0:
        return -1
    offset = 0
    for _ in range(line):
        found = text.find("\n", offset)
        if found == -1:
            break
        offset = found + 1
    return offset


def _digit_bindings() -> list[Binding]:
    return [
        Binding(
            str(n), f"go_to_section({n})", "Jump to section N (two digits quickly: 12)", show=False,
            id=f"reader.section-{n}",
        )
        for n in range(0, 10)
    ]


# Digits typed within this many seconds of each other make one section number ("1" "2": 12).
DIGIT_PAUSE = 1.0


class ReaderScreen(Screen[None]):
    """Read one briefing: outline, sections in panes, status line and key hints."""

    BINDINGS = [
        # Quit and help belong to the app; they are listed here first so that the footer
        # and the help show them first.
        Binding("q,ctrl+q", "app.quit", "Quit", key_display="q", id="quit"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?", id="help"),
        Binding("right_square_bracket", "next_section", "Next section", key_display="]", show=False,
                id="reader.next-section"),
        Binding("left_square_bracket", "previous_section", "Previous section", key_display="[", show=False,
                id="reader.previous-section"),
        *_digit_bindings(),
        # A priority binding acts before the next key is handed on: the letters typed right
        # behind `/` ("/kishda" in one burst) land in the query, not in the text pane.
        Binding("slash", "search", "Search", key_display="/", priority=True, id="reader.search"),
        Binding("o", "toggle_outline", "Outline", id="reader.outline"),
        Binding("e", "toggle_entities", "Entities", id="reader.entities"),
        Binding("n", "next_match", "Next match or mention", show=False, id="reader.next-match"),
        Binding("N", "previous_match", "Previous match or mention", show=False, id="reader.previous-match"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="focus-next"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="focus-previous"),
        Binding("u", "links", "Links", show=False, id="reader.links"),
        Binding("y", "copy_section", "Copy this section", show=False, id="reader.copy-section"),
        Binding("Y", "copy_briefing", "Copy the whole briefing", show=False, id="reader.copy-briefing"),
        Binding("escape", "clear", "Close search, clear highlights", show=False, id="reader.clear"),
        Binding("ctrl+p", "app.command_palette", "Command palette", show=False, id="command-palette"),
        Binding("L", "app.show_library", "Library", id="reader.library"),
        Binding("m", "bookmark", "Bookmark this place", show=False, id="reader.bookmark"),
        Binding("M", "bookmarks", "Bookmarks of this briefing", show=False, id="reader.bookmarks"),
    ]

    # A longer briefing shows its first part at once and the rest when read (in a worker).
    PREVIEW_CHARACTERS = 256_000
    # A page parsed while Textual loads is often a moment from ready at the first frame:
    # waiting that long shows the page itself first, not "reading the page…" then the page.
    PAGE_WAIT_S = 0.25
    # A short text parsed ahead is ready long before the first frame; when it is not, the
    # machine is busy, and parsing it here costs less than waiting longer.
    TEXT_WAIT_S = 0.05
    # The reading pane never gets narrower than this while a pane is open: 20 columns of
    # text, its borders and the scroll bar.
    READING_MIN_WIDTH = 25

    # ---- the reader's state
    briefing: reactive[Briefing] = reactive(None, init=False, always_update=True)  # type: ignore[arg-type]
    entities: reactive[tuple[Entity, ...] | None] = reactive(None, init=False, always_update=True)
    section: reactive[int] = reactive(0, init=False)  # the section at the top of the text
    walk: reactive[Walk | None] = reactive(None, init=False, always_update=True)
    outline: reactive[str] = reactive("auto", init=False)  # "auto" (by width), "open", "hidden"
    entities_open: reactive[bool] = reactive(False, init=False)
    place: reactive[tuple[int, int]] = reactive((0, 0), init=False)  # (section, line), kept
    # ---- what the status line shows of it
    position_label: reactive[str] = reactive("")
    position_whole: reactive[str] = reactive("")  # the same with the heading whole, where it fits
    match_label: reactive[str] = reactive("")
    note: reactive[str] = reactive("")

    # A move is saved this long after the reader stops moving (well within a second).
    SAVE_DELAY = 0.3

    def __init__(
        self,
        source: SourceText,
        *,
        origin: str | None = None,
        library_id: int | None = None,
        place: tuple[int, int] | None = None,
        walk: Walk | None = None,
        follow: str | None = None,
        keep: bool = True,
        fetch_url: str | None = None,
        briefing: Briefing | None = None,
        pending=None,
        outline: bool | None = None,
        watch: str | None = None,
    ) -> None:
        """source: the text; origin: its path or URL (kept in the library); library_id: its
        id when it came from the library; place (section, line), walk or follow (an
        entity's name): where to open it, else where it was left. briefing: the source
        already parsed; pending: its parse under way (parse_ahead), shown when it ends;
        fetch_url: an address to fetch once on screen (source is then a stand-in). outline: open (True), closed (False) or by size and sections (None),
        at the start; watch: the path of a file to read again whenever it changes."""
        super().__init__()
        self.source = source
        self.watched = watch
        self._keep_place = False  # a reload: highlights are redrawn where the reader is
        self.built = False  # the panes after the first frame are mounted
        self._index_building = False
        self._outline_setting = outline
        self.fetch_url = fetch_url
        self.fetch_error: str | None = None
        self.origin = origin
        self.library_id = library_id
        self.keep = keep
        self._opening = (place, walk, follow)
        self._saved_place: tuple[int, int] | None = None
        self._save_timer = None
        self._entities_ready = threading.Event()
        # The parsers are imported when first needed: a short text parsed ahead (in a child
        # process, see parse_ahead) needs none of them before the first frame.
        self.complete = briefing is not None or len(source.text) <= self.PREVIEW_CHARACTERS or _reads_whole(source)
        # A page being parsed meanwhile: the reader opens empty and shows it when it ends.
        self._pending = pending if briefing is None else None
        self._arrived_later = self._pending is not None  # its header is drawn again
        if self._pending is not None:
            self.complete = False
            briefing = Briefing(None, None, "plain", (), source.name, source.notes)
        if briefing is None:
            briefing = self._parse_here()
        self._open_on(briefing)
        if self._pending is not None or fetch_url is not None:
            # The first frame already says what is coming (not "empty briefing").
            self.set_reactive(ReaderScreen.position_label, "")
            self.set_reactive(ReaderScreen.position_whole, "")
            waiting = "reading the page…" if self._pending is not None else f"fetching {fetch_url}…"
            self.set_reactive(ReaderScreen.note, waiting)
        self.last_query = ""  # kept while the reader runs; `/` opens with it
        self._typed_number: tuple[int, float] = (0, 0.0)  # the section number typed, and when
        self._search_origin = (0, 0)  # (section, offset) where the search began
        self._link_urls: dict[tuple[int, int, int], str] = {}  # (section, start, end) -> URL
        self._progress = 0.0
        self._source_size = len(source.text)
        self._search_index = None
        self._index_lock = threading.Lock()

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        if not getattr(self.app, "first_frame_shown", True):
            # The text takes the focus after the first frame (_build_rest), not by Textual's
            # auto focus before it: no style depends on it, and restyling the text pane for
            # it cost the first frame 2 ms.
            self.AUTO_FOCUS = ""
        self._take_page_if_ready()
        briefing = self.briefing
        yield BriefingHeader(
            self._title(briefing), briefing.byline, id="header", source=briefing.publisher, date=briefing.date
        )
        # The first frame has no outline: the body keeps its width free (the -first-frame
        # class), so the text is laid out once, at its final width, and the outline list
        # moves into that space when the frame is on screen. A second column in the first
        # frame costs about a tenth of the time to first content.
        # A one-section text has nothing to outline: the outline starts closed (`o` opens it).
        # The settings may say open or closed.
        start = {True: "open", False: "hidden"}.get(self._outline_setting)
        if start is None:
            arriving = self._pending is not None or self.fetch_url is not None
            start = "hidden" if len(briefing.sections) <= 1 and not arriving else "auto"
        if start != "auto":
            self.set_reactive(ReaderScreen.outline, start)
            self.set_class(start == "hidden", "-outline-hidden")
            self.set_class(start == "open", "-outline-open")
        with Horizontal(id="body", classes="" if self.outline == "hidden" else "-first-frame"):
            yield ReadingView(briefing, id="reading")
        # The outline bar, entity panel, search bar and footer are mounted after the first
        # frame (build_rest): the first frame shows only what a reader sees.
        yield StatusLine(
            position=self.position_label, note=self.note, id="status", whole=self.position_whole
        ).data_bind(
            position=ReaderScreen.position_label, match=ReaderScreen.match_label, note=ReaderScreen.note,
            whole=ReaderScreen.position_whole,
        )

    def _parse_here(self) -> Briefing:
        """The source parsed here (its first part when it is long and not a page)."""
        from ..core.parsing import head_of, parse_text

        source = self.source
        text = source.text if self.complete else head_of(source.text, self.PREVIEW_CHARACTERS)
        return parse_text(text, source.name, source.notes, cleaned=True, url=source.url, media_type=source.media_type)

    def _take_page_if_ready(self) -> None:
        """A page parsed meanwhile that is ready now (or within PAGE_WAIT_S): the first
        frame shows it, rather than "reading the page…" and the page a moment later.

        A short text parsed ahead that is not ready within TEXT_WAIT_S (or failed) is
        parsed here instead: the first frame shows it as if nothing had been parsed ahead."""
        pending = self._pending
        if pending is None:
            return
        late_text = getattr(pending, "parse_here_if_late", False)
        ready = pending.ready(self.TEXT_WAIT_S if late_text else self.PAGE_WAIT_S)
        briefing = pending.result() if ready else None
        if briefing is None:
            if not late_text or _reads_whole(self.source):
                return  # a page: shown when its parse ends, or parsed here after the first frame
            pending.cancel()
            briefing = self._parse_here()  # a short text: whole (text_ahead takes no long one)
        self._pending = None
        self._arrived_later = False
        self.complete = True
        self._open_on(briefing)

    def _open_on(self, briefing: Briefing) -> None:
        """The briefing the first frame shows, at its first section (set before it is drawn)."""
        self.set_reactive(ReaderScreen.briefing, briefing)
        self.set_reactive(ReaderScreen.position_label, self._position_label(0))
        self.set_reactive(ReaderScreen.position_whole, self._position_label(0, whole=True))
        self.set_reactive(ReaderScreen.note, "; ".join(briefing.notes))

    def _title(self, briefing: Briefing) -> str:
        return briefing.title or self.source.name.rsplit("/", 1)[-1]

    def on_mount(self) -> None:
        self.title = self._title(self.briefing)
        if getattr(self.app, "first_frame_shown", True):
            self.reading.focus()
            self.call_after_refresh(self.build_rest)
        # else the app calls build_rest once its first frame is on screen (the text takes
        # the focus then)

    async def build_rest(self) -> None:
        """After the first frame is on screen: what that frame did not need. Keys typed
        meanwhile were held by the app; they are acted on now, in order."""
        try:
            await self._build_rest()
        finally:
            self.built = True
            release = getattr(self.app, "release_keys", None)
            if release is not None:
                await release()

    async def _build_rest(self) -> None:
        from ..widgets.entity_panel import EntityPanel
        from ..widgets.footer import Footer
        from ..widgets.outline import Outline, OutlineBar
        from ..widgets.search_bar import SearchBar

        self.AUTO_FOCUS = None  # Textual's again, from now on (see compose)
        if self.focused is None:
            self.reading.focus()
        body = self.query_one("#body")
        outline = Outline(id="outline", markup=False).data_bind(ReaderScreen.briefing, ReaderScreen.section)
        await body.mount(outline, before=0)
        body.remove_class("-first-frame")
        bar = OutlineBar(id="outline-bar").data_bind(ReaderScreen.briefing, current=ReaderScreen.section)
        await self.mount(bar, before=body)
        await body.mount(EntityPanel(id="entities").data_bind(ReaderScreen.section, ReaderScreen.walk))
        await self.mount(SearchBar(id="search"), before=self.query_one(StatusLine))
        await self.mount(Footer(id="footer", compact=True, show_command_palette=False))
        # The footer draws its keys when the bindings change; focus was set before it
        # existed, so say they changed.
        self.app.refresh_bindings()
        if self.watched:
            self._start_watching()
        if self.fetch_url is not None:
            self._fetched = (0, None)
            self._progress_timer = self.set_interval(0.2, self._show_fetch)
            self._show_fetch()
            width = self.reading.scrollable_content_region.width
            self.run_worker(lambda: self._fetch(width), thread=True, exclusive=True, group="reading")
        elif self._pending is not None:
            self._progress_timer = self.set_interval(0.2, self._show_pending)
            self._show_pending()
            width = self.reading.scrollable_content_region.width
            self.run_worker(lambda: self._read_pending(width), thread=True, exclusive=True, group="reading")
        elif self.complete:
            self._start_finding_entities()
            self.run_worker(self._join_library, thread=True, group="library")
        else:
            self._progress_timer = self.set_interval(0.2, self._show_progress)
            self._show_progress()
            width = self.reading.scrollable_content_region.width
            self.run_worker(lambda: self._read_rest(width), thread=True, exclusive=True, group="reading")

    @property
    def reading(self) -> ReadingView:
        return self.query_one(ReadingView)

    @property
    def entity_panel(self) -> EntityPanel:
        return self.query_one("#entities")  # type: ignore[return-value]

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one("#search")  # type: ignore[return-value]

    # ------------------------------------------------------------------ state watchers

    def _position_label(self, section: int, whole: bool = False) -> str:
        """"2/5 Key Facts"; whole: a label cut short ("The Long Road To A…") as its whole heading."""
        sections = self.briefing.sections
        if not sections:
            return "empty briefing"
        section = min(section, len(sections) - 1)
        name = sections[section].label
        if whole and name.endswith("…") and sections[section].heading:
            name = " ".join(without_own_number(sections[section].heading, name).split())
        return f"{section + 1}/{len(sections)} {name}"

    def watch_section(self, section: int) -> None:
        self.position_label = self._position_label(section)
        self.position_whole = self._position_label(section, whole=True)

    def watch_briefing(self, briefing: Briefing) -> None:
        self.position_label = self._position_label(self.section)
        self.position_whole = self._position_label(self.section, whole=True)
        self.note = "; ".join(briefing.notes)

    def watch_entities(self, entities: tuple[Entity, ...] | None) -> None:
        if entities is not None and self.query("#entities"):
            self.entity_panel.show_entities(self.briefing, entities)

    def watch_walk(self, old: Walk | None, walk: Walk | None) -> None:
        reading = self.reading
        if walk is None:
            reading.clear_highlights()
            self.match_label = ""
            return
        if old is None or (old.spans, old.kind) != (walk.spans, walk.kind):
            by_section: dict[int, list[tuple[int, int]]] = {}
            for section, start, end in walk.spans:
                by_section.setdefault(section, []).append((start, end))
            reading.set_highlights(by_section, walk.kind)
        if not walk.spans:
            # An entity without mentions is a name only the headline writes.
            found = "only in the headline" if walk.kind == "mention" else "no matches"
            self.match_label = f"{walk.label}: {found}" if walk.label else ""
            return
        section, start, end = walk.spans[walk.index]
        if self._keep_place:  # the file was read again: mark, but stay where the reader is
            reading.set_current_hit((section, start, end))
        elif start == end:  # a heading hit: the section itself
            reading.go_to_section(section)
        else:
            reading.set_current_hit((section, start, end))
            reading.show_offset(section, start, end)
        # Walking links, the status line shows where the current one leads.
        label = self._link_urls.get(walk.spans[walk.index], walk.label) if walk.kind == "link" else walk.label
        self.match_label = f"{label} {walk.index + 1}/{len(walk.spans)}"

    def watch_outline(self, outline: str) -> None:
        # The stylesheet decides display from the screen's classes; an inline `display`
        # would outrank `-outline-hidden` and stop `o` hiding it.
        self.set_class(outline == "hidden", "-outline-hidden")
        self.set_class(outline == "open", "-outline-open")

    def watch_entities_open(self, entities_open: bool) -> None:
        self.set_class(entities_open, "-entities-open")
        self._update_crowding()

    # ------------------------------------------------------------------ long briefings

    def _read_rest(self, width: int) -> None:
        """In a thread: parse the whole briefing, index it for search and lay it out."""
        from ..background import background_work, give_way
        from ..core.parsing import parse_text
        from ..core.search import SearchIndex
        from ..widgets.reading_layout import ReadingLayout

        def step(start: float, share: float):
            def advanced(fraction: float) -> None:
                stop_if_cancelled()
                self._progress = start + share * fraction
                give_way()

            return advanced

        source = self.source
        with background_work():  # keys answer meanwhile (the text's first part is read)
            try:
                briefing = parse_text(
                    source.text, source.name, source.notes, cleaned=True, progress=step(0.0, 0.6), url=source.url,
                    media_type=source.media_type,
                )
                # Indexed here, before the whole briefing shows: the first search then answers
                # at once instead of waiting for an index of megabytes.
                index = SearchIndex(briefing, progress=step(0.6, 0.25))
            except Cancelled:
                return
            layout = ReadingLayout(briefing, width)
        self._progress = 1.0
        self.app.call_from_thread(self._whole_briefing_read, briefing, layout, index)

    def _fetch(self, width: int) -> None:
        """In a thread: fetch the page, read it and lay it out, then show it; or say why not."""
        from ..core.fetching import fetch
        from ..core.parsing import parse_text
        from ..core.reading import BriefingError
        from ..widgets.reading_layout import ReadingLayout

        def arrived(received: int, expected: int | None) -> None:
            self._fetched = (received, expected)

        try:
            source = fetch(self.fetch_url or "", progress=arrived)
        except BriefingError as error:
            self.fetch_error = str(error)
            self.app.call_from_thread(self.app.exit, None, 2)
            return
        self.source = source
        briefing = parse_text(
            source.text, source.name, source.notes, cleaned=True, url=source.url, media_type=source.media_type
        )
        layout = ReadingLayout(briefing, width)
        self.app.call_from_thread(self._whole_briefing_read, briefing, layout, None)

    def _read_pending(self, width: int) -> None:
        """In a thread: wait for the page parsed meanwhile (or parse it), lay it out, show it."""
        from ..core.parsing import parse_text
        from ..widgets.reading_layout import ReadingLayout

        pending, self._pending = self._pending, None
        briefing = pending.result() if pending is not None else None
        if briefing is None:  # the parse ahead failed: read it here, and say what is wrong
            source = self.source
            briefing = parse_text(
                source.text, source.name, source.notes, cleaned=True, url=source.url, media_type=source.media_type
            )
        layout = ReadingLayout(briefing, width)
        self.app.call_from_thread(self._whole_briefing_read, briefing, layout, None)

    def _show_pending(self) -> None:
        if not self.complete:
            self.note = "reading the page…"

    def _show_fetch(self) -> None:
        received, expected = self._fetched
        size = f"{received / 1000:,.0f} kB" + (f" of {expected / 1000:,.0f} kB" if expected else "")
        self.note = f"fetching {self.fetch_url}… {size}" if received else f"fetching {self.fetch_url}…"

    def _show_progress(self) -> None:
        megabytes = self._source_size / 1_000_000
        self.note = f"reading {megabytes:.0f} MB… {self._progress:.0%}"

    def _whole_briefing_read(self, briefing: Briefing, layout, index=None) -> None:
        self._progress_timer.stop()
        self.complete = True
        reading = self.reading
        reading.set_briefing(briefing, layout)  # laid out again in a worker if the width changed
        self.briefing = briefing
        if self.fetch_url is not None or self._arrived_later:
            self.query_one(BriefingHeader).show(self._title(briefing), briefing.byline, briefing.publisher, briefing.date)
            self.app.title = self._title(briefing)
        self.section = reading.current_section
        with self._index_lock:
            self._search_index = index
        self._start_finding_entities()
        self.run_worker(self._join_library, thread=True, group="library")

    def _start_finding_entities(self) -> None:
        """The worker that finds the names, and the timer that shows how far it is."""
        self._sections_read = 0
        if len(self.briefing.sections) > 1:
            self._start_entity_progress(len(self.briefing.sections))
        self.run_worker(self._find_entities, thread=True, exclusive=True, group="entities")

    def _find_entities(self) -> None:
        """In a thread: find the briefing's entities in stages, the panel filling with each."""
        from ..background import background_work, give_way
        from ..core.entities import entities_in_stages

        total = len(self.briefing.sections)
        entities: tuple[Entity, ...] = ()

        def read(sections: int) -> None:
            self._sections_read = sections  # shown by a timer: no call to the UI per section
            give_way()

        with background_work():
            for done, found in entities_in_stages(self.briefing, progress=read):
                try:
                    stop_if_cancelled()
                except Cancelled:
                    return
                entities = tuple(found)
                if done < total:  # a first part: shown, with progress, but not yet the entities
                    self.app.call_from_thread(self._show_entities_found_so_far, entities, done, total)
        self.app.call_from_thread(setattr, self, "entities", entities)
        self._entities_ready.set()
        if self._is_long():
            self.app.call_from_thread(self._build_index_in_background)  # with progress
        else:
            self.search_index(entities)  # ready before the first search, most of the time

    def _is_long(self) -> bool:
        return sum(len(section.text) for section in self.briefing.sections) >= self.INDEX_IN_BACKGROUND

    def _show_entities_found_so_far(self, entities: tuple[Entity, ...], done: int, total: int) -> None:
        if self.entities is None and self.query("#entities"):
            self.entity_panel.show_entities(self.briefing, entities, done, total)

    def _start_entity_progress(self, total: int) -> None:
        """Every quarter second until the names are found: how many sections are read."""
        def show() -> None:
            if self.entities is not None or not self.query("#entities"):
                timer.stop()
            else:
                self.entity_panel.show_progress(self._sections_read, total)

        timer = self.set_interval(0.25, show)

    def search_index(self, entities: Iterable[Entity] | None = None):
        """The briefing's search index, built once (in a worker thread)."""
        from ..core.search import SearchIndex

        with self._index_lock:
            index = self._search_index
            if index is None:
                index = self._search_index = SearchIndex(self.briefing, entities or self.entities or ())
            elif entities and not index.entities:
                index.set_entities(entities)  # their names are searched too
            return index

    # ------------------------------------------------------------------ watching the file

    def _start_watching(self) -> None:
        from ..watch import FileWatcher

        self._watcher = FileWatcher(self.watched, lambda: self._read_again())
        # A daemon thread, not a worker: it blocks while it waits for changes, and leaving
        # the reader must never wait for it.
        threading.Thread(target=self._watcher.run, name="briefing-watch", daemon=True).start()

    def _read_again(self) -> None:
        """In the watcher's thread: read and parse the file again, find its entities."""
        from ..core.entities import extract_entities
        from ..core.parsing import parse_text
        from ..core.reading import BriefingError, read_source

        try:
            source = read_source(self.watched)
        except BriefingError:
            return  # emptied or unreadable for a moment (being rewritten): wait for the next change
        if not self.is_running:
            return
        briefing = parse_text(
            source.text, source.name, source.notes, cleaned=True, url=source.url, media_type=source.media_type
        )
        entities = tuple(extract_entities(briefing))
        try:
            self.app.call_from_thread(self._read_again_done, source, briefing, entities)
        except RuntimeError:
            pass  # the reader closed meanwhile

    def _read_again_done(self, source: SourceText, briefing: Briefing, entities: tuple[Entity, ...]) -> None:
        """The file changed: show it again at the same section and line, with the same
        search or followed entity, and say what changed."""
        from ..core.changes import corresponding_section, describe_changes

        old, old_entities, walk = self.briefing, self.entities or (), self.walk
        reading = self.reading
        layout = reading.layout_rows
        section, offset = layout.anchor_at(round(reading.scroll_y)) if layout else (0, -1)
        section = corresponding_section(old, briefing, section)
        if briefing.sections:
            offset = min(offset, len(briefing.sections[section].text))
        self.source, self.complete = source, True
        reading.set_briefing(briefing)
        reading.go_to_anchor((section, offset))
        self.briefing = briefing
        self.section = reading.current_section
        self._search_index = None
        self.entities = entities
        self._keep_place = True
        try:
            self._walk_again(walk, entities)
        finally:
            self._keep_place = False
        self.notify(describe_changes(old, briefing, old_entities, entities), markup=False)

    def _walk_again(self, walk: Walk | None, entities: tuple[Entity, ...]) -> None:
        """The search or the followed entity of before, on the new text."""
        if walk is None:
            return
        if walk.kind == "mention":
            entity = next((e for e in entities if e.name == walk.label), None)
            spans = [(m.section, m.start, m.end) for m in entity.mentions] if entity else []
        elif walk.kind == "match":
            spans = sorted({(h.section, h.start, h.end) for h in self.search_index(entities).search(walk.label)})
        else:
            self.walk = None  # links: listed again with u
            return
        current = walk.spans[walk.index] if walk.spans else (0, 0, 0)
        index = next((i for i, span in enumerate(spans) if span >= current), 0) if spans else 0
        self.walk = Walk(tuple(spans), walk.label, walk.kind, index)

    # ------------------------------------------------------------------ search

    def action_search(self) -> None:
        """Open the search bar with the last query; typing searches at once."""
        from textual.widgets import Input

        from ..widgets.entity_panel import EntityList

        focused = self.focused
        if isinstance(focused, Input):
            focused.insert_text_at_cursor("/")  # `/` typed into a query or a filter
            return
        if isinstance(focused, EntityList) and focused.filter_pending:
            focused.start_filter("/")  # typed right behind a letter that began a filter
            return
        # Anywhere else, the entity list too, `/` searches the text, as the footer says (and
        # as in the library, where typing filters and `/` searches): a user who stepped back
        # from the panel with esc, its focus still there, searches the text with it.
        if not self.query("#search"):
            return  # not built yet
        bar = self.search_bar
        bar.display = True
        # Matches found while typing are counted from here: the place being read.
        reading = self.reading
        anchor = reading.layout_rows.anchor_at(round(reading.scroll_y)) if reading.layout_rows else (0, 0)
        self._search_origin = (reading.current_section, max(0, anchor[1]) if anchor[0] == reading.current_section else 0)
        box = bar.input
        # Focus now, not after a refresh: keys typed right after `/` belong to the query.
        self.set_focus(box)
        if box.value != self.last_query:
            box.value = self.last_query
        box.cursor_position = len(box.value)
        if box.value:
            box.select_all()  # typing replaces the last query; an arrow key keeps it
            self._run_search(box.value)

    def on_search_bar_query_changed(self, message: SearchBar.QueryChanged) -> None:
        self.last_query = message.query
        if self.walk and self.walk.spans and self.walk.label != message.query:
            self.match_label = ""  # the old query's position no longer applies
        self._run_search(message.query)

    def _run_search(self, query: str) -> None:
        # The newest query wins: `exclusive` drops the previous search, and the bar
        # ignores results for a query that is no longer the one typed.
        self.run_worker(lambda: self._search_in_thread(query), thread=True, exclusive=True, group="search")

    # A briefing longer than this (characters) has its search index built in a worker, with
    # progress; until it is ready, the query is looked for as written, so every keystroke answers.
    INDEX_IN_BACKGROUND = 1_000_000

    def _search_in_thread(self, query: str) -> None:
        index = self._ready_index()
        hits = index.search(query) if index is not None else self._plain_hits(query)
        self.app.call_from_thread(self._show_hits, query, hits)

    def _ready_index(self):
        """The search index if it can be had at once; else None, and its build started."""
        if self._search_index is not None:
            return self._search_index  # (built again with the entities' names when they come)
        if not self._is_long():
            return self.search_index()
        if not self._index_lock.locked():
            self.app.call_from_thread(self._build_index_in_background)
        return None

    def _build_index_in_background(self) -> None:
        if self._index_building:
            return
        self._index_building = True
        self._index_progress = 0.0
        self._index_timer = self.set_interval(0.2, self._show_index_progress)
        self._show_index_progress()
        self.run_worker(self._build_index, thread=True, group="index")

    def _build_index(self) -> None:
        """In a thread: the search index, its progress shown in the status line."""
        from ..core.search import SearchIndex

        def indexed(fraction: float) -> None:
            self._index_progress = fraction
            give_way()

        from ..background import background_work, give_way

        with self._index_lock, background_work():
            index = self._search_index
            if index is None or (self.entities and not index.entities):
                entities = self.entities or ()
                try:
                    index = SearchIndex(self.briefing, entities, progress=indexed)
                except TypeError:  # an index without progress reports
                    index = SearchIndex(self.briefing, entities)
                self._search_index = index
        self.app.call_from_thread(self._index_built)

    def _show_index_progress(self) -> None:
        progress = getattr(self, "_index_progress", 0.0)
        self.note = f"indexing for search… {progress:.0%}" if progress else "indexing for search…"

    def _index_built(self) -> None:
        self._index_building = False
        self._index_timer.stop()
        self.note = "; ".join(self.briefing.notes)
        if self.entities and not self._search_index.entities:
            self._build_index_in_background()  # the names found meanwhile are searched too
        if self.query("#search") and self.search_bar.display and self.search_bar.input.value:
            self._run_search(self.search_bar.input.value)  # the whole search, now it can

    def _plain_hits(self, query: str):
        """The query as written (any case), while the index is being built: at most 200."""
        from ..core.search import SearchHit

        wanted = " ".join(query.split()).casefold()
        if len(wanted) < 2:
            return []
        hits = []
        for number, section in enumerate(self.briefing.sections):
            text = section.text
            folded = text.casefold() if len(text.casefold()) == len(text) else None
            if folded is None:
                continue  # case folding changes lengths here: offsets would not map
            position = folded.find(wanted)
            while position != -1 and len(hits) < 200:
                end = position + len(wanted)
                left = max(0, text.rfind(" ", 0, max(0, position - 40)) + 1)
                right = text.find(" ", min(len(text), end + 60))
                right = len(text) if right == -1 else right
                snippet = " ".join(text[left:right].split("\n"))
                hits.append(SearchHit(number, position, end, 100.0, snippet, position - left, end - left, section.label))
                position = folded.find(wanted, end)
        return hits

    def _show_hits(self, query: str, hits) -> None:
        """As the query is typed: the results listed, every match marked in the text, the
        one nearest the reader's place (at or after it) current, and "3/7" at once."""
        bar = self.search_bar
        bar.show_results(query, hits)
        if query != bar.input.value or not bar.display:
            return  # typed on since, or closed
        if not query.strip():
            if self.walk is not None and self.walk.kind == "match":
                self.walk = None
            return
        spans = sorted({(hit.section, hit.start, hit.end) for hit in hits})
        origin = self._search_origin
        index = next((i for i, span in enumerate(spans) if span[:2] >= origin), 0)
        self.walk = Walk(tuple(spans), query, "match", index)
        # Among hits as good as the best, enter takes the one counted ("6/14"), not the first read.
        best = hits[0].score if hits else 0.0
        listed = next((i for i, hit in enumerate(hits[:50]) if spans and (hit.section, hit.start, hit.end) == spans[index] and hit.score >= best), None)
        if listed is not None:
            bar.results.highlighted = listed

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

    # ------------------------------------------------------------------ position and panes

    def on_resize(self) -> None:
        self._update_crowding()
        self.call_after_refresh(self._keep_focus)

    def _update_crowding(self) -> None:
        """With the entity panel open on a small screen, the outline steps aside for the text."""
        width = self.size.width
        outline, panel = self.query("#outline"), self.query("#entities")
        if self.has_class("-narrow") or not outline or not panel:
            crowded = self.entities_open  # below 60 columns the outline is the bar
        else:
            # The widths the stylesheet gives them at this size (the outline, the panel).
            wanted = sum(
                int(pane.first().styles.width.value)
                for pane in (outline, panel)
                if pane.first().styles.width is not None and pane.first().styles.width.is_cells
            )
            crowded = self.entities_open and width < wanted + self.READING_MIN_WIDTH
        self.set_class(crowded, "-crowded")

    def on_descendant_blur(self) -> None:
        # A pane that folds away (the outline below 60 columns) loses focus: the keys
        # must not go dead, so the text takes it.
        self.call_after_refresh(self._keep_focus)

    def _keep_focus(self) -> None:
        """When a resize hides the focused pane (the outline folds away), read on."""
        if self.app.screen is not self:
            return  # help or the palette is open: they keep their focus
        focused = self.focused
        if focused is None or not focused.display or not focused.visible or focused.region.area == 0:
            self.reading.focus()

    def on_reading_view_position_changed(self, message: ReadingView.PositionChanged) -> None:
        self.section = message.section
        section, offset = self.reading.anchor
        sections = self.briefing.sections
        if 0 <= section < len(sections):
            self.place = (section, line_of(sections[section].text, offset))

    def on_outline_section_chosen(self, message: Outline.SectionChosen) -> None:
        self.reading.go_to_section(message.section)

    def action_next_section(self) -> None:
        self.reading.go_to_section(self.reading.current_section + 1)

    def action_previous_section(self) -> None:
        self.reading.go_to_section(self.reading.current_section - 1)

    def action_go_to_section(self, number: int) -> None:
        """Jump to section N; a digit typed right after another extends the number."""
        now = time.monotonic()
        typed, at = self._typed_number
        if typed and now - at <= DIGIT_PAUSE and typed * 10 + number <= len(self.briefing.sections):
            number = typed * 10 + number
        self._typed_number = (number, now)
        if 1 <= number <= len(self.briefing.sections):
            self.reading.go_to_section(number - 1)

    def action_toggle_outline(self) -> None:
        """Show and focus the outline; hide it when it already has focus."""
        from ..widgets.outline import Outline

        outlines = self.query(Outline)
        if not outlines:
            return  # not built yet: the first frame is still being drawn
        outline = outlines.first()
        if self.has_class("-crowded"):
            # The entity panel has the room the outline needs: the panel steps aside, so
            # the text keeps its columns.
            self.entities_open = False
            self.outline = "open"
            self.call_after_refresh(outline.focus)
        elif self.outline == "hidden" or not outline.display:
            self.outline = "open"
            outline.focus()
        elif outline.has_focus:
            self.outline = "hidden"
            self.reading.focus()
        else:
            outline.focus()

    def action_toggle_entities(self) -> None:
        """Show and focus the entity panel; hide it when it already has focus."""
        panel = self.entity_panel
        if not self.entities_open:
            self.entities_open = True
            panel.entity_list.focus()
        elif panel.has_focus_within:
            self.entities_open = False
            self.reading.focus()
        else:
            panel.entity_list.focus()

    def on_entity_panel_entity_chosen(self, message: EntityPanel.EntityChosen) -> None:
        if self.has_class("-narrow"):
            # The panel covers the text below 60 columns: close it to show the mentions.
            self.entities_open = False
            self.reading.focus()
        self.follow_entity(message.entity)

    # ------------------------------------------------------------------ walks (n/N)

    def follow_entity(self, entity: Entity) -> None:
        """Highlight every mention of an entity, jump to the first, and let n/N walk them."""
        mentions = [(m.section, m.start, m.end) for m in entity.mentions]
        self.start_walk(mentions, entity.name, "mention")

    def start_walk(self, spans: list[tuple[int, int, int]], label: str, kind: str, start_at: int = 0) -> None:
        """Highlight spans (section, start, end), go to one; n/N walk them."""
        self.walk = Walk(tuple(spans), label, kind, start_at)

    def action_next_match(self) -> None:
        if self.walk and self.walk.spans:
            if self.walk.index == len(self.walk.spans) - 1 and len(self.walk.spans) > 1:
                self._wrapped("first")
            self.walk = self.walk.step(1)

    def action_previous_match(self) -> None:
        if self.walk and self.walk.spans:
            if self.walk.index == 0 and len(self.walk.spans) > 1:
                self._wrapped("last")
            self.walk = self.walk.step(-1)

    def _wrapped(self, to: str) -> None:
        """A notice that n/N went round the end (as less and vim say)."""
        assert self.walk is not None
        what = {"match": "match", "mention": "mention", "link": "link"}.get(self.walk.kind, "one")
        where = "end" if to == "first" else "top"
        self.notify(f"Past the {where}: back to the {to} {what}", timeout=2.5)

    def action_clear(self) -> None:
        """esc: close what is open (the palette's key panel, the entity panel, an opened
        outline), else clear highlights; from a side pane, go back to the text. In the
        entity panel an entity followed is left before the panel closes."""
        if not self.query(ReadingView):
            return  # the screen is closing (a key queued as another briefing opened): nothing to clear
        if self.query("HelpPanel"):
            self.app.action_hide_help_panel()
        elif self.entities_open and self.entity_panel.has_focus_within and self.entity_panel.following:
            # The last thing done in the panel goes first: the follow, then (the list's esc)
            # the filter, then the panel. The focus stays on the entity followed.
            self.walk = None
        elif self.entities_open and self.entity_panel.has_focus_within:
            self.entities_open = False
            self.reading.focus()
        elif self.outline == "open" and self.has_class("-narrow") and self.query_one("#outline").has_focus:
            self.outline = "auto"  # below 60 columns the opened outline folds back into its bar
            self.reading.focus()
        elif self.reading.has_highlights or self.walk is not None:
            self.walk = None  # a search that found nothing too: its "no matches" goes
        elif not self.reading.has_focus:
            self.reading.focus()

    # ------------------------------------------------------------------ the library

    @property
    def library(self):
        return self.app.library  # type: ignore[attr-defined]

    def _join_library(self) -> None:
        """In a thread: keep the briefing in the library, then let go of its source text."""
        try:
            self._keep_in_library()
        finally:
            # Kept (or not): the source's copy of the parsed text is not needed any more.
            self.source = replace(self.source, text="")
            release_free_memory()

    def _keep_in_library(self) -> None:
        """Find this briefing in the library (adding it, with its source text, when new),
        and go to where it was left, or where it was asked to open."""
        from ..library import content_hash

        library = self.library
        if self.library_id is None and self.keep:
            found = library.call(lambda lib: lib.find(content_hash=content_hash(self.source.text)))
            if found is not None:
                self.library_id = found.id
            else:
                # Kept with the entities the reader finds anyway, not found a second time.
                self._entities_ready.wait(timeout=60)
                origin = self.origin or ""
                is_url = origin.startswith(("http://", "https://"))
                added = library.call(lambda lib: lib.add(
                    self.briefing, self.source.text,
                    entities=list(self.entities) if self.entities is not None else None,
                    path=None if is_url or not origin else origin, url=origin if is_url else None,
                ))
                if added is not None:
                    self.library_id = added.id
        if self.library_id is None:
            if library.problem and self.keep:
                self.app.library_problem_notice(library.problem)  # type: ignore[attr-defined]
            return
        library_id = self.library_id
        place, walk, follow = self._opening
        if place is None and walk is None and follow is None:
            saved = library.call(lambda lib: lib.position(library_id))
            place = (saved.section, saved.line) if saved is not None else None
        library.call(lambda lib: (lib.record_opened(library_id), lib.set_read(library_id, True)))
        self.app.call_from_thread(self._open_at, place, walk, follow)

    def _open_at(self, place, walk: Walk | None, follow: str | None) -> None:
        if walk is not None:
            self.walk = walk
        elif follow is not None:
            self._follow_when_found(follow)
        elif place is not None and self.place == (0, 0) and not self.walk:
            # Where it was left, unless the reader has moved meanwhile.
            section, line = place
            if 0 <= section < len(self.briefing.sections):
                self.reading.go_to_place(section, offset_of_line(self.briefing.sections[section].text, line))
        self._saved_place = place
        if self.place != (place or (0, 0)):
            self._schedule_save()

    def _follow_when_found(self, name: str) -> None:
        if self.entities is None:
            self.set_timer(0.1, lambda: self._follow_when_found(name))
            return
        entity = next((e for e in self.entities if e.name == name), None)
        if entity is None:
            entity = next((e for e in self.entities if name in e.aliases), None)
        if entity is not None:
            self.follow_entity(entity)

    def watch_place(self, place: tuple[int, int]) -> None:
        if self.library_id is not None and place != self._saved_place:
            self._schedule_save()

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(self.SAVE_DELAY, self._save_place)

    def _save_place(self) -> None:
        self._save_timer = None
        place = self.place
        if self.library_id is None or place == self._saved_place:
            return
        library_id = self.library_id
        self._saved_place = place
        self.run_worker(
            lambda: self.library.call(lambda lib: lib.save_position(library_id, *place)),
            thread=True, group="position",
        )

    def on_unmount(self) -> None:
        from ..background import thaw

        # Quitting between a move and its save: save now.
        if self._save_timer is not None and self.library_id is not None and self.place != self._saved_place:
            library_id, place = self.library_id, self.place
            self.library.call(lambda lib: lib.save_position(library_id, *place))
        watcher = getattr(self, "_watcher", None)
        if watcher is not None:
            watcher.stop()
        if self.app._running and not self.app._exit:  # (Textual's own flags: no public ones)
            # Back in the library, this reader's briefing may be garbage now. Not at quit:
            # handed back, it would only make the interpreter's last collection walk it all.
            thaw()

    def action_bookmark(self) -> None:
        """m: bookmark this place, with an optional note."""
        from .dialogs import NoteDialog

        if self.library_id is None:
            self.notify(self.library.problem or "This briefing is not in the library (--no-keep)",
                        severity="warning", markup=False)
            return
        section, line = self.place
        label = self.briefing.sections[section].label if self.briefing.sections else ""

        def save(note: str | None) -> None:
            if note is None:
                return
            library_id = self.library_id
            saved = self.library.call(lambda lib: lib.add_bookmark(library_id, section, line, note))
            if saved is not None:
                self.notify(f"Bookmarked {section + 1} {label}" + (f": {note}" if note else ""), markup=False)

        self.app.push_screen(NoteDialog(f"Bookmark {section + 1} {label}"), save)

    def action_bookmarks(self) -> None:
        """M: this briefing's bookmarks; enter jumps back to one."""
        from .dialogs import BookmarkList

        if self.library_id is None:
            self.notify("No bookmarks: this briefing is not in the library", severity="warning", markup=False)
            return
        library_id = self.library_id
        marks = self.library.call(lambda lib: lib.bookmarks(library_id)) or []
        if not marks:
            self.notify("No bookmarks yet: m bookmarks this place", markup=False)
            return

        def jump(bookmark) -> None:
            if bookmark is not None and 0 <= bookmark.section < len(self.briefing.sections):
                text = self.briefing.sections[bookmark.section].text
                self.reading.go_to_place(bookmark.section, offset_of_line(text, bookmark.line))
                self.reading.focus()

        self.app.push_screen(BookmarkList(marks, title=f"Bookmarks of {self.title}"), jump)
    # ------------------------------------------------------------------ links and copying

    def action_links(self) -> None:
        """List the briefing's links; the one chosen is opened, shown and walked with n/N."""
        from ..core.links import briefing_links
        from .links import LinksScreen

        links = briefing_links(self.briefing)
        if not links:
            self.notify("This briefing has no links.")
            return

        def chosen(link) -> None:
            if link is None:
                return
            spans = [(item.section, item.start, item.end) for item in links]
            self._link_urls = {(item.section, item.start, item.end): item.url for item in links}
            self.start_walk(spans, "links", "link", start_at=links.index(link))

        self.app.push_screen(LinksScreen(self.briefing, links), chosen)

    def action_copy_section(self) -> None:
        """Copy the current section, its heading over its text."""
        from ..clipboard import copy_text

        if not self.briefing.sections:
            return
        number = min(self.reading.current_section, len(self.briefing.sections) - 1)
        section = self.briefing.sections[number]
        heading = section.heading or section.label
        copy_text(self.app, f"{heading}\n\n{section.text}" if section.text else heading)
        self.notify(f"Copied {number + 1} {section.label} ({len(section.text):,} characters)", markup=False)

    def action_copy_briefing(self) -> None:
        """Copy the whole briefing as plain text, links with their addresses."""
        from ..clipboard import copy_text
        from ..core.export import to_text

        text = to_text(self.briefing)
        copy_text(self.app, text)
        self.notify(f"Copied the whole briefing ({len(text):,} characters)", markup=False)

    def on_text_selected(self, event) -> None:
        """A mouse selection made: its text goes to the clipboard (without the borders)."""
        from ..clipboard import copy_text

        text = self.get_selected_text()
        if text:
            copy_text(self.app, text)
            self.notify(f"Copied {len(text):,} characters", markup=False)

    # ------------------------------------------------------------------ help and palette

    def key_groups(self) -> list[tuple[str, Iterable]]:
        """The keys of each pane, for the help screen."""
        from ..widgets.entity_panel import EntityList
        from ..widgets.outline import Outline
        from ..widgets.search_bar import SearchBar
        from .links import LinksScreen

        return [
            ("Anywhere", self.BINDINGS),
            ("Reading pane", ReadingView.BINDINGS),
            ("Outline", Outline.BINDINGS),
            ("Entity panel", EntityList.BINDINGS),
            ("Search bar", SearchBar.BINDINGS),
            ("Links (u)", LinksScreen.BINDINGS),
        ]

    def export_to_file(self, fmt: str) -> None:
        """Write an export next to where the reader was started, as a new file.

        The name is taken only if nothing has it, neither a file nor a link (dangling or
        not): the check and the creation are one step (`core.files.create_numbered`).
        """
        from pathlib import Path

        from ..core.entities import extract_entities
        from ..core.export import render
        from ..core.files import create_numbered

        stem = Path(self.source.name).stem if self.source.name != "standard input" else "briefing"
        suffix = {"json": ".json", "markdown": ".md", "text": ".txt"}[fmt]
        entities: Iterable[Entity] = ()
        if fmt == "json":
            entities = self.entities if self.entities is not None else extract_entities(self.briefing)
        content = render(self.briefing, fmt, list(entities))
        try:
            target = create_numbered(Path.cwd(), f"{stem}.export", suffix, content)
        except OSError as error:
            self.notify(f"Could not export: {error.strerror or error}", severity="error", markup=False)
            return
        self.notify(f"Exported to {target.name}", markup=False)
