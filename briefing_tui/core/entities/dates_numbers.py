"""Dates and numbers found by patterns: "next month", "$4.5 billion", "54,000 service members"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .found import Found
from .words import COUNT_STOP, MATURITY_NOUNS, NUMBERED_HEADS, PERSON_WORDS, TIME_ZONES


def _looking_back(ending: re.Pattern[str], before: re.Pattern[str], reach: int):
    """A finder of spans seen from their ending: each match of `ending`, with `before` (anchored
    at its end by `$`) found in the `reach` characters before it, gives (start, end). Cheap
    where the ending is rare and the opening is not."""

    def found(text: str) -> Iterator[tuple[int, int]]:
        for match in ending.finditer(text):
            head = before.search(text, max(0, match.start() - reach), match.start())
            if head:
                yield head.start(), match.end()

    return found


# Dimensions, which count nothing in the text: "3-D", "2D", "4-D".
_DIMENSION_COUNT = re.compile(r"[234]-?D")

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Weekdays written short, as a page's stamp writes them before a date: "Thu, Nov 9, 2023".
SHORT_WEEKDAYS = "Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
_UNIT = "seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?|centuries|century|quarters?|weekends?|seasons"
_SEASON = "spring|summer|fall|autumn|winter"
_NUMBER_WORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|a few|few|several|a couple of|a dozen|dozens of|many|an|a"
)
# "two and a half": a number word and a half.
_HALF = r"(?:\s+and\s+a\s+half)?"
_AMOUNT = rf"(?:\d[\d,.]*|(?:{_NUMBER_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?{_HALF})"
# A count of time units: "three days", "30-day", "40 consecutive weeks" (not "a day", "many years").
_COUNT = rf"(?:\d(?:[\d,.]*\d)?|(?:{_NUMBER_WORD.replace('|many|an|a', '')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?{_HALF})"
_YEAR = r"(?:1[89]|20)\d\d"
# Months in capitals, as datelines write them ("JUNE 25", "26 JUNE", "OCT. 3"), and the
# letters one of which each holds.
_CAPS_MONTHS = "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
_CAPS_SHORT_MONTHS = "(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
_CAPS_MONTH_STEMS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# What follows a half of a business year in words: "H2 results", "H1 profit".
HALF_YEAR_WORDS = "results|profits?|earnings|revenues?|sales|net|loss|period|figures"
_HOLIDAYS = (
    "Christmas(?: Eve| Day)?|Easter(?: Sunday| Monday)?|Thanksgiving(?: Day)?|New Year's(?: Eve| Day)?|"
    "New Year’s(?: Eve| Day)?|New Year\\b|Lunar New Year|Ramadan|Eid(?: al-Fitr| al-Adha)?|Hanukkah|Diwali|Passover|"
    "Yom Kippur|Rosh Hashanah|Halloween|Independence Day|Labor Day|Labour Day|Memorial Day|"
    "Veterans Day|Good Friday|Boxing Day|Bastille Day|Golden Week|Nowruz|Vesak|May Day|Canada Day|Australia Day|"
    "Anzac Day|Waitangi Day|Republic Day|Remembrance Day|Juneteenth|Election Day"
)
# A holiday at a word's start, for names.py: its words are a date (below), no name.
HOLIDAY = re.compile(rf"(?:{_HOLIDAYS})\b")
# A holiday ending where a word ends: "Eve" of "Christmas Eve" is the holiday's, no name.
HOLIDAY_ENDING = re.compile(rf"(?:{_HOLIDAYS})$")
# The first word of each holiday ("Christmas", "Canada", "Mother"): where one may open.
HOLIDAY_FIRST_WORDS = tuple(dict.fromkeys(re.findall(r"(?:^|\|)([A-Z][a-z]+)", _HOLIDAYS)))
# "2 p.m. Eastern", "9 a.m. Pacific time", "3:13 a.m. Eastern Daylight Time", "7:13 Universal
# Time": zones by their names. A zone by its offset from Greenwich: "GMT-3", "UTC+8" (names.py too).
ZONE_OFFSET = r"(?:GMT|UTC)[+−-]\d{1,2}(?::\d\d)?"
NAMED_ZONE = (
    r"(?:(?:Eastern|Pacific|Central|Mountain|Atlantic|Alaska|Hawaii)\s(?:Standard|Daylight|Summer)|Coordinated\sUniversal"
    r"|Universal|Greenwich\sMean|British\sSummer|Indian\sStandard|Japan\sStandard|Central\sEuropean(?:\sSummer)?)\s[Tt]ime"
)
# A time's zone after it, in brackets too, as live pages write it: "21:06 (IST)".
_ZONE = rf"(?:\s?(?:{ZONE_OFFSET}|{'|'.join(sorted(TIME_ZONES, key=len, reverse=True))}|local time)\b|\s\((?:{'|'.join(sorted(TIME_ZONES, key=len, reverse=True))})\)|\s{NAMED_ZONE}\b|\s(?:Eastern|Pacific|Central|Mountain)(?:\s[Tt]ime\b|\b(?!\s[A-Z])))?"
_NUMBER_WORD_FIRST = "otfsenhadcmbOTFSENHADCMB"
_SHORT_MONTH = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
# The words a month or a day of the week may open with: "late March", "Last September",
# "last Thursday", "this past Sunday" (a capital where they open a sentence).
_BEFORE_MONTH = ("early", "mid", "late", "next", "last", "this", "Early", "Mid", "Late", "Next", "Last", "This")
_BEFORE_MONTH_WORDS = f"(?:{'|'.join(_BEFORE_MONTH)})"
_BEFORE_DAY_WORDS = ("last", "next", "this", "coming", "past", "early", "late", "Last", "Next", "This", "Coming", "Past", "Early", "Late")
_BEFORE_DAY = f"(?:this past|This past|this coming|This coming|{'|'.join(_BEFORE_DAY_WORDS)})"
# How every month opens as the patterns that tell case write it: "March", "Oct.", "Sept".
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UNIT_WORDS = ("sec", "min", "hour", "hr", "day", "night", "week", "month", "year", "decade", "centur", "quarter", "seasons")


class _FromTheEnd:
    """A pattern found from the words that end it: "three years ago" from " ago", then the
    amount before it. Long text holds few of those words, where a match could start at
    almost every letter; the matches are the ones a scan from the start finds."""

    REACH = 80  # the longest match, in characters

    def __init__(self, body: str, flags: int, tail: str) -> None:
        self.whole = re.compile(f"(?:{body})$", flags)
        self.tail = re.compile(tail, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        done = 0
        for end in self.tail.finditer(text):
            match = self.whole.search(text, max(done, end.start() - self.REACH), end.end())
            if match:
                done = match.end()
                yield match


def _lower_source(source: str) -> str:
    """A pattern's source with its letters in lower case, escapes ("\\s", "\\b") kept."""
    out: list[str] = []
    escaped = False
    for char in source:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out)


def folds_alike(text: str, lower: str) -> bool:
    """Whether a case-insensitive pattern finds in text what its lower-case twin, without
    IGNORECASE, finds at the same places in lower (text.lower()): every character stays
    one character ("İ" becomes two), and no letter matches an ASCII letter only by case
    folding ("ſ" matches "s", dotless "ı" matches "i"). News text nearly always does."""
    return len(lower) == len(text) and "ſ" not in text and "ı" not in text


class _CaseFolded:
    """A case-insensitive finder and its twin for text already in lower case: the twin
    scans about twice as fast, since the regex engine can then skip on plain letters."""

    def __init__(self, finder: re.Pattern[str] | _FromTheEnd, lowered: re.Pattern[str] | _FromTheEnd) -> None:
        self.finder = finder
        self.lowered = lowered

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """The matches in text; given folded (text.lower(), when folds_alike), the matches
        at the same places, whose groups are in lower case: read the words from text."""
        return self.finder.finditer(text) if folded is None else self.lowered.finditer(folded)


