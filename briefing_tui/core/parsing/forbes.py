"""Forbes-style plain text: a title line, then headings on their own line or run in.

Also reads plain text with headings of its own (format "plain") and plain text with no
headings at all: the first short line is the title and the rest one section.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import Briefing, Section
from .blocks import SectionBuilder
from .headings import (
    is_promo_line,
    listing_question,
    rows_of_blocks,
    _DATE,
    _MONTH,
    _NUMBERED_PART,
    _QUESTION_OPENERS,
    _TALK_OPENING,
    _TWO_CRIES,
    _DATELINE,
    _DATELINE_ALONE,
    DOMAIN,
    LINK_BOX,
    LIST_MARKER,
    PLAYER_LINE,
    VENUE_IN_PLACE,
    ROLE_BYLINE,
    ROLE_LINE,
    SECTIONS_FILED,
    TABLE_ROW,
    NUMBERED,
    ends_like_sentence,
    heading_shape,
    is_all_caps,
    is_call_to_act,
    is_credit_line,
    is_never_heading,
    is_price_line,
    is_social_count,
    is_page_residue,
    is_picture_credit,
    is_long_claim,
    is_title_case,
    is_known_heading_line,
    is_long_question,
    is_long_sentence,
    known_heading,
    label_and_kind,
    opens_with_picture,
)
from ..numbered import number_of
from .metadata import STAMPED_BYLINE, is_date_line, is_dated_stamp, is_stamp_line, iso_date, opens_with_date
from .plain_text import BYLINE, STAFF_CREDIT, clean_byline, group_paragraphs, merge_bylines, split_footer

# An ALL-CAPS phrase opening a line, then the sentence it heads: "TOPLINE The stock ...".
_RUN_IN = re.compile(
    r"^(?P<head>[A-Z][A-Z'’&\-]*(?:\s+[A-Z][A-Z'’&\-]*){0,5})(?P<colon>:?)\s+"
    r"(?P<rest>[\"“‘'$€£(]?[A-Z0-9].*)$"
)
# A known Title Case heading run in with a colon: "Key Facts: The company ...".
_RUN_IN_COLON = re.compile(r"^(?P<head>[^:]{3,40}):\s+(?P<rest>\S.*)$")


@dataclass(frozen=True, slots=True)
class HeadingLine:
    index: int
    heading: str
    shape: str
    rest: str | None = None  # the run-in sentence after the heading, if any


def run_in_heading(line: str, allow_unknown: bool = False) -> tuple[str, str] | None:
    """Split "TOPLINE The stock market…" into ("TOPLINE", "The stock market…")."""
    text = line.strip()
    match = _RUN_IN.match(text)
    if match:
        head, rest = match["head"], match["rest"]
        if any(ch.islower() for ch in rest) and not is_all_caps(text):
            if known_heading(head):
                return head, rest
            words = head.split()
            if allow_unknown and match["colon"] and len("".join(words)) >= 3:
                return head, rest
            if allow_unknown and len(words) >= 2 and all(len(w) >= 3 for w in words):
                return head, rest
    match = _RUN_IN_COLON.match(text)
    if match and known_heading(match["head"]):
        rest = match["rest"].strip()
        if len(rest.split()) < 8 and not rest.endswith(_ENDS_PARAGRAPH):
            return None  # "Background: Investigators in the field": a heading of two parts, whole
        return match["head"].strip(), match["rest"]
    return None


_QUESTION_AND_TAG = re.compile(r"^(?P<question>[^?]{3,60}\?)\s+(?P<tag>[A-Z][^.!?:;,\"“”]{2,40})$")


def _question_and_phrase(line: str, phrase_words: range, question_shapes: tuple[str, ...], question_word: bool) -> bool:
    """A short question (eight words at most), then a phrase of `phrase_words` words with no
    stop: the shape of a heading or a headline, not of a sentence."""
    match = _QUESTION_AND_TAG.match(line.strip())
    return (
        match is not None
        and len(match["question"].split()) <= 8
        and (not question_word or match["question"].split()[0].lower() in _QUESTION_OPENERS)
        and len(match["tag"].split()) in phrase_words
        and heading_shape(match["question"]) in question_shapes
        and heading_shape(match["tag"]) in ("sentence", "title")
    )


def _question_and_tag(line: str) -> bool:
    """ "What is the levy? The basics", "Who pays? Our guide": a short question heading opened
    by a question word ("Are we ready? A check …" asks the reader) and a tag of a few words."""
    return _question_and_phrase(line, range(1, 5), ("question",), question_word=True)


def _stopped_sentence_headings(lines: list[str], start: int, placed: list[HeadingLine]) -> list[HeadingLine]:
    """ "Clinton did get under her rival's skin." among headings in sentence case with no stop:
    a heading of the same shape whose writer put a full stop after it, standing alone between
    long paragraphs. At most as many as the headings without one; none in a text without them."""
    plain = [h for h in placed if h.shape == "sentence" and h.rest is None and 4 <= len(h.heading.split()) <= 10]
    if not plain or not _blank_separated(lines[start:]):
        return []
    taken = {h.index for h in placed}
    found = []
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if index in taken or not text.endswith(".") or text.endswith(".."):
            continue
        words = text.split()
        if not 4 <= len(words) <= 10 or heading_shape(text[:-1]) != "sentence" or not ends_like_sentence(text):
            continue
        if not any(word[:1].isupper() for word in words[1:]) and not re.search(
            rf"[a-z,;]\s{re.escape(words[0])}\b", "\n".join(lines[start:])
        ):
            continue  # "Let's see what it does.", "This opens another door.": a short paragraph that names no one
        if any(abs(len(words) - len(h.heading.split())) > 3 for h in plain[:1]):
            continue
        before = _previous_text_line(lines, index - 1)
        after = _next_text_line(lines, index + 1)
        if before is None or after is None or before < start:
            continue
        if before == index - 1 or after == index + 1:
            continue  # a line of a paragraph, or a list's
        if not (_is_body(lines[before]) and _is_body(lines[after]) and len(lines[after].split()) >= 30):
            continue
        if before < index - 3 or len(lines[before].split()) < 20:
            continue
        found.append(HeadingLine(index, text, "sentence"))
    return found if len(found) <= len(plain) else []


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _inside_a_list_item(lines: list[str], index: int) -> bool:
    """Is the line set in under a list's item, right below it (a weather box's "  • Bray" over
    "    Light rain")? It goes on the item."""
    indent = _indent(lines[index])
    if indent == 0:
        return False
    above = _previous_text_line(lines, index - 1)
    return above is not None and LIST_MARKER.match(lines[above].strip()) is not None and _indent(lines[above]) < indent


def find_headings(lines: list[str], start: int) -> list[HeadingLine]:
    """The heading lines of a plain-text briefing, from `start` on."""
    candidates: dict[int, HeadingLine] = {}
    has_known = False
    fields = _fact_rows(lines)
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line or index in fields:
            continue  # "TV: ESPN" among "KICKOFF: …" and "SITE: …": a row of a block of facts
        shape = heading_shape(line)
        if shape and _inside_a_list_item(lines, index):
            continue  # "  • Bray" over "    Light rain" over "  • Wicklow": a list item's second line
        if shape == "letter":
            shape = "sequence"  # "Dear Ann: How do I …?": a reader's letter heads the answer, whatever stands under it
        if shape and is_promo_line(line):
            continue  # "Join The Harbour Post Channel", "Get the Harbour News App": a page's button
        if shape and ROLE_LINE.match(line) and _under_byline(lines, index):
            continue  # "Harbour Post business reporter" under "By Ann Lee": the writer's role, no heading
        if shape and line.endswith("Source") and _quote_s_source(line):
            continue  # "Ann Lee Source" under a quotation: who said it and the link, no heading
        if shape and line[-1:].isalpha() and _CARD_FACT.fullmatch(line):
            continue  # "Prep Time 15 mins", "Calories 291 kcal": a recipe card's fact, no heading
        if shape and is_call_to_act(line) and not _over_text(lines, index):
            continue  # "Find out more" over "I don't have one.": a page's button and the next, no heading
        if shape and is_call_to_act(line) and _box_with_button(lines, index):
            continue  # "Got a boat licence?" over its blurb and "Find out more": a page's promo box
        if shape:
            candidates[index] = HeadingLine(index, line.rstrip(":").strip(), shape)
            has_known = has_known or shape == "known"
            continue
        if _question_and_tag(line):
            candidates[index] = HeadingLine(index, line, "question")
            continue
        if (
            (_question_then_phrase(line) and line.split()[0].lower() in _QUESTION_OPENERS)  # "Are we ready? …" asks the reader
            or _quoted_name_and_phrase(line)
            or _quote_and_source(line)
            or _quoted_words_said_below(line, lines, index)
        ) and _stands_alone_over_text(lines, index):
            # "Which story do you trust? Inside the harbour case", "'Stormwatch': A week of
            # floods" alone over a newsletter item's paragraph: the item's heading.
            candidates[index] = HeadingLine(index, line, "question" if "?" in line else "sentence")
            continue
        # (the gazetteer's words are read last, only for a line that may be one)
        if _TWO_WORD_CROSSHEAD.fullmatch(line) and _stands_alone_over_text(lines, index) and _crosshead_of_common_words(line):
            candidates[index] = HeadingLine(index, line, "title")  # "Jobs, Revenue", "50,000 Skyscrapers": a paper's short crosshead
            continue
        if _quoted_remark_echoed_below(line, lines, index) and _over_text(lines, index) and not lines[index - 1].strip() and not lines[index + 1].strip():
            candidates[index] = HeadingLine(index, line, "sentence")  # "'It's a girl'" over what the part tells of it
            continue
        split = run_in_heading(line)
        if split:
            candidates[index] = HeadingLine(index, split[0], "known", split[1])
            has_known = True
    if has_known:
        # A document with known run-in headings may have others of its own.
        for index in range(start, len(lines)):
            if index not in candidates and lines[index].strip():
                split = run_in_heading(lines[index], allow_unknown=True)
                if split and is_all_caps(split[0]) and not _READ_MORE.fullmatch(split[0]):  # "READ MORE: <a link>"
                    candidates[index] = HeadingLine(index, split[0], "caps", split[1])

    # A shopping list's items, each a product's name over its price and shop ("$3.00 from
    # Amazon"), two or more: each heads its part, whatever stands around it.
    priced = [index for index, c in candidates.items() if c.shape == "title" and _over_a_price(lines, index)]
    if len(priced) >= 2:
        credits: set[str] = set()
        for index in priced:
            candidates[index] = HeadingLine(index, candidates[index].heading, "sequence")
            above = _previous_text_line(lines, index - 1)
            if above is not None and above >= index - 2 and above in candidates and len(lines[above].split()) <= 3:
                credits.add(candidates.pop(above).heading)  # "Amazon" over the product's name: its picture's credit
        for index in [i for i, c in candidates.items() if c.heading in credits]:
            del candidates[index]  # the same credit under the other pictures
    # A review's or a list's items, each a work's name in quotation marks standing alone over
    # its paragraph ("“Tidewater” ($20)", "“The Long Field” (2019)"), three or more: each
    # heads its part; one alone is a pull quote.
    quoted = [
        index
        for index in range(start, len(lines))
        if index not in candidates and _QUOTED_WORK.fullmatch(lines[index].strip()) and _stands_alone_over_text(lines, index)
    ]
    if len(quoted) >= 3:
        for index in quoted:
            candidates[index] = HeadingLine(index, lines[index].strip(), "sequence")
    # Claims of more than twelve words ("Electric cars have a short range and take long to
    # charge") are weighed only in a text whose headings are long ones too (below).
    longs = {
        index: HeadingLine(index, lines[index].strip(), "long")
        for index in range(start, len(lines))
        if index not in candidates and lines[index].strip() and is_long_claim(lines[index])
    }
    # A question with a comma ("What is the plan, and who pays?") is an interviewer's among
    # three or more questions standing alone; elsewhere a turn of talk.
    asked = [index for index, c in candidates.items() if c.shape == "asked"]
    questions = _asking(lines, candidates)
    interview = questions >= 3
    opening = _next_text_line(lines, start)
    for index in asked:
        if index == opening and re.search(r"\.\s", candidates[index].heading):
            # "The vote is in. What does it mean for the budget?" opening the text: its lede.
            del candidates[index]
        elif interview or (questions and len(asked) <= questions) or (index != opening and listing_question(candidates[index].heading)):
            # "So, when will I get it?" among "Who is eligible?" and other question headings:
            # an explainer's questions, one with a word of talk before it. Alone, a question
            # whose comma lists ("Why are petrol, diesel prices rising?") past the opening.
            candidates[index] = HeadingLine(index, candidates[index].heading, "question")
        else:
            del candidates[index]
    if interview:
        long_questions = _long_questions(lines, start, candidates)
        for heading in long_questions if long_questions and _written(lines, start) else ():
            candidates[heading.index] = heading
    for heading in _labelled_sequence(lines, start, candidates):
        candidates[heading.index] = heading
    for heading in _label_pairs(lines, start):
        candidates[heading.index] = heading
    for heading in _sentence_sequence(lines, start, candidates):
        candidates[heading.index] = heading
    for heading in _slide_headings(lines, start):
        candidates[heading.index] = heading
    for heading in _people_sequence(lines, start, candidates):
        candidates[heading.index] = heading
    for heading in _lettered_sequence(lines, start, candidates):
        candidates[heading.index] = heading
    for heading in _roman_sequence(lines, start, candidates):
        candidates[heading.index] = heading
    for heading in _numbered_sequence(lines, start, candidates):
        candidates[heading.index] = heading
    for heading in _asked_and_answered(lines, start):
        candidates[heading.index] = heading
    for heading in _decimal_outline(lines, start):
        candidates[heading.index] = heading
    for heading in _posts_under_times(lines, start, candidates):
        candidates[heading.index] = heading
    for heading in _transcript_questions(lines, start, candidates):
        candidates[heading.index] = heading
    for index in _stamps(lines, start):
        candidates.pop(index, None)
    for heading in _named_entries(lines, start):
        candidates[heading.index] = heading
    for heading in _race_marks(lines, start):
        candidates[heading.index] = heading
    for heading in _asked_in_turns(lines, start, candidates):
        candidates[heading.index] = heading
    for heading in _posts_with_dates(lines, start):
        candidates[heading.index] = heading
    for heading in _posts_with_bylines(lines, start):
        candidates[heading.index] = heading
        byline = _next_text_line(lines, heading.index + 1)
        candidates.pop(byline, None)  # the post's byline
        if byline is not None:
            # "So what was the final straw?" under the byline: the post's first words
            candidates.pop(_next_text_line(lines, byline + 1), None)
    for heading in _fixtures(lines, start):
        candidates[heading.index] = heading
        above = _previous_text_line(lines, heading.index - 1)
        if above is not None and above >= start and above + 1 < heading.index and _DAY.match(lines[above].strip()) and len(lines[above].strip()) <= 30:
            # "Saturday" alone over "Aston Villa v Arsenal": the day heads its fixtures
            candidates[above] = HeadingLine(above, lines[above].strip(), "sequence")
    for heading in _bulleted_headlines(lines, start):
        candidates[heading.index] = heading
    for heading in _schedule_days(lines, start):
        candidates[heading.index] = heading
    for heading in _counted_slides(lines, start):
        candidates[heading.index] = heading
    if _blank_separated(lines[start:]):
        for index in [i for i, c in candidates.items() if c.shape in _WEAK and _opens_wrapped_paragraph(lines, i)]:
            del candidates[index]
    firsts = [
        i
        for i, c in candidates.items()
        if c.shape == "numbered"
        and _number(c.heading) == 1
        and (above := _previous_text_line(lines, i - 1)) is not None
        and above in candidates
        and candidates[above].shape == "question"
    ]
    if len(firsts) >= 3:
        # "1. How are you different?" under each of the questions, the count starting again
        # each time: each question's list of what else to ask, not headings.
        for first in firsts:
            index: int | None = first
            while index is not None and index in candidates and candidates[index].shape == "numbered":
                del candidates[index]
                index = _next_text_line(lines, index + 1)
    for index in [i for i, c in candidates.items() if c.shape == "exclaim" and len(c.heading.split()) <= 4]:
        before = _previous_text_line(lines, index - 1)
        if before is not None and lines[before].rstrip().endswith(("?", "?\"", "?”", "?'", "?’")):
            del candidates[index]  # "Great question!" under a reader's question: the answer's first words
    for index in [i for i in candidates if _FIELD_LINE.match(" ".join(lines[i].split())) and _under_fields(lines, i)]:
        del candidates[index]  # "Strengths: …", "Key players: …" over "Probable finish: Finalists": one more field
    placed = _placed(lines, start, candidates)
    if longs and sum(h.shape in ("sentence", "headline", "claim") and len(h.heading.split()) >= 7 for h in placed) >= 2:
        placed = _placed(lines, start, {**candidates, **{i: c for i, c in longs.items() if i not in candidates}})
    placed = sorted(placed + _over_repeated_parts(lines, start, placed), key=lambda h: h.index)
    others = placed[1:]
    if (
        placed
        and placed[0].index == _next_text_line(lines, start)
        and placed[0].shape == "sentence"
        and not is_title_case(placed[0].heading)
        and len(others) >= 3
        and sum(h.shape in ("title", "question") and is_title_case(h.heading) for h in others) >= 0.8 * len(others)
    ):
        # "Deep buzz for the busy reader" right under the title, over headings in Title Case
        # (four in five at least): the standfirst, written as a sentence, not the first heading.
        placed = others
    elif placed and placed[0].index == _next_text_line(lines, start) and placed[0].shape == "sentence" and _over_byline(lines, placed[0].index):
        # "Resort completes a sweeping overhaul after the wildfire" between the headline and
        # "By Ann Lee" or "Published Jun 05, 2026": the standfirst, no heading.
        placed = others
    elif (
        placed
        and placed[0].index == _next_text_line(lines, start)
        and _a_standfirst(placed[0])
        and all(len(h.heading.split()) <= 4 for h in others)
    ):
        # "Hefty punishments are being introduced immediately" right under the headline, over
        # the text and over short headings ("Face masks"): a clause that tells the news, the
        # standfirst, not the first heading; among headings as long it heads its part.
        placed = others
    placed = [
        h
        for h in placed
        if not _names_a_picture(lines, h)
        and not _caption_told_again(lines, h)
        and not _in_a_header_block(lines, start, h)
        and not _shows_someone(h.heading)
        and not _given_names_shown(h.heading)
        # "Modified on September 6, 2012 by Ann Lee": when the page was posted, no heading
        and not (h.shape != "known" and is_stamp_line(h.heading))
    ]
    # "Quayside Hall" under "Quayside Hall opening 2027 - Glass front at dusk." at the top of
    # the text: a picture's caption under its alt text, which opens with the name; no heading.
    placed = [
        h
        for h in placed
        if not (h.shape == "title" and _near_the_top(lines, start, h.index) and _opens_alt_text_above(lines, start, h))
    ]
    heads = {h.index for h in placed}
    placed = [h for h in placed if not _caption_over_heading(lines, h, heads)]
    # "Let the mischief ensue." right under "4. Thing 1 or Thing 2": a numbered item's first
    # line, a sentence, no heading of its own.
    numbered_at = {h.index for h in placed if NUMBERED.match(h.heading)}
    placed = [
        h
        for h in placed
        if not (
            h.heading.endswith((".", "!", "?"))
            and not NUMBERED.match(h.heading)
            and _previous_text_line(lines, h.index - 1) in numbered_at
        )
    ]
    placed = _without_named_works(lines, start, placed)
    placed = sorted(placed + _stopped_sentence_headings(lines, start, placed), key=lambda h: h.index)
    known = [h for h in placed if h.shape == "known"]
    if len(known) == 1 and known[0].rest is not None and len(placed) >= 3:
        # "What to watch for: the margins …" inside a part, among the text's own headings:
        # a paragraph's label, the one Forbes-style heading of a text that has none else.
        placed = [h for h in placed if h is not known[0]]
    boxes = _boxes_of_links(lines, start)
    roster = _roster(lines, start) if len(placed) >= 2 else None
    timed = _timed_posts(lines, start)
    return [
        h
        for h in placed
        if h.index not in fields
        and h.index not in timed
        and not _count_row(lines, h)
        and not _in_an_address(lines, h)
        and not any(first <= h.index <= last for first, last in boxes)
        and not _over_a_box(lines, h)
        and (roster is None or not roster[0] <= h.index <= roster[1])
        and not _under_related(lines, h)
        and not _in_a_video_box(lines, h)
        and not _over_residue_only(lines, h)
    ]


def _over_residue_only(lines: list[str], heading: HeadingLine) -> bool:
    """ "Storm prompts airlines to relax travel policies" over "Ann Lee and Tom Reyes contributed
    to this report." and nothing after: a link's headline over the story's credits heads
    nothing."""
    following = _next_text_line(lines, heading.index + 1)
    if following is None:
        return False
    while following is not None:
        if not (is_page_residue(lines[following]) or _CONTRIBUTED.match(lines[following].strip())):
            return False
        following = _next_text_line(lines, following + 1)
    return True


# Who helped report the story, however many: "Ann Lee, Tom Reyes and Jo Park contributed to this report."
_CONTRIBUTED = re.compile(r"(?:\S+ ){1,30}contributed (?:reporting|to this (?:report|story|article))", re.IGNORECASE)


# A fact of a recipe's card: a label, a figure and its unit ("Cook Time 20 mins", "Servings 8 People").
_CARD_FACT = re.compile(
    r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2} \d+(?:\.\d+)? ?(?:mins?|minutes?|hrs?|hours?|kcal|cal|calories|people|servings?|portions?|g|kg|ml)"
    r"(?: \d+ ?(?:mins?|minutes?))?",
    re.IGNORECASE,
)


# A video's label and running time: "VIDEO 3:49", "Watch 1:02".
_VIDEO_LABEL = re.compile(r"(?:VIDEO|Video|WATCH|Watch)\s+\d{1,2}:\d{2}")


def _in_a_video_box(lines: list[str], heading: HeadingLine) -> bool:
    """ "Consol Energy CFO on coal" or "Closing Bell" under "VIDEO 3:49": the video's title
    and its show, one or two lines under its label."""
    above = _previous_text_line(lines, heading.index - 1)
    for _ in range(2):
        if above is None:
            return False
        if _VIDEO_LABEL.fullmatch(lines[above].strip()):
            return True
        above = _previous_text_line(lines, above - 1)
    return False


_RELATED_LABEL = re.compile(
    r"(?:related|related (?:article|story|link|post|read)|also read|read also|(?:further|more|related|suggested|recommended) reading)s?:?", re.IGNORECASE
)


def _under_related(lines: list[str], heading: HeadingLine) -> bool:
    """ "Related" over "Stakeholders Invited To Join The Week": a page's link to another
    story; so is each short line amid the ones that follow it ("Further reading" over three
    headlines). A short line after them, over a paragraph, is the article's own heading."""
    above = _previous_text_line(lines, heading.index - 1)
    below = _next_text_line(lines, heading.index + 1)
    amid = below is not None and _link_like(lines[below])
    for _ in range(4 if amid else 1):
        if above is None:
            return False
        line = lines[above].strip()
        if len(line) < 30 and _RELATED_LABEL.fullmatch(line) is not None:
            return True
        if not _link_like(line):
            return False  # a paragraph of the article: the links ended before it
        above = _previous_text_line(lines, above - 1)
    return False


def _link_like(line: str) -> bool:
    """A short line with no sentence's end, as a link's headline is."""
    line = line.strip()
    return len(line.split()) <= 14 and not line.endswith((".", "!", "?", ":"))


# A person's role and where they work, as a team page lists it: "Head of Finance, Shabka".
_ROLE_AT = re.compile(r"^[A-Z][\w&'’./ -]{1,50}, (?P<body>[A-Z][\w&'’. -]{1,40})$")


def _roster(lines: list[str], start: int) -> tuple[int, int] | None:
    """The lines of a team page's roster: three lines or more "Role, Body" naming one body
    ("Co-Director, Shabka", "Journal Editor, Shabka"), with each person's name and quotation
    between them; the span from the name over the first role to the last role, or None."""
    roles: dict[str, list[int]] = {}
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if 2 <= len(text.split()) <= 8 and text[-1:].isalnum() and (match := _ROLE_AT.match(text)) and text.split()[0] not in name_words()[0]:
            # (not "Julie Strothman, Product Designer": a person heading what she wrote)
            roles.setdefault(match["body"], []).append(index)
    spans = [indexes for indexes in roles.values() if len(indexes) >= 3]
    if not spans:
        return None
    indexes = max(spans, key=len)
    first = _previous_text_line(lines, indexes[0] - 1)  # the first person's name
    return (first if first is not None and first >= start else indexes[0]), indexes[-1]


def _over_a_box(lines: list[str], heading: HeadingLine) -> bool:
    """ "About the Author" right over "Most Popular": an empty box's label heads nothing."""
    following = _next_text_line(lines, heading.index + 1)
    return following is not None and LINK_BOX.fullmatch(lines[following].strip().rstrip(":")) is not None


# A box's label over links to other stories: "Read More", "READ MORE:".
# ("See also" heads a reference work's links: a heading of its own.)
_READ_MORE = re.compile(r"read (?:more|also)(?: stories)?:?", re.IGNORECASE)


def _boxes_of_links(lines: list[str], start: int) -> list[tuple[int, int]]:
    """Every box of links in the text (`_box_of_links`), in order; the last may run to the end."""
    boxes: list[tuple[int, int]] = []
    while (box := _box_of_links(lines, start)) is not None:
        boxes.append(box)
        if box[1] >= len(lines) - 1:
            break
        start = box[1] + 1
    return boxes


def _box_of_links(lines: list[str], start: int) -> tuple[int, int] | None:
    """The lines of a box of links to other stories after the article's first paragraph: its
    label, with a short line (a headline, a picture's caption) under it, to the end of the
    text, or to its last short line where the article's paragraphs go on after it (two or
    more: "RELATED COVERAGE" set inside a wire story). Its headlines and section labels head
    nothing of the article. An empty box ("Trending Now" over the article's next paragraph,
    past the box's own words) opens none."""
    seen_text = False
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        if seen_text and (LINK_BOX.fullmatch(line.rstrip(":")) or _READ_MORE.fullmatch(line)):
            following = _next_text_line(lines, index + 1)
            while following is not None and is_page_residue(lines[following]):
                following = _next_text_line(lines, following + 1)  # "Read more from Politics": the box's own words
            if following is not None and len(lines[following].split()) <= 14:
                return index, _box_end(lines, following)
        seen_text = seen_text or _is_body(line)
    return None


def _box_end(lines: list[str], first: int) -> int:
    """The last line of a box of links whose first link is at `first`: the line before the
    article's paragraphs go on (two or more after its links), else the text's last."""
    last = first
    index = _next_text_line(lines, first + 1)
    while index is not None and len(lines[index].split()) <= 20 and not lines[index].rstrip().endswith((".", "!", "?", "\"", "”", ":")):
        last = index
        index = _next_text_line(lines, index + 1)
    if index is None:
        return len(lines)
    after = _next_text_line(lines, index + 1)
    return last if after is not None and _prose(lines[index]) and _prose(lines[after]) else len(lines)


def _prose(line: str) -> bool:
    """A paragraph of running text: twelve words or more, no list's mark, a sentence's end."""
    text = line.strip()
    return len(text.split()) >= 12 and not LIST_MARKER.match(text) and text.endswith((".", "!", "?", "\"", "”", "’"))


# The verbs a clause tells news with: "are being introduced", "has been", "will rise".
_TELLING_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|been|being)\b")


def _over_byline(lines: list[str], index: int) -> bool:
    """Is the line right over the article's byline or its published stamp ("By Ann Lee",
    "Author of the article:", "Published Jun 05, 2026 • 3 minute read")?"""
    under = _next_text_line(lines, index + 1)
    if under is None:
        return False
    text = lines[under].strip()
    return (
        BYLINE.match(text) is not None
        or text.lower() in ("author of the article:", "author:", "written by:")
        or is_stamp_line(text)
        or _name_over_when(lines, under)
        or _stamped_name(text) is not None
    )


def _a_standfirst(heading: HeadingLine) -> bool:
    """A sentence-case clause of five words or more, its verb an auxiliary, that asks
    nothing and opens with no question word ("What the council has decided" heads a part)."""
    words = heading.heading.split()
    return (
        heading.shape == "sentence"
        and len(words) >= 5
        and words[0].lower() not in _QUESTION_OPENERS
        and not is_title_case(heading.heading)
        and _TELLING_VERB.search(heading.heading) is not None
    )


def _caption_over_heading(lines: list[str], heading: HeadingLine, heads: set[int]) -> bool:
    """ "The last meeting of the two sides in March" between a paragraph and the next heading,
    nothing under it: an embedded video's caption, no heading (a heading heads some text). A
    phrase of eight words or more in sentence case, with no stop."""
    if heading.shape != "sentence" or heading.rest is not None or len(heading.heading.split()) < 8:
        return False
    if is_title_case(heading.heading) or heading.heading.endswith(("?", "!", ".")):
        return False
    below = _next_text_line(lines, heading.index + 1)
    above = _previous_text_line(lines, heading.index - 1)
    return (
        below is not None
        and below in heads
        # A part's heading over its first sub-heading, a short label ("What", "Agency modernization").
        and len(lines[below].split()) >= 4
        and above is not None
        and above not in heads
        and _is_body(lines[above])
        and _ends_paragraph(lines[above])
        and not LIST_MARKER.match(lines[above].strip())  # a part's heading over its first sub-heading closes a list
    )


_COUNT_OPENING = re.compile(r"^\d[\d,.]*\s+\S")


# A postcode closing an address's line: "London SW1A 2HB", "SW1P 4QP", "Albany, NY 12207".
_POSTCODE_LINE = re.compile(r"(?:\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\b[A-Z]{2} \d{5}(?:-\d{4})?)\s*$")
# What heads an address rather than belongs to it: "Contact us", "Write to:".
_ADDRESS_LABEL = re.compile(r"\b(?:contact|address|write|post|where)\b|:$", re.IGNORECASE)


