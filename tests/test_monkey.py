"""A seeded monkey: thousands of random keys from the reader's key table, at changing sizes.

Whatever is pressed, in whatever pane, at whatever terminal size, the reader never raises
(run_test re-raises an app's exception on exit) and keeps running until it is told to quit.
The quit keys (q, ctrl+q) are left out of the random pool, and so is the letter q when typed
into a box; `q` is pressed once at the end and must exit with status 0.
"""

from __future__ import annotations

import random
import string
from collections import deque
from pathlib import Path

import pytest
from textual import events
from textual.command import CommandPalette
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.widgets import Input

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.screens.help import HelpScreen
from briefing_tui.screens.reader import ReaderScreen
from briefing_tui.widgets.status_line import StatusLine

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"

# CONTRACTS.md "Keys in the reader", without q and ctrl+q.
CONTRACT_KEYS = [
    "j", "k", "down", "up", "space", "b", "pagedown", "pageup", "g", "G", "home", "end",
    "right_square_bracket", "left_square_bracket", *"123456789", "tab", "shift+tab",
    "slash", "n", "N", "e", "o", "escape", "question_mark", "f1",
]
EXTRA_KEYS = ["enter", "tab", "shift+tab", "pageup", "pagedown", "home", "end", "backspace", "left", "right"]
# Typed into the search box and the entity filter (and, when focus is elsewhere, keys too).
TYPED = [c for c in string.ascii_letters + string.digits if c not in "qQ"] + ["space", "minus", "full_stop"]
SIZES = [(20, 6), (24, 8), (40, 12), (55, 20), (70, 24), (80, 24), (120, 40), (200, 60), (300, 100)]

PRESSES = 2000


def pick(rng: random.Random) -> list[str]:
    """The next action: one key, a burst of typing, or the command palette opened and closed."""
    roll = rng.random()
    if roll < 0.55:
        return [rng.choice(CONTRACT_KEYS)]
    if roll < 0.70:
        return [rng.choice(EXTRA_KEYS)]
    if roll < 0.95:
        return [rng.choice(TYPED) for _ in range(rng.randint(1, 6))]
    # ctrl+p, a few letters (never enter: the palette could run "Quit"), then escape.
    return ["ctrl+p", *[rng.choice(string.ascii_lowercase.replace("q", "")) for _ in range(rng.randint(0, 3))], "escape"]


def key_event(key: str) -> events.Key:
    """The Key event Pilot.press would send for `key` (textual.app.App._press_keys)."""
    import unicodedata

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        character = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        character = key if len(key) == 1 else None
    return events.Key(key, character)


async def send(pilot, key: str) -> None:
    """Press a key and wait until the screen has handled it.

    Pilot.press also waits twice for the process to look idle (at least 2 x 20 ms a key);
    that would make 2,000 keys take minutes. Waiting for the screen's message queues is
    what keeps the keys in order and a failure near the key that caused it.
    """
    app = pilot.app
    event = key_event(key)
    event.set_sender(app)
    app._driver.send_message(event)
    await pilot._wait_for_screen()
    await pilot._wait_for_screen()


async def settle(app) -> None:
    """Wait for the app's workers; a worker cancelled by a newer one (exclusive) is fine."""
    from textual.worker import WorkerCancelled

    for _ in range(10):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue


def check(app: BriefingApp, size: tuple[int, int], history) -> None:
    width, height = size
    assert app.return_code is None, f"the app quit; last keys: {list(history)}"
    assert app.is_running, f"the app stopped; last keys: {list(history)}"
    assert app.size == size
    # The status line of the reader on show (the library may be over it: L was typed).
    shown = next(screen for screen in reversed(app.screen_stack) if not screen.is_modal)
    if not isinstance(shown, ReaderScreen):
        return
    status = shown.query_one(StatusLine)
    assert status.region.right <= width, (status.region, size, list(history))
    assert status.render().cell_len <= max(1, status.size.width), (status.render().plain, size)
    for strip in app.screen._compositor.render_strips():
        assert "\x1b" not in strip.text, (strip.text, list(history))


async def run_monkey(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    app = BriefingApp(read_source(path))
    history: deque[str] = deque(maxlen=60)
    size = (80, 24)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        pressed = 0
        next_resize = 100
        while pressed < PRESSES:
            keys = pick(rng)
            for key in keys:
                history.append(key)
                await send(pilot, key)
                if app.return_code is not None:
                    # The app failed on this key (run_test re-raises its exception on exit).
                    raise AssertionError(
                        f"the app stopped (return code {app.return_code}) at {size[0]}x{size[1]} "
                        f"after press {pressed} of seed {seed}; last keys: {list(history)}"
                    )
            pressed += len(keys)
            if pressed >= next_resize:
                next_resize += rng.randint(70, 130)
                size = rng.choice(SIZES)
                history.append(f"<resize {size[0]}x{size[1]}>")
                await pilot.resize_terminal(*size)
                await pilot.pause()
                check(app, size, history)
        await settle(app)
        await pilot.pause()
        check(app, size, history)
        # Back to the reading pane: close the palette, help, search and filter boxes, and
        # the library and the readers opened from it (L: to the library, esc: back).
        for _ in range(40):
            if (
                app.screen is app.screen_stack[0]
                and len(app.screen_stack) == 1
                and not isinstance(app.focused, Input)
            ):
                break
            screen = app.screen
            if isinstance(screen, ReaderScreen) and len(app.screen_stack) > 1 and not isinstance(app.focused, Input):
                await pilot.press("L")
            else:
                await pilot.press("escape")
            await pilot.pause()
        assert not isinstance(app.screen, (CommandPalette, HelpScreen))
        assert app.return_code is None and app.is_running, f"last keys: {list(history)}"
        await pilot.press("q")
        for _ in range(200):  # quitting may take a few frames, more on a busy machine
            await pilot.pause(0.05)
            if app.return_code is not None:
                break
    assert app.return_code == 0, f"q did not quit cleanly; last keys: {list(history)}"


@pytest.mark.parametrize("seed", [22])
async def test_monkey_on_the_bundled_briefing(seed, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # nothing a key does may write into the repository
    await run_monkey(bundled_briefing(), seed)


@pytest.mark.parametrize("seed", [16])
async def test_monkey_on_markup(seed, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    await run_monkey(HOSTILE / "markup.txt", seed)


# ---------------------------------------------------------------------- keys typed ahead
# A person types faster than a frame: a key can arrive before the layout that the key
# before it asked for. These sequences are what the monkey found; each is sent the way
# `send` sends keys (handled in order, without waiting for the process to idle).

TYPED_AHEAD = [
    ((80, 24), ["e", "pageup"]),  # the entity list, just shown, not yet laid out
    ((120, 40), ["e", "pagedown"]),
    ((50, 20), ["o", "pagedown"]),  # the outline, opened over the narrow layout
    ((120, 40), ["slash", "j", "a", "p", "a", "n", "pagedown"]),  # fresh search results
    ((50, 20), ["e", "a", "down", "pagedown"]),  # the filtered entity list
]


@pytest.mark.parametrize("size, keys", TYPED_AHEAD, ids=lambda v: "x".join(map(str, v)) if isinstance(v, tuple) else "-".join(v))
async def test_keys_typed_ahead_never_crash(size, keys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for attempt in range(3):
        app = BriefingApp(read_source(bundled_briefing()))
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await settle(app)
            await pilot.pause()
            for key in keys:
                await send(pilot, key)
            await pilot.pause()
            assert app.return_code is None, f"attempt {attempt}: {keys} at {size} stopped the app"