def _matches_from(match: Callable[[str, int], re.Match[str] | None], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of a pattern (its `match`) tried at each of starts in order, each past the
    last match: the ones a scan from the start finds, when every match opens at one of starts
    and none is empty. (With a position, `match` still sees the text before it.)"""
    done = 0
    for at in starts:
        if at >= done:
            found = match(text, at)
            if found:
                yield found
                done = found.end()


# Where a digit stands: where the patterns that open with a digit can match.
_DIGIT = re.compile(r"\d")
# Where a number opens: a digit with no digit right before it.
_NUMBER_OPENS = re.compile(r"(?<!\d)\d")


def number_opens(digits: list[int]) -> list[int]:
    """Where numbers open (_NUMBER_OPENS), from where the digits stand (_DIGIT): faster than
    the pattern's scan, which its look-behind makes try every character."""
    return [at for index, at in enumerate(digits) if index == 0 or digits[index - 1] != at - 1]


def _top_alternatives(source: str) -> list[str]:
    """A pattern's source cut at each "|" outside all its groups; a source that is one
    group, that group's alternatives."""
    parts, depth, escaped, in_class, begin, closed_early = [], 0, False, False, 0, False
    for index, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            closed_early = closed_early or (depth == 0 and index < len(source) - 1)
        elif char == "|" and depth == 0:
            parts.append(source[begin:index])
            begin = index + 1
    parts.append(source[begin:])
    if len(parts) == 1 and source.startswith("(?:") and source.endswith(")") and not closed_early:
        return _top_alternatives(source[3:-1])
    return parts


def _alternatives_at_top(source: str) -> bool:
    """Whether a pattern's source holds a "|" outside all its groups: alternatives that may
    open otherwise than its first words."""
    return len(_top_alternatives(source)) > 1


# How a pattern's source opens where its matches never follow a digit: after any
# look-behinds, a "\\b" (before a digit: no letter nor digit before it), "(?<!\\d)", or a
# look-behind that no character of a class holding \\d or \\w stands before it.
_NO_DIGIT_BEFORE = re.compile(r"(?:\(\?<[!=][^)]*\))*(?:\\b|\(\?<!\\d\)|\(\?<!\[(?!\^)[^\]]*\\[dw])")


def _opens_a_number(source: str) -> bool:
    """Whether a pattern that opens with a digit (source: the pattern after that lookahead)
    only matches where no digit stands right before: each of its alternatives opens as
    _NO_DIGIT_BEFORE says. Sure when it says so; it may miss some that do."""
    return all(_NO_DIGIT_BEFORE.match(alternative) for alternative in _top_alternatives(source))


class _FromDigits:
    """A pattern whose matches open with a digit (its lookahead says so), tried only where
    digits stand: about one character in a hundred of news text, where a scan tries every
    character. The matches are the ones a scan from the start finds."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        assert pattern.pattern.startswith(("(?=[0-9])", "(?=\\d)")), pattern.pattern
        self.pattern = pattern
        # Every match opens a number, no digit right before it, where the pattern says so:
        # then tried only where numbers open, fewer places.
        self.numbers_only = _opens_a_number(pattern.pattern.split(")", 1)[1])

    def finditer(self, text: str, digits: list[int] | None = None, numbers: list[int] | None = None) -> Iterator[re.Match[str]]:
        """The matches in text; digits: where the digits of text stand (_DIGIT), when known;
        numbers: where its numbers open (_NUMBER_OPENS), when known."""
        if digits is None:
            yield from self.pattern.finditer(text)
            return
        starts = numbers if self.numbers_only and numbers is not None else digits
        yield from _matches_from(self.pattern.match, text, starts)  # never empty: each holds a digit


class _AtNumbers:
    """A pattern whose matches open where a number opens, with its point (".5") or without,
    or with one of a few words ("half a", "one"); tried only there: a few places in a
    hundred, where a scan tries every character the pattern may open with. The matches are
    the ones a scan from the start finds."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words

    def finditer(self, text: str, digits: list[int] | None = None, numbers: list[int] | None = None) -> Iterator[re.Match[str]]:
        """The matches in text; digits and numbers as _FromDigits has them, when known."""
        if digits is None or numbers is None:
            yield from self.pattern.finditer(text)
            return
        tried = set(numbers)
        tried.update(d - 1 for d in digits if text[d - 1 : d] == ".")
        _add_word_starts(tried, text, self.words)
        yield from _matches_from(self.pattern.match, text, sorted(tried))  # never empty: each holds a word or a digit


def _add_word_starts(tried: set[int], text: str, words: tuple[str, ...]) -> None:
    """Add to `tried` every place in text where one of `words` starts."""
    find = text.find
    for word in words:
        at = find(word)
        while at != -1:
            tried.add(at)
            at = find(word, at + 1)


class _NearDigits:
    """A pattern whose matches open at most `back` characters before a digit ("US$ 5",
    "USD 5") or with one of a few words ("between"); tried only there, where a scan tries
    every character the pattern may open with. The matches are the ones a scan from the
    start finds."""

    def __init__(self, pattern: re.Pattern[str], back: int, words: tuple[str, ...] = ()) -> None:
        self.pattern = pattern
        self.back = back
        self.words = words

    def finditer(self, text: str, digits: list[int] | None = None, numbers: list[int] | None = None) -> Iterator[re.Match[str]]:
        """The matches in text; digits as _FromDigits has them, when known."""
        if digits is None:
            yield from self.pattern.finditer(text)
            return
        tried: set[int] = set()
        back = self.back
        for digit in digits:
            tried.update(range(max(0, digit - back), digit + 1))
        _add_word_starts(tried, text, self.words)
        yield from _matches_from(self.pattern.match, text, sorted(tried))  # never empty: each holds a digit


class _FromCounts:
    """A case-folded pattern whose matches open, at a word's start, with a digit or one of
    the counting words (COUNT_OPENINGS), tried only where those stand in the lower-case
    text: a few characters in a hundred, where a scan tries every character. The matches
    are the ones a scan from the start finds."""

    def __init__(self, pattern: _CaseFolded) -> None:
        self.pattern = pattern

    def finditer(self, text: str, folded: str | None = None, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
        """The matches in text; given folded (see _CaseFolded) and starts (count_starts of
        it), found from those starts."""
        if folded is None or starts is None:
            yield from self.pattern.finditer(text, folded)
            return
        yield from _matches_from(self.pattern.lowered.match, folded, starts)  # never empty: each holds a word or a digit


def count_starts(folded: str, digits: list[int]) -> list[int]:
    """Where a number or a counting word may open in the lower-case text: the digits, every
    place a counting word stands (found with str.find, faster than a scan of the alternation,
    and a few more places than it finds, where a word overlaps another: tried, never wrong),
    and each place after a space inside one ("a few")."""
    starts = set(digits)
    add = starts.add
    find = folded.find
    for word, inner in _COUNT_OPENING_WORDS:
        at = find(word)
        while at != -1:
            add(at)
            for offset in inner:
                add(at + offset)
            at = find(word, at + 1)
    return sorted(starts)


def _openings(text: str, words: re.Pattern[str], digits: list[int] = ()) -> list[int]:
    """Where one of the words matched by words (an alternation of plain words) or a digit
    stands in text: the digits, each word found, and each place after a space or a stop
    inside a word found ("a few", "Good Friday"), where a word the scan passed over may open."""
    starts = set(digits)
    for found in words.finditer(text):
        at = found.start()
        starts.add(at)
        word = found.group()
        if not word.isalpha():
            starts.update(at + i + 1 for i, char in enumerate(word) if not char.isalpha())
    return sorted(starts)


class _FromWords:
    """A pattern that tells case, whose matches open at a word's start with one of the date
    words (DATE_OPENINGS: months, days of the week, holidays), tried only where those stand.
    The matches are the ones a scan from the start finds."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
        """The matches in text; given starts (date_starts of it), found from those starts."""
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        yield from _matches_from(self.pattern.match, text, starts)  # never empty: each holds a word


class _AtLiterals:
    """A pattern whose every match opens at one of a few literals, or up to `back` characters
    before one ("(12)" or " (12)"), tried only there: where a scan tries every character the
    pattern's first character stands on. The matches are the ones a scan from the start finds."""

    def __init__(self, pattern: re.Pattern[str], literals: tuple[str, ...], back: int = 0) -> None:
        self.pattern = pattern
        self.literals = literals
        self.back = back

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        starts = set()
        find = text.find
        for literal in self.literals:
            at = find(literal)
            while at != -1:
                starts.update(range(max(0, at - self.back), at + 1))
                at = find(literal, at + 1)
        yield from _matches_from(self.pattern.match, text, sorted(starts))  # never empty: each holds a literal


class _FromWordsAfter(_FromWords):
    """A _FromWords pattern whose matches may also open with one of a few small words before
    the date word ("early May", "next March"), tried where those stand too."""

    def __init__(self, pattern: re.Pattern[str], before: tuple[str, ...]) -> None:
        super().__init__(pattern)
        self.before = before

    def finditer(self, text: str, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        tried = set(starts)
        find = text.find
        for word in self.before:
            at = find(word)
            while at != -1:
                tried.add(at)
                at = find(word, at + 1)
        yield from _matches_from(self.pattern.match, text, sorted(tried))


def date_starts(text: str) -> list[int]:
    """Where a month, a day of the week or a holiday may open."""
    return _openings(text, _DATE_OPENINGS)


def _case_folded(pattern: re.Pattern[str]) -> _CaseFolded:
    return _CaseFolded(pattern, re.compile(_lower_source(pattern.pattern), pattern.flags & ~re.IGNORECASE))


@dataclass(frozen=True)
class DatePattern:
    """A date pattern with what makes it cheap to run on long text.

    first: the characters a match can start with; they feed a lookahead that lets the regex
    engine skip most positions at once (about three times faster over long text).
    keywords: words a section must hold for the pattern to be worth running (None: always),
    one of which every match holds: as the pattern writes it when it tells case, else in
    lower case, looked for in the section's lower case. Scanning long text is most of the
    cost, and most of these words are rare.
    """

    first: str
    body: str
    flags: int
    keywords: tuple[str, ...] | None
    # The words every match ends with, when rarer than its first characters: the pattern is
    # then found from them, looking back (see _FromTheEnd).
    tail: str | None = None

    def compiled(self) -> re.Pattern[str] | _FromTheEnd | _CaseFolded | _FromDigits:
        if self.first == "0-9" and self.tail is None:
            return _FromDigits(self._finder())
        if self.flags & re.IGNORECASE:
            lowered = DatePattern(
                _lower_source(self.first), _lower_source(self.body), self.flags & ~re.IGNORECASE, self.keywords,
                None if self.tail is None else _lower_source(self.tail),
            )
            return _CaseFolded(self._finder(), lowered._finder())
        return self._finder()

    def _finder(self) -> re.Pattern[str] | _FromTheEnd:
        if self.tail is not None:
            return _FromTheEnd(self.body, self.flags, self.tail)
        if not self.first:
            return re.compile(self.body, self.flags)  # the body opens with a literal: faster alone
        return re.compile(f"(?=[{self.first}])(?:{self.body})", self.flags)


# Years too many for anyone's age: "2,500", "150" (a thing's age, a date).
_OLD_THING_AGE = r"(?:\d{1,3}(?:,\d{3})+|[2-9]\d\d|1[3-9]\d|\d{4,})"
# The longest forms first, since a span claimed by one pattern is not taken by a later one.
_RANGE_WORDS = (" and ", " to ", " until ", " - ", " – ")
_ORDINAL_END = "(?:st|nd|rd|th)?"
# Not the day of a month named before it: "April 10 and 12 June" are two dates.
_NO_MONTH_BEFORE = "".join(f"(?<!{month} )" for month in MONTHS.replace("Sept?\\.", "Sept\\.|Sep\\.").split("|"))
# The decades written as words, with a capital: "the Sixties".
DECADE_WORDS = "Twenties|Thirties|Forties|Fifties|Sixties|Seventies|Eighties|Nineties"
# A decade's word stands for the decade after "the" (and "early", "mid", "late"), when no
# name goes on after it ("the Fifties Club").
DECADE_BEFORE = re.compile(r"\b[Tt]he (?:(?:early|mid|late)[- ])?$")

_DATES = [
    # Holidays first: "May Day" is a holiday before May is a month.
    ("CEFGHILMNPRTVYDBSAJW", rf"\b(?:{_HOLIDAYS})\b", 0, ("Christmas", "Easter", "Thanksgiving", "New Year", "Ramadan", "Eid", "Hanukkah", "Diwali", "Passover",
     "Yom Kippur", "Rosh Hashanah", "Halloween", " Day", "Good Friday", "Golden Week", "Nowruz", "Vesak", "Juneteenth")),
    # An old thing's age, no one's: "a 2,500-year-old city", "the 150-year-old bridge".
    ("0-9", rf"(?<![\d,.])\b{_OLD_THING_AGE}-[Yy]ear-[Oo]ld\b", 0, ("ear-old", "ear-Old")),
    # A page's stamp with its weekday written short: "Sat 24 Feb 2024", "Wed, Oct 16, 2024".
    ("MTWFS", rf"\b(?:{SHORT_WEEKDAYS})\.?,?\s(?:\d{{1,2}}\s(?:{MONTHS}|{_SHORT_MONTH}),?\s{_YEAR}|(?:{MONTHS}|{_SHORT_MONTH})\s\d{{1,2}},?\s{_YEAR})\b", 0, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")),
    # A time by the clock's words: "8 o'clock", "ten o’clock".
    ("0-9" + _NUMBER_WORD_FIRST, rf"\b(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o['’]clock\b", re.I, ("clock",)),
    # Business news' periods: "the June quarter", "the March 2016 quarter", "six months to
    # June"; not the end of a range ("July-September quarter").
    ("JFMASOND", rf"(?<![-–/])(?<!\bto )(?<!\band )\b(?:{MONTHS})(?:\s+{_YEAR})?\s+quarter\b", 0, ("quarter",)),
    ("0-9" + _NUMBER_WORD_FIRST, rf"\b(?:{_COUNT})\s+months\s+to\s+(?:{MONTHS.lower()})(?:\s+{_YEAR})?\b(?!\s\d)", re.I, ("months to",)),
    # "the last Sunday of October": a day by its place in a month.
    ("tTlLfFsS", rf"\b(?:[Tt]he\s+)?(?:[Ll]ast|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)\s+(?:{WEEKDAYS})\s+(?:of|in)\s+(?:{MONTHS})\b", 0, tuple(f"{day} {word}" for day in WEEKDAYS.split("|") for word in ("of", "in"))),
    ("tTflelFLEL", rf"\b(?:the\s+)?(?:first|second|latter|early|later)\s+half\s+of\s+(?:the\s+)?(?:(?:next|last|this)\s+)?(?:{_YEAR}|year|decade|century)\b", re.I, ("half of",)),
    # "the end of December last year": the part of a month and the year it fell in, one date.
    ("tTesbmfEBSMF", rf"\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?(?:{_YEAR}|(?:(?:last|this|next)\s+)?(?:year|century|decade|month|week|quarter)|summer|winter|spring|fall|(?:{MONTHS})(?:\s+(?:last|this|next)\s+year)?)\b", re.I, ("end of", "start of", "beginning of", "middle of")),
    ("0-9mlasnMLASN" + _NUMBER_WORD_FIRST, rf"\b(?:(?:more|less|fewer) than |about |nearly |almost |some )?(?:{_AMOUNT})(?:\s(?:million|billion|thousand|hundred))?\s+(?:{_UNIT})\s+(?:ago|earlier|later|from now)\b", re.I, ("ago", "earlier", "later", "from now"), r"\s(?:ago|earlier|later|from now)\b"),
    # "June of last year": a month of a year named by where it stands.
    ("JFMASOND", rf"\b(?:{MONTHS})\s+of\s+(?:last|this|next)\s+year\b", 0, ("of last year", "of this year", "of next year")),
    # A span of dates is one date ("1 April to 11 September 2022", "March 3 to April 5, 2020",
    # "April-June", the quarter named by its months, "the July-September quarter"), and so is a pair sharing its month
    # ("5 and 11 September", "October 24th and 31st"); "August and September" are two. One
    # pattern led by the day, one by the month: each scan of long text costs.
    ("0-9", rf"{_NO_MONTH_BEFORE}\b\d{{1,2}}{_ORDINAL_END}\s(?:(?:and|to|until|[-–])\s\d{{1,2}}{_ORDINAL_END}\s(?:of\s)?(?:{MONTHS})"
     rf"|(?:of\s)?(?:{MONTHS})(?:,?\s{_YEAR})?\s(?:to|until|[-–])\s\d{{1,2}}{_ORDINAL_END}\s(?:of\s)?(?:{MONTHS}))(?:,?\s{_YEAR})?\b", 0, _RANGE_WORDS),
    ("JFMASOND", rf"\b(?:{MONTHS})(?:[-–](?:{MONTHS})(?:\s+quarter\b)?|\s(?:to|until|[-–])\s(?:{MONTHS})"
     rf"|\s\d{{1,2}}{_ORDINAL_END}\s(?:and\s|(?:to|until|[-–])\s(?:(?:{MONTHS})\s)?)\d{{1,2}}{_ORDINAL_END}\b(?!\s(?:of\s)?(?:{MONTHS})|\s?[ap]\.?m\b|:\d))"
     rf"(?:,?\s{_YEAR}\b|\b)", 0, _RANGE_WORDS + ("-", "–")),
    # "the year to March", "the financial year to end-June 2024": a business's year.
    ("yY", rf"\byear\sto\s(?:end-)?(?:{MONTHS})(?:\s{_YEAR})?\b", 0, ("year to",)),
    # "11 a.m. Tuesday", "10:30 p.m. Friday", "2345 GMT Sunday": a time and the day it falls
    # on, as wires write them, are one moment (taken before the day alone).
    ("0-9", rf"\b(?:\d{{1,2}}(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.)|[012]?\d:?[0-5]\d\s(?:GMT|UTC))\s(?:{WEEKDAYS})\b", 0, ("a.m.", "p.m.", "GMT", "UTC")),
    # "Wednesday, March 4, 2026", "Sunday, December 20", "Friday 3 May": a day of the week and its date.
    # A day of the week alone or with its part of the day: "Monday", "Sunday morning".
    # "Thursday 14 – Sunday 17 April": days of a match or a festival, from one to the other.
    ("MTWFS", rf"\b(?:{WEEKDAYS})\s\d{{1,2}}(?:st|nd|rd|th)?\s?[-–]\s?(?:{WEEKDAYS})\s\d{{1,2}}(?:st|nd|rd|th)?\s(?:{MONTHS})(?:(?: ?,)?\s{_YEAR})?\b", 0, ("-", "–")),
    ("MTWFSlntcpeLNTCPE", rf"\b(?:{_BEFORE_DAY}\s(?=[MTWFS]))?(?:{WEEKDAYS})(?:(?: ?,)?\s(?:(?:{MONTHS})\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:(?: ?,)?\s{_YEAR}\b)?|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{MONTHS})(?:(?: ?,)?\s{_YEAR}\b)?)|(?:\s+(?:morning|afternoon|evening|night))?\b)", 0, ("day",)),
    # "March 12", "Oct. 3-9", "March 12-14, 2025"; "Oct.16", its space lost.
    ("JFMASOND", rf"\b(?:{MONTHS})(?:\s+|(?<=\.)(?=\d{{1,2}}\b))\d{{1,2}}(?:st|nd|rd|th)?(?:[-–](?:(?:{MONTHS}|{_SHORT_MONTH})\s?)?\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:(?: ?,)?\s+{_YEAR}(?!\d)|\b(?!\.\d))", 0, _MONTH_STEMS),
    ("0-9", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})(?:(?: ?,)?\s+{_YEAR})?\b", 0, _MONTH_STEMS),
    # "23 Jul 2013", "8th Nov 2023", "20 Feb, 2020": a day, a month written short without a full stop, a year (datelines).
    ("0-9", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_SHORT_MONTH})(?: ?,)?\s{_YEAR}\b", 0, _MONTH_STEMS),
    # "Oct 3", "Sept 14, 2024": a month written short without a full stop, as wires do.
    ("JFMASOND", rf"\b(?:{_SHORT_MONTH})\s\d{{1,2}}\b(?![.,]\d|:)(?:[-–](?:(?:{MONTHS}|{_SHORT_MONTH})\s?)?\d{{1,2}}\b(?![.,]\d|:))?(?:(?: ?,)?\s+{_YEAR}\b)?", 0, _MONTH_STEMS),
    # "THURSDAY APRIL 2", "FRIDAY, MAY 8": a tour's or a listing's day in capitals.
    ("MTWFS", rf"\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),?\s(?:{_CAPS_MONTHS}|{_CAPS_SHORT_MONTHS}\.?)\s\d{{1,2}}\b(?![.,:]\d)(?:(?: ?,)?\s{_YEAR}\b)?", 0, ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")),
    # "JUNE 25, 2020", "OCT. 3": a dateline's date in capitals.
    ("JFMASOND", rf"\b(?:{_CAPS_MONTHS}|{_CAPS_SHORT_MONTHS}\.?)\s\d{{1,2}}\b(?![.,:]\d)(?:(?: ?,)?\s{_YEAR}\b)?", 0, _CAPS_MONTH_STEMS),
    # "26 JUNE", "3 OCT 2024": the day first, as datelines outside America write it.
    ("0-9", rf"\b\d{{1,2}}\s(?:{_CAPS_MONTHS}|{_CAPS_SHORT_MONTHS}\b)(?:(?: ?,)?\s{_YEAR})?\b", 0, _CAPS_MONTH_STEMS),
    # "April 2025", "April, 2025", "April last year": a month and its year.
    ("emlntJFMASONDEMLNT", rf"\b(?:{_BEFORE_MONTH_WORDS}[- ])?(?:{MONTHS})(?:(?: ?,)?\s+(?:of\s+)?{_YEAR}|\s+(?:last|next|this)\s+year)?\b", 0, _MONTH_STEMS),
    ("emlEML", rf"\b(?:early|mid|late)[- ]{_YEAR}s?\b", re.I, ("early", "mid", "late")),
    # "spring 2020", "the summer of 2021", "late autumn 2019": a season and its year.
    ("tTelmsfawSFAW", rf"\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(?:{_SEASON})(?:\s+of)?\s+{_YEAR}\b", re.I, ("spring", "summer", "fall", "autumn", "winter")),
    # "Week 15": a week of a sports season (names.py leaves "Week" before a number alone).
    ("", r"Week(?<!\wWeek)\s\d{1,2}\b(?![.,:]\d)", 0, ("Week",)),
    # "Day 2": a day of a match, a festival or a film's run, counted from its first.
    ("", r"(?:Day|DAY)(?<!\wDay)(?<!\wDAY)(?<![A-Za-z]['’]s Day)\s\d{1,2}\b(?![.,:]\d)", 0, ("Day", "DAY")),
    # "03/05/2019", "12/10/18", "2019/03/05", "12-06-2024", "01.21.2020": a date in figures and
    # slashes, hyphens (then with the year's four figures, or two before a time: "08-13-10 05:18
    # PM") or full stops (then with two figures for the day and the month too), as pages stamp them.
    ("0-9", r"(?<![\d/.-])\b(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)|\d{4}/\d{1,2}/\d{1,2}|(?:[0-2]?\d|3[01])-(?:[0-2]?\d|3[01])-(?:19|20)\d\d|(?:0\d|1[0-2])-(?:[0-2]\d|3[01])-\d\d(?=,? [0-2]?\d:[0-5]\d)|(?:[0-2]\d|3[01])\.(?:[0-2]\d|3[01])\.(?:19|20)\d\d)\b(?![/.-]\d)", 0, ("/", "-", ".")),
    # "19-Aug-2017": a page's date with its month's short name between hyphens.
    ("0-9", rf"(?<![\d-])\b\d{{1,2}}-(?:{_SHORT_MONTH}|May)-(?:\d{{4}}|\d\d)\b(?!-)", 0, ("-",)),
    # "2024-25", "the 2023-24 school year", "1977-2019" (a span of years), "the 2020 season".
    ("tT0-9", rf"\b(?:the\s+)?{_YEAR}(?:[-–/]{_YEAR}\b|[-–/]\d\d(?:\s+(?:school|fiscal|academic|financial|crop|season)\s+year|\s+season)?\b|\s+season\b)", 0, ("-", "–", "/", "season")),
    ("fFY", rf"\b(?:(?:fiscal|financial)\s?(?:year\s)?{_YEAR}|FY\s?(?:{_YEAR}|\d\d))\b", 0, ("fiscal", "financial", "FY")),
    # "10.32 GMT", "9.15am": a time with a full stop, as British pages write it; only with its
    # zone or its half of the day, else it is a figure.
    ("0-9", rf"(?<![\d.])\b[0-2]?\d\.[0-5]\d(?:\s?(?:am\b|pm\b|a\.m\.|p\.m\.){_ZONE}|\s?(?:{'|'.join(sorted(TIME_ZONES, key=len, reverse=True))})\b)", 0, None),
    # "10:15", "15:47:34 IST" (a page's time to the second, one date; "2:03:59" is a race's),
    # "20:00hrs", "17:30 h".
    ("0-9", rf"(?<!\d)(?<!\d:)\b(?:\d\d:\d\d:[0-5]\d|\d{{1,2}}:\d\d)(?![.,:]\d)(?:\s?(?:a\.m\.?|p\.m\.?|A\.M\.|P\.M\.|am|pm|AM|PM|hrs\b|hours\b|h\b))?{_ZONE}|\b\d{{1,2}}\s?(?:a\.m\.?|p\.m\.?|A\.M\.|P\.M\.|(?:am|pm|AM|PM)\b){_ZONE}|\b[012]\d[0-5]\d\s?(?:GMT|UTC)\b", 0, (":", "a.m", "p.m", "A.M.", "P.M.", "am", "pm", "AM", "PM", "GMT", "UTC")),
    # "noon AEST": the zone in capitals is the time's.
    ("mndMND", rf"\b(?:midnight|noon|midday)(?:\s(?:tonight|today|tomorrow|yesterday))?\b(?-i:\s(?:{'|'.join(sorted(TIME_ZONES, key=len, reverse=True))})\b)?", re.I, ("midnight", "noon", "midday")),
    ("fstFST", r"\b(?:first|second|third|fourth)-quarter\b", re.I, ("-quarter",)),
    # A year of the ancient world by its era: "500 BC", "5,316 BCE", "AD 79", "the fourth
    # century BC", "the 4th century".
    ("0-9ABaAtT", r"\b(?:(?:around|about|circa|c\.)\s)?(?:\d{1,3}(?:,\d{3})?\s?(?:BCE|BC|B\.C\.(?:E\.)?|CE|AD|A\.D\.)(?!\w|\.\w)|(?:AD|A\.D\.)\s\d{1,4}\b|(?:the\s)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s(?:century|millennium)(?:\s(?:BCE|BC|B\.C\.|AD|CE)\b)?)", 0, ("BC", "B.C.", "AD", "A.D.", "CE", "century", "millennium")),
    ("tT", r"\bthe\s+\d+(?:st|nd|rd|th)\s+(?:minute|day|week|month|year|century|round)\b", 0, ("minute", "day", "week", "month", "year", "century", "round")),
    # "earlier this month", "late last year": before "this month" and "last year" alone.
    # "Earlier that month", "later that year": a time told from one named before.
    ("elEL", rf"\b(?:earlier|later|early|late)\s+(?:this|last|next|that)\s+(?:{_UNIT}|{_SEASON}|season)\b", re.I, ("this", "last", "next", "that")),
    # "the three previous years", "the two following seasons": the count before the word.
    ("tT", rf"\bthe\s+(?:{_AMOUNT})\s+(?:next|last|past|previous|coming|following|prior)\s+(?:{_UNIT}|seasons)\b", re.I, ("next", "last", "past", "previous", "coming", "following", "prior")),
    ("tnlpcfTNLPCF", rf"\b(?:the\s+|this\s+(?=past|coming))?(?:fiscal\s+)?(?:next|last|past|previous|coming|following|prior|first|final)\s+(?:(?:(?:{_AMOUNT})\s+)?(?:{_UNIT})|{_SEASON}|season)\b(?:\s+of\s+(?:{_YEAR}|(?:this|last|next|the)\s+year)\b)?", re.I, ("next", "last", "past", "previous", "coming", "following", "prior", "first", "final")),
    ("mlfMLF", rf"\b(?:more|less|fewer) than\s+(?:{_AMOUNT})\s+(?:{_UNIT})\b", re.I, ("than",)),
    # "an hour and 57 minutes", "two hours and 10 minutes": one length of time.
    ("aA", rf"\ban?\s+hour\s+and\s+(?:{_COUNT})\s+minutes?\b", re.I, ("hour and",)),
    ("0-9" + _NUMBER_WORD_FIRST, rf"\b(?:{_COUNT})\s+hours?(?:\s+and|,)\s+(?:{_COUNT})\s+minutes?\b", re.I, ("hour",)),
    # "1 minute and 45 seconds", "an hour and 57 minutes" as a clip or a gap is timed.
    ("0-9aA" + _NUMBER_WORD_FIRST, rf"\b(?:{_COUNT}|an?)\s+minutes?(?:\s+and|,)\s+(?:{_COUNT})\s+seconds?\b", re.I, ("minute",)),
    # "eight years and four months", "two months and 10 days": one length of time.
    ("0-9" + _NUMBER_WORD_FIRST, rf"\b(?:{_COUNT})\s+(?:years?\s+and\s+(?:{_COUNT})\s+months?|months?\s+and\s+(?:{_COUNT})\s+(?:weeks?|days?)|weeks?\s+and\s+(?:{_COUNT})\s+days?)\b", re.I, ("years and", "year and", "months and", "month and", "weeks and", "week and")),
    # "three days", "30-day", "17 years", "seven years old", "40 consecutive weeks", "24 or 48 hours",
    # "5-8 years".
    ("0-9" + _NUMBER_WORD_FIRST, rf"\b(?:{_COUNT})(?:(?<!{_YEAR})(?:\s(?:or|to)\s|[-–])(?:{_COUNT}))?[- ](?:(?:consecutive|straight|successive|full|more|additional)\s)?(?:{_UNIT})\b(?!-(?:on|over|to)-)(?:\s+old\b)?", re.I, _UNIT_WORDS),
    ("tT", rf"\bthis\s+(?:(?:past|coming|whole|entire)\s+)?(?:week|month|year|weekend|{_SEASON}|season|morning|afternoon|evening|decade|century)\b", re.I, ("this",)),
    # "early tomorrow", "late tonight": the part of the day with it.
    ("elEL", r"\b(?:early|late)\s+(?:tomorrow|today|yesterday|tonight)\b", re.I, ("tomorrow", "today", "yesterday", "tonight")),
    ("ytYT", r"\b(?:(?:yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|tonight)\b", re.I, ("yesterday", "today", "tonight", "tomorrow")),
    ("irIR", r"\b(?:in\s+)?recent\s+(?:years|months|weeks|decades|days)\b", re.I, ("recent",)),
    # "at least a year", "more than a decade": a length of time the words around it measure.
    ("amlnuAMLNU", r"\b(?:at\s+least|about|nearly|almost|more\s+than|less\s+than|up\s+to)\s+an?\s+(?:week|fortnight|month|year|decade|century)\b", re.I, ("a week", "a fortnight", "a month", "a year", "a decade", "a century")),
    # "half a decade", "half an hour": a length of time.
    ("hH", r"\bhalf\s+an?\s+(?:hour|day|week|month|year|decade|century)\b", re.I, ("half a", "half an")),
    # "a decade", "for a week": a length of time as news gold has it (other lengths by
    # their article alone are as often a rate, "once a year", or no length, "a day after");
    # not a day described ("for a day that …") nor a word's part ("for a week-long stay").
    ("aA", r"\b[Aa]\s+decade\b", 0, ("decade",)),
    ("aA", r"(?<=\b[Ff]or )an?\s+(?:day|week|fortnight|month|year|hour|century)\b(?![-‐])(?!\s+(?:that|of|when|which|where|like|in\s+which|on\s+which)\b)", 0, ("day", "week", "fortnight", "month", "year", "hour", "century")),
    ("tfsTFS", rf"\b(?:the\s+)?(?:fiscal\s+)?(?:first|second|third|fourth)\s+quarter(?:\s+of\s+{_YEAR})?\b", re.I, ("quarter",)),
    ("Q", rf"\bQ[1-4](?:\s+{_YEAR})?\b", 0, ("Q1", "Q2", "Q3", "Q4")),
    # "H1 2018", "H2 results": a half of a business year (not "H2" the gas).
    ("H", rf"\bH[12](?:\s+{_YEAR}\b|(?=\s+(?:{HALF_YEAR_WORDS})\b))", 0, ("H1", "H2")),
    ("tT0-9", r"\b(?:the\s+)?(?:1[89]|20)\d0s\b", 0, ("0s",)),
    # "the ’70s", "mid-’80s", "the 80s": a decade by its last two figures ("in their 80s" is an age).
    ("tTemlEML'’", r"(?:\bthe\s+)?(?:\b(?:early|mid|late)[- ])?(?<![\w'’])['’][1-9]0s\b|\bthe\s+(?:(?:early|mid|late)[- ])?[2-9]0s\b", 0, ("0s",)),
    # "in the Thirties", "the early Sixties": a decade by its word, written large.
    ("tT", rf"\b[Tt]he\s+(?:(?:early|mid|late)[- ])?(?:{DECADE_WORDS})\b(?! [A-Z])", 0, tuple(DECADE_WORDS.split("|"))),
    # "over the weekend": the weekend just past or to come, as news gold has it.
    ("tT", r"\bthe\s+weekend\b(?!\s+(?:edition|paper|papers|magazine|shift|shifts|job|jobs))", 0, ("weekend",)),
    ("0-9", rf"(?<![\d,.$€£])\b{_YEAR}\b(?!\d|,\d|\.\d|\s*%|\s*percent)", 0, None),
    ("tlneiTLNEIsawSAW", r"\b(?:(?:(?:(?<=\bin )|(?<=\bby )|(?<=\buntil )|(?<=\bsince )|(?<=\bduring )|(?<=\bover )|(?<=\bafter )|(?<=\bbefore )|(?<=\bfor )|(?<=\bthrough ))the|this|last|next|in|early|late)\s+fall\b(?=[,.;]|\s(?!(?:of|in|to|from|by)\b))|(?:the\s+)?(?:spring|summer|autumn|winter)\b(?=[,.;]|\s(?!of\b)))", re.I, ("spring", "summer", "fall", "autumn", "winter")),
]
DATE_PATTERNS = [(p.compiled(), p.keywords) for p in (DatePattern(*d) for d in _DATES)]


def _starting_with(first: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"(?=[{first}])(?:{pattern.pattern})", pattern.flags)


# "2 million", "3bn", "394.62mil" (Malaysian and Indian papers shorten millions and billions).
_SCALE = r"(?:[\s-]?(?:million|billion|trillion)|\s(?:thousand|hundred|crores?\b|lakhs?\b)|\s?(?:bn|mn|mil|bil|mln|bln|trn|tn|m|k)\b)?"
_FIGURE = rf"\d(?:[\d,]*\d)?(?:\.\d+)?{_SCALE}"
# "USD 2.71 billion", "Rs 500", "40 million EUR": a currency's code beside its amount.
_CURRENCY_CODES = (
    "USD|EUR|GBP|JPY|CNY|RMB|INR|AUD|CAD|CHF|HKD|SGD|NZD|ZAR|SEK|NOK|DKK|RUB|BRL|MXN|KRW|NGN|KES|PKR|"
    "AED|SAR|QAR|KWD|BHD|OMR|EGP|MYR|IDR|THB|VND|TWD|BDT|LKR|NPR|GHS|UGX|TZS|ETB|ILS|PLN|CZK|HUF|RON|ARS|CLP|COP|"
    # More of ISO 4217, leaving out the codes that are also words or firms' letters ("TOP", "AMD").
    "UAH|PHP|TRY|ISK|BGN|RSD|HRK|KZT|UZS|AZN|BYN|TND|DZD|JOD|LBP|IQD|IRR|MMK|KHR|MNT|XOF|XAF|ZMW|MWK|MZN|BWP|NAD|RWF|"
    "JMD|TTD|DOP|UYU|PYG|GTQ|CRC|FJD|PGK|MUR|MVR|AFN"
)
# Local money written with its own letters before the figure: ringgit ("RM1.77bil"),
# shillings ("Sh106 million", "KSh300,000"), the Gulf's dirhams ("Dhs150 million") and
# Egyptian pounds ("LE 4,000").
_LOCAL_CURRENCIES = "RM|KSh|Ksh|Kshs|Shs|Sh|Dhs|Dh|LE"
CURRENCY_CODES = frozenset(_CURRENCY_CODES.split("|")) | {"Rs", "Rp", "Tk", "Taka"} | frozenset(_LOCAL_CURRENCIES.split("|"))
_SYMBOLS = "$€£¥₹₦₱₩₫₺₴₽৳฿₵₪¢"
# Thousands set apart by spaces after a sign, as much of Africa and Europe writes them: "$5 000".
_SPACED_THOUSANDS = r"\d{1,3}(?: \d{3})+(?!\d|[.,]\d)"
# "$1.2b", "$1.8B", "Shs265.5b", "$5M": billions (and millions) by their letter alone, glued
# to an amount of money.
_GLUED_B = r"(?<=\d)(?:b|B|Bn|BN|M|K)\b"
_LETTER_SCALE = r"\s?(?:million|billion|trillion|bn|mil|bil|mln|bln|tn|m)\b"
# A country's letters glue onto a dollar sign, before it or after: "US$5", "HK$ 5", "$US222
# million" (as Australian papers write it), "N$380 million" (Namibia),
# "TT$40" (Trinidad and Tobago). Each sign or code opens at most five characters before its
# amount ("CAN$ 5", "USD 5", "Rs. 5"): _MONEYS tries the pattern only there (a longer one needs a longer reach).
MONEY = re.compile(
    rf"(?:(?:(?<![A-Za-z])(?:[A-Z]{{1,3}}|(?:US|AU|NZ|HK|CA) ))?[{_SYMBOLS}](?:US|AU|NZ|HK|A|C|S(?=\d))?\s?(?:{_SPACED_THOUSANDS}|{_FIGURE}(?:{_GLUED_B})?)|{_FIGURE}\s(?:dollars|euros|euro\b|pounds|yen|yuan|rupees|Dollars|Euros|Pounds|Rupees|(?:US |U\.S\. )?cents\b)"
    # "Rs. 1b", "INR 500 crore", "Tk 22.68 crore", "Taka 4.52 crore": South Asian money keeps its own scale words;
    # "Rp 700,000": rupiah.
    rf"|\b(?:{_CURRENCY_CODES}|Rs\.?|Rp\.?|Tk\.?|Taka)\s?{_FIGURE}(?:b\b|K\b|[\s-](?:crore|cr|lakh)\b)?|{_FIGURE}\s(?:{_CURRENCY_CODES})\b)"
)
# Local money by its letters (_LOCAL_CURRENCIES), and rand, naira and pesos or pula by their letter alone,
# only with a scale ("R50 million", "N2.5bn": "N1" alone is a road). Apart from MONEY, and
# run only where such letters stand before a figure: more openings would slow its scan.
# Its letters open a capitalised token: the names pass leaves it to this pattern.
LOCAL_MONEY = re.compile(
    rf"\b(?:{_LOCAL_CURRENCIES})\s?{_FIGURE}(?:{_GLUED_B}|\s(?:crore|cr|lakh)\b)?|\b[RNP](?:{_SPACED_THOUSANDS}|\d(?:[\d,]*\d)?(?:\.\d+)?)(?:{_LETTER_SCALE}|-(?:million|billion|trillion)\b)"
    # "a final dividend of R6 a share": rand priced per share.
    r"|\bR\d+(?:[.,]\d+)?(?= a share| per share)"
    # "R5,97", "R97,50": rand with its cents after a decimal comma (no road has them).
    r"|\bR\d+(?:[ ,]\d{3})*[.,]\d\d(?!\d|,\d)"
    # "closed at N74.70", "gaining N98 to close at N704": naira in a market report, a price
    # after the word that moves it (no road is written so: "the N7").
    r"|(?:(?<=\bat )|(?<=\bto )|(?<=\bby )|(?<=\bof )|(?<=\bfrom )|(?<=gained )|(?<=gaining )|(?<=\blost )|(?<=losing )|(?<=\bshed )|(?<=added )|(?<=\brose )|(?<=\bfell )|(?<=\bup )|(?<=\bdown )|(?<=dropped )|(?<=climbed ))N\d{1,3}(?:,\d{3})*(?:\.\d\d)?(?!\w|\.\d)"
    # "N950.22 per litre", "N1,200": naira with its kobo or its thousands, as no road is numbered.
    r"|\bN\d{1,3}(?:,\d{3})+(?:\.\d\d)?(?!\w|[.,]\d)|\bN\d{1,4}\.\d\d(?!\w|[.,]\d)"
)
# The words a share may open with instead of a figure (_PERCENTS is tried where they stand).
_SHARE_WORDS = ("half a", "a half", "one", "two", "three", "a quarter of a")
PERCENT = re.compile(
    rf"(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+|,\d{{1,2}}(?=\s?%))?|\.\d+|{'|'.join(_SHARE_WORDS)})\s?"
    r"(?:%|percent\b|per[ -]cent\b|percentage points?\b|basis points?\b|points?\b(?=\s))"
)
# A range opens with "between", a sign or a figure: _RANGES tries it only there (another
# opening needs a place there too).
RANGE = re.compile(
    rf"(?P<between>between\s+)?(?P<a>[$€£¥]?{_FIGURE}(?:%(?=\sand\s[\d.]+%))?)\s?(?P<sep>to|and|or|-|–)\s?(?P<b>[$€£¥]?{_FIGURE})(?P<pct>\s?(?:%|percent\b))?"
)
# Not a score before its overs ("45/4 in 7.1 overs"): no figure of a score or a decimal on either side.
RATIO = re.compile(r"(?<![/.])\b(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten)\b(?![.,]\d)", re.IGNORECASE)
MEASURE = re.compile(
    rf"{_FIGURE}\s?(?:°\s?[CF]\b|[CF]\b(?=[\s,.;)])|degrees?(?:\s+(?:Celsius|Fahrenheit|C|F|north|south|east|west)\b)?|km/h\b|km/s\b|m/s\b|km\b|kilometers?|kilometres?|miles?\b|"
    r"meters?|metres?|millimet(?:er|re)s?|centimet(?:er|re)s?|feet|foot|inches|inch\b|mph|kph|kmph|km/h|kg\b|mm\b|cm\b|ml\b|kilograms?|pounds?\b|tons?\b|tonnes?\b|barrels?|gallons?|grams?\b|g\b(?=[\s,.;)])|oz\b|lbs?\b|"
    r"litres?|liters?|acres?|hectares?|(?:kilo|mega|giga|tera)watt-hours?\b|megawatts?|gigawatts?|MW\b|GW\b|GWh\b|MWh\b|kWh\b|TWh\b|GWH\b|MWH\b|KWH\b|TWH\b|magnitude|"
    # A device's figures: "4GB", "13MP", "5000mAh", "2.4GHz".
    r"GB\b|MB\b|TB\b|mAh\b|MP\b|GHz\b|MHz\b|Mbps\b|Gbps\b)"
    r"(?:\s(?:per|an|a)\s(?:hour|second|day|week|month|year|annum)\b)?"
    # "6'5\"", "5′3″": a height in feet and inches.
    r"|(?<![\d'′])[3-8]['′]\s?(?:1[01]|\d)(?:\"|”|″|'')"
)
# "roughly an inch", "about a mile": a measure of one unit, said with an article and a
# qualifier. Found from the article on (a literal start is fast to scan for), the qualifier
# before it checked after.
_ARTICLE_UNIT = re.compile(
    r" an? (?:inch|foot|yard|mile|met(?:er|re)|kilomet(?:er|re)|centimet(?:er|re)|millimet(?:er|re)|pound|ounce|"
    r"kilogram|gram|ton|tonne|acre|hectare|gallon|lit(?:er|re)|barrel|degree|"
    # A unit of time makes it a date: "about a month", "nearly an hour".
    r"(?P<time>second|minute|hour|day|week|fortnight|month|year|decade|century))\b"
)
_MEASURE_QUALIFIER = re.compile(
    r"(?<![\w-])(?:about|around|roughly|nearly|almost|more than|less than|over|under|just over|just under)$", re.IGNORECASE
)


def _article_measures(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(start, start of the article, end, type) of "roughly an inch", "about a month"."""
    for match in _ARTICLE_UNIT.finditer(text):
        qualifier = _MEASURE_QUALIFIER.search(text, max(0, match.start() - 12), match.start())
        if qualifier:
            yield qualifier.start(), match.start() + 1, match.end(), "date" if match.group("time") else "number"


# A shooting or passing line in sports: "13-for-23", "7-of-12" (made, then tried). Found
# from the first hyphen on, the count before it checked after.
_STAT_LINE = re.compile(r"-(?:for|of)-\d{1,3}(?![\w-])")
_STAT_MADE = re.compile(r"(?<![\w-])\d{1,3}$")


_stat_lines = _looking_back(_STAT_LINE, _STAT_MADE, 4)


# A rank: "Number 2", "world No. 1" (the name after it is read apart).
RANK = re.compile(r"(?:Number|No\.) \d{1,3}\b(?![.,:]\d)")
# A time to a fraction of a second, as races and gaps are timed: "0.178 seconds".
_TIMING = re.compile(r"\d*\.\d+ seconds?")
# A gap in seconds written short, as race reports do: "0.258s".
# Found from the point on (a literal start is fast to scan for), the figures before it after.
_SHORT_SECONDS = re.compile(r"\.\d+s\b")
_SECONDS_FIGURE = re.compile(r"(?<![\w.])\d*$")
_short_seconds = _looking_back(_SHORT_SECONDS, _SECONDS_FIGURE, 6)
# A time taken, as results give it: "2:05.33", "1:02:45.1" (no time of day). Found from
# the colon on (a literal start is fast to scan for), the hours or minutes before it after.
_RACE_TIME = re.compile(r":\d\d(?::\d\d(?:\.\d{1,3})?|\.\d{1,3})\b")
_RACE_TIME_START = re.compile(r"(?<![\d:.])\d{1,2}$")
FIGURE = re.compile(rf"(?<![\w.,$€£¥])(?:{_SPACED_THOUSANDS}|\d(?:[\d,]*\d)?(?:\.\d+)?{_SCALE}(?![\w%])(?:-\w+)?)")
NUMBER_WORDS = re.compile(
    # "a few dozen"; "half a dozen", "a half-dozen", "half a million": half of one; "a dozen".
    r"\b(?:(?:(?:several|a few|a couple(?: of)?|some|many)\s+|half\s+an?\s+|half-an?-|an?\s+half[- ])(?=hundred|thousand|dozen|million|billion)|a\s+(?=dozen\b))?"
    r"(?:thousand|million|billion|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|dozens|dozen|hundreds|thousands|millions|billions|two-thirds|one-third|three-quarters)"
    # "twenty-one", "thirty five"; not "three one-bedroom homes" (two counts).
    r"(?:(?<=ty)[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"(?:\s+and\s+a\s+half(?=\s+(?:million|billion|thousand|hundred|dozen)))?"
    r"(?:[- ](?:hundred|thousand|million|billion|trillion))?"
    # "one hundred and twenty-nine", as Malaysian and British papers spell counts out.
    r"(?:(?<=hundred)\s+and\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|eleven|twelve|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)?"
    r"(?:-(?:thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?|fold|halves))?\b",
    re.IGNORECASE,
)
ORDINALS = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.IGNORECASE
)
MONEY = _starting_with("A-Z$€£¥₹₦₱₩₫₺₴₽৳฿₵₪¢0-9", MONEY)
LOCAL_MONEY = _starting_with("RKSNDLP", LOCAL_MONEY)
_LOCAL_ENDS = (*_LOCAL_CURRENCIES.split("|"), "R", "N", "P")  # what stands right before its figure
PERCENT = _starting_with(".0-9hatoHATO", PERCENT)
RANGE = _starting_with("bB$€£¥0-9", RANGE)
RATIO = _starting_with("0-9" + _NUMBER_WORD_FIRST, RATIO)
MEASURE = _starting_with("0-9", MEASURE)
FIGURE = _starting_with("0-9", FIGURE)
NUMBER_WORDS = _starting_with(_NUMBER_WORD_FIRST + "zZ", NUMBER_WORDS)
# The words a count opens with in RATIO, NUMBER_WORDS and the count of time units (_COUNT),
# in lower case; a word that opens another ("four", "fourteen") stands for both.
COUNT_OPENINGS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "zero", "dozen",
    "several", "some", "many", "few", "a few", "a couple", "a dozen", "half", "a half", "an half",
)
# Each counting word, and the offsets after a character other than a letter inside it.
_COUNT_OPENING_WORDS = tuple((w, tuple(i + 1 for i, c in enumerate(w) if not c.isalpha())) for w in COUNT_OPENINGS)
_RATIOS = _FromCounts(_case_folded(RATIO))
_MEASURES = _FromDigits(MEASURE)
# Money opens with its amount, or with a sign or a code up to five characters before it
# ("CAN$ 5", "USD 5", "Rs. 5").
_MONEYS = _NearDigits(MONEY, 5)
# A range opens with its first amount, its sign right before it, or "between".
_RANGES = _NearDigits(RANGE, 1, ("between",))
# A currency's letters right before a range of amounts: "Rs 42-44 crore", "INR 3-4 lakh".
_CODE_BEFORE_RANGE = re.compile(rf"\b(?:{_CURRENCY_CODES}|Rs\.?|Rp\.?|Tk\.?|Taka|{_LOCAL_CURRENCIES}) ?$")
# A share opens at a number (no figure nor point right before it) or with its words.
_PERCENTS = _AtNumbers(PERCENT, _SHARE_WORDS)  # no look-behind: a match may open right after a digit
_FIGURES = _FromDigits(FIGURE)
_NUMBER_WORDS = _FromCounts(_case_folded(NUMBER_WORDS))
# The words that open dates as the patterns that tell case write them: months, days of
# the week, holidays (first words), all capitalised: rarer than letters.
DATE_OPENINGS = (
    *WEEKDAYS.split("|"), *_MONTH_STEMS,
    *HOLIDAY_FIRST_WORDS,
)
_DATE_OPENINGS = re.compile("|".join(DATE_OPENINGS))
# Date patterns that open, at a word's start, with one of those words.
_WORD_LED = tuple(
    rf"\b(?:{words})" for words in (WEEKDAYS, MONTHS, _SHORT_MONTH, _HOLIDAYS)
)
for _index, (_pattern, _keywords) in enumerate(DATE_PATTERNS):
    if isinstance(_pattern, re.Pattern) and not _pattern.flags & re.IGNORECASE and _DATES[_index][1].startswith(_WORD_LED):
        DATE_PATTERNS[_index] = (_FromWords(_pattern), _keywords)
# A month after "early", "next" …, a day of the week after "last" …: tried where the month
# or the day, or one of those words, stands.
for _index, (_pattern, _keywords) in enumerate(DATE_PATTERNS):
    if isinstance(_pattern, re.Pattern) and not _pattern.flags & re.IGNORECASE:
        if _DATES[_index][1].startswith(rf"\b(?:{_BEFORE_MONTH_WORDS}[- ])?(?:{MONTHS})"):
            DATE_PATTERNS[_index] = (_FromWordsAfter(_pattern, _BEFORE_MONTH), _keywords)
        elif _DATES[_index][1].startswith(rf"\b(?:{_BEFORE_DAY}\s(?=[MTWFS]))?(?:{WEEKDAYS})"):
            DATE_PATTERNS[_index] = (_FromWordsAfter(_pattern, _BEFORE_DAY_WORDS), _keywords)
# "the 3rd minute": tried where "the" stands.
for _index, (_pattern, _keywords) in enumerate(DATE_PATTERNS):
    if isinstance(_pattern, re.Pattern) and not _pattern.flags & re.IGNORECASE and _DATES[_index][1].startswith(r"\bthe\s"):
        DATE_PATTERNS[_index] = (_AtLiterals(_pattern, ("the",)), _keywords)
# The count of time units ("three days", "30-day") opens with a digit or a counting word too.
for _index, (_pattern, _keywords) in enumerate(DATE_PATTERNS):
    if _DATES[_index][1].startswith(rf"\b(?:{_COUNT})"):
        DATE_PATTERNS[_index] = (_FromCounts(_pattern), _keywords)
# Case-folded date patterns that open, at a word's start, with one of a few words much rarer
# than the letters they open with ("this", "tonight"): in lower-case text, tried only where
# those words stand. Each opening of a pattern's source (up to where its first words are
# told), with every word its matches open with; a pattern edited there, or given another
# alternative at its top, is scanned as before.
_FOLDED_OPENINGS = {
    # (The whole source: its words open a group that goes on.)
    r"\b(?:(?:yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|tonight)\b": ("yesterday", "today", "tomorrow", "tonight"),
    r"\b(?:earlier|later)\s": ("earlier", "later"),
    r"\bthis\s": ("this",),
    r"\b(?:early|mid|late)[- ]": ("early", "mid", "late"),
    r"\b(?:more|less|fewer) than": ("more", "less", "fewer"),
}
for _index, (_pattern, _keywords) in enumerate(DATE_PATTERNS):
    for _opening, _words in _FOLDED_OPENINGS.items():
        if isinstance(_pattern, _CaseFolded) and _DATES[_index][1].startswith(_opening) and not _alternatives_at_top(_DATES[_index][1]):
            DATE_PATTERNS[_index] = (_CaseFolded(_pattern.finder, _AtLiterals(_pattern.lowered, _words)), _keywords)
ORDINALS = _starting_with("fstenFSTEN0-9", ORDINALS)
_QUALIFIER = re.compile(
    r"(?:about|around|roughly|nearly|almost|some|over|more than|less than|fewer than|at least|"
    r"up to|an estimated|approximately|just over|just under)\s+$",
    re.IGNORECASE,
)


_LAST_MINUTE = re.compile(r"(?:the\s+)?(?:last|final)\s+minute", re.IGNORECASE)


# Numbers that are no quantities, each starting at a digit; one pattern, so long text is
# scanned once for them all.
_DIGIT_NOT_QUANTITIES = (
    r"(?<![\d,])\b(?:1[0-2]\d|\d{1,2})[- ](?:year|month|week|day)s?-old\b",  # an age: "48-year-old", "26 year-old"
    # an address or a version: "192.168.1.1"; not a date written with full stops ("01.21.2020")
    # (with its port: "10.1.1.254:8080")
    r"(?<![\d.])(?![0-3]\d\.[0-3]\d\.(?:19|20)\d\d(?![\d.]*\d))\d+(?:\.\d+){2,}(?![\d.]*\d)(?::\d{1,5}\b)?",
    # A picture's number between a caption's words ("Ana Ruiz 1487203556 Striker Ana …"), a
    # long code of figures with no separators: no count.
    r"(?<=[A-Za-z] )\d{5,}(?= [A-Z])|(?<![\w$€£¥.,-])\d{8,}(?![\w.,%])",
    # A rank in a line of results: "1. Ana Ruiz ( Spain ) 2:05.33 2. Eva Lind …".
    r"(?:(?<=\n)|(?<=\d )|(?<=\) )|(?<=: ))\d{1,2}\.(?= [A-Z])",
    # A row of a table of counts: "Shelbourne 12 8 3 1 22 9 27".
    r"(?<![\d.,])\b\d{1,3}(?: \d{1,3}){3,}\b(?![.,]\d)",
    # A gallery's count of pictures glued into a caption: "Coco Gauff 12 photos Gauff celebrates".
    r"(?<=[a-z] )\d{1,3} (?:photos|images|pictures|slides)(?= [A-Z])",
    # A page's reading time: "4 Min Read".
    r"\b\d{1,2} (?:[Mm]in|MIN)(?:ute)?s? (?:[Rr]ead|READ)\b",
    # A telephone number: "850-433-1141", "850.433.1141", "(850) 433-1141", "020 7946 0000".
    r"(?<![\d-])(?:1[-.])?\d{3}[-.]\d{3}[-.]\d{4}(?![\d-])",  # and "1-888-429-8167"
    r"(?<=\+)\d{1,3}(?:[ -](?:\(0\))?\d{1,6}){2,4}\b",  # "+44 20 7946 0958", "+44 1376 553468"
    r"(?<=\+ )\d{1,3}(?:[ -]\d{1,6}){2,4}\b",  # "+ 353 1 634 7887": the sign set apart
    r"\d{1,2}-(?:cv|cr|mj|md|bk|ap|mc)-\d{3,6}\b",  # a court's docket number: "No. 22-cv-01543"
    r"(?:(?<=ZIP code )|(?<=zip code )|(?<=ZIP )|(?<=[Ff]ile ))\d{4,5}(?:/\d{2,5})?\b",  # "ZIP code 90210", "file 2023/0457"
    r"(?<=#)\d{1,3}\b(?![.,]\d)",  # a rank by its hash: "Repeating at #1"
    r"(?<![\w.])\d#(?=\.[A-Z])",  # a wire's chain of codes: "0#.SPX"
    r"(?<=\bf/)\d{1,2}(?:\.\d)?\b",  # a lens's aperture: "f/2.4"
    r"(?<![\d$€£.,/-])\d{3}-\d{4}\b(?![\d-]|[.,]\d)(?= or \(\d{3}\)| or \d{3}-\d{4})",  # "555-0123 or (217) 555-0199"
    r"(?<![\d/])24/7(?![\d/])",  # "open 24/7": all the time, no count
    r"(?<=\()\d{3}\) \d{3}-\d{4}\b",
    r"(?<![\d,.])\b0\d{1,4} \d{3,4} \d{4}\b",  # "020 7946 0000", "01 647 3800"
    # A telephone number of other shapes: "02-6000-1234", "1800-22-1234".
    r"(?<![\d-])(?:\d{2,4}-\d{3,4}|1800-\d{2,3})-\d{4}(?![\d-])",
    # A number after the words that give one: "call 555-0123", "Hotline: 19588", "toll-free on
    # 1551", "tel. 19 115", "Emergency line: 112 or 767", "phone 3-1-1".
    r"(?:(?<=[Pp]hone )|(?<=[Pp]hone: )|(?<=[Tt]el )|(?<=[Tt]el\. )|(?<=[Tt]el: )|(?<=[Hh]otline: )|(?<=[Hh]otline )|(?<=\bline: )|(?<=[Tt]oll-free on )|(?<=[Tt]oll-free )|(?<=[Cc]all ))"
    r"\d[\d-]*(?: \d{2,4}){0,3}(?: or \d[\d -]*\d)?",
    # A postcode beside its town: ", 41002 Sevilla", "00-095 Warszawa", "Mumbai 400017",
    # "Tokyo 110-0007", "CA 90210".
    r"(?<=, )\d{5}(?= [A-Z][^\W\d_]+)|(?<![\w-])\d{2}-\d{3}(?= [A-Z][^\W\d_]+)|(?<=[a-z] )\d{6}\b(?!\d|[.,]\d)|(?<=[a-z] )\d{3}-\d{4}$|(?<=\b[A-Z]{2} )\d{5}(?:-\d{4})?\b(?!\d|[.,]\d)",
    # A source's number: "(ref. 9; ref. 10)", "refs. 3-5".
    r"(?<=\bref\. )\d{1,3}(?:[-–]\d{1,3})?\b|(?<=\brefs\. )\d{1,3}(?:[-–]\d{1,3})?\b",
    # A baby's age in months, weeks or days: "19 months old", "a 6-week-old puppy".
    r"\d{1,2}[ -](?:months?|weeks?|days?)[ -]old\b",
    # A book's number ("ISBN 978-0-316-48213-7"), a telephone's extension ("ext. 14"), the
    # groups of an IPv6 address ("2001:db8"): codes, no quantities.
    r"(?<=ISBN )[\d-]{10,17}X?\b|(?<=ISBN: )[\d-]{10,17}X?\b|(?<=ext\. )\d{1,5}\b|(?<=\bext )\d{1,5}\b|\d{1,4}:(?=[0-9a-f:]*[a-f])[0-9a-f]{1,4}(?::[0-9a-f]{0,4})*(?!\w)",  # (not "6:10am": a time)
    # A case's or a file's number with its year: "ACEC/42/2021", "petition no. 1876/2024".
    r"(?<=[A-Z]/)\d{1,6}/\d{2,4}\b|(?:(?<=[Nn]o\. )|(?<=[Nn]o )|(?<=[Nn]umber ))\d{1,6}/\d{2,4}\b",
)
# Each with the words one of which every match holds (None: no such words), as DatePattern.
NOT_QUANTITIES = [
    (_FromDigits(re.compile(r"(?=\d)(?:" + "|".join(_DIGIT_NOT_QUANTITIES) + ")")), None),
    # A citation marker: "(12)", "[3, 4]" (or "( 12 )" as archived wire copy spaces it).
    # It opens at its bracket or at the space before it.
    (_AtLiterals(re.compile(r"(?=[ (\[])(?<=\S)\s?[(\[] ?\d{1,3}(?:\s?[,–-]\s?\d{1,3})* ?[)\]](?=[\s.,;:\[]|$)"), ("(", "["), 1), ("(", "[")),
    # An item's number in a list run into a sentence: "two parts: 1) a tax … and 2) free meals".
    (_AtLiterals(re.compile(r"(?=\d)(?:(?<=: )|(?<=; )|(?<=, )|(?<=\band )|(?<=\bor ))\d{1,2}\)(?= [a-z])"), (")",), 2), (")",)),
    # A step's number: "Step 2. Farmers must register".
    (re.compile(r"(?=[sS])\b(?:Step|STEP|step) \d{1,2}\b"), ("Step", "STEP", "step")),
    # A gallery's counter closing a caption's line: "Sam Okoro 2 of 5".
    (re.compile(r"(?<=[A-Za-z] )\d{1,2} of \d{1,2}$", re.MULTILINE), (" of ",)),
    # … or in brackets after the name: "Sam Okoro (2 of 5)".
    (re.compile(r"(?<=[A-Za-z] )\(\d{1,3} of \d{1,3}\)"), (" of ",)),
    # … or glued between the name and the caption: "Sam Okoro 2 of 5 Nurses march …".
    # (The name's last word is claimed too: it holds no figure, and a pattern that opens on
    # a capital is quick to scan for.)
    (re.compile(r"(?=[A-Z])\b[A-Z][a-z]{1,12} \d{1,2} of \d{1,2}(?= [A-Z][a-z])"), (" of ",)),
    # A picture's place in a gallery: "Image 3 of 12", "Photo 2/8".
    (re.compile(r"(?=[IPS])\b(?:Image|Photo|Picture|Slide)\s\d+(?:\s?(?:of|/)\s?\d+)?"), ("Image", "Photo", "Picture", "Slide")),
    (re.compile(r"(?=U)\bUPDATE \d{1,2}\b"), ("UPDATE ",)),  # a wire's update number: "UPDATE 2-"
    # "women age 45 and older", "aged 60 to 70", "ages 40-49": an age, no quantity.
    (re.compile(r"(?=[aA])\b[Aa](?:ge[ds]?)\s\d{1,3}(?:\s?(?:to|-|–|and)\s?\d{1,3})?\b(?![.,]\d)"), ("age",)),
    # "At one point the lead was two": a moment, no share of points.
    (re.compile(r"(?=[aA])\b[Aa]t one point\b"), ("t one point",)),
    # A page of a source: "(p. 12)", "pp. 40-45", "page 7": a reference, no quantity.
    (re.compile(r"(?=[pP])\b(?:pp?\.|[Pp]ages?)\s?\d+(?:\s?[-–]\s?\d+)?\b"), ("p.", "page", "Page")),
    # A web address ("https://x.com/a/status/1234567", "www.site.com/2024/05/story-123"), a
    # tag or a handle ("#pcx-250", "@user99"), an e-mail address: digits there count nothing.
    (re.compile(r"(?=[hHwW])\b(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"')\]]+"), ("://", "www.", "WWW.")),
    (_AtLiterals(re.compile(r"(?=/)(?<=\.(?:com|org|net|gov|edu))/[^\s<>\"')\]]+"), ("/",)), (".com/", ".org/", ".net/", ".gov/", ".edu/")),
    (_AtLiterals(re.compile(r"(?=[#@])(?<![\w&#@])[#@][A-Za-z_][\w-]*(?:\.[\w-]+)*"), ("#", "@")), ("#", "@")),
    # (Tried from up to 64 characters before each "@": a scan from every character is slow.)
    (_AtLiterals(re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), ("@",), 64), ("@",)),
    # An internet address of the sixth version: "2001:db8::1": no year, no count.
    (re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*)?::(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*)?(?![\w:])"), ("::",)),
    # An age in words: "a four-year-old boy", "the seven-month-old baby" (in figures, above);
    # tried only where a count opens, as the counts of time units are.
    (_FromCounts(_case_folded(re.compile(rf"\b(?!{_OLD_THING_AGE}-)(?:{_COUNT})-(?:year|month|week|day)s?-old\b", re.IGNORECASE))), ("-old",)),
    # A rank: "a top-10 spot", "Top-20 finish".
    (_AtLiterals(re.compile(r"(?=[tT])\b[Tt]op-\d{1,3}\b"), ("top-", "Top-")), ("top-", "Top-")),
    # A law's part: "section 307.5(1)", "Article 50", "clause 4": a reference, no quantity.
    # Tried where its words open ("sub" too): these letters open many more words.
    (
        _AtLiterals(
            re.compile(
                r"(?=[sSaAcCpP])\b(?:[Ss]ub)?(?:[Ss]ection|SECTION|[Aa]rticle|Art\.|[Cc]lause|[Pp]aragraph)s?\s\d+(?:\.\d+)*[A-Za-z]?(?:\(\w{1,4}\))*"
                # More parts in a list: "Section 6, 8 and 9 of the Act" (and "and 300 people" left).
                r"(?:(?:(?:,\s?|,?\s(?:and|or|to)\s)\d{1,3}[A-Za-z]?(?:\(\w{1,4}\))*)+(?=\s(?:of|in|under)\b|[.,;:)]|$))?"
            ),
            ("Sub", "sub", "Section", "section", "SECTION", "Article", "article", "Art.", "Clause", "clause", "Paragraph", "paragraph"),
        ),
        ("section", "Section", "SECTION", "rticle", "Art.", "lause", "aragraph"),
    ),
]
# The words one of which every match of these patterns holds, as they write them.
_RANK_WORDS = ("Number ", "No. ")
_MONEY_WORDS = (*_SYMBOLS, "dollars", "euros", "euro", "pounds", "yen", "yuan", "rupees", "Dollars", "Euros", "Pounds", "Rupees", "cents", *sorted(CURRENCY_CODES))
_PERCENT_WORDS = ("%", "percent", "per cent", "per-cent", "point")
# The maturity of a debt: "the 30-year bond", "two-year Treasury yields". Found from the
# hyphen on (a literal start is fast to scan for), the count before it checked after.
_MATURITY = re.compile(rf"-(?:year|month|week|day)(?=\s+(?:{'|'.join(sorted(MATURITY_NOUNS, key=len, reverse=True))})\b)")
_MATURITY_COUNT = re.compile(rf"(?<![\w-])(?:\d{{1,2}}|{_COUNT})$", re.IGNORECASE)


# An age after a name, between commas: "Ms. Okafor, 52, said" (not "jobs, 14, and 15").
_AGE = re.compile(r", \d{1,3}(?=,(?!\d))")  # "2,703" is a figure with its thousands
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[a-z]$")
# Or after a word for someone: "her son, 5, survived", "the driver, 34, was hurt".
_PERSON_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PERSON_WORDS, key=len, reverse=True)) + ")$")


# An item's number run into a sentence: "were: 1) Jonah Pike; 2) Ravi Castell", "watch: 1. the
# earnings 2. the jobs report".
_LIST_MARKER = re.compile(r"(?:^|(?<=[\s:;,(]))(\d{1,2})(?:\)(?= [A-Za-z\"“‘'])|\.(?= ?[A-Za-z\"“‘']))", re.MULTILINE)
# How far apart two items' numbers may stand.
_LIST_REACH = 400


def _list_markers(text: str) -> Iterator[tuple[int, int]]:
    """The numbers of a list's items counted 1, 2, 3 … inside running text: two or more in
    order, each close after the one before. No quantities."""
    run: list[re.Match[str]] = []
    for match in _LIST_MARKER.finditer(text):
        number = int(match.group(1))
        if run and number == int(run[-1].group(1)) + 1 and match.start() - run[-1].end() <= _LIST_REACH:
            run.append(match)
            continue
        if len(run) >= 2:
            yield from (m.span() for m in run)
        run = [match] if number == 1 else []
    if len(run) >= 2:
        yield from (m.span() for m in run)


def _ages(text: str) -> Iterator[tuple[int, int]]:
    for match in _AGE.finditer(text):
        window = max(0, match.start() - 30)
        if _NAME_BEFORE.search(text, window, match.start()) or _PERSON_BEFORE.search(text, window, match.start()):
            yield match.start() + 2, match.end()


# A length of seconds, minutes or hours as an adjective: "a five-minute clip", "the
# 90-second film": a length of time, as "30-day" and "10-year" are. Found from the hyphen
# on, the count before it checked after.
_TIME_LENGTH = re.compile(r"-(?:second|minute|hour)\b(?!-old| mark\b)", re.IGNORECASE)
_TIME_LENGTH_COUNT = re.compile(rf"(?<![\w-])(?:{_COUNT})$", re.IGNORECASE)


# The year a day fell in, said after it: "October 20 last year", "March 4 this year".
_YEAR_AFTER_DAY = re.compile(r" (?:last|this|next) year\b")


def _a_day_of_a_month(value: str) -> bool:
    """ "October 20", "5 May": a day and its month, with no year."""
    return any(c.isdigit() for c in value) and any(word.rstrip(".,") in _MONTH_NAMES for word in value.split()) and not re.search(_YEAR, value)

# An age on the scale of rocks and fossils: "a 319-million-year-old fish", "3.8 billion years
# old". Found from "year" on, the figure and its scale before it checked after.
# "25 million years old", "for 25 million years": an age or a span of geological time, one
# date ("180 million years ago" is left to the patterns of time ago).
_SCALED_AGE = re.compile(r"years?(?:[- ]old\b|\b(?!\s+(?:ago|earlier|later)\b))")
_SCALED_AGE_FIGURE = re.compile(r"(?<![\w.,-])\d[\d,.]*[- ]?(?:million|billion|thousand)[- ]$")


_scaled_ages = _looking_back(_SCALED_AGE, _SCALED_AGE_FIGURE, 24)


# "five per cent", "twelve percent": a share in words, found from its word for hundredths
# (PERCENT finds figures and the few words it opens with; more there would slow its scan).
_PERCENT_END = re.compile(r"per(?:cent|[ -]cent)\b")
_PERCENT_WORD = re.compile(
    r"(?<![\w-])(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:two|three|four|five|six|seven|eight|nine)"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) $",
    re.IGNORECASE,
)
_word_percents = _looking_back(_PERCENT_END, _PERCENT_WORD, 14)
# "80pc": British papers shorten per cent.
_short_percents = _looking_back(re.compile(r"pc\b"), re.compile(r"(?<![\w.])\d+(?:\.\d+)?$"), 12)


# A point in a match or a race: "the 20-minute mark", "the hour mark". Found from " mark"
# on, the time before it checked after.
_MARK = re.compile(r" mark\b")
_MARK_TIME = re.compile(r"(?:\b[Tt]he )?(?:\d{1,3}-(?:second|minute|hour)|hour|halfway)$")


_time_marks = _looking_back(_MARK, _MARK_TIME, 20)


_time_lengths = _looking_back(_TIME_LENGTH, _TIME_LENGTH_COUNT, 24)


# "1997-07-13", "2019-05-02 09:41": a wire's or a page's dateline in ISO form, with its time. Found from the hyphen on, the year after.
_ISO_DAY = re.compile(r"-[01]\d-[0-3]\d(?:[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?)?\b")
_ISO_YEAR = re.compile(rf"\b{_YEAR}$")


_iso_dates = _looking_back(_ISO_DAY, _ISO_YEAR, 5)


_race_times = _looking_back(_RACE_TIME, _RACE_TIME_START, 3)


_maturities = _looking_back(_MATURITY, _MATURITY_COUNT, 24)


# The low end of a range in words before its high end: "five to " (ten feet).
_WORD_RANGE_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several) (?:to|or) $",
    re.IGNORECASE,
)
# A height in feet and inches, as sports pages write it: "6-foot-2".
# A tennis match by its sets, two or more, a tie-break's points in brackets: "7-6 (3), 6-4".
_SET = r"[0-7][-–][0-7](?: ?\(\d{1,2}(?:[-–/]\d{1,2})?\))?"
_ONE_SET = re.compile(_SET)
_SET_SCORES = re.compile(rf"(?<![\w.,:/–-]){_SET}(?:,? {_SET})+(?![\w–-]|,\d|\.\d)")
_SETS = _FromDigits(re.compile(f"(?=[0-9])(?:{_SET_SCORES.pattern})"))  # tried where numbers open
# A result in goals and points, as Gaelic games are scored: "1-20 to 1-15" is one score.
_GOALS_AND_POINTS = _FromDigits(re.compile(r"(?=[0-9])(?<![\w.,:/–-])\d{1,2}-\d{1,2} to \d{1,2}-\d{1,2}(?![\w–-]|,\d|\.\d)"))
# A team's record of wins, losses and ties (or draws): "a 1-1-1 record", "10-2-1". One number.
# (Not a date stamped before its time: "08-13-10 05:18 PM".)
_RECORD = _FromDigits(re.compile(r"(?=[0-9])(?<![\w.,:/–-])(?!(?:0\d|1[0-2])-[0-3]\d-\d\d,? [0-2]?\d:[0-5]\d)\d{1,3}-\d{1,3}-\d{1,3}(?![\w–-]|,\d|\.\d)"))
_HEIGHT = re.compile(r"(?<![\w.-])\d-foot-\d{1,2}\b")
# A range of a measure, its unit on both ends: "50mm to 150mm", "5km-10km", "20C to 25C".
_MEASURE_RANGES = _FromDigits(
    re.compile(r"(?=\d)(?<![\w.,])(?P<a>\d[\d,.]*(?P<unit>[A-Za-z°]+))\s?(?:to|-|–)\s?(?P<b>\d[\d,.]*(?P<unit2>[A-Za-z°]+))\b")
)
# A whole number and a fraction, as stock prices were quoted: "35-1/2", "4 3/4"; a fraction
# alone in halves, thirds, quarters, eighths or sixteenths: "1/2", "3/8" (not "9/11", "24/7").
_FRACTION = re.compile(r"(?<![\w/.,-])(\d{1,4}[- ])?([1-9]\d?)/([1-9]\d?)(?![\w/]|\.\d)")
_DEGREES = re.compile(r"(?<![\w.,])[-−]?\d{1,3}(?:[.,]\d{1,2})?(?:\s?(?:to|-|–)\s?[-−]?\d{1,3}(?:[.,]\d{1,2})?)? ?°(?: ?[CF]\b)?")
_VULGAR_CHARACTERS = "½¼¾⅓⅔⅛⅜⅝⅞"
_VULGAR = re.compile(r"(?<![\w.,])(?:\d{1,4} ?)?[½¼¾⅓⅔⅛⅜⅝⅞](?!\w)")
# What a fraction counts: "percent", or a plural or a measure in small letters ("2½ miles", "1½ cups").
_VULGAR_COUNTED = re.compile(r" ?%| (?:percent|per cent)\b| [a-z]+s\b| (?:inch|foot|pound|mile|cup|litre|liter|gallon|ton|tonne)\b")
_TIME_UNIT_AFTER = re.compile(r"[- ](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b")


# Plurals without an s: a count of them ends there ("103 women").
PLURALS = frozenset("women men people children police staff cattle feet teeth geese mice personnel".split())
# Words ending as those plurals that are singular: "a tissue specimen".
_MEN_SINGULARS = frozenset("specimen regimen abdomen acumen stamen albumen bitumen cyclamen".split())


def plural_without_s(word: str) -> bool:
    """A plural not made with s: "women", "children", and compounds of them ("fishermen",
    "servicewomen", "townspeople")."""
    return word in PLURALS or (len(word) > 5 and word.endswith(("men", "people")) and word not in _MEN_SINGULARS)


# The words after a number, the thing it counts among them.
_NEXT_WORDS = re.compile(r"\s+([A-Za-z][\w-]*)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


# Money and things whose plural is their singular: "500 kwacha", "200 yuan".
_SAME_IN_PLURAL = frozenset("yuan rand baht naira kwacha taka rupiah ringgit dong shilling cedi riyal dirham rupee lakh crore groszy pence paise kobo ngwee tambala halala dead dozen hundred thousand million billion trillion".split())
# A count of one, before a singular noun: "1 person", "one death".
_ONE = frozenset({"1", "one", "a", "an", "single"})
_LAST_WORD = re.compile(r"[\w.,]+$")


def _ends_at(match: re.Match[str] | None, end: int) -> bool:
    return match is not None and match.end() == end


def _letters_before_plural(word: str, text: str, at: int) -> bool:
    """Is the word a body's letters ("NASA", "FBI") with a plural in small letters after it?"""
    if not (2 <= len(word) <= 5 and word.isupper() and word.isalpha()):
        return False
    after = _NEXT_WORD.match(text[at : at + 30])
    noun = after.group(1) if after else ""
    return noun.islower() and len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss") and noun not in COUNT_STOP


def _counted(text: str, end: int, groups: frozenset[str] = frozenset(), limit: int = 3) -> int:
    """Extend a number over the thing it counts: "54,000" -> "54,000 service members"."""
    position = end
    taken = 0
    for match in _NEXT_WORDS.finditer(text[end : end + 80]):
        word = match.group(1)
        if match.start() != position - end or taken >= limit:
            break
        lower = word.lower()
        if not taken and (lower in _WIRE_UNITS or (lower in _MONEY_SINGULAR and _SCALE_BEFORE.search(text, max(0, end - 9), end))):
            # "10 pct", "50 mln stg", "a one billion dlr loan", "a 10-billion crown order": the
            # unit, as wires write it, ends the amount (what it pays for is no part of it).
            position = end + match.end()
            taken += 1
            last = "s"
            break
        if ACRONYM_PLURAL.fullmatch(word):
            # "11 RBIs", "35 million TVs": a plural of capitals is a thing counted too.
            position = end + match.end()
            taken += 1
            last = "s"
            break
        # A capitalised word continues the phrase only as a nationality ("4 million Chinese
        # soldiers") or a body's letters before the plural it counts ("two NASA astronauts").
        if lower in COUNT_STOP or (word[0].isupper() and word not in groups and not _letters_before_plural(word, text, end + match.end())):
            break
        if word[0].isupper() and taken < limit:
            # "Two Nigerians": the people are the group's, named on their own; the
            # nationality stays in the count only before what it counts.
            after = _NEXT_WORD.match(text[end + match.end() : end + match.end() + 30])
            if not (after and after.group(1).islower() and after.group(1).lower() not in COUNT_STOP):
                break
        if lower.endswith(("ed", "ing")) and len(lower) >= 4:
            if taken:
                break  # a verb after the thing counted: "103 women noticed"
            # After a number, a verb ("two called it", "12 flooded", "a few dozen stayed
            # behind") unless a plural noun follows: an adjective ("three injured workers").
            after = _NEXT_WORD.match(text[end + match.end() : end + match.end() + 30])
            noun = after.group(1).lower() if after else ""
            if not (noun.endswith("s") or plural_without_s(noun)) or noun in COUNT_STOP:
                break
        position = end + match.end()
        taken += 1
        last = lower
        # (not "mass", "bus", "campus": a word ending so names one thing, "170 mass transit systems")
        if ((lower.endswith("s") and not lower.endswith(("ss", "us"))) or plural_without_s(lower)) and not (word[0].isupper() and word in groups):
            if lower == "basis" and text.startswith(" point", position):
                continue  # "five basis points": one unit of two words
            if plural_without_s(lower) and not lower.endswith("s") and taken < limit:
                # "5 police officers", "two staff members": a plural that names what the
                # next plural noun is goes on to it.
                after = _NEXT_WORD.match(text[position : position + 30])
                noun = after.group(1) if after else ""
                if len(noun) > 3 and noun.islower() and noun.endswith("s") and not noun.endswith("ss") and noun not in COUNT_STOP:
                    continue
            break  # a plural noun ends the phrase: "45,000 dependents", "103 women"
    if taken == 1 and not (last.endswith("s") or plural_without_s(last)) and len(last) > 3 and last not in _SAME_IN_PLURAL:
        before = _LAST_WORD.search(text, max(0, end - 24), end)
        if before is not None and before.group(0).lower() not in _ONE:
            # "64 necessary", "five new", "eight senate": one word after a count of many that
            # no plural ends is no thing counted (a unit is short: "32 sen", "9 trillion won").
            return end
    if taken >= 2 and not (lower.endswith("s") or plural_without_s(lower)):
        # "the 128 gigabyte version", "five wicket haul": words that no plural ends name no
        # thing counted, and none is kept; one word may be a unit ("32 sen", "9 trillion won").
        return end
    if taken and (rate := _RATE.match(text, position)):
        position = rate.end()  # "1.4 million barrels per day", "800,000 barrels a day": a rate
    return position


# Units as wire copy abbreviates them: per cent, dollars, sterling.
_WIRE_UNITS = frozenset({"pct", "dlr", "dlrs", "stg"})
# Money named in the singular after a scale, as a word before a noun: "a 2.5 billion mark limit".
_MONEY_SINGULAR = frozenset("mark crown franc pound dollar euro lira peseta guilder schilling krona krone peso rouble ruble rupee yen".split())
_SCALE_BEFORE = re.compile(r"(?:million|billion|trillion|mln|bln)$")
# A plural written in capitals: "RBIs", "TVs", "MPs".
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
# A rate after what a number counts: "barrels per day", "tonnes a year".
# "… won a year earlier" is no rate: the time is when, not how often.
_RATE = re.compile(r" (?:per|a|an) (?:day|week|month|year|hour|annum|capita|person|head)\b(?! (?:earlier|ago|before|later|after|on)\b)")
_RATE_END = re.compile(r"\s(?:per|an|a)\s\w+$")


def _holds(text: str, keywords: tuple[str, ...]) -> bool:
    """Whether text holds one of keywords (as written)."""
    plan = _KEYWORD_PLANS.get(keywords)
    if plan is None:
        plan = _KEYWORD_PLANS[keywords] = _keyword_plan(keywords)
    letters, capitals, words = plan
    for letter in letters:
        if letter in text:
            return True
    if capitals is not None and capitals.search(text):
        return True
    for word in words:
        if word in text:
            return True
    return False


# How _holds looks for each tuple of keywords it was asked about.
_KEYWORD_PLANS: dict[tuple[str, ...], tuple[tuple[str, ...], re.Pattern[str] | None, tuple[str, ...]]] = {}


def _keyword_plan(keywords: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str] | None, tuple[str, ...]]:
    """Single characters (found at once), words opening with a capital or a digit (one
    pattern for them all: the regex engine skips the many characters no such word opens
    with, where each `in` reads the whole text), and the other words."""
    letters = tuple(k for k in keywords if len(k) == 1)
    capitals = [k for k in keywords if len(k) > 1 and k[0] in _CAPITAL_OR_DIGIT]
    words = tuple(k for k in keywords if len(k) > 1 and k not in capitals)
    if len(capitals) < 2:
        words, capitals = (*capitals, *words), []
    pattern = re.compile("|".join(re.escape(k) for k in capitals)) if capitals else None
    return letters, pattern, words


_CAPITAL_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _matches(
    finder, text: str, folded: str | None, digits: list[int], starts: list[int] | None, dates: list[int] | None = None, numbers: list[int] | None = None
) -> Iterator[re.Match[str]]:
    """The matches of one of the finders above in a section, each scanning its own way."""
    if isinstance(finder, _CaseFolded):
        return finder.finditer(text, folded)
    if isinstance(finder, (_FromDigits, _AtNumbers, _NearDigits)):
        return finder.finditer(text, digits, numbers)
    if isinstance(finder, _FromCounts):
        return finder.finditer(text, folded, starts)
    if isinstance(finder, _FromWords):
        return finder.finditer(text, dates)
    return finder.finditer(text)


def numbers_and_dates(
    text: str, section: int, claimed: list[tuple[int, int]], groups: frozenset[str] = frozenset()
) -> list[Found]:
    """Dates, money, percentages, ranges, measures, counts, number words and ordinals."""
    found: list[Found] = []
    # One byte per character: 1 where a name, a date or a number already stands.
    taken = bytearray(len(text))
    for a, b in claimed:
        taken[a:b] = b"\x01" * (b - a)

    def free(a: int, b: int) -> bool:
        return taken.find(1, a, b) == -1

    def add(a: int, b: int, kind: str, name: str, aliases: tuple[str, ...] = ()) -> None:
        taken[a:b] = b"\x01" * (b - a)
        if kind == "number" and _DIMENSION_COUNT.fullmatch(name):
            return  # "3-D printers", "2D maps": how many dimensions a thing has, no count
        found.append(Found(section, a, b, kind, f"{kind}:{name.lower()}", name, aliases))

    def from_words(a: int, end: int, aliases: tuple[str, ...]) -> bool:
        """Add a range whose low end is in words before the count at `a` ("five to ten feet",
        "nine to 12 feet"): one number. False when no such low end stands there."""
        low = _WORD_RANGE_BEFORE.search(text, max(0, a - 12), a)
        if low is None or not free(low.start(), a):
            return False
        add(low.start(), end, "number", text[low.start() : end], aliases)
        return True

    # Numbers that are no quantities: ages ("48-year-old"), citation markers ("(12)",
    # "[3, 4]"), addresses and versions ("192.168.1.1", "3.2.1"). Claimed, never shown.
    lower = text.lower()
    folded = lower if folds_alike(text, lower) else None
    digits = [match.start() for match in _DIGIT.finditer(text)]
    numbers = number_opens(digits)
    starts = count_starts(folded, digits) if folded is not None else None
    dates = date_starts(text)
    held: dict[tuple[bool, tuple[str, ...]], bool] = {}  # the same words come back for several patterns

    def holds(folded_text: bool, keywords: tuple[str, ...]) -> bool:
        key = (folded_text, keywords)
        answer = held.get(key)
        if answer is None:
            answer = held[key] = _holds(lower if folded_text else text, keywords)
        return answer

    for match in _SETS.finditer(text, digits, numbers) if "-" in text or "–" in text else ():
        a, b = match.span()
        if free(a, b):
            # "7-6 (3), 6-4": one match; each set is also how it may be named.
            add(a, b, "number", match.group(), tuple(dict.fromkeys(m.group() for m in _ONE_SET.finditer(match.group()))))
    for match in _GOALS_AND_POINTS.finditer(text, digits, numbers) if "-" in text else ():
        a, b = match.span()
        if free(a, b):
            add(a, b, "number", match.group())
    for match in _RECORD.finditer(text, digits, numbers) if "-" in text else ():
        a, b = match.span()
        if free(a, b):
            add(a, b, "number", match.group())
    # A whole number and a fraction before a unit of time is one length of time:
    # "under 8 1/2 minutes", not "8" and "2 minutes".
    for match in _FRACTION.finditer(text) if "/" in text else ():
        unit = _TIME_UNIT_AFTER.match(text, match.end()) if match.group(1) else None
        if unit is not None and free(match.start(), unit.end()):
            add(match.start(), unit.end(), "date", text[match.start() : unit.end()])
    # A temperature with its degree sign: "1.43°C", "98°F", "1.5 °C", "-4°".
    for match in _DEGREES.finditer(text) if "°" in text else ():
        if free(match.start(), match.end()):
            add(match.start(), match.end(), "number", match.group())
    # A fraction written as one character: "6 ½ minutes", "2½ miles", "4¼ percent".
    for match in _VULGAR.finditer(text) if any(ch in text for ch in _VULGAR_CHARACTERS) else ():
        unit = _TIME_UNIT_AFTER.match(text, match.end())
        if unit is not None and free(match.start(), unit.end()):
            add(match.start(), unit.end(), "date", text[match.start() : unit.end()])
            continue
        counted = _VULGAR_COUNTED.match(text, match.end())
        end = counted.end() if counted else match.end()
        if free(match.start(), end):
            add(match.start(), end, "number", text[match.start() : end])
    for pattern, keywords in NOT_QUANTITIES:
        if keywords is not None and not holds(False, keywords):
            continue
        for match in _matches(pattern, text, folded, digits, starts, dates, numbers):
            a, b = match.span()
            taken[a:b] = b"\x01" * (b - a)
    for a, b in [*_maturities(text), *_ages(text), *(_list_markers(text) if (") " in text or ". " in text) else ())]:
        taken[a:b] = b"\x01" * (b - a)
    for a, b in _time_lengths(text):
        if free(a, b):
            add(a, b, "date", text[a:b])  # "a 30-minute drive", "the six-hour meeting": a length of time
    for a, b in [*_scaled_ages(text), *_time_marks(text)]:
        if free(a, b):
            add(a, b, "date", text[a:b], _article_free(text[a:b]))
    for a, b in _iso_dates(text):
        if free(a, b):
            add(a, b, "date", text[a:b])
    for pattern, keywords in DATE_PATTERNS:
        if keywords is not None and not holds(isinstance(pattern, (_CaseFolded, _FromCounts)), keywords):
            continue
        for match in _matches(pattern, text, folded, digits, starts, dates, numbers):
            a, b = match.span()
            if free(a, b):
                value = text[a:b]
                if value[-6:] in ("minute", "Minute") and _LAST_MINUTE.fullmatch(value):
                    continue  # "last minute compromises", "at the last minute": an idiom, no time
                if _TIMING.fullmatch(value):
                    add(a, b, "number", value, (value.split()[0],))  # "by 0.178 seconds": a timing, no date
                    continue
                if value in _MONTH_NAMES and _part_of_a_name(text, a) and not _WEEKDAY_BEFORE.search(text, max(0, a - 12), a):
                    continue  # "Bacchus March", a town; "Theresa May": a name's word, no month
                if value in ("March", "May") and _PLURAL_SUBJECT_BEFORE.search(text, max(0, a - 24), a):
                    continue  # "Veterans March in Brisbane", "Prices May Rise": a headline's verb, no month
                if len(value) == 4 and value.isdigit() and (rough := _ROUGHLY_BEFORE.search(text, max(0, a - 16), a)) and not _WHEN_BEFORE.search(text, max(0, rough.start() - 8), rough.start()) and _counted(text, b, groups) > b:
                    continue  # "roughly 2000 planets", "some 1800 workers": a rough count of things, no year
                year = _YEAR_AFTER_DAY.match(text, b) if _a_day_of_a_month(value) else None
                if year is not None and free(b, year.end()):
                    # "October 20 last year": the day and the year it fell in, one date.
                    add(a, year.end(), "date", text[a : year.end()], (value, *_date_forms(value)))
                    continue
                add(a, b, "date", value, _date_forms(value) + _qualified(text, a, value) + _qualified_time(text, a, value))
    for a, b in [*(_word_percents(text) if "per" in text else ()), *(_short_percents(text) if "pc" in text else ())]:
        if free(a, b):
            add(a, b, "number", text[a:b])
    for match in _THREE_PLACES.finditer(text) if " ." in text or "(." in text else ():
        if free(*match.span()):
            add(match.start(), match.end(), "number", match.group())  # "a .326 average", "(.297)": a rate in three places
    for a, b in _short_seconds(text):
        if free(a, b):
            add(a, b, "number", text[a:b])
    for match in RANK.finditer(text) if _holds(text, _RANK_WORDS) else ():
        a, b = match.span()
        if free(a, b):
            add(a, b, "number", match.group())
    for a, b in _stat_lines(text):
        if free(a, b):
            add(a, b, "number", text[a:b])
    for match in _HEIGHT.finditer(text) if "-foot-" in text else ():
        a, b = match.span()
        if free(a, b):
            add(a, b, "number", match.group())  # "the 6-foot-2 guard": one height, no "2 guard"
    for match in _FRACTION.finditer(text) if "/" in text else ():
        a, b = match.span()
        low, high = int(match.group(2)), int(match.group(3))
        if low < high and (match.group(1) or high in (2, 3, 4, 8, 16)) and free(a, b):
            add(a, b, "number", match.group())  # "35-1/2": one price, not a range and a number
    for match in _MEASURE_RANGES.finditer(text, digits, numbers) if "to" in text or "-" in text or "–" in text else ():
        a, b = match.span()
        if match.group("unit") == match.group("unit2") and _ends_at(MEASURE.match(text, match.start("b")), b) and free(a, b):
            add(a, b, "number", match.group(), (match.group("a"), match.group("b")))  # "50mm to 150mm": one range
    for match in _RANGES.finditer(text, digits):
        a, b = match.span()
        if not free(a, b) or (match.group("sep") == "and" and not match.group("between")):
            continue  # "magnitudes 5.9 and 5.6": two figures; "between 20 and 30": a range
        if match.group("sep") == "or" and not (match.group("a").isdigit() and match.group("b").isdigit()):
            continue  # "10 or 12 buildings" is a range; "N26 billion or 0.19 per cent" two figures
        if (
            not match.group("between")
            and match.group("a")[:1] in "$€£¥"
            and match.group("b")[:1] in "$€£¥"
            # "$8.37-$8.45 billion": the low end shares the high end's scale, one range.
            and not (match.group("a")[-1].isdigit() and not match.group("b")[-1].isdigit())
        ):
            # "$695 million to $715 million": each end an amount of its own, as news gold has them.
            for end in ("a", "b"):
                add(match.start(end), match.end(end), "number", match.group(end))
            continue
        core_start = match.start("a")
        code = _CODE_BEFORE_RANGE.search(text, max(0, a - 5), a) if not match.group("between") else None
        if code is not None and free(code.start(), a):
            a = core_start = code.start()  # "Rs 42-44 crore": the currency's letters open the range
        name = text[core_start : match.end()]
        end = _counted(text, b, groups)
        aliases = (match.group("a"), match.group("b") + (match.group("pct") or ""), text[a:b], text[core_start:end], text[match.start("a") : b])
        add(a, end, "number", name, tuple(dict.fromkeys(x for x in aliases if x and x != name)))
    for a, article, b, kind in _article_measures(text):
        if free(a, b):
            add(a, b, kind, text[a:b], (text[article:b],))
    for a, b in _race_times(text):
        if free(a, b):
            add(a, b, "number", text[a:b])
    if " x " in text or "×" in text:
        # "42 x 44 cm": a thing's size whole, before its last side is read as a measure alone.
        for match in _SIZES.finditer(text, digits, numbers):
            if free(*match.span()):
                add(match.start(), match.end(), "number", match.group())
    local_money = any(text[max(0, d - 5) : d].rstrip().endswith(_LOCAL_ENDS) for d in digits)
    for pattern, keywords in ((_MONEYS, _MONEY_WORDS), (LOCAL_MONEY, None), (_PERCENTS, _PERCENT_WORDS), (_MEASURES, None), (_RATIOS, None)):
        if keywords is not None and not holds(False, keywords):
            continue
        if pattern is LOCAL_MONEY and not local_money:
            continue
        for match in _matches(pattern, text, folded, digits, starts, dates, numbers):
            a, b = match.span()
            if free(a, b):
                if pattern is _MEASURES and (from_words(a, b, (text[a:b],)) or _MARKER_AFTER.match(text, b)):
                    continue  # "nine to 12 feet"; "the 34 mile-marker": a place on a road, no measure
                value = text[a:b]
                aliases = (value.replace("%", " percent"),) if value.endswith("%") else ()
                if value.endswith("magnitude"):
                    aliases = (value[: -len("magnitude")].strip(),)  # "6.0" of "a 6.0 magnitude quake"
                elif pattern is _MEASURES and (rate := _RATE_END.search(value)):
                    aliases = (value[: rate.start()],)  # "1.4 million barrels" of "… per day"
                add(a, b, "number", value, aliases + _qualified(text, a, value))
    spaced = list(_COMMA_SPACED.finditer(text, digits, numbers)) if ", " in text else []
    for match in spaced if len(spaced) >= 2 else ():
        # "polled 469, 896 votes to 387, 476": thousands set apart by a comma and a space, as
        # some papers print them throughout; one figure each.
        a, b = match.span(1)
        end = match.end(2) if match.group(2) and match.group(2) not in ("is", "was", "has") else b
        if free(a, end):
            add(a, end, "number", text[a:end], (text[a:b],) if end > b else ())
    for match in _SPLIT.finditer(text, digits, numbers) if "/" in text else ():
        low, high = match.group().split("/")
        if int(low) + int(high) == 100 and free(*match.span()):
            add(match.start(), match.end(), "number", match.group())  # "proceeds 50/50": one share
    for words, pattern in _WHOLE_FIGURES:
        if any(word in text for word in words):
            for match in pattern.finditer(text, digits, numbers):
                if free(*match.span()):
                    add(match.start(), match.end(), "number", match.group())
    # "completed 14 of 22 passes", "15 of 25 for 232 yards": a passer's completions, no counts.
    completions = [m.span() for m in _COMPLETIONS.finditer(text)] if " of " in text and (" passes" in text or " yards" in text) else []
    for match in _FIGURES.finditer(text, digits, numbers):
        a, b = match.span()
        if not free(a, b):
            continue
        if completions and any(start <= a < end for start, end in completions):
            continue
        if (
            (text.startswith(".", b) and RIC_EXCHANGE.match(text, b + 1))
            or _ADDRESS_BLOCK.match(text, b)
            or (text.startswith(" mile", b) and _MARKER_AFTER.match(text, b + 5))
            or (text.startswith(" ", b) and text[b + 1 : b + 2].isupper() and _STREET_AFTER.match(text, b))
        ):
            continue  # "the 600 block of Main Street", "the 34 mile-marker", "118 Main St.": part of an address, no count
        figure = match.group()
        end = _counted(text, b, groups) if "-" not in figure or _SCALE_BEFORE.search(figure) else b
        if len(figure) <= 2 and figure.isdigit() and (end == b or _MODEL_WORD_BEFORE.search(text, max(0, a - 24), a)) and _part_of_a_name(text, a):
            continue  # "the iPhone 7", "COVID 19", "CG-2", "iPhone 12 starts at": the number of a model; not "the Cup 16 times"
        if len(figure) <= 3 and figure.isdigit() and _numbered_head(text, a):
            continue  # "Stage 2 load shedding", "County Road 89 areas": one of a series, no count
        if end > b and from_words(a, end, (text[a:end], figure)):
            continue  # "nine to 12 people"
        if _IDENTIFIER.match(figure) or _IDENTIFIER_BEFORE.search(text, max(0, a - 24), a):
            continue  # "0800 555 111", "file number 240328/6111": a phone or a file's number, no count
        if _NOUN_OF_A_FIGURE.fullmatch(figure) or (end == b and text[b : b + 1] == "*"):
            continue  # "a 3-pointer", "an 18-wheeler": a thing, no count; "73*": a score not out, or a note's mark
        if end == b and len(figure) <= 3 and figure.isdigit() and _LABEL_END.match(text, b) and _NAME_WORD_BEFORE.search(text, max(0, a - 24), a):
            continue  # "Ward 1: Sonya Sharp", "Step 2: apply": a label's number, no count
        if _minus_before(text, a) and free(a - 1, a):
            a -= 1  # "fell to -6 from zero": the sign belongs to the figure
        name = text[a:end]
        add(a, end, "number", name, tuple(x for x in (figure, *_qualified(text, a, figure)) if x != name))
    for match in _NUMBER_WORDS.finditer(text, folded, starts):
        a, b = match.span()
        if free(a, b):
            word = text[a:b]
            if word.lower() == "one":
                continue  # "one study", "one called": a word, not a count worth showing
            # "Thousands live there": a count in the plural counts with "of", never the next word.
            end = b if word[-1] in "sS" and word.isalpha() else _counted(text, b, groups)
            if end == b and word[-1] in "sS" and word.isalpha() and text.startswith(" of ", b):
                # "hundreds of workers", "tens of thousands of pilgrims": a rough count, named
                # with what it counts; not "thousands of years" (a time).
                if _LARGER_AFTER.match(text, b):
                    continue  # "hundreds of thousands": the larger word's count takes both
                counted = _counted(text, b + 3, groups)
                before = _ROUGH_BEFORE.search(text, max(0, a - 12), a)
                if before is not None:
                    a = before.start()  # "tens of thousands"
                if text[b + 4 : b + 5].isupper() and not free(b + 4, b + 5):
                    # "Thousands of Rohingya", "tens of thousands of Kessans": a rough count of
                    # those a name after it names.
                    if free(a, b):
                        add(a, b, "number", text[a:b])
                elif counted > b + 3 and not _TIME_COUNTED.match(text, b + 4) and free(a, counted):
                    add(a, counted, "number", text[a:counted], (text[a:b],))
                continue
            if end == b and word[-1] in "sS" and word.isalpha() and (before := _ROUGH_BEFORE.search(text, max(0, a - 12), a)) and free(before.start(), b):
                add(before.start(), b, "number", text[before.start() : b])  # "Tens of thousands marched": a rough count alone
                continue
            if word.lower() == "zero" and not text[b:end].endswith("s"):
                continue  # "zero interceptions"; not "zero tolerance"
            if end == b and word.lower() in _TEENS_AND_TENS and text.startswith(" of ", b):
                add(a, b, "number", word)  # "Sixteen of the dozens hurt": a count of ten or more, of those named after it
                continue
            if (
                end == b
                and word.lower() in _SMALL_COUNTS
                and _OF_THOSE.match(text, b)
                and not _NUMBERED_BEFORE.search(text, max(0, a - 10), a)
            ):
                # "five of the dead", "Eight of the 10 questions": a count of those named after it.
                add(a, b, "number", word)
                continue
            if end > b or "-" in word or " " in word:  # "three people", "two-thirds", "several thousand"; a bare "two" is left alone
                if end > b and from_words(a, end, (text[a:end], word)):
                    continue  # "five to ten feet"
                if end > b and word.lower() in _SCALE_WORDS and _ARTICLE_BEFORE.search(text, max(0, a - 3), a) and free(a - 2, a):
                    # "a billion years", "more than a million migrants": the article is the count's
                    # "one"; a length of time so counted is a date.
                    start = a - 2
                    kind = "date" if _TIME_COUNTED.fullmatch(text[b:end].strip()) else "number"
                    add(start, end, kind, text[start:end], (text[start:b], text[a:end], word) + _qualified(text, start, text[start:b]))
                    continue
                add(a, end, "number", text[a:end], ((word,) if end > b else ()) + _qualified(text, a, word))
    # Ordinals on their own ("first", "35th") are left out: annotators disagree on them.
    return found




# Counts in words of ten or more, shown alone before "of": "Sixteen of the dozens hurt".
_TEENS_AND_TENS = frozenset(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split()
)
# Counts in words below ten that stand alone before "of" and those it counts ("five of the
# dead"); "one" is left out ("one of the reasons": a word, no count worth showing).
_SMALL_COUNTS = frozenset("two three four five six seven eight nine".split())
_OF_THOSE = re.compile(r" of (?:the|his|her|their|its|our|your|those|these|them|us|whom|which|\d)\b")
# What a number word after it numbers, no count: "Game seven of the series".
_NUMBERED_BEFORE = re.compile(r"\b(?:[Gg]ame|[Rr]ound|[Cc]hapter|[Ss]tage|[Ee]pisode|[Pp]art|[Ll]evel|[Gg]rade|[Nn]umber|[Nn]o\.) $")
# The words of scale that "a" counts one of: "a billion years", "a thousand kilometres".
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])[Aa] $")
# A rate written from its point, as batting averages are: "a .326 average", "(.297)".
_THREE_PLACES = re.compile(r"(?<=[\s(])\.\d{3}\b(?![.,]\d)")
# "tens of" or "hundreds of" before a rough count: "tens of thousands".
_ROUGH_BEFORE = re.compile(r"\b(?:tens|hundreds) of $", re.IGNORECASE)
_LARGER_AFTER = re.compile(r" of (?:thousands|millions|billions)\b")
# Units of time a rough count may count: "thousands of years" is a time, no count.
_TIME_COUNTED = re.compile(r"(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries|millennia)\b", re.IGNORECASE)


# A multiple of earnings or sales: "10.5x", "6x"; not "4x4".
_MULTIPLE = re.compile(r"(?=\d)(?<![\w.])\d{1,3}(?:\.\d{1,2})?x(?=[ ,.;)]|$)", re.MULTILINE)
# "the 600 block of Main Street", "the 34 mile-marker": an address's or a road's figure.
_ADDRESS_BLOCK = re.compile(r" block\b")
# A street after a house's number: "118 Main St.", "87 Broadway", "4 Kessa Road".
_STREET_AFTER = re.compile(r" (?:[A-Z][\w'’-]*\.? ){0,3}(?:St\.?|Street|Rd\.?|Road|Ave\.?|Avenue|Broadway|Lane|Ln\.?|Drive|Blvd\.?|Boulevard|Way|Place|Highway|Hwy\.?)(?!\w)")
_MARKER_AFTER = re.compile(r"[- ]?(?:marker|post)s?\b")
# The exchange's letters after a Reuters code's full stop: "2330.TW", "AAPL.O" (names.py,
# classify.py too); not initials ("U.S.").
RIC_EXCHANGE = re.compile(r"[A-Z]{1,2}(?!\w|\.\w)")
# A margin: "a 3-to-1 victory".
_MARGIN = re.compile(r"(?=\d)(?<![\w.-])\d{1,3}-to-\d{1,3}(?![\w-])")
# An innings' runs for wickets before its overs: "45/4 in 7.1 overs", "201/6 (20 overs)".
_INNINGS_SCORE = re.compile(r"(?=\d)(?<![\d/.])\d{1,3}/\d{1,2}(?![\d/])(?=(?:[^.\n]|\.\d){0,24}\b(?:overs|declared|innings)\b)")
# Runs for wickets where a cricket report stands, the runs too many for a day of a month:
# "After scoring 326/5 on Day 1".
_RUNS_FOR_WICKETS = re.compile(r"(?=\d)(?<![\d/.])(?:3[2-9]|[4-9]\d|[1-9]\d\d)/(?:10|\d)(?![\d/]|\.\d)")
# A passer's completions of attempts: "14 of 22 passes", "15 of 25 for 232 yards".
_COMPLETIONS = re.compile(r"(?<![\d.,])\d{1,2} of \d{1,2}(?: passes| pass attempts| attempts)?(?= for \d| passes\b|[,.;])")
# An innings' runs for its wickets where a cricket report stands: "reduced to 24/2", "123
# for one", "were 60 for no loss".
_INNINGS_AT = re.compile(
    r"(?=\d)(?:(?<=\bto )|(?<=\bat )|(?<=\bon )|(?<=\bwere )|(?<=\bwas )|(?<=reaching )|(?<=reached )|(?<=\bof ))"
    r"\d{1,3}(?:/(?:10|\d)(?![\d/]|\.\d)| for (?:no loss|one|two|three|four|five|six|seven|eight|nine|\d)\b)"
    r"|(?=\d)(?<![\d/.,])\d{1,3} for (?:no loss|one|two|three|four|five|six|seven|eight|nine)\b"
)
# A bowler's wickets for runs after what the bowler did: "claimed 6/30", "match figures of 13/87".
_BOWLING_FIGURES = re.compile(
    r"(?=\d)(?:(?<=claimed )|(?<=took )|(?<=returned )|(?<=figures of )|(?<=finished with )|(?<=picked up )|(?<=bagged ))"
    r"(?:1\d|\d)/\d{1,3}(?![\d/]|\.\d)"
)
# A price in pence where shares are priced: "a proposal at 230p a share", "up from 212p" (not
# a screen's "1080p").
_PENCE = re.compile(r"(?=\d)(?<![\w.,£$])(?!(?:480|720|1080|1440|2160)p)\d{1,4}(?:\.\d{1,2})?p(?![\w-])")
# A figure with its thousands after a comma and a space ("469, 896 votes"), and the plural it counts.
_COMMA_SPACED = _FromDigits(re.compile(r"(?=\d)(?<![\w.,])(\d{1,3}(?:, \d{3})+)(?!\d|,\d|\.\d)(?: ([a-z]+s)\b)?"))
# A share split two ways, its parts making 100: "share proceeds 50/50", "a 60/40 split".
_SPLIT = _FromDigits(re.compile(r"(?=\d)(?<![\d/.,])[1-9]\d?/[1-9]\d?(?![\d/]|[.,]\d)"))
# A screen's or a thing's size, its sides joined by "x": "1136 x 640", "3,264 x 2,448 pixels".
_SIDES = r"(?=\d)(?<![\w.,])\d[\d,]*(?:\.\d+)?\s?[x×]\s?\d[\d,]*(?:\.\d+)?(?:\s?[x×]\s?\d[\d,]*(?:\.\d+)?)?"
_SIZE_UNIT = r"(?:\s?(?:pixels|mm|cm|ft|feet|inches|metres|meters)\b|\sin(?=\s*[|,;)]|\s*$))"
_DIMENSIONS = re.compile(_SIDES + _SIZE_UNIT + r"?(?![\w×])", re.MULTILINE)
# Its sides with their unit: "42 x 44 cm", "16 x 17 in"; read before measures alone.
_SIZES = _FromDigits(re.compile(_SIDES + _SIZE_UNIT + r"(?![\w×])", re.MULTILINE))
# Figures read whole before a figure alone, each where one of its words stands: "a 3-to-1
# victory" (a margin), "45/4 in 7.1 overs" (runs for wickets), "valued at 10.5x" (a multiple);
# each tried only where digits stand.
_WHOLE_FIGURES = (
    (("-to-",), _FromDigits(_MARGIN)),
    ((" overs", " declared", " innings"), _FromDigits(_INNINGS_SCORE)),
    ((" wicket", " innings", " overs", " Test"), _FromDigits(_RUNS_FOR_WICKETS)),
    ((" wicket", " innings", " overs"), _FromDigits(_INNINGS_AT)),
    (("claimed ", "took ", "returned ", "figures of ", "finished with ", "picked up ", "bagged "), _FromDigits(_BOWLING_FIGURES)),
    ((" x ", "×", " x", "x "), _FromDigits(_DIMENSIONS)),
    (("x ", "x,", "x."), _FromDigits(_MULTIPLE)),
    ((" share", "pence", "FTSE"), _FromDigits(_PENCE)),
)


# A figure opened by a zero (a phone number, a code), and what stands before a file's or a
# phone's number: "number 240328", "on 0800 555", "240328/".
_IDENTIFIER = re.compile(r"0\d{2,}")
_IDENTIFIER_BEFORE = re.compile(r"(?:\b[Nn]umber|\b[Ii]ncident|\b[Rr]eference|\b[Cc]all|\bdial|\b0\d{2,}|\d{4,}/|\b(?:DOI|doi)(?::|\.org/)|\bISSN:?)\s?$")
_NOUN_OF_A_FIGURE = re.compile(r"\d+-(?:pointer|footer|wheeler|seater|liner|timer|hitter|decker|starter)s?")
_LABEL_END = re.compile(r":(?:[ \t]|$)", re.MULTILINE)
_NAME_WORD_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][A-Za-z]+)[ -]$")