def _in_an_address(lines: list[str], heading: HeadingLine) -> bool:
    """Is the line one of an address's, set line under line down to its postcode ("Main
    Building" over "Whitehall" over "London SW1A 2HB")? A label over it heads it."""
    if heading.shape == "known" or _ADDRESS_LABEL.search(heading.heading) or len(heading.heading.split()) > 8:
        return False
    index = heading.index
    for _ in range(3):
        index += 1
        if index >= len(lines) or not lines[index].strip() or len(lines[index].split()) > 8:
            return False
        if _POSTCODE_LINE.search(lines[index].strip()):
            return True
    return False


def _count_row(lines: list[str], heading: HeadingLine) -> bool:
    """ "242 new cases for a total of 1,693" over "11 have died in the past day": a count
    opening a line, one of such rows in a row (an update's figures), never a headline."""
    if heading.shape != "sentence" or not re.match(r"\d[\d,]*\s+[a-z]", heading.heading):
        return False
    near = (_previous_text_line(lines, heading.index - 1), _next_text_line(lines, heading.index + 1))
    return any(index is not None and _COUNT_OPENING.match(lines[index].strip()) for index in near)


def _in_a_header_block(lines: list[str], start: int, heading: HeadingLine) -> bool:
    """ "Eau Gallie, Fla." over "General Delivery" over "July 9, 1951.", or a date over "South
    Court Auditorium" over the building's name: a line of the place and date block over a
    letter or a speech, short lines above the text's first paragraph; no heading."""
    if heading.rest is not None or heading.shape not in ("title", "sentence") or len(heading.heading.split()) > 6:
        return False
    above = _previous_text_line(lines, heading.index - 1)
    below = _next_text_line(lines, heading.index + 1)
    if above is None or below is None or above < start:
        return False
    if any(len(lines[i].split()) >= 12 for i in range(start, heading.index)):
        return False  # the text has begun
    near = (lines[above].strip(), lines[below].strip())
    if any(len(line.split()) > 8 for line in near):
        return False
    return any(is_date_line(line) or _DATE.search(line) for line in near)


def _names_a_picture(lines: list[str], heading: HeadingLine) -> bool:
    """ "Fuel pumps" over "Drivers queue for petrol" over "|" and "PA": a picture's name, its
    caption (one line, no sentence's stop) and its credit, as a page sets them; no heading."""
    if heading.rest is not None or heading.shape not in ("title", "sentence", "caps"):
        return False
    caption = _next_text_line(lines, heading.index + 1)
    if caption is None or caption - heading.index > 2:
        return False
    text = lines[caption].strip()
    if not 3 <= len(text.split()) <= 30 or text.endswith((".", "!", "?", "”", '"', ":")):
        return False
    credit = _next_text_line(lines, caption + 1)
    if credit is None or credit - caption > 2:
        return False
    mark = lines[credit].strip()
    return mark in ("|", "/", "·", "•") or (len(mark.split()) <= 4 and is_credit_line(mark))


def _caption_told_again(lines: list[str], heading: HeadingLine) -> bool:
    """ "Officials breaking ground" over "Officials break ground Sept. 23 for …": a picture's
    caption (who, then what they are doing) told again as the next paragraph opens, the
    same doer with the same verb made finite; no heading."""
    if heading.rest is not None or heading.shape not in ("title", "sentence"):
        return False
    words = re.findall(r"[\w'’-]+", heading.heading)
    if not 2 <= len(words) <= 10 or heading.heading.rstrip().endswith((".", "!", "?", ":")):
        return False
    following = _next_text_line(lines, heading.index + 1)
    if following is None:
        return False
    told = [w.lower() for w in re.findall(r"[\w'’-]+", lines[following])[:25]]
    if len(told) < 12 or words[0].lower() not in told[:4]:
        return False
    doing = next((i for i, word in enumerate(words) if len(word) > 5 and word.endswith("ing")), 0)
    if doing == 0 or not all(word[:1].isupper() for word in words[:doing]):
        return False  # the doer first, named: "Officials", "President Lee"
    stem = words[doing][:-3].lower()
    stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
    return any(w.startswith(stem) and not w.endswith("ing") for w in told)


def _over_repeated_parts(lines: list[str], start: int, placed: list[HeadingLine]) -> list[HeadingLine]:
    """ "FedRAMP dashboard" over "About the project", "Why it matters" …, and each other
    project's name over the same headings again: where the same headings come three times or
    more, the line standing in the same place above each round, alone (or over a line naming
    its author), heads the round.
    """
    from .headings import normalise_heading

    heads = {h.index for h in placed}
    rounds: dict[str, list[int]] = {}
    for heading in placed:
        rounds.setdefault(normalise_heading(heading.heading), []).append(heading.index)
    repeated = [indexes for indexes in rounds.values() if len(indexes) >= 3]
    if not repeated or any(len(indexes) != len(repeated[0]) for indexes in repeated):
        return []
    opening = min(repeated, key=lambda indexes: indexes[0])  # the heading each round opens with
    if any(i not in heads for indexes in repeated for i in indexes):
        return []

    def stands_alone(index: int) -> bool:
        text = lines[index].strip()
        above = _previous_text_line(lines, index - 1)
        return (
            index not in heads
            and 1 <= len(text.split()) <= 12
            and text[:1].isupper()
            and not text.endswith((".", ",", ";", ":", "!"))
            and not LIST_MARKER.match(text)
            and not TABLE_ROW.search(text)
            and (above is None or above < start or above + 1 < index or _ends_paragraph(lines[above]))
        )

    def byline(index: int) -> bool:
        text = lines[index].strip()
        return 2 <= len(text.split()) <= 8 and bool(re.search(r",\s|\s[–—-]\s", text)) and not _ends_paragraph(text)

    for skip in (True, False):  # the name above the line naming each round's author, or right above the round
        parents = []
        for index in opening:
            above = _previous_text_line(lines, index - 1)
            if above is not None and skip and byline(above):
                above = _previous_text_line(lines, above - 1)
            elif skip:
                above = None
            if above is None or above < start or not stands_alone(above):
                break
            parents.append(above)
        else:
            return [HeadingLine(index, lines[index].strip(), "sequence") for index in parents]
    return []


def _opens_wrapped_paragraph(lines: list[str], index: int) -> bool:
    """In text of hard-wrapped paragraphs between blank lines, is the line at `index` the first
    line of one ("Officials said on Tuesday that the plan would be reviewed again" over "before
    the end of the year, …"): as wide as the line right under it, a wrap's width, ending no
    sentence? A heading right over its paragraph is shorter than the paragraph's lines."""
    if index + 1 >= len(lines) or not lines[index + 1].strip():
        return False
    line, under = lines[index].strip(), lines[index + 1].strip()
    return (
        40 <= len(line) <= _WRAP_WIDTH
        and 40 <= len(under) <= _WRAP_WIDTH
        and len(line) >= 0.75 * len(under)
        and not _ends_paragraph(line)
    )


