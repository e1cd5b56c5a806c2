"""Entities of a briefing: people, organisations, places, groups, dates and numbers.

`extract_entities` finds them with rules and the shipped gazetteer, then merges mentions
into distinct entities (merge.py): a surname joins its full name, a short form of an
organisation joins the long one, every spelling of a place joins its canonical name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from ..model import Block, Briefing, Entity, Section
from .classify import NameClassifier
from .dates_numbers import SHORT_WEEKDAYS, numbers_and_dates, plural_without_s
from .found import Found
from .gazetteer import Gazetteer, load_gazetteer
from .learned import judge
from .lists import letter_lists, town_lists, type_lists
from .merge import GENERATIONS, merge
from .names import CONNECTORS, MONTHS_AND_DAYS, name_runs, tokenize
from .processes import in_processes, processes_for, split
from .words import CAPTION_VERBS, CAPTION_WORDS, FUNCTION_WORDS, HOLIDAY_WORDS, TEAM_NICKNAMES
from .teams import MINUTES_AFTER, headline_sides, is_match_report, result_sides, results_lines, team_places

# Money around a country's letters: "US $6.9 billion", "74.27 U.S. cents".
_MONEY_AROUND = re.compile(r" (?:\$\s?\d|cents\b)")
_FIGURE_BEFORE = re.compile(r"\d $")
# A weekday written short before its date: "Thu, Nov 9, 2023", "Sun 12 Nov 2023".
_SHORT_WEEKDAYS = frozenset(SHORT_WEEKDAYS.split("|"))
_DATE_AFTER_WEEKDAY = re.compile(r"\.?,?\s(?:\d{1,2}\s[A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.?\s\d{1,2}\b)")


# A plural name after "the": "the Chiefs" (a side's nickname where TEAM_NICKNAMES has it).
_NICKNAME_AFTER_THE = re.compile(r"\b[Tt]he ([A-Z][a-z]+s)\b(?! [A-Z])")
# A hashtag with a capital inside it, a campaign's name: "#MeToo", "#BlackLivesMatter".
# Attacks named by their date in figures, as the gazetteer knows them: "9/11", "7/7".
_ATTACK_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
_HASHTAG = re.compile(r"(?<![\w&/#])#(?=[A-Za-z]*[A-Z])[A-Za-z][A-Za-z0-9]{2,30}\b")

def find_mentions(briefing: Briefing, processes: int | None = None) -> list[Found]:
    """Every mention the rules find, section by section, before merging.

    processes: how many processes may read a long briefing at once (processes.py); None
    for as many as help."""
    lengths = [len(s.text) for s in briefing.sections]
    count = processes_for(sum(lengths), processes)
    if count > 1 and len(lengths) > 1:
        load_gazetteer()  # once, before the children fork: they share it
        return in_processes(lambda part: _mentions_of(briefing, part), split(lengths, count))
    return _mentions_of(briefing, range(len(lengths)))


def _mentions_of(briefing: Briefing, part: range) -> list[Found]:
    found: list[Found] = []
    for mentions in _mentions_by_section(briefing, part):
        found.extend(mentions)
    return found


def _mentions_by_section(briefing: Briefing, part: range | None = None) -> Iterator[list[Found]]:
    """The mentions of each section of `part` (all by default), in order."""
    gazetteer = load_gazetteer()
    classifier = NameClassifier(gazetteer)
    titles = {t for t in (briefing.title, *(s.heading for s in briefing.sections)) if t and _is_headline(t, gazetteer)}
    headline_towns = headline_sides(briefing.title) if briefing.title and any(c.isdigit() for c in briefing.title) else set()
    for index in part if part is not None else range(len(briefing.sections)):
        section = briefing.sections[index]
        text = section.text
        names: list[Found] = []
        markers = [(b.start, b.start + b.marker) for b in section.blocks if b.marker]
        block_runs = []
        headlines: list[tuple[int, int]] = []
        for block in section.blocks:
            tokens = tokenize(text, block.start + block.marker, block.end)
            runs = name_runs(tokens, text)
            block_runs.append(runs)
            if (
                runs
                and block.end - block.start <= _HEADLINE_CHARS
                and not _DATELINE_LINE.fullmatch(text, block.start, block.end)
                and _in_title_case(_unlabelled(tokens, text), text, gazetteer.common_words)
            ):
                headlines.append((block.start, block.end))
        if headlines or titles:
            _headline_copies(section.blocks, text, headlines, titles)
        quoted = _quoted_titles(text, gazetteer.common_words) if "“" in text or '"' in text else []
        if " by " in text and ("“" in text or '"' in text):
            # "“All the ravens of the world” by Tang Yi": a quoted work by its maker, whatever its case.
            quoted.extend(m.span(1) for m in _around_matches(text, _BY_MAKER, _QUOTED_BY) if m.span(1) not in quoted)
        works = _listed_works(text) if " by " in text else []
        # "Glory by NoViolet Bulawayo" and more lines like it: a list of works by their makers.
        quoted.extend(span for span in works if span not in quoted)
        if ") " in text:
            # "the Criminal Justice (Public Order) Act, 1994": a law with a bracketed part, one name.
            quoted.extend(m.span() for m in _around_matches(text, _LAW_END, _LAW_WITH_BRACKETS))
        if ": " in text:
            quoted.extend(m.span() for m in _around_matches(text, _COLON_CAPITAL, _SUBTITLED) if _subtitled(m, gazetteer))
        nicknamed = _nicknamed(text, gazetteer.first_names) if "“" in text or '"' in text else []
        if nicknamed:
            quoted = [(a, b) for a, b in quoted if not any(start <= a < end for start, end, _ in nicknamed)]
            names.extend(Found(index, start, end, "person", key, " ".join(text[start:end].split())) for start, end, key in nicknamed)
        headlines.extend(quoted)
        # Names the gazetteer knows with a day's or a holiday's word inside ("Christmas Island",
        # "the Good Friday Agreement"), whose words would otherwise break the run there.
        sign, pattern = _dated_names()
        dated_names = list(_around_matches(text, sign, pattern))
        photo_numbers: list[tuple[int, int]] = []
        for runs in block_runs:
            for run in runs:
                if nicknamed:
                    # The words of a name with a nickname inside were found whole above:
                    # "President Ferdinand" leaves its title.
                    run = [t for t in run if not any(start <= t.start < end for start, end, _ in nicknamed)]
                    if not run:
                        continue
                typed = classifier.classify(run, text, index)
                if dated_names:
                    typed = [f for f in typed if not any(m.start() < f.end and f.start < m.end() for m in dated_names)]
                for f in typed:
                    number = _PHOTO_NUMBER.match(text, f.end) if f.type == "person" else None
                    if number and (number.group(2) in CAPTION_VERBS or (not number.group(2).endswith("s") and not plural_without_s(number.group(2)))):
                        # "Jonas Lind 4 greeted …", "Ann Lee 2 greets …": a number right after a
                        # person's name, then a verb, is a photo's number in a flattened caption, no count.
                        photo_numbers.append(number.span(1))
                if works and any(a <= run[0].start < b for a, b in works):
                    continue  # the words of a listed work's title are the work's
                if headlines and any(a <= run[0].start < b for a, b in headlines):
                    names.extend(f for f in typed if _confirmed(f, text, headlines, gazetteer))
                else:
                    names.extend(typed)
        for a, b in quoted:
            title = " ".join(text[a:b].split())
            names.append(Found(index, a, b, "other", title, title))
        if "#" in text:
            taken = [(f.start, f.end) for f in names]
            for match in _HASHTAG.finditer(text):
                # "the #MeToo movement": a campaign by its hashtag, a named thing, kept with its sign.
                if not any(a < match.end() and match.start() < b for a, b in taken):
                    names.append(Found(index, match.start(), match.end(), "other", match.group(), match.group()))
        if "/" in text:
            for match in _ATTACK_DATE.finditer(text):
                # "since 9/11": the attacks by their date, one event (no figures 9 and 11).
                known = gazetteer.lookup(match.group())
                if known is not None and not any(f.start < match.end() and match.start() < f.end for f in names):
                    names.append(Found(index, match.start(), match.end(), known[1], known[0], known[0]))
        for match in dated_names:
            canonical, kind = gazetteer.lookup(match.group())
            names.append(Found(index, match.start(), match.end(), kind, canonical, canonical))
        type_lists(text, names)
        town_lists(text, names)
        if "," in text:
            names.extend(letter_lists(text, index, names))
        team_places(text, names, headline_towns)
        nicknames = [f for f in names if f.type == "group" and text[f.start : f.end] in TEAM_NICKNAMES and text.endswith(("the ", "The "), 0, f.start)]
        match_report = None
        if nicknames and (match_report := is_match_report(text)):
            for f in nicknames:
                f.type = "team"  # "a 34-6 win over the Texans": a people that is a side's nickname, in a match report
        sides = [m.span(1) for m in _NICKNAME_AFTER_THE.finditer(text) if m.group(1) in TEAM_NICKNAMES]
        if sides and (match_report if match_report is not None else is_match_report(text)):
            taken = [(f.start, f.end) for f in names]
            for a, b in sides:
                # "The Broncos beat the Chiefs": a side by its nickname alone, in a match report.
                if not any(s < b and a < e for s, e in taken):
                    names.append(Found(index, a, b, "team", text[a:b], text[a:b]))
        if " index" in text or " average" in text or " composite" in text:
            for f in names:
                whole = _INDEX_AFTER.match(text, f.end) if f.type in ("organization", "other") else None
                if whole:
                    # "the Dow Jones industrial average": the index by its whole name too.
                    f.aliases = (*f.aliases, " ".join(text[f.start : whole.end()].split()))
        scores: list[tuple[int, int]] = []
        results = results_lines(text)
        if results:
            names.extend(result_sides(text, names, results, index))
            scores = [score for line in results for score in line[1::2]]  # a side's score: no count
        if " (" in text and _OPEN_FIGURE.search(text):
            # A scorer's minutes: no counts.
            scores += [m.span() for f in names if f.type in ("person", "person?") for m in (MINUTES_AFTER.match(text, f.end),) if m]
        if any(text[f.start : f.end] in ("US", "U.S.") for f in names):
            # "US $6.9 billion", "74.27 U.S. cents": the country's letters are the money's
            names = [f for f in names if not (text[f.start : f.end] in ("US", "U.S.") and _MONEY_AROUND.match(text, f.end) and (text[f.end : f.end + 2] == " $" or _FIGURE_BEFORE.search(text, max(0, f.start - 20), f.start)))]
        if any(text[f.start : f.end] in _SHORT_WEEKDAYS for f in names):
            # "Thu, Nov 9, 2023", "Sun 12 Nov 2023": the weekday of a date, no name
            names = [f for f in names if not (text[f.start : f.end] in _SHORT_WEEKDAYS and _DATE_AFTER_WEEKDAY.match(text, f.end))]
        claimed = [(f.start, f.end) for f in names] + markers + photo_numbers + scores
        yield names + numbers_and_dates(text, index, claimed, gazetteer.groups)


@lru_cache(maxsize=1)
def _dated_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gazetteer's names of two words or more with a day's, a month's or a holiday's word
    inside, which name runs end at: a pattern of those words (to look near) and one of the
    names."""
    words = MONTHS_AND_DAYS | HOLIDAY_WORDS
    names = sorted((s for s in load_gazetteer().surfaces if " " in s and any(w in words for w in s.split())), key=len, reverse=True)
    inside = sorted({w for n in names for w in n.split() if w in words}, key=len, reverse=True)
    never = r"(?!x)x"
    return (
        re.compile(r"\b(?:" + "|".join(re.escape(w) for w in inside) + r")(?!\w)" if inside else never),
        re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])" if names else never),
    )


