"""Generated libraries of real-looking briefings, for the library's scale benchmarks.

Each briefing takes 4-7 paragraphs from the fixture briefings (many topics, written as
news), under a title, a byline and the headings of one of the formats the reader knows
(Forbes-style plain text, Markdown, Smart Brevity), and adds a paragraph naming people,
companies and places made up from syllables. A real library's vocabulary keeps growing
with new names; so does this one's. The same number always gives the same briefing.

    python benchmarks/library_corpus.py FOLDER COUNT     # write COUNT briefing files
"""

from __future__ import annotations

import random
import sys
from functools import lru_cache
from pathlib import Path

from briefing_tui.core.model import Briefing, Section

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

_ONSETS = "b br c ch d dr f g gr h j k kh l m n p pr r s sh st t tr v w z".split()
_VOWELS = "a e i o u ai ei ia io ou".split()
_CODAS = ["", "", "n", "r", "l", "s", "k", "m", "nd", "rt", "v"]
_FIRST = ("Ana Maria Li Wei Omar Sara James Nadia Kenji Priya Lars Ines Tomas Yusuf Mei Hugo Aisha "
          "Daniel Elena Rafael Chloe Amir Sofia Ivan Grace").split()
_ROLES = ["chief executive of", "a spokesperson for", "the finance director at", "an analyst at", "the founder of"]
_KINDS = ["Holdings", "Group", "Energy", "Bank", "Labs", "Logistics", "Partners", "Institute"]
_OUTLETS = ["Forbes", "Reuters", "The Ledger", "Daily Wire Service", "Harbor Times", "Metro Post"]
_FORBES_HEADINGS = ["Key Facts", "Key Background", "Contra", "Crucial Quote", "Big Number", "Tangent",
                    "What To Watch For", "What We Don't Know"]
_AXIOS_LABELS = ["Why it matters:", "Driving the news:", "The big picture:", "Between the lines:",
                 "What they're saying:", "What's next:"]
_MD_HEADINGS = ["Background", "What happened", "Reaction", "Numbers", "What comes next", "Context"]


@lru_cache(maxsize=1)
def pool() -> tuple[str, ...]:
    """Paragraphs of news-like text from the fixture briefings."""
    found: list[str] = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".txt", ".md") and path.is_file() and "hostile" not in path.parts:
            text = path.read_bytes().decode("utf-8", errors="replace")
            for line in text.split("\n"):
                line = line.strip().lstrip("#*->• ").strip()
                if len(line) > 120 and "\ufffd" not in line and "licensed" not in line:
                    found.append(line)
    return tuple(dict.fromkeys(found))


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)).capitalize()


def _names_paragraph(rng: random.Random, number: int) -> tuple[str, str]:
    person = f"{rng.choice(_FIRST)} {_word(rng, rng.randint(2, 3))}"
    company = f"{_word(rng, 2)} {rng.choice(_KINDS)}"
    place = _word(rng, rng.randint(2, 3))
    amount = rng.randint(2, 950)
    paragraph = (
        f"{person}, {rng.choice(_ROLES)} {company}, said on {rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} "
        f"that the plan would cost about ${amount} million and bring {number % 9000 + 100:,} jobs to {place}. "
        f"Officials in {place} expect a decision by {rng.choice(['March', 'June', 'September', 'December'])} {2024 + number % 3}."
    )
    return paragraph, person


def structure(number: int) -> tuple[str, str, str, list[tuple[str, str | None, str]]]:
    """(format, title, byline, sections as (label, heading, text)) of briefing `number`."""
    rng = random.Random(number * 7919 + 17)
    paragraphs = pool()
    chosen = [paragraphs[rng.randrange(len(paragraphs))] for _ in range(rng.randint(6, 10))]
    extra, person = _names_paragraph(rng, number)
    chosen.insert(rng.randint(1, len(chosen)), extra)
    title = chosen[0].split(". ")[0].rstrip(".")[:90] + f" ({_word(rng, 2)} report {number})"
    byline = f"By {person}, {rng.choice(_OUTLETS)}"
    kind = rng.choices(["forbes", "markdown", "axios"], weights=[6, 3, 2])[0]
    sections: list[tuple[str, str | None, str]] = []
    if kind == "forbes":
        sections.append(("Topline", "Topline", chosen[0]))
        headings = rng.sample(_FORBES_HEADINGS, k=min(len(_FORBES_HEADINGS), max(1, (len(chosen) - 1) // 2)))
    elif kind == "markdown":
        sections.append(("Lead", None, chosen[0]))
        headings = rng.sample(_MD_HEADINGS, k=max(1, (len(chosen) - 1) // 2))
    else:
        sections.append(("Lead", None, chosen[0]))
        headings = rng.sample(_AXIOS_LABELS, k=min(len(_AXIOS_LABELS), len(chosen) - 1))
    rest = chosen[1:]
    per = max(1, len(rest) // len(headings))
    for index, heading in enumerate(headings):
        part = rest[index * per : (index + 1) * per] if index < len(headings) - 1 else rest[index * per :]
        if part:
            sections.append((heading.rstrip(":"), heading, "\n\n".join(part)))
    return kind, title, byline, sections


def briefing_text(number: int) -> tuple[str, str]:
    """(file name, text) of briefing `number`, written in its format."""
    kind, title, byline, sections = structure(number)
    if kind == "forbes":
        lines = [title, byline]
        for _, heading, text in sections:
            lines.append(heading or "")
            lines.extend(text.split("\n\n"))
        return f"briefing-{number:06d}.txt", "\n".join(lines) + "\n"
    if kind == "markdown":
        parts = [f"# {title}", f"*{byline}*"]
        for _, heading, text in sections:
            if heading:
                parts.append(f"## {heading}")
            parts.append(text)
        return f"briefing-{number:06d}.md", "\n\n".join(parts) + "\n"
    parts = [title, byline]
    for _, heading, text in sections:
        paragraphs = text.split("\n\n")
        parts.append(f"{heading} {paragraphs[0]}" if heading else paragraphs[0])
        parts.extend(paragraphs[1:])
    return f"briefing-{number:06d}.txt", "\n\n".join(parts) + "\n"


def briefing_object(number: int) -> tuple[Briefing, str]:
    """(Briefing, source text) of briefing `number`, built without parsing (for big libraries)."""
    kind, title, byline, sections = structure(number)
    _, text = briefing_text(number)
    built = tuple(Section(label, heading, "section", body) for label, heading, body in sections)
    return Briefing(title, byline, kind, built, f"briefing-{number:06d}"), text


def write_folder(folder: Path, count: int, start: int = 0) -> int:
    """Write briefings start..start+count-1 into folder; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for number in range(start, start + count):
        name, text = briefing_text(number)
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        total += len(data)
    return total


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    written = write_folder(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"{sys.argv[2]} briefings, {written:,} bytes in {sys.argv[1]}")
