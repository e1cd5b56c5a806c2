"""Spelling: one form for a word however it is written, shared by every search.

`normalise_word` gives the form both sides of a search are compared in: case folded,
accents removed, digit grouping dropped, British spellings made American ("defence" ->
"defense", "organise" -> "organize", "colour" -> "color", "centre" -> "center").
`SPELLINGS` is the table of British spellings that no rule derives. The in-briefing search
(core/search.py) and the library's search (library/text_search.py) both use them, so a
query finds the same words in a briefing and across the library.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# British spellings that rules cannot derive, and their American forms; the rules below
# handle -our, -ise, -yse, -tre.
SPELLINGS = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "programme": "program", "programmes": "programs", "catalogue": "catalog", "dialogue": "dialog",
    "grey": "gray", "tyre": "tire", "tyres": "tires", "aeroplane": "airplane", "cheque": "check",
    "mould": "mold", "plough": "plow", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "aluminium": "aluminum", "storey": "story", "sceptical": "skeptical", "jewellery": "jewelry",
    "paediatric": "pediatric", "anaemia": "anemia", "oestrogen": "estrogen", "foetus": "fetus",
    "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled",
    "cancelling": "canceling", "labelled": "labeled", "modelling": "modeling", "fuelled": "fueled",
    "signalled": "signaled", "counselling": "counseling", "levelled": "leveled", "enrolment": "enrollment",
    "fulfil": "fulfill", "judgement": "judgment", "ageing": "aging", "whilst": "while", "amongst": "among",
}
_OUR_KEEP = frozenset("our hour four your tour pour flour sour devour dour".split())
_ISE_KEEP = frozenset(
    "rise wise otherwise precise exercise advise promise surprise expertise compromise concise "
    "franchise merchandise televise supervise revise improvise despise disguise enterprise premise "
    "raise noise cruise praise arise likewise clockwise demise excise incise chastise comprise "
    "paradise treatise bruise poise reprise".split()
)
_TRE_KEEP = frozenset("genre acre massacre mediocre ogre lucre timbre".split())


def strip_accents(text: str) -> str:
    """The text with accents removed (é -> e)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_OUR = re.compile(r"^(?P<stem>[a-z]{2,})our(?P<suffix>s|ed|ing|ite|ites|able|ful|less|er|ers)?$")
_ISE = re.compile(r"^(?P<stem>[a-z]{3,})(?P<letter>[iy])s(?P<suffix>e|es|ed|ing|ation|ations|er|ers)$")
_TRE = re.compile(r"^(?P<stem>[a-z]{2,})tre(?P<suffix>s|d)?$")


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> str:
    """One form for a word however it is written: case, accents, digit grouping, spelling.

    British spellings become American ("defence" -> "defense", "organise" -> "organize",
    "colour" -> "color", "centre" -> "center") on both sides of a search.
    """
    if word[:1].isdigit():
        return word.replace(",", "")
    word = strip_accents(word).casefold().replace(".", "")
    if word in SPELLINGS:
        return SPELLINGS[word]
    match = _OUR.match(word)
    if match and not any((match["stem"] + "our").endswith(keep) for keep in _OUR_KEEP if keep != "our"):
        return match["stem"] + "or" + (match["suffix"] or "")
    match = _ISE.match(word)
    if match and not any((match["stem"] + match["letter"] + "se").endswith(keep) for keep in _ISE_KEEP):
        return match["stem"] + match["letter"] + "z" + match["suffix"]
    match = _TRE.match(word)
    if match and match["stem"] + "tre" not in _TRE_KEEP:
        return match["stem"] + "ter" + (match["suffix"] or "")
    return word


# What normalise_word may change in a word that is already case-folded, accent-free ASCII:
# a word of the table or one the -our, -ise/-yse and -tre rules rewrite.
_MAY_CHANGE = re.compile(r"our|[iy]s(?:e|es|ed|ing|ation|ations|er|ers)$|tre[sd]?$")


def spelling_may_change(word: str) -> bool:
    """Whether normalise_word may give another form of a lower-case ASCII word (a quick
    test that spares the full rules for most words of a large vocabulary)."""
    return word in SPELLINGS or _MAY_CHANGE.search(word) is not None