# A person's nickname in quotation marks inside the name: 'Ferdinand “Bongbong” Marcos Jr.',
# 'Thomas "Tip" Walden'.
_NICKNAMED = re.compile(
    r"(?<![\w“\"])([A-Z][\w'’-]+) [“\"]([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)[”\"] "
    r"([A-Z][\w'’-]+(?: (?!(?:Jr|Sr)\b)[A-Z][\w'’-]+)?(?: (?:"
    + "|".join(re.escape(g) for g in sorted(GENERATIONS, key=len, reverse=True))
    + r")(?!\w))?)"
)


def _nicknamed(text: str, first_names: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name without the nickname) of each person named with a nickname inside:
    a given name first, so that a headline's scare quotes ('Orvik “Wins” Vote') are none."""
    return [
        (m.start(), m.end(), f"{m.group(1)} {m.group(3)}")
        for m in _NICKNAMED.finditer(text)
        if m.group(1) in first_names
    ]


# A work's title and its subtitle inside a sentence: "in Counter-Strike: Global Offensive,",
# "the voice of Batman in Batman: The Animated Series." (after a small word, before a stop
# or a small word).
_SUBTITLED = re.compile(
    r"(?<=[a-z,] )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}: (?:(?:The|A|An) )?([A-Z][\w'’-]*)(?: (?:of|the|and|in|[A-Z][\w'’-]*)){0,4}(?=[.,;]| [a-z])"
)
_LAW_WITH_BRACKETS = re.compile(
    r"\b[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|the|of|and|for|on)){0,6} \([A-Z][\w'’-]*(?: [A-Z][\w'’-]*| and| of){0,5}\) (?:Act|Bill|Regulations|Order|Rules|Law|Amendment)(?:,? (?:1[89]|20)\d\d)?\b"
)


