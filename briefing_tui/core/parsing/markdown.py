"""Markdown through markdown-it-py: headings, lists, quotes and emphasis kept as structure.

The format "markdown": headings (`#`, setext), YAML front matter, or inline marks.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from collections.abc import Callable

from ..model import Briefing, Span
from .blocks import RawBlock, SectionBuilder
from .headings import LIST_MARKER, NUMBERED, heading_shape, known_heading, shorten, strip_number

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
# How deep nested lists and quotes may go before markdown-it stops nesting.
_MAX_NESTING = 40


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).enable(["table", "strikethrough"])
    encoded = md.normalizeLink

    def normalize_link(url: str) -> str:
        # A link already in URL-safe characters is its own normal form; the library's full
        # reading of it is a third of the parse of a page of many links.
        return url if _URL_SAFE.match(url) else encoded(url)

    md.normalizeLink = normalize_link
    return md


# Characters a URL keeps as they are when markdown-it normalises it, and %-escapes ("@"
# is not among them: before it the library reads a user name, and may drop it).
_URL_SAFE = re.compile(r"(?:[A-Za-z0-9;/?:&=+$,\-_.!~*'()#]|%[0-9A-Fa-f]{2})*\Z")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML front matter's simple `key: value` fields, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, str] = {}
    for line in match["body"].split("\n"):
        field = _FIELD.match(line.strip())
        if field:
            value = field["value"].strip().strip("\"'")
            if value and not value.startswith(("[", "{", "|", ">")):
                fields[field["key"].lower()] = value
    return fields, text[match.end():]


def _inline(token) -> tuple[str, tuple[Span, ...]]:
    """Plain text and style spans of an inline token."""
    parts: list[str] = []
    spans: list[Span] = []
    open_at: dict[str, list[tuple[int, str | None]]] = {}
    length = 0
    for child in token.children or ():
        kind = child.type
        if kind in ("text", "html_inline"):
            piece = child.content
        elif kind == "code_inline":
            piece = child.content
            spans.append(Span(length, length + len(piece), "code"))
        elif kind == "softbreak":
            piece = " "
        elif kind == "hardbreak":
            piece = "\n"
        elif kind == "image":
            piece = "".join(c.content for c in child.children or ()) or child.attrs.get("alt", "") or ""
        elif kind.endswith("_open"):
            style = {"strong": "bold", "em": "italic", "link": "link", "s": "strike"}.get(kind[:-5])
            if style:
                target = child.attrs.get("href") if style == "link" else None
                open_at.setdefault(style, []).append((length, target))
            continue
        elif kind.endswith("_close"):
            style = {"strong": "bold", "em": "italic", "link": "link", "s": "strike"}.get(kind[:-6])
            if style and open_at.get(style):
                start, target = open_at[style].pop()
                if start < length:
                    spans.append(Span(start, length, style, str(target) if target else None))
            continue
        else:
            piece = child.content or ""
        parts.append(piece)
        length += len(piece)
    return "".join(parts), tuple(spans)


_DEEP_QUOTE = re.compile(r"^((?:[ \t]*>){%d})(?:[ \t]*>)+" % 20, re.MULTILINE)
_DEEP_INDENT = re.compile(r"^[ \t]{%d,}(?=[-*+] |\d+[.)] )" % 41, re.MULTILINE)


def _clamp_nesting(text: str) -> str:
    """Nesting deeper than 20 levels becomes the 20th: markdown-it drops what lies deeper."""
    text = _DEEP_QUOTE.sub(r"\1", text)
    return _DEEP_INDENT.sub(" " * 40, text)


def markdown_blocks(text: str) -> list[RawBlock]:
    """Read Markdown into headings, paragraphs, list items, quotes and code blocks."""
    tokens = _parser().parse(_clamp_nesting(text))
    blocks: list[RawBlock] = []
    quote = 0
    lists: list[list] = []  # per open list: [ordered, next number]
    item_started: list[bool] = []  # per open item: has its first block been given a marker?
    heading_level = 0
    in_table = False
    cells: list[str] = []
    for token in tokens:
        kind = token.type
        if kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrs.get("start", 1) or 1) if kind == "ordered_list_open" else 0
            lists.append([kind == "ordered_list_open", start, token.markup or "."])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            if lists:
                lists.pop()
        elif kind == "list_item_open":
            item_started.append(False)
        elif kind == "list_item_close":
            if item_started:
                item_started.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1:]) if token.tag[1:].isdigit() else 2
        elif kind == "heading_close":
            heading_level = 0
        elif kind in ("table_open", "table_close"):
            in_table = kind == "table_open"
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close":
            blocks.append(RawBlock("paragraph", " | ".join(cells), quote=quote))
        elif kind == "inline":
            content, spans = _inline(token)
            if in_table:
                cells.append(content)
                continue
            if heading_level and ("\n" in content or len(content) > 200):
                # Lines of a paragraph over a "---" rule (a setext underline in Markdown's
                # eyes): a paragraph, not a heading as long as the text.
                blocks.append(RawBlock("paragraph", content, spans, quote=quote))
            elif heading_level:
                blocks.append(RawBlock("heading", content, spans, level=heading_level))
            elif item_started:
                depth = max(0, len(lists) - 1)
                if not item_started[-1]:
                    item_started[-1] = True
                    ordered, number, delimiter = lists[-1] if lists else (False, 0, ".")
                    if ordered:
                        marker = f"{number}{delimiter} "
                        lists[-1][1] = number + 1
                    else:
                        marker = "• "
                    shifted = tuple(Span(s.start + len(marker), s.end + len(marker), s.style, s.target) for s in spans)
                    blocks.append(RawBlock("item", marker + content, shifted, depth, len(marker), quote))
                else:
                    blocks.append(RawBlock("item", content, spans, depth, 0, quote))
            else:
                blocks.append(RawBlock("quote" if quote else "paragraph", content, spans, quote=quote))
        elif kind in ("fence", "code_block"):
            blocks.append(RawBlock("code", token.content.rstrip("\n"), quote=quote))
        elif kind == "html_block":
            blocks.append(RawBlock("paragraph", token.content.strip("\n"), quote=quote))
    return blocks


def whole_emphasis(block: RawBlock, styles: tuple[str, ...] = ("italic", "bold")) -> bool:
    """Whether one emphasis of `styles` covers the block's whole text."""
    return any(s.start == 0 and s.end >= len(block.text.rstrip()) and s.style in styles for s in block.spans)


