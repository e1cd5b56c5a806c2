"""Remembered across runs: `briefing` with no argument reopens the last briefing read at
its place; a reader killed (SIGKILL, a real child process) after moving reopens there."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time

from briefing_tui import cli
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.library import open_library


def test_no_argument_on_a_fresh_install_opens_the_bundled_briefing_and_creates_nothing(library_path):
    assert cli._last_read() is None
    assert not library_path.exists()


def test_no_argument_reopens_the_last_briefing_read_at_its_place(filled_library):
    with open_library(filled_library) as library:
        climate = next(e for e in library.list() if "COP30" in (e.title or ""))
        fed = next(e for e in library.list() if "Fed" in (e.title or ""))
        library.save_position(fed.id, 1, 0)
        library.save_position(climate.id, 2, 3)  # read last
    source, opening = cli._last_read()
    assert opening == {"library_id": climate.id, "place": (2, 3)}
    assert "COP30" in source.text.splitlines()[0]


def _screen_text(master: int, seconds: float) -> str:
    """What the child wrote to its terminal within `seconds`, escapes and all."""
    out = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                out += os.read(master, 65536)
            except OSError:
                break
    return out.decode("utf-8", "replace")


def test_a_reader_killed_after_moving_reopens_at_the_new_place(library_path):
    seed = str(bundled_briefing())
    master, slave = pty.openpty()
    os.set_blocking(master, True)
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    child = subprocess.Popen(
        [sys.executable, "-m", "briefing_tui", seed], stdin=slave, stdout=slave, stderr=slave,
        env=env, start_new_session=True,
    )
    os.close(slave)
    try:
        seen = ""
        deadline = time.monotonic() + 30
        while "Topline" not in seen and time.monotonic() < deadline:
            seen += _screen_text(master, 0.2)
        assert "Topline" in seen, seen[-500:]
        # Kept in the library once its entities are found: wait for that, then move.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            _screen_text(master, 0.2)
            with open_library(library_path) as library:
                if library.count():
                    break
        os.write(master, b"4")
        _screen_text(master, 1.5)  # the move is saved within a second
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        os.close(master)
    with open_library(library_path) as library:
        (entry,) = library.list()
        position = library.position(entry.id)
        assert position is not None and position.section == 3
        assert library.last_read().id == entry.id
    source, opening = cli._last_read()
    assert opening["place"] == (3, position.line) and opening["library_id"] == entry.id
