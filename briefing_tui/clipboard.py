"""Copy text to the user's clipboard from a terminal app, and open links in a browser.

Copying goes through the terminal (OSC 52, Textual's `copy_to_clipboard`), which works
over SSH; inside tmux the text also goes into tmux's paste buffer (and on to the outer
terminal's clipboard), since tmux does not pass OSC 52 from programs by default.
"""

from __future__ import annotations

import os
import subprocess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App


def copy_text(app: App, text: str) -> None:
    """Put text on the clipboard: the terminal's, and tmux's paste buffer inside tmux."""
    app.copy_to_clipboard(text)
    if os.environ.get("TMUX"):
        try:
            subprocess.run(
                ["tmux", "load-buffer", "-w", "-"], input=text.encode("utf-8"), capture_output=True, timeout=5,
            )
        except (OSError, subprocess.SubprocessError):
            pass  # the terminal's copy above still stands


def open_in_browser(app: App, url: str) -> None:
    """Open url in the user's browser; a browser in this terminal gets the terminal meanwhile.

    With no browser to be found the address is copied instead; a notice says which.
    """
    import webbrowser

    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        copy_text(app, url)
        app.notify(f"No browser found: the address is copied ({url})", severity="warning", markup=False)
        return
    if isinstance(browser, webbrowser.GenericBrowser) and not isinstance(browser, webbrowser.BackgroundBrowser):
        # A text browser (lynx, w3m) runs in this terminal: give it the screen until it quits.
        from textual.app import SuspendNotSupported

        try:
            with app.suspend():
                opened = browser.open(url)
        except SuspendNotSupported:  # no terminal to hand over (a test, a web driver)
            app.run_worker(lambda: browser.open(url), thread=True, group="browser")
            opened = True
    else:
        app.run_worker(lambda: browser.open(url), thread=True, group="browser")
        opened = True
    if opened:
        app.notify(f"Opening {url}", markup=False)
    else:
        copy_text(app, url)
        app.notify(f"The browser did not open: the address is copied ({url})", severity="warning", markup=False)
