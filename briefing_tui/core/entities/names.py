"""Names in running text: words with offsets, and runs of capitalised words.

`tokenize` cuts a block into words that know whether they open a sentence; `name_runs`
gathers capitalised words, with connecting words and particles inside, into runs that
classify.py splits and types.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates_numbers import _YEAR, CURRENCY_CODES, DECADE_BEFORE, DECADE_WORDS, HALF_YEAR_WORDS, HOLIDAY, HOLIDAY_ENDING, HOLIDAY_FIRST_WORDS, LOCAL_MONEY, MONTHS, RIC_EXCHANGE, WEEKDAYS, ZONE_OFFSET, plural_without_s
from .found import Token
from .gazetteer import load_gazetteer
from .words import (
    CAPTION_WORDS,
    COMPANY_ENDINGS,
    COUNT_STOP,
    EXTRA_ORG_CUES,
    HOLIDAY_WORDS,
    MARKET_TICKERS,
    NOT_NAMES,
    PAGE_VERBS,
    PARTICLES,
    POSSESSIVE_OWNERS,
    VERSION_VERBS,
)

# "CDU/CSU", "JVP/JJB": two bodies' letters joined by a slash are one alliance's name (not
# after a word in capitals: "ANA RUIZ/REUTERS" is a picture's credit).
# ("Japan-U.S. talks": a name before a hyphen and an abbreviation is a word of its own; not a
# party's letter, "R-S.C.")
WORD = re.compile(r"(?<![\w/])(?<![A-Z] )(?:[A-Z]{2,}|[A-Z]&[A-Z])/[A-Z]{2,}(?![\w/])|(?:[A-Z]\.){2,}|[\w\u00c0-\u024f]{2,}(?=-(?:[A-Z]\.){2,})|[\w\u00c0-\u024f]+(?:[-'’&][\w\u00c0-\u024f]+)*\.?|(?<= )&(?= )")
_ABBREVIATION = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Corp|Inc|Ltd|Co|Mt|Ft|ST|MT|FT|"
    r"Prof|Rev|Hon|Brig|Maj|Cpl|Pvt|Pfc|Spc|Gens|Reps|Sens|No|Nos|vs|Bros|Cie|Dept|Vol|Vols|Pt|Ep|Cllr|Supt|Insp|Det|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\."
)
# Connecting words allowed inside a name: "Secretary of State", "Leonardo da Vinci",
# "Bank of America".
CONNECTORS = frozenset({"of", "for", "on", "and", "in", "&"}) | PARTICLES
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_AFFIXES = re.compile(
    r"[-‐](?:based|led|backed|born|owned|made|style|era|linked|run|funded|focused|area|sized|like|size|scale|leaning|"
    r"class|level|built|designed|controlled|dominated|brokered|listed|registered|headquartered|bound|"
    r"centric|friendly|speaking|flagged|wide|related|specific|inspired|winning|winner|winners|nominated|nominee|"
    r"affiliated|allied|aligned|bred|educated|trained|pool|"
    # Who drives, holds or rules it: "a Honda-powered car", "Russian-held towns", "Israeli-occupied".
    r"powered|engined|fuelled|fueled|operated|managed|financed|supported|organised|organized|held|ruled|occupied|"
    r"governed|administered|appointed|imposed|mediated|sanctioned|approved|commissioned|"
    # A rank within it: "their NBA-best record", "a Premier League-leading 20 goals".
    r"best|worst|leading|high|low|record|"
    # Credits of a film, a show or a book: "the Emma Stone-starring comedy".
    r"starring|directed|produced|fronted|helmed|penned|authored|narrated|hosted|voiced|sponsored|"
    # What befell it: "Covid-ravaged India", "quake-hit Turkey", "war-torn Sudan".
    r"[a-z]{2,}ed|hit|torn|stricken|struck|ridden|prone)$",
    re.IGNORECASE,
)


_GLUED_CAPTION = re.compile(r"(?:(?:Credit|Photo|Image|Picture|Source)(?=[A-Z][a-z]))+")
_CAPTION_LABELS = ("Credit", "Photo", "Image", "Picture", "Source")  # what _GLUED_CAPTION opens with
_YEAR_GLUED = re.compile(r"(?:1[89]|20)\d\d(?=[A-Z][a-z]{2})")
# Prefixes joined to a people's or a place's name: "pro-Russian", "anti-Kremlin".
GROUP_PREFIXES = "pro|anti|non|ex|post|pre|neo|pan|mid|trans"
_LOWER_PREFIX = re.compile(rf"(?<![\w-])(?:{GROUP_PREFIXES})-$")
_GROUP_PREFIX = re.compile(rf"(?:{GROUP_PREFIXES})-(?=[A-Z])", re.IGNORECASE)


# A number in words, capitalised: after an initial's full stop it opens a sentence ("Plan B.
# Thirty-six people"), since no name goes on with it.
_NUMBER_WORD_OPENER = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Dozens)(?:-[a-z]+)?"
)
# A Roman numeral with the full stop that ends its sentence: "Francois I.", "Henry VIII.".
_ROMAN_WITH_STOP = re.compile(r"[IVX]{1,4}\.")
# Words that, capitalised after an abbreviation's full stop, open a new sentence.
_SENTENCE_OPENERS = frozenset(
    "The A An This That These Those He She It They We I But And However Its Their His Her"
    " Between After Before During Since While Although Though When In On At From With For By Under"
    # A pronoun run into its verb opens a sentence too: "… Chi and I. I'm not sure".
    " I'm I’m I've I’ve I'll I’ll I'd I’d It's It’s We're We’re They're They’re"
    .split()
)


# A saint's title before a name: what is named after the saint keeps its possessive ("St John's").
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Ste\.?) $")


def _strip_possessive(text: str, start: int, end: int) -> int:
    if end - start > 2 and text[end - 2 : end] in ("'s", "’s"):
        if _named_with_possessive(text, start, end) or _SAINT_BEFORE.search(text, max(0, start - 7), start):
            # "McDonald's", "Standard & Poor's", "St John's": the possessive is the name's
            return end
        return end - 2
    if text[end - 1 : end] in ("'", "’") and end - start > 2:
        return end - 1
    return end


def _named_with_possessive(text: str, start: int, end: int) -> bool:
    """Whether the gazetteer knows the word, or the last words up to it, with its possessive."""
    if not text[start : start + 1].isupper() or re.match(r" [A-Z0-9]", text[end : end + 2]):
        return False  # "Standard & Poor's 500", "McDonald's Corp.": the name runs on
    gazetteer = load_gazetteer()
    words = text[max(0, start - 40) : start].split()[-3:] if text[start - 1 : start] == " " else []
    for size in range(len(words) + 1):
        head = " ".join(words[len(words) - size :])
        if size and not head[:1].isupper():
            continue  # a name opens with a capital: "Standard & Poor's"
        if gazetteer.lookup((head + " " if size else "") + text[start:end].replace("’", "'")) is not None:
            return True
    return False


# (A straight quotation mark opens a quotation only with no space after it: in '," ' it closes one.)
_OPENS = re.compile(r"[.!?:;]\s*[\"“‘'(]?\s*$|[“‘(]\s*$|\"$|\n")


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words of text[start:end] with offsets; a word knows when it opens a sentence."""
    tokens: list[Token] = []
    previous_end = start
    opening_gaps = _OPENING_GAPS
    handles = text.find("@", start, end) != -1
    for match in WORD.finditer(text, start, end):
        word = match.group()
        if handles and text[match.start() - 1 : match.start()] == "@":
            continue  # "(@ChristianYelich)": an account's handle, no name nor a word of one
        if word == "s" and text[match.start() - 2 : match.start()] in (" '", " ’"):
            continue  # "People 's Congress": a possessive set apart, as archived wire copy writes it
        if word.isalpha() and not (word[0] in "CPIS" and word.startswith(_CAPTION_LABELS)):
            a, b = match.span()  # letters only, most words: nothing to cut off
        else:
            a, b, word = _word_bounds(match, text)
            if not word:
                continue
        if not tokens:
            opens = True
        elif previous_end + 1 == a and text[previous_end] == " ":
            # One space before the word, the common case.
            opens = False
            # (The full stop first: most words follow none, and the pattern costs more.)
            if tokens[-1].text[-1] == "." and (word in _SENTENCE_OPENERS or _NUMBER_WORD_OPENER.fullmatch(word)):
                opens = True  # "to the U.S. The President": a new sentence after the abbreviation
        else:
            gap = text[previous_end:a]
            opens = opening_gaps.get(gap)
            if opens is None:
                opens = bool(_OPENS.search(gap))
                if len(gap) <= 16 and len(opening_gaps) < 4096:
                    opening_gaps[gap] = opens
            if opens and gap in (" “", ' "', " ‘") and tokens[-1].text.lower() in _NAMING_WORDS:
                opens = False  # 'a “Climate Innovation Fund”', 'dubbed "Operation Lamp"': a name quoted, no sentence
        if opens and tokens and tokens[-1].text[-1] == "." and _ABBREVIATION.fullmatch(tokens[-1].text) and not _ENDS_SENTENCE.search(text, previous_end, a):
            # "the U.S. Forces": the full stop of U.S. ends no sentence; "the U.S. The
            # President": it does.
            opens = word in _SENTENCE_OPENERS or bool(_NUMBER_WORD_OPENER.fullmatch(word))
        if opens and tokens and _ROMAN_WITH_STOP.fullmatch(tokens[-1].text):
            # "King Francois I. Between 1515 …": the full stop ends the sentence, not the numeral
            last = tokens[-1]
            tokens[-1] = Token(last.start, last.end - 1, last.text[:-1], last.sentence_start)
        tokens.append(Token(a, b, word, opens))
        previous_end = b  # a full stop left out of the word still ends the sentence
    return tokens


