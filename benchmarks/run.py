"""Benchmarks: one JSON object per line, {"name", "value", "unit"}.

    python benchmarks/run.py                 # everything
    python benchmarks/run.py --only parse    # names starting with "parse"

The long-file figures (search_first_50mb_s, rss_50mb_ratio, read_50mb_s) come from one run
of the reader, headless, in a child process on a generated 50 MB briefing: a few minutes.

ttfc_ratio times the real reader in tmux against the smallest Textual app, in the same
run (../shared/tools/ttfc.py); it needs tmux and the `briefing` command installed beside
this Python. ttfc_html_ratio does the same for a saved 150 KB news page (news_page.py).

entities_key_latency_ms_p95 presses keys in the reader (a real terminal) while its entity
panel fills on 8.7 MB of real news (panel_keys.py); goal 100 ms. About four minutes.

html_parse_ms reads that page as `briefing` does (extraction, Markdown, sections);
html_library_ms is trafilatura alone doing the same extraction (same options, its own
Markdown and metadata) in the same run, turn about; html_overhead_ratio is their ratio.
html_scaling_ratio: a long page of 16,000 paragraphs (1.7 MB) against one of 2,000 (0.2 MB),
read the same way; linear growth gives about 8. html_library_scaling_ratio is trafilatura's
own extraction on the same two pages: the part of the growth that is the library's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate import generated_briefing, real_news_briefing, varied_briefing  # noqa: E402

from briefing_tui.core.parsing import parse_source, parse_text  # noqa: E402
from briefing_tui.core.reading import decode_bytes  # noqa: E402
from briefing_tui.core.resources import bundled_briefing  # noqa: E402

SHARED_TOOLS = HERE.parent.parent / "shared" / "tools"


def emit(name: str, value: float, unit: str) -> None:
    print(json.dumps({"name": name, "value": round(value, 4), "unit": unit}), flush=True)


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def parse_bytes(data: bytes):
    return parse_source(decode_bytes(data, "bench"))


def bench_parse_seed() -> None:
    data = bundled_briefing().read_bytes()
    parse_bytes(data)  # warm caches and imports
    emit("parse_seed_ms", median_ms(lambda: parse_bytes(data), 200), "ms")


def bench_parse_5mb() -> None:
    data = generated_briefing(5_000_000).encode("utf-8")
    emit("parse_5mb_ms", median_ms(lambda: parse_bytes(data), 3), "ms")


def bench_entities_seed() -> None:
    from briefing_tui.core.entities import extract_entities
    from briefing_tui.core.entities.gazetteer import load_gazetteer

    start = time.perf_counter()
    load_gazetteer()
    emit("entities_gazetteer_load_ms", (time.perf_counter() - start) * 1000, "ms")
    briefing = parse_bytes(bundled_briefing().read_bytes())
    extract_entities(briefing)
    emit("entities_seed_ms", median_ms(lambda: extract_entities(briefing), 50), "ms")


def bench_entities_1mb() -> None:
    """Entities of 1 MB of real news (Wikinews articles of the GUM sets, repeated), as
    `briefing export` finds them (in several processes where there are CPUs for them)."""
    from briefing_tui.core.entities import extract_entities
    from briefing_tui.core.entities.gazetteer import load_gazetteer

    load_gazetteer()
    briefing = parse_bytes(real_news_briefing(1_000_000).encode("utf-8"))
    emit("entities_1mb_ms", median_ms(lambda: extract_entities(briefing), 3), "ms")
    # The same in one process: the work itself, whatever the number of CPUs.
    emit("entities_1mb_one_process_ms", median_ms(lambda: extract_entities(briefing, processes=1), 3), "ms")


def bench_entities_scaling() -> None:
    """What `briefing export` does to text (parse, entities) on 8 MB against 1 MB of real news."""
    from briefing_tui.core.entities import extract_entities
    from briefing_tui.core.entities.gazetteer import load_gazetteer

    load_gazetteer()
    times = {}
    for size in (1_000_000, 8_000_000):
        data = real_news_briefing(size).encode("utf-8")
        times[size] = median_ms(lambda: extract_entities(parse_bytes(data)), 3 if size == 1_000_000 else 1)
    emit("entities_8mb_ms", times[8_000_000], "ms")
    emit("entities_scaling_ratio", times[8_000_000] / times[1_000_000], "x")


def bench_entities_acronyms() -> None:
    """The acronym merge on 4,000 distinct organisations and their acronyms."""
    from briefing_tui.core.entities import extract_entities
    from briefing_tui.core.parsing import parse_text

    letters = "BCDFGHJKLMNPRSTVWZ"
    names = []
    for i in range(4000):
        a, b, c = letters[i % 18], letters[(i // 18) % 18], letters[(i // 324) % 18]
        names.append((f"{a}oxa {b}elmar {c}uild Council", f"{a}{b}{c}C"))
    text = "Title\n\n" + " ".join(f"The {name} met." for name, _ in names)
    text += "\n\n" + " ".join(f"Then {acronym} spoke." for _, acronym in names) + "\n"
    briefing = parse_text(text)
    emit("entities_acronyms_4000_ms", median_ms(lambda: extract_entities(briefing), 1), "ms")


def bench_entities_keys() -> None:
    """Keys while the entity panel fills on 8.7 MB of real news, the reader in a real
    terminal (panel_keys.py): ms until the screen answers, and when the panel is full."""
    import tempfile

    from panel_keys import percentile, watch_keys

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "news.md"
        path.write_text(real_news_briefing(8_700_000), encoding="utf-8")
        run = watch_keys(path)
    working = [ms for _, ms in run.samples]
    idle = [ms for _, ms in run.idle]
    emit("entities_key_latency_ms_p95", percentile(working, 0.95), "ms")
    emit("entities_key_latency_ms_p50", percentile(working, 0.5), "ms")
    emit("entities_key_latency_idle_ms_p95", percentile(idle, 0.95), "ms")  # same keys, work done
    emit("entities_panel_first_stage_s", run.first_stage_s or 0.0, "s")
    emit("entities_panel_filled_s", run.filled_s or 0.0, "s")


# Queries with typos, as a user types them.
TYPO_QUERIES = ["kishda", "antony blinkn", "milatary spending", "agreement security", "north-korea",
                "8000", "aquilno", "tawian", "self defence", "indo pacfic comand"]


def bench_search_seed() -> None:
    from briefing_tui.core.entities import extract_entities
    from briefing_tui.core.search import SearchIndex

    briefing = parse_bytes(bundled_briefing().read_bytes())
    index = SearchIndex(briefing, extract_entities(briefing))
    times = []
    for _ in range(20):
        for query in TYPO_QUERIES:
            start = time.perf_counter()
            index.search(query)
            times.append((time.perf_counter() - start) * 1000)
    emit("search_seed_ms_p50", statistics.median(times), "ms")


def bench_search_2mb() -> None:
    from briefing_tui.core.search import SearchIndex

    # Paragraphs of every fixture briefing: a news-sized vocabulary, not one story repeated.
    briefing = parse_bytes(varied_briefing(2_000_000).encode("utf-8"))
    start = time.perf_counter()
    index = SearchIndex(briefing)
    emit("search_2mb_index_ms", (time.perf_counter() - start) * 1000, "ms")
    times = []
    for query in TYPO_QUERIES:
        for length in range(1, len(query) + 1):  # one keystroke at a time
            start = time.perf_counter()
            index.search(query[:length])
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    emit("search_2mb_ms_p95", times[int(len(times) * 0.95) - 1], "ms")
    emit("search_2mb_ms_p50", statistics.median(times), "ms")


def bench_wrap_cjk() -> None:
    from briefing_tui.widgets.reading_layout import ReadingLayout

    # One paragraph of 100,000 wide characters without a space: every line is a cut.
    briefing = parse_bytes(("東京の新しい計画\n\n" + "政府は新しい安全保障協定について発表した" * 5_000 + "\n").encode("utf-8"))
    emit("wrap_cjk_100k_ms", median_ms(lambda: ReadingLayout(briefing, 120), 3), "ms")


# Run in a child process, so that its memory is the reader's alone: the reader on a file,
# headless, until the whole file is read; then a search typed; the time until its hits
# show and the memory held (resident set) once they do.
LONG_FILE_CHILD = r"""
import asyncio, gc, json, os, sys, time
from briefing_tui.core.reading import read_source
from briefing_tui.app import BriefingApp
from briefing_tui.widgets.search_bar import SearchBar
from briefing_tui.widgets.status_line import StatusLine

