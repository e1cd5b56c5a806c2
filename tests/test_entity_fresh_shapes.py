"""More shapes of errors seen on real news, one fresh sentence each.

Every sentence is written here, with new names, in the shape of an error measured on real
articles; none is taken from an article.
"""

from __future__ import annotations

import pytest

from conftest import entities_in, names_found as found

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import parse_text


def test_money_with_a_country_before_its_sign_is_one_amount_and_no_place():
    names = found("Orlan stock fell almost US$42 to US$17.25, while Kestra paid HK$900 million and NZ$ 12 a share.")
    assert names.get("US$42") == "number" and names.get("US$17.25") == "number"
    assert names.get("HK$900 million") == "number" and names.get("NZ$ 12") == "number"
    assert not [n for n, kind in names.items() if kind in ("place", "organization") and n in ("United States", "US", "HK", "Hong Kong", "NZ")]


def test_a_page_time_to_the_second_is_one_date_and_a_race_time_a_number():
    names = found("Agence Nordique May 3, 2021 10:15:22 IST\n\nShe ran 2:03:59 in Berlin.")
    assert names.get("10:15:22 IST") == "date"
    assert names.get("2:03:59") == "number"
    assert not {"10", "15:22 IST", "03:59", "2"} & set(names)


def test_a_whole_number_and_a_fraction_is_one_number():
    names = found("Kestra shares fell as low as 22-1/2 before closing down 3-3/4 at 24.")
    assert names.get("22-1/2") == "number" and names.get("3-3/4") == "number"
    assert not {"22-1", "3-3", "2", "4"} & set(names)


def test_a_range_in_words_is_one_number():
    names = found("Forecasters warned of waves of four to six feet along the Verrin coast.")
    assert names.get("four to six feet") == "number"
    assert "six feet" not in names


def test_a_quake_magnitude_and_a_local_time_also_go_by_their_bare_figure():
    entities = {e.name: e.aliases for e in entities_in("A 5.8 magnitude quake struck at 9 a.m. local time.")}
    assert "5.8" in entities["5.8 magnitude"]
    assert "9 a.m." in entities["9 a.m. local time"]


def test_a_page_stamp_and_its_label_are_no_names():
    names = found("2019-05-02 09:41 Last Updated At:11:02\n\nFloods closed the Verrin bridge on Monday.")
    assert names.get("2019-05-02 09:41") == "date"
    assert not [n for n in names if "Updated" in n]
    assert "09:41" not in names and "2019-05-02" not in names


def test_a_firm_named_after_its_founder_with_and_sons_is_an_organisation():
    names = found("Orlan blamed its printer, T.J. Hallam & Sons, and the bank Pike & Co. for the leak.")
    assert names.get("T.J. Hallam & Sons") == "organization"
    assert names.get("Pike & Co.") == "organization"


def test_a_place_named_after_its_town_then_the_town_are_two_places():
    names = found("The band plays the Dunmore Arena in Dunmore on May 2.")
    assert names.get("Dunmore Arena") == "place" and names.get("Dunmore") == "place"


def test_a_street_named_after_a_known_town_is_the_street():
    names = found("Ruth Ames appeared in court after a fire on Harlow Drive, near the Luton Ground.")
    assert names.get("Harlow Drive") == "place" and names.get("Luton Ground") == "place"
    assert "Harlow" not in names and "Luton" not in names
    assert names.get("Ruth Ames") == "person"


def test_a_sports_role_or_an_award_before_a_name_stays_off_it():
    names = found("Skipper Ravi Menon hit 90. Player of the Match Tariq Zaman took five wickets.")
    assert names.get("Ravi Menon") == "person" and names.get("Tariq Zaman") == "person"
    assert not [n for n in names if n.startswith(("Skipper", "Match"))]


def test_a_town_named_as_a_side_is_a_club():
    names = found("Championship club Wigan sacked their coach after a 3-1 defeat at fellow strugglers Luton.")
    assert names.get("Wigan") == "organization" and names.get("Luton") == "organization"
    names = found("League One club Wigan announced on Friday they had sacked their coach.")
    assert names.get("Wigan") == "organization"


def test_a_family_name_that_is_a_town_is_the_person_named_in_full():
    entities = {e.name: (e.type, e.aliases) for e in entities_in(
        "Kevin Cardiff, 41, appeared in court on Monday. Police arrested Cardiff at his home. "
        "One of Cardiff's neighbours said he grew up in Cardiff."
    )}
    assert entities["Kevin Cardiff"] == ("person", ("Cardiff",))
    assert entities["Cardiff"][0] == "place"  # "grew up in Cardiff": the town stays


def test_a_known_place_before_its_kind_in_lower_case_also_goes_by_both():
    entities = {e.name: (e.type, e.aliases) for e in entities_in("Floods hit Hubei province and a dam in Yunnan.")}
    assert entities["Hubei"] == ("place", ("Hubei province",))


def test_a_date_in_figures_and_slashes_is_one_date_and_a_half_one_number():
    names = found("Posted on 04/07/2021 at 10:32. Rain of 1/2 inch fell on 2021/4/8.")
    assert names.get("04/07/2021") == "date" and names.get("2021/4/8") == "date"
    assert names.get("1/2") == "number"
    assert not {"04", "07", "2021", "1", "2", "4"} & set(names)


def test_a_page_caption_label_and_a_file_photo_label_stay_off_names():
    names = found(
        "Image copyright Corbis Images Image caption Lena Hoyt spoke in Lima.\n\n"
        "A man walks past the bank in Lima. REUTERS/Lena Hoyt/File Photo"
    )
    assert names.get("Lena Hoyt") == "person"
    assert not [n for n in names if n.endswith("Image") or "File Photo" in n or "Photo" == n]


def test_a_time_with_a_full_stop_and_its_zone_or_half_of_the_day_is_a_date():
    names = found("Last modified on Wed 6 Mar 2019 10.32 GMT. The ferry left at 9.15am; shares rose 10.32 points.")
    assert names.get("10.32 GMT") == "date" and names.get("9.15am") == "date"
    assert names.get("10.32 points") == "number"


def test_a_fiscal_year_is_a_date_and_a_height_one_number():
    names = found("Sales fell in FY2022 and FY23, and the 6-foot-4 forward scored 28 points.")
    assert names.get("FY2022") == "date" and names.get("FY23") == "date"
    assert names.get("6-foot-4") == "number"
    assert not [n for n in names if n.startswith("4 ")]


def test_an_acronym_before_someone_s_job_is_their_organisation_and_no_person_after_said():
    names = found("KVX analyst Dora Lenz said PC sales fell, and BRQ economist Omar Haddad agreed.")
    assert names.get("KVX") == "organization" and names.get("BRQ") == "organization"
    assert names.get("Dora Lenz") == "person" and "PC" not in names


def test_a_town_nobody_lists_before_based_or_born_is_a_place():
    names = found("The Quennick-based chipmaker hired a Brellow-born engineer.")
    assert names.get("Quennick") == "place" and names.get("Brellow") == "place"


def test_a_quoted_title_opened_by_its_article_is_one_work_with_the_article():
    names = found(
        "The jury met in Lisbon on Friday to decide the prizes. The acting prize went to Lena Marsh for "
        '"The Eyes of Dora Quill" and to Omar Haddad for "A Quiet Harbour Story", the jury said.'
    )
    assert names.get("The Eyes of Dora Quill") == "other"
    assert names.get("A Quiet Harbour Story") == "other"
    assert not [n for n, kind in names.items() if "Eyes" in n and kind != "other"]


def test_an_age_after_a_word_for_someone_between_commas_is_no_number():
    names = found("A fire hit the flat; her son, 7, and the driver, 58, were treated, the police said.")
    assert not {"7", "58"} & set(names)


def test_a_time_and_the_day_it_falls_on_are_one_date():
    names = found("The storm should reach Drayvik at 11:00 a.m. Tuesday and clear by 6 p.m. Friday.")
    assert names.get("11:00 a.m. Tuesday") == "date" and names.get("6 p.m. Friday") == "date"
    assert not {"11:00 a.m.", "Tuesday", "6 p.m.", "Friday"} & set(names)


def test_a_test_match_and_a_slam_named_after_a_town_or_a_player_are_events():
    names = found("Orlen Vask made a century in the Hobart Test, then chased a Vask Slam at Melbourne Park.")
    assert names.get("Hobart Test") == "other" and names.get("Vask Slam") == "other"


def test_a_firm_s_last_word_outweighs_a_place_s_first():
    names = found("Kim Ardley, an analyst at Fort Larch Capital Group, said the shares were cheap.")
    assert names.get("Fort Larch Capital Group") == "organization"


def test_a_fiscal_quarter_and_a_month_with_its_year_are_one_date_each():
    names = found(
        "Velmar reported fiscal second quarter sales on Friday. The plant opened in April, 2025, "
        "and talks began in March last year."
    )
    assert names.get("fiscal second quarter") == "date"
    assert names.get("April, 2025") == "date" and names.get("March last year") == "date"
    assert not {"second quarter", "April", "2025", "March"} & set(names)


def test_the_number_of_a_law_s_section_or_article_is_no_quantity():
    names = found("He was charged under section 307.5(1) of the Criminal Code and Article 12 of the treaty.")
    assert not {"307.5", "307.5(1)", "12", "1"} & set(names)


def test_a_time_written_close_or_in_capitals_is_a_date():
    names = found("Officers stopped the van about 6pm and again at 7 AM the next day.")
    assert names.get("6pm") == "date" and names.get("7 AM") == "date"
    assert "7" not in names


def test_a_speed_in_kilometres_an_hour_is_one_number():
    names = found("The storm packed winds of 185 km/h and gusts of up to 230 km/h near Velora.")
    assert names.get("185 km/h") == "number" and "185 km" not in names


def test_a_plural_word_opening_the_sentence_stays_off_the_firm_after_of():
    names = found("ORVELL (AP) — Shares of Harlow Bread Co. rose on Monday after its results.")
    assert names.get("Harlow Bread Co.") == "organization"
    assert not [n for n in names if n.startswith("Shares")]


def test_an_irish_prime_minister_s_title_stays_off_his_name():
    names = found("The Taoiseach Liam Dorran and his cabinet met in Galway.")
    assert names.get("Liam Dorran") == "person" and "Taoiseach Liam Dorran" not in names


def test_a_season_and_its_year_and_a_season_of_sport_are_dates():
    names = found("The tour resumes in spring 2027 and ends in the summer of 2028. It is a tougher test this season than last season.")
    assert names.get("spring 2027") == "date" and names.get("the summer of 2028") == "date"
    assert names.get("this season") == "date" and names.get("last season") == "date"
    assert not {"2027", "2028", "spring"} & set(names)


def test_an_hour_and_minutes_are_one_length_of_time():
    names = found("Orla Brenn won the final in an hour and 57 minutes at Velora Park.")
    assert names.get("an hour and 57 minutes") == "date" and "57 minutes" not in names


def test_a_top_ranking_is_no_number():
    names = found("Kessa Moor is sure of a top-10 spot when the rankings come out on Monday.")
    assert not [n for n in names if "10" in n]


def test_a_figure_with_thousands_after_a_name_and_a_comma_is_no_age():
    names = found("As of September, 2,703 patients had waited a year, and by Monday, 1,250 more.")
    assert names.get("2,703 patients") == "number"


def test_where_an_analyst_works_is_an_organisation():
    names = found("Lynne Corrie, an analyst at Sterrow Agate, called the results strong.")
    assert names.get("Sterrow Agate") == "organization" and names.get("Lynne Corrie") == "person"


def test_an_honorific_and_its_possessive_stay_off_the_name():
    names = found("The centre was opened by His Highness Sheikh Tamim bin Hamad on Friday.")
    assert names.get("Tamim bin Hamad") == "person"


def test_a_title_after_a_place_names_the_place_and_nobody_else():
    names = found("It was opened by Sheikh Rashid Al Kelmar, U.A.E. Vice President and Ruler of Dubai, on Monday.")
    assert names.get("U.A.E.") == "place" and names.get("Dubai") == "place"
    assert not [n for n in names if "Vice President" in n or "Ruler" in n]


def test_a_police_title_of_several_words_before_a_state_names_the_state():
    names = found("The Commissioner of Police Ondo State, Kayode Arobo, sent more men on Sunday.")
    assert names.get("Ondo State") == "place" and names.get("Kayode Arobo") == "person"
    assert not [n for n in names if n.startswith("Police")]


def test_a_country_before_its_player_s_name_is_no_side():
    names = found("Orla Brenn won after a 6-4 6-2 victory over Britain’s Kessa Moor in the final.")
    assert names.get("Britain") == "place" and names.get("Kessa Moor") == "person"


def test_two_people_before_an_event_stay_two_people_and_the_event_one():
    names = found("Orlen Vask beat Justin Tamm and Rory Kell in the Velora Open Golf Championship on Sunday.")
    assert names.get("Justin Tamm") == "person" and names.get("Rory Kell") == "person"
    assert names.get("Velora Open Golf Championship") == "other"


def test_malay_place_words_and_honorifics():
    names = found(
        "The fire broke out at a house in Taman Seri Kelmar near Dataran Velora, said "
        "Datuk Seri Harun Kassim. Tan Sri Razak Baba agreed."
    )
    assert names.get("Taman Seri Kelmar") == "place" and names.get("Dataran Velora") == "place"
    assert names.get("Harun Kassim") == "person" and names.get("Razak Baba") == "person"
    assert not [n for n in names if n.startswith(("Datuk", "Tan Sri"))]


def test_a_south_asian_market_or_hall_is_a_place():
    names = found("Police arrested two men at Karwan Velora Bazar and outside Shilpa Bhaban on Friday.")
    assert names.get("Karwan Velora Bazar") == "place" and names.get("Shilpa Bhaban") == "place"


def test_gulf_and_asian_currency_codes_with_their_amounts_are_one_number():
    names = found("The fund gave AED 1 billion and SAR 50 million, and MYR 20 million more went to schools.")
    for amount in ("AED 1 billion", "SAR 50 million", "MYR 20 million"):
        assert names.get(amount) == "number", amount
    assert not [n for n, kind in names.items() if kind == "other"]


def test_a_police_unit_a_daily_paper_and_the_street_it_is_on():
    names = found("The Counter Terrorism Unit met outside the Daily Star on Kelmar Nazrul Avenue on Friday.")
    assert names.get("Counter Terrorism Unit") == "organization"
    assert names.get("Daily Star") == "organization"
    assert names.get("Kelmar Nazrul Avenue") == "place"


def test_a_league_s_finals_and_a_cup_final_are_events():
    names = found("Velmar reached the NBA Finals and Harford won the FA Cup Final at Wembley.")
    assert names.get("NBA Finals") == "other" and names.get("FA Cup Final") == "other"


def test_councillors_and_police_ranks_written_short_stay_off_the_names():
    names = found(
        "Councillor Eddie Harte backed the plan, and Cllr Ciara Bron and Cllrs Declan Mee and Joy Bart agreed. "
        "DSP Bala Elkan said so, and Lord Mayor of Kelmar Cllr. Mick Fenn and Det. Supt. Ann Lorre agreed."
    )
    for person in ("Eddie Harte", "Ciara Bron", "Declan Mee", "Joy Bart", "Bala Elkan", "Mick Fenn", "Ann Lorre"):
        assert names.get(person) == "person", person
    assert not [n for n in names if n.startswith(("Councillor", "Cllr", "DSP", "Mayor", "Supt", "Det"))]


def test_a_place_on_the_coast_a_stage_and_a_saint_s_town():
    names = found("Rain fell at Kelmar Flats on the Sunshine Coast, and the band played the Pyramid Stage and then St Paul.")
    assert names.get("Sunshine Coast") == "place"
    assert not [n for n in names if " on the " in n]
    assert names.get("St Paul") == "place"
    assert names.get("Pyramid Stage") in ("place", "organization")


def test_an_age_in_words_is_no_date_and_a_season_of_two_years_is_one():
    names = found("A four-year-old boy and a seven-month-old girl watched the 2022/2023 season end in Kelmar.")
    assert not [n for n in names if "year" in n or "month" in n]
    assert "2022/2023" in " ".join(names) and "2022" not in names and "2023" not in names


def test_local_money_written_with_its_letters_is_one_amount_and_no_name():
    names = found(
        "Kestra Bank earned RM412.5mil in the half, against RM380.2mil, on revenue of RM2.1bil and "
        "assets of RM98.6 billion. A trader was charged with stealing Sh45 million and Ksh2.3 million, "
        "and KSh150,000 was recovered. The utility needs R75 million, and the state spent ₦3.5bn."
    )
    for amount in ("RM412.5mil", "RM380.2mil", "RM2.1bil", "RM98.6 billion", "Sh45 million", "Ksh2.3 million",
                   "KSh150,000", "R75 million", "₦3.5bn"):
        assert names.get(amount) == "number", amount
    assert not {"RM412", "RM2", "RM98", "Ksh2", "R75"} & set(names)


def test_a_road_named_by_a_letter_and_a_figure_stays_a_name():
    names = found("Traffic on the N4 was stopped near Verrin after a crash.")
    assert "N4" in names and names["N4"] != "number"


def test_a_percent_range_with_both_signs_is_one_number():
    names = found("Kestra expects its loans to grow between 4% and 7% next year, from 3.5% to 4.1% now.")
    entities = {e.name: e.aliases for e in entities_in("Kestra expects its loans to grow between 4% and 7% next year.")}
    assert any("between 4% and 7%" in (name, *aliases) for name, aliases in entities.items())
    assert names.get("3.5%") == "number" and names.get("4.1%") == "number"  # a change, no range


def test_a_count_of_people_leaves_their_nationality_a_group():
    names = found("Monday, May 6, 2024 – Two Ghanaians were charged in Verrin, and 4 million Chinese tourists came.")
    assert names.get("Ghanaians") == "group"
    assert "Two Ghanaians" not in names
    assert names.get("4 million Chinese tourists") == "number"


def test_a_part_of_a_day_and_a_fiscal_year_are_dates():
    names = found("Kestra said yesterday morning that its budget for fiscal year 2026 and financial year 2027 would rise.")
    assert names.get("yesterday morning") == "date"
    assert names.get("fiscal year 2026") == "date" and names.get("financial year 2027") == "date"
    assert "2026" not in names


def test_millimetres_and_a_scale_glued_to_its_figure_are_one_number():
    names = found("Verrin had 42mm of rain, and the probe flew 2.4million kilometres.")
    assert names.get("42mm") == "number"
    assert names.get("2.4million kilometres") == "number"
    assert not {"2", "4million"} & set(names)


def test_a_hotel_after_a_known_place_is_the_place():
    names = found("The men wanted to buy the Lisbon Hotel from the family.")
    assert names.get("Lisbon Hotel") == "place"
    assert "Lisbon" not in names


def test_cctv_is_a_camera_not_a_body():
    names = found("Police in Verrin want to see any CCTV footage of the street.")
    assert "CCTV" not in names
    names = found("Anyone with CCTV, dashcam or phone footage should call. The fight was captured on CCTV and shown in court.")
    assert "CCTV" not in names


def test_a_city_or_a_people_before_a_family_name_opens_a_person():
    names = found(
        "The panel of Jaya Mehta, Amol Deshkar and Irene Volpi chose the film, while the fly-half "
        "Dane Okonkwo sat out. Malaysia Tourism backed the event."
    )
    assert names.get("Amol Deshkar") == "person" and names.get("Dane Okonkwo") == "person"
    assert "Malaysia Tourism" not in names or names["Malaysia Tourism"] != "person"


def test_the_broadcaster_with_the_letters_of_a_camera_stays_a_body():
    names = found("State broadcaster CCTV reported that the bridge at Verrin had fallen.")
    assert names.get("CCTV") == "organization"


def test_a_part_of_a_year_named_with_its_year_is_one_date():
    names = found("Kestra's profit for the first nine months of 2021 rose, and will in the final quarter of this year.")
    assert names.get("the first nine months of 2021") == "date"
    assert names.get("the final quarter of this year") == "date"
    assert "2021" not in names


def test_a_gap_in_seconds_written_short_is_one_number():
    names = found("Lind took pole by 0.318s from Ruiz, with Okafor .2s further back.")
    assert names.get("0.318s") == "number" and names.get(".2s") == "number"
    assert "0" not in names


def test_a_team_named_by_a_plural_after_the_is_an_organisation():
    names = found("Okafor scored 30 points as the Harriers beat the Comets 98-91, and the Governors watched.")
    assert names.get("Harriers") == "organization" and names.get("Comets") == "organization"
    assert "Governors" not in names or names["Governors"] != "organization"


def test_a_title_before_a_family_name_that_is_a_common_word_is_the_person_named_in_full():
    names = found("Mayor William Bell lost the vote on Monday. Later Mayor Bell continued to argue. The General Staff met.")
    assert names.get("William Bell") == "person"
    assert "Mayor Bell" not in names
    assert names.get("General Staff") == "organization"


def test_lengths_ranges_percents_and_bearings_in_other_spellings():
    names = found(
        "Vela won in three hours, 12 minutes in March of last year. Waves of seven to 10 feet hit Kell, "
        "and sales rose six per cent, or 85pc of the target. The probe sees from 40 degrees north."
    )
    assert names.get("three hours, 12 minutes") == "date"
    assert names.get("March of last year") == "date"
    assert names.get("seven to 10 feet") == "number"
    assert names.get("six per cent") == "number" and names.get("85pc") == "number"
    assert names.get("40 degrees north") == "number"


def test_what_befell_a_place_stays_off_its_name():
    names = found("A storm battered Ebola-ravaged Guinea and Quake-hit Turkey on Sunday.")
    assert names.get("Guinea") == "place" and names.get("Turkey") == "place"
    assert not [n for n in names if "-" in n]


def test_an_airline_named_by_air_and_a_country_and_initials_before_a_family_name():
    names = found("Flights on Air Canada resume, the relief commissioner PK Mohapatra said, and TJ Okonkwo agreed.")
    assert names.get("Air Canada") == "organization"
    assert names.get("PK Mohapatra") == "person" and names.get("TJ Okonkwo") == "person"


def test_in_a_match_report_towns_against_a_side_or_before_its_manager_are_teams():
    text = (
        "Harbour City drew 1-1 in the league against newly promoted Kettering at home. After defeats to "
        "Stockport and Barnsley, the Kettering manager Ann Lee was pleased. A 2-2 draw at the Barnsley Ground followed."
    )
    names = found(text)
    assert names.get("Kettering") == "organization"
    assert names.get("Stockport") == "organization" and names.get("Barnsley") == "organization"
    assert names.get("Barnsley Ground") != "organization"


def test_outside_a_match_report_against_a_country_is_no_team():
    names = found("Ministers agreed new sanctions against Russia on Monday, and the Kremlin's reply was swift.")
    assert names.get("Russia") == "place"


def test_a_span_of_dates_and_a_pair_sharing_its_month_are_one_date():
    names = found(
        "The raids ran from 3 March to 9 October 2021, on 4 and 12 June, and from May 2 to June 6, 2020. "
        "Hearings are on November 14th and 21st, and on August 3 and September 9."
    )
    for span in ("3 March to 9 October 2021", "4 and 12 June", "May 2 to June 6, 2020", "November 14th and 21st"):
        assert names.get(span) == "date", span
    assert names.get("August 3") == "date" and names.get("September 9") == "date"


def test_letters_of_an_office_after_a_name_stay_off_it_and_an_inquiry_is_an_event():
    names = found("The report by Alan Reyes QC came out. Later Jane Okoro MLA spoke, and the Harwell Inquiry closed.")
    assert names.get("Alan Reyes") == "person" and names.get("Jane Okoro") == "person"
    assert names.get("Harwell Inquiry") == "other"


def test_quarters_by_their_months_a_business_year_and_midnight_tonight_are_dates():
    names = found(
        "Kestra's profit for the July-September quarter rose, as in the year to March 2025. "
        "The offer ends at midnight tonight, after almost eight months of talks."
    )
    assert names.get("July-September quarter") == "date"
    assert names.get("year to March 2025") == "date"
    assert names.get("midnight tonight") == "date"
    entities = {e.name: e.aliases for e in entities_in("Talks ran for almost eight months.")}
    assert "almost eight months" in entities.get("eight months", ())


def test_a_legislature_after_its_state_and_a_strip_after_its_town():
    names = found("The Ohio Legislature met on Friday, and crowds filled the Reno Strip.")
    assert names.get("Ohio Legislature") == "organization"
    assert names.get("Reno Strip") == "place"


def test_a_ruler_and_the_number_of_the_reign_without_the_title():
    names = found("Spain’s King Felipe VI met the envoys in Madrid.")
    assert names.get("Felipe VI") == "person"
    assert "King Felipe VI" not in names


def test_boxing_day_and_bastille_day_are_dates():
    names = found("Police are looking for witnesses to the fight on Boxing Day in Verrin, and to one on Bastille Day.")
    assert names.get("Boxing Day") == "date" and names.get("Bastille Day") == "date"


def test_a_state_named_with_its_word_before_its_governor_keeps_the_word():
    names = found("The meeting included Ekiti State Governor, Ada Okoro, and Ogun State Governor, Femi Ade.")
    assert names.get("Ekiti State") == "place" and names.get("Ogun State") == "place"
    assert names.get("Ada Okoro") == "person"


def test_washington_dc_is_one_place():
    names = found("The exhibit opens in Washington, D.C., on Friday before it moves to Verrin.")
    assert names.get("Washington, D.C.") == "place"
    assert "D.C." not in names and "Washington" not in names


def test_a_plural_name_before_its_score_is_a_team():
    names = found("On Saturday Kettering beat Harriers 2-1 away, and Rovers 3-0 was the other result.")
    assert names.get("Harriers") == "organization"
    names = found("The Harriers flew south over the marsh.")
    assert names.get("Harriers") != "organization"


def test_two_known_acronyms_joined_by_and_are_two_places():
    names = found("The prize is open to novels published in the UK and US this year.")
    assert names.get("UK") == "place" and names.get("US") == "place"


def test_a_range_of_two_amounts_each_with_its_sign_is_two_amounts():
    names = found("Kestra expects sales of $410 million to $430 million, and between €2 million and €3 million in fees.")
    assert names.get("$410 million") == "number" and names.get("$430 million") == "number"
    assert not [n for n in names if "to $" in n]
    entities = {e.name: e.aliases for e in entities_in("Fees of between €2 million and €3 million are due.")}
    assert any("between €2 million and €3 million" in (name, *aliases) for name, aliases in entities.items())


def test_leagues_and_tours_named_by_their_letters():
    names = found("The former NFL player, now an NBA coach, watched her win a WTA Tour event on the Eras Tour weekend.")
    assert names.get("NFL") == "organization" and names.get("NBA") == "organization"
    assert names.get("WTA Tour") == "other"


def test_australian_state_letters_are_places():
    names = found("Flood warnings were issued for Moree, NSW, and for towns in Qld on Sunday.")
    assert names.get("NSW") == "place" and names.get("Qld") == "place"


def test_places_listed_after_places_or_areas_are_places():
    names = found("Rain closed schools in places like Mudgee. Other towns include Cooma, Yass and Bingara.")
    assert names.get("Mudgee") == "place"
    assert names.get("Cooma") == "place" and names.get("Yass") == "place" and names.get("Bingara") == "place"


def test_suburbs_listed_before_the_city_that_holds_them_are_places():
    names = found("Crews from Verrindale, Oskarvale, Dubbo and Lanthorpe in Brisbane cleared the roads.")
    assert {names.get(n) for n in ("Verrindale", "Oskarvale", "Dubbo", "Lanthorpe")} == {"place"}


def test_a_single_word_after_a_market_role_is_an_organisation():
    names = found("Stocks slipped, said Ada Voss, chief strategist at Quellmar. Shares of Brixa rose, and economists at Tollund agreed.")
    assert names.get("Quellmar") == "organization" and names.get("Brixa") == "organization" and names.get("Tollund") == "organization"


def test_a_tennis_match_by_its_sets_is_one_score():
    names = found("Varga beat Olsen 7-6 (4), 6-3 and then won 6-2 3-6 7-5 against Ruiz on Sunday.")
    assert names.get("7-6 (4), 6-3") == "number" and names.get("6-2 3-6 7-5") == "number"
    assert not {"7-6", "6-3", "6-2", "7-5"} & set(names)
    entities = {e.name: e.aliases for e in entities_in("Varga won 6-4 7-6(2) on Sunday.")}
    assert set(entities["6-4 7-6(2)"]) == {"6-4", "7-6(2)"}


def test_the_number_of_a_model_after_its_name_is_no_quantity():
    names = found("Buyers found the Orvix 9 too dull, and they rejected the Orvix 7 as too similar. About 7 people queued.")
    assert not {"9", "7"} & set(names)
    assert names.get("7 people") == "number"


def test_cedis_and_thousands_set_apart_by_spaces_are_one_amount():
    names = found("The cedi sold at ¢11.40 and GH₵12.05, bail was set at $7 000, and 3 000 people marched.")
    assert names.get("¢11.40") == "number" and names.get("GH₵12.05") == "number"
    assert names.get("$7 000") == "number" and names.get("3 000 people") == "number"
    assert not {"000", "GH", "11.40"} & set(names)


def test_a_shire_is_a_place_and_properties_or_a_radio_station_an_organisation():
    names = found("Rain flooded Tarrow Shire, Quellan Properties sold homes, and Orvix FM reported it.")
    assert names.get("Tarrow Shire") == "place"
    assert names.get("Quellan Properties") == "organization" and names.get("Orvix FM") == "organization"


def test_the_republic_of_a_known_country_is_a_place():
    names = found("Envoys of the Republic of Ghana met the Orvix Republic Trust.")
    assert names.get("Republic of Ghana") == "place"


def test_short_titles_without_a_full_stop_are_left_off_the_name():
    names = found("Prof Elin Marsh and Capt Rafe Dunn met Sgt Ivo Kell on Friday.")
    assert names.get("Elin Marsh") == "person" and names.get("Rafe Dunn") == "person" and names.get("Ivo Kell") == "person"
    assert not [n for n in names if n.startswith(("Prof ", "Capt ", "Sgt "))]


def test_a_side_the_rules_cannot_type_is_a_team_in_a_match_report():
    text = (
        "Varrow lost their first game of the season with a 2-0 loss at Kelmoor against Dunholt, "
        "after Tam Roske missed a penalty. Roske lost his place. The league leaders had failed "
        "to beat Ashcombe Town or Brelford before."
    )
    names = found(text)
    assert names.get("Varrow") == "organization" and names.get("Dunholt") == "organization"
    assert names.get("Brelford") == "organization"
    assert names.get("Kelmoor") != "organization" and names.get("Roske") != "organization"


def test_ranks_and_offices_by_their_letters_are_left_off_a_name():
    names = found("Police spokesman SP Ada Okafor said CDO Hari Bahadur Thapa met CJP Omar Qureshi on Monday.")
    assert names.get("Ada Okafor") == "person" and names.get("Hari Bahadur Thapa") == "person" and names.get("Omar Qureshi") == "person"
    assert not [n for n in names if n.startswith(("SP ", "CDO ", "CJP "))]


def test_an_arabic_article_joined_to_a_family_name_stays_in_the_name():
    names = found("Envoys met President Omar Hadi el-Sharif and Karim al-Nasser on Monday.")
    assert names.get("Omar Hadi el-Sharif") == "person" and names.get("Karim al-Nasser") == "person"


def test_a_percentage_without_its_leading_zero_and_billions_by_their_letter():
    names = found("The index rose 41 points, or .64 percent, and the council spent Shs312.4b and $2.7b.")
    assert names.get(".64 percent") == "number"
    assert names.get("Shs312.4b") == "number" and names.get("$2.7b") == "number"


def test_a_compass_part_of_a_known_place_is_a_place():
    names = found("Storms hit South-East Queensland and North West England, and snow fell in Outer Mongolia.")
    assert names.get("South-East Queensland") == "place" and names.get("North West England") == "place"
    assert names.get("Outer Mongolia") == "place"


def test_a_kind_of_side_or_a_heavy_defeat_before_a_name_makes_it_a_team():
    names = found("Varrow won 3-0 against Danish side Old Harbour Boys, days after a 5-1 trouncing of Kelmoor, and beat Ada Voss's club.")
    assert names.get("Old Harbour Boys") == "organization" and names.get("Kelmoor") == "organization"


def test_a_portfolio_in_common_words_around_a_title_is_no_organisation():
    names = found("The praise came from Rafe Dunn on Monday, from Public Order Minister Jo Park, and from Justice Department spokesman Ivo Kell.")
    assert names.get("Jo Park") == "person" and names.get("Ivo Kell") == "person"
    assert "Public Order" not in names
    assert names.get("Justice Department") == "organization"


def test_a_measured_length_of_time_is_a_date_but_a_rate_is_not():
    names = found("She was barred for at least a year and served more than a decade, and fees rose $5 million a year.")
    assert names.get("at least a year") == "date" and names.get("more than a decade") == "date"
    assert "a year" not in names


def test_a_quoted_title_after_the_kind_of_work_is_a_work_whatever_its_words():
    names = found("Voss shares the new single “Gently” and stars in the French thriller \"Undertow\" and the film \"Winter in Varrow\".")
    assert names.get("Gently") == "other" and names.get("Undertow") == "other" and names.get("Winter in Varrow") == "other"


