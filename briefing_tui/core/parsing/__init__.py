"""One entry point for every input format: `parse_text` decides the format and reads it.

Each format is a module with NAME, `detect(text) -> bool` and
`parse(text, source, progress) -> Briefing`. REGISTRY lists them in the order they are
tried: the first whose `detect` says yes reads the text. To add a format, write its module
and put it in REGISTRY where its signs are more telling than those of the formats after it.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable

from ..model import Briefing
from ..reading import SourceText, clean_text, read_source
from . import axios, email, forbes, html, markdown, memo, metadata, plain

REGISTRY = (
    email,  # an RFC 822 message: From, Subject, Date, MIME parts
    html,  # a web page or an HTML fragment
    memo,  # TO/FROM/SUBJECT header fields, or ALL-CAPS labels
    axios,  # Smart Brevity: "Why it matters:" run-in labels
    markdown,  # headings, front matter or inline marks
    forbes,  # Forbes-style headings: "Topline", "Key Facts", run in or alone
    plain,  # anything else: headings of its own shape, or none
)
FORMATS = tuple(module.NAME for module in REGISTRY)


def detect_format(text: str, name: str = "") -> str:
    """Name the format of a cleaned briefing text: the first in REGISTRY that detects it.

    A file name ending as a format's EXTENSIONS say (".html", ".eml") settles it first.
    """
    return _detect(text, name).NAME


# A server's media type settles the format as an extension does.
_MEDIA_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "message/rfc822": "email"}


def _detect(text: str, name: str = "", media_type: str | None = None):
    if media_type in _MEDIA_TYPES:
        return next(module for module in REGISTRY if module.NAME == _MEDIA_TYPES[media_type])
    suffix = os.path.splitext(name)[1].lower() if "://" not in name else ""
    if suffix:
        for module in REGISTRY:
            if suffix in getattr(module, "EXTENSIONS", ()):
                return module
    return next(module for module in REGISTRY if module.detect(text))


def reads_whole(text: str, name: str = "", media_type: str | None = None) -> bool:
    """True when the text must be read whole, never its first part alone (a page, an e-mail)."""
    return getattr(_detect(text[:100_000], name, media_type), "WHOLE", False)


def text_size(briefing: Briefing, text: str) -> int:
    """How many characters of text a briefing holds: a text file's own length; for a
    format whose file is markup around the text (MARKUP: a page, an e-mail), what the
    reader shows of it (title, byline, headings and sections), not the markup's size."""
    module = next((m for m in REGISTRY if m.NAME == briefing.format), None)
    if not getattr(module, "MARKUP", False):
        return len(text)
    parts = [briefing.title or "", briefing.byline or ""]
    for section in briefing.sections:
        parts += [section.heading or "", section.text]
    return len("\n\n".join(part for part in parts if part))


def parse_text(
    text: str,
    source: str = "<text>",
    notes: tuple[str, ...] = (),
    *,
    cleaned: bool = False,
    progress: Callable[[float], None] | None = None,
    url: str | None = None,
    media_type: str | None = None,
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
    reader = _detect(text, source, media_type)
    report(0.1)
    if url is not None and getattr(reader, "READS_URL", False):
        briefing = reader.parse(text, source, report, url=url)
    else:
        briefing = reader.parse(text, source, report)
    briefing = metadata.complete(briefing, text)
    if url is not None and briefing.url is None:
        briefing = dataclasses.replace(briefing, url=url)
    report(1.0)
    if notes:
        briefing = dataclasses.replace(briefing, source=source, notes=notes)
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


def parse_source(source: SourceText) -> Briefing:
    """Parse decoded source text, carrying its notes (encoding fallbacks, removed controls)."""
    return parse_text(
        source.text, source.name, source.notes, cleaned=True, url=source.url, media_type=source.media_type
    )


def load_source(path: str | os.PathLike[str]) -> SourceText:
    """The text of a file, of standard input for "-", or of an http(s) URL (fetched)."""
    from ..fetching import fetch, is_url

    return fetch(str(path)) if is_url(path) else read_source(path)


def load_briefing(path: str | os.PathLike[str]) -> Briefing:
    """Read and parse a briefing from a path, "-" or a URL. Raises BriefingError."""
    return parse_source(load_source(path))
