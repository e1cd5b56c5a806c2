"""The reader's terminal: checked before the reader starts, given back on any way out.

- Without a terminal the reader refuses in one line (`export` and `search` are for pipes).
- SIGTERM, SIGHUP and SIGINT end the reader as `q` does: the screen, mouse and cursor are
  restored; if the reader cannot finish within a moment, they are restored here and the
  process ends anyway. A terminal that closes without a SIGHUP ends it the same way.
- Work in threads never holds up the exit: worker threads are daemon threads.
- A failure shows one line and where the full report was written, not a traceback.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import io
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .core.reading import BriefingError, printable_name

if TYPE_CHECKING:
    from textual.app import App

# How long the reader has to close by itself after a signal before it is ended here.
SIGNAL_GRACE_SECONDS = 2.0

# What the reader switches on and must switch off: the alternate screen, mouse reporting
# (all modes Textual uses), bracketed paste, focus events; then the cursor is shown.
RESTORE_SEQUENCE = (
    "\x1b[?1049l"
    "\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1015l\x1b[?1016l"
    "\x1b[?2004l\x1b[?1004l"
    "\x1b[?25h"
)

NEEDS_TERMINAL = (
    "the reader needs a terminal ({what}); for pipes use `briefing export` or `briefing search`"
)


class TerminalError(BriefingError):
    """The reader cannot run here (no terminal): one line for the user, exit status 2."""


def require_screen() -> None:
    """Raise TerminalError unless standard output is a terminal (checked before reading)."""
    if not _is_terminal(sys.stdout):
        what = "standard output is closed" if sys.stdout is None else "standard output is not one"
        raise TerminalError(NEEDS_TERMINAL.format(what=what))


def require_keyboard(standard_input_read: bool) -> None:
    """Raise TerminalError unless keys can be read.

    When standard input is not a terminal (the briefing came through it, or /dev/null),
    keys are read from the controlling terminal instead, if there is one.
    """
    if standard_input_read or not _is_terminal(sys.stdin):
        if not reattach_keyboard():
            raise TerminalError(NEEDS_TERMINAL.format(what="standard input is not one, and no terminal to read keys from"))


def _is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # closed
        return False


def reattach_keyboard() -> bool:
    """Read keys from the controlling terminal (after a briefing came through a pipe)."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    try:
        os.dup2(tty, 0)
    except OSError:
        return False
    finally:
        os.close(tty)
    sys.stdin = open(0, closefd=False)
    return True


