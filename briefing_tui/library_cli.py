"""The library's commands: `briefing add`, `list`, `bookmarks`, `search --library`, `export ID`.

Each writes what CONTRACTS.md says on standard output; progress and problems go to
standard error, problems as one line with exit status 2.
"""

from __future__ import annotations

import sys
import time

from .core.export import terminal_safe_json
from .core.reading import printable_name

BATCH = 64  # briefings per transaction: short transactions, few of them
BATCH_SECONDS = 0.5


def _positive(value: str) -> int:
    from .search_cli import _positive as positive

    return positive(value)


# ---------------------------------------------------------------------- progress


class ProgressBar:
    """A one-line progress bar on a terminal's standard error: count, rate, current name."""

    def __init__(self, total: int, label: str, stream=None) -> None:
        self.total = total
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.shown = self.stream.isatty()
        self.start = time.monotonic()
        self.last = 0.0
        self.done = 0

    def update(self, done: int, name: str = "") -> None:
        self.done = done
        now = time.monotonic()
        if not self.shown or (now - self.last < 0.1 and done < self.total):
            return
        self.last = now
        import shutil

        width = shutil.get_terminal_size((80, 24)).columns
        rate = done / max(now - self.start, 1e-6)
        fraction = done / self.total if self.total else 1.0
        bar_width = 24
        filled = int(bar_width * fraction)
        head = f"{self.label} [{'█' * filled}{'·' * (bar_width - filled)}] {done}/{self.total} {rate:,.0f}/s "
        room = max(0, width - len(head) - 1)
        tail = name[-room:] if room else ""
        self.stream.write("\r" + head + tail + "\x1b[K")
        self.stream.flush()

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _open():
    from .library import open_library

    return open_library()


def _bring_up_to_date(library) -> None:
    """Parse again, with progress, the briefings an older parser read."""
    stale = library.stale()
    if not stale:
        return
    bar = ProgressBar(stale, "updating the library")
    library.reparse(lambda done, total: bar.update(done))
    bar.finish()


# ---------------------------------------------------------------------- add


def _add_parser():
    from .cli import _Parser

    parser = _Parser(prog="briefing add", description="Add briefings to the library.")
    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help="a file, a folder, an mbox or Maildir, an RSS/Atom feed, or a URL")
    parser.add_argument("--tag", action="append", default=[], metavar="TAG", help="tag every briefing added (repeatable)")
    return parser


def run_add(argv: list[str]) -> int:
    args = _add_parser().parse_args(argv)
    from .library import NewBriefing
    from .library.ingest import collect, read_items

    library = _open()
    try:
        _bring_up_to_date(library)
        collected = collect(args.sources)
        items = collected.items
        refused = list(collected.refused)
        added = known = 0
        bar = ProgressBar(len(items), "adding")
        pending: list[NewBriefing] = []
        flushed = time.monotonic()

        def flush() -> None:
            nonlocal added, known, flushed
            if pending:
                for result in library.add_many(pending):
                    if result.new:
                        added += 1
                    else:
                        known += 1
                pending.clear()
            flushed = time.monotonic()

        for done, parsed in enumerate(read_items(items), 1):
            if parsed.briefing is None:
                refused.append(parsed.error or f"{parsed.item.name}: cannot be read")
            else:
                item = parsed.item
                pending.append(NewBriefing(
                    parsed.briefing, parsed.text, path=item.path, url=item.url, tags=tuple(args.tag),
                    entities=parsed.entities, date=item.date, source=item.source,
                ))
                if len(pending) >= BATCH or time.monotonic() - flushed > BATCH_SECONDS:
                    flush()
            bar.update(done, parsed.item.name)
        flush()
        bar.finish()
    finally:
        library.close()
    for line in refused[:5]:
        print(f"briefing: {line}", file=sys.stderr)
    print(_summary(added, known, refused), file=sys.stderr)
    return 0 if added or known else 2


