"""Links: found in Markdown links and bare addresses; the exports keep their URLs."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from briefing_tui.core.export import render, to_markdown
from briefing_tui.core.links import bare_urls, briefing_links, openable
from briefing_tui.core.parsing import parse_text

MARKDOWN = """# Chips

## What happened

The grants come under the [CHIPS and Science Act](https://www.example.gov/chips), see
<https://example.org/a_b> and the page https://en.wikipedia.org/wiki/Foo_(bar). Also
**bold https://b.example/x** and www.example.net/path, or (https://c.example/q?x=1).
"""


def briefing():
    return parse_text(MARKDOWN, "chips.md")


def test_links_in_reading_order_with_their_words():
    found = briefing_links(briefing())
    b = briefing()
    assert [(link.text(b), link.url) for link in found] == [
        ("CHIPS and Science Act", "https://www.example.gov/chips"),
        ("https://example.org/a_b", "https://example.org/a_b"),
        ("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("https://b.example/x", "https://b.example/x"),
        ("www.example.net/path", "https://www.example.net/path"),
        ("https://c.example/q?x=1", "https://c.example/q?x=1"),
    ]


def test_sentence_punctuation_is_not_part_of_an_address():
    text = "Read https://a.example/x. Then “https://b.example/y”, and (https://c.example/z)!"
    assert [url for _, _, url in bare_urls(text)] == [
        "https://a.example/x", "https://b.example/y", "https://c.example/z",
    ]
    assert bare_urls("no address here, nor in e-mail@www.example.com") == []
    assert openable("www.example.net") == "https://www.example.net"


def test_text_export_keeps_link_urls_once():
    text = render(briefing(), "text")
    assert "CHIPS and Science Act (https://www.example.gov/chips)" in text
    # An address written out is not repeated.
    assert "https://example.org/a_b (" not in text and text.count("https://example.org/a_b") == 1


def test_markdown_export_keeps_every_link_followable():
    markdown = to_markdown(briefing())
    assert "[CHIPS and Science Act](https://www.example.gov/chips)" in markdown
    assert "<https://example.org/a_b>" in markdown  # not escaped to a\\_b
    assert "<https://en.wikipedia.org/wiki/Foo_(bar)>." in markdown
    assert "**bold <https://b.example/x>**" in markdown
    assert "[www.example.net/path](https://www.example.net/path)" in markdown
    # Read back, the export has the same links.
    again = parse_text(markdown, "again.md")
    assert [link.url for link in briefing_links(again)] == [link.url for link in briefing_links(briefing())]


def test_json_export_lists_each_sections_links():
    doc = json.loads(render(briefing(), "json"))
    section = doc["sections"][0]
    urls = [link["url"] for link in section["links"]]
    assert urls[0] == "https://www.example.gov/chips"
    first = section["links"][0]
    assert section["text"][first["start"] : first["end"]] == "CHIPS and Science Act"


words = st.text(alphabet="abcdefghij _.,()", min_size=0, max_size=20)
paths = st.text(alphabet="abcxyz0123456789-_/", min_size=1, max_size=15)


@given(before=words, path=paths, after=words)
def test_a_bare_address_in_plain_text_is_found_whole(before, path, after):
    url = f"https://site.example/{path}"
    text = f"{before} {url} {after}"
    found = [u for _, _, u in bare_urls(text)]
    assert url in found


async def test_an_address_written_out_in_plain_text_is_drawn_as_a_link_in_the_reader():
    """The reader finds written-out addresses only in sections that hold one ("://", "www."):
    they are drawn underlined like any link, and the other sections' words are not."""
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import SourceText

    text = (
        "Harbour notes\n\nTopline\n\nThe plans are at https://example.org/harbour for anyone to read.\n\n"
        "Key Facts\n\nNo address here, only words about the harbour and the town.\n"
    )
    app = BriefingApp(SourceText(text, "notes.txt"), keep=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        reading = app.screen.query_one("#reading")
        underlined, plain = [], []
        for y in range(reading.size.height):
            for segment in reading.render_line(y):
                if segment.text.strip():
                    (underlined if segment.style and segment.style.underline else plain).append(segment.text)
        assert "https://example.org/harbour" in "".join(underlined)
        assert "harbour" not in " ".join(underlined).replace("https://example.org/harbour", "")
        assert any("No address here" in part for part in plain)
