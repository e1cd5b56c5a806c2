"""Forbes-style plain text: a title line, then headings on their own line or run in.

Also reads plain text with headings of its own (format "plain") and plain text with no
headings at all: the first short line is the title and the rest one section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Briefing, Section
from .blocks import SectionBuilder
from .headings import (
    ends_like_sentence,
    heading_shape,
    is_all_caps,
    known_heading,
    label_and_kind,
)
from .plain_text import BYLINE, clean_byline, group_paragraphs, split_footer

# An ALL-CAPS phrase opening a line, then the sentence it heads: "TOPLINE The stock ...".
_RUN_IN = re.compile(
    r"^(?P<head>[A-Z][A-Z'’&\-]*(?:\s+[A-Z][A-Z'’&\-]*){0,5})(?P<colon>:?)\s+"
    r"(?P<rest>[\"“‘'$€£(]?[A-Z0-9].*)$"
)
# A known Title Case heading run in with a colon: "Key Facts: The company ...".
_RUN_IN_COLON = re.compile(r"^(?P<head>[^:]{3,40}):\s+(?P<rest>\S.*)$")


@dataclass(frozen=True, slots=True)
class HeadingLine:
    index: int
    heading: str
    shape: str
    rest: str | None = None  # the run-in sentence after the heading, if any


def run_in_heading(line: str, allow_unknown: bool = False) -> tuple[str, str] | None:
    """Split "TOPLINE The stock market…" into ("TOPLINE", "The stock market…")."""
    text = line.strip()
    match = _RUN_IN.match(text)
    if match:
        head, rest = match["head"], match["rest"]
        if any(ch.islower() for ch in rest) and not is_all_caps(text):
            if known_heading(head):
                return head, rest
            words = head.split()
            if allow_unknown and match["colon"] and len("".join(words)) >= 3:
                return head, rest
            if allow_unknown and len(words) >= 2 and all(len(w) >= 3 for w in words):
                return head, rest
    match = _RUN_IN_COLON.match(text)
    if match and known_heading(match["head"]):
        return match["head"].strip(), match["rest"]
    return None


def find_headings(lines: list[str], start: int) -> list[HeadingLine]:
    """The heading lines of a plain-text briefing, from `start` on."""
    candidates: dict[int, HeadingLine] = {}
    has_known = False
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        shape = heading_shape(line)
        if shape:
            candidates[index] = HeadingLine(index, line.rstrip(":").strip(), shape)
            has_known = has_known or shape == "known"
            continue
        split = run_in_heading(line)
        if split:
            candidates[index] = HeadingLine(index, split[0], "known", split[1])
            has_known = True
    if has_known:
        # A document with known run-in headings may have others of its own.
        for index in range(start, len(lines)):
            if index not in candidates and lines[index].strip():
                split = run_in_heading(lines[index], allow_unknown=True)
                if split and is_all_caps(split[0]):
                    candidates[index] = HeadingLine(index, split[0], "caps", split[1])

    accepted: list[HeadingLine] = []
    ordered = sorted(candidates)
    for index in ordered:
        candidate = candidates[index]
        if candidate.shape == "known" or candidate.rest is not None:
            accepted.append(candidate)
            continue
        following = _next_text_line(lines, index + 1)
        if following is None:
            continue  # a heading heads something
        next_candidate = candidates.get(following)
        if next_candidate is not None and next_candidate.rest is None:
            continue  # two heading-like lines in a row: the first is not a heading
        previous = _previous_text_line(lines, index - 1)
        if previous is not None and previous >= start and previous + 1 == index:
            # Directly under a line that does not end a sentence: a wrapped paragraph.
            if not ends_like_sentence(lines[previous]) and not lines[previous].rstrip().endswith(
                ("?", "!", ":", "”", "\"")
            ) and previous not in candidates:
                continue
        accepted.append(candidate)
    return accepted


def _next_text_line(lines: list[str], index: int) -> int | None:
    while index < len(lines):
        if lines[index].strip():
            return index
        index += 1
    return None


def _previous_text_line(lines: list[str], index: int) -> int | None:
    while index >= 0:
        if lines[index].strip():
            return index
        index -= 1
    return None


def _title_and_byline(lines: list[str]) -> tuple[str | None, str | None, int]:
    """The title line, a "By …" line under it, and the index where the body starts."""
    first = _next_text_line(lines, 0)
    if first is None:
        return None, None, len(lines)
    title_line = lines[first].strip()
    if known_heading(title_line) or run_in_heading(title_line):
        return None, None, first
    byline = None
    body = first + 1
    after = _next_text_line(lines, body)
    if after is not None and after - first <= 2:
        match = BYLINE.match(lines[after].strip())
        if match and len(match["who"].split()) <= 14:
            byline = clean_byline(match["who"])
            body = after + 1
    return title_line, byline, body


def reads_like_title(line: str) -> bool:
    """A first line short enough, and shaped enough like a headline, to be the title."""
    words = line.split()
    if not words or len(words) > 24 or len(line) > 160:
        return False
    if line.rstrip().endswith((",", ";", ":")):
        return False
    # Two or more sentences are a paragraph, not a headline.
    return len(re.findall(r"[.!?][\"”’]?\s+[A-Z]", line)) == 0


def parse_plain_text(
    text: str, source: str, fmt: str | None = None, progress: Callable[[float], None] | None = None
) -> Briefing:
    """Read Forbes-style or plain text; fmt forces "forbes" or "plain" (else decided here)."""
    lines = text.split("\n")
    lines, footer_byline = split_footer(lines)
    title, byline, body_start = _title_and_byline(lines)
    headings = find_headings(lines, body_start)
    if fmt is None:
        fmt = "forbes" if any(h.shape == "known" for h in headings) else "plain"

    sections: list[Section] = []
    if not headings:
        if title is not None and not reads_like_title(title):
            title, body_start = None, _next_text_line(lines, 0) or 0
        elif title is not None and _next_text_line(lines, body_start) is None:
            title, body_start = None, 0  # a single line is the text, not a title
        builder = SectionBuilder(None, "Text", "body")
        for block in group_paragraphs(lines[body_start:]):
            builder.add(block)
        if not builder.empty:
            sections.append(builder.build())
        return Briefing(title, byline or footer_byline, fmt, tuple(sections), source)

    lead = group_paragraphs(lines[body_start : headings[0].index])
    if lead:
        builder = SectionBuilder(None, "Lead", "lead")
        for block in lead:
            builder.add(block)
        sections.append(builder.build())
    for position, heading in enumerate(headings):
        if progress is not None and position % 200 == 0:
            progress(0.2 + 0.8 * position / len(headings))
        end = headings[position + 1].index if position + 1 < len(headings) else len(lines)
        label, kind = label_and_kind(heading.heading, heading.shape)
        builder = SectionBuilder(heading.heading, label, kind)
        body_lines = lines[heading.index + 1 : end]
        if heading.rest is not None:
            body_lines = [heading.rest] + body_lines
        for block in group_paragraphs(body_lines):
            builder.add(block)
        sections.append(builder.build())
    return Briefing(title, byline or footer_byline, fmt, tuple(sections), source)


NAME = "forbes"


def detect(text: str) -> bool:
    """A line shaped like a known Forbes heading, alone or run in."""
    return any(heading_shape(line) == "known" or run_in_heading(line) for line in text.split("\n"))


def parse(text: str, source: str, progress: Callable[[float], None] | None = None) -> Briefing:
    # "plain" when none of the known-heading lines turns out to head a section.
    return parse_plain_text(text, source, progress=progress)
