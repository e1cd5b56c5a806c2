"""The `briefing` command line: read, export and search briefings.

Only the reader imports Textual, and only when it starts: `export` and `search` never pay
for it.
"""

from __future__ import annotations

import os
import sys

from . import __version__

USAGE = """\
briefing [PATH] [--no-keep] [--watch]  read a briefing in the terminal (--watch: follow its file)
briefing library                       browse, search and open the library
briefing add SOURCE... [--tag TAG]     add briefings to the library
briefing list [--json] [--limit N] [--tag TAG]
briefing export [PATH|ID] [--format json|markdown|text]
briefing search QUERY [PATH ...] [--library] [--json] [--limit N]
briefing bookmarks [--json]
briefing --version | --help"""

DESCRIPTION = """\
A terminal reader for news briefings. With no PATH, reopens the last briefing read at
its place (the bundled U.S.-Japan security agreement story on a fresh install); "-" reads
standard input. Every briefing read is kept in the library unless --no-keep."""


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

        def _print_message(self, message: str, file=None) -> None:  # type: ignore[override]
            # argparse swallows write errors here; a full or closed stdout must be reported.
            if message:
                (file or sys.stderr).write(message)

    return OneLineParser(**kwargs)


def _reader_parser():
    parser = _Parser(prog="briefing", usage=USAGE, description=DESCRIPTION, add_help=True)
    parser.add_argument("path", nargs="?", help="briefing file to read, or - for standard input")
    parser.add_argument("--no-keep", action="store_true", help="do not keep this briefing in the library")
    parser.add_argument("--watch", action="store_true", help="read the file again whenever it changes")
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
    from .background import hold_collector, release_collector

    hold_collector()  # until the first frame (the app releases it): see background
    try:
        # First of all: a saved page is parsed in a child from now on, while we parse the
        # arguments and import the rest (the child needs none of that).
        started = [_parse_ahead(_page_argument(argv))]
        try:
            return _read_with(argv, started)
        finally:
            for ahead in started:
                if ahead is not None:
                    ahead.cancel()  # the reader is leaving: a parse still under way is of no use
    finally:
        release_collector()


def _page_argument(argv: list[str]) -> str | None:
    """The PATH of `briefing PATH [--no-keep] [--watch]`, found without argparse; None when
    there is none or the arguments are anything else (argparse then decides)."""
    paths = [argument for argument in argv if argument not in ("--no-keep", "--watch")]
    if len(paths) != 1 or paths[0].startswith("-"):
        return None
    return paths[0]


def _plain_arguments(argv: list[str]):
    """The arguments of `briefing PATH [--no-keep] [--watch]`, read as argparse reads them;
    None for anything else (argparse then reads them, and says what is wrong)."""
    path = _page_argument(argv)
    if path is None:
        return None
    from types import SimpleNamespace

    return SimpleNamespace(path=path, no_keep="--no-keep" in argv, watch="--watch" in argv)


def _parse_ahead(path: str | None):
    """A child parsing the page at `path` (see parse_ahead), or None."""
    if path is None or path.lower().startswith(("http://", "https://")):
        return None
    from . import parse_ahead

    return parse_ahead.start_file(path)


def _read_with(argv: list[str], started: list) -> int:
    """The reader; `started` holds the parse started ahead (or None) and gains any started here."""
    # No arguments, or a path and the reader's flags, the common cases, need no argument parser.
    args = _plain_arguments(argv) if argv else None
    if argv and args is None:
        args = _reader_parser().parse_args(argv)
    path_given = args.path if args is not None else None
    ahead = started[-1]
    if ahead is None and path_given is not None and path_given != "-":
        ahead = _parse_ahead(path_given)  # arguments _page_argument left to argparse
        started.append(ahead)
    from .config import load_settings

    settings = load_settings()
    keep = bool(settings.keep) if args is None or not args.no_keep else False
    from .core.reading import read_source
    from .core.resources import bundled_briefing
    from .terminal import require_keyboard, require_screen, run_reader

    watch = bool(args is not None and args.watch)
    if watch and (path_given is None or path_given == "-" or "://" in path_given):
        from .core.reading import BriefingError

        raise BriefingError("--watch follows a file: give its path")
    opening: dict = {}
    library_problem = None
    if path_given is None:
        last, library_problem = _last_read() if keep else (None, None)
        if last is not None:
            source, opening = last
        else:
            source = read_source(bundled_briefing())
            opening = {"origin": str(bundled_briefing())}
    else:
        from .core.fetching import is_url

        if is_url(path_given):
            require_screen()
            return _read_url(path_given, keep)
        source = read_source(path_given)
        if path_given != "-":
            import os

            opening = {"origin": os.path.abspath(path_given)}
    # After reading: bad input is named first (reading is bounded, and refuses devices).
    require_screen()
    require_keyboard(standard_input_read=path_given == "-")
    if ahead is None:
        from . import parse_ahead

        ahead = parse_ahead.start(source)  # a page is parsed while Textual loads
        started.append(ahead)
    from .app import BriefingApp

    return run_reader(BriefingApp(
        source, keep=keep, pending=ahead, library_problem=library_problem,
        settings=settings, watch=path_given if watch else None, **opening,
    ))


