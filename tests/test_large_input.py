"""Long and oddly shaped briefings open: first part at once, the rest in a worker."""

from __future__ import annotations

import pytest

from briefing_tui.app import BriefingApp
from briefing_tui.core.parsing import parse_text
from briefing_tui.core.reading import decode_bytes
from briefing_tui.screens.reader import ReaderScreen
from briefing_tui.widgets.reading_view import ReadingView
from briefing_tui.widgets.status_line import StatusLine

PARAGRAPH = (
    "Officials in Tokyo said on Tuesday that exports rose 3.2% to $4.5 billion, the fastest pace "
    "since 2019, as demand from China and the United States recovered."
)


def many_sections(count: int) -> str:
    headings = ["Key Facts", "Key Background", "Contra", "Big Number", "Tangent"]
    parts = ["A long briefing", "Topline", PARAGRAPH]
    for index in range(count):
        parts += [headings[index % len(headings)], f"{PARAGRAPH} Item {index}."]
    return "\n".join(parts) + "\n"


async def test_long_briefing_shows_its_first_part_then_all_of_it_keeping_the_place(monkeypatch):
    monkeypatch.setattr(ReaderScreen, "PREVIEW_CHARACTERS", 20_000)
    text = many_sections(3_000)
    app = BriefingApp(decode_bytes(text.encode(), "long.txt"))
    assert not app.reader.complete and len(app.reader.briefing.sections) < 300
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        status = app.query_one(StatusLine)
        assert status.position.startswith("3/")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reader.complete and len(app.reader.briefing.sections) == 3_001
        assert status.position == "3/3001 Background"  # the place read is kept
        assert "reading" not in status.note
        await pilot.press("G")
        await pilot.pause()
        assert status.position.startswith("3001/3001")


@pytest.mark.parametrize(
    "name, text",
    [
        ("5000 headings", many_sections(5_000)),
        ("only headings", "Title\n" + "\n".join(["Key Facts", "Contra", "Tangent", "Big Number"] * 300) + "\n"),
        ("one long line", "word " * 200_000),
        ("nested lists", "# Deep\n\n" + "".join("  " * depth + "- level\n" for depth in range(200))),
        ("nested quotes", "# Deep\n\n" + "> " * 500 + "quoted\n"),
    ],
)
def test_odd_shapes_parse(name, text):
    briefing = parse_text(text)
    assert briefing.sections
    words = set(text.replace(">", " ").replace("-", " ").replace("#", " ").split())
    read = " ".join([briefing.title or ""] + [s.heading or "" for s in briefing.sections] + [s.text for s in briefing.sections])
    assert words <= set(read.replace("-", " ").split()), "words were lost"
    for section in briefing.sections:
        for block in section.blocks:
            assert 0 <= block.start <= block.end <= len(section.text)


@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,
        "# Deep\n\n" + "".join("  " * depth + "- level\n" for depth in range(200)),
        "# Deep\n\n" + "> " * 500 + "quoted\n",
    ],
    ids=["one long line", "nested lists", "nested quotes"],
)
async def test_odd_shapes_open_in_the_reader(text):
    app = BriefingApp(decode_bytes(text.encode(), "odd.txt"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("G", "g", "j", "k")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.query_one(ReadingView).layout_rows is not None
        assert app.return_code is None
