"""A long briefing's mentions read in forked children (core/entities/processes.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing_tui.core.entities import _mentions_of, _with_title, extract_entities
from briefing_tui.core.entities.found import Found
from briefing_tui.core.entities.processes import CHARS_PER_PROCESS, in_processes, processes_for, split
from briefing_tui.core.parsing import parse_text

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


def _pid_of(part: range) -> list[Found]:
    """One mention per section of the part, telling which process read it."""
    return [Found(index, 0, 1, "number", f"pid:{os.getpid()}") for index in part]


def test_parts_cover_every_section_once_in_order_and_about_equal():
    lengths = [100, 5000, 300, 300, 4000, 10, 2000, 2000, 900]
    for count in (1, 2, 3, 4):
        parts = split(lengths, count)
        assert [i for part in parts for i in part] == list(range(len(lengths)))
        assert len(parts) <= count
    halves = split([1000] * 10, 2)
    assert [len(part) for part in halves] == [5, 5]
    assert split([7], 3) == [range(0, 1)]


def test_each_part_but_the_first_is_read_by_a_child_and_comes_back_in_order():
    parts = split([10] * 6, 3)
    found = in_processes(_pid_of, parts)
    assert [f.section for f in found] == list(range(6))
    readers = [f.key for f in found]
    assert readers[0] == f"pid:{os.getpid()}"
    assert len(set(readers)) == 3  # this process and two children


def test_a_part_whose_child_dies_is_read_here():
    parent = os.getpid()

    def read(part: range) -> list[Found]:
        if os.getpid() != parent:
            os._exit(3)  # the child dies before it sends anything
        return _pid_of(part)

    found = in_processes(read, split([10] * 4, 2))
    assert [f.section for f in found] == [0, 1, 2, 3]
    assert {f.key for f in found} == {f"pid:{parent}"}


def test_an_error_in_a_child_shows_once_here():
    parent = os.getpid()

    def read(part: range) -> list[Found]:
        if 3 in part:
            raise ValueError(f"section 3 in {'child' if os.getpid() != parent else 'parent'}")
        return _pid_of(part)

    with pytest.raises(ValueError, match="section 3 in parent"):
        in_processes(read, split([10] * 4, 2))


def test_one_process_for_short_text_when_asked_or_while_another_thread_runs():
    assert processes_for(CHARS_PER_PROCESS - 1) == 1
    assert processes_for(50 * CHARS_PER_PROCESS, asked=1) == 1
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        # A fork copies the locks another thread may hold at that moment.
        assert processes_for(50 * CHARS_PER_PROCESS) == 1
    finally:
        stop.set()
        other.join()


def test_what_was_written_before_the_fork_is_written_once():
    program = (
        "import sys\n"
        "sys.stdout.write('before the fork\\n')\n"
        "from briefing_tui.core.entities.processes import in_processes\n"
        "in_processes(lambda part: [], [range(0, 1), range(1, 2), range(2, 3)])\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "before the fork\n"


def test_a_long_briefing_read_in_two_processes_gives_what_one_process_gives():
    articles = []
    for path in sorted(FIXTURES.glob("entities_gum_*/*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        articles.append(f"## {title.strip()}\n\n{body.strip()}\n")
    text = "# Real news\n\n" + "\n".join(articles * 2)
    briefing = parse_text(text)
    texts = [s.text for s in briefing.sections]
    parts = split([len(t) for t in texts], 2)
    assert len(parts) == 2
    two = _with_title(briefing, in_processes(lambda part: _mentions_of(briefing, part), parts), texts)
    one = extract_entities(briefing, processes=1)
    assert len(one) > 100
    assert two == one


def test_the_number_of_processes_asked_for_reaches_the_split(monkeypatch):
    import briefing_tui.core.entities as entities

    asked = []

    def recording(chars: int, processes: int | None = None) -> int:
        asked.append(processes)
        return 1

    monkeypatch.setattr(entities, "processes_for", recording)
    briefing = parse_text("# Title\n\n## One\n\nAda Obi met Kemi Lawal.\n\n## Two\n\nThey spoke in Lagos.\n")
    extract_entities(briefing, processes=1)
    extract_entities(briefing)
    assert asked[0] == 1 and None in asked[1:]
