"""Reading a page or an e-mail in a child process while the reader loads Textual.

Extracting a page needs trafilatura, whose import costs about as much as Textual's. Done
one after the other they double the wait for the first frame; on two cores a child
process does one while the reader does the other. Anything going wrong in the child just
means the reader parses the text itself.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading

from .core.model import Briefing
from .core.reading import SourceText


class ParseAhead:
    """A child process parsing one source; `result()` waits for its briefing (or None)."""

    def __init__(self, source: SourceText) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefing_tui.parse_ahead"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        data = pickle.dumps(source, protocol=pickle.HIGHEST_PROTOCOL)
        # Written from a thread: a page larger than the pipe's buffer would block us until
        # the child reads it, and we have Textual to import meanwhile.
        self.writer = threading.Thread(target=self._write, args=(data,), daemon=True)
        self.writer.start()

    def _write(self, data: bytes) -> None:
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(data)
            self.process.stdin.close()
        except OSError:
            pass

    def result(self, timeout: float = 60.0) -> Briefing | None:
        self.writer.join(timeout)
        self.process.stdin = None  # closed by the writer: communicate must leave it be
        try:
            output, _ = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            return None
        if self.process.returncode != 0:
            return None
        try:
            briefing = pickle.loads(output)
        except Exception:  # noqa: BLE001 (whatever the child wrote, we parse ourselves)
            return None
        return briefing if isinstance(briefing, Briefing) else None


def start(source: SourceText) -> ParseAhead | None:
    """A child parsing `source` when it is a page or an e-mail; None for other text."""
    from .core.parsing import reads_whole

    if not reads_whole(source.text, source.name, source.media_type):
        return None
    try:
        return ParseAhead(source)
    except OSError:
        return None


def _child() -> int:
    source = pickle.load(sys.stdin.buffer)
    from .core.parsing import parse_source

    briefing = parse_source(source)
    sys.stdout.buffer.write(pickle.dumps(briefing, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    raise SystemExit(_child())
