"""Word lists the rules use, read from data/words/NAME.txt (one entry a line, # comments)."""

from __future__ import annotations

from pathlib import Path

WORDS = Path(__file__).with_name("data") / "words"


def word_list(name: str) -> frozenset[str]:
    """The entries of data/words/NAME.txt."""
    lines = (WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


NOT_NAMES = word_list("not_names")
CHINESE_FAMILY_NAMES = word_list("chinese_family_names")
EVENT_WORDS = word_list("event_words")
PLACE_FIRST = word_list("place_first")
EVENT_FIRST = word_list("event_first")
PRODUCT_AFTER = word_list("product_after")
PERSON_AFTER = word_list("person_after")
ROLE_BEFORE = word_list("role_before")
BODY_ROLES = word_list("body_roles")
PLACE_ROLES = word_list("place_roles")
ORGANISATION_AFTER = word_list("organisation_after")
PLACE_CUES = word_list("place_cues")
DIRECTIONS = word_list("directions")
EXTRA_ORG_CUES = word_list("extra_org_cues")
PLACE_BEFORE = word_list("place_before")
SPEECH_AFTER = word_list("speech_after")
CAPTION_VERBS = word_list("caption_verbs")
VERSION_VERBS = word_list("version_verbs")
PARTICLES = word_list("particles")
FUNCTION_WORDS = word_list("function_words")
COUNT_STOP = word_list("count_stop")
PERSON_WORDS = word_list("person_words")
HOLIDAY_WORDS = word_list("holiday_words")
TIME_ZONES = word_list("time_zones")
HEAD_AFTER = word_list("head_after")
CAPTION_WORDS = word_list("caption_words")
WORK_BEFORE = word_list("work_before")
PLACE_KINDS = word_list("place_kinds")
COMPANY_ENDINGS = word_list("company_endings")
MATURITY_NOUNS = word_list("maturity_nouns")
PLACE_KINDS_AFTER = word_list("place_kinds_after")
SERVICE_DISTRICTS = word_list("service_districts")
COMMON_ACRONYMS = word_list("common_acronyms")
MARKET_TICKERS = word_list("market_tickers")
ARMED_SERVICES = word_list("armed_services")
TRADES = word_list("trades")
NEWSPAPER_WORDS = word_list("newspaper_words")
OFFICE_ADJECTIVES = word_list("office_adjectives")
TEAM_WORDS = word_list("team_words")
TEAM_NICKNAMES = word_list("team_nicknames")
PLACE_PLURALS = word_list("place_plurals")
ORGANISATION_KINDS = word_list("organisation_kinds")
NUMBER_TERMS = word_list("number_terms")
NUMBERED_UNITS = word_list("numbered_units")
PARTY_NAMES = word_list("party_names")
PRODUCT_LAST = word_list("product_last")
SENTENCE_WORDS = word_list("sentence_words")
POSSESSIVE_OWNERS = word_list("possessive_owners")
SURNAME_CUES = word_list("surname_cues")
PAGE_VERBS = word_list("page_verbs")
FACILITY_WORDS = word_list("facility_words")
OWNED_PLACES = word_list("owned_places")
SPOKEN_TO = word_list("spoken_to")
FIELD_BODIES = word_list("field_bodies")
DATED_EVENTS = word_list("dated_events")
NUMBERED_HEADS = word_list("numbered_heads")


def _pairs(name: str) -> dict[str, str]:
    """The "short: long" entries of data/words/NAME.txt."""
    lines = (WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return dict((a.strip(), b.strip()) for a, _, b in (line.partition(":") for line in lines if line.strip() and not line.startswith("#")))


US_STATES_SHORT = _pairs("us_states_short")
# "Kate": {"Katherine", "Catherine", …}
SHORT_GIVEN_NAMES = {short: frozenset(long.split()) for short, long in _pairs("short_given_names").items()}
UTILITIES = word_list("utilities")
NEVER_FAMILY_PLACES = word_list("never_family_places")
RULER_NAMES = word_list("ruler_names")
LEAGUES = word_list("leagues")
LANGUAGES = word_list("languages")
PLURAL_REGIONS = word_list("plural_regions")
TRADE_PLACES = word_list("trade_places")
