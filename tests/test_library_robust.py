"""Nothing lost: `briefing add` killed part-way, two at once, a damaged or unwritable library.

These run the real command in child processes against a real SQLite file.
"""

from __future__ import annotations

import os
import pty
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import write_briefings

from briefing_tui.core.resources import bundled_briefing

SEED = str(bundled_briefing())


def briefing_command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "briefing_tui", *argv]


def environment(library: Path) -> dict[str, str]:
    return {**os.environ, "BRIEFING_LIBRARY": str(library), "PYTHONDONTWRITEBYTECODE": "1"}


def count_rows(library: Path) -> int:
    try:
        connection = sqlite3.connect(f"file:{library}?mode=ro", uri=True, timeout=5)
        try:
            return connection.execute("SELECT count(*) FROM briefings").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def check_library(library: Path) -> tuple[int, int, int]:
    """(briefings, distinct paths, distinct hashes), after an integrity check."""
    connection = sqlite3.connect(library)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sections_fts'").fetchone():
            connection.execute("INSERT INTO sections_fts(sections_fts, rank) VALUES ('integrity-check', 1)")
        return connection.execute("SELECT count(*), count(DISTINCT path), count(DISTINCT hash) FROM briefings").fetchone()
    finally:
        connection.close()


def _processes_adding(folder: Path) -> list[int]:
    """Processes whose command line names the folder being added."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if str(folder).encode() in command and (entry / "stat").read_text().split(") ")[-1][:1] != "Z":
                found.append(int(entry.name))
    return found


def test_killed_part_way_then_rerun_completes(tmp_path: Path):
    folder = tmp_path / "news"
    write_briefings(folder, 1000)
    library = tmp_path / "library.sqlite3"
    child = subprocess.Popen(
        briefing_command("add", str(folder)), env=environment(library),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while count_rows(library) < 100 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    partial = count_rows(library)
    assert 0 < partial < 1000, "the kill came too late to test anything"
    # Its worker processes end with it.
    deadline = time.monotonic() + 10
    while _processes_adding(folder) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_adding(folder) == []
    assert check_library(library)[0] == partial
    rerun = subprocess.run(briefing_command("add", str(folder)), env=environment(library), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.strip() == f"briefing: added {1000 - partial}, already there {partial}"
    assert check_library(library) == (1000, 1000, 1000)


def test_two_processes_adding_at_once_both_succeed(tmp_path: Path):
    write_briefings(tmp_path / "a", 150)
    write_briefings(tmp_path / "b", 150, start=100)  # 50 briefings in both (same text)
    library = tmp_path / "library.sqlite3"
    children = [
        subprocess.Popen(briefing_command("add", str(tmp_path / name)), env=environment(library),
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]
    results = [(child.wait(timeout=240), child.stderr.read()) for child in children]
    for child in children:
        child.stderr.close()
    assert [status for status, _ in results] == [0, 0], results
    added = sum(int(err.split("added ")[1].split(",")[0]) for _, err in results)
    assert added == 250
    count, _, hashes = check_library(library)
    assert count == hashes == 250


def test_a_damaged_library_is_kept_aside_and_reading_still_works(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    garbage = b"SQLite format 3\x00" + os.urandom(8192)
    library.write_bytes(garbage)
    listed = subprocess.run(briefing_command("list"), env=environment(library), capture_output=True, text=True)
    assert listed.returncode == 2 and listed.stdout == ""
    assert listed.stderr.count("\n") == 1 and "damaged" in listed.stderr and "kept aside" in listed.stderr
    assert "Traceback" not in listed.stderr
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == garbage  # never deleted
    exported = subprocess.run(briefing_command("export", SEED), env=environment(library), capture_output=True, text=True)
    assert exported.returncode == 0 and '"title"' in exported.stdout
    # The next run starts a new library.
    added = subprocess.run(briefing_command("add", SEED), env=environment(library), capture_output=True, text=True)
    assert added.returncode == 0 and added.stderr.strip() == "briefing: added 1, already there 0"


def _without_privilege(command: list[str]) -> list[str]:
    """The command run without root's power to write anywhere, when the tests run as root."""
    if os.geteuid() != 0:
        return command
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--", *command]


def test_an_unwritable_data_folder_gives_one_line(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o555)
    library = folder / "library.sqlite3"
    env = environment(library)
    try:
        added = subprocess.run(_without_privilege(briefing_command("add", SEED)), env=env, capture_output=True, text=True)
        assert added.returncode == 2 and added.stdout == ""
        assert added.stderr.count("\n") == 1 and "permission denied" in added.stderr, added.stderr
        assert "Traceback" not in added.stderr
        exported = subprocess.run(_without_privilege(briefing_command("export", SEED)), env=env, capture_output=True, text=True)
        assert exported.returncode == 0 and '"title"' in exported.stdout
        # A library file that exists but cannot be written.
        folder.chmod(0o755)
        library.touch()
        library.chmod(0o444)
        listed = subprocess.run(_without_privilege(briefing_command("list")), env=env, capture_output=True, text=True)
        assert listed.returncode == 2 and listed.stderr.count("\n") == 1 and "cannot be written" in listed.stderr
        assert "Traceback" not in listed.stderr
        assert library.exists()
    finally:
        folder.chmod(0o755)


def test_progress_bar_on_a_terminal(tmp_path: Path):
    write_briefings(tmp_path / "news", 40)
    library = tmp_path / "library.sqlite3"
    primary, secondary = pty.openpty()
    try:
        child = subprocess.Popen(
            briefing_command("add", str(tmp_path / "news")), env=environment(library),
            stdout=subprocess.DEVNULL, stderr=secondary,
        )
        os.close(secondary)
        output = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        assert child.wait(timeout=60) == 0
    finally:
        os.close(primary)
    text = output.decode("utf-8", "replace")
    assert "adding [" in text and "/40" in text and "/s " in text
    assert "briefing-000" in text  # what is being read
    assert text.rstrip().endswith("briefing: added 40, already there 0")
