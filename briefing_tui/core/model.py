"""The briefing model: small frozen dataclasses shared by the core and the reader."""

from __future__ import annotations

from dataclasses import dataclass, field

# Entity types, as in CONTRACTS.md.
ENTITY_TYPES = ("person", "organization", "place", "group", "date", "number", "other")


@dataclass(frozen=True, slots=True)
class Span:
    """An inline style over `Section.text[start:end]`: bold, italic, code or link."""

    start: int
    end: int
    style: str
    target: str | None = None  # the address of a link


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like piece of a section: `Section.text[start:end]`.

    kind is "paragraph", "item" (a list item, its marker included in the text),
    "quote" or "code". depth is the nesting of lists and quotes; marker is the length of
    the list marker at the start of an item ("• ", "1. "), used for a hanging indent.
    """

    kind: str
    start: int
    end: int
    depth: int = 0
    marker: int = 0
    quote: int = 0  # how many block quotes hold this block


@dataclass(frozen=True, slots=True)
class Section:
    """One section of a briefing: its outline label, its heading and its text."""

    label: str
    heading: str | None
    kind: str
    text: str
    blocks: tuple[Block, ...] = ()
    spans: tuple[Span, ...] = ()
    level: int = 1

    @property
    def paragraphs(self) -> list[str]:
        """The text of each block, in order."""
        return [self.text[b.start : b.end] for b in self.blocks]


@dataclass(frozen=True, slots=True)
class Briefing:
    """A parsed briefing: title, byline, the format it was written in, and its sections."""

    title: str | None
    byline: str | None
    format: str
    sections: tuple[Section, ...]
    source: str = "<text>"  # the file it was read from
    notes: tuple[str, ...] = field(default=())  # e.g. "read as cp1252"
    date: str | None = None  # ISO 8601 date or date-time, when the text gives one
    publisher: str | None = None  # the publisher or site ("Forbes"); export JSON's "source"
    url: str | None = None  # where it came from


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an entity is written: `briefing.sections[section].text[start:end]`."""

    section: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A distinct person, organisation, place, group, date, number or other thing."""

    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]

    @property
    def count(self) -> int:
        return len(self.mentions)
