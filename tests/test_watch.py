"""Watching a file: a change is seen (appended, replaced), and described in one line."""

from __future__ import annotations

import os
import threading
import time

from briefing_tui.core.changes import corresponding_section, describe_changes
from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import parse_text
from briefing_tui.watch import FileWatcher

FIRST = "Storm Nears The Coast\n\nTopline\nA storm is moving toward Florida.\n\nKey Facts\nWinds reach 90 mph.\n"
MORE = "\nWhat To Watch For\nLandfall near Tampa on Friday, the National Hurricane Center said.\n"


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def watching(path):
    seen = []
    watcher = FileWatcher(path, lambda: seen.append(path.read_text()), debounce_ms=100)
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    time.sleep(0.5)  # the watch is set up
    return watcher, thread, seen


def test_appending_to_the_file_is_seen(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text(FIRST)
    watcher, thread, seen = watching(path)
    try:
        with path.open("a") as file:
            file.write(MORE)
        assert wait_for(lambda: seen and seen[-1].endswith(MORE))
    finally:
        watcher.stop()
        thread.join(5)
    assert not thread.is_alive()


def test_a_file_replaced_by_rename_is_seen_and_others_are_not(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text(FIRST)
    watcher, thread, seen = watching(path)
    try:
        (tmp_path / "other.txt").write_text("not ours")
        time.sleep(0.6)
        assert seen == []
        new = tmp_path / ".storm.txt.new"
        new.write_text(FIRST + MORE)
        os.replace(new, path)
        assert wait_for(lambda: seen and "Landfall" in seen[-1])
    finally:
        watcher.stop()
        thread.join(5)


def test_the_change_is_described_in_one_line():
    old, new = parse_text(FIRST), parse_text(FIRST + MORE)
    line = describe_changes(old, new, extract_entities(old), extract_entities(new))
    assert line.startswith("Updated: 1 new section: Watch")
    assert "National Hurricane Center" in line or "Tampa" in line
    assert "\n" not in line
    assert describe_changes(old, old) == "Updated: no change in the text"
    grown = parse_text(FIRST.replace("90 mph.", "90 mph, then 110 mph."))
    assert "changed: Key Facts" in describe_changes(old, grown)


def test_the_reader_keeps_its_section():
    old = parse_text(FIRST)
    inserted = parse_text(FIRST.replace("Key Facts", "Big Number\n12 inches of rain.\n\nKey Facts"))
    key_facts = [s.label for s in old.sections].index("Key Facts")
    moved_to = corresponding_section(old, inserted, key_facts)
    assert inserted.sections[moved_to].label == "Key Facts" and moved_to == key_facts + 1
    assert corresponding_section(old, parse_text(FIRST + MORE), key_facts) == key_facts
    assert corresponding_section(old, parse_text("Just a title\n\nOne paragraph only."), 1) == 0


# ---------------------------------------------------------------- the reader, --watch

LONGER = (
    "Storm Nears The Coast\n\nTopline\nA storm is moving toward Florida, forecasters said.\n\n"
    "Key Facts\n" + "".join(f"Winds reached {80 + i} mph near the keys on day {i}.\n\n" for i in range(12)) +
    "Background\nThe season has been busy, with six named storms since June.\n"
)


async def test_the_reader_follows_a_file_appended_to(tmp_path):
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source

    path = tmp_path / "storm.txt"
    path.write_text(LONGER, encoding="utf-8")
    app = BriefingApp(read_source(str(path)), watch=str(path))
    async with app.run_test(size=(90, 24)) as pilot:
        reader = app.reader
        for _ in range(100):
            await pilot.pause(0.05)
            if reader.entities is not None and app.query("#search"):
                break
        # Reading Key Facts, a few lines in, with a search followed.
        await pilot.press("slash", *"winds", "enter")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.press("n", "n")
        await pilot.pause()
        view = app.query_one("ReadingView")
        place = view.layout_rows.anchor_at(round(view.scroll_y))
        walk = reader.walk
        assert walk.label == "winds" and reader.briefing.sections[reader.section].label == "Key Facts"
        await pilot.pause(0.5)  # the watch is set up
        with path.open("a", encoding="utf-8") as file:
            file.write(MORE)
        for _ in range(200):  # up to 10 s on a busy machine
            await pilot.pause(0.05)
            if len(reader.briefing.sections) == 4:
                break
        await pilot.pause()
        assert [s.label for s in reader.briefing.sections][-1] == "Watch"
        # Same section, same line; the search still marked, at the same match.
        assert reader.briefing.sections[reader.section].label == "Key Facts"
        assert view.layout_rows.anchor_at(round(view.scroll_y)) == place
        assert reader.walk.label == "winds" and reader.walk.spans[reader.walk.index] == walk.spans[walk.index]
        assert view.has_highlights
        assert any(n.message.startswith("Updated: 1 new section: Watch") for n in app._notifications)


def test_watch_needs_a_file():
    import subprocess
    import sys

    for args in (["--watch"], ["-", "--watch"]):
        result = subprocess.run(
            [sys.executable, "-m", "briefing_tui", *args], capture_output=True, timeout=60, stdin=subprocess.DEVNULL
        )
        assert result.returncode == 2
        assert result.stderr.decode().count("\n") == 1 and b"--watch" in result.stderr
