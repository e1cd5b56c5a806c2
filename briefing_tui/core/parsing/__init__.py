"""One entry point for every input format: `parse_text` decides the format and reads it.

Formats: "forbes" (plain text with Forbes-style headings), "markdown", "axios" (Smart
Brevity run-in labels), "memo", and "plain" (plain text, with headings of its own or none).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from ..model import Briefing
from ..reading import SourceText, clean_text, read_source
from . import axios, forbes, markdown, memo
from .blocks import RawBlock
from .headings import LIST_MARKER
from .plain_text import BYLINE, clean_byline, group_paragraphs

FORMATS = ("forbes", "markdown", "axios", "memo", "plain")

_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_SETEXT_EQUALS = re.compile(r"^ {0,3}=+[ \t]*$")
_SETEXT_DASHES = re.compile(r"^ {0,3}-{3,}[ \t]*$")
# Signs of Markdown in text without headings: bold, links, quotes, fences. (List markers
# are left out: plain text uses "- " bullets too.)
_MARKDOWN_INLINE = re.compile(
    r"\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^\]\n]+\]\([^)\n]+\)|^ {0,3}> |^```", re.MULTILINE
)


def detect_format(text: str) -> str:
    """Name the format of a cleaned briefing text."""
    lines = text.split("\n")
    fields = memo.header_fields(lines)
    if "SUBJECT" in fields or "SUBJ" in fields or len(fields) >= 2:
        return "memo"
    starts = _paragraph_starts(lines)
    labelled = axios.is_labelled_document(starts)
    has_atx = bool(_ATX.search(text))
    if text.startswith("---\n") and markdown.split_front_matter(text)[0]:
        return "axios" if labelled and not _section_headings(text) else "markdown"
    if has_atx or _setext(lines, _SETEXT_EQUALS):
        return "axios" if labelled and not _section_headings(text) else "markdown"
    if labelled:
        return "axios"
    caps_labels = [found for line in lines if (found := memo.memo_label(line))]
    if len(caps_labels) >= 2 and any(forbes.known_heading(label) is None for label, _ in caps_labels):
        return "memo"
    if any(forbes.heading_shape(line) == "known" or forbes.run_in_heading(line) for line in lines):
        return "plain-text"
    if len(_MARKDOWN_INLINE.findall(text)) >= 2 or _setext(lines, _SETEXT_DASHES):
        return "markdown"
    return "plain-text"  # Forbes-style or plain: decided by the headings found


def _setext(lines: list[str], underline: re.Pattern[str]) -> bool:
    """True when some line is underlined (a setext heading): text, then === or --- below it."""
    return any(
        underline.match(line) and lines[i - 1].strip() and not LIST_MARKER.match(lines[i - 1].strip())
        for i, line in enumerate(lines)
        if i and line[:4].strip()[:1] in ("=", "-")
    )


def _section_headings(text: str) -> bool:
    """True when Markdown headings below the title split the text (## and deeper, or several #)."""
    levels = [len(m.group(0).strip().split()[0]) for m in _ATX.finditer(text)]
    return any(level >= 2 for level in levels) or levels.count(1) > 1


def _paragraph_starts(lines: list[str]) -> list[str]:
    """Every non-blank line: a Smart-Brevity label can only open a line."""
    return [stripped for line in lines if (stripped := line.strip())]


def parse_text(
    text: str,
    source: str = "<text>",
    notes: tuple[str, ...] = (),
    *,
    cleaned: bool = False,
    progress: Callable[[float], None] | None = None,
) -> Briefing:
    """Parse a briefing from text in any supported format.

    Text that did not come through `reading` is cleaned first (escapes, control characters).
    progress, if given, is called with the fraction done (0 to 1) as long text is read.
    """
    report = progress or (lambda fraction: None)
    if not cleaned:
        text, removed = clean_text(text)
        if removed:
            notes = notes + (f"removed {removed} control characters",)
    fmt = detect_format(text)
    report(0.1)
    if fmt == "memo":
        briefing = memo.parse_memo(text, source)
    elif fmt in ("markdown", "axios") and (fmt == "markdown" or _has_markdown(text)):
        briefing = _parse_markdown(text, source, axios_labels=fmt == "axios")
    elif fmt == "axios":
        briefing = _parse_axios_plain(text, source)
    else:
        briefing = forbes.parse_plain_text(text, source, progress=report)
    report(1.0)
    if notes:
        briefing = Briefing(briefing.title, briefing.byline, briefing.format, briefing.sections, source, notes)
    return briefing


def head_of(text: str, size: int) -> str:
    """The first `size` characters or so of a text, cut at the end of a paragraph or line."""
    if len(text) <= size:
        return text
    for boundary in ("\n\n", "\n"):
        cut = text.find(boundary, size, size + 20_000)
        if cut != -1:
            return text[:cut]
    return text[:size]


def _has_markdown(text: str) -> bool:
    return bool(_ATX.search(text) or _MARKDOWN_INLINE.search(text) or text.startswith("---\n"))


def _parse_markdown(text: str, source: str, axios_labels: bool) -> Briefing:
    fields, body = markdown.split_front_matter(text)
    body = _separate_byline(body)
    blocks = markdown.markdown_blocks(body)
    title, byline, rest = markdown.take_title_and_byline(blocks, fields)
    if axios_labels:
        if title is None and rest and rest[0].kind == "paragraph" and not axios.label_at_start(rest[0].text):
            title = rest.pop(0).text
            if rest and rest[0].kind == "paragraph" and BYLINE.match(rest[0].text):
                byline = clean_byline(rest.pop(0).text)
        builders = axios.section_blocks([_demote_heading(b) for b in rest])
        fmt = "axios"
    else:
        builders = markdown.section_markdown(rest)
        fmt = "markdown"
    sections = tuple(b.build() for b in builders)
    return Briefing(title, byline, fmt, sections, source)


def _separate_byline(body: str) -> str:
    """Put a blank line between a first line and a "By …" line under it, so they stay apart."""
    lines = body.split("\n", 4)
    first = next((i for i, line in enumerate(lines[:3]) if line.strip()), None)
    if first is not None and first + 1 < len(lines) and BYLINE.match(lines[first + 1].strip().strip("*_")):
        lines.insert(first + 1, "")
    return "\n".join(lines)


def _demote_heading(block: RawBlock) -> RawBlock:
    # In a Smart-Brevity document a stray heading is read as a paragraph of the lead.
    if block.kind == "heading":
        return RawBlock("paragraph", block.text, block.spans)
    return block


def _parse_axios_plain(text: str, source: str) -> Briefing:
    lines = text.split("\n")
    title, byline, body_start = forbes._title_and_byline(lines)
    if title is not None and axios.label_at_start(title):
        title, body_start = None, 0
    builders = axios.section_blocks(group_paragraphs(lines[body_start:]))
    return Briefing(title, byline, "axios", tuple(b.build() for b in builders), source)


def parse_source(source: SourceText) -> Briefing:
    """Parse decoded source text, carrying its notes (encoding fallbacks, removed controls)."""
    return parse_text(source.text, source.name, source.notes, cleaned=True)


def load_briefing(path: str | os.PathLike[str]) -> Briefing:
    """Read and parse a briefing from a path, or standard input for "-". Raises BriefingError."""
    return parse_source(read_source(path))
