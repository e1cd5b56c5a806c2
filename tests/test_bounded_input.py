"""Bounded input: endless and huge input is refused fast, in one line, within bounded memory.

Issue 8, item 1: `briefing export /dev/zero` grew to 6.1 GB in 20 s, endless standard input
did the same, and a sparse 1 GB file was read whole before being refused. Every test here
runs the real `briefing` command on real devices, pipes and files; the memory a run took
is the child's peak resident size (getrusage), measured by a fresh parent process so that
no other test's children count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing_tui.core.reading import BriefingError, describe_size, max_bytes, read_file, read_source

MB = 1024 * 1024

# Runs the command given as JSON on argv[1], standard input from argv[2] ("yes" = an endless
# stream of text lines, a path = that file), and prints its status, stderr and peak memory.
MEASURE = r"""
import json, resource, subprocess, sys
args, stdin = json.loads(sys.argv[1]), sys.argv[2]
feeder = None
if stdin == "yes":
    feeder = subprocess.Popen(["yes", "Markets rallied on Tuesday as the Fed held rates."], stdout=subprocess.PIPE)
    source = feeder.stdout
else:
    source = open(stdin, "rb")
result = subprocess.run(args, stdin=source, capture_output=True, timeout=60)
if feeder is not None:
    feeder.kill()
    feeder.wait()
print(json.dumps({
    "status": result.returncode,
    "stdout": len(result.stdout),
    "stderr": result.stderr.decode("utf-8", "replace"),
    "peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
}))
"""


def measured(*args: str, stdin: str = "/dev/null", env: dict[str, str] | None = None) -> dict:
    """Run `briefing ARGS` and return its status, stderr and peak memory in bytes."""
    command = [sys.executable, "-m", "briefing_tui", *args]
    environment = {**os.environ, **(env or {})}
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, json.dumps(command), stdin],
        capture_output=True, timeout=90, env=environment, check=True,
    )
    return json.loads(out.stdout)


def assert_one_line_refusal(result: dict, *words: str) -> None:
    assert result["status"] == 2, result
    assert result["stdout"] == 0
    lines = result["stderr"].splitlines()
    assert len(lines) == 1 and "Traceback" not in result["stderr"], result["stderr"]
    for word in words:
        assert word in lines[0], (word, lines[0])


# Peak memory of a run that reads nothing much: the interpreter and our imports.
SMALL = 120 * MB


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("command", [("export",), ("search", "japan"), ()])
def test_a_device_given_as_a_path_is_refused_at_once(device, command):
    result = measured(*command, device)
    assert_one_line_refusal(result, device, "device")
    assert result["peak"] < SMALL, describe_size(result["peak"])


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_as_standard_input_is_refused_after_one_block(device):
    result = measured("export", "-", stdin=device)
    assert_one_line_refusal(result, "standard input", "binary")
    assert result["peak"] < SMALL, describe_size(result["peak"])


def test_endless_text_on_standard_input_stops_at_the_cap():
    cap = 48 * MB
    result = measured("export", "-", stdin="yes", env={"BRIEFING_MAX_BYTES": str(cap)})
    assert_one_line_refusal(result, "standard input", "48 MB", "BRIEFING_MAX_BYTES")
    # The stream is held once, plus a block: never a growing heap.
    assert result["peak"] < SMALL + 2 * cap, describe_size(result["peak"])


def test_a_sparse_gigabyte_is_refused_by_its_size_without_reading_it(tmp_path):
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as file:
        file.truncate(1024 * MB)
    result = measured("export", str(path))
    assert_one_line_refusal(result, str(path), "1 GB", "256 MB")
    assert result["peak"] < SMALL, describe_size(result["peak"])


def test_a_sparse_file_under_the_cap_is_refused_as_binary_after_one_block(tmp_path):
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as file:
        file.truncate(200 * MB)
    result = measured("export", str(path))
    assert_one_line_refusal(result, str(path), "binary")
    assert result["peak"] < SMALL, describe_size(result["peak"])


def test_an_endless_named_pipe_stops_at_the_cap(tmp_path):
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    stop = threading.Event()

    def write_forever() -> None:
        try:
            with open(fifo, "wb") as pipe:
                while not stop.is_set():
                    pipe.write(b"The U.S. and Japan will sign a new security agreement.\n" * 1000)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=write_forever, daemon=True)
    writer.start()
    try:
        result = measured("export", str(fifo), env={"BRIEFING_MAX_BYTES": "4M"})
    finally:
        stop.set()
    writer.join(timeout=10)
    assert_one_line_refusal(result, str(fifo), "4 MB")


def test_the_cap_is_set_by_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "briefing.txt"
    path.write_text("Title\n\n" + "The agreement was signed. " * 100, encoding="utf-8")
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "1K")
    assert max_bytes() == 1024
    with pytest.raises(BriefingError, match=r"is 2\.5 KB, more than the 1 KB limit"):
        read_source(path)
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "4kb")
    assert "agreement" in read_source(path).text
    monkeypatch.delenv("BRIEFING_MAX_BYTES")
    assert max_bytes() == 256 * MB


@pytest.mark.parametrize("value", ["lots", "0", "-5", "12 parsecs"])
def test_a_bad_cap_is_one_line(tmp_path, value):
    path = tmp_path / "briefing.txt"
    path.write_text("Title\n\nText.\n", encoding="utf-8")
    result = measured("export", str(path), env={"BRIEFING_MAX_BYTES": value})
    assert_one_line_refusal(result, "BRIEFING_MAX_BYTES")


# ---------------------------------------------------------------------- files that change


class TruncatedWhileRead:
    """A real file that another program cuts short after the first block has been read."""

    def __init__(self, path: Path, keep: int) -> None:
        self.file = open(path, "rb")
        self.path, self.keep, self.reads = path, keep, 0

    def read(self, size: int = -1) -> bytes:
        self.reads += 1
        if self.reads == 2:
            os.truncate(self.path, self.keep)
        return self.file.read(size)

    def fileno(self) -> int:
        return self.file.fileno()

    def tell(self) -> int:
        return self.file.tell()


def test_a_file_truncated_while_read_is_reported(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Title\n\n" + b"The agreement was signed in Tokyo.\n" * 200_000)
    file = TruncatedWhileRead(path, keep=100_000)
    try:
        with pytest.raises(BriefingError, match="changed while it was read"):
            read_file(file, str(path))
    finally:
        file.file.close()
    assert file.reads >= 2  # the cut happened while reading, not before


def test_a_file_growing_while_read_is_reported_by_the_command(tmp_path):
    """Another program appends to the file all the time `briefing export` reads it."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"Title\n\n" + b"The agreement was signed in Tokyo.\n" * 1_500_000)
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "with open(sys.argv[1], 'ab', buffering=0) as f:\n"
         "    while True:\n"
         "        f.write(b'More news arrives.\\n'); time.sleep(0.0005)\n",
         str(path)],
    )
    try:
        result = measured("export", str(path))
    finally:
        writer.kill()
        writer.wait()
    assert_one_line_refusal(result, str(path), "changed while it was read")