def test_letters_a_text_spells_out_in_brackets_are_its_acronym_not_a_town():
    entities = {e.name: (e.type, e.aliases) for e in entities_in(
        "Power was cut, said the Tarrow Emergency Management Agency (TEMA). TEMA says ice will form in Middle Varrow.")}
    assert entities["Tarrow Emergency Management Agency"][0] == "organization"
    assert "TEMA" in entities["Tarrow Emergency Management Agency"][1]
    assert "TEMA" not in entities


def test_middle_before_a_known_place_is_a_place():
    names = found("A warning is in effect for counties in the northwest corner of Middle Tennessee, to include Houston.")
    assert names.get("Middle Tennessee") == "place"


def test_a_given_name_alone_that_speaks_or_is_spoken_to_is_a_person():
    text = (
        "Prince Ruben and his wife Olivia spoke at length. \"I was not ready,\" Olivia said. "
        "She told Ruben about it later, and both Ruben and Olivia wept. Florence made landfall on Friday."
    )
    entities = {e.name: e.type for e in entities_in(text)}
    assert entities.get("Olivia") == "person"
    assert all(kind == "person" for name, kind in entities.items() if "Ruben" in name)
    assert entities.get("Florence") != "person"


def test_a_count_does_not_run_on_into_an_adverb():
    names = found("The two people always met, and the three even agreed. Stage 4 load shedding returns.")
    assert names.get("two people") == "number"
    assert not [n for n in names if n.endswith((" always", " even", " load"))]


def test_a_company_with_and_without_its_legal_ending_is_one_company():
    entities = {e.name: e.aliases for e in entities_in("Kestrel Holdings Ltd reported a profit. Kestrel Holdings said it would hire.")}
    assert "Kestrel Holdings" in entities["Kestrel Holdings Ltd"] and "Kestrel Holdings" not in entities


def test_a_place_named_with_an_owners_name_keeps_it():
    names = found("Police searched Tarrow's Land and the caves near Brell's Point on Sunday.")
    assert names.get("Tarrow's Land") == "place" and names.get("Brell's Point") == "place"


def test_a_rulers_word_after_a_given_name_is_a_family_name():
    names = found("Gunmen shot Constable Ruben Prince and Sergeant Olivia King on Monday.")
    assert names.get("Ruben Prince") == "person" and names.get("Olivia King") == "person"


def test_a_pages_label_in_capitals_is_no_name_but_a_paper_in_capitals_is():
    names = found("Read our SIMPLE GUIDE and use the LOOK-UP TOOL, the DAILY POST reported.")
    assert not [n for n in names if "GUIDE" in n or "TOOL" in n]
    assert names.get("DAILY POST") == "organization"


def test_guidelines_policies_and_golden_awards_are_other_not_organisations():
    names = found("The judge followed the Federal Vending Guidelines. The Coastal Housing Policy passed. Ana Verro won the Palme d’Or and the Ballon d'Or.")
    assert names.get("Federal Vending Guidelines") == "other"
    assert names.get("Coastal Housing Policy") == "other"
    assert names.get("Palme d’Or") == "other" and names.get("Ballon d'Or") == "other"


def test_a_brand_counted_in_the_plural_is_one_product():
    entities = {e.name: (e.type, tuple(e.aliases)) for e in entities_in("Orvane sold more zPhones than ever. The zPhone now costs less.")}
    assert entities.get("zPhone") == ("other", ("zPhones",))
    assert "zPhones" not in entities


def test_any_countrys_letters_before_a_dollar_sign_stay_with_the_amount():
    names = found("The fund gave N$380 million to Orlan, TT$ 40 million to Vesk and EC$12 a share.")
    assert names.get("N$380 million") == "number" and names.get("TT$ 40 million") == "number" and names.get("EC$12") == "number"
    assert not {"$380 million", "$ 40 million", "$12", "N", "TT", "EC"} & set(names)


def test_earlier_or_late_before_this_or_last_stays_in_the_date():
    names = found("Orlan cut prices earlier this month and will cut again later this year, as it did late last year.")
    assert {"earlier this month", "later this year", "late last year"} <= {n for n, kind in names.items() if kind == "date"}
    assert not {"this month", "this year", "last year"} & set(names)


def test_a_time_by_its_zone_and_the_day_it_falls_on_are_one_date():
    names = found("The quake struck the Verrin valley at 2345 GMT Sunday.")
    assert names.get("2345 GMT Sunday") == "date"
    assert "Sunday" not in names


def test_a_trophy_or_a_medal_is_other_not_a_person():
    names = found("Dane Orvik lifted the Halloran Trophy and later won the Pescott Medal.")
    assert names.get("Halloran Trophy") == "other" and names.get("Pescott Medal") == "other"


def test_a_title_spoken_to_names_nobody():
    names = found("Mr. Speaker, the bill is urgent. Thank you, Madam Speaker. Madam Efua Dankwa, a trader, agreed.")
    assert not {"Mr. Speaker", "Madam Speaker", "Speaker"} & set(names)
    assert names.get("Efua Dankwa") == "person"


def test_a_chief_minister_by_letters_and_an_ombudsman_are_titles():
    names = found("CM Ravindra Pathak opened the road. Political Ombudsman Marcia Pell Gayle spoke.")
    assert names.get("Ravindra Pathak") == "person" and names.get("Marcia Pell Gayle") == "person"
    assert not [n for n in names if n.startswith(("CM", "Political", "Ombudsman"))]


def test_homes_ends_a_builders_name():
    names = found("Neighbours fought Quarley Homes over the plan for 90 houses.")
    assert names.get("Quarley Homes") == "organization"


def test_a_word_opening_the_sentence_before_a_nationality_is_no_part_of_the_name():
    names = found("Unheralded Briton Tom Quayle won. Chennai: Unheralded Japanese journeyman Ren Aso lost.")
    assert names.get("Tom Quayle") == "person" and names.get("Briton") == "group"
    assert not [n for n in names if n.startswith("Unheralded")]


def test_a_member_of_parliament_for_a_seat_names_the_seat():
    names = found("Member of Parliament for Kpando West, Ama Selorm, spoke. The Member of Parliament for Vane South agreed.")
    assert names.get("Kpando West") == "place" and names.get("Vane South") == "place"
    assert names.get("Ama Selorm") == "person"
    assert not [n for n in names if "Parliament" in n]


def test_a_score_in_goals_and_points_is_one_number():
    names = found("Orlan won 1-20 to 1-15 after leading 1-8 to 0-2 at the break.")
    assert names.get("1-20 to 1-15") == "number" and names.get("1-8 to 0-2") == "number"
    assert not {"1-20", "1-15", "1-8", "0-2", "1", "20"} & set(names)


def test_a_range_of_money_sharing_its_scale_is_one_amount():
    names = found("Orlan expects sales of $8.37-$8.45 billion, after $695 million to $715 million last year.")
    assert names.get("$8.37-$8.45 billion") == "number"
    assert "$8.37" not in names
    assert names.get("$695 million") == "number" and names.get("$715 million") == "number"


def test_a_count_in_the_plural_does_not_take_the_next_word():
    names = found("Thousands live in the Vellar camp. Hundreds more came.")
    assert not [n for n in names if n.startswith(("Thousands", "Hundreds"))]


def test_a_saints_town_in_a_capital_dateline_is_one_place():
    names = found("ST. LOUIS (AP) — Dane Orvik won the title on Sunday.")
    assert names.get("ST. LOUIS") == "place"
    assert not {"ST", "LOUIS", "ST."} & set(names)


def test_crore_written_short_stays_with_the_rupees():
    names = found("The state paid Rs 1,125 cr to 20 lakh farmers of Vellarpur.")
    assert names.get("Rs 1,125 cr") == "number"


def test_a_newswire_in_capitals_and_a_company_ending_in_co_are_organisations():
    names = found("VESTRA, Norway, Oct. 4, 2022 (ORBIT NEWSWIRE) -- Pellam Soup Co reported a profit. He grew up in Co Kerry.")
    assert names.get("ORBIT NEWSWIRE") == "organization"
    assert names.get("Pellam Soup Co") == "organization"
    assert names.get("Co Kerry") == "place"


def test_a_head_of_state_names_nobody_and_a_scheme_is_other():
    names = found("The Head of State opened the Vellar Kisan Nyay Yojana and the Chief Minister Urban Water Scheme.")
    assert not [n for n in names if "Head of State" in n]
    assert names.get("Vellar Kisan Nyay Yojana") == "other"
    assert names.get("Chief Minister Urban Water Scheme") == "other"


def test_a_radio_station_by_its_name_and_a_rank_after_a_name():
    names = found("He told Radio Vesk that the court, sitting with Judge Ana Pellow QC, had ruled. Lawyer Obi Nwosu SAN agreed.")
    assert names.get("Radio Vesk") == "organization"
    assert names.get("Ana Pellow") == "person"
    assert not [n for n in names if n.endswith(("QC", "SAN"))]


def test_honorifics_of_african_and_asian_papers_are_titles():
    names = found("Alhaji Musa Danjuma Bello met Engr Ada Okafor and EAM Rao Venkat in Abuja.")
    assert names.get("Musa Danjuma Bello") == "person" and names.get("Ada Okafor") == "person"
    assert names.get("Rao Venkat") == "person"
    assert not [n for n in names if n.startswith(("Alhaji", "Engr", "EAM"))]


def test_a_ranking_before_a_name_and_a_minute_after_it_are_no_part_of_it():
    names = found("World No. 4 Mira Tolvan lost. Tries: Dane Orvik 12th, Ross Pellam 23rd.")
    assert names.get("Mira Tolvan") == "person"
    assert names.get("Dane Orvik") == "person" and names.get("Ross Pellam") == "person"
    assert not [n for n in names if n.endswith(("12th", "23rd")) or n.startswith("No. 4 ")]


def test_a_titles_word_ending_a_name_after_a_title_is_the_family_name():
    names = found("Senator Ali Modu Sheriff spoke. ABC News Chief Legal Affairs Analyst Dan Orvik spoke.")
    assert names.get("Ali Modu Sheriff") == "person"
    assert names.get("Dan Orvik") == "person"
    assert "Legal Affairs Analyst" not in names


def test_a_town_named_like_a_person_is_a_place_after_a_places_words():
    assert found("The fire started in York on Monday.").get("York") == "place"
    assert found("Mr Pell, of Oldham, was held.").get("Oldham") == "place"
    assert found("Ada York spoke to Tom Oldham.").get("Ada York") == "person"


def test_a_sentence_adverb_opens_no_name_and_a_leader_of_majority_is_a_title():
    names = found("Now Government has closed all schools. Leader of Majority Ada Wekesa agreed.")
    assert not [n for n in names if n.startswith("Now")]
    assert names.get("Ada Wekesa") == "person"


def test_in_a_match_report_a_town_taking_a_plural_verb_or_left_by_a_player_is_a_side():
    report = "Vestra Rovers won 3-1 in the league match, their first goal a penalty. "
    assert found(report + "Leeds have two wins from three games.").get("Leeds") == "organization"
    assert found(report + "The striker joined from Kelso in May.").get("Kelso") == "organization"
    assert found("The striker scored a goal in the league match. He lives in Leeds.").get("Leeds") == "place"


def test_a_small_town_in_a_larger_known_place_is_a_place():
    assert found("Crews fought a blaze at Tatura in northern Queensland.").get("Tatura") == "place"


def test_a_count_reaches_its_plural_noun_or_keeps_no_words():
    names = found("Orlan made two separate embryo transfers, bought the 128 gigabyte version and ordered 55 new subway trains.")
    assert names.get("two separate embryo transfers") == "number"
    assert names.get("55 new subway trains") == "number"
    assert not [n for n in names if n.startswith("128 ")]


def test_counts_spelled_out_with_and_and_ratios_with_thousands_are_one_number():
    names = found("One hundred and twenty-nine members voted, and 1,734 out of 2,000 pupils passed.")
    assert names.get("One hundred and twenty-nine members") == "number"
    assert names.get("1,734 out of 2,000") == "number"
    assert not {"One hundred", "twenty-nine", "734 out of 2", "1,734 out"} & set(names)


def test_the_texts_own_acronym_and_a_names_last_two_words_join_their_full_names():
    text = (
        "According to the Vellar Centers for Disease Control and Prevention (VCDC), tests ran. "
        "A VCDC official said so. Patricia Orla Sutherby spoke, and Orla Sutherby later agreed."
    )
    entities = {e.name: e for e in entities_in(text)}
    assert "VCDC" in entities["Vellar Centers for Disease Control and Prevention"].aliases and "VCDC" not in entities
    assert "Orla Sutherby" in entities["Patricia Orla Sutherby"].aliases and "Orla Sutherby" not in entities


def test_a_chief_officer_by_letters_is_a_title():
    names = found("The plan was drawn up by Tara Bell and CAO Mathis Fleuret.")
    assert names.get("Mathis Fleuret") == "person"
    assert not [n for n in names if n.startswith("CAO")]


def test_a_day_or_month_named_by_last_or_next_is_one_date():
    names = found("The Orvane council met last Thursday. Last September, the mayor quit. Next Monday the vote opens.")
    assert names.get("last Thursday") == "date" and names.get("Last September") == "date" and names.get("Next Monday") == "date"
    assert not {"Thursday", "September", "Monday"} & set(names)


def test_a_span_across_two_months_is_one_date():
    names = found("Nominations at Kessel run Sept 17-Oct 17, 2024, and the fair runs March 3-April 5, 2025.")
    assert names.get("Sept 17-Oct 17, 2024") == "date" and names.get("March 3-April 5, 2025") == "date"
    assert not [n for n in names if n.startswith(("17-Oct", "3-April"))]


def test_two_counts_of_one_unit_are_one_date_but_a_year_is_no_count():
    names = found("The Tarvin dam could take 24 or 48 hours to fill. She served 2011 to 19 years later.")
    assert names.get("24 or 48 hours") == "date"
    assert "24" not in names and names.get("2011") == "date"
    assert not [n for n in names if n.startswith("2011 to")]


def test_an_american_time_zone_by_its_name_stays_with_its_time():
    names = found("Trading in Kessel halts at 2 p.m. Eastern, and polls close at 9 p.m. Pacific time.")
    assert names.get("2 p.m. Eastern") == "date" and names.get("9 p.m. Pacific time") == "date"
    assert "Pacific" not in names and "9 p" not in names


def test_an_office_named_by_its_holders_title_is_one_organisation():
    names = found("Deputies from the Marlow County Sheriff's Office and the Mayor’s Office arrived. Tom Vell's Office was shut.")
    assert names.get("Marlow County Sheriff's Office") == "organization"
    assert names.get("Mayor’s Office") == "organization"
    assert "Tom Vell's Office" not in names and names.get("Tom Vell") == "person"


def test_two_bodies_letters_joined_by_a_slash_are_one_alliance_unless_known_apart():
    names = found("The KDU/KSP bloc won. Voting was slow (BSS/AFP). Police used CCTV/ANPR cameras.")
    assert names.get("KDU/KSP") == "organization"
    assert names.get("AFP") == "organization" and "BSS/AFP" not in names
    assert not [n for n in names if "CCTV" in n]


def test_a_title_after_and_opens_the_next_name_not_the_body_before_it():
    names = found("Present were the Minister in the Premier’s Department Datuk Omar Keluang and Foreign Minister Datuk Seri Ravi Tanjong.")
    assert names.get("Premier’s Department") == "organization"
    assert names.get("Omar Keluang") == "person" and names.get("Ravi Tanjong") == "person"
    names = found("The Vellar Law and Justice Commission met.")
    assert names.get("Vellar Law and Justice Commission") == "organization"


def test_a_mine_by_its_name_is_a_place_not_a_sentence():
    names = found("Funds went to Tovala Copper Mine in Chikumbi town, near the Varra Mine.")
    assert names.get("Tovala Copper Mine") == "place" and names.get("Varra Mine") == "place"
    assert names.get("Chikumbi") == "place"


def test_small_districts_listed_after_from_beside_a_known_place_are_places():
    names = found("Others came from Morang, Tarlavi, Persa, Kovre, and Sindhulak.")
    assert all(names.get(n) == "place" for n in ("Morang", "Tarlavi", "Persa", "Kovre", "Sindhulak")), names
    names = found("The prints belong to Red Deer, Ibex, Aurochs and Leopard.")
    assert not [n for n in ("Ibex", "Aurochs", "Leopard") if names.get(n) == "place"]


def test_rupiah_and_a_date_in_capitals_are_whole():
    names = found("JAKARTA, JUNE 25, 2020\n\nPolice seized a phone and Rp 700,000 in cash, and Rp900 million more.")
    assert names.get("JUNE 25, 2020") == "date"
    assert names.get("Rp 700,000") == "number" and names.get("Rp900 million") == "number"
    assert not {"JUNE 25", "Rp 700", "2020"} & set(names)


def test_a_body_then_its_officers_title_before_the_officer_keeps_the_body():
    names = found("Speaking today, Valdor Metals President, TOMAS HALVER, said the money is in.")
    assert "Valdor Metals" in names and names.get("TOMAS HALVER") == "person"
    assert "Valdor Metals President" not in names


def test_a_party_member_by_the_town_they_stand_for_is_a_place_and_a_group():
    names = found("The Gig Harbor Democrat, testifying at a hearing, challenged the crowd.")
    assert names.get("Gig Harbor") == "place" and names.get("Democrat") == "group"
    assert "Gig Harbor Democrat" not in names


def test_a_countrys_statistics_office_is_an_organisation():
    names = found("Statistics Finland said unemployment fell in December.")
    assert names.get("Statistics Finland") == "organization" and "Finland" not in names


def test_a_surname_in_capitals_joins_the_full_name_in_capitals():
    entities = {e.name: e for e in entities_in("Mr. TOLVEN said it was done. JOSH TOLVEN spoke first, and President ANA KERRIGE agreed; KERRIGE left.")}
    assert "TOLVEN" in entities["JOSH TOLVEN"].aliases and "TOLVEN" not in entities
    assert "KERRIGE" in entities["ANA KERRIGE"].aliases and "KERRIGE" not in entities


def test_an_index_named_with_a_figure_and_a_sides_score_before_beat():
    names = found("The Russell 2000 index rose, and Harbour Storm 24 beat Vell Broncos on Friday.")
    assert names.get("Russell 2000") == "other" and "2000" not in names
    assert "Harbour Storm" in names and "Harbour Storm 24" not in names
    assert not [n for n in names if n.startswith("24")]


def test_letters_naming_a_body_whole_before_and_end_it():
    names = found("The stake is held by KVZM-IH and Orlen Capital, the partners said.")
    assert names.get("KVZM-IH") == "organization" and names.get("Orlen Capital") == "organization"
    assert "KVZM-IH and Orlen Capital" not in names



def test_a_name_ending_in_projects_names_a_body():
    names = found("The opera was made by Tara Quell Projects and staged in Vell.")
    assert names.get("Tara Quell Projects") == "organization"


def test_a_count_of_many_keeps_no_single_word_that_no_plural_ends():
    names = found("The Vell party won 59 seats, well above the 64 necessary, and paid 500 kwacha and 11 groszy.")
    assert names.get("64") == "number" and "64 necessary" not in names
    assert names.get("59 seats") == "number" and names.get("500 kwacha") == "number" and names.get("11 groszy") == "number"


def test_a_state_bill_by_its_letters_and_number_is_one_law():
    names = found("SB 15 prevents it, HB 6 allows it, and House Bill 18 requires consent.")
    assert names.get("SB 15") == "other" and names.get("HB 6") == "other" and names.get("House Bill 18") == "other"
    assert not {"SB", "HB", "15 prevents", "6 allows", "18 requires"} & set(names)


def test_a_number_word_after_an_initials_full_stop_opens_a_sentence_and_metro_names_a_place():
    names = found("Plan C won't look like Plan B. Thirty-six people signed up in Metro Vancouver and Metro Halden.")
    assert names.get("Thirty-six people") == "number"
    assert not [n for n in names if "Thirty-six" in n and n != "Thirty-six people"]
    assert names.get("Metro Vancouver") == "place"


def test_a_two_word_party_name_is_one_group():
    names = found("The Progressive Conservative candidate beat a Liberal Democrat in Vell.")
    assert names.get("Progressive Conservative") == "group" and names.get("Liberal Democrat") == "group"
    assert not {"Progressive", "Conservative", "Liberal", "Democrat"} & set(names)


def test_a_surname_alone_joins_the_texts_own_person_not_a_famous_one():
    entities = {e.name: e for e in entities_in("Minister Anas Al-Saleh was questioned for hours. Saleh said he had done nothing wrong.")}
    assert "Saleh" in entities["Anas Al-Saleh"].aliases and "Saleh" not in entities


def test_a_ministers_portfolio_in_common_words_is_no_organisation():
    names = found(
        "Talo, who is also Minister for Foreign Affairs, spoke first. She met the Minister of Trade and "
        "International Cooperation Ivo Marand, and Planning and Public Works Minister Edda Rusk."
    )
    assert names.get("Ivo Marand") == "person" and names.get("Edda Rusk") == "person"
    assert not {"Foreign Affairs", "International Cooperation", "Public Works", "Trade"} & set(names)


def test_a_percentage_with_a_decimal_comma_or_thousands_is_one_number():
    names = found("Vell's population grew by 48,7% in ten years, and its rents by 1,250% since 1990.")
    assert names.get("48,7%") == "number" and names.get("1,250%") == "number"
    assert not {"48", "7%", "250%"} & set(names)


def test_a_negative_figure_keeps_its_sign_but_a_range_does_not_lose_its_end():
    names = found("The Orlan index fell to -4 from zero in May, while scores of 10 -12 were common.")
    assert names.get("-4") == "number"
    assert "4" not in names


def test_a_field_then_a_country_or_city_is_a_public_or_sports_body():
    names = found("Rowing Norway and Tennis Canada backed the plan. Turnout rose, Elections Ontario said, and Heritage Malta agreed.")
    assert names.get("Rowing Norway") == "organization" and names.get("Tennis Canada") == "organization"
    assert names.get("Elections Ontario") == "organization" and names.get("Heritage Malta") == "organization"
    assert not {"Norway", "Canada", "Ontario", "Malta"} & set(names)


def test_the_people_of_a_city_in_the_plural_are_a_group():
    names = found("Torontonians grumbled, but Calgarians and Canberrans voted early, and Aucklanders stayed home.")
    assert names.get("Calgarians") == "group" and names.get("Canberrans") == "group" and names.get("Aucklanders") == "group"


def test_a_place_then_an_industry_word_is_a_company():
    names = found("Shares of Heidelberg Cement rose, while Karachi Steel and Dhaka Textiles fell.")
    assert names.get("Heidelberg Cement") == "organization" and names.get("Karachi Steel") == "organization"
    assert names.get("Dhaka Textiles") == "organization"
    assert not {"Heidelberg", "Karachi", "Dhaka", "Cement"} & set(names)


def test_taka_with_its_scale_is_one_amount():
    names = found("Orlan Foods earned Tk 41.37 crore in the quarter, up from Tk 12.9 crore.")
    assert names.get("Tk 41.37 crore") == "number" and names.get("Tk 12.9 crore") == "number"
    assert not {"Tk 41", "Tk 12", "Tk"} & set(names)


def test_one_people_within_another_is_one_group_and_a_presidency_a_body():
    names = found("Greek Cypriot and Bosnian Serb leaders met, and the Egyptian Presidency said talks would go on.")
    assert names.get("Greek Cypriot") == "group" and names.get("Bosnian Serb") == "group"
    assert names.get("Egyptian Presidency") == "organization"
    assert not {"Greek", "Cypriot", "Bosnian", "Serb"} & set(names)


def test_a_family_name_like_a_title_abbreviation_ends_a_persons_name():
    names = found("The plan will help, Chief Minister Daniel Barr announced on Monday.")
    assert names.get("Daniel Barr") == "person"
    assert "Chief Minister Daniel Barr" not in names


def test_a_fall_in_a_value_is_no_season():
    names = found("Exports held up despite the fall in the value of the kwacha. The fall to 3 percent hurt. Talks resume this fall.")
    assert "the fall" not in names and "fall" not in names
    assert names.get("this fall") == "date"


def test_a_labels_number_before_a_colon_is_no_count():
    names = found("Results\n\nWard 1: Dana Kell\n\nWard 12: Omar Fisk\n\nStep 3: apply online.")
    assert not {"1", "12", "3"} & set(names)
    assert names.get("Dana Kell") == "person" and names.get("Omar Fisk") == "person"


def test_fx_for_foreign_exchange_is_no_organisation():
    names = found("Kestra Bank raised foreign currency (FX) supplies to meet growing FX demand.")
    assert "FX" not in names


def test_an_event_or_law_keeps_the_year_written_after_it():
    names = found("The Kestra Lantern Festival 2024 opened in May, under the Orlan Heritage Act 2019.")
    assert names.get("Kestra Lantern Festival 2024") == "other" and names.get("Orlan Heritage Act 2019") == "other"
    assert "2024" not in names and "2019" not in names


def test_counties_and_provinces_below_a_nation_are_places_and_a_region_after_its_town():
    names = found(
        "Floods hit Lancashire and West Java. Police in Ashford, Kent, and in Pekanbaru, Riau, "
        "were told. Devon Carr said the A30 in Devon was shut, and Clare Moss agreed."
    )
    assert names.get("Lancashire") == "place" and names.get("West Java") == "place"
    assert names.get("Kent") == "place" and names.get("Riau") == "place" and names.get("Devon") == "place"
    assert names.get("Devon Carr") == "person" and names.get("Clare Moss") == "person"


def test_a_title_of_the_body_names_the_body_alone():
    names = found("The road is shut.\n\nSecretary/Manager of the St. Andrew Parish Council, Ruth Vell told reporters it would reopen.")
    assert names.get("St. Andrew Parish Council") == "organization"
    assert "Manager of the St. Andrew Parish Council" not in names


def test_two_names_sharing_a_word_are_split_at_and():
    names = found("The University of Kestwick and Kestwick Polytechnic will merge, as will the Orlan People's Front and Orlan Workers Party.")
    assert names.get("University of Kestwick") == "organization" and names.get("Kestwick Polytechnic") == "organization"
    assert names.get("Orlan Workers Party") in ("organization", "group")
    assert not [n for n in names if " and " in n]


def test_small_towns_listed_together_or_among_places_are_places():
    names = found(
        "Evacuation orders now include Kingscliff, Murwillumbah and Tweed Heads.\n\n"
        "Dhading, Kathmandu, Lalitpur and Solukhumbu have been the hardest hit."
    )
    assert names.get("Kingscliff") == "place" and names.get("Murwillumbah") == "place"
    assert names.get("Dhading") == "place" and names.get("Solukhumbu") == "place"


def test_a_month_before_a_decimal_or_after_a_names_word_is_no_date():
    names = found("Figures show that in April 25.74 per cent of patients waited. A fire broke out at Bacchus March, near Orlan.")
    assert "April 25" not in names and names.get("25.74 per cent") == "number"
    assert "March" not in names


def test_fy_is_no_organisation():
    names = found("Kestra's sales rose in FY 2020 and fell in FY21.")
    assert "FY" not in names


def test_fm_before_a_name_is_a_foreign_ministers_title_and_a_radio_stations_after():
    names = found("Bhutan's FM Tandin Rai met the press, and Kestra FM carried it live.")
    assert names.get("Tandin Rai") == "person" and names.get("Kestra FM") == "organization"
    assert "FM Tandin Rai" not in names


def test_old_and_a_name_is_a_place():
    names = found("The trial opened at the Old Bailey on Monday, and fans filled Old Kestwick.")
    assert names.get("Old Bailey") == "place" and names.get("Old Kestwick") == "place"


def test_malay_and_bangladeshi_given_names_and_a_fathers_name_inside_a_name():
    names = found("The victims were Ahmad Rizal Ahmad Tahir and Siti Norlela Mohd Yusof, and police held Md Karim Uddin.")
    assert names.get("Ahmad Rizal Ahmad Tahir") == "person"
    assert names.get("Siti Norlela Mohd Yusof") == "person" and names.get("Md Karim Uddin") == "person"


def test_fire_and_rescue_is_one_service():
    names = found("Firemen from the Kestwick Fire and Rescue Station put out the blaze.")
    assert "Kestwick Fire and Rescue Station" in names
    assert "Rescue Station" not in names


def test_a_3_pointer_and_a_not_out_score_are_no_counts_but_a_golf_score_is():
    names = found("Vell hit a 3-pointer at the buzzer. Orlan made 73* off 54 balls. Dunn was 13-under through 16 holes.")
    assert "3-pointer" not in names and "73" not in names


def test_kenyan_and_malay_particles_stay_inside_a_name():
    names = found("Governors sworn in included Mr Kamau wa Ndung'u and Mr Peter ole Sankok, and Siti Aina binti Rahman.")
    assert names.get("Kamau wa Ndung'u") == "person" and names.get("Peter ole Sankok") == "person"
    assert names.get("Siti Aina binti Rahman") == "person"


def test_the_dewan_rakyat_is_a_body():
    names = found("Police raided homes in the south, and the Dewan Rakyat approved the budget.")
    assert names.get("Dewan Rakyat") == "organization"


def test_a_ministry_of_two_fields_is_one_name_but_a_ministry_and_a_university_two():
    names = found(
        "The Ministry of Energy and Natural Resources and the Water and Sanitation Ministry agreed. "
        "Later the Ministry of Health and Kestwick University signed."
    )
    assert names.get("Ministry of Energy and Natural Resources") == "organization"
    assert names.get("Water and Sanitation Ministry") == "organization"
    assert names.get("Ministry of Health") == "organization" and names.get("Kestwick University") == "organization"
    assert "Natural Resources" not in names


def test_a_tickers_code_after_its_exchange_is_no_name():
    names = found("The Dow Jones Industrial Average (INDEXDJX:.DJI) rose, and Kestra Mining (TSX: KMX) fell.")
    assert "DJI" not in names and "KMX" not in names


def test_a_party_letter_and_a_home_town_in_brackets_is_the_town():
    names = found("The bill came from Rep. Mara Lind (D-Port Kestrel) and Sen. Omar Fisk (R-Sequim).")
    assert names.get("Port Kestrel") == "place" and names.get("Sequim") == "place"
    assert "D-Port Kestrel" not in names


def test_a_common_word_and_a_plural_name_is_a_body_not_a_person():
    names = found("Call Crime Stoppers with any tip, said the coach of the Red Hawks, as Dries Mertens watched.")
    assert names.get("Crime Stoppers") == "organization" and names.get("Red Hawks") == "organization"
    assert names.get("Dries Mertens") == "person"


def test_a_decade_alone_is_a_length_of_time_but_once_a_year_is_a_rate():
    names = found("Orlan led the firm for a decade. The board meets once a year.")
    assert names.get("a decade") == "date"
    assert "a year" not in names


def test_the_is_part_of_a_name_the_gazetteer_writes_with_it():
    names = found("Kestra's case was sent to The Hague in May. The Australian sharemarket fell.")
    assert names.get("The Hague") == "place"
    assert "Hague" not in names and "The Australian" not in names


def test_cr_before_a_name_is_a_councillors_title():
    names = found("Cr Dana Calvert said the council agreed, and Cr Orme did too.")
    assert names.get("Dana Calvert") == "person"
    assert "Cr Dana Calvert" not in names and "Cr Orme" not in names


def test_millions_of_years_are_a_length_of_time():
    names = found("The reptile lived 25 million years before the first birds, in a sea 13.7billion years after the start.")
    assert names.get("25 million years") == "date" and names.get("13.7billion years") == "date"


def test_the_place_a_council_is_named_after_stays_a_place():
    names = found("Kestwick deputy mayor Ada Lind said the grant would go to Kestwick City Council for cycleways.")
    assert names.get("Kestwick City Council") == "organization" and names.get("Kestwick") == "place"


def test_a_phone_or_file_number_is_no_count():
    names = found("Quote file number 310554/7020, or call Crime Stoppers on 0800 555 111. About 2,000 people called.")
    assert not {"310554", "7020", "0800", "555 111", "555"} & set(names)
    assert names.get("About 2,000 people", names.get("2,000 people")) == "number"


def test_short_time_units_and_cottages():
    names = found("The ambulance took 40 mins, then 2 hrs more. They stayed at Brackby Hall Cottages.")
    assert names.get("40 mins") == "date" and names.get("2 hrs") == "date"
    assert names.get("Brackby Hall Cottages") == "place"


def test_a_ministry_named_by_a_list_of_fields_is_one_name():
    names = found("The Ministry of Tourism, Arts and Culture and the General Authority for Roads, Bridges and Land Transport agreed.")
    assert names.get("Ministry of Tourism, Arts and Culture") == "organization"
    assert names.get("General Authority for Roads, Bridges and Land Transport") == "organization"
    assert "Land Transport" not in names


def test_a_tiebreak_written_with_a_slash_belongs_to_its_set():
    names = found("Vell beat Orme 7-6 (7/5), 6-4 to win the title.")
    assert "7-6 (7/5), 6-4" in names
    assert not {"7", "5"} & set(names)


def test_two_newspaper_words_are_a_paper():
    names = found("“We have seen big rainfall totals,” he told Kestwick’s Courier Mail.")
    assert names.get("Courier Mail") == "organization"


def test_a_side_in_the_finals_and_two_events_joined_by_and_are_apart():
    names = found("Orlan beat the Hawks in the NBA Finals, and next come the U.S. Open and PGA Championship.")
    assert names.get("NBA Finals") == "other" and names.get("PGA Championship") == "other"
    assert not [n for n in names if " in the " in n or " and " in n]


