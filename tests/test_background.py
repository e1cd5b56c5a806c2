"""Background work: the UI thread gets the interpreter often, the collector waits, both come back."""

from __future__ import annotations

import gc
import sys
import threading

from briefing_tui.background import (
    SWITCH_INTERVAL,
    background_work,
    hold_collector,
    release_collector,
    thaw,
    working,
)
from briefing_tui.core.entities import entities_in_stages, extract_entities
from briefing_tui.core.parsing import parse_text
from briefing_tui.core.resources import bundled_briefing


def test_background_work_nests_and_puts_everything_back():
    interval, enabled = sys.getswitchinterval(), gc.isenabled()
    assert not working()
    with background_work():
        assert working() and not gc.isenabled()
        assert sys.getswitchinterval() <= SWITCH_INTERVAL
        with background_work():
            assert not gc.isenabled()
        assert working() and not gc.isenabled()  # the outer work still runs
    assert not working()
    assert sys.getswitchinterval() == interval and gc.isenabled() == enabled


def test_overlapping_work_in_two_threads_ends_with_the_last_one():
    enabled = gc.isenabled()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with background_work():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with background_work():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())  # the first work ended; this one still runs

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [False]
    assert gc.isenabled() == enabled and not working()


def test_background_work_ends_cleanly_when_the_work_fails():
    enabled = gc.isenabled()
    try:
        with background_work():
            raise ValueError("stop")
    except ValueError:
        pass
    assert gc.isenabled() == enabled and not working()


def test_stages_report_every_section_read_and_end_as_one_extraction():
    text = "Title\n\n" + "\n\n".join(
        f"## Day {n}\n\nMinister Ana Ruiz visited Lisbon and the Bank of Portugal on day {n}." for n in range(1, 9)
    ) + "\n"
    briefing = parse_text(text)
    read: list[int] = []
    stages = list(entities_in_stages(briefing, backend="rules", progress=read.append))
    total = len(briefing.sections)
    assert read == list(range(1, total + 1))
    assert stages[0][0] == 1 and stages[-1][0] == total
    assert [done for done, _ in stages] == sorted({done for done, _ in stages})
    assert stages[-1][1] == extract_entities(briefing, backend="rules")


def test_what_background_work_made_is_set_aside_then_handed_back():
    gc.collect()
    frozen = gc.get_freeze_count()
    with background_work():
        made = [[index] for index in range(1000)]  # objects the collector tracks
    assert gc.get_freeze_count() >= frozen + len(made)  # no long walk over them when the work ends
    thaw()
    assert gc.get_freeze_count() == 0


def test_a_worker_gives_way_just_after_a_key_and_not_otherwise():
    import time

    from briefing_tui import background

    background._last_input = 0.0
    start = time.monotonic()
    background.give_way()
    assert time.monotonic() - start < background.KEY_MOMENT / 2  # no key: no wait
    background.note_input()
    start = time.monotonic()
    background.give_way()
    waited = time.monotonic() - start
    assert background.KEY_MOMENT * 0.8 <= waited <= background.LONGEST_WAIT + 0.2


async def test_a_reader_closed_for_the_library_hands_back_what_was_set_aside_and_a_quit_does_not(filled_library):
    """Back in the library, a closed reader's briefing may be collected; at quit, handing
    it back would only make the interpreter's last collection walk it all (a slow exit)."""
    import asyncio

    from briefing_tui.app import BriefingApp
    from briefing_tui.screens.library import LibraryScreen
    from briefing_tui.screens.reader import ReaderScreen

    async def until(pilot, condition) -> None:
        for _ in range(200):
            await pilot.pause()
            if condition():
                return
            await asyncio.sleep(0.05)
        raise AssertionError("the condition never held")

    thaw()
    app = BriefingApp(None)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.query("RowList"))
        await pilot.press("enter")  # the newest briefing, in the reader
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.entities is not None)
        await app.workers.wait_for_complete()
        assert gc.get_freeze_count() > 0  # the names found are set aside from the collector
        await pilot.press("L")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.pause()
        assert gc.get_freeze_count() == 0
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.entities is not None)
        await app.workers.wait_for_complete()
    assert gc.get_freeze_count() > 0  # quit: nothing handed back
    thaw()


def test_the_collector_held_for_the_start_runs_again_when_released():
    assert gc.isenabled()
    hold_collector()
    try:
        assert not gc.isenabled()
    finally:
        release_collector()
    assert gc.isenabled()
    release_collector()  # a second release, or one without a hold, changes nothing
    assert gc.isenabled()


def test_background_work_begun_while_the_collector_is_held_lets_it_run_at_its_end():
    hold_collector()
    with background_work():
        release_collector()  # the first frame, while the work runs: the work still needs it off
        assert not gc.isenabled()
    assert gc.isenabled() and not working()
    gc.unfreeze()


def test_a_hold_during_background_work_leaves_the_work_in_charge():
    with background_work():
        hold_collector()
        assert not gc.isenabled()
    assert gc.isenabled()
    release_collector()
    assert gc.isenabled()
    gc.unfreeze()


async def test_the_reader_releases_the_collector_held_at_start_with_its_first_frame(monkeypatch):
    """`briefing FILE` holds the collector from its start; the app's first frame releases
    it (else a long reading session would never collect a cycle)."""
    from briefing_tui.app import BriefingApp
    from briefing_tui.core.reading import read_source

    seen: list[tuple[bool, bool]] = []
    first_frame = BriefingApp.on_ready

    def on_ready(app) -> None:
        before = gc.isenabled()
        first_frame(app)
        seen.append((before, gc.isenabled()))  # before the panes after the first frame

    monkeypatch.setattr(BriefingApp, "on_ready", on_ready)
    hold_collector()
    try:
        app = BriefingApp(read_source(bundled_briefing()), keep=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert app.first_frame_shown
    finally:
        release_collector()
    assert seen == [(False, True)]
    gc.unfreeze()
