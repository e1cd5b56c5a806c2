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


async def test_a_long_briefing_read_while_the_panel_opens_is_laid_out_again_off_the_ui_thread(monkeypatch):
    """The rest is laid out at the width the text had; the panel opened meanwhile makes it
    narrower: the new layout is made in a worker, the keys answering meanwhile."""
    import threading

    import briefing_tui.widgets.reading_view as reading_view
    from briefing_tui.widgets.reading_layout import ReadingLayout

    monkeypatch.setattr(ReaderScreen, "PREVIEW_CHARACTERS", 20_000)
    monkeypatch.setattr(reading_view, "LARGE_TEXT", 100_000)
    made: list[tuple[int, int, bool]] = []  # (sections, width, on the UI thread)
    real_init = ReadingLayout.__init__

    def recorded(self, briefing, width):
        real_init(self, briefing, width)
        made.append((len(briefing.sections), self.width, threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(ReadingLayout, "__init__", recorded)
    opened = threading.Event()
    real_read_rest = ReaderScreen._read_rest

    def read_rest_after_the_panel_opens(self, width):
        opened.wait(10)
        real_read_rest(self, width)

    monkeypatch.setattr(ReaderScreen, "_read_rest", read_rest_after_the_panel_opens)
    app = BriefingApp(decode_bytes(many_sections(3_000).encode(), "long.txt"))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        reading = app.query_one(ReadingView)
        wide = reading.scrollable_content_region.width
        await pilot.press("3", "e")
        await pilot.pause()
        narrow = reading.scrollable_content_region.width
        assert narrow < wide
        opened.set()
        for _ in range(200):
            await pilot.pause(0.05)
            if app.reader.complete and reading.layout_rows.width == narrow:
                break
        whole = [(width, on_ui) for sections, width, on_ui in made if sections == 3_001]
        assert whole[0][0] != narrow  # laid out with the rest, at the width the text had then
        assert whole[-1] == (narrow, False)  # and again in a worker, not on the UI thread
        assert not [width for width, on_ui in whole if on_ui]
        assert reading.layout_rows.width == narrow
        assert app.query_one(StatusLine).position == "3/3001 Background"  # the place read is kept
        await app.workers.wait_for_complete()  # (the library waits for the names)