def test_west_texas_intermediate_is_a_grade_of_oil_not_a_place():
    names = found("Traders said West Texas Intermediate crude rose 2 percent, while ranchers in West Texas waited for rain.")
    assert names.get("West Texas Intermediate") == "other" and names.get("West Texas") == "place"


def test_a_public_relations_officer_is_a_title():
    names = found("Chief Inspector Ama Dogbe, Public Relations Officer of the Kestwick Regional Police Command, spoke.")
    assert names.get("Ama Dogbe") == "person" and names.get("Kestwick Regional Police Command") == "organization"
    assert "Public Relations" not in names


def test_a_count_stops_before_a_preposition():
    names = found("Seven budgets were approved, 14 via voice votes and 12 through divisions.")
    assert not [n for n in names if " via " in n or " through " in n]


def test_a_plurals_possessive_inside_a_name_and_members_by_letters():
    names = found(
        "The Kestrel Workers’ Party lost at the Orlan Magistrates’ Court. Green MLAs and Opposition MPs "
        "walked out, and British Columbians voted. Among the critics was Ana Ruiz."
    )
    assert names.get("Kestrel Workers’ Party") in ("organization", "group")
    assert names.get("Orlan Magistrates’ Court") == "organization"
    assert names.get("British Columbians") == "group"
    assert not [n for n in names if n.endswith(("MLAs", "MPs"))] and "Among" not in names


def test_a_product_named_from_a_small_i_is_a_thing_and_ebay_a_company():
    names = found("Kestra sold fewer iPods, the iPod nano slipped and the iMac too, while eBay grew.")
    assert names.get("iPod") == "other" and names.get("iMac") == "other" and names.get("eBay") == "organization"


def _story(text: str) -> dict[str, tuple[str, int]]:
    """Shown name -> (type, mentions), for a story whose first line is its headline."""
    from briefing_tui.core.entities import extract_entities
    from briefing_tui.core.parsing import parse_text

    briefing = parse_text(text)
    assert briefing.title == text.splitlines()[0]
    return {e.name: (e.type, e.count) for e in extract_entities(briefing, backend="rules")}


def test_a_place_a_people_and_figures_only_the_headline_writes_are_entities_without_mentions():
    names = _story(
        "Two brothers jailed in Portugal over 42 thefts, a Dutch court rules\n\n"
        "Two men who stole from holiday flats were sent to prison on Tuesday.\n\n"
        "The judge said the thefts had gone on for three summers.\n"
    )
    assert names.get("Portugal") == ("place", 0)
    assert names.get("Dutch") == ("group", 0)
    assert names.get("42 thefts") == ("number", 0)
    assert names.get("Tuesday") == ("date", 1)


def test_headline_capitals_make_no_person_and_the_body_keeps_its_types():
    names = _story(
        "Mayor Vell Found Guilty Of Taking Bribes In Ostrava\n\n"
        "A court found Tomas Vell, the former mayor, guilty on Monday.\n\n"
        "Vell said he would appeal.\n"
    )
    assert names.get("Tomas Vell") == ("person", 2)
    assert not [n for n in names if "Found" in n or n == "Vell"]


def test_a_name_the_body_writes_too_is_not_listed_twice_for_the_headline():
    names = _story(
        "Floods cut off villages in Malawi\n\n"
        "Heavy rain in southern Malawi has cut roads to dozens of villages.\n\n"
        "Aid groups said more rain was expected.\n"
    )
    assert names.get("Malawi") == ("place", 1)
    assert [n for n in names if n.lower() == "malawi"] == ["Malawi"]


def test_money_by_a_capital_letter_or_mn_is_one_amount():
    names = found("Orlan set aside $1.8B for the plant, Kestra earned $132.27mn, the city paid $5M and he paid £10K.")
    assert names.get("$1.8B") == "number" and names.get("$132.27mn") == "number" and names.get("$5M") == "number"
    assert names.get("£10K") == "number"
    assert not {"$1.8", "$132.27", "$5", "£10"} & set(names)


def test_year_on_year_is_no_length_of_time():
    names = found("Jobless numbers fell by 16,000 year-on-year and sales rose 4% month-over-month.")
    assert names.get("16,000") == "number"
    assert not [n for n, kind in names.items() if kind == "date"]


def test_a_title_case_headline_writes_money_with_a_capital_scale():
    names = _story(
        "Kestra Wins $24.6 Billion Contract For Port\n\n"
        "The company will build the port over ten years.\n"
    )
    assert names.get("$24.6 Billion") == ("number", 0)


def test_a_leader_or_head_of_a_body_before_a_name_is_a_title():
    names = found("Interim Leader of the Official Opposition Mara Quill said the plan failed, and Head of Communications Ivo Dancik agreed.")
    assert names.get("Mara Quill") == "person" and names.get("Ivo Dancik") == "person"
    assert not [n for n, kind in names.items() if kind == "organization"]


def test_a_country_owning_a_company_is_named_apart_from_it():
    names = found("Shares of Norway's Kestra Marine Co. rose, and Chile's Orlan Gas PLC fell, while Mornet's Research Inc. held.")
    assert names.get("Norway") == "place" and names.get("Kestra Marine Co.") == "organization"
    assert names.get("Chile") == "place" and names.get("Orlan Gas PLC") == "organization"
    assert names.get("Mornet's Research Inc.") == "organization"


def test_a_ministry_may_list_a_field_by_its_letters():
    names = found("The Ministry of Energy, ICT and Rural Roads said the lines were finished.")
    assert names.get("Ministry of Energy, ICT and Rural Roads") == "organization"
    assert "ICT" not in names and "Rural Roads" not in names


def test_per_cent_with_a_hyphen_is_a_share():
    names = found("Profit rose 13 per-cent, while costs fell twelve per-cent.")
    assert names.get("13 per-cent") == "number" and names.get("twelve per-cent") == "number"
    assert "13" not in names


def test_a_person_by_bare_initials_after_a_body_is_named_apart():
    names = found("The spokesman of Kestra Railway R K Menon said the line would open, and Home Minister T Varga agreed.")
    assert names.get("Kestra Railway") == "organization" and names.get("R K Menon") == "person"
    assert names.get("T Varga") == "person"


def test_an_adjective_of_a_people_opens_no_persons_name():
    names = found("Players of the Fijian Vakura joined the camp, and Finn Russell kicked a penalty.")
    assert names.get("Fijian Vakura") == "organization"
    assert names.get("Finn Russell") == "person"


def test_govt_of_a_country_is_its_government():
    names = found("The Govt of Malawi approved the plan.")
    assert names.get("Govt of Malawi") == "organization"


def test_a_known_name_written_with_a_possessive_keeps_it():
    names = found("Ratings agency Standard & Poor's cut the rating, sales at McDonald's rose and Moody's warned.")
    assert names.get("Standard & Poor's") == "organization"
    assert names.get("McDonald's") == "organization" and names.get("Moody's") == "organization"


def test_a_possessive_name_that_runs_on_is_not_cut_to_its_tail():
    names = found("The Standard & Poor's 500 index rose.")
    assert not [n for n in names if n.startswith("Poor")]


def test_people_listed_with_their_roles_in_title_case_are_people():
    names = found("Critics were named as follows:\n\nMaren Kovac – House Leader, Economic Development, Trade and Tourism\n\nTobias Lund – Caucus Chair, Municipal Affairs")
    assert names.get("Maren Kovac") == "person" and names.get("Tobias Lund") == "person"


def test_a_figure_that_numbers_one_of_a_series_is_no_count():
    names = found("Stage 4 power cuts return, homes near Route 9 areas were shut and the Round 3 fixtures moved; police said 16 people died.")
    assert not [n for n, kind in names.items() if kind == "number" and n != "16 people"]
    assert names.get("16 people") == "number"


def test_acronyms_of_agreements_and_kinds_of_bodies_are_no_organisations():
    names = found("The two sides signed an MoU, an NGO helped, patients waited in A&E and the CPRO spoke.")
    assert not [n for n, kind in names.items() if kind == "organization"]


def test_dept_and_blvd_say_what_a_name_is_and_new_democrats_are_a_party():
    names = found("The PKH Dept said, after a crash on N.E. Osterly Blvd, that the New Democrats objected.")
    assert names.get("PKH Dept") == "organization"
    assert names.get("N.E. Osterly Blvd") == "place"
    assert names.get("New Democrats") == "group"


def test_more_kinds_of_organisation_before_a_name():
    names = found("An executive at supermarket chain Dalvo, the radio station KorFM and the power utility Zesko spoke, as did charitable foundation Brightrun.")
    for name in ("Dalvo", "KorFM", "Zesko", "Brightrun"):
        assert names.get(name) == "organization", name


def test_a_source_label_makes_no_headline_of_the_name_after_it():
    names = _story(
        "Officers stop a van loaded with stolen copper on the coast road\n\n"
        "Source: New Zealand Police\n\n"
        "Officers stopped the van late on Sunday. Two men were arrested.\n"
    )
    assert names.get("New Zealand Police") == ("organization", 1)


def test_a_short_form_of_mohammad_opens_a_person_after_a_body():
    names = found("Kestra Zila BNP Md Rafiqul Karim spoke, and Nur Aina Mohd Yusof agreed.")
    assert names.get("Md Rafiqul Karim") == "person"
    assert names.get("Nur Aina Mohd Yusof") == "person"


def test_a_players_country_before_the_score_is_a_place_not_a_side():
    names = found("Rublev beat Tomas Varga of the United States 6-2, 7-5, and Ivo Marek of Switzerland 6-4, 6-4.")
    assert names.get("United States") == "place" and names.get("Switzerland") == "place"


def test_a_club_named_after_its_town_in_a_match_report_is_a_side():
    names = found("His first home game as Grimsby Town head coach produced a 3-2 league victory, and visitors from Mexico City watched.")
    assert names.get("Grimsby Town") == "organization"
    assert names.get("Mexico City") == "place"


class _SureModel:
    """A learned model sure that every entity it is asked about is of one kind."""

    drop_above, retype_above = 1.01, 0.7

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def probabilities(self, feats):
        answer = {"none": 0.0, "organization": 0.0, "other": 0.0, "person": 0.01, "place": 0.0}
        answer[self.kind] = 0.99
        return answer


def test_the_learned_check_keeps_a_person_the_text_calls_by_surname():
    from briefing_tui.core.entities.learned import judge
    from briefing_tui.core.model import Entity, Mention

    text = "Tavish Orrinford denies it. Orrinford pleaded not guilty. Kestra Vale opened."
    sure_other = _SureModel("other")
    called = Entity("Tavish Orrinford", "person", ("Orrinford",), (Mention(0, 0, 16), Mention(0, 28, 37)))
    never = Entity("Kestra Vale", "person", (), (Mention(0, 58, 69),))
    kept = {e.name: e.type for e in judge([called, never], [text], {(0, 0), (0, 28), (0, 58)}, model=sure_other)}
    assert kept == {"Tavish Orrinford": "person", "Kestra Vale": "other"}


def test_a_known_person_owning_a_company_is_named_apart_from_it():
    names = found("Rivals include Elon Musk's Kestra Motors Inc. and others.")
    assert names.get("Elon Musk") == "person" and names.get("Kestra Motors Inc.") == "organization"


def test_radio_and_television_at_the_end_make_a_broadcaster():
    names = found("She told Vellum Radio about it, and Kestra Television aired it.")
    assert names.get("Vellum Radio") == "organization" and names.get("Kestra Television") == "organization"


def test_well_known_products_are_things_and_keep_their_model():
    names = found("Apple sold more iPad units, Android phones grew, users of ChatGPT rose and the iPhone 6S sold well.")
    assert names.get("iPad") == "other" and names.get("Android") == "other" and names.get("ChatGPT") == "other"
    assert names.get("iPhone 6S") == "other" and "6S" not in names


def test_business_periods_and_a_day_by_its_place_in_a_month_are_one_date():
    names = found("Sales in the June quarter and the six months to June rose; the July-September quarter fell. Finals fall on the last Sunday of October.")
    assert names.get("June quarter") == "date" and names.get("six months to June") == "date"
    assert names.get("July-September quarter") == "date" and "September quarter" not in names
    assert names.get("the last Sunday of October") == "date"


def test_people_listed_with_their_roles_line_by_line_are_each_a_person():
    """A list copied from a page, one "Name – Role" a line: the lines do not run into one
    name ("… Trade and Tourism Tobias Wren"), so every person stands."""
    text = (
        "The council met on Monday and named the members who will chair its committees this year.\n\n"
        "They are as follows:\n\n"
        "Mara Ellison – Deputy Chair, Economic Development, Trade and Tourism\n"
        "Tobias Wren – Service Alberta\n"
        "Ines Calder – Agriculture & Forestry\n\n"
        "The chairs serve for one year."
    )
    people = {name for name, kind in found(text).items() if kind == "person"}
    assert {"Mara Ellison", "Tobias Wren", "Ines Calder"} <= people


def test_a_body_named_with_its_country_in_a_title_case_line_stands():
    """"Supported by the North Macedonia Film Agency and Film Centre of Montenegro": a
    credit line in title case, whose bodies carry a country the gazetteer knows."""
    text = (
        "The jury handed out its prizes on Saturday night in the old cinema hall downtown.\n\n"
        "Best Film:\n"
        "Harbour Lights (Montenegro)\n"
        "Supported by the North Macedonia Film Agency and Film Centre of Montenegro\n\n"
        "The festival closes on Sunday."
    )
    names = found(text)
    assert names.get("North Macedonia Film Agency") == "organization"
    assert names.get("Film Centre of Montenegro") == "organization"


def test_rand_with_a_decimal_comma_and_a_hyphenated_scale_is_money():
    """South African papers write "R5,97" and "$1,05-billion": one amount each, not a code
    "R5" and a cut-off "$1,05"; "58,5 US cents" is one amount with its unit."""
    names = found(
        "The rand firmed to R5,95 to R5,96, and Naspers fell to R97,50. The group sold the unit "
        "for $1,05-billion and paid $800-million in debt. It declared 58,5 US cents a share."
    )
    assert {"R5,95", "R5,96", "R97,50", "$1,05-billion", "$800-million", "58,5 US cents"} <= set(names)
    assert "R5" not in names and "United States" not in names


def test_telephone_numbers_and_all_hours_are_no_counts():
    names = found(
        "People in crisis can call the support line at 1-888-429-8167, which is open 24/7, "
        "or call 555-0123 after hours. Overseas callers dial +44 20 7946 0958."
    )
    assert not [n for n, kind in names.items() if kind == "number"]


def test_a_title_in_the_plural_opens_a_list_of_people():
    names = found("The hearing was attended by Senators Anusha Rehman Ahmad Khan and Mushtaq Ahmed.")
    assert names.get("Anusha Rehman Ahmad Khan") == "person"
    names = found("The Council of Governors met in Nairobi. Exeter Chiefs won at home.")
    assert names.get("Council of Governors") == "organization" and names.get("Exeter Chiefs") == "organization"


def test_a_dateline_with_the_day_before_a_month_in_capitals_is_a_date():
    names = found("BRASILIA, 26 JUNE (Xinhua) -- Scientists described eleven new species on Monday.")
    assert names.get("26 JUNE") == "date" and "JUNE" not in names


def test_climate_patterns_named_in_spanish_are_no_people():
    names = found("The El Niño pattern is fading, and forecasters say La Niña may follow by winter.")
    assert names.get("El Niño") == "other" and names.get("La Niña") == "other"


def test_a_range_of_days_does_not_end_in_the_hour_of_a_time():
    names = found("The ward will be closed from 8 a.m. Dec. 27 until 8 a.m. Dec. 28, the hospital said.")
    assert "Dec. 27 until 8" not in names
    assert names.get("Dec. 27") == "date" and names.get("Dec. 28") == "date"


def test_an_article_of_a_law_abbreviated_is_no_count_and_a_bylaw_is_a_law():
    names = found("He was sentenced under Art. 368 of the criminal code, and the Street Trading Bylaw was cited.")
    assert "368" not in names
    assert names.get("Street Trading Bylaw") == "other"


def test_two_bodies_joined_by_and_are_two_when_the_first_ends_in_its_place_or_the_second_opens_with_its_kind():
    names = found(
        "Profits rose at Vexa Bank Moldova and Corvian Bank, and at Institut Varenne and Universidad de Quillota, "
        "while the Department of Health and Human Services and the Union Solidarity and Development Party paid."
    )
    assert names.get("Vexa Bank Moldova") == "organization" and names.get("Corvian Bank") == "organization"
    assert names.get("Institut Varenne") == "organization" and names.get("Universidad de Quillota") == "organization"
    assert names.get("Department of Health and Human Services") == "organization"
    assert names.get("Union Solidarity and Development Party") == "organization"


def test_bodies_named_in_the_languages_of_europe_are_organisations():
    names = found("Banca Montavia and Grupo Lerdano rose, Agencia Costera said.")
    assert names.get("Banca Montavia") == "organization" and names.get("Grupo Lerdano") == "organization"
    assert names.get("Agencia Costera") == "organization"


def test_a_half_of_a_business_year_is_a_date():
    names = found("Net profit rose 12 percent in H1 2018, and H2 results are due in March.")
    assert names.get("H1 2018") == "date" and names.get("H2") == "date"


def test_an_event_named_after_a_place_with_of_keeps_the_place_whole():
    names = found("The band will headline the Isle of Wight Festival in June, then tour the Isle of Wight.")
    assert names.get("Isle of Wight Festival") == "other" and names.get("Isle of Wight") == "place"
    assert "Wight Festival" not in names


def test_a_seat_in_parliament_is_the_place_it_stands_for():
    names = found("The Member for Tarova-Coast, Ben Kala, and the MP for Kingston and Surbiton spoke at the Riverside Sporting Complex.")
    assert names.get("Tarova-Coast") == "place" and names.get("Kingston and Surbiton") == "place"
    assert names.get("Riverside Sporting Complex") == "place"
    assert not [n for n in names if n.startswith("Member")]


def test_the_amazon_is_the_forest_and_amazon_alone_the_company():
    entities = {(e.name, e.type) for e in entities_in("Illegal mining in the Amazon grew this year. Amazon shares rose after Amazon said so.")}
    assert ("Amazon", "place") in entities and ("Amazon", "organization") in entities


def test_canadian_provinces_by_their_dotted_letters_and_initials_before_a_name():
    names = found("The B.C. Liberals lost seats, hospitals in Halifax, N.S. closed, and N.B. Okafor of B.C. Hydro spoke.")
    assert names.get("B.C.") == "place" and names.get("N.S.") == "place"
    assert names.get("N.B. Okafor") == "person" and names.get("B.C. Hydro") == "organization"


def test_a_known_firm_with_its_suffix_after_and_is_a_name_of_its_own():
    names = found("Its assistant Vexly competes with Bixby and Apple Inc in the market, analysts said.")
    assert names.get("Apple Inc") == "organization"
    assert not [n for n in names if n.endswith("and Apple Inc")]


def test_the_sides_of_results_lines_are_teams_and_their_scores_no_counts():
    text = (
        "Results of the Norland league on Sunday:\n\n"
        "Kestrel Rovers 2 Ashby 1\n"
        "Vessa United 0 Lorvik Athletic 3\n"
        "Dunmore 1, Carrow Vale 1 (half-time 0-0)\n\n"
        "Ashby's coach said the league was still open."
    )
    names = found(text)
    for side in ("Kestrel Rovers", "Ashby", "Vessa United", "Lorvik Athletic", "Dunmore", "Carrow Vale"):
        assert names.get(side) == "organization", side
    assert not {"2", "1", "0", "3", "Ashby 1", "Lorvik Athletic 3", "Vessa United 0"} & set(names)


def test_one_line_of_two_names_and_figures_outside_a_match_report_is_no_result():
    names = found("Deliveries go to the back entrance.\n\nSuite 200 Harlow 4\n\nThe office opens at nine.")
    assert names.get("Harlow") != "organization"


def test_a_score_closing_a_row_of_a_scorecard_is_no_part_of_the_name():
    names = found(
        "Scores on the first day:\n\nT. Brandt c Oren Vale b Kasim Dorrell 31\nL. Marsh b Haro Tillen 44\n"
        "P. Ince lbw b Kasim Dorrell 9\n"
    )
    assert names.get("Kasim Dorrell") == "person" and names.get("Haro Tillen") == "person"
    assert not {"Kasim Dorrell 31", "Haro Tillen 44"} & set(names)
    names = found("Prices this week:\n\nthe Pixel 9\nthe Galaxy 24\nthe Nova 12\n")
    assert {"Pixel 9", "Galaxy 24", "Nova 12"} <= set(names)


def test_a_nationality_inside_a_compound_word_keeps_the_whole_word_as_another_name():
    entities = {e.name: e for e in entities_in("Pro-Ukrainian rebels held the pass, and Serbian-backed militias met pro-Ukrainian envoys.")}
    assert entities["Ukrainian"].type == "group" and "pro-Ukrainian" in entities["Ukrainian"].aliases
    assert "Serbian-backed" in entities["Serbian"].aliases


def test_a_word_after_pro_or_anti_stands_apart_from_the_name_after_it():
    names = found("Leaders of the pro-Islamic Harvest Party met members of the Anti-Defamation League.")
    assert names.get("Harvest Party") == "organization" and names.get("Islamic") == "group"
    assert names.get("Anti-Defamation League") == "organization"
    assert not {"Islamic Harvest Party", "Defamation League"} & set(names)


def test_a_wire_newsroom_is_an_organisation_not_a_person():
    names = found("Prices held, the Tarvik Newsroom said on Monday.")
    assert names.get("Tarvik Newsroom") == "organization"


def test_a_family_name_that_is_also_a_town_is_the_person_when_it_stands_alone_as_one():
    text = (
        "Paddy Dunstable, the former party leader, died on Sunday.\n\n"
        "Colleagues paid tribute to Dunstable’s work in the chamber.\n\n"
        "The leader said Dunstable was a visionary."
    )
    entities = {e.name: e.type for e in entities_in(text)}
    assert entities.get("Paddy Dunstable") == "person"
    assert "Dunstable" not in entities


def test_a_member_of_a_house_is_a_role_not_an_organisation():
    names = found("Our next Member of County Assembly will come from Tarvo, and a Member of the Legislative Assembly agreed.")
    assert not [n for n in names if n.startswith("Member")]


def test_a_player_named_by_family_name_alone_in_a_match_report():
    names = found("Rovers led at the break but Halvorn levelled from the spot in the 88th minute. Asked about match-winner Tesmak, the coach smiled.")
    assert names.get("Halvorn") == "person" and names.get("Tesmak") == "person"


def test_a_paper_named_by_a_common_word_is_an_organisation():
    names = found("Ministers denied it, though the Beacon newspaper and the Lantern magazine said the party went ahead.")
    assert names.get("Beacon") == "organization" and names.get("Lantern") == "organization"


def test_the_sides_of_a_league_table_are_teams():
    text = "Standings after Saturday's league matches:\n\nKestrel Rovers 4 3 0 1 8 4 9\nLeeds 4 2 1 1 6 3 7\nAshby 4 2 1 1 5 4 7\n"
    names = found(text)
    assert names.get("Leeds") == "organization" and names.get("Kestrel Rovers") == "organization"


def test_a_wire_headline_in_capitals_gives_no_name_from_its_slug_or_its_common_words():
    names = found("Results came in late.\n\nRUGBY UNION - TARVO BACK FOR ITALY .\n\nSOCCER - ENGLISH LEAGUE STANDINGS .\n\nItaly won in Rome.")
    assert not {"RUGBY UNION", "LEAGUE STANDINGS", "ENGLISH LEAGUE STANDINGS"} & set(names)
    assert names.get("Italy") == "place"


def test_two_unknown_words_before_shares_name_a_company():
    names = found("In Paris the index rose, helped by a rally in Verel Aquitan and Castor Mireau shares.")
    assert names.get("Verel Aquitan") == "organization" and names.get("Castor Mireau") == "organization"


def test_a_body_known_by_its_spokesman_or_its_fighters_is_an_organisation():
    names = found("A Valmora spokesman said the town fell, and Keshari militants denied it.")
    assert names.get("Valmora") == "organization" and names.get("Keshari") == "organization"


def test_a_nationality_before_a_player_known_by_one_name_is_two_names():
    names = found("Rovers drew 1-1, with Brazilian Tavinho cancelling out the opener in the 60th minute.")
    assert names.get("Brazilian") == "group" and names.get("Tavinho") == "person"
    assert "Brazilian Tavinho" not in names


def test_a_ground_named_after_its_city_in_two_words_is_a_place():
    names = found("The hosts won at the Tarvo Cricket Ground, and Sydney Cricket Ground sold out.")
    assert names.get("Sydney Cricket Ground") == "place"


def test_a_ranking_written_without_a_space_is_no_part_of_the_name():
    names = found("World No.1 Ilka Varsova won, and American No.6 Dara Lenning lost. The American No.6 seed left.")
    assert names.get("Ilka Varsova") == "person" and names.get("Dara Lenning") == "person"
    assert names.get("American") == "group"
    assert not [n for n in names if "No." in n]


def test_a_family_name_read_as_a_thing_still_joins_the_person_named_in_full():
    text = "Ilka Varsova beat Dara Lenning. In the seventh game Lenning lost three in a row, and Lenning left."
    entities = {e.name: e for e in entities_in(text)}
    assert entities["Dara Lenning"].type == "person" and "Lenning" not in entities


def test_a_firm_before_its_analyst_after_said_is_no_person():
    names = found('"Demand is back," said Tarvex analyst Ona Belling.')
    assert names.get("Tarvex") == "organization" and names.get("Ona Belling") == "person"


def test_police_ranks_in_letters_and_a_players_part_open_no_name():
    names = found("CP Adewale, in a statement, said DGP R.K. Varma agreed.\n\nTailender John Orvell edged a boundary.")
    assert names.get("John Orvell") == "person"
    assert not [n for n in names if n.startswith(("CP ", "DGP ", "Tailender"))]


def test_people_named_by_their_office_in_the_plural_are_no_name():
    names = found("He briefed the Area Commanders, Divisional Police Officers and Tactical Commanders, and the Exeter Chiefs won.")
    assert not [n for n in names if n.endswith(("Commanders", "Officers"))]
    assert names.get("Exeter Chiefs") == "organization"


def test_a_driver_named_by_his_given_name_after_a_result_is_no_team():
    names = found("Tomas Orvell won the race from pole. The stop effectively handed victory to Tomas.")
    assert names.get("Tomas Orvell") == "person"
    assert "Tomas" not in names or names["Tomas"] == "person"


def test_an_index_keeps_its_whole_name_as_another_name():
    entities = {e.name: e for e in entities_in("The Dow Jones industrial average fell while the FTSE 100 index rose.")}
    assert "Dow Jones industrial average" in entities["Dow Jones"].aliases
    assert "FTSE 100 index" in entities["FTSE 100"].aliases


def test_a_town_by_the_word_town_after_it_is_a_place():
    names = found("Relief reached Mbesi town on Friday, near the border.")
    assert names.get("Mbesi") == "place"


def test_a_south_asian_body_by_its_last_word_is_an_organisation():
    names = found("Members of the Gram Pradhan Sangh met officers of the Tarvi Zila Parishad on Monday.")
    assert names.get("Gram Pradhan Sangh") == "organization" and names.get("Tarvi Zila Parishad") == "organization"


def test_places_in_fixtures_and_in_results_written_in_prose_are_sides():
    names = found("Fixtures this weekend: Everton v Leeds, Burnley vs Dunmore.\n\nPerth 3 beat Adelaide 1, and Tarvo Rangers 24 beat Brisbane Broncos 12 on Sunday.")
    for side in ("Leeds", "Burnley", "Perth", "Adelaide"):
        assert names.get(side) == "organization", side
    assert "Brisbane Broncos 12" not in names


def test_a_firms_index_after_its_possessive_is_one_name():
    names = found("The Standard & Poor's 500 index rose 0.5 percent on Monday.")
    assert names.get("Standard & Poor's 500") == "other"
    assert not {"Poor's 500", "Standard & Poor", "500"} & set(names)


def test_a_quoted_work_after_its_kind_and_such_as_is_a_work():
    names = found('Songs such as "Crimson Lullaby" and a novel called "Irish Summer" sold well.')
    assert names.get("Crimson Lullaby") == "other" and names.get("Irish Summer") == "other"


def test_a_building_by_an_unknown_name_and_house_is_a_place():
    names = found("The talks were held at Tarnley House on Monday, and the House voted later.")
    assert names.get("Tarnley House") == "place"


def test_streets_by_short_forms_and_highways_by_number_are_places():
    names = found("Police closed the area between Mill St and Tarvo Rd, near Oak Ave, on I-94 and US 12.")
    for place in ("Mill St", "Tarvo Rd", "Oak Ave", "US 12", "I-94"):
        assert names.get(place) == "place", place


def test_two_particles_stay_inside_a_name():
    names = found("Caroline van der Vaart met Ana de la Torre and Kees van den Brink.")
    for person in ("Caroline van der Vaart", "Ana de la Torre", "Kees van den Brink"):
        assert names.get(person) == "person", person


def test_a_photographer_then_an_agency_in_capitals_are_two_names():
    names = found("The leaders met in The Hague on Monday, Pieter de Waal ANP reported.")
    assert names.get("Pieter de Waal") == "person"
    assert "Pieter de Waal ANP" not in names


def test_a_quoted_work_by_its_maker_or_by_what_follows_it_is_a_work():
    names = found("The prize went to “Velmora” by Ana Ruiz, while “Kestrel”, the first film by Lin Wei, won too.")
    assert names.get("Velmora") == "other" and names.get("Kestrel") == "other"
    assert names.get("Ana Ruiz") == "person"


def test_an_award_named_after_a_role_is_an_award():
    names = found("Mara Velt won the Best Actor Award, and the Best Director Award went to Ilan Oster.")
    assert names.get("Best Actor Award") == "other" and names.get("Best Director Award") == "other"


def test_a_patrol_and_an_office_after_and_are_two_bodies():
    names = found("Troopers from the Tarvo State Patrol and Kessel County Sheriff's Office responded.")
    assert names.get("Tarvo State Patrol") == "organization"
    assert names.get("Kessel County Sheriff's Office") == "organization"


def test_a_given_name_and_a_country_then_an_age_is_a_person():
    text = "The court heard the case.\n\nJames Jordan, 32, was a detective. Jordan was jailed for two years."
    entities = {e.name: e.type for e in entities_in(text)}
    assert entities.get("James Jordan") == "person" and "Jordan" not in entities


def test_letters_in_a_list_beside_known_bodies_are_bodies():
    names = found("A cabinet of the PVV, centre-right BBB, KVN and TDL looked likely, the PVV said.")
    assert names.get("KVN") == "organization" and names.get("TDL") == "organization"


def test_letters_in_a_list_of_tests_stay_no_names():
    names = found("Tests such as PCR, ELISA and LAMP were run.")
    assert not {"PCR", "ELISA", "LAMP"} & set(names)


def test_a_place_written_with_a_transliterations_apostrophe_is_the_place():
    names = found("SANA'A, May 4 - Talks resumed in Sana'a on Monday.")
    assert names.get("SANA'A") == "place" or names.get("Sana'a") == "place"
    assert not [n for n, kind in names.items() if kind == "organization"]


def test_a_mission_named_by_its_people_a_ranking_member_and_british_roads():
    names = found("He stood outside the Chinese Consulate in Tarvo. Ranking Member Oduya spoke. Cars queued on the M5 and on the A40 road.")
    assert names.get("Chinese Consulate") == "place" and "Chinese" not in names
    assert names.get("Oduya") == "person" and "Ranking Member Oduya" not in names
    assert names.get("M5") == "place" and names.get("A40") == "place"


def test_a_dateline_in_capitals_of_a_town_the_gazetteer_lacks_is_a_place():
    names = found("The talks went on.\n\nKESTRA MARU, Egypt (Reuters) - Talks resumed on Monday.")
    assert names.get("KESTRA MARU") == "place"


def test_a_committee_before_its_chairs_title_keeps_its_whole_name():
    names = found("Senate Fisheries Committee Chairwoman Ada Vell praised the bill.")
    assert names.get("Senate Fisheries Committee") == "organization" and names.get("Ada Vell") == "person"


def test_a_scorer_by_one_name_and_his_minutes_is_a_person_and_the_minutes_no_counts():
    names = found("Rovers: Tavo Renn (37, 44 pen.), Kessam (83). Ashby: Orvell (45+2).")
    assert names.get("Kessam") == "person" and names.get("Orvell") == "person"
    assert not {"37", "44", "83", "45"} & set(names)


def test_a_body_opened_by_a_peoples_word_before_its_officers_title_stays_whole():
    names = found("The bill passed.\n\nAmerican Kelp Association President Ray Tolvan says the group is pleased.")
    assert names.get("American Kelp Association") == "organization" and names.get("Ray Tolvan") == "person"


def test_a_title_and_its_subtitle_inside_a_sentence_are_one_work():
    names = found("The teams faced off in Tarvo-Strike: Global Offensive, and fans heard the voice of Kessel in Kessel: The Animated Series.")
    assert names.get("Tarvo-Strike: Global Offensive") == "other" and names.get("Kessel: The Animated Series") == "other"
    names = found("Officials told Reuters: The plan failed. It was signed by Ines Carvalho Photo: Rui Matos in Lisbon.")
    assert not [n for n in names if ":" in n]


