"""Recall of the gazetteer on real-news shapes: moons and small bodies, small towns.

Every sentence is written here, with names of that kind, in the shape of a miss seen on
real news; none is taken from an article.
"""

from __future__ import annotations

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import parse_text


def found(text: str) -> dict[str, str]:
    """Shown name -> type."""
    entities = extract_entities(parse_text("A headline\n\n" + text + "\n"), backend="rules")
    return {e.name: e.type for e in entities}


def test_moons_and_small_bodies_are_places_without_a_cue():
    names = found("The orbiter swung past Ganymede and Callisto before it turned towards Io.")
    assert names.get("Ganymede") == "place"
    assert names.get("Callisto") == "place"
    assert names.get("Io") == "place"
    names = found("Samples from Bennu and Ryugu show water. Ceres and Sedna stay far away.")
    assert {names.get(n) for n in ("Bennu", "Ryugu", "Ceres", "Sedna")} == {"place"}
