"""Rule-based entity finding: names from capitalised runs, dates and numbers from patterns.

Each finder returns `Found` items: a mention (section, start, end), the entity's type and a
key that says which distinct entity it belongs to. Merging them into entities is
`merge.py`'s work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Gazetteer

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_UNIT = "days?|weeks?|months?|years?|decades?|centuries|century|quarters?|weekend|hours?"
_SEASON = "spring|summer|fall|autumn|winter"
_COUNT_WORD = "few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+"

DATE_PATTERNS = [
    re.compile(rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d\d)?\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})(?:,?\s+(?:1[89]|20)\d\d)?\b"),
    re.compile(rf"\b(?:(?:early|mid|late)[- ])?(?:{MONTHS})(?:\s+(?:of\s+)?(?:1[89]|20)\d\d)?\b"),
    re.compile(rf"\b(?:{WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?\b"),
    re.compile(
        rf"\b(?:the\s+)?(?:next|last|past|previous|coming|following|prior)\s+"
        rf"(?:(?:{_COUNT_WORD})\s+)?(?:{_UNIT}|{_SEASON})\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:this|that)\s+(?:{_UNIT}|{_SEASON}|morning|afternoon|evening)\b", re.IGNORECASE),
    re.compile(rf"\b(?:earlier|later)\s+this\s+(?:{_UNIT})\b", re.IGNORECASE),
    re.compile(rf"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:{_UNIT})\s+(?:ago|earlier|later)\b", re.IGNORECASE),
    re.compile(r"\b(?:yesterday|today|tonight|tomorrow)\b", re.IGNORECASE),
    re.compile(r"\brecent\s+(?:years|months|weeks|decades)\b", re.IGNORECASE),
    re.compile(r"\b(?:the\s+)?(?:first|second|third|fourth)\s+quarter(?:\s+of\s+(?:1[89]|20)\d\d)?\b", re.IGNORECASE),
    re.compile(r"\bQ[1-4](?:\s+(?:1[89]|20)\d\d)?\b"),
    re.compile(r"\b(?:the\s+)?(?:1[89]|20)\d0s\b"),
    re.compile(r"(?<![\d,.$€£])\b(?:1[89]\d\d|20\d\d)\b(?!\d|,\d|\s*%|\s*percent)"),
    re.compile(r"\b(?:decades|days|weeks|months|years)\b(?=\s+(?:after|before|ago|later|earlier))", re.IGNORECASE),
]

_SCALE = r"(?:\s(?:million|billion|trillion|thousand|hundred)|\s?(?:bn|m|k)\b)?"
_FIGURE = rf"\d(?:[\d,]*\d)?(?:\.\d+)?{_SCALE}"
MONEY = re.compile(
    rf"(?:(?:US|A|C|HK|NZ)?[$€£¥₹]\s?{_FIGURE}|{_FIGURE}\s(?:dollars|euros|pounds|yen|yuan|rupees))"
)
PERCENT = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)")
RANGE = re.compile(
    rf"(?:between\s+)?(?P<a>[$€£¥]?{_FIGURE})\s?(?:to|and|-|–)\s?(?P<b>[$€£¥]?{_FIGURE})(?P<pct>\s?(?:%|percent\b))?"
)
FIGURE = re.compile(rf"(?<![\w.,$€£¥])\d(?:[\d,]*\d)?(?:\.\d+)?{_SCALE}(?![\w%])")
NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|dozens|dozen|hundreds|thousands|millions|billions|half|two-thirds|one-third|a third|a quarter)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion))?\b",
    re.IGNORECASE,
)
ORDINALS = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.IGNORECASE
)
_QUALIFIER = re.compile(
    r"(?:about|around|roughly|nearly|almost|some|over|more than|less than|fewer than|at least|"
    r"up to|an estimated|approximately|just over|just under)\s+$",
    re.IGNORECASE,
)
# Words that end the "thing counted" after a number.
_COUNT_STOP = frozenset(
    "a an the and or but of to in on at by for from with as than that which who whom whose is are "
    "was were be been being has have had will would could should may might can do does did not "
    "this these those its their his her our your it they he she we you i per each every more most "
    "less fewer over under about into across after before since during while when where than then "
    "said says say according percent million billion trillion thousand hundred".split()
)

WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w\u00c0-\u024f]+(?:[-'’&][\w\u00c0-\u024f]+)*\.?")
# Connecting words allowed inside a name: "Secretary of State", "Bank of America".
_CONNECTORS = frozenset("of for de del della da do dos van von der den al bin ibn la le du y on".split())
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")
# Capitalised words that are never names on their own.
_NOT_NAMES = frozenset(
    "I GDP CEO CFO COO CTO AI IPO TV PM AM OK PhD MBA EU's UK's GOP's Mr Mrs Ms Dr Mr. Mrs. Ms. Dr. "
    "Sen. Rep. Gov. Gen. Adm. Lt. Col. St. Jr. Sr. Inc. Co. Corp. Ltd. No. Vol. Jan. Feb. Mar. Apr. "
    "Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. A An The".split()
)
_EVENT_WORDS = frozenset(
    "War Act Treaty Accord Accords Agreement Constitution Convention Protocol Doctrine Olympics "
    "Games Cup Championship Championships Prize Award Awards Festival Expo Summit Pact Bill Law "
    "Amendment Declaration Charter Revolution Crisis Pandemic Storm Hurricane Typhoon Cyclone "
    "Initiative Plan Strategy Index Report".split()
)
_EVENT_ALONE = frozenset("War Act Treaty Accord Agreement Constitution Summit Bill Law Plan Report Index".split())


@dataclass(slots=True)
class Found:
    """A mention of an entity, before merging."""

    section: int
    start: int
    end: int
    type: str
    key: str  # which entity: canonical name, or a normalised form
    name: str = ""  # a name to show for the entity (canonical, or the longest form)
    aliases: tuple[str, ...] = field(default=())


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence_start: bool


def _strip_possessive(text: str, start: int, end: int) -> int:
    if text[max(start, end - 2) : end] in ("'s", "’s"):
        return end - 2
    if text[end - 1 : end] in ("'", "’") and end - start > 2:
        return end - 1
    return end


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words of text[start:end] with offsets; a word knows when it opens a sentence."""
    tokens: list[Token] = []
    previous_end = start
    for match in WORD.finditer(text, start, end):
        a, b = match.span()
        word = match.group()
        # A trailing full stop belongs to the word only for abbreviations ("U.S.", "Corp.").
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.", word):
            b -= 1
            word = word[:-1]
        b = _strip_possessive(text, a, b)
        word = text[a:b]
        if not word:
            continue
        gap = text[previous_end:a]
        opens = not tokens or bool(re.search(r"[.!?:;]\s*[\"“‘'(]?\s*$|[\"“‘(]\s*$|\n", gap))
        if tokens and opens and re.fullmatch(r"(?:[A-Z]\.){2,}", tokens[-1].text) and not re.search(r"[!?:;\n]", gap):
            opens = False  # "the U.S. Forces": the full stop of U.S. ends no sentence
        tokens.append(Token(a, b, word, opens))
        previous_end = match.end()
    return tokens


