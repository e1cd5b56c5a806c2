"""The app: styles, app-wide keys and the screens (the reader, the library)."""

from __future__ import annotations

import asyncio
import sys
import threading
from typing import TYPE_CHECKING
from dataclasses import replace

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from .background import note_input, release_collector
from .commands import BriefingCommands
from .config import Settings
from .core.reading import SourceText
from .core.resources import styles_dir
from .library_session import LibrarySession

if TYPE_CHECKING:
    from .screens.reader import ReaderScreen


# Seconds after the first frame before stale briefings are parsed again.
REPARSE_AFTER_S = 1.0


class BriefingApp(App[None]):
    """Read briefings in the terminal; keep them in the library."""

    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    CSS_PATH = [str(styles_dir() / "app.tcss")]
    # Below 80 columns the outline narrows; below 60 it folds into a one-line bar.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-medium"), (80, "-wide")]
    # Below 12 rows the header, outline bar and footer give their rows to the text.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (12, "-tall")]

    BINDINGS = [
        Binding("q,ctrl+q", "quit", "Quit", key_display="q", id="quit"),
        Binding("question_mark,f1", "help", "Help", key_display="?", id="help"),
        Binding("ctrl+p", "command_palette", "Command palette", show=False, id="command-palette"),
    ]

    def __init__(
        self,
        source: SourceText | None = None,
        *,
        keep: bool = True,
        library_problem: str | None = None,
        settings: Settings | None = None,
        watch: str | None = None,
        **opening,
    ) -> None:
        """source None: the library screen; else the reader (opening: see ReaderScreen).
        library_problem: why the library cannot be used, when already known.

        settings: from the config file; without them (tests, embedding) nothing is read
        from or written to it. watch: the path of a file to read again when it changes.
        """
        super().__init__()
        self.library = LibrarySession()
        self.library.problem = library_problem
        self.library.on_problem = self.library_problem_notice
        self._library_problems_told: set[str] = set()
        self.keep = keep
        self.settings = settings or Settings()
        self._watch = watch
        self.first_screen: Screen = self._first_screen(source, opening)
        self.first_frame_shown = False
        self.reparse_note = ""  # how far parsing stored briefings again has come
        self.reparse_note_shown = False
        self._held_keys: list[events.Key] | None = []  # see on_event
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)

    def on_mount(self) -> None:
        for problem in self._settings_problems():
            self.notify(problem, severity="warning", timeout=10, markup=False)

    def _settings_problems(self) -> list[str]:
        """One line for each thing in the settings that cannot be used as written."""
        settings = self.settings
        problems = [settings.problem] if settings.problem else []
        if settings.theme and settings.theme not in self.available_themes:
            problems.append(f"settings: no theme is called {settings.theme!r}; using {self.theme}")
        if not settings.keymap:
            return problems  # binding_list imports every screen: not before the first frame
        known = {binding.id for binding in self.binding_list() if binding.id}
        unknown = sorted(set(settings.keymap) - known)
        if unknown:
            problems.append(f"settings: no key has the id {', '.join(unknown)} (see the help, ?)")
        return problems

    def binding_list(self):
        """Every binding of the app and its screens, for the keymap's ids."""
        from .screens.links import LinksScreen
        from .widgets.entity_panel import EntityList
        from .widgets.outline import Outline
        from .widgets.reading_view import ReadingView
        from .widgets.search_bar import SearchBar
        from .screens.reader import ReaderScreen

        yield from self.BINDINGS
        for owner in (ReaderScreen, ReadingView, Outline, EntityList, SearchBar, LinksScreen):
            yield from owner.BINDINGS
        try:
            from .screens.library import LibraryScreen

            yield from LibraryScreen.BINDINGS
        except ImportError:  # pragma: no cover
            pass

    def watch_theme(self, theme: str) -> None:
        """A theme chosen in the palette is kept for the next start (in the settings file)."""
        if self.settings.path is None or theme == self.settings.theme or not self.is_running:
            return
        from .config import save_theme

        self.settings = replace(self.settings, theme=theme)
        problem = save_theme(theme, self.settings.path)
        if problem:
            self.notify(problem, severity="warning", markup=False)

    def _first_screen(self, source: SourceText | None, opening: dict) -> Screen:
        # Only the screen shown first is imported before the first frame.
        if source is None:
            from .screens.library import LibraryScreen

            return LibraryScreen()
        from .screens.reader import ReaderScreen

        return ReaderScreen(source, keep=self.keep, outline=self.settings.outline, watch=self._watch, **opening)

    def get_default_screen(self) -> Screen:
        return self.first_screen

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, with colours made readable on its backgrounds (themes.py)."""
        from .themes import readable_variables

        return readable_variables(super().get_css_variables(), dark=self.current_theme.dark)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseScrollDown, events.MouseScrollUp)):
            note_input()  # background work gives way to the answer
        # Keys typed before the reader's panes exist (the first instant after the text
        # shows) are held, then acted on in order once they do (`release_keys`).
        if (
            self._held_keys is not None
            and isinstance(event, events.Key)
            and not event.is_forwarded
            and (self._held_keys or not getattr(self.screen, "built", True))
        ):
            self._held_keys.append(event)
            return
        await super().on_event(event)

    async def release_keys(self) -> None:
        """Act on the keys held while the reader was being built, in the order typed."""
        held = self._held_keys
        while held:
            await super().on_event(held.pop(0))
            # Let the widget the key went to act on it before the next one comes.
            for _ in range(3):
                await asyncio.sleep(0.01)
        self._held_keys = None

    async def action_quit(self) -> None:
        """q closes the palette's key panel when it is open; else quits."""
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
            return
        await super().action_quit()

    def on_ready(self) -> None:
        self.first_frame_shown = True
        release_collector()  # held by the command line until this first frame
        if self.keep:
            # Briefings stored by an older parser are parsed again, once the screen is settled.
            self.set_timer(REPARSE_AFTER_S, self._start_reparse)
        # The library screen shown first does not import the reader (nor its parsers).
        reader = sys.modules.get(f"{__package__}.screens.reader")
        if reader is not None and isinstance(self.screen, reader.ReaderScreen):
            # In the screen's own message loop: the widgets it mounts bind to its state.
            self.screen.call_later(self.screen.build_rest)

    def on_unmount(self) -> None:
        self.library.close()

    def library_problem_notice(self, problem: str) -> None:
        """Say once why the library cannot be used (reading goes on without it)."""
        if threading.get_ident() != self._thread_id:
            try:
                self.call_from_thread(self.library_problem_notice, problem)
            except RuntimeError:  # the app has ended meanwhile
                pass
            return
        if problem not in self._library_problems_told:
            self._library_problems_told.add(problem)
            self.notify(problem, severity="warning", timeout=10, markup=False)

    # ------------------------------------------------------------------ library upkeep

    def _start_reparse(self) -> None:
        self.run_worker(self._reparse_in_thread, thread=True, exit_on_error=False, group="library-reparse")

    def _reparse_in_thread(self) -> None:
        import time

        shown = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if done == 0 or done == total or now - shown[0] >= 0.25:
                shown[0] = now
                self.call_from_thread(self._reparse_progress, done, total)

        done = self.library.reparse_stale(progress)
        if done:
            self.call_from_thread(self._reparse_progress, done, done)

    def _reparse_progress(self, done: int, total: int) -> None:
        """Say how far the library's parsing again has come (notices, the library screen)."""
        if done == 0 and total:
            self.notify(f"Updating your library: reading its {total} briefings again with this version's sections and names",
                        timeout=5, markup=False)
        finished = done >= total
        self.reparse_note = "" if finished else f"updating {done}/{total}"
        if finished and self.reparse_note_shown:
            self.notify(f"Library updated: {total} briefings read again", timeout=5, markup=False)
        self.reparse_note_shown = not finished
        for screen in self.screen_stack:
            shown = getattr(screen, "library_changed", None)
            if shown is not None:
                shown(reparsed=finished)

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen nearest the top of the stack (the first one before the app runs)."""
        from .screens.reader import ReaderScreen

        readers = [screen for screen in self.screen_stack if isinstance(screen, ReaderScreen)]
        return readers[-1] if readers else self.first_screen  # type: ignore[return-value]

    def action_command_palette(self) -> None:
        """Open the palette (ours: its page keys never crash; see commands.CommandPalette)."""
        from .commands import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette"))

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        if self.screen.query("HelpPanel"):  # ? closes the palette's key panel
            self.action_hide_help_panel()
            return
        key_groups = getattr(self.screen, "key_groups", None)
        self.push_screen(HelpScreen(key_groups() if key_groups else [("Anywhere", self.BINDINGS)]))

    def action_show_library(self) -> None:
        """L: the library screen; back to it when the reader was opened from it."""
        from .screens.library import LibraryScreen

        if any(isinstance(screen, LibraryScreen) for screen in self.screen_stack):
            while not isinstance(self.screen, LibraryScreen):
                self.pop_screen()
        else:
            self.push_screen(LibraryScreen())
