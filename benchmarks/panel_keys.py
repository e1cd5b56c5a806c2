"""Keys while the entity panel fills: the reader in a real terminal (a pty) on a long briefing.

    python benchmarks/panel_keys.py FILE     # each key's answer time, the panel's stages

The reader runs as the user runs it (`briefing FILE`, 120×40). Once the panel says it is
finding names ("Finding names… 1 of N sections"), keys go in as a person types them, one
every 150 ms after the last one was answered: j/k in the entity list, then, in the text,
j/k, space/b, ] and [ and a section number (tab between panes). A key's answer time runs from writing its byte
to the first byte of the next frame the reader draws. A frame that carries a new stage of
the panel may be that stage alone: then the key's answer is the next frame, if one comes
within half a second (the figure errs on the slow side, never on the fast).
"""

from __future__ import annotations

import codecs
import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

SYNC_END = "\x1b[?2026l"  # Textual ends every frame with it (a synchronised update)
SYNC_QUERY = "\x1b[?2026$p"  # asked at the start: does the terminal draw frames whole?
SYNC_ANSWER = b"\x1b[?2026;2$y"  # it does
ESCAPES = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
PROGRESS = re.compile(r"Finding names… (\d+) of (\d+)")
DONE = "Enter follows an entity"  # the panel's note once every name is found

# (bytes written, what the key is): first in the entity list, then in the text.
LIST_KEYS = [(b"j", "j in the list"), (b"j", "j in the list"), (b"k", "k in the list")]
TEXT_KEYS = [
    (b"j", "j"), (b"j", "j"), (b"k", "k"), (b" ", "space"), (b"b", "b"), (b"]", "]"), (b"]", "]"),
    (b"[", "["), (b"\x1b[6~", "pgdn"), (b"\x1b[5~", "pgup"), (b"3", "3"), (b"j", "j"), (b"]", "]"),
]


@dataclass
class Run:
    """What one run saw: answer times (ms, by key) while the panel worked, and its stages."""

    samples: list[tuple[str, float]] = field(default_factory=list)
    idle: list[tuple[str, float]] = field(default_factory=list)  # the same keys once every name is found
    times: list[float] = field(default_factory=list)  # when each sample's key was pressed (s since start)
    stages: list[tuple[float, int, int]] = field(default_factory=list)  # (s since start, done, total)
    first_stage_s: float | None = None  # from the start to the first stage on screen
    filled_s: float | None = None  # from the start to every name on screen


class Terminal:
    """A child process on a pseudo-terminal, its output read frame by frame."""

    def __init__(self, command: list[str], env: dict[str, str], rows: int = 40, columns: int = 120) -> None:
        main, child = pty.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.process = subprocess.Popen(
            command, stdin=child, stdout=child, stderr=child, start_new_session=True, env=env
        )
        os.close(child)
        self.main = main
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.pending = ""  # output not yet ended by SYNC_END

    def frame(self, timeout: float) -> tuple[float, str] | None:
        """The next whole frame: (arrival of its first byte, its text without escapes)."""
        deadline = time.perf_counter() + timeout
        first: float | None = None
        while SYNC_END not in self.pending:
            left = deadline - time.perf_counter() if first is None else 5.0
            if left <= 0 or not select.select([self.main], [], [], left)[0]:
                return None
            arrived = time.perf_counter()
            try:
                data = os.read(self.main, 1 << 20)
            except OSError:
                return None
            if first is None:
                first = arrived
            text = self.decoder.decode(data)
            if SYNC_QUERY in text:  # answered as a terminal that draws whole frames
                os.write(self.main, SYNC_ANSWER)
                text = text.replace(SYNC_QUERY, "")
                first = None
            self.pending += text
        raw, _, self.pending = self.pending.partition(SYNC_END)
        return (first if first is not None else time.perf_counter()), ESCAPES.sub("", raw)

    def write(self, data: bytes) -> float:
        now = time.perf_counter()
        os.write(self.main, data)
        return now

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.main)


def watch_keys(path: Path, briefing_command: str | None = None, timeout: float = 900.0) -> Run:
    """Run the reader on `path`, open the panel, and time keys until every name is found."""
    command = briefing_command or str(Path(sys.executable).with_name("briefing"))
    run = Run()
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ, TERM="xterm-256color", HOME=home, XDG_CONFIG_HOME=f"{home}/config",
            XDG_DATA_HOME=f"{home}/data", BRIEFING_LIBRARY=f"{home}/library.sqlite3",
        )
        terminal = Terminal([command, "--no-keep", str(path)], env)
        try:
            _drive(terminal, run, timeout)
        finally:
            terminal.close()
    return run


