"""Reading a page or an e-mail while the reader loads Textual and draws its first frame.

Extracting a page needs trafilatura, whose import costs about as much as Textual's. Done
one after the other they double the wait for the first frame; a child process does one
while the reader does the other. On Linux the child is a fork of the reader, taken before
the reader imports anything the child does not need: it has no Python of its own to start,
and what both need is imported once, before the fork. The two then use no more processor
time than the reader parsing the page in a thread of its own, so the fork is taken whatever
the load: on an idle machine it halves the wait, on a busy one it costs the same. Where the
child would be a new Python and no core is free, a thread of the reader's own parses the
page instead (a new Python's start would only slow the reader down). The reader's first
frame shows the page when the parse has ended by then (or a moment later); else the reader
opens at once and shows the page when `result()` gives it. It parses the page itself when
anything went wrong.

A short text is parsed in a fork too (`text_ahead`), taken before anything is imported for
it: the reader then imports none of the parsers before its first frame (a fifth of its
start), and the child has the briefing ready long before that frame. When the answer is
late (a busy machine) or the fork cannot be taken, the reader parses the text itself.
"""

from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the child is started before the reader imports more than it needs
    from .core.model import Briefing
    from .core.reading import SourceText

# The child's answer: its length (8 bytes, little-endian), then the pickled briefing. A
# child that failed or was killed half-way gives no answer, or a short one.
_LENGTH_BYTES = 8


