"""Merging mentions into distinct entities.

A surname joins its full name, a short form of an organisation joins the long one, an
acronym in brackets joins the name before it, every spelling of a place joins its canonical
name; then each entity gets one type, its name, its aliases and its mentions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict, deque
from functools import lru_cache
from operator import itemgetter

from rapidfuzz.distance import Levenshtein

from ..model import Entity, Mention
from .found import Found
from .gazetteer import load_gazetteer, unaccented as _unaccented
from .names import COMPANY_SUFFIXES, GROUP_PREFIXES
from .words import SHORT_GIVEN_NAMES


def _words(name: str) -> list[str]:
    return name.split()


# Words before a place's name that say it is the place: "in Sheffield", "Leeds and Sheffield".
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|from|near|to|into|of|outside|across|around|through|via|toward|towards|and|or|the)|,) $", re.IGNORECASE)


# A verb of speech right after a name: "Goumbri said".
_SAYS_AFTER = re.compile(r" (?:said|says|told|added|wrote|explained)\b")


# A generation after a family name: "Jose Nartatez Jr." is Nartatez.
GENERATIONS = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


@lru_cache(maxsize=16384)
def _consonants(word: str) -> str:
    """A word's consonants, each once in a row: "Mohammed" and "Muhammad" give "mhmd"."""
    # "y" is a vowel here: "Dmitry" and "Dmitri", "Sergey" and "Sergei" give one skeleton.
    # "ks" is "x" spelled out: "Oleksandr" and "Olexandr" give one skeleton.
    letters = [c for c in word.casefold().replace("ks", "x") if c.isalpha() and c not in "aeiouy"]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


_ARTICLES = frozenset({"al", "el", "Al", "El"})
_SYLLABLE_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


@lru_cache(maxsize=16384)  # a text names its people again and again
def _spelling(key: str) -> str:
    """A person's name as its spellings agree: no hyphen, one apostrophe, and a long family
    name by its consonants ("Volodymyr Zelensky" and "Volodymyr Zelenskiy")."""
    # A hyphen before a small letter joins syllables ("Min-jae" is "Minjae"); before a
    # capital it parts two names ("Jean-Luc" is "Jean Luc").
    words = _SYLLABLE_HYPHEN.sub("", key).replace("-", " ").replace("’", "'").split()
    # The article inside an Arabic name, written either way or not at all: "al-Sisi", "el-Sisi".
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in _ARTICLES)]
    if len(words) >= 2 and len(words[-1]) >= 6:
        words[-1] = words[-1][0] + _consonants(words[-1])
    return " ".join(words)


