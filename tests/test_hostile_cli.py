"""Hostile and broken input through the command line (`export` and `search`).

Bad input: one line on standard error naming the file, exit status 2, no traceback and
nothing on standard output. Readable hostile input: exit 0, and nothing that could steer
a terminal (escape sequences, C0/C1 control characters) in any exported or printed string,
while markup-looking text survives literally: text is data, never markup.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"

# C0 controls except newline, DEL, C1 controls. (ESC is U+001B, inside the first range.)
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# Bidirectional overrides and isolates: they make text read other than it is stored.
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")

BAD_FILES = ["empty.txt", "blank.txt", "binary.png"]
READABLE = [
    "markup.txt",
    "escapes.txt",
    "nul_bytes.txt",
    "latin1.txt",
    "utf16.txt",
    "lone_surrogates.txt",
    "one_long_line.txt",
]


def run(*args: str, stdin: bytes | None = b"", env: dict[str, str] | None = None, cwd=None):
    environment = dict(os.environ)
    environment.pop("COLUMNS", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "briefing_tui", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env=environment,
        cwd=cwd,
    )


def strings(value):
    """Every string inside a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def assert_clean(text: str, where: str) -> None:
    found = CONTROL.search(text)
    assert found is None, f"{where}: control character {found.group()!r} at {found.start()}: {text[max(0, found.start() - 40):found.start() + 40]!r}"
    found = BIDI.search(text)
    assert found is None, f"{where}: bidi control {found.group()!r} at {found.start()}"


def assert_refused(result: subprocess.CompletedProcess, name: str) -> None:
    """Exit 2, one line on stderr naming the file, no traceback, nothing on stdout."""
    stderr = result.stderr.decode("utf-8", errors="replace")
    assert result.returncode == 2, (result.returncode, stderr)
    assert result.stdout == b"", result.stdout[:200]
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}: {stderr!r}"
    assert stderr.endswith("\n")
    assert name in lines[0], f"{name!r} not named in {lines[0]!r}"
    assert "\x1b" not in stderr


# ---------------------------------------------------------------------- bad input


@pytest.mark.parametrize("name", BAD_FILES)
def test_export_refuses_bad_file(name):
    path = HOSTILE / name
    assert_refused(run("export", str(path)), str(path))


@pytest.mark.parametrize("fmt", ["json", "markdown", "text"])
@pytest.mark.parametrize("name", BAD_FILES)
def test_export_refuses_bad_file_in_every_format(name, fmt):
    path = HOSTILE / name
    assert_refused(run("export", str(path), "--format", fmt), str(path))


@pytest.mark.parametrize("name", BAD_FILES)
def test_search_refuses_bad_file(name):
    path = HOSTILE / name
    assert_refused(run("search", "japan", str(path)), str(path))
    assert_refused(run("search", "japan", str(path), "--json"), str(path))


@pytest.mark.parametrize("name", BAD_FILES)
def test_search_with_a_good_and_a_bad_file_writes_nothing(name):
    """Every path is read before anything is written: the good file's hits never appear."""
    bad = HOSTILE / name
    result = run("search", "acme", str(HOSTILE / "markup.txt"), str(bad))
    assert_refused(result, str(bad))


def test_directory_is_refused(tmp_path):
    assert_refused(run("export", str(tmp_path)), str(tmp_path))
    assert_refused(run("search", "japan", str(tmp_path)), str(tmp_path))


def test_missing_file_is_refused(tmp_path):
    missing = tmp_path / "no-such-briefing.txt"
    assert_refused(run("export", str(missing)), str(missing))
    assert_refused(run("search", "japan", str(missing)), str(missing))