path, query = sys.argv[1], sys.argv[2]

def resident_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024

async def main():
    start = time.perf_counter()
    app = BriefingApp(read_source(path))
    async with app.run_test(size=(120, 40)) as pilot:
        # Read: the reader says it is complete and its status line no longer counts.
        while not (getattr(app.screen, "complete", False) or getattr(app, "complete", False)) or any(
            "%" in status.note for status in app.screen.query(StatusLine)
        ):
            await asyncio.sleep(0.2)
            if time.perf_counter() - start > 900:
                raise SystemExit("the reader did not finish reading in 15 minutes")
        read = time.perf_counter() - start
        while not app.screen.query(SearchBar):  # the search bar comes after the first frame
            await asyncio.sleep(0.05)
        # Keys go in as a terminal sends them; Pilot's press would wait for the process
        # to go idle, which it never does while entities are being found.
        from textual import events

        asked = time.perf_counter()
        for key in ("slash", *query):
            app.post_message(events.Key(key, "/" if key == "slash" else key))
        bar = None
        while bar is None or bar.shown_query != query:
            await asyncio.sleep(0.02)
            found = app.screen.query(SearchBar)
            bar = found.first() if found else None
        answered = time.perf_counter() - asked
        gc.collect()
        print(json.dumps({"read_s": read, "search_s": answered, "rss": resident_bytes(),
                          "hits": len(bar.hits)}), flush=True)
    # Workers still running (entities) must not keep the benchmark waiting.
    os._exit(0)

