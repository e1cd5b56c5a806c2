"""A long outline is listed a part at a time: its first labels at once, the rest in the
next moments, the keys answering between parts; a newer briefing stops the older fill."""

from __future__ import annotations

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import SourceText
from briefing_tui.widgets.outline import Outline
from conftest import settled


def long_briefing(sections: int, word: str = "Harbour") -> SourceText:
    parts = [f"# {word} works in the bay\n"]
    for number in range(1, sections + 1):
        parts.append(f"## {word} part {number}\n\nThe council met about part {number} of the {word.lower()} plan.\n")
    return SourceText("\n".join(parts), f"{word.lower()}.md")


def labels(outline: Outline) -> list[str]:
    return [str(outline.get_option_at_index(i).prompt).strip() for i in range(outline.option_count)]


async def _wait_filled(pilot, outline: Outline) -> None:
    for _ in range(200):
        if outline.filled():
            break
        await pilot.pause(0.05)
    await pilot.pause()


async def test_a_long_outline_fills_in_parts_and_its_keys_answer_meanwhile(monkeypatch):
    monkeypatch.setattr(Outline, "ROWS_AT_ONCE", 6)
    monkeypatch.setattr(Outline, "FILL_PAUSE", 0.3)
    app = BriefingApp(long_briefing(40), keep=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        outline = app.query_one(Outline)
        await _wait_filled(pilot, outline)
        sections = app.reader.briefing.sections
        assert labels(outline) == [f"{i + 1} {section.label}" for i, section in enumerate(sections)]
        whole = labels(outline)

        outline.show_briefing(app.reader.briefing)  # listed again, as when the rest of a text arrives
        assert 0 < outline.option_count < len(sections)  # the first part at once, not all
        await pilot.press("o")  # the outline, focused
        assert outline.has_focus
        await pilot.press("j", "j")
        assert outline.highlighted == 2 and not outline.filled()  # answered while still filling
        await _wait_filled(pilot, outline)
        assert labels(outline) == whole  # every label once, in order
        assert outline.highlighted == 2


async def test_the_last_label_is_the_briefings_last_while_filling_and_a_new_briefing_stops_the_old_fill(monkeypatch):
    monkeypatch.setattr(Outline, "ROWS_AT_ONCE", 6)
    monkeypatch.setattr(Outline, "FILL_PAUSE", 0.3)
    app = BriefingApp(long_briefing(40), keep=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        outline = app.query_one(Outline)
        await _wait_filled(pilot, outline)
        long = app.reader.briefing
        outline.show_briefing(long)
        await pilot.press("o", "G")
        assert outline.highlighted == len(long.sections) - 1
        assert labels(outline)[-1].endswith(long.sections[-1].label)

        outline.show_briefing(long)  # filling on...
        from briefing_tui.core.parsing import parse_source

        short = parse_source(long_briefing(9, "Bridge"))
        outline.show_briefing(short)  # ...when a shorter briefing replaces it
        await pilot.pause(1.5)
        assert labels(outline) == [f"{i + 1} {section.label}" for i, section in enumerate(short.sections)]


async def test_the_section_read_is_highlighted_even_beyond_the_first_part(monkeypatch):
    monkeypatch.setattr(Outline, "ROWS_AT_ONCE", 6)
    monkeypatch.setattr(Outline, "FILL_PAUSE", 0.2)
    app = BriefingApp(long_briefing(40), keep=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        outline = app.query_one(Outline)
        await _wait_filled(pilot, outline)
        outline.section = 30
        outline.show_briefing(app.reader.briefing)
        assert outline.option_count > 30 and outline.highlighted == 0  # listed up to it at once
        outline.follow(30)
        assert outline.highlighted == 30
        outline.section = 0
        outline.show_briefing(app.reader.briefing)
        outline.section = 35  # read on meanwhile, beyond what is listed
        await _wait_filled(pilot, outline)
        assert outline.highlighted == 35
