"""The library: every briefing read or added, kept, searched at once, and remembered.

Imports no Textual (the reader's screens use it; the command line uses it without a UI).
The pure core (`briefing_tui.core`) knows nothing of it.

Opening
-------
    from briefing_tui.library import open_library, LibraryError

    with open_library() as library:          # BRIEFING_LIBRARY=/path/file.sqlite3 moves it;
        ...                                  # else <user data folder>/briefing/library.sqlite3

`open_library()` raises `LibraryError` (a `BriefingError`: its message is one line for the
user) when the library cannot be used: a folder that cannot be created or written, a file
that is a symbolic link, a damaged database (the damaged file is first moved aside, never
deleted; the next open starts a new library). A method may raise it too when the file is
damaged while in use. Reading a single briefing must go on without the library then.

The interface (`Library`; every implementation passes tests/test_library_contract.py)
-------------------------------------------------------------------------------------
Briefings are identified by `id` (an int). Times are ISO 8601 UTC strings ("...Z").

Adding
    add(briefing, text, *, path=None, url=None, tags=(), entities=None, date=None,
        source=None) -> Added(id, new)
        `briefing` is the parsed `core.model.Briefing`, `text` the source text it was
        parsed from (kept so the briefing can be parsed again when the parser improves).
        The same text (by content hash) is stored once: adding it again returns the
        existing id with new=False (tags are still added). entities default to
        `extract_entities(briefing)`. date/source override what the briefing says.
    add_many(items: Iterable[NewBriefing]) -> list[Added]   the same, in few transactions.
    content_hash(text) (module function) and find(content_hash=|path=|url=) -> Entry | None
        cheap look-up of a briefing already kept (the reader on opening a file).
Reading
    get(id) -> Entry | None                       the list row (no text)
    briefing(id) -> Briefing                      parsed again from the stored source text
    source_text(id) -> str
    briefing_entities(id) -> list[Entity]         as stored (mentions index sections' text)
    list(*, tag=None, read=None, limit=None, offset=0) -> list[Entry]   newest first
    count(*, tag=None, read=None) -> int
    search(query, *, limit=20, tag=None) -> list[BriefingMatches]
        forgiving typos ("kishda", "japn defence"): best briefing first, each with its best
        hits (LibraryHit: section, label, start/end in the section's text, snippet with
        snippet_start/snippet_end to highlight, score). `flat_hits(results)` gives the
        CONTRACTS.md hit list. A blank or one-letter query finds nothing.
Remembering
    save_position(id, section, line); position(id) -> Position | None
    record_opened(id)                             the reader opened it (for last_read)
    last_read() -> Entry | None                   the briefing read most recently
    add_bookmark(id, section, line, note="") -> Bookmark
    bookmarks(id=None) -> list[Bookmark]          of one briefing, or all; newest first
    delete_bookmark(bookmark_id) -> bool
    set_read(id, read=True); add_tags(id, tags); remove_tag(id, tag)
    tags() -> list[tuple[str, int]]               each tag with how many briefings carry it
    get_setting(key, default=None) / set_setting(key, value)   small strings (e.g. theme)
Across briefings
    entities(*, type=None, query=None, limit=None) -> list[EntitySummary]
        people, organisations, places ... with how many briefings name them and how often;
        most named first. query filters names forgiving typos.
    briefings_naming(name, type=None) -> list[Entry]   newest first
Keeping up
    delete(id) -> bool                           the briefing with its bookmarks and position
    stale() -> int; reparse(progress=None) -> int
        briefings parsed by an older parser (PARSER_VERSION) are parsed again from their
        source text; progress(done, total) is called as it goes.
    close(); usable as a context manager.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.reading import BriefingError

if TYPE_CHECKING:  # the library screen's first frame needs none of the model
    from ..core.model import Briefing, Entity

# Raise when parsing or entity finding changes what stored briefings look like: stored
# briefings of an older version are parsed again from their source text.
PARSER_VERSION = 13

ENVIRONMENT_VARIABLE = "BRIEFING_LIBRARY"


class LibraryError(BriefingError):
    """The library cannot be used. Its message is one line for the user."""


def content_hash(text: str) -> str:
    """The identity of a briefing's source text: the same text is stored once."""
    import hashlib

    return hashlib.sha256(text.strip().encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Entry:
    """One briefing of the library, as the list shows it."""

    id: int
    title: str | None
    byline: str | None
    date: str | None
    source: str | None
    path: str | None
    url: str | None
    format: str
    added: str
    sections: int
    size: int  # characters of source text
    read: bool
    tags: tuple[str, ...]
    content_hash: str

    def to_json(self) -> dict:
        """The `list --json` object of CONTRACTS.md."""
        return {
            "id": self.id, "title": self.title, "byline": self.byline, "date": self.date,
            "source": self.source, "path": self.path, "url": self.url, "added": self.added,
            "sections": self.sections, "read": self.read, "tags": list(self.tags),
        }


@dataclass(frozen=True, slots=True)
class NewBriefing:
    """A briefing to add (see `Library.add`)."""

    briefing: Briefing
    text: str
    path: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    entities: Sequence[Entity] | None = None
    date: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Added:
    id: int
    new: bool  # False: the same text was already in the library


@dataclass(frozen=True, slots=True)
class Position:
    section: int
    line: int
    saved: str


@dataclass(frozen=True, slots=True)
class Bookmark:
    id: int
    briefing_id: int
    title: str | None
    section: int
    label: str
    line: int
    note: str
    created: str

    def to_json(self) -> dict:
        """The `bookmarks --json` object of CONTRACTS.md (id is the briefing's)."""
        return {
            "id": self.briefing_id, "title": self.title, "section": self.section, "label": self.label,
            "line": self.line, "note": self.note, "created": self.created,
        }


@dataclass(frozen=True, slots=True)
class EntitySummary:
    name: str
    type: str
    briefings: int  # how many briefings name it
    mentions: int  # how often, in all


@dataclass(frozen=True, slots=True)
class LibraryHit:
    """One place a library search matched: `briefing(id).sections[section].text[start:end]`."""

    id: int
    title: str | None
    path: str | None
    url: str | None
    section: int
    label: str
    start: int
    end: int
    score: float
    snippet: str
    snippet_start: int  # the match inside the snippet, to highlight
    snippet_end: int

    def to_json(self) -> dict:
        """The `search --library --json` object of CONTRACTS.md."""
        return {
            "id": self.id, "title": self.title, "path": self.path if self.path is not None else self.url,
            "section": self.section, "label": self.label, "start": self.start, "end": self.end,
            "score": self.score, "snippet": self.snippet,
        }


@dataclass(frozen=True, slots=True)
class BriefingMatches:
    """A library search's hits in one briefing, best first."""

    id: int
    title: str | None
    score: float
    hits: tuple[LibraryHit, ...] = field(default=())


def flat_hits(results: Iterable[BriefingMatches], limit: int | None = None) -> list[LibraryHit]:
    """Every hit, best first (a briefing's hits stay in its order)."""
    hits = [hit for result in results for hit in result.hits]
    hits.sort(key=lambda hit: -hit.score)
    return hits if limit is None else hits[:limit]


Progress = Callable[[int, int], None]


class Library(ABC):
    """A store of briefings; see the module docstring for what each method does."""

    # Adding
    def add(
        self, briefing: Briefing, text: str, *, path: str | None = None, url: str | None = None,
        tags: Iterable[str] = (), entities: Sequence[Entity] | None = None,
        date: str | None = None, source: str | None = None,
    ) -> Added:
        return self.add_many(
            [NewBriefing(briefing, text, path, url, tuple(tags), entities, date, source)]
        )[0]

    @abstractmethod
    def add_many(self, items: Iterable[NewBriefing]) -> list[Added]: ...

    @abstractmethod
    def find(self, *, content_hash: str | None = None, path: str | None = None, url: str | None = None) -> Entry | None: ...

    # Reading
    @abstractmethod
    def get(self, id: int) -> Entry | None: ...

    @abstractmethod
    def briefing(self, id: int) -> Briefing: ...

    @abstractmethod
    def source_text(self, id: int) -> str: ...

    @abstractmethod
    def briefing_entities(self, id: int) -> list[Entity]: ...

    @abstractmethod
    def list(self, *, tag: str | None = None, read: bool | None = None, limit: int | None = None, offset: int = 0) -> list[Entry]: ...

    @abstractmethod
    def count(self, *, tag: str | None = None, read: bool | None = None) -> int: ...

    @abstractmethod
    def search(self, query: str, *, limit: int = 20, tag: str | None = None) -> list[BriefingMatches]: ...

    # Remembering
    @abstractmethod
    def save_position(self, id: int, section: int, line: int) -> None: ...

    @abstractmethod
    def position(self, id: int) -> Position | None: ...

    @abstractmethod
    def record_opened(self, id: int) -> None: ...

    @abstractmethod
    def last_read(self) -> Entry | None: ...

    @abstractmethod
    def add_bookmark(self, id: int, section: int, line: int, note: str = "") -> Bookmark: ...

    @abstractmethod
    def bookmarks(self, id: int | None = None) -> list[Bookmark]: ...

    @abstractmethod
    def delete_bookmark(self, bookmark_id: int) -> bool: ...

    @abstractmethod
    def set_read(self, id: int, read: bool = True) -> None: ...

    @abstractmethod
    def add_tags(self, id: int, tags: Iterable[str]) -> None: ...

    @abstractmethod
    def remove_tag(self, id: int, tag: str) -> None: ...

    @abstractmethod
    def tags(self) -> list[tuple[str, int]]: ...

    @abstractmethod
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...

    @abstractmethod
    def set_setting(self, key: str, value: str) -> None: ...

    # Across briefings
    @abstractmethod
    def entities(self, *, type: str | None = None, query: str | None = None, limit: int | None = None) -> list[EntitySummary]: ...

    @abstractmethod
    def briefings_naming(self, name: str, type: str | None = None) -> list[Entry]: ...

    # Keeping up
    @abstractmethod
    def delete(self, id: int) -> bool: ...

    @abstractmethod
    def stale(self) -> int: ...

    @abstractmethod
    def reparse(self, progress: Progress | None = None) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_path() -> Path:
    """Where the library lives: $BRIEFING_LIBRARY, else the user data folder."""
    chosen = os.environ.get(ENVIRONMENT_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("briefing", appauthor=False)) / "library.sqlite3"


def open_library(path: str | os.PathLike[str] | None = None) -> Library:
    """Open (creating if needed) the library at path, or at `default_path()`.

    Raises LibraryError with one line for the user when it cannot be used.
    """
    from .sqlite_store import SQLiteLibrary

    return SQLiteLibrary(Path(path) if path is not None else default_path())
