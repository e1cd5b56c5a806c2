"""Blocks between reading and sectioning, and the builder that turns them into Sections."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Block, Section, Span


@dataclass(slots=True)
class RawBlock:
    """A paragraph, list item, quote, code block or heading before sections exist.

    spans index into `text`. For items, `text` starts with the marker ("• ", "1. ") and
    `marker` is its length.
    """

    kind: str
    text: str
    spans: tuple[Span, ...] = ()
    depth: int = 0
    marker: int = 0
    quote: int = 0
    level: int = 0  # heading level (1-6) for headings


class SectionBuilder:
    """Collects blocks into one section's text, keeping every block's offsets."""

    def __init__(self, heading: str | None, label: str, kind: str, level: int = 1) -> None:
        self.heading = heading
        self.label = label
        self.kind = kind
        self.level = level
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._spans: list[Span] = []
        self._length = 0
        self._last_kind: str | None = None

    @property
    def empty(self) -> bool:
        return not self._blocks

    def add(self, block: RawBlock) -> None:
        """Append a block; list items of one list are joined by one newline, others by a blank line."""
        text = block.text.strip("\n")
        if not text.strip():
            return
        if self._blocks:
            separator = "\n" if block.kind == "item" and self._last_kind == "item" else "\n\n"
            self._parts.append(separator)
            self._length += len(separator)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self._blocks.append(
            Block(block.kind, start, self._length, block.depth, block.marker, block.quote)
        )
        for span in block.spans:
            a, b = max(0, span.start), min(len(text), span.end)
            if a < b:
                self._spans.append(Span(start + a, start + b, span.style, span.target))
        self._last_kind = block.kind

    def build(self) -> Section:
        return Section(
            label=self.label,
            heading=self.heading,
            kind=self.kind,
            text="".join(self._parts),
            blocks=tuple(self._blocks),
            spans=tuple(self._spans),
            level=self.level,
        )
