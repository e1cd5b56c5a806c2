"""Heading shapes seen on real articles, one text each written here with fresh words."""

from __future__ import annotations

import pytest

from briefing_tui.core.parsing import parse_text

BODY = (
    "The council met on Monday and agreed the plan after a long debate about its cost, "
    "and the work will start in the spring."
)
BODY2 = "Officials said the figures would be checked again before the end of the month and shared."


def headings(text: str) -> list[str | None]:
    return [s.heading for s in parse_text(text).sections]


def line_in_story(line: str) -> str:
    """A story with no headings and the line standing alone after its first paragraph."""
    return f"Ferry line adds a winter route\n\n{BODY}\n\n{line}\n\n{BODY2}\n\n{BODY}\n"


def between_headings(line: str) -> str:
    """A story with two headings and the line standing alone between their parts."""
    return (
        f"Council approves the new bridge plan after long debate\n\n{BODY}\n\nWhat Comes Next\n\n{BODY2}\n\n"
        f"{line}\n\n{BODY}\n\nThe Cost\n\n{BODY2}\n"
    )


def test_numbered_questions_with_a_lead_in_sentence_are_one_sequence():
    text = (
        "QUESTIONS ABOUT THE NEW PARKING RULES\n\nThe city has changed the rules. Here is what drivers ask:\n\n"
        f"1. Are the fines higher?\n\n{BODY}\n\n"
        f"2. I heard the zones grew. Is that right?\n\n{BODY2}\n\n"
        f"3. What about permits for visitors?\n\n{BODY}\n\n"
        f"4. Can I appeal a ticket online?\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == [
        "1. Are the fines higher?",
        "2. I heard the zones grew. Is that right?",
        "3. What about permits for visitors?",
        "4. Can I appeal a ticket online?",
    ]


def test_a_numbered_question_ending_in_a_quoted_word_is_a_heading():
    text = (
        "Flood FAQ: What the Warnings Mean\n\nWe answer readers' questions about the floods.\n\n"
        f"1. What does a flood watch mean for my street?\n\n{BODY}\n\n"
        f"2. What does it mean when a river is “cresting?”\n\n{BODY2}\n"
    )
    assert "2. What does it mean when a river is “cresting?”" in headings(text)


