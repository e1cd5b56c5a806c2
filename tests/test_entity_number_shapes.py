"""Shapes of numbers, dates and measures, names in capitals and hyphenated spans seen on real news.

Every sentence is written here, with new names and figures, in the shape of an error seen
on real articles; none is taken from an article.
"""

from __future__ import annotations

from conftest import entities_in, names_found as found


def _aliases(text: str, name: str) -> tuple[str, ...]:
    return next(e.aliases for e in entities_in(text) if e.name == name)


def test_a_time_to_a_fraction_of_a_second_is_a_number_not_a_date():
    names = found("Okafor took the win by 0.342 seconds after a race of nearly two hours.")
    assert names.get("0.342 seconds") == "number"
    assert names.get("nearly two hours") == "date" or names.get("two hours") == "date"


def test_a_shooting_line_is_one_number():
    names = found("Dembele scored 31 points on 12-for-19 shooting and went 4-of-7 from deep.")
    assert names.get("12-for-19") == "number"
    assert names.get("4-of-7") == "number"
    assert not {"12-for", "19 shooting", "4-of", "7"} & set(names)


def test_an_age_in_millions_of_years_is_one_date():
    names = found("Divers found a 245-million-year-old reef and a rock 3.8 billion years old.")
    assert names.get("245-million-year-old") == "date"
    assert names.get("3.8 billion years old") == "date"
    assert "245-million" not in names


def test_a_measure_of_one_unit_with_a_qualifier_is_a_number():
    names = found("The beetle is about an inch long and nests almost a mile from the river.")
    assert names.get("about an inch") == "number"
    assert "an inch" in _aliases("The beetle is about an inch long.", "about an inch")
    assert names.get("almost a mile") == "number"


def test_less_than_an_hour_is_a_date():
    assert found("The final was over in less than an hour on Friday.").get("less than an hour") == "date"


def test_this_past_weekend_is_one_date():
    names = found("The film earned $12 million this past weekend in Canada.")
    assert names.get("this past weekend") == "date"
    assert "past weekend" not in names


def test_a_dateline_with_a_short_month_and_a_year_is_one_date():
    names = found("Posted 14 Mar 2019\n\nFloods cut the road to the valley.")
    assert names.get("14 Mar 2019") == "date"
    assert "14" not in names and "2019" not in names


def test_two_figures_joined_by_and_are_two_numbers_unless_between():
    names = found("The tremors measured magnitudes 6.1 and 4.8, and prices rose between 20 and 30 percent.")
    assert names.get("6.1") == "number" and names.get("4.8") == "number"
    assert "6.1 and 4.8" not in names
    assert names.get("20 and 30 percent") == "number"


def test_teens_and_tens_as_words_count_things():
    names = found("Seventeen nurses and sixty volunteers stayed at the clinic.")
    assert names.get("Seventeen nurses") == "number"
    assert names.get("sixty volunteers") == "number"


def test_a_number_word_and_a_half_with_its_scale_is_one_number():
    names = found("The clip drew three and a half million views by Tuesday.")
    assert names.get("three and a half million views") == "number"
    assert "million views" not in names


def test_a_span_of_years_a_season_and_a_week_of_a_season_are_dates():
    names = found("In each of the past 30 seasons (1989-2018), the Otters won at least once, and the 2019 season ended in Week 12.")
    assert names.get("1989-2018") == "date"
    assert names.get("the 2019 season") == "date"
    assert names.get("Week 12") == "date"
    assert "1989" not in names and "12" not in names


def test_a_day_of_the_week_and_its_date_are_one_date():
    names = found("Tuesday, March 3, 2026\n\nThe vote came on Friday, May 8 and again on Monday.")
    assert names.get("Tuesday, March 3, 2026") == "date"
    assert names.get("Friday, May 8") == "date"
    assert "March 3, 2026" in _aliases("Tuesday, March 3, 2026\n\nRain fell.", "Tuesday, March 3, 2026")


def test_zero_counts_things_but_not_a_phrase():
    names = found("The goalkeeper made zero saves under the zero tolerance rule.")
    assert names.get("zero saves") == "number"
    assert not any(name.startswith("zero tolerance") for name in names)


