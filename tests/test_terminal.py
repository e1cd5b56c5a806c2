"""The reader and its terminal: no terminal, signals, quitting at once, failures in one line.

The reader runs as a real child process on a pseudo-terminal, as a user runs it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_tui.core.resources import bundled_briefing

pty = pytest.importorskip("pty")

ENTER_SCREEN = b"\x1b[?1049h"
LEAVE_SCREEN = b"\x1b[?1049l"
SHOW_CURSOR = b"\x1b[?25h"
MOUSE_OFF = b"\x1b[?1000l"
MOUSE_ON = b"\x1b[?1000h"


class ReaderOnTerminal:
    """`briefing PATH` in a child process whose terminal is a pseudo-terminal we read."""

    def __init__(self, *arguments: str, columns: int = 100, rows: int = 30) -> None:
        import fcntl
        import struct
        import termios

        self.main, child = pty.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        environment = dict(os.environ, TERM="xterm-256color", COLUMNS=str(columns), LINES=str(rows))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefing_tui", *arguments],
            stdin=child, stdout=child, stderr=child, env=environment, start_new_session=True,
        )
        os.close(child)
        self.output = bytearray()

    def read(self, seconds: float) -> None:
        """Collect what the reader writes for up to `seconds` (less once it has closed)."""
        import select

        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.main], [], [], min(left, 0.1))
            if ready:
                try:
                    data = os.read(self.main, 65536)
                except OSError:  # the child closed its end
                    return
                if not data:
                    return
                self.output += data

    def wait_for(self, text: bytes, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while text not in self.output:
            assert time.monotonic() < deadline, f"{text!r} never shown: {bytes(self.output[-500:])!r}"
            assert self.process.poll() is None, f"the reader ended early: {bytes(self.output[-800:])!r}"
            self.read(0.2)

    def ends_within(self, seconds: float) -> float:
        """Wait for the reader to end (reading its output meanwhile); how long it took."""
        start = time.monotonic()
        while self.process.poll() is None and time.monotonic() - start < seconds:
            self.read(0.1)
        taken = time.monotonic() - start
        if self.process.poll() is None:
            self.close()
            pytest.fail(f"the reader was still running {seconds} s later")
        self.read(0.5)
        return taken

    def after_screen(self) -> bytes:
        """What was written after the reader last entered the alternate screen."""
        return bytes(self.output[self.output.rfind(ENTER_SCREEN) :])

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        os.close(self.main)


@pytest.fixture
def open_reader():
    started: list[ReaderOnTerminal] = []

    def start(*arguments: str, **size) -> ReaderOnTerminal:
        reader = ReaderOnTerminal(*arguments, **size)
        started.append(reader)
        return reader

    yield start
    for reader in started:
        reader.close()


def long_briefing(path: Path, megabytes: int) -> Path:
    """Many sections of the bundled briefing's paragraphs, with their numbers varied."""
    seed = bundled_briefing().read_text(encoding="utf-8").split("\n")
    paragraphs = [line for line in seed[1:] if len(line) > 80 and "licensed" not in line]
    parts = ["A long briefing to quit from", "Topline"]
    size, number = 0, 0
    while size < megabytes * 1_000_000:
        parts.append(("Key Facts", "Contra", "Tangent", "Big Number")[number % 4])
        for offset in range(3):
            parts.append(paragraphs[(number + offset) % len(paragraphs)].replace("2015", str(1900 + number % 120)))
            size += len(parts[-1]) + 1
        number += 1
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------------- without a terminal


@pytest.mark.parametrize("stdout", ["file", "closed"])
def test_without_a_terminal_the_reader_says_so_and_exits_2(tmp_path, stdout):
    out = tmp_path / "out"
    command = f'{sys.executable} -m briefing_tui "{bundled_briefing()}" </dev/null '
    command += f'>"{out}"' if stdout == "file" else ">&-"
    start = time.monotonic()
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=60)
    assert time.monotonic() - start < 30  # not a reader drawing into a file until killed
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and "needs a terminal" in lines[0] and "briefing export" in lines[0]
    assert stdout == "closed" or out.read_bytes() == b""