def test_a_live_blog_s_stamps_over_posts_without_headlines_head_nothing():
    text = (
        f"UPDATE 11:40 p.m.\n\n{BODY}\n\n{BODY2}\n\n"
        f"UPDATE 10:05 p.m.\n\n{BODY2}\n\n"
        f"9:30 AM, March 4\n\n{BODY}\n\n14:05 GMT+1\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.format == "plain"  # "UPDATE 10:" is no memo's label
    assert [s.heading for s in briefing.sections] == [None]
    assert "UPDATE 10:05 p.m." in briefing.sections[0].text and "14:05 GMT+1" in briefing.sections[0].text


def test_one_stamp_alone_heads_nothing():
    text = f"Storm closes the bridge\n\n{BODY}\n\n10:05 p.m.\n\n{BODY2}\n"
    assert headings(text) == [None]


def test_matches_standing_alone_are_a_preview_s_headings_the_first_one_too():
    text = (
        "Harford v Ostley\nKey Battle: Ostley's winger faces the league's best full-back on a heavy pitch this week.\n"
        "Talking Point: Harford have lost three in a row, so can they turn it round at home?\n"
        "Prediction: 1-1\n"
        "Kelmer Town vs Dorrin (Saturday, 3pm)\nKey Battle: Two young strikers who both scored twice last week meet.\n"
        "Talking Point: Dorrin sacked their manager, so will the new man change the shape?\n"
        "Prediction: 2-0\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == ["Harford v Ostley", "Kelmer Town vs Dorrin (Saturday, 3pm)"]


def test_a_question_word_over_a_list_of_three_is_a_heading():
    text = (
        "How We Review Kettles\n\n"
        f"{BODY}\n\nHow we judge design, build quality, and features\n\n{BODY2}\n\n"
        f"How we test boiling times\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["How we judge design, build quality, and features", "How we test boiling times"]


def test_two_short_clauses_head_a_section_among_other_headings():
    text = (
        f"Stocks climb after the rate decision\n\n{BODY}\n\nKelda rises, Ostrow disappoints\n\n{BODY2}\n\n"
        f"Other results to watch\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["Kelda rises, Ostrow disappoints", "Other results to watch"]


def test_two_short_clauses_alone_are_no_heading():
    text = f"Stocks climb after the rate decision\n\n{BODY}\n\nKelda rises, Ostrow disappoints\n\n{BODY2}\n"
    assert headings(text) == [None]


def test_a_headline_over_the_line_saying_when_it_was_posted_is_the_title():
    briefing = parse_text(f"What Parents Should Know About Mumps\nPosted on 02/06/2019\n\n{BODY}\n\n{BODY2}\n")
    assert briefing.title == "What Parents Should Know About Mumps"


def test_a_name_alone_over_the_line_saying_when_the_page_was_made_is_the_byline():
    briefing = parse_text(f"Christina Delgado\nCreated: March 25, 2020 06:14 AM\n{BODY}\n{BODY2}\n")
    assert briefing.title is None and briefing.byline == "Christina Delgado"
    assert briefing.date == "2020-03-25"


def test_stamps_with_their_zone_the_time_elsewhere_or_the_day_and_place_head_nothing():
    text = (
        f"Live: the count\n\n{BODY}\n\n1:15pm NZDT (7:15pm EST)\n\nAnd, we're off!\n\n{BODY2}\n\n"
        f"1:54pm NZDT (7:54pm EST)\n\n{BODY}\n\nSaturday, 3.57am – Vic\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == []


def test_entries_numbered_in_circles_are_a_sequence():
    text = (
        "Signs You Travel Well\n\n"
        f"{BODY}\n\n① You pack only a carry-on.\n\n{BODY2}\n\n② You learn a few words first.\n\n{BODY}\n\n"
        f"③ You ask locals for advice.\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["① You pack only a carry-on.", "② You learn a few words first.", "③ You ask locals for advice."]


def test_bulleted_headlines_over_their_stories_head_a_round_up_and_a_bulleted_list_does_not():
    text = (
        "Around the state\n\n• Man found fit to stand trial in uncle's death\n\n"
        f"{BODY}\n\n{BODY2}\n\n• Fugitive caught at the diner where the sheriff ate\n\n{BODY}\n"
    )
    assert headings(text) == [
        "• Man found fit to stand trial in uncle's death",
        "• Fugitive caught at the diner where the sheriff ate",
    ]
    listed = f"Around the state\n\n{BODY}\n\n• Eggs and milk for the week\n• Bread from the corner shop\n\n{BODY2}\n"
    assert headings(listed) == [None]


def test_a_claim_right_under_the_title_is_the_standfirst_not_a_heading():
    text = (
        "Travel Notes\n\nIt's not just about the number of stamps in your passport\n\n"
        f"{BODY}\n\n1. Pack only a carry-on\n\n{BODY2}\n\n2. Learn a few words first\n\n{BODY}\n\n"
        f"3. Ask locals for advice\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections][0] is None
    assert "It's not just about the number of stamps" in briefing.sections[0].text


def test_a_sentence_under_a_short_first_line_is_the_lead_not_a_headline_under_a_label():
    text = "Floods in Kelmarsh\n\nAs of March, 2,703 homes had no power.\n\nBy April, 1,200 homes were still empty.\n"
    briefing = parse_text(text)
    assert briefing.title == "Floods in Kelmarsh"
    assert "2,703 homes had no power" in briefing.sections[0].text


def test_a_ratings_list_of_players_in_capitals_is_no_memo():
    players = "\n\n".join(
        f"{name}: {line}"
        for name, line in [
            ("EMIL MARTEN", "An outstanding save in the last seconds took the final to penalties. 8."),
            ("NAHUEL MORA", "Would have expected a tough afternoon but was rarely troubled at all. 7."),
            ("LIONEL ROSS", "Alive from the start and scored from the spot before tiring late on. 9."),
        ]
    )
    text = f"How both teams rated in the final of the cup.\n\nVELMARA\n\n{players}\n\nSUBSTITUTES:\n\nOTTO REY (for Ross, 64): A late change that did little. 5.\n"
    briefing = parse_text(text)
    assert briefing.format == "plain"
    assert [s.heading for s in briefing.sections if s.heading] == ["VELMARA", "SUBSTITUTES"]


def test_labels_in_capitals_over_their_paragraphs_are_headings_the_first_one_too():
    text = (
        f"TEAM: KELMER TOWN\n{BODY}\nGOALKEEPER: OTTO REY (Dorrin)\n{BODY2}\n"
        f"DEFENDER: ANNA LUND (Harford)\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == ["TEAM: KELMER TOWN", "GOALKEEPER: OTTO REY (Dorrin)", "DEFENDER: ANNA LUND (Harford)"]


def test_a_headline_with_a_name_s_initial_is_the_title():
    text = f"Motoring writer David E. Kellan dies at 80\n\n{BODY}\n\n{BODY2}\n"
    assert parse_text(text).title == "Motoring writer David E. Kellan dies at 80"


def test_headings_lettered_in_capitals_with_a_year_in_brackets_are_a_sequence():
    text = (
        "New Species of the Year\n\n"
        f"{BODY}\n\nA. The Glass Frog (2023)\n\n{BODY2}\n\nB. The Blue-Spotted Ray (2022)\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["A. The Glass Frog (2023)", "B. The Blue-Spotted Ray (2022)"]


def test_the_days_of_a_schedule_head_what_happens_on_them():
    text = (
        f"How to Watch the Launch\n\n{BODY}\n\nSaturday, May 30\n\n11 a.m. EDT – coverage begins\n\n"
        f"3:22 p.m. – launch\n\nSunday, May 31\n\n10:30 a.m. – docking\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["Saturday, May 30", "Sunday, May 31"]


def test_one_day_alone_heads_nothing():
    text = f"Flood warning for Kelmar\n\nSaturday, May 30\n\n{BODY}\n\n{BODY2}\n"
    assert headings(text) == [None]


def test_the_label_of_an_author_s_picture_is_no_heading():
    text = f"Researchers warn of risks\n\n{BODY}\n\nArmen Hallan's picture\n\n{BODY2}\n\n{BODY}\n"
    assert headings(text) == [None]


def test_a_heading_under_an_unmarked_list_is_no_part_of_the_list():
    text = (
        "Five Ways to Keep the Garden Going in Autumn\n\n"
        f"{BODY}\n\n"
        f"Plant Bulbs Early\n\n{BODY2}\n\n"
        "Raking the leaves into the beds\nCutting back the tall stems\nCovering the soft plants at night\n"
        "Moving pots under the eaves\nWatering only in the morning\n\n"
        f"Feed the Soil\n\n{BODY}\n"
    )
    assert headings(text) == [None, "Plant Bulbs Early", "Feed the Soil"]


def test_two_long_sentence_case_headings_head_their_sections():
    text = (
        "Preview: the harbour club meet the river club in the cup\n\n"
        f"{BODY}\n\n"
        f"The home side looking to end a run of four defeats\n\n{BODY2}\n\n{BODY}\n\n"
        f"Visitors favoured after a strong record in the fixture\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == [
        "The home side looking to end a run of four defeats",
        "Visitors favoured after a strong record in the fixture",
    ]


def test_a_long_sentence_beside_a_short_heading_is_still_a_caption():
    text = (
        "Harbour works begin\n\n"
        f"{BODY}\n\n"
        f"Workers lift the first beam into place beside the old pier\n\n{BODY2}\n\n"
        f"Costs\n\n{BODY}\n"
    )
    assert "Workers lift the first beam into place beside the old pier" not in headings(text)


def test_a_title_case_line_with_a_colon_over_paragraph_bullets_heads_its_part():
    points = (
        "  • The new striker has scored in each of the last four games and looks sharp in training.\n"
        "  • Whether the back line can hold out against the league's best attack will decide the night.\n"
    )
    text = f"Harbour Club vs River Club Preview\n\n{BODY}\n\nPlayers to Watch Tonight:\n\n{points}\nHow to Watch\n\n{BODY2}\n"
    assert headings(text)[1:] == ["Players to Watch Tonight", "How to Watch"]
    # Over short items it introduces an enumeration.
    items = "  • Boots\n  • A warm coat\n  • Snacks\n"
    text = f"Harbour Club vs River Club Preview\n\n{BODY}\n\nWhat to Bring:\n\n{items}\nHow to Watch\n\n{BODY2}\n"
    assert "What to Bring:" not in headings(text)


def test_a_countdown_of_numbered_headings_is_a_sequence():
    short = "Just a short line here."
    text = (
        "Five Winners and Losers of the Season\n\nHere are this year's picks.\n\nLosers\n\n"
        f"5. The Harbour Club\n\n{BODY}\n\n{short}\n\n4. Ann Lee\n\n{short}\n\n{BODY2}\n\n"
        f"3. The River Team\n\n{BODY}\n\n2. Tom Reyes\n\nSee above.\n\n{BODY2}\n\n1. The Old Ground\n\n{BODY}\n"
    )
    assert headings(text)[-5:] == ["5. The Harbour Club", "4. Ann Lee", "3. The River Team", "2. Tom Reyes", "1. The Old Ground"]


def test_the_last_items_of_numbered_lists_are_no_countdown():
    weeks = []
    for week, last in ((1, 10), (2, 9), (3, 8), (4, 5)):
        items = "\n\n".join(f"{n}. Topic {n}" for n in range(1, last + 1))
        weeks.append(f"Week {week} - Part {week}\n\n{items}")
    text = "Course outline\n\n" + BODY + "\n\n" + "\n\n".join(weeks) + "\n"
    assert not any(h and h[0].isdigit() for h in headings(text))


def test_a_title_case_how_to_heading_heads_its_first_shorter_sub_heading():
    text = (
        "Planning a Garden Visit\n\n"
        f"{BODY}\n\n"
        f"How to Plan Your Garden Visit\n\nBefore You Go\n\n{BODY2}\n\nOn the Day\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["How to Plan Your Garden Visit", "Before You Go", "On the Day"]


def test_numbered_places_with_their_regions_are_headings():
    text = (
        "The Finest Lakes of the North\n\n"
        f"{BODY}\n\n"
        f"1. Lough Carra, Ballinrobe, County Mayo\n\n{BODY2}\n\n"
        f"2. Lough Mask, Tourmakeady, County Mayo\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["1. Lough Carra, Ballinrobe, County Mayo", "2. Lough Mask, Tourmakeady, County Mayo"]


def test_a_long_opening_sentence_over_a_heading_is_the_lead_not_the_title():
    opening = "Floods can be dangerous, especially for drivers, walkers and anyone living close to the river banks."
    text = f"{opening}\n\nWho Is at Risk\n\n{BODY}\n\nWhat to Do\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title != opening
    assert opening in briefing.sections[0].text


def test_two_names_among_short_headings_head_the_parts_about_them():
    text = (
        "Where the parties stand on the issues that matter?\n\n"
        "On the campaign trail, the Greens and Labour trade jibes about Brexit and about each other's plans.\n\n"
        "Brexit\n\nThis has been called the Brexit vote, and each leader has a plan for it, they say.\n\n"
        "Greens\n\nIn their plan, the line on rail appears quickly, and it runs through the whole of it.\n\n"
        "Labour\n\nThe Labour plan begins with a promise on wages and ends with one on homes for all.\n"
    )
    assert headings(text)[1:] == ["Brexit", "Greens", "Labour"]


def test_a_one_word_kicker_before_a_title_case_heading_is_part_of_it():
    text = (
        "The Week in Books\n\n"
        f"{BODY}\n\n"
        f"Review: The Lighthouse Keepers Of Arran\n\n{BODY2}\n\n"
        f"Interview: A Poet Who Walks the Coast\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["Review: The Lighthouse Keepers Of Arran", "Interview: A Poet Who Walks the Coast"]
    # Residue keeps its label: a link to read more is no heading.
    assert "Read: The Lighthouse Keepers Of Arran" not in headings(text.replace("Review:", "Read:"))


def test_one_fixture_with_its_kick_off_or_result_heads_its_preview():
    text = f"Weekend football preview\n\n{BODY}\n\nHarbour Town v River Rovers Premier League 3pm\n\n{BODY2}\n"
    assert headings(text)[1:] == ["Harbour Town v River Rovers Premier League 3pm"]
    text = f"Cup round-up\n\n{BODY}\n\nUCL: Harbour Town v River Rovers (2-1)\n\n{BODY2}\n"
    assert headings(text)[1:] == ["UCL: Harbour Town v River Rovers (2-1)"]


def test_a_line_opened_by_two_hyphens_or_a_dash_is_a_list_item():
    from briefing_tui.core.parsing.headings import LIST_MARKER, heading_shape

    for line in ("-- Pricing and restructuring moves to lift the first quarter", "— Costs down after the plant closed"):
        assert LIST_MARKER.match(line)
        assert heading_shape(line) is None


def test_team_line_ups_after_their_codes_make_no_memo():
    text = (
        "Week in Review: 3rd May – 9th May 2024\n\n"
        f"{BODY}\n\n"
        "Harbour Town v River Rovers (2-1)\n\n"
        "HAR: Lind; Okafor, Ruiz, Tamm; Vela, Osei\n\n"
        "RIV: Novak; Brandt, Keane, Mori; Silva, Adeyemi\n\n"
        f"{BODY2}\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.format == "plain"
    assert briefing.title == "Week in Review: 3rd May – 9th May 2024"
    assert not {"HAR", "RIV"} & {s.heading for s in briefing.sections}


def test_a_quoted_question_inside_a_headline_ends_no_sentence():
    title = "Explainers: The “Why Now?” Column"
    briefing = parse_text(f"{title}\n\nShort notes on the week's news for readers in a hurry.\n\n{BODY}\n")
    assert briefing.title == title


def test_short_sentences_in_title_case_are_a_headline():
    title = "Rivers Are Rising. Towns Are Not Ready."
    briefing = parse_text(f"{title}\n\n{BODY}\n\n{BODY2}\n")
    assert briefing.title == title
    # In sentence case the same words open the text.
    lead = "Rivers are rising. Towns are not ready."
    assert parse_text(f"{lead}\n\n{BODY}\n\n{BODY2}\n").title != lead


def test_lines_ending_in_a_colon_over_lists_that_lost_their_markers_are_headings():
    text = (
        "Staying warm when the gas is off\n\n"
        f"{BODY}\n\n"
        "Heat, Light, and Water:\n\n"
        "Fill flasks with hot water before the supply stops.\n"
        "Keep a torch and spare batteries by the door.\n"
        "Store a few litres of drinking water.\n\n"
        "Cooking without the stove for a day:\n\n"
        "Eat the food in the fridge first.\n"
        "Keep bread, fruit and tins that need no heat.\n"
    )
    assert headings(text)[1:] == ["Heat, Light, and Water", "Cooking without the stove for a day"]


def test_one_line_ending_in_a_colon_over_lines_introduces_them():
    text = (
        "Staying warm when the gas is off\n\n"
        f"{BODY}\n\n"
        "Here is what to keep at home:\n\n"
        "Fill flasks with hot water before the supply stops.\n"
        "Keep a torch and spare batteries by the door.\n\n"
        f"{BODY2}\n"
    )
    assert headings(text)[1:] == []


def test_a_live_pages_post_headlines_over_their_bylines_are_headings():
    text = (
        f"{BODY}\n\n"
        "Ferries between the two islands will stop on Saturday as the gale reaches the coast\n\n"
        "From KNT's Ada Voss\n\n"
        f"{BODY2}\n\n"
        "More than 12,000 homes on the east shore have lost power\n\n"
        "By Ivo Kell\n\n"
        f"{BODY}\n"
    )
    assert headings(text) == [
        None,
        "Ferries between the two islands will stop on Saturday as the gale reaches the coast",
        "More than 12,000 homes on the east shore have lost power",
    ]
    assert "From KNT's Ada Voss" in parse_text(text).sections[1].text


def test_a_part_heading_over_its_first_sub_heading_both_in_title_case_is_kept():
    text = (
        "Baking at Home\n\n"
        f"{BODY}\n\n"
        "Choosing the Right Flour for Bread\n\n"
        "Strong White Flour\n\n"
        f"{BODY2}\n\n"
        "Wholemeal Blends\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == ["Choosing the Right Flour for Bread", "Strong White Flour", "Wholemeal Blends"]


def test_a_caption_naming_where_over_a_heading_is_no_heading():
    text = (
        "Walking the Coast\n\n"
        f"{BODY}\n\n"
        "Fishing Boats in the Harbour at Kelmoor\n\n"
        "Getting Around\n\n"
        f"{BODY2}\n"
    )
    assert headings(text)[1:] == ["Getting Around"]


def test_a_blogs_date_over_its_headline_leaves_the_headline_the_title():
    briefing = parse_text(f"Tuesday, March 3, 2020\n\nALBUM REVIEW: The Velvet Lanterns - Low Tide\n\n{BODY}\n\n{BODY2}\n")
    assert briefing.title == "ALBUM REVIEW: The Velvet Lanterns - Low Tide"
    assert briefing.sections[0].text.startswith("Tuesday, March 3, 2020")


def test_a_caption_or_a_heading_in_capitals_under_a_date_is_no_title():
    for line in ("The harbour at dawn on the day of the regatta", "OPENING REMARKS"):
        briefing = parse_text(f"Tuesday, March 3, 2020\n\n{line}\n\n{BODY}\n\n{BODY2}\n")
        assert briefing.title != line


def test_a_credit_under_a_short_name_leaves_the_name_the_title():
    briefing = parse_text(f"Driftwood (2021)\n\nDirected by: Ada Voss\n\n{BODY}\n\n{BODY2}\n")
    assert briefing.title == "Driftwood (2021)"


def test_an_editors_note_a_link_to_act_and_a_source_by_its_letters_are_no_headings():
    text = (
        "Gale closes the coast road\n\n"
        "Editor’s note: This story will be updated as the gale moves north\n\n"
        f"{BODY}\n\n"
        "ROADS:\n\n"
        "View Coast Road Alerts here\n\n"
        f"{BODY2}\n\n"
        "From KNTPD:\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections][1:] == ["ROADS"]
    assert briefing.sections[0].text.startswith("Editor’s note: This story will be updated")


def test_the_first_of_a_block_of_fields_is_no_heading():
    text = (
        "Destination Kelmoor\n\n"
        f"{BODY}\n\n"
        "Facts at a Glance\n\n"
        "Full country name: Kelmoor\n"
        "Area: 21 sq miles (54 sq km)\n"
        "Population: 60,000\n"
        "People: farmers and fishers of the coast (61%), traders of the valley towns (38%), a few others\n"
        "Language: English\n\n"
        "Environment\n\n"
        f"{BODY2}\n"
    )
    assert "Full country name: Kelmoor" not in headings(text)
    assert "Environment" in headings(text)


def test_commas_of_a_date_or_a_figure_do_not_stop_a_heading():
    text = (
        "Rules that change next month\n\n"
        f"{BODY}\n\n"
        "1. Free bus passes end on March 31, 2027\n\n"
        f"{BODY2}\n\n"
        "2. More than 40,000 drivers need new permits\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == ["1. Free bus passes end on March 31, 2027", "2. More than 40,000 drivers need new permits"]


def test_a_pages_first_question_under_a_short_heading_heads_its_part():
    text = (
        "Changes to bin collections\n\n"
        "Your questions answered\n\n"
        "Why does the council need to change the way it collects waste?\n\n"
        f"{BODY}\n\n"
        "How will my collections change?\n\n"
        f"{BODY2}\n\n"
        "Are other councils doing the same?\n\n"
        f"{BODY}\n"
    )
    assert "Why does the council need to change the way it collects waste?" in headings(text)


def test_a_heading_in_capitals_may_join_two_words_with_a_slash():
    text = f"Gale closes the coast road\n\n{BODY}\n\nCLOSINGS/DELAYS\n\n{BODY2}\n\nPOWER CUTS\n\n{BODY}\n"
    assert headings(text)[1:] == ["CLOSINGS/DELAYS", "POWER CUTS"]


def test_a_numbered_heading_may_run_to_sixteen_words():
    text = (
        "Ten rules that change next month\n\n"
        f"{BODY}\n\n"
        "1. Free bus passes end for riders over the age of seventy\n\n"
        f"{BODY2}\n\n"
        "2. No paper copy of a driving licence will be needed at a roadside check\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == [
        "1. Free bus passes end for riders over the age of seventy",
        "2. No paper copy of a driving licence will be needed at a roadside check",
    ]


def test_a_headline_that_opens_with_a_count_is_a_heading_but_a_measure_is_not():
    text = (
        "Permits revoked after the casino visits\n\n"
        f"{BODY}\n\n"
        "6 work permits revoked and 9 firms suspended\n\n"
        f"{BODY2}\n\n"
        "4 workers given stern written warnings\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == ["6 work permits revoked and 9 firms suspended", "4 workers given stern written warnings"]
    assert headings(f"Bread\n\n{BODY}\n\n2 cups flour and a little warm water\n\n{BODY2}\n")[1:] == []


def test_a_plain_texts_question_heading_keeps_its_own_words_as_its_label():
    text = (
        "Changes to bin collections\n\n"
        f"{BODY}\n\n"
        "When does the new rule come into force?\n\n"
        f"{BODY2}\n\n"
        "Who has to pay?\n\n"
        f"{BODY}\n"
    )
    labels = [s.label for s in parse_text(text).sections[1:]]
    assert labels == ["When does the new rule…", "Who has to pay?"]


def test_a_question_opening_a_run_of_question_headings_is_the_first_of_them_not_the_title():
    text = (
        "What is the new levy?\n\n"
        f"{BODY}\n\n"
        "When does it start?\n\n"
        f"{BODY2}\n\n"
        "Who has to pay?\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == ["What is the new levy?", "When does it start?", "Who has to pay?"]


def test_a_standfirst_under_the_headline_is_no_heading_over_the_whole_text():
    text = f"Court dismisses twelve appeals\n\nDecisions given in all cases except one\n\n{BODY}\n\n{BODY2}\n\n{BODY}\n"
    briefing = parse_text(text)
    assert briefing.title == "Court dismisses twelve appeals"
    assert [s.heading for s in briefing.sections] == [None]
    assert briefing.sections[0].text.startswith("Decisions given in all cases except one")


def test_a_cry_over_a_paragraph_is_the_title_over_headings_of_other_shapes():
    text = (
        "Say hello to your new Compost Bin!\n\n"
        f"{BODY}\n\n"
        "What Goes In the Bin\n\n"
        f"{BODY2}\n\n"
        "Why only some streets?\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Say hello to your new Compost Bin!"
    assert [s.heading for s in briefing.sections] == [None, "What Goes In the Bin", "Why only some streets?"]


def test_a_cry_opening_steps_of_its_own_shape_is_the_first_step_not_the_title():
    text = (
        "Turn the power off first!\n\n"
        f"{BODY}\n\n"
        "Take the cover off\n\n"
        f"{BODY2}\n\n"
        "Fit the new switch\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == ["Turn the power off first!", "Take the cover off", "Fit the new switch"]


def test_a_link_lifted_out_of_its_sentence_is_no_heading():
    text = (
        "Chip maker raises its outlook\n\n"
        f"{BODY}\n\n"
        "Market Watch\n\n"
        "analysts expect the quarter to end with higher sales than last year and the shares rose.\n\n"
        f"{BODY2}\n\n"
        "Acme Phones\n\n"
        ". The chief executive said the new venture would be listed next year, after the tests.\n"
    )
    assert headings(text) == [None]


def test_a_caption_set_right_on_its_paragraph_among_headings_with_space_under_them_is_no_heading():
    text = (
        "How we test lamps\n\n"
        "Brightline Desk Lamp and Shade\n"
        "Choosing a lamp is hard. There are many makers and a vast range of sizes, shapes and bulbs to weigh.\n\n"
        f"{BODY2}\n\n"
        "Out of the box\n\n"
        f"{BODY}\n\n"
        "Build and finish\n\n"
        f"{BODY2}\n"
    )
    assert headings(text) == [None, "Out of the box", "Build and finish"]


def test_a_question_over_a_name_over_a_lead_in_to_a_list_heads_and_so_does_the_name():
    text = (
        "Manifestos explained\n"
        f"{BODY}\n"
        f"{BODY2}\n"
        "What does each party promise this time?\n"
        "Greens\n"
        "The Greens have said they will:\n"
        "- Plant more trees\n"
        "- Build more cycle lanes\n"
        "- Close the coal plants\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == ["What does each party promise this time?", "Greens"]


def test_a_maker_and_a_model_number_in_capitals_head_their_review_as_other_names_do():
    text = (
        "The worst gadgets of the year\n"
        "Some launches go badly. Here are the ones that went worst for their makers this year.\n"
        "Brightway Lumo\n"
        "Is it a lamp or a toaster? This orange cube may be the oddest lamp ever sold in shops.\n"
        "QX MT-3300\n"
        "The QX stands for Quality Extra, which is a bit like calling a puddle a lake in the rain.\n"
        "Harlow Ridge 200\n"
        "What happens if you buy the cheapest laptop you can find? You take it back the next day.\n"
        "ZB R500\n"
        "You could call it a music player. But the same goes for a tin can tied to a long string.\n"
    )
    assert headings(text)[1:] == ["Brightway Lumo", "QX MT-3300", "Harlow Ridge 200", "ZB R500"]


def test_a_heading_over_a_countdown_heads_it():
    text = (
        "Winners and Losers of the Harbour Regatta\n\n"
        f"{BODY}\n\n"
        "Here are this week's winners and losers.\n\n"
        "Losers\n\n"
        "3. The Blue Heron\n\n"
        f"{BODY2}\n\n"
        "2. Sea Lark\n\n"
        f"{BODY}\n\n"
        "1. The Old Tern\n\n"
        f"{BODY2}\n"
    )
    assert headings(text)[1:] == ["Losers", "3. The Blue Heron", "2. Sea Lark", "1. The Old Tern"]


def test_a_heading_over_a_transcript_note_in_brackets_heads_the_transcript():
    text = (
        "Talking to the harbour master\n\n"
        f"{BODY}\n\n"
        "Transcript\n\n"
        "[Theme music]\n\n"
        "Ann Lee: Welcome to the show, where we talk about boats and the people who sail them every week.\n\n"
        "Jan Kos: Thanks for having me, it is good to be here with you today to talk about the harbour.\n"
    )
    assert headings(text) == [None, "Transcript"]


def test_a_site_named_alone_in_lower_case_over_text_about_it_heads_it():
    text = (
        "What we built this year\n\n"
        f"{BODY}\n\n"
        "Permits Portal\n\n"
        "The permits portal lets people apply for a permit online and see where the request stands.\n\n"
        "parkpass.gov\n\n"
        "parkpass.gov sells passes for the national parks and sends them to phones in a minute or two.\n"
    )
    assert headings(text) == [None, "Permits Portal", "parkpass.gov"]


def test_an_abbreviation_inside_a_heading_ends_no_sentence():
    text = (
        "Cup draw brings old rivals together\n\n"
        f"{BODY}\n\n"
        "Harbour Town vs. Mill Lane\n\n"
        f"{BODY2}\n\n"
        "Dr. Ode's selection worries\n\n"
        f"{BODY}\n\n"
        "No. 1 seed at home\n\n"
        f"{BODY2}\n"
    )
    assert headings(text)[1:] == ["Harbour Town vs. Mill Lane", "Dr. Ode's selection worries", "No. 1 seed at home"]


def test_a_short_no_and_a_sentence_after_it_stay_running_text():
    text = f"Cup draw brings old rivals together\n\n{BODY}\n\nNo. It was not the draw we wanted\n\n{BODY2}\n\n{BODY}\n"
    assert headings(text) == [None]


def test_a_photographers_credit_naming_an_agency_of_two_words_is_no_heading():
    text = f"Rain stops play at the harbour cup\n\nJan Kos/Harbour Images\n\n{BODY}\n\n{BODY2}\n"
    assert headings(text) == [None]


def test_a_headshots_caption_is_no_heading():
    text = f"Judge hands down report on the port inquiry\n\n{BODY}\n\nHeadshot of smiling Ann Lee\n{BODY2}\n\n{BODY}\n"
    assert headings(text) == [None]


def test_the_mark_closing_a_press_release_is_no_heading():
    text = f"Man charged after harbour fire\n\n{BODY}\n\n{BODY2}\n\nENDS\n\nIssued by the Police Media Centre.\n"
    assert headings(text) == [None]


def test_a_place_in_capitals_over_the_first_paragraph_is_the_dateline_not_a_heading():
    text = f"Malaysia answers the alert\n\nBy Ann Lee\n\nKUALA LUMPUR\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None]
    assert briefing.sections[0].text.startswith("KUALA LUMPUR")


def test_a_place_and_a_date_opening_the_text_are_its_dateline_not_its_title():
    text = f"Harbour Town, October 9\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title is None
    assert briefing.sections[0].text.startswith("Harbour Town, October 9")


def test_a_date_field_opening_the_text_is_no_title():
    text = f"Date: 14 March 2009\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title is None
    assert briefing.sections[0].text.startswith("Date: 14 March 2009")


def test_a_one_word_section_label_under_the_headline_is_no_heading_over_the_story():
    text = f"Ministry denies delay to food aid\n\nAgriculture\n\n{BODY}\n\n{BODY2}\n\n{BODY}\n"
    briefing = parse_text(text)
    assert briefing.title == "Ministry denies delay to food aid"
    assert [s.heading for s in briefing.sections] == [None]
    assert briefing.sections[0].text.startswith("Agriculture")


def test_one_forbes_label_run_into_a_paragraph_among_numbered_headings_stays_the_paragraphs():
    text = (
        "Why shares drop after results\n\n"
        f"{BODY}\n\n"
        "1. Why a Missed Forecast Hurts\n\n"
        f"{BODY2}\n\n"
        "What to watch for: whether the miss came from weaker demand or from higher costs this time.\n\n"
        "2. Lower Guidance Hurts More\n\n"
        f"{BODY}\n\n"
        "3. A Beat Can Still Fall\n\n"
        f"{BODY2}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [
        None, "1. Why a Missed Forecast Hurts", "2. Lower Guidance Hurts More", "3. A Beat Can Still Fall",
    ]
    assert "What to watch for: whether the miss" in briefing.sections[1].text
    assert briefing.format == "plain"


def test_a_long_question_opening_the_text_under_its_headline_is_the_lead_not_a_heading():
    text = (
        "Annual Reports: Good Examples From Large Charities\n\n"
        "Have you ever wondered how the largest and best known charities write a clear annual report?\n\n"
        f"{BODY}\n\n"
        "What Is an Annual Report?\n\n"
        f"{BODY2}\n\n"
        "How to Write a Clear Annual Report\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "What Is an Annual Report?", "How to Write a Clear Annual Report"]
    assert briefing.sections[0].text.startswith("Have you ever wondered")



def test_a_name_the_text_names_again_heads_its_part_among_headings_that_are_all_names():
    text = (
        "Snow storm: town by town\n\n"
        "We will post what each town reports about its roads and power through the day.\n\n"
        "Stonebridge Falls\n\n"
        "— Road crews said the roads in Stonebridge Falls were treated and passable by seven in the morning.\n\n"
        "Millbrook\n\n"
        f"— {BODY}\n\n"
        "Oakfield\n\n"
        f"— {BODY2}\n"
    )
    assert headings(text)[1:] == ["Stonebridge Falls", "Millbrook", "Oakfield"]


def test_a_name_standing_alone_among_headings_of_other_shapes_stays_a_caption():
    text = (
        "The life of a harbour master\n\n"
        f"{BODY}\n\n"
        "Early life\n\n"
        "Ann Lee was born in Stonebridge Falls and went to sea at sixteen, like her father.\n\n"
        "Stonebridge Falls\n\n"
        "She came back to Stonebridge Falls in 1990 and ran its harbour for twenty years after that.\n\n"
        "Later years\n\n"
        f"{BODY2}\n"
    )
    assert headings(text)[1:] == ["Early life", "Later years"]


def test_a_subject_and_the_question_asked_about_it_open_the_text_as_its_title():
    text = f"Mumps: what is it and what are the signs?\n\n{BODY}\n\n{BODY2}\n\nWhat is mumps?\n\n{BODY}\n"
    briefing = parse_text(text)
    assert briefing.title == "Mumps: what is it and what are the signs?"
    assert briefing.sections[0].text.startswith(BODY[:20])


def test_a_short_cry_over_posts_under_their_times_is_the_headline():
    text = (
        "The count, live!\n\n"
        "Saturday, 5am – Ann\n\n"
        f"{BODY}\n\n"
        "Saturday, 4.15am – Ann\n\n"
        f"{BODY2}\n\n"
        "Friday, 11.57pm – Jan\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "The count, live!"
    assert [s.heading for s in briefing.sections] == [None]  # a post's time heads nothing


def test_a_numbered_part_over_its_first_sub_heading_heads_too():
    text = (
        "Loading old records into a new database\n\n"
        f"{BODY}\n\n"
        "Part 1: Starting the database on a laptop\n\n"
        "Setting up the box\n\n"
        f"{BODY2}\n\n"
        "Part 2: Loading the records into the database\n\n"
        "Getting the files ready\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == [
        "Part 1: Starting the database on a laptop", "Setting up the box",
        "Part 2: Loading the records into the database", "Getting the files ready",
    ]


def test_topics_listed_with_commas_head_their_part():
    text = (
        "Budget: the main points\n\n"
        f"{BODY}\n\n"
        "Buses, trains, ferries\n\n"
        f"{BODY2}\n\n"
        "Rents, repairs and new homes\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == ["Buses, trains, ferries", "Rents, repairs and new homes"]


def test_the_first_labelled_heading_right_under_a_heading_is_one_of_the_sequence():
    text = (
        "Three things our pilot taught us\n"
        f"{BODY}\n"
        "What we found\n"
        "Finding 1: Small teams ship faster when they own their own servers.\n"
        f"{BODY2}\n"
        "Finding 2: Clear budgets make the yearly reviews much shorter for everyone.\n"
        f"{BODY}\n"
        "Finding 3: Nobody reads a manual longer than a page.\n"
        f"{BODY2}\n"
    )
    assert headings(text)[1:] == [
        "What we found",
        "Finding 1: Small teams ship faster when they own their own servers.",
        "Finding 2: Clear budgets make the yearly reviews much shorter for everyone.",
        "Finding 3: Nobody reads a manual longer than a page.",
    ]


def test_a_labelled_claim_over_its_labelled_answer_heads_a_part_each_time():
    text = (
        "What the survey told us\n\n"
        f"{BODY}\n\n"
        "Belief: Most riders buy their tickets at the station.\n\n"
        "Result: Wrong. Nine in ten riders now buy a ticket on their phone before they leave home, and the machines stand idle.\n\n"
        "Belief: Late trains are what riders mind most.\n\n"
        "Result: Right. Riders named late trains first in every town we visited, well ahead of fares and crowding.\n\n"
        "Belief: Families avoid the night trains.\n\n"
        "Result: Partly right. Families with small children avoid them, but older children travel at night as often as adults do.\n"
    )
    assert headings(text)[1:] == [
        "Belief: Most riders buy their tickets at the station.",
        "Belief: Late trains are what riders mind most.",
        "Belief: Families avoid the night trains.",
    ]


def test_two_speakers_taking_turns_are_no_headings():
    text = (
        "A talk with a ferry captain\n\n"
        f"{BODY}\n\n"
        "Reporter: You have sailed this route for years.\n\n"
        "Captain: Thirty years this spring, and in that time the boats have doubled in size and the crossings have halved.\n\n"
        "Reporter: Winter must be the hard part.\n\n"
        "Captain: It is, because the wind comes straight down the sound and there is nowhere to shelter until the harbour.\n\n"
        "Reporter: And the summer crowds?\n\n"
        "Captain: We carry three times as many people in August, and most of them have never been on a boat before.\n\n"
        "Reporter: You will miss it.\n\n"
        "Captain: Every day, though my knees will not.\n"
    )
    assert headings(text) == [None]


def test_a_reader_s_case_then_the_question_heads_an_answer_among_questions():
    text = (
        "Library cards: your questions\n\n"
        f"{BODY}\n\n"
        "Who can get a card?\n\n"
        f"{BODY2}\n\n"
        "How long does a card last?\n\n"
        f"{BODY}\n\n"
        "I live outside the county. Can I still borrow books?\n\n"
        f"{BODY2}\n\n"
        "Where do I return my books?\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == [
        "Who can get a card?",
        "How long does a card last?",
        "I live outside the county. Can I still borrow books?",
        "Where do I return my books?",
    ]


def test_a_case_then_a_question_opening_an_untitled_text_is_its_lede():
    lede = "We voted for the new council budget last night. What will it mean for our bus routes?"
    text = (
        f"{lede}\n\n"
        f"{BODY}\n\n"
        "What happens to the night buses?\n\n"
        f"{BODY2}\n\n"
        "Will fares go up?\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert lede in briefing.sections[0].text
    assert [s.heading for s in briefing.sections][1:] == ["What happens to the night buses?", "Will fares go up?"]


def test_a_heading_under_list_items_run_together_on_one_line_heads_its_part():
    text = (
        "Council budget: the main points\n"
        "Here is what the council agreed for next year.\n"
        "Roads and buses\n"
        "Potholes fund to grow from £2m to £3m from JuneBus passes for under-18s to stay free for another two years at least\n"
        "Parks\n"
        "Two new playgrounds to open in the north of the town by JulyPark wardens to return to the three largest parks in the spring\n"
        "Libraries and halls\n"
        "Opening hours at the main library to grow by ten hours a week from June and the halls to be repaired over the summer.\n"
    )
    assert headings(text)[1:] == ["Roads and buses", "Parks", "Libraries and halls"]


def test_a_count_or_a_year_opening_a_sentence_case_heading_heads_its_part():
    text = (
        "The harbour festival returns\n\n"
        f"{BODY}\n\n"
        "2025 in review\n\n"
        f"{BODY2}\n\n"
        "5 things to know\n\n"
        f"{BODY}\n\n"
        "Getting there\n\n"
        f"{BODY2}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections][1:] == ["2025 in review", "5 things to know", "Getting there"]
    assert [s.label for s in briefing.sections][1:] == ["2025 in review", "5 things to know", "Getting there"]


def test_a_list_of_things_counted_without_marks_heads_nothing():
    text = f"Pancakes for four\n\n{BODY}\n\n3 large eggs\n2 cups flour\n1 pint milk\n\n{BODY2}\n"
    assert headings(text) == [None]


def test_a_reader_s_letter_of_one_question_heads_the_answer_and_what_stands_under_it():
    text = (
        "Ask the Gardener — How do I keep slugs off my lettuce without poison?\n\n"
        "Ask the Gardener answers the questions our readers send in each week.\n\n"
        "Dear Gardener: How do I keep slugs off my lettuce without using any poison at all?\n\n"
        "Mira Holt – Head gardener\n\n"
        "Barriers that slugs will not cross\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    assert "Dear Gardener: How do I keep slugs off my lettuce without using any poison at all?" in headings(text)


def test_a_letter_s_greeting_in_running_text_heads_nothing():
    text = f"A note from the head teacher\n\n{BODY}\n\nDear parents, how was your summer?\n\n{BODY2}\n"
    assert headings(text) == [None]


def _round(name: str, author: str | None = None) -> str:
    by = f"{author}\n\n" if author else ""
    return f"{name}\n\n{by}What it does\n\n{BODY}\n\nWhy we chose it\n\n{BODY2}\n\nWhat came of it\n\n{BODY}\n\n"


def test_the_name_over_each_round_of_the_same_headings_heads_the_round():
    text = "Our three favourite tools of the year\n\n" + BODY2 + "\n\n" + "".join(
        _round(name, author)
        for name, author in (
            ("Rota planner for night shifts", "Ann Lee, Engineering"),
            ("Bin route map", "Jan Kos, Design"),
            ("Harbour permit form", "Mira Holt, Product"),
        )
    )
    found = headings(text)
    assert ["Rota planner for night shifts", "Bin route map", "Harbour permit form"] == [
        h for h in found if h in ("Rota planner for night shifts", "Bin route map", "Harbour permit form")
    ]
    assert found.count("What it does") == 3


def test_a_sentence_over_each_round_is_the_end_of_the_round_before():
    text = "Three parks to visit\n\n" + BODY2 + "\n\n" + "".join(
        _round(name) for name in ("We went there first.", "Then we walked on.", "Last we rested.")
    )
    assert not any(h in ("We went there first.", "Then we walked on.", "Last we rested.") for h in headings(text))


def test_two_headlines_opening_with_a_count_head_their_parts_however_long():
    text = (
        "Ferry firm fined after safety checks\n\n"
        f"{BODY}\n\n"
        "7 ferries taken out of service and 3 captains suspended\n\n"
        "In a statement on Friday the port said seven of the twelve ferries had failed their checks.\n\n"
        f"{BODY2}\n\n"
        "5 crew members given formal warnings\n\n"
        "The port also said five crew members were given warnings.\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == ["7 ferries taken out of service and 3 captains suspended", "5 crew members given formal warnings"]


def test_a_sentence_under_the_title_over_title_case_headings_is_the_standfirst():
    standfirst = "Fresh picks for the busy reader"
    text = (
        "Morning Digest\n\n"
        f"{standfirst}\n\n"
        f"{BODY}\n\n"
        "The Quiet Return Of The Night Ferry\n\n"
        f"{BODY2}\n\n"
        "Why Cities Are Planting Forests On Roofs\n\n"
        f"{BODY}\n\n"
        "A Short History Of The Paper Map\n\n"
        f"{BODY2}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections][1:] == [
        "The Quiet Return Of The Night Ferry", "Why Cities Are Planting Forests On Roofs", "A Short History Of The Paper Map",
    ]
    assert standfirst in briefing.sections[0].text


def test_a_sentence_case_first_heading_over_sentence_case_headings_stays():
    text = (
        "The New Budget And Your Town\n\n"
        "Where the money goes\n\n"
        f"{BODY}\n\n"
        "What changes for schools\n\n"
        f"{BODY2}\n\n"
        "How the roads fare\n\n"
        f"{BODY}\n\n"
        "What comes next\n\n"
        f"{BODY2}\n"
    )
    assert headings(text)[0] == "Where the money goes"


def test_a_name_s_initial_in_a_heading_ends_no_sentence():
    text = (
        "Records of the month\n\n"
        f"{BODY}\n\n"
        "Harbour Lights (T. Okafor)\n\n"
        f"{BODY2}\n\n"
        "Songs for the Long Road (Ann Lee)\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == ["Harbour Lights (T. Okafor)", "Songs for the Long Road (Ann Lee)"]


def test_a_capital_ending_a_sentence_before_another_is_no_heading():
    text = f"Plans for the fair\n\n{BODY}\n\nWe keep Plan B. Then we wait\n\n{BODY2}\n"
    assert headings(text) == [None]


def test_a_live_post_s_time_and_headline_on_one_line_head_nothing():
    text = (
        "Storm live: the latest\n\n"
        f"{BODY}\n\n"
        "8:05 PM: Bridge closed as winds pick up along the coast\n\n"
        f"{BODY2}\n\n{BODY}\n"
    )
    assert headings(text)[1:] == []


def test_posts_opening_with_bare_times_head_nothing_and_parts_numbered_in_order_still_head():
    posts = (
        f"Live: the search\n\n{BODY}\n\n12.15 More photos are coming in from the search.\n\n{BODY2}\n\n"
        f"10.58 The latest updates from our reporter at the harbour.\n\n{BODY}\n"
    )
    assert headings(posts)[1:] == []
    parts = f"Harbour plan\n\n{BODY}\n\n2.10 Scope of the plan\n\n{BODY2}\n\n2.11 Who pays\n\n{BODY}\n"
    assert headings(parts)[1:] == ["2.10 Scope of the plan", "2.11 Who pays"]


def test_a_live_post_opening_with_its_time_is_no_heading():
    text = f"Storm live: the latest\n\n{BODY}\n\n8:05 p.m.: The bridge was closed as the winds picked up.\n\n{BODY2}\n"
    assert headings(text) == [None]


def test_questions_each_over_a_list_counted_from_one_head_their_lists():
    text = (
        "What to ask before you rent a flat\n\n"
        "Looking at flats this month? Here are some questions to ask the landlord first.\n\n"
        "Who pays for repairs, and how fast are they done?\n\n"
        "1. Is there a number to call at night?\n"
        "2. Who fixes the boiler?\n\n"
        "How much are the bills in winter?\n\n"
        "1. Are the windows double glazed?\n\n"
        "Can I keep a pet in the flat?\n\n"
        "1. Is there a deposit for pets?\n"
        "2. Are cats and dogs treated alike?\n\n"
        "When can I move in?\n\n"
        "1. Is the flat empty now, or is someone still living there?\n"
    )
    assert headings(text)[1:] == [
        "Who pays for repairs, and how fast are they done?",
        "How much are the bills in winter?",
        "Can I keep a pet in the flat?",
        "When can I move in?",
    ]


def test_a_paper_s_staff_credit_under_the_headline_is_its_byline_not_a_heading():
    for credit in ("Post Report", "Staff Reporter", "Web Desk", "Our Correspondent", "Tribune News Service"):
        text = (
            f"Flood waters close the highway for a third day\n\n{credit}\n\n"
            "HARBOUR TOWN, Dec 4 - The highway to the plains stayed closed on Wednesday as flood "
            "waters cut the road at three places, officials said.\n\n"
            f"{BODY}\n\nMarket Report\n\n{BODY2}\n\n{BODY}\n"
        )
        briefing = parse_text(text)
        assert briefing.byline == credit
        assert [s.heading for s in briefing.sections] == [None, "Market Report"]


def test_an_author_s_name_alone_under_the_standfirst_is_no_heading():
    text = (
        "Mulching 101: How to Keep Your Beds Moist Through the Summer\n\n"
        "Mulch saves water, feeds the soil and keeps weeds down. This short guide shows how to lay it.\n\n"
        "Mark Fowler\n\n"
        f"{BODY}\n\nMulching Basics\n\n{BODY2}\n\nBenefits of Mulching\n\n{BODY}\n"
    )
    assert headings(text) == [None, "Mulching Basics", "Benefits of Mulching"]



def test_a_caption_naming_a_place_over_a_title_case_heading_is_no_heading():
    text = (
        "How Town Councils Work: A Short Guide\n\n"
        f"{BODY}\n\nWhat Does a Council Do?\n\n{BODY2}\n\n"
        f"Council chamber in Harbour Town\n\nWhy Local Councils?\n\n{BODY}\n\n"
        f"Council Budgets\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "What Does a Council Do?", "Why Local Councils?", "Council Budgets"]


def test_a_part_s_first_sub_heading_under_a_sentence_ending_in_a_colon_is_a_heading():
    text = (
        "How Town Councils Work\n\n"
        f"{BODY}\n\nParts of a Town Council\n\nEach town council has three main parts:\n\n"
        f"The Mayor's Office\n\n{BODY2}\n\nThe Council Chamber\n\n{BODY}\n\nThe Staff Board\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["Parts of a Town Council", "The Mayor's Office", "The Council Chamber", "The Staff Board"]


def test_a_line_over_a_wire_story_s_dateline_is_no_heading():
    text = (
        "Acme Reports Third Quarter Results\n\nFinance Editors\n\n"
        "HARBOUR TOWN--(NEWS WIRE)--May 3, 2011--Acme Corporation said its sales rose by a tenth in the quarter.\n\n"
        f"{BODY}\n\nStrong Demand in Asia\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "Strong Demand in Asia"]


def test_a_headline_ending_on_a_shortened_name_is_the_title_and_its_section_label_no_heading():
    text = (
        "Fuel price rise not our doing - Transp. Ministry\n"
        "Business\n"
        "THE ministry of transport has denied that it raised the price of diesel at the pumps this week.\n"
        "A spokesman for the ministry said the price was set by the regulator and not by the ministry.\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Fuel price rise not our doing - Transp. Ministry"
    assert [s.heading for s in briefing.sections] == [None]


def test_a_question_offering_choices_of_what_went_before_is_no_heading():
    text = (
        "How the Town Budget Is Made\n\n"
        f"{BODY}\n\nHave Your Say\n\nTell the council what it should spend on first.\n\n"
        f"Is it schools, clinics, housing or parks?\n\n{BODY2}\n\n"
        f"Is it too late to join in the middle?\n\n{BODY}\n\nHow do I write to my councillor?\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["Have Your Say", "Is it too late to join in the middle?", "How do I write to my councillor?"]


def test_an_author_s_name_no_list_knows_under_the_headline_is_no_heading():
    for name in ("Dorota Wieczorek", "TOMASZ KOWALCZYK", "Anneke Vrijbloed @anneke_v"):
        text = (
            f"Council approves the new bridge plan after long debate\n\n{name}\n\n"
            f"{BODY}\n\n{BODY2}\n\nWhat Comes Next\n\n{BODY}\n"
        )
        briefing = parse_text(text)
        assert [s.heading for s in briefing.sections] == [None, "What Comes Next"]
        assert name in briefing.sections[0].text


def test_a_first_heading_naming_what_the_text_speaks_of_stays_a_heading():
    text = (
        "Council approves the new bridge plan after long debate\n\nKallo Harbour\n\n"
        f"Work at Kallo harbour will start first. {BODY}\n\n{BODY2}\n\nWhat Comes Next\n\n{BODY}\n"
    )
    assert headings(text) == ["Kallo Harbour", "What Comes Next"]


def test_the_newsroom_or_the_wires_credited_under_the_headline_is_the_byline():
    for credit in ("Herald Staff", "Staff and agencies", "Agencies", "Newsroom"):
        text = (
            f"Council approves the new bridge plan after long debate\n\n{credit}\n\n"
            f"{BODY}\n\n{BODY2}\n\nWhat Comes Next\n\n{BODY}\n"
        )
        briefing = parse_text(text)
        assert briefing.byline == credit
        assert [s.heading for s in briefing.sections] == [None, "What Comes Next"]


def test_a_line_opening_with_a_full_stop_reads_without_error():
    # Found by the hypothesis property tests: a sentence's stop with no word before it.
    briefing = parse_text(". Topline\n")
    assert "Topline" in " ".join([briefing.title or ""] + [s.heading or "" for s in briefing.sections] + [s.text for s in briefing.sections])


def test_a_page_s_calls_and_nameless_picture_credits_between_paragraphs_are_no_headings():
    for line in ("Continue reading below", "Watch the video", "View comments",
                 "Report an error", "Get the latest news", "Download the app", "Posted in Politics",
                 "Photo gallery", "File photo", "Supplied", "Contributed photo"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line


def test_credits_addresses_and_advertisers_lines_between_paragraphs_are_no_headings():
    for line in ("Dora Wilk / The Courier", "Dora Wilk contributed reporting",
                 "The Wire Agency contributed to this report", "Contact Dora Wilk at dora@courier.example",
                 "Paid content", "This content is sponsored", "Photo illustration", "Also on the Courier:"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line


def test_a_page_s_trail_share_count_and_readers_note_are_no_headings():
    for line in ("Home > News > Local", "News » Harbour Town", "Home / Local", "2K shares", "1.2k views",
                 "Subscribers only", "Free to read"):
        text = (
            f"Council approves the new bridge plan after long debate\n\n{line}\n\n{BODY}\n\n{BODY2}\n\n"
            f"What Comes Next\n\n{BODY}\n\nThe Cost\n\n{BODY2}\n"
        )
        assert headings(text) == [None, "What Comes Next", "The Cost"], line


def test_a_wire_agency_in_capitals_on_its_own_line_is_no_heading():
    for line in ("IANS", "PTI", "ANI", "Yonhap", "(With inputs from PTI)"):
        for text in (
            f"Council approves the new bridge plan after long debate\n\n{line}\n\n{BODY}\n\n"
            f"What Comes Next\n\n{BODY2}\n\nThe Cost\n\n{BODY}\n",
            between_headings(line),
        ):
            assert headings(text) == [None, "What Comes Next", "The Cost"], line


def test_an_editor_s_note_over_its_words_is_no_heading():
    for line in ("EDITOR'S NOTE", "Editor’s Note", "Editors' note"):
        for text in (
            f"Council approves the new bridge plan after long debate\n\n{line}\n\n{BODY}\n\n"
            f"What Comes Next\n\n{BODY2}\n\nThe Cost\n\n{BODY}\n",
            between_headings(line),
        ):
            assert headings(text) == [None, "What Comes Next", "The Cost"], line


def test_a_section_label_under_the_headline_is_no_heading_where_the_story_has_headings():
    for label in ("Politics", "OPINION", "Analysis", "World News"):
        text = (
            f"Council approves the new bridge plan after long debate\n\n{label}\n\n{BODY}\n\n"
            f"What Comes Next\n\n{BODY2}\n\nThe Cost\n\n{BODY}\n"
        )
        briefing = parse_text(text)
        assert [s.heading for s in briefing.sections] == [None, "What Comes Next", "The Cost"], label
        assert label in briefing.sections[0].text  # the label stays in the lead, no word lost


def test_news_labels_heading_a_digest_s_parts_stay_headings():
    text = (
        f"This Week in Brief\n\nLocal News\n\n{BODY}\n\nWorld News\n\n{BODY2}\n\nSports\n\n{BODY}\n"
    )
    assert headings(text) == ["Local News", "World News", "Sports"]


def test_a_caption_in_the_present_tense_standing_alone_is_no_heading():
    for caption in ("Rescue workers search the rubble in Antakya", "A woman walks her dog on Brighton beach"):
        text = (
            f"Council approves the new bridge plan after long debate\n\n{BODY}\n\n{caption}\n\n{BODY2}\n\n"
            f"What Comes Next\n\n{BODY}\n\nThe Cost\n\n{BODY2}\n"
        )
        assert headings(text) == [None, "What Comes Next", "The Cost"], caption


def test_a_title_case_heading_of_more_than_ten_words_alone_between_paragraphs_is_found():
    long = "How the Council Plans to Pay for the New Bridge Over the River Without Raising Taxes"
    text = (
        f"Council approves the new bridge plan after long debate\n\n{BODY}\n\nWhere the Money Goes\n\n{BODY2}\n\n"
        f"{long}\n\n{BODY}\n\nWhat Comes Next\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "Where the Money Goes", long, "What Comes Next"]


def test_a_long_title_case_line_alone_with_one_heading_at_most_is_no_heading():
    long = "How the Council Plans to Pay for the New Bridge Over the River Without Raising Taxes"
    text = f"Council approves the new bridge plan after long debate\n\n{BODY}\n\n{long}\n\n{BODY2}\n\n{BODY}\n"
    assert headings(text) == [None]


def test_biddings_of_two_words_ending_in_a_full_stop_in_a_run_of_such_headings_are_found():
    text = (
        f"Ten Ways to Save Money\n\n{BODY}\n\nStart small.\n\n{BODY2}\n\nKeep a list.\n\n{BODY}\n\n"
        f"Ask for help.\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "Start small.", "Keep a list.", "Ask for help."]


def test_short_answers_of_two_words_in_a_run_are_no_headings():
    text = (
        f"Ten Ways to Save Money\n\n{BODY}\n\nThank you.\n\n{BODY2}\n\nI agree.\n\n{BODY}\n\n"
        f"Not yet.\n\n{BODY2}\n"
    )
    assert headings(text) == [None]


def test_a_sponsor_s_label_and_a_picture_s_icon_label_are_no_headings():
    for line in ("Presented by", "Published By", "Sponsored by", "In partnership with", "Title icon", "Share icon"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line


def test_a_question_headline_over_a_standfirst_is_the_title_among_question_headings():
    text = (
        "Storm season ends – what happens next?\n\n"
        "The last storm has passed but the cost of the repairs is only now becoming clear\n\n"
        f"{BODY}\n\nWho pays for the repairs?\n\n{BODY2}\n\nWill the sea wall be raised?\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Storm season ends – what happens next?"
    assert [s.heading for s in briefing.sections] == [None, "Who pays for the repairs?", "Will the sea wall be raised?"]


def test_a_page_s_newsletter_account_share_and_story_state_lines_are_no_headings():
    for line in ("Sign up for the Morning Briefing", "Subscribe to our newsletter", "Log in", "Already a subscriber?",
                 "WhatsApp", "Follow The Courier on Facebook", "Loading...", "Link copied", "Gift this article",
                 "Next article", "This is a developing story", "This article is more than 2 years old", "Staff writer"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line


def test_a_line_opened_by_a_verb_with_no_subject_is_no_heading():
    for line in ("Has also recently published", "Is now open to visitors", "Will be updated soon"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line


def test_a_headline_asking_twice_under_a_page_s_stamp_is_the_title():
    text = (
        "Updated Mar 3, 2025, 9:15am EST\n\nWhat is a flood map, anyway? And why should you read one?\n\n"
        f"{BODY}\n\nThe Facts\n\n{BODY2}\n\nOur View\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "What is a flood map, anyway? And why should you read one?"
    assert [s.heading for s in briefing.sections] == [None, "The Facts", "Our View"]


def test_a_long_question_opening_the_text_among_question_headings_is_the_first_of_them():
    first = "Is my dog allowed to walk with me on the new path along the river by the mill?"
    text = (
        f"Riverside Path Questions\n\n{first}\n\n{BODY}\n\nWhen does the path open?\n\n{BODY2}\n\n"
        f"Who looks after the path?\n\n{BODY}\n"
    )
    assert headings(text) == [first, "When does the path open?", "Who looks after the path?"]


def test_a_long_question_opening_the_text_over_plain_headings_asks_its_reader():
    first = "Have you ever wondered how the council decides which roads to repair first each spring?"
    text = f"Road Repairs Explained\n\n{first}\n\n{BODY}\n\nThe List\n\n{BODY2}\n\nThe Money\n\n{BODY}\n"
    assert headings(text) == [None, "The List", "The Money"]


def test_numbered_headings_of_one_sentence_longer_than_six_words_are_found():
    text = (
        f"Stay safe on the hills\n\n{BODY}\n\n1. Know the path.\n\n{BODY2}\n\n"
        f"2. Carry a paper map of the whole route.\n\n{BODY}\n"
    )
    assert headings(text) == [None, "1. Know the path.", "2. Carry a paper map of the whole route."]


def test_a_phrase_ending_in_a_colon_over_a_paragraph_heads_it_among_headings_ending_in_colons():
    text = (
        f"Course Guide\n\n{BODY}\n\nReading list:\n\n- The first book\n- The second book\n\n"
        f"Marks and grades:\n\n- Essays\n- Exams\n\nLate work and absences:\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["Reading list", "Marks and grades", "Late work and absences"]


def test_a_phrase_ending_in_a_colon_over_a_paragraph_among_plain_headings_leads_into_it():
    text = (
        f"Course Guide\n\n{BODY}\n\nWhat Comes Next\n\n{BODY2}\n\nLate work and absences:\n\n{BODY}\n\n"
        f"The Cost\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "What Comes Next", "The Cost"]


def test_greetings_from_a_place_is_a_heading_not_a_salutation():
    text = (
        f"Week 12 - Notes\n\n{BODY}\n\nGreetings from Harbour Town\n\n{BODY2}\n\nThe Cost\n\n{BODY}\n"
    )
    assert headings(text) == [None, "Greetings from Harbour Town", "The Cost"]
    assert headings(f"Week 12 - Notes\n\n{BODY}\n\nGreetings, friends\n\n{BODY2}\n\nThe Cost\n\n{BODY}\n") == [None, "The Cost"]


def test_the_writer_s_note_under_the_story_is_no_heading():
    for line in ("Dora Wilk is a reporter at the Courier", "Jan Kos is the Courier’s correspondent"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line


def test_one_of_many_named_as_a_caption_names_it_is_no_heading():
    for line in ("One of the houses hit by the flood", "One of Wilk's early letters to the council"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line


def test_a_question_asked_as_a_request_heads_among_question_headings():
    text = (
        f"Questions to Ask the Council\n\n{BODY}\n\nWhat will the bridge cost?\n\n{BODY2}\n\n"
        f"Tell me about the other plans.\n\n{BODY}\n\nWho will build it?\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "What will the bridge cost?", "Tell me about the other plans.", "Who will build it?"]
    plain = f"Bridge Plan\n\n{BODY}\n\nWhat Comes Next\n\n{BODY2}\n\nTell me about the other plans.\n\n{BODY}\n\nThe Cost\n\n{BODY2}\n"
    assert headings(plain) == [None, "What Comes Next", "The Cost"]


def test_a_number_after_a_picture_opening_a_line_reads_without_error():
    briefing = parse_text("Acme Shares Fall\nTopline\n🀀 0 Topline\n")
    assert "🀀 0 Topline" in " ".join(s.text for s in briefing.sections) + " ".join(s.heading or "" for s in briefing.sections)


def test_a_digest_s_section_labels_and_the_headlines_under_them_all_head():
    body3 = "The National Weather Office said the storm would reach the Local Harbour by the weekend and stay there."
    text = (
        f"The Week in Brief\n\nA short summary of the stories of the week, near and far, with links to read more.\n\n"
        f"Local News\n\nHarbour Town Plans Hundreds of New Homes Near the River Mouth\n\n{BODY}\n\n"
        f"Council Hires a New Manager\n\n{BODY2}\n\nNational News\n\nStorm Warning Issued for the Coast\n\n{body3}\n"
    )
    assert headings(text)[1:] == [
        "Local News", "Harbour Town Plans Hundreds of New Homes Near the River Mouth", "Council Hires a New Manager",
        "National News", "Storm Warning Issued for the Coast",
    ]


def test_a_known_heading_word_over_a_title_case_heading_after_its_colon_is_one_heading():
    text = (
        f"Council approves the new bridge plan after long debate\n\n{BODY}\n\n"
        f"Background: Inspectors in the Harbour Office\n\n{BODY2}\n\nThe Cost\n\n{BODY}\n"
    )
    assert headings(text) == [None, "Background: Inspectors in the Harbour Office", "The Cost"]


def test_a_hyphen_between_spaces_is_a_dash_in_a_heading():
    text = (
        f"Council approves the new bridge plan after long debate\n\n{BODY}\n\nWhat Comes Next\n\n{BODY2}\n\n"
        f"Bigger majority - plan passed?\n\n{BODY}\n\nThe Cost\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "What Comes Next", "Bigger majority - plan passed?", "The Cost"]


def test_people_named_with_their_role_after_a_hyphen_head_a_team_s_answers():
    text = (
        f"Ask the Team: Who Decides?\n\n{BODY}\n\nDora Wilk and Jan Kos - Buying\n\n{BODY2}\n\n"
        f"Eva Marx - Design\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["Dora Wilk and Jan Kos - Buying", "Eva Marx - Design"]


def test_a_wire_s_name_and_its_dateline_in_capitals_under_the_headline_are_no_heading():
    for credit in ("AFP, OSLO", "XINHUA, NAIROBI", "AP, SAN JOSE"):
        text = f"Ferry line adds a winter route\n\n{credit}\n\n{BODY}\n\n{BODY2}\n\n{BODY}\n"
        assert credit not in headings(text), credit


def test_an_agency_s_name_then_its_photographer_after_a_slash_is_no_heading():
    text = f"Ferry line adds a winter route\n\n{BODY}\n\nEPA-EFE/Lena Vogt\n\n{BODY2}\n\n{BODY}\n"
    assert headings(text) == [None]


def test_a_caption_opened_by_pictured_or_main_image_is_no_heading():
    for caption in ("Pictured: Dockers at the Quay", "Main image: The Ferry Terminal"):
        text = line_in_story(caption)
        assert headings(text) == [None], caption


def test_a_page_s_menu_label_is_no_heading():
    for label in ("Top Menu", "Main Menu", "Menu"):
        text = line_in_story(label)
        assert label not in headings(text), label


def test_a_caption_saying_who_stands_where_between_commas_and_a_picture_s_buttons_are_no_headings():
    for line in ("Oduya, left, with her Coach", "Hide caption", "Toggle caption", "View image in fullscreen"):
        text = line_in_story(line)
        assert headings(text) == [None], line


def test_a_piece_s_kind_by_its_writer_a_handle_and_the_paper_s_staff_are_no_headings():
    for line in ("Opinion by Mira Santos", "Analysis by Pavel Dorn", "Mira Santos @mirasantos", "Harbour Courier staff", "Staff writer, with CNA"):
        text = f"Ferry line adds a winter route\n\n{line}\n\n{BODY}\n\n{BODY2}\n\n{BODY}\n"
        assert line not in headings(text), line


def test_a_paper_s_pitch_to_its_readers_is_no_heading():
    for line in ("Support independent journalism", "Got a news tip?", "Thank you for reading", "Stay informed"):
        text = f"Ferry line adds a winter route\n\n{BODY}\n\n{BODY2}\n\n{line}\n\n{BODY}\n"
        assert headings(text) == [None], line


def test_a_box_of_links_named_for_its_section_a_gallery_s_button_and_a_comment_box_are_no_headings():
    for line in ("MORE IN CRICKET", "Most read in Motoring", "View 6 Images", "Subscribe/Login to the Harbour Letter", "Leave a comment Cancel reply"):
        text = line_in_story(line)
        assert headings(text) == [None], line


def test_a_page_s_tag_in_small_letters_over_the_headline_leaves_the_headline_the_title():
    text = (
        "harbour ferries\n\nHarbour ferries add a late sailing for the winter season\n\n"
        f"{BODY}\n\n{BODY2}\n\nWhat the new timetable means\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Harbour ferries add a late sailing for the winter season"
    assert [s.heading for s in briefing.sections if s.heading] == ["What the new timetable means"]


def test_a_picture_s_name_over_its_caption_and_credit_is_no_heading():
    text = (
        "Ferry line adds a winter route\n\n"
        f"{BODY}\n\nHarbour cranes\n\nCranes unload the last ships of the autumn\n\n|\n\nPA\n\n{BODY2}\n\n"
        f"Ferry terminal\n\nThe terminal will stay open later from December\n\nGetty Images\n\n{BODY}\n"
    )
    assert headings(text) == [None]


def test_a_page_s_words_over_the_headline_leave_the_headline_the_title_over_long_headings():
    text = (
        "Main Menu\n\nHarbour Walks\n\n"
        f"{BODY}\n\nThe Old Quay and the Fish Market at Dawn\n\n{BODY2}\n\nLighthouse Point\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Harbour Walks"
    assert [s.heading for s in briefing.sections if s.heading] == ["The Old Quay and the Fish Market at Dawn", "Lighthouse Point"]


def test_a_government_page_s_note_of_where_its_guidance_holds_is_no_heading():
    for line in ("Applies to Scotland", "Applies to England and Wales", "Applies to Wales, Scotland and Northern Ireland"):
        text = f"Ferry fares guidance\n\n{BODY}\n\n{line}\n\n{BODY2}\n\n{BODY}\n"
        assert headings(text) == [None], line


def test_a_page_s_cookie_banner_controls_poll_answers_and_sponsor_are_no_headings():
    for line in ("Accept all cookies", "Please enable JavaScript to view the map", "Close search", "UK edition", "Ad Feedback", "Not sure", "Sponsored by Harbour Bank"):
        text = line_in_story(line)
        assert headings(text) == [None], line


def test_a_field_of_an_event_s_details_and_its_value_is_no_heading():
    for line in ("Where: Harbour Hall", "Venue: The Old Ropeworks"):
        text = line_in_story(line)
        assert headings(text) == [None], line


def test_a_question_with_a_word_broken_off_and_begun_again_is_talk_not_a_heading():
    text = (
        "Do you want the blue one?\n\nMaybe, I think it goes with the coat.\n\n"
        "Is it — Gr- is it too green?\n\nNo, no. It is fine, it looks good on you.\n\n"
        "What about the scarf? Does it match?\n\nI think so, yes.\n"
    )
    assert "Is it — Gr- is it too green?" not in headings(text)


def test_a_story_s_closing_mark_is_no_heading():
    text = f"The Lantern Keeper\n\n{BODY}\n\n{BODY2}\n\nTHE END\n\nThanks for reading this week's story, and see you next week for another one.\n"
    assert headings(text) == [None]


def test_a_cry_opened_by_a_word_of_talk_and_a_comma_is_no_heading():
    text = (
        "Why I Still Ride the Night Ferry\n\n"
        f"{BODY}\n\nYup, long before the bridge!\n\n{BODY2}\n\nA Crossing in the Fog\n\n{BODY}\n\n"
        f"Nope, never again!\n\n{BODY2}\n\nThe Last Sailing\n\n{BODY}\n"
    )
    found = headings(text)
    assert "Yup, long before the bridge!" not in found and "Nope, never again!" not in found
    assert "A Crossing in the Fog" in found


def test_a_venue_line_in_the_place_and_date_block_over_a_speech_is_no_heading():
    text = (
        "Remarks by the Governor at the Opening of the Harbour Tunnel\n\n"
        "MARCH 3, 2021 • SPEECHES AND REMARKS\n\nNorth Quay Pavilion\n\nHarbour Authority Building\n\n"
        "11:02 A.M. THE GOVERNOR: Thank you all for coming out on such a cold morning to see the tunnel open at last.\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    assert "North Quay Pavilion" not in headings(text)


def test_numbered_parts_written_with_the_number_in_brackets_head_their_parts():
    text = (
        "What the new parking bylaw changes, explained\n\n"
        "The bylaw now before the council has drawn many letters from drivers and shop owners.\n\n"
        f"{BODY}\n\nHere are the main changes the draft brings in:\n\n"
        f"(1) Longer hours for paid parking\n\n{BODY2}\n\n"
        f"(2) Fewer permits for each household\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["(1) Longer hours for paid parking", "(2) Fewer permits for each household"]


def test_a_short_phrase_trailing_off_in_an_ellipsis_heads_its_part_among_other_headings():
    text = (
        f"The new recycling rules start next month across the county.\n\n{BODY}\n\n"
        f"What changes?\n\n{BODY2}\n\n"
        f"A little history…\n\n{BODY}\n\n"
        f"Who collects the bins?\n\n{BODY2}\n\n"
        f"When does it start?\n\n{BODY}\n"
    )
    assert "A little history…" in headings(text)


def test_a_line_trailing_off_in_an_ellipsis_alone_is_no_heading():
    text = f"Harbour Notes\n\n{BODY}\n\nAnd then the rain came…\n\n{BODY2}\n\nBut not for long...\n\n{BODY}\n"
    assert headings(text) == [None]


def test_headings_over_items_whose_bullet_stands_on_a_line_of_its_own_head_their_parts():
    text = (
        "Bus Services\n-\nThe council approved the dredging contract on Monday after a long debate about its cost.\n"
        "-\nA report from the port board says the new berth will be ready by the end of next year.\n"
        "Road Repairs\n-\nCrews will resurface the coast road in May, closing one lane at a time during the day.\n"
        "-\nThe bridge on Mill Lane will shut for two weeks in June while its joints are replaced.\n"
        "Parks and Trails\n-\nThe river path will reopen in April with new lights and two more benches by the weir.\n"
    )
    assert headings(text) == ["Bus Services", "Road Repairs", "Parks and Trails"]


def test_names_standing_over_a_bulleted_list_head_it():
    text = (
        "Spring statement: what it means for your household this year\n\n"
        "The chancellor set out the plans in the House this afternoon.\n"
        "Here is a short guide to the main points:\n"
        "School meals\n"
        "- Free school meals will be given to every child in the first three years of primary school.\n"
        "- The grant for breakfast clubs rises by ten per cent from September.\n"
        "VAT and Council Tax\n"
        "- The VAT rate on home energy stays at five per cent for another year.\n"
        "- Council Tax bands will not be revalued before the next election, the Treasury said.\n"
        "Households in the lowest Council Tax bands will also get a one-off rebate of £150 in April.\n"
    )
    assert headings(text)[1:] == ["School meals", "VAT and Council Tax"]


def test_a_headline_counting_people_of_a_named_place_heads_its_story_among_headlines():
    text = (
        "Good morning,\n\nHere are the stories making headlines this morning.\n\n"
        f"Council backs new rules for market traders in the old town\n\n{BODY}\n\n{BODY2}\n\n"
        f"Teachers in the north vote to strike over unpaid allowances\n\n{BODY2}\n\n{BODY}\n\n"
        f"300 Kerrow farmers lose their land after the river bursts\n\n{BODY}\n\n{BODY2}\n"
    )
    assert "300 Kerrow farmers lose their land after the river bursts" in headings(text)


def test_headings_in_capitals_each_over_a_name_in_capitals_both_head():
    text = (
        "Our writer picks the best of the rowing season on the river\n\n"
        f"CREW OF THE YEAR\n\nNORTH BANK EIGHT\n\n{BODY}\n\n{BODY2}\n\n"
        f"ROWER OF THE YEAR\n\nMARTA OKAFOR\n\n{BODY2}\n\n{BODY}\n\n"
        f"COACH OF THE YEAR\n\nDEV PATEL\n\n{BODY}\n"
    )
    found = headings(text)
    assert "CREW OF THE YEAR" in found and "ROWER OF THE YEAR" in found and "COACH OF THE YEAR" in found
    assert "NORTH BANK EIGHT" in found and "DEV PATEL" in found


def test_short_headings_in_capitals_ending_in_a_full_stop_head_their_lists():
    text = (
        "A few steps keep your garden alive through a long dry summer.\n\n"
        "WATER EARLY.\n\n- Water before eight in the morning, when less is lost to the sun.\n"
        "- Soak the roots rather than the leaves.\n\n"
        "MULCH THE BEDS.\n\n- Spread bark or compost five centimetres deep around each plant.\n"
        "- Keep the mulch away from the stems.\n\n"
        "SAVE RAIN.\n\n- Set a butt under each downpipe and keep its lid on.\n"
        "- Use the stored water for pots first, as they dry out fastest.\n"
    )
    assert [h for h in headings(text) if h] == ["WATER EARLY.", "MULCH THE BEDS.", "SAVE RAIN."]


def test_a_line_in_capitals_ending_in_a_full_stop_alone_is_no_heading():
    text = f"Court Notes\n\n{BODY}\n\nTHE APPEAL IS DISMISSED.\n\n{BODY2}\n"
    assert headings(text) == [None]


def test_a_name_in_capitals_a_dash_and_a_writer_s_name_heads_each_part():
    text = (
        "Fans look back on their clubs' season\n\nThree supporters share their verdicts below. Enjoy!\n\n"
        f"NORTHPORT ROVERS – Ada Mensah\n\n{BODY}\n\n{BODY2}\n\n"
        f"KINGSBRIDGE UNITED – Tom Reyes\n\n{BODY2}\n\n{BODY}\n\n"
        f"ELMFIELD – Priya Shah\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["NORTHPORT ROVERS – Ada Mensah", "KINGSBRIDGE UNITED – Tom Reyes", "ELMFIELD – Priya Shah"]


def test_a_dateline_opening_a_paragraph_is_still_no_heading():
    text = f"Talks resume\n\nGENEVA – Negotiators met again on Monday.\n\n{BODY}\n"
    assert headings(text) == [None]


def test_a_phrase_ending_in_a_colon_right_under_the_headline_heads_the_first_part_among_headings():
    text = (
        "Where can I learn about the new bin rules?\n\n"
        "Details of the collection changes:\n\n"
        f"{BODY} {BODY2}\n\n{BODY2}\n\n"
        f"The Council Website\n\n{BODY}\n\n"
        f"Recycling Helpline\n\n{BODY2}\n\n"
        f"Leaflets\n\n{BODY}\n"
    )
    assert "Details of the collection changes" in headings(text)


def test_a_phrase_ending_in_a_colon_over_a_paragraph_among_no_other_headings_leads_in():
    text = (
        "New bin rules start in March\n\n"
        "Details of the collection changes:\n\n"
        f"{BODY} {BODY2}\n\n{BODY2}\n"
    )
    assert headings(text) == [None]


def test_an_interview_s_questions_with_a_sentence_of_context_each_head_their_answers():
    text = (
        "Before Saturday's final we spoke to the head coach about the season and the squad.\n\n"
        "You have played the Harriers twice already this year. Does a third meeting get any easier?\n\n"
        "Not really. They are well drilled and they will have studied us closely, so we have to find something new on the day.\n\n"
        "The semi-final went to extra time. What do you remember most from that night?\n\n"
        "The noise from our end when the winner went in. I have been in the game a long time and that was special for all of us.\n\n"
        "Two of your young players have broken into the side. How have they handled it?\n\n"
        "Brilliantly. They train hard, they listen, and our senior lads have looked after them from the first day they arrived.\n"
    )
    found = headings(text)
    assert "You have played the Harriers twice already this year. Does a third meeting get any easier?" in found
    assert "Two of your young players have broken into the side. How have they handled it?" in found


def test_an_essay_s_paragraphs_ending_in_questions_among_others_are_no_headings():
    text = (
        "Why the Town Needs Its Library\n\n"
        "The library has stood on the square for a century. Who would have guessed it might close?\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "Some say the books can all be read online now. But can they, really?\n\n"
        f"{BODY2}\n\n{BODY}\n\n"
        "And what of the children who come after school? Where would they go?\n\n"
        f"{BODY}\n"
    )
    assert headings(text) == [None]


def test_a_timetable_s_parts_named_from_a_date_head_them():
    text = (
        "Changes to bus fares coming this year\n\nA timetable of the fare changes the operators have announced.\n\n"
        "From early summer\n\n• Day tickets will cost the same on every route in the county.\n\n"
        "• Children under five will travel free with a paying adult.\n\n"
        "From 1 September 2025\n\n• Weekly tickets can be bought on the app as well as on the bus.\n\n"
        "• The night service will run on Fridays and Saturdays only.\n"
    )
    assert headings(text)[1:] == ["From early summer", "From 1 September 2025"]


def test_a_heading_over_a_line_leading_into_a_list_heads_its_part():
    text = (
        "Help with winter heating costs\n\n"
        f"Warm Home Grant\n\n{BODY}\n\n{BODY2}\n\n"
        f"Fuel voucher scheme\n\n{BODY2}\n\n"
        "People on a low income or some benefits\n\n"
        "Qualifying payments:\n\nPension Credit.\n\nHousing Benefit.\n\nIncome Support.\n"
    )
    assert headings(text) == ["Warm Home Grant", "Fuel voucher scheme", "People on a low income or some benefits"]


def test_an_interview_s_question_over_a_short_answer_heads_it():
    text = (
        "Student Profile – Lena Ortiz\n\nCourse: Marine biology\n\nCampus: Penryn\n\n"
        "What is the title of your project?\n\nMapping kelp forests along the southern coast\n\n"
        "Can you tell us more about the project?\n\n"
        "I am surveying kelp beds from a small boat and comparing them with photographs taken from the air over ten years.\n\n"
        "The work shows where the forests are shrinking and where they are coming back, and why that might be.\n\n"
        "What is a normal day like?\n\n"
        "I start early at the harbour, load the boat and spend the morning diving while the tide is low and the water clear.\n"
    )
    found = headings(text)
    assert "What is the title of your project?" in found and "Can you tell us more about the project?" in found
    assert "Mapping kelp forests along the southern coast" not in found


def test_a_part_s_heading_in_title_case_over_its_first_sub_heading_in_sentence_case_both_head():
    text = (
        "The hidden cost of school transport\n\n"
        f"{BODY} {BODY2}\n\n{BODY2} {BODY}\n\n"
        "Reporting Guide: How to Follow the Money\n\n"
        f"Reading the budget\n\n{BODY}\n\n"
        f"Asking for contracts\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["Reporting Guide: How to Follow the Money", "Reading the budget", "Asking for contracts"]


def test_parts_numbered_in_roman_numerals_head_them():
    text = (
        "Report on the harbour works\n\n"
        f"{BODY}\n\nI. Early history\n\n{BODY2}\n\nII. What the survey found\n\n{BODY}\n\n"
        f"III. Next steps\n\n{BODY2}\n\nIV. Costs\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["I. Early history", "II. What the survey found", "III. Next steps", "IV. Costs"]


def test_a_line_opened_by_a_capital_i_and_a_full_stop_alone_is_no_roman_heading():
    text = f"Harbour diary\n\n{BODY}\n\nI. Lee\n\n{BODY2}\n"
    assert "I. Lee" not in headings(text)


def test_phrases_ending_in_colons_over_paragraphs_head_them_beside_a_word_ending_in_one():
    text = (
        f"Race day information\n\n{BODY}\n\nStart times:\n\n{BODY2}\n\nParking:\n\n{BODY}\n\nBag drop:\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["Start times", "Parking", "Bag drop"]


def test_a_venue_s_name_set_over_its_street_address_is_no_heading():
    text = (
        "Charity to present report on forgotten floods\n\n"
        f"{BODY}\n\n{BODY2}\n\nLaunch Event for the 2021 Flood Report\n\nThursday, March 4, 2021 from 10:00 a.m. to 11:00 a.m.\n\n"
        "The Harbour Civic Hall\n1200 Quay Street, NW - Elmfield , E.C. 20045\n\n"
        f"{BODY2}\n"
    )
    assert headings(text)[1:] == ["Launch Event for the 2021 Flood Report"]


def test_a_source_line_under_a_short_headline_is_no_headline():
    briefing = parse_text("Harbour fire\n\nSource: Tarvik Fire Service\n\nCrews put out a fire at the harbour on Sunday. No one was hurt.\n")
    assert briefing.title == "Harbour fire"
    assert "Source: Tarvik Fire Service" in briefing.sections[0].text


def test_an_explainer_s_long_question_with_a_comma_heads_its_answer_among_other_questions():
    text = (
        "Hosepipe Ban FAQ\n\n"
        "What should I do if I see a neighbour ignoring the hosepipe ban in the middle of summer?\n\n"
        f"{BODY} {BODY2}\n\n"
        f"Why are garden centres still allowed to water?\n\n{BODY2}\n\n"
        "Why can the council water its parks and bowling greens, while I can't use a sprinkler on my small lawn?\n\n"
        f"{BODY} {BODY2}\n"
    )
    found = headings(text)
    assert "Why can the council water its parks and bowling greens, while I can't use a sprinkler on my small lawn?" in found
    assert "What should I do if I see a neighbour ignoring the hosepipe ban in the middle of summer?" in found


def test_a_pause_trailing_off_in_talk_taken_down_is_no_heading():
    text = (
        "Game night\n\nWhose turn is it now?\nMine, I think.\nOh yeah.\nWell then ...\n"
        "You take over his cards when you win the territory, that's the rule.\nWhat are we playing next?\n"
        "Not sure yet.\nUm ...\nWe could try the card game again if everyone is still awake.\nWho's in?\nMe.\n"
    )
    found = headings(text)
    assert "Well then ..." not in found and "Um ..." not in found


def test_a_named_part_among_other_headings_heads_its_text():
    # "Appeals Panel" is written with capitals in the text as a name is; among two other
    # headings and not named in the paragraph over it, it names a part.
    text = (
        "How the school decides on places\n\n"
        "Every spring the school gets more requests than it has places, and the Appeals Panel hears the families who miss out.\n\n"
        "Who gets a place\n\n"
        f"{BODY}\n\n"
        "Waiting lists\n\n"
        f"{BODY2}\n\n"
        "Appeals Panel\n\n"
        "Families write to the school within two weeks, and a hearing is set for the following month.\n\n"
        "It meets in June; the Appeals Panel then writes to each family.\n"
    )
    assert headings(text)[1:] == ["Who gets a place", "Waiting lists", "Appeals Panel"]


def test_a_page_title_in_sentence_case_over_a_heading_is_the_title_not_a_label():
    # "Cold weather advice" over "Keeping warm in your own home": the page's own title (a section's
    # label is a name, "Travel Tips"), then the first part's heading.
    text = (
        "Cold weather advice\n\n"
        "Keeping warm in your own home\n\n"
        f"{BODY}\n\n"
        "Checking on neighbours\n\n"
        f"{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Cold weather advice"
    assert [s.heading for s in briefing.sections] == ["Keeping warm in your own home", "Checking on neighbours"]


def test_a_part_in_capitals_over_a_story_s_headline_is_no_signature():
    # "NEIGHBOURING TOWNS" under a long paragraph and over a headline: a digest's part in
    # capitals, not a name signing the paragraph above ("ANN LEE").
    text = (
        "Harbour news in brief\n\n"
        "HARBOUR TOWN\n\n"
        "Council approves a new science wing for the school\n\n"
        "The council voted on Monday to pay for a new science wing at the harbour school, and the work "
        "will begin in the spring once the last of the plans have been signed off by the board.\n\n"
        "NEIGHBOURING TOWNS\n\n"
        "Millbrook opens its rebuilt library after two years of work\n\n"
        f"{BODY}\n"
    )
    found = headings(text)
    assert "NEIGHBOURING TOWNS" in found
    assert "Millbrook opens its rebuilt library after two years of work" in found


def test_a_first_line_in_capitals_over_the_text_heads_the_first_of_parts_in_capitals():
    text = f"STORM DAMAGE\n\n{BODY}\n\nTHE CLEAN-UP\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == ["STORM DAMAGE", "THE CLEAN-UP"]
    other = parse_text(f"STORM DAMAGE\n\n{BODY}\n\nThe clean-up\n\n{BODY2}\n")
    assert other.title == "STORM DAMAGE"


def test_a_claim_of_more_than_twelve_words_heads_its_part_among_long_headings():
    claim = "Heat pumps cost more to buy and need a well insulated house to work at their best"
    text = (
        "The good and the bad of heat pumps\n\n"
        f"{BODY}\n\n"
        "Heat pumps are cheaper to run than most gas boilers\n\n"
        f"{BODY2}\n\n"
        "Heat pumps are quiet and need little looking after\n\n"
        f"{BODY}\n\n"
        f"{claim}\n\n"
        f"{BODY2}\n"
    )
    assert claim in headings(text)
    # Among short headings, or alone, such a line is one of the text's.
    short = f"Heat pumps\n\n{BODY}\n\nCosts\n\n{BODY2}\n\n{claim}\n\n{BODY}\n"
    assert claim not in headings(short)


def test_a_talk_of_short_answers_taken_down_has_no_question_headings():
    # "Gazette: …?" over "Jo Park: No.": the questions of a talk of short answers are turns
    # of it, not headings (an interview's answers are paragraphs).
    turns = [
        ("Gazette: How did the first week of training go?", "Jo Park: Better than we hoped."),
        ("Gazette: Are the new players ready for the opening game?", "Sam Reid: I think so."),
        ("Gazette: Will the weather be a problem on Saturday?", "Jo Park: No."),
        ("Gazette: What is the plan for the rest of the month?", "Sam Reid: Train hard and rest well."),
        ("Gazette: Anything to say to the fans?", "Jo Park: Come and shout for us."),
    ]
    text = "Talking to the coaches\n\n" + "\n\n".join(f"{q}\n\n{a}" for q, a in turns) + "\n"
    assert [h for h in headings(text) if h] == []


def test_a_long_caption_among_long_headings_is_no_claim():
    caption = "Ann Lee with the first heat pump fitted in the street at the open day in 2019"
    text = (
        "The good and the bad of heat pumps\n\n"
        f"{BODY}\n\n"
        "Heat pumps are cheaper to run than most gas boilers\n\n"
        f"{BODY2}\n\n"
        f"{caption}\n\n"
        f"{BODY}\n\n"
        "Heat pumps are quiet and need little looking after\n\n"
        f"{BODY2}\n"
    )
    assert caption not in headings(text)


def test_a_heading_standing_apart_over_lines_set_one_under_another_heads_them():
    text = (
        "Flood advice for residents\n\n"
        f"{BODY}\n\n"
        "Before the water rises\n\n"
        "Move valuables upstairs\n"
        "Turn off the gas and power\n"
        "Keep sandbags by the doors\n\n"
        f"{BODY2}\n"
    )
    assert "Before the water rises" in headings(text)
    assert "Move valuables upstairs" not in headings(text)


def test_a_call_to_act_over_a_short_line_is_the_page_s_not_a_heading():
    # "Discover more" over "Not a member yet?": a banner's button over the next box's words.
    text = (
        "Harbour ferry fares rise in the spring\n\n"
        f"{BODY}\n\n"
        "Discover more\n\n"
        "Not a member yet?\n\n"
        f"{BODY2}\n\n"
        f"{BODY}\n"
    )
    assert "Discover more" not in headings(text)


def test_a_call_to_act_over_its_paragraph_still_heads_it():
    text = (
        "The library opens a second reading room\n\n"
        f"{BODY}\n\n"
        "Why It Matters\n\n"
        f"{BODY2}\n\n"
        "Learn more\n\n"
        "Readers who want a desk in the new room can book one at the front counter from next week.\n"
    )
    assert headings(text)[1:] == ["Why It Matters", "Learn more"]


def test_a_comment_box_call_over_the_headline_set_again_is_no_heading():
    text = (
        "Harbour ferry fares rise in the spring\n\n"
        f"{BODY}\n\n"
        "Join the discussion\n\n"
        "Harbour ferry fares rise in the spring\n\n"
        f"{BODY2}\n"
    )
    assert "Join the discussion" not in headings(text)


def test_a_writer_s_role_under_the_name_is_no_heading():
    text = (
        "Tide tables change for the winter\n\n"
        f"{BODY}\n\n"
        "Tomas Vell\n\n"
        "Lead analyst\n\n"
        f"{BODY2}\n\n"
        f"{BODY}\n"
    )
    assert "Lead analyst" not in headings(text)


def test_a_name_and_a_role_after_a_dash_is_a_byline_not_a_heading():
    text = (
        "Tide tables change for the winter\n\n"
        f"{BODY}\n\n"
        "Nadia Voss – Deputy Sports Editor\n\n"
        f"{BODY2}\n\n"
        f"{BODY}\n"
    )
    assert "Nadia Voss – Deputy Sports Editor" not in headings(text)


def test_a_page_s_button_first_is_no_title():
    text = f"View full menu\n\n2019-03-04\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title is None
    assert "View full menu" in briefing.sections[0].text


def test_a_banner_s_question_to_the_reader_first_is_no_title():
    text = f"Got a parking permit?\n\n{BODY}\n\n{BODY2}\n"
    assert parse_text(text).title is None


def test_a_day_without_its_year_over_the_headline_opens_the_lead():
    text = (
        "Thu 12 Mar\n\nFerry line adds a winter route. Fares stay the same.\n\n"
        f"Tomas Vell – Deputy Business Editor\n\n{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Ferry line adds a winter route. Fares stay the same."
    assert briefing.byline == "Tomas Vell – Deputy Business Editor"
    assert [s.heading for s in briefing.sections] == [None]
    assert briefing.sections[0].text.startswith("Thu 12 Mar")


def test_a_name_and_a_role_under_the_headline_is_its_byline():
    text = f"Ferry line adds a winter route\n\nTomas Vell | Chief Political Correspondent\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title == "Ferry line adds a winter route"
    assert briefing.byline == "Tomas Vell | Chief Political Correspondent"


def test_a_scrap_of_letters_over_the_headline_is_no_title():
    text = f"by ,\n\nFive Quiet Beaches Near the Harbour\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title == "Five Quiet Beaches Near the Harbour"
    assert [s.heading for s in briefing.sections] == [None]


def test_a_logo_run_into_the_headline_set_again_below_gives_the_headline():
    text = (
        "Harbour Post logo Ferry line adds a winter route\n\n"
        "Ferry line adds a winter route\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Ferry line adds a winter route"
    assert [s.heading for s in briefing.sections] == [None]


def test_a_kicker_in_sentence_case_over_a_dated_headline_opens_the_lead():
    # "Morning digest" over "Five things to know today: March 4, 2025", a standfirst and the
    # stories' headlines: the kicker is the page's, the dated line the headline.
    text = (
        "Morning digest\n\n"
        "Five things to know today: March 4, 2025\n\n"
        "Ferry line adds a winter route, council approves the new bridge plan, and more\n\n"
        "Ferry line adds a winter route from the harbour\n\n"
        f"{BODY}\n\n"
        "Council approves the new bridge plan after a long debate\n\n"
        f"{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Five things to know today: March 4, 2025"
    assert [s.heading for s in briefing.sections] == [
        None,
        "Ferry line adds a winter route from the harbour",
        "Council approves the new bridge plan after a long debate",
    ]
    assert briefing.sections[0].text.startswith("Morning digest")


def test_a_post_s_headline_under_a_box_of_short_labels_heads_its_text():
    text = (
        "Harbour council live: the budget vote\n\n"
        f"{BODY}\n\n"
        "Top Posts\n\n"
        "Today's Links\n\n"
        "Is the vote still on?\n\n"
        f"{BODY2}\n\n"
        f"{BODY}\n"
    )
    assert headings(text)[1:] == ["Is the vote still on?"]


def test_a_first_question_over_its_answer_then_a_known_question_heading_leaves_the_text_untitled():
    text = (
        "What does the new fare mean for riders?\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "Who pays more?\n\n"
        f"{BODY}\n\n"
        "What's next?\n\n"
        f"{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == [
        "What does the new fare mean for riders?",
        "Who pays more?",
        "What's next?",
    ]


def test_matchups_of_visitors_at_home_sides_head_an_untitled_preview():
    text = (
        "Norfolk at Raleigh\n\n"
        "7 p.m., ESPN\n\n"
        f"{BODY}\n\n"
        "Tacoma at Salt Lake City\n\n"
        "Noon, ABC\n\n"
        f"{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == ["Norfolk at Raleigh", "Tacoma at Salt Lake City"]



def test_a_live_blog_s_quick_posts_of_a_headline_under_their_times_head_them():
    text = (
        "Harbour council live: the budget vote and what comes after it\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "10:42 PM\n\n"
        "Mayor thanks the ferry crews\n\n\n"
        "10:31 PM\n\n"
        "Council members leave the chamber\n\n"
        "Here is the moment the vote closed\n\n\n"
        "10:05 PM\n\n"
        "Budget passes by two votes\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Harbour council live: the budget vote and what comes after it"
    assert [s.heading for s in briefing.sections] == [
        None,
        "Mayor thanks the ferry crews",
        "Council members leave the chamber",
        "Budget passes by two votes",
    ]


def test_a_site_s_name_over_the_one_hash_headline_leaves_the_headline_the_title():
    text = (
        "Harbour Notes\n\n"
        "# The Harbour Week: Five Stories From the Waterfront\n\n"
        f"{BODY}\n\n"
        "Ferry Line Adds a Winter Route\n\n"
        f"{BODY2}\n\n"
        "2. Council Approves the Bridge\n\n"
        f"{BODY}\n\n"
        "3. Market Hall Opens Again\n\n"
        f"{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "The Harbour Week: Five Stories From the Waterfront"
    assert [s.heading for s in briefing.sections][-3:] == [
        "Ferry Line Adds a Winter Route",
        "2. Council Approves the Bridge",
        "3. Market Hall Opens Again",
    ]


def test_an_explainer_s_headline_in_sentence_case_under_a_date_line_is_the_title():
    text = (
        "Wednesday, Mar 5, 2025\n\n"
        "What we know about the harbour warehouse fire\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "What we know about the harbour warehouse fire"
    assert [s.heading for s in briefing.sections] == [None]
    assert briefing.sections[0].text.startswith("Wednesday, Mar 5, 2025")


def test_a_shop_s_commission_notice_over_the_headline_leaves_the_headline_the_title():
    text = (
        "Harbour Gadgets is supported by its readers. If you buy through links on our site, we may earn a commission. Learn more.\n\n"
        "Smart kettles: everything you need to know before you buy one\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Smart kettles: everything you need to know before you buy one"
    assert [s.heading for s in briefing.sections] == [None]


def test_a_question_and_its_tag_heads_its_part_but_is_the_standfirst_under_the_headline():
    text = (
        "Ferry levy: everything riders need to know about the new charge\n\n"
        "What is the ferry levy? The new charge explained\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "Related: Beware of fake levy letters\n\n"
        f"{BODY}\n\n"
        "What is the levy? The basics\n\n"
        f"{BODY2}\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Ferry levy: everything riders need to know about the new charge"
    assert [s.heading for s in briefing.sections] == [None, "What is the levy? The basics"]


def test_a_newsletter_s_browser_and_forward_lines_are_no_title():
    text = (
        "View this email in your browser ([link removed])\n\n"
        "Forward this email to a friend ([link removed])\n\n"
        "[link removed]\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    assert briefing.sections[0].text.startswith("View this email in your browser")


SHORT_ANSWER = "Ann L. asked: \"Will the ferry company print the new timetable for riders?\""


def test_a_count_opening_a_heading_in_capitals_is_no_item_number():
    text = (
        f"Ferry notes for the week\n\n{BODY}\n\n"
        "5 QUESTIONS ABOUT THE FERRY LEVY\n\n"
        f"{BODY2}\n\n"
        "1. Where does the levy money go?\n\n"
        f"{BODY}\n"
    )
    assert "5 QUESTIONS ABOUT THE FERRY LEVY" in headings(text)


def test_a_lone_numbered_question_heads_a_short_answer():
    text = (
        f"Ferry notes for the week\n\n{BODY}\n\n"
        "1. Where does the levy money go?\n\n"
        f"{SHORT_ANSWER}\n\n"
        f"{BODY2}\n"
    )
    assert headings(text) == [None, "1. Where does the levy money go?"]


def test_a_short_cry_under_a_reader_s_question_is_no_heading():
    text = (
        f"Ferry notes for the week\n\n{BODY}\n\n"
        "WHAT READERS ASKED\n\n"
        f"{SHORT_ANSWER}\n\n"
        "Good point!\n\n"
        f"{BODY2}\n\n"
        "THE TIMETABLE\n\n"
        f"{BODY}\n"
    )
    assert headings(text) == [None, "WHAT READERS ASKED", "THE TIMETABLE"]


def test_a_page_s_menu_line_over_the_headline_leaves_the_headline_the_title():
    text = (
        "Harbour News | Ferry Times | Council Today | Video | Search\n\n"
        "Council opens the new ferry fund to groups\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Council opens the new ferry fund to groups"
    assert [s.heading for s in briefing.sections] == [None]


LONG_PARA = (
    "The council met on Monday and agreed the plan after a long debate about its cost, and the work "
    "will start in the spring once the contracts are signed and the ferry company has moved its berth."
)


def test_a_sentence_case_heading_with_a_full_stop_among_headings_without_one_heads_its_part():
    text = (
        f"Four lessons from the harbour budget vote\n\n{LONG_PARA}\n\n"
        "Mayor Lee did win over the ferry crews.\n\n"
        f"{LONG_PARA}\n\n"
        "But the council still has trouble with costs\n\n"
        f"{LONG_PARA}\n"
    )
    assert headings(text) == [None, "Mayor Lee did win over the ferry crews.", "But the council still has trouble with costs"]


def test_a_short_paragraph_naming_no_one_among_sentence_headings_stays_text():
    text = (
        f"Four lessons from the harbour budget vote\n\n{LONG_PARA}\n\n"
        "This opens another door for the ferry crews.\n\n"
        f"{LONG_PARA}\n\n"
        "But the council still has trouble with costs\n\n"
        f"{LONG_PARA}\n"
    )
    assert headings(text) == [None, "But the council still has trouble with costs"]


def test_a_block_of_label_and_value_rows_is_text_not_headings():
    text = (
        "Harbour Cup preview notes\n\nBy The Kelmer Desk\n\nMATCH NOTES\n\n"
        "START: Friday, 7 p.m. local\n\nVENUE: Harbour Park, Kelmer\n\nRADIO: KHBR 1040\n\n"
        "RECORD: Kelmer leads the series 12-9\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert not {"START", "VENUE", "RADIO", "RECORD"} & {s.heading for s in briefing.sections}
    body = " ".join(s.text for s in briefing.sections)
    assert "RADIO: KHBR 1040" in body and "START: Friday, 7 p.m. local" in body


def test_an_advertisement_label_over_the_headline_leaves_the_headline_the_title():
    text = f"Advertisement\n\nFerry line adds a winter route to the islands\n\nBy Ann Lee\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title == "Ferry line adds a winter route to the islands"
    assert briefing.byline == "Ann Lee"


def test_a_widget_label_over_an_untitled_newsletter_is_no_title():
    text = f"Summary List Placement\n\nGood morning and welcome to the harbour roundup of the day.\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == [None]


def test_a_row_of_a_block_of_facts_in_plain_text_is_no_heading():
    text = (
        f"Harbour Cup preview notes\n\nBy Ann Lee\n\n{BODY}\n\nMatch Notes\n\n"
        "Start: Friday 7 local\n\nVenue: Harbour Park\n\nRadio: KHBR 1040\n\nRANKINGS: Kelmer No. 4\n\n"
        f"What To Expect\n\n{BODY}\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "Match Notes", "What To Expect"]


def test_a_headline_over_a_byline_is_a_story_not_a_memo_whatever_labels_it_holds():
    text = (
        "Kelmer council backs the harbour plan\n\nBy Ann Lee\n\n"
        "THE VOTE: The council voted nine to two for the plan on Monday night.\n\n"
        "THE COST: The work will cost the town about four million over three years.\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.format == "plain"
    assert briefing.title == "Kelmer council backs the harbour plan"
    assert briefing.byline == "Ann Lee"


def test_a_page_s_calls_under_a_story_are_no_headings():
    text = (
        f"Ferry line adds a winter route\n\n{BODY}\n\n{BODY2}\n\n"
        "Join the conversation about this story »\n\n"
        "NOW WATCH: How the island ferries are built and tested in the yard\n\n"
        "…read more\n\n"
        f"{BODY}\n"
    )
    assert headings(text) == [None]


def test_count_rows_in_a_live_update_are_its_text_not_headings():
    text = (
        f"4:10 p.m.\n\n{BODY}\n\n"
        "3:25 p.m.\n\n.@CountyHealth reports the largest one-day rise in cases in the county.\n\n"
        "318 new cases for total of 2,406\n\n"
        "14 have died in past 24 hours for a total of 77 deaths\n\n\n\n"
        "52 have recovered — Ann Lee (@annlee) April 3, 2021\n\n"
        f"2:05 p.m.\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None]  # the times head nothing either
    assert "318 new cases for total of 2,406" in briefing.sections[0].text


def test_a_forum_s_name_and_welcome_blurb_stand_over_the_thread_s_title():
    text = (
        "HARBOUR FOLK\n\n"
        "Welcome to Harbour Folk - a friendly place to talk about the island and its boats. Pull up a chair!\n\n"
        "Ferry timetable - winter 2024\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Ferry timetable - winter 2024"
    assert "Ferry timetable - winter 2024" not in {s.heading for s in briefing.sections}
    assert BODY in " ".join(" ".join(s.text.split()) for s in briefing.sections)


def test_a_live_page_s_summary_of_the_day_heads_its_bullets():
    text = (
        f"Harbour storm: live updates\n\n{BODY}\n\n"
        "Summary for Tuesday, 4th March\n\n"
        "• Ferries to the islands are cancelled until Thursday\n"
        "• The coast road is shut between Kelmer and Dorrin\n"
        "• Power has been restored to most homes in the old town\n\n"
        f"{BODY2}\n"
    )
    assert "Summary for Tuesday, 4th March" in headings(text)


def test_a_picture_s_file_name_is_no_heading_and_no_title():
    from briefing_tui.core.parsing.headings import heading_shape, is_page_residue

    line = "HarbourFolk - Ferry timetable - winter 2024 4e7a91c2"
    assert heading_shape(line) is None and is_page_residue(line)


def test_a_headline_asking_then_a_phrase_is_the_title_over_two_blank_lines():
    text = f"Puzzled by the new ferry fares? Here's the short guide\n\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title == "Puzzled by the new ferry fares? Here's the short guide"
    assert BODY in " ".join(" ".join(s.text.split()) for s in briefing.sections)


def test_a_breadcrumb_over_the_headline_is_no_title():
    text = (
        "Local /\n\n"
        "Harbour road shut...Ferry fares rise...Mayor opens library\n\n"
        "Save Story\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Harbour road shut...Ferry fares rise...Mayor opens library"


def test_an_ad_slot_and_a_date_over_the_headline_are_no_title():
    text = (
        "ads by Harbourclicks\n\n"
        "Tuesday, March 4, 2025\n\n"
        "Your island week in brief\n\n"
        "Ferries, fares and a new library.\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Your island week in brief"
    assert "ads by Harbourclicks" in " ".join(s.text for s in briefing.sections)


def test_a_live_label_over_a_long_headline_of_clauses_is_no_title():
    headline = (
        "Harbour storm – latest: ferries cancelled until Thursday after the coast road floods; "
        "islanders told to stay home – council; power restored to most homes in the old town"
    )
    text = f"Live\n{headline}\n{BODY}\n\n{BODY2}\n\n{BODY}\n"
    briefing = parse_text(text)
    assert briefing.title == headline


def test_a_gallery_s_counter_and_button_are_no_headings():
    text = (
        "Island week in pictures\n\n"
        "1 of 24 Photos\n"
        "Next »\n"
        "HARBOUR Storm Ferries\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    found = headings(text)
    assert "1 of 24 Photos" not in found and "Next »" not in found


def test_a_promo_box_s_question_over_its_blurb_and_button_is_no_heading():
    text = (
        "Got a ferry pass?\n\n"
        "You need one to board any boat to the islands and the harbour bus. It's the rule.\n\n"
        "Find out more\n"
        "I don't have a ferry pass.\n\n"
        "Live Reporting\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    assert "Got a ferry pass?" not in headings(text)


def test_a_live_page_s_numbered_post_headlines_head_their_posts():
    text = (
        "Live Reporting\n\n"
        "Edited by Ann Lee\n\n"
        "All times are local\n\n"
        "1. The latest harbour storm news\n\n"
        "Waves over the sea wall at Kelmer\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "2. Our coverage ends for today\n\n"
        "We will close this page shortly and pick up again at seven in the morning.\n\n"
        f"{BODY2}\n"
    )
    found = headings(text)
    assert "1. The latest harbour storm news" in found and "2. Our coverage ends for today" in found


def test_a_newsletter_s_quoted_and_question_item_headings_head_their_items():
    item = (
        "Ferries to the islands stopped on Monday and the harbour office says they will not "
        "run again until the sea wall at Kelmer is checked."
    )
    text = (
        "Your island week in brief\n\n"
        f"{BODY}\n\n"
        "Ferry fares rise again for the winter\n\n"
        f"{item}\n\n"
        "'Stormwatch': A week of floods on the coast\n\n"
        f"{item}\n\n"
        "'Stormwatch' crew: The pilots who fly the rescue helicopter\n"
        "'Stormwatch' and kids: Is the show too scary for children?\n\n"
        "Which story do you trust? Inside the harbour lights case\n\n"
        f"{item}\n"
    )
    found = headings(text)
    assert "'Stormwatch': A week of floods on the coast" in found
    assert "Which story do you trust? Inside the harbour lights case" in found
    assert "'Stormwatch' crew: The pilots who fly the rescue helicopter" not in found


def test_a_trending_label_over_a_headline_and_its_newsroom_byline_is_no_title():
    text = (
        "Harvest Fair\n"
        "Police: 2 hurt after tractor rolls on county road near Elm Co.\n\n"
        "By 9 News Staff\n"
        "Published: Mar. 3, 2024 at 6:10 PM EST\n\n"
        "ELM CO., Ky. (WXYZ) - Two people were hurt when a tractor rolled over on a county road on Sunday.\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Police: 2 hurt after tractor rolls on county road near Elm Co."
    assert briefing.byline == "9 News Staff"
    assert all(s.heading is None for s in briefing.sections)


def test_a_page_s_words_section_and_date_over_the_headline_are_no_title():
    text = (
        "Search icon\n\nSport\n\n14th Feb 2021\n\n"
        "Coastguard searching for missing kayaker after boat found empty off Kerry pier\n\n"
        "Mara Quill\n\n"
        f"{BODY}\n\n{BODY2}\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Coastguard searching for missing kayaker after boat found empty off Kerry pier"
    assert "Search icon" in briefing.sections[0].text


def test_a_posted_by_line_in_another_language_over_the_headline_is_no_title():
    text = (
        "no image\n\nDiposting oleh Lina On 11.07\n\n"
        "EXPLAINER: How to read your water bill in Harbourtown\n\n"
        f"{BODY}\n\n{BODY2}\n\n{BODY}\n"
    )
    assert parse_text(text).title == "EXPLAINER: How to read your water bill in Harbourtown"


def test_a_close_button_and_a_paper_s_slogan_over_the_headline_are_no_title():
    text = (
        "×\n\nMost Trusted Daily Paper\n\n"
        "Guards held over shooting of Kelmer traders\n\n"
        f"{BODY}\n\n{BODY2}\n\n{BODY}\n"
    )
    assert parse_text(text).title == "Guards held over shooting of Kelmer traders"


def test_a_lone_chevron_over_a_heading_stays_a_title():
    text = f">\n\nFirst, mind the gap\n\n{BODY}\n\nLeaving too early\n\n{BODY2}\n\nWaiting too long\n\n{BODY}\n"
    assert parse_text(text).title == ">"


def test_a_video_caption_without_a_stop_over_the_next_heading_is_no_heading():
    text = (
        "Preview: Harbour Rovers host Kelmer Town in the cup\n\n"
        f"{BODY}\n\n"
        "Can the old cup magic lift the Rovers again?\n\n"
        f"{BODY2}\n\n{BODY}\n\n"
        "The first game between the two clubs back in early October\n\n"
        "Eyes on the league – or on the cup?\n\n"
        f"{BODY2}\n\n{BODY}\n"
    )
    found = headings(text)
    assert "The first game between the two clubs back in early October" not in found
    assert "Eyes on the league – or on the cup?" in found
    assert "Can the old cup magic lift the Rovers again?" in found



def test_a_page_s_join_and_app_buttons_are_no_headings():
    text = (
        "Guards held over shooting of Kelmer traders\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "Join The Harbour Herald Channel\n\n"
        "Stay in the know. Get alerts, breaking headlines and stories with the Harbour Herald app. Download it now.\n\n"
        "Get the Harbour Herald App\n\n"
        f"{BODY}\n"
    )
    found = headings(text)
    assert "Join The Harbour Herald Channel" not in found
    assert "Get the Harbour Herald App" not in found


def test_an_untitled_q_and_a_of_two_questions_opens_with_its_first_question():
    text = (
        "What is the new ferry pass?\n\n"
        "It is a monthly ticket for island residents. The council pays half of its price for anyone who works on the mainland.\n\n"
        "Who can apply for it?\n\n"
        "Anyone registered at an island address can apply, and the harbour office says passes will be posted within a week.\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == ["What is the new ferry pass?", "Who can apply for it?"]


def test_a_question_headline_over_a_longer_text_with_one_question_heading_stays_the_title():
    text = (
        "Is the old harbour wall safe?\n\n"
        f"{BODY}\n\n"
        "What do the engineers say?\n\n"
        f"{BODY2}\n\n{BODY}\n"
    )
    assert parse_text(text).title == "Is the old harbour wall safe?"


def test_a_control_s_label_over_its_two_short_choices_is_no_heading():
    text = (
        "Harbour council live: budget vote results\n\n"
        f"{BODY}\n\n"
        "Order by:\n\n• Newest first\n• Oldest first\n\n"
        "Refresh feed:\n\n• Yes\n• No\n\n"
        "Evening round-up\n\n"
        f"{BODY2}\n\n{BODY}\n"
    )
    found = headings(text)
    assert "Refresh feed:" not in found and "Refresh feed" not in found
    assert "Evening round-up" in found


def test_a_picture_s_alt_text_over_the_headline_is_not_the_title():
    text = (
        "Logo harbour weekly\n\n"
        "Harbour weekly: ferry fares rise again for island residents\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Harbour weekly: ferry fares rise again for island residents"
    assert all(s.heading != "Logo harbour weekly" for s in briefing.sections)


def test_a_gallery_s_first_slide_title_is_no_title():
    text = (
        "Opening Bell\n"
        "Photo: The mayor rings the bell to open the harbour fair.\n"
        "The mayor rings the bell to open the harbour fair.\n\n"
        "Brass Section\n"
        "Photo: The town band plays on the pier.\n"
        "The town band plays on the pier.\n\n"
        "Kite Makers\n"
        "Photo: Children fly kites over the sea wall.\n"
        "Children fly kites over the sea wall.\n"
    )
    assert parse_text(text).title is None


def test_a_body_s_name_right_over_the_headline_over_a_related_story_box_is_not_the_title():
    text = (
        "Kelmer Harbour Board\n"
        "Ferry fares to rise for island residents next spring\n\n"
        "Transport\n"
        "Bus lanes planned for the coast road\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    assert parse_text(text).title == "Ferry fares to rise for island residents next spring"


def test_a_short_question_then_a_long_phrase_opening_the_page_is_the_title():
    line = "Sailing Sunday? Pack a coat for the squalls and the cold wind — Here’s the forecast"
    text = f"{line}\n\n{BODY}\n\n{BODY2}\n"
    assert parse_text(text).title == line


def test_a_question_naming_whom_it_asks_opening_the_page_over_a_paragraph_is_the_title():
    line = "We put it to fifty of our readers: What is the harbour for?"
    text = f"{line}\n{BODY}\n{BODY2}\n"
    assert parse_text(text).title == line


def test_a_ward_s_name_over_a_run_of_coded_one_line_items_is_a_heading():
    east = "\n\n".join(["B-12 Quay Street", "B-14 Mill Lane", "C-3 Harbour Row", "C-7 Dock Road, Kelmer", "L-2201-1 Fennick"])
    west = "\n\n".join(["B-20 Chapel Hill", "B-21 Strand", "C-9 Old Pier Road", "L-3105-2 Moorgate", "L-3107-1 Ashby Upper"])
    text = (
        "Resurfacing will start on a series of streets in the town from Monday morning.\n\n"
        f"{BODY}\n\n"
        f"Kelmer Harbour Ward - East\n\n{east}\n\n"
        f"Kelmer Harbour Ward - West\n\n{west}\n"
    )
    found = headings(text)
    assert "Kelmer Harbour Ward - East" in found
    assert "Kelmer Harbour Ward - West" in found
    assert "B-12 Quay Street" not in found


def test_a_name_over_a_table_laid_flat_under_its_column_names_is_a_heading():
    cells = "\n\n".join(["09:00", "UK", "Harbour Freight Index (Mar)", "2.1%", "1.8%", "11:30", "UK", "Ferry Bookings (Mar)", "-0.4%", "0.6%"])
    text = (
        "Freight rates climb as the harbour reopens\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        f"Week's Main Releases\n\nTime Region Release Forecast Previous\n\n{cells}\n"
    )
    assert "Week's Main Releases" in headings(text)


def test_the_cells_of_a_table_laid_flat_are_no_headings():
    cells = "\n\n".join(["09:00", "UK", "Harbour Freight Index (Mar)", "2.1%", "1.8%", "11:30", "UK", "Ferry Bookings (Mar)", "-0.4%", "0.6%"])
    text = (
        "Freight rates climb as the harbour reopens\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        f"Week's Main Releases\n\nTime Region Release Forecast Previous\n\n{cells}\n"
    )
    assert headings(text) == [None, "Week's Main Releases"]


def test_a_recipe_s_label_over_two_short_items_beside_a_long_list_still_heads_it():
    text = (
        "Harbour fish soup for a cold night\n\n"
        f"{BODY}\n\n"
        "Ingredients:\n\n- White fish\n- Sea salt\n\n"
        "Method:\n\n- Simmer the fish gently in the stock for twenty minutes until it flakes.\n"
        "- Season with the salt and serve it at once with warm bread and butter.\n"
    )
    assert headings(text) == [None, "Ingredients", "Method"]


def test_a_headline_over_its_photo_credit_in_a_story_with_a_few_pictures_stays_the_title():
    text = (
        "Harbour Fair Opens\nPhoto: Ann Lee\n\n"
        + "\n\n".join([BODY, BODY2] * 4)
        + "\n\nBrass Section\nPhoto: Jan Kos\n\n"
        + "\n\n".join([BODY, BODY2] * 4)
        + "\n\nKite Makers\nPhoto: Jan Kos\n\n"
        + "\n\n".join([BODY, BODY2] * 4)
        + "\n"
    )
    assert parse_text(text).title == "Harbour Fair Opens"


def test_a_headline_over_its_standfirst_section_and_date_lines_stacked_is_the_title():
    text = (
        "How Ferry Timetables Are Drawn Up and Who Signs Them Off\n"
        "A short guide to one of the harbour board's quieter duties.\n"
        "Harbour Affairs — Guide\n"
        "Published 14 March 2026\n\n"
        "Why the timetable matters\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "Who signs it off\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "How Ferry Timetables Are Drawn Up and Who Signs Them Off"
    assert "Why the timetable matters" in [s.heading for s in briefing.sections]
    assert "Published 14 March 2026" in briefing.sections[0].text


def test_a_site_name_over_a_menu_label_and_a_kicker_leaves_the_headline_the_title():
    text = (
        "HarbourBeat\nIn primo piano\nGuide\n\n"
        "How the winter ferry timetable is decided\n\n"
        "By HarbourBeat Staff · 3 March 2026\n\n"
        f"{BODY}\n\n"
        "Who sets the dates\n\n"
        f"{BODY2}\n\n"
        "What passengers can change\n\n"
        f"{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "How the winter ferry timetable is decided"
    assert "HarbourBeat" in briefing.sections[0].text
    assert [s.heading for s in briefing.sections] == [None, "Who sets the dates", "What passengers can change"]


def test_a_list_of_contents_over_the_first_heading_is_no_masthead():
    text = (
        "Contents\nBackground\nCosts\n\n"
        "The harbour plan in short for readers\n\n"
        f"{BODY}\n\nBackground\n\n{BODY2}\n\nCosts\n\n{BODY}\n"
    )
    assert parse_text(text).title != "The harbour plan in short for readers"


def test_a_round_up_s_section_heading_over_a_venue_in_its_town_and_country_heads_both():
    text = (
        "Skip to content\n\n"
        "The best new ferry terminals opening in 2027\n\n"
        "Velmora Ferry Terminal opening 2027 - Glass hall with a curved timber roof and wide quays beside the water at dawn.\n\n"
        "We look at the harbour buildings changing how islanders travel in the year ahead\n\n"
        "Velmora Ferry Terminal\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "New terminals for 2027\n\n"
        "Centre for Island Travel (CIT) in Velmora, Arland\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "New terminals for 2027", "Centre for Island Travel (CIT) in Velmora, Arland"]


def test_a_caption_naming_a_place_after_a_comma_in_small_letters_is_no_heading():
    assert heading_shape_of("Crowds at the quay in Velmora, Arland") is None
    assert heading_shape_of("Centre for Island Travel in Velmora, Arland") == "title"


def heading_shape_of(line: str) -> str | None:
    from briefing_tui.core.parsing.headings import heading_shape

    return heading_shape(line)


def test_a_caption_under_alt_text_that_opens_with_its_name_is_no_heading_among_headings():
    text = (
        "Harbour town opens its new concert hall\n\n"
        "Quayside Hall opening 2027 - Wide glass front with a copper roof beside the harbour wall at dusk.\n\n"
        "Quayside Hall\n\n"
        f"{BODY}\n\nWhat Comes Next\n\n{BODY2}\n\nThe Cost\n\n{BODY}\n"
    )
    assert headings(text) == [None, "What Comes Next", "The Cost"]


def test_a_box_of_other_stories_after_the_article_heads_nothing_but_an_empty_one_ends_nothing():
    boxed = (
        "Ferry line adds a winter route\n\n"
        f"{BODY}\n\n{BODY2}\n\nMost Read\n\n"
        "1. A ferry at the quay in Tarrow, Wales.\nTravel\n\nWhy the Harbour Line Runs Late\n\n"
        f"{BODY2}\n\n2. A bus stop outside the station in Kessa\nCities\n\nThe Towns That Lost Their Trains\n\n{BODY}\n"
    )
    assert headings(boxed) == [None]
    empty = (
        "Ferry line adds a winter route\n\n"
        f"{BODY}\n\nTrending Now\n\n{BODY2}\n\nWhat Comes Next\n\n{BODY}\n\nThe Cost\n\n{BODY2}\n"
    )
    assert headings(empty)[-2:] == ["What Comes Next", "The Cost"]


def test_a_page_s_stamp_weather_box_picture_file_and_empty_box_are_no_headings():
    for line in ("Updated", "Weather Alert", "HARBOUR FIRE WEB PHOTO.jpg", "About the Writer\n\nMost Read"):
        assert headings(line_in_story(line)) == [None], line


def test_a_team_sheet_s_lists_of_names_under_a_label_are_no_headings():
    text = (
        "Ferry line adds a winter route\n\n"
        f"{BODY}\n\nKessa Hale; Orme, Penn, Tarr; Voss, Wynn, Yale, Zorn; Abbot; Bryce, Crane.\n\n"
        "Subs: Dale, Eames, Frost, Grey, Holt, Irwin.\n\n"
        "Tarrow Lind; Moss, Nash, Oakes, Pryce; Quinn, Rees; Shaw, Tate, Urwin; Vance.\n\n"
        "Subs: Ward, Yates, Ames, Birch, Cole.\n\n"
        f"{BODY2}\n\n{BODY}\n"
    )
    assert headings(text) == [None]


def test_a_clause_telling_the_news_under_the_headline_is_the_standfirst_not_a_heading():
    text = (
        "Ferry fines: the full list of new penalties for the harbour line\n\n"
        "Heavy penalties are being brought in at once\n\n"
        f"{BODY}\n\n{BODY2}\n\nFace masks\n\n{BODY}\n\nLate tickets\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "Face masks", "Late tickets"]
    assert briefing.sections[0].text.startswith("Heavy penalties are being brought in at once")


def test_a_caption_marked_as_a_stock_picture_is_no_heading():
    assert headings(line_in_story("Harbour ferries moored at dusk (stock)")) == [None]


def test_a_heading_opening_with_a_figure_and_its_unit_in_one_word_heads_its_part():
    text = (
        "Ferry fines: the full list of new penalties\n\n"
        f"{BODY}\n\nFace masks\n\n{BODY2}\n\n8km harbour limit\n\n{BODY}\n\nLate tickets\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "Face masks", "8km harbour limit", "Late tickets"]
    recipe = f"Harbour scones\n\n{BODY}\n\n500g flour\n\n{BODY2}\n"
    assert headings(recipe) == [None]


def test_a_page_s_trail_ending_with_the_headline_or_a_kicker_opening_it_is_no_title():
    trail = f"Home » Travel » Ten things to know about the harbour line\nCoast Ferries Travel\n\nTen things to know about the harbour line\n\n{BODY}\n\nThe basics\n\n{BODY2}\n"
    briefing = parse_text(trail)
    assert briefing.title == "Ten things to know about the harbour line"
    assert [s.heading for s in briefing.sections] == [None, "The basics"]
    assert "Home » Travel »" in briefing.sections[0].text  # no word lost
    kicker = f"Harbour Bill 2026\n\nHarbour Bill 2026: Ten ways it changes the quay\n\n{BODY}\n\nWhat it costs\n\n{BODY2}\n"
    briefing = parse_text(kicker)
    assert briefing.title == "Harbour Bill 2026: Ten ways it changes the quay"
    assert [s.heading for s in briefing.sections] == [None, "What it costs"]


def test_an_advertisement_s_slot_numbers_over_the_headline_are_no_title():
    text = f"224051\n227933\nWorld\n\nFerry captain retires\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title == "Ferry captain retires"
    assert [s.heading for s in briefing.sections] == [None]


def test_a_community_site_s_box_of_posts_and_writers_head_nothing():
    text = (
        "Holiday advice for harbour drivers\n\nAnn Lee from Harbourly.co.nz\n\n"
        f"{BODY}\n\n{BODY2}\n\nCollage image\n\nMore messages from your neighbours\n\n1 day ago\n\n"
        "Best way to use leftovers?\n\nThe Team from Harbourly.co.nz\n\nShare your ideas below.\n"
    )
    assert headings(text) == [None]


def test_what_follows_a_paper_s_published_in_note_heads_nothing():
    text = (
        f"Ferry line adds a winter route\n\n{BODY}\n\n{BODY2}\n\nAnn Lee\n\nTarrow\n\n"
        "Published in Harbour Post, March 3rd, 2026\n\nOpinion\n\nEditorial\n\n"
        f"Quay reform\n02 Mar, 2026\n\nQuay reform\n\n{BODY2}\n"
    )
    assert headings(text) == [None]


def test_a_writer_s_name_and_rank_run_together_and_a_link_s_lone_lead_in_are_no_headings():
    for line in ("Ann Tarrow Senior Reporter", "For more information visit"):
        assert headings(line_in_story(line)) == [None], line


def test_an_archive_notice_over_the_headline_is_no_title_and_a_call_to_follow_no_heading():
    text = (
        "Please note: this is an archived news release\n\n"
        "This article was published on Monday, 4 May, 2015. The information may be out of date.\n\n"
        f"Ferry grants close soon\n\n{BODY}\n\n{BODY2}\n\n"
        f"Want to get the latest news and events in your Facebook feed?\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Ferry grants close soon"
    assert [s.heading for s in briefing.sections] == [None]
    assert "archived news release" in briefing.sections[0].text


def test_a_line_over_a_headline_the_page_prints_twice_is_no_title():
    text = f"How to help the flood towns\n\nFerry crews mark a quiet winter\n\nFerry crews mark a quiet winter\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title == "Ferry crews mark a quiet winter"
    assert "How to help the flood towns" in briefing.sections[0].text


def test_an_empty_box_with_its_own_link_words_ends_nothing():
    text = (
        f"Harbour budget: what it means for you\n\n{BODY}\n\nFerry fares\n\n{BODY2}\n\n"
        f"You may also like\n\nRead more from Politics\n\n{BODY}\n\nChildcare help\n\n{BODY2}\n"
    )
    assert headings(text) == [None, "Ferry fares", "Childcare help"]


def test_a_lone_question_whose_comma_lists_heads_its_part_and_a_turn_of_talk_does_not():
    assert headings(line_in_story("Why are wheat, barley prices falling and will the slide last?"))[1:] == [
        "Why are wheat, barley prices falling and will the slide last?"
    ]
    for talk in ("What is the plan, and who pays for it?", "Well, what happens to the ferry now?", "How do you feel about it, Mara?"):
        assert headings(line_in_story(talk)) == [None], talk


def test_weekdays_alone_with_a_colon_head_a_weekend_list():
    text = (
        "Things to do in Orvane this weekend\n\nHere is what is on across the valley:\n\n"
        "Friday:\n\n- The Kessa Players open a new show at the Mill Hall.\n\n"
        "Saturday:\n\n- A food market fills the square.\n\n- The river run starts at nine.\n\n"
        "Sunday:\n\n- The choir sings at St Aldo's.\n"
    )
    assert headings(text)[1:] == ["Friday:", "Saturday:", "Sunday:"]


def test_the_last_of_three_headings_in_capitals_stacked_over_the_text_heads_it():
    text = (
        "Kessa team news for the weekend\n\n"
        "The managers spoke to the press on Thursday and gave news of their squads ahead of the weekend games.\n\n"
        "KEY UPDATES FROM THURSDAY\n\nTHURSDAY’S PRESS CONFERENCE TIMES\n\nORVANE ROVERS\n\n"
        "The Orvane Rovers boss said there were no new injuries ahead of the trip to the coast on Saturday.\n\n"
        "TARROW UNITED\n\nTwo players remain out with knee injuries, while a third serves the second match of a ban.\n"
    )
    assert headings(text)[1:] == ["ORVANE ROVERS", "TARROW UNITED"]


def test_a_page_s_skip_link_or_back_link_over_the_headline_is_no_title():
    for link in ("Skip to page content", "Back to News Listing", "Skip to main navigation"):
        briefing = parse_text(f"{link}\n\nFerry line adds a winter route to Kessa\n\n{BODY}\n\n{BODY2}\n")
        assert briefing.title == "Ferry line adds a winter route to Kessa", link


def test_a_headline_opening_with_a_sum_of_money_heads_its_brief_and_a_price_line_does_not():
    text = (
        f"Research news from Kessa\n\n{BODY}\n\nKVU wins £1.6m in grants over the spring\n\n"
        "Kessa Valley University received £1.6 million in awards in April and May, its highest total yet.\n\n"
        "£4.5m gift funds a new lab at Orvane College\n\n"
        "Orvane College received a gift of £4.5 million from a former student for its new science lab.\n"
    )
    assert headings(text)[1:] == ["KVU wins £1.6m in grants over the spring", "£4.5m gift funds a new lab at Orvane College"]
    assert headings(line_in_story("$10 for adults and $5 for children")) == [None]


def test_a_kicker_the_headline_names_under_an_advertisement_label_is_no_title():
    text = f"Advertisement\n\nKFA\n\nYour KFA Cup Weekend Review from Kessa\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title == "Your KFA Cup Weekend Review from Kessa"
    assert [s.heading for s in briefing.sections] == [None]


def _title_and_headings(text: str) -> tuple[str | None, list[str | None], str]:
    briefing = parse_text(text)
    return briefing.title, [s.heading for s in briefing.sections], " ".join(s.text for s in briefing.sections)


def test_a_page_line_or_the_authors_names_over_the_headline_give_the_title_back_to_it():
    for top in ("Back", "412", "• Writer's pictureThe Harbour Post", "Mira Solen and Tobias Venn"):
        title, heads, text = _title_and_headings(f"{top}\n\nFerry line adds a winter route for island towns\n\n{BODY}\n\n{BODY2}\n")
        assert title == "Ferry line adds a winter route for island towns", top
        assert "Ferry line adds a winter route for island towns" not in heads, top
        assert top.split()[-1] in text, top  # the line above is kept, at the lead's start


def test_a_real_short_title_over_a_first_heading_stays_the_title():
    title, heads, _ = _title_and_headings(f"Harbour budget explained\n\nWhat the new levy means for you\n\n{BODY}\n\nWho pays\n\n{BODY2}\n")
    assert title == "Harbour budget explained"
    assert "What the new levy means for you" in heads


def test_a_headline_printed_twice_is_one_title_and_no_heading():
    title, heads, _ = _title_and_headings(
        f"How the ferry timetable changes work\n\nBy Harbour Post Staff · 3 May 2026\n\nHow the ferry timetable changes work\n\n{BODY}\n\nWhat changes\n\n{BODY2}\n"
    )
    assert title == "How the ferry timetable changes work"
    assert "How the ferry timetable changes work" not in heads


def test_places_in_capitals_heading_a_round_up_are_headings_from_the_first():
    text = f"SLIGO\n\n{BODY}\n\nWEXFORD\n\n{BODY2}\n\nDONEGAL\n\n{BODY}\n"
    assert headings(text)[:3] == ["SLIGO", "WEXFORD", "DONEGAL"]


def test_a_line_set_in_under_a_list_item_is_no_heading():
    box = "".join(f"  • {town}\n\n    Light showers\n\n    High: 9°C | Low: 4°C\n\n" for town in ("Kellow", "Dunmore", "Ashby"))
    text = f"Ferry line adds a winter route\n\n{BODY}\n\n{BODY2}\n\nIsland Weather\n\n{box}"
    assert "Light showers" not in headings(text)


def test_a_stamp_label_over_its_date_over_the_headline_opens_the_lead():
    title, heads, text = _title_and_headings(
        f"Last updated:\n\n3rd March 2026\n\nHow to report a blocked drain near your home\n\n{BODY}\n\nWho fixes it\n\n{BODY2}\n"
    )
    assert title == "How to report a blocked drain near your home"
    assert "Who fixes it" in heads and "3rd March 2026" in text


def test_a_radio_player_a_menu_button_and_a_logo_alt_text_over_the_headline_are_no_title():
    for top in (
        "On Air Now Mira Solen 9:00am - Noon Email\nNow Playing Harbour FM Breakfast Download",
        "Toggle mobile menu visibility",
        "Harbour Post logo - horizontal-resized",
    ):
        title, heads, text = _title_and_headings(f"{top}\n\nHarbour ferry fares to rise in the spring\n\n{BODY}\n\n{BODY2}\n")
        assert title == "Harbour ferry fares to rise in the spring", top
        assert not any(h and h.startswith(("Now Playing", "Toggle", "Harbour Post logo")) for h in heads), top
        assert top.split()[0] in text, top


def test_a_stock_library_s_name_under_a_picture_is_a_credit_and_no_heading():
    heads = headings(line_in_story("Adobe Stock")) + headings(line_in_story("iStock"))
    assert "Adobe Stock" not in heads and "iStock" not in heads
    for credit in ("Wikimedia Commons", "Flickr"):
        assert credit not in headings(between_headings(credit)), credit
    assert "How Pexels changed photography" in headings(between_headings("How Pexels changed photography"))


def test_a_banner_sending_the_reader_to_a_site_is_no_heading_and_the_heading_under_it_stands():
    text = f"Ferry line adds a winter route\n\n{BODY}\n\nStay safe this winter, visit harbourready.org.nz\n\nHow to apply for the ferry pass\n\n{BODY2}\n"
    heads = headings(text)
    assert "Stay safe this winter, visit harbourready.org.nz" not in heads
    assert "How to apply for the ferry pass" in heads


def test_a_picture_s_file_name_and_a_post_s_credit_are_no_headings():
    assert "HbX7qLm2pQ9rT 1" not in headings(line_in_story("HbX7qLm2pQ9rT 1"))
    assert "Kellow Rovers FC - Instagram" not in headings(line_in_story("Kellow Rovers FC - Instagram"))
    assert "Kellow Rovers and the long season" in headings(between_headings("Kellow Rovers and the long season"))


def test_a_copyright_notice_and_a_section_label_with_its_day_over_the_headline_are_no_title():
    title, heads, text = _title_and_headings(f"© Copyright\nHarbour News 14 March\n\nKellow wins the island regatta again\n\n{BODY}\n\n{BODY2}\n")
    assert title == "Kellow wins the island regatta again"
    assert "Kellow wins the island regatta again" not in heads and "Copyright" in text


def test_a_row_of_a_page_s_buttons_over_the_headline_is_no_title():
    title, _, text = _title_and_headings(f"Menu Close\n\nKellow fans cheer a first home win\n\nKellow Rovers FC - Instagram\n\n{BODY}\n\n{BODY2}\n")
    assert title == "Kellow fans cheer a first home win" and "Menu Close" in text


def test_an_article_with_headings_of_its_own_and_a_few_labelled_paragraphs_keeps_its_headings():
    text = (
        f"Harbour council approves new ferry plan\n\n{BODY}\n\n"
        "Why it matters: The ferry carries two thousand people a day and the old boats are failing.\n\n"
        f"What happens next\n\n{BODY2}\n\nThe cost to ratepayers\n\n{BODY}\n\n"
        "Go deeper: The council's report on its website has the full figures.\n"
    )
    heads = headings(text)
    assert "What happens next" in heads and "The cost to ratepayers" in heads
    briefing = parse_text(text)
    assert "Why it matters" in " ".join(s.text for s in briefing.sections)  # the label stays a word of its paragraph


def test_a_smart_brevity_brief_of_labels_alone_keeps_its_labels_as_parts():
    text = (
        f"Harbour ferry plan\n\n{BODY}\n\nWhy it matters: The ferry carries two thousand people a day.\n\n"
        "The big picture: Island towns have lost three routes since 2020.\n\nWhat's next: A vote in May.\n"
    )
    assert headings(text)[1:] == ["Why it matters", "The big picture", "What's next"]


def test_a_link_to_the_site_s_other_pages_over_the_headline_is_no_title():
    for top in ("All Stories", "More Guides"):
        title, heads, text = _title_and_headings(f"{top}\n\nFerry Line Adds a Winter Route\n\nHarbour Policy Desk\n\n{BODY}\n\nWhat comes next\n\n{BODY2}\n")
        assert title == "Ferry Line Adds a Winter Route", top
        assert top in text and "Ferry Line Adds a Winter Route" not in heads


def test_a_caption_told_again_by_the_next_paragraph_is_no_heading():
    told = "Harbour Master Orvik cuts the ribbon to open the new ferry pier on Monday, with the mayor and 200 guests watching."
    text = between_headings(f"Harbour Master Orvik cutting the ribbon\n\n{told}")
    assert "Harbour Master Orvik cutting the ribbon" not in headings(text)
    assert "Pier Opening" in headings(between_headings(f"Pier Opening\n\n{told}"))
    assert "Planning the winter timetable" in headings(between_headings("Planning the winter timetable\n\nThe planners will publish the winter timetable for the ferries in May, after a month of talks with the towns."))


def test_numbered_marked_questions_head_their_answers_answered_by_a_mark_or_not():
    text = (
        f"Ferry questions answered\n\n{BODY}\n\n"
        f"Q1: We travel daily. Which pass should we buy?\n\nA: The monthly pass costs least for daily trips.\n\n"
        f"Q2: Can bikes go on the winter route?\n\n{BODY2}\n"
    )
    heads = headings(text)
    assert "Q1: We travel daily. Which pass should we buy?" in heads and "Q2: Can bikes go on the winter route?" in heads


def test_a_report_s_decimal_numbered_parts_are_headings():
    ordered = f"Harbour Board report\n\n{BODY}\n\n1.0 Purpose\n\n{BODY2}\n\n2.0 Recommendation\n\n{BODY}\n"
    assert headings(ordered)[1:] == ["1.0 Purpose", "2.0 Recommendation"]
    stacked = f"Harbour Board report\n\nPublished 2 May 2024\n\n1. Summary\n\n1.1 Background and method\n\n{BODY}\n\n{BODY2}\n"
    assert headings(stacked)[-2:] == ["1. Summary", "1.1 Background and method"]
    contents = f"Harbour Board report\n\n{BODY}\n\n1.1 Purpose\n\n1.2 Costs\n\n1.3 Risks\n\n{BODY2}\n"
    assert not [h for h in headings(contents) if h and h[0].isdigit()]


def test_a_picture_s_description_for_those_who_cannot_see_it_is_no_heading():
    for line in ("Decorative banner with waves in blue", "Image of the ferry pier at dusk"):
        assert line not in headings(between_headings(line)), line


def test_two_parts_named_by_places_with_a_colon_are_headings_but_two_named_by_words_are_not():
    by_place = f"New rules for the new year\n\n{BODY}\n\nOntario: Fewer fireworks in towns\n\n{BODY2}\n\n{BODY}\n\nManitoba: Longer hours for libraries\n\n{BODY2}\n"
    assert headings(by_place)[1:] == ["Ontario: Fewer fireworks in towns", "Manitoba: Longer hours for libraries"]
    by_word = f"New rules for the new year\n\n{BODY}\n\nBread: cloud hosting for towns\n\n{BODY2}\n\n{BODY}\n\nButter: libraries open longer\n\n{BODY2}\n"
    assert headings(by_word) == [None]


def test_a_press_release_s_label_and_stamp_over_its_headline_are_no_title_and_a_follow_button_no_heading():
    title, heads, text = _title_and_headings(
        f"Press Releases\n\nHero image\nFor immediate release\n5/18/24\n\nKellow paper wins the island's top award\n\n{BODY}\n\n{BODY2}\n"
    )
    assert title == "Kellow paper wins the island's top award"
    assert "For immediate release" in text
    assert "Click to follow" not in headings(between_headings("Click to follow"))


def test_a_short_label_over_a_part_s_heading_and_a_part_over_a_name_that_stands_alone_again_all_head():
    text = (
        f"The two sides meet on Friday in a friendly that both sides need before the summer tournament.\n\n"
        f"Match Preview\n\nKellow's Road to the Island Cup\n\n{BODY}\n\n"
        f"Team Form\n\nNorway\n\n{BODY2}\n\nChile\n\n{BODY}\n\n"
        f"Team News\n\nNorway\n\n{BODY2}\n\nChile\n\n{BODY}\n"
    )
    heads = headings(text)
    assert heads[1:] == ["Match Preview", "Kellow's Road to the Island Cup", "Team Form", "Norway", "Chile", "Team News", "Norway", "Chile"]


def test_a_few_labelled_lines_among_a_story_s_paragraphs_make_no_memo():
    text = (
        "Harbour fair returns after three years\n\n"
        + "\n\n".join([BODY, BODY2, BODY, BODY2, BODY, BODY2])
        + "\n\nWHEN: The fair opens at noon on Saturday and runs until the evening fireworks.\n\n"
        "WHERE: Stalls line the quay from the ferry pier to the old harbour master's house.\n"
    )
    briefing = parse_text(text)
    assert briefing.format != "memo"
    assert briefing.title == "Harbour fair returns after three years"


def test_the_headline_again_under_a_page_s_widget_or_a_shorter_form_is_no_heading():
    widget = f"Ferry Line Adds a Winter Route to the Islands\n\nNow Reading :\n\nFerry Line Adds a Winter Route to the Islands\n\nText size Aa Aa\n\n{BODY}\n\n{BODY2}\n"
    shorter = (
        "Harbour Cup Team News: Predicted Sides for the Final\nHarbour Cup Team News: Predicted Sides\n\n"
        f"Harbour Cup Team News: Predicted Sides for the Final\n\n{BODY}\n\nInjury Updates\n\n{BODY2}\n"
    )
    for text, title in ((widget, "Ferry Line Adds a Winter Route to the Islands"), (shorter, "Harbour Cup Team News: Predicted Sides for the Final")):
        briefing = parse_text(text)
        assert briefing.title == title
        assert title not in [s.heading for s in briefing.sections]
    assert "Injury Updates" in headings(shorter)


def test_the_sections_a_page_files_a_story_under_are_no_title():
    text = f"Business / World News / Lifestyle / Local News\n\nThe Latest: Ferry line adds a winter route to the islands\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title == "The Latest: Ferry line adds a winter route to the islands"
    assert "The Latest: Ferry line adds a winter route to the islands" not in [s.heading for s in briefing.sections]


def test_a_note_of_when_a_story_was_published_or_a_feature_is_unavailable_is_no_heading():
    text = (
        "Harbour Cup predictions from our panel\n\nWe’re sorry, this feature is currently unavailable. "
        "We’re working to restore it. Please try again later.\n\nAdvertisement\n\nThis was published 9 years ago\n\n"
        f"Harbour Cup predictions from our panel\n\n{BODY}\n\n{BODY2}\n"
    )
    assert [h for h in headings(text) if h] == []


def test_a_blog_s_archive_label_and_a_plea_for_ads_over_the_headline_are_no_title():
    archive = f"Category Archives: Harbour Club News\n\nAll Harbour Club and League News\n\nFerry line adds a winter route to the islands\n\n{BODY}\n\n{BODY2}\n"
    tag = f"Tag Archives: ferries\n\nFerry line adds a winter route to the islands\n\n{BODY}\n\n{BODY2}\n"
    plea = (
        "By allowing ads to appear on this site, you support the local businesses who, in turn, support local journalism.\n\n"
        f"Ferry line adds a winter route to the islands\n\n{BODY}\n\n{BODY2}\n"
    )
    for text in (archive, tag, plea):
        briefing = parse_text(text)
        assert briefing.title == "Ferry line adds a winter route to the islands"
        assert [s.heading for s in briefing.sections if s.heading] == []


def test_a_caption_of_a_side_a_role_and_a_name_is_no_heading():
    text = (
        "Harbour Cup: Players To Watch\n\nKellow Rovers fullback Tobias Venn\n\n"
        f"{BODY}\n\n{BODY2}\n\nOrvane Hawks utility back Mateo Lind\n\n{BODY}\n\n"
        f"Translating Research into Practical Recommendations\n\n{BODY2}\n\n{BODY}\n"
    )
    found = headings(text)
    assert "Kellow Rovers fullback Tobias Venn" not in found and "Orvane Hawks utility back Mateo Lind" not in found
    assert "Translating Research into Practical Recommendations" in found


def test_fixtures_with_their_ground_and_kick_off_after_at_signs_head_their_previews():
    text = (
        f"Related News\n\nKellow v Orvane @Harbour Park @4pm on Aug.20\n\n{BODY}\n\n{BODY2}\n\n"
        f"Ashby v Dunmore @Riverside Ground @7:45pm on Aug.18\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    found = [s.heading for s in briefing.sections]
    assert "Kellow v Orvane @Harbour Park @4pm on Aug.20" in found
    assert "Ashby v Dunmore @Riverside Ground @7:45pm on Aug.18" in found


def test_a_site_s_part_of_two_things_under_its_skip_link_is_no_title():
    text = f"Skip to content\nBins and recycling\n\nMissed collections\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title == "Missed collections"
    assert "Missed collections" not in [s.heading for s in briefing.sections]


def test_a_page_of_briefs_each_a_place_in_capitals_over_its_headline_has_no_title():
    text = (
        f"KELLOW\n\nKellow man, 54, arrested after a chase on the trails\n\n{BODY}\n\n{BODY2}\n\n"
        f"ORVANE\n\nFirefighters lift man out of Orvane Harbour\n\n{BODY}\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    found = [s.heading for s in briefing.sections]
    assert "KELLOW" in found and "ORVANE" in found


def test_a_part_named_by_three_things_in_title_case_is_a_heading():
    text = f"Farmers count the cost of the dry year\n\n{BODY}\n\nDrought, Disease and Debt\n\n{BODY2}\n\nWhat Farmers Want Now\n\n{BODY}\n"
    assert headings(text)[1:] == ["Drought, Disease and Debt", "What Farmers Want Now"]


def test_a_dateline_with_its_agency_alone_on_its_line_is_no_heading():
    text = f"Ferry line adds a winter route\n\nBERLIN (dpa)\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections if s.heading] == []
    assert "BERLIN (dpa)" in briefing.sections[0].text


@pytest.mark.parametrize("line", ["WORTH SEEING?: ****1/2", "3For the full rules, visit", "@ Write to us", "Translate Page", "Listen Live"])
def test_a_rating_a_footnote_and_a_handle_s_line_are_no_headings(line):
    text = between_headings(line)
    assert line not in headings(text)
    assert line in parse_text(text).sections[1].text


def test_a_step_over_a_sentence_ending_in_a_web_address_is_a_heading():
    text = (
        f"How to apply for a Kellow permit\n\n{BODY}\n\nWhat You Need\n\n  • A valid ID\n  • An email address\n\n"
        "Step-by-Step: How to Apply for a Permit\n\nStep 1: Visit the Permit Portal\n\n"
        "Go to the council's own site: https://permits.kellow.example\n\nClick on Register to begin your application.\n\n"
        f"Step 2: Choose Your Permit\n\n{BODY2}\n"
    )
    found = headings(text)
    assert "Step-by-Step: How to Apply for a Permit" in found and "Step 1: Visit the Permit Portal" in found


def test_a_live_post_s_first_words_under_its_byline_are_no_heading():
    text = (
        "Harbour vote live: council splits over the ferry plan\n\n"
        f"The final vote?\n\nBy Tova Lind\n\nSo what tipped the vote at the end?\n\n{BODY}\n\n"
        f"Ferry chief speaks\n\nBy Tova Lind\n\n{BODY2}\n\n{BODY}\n"
    )
    found = headings(text)
    assert "The final vote?" in found and "Ferry chief speaks" in found
    assert "So what tipped the vote at the end?" not in found


def test_a_part_about_a_side_over_its_first_sub_heading_is_no_signature():
    long_paragraph = (
        "Kellow Rovers will go head to head with Orvane Town on Saturday afternoon as they look to keep "
        "their run going after a fine week in which they won twice away from home."
    )
    text = (
        f"{long_paragraph}\n\n{BODY}\n\nKellow Rovers Team News\n\nLind out for the season\n\n{BODY2}\n\n"
        f"Orvane Town Team News\n\n{BODY}\n"
    )
    found = headings(text)
    assert "Kellow Rovers Team News" in found and "Lind out for the season" in found


def test_a_round_up_s_parts_named_by_places_with_longer_headlines():
    text = (
        f"Kellow, Orvane, Tarvo: Campus News\n\n{BODY}\n\nKellow: Two new colleges named after local writers\n\n{BODY2}\n\n"
        f"Read the full story >\n\nOrvane: Harbour wins the student sailing cup again\n\n{BODY}\n\n"
        f"Read the full story >\n\nTarvo: Minority groups more likely to apply to college now\n\n{BODY2}\n"
    )
    found = headings(text)
    assert "Orvane: Harbour wins the student sailing cup again" in found
    assert "Tarvo: Minority groups more likely to apply to college now" in found


def test_a_listing_s_headlines_each_over_its_date_head_their_posts():
    text = (
        "Media releases: 2031\n\nHarbour study finds gene tied to sleep\n\nJanuary 11, 2031\n\n"
        f"{BODY}\n\nMandatory ferry checks are about safety, not just cost\n\nJanuary 10, 2031\n\n{BODY2}\n\n"
        "Ann Lee\n\nJanuary 9, 2031\n\n"
        f"{BODY}\n"
    )
    found = headings(text)
    assert "Harbour study finds gene tied to sleep" in found
    assert "Mandatory ferry checks are about safety, not just cost" in found
    assert "Ann Lee" not in found
    assert "January 10, 2031" in parse_text(text).sections[1].text


def test_a_day_alone_over_a_fixture_heads_the_day_s_matches():
    text = (
        f"Team news for the weekend\n\n{BODY}\n\nSaturday\n\nKellow Rovers v Orvane Town\n\n{BODY2}\n\n"
        f"Ashby United v Tarvo Athletic\n\n{BODY}\n"
    )
    found = headings(text)
    assert found[1:] == ["Saturday", "Kellow Rovers v Orvane Town", "Ashby United v Tarvo Athletic"]


def test_live_entries_stamped_with_a_dash_and_three_things_with_a_capital_and():
    text = (
        f"Live: Kellow by-election count\n\n{BODY}\n\n4:15 p.m. – New orders for Orvane\n\n{BODY2}\n\n"
        f"2:50 p.m. – Air quality warning\n\n{BODY}\n\nRain, Mud And Music\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["Rain, Mud And Music"]  # the times and what follows them head nothing


@pytest.mark.parametrize("line", ["HANDOUT/REUTERS", "Police handout/AFP", "Connect with us", "A woman holding a banner outside the depot"])
def test_a_handout_credit_a_page_s_social_box_and_a_picture_s_description_are_no_headings(line):
    assert line not in headings(between_headings(line))


@pytest.mark.parametrize("line", ["A guide to building a budget", "A home with history"])
def test_a_thing_and_what_it_is_for_is_still_a_heading(line):
    assert line in headings(between_headings(line))


def test_a_headline_of_two_parts_under_a_date_over_numbered_tips_is_the_title():
    text = (
        "Monday, March 3, 2031\n\nHeating bill worries: your winter savings plan\n\n"
        f"{BODY}\n\n1 Close the curtains early\n\n{BODY2}\n\n2 Wear a thicker jumper\n\n{BODY}\n\n"
        f"3 Fix the draughts under the doors\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Heating bill worries: your winter savings plan"
    assert [s.heading for s in briefing.sections][1:] == ["1 Close the curtains early", "2 Wear a thicker jumper", "3 Fix the draughts under the doors"]
    assert "Monday, March 3, 2031" in briefing.sections[0].text


def test_a_site_user_s_name_in_small_letters_is_a_byline():
    text = f"Summer cricket: bold calls for the season\n\nBy kellowfan / Site Rookie\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.byline == "kellowfan / Site Rookie"
    assert "By kellowfan / Site Rookie" not in headings(text)


def test_a_short_field_under_other_fields_is_no_heading_and_the_next_part_is_found():
    text = (
        f"Who will win the Kellow Cup\n\n{BODY}\n\nOrvane\n\n{BODY2}\n\n"
        f"Strengths: {BODY}\n\nKey players: Ann Lee, Tom Reed, Jo Marsh\n\nLikely finish: Semi-finals\n\n"
        f"Tarvo\n\n{BODY2}\n\nStrengths: {BODY}\n\nKey players: Ivo Kent, Ben Hale\n\nLikely finish:  Champions\n"
    )
    found = headings(text)
    assert not [h for h in found if h and h.startswith("Likely finish")]


def test_events_each_over_its_day_and_hours_head_a_what_s_on_list():
    text = (
        f"Things to do this weekend\n\n{BODY}\n\n"
        "Spring Fair at Kellow Park -\nMarch 23 | 10:00 a.m. — 2:00 p.m.\nStalls, music and food for the family.\n\n"
        "Orvane Choir Concert at the Town Hall -\nMarch 24 | 7:00 p.m.\nThe choir sings its spring programme.\n"
    )
    assert headings(text)[1:] == ["Spring Fair at Kellow Park -", "Orvane Choir Concert at the Town Hall -"]


def test_a_live_blog_s_author_under_each_time_heads_nothing_and_the_headline_under_it_does():
    text = (
        "LIVE: Harbour town braces for the storm\nBy Tamsin Orrel\n"
        f"{BODY}\n{BODY2}\n"
        "21:22\nTamsin Orrel\nGoodnight\nWe are logging off for the night but we will be back from 7am with all the latest.\n"
        "20:36\nTamsin Orrel\nAnother harbour cafe preparing to shut its doors for the next three weeks until the storm has passed\n"
        "20:03\nIvo Marren\nCouncil shares an update on its services\n"
        f"{BODY}\n"
        "19:29\nTamsin Orrel\nThe ferry terminal is very quiet this evening ahead of the closures starting tomorrow\n"
        "19:17\nIvo Marren\nBus services\n"
        f"{BODY2}\n"
    )
    assert headings(text)[1:] == [
        "Goodnight",
        "Another harbour cafe preparing to shut its doors for the next three weeks until the storm has passed",
        "Council shares an update on its services",
        "The ferry terminal is very quiet this evening ahead of the closures starting tomorrow",
        "Bus services",
    ]


def test_numbered_headings_of_up_to_sixteen_words_without_a_full_stop_are_a_sequence():
    text = (
        "Trends in the race for endorsements\n\n"
        f"{BODY}\n\nSo here are some trends so far:\n\n"
        "1. Harbour towns and their councils are not excited about the ferry plan or the bridge\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "2. In the capital, centrist members really don't want the bridge … or the ferry or the tunnel\n\n"
        f"{BODY}\n\n"
        "3. The builders are looking pretty good\n\n"
        f"{BODY2}\n\n"
        "4. Many key parts of the coalition are divided or on the sidelines\n\n"
        f"{BODY}\n"
    )
    got = headings(text)
    assert got[-4:] == [
        "1. Harbour towns and their councils are not excited about the ferry plan or the bridge",
        "2. In the capital, centrist members really don't want the bridge … or the ferry or the tunnel",
        "3. The builders are looking pretty good",
        "4. Many key parts of the coalition are divided or on the sidelines",
    ]


NEWSLETTER_LINES = (
    "By TAMSIN ORREL\n"
    "10/11/2022 08:00 AM EDT\n"
    "The fund releases its updated outlook for the harbour economy this morning, along with its stability report.\n"
    "NEW AND IMPROVED HARBOUR APP: Stay up to speed with the newly updated mobile app, featuring timely news and insights.\n"
    "Driving the Day\n"
    "The fund releases its outlook at 9 a.m. and the regional figures follow at noon on Tuesday.\n"
    "HOLD THEIR FIRE — The chair is getting plenty of flak from nervous investors who worry he is going too far.\n"
    "Regulatory Corner\n"
    "A former regulator on Friday warned his old colleagues that they are wasting some of the new rules' promise.\n"
    "Fed File\n"
    "FIRST IN HB: CLIMATE PRINCIPLES — A group of consumer advocates, including several large groups, will urge action.\n"
    "The official said the path would be long and that the bank would stay the course for as long as needed.\n"
)


def test_a_newsletter_copied_without_blank_lines_is_no_memo_for_two_labels_run_in():
    from briefing_tui.core.parsing import detect_format

    assert detect_format(NEWSLETTER_LINES) != "memo"
    assert [h for h in headings(NEWSLETTER_LINES) if h] == ["Driving the Day", "Regulatory Corner", "Fed File"]


def test_a_date_written_with_slashes_and_its_time_is_no_heading():
    text = f"By Tamsin Orrel\n10/11/2022 08:00 AM EDT\n{BODY}\nDriving the Day\n{BODY2}\nFed File\n{BODY}\n"
    assert headings(text) == [None, "Driving the Day", "Fed File"]


def test_a_team_page_s_roster_of_roles_at_one_body_heads_nothing():
    roster = "".join(
        f"{quote}\n\n{name}\n\n{role}, Harbour Lab\n\n"
        for quote, name, role in (
            ("Critical thinking is a spark!", "Tamsin Orrel", "Head of Finance"),
            ("Have you tried turning it off and on again?", "Ivo Marren", "Journal Chief Editor"),
            ("Everything must be doubted.", "Lena Vask", "Co-Director"),
            ("Look at it from a different side!", "Omid Kastel", "Secretary General"),
        )
    )
    text = f"About the Harbour Lab\n\n{BODY}\n\nWhere We Come From\n\n{BODY2}\n\nOur Team\n\n{roster}{BODY}\n"
    assert headings(text)[1:] == ["Where We Come From", "Our Team"]
    # People heading what each wrote, by name and role, still head their parts.
    people = "".join(f"{name}, {role}\n\n{BODY}\n\n" for name, role in (("Julia Penn", "Product Designer"), ("Anne Vors", "Product Designer"), ("Mel Tarro", "Product Designer")))
    assert headings(f"Looking back\n\n{BODY2}\n\n{people}")[1:] == ["Julia Penn, Product Designer", "Anne Vors, Product Designer", "Mel Tarro, Product Designer"]


def test_a_link_under_a_related_label_is_no_heading():
    text = (
        f"Harbour fair opens its doors to traders\n\n{BODY}\n\nRelated\n\nStakeholders Invited To Join The Harbour Week\n\n"
        f"Related\n\nOnline Registration Now Operational\n\n{BODY2}\n\nWhat Comes Next\n\n{BODY}\n"
    )
    assert [h for h in headings(text) if h] == ["What Comes Next"]


def test_a_box_of_links_inside_a_wire_story_hides_only_its_links():
    text = (
        f"Harbour campaigns brace for the final sprint\n\nBy TAMSIN ORREL\n\n{BODY}\n\n{BODY2}\n\n"
        "RELATED COVERAGE\n\nHarbour council's capstone moment: the vote at the top of the ticket\n\n"
        "Mayor unharmed after a crash near the back of his convoy\n\n"
        f"{BODY}\n\n{BODY2}\n\nThe map settles on seven wards\n\n{BODY}\n\nHere's what the polls say\n\n{BODY2}\n"
    )
    assert [h for h in headings(text) if h] == ["The map settles on seven wards", "Here's what the polls say"]


def test_a_quoted_remark_and_its_source_heads_what_that_source_said():
    text = (
        f"Economists weigh in on the harbour jobs report\n\nBy Tamsin Orrel\n\n{BODY}\n\n"
        f"‘Ends the slump debate’: Harbour Accountants\n\n{BODY2}\n\n{BODY}\n\n"
        "Read More\n\nHarbour jobless rate drops as the port adds 8,000 jobs\n\nOmid Kastel: Keep out of the cafe's hiring\n\n"
        f"{BODY2}\n\n{BODY}\n\n"
        f"‘Difficult to have much confidence’: Kessa Bank\n\n{BODY}\n\n"
        f"‘Welcome upside surprise but cautiously optimistic’: Tarrow Economics\n\n{BODY2}\n"
    )
    assert [h for h in headings(text) if h] == [
        "‘Ends the slump debate’: Harbour Accountants",
        "‘Difficult to have much confidence’: Kessa Bank",
        "‘Welcome upside surprise but cautiously optimistic’: Tarrow Economics",
    ]


def test_read_more_over_a_link_is_no_heading_and_see_also_still_heads_its_links():
    text = (
        f"Ferry line adds a winter route\n\n{BODY}\n\nREAD MORE: Woman found alive five days after the harbour storm\n\n"
        f"WHO WAS INVOLVED?\n\n{BODY2}\n\nREAD MORE: Famous names revealed in the third batch of ferry papers\n\n{BODY}\n\n"
        f"WHAT'S NEXT\n\n{BODY2}\n"
    )
    assert [h for h in headings(text) if h] == ["WHO WAS INVOLVED?", "WHAT'S NEXT"]
    reference = f"Harbour towns of the coast\n\nHistory\n\n{BODY}\n\n{BODY2}\n\nSee also\n\n- Tarrow\n- Kessa\n\nReferences\n\n{BODY2}\n"
    assert "References" in headings(reference)  # "See also" opens no box of links over the rest


def test_the_line_under_each_slide_counter_heads_its_slide():
    slides = "".join(
        f"{n}/4\n{title}\n{body}\nAgencies\n"
        for n, title, body in (
            (1, "Not a flagship", BODY),
            (2, "\u200bPocket friendly", BODY2),
            (3, "Powerful package", BODY),
            (4, "Cheaper than the rest", BODY2),
        )
    )
    text = f"The harbour phone is here, all we know\nHarbour Online|\n09 Jun 2020, 02:32 PM IST\n{slides}"
    assert [h for h in headings(text) if h] == ["Not a flagship", "\u200bPocket friendly", "Powerful package", "Cheaper than the rest"]


def test_a_caption_s_credit_ends_its_paragraph_and_a_line_over_the_byline_is_the_standfirst():
    text = (
        "Harbour lodge reopens after a long revamp\n"
        "Coastal resort completes a sweeping overhaul after the devastating winter storm\n"
        "Author of the article:\nTamsin Orrel\nPublished Jun 05, 2026 • 3 minute read\n"
        f"{BODY}\n{BODY2}\n"
        "The new lobby offers guests picture-perfect views of the bay upon arrival. Supplied\n"
        "A design overhaul rooted in place\n"
        f"{BODY}\n"
        "The golf course was restored during the works on the lodge. Getty Images\n"
        "Wellness in the wilderness\n"
        f"{BODY2}\n"
    )
    assert [h for h in headings(text) if h] == ["A design overhaul rooted in place", "Wellness in the wilderness"]


def test_a_numbered_heading_opening_with_a_quotation_mark_stays_in_its_sequence():
    text = (
        "Five key plans in the harbour council's first speech\nBy Tamsin Orrel\n"
        f"{BODY}\n"
        "1. Smoking to be banned on the quay, with vapes also restricted\n"
        f"{BODY}\n"
        "2. ‘Harbour’ law to be enacted\n"
        f"{BODY2}\n"
        "3. Workers rights strengthened\n"
        f"{BODY}\n"
    )
    assert [h for h in headings(text) if h] == [
        "1. Smoking to be banned on the quay, with vapes also restricted",
        "2. ‘Harbour’ law to be enacted",
        "3. Workers rights strengthened",
    ]


def test_every_box_of_links_inside_a_story_hides_its_links():
    text = (
        f"Court weighs the harbour ruling\n\nBy Tamsin Orrel\n\n{BODY}\n\n{BODY2}\n\n"
        f"Read more\n\nHarbour council ditches its parking meter plan\n\n{BODY}\n\n{BODY2}\n\n"
        f"What the judges said\n\n{BODY}\n\n{BODY2}\n\n"
        f"Read more\n\nNew images show the room where the ferry sank\n\n{BODY}\n\n{BODY2}\n\n"
        f"What comes next\n\n{BODY}\n"
    )
    assert [h for h in headings(text) if h] == ["What the judges said", "What comes next"]


def test_a_video_s_title_and_show_under_its_label_are_no_headings():
    text = (
        "Harbour towns turn away from coal\nBy Tamsin Orrel\nVIDEO 3:49\n"
        "Kessa Energy CFO on coal vs. natural gas\nClosing Bell\n"
        f"{BODY}\n{BODY2}\nWhat Comes Next\n{BODY}\n"
    )
    assert [h for h in headings(text) if h] == ["What Comes Next"]


def test_a_recipe_card_s_facts_are_no_headings_and_ingredients_heads_its_list():
    text = (
        f"Harbour focaccia with olives\n\n{BODY}\n\nHow to Store It\n\n{BODY2}\n\n"
        "Prep Time 15 mins\n\nCook Time 20 mins\n\nTotal Time 1 hr 35 mins\n\nCuisine Italian\n\n"
        "Servings 8 People\n\nCalories 291 kcal\n\nIngredients\n\n• 120 ml olive oil\n• 2 cloves garlic\n• 500 g flour\n\n"
        f"Instructions\n\n{BODY}\n"
    )
    got = [h for h in headings(text) if h]
    assert "Ingredients" in got and "Instructions" in got
    assert not [h for h in got if "Time" in h or "Calories" in h or "Servings" in h]


def test_a_few_quoted_words_that_a_paragraph_below_quotes_head_their_part():
    text = (
        f"Harbour firms hold their cash abroad\n\n{BODY}\n\n‘Honor System’\n\n"
        "“It’s an honor system, a self-assessment system,” said Ana Velt, a former tax official.\n\n"
        f"{BODY2}\n\n‘Really Foolish’\n\n{BODY}\n\n{BODY2}\n\n"
        "Last time, “it was really foolish,” she said of the plan that the council had chosen then.\n"
    )
    assert [h for h in headings(text) if h] == ["‘Honor System’", "‘Really Foolish’"]
    # A quotation alone that no paragraph quotes stays text.
    assert headings(line_in_story("‘Brave New Harbour’")) == [None]


def test_a_title_case_heading_opened_by_a_quoted_word_is_a_heading_and_a_quote_alone_is_not():
    assert "‘Sealed’ Doors" in headings(between_headings("‘Sealed’ Doors"))
    assert "“Open” Water Rules" in headings(between_headings("“Open” Water Rules"))
    assert "‘We will win’" not in headings(between_headings("‘We will win’"))



def test_numbered_steps_over_bullets_of_whole_sentences_are_a_sequence_and_an_outline_is_not():
    from briefing_tui.core.parsing.forbes import _numbered_sequence

    steps = (
        f"How to start seeds on a windowsill\n{BODY}\n"
        "1. Soak the seeds\n• Fill a small bowl with warm water first.\n• Leave the seeds in it overnight.\n"
        f"2. Peel off the skin\n{BODY2}\n"
        "3. Wrap the seeds in a towel\n• Place them an inch apart on the towel.\n• Close the bag and keep it dark.\n"
        f"{BODY}\n"
    ).split("\n")
    found = [h.heading for h in _numbered_sequence(steps, 0, {})]
    assert found == ["1. Soak the seeds", "2. Peel off the skin", "3. Wrap the seeds in a towel"]
    outline = (
        f"Plan for the spring term\n{BODY}\n"
        "1. Welcome\n• Rooms\n• Staff\n2. Timetable\n• Mornings\n• Afternoons\n3. Trips\n• Museum\n• Farm\n"
        f"{BODY2}\n"
    ).split("\n")
    assert _numbered_sequence(outline, 0, {}) == []


def test_a_slideshow_s_sentences_over_their_caption_and_credit_head_their_slides():
    slides = [
        ("Ana wore a green coat to the Kessa opening.", "Ana Velvo attends the Kessa opening in Tarvel.", "Tom Reyes/Getty Images"),
        ("She kept it simple at the spring show.", "Ana Velvo at the spring show in Dunmore.", "Jan Kos/Getty Images"),
        ("The next look was a silver gown.", "Ana Velvo attends a premiere in Lisbon.", "Lee Park/Getty Images"),
    ]
    text = "Every look Ana Velvo wore this year, ranked\nAmy Holt\nAna Velvo is a fashion star.\n"
    for slide, caption, credit in slides:
        text += f"{slide}\n{caption}\n{credit}\n{BODY}\n{BODY2}\n"
    heads = headings(text)
    assert [h for h in heads if h] == [slide for slide, _, _ in slides]
    # a sentence right over a heading's credit, with no caption between, stays running text
    text = f"Vitamins each day, explained\n{BODY}\nAsk your doctor before you start any of them.\nIf you eat no meat, vitamins fill gaps\nShutterstock\n{BODY2}\n"
    assert "Ask your doctor before you start any of them." not in headings(text)


def test_given_names_alone_under_a_picture_and_a_teasing_standfirst_question_head_nothing():
    answer = "I started out in a small shop in Tarvel and I learned the trade from the owner there over many years."
    text = (
        "People behind the code: the Kessa team\n\n"
        "Kessa has built a quick, smart reader for the news in the valley. Sound familiar?\n\n"
        "Fast and simple, that is the aim. Ana Velvo and Tom Reyes lead the team in Tarvel, and we caught up with them.\n\n"
        "Ana and Tom\n\n"
        f"Thanks for joining us! Could you tell us about your background?\n\nAna: {answer}\n\nTom: {answer}\n\n"
        f"What drew you to the project?\n\nAna: {answer}\n\nTom: {answer}\n\n"
        f"How do you work together?\n\nTom: {answer}\n\nAna: {answer}\n"
    )
    heads = headings(text)
    assert "Ana and Tom" not in heads
    assert not any(h and h.startswith("Kessa has built") for h in heads)
    assert "What drew you to the project?" in heads and "How do you work together?" in heads


def test_a_short_claim_about_her_heads_its_part_among_other_headings_but_not_alone():
    text = (
        "A woman who moved to Tarvel shares what changed\n"
        f"{BODY}\n"
        f"People are more friendly\n{BODY2}\n"
        f"Her garden has grown\n{BODY}\n"
        f"Her days are quieter\n{BODY2}\n"
        f"She lost some old habits\n{BODY}\n"
    )
    assert "She lost some old habits" in headings(text)
    assert "She lost some old habits" not in headings(line_in_story("She lost some old habits"))


def test_a_newsletter_s_first_item_written_1_big_thing_opens_its_numbered_items():
    text = (
        "Kessa Weekly\n\nJan 9, 2024\n\nWelcome back. Thanks for reading.\n\n"
        f"1 big thing: Ferries return to the valley\n\n{BODY}\n\n"
        f"2. Rents rise in Tarvel\n\n{BODY2}\n\n"
        f"3. The harbour gets a new crane\n\n{BODY}\n\n"
        f"4. Worth your time\n\n{BODY2}\n"
    )
    heads = headings(text)
    assert heads[heads.index("2. Rents rise in Tarvel") - 1] == "1 big thing: Ferries return to the valley"


def test_captions_naming_an_artist_s_works_are_no_headings():
    from briefing_tui.core.parsing.forbes import HeadingLine, _without_named_works

    lines = ["Meet the painter", BODY, "Ana Velvo: Harbour Lights", BODY2, "What drew you to painting?", BODY, "Ana Velvo: Salt Marsh, 2022", BODY2]
    work = HeadingLine(2, lines[2], "title")
    assert work not in _without_named_works(lines, 1, [work])
    alone = ["Rules by state", BODY, "Texas: Rules for first-aid kits", BODY2, "Ohio: Rules for drills", BODY]
    state = HeadingLine(2, alone[2], "title")
    assert state in _without_named_works(alone, 1, [state])


def test_numbered_names_over_paragraphs_ending_in_a_handle_are_a_sequence():
    bio = "Writer and broadcaster in the valley who has covered the league for ten years and hosts a weekly show. Twitter: @{}"
    text = "Top five voices of Tarvel sport\nJanuary 9, 2024\nThese are the people to follow this season.\n"
    people = ["Ana Velvo", "Tom Reyes", "Jan Kos", "Lee Park", "Amy Holt"]
    for number, person in enumerate(people, 1):
        text += f"{number}. {person}\n{bio.format(person.split()[0].lower())}\n"
    heads = headings(text)
    assert [h for h in heads if h] == [f"{n}. {p}" for n, p in enumerate(people, 1)]


def test_a_live_page_s_stamp_split_a_part_a_line_heads_nothing_and_its_posts_keep_their_headlines():
    text = "Kessa v Tarvel live: all the action\nKessa beat Tarvel by 30 runs.\n"
    posts = [("21:06 (IST)", "Kessa v Tarvel: It's a wrap!"), ("20:51 (IST)", "Kessa v Tarvel Live Score: OUT!"), ("20:39 (IST)", "Kessa v Tarvel Live Score: Kessa on top!")]
    for time, headline in posts:
        text += f"November\n02\n2023\n{time}\n{headline}\n{BODY}\n"
    heads = headings(text)
    assert "November" not in heads and "02" not in heads
    assert [h for h in heads if h and h.startswith("Kessa v Tarvel")] == [headline for _, headline in posts]
    assert sum("November 02 2023" in s.text for s in parse_text(text).sections) == 3  # each stamp's words kept


def test_a_section_s_name_over_the_headline_its_standfirst_and_byline_is_no_title():
    text = (
        "Harbour\n"
        "Council committee demands answers from the port on late ferry repairs\n"
        "Members push the port on its plans for the winter timetable\n"
        "By Ana Velvo | Kessa News\n"
        "Published April 26, 2023 2:20pm EDT\n"
        f"{BODY}\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Council committee demands answers from the port on late ferry repairs"
    assert not any(s.heading and s.heading.startswith("Members push") for s in briefing.sections)
    assert "Harbour" in " ".join(s.text for s in briefing.sections)


def test_a_recipe_card_s_buttons_an_alert_prompt_and_a_credit_of_two_slashes_head_nothing():
    for line in ("Jump to Recipe Print Recipe", "Get alerts for live updates", "Tom/ Kessa Traders/ City of Tarvel"):
        assert line not in headings(between_headings(line)), line


def test_a_sub_heading_under_a_question_heading_in_title_case_is_a_heading_on_a_page_of_questions():
    text = (
        "Question: My ferns keep going brown at the tips. What am I doing wrong with them?\n"
        "Answer: Ferns like steady damp soil and soft light, and they dislike dry rooms in winter.\n"
        "How Do You Keep Ferns Healthy Indoors?\n"
        "Light & Shade\n"
        f"{BODY}\n{BODY2}\n"
        "Water & Feeding\n"
        f"{BODY}\n"
        "Why Are My Fern Fronds Turning Yellow?\n"
        f"{BODY2}\n"
        "Are Ferns Safe Around Cats And Dogs?\n"
        f"{BODY}\n"
    )
    heads = headings(text)
    assert "How Do You Keep Ferns Healthy Indoors?" in heads
    assert "Light & Shade" in heads
    assert "Water & Feeding" in heads


def test_in_an_interview_a_short_line_under_a_question_is_still_the_answer():
    text = (
        "Ana Velvo on ten years of ferries\n\n"
        "What made you start the route?\n\nHonestly nothing much\n\nWe had a boat and a town that needed one.\n\n"
        "Was the first winter hard?\n\nVery hard indeed\n\nThe storms came early and the fuel cost rose.\n\n"
        "What comes next for the company?\n\nMore boats\n\nWe will add two ferries next year.\n"
    )
    heads = headings(text)
    assert "Honestly nothing much" not in heads and "Very hard indeed" not in heads


def test_a_docs_page_s_headings_copied_with_their_pilcrow_head_their_parts_in_markdown_too():
    # Copied into a text that Markdown marks elsewhere (a list in bold, a "---" heading).
    marked = (
        f"Ferry timetable guide\n\n{BODY}\n\n- the **first** boat\n- the last boat\n\n"
        f"Setting up¶\n\n{BODY2}\n\nSharing the rota¶\n\n{BODY}\n\nNotes\n---\n\n{BODY2}\n"
    )
    assert headings(marked)[1:] == ["Setting up¶", "Sharing the rota¶", "Notes"]
    assert [s.label for s in parse_text(marked).sections[1:3]] == ["Setting up", "Sharing the rota"]
    # A sentence that ends in the sign stays a paragraph.
    assert "The rota is shared by all.¶" not in headings(marked.replace("Sharing the rota¶", "The rota is shared by all.¶"))


def test_a_listing_s_buttons_a_card_counter_and_an_embedded_post_s_counts_head_nothing():
    for line in ("Get Directions", "Book now", "View on map", "Card 2 of 7", "12,410Likes3,208Retweets"):
        assert line not in headings(between_headings(line)), line
    walks = "".join(f"{name}\n\n{BODY}\n\nGet Directions\n\n- Length: 2 km\n- Grade: easy\n\n" for name in ("Kessa Bay Walk", "Tarvel Point Walk", "Orlan Cliff Track"))
    assert "Get Directions" not in headings(f"Three harbour walks\n\n{BODY2}\n\n{walks}")


def test_a_listing_s_place_name_over_one_field_and_its_paragraph_heads_it():
    for gap in ("\n", "\n\n"):
        places = "".join(
            gap.join([name, field, BODY, BODY2]) + gap
            for name, field in (("Bay Run", "Region: Inner City"), ("Cliff Top Track", "Region: North Shore"), ("Old Mill Loop", "Region: South"))
        )
        assert headings(gap.join(["The best harbour walks", BODY2, places]))[1:] == ["Bay Run", "Cliff Top Track", "Old Mill Loop"]
    # A setting in code under a label is no field of a listing.
    code = f"Checks\n{BODY}\nPerformance:\n  enabled: true\n{BODY2}\n"
    assert "Performance" not in headings(code)


def test_in_a_speech_told_a_sentence_a_line_short_sentences_alone_are_paragraphs():
    towns = ["Kessa", "Tarvel", "Orlan", "Bray", "Lind", "Marrow", "Vexa", "Ashby", "Kellow", "Nordby"]
    said = []
    for number, town in enumerate(towns, start=2):
        said += [
            f"The crews of {town} have waited {number} years for a boat that stops at their own pier each morning.",
            f"We will give {town} a landing stage, a shelter and a timetable that keeps to the hours people work.",
            f"The council of {town} will choose where the stage goes after {number} weeks of talks with its people.",
        ]
    for place, line in ((1, "We will open the new ferry route."), (8, "We will train local crews."), (15, "We will keep the fares low."), (22, "That is our promise.")):
        said.insert(place, line)
    heads = headings("\n".join(said) + "\n")
    assert not [h for h in heads if h and h.endswith(".")], heads


def test_a_name_over_the_date_the_page_was_posted_is_the_author_not_a_heading():
    for stamp in ("04 Mar 2022 06:23PM (Updated: 04 Mar 2022 06:27PM)", "November 6, 2020 · 12 min read"):
        text = (
            "New points system for ferry licences from September\n"
            "Passengers wait to board at Kessa pier on Sep 6, 2021. (Photo: Kessa News/Ana Ruiz)\n"
            f"Tarvel Orlan\n{stamp}\n{BODY}\n{BODY2}\nWhat changes\n{BODY}\n"
        )
        assert "Tarvel Orlan" not in headings(text), stamp


def test_numbered_steps_with_no_words_of_their_own_stay_in_the_sequence():
    text = (
        "How to Plant a Hedge Along Your Fence\n\nA hedge takes a weekend. Here is what you do.\n\n"
        f"1. Choose the plants at the nursery\n\n{BODY}\n\n"
        f"2. Mark the line with string\n\n{BODY2}\n\n"
        "3. Dig the trench\n\n4. Add the compost\n\n5. Set the plants in\n\n"
        f"6. Water them every evening\n\n{BODY}\n\n"
        f"7. Trim them in the spring\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == [
        "1. Choose the plants at the nursery",
        "2. Mark the line with string",
        "3. Dig the trench",
        "4. Add the compost",
        "5. Set the plants in",
        "6. Water them every evening",
        "7. Trim them in the spring",
    ]


def test_a_numbered_list_set_apart_under_one_numbered_heading_is_no_heading():
    text = (
        "How to Plant a Hedge Along Your Fence\n\nA hedge takes a weekend. Here is what you do.\n\n"
        f"1. Choose the plants at the nursery\n\n{BODY}\n\nYou will need:\n\n"
        "1. A spade\n2. Compost\n3. String\n\n"
        f"2. Mark the line with string\n\n{BODY2}\n\n"
        f"3. Water them every evening\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["1. Choose the plants at the nursery", "2. Mark the line with string", "3. Water them every evening"]


def test_a_caption_credited_to_a_shared_archive_in_brackets_is_no_heading():
    assert headings(between_headings("The tide table of the harbour (Wikipedia)")) == [None, "What Comes Next", "The Cost"]


def test_who_said_a_quotation_and_its_source_link_is_no_heading():
    text = between_headings("Tarvo Lindqvist Source").replace(
        "\n\nTarvo", "\n\n“A bridge is only as good as the road that leads to it.”\n\nTarvo"
    )
    assert headings(text) == [None, "What Comes Next", "The Cost"]
    assert headings(between_headings("Source")) == [None, "What Comes Next", "The Cost"]
    assert "Open Source Tools" in headings(between_headings("Open Source Tools"))


def test_links_to_the_site_s_own_pages_are_no_headings():
    for line in ("Learn more about our grants", "Check out our annual reports and accounts"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line


def test_products_over_their_price_and_shop_head_a_shopping_list():
    text = (
        "Our Favourite Winter Snacks From the Harbour Market\nBy Ann Lee\nOne of the best things about winter is the food, and we tried them all.\n"
        "Kessa Foods\nKessa Smoked Almond Crackers\n$3.50 from KessaMarketSHOP\nReview: \"Crisp and salty, and gone in a day.\"\n"
        "Kessa Foods\nKessa Fig and Walnut Loaf\n$6.00 from KessaMarketSHOP\nReview: \"The best loaf I have bought this year.\"\n"
    )
    assert headings(text) == [None, "Kessa Smoked Almond Crackers", "Kessa Fig and Walnut Loaf"]


def test_python_s_double_underscores_and_starred_arguments_are_no_markdown():
    from briefing_tui.core.parsing import detect_format

    text = (
        "Moving the Harbour Tools to a New Language\n"
        "The port started in 2019. We added from __future__ import print_function to every module, and later __past__ too.\n"
        "Porting the Tools\n"
        "Functions took **kwargs in the old calling convention, and converting a **\n"
        "mapping was slow. We changed every call site over two years of work and review.\n"
        "What Comes Next\n"
        "The team will drop the old language next year, once the last users have moved over.\n"
    )
    assert detect_format(text) != "markdown"
    assert headings(text)[1:] == ["Porting the Tools", "What Comes Next"]


def test_a_picture_s_labelled_credit_run_onto_a_paragraph_still_ends_it():
    text = (
        "Five Mistakes New Gardeners Make\n"
        "No gardener is perfect, and these are the mistakes we see most often, with ways to fix them.\n"
        "Image Source: Ann Lee\n"
        "Planting Too Early\n"
        "\"Most people plant before the last frost,\" she says. \"Wait two weeks longer than you think.\" Image Source: Ann Lee\n"
        "Watering at Noon\n"
        "The sun takes the water before the roots do, so water in the evening or early morning instead.\n"
    )
    assert headings(text)[1:] == ["Planting Too Early", "Watering at Noon"]


def test_a_picture_s_credit_by_its_label_is_no_heading():
    assert headings(between_headings("Visualization Credit: Tarvo Lindqvist")) == [None, "What Comes Next", "The Cost"]
    assert "Tax Credits: What Changes in April" in headings(between_headings("Tax Credits: What Changes in April"))


@pytest.mark.parametrize(
    "opening",
    ["Orla Venner\nMay 10, 2023", "Orla Venner\n\n11:00 AM PDT • May 16, 2024", "Orla Venner\n7 hours", "Orla D. Venner Thursday, March 25, 2021"],
)
def test_a_writer_s_name_over_the_posting_date_is_no_title(opening):
    text = f"{opening}\n{BODY}\n{BODY2}\n"
    briefing = parse_text(text)
    assert briefing.title is None
    assert "Venner" in " ".join(s.text for s in briefing.sections) + (briefing.byline or "")


def test_a_headline_over_a_date_is_still_the_title():
    assert parse_text(f"Harbour Bridge Opens\nMay 10, 2023\n{BODY}\n{BODY2}\n").title == "Harbour Bridge Opens"


def test_a_line_of_settings_is_no_heading():
    assert headings(between_headings("HARBOUR_API_KEY=your_key_here")) == [None, "What Comes Next", "The Cost"]


def test_a_modified_stamp_under_the_headline_is_no_heading():
    text = (
        "Ferry Line Adds a Winter Route\nModified on September 6, 2012 by Orla Venner\n"
        f"{BODY}\nWhat Comes Next\n{BODY2}\nThe Cost\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert headings(text) == [None, "What Comes Next", "The Cost"]
    assert briefing.date == "2012-09-06"


def test_a_heading_naming_creative_commons_is_no_licence_credit():
    assert "Creative Commons Platforms" in headings(between_headings("Creative Commons Platforms"))
    assert headings(between_headings("Harbour at dusk, licensed under Creative Commons")) == [None, "What Comes Next", "The Cost"]


def test_a_picture_s_name_set_twice_is_no_heading():
    assert headings(between_headings("KessabridgeKessabridge")) == [None, "What Comes Next", "The Cost"]


def test_steps_numbered_with_a_full_stop_head_their_parts():
    text = (
        f"How to pitch a harbour story\n{BODY}\nStep 1. Read the paper\n{BODY2}\n{BODY}\n"
        f"Step 2. Find the right editor\n{BODY2}\nStep 3. Send one idea\n{BODY}\n"
    )
    assert headings(text) == [None, "Step 1. Read the paper", "Step 2. Find the right editor", "Step 3. Send one idea"]


def test_a_byline_with_a_user_name_and_on_its_date_under_the_headline():
    briefing = parse_text(f"A Healthy Respect for the Harbour Tides\nby orlav on April 16, 2012\n{BODY}\n{BODY2}\n")
    assert briefing.title == "A Healthy Respect for the Harbour Tides"
    assert briefing.byline == "orlav" and briefing.date == "2012-04-16"
    assert parse_text(f"Ferry Line Adds a Winter Route\nBy Ann Lee on 3 May 2021\n{BODY}\n").byline == "Ann Lee"


def test_a_prompt_to_click_a_picture_is_no_heading():
    assert headings(between_headings("Click on Image to Learn More")) == [None, "What Comes Next", "The Cost"]


def test_a_title_case_heading_with_two_words_set_apart_by_a_slash_is_no_credit():
    assert "Study Your Rival/Partner Beforehand" in headings(between_headings("Study Your Rival/Partner Beforehand"))
    assert headings(between_headings("Ann Lee/Harbour Images")) == [None, "What Comes Next", "The Cost"]


def test_a_listicle_s_visit_button_and_an_interjection_are_no_headings():
    for line in ("Visit Kessa Robotics", "Boom!", "Voila!"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line
    assert "Visit the Harbour Museum" in headings(between_headings("Visit the Harbour Museum"))


def test_a_tag_question_a_code_and_a_comment_stamp_are_no_headings():
    for line in (
        "Ironic, huh?",
        "What is the point in waiting now, Tarvel?",
        "GAAUAAACUAGUAUUCUUCUGGUCCCCACAGACUCAGAGAGAACCC",
        "September 15, 2020 by Ann Lee Post a Comment",
    ):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line
    assert "Is It Toxic to People, Kids, Pets?" in headings(between_headings("Is It Toxic to People, Kids, Pets?"))


def test_a_title_case_heading_of_things_listed_is_a_heading():
    assert "The Politics of Land, Water, and Power" in headings(between_headings("The Politics of Land, Water, and Power"))
    assert headings(between_headings("Portrait of Ann, Tom and Ben")) == [None, "What Comes Next", "The Cost"]


def test_a_picture_s_enlarge_button_is_no_heading():
    for line in ("Enlarge Photo", "View Gallery"):
        assert headings(between_headings(line)) == [None, "What Comes Next", "The Cost"], line


def test_a_post_s_date_and_writer_over_the_headline_are_no_title():
    briefing = parse_text(f"November 8, 2012 10:22 pm AEST — By Ann Kessel\nHands on with the Kessa phone\n{BODY}\nWhat Comes Next\n{BODY2}\n")
    assert briefing.title == "Hands on with the Kessa phone"
    assert briefing.byline == "Ann Kessel" and briefing.date == "2012-11-08"


def test_a_credit_set_off_with_a_bullet_heads_no_part():
    text = (
        "Six things to know about the new ferry\n\n"
        f"1. The route is longer than the old one\n\nPhoto: Ann Lee/Harbour Images\n\n• Credit: The Harbour Labs\n\n{BODY}\n\n"
        f"2. The fares rise in the spring\n\n{BODY2}\n\n"
        f"3. The boats are new\n\nPhoto: Ann Lee/Harbour Images\n\n• Credit: The Harbour Labs\n\n{BODY}\n"
    )
    found = headings(text)
    assert "• Credit: The Harbour Labs" not in found
    assert "3. The boats are new" in found


def test_a_numbered_entry_too_long_to_stand_alone_keeps_its_place_in_the_sequence():
    text = (
        "Six things to know about the new ferry\n\n"
        f"1. The route is longer than the old one\n\n{BODY}\n\n"
        f"2. The fares rise in the spring\n\n{BODY2}\n\n"
        "3. Can you find the timetable on the harbour's own website? It could save you a long wait at the pier\n\n"
        f"{BODY}\n\n"
        f"4. The boats are new\n\n{BODY2}\n\n"
        f"5. Dogs may travel on deck\n\n{BODY}\n"
    )
    assert [h for h in headings(text) if h] == [
        "1. The route is longer than the old one",
        "2. The fares rise in the spring",
        "3. Can you find the timetable on the harbour's own website? It could save you a long wait at the pier",
        "4. The boats are new",
        "5. Dogs may travel on deck",
    ]


def test_a_written_by_line_is_a_byline_and_no_heading():
    briefing = parse_text(f"Do ferries pay their way?\nWritten By: Ann Kessel - Oct 29\n{BODY}\nWhat the Figures Show\n{BODY2}\n")
    assert briefing.byline and briefing.byline.startswith("Ann Kessel")
    assert not any(h and h.startswith("Written") for h in headings(f"Do ferries pay their way?\nWritten By: Ann Kessel - Oct 29\n{BODY}\nWhat the Figures Show\n{BODY2}\n"))


def test_a_figure_joined_to_its_unit_by_a_hyphen_opens_a_heading():
    text = f"Timeline is here for everyone\n\n{BODY}\n\n7-day preview period\n\n{BODY2}\n\nHide what you like\n\n{BODY}\n"
    assert "7-day preview period" in headings(text)


def test_product_cards_head_their_parts_and_their_prices_head_nothing():
    card = "***\n\n{head}\n\nPhotograph: Kessa\n\n{product}\n\n{price}\n\n{body}\n\n"
    text = "Ten things you loved most in April\n\n" + BODY + "\n\n" + "".join(
        card.format(head=h, product=p, price=c, body=b)
        for h, p, c, b in (
            ("The bean-to-cup coffee machine", "Kessa Magnifica Start", "£299 at Harbour Lewis", BODY),
            ("The best budget cabin bag", "Tarvel Holiday 8 suitcase", "From £49.50 at Amazon", BODY2),
            ("The versatile running shoes", "Orvo Megablast unisex running shoes", "$120 at Orvo", BODY),
        )
    )
    assert [h for h in headings(text) if h] == [
        "The bean-to-cup coffee machine",
        "The best budget cabin bag",
        "The versatile running shoes",
    ]


def test_an_embedded_post_s_counts_and_stamp_head_nothing():
    text = (
        f"Ferry talk with Ann Kessel\n{BODY}\n{BODY}\nAnn Kessel @annkessel\n"
        "Small point. Not a fan of the new ferry timetable at all, to be honest.\n"
        f"September 19th 2020\n4 Likes\n{BODY}\nWhat Comes Next\n{BODY2}\n"
    )
    assert [h for h in headings(text) if h] == ["What Comes Next"]


def test_a_page_s_from_field_heads_nothing_and_the_heading_under_it_stands():
    text = (
        "Ferry finance: notes and definitions\nApplies to England\nHow the ferry figures are compiled.\n"
        f"From: Department for Harbours and Ferries\nOverview\n{BODY}\nHow Fares Are Counted\n{BODY2}\n"
    )
    found = headings(text)
    assert "Overview" in found and not any(h and h.startswith("From:") for h in found)


def test_a_row_of_codes_in_capitals_is_no_heading():
    from briefing_tui.core.parsing.headings import heading_shape

    assert heading_shape("Virus:   AUG UUU GUU UUU CUU GUU UUA UUG") is None
    assert heading_shape("THE END OF AN ERA") == "caps"
    rows = (
        "Virus:   AUG UUU GUU UUU CUU GUU UUA UUG CCA CUA GUC UCU AGU CAG UGU GUU\n"
        "Vaccine: AUG UUC GUG UUC CUG GUG CUG CUG CCU CUG GUG UCC AGC CAG UGU GUG\n"
    )
    text = (
        f"How the code was changed\n\n{BODY}\n\n{rows}\n{BODY2}\n\n"
        f"Each group maps to an amino acid and here is more text about it.\n\n{rows}\n{BODY}\n\nWhat Comes Next\n\n{BODY2}\n"
    )
    assert [h for h in headings(text) if h] == ["What Comes Next"]


def test_a_heading_over_a_sentence_ending_in_an_email_address_heads_it():
    text = between_headings("Contact details\n\nIf you have a question, contact ferries@harbour.example.org")
    assert "Contact details" in headings(text)


def test_a_kicker_run_into_the_headline_with_a_dash_is_no_title():
    text = (
        "No answers yet —\n\nWhat’s going on with the reports of a new ferry route?\n\n"
        f"Rumours are flying, but the timetable is still frustratingly vague.\n\n{BODY}\n\n"
        f"What’s the original claim?\n\n{BODY2}\n\nWhat happens next for the island route?\n\n{BODY}\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "What’s going on with the reports of a new ferry route?"
    assert "No answers yet —" in briefing.sections[0].text


def test_a_heading_in_capitals_of_two_halves_set_apart_by_a_dash_is_no_dateline():
    text = between_headings("MEAL PLAN ON THE FERRY — WHAT HAS WORKED FOR ME")
    assert "MEAL PLAN ON THE FERRY — WHAT HAS WORKED FOR ME" in headings(text)
    assert "NEW YORK CITY — The mayor said the ferry would run" not in headings(between_headings("NEW YORK CITY — The mayor said the ferry would run"))


def test_a_heading_over_a_lead_in_and_its_list_heads_them():
    text = (
        "Working for the ferry service\nThere are a range of benefits when you work with us.\n"
        "Pay and pension\nWe offer:\n- a competitive salary\n- a pension scheme\n"
        "Health and wellbeing\nWe offer:\n- an eye care service\n- a staff gym\n"
        f"{BODY}\n"
    )
    found = headings(text)
    assert "Pay and pension" in found and "Health and wellbeing" in found


def test_a_table_row_whose_tabs_are_read_as_spaces_heads_nothing():
    text = (
        "Home prices\n\nPrices rose again in most of the nation this summer, the report says, and sales were up.\n"
        "Area\tHomes\tChange\nKallo\t15,516\t-20.7%\nVerrin\t11,447\t-28.6%\nChicago\t36,791\t-0.1%\n"
        "Prices usually rise in the spring and fall in the second half of the year, the report says.\n"
    )
    assert headings(text) == [None]


def test_a_pages_tags_between_dots_head_nothing():
    text = f"Plan a harvest supper with friends\n\nHarvest · Party Planning\n\n{BODY}\n\n{BODY2}\n\n{BODY}\n"
    parsed = parse_text(text)
    assert [s.heading for s in parsed.sections] == [None]
    assert "Harvest · Party Planning" in parsed.sections[0].text


def test_a_part_in_capitals_over_a_sub_heading_the_text_repeats_under_each_part_heads_it():
    text = (
        f"Two ways to save for later\n\nWhich account suits you?\n{BODY}\nHARBOUR SAVER\nHistory\n{BODY2}\nRules\n{BODY}\n"
        f"QUAY SAVER\nHistory\n{BODY2}\nRules\n{BODY}\n"
    )
    found = headings(text)
    assert "HARBOUR SAVER" in found and "QUAY SAVER" in found
    assert found.count("History") == 2


def test_a_long_question_with_its_speakers_name_is_a_turn_not_a_heading():
    long_question = (
        "Kessa Post: It is clear to me after reading your book that you went head-first into a lot of heavy medical "
        "science while teaching yourself about health. Was that hard, or did you find it easy to grasp?"
    )
    answer = "Tom Harlan: " + BODY
    text = (
        f"Talking health with Tom Harlan\n\n{BODY}\n\n{long_question}\n\n{answer}\n\n"
        f"Kessa Post: How do you deal with it?\n\n{answer}\n\nKessa Post: What comes next for the book?\n\n{answer}\n"
    )
    from briefing_tui.core.parsing.forbes import _transcript_questions

    found = [h.heading for h in _transcript_questions(text.splitlines(), 2, {})]
    assert long_question not in found
    assert "Kessa Post: How do you deal with it?" in found


def test_the_lines_of_an_address_down_to_its_postcode_head_nothing():
    text = (
        "How to complain\nIf you have a complaint, write to the unit that handled your case, as they will know it best.\n"
        "The Kessa Correspondence Unit\nLevel 5, Zone A\nHarbour Building\nWharf Street\nLondon SW1A 2HB\n"
        f"{BODY}\nContact us\nHarbour Building\nLondon SW1A 2HB\n{BODY2}\n"
    )
    found = headings(text)
    assert not {"The Kessa Correspondence Unit", "Harbour Building", "Wharf Street"} & set(found)


def test_a_telephone_line_heads_nothing():
    text = f"Harbour open day\n\n{BODY}\n\nEmail open@kessa.example\n\nTelephone +44 (0)30 6770 4236\n\n{BODY2}\n\n{BODY}\n"
    assert headings(text) == [None]
    from briefing_tui.core.parsing.headings import is_never_heading

    assert not is_never_heading("Top 10 2019-2020")


def test_the_headlines_under_a_further_reading_label_head_nothing():
    text = (
        f"Harbour fees rise again\n\n{BODY}\n\nFurther reading\n\nTraders: fees unfit for a small port\n\n"
        f"Ferry firms favour the new levy\n\nQuay costs in focus at the harbour debate\n\n{BODY2}\n\n{BODY}\n\n"
        f"The Winter Timetable\n\n{BODY2}\n"
    )
    found = headings(text)
    assert "Ferry firms favour the new levy" not in found
    assert "The Winter Timetable" in found


def test_a_line_naming_where_a_post_was_taken_from_heads_nothing():
    text = f"Singer talks painting\n\n{BODY}\n\nVia Kessra Magazine Harbour\n\n{BODY2}\n\n{BODY}\n"
    assert headings(text) == [None]


def test_lines_differing_only_in_their_last_word_are_a_series_of_headings():
    text = (
        "How to win over a stingy client\n\nBy Ann Kessel\n\n"
        "A visit from the Ghost of Harbour Past, the Ghost of Harbour Present and the Ghost of Harbour Future may help.\n\n"
        f"The Ghost of Harbour Past\n\n{BODY}\n\n{BODY2}\n\nThe Ghost of Harbour Present\n\n{BODY}\n\n"
        f"The Ghost of Harbour Future\n\n{BODY2}\n"
    )
    found = headings(text)
    assert {"The Ghost of Harbour Past", "The Ghost of Harbour Present", "The Ghost of Harbour Future"} <= set(found)


def test_a_panel_s_names_over_their_roles_head_their_answers():
    text = (
        "What to watch in the new year\nThe year starts with a lot on its mind. Here, three economists share their views.\n"
        f"Tomas Verrin\nChief economist, Kessra Asset Management – Toronto\n{BODY}\n{BODY2}\n"
        f"Julian Quennell\nChief global economist, Harbour Economics – London\n{BODY2}\n{BODY}\n"
        f"Maria Ostrand\nProfessor of economics, Verrin University – Montreal\n{BODY}\n"
    )
    found = headings(text)
    assert {"Tomas Verrin", "Julian Quennell", "Maria Ostrand"} <= set(found)


def test_a_date_then_the_page_s_update_stamp_heads_nothing_and_dates_the_story():
    text = f"Harbour fees rise again\n\nBy Ann Kessel\n\nMarch 4, 2014 -- Updated 0203 GMT (1003 HKT)\n\n{BODY}\n\n{BODY2}\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None]
    assert briefing.date == "2014-03-04"


def test_a_headline_over_nothing_but_the_story_s_credits_heads_nothing():
    text = (
        f"Harbour fees rise again\n\n{BODY}\n\nWhat Comes Next\n\n{BODY2}\n\n{BODY}\n\n"
        "Ferry firms relax their booking rules\n\n"
        "Ann Kessel, Tom Reyes, Jo Park, Ana Lee, Sam Orr and Mia Vance contributed to this report.\n"
    )
    found = headings(text)
    assert "What Comes Next" in found
    assert "Ferry firms relax their booking rules" not in found


def test_a_date_and_a_reading_time_opening_the_text_is_no_title_but_its_date():
    briefing = parse_text(f"December 15, 2025 // 8 min read\n{BODY}\n{BODY2}\n")
    assert briefing.title is None
    assert briefing.date == "2025-12-15"


def test_names_alone_over_paragraphs_opening_with_them_head_a_roundup_s_entries():
    text = (
        "Tools of the week\n\n"
        f"{BODY}\n\n"
        "kestrelq\n\nKestrelq is a small job queue for shell scripts, with retries, logs and a web page to watch it.\n\n"
        "tidewatch\n\nTidewatch is a command-line tool that shows the next high and low water for any harbour you name.\n"
    )
    assert headings(text)[1:] == ["kestrelq", "tidewatch"]


def test_one_name_over_a_paragraph_opening_with_it_heads_nothing():
    text = f"Tools of the week\n\n{BODY}\n\nkestrelq\n\nKestrelq is a small job queue for shell scripts, with retries, logs and a web page to watch it.\n"
    assert headings(text) == [None]


def test_a_race_s_distances_alone_head_its_live_report():
    text = (
        "Kessa wins the harbour marathon\n\n"
        f"{BODY}\n\n"
        "35km\n\nThe leaders are down to three now, and the pace has picked up again after a slow stretch by the river.\n\n"
        "30km\n\nA group of eleven runners still holds together at the front, well ahead of last year's record time.\n\n"
        "25km\n\nThe pace has slowed a little, and the favourite is running at the front with two of her training partners.\n"
    )
    assert headings(text)[1:] == ["35km", "30km", "25km"]


def test_two_distances_alone_head_nothing():
    text = f"Kessa wins the harbour marathon\n\n{BODY}\n\n35km\n\n{BODY2} The leaders are down to three now.\n\n30km\n\n{BODY}\n"
    assert headings(text) == [None]


def test_a_photographer_and_agency_set_apart_by_a_slash_and_a_space_head_nothing():
    text = f"Ferry fares rise again\n\n{BODY}\n\nJan Kestrel/ Harbour News\n\n{BODY2} The new fares start in May.\n"
    assert headings(text) == [None]


def test_a_paper_s_name_over_its_writer_s_email_heads_nothing():
    text = (
        "Fishing for ferries: the case for a harbour-built fleet\n\n"
        "With the yards in a period of change, some think the town could build its own boats again and keep the work at home\n"
        "He said the plan would create more than 400 skilled jobs, and that some designs would be shared only with local firms.\n\n"
        "“This is about growing the trades where we could lead,” he said.\n\n"
        "It’s a small step, perhaps, but one that her backers hope is only the start.\n\n"
        "The Harbour Post\n\n"
        "• Email: alee@harbourpost.example | Twitter: AnnLeePost\n"
    )
    assert headings(text) == [None]


def test_a_topic_cut_from_the_page_s_row_of_writer_and_date_heads_nothing():
    text = f"Keeping Your Files Safe\n\nAnn Lee |\n\nTips & Tricks\n\n| November 9th 2012\n\n{BODY}\n\n{BODY2}\n"
    assert headings(text) == [None]


def test_a_table_s_rows_copied_with_tabs_are_no_headings_an_empty_cell_too():
    text = (
        f"Kessa Robotics review\n\n{BODY}\n\nPros and Cons\n\nPros\tCons\n\n"
        "Border security and surveillance\tMay come with a high price tag\n\n"
        "Enhanced defense capabilities\tLimited accessibility\n\n"
        "Military-grade AI software\t\n\n"
        "Pricing\n\nAvailable upon request. Contact the company for a custom quote.\n\n"
        f"Features\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["Pros and Cons", "Pricing", "Features"]


@pytest.mark.parametrize("credit", ["KESSA WAY FOR HARBOUR HOME", "Michael P.H. Tarvel for The Harbour Post"])
def test_who_took_a_picture_and_for_whom_heads_nothing(credit):
    text = f"Book boxes to give this year\n\n{BODY}\n\n{credit}\n\n{BODY2} The boxes ship each month.\n"
    assert headings(text) == [None]


def test_a_heading_naming_what_a_thing_is_for_still_heads():
    text = f"Sleeping bags, tested\n\n{BODY}\n\nThe Best Bag for Campers\n\n{BODY2} The bags were tested for a month.\n\nHow We Tested\n\n{BODY}\n"
    assert headings(text)[1:] == ["The Best Bag for Campers", "How We Tested"]


@pytest.mark.parametrize("cry", ["Good stuff!", "Thanks Kessa2!", "Congrats!"])
def test_a_cry_of_praise_or_thanks_alone_heads_nothing(cry):
    text = (
        f"Our year in review\n{BODY2}\nNew faces\n{BODY}\nKessa is back from leave, and we are happy to report that she starts again in March.\n"
        f"{cry}\n{BODY2} The team grew to twelve this year.\nLooking ahead\n{BODY}\n"
    )
    assert headings(text)[1:] == ["New faces", "Looking ahead"]


def test_a_heading_opening_with_the_word_copyright_heads_and_a_notice_does_not():
    text = f"Paying the artists\n{BODY}\nCopyright Complexity in a Fragmented World\n{BODY2} Courts differ.\nCopyright 2024 The Harbour Post\n"
    assert headings(text)[1:] == ["Copyright Complexity in a Fragmented World"]


@pytest.mark.parametrize("line", ["eBikes are winning over city commuters", "iPads Replace Paper in the Town Hall"])
def test_a_heading_opening_with_a_name_written_small_letter_first_is_a_heading(line):
    assert line in headings(between_headings(line))


def test_a_lower_case_line_between_paragraphs_is_still_text():
    line = "ebikes are winning over city commuters"
    assert line not in headings(between_headings(line))


def test_a_writer_s_role_under_the_byline_is_no_heading():
    text = (
        "Ferry line adds a winter route after record summer\n\nBy Mara Quill\n\nHarbour Gazette transport reporter\n\n"
        f"{BODY}\n\nWhat Comes Next\n\n{BODY2}\n\nThe Cost\n\n{BODY}\n"
    )
    assert "Harbour Gazette transport reporter" not in headings(text)
    assert headings(text)[-2:] == ["What Comes Next", "The Cost"]


@pytest.mark.parametrize("line", ["Mara Quill • 5h", "Mara Quill | 2 hours ago", "3/14/19 09:30AM"])
def test_who_posted_it_and_when_is_no_heading(line):
    text = f"Ferry line adds a winter route after record summer\n\n{line}\n\n{BODY}\n\nWhat Comes Next\n\n{BODY2}\n\nThe Cost\n\n{BODY}\n"
    assert line not in headings(text)


def test_works_named_in_quotation_marks_over_their_reviews_head_their_parts():
    text = (
        "The five board games worth buying this winter\n\n"
        f"{BODY}\n\n“Tidewater” ($20)\n\n{BODY2} It plays in an hour.\n\n“Lantern Keep” ($45)\n\n{BODY}\n\n"
        f"“The Long Field” (2019)\n\n{BODY2} It plays in an hour.\n"
    )
    assert headings(text)[1:] == ["“Tidewater” ($20)", "“Lantern Keep” ($45)", "“The Long Field” (2019)"]


def test_one_quoted_phrase_alone_over_a_paragraph_is_a_pull_quote():
    text = f"Ferry line adds a winter route\n\n{BODY}\n\n“Tidewater”\n\n{BODY2} It plays in an hour.\n\n{BODY}\n"
    assert "“Tidewater”" not in headings(text)


def test_a_sentence_case_heading_opening_with_a_quoted_word_is_a_heading():
    line = "‘Cold snaps’ linked to burst mains can close schools"
    text = (
        f"Winter strains the city's old pipes\n\n{BODY}\n\nCrews work through the night on the mains\n\n{BODY2}\n\n"
        f"{line}\n\n{BODY}\n\nWhere the money for repairs will come from\n\n{BODY2}\n"
    )
    assert line in headings(text)


def test_a_live_blog_post_s_headline_under_its_time_and_author_heads_it_even_without_text():
    text = (
        "Storm LIVE: roads shut across the county\n\n"
        f"{BODY}\n\n{BODY2}\n\n"
        "21:10 Nora Vance\n\nGoodnight from the live desk\n\nWe will be back at 7am with the latest.\n\n"
        "20:45 Nora Vance\n\nAnother bridge closes for the night\n\n"
        "20:02 Ira Holt\n\nFerries cancelled until further notice\n\nThe ferry company said no boats would sail before noon.\n"
    )
    assert headings(text)[1:] == ["Goodnight from the live desk", "Another bridge closes for the night", "Ferries cancelled until further notice"]


def test_a_newsletter_sign_up_line_is_no_heading():
    line = "Sign up for the Harbour Post newsletter"
    assert line not in headings(between_headings(line))


def test_a_hash_comment_between_lines_of_code_makes_no_markdown():
    text = (
        "Faster builds with cached layers\n\n"
        f"{BODY}\n\nHow to get slow builds\n\n{BODY2}\n\nThe file looks like this:\n\n"
        "FROM python:3.8-slim\nRUN pip install wheel\n# Copy in everything else:\nCOPY . .\n\n"
        f"The takeaway\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["How to get slow builds", "The takeaway"]


def test_a_heading_over_a_paragraph_opening_with_its_last_word_in_small_letters_heads_it():
    text = (
        "Faster builds with better tools\n\n"
        f"{BODY}\n\nHow to get slow builds\n\n{BODY2}\n\nReproducible builds using pip-tools\n\n"
        "pip-tools is one easy way to do this and it is what we use here for every build we make.\n\n"
        f"The takeaway\n\n{BODY}\n"
    )
    assert "Reproducible builds using pip-tools" in headings(text)


@pytest.mark.parametrize("line", ["CMD flask run shopapp:app", "Jun 18th 2018"])
def test_a_line_of_code_or_a_date_is_no_heading(line):
    assert line not in headings(between_headings(line))


def test_a_numbered_item_s_first_line_written_as_a_sentence_is_its_text():
    items = "".join(
        f"{n}. {name}\n\n{quip}\n\nWhat you need: {BODY}\n\n"
        for n, name, quip in [
            (1, "Harbour Pilot", "You'll steer every boat home."),
            (2, "Lighthouse Keeper", "Keep the lamp burning!"),
            (3, "Ferry Captain", "Ready to cast off?"),
        ]
    )
    text = f"Three easy costumes for the harbour fair\n\n{BODY2}\n\n{items}"
    assert headings(text)[1:] == ["1. Harbour Pilot", "2. Lighthouse Keeper", "3. Ferry Captain"]


def test_a_line_with_a_file_s_path_is_code_not_a_heading():
    line = "WORKDIR /srv/harbour"
    assert line not in headings(between_headings(line))


def test_an_exclamation_opening_the_text_under_the_date_is_its_first_line():
    text = (
        "Six ways to dress up a balcony\n\nBy Nora Vance\n\nJune 2, 2025\n\nBalcony season is finally here!\n\n"
        f"{BODY}\n\n1. Add a rug\n\n{BODY2}\n\n2. Hang some lights\n\n{BODY}\n\n3. Grow herbs\n\n{BODY2}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "1. Add a rug", "2. Hang some lights", "3. Grow herbs"]
    assert "Balcony season is finally here!" in briefing.sections[0].text


def test_biddings_standing_alone_over_paragraphs_head_them_whatever_short_lines_the_header_holds():
    text = (
        "Beware the ferry ticket scam this summer\n\nBy Nora Vance\n\nSenior Reporter, Travel\n\n"
        "June 2, 2025, 08:00 AM EDT\n\nPhoto: Harbour Images\n\n“Is this the ferry office?” “Can I pay by card?”\n\n"
        f"{BODY} There are steps you can take:\n\nKeep calm.\n\n{BODY2} {BODY}\n\n"
        f"Check the sender before you pay anyone.\n\n{BODY} {BODY2}\n\nDon’t reply.\n\n{BODY2} {BODY}\n\n"
        f"Report the message to your bank.\n\n{BODY} {BODY2}\n"
    )
    assert headings(text)[1:] == [
        "Keep calm.", "Check the sender before you pay anyone.", "Don’t reply.", "Report the message to your bank."
    ]


def test_a_phrase_of_several_words_trailing_off_heads_its_part_among_other_headings():
    text = (
        f"Harbour Weekly: ferries, fares and a new pier\n\nWelcome back. {BODY}\n\nA word from the pier\n\n{BODY2} {BODY}\n\n"
        f"Fares\n\n{BODY} {BODY2}\n\nOther news that caught my eye …\n\n{BODY2} {BODY}\n\nWhat to read this week\n\n{BODY}\n"
    )
    assert headings(text)[1:] == ["A word from the pier", "Fares", "Other news that caught my eye …", "What to read this week"]


def test_a_heading_over_a_picture_pinned_from_a_site_heads_its_part():
    text = (
        f"Three suppers with one tin of beans\n\n{BODY}\n\nMonday: Bean and Leek Soup\n\nkessakitchen.com/Pinterest\n\n"
        f"{BODY2} {BODY}\n\nTuesday: Bean Tacos\n\nInstagram/@orlacooks\n\n{BODY} {BODY2}\n\n"
        f"Wednesday: Baked Beans on Toast\n\nharbourfood.co.uk/Pinterest\n\n{BODY2} {BODY}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections][1:] == [
        "Monday: Bean and Leek Soup", "Tuesday: Bean Tacos", "Wednesday: Baked Beans on Toast"
    ]
    assert briefing.sections[1].text.startswith("kessakitchen.com/Pinterest")


def test_a_live_blog_s_posts_under_how_long_ago_their_time_and_writer_are_sections():
    posts = "".join(
        f"{ago} ago {time} Nora Vance\n\n{headline}\n\n{BODY} {BODY2}\n\n"
        for ago, time, headline in (
            # Headlines full of names, in no one case: only where they stand makes them headlines.
            ("21 mins", "11:48", "Nora Vance pal says Prince Alaric 'fit plans for UK fame' after Suits"),
            ("2 hours", "10:05", "Royal expert tears into Nora Vance after she said 'she had rotten time in UK'"),
            ("4 hours", "08:36", "The only person Prince Alaric and Nora Vance trust to look after Tam and Lio"),
        )
    )
    text = f"Harbour LIVE: ferry news as it happens\n\n{BODY}\n\n{posts}"
    assert headings(text)[1:] == [
        "Nora Vance pal says Prince Alaric 'fit plans for UK fame' after Suits",
        "Royal expert tears into Nora Vance after she said 'she had rotten time in UK'",
        "The only person Prince Alaric and Nora Vance trust to look after Tam and Lio",
    ]


def test_a_review_s_field_in_small_letters_under_its_repeated_label_is_no_heading():
    items = "".join(
        f"{n}. {name}\n\n£{price}, Harbour Shop\n\nWe like: {good}\n\nWe don’t like: {bad}\n\n{BODY} {BODY2}\n\n"
        for n, name, price, good, bad in (
            (1, "Kessa Heated Rack", 40, "dries shirts overnight", "it is heavy"),
            (2, "Orla Drying Pod", 80, "a quick one-shirt dryer for trips", "it holds one shirt"),
            (3, "Vance Ladder Airer", 60, "the low running cost", "heat output is low"),
        )
    )
    found = headings(f"The best heated airers\n\n{BODY}\n\n{items}")
    assert found[1:] == ["1. Kessa Heated Rack", "2. Orla Drying Pod", "3. Vance Ladder Airer"]


def test_a_product_with_where_it_is_from_and_its_price_heads_its_review():
    items = (
        ("Kessa Ridge 2024 Pinot Noir, Chile ($19.99, #559393)", "Bottom line: B+. A bright red for the barbecue."),
        ("Orla Bay 2023 Rosé, France ($14.99, #192961)", "Bottom line: B. Friendly and easy to like."),
        ("Tarvik Small Batch Cider Pack, B.C. ($21.99, #683213)", "Bottom line: A-. Crisp and dry."),
    )
    text = "Wine Guy: three bottles for a sunny day\n\n" + BODY + "\n\n" + "".join(
        f"{name}\n\n{BODY} {BODY2}\n\n{verdict}\n\n" for name, verdict in items
    )
    assert headings(text)[1:] == [name for name, _ in items]



def test_a_hyphenated_word_in_capitals_heads_its_part_among_headings_in_capitals():
    text = (
        f"Sprinter wins gold at last\n\n{BODY}\n\nSELF-DOUBT\n\n{BODY2} {BODY}\n\n"
        f"A DIFFERENT ENERGY\n\n{BODY} {BODY2}\n\nA NEW CHAPTER\n\n{BODY2}\n"
    )
    assert headings(text)[1:] == ["SELF-DOUBT", "A DIFFERENT ENERGY", "A NEW CHAPTER"]


def test_a_heading_over_a_credit_in_brackets_heads_its_part():
    text = (
        f"The long story of the harbour wars\n\n{BODY}\n\nThe Salt Kingdom\n\n(Artist: kessadraws)\n\n{BODY2} {BODY}\n\n"
        f"Dark Tides\n\n(Illustration: Ann Lee)\n\n{BODY} {BODY2}\n\nThe Last Ferry\n\n{BODY2} {BODY}\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections][1:] == ["The Salt Kingdom", "Dark Tides", "The Last Ferry"]
    assert briefing.sections[1].text.startswith("(Artist: kessadraws)")


def test_words_said_in_single_quotation_marks_that_the_part_takes_up_head_it():
    text = (
        f"Ferry strike ends after talks\n\n{BODY}\n\n'It's a new start for the crews'\n\n"
        f"The union called the deal a new start for crews who had gone without a rise. {BODY2}\n\n"
        f"‘MASSIVE RISKS’\n\n{BODY} The harbour board still sees massive risks in the plan.\n\n"
        f"'We will win'\n\n{BODY2} {BODY}\n\n“We will not go back to the old timetable.”\n\n{BODY2} {BODY}\n"
    )
    assert headings(text)[1:] == ["'It's a new start for the crews'", "‘MASSIVE RISKS’"]


def test_a_short_question_and_its_shorter_answer_head_their_part():
    assert headings(between_headings("Gone for good? Not so fast."))[1:] == ["What Comes Next", "Gone for good? Not so fast.", "The Cost"]
    assert headings(between_headings("Really? Not at all."))[1:] == ["What Comes Next", "The Cost"]


def test_a_paper_s_crosshead_of_two_common_words_or_a_count_heads_its_part():
    text = (
        f"Copper town moves to make way for a mine\n\n{BODY} {BODY2}\n\n50,000 Towers\n\n{BODY2} {BODY}\n\n"
        f"Jobs, Revenue\n\n{BODY} {BODY2}\n\nRocks, Teargas\n\n{BODY2} {BODY}\n\nLee, Ann\n\n{BODY} {BODY2}\n"
    )
    assert headings(text)[1:] == ["50,000 Towers", "Jobs, Revenue", "Rocks, Teargas"]


def test_a_cry_going_on_from_the_line_before_is_no_heading_among_numbered_ones():
    text = (
        f"5 things phone apps should stop doing\n\n{BODY}\n\n#5. Asking Where You Are\n\n{BODY2} {BODY}\n\n"
        f"But mainly, burglars!\n\n{BODY} {BODY2}\n\n#4. Reading Your Messages\n\n{BODY2} {BODY}\n\n#3. Selling Your Likes\n\n{BODY} {BODY2}\n"
    )
    assert headings(text)[1:] == ["#5. Asking Where You Are", "#4. Reading Your Messages", "#3. Selling Your Likes"]