asyncio.run(main())
"""


def bench_long_file() -> None:
    import tempfile

    size = 50_000_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text(generated_briefing(size), encoding="utf-8")
        size = path.stat().st_size
        result = subprocess.run(
            [sys.executable, "-c", LONG_FILE_CHILD, str(path), "kishda"],
            capture_output=True, text=True, cwd=HERE.parent, timeout=1800,
        )
    if result.returncode != 0 or not result.stdout.strip():
        raise SystemExit(f"the long-file run failed:\n{result.stdout}\n{result.stderr[-3000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    if not figures["hits"]:
        raise SystemExit("the search on the long file found nothing")
    emit("search_first_50mb_s", figures["search_s"], "s")
    emit("rss_50mb_ratio", figures["rss"] / size, "x")
    emit("read_50mb_s", figures["read_s"], "s")


def bench_quit() -> None:
    """q while a 50 MB briefing is still being read: seconds until the process has ended."""
    import fcntl
    import pty
    import select
    import struct
    import tempfile
    import termios

    def read_until(main: int, wanted: bytes, seconds: float, seen: bytearray) -> None:
        deadline = time.monotonic() + seconds
        while wanted not in seen:
            if time.monotonic() > deadline:
                raise SystemExit(f"the reader never showed {wanted!r}")
            if select.select([main], [], [], 0.1)[0]:
                seen += os.read(main, 65536)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text(generated_briefing(50_000_000), encoding="utf-8")
        main, child = pty.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("briefing")), str(path)],
            stdin=child, stdout=child, stderr=child, start_new_session=True,
            env=dict(os.environ, TERM="xterm-256color"),
        )
        os.close(child)
        seen = bytearray()
        try:
            read_until(main, b"reading", 300, seen)
            time.sleep(1.0)  # well into the reading of the rest
            start = time.perf_counter()
            os.write(main, b"q")
            while process.poll() is None:
                if select.select([main], [], [], 0.05)[0]:
                    try:
                        os.read(main, 65536)
                    except OSError:
                        pass
                if time.perf_counter() - start > 600:
                    raise SystemExit("the reader did not end within 10 minutes of q")
            emit("quit_50mb_s", time.perf_counter() - start, "s")
        finally:
            if process.poll() is None:
                process.kill()
            os.close(main)


def bench_ttfc() -> None:
    # A pip install compiles bytecode; an editable checkout under PYTHONDONTWRITEBYTECODE
    # would not, and would time the compiler instead of the reader.
    import compileall

    import briefing_tui

    compileall.compile_dir(Path(briefing_tui.__file__).parent, quiet=1)
    briefing = Path(sys.executable).with_name("briefing")
    # One idle session keeps the tmux server up between ttfc's runs: without it the server
    # exits with each run's last session and the next start can race its shutdown.
    keeper = f"briefing-bench-{os.getpid()}"
    subprocess.run(["tmux", "new-session", "-d", "-s", keeper, "sleep 900"], check=False)
    try:
        _run_ttfc(briefing)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", keeper], capture_output=True, check=False)


def _run_ttfc(briefing: Path) -> None:
    import tempfile

    # `briefing` with no argument looks up the last briefing read in the library: a library
    # where that is the bundled briefing, as after a first reading of it.
    with tempfile.TemporaryDirectory() as work:
        library = Path(work) / "library.sqlite3"
        _library_with_seed_read(library)
        ratio, first, floor_time = _ttfc_against_floor(
            ["env", f"BRIEFING_LIBRARY={library}", str(briefing)], "Financial Times"
        )
    emit("ttfc_ratio", ratio, "x")
    emit("ttfc_reader_s", first, "s")
    emit("ttfc_floor_s", floor_time, "s")


def _ttfc_against_floor(command: list[str], text: str) -> tuple[float, float, float]:
    """(ratio, seconds, floor seconds): the medians of ttfc.py, timed in turns with the floor."""
    floor = f"{sys.executable} {SHARED_TOOLS / 'minimal_textual_app.py'}"
    result = subprocess.run(
        [sys.executable, str(SHARED_TOOLS / "ttfc.py"), "-n", "9", "--vs", floor, "--vs-text", "floor",
         text, "--", *command],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"ttfc.py failed:\n{result.stdout}\n{result.stderr[-3000:]}")
    ratio = re.search(r"ratio A/B: median ([\d.]+)", result.stdout)
    first = re.search(r"A first content: median ([\d.]+)s", result.stdout)
    floor_time = re.search(r"B first content: median ([\d.]+)s", result.stdout)
    if not (ratio and first and floor_time):
        raise SystemExit(f"ttfc.py gave no figures:\n{result.stdout}\n{result.stderr}")
    return float(ratio.group(1)), float(first.group(1)), float(floor_time.group(1))


def bench_html_parse() -> None:
    import trafilatura
    from news_page import news_page

    from briefing_tui.core.parsing import html

    data = news_page().encode("utf-8")
    # Both start from the page's text: decoding and cleaning the bytes is reading, timed apart.
    page = decode_bytes(data, "page.html").text

    def ours() -> object:
        return parse_text(page, "page.html", cleaned=True)

    def library() -> object:
        return trafilatura.extract(page, output_format="markdown", with_metadata=True, **html.EXTRACTION_OPTIONS)

    ours(), library()  # imports and caches
    ours_ms, library_ms = [], []
    for _ in range(31):  # turn about, so that a change in the machine's speed hits both
        ours_ms.append(median_ms(ours, 1))
        library_ms.append(median_ms(library, 1))
    emit("html_page_kb", len(data) / 1000, "kB")
    emit("html_parse_ms", statistics.median(ours_ms), "ms")
    emit("html_library_ms", statistics.median(library_ms), "ms")
    emit("html_overhead_ratio", statistics.median(a / b for a, b in zip(ours_ms, library_ms)), "x")



def bench_html_scaling() -> None:
    from briefing_tui.core.parsing import parse_text

    def page(paragraphs: int) -> str:
        # Paragraphs that end mid-sentence, the ones a split at a link is looked for in.
        body = "".join(
            f"<p>Report {i} of the harbour, the town and the people who live there today without a stop</p>\n"
            f"<p>Another line {i} follows with words enough to count as the article's text.</p>\n"
            for i in range(paragraphs // 2)
        )
        return f"<html><head><title>Long page</title></head><body><article><h1>Long page</h1>{body}</article></body></html>"

    import trafilatura

    from briefing_tui.core.parsing import html

    def library(text: str) -> object:
        return trafilatura.extract(text, output_format="markdown", with_metadata=True, **html.EXTRACTION_OPTIONS)

    small, large = page(2000), page(16000)
    small_ms = median_ms(lambda: parse_text(small, "page.html"), 3)
    large_ms = median_ms(lambda: parse_text(large, "page.html"), 1)
    emit("html_small_page_ms", small_ms, "ms")
    emit("html_large_page_ms", large_ms, "ms")
    emit("html_scaling_ratio", large_ms / small_ms, "x")
    # The extraction library alone on the same pages: how much of the growth is its own.
    library_small_ms = median_ms(lambda: library(small), 3)
    library_large_ms = median_ms(lambda: library(large), 1)
    emit("html_library_scaling_ratio", library_large_ms / library_small_ms, "x")


def bench_ttfc_html() -> None:
    """The reader's first content on a saved news page, against the smallest Textual app."""
    import compileall
    import tempfile

    from news_page import ARTICLE_START, news_page

    import briefing_tui

    compileall.compile_dir(Path(briefing_tui.__file__).parent, quiet=1)
    briefing = Path(sys.executable).with_name("briefing")
    keeper = f"briefing-bench-{os.getpid()}"
    subprocess.run(["tmux", "new-session", "-d", "-s", keeper, "sleep 900"], check=False)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(news_page(), encoding="utf-8")
        library = Path(folder) / "library.sqlite3"
        try:
            ratio, first, floor_time = _ttfc_against_floor(
                ["env", f"BRIEFING_LIBRARY={library}", str(briefing), str(page)], ARTICLE_START
            )
        finally:
            subprocess.run(["tmux", "kill-session", "-t", keeper], capture_output=True, check=False)
    emit("ttfc_html_ratio", ratio, "x")
    emit("ttfc_html_reader_s", first, "s")
    emit("ttfc_html_floor_s", floor_time, "s")


