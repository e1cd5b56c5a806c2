"""Shapes of wrong names seen on real web pages, one fresh sentence each.

Every sentence is written here, with new names, in the shape of an error seen on pages of
real news; none is taken from a page.
"""

from __future__ import annotations

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import parse_text


def found(text: str) -> dict[str, str]:
    """Shown name -> type."""
    entities = extract_entities(parse_text("A headline\n\n" + text + "\n"), backend="rules")
    return {e.name: e.type for e in entities}


def test_an_ordinal_before_a_century_or_a_person_starts_no_organisation():
    names = found("The gallery bought a 16th Century Murillo canvas, and on the 12th Harold Fenn resigned.")
    assert not [n for n in names if n.startswith(("16th", "12th"))]
    assert names.get("Harold Fenn") == "person"
    names = found("The 9th Tobias arrived late.")
    assert not [n for n in names if n.startswith("9th")]


def test_an_ordinal_before_a_unit_still_names_it():
    names = found("The 4th Infantry Brigade and the 2nd Circuit Court were named, and the 77th Legion marched.")
    assert names.get("4th Infantry Brigade") == "organization"
    assert names.get("2nd Circuit Court") == "organization"
    assert "77th Legion" in names


def test_a_heading_glued_to_its_paragraph_does_not_double_a_name():
    names = found("Kestrel Orbis Kestrel is a message queue that many shops run.")
    assert not [n for n in names if n.count("Kestrel") > 1]
    assert "Orbis Kestrel" in names
    names = found("Corvida Corvida said the outage lasted two hours.")
    assert "Corvida Corvida" not in names and "Corvida" in names
    names = found("Mohamed Idris Mohamed said the clinic was full.")
    assert names.get("Mohamed Idris Mohamed") == "person"
