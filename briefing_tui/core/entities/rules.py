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
_UNIT = "seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century|quarters?|weekends?"
_SEASON = "spring|summer|fall|autumn|winter"
_NUMBER_WORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|a few|few|several|a couple of|a dozen|dozens of|many|a"
)
_AMOUNT = rf"(?:\d[\d,.]*|(?:{_NUMBER_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
# A count of time units: "three days", "30-day", "40 consecutive weeks" (not "a day", "many years").
_COUNT = rf"(?:\d[\d,.]*|(?:{_NUMBER_WORD.replace('|many|a', '')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
_YEAR = r"(?:1[89]|20)\d\d"
_HOLIDAYS = (
    "Christmas(?: Eve| Day)?|Easter(?: Sunday| Monday)?|Thanksgiving(?: Day)?|New Year's(?: Eve| Day)?|"
    "New Year’s(?: Eve| Day)?|Lunar New Year|Ramadan|Eid(?: al-Fitr| al-Adha)?|Hanukkah|Diwali|Passover|"
    "Yom Kippur|Rosh Hashanah|Halloween|Independence Day|Labor Day|Labour Day|Memorial Day|"
    "Veterans Day|Good Friday|Boxing Day|Bastille Day|Golden Week|Nowruz|Vesak"
)
_ZONE = r"(?:\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|local time))?"
_NUMBER_WORD_FIRST = "otfsenhadcmbOTFSENHADCMB"

