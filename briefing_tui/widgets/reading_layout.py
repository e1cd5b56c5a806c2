"""Lay a briefing out as rows of the reading column, for one width.

Each section becomes a titled pane: a top border row, its wrapped text rows, a bottom
border row, and a gap row. Text rows hold offsets into `Section.text`, never copies, so
highlights (search hits, entity mentions) map straight onto them. Rows are kept as
columns of numbers (a few bytes a row) and made into `Row` objects only when asked for.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len

from ..core.model import Briefing, Section

# Row kinds.
TOP, TEXT, BLANK, BOTTOM, GAP = range(5)


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the reading column."""

    section: int
    kind: int
    start: int = 0  # text rows: Section.text[start:end]
    end: int = 0
    indent: int = 0  # cells before the text (list depth, hanging indent)
    quote: int = 0  # block-quote depth: bars drawn before the text
    block: int = -1  # index of the block in Section.blocks


@lru_cache(maxsize=64)
def _line_pattern(width: int) -> re.Pattern[str]:
    # Up to `width` characters ending at a space or the end, else a hard break at `width`.
    return re.compile(r"[^\S\n]*(.{1,%d})(?:[^\S\n]+|$)|[^\S\n]*(.{%d})" % (width, width))


def wrap(text: str, start: int, end: int, width: int, hang: int = 0) -> list[tuple[int, int]]:
    """Wrap text[start:end] into lines at most `width` cells wide, as (start, end) offsets.

    Hard newlines are kept. Lines after the first of each paragraph are `hang` cells
    narrower (a hanging indent under a list marker).
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    position = start
    while position <= end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        _wrap_line(text, position, stop, width, hang, lines)
        if newline == -1:
            break
        position = newline + 1
    return lines


def _wrap_line(text: str, start: int, end: int, width: int, hang: int, out: list[tuple[int, int]]) -> None:
    segment = text[start:end]
    if not segment.strip():
        out.append((start, start))
        return
    if cell_len(segment) == len(segment):
        first = True
        position = 0
        length = len(segment)
        while position < length:
            available = width if first else max(1, width - hang)
            match = _line_pattern(available).match(segment, position)
            if match is None:  # only trailing white space is left
                break
            group = 1 if match.group(1) is not None else 2
            a, b = match.start(group), match.end(group)
            b = a + len(segment[a:b].rstrip())  # no trailing space on a line
            out.append((start + a, start + max(a + 1, b)))
            position = match.end()
            first = False
        return
    _wrap_wide(segment, start, width, hang, out)


_WORDS = re.compile(r"\S+")


def _wrap_wide(segment: str, offset: int, width: int, hang: int, out: list[tuple[int, int]]) -> None:
    """Word wrap by terminal cells, for text with wide characters (CJK, emoji)."""
    line_start = None
    line_end = 0
    used = 0
    available = width
    for match in _WORDS.finditer(segment):
        a, b = match.span()
        word_cells = cell_len(match.group())
        gap = 0 if line_start is None else cell_len(segment[line_end:a])
        if line_start is not None and used + gap + word_cells > available:
            out.append((offset + line_start, offset + line_end))
            line_start, used, available = None, 0, max(1, width - hang)
            gap = 0
        while word_cells > available:  # a word longer than the line: cut it by cells
            # Cells are counted once a character, never again from the cut: a line of
            # 100,000 characters without a space wraps in linear time.
            cut, cells = a, 0
            while cut < b:
                size = cell_len(segment[cut])
                if cells + size > available:
                    break
                cells += size
                cut += 1
            if cut == a:  # one character wider than the line: it goes alone
                cells = cell_len(segment[a])
                cut = a + 1
            if line_start is not None:
                out.append((offset + line_start, offset + line_end))
            out.append((offset + a, offset + cut))
            line_start, used, available = None, 0, max(1, width - hang)
            a = cut
            word_cells -= cells
            if a >= b:
                break
        if a >= b:
            continue
        if line_start is None:
            line_start, used = a, word_cells
        else:
            used += gap + word_cells
        line_end = b
    if line_start is not None:
        out.append((offset + line_start, offset + line_end))


class Rows(Sequence[Row]):
    """The rows of a layout, stored as arrays of numbers: one column per field of `Row`."""

    def __init__(self) -> None:
        self.section = array("I")
        self.kind = array("B")
        self.start = array("i")
        self.end = array("i")
        self.indent = array("I")
        self.quote = array("I")
        self.block = array("i")

    def append(self, row: Row) -> None:
        self.add(row.section, row.kind, row.start, row.end, row.indent, row.quote, row.block)

    def add(self, section: int, kind: int, start: int = 0, end: int = 0, indent: int = 0, quote: int = 0, block: int = -1) -> None:
        self.section.append(section)
        self.kind.append(kind)
        self.start.append(start)
        self.end.append(end)
        self.indent.append(indent)
        self.quote.append(quote)
        self.block.append(block)

    def __len__(self) -> int:
        return len(self.kind)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return Row(
            self.section[index], self.kind[index], self.start[index], self.end[index],
            self.indent[index], self.quote[index], self.block[index],
        )

    def __iter__(self) -> Iterator[Row]:
        return map(Row, self.section, self.kind, self.start, self.end, self.indent, self.quote, self.block)


class ReadingLayout:
    """All rows of a briefing at one width, with each section's first row."""

    PANE_CHROME = 4  # "│ " and " │"

    def __init__(self, briefing: Briefing, width: int) -> None:
        self.briefing = briefing
        self.width = max(8, width)
        self.text_width = max(4, self.width - self.PANE_CHROME)
        self.rows = Rows()
        self.section_starts: list[int] = []
        for index, section in enumerate(briefing.sections):
            self.section_starts.append(len(self.rows))
            self._lay_out_section(index, section)

    def _lay_out_section(self, index: int, section: Section) -> None:
        # Every row carries a text offset, never decreasing down a section, so that
        # `row_of_offset` can bisect: border and blank rows take the offset of where they stand.
        add = self.rows.add
        add(index, TOP, 0, 0)
        if not section.blocks:
            add(index, BLANK)
        for block_index, block in enumerate(section.blocks):
            if block_index and not (block.kind == "item" and section.blocks[block_index - 1].kind == "item"):
                previous_end = section.blocks[block_index - 1].end
                add(index, BLANK, previous_end, previous_end)
            indent = block.depth * 2 + block.quote * 2
            width = max(4, self.text_width - indent)
            for a, b in wrap(section.text, block.start, block.end, width, block.marker):
                hang = block.marker if a != block.start else 0
                add(index, TEXT, a, b, indent + hang, block.quote, block_index)
        end = len(section.text)
        add(index, BOTTOM, end, end)
        add(index, GAP, end, end)

    @property
    def height(self) -> int:
        return len(self.rows)

    def section_range(self, section: int) -> tuple[int, int]:
        """The first row of a section's pane and the row after its last."""
        start = self.section_starts[section]
        stop = self.section_starts[section + 1] if section + 1 < len(self.section_starts) else len(self.rows)
        return start, stop

    def section_at(self, y: int) -> int:
        """The section whose pane holds row y; the gap under a pane leads into the next one."""
        if not self.section_starts:
            return 0
        section = max(0, bisect_right(self.section_starts, y) - 1)
        if 0 <= y < len(self.rows) and self.rows.kind[y] == GAP and section + 1 < len(self.section_starts):
            return section + 1
        return section

    def row_of_offset(self, section: int, offset: int) -> int:
        """The row showing Section.text[offset] (the nearest text row before it otherwise)."""
        if not (0 <= section < len(self.section_starts)):
            return 0
        start, stop = self.section_range(section)
        y = bisect_right(self.rows.start, offset, lo=start, hi=stop) - 1
        y = max(start, y)
        while y > start and self.rows.kind[y] != TEXT:
            y -= 1
        return y

    def anchor_at(self, y: int) -> tuple[int, int]:
        """(section, offset) of row y, to find the same place again at another width.

        The offset is -1 for a pane's top border. The gap under a pane leads into the next
        one, as in `section_at`: its place is the next pane's top.
        """
        if not self.rows:
            return 0, -1
        row = self.rows[max(0, min(y, len(self.rows) - 1))]
        if row.kind == GAP and row.section + 1 < len(self.section_starts):
            return row.section + 1, -1
        return row.section, (-1 if row.kind == TOP else row.start)

    def row_of_anchor(self, anchor: tuple[int, int]) -> int:
        section, offset = anchor
        if not self.section_starts:
            return 0
        section = min(section, len(self.section_starts) - 1)
        if offset < 0:
            return self.section_starts[section]
        return self.row_of_offset(section, offset)