def take_title_and_byline(
    blocks: list[RawBlock], fields: dict[str, str]
) -> tuple[str | None, str | None, list[RawBlock]]:
    """The title (front matter or the first `#` heading), an italic byline under it, and the rest."""
    title = fields.get("title") or None
    byline = fields.get("author") or fields.get("byline") or fields.get("authors") or None
    rest = list(blocks)
    if title is None and rest and rest[0].kind == "heading" and rest[0].level == 1:
        title = rest.pop(0).text.strip() or None
    if byline is None and rest and rest[0].kind == "paragraph":
        first = rest[0]
        words = first.text.split()
        # (a sentence set in bold or italics under the headline is its standfirst: "**The
        # office monitors the plans.**")
        sentence = len(words) >= 6 and first.text.rstrip().endswith((".", "!", "?")) and not re.match(r"^(?:By|BY)\s", first.text)
        if 0 < len(words) <= 16 and not sentence and (
            # (a label with a number in bold, "Exhibit 99.1", names no writer)
            (whole_emphasis(first) and not any(c.isdigit() for c in first.text)) or re.match(r"^(?:By|BY)\s+[A-Z]", first.text)
        ) and title is not None:
            from .plain_text import clean_byline

            byline = clean_byline(first.text)
            rest.pop(0)
    return title, byline, rest