def _word_bounds(match: re.Match[str], text: str) -> tuple[int, int, str]:
    """(start, end, word) of a match of WORD, without what belongs to no name: a full stop
    after no abbreviation, a possessive, an affix ("-based"), a caption's label glued on, a
    date or a wire's number before it, a prefix ("pro-")."""
    a, b = match.span()
    word = match.group()
    # A trailing full stop belongs to the word only for abbreviations ("U.S.", "Jr.").
    if word[-1] == "." and not _ABBREVIATION.fullmatch(word):
        b -= 1
    if "_" in word:
        b = min(b, a + word.index("_"))  # "Ann Lee_0045": a picture's file name glued on; no name goes on past "_"
        if b == a:
            return a, b, ""
    last = text[b - 1]
    if last in "'’" or (last == "s" and text[b - 2] in "'’"):
        b = _strip_possessive(text, a, b)
    if "-" in word or "‐" in word:
        affix = _AFFIXES.search(text, a, b)
        # (Not an Arabic family name with its article: "al-Rashed" ends as "-ed" words do.)
        if affix and affix.start() > a and text[a : affix.start()] not in _ARTICLES:
            b = affix.start()  # "San Francisco-based": the name is San Francisco
    if b != match.end():
        word = text[a:b]
    first = word[:1]
    if first in "CPIS" and word.startswith(_CAPTION_LABELS):
        glued = _GLUED_CAPTION.match(text, a, b)
        if glued and glued.end() < b and (glued.group().endswith("Credit") or text[glued.end() : b] in load_gazetteer().first_names):
            # "CreditJane Doe", "PhotoJane Doe": a caption's label flattened onto its
            # credit; not "SourceForge", "ImageMagick".
            a = glued.end()
            word = text[a:b]
    elif first.isdigit():
        if _YEAR_GLUED.match(word):
            a += 4  # "September 12, 2017Apple said": a page's date glued onto the first word
            word = text[a:b]
        if word[:1].isdigit() and DIGIT_BRAND.fullmatch(word) and load_gazetteer().lookup(word.split("-", 1)[1]) is not None:
            a += word.index("-") + 1  # "UPDATE 1-Tunisian central bank": a wire's update number, then the name
            word = text[a:b]
    if "-" in word:
        prefix = _GROUP_PREFIX.match(text, a, b)
        # "Pro-Russian" opening a sentence, but not "the Anti-Defamation League".
        if prefix and (text[a].islower() or load_gazetteer().lookup(text[prefix.end() : b]) is not None):
            a = prefix.end()  # "pro-Russian": the name is Russian
            word = text[a:b]
    return a, b, word


# Whether the text between two words opens a sentence (_OPENS), for the gaps seen so far:
# the same few gaps (", ", ". ", "\n\n") come back all through a text.
_OPENING_GAPS: dict[str, bool] = {}
# In a gap after an abbreviation, what ends its sentence for sure.
_ENDS_SENTENCE = re.compile(r"[!?:;\n\"“]")


# Digits, a word in small letters, then a capitalised one, run together: "23andMe"
# (never a unit: "10mA", "5kWh").
DIGIT_CAMEL = re.compile(r"\d+[a-z]{2,}[A-Z][a-z]+")
# Brands written in camel case from a small letter ("eBay", "iPhone") or from digits ("3M");
# not units or molecules ("kWh", "mRNA"). Digits first stay in a name only where the
# gazetteer knows it (classify.py).
BRAND = re.compile(r"[a-z][A-Z][a-z]{2,}\w*|\d+[A-Z][A-Za-z]*|" + DIGIT_CAMEL.pattern)
# A number, a hyphen and a capitalised word: a brand ("7-Eleven") when the word is a number
# word or no common word (classify.py), not a measure in a title ("3-Point").
DIGIT_BRAND = re.compile(r"\d+-[A-Z][a-z]+")


# An Arabic article joined to a family name, inside a name: "Abdel Fattah el-Sisi", "Bashar al-Assad".
_ARTICLES = ("al", "el", "ul", "ad", "as", "an", "ar", "at", "az", "ash")
_ARTICLE_NAME = re.compile(rf"(?:{'|'.join(_ARTICLES)})-[A-Z][\w'’-]+")
# An elided article or particle before a capital: "Musée d'Orsay", "Patrizia d'Ettorre".
_ELISION = re.compile(r"[dl][’'][A-ZÀ-Ý]")


def _is_capitalised(token: Token) -> bool:
    return token.text[0].isupper()  # Roman numerals ("II") are capitals too


MONTHS_AND_DAYS = frozenset(
    MONTHS.replace("\\", "").split("|")
    + WEEKDAYS.split("|")
    + ["Sep.", "Sept."]
    # A caption's date in capitals ("AUGUSTA, GA - APRIL 14:"); "MAY" may be a name in capitals.
    + [m.upper() for m in MONTHS.replace("\\", "").split("|") if m != "May" and not m.endswith(".")]
)


# Codes of market instruments and data series: digits between capitals ("US10YT"), or a
# lower-case letter before a digit ("LCOc1"); "COP30", "F-35" and "G7" are not of this shape,
# nor is a capitalised word with a number glued on, as teams and brands are named ("Cloud9").
CODE = re.compile(r"[A-Z]+\d+[A-Z]{2,}\w*|(?![A-Z][a-z]{2,}\d{1,4}$)[A-Za-z]*[A-Z][A-Za-z]*[a-z]\d\w*")


# A Reuters instrument code: the ticker, a full stop and the exchange's letters ("AAPL.O",
# "2330.TW"); not initials ("U.S.", "J.K.").
RIC_CODE = re.compile(r"[A-Z]{2,5}|\d{4}")
_RIC_BEFORE = re.compile(rf"(?<![\w.])(?:{RIC_CODE.pattern})\.$")
_FILE_EXTENSION = re.compile(r"JPE?G|PNG|GIF|WEBP|HEIC|TIFF?|PDF|DOCX?|XLSX?|MP[34]|MOV", re.IGNORECASE)


# The code before a chain's last part: ".AD." of ".AD.SPX".
_CHAIN_BEFORE = re.compile(r"(?:^|[\s(<#])\.[A-Z0-9]{1,4}\.$")


