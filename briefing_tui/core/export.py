"""Exports of a briefing: JSON (CONTRACTS.md), Markdown and plain text."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from .model import Briefing, Entity, Section


def to_dict(briefing: Briefing, entities: Sequence[Entity] = ()) -> dict:
    """The export object of CONTRACTS.md."""
    return {
        "title": briefing.title,
        "byline": briefing.byline,
        "format": briefing.format,
        "sections": [
            {"label": s.label, "heading": s.heading, "kind": s.kind, "text": s.text}
            for s in briefing.sections
        ],
        "entities": [
            {
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "count": e.count,
                "mentions": [{"section": m.section, "start": m.start, "end": m.end} for m in e.mentions],
            }
            for e in entities
        ],
    }


def to_json(briefing: Briefing, entities: Sequence[Entity] = ()) -> str:
    return json.dumps(to_dict(briefing, entities), ensure_ascii=False, indent=2)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)(#|>|[-+*](?=\s))", re.MULTILINE)
_LINE_START_NUMBER = re.compile(r"^(\s*\d+)([.)])(?=\s)", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Plain text that a Markdown viewer shows as written: "**x**" stays two stars and x."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = _LINE_START_SPECIAL.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _LINE_START_NUMBER.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _markdown_inline(section: Section, start: int, end: int) -> str:
    """Section text between start and end with its bold, italic, code and links written back."""
    text = section.text
    inserts: list[tuple[int, int, str]] = []  # (position, order, mark): closers before openers
    for span in section.spans:
        if span.end <= start or span.start >= end:
            continue
        a, b = max(start, span.start), min(end, span.end)
        opener, closer = {
            "bold": ("**", "**"),
            "italic": ("*", "*"),
            "code": ("`", "`"),
            "strike": ("~~", "~~"),
            "link": ("[", f"]({span.target or ''})"),
        }.get(span.style, ("", ""))
        inserts.append((a, 1, opener))
        inserts.append((b, 0, closer))
    out, cursor = [], start
    for position, _, mark in sorted(inserts, key=lambda item: (item[0], item[1])):
        out.append(escape_markdown(text[cursor:position]))
        out.append(mark)
        cursor = position
    out.append(escape_markdown(text[cursor:end]))
    return "".join(out)


def to_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown: title, italic byline, a `##` heading per section."""
    parts: list[str] = []
    if briefing.title:
        parts.append(f"# {escape_markdown(briefing.title)}")
    if briefing.byline:
        parts.append(f"*{escape_markdown(briefing.byline)}*")
    for section in briefing.sections:
        if section.heading:
            parts.append("#" * min(6, section.level + 1) + " " + escape_markdown(section.heading))
        lines: list[str] = []
        previous_item = False
        for block in section.blocks:
            body = _markdown_inline(section, block.start + block.marker, block.end)
            if block.kind == "item":
                marker = section.text[block.start : block.start + block.marker]
                marker = "- " if marker.startswith("•") else marker
                line = "  " * block.depth + marker + body
            elif block.kind == "code":
                line = "```\n" + section.text[block.start : block.end] + "\n```"
            else:
                line = body
            if block.quote:
                line = "\n".join("> " * block.quote + part for part in line.split("\n"))
            if lines:
                lines.append("\n" if block.kind == "item" and previous_item else "\n\n")
            lines.append(line)
            previous_item = block.kind == "item"
        if lines:
            parts.append("".join(lines))
    return "\n\n".join(parts) + "\n"


FORMATS = ("json", "markdown", "text")


def render(briefing: Briefing, fmt: str, entities: Sequence[Entity] = ()) -> str:
    """The briefing in one of FORMATS; entities go into the JSON only."""
    if fmt == "json":
        return to_json(briefing, entities) + "\n"
    if fmt == "markdown":
        return to_markdown(briefing)
    return to_text(briefing)


def to_text(briefing: Briefing) -> str:
    """The briefing as plain text: title, byline, then each heading over its text."""
    parts: list[str] = []
    if briefing.title:
        parts.append(briefing.title)
    if briefing.byline:
        parts.append(f"By {briefing.byline}")
    for section in briefing.sections:
        heading = section.heading or section.label
        parts.append(f"{heading}\n\n{section.text}" if section.text else heading)
    return "\n\n".join(parts) + "\n"