# Signs of where the patterns of quoted works, laws and subtitles can stand: rare, and
# opening with characters the regular expression engine finds quickly, they are looked for
# first, and each pattern only near them (_around_matches).
_BY_MAKER = re.compile(r"[”\"],? by [A-Z]")
_QUOTED_BY = re.compile(r"[“\"]([A-Z][^”\"\n]{0,80}?)[,.]?[”\"],? by [A-Z]")
# A line that is a work's title and its maker's name: "The Trees by Percival Everett".
_WORK_BY_MAKER = re.compile(r"^(?P<work>[A-Z0-9][^\n]{0,80}?) by (?:[A-Z][\w'’.-]*\.? ){1,3}[A-Z][\w'’-]+$", re.MULTILINE)
# Lines of a byline or a credit, not a work: "Story by …", "Photos by …".
_CREDITED_WORK = frozenset("story stories photo photos photograph photographs words text report reporting video videos image images illustration illustrations posted written edited compiled produced directed published graphics design".split())


def _listed_works(text: str) -> list[tuple[int, int]]:
    """The titles of two lines or more that each name a work and its maker, a list of books,
    films or albums; a byline ("Story by Ann Lee") is none."""
    works = [m.span("work") for m in _WORK_BY_MAKER.finditer(text) if m["work"].split()[0].lower() not in _CREDITED_WORK]
    return works if len(works) >= 2 else []