class DaemonExecutor(concurrent.futures.ThreadPoolExecutor):
    """Runs each call in its own daemon thread: nothing waits for it at exit.

    Textual's thread workers run in the event loop's default executor, whose threads the
    interpreter joins at exit: a worker busy with a long briefing kept the shell waiting
    after `q`, for minutes. With this as the default executor, quitting is immediate.
    (A ThreadPoolExecutor by type only, as asyncio asks: it never starts the pool.)
    """

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as error:  # handed to whoever awaits the future
                future.set_exception(error)
            else:
                future.set_result(result)

        threading.Thread(target=run, name="briefing-worker", daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Nothing to wait for: daemon threads end with the process."""


class _LazyLog(io.TextIOBase):
    """A text file created on the first write only: runs that do not fail leave nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.path: Path | None = None
        self._file: IO[str] | None = None

    def write(self, text: str) -> int:
        if self._file is None:
            self._file, self.path = create_log_file()
        written = self._file.write(text)
        self._file.flush()
        return written

    def isatty(self) -> bool:
        return False

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def log_folder() -> Path:
    """Where failure reports go: the user's state folder ($XDG_STATE_HOME/briefing)."""
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "briefing"


def create_log_file() -> tuple[IO[str], Path]:
    """A new report file, created exclusively, readable by the user alone.

    In the state folder, or the temporary folder if that cannot be made.
    """
    for folder in (log_folder(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            # mkstemp opens with O_CREAT | O_EXCL, mode 0600: never an existing file or link.
            handle, name = tempfile.mkstemp(prefix="briefing-failure-", suffix=".log", dir=folder)
        except OSError:
            continue
        return os.fdopen(handle, "w", encoding="utf-8", errors="replace"), Path(name)
    return open(os.devnull, "w", encoding="utf-8"), Path(os.devnull)


def _failure_line(app: App, log: _LazyLog) -> str:
    error = getattr(app, "_exception", None)  # Textual keeps the first unhandled exception
    what = f"{type(error).__name__}: {error}" if error is not None else "an internal error"
    what = " ".join(what.split())
    if len(what) > 160:
        what = what[:159] + "…"
    where = f"; the full report is in {log.path}" if log.path is not None else ""
    return f"briefing: the reader failed ({printable_name(what)}){where}"


class _SignalExit:
    """On a signal: ask the app to exit; if it has not within the grace time, end here."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.received: int | None = None
        self.terminal_state: list | None = None
        try:
            import termios

            self.terminal_state = termios.tcgetattr(sys.stdin.fileno())
        except Exception:  # no termios, no terminal on stdin (termios.error): nothing to restore
            pass

    def __call__(self, number: int, loop: asyncio.AbstractEventLoop) -> None:
        if self.received is not None:  # a second signal: no more waiting
            self.force_exit()
        self.received = number
        timer = threading.Timer(SIGNAL_GRACE_SECONDS, self.force_exit)
        timer.daemon = True
        timer.start()
        try:
            loop.call_soon_threadsafe(self.app.exit, None, 128 + number)
        except RuntimeError:
            pass  # the loop has closed: the timer ends the process

    def force_exit(self) -> None:
        """Restore the terminal by hand and end the process now."""
        try:
            self.restore_terminal()
        finally:  # whatever the terminal says, the process ends
            os._exit(128 + (self.received or signal.SIGTERM))

    def restore_terminal(self) -> None:
        try:
            fd = sys.__stdout__.fileno() if sys.__stdout__ is not None else 1
            os.write(fd, RESTORE_SEQUENCE.encode())
        except (OSError, ValueError):
            pass  # the terminal is gone (SIGHUP): nothing to restore
        if self.terminal_state is not None:
            try:
                import termios

                termios.tcsetattr(sys.stdin.fileno(), termios.TCSADRAIN, self.terminal_state)
            except (OSError, ValueError, termios.error):
                pass  # a hung-up terminal answers EIO, as termios.error


HANDLED_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class _SignalWatch:
    """Hand the handled signals to `react` from a thread of its own.

    The event loop's own signal handling waits for the loop's thread, which can be stuck on
    a lock for good: once a closed terminal ends Textual's writer thread, a full output
    queue blocks it, and a signal delivered to another thread never wakes it. Here the
    signal number comes through a pipe (`signal.set_wakeup_fd`) that a thread reads, so
    the grace timer starts whatever the loop's thread is doing.
    """

    def __init__(self, react: Callable[[int], None]) -> None:
        self.react = react
        self.earlier: dict[int, Any] = {}
        self.earlier_wakeup = -1
        self.pipe: tuple[int, int] | None = None

    def __enter__(self) -> "_SignalWatch":
        try:
            read_end, write_end = os.pipe()
            os.set_blocking(write_end, False)
            self.earlier_wakeup = signal.set_wakeup_fd(write_end)
        except (OSError, ValueError):  # not the main thread, or no pipes: signals as before
            return self
        self.pipe = (read_end, write_end)
        for number in HANDLED_SIGNALS:
            # The handler itself does nothing: the byte in the pipe is the message.
            self.earlier[number] = signal.signal(number, lambda *_: None)
        threading.Thread(target=self._watch, args=(read_end,), daemon=True, name="signals").start()
        return self

    def _watch(self, read_end: int) -> None:
        try:
            while received := os.read(read_end, 64):
                for number in received:
                    if number in HANDLED_SIGNALS:
                        self.react(number)
        except OSError:
            pass
        finally:
            os.close(read_end)

    def __exit__(self, *_: object) -> None:
        if self.pipe is None:
            return
        for number, handler in self.earlier.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self.earlier_wakeup)
        os.close(self.pipe[1])  # the watching thread reads the end of the pipe and stops


# Seconds after the reader starts before it watches its terminal for a hang-up.
HANGUP_WATCH_DELAY_S = 1.0


class _HangupWatch:
    """Call `react` when the terminal hangs up, whether or not SIGHUP comes.

    A terminal can close without a SIGHUP reaching the reader (no controlling terminal,
    the signal ignored as under nohup, a multiplexer's client killed): reads then find the
    end of input for ever, and Textual reads on. A thread waits in poll() on the terminal's
    descriptors, asking for no events: it takes no keys, and wakes only on a hang-up
    (POLLHUP), or when the reader ends (a byte in a pipe of its own).
    """

    def __init__(self, react: Callable[[], None], loop: asyncio.AbstractEventLoop) -> None:
        self.react = react
        self.loop = loop
        self.pipe: tuple[int, int] | None = None
        self.start: asyncio.TimerHandle | None = None

    def __enter__(self) -> "_HangupWatch":
        # Started a moment after the reader: a thread started with it put about 40 ms on
        # the time to first content. A terminal that has closed by then is seen as hung up
        # the moment the watch starts.
        # The terminals are named now: once hung up, a terminal no longer says it is one.
        terminals = sorted({fd for fd in (0, 1) if _is_terminal_fd(fd)})
        if terminals:
            self.start = self.loop.call_later(HANGUP_WATCH_DELAY_S, self._begin, terminals)
        return self

    def _begin(self, terminals: list[int]) -> None:
        import select

        if not hasattr(select, "poll"):
            return
        self.pipe = os.pipe()
        poller = select.poll()
        for fd in terminals:
            poller.register(fd, 0)  # no events asked for: POLLHUP is always reported
        poller.register(self.pipe[0], select.POLLIN)
        threading.Thread(target=self._watch, args=(poller, self.pipe[0]), daemon=True, name="hangup").start()

    def _watch(self, poller: Any, stop: int) -> None:
        import select

        try:
            while True:
                events = poller.poll()
                if any(fd == stop for fd, _ in events):
                    return
                if any(mask & select.POLLHUP for _, mask in events):
                    self.react()
                    return
        except OSError:
            return
        finally:
            os.close(stop)

    def __exit__(self, *_: object) -> None:
        if self.start is not None:
            self.start.cancel()
        if self.pipe is not None:
            try:
                os.write(self.pipe[1], b"x")
            except OSError:
                pass  # the watch has ended (a hang-up) and closed its end
            os.close(self.pipe[1])


def _is_terminal_fd(fd: int) -> bool:
    try:
        return os.isatty(fd)
    except OSError:
        return False


def run_reader(app: App, headless: bool = False) -> int:
    """Run the reader app in the terminal (or headless, for tests); its exit status.

    0 when the user quit; 128 + N after signal N; 1 when the app failed, with one line on
    standard error that says where the full report is.
    """
    log = _LazyLog()
    from rich.console import Console

    # Textual prints a failure's traceback to its error console after the screen is
    # restored: it goes to the report file instead.
    app.error_console = Console(file=log, width=120, markup=False, highlight=False, color_system=None)
    on_signal = _SignalExit(app)

    async def run() -> None:
        loop = asyncio.get_running_loop()
        loop.set_default_executor(DaemonExecutor())
        # A terminal that closes is a hang-up, signalled or not.
        hangup = _HangupWatch(lambda: on_signal(signal.SIGHUP, loop), loop) if not headless else nullcontext()
        with _SignalWatch(lambda number: on_signal(number, loop)), hangup:
            await app.run_async(headless=headless)

    try:
        asyncio.run(run())
    finally:
        log.close()
    code = app.return_code or 0
    # A failure is an error the app did not handle (Textual's status 1). A status the app
    # chose (2 when a fetch failed) comes with its own line, printed by the caller.
    failed = getattr(app, "_exception", None) is not None or code == 1
    if failed and on_signal.received is None:
        print(_failure_line(app, log), file=sys.stderr)
    return code