def _is_capitalised(token: Token) -> bool:
    first = token.text[0]
    return first.isupper() or bool(_ROMAN.match(token.text))


def _is_month_or_day(word: str) -> bool:
    return bool(re.fullmatch(rf"(?:{MONTHS}|{WEEKDAYS})", word))


def name_runs(tokens: list[Token], text: str) -> list[list[Token]]:
    """Runs of capitalised words, with connecting words inside ("Secretary of State")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # connectors waiting for a capitalised word after them
    for index, token in enumerate(tokens):
        joined = bool(current) and not re.search(r"[,;:()\[\]\"“”—–]|\s-\s|[.!?]\s", text[current[-1].end : token.start].replace("’s", "").replace("'s", ""))
        if current and current[-1].end < len(text) and text[current[-1].end : current[-1].end + 2] in ("’s", "'s"):
            joined = False  # "Japan’s military": a possessive ends the name
        if _is_capitalised(token) and not _is_month_or_day(token.text) and (token.text not in _NOT_NAMES or current):
            if current and joined and (not pending or not token.sentence_start):
                current.extend(pending)
                current.append(token)
            else:
                if current:
                    runs.append(current)
                current = [token]
            pending = []
            continue
        if current and joined and token.text.lower() in _CONNECTORS and not pending:
            pending = [token]
            continue
        if current and joined and token.text == "the" and pending and pending[-1].text.lower() in ("of", "for", "on"):
            pending.append(token)
            continue
        if current:
            runs.append(current)
        current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _clean_span(run: list[Token]) -> list[Token]:
    while run and run[-1].text.lower() in _CONNECTORS | {"the"}:
        run = run[:-1]
    return run


class NameClassifier:
    """Types capitalised runs using the gazetteer, titles, cue words and first names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer

    def classify(self, run: list[Token], text: str, section: int) -> list[Found]:
        run = _clean_span(run)
        # Sentence-initial common words are not names: "However", "Both", "After World War II".
        while run and run[0].sentence_start and run[0].text.lower() in self.g.common_words and not self._known(run[0].text):
            run = _clean_span(run[1:])
        if not run:
            return []
        return self._classify(run, text, section)

    def _known(self, surface: str) -> bool:
        return surface in self.g.surfaces or surface in self.g.first_names

    def _surface(self, run: list[Token], text: str) -> str:
        return text[run[0].start : run[-1].end]

    def _found(self, run: list[Token], text: str, section: int, kind: str, key: str | None = None, name: str | None = None) -> Found:
        surface = self._surface(run, text)
        return Found(section, run[0].start, run[-1].end, kind, key or surface, name or surface)

    def _title_length(self, run: list[Token]) -> int:
        """How many leading words of the run are a person's title ("Secretary of State")."""
        words = [t.text.lower() for t in run]
        for length in range(min(self.g.title_max_words, len(run) - 1), 0, -1):
            if " ".join(words[:length]) in self.g.titles:
                return length
        return 0

    def _classify(self, run: list[Token], text: str, section: int) -> list[Found]:
        surface = self._surface(run, text)
        words = [t.text for t in run]
        known = self.g.lookup(surface)
        # A name ending in an organisation cue word is one organisation, whatever it holds:
        # "U.S. Indo-Pacific Command", "National World War II Museum".
        if len(run) >= 2 and words[-1] in self.g.org_cues and not self._title_length(run):
            return [self._found(run, text, section, "organization")]
        if known:
            return [self._found(run, text, section, known[1], key=known[0], name=known[0])]
        if len(run) >= 2 and (words[-1] in _EVENT_WORDS or (len(run) >= 2 and words[-2] == "War" and _ROMAN.match(words[-1]))):
            return [self._found(run, text, section, "other")]
        if len(run) == 1 and words[0] in _EVENT_ALONE:
            return []
        title = self._title_length(run)
        if title:
            rest = run[title:]
            return self._person(rest, text, section)
        # A known place, group or organisation at the front: "Japanese Prime Minister Fumio Kishida".
        for length in range(min(self.g.max_words, len(run) - 1), 0, -1):
            head = run[:length]
            found = self.g.lookup(self._surface(head, text))
            if found and head[-1].end <= run[length].start:
                rest = run[length:]
                if rest and rest[0].text.lower() in _CONNECTORS:
                    break
                return [self._found(head, text, section, found[1], key=found[0], name=found[0])] + self._classify(rest, text, section)
        if len(run) == 1:
            word = words[0]
            if word.isupper() and 2 <= len(word) <= 6 and word not in _NOT_NAMES:
                return [self._found(run, text, section, "organization")]
            if word.lower() in self.g.common_words or word in _NOT_NAMES or self.g.titles.__contains__(word.lower()):
                return []
            return [self._found(run, text, section, "unknown")]
        if any(t.text.lower() in _CONNECTORS for t in run):
            return [self._found(run, text, section, "organization")]
        if len(run) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words):
            return self._person(run, text, section)
        return [self._found(run, text, section, "organization")]

    def _person(self, run: list[Token], text: str, section: int) -> list[Found]:
        if not run:
            return []
        if any(t.text.lower() in _CONNECTORS for t in run) or len(run) > 4:
            return []
        return [self._found(run, text, section, "person")]


