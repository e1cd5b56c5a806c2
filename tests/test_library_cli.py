"""`briefing add`, `list`, `search --library`, `bookmarks`, `export ID`, as CONTRACTS.md says."""

from __future__ import annotations

import json
import mailbox
import threading
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import write_briefings

from briefing_tui.cli import main
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.library import open_library

SEED = str(bundled_briefing())


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit:  # usage errors leave through argparse
        status = exit.code
    out, err = capsys.readouterr()
    return status, out, err


def test_add_a_folder_then_again(tmp_path: Path, capsys):
    write_briefings(tmp_path / "news" / "deeper", 3)
    write_briefings(tmp_path / "news", 2, start=10)
    (tmp_path / "news" / "picture.png").write_bytes(b"\x89PNG\r\n")  # not a briefing: passed over
    (tmp_path / "news" / ".hidden.txt").write_text("Hidden\n\nNot read.\n")
    status, out, err = run(capsys, "add", str(tmp_path / "news"), "--tag", "daily")
    assert status == 0 and out == ""
    assert err.strip() == "briefing: added 5, already there 0"
    status, out, err = run(capsys, "add", str(tmp_path / "news"), SEED)
    assert status == 0
    assert err.strip() == "briefing: added 1, already there 5"


def test_add_reports_refusals_and_fails_when_nothing_added(tmp_path: Path, capsys):
    (tmp_path / "empty.txt").write_text("")
    status, out, err = run(capsys, "add", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert status == 2 and out == ""
    lines = err.strip().split("\n")
    assert lines[-1] == "briefing: added 0, already there 0, refused 2 (1 no such file or folder, 1 the file is empty)"
    status, _, err = run(capsys, "add", str(tmp_path / "empty.txt"), SEED)
    assert status == 0 and "added 1" in err and "refused 1" in err


def test_list_json_newest_first_with_limit_and_tag(tmp_path: Path, capsys):
    paths = write_briefings(tmp_path, 3)
    run(capsys, "add", str(paths[0]))
    run(capsys, "add", str(paths[1]), "--tag", "asia")
    run(capsys, "add", str(paths[2]))
    status, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert status == 0
    assert [row["path"] for row in rows] == [str(p) for p in reversed(paths)]
    assert set(rows[0]) == {"id", "title", "byline", "date", "source", "path", "url", "added", "sections", "read", "tags"}
    assert rows[0]["title"] == "Briefing number 2 on the alliance"
    assert rows[0]["sections"] == 2 and rows[0]["read"] is False and rows[0]["tags"] == []
    _, out, _ = run(capsys, "list", "--json", "--limit", "1")
    assert [row["path"] for row in json.loads(out)] == [str(paths[2])]
    _, out, _ = run(capsys, "list", "--json", "--tag", "asia")
    assert [(row["path"], row["tags"]) for row in json.loads(out)] == [(str(paths[1]), ["asia"])]
    status, out, _ = run(capsys, "list")
    assert status == 0 and out.count("\n") == 3 and "Briefing number 1" in out
    status, out, err = run(capsys, "list", "--limit", "0")
    assert status == 2 and out == "" and err.count("\n") == 1


def test_search_library_json_and_exit_status(capsys):
    run(capsys, "add", SEED)
    status, out, _ = run(capsys, "search", "kishda", "--library", "--json")
    hits = json.loads(out)
    assert status == 0 and hits
    assert set(hits[0]) == {"id", "title", "path", "section", "label", "start", "end", "score", "snippet"}
    assert hits[0]["title"].startswith("The U.S. and Japan") and hits[0]["path"] == SEED
    assert "Kishida" in hits[0]["snippet"]
    status, out, _ = run(capsys, "search", "japn defence", "--library")
    assert status == 0 and out.split("\t")[0] == str(hits[0]["id"])
    status, out, err = run(capsys, "search", "zzqxv", "--library")
    assert status == 1 and out == "" and "no matches" in err
    status, out, _ = run(capsys, "search", "zzqxv", "--library", "--json")
    assert status == 1 and json.loads(out) == []
    status, out, err = run(capsys, "search", "kishida", SEED, "--library")
    assert status == 2 and out == "" and err.count("\n") == 1
    status, out, err = run(capsys, "search", "--library")  # no query: only the query is missing
    assert status == 2 and out == "" and "required: query (" in err


def test_bookmarks_json(capsys):
    run(capsys, "add", SEED)
    with open_library() as library:
        briefing_id = library.list()[0].id
        library.add_bookmark(briefing_id, 1, 2, "troops")
    status, out, _ = run(capsys, "bookmarks", "--json")
    marks = json.loads(out)
    assert status == 0
    assert marks == [
        {"id": briefing_id, "title": "The U.S. and Japan will sign a new security agreement next month.",
         "section": 1, "label": "Key Facts", "line": 2, "note": "troops", "created": marks[0]["created"]}
    ]
    status, out, _ = run(capsys, "bookmarks")
    assert status == 0 and "troops" in out and "Key Facts" in out


def test_export_by_id(capsys):
    run(capsys, "add", SEED)
    _, out, _ = run(capsys, "list", "--json")
    briefing_id = json.loads(out)[0]["id"]
    status, by_id, _ = run(capsys, "export", str(briefing_id))
    _, by_path, _ = run(capsys, "export", SEED)
    assert status == 0
    exported = json.loads(by_id)
    assert exported["sections"] == json.loads(by_path)["sections"]
    assert exported["entities"] == json.loads(by_path)["entities"]
    status, out, err = run(capsys, "export", "9999")
    assert status == 2 and out == "" and "no briefing with this id" in err


def _message(subject: str, sender: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["Date"] = "Tue, 02 Apr 2024 07:00:00 +0000"
    message.set_content(body)
    return message


NEWSLETTER = [
    ("Markets wrap: rates hold", "Desk <desk@example.org>",
     "The Federal Reserve kept rates unchanged on Wednesday.\n\nStocks in New York rose after the decision."),
    ("Morning brief: Kishida in Washington", "Desk <desk@example.org>",
     "Fumio Kishida arrived in Washington for a state visit.\n\nThe visit includes a state dinner."),
    ("Weekend reading", "Editors <eds@example.org>",
     "Three long reads on shipping, chips and the Arctic for your weekend."),
]


def test_add_an_mbox_and_a_maildir(tmp_path: Path, capsys):
    box = mailbox.mbox(tmp_path / "newsletter.mbox")
    for message in NEWSLETTER:
        box.add(_message(*message))
    box.close()
    maildir = mailbox.Maildir(tmp_path / "Mail")
    maildir.add(_message("Maildir only: port strike", "Port <p@example.org>", "Dock workers in Rotterdam went on strike."))
    maildir.add(_message(*NEWSLETTER[0]))  # the same message as in the mbox
    status, _, err = run(capsys, "add", str(tmp_path / "newsletter.mbox"), str(tmp_path / "Mail"))
    assert status == 0
    assert err.strip() == "briefing: added 4, already there 1"
    status, out, _ = run(capsys, "search", "kishda washington", "--library", "--json")
    hits = json.loads(out)
    assert status == 0 and "Kishida" in hits[0]["title"]
    assert hits[0]["path"].endswith("newsletter.mbox#2")
    _, out, _ = run(capsys, "list", "--json")
    titles = {row["title"] for row in json.loads(out)}
    assert "Markets wrap: rates hold" in titles and "Maildir only: port strike" in titles


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{base}/</link>
<item><title>Ports reopen after the storm</title><link>{base}/ports</link>
<pubDate>Mon, 01 Apr 2024 09:30:00 GMT</pubDate><author>Ana Ruiz</author>
<description><![CDATA[<p>Ports along the Gulf coast reopened on Monday after the storm passed, the coast guard said.</p>
<p>Shipping companies expect delays of two to three days as cargo backs up at terminals in Houston and New Orleans.</p>]]></description></item>
<item><title>Chip exports climb</title><link>{base}/chips</link>
<pubDate>Tue, 02 Apr 2024 09:30:00 GMT</pubDate><description>Short teaser.</description></item>
</channel></rss>
"""

CHIPS_PAGE = """Chip exports climb

Topline
Exports of semiconductors from Taiwan rose 18% in March, the finance ministry said on Tuesday.
Key Facts
Demand for chips used in data centres drove most of the increase, officials said.
"""


@pytest.fixture
def news_server():
    """A real HTTP server on 127.0.0.1 serving a feed and an article page."""
    pages: dict[str, tuple[str, str]] = {}
    requested: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            requested.append(self.path)
            if self.path not in pages:
                self.send_error(404)
                return
            kind, body = pages[self.path]
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages["/feed.xml"] = ("application/rss+xml", FEED.format(base=base))
    pages["/chips"] = ("text/plain; charset=utf-8", CHIPS_PAGE)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, requested
    server.shutdown()
    server.server_close()


def test_add_a_feed_url_fetches_only_items_without_body(news_server, capsys):
    base, requested = news_server
    status, _, err = run(capsys, "add", f"{base}/feed.xml", "--tag", "wire")
    assert status == 0, err
    assert err.strip() == "briefing: added 2, already there 0"
    assert "/chips" in requested and "/ports" not in requested  # the body was in the feed
    _, out, _ = run(capsys, "list", "--json")
    rows = {row["url"]: row for row in json.loads(out)}
    ports = rows[f"{base}/ports"]
    assert ports["title"] == "Ports reopen after the storm"
    assert ports["date"] == "2024-04-01T09:30:00Z" and ports["source"] == "Example Wire"
    assert ports["tags"] == ["wire"]
    chips = rows[f"{base}/chips"]
    assert chips["title"] == "Chip exports climb" and chips["source"] == "Example Wire"
    _, out, _ = run(capsys, "search", "semicondutors taiwan", "--library", "--json")
    assert json.loads(out)[0]["title"] == "Chip exports climb"


def test_add_a_feed_file_and_an_unreachable_url(tmp_path: Path, news_server, capsys):
    base, _ = news_server
    feed = tmp_path / "wire.rss"
    feed.write_text(FEED.format(base=base))
    status, _, err = run(capsys, "add", str(feed), f"{base}/missing")
    assert status == 0
    assert err.strip().split("\n")[-1] == "briefing: added 2, already there 0, refused 1 (1 the server answered HTTP 404 Not Found)"