def _read_url(url: str, keep: bool) -> int:
    """Open the reader at once and fetch the page in it: the status line shows the fetch."""
    from .app import BriefingApp
    from .core.reading import SourceText, printable_name
    from .terminal import require_keyboard, run_reader

    require_keyboard(standard_input_read=False)
    app = BriefingApp(SourceText("", printable_name(url)), keep=keep, origin=url, fetch_url=url)
    code = run_reader(app)
    error = getattr(app.first_screen, "fetch_error", None)
    if error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    return code


def _last_read():
    """((source, opening) of the briefing read last, at its place, or None on a fresh
    install; why the library cannot be used, or None). A damaged library file is kept
    aside; the reader then says so over the bundled briefing."""
    from .core.reading import SourceText
    from .quick_resume import UNKNOWN, last_read

    found = last_read()  # the library package is not imported before the first frame
    if found == UNKNOWN:
        from .library import LibraryError

        try:
            found = _last_read_from_library()
        except LibraryError as error:
            return None, str(error)
    if found is None:
        return None, None
    library_id, text, name, url, place = found
    return (SourceText(text, name, url=url), {"library_id": library_id, "place": place}), None


def _last_read_from_library():
    """The same look-up through the library itself, when the quick one cannot tell."""
    from .library import open_library

    with open_library() as library:
        entry = library.last_read()
        if entry is None:
            return None
        text = library.source_text(entry.id)
        position = library.position(entry.id)
    name = entry.path or entry.url or entry.title or f"library #{entry.id}"
    return entry.id, text, name, entry.url, (position.section, position.line) if position is not None else None


def _library(argv: list[str]) -> int:
    from .background import hold_collector, release_collector

    hold_collector()  # until the first frame (the app releases it): see background
    try:
        return _library_screen(argv)
    finally:
        release_collector()


def _library_screen(argv: list[str]) -> int:
    if argv:  # argparse only for --help or a mistake: not before the first frame
        _Parser(prog="briefing library", description="Browse, search and open the library.").parse_args(argv)
    from .library import open_library

    from .terminal import require_keyboard, require_screen, run_reader

    require_screen()
    library = open_library()  # a library that cannot be used: one line, exit 2
    require_keyboard(standard_input_read=False)
    from .app import BriefingApp
    from .config import load_settings

    app = BriefingApp(None, settings=load_settings())  # the theme chosen in the reader
    app.library.use(library)
    return run_reader(app)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from .core.reading import BriefingError

    argv = list(sys.argv[1:] if argv is None else argv)
    # The commands, --help and --version write to stdout; the reader draws on the terminal.
    writes_output = argv[:1] in (["export"], ["search"], ["add"], ["list"], ["bookmarks"]) or any(
        arg in ("-h", "--help", "--version") for arg in argv
    )
    if writes_output and sys.stdout is None:  # started with stdout closed (`>&-`)
        print("briefing: standard output is closed: nowhere to write", file=sys.stderr)
        return 2
    try:
        try:
            status = _run(argv)
        except SystemExit as done:  # argparse: --help, --version, usage errors
            status = done.code if isinstance(done.code, int) else 0 if done.code is None else 2
        if writes_output:
            sys.stdout.flush()
        return status
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
    except OSError as error:
        if not writes_output:
            raise
        # A full disk or device (`>/dev/full`), a stdout that fails: one line, no traceback.
        print(f"briefing: cannot write to standard output ({error.strerror or error})", file=sys.stderr)
        _silence_stdout()
        return 2


def _run(argv: list[str]) -> int:
    if argv[:1] == ["export"]:
        return _export(argv[1:])
    if argv[:1] == ["library"]:
        return _library(argv[1:])
    if argv[:1] == ["search"]:
        from .search_cli import run_search

        return run_search(argv[1:])
    if argv[:1] in (["add"], ["list"], ["bookmarks"]):
        from . import library_cli

        return getattr(library_cli, f"run_{argv[0]}")(argv[1:])
    return _read(argv)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's last flush at exit has nothing to report."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    raise SystemExit(main())