def _is_code(token: Token, text: str) -> bool:
    """A code as news wires write them: "US10YT", "LCOc1", " .DJI", "XAU=" (never a name)."""
    start = token.start
    before = text[start - 1 : start]
    after = text[token.end : token.end + 1]
    if after == "=":
        return True
    if after == "." and RIC_EXCHANGE.match(text, token.end + 1) and RIC_CODE.fullmatch(token.text):
        return True  # "Apple AAPL.O", "Mediatek 2454.TW": a Reuters code after its company's name
    if before == "." and len(token.text) <= 2 and token.text.isupper() and _RIC_BEFORE.search(text, max(0, start - 7), start):
        return True  # the exchange's letters of "AAPL.O"
    if before == "." and _FILE_EXTENSION.fullmatch(token.text):
        return True  # "el chapo.JPG": a picture's file name on a page
    if before == "." and start >= 2 and (text[start - 2] in " (<#" or _CHAIN_BEFORE.search(text, max(0, start - 8), start)):
        return True  # " .DJI", "<.SPX>", "0#.SPX", ".AD.SPX": a wire's code for an index or a chain
    if (before == "<" or text[start - 2 : start] == "<." or (before == " " and _ANGLED_TICKER_BEFORE.search(text, max(0, start - 8), start))) and _ANGLED_TICKER_REST.match(text, token.end):
        return True  # "Kestrel Marine <KMR>", "<MD N>": an older wire's ticker in angle brackets, after its name
    if after in (".", ")") and before in ("(", " ", ":") and _TICKER.match(text, start):
        return True  # "(VXC.N)", "(NYSE: VXC)": a company's ticker, after its name
    # (Each pattern searched before the word ends with the character or the words tested
    # first, or with them and a newline, where "$" matches too.)
    if after == ")" and before in (".", "\n") and _EXCHANGE_BEFORE.search(text[max(0, start - 8) : start]):
        return True  # the exchange of a ticker: "(TSLA.O)"
    if token.text.isupper() and text.endswith(_TICKER_WORDS, 0, start) and _TICKER_BEFORE.search(text[max(0, start - 16) : start]):
        return True  # "under the ticker VXC"
    if token.text in MARKET_TICKERS and _MARKET_WORDS.search(text, max(0, start - 80), token.end + 80):
        return True  # "the SPX and the DJI would open lower": an index's ticker where markets are spoken of
    return not token.text.isalpha() and bool(CODE.fullmatch(token.text))


_MARKET_WORDS = re.compile(r"\b(?:SPX|NDX|IXIC|XAU|XAG|XPT|XPD|Dow|traders|S&P|Nasdaq|index|indexes|indices|stocks|shares|futures|open (?:lower|higher))\b")


# An older wire's ticker in angle brackets: "<KMR>", "<MD N>", "<.SPX>" (its first part, then the rest).
_ANGLED_TICKER_BEFORE = re.compile(r"<\.?[A-Z]{1,6} $")
_ANGLED_TICKER_REST = re.compile(r"(?: [A-Z]{1,2})?>")
# A ticker's exchange opened before a code ("(TSLA.O)"), and the words that name a ticker.
_EXCHANGE_BEFORE = re.compile(r"\([A-Z0-9]{1,6}\.$")
_TICKER_BEFORE = re.compile(r"\b(?:ticker|symbol)(?: symbol)? $")
_TICKER_WORDS = ("ticker ", "symbol ", "ticker \n", "symbol \n")  # how a text ends where _TICKER_BEFORE finds


# Months written short without a full stop, before a day, as wires date stories: "Oct 3".
_SHORT_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# Months and days of the week as words stand, written whole or short without a full stop.
_DATE_WORDS = MONTHS_AND_DAYS | _SHORT_MONTHS
_QUOTE_AFTER = re.compile(r",? [+-−]\d+(?:\.\d+)?%")
_WEEKDAY_WORDS = frozenset(WEEKDAYS.split("|"))
# A month in capitals and its day after a day of the week in capitals: " APRIL 2", ", MAY 8".
_CAPS_MONTH_AFTER = re.compile(r",? [A-Z]{3,9}\.? \d{1,2}\b")
_DAY_AFTER = re.compile(r" \d{1,2}\b(?![.,]\d|:)")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? $")
_QUARTERS = frozenset({"Q1", "Q2", "Q3", "Q4"})
# "H1 2018", "H2 results": a half of a business year (dates_numbers.py), no name.
_HALVES = frozenset({"H1", "H2"})
_HALF_AFTER = re.compile(rf" (?:{_YEAR}|{HALF_YEAR_WORDS})\b")
# "the Sixties": a decade by its word (dates_numbers.py), unless a name goes on ("the Fifties Club").
_DECADES = frozenset(DECADE_WORDS.split("|"))
_CAPITAL_AFTER = re.compile(" [A-Z]")
_FISCAL_YEAR = re.compile(r"FY(?:\d\d){1,2}")
_HOLIDAY_OPENERS = frozenset(HOLIDAY_FIRST_WORDS)
_CAPITAL_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*) $")


def _holiday_opens(text: str, start: int) -> bool:
    """No capitalised word before, or one of a holiday's own ("Lunar New Year"): "Chinese
    New Year" is one name, whose first word no holiday opens with."""
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 24), start)
    # "On Labor Day voters queued": a small word opening the sentence is no part of a name.
    return before is None or before.group(1) in _HOLIDAY_OPENERS or before.group(1) in _SMALL_OPENERS


_SMALL_OPENERS = frozenset("On In By Since Until Before After For During Over Through This Last Next Every Each".split())
_UNITS = frozenset("MW GW MWh GWh TWh MWH GWH TWH KW KWh KWH GB MB TB KB MP GHz MHz Mbps Gbps".split())
_FIGURE_BEFORE = re.compile(r"\d ?$")
_SCALED_FIGURE_BEFORE = re.compile(r"\d (?:thousand|million|billion|trillion) $")
_AFTER_SIGN_AMOUNT = re.compile(r"(?:A|C|S|US|AU|NZ|HK)\d[\d,.]*(?:m|bn|b|k|M|B)?")
_ERAS = frozenset({"BC", "BCE", "B.C.", "B.C.E.", "AD", "A.D.", "CE"})
_CENTURY_BEFORE = re.compile(r"\b(?:century|millennium) $")
_YEAR_AFTER = re.compile(r" \d{1,4}\b(?![.,]\d)")
# A British or a Canadian postcode, and its second half after its first: "BL9 0EJ", "V5Y 1V4".
_POSTCODE_SHAPE = r"(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] \d[A-Z]\d)"
_POSTCODE = re.compile(_POSTCODE_SHAPE + r"\b")
_POSTCODE_END = re.compile(r"\b" + _POSTCODE_SHAPE + "$")
# A zone by its offset: "GMT-3", "UTC+8" (as dates_numbers.py reads it after a time).
_ZONE_OFFSET = re.compile(ZONE_OFFSET)
# A figure glued to a device's unit, and what follows it in a device's description.
_GLUED_UNIT = re.compile(r"\d+(?:\.\d+)?(?:GB|MB|TB|KB|MP|GHz|MHz|mAh)")
_DEVICE_WORD_AFTER = re.compile(
    r" (?:of|RAM|LPDDR\w*|DDR\w*|SSD|HDD|eMMC|UFS|storage|memory|card|drive|flash|internal|onboard|model|version|variant|battery|sensor|camera|main|front|rear|and|or)\b|[,;)/]"
)
_ROAD_BEFORE = re.compile(r"\b(?:onto|on|via|along|off|of|near|take|took|and) $")
_YEAR_DIGITS_AFTER = re.compile(r" (?:\d\d){1,2}\b")
_MULTIPLE_BEFORE = re.compile(r"(?:\dx|\btimes) $")
_AMOUNT_AFTER = re.compile(r"\. ?\d")
# After a caption's word, the rest of a page's label: "Image caption", "Image copyright".
_CAPTION_LABEL_AFTER = re.compile(r" (?:caption|copyright|credit|source)\b")
# A currency's sign and an amount right after a country's letters: "US$80", "GH₵15".
_SIGN_AMOUNT_AFTER = re.compile(r"[$€£¥₹₵¢] ?\d")
# After a page's button: the end of its line, or a small word ("now", "up", "in", "the").
# "Published: …", "Updated 8th Nov 2023", "Posted on March 3": the words of a page's stamp.
_STAMP_WORDS = frozenset({"Published", "Updated", "Posted", "Modified"})
_STAMP_AFTER = re.compile(r":| (?:on |at )?(?:\d|" + MONTHS + r")")
_PAGE_VERB_AFTER = re.compile(r"[ \t]*(?:\n|$)| (?:up|in|out|now|the|this|to|for|with|our|us)\b")
# A capitalised word, a hyphen and a word in small letters: "Center-left", "Far-right".
_COMPOUND_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
# A ticker in brackets after a company's name: "(VXC.N)", "(7203.T)", "(NYSE: VXC)", "(Nasdaq:VX)".
_TICKER = re.compile(r"(?<=\()[A-Z0-9]{1,6}\.[A-Z]{1,2}\)|(?<=: )[A-Z]{1,5}\)|(?<=:)[A-Z]{1,5}\)")


COMPANY_SUFFIXES = frozenset("Inc. Inc Corp. Corp Ltd. Ltd LLC plc Plc PLC GmbH AG S.A. N.V. Co.".split())
_SUFFIXES_WITH_STOP = frozenset({"Inc.", "Corp.", "Ltd."})