def _drive(terminal: Terminal, run: Run, timeout: float) -> None:
    start = time.perf_counter()

    def frames_until(wanted, seconds: float) -> str:
        """Frames until one satisfies `wanted(text)`; that frame's text."""
        deadline = time.perf_counter() + seconds
        while True:
            got = terminal.frame(max(0.0, deadline - time.perf_counter()))
            if got is None:
                raise SystemExit(f"the reader never showed what was waited for ({seconds:.0f} s)")
            note(got)
            if wanted(got[1]):
                return got[1]

    last_stage = [0]

    def note(got: tuple[float, str]) -> bool:
        """Record a frame's stage of the panel; True when it shows a new one."""
        at, text = got
        new = False
        for match in PROGRESS.finditer(text):
            done, total = int(match.group(1)), int(match.group(2))
            if done != last_stage[0]:
                last_stage[0] = done
                run.stages.append((at - start, done, total))
                new = True
        if DONE in text and run.filled_s is None:
            run.filled_s = at - start
        return new

    # The first frame, then the panel opened: it fills once the whole text is read.
    frames_until(lambda text: "/" in text, 120)
    terminal.write(b"e")
    # The first stage: a section read ("0 of N" is the count before any is).
    frames_until(lambda text: any(int(m.group(1)) for m in PROGRESS.finditer(text)) or DONE in text, timeout)
    if run.stages:
        run.first_stage_s = run.stages[0][0]
    def press(data: bytes, name: str) -> float:
        """Write a key once the reader is quiet; ms until the first byte of its answer."""
        while (got := terminal.frame(0.1)) is not None:  # the last answer's frames (scrolling)
            note(got)
        time.sleep(0.05)
        sent = terminal.write(data)
        got = terminal.frame(10.0)
        if got is None:
            raise SystemExit(f"no answer to {name!r} within 10 s")
        answered = got[0]
        if note(got):  # a new stage: the key's answer may be the frame after it
            later = terminal.frame(0.5)
            if later is not None:
                note(later)
                answered = later[0]
        return (answered - sent) * 1000

    # tab leads from the list to the outline, and from there to the text.
    keys = LIST_KEYS + [(b"\t", "tab"), (b"j", "j in the outline"), (b"\t", "tab")] + TEXT_KEYS * 1000
    for data, name in keys:
        if run.filled_s is not None:
            break
        milliseconds = press(data, name)
        if run.filled_s is None:  # else the key may have come after the work ended
            run.samples.append((name, milliseconds))
            run.times.append(time.perf_counter() - start)
        if time.perf_counter() - start > timeout:
            raise SystemExit("the panel did not fill in time")
    if run.filled_s is None:
        frames_until(lambda text: DONE in text, timeout)
    # The same keys with the work done (the search index, built next, too: the status
    # line counts its progress until then): what the machine gives when nothing else runs.
    while (got := terminal.frame(1.0)) is not None:
        note(got)
    for data, name in TEXT_KEYS * 4:
        run.idle.append((name, press(data, name)))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> None:
    run = watch_keys(Path(sys.argv[1]))
    for at, done, total in run.stages:
        print(f"{at:7.2f} s  stage {done}/{total}")
    times = [ms for _, ms in run.samples]
    for name in sorted({name for name, _ in run.samples}):
        mine = [ms for key, ms in run.samples if key == name]
        print(f"{name:15} n={len(mine):3}  p50 {percentile(mine, 0.5):6.1f} ms  max {max(mine):6.1f} ms")
    if times:
        print(f"all keys n={len(times)}  p50 {percentile(times, 0.5):.1f} ms  p95 {percentile(times, 0.95):.1f} ms"
              f"  max {max(times):.1f} ms")
    slowest = sorted(zip(run.times, run.samples), key=lambda item: -item[1][1])[:10]
    print("slowest:", ", ".join(f"{name} {ms:.0f} ms at {at:.1f} s" for at, (name, ms) in slowest))
    idle = [ms for _, ms in run.idle]
    print(f"idle keys n={len(idle)}  p50 {percentile(idle, 0.5):.1f} ms  p95 {percentile(idle, 0.95):.1f} ms")
    print(f"first stage {run.first_stage_s} s after the start; every name {run.filled_s} s")


if __name__ == "__main__":
    main()
