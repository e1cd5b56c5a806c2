"""The `briefing` command line: read, export and search briefings.

Only the reader imports Textual, and only when it starts: `export` and `search` never pay
for it.
"""

from __future__ import annotations

import os
import sys

from . import __version__

USAGE = """\
briefing [PATH]                        read a briefing in the terminal
briefing add SOURCE... [--tag TAG]     add briefings to the library
briefing list [--json] [--limit N] [--tag TAG]
briefing export [PATH|ID] [--format json|markdown|text]
briefing search QUERY [PATH ...] [--library] [--json] [--limit N]
briefing bookmarks [--json]
briefing --version | --help"""

DESCRIPTION = """\
A terminal reader for news briefings. With no PATH, opens the bundled briefing
(the U.S.-Japan security agreement story); "-" reads standard input."""


def _Parser(**kwargs):
    """An argparse parser that reports usage errors in one line, exit status 2.

    argparse is imported here, not at the top: `briefing` with no arguments never needs it.
    """
    import argparse

    class OneLineParser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # type: ignore[override]
            from .core.reading import printable_name

            # The message quotes the arguments: escapes and newlines in them stay inert.
            print(f"{self.prog}: {printable_name(message)} (see briefing --help)", file=sys.stderr)
            raise SystemExit(2)

    return OneLineParser(**kwargs)


def _reader_parser():
    parser = _Parser(prog="briefing", usage=USAGE, description=DESCRIPTION, add_help=True)
    parser.add_argument("path", nargs="?", help="briefing file to read, or - for standard input")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def _export_parser():
    parser = _Parser(prog="briefing export", description="Write a briefing to standard output.")
    parser.add_argument("path", nargs="?", help="briefing file, or - for standard input")
    from .core.export import FORMATS

    parser.add_argument("--format", choices=FORMATS, default="json")
    return parser


def _load(path: str | None):
    """Read and parse a briefing; the bundled one when path is None."""
    from .core.parsing import load_briefing
    from .core.resources import bundled_briefing

    return load_briefing(path if path is not None else bundled_briefing())


def _export(argv: list[str]) -> int:
    args = _export_parser().parse_args(argv)
    from .core import export

    if args.path and args.path.isdigit() and not os.path.exists(args.path):
        from .library_cli import load_by_id

        briefing = load_by_id(args.path)  # a library id from `briefing list`
    else:
        briefing = _load(args.path)
    if briefing.notes:
        from .core.reading import printable_name

        # What reading changed (removed control characters, an encoding fallback) is said
        # on standard error, so that a cut or cleaned export never passes unnoticed.
        print(f"briefing: note: {printable_name(briefing.source)}: {'; '.join(briefing.notes)}", file=sys.stderr)
    entities = ()
    if args.format == "json":
        from .core.entities import extract_entities

        entities = extract_entities(briefing)
    sys.stdout.write(export.render(briefing, args.format, entities))
    sys.stdout.flush()
    return 0


def _read(argv: list[str]) -> int:
    # No arguments, the common case, needs no argument parser.
    path_given = _reader_parser().parse_args(argv).path if argv else None
    from .core.reading import read_source
    from .core.resources import bundled_briefing

    path = path_given if path_given is not None else str(bundled_briefing())
    source = read_source(path)
    if path == "-":
        _reattach_terminal()
    from .app import BriefingApp

    BriefingApp(source).run()
    return 0


def _reattach_terminal() -> None:
    """After reading a briefing from a pipe, read keys from the terminal instead."""
    try:
        import os

        tty = os.open("/dev/tty", os.O_RDONLY)
        os.dup2(tty, 0)
        os.close(tty)
        sys.stdin = open(0, closefd=False)
    except OSError:
        pass


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from .core.reading import BriefingError

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["export"]:
            return _export(argv[1:])
        if argv[:1] == ["search"]:
            from .search_cli import run_search

            return run_search(argv[1:])
        if argv[:1] in (["add"], ["list"], ["bookmarks"]):
            from . import library_cli

            return getattr(library_cli, f"run_{argv[0]}")(argv[1:])
        return _read(argv)
    except BriefingError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`briefing export | head`): not an error.
        # Point stdout at /dev/null so that Python's final flush does not complain.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