def test_unreadable_file_is_refused(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("Title\nTopline\nSomething happened today.\n", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running with privileges that read every file (root)")
        assert_refused(run("export", str(locked)), str(locked))
        assert_refused(run("search", "something", str(locked)), str(locked))
    finally:
        locked.chmod(0o644)


def test_empty_standard_input_is_refused():
    for args in (("export", "-"), ("search", "japan", "-")):
        result = run(*args, stdin=b"")
        stderr = result.stderr.decode()
        assert result.returncode == 2, stderr
        assert result.stdout == b""
        assert "Traceback" not in stderr
        assert len(stderr.splitlines()) == 1, stderr
        assert "standard input" in stderr or "-" in stderr
        assert "file" not in stderr  # no file was given: the input is named as such


@pytest.mark.parametrize(
    "label, data",
    [
        ("only-nuls", b"\x00" * 64),
        ("only-escapes", b"\x1b[31m\x1b[0m\x1b]0;title\x07\x1b[2J"),
        ("only-utf8-bom", b"\xef\xbb\xbf"),
        ("only-utf16-bom", b"\xff\xfe"),
        ("bom-and-blanks", b"\xef\xbb\xbf  \n\n\t \n"),
        ("utf16-blanks", "\ufeff \n\t\n".encode("utf-16-le")),
        ("only-controls", bytes(range(1, 9)) * 8),
        ("random-bytes", bytes((i * 131 + 7) % 256 for i in range(4096)) + b"\x00" * 512),
        ("gzip", b"\x1f\x8b\x08\x00" + bytes(range(256))),
        ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + b"\x00\x01\x02" * 100),
    ],
)
def test_generated_bad_input_is_refused(tmp_path, label, data):
    path = tmp_path / f"{label}.txt"
    path.write_bytes(data)
    assert_refused(run("export", str(path)), str(path))
    assert_refused(run("search", "japan", str(path)), str(path))
    stdin = run("export", "-", stdin=data)
    assert stdin.returncode == 2 and stdin.stdout == b"" and b"Traceback" not in stdin.stderr
    assert len(stdin.stderr.decode("utf-8", "replace").splitlines()) == 1


@pytest.mark.parametrize(
    "name",
    [
        "evil\x1b]0;pwned\x07.txt",  # OSC 0: would set the terminal's title
        "evil\x1b[2J\x1b[31mred.txt",  # CSI: clear the screen, turn red
        "evil\x9b31mred.txt",  # 8-bit CSI
        "evil\u202etxt.exe",  # bidi override: reads as "evilexe.txt"
    ],
)
def test_error_line_does_not_carry_escapes_from_the_file_name(tmp_path, name):
    """The message names the file, but never lets the name steer the terminal."""
    missing = tmp_path / name
    result = run("export", str(missing))
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr
    assert len(stderr.splitlines()) == 1, stderr
    assert_clean(stderr.rstrip("\n"), "stderr")


@pytest.mark.parametrize(
    "args",
    [
        ("export", "a.txt", "\x1b]0;pwned\x07"),  # a stray argument (a glob that matched a hostile name)
        ("search", "japan", "--limit", "\x1b[2J"),
        ("export", "--format", "\x1b[2J"),
        ("--\x1b[2J",),
        ("export", "a.txt", "b\nc"),
    ],
)
def test_usage_errors_are_one_clean_line(args):
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr
    assert len(stderr.splitlines()) == 1, f"stderr is not one line: {stderr!r}"
    assert_clean(stderr.rstrip("\n"), "stderr")


def test_error_is_one_line_even_when_the_file_name_has_a_newline(tmp_path):
    missing = tmp_path / "two\nlines.txt"
    result = run("export", str(missing))
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode("utf-8", errors="replace")
    assert len(stderr.splitlines()) == 1, f"stderr is not one line: {stderr!r}"


# ---------------------------------------------------------------------- readable hostile input


@pytest.fixture(scope="module")
def exports() -> dict[str, dict]:
    """The JSON export of every readable hostile fixture (run once)."""
    out = {}
    for name in READABLE:
        result = run("export", str(HOSTILE / name))
        assert result.returncode == 0, (name, result.stderr.decode("utf-8", "replace"))
        assert b"Traceback" not in result.stderr
        out[name] = json.loads(result.stdout.decode("utf-8"))
    return out


@pytest.mark.parametrize("name", READABLE)
def test_export_json_has_no_control_characters(exports, name):
    doc = exports[name]
    assert doc["sections"], name
    for text in strings(doc):
        assert_clean(text, name)
    assert "\t" not in json.dumps(doc, ensure_ascii=False)


@pytest.mark.parametrize("name", READABLE)
def test_export_json_mentions_point_into_their_sections(exports, name):
    doc = exports[name]
    for entity in doc["entities"]:
        for mention in entity["mentions"]:
            text = doc["sections"][mention["section"]]["text"]
            assert 0 <= mention["start"] < mention["end"] <= len(text)
            written = text[mention["start"] : mention["end"]]
            assert written in [entity["name"], *entity["aliases"]], (entity["name"], written)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize("name", READABLE)
def test_export_markdown_and_text_have_no_control_characters(name, fmt):
    result = run("export", str(HOSTILE / name), "--format", fmt)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    output = result.stdout.decode("utf-8")
    assert_clean(output, f"{name} as {fmt}")
    # What reading removed or how it decoded is one note on stderr, never more.
    notes = result.stderr.decode("utf-8").splitlines()
    assert len(notes) <= 1 and all(note.startswith("briefing: note: ") for note in notes), notes
    assert_clean(result.stderr.decode("utf-8").rstrip("\n"), "stderr")


MARKUP_LITERALS = [
    "[@click=app.quit]click me[/]",
    "[bold red]Acme Corp[/]",
    "[link=https://evil.example]x[/link]",
    "markup [/] closes nothing",
    "\\[escaped]",
    "**bold**",
    "[reverse]Widget[/reverse]",
    '[@click="app.exit"]exit[/]',
    "[[b]]] [/b [b [/bold] [link] [link=] [@click=] [@click=app.quit()]",
    "[$accent]var[/]",
    "[italic]Margaret Hale[/italic]",
    "[@click=screen.dismiss]audit[/]",
]


def test_markup_survives_literally_in_the_json_export(exports):
    doc = exports["markup.txt"]
    text = "\n".join(section["text"] for section in doc["sections"])
    for literal in MARKUP_LITERALS:
        assert literal in text, literal
    assert doc["title"] == (
        "[b]Acme[/b] Shares Plunge As [bold red]Regulators[/] Circle [@click=app.quit]click me[/]"
    )
    assert doc["byline"] is not None and "[i]Doe[/i]" in doc["byline"]
    headings = [section["heading"] for section in doc["sections"]]
    assert "Acme [B]Bold[/] Bet" in headings
    assert "What Is [b]Acme[/b] Hiding From Investors?" in headings


def test_markup_survives_literally_in_the_text_export():
    output = run("export", str(HOSTILE / "markup.txt"), "--format", "text").stdout.decode("utf-8")
    for literal in MARKUP_LITERALS:
        assert literal in output, literal
    assert "[b]Acme[/b] Shares Plunge" in output


def test_markdown_export_reads_back_as_the_same_text(tmp_path):
    """The Markdown export is Markdown: text that only looks like Markdown ("**bold**",
    "\\[escaped]") must be escaped in it, so that reading the export back gives the words
    that were written, not bold type. (CONTRACTS is silent on escaping; this is the
    "text is data" rule applied to the Markdown export.)"""
    exported = run("export", str(HOSTILE / "markup.txt"), "--format", "markdown")
    assert exported.returncode == 0
    path = tmp_path / "markup.export.md"
    path.write_bytes(exported.stdout)
    original = json.loads(run("export", str(HOSTILE / "markup.txt")).stdout)
    again = json.loads(run("export", str(path)).stdout)
    assert again["title"] == original["title"]
    text = "\n".join(section["text"] for section in again["sections"])
    for literal in MARKUP_LITERALS:
        assert literal in text, literal


def test_escapes_are_removed_and_the_words_kept(exports):
    doc = exports["escapes.txt"]
    assert doc["title"] == "Markets Rally As Fed Holds Rates"
    assert "PWNED" not in json.dumps(doc)
    assert "C1 TITLE" not in json.dumps(doc)
    text = "\n".join(section["text"] for section in doc["sections"])
    assert "S&P 500 up 1.2%" in text
    assert "the committee was patient about cuts." in text
    assert "Tabs" in text and "inside" in text
    assert "evil.example" not in text  # the OSC 8 hyperlink's target is gone with it


def test_encodings_are_read(exports):
    latin1 = exports["latin1.txt"]
    assert latin1["title"] == "Café Chain Expands To Paris"
    text = latin1["sections"][0]["text"]
    assert "“a bet on Europe”" in text and "€120 million" in text
    utf16 = exports["utf16.txt"]
    assert utf16["title"] == "Japan And U.S. Sign Security Pact"
    assert "\ufeff" not in json.dumps(utf16, ensure_ascii=False)
    assert [s["label"] for s in utf16["sections"]] == ["Topline", "Key Facts"]
    nul = exports["nul_bytes.txt"]
    assert nul["title"] == "Japan And U.S. Sign Security Pact"
    assert "Fumio Kishida" in nul["sections"][1]["text"]


def test_lone_surrogates_never_reach_the_export(exports):
    doc = exports["lone_surrogates.txt"]
    raw = json.dumps(doc, ensure_ascii=True)
    assert not re.search(r"\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])", raw), "a lone high surrogate"
    for text in strings(doc):
        assert not re.search("[\ud800-\udfff]", text)
        text.encode("utf-8")  # strict: no surrogate survives
    assert "Joe Biden" in doc["sections"][-1]["text"]


def test_one_long_line_is_read_whole(exports):
    doc = exports["one_long_line.txt"]
    total = sum(len(section["text"]) for section in doc["sections"])
    assert total > 90_000


# ---------------------------------------------------------------------- search output


SEARCHES = {
    "markup.txt": ["acme", "click me", "bold red", "link evil", "smith"],
    "escapes.txt": ["fed", "powell", "patient", "tabs inside", "kcots", "pwned"],
    "nul_bytes.txt": ["kishida", "security"],
    "latin1.txt": ["cafe", "dupre", "euro"],
    "utf16.txt": ["kishida", "washington"],
    "lone_surrogates.txt": ["biden", "halves"],
    "one_long_line.txt": ["kishida said", "deals"],
}


@pytest.mark.parametrize("name", READABLE)
def test_search_output_has_no_escapes(name):
    path = str(HOSTILE / name)
    for query in SEARCHES[name]:
        plain = run("search", query, path)
        # 1: nothing matched (an escape's payload such as "pwned" is gone from the text).
        assert plain.returncode in (0, 1), plain.stderr.decode("utf-8", "replace")
        assert b"Traceback" not in plain.stderr
        assert_clean(plain.stdout.decode("utf-8").replace("\t", " "), f"{name} search {query!r}")
        assert "\x1b" not in plain.stderr.decode("utf-8", "replace")
        as_json = run("search", query, path, "--json")
        assert as_json.returncode == plain.returncode
        for text in strings(json.loads(as_json.stdout)):
            assert_clean(text, f"{name} search --json {query!r}")


def test_search_shows_markup_literally():
    path = str(HOSTILE / "markup.txt")
    plain = run("search", "click me", path).stdout.decode("utf-8")
    assert "[@click=app.quit]click me[/]" in plain
    hits = json.loads(run("search", "click me", path, "--json").stdout)
    assert hits and "[@click=app.quit]click me[/]" in hits[0]["snippet"]
    hits = json.loads(run("search", "acme corp", path, "--json").stdout)
    assert any("[bold red]Acme Corp[/]" in hit["snippet"] for hit in hits)


def test_search_query_with_escapes_and_markup_is_harmless():
    path = str(HOSTILE / "markup.txt")
    for query in ["\x1b[31macme\x1b[0m", "[bold red]acme[/]", "\x1b]0;pwned\x07smith", "\x9b2J acme"]:
        for extra in ((), ("--json",)):
            result = run("search", query, path, *extra)
            assert result.returncode in (0, 1), result.stderr  # 1: nothing matched
            assert b"Traceback" not in result.stderr
            assert b"\x1b" not in result.stdout and b"\x1b" not in result.stderr
            assert b"\x07" not in result.stdout and b"\x07" not in result.stderr


def test_search_on_a_terminal_shows_markup_literally_and_only_colours(tmp_path):
    """On a terminal the hits are drawn by Rich: SGR colour codes only, the text literal."""
    pty = pytest.importorskip("pty")
    import select

    main, child = pty.openpty()
    environment = dict(os.environ, COLUMNS="400", LINES="50", TERM="xterm-256color")
    environment.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing_tui", "search", "click me", str(HOSTILE / "markup.txt")],
        stdin=subprocess.DEVNULL, stdout=child, stderr=child, env=environment,
    )
    os.close(child)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=30)
    os.close(main)
    output = b"".join(chunks).decode("utf-8", errors="replace")
    assert process.returncode == 0, output
    without_colours = re.sub(r"\x1b\[[0-9;]*m", "", output)
    assert "\x1b" not in without_colours, repr(without_colours[:300])
    assert "[@click=app.quit]click me[/]" in without_colours


