"""Long files stay small and fast: a compact search index and layout, linear wrapping."""

from __future__ import annotations

import gc
import tracemalloc

from briefing_tui.core.parsing import parse_text
from briefing_tui.core.search import SearchIndex, search_briefing
from briefing_tui.widgets import reading_layout
from briefing_tui.widgets.reading_layout import TEXT, ReadingLayout, wrap

TOPICS = [
    "Officials in Tokyo said on Tuesday that exports rose {n}% to ${n}.5 billion, the fastest pace since 2019.",
    "The ministry of défense in Paris announced {n} new contracts with suppliers from Norway and Chile.",
    "Prime Minister Fumio Kishida met President Biden for {n} minutes; “collective self-defense” was discussed.",
    "Floods in the Ganges basin displaced {n},000 people, according to the regional disaster agency.",
]


def long_briefing(paragraphs: int) -> str:
    parts = ["A long briefing", "Topline"]
    for index in range(paragraphs):
        if index % 20 == 19:
            parts.append("Key Facts")
        parts.append(" ".join(TOPICS[(index + k) % len(TOPICS)].format(n=index + k) for k in range(3)))
    return "\n".join(parts) + "\n"


def retained_bytes(build):
    """Bytes still allocated by what `build()` returned, once it is built."""
    gc.collect()
    tracemalloc.start()
    try:
        kept = build()
        gc.collect()
        size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del kept
    return size


def test_the_search_index_holds_no_object_per_word():
    text = long_briefing(3_000)  # about 900 KB, 150,000 words
    briefing = parse_text(text, "long.txt")
    SearchIndex(parse_text("Warm up\n\nOne sentence.", "warm.txt"))  # module-level caches
    size = retained_bytes(lambda: SearchIndex(briefing))
    # A word as a Python int in a list costs 36 bytes (six words a sentence: 30 bytes a
    # character of text); one character a word in a string costs one or two.
    assert size < 3 * len(text), size / len(text)


def test_the_index_finds_the_same_hits_as_before_it_was_compact():
    briefing = parse_text(long_briefing(200), "long.txt")
    index = SearchIndex(briefing)
    hits = index.search("kishda")
    assert hits and all(briefing.sections[h.section].text[h.start : h.end] == "Kishida" for h in hits)
    phrase = index.search("collective self defence")
    text = briefing.sections[phrase[0].section].text
    assert text[phrase[0].start : phrase[0].end] == "collective self-defense"
    assert index.search("ganges") and index.search("norway chile")
    assert search_briefing(briefing, "zzzzqqq") == []


def test_entities_join_an_index_already_built():
    from briefing_tui.core.entities import extract_entities

    briefing = parse_text(long_briefing(40), "long.txt")
    index = SearchIndex(briefing)
    tokens = index._tokens
    index.set_entities(extract_entities(briefing))
    assert index.entities and index._tokens is tokens  # not indexed again


def test_index_progress_reaches_the_end_and_can_stop_the_build():
    briefing = parse_text(long_briefing(400), "long.txt")
    seen: list[float] = []
    SearchIndex(briefing, progress=seen.append)
    assert seen and seen == sorted(seen) and seen[-1] == 1.0

    class Stop(Exception):
        pass

    def stop(fraction: float) -> None:
        raise Stop

    try:
        SearchIndex(briefing, progress=stop)
    except Stop:
        pass
    else:
        raise AssertionError("progress could not stop the build")


def test_layout_rows_take_a_few_bytes_each():
    briefing = parse_text(long_briefing(1_000), "long.txt")
    ReadingLayout(parse_text("Warm up\n\nOne sentence.", "warm.txt"), 80)
    layout = ReadingLayout(briefing, 80)
    size = retained_bytes(lambda: ReadingLayout(briefing, 80))
    # A Row object with its numbers costs over 150 bytes; columns of numbers about 25.
    assert size / layout.height < 60, size / layout.height
    rows = list(layout.rows)
    assert rows[: layout.height][5] == layout.rows[5] and len(rows) == layout.height
    assert layout.rows[-1] == rows[-1]


def test_a_long_unbroken_line_is_measured_once_per_character(monkeypatch):
    measured = 0
    real = reading_layout.cell_len

    def counting(text: str) -> int:
        nonlocal measured
        measured += len(text)
        return real(text)

    monkeypatch.setattr(reading_layout, "cell_len", counting)
    text = "東京都の新しい計画について発表した" * 1_200  # 20,400 wide characters, no space
    lines = wrap(text, 0, len(text), 60)
    assert "".join(text[a:b] for a, b in lines) == text
    assert all(real(text[a:b]) <= 60 for a, b in lines)
    # Measuring the rest of the word after every cut would add up to about 7 million.
    assert measured < 4 * len(text), measured


def test_a_long_cjk_paragraph_lays_out_at_full_width():
    text = "中文新闻" * 5_000
    layout = ReadingLayout(parse_text("标题\n\n" + text + "\n", "cjk.txt"), 84)
    widths = [
        reading_layout.cell_len(layout.briefing.sections[row.section].text[row.start : row.end])
        for row in layout.rows
        if row.kind == TEXT
    ]
    assert widths and max(widths) == 80 and sum(widths) >= 2 * len(text) - 80
