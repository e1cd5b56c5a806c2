"""Command palette commands of the reader: go to a section, show an entity, export.

Section labels and entity names come from the briefing, so they are shown as plain text
(Rich Text prompts, escaped help): a label like "[@click=app.quit]" stays words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rich.text import Text
from textual.command import CommandList, DiscoveryHit, Hit, Hits, Provider
from textual.command import CommandPalette as TextualCommandPalette
from textual.widgets import LoadingIndicator


class CommandPalette(TextualCommandPalette):
    """Textual's palette, whose page keys wait until its list is laid out.

    In Textual 8.2.8 PageUp or PageDown pressed while the palette fills its list (options
    added, not yet laid out) ends the app with `KeyError: 0` in `OptionList._move_page`:
    `_update_lines` skips a list of zero height (Textualize/textual#5794), leaving no line
    for the highlighted option. And its search may finish after it closed (below).
    """

    # Closed (esc) while its search still ran, the palette has no list left: the search's
    # last steps set these flags, and Textual's watchers would end the app with NoMatches.
    def _watch__list_visible(self) -> None:
        if self.query(CommandList):
            super()._watch__list_visible()

    async def _watch__show_busy(self) -> None:
        if self.query(CommandList) and self.query(LoadingIndicator):
            await super()._watch__show_busy()

    def _action_command_list(self, action: str) -> None:
        if action.startswith("page_"):
            commands = self.query(CommandList)
            if not commands or commands.first().scrollable_content_region.height <= 0:
                return  # not laid out yet: the key is dropped, as before the list shows
        super()._action_command_list(action)


class BriefingCommands(Provider):
    """The reader's own palette commands."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        from .core.numbered import shown_number, without_own_number
        from .screens.reader import ReaderScreen
        from .widgets.entity_panel import mentions_text

        reader = self.screen  # the screen the palette was opened over
        if not isinstance(reader, ReaderScreen):
            return
        briefing = reader.briefing
        for index, section in enumerate(briefing.sections):
            # The number the outline shows: a heading's own ("10." beside an unnumbered lead).
            number = shown_number(section.heading, section.label, index).rstrip(".)")
            yield (
                f"Go to section: {number} {section.label}",
                # The heading whole, under its number: "1. Start small" is not numbered twice.
                without_own_number(section.heading, section.label) if section.heading else section.label,
                lambda index=index: reader.reading.go_to_section(index),
            )
        for entity in reader.entities or ():
            yield (
                f"Show entity: {entity.name}",
                f"{entity.type}, {mentions_text(entity)}",
                lambda entity=entity: reader.follow_entity(entity),
            )
        for fmt in ("json", "markdown", "text"):
            yield (
                f"Export as {fmt}",
                "Write the briefing to a file in the current folder",
                lambda fmt=fmt: reader.export_to_file(fmt),
            )

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Text(title), callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, _highlighted(title, matcher), callback, text=title, help=escape(help_text))


def escape(text: str) -> str:
    """Help text for the palette, which reads it as markup: every "[" made literal."""
    return text.replace("[", "\\[")


def _highlighted(title: str, matcher) -> Text:
    """The title as plain text with the fuzzy-matched letters in bold."""
    text = Text(title)
    _, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            text.stylize("bold underline", offset, offset + 1)
    return text
