"""Lines of plain text into paragraphs and list items; bylines and syndication footers."""

from __future__ import annotations

import re

from .blocks import RawBlock
from .headings import LIST_MARKER

_TERMINAL = tuple(".!?:\"”’)]…")
_BULLET = re.compile(r"^([•·▪◦‣●○■□➢►*+\-–])\s+")
_NUMBER = re.compile(r"^(\(?(?:\d{1,3}|[a-z])[.)])\s+")

# When a byline says its post was written: "on April 16, 2012", "on 16 April 2012", "on Monday".
_WHEN = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b|[A-Z][a-z]{2,5}day\b)"
# "By Ann Lee"; a live page's "From CNN's Ann Lee" (the outlet's name stays with the author).
BYLINE = re.compile(
    r"^(?:(?:(?:Written|WRITTEN|Words|Story|Reported|Text)\s+)?(?:By|BY|by)\s?:?\s+|From\s+(?=[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}['’]s\s[A-Z][a-z]))"
    # "By 14 News Staff": a newsroom whose name opens with its channel's number.
    r"(?P<who>(?:[A-Z\u00c0-\u024f]|\d{1,4}\s+(?=(?:[A-Z][\w&.'’-]*\s+){0,3}(?:Staff|Team|Desk|Newsroom|Reporters?)$)"
    # "By thecolumn / Roar Rookie", "By admin": a site's user name in small letters.
    r"|(?=[a-z][a-z0-9_.]{2,30}(?:\s+[/|]\s+[A-Z]|\s+on\s+" + _WHEN + r"|$))(?!(?:now|then|far|design|default|contrast|comparison|chance|hand|mistake|night|day|law|way|all|me|us|them|him|her)\b)).{1,100})$"
)
# A paper's staff credit in place of an author's name: "Post Report", "Staff Reporter", "Web
# Desk", "Our Correspondent", "Tribune News Service", "Herald Staff": a word or two in capitals
# and a word that names who reported. A byline only right under the headline, over the text; between
# paragraphs "Market Report" is a heading.
STAFF_CREDIT = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,2}(?:Report|Reporter|Reporters|Desk|Correspondent|Correspondents|Service|Bureau|Writer|Writers|Staff)$"
    # "Agencies", "Newsroom", "Staff and agencies": the wires or the newsroom as a whole.
    r"|^(?:[A-Z][\w.&'’-]*\s+)?(?:Staff\s+(?:and|&)\s+[Aa]gencies|Agencies|Newsroom)$"
    r"|^(?:[A-Z][A-Z.&'’-]*\s+){1,2}(?:REPORT|REPORTER|REPORTERS|DESK|CORRESPONDENT|CORRESPONDENTS|SERVICE|BUREAU|WRITER|WRITERS)$"
)
FOOTER = re.compile(
    r"(?:^|(?<=[.!?”\"’]\s))This (?:article|story|report|piece|post) was "
    r"(?:written|reported|produced|originally published)\s+by\s+(?P<who>.+?)\s+"
    r"(?:from|for|of|at|with)\s+(?P<outlet>.+?)\s+and\s+(?:was|is)\s+(?:legally\s+)?licensed\b.*$",
    re.IGNORECASE | re.DOTALL,
)


def clean_byline(who: str) -> str:
    """A byline without "By", trailing dates or separators."""
    who = re.sub(r"^(?:By|BY|by):?\s+", "", who.strip())
    who = re.split(r"\s+[|•·]\s+|\s+—\s+(?=(?:updated|published|\w+ \d))|\s+on\s+(?=" + _WHEN + ")", who, maxsplit=1)[0]
    return who.strip(" ,;*_") or who


# What may follow a syndication footer and still belong to it: licensing contacts and notes.
_FOOTER_TAIL = re.compile(
    r"licens|copyright|©|all rights reserved|reprint|permission|syndicat|^\S+@\S+$|"
    r"please direct|for more information|^https?://\S+$",
    re.IGNORECASE,
)


def merge_bylines(byline: str | None, footer: str | None) -> str | None:
    """The text's byline and the one a syndication footer names, each word once."""
    if not byline or not footer:
        return byline or footer
    missing = [part for part in footer.split(", ") if part.lower() not in byline.lower()]
    return ", ".join([byline, *missing])


def split_footer(lines: list[str]) -> tuple[list[str], str | None]:
    """Remove a syndication footer at the end; return the lines left and the byline it names.

    Only the footer goes: the licensing lines that follow it are part of it, any other line
    after it (a "Correction: …") stays.
    """
    last = len(lines) - 1
    while last >= 0 and not lines[last].strip():
        last -= 1
    # The footer is the last paragraph, or a few lines before other trailing boilerplate.
    for index in range(last, max(-1, last - 4), -1):
        match = FOOTER.search(lines[index])
        if match:
            who = match["who"].strip()
            outlet = match["outlet"].strip().rstrip(".")
            before = lines[index][: match.start()].rstrip()
            after = [line for line in lines[index + 1 :] if not _FOOTER_TAIL.search(line)]
            kept = lines[:index] + ([before] if before else []) + after
            return kept, f"{who}, {outlet}"
    return lines, None