def _library_with_seed_read(path: Path) -> None:
    from briefing_tui.core.reading import read_source
    from briefing_tui.library import open_library

    source = read_source(bundled_briefing())
    with open_library(path) as library:
        added = library.add(parse_source(source), source.text, path=str(bundled_briefing()))
        library.record_opened(added.id)


def _library_10k() -> tuple[Path, str]:
    """A library of 10,000 generated briefings (made once, kept in the cache folder), and
    the title of its newest briefing."""
    from library_corpus import briefing_object

    from briefing_tui.library import NewBriefing
    from briefing_tui.library.sqlite_store import SQLiteLibrary

    path = LIBRARY_CACHE / "library-10k-screen.sqlite3"
    if not path.exists():
        LIBRARY_CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
        with SQLiteLibrary(partial) as library:
            for start in range(0, 10_000, 500):
                batch = []
                for number in range(start, start + 500):
                    briefing, text = briefing_object(number)
                    batch.append(NewBriefing(briefing, text, path=f"/bench/{number}.txt", entities=()))
                library.add_many(batch)
            library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        partial.rename(path)
    with SQLiteLibrary(path) as library:
        (newest,) = library.list(limit=1)
    return path, newest.title or ""


def bench_ttfc_library() -> None:
    """The library screen's first content (its newest briefing listed) with 10,000 briefings."""
    import compileall

    import briefing_tui

    compileall.compile_dir(Path(briefing_tui.__file__).parent, quiet=1)
    briefing = Path(sys.executable).with_name("briefing")
    library, newest = _library_10k()
    keeper = f"briefing-bench-{os.getpid()}"
    subprocess.run(["tmux", "new-session", "-d", "-s", keeper, "sleep 900"], check=False)
    try:
        ratio, first, floor_time = _ttfc_against_floor(
            ["env", f"BRIEFING_LIBRARY={library}", str(briefing), "library"], newest[:40]
        )
    finally:
        subprocess.run(["tmux", "kill-session", "-t", keeper], capture_output=True, check=False)
    emit("ttfc_library_ratio", ratio, "x")
    emit("ttfc_library_s", first, "s")
    emit("ttfc_library_floor_s", floor_time, "s")


