"""Settings: a TOML file in the user's config folder (no Textual here).

```toml
theme = "textual-light"      # any theme of the palette; saved when changed there
outline = true               # the outline starts open (true), closed (false); unset: by size
keep = true                  # briefings read are kept in the library

[keymap]                     # binding id = keys, comma-separated (as posting does)
next_section = "right_square_bracket,l"
```

`BRIEFING_CONFIG=FILE` reads another file. A file that is missing gives the defaults; a
file that cannot be read or parsed, or a setting of the wrong type, gives the defaults for
what is wrong and one line that says so (`Settings.problem`), never an exception.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

ENVIRONMENT_VARIABLE = "BRIEFING_CONFIG"


@dataclass(frozen=True)
class Settings:
    """What the config file says, with defaults for what it leaves out."""

    theme: str | None = None  # None: Textual's default theme
    outline: bool | None = None  # None: open when the briefing has more than one section
    keep: bool = True
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = None  # the file read, or that would be read
    problem: str | None = None  # one line for the user when the file was not usable as is


def config_path() -> Path:
    """Where the settings live: $BRIEFING_CONFIG, or config.toml in the user config folder."""
    override = os.environ.get(ENVIRONMENT_VARIABLE)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("briefing", appauthor=False)) / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    """The settings in path (default: config_path()); defaults and a problem line when bad."""
    path = path or config_path()
    defaults = Settings(path=path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return defaults
    except OSError as error:
        return replace(defaults, problem=f"settings {path}: cannot read ({error.strerror or error}); using the defaults")
    # Imported only when there is a file to read: most starts have none.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        document = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return replace(defaults, problem=f"settings {path}: not UTF-8 text; using the defaults")
    except tomllib.TOMLDecodeError as error:
        return replace(defaults, problem=f"settings {path}: {error}; using the defaults")
    return _from_document(document, defaults)


def _from_document(document: dict, defaults: Settings) -> Settings:
    problems: list[str] = []
    values: dict = {}
    expected = {"theme": str, "outline": bool, "keep": bool, "keymap": dict}
    for key, value in document.items():
        kind = expected.get(key)
        if kind is None:
            problems.append(f"unknown setting {key!r}")
        elif not isinstance(value, kind):
            problems.append(f"{key} should be {_KIND_NAMES[kind]}, not {value!r}")
        elif kind is dict:
            keymap = {}
            for binding, keys in value.items():
                if isinstance(keys, str) and keys.strip():
                    keymap[binding] = keys
                else:
                    problems.append(f"keymap.{binding} should be keys in a string, such as \"ctrl+n,j\"")
            values[key] = keymap
        else:
            values[key] = value
    problem = None
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        problem = f"settings {defaults.path}: {problems[0]}{more}; using the default for it"
    return replace(defaults, problem=problem, **values)


_KIND_NAMES = {str: "a string", bool: "true or false", dict: "a table"}


def save_theme(theme: str, path: Path | None = None) -> str | None:
    """Write the theme into the settings file, keeping everything else in it as written.

    Returns None when saved, or one line saying why not (the file is a link, a folder,
    unreadable TOML that is not ours to overwrite, a disk error).
    """
    import tomlkit

    from .core.files import replace_file

    path = path or config_path()
    try:
        if path.is_symlink():
            return f"settings {path} is a link: the theme was not saved"
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        try:
            document = tomlkit.parse(text)
        except tomlkit.exceptions.ParseError:
            return f"settings {path} is not valid TOML: the theme was not saved"
        document["theme"] = theme
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, tomlkit.dumps(document))
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return f"settings {path}: the theme was not saved ({reason})"
    return None