class ParseAhead:
    """A child process parsing one source; `ready()` says whether it has answered,
    `result()` waits for its briefing (or None), `cancel()` ends it.

    The child is given the decoded source, or (started before we read it) the file's path.
    Where it is safe (Linux, no thread running yet) the child is a fork of this process: it
    starts with what is imported already, and not with a new Python. Else it is a new
    Python (`python -m briefing_tui.parse_ahead`) given the source through a pipe.
    """

    # A short text's parse, when late, is the reader's own to do at once (see `text_ahead`).
    parse_here_if_late = False

    def __init__(self, source: SourceText | str, fork: bool | None = None, shared: tuple[str, ...] | None = None) -> None:
        """shared: the modules imported before the fork, for both (default SHARED_MODULES)."""
        import threading

        self.output = b""
        self.finished = threading.Event()
        self.forked = can_fork() if fork is None else fork
        if self.forked:
            self.process = None
            self.pid, answer = _fork(source, SHARED_MODULES if shared is None else shared)
        else:
            import pickle
            import subprocess

            self.process = subprocess.Popen(
                [sys.executable, "-m", "briefing_tui.parse_ahead"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            )
            self.pid = self.process.pid
            answer = self.process.stdout.fileno()  # type: ignore[union-attr]
            # Written by a thread: a page larger than the pipe's buffer would block us until
            # the child reads it, and we have Textual to import meanwhile.
            data = pickle.dumps(source, protocol=pickle.HIGHEST_PROTOCOL)
            threading.Thread(target=self._write, args=(data,), daemon=True).start()
        threading.Thread(target=self._collect, args=(answer,), daemon=True).start()

    def _write(self, data: bytes) -> None:
        try:
            assert self.process is not None and self.process.stdin is not None
            self.process.stdin.write(data)
            self.process.stdin.close()
        except OSError:
            pass

    def _collect(self, answer: int) -> None:
        """Read the child's answer to its end; the answer counts from then, without waiting
        for the child to be gone."""
        chunks = []
        try:
            while chunk := os.read(answer, 1 << 20):
                chunks.append(chunk)
        except OSError:
            chunks = []
        self.output = b"".join(chunks)
        self.finished.set()
        if self.forked:
            os.close(answer)
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
        else:
            assert self.process is not None
            self.process.wait()
            self.process.stdout.close()  # type: ignore[union-attr]

    def ready(self, timeout: float = 0.0) -> bool:
        """True when the child has answered (waiting up to `timeout` seconds for it)."""
        return self.finished.wait(timeout)

    def result(self, timeout: float = 60.0) -> Briefing | None:
        if not self.finished.wait(timeout):
            self.cancel()
            return None
        output = self.output
        length = int.from_bytes(output[:_LENGTH_BYTES], "little")
        if len(output) < _LENGTH_BYTES or len(output) != _LENGTH_BYTES + length:
            return None
        import pickle

        try:
            briefing = pickle.loads(output[_LENGTH_BYTES:])
        except Exception:  # noqa: BLE001 (whatever the child wrote, we parse ourselves)
            return None
        from .core.model import Briefing

        return briefing if isinstance(briefing, Briefing) else None

    def cancel(self) -> None:
        """End the child if it has not answered yet (the reader is leaving, or needs no answer)."""
        if self.finished.is_set():
            return
        import signal

        try:
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass


# Imported before the fork of a page's parse, for both processes: our parsers (the reader
# uses them once the page is read: its library keeps it), and what trafilatura imports
# that the reader imports too before its first frame (Textual and asyncio do).
SHARED_MODULES = (
    "briefing_tui.core.parsing", "datetime", "logging", "pathlib", "pickle", "random", "socket", "ssl",
    "tempfile", "urllib.parse",
)


def can_fork() -> bool:
    """True when a fork of this process can parse a page: on Linux, with no thread running
    (a fork copies no thread, and a lock one of them held stays held in the child)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


def _fork(source: SourceText | str, shared: tuple[str, ...]) -> tuple[int, int]:
    """(the child's pid, the end of the pipe its answer comes through)."""
    # What both need is imported here, once for both: the reader needs it for its first
    # frame anyway, and the child would take as long to import it itself. On a busy
    # machine the two share one portion of the processors: work done twice is time lost.
    import importlib

    for name in shared:
        importlib.import_module(name)
    # What exists now is never collected by either: a collection would copy every page
    # it touches into both processes (the copy-on-write a fork otherwise saves).
    import gc

    gc.freeze()
    answer, write_end = os.pipe()
    for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    pid = os.fork()
    if pid == 0:  # the child: never returns into the reader's code
        status = 1
        try:
            os.close(answer)
            gc.enable()  # held in the reader until its first frame; the child parses a page
            # Nothing from the child reaches the reader's terminal (warnings, a failure).
            quiet = os.open(os.devnull, os.O_RDWR)
            for descriptor in (0, 1, 2):
                os.dup2(quiet, descriptor)
            _answer(write_end, source)
            status = 0
        except BaseException:  # noqa: BLE001 (the reader parses it itself)
            pass
        os._exit(status)
    os.close(write_end)
    return pid, answer


def _answer(descriptor: int, source: SourceText | str) -> None:
    """Parse the source (or the file at a path) and write the answer to `descriptor`."""
    import pickle

    from .core.parsing import parse_source

    if isinstance(source, str):
        from .core.reading import read_source

        source = read_source(source)
    data = pickle.dumps(parse_source(source), protocol=pickle.HIGHEST_PROTOCOL)
    with open(descriptor, "wb", closefd=True) as out:
        out.write(len(data).to_bytes(_LENGTH_BYTES, "little"))
        out.write(data)


class ParseHere:
    """A thread parsing one source (or the file at a path); `result()` waits for it (or None)."""

    def __init__(self, source: SourceText | str) -> None:
        import threading

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

    def cancel(self) -> None:
        """Nothing to end: the thread ends with the reader."""


def core_free() -> bool:
    """True when the machine has a processor core with nothing to do (by its load average)."""
    try:
        load = os.getloadavg()[0]
    except OSError:
        return False
    return load < (os.cpu_count() or 1) - 0.5


# A text up to this long (in characters, or bytes of a file) is read whole before the first
# frame (the reader's PREVIEW_CHARACTERS): a fork parses it while the reader loads Textual.
TEXT_AHEAD_LIMIT = 256_000


def text_ahead(source: SourceText | str) -> ParseAhead | None:
    """A fork parsing a short text (or the file at a path) while the reader imports
    Textual, with nothing imported for it first: the reader then needs none of the parsers
    before its first frame. None where no fork can be taken: the reader parses it itself
    (a new Python would take longer to start than the parse, a thread shares one core).

    If the answer is late for the first frame, the reader parses the text itself rather
    than wait (parse_here_if_late): the child only ever saves it time.
    """
    if not can_fork():
        return None
    try:
        ahead = ParseAhead(source, fork=True, shared=())
    except OSError:
        return None
    ahead.parse_here_if_late = True
    return ahead


def _looks_like_page(source: SourceText) -> bool:
    """True when the source says it is a page or an e-mail by its type, name or first bytes."""
    return (
        source.media_type in ("text/html", "application/xhtml+xml", "message/rfc822")
        or ("://" not in source.name and source.name.lower().endswith(_SUFFIXES))
        or bool(_PAGE_START.match(source.text[:4096].encode("utf-8", "replace")))
        or bool(_MAIL_START.match(source.text[:4096].encode("utf-8", "replace")))
    )


def start(source: SourceText, only_when_free: bool = True) -> ParseAhead | ParseHere | None:
    """A child parsing `source` when it is a page or an e-mail (a thread when no core is
    free and only_when_free), or a short text (`text_ahead`); else None."""
    if len(source.text) <= TEXT_AHEAD_LIMIT and not _looks_like_page(source):
        return text_ahead(source)
    from .core.parsing import reads_whole

    if not reads_whole(source.text, source.name, source.media_type):
        return None
    if only_when_free and not can_fork() and not core_free():
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
    (a thread when no core is free and only_when_free), or is a short text (`text_ahead`).

    Started before the file is read here, it gets a head start on trafilatura's import.
    A wrong guess only costs the child's work: it parses the file as we would.
    """
    import stat

    try:
        # Only a regular file is peeked at: reading a pipe's head here would take those
        # bytes from the reader, and opening a FIFO waits for its writer.
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            return None
        with open(path, "rb") as file:
            head = file.read(4096)
    except OSError:
        return None
    if not (path.lower().endswith(_SUFFIXES) or _PAGE_START.match(head) or _MAIL_START.match(head)):
        # A short text: no character takes less than a byte.
        return text_ahead(path) if 0 < status.st_size <= TEXT_AHEAD_LIMIT else None
    if only_when_free and not can_fork() and not core_free():
        return ParseHere(path)
    try:
        return ParseAhead(path)
    except OSError:
        return None


def _child() -> int:
    import pickle

    source = pickle.load(sys.stdin.buffer)
    sys.stdout.flush()
    _answer(os.dup(sys.stdout.fileno()), source)
    # Gone at once: the reader has its answer, and tearing the interpreter down is work.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(_child())
