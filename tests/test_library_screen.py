"""The library screen and the remembered reader, driven by a user's keys (Pilot).

Every test runs on its own library file (tests/conftest.py sets BRIEFING_LIBRARY).
"""

from __future__ import annotations

import pytest

import asyncio

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.library import Entry, EntitySummary, open_library
from briefing_tui.screens.dialogs import BookmarkList, ConfirmDialog, NoteDialog
from briefing_tui.screens.library import HitRow, LibraryScreen
from briefing_tui.screens.reader import ReaderScreen
from briefing_tui.widgets.row_list import RowList
from briefing_tui.widgets.status_line import StatusLine

SIZE = (120, 36)
NEWEST_FIRST = [
    "Measles",  # words of each title, newest added first
    "Fed",
    "COP30",
    "Kroger",
    "The U.S. and Japan",
]


async def settle(pilot, until=lambda: True) -> None:
    """Let workers finish and the screen catch up, until a condition holds (up to 5 s)."""
    for _ in range(100):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if until():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the condition never held")


def rows(app) -> list:
    return app.screen.query_one(RowList).rows


def titles(app) -> list[str]:
    return [row.title for row in rows(app)]


def status(app) -> StatusLine:
    return app.screen.query_one(StatusLine)


async def test_the_library_lists_briefings_newest_first_and_typing_filters(filled_library):
    app = BriefingApp(None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: len(rows(app)) == 5)
        assert isinstance(app.screen, LibraryScreen)
        for title, words in zip(titles(app), NEWEST_FIRST):
            assert words in title
        assert not any(row.read for row in rows(app))
        await pilot.press(*"measles")  # on the list, typing starts the filter
        await settle(pilot)
        assert len(rows(app)) == 1 and "Measles" in titles(app)[0]
        await pilot.press("escape")  # clears the filter
        await settle(pilot)
        assert len(rows(app)) == 5
        await pilot.press(*"#work")  # tags are filtered on too
        await settle(pilot)
        assert all("work" in row.tags for row in rows(app)) and len(rows(app)) == 2


async def test_search_as_you_type_then_enter_opens_the_reader_at_the_hit(filled_library):
    app = BriefingApp(None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: len(rows(app)) == 5)
        await pilot.press("slash", *"kishda")  # a typo of Kishida
        await settle(pilot, lambda: any(isinstance(r, HitRow) and r.hit for r in rows(app)))
        hit_rows = [row for row in rows(app) if isinstance(row, HitRow) and row.hit is not None]
        assert all("Japan" in (row.result.title or "") for row in hit_rows)
        await pilot.press("down")  # from the title row to its first hit
        chosen = app.screen.query_one(RowList).current
        assert isinstance(chosen, HitRow) and chosen.hit is not None
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, ReaderScreen) and bool(status(app).match))
        reader = app.screen
        assert reader.walk is not None and reader.walk.label == "kishda"
        section, start, end = reader.walk.spans[reader.walk.index]
        assert (section, start, end) == (chosen.hit.section, chosen.hit.start, chosen.hit.end)
        assert "kishida" in reader.briefing.sections[section].text[start:end].casefold()
        assert status(app).position.startswith(f"{section + 1}/5")
        assert status(app).match.startswith("kishda ")
        await pilot.press("L")  # back to the library, the search still there
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen) and app.screen.view == "search"
        await pilot.press("escape", "escape")  # the search, then the filter box
        await settle(pilot)
        assert app.screen.view == "briefings"


async def test_L_opens_the_library_from_the_reader_and_L_or_esc_goes_back(filled_library):
    app = BriefingApp(read_source(bundled_briefing()), origin=str(bundled_briefing()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader.library_id is not None)
        reader = app.screen
        await pilot.press("3")
        await pilot.press("L")
        await settle(pilot, lambda: isinstance(app.screen, LibraryScreen) and len(rows(app)) == 5)
        assert app.screen_stack[-2] is reader
        await pilot.press("L")
        await settle(pilot)
        assert app.screen is reader and status(app).position.startswith("3/5")
        await pilot.press("L")
        await settle(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reader


async def test_entities_across_the_library_then_the_briefings_naming_one(filled_library):
    app = BriefingApp(None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: len(rows(app)) == 5)
        await pilot.press("tab")
        await settle(pilot, lambda: rows(app) and isinstance(rows(app)[0], EntitySummary))
        entities = rows(app)
        assert all(e.type not in ("date", "number") for e in entities)
        counts = [e.briefings for e in entities]
        assert counts == sorted(counts, reverse=True)  # most named first
        await pilot.press(*"united states")
        await settle(pilot, lambda: rows(app) and rows(app)[0].name == "United States")
        named = rows(app)[0]
        assert named.briefings >= 2
        await pilot.press("enter")
        await settle(pilot, lambda: rows(app) and isinstance(rows(app)[0], Entry))
        assert app.screen.view == "naming" and len(rows(app)) == named.briefings
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, ReaderScreen) and bool(status(app).match))
        assert app.screen.walk.kind == "mention"
        # The briefing shows the name as its text writes it ("U.S."), the library as one.
        assert status(app).match.split(" 1/")[0] in ("United States", "U.S.", "US")


