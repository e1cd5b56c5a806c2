"""The briefing's links, listed: Enter opens one in the browser, its address shown in full."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..core.links import Link, shows_its_url
from ..core.model import Briefing


def link_prompt(briefing: Briefing, link: Link) -> Text:
    """"2 Key Facts  CHIPS and Science Act  https://…": where, the words, the address."""
    section = briefing.sections[link.section]
    words = " ".join(link.text(briefing).split())
    prompt = Text(no_wrap=True, overflow="ellipsis", end="")
    prompt.append(f"{link.section + 1} {section.label}  ", style="bold")
    if not shows_its_url(words, link.url):
        prompt.append(words + "  ")
    prompt.append(link.url, style="underline")
    return prompt


class LinksScreen(ModalScreen["Link | None"]):
    """Every link of the briefing, in reading order. Dismissed with the chosen link or None."""

    BINDINGS = [
        Binding("escape,q,u", "close", "Close the list", id="links.close"),
        Binding("enter", "open", "Open in the browser", id="links.open"),
        Binding("y", "copy", "Copy the address", id="links.copy"),
    ]

    def __init__(self, briefing: Briefing, links: list[Link]) -> None:
        super().__init__()
        self.briefing = briefing
        self.links = links

    def compose(self) -> ComposeResult:
        with Vertical(id="links-body"):
            yield Static(Text(f"Links ({len(self.links)})", style="bold"), id="links-title")
            options = [Option(link_prompt(self.briefing, link), id=str(i)) for i, link in enumerate(self.links)]
            if not options:
                options = [Option(Text("This briefing has no links."), disabled=True)]
            yield OptionList(*options, id="links-list", markup=False)
            yield Static(Text("enter opens in the browser · y copies the address · esc closes"), id="links-url")

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.focus()
        if self.links:
            listing.highlighted = 0

    @property
    def chosen(self) -> Link | None:
        listing = self.query_one(OptionList)
        index = listing.highlighted
        return self.links[index] if self.links and index is not None and index < len(self.links) else None

    @on(OptionList.OptionHighlighted, "#links-list")
    def _show_address(self, event: OptionList.OptionHighlighted) -> None:
        link = self.chosen
        if link is not None:
            self.query_one("#links-url", Static).update(Text(link.url, no_wrap=True, overflow="ellipsis"))

    @on(OptionList.OptionSelected, "#links-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        from ..clipboard import open_in_browser

        link = self.chosen
        if link is None:
            return
        open_in_browser(self.app, link.url)
        self.dismiss(link)

    def action_copy(self) -> None:
        from ..clipboard import copy_text

        link = self.chosen
        if link is not None:
            copy_text(self.app, link.url)
            self.app.notify(f"Copied {link.url}", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
