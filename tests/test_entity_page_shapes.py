"""Shapes of wrong names seen on real web pages, one fresh sentence each.

Every sentence is written here, with new names, in the shape of an error seen on pages of
real news; none is taken from a page.
"""

from __future__ import annotations

from conftest import names_found as found




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


def test_a_length_of_minutes_or_hours_as_an_adjective_is_a_length_of_time():
    # As news gold has it (OntoNotes: TIME): "a 30-minute drive" names a length of time.
    names = found("The five-minute clip spread fast; a two-hour meeting and a 90-second film followed on Monday.")
    assert names.get("five-minute") == "date" and names.get("two-hour") == "date" and names.get("90-second") == "date"
    assert names.get("Monday") == "date"
    assert "48-hour-old" not in names


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


def test_a_headline_or_a_title_in_title_case_is_no_organisation():
    names = found("Read Why Your Garden Is Dying and Tips For Saving Water Bills, both by Nora Pell, in Leeds.")
    assert not [n for n in names if "Garden" in n or "Saving" in n or "Water" in n]
    assert names.get("Nora Pell") == "person" and names.get("Leeds") == "place"
    names = found("See Release Date Revealed Tonight Everywhere, a story by Nora Pell.")
    assert not [n for n in names if "Release" in n]


def test_a_line_in_capitals_is_no_name_but_a_credit_in_capitals_is_a_person():
    names = found("SIGN UP FOR OUR DAILY LETTER. HE SAID THAT WAS FINE. Crowds cheered in Derby (PHOTO / MARTA OLSEN).")
    assert not [n for n in names if "LETTER" in n or "SAID" in n]
    assert names.get("MARTA OLSEN") == "person"
    assert names.get("Derby") == "place"


def test_a_caption_label_glued_to_its_credit_is_left_out():
    names = found("A flooded street in Leeds. CreditCreditMarta Olsen for the Harrow Gazette. He used SourceForge.")
    assert names.get("Marta Olsen") == "person"
    assert not [n for n in names if n.startswith("Credit")]
    assert "SourceForge" in names


def test_the_figures_of_a_table_row_are_not_part_of_a_name():
    names = found("Most active: Marta Olsen 63 16.6% Tomas Berg 27 7.1% Vexacorp 8417 38.0%. Ariane 6 flew.")
    assert names.get("Marta Olsen") == "person" and names.get("Tomas Berg") == "person"
    assert not [n for n in names if n[0].isalpha() and n[-1].isdigit() and n != "Ariane 6"]
    assert "Ariane 6" in names


def test_a_month_written_short_as_sept_opens_a_date():
    names = found("Talks resume on Sept. 25 in Leeds.")
    assert names.get("Sept. 25") == "date"


def test_places_named_by_their_kind_last():
    names = found(
        "Traffic backed up on the Harlow Turnpike, near the Lower East Side and the Carrow Cemetery, "
        "while scientists visited the Vellin Ice Shelf and the Dunmore Lighthouse."
    )
    for name in ("Harlow Turnpike", "Lower East Side", "Carrow Cemetery", "Vellin Ice Shelf", "Dunmore Lighthouse"):
        assert names.get(name) == "place", name


def test_a_picture_agency_is_an_organisation():
    names = found("The photo was sold by Vexa Images, and Vexa Images said it was real.")
    assert names.get("Vexa Images") == "organization"


def test_a_company_after_shares_in_it_is_no_place_and_its_ticker_no_name():
    names = found("Investors bought shares in Vexacorp (VXC.N) on Monday, and Harlow Group (NYSE: HRW) sold a stake in Belmora.")
    assert names.get("Vexacorp") == "organization"
    assert names.get("Belmora") == "organization"
    assert not {"VXC", "HRW", "N"} & set(names)
    names = found("The stock trades in Leeds under the ticker VXQ and the symbol HRWQ.")
    assert not {"VXQ", "HRWQ"} & set(names)


def test_a_craft_named_before_its_kind_is_one_other_name():
    names = found("The Orion Starliner capsule docked, and the Vega Juno orbiter followed.")
    assert names.get("Orion Starliner") == "other"
    assert names.get("Vega Juno") == "other"


def test_a_brand_and_a_word_guessed_a_person_name_its_product_or_its_branch():
    names = found(
        "The software firm Vexacorp said on Monday that Vexacorp Lumen, its browser, would close, "
        "and that the staff of Vexacorp Europe would move."
    )
    assert names.get("Vexacorp") == "organization"
    assert names.get("Vexacorp Lumen") == "other"
    assert names.get("Vexacorp Europe") == "organization"


def test_a_word_after_members_or_leaders_of_it_is_an_organisation():
    names = found("He was a member of Orvanism all his life, and leaders of Orvanism denied it in Leeds.")
    assert names.get("Orvanism") == "organization"
    assert names.get("Leeds") == "place"