# ---------------------------------------------------------------------- larger generated input


def test_large_generated_input_exports(tmp_path):
    """About 1.5 MB of markup- and escape-laden paragraphs: read, exported, clean."""
    paragraph = (
        "[bold red]Acme Corp[/] said on Tuesday \x1b[31mthat\x1b[0m John Smith would \t lead "
        "[@click=app.quit]the review[/] of 4,000 jobs in Ohio.\x07\n\n"
    )
    body = "Big Briefing About Acme\nTopline\n" + paragraph * 12_000
    path = tmp_path / "big.txt"
    path.write_text(body, encoding="utf-8")
    result = run("export", str(path))
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-500:]
    doc = json.loads(result.stdout)
    for text in strings(doc):
        assert_clean(text, "big.txt")
    assert "[@click=app.quit]the review[/]" in doc["sections"][0]["text"]
    search = run("search", "acme", str(path), "--json", "--limit", "5")
    assert search.returncode == 0
    assert len(json.loads(search.stdout)) == 5


def test_many_short_lines_export(tmp_path):
    lines = ["Lines Galore"] + [f"Line {i} [b]mentions[/b] Japan and {i} ships." for i in range(50_000)]
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run("export", str(path), "--format", "text")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-500:]
    assert "Line 49999 [b]mentions[/b] Japan" in result.stdout.decode("utf-8")
