"""The gazetteer shipped with the package: places, groups, organisations and word lists.

Built by scripts/build_gazetteer.py; loaded once, on first use. The small towns (towns.txt)
are read apart, the first time a cue before a name asks for them.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from hashlib import blake2b
from pathlib import Path

from .words import word_list

# A company officer's title of any field: "Chief Information Officer", "Chief People Officer".
_CHIEF_OFFICER = re.compile(r"Chief (?:[A-Z][a-z]+ ){1,2}Officer")

DATA = Path(__file__).with_name("data") / "gazetteer.json"
TOWNS = Path(__file__).with_name("data") / "towns.txt"  # the names, for people to read
TOWN_KEYS = Path(__file__).with_name("data") / "towns.bin"  # their keys, for the rules
NAMED_TOWNS = Path(__file__).with_name("data") / "named_towns.txt"  # towns named like people: "York"


# Letters that no accent-stripping takes apart: "Søren", "Łukasz", "Þór".
_PLAIN_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "þ": "th", "Þ": "Th", "ı": "i"})


@lru_cache(maxsize=4096)
def plain_letters(word: str) -> str:
    """A word without its accents: "Raúl" -> "Raul", "Søren" -> "Soren"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class GivenNames(frozenset):
    """Given names; a name with accents is one when it is without them ("José", "Søren"),
    as the lists write most names in plain letters."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and not word.isascii() and frozenset.__contains__(self, plain_letters(word))


@dataclass(frozen=True)
class Gazetteer:
    """Lookups built from gazetteer.json."""

    surfaces: dict[str, tuple[str, str]]  # surface form -> (canonical name, type)
    max_words: int  # the most words in any surface form
    titles: frozenset[str]  # person titles as written ("Prime Minister", "DA")
    titles_folded: frozenset[str]  # lower case, for titles that are not acronyms
    title_max_words: int
    org_cues: frozenset[str]  # last words that make an organisation ("Command")
    first_names: frozenset[str]
    common_words: frozenset[str]  # lower-case common English words
    groups: frozenset[str]  # surface forms of nationalities, peoples, parties

    def is_title(self, phrase: str) -> bool:
        """True for a person's title: "Prime Minister", "prime minister", "DA" (but not "da")."""
        return phrase in self.titles or phrase.lower() in self.titles_folded or (phrase[:6] == "Chief " and _CHIEF_OFFICER.fullmatch(phrase) is not None)

    def lookup(self, surface: str) -> tuple[str, str] | None:
        """(canonical, type) of a surface form, or None. A place written with accents the
        gazetteer writes without is known too ("Panamá", "Perú")."""
        found = self.surfaces.get(surface)
        if found is None and " of " in surface and " of the " not in surface:
            # "Organization of Petroleum Exporting Countries": a body's name written without its "the"
            known = self.surfaces.get(surface.replace(" of ", " of the ", 1))
            if known is not None and known[1] == "organization":
                return known
        if found is None and not surface.isascii():
            plain = unaccented(surface)
            if plain != surface and (known := self.surfaces.get(plain)) is not None and known[1] == "place":
                return known
        return found

    def kind(self, surface: str) -> str | None:
        """The type of a surface form ("place", "group" …), or None."""
        known = self.surfaces.get(surface)
        return None if known is None else known[1]


def unaccented(word: str) -> str:
    """A word without its accents: "Saïed" reads "Saied"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read the gazetteer once."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    surfaces: dict[str, tuple[str, str]] = {}
    for kind in ("organization", "group", "place", "person", "other"):  # later kinds lose clashes
        for canonical, aliases in data.get(kind, {}).items():
            for surface in (canonical, *aliases):
                surface = surface[4:] if surface.startswith("the ") else surface
                surfaces.setdefault(surface, (canonical, kind))
    for group in word_list("extra_groups"):
        surfaces.setdefault(group, (group, "group"))
    for other in (*word_list("products"), *word_list("phenomena")):
        surfaces.setdefault(other, (other, "other"))
    titles = frozenset(data.get("person_titles", ())) | word_list("extra_titles")
    # Acronym titles ("DA", "MP") match only as written: "da" in "Lula da Silva" is no title.
    folded = frozenset(t.lower() for t in titles if not t.replace(".", "").isupper())
    return Gazetteer(
        surfaces=surfaces,
        max_words=max((len(s.split()) for s in surfaces), default=1),
        titles=titles,
        titles_folded=folded,
        title_max_words=max((len(t.split()) for t in titles), default=1),
        org_cues=frozenset(data.get("org_cues", ())),
        first_names=GivenNames(frozenset(data.get("first_names", ())) | word_list("given_names_extra")),
        common_words=frozenset(data.get("common_words", ())),
        groups=frozenset(surface for surface, (_, kind) in surfaces.items() if kind == "group"),
    )


def town_key(name: str) -> int:
    """The 64-bit key of a town's name in towns.bin (the same in every process and build)."""
    return int.from_bytes(blake2b(name.encode("utf-8"), digest_size=8).digest(), "little")


class TownNames:
    """Membership of the town names by their keys, a sorted array read from towns.bin:
    1.6 MB and a read of a few milliseconds, where a set of the 195,000 strings takes
    20 MB and a tenth of a second. A false match needs a name with the key of a town
    (about one chance in 10^14 a lookup)."""

    def __init__(self, data: bytes) -> None:
        self._keys = array("Q")
        self._keys.frombytes(data)
        if sys.byteorder == "big":
            self._keys.byteswap()  # towns.bin is little-endian

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        key = town_key(name)
        index = bisect_left(self._keys, key)
        return index < len(self._keys) and self._keys[index] == key

    def __len__(self) -> int:
        return len(self._keys)


@lru_cache(maxsize=1)
def load_towns() -> TownNames:
    """The small towns (towns.bin, the keys of towns.txt), read on first need: a place only
    where a cue says so."""
    return TownNames(TOWN_KEYS.read_bytes())


@lru_cache(maxsize=1)
def load_named_towns() -> frozenset[str]:
    """Towns and cities named like a person or a rare word ("York", "Oldham", "Logan"),
    read on first need: a place only where a strong cue says so ("in York")."""
    return frozenset(NAMED_TOWNS.read_text(encoding="utf-8").split("\n")) - {""}
