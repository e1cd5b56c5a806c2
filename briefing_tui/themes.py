"""Readable colours in every theme: theme variables nudged until their contrast is enough.

A theme gives colours meant to look good; some of them (muted text, borders, an accent
used for text) fall below a readable contrast on the theme's own backgrounds, most of all
in light themes. `readable_variables` keeps each colour's hue and moves its lightness away
from the backgrounds it is drawn on until the WCAG contrast ratio is at least 4.5:1.
Variables that are not colours (ANSI themes, "auto") are left to the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.color import Color, ColorParseError

# WCAG 2 contrast for normal text (AA).
MINIMUM_CONTRAST = 4.5
_BLACK = Color(0, 0, 0)
_WHITE = Color(255, 255, 255)


def _channel(value: int) -> float:
    value = value / 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: Color) -> float:
    """WCAG relative luminance of an opaque colour."""
    return 0.2126 * _channel(color.r) + 0.7152 * _channel(color.g) + 0.0722 * _channel(color.b)


def contrast(first: Color, second: Color) -> float:
    """WCAG contrast ratio of two opaque colours: 1 (same) to 21 (black on white)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(color: Color, backgrounds: Iterable[Color], minimum: float = MINIMUM_CONTRAST) -> Color:
    """color, or the nearest colour towards white or black that reads on every background."""
    backgrounds = list(backgrounds)

    def worst(candidate: Color) -> float:
        return min(contrast(candidate, background) for background in backgrounds)

    if worst(color) >= minimum:
        return color
    best = color
    for target in (_WHITE, _BLACK):
        for step in range(1, 21):
            candidate = color.blend(target, step / 20)
            if worst(candidate) >= minimum:
                if worst(best) < minimum or _distance(candidate, color) < _distance(best, color):
                    best = candidate
                break
        else:
            if worst(color.blend(target, 1.0)) > worst(best):
                best = color.blend(target, 1.0)
    return best


def _distance(first: Color, second: Color) -> int:
    return abs(first.r - second.r) + abs(first.g - second.g) + abs(first.b - second.b)


def _parse(value: str | None) -> Color | None:
    if not value or value.startswith(("ansi", "auto")) or value in ("transparent", "initial"):
        return None
    try:
        return Color.parse(value)
    except ColorParseError:
        return None


def _over(color: Color, base: Color) -> Color:
    """A colour with alpha as it shows over an opaque base."""
    return base + color if color.a < 1 else color


def readable_variables(variables: dict[str, str], dark: bool = True) -> dict[str, str]:
    """The theme's CSS variables with the reader's own readable colours added.

    Adds $reader-text, $reader-muted, $reader-border, $reader-accent, $reader-link,
    $reader-code, $reader-warning and the highlight pairs ($reader-match[-current]-fg/bg,
    $reader-mention-fg/bg, $reader-selection-fg/bg), and makes Textual's own muted text, footer keys and list
    cursor readable, so that the help, footer and lists read too.
    """
    background = _parse(variables.get("background"))
    if background is None or background.a < 1:
        return {**variables, **_ansi_variables(dark)}
    base = background

    def solid(name: str, fallback: Color) -> Color:
        parsed = _parse(variables.get(name))
        return _over(parsed, base) if parsed is not None else fallback

    surface = solid("surface", base)
    panel = _over(solid("panel", surface), surface)
    boost = _over(_parse(variables.get("boost")) or Color(0, 0, 0, 0), surface)
    footer = solid("footer-background", panel)
    grounds = [base, surface, panel, boost]  # the footer has its own pair below
    foreground = solid("foreground", _WHITE if luminance(base) < 0.2 else _BLACK)
    accent = solid("accent", foreground)
    primary = solid("primary", foreground)
    secondary = solid("secondary", foreground)
    warning = solid("warning", accent)

    text = readable(foreground, grounds)
    muted = readable(foreground.blend(base, 0.35), grounds)
    border = readable(foreground.blend(base, 0.5), grounds)
    accent_text = readable(accent, grounds)
    warning_text = readable(warning, grounds)

    def pair(fill: Color) -> tuple[Color, Color]:
        """A highlight fill and a text colour that reads on it."""
        return fill, readable(text, [fill])

    match_bg, match_fg = pair(base.blend(warning, 0.4))
    current_bg = warning
    current_fg = _BLACK if contrast(_BLACK, current_bg) >= contrast(_WHITE, current_bg) else _WHITE
    mention_bg, mention_fg = pair(base.blend(accent, 0.35))
    selection_bg, selection_fg = pair(base.blend(primary, 0.45))
    cursor_bg = solid("block-cursor-background", primary)
    cursor_fg = _BLACK if contrast(_BLACK, cursor_bg) >= contrast(_WHITE, cursor_bg) else _WHITE

    ours = {
        "reader-text": text,
        "reader-muted": muted,
        "reader-border": border,
        "reader-accent": accent_text,
        "reader-link": readable(primary, grounds),
        "reader-code": readable(secondary, grounds),
        "reader-warning": warning_text,
        "reader-match-bg": match_bg,
        "reader-match-fg": match_fg,
        "reader-match-current-bg": current_bg,
        "reader-match-current-fg": current_fg,
        "reader-mention-bg": mention_bg,
        "reader-mention-fg": mention_fg,
        "reader-selection-bg": selection_bg,
        "reader-selection-fg": selection_fg,
        # Textual's own widgets (footer, inputs, lists, help) read these.
        "foreground": text,
        "text-muted": muted,
        "foreground-muted": muted,
        "text-disabled": muted,
        "foreground-disabled": muted,
        "footer-key-foreground": readable(solid("footer-key-foreground", accent), [footer]),
        "footer-description-foreground": readable(solid("footer-description-foreground", text), [footer]),
        "block-cursor-background": cursor_bg,
        "block-cursor-foreground": cursor_fg,
        "block-cursor-blurred-background": panel,
        "block-cursor-blurred-foreground": readable(text, [panel]),
    }
    return {**variables, **{name: color.hex for name, color in ours.items()}}


def _ansi_variables(dark: bool) -> dict[str, str]:
    """An ANSI theme: the terminal's own palette.

    Text, muted text and borders take the terminal's default colour (never a dimmed one);
    accents take the bright colours on a dark terminal and the plain ones on a light one,
    which is what reads in the usual palettes; highlights pair a fill with black text.
    """
    tone = "ansi_bright_" if dark else "ansi_"
    return {
        "reader-text": "ansi_default",
        "reader-muted": "ansi_default",
        "reader-border": "ansi_default",
        "reader-accent": tone + "magenta",
        "reader-link": tone + "blue",
        "reader-code": tone + "cyan",
        "reader-warning": tone + ("yellow" if dark else "red"),
        "reader-match-bg": "ansi_yellow",
        "reader-match-fg": "ansi_black",
        "reader-match-current-bg": "ansi_bright_yellow",
        "reader-match-current-fg": "ansi_black",
        "reader-mention-bg": "ansi_cyan",
        "reader-mention-fg": "ansi_black",
        "reader-selection-bg": "ansi_blue",
        "reader-selection-fg": "ansi_bright_white",
        "text-muted": "ansi_default",
        "foreground-muted": "ansi_default",
        "text-disabled": "ansi_default",
        "foreground-disabled": "ansi_default",
        "footer-key-foreground": tone + "magenta",
    }
