"""Memos: TO/FROM/DATE/SUBJECT header lines, then ALL-CAPS labels ending in a colon."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Briefing
from .blocks import SectionBuilder
from .headings import is_all_caps, known_heading, rows_of_blocks, shorten, snake_case
from .plain_text import group_paragraphs

HEADER_FIELD = re.compile(
    r"^(?P<field>MEMORANDUM FOR|MEMORANDUM|MEMO|TO|FROM|DATE|SUBJECT|SUBJ|RE|CC|BCC|"
    r"CLASSIFICATION|REF|REFERENCE|ATTN|THRU|THROUGH)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# An ALL-CAPS label and a colon, alone on its line or run in: "BLUF: The ...".
# A colon between figures is a time's ("UPDATE 10:35 p.m."), no label's.
LABEL = re.compile(r"^(?P<label>[A-Z][A-Z0-9/&'’()\- ]{0,48}[A-Z0-9)])\s*:(?!(?<=\d:)\d)\s*(?P<rest>.*)$")
# Banner lines: "MEMORANDUM", "UNCLASSIFIED//FOUO", "----".
# Labels of links a page left behind ("MORE: Best buys", "READ MORE: …", "WATCH: …"): residue
# of a web page, not a memo's labels.
_LINK_LABEL = re.compile(
    r"^(?:READ |SEE |WATCH |SHOP |LISTEN |FOLLOW )?(?:MORE|ALSO|RELATED|WATCH|READ|SEE ALSO|LISTEN|"
    r"SHOP|SUBSCRIBE|FOLLOW|SIGN UP|CLICK HERE|PHOTOS?|VIDEOS?|GALLERY)$"
)
_BANNER = re.compile(
    r"^(?:(?:MEMORANDUM|MEMO)\b[^:]*|[A-Z/ ]*CLASSIFIED[A-Z/ ]*|[-=_*]{3,})$", re.IGNORECASE
)


def header_fields(lines: list[str], limit: int = 15) -> dict[str, str]:
    """The memo header fields found among the first non-blank lines."""
    fields: dict[str, str] = {}
    seen = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > limit:
            break
        match = HEADER_FIELD.match(text)
        if match:
            fields.setdefault(match["field"].upper(), match["value"].strip())
    return fields


def memo_label(line: str) -> tuple[str, str] | None:
    """("BLUF", "The deficit …") for a label line, or None."""
    match = LABEL.match(line.strip())
    if not match:
        return None
    label = match["label"].strip()
    if not is_all_caps(label) or HEADER_FIELD.match(line.strip()):
        return None
    return label, match["rest"].strip()


def parse_memo(text: str, source: str) -> Briefing:
    """Read a memo: SUBJECT is the title, FROM the byline, each ALL-CAPS label a section."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    body_start = 0
    # The header: field lines and banners at the top, before the first label.
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        match = HEADER_FIELD.match(stripped)
        if match and not memo_label(stripped):
            fields.setdefault(match["field"].upper(), match["value"].strip())
            body_start = index + 1
            continue
        if _BANNER.match(stripped):
            body_start = index + 1
            continue
        break
    title = fields.get("SUBJECT") or fields.get("SUBJ") or fields.get("RE") or None
    byline = fields.get("FROM") or None

    builders: list[SectionBuilder] = []
    current = SectionBuilder(None, "Lead", "lead")
    pending: list[str] = []

    def close() -> None:
        for block in group_paragraphs(pending):
            current.add(block)
        pending.clear()

    fields = _field_rows(lines)
    for index, line in enumerate(lines[body_start:], body_start):
        found = memo_label(line) if index not in fields else None
        if found is None:
            pending.append(line)
            continue
        close()
        if not current.empty or current.heading is not None:
            builders.append(current)
        label, rest = found
        current = SectionBuilder(label, shorten(label), snake_case(label))
        if rest:
            pending.append(rest)
    close()
    if not current.empty or current.heading is not None:
        builders.append(current)
    sections = tuple(builder.build() for builder in builders)
    return Briefing(title, byline, "memo", sections, source)


NAME = "memo"


def detect(text: str) -> bool:
    """Memo header fields; or ALL-CAPS labels (not all Forbes headings) in a text of no other shape."""
    lines = text.split("\n")
    fields = header_fields(lines)
    if "SUBJECT" in fields or "SUBJ" in fields or len(fields) >= 2:
        return True
    if _article_top(lines):
        return False  # a headline over "By Ann Lee": a news story's top, whatever labels it holds
    labels = [found for line in lines if (found := memo_label(line)) and not _LINK_LABEL.match(found[0])]
    if len(labels) < 2 or all(known_heading(label) is not None for label, _ in labels):
        return False
    # A memo's label runs into prose, which has small words: not "GOALKEEPER: ROBERT SANCHEZ"
    # (a heading in capitals, its colon inside) nor "FRA: Trapp; Ndicka, Jakic" (a line-up).
    labels = [(label, rest) for label, rest in labels if any(word[:1].islower() for word in re.sub(r"\([^()]*\)", "", rest).split())]
    if len(labels) < 2:
        return False
    names = [label for label, _ in labels]
    if _mostly_people(names):
        return False  # "LIONEL MESSI: Alive from the get-go …": a ratings list's players, no memo
    if max(names.count(name) for name in set(names)) >= 3:
        return False  # one label again and again ("TTS:", "Q:"): speakers of an interview
    if len(set(names)) < 2:
        return False  # "RIVERSIDE: Driver arrested" twice: a wire headline said again, one label
    paragraphs = sum(1 for block in re.split(r"\n\s*\n", text) if block.strip())
    if paragraphs <= 1:
        # No blank lines, as a page's copy comes: each line is a paragraph.
        paragraphs = sum(1 for line in lines if line.strip())
    if len(labels) * 3 < paragraphs:
        return False  # a few labelled lines ("WHEN: …", "UPDATE: …") among a story's paragraphs: its labels are no memo's parts
    from . import axios, markdown

    return not markdown.has_structure(text) and not axios.detect(text)


def _article_top(lines: list[str]) -> bool:
    """Does the text open as a news story does, a headline (of four words or more, no label)
    over a "By …" line among its first four lines? A memo names its writer in FROM."""
    from .plain_text import BYLINE

    top = [line.strip() for line in lines if line.strip()][:4]
    return any(
        BYLINE.match(under) and len(over.split()) >= 4 and not memo_label(over) and not over.endswith((".", ":"))
        for over, under in zip(top, top[1:])
    )


def _field_value(line: str) -> bool:
    """ "KICKOFF: Thursday, 8 p.m. ET", "TV: ESPN": a label in capitals and a short value, no sentence."""
    found = memo_label(line)
    return found is not None and 1 <= len(found[1].split()) <= 8 and not found[1].endswith((".", "!", "?", ":"))


def _field_rows(lines: list[str]) -> set[int]:
    """The lines of a block of facts ("KICKOFF: …", "SITE: …", "TV: …"), three rows or more
    one under another (blank lines aside), each a label and a short value: a table's rows,
    whole lines of the text, never a memo's labels, which run into prose."""
    return rows_of_blocks(lines, _field_value)


def _mostly_people(labels: list[str]) -> bool:
    """Labels most of which are people's names: a given name and a family name."""
    from .forbes import name_words

    first_names = name_words()[0]
    people = sum(1 for label in labels if 2 <= len(label.split()) <= 4 and label.split()[0].title() in first_names)
    return people * 2 > len(labels)


def parse(text: str, source: str, progress: Callable[[float], None] | None = None) -> Briefing:
    return parse_memo(text, source)