_WRAP_LOW, _WRAP_HIGH = 40, 120


def _is_wrapped(lines: list[str]) -> bool:
    """True when paragraphs are hard-wrapped lines separated by blank lines."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]  # a trailing blank line separates no paragraphs
    if not any(not line.strip() for line in lines):
        return False
    inside = open_ended = 0
    widths: list[int] = []
    filled: list[int] = []  # each inside line's width with the next line's first word
    for line, following in zip(lines, lines[1:]):
        if line.strip() and following.strip() and not LIST_MARKER.match(following.strip()):
            inside += 1
            widths.append(len(line.strip()))
            filled.append(len(line.strip()) + 1 + len(following.split()[0]))
            if not line.rstrip().endswith(_TERMINAL):
                open_ended += 1
    if not inside or open_ended / inside < 0.3:
        return False
    # Wrapped lines are of a width, most of them 40 to 120 characters: a saved page's lines
    # above one another are short labels beside whole paragraphs.
    ordered = sorted(widths)
    if not _WRAP_LOW <= ordered[len(ordered) // 2] <= _WRAP_HIGH:
        return False
    # A wrap breaks a line where the next word would not fit, so most lines are full; the
    # lines of a list copied from a page end wherever their item does.
    width = ordered[(len(ordered) * 9) // 10]
    return sum(size > width for size in filled) >= 0.6 * inside


def _item(line: str, indent: int) -> RawBlock:
    text = line.strip()
    depth = min(indent // 2, 6)
    bullet = _BULLET.match(text)
    if bullet:
        body = text[bullet.end():]
        return RawBlock("item", "• " + body, depth=depth, marker=2)
    number = _NUMBER.match(text)
    if number:
        marker = number.group(1) + " "
        return RawBlock("item", marker + text[number.end():], depth=depth, marker=len(marker))
    return RawBlock("paragraph", text)


def group_paragraphs(lines: list[str]) -> list[RawBlock]:
    """Group lines into paragraphs and list items.

    A blank line always ends a paragraph. Without blank lines each line is a paragraph
    (the bundled briefing's shape), unless the next line obviously continues it.
    """
    # Paragraphs apart by blank lines and not wrapped: a line break inside a block that
    # ends a line of a list copied from a page, or follows a line ending in ":", is the
    # writer's, not a soft break.
    wrapped = _is_wrapped(lines)
    apart = not wrapped and any(not line.strip() for line in lines)
    list_lines = _list_lines(lines) if apart else frozenset()
    blocks: list[RawBlock] = []
    current: list[str] = []
    current_item: RawBlock | None = None

    def flush() -> None:
        nonlocal current, current_item
        if current_item is not None:
            blocks.append(current_item)
        elif current:
            blocks.append(RawBlock("paragraph", " ".join(current)))
        current, current_item = [], None

    listing = False  # after a line ending in ":" in such text: a list, a line an item
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            flush()
            listing = False
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if LIST_MARKER.match(line):
            flush()
            current_item = _item(raw, indent)
            continue
        if current_item is not None:
            if indent > 0 or (wrapped and line[:1].islower()):
                current_item.text += " " + line
                continue
            flush()
        if apart and current and current[-1].endswith(":"):
            listing = True  # "you must:" then "have a council tax liability", "ensure the …"
        if current and not listing and index not in list_lines and (wrapped or _continues(current[-1], line)):
            current.append(line)
            continue
        flush()
        current = [line]
    flush()
    return blocks


def _list_lines(lines: list[str]) -> frozenset[int]:
    """The lines of lists set one under another without markers, as a page's list copies:
    three lines or more, each with one separator of parts ("Jon Carson – Service Alberta",
    "Language: English") or all opening with one word."""
    out: set[int] = set()
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and lines[end].strip():
            continue
        run = [line.strip() for line in lines[start:end]]
        if len(run) >= 3:
            firsts = {line.split(None, 1)[0] for line in run}
            if len(firsts) == 1 or any(all(mark in line for line in run) for mark in _ITEM_MARKS):
                out.update(range(start, end))
        start = end + 1
    return frozenset(out)


# What separates a list item's parts: "Name – role", "Label: value".
_ITEM_MARKS = (" – ", " — ", " - ", ": ")


def _continues(previous: str, line: str) -> bool:
    """In text without blank lines, does `line` continue the paragraph ending `previous`?"""
    if line[:1].islower():
        return True
    return not previous.rstrip().endswith(_TERMINAL) and len(previous) >= 40
