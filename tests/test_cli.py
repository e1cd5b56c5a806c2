"""The command line: export formats, bad input (one line, exit 2), --version and --help."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui import __version__

SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seed.json"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing_tui", *args], input=stdin, capture_output=True, timeout=60
    )


def test_export_json_of_bundled_briefing_reads_as_the_gold():
    result = run("export")
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    assert doc["title"] == "The U.S. and Japan will sign a new security agreement next month."
    assert "Zachary Folk" in doc["byline"]
    assert doc["format"] == "forbes"
    assert [s["label"] for s in doc["sections"]] == ["Topline", "Key Facts", "Background", "Contra", "Threats"]
    assert "licensed" not in doc["sections"][-1]["text"]
    assert isinstance(doc["entities"], list)


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared gold not beside the repository")
def test_export_matches_shared_gold_sections():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    doc = json.loads(run("export", "--format", "json").stdout)
    got = [(s["label"], s["heading"], s["kind"]) for s in doc["sections"]]
    assert got == [(s["label"], s["heading"], s["kind"]) for s in gold["sections"]]
    assert doc["title"] == gold["title"]
    assert gold["byline_contains"] in doc["byline"]


def test_export_markdown_and_text():
    markdown = run("export", "--format", "markdown").stdout.decode()
    assert markdown.startswith("# The U.S. and Japan")
    assert "\n## Key Background\n" in markdown
    text = run("export", "--format", "text").stdout.decode()
    assert "Key Facts\n\nPresident Joe Biden" in text


def test_export_reads_standard_input():
    result = run("export", "-", stdin=b"Title line here\nTopline\nSomething happened today.\n")
    doc = json.loads(result.stdout)
    assert doc["sections"][0]["label"] == "Topline"


def test_version_and_help():
    assert run("--version").stdout.decode().strip() == f"briefing {__version__}"
    help_text = run("--help").stdout.decode()
    assert "briefing export" in help_text and "briefing search" in help_text


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: tmp, "is a folder"),
        (lambda tmp: _write(tmp / "empty.txt", b""), "empty"),
        (lambda tmp: _write(tmp / "blank.txt", b"  \n\n \t\n"), "white space"),
        (lambda tmp: _write(tmp / "image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), "binary"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(tmp_path, make, message):
    path = make(tmp_path)
    result = run("export", str(path))
    assert result.returncode == 2
    assert result.stdout == b""
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in lines[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    path = _write(tmp_path / "secret.txt", b"Title\nTopline\nText.\n")
    path.chmod(0)
    result = run("export", str(path))
    assert result.returncode == 2 and b"permission denied" in result.stderr


def test_cp1252_file_is_read_not_refused(tmp_path):
    path = _write(tmp_path / "legacy.txt", "Caf\u00e9 prices rise\nTopline\n\u201cPrices\u201d rose 5%.\n".encode("cp1252"))
    result = run("export", str(path))
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "Caf\u00e9 prices rise"


def test_bad_format_option_is_one_line():
    result = run("export", "--format", "xml")
    assert result.returncode == 2 and len(result.stderr.decode().strip().splitlines()) == 1


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_search_exit_status_is_that_of_grep():
    """0 when something matched, 1 when nothing did (plain and --json), 2 on bad input."""
    assert run("search", "kishida").returncode == 0
    nothing = run("search", "zzqxv wqpfj")
    assert nothing.returncode == 1
    assert nothing.stdout == b"" and b"no matches" in nothing.stderr
    as_json = run("search", "zzqxv wqpfj", "--json")
    assert as_json.returncode == 1 and json.loads(as_json.stdout) == []
    assert run("search", "kishida", "/nonexistent/briefing.txt").returncode == 2


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_briefing_typed_at_the_keyboard_ends_at_one_ctrl_d():
    """`briefing export -` on a terminal reads what is typed, as cat does: one ctrl+d at the
    start of a line ends it (a buffered read waited for a second one)."""
    import select
    import time

    main, child = os.openpty()
    process = subprocess.Popen([sys.executable, "-m", "briefing_tui", "export", "-"], stdin=child,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    os.close(child)
    try:
        time.sleep(1.0)
        os.write(main, b"Storm hits Oslo\n\nAnna Lindqvist said the storm hit Oslo on Monday.\n")
        time.sleep(0.3)
        os.write(main, b"\x04")  # ctrl+d, once
        deadline = time.monotonic() + 30
        while process.poll() is None and time.monotonic() < deadline:
            if select.select([main], [], [], 0.1)[0]:
                try:
                    os.read(main, 4096)  # the terminal's echo
                except OSError:  # the child has let go of the terminal: it is ending
                    time.sleep(0.1)
        assert process.poll() is not None, "still waiting after one ctrl+d"
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        os.close(main)
    assert process.returncode == 0, err
    assert "Anna Lindqvist said the storm hit Oslo" in json.loads(out)["sections"][0]["text"]
    assert b"end it with ctrl+d" in err  # what the blank terminal was waiting for


_READER_WORDS = ["story.txt", "a b.txt", "-", "--", "--no-keep", "--watch", "--no", "--wat", "-h", "x=y", "", "-1", "é.txt"]


@given(st.lists(st.sampled_from(_READER_WORDS), min_size=1, max_size=4))
@settings(max_examples=300, deadline=None)
def test_the_reader_arguments_read_without_argparse_are_read_as_argparse_reads_them(argv):
    """`briefing PATH [--no-keep] [--watch]` skips argparse (its import and the parser
    cost a few ms before the first frame): what it reads must be what argparse would."""
    from briefing_tui.cli import _plain_arguments, _reader_parser

    plain = _plain_arguments(argv)
    if plain is None:
        return  # argparse decides
    parsed = _reader_parser().parse_args(argv)
    assert (plain.path, plain.no_keep, plain.watch) == (parsed.path, parsed.no_keep, parsed.watch)


def test_a_path_with_the_reader_flags_is_read_without_argparse():
    from briefing_tui.cli import _plain_arguments

    plain = _plain_arguments(["--watch", "story.txt", "--no-keep"])
    assert (plain.path, plain.no_keep, plain.watch) == ("story.txt", True, True)
    assert _plain_arguments(["story.txt", "other.txt"]) is None
    assert _plain_arguments(["--no", "story.txt"]) is None  # an abbreviation: argparse's to read
