"""Recall of the gazetteer on real-news shapes: moons and small bodies, small towns.

Every sentence is written here, with names of that kind, in the shape of a miss seen on
real news; none is taken from an article.
"""

from __future__ import annotations

from conftest import names_found as found




def test_moons_and_small_bodies_are_places_without_a_cue():
    names = found("The orbiter swung past Ganymede and Callisto before it turned towards Io.")
    assert names.get("Ganymede") == "place"
    assert names.get("Callisto") == "place"
    assert names.get("Io") == "place"
    names = found("Samples from Bennu and Ryugu show water. Ceres and Sedna stay far away.")
    assert {names.get(n) for n in ("Bennu", "Ryugu", "Ceres", "Sedna")} == {"place"}


def test_a_small_town_after_a_place_cue_is_a_place():
    names = found("He grew up near Kibworth and later moved to Market Harborough with his parents.")
    assert names.get("Market Harborough") == "place"
    names = found("Flooding closed roads in Castelnuovo di Porto on Sunday.")
    assert names.get("Castelnuovo di Porto") == "place"
    names = found("The ferry to Marstal was cancelled.")
    assert names.get("Marstal") == "place"


def test_a_small_town_without_a_cue_or_after_according_to_is_no_place():
    assert found("Bogliasco said it would appeal the ruling.").get("Bogliasco") != "place"
    assert found("Shares fell, according to Sapulpa.").get("Sapulpa") != "place"


def test_the_town_list_leaves_out_common_words_and_given_names():
    from briefing_tui.core.entities.gazetteer import TOWNS, load_gazetteer, load_towns

    names, gazetteer = TOWNS.read_text(encoding="utf-8").splitlines(), load_gazetteer()
    assert len(names) > 50_000  # the small places of GeoNames, not a handful
    one_word = {t for t in names if " " not in t and "-" not in t}
    assert not {t for t in one_word if t.lower() in gazetteer.common_words}
    assert not one_word & gazetteer.first_names
    assert not {t for t in names if gazetteer.lookup(t) is not None}  # the gazetteer's own names stay its
    towns = load_towns()
    assert len(towns) == len(set(names))
    assert all(name in towns for name in names)  # towns.bin is built from this towns.txt
    assert all(t in towns for t in ("Faaborg", "Marstal", "Market Harborough"))
    assert not any(t in towns for t in ("Sandwich", "Marion", "Grand Isle", "faaborg", "Faaborg "))


def test_news_spellings_of_a_town_are_towns_too():
    from briefing_tui.core.entities.gazetteer import load_towns

    towns = load_towns()
    assert "Kupiansk" in towns and "Kostiantynivka" in towns  # GeoNames' names: Kup'yans'k, Kostyantynivka
    names = found("Shelling hit homes in Kupiansk and near Kostiantynivka overnight.")
    assert names.get("Kupiansk") == "place"
    assert names.get("Kostiantynivka") == "place"


def test_a_small_town_listed_beside_a_known_place_is_a_place():
    names = found("Faaborg, Marstal and Odense are worth a visit in summer.")
    assert names.get("Faaborg") == "place"
    assert names.get("Marstal") == "place"
    names = found("Faaborg beat Marstal on Friday.")  # no place beside them: no cue
    assert names.get("Faaborg") != "place"


def test_a_capitalised_word_with_a_number_glued_on_is_an_organisation_not_a_code():
    names = found("The esports team Pixel9 beat Falcon7 in the final, and Dream11 paid the prize.")
    assert names.get("Pixel9") == "organization"
    assert names.get("Dream11") == "organization"
    assert "LCOc1" not in found("Brent LCOc1 rose 2% while Covid19 cases fell.")


def test_a_site_and_the_company_that_owns_it_are_two_names():
    names = found("Meta said posts on Facebook would be checked, and X Corp. said Twitter would not.")
    assert names.get("Meta") == "organization"
    assert names.get("Facebook") == "organization"
    assert names.get("Twitter") == "organization"


def test_clubs_museums_and_brands_known_by_one_word_are_organisations():
    names = found("Arsenal drew with Bayern in London. Fans of Manchester City cheered.")
    assert names.get("Arsenal") == "organization"
    assert names.get("Bayern") == "organization"
    assert names.get("Manchester City") == "organization"
    names = found("The Louvre lent a painting to the Rijksmuseum, sponsored by Budweiser and Rolex.")
    assert {names.get(n) for n in ("Louvre", "Rijksmuseum", "Budweiser", "Rolex")} == {"organization"}


def test_adjectives_of_regions_and_peoples_are_groups():
    names = found("Ottoman and Balkan recipes met Himalayan and Andean ones at the Nordic fair.")
    assert {names.get(n) for n in ("Ottoman", "Balkan", "Himalayan", "Andean", "Nordic")} == {"group"}


def test_a_small_town_is_a_place_after_the_mayor_of_and_before_based():
    names = found("The mayor of Marstal resigned on Monday.")
    assert names.get("Marstal") == "place"
    names = found("The Faaborg-based ferry firm and a Marstal-born sailor won prizes.")
    assert names.get("Faaborg") == "place"
    assert names.get("Marstal") == "place"
    names = found("Residents of Marstal and Faaborg voted.")
    assert names.get("Faaborg") == "place"