def _summary(added: int, known: int, refused: list[str]) -> str:
    parts = [f"added {added}", f"already there {known}"]
    if refused:
        reasons: dict[str, int] = {}
        for line in refused:
            reason = line.rsplit(": ", 1)[-1]
            reason = reason.split(" (")[0]
            reasons[reason] = reasons.get(reason, 0) + 1
        why = ", ".join(f"{count} {reason}" for reason, count in sorted(reasons.items(), key=lambda r: -r[1])[:4])
        parts.append(f"refused {len(refused)} ({why})")
    return "briefing: " + ", ".join(parts)


# ---------------------------------------------------------------------- list


def run_list(argv: list[str]) -> int:
    from .cli import _Parser

    parser = _Parser(prog="briefing list", description="List the library, newest first.")
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.add_argument("--limit", type=_positive, default=None, metavar="N", help="at most N briefings")
    parser.add_argument("--tag", default=None, metavar="TAG", help="only briefings with this tag")
    args = parser.parse_args(argv)
    with _open() as library:
        _bring_up_to_date(library)
        entries = library.list(tag=args.tag, limit=args.limit)
    if args.json:
        sys.stdout.write(terminal_safe_json([e.to_json() for e in entries]) + "\n")
        return 0
    for entry in entries:
        title = printable_name(entry.title or entry.path or entry.url or "(untitled)")
        where = printable_name(entry.source or entry.path or entry.url or "")
        mark = " " if entry.read else "•"
        tags = f"  [{', '.join(entry.tags)}]" if entry.tags else ""
        sys.stdout.write(f"{entry.id:>6} {mark} {entry.added[:10]}  {title}  {where}{tags}\n")
    return 0


# ---------------------------------------------------------------------- bookmarks


def run_bookmarks(argv: list[str]) -> int:
    from .cli import _Parser

    parser = _Parser(prog="briefing bookmarks", description="Every bookmark in the library, newest first.")
    parser.add_argument("--json", action="store_true", help="print the bookmarks as JSON")
    args = parser.parse_args(argv)
    with _open() as library:
        marks = library.bookmarks()
    if args.json:
        sys.stdout.write(terminal_safe_json([b.to_json() for b in marks]) + "\n")
        return 0
    for mark in marks:
        note = f"  {printable_name(mark.note)}" if mark.note else ""
        title = printable_name(mark.title or "(untitled)")
        sys.stdout.write(f"{mark.briefing_id:>6} {mark.created[:10]}  {title}  §{mark.section + 1} {mark.label} line {mark.line + 1}{note}\n")
    return 0


# ---------------------------------------------------------------------- search --library


def run_library_search(query: str, as_json: bool, limit: int) -> int:
    from .library import flat_hits

    with _open() as library:
        _bring_up_to_date(library)
        results = library.search(query, limit=limit)
    hits = flat_hits(results, limit)
    if as_json:
        sys.stdout.write(terminal_safe_json([h.to_json() for h in hits]) + "\n")
        return 0 if hits else 1
    if not hits:
        print(f"briefing: no matches for {query!r} in the library", file=sys.stderr)
        return 1
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False)
        for result in results:
            console.print(Text(f"{result.id} {printable_name(result.title or '(untitled)')}", style="bold magenta"))
            for hit in result.hits:
                line = Text("  ")
                line.append(f"{hit.section + 1} {hit.label}", style="bold cyan")
                line.append("  ")
                snippet = Text(printable_name(hit.snippet))
                if hit.snippet_end > hit.snippet_start:
                    snippet.stylize("bold black on yellow", hit.snippet_start, hit.snippet_end)
                line.append_text(snippet)
                console.print(line, overflow="ellipsis", no_wrap=True)
    else:
        for hit in hits:
            sys.stdout.write(f"{hit.id}\t{hit.section + 1} {hit.label}\t{printable_name(hit.snippet)}\n")
    return 0


# ---------------------------------------------------------------------- export ID


def load_by_id(value: str):
    """The briefing with library id `value`, parsed again from its stored text."""
    from .core.reading import BriefingError

    with _open() as library:
        try:
            return library.briefing(int(value))
        except KeyError:
            raise BriefingError(f"{value}: no briefing with this id in the library (see briefing list)") from None
