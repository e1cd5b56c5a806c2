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