def _resolve_people(found: list[Found], texts: list[str]) -> None:
    """A surname alone, or after a title, joins the full name it belongs to."""
    full_names: dict[str, str] = {}
    family_first: dict[str, str] = {}
    people_places: dict[str, str] = {}
    first_names = load_gazetteer().first_names
    common_words = load_gazetteer().common_words
    # Family names that stand alone as a person somewhere ("Ashdown said").
    alone = {f.key for f in found if f.type == "person" and " " not in f.key}
    for f in found:
        if f.type in ("person", "person?") and len(_words(f.key)) >= 2:
            words = _words(f.key)
            written = _words(texts[f.section][f.start : f.end])
            if len(written) >= 2 and written[-1] != words[-1] and written[-1] in words:
                # "John Lee" written, a longer name known ("John Lee Ka-chiu"): "Lee" is the
                # family name the text uses.
                full_names.setdefault(written[-1], f.key)
                if f.type == "person" and written[0] in first_names:
                    people_places.setdefault(written[-1], f.key)
            full_names.setdefault(words[-1], f.key)
            if words[-1] in GENERATIONS and len(words) >= 3:
                full_names.setdefault(words[-2], f.key)  # "Nartatez" after "Jose Nartatez Jr."
            if words[-1][:3] in ("Al-", "al-", "El-", "el-") and len(words[-1]) > 5:
                full_names.setdefault(words[-1][3:], f.key)  # "Saleh" after "Anas Al-Saleh"
            if len(words) == 2 and ((f.type == "person" and words[0] in first_names) or words[-1] in alone or (f.type == "person?" and words[0].lower() not in common_words)):
                people_places.setdefault(words[-1], f.key)
            if words[0] not in first_names:
                # Family name first ("Rhee Chang-yong", later "Rhee"; "Xi Jinping", "Xi").
                family_first.setdefault(words[0], f.key)
    for f in found:
        # "Ecleo, Navarra and Santillano" after "Anadelia Navarra": a known place's name listed
        # with other people's family names is one of them.
        written = texts[f.section][f.start : f.end]
        if f.type == "place" and written in full_names and " " not in written and _among_family_names(texts[f.section], f.start, f.end, full_names):
            f.type, f.key, f.name = "person", full_names[written], full_names[written]
    if people_places:
        # "John Sheffield, 55, … Police arrested Sheffield": a known place's name alone, with
        # no word before it that names a place, is the family name of the person named in full.
        for f in found:
            written = texts[f.section][f.start : f.end]
            # (As written: "Navarra" is known as the place "Navarre", and "Matt Navarra" is named.)
            if f.type == "place" and written in people_places and " " not in written:
                text = texts[f.section]
                owner = text[f.end : f.end + 2] in ("'s", "’s")  # "one of Sheffield's supporters"
                # "…, including Newark Airport, Goumbri said": the person speaks, after a list of places.
                speaks = _SAYS_AFTER.match(text, f.end) is not None and text[max(0, f.start - 2) : f.start] == ", "
                # (A word no place list knows, typed a place by "from" or "in" before it, is the person's too.)
                if owner or speaks or not _PLACE_BEFORE.search(text, max(0, f.start - 12), f.start) or load_gazetteer().lookup(written) is None:
                    f.type, f.key, f.name = "person", people_places[written], people_places[written]
    for surname, name in family_first.items():
        full_names.setdefault(surname, name)
    # People the rules are sure of: "Gauff" typed a thing still joins "Coco Gauff".
    sure = {f.key for f in found if f.type == "person" and " " in f.key}
    # A short first name joins the long one with the same family name: "Josh Apte" is
    # "Joshua Apte", "Alex Ruiz" is "Alexander Ruiz".
    by_rest: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for f in found:
        if f.type in ("person", "person?") and len(_words(f.key)) >= 2:
            words = _words(f.key)
            # "Joseph R. Biden Jr." and "Joe Biden": a middle initial and a generation aside.
            rest = tuple(w for w in words[1:-1] if not _MIDDLE_INITIAL.fullmatch(w)) + tuple(words[-1:] if words[-1] not in GENERATIONS or len(words) < 3 else ())
            if f.key not in by_rest[rest]:
                by_rest[rest].append(f.key)
    longer: dict[str, str] = {}
    for names in by_rest.values():
        for short in names:
            first = _words(short)[0]
            for long in names:
                other = _words(long)[0]
                if len(first) >= 3 and len(other) > len(first) and (other.startswith(first) or other in SHORT_GIVEN_NAMES.get(first, ())):
                    longer[short] = long  # "Josh" and "Joshua", "Kate" and "Katherine", "Bill" and "William"
        # "Muhammad Sani" after "Mohammed Sani": a given name spelled another way (its
        # consonants the same) is the person named first.
        for position, later in enumerate(names):
            if later in longer:
                continue
            skeleton = _consonants(_words(later)[0])
            for earlier in names[:position]:
                # "Maria Alvarez" after "Maria T. Alvarez": one name, its middle initial left
                # out ("Ana B. Ruiz" and "Ana C. Ruiz" are two people).
                initials = {w for w in _words(earlier) + _words(later) if _MIDDLE_INITIAL.fullmatch(w)}
                if _words(earlier)[0] == _words(later)[0] and len(initials) == 1 and earlier not in longer:
                    longer[later] = earlier
                    break
                if len(skeleton) >= 3 and _consonants(_words(earlier)[0]) == skeleton and earlier not in longer:
                    longer[later] = earlier
                    break
    # "Jean Luc Morel" after "Jean-Luc Morel", "O’Brien" after "O'Brien": one name written
    # with a hyphen or without, with either apostrophe.
    spelled: dict[str, str] = {}
    persons = {_spelling(f.key) for f in found if f.type in ("person", "person?")}
    for f in found:
        plain = _spelling(f.key)
        if " " in plain and plain in persons and f.key not in longer and (f.type in ("person", "person?") or f.guess):
            first = spelled.setdefault(plain, f.key)
            if f.type not in ("person", "person?"):
                f.type = "person?"  # "Jean-Luc Morel won …" guessed a body at a sentence's start
            if first != f.key:
                longer[f.key] = first
    for surname in list(full_names):
        if "’" in surname or "'" in surname:
            full_names.setdefault(surname.replace("’", "'"), full_names[surname])
            full_names.setdefault(surname.replace("'", "’"), full_names[surname])
    # "Duncan Sutherland" after "Patricia Duncan Sutherland": the last two words of one
    # longer name.
    by_tail: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for f in found:
        words = _words(f.key)
        if f.type in ("person", "person?") and len(words) >= 3 and words[0].lower() not in common_words:
            by_tail[tuple(words[-2:])].add(f.key)  # not "Issues Judith Tizard": a word glued on
            if words[-2][:1].islower():
                # "Van Rensburg, who won …" after "Pieter van Rensburg": the particle capitalised where it opens the name
                by_tail[(words[-2][:1].upper() + words[-2][1:], words[-1])].add(f.key)
    for f in found:
        if f.type in ("person", "person?") and f.key not in longer and len(_words(f.key)) == 2:
            owners = by_tail.get(tuple(_words(f.key)))
            if owners is not None and len(owners) == 1:
                longer[f.key] = next(iter(owners))
    for f in found:
        if f.key in longer:
            f.key = f.name = longer[f.key]
    for surname, name in full_names.items():
        full_names[surname] = longer.get(name, name)
    # "Declan Rice" was typed a thing for its common last word ("Winter Carnival"); "Rice
    # said" alone makes it a person.
    things: dict[str, str] = {}
    for f in found:
        if f.type == "other?":
            things.setdefault(_words(f.key)[-1], f.key)
    people = {things[f.key] for f in found if f.type in ("person", "surname?") and f.key in things}
    for f in found:
        if f.type == "other?" and f.key in people:
            f.type = "person"
            full_names.setdefault(_words(f.key)[-1], f.key)
    # "Saïed" after "Kais Saied": a family name with its accents or without is one name.
    unaccented = {_unaccented(surname): name for surname, name in full_names.items()}
    # The full names the family names stand for (the loop below adds no new one: a family
    # name it adds stands for a name already here).
    named = set(full_names.values())
    for f in found:
        # "GOLDMAN" after "JOSH GOLDMAN": the names pass keys a name in capitals as it reads in
        # mixed case ("Josh Goldman"), and its surname alone the same way here.
        surname = f.key.title() if f.key.isupper() and len(f.key) > 3 and f.key.title() in full_names else f.key
        if f.type == "organization" and surname not in full_names and texts[f.section][f.start : f.end] in full_names:
            surname = texts[f.section][f.start : f.end]  # "Janes" read as the known "Jane's": the family name as written
        if surname not in full_names and " " not in surname and _unaccented(surname) in unaccented:
            full_names[surname] = unaccented[_unaccented(surname)]
        if (
            f.type in ("person", "person?", "unknown", "place?", "organization?", "surname?", "place/surname?")
            or (f.type == "other" and full_names.get(surname) in sure)
            # "Premier Doug Ford … Ford said", "Mayor John Tory … Tory's committee": a family
            # name the gazetteer knows as a company or a people, alone, is the person's.
            or (f.type in ("organization", "group") and full_names.get(surname) in sure and _words(full_names[surname])[0] in first_names and texts[f.section][f.start : f.end] == surname)
        ) and len(_words(f.key)) == 1 and surname in full_names:
            f.type, f.key, f.name = "person", full_names[surname], full_names[surname]
        elif f.type == "person" and len(_words(f.key)) > 1 and f.key not in named:
            # "Saleh" that the gazetteer reads as a famous Saleh, in a text that names its own
            # "Anas Al-Saleh": the text's person, not one it never names.
            written = texts[f.section][f.start : f.end]
            if " " not in written and full_names.get(written, f.key) != f.key:
                f.key = f.name = full_names[written]
        elif f.type == "place/surname?":
            f.type = "place"  # "Moscow said": the place (its government), no person of that name
    _join_given_names(found, full_names, first_names)


