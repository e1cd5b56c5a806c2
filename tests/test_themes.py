"""Readable in every theme: every glyph on screen at a WCAG contrast of 4.5:1 or more.

The check reads the colours the reader actually draws (the compositor's cells, after the
stylesheet and the theme are resolved) for every built-in Textual theme, in the states a
reader sees: outline, entity panel, search results, a followed match and a mention, the
status line, the footer, a notice, the help, the narrow outline bar.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.color import Color as RichColor
from textual.color import Color

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.themes import MINIMUM_CONTRAST, contrast, readable, readable_variables

# Drawn by Textual, not text: the scroll bars' thumbs.
NOT_TEXT = {"ScrollBar", "ScrollBarCorner"}


def test_contrast_is_wcag():
    assert round(contrast(Color(0, 0, 0), Color(255, 255, 255)), 1) == 21.0
    assert contrast(Color(90, 90, 90), Color(90, 90, 90)) == 1.0
    # WCAG's own example pair: #777 on white is just under 4.5.
    assert 4.4 < contrast(Color.parse("#777777"), Color(255, 255, 255)) < 4.5


channel = st.integers(0, 255)
colors = st.builds(Color, channel, channel, channel)


@given(colors, colors)
def test_readable_reads_on_any_background(color, background):
    result = readable(color, [background])
    assert contrast(result, background) >= MINIMUM_CONTRAST
    if contrast(color, background) >= MINIMUM_CONTRAST:
        assert result == color  # a readable colour is left alone


def test_light_theme_muted_text_is_made_readable():
    app = BriefingApp(read_source(bundled_briefing()))
    app.theme = "textual-light"
    variables = readable_variables(theme_variables(app), dark=False)
    background = Color.parse(variables["background"])
    for name in ("reader-muted", "reader-border", "reader-accent", "text-muted"):
        assert contrast(Color.parse(variables[name]), background) >= MINIMUM_CONTRAST, name


def theme_variables(app: BriefingApp) -> dict[str, str]:
    from textual.app import App

    return App.get_css_variables(app)


def _rgb(color: RichColor | None, default: tuple[int, int, int]) -> tuple[int, int, int]:
    if color is None or color.is_default:
        return default
    true = color.get_truecolor()
    return true.red, true.green, true.blue


def unreadable_cells(app) -> list[str]:
    """Each run of glyphs drawn below the minimum contrast: where, what, the ratio."""
    dark = app.current_theme.dark
    # The terminal's own colours (ANSI themes): light text on dark or the reverse.
    default_fg, default_bg = ((255, 255, 255), (0, 0, 0)) if dark else ((0, 0, 0), (255, 255, 255))
    screen = app.screen
    found = []
    for y, strip in enumerate(screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            text, style = segment.text, segment.style
            if style is not None and text.strip():
                fg, bg = _rgb(style.color, default_fg), _rgb(style.bgcolor, default_bg)
                if style.reverse:
                    fg, bg = bg, fg
                if style.dim:  # Textual draws dim text halfway to its background
                    fg = tuple(int(b + (f - b) * 0.5) for f, b in zip(fg, bg))
                ratio = contrast(Color(*fg), Color(*bg))
                widget, _ = screen.get_widget_at(x, y)
                # Behind a modal screen (help) the reader is faded on purpose: not text to read.
                backdrop = widget is screen and screen is not app.screen_stack[0]
                if ratio < MINIMUM_CONTRAST and type(widget).__name__ not in NOT_TEXT and not backdrop:
                    found.append(f"{type(widget).__name__}#{widget.id} {text.strip()[:16]!r} {ratio:.2f}")
            x += segment.cell_length
    return found


async def settle(pilot) -> None:
    app = pilot.app
    for _ in range(100):
        await pilot.pause()
        await app.workers.wait_for_complete()
        if app.reader.entities is not None and app.query("FooterKey") and app.query("Outline"):
            break
        await pilot.pause(0.05)
    await pilot.pause()


async def each_theme(pilot, state: str) -> list[str]:
    app = pilot.app
    problems = []
    for theme in sorted(app.available_themes):
        app.theme = theme
        await pilot.pause()
        await pilot.pause()
        problems += [f"{theme} ({state}): {cell}" for cell in unreadable_cells(app)]
    return problems


async def test_every_theme_is_readable_in_every_part_of_the_reader():
    app = BriefingApp(read_source(bundled_briefing()))
    problems: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(app.available_themes) >= 20
        # Outline and entity panel open, a search followed (current match and the others),
        # a notice on screen.
        await pilot.press("e")
        await pilot.press("escape")
        await pilot.press("slash", *"japan")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        problems += await each_theme(pilot, "search results")
        await pilot.press("enter", "n")
        app.notify("Exported to briefing.export.md")
        await pilot.pause()
        problems += await each_theme(pilot, "matches, panel, notice")
        await pilot.press("question_mark")
        await pilot.pause()
        problems += await each_theme(pilot, "help")
        await pilot.press("escape")
        # Narrow: the outline bar; an entity followed, its mentions highlighted and its
        # position in the status line.
        await pilot.resize_terminal(50, 16)
        await pilot.press("escape", "e", "down", "enter")
        await pilot.pause()
        problems += await each_theme(pilot, "narrow, mentions")
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


async def test_every_theme_is_readable_on_the_library_screen(filled_library):
    """The library's list (read and unread rows, tags, the dim columns, the cursor), its
    search hits with their marks, and the entities view, in every built-in theme."""
    app = BriefingApp(None)
    problems: list[str] = []
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(100):
            await pilot.pause()
            await app.workers.wait_for_complete()
            if app.query("FooterKey"):
                break
        app.library.call(lambda library: library.set_read(library.list()[1].id))
        await pilot.press("tab", "shift+tab")  # the list again, a row read
        await pilot.pause(0.2)
        problems += await each_theme(pilot, "library list")
        await pilot.press("slash", *"kishda")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        problems += await each_theme(pilot, "library search")
        await pilot.press("escape", "escape", "tab")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        problems += await each_theme(pilot, "library entities")
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"