# (first characters, pattern): the longest forms first, since a span claimed by one pattern
# is not taken by a later one. The first characters feed a lookahead that lets the regex
# engine skip most positions at once: about three times faster over long text.
_DATES = [
    ("tTflelFLEL", rf"\b(?:the\s+)?(?:first|second|latter|early|later)\s+half\s+of\s+(?:the\s+)?(?:(?:next|last|this)\s+)?(?:{_YEAR}|year|decade|century)\b", re.I),
    ("tTesbmfEBSMF", rf"\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?(?:{_YEAR}|year|century|decade|month|week|quarter|summer|winter|spring|fall|(?:{MONTHS}))\b", re.I),
    ("0-9mlasnMLASN" + _NUMBER_WORD_FIRST, rf"\b(?:(?:more|less|fewer) than |about |nearly |almost |some )?(?:{_AMOUNT})\s+(?:{_UNIT})\s+(?:ago|earlier|later|from now)\b", re.I),
    ("0-9", r"\b\d{1,3}-(?:year|month|week|day)-old\b", 0),
    ("JFMASOND", rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b", 0),
    ("0-9", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})(?:,?\s+{_YEAR})?\b", 0),
    ("emlntJFMASONDEMLNT", rf"\b(?:(?:early|mid|late|next|last|this)[- ])?(?:{MONTHS})(?:\s+(?:of\s+)?{_YEAR})?\b", 0),
    ("emlEML", rf"\b(?:early|mid|late)[- ]{_YEAR}s?\b", re.I),
    ("tT0-9", rf"\b(?:the\s+)?{_YEAR}[-–/]\d\d(?:\s+(?:school|fiscal|academic|financial|crop|season)\s+year|\s+season)?\b", 0),
    ("fFY", rf"\b(?:fiscal|FY)\s?{_YEAR}\b", 0),
    ("MTWFS", rf"\b(?:{WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?\b", 0),
    ("0-9", rf"\b\d{{1,2}}:\d\d(?:\s?(?:a\.m\.|p\.m\.|am|pm|AM|PM))?{_ZONE}|\b\d{{1,2}}\s?(?:a\.m\.|p\.m\.){_ZONE}|\b[012]\d[0-5]\d\s?(?:GMT|UTC)\b", 0),
    ("mndMND", r"\b(?:midnight|noon|midday)\b", re.I),
    ("CEFGHILMNPRTVYDBS", rf"\b(?:{_HOLIDAYS})\b", 0),
    ("fstFST", r"\b(?:first|second|third|fourth)-quarter\b", re.I),
    ("tT", r"\bthe\s+\d+(?:st|nd|rd|th)\s+(?:minute|day|week|month|year|century|lap|round)\b", 0),
    ("tnlpcfTNLPCF", rf"\b(?:the\s+)?(?:next|last|past|previous|coming|following|prior|first|final)\s+(?:(?:{_AMOUNT})\s+)?(?:{_UNIT}|{_SEASON})\b", re.I),
    ("mlfMLF", rf"\b(?:more|less|fewer) than\s+(?:{_AMOUNT})\s+(?:{_UNIT})\b", re.I),
    # "three days", "30-day", "17 years", "seven years old", "40 consecutive weeks".
    ("0-9" + _NUMBER_WORD_FIRST, rf"\b(?:{_COUNT})[- ](?:(?:consecutive|straight|successive|full|more|additional)\s)?(?:{_UNIT})\b(?:\s+old\b)?", re.I),
    ("tT", rf"\bthis\s+(?:(?:past|coming)\s+)?(?:week|month|year|weekend|{_SEASON}|morning|afternoon|evening|decade|century)\b", re.I),
    ("elEL", rf"\b(?:earlier|later)\s+this\s+(?:{_UNIT})\b", re.I),
    ("ytYT", r"\b(?:yesterday|today|tonight|tomorrow)\b", re.I),
    ("irIR", r"\b(?:in\s+)?recent\s+(?:years|months|weeks|decades|days)\b", re.I),
    ("tfsTFS", rf"\b(?:the\s+)?(?:first|second|third|fourth)\s+quarter(?:\s+of\s+{_YEAR})?\b", re.I),
    ("Q", rf"\bQ[1-4](?:\s+{_YEAR})?\b", 0),
    ("tT0-9", r"\b(?:the\s+)?(?:1[89]|20)\d0s\b", 0),
    ("0-9", rf"(?<![\d,.$€£])\b{_YEAR}\b(?!\d|,\d|\.\d|\s*%|\s*percent)", 0),
    ("tlneiTLNEIsawSAW", r"\b(?:(?:the|this|last|next|in|early|late)\s+fall|(?:the\s+)?(?:spring|summer|autumn|winter))\b(?=[,.;]|\s(?!of\b))", re.I),
]
DATE_PATTERNS = [re.compile(f"(?=[{first}])(?:{body})", flags) for first, body, flags in _DATES]
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "centur", "quarter")
# Words a section must hold for each date pattern to be worth running (None: always run).
# Scanning long text is most of the cost; most of these words are rare.
_DATE_KEYWORDS: list[tuple[str, ...] | None] = [
    ("half of",), ("end of", "start of", "beginning of", "middle of"), ("ago", "earlier", "later", "from now"),
    ("-old",), _MONTH_WORDS, _MONTH_WORDS, _MONTH_WORDS, ("early", "mid", "late"), ("-", "–", "/"),
    ("fiscal", "fy"), ("day",), (":", "a.m.", "p.m.", "gmt", "utc"), ("midnight", "noon", "midday"),
    ("christmas", "easter", "thanksgiving", "new year", "ramadan", "eid", "hanukkah", "diwali", "passover",
     "yom kippur", "rosh hashanah", "halloween", " day", "golden week", "nowruz", "vesak"),
    ("-quarter",), ("minute", "day", "week", "month", "year", "century", "lap", "round"), ("next", "last", "past", "previous", "coming", "following", "prior", "first", "final"),
    ("than",), _UNIT_WORDS, ("this",), ("this",), ("yesterday", "today", "tonight", "tomorrow"),
    ("recent",), ("quarter",), ("q1", "q2", "q3", "q4"), ("0s",), None,
    ("spring", "summer", "fall", "autumn", "winter"),
]
assert len(_DATE_KEYWORDS) == len(DATE_PATTERNS)


def _starting_with(first: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"(?=[{first}])(?:{pattern.pattern})", pattern.flags)


