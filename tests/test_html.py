"""Web pages: the article's text, headings and metadata; none of the page around it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.core.export import to_dict
from briefing_tui.core.parsing import detect_format, load_briefing, parse_text
from briefing_tui.core.parsing import html as html_format

PAGES = Path(__file__).parent / "fixtures" / "html"


def _all_text(briefing) -> str:
    parts = [briefing.title or "", briefing.byline or ""]
    for section in briefing.sections:
        parts += [section.heading or "", section.text]
    return "\n".join(parts)


# page, its headings, words of the article, words of the page around it, metadata
CASES = {
    "news_article.html": (
        [None, "What the plan includes", "Who pays", "The costs in brief"],
        ["Residents of Port Elvane voted", "Two flood gates that close at high tide",
         "unfair but unavoidable", "We could not wait for another winter", "Flood gates",
         "publish the contracts before building begins"],
        ["ADVERTISEMENT", "Subscribe today", "Storm closes fish market", "My cellar flooded",
         "All rights reserved", "Cookie settings", "dataLayer", "margin: 0", "Photo: Piet Olsen"],
        {"title": "Harbour town votes to rebuild its sea wall", "byline": "Mara Lindqvist",
         "date": "2025-02-14", "source": "The Coastal Herald",
         "url": "https://coastal-herald.example/news/2025/02/sea-wall-vote"},
    ),
    "blog_post.html": (
        [None, "1. Pick cherry varieties", "2. Use light-coloured pots", "3. Feed little and often"],
        ["Everyone told me a north-facing balcony", "Pinch out side shoots once a week",
         "Next year I want to try peppers"],
        ["Archives", "Share this", "I will try the white pots", "Leave a Reply", "Proudly powered"],
        {"title": "Growing tomatoes on a north-facing balcony", "byline": "Tove Aalto",
         "date": "2024-06-02", "source": "Small Plot Diaries"},
    ),
    "government_report.html": (
        [None, "Summary", "Results by basin", "Next steps", "Contact"],
        ["improved at 41 of the 52 river stations", "Eastern", "add six stations"],
        ["Skip to main content", "official website", "Freedom of information", "1 River Road"],
        {"title": "Annual water quality report 2024", "date": "2025-01-20", "source": "Department of Rivers"},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_page_reads_as_its_article(name: str):
    headings, kept, dropped, metadata = CASES[name]
    briefing = load_briefing(PAGES / name)
    assert briefing.format == "html"
    assert [s.heading for s in briefing.sections] == headings
    text = " ".join(_all_text(briefing).split())
    for words in kept:
        assert words in text, words
    for words in dropped:
        assert words not in text, words
    exported = to_dict(briefing)
    for key, value in metadata.items():
        assert exported[key] == value, key


def test_lists_quotes_emphasis_links_and_tables_are_kept():
    briefing = load_briefing(PAGES / "news_article.html")
    plan, pays, costs = briefing.sections[1:]
    assert [b.kind for b in plan.blocks].count("item") == 3
    quotes = [pays.text[b.start:b.end] for b in pays.blocks if b.quote]
    assert quotes == ['"We could not wait for another winter like the last one," said the mayor, Ines Varga.']
    assert any(s.style == "italic" and pays.text[s.start:s.end] == "unfair but unavoidable" for s in pays.spans)
    assert any(s.style == "link" and s.target == "https://agency.example/report" for s in pays.spans)
    assert "Barrier" in costs.text and "9.5" in costs.text


def test_an_html_fragment_in_a_txt_file_is_html_and_its_labels_are_sections():
    path = PAGES / "smart_brevity_fragment.txt"
    text = path.read_text(encoding="utf-8")
    assert detect_format(text, path.name) == "html"
    briefing = load_briefing(path)
    assert briefing.title == "Central bank holds rates for a third month"
    assert [s.label for s in briefing.sections] == ["Lead", "Why it matters", "The big picture", "What to watch"]
    assert "<strong>" not in _all_text(briefing)


@pytest.mark.parametrize(
    "text",
    [
        "Plain prose that mentions <p> tags and a <div> in passing, as writers about the web do.",
        "# Notes\n\nUse `<br>` for a line break in HTML.\n\n## More\n\nNothing else.",
        "Prices rose 3% <in May> and fell <again> in June.",
    ],
)
def test_text_that_only_mentions_tags_is_not_html(text: str):
    assert detect_format(text) != "html"
    assert not html_format.detect(text)


def test_the_extension_names_the_format_whatever_the_first_line():
    page = "Some text first\n<div><p>The article paragraph, long enough to be read as one.</p></div>"
    assert detect_format(page, "saved.html") == "html"
    assert detect_format(page, "saved.htm") == "html"


def test_a_page_on_standard_input_is_sniffed(tmp_path):
    page = (PAGES / "government_report.html").read_text(encoding="utf-8")
    briefing = parse_text(page, "standard input")
    assert briefing.format == "html"
    assert briefing.title == "Annual water quality report 2024"


def test_a_page_with_no_article_still_gives_its_text():
    page = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    briefing = parse_text(page, "menu.html")
    assert briefing.format == "html"
    text = _all_text(briefing)
    assert "Home" in text and "<" not in text


def test_a_page_parsed_ahead_in_a_child_is_the_page_parsed_here():
    from briefing_tui import parse_ahead
    from briefing_tui.core.reading import read_source

    source = read_source(PAGES / "news_article.html")
    ahead = parse_ahead.start(source, only_when_free=False)
    assert ahead is not None
    assert ahead.result() == load_briefing(PAGES / "news_article.html")


def _a_text_fork_or_none(ahead, path) -> bool:
    """A short text is parsed ahead only in a fork (none can be taken while threads run, as
    in a test process): never in a thread or a new Python, which would cost the reader more."""
    return ahead is None or (ahead.forked and ahead.parse_here_if_late and ahead.result() == load_briefing(path))


def test_plain_text_is_parsed_ahead_only_in_a_fork_and_a_failing_child_gives_none(tmp_path):
    from briefing_tui import parse_ahead
    from briefing_tui.core.reading import SourceText, read_source
    from briefing_tui.core.resources import bundled_briefing

    assert _a_text_fork_or_none(parse_ahead.start(read_source(bundled_briefing()), only_when_free=False), bundled_briefing())
    broken = parse_ahead.ParseAhead(SourceText("<p>x</p>", "x.html"), fork=False)  # a new Python
    broken.process.kill()
    assert broken.result() is None


def test_a_saved_page_is_parsed_ahead_from_its_path_and_plain_text_only_in_a_fork(tmp_path):
    from briefing_tui import parse_ahead

    ahead = parse_ahead.start_file(str(PAGES / "news_article.html"), only_when_free=False)
    assert ahead is not None and ahead.result() == load_briefing(PAGES / "news_article.html")
    fragment = tmp_path / "notes.txt"
    fragment.write_text((PAGES / "smart_brevity_fragment.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert parse_ahead.start_file(str(fragment), only_when_free=False) is not None  # sniffed: it opens with a tag
    plain = tmp_path / "plain.txt"
    plain.write_text("A title\n\nSome text that is not a page.\n", encoding="utf-8")
    assert _a_text_fork_or_none(parse_ahead.start_file(str(plain), only_when_free=False), plain)
    assert parse_ahead.start_file(str(tmp_path / "missing.html"), only_when_free=False) is None


def test_no_child_when_no_core_is_free_but_a_thread_parses_the_page(monkeypatch):
    from briefing_tui import parse_ahead
    from briefing_tui.core.reading import read_source

    monkeypatch.setattr("os.getloadavg", lambda: (64.0, 64.0, 64.0))
    monkeypatch.setattr(parse_ahead, "can_fork", lambda: False)  # a child would be a new Python
    assert not parse_ahead.core_free()
    ahead = parse_ahead.start_file(str(PAGES / "news_article.html"))
    assert isinstance(ahead, parse_ahead.ParseHere)
    assert ahead.result() == load_briefing(PAGES / "news_article.html")
    ahead = parse_ahead.start(read_source(PAGES / "news_article.html"))
    assert isinstance(ahead, parse_ahead.ParseHere)
    assert ahead.result() == load_briefing(PAGES / "news_article.html")
    assert parse_ahead.ParseHere(str(PAGES / "missing.html")).result() is None
    monkeypatch.setattr("os.getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert parse_ahead.core_free()


def test_markup_and_dead_links_never_reach_the_text():
    page = (
        "<html><body><article><h1>Water</h1>"
        "<p>Water is H<sub>2</sub>O and the lake covers 5 km<sup>2</sup>, the survey of the basin said on Monday.</p>"
        "<div>\n\t\t\t      <p>Then <a href='javascript:void(0)'>click here</a> and read <a href='https://x.org/a_(b)'>the"
        " report</a>, which the council published after a long and careful review of the basin.</p>\n\t\t</div>"
        "</article></body></html>"
    )
    briefing = parse_text(page, "water.html")
    text = " ".join(s.text for s in briefing.sections)
    assert "H2O" in text and "5 km2," in text
    assert "click here" in text and "javascript" not in text and "<" not in text and "](" not in text
    assert all(b.kind != "code" for s in briefing.sections for b in s.blocks)  # indentation is not code
    links = [s for section in briefing.sections for s in section.spans if s.style == "link"]
    assert [link.target for link in links] == ["https://x.org/a_(b)"]


class _Gate:
    """A parse under way that ends when the test says so (like parse_ahead's)."""

    def __init__(self, briefing) -> None:
        import threading

        self.briefing, self.released = briefing, threading.Event()

    def ready(self, timeout: float = 0.0) -> bool:
        return self.released.wait(timeout)

    def result(self, timeout: float = 60.0):
        self.released.wait(timeout)
        return self.briefing


async def test_the_reader_opens_at_once_and_shows_the_page_when_its_parse_ends():
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source
    from briefing_tui.widgets.header import BriefingHeader
    from briefing_tui.widgets.status_line import StatusLine

    source = read_source(PAGES / "news_article.html")
    gate = _Gate(load_briefing(PAGES / "news_article.html"))
    app = BriefingApp(source, keep=False, pending=gate)
    async with app.run_test(size=(110, 30)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if "reading the page" in app.screen.query_one(StatusLine).note:
                break
        assert app.screen.query_one(StatusLine).note == "reading the page…"
        assert not app.screen.briefing.sections  # nothing of the raw page meanwhile
        gate.released.set()
        for _ in range(100):
            await pilot.pause(0.05)
            if app.screen.briefing.sections:
                break
        await pilot.pause()
        header = app.screen.query_one(BriefingHeader)
        assert header.title_text == "Harbour town votes to rebuild its sea wall"
        assert "The Coastal Herald" in header.details
        assert app.screen.briefing == gate.briefing
        assert "reading the page" not in app.screen.query_one(StatusLine).note
        assert app.screen.outline != "hidden"  # a page of sections opens with its outline


async def test_a_page_parsed_by_the_first_frame_is_in_the_first_frame():
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source
    from briefing_tui.widgets.status_line import StatusLine

    source = read_source(PAGES / "news_article.html")
    gate = _Gate(load_briefing(PAGES / "news_article.html"))
    gate.released.set()
    app = BriefingApp(source, keep=False, pending=gate)
    async with app.run_test(size=(110, 30)) as pilot:
        assert app.screen.briefing == gate.briefing  # before any pause: the first frame
        assert "reading the page" not in app.screen.query_one(StatusLine).note
        await pilot.pause()
        assert "Harbour town votes" in app.screen.query_one("#header").title_text


async def test_a_failed_parse_ahead_is_parsed_by_the_reader_itself():
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source

    source = read_source(PAGES / "news_article.html")
    gate = _Gate(None)
    gate.released.set()
    app = BriefingApp(source, keep=False, pending=gate)
    async with app.run_test(size=(110, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.screen.briefing.sections:
                break
        assert app.screen.briefing == load_briefing(PAGES / "news_article.html")


def test_a_pages_line_breaks_inside_text_are_one_space_but_code_keeps_its_own():
    # An old page laid out in a table: trafilatura keeps the source's indentation there.
    page = (
        "<html><body><table><tr><td><h1>Harbour notes</h1><p>The council met on Monday after a long debate\n"
        "                <a href='javascript:void(0);'>voted to rebuild</a> the wall. Nevertheless,\n"
        "                    the work waits for <em>the\n          levy</em> to be approved.</p>"
        "<h2>Who pays</h2><p>More about the wall and the harbour, and the meeting,\n            which the mayor chaired.</p>"
        "</td></tr></table>"
        "<article><p>The engineers published the plan for the wall the same evening, with the costs.</p>"
        "<pre><code>def levy(homes):\n    return homes * 120\n</code></pre>"
        "<p>Work starts in the autumn, the harbour master said after the meeting ended.</p></article>"
        "</body></html>"
    )
    briefing = parse_text(page, "notes.html")
    text = "\n".join(section.text for section in briefing.sections)
    assert "after a long debate voted to rebuild the wall. Nevertheless, the work waits for the levy to be" in text
    assert "the meeting, which the mayor chaired." in text
    assert "  " not in text.replace("    return", "")
    assert "def levy(homes):\n    return homes * 120" in text  # code keeps its indentation
    # A table of one column is the page's layout: its headings and paragraphs, not a row.
    assert "Who pays" in [section.heading for section in briefing.sections]
    assert "|" not in text


def test_a_table_of_one_column_around_a_picture_and_its_caption_is_no_table_but_data_tables_stay():
    page = (
        "<html><body><article><h1>Harbour notes</h1>"
        "<p>The council met on Monday and voted to rebuild the wall after a long debate in the town hall.</p>"
        "<table><tr><td>Flood gates at the harbour mouth</td></tr><tr><td>Photo: the council</td></tr></table>"
        "<p>The costs were set out in a table that the treasurer read to the meeting on Monday evening.</p>"
        "<table><tr><th>Item</th><th>Euros</th></tr><tr><td>Wall</td><td>9 million</td></tr>"
        "<tr><td>Gates</td><td>5 million</td></tr></table>"
        "</article></body></html>"
    )
    briefing = parse_text(page, "notes.html")
    text = "\n".join(section.text for section in briefing.sections)
    assert "Flood gates at the harbour mouth" in text.split("\n")  # a paragraph of its own, no cell
    rows = [line for line in text.split("\n") if " | " in line]
    assert any("Wall" in row and "9 million" in row for row in rows)
    assert any("Gates" in row and "5 million" in row for row in rows)  # each row on its own line



def test_a_single_row_of_cells_of_broken_lines_reads_as_lines_not_one_run():
    page = (
        "<html><body><article><h1>An open letter on the harbour</h1>"
        "<p>We, the undersigned, ask the council to keep the harbour open to small boats all year.</p>"
        "<table><tr>"
        "<td><strong>Mary Lund</strong><br/><strong>Ivo Berg</strong>, <span>Lund College</span><br/><strong>Ana Roos</strong></td>"
        "<td><strong>Tom Vik</strong>, writer<br/><strong>Eva Holm</strong></td>"
        "</tr></table>"
        "<p>The letter was handed to the mayor on Friday, the day before the council met to vote.</p>"
        "</article></body></html>"
    )
    briefing = parse_text(page, "letter.html")
    lines = "\n".join(section.text for section in briefing.sections).split("\n")
    for line in ("Mary Lund", "Ivo Berg, Lund College", "Ana Roos", "Tom Vik, writer", "Eva Holm"):
        assert line in lines
    assert not any(" | " in line for line in lines)

async def test_pages_read_in_the_reader_are_each_kept_in_the_library_with_their_text(tmp_path, library_path):
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source
    from briefing_tui.library import open_library

    page = (PAGES / "news_article.html").read_text(encoding="utf-8")
    paths = [tmp_path / "first.html", tmp_path / "second.html"]
    paths[0].write_text(page, encoding="utf-8")
    paths[1].write_text(page.replace("sea wall", "harbour gate"), encoding="utf-8")
    for path in paths:
        source = read_source(path)
        gate = _Gate(load_briefing(path))
        gate.released.set()
        app = BriefingApp(source, keep=True, pending=gate, origin=str(path))
        async with app.run_test(size=(110, 30)) as pilot:
            for _ in range(100):
                await pilot.pause(0.05)
                if app.screen.library_id is not None:
                    break
    with open_library(library_path) as library:
        entries = library.list()
        assert sorted(entry.path for entry in entries) == sorted(str(path) for path in paths)
        texts = {entry.path: library.source_text(entry.id) for entry in entries}
    assert all(texts[str(path)] == path.read_text(encoding="utf-8") for path in paths)


def test_what_a_browser_hides_is_not_the_article():
    briefing = load_briefing(PAGES / "hidden_parts.html")
    assert [s.heading for s in briefing.sections] == [None, "A later boat on Saturdays", "A leased boat"]
    text = " ".join(_all_text(briefing).split())
    for words in ["will sail again from the first of May", "a later one on Saturdays", "lease a boat for three years"]:
        assert words in text, words
    # display: none, the hidden attribute, visibility: hidden
    for words in ["Old timetable", "Survey draft", "Placeholder teaser"]:
        assert words not in text, words


def test_a_paragraph_the_page_repeats_is_kept_each_time():
    # trafilatura drops a repeated paragraph as an artifact; the page's marked article has it
    briefing = load_briefing(PAGES / "repeated_chorus.html")
    text = " ".join(_all_text(briefing).split())
    assert text.count("Row me over, ferryman, the tide is running low") == 3
    assert "I left my nets at Saltholm" in text
    assert "Songbook" not in text


def test_a_short_article_among_teasers_is_not_read_as_the_page_paragraphs():
    briefing = load_briefing(PAGES / "short_brief.html")
    text = " ".join(_all_text(briefing).split())
    assert "masons repair its eastern arch" in text and "adding about ten minutes" in text
    for words in ["School choir", "Market hall", "cycle path", "All rights reserved"]:
        assert words not in text, words


def test_a_page_that_opens_with_an_xml_declaration_is_read():
    page = (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html>'
        "<body><p>High water at the north quay is at six in the morning and half past six at night.</p></body></html>"
    )
    briefing = parse_text(page, "tides.xhtml")
    assert briefing.format == "html"
    assert "High water at the north quay" in _all_text(briefing)


def test_a_page_with_no_text_keeps_its_title_and_author():
    page = "<html><head><title>Harbour webcam</title><meta name='author' content='Ann Lee'></head><body></body></html>"
    briefing = parse_text(page, "webcam.html")
    assert briefing.format == "html"
    assert briefing.title == "Harbour webcam"
    assert briefing.byline == "Ann Lee"


def test_a_space_the_library_drops_after_a_link_or_emphasis_is_put_back_unless_the_page_glues():
    from lxml import etree

    # trafilatura's tree of a paragraph, as it sometimes comes: the tails' first spaces gone
    body = etree.fromstring(
        '<body><p>Posts for <ref target="https://a.example/">the blog at work</ref>so I wrote. '
        'It is <hi rend="#i">streaming on Netflix</hi><hi rend="#i">and for rent</hi>. '
        'Water is H<hi rend="#sub">2</hi>O, see note <ref target="#n22">22</ref>Sometimes.</p></body>'
    )
    page = (
        '<p>Posts for <a href="https://a.example/">the blog at work</a> so I wrote. It is '
        '<a href="https://n.example/"><em>streaming on Netflix</em></a> <em>and for rent</em>. '
        'Water is H<sub>2</sub>O, see note <sup><a href="#n22">22</a></sup>Sometimes.</p>'
    )
    html_format._respace_inline_ends(body, page)
    text = "".join(body.itertext())
    assert "the blog at work so I wrote" in text
    assert "streaming on Netflix and for rent" in text
    assert "H2O" in text and "22Sometimes" in text  # the page's own glue stays


def test_a_page_whose_scripts_show_its_hidden_article_is_read_all_the_same():
    briefing = load_briefing(PAGES / "shown_by_script.html")
    assert [s.heading for s in briefing.sections] == [None, "What the rooms will show", "Opening hours"]
    text = " ".join(_all_text(briefing).split())
    for words in ["empty since the lamp was automated", "the brass clock", "free entry for children"]:
        assert words in text, words
    assert "All rights reserved" not in text


def test_a_slideshow_whose_scripts_show_one_hidden_slide_at_a_time_is_read_whole():
    intro = "Shopping from the sofa changed how towns buy things, and some finds are stranger than others. "
    slides = "".join(
        f"<div class='slide' style='display: none;'><h2>{n}. {name}</h2>"
        f"<p>{name} is one of the odd finds on this list, and it sells well in harbour towns. {intro}</p>"
        f"<p>Buyers said it was worth the money and would buy it again. {intro}</p></div>"
        for n, name in ((3, "A Kettle Shaped Like A Lighthouse"), (2, "Rain Boots With Pockets"), (1, "A Clock That Runs Backwards"))
    )
    page = (
        "<html><head><title>Odd Things We Never Knew We Wanted</title></head><body><article>"
        f"<h1>Odd Things We Never Knew We Wanted</h1><p>{intro * 2}</p>{slides}</article>"
        "<footer><p>All rights reserved</p></footer></body></html>"
    )
    briefing = parse_text(page, "odd.html")
    assert [s.heading for s in briefing.sections] == [
        None, "3. A Kettle Shaped Like A Lighthouse", "2. Rain Boots With Pockets", "1. A Clock That Runs Backwards"
    ]


def test_a_heading_broken_over_two_lines_is_one_heading():
    # Letters pages break a long heading in two with <br>: both halves are the heading.
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Letters</title></head><body><article><h1>Letters</h1>"
        f"<h4>Quarry plan will<br>\n  undermine rural road</h4><p>{paragraph}</p>"
        f"<h4>Recount cost is worth<br/>election integrity</h4><p>{paragraph}</p>"
        "</article></body></html>"
    )
    briefing = parse_text(page, "letters.html")
    assert [s.heading for s in briefing.sections] == [
        "Quarry plan will undermine rural road", "Recount cost is worth election integrity"
    ]
    assert all(s.text.startswith("The council met") for s in briefing.sections)


def test_the_pages_headline_after_a_date_line_is_the_title_not_a_section():
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Harbour town votes to rebuild its sea wall</title></head><body><article>"
        "<p>October 22, 2019 report</p><h1>Harbour town votes to rebuild its sea wall</h1>"
        f"<p>{paragraph}</p><h2>Who pays</h2><p>{paragraph}</p></article></body></html>"
    )
    briefing = parse_text(page, "harbour.html")
    assert briefing.title == "Harbour town votes to rebuild its sea wall"
    headings = [s.heading for s in briefing.sections]
    assert headings == [None, "Who pays"]
    assert "October 22, 2019" in briefing.sections[0].text  # the date line is kept
    assert "The council met on Monday" in briefing.sections[0].text


def _page_by(author: str) -> str:
    """A short page whose metadata names its author as given."""
    return (
        f"<html><head><title>Growing tomatoes</title><meta name='author' content='{author}'></head>"
        "<body><article><p>Everyone told me a north-facing balcony would never grow tomatoes, "
        "and for two summers they were right about it.</p></article></body></html>"
    )


@pytest.mark.parametrize("author", ["View all posts by Tove Aalto", "All posts by Tove Aalto", "Posts by Tove Aalto"])
def test_an_author_links_words_are_not_the_byline(author: str):
    briefing = parse_text(_page_by(author), "tomatoes.html")
    assert briefing.byline == "Tove Aalto"


@pytest.mark.parametrize("author", ["No Author", "admin", "Unknown"])
def test_a_themes_placeholder_for_the_author_is_no_byline(author: str):
    assert parse_text(_page_by(author), "tomatoes.html").byline is None


def test_a_headings_permalink_sign_and_wiki_edit_link_are_not_its_words():
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Sea walls</title></head><body><article><h1>Sea walls</h1>"
        f"<p>{paragraph}</p>"
        '<h2><a href="#toc1">Setting up</a><a class="headerlink" href="#setting-up">¶</a></h2>'
        f"<p>{paragraph}</p>"
        '<h2>History<span class="mw-editsection">[<a href="/w/index.php?title=Sea&amp;action=edit&amp;section=1">'
        "edit</a>]</span></h2>"
        f"<p>{paragraph}</p>"
        '<h2>Costs <a href="#costs">#</a> and levies</h2>'
        f"<p>{paragraph}</p></article></body></html>"
    )
    briefing = parse_text(page, "walls.html")
    assert [s.heading for s in briefing.sections] == [None, "Setting up", "History", "Costs and levies"]


def test_a_links_address_and_the_text_keep_their_ampersands_as_written():
    # "&section" and "&copy" read as the entities § and © would break the address.
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Sea walls</title></head><body><article><h1>Sea walls</h1>"
        f'<p>{paragraph} See <a href="https://wiki.example/i.php?title=Sea&amp;action=edit&amp;section=1'
        '&amp;copy=2">the plan</a>, written in R&amp;D as &amp;para=3 and more.</p>'
        "</article></body></html>"
    )
    briefing = parse_text(page, "walls.html")
    links = [s for section in briefing.sections for s in section.spans if s.style == "link"]
    assert [link.target for link in links] == ["https://wiki.example/i.php?title=Sea&action=edit&section=1&copy=2"]
    assert "written in R&D as &para=3 and more." in briefing.sections[0].text