def _timed_refusal(args: list[str], stdin) -> tuple[float, float]:
    """Seconds until `briefing ARGS` exits, and its peak memory in MB (a fresh parent measures it)."""
    script = (
        "import resource, subprocess, sys, time, json\n"
        "feeder = subprocess.Popen(['yes', 'Markets rallied as the Fed held rates.'], stdout=subprocess.PIPE) if sys.argv[2] == 'yes' else None\n"
        "source = feeder.stdout if feeder else subprocess.DEVNULL\n"
        "start = time.perf_counter()\n"
        "subprocess.run(json.loads(sys.argv[1]), stdin=source, capture_output=True, timeout=120)\n"
        "took = time.perf_counter() - start\n"
        "feeder and feeder.kill()\n"
        "print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, json.dumps([sys.executable, "-m", "briefing_tui", *args]), stdin],
        capture_output=True, text=True, check=True, timeout=180,
    )
    took, peak = out.stdout.split()
    return float(took), float(peak)


def bench_refusals() -> None:
    """Endless and huge input at the default 256 MB cap: time to the one-line refusal."""
    import tempfile

    took, peak = _timed_refusal(["export", "-"], "yes")
    emit("refuse_endless_stdin_s", took, "s")
    emit("refuse_endless_stdin_peak_mb", peak, "MB")
    took, _ = _timed_refusal(["export", "/dev/zero"], "none")
    emit("refuse_dev_zero_s", took, "s")
    with tempfile.TemporaryDirectory() as folder:
        sparse = Path(folder) / "sparse.txt"
        with open(sparse, "wb") as file:
            file.truncate(1 << 30)
        took, _ = _timed_refusal(["export", str(sparse)], "none")
    emit("refuse_sparse_1gb_s", took, "s")