def _site_name_over_headline(blocks: list[RawBlock]) -> bool:
    """Is the first block a site's name (a line of one to five words that ends no sentence)
    over the text's only `#` heading?"""
    name, headline = blocks[0], blocks[1]
    words = name.text.split()
    return (
        name.kind == "paragraph"
        and "\n" not in name.text.strip()
        and 1 <= len(words) <= 5
        and not name.text.rstrip().endswith((".", "!", "?", ":", ",", ";"))
        and headline.kind == "heading"
        and headline.level == 1
        and sum(block.kind == "heading" and block.level == 1 for block in blocks) == 1
    )


def _plain_line_headings(blocks: list[RawBlock]) -> set[int]:
    """Paragraphs that are headings by their shape and place, in Markdown without `#` headings.

    The blocks are laid out as plain-text lines between blank lines and judged by the same
    rules as plain text.
    """
    from .forbes import find_headings

    lines: list[str] = []
    where: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if block.kind == "paragraph" and "\n" not in block.text:
            where[len(lines)] = index
            lines.append(block.text)
        elif block.kind == "item" and block.depth == 0 and NUMBERED.match(block.text) and "\n" not in block.text:
            where[len(lines)] = index  # "1. Introduction": a numbered heading read as a list
            lines.append(block.text)
        elif block.kind == "item":
            lines.append("- " + block.text)
        else:
            lines.append("> " + " ".join(block.text.split()))
        lines.append("")
    return {where[h.index] for h in find_headings(lines, 0) if h.rest is None and h.index in where}


def section_markdown(blocks: list[RawBlock], plain_lines: bool = True) -> list[SectionBuilder]:
    """One section per heading; what comes before the first is an untitled lead. With no
    heading marked, lines of a heading's shape are headings, unless `plain_lines` is False
    (a web page marks its headings: its paragraphs are paragraphs)."""
    if plain_lines:
        # "Setting up¶": a documentation page's heading copied with the sign of its link to
        # itself; a heading wherever it stands, whatever else the text marks.
        blocks = [
            RawBlock("heading", b.text.strip(), b.spans, level=2) if b.kind == "paragraph" and _PERMALINKED.fullmatch(b.text.strip()) else b
            for b in blocks
        ]
    if plain_lines and not any(b.kind == "heading" for b in blocks):
        plain = _plain_line_headings(blocks)
        blocks = [
            RawBlock("heading", b.text, b.spans, level=2) if i in plain else b for i, b in enumerate(blocks)
        ]
    blocks = _bold_headings(blocks)
    has_heading = any(_is_heading(b) for b in blocks)
    builders: list[SectionBuilder] = []
    current = (
        SectionBuilder(None, "Lead", "lead") if has_heading else SectionBuilder(None, "Text", "body")
    )
    for block in blocks:
        if _is_heading(block):
            if not current.empty or current.heading is not None:
                builders.append(current)
            heading = block.text.strip().rstrip(":").strip() if block.kind != "heading" else block.text.strip()
            known = known_heading(heading)
            # A numbered heading's label leaves its number to the outline's own numbering.
            # The outline leaves a heading's link to itself out ("Setting up¶").
            label, kind = known if known else (shorten(strip_number(heading.removesuffix("¶").rstrip())), "section")
            current = SectionBuilder(heading, label, kind, level=max(1, block.level - 1))
            continue
        current.add(block)
    if not current.empty or current.heading is not None:
        builders.append(current)
    return builders


# A line of up to sixteen words ending in a pilcrow, with no stop before it.
_PERMALINKED = re.compile(r"(?=\S)(?:[^\s¶]+[ \t]+){0,15}[^\s¶]*[^\s¶.,;]¶")


def _line_all_in(block: RawBlock, style: str = "bold") -> bool:
    """A short paragraph all in one style (bold unless said), no sentence: "**1. Examine the Blooms**"."""
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and not block.quote
        and 1 <= len(text.split()) <= 14
        and len(text) <= 110
        and not text.endswith((".", ",", ";", "…"))
        and any(s.start == 0 and s.end >= len(block.text.rstrip()) and s.style == style for s in block.spans)
    )