_DATED_HEADS = frozenset({"day", "week", "season", "matchday", "gameweek", "round"})


def _numbered_head(text: str, start: int) -> bool:
    """Whether the figure at `start` follows a word that numbers one of a series
    (NUMBERED_HEADS: "Stage 2", "Highway 16"), capitalised, with a space between."""
    if start < 3 or text[start - 1] != " ":
        return False
    at = start - 1
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    word = text[at:start - 1]
    # In small letters too ("junction 10", "exit 12", "gate 5"), but for the days and weeks
    # that may be dates ("day 3 of the trial").
    return word in NUMBERED_HEADS or (word[:1].islower() and word.title() in NUMBERED_HEADS and word not in _DATED_HEADS)


# A model's name in one word with a capital inside, "iPhone", "eReader": a number after it is the model's.
_MODEL_WORD_BEFORE = re.compile(r"\b[a-z]{1,3}[A-Z][A-Za-z]+ $")


def _part_of_a_name(text: str, start: int) -> bool:
    """Whether the figure at `start` follows a name's word inside a sentence ("the iPhone
    7", "Note 7 devices", "CG-2"): a model's number. A sentence's first word ("About 7")
    is no such name."""
    word = _NAME_WORD_BEFORE.search(text, max(0, start - 24), start)
    if word is None:
        return False
    opens = word.start(1)
    before = text[max(0, opens - 2) : opens]
    return opens > 0 and not before.endswith("\n") and before not in (". ", "? ", "! ", ": ", '" ', "“ ")


