"""Date, source and URL said by a text itself: front matter, "Published …" lines, datelines."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Briefing

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<time>[0-2]\d:[0-5]\d(?::[0-5]\d)?)(?P<zone>Z|[+-][0-2]\d:?[0-5]\d)?)?")
_MONTH_FIRST = re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_DAY_FIRST = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# "Published March 5, 2024", "Posted: 2024-03-05", "Updated 5 March 2024, 10:02".
_PUBLISHED = re.compile(r"^\W{0,3}(?:Published|Posted|Updated|Last updated|Created|Modified|Last modified|Date)\b\s*(?:on\s+)?:?\s*(?P<rest>.{6,80})$", re.IGNORECASE)
# A byline with its date after a separator: "By Ann Lee · 28 June 2026", "By Ann Lee | March 3".
# "by annlee on April 16, 2012": or after "on".
_BYLINE_DATE = re.compile(r"^(?:By|BY|by)\b.{2,60}?\s(?:[|•·—–]|on)\s+(?P<rest>.{6,40})$")
# When it was posted, after a bar or a dot in the byline's line: "Ann Lee · CBC News · Posted: Aug 08, 2024".
_STAMP_AFTER_BAR = re.compile(r"\s[·•|]\s+(?:Posted|Published)\b\s*(?:on\s+)?:?\s*(?P<rest>[^|·•]{6,40})")
# A post's date and time, then its writer: "November 8, 2012 10:22 pm AEST — By Ann Lee"
# (its date is the text's; its writer the byline, see forbes.py).
STAMPED_BYLINE = re.compile(
    r"^(?P<when>(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})[^—–|]{0,30})"
    r"\s[—–|]\s+[Bb]y\s+(?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})$"
)
# "LONDON (Reuters) -", "WASHINGTON, March 3 (AP) —": the agency in brackets is the source.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’\-]{1,40}(?:,\s+[A-Za-z]{3,9}\.?\s+\d{1,2})?\s+\((?P<agency>[A-Z][A-Za-z&. ]{1,20})\)\s+[—–-]{1,2}\s"
)
# A wire's dateline on a line of its own: its town in capitals, its day in figures.
WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'’\-]{1,40}(?: ?, [A-Z][A-Za-z .]{1,30})?,? (?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d)")
# "10/11/2022", "25/12/2021": day and month in either order, the year in full.
_SLASHED = re.compile(r"\b(?P<first>[01]?\d|[23]\d)/(?P<second>[01]?\d|[23]\d)/(?P<year>(?:19|20)\d\d)\b")


def _unnamed(pattern: re.Pattern) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)


# A line that is a date and nothing else: "Sunday, January 20, 2008", "20 January 2008".
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+"
_BARE_DATE = re.compile(
    rf"^(?:{_WEEKDAY})?(?:{_unnamed(_MONTH_FIRST)}|{_unnamed(_DAY_FIRST)}|\d{{4}}-\d\d-\d\d|{_unnamed(_SLASHED)})"
    r"(?:,?\s+(?:at\s+)?[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d\d)?)?)?)?\.?$",
    re.IGNORECASE,
)
# The time first, then the date: "10:00 AM PDT • May 9, 2024".
_TIME_THEN_DATE = re.compile(
    rf"^[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?\s*[•·|,–-]?\s*(?:{_unnamed(_MONTH_FIRST)}|{_unnamed(_DAY_FIRST)})$",
    re.IGNORECASE,
)
# A date opening a line, whatever follows it: "04 Mar 2022 06:23PM (Updated: …)".
_OPENING_DATE = re.compile(rf"^(?:{_WEEKDAY})?(?:{_unnamed(_MONTH_FIRST)}|{_unnamed(_DAY_FIRST)})", re.IGNORECASE)
_FIELDS_DATE = ("date", "published", "pubdate", "created")
_FIELDS_SOURCE = ("source", "publisher", "site", "site_name", "sitename", "publication")
_ADDRESS = re.compile(r"https?://(?P<host>[^/\s:?#]+)\S*$", re.IGNORECASE)


def iso_date(text: str) -> str | None:
    """The first date written in `text`, as ISO 8601 (a date-time when it has a time)."""
    match = _ISO.search(text)
    if match:
        day = f"{match['year']}-{match['month']}-{match['day']}"
        if not _valid(int(match["year"]), int(match["month"]), int(match["day"])):
            return None
        if match["time"]:
            time = match["time"] if len(match["time"]) > 5 else match["time"] + ":00"
            zone = match["zone"] or ""
            if zone and zone != "Z" and ":" not in zone:
                zone = zone[:3] + ":" + zone[3:]
            return f"{day}T{time}{zone}"
        return day
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(text)
        if match:
            year, month, day = int(match["year"]), _MONTHS[match["month"].lower()], int(match["day"])
            if _valid(year, month, day):
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _valid(year: int, month: int, day: int) -> bool:
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def is_date_line(line: str) -> bool:
    """True when a line is a date standing alone ("Monday, March 5, 2007"): a dateline, no title."""
    line = line.strip().strip("*_").strip()
    if len(line) > 60:
        return False
    if _BARE_DATE.match(line) is None:
        return _TIME_THEN_DATE.match(line) is not None and iso_date(line) is not None
    slashed = _SLASHED.match(line)
    if slashed is not None:
        # "10/11/2022 08:00 AM EDT": which of the two is the month, the line does not say,
        # but one of the two orders is a day of the year.
        first, second, year = int(slashed["first"]), int(slashed["second"]), int(slashed["year"])
        return _valid(year, first, second) or _valid(year, second, first)
    return iso_date(line) is not None


def opens_with_date(line: str) -> bool:
    """True when a short line opens with a date, as a page's stamp of when it was posted does
    ("04 Mar 2022 06:23PM", "November 6, 2020 · 12 min read")."""
    match = _OPENING_DATE.match(line.strip())
    return match is not None and len(line.split()) <= 14 and iso_date(match.group(0)) is not None


# After a date opening a line, the words of a page's stamp: "-- Updated 0203 GMT", "// 8 min read".
_STAMP_AFTER_DATE = re.compile(r"\b(?:[Uu]pdated|UPDATED|[Pp]ublished|[Pp]osted)\b|\b\d{3,4} (?:GMT|UTC)\b|\b\d{1,3} min(?:ute)?s? read\b")


def is_dated_stamp(line: str) -> bool:
    """ "November 28, 2013 -- Updated 0203 GMT (1003 HKT)", "December 15, 2025 // 8 min read": a
    date, then when the page changed or how long it takes to read."""
    return _STAMP_AFTER_DATE.search(line) is not None and opens_with_date(line)


def is_stamp_line(line: str) -> bool:
    """ "Posted on 02/06/2019", "Created: March 25, 2020 06:14 AM": when a page says it was published."""
    match = _PUBLISHED.match(line.strip())
    return match is not None and re.search(r"\d", match["rest"]) is not None


def front_matter_metadata(fields: dict[str, str]) -> dict[str, str | None]:
    """date, source and url from YAML front matter fields."""
    date = next((iso_date(fields[key]) for key in _FIELDS_DATE if key in fields), None)
    source = next((fields[key] for key in _FIELDS_SOURCE if fields.get(key)), None)
    url = fields.get("url") or fields.get("link") or fields.get("canonical") or None
    if source and (address := _ADDRESS.match(source.strip())):
        # "source: https://en.wikivoyage.org/wiki/Cuba" names the page: the site is its host.
        url = url or source.strip()
        source = address["host"].removeprefix("www.")
    return {"date": date, "publisher": source, "url": url}


def from_lines(text: str, limit: int = 40) -> dict[str, str | None]:
    """A date from a "Published …" line and a source from a dateline, near the top."""
    date = source = None
    seen = 0
    for line in text.split("\n"):
        line = line.strip().strip("*_")
        if not line:
            continue
        seen += 1
        if seen > limit:
            break
        if date is None and (match := _PUBLISHED.match(line)):
            date = iso_date(match["rest"])
        elif date is None and seen <= 3 and is_date_line(line):
            date = iso_date(line)  # a date alone under the title, or opening an untitled text
        elif date is None and seen <= 6 and (match := _BYLINE_DATE.match(line)):
            date = iso_date(match["rest"])  # the byline's date: clean_byline keeps the name alone
        elif date is None and seen <= 3 and (match := STAMPED_BYLINE.match(line)):
            date = iso_date(match["when"])  # "November 8, 2012 10:22 pm AEST — By Ann Lee"
        elif date is None and seen <= 6 and (match := _STAMP_AFTER_BAR.search(line)) and iso_date(match["rest"]):
            date = iso_date(match["rest"])  # "Ann Lee · CBC News · Posted: Aug 08, 2024 4:00 AM EDT"
        elif date is None and seen <= 3 and (match := WIRE_DATELINE.fullmatch(line)):
            date = match["day"]  # "BRUSSELS 1996-08-22": a wire's town and day
        elif date is None and seen <= 4 and is_dated_stamp(line):
            date = iso_date(_OPENING_DATE.match(line).group(0))  # "November 28, 2013 -- Updated 0203 GMT"
        if source is None and (match := _DATELINE.match(line)):
            source = match["agency"].strip()
        if date and source:
            break
    return {"date": date, "publisher": source}


def complete(briefing: Briefing, text: str) -> Briefing:
    """The briefing with date, publisher and URL filled in from its text where it had none."""
    found: dict[str, str | None] = {}
    if text.startswith("---"):
        from .markdown import split_front_matter

        found.update({k: v for k, v in front_matter_metadata(split_front_matter(text)[0]).items() if v})
    if (briefing.date is None and "date" not in found) or (briefing.publisher is None and "publisher" not in found):
        for key, value in from_lines(text).items():
            found.setdefault(key, value)
    changes = {key: value for key, value in found.items() if value and getattr(briefing, key) is None}
    return replace(briefing, **changes) if changes else briefing
