"""A saved page parsed in a child while the reader starts: the child is a fork of the
reader (on Linux), gives the page exactly as the reader would parse it, says nothing on
the terminal, answers without waiting to be gone, and never outlives the reader's need.

Each case runs in a fresh Python, as the `briefing` command does: a fork is only taken
when no thread runs yet, and pytest's process may have some.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PAGE = Path(__file__).parent / "fixtures" / "html" / "news_article.html"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the reader forks on Linux only")


def _run(program: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", program, *map(str, args)], capture_output=True, text=True, timeout=120
    )


def _last_json(done: subprocess.CompletedProcess):
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_forked_child_gives_the_page_as_parsed_here_even_when_the_machine_is_busy():
    program = (
        "import json, os, sys\n"
        "os.getloadavg = lambda: (64.0, 64.0, 64.0)  # no core free: a fork costs no more than a thread\n"
        "from briefing_tui import parse_ahead\n"
        "ahead = parse_ahead.start_file(sys.argv[1])\n"
        "forked = isinstance(ahead, parse_ahead.ParseAhead) and ahead.forked\n"
        "child = ahead.result(timeout=60)\n"
        "from briefing_tui.core.parsing import load_briefing\n"
        "print(json.dumps([forked, child is not None and child == load_briefing(sys.argv[1])]))\n"
    )
    assert _last_json(_run(program, PAGE)) == [True, True]


def test_nothing_the_child_writes_reaches_the_terminal():
    program = (
        "import json, sys\n"
        "from briefing_tui.core import parsing\n"
        "parse = parsing.parse_source\n"
        "def noisy(source):\n"
        "    print('CHILD-OUT', flush=True); print('CHILD-ERR', file=sys.stderr, flush=True)\n"
        "    return parse(source)\n"
        "parsing.parse_source = noisy\n"
        "from briefing_tui import parse_ahead\n"
        "ahead = parse_ahead.ParseAhead(sys.argv[1])\n"
        "print(json.dumps([ahead.forked, ahead.result(timeout=60) is not None]))\n"
    )
    done = _run(program, PAGE)
    assert _last_json(done) == [True, True]
    assert "CHILD" not in done.stdout + done.stderr


def test_the_answer_counts_as_soon_as_it_is_written_not_when_the_child_is_gone():
    program = (
        "import json, os, sys, time\n"
        "from briefing_tui import parse_ahead\n"
        "answer = parse_ahead._answer\n"
        "def lingering(descriptor, source):\n"
        "    answer(descriptor, source)\n"
        "    time.sleep(60)  # a child slow to go\n"
        "parse_ahead._answer = lingering\n"
        "ahead = parse_ahead.ParseAhead(sys.argv[1])\n"
        "child = ahead.result(timeout=30)\n"
        "os.kill(ahead.pid, 0)  # still there\n"
        "ahead.cancel()\n"
        "print(json.dumps([ahead.forked, child is not None]))\n"
    )
    assert _last_json(_run(program, PAGE)) == [True, True]


def test_a_cancelled_or_failed_child_gives_none_and_is_gone():
    program = (
        "import json, os, sys, time\n"
        "from briefing_tui import parse_ahead\n"
        "from briefing_tui.core.reading import SourceText\n"
        "answer = parse_ahead._answer\n"
        "def slow(descriptor, source):\n"
        "    time.sleep(60)\n"
        "    answer(descriptor, source)\n"
        "parse_ahead._answer = slow\n"
        "ahead = parse_ahead.ParseAhead(sys.argv[1])\n"
        "ahead.cancel()\n"
        "cancelled = ahead.result(timeout=30)\n"
        "gone = False\n"
        "for _ in range(300):\n"
        "    try:\n"
        "        os.kill(ahead.pid, 0)\n"
        "    except ProcessLookupError:\n"
        "        gone = True\n"
        "        break\n"
        "    time.sleep(0.1)\n"
        "parse_ahead._answer = answer\n"
        "missing = parse_ahead.ParseAhead(sys.argv[1] + '.missing').result(timeout=60)\n"
        "print(json.dumps([ahead.forked, ahead.ready(), cancelled is None, gone, missing is None]))\n"
    )
    assert _last_json(_run(program, PAGE)) == [True, True, True, True, True]


def test_the_reader_forks_the_pages_parse_before_argparse_asyncio_or_textual():
    # The child needs none of them: whatever the reader imports first delays the page.
    program = (
        "import json, sys\n"
        "from briefing_tui import cli, parse_ahead\n"
        "def started(path, only_when_free=True):\n"
        "    print(json.dumps([path] + sorted(m for m in ('argparse', 'asyncio', 'textual') if m in sys.modules)))\n"
        "    raise SystemExit(0)\n"
        "parse_ahead.start_file = started\n"
        "cli.main(sys.argv[1:])\n"
    )
    for argv in ([str(PAGE)], ["--no-keep", str(PAGE)], [str(PAGE), "--watch"]):
        assert _last_json(_run(program, *argv)) == [str(PAGE)]


def test_a_parse_the_reader_no_longer_needs_is_ended_when_it_leaves():
    # Here the reader stops at once (no terminal): the child's slow parse is ended with it.
    program = (
        "import json, os, sys, time\n"
        "os.getloadavg = lambda: (0.0, 0.0, 0.0)  # a core free: a child\n"
        "from briefing_tui import cli, parse_ahead\n"
        "answer = parse_ahead._answer\n"
        "def slow(descriptor, source):\n"
        "    time.sleep(60)\n"
        "    answer(descriptor, source)\n"
        "parse_ahead._answer = slow\n"
        "started = []\n"
        "start_file = parse_ahead.start_file\n"
        "parse_ahead.start_file = lambda *a, **k: started.append(start_file(*a, **k)) or started[-1]\n"
        "status = cli.main([sys.argv[1]])\n"
        "(ahead,) = started\n"
        "print(json.dumps([status, ahead.forked, ahead.ready(timeout=30), ahead.result() is None]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, str(PAGE)], capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert _last_json(done) == [2, True, True, True]


def test_what_is_imported_before_the_fork_is_what_the_reader_and_the_child_both_import():
    # Imported once for both; anything only one of them needs would delay the other.
    program = (
        "import json, sys\n"
        "from briefing_tui.parse_ahead import SHARED_MODULES\n"
        "import briefing_tui.app, briefing_tui.screens.reader, briefing_tui.terminal\n"
        "import briefing_tui.core.parsing  # the reader's, once the page is read (its library keeps it)\n"
        "reader = [name for name in SHARED_MODULES if name not in sys.modules]\n"
        "print(json.dumps(reader))\n"
    )
    assert _last_json(_run(program)) == []
    program = (
        "import json, sys\n"
        "from briefing_tui.parse_ahead import SHARED_MODULES\n"
        "from briefing_tui.core.parsing import parse_source\n"
        "from briefing_tui.core.reading import read_source\n"
        "parse_source(read_source(sys.argv[1]))\n"
        "print(json.dumps([name for name in SHARED_MODULES if name not in sys.modules]))\n"
    )
    assert _last_json(_run(program, PAGE)) == []


STORY = Path(__file__).resolve().parents[1] / "seeds" / "us_japan_security_agreement.txt"


def test_a_short_text_is_parsed_in_a_fork_that_imported_no_parser_for_it():
    program = (
        "import json, sys\n"
        "from briefing_tui import parse_ahead\n"
        "ahead = parse_ahead.start_file(sys.argv[1])\n"
        "child = ahead.result(timeout=60)\n"
        "parsers_here = 'briefing_tui.core.parsing' in sys.modules\n"
        "from briefing_tui.core.parsing import load_briefing\n"
        "print(json.dumps([ahead.forked, ahead.parse_here_if_late, parsers_here, child == load_briefing(sys.argv[1])]))\n"
    )
    assert _last_json(_run(program, STORY)) == [True, True, False, True]


def test_a_text_read_first_is_parsed_ahead_when_short_and_not_when_long():
    program = (
        "import json, sys\n"
        "from briefing_tui import parse_ahead\n"
        "from briefing_tui.core.reading import read_source, SourceText\n"
        "story = read_source(sys.argv[1])\n"
        "short = parse_ahead.start(story)\n"
        "child = short.result(timeout=60)\n"
        "long = parse_ahead.start(SourceText(story.text * 100, 'long.txt'))\n"
        "from briefing_tui.core.parsing import parse_source\n"
        "print(json.dumps([short.parse_here_if_late, child == parse_source(story), long is None]))\n"
    )
    assert _last_json(_run(program, STORY)) == [True, True, True]


def test_the_reader_needs_no_parser_before_its_first_frame_when_the_text_is_parsed_ahead():
    """What makes `briefing FILE` start sooner: the parsers are the child's, not the reader's."""
    program = (
        "import asyncio, json, sys\n"
        "from briefing_tui import parse_ahead\n"
        "ahead = parse_ahead.start_file(sys.argv[1])\n"
        # The child's answer is awaited first: on a loaded machine a child later than the
        # reader's short wait is parsed in the reader, by design, which is not what this asks.
        "ahead.ready(60)\n"
        "from briefing_tui.app import BriefingApp\n"
        "from briefing_tui.core.reading import read_source\n"
        "seen = []\n"
        "first_frame = BriefingApp.on_ready\n"
        "def on_ready(app):\n"
        "    seen.append(['briefing_tui.core.parsing' in sys.modules, app.screen.briefing.title])\n"
        "    first_frame(app)\n"
        "BriefingApp.on_ready = on_ready\n"
        "app = BriefingApp(read_source(sys.argv[1]), keep=False, pending=ahead)\n"
        "async def run():\n"
        "    async with app.run_test(size=(100, 30)) as pilot:\n"
        "        await pilot.pause()\n"
        "asyncio.run(run())\n"
        "print(json.dumps([ahead.forked, seen]))\n"
    )
    title = "The U.S. and Japan will sign a new security agreement next month."
    assert _last_json(_run(program, STORY)) == [True, [[False, title]]]


class _Pending:
    """A parse ahead that the test controls: late (never ready at the first frame) or ready."""

    parse_here_if_late = True

    def __init__(self, briefing=None, ready_at_first_frame: bool = False) -> None:
        self.briefing = briefing
        self.ready_at_first_frame = ready_at_first_frame
        self.cancelled = False

    def ready(self, timeout: float = 0.0) -> bool:
        return self.ready_at_first_frame

    def result(self, timeout: float = 60.0):
        return self.briefing

    def cancel(self) -> None:
        self.cancelled = True


async def _first_frame(source, pending):
    """(the briefing of the reader's first frame, its note, the entities found after it)."""
    import asyncio

    from briefing_tui.app import BriefingApp

    app = BriefingApp(source, keep=False, pending=pending)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first = (app.screen.briefing, app.screen.note)
        for _ in range(200):
            if app.screen.entities is not None:
                break
            await asyncio.sleep(0.05)
        return (*first, app.screen.entities)


async def test_a_text_whose_parse_ahead_is_late_is_parsed_by_the_reader_for_its_first_frame():
    from briefing_tui.core.parsing import parse_source
    from briefing_tui.core.reading import read_source

    source = read_source(STORY)
    late = _Pending()
    briefing, note, entities = await _first_frame(source, late)
    assert late.cancelled
    assert briefing == parse_source(source) and "reading" not in note
    assert entities  # found after the first frame, as for any text


async def test_a_text_parsed_ahead_in_time_is_the_first_frames_briefing():
    import dataclasses

    from briefing_tui.core.parsing import parse_source
    from briefing_tui.core.reading import read_source

    source = read_source(STORY)
    answered = dataclasses.replace(parse_source(source), title="As the child parsed it")
    briefing, note, entities = await _first_frame(source, _Pending(answered, ready_at_first_frame=True))
    assert briefing.title == "As the child parsed it" and "reading" not in note
    assert entities


async def test_a_page_taken_for_a_text_and_late_is_still_waited_for_as_a_page():
    import asyncio

    from briefing_tui.app import BriefingApp
    from briefing_tui.core.parsing import parse_source
    from briefing_tui.core.reading import SourceText

    page = SourceText(PAGE.read_text(encoding="utf-8"), "saved-page.txt")
    pending = _Pending(parse_source(page))
    app = BriefingApp(page, keep=False, pending=pending)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for _ in range(200):  # the page's parse is taken when it ends (after the first frame)
            if app.screen.complete:
                break
            await asyncio.sleep(0.05)
        assert not pending.cancelled
        assert app.screen.briefing == pending.briefing