# ---------------------------------------------------------------------- the library

LIBRARY_CACHE = Path(os.environ.get("BRIEFING_BENCH_CACHE", "/tmp/briefing-bench"))
# Queries a user types into the library search, typos included, one keystroke at a time.
LIBRARY_QUERIES = ["kroger albertsns", "nepal earthqake", "federal reserve rates", "semicondutor exports", "kenji",
                   "wimbeldon final", "ukrane", "measels outbreak", "tawian", "copperbelt mines"]


def _keystroke_p95(library, queries: list[str], name: str) -> tuple[float, float]:
    """(p95, p50) of the wall time per keystroke; the processor time's p95 is emitted as
    NAME_cpu_ms_p95 (on a machine others share, the wall time also counts their work)."""
    library.search("warm up")  # reads the vocabulary once, as the first keystroke of a session does
    times, processor = [], []
    for query in queries:
        for length in range(1, len(query) + 1):
            start, start_cpu = time.perf_counter(), time.process_time()
            library.search(query[:length])
            times.append((time.perf_counter() - start) * 1000)
            processor.append((time.process_time() - start_cpu) * 1000)
    times.sort()
    processor.sort()
    emit(f"{name}_cpu_ms_p95", processor[int(len(processor) * 0.95) - 1], "ms")
    return times[int(len(times) * 0.95) - 1], statistics.median(times)


def bench_library_add_10k() -> None:
    """`briefing add FOLDER` of 10,000 generated briefings, as a user runs it."""
    import shutil
    import sqlite3
    import tempfile

    from library_corpus import write_folder

    work = Path(tempfile.mkdtemp(prefix="briefing-bench-add-"))
    try:
        folder = work / "briefings"
        text_bytes = write_folder(folder, 10_000)
        library = work / "library.sqlite3"
        env = {**os.environ, "BRIEFING_LIBRARY": str(library)}
        import resource

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "briefing_tui", "add", str(folder)], env=env,
                              capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # The processor time of the command and its workers: what the wall time is on a
        # machine whose other programs leave it the cores, times the cores it used.
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if done.returncode != 0 or "added 10000," not in done.stderr:
            raise SystemExit(f"briefing add failed: {done.stderr[-2000:]}")
        emit("library_add_10k_s", elapsed, "s")
        emit("library_add_10k_cpu_s", cpu, "s")
        emit("library_add_10k_load", os.getloadavg()[0], "load")  # others' work shares the cores
        connection = sqlite3.connect(library)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        stored = sum(p.stat().st_size for p in work.glob("library.sqlite3*"))
        emit("library_bytes_per_text_byte", stored / text_bytes, "x")
        LIBRARY_CACHE.mkdir(parents=True, exist_ok=True)
        shutil.copy(library, LIBRARY_CACHE / "library-10k.sqlite3")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_library_search_10k() -> None:
    from briefing_tui.library.sqlite_store import SQLiteLibrary

    path = LIBRARY_CACHE / "library-10k.sqlite3"
    if not path.exists():
        bench_library_add_10k()
    with SQLiteLibrary(path) as library:
        p95, p50 = _keystroke_p95(library, LIBRARY_QUERIES, "library_search_10k")
    emit("library_search_10k_ms_p95", p95, "ms")
    emit("library_search_10k_ms_p50", p50, "ms")