def _company_follows(tokens: list[Token], index: int, owner: str) -> bool:
    """A company suffix ends the capitalised words from tokens[index] on, within three:
    "Gartner's Research Inc.". A company's last word ("Group", "Partners") does too when
    the owner before the possessive is no known name: "Forrester's Research Group", but
    "Russia's Wagner Group" is a group of Russia's. A country or a person owns the company
    and is named apart: "China's BYD Co.", "Elon Musk's Tesla Inc."."""
    if index < len(tokens) and tokens[index].text in COMPANY_SUFFIXES:
        return True  # "Kohl's Corp.": the suffix right after the possessive, whoever the name is
    gazetteer = load_gazetteer()
    known = gazetteer.lookup(owner)
    words = owner.split()
    if (gazetteer.lookup(owner + "'s") or ("", ""))[1] == "organization":
        known = None  # "Moody's Investors Service": a firm known with its possessive names its own company
    for size in range(1, min(3, len(words)) + 1):
        # The run may hold more before the owner: "Shares of China's BYD Co.".
        last = gazetteer.lookup(" ".join(words[-size:]))
        if last is not None and last[1] in ("place", "group", "person"):
            return False
    if len(words) >= 2 and words[-2] in gazetteer.first_names and words[-1][1:].islower():
        return False
    for at, token in enumerate(tokens[index : index + 3], index):
        if token.text in COMPANY_SUFFIXES:
            return True
        if token.text == "Co" and at > index and (at + 1 == len(tokens) or not tokens[at + 1].text[:1].isupper()):
            return True  # "Hermann's Sporting Goods Co": "Co" ending the name, no county before its own ("Co Cork")
        if token.text in COMPANY_ENDINGS and known is None:
            return True
        if token.text in ("Trophy", "Cup", "Shield") and token is not tokens[index] and known is None and len(words) == 1:
            return True  # "the Johnstone's Paint Trophy": a sponsor's possessive inside a contest's name
        if not token.text[:1].isupper():
            return False
    return False


# Kinds of places and bodies named after someone with a possessive: "King's College",
# "St Mary's Hospital", "St Patrick's Day".
# An office named after its holder's title: "the Mayor's Office", "the Chief Censor's Office".
OFFICE_HEADS = frozenset("Office Department Bureau Chambers".split())
_OWNED_BODY_ENDS = frozenset("Trust Department Commission Committee Board Institute Society Centre Center".split())


def _owned_body_ahead(tokens: list[Token], index: int, text: str) -> bool:
    """Do the next few capitalised words, from `index`, end in a body's word ("Independent
    Transportation Trust", "Affairs Department"), a plural's possessive before them?"""
    for ahead in range(index, min(index + 4, len(tokens))):
        token = tokens[ahead]
        if not token.text[:1].isupper() or (ahead > index and text[tokens[ahead - 1].end : token.start] != " "):
            return False
        if token.text in _PLURAL_OWNED or token.text in _OWNED_BODY_ENDS:
            return True
    return False


# What a plural's possessive may name as one body or event: "Workers’ Party", "Magistrates’ Court".
_PLURAL_OWNED = frozenset("War Party Court Conference Union Association Federation Council Congress Alliance League Front Fund Day Cup Championship Forum Movement Network Guild".split())
POSSESSIVE_HEADS = frozenset(
    "College Hospital Cathedral Church Chapel School Day Park Square Island Bay Inn Hall Abbey Land Point Cove Creek Hill Gate Cave "
    # A hamlet named after someone ("Cray's Ford"), and a shop or an eating place ("Kelsey's Diner").
    "Ford Cross Mill Wharf Landing Diner Bakery Cafe Café Restaurant Grill Pizzeria Deli Tavern Brewery Salon Bar Pub".split()
)


# After a score, the next side and its score: " Denver 87", " New Jersey Nets 96".
_SCORE_LINE = re.compile(r" [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} \d")


# A name's initial: "D." of "D. Ashworth".
_INITIAL = re.compile(r"[A-Z]\.")
# After a side's total, who made it in brackets, an initial or a name and its figure first:
# " (D. Ashworth 76", " ( Ashworth 76".
_SCORERS_AFTER = re.compile(r" \( ?(?:[A-Z]\. ?[A-Z]|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} \d)")


# A row ending in a person's or a side's name of two words and a figure: "b Kasim Dorrell 31".
_ROW_ENDS_IN_SCORE = re.compile(r"\b[A-Z][a-z’'-]+ [A-Z][a-z’'-]+ \d{1,3}[ \t]*$")
# A batsman's row closing with who bowled him and his runs: " b Perera 23", "lbw b Ann Lee 4".
_BOWLED_BY = re.compile(r"(?:^|\s)b [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? \d{1,3}[ \t]*$")


def _row_of_scores(text: str, token) -> bool:
    """A figure that closes its line, when a line beside it (blank lines aside) also ends in
    a name and a figure: a row of a scorecard or a table, the figure no part of the name."""
    if text[token.end : token.end + 1] not in ("\n", ""):
        return False
    start = text.rfind("\n", 0, token.start)
    if _BOWLED_BY.search(text, start + 1, token.end):
        return True  # "… c Dissanayake b Perera 23": the bowler, then the batsman's runs
    if start > 0:
        before = text[max(0, start - 160) : start].rstrip("\n").rpartition("\n")[2]
        if _ROW_ENDS_IN_SCORE.search(before):
            return True
    after = text[token.end : token.end + 160].lstrip("\n").partition("\n")[0]
    return bool(_ROW_ENDS_IN_SCORE.search(after))


def _is_place(name: str) -> bool:
    found = load_gazetteer().lookup(name)
    if found is None and name.isupper() and len(name) > 3:
        found = load_gazetteer().lookup(name.title())  # "BOSTON 104": the home side in capitals
    return found is not None and found[1] == "place"


def _possessive_name(token: Token, owner: Token) -> bool:
    """A possessive inside one name: "King's College", "St Mary's Hospital", "St Patrick's
    Day" (a kind of place, body or day right after it); not when the gazetteer knows the
    owner ("Britain's Day"). And any capitalised word after a plural that owns no one
    ("People's", "Children's")."""
    if owner.text in POSSESSIVE_OWNERS and token.text[:1].isupper():
        return True  # "People's Liberation Army", "Children's Research Hospital"
    if token.text in OFFICE_HEADS and (load_gazetteer().is_title(owner.text) or owner.text in ("Censor", "Attorney")):
        return True  # "the Sheriff's Office", "the Prime Minister's Department": an office by its holder
    if load_gazetteer().lookup(f"{owner.text}'s {token.text}") is not None:
        return True  # "Cox's Bazar", "King's Lynn": a place the gazetteer knows with its possessive
    return token.text in POSSESSIVE_HEADS and owner.text[:1].isupper() and load_gazetteer().lookup(owner.text) is None


# What a wire's credit line says someone did: "Reporting by …; Editing by …".
_CREDIT_LABELS = frozenset("Reporting Editing Writing Additional Compiled Edited Written Translated Produced Graphics".split())


def _index_number(current: list[Token], token: Token, following: Token | None, text: str) -> bool:
    """A number like a year that names an index or a product after "the": "the Russell 2000
    fell", "the Wilshire 5000,"; not a year after a place ("the Tokyo 2020 Games") nor one that
    dates the noun after it ("the Orvo 2019 season")."""
    if len(current) != 1 or text[max(0, current[0].start - 4) : current[0].start].lower() != "the ":
        return False
    if following is not None and following.start == token.end + 1:
        word = following.text
        if not (word in COUNT_STOP or word in ("index", "Index") or (word[:1].islower() and word.endswith("ed"))):
            return False
    elif text[token.end : token.end + 1] not in (",", ".", ";", ":", ")"):
        return False
    word = current[0].text
    return not _is_place(word) and word.lower() not in load_gazetteer().common_words  # not "the Spring 2019"


# The words before a bill's number: "SB 15", "HB 6", "House Bill 18", "Senate Bill 12".
_BILL_WORDS = frozenset({"SB", "HB", "AB", "SF", "HF", "LB", "Bill"})
# What a side did to another after its score: "Melbourne Storm 24 beat Brisbane Broncos 10".
_RESULT_VERBS = frozenset("beat beats defeated edged downed thrashed trounced routed drew def".split())
_SCORE_VERB_BEFORE = re.compile(r"\b\d{1,3} (?:beat|beats|defeated|edged|downed|thrashed|trounced|routed|def\.?|drew with|lost to) $")
# A rank before its number: "Number 2 Ana Ruiz", "world No. 1" (a number, dates_numbers.py).
_RANKS = frozenset({"Number", "No."})
# The lower-case words that may still open a name: a brand ("eBay") or an elision
# ("d'Orsay"), told by their second letter as BRAND and _ELISION are.
_MAY_OPEN_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ’'")