def _talk(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> bool:
    """Is the text talk taken down: most of its lines, headings aside, short turns of under
    eight words ("Oh yeah.", "Who's in?")?"""
    texts = [line for index, line in enumerate(lines[start : start + 5000], start) if line.strip() and index not in candidates]
    return bool(texts) and sum(len(line.split(maxsplit=8)) < 8 for line in texts) > len(texts) / 2


def _written(lines: list[str], start: int) -> bool:
    """Is the text written rather than talk taken down: few lines of under eight words
    (a third at most), where talk is mostly short turns ("Yeah.", "Where's the test?")?"""
    # The first thousands of lines tell as well as all of a long text.
    texts = [line for line in lines[start : start + 5000] if line.strip()]
    return bool(texts) and sum(len(line.split(maxsplit=8)) < 8 for line in texts) <= len(texts) / 3


def _long_questions(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """An interview's longer questions: "Now that the site is live, what are the challenges of
    running it and what should a new team know first?".

    In a written interview (three or more questions standing alone, few short lines), a
    question of one sentence, with no quotation, standing alone over a long answer (twenty
    words or more, no question itself) asks it. In talk, answers are short turns.
    """
    found = []
    asking = [index for index, line in enumerate(lines[start:], start) if line.rstrip().endswith("?")]
    for index in asking:
        text = lines[index].strip()
        if index in candidates or not text[:1].isupper():
            continue
        words = text.split()
        if not 6 <= len(words) <= 45 or re.search(r"[\"“”:;]", text) or LIST_MARKER.match(text):
            continue
        if len(re.findall(r"[.!?…](?:\s|$)", text)) > 1:
            continue  # "Is it popular? How often …?": two sentences may be an answer's, or a reader's
        following = _next_text_line(lines, index + 1)
        if following is None or len(lines[following].split()) < 20 or _asks(lines[following]):
            continue
        previous = _previous_text_line(lines, index - 1)
        if previous is not None and previous >= start and previous + 1 == index and not _ends_paragraph(lines[previous]):
            continue
        found.append(HeadingLine(index, text, "sequence"))
    return found


_FIRST_PERSON_WORD = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|[Uu]s)\b")
_YOU = re.compile(r"\b(?:you|your|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)


def _asked_in_turns(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """A written interview's questions, each a paragraph of its own, a sentence of context or
    two before the question ("The final went to extra time. What do you remember?"), over an
    answer in the first person ("I remember …"). Three questions or more, from the first one on
    every paragraph asks or answers, an answer running to four paragraphs at most (after the
    last question, any), and one question at least asks "you": an essay's questions to itself
    are answered in its own voice, not one answer each, in turn."""
    paragraphs = [i for i in range(start, len(lines)) if lines[i].strip()]
    if len(paragraphs) < 6 or any(b == a + 1 for a, b in zip(paragraphs, paragraphs[1:])):
        return []  # a paragraph a line, with blank lines between
    asking = [i for i in paragraphs if lines[i].rstrip().endswith("?")]
    if asking and asking[0] == paragraphs[0] and len(re.findall(r"[.!?…](?:\s|$)", lines[asking[0]].strip())) >= 2:
        # "Axios has stepped onto the scene with a smart site. Sound familiar?" right under the
        # headline: the standfirst's teasing question, no question of the interview.
        asking = asking[1:]
    if len(asking) < 3:
        return []
    found: list[int] = []
    gap = 0
    asked = set(asking)
    for i in paragraphs[paragraphs.index(asking[0]) :]:
        text = lines[i].strip()
        if i in asked:
            words = text.split()
            if (
                found and gap == 0
                or not 4 <= len(words) <= 45
                or not text[:1].isupper()
                or re.search(r"[\"“”]", text)
                or LIST_MARKER.match(text)
                or len(re.findall(r"[.!?…](?:\s|$)", text)) > 3
            ):
                return []
            found.append(i)
            gap = 0
            continue
        if gap == 0 and (len(text.split()) < 8 or not _FIRST_PERSON_WORD.search(text)):
            return []  # an answer says something, in the first person
        gap += 1
        if gap > 4 and i < asking[-1]:
            return []
    if gap == 0 or not any(_YOU.search(lines[i]) for i in found):
        return []
    return [HeadingLine(i, lines[i].strip(), "sequence") for i in found if i not in candidates]


# "Lauren Frohlich: A lot has happened.": a speaker's name of a word to four before a colon.
_SPEAKER = re.compile(r"^(?P<name>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}):\s+\S")


def _speaker(line: str) -> str | None:
    match = _SPEAKER.match(line.strip())
    return match["name"] if match else None


# The longest question with its speaker's name that heads an answer, in words.
_LONGEST_TURN = 25


def _transcript_questions(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """The interviewer's questions of a transcript whose answers open with the speaker's name.

    "It sounds like you have trade-offs. How has the team balanced that?" over "Lauren
    Frohlich: We've been …": a question, of a sentence or a few, standing alone over a
    named speaker's answer heads it, when two or more such questions and three or more
    named turns by speakers who speak more than once make the text a transcript.
    """
    turns: Counter[str] = Counter()
    asked: list[int] = []
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if not text:
            continue
        name = _speaker(text)
        if name:
            turns[name] += 1
        if index in candidates or not _asks(text) or len(text.split()) > (_LONGEST_TURN if name else 60) or LIST_MARKER.match(text):
            continue
        following = _next_text_line(lines, index + 1)
        answer = _speaker(lines[following]) if following is not None else None
        # An answer says something: "Prediction: 1-1" under a question is a field's value.
        said = len(lines[following].partition(":")[2].split()) >= 3 if answer else False
        if answer and answer != name and said and not _asks(lines[following]):
            asked.append(index)
    answers = {_speaker(lines[_next_text_line(lines, i + 1)]) for i in asked}
    if len(asked) < 2 or sum(n for name, n in turns.items() if name in answers and n >= 2) < 3:
        return []
    # The interviewer's turn that asks and then prompts ("TTS: What was hard? Tell me about
    # how that happened.") heads its answer too; a turn that asks nothing is a comment.
    askers = {name for name, n in Counter(_speaker(lines[i]) for i in asked).items() if name and n >= 2}
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if index in candidates or index in asked or _speaker(text) not in askers or len(text.split()) > _LONGEST_TURN:
            continue  # "Fat Head: It's clear to me after reading your book … ?": a paragraph of the talk, no heading
        if "?" not in text:
            continue
        following = _next_text_line(lines, index + 1)
        answer = _speaker(lines[following]) if following is not None else None
        if answer and answer not in askers:
            asked.append(index)
    # The answers of an interview are paragraphs: half of them run to twelve words or more.
    # Answers of a few words ("PP: No.", "MW: I think we might do OK.") are a talk taken
    # down, its questions turns of the talk, not headings.
    said = sorted(len(lines[_next_text_line(lines, i + 1)].partition(":")[2].split()) for i in asked)
    if said[len(said) // 2] < 12:
        return []
    return [HeadingLine(index, lines[index].strip(), "sequence") for index in sorted(asked)]


# "Lesson 2: Test the idea early.", "Assumption: People want permits online.": a label of a
# word or two (with a number, or the same label again and again) before a colon, then a
# sentence; standing alone over paragraphs, such lines are a sequence of headings.
_SEQUENCE_LABEL = re.compile(
    r"^(?P<label>[A-Z][\w’'\-]*(?:\s+(?:\d{1,3}|[A-Za-z][\w’'\-]*)){0,2}?)(?:\s+\([A-Z]{1,3}\))?\s*:\s+(?P<rest>[A-Za-z0-9].*)$"
)
# A mark out of ten, or of five stars: "7/10", "6.5", "4/5".
_SCORE = re.compile(r"\d{1,2}(?:\.\d)?(?:\s*/\s*\d{1,3})?")
_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()


def _sequence_label(line: str) -> str | None:
    """The label opening a line that may be one of a sequence of labelled headings."""
    from .headings import _RESIDUE_LABEL, CAPTION

    text = line.strip()
    match = _SEQUENCE_LABEL.match(text)
    if not match or len(text.split()) > 30 or len(re.findall(r"[.!?](?:\s|$)", match["rest"])) > 2:
        return None
    label = match["label"]
    if _RESIDUE_LABEL.match(label) or CAPTION.match(text) or known_heading(label):
        return None
    if len(re.findall(r"[,;] ", match["rest"])) >= 4:
        return None  # "Subs: Ann, Bea, Cy, Dee, Eve.": a team sheet's list of names, no heading
    if _SCORE.fullmatch(match["rest"].strip()):
        return "# score"  # "Ann Lee: 7/10", "Jan Kos: 6.5": a name and its mark, one of many
    words = label.split()
    last = words[-1].lower()
    numbered = len(words) >= 2 and (last.isdigit() or last in _NUMBER_WORDS)
    if not numbered and _named_part(label, match["rest"]):
        return "# part"  # "Bread: cloud hosting", "Sides: other services": parts, each named
    if not numbered and len(words) > 1:
        return None  # "Open data: …" opens a paragraph; a repeated label is a word
    return " ".join(words[:-1]).lower() + " #" if numbered else label.lower()


def _named_part(label: str, rest: str) -> bool:
    """ "Bread: cloud-based application hosting", "Liverpool: Mohamed Salah": a name of a word
    to three, a colon, a phrase of a few words that ends no sentence. Three or more with
    different names, each standing alone over its paragraphs, head the parts of a text."""
    rest = rest.strip()
    return (
        len(label.split()) <= 3
        and 1 <= len(rest.split()) <= 10
        and not rest.endswith((".", "!", "?", ":", ",", ";", "…"))
        and not re.search(r"[.!?]\s", rest)
        and not re.search(r"\d", label + rest)  # "Kick-off: 7.45pm" is a field's value
    )


def _labelled_sequence(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """Lines of one labelled sequence ("Lesson 1: …", "Lesson 2: …"), each standing alone over
    running text whose paragraphs open with no label: two or more make headings.

    Of two labelled lines in a row the first heads what follows them; three or more in a row
    are a list or turns of talk.
    """
    found: dict[str, list[int]] = {}
    talk: set[str] = set()  # labels that also open long paragraphs: a speaker's name
    index = start
    while index < len(lines):
        if not lines[index].strip() or (index in candidates and _sequence_label(lines[index]) != "# part"):
            index += 1
            continue
        label = _sequence_label(lines[index]) if not is_never_heading(lines[index]) else None
        if label is None:
            opening = _SEQUENCE_LABEL.match(lines[index].strip())
            if opening:
                talk.add(opening["label"].lower())
            index += 1
            continue
        run = [index]
        while (after := _next_text_line(lines, run[-1] + 1)) is not None and _SEQUENCE_LABEL.match(lines[after].strip()):
            run.append(after)
        following = _next_text_line(lines, run[-1] + 1)
        previous = _previous_text_line(lines, index - 1)
        placed = (
            len(run) <= 2
            and following is not None
            and _is_body(lines[_past_credits(lines, following)])
            and not LIST_MARKER.match(lines[following].strip())
        )
        if placed and previous is not None and previous >= start and previous + 1 == index:
            above = lines[previous].rstrip()
            # Right under a line ending a paragraph, or under a heading ("What we learned" over
            # "Lesson 1: …"): the first of the sequence.
            placed = ends_like_sentence(above) or above.endswith(_ENDS_PARAGRAPH) or previous in candidates
        if placed:
            found.setdefault(label, []).append(index)
        index = run[-1] + 1
    parts = [index for index in found.get("# part", []) if _SEQUENCE_LABEL.match(lines[index].strip())["label"].lower() not in talk]
    labels = {_SEQUENCE_LABEL.match(lines[index].strip())["label"].lower() for index in parts}
    return [
        HeadingLine(index, lines[index].strip(), "sequence")
        for label, indexes in found.items()
        if len(indexes) >= 2 and label not in talk and label != "# part"
        for index in indexes
    ] + ([HeadingLine(index, lines[index].strip(), "sequence") for index in parts] if _parts_named(labels, parts) else [])


def _parts_named(labels: set[str], parts: list[int]) -> bool:
    """Three named parts or more, each its own name; or two named by places ("Texas: …",
    "Arkansas: …"), a round-up place by place."""
    if len(labels) != len(parts):
        return False
    return len(labels) >= 3 or (len(labels) == 2 and all(label in _place_names() for label in labels))


def _label_pairs(lines: list[str], start: int) -> list[HeadingLine]:
    """ "Assumption: …" over "Finding: …", three times or more: a short labelled statement
    over the paragraph that answers it under a label of its own. The first of each pair heads
    a part; the second is its text.

    Every line opening with either label is one of such a pair, and neither label is a person's
    name (a dialogue's turns alternate too). A question over its answer is left to the
    interview's rules.
    """
    openings: Counter[str] = Counter()
    pairs: dict[tuple[str, str], list[int]] = {}
    for index in range(start, len(lines)):
        match = _SEQUENCE_LABEL.match(lines[index].strip())
        if match:
            openings[match["label"]] += 1
    if len(openings) < 2:
        return []
    first_names = name_words()[0]
    for index in range(start, len(lines)):
        text = lines[index].strip()
        match = _SEQUENCE_LABEL.match(text)
        if not match or text.endswith("?") or _sequence_label(text) is None:
            continue
        following = _next_text_line(lines, index + 1)
        answer = _SEQUENCE_LABEL.match(lines[following].strip()) if following is not None else None
        if answer is None or not _is_body(lines[following]) or len(lines[following].split()) < 12:
            continue
        pair = (match["label"], answer["label"])
        if pair[0] == pair[1] or not all(
            label.isalpha() and len(label) >= 3 and label[1:].islower() and label not in first_names for label in pair
        ):
            continue
        previous = _previous_text_line(lines, index - 1)
        if previous is not None and previous >= start and previous + 1 == index and not _ends_paragraph(lines[previous]):
            continue
        pairs.setdefault(pair, []).append(index)
    return [
        HeadingLine(index, lines[index].strip(), "sequence")
        for (first, second), indexes in pairs.items()
        if len(indexes) >= 3 and openings[first] == len(indexes) == openings[second]
        for index in indexes
    ]


# "Julie Strothman, Product Designer", "Ann Lee and Jan Kos - Acquisitions": people and their role.
_NAME = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-.]+){1,3}"
_PEOPLE_LINE = re.compile(
    rf"^{_NAME}(?:\s+(?:and|&)\s+{_NAME})?(?:,\s+|\s+[-–—]\s+)[A-Z][\w’'&/\-]*(?:\s+(?:of|and|&|[A-Z][\w’'&/\-]*)){{0,4}}$"
)


def _people_sequence(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """People named with their role, each standing alone over what they say or do ("Julie
    Strothman, Product Designer" over her answer): two or more head the parts of a team's post.
    One alone is a caption or a signature."""
    found = []
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if not text or (index in candidates and candidates[index].shape not in ("title", "sentence")) or not _PEOPLE_LINE.match(text):
            continue
        following = _next_text_line(lines, index + 1)
        if following is None or not (_is_body(lines[following]) or _PEOPLE_LINE.match(lines[following].strip())):
            continue
        previous = _previous_text_line(lines, index - 1)
        if previous is not None and previous >= start and previous + 1 == index and not _ends_paragraph(lines[previous]):
            continue
        found.append(index)
    return [HeadingLine(index, lines[index].strip(), "sequence") for index in found] if len(found) >= 2 else []


# A live blog's time of a post standing alone: "04:54 PM", "14.05 BST", "10:32am", "2 hours ago".
_POST_TIME = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\(?[A-Z]{2,4}\)?)?|\d{1,2}\s*[ap]\.?m\.?|"
    r"(?:updated\s+)?\d{1,2}\s*(?:mins?|minutes?|h|hrs?|hours?)\s+ago)$",
    re.IGNORECASE,
)


# (How long ago may open it: "21 mins ago 11:48 Nora Vance".)
_NAMED_POST_TIME = re.compile(
    r"(?:\d{1,2} (?:mins?|minutes?|hrs?|hours?|days?) ago\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
)


def _posts_under_times(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """The headline of a live blog's post, standing alone under the post's time ("04:54 PM")
    and over its text: a short line that is no sentence ("That's it for another day...").
    The time itself heads nothing."""
    found = []
    bare = []  # posts of a headline alone, or of a line under it: the next time follows
    times = [index for index, line in enumerate(lines[start:], start) if line.strip()[:1].isdigit() and _POST_TIME.match(line.strip())]
    # "21:22 Ann Lee", "18:28 KEY EVENT": the time and the post's author (or its label) on one
    # line, three or more: the line under each is the post's headline.
    named = [index for index, line in enumerate(lines[start:], start) if line.strip()[:1].isdigit() and _NAMED_POST_TIME.fullmatch(line.strip())]
    named_times = frozenset(named) if len(named) >= 3 else frozenset()
    times = sorted({*times, *named_times})

    def a_time(index: int | None) -> bool:
        return index is None or index in named_times or (lines[index].strip()[:1].isdigit() and _POST_TIME.match(lines[index].strip()) is not None)

    authors = _post_authors(lines, times)
    for index in times:
        candidates.pop(index, None)  # "14.05 BST" is a post's time, never a numbered heading
        post = _next_text_line(lines, index + 1)
        signed = index in named_times or (post is not None and lines[post].strip() in authors)
        if signed and index not in named_times:
            # "21:01", "Ann Lee", then the headline: the post's author heads nothing, and the
            # line under the name is the post's headline however long it runs.
            candidates.pop(post, None)
            post = _next_text_line(lines, post + 1)
        if post is None or (post in candidates and candidates[post].shape not in ("title", "sentence", "headline", "clauses", "exclaim")):
            continue
        text = lines[post].strip()
        if not 1 <= len(text.split()) <= (20 if signed else 14) or not text[:1].isupper() or LIST_MARKER.match(text) or _POST_TIME.match(text):
            continue
        if _TALK_OPENING.match(text):
            continue  # "And, we're off!": the post's first words, no headline
        if ends_like_sentence(text.rstrip(".…")) or (text.endswith(".") and not text.endswith("...")) or (not signed and re.search(r"[\"“”]", text)):
            continue
        following = _next_text_line(lines, post + 1)
        if following is not None and _is_body(lines[following]) and not _POST_TIME.match(lines[following].strip()):
            found.append(HeadingLine(post, text, "sequence"))
        elif (post in candidates or signed) and (a_time(following) or a_time(_next_text_line(lines, following + 1))):
            # "Leaders meet at the summit" under its time and over the next time, or over one
            # short line ("Here is the moment they met") and the next time: a post of its
            # headline, as a live blog's quick posts are; the short line is its text.
            bare.append(HeadingLine(post, text, "sequence"))
            if following is not None and not a_time(following):
                candidates.pop(following, None)
    if len(found) + len(bare) >= 3 and len(bare) >= 1:
        found = sorted(found + bare, key=lambda heading: heading.index)
    return found


def _post_authors(lines: list[str], times: list[int]) -> frozenset[str]:
    """The names of a live blog's writers, each on the line right under two posts' times or
    more: two to four capitalised words, no sentence."""
    seen: dict[str, int] = {}
    for index in times:
        after = _next_text_line(lines, index + 1)
        if after is None:
            continue
        text = lines[after].strip()
        words = text.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not text.endswith((".", "!", "?", ":")):
            seen[text] = seen.get(text, 0) + 1
    return frozenset(name for name, count in seen.items() if count >= 2)


# A live blog's stamp on a post with no headline: "UPDATE 10:35 p.m.", "11:35 AM, November 7".
# "1:15pm NZDT (7:15pm EST)", "Saturday, 3.57am – Vic", "14:05 GMT+1": with its zone, the time elsewhere,
# the day, the place the post comes from.
_STAMP = re.compile(
    r"^(?:updated?:?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:\s+\([^()]{1,30}\))?"
    rf"(?:,?\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?"
    r"(?:\s+[–—-]\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?$",
    re.IGNORECASE,
)


def _stamps(lines: list[str], start: int) -> list[int]:
    """A live blog's stamps standing alone ("14:05 GMT", "UPDATE 10:35 p.m."): each is its
    post's time, and heads nothing (real pages put it in no heading; the post's text runs on
    under it)."""
    return [index for index in range(start, len(lines)) if (text := lines[index].strip()) and len(text) <= 40 and _STAMP.match(text)]


# One word standing for a name: a project's, a firm's ("keycloak", "3mux", "Havenly").
_ONE_NAME = re.compile(r"[A-Za-z0-9][\w.+-]{1,29}")


def _named_entries(lines: list[str], start: int) -> list[HeadingLine]:
    """A roundup's entries, each one name alone over a paragraph that opens with that name
    ("keycloak" over "Keycloak is an Open Source …"): two or more, each heads its entry,
    written in lower case too."""
    entries = []
    for index in range(start, len(lines)):
        name = lines[index].strip()
        if not _ONE_NAME.fullmatch(name) or name.isdigit() or name[-1] == ".":
            continue
        below = _next_text_line(lines, index + 1)
        if below is None:
            continue
        text = lines[below].strip()
        if text[: len(name) + 1].lower() == name.lower() + " " and len(text.split()) >= 8 and _is_body(text):
            entries.append(HeadingLine(index, name, "sequence"))
    return entries if len(entries) >= 2 else []


# A race's distance standing alone in its live report: "40km", "5 km", "10 miles to go".
_RACE_MARK = re.compile(r"\d{1,3}(?:\.\d)?\s?(?:km|k|mi|miles?|laps?)(?:\s(?:to go|left|remaining))?", re.IGNORECASE)


def _race_marks(lines: list[str], start: int) -> list[HeadingLine]:
    """A live race report's marks, each a distance alone over what happened there: three or
    more, each heads its part."""
    marks = []
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if text[:1].isdigit() and _RACE_MARK.fullmatch(text):
            below = _next_text_line(lines, index + 1)
            if below is not None and _is_body(lines[below]):
                marks.append(HeadingLine(index, text, "sequence"))
    return marks if len(marks) >= 3 else []


# A slideshow's counter standing alone: "2/5", "Slide 3 of 12".
_SLIDE_COUNTER = re.compile(r"(?:(?:slide|photo|image)\s+)?(?P<number>\d{1,2})\s*(?:/|of)\s*(?P<total>\d{1,2})", re.IGNORECASE)


def _counted_slides(lines: list[str], start: int) -> list[HeadingLine]:
    """A slideshow's titles: the short line under each counter ("1/5" … "5/5"), three
    counters or more counting up to one total; the counter itself heads nothing."""
    counters: list[tuple[int, int, int]] = []
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if text and text[0] in "0123456789SsPpIi" and len(text) <= 14 and (match := _SLIDE_COUNTER.fullmatch(text)):
            counters.append((index, int(match["number"]), int(match["total"])))
    if len(counters) < 3 or len({total for _, _, total in counters}) != 1:
        return []
    if [number for _, number, _ in counters] != list(range(counters[0][1], counters[0][1] + len(counters))):
        return []
    found = []
    for index, _, _ in counters:
        title = _next_text_line(lines, index + 1)
        if title is None:
            continue
        text = lines[title].strip()
        if 1 <= len(text.split()) <= 12 and not text.endswith((".", ",", ";", ":")) and text.lstrip("\u200b\ufeff")[:1].isupper():
            found.append(HeadingLine(title, text, "sequence"))
    return found if len(found) >= 3 else []


# A day of a schedule: "Saturday, May 30", "Sunday 31 May".
_DAY = re.compile(
    rf"^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?::|,?\s+(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}):?)?$",
    re.IGNORECASE,
)


def _schedule_days(lines: list[str], start: int) -> list[HeadingLine]:
    """Days standing alone, two or more in order down the text, each over what happens
    that day: a schedule's or a diary's headings (one date alone is the page's)."""
    found = []
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if not text or len(text) > 30 or not _DAY.match(text):
            continue
        following = _next_text_line(lines, index + 1)
        if following is not None and not _DAY.match(lines[following].strip()):
            found.append(HeadingLine(index, text, "sequence"))
    # A weekday alone ("Friday:") heads a weekend's list only beside other days.
    return found if len({h.heading.rstrip(":").lower() for h in found}) >= 2 else []


# A story's headline in a round-up, marked with a bullet: "• Fugitive arrested at a diner".
_BULLETED = re.compile(r"^[•▪■►]\s+(?P<rest>[A-Z0-9\"“‘'].*)$")


def _bulleted_headlines(lines: list[str], start: int) -> list[HeadingLine]:
    """Bulleted headlines, two or more, each alone over a story's paragraphs (not one item
    of a list): a round-up's stories, their headlines as written."""
    found = []
    for index in range(start, len(lines)):
        text = lines[index].strip()
        match = _BULLETED.match(text) if text[:1] in "•▪■►" else None
        if match is None:
            continue
        rest = match["rest"]
        if not 3 <= len(rest.split()) <= 16 or rest.endswith((".", ":", ";", ",")) or re.search(r"[.!?]\s", rest):
            continue
        if is_credit_line(rest):
            continue  # "• Credit: The Guardian Labs": a picture's credit set off with a bullet
        following = _next_text_line(lines, index + 1)
        previous = _previous_text_line(lines, index - 1)
        if following is None or LIST_MARKER.match(lines[following].strip()) or len(lines[following].split()) < 9:
            continue
        if previous is not None and previous >= start and LIST_MARKER.match(lines[previous].strip()):
            continue  # under another item: a list
        found.append(HeadingLine(index, text, "sequence"))
    return found if len(found) >= 2 else []


# A match between two sides standing alone over its preview: "Everton v Liverpool",
# "Brighton vs Leicester (Saturday, 3pm)".
_FIXTURE = re.compile(
    # A competition's letters may open it: "UCL: Eintracht Frankfurt v SSC Napoli (0-2)".
    r"^(?:[A-Z]{2,5}:\s)?"
    r"(?P<home>[A-Z][\w.'’&-]*(?:\s(?:and\s)?[A-Z][\w.'’&-]*){0,3})\s(?:v|vs\.?|versus)\s"
    r"(?P<away>[A-Z][\w.'’&-]*(?:\s(?:and\s)?[A-Z][\w.'’&-]*){0,4})(?:\s\([^()]{1,30}\))?"
    # Its kick-off: "Liverpool v Everton Premier League 12:30pm".
    r"(?:\s\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|AM|PM))?"
    # Its ground and kick-off after at-signs: "Tottenham v Chelsea @Wembley Stadium @4pm on Aug.20".
    r"(?:\s@\S[^@]{0,40}){0,3}$"
)


# An American matchup, the visitors "at" the home side: "Pittsburgh at Cleveland", "Seattle at
# Green Bay"; a heading only among others of its kind (`_fixtures`).
_MATCHUP = re.compile(
    r"^(?P<away>[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,2})\sat\s(?P<home>[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,2})$"
)


def is_fixture(line: str, matchups: bool = False) -> bool:
    """ "Everton v Liverpool"; with `matchups`, "Pittsburgh at Cleveland" too."""
    return bool(_FIXTURE.match(line) or (matchups and _MATCHUP.match(line)))


def _fixtures(lines: list[str], start: int) -> list[HeadingLine]:
    """Matches standing alone, two or more, each over text: a sports preview's headings (the
    first may stand where a title would: it counts)."""
    found = []
    matchups = []  # "Pittsburgh at Cleveland": two or more of them, no other kind among them
    for index in range(len(lines)):
        text = lines[index].strip()
        if not text or len(text) > 80 or not is_fixture(text, matchups=True):
            continue
        following = _next_text_line(lines, index + 1)
        if following is not None and not is_fixture(lines[following].strip(), matchups=True) and len(lines[following].split()) >= 2:
            if _FIXTURE.match(text):
                if len(lines[following].split()) >= 3:
                    found.append(HeadingLine(index, text, "sequence"))
            else:
                matchups.append(HeadingLine(index, text, "sequence"))
    # One alone heads its part when it says when or how it ended ("… (0-2)", "… 12:30pm").
    told = any(re.search(r"\)$|\d$|[ap]m$|[AP]M$", heading.heading) for heading in found)
    heads = (found if len(found) >= 2 or told else []) + (matchups if len(matchups) >= 2 else [])
    return sorted((heading for heading in heads if heading.index >= start), key=lambda h: h.index)


# "a) Hi-Fi audio output", "(b) Stereo sound": a letter in order opening a heading.
_LETTERED = re.compile(r"^\(?(?P<letter>[a-zA-Z])[.)]\s+(?P<rest>\S.*)$")


def _lettered_sequence(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """Lettered headings in order ("a) Hi-Fi audio output", "b) Stereo sound"), each standing
    alone over running text, not over the next letter: two or more from "a" on head parts.
    Lettered lines one under another are a list's items."""
    runs: list[list[int]] = []
    # Cheap sign first: a line opening "a)", "b." or "(c)".
    lettered = [index for index, line in enumerate(lines[start:], start) if line.lstrip()[1:3] in (". ", ") ") or line.lstrip()[:1] == "("]
    for index in lettered:
        match = _LETTERED.match(lines[index].strip())
        if not match:
            continue
        letter = match["letter"]
        following = _next_text_line(lines, index + 1)
        previous = _previous_text_line(lines, index - 1)
        placed = (
            len(match["rest"].split()) <= 10
            # "A. The Phantom Frog (2023)": the year in brackets an aside of the heading
            and heading_shape(re.sub(r"\s*\([^()]*\)$", "", match["rest"])) in ("title", "sentence", "caps", "question")
            and following is not None
            and not LIST_MARKER.match(lines[following].strip())
            and _is_body(lines[following])
            and (previous is None or previous + 1 < index or previous in candidates or _ends_paragraph(lines[previous]))
        )
        if letter in ("a", "A"):
            runs.append([index] if placed else [])
        elif runs and runs[-1] and placed and _LETTERED.match(lines[runs[-1][-1]].strip())["letter"] == chr(ord(letter) - 1):
            runs[-1].append(index)
        elif runs and runs[-1]:
            runs.append([])  # out of order, or not standing as a heading: a list's item ends the run
    return [HeadingLine(index, lines[index].strip(), "sequence") for run in runs if len(run) >= 2 for index in run]


_ROMAN = re.compile(r"^(?P<numeral>[IVX]{1,5})[.):]\s+(?P<rest>\S.*)$")
_ROMANS = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV".split()


def _roman_sequence(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """Parts numbered in Roman numerals in order ("I. Early history", "II. What the survey
    found"), each standing alone over running text: two or more from "I" on head parts."""
    runs: list[list[int]] = []
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if line[:1] not in "IVX":
            continue
        match = _ROMAN.match(line)
        if not match or match["numeral"] not in _ROMANS:
            continue
        position = _ROMANS.index(match["numeral"])
        following = _next_text_line(lines, index + 1)
        previous = _previous_text_line(lines, index - 1)
        placed = (
            len(match["rest"].split()) <= 10
            and heading_shape(match["rest"]) in ("title", "sentence", "caps", "question", "known")
            and following is not None
            and not LIST_MARKER.match(lines[following].strip())
            and _is_body(lines[following])
            and (previous is None or previous + 1 < index or previous in candidates or _ends_paragraph(lines[previous]))
        )
        if position == 0:
            runs.append([index] if placed else [])
        elif runs and runs[-1] and placed and _ROMAN.match(lines[runs[-1][-1]].strip())["numeral"] == _ROMANS[position - 1]:
            runs[-1].append(index)
        elif runs and runs[-1]:
            runs.append([])
    return [HeadingLine(index, lines[index].strip(), "sequence") for run in runs if len(run) >= 2 for index in run]


# Numbers in circles, as some listicles number their entries: "① You pack only a carry-on."
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _numbered_sequence(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """Numbered lines in order ("1. Cover - Message", "2. Business overview", "#3 The coffee
    is good."), or counting down, three or more, each standing alone over running text rather than over the
    next number: a listicle's or a report's headings, whatever their case. Numbered lines
    one under another are a list's items; a numbered line of many words is a paragraph."""
    entries: list[tuple[int, int]] = []  # (line, its number) of each numbered line placed as a heading
    listed: set[int] = set()
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if line and line[0] in _CIRCLED:
            line = f"{_CIRCLED.index(line[0]) + 1}. {line[1:].lstrip()}"  # "① You pack light." is "1. …"
        if not line or not (line[0].isdigit() or line[0] == "#" or line.startswith(("No", "("))):
            continue
        match = number_of(line)
        if match is None or "." in match["number"]:
            continue
        rest = match["rest"]
        following = _next_text_line(lines, index + 1)
        previous = _previous_text_line(lines, index - 1)
        placed = (
            # up to 16 words with no full stop at the end: "2. In Washington, centrist
            # Democrats really don't want Warren or Sanders … or Buttigieg or Klobuchar"
            len([w for w in rest.split() if w not in ("…", "—", "–", "-")]) <= (16 if rest[-1:].isalnum() else 14)
            and not rest.endswith((":", ",", ";"))
            and (rest[0].isupper() or rest[0].isdigit() or (rest[0] in "‘“'\"" and rest[1:2].isupper()))  # "2. ‘Hillsborough’ law …"
            # one sentence at most, or a question with its one-sentence lead-in ("2. I heard
            # the deduction rose. Is that true?")
            and (not re.search(r"[.!?]\s", rest) or _led_in_question(rest))
            and following is not None
            and number_of(lines[following].strip()) is None
            # over bullets: an outline's item, unless the bullets are sentences, a step's
            # instructions ("1. Gather the seeds" over "• Cut the lemon and pick its seeds.")
            and (not LIST_MARKER.match(lines[following].strip()) or _sentence_bullet(lines[following]))
            # (a long line is a paragraph, whatever it ends with: "… Twitter: @annlee")
            and (previous is None or previous + 1 < index or previous in candidates or _ends_paragraph(lines[previous]) or len(lines[previous].split()) >= 20)
        )
        if placed:
            entries.append((index, int(match["number"])))
            if previous is not None and number_of(lines[previous].strip()) is not None:
                listed.add(index)  # under another numbered line: the last item of a list
    found: list[int] = []
    run: list[int] = []
    step = 0  # +1 counting up; -1 counting down, as a ranking's countdown does ("5. …" to "1. …")
    firsts: dict[int, int] = dict(entries)
    for position, (index, number) in enumerate(entries):
        change = number - entries[position - 1][1] if run else 0
        if run and change > 1 and step >= 0 and (between := _stacked_steps(lines, entries[position - 1], (index, number))):
            # "2. Find the photo" … "3. Click the dots", "4. Click embed", "5. Copy the
            # code" alone between blank lines, nothing under them … "6. Paste the code":
            # steps too short to need words of their own.
            run += between
            change = step = 1
        if run and change == 2 and step >= 0 and (long_entry := _long_entry_between(lines, entries[position - 1], number)) is not None:
            # "3. …" … "4. Can you find your name in a record? It could be the link" … "5. …":
            # an entry's heading too long to stand as one alone, numbered in its place.
            run.append(long_entry)
            change = step = 1
        if run and change in (1, -1) and (len(run) == 1 or change == step):
            run.append(index)
            step = change
        else:
            found += run if _counts(run, step, listed) else []
            run = [index]
    found += run if _counts(run, step, listed) else []
    for index in list(found):
        if firsts.get(index) == 2 and (first := _first_item_above(lines, start, index)) is not None and first not in found:
            found.append(first)  # "1 big thing: …" over "2. Student debt …": a newsletter's first item, its own way
    return [HeadingLine(index, lines[index].strip(), "sequence") for index in sorted(found)]


# A newsletter's first item numbered without its stop: "1 big thing: AI goes to school".
_FIRST_ITEM = re.compile(r"1 [a-z]+ [a-z]+: [A-Z0-9]")


def _first_item_above(lines: list[str], start: int, second: int) -> int | None:
    """The line of the first item above a sequence's "2. …", written "1 big thing: …"."""
    for index in range(second - 1, start - 1, -1):
        text = lines[index].strip()
        if re.match(r"\(?\d{1,2}[.)]\s", text):
            return None  # another numbered line first: no newsletter's item
        if _FIRST_ITEM.match(text) and len(text.split()) <= 16 and not text.endswith((".", ",")):
            return index
    return None


# A report's part numbered to its decimal: "1.0 Purpose", "2.3 Costs and savings".
_DECIMAL_HEAD = re.compile(r"(?P<major>\d{1,2})\.(?P<minor>\d{1,2})\.?\s+(?P<rest>[A-Z][^.!?:;,]*)")
_WHOLE_HEAD = re.compile(r"(?P<major>\d{1,2})\.\s+(?P<rest>[A-Z][^.!?:;,]*)")


def _decimal_outline(lines: list[str], start: int) -> list[HeadingLine]:
    """A report's parts numbered to the decimal ("1.0 Purpose" … "2.0 Recommendation"), two
    or more in order, each short and standing alone over running text; or one right under its
    whole-numbered part ("1. Executive Summary" over "1.1 Background"), which heads too."""
    found: list[tuple[int, tuple[int, int]]] = []
    for index in range(start, len(lines)):
        match = _DECIMAL_HEAD.fullmatch(lines[index].strip())
        following = _next_text_line(lines, index + 1)
        if match is None or len(match["rest"].split()) > 8 or following is None:
            continue
        if len(lines[following].split()) < 8 or _DECIMAL_HEAD.fullmatch(lines[following].strip()):
            continue  # over a line of its own kind or a short one: a table of contents
        found.append((index, (int(match["major"]), int(match["minor"]))))
    if len(found) >= 2 and all(a[1] < b[1] for a, b in zip(found, found[1:])):
        return [HeadingLine(index, lines[index].strip(), "sequence") for index, _ in found]
    out: list[HeadingLine] = []
    for index, (major, minor) in found:
        above = _previous_text_line(lines, index - 1)
        whole = _WHOLE_HEAD.fullmatch(lines[above].strip()) if above is not None else None
        if whole and int(whole["major"]) == major and minor in (0, 1) and len(whole["rest"].split()) <= 6:
            out += [HeadingLine(above, lines[above].strip(), "sequence"), HeadingLine(index, lines[index].strip(), "sequence")]
    return out


def _sentence_bullet(line: str) -> bool:
    """A bullet holding a whole sentence of six words or more, its full stop at the end."""
    item = LIST_MARKER.sub("", line.strip(), count=1)
    return len(item.split()) >= 6 and item[:1].isupper() and item.rstrip("”\"’'").endswith((".", "!", ";"))


def _long_entry_between(lines: list[str], last: tuple[int, int], number: int) -> int | None:
    """The line of the one number missing before `number` after the heading `last`, when it
    stands alone between blank lines over running text, opens with a capital and is up to
    thirty words long."""
    for index in range(last[0] + 1, len(lines)):
        match = number_of(lines[index].strip())
        if match is None:
            continue
        if "." in match["number"] or int(match["number"]) != number - 1:
            return None
        rest = match["rest"]
        following = _next_text_line(lines, index + 1)
        placed = (
            len(rest.split()) <= 30
            and rest[:1].isupper()
            and not rest.endswith((":", ",", ";", "."))
            and not lines[index - 1].strip()
            and index + 1 < len(lines)
            and not lines[index + 1].strip()
            and following is not None
            and number_of(lines[following].strip()) is None
            and _is_body(lines[following])
        )
        return index if placed else None
    return None


def _stacked_steps(lines: list[str], last: tuple[int, int], following: tuple[int, int]) -> list[int]:
    """The lines of the numbers missing between two numbered headings ("3." "4." "5."
    between "2." and "6."), when each stands alone between blank lines, short and in order,
    after the text under the first; else none."""
    found: list[int] = []
    expected = last[1] + 1
    for index in range(last[0] + 1, following[0]):
        line = lines[index].strip()
        if not line:
            continue
        match = number_of(line)
        if match is None and not found:
            continue  # the text under the last heading
        if (
            match is None
            or "." in match["number"]
            or int(match["number"]) != expected
            or len(match["rest"].split()) > 12
            or not match["rest"][:1].isupper()
            or lines[index - 1].strip()
            or index + 1 >= len(lines)
            or lines[index + 1].strip()
        ):
            return []
        found.append(index)
        expected += 1
    return found if expected == following[1] else []


def _counts(run: list[int], step: int, listed: set[int]) -> bool:
    """Three numbered lines or more in order count as headings; counting down, none may be a
    list's last item (the ends of a course's weekly lists, "10." then "9." then "8.")."""
    return len(run) >= 3 and (step > 0 or not listed.intersection(run))


def _led_in_question(text: str) -> bool:
    """ "I heard the deduction rose. Is that true?": a short question after one sentence."""
    stops = list(re.finditer(r"[.!?]\s", text))
    return (
        text.rstrip("\"”’'").endswith("?")
        and len(stops) == 1
        and len(text.split()) <= 16
        and text[stops[0].end() :][:1].isupper()
    )


# "Q. What is SARS?" over "A. SARS stands for …": a question and answer marked as such.
_MARKED_QUESTION = re.compile(r"^Q\s?(?P<number>\d{1,2})?\s?[.:)]\s+\S.*\?$")
_MARKED_ANSWER = re.compile(r"^A\s?[.:)]\s+\S")


def _asked_and_answered(lines: list[str], start: int) -> list[HeadingLine]:
    """Marked questions ("Q. What is it?"), two or more, each over its marked answer ("A. …"),
    or numbered in order ("Q1: …?", "Q2: …?"): the questions head the answers."""
    found = []
    numbered: list[tuple[int, int]] = []
    for index in range(start, len(lines)):
        line = lines[index].strip()
        marked = _MARKED_QUESTION.match(line) if line[:1] == "Q" and len(line.split()) <= 30 else None
        if marked is None:
            continue
        following = _next_text_line(lines, index + 1)
        if following is not None and _MARKED_ANSWER.match(lines[following].strip()):
            found.append(HeadingLine(index, line, "sequence"))
        if marked["number"] and following is not None and not _MARKED_QUESTION.match(lines[following].strip()):
            numbered.append((index, int(marked["number"])))
    if len(numbered) >= 2 and all(b[1] == a[1] + 1 for a, b in zip(numbered, numbered[1:])):
        answered = {h.index for h in found}
        found = sorted(found + [HeadingLine(index, lines[index].strip(), "sequence") for index, _ in numbered if index not in answered], key=lambda h: h.index)
    return found if len(found) >= 2 else []


_ELLIPSIS = re.compile(r"(?:\.{3}|…)")


# A sentence's end inside a line: a stop, then a space and a capital.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘])|[.!?][\"”’']?$")


def _one_sentence(line: str) -> bool:
    """ "We hired a cross-functional team.": one short sentence, no quotation, no aside.

    A sentence may run on from one such line to the next, an ellipsis closing the first and
    opening the second ("It starts tomorrow morning..." then "...but peaks at night.").
    """
    went_on = _ELLIPSIS.match(line)
    if went_on:
        line = line[went_on.end() :].lstrip()
    runs_on = re.search(r"\w(?:\.{3}|…)$", line)
    if runs_on:
        line = line[: runs_on.start() + 1] + "."
    words = line.split()
    return (
        (3 <= len(words) <= 12 or (len(words) == 2 and _bidding(words)))
        and line.endswith(".")
        and not line.endswith("..")
        and (words[0][:1].isupper() or (went_on is not None and words[0][:1].islower()))
        and not re.search(r"[\"“”:;()]", line)
        and not re.search(r"[.!?]\s", line[:-1])
    )


# Words opening a line of two words that answers or tells ("I agree.", "Thank you.", "Not yet."):
# talk, no bidding.
_TALK_WORDS = frozenset(
    "i he she we they it you this that these those there thank thanks yes no not okay ok well me so oh "
    "sure right good great indeed exactly absolutely".split()
)


def _bidding(words: list[str]) -> bool:
    """ "Start small.", "Stay calm.": a bidding of two words, its first a verb."""
    first = words[0].lower().translate(_STRAIGHT)
    if first in ("don't", "dont"):
        return True  # "Don't engage.": a bidding not to
    return words[0][:1].isupper() and first.isalpha() and first not in _TALK_WORDS and not first.endswith(("ly", "ing", "ed", "s"))


def _paragraph_words(lines: list[str], index: int) -> int:
    """How many words the paragraph from `index` holds: its lines down to a blank line, or
    the line alone in text of a paragraph a line."""
    if not _blank_separated(lines[index : index + 40]):
        return len(lines[index].split())
    words = 0
    for line in lines[index : index + 40]:
        if not line.strip():
            break
        words += len(line.split())
    return words


def _slide_headings(lines: list[str], start: int) -> list[HeadingLine]:
    """A slideshow copied as text: each slide's sentence over its picture's caption and credit
    ("Zendaya wore a plum suit." / "Zendaya attends a screening." / "Ann Lee/Getty Images"),
    then the slide's paragraphs. Three slides or more: each first sentence heads its slide."""
    found: list[int] = []
    for index in range(start, len(lines)):
        # a credit is a short line: the long lines of the text are passed over first
        if len(lines[index]) > 80 or not _CREDIT_LIKE.search(lines[index]) or not is_credit_line(lines[index]):
            continue
        caption = _previous_text_line(lines, index - 1)
        slide = _previous_text_line(lines, caption - 1) if caption is not None and caption > start else None
        above = _previous_text_line(lines, slide - 1) if slide is not None and slide > start else None
        following = _next_text_line(lines, index + 1)
        if slide is None or above is None or above < start or following is None:
            continue
        text = lines[slide].strip()
        words = text.split()
        if (
            4 <= len(words) <= 25
            and not re.search(r"[.!?]\s", text.rstrip(".!?\"”’'"))  # one sentence
            and _ends_paragraph(lines[above])
            and len(lines[caption].split()) <= 40
            # the caption a sentence too: a heading right over its picture's credit has none
            and lines[caption].rstrip().rstrip("\"”’'").endswith((".", "!", "?"))
            and not is_credit_line(lines[above])
            and len(lines[following].split()) >= 8
        ):
            found.append(slide)
    if len(found) < 3:
        return []
    return [HeadingLine(index, lines[index].strip(), "sequence") for index in found]


# A credit naming its agency after a slash or alone: "Mike Lee/Getty Images", "Reuters".
_CREDIT_LIKE = re.compile(r"/|\b(?:Getty|Images|Reuters|AP|AFP|Shutterstock|Photo)\b")


def _sentence_sequence(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """Sentences standing alone over paragraphs, three or more, as the text's only short lines.

    "We hired a cross-functional team." over a paragraph is a heading when the text's
    other lines of a few words are headings too: a single short sentence inside running
    text, or one among many short lines (dialogue, a transcript), is none.
    """
    from .headings import heading_shape

    wrapped = _blank_separated(lines[start:])
    found: list[int] = []
    others = 0
    # The short lines over the first paragraph (a byline, a date, a picture's credit) are the
    # page's header, no lines of the text.
    first_paragraph = next((i for i in range(start, len(lines)) if len(lines[i].split()) >= 15), len(lines))
    for index in range(max(start, first_paragraph), len(lines)):
        text = lines[index].strip()
        if not text or len(text.split()) >= 12 or LIST_MARKER.match(text) or index in candidates:
            continue
        following = _next_text_line(lines, index + 1)
        previous = _previous_text_line(lines, index - 1)
        alone = previous is None or previous < start or previous in candidates or (
            previous + 1 < index if wrapped else _ends_paragraph(lines[previous])
        )
        if (
            _one_sentence(text)
            and alone
            and following is not None
            and _paragraph_words(lines, following) >= 15
            and not LIST_MARKER.match(lines[following].strip())
        ):
            found.append(index)
        elif heading_shape(text) is None and index != _next_text_line(lines, start):
            others += 1
    if len(found) < 3 or others > len(found) // 2:
        return []
    # In a text told a sentence a line (a speech taken down), a few short sentences alone among
    # many long ones are more of its lines; tips heading a paragraph or two each are headings.
    long_lines = [lines[i].strip() for i in range(start, len(lines)) if len(lines[i].split()) >= 12 and i not in candidates]
    if (
        len(found) < 0.15 * len(long_lines)
        and sum(len(_SENTENCE_END.findall(line)) <= 1 for line in long_lines) > 0.6 * len(long_lines)
    ):
        return []
    return [HeadingLine(index, lines[index].strip(), "sequence") for index in found]


# Shapes a heading has only by where it stands: a line of this shape inside running text
# or in a list of short lines is no heading.
_WEAK = frozenset({"title", "sentence", "question", "numbered", "caps", "exclaim", "claim", "headline", "clauses", "trailing", "long"})
_ENDS_PARAGRAPH = (".", "?", "!", ":", "”", "\"", "’", ")", "…")


# Footnote marks closing a sentence: "… in 1982. [3]", "… ancestry.[3][4]".
_CITATIONS = re.compile(r"(?:\s*\[(?:\d{1,3}|[a-z]|citation needed|edit)\])+$")


def _ends_paragraph(line: str) -> bool:
    """Does a line end as a paragraph ends (a sentence's stop, a closing mark, a footnote mark)?"""
    line = _CITATIONS.sub("", line.rstrip())
    if line.endswith(_CREDITED):
        line = _CREDIT_AFTER_STOP.sub("", line)  # "… panoramic views upon arrival. Supplied": a caption's credit
    elif ":" in line[-60:]:
        line = _LABELLED_CREDIT_AFTER_STOP.sub("", line)  # '… have meaning." Image Source: Ann Lee'
    return ends_like_sentence(line) or line.endswith(_ENDS_PARAGRAPH)


# A picture's credit run onto its caption's last sentence: "… views on arrival. Supplied",
# "… at the lodge. Getty Images", "… on Monday. (Reuters)".
_CREDITED = ("Supplied", "Images", "Image", "Photo", "File", "Reuters", "AP", "AFP", "Getty", "Shutterstock", "Handout", "(Reuters)", "(AP)", "(AFP)")
# A picture's labelled credit run onto the paragraph above it: "… meaning." Image Source: Ann Lee".
_LABELLED_CREDIT_AFTER_STOP = re.compile(
    r"(?<=[.!?”\"’])\s+(?:Image Source|Image credit|Photo credit|Photograph|Photo|Credit|Source):\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}$"
)
_CREDIT_AFTER_STOP = re.compile(r"(?<=[.!?”\"’])\s+(?:[A-Z][\w.&'’-]*\s+){0,3}\(?(?:Supplied|Images?|Photo|File|Reuters|AP|AFP|Getty|Shutterstock|Handout)\)?$")


def _one_paragraph_a_line(lines: list[str]) -> bool:
    """True when each line is a paragraph: the long lines end as paragraphs do, none is wrapped.

    A line in such a text that does not end a paragraph is a caption or a heading standing
    alone, and a heading may follow it.
    """
    long = [line for line in lines if len(line.split()) >= 12]
    return len(long) >= 3 and sum(_ends_paragraph(line) for line in long) >= 0.8 * len(long)


class _Lazy:
    """A value worked out only when first asked for."""

    def __init__(self, make: Callable[[], bool]) -> None:
        self._make = make
        self._value: bool | None = None

    def get(self) -> bool:
        if self._value is None:
            self._value = self._make()
        return self._value


def _box_with_button(lines: list[str], index: int) -> bool:
    """Does a paragraph stand under the line with a button right under it ("Find out more"):
    a page's promo box, the call its line, no heading over the text?"""
    below = _next_text_line(lines, index + 1)
    button = _next_text_line(lines, below + 1) if below is not None else None
    return button is not None and button - below <= 2 and is_call_to_act(lines[button])


def _over_text(lines: list[str], index: int) -> bool:
    """Does a paragraph (nine words or more) or a list's item stand under the line? A line the
    page sets twice (its headline again, under a box) is no paragraph."""
    below = _next_text_line(lines, index + 1)
    if below is None:
        return False
    text = lines[below].strip()
    if sum(line.strip() == text for line in lines) > 1:
        return False
    return len(text.split()) >= 9 or LIST_MARKER.match(text) is not None


# A box's label LINK_BOX leaves out, a heading over its links elsewhere: "Related News".
_RELATED = re.compile(r"related (?:news|links)", re.IGNORECASE)


def _label_over_headline_again(kicker: list[str], lines: list[str], headings: list[HeadingLine]) -> bool:
    """Is the kicker one line in capitals ("SACO") over the headline, and does the text head
    its parts the same way further down: a line in capitals right over another heading
    ("PORTLAND" over "Firefighters hoist man out of Portland Harbor")?"""
    label = [line for line in kicker if line.strip()]
    if len(label) != 1 or not is_all_caps(label[0].strip()) or len(label[0].split()) > 3:
        return False
    at = {h.index for h in headings}
    return any(
        h.shape == "caps" and h.rest is None and len(h.heading.split()) <= 3 and _next_text_line(lines, h.index + 1) in at
        for h in headings
    )


def _headline_again(lines: list[str], title: str, start: int, headings: list[HeadingLine]) -> HeadingLine | None:
    """The heading that is the headline again, standing before the first line of text (a
    page's widgets, "Now Reading :", and other headings may stand between), or None."""
    said = " ".join(title.split()).casefold()
    for heading in headings:
        if any(_is_body(line) and not is_page_residue(line.split(". ")[0]) for line in lines[start : heading.index]):
            return None
        if heading.rest is None and " ".join(heading.heading.split()).casefold() == said:
            return heading
    return None


def _is_body(line: str) -> bool:
    """Does a line read as running text (a sentence, a paragraph's first line, a list item)?"""
    text = line.strip()
    words = len(text.split())
    if LIST_MARKER.match(text) and not NUMBERED.match(text) or TABLE_ROW.search(text):
        return True  # a list's item or a table's row: what a heading above it heads
    if _STREET_ADDRESS.match(text):
        return False  # "529 Harbour Street, NW - Elmfield, 20045": where a venue stands, no sentence
    # "Go to the official site: https://…": a sentence that ends in the address it gives
    return words >= 9 or (words >= 3 and (text.endswith(_ENDS_PARAGRAPH) or _ENDS_IN_ADDRESS.search(text) is not None))


# "… visit https://…", "… contact press@harbour.org": a sentence ending in the address it gives.
_ENDS_IN_ADDRESS = re.compile(r"\s(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")


# A street address opening a line: a number, a street's name and its kind, then the rest of it.
_STREET_ADDRESS = re.compile(
    r"^\d{1,5}[A-Za-z]?\s+(?:[A-Z0-9][\w.'’\-]*\s+){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|"
    r"Way|Place|Square|Parkway|Highway|Terrace|Crescent)(?:,|\s+(?:NW|NE|SW|SE|N|S|E|W)\b|$)"
)


# Hard-wrapped text breaks its lines at 80 characters or so, seldom past 150.
_WRAP_WIDTH = 150


def _blank_separated(lines: list[str]) -> bool:
    """True when blank lines separate paragraphs (twice or more between two text lines)."""
    seen_text = False
    gaps = 0
    blank = False
    for line in lines:
        if line.strip():
            if blank and seen_text:
                gaps += 1
            seen_text, blank = True, False
        else:
            blank = True
    return gaps >= 2


# A person's role and where, on the line under their name: "Chief economist, RBC Global –
# Toronto", "Professor of economics, McGill University".
_ROLE_LINE = re.compile(r"^[A-Z][^.!?,]{2,60}, [A-Z][^!?]{1,80}$")


def _panel(lines: list[str], candidates: dict[int, HeadingLine]) -> set[int]:
    """The names heading a panel's answers: two or more people, each named alone over a line
    of their role and where, then their paragraphs ("Eric Lascelles" over "Chief economist,
    RBC Global" over what he expects)."""
    first_names = name_words()[0]
    found = set()
    for index, candidate in candidates.items():
        words = candidate.heading.split()
        if not 2 <= len(words) <= 4 or words[0] not in first_names:
            continue
        role = _next_text_line(lines, index + 1)
        said = _next_text_line(lines, role + 1) if role is not None else None
        if said is not None and len(lines[role].split()) <= 14 and _ROLE_LINE.match(lines[role].strip()) and _prose(lines[said]):
            found.add(index)
    return found if len(found) >= 2 else set()


def _series(candidates: dict[int, HeadingLine]) -> dict[tuple[str, ...], set[str]]:
    """The last words of candidate lines of three words or more, by the words before them."""
    lasts: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for candidate in candidates.values():
        words = candidate.heading.split()
        if len(words) >= 3:
            lasts[tuple(words[:-1])].add(words[-1])
    return lasts


def _parallel(heading: str, series: dict[tuple[str, ...], set[str]]) -> bool:
    """ "The Spirit of Business Past" with "… Present" and "… Future" standing alone elsewhere:
    lines of three words or more that differ only in their last word are a series of
    headings, though each reads as a name (the same line again is a credit)."""
    words = heading.split()
    return len(words) >= 3 and len(series.get(tuple(words[:-1]), ())) >= 2


# How to reach someone, on its own line: "Email: ann@post.com", "• Twitter: @annlee",
# "Follow Ann Lee on Twitter".
_CONTACT = re.compile(r"^\W{0,3}(?:e-?mail\b.*@|twitter\s*:|follow\b.{0,40}\bon (?:twitter|x|instagram)\b)", re.IGNORECASE)


_CELL_GAP = re.compile(r"\S {3,}(?:\S|$)")


def _taken_for(line: str) -> bool:
    """A picture's credit: a person's name, "for", then the paper or site it was taken for."""
    who, middle, whom = line.strip().partition(" for ") if " for " in line else line.strip().partition(" FOR ")
    if not middle or not 1 <= len(whom.split()) <= 5 or not all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&") for w in whom.split()):
        return False
    words = [w.capitalize() if w.isupper() else w for w in who.split() if not re.fullmatch(r"(?:[A-Z]\.)+", w)]  # "Michael P.H. Clifford": initials aside
    # A given name, then a family name or two (any words: "Emily Way"), for whom it was taken.
    return 2 <= len(words) <= 3 and words[0] in name_words()[0] and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)


def _cut_at_bar(line: str) -> str | None:
    """ "before" for a line ending in a bar ("Ann Lee |"), "after" for one opening with it ("|
    November 9th 2012"): a row of the page's details cut at its bars. A table's row has both."""
    if line.endswith("|") and not line.startswith("|"):
        return "before"
    if line.startswith("|") and not line.endswith("|"):
        return "after"
    return None


# A live post's time opening its line, its text after it: "12.15 More photos are coming in.",
# "11:21 PM: Vance wins in Ohio".
_TIMED_POST = re.compile(r"^(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)\s+(?P<clock>[AaPp]\.?\s?[Mm]\b\.?)?\S")


def _timed_posts(lines: list[str], start: int) -> set[int]:
    """The lines of a live page that open with the time of their post: each is the post's
    text, no heading. A time of the clock ("PM") says so alone; bare times ("12.15") must be
    two or more and not count up as a report's numbered parts do ("2.10", "2.11")."""
    clocked: set[int] = set()
    bare: list[tuple[int, tuple[int, int]]] = []
    for index in range(start, len(lines)):
        text = lines[index].lstrip()
        if not text[:1].isdigit() or (match := _TIMED_POST.match(text)) is None:
            continue
        if match["clock"]:
            clocked.add(index)
        else:
            bare.append((index, (int(match["hour"]), int(match["minute"]))))
    if len(bare) >= 2 and not all(a[1] < b[1] for a, b in zip(bare, bare[1:])):
        clocked.update(index for index, _ in bare)
    return clocked


def _tabbed_row(lines: list[str], index: int, following: int) -> bool:
    """Is the line a row of a table copied with its cells set apart by tabs (three spaces or
    more once read, reading.py): a gap after its first cell, even at the line's end when the
    next cell is empty, and a row so written right above or below it?"""

    def tabbed(at: int | None) -> bool:
        return at is not None and _CELL_GAP.search(lines[at].lstrip()) is not None

    return tabbed(index) and (tabbed(following) or tabbed(_previous_text_line(lines, index - 1)))


def _placed(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> list[HeadingLine]:
    """The candidates that stand where headings stand: alone, between paragraphs, over text."""
    wrapped = _blank_separated(lines[start:])
    one_per_line = _Lazy(lambda: not wrapped and _one_paragraph_a_line(lines[start:]))
    names = _LazyNames(lines, start, candidates)
    subjects = _Lazy(lambda: _named_subjects(lines, start, candidates))
    panel = _Lazy(lambda: _panel(lines, candidates))
    series = _Lazy(lambda: _series(candidates))
    interview = _Lazy(lambda: _asking(lines, candidates) >= 3)
    paired = _Lazy(lambda: _caps_pairs(lines, candidates) >= 2)  # lines in capitals over names in capitals, twice or more
    standing = _Lazy(lambda: Counter(line.strip() for line in lines))  # how often each line stands in the text
    # Two paragraphs or more of list items run together, as a page's lists are copied.
    run_together = _Lazy(lambda: sum(_run_together(line) and not _ends_paragraph(line) for line in lines[start:]) >= 2)
    accepted: list[HeadingLine] = []
    held: list[HeadingLine] = []  # names standing alone, headings only among names
    lead_ins: set[int] = set()  # phrases ending in a colon over a paragraph
    table_cells: set[int] = set()  # the cells of a table laid flat under its heading
    numbered: list[HeadingLine] = []
    for index in sorted(candidates):
        candidate = candidates[index]
        if index in table_cells and candidate.shape != "known" and candidate.rest is None:
            continue  # "UK" among "09:00" and "2.1%": a cell of the table, no heading
        if candidate.shape in ("known", "sequence") or candidate.rest is not None:
            accepted.append(candidate)
            continue
        following = _next_text_line(lines, index + 1)
        if following is None:
            continue  # a heading heads something
        if _taken_for(candidate.heading):
            continue  # "KATIE LANE FOR TASTE OF HOME", "Ann P. Lee for The Expert": who took the picture, and for whom
        if _tabbed_row(lines, index, following):
            continue  # "Reduced labor costs<tab>" under "Pros<tab>Cons": a table's row, its cells set apart by tabs
        if candidate.shape == "caps" and _dateline_alone(lines, start, index):
            continue
        if _OPENS_WITH_DATELINE.match(lines[following].strip()) and _before_the_text(lines, start, index):
            continue  # "Business Editors" over "CLEVELAND--(BUSINESS WIRE)--": the story opens under it, no part
        if is_price_line(lines[following]):
            continue  # "Tripp Holiday 8 suitcase" over "£49.50 at Amazon": a product's name over its price
        if is_social_count(lines[following]):
            continue  # "September 19th 2020" over "4 Likes": an embedded post's stamp over its counts
        if _goes_on(lines[following]) and not _names_its_last_word(candidate.heading, lines[following]):
            # "Market Watch" over "analysts expect …": a link's words lifted out of the sentence;
            # but "Builds using pip-tools" over "pip-tools is …" heads the text about its last word.
            continue
        if candidate.shape == "colon" and not _heads_its_list(lines, index, following, candidates):
            if LIST_MARKER.match(lines[following].strip()) or len(lines[following].split()) < 8 or not _ends_paragraph_below(lines, following):
                continue  # "Pack these:" introduces what follows it
            lead_ins.add(index)  # over a paragraph: a heading among headings ending in colons (below)
        previous = _previous_text_line(lines, index - 1)
        if _said_again(lines, index, previous):
            continue  # "Types of permits" over "Permit types": the picture under a heading says it again
        if _said_again(lines, index, following) and any(_said_again(lines, index, i) for i in range(start) if lines[i].strip()):
            continue  # "Hiking guide" over "Hiking Guide" under that title: a picture's text and caption
        if _cut_at_bar(lines[following].strip()) == "after" or ((above := _previous_text_line(lines, index - 1)) is not None and _cut_at_bar(lines[above].strip()) == "before"):
            continue  # "Ann Lee |" over "Tips & Tricks" over "| November 9th 2012": a page's row of who, what and when, cut at its bars
        if _CONTACT.match(lines[following].strip()):
            continue  # "Financial Post" over "• Email: ann@post.com | Twitter: …": a writer's box, no heading
        if DOMAIN.fullmatch(candidate.heading) and not _names_site(candidate.heading, lines, following):
            continue  # "Booking.com" over text that never names it: an advert's or a link's residue
        if previous is not None and previous >= start and is_picture_credit(lines[previous]):
            continue  # "UC ingot" under "Photos by: Ann Lee", or under "Media caption,": the picture's caption
        joined = previous is not None and previous >= start and previous + 1 == index
        if joined and previous not in candidates:
            above = lines[previous].rstrip()
            # Under a line that does not end a paragraph: a wrapped line. In text whose
            # paragraphs are wrapped lines between blank lines, a heading has a blank line above.
            # A list item or a rule ("---") above ends what came before as a paragraph's end does.
            item_above = LIST_MARKER.match(above.strip()) is not None or bool(re.fullmatch(r"[-=_*~]{3,}", above.strip()))
            # A line too long for a wrap that ends as a paragraph ends is a paragraph of its own,
            # even in text that also has blank lines.
            whole = len(above) > _WRAP_WIDTH and _ends_paragraph(above)
            if (wrapped and not whole) or not (
                _ends_paragraph(above)
                or item_above
                or above.lstrip().startswith("From: ")  # a page's field of who it is from: what is under it starts afresh
                or _ends_fields(lines, previous)
                or one_per_line.get()
                or (_run_together(above) and run_together.get())
            ):
                continue
            if above.endswith(","):
                continue  # under "Love always," or "Mikhail Gorbachev, President": a signature, an address
        if candidate.shape == "title" and _before_the_text(lines, start, index) and (
            _authors(candidate.heading, names) or _AFFILIATION.search(candidate.heading)
        ):
            continue  # "Ann Lee and R T Ponce", "Department of Linguistics" under the title: the authors
        if _unnamed_author(lines, index) and _before_the_text(lines, start, index):
            continue  # "Dorota Wieczorek", "ANN LEE" under the title: the author
        if (
            candidate.shape == "title"
            and 2 <= len(candidate.heading.split()) <= 4
            and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in candidate.heading.split())
            and _near_the_top(lines, start, index)
            and opens_with_date(lines[following])
        ):
            continue  # "Ana Velvo" over "04 Mar 2022 06:23PM": the author, over the date the page was posted
        label, colon, person = candidate.heading.partition(":")
        if colon and label[:1] not in "'‘\"“" and _authors(person.strip(), names):
            # "Academic Editor: Ann Lee", "Photographer: Jan Kos": a credit (a quoted remark
            # before the colon is said by whoever follows it: "‘Ends the debate’: Ann Lee")
            continue
        if _SALUTATION_LINE.match(lines[following].strip()):
            continue  # over "Dear Jean:": the address of a letter
        if following == index + 1 and _FIELD_LINE.match(lines[index].strip()) and _FIELD_LINE.match(lines[following].strip()):
            continue  # "Full country name: Bermuda" over "Area: 21 sq miles": the first of a block of fields
        if candidate.shape != "question" and _in_an_exchange(lines, previous, following, start):
            continue  # "Absolutely" between two questions: an answer, not a heading
        if (
            candidate.shape != "question"
            and previous is not None
            and previous >= start
            and _asks(lines[previous])
            and not _question_heading(lines[previous])
            and interview.get()
        ):
            continue  # in an interview, a short line under a question is the answer's first words
        alone = False  # a name standing alone: a caption, a signature, or one of names heading parts
        if candidate.shape in ("title", "sentence") and (
            _names_only(candidate.heading, names) or _authors(candidate.heading, names)
        ):
            # "VAT and Council Tax" over "- The VAT rate …": names over a list head it; a
            # caption or a signature stands over no list.
            over_a_list = LIST_MARKER.match(lines[following].strip()) is not None and not _authors(candidate.heading, names)
            if index not in subjects.get() and not _named_first_here(lines, index, following) and not over_a_list and not _parallel(candidate.heading, series.get()) and index not in panel.get():
                if candidate.shape != "title" or _authors(candidate.heading, names) or len(candidate.heading.split()) > 4:
                    continue  # a caption, a signature, a list of people
                alone = True
        if (
            candidate.shape in ("title", "sentence", "caps")
            and not lines[index].rstrip().endswith(":")  # "Held:" introduces its list
            and _opens_numbered_list(lines, following)
        ):
            # "Week 3 - JavaScript" over "1. Variables", "2. Arrays" …: a heading over its list
            accepted.append(candidate)
            continue
        if candidate.shape == "title" and _heads_flat_table(lines, index):
            # "Week's Main Events" over "Time Place Event Forecast" over "09:00", "UK" …: a
            # heading over a table laid flat, a cell a line, under its row of column names.
            accepted.append(candidate)
            table_cells.update(_flat_table_cells(lines, index))
            continue
        if candidate.shape == "title" and _heads_coded_items(lines, index):
            # "Harbour Ward - East" over "B-12 Quay Street", "C-4 Mill Lane" …: a heading over
            # its run of one-line items, each opening with its code.
            accepted.append(candidate)
            continue
        # A run of heading-like lines: a heading and its first sub-heading may stand over
        # the text, with the captions of a picture after them; a longer run is a list of
        # names, captions or a poem.
        # In a written interview a question heads its answer, however short ("Mapping kelp
        # forests" under "What is the title of your project?"): the answer ends the run.
        asked_here = candidate.shape == "question" and interview.get()
        first = index
        for _ in range(5):  # only whether the run is longer than four matters: look no further
            before = _previous_text_line(lines, first - 1)
            if before is None or before < start or before not in candidates:
                break
            if asked_here and candidates[before].shape != "question" and _answers(lines, candidates, before):
                break
            if candidates[before].rest is not None or candidates[before].shape in ("known", "sequence"):
                break
            if candidates[before].shape == "colon" and not _heads_its_list(lines, before, first, candidates):
                break  # "Each council has three main parts:" introduces the part names under it: text
            if wrapped and before + 1 < first and _previous_text_line(lines, before - 1) == before - 1:
                break  # under a block of lines with no blank line between: the end of a list
            if candidates[before].shape == "numbered" and candidates[first].shape != "numbered":
                earlier = _previous_text_line(lines, before - 1)
                if earlier is not None and earlier in candidates and candidates[earlier].shape == "numbered":
                    break  # the end of a numbered list: what follows it starts afresh
            first = before
        run = _run(lines, candidates, first)
        answered = asked_here and len(run) > 1 and run[0] == index and _answers(lines, candidates, run[1])
        if answered:
            run = [index]
        if (
            3 <= len(run) <= 4
            and index == run[-1]
            and candidate.shape in ("question", "sentence")
            and all(candidates[i].shape == "title" and len(candidates[i].heading.split()) <= 3 for i in run[:-1])
            and _heads_text(lines, following)
        ):
            # "Top Posts" over "Today's Links" over "Is the vote still on?" over the text: a
            # page's box of labels with nothing under them, then the post's own headline, in
            # another shape, heading the text.
            accepted.append(candidate)
            continue
        if (
            3 <= len(run) <= 4
            and index == run[-1]
            and all(candidates[i].shape == "caps" and len(candidates[i].heading.split()) <= 6 for i in run)
            and _heads_text(lines, following)
        ):
            # "KEY UPDATES" over "PRESS CONFERENCE TIMES" (boxes the page filled with widgets)
            # over "NORTHPORT ROVERS" over the text: the last heading in capitals heads it.
            accepted.append(candidate)
            continue
        if (
            len(run) > 1
            and candidate.shape == "numbered"
            and _heads_text(lines, following)
            and _next_number_alone(lines, candidates, index)
        ):
            # "1. The latest headlines" under a live page's notes, over a picture's caption and
            # the post, "2. …" heading a later post: a post's numbered headline.
            run = [index]
        if len(run) > 4 or (len(run) > 1 and not _run_may_head(candidates, run)):
            continue
        if len(run) >= 3 and all(len(candidates[i].heading.split()) >= 5 for i in run):
            continue  # three long lines in a row: other articles' headlines, or captions
        if len(run) >= 2 and wrapped and run[-1] - run[0] < 2 * (len(run) - 1):
            if (
                index == run[0]
                and len(run) >= 3
                and run[1] - run[0] >= 2
                and all(below - above == 1 for above, below in zip(run[1:], run[2:]))
                and len(candidate.heading.split()) <= 6
                and not lines[index].rstrip().endswith((".", ":"))
            ):
                # "Keep cool in a heatwave" over "Stay out of the heat", "Cool yourself down" …
                # set line under line: a heading standing apart over the list it heads.
                accepted.append(candidate)
            continue  # lines in a row with no blank line between, in text that has them: a list
        if len(run) >= 2:
            if candidate.heading.endswith("."):
                continue  # "Duties." over another heading: a caption's or a table's title
            after = _next_text_line(lines, run[-1] + 1)
            run = [i for i in run if not _names_only(candidates[i].heading, names) and not _signs_off(lines, candidates, run, i)]
            run = [i for position, i in enumerate(run) if position == 0 or not _said_again(lines, i, run[position - 1])]
            if after is None or index not in run[:2] or not _run_heads(lines, candidates, run, index, after, paired, standing):
                continue
        elif (
            candidate.shape in _WEAK
            and not answered
            and not (_heads_text(lines, following) if candidate.shape == "numbered" else _is_body(lines[_past_credits(lines, following)]))
            and not _byline_over_text(lines, following)
            and not _opens_fields(lines, following)
            and not (candidate.shape == "title" and not lines[index].rstrip().endswith(":") and _one_field_over_text(lines, following))
            and not _opens_sequence(candidates, following)
            and not (candidate.shape in ("title", "caps") and len(candidate.heading.split()) <= 4 and _unmarked_list(lines, following, candidates))
            and not _lead_in_over_list(lines, following)
            and index not in panel.get()
        ):
            continue
        elif (
            lines[index].rstrip().endswith(":")
            and LIST_MARKER.match(lines[following].strip())
            and not _heads_its_list(lines, index, following, candidates)
        ):
            continue  # "Writing ADRs:" over a list introduces the list
        if candidate.shape == "numbered":
            numbered.append(candidate)
        (held if alone else accepted).append(candidate)
    # "Stonebridge Falls" over its paragraph among "Millbrook", "Oakfield": a name heading a
    # part where every heading is a short name in Title Case; among other headings ("Early
    # life"), or alone, a name standing alone is a picture's caption. Over a numbered list
    # (above) a name heads the list.
    if held and accepted and all(h.shape == "title" and len(h.heading.split()) <= 4 for h in accepted):
        accepted = sorted(accepted + held, key=lambda h: h.index)
    elif held and len(accepted) >= 2:
        # "Record of Inquest", "DevSecOps" over a paragraph among two other headings or more:
        # a part named as its text names it; a picture's caption names what the paragraph
        # above it has just named ("Stonebridge Falls" under "… was born in Stonebridge Falls").
        named_above = [h for h in held if _named_above(lines, start, h)]
        accepted = sorted(accepted + [h for h in held if h not in named_above], key=lambda h: h.index)
    if (
        accepted
        and accepted[0].shape == "title"
        and _a_name_alone(accepted[0].heading)
        and _near_the_top(lines, start, accepted[0].index)
        and not any(_a_name_alone(h.heading) for h in accepted[1:] + held)
    ):
        # "Ann Lee" under the standfirst, over the first paragraph, before any heading: the
        # author's name (or a picture's credit), unless people's names head the other parts.
        accepted = accepted[1:]
    heads = {h.index for h in accepted}
    accepted = [h for h in accepted if h.shape != "numbered" or _numbered_ok(h, numbered, lines, heads)]
    if wrapped:
        accepted = [h for h in accepted if not _caption_over_text(lines, h, accepted)]
    # Long sentence-case lines are headings among three or more headings mostly as long, or
    # as one of two such lines over paragraphs; among short headings ("Get in", "Early life"), or alone,
    # such a line is a picture's caption.
    # A venue named in its town and country is long for its names, not as a phrase is long.
    lengths = sorted(len(h.heading.split()) for h in accepted if not (h.shape == "title" and VENUE_IN_PLACE.fullmatch(h.heading)))
    if len(lengths) == 2:
        long_ones_head = lengths[0] >= 5 and all(
            h.shape == "sentence"
            and (following := _next_text_line(lines, h.index + 1)) is not None
            and len(lines[following].split()) >= 12
            for h in accepted
        )
    else:
        long_ones_head = len(lengths) >= 3 and lengths[len(lengths) // 2] >= 5
    if not long_ones_head:
        # A headline opening with a count ("6 work passes revoked and 9 suspended") is none:
        # a caption names what the picture shows, not how many.
        accepted = [
            h for h in accepted if h.shape != "sentence" or not is_long_sentence(h.heading) or re.match(r"\d{1,3}\s+[a-z]", h.heading)
        ]
        # "Firefighters battle a blaze in Malibu": who a picture shows, doing now what it
        # shows, somewhere: a caption, among short headings or alone.
        accepted = [h for h in accepted if h.shape not in ("sentence", "headline") or not _shown_now(h.heading)]
    # "A lawn cutter truck cutting a grass verge", "A calculator with a dollar sign": what a
    # picture shows, a thing and what it does or has, no verb of its own; among any headings.
    accepted = [h for h in accepted if h.shape != "sentence" or not _pictured(h.heading)]
    # A Title Case line of more than ten words heads a part among two other headings at
    # least; alone, or with one other, it is a link to another story or a book's name.
    if len(accepted) < 3:
        accepted = [
            h for h in accepted if h.shape != "title" or len(h.heading.split()) <= 10 or ":" in h.heading or opens_with_picture(h.heading)
        ]
    # Among the numbered entries of a list, a line that says something unnumbered ("Video
    # shows the flooded square") is a picture's caption.
    if sum(h.shape == "numbered" or (h.shape == "sequence" and number_of(h.heading) is not None) for h in accepted) >= 3:
        # (and a cry going on from what came before, "But mainly, burglars!", is a caption's joke)
        accepted = [
            h for h in accepted
            if not (h.shape == "exclaim" and _CONJUNCTION_FIRST.match(h.heading)) and (h.shape != "sentence" or not reads_as_clause(h.heading))
        ]
    # A cry ("Your turn!") heads a section among headings that are neither cries nor
    # questions, one or more and as many at least; in talk, where cries and questions abound, it is a
    # line of the talk.
    cries = sum(h.shape == "exclaim" for h in accepted)
    if cries and sum(h.shape not in ("exclaim", "question") for h in accepted) < max(1, cries):
        accepted = [h for h in accepted if h.shape != "exclaim"]
    # A heading in capitals with a full stop ("SAVE RAIN.") heads a section among two other
    # headings or more; alone it is a sentence in capitals ("THE APPEAL IS DISMISSED.").
    if len(accepted) < 3:
        accepted = [h for h in accepted if not (h.shape == "caps" and h.heading.endswith("."))]
    # A phrase trailing off ("Some background…") heads a section among two other headings or
    # more of other shapes (twice as many at least); alone, or in talk taken down, it is a
    # line of the running text.
    trailing = sum(h.shape == "trailing" for h in accepted)
    if trailing and (sum(h.shape != "trailing" for h in accepted) < max(2, 2 * trailing) or _talk(lines, start, candidates)):
        accepted = [h for h in accepted if h.shape != "trailing"]
    if any(_FIELD_VALUE.match(h.heading) for h in accepted):
        # "We like: the low running cost", its label opening three lines or more and its value
        # in small letters: a review's field, no heading ("Fact: Many agencies …" heads its part).
        labels = Counter(m.group(1) for line in lines[start:] if (m := _FIELD_VALUE.match(line.strip())))
        accepted = [h for h in accepted if not ((m := _FIELD_VALUE.match(h.heading)) and labels[m.group(1)] >= 3)]
    # A claim opened by a pronoun ("It takes effort to win users") heads a section among
    # two or more headings of other shapes, as many at least, outside an interview.
    # A claim right under the title is the article's standfirst, not its first heading.
    opening = _next_text_line(lines, start)
    accepted = [h for h in accepted if not (h.shape == "claim" and h.index == opening)]
    # A long question opening the text under its headline ("Have you ever wondered how the
    # big firms write their reports?") asks its reader: the lead's first words, not a heading.
    # Among two other question headings or more, it is the first of them.
    if opening is not None and _previous_text_line(lines, opening - 1) is not None:
        others = sum(h.shape == "question" and h.index != opening for h in accepted)
        accepted = [
            h for h in accepted if not (h.shape == "question" and h.index == opening and len(h.heading.split()) >= 12 and others < 2)
        ]
    claims = sum(h.shape == "claim" for h in accepted)
    plain = sum(h.shape not in ("exclaim", "question", "claim") for h in accepted)
    if claims and (plain < max(2, claims) or _asking(lines, candidates) >= 3):
        accepted = [h for h in accepted if h.shape != "claim"]
    # A headline with an aside after a comma ("Trump files a third lawsuit, this time in
    # Georgia") heads a section among headlines: other sentence-case headings of five words
    # or more, as many at least; among short headings it is a picture's caption.
    headlines = sum(h.shape == "headline" for h in accepted)
    long_ones = sum(h.shape == "sentence" and len(h.heading.split()) >= 5 for h in accepted)
    if headlines and long_ones < headlines:
        accepted = [h for h in accepted if h.shape != "headline"]
    # A claim of more than twelve words heads a section among two other headings or more of
    # seven words or more, as many at least.
    longs = sum(h.shape == "long" for h in accepted)
    if longs and sum(h.shape != "long" and len(h.heading.split()) >= 7 for h in accepted) < max(2, longs):
        accepted = [h for h in accepted if h.shape != "long"]
    # Two short clauses ("AMD rises, Microsoft disappoints") head a section among other
    # headings of plain shapes, as many at least.
    clauses = sum(h.shape == "clauses" for h in accepted)
    if clauses and sum(h.shape in ("title", "sentence", "caps", "numbered") for h in accepted) < clauses:
        accepted = [h for h in accepted if h.shape != "clauses"]
    # A long question heads a section among two or more short question headings: an
    # interview's questions; alone it is a paragraph asking its reader.
    questions = sum(h.shape == "question" and not is_long_question(h.heading) for h in accepted)
    if questions < 2:
        accepted = [h for h in accepted if h.shape != "question" or not is_long_question(h.heading)]
    # "Missed exams or assignments:" over a paragraph heads it among two other headings or
    # more ending in colons ("Grading Criteria:", "Syllabus:"); else it leads into the paragraph.
    # Right under the headline, among two other headings or more, it heads the first part
    # ("Details of the changes:" over the first paragraph, then "The Council Website" …).
    # Two lines ending in colons or more each over its paragraph ("Start times:", "Bag drop:")
    # head their parts beside a heading that ends in one too ("Parking:").
    colons = [h for h in accepted if lines[h.index].rstrip().endswith(":")]
    if lead_ins and not (len(colons) >= 3 and any(h.index not in lead_ins for h in colons)) and sum(
        lines[h.index].rstrip().endswith(":") and h.index not in lead_ins for h in accepted
    ) < 2:
        headline = _next_text_line(lines, 0)
        first = (
            {h.index for h in accepted[:1] if _previous_text_line(lines, h.index - 1) == headline}
            if sum(h.index not in lead_ins for h in accepted) >= 2
            else set()
        )
        accepted = [h for h in accepted if h.index not in lead_ins or h.index in first]
    # The text's only heading-like line, in sentence case, naming what stands at a place
    # ("Flood victims in Kallo", "A rover near the crater on Mars"), is a picture's caption.
    if len(accepted) == 1 and accepted[0].shape == "sentence" and _AT_A_PLACE.search(accepted[0].heading):
        return []
    return accepted


# Where a page's list items were copied onto one line with no space between them: a word
# or figure running into the next item's first word ("from AprilRate for …", "by £500mSocial
# housing …", "from January5p cut …").
_ITEMS_JOINED = re.compile(
    r"(?:\b[A-Za-z][a-z]{3,}|(?<![\w.,])[£$€]?\d[\d.,]*[a-z%]{0,2})(?=[A-Z][a-z]{2,}\s+[a-z\d£$€])"
    r"|\b[A-Za-z][a-z]{3,}(?=[£$€]?\d[\d.,]*[a-z%]{0,2}\s+[a-z])"
)


def _run_together(line: str) -> bool:
    """A paragraph of list items run together on one line, the last with no full stop: it ends
    where the line ends, and a heading may stand under it."""
    text = line.strip()
    return len(text.split()) >= 15 and not TABLE_ROW.search(text) and _ITEMS_JOINED.search(text) is not None


def _glued(lines: list[str], heading: HeadingLine) -> bool:
    """Does a heading-like line stand right on the paragraph under it, no blank line between?"""
    below = heading.index + 1
    return below < len(lines) and bool(lines[below].strip())


def _caption_over_text(lines: list[str], heading: HeadingLine, accepted: list[HeadingLine]) -> bool:
    """In text whose headings have a blank line under them, a line of its own shape right on
    a paragraph ("Acme Desk Lamp and Shade" on "Choosing a lamp is hard. …"), the only one so
    set among two or more, is a picture's caption over the text."""
    if heading.shape in ("known", "sequence") or heading.rest is not None or not _glued(lines, heading):
        return False
    below = lines[heading.index + 1].strip()
    if LIST_MARKER.match(below) or len(below.split()) < 12:
        return False  # a heading over its list, or over a short line
    plain = [h for h in accepted if h.shape not in ("known", "sequence") and h.rest is None]
    glued = sum(_glued(lines, h) for h in plain)
    return glued == 1 and len(plain) - glued >= 2


# A sentence going on: a word in lower case ("analysts expect …", not "parkpass.gov sells …") or a
# stop or comma ("… and Acme", then ". The venture …") opening the line.
_GOES_ON = re.compile(r"^(?:[a-z][a-z’'\-]*\s|[,;:)]|\.\s)")


def _names_its_last_word(heading: str, line: str) -> bool:
    """Does the line open with the heading's last word, written in small letters as a tool's or
    a brand's name is ("… using pip-tools" over "pip-tools is one easy way")?"""
    words = heading.split()
    last = words[-1] if words else ""
    return len(last) >= 3 and last[:1].islower() and line.strip().startswith(last + " ")


def _goes_on(line: str) -> bool:
    """Does a line go on with a sentence that a line above it began?"""
    return _GOES_ON.match(line.strip()) is not None


# A phrase closing on where its subject stands: "in Kallo", "around the Harbour Gate".
_AT_A_PLACE = re.compile(
    r"\s(?:in|at|around|near|on|outside|inside|over|above|off|along|across)\s+(?:the\s+)?"
    r"[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*$"
)


# A caption's present tense: who is shown ("Rescue workers", "A woman"), what they do
# ("search", "walks"), and to what ("the rubble", "her dog").
_SHOWN_NOW = re.compile(
    r"^(?:(?:A|An)\s+(?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*[^s\W]\s+(?P<verb_s>[a-z]{2,}[^s\W]s)"
    r"|(?:[A-Z][\w’'\-]*\s+)?[A-Za-z][\w’'\-]*[^su\W]s\s+(?P<verb>[a-z]{2,}[^s\W]))"
    r"\s+(?:(?:through|past|across|along|outside|into|near|around|at|on|in|under|over|by|from|beside)\s+)?"
    r"(?:a|an|the|their|his|her|its|two|three|four|several|some|dozens|hundreds|thousands)\s"
)
_NOT_VERBS = frozenset("are were have had will would can could should may might must and but for with that than then also who which".split())
# Where or when it is: "in Malibu", "outside the Capitol", "on Sunday".
_WHERE_OR_WHEN = re.compile(r"\s(?:in|at|near|outside|inside|on|along|across|during|after|before|off|over|through)\s+(?:the\s+)?[A-Z]")


# Words ending in "-ing" that are no participle: "A morning in Kyoto", "A building with a past".
_NOT_PARTICIPLES = frozenset("during morning evening building nothing something anything everything thing king spring ring wing ceiling string bring sibling wedding ending meeting painting".split())
# Words after which an "-ing" word is a noun's: "A guide to building a budget".
_BEFORE_GERUND = frozenset("to for of about on in by from at without before after the a an".split())
# What a picture's "-ing" word or "with" is followed by: "holding a sign", "with two dogs".
_SHOWN_OBJECTS = frozenset("a an the his her their its two three some".split())
# Verbs that make a line a claim, no picture's description: "A safe space is …".
_FINITE_VERBS = frozenset("is are was were has have had will would can could should must may might does did".split())


def _pictured(heading: str) -> bool:
    """ "A woman holding a sign", "A calculator with a dollar sign in emojis": a thing shown,
    then what it does or has (an "-ing" word or "with"), in five to fourteen words."""
    words = heading.split()
    if words[0] not in ("A", "An") or not 5 <= len(words) <= 14 or any(ch in heading for ch in ":?!;"):
        return False
    if any(w.lower() in _FINITE_VERBS for w in words):
        return False  # "A safe space is necessary for …": a claim with its verb
    for position in range(2, len(words) - 1):
        word = words[position].lower()
        participle = word.endswith("ing") and len(word) > 4 and word not in _NOT_PARTICIPLES and words[position - 1].lower() not in _BEFORE_GERUND
        # … and what it holds or does it to: "holding a sign", "with a dollar sign".
        if (word == "with" or participle) and words[position + 1].lower() in _SHOWN_OBJECTS:
            return True
    return False


def _shown_now(heading: str) -> bool:
    """ "Firefighters battle a blaze in Malibu", "A woman walks her dog on Brighton beach":
    a picture's caption in the present tense, naming where or when."""
    match = _SHOWN_NOW.match(heading)
    if not match or heading.split()[0].lower() in _QUESTION_OPENERS | {"this", "these", "those", "its", "as"}:
        return False
    verb = match["verb"] or match["verb_s"]
    if verb in _NOT_VERBS or verb.endswith(("ing", "ed", "ly")):
        return False
    return _WHERE_OR_WHEN.search(heading, match.end() - 1) is not None


def _names_site(address: str, lines: list[str], following: int) -> bool:
    """Does the paragraph under a web address name its site ("Notify.gov" over "Notify sends
    texts …"), or a list (of its links) stand under it?"""
    if LIST_MARKER.match(lines[following].strip()):
        return True  # a site's name over a list of its links
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", address).split(".")[0].casefold()
    return len(name) >= 2 and name in lines[following].casefold()


def _heads_its_list(lines: list[str], index: int, following: int, candidates: dict[int, HeadingLine]) -> bool:
    """Does a line ending in a colon head the list under it ("Who should attend:" over "- Webmasters"
    …)? It does in a chain of two or more such lines, each list running to the next line and
    the last one's to the text's end or a heading, as parts do. A line over a list that the
    running text goes on after introduces the list."""
    if not _colon_over_list(lines, index, candidates) or _widget_options(lines, index):
        return False
    first = index
    while True:  # back to the chain's first line
        before = _previous_text_line(lines, first - 1)
        while before is not None and LIST_MARKER.match(lines[before].strip()):
            before = _previous_text_line(lines, before - 1)
        if before is not None and not _colon_over_list(lines, before, candidates):
            opens = before  # back over a list that lost its markers, to the line over it
            while opens > 0 and lines[opens - 1].strip():
                opens -= 1
            before = _previous_text_line(lines, opens - 1) if opens > 0 else None
        if before is None or not _colon_over_list(lines, before, candidates) or _after_the_list(lines, before + 1, candidates) != first:
            break
        first = before
    links = 1
    last = first
    while True:  # on to its last
        after = _after_the_list(lines, last + 1, candidates)
        if after is not None and _colon_over_list(lines, after, candidates):
            last, links = after, links + 1
            continue
        if after is not None and after not in candidates:
            return False
        # Alone, a Title Case line over points that are paragraphs, running to the next heading.
        return links >= 2 or (after is not None and candidates[index].shape == "title" and _paragraph_items(lines, index))


_CODED_ITEM = re.compile(r"^[A-Z]{1,3}-?\d[\w-]*\s+[A-Z]")


def _heads_coded_items(lines: list[str], index: int) -> bool:
    """Is the line, a name of three words or more with no figure, over five or more one-line
    items of a few words standing apart, each opening with a code of letters and figures
    ("R-12 Quay Street")? Under a paragraph or under such an item."""
    text = lines[index].strip()
    if len(text.split()) < 3 or any(ch.isdigit() for ch in text) or text.endswith((".", ":", ",")):
        return False
    previous = _previous_text_line(lines, index - 1)
    if previous is None or not (_is_body(lines[previous]) or _CODED_ITEM.match(lines[previous].strip())):
        return False
    at, count = index, 0
    while count < 5:
        at = _next_text_line(lines, at + 1)
        if at is None:
            return False
        item = lines[at].strip()
        if not _CODED_ITEM.match(item) or len(item.split()) > 6 or (at + 1 < len(lines) and lines[at + 1].strip()):
            return False
        count += 1
    return True


def _heads_flat_table(lines: list[str], index: int) -> bool:
    """Is the line, a name of two to six words with no figure, over a table laid flat: a row of
    three to eight column names (one capitalised word each, no stop), then six or more cells
    standing apart, a line each of six words at most, at least two of them with a figure?"""
    text = lines[index].strip()
    if not 2 <= len(text.split()) <= 6 or any(ch.isdigit() for ch in text) or text.endswith((".", ":", ",", "!", "?")):
        return False
    row_at = _next_text_line(lines, index + 1)
    if row_at is None:
        return False
    row = lines[row_at].strip().split()
    if not 3 <= len(row) <= 8 or not all(word[:1].isupper() and word.isalpha() for word in row):
        return False
    cells: list[str] = []
    at = row_at
    while len(cells) < 6:
        at = _next_text_line(lines, at + 1)
        if at is None or (at + 1 < len(lines) and lines[at + 1].strip()):
            return False
        cells.append(lines[at].strip())
    return all(len(cell.split()) <= 6 for cell in cells) and sum(any(ch.isdigit() for ch in cell) for cell in cells) >= 2


def _flat_table_cells(lines: list[str], index: int) -> list[int]:
    """The lines of a table laid flat under its heading: its row of column names, then each
    short line standing over another short line (a short line over a paragraph heads it)."""
    cells: list[int] = []
    at = _next_text_line(lines, index + 1)
    while at is not None and len(lines[at].split()) <= 6:
        after = _next_text_line(lines, at + 1)
        if after is not None and len(lines[after].split()) > 6:
            break
        cells.append(at)
        at = after
    return cells


def _widget_options(lines: list[str], index: int) -> bool:
    """Is a label of a word or two ending in a colon ("Show:") over two or three items of a
    word or two each ("- All", "- None") a page's control with its choices, no heading? Only
    beside another such control ("Order by:" over "- Newest", "- Oldest"): a recipe's
    "Ingredients:" over "- Flour", "- Salt" heads its list."""
    after = _control_choices_end(lines, index)
    if after is None:
        return False
    following = _next_text_line(lines, after)
    if following is not None and _control_choices_end(lines, following) is not None:
        return True
    before = _previous_text_line(lines, index - 1)
    while before is not None and LIST_MARKER.match(lines[before].strip()):
        before = _previous_text_line(lines, before - 1)
    return before is not None and _control_choices_end(lines, before) is not None


def _control_choices_end(lines: list[str], index: int) -> int | None:
    """Where the choices end under a control's label (a word or two ending in a colon over
    two or three items of a word or two each), or None when the line is no such label."""
    text = lines[index].strip()
    label = text.rstrip(":")
    if not text.endswith(":") or not 1 <= len(label.split()) <= 2:
        return None
    items: list[str] = []
    at = _next_text_line(lines, index + 1)
    while at is not None and at < len(lines) and LIST_MARKER.match(lines[at].strip()):
        items.append(LIST_MARKER.sub("", lines[at].strip(), count=1))
        at += 1  # the choices stand one under another, up to a blank line
    if 2 <= len(items) <= 3 and all(1 <= len(item.split()) <= 2 and not item.endswith((".", "!", "?")) for item in items):
        return at
    return None


def _ends_paragraph_below(lines: list[str], index: int) -> bool:
    """Is the text from `index` a paragraph, ending as one does within a few lines?"""
    for line in lines[index : index + 12]:
        if not line.strip():
            return False
        if _ends_paragraph(line):
            return True
    return False


def _paragraph_items(lines: list[str], index: int) -> bool:
    """Are the items of the list under a line paragraphs (a dozen words or more each), as the
    points of a part are, rather than an enumeration's short items?"""
    item = _next_text_line(lines, index + 1)
    items = 0
    while item is not None and LIST_MARKER.match(lines[item].strip()):
        if len(lines[item].split()) < 12:
            return False
        items += 1
        item = _next_text_line(lines, item + 1)
    return items >= 2


def _colon_over_list(lines: list[str], index: int, candidates: dict[int, HeadingLine]) -> bool:
    following = _next_text_line(lines, index + 1)
    return (
        index in candidates
        and lines[index].rstrip().endswith(":")
        and following is not None
        and (LIST_MARKER.match(lines[following].strip()) is not None or _line_block(lines, following, candidates) >= 2)
    )


def _line_block(lines: list[str], index: int, candidates: dict[int, HeadingLine]) -> int:
    """How many lines stand one right under another from `index` on, up to a blank line or a
    heading: a list whose markers the copy lost, when two or more ("Boil water …",
    "Prepare meals …")."""
    count = 0
    while index + count < len(lines) and lines[index + count].strip() and (count == 0 or index + count not in candidates):
        count += 1
    return count


def _after_the_list(lines: list[str], index: int, candidates: dict[int, HeadingLine] | None = None) -> int | None:
    """The first text line from `index` on that is no list item; with `candidates`, a block
    of lines without markers right under a line is its list too."""
    after = _next_text_line(lines, index)
    if after is not None and candidates is not None and not LIST_MARKER.match(lines[after].strip()):
        block = _line_block(lines, after, candidates)
        return _next_text_line(lines, after + block) if block >= 2 else after
    while after is not None and LIST_MARKER.match(lines[after].strip()):
        after = _next_text_line(lines, after + 1)
    return after


def _said_again(lines: list[str], index: int, other: int | None) -> bool:
    """Does the line at `other` say the words of the line at `index`, case, order and small
    words aside ("Types of permits", "Permit types")?"""
    return other is not None and _content_words(lines[other]) == _content_words(lines[index])


def _content_words(line: str) -> frozenset[str]:
    words = (w.strip("\"'“”‘’()[],.;:!?").casefold().removesuffix("s") for w in line.split())
    return frozenset(w for w in words if w and w not in _SMALL_IN_NAMES)


def _asks(line: str) -> bool:
    """Does a line end in a question mark (a quotation's closing mark aside)?"""
    return line.rstrip().rstrip("\"”’')").endswith("?")


def _question_heading(line: str) -> bool:
    """ "How Do You Grow Lemons?": a question of four words or more in Title Case heads a
    part, as a page's headings are written; an interviewer asks in sentence case."""
    return len(line.split()) >= 4 and is_title_case(line.strip())


def _in_an_exchange(lines: list[str], previous: int | None, following: int, start: int) -> bool:
    """A short line between a question and the next question is an interview's answer."""
    return previous is not None and previous >= start and _asks(lines[previous]) and _asks(lines[following])


# "Dear Jean:", "Sir,": the salutation under a letter's address.
_SALUTATION_LINE = re.compile(r"^(?:(?:Dear|My dear|To whom)\b.{0,60}[,:]|[A-Z][\w.’' ]{0,20},)$")
_CAPITALISED = re.compile(r"(?:^|(?<=[\s\"“(]))([A-Z\u00c0-\u00de][\w’'\-]*)", re.MULTILINE)
_MID_SENTENCE = re.compile(r"(?<=[\w,;)’'\]])[ \t]+([A-Z\u00c0-\u00de][\w’'\-]*)")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_LOWER = re.compile(r"(?:^|(?<=[\s\"“(]))([a-z\u00df-\u00ff][\w’'\-]*)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class _Names:
    capitalised: set[str]
    inside: Counter[str]
    lower: set[str]


_SMALL_IN_NAMES = frozenset("of the and de la du von van der da di al at in on for upon".split())


def _names_in_running_text(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> _Names:
    """The words of the running text: capitalised anywhere, inside sentences, in lower case."""
    text = "\n".join(lines[index] for index in range(start, len(lines)) if index not in candidates)
    inside: Counter[str] = Counter()
    for word, count in Counter(_MID_SENTENCE.findall(text)).items():
        inside[_bare(word)] += count
    capitalised = {_bare(word) for word in set(_CAPITALISED.findall(text))}
    lower = {_bare(word) for word in set(_LOWER.findall(text))}
    return _Names(capitalised, inside, lower)


class _LazyNames:
    """The running text's words, gathered only when a line first needs them."""

    def __init__(self, lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> None:
        self._source = (lines, start, candidates)
        self._names: _Names | None = None

    def get(self) -> _Names:
        if self._names is None:
            self._names = _names_in_running_text(*self._source)
        return self._names


def _bare(word: str) -> str:
    return word.rstrip("’'").removesuffix("’s").removesuffix("'s")


def _names_only(heading: str, lazy: _LazyNames) -> bool:
    """A line of names only ("Antonín Dvořák", "Shah Mosque"), a caption or a signature.

    Every word but "of" or "the" is capitalised as the running text writes it, its first
    word never in lower case there (a name's own word, not "Early" of "Early life"), and its
    last word capitalised inside a sentence.
    """
    if _SECTION_LABEL.fullmatch(heading.strip()):
        return False  # "National News", "World": a part of a paper or a digest, though its words name things
    words = [_bare(w.strip("\"'“”‘’()[],.;:!?")) for w in heading.split()]

    # A year or a number beside the names ("Ann Lee in 1990") leaves them names.
    core = [w for w in words if w and w.lower() not in _SMALL_IN_NAMES and not _YEAR.fullmatch(w)]
    if not core or len(core) > 5 or not all(w[:1].isupper() for w in core):
        return False
    names = lazy.get()
    # One word alone ("Impact", "Beringia") is a name only when the text names it twice.
    return (
        all(w in names.capitalised for w in core)
        and core[0].lower() not in names.lower
        and names.inside[core[-1]] >= (2 if len(core) == 1 else 1)
    )


# What a part about a name reports, last in its heading: "… Team News", "… Preview".
_REPORT_WORDS = frozenset({"news", "preview", "previews", "report", "update", "updates", "verdict", "ratings", "lineups", "line-ups", "stats", "prediction", "predictions"})


# "Ann Lee", "N S Andres and R T Ponce", "Ann Lee, Jan Kos & Eva Marx": people's names only.
_PERSON = r"[A-Z][\w’'\-]*\.?(?:\s+[A-Z][\w’'\-]*\.?){1,3}"
_AUTHORS = re.compile(rf"^{_PERSON}(?:(?:,\s+|,?\s+(?:and|&)\s+){_PERSON}){{0,5}}$")


# The places authors work at, named under a title: "Department of Linguistics", "Durham University".
_AFFILIATION = re.compile(
    r"\b(?:University|Universit[yéäà]t?|Universidad|Universiteit|Institute|Institut|Instituto|Department|"
    r"College|Laboratory|Faculty|School of|Centre for|Center for|Research Cent(?:er|re))\b"
)


def _authors(line: str, lazy: _LazyNames) -> bool:
    """A line of people's names: capitalised words, a few to a name, joined by commas or
    "and", none of them a word the running text writes in lower case ("Early Life" heads)."""
    if not _AUTHORS.match(line.strip()):
        return False
    words = [_bare(w.strip(".,&")) for w in line.split() if w not in ("and", "&")]
    lower = lazy.get().lower
    if any(w.lower() in lower for w in words if len(w) > 1):
        return False
    # Each name opens with a given name or an initial ("Eric Forcier", "R T Ponce"), not
    # with a word of a heading ("English Etymology", "Learning Objectives").
    people = re.split(r",?\s+(?:and|&)\s+|,\s+", line.strip())
    first_names, common = name_words()
    # One name alone opens with a given name that is no common word ("Scott Lee", not "Mac Apps").
    alone = len(people) == 1
    return all(
        len(first.rstrip(".")) == 1 or (first in first_names and not (alone and first.lower() in common))
        for first in (person.split()[0] for person in people)
    )


_GAZETTEER = Path(__file__).resolve().parent.parent / "entities" / "data" / "gazetteer.json"


# A side's or a body's name, someone's role in small letters (no small word of a sentence,
# no verb's "-s") and the person's name: "Cronulla Sharks prop Braden Hamlin-Uele".
_SIDE_ROLE_NAME = re.compile(
    r"^(?:[A-Z][\w'’.&-]*\s){1,3}"
    r"(?:(?!(?:the|of|and|for|to|in|on|a|an|with|by|at|from|is|are|was|were|will|has|have|had|as|or|but|after|before|over)\b)(?![a-z-]*[^s]s\b)[a-z][a-z-]+\s){1,2}"
    r"(?P<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2})$"
)


def _shows_someone(line: str) -> bool:
    """ "Melbourne Storm fullback Ryan Papenhuyzen": a picture's caption, who is shown; the
    name after the role is a person's (no common word), not "Practical Recommendations"."""
    match = _SIDE_ROLE_NAME.match(line.strip())
    if match is None:
        return False
    common = name_words()[1]
    return not any(w.lower() in common for w in re.split(r"[\s-]", match["name"]))


# A name of two or three words before a colon: "Ana Velvo: Harbour Lights".
_NAMED_WORK = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}): \S")


def _without_named_works(lines: list[str], start: int, placed: list[HeadingLine]) -> list[HeadingLine]:
    """The headings less the captions of an artist's works, each by its maker and title ("Ana
    Velvo: Harbour Lights" where another short line opens "Ana Velvo: …" too)."""
    named = [h for h in placed if _NAMED_WORK.match(h.heading)]
    if not named:
        return placed
    # Each maker's name before a colon, counted once over the short lines of the text.
    makers = Counter(
        match["name"] for line in lines[start:] if len(line.split()) <= 12 and (match := _NAMED_WORK.match(line.strip()))
    )
    return [h for h in placed if h not in named or makers[_NAMED_WORK.match(h.heading)["name"]] < 2]


def _given_names_shown(line: str) -> bool:
    """ "Marissa and Rick", "Ana, Tom and Lee": people by their given names alone, a
    picture's caption of who is in it, no heading."""
    words = re.split(r"\s*,\s*|\s+(?:and|&)\s+", line.strip())
    if not 2 <= len(words) <= 4 or " and " not in f" {line} " and "&" not in line:
        return False
    first_names, common = name_words()
    return all(w in first_names and w.lower() not in common for w in words)


def _over_a_price(lines: list[str], index: int) -> bool:
    """Does the line stand right over a product's price and shop?"""
    following = _next_text_line(lines, index + 1)
    return following is not None and following <= index + 2 and is_price_line(lines[following])


def _quote_s_source(line: str) -> bool:
    """ "Ann Lee Source", "Source": who said a quotation and the link to where, no heading."""
    words = line.split()
    if words[-1:] != ["Source"]:
        return False
    name = words[:-1]
    common = name_words()[1]
    return not name or (2 <= len(name) <= 3 and all(_NAME_WORD.fullmatch(w) and w.lower() not in common for w in name))


def _a_name_alone(line: str) -> bool:
    """ "Christina Rodriguez": a given name and a family name or two, nothing else."""
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    first_names, common = name_words()
    return words[0] in first_names and not any(w.lower() in common for w in words[1:])


_NAME_WORD = re.compile(r"[A-Z][a-z\u00df-\u024f]+(?:[-'’][A-Z]?[a-z\u00df-\u024f]+)?|[A-Z][A-Z\u00c0-\u024f]+(?:[-'’][A-Z]+)?|[A-Z]\.")


def _unnamed_author(lines: list[str], index: int) -> bool:
    """ "Dorota Wieczorek", "ANN LEE", "Ann Lee @annlee" under the headline: two or three words
    each written as a name's, none a common word, none said again in the text below (a
    heading names what its part speaks of): the author's name, whatever the names known."""
    text = re.sub(r"\s+@\w{2,30}$", "", lines[index].strip())
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    common = name_words()[1]
    if any(w.lower().strip(".") in common for w in words):
        return False
    below = {w.lower() for w in re.findall(r"[^\W\d_]{2,}", " ".join(lines[index + 1 :]))}
    return not any(w.lower() in below for w in words if len(w) > 2)


@lru_cache(maxsize=1)
def _gazetteer() -> dict:
    # The file itself, not the entities package: importing that would load its model too.
    return json.loads(_GAZETTEER.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def name_words() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped gazetteer's given names and common words, read only when a line may be
    a list of people."""
    data = _gazetteer()
    return frozenset(data.get("first_names", ())), frozenset(data.get("common_words", ()))


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The gazetteer's places and their other names, in lower case, read only when a line in
    capitals stands over the first paragraph."""
    places = _gazetteer().get("place", {})
    return frozenset(name.lower() for place, aliases in places.items() for name in (place, *aliases))


def _dateline_alone(lines: list[str], start: int, index: int) -> bool:
    """ "NAIROBI" over the first paragraph: a place in capitals, where the story was
    written, standing alone before the text; no heading."""
    text = lines[index].strip().rstrip(":,.—–-").strip()
    if not (is_all_caps(text) and len(text.split()) <= 4 and _before_the_text(lines, start, index) and text.lower() in _place_names()):
        return False
    # "ANTRIM" over its news, then "ARMAGH" over its own: the first of a round-up's places,
    # each heading its part.
    return not any(
        line.strip() != text and is_all_caps(line.strip()) and len(line.split()) <= 4 and line.strip().lower() in _place_names()
        for line in lines[index + 1 :]
    )


# A story's first paragraph opening with where it was written: "CLEVELAND--(BUSINESS WIRE)--",
# "HARBOUR TOWN, Dec 4 -", "LONDON (Reuters) -", "NAIROBI —".
_OPENS_WITH_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’\-]{2,}(?:\s[A-Z][A-Z.'’\-]+){0,3}(?:,\s[^()—–\n]{1,30}?)?\s*(?:--)?\s*(?:\([A-Za-z&. ]{1,25}\))?\s*(?:--|\s[—–-]|[—–])\s*\S"
)


def _before_the_text(lines: list[str], start: int, index: int) -> bool:
    """Does the line at `index` stand above the first paragraph, among the lines under a title?"""
    return all(not _is_body(lines[i]) for i in range(start, index) if lines[i].strip())


def _near_the_top(lines: list[str], start: int, index: int) -> bool:
    """Does the line at `index` stand under two paragraphs at most of the text (a standfirst)?"""
    return sum(_is_body(lines[i]) for i in range(start, index) if lines[i].strip()) <= 2


def _first_line_past_dates(lines: list[str], start: int) -> int | None:
    """The first line of text from `start` on that is no date nor stamp of when it was posted."""
    at = _next_text_line(lines, start)
    while at is not None and (is_date_line(lines[at]) or is_stamp_line(lines[at])):
        at = _next_text_line(lines, at + 1)
    return at


# A field's label and a value in small letters: "We like: the low running cost".
_FIELD_VALUE = re.compile(r"([A-Z][^:]{0,29}):\s+[a-z]")


def _unmarked_list(lines: list[str], index: int, candidates: dict[int, HeadingLine]) -> bool:
    """Do three lines or more from `index` on, one right under another, read as a list's
    items without markers ("2 cups flour", "1 egg", "1/2 cup oil"): short, none ending as a
    sentence nor standing as a heading? A short heading ("Ingredients") may head them."""
    items = 0
    for line in lines[index : index + 40]:
        text = line.strip()
        if not text or index + items in candidates:
            break  # the list ends at a blank line or at the next heading
        if len(text.split()) > 8 or text.endswith((".", "?", "!", ":")):
            return False
        items += 1
    return items >= 3


def _opens_sequence(candidates: dict[int, HeadingLine], index: int) -> bool:
    """Is the line at `index` the first of a sequence of numbered headings ("1) Choose a fat")?
    A heading may stand right over it ("Ingredients")."""
    candidate = candidates.get(index)
    if candidate is None or candidate.shape != "sequence":
        return False
    match = number_of(candidate.heading)
    if match is None or not match["number"].isdigit():
        return False
    number = int(match["number"])
    if number == 1:
        return True
    # "3. The Blue Heron", then "2. …" down to "1. …": the first of a countdown, where the sequence
    # before it (if any) is no higher number counting down to it.
    after = _nearest_number(candidates, range(index + 1, max(candidates) + 1))
    return after == number - 1 and _nearest_number(candidates, range(index - 1, -1, -1)) != number + 1


def _nearest_number(candidates: dict[int, HeadingLine], indexes: range) -> int | None:
    """The number of the first numbered heading of a sequence met going through `indexes`."""
    for other in indexes:
        if other in candidates and candidates[other].shape == "sequence":
            found = number_of(candidates[other].heading)
            return int(found["number"]) if found and found["number"].isdigit() else None
    return None


def _opens_numbered_list(lines: list[str], index: int) -> bool:
    """Do the lines from `index` open a numbered list ("1. …" then "2. …")?"""
    first = re.match(r"^1[.)]\s+\S", lines[index].strip())
    second = _next_text_line(lines, index + 1)
    return bool(first) and second is not None and re.match(r"^2[.)]\s+\S", lines[second].strip()) is not None


def _named_above(lines: list[str], start: int, heading: HeadingLine) -> bool:
    """Does the paragraph above a line name what the line names?"""
    above = _previous_text_line(lines, heading.index - 1)
    if above is None or above < start:
        return False
    return heading.heading.lower() in " ".join(lines[above].split()).lower()


def _opens_alt_text_above(lines: list[str], start: int, heading: HeadingLine) -> bool:
    """Does a longer line above, under the title, open with the name ("Harbour Hall opening
    2027 - Glass front at dusk." over "Harbour Hall"): a picture's alt text over its caption?"""
    name = " ".join(heading.heading.split())
    return any(
        " ".join(lines[i].split()).startswith(name + " ") and len(lines[i].split()) >= 2 * len(name.split()) + 3
        for i in range(start, heading.index)
        if lines[i].strip()
    )


def _named_first_here(lines: list[str], index: int, following: int) -> bool:
    """A name of three words or more that the text names first in the paragraph under it:
    "Always Keep Fighting" over "In 2015 he launched his Always Keep Fighting campaign"
    heads that part; a caption names what the text named before, or a person ("Ann Lee").
    """
    name = " ".join(lines[index].split())
    if len(name.split()) < 3 or name.lower() not in " ".join(lines[following].split()).lower():
        return False
    before = " ".join(" ".join(lines[:index]).split()).lower()  # the title's words too
    return name.lower() not in before


def _named_subjects(lines: list[str], start: int, candidates: dict[int, HeadingLine]) -> set[int]:
    """Names standing alone, each over a paragraph that opens with that name: "The Hub" over
    "The Hub is a place where …", "Midas" over "Midas: One of …". Two or more different ones
    head the parts of a text about each; one alone is a picture's caption.
    """
    found: dict[str, int] = {}
    mentioned: dict[str, int] = {}
    short = 0  # short Title Case lines over paragraphs
    for index, candidate in candidates.items():
        if index < start or candidate.shape not in ("title", "sentence"):
            continue
        following = _next_text_line(lines, index + 1)
        if following is None or not _is_body(lines[following]):
            continue
        name = re.sub(r"^the\s+", "", candidate.heading.strip().lower())
        opening = re.sub(r"^the\s+", "", lines[following].strip().lower())
        if opening.startswith(name) and not opening[len(name) : len(name) + 1].isalnum():
            found.setdefault(name, index)
        words = candidate.heading.split()
        if candidate.shape == "title" and 1 <= len(words) <= 4:
            short += 1
            if re.search(rf"\b{re.escape(_bare(words[-1]))}\b", lines[following]):
                mentioned.setdefault(name, index)
    named = set(found.values()) if len(found) >= 2 else set()
    # "Erling Haaland" over "Haaland scored 36 goals …", "Mohamed Salah" over "… Salah is
    # still …": three or more people or things, each over a paragraph that names it again,
    # are a list's entries ("Four players to watch"); a caption's name is one or two. Two
    # among three or more short headings over paragraphs ("Brexit", "Labour", "Housing")
    # are the parts' subjects too.
    return named | (set(mentioned.values()) if len(mentioned) >= 3 or (len(mentioned) == 2 and short >= 3) else set())


# "Kick-off: 7.45pm, Friday", "Venue: Wembley": a short label of a word to three, a colon, its value.
_FIELD = re.compile(r"^[A-Za-z][\w’'\-]*(?:\s+[\w’'\-]+){0,2}:\s+\S")


# "KICKOFF: Thursday, 8 p.m. ET", "Venue: Harbour Park": a label in capitals or Title Case (a
# word to three), a colon, a short value that is no sentence.
_FACT_ROW = re.compile(r"^(?P<label>[A-Z][\w’'&/\-]*(?:\s+[A-Z][\w’'&/\-]*){0,2}):\s+(?P<value>\S.*)$")


def _fact_row(line: str) -> bool:
    match = _FACT_ROW.match(line.strip())
    return (
        match is not None
        and 1 <= len(match["value"].split()) <= 8
        and not match["value"].endswith((".", "!", "?", ":"))
        and (is_all_caps(match["label"]) or is_title_case(match["label"]))
    )


def _fact_rows(lines: list[str]) -> set[int]:
    """The lines of a block of facts, three rows or more one under another (blank lines
    aside), each a label and its short value ("KICKOFF: …", "TV: ESPN", "SERIES: …"): a
    table's rows, never headings, whole lines of the text."""
    return rows_of_blocks(lines, _fact_row)


def _opens_fields(lines: list[str], index: int) -> bool:
    """Do the lines from `index` open a block of fields ("Kick-off: 7.45pm", "Venue: Wembley"),
    three or more labelled lines in a row, as a heading's table would?"""
    seen = 0
    while index is not None and seen < 3:
        if not _FIELD.match(lines[index].strip()) or len(lines[index].split()) > 20:
            return False
        seen += 1
        index = _next_text_line(lines, index + 1)
    return seen == 3


def _one_field_over_text(lines: list[str], index: int) -> bool:
    """Is the line at `index` one short labelled field ("Region: Inner City") over a paragraph,
    as a listing sets each place's facts under its name? Not a credit, a byline, a stamp, nor
    a setting in code ("enabled: true")."""
    line = lines[index].strip()
    if not _FIELD.match(line) or not line[:1].isupper() or len(line.split()) > 6 or is_picture_credit(line) or BYLINE.match(line) or is_stamp_line(line):
        return False
    label = line.split(":", 1)[0].lower()
    if label in ("by", "photo", "photos", "credit", "source", "image", "picture", "video", "updated", "published", "posted", "caption"):
        return False
    below = _next_text_line(lines, index + 1)
    return below is not None and _is_body(lines[below])


def _ends_fields(lines: list[str], index: int) -> bool:
    """Is the line at `index` the last of three or more labelled fields in a row ("Cost: free")?
    Each field is a line of its own: what stands under the last one starts afresh."""
    seen = 0
    while index is not None and seen < 3:
        if not _FIELD.match(lines[index].strip()) or len(lines[index].split()) > 20:
            return False
        seen += 1
        index = _previous_text_line(lines, index - 1)
    return seen == 3


def _signs_off(lines: list[str], candidates: dict[int, HeadingLine], run: list[int], index: int) -> bool:
    """ "Ann Lee Walnut Creek" under a long paragraph and over the next letter's headline in
    sentence case, longer than it: the name (and town) signing the letter above, two to five
    capitalised words, no small word."""
    words = lines[index].split()
    if index != run[0] or len(run) < 2 or not 2 <= len(words) <= 5:
        return False
    headline = candidates[run[1]]
    if headline.shape != "sentence" or len(headline.heading.split()) <= len(words):
        return False
    if not all(w[:1].isupper() and w.strip(".").isalpha() for w in words):
        return False
    if words[-1].lower() in _REPORT_WORDS:
        return False  # "Manchester City Team News" over "Rodri out for the season": a part about a name
    if is_all_caps(lines[index]) and words[0].capitalize() not in name_words()[0]:
        return False  # "NEIGHBOURING TOWNS" over a story's headline: a digest's part in capitals; "ANN LEE" signs
    above = _previous_text_line(lines, index - 1)
    return above is not None and len(lines[above].split()) >= 20 and _ends_paragraph(lines[above])


# A field of a block of facts: "Area: 21 sq miles", "Capital city: Hamilton".
_FIELD_LINE = re.compile(r"[A-Z][\w’' ]{0,30}: \S")


def _under_fields(lines: list[str], index: int) -> bool:
    """Is a short "Label: value" line ("Probable finish: Finalists") under two text lines each
    opened by another label of up to four words and a colon ("Weaknesses: The middle order …",
    "Key Players: Bumrah, Kohli")? Then it is one more field of their block."""
    own, _colon, value = " ".join(lines[index].split()).partition(": ")
    if len(value.split()) > 6 or value.endswith((".", "?", "!")):
        return False  # "Assumption: People are frustrated …", "TTS: What has been fun?": a heading of two parts
    labels = {own}
    above = _previous_text_line(lines, index - 1)
    for step in range(2):
        if above is None:
            return False
        label, colon, rest = lines[above].strip().partition(": ")
        if not colon or not _FIELD_LINE.match(lines[above].strip()) or not (2 <= len(label) and len(label.split()) <= 4) or label in labels:
            return False  # a label said again is a speaker's turn, no field
        if step == 0 and (len(rest.split()) > 12 or rest.endswith(".")):
            return False  # right above, a field's short value, no paragraph opened by a label
        labels.add(label)
        above = _previous_text_line(lines, above - 1)
    return True


def _posts_with_bylines(lines: list[str], start: int) -> list[HeadingLine]:
    """A live page's posts: each a headline standing alone (up to 22 words, not ending as a
    sentence), its byline ("From CNN's Ann Lee", "By Ann Lee") and its text; two or more."""

    def marks(line: str) -> bool:
        return line[:2] in ("By", "BY", "Fr") and BYLINE.match(line) is not None and len(line.split()) <= 12

    def headline(line: str) -> bool:
        return not BYLINE.match(line) and len(line.split()) <= 22 and not line.endswith((".", ":", ",", ";"))

    return _posts(lines, start, marks, headline)


# An event's day and hours in a listing: "March 23 | 10:00 a.m.", "Sat, Apr 6 • 7pm".
_EVENT_WHEN = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*[|•·]\s*\d"
)


def _posts_with_dates(lines: list[str], start: int) -> list[HeadingLine]:
    """A listing's posts: each a headline standing alone (up to 16 words, not ending as a
    sentence), the date it was posted alone on the next line ("January 11, 2022") or the
    event's day and hours, and its text; two or more (an archive of releases, a blog's front
    page, a what's-on list)."""

    def marks(line: str) -> bool:
        # (or an event's day and hours: "March 23 | 10:00 a.m. — 12:00 p.m.")
        return (len(line.split()) <= 6 and is_date_line(line)) or (len(line.split()) <= 14 and _EVENT_WHEN.match(line) is not None)

    def headline(line: str) -> bool:
        words = len(line.split())
        return (
            not is_date_line(line)
            and words <= 16
            and not line.endswith((".", ":", ",", ";", "!", "?"))
            and not BYLINE.match(line)
            # four words or more, or a heading's shape: not an author's name over the date
            and (words >= 4 or heading_shape(line) in ("title", "sentence", "caps"))
            and not (words <= 3 and _AUTHORS.match(line))
        )

    return _posts(lines, start, marks, headline)


def _posts(lines: list[str], start: int, marks: Callable[[str], bool], headline: Callable[[str], bool]) -> list[HeadingLine]:
    """Headlines of posts, two or more: each standing alone (a blank line above it), in
    capitals at its start, accepted by `headline`, right over a line `marks` accepts (a
    byline, a date) and then running text."""
    posts = []
    for index in range(start, len(lines)):
        mark = lines[index].strip()
        if not mark or not marks(mark):
            continue
        above = _previous_text_line(lines, index - 1)
        if above is None or above < start or (above > 0 and lines[above - 1].strip()):
            continue  # the headline stands alone, with a blank line above it
        line = lines[above].strip()
        if not line[:1].isupper() or not headline(line):
            continue
        beyond = _next_text_line(lines, index + 1)
        if beyond is not None and _is_body(lines[beyond]):
            posts.append(above)
    return [HeadingLine(i, lines[i].strip(), "sequence") for i in posts] if len(posts) >= 2 else []


def _byline_over_text(lines: list[str], index: int) -> bool:
    """ "By Ann Lee March 25, 2015" over running text: an article's headline stands over it
    (a newsletter or a weekly edition holding several articles)."""
    if not BYLINE.match(lines[index].strip()) or len(lines[index].split()) > 12:
        return False
    beyond = _next_text_line(lines, index + 1)
    return beyond is not None and _is_body(lines[beyond])


# "{.float-left .padding-2}": a Markdown attribute list left on a line of its own.
_ATTRIBUTES = re.compile(r"\{:?\s*[.#][^{}]*\}")


# "[Theme music]", "[Applause]": a transcript's note of what is heard, in brackets.
_STAGE_NOTE = re.compile(r"\[[A-Za-z][^\[\]]{0,40}\]")


def _lead_in_over_list(lines: list[str], following: int) -> bool:
    """Is the line at `following` a short lead-in ending in a colon ("We offer:") right over a
    list's items? A heading over it heads the list."""
    text = lines[following].strip()
    if not text.endswith(":") or not 1 <= len(text.split()) <= 8:
        return False
    below = _next_text_line(lines, following + 1)
    return below is not None and LIST_MARKER.match(lines[below].strip()) is not None


def _past_credits(lines: list[str], following: int) -> int:
    """The first line from `following` on that is no picture's credit ("Image source, Getty
    Images" under a heading, over its text), a page's residue ("Advertisement") nor a
    transcript's note ("[Theme music]"), a product's name over its price nor the price ("Tripp
    Holiday 8 suitcase" over "£49.50 at Amazon"), or `following` when nothing follows them."""
    index: int | None = following
    for _ in range(4):
        text = lines[index].strip() if index is not None else ""
        if index is None:
            break
        after = _next_text_line(lines, index + 1)
        product = len(text.split()) <= 12 and after is not None and is_price_line(lines[after])
        if not (product or is_price_line(text) or is_credit_line(text) or is_page_residue(text) or _ATTRIBUTES.fullmatch(text) or _STAGE_NOTE.fullmatch(text)):
            break
        index = after
    return following if index is None else index


def _heads_text(lines: list[str], following: int) -> bool:
    """Is the line at `following` running text, or a picture's caption over running text?"""
    if _is_body(lines[following]):
        return True
    text = lines[following].strip()
    beyond = _next_text_line(lines, following + 1)
    return (
        beyond is not None
        and len(text.split()) <= 12
        and not re.search(r"[\d:@]", text)
        and not text.endswith(_ENDS_PARAGRAPH)
        and not LIST_MARKER.match(text)
        and _is_body(lines[beyond])
    )


def _run(lines: list[str], candidates: dict[int, HeadingLine], index: int) -> list[int]:
    """The heading-like lines in a row from `index` on (blank lines between them allowed)."""
    run = [index]
    while len(run) <= 5:
        after = _next_text_line(lines, run[-1] + 1)
        if after is None or after not in candidates or candidates[after].rest is not None:
            return run
        if candidates[after].shape in ("known", "sequence"):
            return run
        run.append(after)
    return run


def _answers(lines: list[str], candidates: dict[int, HeadingLine], index: int) -> bool:
    """A short line between two questions standing alone, a phrase of three words or more
    ("Mapping kelp forests along the coast"): in an interview, the answer to the first."""
    above = _previous_text_line(lines, index - 1)
    below = _next_text_line(lines, index + 1)
    return (
        candidates[index].shape in ("title", "sentence")
        and len(candidates[index].heading.split()) >= 3
        and above is not None
        and below is not None
        and above in candidates
        and below in candidates
        and candidates[above].shape == candidates[below].shape == "question"
    )


def _run_may_head(candidates: dict[int, HeadingLine], run: list[int]) -> bool:
    """A run of heading-like lines is no list: no two numbered lines, and past a heading and
    its sub-heading only captions (Title or sentence case)."""
    shapes = [candidates[i].shape for i in run]
    if shapes.count("numbered") >= 2:
        return False
    # "The plan says it will:" over its list may close the run: it leads into the list.
    if len(shapes) >= 3 and shapes[-1] == "colon":
        shapes = shapes[:-1]
    return all(shape in ("title", "sentence") for shape in shapes[2:])


# A preposition before a capitalised word: a caption says where its picture was taken.
_NAMES_WHERE = re.compile(r"\b(?:at|in|on|near|of|from)\s[A-Z]")


def _run_heads(
    lines: list[str],
    candidates: dict[int, HeadingLine],
    run: list[int],
    index: int,
    after: int,
    paired: _Lazy | None = None,
    standing: _Lazy | None = None,
) -> bool:
    """Of a run of heading-like lines over running text, does the line at `index` head it?

    The first line does when the second is no shorter (a heading, then its sub-heading or
    a caption); the second does when it reads as a sub-heading: in sentence case, no longer
    than the first, or under a numbered or capitalised heading ("EXAMPLE 2.1").
    """
    if (
        len(run) == 2
        and index == run[0]
        and candidates[run[1]].shape == "colon"
        and candidates[index].shape in ("title", "sentence", "caps")
        and not lines[index].rstrip().endswith(":")
    ):
        # "People on a low income" over "Qualifying payments:" over the payments: the
        # heading, then the line leading into its list.
        return True
    if not _heads_text(lines, after):
        return False
    if len(run) == 1:
        return True
    top, sub = candidates[run[0]], candidates[run[1]]
    top_words, sub_words = len(top.heading.split()), len(sub.heading.split())
    if top.shape == "question" and sub.shape != "question" and not _question_heading(top.heading) and _asking(lines, candidates) >= 3:
        # In an interview, "When did you start?" over "Twenty years ago" over more of the
        # answer: the question heads, its short answer is text.
        return index == run[0]
    if top.shape != "numbered" and sub.shape == "numbered" and _number(sub.heading) > 1:
        # "Put luggage on the floor" over "3. Use the rack": a picture's caption over an entry
        # of a numbered list; the entry heads.
        return index == run[1]
    if top.shape == sub.shape == "sentence" and reads_as_clause(top.heading) and reads_as_clause(sub.heading):
        return False  # two lines that each say something, in a row: a table's or a list's rows
    if index == run[0]:
        # A heading in sentence case over a shorter one: a heading and its first sub-heading
        # ("Before the meeting", "Planning"); a name or a caption is in Title Case.
        return (
            top_words <= sub_words
            or top.shape == "numbered"
            # "Part 2: Loading the data" over "Getting ready": a numbered part over its first
            # sub-heading.
            or (top.shape == "title" and _NUMBERED_PART.match(top.heading) is not None)
            # A long sentence-case line that reads as a clause over a shorter heading is a
            # picture's caption standing over the section ("Kenya is getting ready to welcome
            # the president" over "Kenya trip"); a long phrase may head its first sub-heading.
            or (
                top.shape == "sentence"
                and (top_words <= 6 or not reads_as_clause(top.heading))
                # "Council offices in Harbour Town" over "Why Councils?": a caption naming
                # where its picture was taken, over a heading in Title Case.
                and not (_AT_A_PLACE.search(top.heading) and sub.shape in ("title", "question") and is_title_case(sub.heading))
            )
            or opens_with_picture(top.heading)
            # "Why Starting Is Hard" over "1. Fear of the unknown": a heading over its
            # first numbered part (a caption says something, in sentence case).
            or (top.shape in ("title", "caps") and sub.shape == "numbered" and _number(sub.heading) == 1)
            # "How to Plan Your Visit" over "Introduction": a part that asks, over its first
            # sub-heading; no name or caption opens so.
            or (top.shape == "title" and top.heading.split()[0].lower() in _QUESTION_OPENERS)
            # "What does each party promise?" over "Labour": a part's question over the
            # name that heads its first answer.
            or (top.shape == "question" and sub.shape in ("title", "caps") and sub_words < top_words)
            # "Step-by-Step Instructions for Perfect Bread" over "Activating Your Yeast": a
            # part's heading of three words or more over its first sub-heading, both in Title
            # Case; not a picture's caption naming where ("Port of Refuge Harbor at Neiafu").
            or (top.shape == "title" and sub.shape == "title" and top_words >= 3 and not _NAMES_WHERE.search(top.heading))
            # "Reporting Guide: How to Follow the Money" over "Reading the budget": a part's
            # heading in Title Case over its first sub-heading, a plain phrase; not a caption
            # naming where ("The Old Mill at Harbour Town").
            or (
                top.shape == "title"
                and sub.shape == "sentence"
                and top_words >= 3
                and sub_words <= 6
                and not _NAMES_WHERE.search(top.heading)
                and _plain_phrase(sub.heading)
            )
            # "PLAYER OF THE YEAR" over "ANN LEE", twice or more in the text: a part in
            # capitals over the name its text is about, each a heading.
            or (top.shape == sub.shape == "caps" and (paired.get() if paired else _caps_pairs(lines, candidates) >= 2))
            # "Team Form" over "Belgium", and "Belgium" again under another part: a part over the
            # name that heads its first entry, a name the text stands alone more than once
            # ("ROTH IRA" over "History", and "History" again under "TRADITIONAL IRA").
            or (
                top.shape in ("title", "caps")
                and sub.shape == "title"
                and 2 <= top_words <= 4
                and sub_words <= 2
                and (standing.get() if standing else Counter(line.strip() for line in lines))[lines[sub.index].strip()] >= 2
            )
        )
    if sub.shape == "exclaim":
        return False  # "Let's start!" under a heading: the first words of its text
    return (
        sub_words <= top_words
        # "Local News" over "Council Hires a New Manager": a digest's part, then the headline
        # of its first story.
        or (top.shape == "title" and sub.shape == "title" and sub_words >= 4 and _SECTION_LABEL.fullmatch(top.heading) is not None)
        # "Match Preview" over "Belgium's Preparation for Euro 2024": a part's short label over
        # the heading of its first part, both in Title Case; not a caption naming where.
        or (top.shape == sub.shape == "title" and top_words <= 2 and sub_words >= 4 and not _NAMES_WHERE.search(sub.heading))
        or top.shape in ("numbered", "caps")
        # "New museums for 2026" over "Centre for Modern Crafts in Velmora, Arland": a part's
        # short plain phrase over its first item, a venue named in its town and country.
        or (
            top.shape == "sentence"
            and top_words <= 6
            and _plain_phrase(top.heading)
            and sub.shape == "title"
            and VENUE_IN_PLACE.fullmatch(sub.heading) is not None
        )
        # "Understanding warnings" over "What is a warning?": a short plain question under a
        # heading asks its part's question (a longer one, or one with an aside, opens its text).
        or (sub.shape == "question" and top.shape in ("title", "sentence") and sub_words <= 8 and not re.search(r"[,—–;]", sub.heading))
        # "Your questions answered" over "Why do we need to change the collections?": the
        # first of a page's questions, each a heading.
        or (sub.shape == "question" and top.shape in ("title", "sentence") and not re.search(r"[,—–;]", sub.heading) and _asking(lines, candidates) >= 3)
        or (sub.shape == "sentence" and sub_words <= 6 and _plain_phrase(sub.heading))
    )


def _caps_pairs(lines: list[str], candidates: dict[int, HeadingLine]) -> int:
    """How many lines in capitals stand over another line in capitals over the text."""
    pairs = 0
    for index, candidate in candidates.items():
        under = _next_text_line(lines, index + 1) if candidate.shape == "caps" else None
        if under is None or under not in candidates or candidates[under].shape != "caps":
            continue
        after = _next_text_line(lines, under + 1)
        pairs += after is not None and after not in candidates
    return pairs


def _plain_phrase(heading: str) -> bool:
    """ "Right before the meeting": a phrase in sentence case naming a topic, no name in it
    (a caption names its people and places: "Ann and Jan during a workshop"), no verb, and
    not opened by an article, as a caption's picture is ("The harbour at dusk")."""
    words = heading.split()
    return (
        words[0][:1].isupper()
        and words[0].lower() not in ("the", "a", "an")
        and not any(ch.isdigit() for ch in words[0])
        and not any(w[:1].isupper() for w in words[1:])
        and not reads_as_clause(heading)
    )


_CLAUSE_WORDS = frozenset(
    "is are was were has have had will would can could should might must does did shows says said "
    "isn't aren't wasn't weren't hasn't haven't won't can't don't doesn't didn't".split()
)


def reads_as_clause(line: str) -> bool:
    """Does a line say something of a subject, as a sentence or a caption does ("Hotels might
    not wash a blanket", "Video shows the flood"), rather than name a topic as a heading does?

    A caption tells of its picture in the third person: a heading "What we learned" or "How
    you can help" speaks to the reader, so "we", "you" and "I" do not count.
    """
    words = [w.strip("\"'“”‘’()[],.;:!?").translate(_STRAIGHT) for w in line.split()[1:]]
    return any(w in _CLAUSE_WORDS for w in words)


_STRAIGHT = str.maketrans({"’": "'", "‘": "'"})


def _number(heading: str) -> int:
    """The first number of a numbered heading ("3. Pack light" -> 3, "2.1 Data" -> 2)."""
    return int(NUMBERED.match(heading)["number"].split(".")[0])


def _asking(lines: list[str], candidates: dict[int, HeadingLine]) -> int:
    """How many questions stand alone as headings would: three or more make an interview."""
    return sum(c.shape == "question" for c in candidates.values())


def _next_number_alone(lines: list[str], candidates: dict[int, HeadingLine], index: int) -> bool:
    """Does the numbered line's next number ("2." under "1.") stand further down as a
    heading-like line of its own, with text between them?"""
    number = NUMBERED.match(candidates[index].heading)["number"]
    if "." in number:
        return False
    below = _next_text_line(lines, index + 1)
    for later, candidate in candidates.items():
        if later <= index or candidate.shape != "numbered" or later == below:
            continue
        match = NUMBERED.match(candidate.heading)
        if match and match["number"] == str(int(number) + 1):
            return any(_is_body(lines[i]) for i in range(index + 1, later))
    return False


def _numbered_ok(heading: HeadingLine, numbered: list[HeadingLine], lines: list[str], heads: set[int]) -> bool:
    """Numbered headings count when they form a sequence (1, 2, 3 …), or one heads a long text."""
    tops = [int(NUMBERED.match(h.heading)["number"].split(".")[0]) for h in numbered]
    if len(tops) >= 2 and all(0 <= b - a <= 1 for a, b in zip(tops, tops[1:])) and tops[-1] > tops[0]:
        return True
    if len(tops) >= 3 and all(a - b == 1 for a, b in zip(tops, tops[1:])):
        return True  # a countdown ("10) Dunkirk" … "1) Lady Bird"): a ranking's entries
    if "." in NUMBERED.match(heading.heading)["number"]:
        return True  # "2.1. Methods": a report's numbering, not a list's
    following = _next_text_line(lines, heading.index + 1)
    if len(numbered) != 1 or following is None or _ends_a_list(lines, heading):
        return False
    if following in heads and _LETTERED.match(lines[following].strip()):
        return True  # "1. Sound" over "a) Hi-Fi output": a numbered heading over its lettered parts
    under = re.match(r"^\(?(\d{1,3})[.)]\s", lines[following].strip())
    if under and int(under.group(1)) == int(NUMBERED.match(heading.heading)["number"]) + 1:
        return False  # "1. …" over "2. …": the first item of a numbered list
    words = 0
    for line in lines[following : following + 12]:
        if not line.strip():
            break
        words += len(line.split())  # the paragraph under it, hard-wrapped or not
    # "1. Where is the money going?" over a reader's question and the answer: a numbered
    # question heads its answer of a sentence or two as well.
    return words >= (12 if heading.heading.endswith("?") else 25)


def _ends_a_list(lines: list[str], heading: HeadingLine) -> bool:
    """ "4. What stands in the way?" under "3. …": the last item of a numbered list."""
    number = NUMBERED.match(heading.heading)["number"]
    if "." in number or int(number) < 2:
        return False
    before = heading.index
    for _ in range(6):
        before = _previous_text_line(lines, before - 1)
        if before is None:
            return False
        match = NUMBERED.match(lines[before].strip()) or re.match(r"^\(?(?P<number>\d{1,3})[.)]\s", lines[before].strip())
        if match and match["number"] == str(int(number) - 1):
            return True
    return False


def _next_text_line(lines: list[str], index: int) -> int | None:
    while index < len(lines):
        if lines[index].strip():
            return index
        index += 1
    return None


# A work's name in quotation marks, maybe with its price or year after it: "“Tidewater” ($20)".
# The name ends no sentence and holds no comma: a quotation is no work's name.
_QUOTED_WORK = re.compile(r"[“\"](?=[A-Z0-9])[^“”\".!?,;]{1,60}[”\"](?: \((?:[$£€]\d[\d.,]*|\d{4}|[^()]{1,20})\))?")


def _under_byline(lines: list[str], index: int) -> bool:
    """Is the line right under a "By …" line (a blank line between them or none)?"""
    above = _previous_text_line(lines, index - 1)
    return above is not None and index - above <= 2 and BYLINE.match(lines[above].strip()) is not None


def _previous_text_line(lines: list[str], index: int) -> int | None:
    while index >= 0:
        if lines[index].strip():
            return index
        index -= 1
    return None


def _title_and_byline(lines: list[str]) -> tuple[str | None, str | None, int]:
    """The title line, a "By …" line under it, and the index where the body starts.

    A first line is the title only when it reads like a headline (see `reads_like_title`);
    otherwise there is no title and the body starts with it, so no word of it is lost.
    """
    first = _next_text_line(lines, 0)
    if first is None:
        return None, None, len(lines)
    title_line = lines[first].strip()
    if known_heading(title_line) or run_in_heading(title_line) or _opens_a_sequence(lines, first) or _first_mark(lines, first):
        return None, None, first
    if _first_slide(lines, first):
        return None, None, first
    own = BYLINE.match(title_line)
    if own and len(own["who"].split()) <= 14:
        return None, clean_byline(own["who"]), first + 1  # a byline and no title above it
    stamped = STAMPED_BYLINE.match(title_line)
    if stamped:
        # "November 8, 2012 10:22 pm AEST — By Ann Lee" over the headline: when and who, then
        # the title.
        second = _next_text_line(lines, first + 1)
        if second is not None and second - first <= 2 and reads_like_title(lines[second].strip(), lines, second):
            return lines[second].strip(), clean_byline(stamped["who"]), second + 1
        return None, clean_byline(stamped["who"]), first + 1
    after = _next_text_line(lines, first + 1)
    if after is not None and is_stamp_line(lines[after]) and _a_name_alone(title_line):
        return None, title_line, first + 1  # "Ann Lee" over "Created: March 25, 2020": the author, no title
    byline = None
    body = first + 1
    after = _next_text_line(lines, body)
    if after is not None and after - first <= 2:
        match = BYLINE.match(lines[after].strip())
        if match and len(match["who"].split()) <= 14:
            byline = clean_byline(match["who"])
            body = after + 1
        elif ROLE_BYLINE.match(lines[after].strip()):
            byline = lines[after].strip()  # "Ann Lee – Health Editor" under the headline: who wrote it, and as what
            body = after + 1
        elif _name_over_when(lines, after):
            byline = lines[after].strip()  # "Ann Lee" over "May 13, 2024, 5:57 AM": the author, then when
            body = after + 1
        elif STAFF_CREDIT.match(lines[after].strip()):
            # "Post Report", "Staff Reporter" right under the headline, over the text's first
            # paragraph: the paper's credit, its byline.
            text = _next_text_line(lines, after + 1)
            if text is not None and _is_body(lines[text]):
                byline = lines[after].strip()
                body = after + 1
    if byline is None and not reads_like_title(title_line, lines, first):
        return None, None, first
    return title_line, byline, body


# How long ago a page says it was posted: "7 hours", "3 days ago", "45 mins ago".
_AGO = re.compile(r"\d{1,2} (?:hours?|hrs?|minutes?|mins?|days?)(?: ago)?")


def _name_over_when(lines: list[str], index: int) -> bool:
    """Is the line a name alone ("Ann Lee") right over when the text was posted ("May 9,
    2024, 10:00 AM", "Published 2 June 2024", "7 hours")? The author's byline."""
    below = _next_text_line(lines, index + 1)
    if below is None or below - index > 2:
        return False
    when = lines[below].strip()
    if not (is_date_line(when) or is_stamp_line(when) or opens_with_date(when) or _AGO.fullmatch(when)):
        return False
    return _a_name_alone(lines[index].strip()) or _unnamed_author(lines, index) or _WITH_WIRES.fullmatch(lines[index].strip()) is not None


# A paper's credit with the wires it drew on: "Le Harbour with AFP", "Harbour News with agencies".
_WITH_WIRES = re.compile(r"(?:[A-Z][\w&.'’-]*\s){1,4}with (?:AFP|AP|Reuters|PA|dpa|Bloomberg|agencies|wires)")


# The mark before when a byline's line says it was posted: " · Posted: …", " | Published …".
_STAMP_AFTER_NAME = re.compile(r"\s[·•|]\s+(?=(?:Posted|Published|Updated)\b)")


def _stamped_name(line: str) -> tuple[str, str] | None:
    """(who, when) of "Ann Lee · CBC News · Posted: Aug 08, 2024 4:00 AM EDT": who wrote it
    and for whom, as written, and when it was posted (its date is the text's: metadata.py)."""
    line = line.strip()
    stamp = _STAMP_AFTER_NAME.search(line)
    if stamp is None or not _a_name_alone(re.split(r"\s+[·•|]\s+", line, maxsplit=1)[0]):
        return None
    return line[: stamp.start()].strip(), line[stamp.end() :].strip()


def _byline_near_the_top(lines: list[str], start: int, headings: list[HeadingLine]) -> tuple[str, int] | None:
    """(who, index) of a byline among the first lines under the headline, below a standfirst,
    a date or a picture's credit and over the text: "By Ann Lee", or a name alone right over
    the date ("Ann Lee" over "May 9, 2024, 10:00 AM"). None when the text begins first."""
    stop = headings[0].index if headings else len(lines)
    index = start
    for _ in range(4):
        at = _next_text_line(lines, index)
        if at is None or at > stop:
            return None
        line = lines[at].strip()
        if _name_over_when(lines, at):
            return line, at  # (taken for the first heading, too: "Le Harbour with AFP" over the date)
        if at == stop:
            return None
        own = BYLINE.match(line)
        if own and len(own["who"].split()) <= 20 and not ends_like_sentence(line):
            return clean_byline(own["who"]), at
        stamped = _stamped_name(line)
        if stamped is not None:
            return stamped[0], at
        if len(line.split()) > 45:
            return None  # the text's paragraphs: no byline below them
        index = at + 1
    return None


# A gallery slide's caption under its title: "Photo: Ann Lee cuts the ribbon."
_SLIDE_CAPTION = re.compile(r"(?:Photo|Image|Picture)s?\s*:\s+\S")


def _first_slide(lines: list[str], first: int) -> bool:
    """Is the first line a gallery's first slide title: a short line right over "Photo: …",
    with two more short lines over such captions below, the slides most of the page? The
    gallery has no headline."""

    def slide(index: int) -> bool:
        text = lines[index].strip()
        return (
            index + 1 < len(lines)
            and 1 <= len(text.split()) <= 8
            and not text.endswith((".", ":", ","))
            and _SLIDE_CAPTION.match(lines[index + 1].strip()) is not None
        )

    if not slide(first):
        return False
    window = range(first, min(len(lines), first + 200))
    slides = sum(slide(index) for index in window if lines[index].strip())
    # The slides are the page: a story with a few pictures has its paragraphs between them.
    return slides >= 3 and 4 * slides >= sum(bool(lines[index].strip()) for index in window)


def _site_and_blurb(lines: list[str]) -> tuple[int, int, int] | None:
    """A site's or forum's name (a word to four, no sentence) over its blurb, a paragraph that
    welcomes the reader to it by name ("Welcome to Krazy Kats - …"), over the headline: the
    three lines' indexes."""
    first = _next_text_line(lines, 0)
    second = _next_text_line(lines, first + 1) if first is not None else None
    third = _next_text_line(lines, second + 1) if second is not None else None
    if third is None:
        return None
    name, blurb, headline = (lines[i].strip() for i in (first, second, third))
    if not 1 <= len(name.split()) <= 4 or name.endswith((".", "!", "?", ":", ",")) or not _is_body(blurb):
        return None
    if not re.match(rf"(?:welcome to|welcome back to)\s+(?:the\s+)?{re.escape(' '.join(name.split()))}(?!\w)", blurb, re.IGNORECASE):
        return None
    if heading_shape(headline) not in ("title", "sentence", "caps") or not reads_like_title(headline, lines, third):
        return None
    return first, second, third


# A picture's alt text left as a line: "Badge travel blog", "Logo of the Harbour Post".
_PICTURE_ALT = re.compile(r"(?:badge|logo|icon|banner|thumbnail|avatar)\s+\w", re.IGNORECASE)


def _kicker(lines: list[str]) -> int | None:
    """The line of a short label over the headline ("Travel Tips" over "Three rules for
    packing light"), where a page sets its section's name: a line of one to three words
    that ends no sentence, right over a line at least two words longer that stands over
    the text. Its index, or None."""
    first = _next_text_line(lines, 0)
    if first is None:
        return None
    second = _next_text_line(lines, first + 1)
    label = lines[first].strip()
    if (
        second is not None
        and second - first <= 2
        and label.endswith((" —", " –"))
        and 2 <= len(label.split()) <= 6
        and heading_shape(lines[second].strip()) in ("title", "sentence", "question", "caps")
    ):
        return first  # "No answers yet —" over "What's going on with …?": a kicker run into the headline
    if second is None or second - first > 2 or not 1 <= len(label.split()) <= 3 or len(label) > 40:
        return None
    if label.endswith((".", "!", "?", ":", ",", ";")) or is_date_line(label) or BYLINE.match(label):
        return None
    if sum(ch.isalpha() for ch in label) < 2:
        return None  # ">", "|": a mark left by a page, no label
    if known_heading(label) or NUMBERED.match(label) or LIST_MARKER.match(label):
        return None
    headline = lines[second].strip()
    if not (headline[:1].isupper() or headline[:1].isdigit()) or len(headline.split()) < max(4, len(label.split()) + 2):
        return None
    if is_date_line(headline) or is_stamp_line(headline) or (
        iso_date(headline) and sum(any(ch.isalpha() for ch in word) for word in _DATE.sub(" ", headline).split()) < 5
    ):
        # "Posted 14 Mar 2019" under a headline: its date, no headline ("10 things to know today:
        # May 3, 2024" is a headline with its day).
        return None
    if re.match(r"[A-Z][\w ]{0,30} by:", headline) or _SOURCE_LINE.match(headline):
        return None  # "Directed by: Ann Lee" under a film's name, "Source: Tarvik Police": a credit, no headline
    if ends_like_sentence(headline):
        return None  # a sentence under a short headline: the lead, no headline under a label
    if label.islower() and label[:1].isalpha():
        return first  # "met office" over the headline: a page's tag in small letters, never a headline
    if len(label.split()) >= 2 and _PICTURE_ALT.match(label):
        return first  # "Logo harbour news" over the headline: a picture's alt text, never a headline
    if len(label.split()) >= 2 and not is_title_case(label) and not is_all_caps(label) and heading_shape(headline) is not None:
        # "Heatwave advice" over "Keeping cool at home": a phrase in sentence case over a line shaped
        # as a heading is the page's own title; a section's name is a name ("Travel Tips"). Over a
        # line no heading is written as ("10 things to know today: May 3, 2024"), the page's kicker.
        return None
    after = _next_text_line(lines, second + 1)
    if after is not None and after - second <= 2 and BYLINE.match(lines[after].strip()) and len(label.split()) <= 2:
        # "Polar Plunge" over "Sheriff: 1 dead …" over "By Ann Lee": a page's trending label over
        # the headline its byline stands under.
        return first
    below = _next_text_line(lines, after + 1) if after is not None and after - second <= 2 else None
    if (
        below is not None
        and below - after <= 2
        and BYLINE.match(lines[below].strip())
        and len(label.split()) <= 2
        and heading_shape(label) in ("title", "caps")
        and not ends_like_sentence(lines[after].strip())
        and len(lines[after].split()) <= 30
    ):
        # "China" over "House committee demands answers …" over its standfirst over "By Ann
        # Lee | Fox News": a section's name over the headline, the standfirst, the byline.
        return first
    if (
        after is not None
        and second == first + 1
        and is_title_case(label)
        and not is_all_caps(label)
        and heading_shape(headline) == "sentence"
        and len(headline.split()) >= 5
        and not _is_body(lines[after])
    ):
        # "Harbour Board" right over "Ferry fares to rise for island residents", then a related
        # story's label and headline, then the text: a body's name over the headline.
        box = after
        for _ in range(3):
            if _is_body(lines[box]) and heading_shape(lines[box].strip()) is None:
                return first
            if len(lines[box].split()) > 8 or lines[box].strip().endswith((".", "!", "?", ":")):
                return None
            box = _next_text_line(lines, box + 1)
            if box is None:
                return None
        return None
    if after is None or not _is_body(lines[after]) or heading_shape(lines[after].strip()):
        return None
    return first


# A day without its year, as a page's date over the headline: "Wed 5 Nov", "March 3rd".
_DAY_ALONE = re.compile(
    rf"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)$",
    re.IGNORECASE,
)


# A shop's notice over an article: "Harbour Reviews is supported by its readers. If you buy
# through links on our site, we may earn a commission."
_AFFILIATE_NOTICE = re.compile(
    r"\bwe (?:may|might|can|could) (?:also )?(?:earn|receive|get) (?:a |an )?(?:small |affiliate )*(?:commission|fee)\b"
    r"|\bis (?:reader|audience)[- ]supported\b|\bsupported by (?:its|our) (?:audience|readers)\b",
    re.IGNORECASE,
)


# An advertisement's slot left as its label: "Advertisement", "ADVERTISING", "Sponsored".
_AD_LABEL = re.compile(r"(?i:advertisement|advertising|advert|sponsored)")


# A page's trail of sections cut off before the story's own ("News /", "Home › World ›"), and
# an ad network's slot ("ads by Harbourads").
_BREADCRUMB_END = re.compile(r"\w\s*[/›»>]$")
_ADS_BY = re.compile(r"ads? by\s+\S", re.IGNORECASE)


def _names_its_headline(label: str, headline: str) -> bool:
    """A kicker of one to three words that the headline under it names again ("GAA" over "Your
    GAA Championship Weekend Review")."""
    words = label.split()
    return (
        1 <= len(words) <= 3
        and not label.rstrip().endswith((".", "!", "?", ":", ","))
        and len(headline.split()) >= len(words) + 3
        and re.search(r"(?<!\w)" + re.escape(label.strip()) + r"(?!\w)", headline) is not None
    )


# A page's stamp's label alone, its date on the next line: "Last updated:", "Published:".
_STAMP_LABEL = re.compile(r"(?i:(?:last )?(?:updated|modified|reviewed|published|posted)(?: on)?|date(?: published)?):")


def _junk_over_headline(lines: list[str], first: int) -> bool:
    """Is the first line a page's scrap over the headline under it: a date without its year
    ("Wed 5 Nov"), a line of letters but no word ("in ,"), or a logo's name run into the headline set
    again below ("Herald logo Storm hits the coast" over "Storm hits the coast")?"""
    text = lines[first].strip()
    second = _next_text_line(lines, first + 1)
    if second is None:
        return False
    under = lines[second].strip()
    if _DAY_ALONE.match(text) or _AFFILIATE_NOTICE.search(text):
        return True
    if _STAMP_LABEL.fullmatch(text) and (is_date_line(under) or is_stamp_line(under)):
        return True  # "Last updated:" over "15th July 2024" over the headline: the page's stamp, its value below
    if len(text.split()) <= 4 and (_BREADCRUMB_END.search(text) or _ADS_BY.match(text)):
        return True  # "News /", "Home › World ›", "ads by Harbourads": the page's trail or its ad slot
    parts = [part.strip() for part in re.split(r"\s[|•·]\s", text)]
    if len(parts) >= 4 and all(1 <= len(part.split()) <= 4 and not part.endswith((".", "!", "?")) for part in parts):
        return True  # "Home | World | Business | Video | Search": a page's menu over the headline
    if (
        len(text.split()) <= 3
        and any(ch.isalpha() for ch in text)  # ">" alone is a mark, taken as it is
        and not text.replace(" ", "").isalnum()  # "ox" alone may be a dictionary's word
        and not any(sum(ch.isalpha() for ch in word) >= 3 for word in text.split())
    ):
        return True
    return len(under.split()) >= 3 and text.endswith(" " + under) and len(text[: -len(under)].split()) <= 3


# Where a text comes from, on a line of its own: "Source: Tarvik Police", "Press Release: …".
_SOURCE_LINE = re.compile(r"(?:Sources?|Credits?|Courtesy|Press [Rr]elease|Media [Rr]elease|Contact)\s?:")


# "1. Identify the part", "Step 1: Identify the part", "Part one - Getting ready": the first of a sequence.
_FIRST_OF_SEQUENCE = re.compile(r"^(?:(?P<word>[A-Z][\w’']*)\s+)?(?:1|one|One)(?:[.):]|\s+[-–—:]|\s+of\b)", re.IGNORECASE)


def _opens_a_sequence(lines: list[str], first: int) -> bool:
    """Is the first line the first of numbered headings ("Step 1: …" then "Step 2: …" further
    down, standing alone)? Then it heads the first part: the text has no title line."""
    match = _FIRST_OF_SEQUENCE.match(lines[first].strip())
    if not match or len(lines[first].split()) > 14:
        return False
    word = re.escape(match["word"]) + r"\s+" if match["word"] else ""
    second = re.compile(rf"^{word}(?:2|two)(?:[.):]|\s+[-–—:]|\s+of\b)", re.IGNORECASE)
    return any(
        second.match(lines[index].strip()) and not _is_body(lines[index])
        for index in range(first + 1, min(len(lines), first + 400))
    )


def _first_mark(lines: list[str], first: int) -> bool:
    """Is the first line the first of names with their marks ("Ann Lee: 7/10"), two more below?"""
    if _sequence_label(lines[first]) != "# score":
        return False
    return sum(_sequence_label(line) == "# score" for line in lines[first + 1 : first + 400]) >= 2


# An e-mail or web address: a headline never holds one, an author's line does.
_ADDRESS = re.compile(r"\S@\S+\.\w|\bhttps?://|\bwww\.\S")


def _asks_twice(line: str) -> bool:
    """ "What is a Semaform, anyway? And why should you care?": two short questions, one line."""
    two = _TWO_CRIES.fullmatch(line)
    return (
        two is not None
        and len(line.split()) <= 14
        and all(part.endswith("?") and heading_shape(part) in ("question", "asked") for part in (two["first"], two["second"]))
    )


# "'Stormwatch': A week of floods": a quoted name, a colon, then a phrase with no stop.
_QUOTED_NAME_AND_PHRASE = re.compile(r"^['‘\"“](?P<name>[^'’\"”]{2,30})['’\"”]:\s+(?P<phrase>[A-Z][^.!?:;\"“”]{2,60})$")


def _quoted_name_and_phrase(line: str) -> bool:
    match = _QUOTED_NAME_AND_PHRASE.match(line.strip())
    return (
        match is not None
        and len(match["name"].split()) <= 4
        and 2 <= len(match["phrase"].split()) <= 8
        and heading_shape(match["phrase"]) in ("sentence", "title")
    )


# "‘BoC to stay on sidelines next week’: TD Economics": a quoted remark, then who said it.
_QUOTE_AND_SOURCE = re.compile(r"^['‘\"“](?P<quote>[^\"“”]{4,90}?)['’\"”]?:\s+(?P<source>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$")


_QUOTED_WORDS = re.compile(r"^['‘\"“](?P<words>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})['’\"”]$")


def _quoted_words_said_below(line: str, lines: list[str], index: int) -> bool:
    """ "‘Honor System’" over "“It’s an honor system,” said …": a few capitalised words in
    quotation marks that one of the next four paragraphs quotes, a heading taken from that quote."""
    match = _QUOTED_WORDS.match(line.strip())
    if match is None:
        return False
    words = match["words"].lower().replace("’", "'")
    below = index
    for _ in range(4):  # the quote may come a few paragraphs down
        below = _next_text_line(lines, below + 1)
        if below is None:
            return False
        if words in lines[below].lower().replace("’", "'"):
            return True
    return False


# A line opening with a conjunction, going on from the one before: "But mainly, burglars!".
_CONJUNCTION_FIRST = re.compile(r"(?:But|And|Or|So|Yet)\b")
# A paper's crosshead of two or three words: common nouns set apart by commas ("Jobs,
# Revenue", "Rocks, Teargas"), or a count and what it counts ("50,000 Skyscrapers").
_TWO_WORD_CROSSHEAD = re.compile(r"[A-Z][a-z]{2,}(?:, [A-Z][a-z]{2,}){1,2}|\d[\d,.]*\s[A-Z][a-z]{2,}s")


def _crosshead_of_common_words(line: str) -> bool:
    """Whether the crosshead names things: no word a given name or a place ("Lee, Ann" is a
    name written family first, "Paris, Texas" a place), and one a common word at least
    where there is no count."""
    given, common = name_words()
    places = _place_names()
    words = re.findall(r"[A-Za-z]+", line)
    if any(w in given or w.lower() in places for w in words):
        return False
    return line[:1].isdigit() or any(w.lower() in common or w.lower().removesuffix("s") in common for w in words)


# A line whole in single quotation marks, no stop at its end: "'It's a girl'", "‘MASSIVE RISKS’".
_SINGLE_QUOTED = re.compile(r"‘(?P<curly>[A-Z][^‘’]*[^‘’.,;:!?…\s])’|'(?P<straight>[A-Z][^\"“”]*[^.,;:!?…\s'])'")
# Words too common to tell that a paragraph speaks of what a quoted heading says.
_UNTELLING = frozenset("that this with will would have been there their they from what when only your into over more than very just some about says said".split())


def _quoted_remark_echoed_below(line: str, lines: list[str], index: int) -> bool:
    """ "'It's a girl'" over "The couple revealed that their second child will be a girl.": a
    remark of two to twelve words in single quotation marks, with no stop, whose telling words
    the next paragraphs take up, half of them or more: a heading quoting what the part tells.
    A quotation alone that nothing below takes up stays a pull quote."""
    match = _SINGLE_QUOTED.fullmatch(line.strip())
    said = (match["curly"] or match["straight"]) if match else ""
    if not 2 <= len(said.split()) <= 12:
        return False
    telling = {w for w in re.findall(r"[a-z]{4,}", said.lower().replace("’", "'")) if w not in _UNTELLING}
    if not telling:
        return False
    below, seen = index, set()
    for _ in range(10):  # the part the quotation heads, as far as a long part goes
        below = _next_text_line(lines, below + 1)
        if below is None:
            break
        seen |= set(re.findall(r"[a-z]{4,}", lines[below].lower()))
    return 2 * len(telling & seen) >= len(telling)


def _quote_and_source(line: str) -> bool:
    """ "‘Difficult to have much confidence’: Desjardins": a remark of up to fourteen words in
    quotation marks (its closing mark sometimes lost) and a source of one to four capitalised
    words: a round-up's heading over what that source said."""
    match = _QUOTE_AND_SOURCE.match(line.strip())
    return match is not None and 2 <= len(match["quote"].split()) <= 14 and match["quote"][:1].isupper()


def _stands_alone_over_text(lines: list[str], index: int) -> bool:
    """A blank line above and under the line, and a paragraph of twelve words or more under it."""
    if index == 0 or lines[index - 1].strip() or index + 1 >= len(lines) or lines[index + 1].strip():
        return False
    below = _next_text_line(lines, index + 1)
    return below is not None and below - index <= 3 and _is_body(lines[below]) and len(lines[below].split()) >= 12


def _long_headline(line: str) -> bool:
    """A headline too long for `reads_like_title` (25 to 45 words) but of its shape: clauses
    joined by semicolons, colons and dashes, no full stop anywhere."""
    words = line.split()
    return (
        25 <= len(words) <= 45
        and not line.endswith((".", "!", "?", ",", ":", ";"))
        and not re.search(r"[.!?][\"”’']?\s", line)
        and (";" in line or " – " in line or " - " in line)
        and line[:1].isupper()
    )


def _question_then_phrase(line: str) -> bool:
    """ "Lost in the tax maze? Here's your map": a short question and a phrase of a few words
    after it with no stop, a headline's shape (a sentence after it is a paragraph's)."""
    return _question_and_phrase(line, range(2, 9), ("question", "asked"), question_word=False)


# "Sailing Sunday? Pack a coat for the squalls and the cold — here's the forecast".
_SHORT_QUESTION_LONG_PHRASE = re.compile(r"^(?P<question>[^?.!]{3,40}\?)\s+(?P<phrase>[A-Z][^.!?:;\"“”]{20,120})$")


def _short_question_then_long_phrase(line: str) -> bool:
    """A question of four words at most, then a phrase of nine to eighteen words with no stop
    anywhere, as a headline asks the reader and tells him what the story holds."""
    match = _SHORT_QUESTION_LONG_PHRASE.match(line.strip())
    return (
        match is not None
        and len(match["question"].split()) <= 4
        and heading_shape(match["question"]) in ("question", "asked")
        and 9 <= len(match["phrase"].split()) <= 18
        and not match["phrase"].rstrip().endswith((",", "—", "–", "-"))
    )


def _stacked_over_date(lines: list[str], index: int) -> bool:
    """Is the line a headline with its page's single lines stacked under it, no blank line
    between, the last of them a date ("Published 25 May 2026"): a standfirst, a section's
    name, then when it went up? A wrapped paragraph never breaks before a date alone."""
    if lines[index].rstrip().endswith((".", ",", ";", ":", "—", "–", "-")):
        return False
    stack = []
    at = index + 1
    while at < len(lines) and lines[at].strip() and len(stack) < 4:
        stack.append(lines[at].strip())
        at += 1
    if not 2 <= len(stack) <= 4 or (at < len(lines) and lines[at].strip()):
        return False
    if not (is_stamp_line(stack[-1]) or is_date_line(stack[-1])):
        return False
    return all(line[:1].isupper() and len(line.split()) <= 16 for line in stack[:-1])


# When a page was posted, as the line under its author says it: "7 hours", "3 days ago",
# "11:00 AM PDT • May 16, 2024", "Sep 24, 2020 6".
_POSTED_WHEN = re.compile(r"^(?:\d{1,2} (?:minutes?|hours?|days?|weeks?)(?: ago)?|.{0,40}\b(?:19|20)\d\d\b.{0,12})$", re.IGNORECASE)


def _author_and_date(lines: list[str], index: int) -> bool:
    """Is the line a writer's name of two or three words, with when the page was posted on
    the line under it or after the name on the same line?"""
    words = lines[index].split()
    for size in (3, 2):
        name, rest = words[:size], " ".join(words[size:])
        if len(name) < size or not all(_NAME_WORD.fullmatch(w) and not w.isupper() for w in name if len(w) > 2):
            continue
        if not name[0][1:].islower() or not name[-1][1:].islower():
            continue  # "Ann D. Lee", not "D. Lee" nor "Ann D."
        if rest:
            dated = is_date_line(rest) or opens_with_date(rest)  # "Ann Lee Thursday, March 25, 2021"
        else:
            below = _next_text_line(lines, index + 1)
            if below is None or below > index + 2:
                continue
            when = lines[below].strip()
            dated = is_date_line(when) or opens_with_date(when) or is_stamp_line(when) or (
                len(when.split()) <= 8 and _POSTED_WHEN.match(when) is not None and any(ch.isdigit() for ch in when)
            )
        if not dated:
            if rest:
                continue
            return False
        # (the common words last: reading them costs more than all the rest)
        if any(w.lower() in name_words()[1] for w in name if len(w) > 2):
            continue
        return True
    return False


def reads_like_title(line: str, lines: list[str] | None = None, index: int = 0) -> bool:
    """A first line shaped like a headline: short, standing alone, and not a paragraph.

    A line ending as a sentence does (. ! ?) is the title only when a heading, byline or
    dateline follows it; a one-sentence opening paragraph followed by more text is the lead.
    """
    line = line.strip()
    words = line.split()
    if not words or len(words) > 24 or len(line) > 160:
        return False
    if is_date_line(line) or is_stamp_line(line) or is_dated_stamp(line) or _ADDRESS.search(line) or _DAY_ALONE.match(line):
        # a date standing alone is a dateline ("Updated Oct 20, 2022", "May 3, 2024 · 8 min
        # read"); an address is an author's line
        return False
    if lines is not None and _author_and_date(lines, index):
        return False  # "Ann Lee" over "May 10, 2023", "Ann Lee Thursday, March 25, 2021": who wrote it and when
    if (len(words) >= 2 and is_page_residue(line)) or is_call_to_act(line):
        return False  # "Read full review", "Got a TV Licence?": the page's words over the text, no headline
    place, comma, when = line.partition(", ")
    if comma and len(place.split()) <= 3 and (is_date_line(when) or _DATE.fullmatch(when.rstrip("."))):
        return False  # "Harbour Town, October 9": where and when the story was written
    label, colon, after_colon = line.partition(": ")
    if colon and len(label.split()) <= 2 and (is_date_line(after_colon) or _DATE.fullmatch(after_colon.rstrip("."))):
        return False  # "Date: 14 March 2009": a page's field, when it was published
    if line.endswith((",", ";", ":", "—", "–", " -", "--")):
        return False  # "EL PASO, Texas -": a dateline over its story
    # Short sentences all in Title Case are a headline's ("Floods Are Coming. We Are Not
    # Ready."): running text is never so written.
    if (
        3 <= len(words) <= 14
        and re.search(r"\w[.!?](?:\s|$)", line)
        and ":" not in line
        and is_title_case(line.rstrip(".!?"))
        and (lines is None or _next_text_line(lines, index + 1) is not None)
    ):
        return True
    # "Mumps: what is it, and who gets it?": a subject named before the question a headline
    # asks about it (a "Q:" asks an interview's question).
    if (
        colon
        and 4 <= len(label.split()) <= 8
        and line.endswith("?")
        and label[:1].isupper()
        and not re.search(r"[.!?;]", label)
        and after_colon[:1].isupper()
        and heading_shape(after_colon) in ("question", "asked")
        and len(after_colon.split()) <= 10
        and lines is not None
        and (under := _next_text_line(lines, index + 1)) is not None
        and _is_body(lines[under])
        and heading_shape(lines[under].strip()) is None
    ):
        # "We put it to our readers: What is the harbour for?" over a paragraph: a headline
        # that names whom it asks, then asks.
        return True
    if (
        colon
        and 1 <= len(label.split()) <= 3
        and sum(ch.isalpha() for ch in label) >= 3
        and label[:1].isupper()
        and not is_all_caps(label)  # "MR LEE: Why now?": a speaker's turn in a transcript
        and heading_shape(after_colon[:1].upper() + after_colon[1:]) in ("question", "asked")
        and (lines is None or _next_text_line(lines, index + 1) is not None)
    ):
        return True
    # Two or more sentences are a paragraph, not a headline.
    for stop in re.finditer(r"[.!?][\"”’]?\s+[A-Z]", line):
        if line[stop.start() + 1 : stop.start() + 2] == "”" and line[: stop.start()].count("“") > line[: stop.start()].count("”"):
            continue  # 'The “What Is This?” Department': a quoted title's mark ends no sentence
        rest = line[stop.start() + 1 :].split()
        if (
            line[stop.start()] == "."
            and re.fullmatch(r"[A-Z][a-z]{1,5}", (line[: stop.start()].rsplit(None, 1) or [""])[-1])
            and len(rest) <= 2
            and all(word[:1].isupper() for word in rest)
            and not line.endswith((".", "!", "?", "\"", "”"))
        ):
            continue  # "… palliative - Agric. Ministry": a name's shortened word, near the headline's end
        if line[stop.start()] == "?" and _asks_twice(line):
            continue  # "What is it, anyway? And why should you care?": a headline asking twice
        if line[stop.start()] == "?" and _question_then_phrase(line):
            continue  # "Lost in the tax maze? Here's your map": a headline asking, then its phrase
        if line[stop.start()] == "?" and _short_question_then_long_phrase(line):
            continue  # "Sailing Sunday? Pack a coat for the squalls — here's the forecast": a headline
        if ends_like_sentence(line[: stop.start() + 1]) or line[stop.start()] in "!?":
            return False
    if lines is None:
        return True
    after = _next_text_line(lines, index + 1)
    if after is None:
        return False  # a single line is the text, not a title
    following = lines[after].strip()
    if run_in_heading(following) or BYLINE.match(following) or _DATELINE.match(following) or _DATELINE_ALONE.fullmatch(following) or is_stamp_line(following):
        return True
    if len(following) <= 40 and _STAMP.match(following) and not _STAMP.match(line):
        return True  # "The count, live!" over "Saturday, 5am – Ann": a live page's headline over its first post's time
    if len(words) <= 16 and (is_credit_line(following) or is_picture_credit(following)):
        return True  # "Vaccine Q&A: who, when and how?" over "Media caption,": the headline over its picture
    if len(words) <= 24 and not line.endswith(".") and len(following.split()) <= 40 and _over_byline(lines, after):
        return True  # the headline over its standfirst over the byline ("By Ann Lee", "Ann Lee · Posted: …")
    if heading_shape(following):
        sentence = ends_like_sentence(line) or line.endswith(("!", "?", "."))
        # A sentence of many words over a heading is the opening paragraph, the lead; over a
        # briefing's own heading ("Topline") a long one is its title.
        if sentence and len(words) > (16 if heading_shape(following) == "known" or not line.endswith(".") else 12):
            return False
        # A sentence is the title only over a line that heads the text as a heading does,
        # not over a caption or a name standing alone.
        window = lines[: after + 200]
        return not sentence or any(h.index == after for h in find_headings(window, after))
    if after == index + 1 and (
        following[:1].islower() or (_blank_separated(lines) and len(line) >= 0.7 * len(following))
    ) and not _stacked_over_date(lines, index):
        return False  # the first line of a hard-wrapped paragraph that goes on below it
    # A sentence followed by more text is the opening paragraph, not a headline; a question
    # standing alone as a heading would stand ("What is source analysis?") is the headline.
    if not (ends_like_sentence(line) or line.endswith(("!", "?", "."))):
        return True
    if not line.endswith(("?", "!")):
        return False
    if _asks_twice(line):
        return True  # "What is it, anyway? And why care?" over the text: the headline
    window = lines[: after + 200]
    if any(h.index == index for h in find_headings(window, index)):
        return True
    # "The vote, live!" over "Saturday, 5am – Ann" and the other posts under their times: a
    # short cry or question over the text's first heading is its headline.
    return len(words) <= 8 and any(h.index == after for h in find_headings(window, after))


def _first_of_its_headings(lines: list[str], title: str, body_start: int, headings: list[HeadingLine]) -> bool:
    """Is the title line the first of the text's headings? A headline stands over the text's
    opening paragraph; a line right over a list ("What top reviews cover" over "– Battery
    life: …"), in a text whose other headings stand over lists too, heads the first list."""
    if is_fixture(title, matchups=True) and any(is_fixture(h.heading, matchups=True) for h in headings):
        return True  # "Everton v Liverpool" over its preview, then the next match's
    def caps_label(line: str) -> bool:
        return ":" in line and is_all_caps(re.sub(r"\s*\([^()]*\)", "", line))

    if caps_label(title) and sum(caps_label(h.heading) for h in headings) >= 2:
        return True  # "TEAM: MANCHESTER CITY" over "GOALKEEPER: …" and "DEFENDER: …": the first of them
    shape = heading_shape(title)
    under = _next_text_line(lines, (_next_text_line(lines, 0) or 0) + 1)
    if (
        shape == "caps"
        and under is not None
        and any(h.shape == "caps" and h.rest is None for h in headings)
        and (_is_body(lines[under]) or any(h.index == under for h in headings))
    ):
        # "STORM DAMAGE" over the text, then "THE CLEAN-UP" …: the first of the parts in
        # capitals, as the others are; a headline in capitals stands over headings of other shapes.
        return True
    if shape == "question" and len(headings) == 1 and headings[0].shape == "question" and title.endswith("?"):
        # "What is the new scheme?" over one paragraph, then "Who can claim it?" over one: an
        # untitled Q&A, each question over its one answer; a question headline stands over more.
        first = _next_text_line(lines, 0)
        answer = _next_text_line(lines, (first or 0) + 1)
        after_answer = _next_text_line(lines, answer + 1) if answer is not None else None
        return (
            answer is not None
            and _is_body(lines[answer])
            and heading_shape(lines[answer].strip()) is None
            and after_answer == headings[0].index
            and (second := _next_text_line(lines, headings[0].index + 1)) is not None
            and _next_text_line(lines, second + 1) is None  # the second question's one answer ends the text
            and len(title.split()) <= 12
            and len(headings[0].heading.split()) <= 12
        )
    if len(headings) < 2 or shape not in ("title", "sentence", "caps", "question", "exclaim"):
        return False
    # "What's next?" is a question heading too, one a briefing knows by name.
    if shape == "question" and sum(h.shape == "question" or (h.shape == "known" and h.heading.endswith("?")) for h in headings) >= 2:
        # "What is it?" over its answer, then "Who has to pay?" …: the first question; over a
        # standfirst (a sentence of eight words or more with no stop at its end, "The vote
        # ends one debate but starts another"), the headline.
        under = _next_text_line(lines, (_next_text_line(lines, 0) or 0) + 1)
        standfirst = under is not None and len(lines[under].split()) >= 8 and not _ends_paragraph(lines[under])
        return not standfirst or heading_shape(lines[under].strip()) is not None
    if shape == "exclaim":
        # "Shut off the water!" over its step, then "Unscrew the tap" …: the first of the steps,
        # written as they are; over headings of other shapes a cry is the headline.
        inner = heading_shape(title.rstrip("!"))
        return sum(h.shape == inner for h in headings) >= 2
    first = _next_text_line(lines, 0)
    under = _next_text_line(lines, (first or 0) + 1)
    if first is None or under is None or not LIST_MARKER.match(lines[under].strip()):
        return False
    over_lists = 0
    for heading in headings:
        below = _next_text_line(lines, heading.index + 1)
        over_lists += below is not None and LIST_MARKER.match(lines[below].strip()) is not None
    return over_lists >= 1 and any(h.index == first for h in find_headings(lines, first))


# The names of a paper's sections, set as a label over or under a story's headline:
# "Politics", "OPINION", "Analysis", "World News", "US Politics".
_SECTION_LABEL = re.compile(
    r"(?-i:[A-Z][\w&'’.-]*\s+){0,2}(?:news|politics|opinions?|analysis|commentary|editorials?|op-ed|business|"
    r"economy|markets|money|finance|sports?|world|nation|national|local|metro|regional|international|"
    r"health|science|tech|technology|entertainment|lifestyle|culture|arts|travel|environment|climate|"
    r"education|features?|crime|weather|obituaries|(?:press|news|media) releases?|announcements)"
    # A site's part named by two things: "Jobs and careers", "Bins & recycling".
    r"|(?-i:[A-Z][a-z]+) (?:and|&) (?-i:[a-z]+)",
    re.IGNORECASE,
)


# A list's bullet on a line of its own, as a page's list is sometimes copied: "-" over the item.
_LONE_BULLET = re.compile(r"^\s*[•·▪◦‣●○■□➢►*+\-–]\s*$")


# A live page's stamp copied a part a line: "November" / "02" / "2023" / "21:06 (IST)".
_SPLIT_STAMP_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_SPLIT_STAMP_TIME = re.compile(r"\d{1,2}:\d{2}(?:\s?(?:am|pm|AM|PM))?(?: \(?[A-Z]{2,4}\)?)?")


def _join_split_stamps(lines: list[str]) -> list[str]:
    """A stamp whose month, day, year and time stand a line each ("November", "02", "2023",
    "21:06 (IST)"): the date on one line, as the page shows it, over the post's time."""
    if not any(_SPLIT_STAMP_MONTH.fullmatch(line.strip()) for line in lines):
        return lines
    joined: list[str] = []
    index = 0
    while index < len(lines):
        parts = [line.strip() for line in lines[index : index + 4]]
        if (
            len(parts) == 4
            and _SPLIT_STAMP_MONTH.fullmatch(parts[0])
            and re.fullmatch(r"\d{1,2}", parts[1])
            and re.fullmatch(r"(?:19|20)\d\d", parts[2])
            and _SPLIT_STAMP_TIME.fullmatch(parts[3])
        ):
            # the date one line, the time its own, as a live page's posts stand under their times
            joined.extend([" ".join(parts[:3]), lines[index + 3]])
            index += 4
            continue
        joined.append(lines[index])
        index += 1
    return joined


def _join_lone_bullets(lines: list[str]) -> list[str]:
    """ "-" alone over "The council approved …": the bullet and its item, one list item."""
    if not any(_LONE_BULLET.match(line) for line in lines):
        return lines
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if _LONE_BULLET.match(line) and following and not _LONE_BULLET.match(following) and not LIST_MARKER.match(following):
            joined.append(f"{line.strip()} {following}")
            index += 2
            continue
        joined.append(line)
        index += 1
    return joined


# A blog's "Posted by … on <day>" line, in English or another language ("Diposting oleh Ann On
# 04.10", "Publié par Ann le 3 mars"): when the post went up, never its headline.
_POSTED_BY = re.compile(
    r"^(?:posted|diposting|dikirim|publié|publicado|publicada|gepostet|veröffentlicht|pubblicato|geplaatst|opublikowany)"
    r"(?:\s+\S+){0,6}?\s+(?:on|le|em|el|am|il|op|pada|w)\s+\S*\d",
    re.IGNORECASE,
)


# A blog's archive of a tag or a category over the post: "Tag Archives: unarmed".
_ARCHIVE_LABEL = re.compile(r"(?:tag|category|monthly|author) archives?:|posts tagged\b", re.IGNORECASE)
# A page's notice that the story is old: "Please note: this is an archived news article",
# "This article was published on … may be out of date"; an archive's label; a page's plea
# for its advertising: "By allowing ads to appear on this site, you support …".
_ARCHIVE_NOTICE = re.compile(
    r"(?:please note:? )?this (?:is an archived|(?:article|story|page|release) (?:was published|is archived|has been archived))|.*\bmay be out of date\b|"
    + _ARCHIVE_LABEL.pattern
    + r"|by allowing ads to appear\b|(?:please )?(?:consider )?(?:disabl|turn)(?:e|ing) (?:off )?(?:your )?ad ?blocker",
    re.IGNORECASE,
)


# A close button's mark alone on its line ("×"); ">" alone may be a blog's title, taken as it is.
_CLOSE_MARKS = frozenset("×✕✖✗╳")
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)


def _never_a_title(line: str) -> bool:
    """A line at the top of a page that is never its headline: a close button's mark ("×"),
    an advertisement's slot number ("224044"), a page's words ("Search icon") or a "Posted by
    … on <day>" line."""
    text = line.strip()
    if text in _CLOSE_MARKS or (text.isdigit() and len(text) >= 4) or _ARCHIVE_NOTICE.match(text):
        return True  # "×"; "224044": an advertisement's slot number; "Please note: this is an archived …"
    if 2 <= len(text.split()) <= 4 and all(is_page_residue(word) for word in text.split()):
        return True  # "Menu Close", "Share Email Print": a page's buttons in a row
    if len(text.split()) <= 8 and _COPYRIGHT.match(text):
        return True  # "© Copyright", "Copyright 2024 Harbour Post": the page's notice
    if 2 <= len(text.split()) <= 5 and is_page_residue(text):
        return True
    if SECTIONS_FILED.fullmatch(text):
        return True  # "Business / International News / Lifestyle": the sections a page files it under
    if len(text.split()) <= 12 and PLAYER_LINE.match(text):
        return True  # "On Air Now Ann Lee 10:00am - Noon", "Now Playing Morning Show": a radio's player
    if is_dated_stamp(text):
        return True  # "December 15, 2025 // 8 min read": when the page was posted
    return len(text.split()) <= 10 and _POSTED_BY.match(text) is not None


def _blanked(lines: list[str], indexes: list[int]) -> list[str]:
    """The lines with those at indexes left blank: the page's lines set aside from the text's."""
    gone = set(indexes)
    return ["" if i in gone else line for i, line in enumerate(lines)]


# Words of a page's menu run together when it is copied as text: "HomeAbout", "pictureThe".
_GLUED_WORDS = re.compile(r"[a-z]{2,}[A-Z][a-z]")
_BULLETS = ("•", "·", "▪", "◦", "‣")


# The first word of a link to a site's other pages: "All Writing", "More Resources".
_LINK_OPENERS = frozenset({"All", "More", "Back", "Related", "Latest", "Other"})


def _weak_title(title: str) -> bool:
    """A first line taken for the title that no headline is: a number alone ("236"), one
    plain word of a page's buttons ("Back", "Clear") or a link to its other pages ("All
    Writing"), a list's item or menu words run together
    ("• Writer's pictureThe Beagle"), or the authors' names ("Ann Lee and Tom Reyes")."""
    text = title.strip()
    words = text.split()
    if text.isdigit() or text.startswith(_BULLETS) or len(_GLUED_WORDS.findall(text)) >= 2:
        return True
    if len(words) == 1 and text[:1].isupper() and text[1:].islower() and text.lower() in name_words()[1]:
        return True
    if len(words) == 2 and words[0] in _LINK_OPENERS and words[1][1:].islower() and words[1].lower() in name_words()[1]:
        return True  # "All Writing", "More Resources": a link to the site's other pages
    parts = re.split(r"\s+(?:and|&)\s+|,\s+", text)
    return len(parts) >= 2 and all(_a_name_alone(part) for part in parts)


# A section's name and the day of the story: "General News 28 August", "Sport | 3 May 2024".
_LABEL_AND_DAY = re.compile(
    r"(?-i:[A-Z][\w&'’.-]*\s+){0,2}(?i:news|sport|sports|business|world|opinion|politics|local)\s*[|•·–-]?\s*\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?"
)


# A press release's stamp over its headline: "For immediate release", "5/18/11".
_RELEASE_STAMP = re.compile(r"(?i:(?:for )?immediate release)|\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})")


def _furniture_over_headline(lines: list[str]) -> list[int]:
    """The page's lines over its headline: at least one that is never a title (a mark, a
    page's words, a "posted by" line), with the labels around it (a section's name, a tag in
    small letters, a date), right over a line that reads as a headline. Their indexes, or []."""
    peeled: list[int] = []
    index = _next_text_line(lines, 0)
    strong = False
    archived: set[str] = set()  # the words of a blog's archive label: "NRL Club News" of "Category Archives: NRL Club News"
    while index is not None and len(peeled) < 5:
        text = lines[index].strip()
        following = _next_text_line(lines, index + 1)
        words = set(text.casefold().split())
        if _never_a_title(text):
            strong = True
            archive = _ARCHIVE_LABEL.match(text)
            archived = set(text[archive.end() :].casefold().split()) if archive else set()
        elif archived and len(words) <= 10 and archived <= words:
            pass  # "Individual NRL Team and Club News" under "Category Archives: NRL Club News": the archive's description
        elif (
            strong
            and following is not None
            and len(text.split()) <= 4
            and is_title_case(text)
            and not text.endswith((".", "!", "?", ":", ","))
            and len(lines[following].split()) >= len(text.split()) + 3
            and heading_shape(lines[following].strip()) == "sentence"
        ):
            pass  # "Most Widely Read Newspaper" over "Cops held over …": the paper's slogan over its headline
        elif not (
            (len(text.split()) <= 3 and (_SECTION_LABEL.fullmatch(text) or (text.islower() and text.replace(" ", "").isalpha())))
            or _LABEL_AND_DAY.fullmatch(text)
            or is_date_line(text)
            or is_stamp_line(text)
            or _RELEASE_STAMP.fullmatch(text)
        ):
            break
        peeled.append(index)
        index = _next_text_line(lines, index + 1)
    if not strong or index is None:
        return []
    blanked = _blanked(lines, peeled)
    if not reads_like_title(lines[index].strip(), blanked, index):
        return []
    return peeled


def _trail_over_headline(lines: list[str]) -> list[int]:
    """A page's first line that ends with the headline standing a line or three below it (its
    trail: "Home » Travel » Ten things to know"), or that the headline opens with (its kicker:
    "Finance Bill 2023" over "Finance Bill 2023: Top 20 Ways …"), and the lines between: the
    page's lines over its headline. Their indexes, or []."""
    first = _next_text_line(lines, 0)
    if first is None:
        return []
    top = " ".join(lines[first].split())
    index = first
    for _ in range(3):
        index = _next_text_line(lines, index + 1)
        if index is None:
            return []
        headline = " ".join(lines[index].split())
        trail = len(top) > len(headline) + 3 and top.endswith(headline)
        kicker = len(headline) > len(top) + 3 and headline.startswith(top) and headline[len(top)] in ":–—-|"
        if (trail or kicker) and len(headline.split()) >= 2:
            peeled = [i for i in range(first, index) if lines[i].strip()]
            blanked = _blanked(lines, peeled)
            return peeled if reads_like_title(headline, blanked, index) else []
    return []


def _lines_over_a_doubled_headline(lines: list[str]) -> list[int]:
    """A line or two over the headline that the page prints twice, one under the other ("How to
    help Ukraine" over "The Gift of Giving …" twice): the page's lines over its headline. Their
    indexes, or []."""
    seen: list[int] = []
    index = _next_text_line(lines, 0)
    while index is not None and len(seen) < 3:
        following = _next_text_line(lines, index + 1)
        if following is None:
            return []
        text = " ".join(lines[index].split())
        if seen and text == " ".join(lines[following].split()) and len(text.split()) >= 3:
            blanked = _blanked(lines, seen)
            return seen if reads_like_title(text, blanked, index) else []
        if _is_body(lines[index]):
            return []  # the text has begun: no headline under page lines here
        seen.append(index)
        index = following
    return []


def _masthead_over_headline(lines: list[str]) -> list[int]:
    """A site's name (one word, "KickoffHQ") over a label or two set line under line with no
    blank line between (a menu's item, a kicker: "Live", "Explainer"), then, past a blank
    line, a headline: the page's lines over its headline. Their indexes, or []. A list of
    contents names parts the text heads again further down; a masthead's labels stand once."""
    first = _next_text_line(lines, 0)
    if first is None:
        return []
    block = [first]
    while block[-1] + 1 < len(lines) and lines[block[-1] + 1].strip() and len(block) < 5:
        block.append(block[-1] + 1)
    if not 2 <= len(block) <= 4:
        return []
    name = lines[first].strip()
    if len(name.split()) != 1 or sum(ch.isalpha() for ch in name) < 3 or not name[:1].isupper() or known_heading(name):
        return []
    labels = [lines[i].strip() for i in block[1:]]
    for label in labels:
        if not 1 <= len(label.split()) <= 3 or len(label) > 30 or label.endswith((".", "!", "?", ":", ",", ";")):
            return []
        if known_heading(label) or NUMBERED.match(label) or LIST_MARKER.match(label) or not label[:1].isalpha():
            return []
    at = _next_text_line(lines, block[-1] + 1)
    if at is None:
        return []
    headline = lines[at].strip()
    if len(headline.split()) < 4 or heading_shape(headline) is None:
        return []
    later = {line.strip().lower() for line in lines[at + 1 :] if line.strip()}
    if any(line.lower() in later for line in [name, *labels]):
        return []
    blanked = _blanked(lines, block)
    if not reads_like_title(headline, blanked, at):
        return []
    return block


def parse_plain_text(
    text: str,
    source: str,
    fmt: str | None = None,
    progress: Callable[[float], None] | None = None,
    *,
    titled: bool = True,
) -> Briefing:
    """Read Forbes-style or plain text; fmt forces "forbes" or "plain" (else decided here).

    titled=False: the title is known already (front matter): every line is the body's.
    """
    lines = _join_split_stamps(_join_lone_bullets(text.split("\n")))
    lines, footer_byline = split_footer(lines)
    # "×", "Search icon", "News", "29th Dec 2019" over the headline: the page's, the lead's first lines.
    peeled = (
        (_furniture_over_headline(lines) or _masthead_over_headline(lines) or _trail_over_headline(lines) or _lines_over_a_doubled_headline(lines))
        if titled
        else []
    )
    furniture = [line for index in peeled for line in (lines[index], "")]
    if peeled:
        lines = _blanked(lines, peeled)
    title, byline, body_start = _title_and_byline(lines) if titled else (None, None, 0)
    kicker: list[str] = []  # the short label over the headline, the lead's first line
    above = _kicker(lines) if titled else None
    site = _site_and_blurb(lines) if titled and above is None else None
    if site is not None:
        # "KRAZY KATS" over "Welcome to Krazy Kats - a friendly …" over the thread's title:
        # the site's name and its blurb, the page's, over the headline.
        first, second, headline = site
        kicker = [lines[first], "", lines[second], ""]
        title, byline, body_start = lines[headline].strip(), None, headline + 1
        under = _next_text_line(lines, body_start)
        if under is not None and under - headline <= 2 and (own := BYLINE.match(lines[under].strip())):
            byline, body_start = clean_byline(own["who"]), under + 1
    if above is None and titled and title is None:
        # "Monday, February 17, 2020" over "ALBUM REVIEW: …": a blog's date over its
        # headline; the date opens the lead, as a label does.
        # A line in capitals or one in sentence case there is a heading or a picture's
        # caption ("MAIDEN SPEECH", "The plains on the day of the pilgrimage").
        first = _next_text_line(lines, 0)
        second = _next_text_line(lines, first + 1) if first is not None else None
        if second is not None and (is_date_line(lines[first]) or is_stamp_line(lines[first])):
            headline = lines[second].strip()
            if is_title_case(headline) and not is_all_caps(headline):
                above = first
            elif is_stamp_line(lines[first]) and reads_like_title(headline, lines, second):
                above = first  # "Updated Oct 20, 2022, 11:03am EDT" over "What is it? And why care?"
            elif (
                is_date_line(lines[first])
                and heading_shape(headline) == "sentence"
                and len(headline.split()) >= 5
                # "What we know about …", "How the …": an explainer's headline; a line naming
                # what a picture shows ("The plains on the day of the pilgrimage") is its caption.
                and headline.split()[0].lower() in _QUESTION_OPENERS
                and (under := _next_text_line(lines, second + 1)) is not None
                and _is_body(lines[under])
                and heading_shape(lines[under].strip()) is None
            ):
                above = first  # "Tuesday, Mar 4, 2025" over "What we know about the harbour fire", over the text
            elif (
                is_date_line(lines[first])
                and heading_shape(headline) in ("sentence", "title")
                and 4 <= len(headline.split()) <= 14
                and 0 < headline.find(": ") < len(headline) - 2
                and not is_credit_line(headline)
                and reads_like_title(headline, lines, second)
                and (under := _next_text_line(lines, second + 1)) is not None
                and _is_body(lines[under])
            ):
                above = first  # "Tuesday, April 2, 2024" over "Energy bill crisis: your money-saving guide": a headline of two parts
    residue = False
    if above is None and titled:
        first = _next_text_line(lines, 0)
        if (
            first is not None
            # "next" alone may be a dictionary's word; a longer call may be the title. An
            # advertisement's label is never a word of the text.
            and (2 <= len(lines[first].split()) <= 3 or _AD_LABEL.fullmatch(lines[first].strip()))
            and is_page_residue(lines[first])
            and _next_text_line(lines, first + 1) is not None
        ) or (first is not None and _junk_over_headline(lines, first)):
            above, residue = first, True  # "Top Menu" over "Permanent Exhibition": the page's words over the headline
    dated = None
    if above is not None and residue:
        # "ads by Harbourads" over "Saturday, July 22, 2023" over the headline: the page's slot
        # and its date, both over the headline.
        date = _next_text_line(lines, above + 1)
        headline_at = _next_text_line(lines, date + 1) if date is not None else None
        if (
            headline_at is not None
            and (is_date_line(lines[date]) or is_stamp_line(lines[date]) or _names_its_headline(lines[date], lines[headline_at]))
            and reads_like_title(lines[headline_at].strip(), lines, headline_at)
        ):
            # (a date, or a kicker the headline names: "Advertisement" over "GAA" over "Your
            # GAA Championship Weekend Review")
            dated = date
    if above is not None:
        blanked = lines[:above] + [""] + lines[above + 1 :]
        if dated is not None:
            blanked[dated] = ""
        headline, under, after = _title_and_byline(blanked)
        long_at = _next_text_line(blanked, 0)
        if headline is None and not residue and long_at is not None and _long_headline(blanked[long_at].strip()):
            # "Live" over a headline of many clauses joined by semicolons and dashes, no sentence:
            # the page's label over its headline, however long.
            headline, under, after = blanked[long_at].strip(), None, long_at + 1
        # Under a date, a list's numbered steps are no posts ("1 Buy some candles").
        dated_above = is_date_line(lines[above])
        others = [h for h in find_headings(blanked, after) if len(h.heading.split()) >= 5 and not (dated_above and h.shape in ("numbered", "sequence"))]
        # Under a label over headings as long as it, the line is the first of a live blog's
        # posts or a newsletter's stories ("Live updates" over each post's headline).
        if (
            lines[above].strip().islower()
            or residue
            or heading_shape(lines[_next_text_line(lines, above + 1)].strip()) is None
            or lines[above].rstrip().endswith(("—", "–"))  # "No answers yet —": run into the headline, no live blog's label
        ):
            # A headline under the label shaped as none of the headings are is no first post.
            others = []  # "met office" over the headline: a page's tag in small letters, no live blog's label
        if headline is not None and headline == lines[_next_text_line(lines, (dated if dated is not None else above) + 1)].strip() and not others:
            kicker = [lines[above], ""] + ([lines[dated], ""] if dated is not None else [])
            title, byline, body_start, lines = headline, under, after, blanked
    headings = find_headings(lines, body_start)
    kicker = furniture + kicker
    # A page's own words over the first line ("Related News", a box's label over nothing)
    # make no kicker of a headline.
    residue_only = all(_never_a_title(line) or is_page_residue(line) or LINK_BOX.fullmatch(line.strip()) or _RELATED.fullmatch(line.strip()) for line in kicker if line.strip())
    if title is not None and byline is None and residue_only and _first_of_its_headings(lines, title, body_start, headings):
        # "The Allure of Starting Over" over a paragraph, then "Laying the Groundwork" …:
        # the first line is the first of the headings, as they are, and the text has no title.
        title = None
        body_start = _next_text_line(lines, 0) or 0
        headings = find_headings(lines, body_start)
    line_at = _next_text_line(lines, body_start) if title is not None and _weak_title(title) else None
    if line_at is not None and (not headings or headings[0].index > line_at):
        candidate = lines[line_at].strip()
        after_it = _next_text_line(lines, line_at + 1)
        if (
            3 <= len(candidate.split()) <= 16
            and not candidate.endswith((".", ",", ";", ":"))
            and after_it is not None
            and _is_body(lines[after_it])
            and reads_like_title(candidate, lines, line_at)
        ):
            kicker = kicker + [title, ""]  # "412" over the headline over the text: the headline is the title
            title = candidate
            lines = _blanked(lines, [line_at])
    copy = _headline_again(lines, title, body_start, headings) if title is not None else None
    if copy is not None:
        # The headline printed twice, the second time over the text (perhaps under a page's
        # widget or a shorter form of it): one title, no heading; the copy opens the lead, so
        # that no word is lost.
        kicker = kicker + [lines[copy.index], ""]
        lines = _blanked(lines, [copy.index])
        headings = [h for h in headings if h is not copy]
    elif title is not None and headings and headings[0].rest is None and not any(_is_body(line) for line in lines[body_start : headings[0].index]):
        first = headings[0]
        if _weak_title(title) and len(first.heading.split()) >= 2 and reads_like_title(first.heading.strip(), lines, first.index):
            # "Back", "236", "• Writer's pictureThe Beagle", "Ann Lee and Tom Reyes" over the
            # headline: the page's line or the authors' names took the title; the line under them
            # that reads as a headline, right over the text, is the title, and they open the lead.
            kicker = kicker + [title, ""]
            title = first.heading.strip()
            lines = _blanked(lines, [first.index])
            headings = headings[1:]
    if (
        title is not None
        and len(headings) == 1
        and headings[0].shape == "sentence"
        and len(headings[0].heading.split()) >= 6
        and headings[0].index == _next_text_line(lines, body_start)
    ):
        # "Decisions given in all cases but one" right under the headline, the text's only
        # heading-like line: the standfirst, the lead's first line, not a heading over it all.
        headings = []
    if title is not None and headings and headings[0].shape == "exclaim" and headings[0].index == _first_line_past_dates(lines, body_start):
        # "Porch season is officially here!" opening the text, under the date: the lead's first
        # line, the writer's greeting; one further down may head its part ("Your turn!").
        headings = headings[1:]
    if (
        title is not None
        and headings
        and headings[0].index == _next_text_line(lines, body_start)
        and _question_and_tag(headings[0].heading)
    ):
        # "What is the levy? The new rules explained" right under the headline: its standfirst,
        # the lead's first line; a line so shaped further down heads its part.
        headings = headings[1:]
    if (
        title is not None
        and len(headings) == 1
        and headings[0].shape in ("title", "sentence", "caps")
        and len(headings[0].heading.split()) == 1
        and headings[0].index == _next_text_line(lines, body_start)
    ):
        # "Politics" right under the headline, the text's only heading: the page's section,
        # its label, not a heading over the whole story.
        headings = []
    if (
        title is not None
        and headings
        and headings[0].index == _next_text_line(lines, body_start)
        and headings[0].rest is None
        and _SECTION_LABEL.fullmatch(headings[0].heading.strip())
        and (following := _next_text_line(lines, headings[0].index + 1)) is not None
        and _is_body(lines[following])
        and not any(_SECTION_LABEL.fullmatch(h.heading.strip()) for h in headings[1:])
    ):
        # "OPINION", "World News" right under the headline, over the story's first paragraph:
        # the paper's section, its label, even where the story has headings of its own (not
        # among others of its kind: "Local News", then "World News", head a digest's parts).
        headings = headings[1:]
    if titled and title is not None and byline is None and _label_over_headline_again(kicker, lines, headings):
        # "SACO" over "Yarmouth man arrested …", then "PORTLAND" over "Firefighters hoist …":
        # a page of briefs, each a place in capitals over its headline; the first pair is the
        # first part, as the others are, and the page has no title.
        return parse_plain_text(text, source, fmt, progress, titled=False)
    if title is not None and byline is None:
        found = _byline_near_the_top(lines, body_start, headings)
        if found is not None:
            # "By Ann Lee" under the standfirst (or "Ann Lee" over the date): who wrote it;
            # its words go to the byline, as a byline right under the headline does. When it
            # was posted, on the same line ("Ann Lee · Posted: …"), stays in the text.
            byline, at = found
            stamped = _stamped_name(lines[at])
            lines = _blanked(lines, [at])
            headings = [h for h in headings if h.index != at]
            if stamped is not None and stamped[1]:
                lines[at] = stamped[1]
    if fmt is None:
        fmt = "forbes" if any(h.shape == "known" for h in headings) else "plain"

    sections: list[Section] = []
    if not headings:
        builder = SectionBuilder(None, "Text", "body")
        for block in group_paragraphs(kicker + lines[body_start:]):
            builder.add(block)
        if not builder.empty:
            sections.append(builder.build())
        return Briefing(title, merge_bylines(byline, footer_byline), fmt, tuple(sections), source)

    lead = group_paragraphs(kicker + lines[body_start : headings[0].index])
    if lead:
        builder = SectionBuilder(None, "Lead", "lead")
        for block in lead:
            builder.add(block)
        sections.append(builder.build())
    for position, heading in enumerate(headings):
        if progress is not None and position % 200 == 0:
            progress(0.2 + 0.8 * position / len(headings))
        end = headings[position + 1].index if position + 1 < len(headings) else len(lines)
        label, kind = label_and_kind(heading.heading, heading.shape, forbes=fmt == "forbes")
        builder = SectionBuilder(heading.heading, label, kind)
        body_lines = lines[heading.index + 1 : end]
        if heading.rest is not None:
            body_lines = [heading.rest] + body_lines
        for block in group_paragraphs(body_lines):
            builder.add(block)
        sections.append(builder.build())
    return Briefing(title, merge_bylines(byline, footer_byline), fmt, tuple(sections), source)


NAME = "forbes"


def detect(text: str) -> bool:
    """A line shaped like a known Forbes heading, alone or run in."""
    return any(is_known_heading_line(line) or run_in_heading(line) for line in text.split("\n"))


def parse(text: str, source: str, progress: Callable[[float], None] | None = None) -> Briefing:
    # "plain" when none of the known-heading lines turns out to head a section.
    return parse_plain_text(text, source, progress=progress)