def _join_given_names(found: list[Found], full_names: dict[str, str], first_names: frozenset[str]) -> None:
    """A given name alone ("Joshua said", "Josh said") is the one person named in full with
    it or its longer form ("Joshua Pell"); with two such people, neither."""
    by_given: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.type == "person" and len(_words(f.key)) >= 2:
            by_given[_words(f.key)[0]].add(f.key)
    if not by_given:
        return
    for f in found:
        if f.type not in ("person", "person?") or " " in f.key or f.key in full_names or f.key not in first_names:
            continue
        longs = SHORT_GIVEN_NAMES.get(f.key, ())
        owners = {
            name
            for given, names in by_given.items()
            if given == f.key or given in longs or (len(f.key) >= 3 and given.startswith(f.key))
            for name in names
        }
        if len(owners) == 1:
            f.type, f.key, f.name = "person", next(iter(owners)), next(iter(owners))


_LISTED_AFTER = re.compile(r"(?:,| and|, and) ([A-Z][\w'’-]+)")
_LISTED_BEFORE = re.compile(r"([A-Z][\w'’-]+)(?:,| and|, and) $")


def _among_family_names(text: str, start: int, end: int, full_names: dict[str, str]) -> bool:
    """Is the word at start:end listed beside another person's family name ("Navarra and
    Santillano", "Ecleo, Navarra")?"""
    after = _LISTED_AFTER.match(text, end)
    before = _LISTED_BEFORE.search(text, max(0, start - 40), start)
    return any(m is not None and m.group(1) in full_names for m in (after, before))


