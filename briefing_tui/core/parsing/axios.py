"""Smart Brevity: paragraphs that open with a short run-in label ("Why it matters: …").

The family is recognised by its shape (one to five words in sentence case and a colon,
opening a paragraph), with a list of common labels to be sure a document uses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Briefing, Span
from .blocks import RawBlock, SectionBuilder
from .headings import CAPTION, shorten, snake_case

KNOWN_LABELS = frozenset(
    label.lower()
    for label in (
        "Why it matters", "The big picture", "Big picture", "Zoom in", "Zoom out", "State of play",
        "Between the lines", "What's next", "What’s next", "Driving the news", "By the numbers",
        "Yes, but", "The bottom line", "Bottom line", "Go deeper", "Flashback", "Reality check",
        "What they're saying", "What they’re saying", "The other side", "Details", "Catch up quick",
        "Context", "Be smart", "Our thought bubble", "Threat level", "Where it stands",
        "The intrigue", "What to watch", "Of note", "The latest", "What we're watching",
        "What we’re watching", "Worth noting", "Follow the money", "The backstory", "How it works",
        "Key quote", "The big question", "What's new", "What’s new", "Between the lines",
        "The fine print", "Data point", "Case in point", "The bottom line", "Go deeper",
        "What happened", "Why now", "The stakes", "Behind the scenes", "Yes, and",
        "The flip side", "Stunning stat", "What to watch for", "What we're hearing",
        "Reality check", "The other side", "Our take", "Catch up fast", "The backdrop",
    )
)

# Up to five words then a colon, opening a paragraph, optionally in bold.
_LABEL = re.compile(
    r"^(?P<open>\*\*|__|\*|_)?(?P<label>[A-Z][\w'’\-]*(?:,?\s+[\w'’\-]+){0,4}?)"
    r"(?P<close_in>\*\*|__|\*|_)?:(?P<close_out>\*\*|__|\*|_)?(?:\s+|$)"
)


def label_at_start(text: str) -> tuple[str, int] | None:
    """The Smart-Brevity label opening `text` and where the text after it starts."""
    match = _LABEL.match(text)
    if not match:
        return None
    label = match["label"]
    if CAPTION.match(text) or any(ch.isdigit() for ch in label):
        return None
    words = label.replace(",", " ").split()
    known = label.lower() in KNOWN_LABELS
    if not known:
        if len(words) < 2:
            return None
        # Sentence case: later words in lower case (one proper noun may stand among them).
        capitals = sum(1 for w in words[1:] if w[:1].isupper())
        if capitals > 1 or (capitals == 1 and len(words) <= 2):
            return None
    return label, match.end()


def is_labelled_document(paragraph_starts: list[str]) -> bool:
    """True when two paragraphs or more open with Smart-Brevity labels, one a common one,
    and not all the same label (a review's "Bottom line: B." under each of its items)."""
    labels = [found[0] for text in paragraph_starts if (found := label_at_start(text))]
    known = sum(1 for label in labels if label.lower() in KNOWN_LABELS)
    return len(labels) >= 2 and known >= 1 and len({label.lower() for label in labels}) >= 2


def section_blocks(blocks: list[RawBlock]) -> list[SectionBuilder]:
    """Split blocks into an untitled lead and one section per labelled paragraph."""
    builders: list[SectionBuilder] = []
    current = SectionBuilder(None, "Lead", "lead")
    for block in blocks:
        found = label_at_start(block.text) if block.kind == "paragraph" and block.quote == 0 else None
        if found is None:
            current.add(block)
            continue
        label, cut = found
        if not current.empty:
            builders.append(current)
        current = SectionBuilder(label, shorten(label), snake_case(label))
        rest = block.text[cut:]
        if rest.strip():
            spans = tuple(
                Span(max(0, s.start - cut), s.end - cut, s.style, s.target)
                for s in block.spans
                if s.end > cut
            )
            current.add(RawBlock("paragraph", rest, spans))
    if not current.empty or current.heading is not None:
        builders.append(current)
    return builders


NAME = "axios"


def detect(text: str) -> bool:
    """Labelled paragraphs, one label at least of the common ones, and no Markdown headings."""
    from . import markdown

    starts = [stripped for line in text.split("\n") if (stripped := line.strip())]
    # Labels of its own only ("Lack of ownership: …") open an article's paragraphs: the text
    # is a Smart-Brevity briefing when one label at least is a common one.
    if not is_labelled_document(starts) or markdown.section_headings(text):
        return False
    # An article with headings of its own on their lines ("What happens next") and a few
    # labelled paragraphs ("Why it matters: …") is read as an article: its headings head its
    # parts, and the labels stay words of the paragraphs they open.
    return not _headed_on_own_lines(text)


def _headed_on_own_lines(text: str) -> bool:
    """Two headings or more standing on lines of their own, past the first line."""
    from .forbes import find_headings

    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), 0)
    own = [h for h in find_headings(lines, first + 1) if h.rest is None and label_at_start(lines[h.index].strip()) is None]
    return len(own) >= 2


def parse(text: str, source: str, progress: Callable[[float], None] | None = None) -> Briefing:
    """Read a Smart-Brevity briefing, written in Markdown or in plain text."""
    from . import markdown

    if markdown.has_marks(text):
        title, byline, rest = markdown.read_blocks(text)
        if title is None and rest and rest[0].kind == "paragraph" and not label_at_start(rest[0].text):
            from .forbes import reads_like_title
            from .plain_text import BYLINE, clean_byline

            # The first paragraph is the title only when it reads like a headline; the
            # Smart-Brevity lead is a sentence and stays the untitled lead section.
            following = rest[1].text if len(rest) > 1 else ""
            if reads_like_title(rest[0].text, [rest[0].text, "", following], 0):
                title = rest.pop(0).text
            if rest and rest[0].kind == "paragraph" and BYLINE.match(rest[0].text):
                byline = clean_byline(rest.pop(0).text)
        blocks = [_demote_heading(b) for b in rest]
    else:
        from .forbes import _title_and_byline
        from .plain_text import group_paragraphs

        lines = text.split("\n")
        title, byline, body_start = _title_and_byline(lines)
        if title is not None and label_at_start(title):
            # The labelled first line is the lead, not a title; a byline under it is kept
            # once, as the byline.
            first = next(i for i, line in enumerate(lines) if line.strip())
            lines = lines[first:first + 1] + lines[body_start:]
            title, body_start = None, 0
        blocks = group_paragraphs(lines[body_start:])
    builders = section_blocks(blocks)
    return Briefing(title, byline, NAME, tuple(b.build() for b in builders), source)


def _demote_heading(block: RawBlock) -> RawBlock:
    # In a Smart-Brevity document a stray heading is read as a paragraph of the lead.
    if block.kind == "heading":
        return RawBlock("paragraph", block.text, block.spans)
    return block