def _caps_word(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper()


def _quoted_article(token: Token, following: Token | None, text: str) -> bool:
    """ “The Eyes of Lena Marsh”: an article opening a quotation, before a capitalised word,
    opens a run (classify.py keeps it in a quoted title)."""
    return (
        token.text in ("The", "A", "An")
        and text[token.start - 1 : token.start] in ("“", '"')
        and following is not None
        and following.start == token.end + 1
        and following.text[:1].isupper()
    )


# Words before a quoted name, where a quotation mark opens no sentence.
_NAMING_WORDS = frozenset({"a", "an", "the", "called", "named", "dubbed", "titled", "entitled", "its", "their", "his", "her", "our"})
_I_CONTRACTIONS = frozenset({"I’d", "I'd", "I’m", "I'm", "I’ve", "I've", "I’ll", "I'll"})
_FIRST_WORD_AFTER = re.compile(r" ([A-Z][a-z]+) [A-Z]")


def _names_nothing(token: Token, text: str, current: list[Token]) -> bool:
    """A capitalised word that names nothing where it stands (current: the name it may join)."""
    word = token.text
    if word in _CREDIT_LABELS and text.startswith(" by ", token.end):
        return True  # "(Reporting by Ana Ruiz; Editing by Tom Lee)": a wire's credit line
    if word in _I_CONTRACTIONS:
        return True  # "if I were Hafner I’d be …": the speaker, no part of a name
    if word == "Min" and text.startswith(" Read", token.end):
        return True  # "2 Min Read": a page's reading time
    if word.isupper() and len(word) <= 5 and _QUOTE_AFTER.match(text, token.end):
        return True  # "BHP PLC BLT, -1.07%": a ticker and its live quote, no part of the name
    if len(word) <= 4 and (
        word in _SHORT_MONTHS and (_DAY_AFTER.match(text, token.end) or _DAY_BEFORE.search(text, max(0, token.start - 6), token.start))
        or word in _QUARTERS
        or (word in _HALVES and _HALF_AFTER.match(text, token.end) is not None)
        or (word == "Week" and _DAY_AFTER.match(text, token.end))
        or (word in ("Day", "DAY") and not current and _DAY_AFTER.match(text, token.end))
    ):
        return True  # "Oct 3", "23 Jul 2013", "Q2", "Week 15", "Day 2": a date (dates_numbers.py), no name
    if word in _DECADES and DECADE_BEFORE.search(text, max(0, token.start - 10), token.start) and not _CAPITAL_AFTER.match(text, token.end):
        return True  # "in the Thirties", "the early Sixties": a decade (dates_numbers.py), no name
    if word.isupper() and len(word) >= 3 and word.title() in _DATE_WORDS and (
        _DAY_AFTER.match(text, token.end + (text[token.end : token.end + 1] == ".")) or _DAY_BEFORE.search(text, max(0, token.start - 6), token.start)
    ):
        return True  # "JUNE 25, 2020", "26 JUNE": a dateline's date in capitals (dates_numbers.py), no name
    if word.isupper() and word.title() in _WEEKDAY_WORDS and _CAPS_MONTH_AFTER.match(text, token.end):
        return True  # "THURSDAY APRIL 2": a listing's day in capitals (dates_numbers.py), no name
    if "-" in word and all(part in MONTHS_AND_DAYS for part in word.split("-")):
        return True  # "April-June": a quarter (dates_numbers.py), no name
    if word[:2] == "FY" and (_FISCAL_YEAR.fullmatch(word) or (word == "FY" and _YEAR_DIGITS_AFTER.match(text, token.end))):
        return True  # "FY2020", "FY 2025": a fiscal year (dates_numbers.py), no name
    if token.sentence_start and _COMPOUND_WORD.fullmatch(word) and any(part.lower() in load_gazetteer().common_words for part in word.split("-", 1)):
        return True  # "Center-left Labor could win": a compound word opens the sentence, no name
    if "/" in word and _MULTIPLE_BEFORE.search(text, max(0, token.start - 8), token.start):
        return True  # "6.5x EV/EBIT", "12 times P/E": a valuation's ratio after its multiple, no name
    if word in ("C", "F") and (text.endswith((" degrees ", " degree ", "°", "° "), 0, token.start)):
        return True  # "40 degrees C": a temperature's scale (dates_numbers.py), no name
    if word in _UNITS and _FIGURE_BEFORE.search(text, max(0, token.start - 4), token.start):
        return True  # "1000 MW", "2 GW": a measure's unit (dates_numbers.py), no name
    if word in _ERAS and (
        _FIGURE_BEFORE.search(text, max(0, token.start - 4), token.start)
        or _CENTURY_BEFORE.search(text, max(0, token.start - 12), token.start)
        or (word in ("AD", "A.D.") and _YEAR_AFTER.match(text, token.end))
    ):
        return True  # "500 BC", "the third century BCE": a year's era (dates_numbers.py), not British Columbia
    if not current and _GLUED_UNIT.fullmatch(word) and _DEVICE_WORD_AFTER.match(text, token.end):
        return True  # "2GB of RAM", "a 4GB card": a device's figure (dates_numbers.py), not the radio station
    if len(word) <= 4 and (_POSTCODE.match(text, token.start) or _POSTCODE_END.search(text, max(0, token.start - 5), token.end)):
        return True  # "Bury BL9 0EJ", "BC V5Y 1V4": a postcode, no name
    if word[:3] in ("GMT", "UTC") and _ZONE_OFFSET.fullmatch(word):
        return True  # "16:45 GMT-3": a time's zone (dates_numbers.py), no name
    if word in ("Eve", "Day", "Year's", "Year’s") and HOLIDAY_ENDING.search(text, max(0, token.start - 24), token.end):
        return True  # "Christmas Eve", "New Year's Day": the holiday's later words (dates_numbers.py)
    if word in _HOLIDAY_OPENERS and HOLIDAY.match(text, token.start) and _holiday_opens(text, token.start):
        # "May Day", "Canada Day", "Anzac Day": a holiday (dates_numbers.py), no name; but
        # "Chinese New Year" is one name.
        return True
    if word in ("Dollars", "Euros", "Pounds", "Rupees") and (
        _FIGURE_BEFORE.search(text, max(0, token.start - 4), token.start) or _SCALED_FIGURE_BEFORE.search(text, max(0, token.start - 12), token.start)
    ):
        return True  # "45,500 Rupees", "1.5 billion Euros": money with its currency's name written large (dates_numbers.py)
    if word == "Rs" and _AMOUNT_AFTER.match(text, token.end):
        return True  # "Rs. 1b": rupees (dates_numbers.py), no name
    if token.start and text[token.start - 1] in "$€£" and _AFTER_SIGN_AMOUNT.match(word):
        return True  # "$A361m", "$NZ2.5bn": a country's letter between the sign and the amount (dates_numbers.py)
    if word[0] in "RKSNDLP" and LOCAL_MONEY.match(text, token.start):
        return True  # "RM1.77bil", "Sh106 million", "R50 million": money (dates_numbers.py), no name
    if word == "US" and text.startswith(" cents", token.end) and text[token.start - 2 : token.start - 1].isdigit():
        return True  # "58,5 US cents": the unit of an amount (dates_numbers.py)
    if len(word) <= 3 and word.isupper() and _SIGN_AMOUNT_AFTER.match(text, token.end):
        return True  # "US$80", "HK$9 million": the currency's country, glued to an amount (dates_numbers.py)
    if word in PAGE_VERBS and _PAGE_VERB_AFTER.match(text, token.end):
        return True  # "Subscribe", "Join the Conversation": a page's button, no name
    if word in _STAMP_WORDS and _STAMP_AFTER.match(text, token.end):
        return True  # "… Newcastle University Published: November 2": when the page was posted, no name
    if word in _RANKS and _DAY_AFTER.match(text, token.end) and not current:
        return True  # "Number 2 Ana Ruiz": a rank (dates_numbers.py), then a name
    if word in ("Image", "Photo", "Picture"):
        if (
            current
            and (current[0].text in load_gazetteer().first_names or _unknown_two_names(current))
            and (text[token.end : token.end + 1] in ("\n", "") or _CAPITAL_AFTER.match(text, token.end))
            and text[current[-1].end : token.start] == " "
        ):
            # "Ann Lee Image" closing a caption's line, or glued before the caption's text
            # ("Ann Lee Image Finance minister Ann Lee"): the picture's label, no part of the name
            return True
        after = _FIRST_WORD_AFTER.match(text, token.end)
        if not current and after and after.group(1) in load_gazetteer().first_names:
            return True  # "Image Ann Lee said": the label of a picture, glued before a name
    if _is_code(token, text) or (word in CAPTION_WORDS and (text[token.end : token.end + 1] == ":" or text[token.end : token.end + 2] == " :")):
        return True  # a market code or a caption label ends the name: "Brent LCOc1", "… Image:"
    # "Getty Images Image caption Ana Ruiz": a page's caption label ends the name
    return word in CAPTION_WORDS and bool(_CAPTION_LABEL_AFTER.match(text, token.end))


def _unknown_two_names(current: list[Token]) -> bool:
    """Two words written as names that are no common words ("Anand Menon"): a person's
    name, though the given name is not one we know."""
    common = load_gazetteer().common_words
    return len(current) == 2 and all(t.text.isalpha() and t.text[:1].isupper() and t.text[1:].islower() and t.text.lower() not in common for t in current)


def _version_so_far(current: list[Token], text: str) -> bool:
    """Whether the run ends in a name, then a number and maybe more numbers after full
    stops: "Android 4", "Android 4.2", "iOS 11.1" (a full stop and a number may follow)."""
    at = len(current) - 1
    while at >= 1 and current[at - 1].text.isdigit() and text[current[at - 1].end : current[at].start] == ".":
        at -= 1
    if at < 1:
        return False
    name = current[at - 1].text
    return (name[:1].isupper() or (name[:1].islower() and not name[1:].islower())) and name.rstrip(".") not in CURRENCY_CODES


# The rest of a date in figures after its first number: "/03/2017" of "10/03/2017".
_SLASHED_DATE_REST = re.compile(r"/\d{1,2}/\d{2,4}\b")


def name_runs(tokens: list[Token], text: str) -> list[list[Token]]:
    """Runs of capitalised words, with connecting words and particles inside."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # connectors waiting for a capitalised word after them
    for index, token in enumerate(tokens):
        if not current and token.text[0].islower() and token.text[1:2] not in _MAY_OPEN_SECOND and token.text.islower() and not ("-" in token.text[2:4] and _ARTICLE_NAME.fullmatch(token.text)):
            continue  # a lower-case word outside a name (most words): it joins and opens nothing
        joined = False
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if current:
            previous = pending[-1] if pending else current[-1]
            gap = text[previous.end : token.start]
            possessive = text[current[-1].end : current[-1].end + 2] in ("’s", "'s") or text[current[-1].end : current[-1].end + 3] in (" ’s", " 's")
            # "Gartner's Research Inc.": a possessive inside a company's name.
            if possessive and (
                _company_follows(tokens, index, text[current[0].start : current[-1].end]) or _possessive_name(token, current[-1])
            ):
                joined = gap.strip() in ("", "'s", "’s")
            elif possessive and token.text.isdigit() and len(token.text) <= 4 and any(t.text == "&" for t in current):
                joined = gap.strip() in ("'s", "’s")  # "the Standard & Poor's 500 index": the index's number
            elif (
                gap in ("’ ", "' ", " ’ ", " ' ")
                and not pending
                and current[-1].text.endswith("s")
                and current[-1].text[:1].isupper()
                # "the Netherlands’ Fontys University": a country's possessive, no name's word
                and not any(
                    (load_gazetteer().lookup(text[current[i].start : current[-1].end]) or ("", ""))[1] == "place" for i in range(max(0, len(current) - 3), len(current))
                )
                and (
                    token.text in _PLURAL_OWNED
                    or _owned_body_ahead(tokens, index, text)
                    # "Department of Veterans’ Affairs", "Register of Members’ Financial
                    # Interests": a body's name "of" a plural goes on past its possessive.
                    # (Not an acronym it owns: "the Academy of Sciences’ FAST".)
                    or (token.text[:1].isupper() and not token.text.isupper() and len(current) >= 3 and any(t.text == "of" for t in current[1:-1]))
                )
            ):
                # "Workers’ Party", "Magistrates’ Court", "Developers’ Conference", "Citizens’
                # Independent Transportation Trust": a plural's possessive inside a name
                joined = True
            elif gap == ", " and token.text in COMPANY_SUFFIXES and text[token.end : token.end + 1] != "-":
                joined = True  # "Fox News Network, LLC", "Vexa Holdings, Inc.": the company's suffix
            elif (
                gap == "."
                and token.text.isdigit()
                and len(current) >= 2
                and current[-1].text.isdigit()
                and not pending
                and _version_so_far(current, text)
            ):
                joined = True  # "Bluetooth 4.0", "Android 4.2.2", "iOS 11.1": a version's number after its name
            elif (
                current[-1].text in _SUFFIXES_WITH_STOP
                and len(current) >= 2
                and token.text not in COMPANY_SUFFIXES
                and token.text != "&"
                # (but "Aluminum Corp. of China": the firm's name goes on with where it is)
                and not (
                    (token.text == "of" and following is not None and load_gazetteer().kind(following.text) == "place")
                    or ([t.text for t in pending] == ["of"] and load_gazetteer().kind(token.text) == "place")
                )
            ):
                joined = False  # "Brampton Research Ltd. Officials said": the suffix with its full stop ends the name
            else:
                joined = not gap.strip() and not possessive
            if joined and text[current[-1].start - 1 : current[-1].start] == "/" and _caps_word(current[-1]) and not _caps_word(token):
                joined = False  # "Picture: ANA RUIZ/REUTERS Lagos — …": a photo's agency ends its caption
            elif (
                joined
                and len(current) == 1
                and text[current[0].start - 1 : current[0].start] == "-"
                and _LOWER_PREFIX.search(text, max(0, current[0].start - 6), current[0].start)
                # (but "the ex-New York mayor": a name the gazetteer knows goes on)
                and load_gazetteer().lookup(f"{current[0].text} {token.text}") is None
            ):
                joined = False  # "the pro-Islamic Welfare Party": a word after "pro-" qualifies the name after it
        first = token.text[0]
        capital = (
            first.isupper()
            # A brand ("eBay", "3M") or an elision ("d'Orsay"): told by the second letter or a digit first.
            or ((token.text[1:2] in _MAY_OPEN_SECOND or first.isdigit()) and (bool(BRAND.fullmatch(token.text)) or bool(_ELISION.match(token.text))))
            # "iOS", "macOS": a known name in small letters first, with capitals inside.
            or (first.islower() and not token.text[1:].islower() and load_gazetteer().lookup(token.text) is not None)
            # "Bashar al-Assad"; and opening a name the gazetteer knows ("al-Qaeda") or one
            # that goes on ("al-Asad Air Base").
            or (
                bool(_ARTICLE_NAME.fullmatch(token.text))
                and (bool(current) or load_gazetteer().lookup(token.text) is not None or (following is not None and text[token.end : following.start] == " " and following.text[:1].isupper()))
            )
        ) and token.text not in MONTHS_AND_DAYS and token.text not in HOLIDAY_WORDS
        if (
            current
            and joined
            and not capital
            and not pending
            and token.text in MONTHS_AND_DAYS
            and current[-1].text in load_gazetteer().first_names
            and not re.match(r",? \d", text[token.end : token.end + 3])
        ):
            capital = True  # "Theresa May", "Brian May": a given name, then a month as family name
        if capital and _names_nothing(token, text, current):
            capital = False
        if first.isdigit() and DIGIT_BRAND.fullmatch(token.text) and token.text.split("-", 1)[1] not in _DATE_WORDS:
            capital = True  # classify.py keeps it only as a brand ("Sept 17-Oct 17" is a span of dates)
        elif first.isdigit():
            # "2nd Combined Arms Army": an ordinal before a capitalised word starts a name.
            if ORDINAL.match(token.text) and following is not None and _is_capitalised(following):
                capital = True
            # "Interstates 10 and 12", "Terminals 2 and 3": one name for two numbered things.
            elif (
                token.text.isdigit()
                and len(current) >= 2
                and joined
                and [t.text for t in pending] in (["and"], ["&"])
                and current[-1].text.isdigit()
                and current[-2].text.endswith("s")
                and current[-2].text[1:].islower()
            ):
                capital = True
            # "the 2017 Australian Open": a year opens the name of an event (classify.py
            # keeps it there only before an event's last word).
            elif (
                (not current or (len(current) == 1 and current[0].text == "The"))
                and following is not None
                and _is_capitalised(following)
                and not following.sentence_start
                and following.start == token.end + 1
                and re.fullmatch(_YEAR, token.text)
            ):
                capital = True
            # "SB 15", "House Bill 18": a bill's number is its name.
            elif token.text.isdigit() and current and joined and not pending and current[-1].text in _BILL_WORDS:
                capital = True
            # "the Group of 20 summit": a known name ends in a number after "of".
            elif (
                token.text.isdigit()
                and current
                and joined
                and [t.text for t in pending] == ["of"]
                and load_gazetteer().lookup(f"{text[current[0].start : current[-1].end]} of {token.text}") is not None
            ):
                capital = True
            # "S&P 500", "FTSE 100": a number right after an index-like name belongs to it.
            elif (
                token.text.isdigit()
                and current
                and joined
                and not pending
                and (len(token.text) <= 4 or "&" in current[-1].text)
                and current[-1].text not in MONTHS_AND_DAYS
                and (not re.fullmatch(_YEAR, token.text) or _index_number(current, token, following, text))
                # "Sweden 1 – 0 Korea Republic": a match's score, not "Ariane 6"
                and not re.match(r" ?[–-] ?\d", text[token.end : token.end + 4])
                # "the Russell 2,000 index": the figure goes on past its comma
                and not re.match(r",\d{3}", text[token.end : token.end + 4])
                # "Melbourne Storm 24 beat Brisbane": a side's score, then what it did
                and not (following is not None and following.text in _RESULT_VERBS)
                # "… 24 beat Brisbane Broncos 12": the beaten side's score
                and not _SCORE_VERB_BEFORE.search(text, max(0, current[0].start - 24), current[0].start)
                # "Norway 312 and Chile 298": a team's score after a country's name
                # but "…, Carrickmines, Dublin 18": a city's postal district closing an address
                and (
                    not _is_place(text[current[0].start : current[-1].end])
                    or (len(token.text) <= 2 and text[current[0].start - 2 : current[0].start] == ", " and text[token.end : token.end + 1] in (",", ";", "."))
                    # "diverted onto U.S. 31", "east on US 12": a highway by its number
                    or (len(current) == 1 and current[0].text in ("US", "U.S.") and len(token.text) <= 3 and bool(_ROAD_BEFORE.search(text, max(0, current[0].start - 8), current[0].start)))
                    # "Channel 10 news", "Channel 4": a television channel by its number, not the sea
                    or (len(current) == 1 and current[0].text == "Channel" and len(token.text) <= 2)
                )
                # "Colin Montgomerie 67 Ernie Els": a person's score; "BOSTON 104 Denver 98"
                # (or an initial: "D. Ashworth 76, L. Okafor 54": batsmen's runs)
                and not (len(current) >= 2 and (current[0].text in load_gazetteer().first_names or _INITIAL.fullmatch(current[0].text)))
                # "Eastmoor 287 (D. Ashworth 76 …)": a side's total, then who made it
                and not _SCORERS_AFTER.match(text, token.end)
                and not _SCORE_LINE.match(text, token.end)
                # "b Waqar Younis 31" in a scorecard: a score closing a row of a table
                # (or "c Dissanayake b Perera 23": one name after who bowled)
                and not ((len(current) >= 2 or text.endswith(" b ", 0, current[0].start)) and _row_of_scores(text, token))
                # "Taiwan Semiconductor Manufacturing Co 2330.TW": a Reuters code, no part of the name
                and not (text[token.end : token.end + 1] == "." and RIC_EXCHANGE.match(text, token.end + 1))
                # "Orlan 3.5 million": an amount after a name, no number of it
                and not _DECIMAL_AMOUNT_AFTER.match(text, token.end)
                # "(China Daily 10/03/2017 page4)": a date in figures after the name, none of its number
                and not (text[token.end : token.end + 1] == "/" and _SLASHED_DATE_REST.match(text, token.end))
                # "Kay Schenk 27 7.1%": a count in a table's row, then another figure
                and not re.match(r" \(?\d| ?, \d", text[token.end : token.end + 4])
                # "1. Finland 2. Norway": the next number of a list
                and not (text[token.end : token.end + 1] == "." and re.search(r"\d\. $", text[max(0, current[0].start - 5) : current[0].start]))
                # "the Cup 16 times"; but "Browser 7 is", "the S&P 500 movers"
                and not (
                    "&" not in current[-1].text
                    and following is not None
                    and following.text[:1].islower()
                    and ((following.text.endswith("s") and following.text not in ("is", "was", "has", "news") and following.text not in VERSION_VERBS) or plural_without_s(following.text))
                )
            ):
                # "S&P 500", "Ariane 6", "Resolution 1701"; not "the Cup 16 times".
                capital = True
        if capital and (token.text not in NOT_NAMES or current or _quoted_article(token, following, text)):
            if current and joined and not (pending and token.sentence_start) and not (token.sentence_start and current[-1].text.endswith(".")):
                current.extend(pending)
                current.append(token)
            else:
                if current:
                    runs.append(current)
                current = [token]
            pending = []
            continue
        lower = token.text.lower()
        if current and joined and (lower in CONNECTORS or token.text == "&") and len(pending) < 1:
            pending = [token]
            continue
        if current and joined and len(pending) == 1 and pending[0].text in PARTICLES and token.text in PARTICLES and pending[0].text[:1].islower():
            pending.append(token)  # "Caroline van der Plas", "Ana de la Cruz": two particles in a name
            continue
        if (
            current
            and joined
            and lower == "to"
            and not pending
            and len(current) == 1
            and current[0].text in _PURPOSE_HEADS
            and following is not None
            and following.text[:1].isupper()
            and following.text.lower() in load_gazetteer().common_words
        ):
            pending = [token]  # "Committee to Protect Journalists": a body named for its purpose
            continue
        if current and joined and lower == "at" and not pending and current[0].text == "University" and len(current) >= 3:
            pending = [token]  # "University of Illinois at Chicago": one university of several places
            continue
        if current and joined and lower == "the" and pending and pending[-1].text.lower() in ("of", "for", "on", "in"):
            pending.append(token)
            continue
        if (
            current
            and joined
            and lower in ("a", "an")
            and len(pending) == 1
            and pending[0].text == "for"
            and current[-1].text in _AIM_HEADS
            and following is not None
            and following.text[:1].isupper()
        ):
            pending.append(token)  # "Committee for a Responsible Federal Budget": a body named for its aim
            continue
        if current:
            runs.append(current)
        current, pending = [], []
    if current:
        runs.append(current)
    if ", " in text[tokens[0].start : tokens[-1].end] if tokens else False:
        runs = _join_partner_firms(_join_campus(_join_field_lists(runs, text), text), text)
    spanning = _spanning_names()
    if any(t.text in spanning for run in runs for t in run):
        runs = _join_known_spans(runs, tokens, text, spanning)
    return runs


@lru_cache(maxsize=1)
def _spanning_names() -> dict[str, tuple[str, ...]]:
    """Known names the runs would cut apart, by their first word, the longest first: a comma
    or a small word inside ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "Save the
    Children", "Committee to Protect Journalists")."""
    index: dict[str, list[str]] = {}
    for surface, (_, kind) in load_gazetteer().surfaces.items():
        if kind in ("organization", "other") and " " in surface and any(cut in surface for cut in _CUTS):
            words = surface.split()
            if words[0][:1].isupper() and words[-1][:1].isupper():
                index.setdefault(words[0], []).append(surface)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in index.items()}