# The last word of a picture agency's name: "TGS Photo", "Getty Images".
_AGENCY_WORDS = frozenset({"Photo", "Photos", "Images", "Pictures", "Photography"})


def _resolve_organisations(found: list[Found], texts: list[str]) -> None:
    """A short form joins the long name it ends ("Indo-Pacific Command"); "(IMF)" joins its name."""
    # A company named with and without its legal ending ("Thomson Reuters Corp." and
    # "Thomson Reuters") is one company; so is a picture agency with and without its word
    # ("TGS Photo" and "TGS", "Getty Images" and "Getty").
    suffixed: dict[str, str] = {}
    for f in found:
        words = _words(f.key)
        if f.type == "organization" and len(words) >= 2 and (words[-1] in COMPANY_SUFFIXES or words[-1] in _AGENCY_WORDS):
            suffixed.setdefault(" ".join(words[:-1]).rstrip(","), f.key)
    if suffixed:
        for f in found:
            if f.type in ("organization", "organization?", "unknown") and f.key in suffixed:
                f.type, f.key, f.name = "organization", suffixed[f.key], suffixed[f.key]
    # Each name's endings after a space ("Pacific Command" of "U.S. Indo-Pacific Command"), the
    # longest name first: one look-up a mention, however many names there are.
    longest_ending: dict[str, str] = {}
    for name in sorted({f.key for f in found if f.type == "organization"}, key=lambda n: (-len(n), n)):
        for index, char in enumerate(name):
            if char == " ":
                longest_ending.setdefault(name[index + 1 :], name)
    for f in found:
        if f.type == "organization" and len(_words(f.key)) >= 2 and f.key in longest_ending:
            f.key = f.name = longest_ending[f.key]
    # A lone unknown word that opens a longer organisation's name is that organisation:
    # "Mopani" after "Mopani Copper Mines".
    first_words: dict[str, str] = {}
    for f in found:
        if f.type == "organization" and len(_words(f.key)) >= 2 and f.key == f.name:
            first_words.setdefault(_words(f.key)[0], f.key)
    for f in found:
        if f.type in ("unknown", "place?", "organization?") and len(_words(f.key)) == 1 and f.key in first_words:
            if first_words[f.key].endswith((" Council", " Shire", " Department", " District", " Police", " Township", " Borough")):
                # "Hawkesbury" beside "Hawkesbury City Council", "Townville" beside "Townville
                # Volunteer Fire Department": the place a public body is named after.
                f.type = "place"
                continue
            f.type, f.key, f.name = "organization", first_words[f.key], first_words[f.key]
        elif f.type == "group" and f.key in first_words and _SAYS_AFTER.match(texts[f.section], f.end):
            # "American said in a statement" after "American Airlines": the firm speaks, no people.
            f.type, f.key, f.name = "organization", first_words[f.key], first_words[f.key]
    by_position: dict[tuple[int, int], Found] | None = None  # made on first need: few names have brackets after them
    defined: dict[str, Found] = {}
    for f in found:
        if f.type not in ("organization", "other") or len(_words(f.key)) < 2:
            continue
        text = texts[f.section]
        # "Energy Summit (NIES 2025)": the acronym of an event may carry its year.
        match = re.match(r" \(([A-Z][A-Za-z.&]{1,9})(?: \d{4})?\)", text[f.end : f.end + 19]) if text.startswith(" (", f.end) else None
        if match:
            if by_position is None:
                by_position = {(f.section, f.start): f for f in found}
            acronym = by_position.get((f.section, f.end + 2))
            if acronym is not None:
                # The text's own acronym names the same thing everywhere, whatever its
                # capitals spell ("Korea Centers for Disease Control and Prevention (KCDC)").
                defined.setdefault(acronym.key, f)
                acronym.type, acronym.key, acronym.name = f.type, f.key, f.name
    # An acronym joins the first full name whose capitals spell it ("NATO", "U.N."): the full
    # names are indexed by their initials once, so the merge is linear in the mentions.
    by_initials: dict[str, deque[Found]] = defaultdict(deque)
    for other in found:
        initials = _spells(other)
        if initials is not None:
            by_initials[initials].append(other)
    for f in found:
        if f.type in ("organization", "acronym?") and f.key.isupper() and len(f.key) <= 10:
            own = defined.get(f.key)
            if own is not None:
                f.type, f.key, f.name = own.type, own.key, own.key
                continue
            acronym = f.key.replace(".", "")
            candidates = by_initials.get(acronym, deque())
            # A candidate renamed since it was indexed no longer spells the acronym.
            while candidates and _spells(candidates[0]) != acronym:
                candidates.popleft()
            if candidates:
                f.type, f.key, f.name = "organization", candidates[0].key, candidates[0].key


