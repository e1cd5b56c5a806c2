"""Shared test helpers.

Every test gets its own library file: no test ever writes the user's data folder.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import settings

from briefing_tui.core.resources import bundled_briefing

FIXTURES = Path(__file__).parent / "fixtures"

# Property tests check what a function gives, never how fast: on a busy two-core machine a
# first call that imports a library can take longer than Hypothesis's default deadline.
# Timing goals live in benchmarks/.
settings.register_profile("briefing", deadline=None)
settings.load_profile("briefing")


def entities_in(text: str) -> list:
    """The entities the rules find in a sentence, read under a headline as a briefing."""
    from briefing_tui.core.entities import extract_entities
    from briefing_tui.core.parsing import parse_text

    return extract_entities(parse_text("A headline\n\n" + text + "\n"), backend="rules")


def names_found(text: str) -> dict[str, str]:
    """Shown name -> type, for a sentence."""
    return {e.name: e.type for e in entities_in(text)}


def linked_found(text: str) -> dict[str, str]:
    """Name the library links an entity by (the full name an abbreviation stands for) -> type."""
    from briefing_tui.core.entities.merge import linked_name

    return {linked_name(e): e.type for e in entities_in(text)}


@pytest.fixture(autouse=True)
def private_library(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets a library of its own (BRIEFING_LIBRARY, for it and its child
    processes): none touches the user's."""
    path = tmp_path_factory.mktemp("library") / "library.sqlite3"
    monkeypatch.setenv("BRIEFING_LIBRARY", str(path))
    return path


@pytest.fixture
def library_path(private_library) -> Path:
    """The test's own library file (BRIEFING_LIBRARY)."""
    return private_library


def seed_paragraphs() -> list[str]:
    """The bundled briefing's paragraphs, for making many different briefings."""
    lines = bundled_briefing().read_text(encoding="utf-8").split("\n")
    return [line for line in lines if len(line) > 80 and "licensed" not in line]


def write_briefings(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` different small Forbes-style briefings in folder, numbered from start."""
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = seed_paragraphs()
    paths = []
    for number in range(start, start + count):
        body = paragraphs[number % len(paragraphs)]
        text = (
            f"Briefing number {number} on the alliance\n"
            f"Topline\n{body}\n"
            f"Key Facts\nOfficials counted {number:,} ships and {number * 7 % 1000} aircraft in report {number}.\n"
        )
        path = folder / f"briefing-{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# (file, date, tags), oldest first: the library lists them newest first.
LIBRARY_FILES = [
    ("entities/business_kroger_albertsons_ruling.txt", "2026-01-12", ("work",)),
    ("entities/climate_cop30_deal.txt", "2026-02-03", ()),
    ("entities/economy_fed_rate_cut.txt", "2026-03-18", ("work",)),
    ("entities/health_measles_outbreak.txt", "2026-04-22", ()),
]


@pytest.fixture
def filled_library(library_path):
    """The library at BRIEFING_LIBRARY with the bundled briefing and four others, dated."""
    from briefing_tui.core.parsing import parse_text
    from briefing_tui.core.reading import read_source
    from briefing_tui.library import open_library

    files = [(FIXTURES / name, date, tags) for name, date, tags in LIBRARY_FILES]
    files.insert(0, (bundled_briefing(), "2025-12-01", ()))
    with open_library(library_path) as library:
        for path, date, tags in files:
            source = read_source(path)
            briefing = parse_text(source.text, source.name, source.notes, cleaned=True)
            library.add(briefing, source.text, path=str(path), tags=tags, date=date)
    return library_path



@dataclass
class Route:
    """What the loopback server answers on one path."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    before: Callable[[], None] | None = None  # runs before answering (to hold or slow it)
    length: bool = True  # send Content-Length


class PageServer:
    """A real HTTP server on 127.0.0.1 (a free port), answering from `routes`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []  # path and headers of each request
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path, Route(404, b"not found", {"Content-Type": "text/plain"}))
                if route.before is not None:
                    route.before()
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"


@pytest.fixture
def page_server() -> Iterator[PageServer]:
    """A loopback HTTP server started for the test and stopped after it."""
    server = PageServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


async def settled(pilot) -> None:
    """Wait until the reader has its search bar (mounted after the first frame) and all its
    entities, the panel showing the last of its stages."""
    app = pilot.app
    for _ in range(100):
        await pilot.pause()
        await app.workers.wait_for_complete()
        if app.reader.entities is not None and app.query("#search") and _panel_settled(app):
            break
        await pilot.pause(0.05)
    await pilot.pause()


def _panel_settled(app) -> bool:
    panels = app.query("#entities")
    if not panels:
        return False
    panel = panels.first()
    return len(panel.entities) == len(app.reader.entities) and "…" not in str(panel.query_one("#entity-title").render())
