"""A long briefing's mentions found in several processes at once.

The rules read one section at a time, so a long briefing splits into parts of about equal
length: a forked child reads each part but the first, which this process reads meanwhile,
and the parts come back in order. Only where forking is safe and pays: a platform that
forks, no other thread running (a child would inherit locks that thread may hold), more
than one CPU, and enough text to outweigh starting a child.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter

from .found import Found

# Text per process below which one process is faster: a fork and sending the mentions
# back cost about as much as reading this much.
CHARS_PER_PROCESS = 200_000
MAX_PROCESSES = 4
# A mention as the tuple of its fields in order, the form a child sends it back in.
_ROW = attrgetter(*(f.name for f in fields(Found)))


def processes_for(chars: int, asked: int | None = None) -> int:
    """How many processes read `chars` of text: `asked` at most, 1 where forking is unsafe."""
    if asked is not None and asked <= 1:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    count = min(cpus, MAX_PROCESSES, chars // CHARS_PER_PROCESS)
    if asked is not None:
        count = min(count, asked)
    return max(1, count)


def split(lengths: list[int], count: int) -> list[range]:
    """Section indices in `count` runs of about equal text (fewer when sections are few)."""
    total = sum(lengths)
    parts: list[range] = []
    start = done = 0
    for index, length in enumerate(lengths):
        done += length
        if done * count >= total * (len(parts) + 1) and len(parts) < count - 1:
            parts.append(range(start, index + 1))
            start = index + 1
    parts.append(range(start, len(lengths)))
    return [part for part in parts if len(part)]


def in_processes(read: Callable[[range], list[Found]], parts: list[range]) -> list[Found]:
    """read(part) for every part, the first here and the others in forked children, joined
    in order. A part whose child dies or fails is read here instead."""
    # (multiprocessing flushes the standard streams before it forks: nothing buffered
    # here is written twice.)
    context = multiprocessing.get_context("fork")
    children = []
    # Objects made so far (the gazetteer above all) are left out of the children's garbage
    # collection: it would write to every one of them and copy their pages, which a forked
    # child otherwise shares with this process.
    gc.freeze()
    for part in parts[1:]:
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_read_and_send, args=(read, part, sender), daemon=True)
        try:
            child.start()
        except OSError:
            receiver.close()
            sender.close()
            children.append((None, None, part))  # no child to be had: read it here
            continue
        sender.close()
        children.append((child, receiver, part))
    gc.unfreeze()
    found = read(parts[0])
    for child, receiver, part in children:
        mentions = None
        if receiver is not None:
            try:
                mentions = receiver.recv()
            except (EOFError, OSError):
                mentions = None
            finally:
                receiver.close()
                child.join()
        found.extend(read(part) if mentions is None else [Found(*row) for row in mentions])
    return found


def _read_and_send(read: Callable[[range], list[Found]], part: range, sender) -> None:
    """In a child: read a part and send its mentions; on failure send nothing, so that the
    parent reads the part itself (and any error shows there, once)."""
    try:
        # As plain tuples: they pickle in a third of the time a dataclass takes.
        sender.send(list(map(_ROW, read(part))))
    except BaseException:
        pass
    finally:
        sender.close()