# A capitalised plural right before "March" or "May", in a headline's Title Case: its subject.
# A word that makes the number after it rough: "roughly 2000 planets".
_ROUGHLY_BEFORE = re.compile(r"\b(?:[Rr]oughly|[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Aa]round|[Aa]pproximately|[Oo]ver|more than|fewer than|less than|at least|up to|an estimated) $")
# A word of time before that: "since about 1990 prices rose" is a year.
_WHEN_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Aa]fter|[Bb]efore|to|[Cc]irca) $")
_PLURAL_SUBJECT_BEFORE = re.compile(r"\b[A-Z][a-z]+[a-rt-z]s $")
_MONTH_NAMES = frozenset("January February March April May June July August September October November December".split())
_WEEKDAY_BEFORE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Early|Late|Mid|Last|Next|This|Since|Until|In|By|From|Through|Before|After),? $")


def _minus_before(text: str, start: int) -> bool:
    """A minus sign just before the figure at `start`, after a space or a bracket that no
    figure precedes ("fell to -6", but not the range "10 -15")."""
    if start < 1 or text[start - 1] not in "-−":
        return False
    if start == 1 or text[start - 2] == "\n":
        return True
    return text[start - 2] in " (" and (start == 2 or not text[start - 3].isdigit())


@lru_cache(maxsize=4096)
def _date_forms(value: str) -> tuple[str, ...]:
    """Other forms of a date, from its words alone (a text writes the same dates again)."""
    return _article_free(value) + _bare_count(value) + _unqualified(value) + _first_day(value) + _weekday_apart(value) + _local_time_free(value)