# ---------------------------------------------------------------------- signals and quitting


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_restores_the_screen_mouse_and_cursor(open_reader, name):
    reader = open_reader(str(bundled_briefing()))
    reader.wait_for(b"Topline")
    reader.wait_for(MOUSE_ON)
    reader.read(1.0)  # the rest of the first frames
    number = getattr(signal, name)
    reader.process.send_signal(number)
    reader.ends_within(10)
    assert reader.process.returncode == 128 + number
    after = reader.after_screen()
    assert LEAVE_SCREEN in after and SHOW_CURSOR in after and MOUSE_OFF in after
    assert b"Traceback" not in reader.output


@pytest.mark.parametrize("after", [0.3, 1.5])
def test_a_terminal_that_hangs_up_during_start_up_ends_the_reader(open_reader, after):
    """The terminal closes (tmux kill-session, a closed window), then SIGHUP arrives.

    Writes to a hung-up terminal fail, Textual's writer thread ends, and the loop's thread
    can then wait on the output queue for good: the reader must still end.
    """
    reader = open_reader(str(bundled_briefing()))
    time.sleep(after)
    os.close(reader.main)
    reader.main = os.open(os.devnull, os.O_RDONLY)  # what close() closes later
    time.sleep(0.5)
    reader.process.send_signal(signal.SIGHUP)
    try:
        code = reader.process.wait(20)
    except subprocess.TimeoutExpired:
        pytest.fail("the reader was still running 20 s after its terminal hung up")
    # Hung up before the reader has started, it may fail first (exit 1, said in one line),
    # or end by the signal itself, its handler not yet set (a slow start on a busy machine).
    assert code == 128 + signal.SIGHUP or (after < 1 and code in (1, -signal.SIGHUP))


@pytest.mark.parametrize("after", ["first frame", "drawn", "searching"])
def test_a_terminal_that_closes_without_a_hangup_signal_ends_the_reader(open_reader, after):
    """The terminal goes away and no SIGHUP comes (the reader has no controlling terminal,
    or ignores the signal, as under nohup): reads then find the end of input for ever. The
    reader notices the hang-up itself and ends, as SIGHUP ends it, instead of running on."""
    reader = open_reader(str(bundled_briefing()))
    reader.wait_for(b"Topline")
    reader.wait_for(MOUSE_ON)
    if after != "first frame":  # closed at once, before the reader watches its terminal
        reader.read(1.0)
    if after == "searching":
        os.write(reader.main, b"/kishda")
        reader.read(1.0)
    os.close(reader.main)
    reader.main = os.open(os.devnull, os.O_RDONLY)  # what close() closes later
    try:
        code = reader.process.wait(20)
    except subprocess.TimeoutExpired:
        pytest.fail("the reader was still running 20 s after its terminal closed")
    assert code == 128 + signal.SIGHUP


def test_signals_reach_their_handler_while_the_main_thread_waits_on_a_lock():
    from briefing_tui.terminal import _SignalWatch

    import threading

    stuck = threading.Lock()
    stuck.acquire()
    received = []

    def react(number: int) -> None:
        received.append((number, threading.current_thread() is threading.main_thread()))
        stuck.release()

    with _SignalWatch(react):
        os.kill(os.getpid(), signal.SIGHUP)
        assert stuck.acquire(timeout=10), "the signal never reached its handler"
    assert received == [(signal.SIGHUP, False)]


def test_the_forced_exit_ends_the_process_even_when_the_terminal_is_gone(monkeypatch):
    import termios

    from briefing_tui import terminal

    def hung_up(*_):
        raise termios.error(5, "Input/output error")

    ended = []
    monkeypatch.setattr(termios, "tcsetattr", hung_up)
    monkeypatch.setattr(terminal.os, "_exit", lambda code: ended.append(code))
    on_signal = terminal._SignalExit.__new__(terminal._SignalExit)
    on_signal.received = signal.SIGHUP
    on_signal.terminal_state = [0]
    on_signal.force_exit()
    assert ended == [128 + signal.SIGHUP]


