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
    from .library import Library

T = TypeVar("T")


class LibrarySession:
    """Opens the library lazily and runs calls on it one at a time."""

    def __init__(self, opener: Callable[[], Library] | None = None) -> None:
        self._opener = opener
        self._library: Library | None = None
        self._lock = threading.RLock()
        self.problem: str | None = None  # why the library cannot be used, once known

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
                self.close()
                return None

    def close(self) -> None:
        with self._lock:
            if self._library is not None:
                try:
                    self._library.close()
                finally:
                    self._library = None
