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
    assert cli._last_read() == (None, None)
    assert not library_path.exists()


def test_no_argument_reopens_the_last_briefing_read_at_its_place(filled_library):
    with open_library(filled_library) as library:
        climate = next(e for e in library.list() if "COP30" in (e.title or ""))
        fed = next(e for e in library.list() if "Fed" in (e.title or ""))
        library.save_position(fed.id, 1, 0)
        library.save_position(climate.id, 2, 3)  # read last
    (source, opening), problem = cli._last_read()
    assert opening == {"library_id": climate.id, "place": (2, 3)} and problem is None
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
    (source, opening), _ = cli._last_read()
    assert opening["place"] == (3, position.line) and opening["library_id"] == entry.id


def test_the_quick_look_up_agrees_with_the_library(filled_library):
    """quick_resume reads the store's file directly: it must say what the Library says."""
    from briefing_tui import quick_resume
    from briefing_tui.library import default_path

    assert quick_resume.library_file() == str(default_path())
    assert quick_resume.last_read() is None  # nothing opened yet
    with open_library(filled_library) as library:
        entries = library.list()
        library.record_opened(entries[3].id)
        library.save_position(entries[1].id, 4, 7)  # a save counts as reading it
        last = library.last_read()
        expected = (last.id, library.source_text(last.id), last.path, last.url, (4, 7))
    assert quick_resume.last_read() == expected
    with open_library(filled_library) as library:
        library.record_opened(entries[2].id)  # opened, never moved: no place
        expected = (entries[2].id, library.source_text(entries[2].id), entries[2].path, None, None)
    assert quick_resume.last_read() == expected


def test_a_damaged_library_file_is_not_read_quickly(library_path):
    from briefing_tui import quick_resume

    library_path.write_bytes(b"this is not a database at all" * 100)
    assert quick_resume.last_read() == quick_resume.UNKNOWN
    last, problem = cli._last_read()
    assert last is None and "damaged" in problem  # shown in the reader, over the bundled one
    assert not library_path.exists()
    assert list(library_path.parent.glob("library.sqlite3.damaged-*"))  # kept aside, not deleted


def test_briefing_library_with_an_unusable_library_says_so_in_one_line(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFING_LIBRARY", str(blocker / "library.sqlite3"))
    assert cli.main(["library"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: ") and err.count("\n") == 1 and "Traceback" not in err
    try:
        status = cli.main(["library", "--bogus"])
    except SystemExit as exit_status:  # argparse's way out
        status = exit_status.code
    assert status == 2


def test_the_look_up_before_the_first_frame_leaves_the_library_package_unimported(filled_library):
    """Its start-up is paid after the first frame (time to first content)."""
    with open_library(filled_library) as library:
        library.record_opened(library.list()[0].id)
    code = (
        "import sys; from briefing_tui import cli; last, problem = cli._last_read(); "
        "assert last is not None and problem is None; "
        "print(sorted(m for m in sys.modules if m.startswith('briefing_tui.library')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_library_screen_first_frame_imports_neither_reader_nor_search(filled_library):
    """`briefing library` draws its first page before the reader, parsers and search load."""
    code = (
        "import asyncio, sys\n"
        "from briefing_tui.app import BriefingApp\n"
        "from briefing_tui.config import Settings\n"
        "seen = {}\n"
        "class App(BriefingApp):\n"
        "    def on_ready(self):\n"
        "        seen['titles'] = [row.title for row in self.screen.query_one('#library-list').rows]\n"
        "        seen['modules'] = sorted(m for m in sys.modules if m.startswith(\n"
        "            ('briefing_tui.screens.reader', 'briefing_tui.core.parsing', 'briefing_tui.core.search',\n"
        "             'briefing_tui.library.text_search', 'rapidfuzz')))\n"
        "        super().on_ready()\n"
        "async def main():\n"
        "    app = App(None, settings=Settings())\n"
        "    async with app.run_test(size=(100, 30)) as pilot:\n"
        "        await pilot.pause()\n"
        "asyncio.run(main())\n"
        "print(len(seen['titles']), seen['modules'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "5 []", done.stdout + done.stderr
