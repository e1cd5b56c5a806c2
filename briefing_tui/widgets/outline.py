"""The outline: section labels as a list beside the text, or as a one-line bar when narrow."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.model import Briefing
from ..core.numbered import shown_number
from .lists import ListPane


def outline_prompt(index: int, label: str, level: int = 1, number: str | None = None) -> Text:
    """"1 Topline", indented by heading level; plain text, never markup. number: what to
    show for it instead of index + 1 (a heading's own number, "10.")."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append("  " * max(0, level - 1))
    text.append(f"{number or index + 1} ")  # not dim: dim text falls below a readable contrast
    text.append(label)
    return text


def section_prompt(briefing: Briefing, index: int) -> Text:
    """The outline's row for a section: a heading with its own number shows that number
    (as the reading pane does), not a second, different one."""
    section = briefing.sections[index]
    number = shown_number(section.heading, section.label, index)
    return outline_prompt(index, section.label, section.level, number)


class Outline(ListPane):
    """The list of section labels. Enter or a click jumps to the section."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next label", show=False, id="outline.cursor-down"),
        Binding("k,up", "cursor_up", "Previous label", show=False, id="outline.cursor-up"),
        Binding("g,home", "first", "First section", show=False, id="outline.first"),
        Binding("G,end", "last", "Last section", show=False, id="outline.last"),
        Binding("enter", "select", "Go to section", show=False, id="outline.select"),
    ]

    briefing: reactive[Briefing | None] = reactive(None, init=False, always_update=True)
    section: reactive[int] = reactive(0, init=False)  # the section being read

    ROWS_AT_ONCE = 300  # labels listed in one go: a longer outline is filled on a part at a time
    FILL_PAUSE = 0.02  # seconds between parts: a frame, and the keys typed meanwhile

    class SectionChosen(Message):
        """The user chose a section in the outline or the outline bar."""

        def __init__(self, section: int) -> None:
            super().__init__()
            self.section = section

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._filling = 0  # which briefing the outline is being filled on for
        self._rest: tuple[Briefing, int] | None = None  # (briefing, next label) still to list

    def watch_briefing(self, briefing: Briefing | None) -> None:
        if briefing is not None:
            self.show_briefing(briefing)
            self.follow(self.section)

    def watch_section(self, section: int) -> None:
        self.follow(section)

    def show_briefing(self, briefing: Briefing) -> None:
        """List the briefing's labels: the first ones (and the one being read) at once, the
        rest of a long outline in the next moments, a part at a time, the keys answering
        between parts (thousands of labels at once held the screen for a third of a second)."""
        self._filling += 1  # an outline being filled on for an earlier briefing stops
        self._rest = None
        self.clear_options()
        count = len(briefing.sections)
        at_once = min(count, max(self.ROWS_AT_ONCE, self.section + 1 + self.ROWS_AT_ONCE // 2))
        self._add_labels(briefing, 0, at_once)
        if briefing.sections:
            self.highlighted = 0
        if at_once < count:
            self._rest = (briefing, at_once)
            self._fill_on(self._filling)

    def _add_labels(self, briefing: Briefing, start: int, stop: int) -> None:
        self.add_options(Option(section_prompt(briefing, i), id=str(i)) for i in range(start, stop))

    def _fill_on(self, filling: int) -> None:
        """In a moment: the next part of a long outline, unless a newer briefing replaced it."""

        def more() -> None:
            if filling != self._filling or self._rest is None:
                return
            briefing, start = self._rest
            stop = min(len(briefing.sections), start + self.ROWS_AT_ONCE)
            self._add_labels(briefing, start, stop)
            self._rest = (briefing, stop) if stop < len(briefing.sections) else None
            if start <= self.section < stop:  # the section read was beyond the labels listed
                self.follow(self.section)
            if self._rest is not None:
                self._fill_on(filling)

        self.set_timer(self.FILL_PAUSE, more)

    def filled(self) -> bool:
        """True when every label of the briefing is listed."""
        return self._rest is None

    def action_first(self) -> None:
        """g: the first section, in the outline and in the text (as `g` in the text)."""
        super().action_first()
        self._go_to_highlighted()

    def action_last(self) -> None:
        """G: the last section, in the outline and in the text (as `G` in the text)."""
        # The last label is the briefing's last, even while the outline is being filled on.
        if self._rest is not None:
            briefing, start = self._rest
            self._rest = None
            self._add_labels(briefing, start, len(briefing.sections))
        super().action_last()
        self._go_to_highlighted()

    def _go_to_highlighted(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.SectionChosen(self.highlighted))

    def follow(self, section: int) -> None:
        """Highlight the section the reader is at, without jumping."""
        if 0 <= section < self.option_count and self.highlighted != section:
            self.highlighted = section

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.SectionChosen(event.option_index))

    def whole_heading(self, index: int) -> str | None:
        """A cut label's whole heading ("Monthly Comfort…" -> "1. Monthly Comfort (Not
        Monthly Max)"); None where the label is the heading's whole or the section has none."""
        briefing = self.briefing
        if briefing is None or not 0 <= index < len(briefing.sections):
            return None
        section = briefing.sections[index]
        if not section.heading or not section.label.endswith("…"):
            return None
        return " ".join(section.heading.split())

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # The label cut short is there whole as the outline's tooltip (and in the status
        # line once the section is read).
        self.tooltip = self.whole_heading(event.option_index)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        # The row under the pointer, when there is one, names its whole heading.
        hovered = event.style.meta.get("option") if event.style else None
        if isinstance(hovered, int):
            self.tooltip = self.whole_heading(hovered)


class OutlineBar(Widget):
    """The outline folded into one line, for narrow terminals. A click on a label jumps."""

    DEFAULT_CSS = "OutlineBar { height: 1; }"

    COMPONENT_CLASSES = {"outline-bar--label", "outline-bar--current"}

    briefing: reactive[Briefing | None] = reactive(None, init=False, always_update=True)
    current: reactive[int] = reactive(0)  # the section being read

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.labels: list[str] = []
        self.numbers: list[str] = []  # the number shown beside each label
        self._ranges: list[tuple[int, int, int]] = []  # (x start, x end, section) as drawn

    def watch_briefing(self, briefing: Briefing | None) -> None:
        self.labels = [s.label for s in briefing.sections] if briefing is not None else []
        self.numbers = (
            [shown_number(s.heading, s.label, i) for i, s in enumerate(briefing.sections)] if briefing is not None else []
        )
        self.refresh()

    def render(self) -> Text:
        width = max(1, self.size.width)
        pieces = [f" {number} {label} " for number, label in zip(self.numbers, self.labels)]
        starts, x = [], 0
        for piece in pieces:
            starts.append(x)
            x += len(piece)
        # Scroll the bar so that the current label is in view.
        offset = 0
        if pieces and 0 <= self.current < len(pieces):
            end = starts[self.current] + len(pieces[self.current])
            if end > width:
                offset = end - width
        line = Text(no_wrap=True, end="")
        self._ranges = []
        normal = self.get_component_rich_style("outline-bar--label")
        current = self.get_component_rich_style("outline-bar--current")
        for i, piece in enumerate(pieces):
            line.append(piece, current if i == self.current else normal)
            self._ranges.append((starts[i] - offset, starts[i] + len(piece) - offset, i))
        line = line[offset:] if offset else line
        line.truncate(width)
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, section in self._ranges:
            if start <= event.x < end:
                self.post_message(Outline.SectionChosen(section))
                break
