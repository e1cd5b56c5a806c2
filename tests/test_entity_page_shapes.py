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


def test_a_job_title_alone_is_no_person_and_before_a_name_is_left_out():
    names = found("A Principal Staff Engineer at the firm said the rule was vague.")
    assert "Principal Staff Engineer" not in names
    names = found("Senior Policy Technologist Marta Olsen said the patch was late.")
    assert names.get("Marta Olsen") == "person"
    assert not [n for n in names if "Technologist" in n]


def test_an_organisation_named_by_a_list_of_fields_stays_whole():
    names = found("The ACLU Speech, Privacy, and Technology Project filed a brief, and the Centre for Law, Media and Society agreed.")
    assert names.get("ACLU Speech, Privacy, and Technology Project") == "organization"
    assert "Technology Project" not in names and "ACLU Speech" not in names
    assert names.get("Centre for Law, Media and Society") == "organization"
    names = found("He toured Paris, Lyon, and Nice Harbour and met Law, Media and Finance students.")
    assert names.get("Paris") == "place" and names.get("Lyon") == "place"


def test_a_browser_or_an_app_is_a_product_not_a_place_or_a_person():
    names = found("Users of Onyx Browser were warned, and the Palisade App was pulled from stores in Denver.")
    assert names.get("Onyx Browser") == "other"
    assert names.get("Palisade App") == "other"


def test_a_length_of_minutes_or_hours_as_an_adjective_is_no_date():
    names = found("The five-minute clip spread fast; a two-hour meeting and a 90-second film followed on Monday.")
    assert not {"five-minute", "two-hour", "90-second"} & set(names)
    assert names.get("Monday") == "date"


def test_facilities_are_places():
    names = found(
        "Flights from Harwell Airport were delayed, fans waited at Carrow Stadium and near Bexley Hospital, "
        "and crowds filled the Halden Building and the Marrow Bridge."
    )
    for name in ("Harwell Airport", "Carrow Stadium", "Bexley Hospital", "Halden Building", "Marrow Bridge"):
        assert names.get(name) == "place", name


def test_a_wiki_is_a_website_not_a_person():
    names = found("Editors of the Starfarer Wiki disagreed, and Orbis Wiki closed.")
    assert names.get("Starfarer Wiki") == "other"
    assert names.get("Orbis Wiki") == "other"


def test_a_party_named_alone_is_an_organisation():
    names = found("Labour won the seat from the Tories, and Labour members cheered in Leeds.")
    assert names.get("Labour") == "organization"