async def test_read_and_tag_filters(filled_library):
    with open_library(filled_library) as library:
        measles = library.list()[0]
        library.set_read(measles.id, True)
    app = BriefingApp(None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: len(rows(app)) == 5)
        assert rows(app)[0].read
        await pilot.press("ctrl+r")  # unread only
        await settle(pilot)
        assert len(rows(app)) == 4 and not any(row.read for row in rows(app))
        await pilot.press("ctrl+r")  # read only
        await settle(pilot)
        assert [row.id for row in rows(app)] == [measles.id]
        await pilot.press("ctrl+r", "ctrl+t")  # all again; the first tag
        await settle(pilot)
        assert app.screen.tag == "work" and len(rows(app)) == 2
        await pilot.press("ctrl+t")  # no tag filter
        await settle(pilot)
        assert app.screen.tag is None and len(rows(app)) == 5


async def test_deleting_a_briefing_asks_first(filled_library):
    app = BriefingApp(None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: len(rows(app)) == 5)
        first = rows(app)[0]
        await pilot.press("delete")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen) and len(rows(app)) == 5
        await pilot.press("delete", "y")
        await settle(pilot, lambda: len(rows(app)) == 4)
        assert first.id not in [row.id for row in rows(app)]
    with open_library(filled_library) as library:
        assert library.get(first.id) is None and library.count() == 4


def bundled_app(**opening) -> BriefingApp:
    return BriefingApp(read_source(bundled_briefing()), origin=str(bundled_briefing()), **opening)


async def test_the_reader_keeps_the_briefing_and_saves_its_place_within_a_second(library_path):
    app = bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader.library_id is not None)
        library_id = app.reader.library_id
        await pilot.press("4", "j", "j")
        await pilot.pause(1.0)
        with open_library(library_path) as library:
            saved = library.position(library_id)
            assert library.get(library_id).read
        assert saved is not None and saved.section == 3
        expected = app.reader.place
        assert (saved.section, saved.line) == expected
    # Opened again: at the place left.
    app = bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader.place == expected)
        assert status(app).position.startswith("4/5")


async def test_no_keep_leaves_the_library_alone(library_path):
    app = bundled_app(keep=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader.entities is not None)
        await pilot.press("3")
        await pilot.pause(0.6)
        assert app.reader.library_id is None
    with open_library(library_path) as library:
        assert library.count() == 0


async def test_m_bookmarks_with_a_note_and_M_jumps_back(library_path):
    app = bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader.library_id is not None)
        await pilot.press("3", "m")
        await settle(pilot, lambda: isinstance(app.screen, NoteDialog))
        await pilot.press(*"check this", "enter")
        await settle(pilot, lambda: isinstance(app.screen, ReaderScreen))
        with open_library(library_path) as library:
            (bookmark,) = library.bookmarks()
        assert (bookmark.section, bookmark.note, bookmark.label) == (2, "check this", "Background")
        await pilot.press("g")
        await settle(pilot, lambda: app.reader.section == 0)
        await pilot.press("M")
        await settle(pilot, lambda: isinstance(app.screen, BookmarkList))
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.reader.section == 2)
        assert status(app).position == "3/5 Background"
        # Across the library: the bookmarks view opens the briefing at the place.
        await pilot.press("g", "L")
        await settle(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("tab", "tab")
        await settle(pilot, lambda: rows(app) and rows(app)[0].note == "check this")
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.section == 2)


def _make_stale(path) -> None:
    """As after an upgrade of the parser: every briefing stored by an older one, its
    title as that parser read it."""
    import sqlite3

    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE briefings SET parser_version = 0, title = 'Read by an older parser'")
    connection.close()


async def test_the_app_parses_stale_briefings_again_in_a_child_with_progress(filled_library, monkeypatch):
    import briefing_tui.app

    _make_stale(filled_library)
    monkeypatch.setattr(briefing_tui.app, "REPARSE_AFTER_S", 0.05)
    app = BriefingApp(None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: len(rows(app)) == 5)
        notices = lambda: [n.message for n in app._notifications]  # noqa: E731
        await settle(pilot, lambda: any(m.startswith("Library updated: 5 briefings") for m in notices()))
        assert "Updating your library: reading its 5 briefings again with this version's sections and names" in notices()
        # The rows are read again: the titles as the parser of today reads them.
        await settle(pilot, lambda: "Read by an older parser" not in titles(app))
        assert any("Measles" in title for title in titles(app))
    with open_library(filled_library) as library:
        assert library.stale() == 0
        assert all(entry.title != "Read by an older parser" for entry in library.list())


async def test_the_reader_parses_the_library_again_and_keeps_reading(filled_library, monkeypatch):
    import briefing_tui.app

    _make_stale(filled_library)
    monkeypatch.setattr(briefing_tui.app, "REPARSE_AFTER_S", 0.05)
    app = BriefingApp(read_source(bundled_briefing()))
    async with app.run_test(size=SIZE) as pilot:
        notices = lambda: [n.message for n in app._notifications]  # noqa: E731
        await settle(pilot, lambda: any(m.startswith("Library updated: 5 briefings") for m in notices()))
        assert isinstance(app.screen, ReaderScreen)
    with open_library(filled_library) as library:
        assert library.stale() == 0


