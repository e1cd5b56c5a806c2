"""Parse again, in a process of its own, the briefings an older parser read.

    python -m briefing_tui.library.reparse PATH

Writes "DONE TOTAL" on a line of standard output after each briefing (the reader shows it
as progress) and exits 0; a library that cannot be used gives its one line on standard
error and exit status 2. Each briefing is parsed again in its own short transaction, so a
run killed part-way loses nothing: the next one goes on with the briefings still stale.
The reader starts it after its first frame: parsing in another process leaves the screen
its own core (a thread would share the interpreter's lock with it).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import LibraryError, open_library

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m briefing_tui.library.reparse PATH", file=sys.stderr)
        return 2

    def progress(done: int, total: int) -> None:
        print(done, total, flush=True)

    try:
        with open_library(args[0]) as library:
            total = library.stale()
            print(0, total, flush=True)
            if total:
                library.reparse(progress)
    except LibraryError as error:
        print(str(error), file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away: what is done stays done
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
