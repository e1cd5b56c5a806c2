"""Unit tests of the parser's pieces: heading shapes, labels, blocks, bytes."""

from __future__ import annotations

import pytest

from briefing_tui.core.parsing import detect_format, parse_text
from briefing_tui.core.parsing.headings import heading_shape, question_label, shorten
from briefing_tui.core.reading import decode_bytes


@pytest.mark.parametrize(
    "question, label",
    [
        ("What Security Threats Are Japan And The U.s. Concerned About?", "Threats"),
        ("How Much Will The Tariffs Cost Consumers?", "Tariffs"),
        ("Why Is Japan Rearming?", "Japan"),
        ("How Many Jobs Were Economists Expecting?", "Jobs"),
        ("WHAT SECURITY THREATS ARE JAPAN AND THE U.S. CONCERNED ABOUT?", "Threats"),
    ],
)
def test_question_heading_label_is_head_noun_of_subject(question, label):
    assert question_label(question) == label


@pytest.mark.parametrize(
    "line, shape",
    [
        ("Key Facts", "known"),
        ("KEY FACTS:", "known"),
        ("What We Don’t Know", "known"),
        ("CHINA'S RESPONSE", "caps"),
        ("Market Reaction", "title"),
        ("What Happens To Prices Now?", "question"),
        ("Prices fell.", None),
        ("Table 1: Output by region", None),
        ("Chart: Rates since 2000", None),
        ("Analysis: Why The Fed Waits", None),
        ("- Key Facts", None),
        ("He said it would rain on Tuesday", None),
    ],
)
def test_heading_shapes(line, shape):
    assert heading_shape(line) == shape


def test_shorten_keeps_short_headings_and_cuts_long_ones_at_a_word():
    assert shorten("Why it matters") == "Why it matters"
    long = shorten("The economic impact of the new tariffs on exporters")
    assert long.endswith("…") and len(long) <= 24 and "The economic impact" in long


def test_run_in_headings_split_heading_from_sentence():
    briefing = parse_text("Stocks slide\nTOPLINE The stock market moved lower.\nKEY FACTS Shares fell 3%.\n")
    assert [(s.heading, s.label) for s in briefing.sections] == [("TOPLINE", "Topline"), ("KEY FACTS", "Key Facts")]
    assert briefing.sections[0].text == "The stock market moved lower."


def test_dateline_is_not_a_run_in_heading():
    briefing = parse_text("Title\nTopline\nWASHINGTON (AP) — Lawmakers met.\nNEW YORK — Stocks rose.\n")
    assert [s.label for s in briefing.sections] == ["Topline"]


def test_footer_becomes_byline_and_leaves_the_last_section():
    text = (
        "A title\nTopline\nThe story.\nContra\nCritics disagree.\n"
        "This article was written by Ann Lee from Forbes and was legally licensed through X. More.\n"
    )
    briefing = parse_text(text)
    assert briefing.byline == "Ann Lee, Forbes"
    assert briefing.sections[-1].text == "Critics disagree."


def test_crlf_bom_and_cp1252_read_the_same():
    text = "A title\r\nTopline\r\nThe \u201cstory\u201d.\r\n"
    plain = parse_text(text.replace("\r\n", "\n"))
    for data in (text.encode(), b"\xef\xbb\xbf" + text.encode(), text.encode("cp1252")):
        source = decode_bytes(data)
        briefing = parse_text(source.text, cleaned=True)
        assert [s.text for s in briefing.sections] == [s.text for s in plain.sections]
    assert "cp1252" in decode_bytes(text.encode("cp1252")).notes[0]


def test_no_headings_first_short_line_is_title():
    briefing = parse_text("Storm hits coast\n\nThe storm arrived at dawn. Roads closed.\n\nMore rain is due.\n")
    assert briefing.title == "Storm hits coast"
    assert [(s.heading, s.label, s.kind) for s in briefing.sections] == [(None, "Text", "body")]
    assert briefing.format == "plain"


def test_no_headings_long_first_line_is_not_a_title():
    first = "The storm arrived at dawn and closed roads across three counties, officials said. It was slow. " * 2
    briefing = parse_text(first + "\n\nMore rain is due.\n")
    assert briefing.title is None
    assert briefing.sections[0].text.startswith("The storm arrived")


def test_markdown_keeps_lists_quotes_and_emphasis_as_structure():
    text = "# Title\n\n## Part\n\nSome *emphasis* and a [link](https://x.org).\n\n- one\n- two\n\n> quoted\n"
    briefing = parse_text(text)
    assert detect_format(text) == "markdown"
    section = briefing.sections[0]
    assert [b.kind for b in section.blocks] == ["paragraph", "item", "item", "quote"]
    assert section.text == "Some emphasis and a link.\n\n• one\n• two\n\nquoted"
    styles = {(section.text[s.start : s.end], s.style) for s in section.spans}
    assert ("emphasis", "italic") in styles and ("link", "link") in styles


