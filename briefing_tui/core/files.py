"""Writing files safely: never through a symbolic link, never over a file we did not make.

Two ways, for two kinds of file:

- `create_new` / `create_numbered`: a new file (an export). Created exclusively
  (O_CREAT|O_EXCL|O_NOFOLLOW): a name already taken, by a file or by a link, dangling or
  not, is never written; `create_numbered` then tries the next number.
- `replace_file`: the program's own file that is rewritten (config, library). Written to a
  temporary file in the same folder, then renamed over the old one in one step, so that a
  crash leaves the old file or the new one, never half of one. A link, anything that is not
  a regular file, or a file owned by another user at that name is refused, not replaced.

Errors are OSError (with errno and strerror) for the caller to show in one line.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

_NEW_FILE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
)


def _bytes(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def create_new(path: str | os.PathLike[str], data: bytes | str, mode: int = 0o644) -> Path:
    """Create path with data; FileExistsError if the name is taken (a file, or a link of any kind).

    A write that fails halfway removes the file it created.
    """
    path = Path(path)
    fd = os.open(path, _NEW_FILE_FLAGS, mode)
    try:
        _write_all(fd, _bytes(data))
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _remove_quietly(path)
        raise
    os.close(fd)
    return path


def create_numbered(folder: str | os.PathLike[str], stem: str, suffix: str, data: bytes | str, limit: int = 1000) -> Path:
    """Create `stem+suffix` in folder, or `stem-1+suffix`, `stem-2+suffix` ... whichever is free.

    Free means no file and no link of that name: the check and the creation are one step.
    """
    folder = Path(folder)
    for number in range(limit):
        name = f"{stem}{suffix}" if number == 0 else f"{stem}-{number}{suffix}"
        try:
            return create_new(folder / name, data)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, f"no free name after {limit} tries", str(folder / f"{stem}{suffix}"))


def replace_file(path: str | os.PathLike[str], data: bytes | str, mode: int = 0o600) -> Path:
    """Write data to path atomically: a temporary file in the same folder, then a rename.

    For the program's own files. A new file gets mode; an existing one keeps its mode.
    Refuses (OSError) a symbolic link, a non-regular file, or another user's file at path.
    """
    path = Path(path)
    try:
        existing = os.lstat(path)
    except FileNotFoundError:
        existing = None
    if existing is not None:
        if stat.S_ISLNK(existing.st_mode):
            raise OSError(errno.ELOOP, "is a symbolic link, not replaced", str(path))
        if not stat.S_ISREG(existing.st_mode):
            raise OSError(errno.EEXIST, "is not a regular file, not replaced", str(path))
        if hasattr(os, "geteuid") and existing.st_uid != os.geteuid():
            raise OSError(errno.EPERM, "belongs to another user, not replaced", str(path))
        mode = stat.S_IMODE(existing.st_mode)
    # mkstemp creates exclusively, without following links, readable by us only.
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        _write_all(fd, _bytes(data))
        os.fchmod(fd, mode)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(temporary, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        _remove_quietly(Path(temporary))
        raise
    _sync_folder(path.parent)
    return path


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