_SCALE = r"(?:\s(?:million|billion|trillion|thousand|hundred)|\s?(?:bn|m|k)\b)?"
_FIGURE = rf"\d(?:[\d,]*\d)?(?:\.\d+)?{_SCALE}"
MONEY = re.compile(
    rf"(?:(?:US|A|C|HK|NZ)?[$€£¥₹]\s?{_FIGURE}|{_FIGURE}\s(?:dollars|euros|pounds|yen|yuan|rupees))"
)
PERCENT = re.compile(
    r"(?<![\w.])(?:\d+(?:\.\d+)?|half a|a half|one|two|three|a quarter of a)\s?"
    r"(?:%|percent\b|per cent\b|percentage points?\b|basis points?\b|points?\b(?=\s))"
)
RANGE = re.compile(
    rf"(?:between\s+)?(?P<a>[$€£¥]?{_FIGURE})\s?(?:to|and|-|–)\s?(?P<b>[$€£¥]?{_FIGURE})(?P<pct>\s?(?:%|percent\b))?"
)
RATIO = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+(?:\d+|ten|\d+,\d+)\b", re.IGNORECASE)
MEASURE = re.compile(
    rf"{_FIGURE}\s?(?:°\s?[CF]\b|[CF]\b(?=[\s,.;)])|degrees?(?:\s+(?:Celsius|Fahrenheit|C|F))?|km\b|kilometers?|kilometres?|miles?\b|"
    r"meters?|metres?|feet|foot|inches|mph|kph|km/h|kg\b|kilograms?|pounds?\b|tons?\b|tonnes?\b|barrels?|gallons?|"
    r"litres?|liters?|acres?|hectares?|megawatts?|gigawatts?|MW\b|GW\b|GWh\b|TWh\b|magnitude)"
)
FIGURE = re.compile(rf"(?<![\w.,$€£¥])\d(?:[\d,]*\d)?(?:\.\d+)?{_SCALE}(?![\w%])(?:-\w+)?")
NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|dozens|dozen|hundreds|thousands|millions|billions|two-thirds|one-third|three-quarters)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion))?"
    r"(?:-(?:thirds?|quarters?|fold|halves))?\b",
    re.IGNORECASE,
)
ORDINALS = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.IGNORECASE
)
MONEY = _starting_with("UACHN$€£¥₹0-9", MONEY)
PERCENT = _starting_with("0-9hatoHATO", PERCENT)
RANGE = _starting_with("bB$€£¥0-9", RANGE)
RATIO = _starting_with("0-9" + _NUMBER_WORD_FIRST, RATIO)
MEASURE = _starting_with("0-9", MEASURE)
FIGURE = _starting_with("0-9", FIGURE)
NUMBER_WORDS = _starting_with(_NUMBER_WORD_FIRST, NUMBER_WORDS)
ORDINALS = _starting_with("fstenFSTEN0-9", ORDINALS)
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
    "said says say according percent million billion trillion thousand hundred last next".split()
)

WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w\u00c0-\u024f]+(?:[-'’&][\w\u00c0-\u024f]+)*\.?")
_ABBREVIATION = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Corp|Inc|Ltd|Co|Mt|Ft|"
    r"Prof|Rev|Hon|Brig|Maj|Cpl|Pvt|Gens|Reps|Sens|No|Nos|vs|Bros|Cie|Dept|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\."
)
# Name particles and connecting words allowed inside a name: "Secretary of State",
# "Leonardo da Vinci", "Bank of America".
_PARTICLES = frozenset("de del della da do dos das van von der den al bin ibn la le du des di el y es".split())
_CONNECTORS = frozenset({"of", "for", "on", "and", "in", "&"}) | _PARTICLES
# "and" and "in" join only names that need them: "Department of Health and Human Services",
# "U.S. Forces in Japan", "Restore Trust in Congress Act"; not "Japan and South Korea".
_SOFT = frozenset({"and", "in", "&"})
_FUNCTION_WORDS = frozenset(
    "a an the and or but of for to in on at by with from as if so than that this these those "
    "when while where after before since during under over into about against between".split()
)
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_AFFIXES = re.compile(
    r"[-‐](?:based|led|backed|born|owned|made|style|era|linked|run|funded|focused|area|sized|like|size|scale|"
    r"class|level|built|designed|controlled|dominated|brokered|listed|registered|headquartered|bound|"
    r"centric|friendly|speaking|flagged|wide|related|specific|inspired)$",
    re.IGNORECASE,
)
# Capitalised words that are never names on their own.
_NOT_NAMES = frozenset(
    "I GDP CEO CFO COO CTO AI IPO TV PM AM OK PhD MBA Jr. Sr. Inc. Co. Corp. Ltd. No. Vol. A An The "
    "Celsius Fahrenheit GMT UTC BST CET CEST EST EDT PST PDT".split()
)
_EVENT_WORDS = frozenset(
    "War Act Treaty Accord Accords Agreement Constitution Convention Protocol Doctrine Olympics "
    "Games Cup Championship Championships Prize Award Awards Festival Expo Summit Pact Bill Law "
    "Amendment Declaration Charter Revolution Crisis Pandemic Storm Hurricane Typhoon Cyclone "
    "Plan Package Deal Framework Index Report Directive Regulation Telescope Satellite Rocket "
    "Spacecraft Rover Probe Composite Average Resolution Initiative".split()
)
# First words that make the whole name a place ("Sierra Madre del Sur") or an event ("Hurricane Otis").
_PLACE_FIRST = frozenset(
    "Sierra Costa Puerto Puerta Río Rio Monte Cerro Bahía Isla Islas Playa Lago Laguna Valle Cabo San "
    "Santa Santo São Port Fort Mount Lake Cape Isle Gulf St. Saint Lac Mont Bay Val".split()
)
_EVENT_FIRST = frozenset("Hurricane Typhoon Cyclone Storm Tropical Operation Battle Siege Treaty".split())
# A lone unknown name before these words is a product or a mission ("the PLATO mission").
_PRODUCT_AFTER = frozenset(
    "mission missions telescope satellite satellites spacecraft probe rocket rover launcher chip chips "
    "processor processors model models app apps platform vaccine drug software console smartphone "
    "jet jets aircraft missile missiles drone drones tank tanks engine engines series".split()
)
# ... and before these it is a person ("the Trump administration").
_PERSON_AFTER = frozenset("administration campaign presidency era family aides allies cabinet government".split())
# ... after these it is a person ("actor Vijay", "striker Saka").
_ROLE_BEFORE = frozenset(
    "actor actress singer rapper striker midfielder defender goalkeeper forward coach manager "
    "spokesman spokeswoman spokesperson analyst economist lawyer attorney founder author "
    "novelist director filmmaker player star captain leader premier chancellor".split()
)
# ... and before these, an organisation ("Albertsons said", "Safeway shares").
_ORGANISATION_AFTER = frozenset(
    "said says announced reported shares stock sued filed agreed declined confirmed acquired "
    "bought sold posted employs operates".split()
)
_PLACE_CUES = frozenset(
    "County Province Oblast Region District Prefecture Governorate Territory Territories Island "
    "Islands Peninsula River Lake Mountains Mountain Mount Valley Highway Street Avenue Road Square "
    "Bridge Airport Station Port Bay Sea Ocean Strait Gulf Desert Plateau Basin Canal Coast Beach "
    "Heights Hills City Town Village Borough Township Krai Canton State Stadium Arena Aréna "
    "Palace Cathedral Tower Plaza Park Harbor Harbour Falls Glacier Forest Reef Delta Dam Corridor "
    "Canyon Pass Reservoir Volcano Crater Lagoon Archipelago Atoll Boulevard Bridge".split()
)
_DIRECTIONS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater "
    "Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern".split()
)
_EXTRA_ORG_CUES = frozenset(
    "Capital Securities Asset Assets Investments Advisors Advisers Management Research Analytics "
    "Insights Mines Mining Minerals Resources Energy Oil Gas Motors Pharmaceuticals Therapeutics "
    "Biotech Telecom Communications Entertainment Pictures Records Foods Brands Logistics "
    "Semiconductor Semiconductors Electronics Robotics Software Solutions Consulting Airways "
    "Musée Museo Museu Galerie Gallery Théâtre Theatre Theater Opera Orchestra Philharmonic Institut "
    "Université Universidad Universität Universita Stiftung Clinic Hospitals Centers Centres Societies "
    "Ministries Agencies Departments Unions Parties Schools Colleges Universities".split()
)
_PLACE_BEFORE = frozenset("in near outside across into toward towards".split())
_SPEECH_AFTER = frozenset("said says told added wrote argued noted warned announced".split())
_PLACE_ENDINGS = re.compile(r"(?:sk|ivka|ovka|grad|burg|ville|pur|abad|stan|polis|gorod|ovo|evo)$")


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
    initial: bool = False  # a lone word opening a sentence: a name only if seen elsewhere


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence_start: bool


def _strip_possessive(text: str, start: int, end: int) -> int:
    if end - start > 2 and text[end - 2 : end] in ("'s", "’s"):
        return end - 2
    if text[end - 1 : end] in ("'", "’") and end - start > 2:
        return end - 1
    return end


