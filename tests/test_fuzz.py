"""Fuzz target: bytes through reading, parsing, entities, every export format and search.

Hypothesis draws raw bytes, briefing-shaped text in several encodings, and such text with
control bytes, escape sequences and stray cp1252 bytes thrown in. For each input either
reading refuses it with one line (BriefingError), or everything downstream holds:
no exception, nothing that could steer a terminal in any output, JSON that parses, every
entity mention spelled as written at its offsets, every search hit inside its section,
and the bounded reader returns exactly the bytes it was given.

In CI each target runs a few examples. Run it longer by hand, e.g.:

    BRIEFING_FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import io
import json
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.export import FORMATS, render
from briefing_tui.core.parsing import parse_source, parse_text
from briefing_tui.core.reading import BriefingError, decode_bytes, read_limited
from briefing_tui.core.search import SearchIndex

EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "20"))
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

# Newline and tab aside, nothing below U+0020, no DEL, no C1, no bidi controls.
STEERING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

FRAGMENTS = [
    "Japan And U.S. Sign Security Pact\n", "Topline\n", "Key Facts\n", "Crucial Quote\n",
    "What To Watch For\n", "# Title\n", "## Part\n", "*By Jane Doe*\n", "By Jane Doe, Forbes\n",
    "SUBJECT: Budget\n", "FROM: Office\n", "BLUF: ", "Why it matters: ", "- ", "1. ", "> ",
    "\n", "\n\n", "President Joe Biden ", "Prime Minister Fumio Kishida ", "the Pentagon ",
    "in Tokyo on April 10, ", "54,000 troops ", "$1.2 billion. ", "NATO and the EU ",
    "[b]bold[/b] ", "[@click=app.quit]x[/] ", "**strong** ", "[link](http://example.com) ",
    "日本と米国 ", "Ünïcödé café ", "Россия ", "\t", "\r\n", "\u2028",
]
INSERTS = [
    b"\x1b", b"\x1b]", b"\x1b[", b"\x1bP", b"\x1b[31m", b"\x1b]0;t\x07", b"\x9d", b"\x9b", b"\x90",
    b"\x00", b"\x07", b"\x08", b"\x7f", b"\xc2\x9d", b"\xe2\x80\xae", b"\xef\xbb\xbf", b"\xff", b"\x81",
]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=40).map("".join)


@st.composite
def briefing_bytes(draw) -> bytes:
    text = draw(texts)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]))
    data = text.encode(encoding, errors="replace" if encoding == "cp1252" else "surrogatepass")
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from(INSERTS)) + data[at:]
    return data


inputs = st.one_of(briefing_bytes(), st.binary(max_size=3000))


def check_pipeline(data: bytes) -> None:
    try:
        source = decode_bytes(data, "fuzz")
    except BriefingError as error:
        assert "\n" not in str(error) and str(error).startswith("fuzz: ")
        return
    assert not STEERING.search(source.text)
    briefing = parse_source(source)
    entities = extract_entities(briefing)
    for fmt in FORMATS:
        output = render(briefing, fmt, entities)
        found = STEERING.search(output)
        assert found is None, (fmt, found and found.group(), output[:200])
    doc = json.loads(render(briefing, "json", entities))
    for entity in doc["entities"]:
        for mention in entity["mentions"]:
            text = doc["sections"][mention["section"]]["text"]
            assert 0 <= mention["start"] < mention["end"] <= len(text)
            assert text[mention["start"] : mention["end"]] in [entity["name"], *entity["aliases"]]
    # The Markdown export reads back as a briefing.
    parse_text(render(briefing, "markdown", entities))
    words = re.findall(r"\w{3,}", source.text)
    if words:
        index = SearchIndex(briefing, entities)
        for hit in index.search(words[len(words) // 2], 5):
            assert 0 <= hit.start <= hit.end <= len(briefing.sections[hit.section].text)


@FUZZ
@given(data=inputs)
def test_fuzz_reading_parsing_and_export(data):
    check_pipeline(data)


@FUZZ
@given(data=inputs, cap=st.integers(1, 4000))
def test_fuzz_bounded_reading_returns_the_bytes_or_refuses(data, cap):
    try:
        got = read_limited(io.BytesIO(data), cap, "fuzz")
    except BriefingError as error:
        message = str(error)
        assert "\n" not in message
        assert ("limit" in message and len(data) > cap) or "binary" in message
        return
    assert bytes(got) == data and len(data) <= cap


@pytest.mark.parametrize("chunk", [1, 7, 4096])
def test_bounded_reading_of_a_trickling_stream(chunk):
    """A stream that gives a few bytes per read (a slow pipe) is read whole, sniffed once."""

    class Trickle(io.BytesIO):
        def read(self, size=-1):
            return super().read(min(chunk, size) if size and size > 0 else chunk)

    data = ("Title\n\n" + "Words of a briefing. " * 5000).encode("utf-8")
    seen = []
    got = read_limited(Trickle(data), len(data), "slow", first_block=lambda block, name: seen.append(len(block)))
    assert bytes(got) == data
    assert seen == [65536]
    with pytest.raises(BriefingError, match="limit"):
        read_limited(Trickle(data), len(data) - 1, "slow")