def test_towns_shaped_like_slavic_family_names_are_left_out():
    from briefing_tui.core.entities.gazetteer import load_towns

    towns = load_towns()
    assert "Petrov" not in towns and "Ivanov" not in towns
    assert found("The minister wrote to Petrov about the grain deal.").get("Petrov") != "place"


def test_parliaments_and_space_firms_known_by_one_word_are_organisations():
    names = found("The Landtag and the Storting debated the launch, which Arianespace and ISRO shared.")
    assert {names.get(n) for n in ("Landtag", "Storting", "Arianespace")} == {"organization"}
    assert names.get("Indian Space Research Organisation", names.get("ISRO")) == "organization"


def test_bodies_news_names_without_a_cue_word_are_organisations():
    # Sides, parties, unions, public bodies, companies and institutes of many countries,
    # each written as news writes it: a short form, or a name with no cue word in it.
    names = found("The Rabbitohs signed a forward, and the Sounders lost at home on Saturday.")
    assert names.get("Rabbitohs") == "organization" and names.get("Sounders") == "organization"
    names = found("Trinamool won the seat while COSATU called a strike over pay.")
    assert names.get("Trinamool") == "organization" and names.get("COSATU") == "organization"
    names = found("Officers of the EFCC and HMRC traced the money to an account held with Safaricom.")
    assert {names.get(n) for n in ("EFCC", "HMRC", "Safaricom")} == {"organization"}
    names = found("Economists at the IFS said the cut would cost more than planned.")
    assert names.get("IFS") == "organization"


def test_districts_and_landmarks_news_names_without_a_cue_are_places():
    names = found("Flights out of Heathrow were delayed, and crowds gathered in Tsim Sha Tsui and Kibera.")
    assert {names.get(n) for n in ("Heathrow", "Tsim Sha Tsui", "Kibera")} == {"place"}


def test_public_figures_news_names_by_the_surname_alone_are_people():
    names = found("Tokayev met Whitmer in the spring, and Wike said little.")
    assert {names.get(n) for n in ("Tokayev", "Whitmer", "Wike")} == {"person"}
    names = found("Haaland scored twice while the band played Tchaikovsky at half-time.")
    assert names.get("Haaland") == "person" and names.get("Tchaikovsky") == "person"


def test_named_events_products_and_laws_are_other_things():
    names = found("Tickets for the Ryder Cup sold out as the Geneva Conventions turned 75.")
    assert names.get("Ryder Cup") == "other" and names.get("Geneva Conventions") == "other"
    names = found("Pictures from the James Webb Space Telescope came as doctors prescribed more Wegovy.")
    assert names.get("James Webb Space Telescope") == "other" and names.get("Wegovy") == "other"


def test_the_gazetteer_s_other_things_load_under_their_own_type():
    from briefing_tui.core.entities.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.kind("James Webb Space Telescope") == "other"
    assert gazetteer.kind("JWST") == "other"


def test_music_groups_and_local_services_news_names_are_organisations():
    names = found("Tickets for The Rolling Stones sold out while the LCBO reopened its stores.")
    assert names.get("Rolling Stones") == "organization" and names.get("LCBO") == "organization"


def test_a_known_name_with_a_holiday_or_a_day_inside_stays_whole():
    names = found("Flights to Christmas Island resumed on Friday, years after the Good Friday Agreement.")
    assert names.get("Christmas Island") == "place" and names.get("Good Friday Agreement") == "other"
    assert "Christmas" not in names and "Good Friday" not in names
    assert names.get("Friday") == "date"


def test_capitol_hill_is_a_place_and_congress_a_body():
    names = found("Lawmakers on Capitol Hill said Congress would vote on Friday.")
    assert names.get("Capitol Hill") == "place" and names.get("Congress") == "organization"


def test_irish_counties_and_towns_go_by_their_own_names():
    names = found("Rival Mayo and Kilkenny got less, while the money for Naas and Tralee came from Limerick.")
    assert all(names.get(n) == "place" for n in ("Mayo", "Kilkenny", "Naas", "Tralee", "Limerick"))


def test_market_indices_are_things_and_a_given_name_stays_a_person():
    names = found("The Sensex fell while the Kospi and the DAX rose, and Brent Kellan said Topix trading was thin.")
    assert all(names.get(n) == "other" for n in ("Sensex", "Kospi", "DAX", "Topix"))
    assert names.get("Brent Kellan") == "person"


def test_parliament_hill_is_a_place():
    assert found("Truckers parked on Parliament Hill for a third week.").get("Parliament Hill") == "place"


def test_works_news_names_are_things_and_a_single_common_word_is_not_listed():
    names = found("Critics compared Nightmare Alley with The Power of the Dog, while Stardew Valley topped the charts.")
    assert all(names.get(n) == "other" for n in ("Nightmare Alley", "Stardew Valley"))
    assert found("Weapons were found near the school.").get("Weapons") is None


def test_british_counties_by_their_own_names_are_places():
    names = found("Flooding hit homes in Berkshire and Shropshire, while Pembrokeshire and Aberdeenshire stayed dry.")
    assert all(names.get(n) == "place" for n in ("Berkshire", "Shropshire", "Pembrokeshire", "Aberdeenshire"))
