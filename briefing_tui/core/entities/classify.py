"""Typing names: a capitalised run becomes people, organisations, places, groups or others.

`NameClassifier.classify` trims a run, splits it where it holds several names (a title
before a person, "and" between two names) and types each part with the gazetteer, titles,
cue words, first names and the words around it. The order of the checks matters: the first
that applies decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .dates_numbers import ACRONYM_PLURAL, COUNT_OPENINGS, CURRENCY_CODES, MONTHS, NAMED_ZONE, NUMBER_WORDS, RIC_EXCHANGE
from .found import Found, Token
from .gazetteer import Gazetteer, load_named_towns, load_towns
from .names import BRAND, COMPANY_SUFFIXES, CONNECTORS, DIGIT_BRAND, DIGIT_CAMEL, ORDINAL, POSSESSIVE_HEADS, RIC_CODE
from .teams import GOALS_AND_SCORERS_AFTER, MINUTES_AFTER, RESULT_VERBS, SCORE_AFTER, is_match_report
from .words import (
    CHINESE_FAMILY_NAMES,
    COMMON_ACRONYMS,
    NEVER_FAMILY_PLACES,
    UTILITIES,
    ARMED_SERVICES,
    TRADES,
    FACILITY_WORDS,
    COMPANY_ENDINGS,
    DIRECTIONS,
    EVENT_FIRST,
    EVENT_WORDS,
    EXTRA_ORG_CUES,
    FUNCTION_WORDS,
    NEWSPAPER_WORDS,
    OFFICE_ADJECTIVES,
    TEAM_NICKNAMES,
    TEAM_WORDS,
    NUMBERED_UNITS,
    PARTY_NAMES,
    NOT_NAMES,
    OWNED_PLACES,
    SPOKEN_TO,
    FIELD_BODIES,
    DATED_EVENTS,
    NUMBER_TERMS,
    ORGANISATION_AFTER,
    ORGANISATION_KINDS,
    PARTICLES,
    PERSON_AFTER,
    PERSON_WORDS,
    PLACE_BEFORE,
    PLACE_CUES,
    PLACE_FIRST,
    PLACE_KINDS,
    PLACE_KINDS_AFTER,
    PLACE_PLURALS,
    PLURAL_REGIONS,
    TRADE_PLACES,
    PRODUCT_AFTER,
    PRODUCT_LAST,
    BODY_ROLES,
    PLACE_ROLES,
    ROLE_BEFORE,
    SENTENCE_WORDS,
    SERVICE_DISTRICTS,
    SPEECH_AFTER,
    SURNAME_CUES,
    TIME_ZONES,
    US_STATES_SHORT,
    WORK_BEFORE,
    HEAD_AFTER,
    LANGUAGES,
    LEAGUES,
    RULER_NAMES,
)

# "and" and "in" join only names that need them: "Department of Health and Human Services",
# "U.S. Forces in Japan", "Restore Trust in Congress Act"; not "Japan and South Korea".
_SOFT = frozenset({"and", "in", "&"})
_ROMAN_LARGE = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
# A state's legislature is called by the state's name and its chamber: "Ohio House".
_STATES = frozenset(US_STATES_SHORT.values())
# A US state's short form after a town and a comma: "Spofford, N.H.", "Joplin, Mo.,".
_STATE_AFTER = re.compile(r", (?:" + "|".join(re.escape(short) for short in sorted(US_STATES_SHORT, key=len, reverse=True) if short.endswith(".") or len(short) > 2) + r")(?=[\s,;)]|$)")
_CHAMBERS = frozenset({"House", "Senate"})
# Words that make the name after them a town's: "residents of Morgan Hill", "the outskirts of …".
_PLACE_OF_BEFORE = re.compile(r"\b(?:residents|citizens|inhabitants|outskirts|suburbs|streets|mayor|townspeople|villagers) of (?:the )?$", re.IGNORECASE)
# Who holds a seat, after a party's letters and the seat's place: "DUP Balmoral councillor".
_SEAT_HOLDER_AFTER = re.compile(r" (?:councillor|council member|candidate|MP|MLA|MSP|MEP|MS|TD|AM|Cllr)\b")
# What is done with a work, right before its quoted title: "played “Arirang”", "screened “Dusk”".
_PERFORMED_BEFORE = re.compile(
    r"\b(?:played|plays|sang|sings|performed|performs|screened|screens|aired|airs|recorded|records|premiered|premieres|broadcast|broadcasts) $"
)
# A song's name after its singing: "fans sang Sweet Caroline", "she belted out Rolling Tide".
_SINGING = r"\b(?:sang|sings|singing|belted out|belts out|hummed|chanted) "
_SANG_BEFORE = re.compile(_SINGING + "$")
# … and the second of two: "sang Danny Boy and Waltzing Matilda".
_SANG_PAIR_BEFORE = re.compile(_SINGING + r"[A-Z][\w'’]*(?: [A-Z][\w'’]*){1,4} and $")
# A people's name in the singular that is also a periodical's.
_PAPER_DEMONYMS = frozenset({"New Yorker"})
# Words that make the singular one of a people: "a New Yorker", "a lifelong New Yorker".
_ONE_OF_A_PEOPLE_BEFORE = re.compile(r"\b(?:a|an|every|any|lifelong|native|fellow|proud|born|true) $", re.IGNORECASE)
# A town's kind before its name: "the city of ", "the town of ".
_TOWN_KIND_OF = re.compile(r"\b(?:city|town|village|borough|township) of $", re.IGNORECASE)
# The most words one run is classified as: a longer run (a title in capitals, a pasted list
# of names) is cut into runs of this length, so the work on a run stays bounded.
MAX_RUN = 24
# The steps of classifying a run: mentions found, and the steps for the parts to classify.
Steps = Iterator["Found | Steps"]
# A hyphenated given name after a family name, as East Asian names are written.
_GIVEN_HYPHENATED = re.compile(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}")
# A political body's kind after its name: "the Unidad Ciudadana bloc", "the Avanza Pais party".
_BLOC_AFTER = re.compile(r" (?:bloc|party|coalition|alliance|faction|caucus)\b")
# A rank opening a title: "Deputy Police Commissioner", "Assistant Fire Chief".
_RANKS_BEFORE = frozenset({"Deputy", "Assistant", "Acting", "Senior", "Chief", "Vice", "Associate", "Interim", "Principal"})
# What a year before it names a prize of, not an event: "the 1990 Booker Prize".
_PRIZES = frozenset({"Prize", "Prizes", "Award", "Medal", "Medals"})
# Kinds of streets that are no family names: a given name before them names a street.
_STREET_KINDS = frozenset("Terrace Crescent Avenue Road Drive Boulevard Gardens Parade Mews Square Street".split())
# Kinds of streets and grounds, named after a town as often as not: "Harlow Drive", "Kendal Moor".
_STREETS_AND_GROUNDS = frozenset("Drive Lane Way Close Crescent Terrace Row Place Alley Trail Ground Grounds Field Moor Oval Courthouse".split())
# "Metro Toronto Convention Centre", "Kennedy Space Center": places, where most centres are
# organisations ("Australian Centre for …").
_FACILITY_CENTRES = frozenset("Convention Space Shopping Trade Exhibition Community Visitor Conference Aquatic Sports".split())
# Words that in a run of three capitals or more make it a line, not a name ("CLICK HERE
# TO GET THE APP"); "OF" and "AND" stay ("BANK OF AMERICA").
_CAPS_LINE_WORDS = frozenset("the to a an here click get read more sign up watch subscribe download now".split())
# After a brand, a model: a number, a letter or an edition ("iPad 5", "eReader X", "iPod Mini").
_MODEL = re.compile(r" (?:\d{1,4}\b|[A-Z]{1,2}\b|(?:Plus|Pro|Max|Mini|Ultra|Air|Lite|Touch|Nano)\b)")
# The end of a quotation right after a name: "…,” ", "….”", "…"".
_QUOTE_CLOSES = re.compile(r"[,.!?]?[”\"]")
# After a wire story's slug: "SOCCER - ", "MARKET TALK -- ".
_SLUG_AFTER = re.compile(r" (?:-{1,2}|–|—) [A-Z]")
# Heads of journals' names, kept with their "of": "Annals of Surgery", "Proceedings of …".
_WORK_HEADS = frozenset("Annals Proceedings Journal Bulletin Archives Transactions".split())
# Prepositions a headline in title case capitalises and a name keeps in lower case.
_TITLE_CASE_PREPOSITIONS = frozenset("For On Into With From About After Over Than Onto Upon".split())
# The endings of adjectives that name an office's reach: "Provincial", "Executive", "Regional".
_ADJECTIVE_ENDS = ("ial", "ional", "ive", "ary", "ory")
# The last words of portfolios in the plural: "Labour Relations", "Veterans Affairs".
_PORTFOLIO_PLURALS = frozenset("Relations Affairs Resources Services Works Communications Statistics".split())
# The part of a province its name ends with, after "del": "Surigao del Norte", "Davao del Sur".
_PART_OF_A_PLACE = frozenset("Norte Sur Este Oeste Centro".split())
# Agencies credited under pictures: "Getty Images", "Reuters", "AFP".
_PICTURE_AGENCIES = frozenset({"Getty Images", "Getty", "Reuters", "AFP", "AP", "EPA", "Shutterstock", "Alamy", "PA", "AAP"})
# A picture's word before its number in a gallery: "Photo 3 of 12".
# A review's grade, a letter and its stop: "B.", "A.".
_GRADE = re.compile(r"[A-F]\.")
_GRADE_LABEL = re.compile(r"(?i)\b(?:bottom line|verdict|grade|rating|score|overall|our take): $")
# A word in small letters next: " resident".
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_SHOT_WORDS = frozenset("Photo Photos Image Images Picture Pictures Slide".split())
# A picture's number after its word, then the caption's next words: "Photo 7 Residents".
_SHOT_NUMBER_AFTER = re.compile(r" \d{1,3}(?: of \d{1,3})?\b(?![.,:]?\d)")
# Where a degree is taken, not what in: "a degree in Kellow University".
_SCHOOL_WORDS = frozenset("University College Institute School Academy Polytechnic Conservatory".split())
# A minister's portfolio opens right after: "the minister of Electricity and …", "secretary for".
_MINISTER_OF_BEFORE = re.compile(r"\b(?:minister|ministers|secretary|commissioner) (?:of|for) $")
# A field of study after its degree: "a PhD in", "a degree in", "majored in".
_STUDIED_IN = re.compile(r"\b(?:PhD|Ph\.D\.?|doctorate|degrees?|master['’]?s|bachelor['’]?s|MA|BA|BSc|MSc|MPhil|diploma|majored|majoring|studied|studying|lecturer|professor)\s+in\s+$")
# A score's scorers in brackets: " (Ann Lee try 16min", " (Lee 2 tries, …", " (pen".
_SCORERS_AFTER = re.compile(r" \((?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?: \d)? )?(?:try|tries|pen|pens|con|cons|goal|goals|drop goal|dg|fg|field goal)\b")
# Words that grade a title before it ("Deputy Editor", "Bureau Chief"), whether or not the
# gazetteer lists the two together.
_TITLE_GRADES = frozenset("Senior Deputy Assistant Associate Executive Managing Acting Interim Vice Bureau Principal".split())
_HONORIFICS = frozenset("Mr Mrs Ms Mx Dr Sir Dame Miss Madame Mme Herr Lady Lord Prof Rev".split())
# The endings of a trade's name opening a sentence before a firm's: "Retailer", "Carmaker", "Brokerage".
_TRADE_ENDS = ("er", "or", "maker", "age", "ist")
# ", who" after a name: a person's ("Phil Grove, who represents …"), where a place takes "which".
_WHO_AFTER = re.compile(r",? who\b")
# A side's last results, a letter a match (won, drawn, lost): "WDWWDD".
_FORM_GUIDE = re.compile(r"[WDL]{4,}")
# Officers whose title only ever comes before a person's family name, also a word's
# ("Governor Brown", "Commissioner Manning").
_OFFICERS = frozenset("Governor Commissioner Inspector Detective Sergeant Sgt Constable Judge Magistrate Superintendent Coroner Sheriff".split())
# Offices held only by people, before a family name that is also a word: "President Bush",
# "Prime Minister May", "Chancellor Kohl".
_HEADS_OF_STATE = frozenset({"President", "Minister", "Chancellor", "Pope"})
# Elected offices held only by people, before a family name that is also a word: "Councillor
# Hunt", "Senator Marsh" (where "General Staff" names a body).
_ELECTED_TITLES = frozenset(
    "Councillor Councilor Cllr Councilman Councilwoman Alderman Alderwoman Senator Sen Rep "
    "Assemblyman Assemblywoman Assemblymember Congressman Congresswoman Mayor Reeve".split()
)
# What a reporter did for a story: "… contributed to this report", "… contributed reporting".
# What is said of a writer after the name: "contributed to this report", "can be reached at",
# "is a staff writer".
_REPORTED = re.compile(
    r",? (?:(?:also )?contributed (?:to (?:this|the) (?:report|story|article)|reporting)|can be reached"
    r"|is an? (?:[\w-]+ ){0,3}(?:reporter|writer|columnist|correspondent|contributor))\b"
)
# Before a house by its name, a building: "at Blair House", "the Holston House".
_HOUSE_BEFORE = re.compile(r"\b(?:[Aa]t|[Tt]he|[Ii]nside|[Oo]utside|[Ff]rom|[Nn]ear) $")
# Kinds of land set aside as a reserve: "Nature Reserve", "Biosphere Reserve".
_LAND_KINDS = frozenset("Nature Biosphere Game Forest Marine Wildlife Bird Wetland Wetlands Scenic Ecological".split())
# Where something happens or lies: "in", "near", "at", "from" right before a name.
_AT_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|from|off)\s$")
# Where one travels: "flights to", "routes from", "holidays in".
_TRAVEL_TO = re.compile(
    r"\b(?:flights?|routes?|trips?|travel|travell?ing|flying|flew|fly|holidays?|resorts?|visitors?|tourists?)(?: [\w-]+){0,3} (?:to|from|in|into) $",
    re.IGNORECASE,
)
# A role set off after a name: ", chairman of …", ", the group's spokeswoman,".
_APPOSED_ROLE = re.compile(r", (?:then |now )?(?:the |a |an |its |their |[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}['’]s )?(?:former |senior |deputy |chief |vice |assistant |acting |longtime )?([a-z]+)\b(?! of the (?:year|month|week|match|season|tournament)\b)")
# A verb only a person's name takes right after it: "Guy Kawasaki taught …".
_PERSON_VERB_AFTER = re.compile(r" (?:said|says|told|taught|wrote|added|explained|argued|recalled|warned|founded|co-founded)\b")
# A role set off right before a name: "its chief financial officer, Ann Lake,".
_ROLE_SET_OFF_BEFORE = re.compile(
    r"\b(?:officer|executive|president|chairman|chairwoman|secretary|director|minister|spokes(?:man|woman|person)|analyst|economist|manager|founder|editor|coach|lawyer|attorney), $"
)
# Where something stands or happens: "in Drury Lane", "at Holston House".
_WHERE_BEFORE = re.compile(r"\b(?:in|at|on|near|off|along) $")
# Last words of suburbs named like people: "Harper Woods", "Shaker Heights".
_SUBURB_ENDS = frozenset({"Woods", "Heights", "Hills", "Springs", "Falls", "Park", "Grove", "Green", "Brook", "Field", "Fields"})
# "The" written large inside a sentence: "… at The Eliza Jane".
_THE_MID_SENTENCE = re.compile(r"[a-z,] The $")
# A building's town after it: "Holston House in Nashville".
_IN_A_PLACE_AFTER = re.compile(r",? in [A-Z]")
# Where a place is named: "near …", "outside …", "residents of …", "the village of …".
_PLACE_PREPOSITION = re.compile(
    r"\b(?:near|outside|across|towards?|(?:north|south|east|west) of(?: the)?|residents of|villagers of|suburbs? of|outskirts of|streets of"
    # "a man from Tollesby", "the villages of Ashcombe": where someone comes from, a settlement by its name.
    r"|(?:man|woman|boy|girl|teenager|teen|youth|resident|residents|people|family|farmer|poet|writer|artist|mother|father|driver|pensioner|couple|student|native|fisherman) from"
    r"|(?:villages?|towns?|hamlets?|townships?|parish|districts?|municipality|settlements?) of(?: the)?) $",
    re.IGNORECASE,
)
# Settlements by their kind, then names listed, before the last one: "the towns of Wilcannia and ".
_LISTED_SETTLEMENTS_BEFORE = re.compile(
    r"\b(?:villages|towns|hamlets|townships|cities|suburbs|communities|districts|settlements) of(?: the)? "
    r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}, )*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},? (?:and|or) $"
)
# A kind of body, then "called" or "named" right before a name: "campaign groups, one called ".
_KIND_CALLED_BEFORE = re.compile(r"\b([a-z]+)(?:,? (?:one|a new one|which is|that is))? (?:called|named) $")


# A live report's stage, numbered, opening its line: "Lap 14", "Round 3".
_STAGE_LABELS = frozenset({"Lap", "Round", "Stage", "Hole", "Over", "Inning", "Innings"})
# Kinds of body, never a product's or a work's: "a platform called …" may name either.
_BODY_KINDS = frozenset(
    "group charity company firm organisation organization nonprofit foundation union coalition movement association startup club campaign society".split()
)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# A role of someone at an organisation right before its name: "chief executive of Tessera",
# "finance chief of Harbourline" (not "police chief of …": a town's officer).
_ROLE_OF = re.compile(r"\b(?:chief executive|(?:finance|financial|operating|technology|marketing|commercial|investment|information|strategy|digital) chief|chief (?:financial|operating|technology|marketing|commercial|investment|information) officer|cfo|coo|cto|executive|ceo|chairman|chairwoman|founder|co-founder|spokesman|spokeswoman|spokesperson|boss|owner|director|manager|analysts?|economists?|strategists?|researchers?|partner|employees?|shareholders?|investors?|members?|leaders?|head|officials?|staff|followers?) (?:of|for|at) $", re.IGNORECASE)
# What is held in a company, right before its name: "shares in Vexacorp", "shares of Orvo".
_SHARES_OF = r"shares? (?:of|in)"
_STAKE_IN = re.compile(rf"\b(?:{_SHARES_OF}|(?:stakes?|holdings?|investments?|invested|interests?|a position) in) $", re.IGNORECASE)
# Only the shares, for a name of several words: "Shares of Lindqvist Marine", "shares in Kellow
# Mills" (an investment "in" names places as often as firms).
_SHARES_BEFORE = re.compile(rf"\b{_SHARES_OF} $", re.IGNORECASE)
# First words that make the next word an organisation's name: "Project Jonah", "Team Estonia".
# Who reigns, before a name and its number: "King Abdullah II", "Pope Leo XIV".
_MEMBERS_BY_LETTERS = frozenset({"MPs", "MLAs", "MEPs", "MPPs", "MNAs", "MSPs", "MHAs", "MKs", "TDs", "MLCs"})
_PARTY_TOWN = re.compile(r"[RDI]-[A-Z][a-z][\w'’-]*")
# An exchange's letters and a colon, in brackets, before a ticker's code.
_TICKER_BEFORE = re.compile(r"\([A-Z]{2,12}: ?[.^]?$")
# The words a ministry's name opens or ends with, and the last words of other bodies.
_MINISTRY_HEADS = frozenset({"Ministry", "Department", "Secretariat", "Bureau", "Ministries", "Departments"})
_BODY_ENDS = frozenset({"University", "College", "Institute", "School", "Polytechnic", "Agency", "Office", "Company", "Corporation",
                        "Bank", "Council", "Commission", "Committee", "Authority", "Board", "Party", "Ministry", "Department"})
# Titles that name their holder with a place: "the Duke of Edinburgh", "the Prince of Wales".
_NOBLE = frozenset({"Duke", "Duchess", "Earl", "Countess", "Count", "Marquess", "Marquis", "Baron", "Baroness", "Viscount",
                    "Prince", "Princess", "King", "Queen", "Emperor", "Empress", "Lord", "Lady", "Archbishop", "Bishop", "Pope", "Sultan", "Emir"})
_RULERS = frozenset({"King", "Queen", "Pope", "Emperor", "Empress", "Prince", "Princess", "Sultan", "Tsar", "Czar"})
_ORGANISATION_FIRST = frozenset({"Project", "Team", "Air", "Radio", "Dewan", "Gaelscoil", "Scoil", "Coláiste", "Gaelcholáiste"})  # "Team Estonia", "Air Canada", "Radio Mitre", "Dewan Rakyat", "Scoil Mhuire" (a school)
# What "Our" opens as a church's or a school's name: "Our Lady of Lourdes", "Our Saviour's".
_OUR_NAMES = frozenset({"Lady", "Lady's", "Saviour", "Saviour's", "Savior", "Savior's"})
# Ranks, honours and seats written after a name: "QC", "SAN" (Senior Advocate of Nigeria), "OBE", "TD" (a member of the Dáil), "MEP".
_POST_NOMINALS = frozenset({"QC", "KC", "SC", "SAN", "OBE", "MBE", "CBE", "KBE", "DBE", "PC", "TD", "MEP", "MSP", "MLA", "MPP", "MNA", "MHA", "AO", "JP"})
# Small words no name opens with.
_LEADING_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "&"})
# Kinds of body an acronym names when they follow it in small letters.
_BODY_AFTER_ACRONYM = frozenset({"union", "unions", "party", "militia", "rebels", "insurgents", "movement", "coalition", "alliance", "federation", "confederation"})
_NAME_WORD_BEFORE = re.compile(r"[A-Z][a-z'’-]+ $")
# A family name with a capital inside: "McCartney", "MacLeod", "O'Brien", "FitzGerald".
_SURNAME_CAPS = re.compile(r"(?:Mc|Mac|O['’]|Fitz)[A-Z][a-z]+")
# One word with capitals inside, as companies write their names ("ArianeGroup", "OpenAI");
# not a family name ("McDonald", "DeVos", "LeBron").
_INTERCAPS = re.compile(r"(?!(?:Mc|Mac|De|Di|Le|La|Van|Von|Du|Da|Del|Della|St)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+[A-Z]{2,}")
# A caption's label before a credit: "Image: Nick Moreau", "Photo: Reuters".
_CREDIT_BEFORE = re.compile(r"\b(?:Image|Photo|Picture|Photograph|Credit|Source)s?: $")
_CREDIT_ENDS = (": ", ": \n")  # how the text before a name ends where _CREDIT_BEFORE finds ("$" before a newline too)
# A speech verb right before a name, as quotes end: "…,” said Lotfi Azzouz".
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|asked|wrote|explained) $")
# A town and a comma before a state's short form: "Joplin, Mo.", "SPRINGFIELD, Ill."
_TOWN_BEFORE = re.compile(r"[A-Z][\w.’'-]* ?, $")  # (" , " as archived wire copy spaces it)
# A town's kind set off after its name: ", a borough of …", ", a small village in …".
_A_TOWN_AFTER = re.compile(r", an? (?:[a-z]+ )?(?:town|city|village|hamlet|borough|township|suburb|municipality) (?:of|in|near|outside|north|south|east|west)\b")
# The members an order or a society is named for, before "of": "Sisters of Mercy".
_MEMBERS_OF_A_BODY = frozenset({"Sisters", "Brothers", "Daughters", "Knights", "Friends", "Servants", "Missionaries", "Fathers", "Ladies", "Companions"})
# A family after its name: " family", "’s extended family" (not "family-owned").
_FAMILY_AFTER = re.compile(r"(?:['’]s)? (?:(?:extended|immediate|whole|entire|wider|own|grieving) )?family\b(?!-)")
# A modal verb after a name: what the name must or would do (" must", " would").
_MODAL_AFTER = re.compile(r" (?:must|would|will|should|could|can|cannot|can't|can’t|may|might|needs|wants|had to|has to)\b")
# A word for what someone does: "Builder", "Plumber", "Pharmacist", "Consultant".
_AGENT_NOUN = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|ian|ant|ent|man|woman)")
# A lower-case noun right before a name: "the security firm Pelmora".
_KIND_BEFORE = re.compile(r"\b([a-z]+) $")
_LETTER_SPACE_BEFORE = re.compile(r"[a-z] $")  # how the text ends where _KIND_BEFORE finds: a cheap test first
_THE_BEFORE = re.compile(r"\bthe $")
# A word in capitals, hyphens allowed: "GUIDE", "LOOK-UP".
# A word in capitals, with a contraction's ending ("WHAT'S", "DON'T").
_CAPS_WORD = re.compile(r"[A-Z]{2,}(?:['’](?:S|T|RE|LL|VE|D|M))?(?:-[A-Z]{2,})*")
# A contraction's ending, cut before a word is looked up as common: "what's" is "what".
_CONTRACTED = re.compile(r"n?['’](?:s|t|re|ll|ve|d|m)$")
# A single capitalised word joined by "and" right after or before a name: "Harry and Meghan";
# not the last word of a longer name ("Prince Harry and").
_AND_NAME_AFTER = re.compile(r" and ([A-Z][a-z]+)\b(?! [A-Z])")
_AND_NAME_BEFORE = re.compile(r"(?<![A-Z][a-z] )\b([A-Z][a-z]+) and $")
# Kin before a given name alone ("his father, Percy,"), or an age between commas after it
# ("Hannah, nine, and Millie, seven"): the name is a person's.
_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our) (?:" + "|".join(sorted(PERSON_WORDS, key=len, reverse=True)) + r")s?,? $"
)
_YOUNG_AGE_AFTER = re.compile(
    r", (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:,| and\b|\.|;)"
)
# The word before a quotation's opening mark: "the single “…", "the film "…".
# "the film ", "songs such as ", "a novel called ", "hits including ": the kind of work.
_WORK_KIND_BEFORE = re.compile(r"\b(\w+),? (?:(?:such as|like|including|called|titled|entitled|named) )?$")
# A minister's title and the start of a portfolio, with no end of sentence after it.
_MINISTER_FOR = re.compile(r"\b(?:Minister|Secretary|Commissioner) (?:for|of) [^.;:!?]*$")
# Just before a portfolio: a title and "of"/"for", perhaps an earlier portfolio and "and"
# ("Minister for Emergency Management and National Recovery").
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Ministers|Secretary|Commissioner|Chief|Director) (?:for|of) (?:the )?(?:[A-Z][\w'’-]*,? (?:and |& )?)*$")
# A title right after a portfolio: "International Cooperation Minister Imad Fakhoury".
_TITLE_AFTER = re.compile(r",? (?:Minister|Ministers|Secretary|Director|Commissioner)\b")
# After a town in capitals opening a story, its region and the agency: ", Illinois (AP)",
# " (Reuters)".
# What follows a dateline's town: its state or country, then the agency ("(Reuters)"), or a
# station's call letters and a dash ("SELLERSBURG, Ind. (WANE) –").
# A dash and a sentence in mixed case after a line's first words: a dateline's.
_DASH_THEN_SENTENCE = re.compile(r"\.? (?:[—–]|--) [A-Z](?:[a-z]| [a-z])")
# Or the day in brackets and a dash: "HAMILTON ONTARIO (August 29, 2004)--A study …".
_DAY_THEN_DASH = re.compile(r",? \((?:" + MONTHS + r") \d{1,2}, \d{4}\) ?(?:--|[—–-])")
# The news agencies a dateline names in brackets: "CONAKRY (Reuters) -".
_AGENCIES = "AP|Reuters|AFP|UPI|Xinhua|dpa|IANS|PTI|ANI|Bloomberg|Bernama|Anadolu|EFE|ANSA"
_DATELINE_AFTER = re.compile(
    # "BEIRUT, March 7 (Reuters)": the day may stand between the town and the agency.
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:, (?:" + MONTHS + r")\.? \d{1,2})?(?: \((?:" + _AGENCIES + r")\)| \([A-Z]{3,5}(?:-(?:TV|FM|DT))?\) ?[–—-] )"
    # or its state and a dash, nothing after on the line: "EL PASO, Texas -"
    r"|, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)? ?(?:--|[–—-])[ \t]*(?:\n|$)"
    # or the day in figures, nothing after on the line, as wires file it: "BRUSSELS 1997-03-02"
    r"|(?: ?, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?,? \d{4}-\d{2}-\d{2}[ \t]*(?:\n|$)"
)
# An agency in brackets and a dash after a dateline's town: " (Reuters) –".
_AGENCY_AFTER = re.compile(r"(?:, [A-Z][A-Za-z.]+)? \((?:" + _AGENCIES + r")\):? ?(?:[–—-]|--)")
# First words of Arabic names of armed groups and parties: "Ansar al-…" (supporters of),
# "Jaish al-…" (army of), "Liwa al-…" (brigade of).
_ARABIC_BODY_WORDS = frozenset("Ansar Jaish Jaysh Liwa Saraya Harakat Hizb Jabhat Kataib Kata'ib Ahrar Asaib Jund Faylaq Tahrir Majlis Jamaat Jama'at Hayat Hay'at".split())
# A family name with its Arabic article: "al-Turabi", "el-Sissi", "Al-Amin".
_ARTICLE_SURNAME = re.compile(r"(?:al|el|Al|El)-[A-Z][a-z]+")
# One word of a person's name: "Tahir", "Adeyemi-Okonjo", "al-Rashid".
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*")
_KIND_OF = re.compile(r"\b([a-z]+) of $")
# After a body and its officer's title, the officer: ", JOSH GOLDMAN," ", Ana Ruiz,".
_NAME_AFTER_COMMA = re.compile(r", [A-Z]")
# A state bill's letters before its number: "SB 15" (Senate Bill), "HB 6" (House Bill).
_BILL_CODES = frozenset({"SB", "HB", "AB", "SF", "HF", "LB"})
# The last word of a party's name of two words: "Progressive Conservative", "Liberal Democrat".
# A party's member, after the place they stand for: "the Gig Harbor Democrat".
_PARTY_MEMBERS = frozenset({"Democrat", "Republican", "Democrats", "Republicans"})
# A broadcaster's call letters: "KDKA", "WABC-TV".
_CALL_LETTERS = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
# Officers whose office is a body: "the Cochise County Sheriff's office".
_OFFICE_HOLDERS = frozenset({"Sheriff", "Coroner", "Prosecutor", "Assessor", "Clerk", "Treasurer"})
_OFFICE_AFTER = re.compile(r"['’]s (?:office|department)\b")
# American time zones by their names, after a time: "9 p.m. Pacific time".
_ZONE_NAMES = frozenset({"Eastern", "Pacific", "Central", "Mountain"})
_NAMED_ZONE = re.compile(NAMED_ZONE)
_AFTER_TIME = re.compile(r"(?:\d|[ap]\.m\.?|[AaPp][Mm]|\d [Hh][Rr][Ss]\.?|\b(?:noon|midnight|midday))\s?\(?$")
# A market code right after a name: " .HSI", " (.SPX)", " XAU=".
_CODE_AFTER = re.compile(r" \(?\.[A-Z0-9]{2,7}\b| [A-Z0-9]{2,8}=")
# A lower-case kind of place right after a name: "the Kibera district in Nairobi".
_KIND_AFTER = re.compile(r" ([a-z]+)\b(?! (?:council|court|hall|government|officials|authorities|police|office|elections?)\b)")
# An apposition that says what a name is: "Enceladus, a moon of Saturn", "Europa and
# Enceladus, moons of Jupiter", "Tarnowo, the village near …", "Miram Shah, a city considered …".
_APPOSITION = re.compile(
    r"(?: (?:and|or) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?, (?:(?:an?|the|two|three|both) )?(?:[a-z]+ )?([a-z]+) (?:of|in|on|near|outside|orbiting|considered|known|located|situated|where|that|which|with|about|some|just)\b"
)
# After a town, where it lies: ", on the outskirts of", ", just north of", ", 20 miles east of".
_OUTSKIRTS_AFTER = re.compile(
    r", (?:on the (?:outskirts|edge|fringes?) of|(?:just |about |some |roughly )?(?:\d[\d,.]* (?:miles|kilometres|kilometers|km) )?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:-(?:north|south)?(?:east|west))? of)\b"
)
# A known place after a comma, then the clause goes on: "from Irving, Texas, was".
_REGION_AFTER = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)]|\s+[a-z]|$)")
# Plurals of nouns for people by what they do: "Testers", "Economists", "Residents", "Medics", "Officials".
_AGENTS = re.compile(r"(?:ers|ors|ists|ians|ants|ents|ees|ics|als)$")
# The end of a web address after a name: "Secunia.com", "Metro.us".
_DOMAIN = re.compile(r"\.(?:com|org|net|co\.uk|us|io|ie|ca|com\.au|co\.nz|co\.za|in)\b(?![.\w-]*\w)")
# Where a small town is named ("in Kibworth", "moved to Market Harborough", "from Bogliasco");
# not "according to …" nor "spoke to …", which name people.
_TOWN_CUE_BEFORE = re.compile(
    r"(?<!according )(?<!spoke )(?<!talked )(?<!wrote )(?<!said )(?<!told )(?<!married )(?<!letter )"
    r"\b(?:in|into|near|nearby|outside|from|to|toward|towards|across|around|through|via|between|at|above|below|beyond|left|leaving|reached"
    r"|(?:mayor|mayors|governor|residents|people|villagers|outskirts|suburbs?|centre|center|streets|north|south|east|west) of"
    # "Fiona MacKenzie of Inverness": where a person named in full is from.
    # Not a peer's title: "Lord Harris of Greenwich".
    r"|(?-i:(?<!Lord )(?<!Lady )(?<!Baroness )(?<!Baron )(?<!Earl )(?<!Duke )(?<!Viscount )(?<!Bishop )[A-Z][a-z]*[A-Z]?[a-z]+) of) $",
    re.IGNORECASE,
)
# After a small town's name: "the Kibworth-based firm", "a Faaborg-born sailor".
_TOWN_CUE_AFTER = re.compile(r"[-‐](?:based|born|raised|area)\b")
# A town's own things after its name: "the Papakura bus plan", "the Kibworth council".
_TOWN_THINGS_AFTER = re.compile(
    r" (?:council|residents|mayor|community|area|police|school|hospital|bus|train|rail|station|market|branch|office|plant|factory|"
    r"site|seat|ward|suburb|campus|airport|port|harbour|harbor|beach|library|pool|park|depot|bypass|flood|floods|fire|crash)\b"
)
# After a small town, the larger place it lies in: "Tatura in northern Queensland".
_IN_PLACE_AFTER = re.compile(r" in (?:(?:north|south|east|west|central|northern|southern|eastern|western|rural|regional|outback|upstate|coastal) )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")
# Before a town named like a person ("in York", "the mayor of Oldham"): where a place is
# all the words can mean.
_NAMED_TOWN_CUE_BEFORE = re.compile(
    r"(?<!according )(?<!spoke )(?<!talked )(?<!said )(?<!told )(?<!married )(?<!letter )(?<!call )"
    r"(?:\b(?:in|near|outside|from|above|below|beyond)|, of|\b(?:mayor|residents|suburbs?|outskirts|centre|center|streets?) of"
    r"|\b(?:in|near|from) (?:north|south|east|west|central|northern|southern|eastern|western|rural|coastal)) $"
)
# Who speaks for a body: "a spokeswoman for Unite".
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person|people|men|women) for (?:the )?$", re.IGNORECASE)
# A given name of one or two pinyin syllables: "Guoqiang", "Wenjie", "Jintao".
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u|ü)"
)
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
# A brand's name with digits at its end: "Nexa3", "Orlan3".
_BRAND_WITH_DIGITS = re.compile(r"[A-Z][A-Za-z]+\d{1,3}")
# A place, then "and nearby" before a name: "in Whitby and nearby Sleights".
_NEARBY_WORDS = ("nearby ", "neighbouring ", "neighboring ", "surrounding ")
_NEARBY_AFTER_PLACE = re.compile(r"\b([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?),? and (?:nearby|neighbou?ring|surrounding) $")
# An article before a name: "a Glen Allen, Virginia, man".
_ARTICLE_BEFORE = re.compile(r"(?:^|\b)(?:[Aa]n?|[Tt]he) $")
# Where something is or goes, before a name: "a fire in Glen Allen, Virginia, burned",
# "returned to Glen Allen, Virginia, a week later".
_IN_OR_NEAR_BEFORE = re.compile(r"\b(?:in|near|outside|to|into|toward|towards|around|across|visited|visiting|reached) $")
# A region between commas, then the clause goes on in lower case: ", Virginia, man".
_REGION_SANDWICH = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z][a-z]{1,4}\.), (?=[a-z])(?!who\b|whose\b)")
# A town and a comma before a region: "Ashford, Kent", "Pekanbaru, Riau".
_TOWN_AND_COMMA_BEFORE = re.compile(r"\b([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?), $")
# Kinds of roads numbered in their names: "Highway 61", "Interstates 10 and 12".
_ROADS = frozenset("Interstate Interstates Highway Highways Hwy Route Routes Road Rd Motorway Freeway Expressway Autobahn NH SH".split())
# A word in lower case: on a line, it tells a sentence from a headline in capitals.
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
# The text on either side of a name in capitals read in title case (see _shouted).
_SHOUT_REACH = 80
# A capitalised word with a number glued on, as teams and brands name themselves ("Cloud9").
_WORD_NUMBER = re.compile(r"([A-Z][a-z]{2,})\d{1,4}")
# "Page A22": where a story was printed.
_PAGE = re.compile(r"[A-Z]?\d{1,3}")
# Initials before a family name: "J.R. Smith", "L. Ron Hubbard".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# An initial without its full stop, as South Asian and British papers write one: "M Raza"
# ("A" and "I" are words).
_BARE_INITIAL = re.compile(r"[B-HJ-Z]")
# Letters and a number: "H20", "F-35", "COP30".
_NUMBERED_THING = re.compile(r"[A-Z]{1,6}\d+[A-Za-z]?|[A-Z]+-\d+")
_NUMBERED_NAME = re.compile(r"[A-Z]{2,6}\d+[A-Za-z]?|[A-Z]+-\d+")
_LOWER_AFTER = re.compile(r" [a-z]")
# The word before a name and the word after it, in a window of text beside it.
# What a title named by a common word is: "the Mirror newspaper", "the Economist magazine".
_PAPER_AFTER = frozenset({"newspaper", "newspapers", "magazine", "tabloid", "broadsheet", "daily", "weekly"})
# A company's shares after its name, or after the next name: "a rally in Tarvo Mining and
# Kessel Group shares".
# ", the Ohio-based maker of …", ", a family-owned firm": a firm by what it is.
_FIRM_AFTER = re.compile(
    r",? (?:the|a|an) (?:[\w.'’-]+-based|family-owned|state-owned|privately held|listed|[A-Z][\w.'’-]*-listed|(?-i:[A-Z][a-z]+)) "
    # (a few words may say what kind: "a London-based private equity and investment research firm")
    r"(?:[a-z-]+ (?:and )?){0,4}(?:maker|makers|company|firm|group|retailer|chain|manufacturer|developer|producer|supplier|operator|"
    r"startup|start-up|lender|bank|insurer|carrier|airline|brewer|publisher|miner|utility|conglomerate|distributor|"
    r"consultancy|agency|provider|fund|tank|charity|nonprofit|organi[sz]ation)\b"
)
# A body said to be one by its kind, the phrase ending there: "Corwin Blake, a research firm,",
# "Hale Moreno, the accounting firm that …" (not "a bank teller": the phrase goes on).
_FIRM_APPOSITION = re.compile(
    r", (?:the|a|an) (?:[a-z-]+ (?:and )?){0,3}(?:company|firm|retailer|chain|manufacturer|startup|start-up|lender|bank|"
    r"insurer|airline|conglomerate|consultancy|agency|brokerage|charity|nonprofit|think tank)"
    r"(?=[,.;:)]| (?:that|which|whose|based|in|with|from|behind|owned|headquartered)\b)"
)
_LOWER_BODY_AFTER = re.compile(r" (police|hospital)\b")
# A song by the word for a success before it, after an owner or an article: "her hit", "the
# 1999 hit", "a smash hit" (not the verb: "rain hit Millbrook Farm").
_HIT_BEFORE = re.compile(r"(?i)\b(?:her|his|their|its|the|a|smash|biggest|chart-topping|\d{4}) (?:(?:\d{4}|smash|biggest|big|first|latest|new|summer|dance|pop|hip-hop|disco|number-one|No\. 1) )?hits? [\"“‘]?$")
_NUMBERED_PART = re.compile(r"\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[IVX]{1,4}")
# The last letters of the trades' words and the first words of the armed services' names: quick
# tests before a word or a run is looked up.
_TRADE_LAST = frozenset(word[-1] for word in TRADES)
_SERVICE_FIRST = frozenset(name.split()[0] for name in ARMED_SERVICES)
# A name set off by a comma after an officer's title: "…Chief Executive, Ann Lee, said".
_NAME_SET_OFF_AFTER = re.compile(r", (?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+,")
_SHARES_AFTER = re.compile(r"(?: (?:and|or|&) [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})?(?:'s|’s)? (?:shares|stock|stocks|bonds)\b")
# The one or two words after a lone name, read as a role: "Petrosul chief executive".
_ROLE_AFTER = re.compile(r" ([A-Za-z-]+)(?: ([A-Za-z-]+))?")
# Tours that are bodies running a season's events, not one event: "the Japan Golf Tour".
_TOUR_KINDS = frozenset({"Golf", "Challenge", "Champions", "Development", "Seniors", "Legends", "Futures"})
_TOUR_BODIES = frozenset({"PGA", "LPGA", "DP"})  # golf's; tennis's "WTA Tour" stays an event
# An award's word in lower case after its name: " award", " prize".
_AWARD_AFTER = re.compile(r" (?:award|prize)\b")
# A side a player scores or plays for: "scored twice for Toledo", "made his debut for Kellow".
_PLAYS_FOR = re.compile(
    r"\b(?:scor(?:ed|es|e|ing)|play(?:ed|s|ing)?|sign(?:ed|s|ing)|debut|appearances|caps|capped|netted|starr(?:ed|ing)|"
    r"start(?:ed|s)|goals|tries|runs|wickets) (?:[a-z0-9]+ ){0,2}for $"
)
# Who speaks for a firm, after its name: "Spreadex analyst".
_SPEAKERS_FOR = frozenset({"analyst", "analysts", "economist", "economists", "strategist", "strategists", "spokesman", "spokeswoman", "spokesperson"})
_INTERSTATE = re.compile(r"I-\d{1,3}")
_WORK_AFTER = re.compile(r"[,.!?]?[”\"],? (?:by (?:the )?[A-Z]|(?:directed|written|produced|sung|performed) by |starring |(?:the|a|an|his|her|their) ([a-z]+(?: [a-z]+){0,2})\b)")
_AGE_AFTER = re.compile(r", (?:aged )?\d{1,3},")
# A country's mission abroad, named by its people: "the Chinese Consulate", "the French Embassy".
_MISSIONS = frozenset({"Consulate", "Embassy", "Mission"})
_CAPS_PARTICLE = re.compile(r"\b(?:El|Al|Ad|As|Ul|De|Du|Da|La|Le|Van|Von|Der|Den)(?=[- ])")
_MOTORWAY = re.compile(r"[MA]\d{1,4}")
_ROAD_AFTER = re.compile(r" (?:motorway|road|carriageway|junction)\b")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r"\W*(\w+)")
# A town named with what it stands on or by, joined by hyphens: "Stoke-on-Trent",
# "Weston-super-Mare", "Boulogne-sur-Mer" (not "Editor-in-Chief").
_LINKED_TOWN = re.compile(r"[A-Z][a-zé]+(?:-(?:upon|on|under|super|sur|en|le|la|les|by|next|cum|the|de))+-[A-Z][a-zé]+")
_PLACE_ENDINGS = re.compile(r"(?:sk|ivka|ovka|grad|burg|ville|pur|abad|stan|polis|gorod|ovo|evo)$")


# A time or a date after a label's colon: ": 13:33", ":2019-05-02", ": May 3".
_STAMP_AFTER = re.compile(rf": ?(?:\d{{1,2}}:\d\d|\d{{4}}-\d\d|\d{{1,2}}/\d{{1,2}}/|(?:{MONTHS}) \d)")
_FIGURE_AFTER = re.compile(r" ?\d")
# The last word of a hotel named with "&": "Eko Hotel & Suites", "Kellow Lodge & Spa".
_HOTEL_ENDS = frozenset({"Suites", "Resort", "Resorts", "Spa", "Casino"})
# The last word of a firm named after its founders, after "&": "Hallam & Sons", "Pike & Co.".
_FIRM_ENDS = COMPANY_ENDINGS | COMPANY_SUFFIXES | frozenset({"Sons", "Brothers", "Bros.", "Company", "Co", "Daughters"})
_SHARE_AFTER = re.compile(r"(?:\.\d+)? ?(?:%|percent\b|per cent\b)")


def _ends_with(text: str, end: int, endings: tuple[str, ...]) -> bool:
    """Whether text[:end] ends with one of endings (lower case, up to ten characters), or
    with one and a newline ("$" matches before a last newline too): a cheap test before the
    search of a pattern that must end there, which tries every place in its window. Told in
    lower case only in plain letters: a pattern that ignores case matches "ı" to "i"."""
    tail = text[max(0, end - 11) : end]
    if tail.endswith("\n"):
        tail = tail[:-1]
    return not tail.isascii() or tail.lower().endswith(endings)


# What the patterns searched before a name end with, as their sources write it (a test
# holds them in step).
_TOWN_BEFORE_ENDS = (", ",)
_KIND_OF_ENDS = ("of ",)
_MOON_BEFORE = re.compile(r"\bmoons? $")


# Initials written with full stops: "N.S.", "B.C.", "P.E.I.".
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# Dotted letters too common as a country or a body to be a person's initials: "U.S. Patriot".
_COUNTRY_LETTERS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "U.A.E."})
# Members of a parliament, before "for" and the seat's place.
_MEMBERS = frozenset({"Member", "MP", "MLA", "MPP", "MHA", "MNA", "MHK", "TD"})


def _up_to_connector(run: list[Token]) -> list[Token]:
    """The words of a run before its first connecting word ("Rory McIlroy" of "Rory McIlroy in …")."""
    for index, token in enumerate(run):
        if token.text.lower() in CONNECTORS:
            return run[:index]
    return run


# Someone's job and where they do it: "an analyst at ", "economist with ".
_JOB_AT = re.compile(
    r"\b(?i:analysts?|economists?|strategists?|researchers?|professors?|partners?|traders?|dealers?|brokers?|lawyers?|attorneys?|"
    r"consultants?|fellows?|scientists?|engineers?|experts?|spokes(?:man|woman|person)|directors?|executives?|managers?) (?:at|with) $"
    # "chief executive of Abbott Lyon": who runs a firm, then the firm.
    r"|\b(?:chief executive|chief financial officer|chief operating officer|CEO|CFO|COO|chairman|chairwoman|"
    r"founder|co-founder|managing director|owner) of $"
)


# Endings of abstract nouns, which no family name has: "Tourism", "Aviation", "Development".
_NOUN_ENDING = re.compile(r"(?:ism|tion|sion|ment|ity|ness|ance|ence|ogy|ics|ture)$")


def _direction(word: str) -> bool:
    """ "West", "South-East", "North-west": a compass direction, in one word or two."""
    return word in DIRECTIONS or ("-" in word and all(part.title() in DIRECTIONS for part in word.split("-")))


# What NameClassifier._known holds for a spelling not yet looked up.
_UNKNOWN = ("", "")


_YEAR_AFTER = re.compile(r" (?:of )?((?:19|20)\d\d)\b(?![-–/]\d|,\d|\.\d)")


# The last words of a law's name.
_LAWS = frozenset({"Act", "Acts", "Treaty"})


def _letters_in_order(letters: str, word: str) -> bool:
    """Whether the word opens with the first letter and holds the others in order."""
    if not word.startswith(letters[:1]):
        return False
    at = 1
    for letter in letters[1:]:
        at = word.find(letter, at) + 1
        if not at:
            return False
    return True


def _with_year(found: Found, text: str) -> Found:
    """An event or a law with the year written right after its name keeps the year:
    "Quranic Arts Festival 2024", "the Companies Act 2006", "the Decency Act of 1996"."""
    if found.type != "other" or text[found.start : found.end].rsplit(" ", 1)[-1] not in DATED_EVENTS:
        return found
    year = _YEAR_AFTER.match(text, found.end)
    if year is None:
        return found
    if text.startswith(" of ", found.end) and text[found.start : found.end].rsplit(" ", 1)[-1] not in _LAWS:
        return found  # "the Festival of 2024" is no name of a festival
    name = f"{found.name}{text[found.end : year.start(1)]}{year.group(1)}"
    return Found(found.section, found.start, year.end(), found.type, name, name, found.aliases, found.initial, found.guess)


# A generation after a person's name: " Jr.", ", Sr.", " III".
_GENERATION_AFTER = re.compile(r",? (?:Jr\.|Sr\.|Jr\b|Sr\b|III\b|II\b|IV\b)(?!['’]s)")


def _with_generation(found: Found, text: str) -> Found:
    """A person the gazetteer knows without the generation the text writes after the name
    keeps it: "Joseph R. Biden Jr." is written whole, though it is Joe Biden."""
    if found.type != "person" or not text.startswith((" ", ","), found.end):
        return found
    generation = _GENERATION_AFTER.match(text, found.end)
    if generation is None:
        return found
    return Found(found.section, found.start, generation.end(), found.type, found.key, found.name, found.aliases, found.initial, found.guess)


# A listed firm's move in brackets after its name: " (+4.17%)", " (-0.19%)".
_MOVE_AFTER = re.compile(r" \([+\-−–]\d{1,3}(?:[.,]\d{1,2})?%\)")
# A side's record after its name: " (1-7, 0-4)", " (6-2)".
_RECORD_AFTER = re.compile(r" \(\d{1,2}-\d{1,2}(?:-\d{1,2})?(?:, \d{1,2}-\d{1,2})?\)")
# Words before a side beaten or played: "knocked off Airline 45-7", "by Triad 5-0".
_SIDE_VERB_BEFORE = re.compile(r"\b(?:beat|beats|defeated|knocked off|by|against|over|host|hosts|visit|visits|vs\.?|v\.?) $")
# A house's number before its street: "35174 Center Road", "87 Broadway".
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w.,/$-])\d{1,6}[A-Za-z]? $")
_NO_HOUSE_BEFORE = re.compile(r"\b(?:Route|Highway|Hwy|No\.?|the|in|of|since)\s$", re.IGNORECASE)
_ADDRESS_ENDS = _STREET_KINDS | {"Broadway", "Lane", "Way", "Place", "Highway", "Pike", "Turnpike", "St", "St.", "Rd", "Rd.", "Ave", "Ave."}


def _with_house_number(found: Found, text: str) -> Found:
    """A street with its house's number before it is the address: "35174 Center Road"."""
    if found.type not in ("place", "place?", "other?") or text[found.start : found.end].rsplit(" ", 1)[-1] not in _ADDRESS_ENDS:
        return found
    number = _HOUSE_NUMBER_BEFORE.search(text, max(0, found.start - 8), found.start)
    if number is None or _NO_HOUSE_BEFORE.search(text, max(0, number.start() - 10), number.start()):
        return found  # "Route 9 Main Street", "the 2024 Main Street fair": a road's or a year's number
    name = f"{number.group().strip()} {found.name}"
    return Found(found.section, number.start(), found.end, "place", name, name, found.aliases, found.initial, False)


