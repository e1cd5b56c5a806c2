"""Large generated briefings for benchmarks: many sections of news-like text."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.core.resources import bundled_briefing

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

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


def varied_briefing(size: int) -> str:
    """A briefing of about `size` characters with a news-sized vocabulary.

    Paragraphs come from every fixture briefing in tests/fixtures (many topics, thousands
    of distinct words), under Forbes-style headings, so search and entities face a
    realistic vocabulary rather than one story repeated.
    """
    paragraphs: list[str] = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".txt", ".md") and path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace")
            paragraphs.extend(p.strip() for p in text.split("\n") if len(p.strip()) > 80)
    parts = ["A varied briefing for benchmarks", "Topline"]
    length = 0
    number = 0
    while length < size:
        heading = _HEADINGS[number % len(_HEADINGS)]
        parts.append(heading)
        for offset in range(4):
            text = paragraphs[(number * 4 + offset) % len(paragraphs)]
            parts.append(text)
            length += len(text) + 1
        number += 1
    return "\n".join(parts) + "\n"


def real_news_briefing(size: int) -> str:
    """A Markdown briefing of about `size` characters of real news nobody here wrote.

    The Wikinews articles of the GUM sets (tests/fixtures/entities_gum_*, CC BY 2.5), one
    section per article under its own title, repeated until the size is reached.
    """
    articles = []
    for path in sorted(FIXTURES.glob("entities_gum_*/*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        articles.append(f"## {title.strip()}\n\n{body.strip()}\n")
    parts = ["# Real news for benchmarks\n"]
    length = len(parts[0])
    number = 0
    while length < size:
        article = articles[number % len(articles)]
        parts.append(article)
        length += len(article) + 1
        number += 1
    return "\n".join(parts)