def test_a_saved_pages_child_parse_starts_before_the_reader_imports_asyncio_or_textual():
    # The child's head start is what lets the page be ready for the first frame.
    import subprocess
    import sys

    program = (
        "import sys\n"
        "from briefing_tui import cli, parse_ahead\n"
        "def started(path, only_when_free=True):\n"
        "    print(sorted(m for m in ('asyncio', 'textual') if m in sys.modules), flush=True)\n"
        "    raise SystemExit(0)\n"
        "parse_ahead.start_file = started\n"
        "cli.main([sys.argv[1]])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, str(PAGES / "news_article.html")], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_an_entity_the_page_shows_as_text_stays_as_written():
    # A page about HTML shows "&amp;amp;" as "&amp;": those letters are its text, also in
    # code and in a page read as plain paragraphs.
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Writing HTML</title></head><body><article><h1>Writing HTML</h1>"
        f"<p>{paragraph} Type &amp;amp; for an ampersand and &amp;#60; for a less-than sign.</p>"
        "<h2>Q&amp;A &amp;amp; more</h2>"
        f"<p>{paragraph} In code: <code>a &amp;amp;&amp; b</code>, Tom &amp; Jerry.</p>"
        "</article></body></html>"
    )
    briefing = parse_text(page, "entities.html")
    text = _all_text(briefing)
    assert "Type &amp; for an ampersand and &#60; for a less-than sign." in text
    assert [s.heading for s in briefing.sections] == [None, "Q&A &amp; more"]
    assert "a &amp;& b" in text and "Tom & Jerry" in text
    assert html_format._escape("Type &amp; and &copy; & R&D") == "Type \\&amp; and \\&copy; & R&D"