def _bold_headings(blocks: list[RawBlock]) -> list[RawBlock]:
    """Paragraphs all in bold standing over text, as pages set their sub-headings in bold
    ("**1. Examine the Blooms**" over its paragraph): two or more, each a heading one level
    under the heading above it. With none in bold, short lines in Title Case all in italics
    ("*Asia Winner*") do the same."""

    def over_text(i: int, style: str) -> bool:
        return (
            i + 1 < len(blocks)
            and (blocks[i + 1].kind in ("item", "quote", "code") or (blocks[i + 1].kind == "paragraph" and len(blocks[i + 1].text.split()) >= 8))
            and not _line_all_in(blocks[i + 1], style)
        )

    bold = [
        i
        for i, b in enumerate(blocks)
        if _line_all_in(b)
        and known_heading(b.text) is None
        and over_text(i, "bold")
        # a line of the shape of a heading; not a phrase leading into what follows ("**The letter warned:**")
        and heading_shape(b.text.strip()) not in (None, "colon")
    ]
    if len(bold) < 2 and not any(_line_all_in(b) for b in blocks):
        bold = [
            i
            for i, b in enumerate(blocks)
            if _line_all_in(b, "italic") and len(b.text.split()) <= 8 and heading_shape(b.text.strip()) == "title" and over_text(i, "italic")
        ]
    if len(bold) < 2:
        return blocks
    out = list(blocks)
    level = 2
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            level = b.level + 1
        elif i in bold:
            out[i] = RawBlock("heading", b.text.strip(), (), level=min(level, 6))
    return out


def _is_heading(block: RawBlock) -> bool:
    if block.kind == "heading":
        return bool(block.text.strip())
    # A paragraph all in bold that is a known heading ("**Key Facts**") is one too;
    # any other bold phrase is not.
    return block.kind == "paragraph" and whole_emphasis(block) and known_heading(block.text) is not None


NAME = "markdown"

_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_SETEXT_EQUALS = re.compile(r"^ {0,3}=+[ \t]*$")
_SETEXT_DASHES = re.compile(r"^ {0,3}-{3,}[ \t]*$")
# Signs of Markdown in text without headings: bold, links, quotes, fences. (List markers
# are left out: plain text uses "- " bullets too.)
# (Bold closes on a letter, as CommonMark asks: "**kwargs … a **" is code's; and an
# underscored name has no space inside: "__future__" is Python's, not bold.)
_MARKDOWN_INLINE = re.compile(
    r"\*\*(?=\S)[^*\n]+(?<=\S)\*\*|__(?=\S)[^_\n]*\s[^_\n]*(?<=\S)__|\[[^\]\n]+\]\([^)\n]+\)|^ {0,3}> |^```", re.MULTILINE
)


def has_structure(text: str) -> bool:
    """True for front matter, an ATX heading or a `===` setext heading."""
    if text.startswith("---\n") and split_front_matter(text)[0]:
        return True
    return any(_standing_apart(text, m.start()) for m in _ATX.finditer(text)) or _setext(text.split("\n"), _SETEXT_EQUALS)


def _standing_apart(text: str, start: int) -> bool:
    """Is the `#` line at start a heading: a blank line (or the text's edge) above or under
    it? One between two lines of code is a comment ("RUN make" / "# Copy the rest:" / "COPY . .")."""
    end = text.find("\n", start)
    above = text.rfind("\n", 0, max(0, start - 1))
    line_above = text[above + 1 : start - 1] if start else ""
    after = text.find("\n", end + 1) if end != -1 else -1
    line_under = text[end + 1 : after if after != -1 else len(text)] if end != -1 else ""
    return not line_above.strip() or not line_under.strip()


def has_marks(text: str) -> bool:
    """True when any Markdown sign is in the text (a heading, inline marks, front matter)."""
    return bool(_ATX.search(text) or _MARKDOWN_INLINE.search(text) or text.startswith("---\n"))