def test_clock_times_postal_districts_and_estates():
    names = found("Gardai arrived at 8 o'clock. Residents of Dublin 8 and Tarvo Grove and Kessel Vale protested.")
    assert names.get("8 o'clock") == "date" and "8 o" not in names
    assert names.get("Dublin 8") == "place"
    assert names.get("Tarvo Grove") == "place" and names.get("Kessel Vale") == "place"


def test_a_citys_postal_district_closing_an_address_is_one_place():
    names = found("Charged were Ann Tolvan (47), of Tarvo Harbour, Dublin 8, and Lisa Oren (33), of Kessel Vale, Dublin 18.")
    assert names.get("Dublin 8") == "place" and names.get("Dublin 18") == "place"
    assert not {"8", "18"} & set(names)


def test_a_law_with_a_bracketed_part_is_one_name():
    names = found("They were charged under the Public Safety (Tarvo Order) Act, 1994 and the Offences Against the State (Amendment) Act 1998.")
    assert names.get("Public Safety (Tarvo Order) Act, 1994") == "other"
    assert names.get("Offences Against the State (Amendment) Act 1998") == "other"
    assert "1994" not in names


def test_a_quoted_work_in_sentence_case_by_its_maker_is_one_work():
    names = found("The prize went to “All the crows of the valley” by Tang Orel, the jury said.")
    assert names.get("All the crows of the valley") == "other" and names.get("Tang Orel") == "person"


def test_a_score_before_its_overs_is_no_ratio():
    names = found("Chasing 180, Vessa slumped to 61 in 14.3 overs and were all out for 98/9 in 18.2 overs.")
    assert names.get("14.3 overs") == "number" and names.get("18.2 overs") == "number"
    assert not {"61 in 14", "9 in 18"} & set(names)


def test_an_irish_county_by_its_word_first_is_a_place():
    names = found("A man from County Tarvagh appeared before the court, and the County Emergency Response Teams were thanked.")
    assert names.get("County Tarvagh") == "place"
    assert "County Emergency Response Teams" not in names


def test_a_company_ending_in_plc_is_one_organisation():
    names = found("Investors cheered results from Orvo Ghana Plc and Kestra Nigeria Plc on Tuesday.")
    assert names.get("Orvo Ghana Plc") == "organization" and names.get("Kestra Nigeria Plc") == "organization"
    assert not {"Ghana Plc", "Nigeria Plc"} & set(names)


def test_a_body_named_for_its_purpose_is_one_organisation():
    names = found("The Campaign to Protect Moorland Skies and the Alliance to End Plastic Litter wrote to ministers.")
    assert names.get("Campaign to Protect Moorland Skies") == "organization"
    assert names.get("Alliance to End Plastic Litter") == "organization"
    assert not [n for n, kind in names.items() if kind == "person"]


def test_a_family_name_the_gazetteer_knows_as_a_company_is_the_person_named_in_full():
    names = entities_in("Premier Dana Ford said the plan would go ahead. Critics say Ford wants the land.")
    person = next(e for e in names if e.name == "Dana Ford")
    assert person.type == "person" and "Ford" in person.aliases
    assert not [e for e in names if e.name == "Ford"]


def test_people_of_a_city_with_an_n_before_the_ending_are_a_group():
    names = found("The ad told Torontonians why the fare rise was bad.")
    assert names.get("Torontonians") == "group"


def test_a_place_the_gazetteer_knows_with_its_possessive_is_one_place():
    names = found("Storms hit Hawke’s Bay and Lee's Summit on Monday.")
    assert names.get("Hawke’s Bay") == "place" and names.get("Lee's Summit") == "place"
    assert not {"Hawke", "Lee", "Bay", "Summit"} & set(names)


def test_an_acronym_in_running_text_is_no_town_in_capitals():
    names = found("Pupils sat the LYON tests and the DERBY survey in spring. PERTH, Scotland - Rain fell.")
    assert "LYON" not in names and "DERBY" not in names
    assert names.get("PERTH") == "place"


def test_a_fiscal_year_with_a_space_is_one_date():
    names = found("Orvo lifted its dividend for FY 2026 and again for FY 27.")
    assert names.get("FY 2026") == "date" and names.get("FY 27") == "date"
    assert "2026" not in names


def test_a_valuation_multiple_is_one_number_and_its_ratio_no_name():
    names = found("Analysts value Kestra at 8.5x EV/EBITDA and its rival at 11x.")
    assert names.get("8.5x") == "number" and names.get("11x") == "number"
    assert not {"8", "11", "EV/EBITDA"} & set(names)


def test_the_block_of_an_address_is_no_count():
    names = found("Officers went to the 1400 block of Tarvo Avenue, where 30 people had gathered.")
    assert "1400" not in names and names.get("30 people") == "number"


def test_two_makers_joined_by_a_hyphen_name_one_product_and_no_places():
    names = found("Both the Moderna-Oxford and Pfizer-Kestra shots were given in Leeds.")
    assert names.get("Moderna-Oxford") == "other" and names.get("Pfizer-Kestra") == "other"
    assert "Oxford" not in names


def test_naira_prices_in_a_market_report_are_numbers_and_roads_stay_roads():
    names = found("Orvo Foods rose N12 to close at N64.30, while Kestra Mills shed N2 to N19. Traffic on the N4 was slow.")
    for price in ("N12", "N64.30", "N2", "N19"):
        assert names.get(price) == "number", price
    assert names.get("N4") != "number"


def test_an_innings_score_before_its_overs_is_one_number():
    names = found("Vessa slipped to 38/5 in 8.4 overs before posting 164/9 (20 overs).")
    assert names.get("38/5") == "number" and names.get("164/9") == "number"
    assert not {"38", "5", "164", "9"} & set(names)


def test_a_private_first_class_after_a_department_is_a_title():
    names = found("Tarvo Police Department Pfc. Ana Orel and Spc. Lin Vessa responded.")
    assert names.get("Tarvo Police Department") == "organization"
    assert names.get("Ana Orel") == "person" and names.get("Lin Vessa") == "person"
    assert not [n for n in names if "Pfc" in n or "Spc" in n]


def test_an_index_of_two_makers_joined_by_a_slash_is_one_index():
    names = found("The S&P/NZX 50 Index rose 0.4% while the S&P/TSX composite index fell.")
    assert names.get("S&P/NZX 50 Index") == "other"
    assert names.get("S&P/TSX") == "other"
    assert not {"NZX", "TSX"} & set(names)


def test_a_work_after_its_kind_is_a_work_even_opened_by_a_contraction():
    names = found("The space epic Tarvo Rising leads, ahead of the comedy Don't Call Orel and the spy outing Never Say Kestra.")
    assert names.get("Tarvo Rising") == "other"
    assert names.get("Don't Call Orel") == "other"
    assert names.get("Never Say Kestra") == "other"


def test_a_dateline_town_before_a_station_call_sign_is_a_place():
    names = found("TARVOSBURG, Ind. (WKRX) – A crash closed the road on Tuesday.")
    assert names.get("TARVOSBURG") == "place"


def test_a_mile_marker_is_no_measure():
    names = found("Crews went to the 41 mile-marker on I-65, and the queue was 3 miles long.")
    assert not [n for n in names if n.startswith("41")]
    assert names.get("3 miles") == "number"


def test_a_us_highway_by_its_number_is_one_place():
    names = found("Traffic was diverted onto U.S. 41 and later along US 20.")
    assert names.get("U.S. 41") == "place" and names.get("US 20") == "place"
    assert not {"41", "20"} & set(names)


def test_a_date_with_its_month_between_hyphens_is_one_date():
    names = found("Kestra 2-1 Orvo Utd - 23-Sep-2019 : Match Report")
    assert names.get("23-Sep-2019") == "date"
    assert names.get("Orvo Utd") == "organization"
    assert "2019" not in names


def test_a_chief_whose_family_name_ends_bodies_names_is_a_person():
    names = found("Sales rose, said Vexa CEO Dana Chambers.")
    assert names.get("Vexa") == "organization" and names.get("Dana Chambers") == "person"


def test_the_family_name_the_text_writes_joins_a_known_person_with_a_longer_name():
    names = entities_in("Orvo chief John Lee said sales rose. Lee added that costs fell.")
    person = next(e for e in names if e.name == "John Lee")
    assert person.type == "person" and "Lee" in person.aliases
    assert not [e for e in names if e.name == "Lee"]


def test_reuters_instrument_codes_after_a_company_are_no_names():
    names = found("Its clients include Orvo ORVO.O, Kestra Labs KSL.N and Tarvo Semiconductor Co 4417.TW.")
    assert names.get("Orvo") == "organization" and names.get("Kestra Labs") == "organization"
    assert names.get("Tarvo Semiconductor Co") == "organization"
    assert not {"ORVO", "KSL", "O", "N", "TW", "4417"} & set(names)
    assert not [n for n in names if n.endswith("4417")]


def test_a_power_unit_in_capitals_after_a_figure_is_part_of_the_measure():
    names = found("The plant lost 800 MW of supply and the grid 3 GW, with 40 MWh in storage.")
    assert names.get("800 MW") == "number" and names.get("3 GW") == "number" and names.get("40 MWh") == "number"
    assert not {"MW", "GW", "MWh"} & set(names)


def test_a_name_before_a_dam_or_a_mine_is_a_place():
    names = found("Supply from the Tarvo Kessa hydroelectric scheme and the Orlan mine fell.")
    assert names.get("Tarvo Kessa") == "place" and names.get("Orlan") == "place"


def test_a_state_in_brackets_after_a_county_is_a_place():
    names = found("The Tarvo (N.J.) County Health Office and the Orlan (Ore.) Police spoke.")
    assert names.get("N.J.") == "place" and names.get("Ore.") == "place"


def test_a_known_product_after_its_makers_name_is_one_product():
    names = found("Kestra Firefox and Orvo Photoshop were both updated on Monday.")
    assert names.get("Kestra Firefox") == "other" and names.get("Orvo Photoshop") == "other"
    assert not [n for n, kind in names.items() if kind in ("person", "place")]


def test_a_credit_after_a_photo_label_is_the_photographer_then_the_agency():
    names = found("The leaders met on Friday. Photo: Brekko van Sloten ANP")
    assert names.get("Brekko van Sloten") == "person" and names.get("ANP") == "organization"
    assert "Brekko van Sloten ANP" not in names


def test_a_name_then_on_then_where_it_is_are_two_names():
    names = found("She faces Kovrina on Court Tarvo-Lenglen, while the Council on Foreign Relations met.")
    assert "Kovrina on Court Tarvo-Lenglen" not in names
    assert names.get("Council on Foreign Relations") == "organization"


def test_a_party_letter_and_town_between_commas_is_the_place():
    names = found("The court sentenced former Rep. Dana Orvell, D-Tarvo Springs, on Monday.")
    assert names.get("Tarvo Springs") == "place"
    assert "D-Tarvo Springs" not in names


def test_a_people_word_before_leaning_is_the_group():
    names = found("The contests are in Democratic-leaning districts.")
    assert names.get("Democratic") == "group"
    assert not [n for n in names if "leaning" in n and names[n] == "place"]


def test_years_and_months_are_one_length_of_time():
    names = found("Orvell was sentenced to six years and five months, and Lind served 3 weeks and 2 days.")
    assert names.get("six years and five months") == "date" and names.get("3 weeks and 2 days") == "date"
    assert "five months" not in names


def test_a_margin_of_figures_joined_by_to_is_one_number():
    names = found("Orvell won by a 4-to-1 margin.")
    assert names.get("4-to-1") == "number"
    assert not {"4-to", "1 margin"} & set(names)


def test_a_national_day_is_a_date():
    names = found("Flights stopped on May Day, and parades are planned for Canada Day and Anzac Day.")
    for day in ("May Day", "Canada Day", "Anzac Day"):
        assert names.get(day) == "date", day
    assert "Canada" not in names and "May" not in names


def test_rupees_in_crore_and_lakh_are_one_amount():
    names = found("Profit was ₹4,210.55 crore, up from ₹3,900 crore, and 12 lakh people applied.")
    assert names.get("₹4,210.55 crore") == "number" and names.get("₹3,900 crore") == "number"
    assert names.get("12 lakh people") == "number"


def test_a_hyphenated_word_of_three_parts_opening_a_sentence_is_no_name():
    names = found("Out-of-form Kestra batter Ana Orel scored again.")
    assert not [n for n in names if n.startswith("Out-of-form")]
    assert names.get("Ana Orel") == "person"


def test_a_region_of_a_known_territory_is_two_places():
    names = found("The mine lies in the Tarvo Region of Nunavut.")
    assert names.get("Tarvo Region") == "place" and names.get("Nunavut") == "place"


def test_a_tower_named_after_a_titled_person_is_a_place():
    names = found("Staff at Governor Orvell Tower were evacuated.")
    assert names.get("Governor Orvell Tower") == "place"
    assert "Orvell Tower" not in names


def test_an_innings_declared_is_one_score():
    names = found("Kestra made 412/7 declared in their first innings.")
    assert names.get("412/7") == "number"
    assert not {"412", "7"} & set(names)


def test_a_page_reference_is_no_number():
    names = found("The rule is set out on p. 14 and in pp. 30-32 of the report, which runs to 90 pages.")
    assert not {"14", "30-32", "30", "32"} & set(names)
    assert names.get("90 pages") == "number"


def test_an_internet_address_of_the_sixth_version_holds_no_year():
    names = found("Requests from 2001:db8::7 and fe80::2aa:ff:fe9a:4ca2 were dropped at 10:15 GMT.")
    assert not {"2001", "7", "2", "4"} & set(names)
    assert names.get("10:15 GMT") == "date"


def test_an_orbiter_and_a_capsule_are_spacecraft():
    names = found("The Tarvo Orbiter reached Mars, and the Kessa Capsule splashed down.")
    assert names.get("Tarvo Orbiter") == "other" and names.get("Kessa Capsule") == "other"


def test_a_given_name_and_a_place_word_before_an_age_is_a_person():
    names = found("Lia Park, 37, and Tom Lane, 52, appeared in court on Monday.")
    assert names.get("Lia Park") == "person" and names.get("Tom Lane") == "person"


def test_a_team_by_its_town_and_nickname_in_a_match_report_is_an_organisation():
    names = found("The Orvo Kestrels beat the Tarvo Bay Mariners 98-91 in overtime as Lin scored 30 points.")
    assert names.get("Orvo Kestrels") == "organization" and names.get("Tarvo Bay Mariners") == "organization"


def test_a_word_of_direction_after_a_figure_is_no_counted_thing():
    names = found("Ana Orel had 14 off the bench.")
    assert "14 off" not in names


def test_the_town_after_someone_and_their_age_is_a_place():
    names = found("Ana Lind, 45, of Kessa, appeared with Tom Orr, 37, of West Tarvo, while Kessa Holdings said no.")
    assert names.get("Kessa") == "place" and names.get("West Tarvo") == "place"
    assert names.get("Kessa Holdings") == "organization"


def test_a_country_s_letters_before_a_word_name_a_body_not_a_person():
    names = found("Data came from the UK Kessbank and the US Orvosteel plant.")
    assert names.get("UK Kessbank") == "organization"
    assert not [n for n, kind in names.items() if kind == "person"]


def test_a_named_study_or_trial_is_one_thing():
    names = found("Data came from the Framingham Bone Study and the Orvo Statin Trial.")
    assert names.get("Framingham Bone Study") == "other" and names.get("Orvo Statin Trial") == "other"
    assert "Framingham" not in names


def test_a_car_someone_owns_is_no_person():
    names = found("Moss was driving his Kessmore Vanta along Tarvo Road when he hit a cyclist.")
    assert names.get("Kessmore Vanta") == "other"
    assert not [n for n, kind in names.items() if kind == "person"]


def test_a_phone_or_incident_number_to_quote_is_no_count():
    names = found("Anyone with information should call 101, quoting incident 347 of 3 March.")
    assert not {"101", "347"} & set(names)
    assert names.get("3 March") == "date"


def test_a_music_firm_and_a_headset_by_their_words():
    names = found("Orvo signed a deal with Tarvo Music and unveiled the Kessa Lumen headset.")
    assert names.get("Tarvo Music") == "organization"
    assert names.get("Kessa Lumen") == "other"


def test_names_listed_before_a_plural_kind_of_place_are_places():
    names = found("A red alert was issued for Tarvoli, Kessamund and Orvanagar districts on Monday.")
    for place in ("Tarvoli", "Kessamund", "Orvanagar"):
        assert names.get(place) == "place", place


def test_a_club_by_a_club_word_in_a_match_report_is_an_organisation():
    names = found("Kessa Rovers came from behind to beat Tarvo Athletic 2-1 as Orr scored in the 93rd minute.")
    assert names.get("Kessa Rovers") == "organization" and names.get("Tarvo Athletic") == "organization"


def test_a_name_described_as_a_body_right_after_it_is_an_organisation():
    names = found("KessaNet, a trade group whose members include Orvo, sued. Tarvopay, a payments startup, grew. Smith, a company director, spoke.")
    assert names.get("KessaNet") == "organization" and names.get("Tarvopay") == "organization"
    assert names.get("Smith") != "organization"


def test_a_ratio_in_words_and_trillions_written_trn_are_one_number():
    names = found("About one in four adults were hit, and Orvo's value topped $3trn.")
    assert names.get("one in four") == "number" and names.get("$3trn") == "number"
    assert "four adults" not in names and "$3" not in names


def test_acronyms_of_illnesses_and_procedures_are_no_organisations():
    names = found("Orvo's drug treats ALS and COPD, and nurses were trained in CPR after CT scans.")
    assert not {"ALS", "COPD", "CPR", "CT"} & set(names)


def test_sides_by_their_nicknames_beside_a_result_are_organisations():
    names = found("Kessa Titans beat Orvo Strikers by six wickets after 74 runs in 18 overs.")
    assert names.get("Kessa Titans") == "organization" and names.get("Orvo Strikers") == "organization"


def test_two_players_beside_a_result_stay_people():
    names = found("Tom Adams lost to Ben Evans 6-3, 6-4 in the second round as Evans served 12 aces.")
    assert names.get("Tom Adams") == "person" and names.get("Ben Evans") == "person"


def test_a_holiday_s_eve_and_the_lunar_new_year_are_dates():
    names = found("Orvo closed on Christmas Eve and on New Year's Eve, and reopened after Lunar New Year.")
    assert names.get("Christmas Eve") == "date" and names.get("New Year's Eve") == "date"
    assert names.get("Lunar New Year") == "date"
    assert "Eve" not in names


def test_a_label_in_capitals_with_a_contraction_is_no_name():
    for label in ("WHAT'S NEW", "DON'T MISS"):
        names = found(f"Orvane council\n\n{label}: Meeting virtually on Monday, the Orvane council voted 6-2 to approve the budget. Alderman Ana Veloso objected.")
        assert label not in names
        assert names.get("Ana Veloso") == "person"


def test_who_speaks_after_a_quotation_by_family_name_alone_is_a_person():
    names = found('Orvane council\n\nThe council met on Monday. "Things have changed since spring," Tandvik said. "We should wait."')
    assert names.get("Tandvik") == "person"
    names = found('Vexacorp results\n\n"We are pleased with the quarter," Vexacorp said in a statement.')
    assert names.get("Vexacorp") == "organization"


def test_a_general_s_rank_with_the_short_gen_is_a_title_and_a_generation_ends_the_family_name():
    names = found("Orvane police\n\nActing chief Lt. Gen Tomas Reyval Castano Jr. put the force on alert. In a statement, Castano said all units were ready. Gen Z shoppers agreed.")
    assert names.get("Tomas Reyval Castano Jr.") == "person"
    assert "Gen Tomas Reyval Castano Jr." not in names and "Castano" not in names


def test_a_nickname_in_quotation_marks_stays_inside_the_person_s_name():
    entities = {e.name: e for e in entities_in('Orvane visit\n\nPresident Rodrigo “Digong” Almasar Jr. met Thomas "Tip" Walden. Later Walden said Almasar was right. Orvik “Wins” Vote, the paper wrote.')}
    assert entities["Rodrigo “Digong” Almasar Jr."].type == "person"
    assert entities['Thomas "Tip" Walden'].type == "person"
    assert "Almasar" in entities["Rodrigo “Digong” Almasar Jr."].aliases and "Walden" in entities['Thomas "Tip" Walden'].aliases
    assert not {"Rodrigo", "Digong", "Almasar Jr.", "Thomas", "Tip"} & set(entities)


def test_a_base_named_after_a_titled_person_is_a_place():
    names = found("Orvane troops\n\nThe trucks were shown in Camp Capt. Renato Alcaraz on Friday. The Camp Director Ana Veloso spoke.")
    assert names.get("Camp Capt. Renato Alcaraz") == "place"
    assert "Renato Alcaraz" not in names
    assert names.get("Ana Veloso") == "person"


def test_a_currency_s_letters_open_a_range_and_kmph_is_a_speed():
    names = found("Orvane box office\n\nThe film may make Rs 36-38 crore this weekend, while winds reached 72 kmph on the coast.")
    assert names.get("Rs 36-38 crore") == "number" and "36-38 crore" not in names
    assert names.get("72 kmph") == "number" and "72" not in names


def test_a_machine_s_mark_in_one_word_makes_it_a_thing():
    names = found("Orvane launch\n\nAfter three test flights, the VLRX Mk-IV was declared ready.")
    assert names.get("VLRX Mk-IV") == "other"


def test_baseball_transactions_name_pitchers_and_minor_league_sides_by_town():
    names = found("Orioles moves\n\nThe Orioles recalled LHP Tavin Morrell and optioned RHP Kade Lusk to Triple-A Marlow and Class-A Tenby, and sent a catcher to Class A Renwick.")
    assert names.get("Tavin Morrell") == "person" and names.get("Kade Lusk") == "person"
    assert names.get("Marlow") == "organization" and names.get("Tenby") == "organization" and names.get("Renwick") == "organization"
    assert not {"LHP Tavin Morrell", "Triple-A Marlow", "Class-A Tenby", "Class A Renwick"} & set(names)


def test_the_unknown_name_of_an_area_after_the_is_a_place():
    names = found("Orvane chase\n\nPolice met the car again on Kings Road in the Tarrow area, and it sped away.")
    assert names.get("Tarrow") == "place"


def test_officers_by_their_rank_in_the_plural_are_no_person():
    names = found("Orvane court\n\nTwo former Kent Police Detective Constables have been jailed.")
    assert "Constables" not in names and "Detective Constables" not in names


def test_an_unknown_town_in_capitals_before_a_dateline_s_dash_is_a_place():
    names = found("Orvane council\n\nTARVILLE — Ana Veloso and Jo Park took office on Monday.\n\nUPDATE — The council met again.")
    assert names.get("TARVILLE") == "place"
    assert "UPDATE" not in names


def test_a_prison_term_after_someone_s_age_is_a_length_of_time():
    names = found("Orvane court\n\nJudge Ana Veloso sentenced Tomas Reyval, 38, to six years in prison on Monday.")
    assert names.get("six years") == "date"
    assert "38, to six years" not in names


def test_a_musician_by_part_opening_a_sentence_and_music_by_its_form():
    names = found("Orvane concert\n\nSoloist Vadim Korvel gave the Second Cello Concerto after the Tarrow Suite, and the conductor Ana Veloso bowed at the Orvane Film Fleadh.")
    assert names.get("Vadim Korvel") == "person" and "Soloist Vadim Korvel" not in names
    assert names.get("Second Cello Concerto") == "other" and names.get("Tarrow Suite") == "other"
    assert names.get("Orvane Film Fleadh") == "other"


def test_a_given_name_with_an_apostrophe_inside_makes_a_person():
    names = found("Orvane game\n\nRunning back De’Marco Tull and Ja'Vonte Reese scored twice.")
    assert names.get("De’Marco Tull") == "person" and names.get("Ja'Vonte Reese") == "person"


def test_at_one_point_is_no_number_but_a_rise_of_one_point_is():
    assert "one point" not in found("Orvane markets\n\nThe index fell early. At one point it was down sharply on Friday.")
    assert found("Orvane markets\n\nThe index rose one point on Friday.").get("one point") == "number"


def test_a_caption_s_date_in_capitals_is_a_date():
    names = found("Orvane golf\n\nTARROW, GA - APRIL 12: Ana Veloso celebrates after a putt.")
    assert names.get("APRIL 12") == "date"


def test_a_day_and_the_year_it_fell_in_are_one_date():
    names = found("Orvane court\n\nAna Veloso was stopped on October 19 last year and charged on 3 March this year.")
    assert names.get("October 19 last year") == "date" and names.get("3 March this year") == "date"
    assert "last year" not in names and "this year" not in names


def test_a_picture_s_short_label_in_capitals_is_no_organisation():
    names = found("Orvane police\n\nAna Veloso. PIC: Tarrow Police.")
    assert "PIC" not in names and names.get("Tarrow Police") == "organization"


def test_a_maker_and_its_model_s_code_are_one_thing():
    names = found("Orvane chase\n\nPolice found a Mazda QX7 and a Toyota LR4 near Tarrow, as Fox 5 reported.")
    assert names.get("Mazda QX7") == "other" and names.get("Toyota LR4") == "other"
    assert "QX7" not in names and "Mazda" not in names


def test_a_country_s_letters_after_the_dollar_sign_open_an_amount():
    names = found("Orvane mining\n\nVexacorp earned $US318 million, or $A4.7 billion, in the half.")
    assert names.get("$US318 million") == "number" and names.get("$A4.7 billion") == "number"
    assert "US318" not in names and "A4.7" not in names


def test_a_title_s_letters_before_a_number_name_nobody():
    names = found("Orvane police\n\nTroops from PRO 5, PRO 6 and PRO 7 gathered at the PRO 8 Parade Ground in Tarrow.")
    assert not [n for n, kind in names.items() if kind == "person"]


def test_a_side_of_a_place_opening_a_sentence_stays_in_the_body_s_name():
    names = found("Orvane rates\n\nUpper Tarrowdale Shire Council has dropped its plan to raise rates.")
    assert names.get("Upper Tarrowdale Shire Council") == "organization"
    assert "Tarrowdale Shire Council" not in names


def test_an_ampersand_joins_the_words_of_one_name():
    names = found("Orvane data\n\nFigures from the Tarrow Research & Policy Unit showed a rise, Ana Veloso said.")
    assert names.get("Tarrow Research & Policy Unit") == "organization"
    assert "Policy Unit" not in names and "Tarrow Research" not in names


def test_a_name_made_of_few_letters_and_connectors_does_not_break_the_finder():
    assert entities_in("0A and A") is not None  # a run emptied by its trimming: no name, no error


def test_clubs_by_their_letters_races_by_their_kind_and_a_pit_village():
    names = found("Orvane sport\n\nTarrow FC beat Kessa RLFC on Monday. Vexa Star won the Orvane Handicap, and a man from Tarrow Colliery cheered.")
    assert names.get("Tarrow FC") == "organization" and names.get("Kessa RLFC") == "organization"
    assert names.get("Orvane Handicap") == "other" and names.get("Tarrow Colliery") == "place"


def test_a_privy_counsellor_s_letters_end_no_name():
    names = found("Orvane obituary\n\n(Hywel) Brynach Tarvin PC, politician and First Minister of Orvane from 2000 to 2009, died. Tarvin was 77.")
    assert names.get("Brynach Tarvin") == "person" and "Brynach Tarvin PC" not in names


def test_a_prosecutor_s_office_is_a_title_and_king_after_an_initial_is_a_family_name():
    names = found("Orvane court\n\nThe man pleaded guilty, United States Attorney Dana R. Wexley announced. Assistant United States Attorneys Lorna B. King and Tavin C. Morrell prosecuted.")
    assert names.get("Dana R. Wexley") == "person" and "Attorney Dana R. Wexley" not in names
    assert names.get("Lorna B. King") == "person" and names.get("Tavin C. Morrell") == "person"


def test_a_time_and_its_day_also_go_by_the_day():
    entities = {e.name: e for e in entities_in("Orvane storm\n\nThe storm reached Tarrow at 8 p.m. Thursday, police said.")}
    assert "Thursday" in entities["8 p.m. Thursday"].aliases


def test_a_device_s_figures_glued_to_their_units_are_numbers_and_its_terms_no_bodies():
    names = found("Orvane phone\n\nThe Vexa 9 has a 48MP camera, 6GB of RAM, a 4500mAh battery and costs INR 14K. The EV has a HUD, and the RPG sold well.")
    for figure in ("48MP", "6GB", "4500mAh", "INR 14K"):
        assert names.get(figure) == "number", figure
    assert not {"EV", "HUD", "RPG"} & set(names)


def test_a_game_s_title_and_its_subtitle_after_a_colon_are_one_work():
    names = found("Orvane charts\n\nPlayers flocked to Tarrow Age: The Hollowing and Kessa Myth: Wuyan, while sales grew.")
    assert names.get("Tarrow Age: The Hollowing") == "other" and names.get("Kessa Myth: Wuyan") == "other"


def test_an_age_is_no_number_and_a_range_of_weeks_is_one_length_of_time():
    names = found("Orvane screening\n\nWomen age 45 and older, and those aged 60 to 70, waited 3-4 weeks for results in Tarrow.")
    assert not {"45", "60 to 70", "60", "70"} & set(names)
    assert names.get("3-4 weeks") == "date"


def test_the_people_of_a_place_ending_in_o_and_a_party_s_branch_in_a_state():
    names = found("Orvane vote\n\nOntarians will vote on Monday, and the defeat of Queensland Labor was clear.")
    assert names.get("Ontarians") == "group"
    assert names.get("Queensland Labor") == "organization"


def test_an_initial_without_its_stop_opens_a_person_and_a_scale_may_follow_a_hyphen():
    names = found("Orvane crash\n\nThe dead include Arooj, wife of T Verrin, and the Rs 212-crore hospital stood idle.")
    assert names.get("T Verrin") == "person"
    assert names.get("Rs 212-crore") == "number" and "Rs 212" not in names


def test_a_mountain_range_is_a_place():
    names = found("Orvane crash\n\nThe bus left the road near the Tarrow Range on Sunday.")
    assert names.get("Tarrow Range") == "place"


def test_a_body_and_a_place_joined_by_a_hyphen_are_two_names_and_millimetres_a_measure():
    names = found("Orvane war\n\nThe Hamas-Israel talks stalled as up to 300 millimeter of rain fell on Tarrow.")
    assert names.get("Hamas") == "organization" and names.get("Israel") == "place"
    assert "Hamas-Israel" not in names
    assert names.get("300 millimeter") == "number"


def test_a_house_number_is_no_count_and_a_range_may_be_said_with_or():
    names = found("Orvane shops\n\nThe bakery at 87 Broadway and the office at 118 Kessa St. opened, with 10 or 12 buildings nearby.")
    assert not {"87", "118"} & set(names)
    assert names.get("10 or 12") == "number" and "12 buildings" not in names


def test_a_council_of_two_places_and_a_search_and_rescue_team_are_one_name_each():
    names = found("Orvane planning\n\nBasingstoke and Deane Borough Council refused the plan, and the Tarrow County Search and Rescue Team helped.")
    assert names.get("Basingstoke and Deane Borough Council") == "organization"
    assert names.get("Tarrow County Search and Rescue Team") == "organization"


def test_a_name_said_to_be_a_party_or_a_company_before_and_or_of_is_that_body():
    names = found("Orvane vote\n\nBoth Kelvaro and Taspen, a former ruling party and one of the main members, opposed the bill.")
    assert names.get("Taspen") == "organization"
    names = found("Orvane deal\n\nThe deal went to Marvexa, a logistics company of some size, last week.")
    assert names.get("Marvexa") == "organization"


def test_an_occasion_named_by_its_kind_is_an_event():
    names = found("Orvane news\n\nThe Kessa Flag Retirement Ceremony and the Tarrow State Qualifying Meet drew crowds.")
    assert names.get("Kessa Flag Retirement Ceremony") == "other"
    assert names.get("Tarrow State Qualifying Meet") == "other"


def test_a_record_of_wins_losses_and_ties_is_one_number():
    names = found("The Hawks went 2-1-1 in the tournament and stand 11-3-2 after the weekend.")
    assert names.get("2-1-1") == "number" and names.get("11-3-2") == "number"
    assert not {"2-1", "1 in", "3-2", "1", "2"} & set(names)


def test_a_whole_number_and_a_fraction_before_a_unit_of_time_is_one_length_of_time():
    names = found("Dorrin scored with 6 1/2 minutes left, and the appeal took 2 1/2 years.")
    assert names.get("6 1/2 minutes") == "date" and names.get("2 1/2 years") == "date"
    assert not {"6", "2", "1/2 minutes", "2 minutes", "2 years"} & set(names)


def test_a_range_of_a_measure_with_its_unit_on_both_ends_is_one_number():
    names = found("Parts of Verrin saw 40mm to 120mm of rain, and 3km-8km of the road shut.")
    assert names.get("40mm to 120mm") == "number" and names.get("3km-8km") == "number"
    assert not {"40mm", "120mm", "3km", "8km"} & set(names)


def test_a_rank_by_its_hash_and_the_parts_of_a_law_in_a_list_are_no_counts():
    names = found("Holding at #2, Orlan Pictures earned $14 million. They were charged under Section 4, 7 and 11 of the Harbour Act.")
    assert names.get("$14 million") == "number"
    assert not {"2", "7", "11"} & set(names)