_CUTS = (", ", " the ", " to ", " on ", " without ", " at ", " a ", " with ", " against ")


def _join_known_spans(runs: list[list[Token]], tokens: list[Token], text: str, spanning: dict[str, tuple[str, ...]]) -> list[list[Token]]:
    """Make each known name the runs cut apart one run, from its first word to its end."""
    out: list[list[Token]] = []
    by_start = {t.start: i for i, t in enumerate(tokens)}
    covered = -1  # the end of the last name joined: the runs' words inside it are taken
    for run in runs:
        if run[0].start < covered:
            run = [t for t in run if t.start >= covered]
            if not run:
                continue
        for at, token in enumerate(run):
            names = spanning.get(token.text)
            if not names:
                continue
            name = next((n for n in names if text.startswith(n, token.start) and not text[token.start + len(n) : token.start + len(n) + 1].isalnum()), None)
            if name is None:
                continue
            end = token.start + len(name)
            if end <= run[-1].end:
                out.append(run)  # the run holds the whole name already
                break
            before = run[:at]
            while before and before[-1].text[:1].islower():
                before.pop()  # "Officials at the Bureau …": the words before stay a run of their own
            if before:
                out.append(before)
            span: list[Token] = []
            for t in tokens[by_start[token.start] :]:
                if t.start >= end:
                    break
                span.append(t)
            out.append(span)
            covered = end
            break
        else:
            out.append(run)
    return out