def _counted(text: str, end: int, groups: frozenset[str] = frozenset(), limit: int = 2) -> int:
    """Extend a number over the thing it counts: "54,000" -> "54,000 service members"."""
    position = end
    taken = 0
    for match in re.finditer(r"\s+([A-Za-z][\w-]*)", text[end : end + 80]):
        word = match.group(1)
        if match.start() != position - end or taken >= limit:
            break
        lower = word.lower()
        # A capitalised word continues the phrase only as a nationality: "4 million Chinese soldiers".
        if lower in _COUNT_STOP or (word[0].isupper() and word not in groups):
            break
        position = end + match.end()
        taken += 1
        if lower.endswith("s") and taken >= 1:
            break  # a plural noun ends the phrase: "45,000 dependents"
    return position


def numbers_and_dates(
    text: str, section: int, claimed: list[tuple[int, int]], groups: frozenset[str] = frozenset()
) -> list[Found]:
    """Dates, money, percentages, ranges, counts, number words and ordinals."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = list(claimed)

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(a: int, b: int, kind: str, name: str, aliases: tuple[str, ...] = ()) -> None:
        taken.append((a, b))
        found.append(Found(section, a, b, kind, f"{kind}:{name.lower()}", name, aliases))

    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            a, b = match.span()
            if free(a, b):
                add(a, b, "date", match.group())
    for match in RANGE.finditer(text):
        a, b = match.span()
        if not free(a, b):
            continue
        core_start = match.start("a")
        name = text[core_start : match.end()]
        end = _counted(text, b, groups)
        aliases = (match.group("a"), match.group("b") + (match.group("pct") or ""), text[a:b], text[core_start:end])
        add(a, end, "number", name, tuple(dict.fromkeys(x for x in aliases if x and x != name)))
    for pattern in (MONEY, PERCENT):
        for match in pattern.finditer(text):
            a, b = match.span()
            if free(a, b):
                value = match.group()
                aliases = (value.replace("%", " percent"),) if value.endswith("%") else ()
                add(a, b, "number", value, aliases + _qualified(text, a, value))
    for match in FIGURE.finditer(text):
        a, b = match.span()
        if not free(a, b):
            continue
        figure = match.group()
        end = _counted(text, b, groups)
        name = text[a:end]
        add(a, end, "number", name, tuple(x for x in (figure, *_qualified(text, a, figure)) if x != name))
    for pattern in (NUMBER_WORDS, ORDINALS):
        for match in pattern.finditer(text):
            a, b = match.span()
            if free(a, b):
                add(a, b, "number", match.group())
    return found


def _qualified(text: str, start: int, value: str) -> tuple[str, ...]:
    before = _QUALIFIER.search(text[max(0, start - 20) : start])
    return (before.group() + value,) if before else ()
