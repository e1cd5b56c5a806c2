"""Long work in a thread that leaves the keys answering.

A worker thread and the UI thread share one interpreter lock. Two things make the UI
wait on it: the lock passes between threads only every few milliseconds, and the cyclic
garbage collector, run by whichever thread happens to allocate, walks every object of a
large briefing (its layout, its entities) in one stretch of 100 ms and more. While
`background_work()` is held, the lock changes hands every millisecond and the collector
waits; reference counting still frees nearly all garbage meanwhile. When the last such
work ends, what it made is set aside from the collector (gc.freeze: one step, however
much there is) rather than walked in one long pause, and the collector runs as before on
what comes after. `thaw()` hands it all back once the reader that held it is gone.

At start the collector waits until the first frame is on screen (`hold_collector`,
`release_collector`): everything made by then lives as long as the reader, and walking
it, more than once, while Textual loads put a tenth on the time to the first frame.

The lock shared, a key takes twice as long to answer as with the UI alone. So the app
notes each key (`note_input`), and a worker calls `give_way()` between its pieces of work
(a section): just after a key it waits until the key has had its moment.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

SWITCH_INTERVAL = 0.001  # seconds: how long the UI thread may wait for the lock
KEY_MOMENT = 0.1  # seconds after a key in which workers give way to the UI
LONGEST_WAIT = 0.5  # seconds a worker waits at most in one give_way (keys held down)

_lock = threading.Lock()
_running = 0
_saved: tuple[bool, float] = (True, 0.005)
_last_input = 0.0  # time.monotonic() of the last key or mouse wheel
_held = False  # the collector waits for the first frame (hold_collector)


@contextmanager
def background_work() -> Iterator[None]:
    """Run the block as background work (it may nest and overlap with other such work)."""
    global _running, _saved, _held
    with _lock:
        if _running == 0:
            _saved = (gc.isenabled() or _held, sys.getswitchinterval())
            _held = False  # the work's end lets the collector run again
            gc.disable()
            sys.setswitchinterval(min(SWITCH_INTERVAL, _saved[1]))
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                enabled, interval = _saved
                sys.setswitchinterval(interval)
                if enabled:
                    gc.freeze()
                    gc.enable()


def hold_collector() -> None:
    """The collector waits from now until `release_collector()` (the reader's start)."""
    global _held
    with _lock:
        if _running == 0 and gc.isenabled():
            gc.disable()
            _held = True


def release_collector() -> None:
    """The collector runs again, if `hold_collector` stopped it (the first frame is shown)."""
    global _held
    with _lock:
        if _held:
            _held = False
            gc.enable()


def thaw() -> None:
    """Let the collector see again what background work set aside (a closed reader's
    briefing, its layout and entities), unless some work still runs."""
    with _lock:
        if _running == 0:
            gc.unfreeze()


def working() -> bool:
    """True while some background work runs."""
    return _running > 0


def note_input() -> None:
    """The user pressed a key (or scrolled): background work gives way for a moment."""
    global _last_input
    _last_input = time.monotonic()


def give_way() -> None:
    """In a worker, between pieces of work: wait while a key was pressed a moment ago."""
    start = time.monotonic()
    while True:
        now = time.monotonic()
        left = _last_input + KEY_MOMENT - now
        if left <= 0 or now - start >= LONGEST_WAIT:
            return
        time.sleep(min(left, 0.02))