_BARE_COUNT = re.compile(rf"(?<!\w)(?:\d[\d,.]*|{_NUMBER_WORD})\s+(?:{_UNIT})\b", re.IGNORECASE)


def _bare_count(value: str) -> tuple[str, ...]:
    """"four years" inside "the last four years" or "33 minutes later": another form."""
    match = _BARE_COUNT.search(value)
    return (match.group(),) if match and match.group() != value else ()


_DATE_QUALIFIER = re.compile(r"^(?:more than|less than|fewer than|about|nearly|almost|some)\s+", re.IGNORECASE)


def _unqualified(value: str) -> tuple[str, ...]:
    """"five years ago" inside "more than five years ago": another form."""
    stripped = _DATE_QUALIFIER.sub("", value)
    return (stripped,) if stripped != value else ()


_DAY_RANGE = re.compile(r"(?<=\d)[-–]\d{1,2}\b")


def _first_day(value: str) -> tuple[str, ...]:
    """"Oct. 3" of "Oct. 3-9": another form."""
    stripped = _DAY_RANGE.sub("", value, count=1) if not re.search(r"\d{4}[-–]|^\d{1,2}-\d{1,2}-\d{4}$", value) else value
    return (stripped,) if stripped != value else ()


_WEEKDAY_OPENS = re.compile(rf"({WEEKDAYS}),?\s(.+)", re.DOTALL)


