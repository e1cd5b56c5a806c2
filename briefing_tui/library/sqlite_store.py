"""The library in one SQLite file: WAL, short transactions, FTS5 when SQLite has it.

Schema changes are numbered migrations run under BEGIN IMMEDIATE and recorded in
PRAGMA user_version. The file is created 0600 without following symbolic links. Source
texts are kept compressed (zlib); sections are kept as text, indexed by an FTS5 table
that reads them (external content), so each text is stored once more, not twice. Without
FTS5 the same search runs on LIKE scans of the sections.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
import time
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.reading import printable_name
from . import (
    PARSER_VERSION, Added, Bookmark, BriefingMatches, Entry, EntitySummary, Library, LibraryError,
    LibraryHit, NewBriefing, Position, Progress, content_hash,
)

if TYPE_CHECKING:
    # Imported where used: the library screen's first frame needs neither the model nor
    # the search (text_search brings the core's search and rapidfuzz).
    from ..core.model import Briefing, Entity
    from .text_search import Vocabulary

CANDIDATES = 150  # sections ranked per search: the newest that hold the query's words
ENOUGH_RANKED = 60  # ... or fewer, once this many are ranked and the hits fill the list
BUSY_TIMEOUT_S = 30.0

_MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE briefings (
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            title TEXT, byline TEXT, date TEXT, source TEXT, path TEXT, url TEXT,
            format TEXT NOT NULL, added REAL NOT NULL, size INTEGER NOT NULL,
            section_count INTEGER NOT NULL, read INTEGER NOT NULL DEFAULT 0,
            parser_version INTEGER NOT NULL, text BLOB NOT NULL, name TEXT,
            opened REAL)""",
        "CREATE INDEX briefings_path ON briefings(path)",
        "CREATE INDEX briefings_url ON briefings(url)",
        "CREATE INDEX briefings_opened ON briefings(opened)",
        "CREATE INDEX briefings_stale ON briefings(parser_version)",
        """CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, label TEXT NOT NULL, heading TEXT, kind TEXT NOT NULL,
            text TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX sections_order ON sections(briefing_id, idx)",
        """CREATE TABLE entities (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
            briefings INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0,
            UNIQUE(name, type))""",
        "CREATE INDEX entities_rank ON entities(briefings DESC)",
        """CREATE TABLE briefing_entities (
            briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            rank INTEGER NOT NULL, aliases TEXT NOT NULL, mentions BLOB NOT NULL,
            PRIMARY KEY (briefing_id, entity_id)) WITHOUT ROWID""",
        "CREATE INDEX briefing_entities_entity ON briefing_entities(entity_id)",
        "CREATE TABLE terms (term TEXT PRIMARY KEY) WITHOUT ROWID",
        """CREATE TABLE tags (
            briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
            tag TEXT NOT NULL, PRIMARY KEY (briefing_id, tag)) WITHOUT ROWID""",
        "CREATE INDEX tags_tag ON tags(tag)",
        """CREATE TABLE positions (
            briefing_id INTEGER PRIMARY KEY REFERENCES briefings(id) ON DELETE CASCADE,
            section INTEGER NOT NULL, line INTEGER NOT NULL, saved REAL NOT NULL)""",
        """CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY,
            briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
            section INTEGER NOT NULL, line INTEGER NOT NULL, note TEXT NOT NULL,
            created REAL NOT NULL)""",
        "CREATE INDEX bookmarks_briefing ON bookmarks(briefing_id)",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        "@fts1",  # the full-text index, when this SQLite has FTS5
    ],
    [
        # Smaller: section texts compressed, the full-text index holds no copy of them,
        # each briefing's entities in one compressed value, and only names (not dates
        # and numbers) linked across briefings. Sections and entities are made again from
        # the stored source texts (the briefings are marked for parsing again).
        "DROP TRIGGER IF EXISTS sections_fts_insert",
        "DROP TRIGGER IF EXISTS sections_fts_delete",
        "DROP TABLE IF EXISTS sections_fts",
        "DROP TABLE briefing_entities",
        "DROP TABLE entities",
        "DROP TABLE sections",
        """CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, label TEXT NOT NULL, heading TEXT, kind TEXT NOT NULL,
            text BLOB NOT NULL)""",
        "CREATE UNIQUE INDEX sections_order ON sections(briefing_id, idx)",
        """CREATE TABLE entities (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
            briefings INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0,
            UNIQUE(name, type))""",
        "CREATE INDEX entities_rank ON entities(briefings DESC)",
        """CREATE TABLE named (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
            PRIMARY KEY (entity_id, briefing_id)) WITHOUT ROWID""",
        # body: the source text and the entities, compressed together (names repeat the
        # text); `text` is left empty. Schema 1's briefings keep `text` until parsed again.
        "ALTER TABLE briefings ADD COLUMN body BLOB",
        "UPDATE briefings SET parser_version = 0",
        "@fts2",
    ],
]

_FTS_CONTENTLESS = """CREATE VIRTUAL TABLE sections_fts USING fts5(
    heading, text, content='', detail='none', tokenize='unicode61 remove_diacritics 2')"""
# Entities linked across briefings: names, not dates and numbers.
LINKED_TYPES = ("person", "organization", "place", "group", "other")

_FTS_STATEMENTS = [
    """CREATE VIRTUAL TABLE sections_fts USING fts5(
        heading, text, content='sections', content_rowid='id', detail='none',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER sections_fts_insert AFTER INSERT ON sections BEGIN
        INSERT INTO sections_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text); END""",
    """CREATE TRIGGER sections_fts_delete AFTER DELETE ON sections BEGIN
        INSERT INTO sections_fts(sections_fts, rowid, heading, text)
        VALUES ('delete', old.id, old.heading, old.text); END""",
]

_DAMAGE_WORDS = ("not a database", "malformed", "file is encrypted", "disk image")


def has_fts5() -> bool:
    """Whether this Python's SQLite was built with FTS5."""
    try:
        connection = sqlite3.connect(":memory:")
        try:
            connection.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        finally:
            connection.close()
        return True
    except sqlite3.Error:
        return False