_OPENS = re.compile(r"[.!?:;]\s*[\"“‘'(]?\s*$|[\"“‘(]\s*$|\n")


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words of text[start:end] with offsets; a word knows when it opens a sentence."""
    tokens: list[Token] = []
    previous_end = start
    for match in WORD.finditer(text, start, end):
        a, b = match.span()
        word = match.group()
        # A trailing full stop belongs to the word only for abbreviations ("U.S.", "Jr.").
        if word.endswith(".") and not _ABBREVIATION.fullmatch(word):
            b -= 1
        if text[b - 1] in "s'’":
            b = _strip_possessive(text, a, b)
        if "-" in word or "‐" in word:
            affix = _AFFIXES.search(text, a, b)
            if affix and affix.start() > a:
                b = affix.start()  # "San Francisco-based": the name is San Francisco
        word = text[a:b]
        if not word:
            continue
        gap = text[previous_end:a]
        opens = not tokens or (gap != " " and bool(_OPENS.search(gap)))
        if tokens and opens and _ABBREVIATION.fullmatch(tokens[-1].text) and not re.search(r"[!?:;\n\"“]", gap):
            opens = False  # "the U.S. Forces": the full stop of U.S. ends no sentence
        tokens.append(Token(a, b, word, opens))
        previous_end = b  # a full stop left out of the word still ends the sentence
    return tokens


def _is_capitalised(token: Token) -> bool:
    return token.text[0].isupper()  # Roman numerals ("II") are capitals too


_MONTHS_AND_DAYS = frozenset(MONTHS.replace("\\", "").split("|") + WEEKDAYS.split("|") + ["Sep."])


_HOLIDAY_WORDS = frozenset(
    "Christmas Easter Thanksgiving Ramadan Eid Hanukkah Diwali Passover Halloween Nowruz Vesak".split()
)



def name_runs(tokens: list[Token], text: str) -> list[list[Token]]:
    """Runs of capitalised words, with connecting words and particles inside."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # connectors waiting for a capitalised word after them

    def close() -> None:
        nonlocal current, pending
        if current:
            runs.append(current)
        current, pending = [], []

    for index, token in enumerate(tokens):
        joined = False
        if current:
            previous = pending[-1] if pending else current[-1]
            gap = text[previous.end : token.start]
            joined = not gap.strip() and text[current[-1].end : current[-1].end + 2] not in ("’s", "'s")
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        first = token.text[0]
        capital = first.isupper() and token.text not in _MONTHS_AND_DAYS and token.text not in _HOLIDAY_WORDS
        if first.isdigit():
            # "2nd Combined Arms Army": an ordinal before a capitalised word starts a name.
            if _ORDINAL.match(token.text) and following is not None and _is_capitalised(following):
                capital = True
            # "S&P 500", "FTSE 100": a number right after an index-like name belongs to it.
            elif (
                token.text.isdigit()
                and current
                and joined
                and not pending
                and (len(token.text) <= 4 or "&" in current[-1].text)
                and current[-1].text not in _MONTHS_AND_DAYS
                and not re.fullmatch(_YEAR, token.text)
                and not (following is not None and following.text[:1].islower() and following.text.endswith("s"))
            ):
                # "S&P 500", "Ariane 6", "Resolution 1701"; not "the Cup 16 times".
                capital = True
        if capital and (token.text not in _NOT_NAMES or current):
            if current and joined and not (pending and token.sentence_start):
                current.extend(pending)
                current.append(token)
                pending = []
            else:
                close()
                current = [token]
            continue
        lower = token.text.lower()
        if current and joined and (lower in _CONNECTORS or token.text == "&") and len(pending) < 1:
            pending = [token]
            continue
        if current and joined and lower == "the" and pending and pending[-1].text.lower() in ("of", "for", "on", "in"):
            pending.append(token)
            continue
        close()
    close()
    return runs