def _spells(f: Found) -> str | None:
    """The capitals of a full organisation name that an acronym can stand for."""
    if f.type == "organization" and f.name == f.key and len(_words(f.key)) >= 2:
        return "".join(w[0] for w in _words(f.key) if w[0].isupper())
    return None


# What a single unknown capitalised word is taken for when nothing else tells: nothing.
# On the development and held-out sets, guessing a type costs more precision than it
# gains recall; words with a telling context ("in X", "X said") are typed by the rules.
UNKNOWN_SINGLE = ""


NAMED = frozenset({"person", "organization", "place", "group", "other"})


def _as_written(surfaces: list[str]) -> str:
    """The form the text uses most, the longest of those; spaces inside made single."""
    counts = Counter(" ".join(s.split()) for s in surfaces)
    return max(counts, key=lambda form: (counts[form], len(form)))


def _spells_out(canonical: str, written: str) -> bool:
    """True when the written name abbreviates canonical: "U.S." and "United States", "FBI"
    and "Federal Bureau of Investigation", "Calif." and "California"."""
    letters = written.replace(".", "").replace(" ", "")
    if written.endswith(".") and len(letters) >= 2 and letters[0] == canonical[0] and _in_order(letters, canonical):
        return True  # "Calif." and "California", "Ky." and "Kentucky"
    return letters.isupper() and len(letters) >= 2 and "".join(w[0] for w in canonical.split() if w[0].isupper()) == letters