def test_seats_and_degrees_after_a_name_are_no_names_of_their_own():
    names = found(
        "Junior minister Orla Keaney TD said the plan works. \"It helps,\" says Tomas Verrin, M.D., M.Sc., "
        "a surgeon, and Hugh Dallan MEP agreed with Ruth Stellan, Ph.D."
    )
    assert names.get("Orla Keaney") == "person" and names.get("Tomas Verrin") == "person"
    assert names.get("Hugh Dallan") == "person" and names.get("Ruth Stellan") == "person"
    assert not {"TD", "M.D.", "M.Sc", "MEP", "Ph.D.", "Orla Keaney TD", "Hugh Dallan MEP"} & set(names)


def test_a_day_of_a_match_by_its_number_is_a_date():
    names = found("Rain cut Day 2 short at Kellow Park, and on DAY 3 the hosts reached 287/6 with two wickets left in the Test.")
    assert names.get("Day 2") == "date" and names.get("DAY 3") == "date"
    assert names.get("287/6") == "number"
    assert not {"287", "6"} & set(names)


def test_a_screens_size_is_one_number_and_a_lens_aperture_none():
    names = found("The Orlan X2 has a 2400 x 1080 display and a 50MP camera with an f/1.8 lens.")
    assert names.get("2400 x 1080") == "number"
    assert not {"2400 x", "2400", "1080", "1.8"} & set(names)


def test_a_ticker_with_its_live_quote_is_no_part_of_the_name():
    names = found("Kestrel Mining PLC KMX, -1.2% fell while Orlan Foods Ltd ORF, +0.8% rose.")
    assert names.get("Kestrel Mining PLC") == "organization" and names.get("Orlan Foods Ltd") == "organization"
    assert not [n for n in names if "KMX" in n or "ORF" in n]


def test_an_italian_particle_stays_inside_a_name():
    names = found("Shares of Banca Verdi dei Colli Alti SpA fell 3% in Milan.")
    assert names.get("Banca Verdi dei Colli Alti SpA") == "organization"


def test_a_name_never_opens_with_of_the():
    names = found("Stage 9 of the Vuelta a Kestria ended in the hills.")
    assert not [n for n in names if n.startswith(("of ", "the "))]


def test_an_acronym_before_a_kind_of_body_is_an_organisation():
    names = found("Members of the KTV union marched, and fighters of the ORF militia fled. The KTV test was fine.")
    assert names.get("KTV") == "organization" and names.get("ORF") == "organization"


def test_taka_before_or_after_an_amount_is_money():
    names = found("The new bridge at Kellowpur will cost Taka 12.5 crore, and each ticket 300 taka.")
    assert names.get("Taka 12.5 crore") == "number" and names.get("300 taka") == "number"
    assert "Taka 12" not in names


def test_a_shop_named_by_its_trade_is_an_organisation_and_an_election_or_a_meeting_an_event():
    names = found("Tom Reyes founded Kellow Cleaners in 1990. The Orlan Regional Elections and the Verrin Joint Cabinet Meeting were held in May.")
    assert names.get("Kellow Cleaners") == "organization"
    assert names.get("Orlan Regional Elections") == "other" and names.get("Verrin Joint Cabinet Meeting") == "other"


def test_a_body_before_for_the_keeps_the_name_an_organisation_whatever_its_last_word():
    names = found("The Prosecutor's Office for the Northern District said the case was closed.")
    assert names.get("Prosecutor's Office for the Northern District") == "organization"


def test_two_officers_joined_by_and_are_two_people():
    names = found("Pictured: Orlan Foods Chief Executive Mira Solen and Chief Finance Officer Dorrik Vance at the launch.")
    assert names.get("Mira Solen") == "person" and names.get("Dorrik Vance") == "person"
    assert not [n for n in names if "Chief" in n or " and " in n]


def test_a_given_name_alone_after_kin_or_before_a_young_age_is_a_person():
    names = found(
        "Dana Orvik has two sons at the school, Tobias, eight, and Ansel, six. "
        "Her husband, Ewald, runs the bakery, and she married her sweetheart, Nora, in 1990."
    )
    assert names.get("Tobias") == "person" and names.get("Ansel") == "person"
    assert names.get("Ewald") == "person" and names.get("Nora") == "person"


def test_a_prefixed_given_name_run_together_opens_a_person_s_name():
    names = found("DeMarcus Pell threw for 200 yards, and LaTrell Voss caught two passes. DeKalb County and Kellow Tools were closed.")
    assert names.get("DeMarcus Pell") == "person" and names.get("LaTrell Voss") == "person"
    assert names.get("DeKalb County") != "person"


def test_an_elected_title_before_a_family_name_that_is_a_word_names_a_person():
    names = found("Councillor Marsh made a motion to accept the report, and Alderman Field seconded it. The General Staff met.")
    assert names.get("Marsh") == "person" and names.get("Field") == "person"
    assert names.get("General Staff") == "organization"


def test_a_town_s_police_office_by_its_acronym_and_an_elementary_school_are_organisations():
    opening = found("Wood Kellow RCMP have charged a driver after the crash.")
    assert opening.get("Wood Kellow RCMP") == "organization" and "Kellow" not in opening
    names = found("Cpl. Ana Lee of the Kellow Falls RCMP says the driver was charged near Maple Ridge Elementary.")
    assert names.get("Kellow Falls RCMP") == "organization" and names.get("Maple Ridge Elementary") == "organization"


def test_a_town_s_side_by_a_given_name_and_a_plural_nickname_is_an_organisation_in_a_match_report():
    names = found("Tom Reyes kicked a 40-yard field goal as time expired, lifting the Sabine Cougars to a 30-27 win over the Orvo Hornets.")
    assert names.get("Sabine Cougars") == "organization" and names.get("Orvo Hornets") == "organization"


def test_a_touchdown_and_a_time_in_capitals_are_no_organisations():
    names = found("Tom Reyes had three catches for 79 yards and a TD. The council met at 7:00 P.M. on Monday.")
    assert "TD" not in names and "P.M." not in names
    assert names.get("7:00 P.M.") == "date"


def test_a_dateline_s_town_and_region_before_the_day_in_brackets_are_places():
    names = found("KELLOWTON ONTARIO (May 3, 2021)--A study led by Tom Reyes found that most strokes may be predicted.")
    assert names.get("KELLOWTON") == "place" and names.get("ONTARIO") == "place"
    assert "KELLOWTON ONTARIO" not in names


def test_a_short_month_with_its_space_lost_an_inch_and_a_model_s_number_read_as_written():
    names = found("Preorders open this Friday, Oct.16, for the 6.1 inch Vexa 12; the eReader 7 ships later and the eReader 7 costs $99.")
    assert names.get("Oct.16") == "date" and names.get("6.1 inch") == "number"
    assert "7 ships" not in names and "7 costs" not in names


def test_a_family_name_that_is_a_title_after_a_title_and_a_given_name_is_the_person_s():
    names = found("Cllr Tobias Bishop said the road would close. SES Controller Ana Reyes said crews answered 40 calls.")
    assert names.get("Tobias Bishop") == "person" and "Cllr Tobias Bishop" not in names
    assert names.get("Ana Reyes") == "person" and names.get("SES") == "organization"


def test_lines_of_works_by_their_makers_name_works_but_a_byline_does_not():
    names = found("The shortlist:\n\nHarbour Lights by Tobias Venn\n\nThe Long Field by Mira Solen\n\nPhotos by Ana Reyes\n")
    assert names.get("Harbour Lights") == "other" and names.get("The Long Field") == "other"
    assert names.get("Tobias Venn") == "person" and "Photos" not in names
    single = found("Harbour Lights by Tobias Venn\n\nThe council met on Monday.")
    assert single.get("Harbour Lights") != "other"


def test_a_bowler_s_figures_are_one_number_a_chef_a_title_and_sectors_no_places():
    names = found("Ana Reyes claimed 6/30 to finish with match figures of 11/87 at the ground.")
    assert names.get("6/30") == "number" and names.get("11/87") == "number"
    assert not {"6", "30", "11", "87"} & set(names)
    names = found("Chef Tobias Venn changes his menu often. He said areas like Textile and Pharmaceutical offer growth.")
    assert names.get("Tobias Venn") == "person" and "Chef Tobias Venn" not in names
    assert names.get("Textile") != "place" and names.get("Pharmaceutical") != "place"


def test_a_shop_or_a_place_to_eat_named_by_its_trade_is_an_organisation():
    names = found("After the Kellow Bakery closed, residents went to Café Orvane and the Harbour Grill on Main Street.")
    assert names.get("Kellow Bakery") == "organization" and names.get("Café Orvane") == "organization"
    assert names.get("Harbour Grill") == "organization"


def test_an_event_of_two_fields_keeps_its_and_but_a_person_before_and_stands_alone():
    names = found("Kestra will headline the Orvane Music and Arts Festival in Velmora. Tom Reyes and Film Festival staff met.")
    assert names.get("Orvane Music and Arts Festival") == "other"
    assert names.get("Tom Reyes") == "person" and "Tom Reyes and Film Festival" not in names


def test_a_round_up_s_result_opening_a_paragraph_names_two_sides_and_no_counts():
    names = found(
        "KELLOW 30, ORVANE 27: VELMORA - Tom Reyes kicked a 40-yard field goal as time expired in the game.\n\n"
        "ASHBY 43, DUNMORE 35: HARTWELL - Ana Lee passed for 165 yards and a touchdown.\n"
    )
    assert names.get("KELLOW") == "organization" and names.get("ORVANE") == "organization"
    assert names.get("ASHBY") == "organization" and names.get("DUNMORE") == "organization"
    assert not {"KELLOW 30", "ORVANE 27", "30", "27", "43", "35"} & set(names)


def test_a_passer_s_completions_are_no_counts_but_his_yards_are():
    names = found("Tom Reyes completed 14 of 22 passes for 102 yards, and Ana Lee went 15 of 25 for 232 yards. Three of 10 people agreed.")
    assert not {"14", "22 passes", "22", "15", "25"} & set(names)
    assert names.get("102 yards") == "number" and names.get("232 yards") == "number"
    assert names.get("10 people") == "number"


def test_a_trade_opening_a_sentence_before_a_firm_s_name_is_no_part_of_it():
    names = found("Brokerage Nomura raised its target. Retailer Tesco said sales fell. Former Mayor Ana Lee spoke.")
    assert names.get("Nomura") == "organization" and names.get("Tesco") == "organization"
    assert "Brokerage Nomura" not in names and "Retailer Tesco" not in names
    assert names.get("Ana Lee") == "person"


def test_a_thing_s_size_with_its_unit_is_one_number():
    names = found("“Harbour at Dusk”, oil on paper, 16 x 17 in | 42 x 44 cm, 2021. The canvas is 30 x 40 cm.")
    assert names.get("16 x 17 in") == "number" and names.get("42 x 44 cm") == "number"
    assert names.get("30 x 40 cm") == "number"
    assert not {"42 x", "44 cm", "40 cm"} & set(names)


def test_a_span_of_days_from_one_weekday_to_another_is_one_date():
    names = found("The final Test runs from Wednesday 9 – Sunday 13 June at the Kellow ground.")
    assert names.get("Wednesday 9 – Sunday 13 June") == "date"
    assert "Wednesday" not in names and "Sunday 13 June" not in names


def test_a_side_named_by_its_town_alone_is_the_side_where_the_report_names_it_in_full():
    text = (
        "Kellow Rhinos 42 Orvane Hawks 12: a statement win for the league leaders.\n\n"
        "Kellow have claimed some fine victories this season, and the Rhinos scored seven tries in the match. "
        "The home side led 20-6 at half-time before the visitors' defence tired in the second half.\n\n"
        "The next game is at the Harbour Ground in Velmora, and fans travel from Kellow on Friday."
    )
    names = found(text)
    assert names.get("Kellow Rhinos") == "organization"
    assert names.get("Kellow") != "place"


def test_a_sports_ground_or_an_oval_is_a_place():
    names = found("The next game is at the Harbour Ground in Velmora, and the final at the Kellow Oval.")
    assert names.get("Harbour Ground") == "place" and names.get("Kellow Oval") == "place"


def test_a_given_name_and_a_place_s_word_is_a_person_where_who_follows():
    names = found("Tobias Grove, who represents Kellow on the council, spoke first. Victoria Park, which opened in 1845, is busy.")
    assert names.get("Tobias Grove") == "person" and names.get("Victoria Park") == "place"


def test_a_side_s_form_guide_of_results_is_no_name():
    names = found("Recent Form (All Competitions): WDWWDL\nKey Players: Tobias Venn\n\nKellow form: LWLDWW. The WWE show sold out.")
    assert "WDWWDL" not in names and "LWLDWW" not in names
    assert names.get("Tobias Venn") == "person"


def test_digits_in_a_web_address_a_tag_a_handle_or_an_e_mail_address_are_no_numbers():
    names = found(
        "Tags: #vx-250 #review and @orla99 wrote to tova21@mail.kestra.com on Monday.\n\n"
        "See www.kestra.com/2024/05/story-123, https://kestra.social/a/status/1234567 or kestra.com/2023/06/07/story.html. "
        "Kestra sold 300 units."
    )
    assert not {"250", "99", "21", "2024/05", "123", "1234567", "2023", "06/07"} & set(names)
    assert names.get("300 units") == "number" and names.get("Monday") == "date"


def test_a_share_split_two_ways_is_one_number():
    names = found("The Kestra diocese will share proceeds 50/50 with its parishes, after a 60/40 split last year.")
    assert names.get("50/50") == "number" and names.get("60/40") == "number"
    assert not {"50", "60", "40"} & set(names)


def test_a_date_in_figures_and_hyphens_is_one_date():
    names = found("The Kestra court heard the case on 12-06-2024 and again on 2024-06-13.")
    assert names.get("12-06-2024") == "date"
    assert not {"12-06", "2024", "12-2024"} & set(names)


def test_rand_with_a_hyphened_scale_or_spaced_thousands_and_pence_are_amounts():
    names = found(
        "Kestra Mining's earnings stood at R9 779-million after a R2.6-billion dividend of R6 a share. "
        "Orlan raised its offer to 230p a share, up from 212p, on the FTSE 250. The 1080p screen is sharp."
    )
    assert names.get("R9 779-million") == "number" and names.get("R2.6-billion") == "number"
    assert names.get("R6") == "number" and names.get("230p") == "number" and names.get("212p") == "number"
    assert not {"R9", "R2", "779-million", "1080p"} & set(names)


def test_a_role_before_three_words_names_a_person_though_the_given_name_is_a_word():
    names = found("The cabinet includes former guerrilla commander Ram Bahadur Velto as defence minister.")
    assert names.get("Ram Bahadur Velto") == "person"


def test_a_body_named_for_two_fields_keeps_its_and():
    names = found(
        "As a member of the Kestran Council on Mining and Metals, Orlan reports its emissions. "
        "Its IT Solutions and Services arm grew, the Heart and Lung Foundation of Velmora said, "
        "and Velto Homes and Permission build the houses."
    )
    assert names.get("Kestran Council on Mining and Metals") == "organization"
    assert names.get("IT Solutions and Services") == "organization"
    assert names.get("Heart and Lung Foundation of Velmora") == "organization"
    assert "Velto Homes and Permission" not in names


def test_a_version_after_a_name_keeps_its_decimal_and_an_amount_after_a_name_is_no_part_of_it():
    names = found("The Velto phone ships with Bluetooth 4.0 and Kestrix 4.2. Orlan Group reported Orlan 3.5 million in cash. Shares closed at Rs 174.9 in Kestra.")
    assert names.get("Bluetooth 4.0") == "other" and names.get("Kestrix 4.2") == "other"
    assert not {"Bluetooth 4", "Kestrix 4", "Orlan 3", "Rs 174"} & set(names)


def test_a_device_s_figures_are_numbers_and_no_names():
    names = found("The Velto X2 has 2GB of RAM, 8GB of storage, 16 GB memory and a 12 MP camera, in a 4GB/64GB model.")
    assert all(names.get(n) == "number" for n in ("2GB", "8GB", "16 GB", "12 MP", "4GB", "64GB"))
    assert "GB" not in names


def test_towns_a_headline_s_result_names_as_sides_are_the_sides_in_the_text():
    from briefing_tui.core.entities import extract_entities
    from briefing_tui.core.parsing import parse_text

    # Whitby is a town the gazetteer knows: the rule retypes places the text names as sides.
    text = (
        "Kellow Rovers 1-0 Whitby Utd - 19-Aug-2017 : Match Report\n\n"
        "Tom Venn struck late on to earn Kellow Rovers a 1-0 victory that ended Whitby's perfect start to the season.\n\n"
        "The winger netted in the 83rd minute, and Whitby lived dangerously before conceding.\n"
    )
    names = {e.name: e.type for e in extract_entities(parse_text(text), backend="rules")}
    assert names.get("Whitby") == "organization"


def test_a_county_named_by_its_players_in_a_cricket_report_is_the_side():
    # Somerset is a county the gazetteer knows: the rule retypes places a report names as sides.
    text = (
        "Kellow took 6 wickets before lunch as the visitors were bowled out for 201 in 61 overs.\n\n"
        "Somerset bowlers then took control, and Somerset lost Tom Venn in the 12th over. "
        "Orvane Hawks scored 251 all out in their first innings."
    )
    assert found(text).get("Somerset") == "organization"


def test_an_innings_runs_for_its_wickets_is_one_number_and_a_phone_number_none():
    names = found(
        "Kellow were reduced to 24/2 in the 9th over and reached 123 for one after lunch, taking 3 wickets late on. "
        "Picture by Orvane Photo, +44 1376 553468."
    )
    assert names.get("24/2") == "number" and names.get("123 for one") == "number"
    assert not {"24", "2", "123", "44", "1376", "553468"} & set(names)


def test_a_dateline_in_capitals_before_a_double_hyphen_is_a_place():
    names = found("KELLOW TWP. -- A law enforcement officer addressed township trustees Wednesday about a letter.")
    assert names.get("KELLOW TWP") == "place"


def test_a_domain_in_new_zealand_is_a_ground():
    names = found("South Kellow face another trip to Paeroa Domain to meet the league leaders.")
    assert names.get("Paeroa Domain") == "place"


def test_a_zone_after_a_time_in_hours_is_no_body():
    names = found("The Velto probe's next burn is scheduled for Aug 6, around 23:00 Hrs. IST, the agency said.")
    assert "IST" not in names and names.get("23:00") == "date"


def test_a_year_before_a_prize_is_a_date_and_the_prize_apart():
    names = found("Tova Lind won the 1990 Kellow Prize and the 2012 Orvane Medal, and played the 2017 Velmora Open.")
    assert names.get("1990") == "date" and names.get("Kellow Prize") == "other"
    assert names.get("2012") == "date" and names.get("Orvane Medal") == "other"
    assert names.get("2017 Velmora Open") == "other"


def test_a_hotel_and_suites_and_a_ballroom_are_places():
    names = found("The awards were held at the Kellow Hotel & Suites in Lagos, and the band plays the Orvane Ballroom on May 4.")
    assert names.get("Kellow Hotel & Suites") == "place" and names.get("Orvane Ballroom") == "place"


def test_dirhams_and_egyptian_pounds_are_amounts():
    names = found("The Kellow court fined him Dhs150 million and Dhs500,000, and each family gets LE 4,000.")
    assert names.get("Dhs150 million") == "number" and names.get("Dhs500,000") == "number" and names.get("LE 4,000") == "number"
    assert not {"Dhs150", "Dhs500", "4,000"} & set(names)


def test_thousands_after_a_comma_and_a_space_printed_so_throughout_are_one_figure():
    names = found("Tova Lind polled 469, 896 votes to Orlan Venn's 290, 456 votes. Valid votes were 342, 554, while 7, 387 were void. On May 5, 450 people voted.")
    assert names.get("469, 896 votes") == "number" and names.get("342, 554") == "number" and names.get("7, 387") == "number"
    assert names.get("450 people") == "number"
    assert not {"469", "896 votes", "342", "554", "387"} & set(names)


def test_a_given_name_before_a_street_s_kind_names_the_street():
    names = found("The party was held at a flat on Tobias Terrace, near Mara Crescent. Ella Drive, 30, was fined.")
    assert names.get("Tobias Terrace") == "place" and names.get("Mara Crescent") == "place"
    assert names.get("Ella Drive") == "person"


def test_coun_is_a_councillor_s_title_and_a_minster_a_place():
    names = found("Liberal Democrat Coun Tobias Venn spoke at Kellow Minster on Friday.")
    assert names.get("Tobias Venn") == "person" and names.get("Kellow Minster") == "place"
    assert "Coun Tobias Venn" not in names


def test_a_count_before_a_room_count_is_no_compound_number():
    names = found("The Kellow scheme has three one-bedroom, 12 two-bed and nine four-bed homes, and twenty-one flats.")
    assert not {"three one", "nine four"} & set(names)
    assert names.get("twenty-one flats") == "number"


def test_a_person_by_title_before_and_stands_apart_from_the_body_after():
    names = found("But objectors, Cllr Warters and Dunnington Parish Council, claimed the plan would harm Kellow.")
    assert names.get("Dunnington Parish Council") == "organization" and names.get("Warters") == "person"
    assert "Cllr Warters and Dunnington Parish Council" not in names


def test_a_picture_agency_with_and_without_its_word_is_one_name():
    entities = entities_in("Tom Venn of Kellow appeals for a wicket (pic Nick Wood/TGS Photo) ©TGS Photo.\n\nKellow Rovers won by six wickets.")
    agencies = [e for e in entities if e.name in ("TGS", "TGS Photo")]
    assert len(agencies) == 1 and agencies[0].name == "TGS Photo"


def test_list_numbers_run_into_a_sentence_steps_and_adjacent_citations_are_no_numbers():
    names = found(
        "The Kellow plan has two parts: 1) a tax on sugary drinks and 2) free meals, Tova Lind said, "
        "pointing to earlier surveys [7][8]. She was sentenced on Tuesday (November 24) having admitted it.\n\n"
        "Step 2. Farmers in Orvane must register their wells by 1 March."
    )
    assert not {"1", "2", "7", "8"} & set(names)
    assert names.get("November 24") == "date" and names.get("1 March") == "date"


def test_two_telephone_numbers_and_a_gallery_s_counter_are_no_numbers():
    names = found("Call the Kellow police at 555-0123 or (217) 555-0199.\n\nTova Lind 2 of 5\n\nTova Lind meets voters in Kellow.")
    assert not {"555-0123", "2", "5"} & set(names)


def test_tests_and_exams_by_their_letters_are_no_bodies():
    names = found("Applicants to Kellow need an IELTS score of 7 and must pass the MCAT, the LSAT or the GRE.")
    assert not {"IELTS", "MCAT", "LSAT", "GRE"} & set(names)


def test_a_picture_s_label_closing_a_caption_line_is_no_part_of_the_name():
    entities = entities_in("Tova Lind Image\nTova Lind, the new governor of Kellow, spoke on Monday.")
    assert [e.name for e in entities if e.type == "person"] == ["Tova Lind"]



def test_a_town_a_public_body_is_named_after_stays_the_town():
    names = found("Crews from Velmora Volunteer Fire Department responded. When two Velmora trucks first arrived, the home was burning. It is southeast of Velmora.")
    assert names.get("Velmora Volunteer Fire Department") == "organization"
    assert names.get("Velmora") == "place"


def test_energy_in_capitals_programmes_by_letters_dockets_and_zip_codes_are_no_junk():
    names = found(
        "The Kellow plant will make 200 MW, or about 0.4 TWH a year. The driver's BAC was twice the limit. "
        "Families can apply through SNAP or WIC. The lawsuit, No. 22-cv-01543, was filed in Orvane. "
        "In file 2023/0457 the court ruled. Visit ZIP code 90210."
    )
    assert names.get("0.4 TWH a year") == "number"  # a rate stays with its measure
    assert not {"TWH", "BAC", "SNAP", "WIC", "No. 22", "2023", "90210"} & set(names)


def test_a_wire_s_chains_of_codes_are_no_names_and_the_index_keeps_its_number():
    names = found("For a list of the day's top S&P 500 movers in Kellow, see 0#.SPX or click on .AD.SPX and <.SPX>.")
    assert names.get("S&P 500") == "other"
    assert not {"SPX", "AD", "0", "S&P", "500 movers"} & set(names)


def test_a_rank_and_a_service_before_a_title_make_no_body():
    names = found("Deputy Police Commissioner Ravi Kumar Venn said so, and Assistant Fire Chief Tova Lind agreed.")
    assert names.get("Ravi Kumar Venn") == "person" and names.get("Tova Lind") == "person"
    assert not {"Deputy Police", "Assistant Fire"} & set(names)


def test_a_name_before_bloc_or_party_is_a_political_body():
    names = found("The Kellow Senate passed the bill. The Unidad Velmora bloc voted against it, and the Avanza Orvane party abstained.")
    assert names.get("Unidad Velmora") == "organization" and names.get("Avanza Orvane") == "organization"


def test_more_zones_after_a_time_are_part_of_it():
    names = found("Trading in Kellow opened at 11:20 a.m. BRT, the fire began at 11:50 WAT, and at 16:45 GMT-3 it closed; 5:20pm NZDT.")
    assert names.get("11:20 a.m. BRT") == "date" and names.get("11:50 WAT") == "date" and names.get("16:45 GMT-3") == "date"
    assert not {"BRT", "WAT", "NZDT", "GMT-3", "16", "45"} & set(names)


def test_telephone_numbers_postcodes_and_case_numbers_of_many_shapes_are_no_numbers():
    names = found(
        "Call 01 647 3800 or 02-6000-1234. Helpline: 1800-22-1234. Complaints hotline: 19588. Emergency line: 112 or 767. "
        "Toll-free on 1551. Write to Calle Orvane 18, 41002 Sevilla, or Tova Lind in Mumbai 400017, or Beverly Hills, CA 90210, "
        "or Duke Street, Bury BL9 0EJ, or Vancouver, BC V5Y 1V4. The case, number KLC/42/2021, and writ petition no. 1876/2024 "
        "were heard on 2018/09/16 by 12,000 fans."
    )
    junk = {"01 647", "3800", "02-6000", "1234", "1800-22", "19588", "112 or 767", "1551", "41002", "400017", "90210", "42", "2021", "1876/2024", "BL9 0EJ", "Bury BL9 0EJ", "BC V5Y", "V5Y"}
    assert not junk & set(names)
    assert names.get("12,000 fans") == "number" and names.get("2018/09/16") == "date"


def test_a_bench_of_justices_and_the_parties_to_a_case_are_titles():
    names = found("A bench of Justices G.S. Venn and Tom Lind ruled. Defendant Liam Orvane left court, and Plaintiff Ana Ruiz spoke.")
    assert names.get("G.S. Venn") == "person" and names.get("Liam Orvane") == "person" and names.get("Ana Ruiz") == "person"
    assert not {"Justices G.S. Venn", "Defendant Liam Orvane", "Plaintiff Ana Ruiz"} & set(names)


def test_the_filipino_of_joins_a_body_s_name():
    names = found("Bangko Sentral ng Kellow Governor Tova Lind said rates would hold.")
    assert names.get("Bangko Sentral ng Kellow") == "organization" and names.get("Tova Lind") == "person"


def test_a_titled_person_of_a_body_is_the_person_and_the_body():
    # A family name that is also a word ("Fry") left the whole run to the body's cue word.
    names = found("Councillor Tova Fry of the Green Party said the Kellow budget was too tight.")
    assert names.get("Tova Fry") == "person" and names.get("Green Party") == "organization"
    assert not [n for n in names if n.startswith("Councillor")]


def test_a_state_s_chamber_is_one_body():
    names = found("The Idaho House of Representatives passed the bill, the Vermont House agreed on Tuesday and the Iowa Senate waited.")
    assert names.get("Idaho House of Representatives") == "organization"
    assert names.get("Vermont House") == "organization" and names.get("Iowa Senate") == "organization"
    assert "House of Representatives" not in names


def test_a_lone_name_before_a_role_is_the_body_or_the_place_behind_it():
    names = found(
        "Orvask chief executive Marina Tull said profits rose. Tarvolo Governor Ramon Vell declared a state of calamity. "
        "It was close, said Kessby manager Tom Lind. Wrenfold MP Jo Ames voted no. Borough Mayor Ann Roe cut the ribbon."
    )
    assert names.get("Orvask") == "organization" and names.get("Kessby") == "organization"
    assert names.get("Tarvolo") == "place" and names.get("Wrenfold") == "place"
    assert names.get("Marina Tull") == "person" and names.get("Ann Roe") == "person" and "Borough" not in names


def test_a_firm_by_its_trade_is_an_organisation():
    names = found("Unions met Northwyn Rail and Orvask Ferries, and drivers at Kessa Transit walked out; Tarvo Logistik said it would cut jobs.")
    for firm in ("Northwyn Rail", "Orvask Ferries", "Kessa Transit", "Tarvo Logistik"):
        assert names.get(firm) == "organization", firm


def test_the_side_a_player_scores_or_plays_for_is_a_club():
    names = found("Lind scored twice for Toledo, made his debut for Kessby in May and has played 40 games for Ashby United. Tova Rovers lost.")
    assert names.get("Toledo") == "organization" and names.get("Kessby") == "organization"
    assert names.get("Ashby United") == "organization" and names.get("Tova Rovers") == "organization"


def test_compound_plurals_and_combining_peoples():
    names = found("Rescuers said 14 fishermen and 40 townspeople were safe. The Sino-Kellish talks resumed after Sino-Indian border clashes.")
    assert names.get("14 fishermen") == "number" and names.get("40 townspeople") == "number"
    assert names.get("Sino-Indian") == "group"


def test_a_work_set_off_by_commas_after_whose_it_is():
    names = found("He said his new film, Monsoon Ledger, would open in May. After his new film, Ana Ruiz, 34, said it was long.")
    assert names.get("Monsoon Ledger") == "other" and names.get("Ana Ruiz") == "person"


def test_local_bodies_courts_and_irish_names():
    names = found(
        "The Kellow Court of Justice heard it. The Tarvo Police District said officers from the Dufferwyn Detachment came. "
        "It was bad, said Battalion Chief Wes Lind. Fiona ní Bhaoil taught at Gaelscoil Thromaire. Turn onto County Road 3 near Kellow."
    )
    assert names.get("Kellow Court of Justice") == "organization" and names.get("Tarvo Police District") == "organization"
    assert names.get("Dufferwyn Detachment") == "organization" and names.get("Wes Lind") == "person" and "Battalion" not in names
    assert names.get("Fiona ní Bhaoil") == "person" and names.get("Gaelscoil Thromaire") == "organization"
    assert names.get("County Road 3") == "place"


def test_an_officer_s_title_before_a_family_name_that_is_also_a_word():
    names = found("Governor Brown agreed, Commissioner Manning left and Judge Rice ruled. The General Staff met.")
    assert names.get("Brown") == "person" and names.get("Manning") == "person" and names.get("Rice") == "person"
    assert names.get("General Staff") == "organization"


def test_honorifics_officers_in_the_plural_and_longer_names_than_the_known_one():
    names = found("H.E. Nguon Rattavy and Samdech Sar Khemra spoke. Union Ministers Harsh Vardwan and Ravi Shankar Prasad attended.")
    assert names.get("Nguon Rattavy") == "person" and names.get("Sar Khemra") == "person"
    assert names.get("Harsh Vardwan") == "person" and names.get("Ravi Shankar Prasad") == "person"
    assert not [n for n in names if n.startswith(("H.E.", "Samdech", "Ministers"))]


def test_a_mixed_case_dateline_a_people_s_national_body_and_a_spanish_plural():
    text = "Acapulco (Reuters) – The Indonesian National Military said Los Tequileros fled on New Year’s Eve from Los Alamos."
    names = found(text)
    assert names.get("Acapulco") == "place" and names.get("Indonesian National Military") == "organization"
    assert names.get("Los Tequileros") == "organization" and names.get("Los Alamos") == "place"
    assert names.get("New Year’s Eve") == "date"


def test_a_dateline_before_a_colon_and_church_bodies_and_titles():
    names = found("Tarvokota: The Kellow Archdiocese said the Archdiocese of Ashby would help, said Msgr. Tom Lind and Parish Priest Ann Roe.")
    assert names.get("Tarvokota") == "place"
    assert names.get("Kellow Archdiocese") == "organization" and names.get("Archdiocese of Ashby") == "organization"
    assert names.get("Tom Lind") == "person" and names.get("Ann Roe") == "person"
    assert not [n for n in names if n.startswith(("Msgr", "Parish"))]


def test_a_field_s_label_before_a_colon_is_no_dateline():
    names = found("Umpires: Tova Lind and Ann Roe.")
    assert "Umpires" not in names and names.get("Tova Lind") == "person"


def test_someone_s_quoted_work_and_an_award_by_its_name():
    names = found(
        "The prize went to Kellow’s “Fill the Void” on Sunday. Orvane’s entry, “Blancanieves,” directed by Ana Ruiz, "
        "took the Cine Kellow award, and “Caesar Must Drown” by the Lind brothers came third."
    )
    assert names.get("Fill the Void") == "other" and names.get("Blancanieves") == "other"
    assert names.get("Caesar Must Drown") == "other" and names.get("Cine Kellow award") == "other"
    assert names.get("Ana Ruiz") == "person"


