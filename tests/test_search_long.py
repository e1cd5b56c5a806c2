"""A long briefing: its search index is built in a worker with progress in the status
line, and every keystroke answers meanwhile (the query as written)."""

from __future__ import annotations

import threading

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import SourceText
from briefing_tui.screens.reader import ReaderScreen


def long_text() -> str:
    paragraphs = [
        f"Report {i}: the oil price rose while traders in Rotterdam weighed supply number {i}."
        for i in range(400)
    ]
    return "Oil Markets Daily\n\nTopline\n" + "\n\n".join(paragraphs) + "\n"


async def until(pilot, condition, seconds: float = 15.0) -> bool:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def test_keystrokes_answer_while_the_index_is_built_with_progress(monkeypatch):
    import briefing_tui.core.search as search

    monkeypatch.setattr(ReaderScreen, "INDEX_IN_BACKGROUND", 10_000)
    app = BriefingApp(SourceText(long_text(), "oil.txt"))
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: reader.built and reader.entities is not None)
        await app.workers.wait_for_complete()
        assert await until(pilot, lambda: not reader._index_building)
        # From here, an index that takes as long as the test says, reporting its progress.
        go_on = threading.Event()
        original = search.SearchIndex.__init__

        def slow_index(self, *args, progress=None, **kwargs):
            if progress:
                progress(0.4)
            go_on.wait(20)
            original(self, *args, **kwargs)

        monkeypatch.setattr(search.SearchIndex, "__init__", slow_index)
        reader._search_index = None  # as on a long briefing before its index exists
        await pilot.press("slash", *"rotterdam")
        assert await until(pilot, lambda: len(reader.search_bar.hits) >= 100)
        # Answered without the index: the query as written, marked in the text, counted.
        assert reader._search_index is None
        assert all(hit.score == 100.0 and not hit.spans for hit in reader.search_bar.hits)
        assert reader.walk is not None and reader.walk.label == "rotterdam"
        assert await until(pilot, lambda: "indexing for search… 40%" in reader.note)
        go_on.set()
        assert await until(pilot, lambda: reader._search_index is not None and "indexing" not in reader.note)
        # The query runs again on the index: typo-tolerant hits with their word spans.
        assert await until(pilot, lambda: reader.search_bar.hits and reader.search_bar.hits[0].spans)
