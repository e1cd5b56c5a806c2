"""Places that are teams: "Sweden 1 – 0 Korea Republic", "Belgium defeated Panama".

A country or a city named beside a match's score, or on either side of a verb of winning
or losing a match, stands for its team: an organisation, and so do its other mentions
("Belgium had more of the ball"). Each mention is judged by the few words around it only.
"""

from __future__ import annotations

import re

from .found import Found
from .gazetteer import load_gazetteer
from .words import TEAM_NICKNAMES, TEAM_WORDS

# A scorer's minutes after the name: "Willian (83)", "Odegaard (45+2, 67 pen.)".
MINUTES_AFTER = re.compile(r" \((?:\d{1,3}(?:\+\d{1,2})?(?:,? (?:pen\.?|og|o\.g\.))?(?:, )?)+\)")
# A side's score right after its name: "Sweden 1 – 0", "Wolves 2-1" (classify.py too).
# (Not a bowler's figures of four parts: "Perera 18-4-51-2".)
SCORE_AFTER = re.compile(r" \(?\d{1,2} ?[–-] ?\d{1,2}\b(?![–-]\d)")
# A side's goals, then who scored them and when: "Dunfermline 1 (Ross Meikle 67)", "Ashby 2 ( Lee 34 , …".
GOALS_AND_SCORERS_AFTER = re.compile(r" \d{1,2} \( ?[A-Z][\w.'’-]*(?: [A-Z][\w'’-]+){0,2} \d{1,3}\b")
_SCORE_BEFORE = re.compile(r"\b\d{1,2} ?[–-] ?\d{1,2}\)? $")
# What one side did to the other in a match (classify.py too).
RESULT_VERBS = (
    r"(?:beat|beats|defeated|defeats|faced|faces|drew with|draws with|edged|edges|thrashed|thrashes|routed|"
    r"crushed|stunned|downed|overcame|lost to|loses to|knocked out|eliminated|played)"
)
# "Sweden defeated South Korea": a capitalised name, the verb, the place (a word between:
# "defeated debutants Panama").
_VERB_BEFORE = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*(?: \d{1,3})? " + RESULT_VERBS + r" (?:[a-z]+ )?$")
_VERB_AFTER = re.compile(r" (?:\d{1,3} )?" + RESULT_VERBS + r" (?:[a-z]+ )?[A-Z]")
# A fixture: "Everton v Leeds", "Burnley vs. Wolves".
_FIXTURE_AFTER = re.compile(r" (?:v|vs\.?|versus) [A-Z]")
_FIXTURE_BEFORE = re.compile(r"[A-Za-z] (?:v|vs\.?|versus) $")
# A kind of side or a result right before the place: "Championship club Wigan", "fellow
# strugglers Norwich", "a 2-0 defeat at Leeds", "their win over Perth".
_SIDE_BEFORE = re.compile(
    r"\b(?:club|side|outfit|(?:league|football|soccer|rugby|cricket|basketball|hockey) team|(?:fellow|relegation|title) (?:strugglers|rivals|contenders)"
    r"|(?:defeat|loss|win|victory|draw) (?:at|to|against|over|with|by)(?: (?:fellow|struggling|leaders|champions|rivals|strugglers|bottom side|hosts))*"
    r"|(?:thrashing|trouncing|hammering|drubbing|rout|demolition) of"
    # The host after a result and its score: "drew 1-1 at Middlesbrough", "lost 2-1 at Leeds".
    r"|(?:drew|lost|won|draw|lose|win) \d{1,2} ?[–-] ?\d{1,2} (?:at|away to|away at)) $",
    re.IGNORECASE,
)
# In a match report (a score and a word of the game), more words name a side: "a draw
# against newly promoted Burnley", "defeats to Chelsea and Swansea", "Burnley manager".
_SCORE = re.compile(r"\b\d{1,2} ?[–-] ?\d{1,2}\b")
_GAME_WORDS = re.compile(
    r"\b(?:league|match|goal|goals|striker|midfielder|goalkeeper|penalty|innings|wickets?|touchdowns?|quarterback|"
    r"fixture|derby|half-time|halftime|kick-off|semi-final|quarter-final|standings|overs|overtime|rebounds|assists|"
    r"points|runs|playoffs?|coach|scored|scorers?|minute|opener|equali[sz]er|defender|winger|season|"
    # A column on a club's players: "the playmaker", "his new teammates", "Sunday's clash".
    r"playmaker|teammates?|midfielders|strikers|defenders|wingers|clash|signings?|relegation|transfer window)\b",
    re.IGNORECASE,
)
# Words only a match report uses, in small letters as its sentences write them: two of them
# tell one even without a score ("six wickets … 18 overs").
_MATCH_ONLY_WORDS = re.compile(
    r"\b(?:rebounds|assists|touchdowns?|innings|wickets?|overs|overtime|half-time|halftime|playoffs?|"
    r"goalkeeper|striker|midfielder|quarterback|batsman|batter|bowler)\b"
)


