"""Small dialogs over a screen: a bookmark's note, a list of bookmarks, a yes/no question."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..library import Bookmark


class NoteDialog(ModalScreen[str | None]):
    """Ask for an optional note: enter gives it (maybe empty), esc gives None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str) -> None:
        super().__init__(classes="dialog")
        self.heading = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-body"):
            yield Static(Text(self.heading, style="bold"))
            yield Input(placeholder="a note (optional)", id="note")
            yield Static(Text("enter saves · esc cancels"), classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


def bookmark_prompt(bookmark: Bookmark, with_title: bool) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if with_title:
        text.append((bookmark.title or f"#{bookmark.briefing_id}") + "  ", style="bold")
    text.append(f"{bookmark.section + 1} {bookmark.label}")
    if bookmark.line:
        text.append(f", line {bookmark.line + 1}", style="dim")
    if bookmark.note:
        text.append("  " + bookmark.note, style="italic")
    text.append("  " + bookmark.created[:10], style="dim")
    return text


class BookmarkList(ModalScreen[Bookmark | None]):
    """Bookmarks, newest first: enter gives the chosen one, esc None."""

    BINDINGS = [Binding("escape", "cancel", "Close", id="dialog.cancel")]

    def __init__(self, bookmarks: Sequence[Bookmark], title: str = "Bookmarks", with_titles: bool = False) -> None:
        super().__init__(classes="dialog")
        self.bookmarks = list(bookmarks)
        self.heading = title
        self.with_titles = with_titles

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-body"):
            yield Static(Text(self.heading, style="bold"))
            yield OptionList(
                *(Option(bookmark_prompt(b, self.with_titles)) for b in self.bookmarks), id="bookmark-list"
            )
            yield Static(Text("enter jumps there · esc closes"), classes="dialog-hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.bookmarks[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question: y or enter says yes; n or esc says no."""

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="dialog.yes"),
        Binding("n,escape", "answer(False)", "No", id="dialog.no"),
    ]

    def __init__(self, question: str, hint: str = "y yes · n or esc no") -> None:
        super().__init__(classes="dialog")
        self.question = question
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-body"):
            yield Static(Text(self.question, style="bold"))
            yield Static(Text(self.hint), classes="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