def _build_100k(path: Path) -> None:
    """100,000 generated briefings, stored without parsing (their structure is known)."""
    from library_corpus import briefing_object

    from briefing_tui.library import NewBriefing
    from briefing_tui.library.sqlite_store import SQLiteLibrary

    partial = path.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    with SQLiteLibrary(partial) as library:
        batch = []
        for number in range(100_000):
            briefing, text = briefing_object(number)
            batch.append(NewBriefing(briefing, text, path=f"/bench/{briefing.source}", entities=()))
            if len(batch) == 500:
                library.add_many(batch)
                batch.clear()
        library.add_many(batch)
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.rename(path)


def bench_library_search_100k() -> None:
    from briefing_tui.library.sqlite_store import SQLiteLibrary

    path = LIBRARY_CACHE / "library-100k.sqlite3"
    if not path.exists():
        LIBRARY_CACHE.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        _build_100k(path)
        emit("library_build_100k_s", time.perf_counter() - start, "s")
    with SQLiteLibrary(path) as library:
        start = time.perf_counter()
        library.search("first keystroke")
        emit("library_search_100k_first_ms", (time.perf_counter() - start) * 1000, "ms")
        p95, p50 = _keystroke_p95(library, LIBRARY_QUERIES, "library_search_100k")
    emit("library_search_100k_ms_p95", p95, "ms")
    emit("library_search_100k_ms_p50", p50, "ms")


BENCHMARKS: dict[str, Callable[[], None]] = {
    "parse_seed_ms": bench_parse_seed,
    "parse_5mb_ms": bench_parse_5mb,
    "entities_seed_ms": bench_entities_seed,
    "entities_1mb_ms": bench_entities_1mb,
    "entities_scaling_ratio": bench_entities_scaling,
    "entities_acronyms_4000_ms": bench_entities_acronyms,
    "entities_key_latency_ms_p95": bench_entities_keys,
    "entities_panel_filled_s": bench_entities_keys,
    "search_seed_ms_p50": bench_search_seed,
    "search_2mb_ms_p95": bench_search_2mb,
    "wrap_cjk_100k_ms": bench_wrap_cjk,
    # One run gives the three long-file figures; --only search_first, rss or read_50mb runs it.
    "search_first_50mb_s": bench_long_file,
    "rss_50mb_ratio": bench_long_file,
    "read_50mb_s": bench_long_file,
    "quit_50mb_s": bench_quit,
    "ttfc_ratio": bench_ttfc,
    "html_parse_ms": bench_html_parse,
    "html_scaling_ratio": bench_html_scaling,
    "ttfc_html_ratio": bench_ttfc_html,
    "refuse_endless_stdin_s": bench_refusals,
    "library_add_10k_s": bench_library_add_10k,
    "library_bytes_per_text_byte": bench_library_add_10k,  # measured on the library just added
    "library_search_10k_ms_p95": bench_library_search_10k,
    "library_search_100k_ms_p95": bench_library_search_100k,
    "ttfc_library_ratio": bench_ttfc_library,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="run only benchmarks whose name starts with this")
    args = parser.parse_args()
    chosen = list(dict.fromkeys(run for name, run in BENCHMARKS.items() if name.startswith(args.only)))
    if not chosen:
        raise SystemExit(f"no benchmark starts with {args.only!r}: {', '.join(BENCHMARKS)}")
    for run in chosen:
        run()


if __name__ == "__main__":
    main()
