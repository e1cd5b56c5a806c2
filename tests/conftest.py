"""Shared test helpers.

Every test gets its own library file: no test ever writes the user's data folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.core.resources import bundled_briefing

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def private_library(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets a library of its own (BRIEFING_LIBRARY, for it and its child
    processes): none touches the user's."""
    path = tmp_path_factory.mktemp("library") / "library.sqlite3"
    monkeypatch.setenv("BRIEFING_LIBRARY", str(path))
    return path


@pytest.fixture
def library_path(private_library) -> Path:
    """The test's own library file (BRIEFING_LIBRARY)."""
    return private_library


def seed_paragraphs() -> list[str]:
    """The bundled briefing's paragraphs, for making many different briefings."""
    lines = bundled_briefing().read_text(encoding="utf-8").split("\n")
    return [line for line in lines if len(line) > 80 and "licensed" not in line]


def write_briefings(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` different small Forbes-style briefings in folder, numbered from start."""
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = seed_paragraphs()
    paths = []
    for number in range(start, start + count):
        body = paragraphs[number % len(paragraphs)]
        text = (
            f"Briefing number {number} on the alliance\n"
            f"Topline\n{body}\n"
            f"Key Facts\nOfficials counted {number:,} ships and {number * 7 % 1000} aircraft in report {number}.\n"
        )
        path = folder / f"briefing-{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# (file, date, tags), oldest first: the library lists them newest first.
LIBRARY_FILES = [
    ("entities/business_kroger_albertsons_ruling.txt", "2026-01-12", ("work",)),
    ("entities/climate_cop30_deal.txt", "2026-02-03", ()),
    ("entities/economy_fed_rate_cut.txt", "2026-03-18", ("work",)),
    ("entities/health_measles_outbreak.txt", "2026-04-22", ()),
]


@pytest.fixture
def filled_library(library_path):
    """The library at BRIEFING_LIBRARY with the bundled briefing and four others, dated."""
    from briefing_tui.core.parsing import parse_text
    from briefing_tui.core.reading import read_source
    from briefing_tui.library import open_library

    files = [(FIXTURES / name, date, tags) for name, date, tags in LIBRARY_FILES]
    files.insert(0, (bundled_briefing(), "2025-12-01", ()))
    with open_library(library_path) as library:
        for path, date, tags in files:
            source = read_source(path)
            briefing = parse_text(source.text, source.name, source.notes, cleaned=True)
            library.add(briefing, source.text, path=str(path), tags=tags, date=date)
    return library_path