def _weekday_apart(value: str) -> tuple[str, ...]:
    """"December 20" of "Sunday, December 20", "Tuesday" of "7 p.m. Tuesday": other forms.
    The day of the week alone is no other form of a whole date: "on Sunday" may be another Sunday."""
    match = _WEEKDAY_OPENS.fullmatch(value) if value[:1] in "MTWFS" else None
    if match and re.search(rf"[-–]\s?(?:{WEEKDAYS})", value):
        return ()  # "Thursday 14 – Sunday 17 April": a span of days, no other form
    if match:
        return (match.group(2),)
    day = _WEEKDAY_ENDS.search(value) if value[:1].isdigit() else None
    return (day.group(),) if day else ()


_WEEKDAY_ENDS = re.compile(rf"(?<= )(?:{WEEKDAYS})$")


def _local_time_free(value: str) -> tuple[str, ...]:
    """"10 a.m." of "10 a.m. local time", "21:06" of "21:06 (IST)": another form."""
    if value.endswith(" local time"):
        return (value[: -len(" local time")],)
    bracketed = re.fullmatch(r"(.*?\d(?:\s?[AaPp]\.?[Mm]\.?)?)\s\([A-Z]{2,5}\)", value)
    return (bracketed.group(1),) if bracketed else ()


def _article_free(value: str) -> tuple[str, ...]:
    stripped = re.sub(r"^(?:the|in|over)\s+", "", value, flags=re.IGNORECASE)
    return (stripped,) if stripped != value else ()


# The last word of each qualifier: a cheap test before _QUALIFIER's search.
_QUALIFIER_ENDS = frozenset("about around roughly nearly almost some over than least to estimated approximately under".split())


def _qualified_time(text: str, start: int, value: str) -> tuple[str, ...]:
    """A clock time with the words that make it rough, as news gold names it: "shortly
    before 8 a.m." of "shortly before 8 a.m. Tuesday", "about 3 a.m." of "about 3 a.m. Friday"."""
    clock = _CLOCK.match(value)
    before = _TIME_QUALIFIER.search(text, max(0, start - 16), start) if clock else None
    if before is None:
        return ()
    return tuple(dict.fromkeys((before.group() + value, before.group() + clock.group())))


# A clock time opening a date, and the words before one that make it rough.
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)")
_TIME_QUALIFIER = re.compile(r"\b(?:(?:shortly|just|right|soon) (?:before|after)|about|around|approximately) $", re.IGNORECASE)


def _qualified(text: str, start: int, value: str) -> tuple[str, ...]:
    head = text[max(0, start - 20) : start]
    words = head.split()
    if not words or words[-1].lower() not in _QUALIFIER_ENDS:
        return ()
    before = _QUALIFIER.search(head)
    return (before.group() + value,) if before else ()