# A blog's post body: text straight in a <div>, lines broken with <br> and empty <div>s,
# links inside.
LOOSE_POST = (
    "<html><head><title>Harbour Notes: Tide tables are out</title></head><body>"
    "<div class='post-outer'><h3 class='post-title'>Tide tables are out</h3>"
    "<div class='post-body entry-content'>The tide tables for next year are out today, a month earlier "
    "than usual. &nbsp;See <a href='https://tides.example/2026'>the full tables for every quay</a> "
    "for the hours of each day.<br /><br />You can print the pocket edition "
    "<a href='https://tides.example/pocket.pdf'>here</a>. &nbsp;The harbour office also has copies "
    "on paper for anyone who asks at the desk.<br /><div><br /></div>We hope the early tables help "
    "the boats plan their winter.<br /></div></div></body></html>"
)


def test_a_link_inside_a_paragraph_of_loose_text_does_not_split_the_paragraph():
    briefing = parse_text(LOOSE_POST, "tides.html")
    paragraphs = [p for s in briefing.sections for p in s.text.split("\n\n")]
    assert "See the full tables for every quay for the hours of each day." in paragraphs[0]
    assert paragraphs[1] == (
        "You can print the pocket edition here. The harbour office also has copies on paper for anyone who asks at the desk."
    )
    links = [s.target for section in briefing.sections for s in section.spans if s.style == "link"]
    assert links == ["https://tides.example/2026", "https://tides.example/pocket.pdf"]


def test_loose_text_after_an_empty_block_is_kept():
    briefing = parse_text(LOOSE_POST, "tides.html")
    assert briefing.sections[-1].text.endswith("\n\nWe hope the early tables help the boats plan their winter.")


@pytest.mark.parametrize(
    ("page_title", "site", "headline"),
    [
        ("Harbour gates close early | CH | 12.03.2026", "CH.COM", "Harbour gates close early"),
        ("Harbour gates close early • coastal-herald.example", "", "Harbour gates close early"),
        ("Harbour gates close early | Coastal Herald of the North", "", "Harbour gates close early"),
        ("Coastal Herald - Harbour gates close early", "Coastal Herald", "Harbour gates close early"),
        ("Harbour gates close early | COASTAL-HERALD.example", "Coastal Herald", "Harbour gates close early"),
        # a headline's own separators stay, even when a part starts with the author's name
        ("Letters: Gates | Tolls | Ferries | The Coastal Herald", "The Coastal Herald", "Letters: Gates | Tolls | Ferries"),
    ],
)
def test_the_title_is_the_headline_and_the_site_around_it_goes_to_the_source(page_title, site, headline):
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    site_meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = (
        f"<html><head><title>{page_title}</title>{site_meta}<meta name='author' content='Letters'>"
        "<link rel='canonical' href='https://www.coastal-herald.example/news/gates'></head>"
        f"<body><article><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )
    briefing = parse_text(page, "gates.html")
    assert briefing.title == headline
    assert to_dict(briefing)["source"] == (site or "coastal-herald.example")


def test_links_to_places_on_the_page_lead_there_and_alone_in_a_paragraph_are_not_text():
    # A wiki's "Jump to navigation" and a blog's "Skip to content": the page's own controls.
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Sea walls</title>"
        "<link rel='canonical' href='https://wiki.example/wiki/Sea_walls'></head><body>"
        "<div id='content'><h1>Sea walls</h1><div id='bodyContent'>"
        "<div id='siteSub'>From Wiki, the free encyclopedia</div><div id='contentSub'></div>"
        "<div id='jump-to-nav'></div><a class='mw-jump-link' href='#mw-head'>Jump to navigation</a> "
        "<a class='mw-jump-link' href='#p-search'>Jump to search</a>"
        "<div id='mw-content-text'><div class='mw-parser-output'>"
        f"<p>{paragraph} The costs are set out <a href='#costs'>below</a>.</p>"
        f"<h2 id='costs'>Costs</h2><p>{paragraph} See also <a href='/wiki/Tides#spring'>spring tides</a>.</p>"
        "</div></div></div></div></body></html>"
    )
    briefing = parse_text(page, "walls.html")
    text = _all_text(briefing)
    for words in ["Jump to navigation", "Jump to search"]:
        assert words not in text, words
    assert "The costs are set out below." in text and "See also spring tides." in text
    links = [s.target for section in briefing.sections for s in section.spans if s.style == "link"]
    assert links == ["https://wiki.example/wiki/Sea_walls#costs", "https://wiki.example/wiki/Tides#spring"]


def _magazine_page(end: str) -> str:
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    return (
        "<html><head><title>Harbour town votes to rebuild its sea wall</title></head><body><article>"
        "<h3><a href='https://herald.example/category/towns/'>#Towns</a></h3>"
        "<h2>Harbour town votes to rebuild its sea wall</h2>"
        f"<p>{paragraph}</p><h2>Who pays</h2><p>{paragraph}</p>"
        "<p>What do you think? Tell us on <a href='https://social.example/herald'>our page</a>.</p>"
        f"{end}</article></body></html>"
    )


def test_a_kicker_before_the_headline_is_lead_text_and_the_headline_is_the_title():
    briefing = parse_text(_magazine_page(""), "wall.html")
    assert briefing.title == "Harbour town votes to rebuild its sea wall"
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    assert briefing.sections[0].text.startswith("#Towns\n\nThe council met")


RELATED = (
    "<h4>Editors’ picks:</h4><ul>"
    "<li><a href='https://herald.example/c'>Storm closes the fish market and the traders are scrambling for stalls</a></li>"
    "<li><a href='https://herald.example/d'>Ferry fares to rise in spring as the operator adds two crossings a day</a></li>"
    "<li><a href='https://herald.example/e'>The old lighthouse opens as a museum with the keeper's logbooks on show</a></li>"
    "</ul>"
)


