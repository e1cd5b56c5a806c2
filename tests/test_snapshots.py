"""What the reader looks like: SVG snapshots of its screens (pytest-textual-snapshot).

After a change to how the reader looks, regenerate with
`pytest tests/test_snapshots.py --snapshot-update`, then look at every changed SVG
before accepting it.
"""

from __future__ import annotations

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from conftest import settled as reader_settled


def make_app() -> BriefingApp:
    return BriefingApp(read_source(bundled_briefing()))


async def settled(pilot) -> None:
    """Wait for what comes after the first frame: the outline list, footer, the entity
    panel's last stage (conftest's `settled`)."""
    app = pilot.app
    await reader_settled(pilot)
    for _ in range(100):  # up to 5 s on a busy machine
        await pilot.pause()
        await app.workers.wait_for_complete()
        if app.reader.entities is not None and app.query("FooterKey") and app.query("Outline"):
            break
        await pilot.pause(0.05)
    # One full refresh at the end: the SVG's id hashes the segments, and segments cut
    # differently by earlier partial refreshes would change it with no visible change.
    app.screen.refresh(layout=True)
    app.query_one("ReadingView").refresh()
    await pilot.pause()
    await pilot.pause()


def test_main_screen_wide(snap_compare):
    """120x40: outline beside the text, status line, footer."""
    assert snap_compare(make_app(), run_before=settled, terminal_size=(120, 40))


def test_main_screen_medium(snap_compare):
    """70x24: the outline narrows."""
    assert snap_compare(make_app(), run_before=settled, terminal_size=(70, 24))


def test_help_screen(snap_compare):
    """? opens the help: every key, by pane."""
    async def open_help(pilot):
        await settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_help, terminal_size=(120, 40))


def test_narrow_screen_with_outline_bar(snap_compare):
    """55x20: the outline folds into a one-line bar above the text."""
    assert snap_compare(make_app(), run_before=settled, terminal_size=(55, 20))


def test_entity_panel_open(snap_compare):
    """The entity panel beside the text, grouped by type (120×40)."""

    async def open_panel(pilot):
        await settled(pilot)
        await pilot.press("e")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_panel, terminal_size=(120, 40))


def test_search_results(snap_compare):
    """The search bar with its results for a query with a typo (120×40)."""

    async def search(pilot):
        await settled(pilot)
        await pilot.press("slash", *"taiwn")
        await searched(pilot, "taiwn")

    assert snap_compare(make_app(), run_before=search, terminal_size=(120, 40))


async def searched(pilot, query: str) -> None:
    """Wait until the last keystroke's results are listed and marked in the text."""
    app = pilot.app
    for _ in range(200):  # up to 10 s on a busy machine
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        if app.reader.match_label.startswith(query + " ") and app.reader.search_bar.shown_query == query:
            break
    app.reader.search_bar.input.cursor_blink = False  # a steady cursor: the picture does not blink
    await settled(pilot)


async def library_settled(pilot) -> None:
    """The library screen with every row loaded and its footer drawn."""
    app = pilot.app
    for _ in range(100):
        await pilot.pause()
        await app.workers.wait_for_complete()
        if app.query("FooterKey") and app.screen.query("RowList") and app.screen.query_one("RowList").rows:
            break
        await pilot.pause(0.05)
    app.screen.refresh(layout=True)
    await pilot.pause()
    await pilot.pause()


def test_library_screen(snap_compare, filled_library):
    """`briefing library`: newest first, unread marked, tags, dates, sizes (120×30)."""
    assert snap_compare(BriefingApp(None), run_before=library_settled, terminal_size=(120, 30))


def test_library_entities_view(snap_compare, filled_library):
    """tab: the names across the library, most named first, with their counts (120×30)."""

    async def entities(pilot):
        await library_settled(pilot)
        await pilot.press("tab")
        await library_settled(pilot)

    assert snap_compare(BriefingApp(None), run_before=entities, terminal_size=(120, 30))


def test_html_article(snap_compare):
    """A saved web page: the article's sections, its title, author, site and date in the header."""
    from pathlib import Path

    page = Path(__file__).parent / "fixtures" / "html" / "news_article.html"
    assert snap_compare(BriefingApp(read_source(page)), run_before=settled, terminal_size=(120, 40))
# ---------------------------------------------------------------- small screens, panes open


def _panes(*keys: str, theme: str | None = None):
    async def run_before(pilot):
        await settled(pilot)
        if theme:
            pilot.app.theme = theme
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await settled(pilot)

    return run_before


def test_panel_and_outline_70x24(snap_compare):
    """70×24, e: the outline and the entity panel both beside 20 columns of text."""
    assert snap_compare(make_app(), run_before=_panes("e"), terminal_size=(70, 24))


def test_panel_and_outline_70x24_light(snap_compare):
    """The same in textual-light: titles, borders and counts readable on light grey."""
    assert snap_compare(make_app(), run_before=_panes("e", theme="textual-light"), terminal_size=(70, 24))


def test_panel_and_outline_60x20(snap_compare):
    """60×20, o then e: no room for both, the panel asked for last is shown, names cut."""
    assert snap_compare(make_app(), run_before=_panes("o", "e"), terminal_size=(60, 20))


def test_panel_and_outline_50x16(snap_compare):
    """50×16, e: the outline as a bar, the panel beside the text, which keeps 20 columns."""
    assert snap_compare(make_app(), run_before=_panes("e"), terminal_size=(50, 16))


def test_outline_opened_50x16(snap_compare):
    """50×16, e then o: the outline takes the panel's place; the text keeps 20 columns."""
    assert snap_compare(make_app(), run_before=_panes("e", "o"), terminal_size=(50, 16))


def test_search_as_you_type(snap_compare):
    """/japan, no enter: every match marked in the text, "1/N" at once (textual-light)."""

    async def typed(pilot):
        await _panes("slash", *"japan", theme="textual-light")(pilot)
        await searched(pilot, "japan")

    assert snap_compare(make_app(), run_before=typed, terminal_size=(100, 30))


def test_links_listed(snap_compare):
    """u: the briefing's links, words and address; the highlighted address whole below."""
    from pathlib import Path

    app = BriefingApp(read_source(str(Path(__file__).parent / "fixtures" / "reader" / "links.md")))
    assert snap_compare(app, run_before=_panes("u"), terminal_size=(100, 30))
