"""Long work in a thread that leaves the keys answering.

A worker thread and the UI thread share one interpreter lock. Two things make the UI
wait on it: the lock passes between threads only every few milliseconds, and the cyclic
garbage collector, run by whichever thread happens to allocate, walks every object of a
large briefing (its layout, its entities) in one stretch of 100 ms and more. While
`background_work()` is held, the lock changes hands every millisecond and the collector
waits; reference counting still frees nearly all garbage meanwhile, and the collector
runs as before once the last such work ends.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SWITCH_INTERVAL = 0.001  # seconds: how long the UI thread may wait for the lock

_lock = threading.Lock()
_running = 0
_saved: tuple[bool, float] = (True, 0.005)


@contextmanager
def background_work() -> Iterator[None]:
    """Run the block as background work (it may nest and overlap with other such work)."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = (gc.isenabled(), sys.getswitchinterval())
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
                    gc.enable()


def working() -> bool:
    """True while some background work runs."""
    return _running > 0
