"""Where the bundled briefing and the stylesheets are, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _data_dir(name: str) -> Path:
    # In a wheel the folders travel inside the package; in a checkout they sit beside it.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def seeds_dir() -> Path:
    return _data_dir("seeds")


def styles_dir() -> Path:
    return _data_dir("styles")


def bundled_briefing() -> Path:
    """The briefing shown when no path is given."""
    return seeds_dir() / "us_japan_security_agreement.txt"
