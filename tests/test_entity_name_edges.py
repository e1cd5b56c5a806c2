"""Where a name starts and ends, and what its first word says: shapes seen on real news,
one fresh sentence each (names invented here, none taken from an article)."""

from __future__ import annotations

from conftest import names_found as found


def test_modern_given_names_make_a_person_whose_family_name_is_a_common_word():
    # The 1990 census list lacks these given names; the Social Security lists have them.
    assert found("Jaxon Wells scored twice before the break, and the visitors never recovered.").get("Jaxon Wells") == "person"
    assert found("The rookie Kayden Stone finished third in the race.").get("Kayden Stone") == "person"
    assert found("The award went to Ayaan Bell for his second novel.").get("Ayaan Bell") == "person"


def test_the_given_name_list_keeps_out_words_surnames_and_places():
    from briefing_tui.core.entities.gazetteer import load_gazetteer

    first_names = load_gazetteer().first_names
    assert {"Jaxon", "Kayden", "Ayaan"} <= first_names
    # Given to babies, but far more often a word, a family name or a place in news.
    assert not {"Chase", "Major", "Justice", "Harper", "Kennedy", "London", "Brooklyn", "Jr"} & first_names


def test_a_given_name_right_after_the_opens_a_place_not_a_person():
    assert found("Dinner is served in the Rose des Vents on the top floor.").get("Rose des Vents") not in (None, "person")
    assert found("Fans queued outside the Marie de Loches all afternoon.").get("Marie de Loches") not in (None, "person")
    assert found("Marie de Loches said the doors would open at noon.").get("Marie de Loches") == "person"
