"""`briefing search QUERY [PATH ...] [--json] [--limit N]`: fuzzy search from the shell.

Exit status 0 when something matched, 1 when nothing did (as grep), 2 on bad input.
On a terminal the match is highlighted (Rich); piped, the output is plain text, one hit a
line. With --json the output is CONTRACTS.md's list of hits, best first.
"""

from __future__ import annotations

import json
import sys


def _parser():
    from .cli import _Parser

    parser = _Parser(prog="briefing search", description="Search briefings, forgiving typos.")
    parser.add_argument("query", help="words to find (typos, any order)")
    # default=[]: argparse would otherwise call the files required in its usage errors.
    parser.add_argument("paths", nargs="*", default=[], help="briefing files (default: the bundled one); - reads standard input")
    parser.add_argument("--library", action="store_true", help="search every briefing in the library")
    parser.add_argument("--json", action="store_true", help="print the hits as JSON")
    parser.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N hits (default 20)")
    return parser


def _positive(value: str) -> int:
    import argparse

    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def run_search(argv: list[str]) -> int:
    """Run the search command; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.library:
        if args.paths:
            from .core.reading import BriefingError

            raise BriefingError("search: give files or --library, not both")
        from .library_cli import run_library_search

        return run_library_search(args.query, args.json, args.limit)
    from .core.entities import extract_entities
    from .core.parsing import load_briefing
    from .core.resources import bundled_briefing
    from .core.search import SearchIndex

    paths = args.paths or [str(bundled_briefing())]
    # Every path is read before anything is written: bad input leaves stdout empty.
    briefings = [(path, load_briefing(path)) for path in paths]
    hits = []
    for path, briefing in briefings:
        entities = extract_entities(briefing) if sum(len(s.text) for s in briefing.sections) < 2_000_000 else []
        for hit in SearchIndex(briefing, entities).search(args.query, args.limit):
            hits.append((path, hit))
    hits.sort(key=lambda item: -item[1].score)
    hits = hits[: args.limit]
    if args.json:
        rows = [
            {
                "path": path, "section": hit.section, "label": hit.label, "start": hit.start,
                "end": hit.end, "score": hit.score, "snippet": hit.snippet,
            }
            for path, hit in hits
        ]
        from .core.export import terminal_safe_json

        sys.stdout.write(terminal_safe_json(rows) + "\n")
        return 0 if hits else 1
    if not hits:
        print(f"briefing: no matches for {args.query!r}", file=sys.stderr)
        return 1  # like grep: scripts test for it
    if sys.stdout.isatty():
        _print_rich(hits, len(briefings) > 1)
    else:
        for path, hit in hits:
            where = f"{_shown(path)}\t" if len(briefings) > 1 else ""
            sys.stdout.write(f"{where}{hit.section + 1} {_shown(hit.label)}\t{_shown(hit.snippet)}\n")
    return 0


def _shown(text: str) -> str:
    """A string from outside (a file name, a label, a snippet) made safe to print on one line:
    tabs and line breaks become spaces, every other control or bidi character an escape."""
    from .core.reading import printable_name

    return printable_name(text.replace("\t", " ").replace("\n", " "))


def _print_rich(hits, show_path: bool) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    for path, hit in hits:
        line = Text()
        if show_path:
            line.append(_shown(path) + "  ", style="magenta")
        line.append(f"{hit.section + 1} {_shown(hit.label)}", style="bold cyan")
        line.append("  ")
        start, end = hit.snippet_start, max(hit.snippet_start, hit.snippet_end)
        line.append(_shown(hit.snippet[:start]))
        line.append(_shown(hit.snippet[start:end]), style="bold black on yellow")
        line.append(_shown(hit.snippet[end:]))
        console.print(line, overflow="ellipsis", no_wrap=True)
