"""Names in a list after their kind: "stores including Ralphs, Fold Market and Vons".

A plural noun that says what things are ("stores", "cities", "actors"), then "such as",
"including" or "like", then names joined by commas, "and" or "or": the names the rules
typed by a fallback, or not at all, take the type of that kind. And a small town listed
beside a place, or before "in" and a place, is a place: "Leeds, Kibworth and Market
Harborough", "Bruma, Cyrildene and Malvern in Johannesburg".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .found import Found
from .gazetteer import load_gazetteer, load_towns
from .words import WORDS

_KINDS: dict[str, str] = {}
for _line in (WORDS / "list_kinds.txt").read_text(encoding="utf-8").splitlines():
    if _line.strip() and not _line.startswith("#"):
        _kind, _words = _line.split(":", 1)
        _KINDS.update(dict.fromkeys(_words.split(), _kind.strip()))

_CUE = re.compile(r"\b([a-z]+),? (?:such as|including|like|include) (?=[A-Z0-9])")
# What follows the kind in _CUE: the cue is found from it (rarer than small letters), the kind after.
_CUE_TAIL = re.compile(r",? (?:such as|including|like|include) (?=[A-Z0-9])")


def _cues(text: str) -> Iterator[tuple[str, int]]:
    """(kind, end) of each match of _CUE, as its scan finds them: the plural noun and where
    the names after it begin."""
    done = 0
    for tail in _CUE_TAIL.finditer(text):
        end = tail.start()
        start = end
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        before = text[start - 1] if start > 0 else ""
        if start == end or start < done or before.isalnum() or before == "_":
            continue  # no word of small letters, or one inside a longer word (no "\b")
        done = tail.end()
        yield text[start:end], done


# What may stand between two names of one list.
_BETWEEN = re.compile(r"(?:,? (?:and|or) |, )")
# Between the last town of a list and the place that holds it: "Malvern in Johannesburg".
_IN = re.compile(r",? in ")
# Before a list of places: "from Leeds, Kibworth and …", "in Dhading, …".
_PLACE_CUE = re.compile(r"\b(?:in|from|near|across) $")
# A kind of place in the plural after a list's last name: "… and Orvanagar districts".
_PLURAL_PLACE_KIND = re.compile(r" (?:districts|provinces|counties|regions|villages|towns|cities|municipalities|suburbs|states)\b")
# A name typed without evidence: these take the list's type.
_RETYPED = frozenset({"unknown", "person?", "place?", "organization?", "other?"})


def type_lists(text: str, names: list[Found]) -> None:
    """Retype, in place, the guessed names of lists after their kind; names in text order."""
    if " such as " not in text and " including " not in text and " like " not in text and " include " not in text:
        return
    gazetteer = load_gazetteer()
    by_start = {f.start: i for i, f in enumerate(names)}
    for word, end in _cues(text):
        kind = _KINDS.get(word)
        if kind is None:
            continue
        index = by_start.get(end)
        while index is not None and index < len(names):
            f = names[index]
            # A given name is weaker evidence than the kind: "stores including Fred Meyer".
            unknown_person = f.type == "person" and gazetteer.lookup(f.key) is None
            if f.type in _RETYPED or unknown_person or (f.guess and f.type in ("organization", "place")):
                f.type, f.guess, f.initial = kind, False, False
            if f.type not in (kind, "group"):
                break  # a name of another kind ends the list
            gap = _BETWEEN.match(text, f.end)
            if gap is None or index + 1 >= len(names) or names[index + 1].start != gap.end():
                break
            index += 1


def town_lists(text: str, names: list[Found]) -> None:
    """Retype, in place, the guessed small towns (towns.txt) of a list that holds a place
    the rules are sure of: "Sapulpa, Jenks and Tulsa"; and the guessed names of a list of
    organisations the rules are sure of. Names in text order."""
    chain: list[Found] = []
    for index, f in enumerate(names):
        chain.append(f)
        gap = _BETWEEN.match(text, f.end)
        if gap is not None and index + 1 < len(names) and names[index + 1].start == gap.end():
            continue
        if len(chain) > 2 and not any(not c.guess and c.type not in _RETYPED and c.type != "place" for c in chain):
            towns = load_towns()
            if sum(c.type in _RETYPED and c.key in towns for c in chain) >= 2:
                # "Tweed Heads, Kingscliff and Murwillumbah": a list of names of towns.txt, and
                # of nothing the rules are sure is not a place.
                for c in chain:
                    if c.type in _RETYPED and c.key in towns:
                        c.type, c.guess, c.initial = "place", False, False
        if len(chain) > 2 and sum(c.type == "organization" and not c.guess for c in chain) >= 2:
            # "Cirrus Logic, Western Digital, Micron Technology and Lumentum": a guessed name
            # among organisations the rules are sure of is one too.
            for c in chain:
                if c.type in _RETYPED or (c.guess and c.type in ("person", "place")):
                    c.type, c.guess, c.initial = "organization", False, False
        if len(chain) > 1 and _PLURAL_PLACE_KIND.match(text, f.end):
            # "Kessapur, Tarvoli and Orvanagar districts": the kind after the last names them all.
            for c in chain:
                if c.type in _RETYPED or (c.guess and c.type in ("person", "organization")):
                    c.type, c.guess, c.initial = "place", False, False
        held = _IN.match(text, f.end)
        within = held is not None and index + 1 < len(names) and names[index + 1].start == held.end()
        within = within and names[index + 1].type == "place" and not names[index + 1].guess
        if (len(chain) > 1 and any(c.type == "place" and not c.guess for c in chain)) or within:
            towns = None
            for c in chain:
                if c.type in _RETYPED or (c.guess and c.type in ("organization", "person")):
                    towns = towns if towns is not None else load_towns()
                    if c.key in towns:
                        c.type, c.guess, c.initial = "place", False, False
            if len(chain) > 2 and _PLACE_CUE.search(text, max(0, chain[0].start - 12), chain[0].start) and sum(c.type == "place" and not c.guess for c in chain) >= 1:
                # "from Morang, Sarlahi, Parsa and Kavre": the districts too small for towns.txt
                # listed after a place's preposition beside one the rules are sure of.
                for c in chain:
                    if c.type in _RETYPED and " " not in c.key:
                        c.type, c.guess, c.initial = "place", False, False
            sure = sum(c.type == "place" and not c.guess for c in chain)
            if len(chain) > 2 and 2 * sure >= len(chain):
                # "Kavre, Lalitpur, Dhading and Gorkha": where most of a list are places the
                # rules are sure of, the one-word names guessed beside them are places too.
                given = load_gazetteer().first_names
                for c in chain:
                    if c.type in _RETYPED and " " not in c.key and c.key not in given:
                        c.type, c.guess, c.initial = "place", False, False
            if within and len(chain) > 2 and any(c.type == "place" for c in chain):
                # "Bruma, Cyrildene, Malvern and Houghton in Johannesburg": the suburbs too
                # small for towns.txt beside those it holds.
                for c in chain:
                    if c.type in _RETYPED:
                        c.type, c.guess, c.initial = "place", False, False
        chain = []


# Letters in a list: "the PVV, centre-right BBB, NSC and VVD" (a word or two may stand
# before each: what the body is).
_LETTERS_LIST = re.compile(r"\b[A-Z]{2,6}\b(?:(?:, (?:[a-z][a-z-]* ){0,2}|,? (?:and|or) (?:the )?)[A-Z]{2,6}\b){2,}")
_LETTERS = re.compile(r"\b[A-Z]{2,6}\b")


def letter_lists(text: str, section: int, names: list[Found]) -> list[Found]:
    """The bodies named by letters in a list where two or more others are organisations
    the rules found: the letters no rule took ("NSC", "VVD") are organisations too."""
    added: list[Found] = []
    lettered = [f for f in names if f.type == "organization" and 2 <= f.end - f.start <= 6 and text[f.start : f.end].isupper()]
    if len(lettered) < 2:
        return added
    by_span = {(f.start, f.end): f for f in names}
    end = 0
    for letters in lettered:
        # A list is looked for only around letters the rules found before a comma or "and".
        if letters.start < end or not text.startswith((", ", " and ", " or "), letters.end):
            continue
        match = _LETTERS_LIST.search(text, max(end, letters.start - 80), letters.end + 120)
        while match is not None and match.end() <= letters.start:
            match = _LETTERS_LIST.search(text, match.end(), letters.end + 120)
        if match is None or match.start() > letters.start:
            continue
        end = match.end()
        parts = [m.span() for m in _LETTERS.finditer(text, match.start(), match.end())]
        known = [by_span.get(span) for span in parts]
        if sum(1 for f in known if f is not None and f.type == "organization") < 2:
            continue
        for (a, b), f in zip(parts, known):
            if f is None and not any(g.start < b and a < g.end for g in names):
                added.append(Found(section, a, b, "organization", text[a:b], text[a:b]))
    return added
