"""Property tests: hostile text through parsing, entity extraction and search.

Arbitrary text with markup fragments, escape sequences, control characters and lone
surrogates: no exception anywhere, every offset inside its section's text, every entity
mention spelled as the entity's name or one of its aliases, and no control character in
anything the core hands on (section text, headings, labels, title, byline, snippets).
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.model import ENTITY_TYPES
from briefing_tui.core.parsing import parse_text
from briefing_tui.core.reading import BriefingError, decode_bytes
from briefing_tui.core.search import SearchIndex

# Everything but newline below U+0020, DEL and the C1 range; tabs are expanded, so no tab.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
SURROGATE = re.compile("[\ud800-\udfff]")

MARKUP = [
    "[b]", "[/b]", "[/]", "[bold red]", "[@click=app.quit]", "[@click=app.quit]click me[/]",
    "[link=https://evil.example]", "[/link]", "\\[escaped]", "[[", "]]", "[", "]", "[B]",
    "[$accent]", "[#ff0000]", "[on red]", '[X="unclosed]', "[link=]", "**bold**", "__u__",
    "[x](http://evil.example)", "`code`",
]
CONTROLS = [
    "\x1b[31m", "\x1b[0m", "\x1b]0;title\x07", "\x1b]8;;http://x\x1b\\", "\x1b]52;c;Zm9v\x07",
    "\x1bP1$tx\x1b\\", "\x9b31m", "\x9d0;t\x9c", "\x07", "\x08", "\x0c", "\x0b", "\x7f", "\x00",
    "\x1b", "\x85", "\u2028", "\u202e", "\u2066", "\ufeff", "\r", "\r\n", "\t",
]
STRUCTURE = [
    "\n", "\n\n", "Topline\n", "Key Facts\n", "KEY BACKGROUND\n", "Contra\n", "# Title\n",
    "## Part\n", "- ", "• ", "1. ", "> ", "By Jane Doe, Forbes\n",
    "What Are The Risks?\n", "TOPLINE The market fell. ", "Why it matters: ",
]
WORDS = [
    "Joe Biden", "President Joe Biden", "Biden", "Fumio Kishida", "Japan", "the U.S.",
    "Acme Corp", "Acme", "Indo-Pacific Command", "China", "on April 10", "2%", "$4.2 billion",
    "54,000 troops", "said", "the", "agreement", ". ", ", ", "Renée Dupré", "日本", "Ωmega",
]
SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)
PIECES = st.one_of(
    st.sampled_from(MARKUP),
    st.sampled_from(CONTROLS),
    st.sampled_from(STRUCTURE),
    st.sampled_from(WORDS),
    SURROGATES,
    st.text(max_size=12),
    st.characters(min_codepoint=0, max_codepoint=0x9F).map(str),
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=60).map("".join),
    st.lists(PIECES, min_size=1, max_size=30).map(lambda pieces: "Acme Shares Fall\nTopline\n" + " ".join(pieces)),
)
QUERIES = st.one_of(
    st.sampled_from(["biden", "joe biden", "kishdia", "acme", "click me", "[b]", "x", "", "  ", "japan us",
                     "\x1b[31mjapan", "bold red", "2%", "april 10", "日本", "dupre"]),
    st.lists(PIECES, max_size=4).map("".join),
)

SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_clean(value: str | None, what: str) -> None:
    if value is None:
        return
    found = CONTROL.search(value)
    assert found is None, f"{what}: {found.group()!r} in {value!r}"
    assert not SURROGATE.search(value), f"{what}: lone surrogate in {value!r}"


def check_briefing(briefing) -> None:
    assert_clean(briefing.title, "title")
    assert_clean(briefing.byline, "byline")
    for index, section in enumerate(briefing.sections):
        text = section.text
        assert_clean(text, f"section {index} text")
        assert_clean(section.heading, f"section {index} heading")
        assert_clean(section.label, f"section {index} label")
        assert section.label, f"section {index} has an empty label"
        for block in section.blocks:
            assert 0 <= block.start <= block.end <= len(text), (block, len(text))
            assert 0 <= block.marker <= block.end - block.start
        for span in section.spans:
            assert 0 <= span.start < span.end <= len(text), (span, len(text))
    for note in briefing.notes:
        assert_clean(note, "note")


def check_entities(briefing, entities) -> None:
    for entity in entities:
        assert entity.type in ENTITY_TYPES
        # A name only the headline writes has no mentions: mentions index sections' text.
        assert entity.mentions or entity.name in " ".join((briefing.title or "").split()), entity
        assert_clean(entity.name, "entity name")
        for alias in entity.aliases:
            assert_clean(alias, "alias")
        for mention in entity.mentions:
            assert 0 <= mention.section < len(briefing.sections), mention
            text = briefing.sections[mention.section].text
            assert 0 <= mention.start < mention.end <= len(text), (mention, len(text))
            written = text[mention.start : mention.end]
            assert written == entity.name or written in entity.aliases, (
                f"mention {written!r} is neither {entity.name!r} nor an alias {entity.aliases!r}"
            )


def check_search(briefing, entities, query: str) -> None:
    hits = SearchIndex(briefing, entities).search(query)
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True), "hits are not best first"
    for hit in hits:
        assert 0 <= hit.section < len(briefing.sections), hit
        text = briefing.sections[hit.section].text
        assert 0 <= hit.start <= hit.end <= len(text), (hit, len(text))
        for start, end in hit.spans:
            assert 0 <= start <= end <= len(text), (hit.spans, len(text))
        assert 0 <= hit.snippet_start <= hit.snippet_end <= len(hit.snippet), hit
        assert "\n" not in hit.snippet
        assert_clean(hit.snippet, "snippet")
        assert hit.label == briefing.sections[hit.section].label
        if hit.end > hit.start:
            # The highlighted part of the snippet is the matched text.
            shown = hit.snippet[hit.snippet_start : hit.snippet_end]
            assert shown == " ".join(text[hit.start : hit.end].split("\n")), (shown, text[hit.start : hit.end])


@SETTINGS
@given(TEXTS)
def test_hostile_text_parses_clean_with_offsets_inside(text):
    check_briefing(parse_text(text))


@SETTINGS
@given(TEXTS)
def test_hostile_text_entities_are_spelled_as_written(text):
    briefing = parse_text(text)
    check_entities(briefing, extract_entities(briefing, backend="rules"))


@SETTINGS
@given(TEXTS, QUERIES)
def test_hostile_text_search_hits_inside_their_sections(text, query):
    briefing = parse_text(text)
    entities = extract_entities(briefing, backend="rules")
    check_search(briefing, entities, query)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300),
        TEXTS.map(lambda text: text.encode("utf-8", errors="surrogatepass")),
        TEXTS.map(lambda text: text.encode("utf-16", errors="surrogatepass")),
        TEXTS.map(lambda text: text.encode("cp1252", errors="ignore")),
    ),
    QUERIES,
)
def test_hostile_bytes_decode_parse_extract_and_search(data, query):
    try:
        source = decode_bytes(data, "hostile.txt")
    except BriefingError as error:
        assert "\n" not in str(error) and "hostile.txt" in str(error)
        return
    assert source.text.strip()
    assert_clean(source.text.replace("\t", " "), "decoded text")
    for note in source.notes:
        assert_clean(note, "note")
    briefing = parse_text(source.text, source.name, source.notes, cleaned=True)
    check_briefing(briefing)
    entities = extract_entities(briefing, backend="rules")
    check_entities(briefing, entities)
    check_search(briefing, entities, query)


LITERAL = st.sampled_from(
    ["[b]", "[/b]", "[/]", "[bold red]", "[@click=app.quit]", "[link=https://evil.example]", "[/link]", "[B]",
     "[$accent]", "[on red]", "[@click=app.quit]click me[/]"]
)
PLAIN_WORDS = st.sampled_from(["Japan", "said", "the", "Acme", "markets", "fell", "Biden", "on", "Tuesday", "3%"])


@SETTINGS
@given(st.lists(st.one_of(LITERAL, PLAIN_WORDS), min_size=1, max_size=25))
def test_markup_in_plain_text_survives_literally(pieces):
    """Forbes-style text: every markup fragment is in the section text exactly as written."""
    body = " ".join(pieces)
    briefing = parse_text(f"Acme Shares Fall\nTopline\n{body}.\n")
    text = " ".join(" ".join(section.text.split()) for section in briefing.sections)
    for piece in pieces:
        assert piece in text, (piece, text)
