"""The entity panel: people, organisations, places, groups, dates and numbers of a briefing.

Grouped by type, most mentioned first. Typing filters the list (fuzzy, through rapidfuzz);
Enter or a click chooses an entity, and the app highlights and walks its mentions. The
names of the section being read are marked "•"; the list itself stays where it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from ..core.model import Briefing, Entity
from .lists import ListPane

TYPE_HEADINGS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "group": "Groups",
    "date": "Dates",
    "number": "Numbers",
    "other": "Other",
}
# Keys that keep their meaning in the list; any other printable key starts a filter (a name
# opening with one of these: ctrl+f first). `/` searches the text, as everywhere in the reader.
_LIST_KEYS = frozenset("jkgGnNeoq?/[]123456789")
_HIGHLIGHTED = object()  # _refill's default: keep the entity highlighted now


def filter_entities(entities: Sequence[Entity], query: str) -> list[Entity]:
    """Entities whose name or an alias matches the query, forgiving typos; best first."""
    query = query.strip()
    if not query:
        return list(entities)
    from rapidfuzz import fuzz, process

    choices: dict[int, str] = {}
    for index, entity in enumerate(entities):
        choices[index] = " | ".join((entity.name, *entity.aliases))
    matches = process.extract(
        query, choices, scorer=fuzz.partial_ratio, processor=str.lower, score_cutoff=70, limit=None
    )
    return [entities[index] for _, _, index in sorted(matches, key=lambda m: (-m[1], m[2]))]


MARK = "• "  # before a name the section being read mentions


def mentions_text(entity: Entity) -> str:
    """ "2 mentions", "1 mention", or "in the headline only" for a name only the headline
    writes (it has no mentions: mentions index the sections' text)."""
    if not entity.count:
        return "in the headline only"
    return f"{entity.count} mention{'s' if entity.count != 1 else ''}"


def entity_prompt(entity: Entity, width: int = 30, marked: bool = False) -> Text:
    """"Joe Biden  2" in `width` cells: the name cut with "…" where long, the count kept;
    marked "• Joe Biden  2" when the section being read names it.

    Plain text, never markup; cut by terminal cells, so wide characters fit too.
    """
    count = str(entity.count) if entity.count else "title"  # a name only the headline writes
    name = Text(entity.name, end="")
    name.truncate(max(1, width - 3 - len(count)), overflow="ellipsis")
    text = Text(MARK if marked else "  ", no_wrap=True, overflow="ellipsis", end="")
    text.append_text(name)
    text.append(" " * max(1, width - 2 - name.cell_len - len(count)))
    text.append(count)  # not dim: dim text falls below a readable contrast
    return text


class EntityList(ListPane):
    """The entities, under a heading per type. Printable keys start filtering."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next entity", show=False, id="entities.cursor-down"),
        Binding("k,up", "cursor_up", "Previous entity", show=False, id="entities.cursor-up"),
        Binding("g,home", "first", "First entity", show=False, id="entities.first"),
        Binding("G,end", "last", "Last entity", show=False, id="entities.last"),
        Binding("enter", "select", "Follow entity", show=False, id="entities.select"),
        Binding("ctrl+f", "filter", "Filter the list (or type a letter)", show=False, id="entities.filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="entities.clear-filter"),
    ]

    def on_key(self, event: events.Key) -> None:
        panel = self.parent
        if not isinstance(panel, EntityPanel):
            return
        character = event.character
        printable = bool(character) and character.isprintable() and event.key != "space"
        # Focus moves to the filter box a moment later; keys typed in between belong to it.
        if printable and (panel.filter_pending or character not in _LIST_KEYS):
            event.stop()
            event.prevent_default()
            panel.start_filter(character)

    @property
    def filter_pending(self) -> bool:
        """A letter typed here began a filter; the focus is on its way to the filter box."""
        panel = self.parent
        return isinstance(panel, EntityPanel) and panel.filter_pending

    def start_filter(self, character: str) -> None:
        panel = self.parent
        if isinstance(panel, EntityPanel):
            panel.start_filter(character)

    def action_filter(self) -> None:
        panel = self.parent
        if isinstance(panel, EntityPanel):
            panel.start_filter("")

    def action_clear_filter(self) -> None:
        panel = self.parent
        if isinstance(panel, EntityPanel) and panel.following:
            raise SkipAction()  # esc leaves the entity followed first (the reader's esc)
        if isinstance(panel, EntityPanel) and panel.query_text:
            panel.set_filter("")
            return
        raise SkipAction()  # nothing to clear here: let esc clear the highlights


class EntityPanel(Vertical):
    """The side panel: a filter, the grouped entities and the chosen one's details."""

    DEFAULT_CSS = "EntityPanel { width: 34; }"
    ROWS_WHILE_FINDING = 200  # rows per type while the names are still being found
    ROWS_AT_ONCE = 300  # rows listed in one go: a longer list is filled on a part at a time
    FILL_PAUSE = 0.02  # seconds between parts: a frame, and the keys typed meanwhile

    section: reactive[int] = reactive(0, init=False)  # the section being read: its names marked
    # The reader's walk (an entity followed, a search's matches, links), or None.
    walk: reactive[object | None] = reactive(None, init=False, always_update=True)

    class EntityChosen(Message):
        """The user chose an entity to follow through the text."""

        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.entities: list[Entity] = []
        self.briefing: Briefing | None = None
        self.query_text = ""
        self._ids: dict[int, int] = {}
        self.filter_pending = False  # filtering started, focus not yet in the box
        self.finding = True  # names are still being found: the list is a first part
        self._progress = (-1, -1)  # (sections read, sections) as last shown
        self._width = 0  # the row width the list was filled for
        self._stage = (1, 1)  # (sections done, sections in all) the entities come from
        self._filling = 0  # which refill the list is being filled on for
        self._in_section: dict[int, frozenset[int]] | None = None  # section -> entity indices
        self._marked: frozenset[int] = frozenset()  # the entities whose rows carry the mark
        self._details_shown: Entity | None = None  # the chosen entity's details replace the note

    def compose(self) -> ComposeResult:
        yield Static(Text("Entities"), id="entity-title")
        yield Input(placeholder="type to filter", id="entity-filter", select_on_focus=False)
        yield EntityList(id="entity-list", markup=False)
        yield Static(Text("Finding names…"), id="entity-details")

    @property
    def following(self) -> bool:
        """True while the reader follows an entity through its mentions."""
        return getattr(self.walk, "kind", None) == "mention"

    @property
    def entity_list(self) -> EntityList:
        return self.query_one(EntityList)

    def show_entities(self, briefing: Briefing, entities: Sequence[Entity], done: int = 1, total: int = 1) -> None:
        """Fill the panel with the entities of the first `done` of `total` sections.

        Called off the first paint, once per stage on a long briefing (the first section's
        entities first); in a focused list the entity under the cursor stays under it.
        """
        lists = self.query(EntityList)
        # The user's place in the list is kept; before they move in it, the first entry leads.
        keep = self._highlighted_key() if lists and lists.first().has_focus else None
        self.briefing = briefing
        self.entities = list(entities)
        self._ids = {id(entity): index for index, entity in enumerate(self.entities)}
        self._in_section = None
        self._marked = self._named_in(self.section)
        self._stage = (done, total)
        self.finding = done < total
        if not lists:  # not composed yet (on_mount shows them), or taken down as the app ends
            return
        count = f"{len(self.entities)}…" if self.finding else str(len(self.entities))
        self.query_one("#entity-title", Static).update(Text(f"Entities ({count})"))
        if self.finding:
            self._progress = (-1, total)
            self.show_progress(done, total)
        else:
            self._show_note()
        self._refill(keep)

    def _show_note(self) -> None:
        self._details_shown = None
        if not self.entities:
            note = Text("No names found.")
        else:
            note = Text("Enter follows an entity; n/N walk its mentions.")
            if self.briefing is not None and 0 <= self.section < len(self.briefing.sections):
                label = self.briefing.sections[self.section].label
                # One row however narrow the panel: the list keeps the height.
                legend = Text(f"{MARK}named in {self.section + 1} {label}")
                width = self.query_one("#entity-details").content_region.width or self._row_width()
                legend.truncate(max(8, width), overflow="ellipsis")
                note = Text.assemble(legend, "\n", note)
        self.query_one("#entity-details", Static).update(note)

    def _named_in(self, section: int) -> frozenset[int]:
        """The indices of the entities a section mentions (all sections counted at once)."""
        if self._in_section is None:
            named: dict[int, set[int]] = {}
            for index, entity in enumerate(self.entities):
                for mention in entity.mentions:
                    named.setdefault(mention.section, set()).add(index)
            self._in_section = {number: frozenset(indices) for number, indices in named.items()}
        return self._in_section.get(section, frozenset())

    def watch_section(self, section: int) -> None:
        """Move the marks to the names of the section now read; rows change, the list stays."""
        if not self.entities:
            return
        marked = self._named_in(section)
        changed, self._marked = marked ^ self._marked, marked
        if not self.query(EntityList):
            return
        listing, width = self.entity_list, self._width
        for index in changed:
            try:
                listing.replace_option_prompt(f"e{index}", entity_prompt(self.entities[index], width, index in marked))
            except OptionDoesNotExist:  # filtered out, or not listed yet (it will be, marked right)
                continue
        if not self.finding and self.query("#entity-details") and self._details_shown is None:
            self._show_note()

    def on_mount(self) -> None:
        if self.briefing is not None:  # given entities before its list was there
            self.show_entities(self.briefing, self.entities, *self._stage)

    def show_progress(self, done: int, total: int) -> None:
        """"Finding names… 3 of 12 sections", while the names are still being found."""
        if self.finding and (done, total) != self._progress and self.query("#entity-details"):
            self._progress = (done, total)
            self.query_one("#entity-details", Static).update(Text(f"Finding names… {done} of {total} sections"))

    def _highlighted_key(self) -> tuple[str, str] | None:
        """(type, name) of the highlighted entity: what stays the same as the list grows."""
        listing = self.entity_list
        if listing.highlighted is None:
            return None
        option_id = listing.get_option_at_index(listing.highlighted).id
        if not option_id or int(option_id[1:]) >= len(self.entities):
            return None
        entity = self.entities[int(option_id[1:])]
        return entity.type, entity.name

    def set_filter(self, query: str) -> None:
        self.query_text = query
        box = self.query_one(Input)
        if box.value != query:
            box.value = query
        self._refill()

    def _row_width(self) -> int:
        """Cells a row may take: the list's width less its scroll bar and the option padding."""
        listing = self.entity_list
        width = listing.scrollable_content_region.width
        if width <= 0:  # not laid out yet (the panel is hidden): its width from the stylesheet
            width = (self.styles.width.value if self.styles.width and self.styles.width.is_cells else 34) - 3
        padding = listing.get_component_styles("option-list--option").padding
        return max(8, int(width) - padding.left - padding.right)

    def on_resize(self) -> None:
        # Rows are cut to the panel's width (a row never wraps): a new width, new rows.
        if self.entities and self._row_width() != self._width:
            self._refill()
        if self.entities and not self.finding and self._details_shown is None and self.query("#entity-details"):
            self._show_note()  # its legend is cut to the width

    def _refill(self, keep: tuple[str, str] | None | object = _HIGHLIGHTED) -> None:
        """List the entities the filter lets through; `keep` (type, name) stays highlighted,
        by default the entity highlighted now, else the first entry.

        A long list shows its first rows at once and is filled on in the next moments, a
        part at a time, the keys answering between parts (every name of a long briefing
        at once held the screen a second and more)."""
        if keep is _HIGHLIGHTED:
            keep = self._highlighted_key()
        shown = filter_entities(self.entities, self.query_text)
        rows: list[Option | Entity] = []  # a type's heading, or an entity to list under it
        width = self._width = self._row_width()
        listing = self.entity_list
        for kind, heading in TYPE_HEADINGS.items():
            members = [e for e in shown if e.type == kind]
            if not self.query_text:
                members.sort(key=lambda e: -e.count)
            if not members:
                continue
            rows.append(Option(Text(f"{heading} ({len(members)})", style="bold", no_wrap=True, overflow="ellipsis"), disabled=True))
            if self.finding:
                # A first part is listed in a moment however long it is: the most named.
                members = members[: self.ROWS_WHILE_FINDING]
            rows.extend(members)
        again = None
        if keep is not None:
            again = next(
                (i for i, row in enumerate(rows) if isinstance(row, Entity) and (row.type, row.name) == keep), None
            )
        first = next((i for i, row in enumerate(rows) if isinstance(row, Entity)), None)
        self._filling += 1  # a list being filled on from an earlier refill stops
        listing.clear_options()
        at_once = max(self.ROWS_AT_ONCE, (again or 0) + self.ROWS_AT_ONCE // 2)
        self._add_rows(rows[:at_once], width)
        if again is not None or first is not None:
            listing.highlighted = again if again is not None else first
        if at_once < len(rows):
            self._fill_on(rows, at_once, width, self._filling)

    def _add_rows(self, rows: list[Option | Entity], width: int) -> None:
        self.entity_list.add_options(
            row if isinstance(row, Option) else self._option(row, width)
            for row in rows
        )

    def _option(self, entity: Entity, width: int) -> Option:
        index = self._ids[id(entity)]
        return Option(entity_prompt(entity, width, index in self._marked), id=f"e{index}")

    def _fill_on(self, rows: list[Option | Entity], start: int, width: int, filling: int) -> None:
        """In a moment: the next part of a long list, unless a newer list replaced it."""

        def more() -> None:
            if filling != self._filling or not self.query(EntityList):
                return
            stop = start + self.ROWS_AT_ONCE
            self._add_rows(rows[start:stop], width)
            if stop < len(rows):
                self._fill_on(rows, stop, width, filling)

        self.set_timer(self.FILL_PAUSE, more)

    def show_details(self, entity: Entity) -> None:
        """The chosen entity's aliases and the sections it appears in."""
        self._details_shown = entity
        details = Text()
        details.append(entity.name, style="bold")
        details.append(f"  {entity.type}, {mentions_text(entity)}\n")
        written = self._written_forms(entity)
        if written:
            details.append("Also: " + ", ".join(written[:6]) + "\n")
        if self.briefing is not None and entity.mentions:
            sections = sorted({m.section for m in entity.mentions})
            labels = [self.briefing.sections[s].label for s in sections if s < len(self.briefing.sections)]
            details.append("In: " + ", ".join(labels))
        self.query_one("#entity-details", Static).update(details)

    def _written_forms(self, entity: Entity) -> list[str]:
        """The entity's other forms that the text writes (a canonical name it never writes is
        searchable but not shown)."""
        if self.briefing is None:
            return list(entity.aliases)
        sections = self.briefing.sections
        surfaces = {" ".join(sections[m.section].text[m.start : m.end].split()) for m in entity.mentions if m.section < len(sections)}
        if entity.type in ("date", "number"):
            return list(entity.aliases)  # their aliases are parts of what is written
        return [alias for alias in entity.aliases if " ".join(alias.split()) in surfaces]

    def start_filter(self, character: str) -> None:
        """Move to the filter box, typing `character` into it."""
        box = self.query_one(Input)
        if character:
            box.insert_text_at_cursor(character)
        if not box.has_focus:
            self.filter_pending = True
            box.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, Input):
            self.filter_pending = False

    @on(Input.Changed, "#entity-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_text = event.value
        self._refill()

    @on(Input.Submitted, "#entity-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        listing = self.entity_list
        if listing.highlighted is not None:
            listing.focus()
            listing.action_select()

    def on_key(self, event: events.Key) -> None:
        # In the filter box, ↓ and esc lead back to the list.
        if self.query_one(Input).has_focus and event.key in ("down", "escape"):
            event.stop()
            if event.key == "escape":
                self.set_filter("")
            self.entity_list.focus()

    @on(OptionList.OptionSelected, "#entity-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("e"):
            entity = self.entities[int(option_id[1:])]
            self.show_details(entity)
            self.post_message(self.EntityChosen(entity))