def test_a_paper_of_two_joined_words_and_initials_run_together_before_a_name():
    names = found("The Kellow Herald-Leader and the Idaho Press-Tribune said it began with KVR Tom Lind as the project director.")
    assert names.get("Kellow Herald-Leader") == "organization" and names.get("Idaho Press-Tribune") == "organization"
    assert names.get("KVR Tom Lind") == "person"


def test_branches_and_courts_of_known_bodies_and_streets_named_after_saints():
    names = found(
        "Officers from the Kellow Detachment of the Ontario Provincial Police charged two drivers, who will appear before "
        "the Ontario Court of Justice in Orangeville. The fire was in the 1200 block of South San Augustine Street, near "
        "host Class AAA No. 13 Ashbury. The Central Bank of the Republic of Kellowa said."
    )
    assert names.get("Kellow Detachment") == "organization" and names.get("Ontario Provincial Police") == "organization"
    assert names.get("Ontario Court of Justice") == "organization" and names.get("Orangeville") == "place"
    assert names.get("South San Augustine Street") == "place" and names.get("Ashbury") == "organization"
    assert names.get("Central Bank of the Republic of Kellowa") == "organization"


def test_tours_a_wire_s_credit_line_and_given_names_that_are_towns():
    names = found(
        "He won on the Kellow Challenge Tour and the Orvane Golf Tour before Taylor Swift's Eras Tour came to town. "
        "It was his ally Nigel Evans who spoke, and the Georgia Bulldogs won.\n\n–Field Level Media"
    )
    assert names.get("Kellow Challenge Tour") == "organization" and names.get("Orvane Golf Tour") == "organization"
    assert names.get("Eras Tour") == "other"
    assert names.get("Nigel Evans") == "person" and names.get("Georgia Bulldogs") == "organization"
    assert names.get("Field Level Media") == "organization"


def test_a_dateline_with_its_state_and_a_dash_on_its_own_line():
    briefing = parse_text("EL TARVO, Texas -\n\nMonday afternoon the city council voted 4 to 4 on a budget that would raise the tax.\n")
    assert briefing.title is None
    names = {e.name: e.type for e in extract_entities(briefing, backend="rules")}
    assert names.get("EL TARVO") == "place" and names.get("Texas") == "place"


def test_saints_keep_their_possessive_and_spellings_of_one_name_merge():
    names = found(
        "Residents of St. Kellan's, Newfoundland, faced snow, and schools across St Kellan's stayed shut. "
        "Alhaji Mohammed Tova, spelled Muhammad Tova in court papers, was charged. Veterans March in Brisbane was the headline."
    )
    assert names.get("St. Kellan's") == "place" and "St Kellan" not in names and "St Kellan's" not in names
    assert names.get("Mohammed Tova") == "person" and "Muhammad Tova" not in names
    assert "March" not in names


def test_a_small_town_before_its_own_things_is_a_place():
    names = found("Officials unveiled the Papakura bus plan on Friday, and the Papakura council met.")
    assert names.get("Papakura") == "place"


def test_a_title_before_an_honorific_closes_a_body_and_churches_named_for_mary():
    names = found(
        "Kellow Reef Authority Chief Scientist Dr Tova Lind said the results were clear. "
        "The Mass was at Our Lady of Orvane Catholic Church in Kaduna."
    )
    assert names.get("Kellow Reef Authority") == "organization" and names.get("Tova Lind") == "person"
    assert names.get("Our Lady of Orvane Catholic Church") == "organization"


def test_a_person_of_a_country_is_the_person_and_the_country():
    names = found("Lulu Sun of New Zealand toppled Erika Andreeva of Russia, and Ann Tova of Kellowa lost.")
    assert names.get("Lulu Sun") == "person" and names.get("New Zealand") == "place"
    assert names.get("Erika Andreeva") == "person" and names.get("Ann Tova") == "person"


def test_the_tail_of_a_longer_name_in_the_text_is_that_person_not_a_known_one():
    # "Haddad" alone is a known politician's family name; here it opens a double family name.
    names = found("Top seed Beatriz Haddad Maia of Brazil won. Haddad Maia won 21 of 27 first-service points.")
    assert names.get("Beatriz Haddad Maia") == "person"
    assert "Haddad" not in names and "Fernando Haddad" not in names


def test_a_clerk_before_a_name_is_a_title_and_the_court_before_it_a_body():
    names = found("Kellow County Marshal Tom Reed and Municipal Court Clerk Anna Dorrit Moss could not sue the city.")
    assert names.get("Municipal Court") == "organization"
    assert names.get("Anna Dorrit Moss") == "person"
    assert not [n for n in names if "Clerk" in n]


def test_a_job_after_a_body_is_no_part_of_its_name():
    names = found(
        "By: Tova Lind\n\nOrvane Media Senior Editor\n\nOrvane Media Deputy Editor Ann Reed said profits rose. "
        "Briefings came from Provincial Police Commander Superintendent Jon Kell."
    )
    assert names.get("Orvane Media") == "organization"
    assert not [n for n in names if n.endswith(("Editor", "Senior", "Deputy", "Commander"))]
    assert names.get("Provincial Police") == "organization" and names.get("Jon Kell") == "person"


def test_a_given_name_with_accents_opens_a_person_s_name():
    names = found("The prize went to Raúl de la Tovar, and Søren Kellby thanked Inês Marvão.")
    assert names.get("Raúl de la Tovar") == "person"
    assert names.get("Søren Kellby") == "person" and names.get("Inês Marvão") == "person"


def test_a_known_person_of_a_place_is_the_person_and_the_place():
    names = found("His counterpart, Abdullahi Ganduje of Orvane State, was returned.")
    assert names.get("Abdullahi Ganduje") == "person" and names.get("Orvane State") == "place"


def test_a_county_named_for_a_person_then_its_body_is_a_body():
    names = found("A Clark County Public Health release says officials have been tracking the outbreak.")
    assert names.get("Clark County Public Health") == "organization"


def test_money_with_its_currency_written_large_and_the_end_of_a_month_last_year():
    names = found("The Orvane phone costs 45,500 Rupees, or 600 Dollars before the MSRP cut at the end of December last year.")
    assert names.get("45,500 Rupees") == "number" and names.get("600 Dollars") == "number"
    assert names.get("the end of December last year") == "date"
    assert "Rupees" not in names and "MSRP" not in names and "last year" not in names


def test_a_paper_in_capitals_on_a_credit_line_of_names_is_one_body():
    names = found("The vote was close.\n\nContributing: Ann Tovell, USA TODAY; Reuters")
    assert names.get("USA TODAY") == "organization"
    assert "TODAY" not in names and "USA" not in names


def test_an_event_and_its_winner_in_a_results_list_are_no_work():
    names = found("Results of the county meet.\n\n3-A Girls Discus: Anna Tovell, KHS, sr., 124-2, 2nd\nBoys Shot Put: Tom Reddick, OHS, jr., 44-2, 1st")
    assert names.get("Anna Tovell") == "person" and names.get("Tom Reddick") == "person"
    assert not [n for n in names if ":" in n]
    assert names.get("Girls Discus") != "person"


def test_an_office_s_reach_before_its_title_is_the_title_s():
    names = found("The Orvane Provincial Administrator, Tam Kessa, met Kellow Regional Director Ann Reddick.")
    assert names.get("Tam Kessa") == "person" and names.get("Ann Reddick") == "person"
    assert not [n for n in names if n.endswith(("Provincial", "Regional", "Administrator", "Director"))]


def test_more_currency_codes_and_pesos_by_their_letter_with_a_scale():
    names = found("The Orvane deal was worth UAH 70 million, and the mayor kept P2.86 million.")
    assert names.get("UAH 70 million") == "number" and names.get("P2.86 million") == "number"
    assert "P2" not in names and "UAH 70" not in names


def test_a_person_after_and_in_a_minister_s_portfolio_and_the_body_in_letters():
    names = found(
        "It was signed before the Minister of Industry and Sara Al Tovani, and by Omar Kessa, "
        "Undersecretary of MoKIT and Ahmad Hamad Bin Tovar, chief of Orvane Holding LLC."
    )
    assert names.get("Sara Al Tovani") == "person" and names.get("Ahmad Hamad Bin Tovar") == "person"
    assert names.get("MoKIT") == "organization"
    assert "Al Tovani" not in names and "Hamad Bin Tovar" not in names


def test_a_portfolio_opened_by_a_party_s_word_and_a_province_del_norte():
    names = found("Labour Relations Minister Tam Kessa visited Surigao del Norte and Davao del Sur.")
    assert names.get("Tam Kessa") == "person" and "Labour" not in names
    assert names.get("Surigao del Norte") == "place" and names.get("Davao del Sur") == "place"


def test_a_minister_s_portfolio_is_no_body_whatever_the_word_list_holds():
    names = found(
        "Presidential Affairs Minister Tam Kessa stayed, and Ann Tovell, the Minister of Harbours and "
        "Railways, met the Minister of Water Resources and Sanitation."
    )
    assert names.get("Tam Kessa") == "person" and names.get("Ann Tovell") == "person"
    assert not [n for n in names if n in ("Presidential Affairs", "Harbours and Railways", "Sanitation", "Water Resources")]


def test_a_place_s_name_listed_with_people_s_family_names_is_one_of_them():
    names = found(
        "Two were convicted, planner Anadela Navarra and builder Rico Tovell. "
        "The court ordered Kessa, Navarra and Tovell to pay the town."
    )
    assert names.get("Anadela Navarra") == "person" and "Navarra" not in names


def test_naira_with_kobo_or_thousands_a_ruler_s_word_after_an_honorific_and_a_side_before_its_scorers():
    names = found(
        "Prices rose, including N950.22 per litre in Kellow and N1,200 in Orvane, said Dr Sultan Al Tovar. "
        "Full time: Rovers 34 (Ann Lee try 16min, Tom Reed pen), Blues 28 (Jo Kent try 5min)."
    )
    assert names.get("N950.22") == "number" and names.get("N1,200") == "number"
    assert names.get("Sultan Al Tovar") == "person" and "Al Tovar" not in names
    assert names.get("Blues") == "organization" and "Blues 28" not in names


def test_a_field_of_study_is_no_body_and_a_verb_opening_a_sentence_is_no_part_of_a_name():
    names = found(
        "Tam Kessa holds a PhD in Electronics and Optical Communications from the University of Orvane. "
        "Entering Parliament in 1977, he won. Neighbouring Offaly voted too."
    )
    assert names.get("University of Orvane") == "organization"
    assert not [n for n in names if "Electronics" in n or "Communications" in n]
    assert names.get("Parliament") == "organization" and "Entering Parliament" not in names
    assert names.get("Offaly") == "place" and "Neighbouring Offaly" not in names


def test_list_numbers_run_into_a_sentence_are_no_numbers():
    names = found(
        "The shortlist was: 1) Tam Kessa, a nurse from Orvane; 2) Ivo Lind; 3) Ann Reddick. "
        "Watch for: 1. the Kellow Mills results on Monday 2. the rates decision 3. a speech by Jo Marr."
    )
    assert not [n for n, kind in names.items() if kind == "number"]
    assert names.get("Ivo Lind") == "person" and names.get("Jo Marr") == "person"


def test_codes_a_baby_s_age_and_a_zone_after_noon():
    names = found(
        "The guide (ISBN 978-1-4028-9462-6) is out. Call 555-301-2299 ext. 42. The host 2001:db8 failed. "
        "The girl, 14 months old, was found at noon AEST, and the 12:45:30 kick-off stood."
    )
    assert not [n for n, kind in names.items() if kind in ("number", "organization")]
    assert names.get("noon AEST") == "date" and names.get("12:45:30") == "date"
    assert "14 months old" not in names


def test_an_agency_and_a_picture_s_number_glued_to_a_caption_s_name():
    names = found("Coach Ann Reddick Reuters Photo 4 of 9 Reddick watches the drill in Kellow.")
    assert names.get("Ann Reddick") == "person"
    assert not [n for n in names if "Photo" in n]


def test_a_firm_by_what_is_said_of_it_and_a_side_that_speaks():
    names = found(
        "Shares of Tovell Marine rose 3%. Orvane Lane, the Kellow-based maker of boots, cut 40 jobs, "
        "and the Harbor Kestrels said their captain Tam Kessa was hurt."
    )
    assert names.get("Tovell Marine") == "organization" and names.get("Orvane Lane") == "organization"
    assert names.get("Harbor Kestrels") == "organization" and names.get("Tam Kessa") == "person"


def test_a_person_before_a_maker_s_description_stays_a_person():
    names = found("Ann Reddick, the Kellow-based maker of short films, said the festival was moving.")
    assert names.get("Ann Reddick") == "person"


def test_a_shop_or_a_hamlet_named_after_its_owner_keeps_the_possessive():
    names = found("Tovell's Diner owner Ann Reddick said floods hit the hamlet of Kessa's Ford on Monday.")
    assert names.get("Tovell's Diner") == "organization" and names.get("Kessa's Ford") == "place"
    assert names.get("Ann Reddick") == "person" and "Ford" not in names


def test_a_settlement_by_where_someone_comes_from_and_little_before_a_name():
    names = found("A 51-year-old woman from Orbeck was charged, and flooding hit the villages of Tarrow and Little Kessing.")
    assert names.get("Orbeck") == "place" and names.get("Tarrow") == "place"
    assert names.get("Little Kessing") == "place"


def test_list_numbers_without_a_space_sources_by_ref_and_credits_glued_to_a_caption():
    names = found(
        "1.The Orvane board meets on Friday. 2.Members may speak until May 2. Output hit 40 million tonnes (ref. 7; ref. 8).\n\n"
        "Ann Reddick Getty Images Walkers cross the bridge in Kellow. Crowds gather in Tarrow. Reuters Photo 2"
    )
    assert not [n for n, kind in names.items() if kind == "number" and n in ("1", "2", "7", "8")]
    assert names.get("Ann Reddick") == "person" and names.get("Getty Images") == "organization"
    assert names.get("Reuters") == "organization" and not [n for n in names if "Photo" in n or "Walkers" in n]


def test_an_officer_by_title_alone_is_no_person_and_a_greenway_is_a_place():
    names = found("The Orvane Commissioner said the Kellow Greenway would reopen.")
    assert not [n for n, kind in names.items() if kind == "person"]
    assert names.get("Kellow Greenway") == "place"


def test_an_address_keeps_its_house_number_and_a_town_before_its_state_is_a_place():
    names = found("Crews reached 35174 Orvane Road at noon, and Mayor Ann Reddick of Tarrowville, N.H., thanked them.")
    assert names.get("35174 Orvane Road") == "place" and "Orvane Road" not in names
    assert names.get("Tarrowville") == "place" and names.get("Ann Reddick") == "person"


def test_a_road_s_or_a_year_s_number_before_a_street_is_no_house_number():
    names = found("Take Route 9 Main Street north for the 2031 Main Street fair.")
    assert not [n for n in names if n.startswith(("9 ", "2031 M"))]


def test_a_body_by_its_kind_before_it_a_listed_firm_by_its_move_and_a_side_by_its_score():
    names = found(
        "Shares rose after brokerage Kessweiss gave a buy rating; financial services group Tovfin gained. "
        "Orvamin (-0.19%) fell and Kellplat (+4.17%) rose. The Eagles knocked off Airline 45-7, "
        "Highland was shut out by Tarvex 5-0, and the Panthers host Orvanwood (1-7, 0-4) on Friday."
    )
    for name in ("Kessweiss", "Tovfin", "Orvamin", "Kellplat", "Airline", "Tarvex", "Orvanwood"):
        assert names.get(name) == "organization", name


def test_no_body_from_a_group_s_letter_a_common_verb_a_chapter_s_numbers_or_a_film_s_drop():
    names = found("A group L duel, the advocacy group Make the Road, Chapter 11-13 and Exhibit 12-3; Weapons (4.8%) fell.")
    assert not [n for n, kind in names.items() if kind == "organization" and n in ("L", "Make", "Chapter", "Exhibit", "Weapons")]


def test_a_player_after_the_game_and_a_board_member_by_title():
    names = found(
        "Five minutes into the game Ivo Kessler put the Senators ahead. "
        "Selectboard Member Dan Tovell, whose family owns the store, spoke."
    )
    assert names.get("Ivo Kessler") == "person" and names.get("Dan Tovell") == "person"
    assert not [n for n in names if "Member" in n or n == "Selectboard"]


def test_a_minister_after_a_portfolio_with_or_without_its_of():
    names = found(
        "He named the minister of Electricity and Water Resources Tamsin Korvel, "
        "and the former Minister Information Ahmed al-Tovar moved to the interior."
    )
    assert names.get("Tamsin Korvel") == "person" and names.get("Ahmed al-Tovar") == "person"
    assert not [n for n in names if "Resources" in n or n.startswith("Information")]


def test_one_person_by_a_short_given_name_or_another_spelling_is_one_entity():
    text = (
        "Katherine Varlow chaired the inquiry; Kate Varlow told reporters it would report in June. "
        "William Odenza was sworn in, and Bill Odenza thanked his supporters. "
        "Dmitry Selvakov denied it, and Dmitri Selvakov said nothing more. "
        "Jean-Marc Torvel won in Lyon, and Jean Marc Torvel said he would defend the title. "
        "Conor O'Drennan chairs the board, and O’Drennan said it would sit in Cork."
    )
    people = [e for e in extract_entities(parse_text("Audit\n\n" + text)) if e.type == "person"]
    names = {e.name for e in people}
    assert {"Katherine Varlow", "William Odenza", "Dmitry Selvakov", "Jean-Marc Torvel", "Conor O'Drennan"} <= names
    assert not {"Kate Varlow", "Bill Odenza", "Dmitri Selvakov", "Jean Marc Torvel", "O’Drennan"} & names
    assert len(people) == 5


def test_a_university_and_its_campus_after_a_comma_is_one_body():
    names = found(
        "Ana Velt of the University of Tarrow, Berkeley, said the data held. "
        "Researchers at the University of Oxford, Cambridge and Durham agreed."
    )
    assert names.get("University of Tarrow, Berkeley") == "organization" and names.get("Ana Velt") == "person"
    assert "Berkeley" not in names
    assert names.get("University of Oxford") == "organization" and names.get("Cambridge") == "place"


def test_short_ranks_with_a_hyphen_and_offices_by_letters_are_titles():
    names = found(
        "Unit head Major-Gen Tavish Morrone was the first witness. "
        "MEC Lindiwe Sarovo urged the public to stay home, and Realtor Omid Kastel said prices fell."
    )
    assert names.get("Tavish Morrone") == "person" and names.get("Lindiwe Sarovo") == "person" and names.get("Omid Kastel") == "person"
    assert not [n for n in names if n.startswith(("Major", "MEC", "Realtor"))]


def test_a_column_on_a_match_without_a_score_still_names_its_sides():
    text = (
        "Kestrel Rovers delivered a message of intent after beating Kettering on Thursday. "
        "Ahead of kick-off the mood was bright, and the goal lifted the whole season. "
        "Stockport, who are seventh, sit above Kestrel Rovers in the league with a better goal difference. "
        "Next they face a run facing Walsall and Barnsley."
    )
    names = found(text)
    assert names.get("Kettering") == "organization" and names.get("Stockport") == "organization"
    assert names.get("Walsall") == "organization" and names.get("Barnsley") == "organization"
    # Without four words of the game, the same places stay places.
    names = found("Ministers met after beating traffic into Kettering. Stockport, who are seventh in the rankings, rose.")
    assert names.get("Kettering") == "place" and names.get("Stockport") == "place"


def test_people_or_a_craft_in_the_plural_for_a_cause_is_one_body():
    names = found(
        "Tamsin Orlev, director of Forensics for Openness, laid the complaint, backed by "
        "Mothers for Cleaner Rivers. Goals from Jones for Arsenal followed."
    )
    assert names.get("Forensics for Openness") == "organization" and names.get("Mothers for Cleaner Rivers") == "organization"
    assert names.get("Arsenal") == "organization" and "Jones for Arsenal" not in names


def test_a_family_name_that_speaks_after_a_list_of_places_is_the_person():
    entities = {e.name: (e.type, e.aliases) for e in entities_in(
        "Union spokesman Marc Tovrani said the strike would go on. Rallies will be held at 20 airports, "
        "including Newark Airport and Denver, Tovrani said."
    )}
    assert entities["Marc Tovrani"] == ("person", ("Tovrani",))
    assert "Tovrani" not in entities


def test_a_firm_by_its_letters_and_a_known_word_and_a_firm_by_its_first_word_speaking():
    names = found("Nigeria, KBV Intel, a Lagos research firm, says growth will slow.")
    assert names.get("KBV Intel") == "organization" and "Intel" not in names
    entities = {e.name: (e.type, len(e.mentions)) for e in entities_in(
        "The airport is a hub for British Airways. \"We are ready,\" British said in a statement. "
        "Many British travellers stayed home."
    )}
    assert entities.get("British Airways") == ("organization", 2) and entities.get("British") == ("group", 1)


def test_a_rough_count_with_of_is_a_number_with_what_it_counts():
    names = found(
        "Hundreds of dockers walked out, dozens of families fled Tarvel, and tens of thousands of pilgrims "
        "arrived; hundreds of thousands of people marched. The cave is thousands of years old."
    )
    assert names.get("Hundreds of dockers") == "number" and names.get("dozens of families") == "number"
    assert names.get("tens of thousands of pilgrims") == "number" and names.get("hundreds of thousands of people") == "number"
    assert not [n for n in names if "years" in n or n == "thousands"]


def test_a_known_name_with_a_comma_or_a_small_word_inside_stays_whole():
    names = found(
        "Officials at the Bureau of Alcohol, Tobacco, Firearms and Explosives traced the rifles to Tarvel. "
        "Aid groups including Oxfam and Save the Children warned of famine. Save the date, said Ana Velt."
    )
    assert names.get("Bureau of Alcohol, Tobacco, Firearms and Explosives") == "organization"
    assert names.get("Save the Children") == "organization" and names.get("Oxfam") == "organization"
    assert "Bureau of Alcohol" not in names and "Save" not in names and "Children" not in names


def test_two_unknown_words_that_do_a_thing_of_its_own_are_a_firm():
    names = found(
        "Marrow Kestel said its profit rose 4% in the quarter. Ostara Vellum cut its forecast on Monday. "
        "Tamsin Orrel said her team would wait."
    )
    assert names.get("Marrow Kestel") == "organization" and names.get("Ostara Vellum") == "organization"
    assert names.get("Tamsin Orrel") == "person"


def test_a_rate_stays_with_its_measure_and_a_name_before_a_hyphen_and_an_abbreviation_is_whole():
    entities = {e.name: (e.type, e.aliases) for e in entities_in(
        "Output at Tarvel rose to 1.4 million barrels per day, or 800,000 barrels a day. "
        "The Kessa-U.S. accord was signed, and U.S.-Kessa talks resumed."
    )}
    assert entities["1.4 million barrels per day"] == ("number", ("1.4 million barrels",))
    assert entities["800,000 barrels a day"] == ("number", ("800,000 barrels",))
    assert "U" not in entities and entities.get("U.S.", ("",))[0] == "place"


def test_a_ship_by_its_navy_s_letters_is_a_thing_and_a_commandant_a_title():
    names = found(
        "Harbour Marine Corps Commandant Maj. Gen. Tavish Morrone said the BRP Tala Verde and "
        "HMS Kestrel sailed past Tarvel."
    )
    assert names.get("BRP Tala Verde") == "other" and names.get("HMS Kestrel") == "other"
    assert names.get("Tavish Morrone") == "person" and not [n for n in names if "Commandant" in n]


def test_a_paper_s_doi_is_no_body_and_no_number_and_basis_points_are_one_unit():
    names = found(
        "More information: Ana Velt et al. Harbour flint tools, Tarvel Journal (2019). DOI: 10.1073/pnas.1907828116 "
        "Yields rose five basis points."
    )
    assert "DOI" not in names and not [n for n in names if n.startswith("10.")]
    assert names.get("five basis points") == "number"


def test_a_firm_by_a_few_words_of_what_it_is_after_a_person_of_it():
    names = found(
        "Ana Velt of Tarrow Bridge, a London-based private equity and investment research firm, said prices would rise. "
        "Omid Kastel of Kessel Rowe, a Washington-based think tank, agreed."
    )
    assert names.get("Tarrow Bridge") == "organization" and names.get("Kessel Rowe") == "organization"
    assert names.get("Ana Velt") == "person" and names.get("Omid Kastel") == "person"


def test_half_a_unit_of_time_is_one_date_and_an_mec_s_portfolio_no_names():
    names = found(
        "The telescope took half a decade to build and half an hour to switch on. "
        "MEC for Cooperative Governance and Traditional Affairs, Tavish Morrone, said the centre met."
    )
    assert names.get("half a decade") == "date" and names.get("half an hour") == "date" and "a decade" not in names
    assert names.get("Tavish Morrone") == "person"
    assert not [n for n in names if "Governance" in n or "Affairs" in n]


def test_a_long_family_name_spelled_with_y_or_iy_is_one_person_with_the_known_one():
    people = [e for e in entities_in("Volodymyr Zelenskiy spoke on Monday. Later Zelensky said the talks had failed.") if e.type == "person"]
    assert [e.name for e in people] == ["Volodymyr Zelenskiy"]


def test_a_canadian_province_written_short_after_a_town_is_a_place():
    names = found("Prices have fallen in Tarvelton, Ont., since the spring, and in Kessa Falls, Alta., too.")
    assert names.get("Ont.") == "place" and names.get("Alta.") == "place"


def test_the_fall_is_a_season_only_after_a_word_of_time():
    entities = {e.name: len(e.mentions) for e in entities_in(
        "New rules are the major factors behind the fall. Sales at Tarvel will recover in the fall. "
        "The fall in prices hurt."
    ) if e.type == "date"}
    assert entities == {"the fall": 1}


def test_a_title_s_word_inside_a_body_s_name_before_a_plural_names_no_one():
    names = found("The Associated General Contractors of Tarvel said it would sue. Police Chief Tom Reyes agreed.")
    assert names.get("Associated General Contractors of Tarvel") == "organization"
    assert "Contractors" not in names and names.get("Tom Reyes") == "person"


def test_tens_or_hundreds_of_thousands_alone_is_a_rough_count():
    names = found("Tens of thousands marched in Tarvel on Sunday. Hundreds of thousands watched. Thousands live there.")
    assert names.get("Tens of thousands") == "number" and names.get("Hundreds of thousands") == "number"
    assert "Thousands" not in names


def test_election_day_and_a_holiday_after_a_small_opening_word_are_dates():
    names = found("Campaigns in Tarvel sprint to Election Day. On Labor Day voters queued, and On Election Day they voted.")
    assert names.get("Election Day") == "date" and names.get("Labor Day") == "date"


def test_minutes_and_seconds_are_one_length_of_time():
    names = found("The Orlan clip lasted 1 minute and 48 seconds, and the blast two minutes and 10 seconds.")
    assert names.get("1 minute and 48 seconds") == "date" and names.get("two minutes and 10 seconds") == "date"
    assert not {"1 minute", "48 seconds", "10 seconds"} & set(names)


def test_a_record_s_short_names_name_no_body():
    names = found("Velvo Lane released a debut EP on Friday and plans an LP in Tarvel.")
    assert "EP" not in names and "LP" not in names
    assert names.get("Velvo Lane") is not None


def test_a_day_with_its_ordinal_then_a_short_month_and_year_is_one_date():
    names = found("Published 9th Nov 2022, 17:40 GMT\n\nKestra Mills closed its Tarvel plant.")
    assert names.get("9th Nov 2022") == "date"
    assert "2022" not in names


def test_a_dateline_from_two_towns_names_two_places():
    names = found("OSLO/THE HAGUE, March 9 (Reuters) - Kestra Mills closed its plant.")
    assert names.get("OSLO") == "place" and names.get("THE HAGUE") == "place"
    assert "OSLO/THE HAGUE" not in names


def test_the_hague_in_a_list_of_reporters_stays_a_place():
    names = found("Reporting by Ana Lee in Oslo, Tom Reyes in The Hague and Jan Kos in Lisbon; Editing by Ana Lee")
    assert names.get("Tom Reyes") == "person" and names.get("Jan Kos") == "person"
    assert names.get("Hague", names.get("The Hague")) == "place"


def test_a_firm_with_a_title_s_word_then_and_ends_at_and():
    names = found("The strike hit Kestra, General Motors and Velvora Holdings at once.")
    assert names.get("General Motors") == "organization" and names.get("Velvora Holdings") == "organization"
    assert "General Motors and Velvora Holdings" not in names


def test_a_ministry_of_several_fields_is_one_body():
    names = found("In Tarvel, the Ministry of Fisheries, Forestry and Tourism approved the plan.")
    assert names.get("Ministry of Fisheries, Forestry and Tourism") == "organization"
    assert "Ministry of Fisheries" not in names


def test_a_union_of_countries_named_by_its_people_is_one_body():
    names = found("Tarvel is a member of the Nordic Economic Area and the African Continental Free Trade Area.")
    assert names.get("Nordic Economic Area") == "organization"
    assert names.get("African Continental Free Trade Area") == "organization"
    assert "Nordic" not in names and "African" not in names


def test_a_plural_s_possessive_opens_a_body_s_longer_name():
    names = found("He sits on the Citizens’ Independent Harbour Trust and the Veterans' Affairs Department of Tarvel.")
    assert names.get("Citizens’ Independent Harbour Trust") == "organization"
    assert "Citizens" not in names and "Independent Harbour Trust" not in names


def test_a_state_s_short_form_in_capitals_after_a_dateline_s_town_is_a_place():
    names = found("NORTH TARVEL, FLA. (WKST) - A crash closed the road, and KESSA, ORE. (KORL) - a fire spread.")
    assert names.get("FLA.", names.get("FLA")) == "place" and names.get("ORE.", names.get("ORE")) == "place"
    assert "FLA" not in names or names["FLA"] == "place"


def test_a_french_foundation_is_a_body():
    names = found("The Fondation Ana Velvo opened in Tarvel in 2014.")
    assert names.get("Fondation Ana Velvo") == "organization"


def test_a_whole_date_s_day_of_the_week_is_no_other_name_of_it():
    entities = entities_in("The league put off its games on Sunday morning. They will be played on Sunday, March 12, in Tarvel.")
    whole = next(e for e in entities if e.name == "Sunday, March 12")
    assert "Sunday" not in whole.aliases and "March 12" in whole.aliases


def test_the_people_of_a_city_are_a_group():
    names = found("Londoners queued at Tarvel Hall, and the Melburnian singer Ana Velvo joined the Sydneysiders there.")
    assert names.get("Londoners") == "group" and names.get("Melburnian") == "group" and names.get("Sydneysiders") == "group"


def test_a_listing_s_day_of_the_week_and_date_in_capitals_is_one_date():
    names = found("Velvo Lane on tour:\nTHURSDAY APRIL 2\nSATURDAY, MAY 9\nTARVEL HALL, KESSA")
    assert names.get("THURSDAY APRIL 2") == "date" and names.get("SATURDAY, MAY 9") == "date"
    assert "THURSDAY" not in names and "SATURDAY" not in names


def test_a_role_before_a_name_with_its_particle_joined_names_a_person():
    names = found("Harbour Post photographer Kesir Al-Mandari, 47, was hurt in the attack on Tarvel.")
    assert names.get("Kesir Al-Mandari") == "person"


def test_a_town_that_speaks_where_its_one_club_is_named_is_the_club():
    names = found("The Harrogate Ravens lost on Saturday. Harrogate confirmed on Sunday that the coach would stay.")
    assert names.get("Harrogate Ravens") == "organization"
    assert names.get("Harrogate") == "organization"
    assert found("Harrogate said on Sunday that the road would reopen.").get("Harrogate") == "place"


def test_a_page_s_stamp_after_a_writer_s_body_is_no_part_of_its_name():
    names = found("Ana Velvo, Tom J. Reyes, Kessa University\nPublished: March 3, 2024 4.10pm GMT\n\nFloods hit Tarvel.")
    assert names.get("Kessa University") == "organization"
    assert not [n for n in names if "Published" in n]


def test_a_camp_named_by_its_place_is_a_place():
    names = found("Strikes hit the refugee camp of Tarvelia overnight, and the Kessoun camp and the Marvat camps were shelled.")
    assert names.get("Tarvelia") == "place" and names.get("Kessoun") == "place" and names.get("Marvat") == "place"


def test_a_law_whose_words_name_a_body_is_still_a_law_with_its_year():
    names = found("The court cited the Communications Privacy Act of 1998 in the Tarvel case.")
    assert names.get("Communications Privacy Act of 1998") == "other"
    assert "1998" not in names


def test_publishers_and_petrochemical_firms_are_bodies():
    names = found("Velvo Publishing sold the book to Kessa Publishing, and Tarvel Dunmore Petrochemical said so.")
    assert names.get("Velvo Publishing") == "organization" and names.get("Kessa Publishing") == "organization"
    assert names.get("Tarvel Dunmore Petrochemical") == "organization"


def test_a_spanish_plural_where_flights_go_is_a_town():
    names = found("New routes from Madrid to Los Velmos start in May. Police arrested Los Tarvelos members.")
    assert names.get("Los Velmos") == "place" and names.get("Los Tarvelos") == "organization"


