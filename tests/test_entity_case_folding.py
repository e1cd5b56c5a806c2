"""Case-insensitive date and number patterns scanned in lower-case text find what they find
in the text itself (dates_numbers._CaseFolded)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.core.entities import dates_numbers as d

FIXTURES = Path(__file__).parent / "fixtures"
FINDERS = [p for p, _ in d.DATE_PATTERNS if isinstance(p, (d._CaseFolded, d._FromCounts))] + [d._RATIOS, d._NUMBER_WORDS]
# Words the patterns are made of, and letters that fold apart or change length in lower case.
WORDS = (
    "the first half of next year end start of 2019 three years ago earlier later from now Monday "
    "morning March 12 mid-1990s midnight noon Christmas Day second-quarter past previous coming "
    "final 30-day more than seven weeks old this past weekend yesterday today recent decades "
    "fourth quarter fall autumn one in ten out of several hundred a few dozen two-thirds twenty-five "
    "thousand zero İstanbul ſeven dıgit Kelvin K ΣΑΣ amid thistle relate tonight earlier later this week "
    "fewer than early-2000s mid 1980s furthermore"
).split()


def spans(finder, text: str, folded: str | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in finder.finditer(text, folded)]


def test_there_are_case_folded_finders_for_dates_ratios_and_number_words():
    assert len(FINDERS) >= 10
    assert d._RATIOS in FINDERS and d._NUMBER_WORDS in FINDERS


def test_real_news_gives_the_same_spans_either_way():
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("entities*/*.txt"))]
    assert len(texts) >= 20
    found = 0
    for text in texts:
        lower = text.lower()
        assert d.folds_alike(text, lower)
        for finder in FINDERS:
            plain = spans(finder, text)
            assert spans(finder, text, lower) == plain
            found += len(plain)
    assert found > 100


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(WORDS), st.sampled_from(["lower", "upper", "title", "same"]), st.sampled_from([" ", "  ", "\n", "-", ", ", ". "])),
        min_size=1,
        max_size=14,
    )
)
def test_any_casing_gives_the_same_spans_or_the_plain_scan(parts):
    text = "".join((word if case == "same" else getattr(word, case)()) + gap for word, case, gap in parts)
    lower = text.lower()
    if not d.folds_alike(text, lower):
        assert len(lower) != len(text) or "ſ" in text or "ı" in text
        return
    for finder in FINDERS:
        assert spans(finder, text, lower) == spans(finder, text)


def test_letters_that_fold_apart_keep_the_plain_scan():
    for text in ("ſeven years ago", "SEVEN YEARS AGO in İzmir", "sıx days later"):
        assert not d.folds_alike(text, text.lower())
    # What the plain scan finds there, the folded one would miss: the check is needed.
    text = "ſeven years ago"
    ago = next(p for p, keywords in d.DATE_PATTERNS if keywords and "ago" in keywords)
    assert spans(ago, text) and not spans(ago, text, text.lower())


def test_lowering_a_pattern_keeps_its_escapes():
    assert d._lower_source(r"(?=[tT])\bThe\s+\S\B\W\\D") == r"(?=[tt])\bthe\s+\S\B\W\\d"


# Sentences of the shapes the gated patterns find, beside the real-news fixtures.
SHAPES = [
    "On 4 March 2024, 23 Jul 2013 and Oct 3, mid-March and early 1990s, in Week 15 of the 2023-24 season.",
    "By fiscal 2025 and FY2026 at 9:30 a.m. ET, 0800 GMT, on Christmas Eve, Labor Day and Good Friday, in Q3 2024.",
    "Image 3 of 12. UPDATE 2-Markets rose [3, 4] (12). World No. 1 and Number 2 seeds met.",
    "It cost $4.5 billion, 300 euros, USD 2.71 billion, Rs 500, 40 million EUR, 3% and 25 basis points.",
    "Earlier this month, later this week, more than three years and the first half of next year.",
]


def gated():
    for pattern, keywords in d.DATE_PATTERNS:
        if keywords is not None:
            yield pattern, keywords, isinstance(pattern, (d._CaseFolded, d._FromCounts))
    for pattern, keywords in d.NOT_QUANTITIES:
        if keywords is not None:
            yield pattern, keywords, False
    yield d.RANK, d._RANK_WORDS, False
    yield d.MONEY, d._MONEY_WORDS, False
    yield d.PERCENT, d._PERCENT_WORDS, False


def test_every_match_of_a_gated_pattern_holds_one_of_its_words():
    # A pattern is skipped on a section without its words: a match without them would be lost.
    texts = SHAPES + [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("entities*/*.txt"))]
    seen = 0
    for pattern, keywords, lowered in gated():
        for text in texts:
            for match in pattern.finditer(text):
                written = match.group().lower() if lowered else match.group()
                assert any(k in written for k in keywords), (pattern, match.group())
                seen += 1
    assert seen > 200


def digit_led():
    yield from (p for p, _ in d.DATE_PATTERNS if isinstance(p, d._FromDigits))
    yield from (p for p, _ in d.NOT_QUANTITIES if isinstance(p, d._FromDigits))
    yield d._FIGURES
    yield d._MEASURES
    yield d._SETS
    yield d._PERCENTS
    yield d._MONEYS
    yield d._RANGES


def digit_spans(finder, text: str) -> list[tuple[int, int]]:
    digits = [m.start() for m in d._DIGIT.finditer(text)]
    numbers = d.number_opens(digits)
    assert numbers == [m.start() for m in d._NUMBER_OPENS.finditer(text)]
    return [m.span() for m in finder.finditer(text, digits, numbers)]


def test_patterns_opening_with_a_digit_tried_at_digits_find_what_a_scan_finds():
    finders = list(digit_led())
    assert len(finders) >= 7
    texts = SHAPES + [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("entities*/*.txt"))]
    found = 0
    for text in texts:
        for finder in finders:
            plain = [m.span() for m in finder.pattern.finditer(text)]
            assert digit_spans(finder, text) == plain
            found += len(plain)
    assert found > 500


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789٣ .,:-–$%()[]\nakmpAMPT", max_size=60))
def test_digits_in_any_order_give_what_a_scan_gives(text):
    for finder in digit_led():
        assert digit_spans(finder, text) == [m.span() for m in finder.pattern.finditer(text)]


def counted():
    yield from (p for p, _ in d.DATE_PATTERNS + d.NOT_QUANTITIES if isinstance(p, d._FromCounts))
    yield d._RATIOS
    yield d._NUMBER_WORDS


def count_spans(finder, text: str) -> list[tuple[int, int]]:
    folded = text.lower()
    starts = d.count_starts(folded, [m.start() for m in d._DIGIT.finditer(text)])
    return [m.span() for m in finder.finditer(text, folded, starts)]


def test_counts_tried_where_counting_words_stand_find_what_a_scan_finds():
    finders = list(counted())
    assert len(finders) == 7  # "three days", "two hours and 10 minutes", "eight years and four months", "a four-year-old", "six months to June", …
    texts = SHAPES + [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("entities*/*.txt"))]
    found = 0
    for text in texts:
        for finder in finders:
            plain = [m.span() for m in finder.pattern.finditer(text)]
            assert count_spans(finder, text) == plain
            found += len(plain)
    assert found > 100


COUNT_WORDS = (
    "a few|A Few|few|someone|some|Some|many|Germany|one|often|ten|Ten|three-quarters|two-thirds|one-third|in|out of|"
    "days|years|weeks old|hundred|thousand|dozen|dozens of|several|A couple of|a dozen|twenty-five|Forty|fifteen|"
    "12|3|1,500|and a half|consecutive|million|of|year-old|months-old|Day-Old"
).split("|")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(COUNT_WORDS), st.sampled_from([" ", "  ", "\n", "-", ", ", ""])), min_size=1, max_size=12))
def test_counting_words_in_any_order_give_what_a_scan_gives(parts):
    text = "".join(word + gap for word, gap in parts)
    for finder in counted():
        assert count_spans(finder, text) == [m.span() for m in finder.pattern.finditer(text)]


def word_led():
    return [p for p, _ in d.DATE_PATTERNS if isinstance(p, d._FromWords)]


def test_dates_tried_where_months_days_and_holidays_stand_find_what_a_scan_finds():
    finders = word_led()
    assert len(finders) >= 4
    texts = SHAPES + [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("entities*/*.txt"))]
    found = 0
    for text in texts:
        starts = d.date_starts(text)
        for finder in finders:
            plain = [m.span() for m in finder.pattern.finditer(text)]
            assert [m.span() for m in finder.finditer(text, starts)] == plain
            found += len(plain)
    assert found > 100


DATE_WORDS = (
    "Monday|Sunday morning|March|Mar.|Sept.|Sept|Oct|May|Mayor|Marathon|4|12|2024|Christmas Day|New Year's Eve|"
    "New York|Good Friday|Goodwin|Eid al-Fitr|Labor Day|of|early|mid|the|,"
).split("|")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(DATE_WORDS), st.sampled_from([" ", "  ", "\n", "-", ", ", ""])), min_size=1, max_size=12))
def test_date_words_in_any_order_give_what_a_scan_gives(parts):
    text = "".join(word + gap for word, gap in parts)
    starts = d.date_starts(text)
    for finder in word_led():
        assert [m.span() for m in finder.finditer(text, starts)] == [m.span() for m in finder.pattern.finditer(text)]


def literal_led():
    return [p for p, _ in d.DATE_PATTERNS + d.NOT_QUANTITIES if isinstance(p, d._AtLiterals)]


def test_patterns_tried_where_their_literals_stand_find_what_a_scan_finds():
    finders = literal_led()
    assert len(finders) >= 2
    texts = SHAPES + [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("entities*/*.txt"))]
    texts.append("the 3rd minute, the  12th lap (1) [2, 3] x(4) ( 5) \t[6]. (7-8); the the 2nd day")
    found = 0
    for text in texts:
        for finder in finders:
            plain = [m.span() for m in finder.pattern.finditer(text)]
            assert [m.span() for m in finder.finditer(text)] == plain
            found += len(plain)
    assert found > 20


LITERAL_WORDS = "the|The|3rd|12th|minute|day|(1)|[2, 3]|(4-5)|x|(|[|)|]|7|,|top-|Top-|20|Section|subsection|SECTION|article|Clause|paragraphs|4.2(b)".split("|")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LITERAL_WORDS), st.sampled_from([" ", "  ", "\n", "-", ", ", ""])), min_size=1, max_size=12))
def test_literal_words_in_any_order_give_what_a_scan_gives(parts):
    text = "".join(word + gap for word, gap in parts)
    for finder in literal_led():
        assert [m.span() for m in finder.finditer(text)] == [m.span() for m in finder.pattern.finditer(text)]


def keyword_tuples():
    yield from (k for _, k in d.NOT_QUANTITIES + d.DATE_PATTERNS if k is not None)
    yield from (d._MONEY_WORDS, d._PERCENT_WORDS, d._RANK_WORDS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="$€£QUSDEFYNo1240 .-:/%aefinrstuwyh", max_size=40))
def test_a_section_holds_a_pattern_s_words_as_a_plain_search_says(text):
    for keywords in keyword_tuples():
        assert d._holds(text, keywords) == any(k in text for k in keywords), keywords


SHARE_WORDS = "half a|a half|one|two|three|a quarter of a|someone|5|.5|0.25|12|%|percent|per cent|points|x|A|.".split("|")
MONEY_WORDS = "US$|HK$ |$|€|£|USD|USD |Rs.|Rs |INR|5|12,000|3.5|bn|b| million| dollars| EUR|x|A|\n".split("|")
RANGE_WORDS = "between|between  |Between|$|€|5|12,000|3.5|bn| million|to|and|-|–|%| percent|x|\n".split("|")
# Each quick finder, the full pattern it stands for, and the words and gaps its texts are made of.
QUICK_FINDERS = {
    "shares": (d._PERCENTS, d.PERCENT, SHARE_WORDS, [" ", "", "-", ".", "\n"]),
    "money": (d._MONEYS, d.MONEY, MONEY_WORDS, [" ", "", "-", ".", ","]),
    "ranges": (d._RANGES, d.RANGE, RANGE_WORDS, [" ", "", "\n"]),
}


@pytest.mark.parametrize("kind", sorted(QUICK_FINDERS))
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_a_quick_finder_tried_where_its_matches_can_open_gives_what_a_scan_gives(kind, data):
    finder, pattern, words, gaps = QUICK_FINDERS[kind]
    parts = data.draw(st.lists(st.tuples(st.sampled_from(words), st.sampled_from(gaps)), min_size=1, max_size=10))
    text = "".join(word + gap for word, gap in parts)
    assert digit_spans(finder, text) == [m.span() for m in pattern.finditer(text)]
