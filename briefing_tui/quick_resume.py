"""`briefing` with no argument: the briefing read last and its place, read before the
first frame, cheaply.

This one look-up reads the SQLite library file directly, read-only, without importing the
library package (its start-up cost is paid after the first frame instead). It knows the
store's tables (briefing_tui/library/sqlite_store.py); tests/test_remembered.py checks it
against the `Library` interface. Any surprise (no file, a locked or damaged file, other
tables) answers UNKNOWN and the caller asks the library itself.
"""

from __future__ import annotations

import os

UNKNOWN = "unknown"  # the quick look-up could not tell; ask the library

_LAST_READ = """
    SELECT b.id, b.body, b.text, b.path, b.url, b.title, p.section, p.line
    FROM briefings b LEFT JOIN positions p ON p.briefing_id = b.id
    WHERE b.opened IS NOT NULL ORDER BY b.opened DESC, b.id DESC LIMIT 1"""


def library_file() -> str:
    """Where the library is: $BRIEFING_LIBRARY, else the user data folder (as the library says)."""
    chosen = os.environ.get("BRIEFING_LIBRARY")
    if chosen:
        return os.path.expanduser(chosen)
    import platformdirs

    return os.path.join(platformdirs.user_data_dir("briefing", appauthor=False), "library.sqlite3")


def last_read():
    """(id, text, name, url, (section, line) or None) of the briefing read last; None when
    there is none (a fresh install); UNKNOWN when this quick look-up cannot tell."""
    path = library_file()
    if not os.path.exists(path):
        return None
    import sqlite3
    import zlib
    from urllib.parse import quote

    try:
        connection = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=0.2)
        try:
            row = connection.execute(_LAST_READ).fetchone()
        finally:
            connection.close()
        if row is None:
            return None
        library_id, body, packed, file_path, url, title, section, line = row
        if body is not None:  # "LENGTH\n" + source text + entities, compressed together
            whole = zlib.decompress(body).decode("utf-8", "surrogatepass")
            newline = whole.index("\n")
            text = whole[newline + 1 : newline + 1 + int(whole[:newline])]
        else:
            text = packed if isinstance(packed, str) else zlib.decompress(packed).decode("utf-8", "surrogatepass")
    except (sqlite3.Error, zlib.error, UnicodeError, TypeError, ValueError):
        return UNKNOWN
    name = file_path or url or title or f"library #{library_id}"
    return library_id, text, name, url, (section, line) if section is not None else None
