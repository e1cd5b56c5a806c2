"""The links of a briefing: Markdown links (spans with a target) and bare URLs in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Briefing, Section

# A bare address: a scheme or "www.", then anything up to white space or a character that
# cannot stand in a URL as written in prose. Trailing punctuation is trimmed afterwards.
_BARE_URL = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"`{}|\\^]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"’”»"
_PAIRS = {")": "(", "]": "["}


@dataclass(frozen=True, slots=True)
class Link:
    """A link written at `briefing.sections[section].text[start:end]`, pointing at url."""

    section: int
    start: int
    end: int
    url: str

    def text(self, briefing: Briefing) -> str:
        return briefing.sections[self.section].text[self.start : self.end]


def _trim(url: str) -> str:
    """Drop punctuation that ends the sentence, not the URL ("(see https://x.org/a)." -> …/a)."""
    while url:
        last = url[-1]
        if last in _TRAILING:
            url = url[:-1]
        elif last in _PAIRS and url.count(last) > url.count(_PAIRS[last]):
            url = url[:-1]
        else:
            break
    return url


def openable(url: str) -> str:
    """The address a browser is given: "www.x.org" gets its scheme."""
    return "https://" + url if url.lower().startswith("www.") else url


def bare_urls(text: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of every address written out in text."""
    found = []
    for match in _BARE_URL.finditer(text):
        url = _trim(match.group())
        if len(url) > len("https://") or url.lower().startswith("www.") and len(url) > 4:
            found.append((match.start(), match.start() + len(url), url))
    return found


def section_links(section: Section, number: int = 0) -> list[Link]:
    """A section's links in reading order: Markdown links first claim their text."""
    links = [
        Link(number, span.start, span.end, span.target)
        for span in section.spans
        if span.style == "link" and span.target
    ]
    covered = [(link.start, link.end) for link in links]
    for start, end, url in bare_urls(section.text):
        if not any(start < b and a < end for a, b in covered):
            links.append(Link(number, start, end, openable(url)))
    return sorted(links, key=lambda link: (link.start, link.end))


def briefing_links(briefing: Briefing) -> list[Link]:
    """Every link of a briefing, in reading order."""
    return [link for number, section in enumerate(briefing.sections) for link in section_links(section, number)]


def shows_its_url(text: str, url: str) -> bool:
    """Whether a link's text already is its address (an autolink): no need to repeat it."""

    def bare(value: str) -> str:
        value = value.strip().lower().rstrip("/")
        for prefix in ("mailto:", "https://", "http://", "www."):
            value = value.removeprefix(prefix)
        return value

    return bare(text) == bare(url)