def test_related_links_after_the_article_are_not_a_section():
    briefing = parse_text(_magazine_page(RELATED), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    text = _all_text(briefing)
    assert "Editors" not in text and "Storm closes the fish market" not in text
    assert briefing.sections[-1].text.endswith("What do you think? Tell us on our page.")


def test_a_list_of_links_inside_the_article_or_with_more_than_links_stays():
    inside = parse_text(_magazine_page(RELATED + "<h2>Next steps</h2><p>" + "The works start in May. " * 9 + "</p>"), "wall.html")
    assert [s.heading for s in inside.sections] == [None, "Who pays", "Editors’ picks:", "Next steps"]
    sources = RELATED.replace("</a></li>", "</a>: the council's report on it, read at the meeting in May</li>")
    briefing = parse_text(_magazine_page(sources), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays", "Editors’ picks:"]


def test_short_headings_with_nothing_under_them_after_the_article_are_not_sections():
    # What an extraction leaves of a page's widgets: their titles, nothing under them.
    page = html_format.Page(
        "Intro words of the article.\n\n## Who pays\n\nThe town pays.\n\n## Related videos\n\n### Share this\n",
        "Sea wall", None, None, None, None,
    )
    briefing = html_format.from_page(page, "wall.html", "html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    long_last = page.markdown + "\n## The wall will be built by local firms over three winters\n"
    briefing = html_format.from_page(html_format.Page(long_last, "Sea wall", None, None, None, None), "w.html", "html")
    assert briefing.sections[-1].heading == "The wall will be built by local firms over three winters"


SIGN_UP_BOX = (
    "<div class='slice-container'><div class='form-wrapper'><section><h2>Herald Newsletter</h2></section>"
    "<section><p>Sign up to get the best stories of the week, and local deals, as picked by the editors.</p>"
    "<form method='POST' action='https://subscribe.example/submit'>"
    "<input type='email' name='MAIL' placeholder='Your Email Address'>"
    "<label><input type='checkbox' name='OTHER'>Contact me with news and offers from other brands</label>"
    "<input type='submit' value='Sign me up'></form>"
    "<footer>By submitting your information you agree to the <a href='https://subscribe.example/terms'>Terms</a>"
    " and are aged 16 or over.</footer></section></div></div>"
)


def test_a_newsletter_sign_up_box_inside_the_article_is_not_a_section():
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Harbour town votes to rebuild its sea wall</title></head><body><article>"
        f"<h1>Harbour town votes to rebuild its sea wall</h1><p>{paragraph}</p>{SIGN_UP_BOX}"
        f"<p>After the vote, the mayor spoke.</p><h2>Who pays</h2><p>{paragraph}</p></article></body></html>"
    )
    briefing = parse_text(page, "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    text = _all_text(briefing)
    assert "Newsletter" not in text and "Sign up to get" not in text
    assert briefing.sections[0].text.endswith("\n\nAfter the vote, the mayor spoke.")


def test_a_page_inside_one_form_with_an_email_field_keeps_its_article():
    # Some sites wrap the whole page in a <form>: the form is not a sign-up box.
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Sea wall</title></head><body><form action='/page.aspx' method='post'>"
        f"<div><h1>Sea wall</h1><p>{paragraph}</p><h2>Who pays</h2><p>{paragraph}</p></div>"
        "<div>Your e-mail: <input type='email' name='mail'></div></form></body></html>"
    )
    briefing = parse_text(page, "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    assert briefing.sections[1].text.startswith("The council met")


def test_the_library_gives_a_pages_size_as_its_texts_not_its_markups(tmp_path):
    from briefing_tui.core.parsing import text_size
    from briefing_tui.library.sqlite_store import SQLiteLibrary

    page = (PAGES / "news_article.html").read_text(encoding="utf-8")
    briefing = parse_text(page, "news_article.html")
    shown = len(_all_text(briefing))
    store = SQLiteLibrary(tmp_path / "library.sqlite3")
    try:
        entry = store.get(store.add(briefing, page, path="news_article.html").id)
    finally:
        store.close()
    assert entry.size == text_size(briefing, page)
    assert shown * 0.9 <= entry.size <= shown * 1.1 < len(page) / 2
    plain = "Harbour wall\n\nThe council met on Monday.\n"
    assert text_size(parse_text(plain, "wall.txt"), plain) == len(plain)  # a text file: its own length


def test_a_pages_text_export_reads_back_with_its_lead_untitled():
    from briefing_tui.core.export import to_text

    briefing = load_briefing(PAGES / "news_article.html")
    assert briefing.sections[0].heading is None and briefing.sections[0].label == "Lead"
    exported = to_text(briefing)
    assert "\nLead\n" not in exported
    again = parse_text(exported, "news_article.txt")
    assert again.title == briefing.title and again.byline == briefing.byline
    headings = [s.heading for s in again.sections]
    assert headings[0] is None and "Lead" not in headings
    assert headings[1:3] == ["What the plan includes", "Who pays"]
    assert again.sections[0].text.startswith("Residents of Port Elvane voted")


def test_an_article_in_a_layout_table_beside_empty_cells_keeps_its_headings():
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Weekly edition</title></head><body><table><tr>"
        "<td width='10'>&nbsp;</td><td><div class='ArticleText'><h2>Weekly edition</h2>"
        f"<p>{paragraph}</p><h4>Here be walls</h4><p>{paragraph}</p>"
        f"<h4>Walls out</h4><p>{paragraph}</p></div></td></tr>"
        "<tr><td></td><td>  </td></tr></table></body></html>"
    )
    briefing = parse_text(page, "weekly.html")
    assert [s.heading for s in briefing.sections] == [None, "Here be walls", "Walls out"]
    assert all(s.text.startswith("The council met") for s in briefing.sections)


def test_a_read_more_line_linking_another_story_is_not_the_articles_text():
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Sea wall</title></head><body><article><h1>Sea wall</h1>"
        f"<p>{paragraph}</p>"
        "<p>Read more: <a href='https://herald.example/art'>Looted harbour art: the town sets up a new office</a></p>"
        f"<p>{paragraph}</p>"
        "<p>Lire aussi : <a href='https://herald.example/ferry'>Les ferries du port changent d'horaires cet hiver</a></p>"
        "<p>Ohrring: <a href='https://shop.example/ring'>Lui Lu</a></p>"
        "<p>Report: <a href='https://herald.example/report'>the council's report on the wall</a> was read out "
        "to the hall on Monday.</p>"
        f"<p>{paragraph}</p></article></body></html>"
    )
    text = _all_text(parse_text(page, "wall.html"))
    assert "Read more" not in text and "Looted harbour art" not in text
    assert "Lire aussi" not in text and "ferries" not in text
    assert "Ohrring: Lui Lu" in text  # a short link is a name, not another story
    assert "Report: the council's report on the wall was read out to the hall on Monday." in text


def _page_of(body: str) -> str:
    return f"<html><head><title>Harbour notes</title></head><body><h1>Harbour notes</h1>{body}</body></html>"


_LONG = (
    "The council met on Monday and voted to rebuild the wall after a long debate in the hall, "
    "and the harbour master said the work would start before the winter storms came in. "
)


def _numbered_paragraph(n: int) -> str:
    """A long paragraph of a page, told apart by its number."""
    return f"<p>Paragraph {n}: {_LONG * 2}</p>"


def test_a_heading_the_page_marks_stays_a_heading_when_the_extraction_flattens_it():
    body = "".join(
        f"<hr/><h2>\n   {name}\n  </h2><figure><img src='x.jpg' alt='a picture'/>"
        f"<figcaption>The wall in May</figcaption></figure><p>\n {_LONG * 2}\n</p>"
        for name in ("Single &lt;wall&gt;", "Single &lt;gate&gt;", "Two gates")
    )
    briefing = parse_text(_page_of(f"<p>{_LONG}</p>{body}"), "notes.html")
    assert [s.heading for s in briefing.sections] == [None, "Single <wall>", "Single <gate>", "Two gates"]


def test_short_sentences_between_paragraphs_of_a_page_stay_paragraphs():
    # The page marks them as paragraphs: a short line is emphasis in running text, not a heading.
    long = (
        "Twenty years ago we saw an explosion of websites, built by people around the world, giving all "
        "forms of content. This was the start of an age of plenty, where users could read what they liked."
    )
    body = "".join(
        f"<p>{long}</p><p>{long.replace('Twenty', 'Thirty')}</p><p>{line}</p>"
        for line in ("But we messed up.", "We need to bring that back into alignment, starting right now.",
                     "That is user experience.")
    )
    briefing = parse_text(_page_of(f"<article>{body}<p>{long}</p></article>"), "notes.html")
    assert [s.heading for s in briefing.sections] == [None]
    assert "\n\nBut we messed up.\n\n" in briefing.sections[0].text


def test_bold_lines_over_paragraphs_are_the_page_s_sub_headings():
    # Pages set sub-headings in bold as often as in h2-h4: read as a reader sees them (the
    # real pages' gold counts them), two or more each over its text.
    body = "".join(
        f"<p><strong>{line}</strong></p><p>{_LONG * 2}</p>"
        for line in ("Whole harbour future", "Back on the schooner", "Where the gates go")
    )
    briefing = parse_text(_page_of(f"<article><p>{_LONG}</p>{body}</article>"), "notes.html")
    assert [s.heading for s in briefing.sections] == [None, "Whole harbour future", "Back on the schooner", "Where the gates go"]


def test_a_bold_phrase_leading_into_a_list_stays_bold():
    body = f"<p>{_LONG}</p><p><strong>The letter warned:</strong></p><ul><li>gates</li><li>walls</li></ul><p><strong>What we saw there:</strong></p><p>{_LONG}</p>"
    briefing = parse_text(_page_of(f"<article>{body}</article>"), "notes.html")
    assert [s.heading for s in briefing.sections] == [None]


def test_cards_of_a_list_each_under_its_own_heading_are_sections_not_one_heading_each():
    # <li><h3>Name</h3><p>what it is</p></li>: the item's heading would swallow the whole item.
    cards = "".join(
        f"<li class='feature'><a href='https://video.example/{n}'><img src='{n}.jpg' alt=''></a>"
        f"<h3>{name}</h3><p>{_LONG}</p><a href='https://docs.example/{n}'>Learn more about {name}</a></li>"
        for n, name in enumerate(("Tide gauge", "Wall sensor", "Flood map"))
    )
    briefing = parse_text(_page_of(f"<article><p>{_LONG}</p><ul>{cards}</ul><p>{_LONG}</p></article>"), "n.html")
    assert [s.heading for s in briefing.sections] == [None, "Tide gauge", "Wall sensor", "Flood map"]
    assert briefing.sections[1].text.startswith("The council met")


def test_a_heading_inside_a_list_item_among_plain_items_is_bold_item_text():
    items = "<li>Gates at the mouth of the river</li><li><h4>Pumps</h4> two on the quay</li><li>A new wall</li>"
    briefing = parse_text(_page_of(f"<article><p>{_LONG}</p><ul>{items}</ul><p>{_LONG}</p></article>"), "n.html")
    assert [s.heading for s in briefing.sections] == [None]
    section = briefing.sections[0]
    assert "Pumps two on the quay" in section.text
    assert [section.text[s.start : s.end] for s in section.spans if s.style == "bold"] == ["Pumps"]


def test_a_slideshow_of_numbered_captions_and_its_title_are_not_the_article():
    slides = "".join(
        f"<li><h2>{n}/4 {title}</h2><p>{_LONG}</p><p class='credits'>Agency</p></li>"
        for n, title in enumerate(("Storm hits", "Gates shut", "Wall tested", "Town cheers"), start=1)
    )
    body = (
        f"<article><p>{_LONG}</p><h3>Who pays</h3><p>{_LONG}</p>"
        "<h2>Harbour news in pictures</h2><p><a href='https://herald.example/'></a></p>"
        f"<h2>Harbour news in pictures</h2><ul class='gallery'>{slides}</ul>"
        f"<h3>When it starts</h3><p>{_LONG}</p></article>"
    )
    briefing = parse_text(_page_of(body), "n.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays", "When it starts"]
    text = _all_text(briefing)
    assert "Storm hits" not in text and "in pictures" not in text
    # numbers that do not count the slides are the article's own
    listed = body.replace("1/4", "1/2").replace("3/4", "1/9")
    assert "Storm hits" in _all_text(parse_text(_page_of(listed), "n.html"))


def _teasers(level: int, under: str) -> str:
    return "".join(
        f"<h{level}><a href='https://herald.example/story/{n}'>{headline}</a></h{level}>{under}"
        for n, headline in enumerate((
            "Ferry fares to rise in spring as the operator adds crossings",
            "The old lighthouse opens as a museum",
            "Storm closes the fish market for a week",
        ))
    )


def test_teasers_of_other_stories_after_the_article_are_not_sections():
    article = f"<p>{_LONG}</p><h2>Who pays</h2><p>{_LONG}</p>"
    for under in ("<p>April 20, 2018</p>", f"<p><em>MARA LIND</em> {_LONG[:150]}</p>"):
        for box in ("", "<h2>More opinion</h2>"):
            briefing = parse_text(_page_of(f"<article>{article}{box}{_teasers(4, under)}</article>"), "n.html")
            assert [s.heading for s in briefing.sections] == [None, "Who pays"], (under, box)
            assert "lighthouse" not in _all_text(briefing)


def test_teasers_inside_the_article_are_paragraphs_and_linked_headings_over_text_stay():
    article = f"<p>{_LONG}</p><h2>More opinion</h2>{_teasers(4, '<p>April 20, 2018</p>')}<h2>Who pays</h2><p>{_LONG}</p>"
    briefing = parse_text(_page_of(f"<article>{article}</article>"), "n.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    assert "The old lighthouse opens as a museum" in briefing.sections[0].text
    # a weekly edition's articles: linked headings over their whole text are its sections
    edition = _teasers(2, f"<p>{_LONG * 3}</p>")
    briefing = parse_text(_page_of(f"<article><p>{_LONG}</p>{edition}</article>"), "n.html")
    assert [s.heading for s in briefing.sections][1:] == [
        "Ferry fares to rise in spring as the operator adds crossings",
        "The old lighthouse opens as a museum",
        "Storm closes the fish market for a week",
    ]
    # a heading linking to its own place on the page is the article's
    own = "".join(f"<h3><a href='#s{n}'>Step {n}</a></h3><p>Short.</p>" for n in range(1, 4))
    briefing = parse_text(_page_of(f"<article><p>{_LONG}</p>{own}<p>{_LONG}</p></article>"), "n.html")
    assert [s.heading for s in briefing.sections] == [None, "Step 1", "Step 2", "Step 3"]


def test_a_heading_after_loose_text_of_the_page_is_a_heading():
    # Text a page leaves outside any paragraph (between formulas) runs into the next line:
    # a heading after it must not be read as the end of its sentence.
    body = (
        f"<p>{_LONG}</p><p>When</p>\n  <calc-box>x</calc-box>, there are two <calc-box>y</calc-box> gates and so"
        f" the wall <b>rises</b>\n   <calc-box>z</calc-box>\n  <h2>\n  The Lorenz gates\n  </h2>\n  <p>{_LONG}</p>"
        f"<calc-box>z</calc-box>and more loose words\n   <h2>Tides</h2>\n  <p>{_LONG}</p>"
    )
    briefing = parse_text(_page_of(body), "n.html")
    assert [s.heading for s in briefing.sections] == [None, "The Lorenz gates", "Tides"]
    assert "gates and so the wall rises" in briefing.sections[0].text
    assert briefing.sections[1].text.endswith("and more loose words")


def test_the_articles_one_h1_is_its_headline_though_the_page_title_says_otherwise():
    def page(top: str, more: str = "", title: str = "harbour-wall-test-2024") -> str:
        return (
            f"<html><head><title>{title}</title><meta property='og:title' content='{title}'>"
            "<meta property='og:site_name' content='Coastal Herald'>"
            f"</head><body><article>{top}<p>{_LONG}</p><h2>Who pays</h2><p>{_LONG}</p>{more}</article></body></html>"
        )

    briefing = parse_text(page("<h1>Four harbour walls fail the storm test</h1>"), "n.html")
    assert briefing.title == "Four harbour walls fail the storm test"
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    # the site's name as a heading, or one of several <h1> sections, is no headline
    briefing = parse_text(page("<h1>The Coastal Herald</h1>", title="Walls fail a test"), "n.html")
    assert briefing.title == "Walls fail a test"
    briefing = parse_text(page("<h1>Four harbour walls fail</h1>", f"<h1>The next storms</h1><p>{_LONG}</p>"), "n.html")
    assert "Four harbour walls fail" in [s.heading for s in briefing.sections]


def test_a_heading_the_extraction_leaves_out_is_put_back_before_its_paragraph():
    # A box of another story after the article (a heading and a link) makes the library
    # leave out the article's own heading, or put the box's in its place.
    box = (
        "<div class='related'><div class='box'><div class='content'><h2><span>Why the sea rises</span></h2>"
        "<a class='more' href='https://herald.example/sea'>more</a></div></div></div>"
    )
    page = (
        "<html><head><title>Sea wall</title></head><body><div class='article'>"
        f"<div class='text'><p>{'Residents gathered at the quay on Sunday to watch the tide. ' * 3}</p></div>"
        f"<div class='text'><h2>Who pays</h2><p>{_LONG}The gates close at high tide.</p></div>"
        f"{box}</div></body></html>"
    )
    briefing = parse_text(page, "n.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    assert briefing.sections[1].text.startswith("The council met")
    # a heading that stands before other words in the page, or one only screen readers
    # hear, is not put back
    for heading in ("<h2 class='visually-hidden'>Who pays</h2>", "<h2>Who pays</h2><p>Short words.</p>"):
        briefing = parse_text(page.replace("<h2>Who pays</h2>", heading), "n.html")
        assert "Who pays" not in [s.heading for s in briefing.sections]


def test_a_box_title_whose_links_the_extraction_took_out_heads_no_text():
    links = "".join(
        f"<li><a href='https://herald.example/{n}'>Another story about the harbour number {n} and its boats</a></li>"
        for n in range(3)
    )
    box = f"<h2 class='cat-head'><span>Related</span></h2><ul class='related_links'>{links}</ul>"
    after = "<p>Residents gathered at the quay on Sunday to watch the tide come in over the wall.</p>"
    own = f"<h2>Who pays</h2><p><a href='https://council.example/'>The town council and its board</a> pays. {_LONG}</p>"
    briefing = parse_text(_page_of(f"<article><p>{_LONG}</p>{box}{after}{own}</article>"), "n.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    assert briefing.sections[0].text.endswith("over the wall.")
    # over nothing (the next heading follows), the page's heading stays where it was
    briefing = parse_text(_page_of(f"<article><p>{_LONG}</p>{own}{box}<h2>Notes</h2>{after}</article>"), "n.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays", "Related", "Notes"]


def test_a_heading_after_an_empty_link_keeps_its_words():
    # A code host's headings open with a permalink icon (a link holding only a picture):
    # the words after it are the heading.
    icon = "<a id='user-content-setup' class='anchor' href='#setup'><svg viewBox='0 0 16 16'><path d='M7'/></svg></a>"
    body = (
        f"<article><p>{_LONG}</p><h2>{icon}Setting up the gauge</h2><p>{_LONG}</p>"
        f"<h3>{icon.replace('setup', 'costs')}What it costs</h3>"
        "<p>The harbour board pays for the gauge, and the fishermen pay a"
        " small fee each spring for its upkeep, as they have done since the old gauge was put up.</p></article>"
    )
    briefing = parse_text(_page_of(body), "gauge.html")
    assert [s.heading for s in briefing.sections] == [None, "Setting up the gauge", "What it costs"]
    assert briefing.sections[-1].text.startswith("The harbour board pays for the gauge,")


def test_an_article_read_from_its_schema_org_text_gets_the_pages_sub_headings_back():
    # A slideshow page: the slides' text is only in the page's schema.org articleBody,
    # which the baseline reads as one run of text; the slides' titles (links to each
    # slide) are the page's headings, and a widget's label is not.
    import json

    ideas = ["1. A sailor from the harbour", "Storm", "3. The lighthouse keeper's coat", "4. A fish market trader"]
    words = "Wear what you have at home, add a hat and a bag, and you are ready for the party in minutes. " * 5
    body_text = "Cheap and easy costumes are all you need this year. " + " ".join(f"{idea} {words}" for idea in ideas)
    body_text += "Like this: Like Loading..."
    slides = "".join(
        f"<div class='slide'><h2 class='title'><a href='https://herald.example/slides/{n}'>{idea}</a></h2>"
        f"<img src='{n}.jpg' alt=''/></div>"
        for n, idea in enumerate(ideas)
    )
    ld = json.dumps({"@type": "NewsArticle", "headline": "Costumes", "articleBody": body_text})
    page = (
        f"<html><head><title>Costumes</title><script type='application/ld+json'>{ld}</script></head><body>"
        f"<article><h1>Costumes</h1><p>Cheap and easy costumes are all you need this year.</p>{slides}"
        "<h3 class='sd-title'>Like this:</h3></article></body></html>"
    )
    briefing = parse_text(page, "costumes.html")
    assert [s.heading for s in briefing.sections] == [None, ideas[0], ideas[2], ideas[3]]
    assert briefing.sections[1].text.startswith("Wear what you have at home")
    assert "Storm Wear what you have" in briefing.sections[1].text  # one word is the text's own
    assert briefing.sections[-1].text.endswith("Like this: Like Loading...")


def test_a_heading_its_class_names_as_an_advertisements_or_a_widgets_is_no_section():
    # Pages whose containers have generated class names still name their furniture's
    # titles; a generated id that happens to hold the letters "ad" names nothing.
    ad = "<div class='c9x'><h3 class='tl-ad-heading'>Advertisement</h3><div id='slot-1'></div></div>"
    related = (
        "<div class='c7x'><h3 class='relatedHeading'>Read these next</h3>"
        "<p>The harbour master has said the gates will close at high tide from May.</p></div>"
    )
    body = (
        f"<article><p>{_LONG}</p>{ad}<p>Fishermen who use the quay every morning said the old wall had cracked "
        f"in three places during the storms.</p>{related}<h2 id='org0ad164b'>Who pays</h2><p>{_LONG}</p>"
        f"{ad}<p>The works will cost four million pounds, of which the government will pay half.</p></article>"
    )
    briefing = parse_text(_page_of(body), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    assert "Advertisement" not in _all_text(briefing)
    assert "The harbour master has said the gates" in briefing.sections[0].text


def test_a_long_paragraph_that_says_a_headings_words_is_not_cut_there():
    # The page's own heading stands where the extraction put it; the same words in a
    # long paragraph of running text are that paragraph's.
    long = " ".join(
        f"Sentence {n} of the council's long report on the harbour wall goes on about its stones and tides."
        for n in range(30)
    )
    body = f"<article><p>{long} Who pays is the question the report leaves open. {long}</p><h2>Who pays</h2><p>{_LONG}</p></article>"
    briefing = parse_text(_page_of(body), "report.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    assert "Who pays is the question" in briefing.sections[0].text


def test_headings_after_named_anchors_left_open_are_no_links_and_are_put_back():
    # An old page opens a named anchor in each heading and never closes it: the headings
    # the extraction leaves out are the page's, not links to other stories.
    page = (
        "<HTML><HEAD><TITLE>Rsync over a tunnel</TITLE></HEAD><BODY><H1>Rsync over a tunnel</H1>"
        f"<H2><a name='purpose'>Purpose of this page</H2><P>{_LONG}</P>"
        "<H2><a name='build'>Building the sources</H2><P>As much as I like the packages, I build the two "
        "programs from their sources, which takes an hour.</P>"
        "<H2><a name='conf'>Configuring the server</H2><P>The server reads its settings from one file in the "
        "etc folder, and each share gets its own part.</P></BODY></HTML>"
    )
    briefing = parse_text(page, "rsync.html")
    assert [s.heading for s in briefing.sections][-2:] == ["Building the sources", "Configuring the server"]
    assert briefing.sections[-1].text.startswith("The server reads its settings")


def test_a_last_heading_ending_in_a_colon_over_a_few_words_labels_no_part():
    def sections(markdown: str) -> list:
        page = html_format.Page(markdown, "Sea wall", None, None, None, None)
        return [s.heading for s in html_format.from_page(page, "wall.html", "html").sections]

    article = f"{_LONG}\n\n## Who pays\n\n{_LONG}\n\n"
    briefing_end = "### Languages:\n\nText of the site under a free licence.\n"
    assert sections(article + briefing_end) == [None, "Who pays"]
    # over the article's own text (a recipe's steps), the label is the part's title
    steps = "".join(f"{n}. Mix the flour and the butter, then rest the dough in a cold place for an hour.\n" for n in range(1, 6))
    assert sections(article + "## Method:\n\n" + steps) == [None, "Who pays", "Method:"]


def test_a_heading_quoting_the_headline_is_the_comments_title_not_a_section():
    # A comments area whose classes name nothing: its title quotes the article's headline.
    comments = (
        "<div class='c3x'><h3 class='c4x'>3 thoughts on “Harbour notes on the sea wall vote”</h3><ol class='c5x'>"
        "<li class='c6x'><div class='c7x'>Bob</div><p>About time they fixed that wall, it has been falling down.</p></li>"
        "<li class='c6x'><div class='c7x'>Sue</div><p>Who is going to pay for all of this, though, in the end?</p></li>"
        "</ol></div>"
    )
    page = (
        "<html><head><title>Harbour notes on the sea wall vote</title></head><body><article>"
        f"<h1>Harbour notes on the sea wall vote</h1><div class='c1x'><p>{_LONG}</p><h2>Who pays</h2><p>{_LONG}</p>"
        f"</div>{comments}</article></body></html>"
    )
    briefing = parse_text(page, "notes.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]


def test_a_sign_up_box_whose_address_field_is_a_text_field_named_for_it_is_not_a_section():
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    box = SIGN_UP_BOX.replace("type='email' name='MAIL'", "type='text' name='email_address'")
    assert box != SIGN_UP_BOX
    page = (
        "<html><head><title>Harbour town votes to rebuild its sea wall</title></head><body><article>"
        f"<h1>Harbour town votes to rebuild its sea wall</h1><p>{paragraph}</p>{box}"
        f"<p>After the vote, the mayor spoke.</p><h2>Who pays</h2><p>{paragraph}</p></article></body></html>"
    )
    briefing = parse_text(page, "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    assert "Sign up to get" not in _all_text(briefing)


def test_headings_of_boxes_the_page_names_its_furniture_are_no_sections():
    # The headings carry no class; the boxes they open do: an author's box and a list of
    # teasers inside the article. A section named after its heading's words is the article's.
    author = (
        "<div class='writer-bio'><div class='c-avatar'><img src='/m.jpg' alt=''></div><div class='c-info'>"
        "<h3>Mara Lindqvist</h3><p>Mara Lindqvist has covered the coast and its towns for the paper since 2015.</p>"
        "</div></div>"
    )
    teasers = (
        "<div class='teaser-list'><div class='teaser'><h3>Storm closes the fish market for a week</h3>"
        "<p>Traders moved their stalls to the car park while the roof was mended after the gale.</p></div>"
        "<div class='teaser'><h3>Ferry timetable changes from May</h3>"
        "<p>The first boat of the day will leave half an hour earlier, the operator said on Friday.</p></div></div>"
    )
    body = (
        f"<article>{_numbered_paragraph(1)}<div class='section' id='popular-routes-to-the-island'>"
        f"<h2>Popular routes to the island</h2>{_numbered_paragraph(2)}</div>{_numbered_paragraph(3)}<h2>Who pays</h2>{_numbered_paragraph(4)}"
        f"{author}{teasers}</article>"
    )
    briefing = parse_text(_page_of(body), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Popular routes to the island", "Who pays"]
    assert "Paragraph 4" in briefing.sections[-1].text


def test_a_page_read_twice_sets_the_libraries_log_levels_once(monkeypatch):
    # Setting a logger's level clears the cache of every logger: costly once a page.
    import logging

    page = _page_of(f"<article><p>{_LONG * 8}</p></article>")
    parse_text(page, "first.html")
    calls = []
    original = logging.Logger.setLevel
    monkeypatch.setattr(logging.Logger, "setLevel", lambda self, level: calls.append(self.name) or original(self, level))
    parse_text(page, "second.html")
    assert calls == []


def test_block_quotes_that_indent_an_old_page_hold_its_sections_not_quotations():
    # An old page sets each part's text in a <blockquote> for its margin, with loose text
    # and a heading inside: the headings stand on their own lines, over their text.
    page = (
        "<HTML><HEAD><TITLE>Rsync over a tunnel</TITLE></HEAD><BODY><H1>Rsync over a tunnel</H1>"
        f"<BLOCKQUOTE><P>{_LONG}</BLOCKQUOTE><H2>Purpose of this page</H2><BLOCKQUOTE><P>The page "
        "records how I copy my files to a second machine over an encrypted link every night.<P>"
        f"{_LONG}</BLOCKQUOTE><H2>Building the sources</H2><BLOCKQUOTE>As much as I like the packages, I build the three programs "
        "we need from their sources, which takes an hour on the old machine in the cellar.\n<P>"
        "<H3>The library</H3><P>This step is optional for many users, as almost every system comes with the "
        "library installed by default, because so many other programs need it.</P>"
        "<P>Download the latest source from the project's site and unpack it in a folder of your own.</P>"
        "</BLOCKQUOTE><H2>Configuring the server</H2><BLOCKQUOTE><P>The server reads its settings from one "
        "file in the etc folder, and each share gets its own part of that file.<P>Both ends need the same "
        "settings, or the client is refused without a word of explanation.</BLOCKQUOTE></BODY></HTML>"
    )
    briefing = parse_text(page, "rsync.html")
    headings = [s.heading for s in briefing.sections]
    assert headings[-4:] == ["Purpose of this page", "Building the sources", "The library", "Configuring the server"]
    assert briefing.sections[-3].text.startswith("As much as I like the packages")
    assert briefing.sections[-1].text.startswith("The server reads its settings")
    assert all(not block.startswith(">") for s in briefing.sections for block in s.text.split("\n"))


def test_a_kicker_heading_before_the_headline_and_a_headline_longer_than_the_title_are_no_sections():
    # The page's <title> (and its social title) cut the headline short; a section's name
    # set as a linked heading stands before it.
    page = (
        "<html><head><title>Storm floods the harbour town | The Coastal Herald</title>"
        "<meta property='og:title' content='Storm floods the harbour town'></head><body><article>"
        "<h3><a href='https://coastal-herald.example/weather/'>Weather</a></h3>"
        "<h1>Storm floods the harbour town overnight</h1>"
        f"<p>{_LONG}</p><h2>Who pays</h2><p>{_LONG * 2}</p><h2>What comes next</h2><p>{_LONG * 2}</p>"
        "</article></body></html>"
    )
    briefing = parse_text(page, "storm.html")
    assert briefing.title == "Storm floods the harbour town overnight"
    assert [s.heading for s in briefing.sections] == [None, "Who pays", "What comes next"]
    assert "Weather" in briefing.sections[0].text


def test_a_pull_quote_set_as_a_heading_is_no_section():
    long_quote = "“I get to show my children that a woman who grew up on this coast can build the sea wall herself.”"
    body = (
        f"<article><p>{_LONG}</p><h2>Who pays</h2><p>{_LONG * 2}</p><h3>{long_quote}</h3><p>{_LONG * 2}</p>"
        f"<h2>‘We need to listen’</h2><p>{_LONG * 2}</p></article>"
    )
    briefing = parse_text(_page_of(body), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays", "‘We need to listen’"]
    assert "I get to show my children" in briefing.sections[1].text


def test_the_title_of_a_wikis_table_of_contents_titles_the_pages_furniture():
    # (The extraction usually drops such a box itself; when it keeps it, its title goes.)
    page = (
        f"<div class='mw-parser-output'><p>{_LONG}</p><div id='toc' class='toc'><input type='checkbox' "
        "id='toctogglecheckbox' style='display:none'/><div class='toctitle' lang='en'><h2>Contents</h2></div>"
        f"<ul><li><a href='#Who_pays'>1 Who pays</a></li></ul></div><h2 id='Who_pays'>Who pays</h2><p>{_LONG}</p></div>"
    )
    headings = {m.group(3): m for m in html_format._SOURCE_HEADING.finditer(page)}
    assert html_format._furniture_heading(page, headings["Contents"])
    assert not html_format._furniture_heading(page, headings["Who pays"])


def test_an_h1_the_extraction_kept_over_a_box_of_related_links_goes():
    # (Pages usually lose such a box whole; when the extraction keeps its <h1>, it goes.)
    from lxml import etree

    page = (
        f"<article><h1>Harbour notes</h1><p>{_LONG}</p><div class='inline-block inline-block-related-list'>"
        "<h1 class='box-title'>Read more</h1><ul><li><a href='/a'>Storm closes the fish market</a></li></ul></div>"
        f"<p>Paragraph two: {_LONG}</p></article>"
    )
    body = etree.fromstring(
        f"<body><p>{_LONG}</p><head rend='h1'>Read more</head><p>Paragraph two: {_LONG}</p></body>"
    )
    html_format._no_outer_furniture_headings(body, page)
    assert [element.tag for element in body] == ["p", "p"]
    headline = etree.fromstring(f"<body><head rend='h1'>Harbour notes</head><p>{_LONG}</p></body>")
    html_format._no_outer_furniture_headings(headline, page)
    assert [element.tag for element in headline] == ["head", "p"]


def test_the_title_of_a_pop_up_dialog_inside_the_article_is_no_section():
    dialog = (
        "<div class='m046-contactflyout-modal'><div class='m046-header'><h2>Do you have a question or a request?</h2>"
        "</div><p>Write to our readers' desk and we will answer within two working days, by letter or by e-mail.</p></div>"
    )
    body = (
        f"<article>{_numbered_paragraph(1)}<h2>Who pays</h2>{_numbered_paragraph(2)}{dialog}{_numbered_paragraph(3)}"
        f"<h2>What comes next</h2>{_numbered_paragraph(4)}</article>"
    )
    briefing = parse_text(_page_of(body), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays", "What comes next"]


def test_small_labels_set_as_h5_or_h6_between_an_articles_parts_are_text_not_sections():
    # An article with <h2> parts: its <h5> byline and <h6> date are labels, their words kept.
    body = (
        f"<article><h5>From the harbour desk</h5><p>{_LONG}</p><h2>Who pays</h2><h6>Updated on Friday</h6>"
        f"<p>{_LONG * 2}</p><h2>What comes next</h2><p>{_LONG * 2}</p></article>"
    )
    briefing = parse_text(_page_of(body), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays", "What comes next"]
    assert "From the harbour desk" in briefing.sections[0].text
    assert "Updated on Friday" in briefing.sections[1].text
    # An article whose only headings are <h5>: they are its parts.
    only = f"<article><p>{_LONG}</p><h5>Who pays</h5><p>{_LONG * 2}</p><h5>What comes next</h5><p>{_LONG * 2}</p></article>"
    briefing = parse_text(_page_of(only), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays", "What comes next"]


def test_a_heading_whose_own_class_names_a_teaser_or_an_author_is_no_section():
    # The boxes around them name nothing; the headings' own classes do.
    cards = "".join(
        f"<div class='c2x'><h3 class='card-title teaser'>Ferry timetable changes from May, part {n}</h3>"
        "<p>The first boat of the day will leave half an hour earlier, the operator said on Friday.</p></div>"
        for n in (1, 2)
    )
    body = (
        f"<article><h4 class='vcard author'>by Mara Lindqvist</h4><p>{_LONG}</p><h2>Who pays</h2><p>{_LONG * 2}</p>"
        f"<div class='c1x'>{cards}</div></article>"
    )
    briefing = parse_text(_page_of(body), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]


def test_a_run_together_article_is_not_cut_at_the_titles_of_recommended_posts():
    # The article comes as one long text (schema.org's articleBody); the page's boxes of
    # recommended posts have headings whose words the text also says (its comments quote them).
    teaser = "Storm closes the fish market for a week"
    text = " ".join(f"Sentence {n} of the council's long report on the harbour wall goes on about its stones." for n in range(40))
    long = f"{text} Readers wrote: {teaser} again, they say. {text}"
    import json

    page = (
        "<html><head><title>Sea wall report</title><script type='application/ld+json'>"
        + json.dumps({"@type": "NewsArticle", "articleBody": long})
        + f"</script></head><body><article><p>{long}</p></article>"
        f"<div class='recommended-posts'><a href='/storm'><img src='s.jpg'></a><div class='recommended-post-title'>"
        f"<a href='/storm'><h2 class='entry-title'>{teaser}</h2></a></div></div></body></html>"
    )
    assert html_format._page_sub_headings(page) == []
    assert html_format._page_sub_headings(page.replace("recommended-post", "c9x")) == [(teaser, 2)]


def test_headlines_of_cards_a_link_holds_are_teasers_not_sections():
    # Each card is a link holding its headline (<a href><h4>…</h4></a>) over a date: the
    # extraction keeps the headlines without their link.
    cards = "".join(
        f"<li><a href='news.php?id={n}' title='t'><img src='{n}.jpg' alt=''></a><a href='news.php?id={n}'>"
        f"<h4>Ferry timetable changes from May, part {n}</h4></a><div class='c5x'>{n}. November 2021</div></li>"
        for n in (1, 2, 3)
    )
    body = (
        f"<article><p>{_LONG}</p><h2>Who pays</h2><p>{_LONG * 2}</p><ul class='c3x'>{cards}</ul>"
        f"<h2>What comes next</h2><p>{_LONG * 2}</p></article>"
    )
    briefing = parse_text(_page_of(body), "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays", "What comes next"]
    assert "Ferry timetable changes from May, part 2" in briefing.sections[1].text
    # a heading with a link of its own inside it is no card
    page = _page_of(body)
    match = next(m for m in html_format._SOURCE_HEADING.finditer(page) if "part 1" in m.group(3))
    assert html_format._enclosing_link(page, match) == "./news.php?id=1"
    inside = _page_of("<p>Text.</p><h3><a href='/a'>A story</a></h3>")
    assert html_format._enclosing_link(inside, next(html_format._SOURCE_HEADING.finditer(inside))) is None


def test_an_article_in_plain_text_that_quotes_code_with_tags_stays_text_and_keeps_its_words():
    code = "\n".join(
        [
            "$val.= '<div itemscope itemtype=\"https://schema.org/LocalBusiness\">';",
            "$val.= '<a itemprop=\"url\" href=\"' . site_url() . '\">';",
            "$val.= '<div itemprop=\"name\">';",
            "$val.= '<strong>' . $atts[\"name\"] . '</strong>';",
            "$val.= '</div>'; $val.= '</a>';",
            "$val.= '<div itemprop=\"description\">' . $atts[\"desc\"] . '</div>';",
            "$val.= '</div>';",
        ]
    )
    text = (
        "How to add markup to a page in Kessa\n\nBy Ana Velvo\n\n"
        "If you run a small shop in Tarvel there is something you can do right now to be found more easily.\n\n"
        "The plugin I tried first did not give me the results I wanted, so I wrote my own.\n\n"
        f"Step 1\n\nOpen the theme's functions file and paste the code below.\n\n{code}\n\n"
        "Step 2\n\nSave the file and check the page again in the testing tool.\n"
    )
    assert detect_format(text) != "html"
    briefing = parse_text(text)
    assert briefing.title == "How to add markup to a page in Kessa"
    body = " ".join(s.text for s in briefing.sections)
    assert "small shop in Tarvel" in body and "testing tool" in body


BOLD_PARAGRAPH = (
    "The gardeners of the harbour town have looked after these shrubs for many years, and they shared their advice with us this spring."
)


def test_paragraphs_all_in_bold_over_text_are_sub_headings_under_the_page_s_heading():
    page = (
        "<html><body><article><h1>How to Care for Kessa Roses</h1>"
        f"<p>{BOLD_PARAGRAPH}</p><h2>Roses in Vases</h2>"
        f"<p><strong>1. Examine the Blooms</strong></p><p>{BOLD_PARAGRAPH}</p>"
        f"<p><strong>2. Trim the Stems</strong></p><p>{BOLD_PARAGRAPH}</p>"
        f"<h2>Roses in the Ground</h2><p>{BOLD_PARAGRAPH}</p>"
        "</article></body></html>"
    )
    briefing = parse_text(page, "roses.html")
    heads = [(s.heading, s.level) for s in briefing.sections if s.heading]
    assert heads == [("Roses in Vases", 1), ("1. Examine the Blooms", 2), ("2. Trim the Stems", 2), ("Roses in the Ground", 1)]


@pytest.mark.parametrize(
    "bold",
    [
        ["<p><strong>Trim the Stems</strong></p>"],  # one alone
        ["<p><strong>We trimmed the stems.</strong></p>", "<p><strong>We cut them short.</strong></p>"],  # sentences
    ],
)
def test_one_bold_paragraph_or_bold_sentences_are_no_sub_headings(bold):
    page = "<html><body><article><h1>Roses</h1>" + "".join(f"{b}<p>{BOLD_PARAGRAPH}</p>" for b in bold) + "</article></body></html>"
    assert [s.heading for s in parse_text(page, "roses.html").sections if s.heading] == []


def test_bold_lines_in_markdown_over_paragraphs_are_sub_headings():
    text = f"# Roses\n\n{BOLD_PARAGRAPH}\n\n## Care\n\n**1. Prune early**\n\n{BOLD_PARAGRAPH}\n\n**2. Feed in May**\n\n{BOLD_PARAGRAPH}\n"
    assert [s.heading for s in parse_text(text, "roses.md").sections] == [None, "Care", "1. Prune early", "2. Feed in May"]


def test_an_advert_s_label_or_a_link_box_s_set_as_headings_are_no_parts():
    page = (
        "<html><body><article><h1>Kessa Roses</h1>"
        f"<p>{BOLD_PARAGRAPH}</p><h2>Advertisement</h2><p>{BOLD_PARAGRAPH}</p>"
        f"<h2>Article content</h2><p>{BOLD_PARAGRAPH}</p><h2>Pruning in Spring</h2><p>{BOLD_PARAGRAPH}</p>"
        "</article></body></html>"
    )
    briefing = parse_text(page, "roses.html")
    assert [s.heading for s in briefing.sections if s.heading] == ["Pruning in Spring"]
    assert "Advertisement" in briefing.sections[0].text  # its words are kept


def test_a_sentence_set_as_the_first_heading_under_the_headline_is_the_standfirst():
    page = (
        "<html><body><article><h1>Harbour wall to be rebuilt</h1>"
        "<h2>Neighbours said the old wall had been leaning for years before the storm</h2>"
        f"<p>{BOLD_PARAGRAPH}</p><h2>What happens next</h2><p>{BOLD_PARAGRAPH}</p>"
        "</article></body></html>"
    )
    briefing = parse_text(page, "wall.html")
    assert [s.heading for s in briefing.sections if s.heading] == ["What happens next"]
    assert briefing.sections[0].text.startswith("Neighbours said the old wall")


def test_a_sentence_in_bold_under_the_headline_is_the_standfirst_not_the_byline():
    text = f"# What the harbour office does\n\n**The harbour office checks the council's plans and how they are carried out.**\n\n{BOLD_PARAGRAPH}\n"
    briefing = parse_text(text, "office.md")
    assert briefing.byline is None
    assert briefing.sections[0].text.startswith("The harbour office checks")
    assert parse_text("# Floods\n\n*By Ann Lee*\n\n" + BOLD_PARAGRAPH + "\n", "f.md").byline == "Ann Lee"


def test_a_roundup_of_links_each_over_its_blurb_keeps_its_items_as_parts():
    items = "".join(
        f"<h2><a href='https://{site}.example/post'>{headline}</a></h2><p>{blurb}</p>"
        for site, headline, blurb in (
            ("kestrel", "Kestrel queue reaches version two", "A small job queue for shell scripts, now with retries."),
            ("tidewatch", "Tidewatch shows the next high water", "A command-line tool for any harbour you name."),
            ("orvane", "Orvane drops its paid plan", "Teams can now host private boards for free."),
            ("lindqvist", "Lindqvist explains the new storage engine", "Why the team rewrote it in a year."),
        )
    )
    page = f"<html><body><article><h1>This week in tools</h1><p>{_LONG}</p>{items}<p>That is all for this week, see you next time.</p></article></body></html>"
    heads = [s.heading for s in parse_text(page, "weekly.html").sections if s.heading]
    assert heads == ["Kestrel queue reaches version two", "Tidewatch shows the next high water", "Orvane drops its paid plan", "Lindqvist explains the new storage engine"]


def test_lines_bold_by_their_class_are_bold_and_head_their_parts():
    part = "".join(
        f"<p class='para'><span class='site-style-bold'>{line}</span></p><p class='para'>{BOLD_PARAGRAPH}</p>"
        for line in ("School holidays led to fewer tests", "Warm weather moved people outdoors")
    )
    page = f"<html><body><article><h1>Why cases fell</h1><p class='para'>{BOLD_PARAGRAPH}</p>{part}</article></body></html>"
    heads = [s.heading for s in parse_text(page, "cases.html").sections if s.heading]
    assert heads == ["School holidays led to fewer tests", "Warm weather moved people outdoors"]


@pytest.mark.parametrize("label", ["<h2>Sign up for the Harbour Post newsletter</h2>", "<h3>Featured</h3>"])
def test_a_page_s_button_or_label_set_as_a_heading_is_no_section(label):
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    page = (
        "<html><head><title>Harbour town votes to rebuild its sea wall</title></head><body><article>"
        f"<h1>Harbour town votes to rebuild its sea wall</h1><p>{paragraph}</p><h2>Who pays</h2><p>{paragraph}</p>"
        f"{label}<p>{paragraph}</p></article></body></html>"
    )
    headings = [s.heading for s in parse_text(page, "harbour.html").sections]
    assert headings == [None, "Who pays"]


def test_headings_a_style_class_hides_and_an_appeal_for_money_after_the_article_are_no_sections():
    paragraph = "The council met on Monday and voted to rebuild the wall after a long debate in the hall. " * 3
    appeal = (
        "<div class='appeal'><h4 class='hidden appeal__title variant-a'>The Harbour Needs You</h4>"
        "<h4 class='appeal__title d-none'>Our Coverage Needs You</h4>"
        "<h4 class='appeal__title'>Your Loyalty Means Everything</h4>"
        "<p>Support The Harbour Post</p><p>Already contributed? Log in to hide these messages.</p></div>"
    )
    shown = "<h2 class='hidden md:block'>Who pays</h2>"  # hidden on phones only
    page = (
        "<html><head><title>Harbour town votes to rebuild its sea wall</title></head><body><article>"
        f"<h1>Harbour town votes to rebuild its sea wall</h1><p>{paragraph}</p>{shown}<p>{paragraph}</p>{appeal}"
        "</article></body></html>"
    )
    briefing = parse_text(page, "wall.html")
    assert [s.heading for s in briefing.sections] == [None, "Who pays"]
    text = _all_text(briefing)
    assert "Needs You" not in text and "Already contributed" not in text


def test_a_heading_over_one_link_the_extraction_drops_is_kept():
    # A product over its price's link: the link goes, the heading heads the review under it.
    paragraph = "The rack dried a full load of shirts overnight in our tests, and it folds flat for the cupboard. " * 3
    products = "".join(
        f"<h2>{n}. {name}</h2><p><a href='https://shop.example/{n}'>Currently £{price}, Harbour Shop</a></p>"
        f"<p><strong>Best for small flats, 9/10</strong></p><p>{paragraph}</p>"
        for n, name, price in ((1, "Kessa Heated Rack With Cover", 40), (2, "Orla Drying Pod For Shirts", 80))
    )
    page = (
        "<html><head><title>The best heated airers</title></head><body><article>"
        f"<h1>The best heated airers</h1><p>{paragraph}</p>{products}<p>{paragraph}</p></article></body></html>"
    )
    briefing = parse_text(page, "airers.html")
    headings = [s.heading for s in briefing.sections]
    assert "1. Kessa Heated Rack With Cover" in headings and "2. Orla Drying Pod For Shirts" in headings


def test_one_label_under_each_item_makes_no_smart_brevity_page_and_a_videos_widget_title_is_no_section():
    review = "A bright red with berry notes and a dry finish, good with food from the grill and easy to like. " * 2
    items = "".join(
        f"<h4><strong>{name}</strong></h4><p>{review}</p><p><b>Bottom line: {grade}.</b> Easy to like.</p>"
        for name, grade in (("Kessa Ridge 2024 Pinot Noir ($19.99)", "B+"), ("Orla Bay 2023 Rosé ($14.99)", "B"), ("Tarvik Cider Pack ($21.99)", "A-"))
    )
    page = (
        "<html><head><title>Three bottles for a sunny day</title></head><body><article>"
        f"<h1>Three bottles for a sunny day</h1><p>{review}</p><h3>Recommended Videos</h3>{items}</article></body></html>"
    )
    briefing = parse_text(page, "wine.html")
    assert [s.heading for s in briefing.sections] == [
        None, "Kessa Ridge 2024 Pinot Noir ($19.99)", "Orla Bay 2023 Rosé ($14.99)", "Tarvik Cider Pack ($21.99)"
    ]


def test_short_lines_in_title_case_all_in_italics_over_text_are_sections():
    paragraph = "The winner built a water filter for villages on the coast and has reached thousands of homes since 2019. "
    parts = "".join(
        f"<p><em>{name}</em></p><p>{paragraph * 2}</p>" for name in ("Coast Winner", "The Islands Winner", "Young Person of the Year")
    )
    page = (
        "<html><head><title>Harbour youth awards go to three builders</title></head><body><article>"
        f"<h1>Harbour youth awards go to three builders</h1><p>{paragraph * 2}</p><p><em>Photo by Ann Lee.</em></p>"
        f"<p>{paragraph}</p>{parts}</article></body></html>"
    )
    briefing = parse_text(page, "awards.html")
    assert [s.heading for s in briefing.sections] == [None, "Coast Winner", "The Islands Winner", "Young Person of the Year"]


def test_a_bold_line_in_capitals_with_one_word_after_its_dash_heads_its_list():
    halls = "".join(f"<li>{name} – Harbour Town</li>" for name in ("The Quay Hall", "Mill Lane Rooms", "Kessa Arena"))
    page = (
        "<html><head><title>Harbour music awards: the winners</title></head><body><article>"
        "<h1>Harbour music awards: the winners</h1><p>The awards were given out on Sunday night in front of a full house at the quay.</p>"
        f"<p><strong>HALL OF THE YEAR – THEATRE</strong></p><ul>{halls}</ul>"
        f"<p><strong>HALL OF THE YEAR – ARENA</strong></p><ul>{halls}</ul>"
        f"<p><strong>SINGER OF THE YEAR</strong></p><ul>{halls}</ul></article></body></html>"
    )
    briefing = parse_text(page, "awards.html")
    assert [s.heading for s in briefing.sections][1:] == ["HALL OF THE YEAR – THEATRE", "HALL OF THE YEAR – ARENA", "SINGER OF THE YEAR"]


def test_a_heading_with_a_link_to_itself_stays_and_words_for_screen_readers_only_are_left_out():
    paragraph = "The harbour board met on Monday and agreed to rebuild the pier before the winter storms arrive. " * 2
    parts = "".join(
        f"<h4 class='header-with-anchor-widget'>{words}<a href='#part{n}'>#</a></h4><p>{paragraph}</p>"
        for n, words in enumerate(("Why the pier matters", "Who pays for it", "What comes next"))
    )
    page = (
        "<html><head><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt</h1>"
        f"<section><h2 class=visually-hidden>Article content</h2><p>{paragraph}</p>{parts}</section></article></body></html>"
    )
    briefing = parse_text(page, "pier.html")
    assert [s.heading for s in briefing.sections] == [None, "Why the pier matters", "Who pays for it", "What comes next"]
    assert "Article content" not in _all_text(briefing)


def test_a_page_after_a_preamble_is_read_whole():
    page = _page_of("".join(f"<p>{_LONG}</p>" for _ in range(4)) + "<h2>What comes next</h2>" + f"<p>{_LONG}</p>")
    for preamble in (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nServer: harbour\r\n\r\n",
        "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>harbour-notes.htm\n<DESCRIPTION>EX-99.1\n<TEXT>\n",
    ):
        briefing = parse_text(preamble + page, "x.html")
        text = _all_text(briefing)
        assert text.count("the harbour master said") == 5
        assert "What comes next" in [s.heading for s in briefing.sections]


def test_a_bold_line_of_an_older_page_in_capital_tags_stays_apart_from_the_paragraph_under_it():
    body = "".join(f"<P>{_LONG}</P>\n" for _ in range(3)) + "".join(
        f"<P><B>About the {part} </B> </P>\n<P>The {part} meets monthly. {_LONG}</P>\n" for part in ("harbour board", "ferry office")
    )
    briefing = parse_text(_page_of(body), "x.html")
    assert [s.heading for s in briefing.sections][-2:] == ["About the harbour board", "About the ferry office"]
    assert "About the harbour board The" not in _all_text(briefing)


def test_a_page_s_menu_around_the_article_and_a_teaser_list_after_it_are_left_out():
    menu = "<ul>" + "".join(f'<li><a href="/news/{w.lower()}/">{w}</a> ·</li>' for w in ("Economy", "Asia", "Harbours", "Ferries", "Weather")) + "</ul>"
    teasers = "<h2>More Stories</h2><ul>" + "".join(
        f'<li><a href="/news/story-{n}">Harbour fees rise again as the board meets on {n}</a> Updated {n} minutes ago</li>' for n in (12, 31)
    ) + "</ul>"
    body = f"<h1>Harbour notes</h1>{menu}" + "".join(_numbered_paragraph(n) for n in range(6)) + f"<h2>What comes next</h2><p>{_LONG}</p>{menu}{teasers}"
    page = f"<html><head><title>Harbour notes</title></head><body><article>{body}</article></body></html>"
    briefing = parse_text(page, "x.html")
    text = _all_text(briefing)
    assert "Economy" not in text and "Harbour fees rise again" not in text and "Updated 12 minutes ago" not in text
    assert [s.heading for s in briefing.sections] == [None, "What comes next"]
    assert text.count("the harbour master said") == 13


def test_a_blog_s_name_before_a_colon_in_the_page_title_gives_way_to_the_post_s_headline():
    body = "".join(_numbered_paragraph(n) for n in range(6))
    page = (
        "<html><head><title>The Harbour Log: Kessa ferry gets a new winter timetable</title>"
        '<link rel="canonical" href="https://harbourlog.example/2024/01/kessa-ferry-gets-new-winter-timetable.html"></head>'
        f"<body><article>{body}</article></body></html>"
    )
    assert parse_text(page, "x.html").title == "Kessa ferry gets a new winter timetable"


def test_a_paragraph_cut_at_links_in_a_row_and_at_an_opened_quotation_is_one_again():
    from lxml import etree

    source = (
        '<div>It came out at <a href="/a">Kessa</a> <a href="/b">Harbour</a> in a talk titled '
        '"<a href="/c">The Wall Project</a>". It took a while.</div>'
    )
    body = etree.fromstring(
        '<body><p>It came out at</p><p><ref target="/a">Kessa</ref></p><p><ref target="/b">Harbour</ref>in a talk titled "</p>'
        '<p><ref target="/c">The Wall Project</ref>". It took a while.</p></body>'
    )
    html_format._join_split_paragraphs(body, source)
    paragraphs = ["".join(p.itertext()) for p in body.iter("p")]
    assert len(paragraphs) == 1
    assert paragraphs[0].startswith('It came out at Kessa Harbour') and 'titled "The Wall Project". It took a while.' in paragraphs[0]


def test_a_filing_s_code_for_a_title_gives_way_to_the_release_s_headline_in_bold_capitals():
    body = (
        "<p><b>Exhibit 99.1</b></p><p><b>KESSA HARBOUR ANNOUNCES A NEW FERRY ROUTE TO OSTBY</b></p>"
        + "".join(_numbered_paragraph(n) for n in range(6))
    )
    briefing = parse_text(f"<html><head><title>EX-99.1</title></head><body>{body}</body></html>", "x.html")
    assert briefing.title == "KESSA HARBOUR ANNOUNCES A NEW FERRY ROUTE TO OSTBY"
    assert briefing.byline is None and "Exhibit 99.1" in _all_text(briefing)