def _iso(seconds: float | None) -> str | None:
    if seconds is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _guarded(method):
    """SQLite errors become one-line LibraryErrors; a damaged file is moved aside."""

    @functools.wraps(method)
    def wrapper(self: SQLiteLibrary, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            raise self._failure(error) from None

    return wrapper


class SQLiteLibrary(Library):
    """The library in one SQLite file (see the package docstring for the interface)."""

    def __init__(self, path: str | os.PathLike[str], *, use_fts: bool | None = None) -> None:
        self.path = Path(path)
        self._name = printable_name(str(self.path))
        self._connection: sqlite3.Connection | None = None
        self._vocabulary: Vocabulary | None = None
        self._vocabulary_version: int | None = None
        self._known_terms: set[str] | None = None
        _prepare_file(self.path, self._name)
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self._connection = self._connect()
                self._migrate(use_fts)
                self.fts = self._table_exists("sections_fts")
                break
            except sqlite3.OperationalError as error:
                # Another program creating or migrating the same new file can make the
                # switch to WAL report "locked" at once, without waiting: wait and retry.
                self.close()
                if "locked" not in str(error) and "busy" not in str(error) or time.monotonic() > deadline:
                    raise self._failure(error) from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as error:
                raise self._failure(error) from None

    # ------------------------------------------------------------------ plumbing

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        try:
            # Big pages pack rows of a few kilobytes (a compressed briefing) with little
            # waste; it applies to a new file only.
            connection.execute("PRAGMA page_size = 16384")
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                connection.execute("PRAGMA journal_mode=WAL").fetchone()
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("PRAGMA secure_delete=OFF")
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    @property
    def db(self) -> sqlite3.Connection:
        if self._connection is None:
            raise LibraryError(f"{self._name}: the library is closed")
        return self._connection

    def _failure(self, error: sqlite3.DatabaseError) -> LibraryError:
        message = str(error)
        if any(word in message.lower() for word in _DAMAGE_WORDS):
            return LibraryError(self._set_aside(message))
        lowered = message.lower()
        if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
            return LibraryError(f"{self._name}: the library cannot be written ({message})")
        if "locked" in lowered or "busy" in lowered:
            return LibraryError(f"{self._name}: the library is busy in another program; try again")
        if "no such module: fts5" in lowered:
            return LibraryError(f"{self._name}: this library needs SQLite's FTS5, which this Python lacks")
        return LibraryError(f"{self._name}: library error ({message})")

    def _set_aside(self, reason: str) -> str:
        """Move a damaged library file (and its journal) aside; never delete it."""
        self.close()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        number = 1
        while aside.exists():
            number += 1
            aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{number}")
        try:
            os.rename(self.path, aside)
            for suffix in ("-wal", "-shm"):
                companion = Path(str(self.path) + suffix)
                if companion.exists() or companion.is_symlink():
                    os.rename(companion, str(aside) + suffix)
        except OSError as error:
            return f"{self._name}: the library is damaged ({reason}) and could not be moved aside ({error.strerror})"
        return (
            f"{self._name}: the library is damaged ({reason}); kept aside as "
            f"{printable_name(aside.name)}, a new library starts next time"
        )

    def _table_exists(self, name: str) -> bool:
        row = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        return row is not None

    def _migrate(self, use_fts: bool | None) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version >= len(_MIGRATIONS):
            return
        if use_fts is None:
            use_fts = has_fts5()
        with self._write():
            # Read again under the write lock: another process may have migrated meanwhile.
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            for number in range(version, len(_MIGRATIONS)):
                for statement in _MIGRATIONS[number]:
                    if statement == "@fts1":
                        if use_fts:
                            for fts_statement in _FTS_STATEMENTS:
                                self.db.execute(fts_statement)
                    elif statement == "@fts2":
                        if use_fts:
                            self.db.execute(_FTS_CONTENTLESS)
                    else:
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")

    class _Transaction:
        def __init__(self, connection: sqlite3.Connection) -> None:
            self.connection = connection

        def __enter__(self) -> sqlite3.Connection:
            self.connection.execute("BEGIN IMMEDIATE")
            return self.connection

        def __exit__(self, kind, value, traceback) -> None:
            if kind is None:
                self.connection.execute("COMMIT")
            else:
                try:
                    self.connection.execute("ROLLBACK")
                except sqlite3.Error:
                    pass

    def _write(self) -> SQLiteLibrary._Transaction:
        return SQLiteLibrary._Transaction(self.db)

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None

    # ------------------------------------------------------------------ adding

    @_guarded
    def add_many(self, items: Iterable[NewBriefing]) -> list[Added]:
        from ..core.entities import extract_entities

        prepared = []
        for item in items:
            entities = item.entities if item.entities is not None else extract_entities(item.briefing)
            prepared.append((item, content_hash(item.text), list(entities)))
        if self._known_terms is None:
            self._known_terms = {row[0] for row in self.db.execute("SELECT term FROM terms")}
        results = []
        with self._write() as db:
            for item, digest, entities in prepared:
                results.append(self._insert(db, item, digest, entities))
        return results

    def _insert(self, db: sqlite3.Connection, item: NewBriefing, digest: str, entities: list[Entity]) -> Added:
        row = db.execute("SELECT id FROM briefings WHERE hash = ?", (digest,)).fetchone()
        if row is not None:
            self._tag(db, row[0], item.tags)
            return Added(row[0], False)
        from ..core.parsing import text_size

        briefing = item.briefing
        cursor = db.execute(
            """INSERT INTO briefings (hash, title, byline, date, source, path, url, format, added, size,
               section_count, parser_version, text, name, body) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                digest, briefing.title, briefing.byline,
                item.date or getattr(briefing, "date", None),
                item.source or getattr(briefing, "publisher", None) or getattr(briefing, "site", None),
                item.path, item.url or getattr(briefing, "url", None), briefing.format, time.time(),
                text_size(briefing, item.text), len(briefing.sections), PARSER_VERSION,
                b"", briefing.source, _pack_body(item.text, entities),
            ),
        )
        briefing_id = cursor.lastrowid
        assert briefing_id is not None
        self._store_parsed(db, briefing_id, briefing, entities)
        self._tag(db, briefing_id, item.tags)
        return Added(briefing_id, True)

    def _store_parsed(self, db: sqlite3.Connection, briefing_id: int, briefing: Briefing, entities: list[Entity]) -> None:
        plain = not self.fts  # LIKE scans need the text as it is
        # Ids given here (the write lock is held), so that sections and their full-text
        # rows go in with one statement each.
        first = (db.execute("SELECT max(id) FROM sections").fetchone()[0] or 0) + 1
        sections = briefing.sections
        db.executemany(
            "INSERT INTO sections (id, briefing_id, idx, label, heading, kind, text) VALUES (?,?,?,?,?,?,?)",
            [
                (first + index, briefing_id, index, section.label, section.heading, section.kind,
                 section.text if plain else _pack(section.text))
                for index, section in enumerate(sections)
            ],
        )
        if self.fts:
            db.executemany(
                "INSERT INTO sections_fts (rowid, heading, text) VALUES (?, ?, ?)",
                [(first + index, section.heading, section.text) for index, section in enumerate(sections)],
            )
        from ..core.entities.merge import linked_name

        linked: dict[tuple[str, str], int] = {}  # (name, type) -> mentions
        for entity in entities:
            if entity.type in LINKED_TYPES:
                key = (linked_name(entity), entity.type)
                linked[key] = linked.get(key, 0) + entity.count
        if linked:
            db.executemany(
                """INSERT INTO entities (name, type, briefings, mentions) VALUES (?, ?, 1, ?)
                   ON CONFLICT(name, type) DO UPDATE SET briefings = briefings + 1,
                   mentions = mentions + excluded.mentions""",
                [(name, kind, count) for (name, kind), count in linked.items()],
            )
            db.executemany(
                """INSERT OR IGNORE INTO named (entity_id, briefing_id)
                   SELECT id, ? FROM entities WHERE name = ? AND type = ?""",
                [(briefing_id, name, kind) for name, kind in linked],
            )
        from .text_search import index_terms

        terms: set[str] = set()
        for section in briefing.sections:
            terms |= index_terms(section.text)
            if section.heading:
                terms |= index_terms(section.heading)
        known = self._known_terms if self._known_terms is not None else set()
        new_terms = terms - known
        if new_terms:
            db.executemany("INSERT OR IGNORE INTO terms (term) VALUES (?)", [(t,) for t in new_terms])
            known |= new_terms
            if self._vocabulary is not None:
                self._vocabulary.add(new_terms)

    def _forget_parsed(self, db: sqlite3.Connection, briefing_id: int) -> None:
        from ..core.entities.merge import linked_name

        for entity in self._stored_entities(db, briefing_id):
            if entity.type not in LINKED_TYPES:
                continue
            row = db.execute("SELECT id FROM entities WHERE name = ? AND type = ?", (linked_name(entity), entity.type)).fetchone()
            if row is None:
                continue
            removed = db.execute("DELETE FROM named WHERE entity_id = ? AND briefing_id = ?", (row[0], briefing_id)).rowcount
            if removed:
                db.execute(
                    "UPDATE entities SET briefings = briefings - 1, mentions = mentions - ? WHERE id = ?",
                    (entity.count, row[0]),
                )
        if self.fts:
            for section_id, heading, text in db.execute(
                "SELECT id, heading, text FROM sections WHERE briefing_id = ?", (briefing_id,)
            ).fetchall():
                db.execute(
                    "INSERT INTO sections_fts (sections_fts, rowid, heading, text) VALUES ('delete', ?, ?, ?)",
                    (section_id, heading, _unpack(text)),
                )
        db.execute("DELETE FROM sections WHERE briefing_id = ?", (briefing_id,))

    @staticmethod
    def _stored_entities(db: sqlite3.Connection, briefing_id: int) -> list[Entity]:
        import json

        from ..core.model import Entity, Mention

        row = db.execute("SELECT body FROM briefings WHERE id = ?", (briefing_id,)).fetchone()
        if row is None or row[0] is None:
            return []
        entities = []
        for name, kind, aliases, numbers in json.loads(_unpack_body(row[0])[1]):
            mentions = tuple(Mention(*numbers[i : i + 3]) for i in range(0, len(numbers), 3))
            entities.append(Entity(name, kind, tuple(aliases), mentions))
        return entities

    def _tag(self, db: sqlite3.Connection, briefing_id: int, tags: Iterable[str]) -> None:
        db.executemany(
            "INSERT OR IGNORE INTO tags (briefing_id, tag) VALUES (?, ?)",
            [(briefing_id, tag.strip()) for tag in tags if tag.strip()],
        )

    @_guarded
    def find(self, *, content_hash: str | None = None, path: str | None = None, url: str | None = None) -> Entry | None:
        if content_hash is not None:
            where, value = "hash = ?", content_hash
        elif path is not None:
            where, value = "path = ?", path
        elif url is not None:
            where, value = "url = ?", url
        else:
            return None
        rows = self._entries(f"WHERE {where} ORDER BY b.id DESC LIMIT 1", (value,))
        return rows[0] if rows else None

    # ------------------------------------------------------------------ reading

    _ENTRY_COLUMNS = (
        "b.id, b.title, b.byline, b.date, b.source, b.path, b.url, b.format, b.added, b.section_count, "
        "b.size, b.read, (SELECT group_concat(tag, char(31)) FROM tags t WHERE t.briefing_id = b.id), b.hash"
    )

    def _entries(self, tail: str, parameters: tuple = ()) -> list[Entry]:
        rows = self.db.execute(f"SELECT {self._ENTRY_COLUMNS} FROM briefings b {tail}", parameters).fetchall()
        return [
            Entry(
                id=row[0], title=row[1], byline=row[2], date=row[3], source=row[4], path=row[5], url=row[6],
                format=row[7], added=_iso(row[8]) or "", sections=row[9], size=row[10], read=bool(row[11]),
                tags=tuple(sorted(row[12].split("\x1f"))) if row[12] else (), content_hash=row[13],
            )
            for row in rows
        ]

    @_guarded
    def get(self, id: int) -> Entry | None:
        rows = self._entries("WHERE b.id = ?", (id,))
        return rows[0] if rows else None

    @_guarded
    def source_text(self, id: int) -> str:
        row = self.db.execute("SELECT text, body FROM briefings WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise KeyError(id)
        return _unpack_body(row[1])[0] if row[1] is not None else _unpack(row[0])

    @_guarded
    def briefing(self, id: int) -> Briefing:
        row = self.db.execute("SELECT name, path, url FROM briefings WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise KeyError(id)
        return _parse(self.source_text(id), row[1] or row[2] or row[0] or f"library #{id}")

    @_guarded
    def briefing_entities(self, id: int) -> list[Entity]:
        return self._stored_entities(self.db, id)

    @staticmethod
    def _filters(tag: str | None, read: bool | None) -> tuple[str, list]:
        clauses, parameters = [], []
        if tag is not None:
            clauses.append("b.id IN (SELECT briefing_id FROM tags WHERE tag = ?)")
            parameters.append(tag)
        if read is not None:
            clauses.append("b.read = ?")
            parameters.append(1 if read else 0)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", parameters

    @_guarded
    def list(self, *, tag: str | None = None, read: bool | None = None, limit: int | None = None, offset: int = 0) -> list[Entry]:
        where, parameters = self._filters(tag, read)
        return self._entries(
            f"{where} ORDER BY b.id DESC LIMIT ? OFFSET ?", (*parameters, -1 if limit is None else limit, offset)
        )

    @_guarded
    def count(self, *, tag: str | None = None, read: bool | None = None) -> int:
        where, parameters = self._filters(tag, read)
        return self.db.execute(f"SELECT count(*) FROM briefings b {where}", parameters).fetchone()[0]

    # ------------------------------------------------------------------ search

    def _current_vocabulary(self) -> Vocabulary:
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if self._vocabulary is None or version != self._vocabulary_version:
            # Another connection changed the library: read the terms again.
            from .text_search import Vocabulary

            self._vocabulary = Vocabulary(row[0] for row in self.db.execute("SELECT term FROM terms"))
            self._vocabulary_version = version
        return self._vocabulary

    @_guarded
    def search(self, query: str, *, limit: int = 20, tag: str | None = None) -> list[BriefingMatches]:
        from .text_search import fts_expression, prepare_query, rank_text

        prepared = prepare_query(query, self._current_vocabulary())
        if prepared is None or not prepared.usable():
            return []
        tag_clause = " AND s.briefing_id IN (SELECT briefing_id FROM tags WHERE tag = ?)" if tag is not None else ""
        tag_parameters = (tag,) if tag is not None else ()
        columns = "s.id, s.briefing_id, s.idx, s.label, s.heading, s.text"
        if self.fts:
            rows = self.db.execute(
                f"""SELECT {columns} FROM sections s WHERE s.id IN (
                        SELECT rowid FROM sections_fts WHERE sections_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
                    {tag_clause} ORDER BY s.id DESC""",
                (fts_expression(prepared), CANDIDATES * (4 if tag else 1), *tag_parameters),
            ).fetchall()
        else:
            groups = []
            parameters: list = []
            for group in prepared.groups:
                if group:
                    terms = list(group)[:24]
                    groups.append("(" + " OR ".join(["s.text LIKE ? ESCAPE '\\' OR s.heading LIKE ? ESCAPE '\\'"] * len(terms)) + ")")
                    for term in terms:
                        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                        parameters.extend([pattern, pattern])
            joiner = " AND " if len(prepared.words) <= 2 else " OR "
            rows = self.db.execute(
                f"SELECT {columns} FROM sections s WHERE ({joiner.join(groups)}){tag_clause} ORDER BY s.id DESC LIMIT ?",
                (*parameters, *tag_parameters, CANDIDATES),
            ).fetchall()
        by_briefing: dict[int, list[tuple[float, int, str, object, str, str | None]]] = {}
        for ranked_count, (_, briefing_id, index, label, heading, text) in enumerate(rows):
            if ranked_count >= ENOUGH_RANKED and len(by_briefing) >= limit:
                break  # enough briefings found among the newest: each keystroke stays quick
            text = _unpack(text)
            match = rank_text(prepared, text, heading)
            if match is not None:
                by_briefing.setdefault(briefing_id, []).append((match.score, index, label, match, text, heading))
        if not by_briefing:
            return []
        ranked = sorted(
            by_briefing.items(),
            key=lambda item: (-(max(m[0] for m in item[1]) + min(4.0, len(item[1]) - 1.0)), -item[0]),
        )[:limit]
        entries = {
            row[0]: row[1:]
            for row in self.db.execute(
                f"SELECT id, title, path, url FROM briefings WHERE id IN ({','.join('?' * len(ranked))})",
                [briefing_id for briefing_id, _ in ranked],
            )
        }
        results = []
        for briefing_id, matches in ranked:
            title, path, url = entries[briefing_id]
            matches.sort(key=lambda m: (-m[0], m[1]))
            hits = tuple(
                LibraryHit(briefing_id, title, path, url, index, label, match.start, match.end, score,
                           *match.snippet(text, heading))
                for score, index, label, match, text, heading in matches[:3]
            )
            best = max(m[0] for m in matches) + min(4.0, len(matches) - 1.0)
            results.append(BriefingMatches(briefing_id, title, round(best, 1), hits))
        return results

    # ------------------------------------------------------------------ remembering

    def _require(self, id: int) -> None:
        if self.db.execute("SELECT 1 FROM briefings WHERE id = ?", (id,)).fetchone() is None:
            raise KeyError(id)

    @_guarded
    def save_position(self, id: int, section: int, line: int) -> None:
        now = time.time()
        with self._write() as db:
            db.execute(
                """INSERT INTO positions (briefing_id, section, line, saved) VALUES (?,?,?,?)
                   ON CONFLICT(briefing_id) DO UPDATE SET section = excluded.section,
                   line = excluded.line, saved = excluded.saved""",
                (id, section, line, now),
            )
            db.execute("UPDATE briefings SET opened = ? WHERE id = ?", (now, id))

    @_guarded
    def position(self, id: int) -> Position | None:
        row = self.db.execute("SELECT section, line, saved FROM positions WHERE briefing_id = ?", (id,)).fetchone()
        return Position(row[0], row[1], _iso(row[2]) or "") if row else None

    @_guarded
    def record_opened(self, id: int) -> None:
        with self._write() as db:
            db.execute("UPDATE briefings SET opened = ? WHERE id = ?", (time.time(), id))

    @_guarded
    def last_read(self) -> Entry | None:
        rows = self._entries("WHERE b.opened IS NOT NULL ORDER BY b.opened DESC, b.id DESC LIMIT 1")
        return rows[0] if rows else None

    @_guarded
    def add_bookmark(self, id: int, section: int, line: int, note: str = "") -> Bookmark:
        self._require(id)
        with self._write() as db:
            bookmark_id = db.execute(
                "INSERT INTO bookmarks (briefing_id, section, line, note, created) VALUES (?,?,?,?,?)",
                (id, section, line, note, time.time()),
            ).lastrowid
        return next(b for b in self.bookmarks(id) if b.id == bookmark_id)

    @_guarded
    def bookmarks(self, id: int | None = None) -> list[Bookmark]:
        where = "WHERE k.briefing_id = ?" if id is not None else ""
        rows = self.db.execute(
            f"""SELECT k.id, k.briefing_id, b.title, k.section, s.label, k.line, k.note, k.created
                FROM bookmarks k JOIN briefings b ON b.id = k.briefing_id
                LEFT JOIN sections s ON s.briefing_id = k.briefing_id AND s.idx = k.section
                {where} ORDER BY k.created DESC, k.id DESC""",
            (id,) if id is not None else (),
        ).fetchall()
        return [Bookmark(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], _iso(r[7]) or "") for r in rows]

    @_guarded
    def delete_bookmark(self, bookmark_id: int) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,)).rowcount > 0

    @_guarded
    def set_read(self, id: int, read: bool = True) -> None:
        self._require(id)
        with self._write() as db:
            db.execute("UPDATE briefings SET read = ? WHERE id = ?", (1 if read else 0, id))

    @_guarded
    def add_tags(self, id: int, tags: Iterable[str]) -> None:
        self._require(id)
        with self._write() as db:
            self._tag(db, id, tags)

    @_guarded
    def remove_tag(self, id: int, tag: str) -> None:
        with self._write() as db:
            db.execute("DELETE FROM tags WHERE briefing_id = ? AND tag = ?", (id, tag))

    @_guarded
    def tags(self) -> list[tuple[str, int]]:
        return [
            (row[0], row[1])
            for row in self.db.execute("SELECT tag, count(*) FROM tags GROUP BY tag ORDER BY count(*) DESC, tag")
        ]

    @_guarded
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @_guarded
    def set_setting(self, key: str, value: str) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # ------------------------------------------------------------------ across briefings

    @_guarded
    def entities(self, *, type: str | None = None, query: str | None = None, limit: int | None = None) -> list[EntitySummary]:
        where, parameters = ["briefings > 0"], []
        if type is not None:
            where.append("type = ?")
            parameters.append(type)
        rows = self.db.execute(
            f"SELECT name, type, briefings, mentions FROM entities WHERE {' AND '.join(where)} "
            "ORDER BY briefings DESC, mentions DESC, name",
            parameters,
        ).fetchall()
        summaries = [EntitySummary(*row) for row in rows]
        if query:
            from rapidfuzz import fuzz

            wanted = query.casefold().strip()

            def similarity(name: str) -> float:
                name = name.casefold()
                if wanted in name:
                    return 100.0
                return max([fuzz.WRatio(wanted, name), *(fuzz.ratio(wanted, word) for word in name.split())])

            scored = [(similarity(s.name), s) for s in summaries]
            summaries = [s for score, s in sorted(scored, key=lambda item: -item[0]) if score >= 80]
        return summaries if limit is None else summaries[:limit]

    @_guarded
    def briefings_naming(self, name: str, type: str | None = None) -> list[Entry]:
        clause = "e.name = ?" + (" AND e.type = ?" if type is not None else "")
        parameters = (name, type) if type is not None else (name,)
        return self._entries(
            f"""WHERE b.id IN (SELECT n.briefing_id FROM named n JOIN entities e
                ON e.id = n.entity_id WHERE {clause}) ORDER BY b.id DESC""",
            parameters,
        )

    # ------------------------------------------------------------------ keeping up

    @_guarded
    def delete(self, id: int) -> bool:
        with self._write() as db:
            if db.execute("SELECT 1 FROM briefings WHERE id = ?", (id,)).fetchone() is None:
                return False
            self._forget_parsed(db, id)
            db.execute("DELETE FROM briefings WHERE id = ?", (id,))
        return True

    @_guarded
    def stale(self) -> int:
        return self.db.execute(
            "SELECT count(*) FROM briefings WHERE parser_version != ?", (PARSER_VERSION,)
        ).fetchone()[0]

    @_guarded
    def reparse(self, progress: Progress | None = None) -> int:
        from ..core.entities import extract_entities
        from ..core.parsing import text_size

        ids = [row[0] for row in self.db.execute(
            "SELECT id FROM briefings WHERE parser_version != ? ORDER BY id", (PARSER_VERSION,)
        )]
        if self._known_terms is None:
            self._known_terms = {row[0] for row in self.db.execute("SELECT term FROM terms")}
        done = 0
        for briefing_id in ids:
            try:
                briefing = self.briefing(briefing_id)
            except KeyError:
                continue  # deleted meanwhile
            except Exception:  # noqa: BLE001 - a text the new parser refuses keeps its old sections
                briefing = None
            if briefing is not None:
                entities = extract_entities(briefing)
                source = self.source_text(briefing_id)
                with self._write() as db:  # one short transaction per briefing
                    self._forget_parsed(db, briefing_id)
                    self._store_parsed(db, briefing_id, briefing, entities)
                    db.execute(
                        "UPDATE briefings SET title = ?, byline = ?, format = ?, section_count = ?, parser_version = ?, "
                        "size = ?, body = ?, text = X'' WHERE id = ?",
                        (briefing.title, briefing.byline, briefing.format, len(briefing.sections), PARSER_VERSION,
                         text_size(briefing, source), _pack_body(source, entities), briefing_id),
                    )
            else:
                with self._write() as db:
                    db.execute("UPDATE briefings SET parser_version = ? WHERE id = ?", (PARSER_VERSION, briefing_id))
            done += 1
            if progress is not None:
                progress(done, len(ids))
        return done


def _pack_body(text: str, entities: list[Entity]) -> bytes:
    """A briefing's source text and entities, compressed together."""
    import json

    stored = [
        [e.name, e.type, list(e.aliases), [n for m in e.mentions for n in (m.section, m.start, m.end)]]
        for e in entities
    ]
    return _pack(f"{len(text)}\n{text}{json.dumps(stored, ensure_ascii=False, separators=(',', ':'))}")


def _unpack_body(body: bytes) -> tuple[str, str]:
    """(source text, entities as JSON) of a stored body."""
    whole = _unpack(body)
    newline = whole.index("\n")
    length = int(whole[:newline])
    return whole[newline + 1 : newline + 1 + length], whole[newline + 1 + length :]


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 9)


def _unpack(value: bytes | str) -> str:
    """A stored text: compressed, or as it is (libraries without FTS5 keep sections plain)."""
    if isinstance(value, str):
        return value
    return zlib.decompress(value).decode("utf-8", "surrogatepass")


def _parse(text: str, name: str) -> Briefing:
    """Parse stored source text again, as the reader would read it."""
    from ..core.parsing import parse_source
    from ..core.reading import SourceText

    return parse_source(SourceText(text, name))


def _prepare_file(path: Path, name: str) -> None:
    """Make the folder and create the file 0600, never following a symbolic link."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except PermissionError:
        raise LibraryError(f"{printable_name(str(path.parent))}: cannot create the library folder (permission denied)") from None
    except FileExistsError:
        raise LibraryError(f"{printable_name(str(path.parent))}: cannot create the library folder (a file is in the way)") from None
    except OSError as error:
        raise LibraryError(
            f"{printable_name(str(path.parent))}: cannot create the library folder ({error.strerror or error})"
        ) from None
    for candidate in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")):
        if candidate.is_symlink():
            raise LibraryError(f"{printable_name(str(candidate))}: is a symbolic link; the library will not follow it")
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0), 0o600)
        os.close(descriptor)
    except FileExistsError:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode):
            raise LibraryError(f"{name}: the library is not a regular file") from None
    except PermissionError:
        raise LibraryError(f"{name}: cannot create the library (permission denied)") from None
    except OSError as error:
        raise LibraryError(f"{name}: cannot create the library ({error.strerror or error})") from None
    if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise LibraryError(f"{name}: the library cannot be written (permission denied)")