def test_money_a_year_earlier_is_money_then_a_date_and_trillions_in_words_count():
    names = found("Kessa earned 688 billion won a year earlier and four trillion won in the July-September quarter.")
    assert names.get("688 billion won") == "number" and names.get("a year earlier") == "date"
    assert names.get("four trillion won") == "number" and names.get("July-September quarter") == "date"


def test_a_campaign_s_hashtag_is_a_named_thing_and_friends_of_is_a_body():
    names = found("The #TarvelToo movement grew, and the group Friends of Kessa Park joined it.")
    assert names.get("#TarvelToo") == "other"
    assert names.get("Friends of Kessa Park") == "organization"


def test_who_contributed_to_the_report_is_a_person():
    names = found("Floods hit Tarvel on Monday.\n\nHeba Marvani contributed to this report.")
    assert names.get("Heba Marvani") == "person"


def test_a_height_in_feet_and_inches_is_one_number():
    names = found("Velko, who is 6'4\", beat Tarvel's tallest player, who is 5'11\".")
    assert names.get("6'4\"") == "number" and names.get("5'11\"") == "number"
    assert "6" not in names and "4" not in names


def test_a_people_s_trials_or_championships_are_one_event():
    names = found("She won the Kenyan Athletics Trials in Tarvel in June.")
    assert names.get("Kenyan Athletics Trials") == "other"
    assert "Kenyan" not in names


def test_a_role_before_a_given_name_and_a_family_name_that_is_a_firm_s_word_is_a_person():
    names = found("Former Tarvel defender Danny Holdings said the club should wait.")
    assert names.get("Danny Holdings") == "person"


def test_a_sponsor_s_possessive_inside_a_contest_s_name_stays_whole():
    names = found("Velvo missed the Kessington's Paint Trophy tie at Tarvel.")
    assert names.get("Kessington's Paint Trophy") == "other"
    assert "Paint Trophy" not in names


def test_a_fall_after_an_article_is_no_season_and_a_tabloid_s_capital_first_name_is_a_person():
    names = found("MARTHA Velvo has shared an update. She was taken to hospital following a fall at home in Tarvel.")
    assert names.get("MARTHA Velvo") == "person"
    assert not [n for n, kind in names.items() if kind == "date"]


def test_a_byline_s_correspondent_line_names_nothing():
    names = found("Kessa artist paints walls\n\nAna Velvo paints the walls of Tarvel.\n\nKT Correspondent\nKessa Times, Tarvel")
    assert "KT Correspondent" not in names and names.get("Ana Velvo") == "person"


def test_a_hotel_by_its_name_is_a_place_and_a_resort_keeps_its_spa():
    names = found("Guests stayed at the Hôtel Velvoir in Tarvel, then the Kessun Hotel Lijara, then the Marvat Resort and Spa.")
    assert names.get("Hôtel Velvoir") == "place" and names.get("Kessun Hotel Lijara") == "place"
    assert names.get("Marvat Resort and Spa") in ("place", "organization")
    assert "Marvat Resort" not in names
    assert found("The Velvoir Hotel and Casino opened in Tarvel.").get("Velvoir Hotel and Casino") == "place"


def test_island_territories_by_their_letters_are_places():
    names = found("BVI Premier Ana Velvo was arrested, and USVI police helped.")
    assert names.get("BVI") == "place" and names.get("USVI") == "place"


def test_a_spanish_plural_where_things_happen_and_a_nature_reserve_are_places():
    names = found("Officers met near Las Velmas, and visitors toured the Kessun Biosphere Reserve. Police arrested Los Tarvelos members.")
    assert names.get("Las Velmas") == "place" and names.get("Kessun Biosphere Reserve") == "place"
    assert names.get("Los Tarvelos") == "organization"


def test_a_house_by_its_name_where_people_meet_is_a_building():
    names = found("Ministers met at Carol House before the summit. Tom House said he would run. The Ohio House voted.")
    assert names.get("Carol House") == "place"
    assert names.get("Tom House") == "person" and names.get("Ohio House") == "organization"


def test_a_pond_a_transitway_a_neck_and_a_spa_by_their_names_are_places():
    names = found("Water filled the Kessun Mill Pond, buses left the South Tarvel Transitway, residents of Velmar Neck voted, and guests rested at the Marvat Spa.")
    for name in ("Kessun Mill Pond", "South Tarvel Transitway", "Velmar Neck", "Marvat Spa"):
        assert names.get(name) == "place", name


def test_a_body_s_operations_after_a_given_name_like_word_are_a_body():
    names = found("Agents of Air and Marine Operations seized the boat off Tarvel.")
    assert names.get("Air and Marine Operations") == "organization"
    assert not [n for n, kind in names.items() if kind == "person"]


def test_an_agency_after_a_copyright_sign_stands_alone_before_the_next_sentence():
    names = found("Kessa won by 30 runs.© AFP India vs Kessa: the captain shone.")
    assert names.get("AFP") == "organization"
    assert not [n for n in names if n.startswith("AFP ")]


def test_a_time_s_zone_in_brackets_is_part_of_the_time_and_names_no_body():
    names = found("Kessa v Tarvel live: the last over came at 21:06 (IST), and the next match starts at 9 a.m. (ET) on Monday.")
    assert names.get("21:06 (IST)") == "date" and names.get("9 a.m. (ET)") == "date"
    assert "IST" not in names and "ET" not in names


def test_a_title_before_a_family_name_that_is_a_plural_word_ends_and_an_honorific_makes_a_person():
    import signal

    def stop(*_):
        raise TimeoutError("the entities never finished")

    # Before, a title over one plural word ("Chief Banks") was handed on unchanged, round and
    # round, the memory growing until the machine stopped the program.
    signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    try:
        names = found("“It makes for a dull story,” Mr. Fields said.")
        for title in ("Judge", "Police Chief", "Associated General", "Coach"):
            for word in ("Banks", "Woods", "Sands"):
                found(f"{title} {word} said the ferry plan would work.")
                found(f"“Yes,” {title} {word} said.")
    finally:
        signal.alarm(0)
    assert names.get("Fields") == "person"


def test_a_utility_named_for_two_things_it_sells_is_one_name():
    names = found("Customers of Tarvel Power & Light lost power, as did those of Kellow Gas & Electric.")
    assert names.get("Tarvel Power & Light") == "organization"
    assert names.get("Kellow Gas & Electric") == "organization"
    assert "Kellow Gas" not in names and "Tarvel Power" not in names


def test_initials_run_together_before_a_family_name_under_a_role_or_saying_something_are_a_person():
    names = found("Senior Kessa Party leader KT Ramdas skipped the meeting. Later BS Varma said the vote would wait.")
    assert names.get("KT Ramdas") == "person"
    assert names.get("BS Varma") == "person"
    assert found("The BBC Radio team said so.").get("BBC Radio") != "person"  # a known body's letters stay a body's


def test_a_body_named_of_a_plural_goes_on_past_its_possessive():
    names = found("She listed the gift in the Register of Sailors’ Private Holdings, and the Office of Ferrymen’s Welfare agreed.")
    assert names.get("Register of Sailors’ Private Holdings") == "organization"
    assert "Private Holdings" not in names
    # An acronym it owns stands apart.
    assert "Kessa Academy of Sciences’ KAST" not in found("The Kessa Academy of Sciences’ KAST telescope opened.")


def test_a_country_s_possessive_before_a_body_is_the_country_and_a_name_with_a_particle_a_person():
    names = found("The findings matter, Joost van Tarvel of the Netherlands’ Kessa University of Applied Ports writes.")
    assert names.get("Netherlands") == "place"
    assert names.get("Kessa University of Applied Ports") == "organization"
    assert names.get("Joost van Tarvel") == "person"
    assert found("The Kessa Workers’ Party won seats.").get("Kessa Workers’ Party") == "organization"


def test_a_page_s_date_in_figures_and_full_stops_is_a_date_and_a_version_stays_none():
    names = found("Kessa Daily 03.14.2021 08:10 AM\n\nThe ferry plan, version 2.4.1, was shown at 10.0.0.12.")
    assert names.get("03.14.2021") == "date"
    assert not {"2.4.1", "10.0.0.12", "2", "4.1"} & set(names)


def test_a_city_s_housing_project_named_houses_is_a_place():
    names = found("Tenants of the Kessa Houses voted on Monday to keep the buildings public.")
    assert names.get("Kessa Houses") == "place"
    assert not any(name.startswith("Tenants") for name in names)


def test_a_crew_named_as_a_group_is_an_organisation():
    names = found("Members of the Kessa Crew marched to the harbour on Monday.")
    assert names.get("Kessa Crew") == "organization"


def test_a_body_of_the_people_of_two_fields_keeps_its_and():
    names = found("The Alliance of Ferry and Television Operators said the talks would go on.")
    assert names.get("Alliance of Ferry and Television Operators") == "organization"
    assert "Television Operators" not in names


def test_acronyms_of_fuels_and_of_investment_are_no_bodies():
    names = found("Prices of LPG cylinders and CNG rose, and FDI in retail fell, the ministry said.")
    assert not {"LPG", "CNG", "FDI"} & set(names)


def test_a_title_s_word_inside_a_place_s_name_makes_no_person():
    names = found("The walk starts at the end of Kessa Head Scenic Drive and runs on to the breathtaking Tarvel Head Lookout, far from the Perth CBD.")
    assert names.get("Kessa Head Scenic Drive") == "place"
    assert names.get("Tarvel Head Lookout") == "place"
    assert names.get("Perth CBD") == "place"
    assert found("They walked along the Kessa Foreshore to the fish market.").get("Kessa Foreshore") == "place"
    assert not [name for name, kind in names.items() if kind == "person"]


def test_a_county_executive_before_a_name_is_a_title():
    names = found("“We will rebuild the bridge,” County Executive Orla Venner said. County Assessor Tam Kessler agreed.")
    assert names.get("Orla Venner") == "person" and names.get("Tam Kessler") == "person"
    assert not [name for name in names if name.startswith("County")]


def test_a_country_s_letters_before_a_weapon_s_name_are_no_initials():
    names = found("Dravia relies on U.S. Kestrel air defense systems and flew a U.K. Merlin helicopter in.")
    assert names.get("U.S.") == "place" and names.get("U.K.") == "place"
    assert not [name for name, kind in names.items() if kind == "person"]


def test_a_ruler_s_numeral_at_a_sentence_s_end_leaves_the_next_sentence_out():
    names = found("The museum bought the prayer book of King Henry I. Between 2001 and 2012 it also bought a portrait of Louis XIV. After the sale it closed.")
    assert names.get("Henry I") == "person"
    assert names.get("Louis XIV") == "person"
    assert not [name for name in names if "Between" in name or "After" in name]
    assert found("Apollo XI landed and Rocky IV opened.").get("Apollo XI") == "other"


def test_a_picture_s_number_glued_after_a_place_leaves_the_place():
    names = found("Floods surround homes in Valencia Photo 7 Residents said help came too late.")
    assert names.get("Valencia") == "place"
    assert not [name for name in names if "Photo" in name]


def test_a_town_around_which_something_happens_is_a_place():
    assert found("Heavy snow closed roads around Tarnbury overnight.").get("Tarnbury") == "place"


def test_an_arabic_name_written_with_el_or_al_is_one_person():
    entities = extract_entities(parse_text("Audit\n\nEgypt's President Abdel Fattah al-Sisi met the emir, and Sisi later flew home."))
    people = [e for e in entities if e.type == "person"]
    assert [e.name for e in people] == ["Abdel Fattah al-Sisi"]
    assert len(people[0].mentions) == 2


def test_a_unit_s_letters_in_brackets_after_its_number_are_no_body():
    names = found("The plant will make 2.2 gigawatts (GW) of photovoltaic (PV) panels, bringing the total to 4.5 GW.")
    assert not {"GW", "PV"} & set(names)
    assert names.get("4.5 GW") == "number"


def test_a_letter_and_a_plural_noun_name_a_firm():
    names = found("Local R Cells workers will number more than 900 by the end of the year.")
    assert names.get("R Cells") == "organization"


def test_a_bungalow_or_a_mansion_by_its_name_is_a_place():
    names = found("The minister met union leaders at Sarang Bungalow on Sunday; the mayor lives at Kellow Mansion.")
    assert names.get("Sarang Bungalow") == "place" and names.get("Kellow Mansion") == "place"


def test_a_university_s_town_before_its_state_is_a_place():
    names = found("The firm, headquartered in Princeton, New Jersey, will build the farm.")
    assert names.get("Princeton") == "place"


def test_a_league_before_a_club_is_two_bodies():
    names = found("Barton joined League Two Kessa Town on loan, and Lind moved to Premier League Tarvel United.")
    assert names.get("League Two") == "organization" and names.get("Kessa Town") == "organization"
    assert names.get("Premier League") == "organization" and names.get("Tarvel United") == "organization"


def test_letters_and_common_words_name_a_firm_not_a_person():
    names = found("Ann Orlan, chief economist at KTR Global Insight, warned against reading too much into it.")
    assert names.get("KTR Global Insight") == "organization"
    assert found("Officials met party leader KT Ramdas, who said the plan would go ahead.").get("KT Ramdas") == "person"


def test_a_language_alone_is_a_thing():
    names = found("At the school in Tarvel, lessons are taught in Urdu and Pashto, and prayers are read in Arabic.")
    assert names.get("Urdu") == "other" and names.get("Pashto") == "other" and names.get("Arabic") == "other"


def test_wifi_is_no_body():
    assert not found("Patients at Kessa General can use the hospital WiFi, and visitors the Wi-Fi in the lobby.").keys() & {"WiFi", "Wi-Fi"}


def test_a_day_a_short_month_a_comma_and_a_year_are_one_date():
    names = found("The page was last updated on 14 Mar, 2021 by the lab.")
    assert names.get("14 Mar, 2021") == "date"
    assert "14" not in names and "2021" not in names


def test_dimensions_count_nothing():
    names = found("The lab builds 3-D printers and 2D maps for 40 schools.")
    assert not {"3-D", "2D"} & set(names)
    assert names.get("40 schools") == "number"


def test_a_town_named_after_its_kind_is_a_place_whatever_else_bears_its_name():
    assert found("The city of Coachella passed an emergency ordinance on Wednesday.").get("Coachella") == "place"


@pytest.mark.parametrize("stamp", ["Thu, Nov 9, 2023", "Sat 24 Feb 2024", "Wed, Oct 16, 2024", "Fri 10 Nov 2023"])
def test_a_date_keeps_its_weekday_written_short(stamp):
    names = found(f"The page was posted {stamp} by the harbour desk.")
    assert names.get(stamp) == "date"
    assert stamp.split()[0].rstrip(",") not in names


def test_the_end_of_last_month_is_one_date():
    names = found("Prices rose until the end of last month and will fall by the middle of next month.")
    assert names.get("the end of last month") == "date" and names.get("the middle of next month") == "date"


def test_money_keeps_its_country_s_letters_and_a_singular_euro():
    names = found("Kessa Bank lost 12 billion euro, its shares fell to 61.20 U.S. cents and its debt to US $4.1 billion.")
    assert names.get("12 billion euro") == "number"
    assert names.get("61.20 U.S. cents") == "number"
    assert names.get("US $4.1 billion") == "number"
    assert "U.S." not in names and "US" not in names


def test_the_new_yorker_is_the_magazine_and_a_new_yorker_a_person_of_the_city():
    names = found("Her poem appeared in the New Yorker last month.")
    assert names.get("New Yorker") == "organization"
    assert found("As a lifelong New Yorker, Orla Venner rides the subway.").get("New Yorker") == "group"


def test_a_party_by_its_letters_is_an_organisation():
    names = found("The SNP said on Monday that the AfD and Sinn Fein would watch the vote closely.")
    assert names.get("SNP") == "organization" and names.get("AfD") == "organization" and names.get("Sinn Fein") == "organization"


def test_a_region_named_in_the_plural_is_a_place_not_a_team():
    names = found("Trade across the Americas grew as storms hit the Tropics.")
    assert names.get("Americas") == "place" and names.get("Tropics") == "place"


def test_a_name_opening_with_an_arabic_article_in_small_letters_is_found():
    names = found("Fighters loyal to al-Qaeda attacked al-Tarvi Air Base on Monday.")
    assert names.get("al-Qaeda") == "organization"
    assert names.get("al-Tarvi Air Base") == "place"


def test_a_military_base_by_its_name_is_a_place():
    assert found("Guards served at Kessa Air Base, the largest in the region.").get("Kessa Air Base") == "place"


def test_a_presbytery_is_a_body():
    assert found("The Kessa Presbytery said on Monday it would hold a vigil.").get("Kessa Presbytery") == "organization"


def test_the_last_months_of_the_year_are_one_date():
    names = found("Output in Kessa fell in the last three months of the year.")
    assert names.get("the last three months of the year") == "date"


def test_places_named_for_their_trade_are_places():
    names = found("Orla Venner starred on Broadway and in the West End before Hollywood called.")
    assert names.get("Broadway") == "place" and names.get("West End") == "place" and names.get("Hollywood") == "place"


def test_the_people_of_a_state_named_in_the_plural_are_a_group():
    names = found("Most Coloradans voted no, and Kansans agreed with them.")
    assert names.get("Coloradans") == "group" and names.get("Kansans") == "group"


def test_a_song_after_its_singing_is_a_work():
    names = found("Fans sang Harbour Lights as the final whistle blew, and she sang Orla Venner's hit.")
    assert names.get("Harbour Lights") == "other"
    assert names.get("Orla Venner") == "person"


def test_a_town_whose_residents_or_mayor_are_named_is_a_place():
    names = found("Residents of Orla Springs were told to boil their water, the mayor of Kessa Hill said.")
    assert names.get("Orla Springs") == "place" and names.get("Kessa Hill") == "place"
    assert found("Residents of Ann Lee's street complained.").get("Ann Lee") == "person"


def test_a_firm_named_after_its_founders_after_shares_in_it_is_a_firm():
    names = found("Shares in Tom Harlow rose 4% after the retailer raised its forecast.")
    assert names.get("Tom Harlow") == "organization"
    assert found("He sold shares of Ann Lee's firm on Monday.").get("Ann Lee") == "person"


def test_a_town_s_news_site_by_its_address_is_a_body():
    names = found("The man told Cleveland.com on Monday that the threat was a joke.")
    assert names.get("Cleveland.com") == "organization"
    assert "Cleveland" not in names


def test_new_and_a_name_is_a_place_and_a_corner_too():
    names = found("The tram came off near Kessa Corner, heading for New Tarvington.")
    assert names.get("Kessa Corner") == "place" and names.get("New Tarvington") == "place"


def test_a_party_s_letters_and_a_seat_s_place_before_its_holder_are_two_names():
    names = found("DUP Kessaview councillor Orla Venner said the signs were offensive, and SNP Tarvel MP Ann Lee agreed.")
    assert names.get("DUP") == "organization" and names.get("SNP") == "organization"
    assert names.get("Orla Venner") == "person" and names.get("Ann Lee") == "person"
    assert not [name for name in names if name.startswith(("DUP ", "SNP "))]


def test_one_of_a_two_word_state_s_people_and_a_short_plural_are_groups():
    names = found("With the loud New Jerseyan out of the race, many Iowans backed Orla Venner, and every North Carolinian noticed.")
    assert names.get("New Jerseyan") == "group" and names.get("Iowans") == "group"
    assert names.get("North Carolinian") == "group" and names.get("Orla Venner") == "person"


def test_a_station_in_orbit_is_a_place():
    assert found("Kessa Marlow spent six months aboard the International Space Station.").get("International Space Station") == "place"


def test_daily_and_a_name_is_a_paper_not_a_person():
    names = found("According to a filing obtained by the Daily Tarvell, Orla Venner sued.")
    assert names.get("Daily Tarvell") == "organization" and names.get("Orla Venner") == "person"


def test_a_pronoun_run_into_its_verb_opens_a_sentence():
    names = found("Thank you to Orla Venner and I. I'm not sure where we would be.")
    assert not [name for name in names if "I'm" in name]


def test_given_names_then_a_family_name_with_its_article_are_a_person():
    names = found("They met Hassan al-Kessawi on Monday, and general-turned-president Abdel-Karim el-Tarvi spoke.")
    assert names.get("Hassan al-Kessawi") == "person" and names.get("Abdel-Karim el-Tarvi") == "person"
    assert "Hassan" not in names


def test_a_country_s_letters_before_a_known_body_with_and_are_one_body():
    names = found("Orla Venner said in a filing with the U.S. Securities and Exchange Commission that it would sell.")
    assert names.get("U.S. Securities and Exchange Commission") == "organization"
    assert "Exchange Commission" not in names and "U.S. Securities" not in names


def test_a_route_s_stops_are_each_a_place():
    names = found("For Orla Venner, a traveling DJ on an exhausting New York-to-Kessaville-to-Atlanta connection, it was long.")
    assert names.get("New York") == "place" and names.get("Kessaville") == "place" and names.get("Atlanta") == "place"
    assert "DJ" not in names and not [name for name in names if "-to-" in name]


def test_a_year_of_the_ancient_world_by_its_era_is_a_date():
    names = found("Kessa Vale dates to around 500 BC, a tool to 5,316 BCE, a wall to the 4th century BC and a coin to AD 79.")
    for date in ("around 500 BC", "5,316 BCE", "the 4th century BC", "AD 79"):
        assert names.get(date) == "date", date
    assert "BC" not in names and names.get("Kessa Vale") == "place"


def test_a_project_by_its_name_is_a_body():
    names = found("The Kessa Budget Project said taxes rose, and its director Orla Venner agreed.")
    assert names.get("Kessa Budget Project") == "organization" and names.get("Orla Venner") == "person"


def test_a_way_or_a_building_where_something_happens_is_a_place():
    names = found("Orla Venner was escorted off stage in Drury Lane on Monday. Holston House in Kessaville was listed too.")
    assert names.get("Drury Lane") == "place" and names.get("Holston House") == "place"
    assert found("We met at Ann Lane's office on Friday.").get("Ann Lane") == "person"


def test_a_name_said_to_be_a_city_is_a_place():
    assert found("About six miles away is Kessa Shah, a city considered a hub of smugglers.").get("Kessa Shah") == "place"


def test_a_family_name_with_its_accents_joins_the_name_written_without():
    entities = entities_in("President Kessan Saied spoke on Monday. Later, Saïed left for the coast.")
    people = [e for e in entities if e.type == "person"]
    assert len(people) == 1 and people[0].name == "Kessan Saied" and len(people[0].mentions) == 2


def test_a_middle_initial_and_a_generation_aside_a_short_given_name_joins_the_long():
    entities = entities_in("President Joseph K. Venner Jr. signed the bill on Tuesday; Joe Venner had promised it.")
    people = [e for e in entities if e.type == "person"]
    assert len(people) == 1 and len(people[0].mentions) == 2


def test_a_suburb_named_like_a_person_after_in_is_a_place():
    assert found("Police in Harper Woods said the man fled on foot.").get("Harper Woods") == "place"
    assert found("Harper Woods said the man fled on foot.").get("Harper Woods") == "person"


def test_a_gallery_s_count_in_a_caption_is_no_number():
    names = found("Orla Venner 12 photos Venner celebrates after winning the final.")
    assert "12 photos" not in names and "12" not in names
    assert found("She took 12 photos of the harbour.").get("12 photos") == "number"


def test_a_writer_then_the_outlet_is_a_person_and_a_body():
    names = found("The story was filed by Ann Kessel BBC News on Monday.")
    assert names.get("Ann Kessel") == "person" and names.get("BBC News") == "organization"


def test_a_country_s_letter_between_the_sign_and_the_amount_is_money():
    names = found("The Kessa tour made $A361m last year and $NZ2.5bn before that.")
    assert names.get("$A361m") == "number" and names.get("$NZ2.5bn") == "number"
    assert "A361m" not in names


def test_an_undersheriff_is_a_title_and_miles_a_given_name():
    names = found("Kessa County Undersheriff Orla Venner said Miles Tarvin was being moved to another hospital.")
    assert names.get("Orla Venner") == "person" and names.get("Miles Tarvin") == "person"


def test_a_firm_named_for_its_science_is_a_body():
    assert found("Kessa Genomics entered the race, and Tarvel Diagnostics followed.").get("Kessa Genomics") == "organization"


def test_a_column_on_a_club_s_players_names_the_sides_it_plays():
    text = (
        "The playmaker praised his new teammates and the midfielders before Sunday's clash. "
        "The former Valencia man is relishing facing Leeds, and Orla Venner has enjoyed playing for Valencia."
    )
    names = found(text)
    assert names.get("Valencia") == "organization" and names.get("Leeds") == "organization"
    assert found("The former Valencia mayor opened a school in Leeds.").get("Valencia") == "place"


def test_a_name_with_a_role_set_off_after_it_is_a_person():
    names = found("Kessan Fares, chairman of the Tarvel Prisoners Club, which helps families, said so.")
    assert names.get("Kessan Fares") == "person" and names.get("Tarvel Prisoners Club") == "organization"


def test_a_given_and_a_family_name_after_a_role_or_kin_word_are_a_person():
    names = found("They hacked the phones of actor Tom Law and of his ex-wife Ann Mills, police said.")
    assert names.get("Tom Law") == "person" and names.get("Ann Mills") == "person"


def test_an_office_s_adjective_opening_a_sentence_names_no_body():
    names = found("Presidential spokesman Kessan Shehu said the girls were freed on Sunday.")
    assert "Presidential" not in names and names.get("Kessan Shehu") == "person"


def test_a_speed_in_metres_or_kilometres_a_second_is_one_number():
    names = found("The Kessa thruster's exhaust leaves at 20,000 m/s, and the probe flies at 7.8 km/s.")
    assert names.get("20,000 m/s") == "number" and names.get("7.8 km/s") == "number"


def test_a_chamber_and_its_party_s_members_are_a_body_and_a_group():
    names = found("Senate Democratic leader Orla Venner said the bill would pass.")
    assert names.get("Senate") == "organization" and names.get("Democratic") == "group"
    assert "Senate Democratic" not in names


def test_a_national_or_state_highway_by_its_letters_is_a_place():
    names = found("Farmers blocked NH 44 and SH 2 near the Kessa border on Monday.")
    assert names.get("NH 44") == "place" and names.get("SH 2") == "place"


def test_a_person_s_name_after_the_written_large_names_a_venue():
    names = found("Guests stayed at The Ann Kessel in Boston and praised its rooftop bar.")
    assert names.get("Ann Kessel") == "place"
    assert found("Guests praised Ann Kessel in Boston.").get("Ann Kessel") == "person"


def test_an_old_thing_s_age_is_a_date_and_a_person_s_is_nothing():
    names = found("A 2,500-year-old city and a 150-year-old bridge were found, said the 48-year-old mayor of Kessa Vale.")
    assert names.get("2,500-year-old") == "date" and names.get("150-year-old") == "date"
    assert not [name for name in names if name.startswith("48")]


def test_attacks_named_by_their_date_are_one_event():
    names = found("Since 9/11, Orla Venner has flown less, she told Kessa Radio.")
    assert names.get("9/11") == "other" and "9" not in names and "11" not in names


def test_an_arabic_group_s_name_is_a_body_not_a_person():
    names = found("The attack by Ansar al-Tarvi worried Hassan al-Kessawi.")
    assert names.get("Ansar al-Tarvi") == "organization" and names.get("Hassan al-Kessawi") == "person"


def test_a_given_name_and_a_firm_s_word_with_a_role_set_off_is_a_person():
    names = found('"Pass the bill," said Michael Steel, a spokesman for the Kessa council.')
    assert names.get("Michael Steel") == "person"
    assert found("The first witness will be retired House Parliamentarian Ann Kessel.").get("Ann Kessel") == "person"


def test_a_prize_named_with_a_body_s_word_is_a_prize():
    names = found("A Kessa team entered the Genomics X Prize on Monday.")
    assert names.get("Genomics X Prize") == "other"


def test_a_town_named_like_a_person_and_said_to_be_one_is_a_place():
    names = found("She took him to Kelly Doddi, on the outskirts of Bangalore. The family lives in Mara Kessel, a village near Lahore.")
    assert names.get("Kelly Doddi") == "place" and names.get("Mara Kessel") == "place"
    people = found("He spoke to Tom Harlan, a town councillor in Leeds.")
    assert people.get("Tom Harlan") == "person"


def test_a_town_joined_to_its_river_by_hyphens_is_a_place():
    names = found("Floods forced evacuations in Bewdley and Kessel-upon-Tarne on Sunday. Marton-le-Moor is quiet.")
    assert names.get("Kessel-upon-Tarne") == "place" and names.get("Marton-le-Moor") == "place"
    assert "Editor-in-Chief" not in found("The Editor-in-Chief of Kessa Weekly resigned.")


def test_a_photo_number_before_a_caption_verb_in_the_present_is_no_count():
    names = found("Vice President Ann Kessel 2 greets supporters in Tarvel.")
    assert names.get("Ann Kessel") == "person"
    assert not [n for n in names if n.startswith("2")]
    assert found("Jonas Lind scored 4 goals.").get("4 goals") == "number"


def test_a_firm_named_after_a_person_by_what_it_makes_is_a_body():
    assert found("Harlan Controls said it would cut 400 jobs.").get("Harlan Controls") == "organization"


def test_a_family_name_that_is_a_body_s_word_is_a_person_s_with_a_given_name_or_an_honorific():
    names = found("Ann Chambers, the district attorney, spoke after the hearing. Ms. Chambers said she did not know.")
    assert names.get("Ann Chambers") == "person"
    assert not [n for n, kind in names.items() if kind == "organization"]


def test_a_time_s_zone_by_its_full_name_belongs_to_the_time():
    names = found("The picture was taken at 3:13 a.m. Eastern Daylight Time (7:13 Universal Time) on October 31.")
    assert names.get("3:13 a.m. Eastern Daylight Time") == "date" and names.get("7:13 Universal Time") == "date"
    assert not {"Daylight Time", "Universal Time"} & set(names)


def test_a_prophet_is_a_title_before_the_name():
    names = found("Pilgrims in Tarvel honour the Prophet Kessim each year.")
    assert names.get("Kessim") == "person" and "Prophet Kessim" not in names


def test_an_arabic_family_name_ending_like_an_ed_word_stays_in_the_name():
    names = found("Prominent journalist Abdul Karim al-Kessed does the math. The al-Qaeda-backed group struck.")
    assert names.get("Abdul Karim al-Kessed") == "person"
    assert names.get("al-Qaeda") == "organization"


def test_a_pike_is_a_road_and_its_house_number_part_of_the_address():
    names = found("The bar opens at 2413 Kessel Pike next month. Ann Pike, a lawyer, said so.")
    assert names.get("2413 Kessel Pike") == "place" and "2413" not in names
    assert names.get("Ann Pike") == "person"


def test_this_coming_day_is_one_date():
    assert found("The bar opens this coming Monday in Tarvel.").get("this coming Monday") == "date"


def test_a_studio_named_for_animation_is_a_body():
    assert found("The show was made by Kite Harbour Animation in Tarvel.").get("Kite Harbour Animation") == "organization"


def test_a_television_channel_by_its_number_is_a_body_not_the_sea():
    assert found("Channel 10 news reported the vote in Tarvel.").get("Channel 10") == "organization"
    names = found("Ann Kessel swam the Channel 3 times.")
    assert names.get("Channel") == "place" and "Channel 3" not in names


def test_a_member_of_the_knesset_and_a_most_valuable_player_are_titles():
    names = found("MK Ann Kessel spoke in Tarvel. MVP Tom Harlan hit twice.")
    assert names.get("Ann Kessel") == "person" and names.get("Tom Harlan") == "person"


def test_a_side_named_for_its_town_and_its_nickname_is_a_body():
    names = found("The Nevada Marlins and the Oregon Nuggets met on Sunday.")
    assert names.get("Nevada Marlins") == "organization" and names.get("Oregon Nuggets") == "organization"


def test_half_of_a_dozen_or_a_million_is_one_count():
    names = found("The site listed at least a half-dozen other staff members. Half a million boys were counted in Tarvel.")
    assert "a half-dozen other staff members" in names and "Half a million boys" in names
    assert not [n for n in names if n.startswith(("dozen", "million"))]


def test_an_age_written_with_a_space_before_year_old_is_no_date():
    names = found("The 26 year-old designer joined Kessa Couture in Tarvel.")
    assert not [n for n in names if n.startswith("26")]


def test_uma_is_a_given_name():
    names = found("Director Tom Harlan responded to an interview Uma Kessel gave to reporters. Uma said it hurt.")
    assert names.get("Uma Kessel") == "person"
    assert not [n for n, kind in names.items() if kind == "organization"]


def test_a_share_in_words_of_any_size_is_one_number():
    names = found("Seventy percent of the flats sold, and sixty-two per cent of the shops.")
    assert names.get("Seventy percent") == "number" and names.get("sixty-two per cent") == "number"


def test_seasons_counted_are_a_length_of_time():
    names = found("Ann Kessel coached eight seasons in Tarvel, the past two seasons with the Orvo club.")
    assert names.get("eight seasons") == "date" and names.get("the past two seasons") == "date"


def test_a_lap_counted_in_a_race_is_no_date():
    assert not [n for n, kind in found("The race in Tarvel was stopped in the 28th lap.").items() if kind == "date"]


def test_maine_s_short_form_after_a_town_is_a_place():
    names = found("Tom Harlan of Kesselford, Me., had been stopped for speeding.")
    assert names.get("Kesselford") == "place"


