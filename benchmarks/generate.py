"""Large generated briefings for benchmarks: many sections of news-like text."""

from __future__ import annotations

from briefing_tui.core.resources import bundled_briefing

_HEADINGS = [
    "Key Facts", "Key Background", "Contra", "Crucial Quote", "Big Number", "Tangent",
    "What To Watch For", "What We Don't Know", "Surprising Fact",
]


def generated_briefing(size: int) -> str:
    """A Forbes-style briefing of about `size` characters, built from the bundled one.

    Sections repeat the bundled briefing's paragraphs with their numbers and names varied,
    so that text, headings and entities look like news, not like one paragraph copied.
    """
    seed = bundled_briefing().read_text(encoding="utf-8").split("\n")
    paragraphs = [line for line in seed[1:] if len(line) > 80 and "licensed" not in line]
    parts = ["A generated briefing for benchmarks", "Topline"]
    length = sum(len(p) + 1 for p in parts)
    number = 0
    while length < size:
        heading = _HEADINGS[number % len(_HEADINGS)]
        if number % 7 == 6:
            heading = f"What Security Threats Are Region {number} And The U.s. Concerned About?"
        parts.append(heading)
        for offset in range(3):
            text = paragraphs[(number + offset) % len(paragraphs)]
            parts.append(text.replace("2015", str(1900 + number % 120)).replace("54,000", f"{number:,}"))
        length += sum(len(p) + 1 for p in parts[-4:])
        number += 1
    return "\n".join(parts) + "\n"