def linked_name(entity: Entity) -> str:
    """The name under which a library links an entity across briefings: the full name that
    an abbreviation shown stands for ("United States" for "U.S.", "Kansas" for "Kan."), else
    the name shown. A briefing shows its own text's name; the library knows them as one."""
    spelled = [alias for alias in entity.aliases if len(alias) > len(entity.name) and _spells_out(alias, entity.name)]
    return max(spelled, key=len) if spelled else entity.name


def _in_order(letters: str, word: str) -> bool:
    """True when the letters appear in word in this order."""
    rest = iter(word.casefold())
    return all(letter in rest for letter in letters.casefold())


def _same_name(written: str, canonical: str) -> bool:
    """True when canonical differs from the written name by a letter or two ("Kiev" and
    "Kyiv"); not "Twitter" and "X Corp."."""
    return Levenshtein.distance(written.casefold(), canonical.casefold()) <= 2


def _resolve_products(found: list[Found]) -> None:
    """A name guessed a person or an organisation that the text also writes with a version
    number is a product: "Internet Explorer" beside "Internet Explorer 9"."""
    versioned = {
        f.key.rsplit(" ", 1)[0]
        for f in found
        if f.type == "other" and " " in f.key and f.key.rsplit(" ", 1)[1].isdigit()
    }
    for f in found:
        if f.guess and f.key in versioned and f.type in ("person?", "organization", "unknown", "organization?"):
            f.type, f.guess = "other", False


def _resolve_brands(found: list[Found]) -> None:
    """Two or three words guessed a person whose first word the text (or the gazetteer)
    names alone as an organisation or a product name a thing of that brand: "Mozilla
    Firefox" beside "Mozilla", "Vexa Rift" beside "Vexa"; no person without a given name."""
    gazetteer = load_gazetteer()
    brands = {f.key for f in found if f.type in ("organization", "organization?", "other") and not f.guess and " " not in f.key}
    for f in found:
        if f.type != "person?" or not f.guess:
            continue
        words = _words(f.key)
        if not 2 <= len(words) <= 3 or words[0] in gazetteer.first_names:
            continue
        known = gazetteer.lookup(words[0])
        if words[0] in brands or (known is not None and known[1] == "organization"):
            last = gazetteer.lookup(words[-1])
            # "Vexa Europe": the brand's branch; "Vexa Lumen": its product.
            f.type = "organization" if last is not None and last[1] == "place" else "other"


def _join_capitals(found: list[Found]) -> None:
    """A name written in capitals ("THE KESTREL GAZETTE" under "The Kestrel Gazette", a
    headline's "SEATTLE") joins the same name written in mixed case, when the text has it."""
    mixed: dict[str, Found] = {}
    for f in found:
        if f.type in NAMED and f.name and not f.key.isupper():
            mixed.setdefault(f.key.upper(), f)
    if not mixed:
        return
    for f in found:
        if f.type in NAMED and f.key.isupper():
            twin = mixed.get(f.key.upper().removeprefix("THE "))
            if twin is not None and twin is not f:
                f.key, f.name = twin.key, twin.name


def _join_plurals(found: list[Found]) -> None:
    """A product counted in the plural ("iPhones") joins the same product in the singular."""
    singular = {f.key: f for f in found if f.type == "other" and " " not in f.key}
    for f in found:
        if f.type == "other" and f.key.endswith("s"):
            twin = singular.get(f.key[:-1])
            if twin is not None:
                f.key, f.name = twin.key, twin.name


# "pro-Russian", "Iranian-backed", "Irish-American": a nationality inside a compound word.
_PREFIX_BEFORE = re.compile(rf"(?:^|(?<=[^\w-]))(?:{GROUP_PREFIXES})-$", re.IGNORECASE)
_AFFIX_AFTER = re.compile(r"-[a-z]+\b")


def _compounds(items: list[Found], texts: list[str]) -> list[str]:
    """The whole compound words a group's mentions stand in, as its other names: a reader
    searching "pro-Russian" finds the Russians it names."""
    out = []
    for f in items:
        text = texts[f.section]
        start, end = f.start, f.end
        prefix = _PREFIX_BEFORE.search(text, max(0, start - 6), start)
        if prefix:
            start = prefix.start()
        affix = _AFFIX_AFTER.match(text, end)
        if affix:
            end = affix.end()
        if (start, end) != (f.start, f.end):
            out.append(text[start:end])
    return out


