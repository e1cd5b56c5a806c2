"""Shared test helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.core.resources import bundled_briefing


@pytest.fixture(autouse=True)
def private_library(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets a library of its own: none touches the user's."""
    path = tmp_path_factory.mktemp("library") / "library.sqlite3"
    monkeypatch.setenv("BRIEFING_LIBRARY", str(path))
    return path


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
