"""Headings that carry their own number: the parsers find them, the reader does not
number them twice. Apart from the parsers, so that the reader's first frame needs none
of them."""

from __future__ import annotations

import re

# "1. Start small", "2) Pack light", "3.) Go by train", "4.Ann Lee" (no space), "2.1. Methods", "3 Results",
# "(5) Ask early" (the number in brackets): a number opening a heading.
NUMBERED = re.compile(
    r"^(?P<open>\()?(?P<number>\d{1,2}(?:\.\d{1,2})*)(?(open)\)\s+|(?:\.?\)\s+|\.\s+|\.?\s+(?=[A-Z])|\.(?=[A-Z][a-z])))(?P<rest>\S.*)$"
)

# "#1 The sun sets in the sea.", "#12: Sleep on it": a listicle's entry numbered with a hash.
HASH_NUMBERED = re.compile(r"^#\s?(?P<number>\d{1,2})[.):]?\s+(?P<rest>\S.*)$")


# "1 - Liverpool", "2: Arsenal", "3/ Chelsea", "No. 4: Spurs": a number and a mark between it
# and a heading that opens with a capital ("10:45 AM", "1/2 cup", "9/11" are none).
MARKED_NUMBERED = re.compile(
    r"^(?:No\.?\s*)?(?P<number>\d{1,2})(?:\s*[:/]|\s+[-–—])\s+(?P<rest>[\"“‘']?[A-Z].*)$"
)


def number_of(heading: str) -> re.Match[str] | None:
    """The number opening a heading, written "1. …", "#1 …" or "1 - …"."""
    return NUMBERED.match(heading) or HASH_NUMBERED.match(heading) or MARKED_NUMBERED.match(heading)


def without_own_number(heading: str, label: str) -> str:
    """The heading without the number it opens with ("1. Start small" -> "Start small"),
    where its label goes without it too: shown beside the section's own number, a heading
    is not numbered twice. A label that keeps the number ("10 Downing Street") keeps it here."""
    match = number_of(heading)
    if match is None or label[:1].isdigit():
        return heading
    return match.group("rest")


def shown_number(heading: str | None, label: str, index: int) -> str:
    """The number the outline shows beside a section's label: the heading's own, as written
    ("10.", "2)", "#3"), where the heading carries one and the label leaves it out (as the
    reading pane shows that heading, without a number of its own); else the section's place
    in the briefing (index 0-based: "1" for the first). An unnumbered lead before numbered
    headings thus leaves "10. Sleep on it" beside the pane's "10. Sleep on it", not "11"."""
    match = number_of(heading or label)
    if match is None or label[:1].isdigit():
        return str(index + 1)
    return (heading or label)[: match.start("rest")].strip()
