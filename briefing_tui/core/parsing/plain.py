"""Plain text: headings of its own shape (Title Case, ALL CAPS) or none; read by forbes.py."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Briefing

NAME = "plain"


def detect(text: str) -> bool:
    """Any text: plain is the format of last resort."""
    return True


def parse(text: str, source: str, progress: Callable[[float], None] | None = None) -> Briefing:
    from .forbes import parse_plain_text

    return parse_plain_text(text, source, NAME, progress=progress)
