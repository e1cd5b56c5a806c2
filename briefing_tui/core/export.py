"""Exports of a briefing: JSON (CONTRACTS.md), Markdown and plain text."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from .links import bare_urls, openable, section_links, shows_its_url
from .model import Briefing, Entity, Section


def to_dict(briefing: Briefing, entities: Sequence[Entity] = ()) -> dict:
    """The export object of CONTRACTS.md."""
    return {
        "title": briefing.title,
        "byline": briefing.byline,
        "format": briefing.format,
        "date": briefing.date,
        "source": briefing.publisher,
        "url": briefing.url,
        "sections": [
            {
                "label": s.label, "heading": s.heading, "kind": s.kind, "text": s.text,
                "links": [{"start": k.start, "end": k.end, "url": k.url} for k in section_links(s)],
            }
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
    return terminal_safe_json(to_dict(briefing, entities))


# JSON escapes C0 controls itself; these it writes raw, and a terminal may act on them
# (a lone surrogate from an undecodable file name would go out as its raw byte, 0x9B is CSI).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def terminal_safe_json(value: object) -> str:
    """JSON of value, indented, non-ASCII kept, but DEL, C1 and bidi controls written as \\uXXXX:
    the same data once parsed, inert on a terminal."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)(#|>|[-+*](?=\s))", re.MULTILINE)
_LINE_START_NUMBER = re.compile(r"^(\s*\d+)([.)])(?=\s)", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Plain text that a Markdown viewer shows as written: "**x**" stays two stars and x."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = _LINE_START_SPECIAL.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _LINE_START_NUMBER.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _markdown_inline(section: Section, start: int, end: int) -> str:
    """Section text between start and end with its bold, italic, code and links written back.

    Addresses written out in the text become autolinks (`<https://…>`), left unescaped so
    that they stay followable.
    """
    text = section.text
    # (position, order, nesting, mark): closers before openers; of two closers at one place
    # the inner one (opened later) first, of two openers the outer one (closing later).
    inserts: list[tuple[int, int, int, str]] = []
    verbatim: list[tuple[int, int]] = []  # written as they are, not escaped
    link_spans = []
    for span in section.spans:
        if span.end <= start or span.start >= end:
            continue
        a, b = max(start, span.start), min(end, span.end)
        if span.style == "link" and span.target and text[span.start : span.end] == span.target and (a, b) == (span.start, span.end):
            opener, closer = "<", ">"
            verbatim.append((a, b))
        else:
            opener, closer = {
                "bold": ("**", "**"),
                "italic": ("*", "*"),
                "code": ("`", "`"),
                "strike": ("~~", "~~"),
                "link": ("[", f"]({span.target or ''})"),
            }.get(span.style, ("", ""))
        if span.style == "link":
            link_spans.append((span.start, span.end))
        inserts.append((a, 1, -b, opener))
        inserts.append((b, 0, -a, closer))
    for a, b, url in bare_urls(text[start:end]):
        a, b = a + start, b + start
        if any(a < y and x < b for x, y in link_spans):
            continue
        if openable(url) == url:
            inserts += [(a, 1, -b, "<"), (b, 0, -a, ">")]
            verbatim.append((a, b))
        else:  # "www.…": no scheme, so no autolink
            inserts += [(a, 1, -b, "["), (b, 0, -a, f"]({openable(url)})")]
    verbatim.sort()

    def plain(a: int, b: int) -> str:
        pieces, cursor = [], a
        for x, y in verbatim:
            if y <= a or x >= b:
                continue
            x, y = max(x, a), min(y, b)
            pieces.append(escape_markdown(text[cursor:x]))
            pieces.append(text[x:y])
            cursor = y
        pieces.append(escape_markdown(text[cursor:b]))
        return "".join(pieces)

    out, cursor = [], start
    for position, _, _, mark in sorted(inserts, key=lambda item: item[:3]):
        out.append(plain(cursor, position))
        out.append(mark)
        cursor = position
    out.append(plain(cursor, end))
    return "".join(out)


def _text_with_urls(section: Section) -> str:
    """A section's text with each link's address after its words: "the Act (https://…)"."""
    text, out, cursor = section.text, [], 0
    for span in sorted(section.spans, key=lambda span: span.end):
        if span.style != "link" or not span.target or shows_its_url(text[span.start : span.end], span.target):
            continue
        out.append(text[cursor : span.end])
        out.append(f" ({span.target})")
        cursor = span.end
    out.append(text[cursor:])
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
    """The briefing as plain text: title, byline, then each heading over its text (links keep
    their URLs); an untitled section's text stands without a heading."""
    parts: list[str] = []
    if briefing.title:
        parts.append(briefing.title)
    if briefing.byline:
        parts.append(f"By {briefing.byline}")
    for section in briefing.sections:
        # An untitled section (a lead) has no heading line: its label ("Lead") is the
        # outline's name for it, not the text's words, and read back it would be a heading.
        if section.heading and section.text:
            parts.append(f"{section.heading}\n\n{_text_with_urls(section)}")
        elif section.heading or section.text:
            parts.append(section.heading or _text_with_urls(section))
    return "\n\n".join(parts) + "\n"