def is_match_report(text: str) -> bool:
    """A score and a word of the game, four words of the game, or two words only a match
    report uses."""
    if _SCORE.search(text) is not None and _GAME_WORDS.search(text) is not None:
        return True
    seen: set[str] = set()
    for match in _GAME_WORDS.finditer(text):
        # "kick-off", "league", "goal difference", "points" and "season": a preview or a
        # column on a match tells its game without a score.
        seen.add(match.group().lower().rstrip("s"))
        if len(seen) >= 4:
            return True
    first = None
    for match in _MATCH_ONLY_WORDS.finditer(text):
        word = match.group()
        if first is None:
            first = word
        elif word != first:
            return True  # two of them: enough, the rest of the text unread
    return False
_MATCH_BEFORE = re.compile(
    r"\b(?:against|to beat|beating|facing|hosting|hosts|visiting|at home to|(?:joining|joined|signed|signing) from"
    # "playing for Chelsea", "managing for Kessa", "the former Valencia man": a player's club.
    r"|(?:playing|plays|played|managing|manages|scoring|scored) (?:for|under)|[Tt]he former"
    r"|(?:defeats?|loss|losses|draw|draws|win|wins|victory|victories) (?:at|to|against|over|with|by))"
    # Words between: a few small ones ("newly promoted"), or other sides ("Chelsea and");
    # not "the" ("a draw at the DW Stadium" names the ground).
    r"(?: [a-z]+| [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,| [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:and|or)){0,3} (?<!\bthe )$"
)
# One of these stands in every _MATCH_BEFORE: a cheap test before the pattern's.
_MATCH_WORDS = ("against", "beat", "facing", "hosting", "hosts", "visiting", "home to", "defeat", "loss", "draw", "win", "victor", "ed from", "ing from", " for", " under", "former")
_SIDE_AFTER = re.compile(
    r"(?:['’]s)? (?:manager|boss|coach|striker|midfielder|goalkeeper|defender|winger|captain|fans|supporters|squad"
    # A side's players by their part: "Somerset bowlers", "the former Nottinghamshire player", "Somerset’s attack".
    r"|bowlers|batsmen|batters|seamers|spinners|openers|player|players|attack|\d{1,3}(?:/\d{1,2})? all out"
    r"|(?:lost|won|drew|beat) (?:their|the|a|an|at|to|by|against|with|\d|(?-i:[A-Z]))"
    # A side takes a plural verb where a town takes a singular one: "Barcelona have two wins".
    r"|(?:have|were|are) (?:not |now |also |still )?(?:a |an |the |their |two |three |\d|ahead|behind|won|lost|drawn|beaten|unbeaten|top|bottom))\b"
    # Its place in the table: "Kestrel, who are seventh,".
    r"|, who (?:are|were|sit|lie) (?:now |still |currently )?(?:top|bottom|\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)
# Names the rules could not type that may stand for a side in a match report ("Chelsea lost").
_GUESSED = ("unknown", "organization?")
# Names the rules typed by a fallback: a kind of side right before them tells what they are.
_NAMED_BY_GUESS = (*_GUESSED, "other?")
_REACH = 48
# "over Britain's Johanna Konta": a player's country, no side.
_PLAYER_AFTER = re.compile(r"['’]s [A-Z][\w'’-]+ [A-Z][\w'’-]+")


_CLUB_ENDS = (" City", " Town", " County")
# "Stan Wawrinka of Switzerland": a player's country, no side.
_PLAYER_OF = re.compile(r"[A-Z][\w'’-]+ of (?:the )?$")


_VERB = re.compile(RESULT_VERBS)  # one of the verbs _VERB_BEFORE ends with

# A results line: two sides, each with its score, and nothing else but a note in brackets:
# "Kestrel Rovers 2 Ashby 1", "Norland 3, Vessa United 0 (half-time 1-0)".
_SIDE = r"[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|de|del|la|of|and|&))*"
_RESULT_LINE = re.compile(
    rf"[ \t]*({_SIDE})[ \t]+(\d{{1,3}})[ \t]*,?[ \t]+({_SIDE})[ \t]+(\d{{1,3}})[ \t]*(?:\([^\n()]{{0,60}}\)[ \t]*)?\.?[ \t]*$"
)  # matched on one line at a time (results_lines), so "$" is the line's end


# A round-up's result opening a paragraph, then where it was played: "ASHBY 30, DUNMORE 27:
# KELLOW - Ana Lee kicked …".
_RESULT_OPENING = re.compile(rf"[ \t]*({_SIDE})[ \t]+(\d{{1,3}}),?[ \t]+({_SIDE})[ \t]+(\d{{1,3}}):[ \t]")


_LINE_ENDS = frozenset("0123456789).")
# A row of a league table: a side, then four figures or more ("Kestrel 4 3 0 1 8 4 9").
_STANDINGS_ROW = re.compile(rf"[ \t]*(?:\d{{1,2}}\.? )?({_SIDE})(?:[ \t]+\d{{1,3}}){{4,}}[ \t]*$")


def results_lines(text: str) -> list[tuple[tuple[int, int], ...]]:
    """The sides and scores of each results line: (side, score, side, score) spans, and of
    a league table's rows: (side,). One line alone counts only in a match report ("Suite
    200 Building 4" is an address)."""
    lines: list[tuple[tuple[int, int], ...]] = []
    rows: list[tuple[tuple[int, int], ...]] = []
    # Only short lines that end in a figure, a bracket or a full stop are read (most lines
    # of a text are paragraphs): the patterns run on those alone.
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        match = None
        if 6 <= len(line) <= 100 and line.rstrip()[-1:] in _LINE_ENDS:
            match = _RESULT_LINE.match(text, start, end)
            if match is None:
                row = _STANDINGS_ROW.match(text, start, end)
                if row:
                    rows.append((row.span(1),))
        if match is None and line[:1].isupper() and ": " in line[:80]:
            match = _RESULT_OPENING.match(text, start, end)
        if match:
            lines.append(tuple(match.span(i) for i in range(1, 5)))
        start = end + 1
    if len(lines) == 1 and not (_SCORE.search(text) and _GAME_WORDS.search(text)):
        lines = []
    if len(rows) < 2 or not _GAME_WORDS.search(text):
        return lines  # a table of figures by country is no league table
    return lines + rows


def result_sides(text: str, names: list[Found], results: list[tuple[tuple[int, int], ...]], section: int) -> list[Found]:
    """Type the sides of results lines as teams, in place: a name running on into its score
    is cut before it ("Ashby 1"), and a side no rule found is added. Returns the added."""
    sides = {span for line in results for span in line[::2]}
    found_at = {}
    for f in names:
        for start, end in sides:
            if f.start == start and end <= f.end <= end + 4 and text[end:f.end].strip().isdigit():
                f.end, f.name, f.key = end, text[start:end], text[start:end]
            if (f.start, f.end) == (start, end):
                f.type, f.guess = "team", False
                found_at[(start, end)] = f
    added = []
    for start, end in sides - found_at.keys():
        if any(f.start < end and start < f.end for f in names):
            continue  # a name the rules read differently inside: left as they read it
        side = text[start:end]
        added.append(Found(section, start, end, "team", side, side))
    return added


def _side_named_before(before: str) -> bool:
    """A score, a verb of a match or a kind of side right before a place: _SCORE_BEFORE,
    _VERB_BEFORE or _SIDE_BEFORE. Each ends with a space and "$" (which matches before a
    last newline too); a score's figure and a verb are tested first, their patterns after."""
    end = before[:-1] if before.endswith("\n") else before
    if not end.endswith(" "):
        return False
    last = end[:-1]
    return bool(
        ((last[-1:].isdigit() or (last[-1:] == ")" and last[-2:-1].isdigit())) and _SCORE_BEFORE.search(before))
        or (_VERB.search(before) and _VERB_BEFORE.search(before))
        or _SIDE_BEFORE.search(before)
    )


# The last word of a side's name after its town: "Rhinos", "Utd", "Rovers".
_SIDE_LAST = TEAM_NICKNAMES | TEAM_WORDS | frozenset({"Utd", "United", "City", "Town", "County", "Athletic", "Wanderers", "Albion"})


# What a club says or does as a body after its town's name: "Nottingham confirmed", "Leeds said".
_CLUB_SAYS = re.compile(r" (?:confirmed|announced|said|added|stated|revealed|paid tribute)\b")
# Before a town named as a place, not a side: "Stadium, Karachi", "in Leeds", "at Oxford".
_WHERE_BEFORE = re.compile(r"(?:, |\b(?:in|at|of|from|near|to) )$")


def _side_last(word: str) -> bool:
    """A side's last word after its town: a club's word ("Utd", "Rovers") or a plural nickname ("Rhinos")."""
    return word in _SIDE_LAST or (word[:1].isupper() and word[1:].islower() and word.endswith("s") and not word.endswith("ss"))


# A match's result in a headline: "Scunthorpe 1-0 Oxford Utd - 19-Aug-2017 : Match Report".
_SIDE_WORDS = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_HEADLINE_RESULT = re.compile(rf"(?:^|: )({_SIDE_WORDS}) \d{{1,3}}\s?[-–]\s?\d{{1,3}} ({_SIDE_WORDS})(?=$|[ ,:;(])")


def headline_sides(headline: str) -> set[str]:
    """The towns a headline's result names as sides ("Scunthorpe 1-0 Oxford Utd": Scunthorpe
    and Oxford), for the text under it to read them alone as those sides."""
    towns = set()
    for match in _HEADLINE_RESULT.finditer(headline):
        for side in match.groups():
            words = side.split()
            towns.add(" ".join(words[:-1]) if len(words) >= 2 and _side_last(words[-1]) else side)
    return towns


def _club_by_its_name(word: str) -> bool:
    """Is there a known club named "<word> FC" ("Millwall FC", "Brentford FC")?"""
    known = load_gazetteer().lookup(f"{word} FC")
    return known is not None and known[1] == "organization"


def team_places(text: str, names: list[Found], headline_towns: frozenset[str] | set[str] = frozenset()) -> None:
    """Retype, in place, the places that stand for a team in a match (headline_towns: the
    towns a headline's result names as sides)."""
    report = None  # whether the text reports a match: found once, on first need
    # Players named in full, then by one of their names: "Karatsev", "handed victory to Lewis".
    people = [f.name.split() for f in names if f.type in ("person", "person?") and " " in f.name]
    surnames = {words[-1] for words in people} | {words[0] for words in people if load_gazetteer().lookup(words[0]) is None}
    # "Leeds" where "Leeds Rhinos" is named, "Oxford" beside "Oxford Utd": a side by its town.
    sides_of: dict[str, set[str]] = {}
    for f in names:
        if f.type in ("organization", "team") and " " in f.name and _side_last(f.name.rsplit(" ", 1)[1]):
            sides_of.setdefault(f.name.rsplit(" ", 1)[0], set()).add(f.name)
    # A town of two sides ("Manchester United", "Manchester City") names neither alone.
    side_towns = {town for town, sides in sides_of.items() if len(sides) == 1} | set(headline_towns)
    for f in names:
        # "Karatsev beat …" after "Aslan Karatsev": a player, whom merging joins to his name.
        player = f.name in surnames
        if f.type == "place" and f.name in side_towns and not _WHERE_BEFORE.search(text, max(0, f.start - 6), f.start) and not text[f.start : f.end].isupper():
            if _CLUB_SAYS.match(text, f.end):
                # "Nottingham confirmed on Sunday …" where "Nottingham Panthers" is named: the
                # club speaks, in any sport's news, match report or not.
                f.type, f.guess = "team", False
                continue
            if report is None:
                report = is_match_report(text)
            if report:
                f.type, f.guess = "team", False
                continue
        if f.type in _GUESSED and " " not in f.name and not player and _club_by_its_name(f.name):
            # "lost to Millwall" where "Millwall FC" is a known club: the club, in a match report
            if report is None:
                report = is_match_report(text)
            if report:
                f.type, f.guess = "team", False
                continue
        guessed = f.type in _GUESSED and " " not in f.name and not player
        after = text[f.end : f.end + _REACH]
        before = text[max(0, f.start - _REACH) : f.start]
        by_guess = (f.type in _NAMED_BY_GUESS or (f.guess and f.type == "organization")) and not player
        if by_guess and not before.endswith(" at ") and _SIDE_BEFORE.search(before):
            f.type, f.guess = "team", False  # "Swiss side Young Boys": whatever its words, a side
            continue
        if f.type not in ("place", "place?", "place/surname?") and not guessed:
            continue
        if f.type == "place" and f.name.endswith(_CLUB_ENDS) and " " in f.name and load_gazetteer().lookup(f.name) is None:
            # "Bristol City", "Grimsby Town", "Derby County" in a match report: a club named
            # after its town (the gazetteer knows the cities named so: "Mexico City").
            if report is None:
                report = is_match_report(text)
            if report:
                f.type, f.guess = "team", False
                continue
        if _PLAYER_AFTER.match(after) or _PLAYER_OF.search(before):
            continue  # "Sebastian Korda of the United States 6-2, 7-5": a player's country
        if not guessed and (
            SCORE_AFTER.match(after) or GOALS_AND_SCORERS_AFTER.match(after) or _VERB_AFTER.match(after) or _side_named_before(before) or _FIXTURE_AFTER.match(after) or _FIXTURE_BEFORE.search(before)
        ):
            f.type, f.guess = "team", False  # merge.py: the team's other mentions follow
            continue
        if guessed and before.endswith(" at "):
            continue  # "a loss at Molineux": a ground the rules do not know, as likely as a side
        if _SIDE_AFTER.match(after) or (any(word in before for word in _MATCH_WORDS) and _MATCH_BEFORE.search(before)):
            if report is None:
                report = is_match_report(text)
            if report:
                f.type, f.guess = "team", False
