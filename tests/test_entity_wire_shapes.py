"""Shapes of names measured on real news from many sites: wire copy, scraped headlines,
credits and score lines. Every sentence is written here, with new names, in the shape of an
error seen on real articles; none is taken from an article.
"""

from __future__ import annotations

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import parse_text
from conftest import entities_in, names_found as found


def test_capitals_of_a_title_case_headline_mark_no_names_unless_the_story_uses_them():
    headline = "Harbour Fees Rise Sharply In Port Talvana, Worrying Local Traders"
    text = f"{headline}\n\n{headline} Harbour fees rose sharply in Port Talvana on Monday, said Mirela Dost.\n"
    names = {e.name: e.type for e in extract_entities(parse_text(text), backend="rules")}
    assert not [n for n in names if "Fees" in n or "Traders" in n], names
    assert names.get("Port Talvana") == "place"
    assert names.get("Mirela Dost") == "person"


def test_an_acronym_in_brackets_with_a_year_is_the_event_it_follows():
    entities = entities_in("Ministers gathered for the Baltic Maritime Energy Summit (BMES 2026) in Riga. BMES drew crowds.")
    assert "BMES" not in {e.name for e in entities}
    summit = next(e for e in entities if e.name == "Baltic Maritime Energy Summit")
    assert "BMES" in summit.aliases