def section_headings(text: str) -> bool:
    """True when Markdown headings below the title split the text (## and deeper, or several #)."""
    levels = [len(m.group(0).strip().split()[0]) for m in _ATX.finditer(text)]
    return any(level >= 2 for level in levels) or levels.count(1) > 1


def _setext(lines: list[str], underline: re.Pattern[str]) -> bool:
    """True when some line is underlined (a setext heading): text, then === or --- below it."""
    return any(
        underline.match(line)
        and lines[i - 1].strip()
        and not LIST_MARKER.match(lines[i - 1].strip())
        # A heading's line is short: a paragraph's last line over a rule is no heading.
        and len(lines[i - 1].split()) <= 16
        and not lines[i - 1].rstrip().endswith((".", ",", ";"))
        for i, line in enumerate(lines)
        if i and line[:4].strip()[:1] in ("=", "-")
    )


def detect(text: str) -> bool:
    """Markdown structure, or inline marks in a text without Forbes-style headings."""
    if has_structure(text):
        return True
    from . import forbes

    if forbes.detect(text):
        return False
    return len(_MARKDOWN_INLINE.findall(text)) >= 2 or _setext(text.split("\n"), _SETEXT_DASHES)


def read_blocks(text: str) -> tuple[str | None, str | None, list[RawBlock]]:
    """The title, the byline and the blocks after them of a Markdown text."""
    fields, body = split_front_matter(text)
    blocks = markdown_blocks(_separate_byline(body))
    if "title" not in fields and len(blocks) >= 2 and _site_name_over_headline(blocks):
        # "Harbour Notes" over "# Council approves the bridge": the site's name over the text's
        # one `#` heading, its headline; the name stays, the lead's first line.
        title, byline, rest = take_title_and_byline(blocks[1:], fields)
        return title, byline, [blocks[0], *rest]
    return take_title_and_byline(blocks, fields)


def _separate_byline(body: str) -> str:
    """Put a blank line between a first line and a "By …" line under it, so they stay apart."""
    from .plain_text import BYLINE

    lines = body.split("\n", 4)
    first = next((i for i, line in enumerate(lines[:3]) if line.strip()), None)
    if first is not None and first + 1 < len(lines) and BYLINE.match(lines[first + 1].strip().strip("*_")):
        lines.insert(first + 1, "")
    return "\n".join(lines)


# A whole text in one fence: "```markdown" … "```", as a report is often handed over.
_WRAPPER = re.compile(r"\s*(?P<fence>`{3,}|~{3,})[ \t]*(?:markdown|md|text|plain|txt)?[ \t]*\n(?P<inner>.*)\n[ \t]*(?P=fence)[ \t]*\s*", re.DOTALL | re.IGNORECASE)


def unwrapped(text: str) -> str | None:
    """The text inside a fence that wraps the whole text, or None."""
    match = _WRAPPER.fullmatch(text)
    if match is None or match["fence"] in match["inner"]:
        return None
    return match["inner"]


def parse(text: str, source: str, progress: Callable[[float], None] | None = None) -> Briefing:
    """Read a Markdown briefing: one section per heading."""
    inner = unwrapped(text)
    if inner is not None and inner.strip():
        from . import _detect

        return _detect(inner).parse(inner, source, progress)
    fields, body = split_front_matter(text)
    if fields and not has_marks(body) and not _setext(body.split("\n"), _SETEXT_EQUALS):
        # Front matter over plain text: the text's lines are read as plain text's are.
        from .forbes import parse_plain_text

        title = fields.get("title") or None
        briefing = parse_plain_text(body, source, NAME, progress, titled=title is None)
        byline = fields.get("author") or fields.get("byline") or fields.get("authors") or briefing.byline
        return dataclasses.replace(briefing, title=title or briefing.title, byline=byline)
    title, byline, rest = read_blocks(text)
    sections = tuple(b.build() for b in section_markdown(rest))
    return Briefing(title, byline, NAME, sections, source)
