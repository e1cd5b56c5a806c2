"""Property tests for the core: any text in, no exception out, offsets inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.core.parsing import FORMATS, parse_text
from briefing_tui.core.reading import BriefingError, decode_bytes

# Text built from pieces that exercise the parser: headings, labels, markup, controls.
PIECES = st.sampled_from(
    [
        "Topline", "KEY FACTS:", "Key Background", "TOPLINE The market fell.", "Why it matters: ",
        "BLUF: ", "SUBJECT: x", "# Title", "## Part", "===", "---", "- item", "1. first", "> quote",
        "**bold**", "[link](http://x)", "[b]markup[/b]", "\x1b[31m", "\x00", "\r\n", "\n", "\n\n",
        "\t", "What Are The Risks?", "This article was written by A from B and was legally licensed through C.",
        "é", "日本", "\u202e", "\ud800", "```", "|a|b|\n|-|-|\n|1|2|",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join))


def _check(briefing) -> None:
    for section in briefing.sections:
        text = section.text
        for block in section.blocks:
            assert 0 <= block.start <= block.end <= len(text)
            assert 0 <= block.marker <= block.end - block.start
        for span in section.spans:
            assert 0 <= span.start < span.end <= len(text)
        assert "\x1b" not in text and "\x00" not in text
    assert briefing.format in FORMATS


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_parses_with_offsets_inside(text):
    _check(parse_text(text))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_fail_with_a_briefing_error(data):
    try:
        source = decode_bytes(data, "x")
    except BriefingError as error:
        assert "\n" not in str(error)
        return
    assert "\x1b" not in source.text and "\x00" not in source.text
    _check(parse_text(source.text, cleaned=True))
