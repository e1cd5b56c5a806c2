"""Types and spans on shapes real news writes: titles, initials, possessive companies, compounds."""

from __future__ import annotations

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import parse_text


def entities_of(sentence: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities(parse_text("A headline\n\n" + sentence + "\n"))}


def test_titles_and_initials_make_people():
    found = entities_of("Superintendent Dana Whitfield shut the schools; Fire Chief Omar Reyes and A.J. Brook agreed.")
    assert found.get("Dana Whitfield") == "person" and found.get("Omar Reyes") == "person"
    assert found.get("A.J. Brook") == "person"
    assert not [name for name in found if name.startswith(("Superintendent", "Fire Chief"))]


def test_hyphenated_east_asian_given_names_are_people():
    found = entities_of("Coach Kim Pan-gon praised Son Heung-min and Kwon Chang-hoon after the match.")
    assert found.get("Son Heung-min") == "person" and found.get("Kwon Chang-hoon") == "person"


def test_a_title_of_a_ministry_runs_on_to_the_name():
    found = entities_of("Minister of Culture Elena Varga opened the museum.")
    assert found.get("Elena Varga") == "person"
    assert not [name for name in found if "Culture Elena" in name]


def test_a_name_running_into_a_person_is_split():
    found = entities_of("The Centre for Policy Studies Maria Okafor said the figures were wrong.")
    assert found.get("Maria Okafor") == "person"
    assert found.get("Centre for Policy Studies") == "organization"


def test_a_company_name_keeps_its_possessive():
    found = entities_of("Analysts at Morningstar's Research Inc. cut the rating; Apple's Tim Cook declined to comment.")
    assert found.get("Morningstar's Research Inc.") == "organization"
    assert found.get("Apple") == "organization" and found.get("Tim Cook") == "person"


def test_nationality_compounds_and_prefixes_are_groups():
    found = entities_of("Soviet archives, Korean-American donors and anti-Japanese protesters were cited.")
    assert found.get("Soviet") == "group" and found.get("Korean-American") == "group"
    assert found.get("Japanese") == "group"


def test_vague_counts_are_numbers():
    found = entities_of("Several hundred residents and a few dozen volunteers cleared the road.")
    assert found.get("Several hundred residents") == "number" and found.get("a few dozen volunteers") == "number"


def test_works_named_after_their_kind_are_others():
    found = entities_of("The film Silent Harbor and the song Paper Lanterns topped the charts.")
    assert found.get("Silent Harbor") == "other" and found.get("Paper Lanterns") == "other"


def test_two_whole_organisations_split_at_and():
    found = entities_of("Researchers at the Georgia Institute of Technology and Ohio State University of the US agreed.")
    assert found.get("Georgia Institute of Technology") == "organization"
    assert "Ohio State University" in " ".join(found)


def test_a_sentence_after_an_abbreviation_starts_a_new_name():
    found = entities_of("The delegation flew to the U.S. The President then met them. Royal Navy ships waited.")
    assert found.get("U.S.") == "place" and not [name for name in found if "President" in name]
    assert found.get("Royal Navy") == "organization"


def test_a_known_name_opening_a_sentence_keeps_its_first_word():
    found = entities_of("United Nations Children's Fund staff arrived. United States Navy divers searched the bay.")
    assert "United States Navy" in found


def test_an_organisation_then_a_person():
    found = entities_of("Housing Council Darius Whitcombe said rents would rise.")
    assert found.get("Darius Whitcombe") == "person" and found.get("Housing Council") == "organization"


def test_a_title_of_an_organisation_with_no_person_after_it():
    found = entities_of("Chairman of the National Grain Board said exports fell.")
    assert found.get("National Grain Board") == "organization"
    assert not [name for name in found if name.startswith("Chairman")]


def test_honorifics_before_common_surnames_make_people():
    found = entities_of("Mr. Baker and Ms. Cook disagreed. The General Staff met.")
    assert found.get("Baker") == "person" and found.get("Cook") == "person"
    assert found.get("General Staff") == "organization"


def test_roman_numerals_are_no_organisations():
    found = entities_of("The treaty's clause XVII was struck down, and rule XIV stays.")
    assert "XVII" not in found and "XIV" not in found


def test_vague_counts_without_a_noun_are_numbers():
    found = entities_of("Several thousand fled the fighting; a few dozen stayed behind.")
    assert found.get("Several thousand") == "number" and found.get("a few dozen") == "number"