def _sure_type_wins(found: list[Found]) -> None:
    """A name typed surely, by evidence, keeps that type where elsewhere it was only
    guessed: "Mayor Hernandez" is a person, so "Hernandez says" opening a sentence is no
    body. Not a place's type: a place also names its team or its government ("Chelsea
    said"), so a guess of a body there may be right."""
    sure: dict[str, Counter[str]] = defaultdict(Counter)
    for f in found:
        if f.type in _SURE_TYPES and not f.guess:
            sure[f.key][f.type] += 1
    if not sure:
        return
    for f in found:
        if f.type in _WEAK_TYPES and f.key in sure:
            f.type = sure[f.key].most_common(1)[0][0]


_SURE_TYPES = frozenset({"person", "organization", "other"})
_WEAK_TYPES = frozenset({"person?", "place?", "organization?", "other?"})


def merge(found: list[Found], texts: list[str]) -> list[Entity]:
    """Distinct entities from mentions: one type each, most mentioned first."""
    _resolve_products(found)
    _resolve_brands(found)
    _join_plurals(found)
    _resolve_people(found, texts)
    _resolve_organisations(found, texts)
    _sure_type_wins(found)
    for f in found:
        if f.type in _WEAK_TYPES:
            f.type = f.type[:-1]
        elif f.type == "surname?":
            f.type = "unknown"  # no full name to join: no name
        elif f.type == "acronym?":
            f.type = "unknown"  # an acronym no full name explains: an organisation only if typed so elsewhere
    _join_capitals(found)
    groups: dict[str, list[Found]] = defaultdict(list)
    for f in found:
        # "St. John's" and "St John's": one name, the saint's title written with and without its stop
        groups[f.key.replace("St. ", "St ") if "St. " in f.key else f.key].append(f)
    for key in list(groups):
        items = groups[key]
        if any(f.type != "unknown" for f in items):
            continue
        # A lone word seen only at sentence starts ("Negotiators", "Landslides") is no name.
        if not UNKNOWN_SINGLE or all(f.initial for f in items):
            del groups[key]
            continue
        for f in items:
            f.type = UNKNOWN_SINGLE
    entities: list[tuple[int, int, Entity]] = []
    for items in groups.values():
        if any(f.type == "team" for f in items):
            kind = "organization"  # a place that played a match is a team in the whole text
        else:
            kind = Counter(f.type for f in items if f.type != "unknown").most_common(1)[0][0]
        surfaces = [texts[f.section][f.start : f.end] for f in items]
        names = [f.name for f in items if f.name]
        name = max(names, key=len) if kind in ("person", "organization", "other") else names[0]
        canonical = ""
        if kind in NAMED and name not in surfaces:
            # Shown as the text writes it: a 2019 story's "Twitter" is not shown as "X Corp.",
            # nor "FBI" as "Federal Bureau of Investigation". The gazetteer's name stays as the
            # last alias where the text abbreviates it ("U.S.", "FBI") or spells it a letter or
            # two apart ("Kiev", "Kyiv"), so that a search finds it.
            canonical, name = name, _as_written(surfaces)
        aliases = dict.fromkeys(s for s in surfaces if s != name)
        if kind == "group":
            aliases.update(dict.fromkeys(_compounds(items, texts)))
        for f in items:
            aliases.update(dict.fromkeys(a for a in f.aliases if a != name))
        if canonical:
            aliases.pop(canonical, None)
            if _same_name(name, canonical) or any(_spells_out(canonical, s) for s in surfaces):
                aliases[canonical] = None
        # Each place once, in text order: gathered as tuples, which hash as mentions do (the
        # same order) at a fraction of the cost.
        spans = sorted({(f.section, f.start, f.end) for f in items}, key=itemgetter(0, 1))
        mentions = [Mention(*span) for span in spans]
        first = mentions[0]
        entities.append((-len(mentions), first.section * 10**9 + first.start, Entity(name, kind, tuple(aliases), tuple(mentions))))
    entities.sort(key=lambda item: (item[0], item[1]))
    return [entity for _, _, entity in entities]