def test_q_returns_to_the_shell_at_once_while_a_long_briefing_is_still_being_read(open_reader, tmp_path):
    path = long_briefing(tmp_path / "long.txt", 30)
    reader = open_reader(str(path))
    reader.wait_for(b"Topline", seconds=120)
    reader.wait_for(b"reading", seconds=60)  # the rest is being read in a worker
    os.write(reader.main, b"q")
    # Reading the rest takes tens of seconds: the shell must not wait for it. (The goal,
    # under a second, is timed in benchmarks/run.py: quit_50mb_s.)
    assert reader.ends_within(30) < 4
    assert reader.process.returncode == 0
    assert LEAVE_SCREEN in reader.after_screen()


# ---------------------------------------------------------------------- failures


def test_a_failing_reader_exits_1_with_one_line_and_a_private_report(tmp_path, monkeypatch, capsys):
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source
    from briefing_tui.terminal import run_reader

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    class FailingApp(BriefingApp):
        def on_ready(self) -> None:  # type: ignore[override]
            raise ValueError("a deliberate failure")

    code = run_reader(FailingApp(read_source(str(bundled_briefing()))), headless=True)
    assert code == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1, lines
    assert "ValueError: a deliberate failure" in lines[0]
    reports = list((tmp_path / "state" / "briefing").iterdir())
    assert len(reports) == 1 and str(reports[0]) in lines[0]
    assert reports[0].stat().st_mode & 0o777 == 0o600
    report = reports[0].read_text()
    assert "Traceback" in report and "a deliberate failure" in report and "\x1b[" not in report


def test_a_reader_that_quits_leaves_no_report(tmp_path, monkeypatch, capsys):
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source
    from briefing_tui.terminal import run_reader

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    class QuittingApp(BriefingApp):
        def on_mount(self) -> None:
            self.set_interval(0.05, self.quit_once_built)

        def quit_once_built(self) -> None:
            # After the build, as a user's q is (keys typed earlier wait for it).
            if getattr(self.screen, "built", False):
                self.exit()

    assert run_reader(QuittingApp(read_source(str(bundled_briefing()))), headless=True) == 0
    assert capsys.readouterr().err == ""
    assert not (tmp_path / "state").exists()


def test_a_status_the_reader_chose_is_not_reported_as_a_failure(tmp_path, monkeypatch, capsys):
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source
    from briefing_tui.terminal import run_reader

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    class RefusingApp(BriefingApp):  # as when a fetch fails: its caller prints the reason
        def on_mount(self) -> None:
            self.set_interval(0.05, self.refuse_once_built)

        def refuse_once_built(self) -> None:
            # Once the reader is built, as a failed fetch is (it starts after the build).
            if getattr(self.screen, "built", False):
                self.exit(None, 2)

    assert run_reader(RefusingApp(read_source(str(bundled_briefing()))), headless=True) == 2
    assert capsys.readouterr().err == ""
    assert not (tmp_path / "state").exists()


def test_a_url_that_fails_in_the_reader_is_one_line_and_exit_2(tmp_path, monkeypatch, page_server):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("BRIEFING_LIBRARY", str(tmp_path / "library.sqlite3"))
    url = page_server.url("/missing")
    reader = ReaderOnTerminal(url)
    try:
        reader.ends_within(60)
    finally:
        reader.close()
    assert reader.process.returncode == 2
    import re

    after = bytes(reader.output[reader.output.rfind(LEAVE_SCREEN) + len(LEAVE_SCREEN) :]).decode("utf-8", "replace")
    after = re.sub(r"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|[=>])", "", after)
    lines = [line for line in after.replace("\r", "").split("\n") if line.strip()]
    assert lines == [f"briefing: {url}: the server answered HTTP 404 Not Found"], after
    assert not (tmp_path / "state").exists()


def test_a_standard_input_that_is_no_terminal_is_no_failure(monkeypatch):
    from briefing_tui import terminal

    read_end, write_end = os.pipe()
    try:
        with os.fdopen(read_end, closefd=False) as pipe:
            monkeypatch.setattr(sys, "stdin", pipe)
            on_signal = terminal._SignalExit(object())
        assert on_signal.terminal_state is None
    finally:
        os.close(read_end)
        os.close(write_end)