def test_a_broadcaster_by_its_call_letters_after_station():
    names = found("Police told CBS Station KXRA about the fight.")
    assert names.get("KXRA") == "organization" and "Station KXRA" not in names


def test_a_county_officer_s_office_is_one_body():
    names = found("The Kessel County Sheriff's office said the man was found Tuesday.")
    assert names.get("Kessel County Sheriff's office") == "organization"


def test_the_weekend_and_a_decade_by_two_figures_are_dates():
    names = found("Ann Kessel played in Tarvel over the weekend and this whole weekend, as bands of the ’70s and the 80s did.")
    assert names.get("the weekend") == "date" and names.get("this whole weekend") == "date"
    assert names.get("the ’70s") == "date" and names.get("the 80s") == "date"
    assert not found("Women in their 80s ran.")


def test_fractions_in_words_and_part_of_a_day_are_whole():
    names = found("More than three-fourths of homes in Tarvel and two-fifths of its roads will reopen early tomorrow.")
    assert names.get("three-fourths") == "number" and names.get("two-fifths") == "number"
    assert names.get("early tomorrow") == "date"


def test_religions_are_groups():
    names = found("In Tarvel, Islam and Christianity are taught side by side.")
    assert names.get("Islam") == "group" and names.get("Christianity") == "group"


def test_a_given_name_and_a_direction_as_family_name_is_a_person():
    names = found("One of their best friends is Tom West, who has known Ann since kindergarten.")
    assert names.get("Tom West") == "person"


def test_a_dateline_s_town_in_capitals_before_its_state_is_a_place():
    names = found("(Kessa News) ARVALE, Colo. - Ten people were hurt on Tuesday.")
    assert names.get("ARVALE") == "place"


def test_a_spanish_point_opens_a_place_and_brothers_end_a_firm():
    names = found("Winds delayed their arrival in Punta Kessita, officials said. Meanwhile, Harlan Brothers is making a donation.")
    assert names.get("Punta Kessita") == "place" and names.get("Harlan Brothers") == "organization"


def test_a_product_s_number_before_a_verb_stays_in_its_name():
    names = found("As Kessa XP declines and Kessa 7 grows, Tarvel Browser 9 seems to do well.")
    assert names.get("Kessa 7") and names.get("Tarvel Browser 9")
    assert not [n for n in names if n[:1].isdigit()]


def test_energy_in_watt_hours_is_a_measure():
    names = found("The Tarvel plant makes about 2.8 gigawatt-hours, its owners said.")
    assert any(n.startswith("2.8 gigawatt-hours") for n in names)


def test_a_count_in_words_before_of_those_it_counts_is_a_number():
    names = found("Sixteen of the dozens of people hurt in Tarvel remained in hospital. Two of the men left.")
    assert names.get("Sixteen") == "number"
    assert names.get("Two") == "number"


def test_a_quoted_title_with_the_inside_is_one_work():
    names = found('It came third in Tarvel, after "Jonas Kessel and the Orvish Tarvels - Part 2," and ahead of others.')
    assert names.get("Jonas Kessel and the Orvish Tarvels - Part 2") == "other"
    assert "Part 2" not in names


def test_well_known_firms_named_after_their_founders_are_bodies():
    names = found("The deal in Tarvel was advised by Houlihan Lokey and Sidley Austin.")
    assert names.get("Houlihan Lokey") == "organization" and names.get("Sidley Austin") == "organization"


def test_a_firm_of_partners_listed_with_commas_and_an_ampersand_is_one_organisation():
    names = found("The family is represented by Varek, Ostrand, Milbury & Teague, a Verrin law firm, and the bank hired Dorne, Pellam & Voss.")
    assert names.get("Varek, Ostrand, Milbury & Teague") == "organization"
    assert names.get("Dorne, Pellam & Voss") == "organization"
    assert not {"Milbury & Teague", "Pellam & Voss", "Varek", "Dorne"} & set(names)


def test_a_couple_hundred_is_one_vague_count():
    names = found("A couple hundred fans waited outside the Verrin stadium.")
    assert names.get("A couple hundred fans") == "number"
    assert "hundred fans" not in names


def test_a_name_with_its_middle_initial_left_out_later_is_one_person():
    entities = entities_in("Ann T. Kessel, a nurse, was honoured on Friday, and Ann Kessel thanked her colleagues.")
    people = [e for e in entities if e.type == "person"]
    assert [e.name for e in people] == ["Ann T. Kessel"]
    assert "Ann Kessel" in people[0].aliases


def test_two_people_with_different_middle_initials_stay_two():
    names = found("Ann B. Kessel met Ann C. Kessel at the Verrin clinic.")
    assert names.get("Ann B. Kessel") == "person" and names.get("Ann C. Kessel") == "person"


def test_a_given_name_spelled_with_x_or_ks_is_one_person():
    entities = entities_in("Oleksandr Varenko was freed in the swap, and Olexandr Varenko said he would return.")
    people = [e for e in entities if e.type == "person"]
    assert [e.name for e in people] == ["Oleksandr Varenko"]


def test_a_gallery_counter_between_a_caption_name_and_its_text_is_no_number():
    names = found("Tom Harlan 4 of 12 Striking nurses march through central Verrin on Wednesday.\n\nShe won 3 of 5 Grand Slam finals.")
    assert names.get("Tom Harlan") == "person"
    assert "12" not in names and "4" not in names
    assert names.get("3") == "number"


def test_new_years_day_is_one_date():
    names = found("The probe beamed back images of a distant icy object on New Year's Day.")
    assert names.get("New Year's Day") == "date"
    assert "Year's Day" not in names


def test_a_town_named_like_a_person_between_an_article_and_its_state_is_a_place():
    names = found("A Tom Harlan, Virginia, man was charged on Friday with defrauding investors.")
    assert names.get("Tom Harlan") == "place"


def test_a_small_town_after_a_place_and_nearby_is_a_place():
    names = found("Water was cut off to homes in Whitby and nearby Orlestone after a main burst.")
    assert names.get("Orlestone") == "place"


def test_a_body_named_by_a_common_word_after_its_spokeswoman_is_an_organisation():
    names = found("The pay offer was poor, a spokeswoman for Unite said.")
    assert names.get("Unite") == "organization"


def test_a_given_name_and_lake_after_a_role_set_off_is_a_person():
    names = found("At the conference, Kessel Bank’s chief financial officer, Ann Lake, said funds could return.\n\nBoats sailed on Tom Lake near Verrin.")
    assert names.get("Ann Lake") == "person"
    assert names.get("Tom Lake") == "place"


def test_a_given_name_that_is_a_common_word_opens_a_three_word_name_before_a_persons_verb():
    names = found("The centre invited founders. Mark Kessel Harlan taught a class on failure.")
    assert names.get("Mark Kessel Harlan") == "person"
    assert "Kessel Harlan" not in names


def test_late_or_early_before_a_weekday_is_part_of_the_date():
    names = found("Police arrested him late Wednesday night. It rained early Monday morning.")
    assert names.get("late Wednesday night") == "date"
    assert names.get("early Monday morning") == "date"
    assert "Wednesday night" not in names


def test_a_count_before_previous_years_is_one_date():
    names = found("The charge wiped out Kessel's profits for the three previous years.")
    assert names.get("the three previous years") == "date"
    assert "three previous" not in names


def test_a_people_that_is_a_sides_nickname_is_the_team_in_a_match_report():
    names = found("Verrin clinched a bye with a 34-6 win over the Texans. Harlan threw two touchdowns.\n\nMany Texans voted early.")
    assert names.get("Texans") == "organization"
    assert found("Many Texans voted early in the Verrin race.").get("Texans") == "group"


def test_a_plural_in_capitals_is_the_thing_a_number_counts():
    names = found("Harlan has 11 RBIs this month, and Kessel sold 35 million TVs.")
    assert names.get("11 RBIs") == "number" and names.get("35 million TVs") == "number"
    assert "11" not in names and "35 million" not in names


def test_a_carriers_wireless_arm_is_one_organisation():
    names = found("Kessra Wireless restored service, and Orlan Wireless and Tarvo Communications merged.")
    assert names.get("Kessra Wireless") == "organization"
    assert names.get("Orlan Wireless") == "organization" and names.get("Tarvo Communications") == "organization"


def test_a_known_product_in_small_letters_first_is_found():
    names = found("The Kessra app runs on macOS and iOS, and on Windows 8 PCs.")
    assert names.get("macOS") == "other" and names.get("iOS") == "other"
    assert names.get("Windows 8") == "other"
    assert "Windows 8 PCs" not in names


def test_a_search_giants_assistant_and_speaker_are_products():
    names = found("Google Assistant runs on the Google Home speaker, and Google Safe Browsing flagged Kessra's sites.")
    assert names.get("Google Assistant") == "other" and names.get("Google Home") == "other"
    assert names.get("Google Safe Browsing") == "other"


def test_a_small_town_after_at_above_or_left_is_a_place():
    assert found("One ferry called at Oban hours late.").get("Oban") == "place"
    assert found("The other ferry never left Oban.").get("Oban") == "place"
    assert found("Walkers were found on the fells above Kendal.").get("Kendal") == "place"


def test_a_town_after_a_person_named_in_full_and_of_is_a_place():
    names = found("Fiona MacKenzie of Inverness won the vote; MacKenzie had campaigned for a pitch.")
    assert names.get("Fiona MacKenzie") == "person" and names.get("Inverness") == "place"


def test_a_charity_or_union_named_by_a_common_word_after_its_kind():
    names = found("Rents rose, said the housing charity Shelter, and the union Unite agreed.")
    assert names.get("Shelter") == "organization" and names.get("Unite") == "organization"


def test_a_lodge_after_a_place_is_one_place_and_after_a_given_name_a_person():
    names = found("Detectives searched Harrow Lodge, a care home in Essex. Ann Lodge said no.")
    assert names.get("Harrow Lodge") == "place"
    assert names.get("Ann Lodge") == "person"


def test_country_letters_before_a_known_market_stand_apart():
    names = found("Brent rose, while U.S. West Texas Intermediate crude added 45 cents.")
    assert names.get("U.S.") == "place" and names.get("West Texas Intermediate") == "other"


def test_a_peers_title_of_a_place_makes_no_place_of_the_title():
    names = found("In 1997 the late Lord Harlan of Inverness called for the funds to be returned.")
    assert "Inverness" not in names and names.get("Harlan") == "person"


def test_an_acronym_spelled_by_words_with_a_letter_written_large_is_a_term():
    names = found("Patients took a vitamin K antagonist (VKA) or a placebo at the Kessra clinic.")
    assert "VKA" not in names


def test_an_airline_named_with_air_last_is_an_organisation():
    names = found("Officials said Orlan Air had provided a passenger list.")
    assert names.get("Orlan Air") == "organization"


def test_a_release_label_and_its_date_are_one_date():
    names = found("KESSRA NEWS\n\nFor Immediate Release: Nov. 2, 2012\n\nThe agency approved the drug.")
    assert names.get("Nov. 2, 2012") == "date"
    assert not [n for n in names if "Release" in n]


def test_a_club_known_by_its_fc_name_alone_in_a_match_report_is_the_club():
    names = found("Verrin lost 2-0 to Millwall at home, a point behind Brentford, and their striker scored late.")
    assert names.get("Millwall") == "organization" and names.get("Brentford") == "organization"


def test_a_firm_described_by_its_city_and_trade_is_an_organisation():
    names = found("Kessel Peak, a Verrin software maker, said it would cut 200 jobs.")
    assert names.get("Kessel Peak") == "organization"


def test_a_korean_family_name_that_is_a_word_opens_a_sentence_before_a_hyphenated_given_name():
    names = found("Park Min-jun, a spokesman for the Verrin city government, said the curfew would end.")
    assert names.get("Park Min-jun") == "person"


def test_a_trade_opening_a_sentence_is_no_part_of_a_brand_with_digits():
    names = found("Chipmaker Orlan3 said it would open a plant near Verrin.")
    assert names.get("Orlan3") == "organization"
    assert "Chipmaker Orlan3" not in names


def test_a_promenade_or_rue_opening_a_name_makes_it_a_place():
    names = found("The truck drove along the Promenade des Kessel, and they met on the Rue de Harlan.")
    assert names.get("Promenade des Kessel") == "place" and names.get("Rue de Harlan") == "place"


def test_a_telecom_firm_written_with_accents_is_an_organisation():
    names = found("France Télécom owns the Kessra network.")
    assert names.get("France Télécom") == "organization"


def test_the_learned_check_makes_no_person_of_a_name_closed_by_capitals():
    from briefing_tui.core.entities.learned import judge
    from briefing_tui.core.model import Entity, Mention

    text = "Kessel IRAs grew. Tavo Harlan III spoke."
    accounts = Entity("Kessel IRAs", "organization", (), (Mention(0, 0, 11),))
    third = Entity("Tavo Harlan III", "organization", (), (Mention(0, 18, 33),))
    kept = {e.name: e.type for e in judge([accounts, third], [text], {(0, 0), (0, 18)}, model=_SureModel("person"))}
    assert kept == {"Kessel IRAs": "organization", "Tavo Harlan III": "person"}


def test_two_short_words_in_capitals_without_a_given_name_first_are_no_person():
    names = found("The types of account are SEP IRA, Simple IRA and more, said Kessra's adviser.\n\nPhoto by TOM LEE for the paper.")
    assert names.get("SEP IRA") != "person"
    assert names.get("TOM LEE") == "person"


def test_weights_written_close_to_their_figure_are_numbers():
    names = found("The 400g Kessra bar now weighs 360g, a 12oz cup holds less, and a 5G phone is new.")
    assert names.get("400g") == "number" and names.get("360g") == "number" and names.get("12oz") == "number"


def test_a_korea_shortened_with_its_initial_is_the_country():
    names = found("Ships from N. Korea met boats from S. Korea off Verrin.")
    assert names.get("N. Korea") == "place" and names.get("S. Korea") == "place"


def test_a_chinese_family_name_before_a_pinyin_given_name_is_a_person():
    names = found("The Kessra was seized, Ren Guoqiang said, and Liu Wenjie met the delegation; Liu spoke first.")
    assert names.get("Ren Guoqiang") == "person" and names.get("Liu Wenjie") == "person"
    assert "Guoqiang" not in names and "Ren" not in names


def test_a_name_typed_surely_once_keeps_its_type_where_it_was_only_guessed():
    names = found(
        "Mayor Quennell says the ordinance stays.\n\n"
        "Quennell says the city has many essential workers.\n\n"
        "Quennell says masks are not needed at home."
    )
    assert names.get("Quennell") == "person"


def test_a_family_name_spelled_as_a_particle_after_a_given_name_stays_on_it():
    names = found("Katherine Ng resigned as finance chief of Harbourline on Monday; Kate Ng had held the post since 2019.")
    assert names.get("Katherine Ng") == "person"
    assert names.get("Harbourline") == "organization"


def test_a_town_named_like_a_person_after_in_with_its_state_set_off_is_a_place():
    names = found("A warehouse fire in Glen Verrin, Virginia, burned for nine hours.")
    assert names.get("Glen Verrin") == "place"


def test_a_known_place_run_into_a_known_body_after_in_is_two_names():
    names = found("Speaking in Brussels European Commission President Ana Kessel urged calm.")
    assert names.get("Brussels") == "place"
    assert names.get("European Commission") == "organization"
    assert "Brussels European Commission" not in names


def test_a_known_country_with_its_own_and_stays_whole_in_a_list():
    names = found("Floods swept through Bosnia and Herzegovina and Croatia last week.")
    assert names.get("Bosnia and Herzegovina") == "place" and names.get("Croatia") == "place"
    assert "Herzegovina" not in names


def test_digits_run_into_a_word_and_a_capitalised_word_are_a_brand():
    names = found("42andKessra said hackers had reached data on 6.9 million customers. The 10mA current held.")
    assert names.get("42andKessra") == "organization"
    assert "10mA" not in names


def test_a_body_named_after_its_kind_and_called_is_an_organisation():
    names = found("Residents set up several campaign groups, one called Save Our Quayside, to oppose the marina.")
    assert names.get("Save Our Quayside") == "organization"


def test_a_town_named_like_a_person_and_said_to_be_a_borough_is_a_place():
    names = found("Floodwater cut off Lewis Verrin, a borough of about 500 people in McKean County, on Saturday.")
    assert names.get("Lewis Verrin") == "place"
    assert found("Tom Reyes, a town councillor in Kent, spoke.").get("Tom Reyes") == "person"


def test_a_given_name_with_and_without_its_syllable_hyphen_is_one_person():
    entities = entities_in("Defender Pak Sun-ho scored in Munich on Saturday, the first goal Pak Sunho has scored for the club.")
    people = [e for e in entities if e.type == "person"]
    assert len(people) == 1 and people[0].name == "Pak Sun-ho"


def test_two_partners_names_and_a_field_joined_by_an_ampersand_are_one_firm():
    names = found("Dunlop & Reyes Engineering won the contract to rebuild the bridge.")
    assert names.get("Dunlop & Reyes Engineering") == "organization"
    assert "Reyes Engineering" not in names


def test_an_order_named_for_its_members_is_an_organisation():
    names = found("Mayor Tom Keane thanked the Sisters of Hope for running the night shelter.")
    assert names.get("Sisters of Hope") == "organization"


def test_two_or_three_capitalised_words_after_the_without_a_given_name_are_no_person():
    names = found("The samples were placed in the Quellar Science Glovebox on the station. The Darring Vexbolt blog said so.")
    assert names.get("Quellar Science Glovebox") != "person"
    assert names.get("Darring Vexbolt") != "person"


def test_an_investigator_s_title_stays_off_the_name():
    names = found("Principal Investigator Sarah Quennell said the samples were clean.")
    assert names.get("Sarah Quennell") == "person"
    assert not any("Investigator" in name for name in names)


def test_a_time_with_its_last_stop_left_out_keeps_its_zone():
    names = found("The update came at 2:40 p.m PT on Monday, and doors open at 9 a.m ET daily.")
    assert names.get("2:40 p.m PT") == "date" and names.get("9 a.m ET") == "date"
    assert "PT" not in names and "ET" not in names


def test_a_family_name_the_gazetteer_reads_as_a_known_body_is_the_person_named_in_full():
    names = found("Kenneth Janes, a professor emeritus, told the paper. Janes said the rock was small.")
    assert names.get("Kenneth Janes") == "person"
    assert "Jane's" not in names and "Janes" not in names


def test_the_plural_of_a_common_acronym_names_no_one():
    names = found("A change in CEOs delayed the filing, and NGOs in Verrin waited.")
    assert "CEOs" not in names and "NGOs" not in names


def test_the_last_minute_is_an_idiom_not_a_time():
    names = found("After a number of last minute compromises, the council agreed at the last minute.")
    assert not any("minute" in name for name in names)


def test_a_known_place_a_hyphen_and_a_known_place_of_two_words_are_two_places():
    names = found("It calls for a halt to US-South Korea military drills and a new India-Sri Lanka ferry.")
    assert names.get("South Korea") == "place" and names.get("Sri Lanka") == "place"
    assert "US-South Korea" not in names


def test_a_guessed_thing_cut_from_a_longer_run_of_capitals_is_not_shown():
    names = found("Residents got Home Loss and Disturbance grants.")
    assert "Home Loss" not in names
    assert found("Fans saw The Quarry Knight again.").get("Quarry Knight") == "other"


def test_a_place_and_a_kind_of_building_is_a_place_and_letters_and_a_building_that_speak_a_body():
    assert found("Crowds gathered at the Verrin Capitol on Monday.").get("Verrin Capitol") == "place"
    assert found("The Kessra Zoo and KPG Aquarium said the gorilla was safe.").get("KPG Aquarium") == "organization"


def test_a_dozen_with_a_qualifier_is_one_count_that_keeps_its_article():
    entities = entities_in("Nearly a dozen schools closed, and about three people came.")
    counts = {e.name: e.aliases for e in entities if e.type == "number"}
    assert "a dozen schools" in counts and "Nearly a dozen" in counts["a dozen schools"]
    assert "About three" in counts.get("three people", ()) or "about three" in counts.get("three people", ())


def test_mansions_is_a_kind_of_building():
    assert found("Police were called to a flat in Kessel Mansions in Hove.").get("Kessel Mansions") == "place"


def test_a_live_report_s_numbered_lap_opening_a_line_is_a_count_and_the_name_stands_alone():
    names = found("Lap 14 Tomas Verrin has a big smash and the safety car is deployed.\n\nLap 20 Drivers are left furious.")
    assert names.get("Lap 14") == "number" and names.get("Tomas Verrin") == "person"
    assert not any(name.startswith("Lap 20 ") for name in names)


def test_two_given_names_joined_by_a_hyphen_open_a_person_s_name():
    names = found("The return of her mother Erin (Anne-Marie Quennell), allegedly clean, is a shock.")
    assert names.get("Anne-Marie Quennell") == "person"


def test_the_learned_check_drops_a_guessed_body_seen_once_and_cut_from_a_longer_run():
    from briefing_tui.core.entities.learned import judge
    from briefing_tui.core.model import Entity, Mention

    text = "Phones used Kessra Display Vexmo screens. The Quarry Works hired."
    cut = Entity("Display Vexmo", "organization", (), (Mention(0, 19, 32),))
    whole = Entity("Quarry Works", "organization", (), (Mention(0, 46, 58),))
    kept = {e.name for e in judge([cut, whole], [text], {(0, 19), (0, 46)}, model=_SureModel("organization"))}
    assert kept == {"Quarry Works"}


def test_a_decade_written_as_a_word_is_a_date_and_no_body():
    names = found("The Verrin mill closed in the Thirties and opened again in the late Sixties.")
    assert names.get("the Thirties") == "date" and names.get("the late Sixties") == "date"
    assert "Thirties" not in names and "Sixties" not in names
    assert found("The Fifties Club met on Sunday.").get("Fifties Club") == "organization"


def test_a_family_named_by_its_surname_is_a_person():
    names = found("The land was bought by the Quennell family, and most tenants are members of Odarka’s extended family.")
    assert names.get("Quennell") == "person" and names.get("Odarka") == "person"


def test_a_generation_after_a_known_person_is_kept_as_written():
    entity = next(e for e in entities_in("Joseph R. Biden Jr. signed the order in Verrin.") if e.type == "person")
    assert "Joseph R. Biden Jr." in (entity.name, *entity.aliases)


def test_a_title_the_gazetteer_writes_with_a_person_stays_out_of_the_name():
    names = found("Cardinal Joseph Zen met the envoy.\n\nAyatollah Ali Khamenei spoke later.")
    assert names.get("Joseph Zen") == "person" and names.get("Ali Khamenei") == "person"
    assert "Cardinal Joseph Zen" not in names and "Ayatollah Ali Khamenei" not in names


def test_a_name_ending_in_a_generation_before_a_monument_is_a_person():
    assert found("Crowds gathered at the Mark Allen Ward Jr. memorial in Verrin.").get("Mark Allen Ward Jr.") == "person"


def test_a_body_told_and_the_subject_of_what_it_was_told_are_two_names():
    names = found("Foreign Secretary Ann Dale told Sky News Iran must return to talks.")
    assert names.get("Sky News") == "organization" and names.get("Iran") == "place"
    assert "Sky News Iran" not in names


def test_a_town_named_like_a_person_after_to_and_before_its_state_is_a_place():
    assert found("Tourists returned to Mara Kessel, Pennsylvania, a week after the flood.").get("Mara Kessel") == "place"
    assert found("The letter went to Ann Lee, Texas, who replied.").get("Ann Lee") == "person"


def test_a_known_name_after_a_prefix_like_ex_stays_whole():
    names = found("The ex-New York mayor met the pro-Islamic Welfare Party.")
    assert names.get("New York") == "place" and "York" not in names
    assert names.get("Welfare Party") == "organization"


def test_capitals_after_a_clause_s_comma_and_before_small_letters_are_an_acronym_not_a_town():
    names = found("After the floods, NADA expects used car values to climb.")
    assert names.get("NADA") != "place"


def test_what_a_person_does_opening_a_sentence_is_no_part_of_the_name():
    names = found("Builder Tomas Verrin said the tram came off the rails.\n\nPlumber Ann de Sa said she ran.")
    assert names.get("Tomas Verrin") == "person" and names.get("Ann de Sa") == "person"
    assert not [n for n in names if n.startswith(("Builder", "Plumber"))]


def test_a_tram_stop_named_after_the_is_a_place():
    names = found("The tram came off the rails 100 yards from the Quennell stop near the park.")
    assert names.get("Quennell") == "place"


def test_a_version_of_three_parts_and_a_temperature_scale_stay_whole():
    names = found("The fault was not fixed in Orvex 11.1.1. It runs from 32 degrees F to 40 degrees C in Verrin.")
    assert names.get("Orvex 11.1.1") == "other"
    assert names.get("32 degrees F") == "number" and names.get("40 degrees C") == "number"


def test_money_with_a_scale_and_its_currency_written_large_is_one_amount():
    names = found("Orlan will invest 1.5 billion Euros and 600 million Pounds in Verrin.")
    assert names.get("1.5 billion Euros") == "number" and names.get("600 million Pounds") == "number"
    assert "Euros" not in names and "Pounds" not in names


def test_a_newspaper_named_in_another_language_is_a_body():
    names = found("It was first reported by Kesselberger Zeitung and Corriere di Varna.")
    assert names.get("Kesselberger Zeitung") == "organization" and names.get("Corriere di Varna") == "organization"


def test_a_work_set_off_by_commas_after_its_kind_or_before_it_is_a_work():
    names = found("On Friday she released her fourth studio album, Glass of the Marsh, which sold well.")
    assert names.get("Glass of the Marsh") == "other"
    names = found("The fund will cover the price of Basket of Wild Plums, a 1761 work that set a record.")
    assert names.get("Basket of Wild Plums") == "other"
    names = found("For Tomas and Ann, the late movie was their last night out.")
    assert "For Tomas and Ann" not in names


def test_a_rough_count_of_a_people_named_after_it_is_a_count():
    names = found("Thousands of Kessans fled across the border, and tens of thousands of Orvans followed.")
    assert names.get("Thousands") == "number" and names.get("tens of thousands") == "number"


def test_a_given_name_a_middle_initial_and_a_family_name_that_is_a_place_word_is_a_person():
    entities = entities_in("Jonathan R. Pike, the fund's manager, said the bet paid off. Jonathan Pike added that he had sold.")
    people = [e for e in entities if e.type == "person"]
    assert len(people) == 1 and people[0].name == "Jonathan R. Pike" and "Jonathan Pike" in people[0].aliases


def test_a_short_given_name_that_is_no_start_of_the_long_one_merges():
    people = [e for e in entities_in("Senator Bernard Quennell held a rally, and Bernie Quennell told the crowd wages must rise.") if e.type == "person"]
    assert len(people) == 1


def test_a_known_name_ending_in_a_number_after_of_stays_whole():
    names = found("The launches came on the last day of the Group of 20 summit in Verrin, where a group of 20 people met.")
    assert names.get("Group of 20") == "organization"
    assert "20" not in names


def test_a_ground_named_for_a_sponsor_whose_word_names_a_people_is_a_place():
    assert found("The final was played at Progressive Field in Verrin.").get("Progressive Field") == "place"


def test_a_given_name_of_two_parts_known_alone_as_a_family_name_opens_a_person():
    names = found("Jean-Pierre Quennell, the agency's chief, arrived in Verrin on Wednesday.")
    assert names.get("Jean-Pierre Quennell") == "person"


def test_a_word_before_a_known_family_name_with_its_article_is_a_given_name():
    assert found("Moqtada al-Sadr called for calm in Verrin.").get("Moqtada al-Sadr") == "person"


def test_a_trade_ending_in_man_opening_a_sentence_is_no_part_of_the_name():
    names = found("Businessman Denis Halloran lost the case.\n\nFisherwoman Ann Tully said the catch fell.")
    assert names.get("Denis Halloran") == "person" and names.get("Ann Tully") == "person"
    assert not [n for n in names if n.startswith(("Businessman", "Fisherwoman"))]


def test_the_centre_of_a_known_town_is_a_place():
    names = found("Traffic is closed on Main Street in Downtown Tulsa until Friday.\n\nA new bar opened in Midtown Detroit.")
    assert names.get("Downtown Tulsa") == "place" and names.get("Midtown Detroit") == "place"


def test_an_account_handle_is_no_name():
    names = found("What a night for the city — Dario Vell (@DarioVellReal) November 3, 2016")
    assert names.get("Dario Vell") == "person"
    assert "DarioVellReal" not in names


def test_a_date_in_figures_after_a_name_keeps_its_first_number():
    names = found("The story ran on page four.\n\n(Kessan Daily 10/03/2017 page4)")
    assert names.get("10/03/2017") == "date"
    assert not [n for n in names if n.endswith(" 10")]


def test_ages_after_a_count_are_no_part_of_it():
    names = found("The gunman killed 20 children ages 6 and 7 at the school in Orvane.")
    assert "20 children" in names and "20 children ages" not in names


def test_an_architect_before_a_name_is_a_job():
    names = found("The firm was founded by Chief Architect Tomas Verrin and two friends.")
    assert names.get("Tomas Verrin") == "person"
    assert not [n for n in names if n.startswith("Architect")]


def test_a_rough_count_in_four_figures_is_no_year():
    names = found("There may be roughly 2000 moons out there.\n\nSome 1800 dockers were laid off.\n\nSince about 1990 prices have risen.")
    assert names.get("2000 moons") == "number" and names.get("1800 dockers") == "number"
    assert names.get("1990") == "date"


def test_a_role_set_off_after_then_and_a_body_of_two_words_names_a_person():
    names = found("“He listens,” Ruth Temple, then Harbor Beat’s editor, told reporters at the time.")
    assert names.get("Ruth Temple") == "person"


def test_a_place_to_eat_named_in_its_own_language_is_a_body():
    names = found("We had dinner at Maison Verlaine on Friday.\n\nThey ate at Chez Orvane, then at Taqueria Lucerna.")
    assert names.get("Maison Verlaine") == "organization"
    assert names.get("Chez Orvane") == "organization" and names.get("Taqueria Lucerna") == "organization"


def test_a_length_of_time_by_its_article_after_for_is_a_date():
    names = found("The village of Orvane has been without power for a week.\n\nWorkers there earn $10.50 an hour, once a year a bonus.")
    assert names.get("a week") == "date"
    assert "an hour" not in names and "a year" not in names


def test_english_names_of_cities_the_fetched_lists_write_in_their_own_language_are_places():
    names = found("Cologne has banned fireworks, officials said.\n\nFans of Bruges were upset.")
    assert names.get("Cologne") == "place" and names.get("Bruges") == "place"


def test_a_small_count_in_words_before_of_those_it_counts_is_a_number():
    names = found("A family in Orvane said five of the dead were relatives.\n\nIt went to Game seven of the series, and one of the fans cried.")
    assert names.get("five") == "number"
    assert "seven" not in names and "one" not in names


def test_a_time_written_with_am_glued_on_is_a_time_and_keeps_its_rough_words():
    names = found("The tram overturned at around 6:10am on Wednesday.\n\nThe shooting started shortly before 8 a.m. Tuesday in Orvane.")
    assert names.get("6:10am") == "date"
    forms = {form for e in entities_in("The tram overturned at around 6:10am on Wednesday.\n\nThe shooting started shortly before 8 a.m. Tuesday in Orvane.") for form in (e.name, *e.aliases)}
    assert "around 6:10am" in forms and "shortly before 8 a.m." in forms


def test_a_time_told_from_one_named_before_is_a_date():
    names = found("Earlier that month, Ana Ruiz quit.\n\nLater that year the Orvane mill closed.")
    assert names.get("Earlier that month") == "date" and names.get("Later that year") == "date"


def test_a_side_by_its_nickname_alone_in_a_match_report_is_a_side():
    text = "The Broncos beat the Chiefs 24-10 on Sunday. The quarterback threw three touchdowns and the defense held in the fourth quarter, a win that keeps the season alive."
    names = found(text)
    assert names.get("Broncos") == "organization" and names.get("Chiefs") == "organization"
    assert "Cardinals" not in found("The Cardinals met in Rome to pick a new pope.")


def test_a_scale_word_after_its_article_keeps_it_and_a_length_so_counted_is_a_date():
    names = found("The probe will drift for a billion years.\n\nOrvane built a thousand kilometres of road.")
    assert names.get("a billion years") == "date"
    assert names.get("a thousand kilometres") == "number"


def test_who_runs_a_firm_then_the_firm_names_a_body():
    names = found("Marcus Webb, chief executive of Tessel Marrow, stepped down on Thursday.")
    assert names.get("Marcus Webb") == "person" and names.get("Tessel Marrow") == "organization"


def test_a_known_place_written_with_accents_is_a_place():
    names = found("José Orvane was sworn in as president of Panamá.")
    assert names.get("Panamá") == "place"


def test_a_given_name_alone_that_speaks_is_a_person_though_a_town_has_it():
    names = found("The band played its last song in Orvane.\n\nBruce said the show was over, and the crowd went home.")
    assert names.get("Bruce") == "person"


def test_a_rate_written_from_its_point_is_a_number():
    names = found("Tomas Verrin hit .326 with 23 home runs for Orvane (.297 over his career).")
    assert names.get(".326") == "number" and names.get(".297") == "number"