def test_the_reparse_child_reports_progress_and_refuses_a_bad_library(filled_library, tmp_path):
    import subprocess
    import sys

    _make_stale(filled_library)
    done = subprocess.run([sys.executable, "-m", "briefing_tui.library.reparse", str(filled_library)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    lines = done.stdout.split()
    assert lines[:2] == ["0", "5"] and lines[-2:] == ["5", "5"]
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    done = subprocess.run([sys.executable, "-m", "briefing_tui.library.reparse", str(broken)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


async def test_a_library_failing_after_the_briefing_is_found_is_said_once(filled_library):
    """The briefing is in the library, then the library fails (damaged while in use):
    the reader says so once and goes on reading."""
    from briefing_tui.library import LibraryError
    from briefing_tui.library.sqlite_store import SQLiteLibrary

    class FailsAfterFinding(SQLiteLibrary):
        def position(self, id):
            raise LibraryError(f"{self.path.name}: the library is damaged (test); kept aside")

    app = BriefingApp(read_source(bundled_briefing()))
    app.library._opener = lambda: FailsAfterFinding(filled_library)
    async with app.run_test(size=SIZE) as pilot:
        notices = lambda: [n.message for n in app._notifications]  # noqa: E731
        await settle(pilot, lambda: any("damaged (test)" in m for m in notices()))
        await pilot.press("]", "]")  # moves saved to the library: no second notice
        await asyncio.sleep(1.5)
        await settle(pilot)
        assert sum("damaged (test)" in m for m in notices()) == 1
        assert isinstance(app.screen, ReaderScreen) and app.screen.place[0] == 2


@pytest.mark.parametrize("rows_down", [0, 1, 2, 3])
async def test_reopened_where_left_when_the_top_row_is_a_border_or_the_gap_between_panes(library_path, tmp_path, rows_down):
    """Short sections: the top row may be a pane's border or the gap under it. Reopened,
    the reader shows the same section at the top, as the status line said when it closed."""
    path = tmp_path / "short.md"
    parts = ["# Short sections\n"] + [f"## Part {n}\n\nOne line of part {n}.\n" for n in range(1, 21)]
    path.write_text("\n".join(parts), encoding="utf-8")

    def app_for() -> BriefingApp:
        return BriefingApp(read_source(path), origin=str(path))

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: app.reader.library_id is not None)
        await pilot.press("5")  # (a digit waits a moment for a second one)
        await settle(pilot, lambda: status(app).position.startswith("5/"))
        await pilot.press(*["j"] * rows_down)
        library_id = app.reader.library_id

        def saved() -> bool:
            with open_library(library_path) as library:
                position = library.position(library_id)
            return position is not None and (position.section, position.line) == app.reader.place

        await settle(pilot, saved)
        left_at = status(app).position
        top_row = round(app.reader.reading.scroll_y)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: status(app).position == left_at)
        assert status(app).position == left_at
        # Places are kept by the text's lines: the top row is in the same pane, or its gap.
        layout = app.reader.reading.layout_rows
        section = int(left_at.split("/")[0]) - 1
        start, stop = layout.section_range(section)
        assert start <= round(app.reader.reading.scroll_y) < stop and start - 1 <= top_row < stop


@pytest.mark.parametrize("from_reader", [False, True])
async def test_the_library_footer_fits_80_columns_and_help_still_lists_every_key(filled_library, from_reader):
    """At 80 columns the footer shows its keys whole (none cut at the edge); every key,
    shown there or not, is in the help."""
    from textual.widgets import Footer

    from briefing_tui.screens.help import HelpScreen, key_rows

    source = read_source(bundled_briefing()) if from_reader else None
    app = BriefingApp(source, origin=str(bundled_briefing()) if from_reader else None)
    async with app.run_test(size=(80, 24)) as pilot:
        if from_reader:
            await settle(pilot, lambda: app.reader.library_id is not None)
            await pilot.press("L")
        await settle(pilot, lambda: isinstance(app.screen, LibraryScreen) and len(rows(app)) == 5
                     and bool(app.screen.query(Footer)))
        footer = app.screen.query_one(Footer)
        assert footer.virtual_size.width <= 80, "the footer is cut at 80 columns"
        bottom = [strip.text for strip in app.screen._compositor.render_strips()][-1]
        for essential in ("q Quit", "? Help", "/ Search"):
            assert essential in bottom
        if from_reader:
            assert "L Back" in bottom
        await pilot.press("question_mark")
        await settle(pilot, lambda: isinstance(app.screen, HelpScreen))
        listed = {description for _, bindings in app.screen.groups for _, description in key_rows(bindings)}
        for said_in_full in ("Back to the reader", "Search every briefing", "Briefings, entities, bookmarks",
                             "All, unread, read", "Tag filter", "Delete"):
            assert said_in_full in listed