def test_a_party_named_by_its_own_word_mid_sentence_is_an_organisation():
    names = found("In Perth, Labor won the seat and Likud lost one, but Labor shifted.")
    assert names.get("Labor") == "organization"
    assert names.get("Likud") == "organization"
    assert found("Labor shifted from farming to mining.").get("Labor") is None


def test_a_project_a_region_after_a_direction_and_a_page_number():
    names = found("Project Halvard said West Dorvale police found the boat (Page A22), and Upper Kettlebeck flooded.")
    assert names.get("Project Halvard") == "organization"
    assert names.get("West Dorvale") == "place"
    assert names.get("Upper Kettlebeck") == "place"
    assert not [n for n in names if "A22" in n]


def test_a_family_name_with_a_capital_inside_stays_a_person():
    names = found("The boat was sold by Rolfe McCartney and Tavish MacLeod in Leeds.")
    assert names.get("Rolfe McCartney") == "person"
    assert names.get("Tavish MacLeod") == "person"


def test_a_wire_byline_names_the_agency_and_the_writer():
    names = found("The launch slipped, AP Aerospace Writer Marta Olsen reported from Leeds.")
    assert names.get("Marta Olsen") == "person"
    assert "Associated Press" in names or "AP" in names
    assert not [n for n in names if "Aerospace" in n]


def test_a_company_suffix_after_a_comma_stays_in_the_name():
    names = found("Copyright 2024 Harlow News Network, LLC. Vexa Holdings, Inc. and Halvo, Ltd. rose in Leeds.")
    assert names.get("Harlow News Network, LLC") == "organization"
    assert names.get("Vexa Holdings, Inc.") == "organization"
    assert names.get("Halvo, Ltd.") == "organization"
    assert "LLC" not in names


def test_the_word_before_of_or_for_says_what_a_name_is():
    names = found(
        "The Dorvale Administration for Market Regulation cited the Treaty of Kettlebeck "
        "and the Charter of Halvard Rights."
    )
    assert names.get("Dorvale Administration for Market Regulation") == "organization"
    assert names.get("Treaty of Kettlebeck") == "other"
    assert names.get("Charter of Halvard Rights") == "other"


def test_a_dutch_particle_stays_inside_a_name():
    names = found("Coach Pieter ten Brink said Jan ter Horst would start.")
    assert names.get("Pieter ten Brink") == "person"
    assert names.get("Jan ter Horst") == "person"


def test_a_wire_dateline_and_a_quarter_are_dates_and_an_exchange_letter_no_name():
    names = found("LEEDS, Oct 3 (Reuters) - Vexacorp (VXC.O) shares jumped 5% in Q2, and on Sept 14, 2024 Mar Hicks spoke.")
    assert names.get("Oct 3") == "date"
    assert names.get("Q2") == "date"
    assert names.get("Sept 14, 2024") == "date"
    assert names.get("Mar Hicks") == "person"
    assert "O" not in names and "VXC" not in names


def test_a_garden_is_a_place_and_a_line_in_capitals_is_no_name():
    names = found("Marta Olsen spoke in the Rose Garden. CLICK HERE TO GET THE HARLOW NEWS APP. The BANK OF LEEDS agreed.")
    assert names.get("Rose Garden") == "place"
    assert not [n for n in names if "CLICK" in n or "HERE" in n or "APP" in n]
    assert names.get("BANK OF LEEDS") == "organization"


def test_an_edition_in_roman_numerals_is_another_name_but_a_monarch_a_person():
    names = found("Fans watched Dorvale Bowl LVII in Leeds, where King Henry VIII once stayed.")
    assert names.get("Dorvale Bowl LVII") == "other"
    assert names.get("Henry VIII") == "person"


def test_investors_last_make_a_firm():
    names = found("Data from Farside Investors showed inflows in Leeds.")
    assert names.get("Farside Investors") == "organization"


def test_a_possessive_inside_a_name_of_a_place_a_body_or_a_day_stays_in_it():
    names = found("He studied at Queen's College Dorvale, was treated at St Bride's Hospital and marked St Halvard's Day in Leeds.")
    assert names.get("Queen's College Dorvale") == "organization"
    assert names.get("St Bride's Hospital") == "place"
    assert names.get("St Halvard's Day") == "other"
    names = found("Russia's Wagner Group agreed.")
    assert names.get("Russia") == "place" and names.get("Wagner Group") == "organization"


def test_a_day_named_with_a_possessive_is_one_other_name():
    names = found("Sales rose before Mother’s Day and Father's Day in Leeds.")
    assert names.get("Mother’s Day") == "other"
    assert names.get("Father's Day") == "other"
    assert "Day" not in names
