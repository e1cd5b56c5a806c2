"""Reading a page or an e-mail while the reader loads Textual and draws its first frame.

Extracting a page needs trafilatura, whose import costs about as much as Textual's. Done
one after the other they double the wait for the first frame; with a core free, a child
process does one while the reader does the other. With no core free a child would only
slow the reader down, so a thread of the reader's own parses the page instead (it still
fills the moments Textual waits on the terminal). The reader's first frame shows the page
when the parse has ended by then (or a moment later); else the reader opens at once and shows
the page when `result()` gives it. It parses the page itself when anything went wrong.
"""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the child is started before the reader imports more than it needs
    from .core.model import Briefing
    from .core.reading import SourceText


class ParseAhead:
    """A child process parsing one source; `ready()` says whether it has ended, `result()`
    waits for its briefing (or None).

    The child is given the decoded source, or (started before we read it) the file's path.
    """

    def __init__(self, source: SourceText | str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefing_tui.parse_ahead"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        data = pickle.dumps(source, protocol=pickle.HIGHEST_PROTOCOL)
        self.output = b""
        self.finished = threading.Event()
        # Written and read by threads: a page larger than the pipe's buffer would block us
        # until the child reads it, and we have Textual to import meanwhile.
        self.writer = threading.Thread(target=self._write, args=(data,), daemon=True)
        self.writer.start()
        threading.Thread(target=self._collect, daemon=True).start()

    def _write(self, data: bytes) -> None:
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(data)
            self.process.stdin.close()
        except OSError:
            pass

    def _collect(self) -> None:
        try:
            assert self.process.stdout is not None
            self.output = self.process.stdout.read()
            self.process.wait()
        except (OSError, ValueError):
            self.output = b""
        finally:
            self.finished.set()

    def ready(self, timeout: float = 0.0) -> bool:
        """True when the child has ended (waiting up to `timeout` seconds for it)."""
        return self.finished.wait(timeout)

    def result(self, timeout: float = 60.0) -> Briefing | None:
        if not self.finished.wait(timeout):
            self.process.kill()
            return None
        if self.process.returncode != 0:
            return None
        try:
            briefing = pickle.loads(self.output)
        except Exception:  # noqa: BLE001 (whatever the child wrote, we parse ourselves)
            return None
        from .core.model import Briefing

        return briefing if isinstance(briefing, Briefing) else None


class ParseHere:
    """A thread parsing one source (or the file at a path); `result()` waits for it (or None)."""

    def __init__(self, source: SourceText | str) -> None:
        self.briefing: Briefing | None = None
        self.thread = threading.Thread(target=self._parse, args=(source,), daemon=True)
        self.thread.start()

    def _parse(self, source: SourceText | str) -> None:
        try:
            from .core.parsing import parse_source

            if isinstance(source, str):
                from .core.reading import read_source

                source = read_source(source)
            self.briefing = parse_source(source)
        except Exception:  # noqa: BLE001 (the reader parses it again and says what is wrong)
            self.briefing = None

    def ready(self, timeout: float = 0.0) -> bool:
        """True when the parse has ended (waiting up to `timeout` seconds for it)."""
        self.thread.join(timeout)
        return not self.thread.is_alive()

    def result(self, timeout: float = 60.0) -> Briefing | None:
        return self.briefing if self.ready(timeout) else None


def core_free() -> bool:
    """True when the machine has a processor core with nothing to do (by its load average)."""
    import os

    try:
        load = os.getloadavg()[0]
    except OSError:
        return False
    return load < (os.cpu_count() or 1) - 0.5


def start(source: SourceText, only_when_free: bool = True) -> ParseAhead | ParseHere | None:
    """A child parsing `source` when it is a page or an e-mail (a thread when no core is
    free and only_when_free); else None."""
    from .core.parsing import reads_whole

    if not reads_whole(source.text, source.name, source.media_type):
        return None
    if only_when_free and not core_free():
        return ParseHere(source)
    try:
        return ParseAhead(source)
    except OSError:
        return None


# The first bytes of a page or an e-mail, or their usual names: worth a child process.
_PAGE_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<\?xml|<!--|<p[\s>]|<div|<h1|<article)", re.IGNORECASE)
_MAIL_START = re.compile(rb"^(?:From |Return-Path:|Received:|Delivered-To:|MIME-Version:|From:|Message-ID:)")
_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".eml")


def start_file(path: str, only_when_free: bool = True) -> ParseAhead | ParseHere | None:
    """A child reading and parsing the file at `path` if it looks like a page or an e-mail
    (a thread when no core is free and only_when_free).

    Started before the file is read here, it gets a head start on trafilatura's import.
    A wrong guess only costs the child's work: it parses the file as we would.
    """
    import os
    import stat

    try:
        # Only a regular file is peeked at: reading a pipe's head here would take those
        # bytes from the reader, and opening a FIFO waits for its writer.
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as file:
            head = file.read(4096)
    except OSError:
        return None
    if not (path.lower().endswith(_SUFFIXES) or _PAGE_START.match(head) or _MAIL_START.match(head)):
        return None
    if only_when_free and not core_free():
        return ParseHere(path)
    try:
        return ParseAhead(path)
    except OSError:
        return None


def _child() -> int:
    source = pickle.load(sys.stdin.buffer)
    from .core.parsing import parse_source

    if isinstance(source, str):
        from .core.reading import read_source

        source = read_source(source)

    briefing = parse_source(source)
    sys.stdout.buffer.write(pickle.dumps(briefing, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    raise SystemExit(_child())
