"""Follow a file that is still being written (`briefing --watch FILE`), with watchfiles.

No Textual here: the reader runs `FileWatcher.run` in a thread worker and is called back
after each change, once the writes have paused (a debounce).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path


class FileWatcher:
    """Calls on_change() each time the file at path is written, appended to or replaced."""

    def __init__(self, path: str | Path, on_change: Callable[[], None], debounce_ms: int = 300) -> None:
        self.path = Path(path).absolute()
        self.on_change = on_change
        self.debounce_ms = debounce_ms
        self._stop = threading.Event()

    def run(self) -> None:
        """Block, watching, until stop(); meant for a thread."""
        import watchfiles

        name = self.path.name

        def ours(_change, changed: str) -> bool:
            return Path(changed).name == name

        # The folder is watched, not the file: an editor that saves by writing a new file
        # and renaming it over the old one replaces the file a watch on it would follow.
        for _ in watchfiles.watch(
            self.path.parent,
            watch_filter=ours,
            debounce=self.debounce_ms,
            step=50,
            stop_event=self._stop,
            recursive=False,
            raise_interrupt=False,
        ):
            if self._stop.is_set():
                break
            self.on_change()

    def stop(self) -> None:
        self._stop.set()