def test_a_credit_after_a_hyphen_is_not_part_of_a_name():
    names = found("The Olivia Mbeki-starring thriller and the Tomas Lind-directed sequel opened.")
    assert names.get("Olivia Mbeki") == "person"
    assert names.get("Tomas Lind") == "person"


def test_a_volume_number_stays_with_its_title():
    names = found("Fans queued for Midnight Harbour Vol. 3 at the cinema.")
    assert not {"3", "Vol"} & set(names)


def test_a_rank_before_a_name_is_a_number_and_the_name_a_person():
    names = found("Kovac beat Number 3 Lena Marsh of Austria, and world No. 1 Ivo Brandt lost.")
    assert names.get("Lena Marsh") == "person"
    assert names.get("Ivo Brandt") == "person"
    assert names.get("Number 3") == "number"
    assert names.get("No. 1") == "number"


def test_a_year_opens_the_name_of_an_event():
    names = found("She has not won since the 2016 French Open, and The 2010 Winter Olympics were cold.")
    assert names.get("2016 French Open") == "other"
    assert names.get("2010 Winter Olympics") == "other"
    assert "2016" not in names


def test_two_numbers_of_one_kind_of_road_are_one_name():
    names = found("Villages north of Highways 61 and 55 flooded on Monday.")
    assert names.get("Highways 61 and 55") == "place"
    assert not any(name.startswith("55") for name in names)


def test_a_count_after_a_name_is_no_part_of_it_and_a_verb_after_a_figure_no_thing_counted():
    names = found("An official told Xinhua 40 people were hurt, and 12 drowned near Lake Volta.")
    assert names.get("40 people") == "number"
    assert "Xinhua 40" not in names
    assert "12 drowned" not in names


def test_a_stock_index_named_with_a_number_like_a_year_keeps_it():
    names = found("The Wilshire 2000, a gauge of small firms, fell 3 percent while the Spring 2019 plan stood.")
    assert names.get("Wilshire 2000") == "other"
    assert "2000" not in names


def test_a_team_in_capitals_inside_a_sentence_is_one_organisation():
    names = found("The PORTLAND PIONEERS defeated Denver, 24-17, on Sunday and the SAN DIEGO GULLS lost.")
    assert names.get("PORTLAND PIONEERS") == "organization"
    assert names.get("SAN DIEGO GULLS") == "organization"
    assert "PORTLAND" not in names and "SAN DIEGO" not in names


def test_a_player_in_capitals_after_a_title_is_a_person_apart_from_it():
    names = found("Only Hall of Famer MARTA OKONKWO (19 games) has more, and quarterback LEON BRAUN passed for 210 yards.")
    assert names.get("MARTA OKONKWO") == "person"
    assert names.get("LEON BRAUN") == "person"
    assert not [name for name in names if "Famer MARTA" in name]


def test_a_numbered_road_is_a_place():
    names = found("A lorry overturned on Interstate 84 near the exit to State Route 9 on Friday.")
    assert names.get("Interstate 84") == "place"
    assert names.get("State Route 9") == "place"


def test_a_point_in_a_match_is_a_date():
    names = found("Okafor equalised right after the 35-minute mark, and Lind scored at the hour mark.")
    assert names.get("the 35-minute mark") == "date"
    assert names.get("the hour mark") == "date"


def test_a_qualified_single_unit_of_time_is_a_date():
    names = found("The probe will drift for roughly a month and circle the moon in just under a day.")
    assert names.get("roughly a month") == "date"
    assert names.get("just under a day") == "date"


def test_a_capitalised_word_before_a_share_opens_no_model_name():
    names = found("Almost 40 percent of adults know it, and Roughly 12.5% act on it.")
    assert names.get("40 percent") == "number" and names.get("12.5%") == "number"
    assert not any(kind == "other" for kind in names.values())


def test_a_count_of_a_plural_that_names_the_next_plural_takes_both_words():
    names = found("Gunmen killed 5 police officers and wounded two staff members, while 12 people said they saw it.")
    assert names.get("5 police officers") == "number"
    assert names.get("two staff members") == "number"
    assert names.get("12 people") == "number"


def test_a_figure_after_a_small_letter_word_of_a_series_is_no_count():
    names = found("Lorries queued at junction 10 and near exit 12, while gate 5 stayed shut.")
    assert not {"10", "12", "5"} & set(names)
