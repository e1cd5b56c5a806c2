"""The app's one connection to the library: opened when first needed (in a worker, off the
first paint), used by one thread at a time, never fatal.

A library that cannot be used (unwritable folder, damaged file) gives its one line once;
reading goes on without it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import subprocess

    from .library import Library

T = TypeVar("T")


class LibrarySession:
    """Opens the library lazily and runs calls on it one at a time."""

    def __init__(self, opener: Callable[[], Library] | None = None) -> None:
        self._opener = opener
        self._library: Library | None = None
        self._lock = threading.RLock()
        self.problem: str | None = None  # why the library cannot be used, once known
        # Told the problem once, when it arises (from whichever thread made the call).
        self.on_problem: Callable[[str], None] | None = None
        self._child: subprocess.Popen | None = None  # parsing stale briefings again
        self._closed = False

    def use(self, library: Library) -> None:
        """Use a library already opened (the command line opened it to check it)."""
        self._library = library

    def call(self, work: Callable[[Library], T]) -> T | None:
        """work(library) under the session's lock; None when the library cannot be used."""
        from .library import LibraryError  # not before the first frame: the session is made then

        with self._lock:
            if self.problem is not None:
                return None
            try:
                if self._library is None:
                    from .library import open_library

                    self._library = (self._opener or open_library)()
                return work(self._library)
            except KeyError:
                return None  # a briefing deleted meanwhile
            except LibraryError as error:
                self.problem = str(error)
                self._close_library()
                if self.on_problem is not None:
                    self.on_problem(self.problem)
                return None

    def reparse_stale(self, progress: Callable[[int, int], None]) -> int:
        """Parse again the briefings an older parser read (library/reparse.py), in a child
        process; progress(done, total) as it goes. Returns how many were parsed again.

        Call it from a worker thread: it waits for the child. The session's own calls go on
        meanwhile (the child has its own connection; each briefing is a short transaction).
        """
        import subprocess
        import sys

        stale = self.call(lambda library: library.stale())
        path = self.call(lambda library: getattr(library, "path", None))
        if not stale or path is None:
            return 0
        with self._lock:
            if self._closed:
                return 0
            self._child = subprocess.Popen(
                [sys.executable, "-m", f"{__package__}.library.reparse", str(path)],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            )
        child = self._child
        done = 0
        assert child.stdout is not None
        for line in child.stdout:
            parts = line.split()
            if len(parts) == 2 and all(part.isdigit() for part in parts):
                done, total = int(parts[0]), int(parts[1])
                progress(done, total)
        child.wait()
        return done

    def close(self) -> None:
        self._closed = True
        child = self._child
        if child is not None and child.poll() is None:
            child.terminate()  # what it parsed again is kept; the next start goes on
        self._close_library()

    def _close_library(self) -> None:
        with self._lock:
            if self._library is not None:
                try:
                    self._library.close()
                finally:
                    self._library = None