# After a campus's place: the end of a clause, not the next item of a list.
_CAMPUS_END = re.compile(r"(?:[.;:)]|,? (?![A-Z])|,? and [a-z]|$)")


def _join_campus(runs: list[list[Token]], text: str) -> list[list[Token]]:
    """Join a university and its campus's place after a comma: "University of California,
    Berkeley" is one university, not a university and a town."""
    out: list[list[Token]] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        if (
            index + 1 < len(runs)
            and len(run) >= 3
            and any(a.text == "University" and b.text == "of" for a, b in zip(run, run[1:]))
            and text[run[-1].end : runs[index + 1][0].start] == ", "
            and len(runs[index + 1]) <= 2
            and _is_place(text[runs[index + 1][0].start : runs[index + 1][-1].end])
            and _CAMPUS_END.match(text, runs[index + 1][-1].end)
        ):
            at = next(i for i, (a, b) in enumerate(zip(run, run[1:])) if a.text == "University" and b.text == "of")
            before = run[:at]
            while before and before[-1].text[:1].islower():
                before.pop()  # "Ana Silva of the University …": the person stays a run of its own
            if before:
                out.append(before)
            out.append(run[at:] + runs[index + 1])
            index += 2
            continue
        out.append(run)
        index += 1
    return out


def _join_partner_firms(runs: list[list[Token]], text: str) -> list[list[Token]]:
    """Join a firm named after its partners, commas between the names and "&" before the
    last: "Varek, Ostrand, Milbury & Teague" is one law firm, not three names and a firm."""
    gazetteer = load_gazetteer()

    def partner(token: Token) -> bool:
        word = token.text
        return (
            len(word) >= 3 and word[:1].isupper() and word[1:].isalpha() and not word.isupper()
            and word.lower() not in gazetteer.common_words and gazetteer.kind(word) != "place"
        )

    out: list[list[Token]] = []
    for run in runs:
        if len(run) == 3 and run[1].text == "&" and partner(run[0]) and run[2].text[:1].isupper():
            names: list[list[Token]] = []
            while out and len(out[-1]) == 1 and text[out[-1][0].end : (names or [run])[0][0].start] == ", " and partner(out[-1][0]):
                names.insert(0, out.pop())
            if names:
                out.append([t for name in names for t in name] + run)
                continue
        out.append(run)
    return out