# Short forms of Mohammad that open a person's name in South and Southeast Asian news.
_MOHAMMAD = frozenset({"Md", "Md.", "Mohd", "Mohd.", "Muhd", "Muhd.", "Mohd"})
# How adjectives of peoples end ("Fijian", "Chinese", "Turkish", "Pakistani").
_PEOPLE_ADJECTIVE_ENDS = ("an", "ese", "ish", "ic", "i")


# Titles held at a body, written after its name: "Vexa CEO", "Orvo spokeswoman".
_EMPLOYER_TITLES = frozenset("CEO CFO COO CTO Chairman Chairwoman Founder Co-founder Spokesman Spokeswoman Spokesperson".split())
# A capitalised word, then a bracket: "Somerset (N.J.) County".
_NAME_BEFORE_BRACKET = re.compile(r"\b[A-Z][a-z]+ \($")
# Last words of buildings that may carry a titled person's name: "Governor Phillip Tower".
# A machine's mark in one word: "Mk-III", "Mk2", "Mk.IV".
_MARK = re.compile(r"Mk[-.]?(?:[IVX]+|\d{1,2})")
# The levels of baseball's minor leagues, before a side's town.
_MINOR_LEAGUES = frozenset({"Triple-A", "Double-A", "Single-A", "Class-A", "High-A", "Low-A", "Class-AA", "Class-AAA"})
# A given name with an apostrophe after its first letters ("D’Andre", "Ja'Marr", "Le'Veon");
# not an Irish family name ("O'Brien").
_APOSTROPHE_GIVEN = re.compile(r"(?!O['’])[A-Z][a-z]{0,2}['’][A-Z][a-z]{2,}")
# A given name of a prefix and a name run together: "LaDarius", "DeShawn", "JaMarcus".
_PREFIXED_GIVEN = re.compile(r"(?:La|De|Da|Ja|Ke|Ka|Le|Ty|Ta|Te|Sha|Tre|Jo|Ra|Ki)[A-Z][a-z]{2,}")
# A model's code of letters and digits after its maker: "CX5", "RAV4", "F-150", "A320"
# (digits alone, "Fox 5", may be a channel).
_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,2}|[A-Z][a-z]?\d{1,2}")
# A country's letters glued after a dollar sign, then the amount: "US222", "A5".
_AFTER_A_SIGN = re.compile(r"(?:US|AU|NZ|HK|A|C|S)\d[\d,.]*")
# Last words that only a club's name ends in, whatever the text ("Ashby United", "Tova Rovers").
_CLUB_ONLY_WORDS = frozenset({"United", "Utd", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Thistle", "Academical", "Argyle"})
# A people's first half in a compound of two: "Sino-Indian", "Anglo-Irish", "Franco-German".
_COMBINING_PEOPLES = frozenset({"Sino", "Anglo", "Franco", "Russo", "Indo", "Afro", "Greco", "Austro", "Italo", "Judeo", "Hispano", "Luso", "Turco", "Serbo", "Irano", "Nippo", "Americo"})
# Someone's work of a kind, then a comma: "his new film, ", "the band's latest album, ".
_OWNED_KIND_BEFORE = re.compile(r"\b(?:his|her|their|its|the band's|the group's|[A-Z][a-z]+'s)(?: [a-z-]+){0,2}, $")
# The letters ending a club's name: "Hull FC", "Tarrow RFC".
_CLUB_LETTERS = frozenset({"FC", "AFC", "CF", "RFC", "RLFC", "RUFC", "GAA", "GFC", "FK", "SK"})
# Thousands by their letter, glued to the figure: "12K".
_THOUSANDS_K = re.compile(r"\d{1,3}K")
# What passes between two sides named with a hyphen: "the Hamas-Israel war", "… talks".
_BETWEEN_SIDES_AFTER = re.compile(r" (?:war|conflict|talks|ceasefire|truce|border|relations|tensions|summit|fighting|crisis|dispute)\b")
# First words of military bases that carry a titled person's name: "Camp Gen. Ana Reyes".
_CAMPS_NAMED_FOR_PEOPLE = frozenset({"Camp", "Fort", "Base"})
# The ranks such a base's namesake holds: "Capt.", "General".
_RANKS = frozenset("Gen General Capt Captain Col Colonel Lt Lieutenant Maj Major Sgt Sergeant Brig Brigadier Cpl Corporal Pvt Private Adm Admiral Commodore Cmdr Commander".split())
_BUILDINGS_NAMED_FOR_PEOPLE = frozenset("Tower Building Centre Center Stadium Arena Airport Station Plaza Library".split())
# Family members written as titles: "his Uncle Tom" names a person.
_KIN = frozenset("Uncle Aunt Auntie Grandma Grandpa Granny Grandad Cousin Brother Sister Mum Mom Dad Father Mother Nana".split())
# The end of a quotation, just before its speaker: '," ', '?” '.
_QUOTE_ENDS_BEFORE = re.compile(r"[,?!]['\"”’] $")
# What a body says through: "said in a statement", "said in a filing".
_STATEMENT_AFTER = re.compile(r" \w+ (?:in|on) (?:a|its|an) (?:statement|filing|release|post|email|e-mail|note)\b")
# A body described right after its name: ", a trade group", ", an advocacy organization".
_APPOSITIVE_BODY = re.compile(r", (?:a|an|the) (?:[a-z-]+ ){0,3}(?:group|organi[sz]ation|company|firm|startup|start-up|charity|nonprofit|non-profit|association|coalition|agency|network|platform|app|service|website|maker|developer|provider|retailer|chain|bank|fund|union|party)(?=[,.;:)]| (?:whose|that|which|based|in|with|founded|owned|run|backed|and|of|for|known|led|formed|created|set)\b)")
# A kind of work and a comma right before its title: "his new album, Kessel Nights,".
_WORK_KIND_COMMA_BEFORE = re.compile(r"\b(?:album|film|movie|song|single|novel|memoir|documentary|musical|painting|poem|EP)s?, $")
# What kind of work a title is, set off after it: ", a 1761 work that", ", a 2019 film".
_APPOSITIVE_WORK = re.compile(r", (?:a|an|the) (?:\d{4} )?(?:[a-z-]+ ){0,2}(?:work|painting|film|movie|novel|song|album|sculpture|portrait|documentary|musical|memoir|poem)\b(?! (?:of|by|for)\b)")
# Whose thing it is: "his Vauxhall Corsa".
_OWNER_BEFORE = re.compile(r"\b(?:his|her|their) $")
_OWNER_ENDS = ("his ", "her ", "their ")
# Someone's age, then where they are from: "Ana Lind, 45, of Kessa".
_AGE_OF_BEFORE = re.compile(r"\b\d{1,3}\)?, of $")
# "the" before a name, opening a sentence too ("The Tarvo Kestrels beat …").
_ANY_THE_BEFORE = re.compile(r"\b[Tt]he $")
# One side's result beside the other's name: "Kessa Titans beat …", "… lost to Orvo Strikers".
_RESULT_VERB_AFTER = re.compile(" " + RESULT_VERBS + r"\b")
_RESULT_VERB_BEFORE = re.compile(r"\b(?:" + RESULT_VERBS + r"|against|over|past) $")
# A region's word before "of" and the territory it lies in: "Kitikmeot Region of Nunavut".
_REGION_WORDS = frozenset("Region District Province County Municipality Territory Prefecture Governorate".split())
# A Reuters code after a company's name: " AAPL.O", " 2454.TW".
# A firm named for its founders "and Company", perhaps with its suffix: "… and Co Inc", "… & Co.".
_AND_CO = re.compile(r" (?:and|&) Co\.?(?: (?:Inc|Ltd|Plc|PLC|LLC)\.?)?$")
_AND_CO_LAST = frozenset({"Co", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "LLC"})
# Who speaks, as a pronoun opening a sentence: never a family name ("He says" after "Zheng He").
_PRONOUNS = frozenset("He She It They We I You His Her".split())
# A country by its letters, before another place's name.
_COUNTRY_BY_LETTERS = frozenset({"U.S.", "US", "U.K.", "UK"})
# A bowler's figures: overs, maidens, runs and wickets ("18-4-51-2", "9.3-1-33-0").
_BOWLING_FIGURES_AFTER = re.compile(r" \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")
# An older wire's ticker in angle brackets after a company's name: " <KMR>", " <MD N>".
_ANGLED_TICKER_NEXT = re.compile(r" <[A-Z]{1,6}(?: [A-Z]{1,2})?>")
_RIC_NEXT = re.compile(rf" (?:{RIC_CODE.pattern})\.{RIC_EXCHANGE.pattern}")
# A word with a contraction, opening a work's title: "Don't Look Up".
_CONTRACTION = re.compile(r"[A-Z][a-z]*['’](?:t|s|m|re|ll|ve|d)")
# An index after its makers' letters: "the S&P/TSX composite index".
_INDEX_AFTER = re.compile(r" (?:composite |benchmark |stock |share )?ind(?:ex|ices)\b")
# A word in small letters on both sides (or a clause's comma after small letters before:
# "Katrina, NADA expects"): a word in capitals there is an acronym, not a dateline's or a
# headline's town.
_RUNNING_BEFORE = re.compile(r"\b[a-z]+ $|[a-z\d], $")
_RUNNING_AFTER = re.compile(r" [a-z]+\b")


# A line holding only a name after a dash: a wire's credit closing a story ("–Field Level Media").
_CREDIT_LINE = re.compile(r"\s*[–—-]+\s*[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){1,4}\s*")


def _newspaper_word(word: str) -> bool:
    """A newspaper's word, also two joined by a hyphen ("Press-Tribune", "Herald-Leader")."""
    return word in NEWSPAPER_WORDS or ("-" in word and any(part in NEWSPAPER_WORDS for part in word.split("-")))


def _rest_of_line(text: str, start: int) -> str:
    """The text from `start` to the end of its line."""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


# The letters a navy or a shipping line writes before a ship's name.
_SHIP_PREFIXES = frozenset("HMS USS HMAS HMCS HMNZS USNS USCGC RFA BRP INS PNS BNS KRI TCG ROKS CCGS NRP HNLMS MV".split())


# A verb right after a name, then "its": "… said its profit rose", "… cut its forecast".
_ITS_AFTER = re.compile(r" (?:has |had |will |would |also |then )?[a-z]+(?:ed|s|t)? its\b")


class NameClassifier:
    """Types capitalised runs using the gazetteer, titles, cue words and first names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer
        self._models: dict[tuple[int, str], bool] = {}
        self._words_before: dict[str, str] = {}
        self._words_after: dict[str, str] = {}
        self._title_spans: dict[tuple[str, ...], tuple[int, int] | None] = {}
        self._full_names: dict[tuple[str, int, int], bool] = {}
        self._known: dict[str, tuple[str, str] | None] = {}
        self._towns: dict[str, bool] = {}
        self._games: dict[int, bool] = {}
        self.org_cues = gazetteer.org_cues | EXTRA_ORG_CUES | {cue + "s" for cue in gazetteer.org_cues if cue.isalpha()}

    # -------------------------------------------------------------- helpers

    def _surface(self, run: list[Token], text: str) -> str:
        return text[run[0].start : run[-1].end]

    def _found(self, run: list[Token], text: str, section: int, kind: str, key: str | None = None, name: str | None = None) -> Found:
        surface = self._surface(run, text)
        single = " ".join(surface.split())  # "New York  City" is New York City
        return Found(section, run[0].start, run[-1].end, kind, key or single, name or single)

    def _guess(self, run: list[Token], text: str, section: int, kind: str) -> Found:
        found = self._found(run, text, section, kind)
        found.guess = True
        return found

    def _two_places_by_hyphen(self, run: list[Token], text: str, section: int) -> list[Found] | None:
        """ "US-South Korea": a known place, a hyphen, then a known place of the run's words."""
        head, _, tail = run[0].text.partition("-")
        if not head[:1].isupper() or not tail[:1].isupper():
            return None
        first = self.g.lookup(head)
        if first is None or first[1] != "place":
            return None
        rest = " ".join([tail, *(t.text for t in run[1:])])
        second = self.g.lookup(rest)
        if second is None or second[1] != "place":
            return None
        cut = run[0].start + len(head)
        return [Found(section, run[0].start, cut, "place", first[0], first[0]), Found(section, cut + 1, run[-1].end, "place", second[0], second[0])]

    def _known_with_and(self, run: list[Token], words: list[str], text: str) -> int | None:
        """The end of a known name with an "and" of its own that opens a run, another "and"
        right after it ("Trinidad and Tobago and …"); else None."""
        first = words.index("and")
        for end in (first + 2, first + 3):
            if end < len(words) and words[end] == "and" and (self._lookup(run[:end], text) or ("", ""))[0].count(" and ") == 1:
                return end
        return None

    def _place_then_body(self, run: list[Token], text: str) -> int | None:
        """Where a known place of a word or two ends a run that a known body of two words or
        more goes on from, the whole being no known name; else None."""
        for split in (1, 2):
            if len(run) - split < 2:
                break
            if (self._lookup(run[:split], text) or ("", ""))[1] != "place":
                continue
            for end in range(len(run), split + 1, -1):
                if (self._lookup(run[split:end], text) or ("", ""))[1] == "organization" and self._lookup(run, text) is None:
                    return split
        return None

    def _body_then_subject(self, run: list[Token], text: str) -> int | None:
        """Where a known body (the one told) ends a run that a known place, people or body
        goes on from, the whole being no known name; else None."""
        if self._lookup(run, text) is not None:
            return None
        for split in range(len(run) - 1, 0, -1):
            if (self._lookup(run[:split], text) or ("", ""))[1] == "organization" and (self._lookup(run[split:], text) or ("", ""))[1] in ("place", "group", "organization"):
                return split
        return None

    def _lookup(self, run: list[Token], text: str) -> tuple[str, str] | None:
        written = text[run[0].start : run[-1].end]
        if run[0].start >= 4 and text[run[0].start - 4 : run[0].start] == "The " and written[:1].isupper():
            whole = self.g.lookup(f"The {' '.join(written.split())}")
            if whole is not None and whole[1] == "place":
                return whole  # "in The Hague and …": the article is the place's, though a list split it off
        # A run is looked up several times, and a text names the same things again and
        # again: each spelling is looked up once.
        key = written
        if written.isupper() and f"({written})" in text:
            key = f"({written})"  # letters the text spells out in brackets: its acronym
        elif written.isupper() and len(written) > 3 and _RUNNING_BEFORE.search(text, max(0, run[0].start - 12), run[0].start) and _RUNNING_AFTER.match(text, run[-1].end):
            key = f"({written})"  # "sat the PISA tests", "the NICE guidance": an acronym in running text, no town in capitals
        found = self._known.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            surface = " ".join(written.split())
            found = self.g.lookup(surface)
            if found is None and surface.isupper() and len(surface) > 3 and key is written:
                # Datelines: "PARIS —", "HYDERABAD, INDIA:"; but not an acronym the text
                # spells out ("the Agency (TEMA)"), whatever town has its name.
                found = self.g.lookup(surface.title())
                if found is None and "-" in surface:
                    # "SHARM EL-SHEIKH": the particle in small letters, as the gazetteer writes it.
                    found = self.g.lookup(_CAPS_PARTICLE.sub(lambda m: m.group().lower(), surface.title()))
            if found is None and ("'" in surface or "’" in surface) and " " not in surface and not surface.endswith(("'s", "’s")):
                # "Sana'a", "SANA'A": an apostrophe a transliteration writes and the gazetteer does not.
                bare = surface.replace("'", "").replace("’", "")
                found = self.g.lookup(bare) or self.g.lookup(bare.title())
            if found is not None and found[1] == "group" and surface in PARTY_NAMES and not surface[1:].islower():
                # "the SNP", "Sinn Fein", wherever they stand: the party, a body ("Labour"
                # alone is left to the whole-name rule: "Labour Relations Minister" is an office).
                found = (found[0], "organization")
            if len(self._known) > 4096:
                self._known.clear()
            self._known[key] = found
        if found is None and len(run) >= 2 and _direction(run[0].text):
            lead = 2 if len(run) >= 3 and _direction(run[1].text) else 1  # "North West England"
            rest = self.g.lookup(self._surface(run[lead:], text))
            if rest and rest[1] in ("place", "group"):
                return " ".join(written.split()), rest[1]  # "West Texas", "North Korean", "South-East Queensland"
        return found

    def _plural_title(self, word: str) -> bool:
        """A title in the plural ("Senators", "Governors"), which opens a list of people."""
        return len(word) > 5 and word[-1] == "s" and word[-2] != "s" and self.g.is_title(word[:-1]) and word[:-1].lower() not in self.g.common_words

    def _two_officers(self, run: list[Token]) -> int | None:
        """Where "and" joins two parts that each end in a title and a name of two or three words,
        one of them opened by a given name."""
        # Two officers make a short run with one "and" (a long run is never split here: the
        # steps stay linear in its length).
        if not 6 <= len(run) <= 14 or sum(t.text == "and" for t in run) != 1:
            return None
        for at, token in enumerate(run):
            if token.text != "and" or at < 3 or len(run) - at - 1 < 3:
                continue
            left, right = run[:at], run[at + 1 :]
            ends = [self._titles(part) for part in (left, right)]
            named = [end is not None and 2 <= len(part) - end[1] <= 3 and all(t.text[:1].isupper() for t in part[end[1] :]) for end, part in zip(ends, (left, right))]
            if all(named) and any(part[end[1]].text in self.g.first_names for end, part in zip(ends, (left, right)) if end is not None):
                return at
        return None

    def _titles(self, run: list[Token]) -> tuple[int, int] | None:
        """The (start, end) of the title in a run that ends furthest right ("Prime Minister")."""
        words = tuple(t.text for t in run)
        if words in self._title_spans:  # a name comes back: its title is found once
            return self._title_spans[words]
        best: tuple[int, int] | None = None
        for start in range(len(words)):
            for length in range(min(self.g.title_max_words, len(words) - start), 0, -1):
                if self.g.is_title(" ".join(words[start : start + length])):
                    if length == 1 and start >= 1 and words[start] in _RULERS and (words[start - 1] in self.g.first_names or _INITIALS.fullmatch(words[start - 1])):
                        break  # "Constable Richard King", "Katherine A. King": a family name after a given name or an initial, no king
                    if length == 1 and start >= 1 and words[start] in _RULERS and words[start - 1].rstrip(".") in _HONORIFICS and start + 1 < len(words):
                        break  # "Dr Sultan Al Jaber": after an honorific, a given name, no ruler
                    if (
                        length == 1
                        and start == len(words) - 1
                        and best is not None
                        and (start - best[1] >= 2 or (start - best[1] == 1 and words[best[1]] in self.g.first_names))
                        and not any(w.lower() in self.g.common_words for w in words[best[1] : start])
                    ):
                        break  # "Senator Ali Modu Sheriff", "Cllr Mike Chaplain": after a title and a name, a title's word is the family name
                    end = start + length
                    if best is None or end > best[1]:
                        best = (start, end)
                    break
        if best is None and len(words) >= 3 and words[1][:1].isupper() and self._plural_title(words[0]):
            best = (0, 1)  # "Senators Anusha Rehman Ahmad Khan": a title in the plural before names
        while best is not None and best[0] >= 1 and (words[best[0] - 1] in _TITLE_GRADES or self._office_adjective(words[best[0] - 1])):
            # "Kellow Media Senior Editor", "Enga Provincial Administrator": the grade or the
            # office's reach is the title's, not the body's.
            best = (best[0] - 1, best[1])
        if len(self._title_spans) > 4096:
            self._title_spans.clear()
        self._title_spans[words] = best
        return best

    def _initials_tail(self, run: list[Token]) -> int:
        """Where a person by bare initials and a family name ends a run after other words
        ("Railway P J Sharma" -> 1), or one whose name opens with a short form of Mohammad
        ("Zila BNP Md Muminul Islam" -> 2), else 0."""
        for index in range(1, len(run) - 1):
            if run[index].text in _MOHAMMAD and run[index + 1].text[:1].isupper() and len(run) - index <= 4:
                before = run[index - 1]
                if before.text.isupper() or self._is_common(before) or self.g.is_title(before.text):
                    return index  # not "Siti Khairiah Mohd Don", whose father's name it opens
        if len(run) < 4 or not (run[-1].text[:1].isupper() and run[-1].text[1:].islower() and len(run[-1].text) > 2):
            return 0
        index = len(run) - 1
        while index > 0 and len(run[index - 1].text) == 1 and run[index - 1].text.isupper():
            index -= 1
        if index == len(run) - 1 or len(run) - 1 - index > 3 or index < 1:
            return 0
        before = run[index - 1].text
        if len(before) == 1 or before in CONNECTORS or before.isupper() or self._titles(run[:index]) is not None:
            return 0  # "Home Minister G Parameshwara": a title's path finds the person
        return index

    def _label(self, run: list[Token], text: str) -> bool:
        """Common words only, of no known name: "Last Updated At", "Date Posted"."""
        return all(self._is_common(t) or t.text.lower() in FUNCTION_WORDS for t in run) and self._lookup(run, text) is None

    def _office_by_acronym(self, run: list[Token]) -> bool:
        """ "Wood Buffalo RCMP": a town's office of a body, the body by its known acronym last."""
        last = run[-1].text
        return len(run) >= 2 and last.isupper() and len(last) >= 2 and self.g.kind(last) == "organization"

    def _has_org_cue(self, run: list[Token]) -> bool:
        # a paper's two words joined by a hyphen cue too: "Herald-Leader", "Press-Tribune"
        return any(t.text in self.org_cues or ("-" in t.text and _newspaper_word(t.text)) for t in run)

    def _plural_name(self, rest: list[Token]) -> bool:
        """One or two capitalised words ending in a plural, of no place: "Pacers", "Red Sox"
        is not of this shape, "Blue Jays" is; not "Hills", "Falls" or "Islands"."""
        last = rest[-1].text
        return (
            1 <= len(rest) <= 2
            and all(t.text[:1].isupper() and t.text[1:].islower() for t in rest)
            and last.endswith("s")
            and not last.endswith(("ss", "us", "is"))
            and last not in PLACE_CUES
            and last not in self.org_cues
            and all(self.g.lookup(t.text) is None for t in rest)
        )

    def _digit_brand(self, token: Token) -> bool:
        """ "7-Eleven": a number, a hyphen and a number word or an uncommon word; "23andMe"."""
        if DIGIT_CAMEL.fullmatch(token.text):
            return True
        if not DIGIT_BRAND.fullmatch(token.text):
            return False
        tail = token.text.split("-", 1)[1]
        return bool(NUMBER_WORDS.fullmatch(tail)) or tail.lower() not in self.g.common_words

    def _is_common(self, token: Token) -> bool:
        word = token.text.lower()
        common = self.g.common_words
        if word in common:
            return True
        # "Analysts", "Negotiators": the plural of a common word is common too; but not a given
        # name that reads as one ("James" is no plural of "jam").
        return word.endswith("s") and (word[:-1] in common or (word.endswith("es") and word[:-2] in common)) and token.text not in self.g.first_names

    # -------------------------------------------------------------- classify

    def _after_credit_slash(self, run: list[Token], text: str) -> int | None:
        """Where a picture's credit ends in a run that follows its slash ("Ann Lee/Getty
        Images Hundreds …", "EPA/Ann Lee Smoke rises"), when a common word follows it; else None."""
        if len(run) < 2 or run[0].start == 0 or text[run[0].start - 1] != "/":
            return None
        if f"{run[0].text} {run[1].text}" in _PICTURE_AGENCIES:
            width = 2  # "Getty Images"
        elif run[0].text in self.g.first_names and len(run) >= 3:
            width = 2  # the photographer's given and family name
        else:
            width = 1  # "Reuters", "Scanpix": an agency in one word
        if len(run) <= width or run[width].text.lower() not in self.g.common_words:
            return None
        return width

    def _by_context(self, run: list[Token], text: str, section: int) -> list[Found] | None:
        """The names of a run told by the words around it (a firm by what is said of it, a
        caption's credit, a field of study, a verb opening the sentence, a side before its
        scorers), or None."""
        if (
            (_FIRM_AFTER.match(text, run[-1].end) or _SHARES_BEFORE.search(text, max(0, run[0].start - 12), run[0].start))
            and all(t.text[:1].isupper() for t in run)
            and not (run[0].text in self.g.first_names and len(run) <= 3 and not self._has_org_cue(run))
        ):
            known = self._lookup(run, text)
            if known is None or known[1] == "organization":
                # "Carver Lane, the Ohio-based maker of …", "Shares of Lindqvist Marine": a firm
                # by what is said of it, whatever its words.
                return [self._found(run, text, section, "organization", key=known[0] if known else None, name=known[0] if known else None)]
        body = _LOWER_BODY_AFTER.match(text, run[-1].end)
        if (
            body
            and all(t.text[:1].isupper() for t in run)
            and not run[-1].text.isupper()
            and not (body.group(1) == "police" and run[0].text in DIRECTIONS)  # "West Dorvale police": the region's force, the region named
            and self._lookup(run, text) is None
        ):
            # "West Mercia police", "Royal Shrewsbury hospital": a force or a hospital named as
            # British papers write them, its kind in small letters, by a name no place list knows.
            kind = "organization" if body.group(1) == "police" else "place"
            found = self._found(run, text, section, kind)
            found.end = body.end()
            found.key = found.name = f"{found.name} {body.group(1)}"
            return [found]
        if 2 <= len(run) <= 3 and all(t.text[:1].isupper() for t in run):
            trade = run[0].text.lower() in TRADES and run[0].sentence_start
            if (trade or (text[run[0].start - 2 : run[0].start - 1] in _TRADE_LAST and self._before(run, text) in TRADES)) and self._lookup(run[1:] if trade else run, text) is None:
                # "drugmaker Halden Price", "Insurer Dalton Brooks said": a firm by its trade,
                # even named like a person
                return [self._found(run[1:] if trade else run, text, section, "organization")]
        if _FIRM_APPOSITION.match(text, run[-1].end) and all(t.text[:1].isupper() for t in run):
            if len(run) > 2 and run[0].sentence_start and run[0].text.lower() in self.g.common_words:
                run = run[1:]  # "Sponsor Sterling Hart, the accounting firm": a word opening the sentence
            if self._lookup(run, text) is None:
                return [self._found(run, text, section, "organization")]  # "Corwin Blake, a research firm": a firm by its kind, even named like a person
        if (
            len(run) == 2
            and run[0].text in CHINESE_FAMILY_NAMES
            and _PINYIN_GIVEN.fullmatch(run[1].text.lower())
            and run[1].text[1:].islower()
            and self._lookup(run, text) is None
        ):
            return self._person(run, text, section)  # "Ren Guoqiang", "Liu Wenjie": a Chinese family name, then a given name in pinyin
        if len(run) == 2 and run[1].text == "Air" and run[0].text[1:].islower() and self._lookup(run, text) is None:
            return [self._found(run, text, section, "organization")]  # "Nature Air": an airline by its last word
        if len(run) <= 3 and text.endswith(_NEARBY_WORDS, max(0, run[0].start - 13), run[0].start) and all(t.text[:1].isupper() for t in run):
            near = _NEARBY_AFTER_PLACE.search(text, max(0, run[0].start - 48), run[0].start)
            if near is not None and self.g.kind(near.group(1)) == "place" and self._lookup(run, text) is None:
                return [self._found(run, text, section, "place")]  # "in Whitby and nearby Sleights": a town by the one it lies near
        if len(run) >= 3 and run[-1].text in ("Photo", "Photos") and all(t.text[:1].isupper() for t in run[:-1]) and run[0].text in self.g.first_names:
            return self.classify(run[:-1], text, section)  # "after the storm Rhys Evans Photo": the photographer's credit
        for at in range(2, len(run)):
            width = 2 if at + 1 < len(run) and f"{run[at].text} {run[at + 1].text}" in _PICTURE_AGENCIES else 1 if run[at].text in _PICTURE_AGENCIES else 0
            if width and run[0].text in self.g.first_names:
                # "Marta Silva Getty Images Runners pass …": a caption's credit glued between the
                # photographer's name and the caption.
                agency = run[at : at + width]
                return self.classify(run[:at], text, section) + [self._found(agency, text, section, "organization")] + (
                    self.classify(run[at + width :], text, section) if run[at + width :] else []
                )
        if len(run) == 3 and run[0].text in _PICTURE_AGENCIES and run[1].text in _SHOT_WORDS and run[2].text.isdigit():
            return [self._found(run[:1], text, section, "organization")]  # "Reuters Photo 3": the agency, then the picture's number
        if len(run) >= 2 and run[-1].text in _SHOT_WORDS and _SHOT_NUMBER_AFTER.match(text, run[-1].end):
            return self.classify(run[:-1], text, section)  # "homes in Valencia Photo 7 Residents …": a picture's number glued on
        shot = next((i for i, t in enumerate(run) if i >= 2 and t.text in _SHOT_WORDS and i + 1 < len(run) and run[i + 1].text.isdigit()), None)
        if shot is not None:
            # "Coach Bill Harrower Reuters Photo 3 of 12": a caption's name, then the agency
            # and the picture's number glued on.
            agency = self._lookup(run[shot - 1 : shot], text)
            return self.classify(run[: shot - 1] if agency is not None and agency[1] == "organization" and shot >= 3 else run[:shot], text, section)
        if len(run) >= 3 and _MINISTER_OF_BEFORE.search(text, max(0, run[0].start - 16), run[0].start):
            # "the minister of Electricity and Water Resources Moatez Mousa": the portfolio's
            # words, then the minister.
            common = [i for i, t in enumerate(run) if t.text.lower() in self.g.common_words]
            given = common[-1] + 1 if common else None
            if (
                given is not None
                and 2 <= len(run) - given <= 3
                and all(t.text[:1].isupper() and self.g.lookup(t.text) is None for t in run[given:])
                and all(t.text[:1].isupper() or t.text in ("and", "&") for t in run[:given])
            ):
                return self.classify(run[given:], text, section)
        if (
            text.startswith(", ", run[-1].end)
            and not text.startswith((", who", ", whose"), run[-1].end)
            and (_WORK_KIND_COMMA_BEFORE.search(text, max(0, run[0].start - 16), run[0].start) or _APPOSITIVE_WORK.match(text, run[-1].end))
            and run[0].text not in self.g.first_names
            and run[0].text.lower() not in FUNCTION_WORDS
            and not (len(run) == 1 and self._is_common(run[0]))
            and all(t.text[:1].isupper() or t.text.lower() in CONNECTORS or t.text in ("&", "the", "a", "an") for t in run)
            and self._lookup(run, text) is None
        ):
            # "his sixth studio album, Man of the Woods, which", "Basket of Plums, a 1761 work
            # that": a work set off by commas, by what kind of work it is.
            return [self._found(run, text, section, "other")]
        if _STUDIED_IN.search(text, max(0, run[0].start - 24), run[0].start) and not self._lookup(run, text) and run[-1].text not in _SCHOOL_WORDS:
            return []  # "a PhD in Electronics and Optical Communications": a field of study, no name
        if (
            len(run) >= 2
            and run[0].sentence_start
            and run[0].text.endswith("ing")
            and self.g.lookup(run[0].text) is None
            and run[0].text not in self.g.first_names
            and self._lookup(run[1:], text) is not None
        ):
            return self.classify(run[1:], text, section)  # "Entering Parliament for the first time": a verb, then the name
        if len(run) >= 2 and run[-1].text.isdigit() and _SCORERS_AFTER.match(text, run[-1].end):
            # "Crusaders 34 (Fergus Burke try 16min …)": a side and its score, then who scored.
            side = self.classify(run[:-1], text, section)
            if not side or (len(side) == 1 and side[0].type in ("other", "other?", "person", "person?")):
                return [self._found(run[:-1], text, section, "organization")]
            return side
        return None

    def classify(self, run: list[Token], text: str, section: int, shouting: bool = True) -> list[Found]:
        """The names in a run of capitalised words, in text order.

        The steps below split a run into parts and hand each part back for classifying.
        They are generators that yield either a Found or the steps for a part; this loop
        runs them depth first, so the work never recurses however long the run is. (A step
        whose last act is the next step of the same run hands over with `yield from`: the
        same order, fewer turns of the loop, and at most three steps deep.)
        """
        if len(run) == 2 and text[run[0].start : run[-1].end] in NOT_NAMES:
            return []  # "M.Sc": a degree after a name, in two tokens
        if (
            len(run) >= 3
            and run[-1].text in _AND_CO_LAST
            and _AND_CO.search(text, run[0].start, run[-1].end)
            and all(t.text[:1].isupper() or t.text in ("and", "&") for t in run)
        ):
            return [self._found(run, text, section, "organization")]  # "W.R. Grace and Co", "Merrill Lynch and Co Inc": one firm
        if 2 <= len(run) <= 3 and "-" in run[0].text and (pair := self._two_places_by_hyphen(run, text, section)):
            return pair  # "US-South Korea drills": two places, the second of two words
        if len(run) <= 3 and run[0].text in _SERVICE_FIRST and " ".join(t.text for t in run) in ARMED_SERVICES:
            return [self._found(run, text, section, "organization")]  # "the Army", "the Coast Guard": an armed service
        if (
            len(run) >= 2
            and _GRADE.fullmatch(run[0].text)
            and text.endswith(": ", 0, run[0].start)
            and _GRADE_LABEL.search(text, max(0, run[0].start - 16), run[0].start)
            and run[1].text.lower() in self.g.common_words
        ):
            # "Bottom line: B. Friendly, versatile …": a review's grade, then its verdict's
            # first word; no initial of a name.
            return self.classify(run[2:], text, section, shouting) if len(run) > 2 else []
        credit = self._after_credit_slash(run, text)
        if credit is not None:
            # "Ann Lee/Getty Images Hundreds of farmers …": a picture's credit, then the next
            # sentence's first word (the caption's lines were joined): two parts.
            return self.classify(run[:credit], text, section, shouting) + self.classify(run[credit:], text, section, shouting)
        if (
            len(run) >= 3
            and run[-1].text == "A"
            and _LOWER_WORD_AFTER.match(text, run[-1].end)
            and all(t.text[1:2].islower() for t in run[:-1])
        ):
            return self.classify(run[:-1], text, section, shouting)  # "Image: Ann Lee A resident waters …": the article opens the next sentence
        told = self._by_context(run, text, section)
        if told is not None:
            return told
        if len(run) >= 2 and run[-2].text == "Station" and _CALL_LETTERS.fullmatch(run[-1].text):
            # "CBS Station KDKA": a broadcaster by its call letters (its network before it)
            return (self.classify(run[:-2], text, section, shouting) if len(run) > 2 else []) + [self._found(run[-1:], text, section, "organization")]
        if (
            len(run) >= 2
            and run[-1].text in _OFFICE_HOLDERS
            and (office := _OFFICE_AFTER.match(text, run[-1].end))
            and (run[-2].text in ("County", "City", "Parish") or (self._lookup(run[:-1], text) or ("", ""))[1] == "place")
        ):
            # "the Cochise County Sheriff's office": the office of a place's officer, one body
            name = text[run[0].start : office.end()]
            return [Found(section, run[0].start, office.end(), "organization", name, name)]
        split = self._two_officers(run)
        if split is not None:
            # "Kestrel Chief Executive Tom Reyes and Chief Finance Officer Ann Dale": each an
            # office and its holder, joined by "and"; two names, typed apart.
            return self.classify(run[:split], text, section, shouting) + self.classify(run[split + 1 :], text, section, shouting)
        if "," in text[run[0].start : run[-1].end] and any(", " in text[a.end : b.start] and b.text not in COMPANY_SUFFIXES for a, b in zip(run, run[1:])):
            # A name that lists fields between commas (names.py joined it): an organisation.
            return [self._found(run, text, section, "organization")]
        if self._field_body(run):
            return [self._found(run, text, section, "organization")]  # "Statistics Finland", "Tennis Australia": a country's body for a field
        if (run[0].text in _ZONE_NAMES if len(run) == 1 else _NAMED_ZONE.fullmatch(text, run[0].start, run[-1].end)) and _AFTER_TIME.search(
            text, max(0, run[0].start - 12), run[0].start
        ):
            return []  # "9 p.m. Pacific time", "3:13 a.m. Eastern Daylight Time": the zone of a time (dates_numbers.py), no ocean
        if _PARTY_TOWN.fullmatch(run[0].text) and run[0].start >= 2 and (
            (text[run[0].start - 1] == "(" and text[run[-1].end : run[-1].end + 1] == ")")
            or (text[run[0].start - 2 : run[0].start] == ", " and text[run[-1].end : run[-1].end + 1] in (",", ";"))
        ):
            # "(D-Port Angeles)", "(R-Sequim)", "Rep. Ana Lee, D-New Orleans,": a legislator's
            # party letter, then the town they stand for.
            name = " ".join(text[run[0].start + 2 : run[-1].end].split())
            known = self.g.lookup(name)
            return [Found(section, run[0].start + 2, run[-1].end, "place", known[0] if known else name, known[0] if known else name)]
        if run[0].start >= 6 and text[run[0].start - 4 : run[0].start] == "The " and text[run[0].start - 6 : run[0].start - 4] not in (". ", "! ", "? ", '" ', "“ ") and text[run[0].start - 5] != "\n":
            known = self.g.lookup("The " + " ".join(text[run[0].start : run[-1].end].split()))
            if known is not None:
                # "sent to The Hague": "The" is part of the name, and without it "Hague" is a person's.
                return [Found(section, run[0].start - 4, run[-1].end, known[1], known[0], known[0])]
        if run[-1].text in _MEMBERS_BY_LETTERS:
            # "New Democrat MLAs", "Opposition MPs": members by their office's letters; the
            # party before them is the name.
            return self.classify(run[:-1], text, section, shouting) if len(run) > 1 else []
        if 2 <= len(run) <= 3 and self._people_of_a_place(self._surface(run, text)):
            return [self._found(run, text, section, "group")]  # "British Columbians"
        if _TICKER_BEFORE.search(text, max(0, run[0].start - 16), run[0].start):
            return []  # "(INDEXDJX:.DJI)", "(NASDAQ: AAPL)": a ticker's code after its exchange, no name
        if text[run[0].start - 1 : run[0].start] in ("$", "€", "£") and run[0].start >= 1 and _AFTER_A_SIGN.fullmatch(run[0].text):
            return []  # "$US222 million", "$A5": a country's letters after the dollar sign, an amount (dates_numbers.py)
        if text[run[0].start - 1 : run[0].start] == "#" and run[0].start >= 1:
            return []  # "#Credit Markets", "#WorldNews": a page's tag, no name
        if text[run[0].start - 1 : run[0].start] == "/" and run[0].start >= 1 and self._label(run, text):
            return []  # "REUTERS/Ana Ruiz/File Photo": a picture's label after its credit
        if text[run[-1].end : run[-1].end + 1] == ":" and _STAMP_AFTER.match(text, run[-1].end) and self._label(run, text):
            return []  # "Last Updated At:13:33", "Date Posted: May 3": a page's label before its time
        if len(run) >= 2 and (run[-1].text.isdigit() or _THOUSANDS_K.fullmatch(run[-1].text)) and run[-2].text in CURRENCY_CODES:
            run = run[:-2]  # "USD 2.71 billion", "INR 12K": an amount (dates_numbers.py), no name
        elif run[-1].text in CURRENCY_CODES and _FIGURE_AFTER.match(text, run[-1].end):
            run = run[:-1]  # "EUR 3bn"
        elif run[-1].text.isdigit() and _SHARE_AFTER.match(text, run[-1].end):
            run = run[:-1]  # "Almost 40 percent": a share (dates_numbers.py), no model's number
        if not run:
            return []
        last = run[-1].text
        if (
            2 <= len(run) <= 4
            and "/" in run[0].text
            and all(t.text.isupper() for t in run)
            and text[run[0].start - 1 : run[0].start] in ("", "\n")
            and _DATELINE_AFTER.match(text, run[-1].end)
        ):
            # "BEIRUT/THE HAGUE, March 7 (Reuters) -": a story filed from two towns.
            cut = run[0].start + run[0].text.index("/")
            return [
                Found(section, run[0].start, cut, "place", text[run[0].start : cut].title(), text[run[0].start : cut]),
                Found(section, cut + 1, run[-1].end, "place", " ".join(text[cut + 1 : run[-1].end].split()).title(), text[cut + 1 : run[-1].end]),
            ]
        if (
            2 <= len(run) <= 4
            and last.isupper()
            and run[0].text.isupper()
            and all(t.text.isupper() for t in run)
            and text[run[0].start - 1 : run[0].start] in ("", "\n")
            and _DATELINE_AFTER.match(text, run[-1].end)
        ):
            return [self._found(run, text, section, "place")]  # "SHARM EL-SHEIKH, Egypt (Reuters) -": a story's dateline
        if (
            len(run) <= 3
            and text[run[0].start - 1 : run[0].start] in ("", "\n")
            and all(t.text[:1].isupper() and t.text[1:].islower() for t in run)
            and _AGENCY_AFTER.match(text, run[-1].end)
            and not self._has_org_cue(run)
            and (self._lookup(run, text) or ("", "place"))[1] == "place"
        ):
            return [self._found(run, text, section, "place")]  # "Acapulco (Reuters) –": a dateline in mixed case
        if (
            len(run) <= 2
            and text.startswith(": ", run[-1].end)
            and text[run[-1].end + 2 : run[-1].end + 3].isupper()
            and not text[: run[0].start].strip()
            # a sentence follows, not a field's names ("Umpires: Tom Lind and Ann Roe")
            and sum(w.islower() for w in _rest_of_line(text, run[-1].end + 2).split()) >= 4
            and all(t.text[:1].isupper() and t.text[1:].islower() and not self._is_common(t) for t in run)
            and not any(t.text in self.g.first_names for t in run)
            and (self._lookup(run, text) or ("", "place"))[1] == "place"
        ):
            return [self._found(run, text, section, "place")]  # "Sriharikota: The agency launched …": a dateline before a colon
        if (
            len(run) <= 3
            and all(t.text.isupper() and t.text.isalpha() and len(t.text) >= 2 for t in run)
            and not all(self._is_common(t) or self.g.is_title(t.text) for t in run)
            and text[run[0].start - 1 : run[0].start] in ("", "\n")
            and (_DASH_THEN_SENTENCE.match(text, run[-1].end) or _DAY_THEN_DASH.match(text, run[-1].end))
            and self._lookup(run, text) is None
        ):
            if len(run) >= 2 and self.g.kind(run[-1].text.title()) == "place":
                # "HAMILTON ONTARIO (August 29, 2004)--": the town, then its region
                return [self._found(run[:-1], text, section, "place"), self._found(run[-1:], text, section, "place")]
            return [self._found(run, text, section, "place")]  # "MONTGOMERY — Ana Lee took office": a dateline's town
        if len(run) >= 3 and last.isdigit() and text[run[-2].end : run[-1].start] in ("'s ", "’s "):
            owner = text[run[0].start : run[-2].end + 2]
            if self.g.lookup(owner) is not None:
                return [self._found(run, text, section, "other")]  # "the Standard & Poor's 500": a firm's index
        if (
            len(run) >= 3
            and last.isupper()
            and 2 <= len(last) <= 5
            and (run[0].text in self.g.first_names or (text.endswith(_CREDIT_ENDS, 0, run[0].start) and bool(_CREDIT_BEFORE.search(text, max(0, run[0].start - 16), run[0].start))))
            and last.isalpha()
            and not run[-2].text.isupper()
            and not self.g.is_title(last)
            and not _ROMAN_LARGE.fullmatch(last)  # "Henry Ford II"
            and last not in COMPANY_SUFFIXES  # "Orlan Gas PLC"
            and len(run) <= 5
            and all(t.text[:1].isupper() or t.text in PARTICLES for t in run[:-1])
            and not self._has_org_cue(run[:-1])
        ):
            # "Remko de Waal ANP": a photo's credit, the photographer, then the agency.
            return self._person(run[:-1], text, section) + self.classify(run[-1:], text, section, shouting)
        tail = self._initials_tail(run)
        if tail:
            # "NF Railway P J Sharma": a person by initials and a family name after a body's
            # name, which runs into it with no comma.
            return self.classify(run[:tail], text, section, shouting) + self.classify(run[tail:], text, section, shouting)
        if len(run) >= 2 and ("'" in run[0].text or "’" in run[0].text) and _CONTRACTION.fullmatch(run[0].text) and self._before(run, text) in WORK_BEFORE:
            return [self._found(run, text, section, "other")]  # "the comedy Don't Look Up": a work's title opened by a contraction
        if len(run) >= 2 and _MARK.fullmatch(run[-1].text):
            return [self._found(run, text, section, "other")]  # "GSLV Mk-III", "Orvan Mk2": a machine's mark
        if (
            2 <= len(run) <= 4
            and run[0].text in _COUNTRY_BY_LETTERS
            and self._lookup(run, text) is None
            and (self._lookup(run[1:], text) or ("", ""))[1] == "place"
        ):
            # "U.S. Middle East policy": the country's letters, then a region it speaks of: two places.
            return [self._found(run[:1], text, section, "place"), self._found(run[1:], text, section, "place")]
        if (
            2 <= len(run) <= 4
            and text.endswith("-based ", 0, run[0].start)
            and run[0].text not in self.g.first_names
            and all(t.text[:1].isupper() for t in run)
            and (self._lookup(run, text) or ("", "organization"))[1] == "organization"
        ):
            return [self._found(run, text, section, "organization")]  # "the Toledo-based Owens Corning": a firm by where it is based
        if (_RIC_NEXT.match(text, run[-1].end) or _ANGLED_TICKER_NEXT.match(text, run[-1].end)) and not self._lookup(run, text) and all(t.text[:1].isupper() for t in run):
            return [self._found(run, text, section, "organization")]  # "Mediatek 2454.TW": a company before its Reuters code
        if self._quoted_work(run, text):
            return [self._found(run, text, section, "other")]  # "the single “Lately”": a work, whatever its words
        if len(run) >= 2 and all(_CAPS_WORD.fullmatch(t.text) for t in run) and self._common_in_capitals(run, text):
            return []  # "SIMPLE GUIDE", "LOOK-UP TOOL": a page's label in capitals, no name
        if (
            last.isupper()
            and text[run[0].start - 1 : run[0].start] in ("", "\n")
            and _SLUG_AFTER.match(text, run[-1].end)
            and all(t.text.isupper() for t in run)
            and self._lookup(run, text) is None
        ):
            return []  # "TENNIS - SEEDS FALL", "RUGBY UNION - …": a wire story's subject slug opens its headline
        shouted = self._shouted(run, text) if shouting and len(run) >= 2 and run[-1].text.isupper() else 0
        if shouted:
            return [f for part in self._shouted_parts(run, shouted) for f in part(text, section)]
        out: list[Found] = []
        stack: list[Iterator[Found | Iterator]] = []
        for start in range(0, len(run), MAX_RUN):
            stack.append(self._trimmed(run[start : start + MAX_RUN], text, section))
        stack.reverse()
        while stack:
            item = next(stack[-1], None)
            if item is None:
                stack.pop()
            elif isinstance(item, Found):
                out.append(item)
            else:
                stack.append(item)
        return [_with_generation(_with_house_number(_with_year(f, text), text), text) for f in out if not self._portfolio(f, text)]

    def _people_of_a_place(self, word: str) -> bool:
        """The people of a place the gazetteer knows, in the plural: "Calgarians" (Calgary),
        "Canberrans" (Canberra), "Bostonians", "Aucklanders", "Iowans"; one of them when the
        place's name has two words ("a New Jerseyan")."""
        last = word.rsplit(" ", 1)[-1]
        if " " in word and word.endswith("an"):
            word += "s"  # "a New Jerseyan", "every North Carolinian": one of a state's people
        if len(word) < 6 or not word.endswith("s") or not last[1:].islower() or word in self.g.groups:
            return False
        if word.endswith("ians"):
            # "Torontonians" (Toronto): an "n" between the place and the ending.
            # "Ontarians" (Ontario): the place's last letter dropped before the ending.
            stems = (word[:-4] + "y", word[:-4] + "ia", word[:-4] + "a", word[:-4], word[:-3] + "a", word[:-3] + "o", word[:-5])
        elif word.endswith("ans"):
            # "Arizonans" (Arizona); "Coloradans" (Colorado), "Texans" (Texas), "Chicagoans" (Chicago).
            stems = (word[:-2], word[:-3] + "o", word[:-3] + "as", word[:-3])
        elif word.endswith("ers"):
            stems = (word[:-3],)
        else:
            return False
        return any(self.g.kind(stem) == "place" for stem in stems)

    def _portfolio_pair(self, left: list[Token], right: list[Token]) -> bool:
        """A ministry named by two fields joined by "and": "Ministry of Energy and Natural
        Resources", "Energy and Natural Resources Ministry"; no body or title after "and"."""
        if not left or not right or len(right) > 4 or any(self.g.is_title(t.text) for t in right):
            return False
        if right[-1].text in _MINISTRY_HEADS:
            return len(left) == 1 and left[0].text[:1].isupper()
        return (
            len(left) >= 3
            and left[0].text in _MINISTRY_HEADS
            and left[1].text in ("of", "for")
            and right[0].text not in _MINISTRY_HEADS
            and right[-1].text not in _BODY_ENDS
            and all(t.text[:1].isupper() for t in right)
        )

    def _shared_word(self, left: list[Token], right: list[Token]) -> bool:
        """Do the names on both sides of "and" share a capitalised word of their own (not a
        cue like "Bank"): "Rastriya Janamorcha and Rastriya Prajatantra Party"."""
        own = {t.text for t in left if t.text[:1].isupper() and t.text not in self.org_cues and t.text.lower() not in CONNECTORS}
        return any(t.text in own for t in right)

    def _head_of_what(self, run: list[Token]) -> bool:
        """A run "Title of the … Body": a title ("Manager of the Parish Council"; not "Duke
        of …", whose title names the person, nor "Bank of …"), then the body it serves."""
        if len(run) < 3 or run[1].text not in ("of", "for"):
            return False
        head = run[0].text
        if head in self.org_cues or head in PLACE_CUES or head in FACILITY_WORDS or head in EVENT_WORDS or head in _NOBLE:
            return False
        if self.g.lookup(head) is not None or run[2].text != "the" or len(run) < 5:
            return False
        return self.g.is_title(head) and run[-1].text in self.org_cues

    def _field_body(self, run: list[Token]) -> bool:
        """A field, then a country, state or city: "Statistics Finland", "Sport England"."""
        return len(run) == 2 and run[0].text in FIELD_BODIES and self.g.kind(run[1].text) == "place"

    def _portfolio(self, found: Found, text: str) -> bool:
        """An organisation that is only a minister's portfolio in common words, with its title
        just before or after ("Minister for Foreign Affairs,", "Planning and International
        Cooperation Minister"): part of the title, no body of its own."""
        if found.type != "organization":
            return False
        words = text[found.start : found.end].split()
        if not all(w.lower() in CONNECTORS or (w[:1].isupper() and w.lower() in self.g.common_words) for w in words):
            return False
        if _PORTFOLIO_BEFORE.search(text, max(0, found.start - 120), found.start):
            return True
        return bool(_TITLE_AFTER.match(text, found.end)) and words[-1] not in self.org_cues

    def _trimmed(self, run: list[Token], text: str, section: int) -> Steps:
        if len(run) >= 3 and run[1].text.isdigit() and run[0].text in _STAGE_LABELS and run[0].sentence_start:
            # "Lap 14 Marcus Ericsson has a smash": a live report's lap, then who; the lap is a
            # count, the rest names on its own.
            yield self._found(run[:2], text, section, "number")
            yield self._trimmed(run[2:], text, section)
            return
        if run and text.endswith(("called ", "named "), 0, run[0].start) and (kind := _KIND_CALLED_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)) and _singular(kind.group(1)) in _BODY_KINDS and run[-1].text[:1].isupper():
            # "one called Save Our Shoreline", "a charity named Hope Lanes": a body named
            # right after what kind it is, whatever common words its name is made of.
            yield self._found(run, text, section, "organization")
            return
        if 3 <= len(run) <= 6 and text[run[0].start - 3 : run[0].start] == "in " and run[0].start >= 3 and (split := self._place_then_body(run, text)):
            # "Speaking in Brussels European Commission President …": where, then a body the
            # gazetteer knows, with no comma between them.
            yield self._found(run[:split], text, section, "place")
            yield self._trimmed(run[split:], text, section)
            return
        if 2 <= len(run) <= 5 and text.endswith(("told ", "tells ", "telling "), 0, run[0].start) and _MODAL_AFTER.match(text, run[-1].end) and (split := self._body_then_subject(run, text)):
            # "told Sky News Iran must …": who was told, then who the words are about, with
            # no comma between them.
            yield self._trimmed(run[:split], text, section)
            yield self._trimmed(run[split:], text, section)
            return
        if run and (run[0].text in _MINOR_LEAGUES or (len(run) >= 3 and run[0].text == "Class" and run[1].text in ("A", "AA", "AAA"))):
            # "Triple-A Buffalo", "Class A Dunedin": a minor-league side by its level, then its town.
            rest = run[1:] if run[0].text in _MINOR_LEAGUES else run[2:]
            if len(rest) >= 3 and rest[0].text in ("No.", "No") and rest[1].text.isdigit():
                rest = rest[2:]  # "Class AAA No. 13 Parkersburg": a class, a ranking, then the side
            end = next((i for i, t in enumerate(rest) if t.text.lower() in CONNECTORS), len(rest))
            if rest[:end]:
                yield self._found(rest[:end], text, section, "organization")
            if rest[end + 1 :]:
                yield self._trimmed(rest[end + 1 :], text, section)  # "… and Class-A Frederick"
            return
        if 3 <= len(run) <= 4 and run[0].text in _RULERS and _ROMAN_LARGE.fullmatch(run[-1].text) and not self._is_common(run[1]):
            yield from self._person(run[1:], text, section)  # "King Abdullah II", "Pope Leo XIV": the ruler's name
            return
        if len(run) >= 2 and run[0].text in ("The", "A", "An") and self._quoted_whole(run[1:], text, run[0].start):
            # “The Eyes of Lena Marsh”: a quoted title opened by its article, the article kept.
            yield self._found(run, text, section, "other")
            return
        if (
            len(run) >= 3
            and run[0].text in ("FM", "EAM")
            and run[1].text[:1].isupper()
            and run[1].text not in _ORGANISATION_FIRST
            and not self._has_org_cue(run[1:])
            and not any(t.text.lower() in CONNECTORS for t in run)
        ):
            # "FM Narayan Khadka", "EAM S Jaishankar": a foreign minister by the letters South
            # Asian papers write before the name (a radio station's "FM" ends its name).
            yield from self._person(run[1:], text, section)
            return
        if len(run) >= 3 and run[0].text in _MEMBERS and run[1].text == "for" and run[2].text[:1].isupper():
            # "the Member for Vanimo-Green", "MP for Kingston and Surbiton": a seat in a
            # parliament, named by the place it stands for.
            yield self._found(run[2:], text, section, "place")
            return
        if self._head_of_what(run):
            # "Manager of the St. James Parish Council": a title, then the body it serves.
            rest = run[2:]
            while rest and rest[0].text.lower() in ("the", "a", "an"):
                rest = rest[1:]
            if rest:
                yield self._trimmed(rest, text, section)
            return
        # Connecting words never start or end a name.
        while run and (run[0].text.lower() in CONNECTORS or run[0].text.lower() in FUNCTION_WORDS):
            if run[0].text[0].isupper() and run[0].text.lower() in PARTICLES and len(run) > 1:
                break  # a particle in capitals opens a name: "La Paz", "De Beers", "Al Jazeera"
            if run[0].text == "Our" and len(run) > 1 and run[1].text in _OUR_NAMES:
                break  # "Our Lady of Apostles Catholic Church": a church or a school named for Mary
            run = run[1:]
        while run and (run[-1].text.lower() in CONNECTORS or run[-1].text.lower() == "the"):
            if len(run) >= 2 and run[-1].text.lower() in PARTICLES and run[-1].text[:1].isupper() and run[-2].text in self.g.first_names:
                break  # "Katherine Ng", "Joseph Le", "Andy Do": a family name spelled as a particle
            run = run[:-1]
        if len(run) == 2 and run[0].text.lower() in COUNT_OPENINGS and run[1].text in self.g.groups:
            run = run[1:]  # "Two Nigerians were charged": a count of the group's people (dates_numbers.py)
        if len(run) >= 2 and run[0].text[:1].isupper() and self._quoted_whole(run, text):
            # “Better Idea of Afghan Girls,”: a quoted title is one name, its first word too.
            yield self._found(run, text, section, "other")
            return
        # Sentence-initial common words are not names: "However", "Both", "After World War II";
        # but a credit after a caption's label is one name: "Image: Nick Moreau".
        credit = bool(run) and text.endswith(_CREDIT_ENDS, 0, run[0].start) and bool(_CREDIT_BEFORE.search(text, max(0, run[0].start - 16), run[0].start))
        if (
            len(run) >= 2
            and run[0].sentence_start
            and not credit
            and run[0].text not in self.g.first_names
            and self.g.lookup(run[0].text) is None
            and self.g.kind(run[1].text) == "group"
            and self._lookup(run[:2], text) is None
        ):
            run = run[1:]  # "Unheralded Briton Jack Draper", "Unheralded Japanese journeyman": a word opening the sentence, then who
        if (
            len(run) >= 2
            and run[0].sentence_start
            and not credit
            and run[0].text[1:].islower()
            and run[0].text.lower().endswith(_TRADE_ENDS)
            and run[0].text not in self.g.first_names
            and self.g.lookup(run[0].text) is None
            and run[0].text not in self.org_cues
            and not self.g.is_title(run[0].text)
            and (
                (self._lookup(run[1:], text) or ("", ""))[1] == "organization"
                or (len(run) == 2 and run[1].text.isupper() and run[1].text.isalpha() and len(run[1].text) >= 2 and run[1].text not in COMMON_ACRONYMS)
                or (len(run) == 2 and _BRAND_WITH_DIGITS.fullmatch(run[1].text) is not None)  # "Chipmaker Nexa3"
            )
        ):
            run = run[1:]  # "Retailer Tesco said", "Brokerage CLSA has": what the firm does, then its name
        if (
            len(run) >= 3
            and run[0].sentence_start
            and not credit
            and _AGENT_NOUN.fullmatch(run[0].text)
            and run[0].text not in self.g.first_names
            and run[1].text in self.g.first_names
            and self.g.lookup(run[0].text) is None
            and not self.g.is_title(run[0].text)
            and self._lookup(run, text) is None
            and all(t.text[:1].isupper() or t.text in PARTICLES for t in run[1:])
        ):
            run = run[1:]  # "Builder Rui De Sa said": what a person does, opening the sentence, then the name
        while (
            run
            and not credit
            and not self._given_name_opens(run, text)
            and run[0].sentence_start
            and self._is_common(run[0])
            and self.g.lookup(run[0].text) is None
            and self._lookup(run, text) is None
            # "United States Navy": a known name opens the run.
            and not any(self._lookup(run[:size], text) for size in range(2, min(self.g.max_words, len(run)) + 1))
            and not (len(run) > 1 and self._titles(run[:4]) and self._titles(run[:4])[0] == 0)
            and not (len(run) == 2 and run[0].text in _ORGANISATION_FIRST)
            # "Park Min-jun said": a family name before a hyphenated given name, whatever word it is too
            and not (len(run) == 2 and len(run[0].text) <= 5 and _GIVEN_HYPHENATED.fullmatch(run[1].text))
            # "Upper Lachlan Shire Council": a side of a place opens a body's or a place's name.
            and not (
                len(run) >= 3
                and run[0].text in DIRECTIONS
                and not self._is_common(run[1])
                and (run[-1].text in self.org_cues or run[-1].text in PLACE_CUES)
            )
            and not self._field_body(run[:2])
            and not (len(run) > 1 and (run[1].text in self.org_cues or run[1].text in PLACE_CUES))
            and not (len(run) == 3 and not self._is_common(run[1]) and self._office_by_acronym(run))  # "Wood Buffalo RCMP have charged …"
            # "Bank of America", "Health and Human Services": the common word begins the name.
            and not (len(run) > 2 and run[1].text.lower() in ("of", "for") and run[0].text in self.org_cues)
            and not (len(run) > 2 and run[1].text.lower() in ("and", "&") and run[-1].text in self.org_cues)
            # "–Field Level Media" on its own line: a wire's credit, whole
            and not (run[-1].text in self.org_cues and _CREDIT_LINE.fullmatch(_rest_of_line(text, text.rfind("\n", 0, run[0].start) + 1)))
        ):
            if len(run) == 1 and self._after(run, text) in SPEECH_AFTER and run[0].text not in _PRONOUNS:
                yield self._found(run, text, section, "surname?")  # "Rice said": see _single
                return
            run = run[1:]
            while run and run[0].text.lower() in CONNECTORS | FUNCTION_WORDS:
                run = run[1:]
        if len(run) >= 3 and run[0].sentence_start and run[0].text.lower() in ROLE_BEFORE and run[1].text in self.g.first_names:
            run = run[1:]  # "Tailender John Hastings edged …": a player's part, then his name
        if len(run) >= 3 and run[0].text in ("No.", "No") and run[1].text.isdigit():
            run = run[2:]  # "World No. 4 Naomi Osaka": a ranking, then the name
        elif len(run) >= 3 and run[1].text in ("No.", "No") and run[2].text.isdigit() and (run[0].text == "World" or self.g.kind(run[0].text) == "group"):
            # "World No.1 Iga Swiatek", "American No.6 Coco Gauff", "the American No.6 seed":
            # a people, a ranking, then the name if any.
            if run[0].text != "World":
                yield self._found(run[:1], text, section, "group")
            run = run[3:]
            if not run:
                return
        while len(run) >= 3 and ORDINAL.fullmatch(run[-1].text) and run[-2].text[:1].isupper():
            run = run[:-1]  # "Cameron Munster 12th": the minute of a try after the name
        while (
            run
            and run[0].text[0].isdigit()
            and not ORDINAL.match(run[0].text)
            and self.g.lookup(run[0].text) is None
            and not self._digit_brand(run[0])
            and not self._year_of_event(run)
        ):
            run = run[1:]  # "3M" stays: the gazetteer knows it
        if run and ORDINAL.match(run[0].text) and not self._ordinal_opens(run, text):
            # "a 17th Century Murillo", "the 12th Harold Fenn": the ordinal (and its century)
            # is a date or a count, not part of the name.
            run = run[2:] if len(run) > 1 and run[1].text in ("Century", "Centuries") else run[1:]
        if (
            len(run) == 2
            # An adjective of a people ("Brazilian", "Iraqi"), not one of its people that is also a given name ("Dane Okonkwo", "Finn Russell")
            and run[0].text.endswith(_PEOPLE_ADJECTIVE_ENDS)
            and self.g.kind(run[0].text) == "group"
            and run[0].text not in self.g.first_names
            and not _THE_BEFORE.search(text, max(0, run[0].start - 4), run[0].start)  # "the Fijian Vakura": a side
            and len(run[1].text) >= 4
            and run[1].text.isalpha()
            and run[1].text[1:].islower()
            and self._family_name_word(run[1])
            and self.g.lookup(run[1].text) is None
            and self._lookup(run, text) is None
        ):
            # "Brazilian Juninho": who, then a player or a person known by one name.
            yield self._found(run[:1], text, section, "group")
            yield self._found(run[1:], text, section, "person")
            return
        if (
            len(run) >= 2
            and run[-1].text.endswith("s")
            and self.g.is_title(run[-1].text[:-1])
            and run[-1].text not in ("Heads", "Chiefs")  # "Tweed Heads", "Exeter Chiefs": a town, a side
            and run[-1].text not in TEAM_NICKNAMES  # "Orvo Strikers", "Kessa Rangers": a side
            and not any(t.text in self.g.first_names or self.g.lookup(t.text) is not None or t.text == "of" for t in run)  # "Council of Governors"
            and self._lookup(run, text) is None
        ):
            return  # "the Area Commanders", "Regional Directors": people by their office, no name
        heading = self._repeated_heading(run, text) if len(run) >= 2 else 0
        if heading:
            # "Kestrel Apache Kestrel", "Corvida Corvida said": a page's heading flattened onto
            # its paragraph; two names, not one that says a word twice.
            yield self._trimmed(run[:heading], text, section)
            yield self._trimmed(run[heading:], text, section)
            return
        if (
            (len(run) >= 3 or (len(run) == 2 and self._line_in_capitals(run, text)))
            and self._in_capitals(run)
            and self._lookup(run, text) is None
            # "the UK and US": known acronyms joined, no headline in capitals.
            and not all(self._acronym(t) for t in run if t.text.lower() not in CONNECTORS)
            # "BANK OF LEEDS": a short name in capitals, told by its kind and a word of its own;
            # not "EXCHANGE RATE", "PICTURE GALLERY": a page's menu, all common words.
            and not (
                len(run) <= 4
                and any(t.text.title() in self.org_cues or t.text.title() in PLACE_CUES for t in run)
                and any(not self._is_common(t) and t.text.title() not in self.org_cues and t.text.title() not in PLACE_CUES and t.text.lower() not in CONNECTORS for t in run)
            )
        ):
            # "VESTERGAARD CLINCHES TITLE AS DANES WIN": a headline in capitals; only the
            # names the gazetteer knows in it stand.
            yield from self._known_in_capitals(run, text, section)
            return
        if run:
            yield from self._split_title(run, text, section)  # the last step: handed on at once

    def _common_in_capitals(self, run: list[Token], text: str) -> bool:
        """Every word of a run in capitals is a common word, and the run names nothing known."""
        common = self.g.common_words
        titled = [t.text.title() for t in run]
        if titled[-1] in self.org_cues or titled[-1] in NEWSPAPER_WORDS or any(word in NEWSPAPER_WORDS for word in titled):
            return False  # "DAILY POST", "NATIONAL UNION": a body's or a paper's name in capitals; not "LEAGUE STANDINGS"
        # A people's word counts as common here: "ENGLISH LEAGUE STANDINGS" names nothing.
        return all(
            part in common or (part[-1:] == "s" and part[:-1] in common) or part.title() in self.g.groups
            for t in run
            for part in _CONTRACTED.sub("", t.text.lower()).split("-")
        ) and self._lookup(run, text) is None

    def _quoted_work(self, run: list[Token], text: str) -> bool:
        """The run is all a quotation holds, right after a word that says what kind of work
        it is: "the single “Lately”", "the film "As in Heaven"", "French thriller "Undercover"."""
        opens = run[0].start
        if len(run) > 8 or opens < 2 or text[opens - 1] not in ("“", '"') or not _QUOTE_CLOSES.match(text, run[-1].end):
            return False
        kind = _WORK_KIND_BEFORE.search(text, max(0, opens - 36), opens - 1)
        if kind is not None and kind.group(1).lower() in WORK_BEFORE:
            return True
        if text[max(0, opens - 4) : opens - 1] in ("’s ", "'s "):
            return True  # "Israel’s “Fill the Void”", "Walsh’s “Jump,”": someone's work by its title
        if _PERFORMED_BEFORE.search(text, max(0, opens - 14), opens - 1):
            return True  # "the band played “Arirang”", "the station aired “Night Watch”": a work by what was done with it
        # "“Memoria” by Apichatpong Weerasethakul", "“Murina”, the first film by …": a work
        # by its maker, or by what the words after it say it is.
        after = _WORK_AFTER.match(text, run[-1].end)
        return after is not None and (after.group(1) is None or any(word in WORK_BEFORE for word in after.group(1).split()))

    def _quoted_whole(self, run: list[Token], text: str, opens: int | None = None) -> bool:
        """The run is all a quotation holds, opened by a common word, with no given name,
        kind of organisation nor known name: a title of a work or a team ("Better Idea of X").
        opens: where the quotation's words begin, when an article stands before the run."""
        opens = run[0].start if opens is None else opens
        if opens < 1 or text[opens - 1] not in ("“", '"') or not _QUOTE_CLOSES.match(text, run[-1].end):
            return False
        return (
            self._is_common(run[0])
            and run[0].text not in self.g.first_names
            and not self._has_org_cue(run)
            and self._lookup(run, text) is None
            and self.g.lookup(run[0].text) is None
        )

    def _model_after(self, token: Token, text: str) -> bool:
        """A model's number, letter or edition right after a brand: "iPad 5", "eReader X", "iPod Mini"."""
        return bool(_MODEL.match(text, token.end))

    def _is_game_report(self, text: str) -> bool:
        """Whether the text reports a match (teams.py), asked once per section's text."""
        key = id(text)
        if key not in self._games:
            if len(self._games) > 256:
                self._games.clear()
            self._games[key] = is_match_report(text)
        return self._games[key]

    def _has_models(self, word: str, text: str) -> bool:
        """The text names models of this brand somewhere ("iPad 5"): the brand is a product line."""
        key = (id(text), word)
        if key not in self._models:
            if len(self._models) > 256:
                self._models.clear()
            self._models[key] = (
                re.search(re.escape(word) + _MODEL.pattern, text) is not None
                # Counted as things ("two iPhones", "iPhone" beside "iPhones"): a company is not.
                or re.search(r"(?<!\w)" + re.escape(word.removesuffix("s")) + r"s(?!\w)", text) is not None
            )
        return self._models[key]

    def _shouted(self, run: list[Token], text: str) -> int:
        """How many words end the run in capitals inside a line that is not, as sports notes
        write teams and players ("The SEATTLE SEAHAWKS defeated …", "Hall of Famer KURT
        WARNER (21 games)"): two or more, else 0. Known acronyms ("NFL") do not count."""
        count = 0
        for t in reversed(run):
            if t.text.isupper() and t.text.isalpha() and len(t.text) > 1:
                count += 1
            elif t.text.lower() in CONNECTORS and t.text.isupper() and count:
                count += 1  # "HALL OF FAME"
            else:
                break
        while count and run[len(run) - count].text.lower() in CONNECTORS:
            count -= 1
        caps = run[len(run) - count :]
        if not 2 <= sum(t.text.lower() not in CONNECTORS for t in caps) <= 4 or all(self._acronym(t) for t in caps):
            return 0
        if len(caps) == 2 and all(len(t.text) <= 4 for t in caps) and caps[0].text.title() not in self.g.first_names:
            return 0  # "SEP IRA": two short words of letters, no given name first: an acronym's phrase, no name in capitals
        if any(t.text.lower() in _CAPS_LINE_WORDS for t in (caps[1:] if caps[0].text == "THE" else caps)):
            return 0  # "CLICK HERE TO GET THE APP": a line shouted, no name; "THE ASSOCIATED PRESS" is one
        start = text.rfind("\n", 0, run[0].start) + 1
        end = text.find("\n", run[-1].end)
        line = text[start : end if end != -1 else len(text)]
        # Lower-case words on the line beside the run: a sentence, not a headline in capitals;
        # or names in small letters beside it ("Ann Lee, USA TODAY; Reuters"): a credit line.
        outside = line[: run[0].start - start] + " " + line[run[-1].end - start :]
        return count if _LOWER_WORD.search(line) or re.search(r"[A-Z][a-z]", outside) else 0

    def _acronym(self, token: Token) -> bool:
        return self.g.lookup(token.text) is not None or token.text in COMMON_ACRONYMS or self.g.is_title(token.text)

    def _shouted_parts(self, run: list[Token], count: int):
        """The run's parts to classify: the words before the capitals as they stand, the
        capitals as the title case they stand for ("SEATTLE SEAHAWKS" as "Seattle
        Seahawks"), keeping their offsets; the name shown is the one written."""
        head, caps = run[: len(run) - count], run[len(run) - count :]
        if head:
            yield lambda text, section: self.classify(head, text, section)

        def titled(text: str, section: int) -> list[Found]:
            start = max(0, caps[0].start - _SHOUT_REACH)
            end = min(len(text), caps[-1].end + _SHOUT_REACH)
            pieces, tokens, at = [text[start : caps[0].start]], [], caps[0].start
            for t in caps:
                word = t.text if self._acronym(t) else t.text.lower() if t.text.lower() in CONNECTORS else t.text.title()
                pieces += [text[at : t.start], word]
                tokens.append(Token(t.start - start, t.end - start, word, t.sentence_start))
                at = t.end
            pieces.append(text[at:end])
            window = "".join(pieces)
            if len(window) != end - start:
                return self.classify_plain(caps, text, section)  # a letter whose capital is longer
            found = self.classify_plain(tokens, window, section)
            for f in found:
                f.start += start
                f.end += start
            return found

        yield titled

    def classify_plain(self, run: list[Token], text: str, section: int) -> list[Found]:
        """classify without the reading of capitals (see _shouted)."""
        return self.classify(run, text, section, shouting=False)

    def _line_in_capitals(self, run: list[Token], text: str) -> bool:
        """The run's line is written in capitals, as wire headlines are: "BASKETBALL - NBA RESULTS"."""
        if not (run[0].text.isupper() and run[-1].text.isupper()):
            return False
        start = text.rfind("\n", 0, run[0].start) + 1
        end = text.find("\n", run[-1].end)
        line = text[start : end if end != -1 else len(text)]
        return line.isupper() and len(line) > len(self._surface(run, text))

    def _in_capitals(self, run: list[Token]) -> bool:
        """Every word in capitals (but "OF", "AND"), two letters or more of them."""
        letters = 0
        for t in run:
            if not t.text.isupper() and t.text.lower() not in CONNECTORS:
                return False
            letters += len(t.text) > 1
        return letters >= 2

    def _known_in_capitals(self, run: list[Token], text: str, section: int) -> Steps:
        index = 0
        while index < len(run):
            for size in range(min(self.g.max_words, len(run) - index), 0, -1):
                part = run[index : index + size]
                known = self._lookup(part, text) if len(self._surface(part, text)) > 3 else None
                if known is not None and part[0].text.lower() not in CONNECTORS:
                    yield self._found(part, text, section, known[1], key=known[0], name=known[0])
                    index += size
                    break
            else:
                index += 1

    def _repeated_heading(self, run: list[Token], text: str) -> int:
        """How many words open the run and come again, in order, further on: 1 for "Kestrel
        Apache Kestrel" and "Corvida Corvida"; 0 when none do, or when the words are joined
        ("Johnson & Johnson", "iPhone XS and iPhone XS Max") or the gazetteer knows the run."""
        words = [t.text for t in run]
        if len(set(words)) == len(words):
            return 0  # no word twice: the common case, answered at once
        for size in range(1, min(3, len(words) // 2) + 1):
            head, rest = words[:size], words[size:]
            if not rest[0][:1].isupper() or any(w.lower() in CONNECTORS for w in head):
                continue
            if size == 1 and len(rest) >= 2 and rest[-1] == head[0] and head[0] in self.g.first_names:
                continue  # a name given twice: "Mohamed El-Tayeb Mohamed"
            for i in range(len(rest) - size + 1):
                if rest[i : i + size] == head:
                    if size == 1 and i >= 1 and head[0] in self.g.first_names and rest[i + 1 : i + 2] != words[1:2]:
                        break  # "Ahmad Shuhil Ahmad Osman": a father's given name inside the name
                    if i >= 1 and rest[i - 1].lower() in ("and", "&", "or"):
                        break  # "iPhone XS and iPhone XS Max": two of one brand, no heading
                    if any(w in CONNECTORS for w in rest[:i]):
                        break  # "the Dunmore Arena in Dunmore": a place named after its town, then the town

                    return 0 if self._lookup(run, text) is not None else size
        return 0

    def _is_sentence(self, run: list[Token]) -> bool:
        """A pronoun, a form of "be" or "do", or a question word in the run, as headlines and
        titles of works have them ("Kiss Was Beautiful", "Tips You Missed"), or in capitals
        ("IS THAT CONFUSING"); not "Our Lady of Lourdes", "Doctor Who" nor "Elizabeth I"."""
        words = [t.text for t in run]
        if words[0] == "Our" and len(words) > 1 and words[1] == "Lady":
            return False
        if any(w in _TITLE_CASE_PREPOSITIONS for w in words[1:-1]):
            return True  # "Tips For Saving Money": title case capitalises what names keep small
        in_capitals = all(w.isupper() for w in words)
        for index, word in enumerate(words):
            shaped = word.title() if word.isupper() and len(word) > 1 else word
            if len(words) >= 3 and in_capitals and word.lower() in _CAPS_LINE_WORDS:
                return True  # "CLICK HERE TO GET THE APP": a line in capitals
            if shaped in SENTENCE_WORDS and not (shaped in ("Who", "What") and index == len(words) - 1):
                if shaped == "Mine" and index > 0 and words[index - 1] not in SENTENCE_WORDS:
                    continue  # "Kansanshi Mine in Solwezi": a mine by its name
                if word.isupper() and len(word) > 1 and not in_capitals:
                    continue  # "IT" or "US" among capitalised words is an acronym
                return True
        return False

    def _year_of_event(self, run: list[Token]) -> bool:
        """A year opens the name of an event: "2017 Australian Open", "2024 Summer Olympics";
        not a prize's, given each year ("the 1990 Booker Prize": a date, then the prize)."""
        return (
            len(run) >= 2
            and len(run[0].text) == 4
            and run[0].text.isdigit()
            and run[-1].text in EVENT_WORDS
            and run[-1].text not in self.org_cues
            and run[-1].text not in _PRIZES
        )

    def _ordinal_opens(self, run: list[Token], text: str) -> bool:
        """An ordinal opens a name of a numbered thing, named by a common noun: "2nd Combined
        Arms Army", "3rd Street", "501st Legion", "13th Amendment"; not a century, nor a
        person's or another proper name: "17th Century Murillo", "the 12th Harold Fenn"."""
        if self._lookup(run, text) is not None:
            return True
        rest = run[1:]
        if not rest or rest[0].text in ("Century", "Centuries") or rest[0].text in self.g.first_names:
            return False
        words = [t.text for t in rest]
        if any(w in self.org_cues or w in PLACE_CUES or w in EVENT_WORDS or w in NUMBERED_UNITS for w in words):
            return True
        return self._is_common(rest[-1])

    def _split_title(self, run: list[Token], text: str, section: int) -> Steps:
        """A title inside a name: what precedes it is classified apart, what follows is a person."""
        if len(run) >= 3 and run[0].text == "Our" and run[1].text in _OUR_NAMES and run[-1].text[:1].isupper():
            # "Our Lady of Apostles Catholic Church", "Our Lady of Lourdes School": named for Mary, no title
            end = next((i for i, t in enumerate(run) if i > 1 and t.text in ("in", "at", "on", "and", "for")), len(run))
            yield self._found(run[:end], text, section, "place" if run[end - 1].text in PLACE_CUES else "organization")
            if run[end + 1 :]:
                yield self._trimmed(run[end + 1 :], text, section)
            return
        known = self._lookup(run, text)
        if known:
            if known[1] == "person" and len(run) >= 3 and (title := self._titles(run)) is not None and title[0] == 0 and 0 < title[1] < len(run) and self._lookup(run[title[1] :], text) == known:
                run = run[title[1] :]  # "Crown Prince Mohammed bin Salman": the gazetteer knows the title with the name; the person is the name
            yield from self._classify(run, text, section)
            return
        if len(run) >= 2 and run[-1].text == "Day" and (text[run[-2].end : run[-2].end + 2] in ("'s", "’s") or run[-2].text.endswith(("'s", "’s"))):
            yield self._found(run, text, section, "other")  # "Mother's Day", "St Halvard's Day": a day
            return
        if len(run) >= 2 and self._is_sentence(run):
            # "How Deep Is Your Content", "HE KNOWS HER POINT": a headline, a title or a
            # line in capitals; a work when quoted, else no name.
            if text[run[0].start - 1 : run[0].start] in ("\"", "“", "‘") and len(run) <= 8:
                yield self._found(run, text, section, "other")
            return
        for index in range(len(run) - 2):
            word = run[index].text
            if not (word.endswith("s") and len(word) > 4 and self.g.is_title(word[:-1])):
                continue
            head = _up_to_connector(run[index + 1 :])
            # a whole name of two or three words ("Saints Peter and Paul" name a church)
            named = 2 <= len(head) <= 3 and all(_NAME_WORD.fullmatch(t.text) and t.text not in self.org_cues and t.text not in PLACE_CUES for t in head)
            if (
                named
                # "Kansas City Chiefs Patrick Mahomes": a side's nickname, then a player
                and word not in TEAM_NICKNAMES
                and all(self._is_common(t) or self.g.kind(t.text) == "group" for t in run[:index])
            ):
                # "Union Ministers Harsh Vardhan and …": officers in the plural, then the first of
                # them; a people before them stays ("Republican Senators …").
                if not all(self._is_common(t) for t in run[:index]):
                    yield self._trimmed(run[:index], text, section)
                yield self._trimmed(run[index + 1 :], text, section)
                return
        title = self._titles(run)
        if (
            title is not None
            and title[1] < len(run)
            and run[title[1]].text in POSSESSIVE_HEADS
            and text[run[title[1] - 1].end : run[title[1] - 1].end + 2] in ("'s", "’s")
        ):
            title = None  # "Father's Day", "King's College": a possessive, no title before a name
        if title is None:
            yield from self._split_soft(run, text, section)  # the last step: handed on at once
            return
        begin, end = title
        left, person = run[:begin], run[end:]
        if (
            person
            and left  # the title's word inside the name, not opening it ("Commissioner of Police Ondo State")
            and all(t.text[:1].isupper() for t in person)
            and (
                (len(person) >= 2 and person[0].text not in self.g.first_names and (person[-1].text in PLACE_CUES or person[-1].text in _STREETS_AND_GROUNDS))
                or (len(person) == 1 and person[0].text in NEVER_FAMILY_PLACES)
            )
        ):
            # "North Head Scenic Drive", "West Head Lookout": a title's word ("Head") inside a
            # place's name, no person; but "Minister Jo Park", "Alderman Field" are people.
            yield self._found(run, text, section, "place")
            return
        if (
            person
            and person[0].text.endswith("s")
            # "Mr. Powers", "Dr. Fields": a family name after an honorific, whatever word it is
            and run[end - 1].text.rstrip(".") not in _HONORIFICS
            and person[0].text not in self.g.first_names
            and self.g.lookup(person[0].text) is None
            and (
                (self._is_common(person[0]) and (len(person) == 1 or person[1].text.lower() in ("of", "for", "and", "in")))
                # "Associated General Contractors of Alabama": a word before the title, a
                # plural after it, then "of": one body's name
                or (left and len(person) > 1 and person[1].text.lower() in ("of", "for"))
            )
        ):
            # "Associated General Contractors of Alabama": a title's word inside a body's name,
            # before a plural of people or things, names no one.
            if len(person) >= 3 and person[1].text in ("and", "in"):
                # "General Motors and Stellantis": the body ends at "and", another name follows.
                yield self._found(run[: end + 1], text, section, "organization")
                yield self._trimmed(person[2:], text, section)
                return
            if len(run) >= 2 and (left or len(person) > 1):
                yield self._found(run, text, section, "organization")
            # else "General Contractors": a title's word before a plural names no one (handing
            # the same words on again would never end)
            return
        if len(person) == 1 and person[0].text.endswith("s") and self.g.is_title(person[0].text[:-1]):
            # "Essex Police Detective Constables": officers by their rank in the plural, no person.
            if left:
                yield self._trimmed(left, text, section)
            return
        if person and person[0].text.lower() in ("of", "for"):
            # "Minister of Education Stefania Giannini": the title runs on to the first name;
            # "Chairman of the Australian Centre for …": no person, the rest is a name.
            for index in range(2, len(person) - 1):
                titled = self.g.is_title(person[index].text) and person[index + 1].text in self.g.first_names
                # "Minister of Industry and Sara Al Amiri": after "and", a given name opens a person.
                after_and = person[index - 1].text == "and" and person[index].text in self.g.first_names and 1 <= len(person) - index - 1 <= 3
                if (person[index].text in self.g.first_names or titled or self._portfolio_then_name(person, index)) and (after_and or not person[index - 1].text.lower() in CONNECTORS):
                    middle = person[1:index - 1] if after_and else person[1:index]
                    letters = len(middle) == 1 and sum(ch.isupper() for ch in middle[0].text) >= 2 and middle[0].text.isalpha()
                    if self._lookup([t for t in middle if t.text != "the"] or middle, text) or letters:
                        # "Chairman of the Bank of England Andrew Bailey", "Undersecretary of MoIAT and
                        # Ahmad …": the body is named too.
                        yield self._trimmed(middle, text, section)
                    person = person[index + 1 :] if titled else person[index:]  # "Lord Mayor of Cork Cllr Ann Lee"
                    break
            else:
                if left:
                    yield self._trimmed(left, text, section)
                rest = person[1:]
                ministry = run[end - 1].text in ("Minister", "Secretary", "MEC")
                if (
                    all(
                        t.text in CONNECTORS
                        or t.text == "the"
                        or (self._is_common(t) and self.g.lookup(t.text) is None)
                        # "Minister of Harbours and Railways": a portfolio's words, whatever the word list holds
                        or (ministry and t.text[1:].islower() and self.g.lookup(t.text) is None and t.text not in self.g.first_names)
                        for t in rest
                    )
                    and (any(t.text in CONNECTORS for t in rest[1:-1]) or not self._has_org_cue(rest))
                    and self._lookup(rest, text) is None
                ):
                    # "Minister of State for Finance", "Minister of Foreign Affairs": the rest
                    # of the title, a portfolio in common words, no name.
                    return
                yield self._trimmed(rest, text, section)
                return
        if not person and len(run) == 2 and begin == 1 and run[0].text in self.g.first_names and run[1].text[1:].islower() and not run[0].sentence_start:
            # "after Nick Pope saved", "Will Bishop": a given name, then a title's word as
            # the family name; a given name is no kind of minister ("Culture Minister").
            yield from self._person(run, text, section)
            return
        if (
            (not person or person[0].text in ("in", "at", "on", "for"))
            and begin >= 2
            and left[-1].text == "of"
            and self._has_org_cue(left[:-1])
            and end - begin == 1
        ):
            # "Ontario Court of Justice", "Kellow Ministry of Justice": the title's word ends a body's name.
            yield from self._split_soft(run, text, section)
            return
        if not person:
            # "The President", "Culture Minister": a title alone names nobody.
            prefix = next((size for size in range(begin, 0, -1) if self._lookup(left[:size], text)), 0) if begin >= 1 else 0
            if prefix and prefix <= begin and all(self._is_common(t) or self.g.is_title(t.text) for t in left[prefix:]):
                # "ABC News Chief Legal Affairs Analyst", "U.A.E. Vice President": a known name,
                # then someone's job there.
                known = self._lookup(left[:prefix], text)
                if known[1] == "place" and [t.text for t in left[prefix:]] in (["State"], ["Province"], ["County"], ["Region"]):
                    yield self._found(left, text, section, "place")  # "Ekiti State Governor": the state
                    return
                yield self._found(left[:prefix], text, section, known[1], key=known[0], name=known[0])
                return
            if all(self.g.is_title(t.text) for t in left):
                return  # "Mr. Speaker", "Madam President": a title spoken to names nobody
            if begin != 0 and not all(self._is_common(t) or t.text.lower() in FUNCTION_WORDS for t in left):
                if len(left) >= 2 and left[-1].text in PLACE_CUES:
                    yield self._split_soft(left, text, section)  # "Harris County Sheriff": the county
                elif (
                    self._has_org_cue(left)
                    and left[-1].text[:1].isupper()
                    and run[begin].text != "General"  # "Directorate General": a body's own word
                    and not any(self.g.is_title(t.text) for t in left)  # "Chief Scientific Adviser": all one title
                ):
                    yield self._split_soft(left, text, section)  # "Creamer Media Editor": the body, then a job there
                elif self._office_adjective(run[begin].text) or run[begin].text in _TITLE_GRADES:
                    yield self._split_soft(left, text, section)  # "the Orvane Provincial Administrator": the place, then its office
                elif len(left) == 1 and end == len(run) and (self._after(run, text) in SPEECH_AFTER or _NAME_SET_OFF_AFTER.match(text, run[-1].end)):
                    # "the Garda Commissioner said", "VFI Chief Executive, Ann Lee, said": the
                    # body, then its officer; the officer is named apart, or not at all
                    yield self._split_soft(left, text, section)
                else:
                    yield self._split_soft(run, text, section)
            return
        if person and left and left[-1].text in _CAMPS_NAMED_FOR_PEOPLE and len(person) <= 4 and run[begin].text.rstrip(".") in _RANKS:
            # "Camp Capt. Julian Olivas", "Fort Gen. Ana Reyes": a base named after a titled person.
            if left[:-1]:
                yield self._trimmed(left[:-1], text, section)
            yield self._found(run[begin - 1 :], text, section, "place")
            return
        if len(person) >= 2 and person[-1].text in _BUILDINGS_NAMED_FOR_PEOPLE and begin == 0:
            yield self._found(run, text, section, "place")  # "Governor Phillip Tower": a building named after a titled person
            return
        place_cue_last = person[-1].text in PLACE_CUES and not (len(person) >= 2 and person[0].text in self.g.first_names)
        # "CEO John Chambers": a given name, then a family name that also ends bodies' names.
        named = len(person) == 2 and person[0].text in self.g.first_names and self.g.lookup(person[0].text) is None and not person[0].text.isupper()
        # "Councillor Pete Fry of the Green Party": a given name and a family name, then the
        # body after "of": the person stops at the connector (below).
        head = _up_to_connector(person)
        named_head = (
            2 <= len(head) <= 3
            and len(head) < len(person)
            and head[0].text in self.g.first_names
            and self.g.lookup(head[0].text) is None
            and not any(t.text in self.org_cues or t.text in PLACE_CUES for t in head)
        )
        if (any(t.text in self.org_cues for t in person) and not named and not named_head) or (place_cue_last and not named_head) or (len(person) >= 2 and person[-1].text in EVENT_WORDS and not named_head):
            # "General Motors Company", "Mayor Hyde Park", "Chief Minister Slum Health Scheme":
            # not a person; but "Coach Park Ji-sung".
            # A title of several words before a place is the title's: "Commissioner of Police
            # Lagos State" names Lagos State.
            several = begin == 0 and end >= 3 and place_cue_last and not any(t.text in self.org_cues for t in person)
            yield self._split_soft(person if several else run, text, section)
            return
        honorific = run[end - 1].text.rstrip(".") in _HONORIFICS | _ELECTED_TITLES | _OFFICERS or (
            run[end - 1].text in _HEADS_OF_STATE
            and len(person) == 1
            and not (person[0].text in PLACE_CUES or person[0].text in self.org_cues or person[0].text in FACILITY_WORDS or person[0].text in EVENT_WORDS)  # "the President Hotel"
        )
        if (
            len(person) == 1
            and self._is_common(person[0])
            and person[0].text not in self.g.first_names
            and not honorific
            and not self._named_in_full(person[0], text)
        ):
            # "General Staff"; but "Mr. Smith", and "Best Actor Award" is an award
            yield self._found(run, text, section, "other" if person[0].text in EVENT_WORDS else "organization")
            return
        for size in (3, 2, 1):
            # "Reef Authority Chief Scientist Dr Roger Beeden", "Provincial Police Commander
            # Superintendent …": a title before the honorific or rank closes the body's name.
            if len(left) > size and self.g.is_title(" ".join(t.text for t in left[-size:])) and run[begin].text.rstrip(".") in _HONORIFICS | _OFFICERS:
                left = left[:-size]
                break
        if left:
            known = self._lookup(left, text)
            prefix = next((size for size in range(len(left) - 1, 0, -1) if self._lookup(left[:size], text)), 0) if not known else 0
            if (
                prefix
                and len(left) - prefix <= 2
                and all(t.text[1:].islower() and self.g.lookup(t.text) is None for t in left[prefix:])
                and left[-1].text not in _BODY_ENDS  # "Senate Agriculture Committee Chairwoman …": a body of its own
                # "American Soybean Association President …": a people's word opens a body's name
                and (left[-1].text not in self.org_cues or self._lookup(left[:prefix], text)[1] == "organization")
                # "Labour Relations Minister": a party's name as a portfolio's first word
                and not (self._lookup(left[:prefix], text)[1] == "group" and left[-1].text in _PORTFOLIO_PLURALS)
            ):
                # "AP Aerospace Writer Marcia Dunn": a known name, then what the job covers.
                known = self._lookup(left[:prefix], text)
                left = left[:prefix]
            if known:
                yield self._found(left, text, section, known[1], key=known[0], name=known[0])
            elif (
                len(left) <= 2
                and run[end - 1].text in _EMPLOYER_TITLES
                and all(t.text[:1].isupper() and not self._is_common(t) and self.g.lookup(t.text) is None for t in left)
                and not self._has_org_cue(left)
            ):
                yield self._found(left, text, section, "organization")  # "Vexa CEO Dana Lee": the body the chief runs
            elif (
                len(left) == 1
                and self.g.lookup(left[0].text) is None
                and not self._is_common(left[0])
                and left[0].text not in PLACE_CUES  # "Borough Mayor": the office's own word
                and left[0].text not in self.org_cues
                and (role := self._role_kind(" ".join(t.text for t in run[begin:end])))
            ):
                # "Cebu Governor Ramon Villareal", "Petrosul Chief Executive Ana Lind"
                yield self._found(left, text, section, role)
            elif len(left) == 2 and left[0].text in _RANKS_BEFORE and left[1].text in ("Police", "Fire", "Army", "Navy", "Prison"):
                pass  # "Deputy Police Commissioner Rajesh Kumar Singh": a rank, the service, then the title
            elif 2 <= len(left) <= 3 and left[-1].text in _PORTFOLIO_PLURALS and all(self._office_word(t) or self.g.kind(t.text) == "group" for t in left[:-1]):
                pass  # "Labour Relations Minister", "Presidential Affairs Minister": a portfolio, no body
            elif not (len(left) <= 3 and all(self._is_common(t) and t.text not in CONNECTORS for t in left) and not self._has_org_cue(left)):
                # "Culture Minister", "National Security Minister": a portfolio in common
                # words; but "Justice Department spokesman": a body.
                yield self._trimmed(left, text, section)
        if (
            len(person) >= 3
            and run[end - 1].text in ("Minister", "Secretary")  # not "Sen. Chip Roy": a given name like a word
            and person[0].text.lower() in self.g.common_words
            and person[0].text not in self.g.first_names
            and person[1].text in self.g.first_names
            and self.g.lookup(person[0].text) is None
        ):
            person = person[1:]  # "Minister Information Ahmed al-Balal": the portfolio with its "of" lost, then the person
        for index, token in enumerate(person):
            if token.text.lower() in ("of", "for", "and", "in", "on", "&"):
                # "Judge Marshall Ferguson in Seattle": the name stops at the connector.
                yield from self._person(person[:index], text, section)
                yield self._trimmed(person[index + 1 :], text, section)
                return
        yield from self._person(person, text, section)

    def _split_soft(self, run: list[Token], text: str, section: int) -> Steps:
        """Split at "and"/"in" unless the name needs them, and at "of"/"for" after a person;
        at "&" last: "Johnson & Johnson and Procter & Gamble" is split at its "and"."""
        words = [t.text for t in run]
        if len(run) >= 3 and words[0] in ("U.S.", "US", "U.K.", "UK") and (self._lookup(run[1:], text) or ("", ""))[1] == "other":
            # "U.S. West Texas Intermediate crude": the country, then a product or a market it names
            yield self._found(run[:1], text, section, "place")
            yield self._found(run[1:], text, section, "other")
            return
        if any("-to-" in w for w in words) and not any(w[:1].islower() for w in words):
            # "a New York-to-Detroit-to-Atlanta flight": a route's stops, each a place
            start = run[0].start
            for part in text[start : run[-1].end].split("-to-"):
                end = start + len(part)
                known = self.g.lookup(" ".join(part.split()))
                if part.strip() and part[:1].isupper():
                    kind = known[1] if known else "place"
                    name = known[0] if known else " ".join(part.split())
                    yield Found(section, start, end, kind, name, name)
                start = end + 4
            return
        if len(run) >= 4 and words[0] in ("U.S.", "US", "U.K.", "UK") and ("and" in words or "&" in words):
            known = self._lookup(run[1:], text)
            if known is not None and known[1] == "organization":
                # "the U.S. Securities and Exchange Commission": the country's letters before a
                # body the gazetteer knows, one body; not split at its "and".
                yield self._found(run, text, section, "organization", key=known[0])
                return
        if words.count("and") >= 2 and (end := self._known_with_and(run, words, text)):
            # "Bosnia and Herzegovina and Croatia": a name the gazetteer knows with its own
            # "and", then the list goes on.
            known = self._lookup(run[:end], text)
            yield self._found(run[:end], text, section, known[1], key=known[0])
            yield self._split_soft(run[end + 1 :], text, section)
            return
        order = range(len(run)) if "&" not in words else [i for i, w in enumerate(words) if w != "&"] + [i for i, w in enumerate(words) if w == "&"]
        for index in order:
            token = run[index]
            lower = token.text.lower()
            if lower in _SOFT:
                left, right = run[:index], run[index + 1 :]
                last = right[-1].text if right else ""
                if lower == "in":
                    # "Restore Trust in Congress Act"; but "Rory McIlroy in the Tour Championship".
                    needed = (
                        last in EVENT_WORDS
                        and not self._a_person_opens(left)
                        and not (right and right[0].text == "the")  # "the Warriors in the NBA Finals": a side, then where it plays
                    )
                else:
                    # "Department of Health and Human Services" needs its "and"; two complete
                    # names ("2nd Army and 41st Army") do not.
                    left_done = bool(left) and (left[-1].text in self.org_cues or self._lookup(left, text) is not None)
                    needed = not left_done and (self._has_org_cue(left) or last in self.org_cues or last in EVENT_WORDS)
                    fields = lower == "and" and all(self._is_common(t) and t.text[:1].isupper() and self.g.lookup(t.text) is None for t in (left[-1:] + right[:1]))
                    if fields and left_done and len(right) == 1 and right[0].text.endswith("s") and left[-1].text not in COMPANY_SUFFIXES:
                        needed = True  # "International Council on Mining and Metals", "IT Solutions and Services": two fields
                    elif fields and not needed and 1 <= len(left) <= 2 and all(self._is_common(t) for t in left) and len(head := _up_to_connector(right)) >= 2 and head[-1].text in self.org_cues:
                        needed = True  # "Heart and Stroke Foundation of Ontario": the fields a body is named for
                    if needed and len(left) >= 3 and len(right) >= 3 and self._has_org_cue(left) and self._has_org_cue(right[:3]):
                        needed = False  # two whole names: "X Institute of Technology and Y State University"
                    if lower in ("&", "and") and len(_up_to_connector(right)) == 1 and right[0].text in _HOTEL_ENDS and left and left[-1].text in ("Hotel", "Resort", "Inn"):
                        needed = True  # "Royal Palms Resort and Spa", "Harbour Hotel & Casino": one place to stay
                    elif lower == "&" and len(right) == 1 and (right[0].text in ("Co.", "Co", "Company", "Sons", "Partners", "Associates") or right[0].text in _HOTEL_ENDS):
                        needed = True  # "JPMorgan Chase & Co.", "Procter & Sons", "Eko Hotel & Suites"
                    elif lower == "and" and any(t.text == "&" for t in left):
                        needed = False  # "Johnson & Johnson and Procter & Gamble": a name before "and"
                    elif len(left) == 1 and len(right) == 1 and lower == "&":
                        # "Johnson & Johnson", "Procter & Gamble"; not two people, "Ana & Tom".
                        names = self.g.first_names
                        needed = left[0].text == right[0].text or not (left[0].text in names and right[0].text in names)
                    elif (
                        lower == "&"
                        and len(left) == 1
                        and 2 <= len(right) <= 3
                        and left[0].text[:1].isupper()
                        and left[0].text not in self.g.first_names
                        and self._is_common(right[-1])
                        and self._lookup(left, text) is None
                    ):
                        needed = True  # "Dunlop & Reyes Engineering": two partners' names, then the firm's field
                    elif needed and lower == "and" and len(left) == 1 and len(right) >= 2 and len(left[0].text) >= 3 and left[0].text.replace("-", "").isupper():
                        needed = False  # "ZCCM-IH and EMR Capital": letters that name a body whole, then another
                    elif needed and lower == "and" and len(right) >= 2 and right[-1].text in COMPANY_SUFFIXES and (self._lookup(right[:-1], text) or ("", ""))[1] == "organization":
                        needed = False  # "Bixby and Apple Inc": a firm the gazetteer knows, whole after "and"
                    elif needed and self._a_person_opens(right):
                        needed = False  # "… University of Nevada Reno Keisha Brandt and Paul Ortiz"
                    elif (
                        needed
                        and lower == "and"
                        and 2 <= len(left) <= 3
                        and self.g.is_title(left[0].text)
                        and all(t.text[:1].isupper() and t.text not in self.org_cues and t.text not in PLACE_CUES for t in left[1:])
                    ):
                        needed = False  # "Cllr Warters and Dunnington Parish Council": a person by title, then a body
                    elif needed and lower == "and" and self._a_person_opens(left) and self._lookup(left, text) is None and len(_up_to_connector(right)) <= 3:
                        needed = False  # "Tom Reyes and Arts Festival staff": a person, then another name
                    elif needed and lower == "and" and len(right) >= 2 and last not in self.org_cues and (self.g.is_title(right[0].text) or self.g.is_title(f"{right[0].text} {right[1].text}")):
                        needed = False  # "… Department and Foreign Minister Rais Yatim": a title opens the next name
                    elif needed and lower == "and" and self._a_person_opens(left) and self._a_person_opens(_up_to_connector(right)):
                        needed = False  # "Justin Thomas and Rory McIlroy in the … Championship": two people
                    elif needed and lower == "and" and len(left) >= 2 and len(right) >= 2 and self._shared_word(left, right):
                        needed = False  # "University of Otago and Otago Polytechnic": two names sharing a word
                    elif (
                        needed
                        and lower == "and"
                        and len(left) >= 2
                        and len(right) >= 2
                        and self._has_org_cue(left)
                        and self._has_org_cue(right)
                        and (
                            self.g.kind(left[-1].text) == "place"
                            or (
                                right[0].text in self.org_cues
                                # "Alliance of Motion Picture and Television Producers": the
                                # fields of the people a body is "of", one name
                                and not (any(t.text == "of" for t in left[1:]) and right[-1].text.endswith("s") and self._is_common(right[-1]))
                            )
                        )
                    ):
                        # "Raiffeisen Bank Romania and UniCredit Bank", "Institut Pasteur and
                        # Universidad de Chile": a body ends in its place, or the next opens with its kind.
                        needed = False
                    if len(left) >= 2 and left[-1].text.isdigit() and len(right) == 1 and right[0].text.isdigit():
                        needed = True  # "Interstates 10 and 12": two numbers of one kind of thing
                    if needed and lower == "and" and len(left) >= 2 and left[-1].text in EVENT_WORDS and last in EVENT_WORDS:
                        needed = False  # "the U.S. Open and PGA Championship": two events
                    elif (
                        lower == "and"
                        and 2 <= len(head := _up_to_connector(right)) <= 3
                        and head[-1].text in EVENT_WORDS
                        and len(left) >= 2
                        and left[-1].text not in EVENT_WORDS
                        and self._is_common(left[-1])
                        and not self._a_person_opens(left)
                        and all(self._is_common(t) for t in head[:-1])
                    ):
                        needed = True  # "Meadows Music and Arts Festival": an event of two fields
                    if lower == "and" and self._portfolio_pair(left, right):
                        needed = True  # "Ministry of Energy and Natural Resources", "Energy and Natural Resources Ministry"
                    elif lower == "and" and len(left) >= 3 and left[0].text in _MINISTRY_HEADS and left[1].text in ("of", "for") and len(right) >= 2 and right[-1].text in _BODY_ENDS:
                        needed = False  # "the Ministry of Health and Kenyatta University": two bodies
                    if lower == "and" and left and len(right) >= 2 and left[-1].text in ("Fire", "Search") and right[0].text in ("Rescue", "Emergency"):
                        needed = True  # "Penggaram Fire and Rescue Station", "… Search and Rescue Team": one service
                    if (
                        lower == "and"
                        and 1 <= len(left) <= 2
                        and 1 <= len(right) <= 3
                        and right[-1].text == "Council"
                        and self.g.kind(left[0].text) == "place"
                        and all(t.text[:1].isupper() for t in right)
                    ):
                        needed = True  # "Basingstoke and Deane Borough Council": a council of two places
                    if lower == "&" and len(left) == 1 and len(right) == 2 and last in TEAM_WORDS:
                        needed = True  # "Brighton & Hove Albion": one club of two towns
                    elif (
                        lower == "&"
                        and not needed
                        and len(left) >= 2
                        and len(right) >= 2
                        and not (self._lookup(left, text) and self._lookup(right, text))
                        and not (self._a_person_opens(left) or self._a_person_opens(right))
                        and all(t.text[:1].isupper() for t in (*left, *right))
                    ):
                        # "Armed Conflict Location & Event Data Project": "&" joins the words of one
                        # name; two names known apart ("Google & Apple") or people stand apart.
                        needed = True
                    elif (
                        lower == "&"
                        and not needed
                        and len(left) >= 2
                        and len(right) == 1
                        and all(t.text[:1].isupper() for t in left)
                        and left[-1].text in UTILITIES
                        and right[0].text in UTILITIES
                        and not self._a_person_opens(left)
                    ):
                        # "Harbor Gas & Electric", "Kellow Water & Power": a utility named for
                        # the two things it sells; one name, its last word no name alone.
                        needed = True

                if not needed:
                    yield self._trimmed(left, text, section)
                    yield self._trimmed(right, text, section)
                    return
            if lower == "on" and index > 0 and index + 1 < len(run) and (run[-1].text in PLACE_CUES or run[-1].text in _STREETS_AND_GROUNDS):
                # "The Daily Star on Kazi Nazrul Islam Avenue": a name, then the street it is on.
                yield self._trimmed(run[:index], text, section)
                yield self._trimmed(run[index + 1 :], text, section)
                return
            if (
                lower == "on"
                and index > 0
                and not self._has_org_cue(run[:index])
                and run[index - 1].text not in EVENT_WORDS
                and not self._is_common(run[index - 1])
                and self._lookup(run, text) is None
                and self.g.lookup("-".join(t.text for t in run)) is None  # "Stoke on Trent"
            ):
                # "Schmiedlova on Court Philippe-Chatrier": a name, then where it is; but the
                # "Council on Foreign Relations", the "Conference on Disarmament" need their "on".
                yield self._trimmed(run[:index], text, section)
                yield self._trimmed(run[index + 1 :], text, section)
                return
            if lower == "on" and self._a_person_opens(run[:index]):
                # "Jake Tapper on State of the Union": a person, then what they were on.
                yield self._trimmed(run[:index], text, section)
                yield self._trimmed(run[index + 1 :], text, section)
                return
            if (
                lower == "of"
                and index >= 2
                and run[index - 1].text in _REGION_WORDS
                and self.g.kind(self._surface(run[index + 1 :], text)) == "place"
            ):
                # "the Kitikmeot Region of Nunavut": a region, then the territory it lies in.
                yield self._trimmed(run[:index], text, section)
                yield self._trimmed(run[index + 1 :], text, section)
                return
            if lower in ("of", "for") and index > 0:
                left, right = run[:index], run[index + 1 :]
                head = left[-1].text
                if (
                    lower == "of"
                    and len(left) >= 2
                    and head in self.org_cues
                    and len(right) >= 3
                    and right[0].text == "the"
                    and (self._lookup(right[1:], text) or ("", ""))[1] == "organization"
                    and self._lookup(left, text) is None
                ):
                    # "the Dufferin Detachment of the Ontario Provincial Police": a body's
                    # branch, then the known body it belongs to.
                    yield self._trimmed(left, text, section)
                    yield self._trimmed(right[1:], text, section)
                    return
                if (
                    len(left) == 1
                    and lower == "of"
                    and self._is_common(left[0])
                    and head.endswith("s")
                    and head not in self.org_cues
                    and head not in PLACE_CUES
                    and len(right) >= 2
                    and (self._has_org_cue(right) or self._lookup(right, text) is not None)
                ):
                    # "Shares of Panera Bread Co.", "Residents of New York": a plural word
                    # opening the sentence, then the name.
                    yield self._trimmed(left, text, section)
                    yield self._trimmed(right, text, section)
                    return
                if index == 1 and self._plural_for_cause(left, lower, right, text):
                    yield self._found(run, text, section, "organization")
                    return
                if (
                    head not in self.org_cues
                    and head not in PLACE_CUES
                    and head not in _WORK_HEADS
                    and not self._is_common(left[-1])
                    # a known person "of" a place is the person and the place ("Abdullahi Ganduje of Kano State")
                    and (self._lookup(left, text) or ("", "person"))[1] == "person"
                    # "Isle of Wight Festival": a name the gazetteer knows runs over the "of".
                    and not any(self._lookup(run[: index + 1 + k], text) is not None for k in range(1, min(len(right), 3) + 1))
                    # "Front for the Liberation of Palestine": the head is the object of an
                    # organisation's "for the"
                    and not (len(left) >= 4 and left[-2].text == "the" and left[-3].text in ("for", "of") and self._has_org_cue(left[:-3]))
                    # "Guardians of the Galaxy Vol. 2": one word, "of the" and no known name, body,
                    # event or place after it names a work; "Jones of the Weather Service" is a person.
                    and not (
                        len(left) == 1
                        and len(right) >= 2
                        and right[0].text == "the"
                        and not self._has_org_cue(right)
                        and right[-1].text not in EVENT_WORDS  # "Veterans of the Crimean War": an event of its own
                        and right[-1].text not in PLACE_CUES
                        and not any(self.g.lookup(t.text) for t in right[1:])
                        and self._lookup(right[1:], text) is None
                    )
                ):
                    yield self._trimmed(left, text, section)
                    yield self._trimmed(right, text, section)
                    return
        yield from self._classify(run, text, section)

    def _plural_for_cause(self, left: list[Token], lower: str, right: list[Token], text: str) -> bool:
        """ "Forensics for Justice", "Parents for Safer Roads": people or a craft in the plural,
        "for", then a cause in one to three capitalised words names one body."""
        head = left[-1].text if left else ""
        plural = head[1:].islower() and (
            head.endswith("ics")
            or head in ("Veterans", "Citizens", "Women", "Nurses", "Families", "Friends", "Neighbours", "Neighbors")
            or (head.endswith(("ists", "ians", "ers", "ors", "ents")) and head[:-1].lower() in self.g.common_words)
        )
        return (
            lower == "for"
            and len(left) == 1
            and plural
            and head not in self.g.first_names
            and self.g.lookup(head) is None
            and 1 <= len(right) <= 3
            and all(t.text[:1].isupper() and t.text[1:].islower() and self.g.lookup(t.text) is None for t in right)
            and self._lookup(right, text) is None
        )

    def _given_name_opens(self, run: list[Token], text: str) -> bool:
        """ "Nick Moreau said": a given name that is also a common word, then a family name
        nobody knows, opens a sentence as a person's name."""
        if not 2 <= len(run) <= 3 or run[0].text not in self.g.first_names:
            return False
        rest = run[1:]
        if not all(t.text[:1].isupper() and t.text[1:].islower() and t.text not in self.org_cues and t.text not in PLACE_CUES for t in rest):
            return False
        if (
            len(run) == 2
            and not self._is_common(run[1])
            # "James Jordan, 32,": an age after the name tells a person whatever place the family name is
            and (self.g.lookup(run[1].text) is None or bool(_AGE_AFTER.match(text, run[1].end)))
        ):
            return True
        # "Mark Cooper Smith taught …", "Guy Kawasaki taught …": a verb only a person's name
        # takes tells a person, however common or known the words after the given name.
        return bool(_PERSON_VERB_AFTER.match(text, run[-1].end)) and self._lookup(rest, text) is None

    def _given_and_family(self, run: list[Token]) -> bool:
        """ "Nigel Adams", "Georgia Evans": a given name that is also a place, then a family
        name ending in s that is no plural of a word ("Georgia Bulldogs") nor a side's nickname."""
        return (
            len(run) == 2
            and self._a_person_opens(run)
            and run[1].text.lower() not in self.g.common_words
            and run[1].text[:-1].lower() not in self.g.common_words
            and run[1].text not in TEAM_NICKNAMES
        )

    def _role_set_off(self, run: list[Token], text: str) -> bool:
        """A role set off after the name: ", a spokesman for …", ", chairman of …"."""
        role = _APPOSED_ROLE.match(text, run[-1].end)
        return role is not None and self.g.is_title(role.group(1).title())

    def _hyphenated_given(self, word: str) -> bool:
        """ "Anne-Marie", "Jean-Luc": two given names joined by a hyphen, one given name."""
        parts = word.split("-")
        return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and p in self.g.first_names for p in parts)

    def _given_names_before(self, words: list[str]) -> bool:
        """Given names opening a name: "Hassan", "Abdel-Fattah" (a given name in its parts)."""
        first = words[0].split("-")
        if words[0] in _ARABIC_BODY_WORDS:
            return False  # "Ansar al-Shariah", "Jaish al-Adl": a group's name, no given name
        return (
            (words[0] in self.g.first_names or (len(first) > 1 and first[0] in self.g.first_names and all(_NAME_WORD.fullmatch(p) for p in first)))
            and all(_NAME_WORD.fullmatch(w) and w not in self.org_cues and w not in PLACE_CUES for w in words)
        )

    def _a_person_opens(self, run: list[Token]) -> bool:
        """A first name and a family name or two, nothing of an organisation or place: "Paul Ortiz"."""
        return (
            2 <= len(run) <= 3
            and run[0].text in self.g.first_names
            and not self._is_common(run[0])
            and all(t.text[:1].isupper() and t.text not in self.org_cues and t.text not in PLACE_CUES for t in run)
        )

    def _classify(self, run: list[Token], text: str, section: int) -> list[Found]:
        out: list[Found] = []
        words = [t.text for t in run]
        if len(run) == 2 and words[0] in ("Region", "District", "Ward", "Zone", "Sector") and _NUMBERED_PART.fullmatch(words[1]):
            return [self._found(run, text, section, "place")]  # "Region Two", "District 9", "Ward 6": a numbered part of a country or a town
        if 3 <= len(run) <= 6:
            for cut in (2, 3):
                person, body = run[:cut], run[cut:]
                known = self._lookup(body, text) if body and (len(body) >= 2 or body[0].text.isupper()) else None
                if known is not None and known[1] == "organization" and self._a_person_opens(person) and self._lookup(person, text) is None:
                    # "By Helen Briggs BBC News": a writer, then the outlet she writes for
                    return self._person(person, text, section) + self._classify(body, text, section)
        if (
            len(run) <= 3
            and all(w[:1].isupper() for w in words)
            # "Lewis Verrin, a borough of …" says it is a town with no cue before it
            # (what follows first: it is read at one place, the cue is searched for)
            and self._town_set_off(run[-1].end, text)
            and (_TOWN_CUE_BEFORE.search(text, max(0, run[0].start - 24), run[0].start) or _A_TOWN_AFTER.match(text, run[-1].end))
            and self._lookup(run, text) is None
        ):
            # "to Kelly Doddi, on the outskirts of Bangalore", "in Mara Kessel, a village near
            # Lahore": a town named like a person, said to be one right after it.
            return [self._found(run, text, section, "place")]
        if (
            len(run) <= 3
            and text.startswith(", ", run[-1].end)
            and (region := _REGION_SANDWICH.match(text, run[-1].end)) is not None
            and (_ARTICLE_BEFORE.search(text, max(0, run[0].start - 5), run[0].start) or _IN_OR_NEAR_BEFORE.search(text, max(0, run[0].start - 10), run[0].start))
            and all(w[:1].isupper() for w in words)
            and self.g.kind(region.group(1)) == "place"
            and self._lookup(run, text) is None
        ):
            # "a Glen Allen, Virginia, man", "a fire in Glen Allen, Virginia, burned": a town
            # named like a person, its state after it, the clause going on after both.
            return [self._found(run, text, section, "place")]
        if (
            2 <= len(run) <= 4
            and _ARTICLE_SURNAME.fullmatch(words[-1])
            # (or a family name the gazetteer knows as someone's: "Moqtada al-Sadr" for "Muqtada al-Sadr")
            and (self._given_names_before(words[:-1]) or (len(run) == 2 and _NAME_WORD.fullmatch(words[0]) and (self._lookup(run[-1:], text) or ("", ""))[1] == "person"))
            and self._lookup(run, text) is None
        ):
            # "Hassan al-Turabi", "Abdel-Fattah el-Sissi": given names, then a family name with
            # its article; the given name is no town ("Hassan" in India).
            return self._person(run, text, section)
        if (
            len(run) >= 2
            and text[max(0, run[0].start - 2) : run[0].start].strip() == "©"
            and self._lookup(run[:1], text) is not None
            and self._lookup(run[:2], text) is None
        ):
            # "… 302 runs.© AFP India vs Sri Lanka …": a picture's credit, then the next
            # sentence's first words; the agency stands alone.
            return [self._found(run[:1], text, section, "organization")] + self._classify(run[1:], text, section)
        if (
            len(run) == 2
            and words[1] == "House"
            and words[0][:1].isupper()
            and words[0][1:].islower()
            and _HOUSE_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)
            and self._lookup(run, text) is None
            and self.g.kind(words[0]) != "place"  # "the Texas House": a state's chamber
        ):
            return [self._found(run, text, section, "place")]  # "at Blair House", "the Holston House": a building
        if len(run) >= 2 and words[-1] in ("Reserve", "Reserves") and words[-2] in _LAND_KINDS and self._lookup(run, text) is None:
            return [self._found(run, text, section, "place")]  # "the Kien Giang Biosphere Reserve": land set aside, a place
        if (
            2 <= len(run) <= 6
            and any(w in ("Hotel", "Hôtel") for w in words)
            and words[-1] not in self.org_cues
            and words[-1] not in ("Hotels", "Group")
            and not any(w.lower() in CONNECTORS and w != "of" and (i + 1 >= len(words) or words[i + 1] not in _HOTEL_ENDS) for i, w in enumerate(words))
            and self._lookup(run, text) is None
        ):
            # "the Jinmao Hotel Lijiang", "the Hôtel Martinez", "the Kessa Hotel and Casino": a
            # hotel, a building one stays in.
            return [self._found(run, text, section, "place")]
        if (
            len(run) <= 3
            and run[-1].text in ("Correspondent", "Reporter", "Correspondents", "Reporters")
            and text[run[0].start - 1 : run[0].start] in ("", "\n")
            and text[run[-1].end : run[-1].end + 1] in ("", "\n")
        ):
            return []  # "HT Correspondent", "Staff Reporter": a byline's line, no name
        if (
            len(run) == 2
            and run[0].sentence_start
            and len(run[0].text) >= 3
            and run[0].text.isupper()
            and run[0].text.title() in self.g.first_names
            and run[1].text[:1].isupper()
            and run[1].text[1:].islower()
            and self._lookup(run[1:], text) is None
        ):
            # "LINDA Nolan has shared …": a tabloid's story opening with its first word in
            # capitals, a person's given name and family name.
            return [self._found(run, text, section, "person")]
        if (
            len(run) == 2
            and run[0].text in self.g.first_names
            and not self._is_common(run[0])
            and run[1].text in self.org_cues
            and run[1].text[1:].islower()
            and self._lookup(run, text) is None
            and self._before(run, text) in ROLE_BEFORE
        ):
            return self._person(run, text, section)  # "defender Danny Mills": a role, a given name, a family name that is also a firm's word
        if 2 <= len(run) <= 4 and run[0].text in _SHIP_PREFIXES and all(t.text[:1].isupper() for t in run[1:]):
            return [self._found(run, text, section, "other")]  # "HMS Kestrel", "BRP Datu Cabaylo": a ship
        if (
            len(run) <= 4
            and all(t.text[:1].isupper() for t in run)
            and run[0].text not in self.g.first_names
            and _FIRM_AFTER.match(text, run[-1].end)
            and (self._lookup(run, text) or ("", "organization"))[1] == "organization"
        ):
            return [self._found(run, text, section, "organization")]  # "… of Third Bridge, a London-based … firm"
        if len(run) == 2 and words[0] == "Channel" and words[1].isdigit():
            return [self._found(run, text, section, "organization")]  # "Channel 10": a television channel
        if len(run) >= 3 and run[0].text in _WORK_HEADS and run[1].text == "of":
            return [self._found(run, text, section, "other")]  # "Annals of Family Practice": a journal
        if 3 <= len(run) <= 6 and run[0].text in _MEMBERS_OF_A_BODY and run[1].text == "of" and run[-1].text[:1].isupper():
            # "Friends of the Earth", "Sisters of Mercy": a body named for its members or supporters
            return [self._found(run, text, section, "organization")]
        for length in (1, 2):
            if (
                len(run) > length
                and " ".join(t.text for t in run[:length]) in LEAGUES
                and len(run) - length <= 3
                and run[length].text[:1].isupper()
                and not self._is_common(run[length])
                and not self.g.is_title(run[length].text)
            ):
                # "League Two Fleetwood Town", "Premier League Kessa United": a league, then one of its clubs
                return [self._found(run[:length], text, section, "organization"), self._found(run[length:], text, section, "organization")]
        if self._portfolio_list_ends_in_name(run, text):
            return self._person(run[-2:], text, section)  # "… Trade and Tourism Faiyaz Koya"
        if len(run) >= 4 and run[-3].text.lower() not in CONNECTORS and self._name_runs_into_person(run, text):
            self._classify_into(run[:-2], text, section, out)
            out.extend(self._person(run[-2:], text, section))
            return out
        self._classify_into(run, text, section, out)
        return out

    @staticmethod
    def _town_set_off(end: int, text: str) -> bool:
        """After a name, a comma and what says it is a town: ", a village near …", ", on the
        outskirts of …", ", 20 miles north of …"."""
        if _OUTSKIRTS_AFTER.match(text, end) or _A_TOWN_AFTER.match(text, end):
            return True
        apposition = _APPOSITION.match(text, end)
        return bool(apposition) and apposition.group(1).lower() in PLACE_KINDS and not text.startswith((" and", " or"), end)

    def _name_runs_into_person(self, run: list[Token], text: str) -> bool:
        """A name, then a person's: "Council on American-Islamic Relations Alia Salem" (a
        first name after an organisation or place), "Refugee Council Enver Solomon" (two
        plain capitalised words right after an organisation's last word)."""
        left, right = run[:-2], run[-2:]
        if right[-1].text in PLACE_CUES or right[-1].text in self.org_cues:
            return False  # "South San Augustine Street": a street named after a saint, no person
        if right[0].text in self.g.first_names:
            return self._has_org_cue(left) or left[-1].text in PLACE_CUES or self._lookup(left, text) is not None
        known_last = self.g.lookup(left[-1].text)
        # "University of Texas Arlington Amneh Jafari": a place ends an organisation's name.
        place_last = known_last is not None and known_last[1] == "place" and self._has_org_cue(left)
        return (
            (left[-1].text in self.org_cues or place_last)
            and all(t.text[:1].isupper() and t.text[1:].islower() and not self._is_common(t) for t in right)
            and not any(t.text in self.org_cues or t.text in PLACE_CUES for t in right)
            and self._lookup(right, text) is None
        )

    def _classify_into(self, run: list[Token], text: str, section: int, out: list[Found]) -> None:
        while True:  # each turn types the run, or a known name at its front and goes on with the rest
            rest = self._classify_one(run, text, section, out)
            # "Roger Federer of Switzerland": the known name, then a place; "of" opens no name.
            while rest and (rest[0].text in CONNECTORS or rest[0].text == "the"):
                rest = rest[1:]
            if not rest:
                return
            run = rest

    def _classify_one(self, run: list[Token], text: str, section: int, out: list[Found]) -> list[Token] | None:
        """Type a run into out; or, when a known name opens it, that name and the rest to type."""
        while run and run[0].text in _LEADING_SMALL_WORDS:
            run = run[1:]  # "[Stage 4] of the Tour de France": a part taken off the front left its "of the"
        if not run:
            return None
        words = [t.text for t in run]
        size = len(run)  # read often below: asked once
        if size == 1 and _FORM_GUIDE.fullmatch(words[0]):
            return None  # "WDWWDD", "LWLLW": a side's last results, no name
        if 2 <= size <= 3 and _APOSTROPHE_GIVEN.fullmatch(words[0]) and all(w[:1].isupper() for w in words[1:]) and not self._has_org_cue(run) and self._lookup(run, text) is None:
            out.append(self._found(run, text, section, "person"))  # "D’Andre Swift", "Ja'Marr Chase": a given name with an apostrophe inside
            return None
        if (
            size == 2
            and _PREFIXED_GIVEN.fullmatch(words[0])
            and words[1][:1].isupper()
            and words[1][1:].islower()
            and self.g.lookup(words[0]) is None
            and not self._is_common(run[1])  # "DeWalt Tools": a maker's name and its wares
            and not self._has_org_cue(run)
            and self._lookup(run, text) is None
        ):
            out.append(self._found(run, text, section, "person"))  # "LaDarius Pell": a prefixed given name and a family name
            return None
        if (
            size == 2
            and words[0] in self.g.first_names
            and not self._is_common(run[0])
            and _NAME_WORD.fullmatch(words[1])
            and (self._before(run, text) in ROLE_BEFORE or self._role_set_off(run, text))
            and self._lookup(run, text) is None
            and self.g.lookup(words[0]) is None
        ):
            # "actor Jude Law", "his ex-wife Heather Mills": after a role or a kin word, a given
            # name and a family name are a person, though the family name is a law's or a firm's word.
            out.append(self._found(run, text, section, "person"))
            return None
        if size >= 2 and words[-1].isdigit() and (words[-2] in _ROADS or (size >= 4 and words[-2] in ("and", "&") and words[-3].isdigit() and words[-4] in _ROADS)):
            out.append(self._found(run, text, section, "place"))  # "Highway 61", "U.S. Route 9", "Interstates 10 and 12"
            return None
        if words == ["Washington"] and text.startswith(", D.C.", run[0].end):
            end = run[0].end + len(", D.C.")
            out.append(Found(section, run[0].start, end, "place", "Washington, D.C.", "Washington, D.C."))  # the capital, one place
            return None
        if words == ["D.C."] and text.endswith("Washington, ", 0, run[0].start):
            return None  # the capital's letters, in "Washington, D.C." above
        if words == ["Amazon"] and run[0].start >= 4 and text[run[0].start - 4 : run[0].start].lower() == "the ":
            out.append(Found(section, run[0].start, run[0].end, "place", "Amazon rainforest", "Amazon"))  # "in the Amazon": the forest, not the company
            return None
        if size == 1 and _ends_with(text, run[0].start, _TOWN_BEFORE_ENDS) and _TOWN_BEFORE.search(text, max(0, run[0].start - 40), run[0].start):
            state = self._state_short(run[0], text)
            if state is not None:
                out.append(Found(section, run[0].start, state[1], "place", state[0], state[0]))  # "Joplin, Mo."
                return None
        if size <= 3 and text.endswith(" of ", 0, run[0].start) and _AGE_OF_BEFORE.search(text, max(0, run[0].start - 12), run[0].start) and not self._has_org_cue(run):
            known = self._lookup(run, text)
            if known is None or known[1] == "place":
                # "Ana Lind, 45, of Kessa": the town someone of that age comes from.
                out.append(self._found(run, text, section, "place", key=known[0] if known else None, name=known[0] if known else None))
                return None
        if size == 1 and text[run[0].start - 1 : run[0].start] == "(" and _NAME_BEFORE_BRACKET.search(text, max(0, run[0].start - 24), run[0].start):
            state = self._state_short(run[0], text)
            if state is not None and text[state[1] : state[1] + 1] == ")":
                out.append(Found(section, run[0].start, state[1], "place", state[0], state[0]))  # "Somerset (N.J.) County": the state in brackets
                return None
        if size == 2 and words[1] in PARTY_NAMES and words[1][:1].isupper() and self.g.kind(words[0]) == "place":
            out.append(self._found(run, text, section, "organization"))  # "Queensland Labor", "Texas Democrats": a party's branch in a state
            return None
        if " ".join(words) in PARTY_NAMES:
            party = self._lookup(run, text)
            # "Labor won the seat": the party; but "Labor shifted to mining" opens a sentence
            # with a common word, unless the gazetteer knows the party's name.
            if (party is None and not run[0].sentence_start) or (party is not None and party[1] == "group"):
                out.append(self._found(run, text, section, "organization"))
                return None
        if size >= 2 and words[-1] in OWNED_PLACES and text[run[-2].end : run[-2].end + 3] in ("'s ", "’s "):
            out.append(self._found(run, text, section, "place"))  # "Fletcher's Land", "Smith's Point"
            return None
        if size == 2 and words[0] == "Page" and _PAGE.fullmatch(words[1]):
            return None  # "Page A22": where a story was printed, no name
        at = words.index("Republic") if "Republic" in words[:-2] else -1
        if at >= 0 and words[at + 1] == "of" and not any(w in self.org_cues for w in words[:at]):  # not "Central Bank of the Republic of Turkey"
            country = self._lookup(run[at + 2 :], text)
            if country is not None and country[1] == "place":
                out.append(self._found(run, text, section, "place"))  # "the Republic of Uganda": the country
                return None
        if size == 2 and _MODEL_CODE.fullmatch(words[1]) and self.g.kind(words[0]) == "organization":
            out.append(self._found(run, text, section, "other"))  # "Mazda CX5", "Ford F-150": a maker and its model's code
            return None
        if 2 <= size <= 3 and self.g.kind(run[-1].text) == "other" and all(t.text[:1].isupper() for t in run) and self._lookup(run, text) is None:
            out.append(self._found(run, text, section, "other"))  # "Mozilla Firefox": a product the gazetteer knows, with its maker's name
            return None
        if (
            2 <= size <= 3
            and text.endswith(_OWNER_ENDS, 0, run[0].start)  # (the cheap test first)
            and _OWNER_BEFORE.search(text, max(0, run[0].start - 7), run[0].start)
            and all(t.text[:1].isupper() for t in run)
            and self._lookup(run, text) is None
            and not self._has_org_cue(run)
            and not self.g.is_title(run[0].text)
            and run[0].text not in self.g.first_names
            and run[0].text not in _KIN
            and self.g.kind(run[0].text) not in ("place", "group")  # "their Ontario Progressive Conservative colleagues"
        ):
            out.append(self._found(run, text, section, "other"))  # "his Vauxhall Corsa": a thing someone owns, no person
            return None
        if (
            2 <= size <= 3
            and run[-1].text[-1] == "s"  # every side's nickname is a plural (the cheap test first)
            and (_RESULT_VERB_AFTER.match(text, run[-1].end) or _RESULT_VERB_BEFORE.search(text, max(0, run[0].start - 12), run[0].start))
            and (run[-1].text in TEAM_NICKNAMES or (self._plural_name(run[-1:]) and run[0].text not in self.g.first_names))
            and self._lookup(run, text) is None
            and not self._has_org_cue(run)
            and self._is_game_report(text)  # last: its first asking reads the whole text
        ):
            # "Kessa Titans beat Orvo Strikers by six wickets": sides on either side of a result.
            out.append(self._found(run, text, section, "organization"))
            return None
        award = _AWARD_AFTER.match(text, run[-1].end)
        if award and size <= 5 and all(w[:1].isupper() for w in words) and self._lookup(run, text) is None:
            # "the Cine Latino award": an award by its name, the word "award" kept as the text writes it
            out.append(Found(section, run[0].start, award.end(), "other", text[run[0].start : award.end()], text[run[0].start : award.end()]))
            return None
        if (
            size == 2
            and words[0] in ("Los", "Las")
            and words[1].endswith("s")
            and words[1][1:].islower()
            and self._lookup(run, text) is None
            and not self._is_town(f"{words[0]} {words[1]}")
        ):
            if _TRAVEL_TO.search(text, max(0, run[0].start - 48), run[0].start) or _AT_PLACE_BEFORE.search(text, max(0, run[0].start - 8), run[0].start):
                out.append(self._found(run, text, section, "place"))  # "flights to Los Cabos", "near Las Croabas": a town
                return None
            out.append(self._found(run, text, section, "organization"))  # "Los Tequileros": a gang or a band by its Spanish plural
            return None
        if size >= 2 and words[-1] in ("Tour", "TOUR") and (words[-2] in _TOUR_KINDS or any(w in _TOUR_BODIES for w in words)):
            out.append(self._found(run, text, section, "organization"))  # "the European Challenge Tour", "the PGA TOUR": a tour that runs events
            return None
        if size >= 2 and words[-1] in ("District", "Area", "Division", "Region") and ("Police" in words or "Fire" in words):
            out.append(self._found(run, text, section, "organization"))  # "Central West Police District": a force's unit
            return None
        if (
            size <= 3
            and all(t.text[:1].isupper() for t in run)
            and text.endswith("for ", 0, run[0].start)  # (the cheap test first)
            and _PLAYS_FOR.search(text, max(0, run[0].start - 40), run[0].start)
            and not (size >= 2 and run[0].text in self.g.first_names and self._lookup(run, text) is None)
        ):
            out.append(self._found(run, text, section, "organization"))  # "scored twice for Toledo": the side
            return None
        if 2 <= size <= 4 and run[-1].text in _CLUB_LETTERS and self._lookup(run, text) is None:
            out.append(self._found(run, text, section, "organization"))  # "Hull FC", "Orvane RLFC": a club by its letters
            return None
        if (
            2 <= size <= 3
            and run[-1].text in TEAM_WORDS
            and self._lookup(run, text) is None
            and (run[-1].text in _CLUB_ONLY_WORDS or self._is_game_report(text))
        ):
            out.append(self._found(run, text, section, "organization"))  # "Kessa Rovers", "Tarvo Athletic" in a match report: a club
            return None
        if (
            2 <= size <= 4
            and run[-1].text[-1] == "s"  # (the cheap test first)
            and _ANY_THE_BEFORE.search(text, max(0, run[0].start - 4), run[0].start)
            and self._plural_name(run[-1:])
            and run[-1].text not in PLACE_PLURALS
            and run[-1].text not in EVENT_WORDS
            and run[-1].text not in ("Wars", "Games", "Awards", "Olympics", "Talks", "Simpsons")
            and run[-1].text not in self.g.first_names
            # "the Tom Adams family": a given name, then a family name ending in s.
            and not (run[0].text in self.g.first_names and run[-1].text[:-1].lower() not in self.g.common_words and run[-1].text not in TEAM_NICKNAMES)
            and self._lookup(run, text) is None
            and not self._has_org_cue(run)
            and self._is_game_report(text)
        ):
            out.append(self._found(run, text, section, "organization"))  # "the Tarvo Kestrels", "the Harbor City Mariners": a team by its town and nickname
            return None
        if (
            size >= 2
            and (
                _SANG_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)
                # "sang Danny Boy and Waltzing Matilda": the second song of the two
                or (
                    text.endswith(" and ", 0, run[0].start)
                    and words[0] not in self.g.first_names
                    and _SANG_PAIR_BEFORE.search(text, max(0, run[0].start - 60), run[0].start)
                )
            )
            and text[run[-1].end : run[-1].end + 2] not in ("'s", "’s")  # "sang Ann Lee's hit": the singer's
            and self._lookup(run, text) is None
        ):
            out.append(self._found(run, text, section, "other"))  # "fans sang Sweet Caroline": a song
            return None
        if (
            2 <= size <= 3
            and _PLACE_OF_BEFORE.search(text, max(0, run[0].start - 16), run[0].start)
            and text[run[-1].end : run[-1].end + 2] not in ("'s", "’s")
            and self._lookup(run, text) is None
            and not self._has_org_cue(run)
            and not any(self.g.is_title(t.text) for t in run)
        ):
            out.append(self._found(run, text, section, "place"))  # "residents of Morgan Hill": a town
            return None
        if size <= 2 and (domain := _DOMAIN.match(text, run[-1].end)) and (self._lookup(run, text) or ("", ""))[1] == "place":
            # "told Cleveland.com": a website by its address, named after its town
            end = domain.end()
            out.append(Found(section, run[0].start, end, "organization", text[run[0].start : end], text[run[0].start : end]))
            return None
        if (
            size == 2
            and words[0] == "New"
            and not words[1].endswith("s")  # "the New Democrats": a party's people
            and not self._has_org_cue(run)
            and self._lookup(run, text) is None
            and not self._is_common(run[1])
        ):
            out.append(self._found(run, text, section, "place"))  # "New Addington": "New" opens no one's name
            return None
        if (
            size == 2
            and words[0].isupper()
            and words[1][1:].islower()
            and _SEAT_HOLDER_AFTER.match(text, run[-1].end)
            and (self._lookup(run[:1], text) or ("", ""))[1] == "organization"
            and self._lookup(run, text) is None
        ):
            # "DUP Balmoral councillor", "SNP Glasgow MP": a party, then the seat's place
            out.append(self._found(run[:1], text, section, "organization"))
            out.extend(self.classify(run[1:], text, section))
            return None
        if size <= 2 and " ".join(words) in TRADE_PLACES:
            out.append(self._found(run, text, section, "place"))  # "left Hollywood", "a hit on Broadway"
            return None
        known = self._lookup(run, text)
        if known is None and size == 2 and words[1] in ("Field", "Stadium", "Arena", "Ballpark", "Coliseum") and self.g.kind(words[0]) == "group":
            out.append(self._found(run, text, section, "place"))  # "Progressive Field": a ground named for a sponsor whose word names a people
            return None
        if known and size == 1 and words[0] in COMMON_ACRONYMS and not self._acts_as_body(run, text):
            return None  # "CCTV footage", "captured on CCTV": the common noun, though a body has the letters too
        if known and known[1] in ("organization", "other") and size == 1 and _TOWN_KIND_OF.search(text, max(0, run[0].start - 12), run[0].start):
            out.append(self._found(run, text, section, "place"))  # "the city of Coachella": the town, not its festival
            return None
        if known and known[1] == "organization" and size == 1 and self._town_of_its_region(run, text):
            # "headquartered in Princeton, New Jersey": the town a university is named for
            out.append(self._found(run, text, section, "place"))
            return None
        if known and known[1] == "group" and " ".join(words) in _PAPER_DEMONYMS and not _ONE_OF_A_PEOPLE_BEFORE.search(text, max(0, run[0].start - 12), run[0].start):
            # "published in the New Yorker", "his New Yorker investigation": the magazine; "a
            # lifelong New Yorker" is one of the city's people.
            out.append(self._found(run, text, section, "organization"))
            return None
        if known:
            kind = known[1]
            if kind == "place" and size == 1 and self._after(run, text) in SPEECH_AFTER:
                # "Judge Brian Cogan … Cogan says": a place's name that speaks is the family
                # name of a person the text names in full, if it does (merge.py); else the place.
                kind = "place/surname?"
            found = self._found(run, text, section, kind, key=known[0], name=known[0])
            if kind == "place" and text[run[-1].end : run[-1].end + 1] == " ":
                after = _KIND_AFTER.match(text, run[-1].end)
                if after and after.group(1) in PLACE_KINDS_AFTER:
                    found.aliases = (text[run[0].start : after.end()],)  # "Hubei province": also so named
            out.append(found)
            return None
        if (
            self._before(run, text) in WORK_BEFORE
            and text[max(0, run[0].start - 2) : run[0].start] == ", "
            and text[run[-1].end : run[-1].end + 1] == ","
            and _OWNED_KIND_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
            and self._lookup(run, text) is None
            and words[0] not in self.g.first_names  # "After his new film, Ana Ruiz, 34, said"
        ):
            out.append(self._found(run, text, section, "other"))  # "his new film, Monsoon Ledger, opens": the work, set off by commas
            return None
        if (
            "it" in text[max(0, run[0].start - 7) : run[0].start]  # (most names: no "hit" before them, a quick test)
            and _HIT_BEFORE.search(text, max(0, run[0].start - 24), run[0].start)
            and self._lookup(run, text) is None
        ):
            out.append(self._found(run, text, section, "other"))  # "her hit Golden Hour", "the 1999 hit Silver Rain": a song
            return None
        if (
            self._before(run, text) in WORK_BEFORE
            and re.search(r"\w[ \"“‘']+$", text[max(0, run[0].start - 4) : run[0].start])
            # "five minutes into the game Alex DeBrincat put …": a match, then a player
            and not (self._before(run, text) == "game" and size == 2 and words[0] in self.g.first_names)
        ):
            # Right before the name: "the film Top Gun"; not "After the game, Ana Ruiz said".
            out.append(self._found(run, text, section, "other"))  # "the film Top Gun", "the song Imagine"
            return None
        if size >= 3 and words[-1].isdigit():
            # "Emmanuel Macron 3": a person and a photo's number.
            known = self._lookup(run[:-1], text)
            cues = self._has_org_cue(run) or any(w in EVENT_WORDS or w in PLACE_CUES for w in words)
            if (known is not None and known[1] == "person") or (known is None and words[0] in self.g.first_names and not cues):
                if known is not None:
                    out.append(self._found(run[:-1], text, section, "person", key=known[0], name=known[0]))
                else:
                    out.extend(self._person(run[:-1], text, section))
                # The number is claimed so that no count is made of it; merging drops it.
                out.append(self._found(run[-1:], text, section, "unknown", key=f"photo number:{run[-1].start}"))
                return None
        if size >= 2 and words[0][:1].islower() and BRAND.fullmatch(words[0]) and self._model_after(run[0], text):
            out.append(self._found(run, text, section, "other"))  # "iPad 5 Pro", "eReader X": a product's model
            return None
        if size >= 2 and words[-1].isdigit():
            # "Ariane 6", "Senate Bill 21"; but "US 12", "SR 20": a highway by its number
            # and "Dublin 8", "Paris 16": a city's postal district
            numbered_place = (size == 2 and words[0] in ("US", "U.S.", "SR") and len(words[1]) <= 3) or (
                len(words[-1]) <= 2 and (self._lookup(run[:-1], text) or ("", ""))[1] == "place"
            )
            out.append(self._found(run, text, section, "place" if numbered_place else "other"))
            return None
        if size >= 3 and words[-1] in _POST_NOMINALS:
            out.extend(self.classify(run[:-1], text, section))  # "Judge William Davis QC", "Ada Obi SAN": a rank after the name
            return None
        if size >= 3 and words[-1].isupper() and self.g.is_title(words[-1]) and words[0] in self.g.first_names:
            out.extend(self._person(run[:-1], text, section))  # "Jane Smith MP", "Alan Reyes QC": the letters of an office
            return None
        if size >= 2 and 2 <= len(words[-1]) <= 3 and words[-1].isupper() and self._lookup(run[-1:], text) is None:
            if _ROMAN_LARGE.fullmatch(words[-1]) and words[0] in RULER_NAMES:
                pass  # "Louis XIV": a ruler's number, no version
            elif not self._has_org_cue(run) and self._lookup(run[:1], text) is None:
                out.append(self._found(run, text, section, "other"))  # a product's version: "Windows XP", "PlayStation VR"
                return None
        if size >= 2 and words[-1] in PRODUCT_LAST:
            out.append(self._found(run, text, section, "other"))  # "Onyx Browser", "the Starfarer Wiki"
            return None
        if (
            size == 2
            and len(words[0]) == 2
            and words[0].isupper()
            and words[0] not in COMMON_ACRONYMS
            and self.g.lookup(words[0]) is None
            and self.g.lookup(words[1]) is None
            and self._family_name_word(run[1])
        ):
            return self._person_into(run, text, section, out)  # "PK Mohapatra": initials, as South Asian papers write them
        if self._field_body(run):
            out.append(self._found(run, text, section, "organization"))  # "Elections Calgary"
            return None
        if size == 2 and words[0] == "Old" and not self._is_common(run[1]) and self.g.kind(words[1]) is None:
            out.append(self._found(run, text, section, "place"))  # "the Old Bailey", "Old Trafford": no one is named Old
            return None
        if size == 2 and words[0] in _ORGANISATION_FIRST and not self._is_common(run[1]):
            out.append(self._found(run, text, section, "organization"))  # "Project Jonah", "Team Estonia"
            return None
        if 2 <= size <= 3 and words[0] in DIRECTIONS and all(self.g.lookup(w) is None and not self._is_common(t) for w, t in zip(words[1:], run[1:])) and words[1] not in self.g.first_names:
            out.append(self._found(run, text, section, "place"))  # "West Mercia", "Upper Dorvale": a region
            return None
        if size >= 2 and words[0] in EVENT_FIRST:
            out.append(self._found(run, text, section, "other"))  # "Hurricane Otis"
            return None
        head = next((i for i, w in enumerate(words) if w in ("of", "for", "on")), 0)
        if head >= 1 and words[head - 1] in self.org_cues and words[-1] not in PLACE_CUES:
            # "State Administration for Market Regulation", "Agency for International
            # Development": the word before "for" or "of" says what the name is.
            out.append(self._found(run, text, section, "organization"))
            return None
        if head >= 1 and words[head - 1] in EVENT_WORDS and words[head - 1] not in self.org_cues and not self._has_org_cue(run[head:]):
            out.append(self._found(run, text, section, "other"))  # "Declaration of Independence", "Treaty of Rome"
            return None
        if size >= 2 and words[-1] in _LAWS:
            out.append(self._found(run, text, section, "other"))  # "the Communications Decency Act": a law, whatever body its words name
            return None
        # A prize is the prize, whatever body its words name ("the Genomics X Prize").
        if size >= 2 and words[-1] in EVENT_WORDS and (words[0] not in self.org_cues or words[-1] in _PRIZES):
            out.append(self._found(run, text, section, "other"))
            return None
        if (
            size >= 2
            and len(words[-1]) >= 2
            and _ROMAN_LARGE.fullmatch(words[-1])
            and words[0] not in self.g.first_names
            and not self._has_org_cue(run)
        ):
            out.append(self._found(run, text, section, "other"))  # "Super Bowl LVII", "Apollo XI": an edition
            return None
        if size >= 2 and words[-2] == "War" and _ROMAN.match(words[-1]):
            out.append(self._found(run, text, section, "other"))
            return None
        if size >= 2 and words[-1] in ("District", "Districts", "Authority") and words[-2] in SERVICE_DISTRICTS:
            out.append(self._found(run, text, section, "organization"))  # "Irving School District": a body, no place
            return None
        facility = size >= 3 and words[-1] in ("Centre", "Center") and words[-2] in _FACILITY_CENTRES
        if size == 2 and (words[0] in ("Daily", "Evening", "Sunday", "Morning") or words[0] in NEWSPAPER_WORDS) and words[1] in NEWSPAPER_WORDS:
            out.append(self._found(run, text, section, "organization"))  # "the Daily Star", "the Evening Standard", "the Courier Mail"
            return None
        if 2 <= size <= 3 and words[0] == "Daily" and all(w[:1].isupper() for w in words[1:]):
            out.append(self._found(run, text, section, "organization"))  # "the Daily Haymaker": no one is named Daily; a paper or a site
            return None
        after_place = self._after_known_place(run, text)
        if after_place is not None:
            out.append(self._found(run, text, section, after_place))
            return None
        if (
            size == 3
            and len(words[1]) == 2
            and words[1][1] == "."
            and words[1][0].isupper()
            and words[0] in self.g.first_names
            and not self._is_common(run[0])
            and self.g.lookup(words[0]) is None
            and words[2][:1].isupper()
            and words[2][1:].islower()
        ):
            return self._person_into(run, text, section, out)  # "Jonathan R. Pike": a middle initial, whatever word the family name is too
        if (
            size == 2
            and words[1] in SURNAME_CUES
            and words[0] in self.g.first_names
            and not self._is_common(run[0])
            and self.g.lookup(words[0]) is None
            and not _THE_BEFORE.search(text, max(0, run[0].start - 4), run[0].start)
            # "at the Theatre Royal in Drury Lane": a way or a building where something happens
            and not (words[1] in FACILITY_WORDS and _WHERE_BEFORE.search(text, max(0, run[0].start - 6), run[0].start) and text[run[-1].end : run[-1].end + 1] not in ("'", "’"))
            # "Nathan Park said": a place's last word names a person only when the name speaks.
            and (
                words[1] not in PLACE_CUES
                or self._after(run, text) in SPEECH_AFTER
                or bool(_AGE_AFTER.match(text, run[-1].end))
                or bool(_WHO_AFTER.match(text, run[-1].end))  # "Phil Grove, who represents …"
                or bool(_ROLE_SET_OFF_BEFORE.search(text, max(0, run[0].start - 16), run[0].start))  # "its chief financial officer, Ann Lake,"
            )
        ):
            return self._person_into(run, text, section, out)  # "Margaret Court", "Emily Post": a family name
        if size == 2 and words[1] in DIRECTIONS and 2 <= len(words[0]) <= 5 and words[0].isupper() and words[0].isalpha() and self.g.lookup(words[0]) is None:
            out.append(self._found(run, text, section, "organization"))  # "AFC East", "SEC West": a league's division
            return None
        # "Fort Pitt Capital Group": a firm's last word outweighs a place's first.
        place_first = words[0] in PLACE_FIRST and not self._has_org_cue(run)
        if size == 2 and words[0] == "County" and not self._is_common(run[1]) and not self.g.is_title(words[1]) and not self._has_org_cue(run):
            place_first = True  # "County Limerick", "County Down": an Irish county by its word first
        # "U.S. Attorney's Office for the Western District": the body before "for" or "of" is
        # the name's head, whatever place its last word names.
        body_head = any(words[i] in self.org_cues and words[i + 1] in ("for", "of") for i in range(1, size - 1))
        # "Michael West", "Kanye West": a given name, then a family name that is a direction.
        named_west = size == 2 and words[-1] in ("West", "North", "South", "East") and words[0] in self.g.first_names and self.g.lookup(words[0]) is None
        if size >= 2 and (words[-1] in PLACE_CUES or (words[-1] in DIRECTIONS and not named_west) or place_first or facility) and not body_head:
            out.append(self._found(run, text, section, "place"))
            return None
        if size == 2 and words[0] == "New" and words[1].endswith("crats") and self._lookup(run, text) is None:
            out.append(self._found(run, text, section, "group"))  # "New Democrats": a party's members
            return None
        if size == 2 and words[0] in ("Senate", "House", "Assembly", "Congress", "Parliament", "Council") and self.g.kind(words[1]) == "group":
            # "Senate Democratic leader …": the chamber, then the party's members in it
            out.append(self._found(run[:1], text, section, "organization"))
            out.append(self._found(run[1:], text, section, "group"))
            return None
        if size == 2 and words[0].rstrip(".") in _HONORIFICS and words[1] in SURNAME_CUES:
            return self._person_into(run[1:], text, section, out)  # "Ms. Chambers", "Mr. Court": a family name that is also a body's word
        # "Harbridge United": a club's last word after a town; but "David Villa" is a person.
        club = words[-1] in TEAM_WORDS and (words[0] not in self.g.first_names or self.g.lookup(words[0]) is not None)
        if size >= 2 and (self._has_org_cue(run) or club):
            out.append(self._found(run, text, section, "organization"))  # "… Council", "Wigan Athletic"
            return None
        if size >= 2 and self._after(run, text) in PRODUCT_AFTER and not self._has_org_cue(run):
            out.append(self._found(run, text, section, "other"))  # "the Orion Starliner capsule": a craft
            return None
        if 2 <= size <= 3 and self._hyphenated_given(words[0]) and all(w[:1].isupper() and w[1:].islower() for w in words[1:]) and (self._lookup(run[1:], text) or ("", "person"))[1] == "person":
            return self._person_into(run, text, section, out)  # "Jean-Pierre Lacroix": a given name of two, known alone as someone's family name
        # A known place, group or organisation at the front: "Japan Airlines" aside, "Tokyo Governor".
        for length in range(min(self.g.max_words, size - 1), 0, -1):
            head = run[:length]
            found = self._lookup(head, text)
            if found:
                rest = run[length:]
                if (
                    length == 1
                    and _DOTTED_INITIALS.fullmatch(head[0].text)
                    and head[0].text not in _COUNTRY_LETTERS
                    and len(rest) == 1
                    and self._family_name_word(rest[0])
                    and (self._lookup(rest, text) or ("", "person"))[1] == "person"
                ):
                    return self._person_into(run, text, section, out)  # "N.S. Rajan": initials, not Nova Scotia
                if found[1] == "other" and len(rest) == 1 and ACRONYM_PLURAL.fullmatch(rest[0].text):
                    out.append(self._found(head, text, section, "other"))  # "Windows 8 PCs": the product, then what runs it
                    return None
                if all(t.text.isdigit() for t in rest) or (found[1] == "other" and len(rest) <= 2):
                    out.append(self._found(run, text, section, "other"))  # "S&P 500", "FTSE 100", "iPhone 6S"
                    return None
                after = self._lookup(rest, text)
                if found[1] == "place" and after is not None and after[1] == "place":
                    out.append(self._found(run, text, section, "organization"))  # "Bayern Munich"
                    return None
                if (
                    found[1] == "place"
                    and (
                        (found[0] in _STATES and rest[0].text in _CHAMBERS and (len(rest) == 1 or (after is not None and after[1] == "organization")))
                        or (rest[0].text == "Court" and after is not None and after[1] == "organization")
                    )
                ):
                    # "the Ohio House", "Alabama House of Representatives", "Ontario Court of Justice"
                    out.append(self._found(run, text, section, "organization"))
                    return None
                if found[1] == "organization" and after is not None and after[1] == "place":
                    out.append(self._found(run, text, section, "organization"))  # "Oxfam America": its branch
                    return None
                if rest[0].text == "&":
                    out.append(self._found(run, text, section, "organization"))  # "Harlow & Sons": one firm
                    return None
                if found[1] == "person" and len(rest) >= 2 and rest[0].text in PARTICLES and not self._has_org_cue(rest):
                    return self._person_into(run, text, section, out)  # "Anwar al Awlaki": the name goes on
                if found[1] == "place" and len(rest) == 2 and rest[0].text in ("del", "de", "do", "da", "di") and rest[1].text in _PART_OF_A_PLACE:
                    out.append(self._found(run, text, section, "place"))  # "Surigao del Norte", "Davao del Sur": one province
                    return None
                if (
                    found[1] == "person"
                    and length == 1
                    and len(rest) == 1
                    and _NAME_WORD.fullmatch(rest[0].text)
                    and re.search(rf"\b[A-Z][a-z]+ {re.escape(self._surface(run, text))}\b", text)
                ):
                    return self._person_into(run, text, section, out)  # "Haddad Maia" after "Beatriz Haddad Maia": the tail of a longer name here
                if (
                    found[1] == "person"
                    and length >= 2
                    and len(rest) == 1
                    and self._family_name_word(rest[0])
                    and self.g.lookup(rest[0].text) is None
                    and rest[0].text not in self.g.first_names
                ):
                    return self._person_into(run, text, section, out)  # "Ravi Shankar Prasad": a longer name than the one known
                if (
                    (found[1] == "place" and len(rest) <= 2 or found[1] == "group" and len(rest) == 1 and rest[0].text in _MISSIONS)
                    and rest[-1].text in FACILITY_WORDS
                    and all(t.text[:1].isupper() for t in rest)
                ):
                    # "the Lisbon Hotel", "Bellevue Estate", "the Sydney Cricket Ground"
                    out.append(self._found(run, text, section, "place"))
                    return None
                if found[1] == "place" and after is None and self._plural_name(rest) and not self._given_and_family(run):
                    # "Indiana Pacers", "Kenya Airways"; but "Nigel Adams" (Nigel, a town too) is a person
                    out.append(self._found(run, text, section, "organization"))
                    return None
                if (
                    length == 1
                    and found[1] == "place"
                    and after is None
                    and head[0].text in self.g.first_names
                    and self._a_person_opens(run)
                    and not any(self.g.lookup(t.text) for t in rest)
                ):
                    return self._person_into(run, text, section, out)  # "Mara Diaz": a given name, not the region
                if (
                    size == 2
                    and found[1] == "place"
                    and after is None
                    and head[0].text.isupper()
                    and len(head[0].text) <= 3
                    and rest[0].text[1:].islower()
                    and self.g.lookup(rest[0].text) is None
                    and not self._is_common(rest[0])
                ):
                    out.append(self._found(run, text, section, "organization"))  # "UK Biobank", "US Steel": a country's body or firm
                    return None
                if (
                    size == 2
                    and found[1] in ("place", "group")
                    and after is None
                    and self._family_name_word(rest[0])
                    # "UK Biobank", "U.S. Patriot": a country's letters name no one
                    and not (head[0].text.isupper() and len(head[0].text.replace(".", "")) <= 3)
                ):
                    if found[1] == "group" and head[0].text.endswith(_PEOPLE_ADJECTIVE_ENDS) and head[0].text not in self.g.first_names:
                        # "Finn Russell", but an adjective of a people names no one: "the
                        # Fijian Drua" is a team, a paper or a firm.
                        out.append(self._guess(run, text, section, "organization"))
                        return None
                    return self._person_into(run, text, section, out)  # "Amol Palekar", "Finn Russell": a person
                if (
                    found[1] == "group"
                    and len(rest) >= 2
                    and rest[0].text == "National"
                    and all(t.text[:1].isupper() for t in rest)
                    and rest[-1].text not in EVENT_WORDS
                    and rest[-1].text not in ("Day", "Anthem", "Park", "Parks")
                ):
                    out.append(self._found(run, text, section, "organization"))  # "the Indonesian National Military": a people's national body
                    return None
                if (
                    found[1] == "group"
                    and len(rest) >= 2
                    and rest[-1].text in ("Area", "Zone", "Union", "Community")
                    and all(t.text[:1].isupper() for t in rest)
                ):
                    # "the European Economic Area", "the African Continental Free Trade Area": a
                    # union of countries, named by the people or the continent it joins.
                    out.append(self._found(run, text, section, "organization"))
                    return None
                if (
                    found[1] == "group"
                    and len(rest) >= 2
                    and rest[-1].text in ("Trials", "Championships", "Games", "Open")
                    and all(t.text[:1].isupper() for t in rest)
                    and self._lookup(rest, text) is None  # "American Olympic Games hopes": a people, then a known event
                ):
                    out.append(self._found(run, text, section, "other"))  # "the Jamaican Olympic Trials": a people's event
                    return None
                if size == 2 and length == 1 and found[1] == "group" and self.g.kind(rest[0].text) == "group":
                    # "Progressive Conservative", "Christian Democrat": one party's name;
                    # "Greek Cypriot", "Bosnian Serb": one people within another.
                    out.append(self._found(run, text, section, "group"))
                    return None
                out.append(self._found(head, text, section, found[1], key=found[0], name=found[0]))
                return rest
        out.extend(self._classify_rest(run, words, text, section))
        return None

    def _acts_as_body(self, run: list[Token], text: str) -> bool:
        """Does a name that is also a common acronym act as a body here: it speaks or acts
        ("CCTV reported"), owns ("CCTV's"), or is named as one ("state broadcaster CCTV")?"""
        after = self._after(run, text)
        if after in SPEECH_AFTER or after in ("is", "was", "has", "had", "will", "says") or after.endswith("ed"):
            return True
        if text[run[-1].end : run[-1].end + 2] in ("'s", "’s"):
            return True
        return self._before(run, text) in ("broadcaster", "channel", "network", "state", "television", "tv", "agency")

    def _named_in_full(self, token: Token, text: str) -> bool:
        """Does the text name someone in full with this word as family name ("William Bell"),
        so that "Mayor Bell" is that person, though "bell" is a common word?"""
        key = (token.text, id(text), len(text))
        known = self._full_names.get(key)
        if known is None:
            pattern = re.compile(rf"\b([A-Z][a-z]+) {re.escape(token.text)}\b")
            known = self._full_names[key] = any(m.group(1) in self.g.first_names for m in pattern.finditer(text))
            if len(self._full_names) > 4096:
                self._full_names.clear()
        return known

    def _family_name_word(self, token: Token) -> bool:
        """Could the word after a place's or a people's name be a family name: capitalised,
        no common word, no plural (a club, a firm: "Mumbai Indians"), no cue of a kind of name?"""
        word = token.text
        return (
            word[:1].isupper()
            and word[1:].islower()
            and word.isalpha()
            and not word.endswith("s")
            and not _NOUN_ENDING.search(word)  # "Malaysia Tourism": the country's body
            and not self._is_common(token)
            and word not in self.org_cues
            and word not in PLACE_CUES
            and word not in FACILITY_WORDS
            and word not in EVENT_WORDS
            and word not in TEAM_WORDS
            and word not in PRODUCT_LAST
            and not self.g.is_title(word)
        )

    def _after_known_place(self, run: list[Token], text: str) -> str | None:
        """The type of a known place and the words after it, when those words say it:
        a newspaper ("Boston Globe", "LA Weekly": ending in a newspaper's word), a club ("Sheffield United"), a team ("St. Louis Cardinals"), or a
        place of several ("Florida Keys"); else None."""
        for length in range(min(self.g.max_words, len(run) - 1), 0, -1):
            found = self._lookup(run[:length], text)
            if found is None:
                continue
            if found[1] != "place":
                return None
            rest = run[length:]
            if len(rest) == 1 and (rest[0].text in PLACE_PLURALS or rest[0].text in _STREETS_AND_GROUNDS):
                return "place"  # "Florida Keys"; "Harlow Drive", "Kendal Moor": a street or a ground named after a town
            if len(rest) == 1 and rest[0].text in TEAM_WORDS:
                return "organization"  # "Sheffield United", "Bristol Rovers": a club
            if len(rest) <= 3 and _newspaper_word(rest[-1].text):
                return "organization"  # "Boston Globe", "South Florida Sun Sentinel", "Idaho Press-Tribune"
            if self._lookup(rest, text) is None and self._plural_name(rest) and not self._given_and_family(run):
                return "organization"  # "Indiana Pacers"; but "Nigel Adams" (Nigel, a town too) is a person
            return None
        return None

    def _person_into(self, run: list[Token], text: str, section: int, out: list[Found]) -> None:
        out.extend(self._person(run, text, section))
        return None

    def _kind_of_place_before(self, run: list[Token], text: str) -> bool:
        """ "the town of Little Compton", "the district of Tarnowo": a place of that kind."""
        if _ends_with(text, run[0].start, ("moon ", "moons ")) and _MOON_BEFORE.search(text, max(0, run[0].start - 8), run[0].start):
            return True  # "Saturn's moon Titan", "the small moon Nereid": a moon, a place of its own
        match = _KIND_OF.search(text, max(0, run[0].start - 24), run[0].start) if _ends_with(text, run[0].start, _KIND_OF_ENDS) else None
        return match is not None and match.group(1) in PLACE_KINDS

    def _state_short(self, token: Token, text: str) -> tuple[str, int] | None:
        """(state, end) for a US state's short form as written after a town: "Joplin, Mo.",
        "Albany, NY"; the full stop belongs to the short form."""
        word = token.text
        end = token.end
        dotted = text[end : end + 3]
        if len(word) == 1 and len(dotted) == 3 and dotted[0] == dotted[2] == "." and dotted[1].isupper():
            short = word + dotted  # "S" of "R-S.C.": the tokens stop at the first full stop
            if short in US_STATES_SHORT:
                return US_STATES_SHORT[short], end + 3
        if text[end : end + 1] == "." and not word.endswith("."):
            if word + "." in US_STATES_SHORT:
                return US_STATES_SHORT[word + "."], end + 1
            if len(word) >= 3 and word.isupper() and word.title() + "." in US_STATES_SHORT:
                return US_STATES_SHORT[word.title() + "."], end + 1  # "MIAMI, FLA. (WSVN)": a dateline in capitals
        if word in US_STATES_SHORT and (word.endswith(".") or word.isupper()):
            return US_STATES_SHORT[word], end
        return None

    def _is_town(self, written: str) -> bool:
        """A name of towns.txt, each spelling looked up once per text."""
        town = self._towns.get(written)
        if town is None:
            town = " ".join(written.split()) in load_towns()
            if len(self._towns) > 4096:
                self._towns.clear()
            self._towns[written] = town
        return town

    def _town_with_cue(self, run: list[Token], text: str) -> bool:
        """A small town of towns.txt where the words around it name a place: "near Kibworth",
        "the mayor of Marstal", "the Kibworth-based firm"."""
        if len(run) > 5:
            return False
        if not self._is_town(self._surface(run, text)):
            # "in York": a town named like a person, only after a place's own words.
            return (
                self._surface(run, text) in load_named_towns()
                and text[run[-1].end : run[-1].end + 2] not in ("'s", "’s")
                and bool(
                    _NAMED_TOWN_CUE_BEFORE.search(text, max(0, run[0].start - 24), run[0].start)
                    or _TOWN_CUE_AFTER.match(text, run[-1].end)
                    or self._town_before(run, text)
                )
            )  # the lookups first: they cost less than the cues
        if (
            _TOWN_CUE_BEFORE.search(text, max(0, run[0].start - 16), run[0].start)
            or _TOWN_CUE_AFTER.match(text, run[-1].end)
            or self._kind_of_place_before(run, text)
            # "the Papakura bus plan", "the Kibworth council": the town's own things
            or (text.endswith(("the ", "The "), 0, run[0].start) and _TOWN_THINGS_AFTER.match(text, run[-1].end))
        ):
            return True
        larger = _IN_PLACE_AFTER.match(text, run[-1].end)
        return bool(larger and self.g.kind(larger.group(1)) == "place")

    def _town_before(self, run: list[Token], text: str) -> bool:
        """A place the gazetteer or the town list knows, then a comma, just before the run
        ("in Ashford, Kent"), and no more words of the sentence after it but its end."""
        town = _TOWN_AND_COMMA_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
        if town is None or text[run[-1].end : run[-1].end + 1] not in (",", ".", ";", ")", "\n", ""):
            return False
        return self.g.kind(town.group(1)) == "place" or self._is_town(town.group(1))

    def _office_adjective(self, word: str) -> bool:
        """An adjective no name has, naming an office's reach: "Provincial", "Regional"."""
        return word[:1].isupper() and word.endswith(_ADJECTIVE_ENDS) and word not in self.g.first_names and self.g.lookup(word) is None

    def _office_word(self, token: Token) -> bool:
        """A common word, or an adjective of an office's reach, before a title."""
        return self._is_common(token) or self._office_adjective(token.text)

    def _classify_rest(self, run: list[Token], words: list[str], text: str, section: int) -> list[Found]:
        size = len(run)  # read often below: asked once
        if _SHARES_BEFORE.search(text, max(0, run[0].start - 12), run[0].start) and text[run[-1].end : run[-1].end + 2] not in ("'s", "’s"):
            # "Shares of Lindqvist Marine rose", "shares in Johnson Matthey": a listed firm,
            # named after its founders or not; "shares of Ann Lee's firm" are the firm's.
            return [self._found(run, text, section, "organization")]
        if 2 <= size <= 3 and self.g.is_title(words[-1]) and all(self._office_word(t) for t in run[:-1]) and not self._has_org_cue(run):
            return []  # "(Enga) Provincial Administrator": an office in common words, after its place
        if size == 2 and words[0] in _BILL_CODES and words[1].isdigit():
            return [self._found(run, text, section, "other")]  # "SB 15": a bill, a law to be
        if size == 2 and words[0] in ("Metro", "Greater") and self.g.kind(words[1]) == "place":
            return [self._found(run, text, section, "place")]  # "Metro Vancouver": a city's whole area
        if size >= 3 and self.g.is_title(words[-1]) and _NAME_AFTER_COMMA.match(text, run[-1].end):
            cut = 2 if self.g.is_title(f"{words[-2]} {words[-1]}") else 1
            if size >= 4 and self.g.is_title(words[-3]):
                cut = 3  # "TESS Deputy Science Director": a title around its field
            if size - cut >= 2 and not self.g.is_title(words[-cut - 1]):
                return self.classify(run[:-cut], text, section)  # "KoBold Metals President, JOSH GOLDMAN,": a body, then its officer's title
        if size >= 2 and self.g.kind(words[-1]) == "group" and words[-1] in _PARTY_MEMBERS:
            place = self._surface(run[:-1], text)
            if self.g.kind(place) == "place" or self._is_town(place):
                # "the Gig Harbor Democrat": a member of a party by the town they stand for
                return [self._found(run[:-1], text, section, "place"), self._found(run[-1:], text, section, "group")]
        if size >= 2 and words[-1] == "Co" and words[0] not in ("Co", "County"):
            return [self._found(run, text, section, "organization")]  # "Campbell Soup Co" (but "Co Kerry": a county)
        if size == 2 and words[0] in ("Co", "Co.") and words[1][1:].islower():
            return [self._found(run, text, section, "place")]  # "Co Kerry", "Co. Donegal": an Irish county
        if self._town_with_cue(run, text):
            return [self._found(run, text, section, "place")]
        if self._kind_of_place_before(run, text) and all(w[:1].isupper() for w in words) and size <= 4:
            return [self._found(run, text, section, "place")]
        if all(w[:1].isupper() for w in words) and size <= 3 and words[0] not in NOT_NAMES:
            kind = _KIND_AFTER.match(text, run[-1].end)
            if kind and (kind.group(1) in PLACE_KINDS_AFTER or (kind.group(1) in ("area", "stop") and text.endswith(" the ", 0, run[0].start) and not self._has_org_cue(run))):
                # "the Portage area", "the Kessel stop": a place by the area or the tram's stop it names, written after "the"
                found = self._found(run, text, section, "place")
                found.aliases = (text[run[0].start : kind.end()],)
                return [found]  # "the Kibera district": Kibera
            region = _REGION_AFTER.match(text, run[-1].end)
            role = region and re.match(r"\s+([a-z]+)(?: ([a-z]+))?", text[region.end() : region.end() + 32])
            if role and (role.group(1) in ROLE_BEFORE or role.group(2) in ROLE_BEFORE):
                # "Hernan Dario Gomez, Panama coach, said", "Lotfi Azzouz, Tunisia country
                # director": a person and a role
                region = None
            if region and (size == 1 or words[0] not in self.g.first_names):
                known = self.g.lookup(region.group(1))
                if known is not None and known[1] == "place":
                    return [self._found(run, text, section, "place")]  # "Irving, Texas", "Soroti, Uganda"
            apposition = _APPOSITION.match(text, run[-1].end)
            if apposition and apposition.group(1).lower() in PLACE_KINDS:
                return [self._found(run, text, section, "place")]  # "Enceladus, a moon of Saturn"
            if apposition and apposition.group(1).lower() in ORGANISATION_KINDS and words[0] not in self.g.first_names:
                return [self._found(run, text, section, "organization")]  # "Gonzaga, a school in Milan"
            kind = _KIND_BEFORE.search(text, max(0, run[0].start - 24), run[0].start) if _LETTER_SPACE_BEFORE.search(text, max(0, run[0].start - 3), run[0].start) else None
            if (
                kind
                and kind.group(1) in ORGANISATION_KINDS
                and (size == 1 or words[0] not in self.g.first_names)
                # not "group L" nor "Make" of "group Make the Road"; but "the band Journey"
                and (size > 1 or (len(words[0].rstrip(".")) >= 3 and (not self._is_common(run[0]) or kind.group(1) in ("band", "charity", "union"))))
                and not _DOMAIN.match(text, run[-1].end)
            ):
                return [self._found(run, text, section, "organization")]  # "the magazine Zentrix"
        if (
            size == 1
            and self.g.lookup(words[0]) is None
            and not self._is_common(run[0])
            and not self.g.is_title(words[0])
            and words[0] not in PLACE_CUES
            and words[0] not in self.org_cues
        ):
            kind = self._role_after(run[-1].end, text)
            if kind:
                return [self._found(run, text, section, kind)]  # "Petrosul chief executive", "Cebu governor"
        if size <= 3 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
            if (
                _SAID_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)
                and not self._has_org_cue(run)
                and not (size == 1 and words[0].isupper())
                and self._after(run, text) not in _SPEAKERS_FOR  # "said Spreadex analyst Ann Roe": the firm, then its analyst
            ):
                return self._person(run, text, section)  # "…,” said Lotfi Azzouz, …"
        for index in range(1, size - 1):
            if words[index] in ("on", "in") and words[-1] not in EVENT_WORDS:
                # "Sellers on Etsy said": two names, or a word and a name, never one person.
                return self.classify(run[:index], text, section) + self.classify(run[index + 1 :], text, section)
        if _CODE_AFTER.match(text, run[-1].end):
            return [self._found(run, text, section, "other")]  # "Hang Seng .HSI": an index, then its code
        if size == 1:
            return self._single(run, text, section)
        if (
            size == 2
            and words[0][1:].islower()
            and words[0].lower() in self.g.common_words
            and not words[0].endswith("s")  # "Dries Mertens": a given name like a verb
            and words[0] not in self.g.first_names
            and not self._is_common(run[1])
            and self._plural_name(run[1:])
        ):
            return [self._found(run, text, section, "organization")]  # "Crime Stoppers", "Blue Jays": a common word and a plural name no person has
        # A given name right after "the" opens the name of a place or a thing ("the Salle des
        # États"), seldom a person's.
        given = (words[0] in self.g.first_names or self._hyphenated_given(words[0])) and not _THE_BEFORE.search(text, max(0, run[0].start - 4), run[0].start)
        if given and size >= 3 and words[1] in ("County", "Parish", "Township", "Borough"):
            given = False  # "Clark County Public Health": a county named for a person, then its body
        if "&" in words[1:-1] and words[-1] in _HOTEL_ENDS:
            return [self._found(run, text, section, "place")]  # "Eko Hotel & Suites", "Kellow Lodge & Spa": a hotel
        if "&" in words[1:-1] and words[-1] in _FIRM_ENDS:
            # "T.J. Hallam & Sons", "Ana Ruiz & Partners": a firm named after its founder.
            return [self._found(run, text, section, "organization")]
        if given and 2 <= size <= 3 and words[-1] in _STREET_KINDS and self._after(run, text) not in SPEECH_AFTER and not _AGE_AFTER.match(text, run[-1].end):
            return [self._found(run, text, section, "place")]  # "Stewart Terrace", "Victoria Crescent": a street, no family name
        if given and 2 <= size <= 3 and _THE_MID_SENTENCE.search(text, max(0, run[0].start - 8), run[0].start) and self._lookup(run, text) is None:
            # "stayed at The Eliza Jane in New Orleans": a person's name after "The" written
            # large inside a sentence names a hotel, a ship or a work, not the person
            kind = "place" if _IN_A_PLACE_AFTER.match(text, run[-1].end) else "other"
            return [self._found(run, text, section, kind)]
        if (
            given
            and size == 2
            and (
                # after "in" it is no speaker: "Police in Harper Woods said": a suburb named like a person
                ((words[-1] in FACILITY_WORDS or words[-1] in _SUBURB_ENDS) and _WHERE_BEFORE.search(text, max(0, run[0].start - 6), run[0].start))
                or (words[-1] in FACILITY_WORDS and _IN_A_PLACE_AFTER.match(text, run[-1].end) and self._after(run, text) not in SPEECH_AFTER)
            )
            and text[run[-1].end : run[-1].end + 1] not in ("'", "’")  # "at Ann Lane's office": hers
        ):
            return [self._found(run, text, section, "place")]  # "Holston House in Nashville", "in Drury Lane": a building or a way, no person
        if words[0] in _ARABIC_BODY_WORDS and any(w[:3] in ("al-", "Al-", "el-", "ad-", "ash", "as-") for w in words[1:]):
            return [self._found(run, text, section, "organization")]  # "Ansar al-Shariah": supporters of the law, a group
        if 2 <= size <= 3 and _LISTED_SETTLEMENTS_BEFORE.search(text, max(0, run[0].start - 80), run[0].start):
            return [self._found(run, text, section, "place")]  # "the towns of Wilcannia and Glen Innes": one more of the towns
        if given or any(_INITIALS.fullmatch(w) for w in words[:-1]) or (
            size in (2, 3)
            and _BARE_INITIAL.fullmatch(words[0])
            and all(w[:1].isupper() and w[1:].islower() for w in words[1:])
            # "Q Cells", "K Foods": a letter and a plural noun name a firm
            and not (words[-1].endswith("s") and words[-1].lower() in self.g.common_words)
        ):
            return self._person(run, text, section)  # "Tom Reyes", "J.R. Smith", "L. Ron Hubbard", "M Raza"
        if 2 <= size <= 3 and all(w.isupper() and len(w) > 1 for w in words) and words[0].title() in self.g.first_names:
            titled = [w.title() for w in words]
            if not any(w in self.org_cues or w in PLACE_CUES or w.lower() in self.g.common_words for w in titled[1:]):
                return self._person(run, text, section)  # "AFP PHOTO / JIM WATSON": a credit in capitals
        if size == 2 and len(words[0]) <= 5 and _GIVEN_HYPHENATED.fullmatch(words[1]):
            return self._person(run, text, section)  # "Park Joo-ho", "Hwang Hee-Chan"
        if given and any(w.lower() in PARTICLES for w in words[1:-1]):
            return self._person(run, text, section)
        if self._after(run, text) in PRODUCT_AFTER:
            return [self._found(run, text, section, "other")]
        if not given and self._office_by_acronym(run):
            return [self._found(run, text, section, "organization")]  # "Wood Buffalo RCMP": a body's office named by its town
        if 2 <= size <= 3 and _REPORTED.match(text, run[-1].end) and all(w[:1].isupper() and w[1:].islower() for w in words):
            return self._person(run, text, section)  # "Jemele Hill can be reached at …": the writer, whatever the last word
        if size <= 3 and self._after(run, text) in SPEECH_AFTER:
            if words[-1] in _SUBURB_ENDS and _WHERE_BEFORE.search(text, max(0, run[0].start - 6), run[0].start):
                return [self._found(run, text, section, "place")]  # "Police in Harper Woods said": who speaks stands before "in"
            if size >= 2 and _THE_BEFORE.search(text, max(0, run[0].start - 4), run[0].start) and self._plural_name(run[-1:]):
                return [self._found(run, text, section, "organization")]  # "the Harbor Hawks said": a side, no person
            if size >= 2 and words[-1] not in FACILITY_WORDS and _JOB_AT.search(text, max(0, run[0].start - 30), run[0].start):
                return [self._found(run, text, section, "organization")]  # "analysts at Golden Arrow said": where they work, a firm
            if size >= 2 and words[0] not in self.g.first_names and _ITS_AFTER.match(text, run[-1].end):
                return [self._found(run, text, section, "organization")]  # "Marrow Kestel said its profit rose": a firm
            if size >= 2 and words[0].isupper() and words[0].isalpha() and any(w.lower() in self.g.common_words or w in FACILITY_WORDS or w in self.org_cues for w in words[1:]):
                # "IHS Global Insight warned": letters and common words, a firm; "PPG Aquarium
                # said": letters and a kind of building, a body.
                return [self._found(run, text, section, "organization")]
            return self._person(run, text, section)
        if size == 2 and words[0] not in self.g.first_names:
            last = self.g.lookup(words[1])
            if last is not None and last[1] == "organization" and words[1] in FACILITY_WORDS and words[0][1:].islower() and not self._is_common(run[0]):
                return [self._found(run, text, section, "place")]  # "Bramley House": a building, not the House
            if last is not None and last[1] == "organization" and words[0].isupper() and words[0].isalpha() and len(words[0]) >= 2 and self.g.lookup(words[0]) is None:
                return [self._found(run, text, section, "organization")]  # "SBM Intel": a firm's letters, then its word
            if last is not None and last[1] == "organization":
                # "Benchmark Treasury yields": a word before a known organisation, no person.
                return [self._found(run[1:], text, section, "organization", key=last[0], name=last[0])]
        if (
            size == 2
            and "-" in words[1]
            and self._before(run, text) in ROLE_BEFORE
            and all(_NAME_WORD.fullmatch(t.text) and not self._is_common(t) and t.text not in self.org_cues for t in run)
        ):
            # "the photographer Thaier Al-Sudani": a role before a given name and a family
            # name with its particle joined names a person.
            return [self._guess(run, text, section, "person?")]
        if size <= 3 and all(w[:1].isupper() and (w[1:].islower() or _SURNAME_CAPS.fullmatch(w)) for w in words):
            if not all(self._is_common(t) for t in run):
                if words[0] not in self.g.first_names and _BLOC_AFTER.match(text, run[-1].end):
                    return [self._found(run, text, section, "organization")]  # "the Unidad Ciudadana bloc": a political body
                if words[0] not in self.g.first_names and _SHARES_AFTER.match(text, run[-1].end):
                    return [self._found(run, text, section, "organization")]  # "Elf Aquitaine and Alcatel Alsthom shares": companies
                if words[0] not in self.g.first_names and _JOB_AT.search(text, max(0, run[0].start - 30), run[0].start):
                    # "an analyst at Sterne Agee": where someone works, no person.
                    return [self._found(run, text, section, "organization")]
                if words[0] not in self.g.first_names and _PLACE_PREPOSITION.search(text, max(0, run[0].start - 24), run[0].start):
                    # "near Tarnowo Podgórne", "residents of Velykyi Burluk": no given name
                    # where places are named.
                    return [self._guess(run, text, section, "place?")]
                if size == 3 and self._is_common(run[0]) and words[0] not in self.g.first_names and words[1] in self.g.first_names and all(self._name_word(t) for t in run[1:]):
                    # "Player of the Match Ravi Menon": an award's or a heading's last common
                    # word glued onto a person's name; the name is the person's.
                    return self._person(run[1:], text, section)
                if size >= 3 and not self._is_common(run[-1]) and self._before(run, text) in ROLE_BEFORE:
                    # "guerrilla commander Ram Bahadur Thapa": a role names a person, though
                    # the given name is also a word.
                    return [self._guess(run, text, section, "person?")]
                if self._role_set_off(run, text) and not any(w in self.org_cues or w in PLACE_CUES for w in words):
                    # "Qadoura Fares, chairman of the Prisoners Club": who holds a role is a person
                    return self._person(run, text, section)
                # "Girls Discus", "Boys Lacrosse": a common noun in the plural first (but "Dries Mertens").
                plural_first = words[0].endswith("s") and words[0].lower() in self.g.common_words and words[0][:-1].lower() in self.g.common_words
                if words[0] not in self.g.first_names and (self._is_common(run[-1]) or (size >= 3 and self._is_common(run[0])) or plural_first):
                    # "Winter Carnival", "Magic Jubilee": no given name and a common noun
                    # last names a thing (an event, a work, a place), not a person.
                    # A person after all when the last word alone acts as one: "Rice said"
                    # (merge.py).
                    return [self._guess(run, text, section, "other?")]
                if words[0] not in self.g.first_names and _ITS_AFTER.match(text, run[-1].end):
                    # "Marrow Kestel cut its forecast": what does a thing of its own is no person.
                    return [self._found(run, text, section, "organization")]
                if (
                    words[0] not in self.g.first_names
                    and text.endswith(("the ", "The "), 0, run[0].start)
                    and not (words[-1] in FACILITY_WORDS or words[-1] in PLACE_CUES or words[-1] in self.org_cues)
                ):
                    # "in the Microgravity Science Glovebox", "the Daring Fireball blog": no given
                    # name first, and "the" before: a thing, no person (a building's, a place's or
                    # a body's last word says which: the learned check types those).
                    return [self._guess(run, text, section, "other?")]
                if _REPORTED.match(text, run[-1].end):
                    return [self._found(run, text, section, "person")]  # "Heba Habib contributed to this report": a reporter
                return [self._guess(run, text, section, "person?")]
        if (
            size == 2
            and words[0].isupper()
            and words[0].isalpha()
            and 2 <= len(words[0]) <= 3
            and self.g.lookup(words[0]) is None
            and words[0] not in COMMON_ACRONYMS
            and _NAME_WORD.fullmatch(words[1])
            and not self._is_common(run[1])
            and words[1] not in self.org_cues
            and words[1] not in PLACE_CUES
            and (self.g.lookup(words[1]) or ("", "person"))[1] == "person"
            and self._before(run, text) in ROLE_BEFORE
        ):
            # "party leader KT Ramdas": initials run together, then a family name, under a role:
            # a person (saying something, "BS Varma said", is one already: SPEECH_AFTER).
            return self._person(run, text, section)
        if (
            3 <= size <= 4
            and words[0].isupper()
            and words[0].isalpha()
            and 2 <= len(words[0]) <= 4
            and self.g.lookup(words[0]) is None
            and words[1] in self.g.first_names
            # "IHS Global Insight": common words after the letters name a firm
            and all(_NAME_WORD.fullmatch(w) and w not in self.org_cues and w not in PLACE_CUES and w.lower() not in self.g.common_words for w in words[1:])
        ):
            return self._person(run, text, section)  # "APJ Abdul Kalam": initials run together, then a person's names
        if sum(w != "&" for w in words) >= 4 and not any(w[:1].islower() or w in self.g.first_names for w in words):
            # Four capitalised words or more ("&" is none), known to nobody, with no word that names an
            # organisation and no given name: a headline or a title in title case ("Release Date Revealed
            # Today"), not an organisation.
            return []
        if (
            size == 3
            and words[1] in ("van", "von", "de", "der", "da", "di", "du", "ter", "ten")
            and all(_NAME_WORD.fullmatch(w) and w not in self.org_cues and w not in PLACE_CUES and not self._is_common(t) for w, t in ((words[0], run[0]), (words[2], run[2])))
            and self.g.lookup(words[2]) is None
            and not _THE_BEFORE.search(text, max(0, run[0].start - 4), run[0].start)  # "the Marie de Loches": a venue
        ):
            return [self._guess(run, text, section, "person?")]  # "Joost van Hoof": a given name, a particle, a family name
        if 3 <= size <= 5 and words[-1] in ("Jr.", "Jr", "Sr.", "Sr") and words[0] in self.g.first_names and all(w[:1].isupper() for w in words):
            return self._person(run, text, section)  # "the Mark Allen Ward Jr. memorial": a given name, and a generation ends the name
        return [self._guess(run, text, section, "organization")]

    def _portfolio_then_name(self, person: list[Token], index: int) -> bool:
        """After "Minister of/for", the portfolio's words, then at index the last two words as
        a person's name that no list knows as a given name ("Minister for Kashmir Affairs
        Barjees Tahir", "Minister of State for Interior Balighur Rehman"): both capitalised,
        no common word, no word of a known place or body, no word of a title or a kind of
        body, and no "the" in the portfolio."""
        if index != len(person) - 2 or any(t.text == "the" for t in person[1:index]):
            return False  # "Director of the National Iodine Nutrition study": a body's name
        return all(self._name_word(t) for t in person[index:])

    def _name_word(self, token: Token) -> bool:
        """A word that can only be part of a person's name here: capitalised, no common word,
        no word of a known place or body, no title, no kind of body or place."""
        word = token.text
        if not _NAME_WORD.fullmatch(word):
            return False
        known = self.g.lookup(word)
        return not (self._is_common(token) or (known is not None and known[1] != "person") or word in self.org_cues or word in PLACE_CUES or self.g.is_title(word))

    def _portfolio_list_ends_in_name(self, run: list[Token], text: str) -> bool:
        """The last part of a minister's portfolio listed with commas, then the minister:
        "Minister for Industry, Trade and Tourism Faiyaz Koya" gives the run "Tourism Faiyaz
        Koya": after a comma, "and" or "&", words of no given name, then two words that only
        a name has, with a minister's title and "for" or "of" earlier in the sentence."""
        if len(run) < 3 or any(t.text in self.g.first_names or not t.text[:1].isupper() for t in run[:-2]):
            return False
        if not all(self._name_word(t) for t in run[-2:]):
            return False
        before = text[max(0, run[0].start - 120) : run[0].start]
        return before.endswith((", ", " and ", " & ")) and bool(_MINISTER_FOR.search(before))

    def _before(self, run: list[Token], text: str) -> str:
        """The word before the run, in lower case ("" when none)."""
        return self._near(text[max(0, run[0].start - 20) : run[0].start], _WORD_BEFORE.search, self._words_before)

    @staticmethod
    def _role_kind(role: str) -> str | None:
        """What a lone name before a role names: the body the person works or plays for,
        or the place the person leads or stands for."""
        key = role if role.isupper() else role.lower()
        if key in BODY_ROLES:
            return "organization"
        if key in PLACE_ROLES:
            return "place"
        return None

    def _role_after(self, end: int, text: str) -> str | None:
        """The kind of a lone name by the role written after it (two words, else one)."""
        words = _ROLE_AFTER.match(text, end)
        if words is None:
            return None
        if words.group(2):
            kind = self._role_kind(f"{words.group(1)} {words.group(2)}")
            if kind:
                return kind
        return self._role_kind(words.group(1))

    def _after(self, run: list[Token], text: str) -> str:
        """The word after the run, in lower case ("" when none)."""
        return self._near(text[run[-1].end : run[-1].end + 20], _WORD_AFTER.match, self._words_after)

    @staticmethod
    def _near(window: str, find: Callable[[str], re.Match[str] | None], seen: dict[str, str]) -> str:
        # The same windows come back (one run is asked about several times, a text repeats
        # its phrases): each window is read once.
        word = seen.get(window)
        if word is None:
            match = find(window)
            word = match.group(1).lower() if match else ""
            if len(seen) > 4096:
                seen.clear()
            seen[window] = word
        return word

    def _single(self, run: list[Token], text: str, section: int) -> list[Found]:
        word = run[0].text
        if word in NOT_NAMES or self.g.is_title(word) or ORDINAL.match(word) or NUMBER_WORDS.fullmatch(word):
            return []  # "Twenty-five" opening a sentence is a number, left to the number finder
        if len(word) == 2 and word[1] == "." and word[0].isupper():
            return []  # "J.", "S.": a lone initial names nobody the reader could tell
        if word[-1] == "s" and word[:-1] in COMMON_ACRONYMS:
            return []  # "a change in CEOs", "NGOs": the plural of a common acronym names no one
        if run[0].sentence_start and word in OFFICE_ADJECTIVES and text[run[0].end : run[0].end + 2][-1:].islower():
            return []  # "Presidential spokesman Ann Lee said": an office's adjective opening a sentence
        if word in LANGUAGES:
            return [self._found(run, text, section, "other")]  # "lessons in Urdu": a language
        if word in _POST_NOMINALS and _NAME_WORD_BEFORE.search(text, max(0, run[0].start - 30), run[0].start):
            return []  # "John Byrne TD said": the seat after a name the steps above took apart
        if "/" in word:
            # "CDU/CSU": an alliance of two bodies (names.WORD); but "(BSS/AFP)", "SEOUL/TOKYO"
            # name two agencies or places the gazetteer knows, and "CCTV/ANPR" two things.
            parts = word.split("/")
            if any(part in NOT_NAMES or part in COMMON_ACRONYMS for part in parts):
                return []
            if _INDEX_AFTER.match(text, run[0].end):
                return [self._found(run, text, section, "other")]  # "the S&P/TSX composite index": one index of two makers
            if any(self.g.kind(part) in ("place", "organization") or self.g.kind(part.title()) == "place" for part in parts):
                cut = run[0].start + len(parts[0])
                return self.classify([Token(run[0].start, cut, parts[0], run[0].sentence_start)], text, section) + self.classify(
                    [Token(cut + 1, run[0].end, parts[1], False)], text, section
                )
            return [self._found(run, text, section, "organization")]
        if word.isupper() and len(word) > 2 and text[run[0].start - 1 : run[0].start] in ("", "\n", " ") and _DATELINE_AFTER.match(text, run[0].end):
            if run[0].start == 0 or text[run[0].start - 1] == "\n" or text[max(0, run[0].start - 3) : run[0].start] in (". ", "— "):
                return [self._found(run, text, section, "place")]  # "ZION, Illinois (AP) —": a story's dateline
        domain = _DOMAIN.match(text, run[0].end)
        if domain and word[:1].isupper():
            # "the security firm Secunia.com": a web address names its company.
            name = text[run[0].start : domain.end()]
            # "the Scientology.org site", "a website Zentrix.com": a website, another thing.
            site = re.match(r" (?:web)?site\b", text[domain.end() : domain.end() + 10]) or re.search(
                r"\b(?:web)?sites?(?: such as| like| called)? $", text[max(0, run[0].start - 24) : run[0].start]
            )
            return [Found(section, run[0].start, domain.end(), "other" if site else "organization", name, name)]
        if word in TIME_ZONES and _AFTER_TIME.search(text, max(0, run[0].start - 12), run[0].start):
            return []  # "9 a.m. ET": the zone of a time
        if self._digit_brand(run[0]):
            return [self._found(run, text, section, "organization")]  # "7-Eleven"
        word_number = _WORD_NUMBER.fullmatch(word)
        if word_number and word_number.group(1).lower() not in NUMBER_TERMS and self._after(run, text) not in PRODUCT_AFTER:
            return [self._found(run, text, section, "organization")]  # "Cloud9", "Dream11"; not "Covid19"
        if _PAGE.fullmatch(word) and text[max(0, run[0].start - 5) : run[0].start] == "Page ":
            return []  # "Page A22": where a story was printed
        if _MOTORWAY.fullmatch(word) and (text.endswith("the ", 0, run[0].start) or _ROAD_AFTER.match(text, run[0].end)):
            return [self._found(run, text, section, "place")]  # "the M5", "the A40 road": a British road
        if _INTERSTATE.fullmatch(word):
            return [self._found(run, text, section, "place")]  # "I-94": an interstate highway
        if _NUMBERED_THING.fullmatch(word) or (word.isupper() and self._after(run, text) in PRODUCT_AFTER):
            return [self._found(run, text, section, "other")]  # "H20", "F-35", "the PLATO mission"
        if word[1:2] == "-" and re.fullmatch(r"[RDI]-[A-Z]{1,2}", word):
            state = self._state_short(Token(run[0].start + 2, run[0].end, word[2:], False), text)
            if state is not None:
                # "(R-S.C.)", "(D-NY)": a party's letter and a state's short form.
                return [Found(section, run[0].start + 2, state[1], "place", state[0], state[0])]
        if "-" in word and word.replace("-", "").isupper():
            return [self._found(run, text, section, "organization")]  # "ZCCM-IH"
        parts = word.split("-")
        if len(parts) == 2 and (parts[0] in self.g.groups or parts[0] in _COMBINING_PEOPLES) and parts[1] in self.g.groups:
            return [self._found(run, text, section, "group")]  # "Irish-American", "Sino-Indian"
        if len(parts) == 2 and all(p[:1].isupper() for p in parts):
            # "Utah-Arizona border", "Pokrovsk-Kostiantynivka road": two places.
            first, second = self.g.lookup(parts[0]), self.g.lookup(parts[1])
            if len(parts[0]) == 1 and second is None:
                state = self._state_short(Token(run[0].start + 2, run[0].end, parts[1], False), text)
                if state is not None:
                    # "Sen. Jo Park, D-Calif.": a party's letter and a state's short form.
                    return [Found(section, run[0].start + 2, state[1], "place", state[0], state[0])]
            if len(parts[0]) == 1 and second and second[1] == "place":
                # "Sen. Rhoda Vance, R-Idaho": a party's letter and a state.
                c = run[0].start + 2
                return [Found(section, c, run[0].end, "place", second[0], second[0])]
            if ((first and first[1] == "organization") or (second and second[1] == "organization")) and not _BETWEEN_SIDES_AFTER.match(text, run[0].end):
                # "Oxford-AstraZeneca", "Pfizer-BioNTech": makers' joint product; but "the
                # Hamas-Israel war": two sides, two names.
                return [self._found(run, text, section, "other")]
            if (first and first[1] == "place") or (second and second[1] == "place"):
                a, b = run[0].start, run[0].start + len(parts[0])
                c = b + 1
                # "Hamas-Israel war": each part as the gazetteer knows it, a place if unknown.
                return [
                    Found(section, a, b, first[1] if first else "place", first[0] if first else parts[0], first[0] if first else parts[0]),
                    Found(section, c, run[0].end, second[1] if second else "place", second[0] if second else parts[1], second[0] if second else parts[1]),
                ]
        if self._people_of_a_place(word):
            return [self._found(run, text, section, "group")]  # "Calgarians", "Canberrans", "Aucklanders"
        if _NUMBERED_NAME.fullmatch(word):
            return [self._found(run, text, section, "other")]  # "COP30", "F-35"
        if word.isupper() and len(word) >= 4 and _STATE_AFTER.match(text, run[-1].end) and self.g.lookup(word) is None:
            return [self._found(run, text, section, "place")]  # "AURORA, Colo. -": a dateline's town in capitals, then its state
        if word.isupper() and 2 <= len(word) <= 6:
            # An acronym nobody knows is an organisation when it acts like one ("ZTE said")
            # or when merging finds its full name; else it names a test, a programme or a
            # market index ("the PCR test", "SPX") and is no entity.
            return [self._found(run, text, section, self._acronym_kind(run, text))]
        if word[1:].islower() and _FAMILY_AFTER.match(text, run[0].end) and not self._is_common(run[0]) and self.g.lookup(word) is None:
            return [self._found(run, text, section, "person")]  # "the Ricketts family", "Tamimi's extended family": a family by its name
        if word in PLURAL_REGIONS:
            return [self._found(run, text, section, "place")]  # "across the Americas", "in the Tropics"
        if (
            not run[0].sentence_start
            and word[:1].isupper()
            and word[1:].islower()
            and word.endswith("s")
            and not word.endswith("ss")
            and word not in self.g.groups
            and word not in EVENT_WORDS
            and word not in PLACE_PLURALS
            and not self.g.is_title(word[:-1])  # "the Ministers": people by their office
            and (text[max(0, run[0].start - 4) : run[0].start] == "the " or SCORE_AFTER.match(text, run[0].end))
        ):
            return [self._found(run, text, section, "organization")]  # "beat the Warriors", "Wolves 2-1": a team
        if self.g.lookup(word) is None and word[1:].islower() and len(word) >= 3:
            if _BOWLING_FIGURES_AFTER.match(text, run[0].end):
                return [self._found(run, text, section, "person")]  # "Bowling: Perera 18-4-51-2": a bowler's overs, maidens, runs, wickets
            if _MOVE_AFTER.match(text, run[0].end) and not self._is_common(run[0]):
                return [self._found(run, text, section, "organization")]  # "Wesizwe (+4.17%)": a listed firm and its move
            if GOALS_AND_SCORERS_AFTER.match(text, run[0].end):
                return [self._found(run, text, section, "organization")]  # "Westfold 2 (Gordon Fenwick 34)": a side, its goals, who scored
            if SCORE_AFTER.match(text, run[0].end) or _RECORD_AFTER.match(text, run[0].end):
                if not self._is_common(run[0]) or _SIDE_VERB_BEFORE.search(text, max(0, run[0].start - 16), run[0].start):
                    return [self._found(run, text, section, "organization")]  # "shut out by Triad 5-0", "host Southwood (1-7, 0-4)": a side
        if not run[0].sentence_start and text[max(0, run[0].start - 4) : run[0].start] == "the " and self._after(run, text) in _PAPER_AFTER:
            return [self._found(run, text, section, "organization")]  # "the Mirror newspaper", "the Sun tabloid"
        if self._is_common(run[0]) or word.lower() in self.g.common_words:
            if not run[0].sentence_start and "pokes" in text[max(0, run[0].start - 24) : run[0].start] and _SPOKESPERSON_FOR.search(text, max(0, run[0].start - 24), run[0].start):
                return [self._found(run, text, section, "organization")]  # "a spokeswoman for Unite": a body named by a common word
            if self._after(run, text) in SPEECH_AFTER and word not in _PRONOUNS:
                # "Rice said": the family name of a "Declan Rice" typed a thing for its
                # common word (merge.py); else no name ("He says" after "Zheng He": a pronoun).
                return [self._found(run, text, section, "surname?")]
            return []
        if _LINKED_TOWN.fullmatch(word):
            return [self._found(run, text, section, "place")]  # "Upton-upon-Severn", "Aix-en-Provence": a town by its river or land
        initial = run[0].sentence_start
        after = self._after(run, text)
        before = self._before(run, text)
        if after in PRODUCT_AFTER:
            return [self._found(run, text, section, "other")]
        if word[0].islower() and BRAND.fullmatch(word):
            if self._has_models(word, text) or (word[0] == "i" and word[1:2].isupper() and len(word) >= 4):
                return [self._found(run, text, section, "other")]  # "the iPad" beside "iPad 5", "the iMac": a product line
            return [self._found(run, text, section, "organization")]  # "eBay"
        if _INTERCAPS.fullmatch(word) and not initial:
            return [self._found(run, text, section, "organization")]  # "ArianeGroup", "BlackRock"
        if _ROLE_OF.search(text, max(0, run[0].start - 24), run[0].start) or _STAKE_IN.search(text, max(0, run[0].start - 24), run[0].start):
            return [self._found(run, text, section, "organization")]  # "chief executive of Tessera", "shares in Vexacorp"
        if after in PERSON_AFTER and not initial:
            return [self._found(run, text, section, "person")]
        if MINUTES_AFTER.match(text, run[-1].end):
            return [self._found(run, text, section, "person")]  # "Willian (83)", "Kane (12, 67 pen.)": a scorer and his minutes
        if before in ROLE_BEFORE and not initial:
            return [self._found(run, text, section, "person")]  # "actor Vijay"
        if _STATE_AFTER.match(text, run[-1].end) and not initial and word not in self.g.first_names:
            return [self._found(run, text, section, "place")]  # "of Spofford, N.H.": a town, then its state
        if _TOWN_CUE_AFTER.match(text, run[-1].end) and not _INTERCAPS.fullmatch(word):
            found = self._found(run, text, section, "place")  # "the Redhill-based firm", "a Tarnow-born poet": a town
        elif before in PLACE_BEFORE or _PLACE_ENDINGS.search(word) or _PLACE_PREPOSITION.search(text, max(0, run[0].start - 24), run[0].start):
            # "in X" is weak evidence ("in Scientology jargon"): the learned check may retype.
            found = self._guess(run, text, section, "place?")
        elif word in self.g.first_names and (
            after in SPEECH_AFTER or (not initial and (before in SPOKEN_TO or self._beside_a_given_name(run, text)))
        ):
            # "… ," Meghan said", "she told Harry", "Harry and Meghan": a given name alone that
            # speaks, is spoken to or stands beside another names a person; a storm's or a
            # probe's given name does none of these.
            found = self._guess(run, text, section, "person?")
        elif word in self.g.first_names and not initial and (
            _KIN_BEFORE.search(text, max(0, run[0].start - 40), run[0].start) or _YOUNG_AGE_AFTER.match(text, run[-1].end)
        ):
            found = self._found(run, text, section, "person")  # "his father, Percy,", "Hannah, nine,": kin by a given name
        elif (_INTERCAPS.fullmatch(word) or not self._is_common(run[0])) and word not in self.g.first_names and _APPOSITIVE_BODY.match(text, run[-1].end):
            found = self._found(run, text, section, "organization")  # "NetChoice, a trade group whose …": a body by what it is
        elif after in SPEECH_AFTER and _QUOTE_ENDS_BEFORE.search(text, max(0, run[0].start - 4), run[0].start) and not _STATEMENT_AFTER.match(text, run[-1].end):
            # '"… changed," Orvik said': who speaks after a quotation is a person, named by
            # the family name alone; a body speaks "in a statement".
            found = self._found(run, text, section, "person")
        elif after in ORGANISATION_AFTER and not (initial and _AGENTS.search(word)):
            # "Albertsons said"; but "Testers said" opening a sentence names people by what
            # they do: a name only if the text names it so elsewhere.
            found = self._found(run, text, section, "organization?")
        else:
            found = self._guess(run, text, section, "unknown")
        found.initial = initial
        return [found]

    def _beside_a_given_name(self, run: list[Token], text: str) -> bool:
        """ "Harry and Meghan": joined by "and" to another given name standing alone."""
        after = _AND_NAME_AFTER.match(text, run[-1].end)
        before = _AND_NAME_BEFORE.search(text, max(0, run[0].start - 24), run[0].start)
        return bool(
            (after and after.group(1) in self.g.first_names) or (before and before.group(1) in self.g.first_names)
        )

    def _town_of_its_region(self, run: list[Token], text: str) -> bool:
        """Whether a word stands where a town does: "in" before it, a known region after a comma."""
        region = _REGION_AFTER.match(text, run[-1].end)
        return (
            region is not None
            and _AT_PLACE_BEFORE.search(text, max(0, run[0].start - 8), run[0].start) is not None
            and self.g.kind(region.group(1)) == "place"
        )

    def _spelled_in_lower_case(self, run: list[Token], text: str) -> bool:
        """True when lower-case words just before or after an acronym in brackets spell
        it: "virtual machines (VMs)", "ROV (remotely operated vehicle)"."""
        word = run[0].text.rstrip("s")
        start, end = run[0].start, run[-1].end
        words: list[str] = []
        if text[start - 1 : start] in "([" and start >= 1:
            unit = re.search(r"\d ([a-z][a-z-]+) $", text[max(0, start - 40) : start - 1])
            if unit and len(word) <= 3 and _letters_in_order(word.lower(), unit.group(1)):
                return True  # "1.4 gigawatts (GW)": a unit after a number, by its word's letters
            words = re.findall(r"[A-Za-z]+", text[max(0, start - 80) : start - 1])[-len(word) :]
        elif text[end : end + 2] in (" (", " ["):
            inside = re.match(r"[^)\]]{1,80}", text[end + 2 : end + 82])
            words = re.findall(r"[A-Za-z]+", inside.group())[: len(word)] if inside else []
        return (
            len(words) == len(word)
            and "".join(w[0] for w in words).upper() == word.upper()
            # "a vitamin K antagonist (VKA)": a letter written large among the words is theirs
            and all(w[0].islower() or len(w) == 1 for w in words)
            and any(w[0].islower() for w in words)
        )

    def _acronym_kind(self, run: list[Token], text: str) -> str:
        """An acronym nobody knows: an organisation, unless it modifies a noun ("the PCR
        test", "GCSE exams"), is a common word in capitals ("UNLESS") or a Roman numeral;
        then it stays an organisation only if merging finds its full name ("acronym?")."""
        word = run[0].text
        following = text[run[-1].end : run[-1].end + 2]
        if word.lower() in self.g.common_words or _ROMAN.match(word) or word in COMMON_ACRONYMS:
            return "acronym?"
        if self._spelled_in_lower_case(run, text):
            return "acronym?"  # "a virtual machine (VM)", "ROS (reactive oxygen species)": a term
        after = self._after(run, text)
        if after in ("index", "indices", "average"):
            return "other"  # "the KOSPI index"
        if after in _BODY_AFTER_ACRONYM:
            return "organization"  # "the CGT union", "the ADF militia": a body named by its letters
        if _LOWER_AFTER.match(following) and after not in HEAD_AFTER:
            return "acronym?"
        return "organization"

    def _person(self, run: list[Token], text: str, section: int) -> list[Found]:
        if len(run) >= 3 and run[-1].text in _POST_NOMINALS:
            run = run[:-1]  # after a title: "Lawyer Ada Obi SAN"
        if not run or len(run) > 5 or run[0].text[0].isdigit():
            return []  # "PRO 1", "PRO 3 Parade Ground": a title's letters before a number name nobody
        at = next((i for i, t in enumerate(run) if t.text.lower() in {"of", "for", "and", "in", "on"}), None)
        if at is not None:
            if at < 2 or at == len(run) - 1:
                return []
            # "Lulu Sun of New Zealand": the person, then where she is from
            return self._person(run[:at], text, section) + self.classify(run[at + 1 :], text, section)
        known = self._lookup(run, text)
        if known is not None and known[1] == "person":
            # "President Zelenskyy": one of the gazetteer's spellings, merged under its name.
            return [self._found(run, text, section, "person", key=known[0], name=known[0])]
        return [self._found(run, text, section, "person")]