def test_adding_to_the_library_keeps_to_the_cap(tmp_path, monkeypatch, capsys):
    """`briefing add` reads e-mails and feed files within the same cap as everything else."""
    from briefing_tui.cli import main

    mail = tmp_path / "big.eml"
    mail.write_text("Subject: News\nFrom: desk@example.com\n\n" + "The agreement was signed. " * 200, encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>'
                    + "<item><title>T</title><description>Words</description></item>" * 100 + "</channel></rss>", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "2K")
    status = main(["add", str(mail), str(feed)])
    err = capsys.readouterr().err
    assert status == 2, err
    assert f"{mail}: is 5.1 KB, more than the 2 KB limit" in err
    assert f"{feed}: is" in err and "more than the 2 KB limit" in err


def test_a_named_pipe_is_read_whole_by_the_reader(tmp_path):
    """The reader's look-ahead for pages never takes a pipe's first bytes (nothing lost)."""
    from briefing_tui import parse_ahead

    fifo = tmp_path / "news.txt"
    os.mkfifo(fifo)
    text = "Title Of The Briefing\n\n" + "The agreement was signed in Tokyo. " * 50 + "\n"

    def write_once() -> None:
        with open(fifo, "w", encoding="utf-8") as pipe:
            pipe.write(text)

    writer = threading.Thread(target=write_once, daemon=True)
    writer.start()
    read: list = []

    def read_like_the_reader() -> None:
        parse_ahead.start_file(str(fifo), only_when_free=False)
        read.append(read_source(str(fifo)).text)

    reader = threading.Thread(target=read_like_the_reader, daemon=True)
    reader.start()
    reader.join(timeout=15)
    if reader.is_alive():  # the look-ahead drained the pipe: the reader waits for a writer
        with open(fifo, "w"):
            pass
        reader.join(timeout=5)
    assert read == [text]
