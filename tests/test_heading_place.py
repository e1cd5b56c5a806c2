"""Titles, ledes and sub-headings found by their shape and place; nothing the reader drops."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing_tui.core.export import to_dict
from briefing_tui.core.parsing import parse_text
from briefing_tui.core.parsing.headings import label_and_kind

PARA = (
    "The river rose four metres overnight and reached the old town before dawn, officials said. "
    "Residents were moved to the school on the hill."
)
PARA2 = "Engineers had warned for years that the levee was too low. The council delayed the work twice."
PARA3 = "Repairs will take until the summer, the mayor said on Tuesday, and will cost more than planned."


def headings(text: str) -> list[str | None]:
    return [s.heading for s in parse_text(text).sections]


def words(text: str) -> Counter:
    # Letters only: Markdown renumbers an ordered list ("1." "1." reads 1, 2), its numbers are markers.
    return Counter(w.lower() for w in re.findall(r"[^\W\d_]+", text))


# ------------------------------------------------------------------ title and lede


def test_one_sentence_opening_paragraph_is_the_lead_not_the_title():
    opening = "The river rose four metres overnight and flooded the old town before dawn on Sunday."
    briefing = parse_text(f"{opening}\n\n{PARA2}\n\n{PARA3}\n")
    assert briefing.title is None
    assert briefing.sections[0].heading is None
    assert briefing.sections[0].text.startswith(opening)


def test_one_sentence_opening_over_a_caption_is_the_lead_not_the_title():
    opening = "Maria Kovacs is a Hungarian violinist."
    life = "Maria Kovacs was born in Pecs in 1931. Her father, a teacher, gave Kovacs her first violin."
    briefing = parse_text(f"{opening}\n\nMaria Kovacs\n\n{life}\n\n{PARA2}\n")
    assert briefing.title is None
    assert briefing.sections[0].text.startswith(opening)


def test_long_opening_paragraph_is_never_the_title():
    opening = " ".join([PARA] * 3)
    briefing = parse_text(f"{opening}\n\n{PARA2}\n")
    assert briefing.title is None
    assert opening in briefing.sections[0].text


@pytest.mark.parametrize("date", ["Sunday, January 20, 2008", "20 January 2008", "March 3, 2021"])
def test_a_date_opening_an_untitled_text_is_its_date_not_its_title(date):
    briefing = parse_text(f"{date}\n\n{PARA}\n\n{PARA2}\n")
    assert briefing.title is None
    assert briefing.date is not None and briefing.date[:4] in date
    assert briefing.sections[0].text.startswith(date)  # kept, not lost


def test_a_date_under_the_title_fills_the_date_and_stays_in_the_text():
    briefing = parse_text(f"Flood report\n\nMonday, March 5, 2007\n\n{PARA}\n\n{PARA2}\n")
    assert (briefing.title, briefing.date) == ("Flood report", "2007-03-05")
    assert "Monday, March 5, 2007" in briefing.sections[0].text


def test_an_authors_line_with_an_address_is_the_lead_not_the_title():
    authors = "Ann Lee ann.lee@flood.example Institute of Hydrology, Lowland University"
    briefing = parse_text(f"{authors}\n\n{PARA}\n\n{PARA2}\n")
    assert briefing.title is None
    assert briefing.sections[0].text.startswith(authors)


def test_a_question_headline_over_paragraphs_is_the_title_not_a_heading():
    briefing = parse_text(f"What is a flood plain?\n{PARA}\nWhy the levee failed\n{PARA2}\n{PARA3}\n")
    assert briefing.title == "What is a flood plain?"
    assert [s.heading for s in briefing.sections] == [None, "Why the levee failed"]


def test_a_question_opening_a_talk_is_no_title():
    briefing = parse_text(f"So what did you do, Sam? {PARA}\n\n{PARA2}\n")
    assert briefing.title is None


def test_sentence_title_stands_when_a_heading_follows():
    briefing = parse_text(f"The U.S. and Japan will sign a security pact.\nTopline\n{PARA}\n")
    assert briefing.title == "The U.S. and Japan will sign a security pact."
    assert [s.heading for s in briefing.sections] == ["Topline"]


def test_short_headline_is_the_title():
    briefing = parse_text(f"Why the river floods every spring\n\n{PARA}\n\n{PARA2}\n")
    assert briefing.title == "Why the river floods every spring"


def test_smart_brevity_lead_is_an_untitled_section_never_the_title():
    text = f"{PARA}\n\nWhy it matters: {PARA2}\n\nThe big picture: {PARA3}\n"
    for body in (text, text.replace("The council", "The **council**")):
        briefing = parse_text(body)
        assert briefing.title is None
        assert briefing.sections[0].heading is None and briefing.sections[0].text.startswith("The river rose")


# ------------------------------------------------------------------ sub-headings by shape


@pytest.mark.parametrize(
    "heading",
    [
        "Why the river floods every spring",  # sentence case
        "Warnings Were Ignored For Years",  # Title Case
        "What did the court decide?",  # a question in wire copy
        "THE COST OF REPAIRS",  # ALL CAPS
        "Early life",
        "First, do no harm",  # a comma in a heading of a few words
    ],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_line_standing_alone_between_paragraphs_is_a_heading(heading, gap):
    text = gap.join(["Flood Report", PARA, heading, PARA2, PARA3]) + "\n"
    assert headings(text) == [None, heading]


def test_numbered_headings_in_sequence_are_kept_as_written_and_labelled_once():
    steps = [f"{n}. {name}" for n, name in enumerate(
        ["Start small", "Pack light", "Ask locals", "Walk early", "Eat late", "Learn words",
         "Carry cash", "Rest often", "Stay curious", "Go slow", "Sleep on it", "Say thanks"], 1)]
    text = "Twelve travel tips\n\n" + "\n\n".join(f"{s}\n\n{PARA2}" for s in steps) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == steps
    assert briefing.sections[10].label == "Sleep on it"  # the outline numbers it: no "12 · 11."


def test_numbered_headings_after_front_matter_which_markdown_reads_as_lists():
    text = (
        "---\ntitle: Testing maps\n---\n\n" + PARA + "\n\n1. Introduction\n\n" + PARA2
        + "\n\n2. Mutation operators for maps\n\n" + PARA3 + "\n\n3. Conclusions\n\n" + PARA + "\n"
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [
        None, "1. Introduction", "2. Mutation operators for maps", "3. Conclusions"
    ]
    assert [s.label for s in briefing.sections[1:]] == ["Introduction", "Mutation operators…", "Conclusions"]


def test_numbered_parts_before_a_colon_are_headings():
    text = f"Basil\n\n{PARA}\n\nMethod 1 of 2: Starting seeds\n\n{PARA2}\n\nMethod 2 of 2: Harvesting\n\n{PARA3}\n"
    assert headings(text) == [None, "Method 1 of 2: Starting seeds", "Method 2 of 2: Harvesting"]


def test_a_numbered_list_is_not_a_run_of_headings():
    text = f"Shopping\n\n{PARA}\n\n1. Buy milk\n2. Buy bread\n3. Buy eggs\n\n{PARA2}\n"
    assert headings(text) == [None]


@pytest.mark.parametrize(
    "wrapper",
    [
        "---\ntitle: Flood report\nauthor: Ann Lee\n---\n\n",
        "# Flood report\n\n",
    ],
)
def test_plain_line_headings_in_markdown(wrapper):
    text = wrapper + f"{PARA}\n\nWhy the levee failed\n\n{PARA2}\n\nWhat comes next\n\n{PARA3}\n"
    briefing = parse_text(text)
    assert briefing.title == "Flood report"
    assert [s.heading for s in briefing.sections] == [None, "Why the levee failed", "What comes next"]


@pytest.mark.parametrize(
    "line",
    [
        "Costs by District.",
        "Ann Lee, Director",
        "Register now",
        "Watch live: The river at dawn",
        "Editor's note: Updated with the mayor's comments",
        "Ann Lee in 2013",
        "Frontpage of the first edition (1738)",
        "Figure 3 Water levels by month",
        "410 U.S. 113",
        "Photo: Jane Doe",
        "Figure 5: Water levels",
        "Table 1: Costs by district",
        "(Reuters)",
        "LONDON (AP) —",
        "Profile: Jane Doe",
        "Read more: Floods across Europe",
        "Shop now: Acme Outdoor",
        "- Sandbags at the school",
        "By Ann Lee",
        "“We lost everything”",
        "The water rose.",
        "Getty Images",
        "Advertisement",
        "14 August 1947",
        "Dear Friends",
        "No.",
        "You like it? It tastes good?",
        "Nonna asks “What do you think?”",
        "Jane Doe/AFP",  # a photographer and an agency
        "Ann Lee Images/Moodboard/Getty",
        "Image",  # a picture's controls left as words
        "Continue reading the main story",
        "SIGN UP FOR OUR NEWSLETTER",
        "Listing 2: A simplified definition of the operator",
        "Read the full transcript of the interview",  # a link's call to read more
        "Powered by Floodmaps.example",
        "Click here for the second part",
        "Portrait of Ann Lee by Jan Kos",  # what a picture shows, as a caption says it
        "Aerial view of the old town",
        "Ann Lee (left) with the mayor",
        "Back to the table of contents",  # a page's link back up
    ],
)
def test_never_a_heading(line):
    text = f"Flood report\n\n{PARA}\n\n{line}\n\n{PARA2}\n\n{PARA3}\n"
    assert headings(text) == [None]
    briefing = parse_text(text)
    if line.startswith("By "):
        assert briefing.byline == line[3:]  # under the standfirst, near the top: the byline
    else:
        assert line.lstrip("- ") in " ".join(s.text for s in briefing.sections)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_labelled_lines_in_a_sequence_are_headings(gap):
    lessons = [
        "Lesson 1: Ask the people who file the forms.",
        "Lesson 2: A pilot inside an approved system is the quickest test.",
        "Lesson 3: Privacy has a vocabulary of its own.",
    ]
    text = gap.join(["Flood report", PARA, lessons[0], PARA2, lessons[1], PARA3, lessons[2], PARA]) + "\n"
    assert headings(text) == [None, *lessons]


LONG = PARA + " " + PARA2


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_sentences_standing_alone_over_paragraphs_are_headings_when_they_are_its_only_short_lines(gap):
    steps = ["We raised the levee by a metre.", "We moved the pumps uphill.", "We trained volunteers in every street."]
    text = gap.join(["Flood report", PARA, steps[0], LONG, steps[1], LONG, steps[2], LONG]) + "\n"
    assert headings(text) == [None, *steps]


def test_short_sentences_among_other_short_lines_are_no_headings():
    story = [
        "Flood story", PARA, "She waited by the door.", LONG, "“Is it over?” he asked.", "Nobody answered.",
        "The rain went on.", LONG, "“Not yet.”", "He sat down.", LONG, "Then the power failed.", LONG,
    ]
    assert headings("\n\n".join(story) + "\n") == [None]


def test_the_same_label_again_and_again_makes_a_sequence_of_headings():
    claims = ["Claim: Levees never fail in spring.", "Claim: Sandbags are enough for a small town."]
    text = "\n\n".join(["Flood report", PARA, claims[0], PARA2, claims[1], PARA3]) + "\n"
    assert headings(text) == [None, *claims]


def test_a_label_line_over_a_quoted_label_line_heads_both():
    text = "\n\n".join([
        "Flood myths", PARA,
        "Claim: Levees never fail in spring.", "Myth: “Water cannot rise that fast.”", PARA2,
        "Claim: Sandbags are enough for a small town.", "Myth: “Nobody lives near the river.”", PARA3,
    ]) + "\n"
    assert headings(text) == [None, "Claim: Levees never fail in spring.", "Claim: Sandbags are enough for a small town."]


def test_a_single_labelled_line_and_a_speakers_turns_are_no_headings():
    single = "\n\n".join(["Flood report", PARA, "Claim: Levees never fail in spring.", PARA2, PARA3]) + "\n"
    assert headings(single) == [None]
    turns = "\n\n".join([
        "An interview", PARA, "Ann: It rose fast.", PARA2, "Ann: We had no warning at all.", PARA3,
        f"Ann: {PARA} {PARA2}", PARA,
    ]) + "\n"
    assert headings(turns) == [None]


def test_long_sentence_case_headings_among_headings_as_long():
    long = [
        "Levees that were built too low fail in every spring flood",
        "Warnings reach the town too late for people to move their cars",
        "Repairs cost more each year that the council waits to begin",
    ]
    text = "\n\n".join(["Flood report", PARA, long[0], PARA2, long[1], PARA3, long[2], PARA]) + "\n"
    assert headings(text) == [None, *long]


def test_a_long_sentence_case_line_among_short_headings_is_a_caption():
    caption = "The old customs house on the quay in the morning light"
    text = "\n\n".join(["Kallo", PARA, "Get in", PARA2, caption, PARA3, "See", PARA, "Sleep", PARA2]) + "\n"
    assert headings(text) == [None, "Get in", "See", "Sleep"]
    alone = "\n\n".join(["Flood report", PARA, caption, PARA2, PARA3]) + "\n"
    assert headings(alone) == [None]


def test_a_heading_under_a_sentence_that_ends_in_a_footnote_mark():
    text = "\n".join(["Ann Lee", PARA + " [3]", "Early life", PARA2 + "[4][5]", "Career", PARA3]) + "\n"
    assert headings(text) == [None, "Early life", "Career"]


def test_in_text_of_a_paragraph_a_line_a_heading_may_stand_under_a_caption():
    caption = "View of the harbour from the lighthouse on the north cape"
    text = "\n".join(["Kallo", PARA, caption, "Get in", PARA2, PARA3, "See", PARA]) + "\n"
    assert headings(text) == [None, "Get in", "See"]
    assert caption in parse_text(text).sections[0].text


@pytest.mark.parametrize("separator", [" - ", " – ", ": "])
def test_numbered_parts_before_a_dash_or_a_colon(separator):
    parts = [f"Week {n}{separator}{name}" for n, name in ((1, "Getting Started"), (2, "Data and Tables"))]
    text = "\n\n".join(["Course plan", PARA, parts[0], PARA2, parts[1], PARA3]) + "\n"
    assert headings(text) == [None, *parts]


@pytest.mark.parametrize("heading", ["The host/coach", "Input/Output Devices"])
def test_a_heading_with_a_slash_is_no_photo_credit(heading):
    text = "\n\n".join(["Flood report", PARA, heading, PARA2, PARA3]) + "\n"
    assert headings(text) == [None, heading]


def test_the_last_item_of_a_numbered_list_over_a_paragraph_is_no_heading():
    text = "\n\n".join([
        "Flood report", PARA, "1. Who was warned?", "2. Who acted?", "3. Who paid? And when?",
        "4. What stood in the way of the repairs?", PARA2 + " " + PARA3,
    ]) + "\n"
    assert headings(text) == [None]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_the_first_item_of_a_numbered_list_over_a_paragraph_is_no_heading(gap):
    text = gap.join([
        "Flood report", PARA, "We asked two things:", "1. Who was warned before the river rose?",
        "2. " + PARA2, PARA3 + " " + PARA,
    ]) + "\n"
    assert headings(text) == [None]


def test_a_question_and_a_phrase_after_it_are_no_sentence_case_heading():
    long = ["Levees that were built too low fail in every flood", "Warnings reach the town too late for people"]
    text = "\n\n".join([
        "Flood report", PARA, long[0], PARA2, "Are we ready? A check for the town", PARA3, long[1], PARA,
    ]) + "\n"
    assert "Are we ready? A check for the town" not in headings(text)


def test_a_title_ending_in_a_colon_over_a_list_introduces_the_list():
    text = f"Style notes\n\n{PARA}\n\nWriting Reports:\n\n- Short sentences\n- One idea a paragraph\n\n{PARA2}\n"
    assert headings(text) == [None]


def test_a_run_of_short_lines_is_a_list_not_headings():
    text = f"Stations\n\n{PARA}\n\nCentral Station\nHarbour Gate\nNorth Park\nOld Mill\n\n{PARA2}\n"
    assert headings(text) == [None]


# A travel guide's shape: the town's name recurs in the text, as a picture's caption would name it.
HARBOUR = (
    "The Harbour Gate stands at the end of the quay. Boats to Kallo Island leave from the Harbour Gate "
    "every hour in summer, and the old customs house beside it is now a museum."
)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_heading_directly_over_its_sub_heading(gap):
    text = gap.join(["Kallo guide", PARA, "Get in", "By boat", PARA2, "See", "Squares", PARA3]) + "\n"
    assert headings(text) == [None, "Get in", "By boat", "See", "Squares"]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_sentence_case_heading_over_a_shorter_sub_heading(gap):
    text = gap.join(["Running a meeting", PARA, "Before the meeting", "Planning", PARA2, "Agenda", PARA3]) + "\n"
    assert headings(text) == [None, "Before the meeting", "Planning", "Agenda"]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_longer_line_under_a_heading_is_its_pictures_caption(gap):
    text = gap.join(["Kallo guide", PARA, "See", "The harbour at dusk", PARA2, PARA3]) + "\n"
    assert headings(text) == [None, "See"]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_heading_and_sub_heading_over_a_pictures_caption(gap):
    text = gap.join(["Kallo guide", PARA, "See", "Landmarks", "Harbour Gate", HARBOUR, "Sleep", PARA2]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "See", "Landmarks", "Sleep"]
    assert "Harbour Gate The Harbour Gate stands" in " ".join(briefing.sections[2].text.split())


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_name_standing_alone_is_a_caption_not_a_heading(gap):
    life = "Maria Kovacs was born in Pecs in 1931. Her father, a teacher, gave Kovacs her first violin."
    work = "In 1950 the young Maria Kovacs moved to Budapest, where she studied with the court orchestra."
    text = gap.join(["Maria Kovacs", life, "Early life", work, "Maria Kovacs", PARA2]) + "\n"
    assert headings(text) == [None, "Early life"]


@pytest.mark.parametrize("heading", ["Remember the Harbour!", "Mind the Gap!"])
def test_a_title_case_heading_may_end_in_an_exclamation_mark(heading):
    text = f"Flood report\n\n{PARA}\n\n{heading}\n\n{PARA2}\n\n{PARA3}\n"
    assert headings(text) == [None, heading]


@pytest.mark.parametrize(
    "letter",
    [
        f"12 Mill Lane\n\nHarbour Office\n\nDear Jean,\n\n{PARA}\n\n{PARA2}\n\nLove always,\nMarcie\nSee you soon!\n",
        f"Town Hall\n\nCAPE HARBOUR\n\nSir,\n\n{PARA}\n\n{PARA2}\n\nYours faithfully,\n\nAnn Lee\n",
    ],
)
def test_a_letters_address_and_signature_are_no_headings(letter):
    briefing = parse_text(letter)
    assert [s.heading for s in briefing.sections if s.heading] == []


def test_two_numbered_lines_over_a_paragraph_are_a_list():
    text = f"Shopping\n\n{PARA}\n\n1. Buy milk\n\n2. Buy bread\n\n{PARA2}\n\n{PARA3}\n"
    assert headings(text) == [None]


def test_a_heading_under_a_list_item_in_text_without_blank_lines():
    text = "\n".join(["Flood report", PARA, "- Sandbags at the school", "- Boats on the square", "What comes next", PARA2]) + "\n"
    assert headings(text) == [None, "What comes next"]


def test_a_picture_opening_a_heading_leaves_it_a_heading():
    text = f"Flood report\n\n{PARA}\n\n🚀 What comes next\n\n{PARA2}\n\n{PARA3}\n"
    assert headings(text) == [None, "🚀 What comes next"]


def test_a_title_with_a_full_stop_over_another_heading_is_no_heading():
    text = f"Flood report\n\n{PARA}\n\nCosts by District.\n\nWhy the levee failed\n\n{PARA2}\n"
    assert headings(text) == [None, "Why the levee failed"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_web_address_over_text_that_never_names_it_is_no_heading(gap):
    # An advert's or a link's residue under the title; a site's name heads text about it.
    text = gap.join(["Flood report", "Rivertrips.com", PARA, "Floodwatch.gov", "Floodwatch sends a text when the river rises.", PARA2]) + "\n"
    assert headings(text) == [None, "Floodwatch.gov"]
    assert "Rivertrips.com" in parse_text(text).sections[0].text


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_title_said_twice_in_a_row_is_a_pictures_text_and_caption_not_headings(gap):
    text = gap.join(["Harbour guide", PARA, "harbour guide", "Harbour Guide", PARA2, "What comes next", PARA3]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "What comes next"]
    assert "Harbour Guide" in briefing.sections[0].text


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_said_again_in_other_order_under_it_heads_and_the_repeat_is_text(gap):
    # The picture under a heading, its text saying the heading's words again.
    text = gap.join(["Harbour guide", PARA, "Types of Harbour Permits", "Harbour Permit Types", PARA2, "What comes next", PARA3]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "Types of Harbour Permits", "What comes next"]
    assert briefing.sections[1].text.startswith("Harbour Permit Types")


def test_two_heading_like_lines_joined_in_text_of_blank_separated_paragraphs_head_nothing():
    # A video's caption and its provider, a byline and its outlet: one block of two short lines.
    text = "\n\n".join(["Flood report", PARA, "What should you do when the river rises?\nFloodcam", PARA2, "What comes next", PARA3]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "What comes next"]
    assert "Floodcam" in briefing.sections[0].text


def test_a_wire_headline_said_twice_with_a_place_before_its_colon_is_no_memo():
    headline = "HARBOURTON: Levee breaks after a night of rain, officials say"
    briefing = parse_text("\n".join([headline, "", headline, PARA, PARA2, PARA3]) + "\n")
    assert briefing.format != "memo"
    assert [s.heading for s in briefing.sections] == [None]


@pytest.mark.parametrize("caption", ["A ferry crossing over the river at dawn", "Two boys fishing off the old pier"])
def test_who_a_picture_shows_doing_something_somewhere_is_a_caption(caption):
    text = "\n\n".join(["Harbour guide", PARA, caption, "Getting Around", PARA2, "Where to Stay", PARA3]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "Getting Around", "Where to Stay"]
    assert caption in briefing.sections[0].text
    # A phrase naming a topic keeps heading: "The art of sailing in winter".
    topic = text.replace(caption, "The art of sailing in winter")
    assert "The art of sailing in winter" in headings(topic)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_names_with_their_marks_each_over_a_paragraph_head_them_from_the_first_line(gap):
    marks = ["Ann Lee: 7/10", "Jan Kos: 6.5", "Eva Marx (C): 8/10"]
    text = gap.join([marks[0], PARA, marks[1], PARA2, marks[2], PARA3]) + "\n"
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == marks
    # One name and its mark alone is a line of the text.
    single = parse_text(gap.join(["Match report", PARA, marks[0], PARA2, PARA3]) + "\n")
    assert [s.heading for s in single.sections] == [None]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_phrases_ending_in_a_colon_each_over_its_list_in_a_chain_head_them(gap):
    parts = ["Who should come:", "What to bring:", "Places we will visit:"]
    lists = [["- Walkers", "- Families with children"], ["- Boots", "- A raincoat"], ["- The levee", "- The old harbour"]]
    text = gap.join(["Harbour walk", PARA, *[line for part, items in zip(parts, lists) for line in [part, *items]]]) + "\n"
    assert headings(text) == [None, *[p.rstrip(":") for p in parts]]
    # Running text after the last list: the lines introduce their lists.
    assert headings(text.rstrip("\n") + gap + PARA2 + "\n") == [None]
    # A sentence ending in a colon introduces its list.
    single = gap.join(["Harbour walk", PARA, "We ask ourselves:", "- Is it safe?", "- Is it open?", "Why walk", PARA2]) + "\n"
    assert headings(single) == [None, "Why walk"]


def test_numbered_questions_may_hold_a_comma_or_a_quoted_word():
    text = (
        f"Is your project agile?\n\n{PARA}\n\n1. Does the team plan everything up front?\n\n{PARA2}\n\n"
        f"2. Is the first “sprint” spent writing requirements?\n\n{PARA3}\n\n"
        f"3. Speaking of sprints, is testing left to the last two?\n\n{PARA}\n"
    )
    assert headings(text)[1:] == [
        "1. Does the team plan everything up front?",
        "2. Is the first “sprint” spent writing requirements?",
        "3. Speaking of sprints, is testing left to the last two?",
    ]


def test_an_interviewers_label_again_and_again_is_no_memo():
    turns = "\n".join(
        f"TTS: {question}\nAaron Burk: {PARA}" for question in ("What do you do?", "What is next?", "What was hard?")
    )
    text = f"A day with a product owner\n{PARA2}\nWhat a product owner does\n{PARA3}\n{turns}\n"
    briefing = parse_text(text)
    assert briefing.format != "memo"
    assert "What a product owner does" in [s.heading for s in briefing.sections]
    # The questions over the named answers head them (a transcript); no word is lost.
    assert "TTS: What is next?" in [s.heading for s in briefing.sections]


def test_paragraphs_opening_with_labels_of_their_own_keep_the_articles_headings():
    text = (
        f"How we built the dashboard\n\n{PARA}\n\nA static website\n\n{PARA2}\n\n"
        f"Living up to our principles\n\nOpen source: {PARA3}\n\nOpen data: {PARA}\n\n"
        f"Secure connections: {PARA2}\n"
    )
    briefing = parse_text(text)
    assert briefing.format != "axios"
    assert [s.heading for s in briefing.sections] == [None, "A static website", "Living up to our principles"]


def test_paragraphs_opening_with_labels_of_their_own_and_no_common_label_are_no_smart_brevity():
    text = (
        f"Where flood plans fail\n\n{PARA}\n\nNo warning system: {PARA2}\n\nLack of ownership: {PARA3}\n\n"
        f"Siloed budgets: {PARA}\n\nDeliberate delay: {PARA2}\n"
    )
    briefing = parse_text(text)
    assert briefing.format != "axios"
    assert [s.heading for s in briefing.sections] == [None]
    assert "Lack of ownership: " in briefing.sections[0].text


@pytest.mark.parametrize(
    "text",
    [
        f"```markdown\n# Flood report\n\n{PARA}\n\nWhy the levee failed\n\n{PARA2}\n\nWhat comes next\n\n{PARA3}\n```\n",
        f"```\nFlood report\n{PARA}\nWhy the levee failed\n{PARA2}\nWhat comes next\n{PARA3}\n```",
        f"---\ntitle: Flood report\nauthor: Ann Lee\n---\n{PARA}\nWhy the levee failed\n{PARA2}\nWhat comes next\n{PARA3}\n",
    ],
)
def test_a_fenced_report_or_front_matter_over_plain_lines_keeps_its_headings(text):
    briefing = parse_text(text)
    assert briefing.title == "Flood report"
    assert [s.heading for s in briefing.sections] == [None, "Why the levee failed", "What comes next"]
    assert briefing.sections[0].text.startswith("The river rose")


def test_a_news_story_with_its_date_caption_credit_question_and_link_lists():
    text = (
        "Flood waters reach the old town of Kallo\n\nWednesday, March 5, 2008\n\n"
        f"{PARA}\n\nKallo harbour in 2006.\nImage: Jane Doe.\n\n{PARA2}\n\n"
        f"What did the council know?\n\n{PARA3}\n\nRelated news\n\n"
        "- “Kallo council delays levee work” — June 2, 2007\n\nSources\n\n"
        "- “River floods Kallo” — Kallo Herald, March 5, 2008\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Flood waters reach the old town of Kallo"
    assert [s.heading for s in briefing.sections] == [None, "What did the council know?", "Related news", "Sources"]
    assert briefing.sections[0].text.startswith("Wednesday, March 5, 2008")
    assert "Kallo harbour in 2006. Image: Jane Doe." in " ".join(briefing.sections[0].text.split())


@pytest.mark.parametrize("heading", ["THE FIRST SETTLERS: THE RIVER PEOPLE", "Flood Defences Since the War: What Changed"])
def test_a_heading_of_three_words_or_more_before_a_colon(heading):
    text = f"Flood report\n\n{PARA}\n\n{heading}\n\n{PARA2}\n\n{PARA3}\n"
    assert headings(text) == [None, heading]


@pytest.mark.parametrize(
    "heading", ["Case study: the river towns", "Step one: Pick a few small tasks", "Tuesday morning: The first sketches"]
)
def test_a_heading_of_two_parts_joined_by_a_colon(heading):
    text = f"Flood report\n\n{PARA}\n\n{heading}\n\n{PARA2}\n\n{PARA3}\n"
    assert headings(text) == [None, heading]


def test_a_paragraph_over_a_rule_is_no_heading():
    text = f"Flood report\n{PARA}\n---\nWhy the levee failed\n{PARA2}\n{PARA3}\n"
    briefing = parse_text(text)
    assert all(len(s.heading or "") < 40 for s in briefing.sections)
    assert "Why the levee failed" in [s.heading for s in briefing.sections]


def test_a_heading_right_after_a_numbered_list():
    steps = "\n\n".join(["1. Fill a pot with soil", "2. Sow the seeds", "3. Water them daily", "4. Leave the pot in the sun"])
    text = f"Growing basil\n\n{PARA}\n\n{steps}\n\nCaring for the seedlings\n\n{PARA2}\n\n{PARA3}\n"
    assert headings(text) == [None, "Caring for the seedlings"]


def test_a_known_heading_before_a_colon_and_a_phrase_is_not_cut_from_it():
    text = f"Flood report\n\n{PARA}\n\nBackground: Investigators in the field\n\n{PARA2}\n\n{PARA3}\n"
    briefing = parse_text(text)
    assert "Background" not in [s.heading for s in briefing.sections]
    assert "Background: Investigators in the field" in " ".join(
        [s.heading or "" for s in briefing.sections] + [s.text for s in briefing.sections]
    )


def test_numbered_label_drops_its_number():
    assert label_and_kind("11. Sleep on it", "numbered") == ("Sleep on it", "section")


# ------------------------------------------------------------------ footer and byline


FOOTER = "This article was written by Ann Lee from Forbes and was legally licensed through X by Y."


def test_a_correction_after_the_footer_stays():
    text = f"Flood report\nTopline\n{PARA}\n{FOOTER}\nCorrection: An earlier version misspelled a name.\n"
    briefing = parse_text(text)
    assert briefing.byline == "Ann Lee, Forbes"
    assert briefing.sections[-1].text.endswith("Correction: An earlier version misspelled a name.")


def test_licensing_lines_after_the_footer_go_with_it():
    text = f"Flood report\nTopline\n{PARA}\n{FOOTER}\nPlease direct all licensing questions to legal@x.com.\n"
    assert "licensing" not in parse_text(text).sections[-1].text


@pytest.mark.parametrize(
    "text",
    [
        f"By Ann Lee\n\n{PARA}\n\n{PARA2}\n",
        f"Driving the news: {PARA}\nBy Ann Lee\nWhy it matters: {PARA2}\nThe big picture: {PARA3}\n",
        f"{PARA}\nBy Ann Lee\n{PARA2}\n",
    ],
)
def test_the_byline_appears_once(text):
    briefing = parse_text(text)
    exported = to_dict(briefing)
    body = " ".join(s["text"] for s in exported["sections"]) + " " + (briefing.title or "")
    assert briefing.byline == "Ann Lee"
    assert "Ann Lee" not in body


# ------------------------------------------------------------------ not a word lost

_WORD = st.sampled_from(
    "river flood council levee water town school mayor repairs summer budget engineers "
    "Monday Paris Acme Lee the of and in to".split()
)


def _line(kind: str, ws: list[str]) -> str:
    sentence = " ".join(ws)
    if kind == "paragraph":
        return sentence.capitalize() + ". " + " ".join(reversed(ws)).capitalize() + "."
    if kind == "title":
        return " ".join(w.capitalize() for w in ws[:6])
    if kind == "sentence":
        return sentence[:50].strip().capitalize()
    if kind == "question":
        return "Why " + " ".join(ws[:6]) + "?"
    if kind == "caps":
        return " ".join(ws[:4]).upper()
    if kind == "item":
        return "- " + sentence
    if kind == "numbered":
        return "1. " + sentence.capitalize()
    if kind == "byline":
        return "By " + " ".join(w.capitalize() for w in ws[:2])
    if kind == "label":
        return "Why it matters: " + sentence + "."
    if kind == "caption":
        return "Photo: " + sentence
    return "Shop now: " + " ".join(ws[:2]).title()


_BLOCK = st.tuples(
    st.sampled_from(
        ["paragraph", "paragraph", "title", "sentence", "question", "caps", "item", "numbered",
         "byline", "label", "caption", "shop"]
    ),
    st.lists(_WORD, min_size=2, max_size=12),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_BLOCK, min_size=1, max_size=10),
    st.sampled_from(["\n", "\n\n"]),
    st.sampled_from(["", "# ", "---\ntitle: Flood\n---\n\n", "---\ntitle: Flood\n---\n", "```markdown\n"]),
    st.booleans(),
)
# The headline printed again over the text: its copy is kept, as every word is.
@example([("title", ["river", "river", "river"]), ("numbered", ["river", "river"]), ("title", ["river", "river", "river"])], "\n", "", True)
def test_no_word_is_lost(blocks, gap, wrapper, footer):
    """Every word of the input is in the export: title, byline, headings or section text.

    The syndication footer is boilerplate: the writer and outlet it names are the byline;
    so are front matter's field names and a byline's "By".
    """
    body = gap.join(_line(kind, ws) for kind, ws in blocks)
    text = wrapper + body + ("\n" + FOOTER + "\nCorrection: a name was misspelled." if footer else "") + "\n"
    if wrapper.startswith("```"):
        text += "```\n"  # the whole report in one fence
    exported = to_dict(parse_text(text))
    out = Counter()
    for value in (exported["title"], exported["byline"]):
        out += words(value or "")
    for section in exported["sections"]:
        out += words(section["heading"] or "") + words(section["text"])
    # "By" opening a byline line is its marker, not a word of it.
    expected = words(wrapper.replace("title:", "").replace("```markdown", "") + re.sub(r"(?m)^By ", "", body) + (" Correction: a name was misspelled." if footer else ""))
    if footer:
        expected += Counter({"ann": 1, "lee": 1, "forbes": 1})
    missing = expected - out
    assert not missing, (missing, text, exported)


def test_a_question_heading_may_hold_an_abbreviation():
    text = f"Pact\nTopline\n{PARA}\nWhat Security Threats Are Japan And The U.s. Concerned About?\n{PARA2}\n"
    assert headings(text) == ["Topline", "What Security Threats Are Japan And The U.s. Concerned About?"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_short_answer_between_two_questions_is_no_heading(gap):
    turns = [
        "You have guided on this river longer than almost anyone. When did you start?",
        "Twenty years ago this spring",
        "Many guides leave after a few seasons, worn out. Do you still enjoy it?",
        "Every single day on the water",
        "So, what is next for you?",
        PARA,
    ]
    text = gap.join(["Talking to a river guide", PARA2, *turns]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None]
    assert "Every single day on the water" in briefing.sections[0].text


LONG_QUESTION = (
    "Do you have any advice for someone interested in becoming or just starting out as a technical "
    "lead on a government project?"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_long_question_heads_a_section_among_an_interviews_questions(gap):
    text = gap.join(
        ["A talk with a technical lead", PARA, "How did you start?", PARA2, "What was hard?", PARA3, LONG_QUESTION, PARA]
    )
    assert headings(text + "\n") == [None, "How did you start?", "What was hard?", LONG_QUESTION]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_long_question_standing_alone_in_an_article_is_a_paragraph(gap):
    text = gap.join(["Building the team", PARA, "Hiring", PARA2, LONG_QUESTION, PARA3])
    assert headings(text + "\n") == [None, "Hiring"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_questions_over_named_speakers_answers_head_a_transcript(gap):
    asked = [
        "TTS: Can you walk me through what you do as the owner of the flood maps, day to day and week to week?",
        "It sounds like the levee work and the maps compete for time. How has the team been balancing that?",
        "TTS: What has been fun about this project?",
    ]
    text = gap.join(
        [
            "Catching up with the flood map team",
            PARA,
            asked[0],
            f"Ann Lee: {PARA2}",
            f"Tom Berg: {PARA3}",
            asked[1],
            f"Tom Berg: {PARA}",
            f"Ann Lee: {PARA2}",
            asked[2],
            f"Ann Lee: {PARA3}",
            "TTS: Patience on both sides has made this work. Was it always so?",
            PARA3,
        ]
    )
    briefing = parse_text(text + "\n")
    assert [s.heading for s in briefing.sections] == [None, *asked]
    assert "Patience on both sides" in briefing.sections[-1].text


def test_a_question_over_one_labelled_paragraph_is_no_transcript():
    text = f"Open data at the council\n\n{PARA}\n\nWhat does it mean for you, and for the town?\n\nOpen data: {PARA2}\n\n{PARA3}\n"
    assert headings(text) == [None]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_names_each_over_a_paragraph_about_it_head_the_parts_of_a_text(gap):
    hub = "The Hub is just what it sounds like: a place where we keep maps. Anyone can update The Hub."
    midas = "Midas: one of my coworkers calls Midas a market for people's time. We use Midas every week."
    snippets = "Snippets are a quick way to see what everyone did last week. We read Snippets on Mondays."
    text = gap.join(
        ["Three tools for your office", PARA, "The Hub", hub, PARA2, "Midas", midas, "Snippets", snippets, PARA3]
    )
    assert headings(text + "\n") == [None, "The Hub", "Midas", "Snippets"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_cry_standing_alone_among_other_headings_is_a_heading(gap):
    text = gap.join(["Flood maps", PARA, "How we built it", PARA2, "What we learned", PARA3, "Your turn!", PARA])
    assert headings(text + "\n") == [None, "How we built it", "What we learned", "Your turn!"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_cries_in_talk_and_a_cry_under_a_heading_are_no_headings(gap):
    talk = gap.join(["At the pizzeria", PARA, "Look at this oven!", PARA2, "Is it hot?", PARA3, "Nice job!", PARA])
    assert not [h for h in headings(talk + "\n") if h and h.endswith("!")]
    guide = gap.join(["Flood maps", PARA, "Installing", PARA2, "Checking that it works", "Let's start!", PARA3, "Next steps", PARA])
    assert headings(guide + "\n") == [None, "Installing", "Checking that it works", "Next steps"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_over_a_numbered_list(gap):
    week1 = ["1. Welcome, tips and rules", "2. Version control", "3. The command line"]
    week2 = ["1. Webpages - HTML and CSS", "2. Accessibility", "3. Recipe page project"]
    text = gap.join(["Course outline", PARA, "Week 1 - Developer Tools", *week1, "Week 2 - Webpages", *week2])
    assert headings(text + "\n") == [None, "Week 1 - Developer Tools", "Week 2 - Webpages"]


def test_a_line_ending_in_a_colon_over_a_numbered_list_introduces_it():
    text = f"The ruling\n\n{PARA}\n\nHeld:\n1. {PARA2}\n2. {PARA3}\n"
    assert headings(text) == [None]


@pytest.mark.parametrize("answer", ["Absolutely", "Not at all", "Twenty years ago this spring", "The Green River"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_short_answer_under_an_interviews_question_is_no_heading(answer, gap):
    text = gap.join(
        ["Talking to a river guide", PARA, "When did you start guiding?", answer, PARA2]
        + ["Do you still enjoy it?", PARA3, "What is next?", PARA]
    )
    briefing = parse_text(text + "\n")
    assert [s.heading for s in briefing.sections] == [
        None,
        "When did you start guiding?",
        "Do you still enjoy it?",
        "What is next?",
    ]
    assert briefing.sections[1].text.startswith(answer)


def test_a_heading_under_a_lone_question_heading_stays():
    text = "\n".join(["A personal README", PARA, "Who am I?", "Non-work", PARA2, "Working with me", PARA3])
    assert "Non-work" in headings(text + "\n")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_short_answer_under_a_long_question_in_an_interview_is_no_heading(gap):
    long_question = "Many guides leave after a few seasons, worn out by the work. Do you still enjoy it?"
    text = gap.join(
        ["Talking to a river guide", PARA, "When did you start guiding?", PARA2, long_question, "Every day"]
        + [PARA3, "Where next?", PARA2, "Why rafts?", PARA]
    )
    briefing = parse_text(text + "\n")
    assert "Every day" not in [s.heading for s in briefing.sections]
    assert "Every day" in " ".join(s.text for s in briefing.sections)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_long_heading_opened_by_a_picture_over_its_sub_headings(gap):
    launch = "🚀 Flood Map Pilot launch with the Kallo Water Board and the U.S. Geological Survey"
    text = gap.join(["A year of launches", PARA, launch, "What", PARA2, "Impact", PARA3])
    assert headings(text + "\n") == [None, launch, "What", "Impact"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_name_heads_the_paragraph_that_names_it_first(gap):
    life = "Maria Kovacs was born in Pecs in 1931. Her father, a teacher, gave Kovacs her first violin."
    fund = "In 1975, Kovacs started the Green Strings Fund for young players. The Green Strings Fund gives forty grants a year."
    text = gap.join(["Maria Kovacs", life, "Early life", PARA2, "Green Strings Fund", fund, PARA3]) + "\n"
    assert headings(text) == [None, "Early life", "Green Strings Fund"]
    # A person's name over the paragraph that names her first is her picture's caption.
    teacher = "In Budapest Jan Kos, a cellist, taught Kovacs for six years. Kos died in 1990."
    caption = gap.join(["Maria Kovacs", life, "Early life", PARA2, "Jan Kos", teacher, PARA3]) + "\n"
    assert headings(caption) == [None, "Early life"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_two_short_cries_on_a_line_among_other_headings_are_a_heading(gap):
    text = gap.join(["Flood maps", PARA, "How we built it", PARA2, "What we learned", PARA3, "Help! What should I do?", PARA])
    assert headings(text + "\n") == [None, "How we built it", "What we learned", "Help! What should I do?"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_claim_opened_by_a_pronoun_among_other_headings_is_a_heading(gap):
    claim = "It takes a lot of effort to win users"
    text = gap.join(["Why your town needs no app", PARA, "Apps cost money", PARA2, "Websites reach everyone", PARA3, claim, PARA])
    assert headings(text + "\n") == [None, "Apps cost money", "Websites reach everyone", claim]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_claim_opened_by_a_pronoun_in_an_interview_or_alone_is_text(gap):
    interview = gap.join(
        ["Talking to a river guide", PARA, "When did you start?", PARA2, "Do you enjoy it?", PARA3]
        + ["Plans for the summer", PARA2, "Rafts or canoes", PARA, "Why rafts?", "It was my father's idea", PARA3]
    )
    assert "It was my father's idea" not in headings(interview + "\n")
    alone = gap.join(["Flood maps", PARA, "It was a cold night in the valley", PARA2, PARA3])
    assert headings(alone + "\n") == [None]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_caption_that_says_something_over_a_heading_is_no_heading(gap):
    # A picture placed at the top of a section: its caption, a clause, stands over the heading.
    caption = "The mayor is waiting for the engineers"
    text = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, caption, "The visit", PARA3, "Costs", PARA])
    assert headings(text + "\n") == [None, "Plans for the levee", "The visit", "Costs"]
    assert caption in " ".join(s.text for s in parse_text(text + "\n").sections)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_long_phrase_over_a_shorter_heading_heads_its_first_sub_heading(gap):
    top = "Example workflow for project growth and upkeep"
    text = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, top, "Roadmap", PARA3, "Costs", PARA])
    assert headings(text + "\n") == [None, "Plans for the levee", top, "Roadmap", "Costs"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_caption_closed_by_its_photographer_in_brackets_is_no_heading(gap):
    captions = ["Glass jars on a wooden shelf (Lucy Akins)", "Moss and ferns in a jar (Lucy Akins)"]
    text = gap.join(["Making a terrarium", PARA, "What you need", PARA2, captions[0], PARA3, "Planting", PARA, captions[1], PARA2])
    assert headings(text + "\n") == [None, "What you need", "Planting"]


@pytest.mark.parametrize("authors", ["Maria Kovacs", "N S Andres and R T Ponce", "Maria Kovacs, Jan Kos and Ann Lee"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_authors_under_the_title_are_no_heading(authors, gap):
    text = gap.join(["Flood maps for small towns", authors, PARA, "Methods", PARA2, "Results", PARA3]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "Methods", "Results"]
    assert authors in briefing.sections[0].text


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_under_the_title_whose_words_are_no_names_stays(gap):
    text = gap.join(["Flood maps for small towns", "Learning Objectives", PARA, "Methods", PARA2, "Results", PARA3]) + "\n"
    assert headings(text) == ["Learning Objectives", "Methods", "Results"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_countdown_of_numbered_entries_heads_them(gap):
    entries = ["4) The Big Flood", "3) Mother!", "2) Rat Film", "1) Lady of the Lake"]
    text = gap.join(["The best river films of the year", PARA] + [x for e in entries for x in (e, PARA2)]) + "\n"
    assert headings(text) == [None] + entries


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_caption_over_an_entry_of_a_numbered_list_is_no_heading(gap):
    entries = ["1. Take the blankets off the bed", "2. Check the peep hole", "3. Keep your bag off the rack"]
    caption = "Bags on the floor"
    text = gap.join(["Hotel secrets", PARA, entries[0], PARA2, entries[1], PARA3, caption, entries[2], PARA]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None] + entries
    assert caption in briefing.sections[2].text


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_line_that_says_something_among_numbered_entries_is_a_caption(gap):
    entries = ["1. Take the blankets off the bed", "2. Check the peep hole", "3. Keep your bag off the rack"]
    caption = "Video shows bed bugs in a city hotel"
    text = gap.join(["Hotel secrets", PARA, entries[0], PARA2, caption, PARA3, entries[1], PARA3, entries[2], PARA]) + "\n"
    assert headings(text) == [None] + entries


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_persons_name_standing_alone_is_no_heading(gap):
    # An author's note: the name under its heading, a signature, a speaker's name.
    bio = "Senior engineer at the water board, and head of its flood mapping team since 2019."
    text = gap.join(["Flood maps", PARA, "How we built it", PARA2, "About the author", "Scott Cunningham", bio]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "How we built it", "About the author"]
    assert "Scott Cunningham" in briefing.sections[-1].text


@pytest.mark.parametrize("line", ["Comments (74 posted)", "12 comments", "What are they thinking???", "Seriously?!"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_comment_count_or_a_cry_of_several_marks_is_no_heading(line, gap):
    text = gap.join(["Flood maps", PARA, "How we built it", PARA2, line, PARA3]) + "\n"
    assert headings(text) == [None, "How we built it"]


TABLES = ["| Town | Level |\n|---|---|\n| Kallo | 4 m |\n| Vira | 3 m |", "Town\tLevel\nKallo\t4 m\nVira\t3 m"]


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_line_above_a_table_heads_it_and_the_tables_rows_are_no_headings(table, gap):
    text = gap.join(["Flood report", PARA, "Water levels by town", table, PARA2, "Next steps", PARA3]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "Water levels by town", "Next steps"]
    assert "Kallo" in briefing.sections[1].text


def test_a_line_above_a_table_in_markdown_heads_it():
    text = "\n\n".join(["# Flood report", PARA, "Water levels by town", TABLES[0], PARA2, "Next steps", PARA3]) + "\n"
    assert headings(text) == [None, "Water levels by town", "Next steps"]


@pytest.mark.parametrize(
    "line",
    [
        "Story continues below advertisement",
        "Listen to this article",
        "Updated 3 hours ago",
        "Share on Facebook",
        "Additional reporting by Jane Doe",
        "Graphics by Jan Kos",
        "Review by Maria Kovacs",
        "Words and pictures by Jan Kos",
        "All rights reserved",
        "— Albert Einstein",
        "More about the levee and the town",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_pages_controls_credits_and_a_quotations_author_are_no_headings(line, gap):
    text = gap.join(["Flood maps", PARA, "How we built it", PARA2, line, PARA3, "What comes next", PARA]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "How we built it", "What comes next"]
    assert line in briefing.sections[1].text


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_authors_workplaces_under_the_title_are_no_headings(gap):
    top = ["Ann Lee and Jan Kos", "Department of Linguistics", "Kallo State University"]
    text = gap.join(["Flood maps for small towns"] + top + [PARA, "Methods", PARA2, "Results", PARA3]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "Methods", "Results"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_role_and_a_persons_name_are_a_credit_not_a_heading(gap):
    text = gap.join(["Flood maps for small towns", PARA, "Academic Editor: Jane Doe", PARA2, "Methods", PARA3, "Results", PARA]) + "\n"
    assert headings(text) == [None, "Methods", "Results"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_abbreviation_inside_a_heading_ends_no_sentence(gap):
    heading = "The U.S. has not faced floods like this"
    text = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, heading, PARA3, "Costs", PARA]) + "\n"
    assert headings(text) == [None, "Plans for the levee", heading, "Costs"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headline_over_its_byline_heads_an_article_of_a_weekly_edition(gap):
    text = gap.join(
        ["This week's edition", PARA, "A battle over the levee", "By Ann Lee March 25, 2015", PARA2]
        + ["Mapping floods with open data", "By Jan Kos March 25, 2015", PARA3]
    ) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, "A battle over the levee", "Mapping floods with open data"]
    assert briefing.sections[1].text.startswith("By Ann Lee")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_long_heading_speaking_to_the_reader_over_a_sub_heading_heads_it(gap):
    top = "What we learned when the river rose"
    text = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, top, "Maps", PARA3, "Costs", PARA]) + "\n"
    assert headings(text) == [None, "Plans for the levee", top, "Maps", "Costs"]


@pytest.mark.parametrize("mark", ["¶", " #"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headings_link_to_itself_copied_from_a_page_leaves_it_a_heading(mark, gap):
    text = gap.join(["Flood maps", PARA, f"Plans for the levee{mark}", PARA2, f"Why did it flood?{mark}", PARA3]) + "\n"
    assert headings(text) == [None, f"Plans for the levee{mark}", f"Why did it flood?{mark}"]
    assert parse_text(text).sections[1].label == "Plans for the levee"  # the outline leaves the mark out


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_question_with_a_comma_heads_an_answer_among_an_interviews_questions(gap):
    asked = "What is the plan for the levee, and who pays for it?"
    interview = gap.join(
        ["Talking to a river guide", PARA, "When did you start guiding?", PARA2, asked, PARA3]
        + ["Do you still enjoy it?", PARA, "What is next?", PARA2]
    )
    assert asked in headings(interview + "\n")
    # Alone among paragraphs it is a turn of the running talk.
    talk = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, "Well, who pays for it?", PARA3, "Costs", PARA])
    assert headings(talk + "\n") == [None, "Plans for the levee", "Costs"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_people_named_with_their_role_head_what_each_says(gap):
    people = ["Maria Kovacs, Product Designer", "Jan Kos - Acquisitions", "Ann Lee and Eva Marx, Engineers"]
    text = gap.join(["What our team learned this year", PARA] + [x for p in people for x in (p, PARA2)]) + "\n"
    assert headings(text) == [None] + people
    # One alone is a caption or a signature.
    alone = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, people[0], PARA3, "Costs", PARA]) + "\n"
    assert headings(alone) == [None, "Plans for the levee", "Costs"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_interviewers_question_followed_by_a_prompt_heads_the_answer(gap):
    prompt = "TTS: What was the hardest part? Tell me about how that happened."
    comment = "TTS: That sounds like a lot of patience on both sides, and a good deal of luck."
    text = gap.join(
        ["A day with a product owner", PARA]
        + ["TTS: What do you do?", "Ann Lee: " + PARA2, "TTS: What does a day look like?", "Ann: " + PARA3]
        + [prompt, "Ann: " + PARA, comment, "Ann: " + PARA2]
    ) + "\n"
    found = headings(text)
    assert prompt in found and comment not in found


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_two_lines_in_a_row_that_each_say_something_are_rows_not_headings(gap):
    rows = ["Database servers are refusing connections", "My responses are slow"]
    text = gap.join(["Monitoring", PARA, "Symptoms and causes", PARA2] + rows + [PARA3, "Costs", PARA]) + "\n"
    assert headings(text) == [None, "Symptoms and causes", "Costs"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_three_long_headline_lines_in_a_row_are_links_to_other_stories(gap):
    links = [
        "Pizza Man Makes a Special Delivery to the Troops Abroad",
        "Redesigned Scopes Fail to Stop Hospital Outbreaks",
        "Penguin Post Office Attracts Record Number of Applicants",
    ]
    text = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2] + links + [PARA3, "Costs", PARA]) + "\n"
    assert headings(text) == [None, "Plans for the levee", "Costs"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_longer_sub_heading_in_sentence_case_under_a_short_heading_heads_too(gap):
    text = gap.join(["Flood maps", PARA, "Plans", "Walls along the old harbour", PARA2, "Costs", PARA3]) + "\n"
    assert headings(text) == [None, "Plans", "Walls along the old harbour", "Costs"]
    # A caption naming its people under a heading is none.
    caption = gap.join(["Flood maps", PARA, "Plans", "Engineers from Kallo during a visit", PARA2, "Costs", PARA3])
    assert headings(caption + "\n") == [None, "Plans", "Costs"]


@pytest.mark.parametrize("mark", [")", "."])
def test_lettered_headings_in_order_head_their_parts_under_a_numbered_heading(mark):
    parts = [f"a{mark} Walls along the harbour", f"b{mark} Pumps in the old town"]
    text = "\n\n".join(["Flood plans", PARA, "1. What the city will build", parts[0], PARA2, parts[1], PARA3]) + "\n"
    assert headings(text) == [None, "1. What the city will build", *parts]
    # Lettered lines one under another are a list's items, and a lone letter is an item too.
    listed = "\n\n".join(["Flood plans", PARA, "\n".join(parts), PARA2]) + "\n"
    assert headings(listed) == [None]
    alone = "\n\n".join(["Flood plans", PARA, parts[1], PARA2, PARA3]) + "\n"
    assert headings(alone) == [None]


def test_a_heading_opening_with_a_hyphenated_word_is_no_salutation():
    text = "\n\n".join(["Flood maps", PARA, "Hi-Fi Sensors on the Levee", PARA2, PARA3]) + "\n"
    assert headings(text) == [None, "Hi-Fi Sensors on the Levee"]
    letter = "\n\n".join(["Flood maps", PARA, "Hi Jean", PARA2, PARA3]) + "\n"
    assert headings(letter) == [None]


def test_numbered_headings_with_a_stop_and_a_bracket_are_a_sequence():
    steps = ["1.) Walk the levee", "2.) Visit the pumps", "3.) Count the boats"]
    text = "\n\n".join(["Harbour tour", PARA] + [x for step in steps for x in (step, PARA2)]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, *steps]
    assert briefing.sections[1].label == "Walk the levee"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_over_a_block_of_labelled_fields_heads_it(gap):
    fields = ["Start: 9am, Friday 3 May", "Cost: free", "Guide: Ann Lee", "Meeting point: Harbour Gate"]
    text = gap.join(["Harbour walk", PARA, "Walk details", *fields, "What to bring", PARA2, PARA3]) + "\n"
    assert headings(text) == [None, "Walk details", "What to bring"]
    # Over two fields only, the line is no heading (a caption, a card's title).
    short = gap.join(["Harbour walk", PARA, "Walk details", *fields[:2], PARA2, "What to bring", PARA3]) + "\n"
    assert headings(short) == [None, "What to bring"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_long_sentence_case_line_beside_one_other_long_heading_is_a_caption(gap):
    # A long sentence-case line heads only among three or more headings mostly as long:
    # beside a single other heading, long or short, it is a picture's caption.
    long = "Engineers raise the harbour wall while the river is low"
    text = gap.join(["Live updates", long, PARA, PARA2, "Mayor Ann Lee: new pumps ready by May", PARA3]) + "\n"
    assert headings(text) == [None, "Mayor Ann Lee: new pumps ready by May"]
    text = gap.join(["Live updates", long, PARA, PARA2, "Pumps", PARA3]) + "\n"
    assert headings(text) == [None, "Pumps"]
    # Among three long headings it heads its part.
    third = "Volunteers fill sandbags at the old ferry terminal"
    text = gap.join(["Live updates", long, PARA, PARA2, "Mayor Ann Lee: new pumps ready by May", PARA3, third, PARA]) + "\n"
    assert headings(text) == [long, "Mayor Ann Lee: new pumps ready by May", third]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_only_heading_like_line_naming_what_stands_at_a_place_is_a_caption(gap):
    caption = "Rescue boats near the Harbour Gate"
    text = gap.join(["Flood report", PARA, caption, PARA2, PARA3]) + "\n"
    assert headings(text) == [None]
    assert caption in parse_text(text).sections[0].text
    # Among other headings it heads its part; a lone heading of another shape heads too.
    among = gap.join(["Flood report", PARA, caption, PARA2, "Plans for the levee", PARA3]) + "\n"
    assert headings(among) == [None, caption, "Plans for the levee"]
    alone = gap.join(["Flood report", PARA, "Plans for the levee", PARA2, PARA3]) + "\n"
    assert headings(alone) == [None, "Plans for the levee"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_numbered_heading_over_its_pictures_caption_heads_the_text_below(gap):
    steps = ["1. Walk the levee", "2. Visit the pumps", "3. Count the boats"]
    text = gap.join(["Harbour tour", PARA, steps[0], PARA2, steps[1], "old pumps by the harbour", PARA3, steps[2], PARA]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, *steps]
    assert briefing.sections[2].text.startswith("old pumps by the harbour")


@pytest.mark.parametrize("first", ["Step 1: Check the pumps", "1. Check the pumps", "Part One - Check the pumps"])
def test_a_text_opening_with_the_first_of_its_numbered_headings_has_no_title(first):
    second = first.replace("1", "2").replace("One", "Two").replace("Check the pumps", "Close the gates")
    briefing = parse_text("\n\n".join([first, PARA, PARA2, second, PARA3, PARA]) + "\n")
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == [first, second]


def test_a_heading_under_the_last_of_labelled_fields_one_a_line_heads():
    fields = [
        "Start: 9am, Friday 3 May",
        "Getting there: the number four bus runs from the station to the harbour every hour",
        "Cost: free",
        "guide: Ann Lee",
    ]
    standfirst = "Engineers will show walkers the new pumps and the raised harbour wall on Friday"
    text = "\n".join(["Harbour walk", standfirst, PARA, "Walk details", *fields, "What to bring", PARA2, PARA3]) + "\n"
    assert headings(text) == [None, "Walk details", "What to bring"]


LONG_ANSWER = PARA + " " + PARA2


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_long_question_with_a_comma_heads_a_long_answer_in_a_written_interview(gap):
    asked = "Now that the new pumps are running, what are the hardest parts of keeping the harbour dry through a whole winter?"
    interview = gap.join(
        ["Talking to a river guide", PARA, "When did you start guiding?", LONG_ANSWER, "Do you still enjoy it?", LONG_ANSWER]
        + ["What is next for the levee?", LONG_ANSWER, asked, LONG_ANSWER]
    ) + "\n"
    assert asked in headings(interview)
    # In talk taken down, mostly short turns, such a line is a turn of the talk.
    talk = gap.join(
        ["Talking to a river guide", "When did you start guiding?", "Ages ago.", "Do you still enjoy it?", "Sure.", "Oh yes."]
        + ["What is next for the levee?", "Who knows.", "Nobody.", asked, LONG_ANSWER, "Right.", "Okay then."]
    ) + "\n"
    assert asked not in headings(talk)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_sentence_cut_before_what_it_introduces_is_no_heading(gap):
    for cut in ["The pump settings can be changed for each harbour by", "The new gate will look something like the"]:
        text = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, cut, PARA3, "Costs", PARA]) + "\n"
        assert headings(text) == [None, "Plans for the levee", "Costs"]
    # A long heading marked by a picture may pass such a word at its eighth.
    marked = gap.join(["Our year", PARA, "🚀 Pump launch with the harbour office and the river guides of Kallo", PARA2]
                      + ["🚀 Gate launch with the city", PARA3]) + "\n"
    assert headings(marked)[1:] == ["🚀 Pump launch with the harbour office and the river guides of Kallo", "🚀 Gate launch with the city"]
    # A heading asking what or where may end on such a word.
    asking = "What the new gates are made of"
    text = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, asking, PARA3, "Costs", PARA]) + "\n"
    assert headings(text) == [None, "Plans for the levee", asking, "Costs"]


def test_a_numbered_heading_with_no_space_after_its_number_is_one_of_the_sequence():
    steps = ["1. Walk the levee", "2.Visit the pumps", "3. Count the boats"]
    text = "\n\n".join(["Harbour tour", PARA] + [x for step in steps for x in (step, PARA2)]) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == [None, *steps]
    assert briefing.sections[2].label == "Visit the pumps"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_question_naming_a_licence_heads_and_a_licence_credit_does_not(gap):
    asked = "Why are the flood maps in the public domain?"
    text = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, asked, PARA3, "Costs", PARA]) + "\n"
    assert headings(text) == [None, "Plans for the levee", asked, "Costs"]
    credit = "Map of the levee, public domain"
    text = gap.join(["Flood maps", PARA, "Plans for the levee", PARA2, credit, PARA3, "Costs", PARA]) + "\n"
    assert headings(text) == [None, "Plans for the levee", "Costs"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_live_blogs_post_headline_under_its_time_heads_the_post(gap):
    text = gap.join(
        ["Flood live", PARA, "05:10 PM", "That's all from the levee for today...", PARA2]
        + ["04:32 PM", PARA3, "14.05 BST", "Pumps back on in the old town", PARA]
    ) + "\n"
    assert headings(text) == [None, "That's all from the levee for today...", "Pumps back on in the old town"]
    # A time over a sentence of talk is a transcript's: no heading.
    talk = gap.join(["Flood podcast", PARA, "00:12", "Welcome back to the show.", PARA2, "00:40", "Thanks for having me.", PARA3])
    assert headings(talk + "\n") == [None]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_letters_signature_leaves_the_next_letters_headline_heading_it(gap):
    letter = PARA + " " + PARA2
    heads = ["The levee plan will flood the old road", "Pumps must be paid for by the port", "Harbour walls need an honest count"]
    text = gap.join(
        ["Letters to the editor", PARA3, heads[0], letter, "Maria Kovacs Kallo", heads[1], letter]
        + ["Jan Kos Harbour Town", heads[2], letter, "Eva Marx Kallo"]
    ) + "\n"
    assert headings(text) == [None, *heads]


def test_reading_authors_under_a_title_loads_no_entity_model():
    # The given names come from the gazetteer's file; the entities package (its model) stays unloaded.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from briefing_tui.core.parsing import parse_text\n"
        f"parse_text({('Flood maps' + chr(10) * 2 + 'Maria Kovacs' + chr(10) * 2 + PARA + chr(10) * 2 + 'Methods' + chr(10) * 2 + PARA2)!r})\n"
        "print(any(m.startswith('briefing_tui.core.entities') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


# ------------------------------------------------------------------ numbered sequences


def test_numbered_lines_in_order_over_short_paragraphs_are_headings_whatever_their_case():
    text = (
        "What a good annual report holds\n\n"
        "A survey of reports found the same parts in the best of them, in this order.\n\n"
        "1. Cover - Message - Theme\n\nKey words: inviting, clear, on brand\n\n"
        "2. Business overview\n\nKey features: profile, mission, products, markets\n\n"
        "3. CEO - Chairman letters\n\nKey aspects: style, substance, strategy\n\n"
        "4. Risk factors and management\n\nKey items: risks named, owners, measures\n"
    )
    assert headings(text)[1:] == [
        "1. Cover - Message - Theme",
        "2. Business overview",
        "3. CEO - Chairman letters",
        "4. Risk factors and management",
    ]


def test_hash_numbered_entries_of_a_listicle_are_headings_labelled_without_their_number():
    entries = ["#1 The sun sets in the sea.", "#2 Trams climb every hill.", "#3 The coffee is strong."]
    text = "\n\n".join(f"{entry}\n\n{para}" for entry, para in zip(entries, (PARA, PARA2, PARA3))) + "\n"
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections] == entries
    labels = [s.label for s in briefing.sections]
    assert labels[0].startswith("The sun") and labels[2].startswith("The coffee")
    assert not any(label[0] in "#0123456789" for label in labels)


def test_numbered_lines_one_after_another_are_a_list_not_headings():
    steps = f"{PARA}\n\n1. Turn off the water.\n\n2. Open the tap.\n\n3. Replace the washer.\n\n4. Close the tap.\n\n{PARA2}\n"
    assert headings(steps) == [None]


def test_a_heading_right_under_a_paragraph_of_one_long_line_stands_even_where_blank_lines_are_few():
    one_line = (
        "There are loads of events to dip into at the harbour festival on Saturday and Sunday, "
        "from rowing on land to the biggest open water race in the country and a market of local food."
    )
    text = (
        "What's on this weekend\n\nThe best events across the region this weekend, from boats to bands.\n\n"
        f"AROUND TOWN\n\n{PARA}\n{one_line}\nMUSIC\n\n{PARA2} {PARA3}\n{one_line}\n"
    )
    assert headings(text)[-2:] == ["AROUND TOWN", "MUSIC"]


def test_a_heading_right_over_the_first_of_numbered_headings_heads_too():
    steps = "\n".join(f"{n}) CHOOSE YOUR {part}\n{para}" for n, part, para in ((1, "BASE", PARA), (2, "MEAT", PARA2), (3, "GREENS", PARA3)))
    text = f"{PARA2}\n{PARA3}\nIngredients\n{steps}\n"
    assert headings(text)[1:] == ["Ingredients", "1) CHOOSE YOUR BASE", "2) CHOOSE YOUR MEAT", "3) CHOOSE YOUR GREENS"]
    two = f"Why Starting Is So Hard\n\n1. Fear of the Unknown\n\n{PARA}\n\nMore on Fear\n\n{PARA2}\n\n2. Lack of Clarity\n\n{PARA3}\n"
    assert headings(f"{PARA}\n\n{two}")[1:3] == ["Why Starting Is So Hard", "1. Fear of the Unknown"]


def test_a_short_question_right_under_a_heading_is_its_sub_heading_a_long_one_opens_the_text():
    text = f"{PARA}\nUnderstanding Flood Warnings\nWhat is a flood warning?\n{PARA2}\nCommon Kinds of Floods\n{PARA3}\n"
    assert headings(text)[1:] == ["Understanding Flood Warnings", "What is a flood warning?", "Common Kinds of Floods"]
    rhetorical = "Council work is already heavy on paperwork—why add another report to the pile?"
    text = f"{PARA}\nBenefits of Reports\n{rhetorical}\n{PARA2}\nWriting Reports\n{PARA3}\n"
    assert rhetorical not in headings(text)


def test_a_title_case_question_naming_a_phrase_in_quotation_marks_is_a_heading():
    question = "What Does It Mean to “See If I Qualify”?"
    text = f"{PARA}\n\n{question}\n\n{PARA2}\n\nCommon Criteria to Consider\n\n{PARA3}\n"
    assert question in headings(text)
    talk = "And did he really say “we will never give up the harbour”?"
    assert talk not in headings(f"{PARA}\n\n{talk}\n\n{PARA2}\n\nCommon Criteria to Consider\n\n{PARA3}\n")


def test_marked_questions_over_marked_answers_head_them():
    pairs = [("Q. What is the levy?", "A. A charge on each home, set by the council every spring."),
             ("Q. Who pays it?", "A. Every owner of a home inside the flood zone, by the end of June."),
             ("Q. How is it spent?", "A. On the wall, the gates and the pumps, the treasurer said.")]
    text = f"{PARA}\n\n" + "\n\n".join(f"{q}\n\n{a}" for q, a in pairs) + "\n"
    assert headings(text)[1:] == [q for q, _ in pairs]
    one = f"{PARA}\n\nQ: How do I start?\nA: Begin with the smallest task, then the next.\n\n{PARA2}\n"
    assert headings(one) == [None]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_short_label_over_the_headline_is_the_leads_first_line_not_the_title(gap):
    # "Travel Tips" over the headline: the page's section; the headline is the title, and
    # no word of the label is lost.
    text = gap.join(["River Trips", "Three rules for a dry canoe trip", PARA, "Pack light", PARA2, PARA3]) + "\n"
    briefing = parse_text(text)
    assert briefing.title == "Three rules for a dry canoe trip"
    assert [s.heading for s in briefing.sections] == [None, "Pack light"]
    assert briefing.sections[0].text.startswith("River Trips")
    assert PARA in briefing.sections[0].text


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_label_over_the_first_of_a_live_blogs_long_headlines_is_the_title(gap):
    posts = ["Engineers raise the harbour wall by a metre", "Mayor Ann Lee: the new pumps open on Friday"]
    text = gap.join(["Live updates", posts[0], PARA, PARA2, posts[1], PARA3]) + "\n"
    briefing = parse_text(text)
    assert briefing.title == "Live updates"
    assert [s.heading for s in briefing.sections] == posts


def test_a_date_line_under_a_short_headline_is_no_headline():
    briefing = parse_text("Road closed\n\nPosted 14 Mar 2019\n\n" + PARA + "\n")
    assert briefing.title == "Road closed"
    assert "Posted 14 Mar 2019" in briefing.sections[0].text


def test_short_lines_of_a_saved_page_stay_lines_while_wrapped_paragraphs_join():
    page = (
        "Police say five officers killed\n\nPolice say five officers killed in an attack\nThe Wire Service\n"
        "THE WIRE SERVICE\nFriday, March 2, 2018\n\n" + PARA + "\n" + PARA2 + "\n\nSend a Letter to the Editor\nJoin the Conversation:\n"
    )
    texts = [s.text for s in parse_text(page).sections]
    assert "The Wire Service THE WIRE SERVICE" not in " ".join(texts)
    assert "Editor Join" not in " ".join(texts)
    wrapped = (
        "Harbour plan\n\nThe council met on Monday evening and voted after a long\ndebate to rebuild the harbour wall "
        "before the winter storms\narrive, the mayor said.\n\nEngineers had warned for years that the wall was\n"
        "too low for the spring tides and the storms.\n"
    )
    assert "a long debate to rebuild the harbour wall before the winter storms arrive" in parse_text(wrapped).sections[0].text


def test_what_an_embedded_post_leaves_is_no_heading():
    for line in ("View this post on Instagram", "A post shared by Ann Lee (@annlee) on", "Watch on YouTube"):
        assert line not in headings(f"{PARA}\n\n{line}\n\n{PARA2}\n\nWhere to Eat\n\n{PARA3}\n")


def test_a_short_heading_over_a_list_without_markers_heads_it():
    text = (
        f"{PARA}\nIngredients\n2 cups flour\n2 teaspoons baking powder\n1 cup sugar\n2 eggs lightly beaten\n"
        "Method\n1. Heat the oven and grease a loaf pan, then mix the flour, the baking powder and the sugar in a bowl.\n"
        "2. Beat the eggs into the mixture until it is smooth, and spoon the batter into the pan.\n"
        "3. Bake for an hour, then cool the loaf in its pan on a wire rack for ten minutes.\n"
        "That is all there is to it, and it keeps for a week in a tin.\n"
    )
    assert headings(text)[1:] == ["Ingredients", "Method"]


def test_a_heading_over_a_pictures_credit_heads_the_text_under_the_credit():
    text = (
        f"Vaccine explainer\n\n{PARA}\n\nWhat does it mean for the town?\n\nImage source, Getty Images\n\n{PARA2}\n\n"
        f"So when will people be vaccinated?\n\nPhoto: Jane Doe/AFP\n\n{PARA3}\n"
    )
    assert headings(text) == [None, "What does it mean for the town?", "So when will people be vaccinated?"]


def test_a_heading_asking_two_questions_heads_its_part():
    text = (
        f"Vaccine explainer\n\n{PARA}\n\nWhat has gone into the new vaccine? Is it safe?\n\n{PARA2}\n\n"
        f"When will I be eligible for a vaccine?\n\n{PARA3}\n"
    )
    assert headings(text) == [None, "What has gone into the new vaccine? Is it safe?", "When will I be eligible for a vaccine?"]
    # A cry and a question in the running talk stay text.
    assert headings(f"Flood talk\n\n{PARA}\n\nWhy? Who knows?\n\n{PARA2}\n")[1:] == []


def test_a_title_case_heading_opened_by_a_year_heads_its_part():
    text = (
        f"Season preview\n\n{PARA}\n\nKey Players to Watch: 2026 League Team-by-Team Analysis\n\n{PARA2}\n\n"
        f"100 Days of the New Council\n\n{PARA3}\n"
    )
    assert headings(text)[1:] == ["Key Players to Watch: 2026 League Team-by-Team Analysis", "100 Days of the New Council"]
    # A list's items in lower case stay text.
    assert headings(f"Bread\n\n{PARA}\n\n200 g flour\n\n{PARA2}\n")[1:] == []


def test_a_headline_with_an_aside_heads_its_post_among_other_headlines():
    text = (
        f"Election live\n\n{PARA}\n\nState official says the campaign lawsuit is frivolous\n\n{PARA2}\n\n"
        f"Campaign launches a third lawsuit, this time in Georgia\n\n{PARA3}\n"
    )
    assert headings(text)[1:] == [
        "State official says the campaign lawsuit is frivolous",
        "Campaign launches a third lawsuit, this time in Georgia",
    ]
    # Among short headings such a line is a picture's caption.
    caption = f"Flood\n\n{PARA}\n\nGetting there\n\n{PARA2}\n\nCrowds wait outside the old town hall, despite the rain\n\n{PARA3}\n\nWhere to stay\n\n{PARA}\n"
    assert headings(caption)[1:] == ["Getting there", "Where to stay"]


def test_a_first_line_over_a_list_heads_it_among_headings_over_lists():
    text = (
        "What good reviews cover\n\n- Battery life: how long the screen stays on in daily use\n- Cameras in daylight and at night\n\n"
        f"How to spot a fair review\n\n{PARA}\n\nA checklist before you buy\n\n- Read two reviews\n- Hold the phone in a shop\n"
    )
    briefing = parse_text(text)
    assert briefing.title is None
    assert [s.heading for s in briefing.sections] == ["What good reviews cover", "How to spot a fair review", "A checklist before you buy"]
    # A headline over the opening paragraph stays the title.
    titled = parse_text(text.replace("What good reviews cover\n\n", f"What good reviews cover\n\n{PARA2}\n\n", 1))
    assert titled.title == "What good reviews cover"


def test_sentence_headings_may_run_on_from_one_to_the_next_over_an_ellipsis():
    long = PARA + " " + PARA2
    text = (
        f"{long}\n\nThe storm starts tomorrow morning...\n\n{long}\n\n...but peaks only at night.\n\n{long}\n\n"
        f"Two storms are joining over the coast.\n\n{long}\n\nThe wind will be strong.\n\n{long}\n"
    )
    assert headings(text)[1:] == [
        "The storm starts tomorrow morning...",
        "...but peaks only at night.",
        "Two storms are joining over the coast.",
        "The wind will be strong.",
    ]


def test_a_short_line_under_a_pictures_credit_is_its_caption():
    text = (
        f"Research wins headlines\n\n{PARA}\n\nPhotos by: Ann Lee\n\nThe campus gate\n\n{PARA2}\n\n"
        f"Media caption,\n\nOur reporter takes your questions\n\n{PARA3}\n\nWhat comes next\n\n{PARA}\n"
    )
    assert headings(text)[1:] == ["What comes next"]


def test_a_pages_prompt_to_go_on_reading_is_no_heading():
    for line in ("Article continues after advertisement", "Scroll to continue with content", "Scroll down to read more"):
        assert line not in headings(f"{PARA}\n\n{line}\n\n{PARA2}\n\nWhere to Eat\n\n{PARA3}\n")


@pytest.mark.parametrize("mark", ["{} - ", "{}: ", "{}/ ", "No. {}: "])
def test_numbered_headings_with_a_mark_after_the_number_form_a_sequence(mark):
    names = ["Harbour Town", "River City", "Old Port"]
    text = f"Three teams to watch\n\n{PARA}\n\n" + "".join(
        f"{mark.format(n)}{name}\n\n{para}\n\n" for n, name, para in zip((1, 2, 3), names, (PARA2, PARA3, PARA))
    )
    briefing = parse_text(text)
    assert [s.heading for s in briefing.sections][1:] == [mark.format(n) + name for n, name in zip((1, 2, 3), names)]
    # The outline's label leaves the number out: the reader numbers sections itself.
    assert [s.label for s in briefing.sections][1:] == names


def test_sentence_headings_stand_over_paragraphs_of_fifteen_words_or_more():
    short = "Crews worked through the night to clear the roads and restore power to the town."
    text = f"Winter tips\n\n{PARA}\n\n" + "".join(f"{tip}\n\n{short}\n\n" for tip in ("Turn the heating down.", "Seal the windows.", "Use a timer."))
    assert headings(text)[1:] == ["Turn the heating down.", "Seal the windows.", "Use a timer."]


def test_a_sentence_case_heading_may_name_a_phrase_in_quotation_marks():
    text = f"Climate plan\n\n{PARA}\n\nWhy \"net zero\" matters\n\n{PARA2}\n\nWhat a “fair share” means\n\n{PARA3}\n"
    assert headings(text)[1:] == ["Why \"net zero\" matters", "What a “fair share” means"]
    # A quotation standing alone is no heading.
    quoted = f"Climate plan\n\n{PARA}\n\nShe said it was “the best plan we have had in years”\n\n{PARA2}\n"
    assert headings(quoted)[1:] == []



def test_names_each_over_a_paragraph_naming_them_again_are_a_lists_entries():
    players = [
        ("Erling Haaland", "Haaland scored 36 goals last season and the striker shows no sign of slowing down at all."),
        ("Mohamed Salah", "At 33, Salah is still the man his club looks to when a game needs deciding, and he knows it."),
        ("Bukayo Saka", "The winger carried his side for long spells last year, and Saka will need help from the new signings."),
    ]
    text = "Three players to watch\n\n" + PARA + "\n\n" + "".join(f"{name}\n\n{para}\n\n" for name, para in players)
    assert headings(text)[1:] == [name for name, _ in players]
    # One name over a paragraph naming that person is a picture's caption.
    caption = f"A life in music\n\n{PARA}\n\nJan Kos\n\nHer first teacher, Jan Kos, ran a small school near the station, where Kos taught for years.\n\n{PARA2}\n"
    assert headings(caption)[1:] == []



def test_a_question_with_a_word_of_talk_before_it_heads_its_part_among_question_headings():
    text = f"Vaccine explainer\n\n{PARA}\n\nWho is eligible?\n\n{PARA2}\n\nSo, when will I get it?\n\n{PARA3}\n"
    assert headings(text)[1:] == ["Who is eligible?", "So, when will I get it?"]
    # Alone, it is a turn of the running talk.
    assert headings(f"Flood\n\n{PARA}\n\nWell, what now?\n\n{PARA2}\n")[1:] == []



@pytest.mark.parametrize("residue", ["Advertisement", "Story continues below advertisement", "Scroll to continue with content"])
def test_a_heading_over_a_pages_residue_heads_the_text_under_it(residue):
    for sep in ("\n\n", "\n"):
        text = sep.join(["Storm on the coast", PARA, "When will it arrive?", residue, PARA2, "What to pack", PARA3]) + "\n"
        assert headings(text)[1:] == ["When will it arrive?", "What to pack"]



def test_a_heading_under_an_agencys_credit_closing_a_picture_still_heads():
    text = "\n".join(["Storm on the coast", PARA, "Image source, Getty Images", "When will it arrive?", PARA2, "What to pack", PARA3]) + "\n"
    assert headings(text)[1:] == ["When will it arrive?", "What to pack"]



@pytest.mark.parametrize("line", ["Trending Now", "You May Also Like", "Most Viewed", "Read Next", "Related Topics", "Leave a Reply", "Skip to content", "Editor's Picks"])
def test_a_pages_boxes_of_links_and_its_footer_are_no_headings(line):
    over_links = f"Storm on the coast\n\n{PARA}\n\nWhen will it arrive?\n\n{PARA2}\n\n{line}\n\n- Trains cancelled in the north\n- Schools close early\n- Roads flooded near the port\n"
    over_text = f"Storm on the coast\n\n{PARA}\n\n{line}\n\n{PARA2}\n\nWhat to pack\n\n{PARA3}\n"
    assert line not in headings(over_links)
    assert line not in headings(over_text)



def test_a_question_headline_over_a_pictures_label_is_the_title():
    briefing = parse_text(f"Vaccine Q&A: who, when and how?\n\nMedia caption,\n\nOur reporter answers your questions\n\n{PARA}\n\n{PARA2}\n")
    assert briefing.title == "Vaccine Q&A: who, when and how?"
    # A one-sentence opening paragraph over more text stays the lead.
    opening = "The river rose four metres overnight and flooded the old town before dawn on Sunday."
    assert parse_text(f"{opening}\n\n{PARA2}\n\n{PARA3}\n").title is None



def test_a_long_opening_sentence_over_a_heading_is_the_lead_not_the_title():
    opening = "The club spent heavily in the summer and the early signs are that the money was well used, with two wins from three games."
    briefing = parse_text(f"{opening}\n\nWhen will it arrive?\n\n{PARA}\n\nWhat to pack\n\n{PARA2}\n")
    assert briefing.title is None
    assert briefing.sections[0].heading is None and briefing.sections[0].text == opening
    # A short one over a heading is the title, as the bundled briefing's over "Topline".
    assert parse_text(f"The river rose four metres overnight.\n\nWhen will it arrive?\n\n{PARA}\n").title == "The river rose four metres overnight."


def test_three_named_parts_each_over_its_paragraphs_head_them():
    text = (
        f"A town in three parts\n\n{PARA}\n\nHarbour: the old quay and its boats\n\n{PARA2}\n\nMarket: stalls under the arches\n\n"
        f"{{.float-left .padding-2}}\n\n{PARA3}\n\nHill: the new houses\n\n{PARA}\n"
    )
    assert headings(text)[1:] == ["Harbour: the old quay and its boats", "Market: stalls under the arches", "Hill: the new houses"]
    # Labelled lines one under another are fields, no headings.
    fields = f"Match report\n\n{PARA}\n\nKick-off: 7.45pm\nVenue: Harbour Park\nReferee: Ann Lee\n\n{PARA2}\n"
    assert headings(fields)[1:] == []


def test_a_cry_heads_its_part_beside_one_other_heading():
    text = f"Flood maps\n\n{PARA}\n\nWhat we learned\n\n{PARA2}\n\nYour turn!\n\n{PARA3}\n"
    assert headings(text)[1:] == ["What we learned", "Your turn!"]


def test_headings_right_over_hard_wrapped_paragraphs_head_them():
    import textwrap

    long = PARA + " " + PARA2
    parts = ["What to pack", "1. Stay indoors", "2. Charge your phone", "The forecast for the weekend"]
    text = "Storm on the coast\n\n" + textwrap.fill(long, 72) + "\n\n" + "".join(
        f"{heading}\n{textwrap.fill('Officials said on Tuesday that the plan would be reviewed again before ' + long, 72)}\n\n"
        for heading in parts
    )
    assert headings(text)[1:] == parts


def test_an_agencys_name_alone_and_fields_with_numbers_are_no_headings():
    text = f"Storm\n\n{PARA}\n\nReuters\n\n{PARA2}\n\nWhat comes next\n\n{PARA3}\n"
    assert headings(text)[1:] == ["What comes next"]
    fields = f"Match\n\n{PARA}\n\nKick-off: 7.45pm\n\n{PARA2}\n\nDoors: 6pm\n\n{PARA3}\n\nTickets: 25 pounds\n\n{PARA}\n"
    assert headings(fields)[1:] == []