class NameClassifier:
    """Types capitalised runs using the gazetteer, titles, cue words and first names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer
        self.org_cues = gazetteer.org_cues | _EXTRA_ORG_CUES | {cue + "s" for cue in gazetteer.org_cues if cue.isalpha()}

    # -------------------------------------------------------------- helpers

    def _surface(self, run: list[Token], text: str) -> str:
        return text[run[0].start : run[-1].end]

    def _found(self, run: list[Token], text: str, section: int, kind: str, key: str | None = None, name: str | None = None) -> Found:
        surface = self._surface(run, text)
        return Found(section, run[0].start, run[-1].end, kind, key or surface, name or surface)

    def _lookup(self, run: list[Token], text: str) -> tuple[str, str] | None:
        surface = self._surface(run, text)
        found = self.g.lookup(surface)
        if found is None and surface.isupper() and len(surface) > 3:
            found = self.g.lookup(surface.title())  # datelines: "PARIS —"
        if found is None and len(run) >= 2 and run[0].text in _DIRECTIONS:
            rest = self.g.lookup(self._surface(run[1:], text))
            if rest and rest[1] in ("place", "group"):
                return surface, rest[1]  # "West Texas", "North Korean"
        return found

    def _titles(self, run: list[Token]) -> tuple[int, int] | None:
        """The (start, end) of the title in a run that ends furthest right ("Prime Minister")."""
        words = [t.text for t in run]
        best: tuple[int, int] | None = None
        for start in range(len(run)):
            for length in range(min(self.g.title_max_words, len(run) - start), 0, -1):
                if self.g.is_title(" ".join(words[start : start + length])):
                    end = start + length
                    if best is None or end > best[1]:
                        best = (start, end)
                    break
        return best

    def _has_org_cue(self, run: list[Token]) -> bool:
        return any(t.text in self.org_cues for t in run)

    def _is_common(self, token: Token) -> bool:
        word = token.text.lower()
        common = self.g.common_words
        # "Analysts", "Negotiators": the plural of a common word is common too.
        return word in common or (word.endswith("s") and (word[:-1] in common or (word.endswith("es") and word[:-2] in common)))

    # -------------------------------------------------------------- classify

    def classify(self, run: list[Token], text: str, section: int) -> list[Found]:
        # Connecting words never start or end a name.
        while run and (run[0].text.lower() in _CONNECTORS or run[0].text.lower() in _FUNCTION_WORDS):
            run = run[1:]
        while run and (run[-1].text.lower() in _CONNECTORS or run[-1].text.lower() == "the"):
            run = run[:-1]
        # Sentence-initial common words are not names: "However", "Both", "After World War II".
        while (
            run
            and run[0].sentence_start
            and self._is_common(run[0])
            and self.g.lookup(run[0].text) is None
            and self._lookup(run, text) is None
            and not (len(run) > 1 and self._titles(run[:4]) and self._titles(run[:4])[0] == 0)
            and not (len(run) > 1 and (run[1].text in self.org_cues or run[1].text in _PLACE_CUES))
            # "Bank of America", "Health and Human Services": the common word begins the name.
            and not (len(run) > 2 and run[1].text.lower() in ("of", "for") and run[0].text in self.org_cues)
            and not (len(run) > 2 and run[1].text.lower() in ("and", "&") and run[-1].text in self.org_cues)
        ):
            run = run[1:]
            while run and run[0].text.lower() in _CONNECTORS | _FUNCTION_WORDS:
                run = run[1:]
        while run and run[0].text[0].isdigit() and not _ORDINAL.match(run[0].text):
            run = run[1:]
        if not run:
            return []
        return self._split_title(run, text, section)

    def _split_title(self, run: list[Token], text: str, section: int) -> list[Found]:
        """A title inside a name: what precedes it is classified apart, what follows is a person."""
        if self._lookup(run, text):
            return self._classify(run, text, section)
        title = self._titles(run)
        if title is None:
            return self._split_soft(run, text, section)
        begin, end = title
        left, person = run[:begin], run[end:]
        if not person:
            return [] if begin == 0 else self._split_soft(run, text, section)
        if any(t.text in self.org_cues or t.text in _PLACE_CUES for t in person):
            return self._split_soft(run, text, section)  # "General Motors Company", not a person
        if len(person) == 1 and self._is_common(person[0]) and person[0].text not in self.g.first_names:
            return [self._found(run, text, section, "organization")]  # "General Staff"
        out: list[Found] = []
        if left:
            known = self._lookup(left, text)
            if known:
                out.append(self._found(left, text, section, known[1], key=known[0], name=known[0]))
            elif not (len(left) == 1 and self._is_common(left[0])):  # "Culture Minister"
                out.extend(self.classify(left, text, section))
        for index, token in enumerate(person):
            if token.text.lower() in ("of", "for", "and", "in", "on", "&"):
                # "Judge Marshall Ferguson in Seattle": the name stops at the connector.
                out.extend(self._person(person[:index], text, section))
                out.extend(self.classify(person[index + 1 :], text, section))
                return out
        out.extend(self._person(person, text, section))
        return out

    def _split_soft(self, run: list[Token], text: str, section: int) -> list[Found]:
        """Split at "and"/"in" unless the name needs them, and at "of"/"for" after a person."""
        for index, token in enumerate(run):
            lower = token.text.lower()
            if lower in _SOFT:
                left, right = run[:index], run[index + 1 :]
                last = right[-1].text if right else ""
                if lower == "in":
                    needed = last in _EVENT_WORDS  # "Restore Trust in Congress Act"
                else:
                    # "Department of Health and Human Services" needs its "and"; two complete
                    # names ("2nd Army and 41st Army") do not.
                    left_done = bool(left) and (left[-1].text in self.org_cues or self._lookup(left, text) is not None)
                    needed = not left_done and (self._has_org_cue(left) or last in self.org_cues or last in _EVENT_WORDS)
                    if len(left) == 1 and len(right) == 1 and lower == "&":
                        needed = True  # "Johnson & Johnson"
                if not needed:
                    return self.classify(left, text, section) + self.classify(right, text, section)
            if lower in ("of", "for") and index > 0:
                left, right = run[:index], run[index + 1 :]
                head = left[-1].text
                if (
                    head not in self.org_cues
                    and head not in _PLACE_CUES
                    and not self._is_common(left[-1])
                    and self._lookup(left, text) is None
                ):
                    return self.classify(left, text, section) + self.classify(right, text, section)
        return self._classify(run, text, section)

    def _classify(self, run: list[Token], text: str, section: int) -> list[Found]:
        words = [t.text for t in run]
        known = self._lookup(run, text)
        if known:
            return [self._found(run, text, section, known[1], key=known[0], name=known[0])]
        if len(run) >= 2 and words[-1].isdigit():
            return [self._found(run, text, section, "other")]  # "Ariane 6", "Senate Bill 21"
        if len(run) >= 2 and words[0] in _EVENT_FIRST:
            return [self._found(run, text, section, "other")]  # "Hurricane Otis"
        if len(run) >= 2 and words[-1] in _EVENT_WORDS and words[0] not in self.org_cues:
            return [self._found(run, text, section, "other")]
        if len(run) >= 2 and words[-2] == "War" and _ROMAN.match(words[-1]):
            return [self._found(run, text, section, "other")]
        if len(run) >= 2 and (words[-1] in _PLACE_CUES or words[-1] in _DIRECTIONS or words[0] in _PLACE_FIRST):
            return [self._found(run, text, section, "place")]
        if len(run) >= 2 and self._has_org_cue(run):
            return [self._found(run, text, section, "organization")]
        # A known place, group or organisation at the front: "Japan Airlines" aside, "Tokyo Governor".
        for length in range(min(self.g.max_words, len(run) - 1), 0, -1):
            head = run[:length]
            found = self._lookup(head, text)
            if found:
                rest = run[length:]
                if all(t.text.isdigit() for t in rest):
                    return [self._found(run, text, section, "other")]  # "S&P 500", "FTSE 100"
                after = self._lookup(rest, text)
                if found[1] == "place" and after is not None and after[1] == "place":
                    return [self._found(run, text, section, "organization")]  # "Bayern Munich"
                return [self._found(head, text, section, found[1], key=found[0], name=found[0])] + self._classify(
                    rest, text, section
                )
        if len(run) == 1:
            return self._single(run, text, section)
        if words[0] in self.g.first_names or any(re.fullmatch(r"[A-Z]\.", w) for w in words[:-1]):
            return self._person(run, text, section)
        if words[0] in self.g.first_names and any(w.lower() in _PARTICLES for w in words[1:-1]):
            return self._person(run, text, section)
        if self._after(run, text) in _PRODUCT_AFTER:
            return [self._found(run, text, section, "other")]
        if len(run) <= 3 and self._after(run, text) in _SPEECH_AFTER:
            return self._person(run, text, section)
        if len(run) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words):
            if not all(self._is_common(t) for t in run):
                return [self._found(run, text, section, "person?")]
        return [self._found(run, text, section, "organization")]

    def _before(self, run: list[Token], text: str) -> str:
        match = re.search(r"(\w+)\W*$", text[max(0, run[0].start - 20) : run[0].start])
        return match.group(1).lower() if match else ""

    def _after(self, run: list[Token], text: str) -> str:
        match = re.match(r"\W*(\w+)", text[run[-1].end : run[-1].end + 20])
        return match.group(1).lower() if match else ""

    def _single(self, run: list[Token], text: str, section: int) -> list[Found]:
        word = run[0].text
        if word in _NOT_NAMES or self.g.is_title(word) or _ORDINAL.match(word):
            return []
        if re.fullmatch(r"[A-Z]{1,6}\d+[A-Za-z]?|[A-Z]+-\d+", word) or (word.isupper() and self._after(run, text) in _PRODUCT_AFTER):
            return [self._found(run, text, section, "other")]  # "H20", "F-35", "the PLATO mission"
        if "-" in word and word.replace("-", "").isupper():
            return [self._found(run, text, section, "organization")]  # "ZCCM-IH"
        parts = word.split("-")
        if len(parts) == 2 and all(p[:1].isupper() for p in parts):
            # "Utah-Arizona border", "Pokrovsk-Kostiantynivka road": two places.
            first, second = self.g.lookup(parts[0]), self.g.lookup(parts[1])
            if (first and first[1] == "place") or (second and second[1] == "place"):
                a, b = run[0].start, run[0].start + len(parts[0])
                c = b + 1
                return [
                    Found(section, a, b, "place", first[0] if first else parts[0], first[0] if first else parts[0]),
                    Found(section, c, run[0].end, "place", second[0] if second else parts[1], second[0] if second else parts[1]),
                ]
        if re.fullmatch(r"[A-Z]{2,6}\d+[A-Za-z]?|[A-Z]+-\d+", word):
            return [self._found(run, text, section, "other")]  # "COP30", "F-35"
        if word.isupper() and 2 <= len(word) <= 6:
            return [self._found(run, text, section, "organization")]
        if self._is_common(run[0]) or word.lower() in self.g.common_words:
            return []
        initial = run[0].sentence_start
        after = self._after(run, text)
        before = self._before(run, text)
        if after in _PRODUCT_AFTER:
            return [self._found(run, text, section, "other")]
        if after in _PERSON_AFTER and not initial:
            return [self._found(run, text, section, "person")]
        if before in _ROLE_BEFORE and not initial:
            return [self._found(run, text, section, "person")]  # "actor Vijay"
        if before in _PLACE_BEFORE or _PLACE_ENDINGS.search(word):
            found = self._found(run, text, section, "place?")
        elif after in _ORGANISATION_AFTER:
            found = self._found(run, text, section, "organization?")  # "Albertsons said"
        else:
            found = self._found(run, text, section, "unknown")
        found.initial = initial
        return [found]

    def _person(self, run: list[Token], text: str, section: int) -> list[Found]:
        if not run or len(run) > 5:
            return []
        if any(t.text.lower() in {"of", "for", "and", "in", "on"} for t in run):
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
        found.append(Found(section, a, b, kind, f"{kind}:{name.lower()}", name, aliases))

    lower = text.lower()
    for pattern, keywords in zip(DATE_PATTERNS, _DATE_KEYWORDS):
        if keywords is not None and not any(keyword in lower for keyword in keywords):
            continue
        for match in pattern.finditer(text):
            a, b = match.span()
            if free(a, b):
                value = match.group()
                add(a, b, "date", value, _article_free(value) + _bare_count(value) + _unqualified(value))
    for match in RANGE.finditer(text):
        a, b = match.span()
        if not free(a, b):
            continue
        core_start = match.start("a")
        name = text[core_start : match.end()]
        end = _counted(text, b, groups)
        aliases = (match.group("a"), match.group("b") + (match.group("pct") or ""), text[a:b], text[core_start:end])
        add(a, end, "number", name, tuple(dict.fromkeys(x for x in aliases if x and x != name)))
    for pattern in (MONEY, PERCENT, MEASURE, RATIO):
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
        end = _counted(text, b, groups) if "-" not in figure else b
        name = text[a:end]
        add(a, end, "number", name, tuple(x for x in (figure, *_qualified(text, a, figure)) if x != name))
    for match in NUMBER_WORDS.finditer(text):
        a, b = match.span()
        if free(a, b):
            word = match.group()
            end = _counted(text, b, groups)
            if end > b or "-" in word:  # "three people", "two-thirds": a bare "two" is left alone
                add(a, end, "number", text[a:end], (word,) if end > b else ())
    # Ordinals on their own ("first", "35th") are left out: annotators disagree on them.
    return found


_BARE_COUNT = re.compile(rf"(?:\d[\d,.]*|{_NUMBER_WORD})\s+(?:{_UNIT})", re.IGNORECASE)


def _bare_count(value: str) -> tuple[str, ...]:
    """"four years" inside "the last four years" or "33 minutes later": another form."""
    match = _BARE_COUNT.search(value)
    return (match.group(),) if match and match.group() != value else ()


_DATE_QUALIFIER = re.compile(r"^(?:more than|less than|fewer than|about|nearly|almost|some)\s+", re.IGNORECASE)


def _unqualified(value: str) -> tuple[str, ...]:
    """"five years ago" inside "more than five years ago": another form."""
    stripped = _DATE_QUALIFIER.sub("", value)
    return (stripped,) if stripped != value else ()


def _article_free(value: str) -> tuple[str, ...]:
    stripped = re.sub(r"^(?:the|in|over)\s+", "", value, flags=re.IGNORECASE)
    return (stripped,) if stripped != value else ()


def _qualified(text: str, start: int, value: str) -> tuple[str, ...]:
    before = _QUALIFIER.search(text[max(0, start - 20) : start])
    return (before.group() + value,) if before else ()