_OPEN_FIGURE = re.compile(r"\(\d")
_LAW_END = re.compile(r"\) (?:Act|Bill|Regulations|Order|Rules|Law|Amendment)\b")
_COLON_CAPITAL = re.compile(r": [A-Z]")
_REACH = 120


def _around_matches(text: str, sign: re.Pattern[str], pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` that hold a match of `sign`, searched only near each sign."""
    end = 0
    for found in sign.finditer(text):
        if found.start() < end:
            continue
        match = pattern.search(text, max(end, found.start() - _REACH), found.end() + _REACH)
        while match is not None and match.end() <= found.start():
            match = pattern.search(text, match.end(), found.end() + _REACH)
        if match is not None and match.start() <= found.start():
            end = match.end()
            yield match


def _subtitled(match: re.Match[str], gazetteer: Gazetteer) -> bool:
    """A title and its subtitle ("Dragon Age: The Veilguard", "Black Myth: Wukong"), not a
    caption's label ("Matos Photo: Ana Ruiz"), someone's title ("the Home Secretary: Labour")
    nor a sentence after a colon ("told Reuters: The plan failed", "The Lancet: Study finds")."""
    common = gazetteer.common_words
    title, _, subtitle = match.group().partition(": ")
    last = title.split()[-1]
    if last in CAPTION_WORDS or gazetteer.is_title(last) or (last.lower() in common and len(title.split()) == 1):
        return False
    if match.group(1) in ("The", "A", "An", "It", "We", "They", "He", "She", "This", "That", "There", "I", "I'm", "I’m", "I'd", "I’d", "I've", "I’ve"):
        return False  # "Said Ann Lee: I am done": a sentence after the colon
    if _MONTH_OPENS.match(subtitle):
        return False  # "For Immediate Release: Nov. 2, 2012": a label and its date
    words = subtitle.split()
    if 2 <= len(words) <= 3 and words[0] in gazetteer.first_names and match.string[match.end() : match.end() + 1] == ",":
        return False  # "Girls Discus: Gillian Streit, HCHS, 124-2": an event's winner in a list of results
    return " " in subtitle or subtitle.lower() not in common


# A month, full or short, opening the words after a colon: "Nov. 2", "March 3".
_MONTH_OPENS = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
_INDEX_AFTER = re.compile(r" (?:(?:industrial|transportation|utilities|composite|blue-chip|benchmark|all-share|stock) )?(?:average|index|composite)\b")
_PHOTO_NUMBER = re.compile(r" (\d{1,2}) ([a-z]+)\b")
# A headline is one short line; body paragraphs are longer or end in a full stop.
_HEADLINE_CHARS = 160
# A wire's dateline on a line of its own, the town in capitals, the day in figures: no headline.
_DATELINE_LINE = re.compile(r"[A-Z][A-Z .'-]*(?: ?, [A-Z][A-Za-z .]*)?,? \d{4}-\d{2}-\d{2}[ \t]*")


def _unlabelled(tokens: list, text: str) -> list:
    """A line's words after a label that names where it comes from ("Source: New Zealand
    Police", "Press Release: …"): the label makes no headline of the name."""
    for index, token in enumerate(tokens[:2]):
        if text[token.end : token.end + 1] == ":":
            label = " ".join(t.text for t in tokens[: index + 1])
            return tokens[index + 1 :] if label in _SOURCE_LABELS else tokens
    return tokens


_SOURCE_LABELS = frozenset({"Source", "Sources", "Credit", "Courtesy", "Via", "From", "Contact", "Press Release", "Media Release", "Issued"})


def _in_title_case(tokens: list, text: str, common: frozenset[str], quoted: bool = False) -> bool:
    """A line in headline title case: every word capitalised but short function words, and
    at least two capitalised common words ("Crude Oil Sale In Naira Reducing Forex Risks");
    its capitals mark no names."""
    # (A sentence's stop may stand apart, as archived wire copy writes it: "… met .")
    if len(tokens) < 4 or ((text[tokens[-1].end : tokens[-1].end + 1] == "." or text[tokens[-1].end : tokens[-1].end + 2] == " .") and not quoted):
        return False
    capital_common = figures = 0
    if "(" in text[tokens[0].start : tokens[-1].end]:
        return False  # "Ernie Els ( South Africa )": a line of results, not a headline
    for token in tokens[1:]:
        word = token.text
        if word[:1].isdigit():
            figures += 1
            if figures > 1:
                return False  # "Colin Montgomerie 67 Ernie Els 68": a line of scores
        if word[:1].islower():
            if word not in FUNCTION_WORDS and word not in CONNECTORS and len(word) > 3:
                return False  # a sentence: lower-case words beyond "of", "in", "the"
        elif word[:1].isupper() and word[1:].islower() and word.lower() in common:
            capital_common += 1
    return capital_common >= 2


# A quotation that may be a title: “Bridging Continents: Connecting Investors with …”.
_QUOTED = re.compile(r"[“\"]([A-Z][^”\"\n]{8,140}?)[.,!?]?[”\"]")


def _quoted_titles(text: str, common: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of quotations written in headline title case with a small word inside (a
    theme, a slogan, a work's title): one other name each, whose capitals mark no names."""
    spans = []
    for match in _QUOTED.finditer(text):
        a, b = match.span(1)
        if sum(word[:1].islower() for word in text[a:b].split()) > 3:
            continue  # a quoted sentence, the common case, told at once
        tokens = tokenize(text, a, b)
        if any(t.text in CONNECTORS or t.text in FUNCTION_WORDS for t in tokens) and (
            _in_title_case(tokens, text, common, quoted=True)
            or (text[max(0, a - 4) : a - 1] in ("’s ", "'s ") and _titled(tokens))
            # "Harry Potter and the Deathly Hallows - Part 2": a small "the" inside a title
            or (len(tokens) >= 4 and _titled([t for t in tokens if t.text[:1].isalpha()]) and any(t.text == "the" for t in tokens[1:-1]))
        ):
            # (after a possessive, a short title too: "Israel’s “Fill the Void”", someone's work)
            spans.append((a, b))
    return spans


def _titled(tokens: list) -> bool:
    """Words of a title: two to eight, the first and the last capitalised, the others
    capitalised or small words ("Fill the Void", "Out of the Blue")."""
    return (
        2 <= len(tokens) <= 8
        and tokens[0].text[:1].isupper()
        and tokens[-1].text[:1].isupper()
        and all(t.text[:1].isupper() or t.text in CONNECTORS or t.text in FUNCTION_WORDS for t in tokens)
    )


def _is_headline(line: str, gazetteer) -> bool:
    """A title or heading in headline title case."""
    return len(line) <= _HEADLINE_CHARS and _in_title_case(tokenize(line, 0, len(line)), line, gazetteer.common_words)


def _headline_copies(blocks, text: str, headlines: list[tuple[int, int]], titles: set[str]) -> None:
    """Add to headlines a headline's copy that opens a paragraph, as pages flatten a title
    onto the text below it ("… Local Currency: FG Crude oil sale in naira …")."""
    lines = {text[a:b] for a, b in headlines} | titles
    for block in blocks:
        start = block.start + block.marker
        if (block.start, block.end) in headlines:
            continue
        for line in lines:
            if text.startswith(line, start):
                headlines.append((start, start + len(line)))
                break


def _confirmed(found: Found, text: str, headlines: list[tuple[int, int]], gazetteer) -> bool:
    """A name in a title-case headline stands when the gazetteer knows it or the section
    writes it outside its headlines too."""
    if gazetteer.lookup(found.name) is not None or found.type in ("group",):
        return True
    words = found.name.split()
    if found.type == "person" and len(words) in (2, 3) and words[0] in gazetteer.first_names:
        return True  # "Deron Bilous – House Leader, Trade and Tourism": a list of people and their roles
    if found.type == "organization" and not found.guess and len(words) >= 3 and _holds_place(words, gazetteer):
        return True  # "Supported by the North Macedonia Film Agency": a body by its kind and its country
    name = text[found.start : found.end]
    at = text.find(name)
    while at != -1:
        if not any(a <= at < b for a, b in headlines):
            return True
        at = text.find(name, at + 1)
    return False


def _holds_place(words: list[str], gazetteer) -> bool:
    """Whether one word or two of a name are a place the gazetteer knows."""
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return any(gazetteer.kind(part) == "place" for part in (*words, *pairs))


def entities_in_stages(
    briefing: Briefing, backend: str | None = None, progress: Callable[[int], None] | None = None
) -> Iterator[tuple[int, list[Entity]]]:
    """(sections done, entities of those sections): the first section's first, then more.

    Each stage covers at least as much text again as the stages before it, so merging at
    every stage costs no more than twice merging once. The last stage covers every section
    and equals `extract_entities`. The spaCy backend gives one stage. `progress` is told
    the number of sections read after each one.
    """
    total = len(briefing.sections)
    nlp = _spacy_pipeline(backend)
    if nlp is not None:
        from .spacy_backend import spacy_entities

        yield total, spacy_entities(briefing, nlp)
        return
    texts = [s.text for s in briefing.sections]
    found: list[Found] = []
    done_chars = stage_chars = 0
    for index, mentions in enumerate(_mentions_by_section(briefing)):
        found.extend(mentions)
        if progress is not None:
            progress(index + 1)
        stage_chars += len(texts[index])
        if index + 1 < total and (index == 0 or stage_chars >= done_chars):
            done_chars += stage_chars
            stage_chars = 0
            copies = [replace(f) for f in found]  # merging changes mentions
            merged = merge(copies, texts)
            yield index + 1, judge(merged, texts, _guesses(copies))
    yield total, _with_title(briefing, found, texts)


def _spacy_pipeline(backend: str | None):
    """spaCy's English pipeline when the backend asks for it and it is installed, else None."""
    backend = backend or os.environ.get("BRIEFING_ENTITIES", "auto")
    if backend not in ("spacy", "auto"):
        return None
    from .spacy_backend import load_pipeline

    nlp = load_pipeline()
    if nlp is None and backend == "spacy":
        raise RuntimeError("spaCy with an English pipeline is not installed")
    return nlp


def extract_entities(briefing: Briefing, backend: str | None = None, processes: int | None = None) -> list[Entity]:
    """The distinct entities of a briefing, most mentioned first.

    backend: "auto" (spaCy's entities as the base when spaCy and an English pipeline are
    installed, else the rules), "rules", or "spacy". Without an argument the
    BRIEFING_ENTITIES environment variable decides, and "auto" when it is unset. Without
    an installed pipeline spaCy is never imported. processes: how many processes may read
    a long briefing at once (None: as many as help; processes.py).
    """
    nlp = _spacy_pipeline(backend)
    if nlp is not None:
        from .spacy_backend import spacy_entities

        return spacy_entities(briefing, nlp)
    texts = [s.text for s in briefing.sections]
    return _with_title(briefing, find_mentions(briefing, processes), texts)


def _with_title(briefing: Briefing, found: list[Found], texts: list[str]) -> list[Entity]:
    """The entities of the sections' mentions, and the names only the headline writes.

    A headline names what the story is about ("Pair plead guilty in Blackpool"), so a name
    it alone writes is an entity too, with no mentions (mentions index the sections' text).
    The headline is read on its own: it never changes what the body's names are.
    """
    entities = judge(merge(found, texts), texts, _guesses(found))
    title = " ".join((briefing.title or "").split())
    if not title:
        return entities
    # Title case writes "$24.6 Billion": read the scale words as the body writes them (the
    # same length, so offsets hold) and show what the headline writes.
    folded = _TITLE_SCALE.sub(lambda m: m.group().lower(), title)
    line = Section("", None, "title", folded, (Block("paragraph", 0, len(folded)),))
    title_found = find_mentions(replace(briefing, sections=(line,)))
    if not title_found:
        return entities
    gazetteer = load_gazetteer()
    known = {_key(n) for e in entities for n in (e.name, *e.aliases)}
    for entity in judge(merge(title_found, [title]), [title], _guesses(title_found)):
        keys = {_key(n) for n in (entity.name, *entity.aliases)}
        if keys & known or not _headline_only(entity, gazetteer):
            continue
        known |= keys
        first = entity.mentions[0]
        written = title[first.start : first.end] if entity.type in ("date", "number") else entity.name
        entities.append(replace(entity, name=written, mentions=()))
    return entities


_TITLE_SCALE = re.compile(r"\b(?:Hundred|Thousand|Million|Billion|Trillion|Percent|Per Cent)\b")


def _key(name: str) -> str:
    return " ".join(name.replace(".", "").split()).casefold()


def _headline_only(entity: Entity, gazetteer) -> bool:
    """A name only the headline writes stands when a headline's words cannot have made it:
    a place the gazetteer knows, a people, a date or a number. Headline capitals make
    people and organisations of any words ("Jefferson Found Guilty"), so those need the body."""
    if entity.type in ("group", "date", "number"):
        return True
    return entity.type == "place" and gazetteer.lookup(entity.name) is not None


def _guesses(found: list[Found]) -> set[tuple[int, int]]:
    """Where the rules typed a mention by a fallback: (section, start)."""
    return {(f.section, f.start) for f in found if f.guess}
