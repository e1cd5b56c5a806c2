"""The app: styles, app-wide keys and the screens. The reader lives on `ReaderScreen`."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from .commands import BriefingCommands
from .core.reading import SourceText
from .core.resources import styles_dir
from .screens.reader import ReaderScreen


class BriefingApp(App[None]):
    """Read briefings in the terminal."""

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

    def __init__(self, source: SourceText) -> None:
        super().__init__()
        self.first_screen = ReaderScreen(source)
        self.first_frame_shown = False

    def get_default_screen(self) -> ReaderScreen:
        return self.first_screen

    def on_ready(self) -> None:
        self.first_frame_shown = True
        if isinstance(self.screen, ReaderScreen):
            # In the screen's own message loop: the widgets it mounts bind to its state.
            self.screen.call_later(self.screen.build_rest)

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen nearest the top of the stack (the first one before the app runs)."""
        readers = [screen for screen in self.screen_stack if isinstance(screen, ReaderScreen)]
        return readers[-1] if readers else self.first_screen

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        key_groups = getattr(self.screen, "key_groups", None)
        self.push_screen(HelpScreen(key_groups() if key_groups else [("Anywhere", self.BINDINGS)]))