def test_memo_numbered_items_stay_a_list():
    text = "TO: Desk\nFROM: Analyst\nSUBJECT: Rates\n\nBLUF: Rates stay high.\n\nDETAILS:\n1. First point.\n2. Second point.\n"
    briefing = parse_text(text)
    assert briefing.title == "Rates" and briefing.byline == "Analyst"
    details = briefing.sections[-1]
    assert details.heading == "DETAILS"
    assert [b.kind for b in details.blocks] == ["item", "item"]
    assert details.text == "1. First point.\n2. Second point."


def test_bold_phrase_without_colon_is_not_a_heading():
    briefing = parse_text("# Title\n\n**Breaking news**\n\nSomething happened.\n")
    assert [s.heading for s in briefing.sections] == [None]


def test_smart_brevity_labels_recognised_by_shape():
    text = (
        "Chips get pricier\n\nThe lead paragraph.\n\nThe money trail: Investors poured in.\n\n"
        "Where it's headed: More plants open.\n\nWhy it matters: Prices rise.\n"
    )
    briefing = parse_text(text)
    assert briefing.format == "axios"
    assert [s.heading for s in briefing.sections] == [None, "The money trail", "Where it's headed", "Why it matters"]
    assert briefing.sections[1].kind == "the_money_trail"


def test_question_heading_after_a_sentence_ending_in_a_short_name():
    """"Iran." ends a sentence: the heading under it is not a wrapped line of it."""
    text = "Markets Slide\nTopline\nStocks fell in Iran.\nWhat Are Investors Afraid Of?\nIt is narrow.\nKey Facts\nMore.\n"
    briefing = parse_text(text)
    assert [s.label for s in briefing.sections] == ["Topline", "Investors", "Key Facts"]
    assert briefing.sections[0].text == "Stocks fell in Iran."


def test_known_question_heading_keeps_its_label():
    briefing = parse_text("Title\nTopline\nThe news.\nWhat Happens Next?\nTalks resume.\n")
    assert [s.label for s in briefing.sections] == ["Topline", "Next"]


def test_memo_with_a_memorandum_for_the_record_banner():
    text = (
        "MEMORANDUM FOR THE RECORD\n\nSUBJECT: Grid outlook\nFROM: Petra Vogel, Coordinator\n"
        "DATE: 12 May 2024\n\nBLUF: Supply is tight.\n\nBACKGROUND:\nText here.\n"
    )
    briefing = parse_text(text)
    assert briefing.title == "Grid outlook" and briefing.byline == "Petra Vogel, Coordinator"
    assert [s.heading for s in briefing.sections] == ["BLUF", "BACKGROUND"]


def test_utf16_is_noted():
    assert "UTF-16" in decode_bytes("Title\n\nBerlin.\n".encode("utf-16")).notes[0]


@pytest.mark.parametrize(
    "question, label",
    [("Who Is Mohammed Bin Salman?", "Mohammed Bin Salman"), ("Why Does This Matter For Consumers?", "Consumers")],
)
def test_question_labels_for_people_and_pronoun_subjects(question, label):
    assert question_label(question) == label


def test_lines_of_a_list_copied_from_a_page_stay_apart():
    """Paragraphs apart by blank lines, and a list whose lines have no bullets (as a page's
    list copies): each line is its own paragraph, not one run-on line."""
    text = (
        "Council names its committee chairs\n\n"
        "The council met on Monday and named the members who will chair its committees this year.\n\n"
        "They are as follows:\n\n"
        "Mara Ellison – Deputy Chair, Planning, Roads and Transport\n"
        "Tobias Wren – Libraries\n"
        "Ines Calder – Parks & Recreation\n\n"
        "The chairs serve for one year.\n"
    )
    paragraphs = [s.text[b.start : b.end] for s in parse_text(text).sections for b in s.blocks]
    assert "Mara Ellison – Deputy Chair, Planning, Roads and Transport" in paragraphs
    assert "Tobias Wren – Libraries" in paragraphs


def test_a_wrapped_paragraph_still_reads_as_one():
    text = (
        "Port reopens after storm\n\n"
        "The harbour authority said on Tuesday that the port would reopen to cargo ships\n"
        "Wednesday morning, after crews cleared debris left by the storm across the main\n"
        "channel and the outer berths.\n\n"
        "Ferries will follow later in the week, officials said, once the piers are checked.\n"
    )
    paragraphs = [s.text[b.start : b.end] for s in parse_text(text).sections for b in s.blocks]
    assert any(p.startswith("The harbour authority") and p.endswith("outer berths.") for p in paragraphs)


def test_lines_after_a_line_ending_in_a_colon_are_items_even_in_lower_case():
    text = (
        "Help with council tax\n\n"
        "We have set up a fund for residents who are struggling to pay their bills this winter.\n\n"
        "To be eligible you must:\n"
        "have a council tax bill\n"
        "live in the property as your main home\n"
        "have a low income\n\n"
        "Apply online before March.\n"
    )
    paragraphs = [s.text[b.start : b.end] for s in parse_text(text).sections for b in s.blocks]
    assert "To be eligible you must:" in paragraphs and "have a council tax bill" in paragraphs
    assert "live in the property as your main home" in paragraphs
