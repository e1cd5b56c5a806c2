"""`python -m briefing_tui` runs the command line."""

from .cli import main

raise SystemExit(main())
