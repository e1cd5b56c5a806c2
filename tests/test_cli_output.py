"""What the command line writes: never a byte that steers the terminal, never a traceback.

Issue 8, items 5 and 7: `briefing search Q a.txt $'x\\e]52;c;…\\a.txt' | cat` wrote the
clipboard escape taken from a file name; a closed (`>&-`) or full (`/dev/full`) standard
output gave a traceback. Real files with hostile names, real subprocesses, a real pty.
"""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "seeds" / "us_japan_security_agreement.txt"
BRIEFING = [sys.executable, "-m", "briefing_tui"]

# What a terminal acts on, in output read as UTF-8: C0 controls but newline and tab, DEL,
# C1 controls, bidi overrides and isolates, and bytes that are not UTF-8 at all (a raw
# 0x9B is CSI to an 8-bit terminal; surrogateescape shows them as U+DC80-U+DCFF).
STEERING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\udc80-\udcff]")


HOSTILE_NAMES = [
    "x\x1b]52;c;SGVsbG8=\x07.txt",  # OSC 52: writes the clipboard
    "y\x1b]0;pwned\x07.txt",  # OSC 0: sets the window title
    "z\x1b[2J\x1b[31m.txt",  # CSI: clears the screen
    "w\u202etxt.exe",  # bidi override
    "v\x9b2J.txt",  # 8-bit CSI as a character
]


def steering(data: bytes) -> list[str]:
    return STEERING.findall(data.decode("utf-8", "surrogateescape").replace("\t", " "))


@pytest.fixture
def named(tmp_path):
    """The same small briefing under a plain name and under each hostile name."""
    text = "Quarterly Results\n\nQuarterly results are in, and Acme beat them.\n"
    paths = [tmp_path / "a.txt"]
    for name in HOSTILE_NAMES:
        paths.append(tmp_path / name)
    undecodable = os.path.join(os.fsencode(tmp_path), b"u\x9b2J.txt")  # not UTF-8 at all
    for path in paths:
        path.write_text(text, encoding="utf-8")
    with open(undecodable, "wb") as file:
        file.write(text.encode("utf-8"))
    return [str(path) for path in paths] + [os.fsdecode(undecodable)]


def test_search_in_a_pipe_escapes_file_names(named):
    result = subprocess.run([*BRIEFING, "search", "quarterly", *named], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert steering(result.stdout) == [] and steering(result.stderr) == []
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(named)  # one line a hit, names never break a line
    assert any("x\\x1b]52;c;SGVsbG8=\\x07.txt" in line for line in lines), lines


def test_search_json_keeps_the_names_as_data_and_escaped(named):
    result = subprocess.run([*BRIEFING, "search", "quarterly", *named, "--json"], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert steering(result.stdout) == []
    paths = {hit["path"] for hit in json.loads(result.stdout)}
    assert paths == set(named)  # parsed back, every name is exactly the one given


def test_search_on_a_terminal_escapes_file_names(named):
    main, child = os.openpty()
    environment = dict(os.environ, COLUMNS="300", LINES="50", TERM="xterm-256color")
    environment.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [*BRIEFING, "search", "quarterly", *named], stdin=subprocess.DEVNULL, stdout=child, stderr=child, env=environment,
    )
    os.close(child)
    chunks = []
    while select.select([main], [], [], 30)[0]:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=30)
    os.close(main)
    output = b"".join(chunks)
    assert process.returncode == 0, output
    # Rich's colours (SGR) are ours; nothing else may steer the terminal.
    without_colours = re.sub(rb"\x1b\[[0-9;]*m", b"", output).replace(b"\r\n", b"\n")
    assert steering(without_colours) == [], without_colours[:400]
    assert b"SGVsbG8=" in without_colours


def test_export_json_escapes_what_a_terminal_would_act_on(tmp_path):
    """Text is cleaned, but a name from outside (an undecodable file name) reaches the JSON
    only as a \\u escape, never as a raw byte."""
    from briefing_tui.core.export import terminal_safe_json

    value = {"path": "u\udc9b2J\u202e\x7f\x1b.txt", "text": "日本 café"}
    out = terminal_safe_json(value)
    assert steering(out.encode("utf-8", "surrogateescape")) == []
    assert json.loads(out) == value
    assert "日本 café" in out  # non-ASCII text stays readable


# ---------------------------------------------------------------------- failing stdout

COMMANDS = [
    ("export", str(SEED)),
    ("export", str(SEED), "--format", "markdown"),
    ("search", "japan", str(SEED)),
    ("search", "japan", str(SEED), "--json"),
    ("--help",),
    ("--version",),
    ("export", "--help"),
    ("search", "--help"),
]


def assert_one_clean_line(result: subprocess.CompletedProcess, *words: str) -> None:
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, (result.returncode, stderr)
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert len(stderr.splitlines()) == 1, stderr
    for word in words:
        assert word in stderr, stderr


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_closed_stdout_is_one_line(args):
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *BRIEFING, *args], stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60,
    )
    assert_one_clean_line(result, "standard output")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_full_stdout_is_one_line(args):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([*BRIEFING, *args], stdin=subprocess.DEVNULL, stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert_one_clean_line(result, "standard output", "No space left")


def test_a_reader_that_goes_away_is_not_an_error():
    """`briefing export | head -c 10`: the pipe closes early; exit 0, nothing on stderr."""
    process = subprocess.Popen([*BRIEFING, "export", str(SEED)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert stderr == b""