# The rest of an amount after a figure's whole part: "3.5 million", ".5 percent", ",000 people".
_DECIMAL_AMOUNT_AFTER = re.compile(r"(?:[.,]\d+)+\s?(?:%|percent\b|per cent\b|million\b|billion\b|trillion\b|bn\b|m\b|[a-z]+s\b)")


# Bodies named for what they do: "Coalition to Restore …", "Campaign to End …".
_PURPOSE_HEADS = frozenset("Alliance Campaign Coalition Commission Committee Council Foundation Fund Initiative Movement Network Partnership Project Society".split())
# Bodies named for an aim after "for a": "Committee for a Responsible Federal Budget".
_AIM_HEADS = _PURPOSE_HEADS | {"Center", "Centre", "Institute", "Association"}


# Between the fields an organisation lists in its name: "Speech, Privacy, and Technology".
_FIELD_GAP = re.compile(r", (?:and |& )?")
_LAST_FIELD_GAP = re.compile(r",? (?:and|&) ")


@lru_cache(maxsize=1)
def _field_list_cues() -> frozenset[str]:
    """The words that say a name is an organisation's, as a list of fields names one."""
    return frozenset(load_gazetteer().org_cues | EXTRA_ORG_CUES | {"Project", "Projects"})


def _join_field_lists(runs: list[list[Token]], text: str) -> list[list[Token]]:
    """Join the runs of an organisation named by a list of fields, which commas cut apart:
    "ACLU Speech, Privacy, and Technology Project" (the list, then a kind of organisation),
    "Centre for Law, Media and Society" (a kind of organisation, "for", then the list).
    Each field is one common word that names no known thing."""
    gazetteer = load_gazetteer()

    def field(token: Token) -> bool:
        word = token.text
        lower = word.lower()
        common = lower in gazetteer.common_words or (lower.endswith("s") and lower[:-1] in gazetteer.common_words)
        # "Science, ICT and Future Planning": a field by its letters, of no known body.
        letters = 2 <= len(word) <= 4 and word.isupper() and word.isalpha()
        return word[:1].isupper() and (common or letters) and gazetteer.lookup(word) is None

    cues = _field_list_cues()
    out: list[list[Token]] = []
    index = 0
    while index < len(runs):
        end = runs[index][-1].end
        if text[end : end + 1] != "," or index + 1 == len(runs):
            out.append(runs[index])  # most runs: no comma after them, no list of fields
            index += 1
            continue
        chain = [runs[index]]
        serial = False
        head = runs[index]
        # "Ministry of Environment, Forestry and Tourism": after a kind and "of" or "for" the
        # fields may be rarer words, each a word that names no known thing.
        led = len(head) >= 3 and head[-2].text in ("for", "of") and head[-3].text in cues

        def field_here(token: Token) -> bool:
            word = token.text
            return field(token) or (
                led and len(word) >= 3 and word[:1].isupper() and word[1:].islower()
                and gazetteer.lookup(word) is None and word not in gazetteer.first_names
            )

        while index + len(chain) < len(runs):
            gap = text[chain[-1][-1].end : runs[index + len(chain)][0].start]
            if _LAST_FIELD_GAP.fullmatch(gap):
                chain.append(runs[index + len(chain)])
                serial = True
                break
            following = runs[index + len(chain)]
            tail = next((k for k, t in enumerate(following) if k >= 3 and t.text[:1].islower() and t.text not in ("and", "&")), None)
            if led and tail is not None and _FIELD_GAP.fullmatch(gap) and tail + 1 < len(following):
                # "Academy of Allergy, Asthma and Immunology in Houston": the last fields, then
                # a small word and another name
                runs = [*runs[: index + len(chain)], following[:tail], following[tail + 1 :], *runs[index + len(chain) + 1 :]]
                following = following[:tail]
            if (
                _FIELD_GAP.fullmatch(gap)
                and 3 <= len(following) <= 5
                and sum(t.text in ("and", "&") for t in following) == 1
                and following[0].text not in ("and", "&")
                and following[-1].text not in ("and", "&")
                and all(field_here(t) or t.text in ("and", "&") for t in following)
            ):
                chain.append(following)  # "…, Media and Society", "…, Bridges and Land Transport": the last fields
                serial = True
                break
            if not _FIELD_GAP.fullmatch(gap) or len(following) != 1 or not field_here(following[0]):
                break
            chain.append(runs[index + len(chain)])
        first, last = chain[0], chain[-1]
        joined = False
        if len(chain) >= 3 or (serial and len(chain) >= 2 and any(", " in text[a[-1].end : b[0].start] for a, b in zip(chain, chain[1:]))):
            # The list, then its kind: the last run is fields and a cue; the first ends in a field.
            kind_last = (
                serial
                and len(chain) >= 3
                and all(t.text[:1].isupper() for t in first)
                and 2 <= len(last) <= 3
                and last[-1].text in cues
                and all(field(t) for t in last[:-1])
                and field(first[-1])
            )
            # The kind, "for" or "of", then the list: the first run ends "<cue> for <field>".
            kind_first = (
                len(first) >= 3
                and first[-2].text in ("for", "of")
                and first[-3].text in cues
                # "Ministry of Tourism, Arts and Culture": the first field may be a rarer word
                and field_here(first[-1])
                and all(field_here(t) or t.text in ("and", "&") for t in last)
                and serial
            )
            joined = kind_last or kind_first
        if joined:
            out.append([t for run in chain for t in run])
            index += len(chain)
        else:
            out.append(runs[index])
            index += 1
    return out

