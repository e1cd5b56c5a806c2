"""URLs: fetched from a real server on 127.0.0.1, read as pages; failures as one line, exit 2."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import Route

from briefing_tui import __version__
from briefing_tui.core import fetching
from briefing_tui.core.parsing import load_briefing
from briefing_tui.core.reading import BriefingError

PAGE = (Path(__file__).parent / "fixtures" / "html" / "news_article.html").read_bytes()
HTML = {"Content-Type": "text/html; charset=utf-8"}


def briefing_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing_tui", *args], capture_output=True, text=True, timeout=60)


def test_export_fetches_a_page_after_a_redirect_and_names_itself(page_server):
    page_server.routes["/story"] = Route(body=PAGE, headers=HTML)
    page_server.routes["/old"] = Route(301, headers={"Location": "/story"})
    result = briefing_cli("export", page_server.url("/old"))
    assert result.returncode == 0, result.stderr
    exported = json.loads(result.stdout)
    assert exported["format"] == "html"
    assert exported["title"] == "Harbour town votes to rebuild its sea wall"
    assert exported["source"] == "The Coastal Herald"
    assert [s["heading"] for s in exported["sections"]][1:] == ["What the plan includes", "Who pays", "The costs in brief"]
    paths = [path for path, _ in page_server.requests]
    assert paths == ["/old", "/story"]
    agent = page_server.requests[0][1].get("User-Agent", "")
    assert agent.startswith(f"briefing/{__version__}")


def test_a_page_without_metadata_gets_the_address_as_its_url(page_server):
    page_server.routes["/plain.txt"] = Route(
        body=b"Rates hold\n\nThe bank held rates on Wednesday.\n\nEconomists had expected it.\n",
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    briefing = load_briefing(page_server.url("/plain.txt"))
    assert briefing.format != "html"
    assert briefing.url == page_server.url("/plain.txt")
    assert "The bank held rates on Wednesday." in " ".join(s.text for s in briefing.sections)


def test_the_server_charset_decodes_the_page(page_server):
    page_server.routes["/latin"] = Route(
        body="<p>Caf\u00e9 owners in Krak\u00f3w opened 185 new caf\u00e9s last year, the association said.</p>"
        "<p>Most of them sell coffee roasted in the city.</p>".encode("iso-8859-2"),
        headers={"Content-Type": "text/html; charset=iso-8859-2"},
    )
    text = " ".join(s.text for s in load_briefing(page_server.url("/latin")).sections)
    assert "Kraków opened 185 new cafés" in text


def test_search_reads_a_url(page_server):
    page_server.routes["/story"] = Route(body=PAGE, headers=HTML)
    result = briefing_cli("search", "flood gates", page_server.url("/story"), "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and any("flood gates" in hit["snippet"].lower() for hit in hits)


@pytest.mark.parametrize(
    "route, words",
    [
        (Route(404, b"gone", {"Content-Type": "text/html"}), "HTTP 404"),
        (Route(500, b"oops", {"Content-Type": "text/html"}), "HTTP 500"),
        (Route(200, b"\x89PNG\r\n\x1a\n....", {"Content-Type": "image/png"}), "image/png, not a web page or text"),
        (Route(200, b"%PDF-1.7 ...", {"Content-Type": "application/pdf"}), "application/pdf"),
        (Route(200, b"", {"Content-Type": "text/html"}), "the page is empty"),
    ],
    ids=["404", "500", "png", "pdf", "empty"],
)
def test_bad_answers_are_one_line_and_exit_2(page_server, route: Route, words: str):
    page_server.routes["/x"] = route
    for args in (["export", page_server.url("/x")], ["search", "word", page_server.url("/x")]):
        result = briefing_cli(*args)
        assert result.returncode == 2
        assert result.stdout == ""
        lines = result.stderr.strip().split("\n")
        assert len(lines) == 1 and words in lines[0] and page_server.url("/x") in lines[0], result.stderr


def test_offline_is_one_line_and_exit_2():
    with socket.socket() as sock:  # a port with nobody listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = briefing_cli("export", f"http://127.0.0.1:{port}/story")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "cannot connect" in result.stderr


@pytest.mark.parametrize(("address", "words"), [
    ("https://", "not a web address"),
    ("http:///story", "not a web address"),
    ("ftp://example.org/story.txt", "only http:// and https://"),
    ("file:///etc/hostname", "only http:// and https://"),
])
@pytest.mark.parametrize("command", ["export", "search"])
def test_an_address_briefing_cannot_fetch_is_named_as_such_not_as_a_missing_file(address, words, command):
    arguments = ["export", address] if command == "export" else ["search", "word", address]
    result = briefing_cli(*arguments)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 1 and address in lines[0] and words in lines[0] and "no such file" not in lines[0]


@pytest.mark.parametrize("send_length", [True, False], ids=["declared", "streamed"])
def test_a_page_past_the_cap_is_refused(page_server, monkeypatch, send_length: bool):
    monkeypatch.setattr(fetching, "MAX_BYTES", 10_000)
    page_server.routes["/big"] = Route(body=b"<p>" + b"word " * 5000 + b"</p>", headers=HTML, length=send_length)
    with pytest.raises(BriefingError, match="more than the 10,000 bytes"):
        fetching.fetch(page_server.url("/big"))


def test_a_server_that_never_answers_times_out(page_server, monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(fetching, "TIMEOUT_SECONDS", 0.3)
    page_server.routes["/stuck"] = Route(body=PAGE, headers=HTML, before=lambda: release.wait(5))
    started = time.monotonic()
    try:
        with pytest.raises(BriefingError, match="did not answer in time"):
            fetching.fetch(page_server.url("/stuck"))
    finally:
        release.set()
    assert time.monotonic() - started < 4


def test_a_server_that_sends_a_byte_now_and_then_is_cut_off(monkeypatch):
    import socket as sockets

    monkeypatch.setattr(fetching, "DEADLINE_SECONDS", 0.5)
    listener = sockets.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    stop = threading.Event()

    def trickle() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
            while not stop.is_set():
                try:
                    connection.sendall(b"<p>x</p>")
                except OSError:
                    return
                stop.wait(0.1)

    server = threading.Thread(target=trickle, daemon=True)
    server.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    started = time.monotonic()
    try:
        with pytest.raises(BriefingError, match="did not arrive within 0.5 seconds"):
            fetching.fetch(url)
    finally:
        stop.set()
        listener.close()
    assert time.monotonic() - started < 5


def test_too_many_redirects(page_server):
    page_server.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    with pytest.raises(BriefingError, match="too many redirects"):
        fetching.fetch(page_server.url("/loop"))


@pytest.mark.parametrize("text", ["https://example.org/a", "HTTP://x.y", "http://127.0.0.1:8/"])
def test_urls_are_told_from_paths(text: str):
    assert fetching.is_url(text)


@pytest.mark.parametrize("text", ["story.txt", "-", "ftp://x.y/z", "http:/one-slash", "https://", "./https://x"])
def test_paths_are_not_urls(text: str):
    assert not fetching.is_url(text)


# ---------------------------------------------------------------------- the reader


async def test_the_reader_shows_the_fetch_in_its_status_line_then_the_page(page_server):
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import SourceText
    from briefing_tui.widgets.header import BriefingHeader
    from briefing_tui.widgets.status_line import StatusLine

    release = threading.Event()
    page_server.routes["/story"] = Route(body=PAGE, headers=HTML, before=lambda: release.wait(10))
    url = page_server.url("/story")
    app = BriefingApp(SourceText("", url), fetch_url=url)
    async with app.run_test(size=(110, 30)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if "fetching" in app.screen.query_one(StatusLine).note:
                break
        assert app.screen.query_one(StatusLine).note.startswith(f"fetching {url}")
        release.set()
        for _ in range(100):
            await pilot.pause(0.05)
            if app.screen.briefing.sections:
                break
        header = app.screen.query_one(BriefingHeader)
        assert header.title_text == "Harbour town votes to rebuild its sea wall"
        assert "The Coastal Herald" in header.details and "2025-02-14" in header.details
        assert [s.label for s in app.screen.briefing.sections][1:] == ["What the plan includes", "Who pays", "The costs in brief"]
        assert "fetching" not in app.screen.query_one(StatusLine).note


async def test_the_reader_quits_with_one_line_when_the_fetch_fails(page_server):
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import SourceText

    url = page_server.url("/missing")
    app = BriefingApp(SourceText("", url), fetch_url=url)
    async with app.run_test(size=(110, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.first_screen.fetch_error:
                break
    assert app.return_code == 2
    assert app.first_screen.fetch_error == f"{url}: the server answered HTTP 404 Not Found"
