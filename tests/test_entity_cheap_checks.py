"""Cheap tests put before the patterns of the name rules decide as the patterns alone do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.core.entities import names
from briefing_tui.core.entities.found import Token


def code_by_patterns(token: Token, text: str) -> bool:
    """names._is_code without its cheap tests: every pattern asked in turn."""
    if text[token.end : token.end + 1] == "=":
        return True
    if text[token.end : token.end + 1] == "." and names.RIC_EXCHANGE.match(text, token.end + 1) and names.RIC_CODE.fullmatch(token.text):
        return True
    if text[token.start - 1 : token.start] == "." and len(token.text) <= 2 and token.text.isupper() and names._RIC_BEFORE.search(text, max(0, token.start - 7), token.start):
        return True
    if text[token.start - 1 : token.start] == "." and names._FILE_EXTENSION.fullmatch(token.text):
        return True
    if text[token.start - 1 : token.start] == "." and token.start >= 2 and (
        text[token.start - 2] in " (<#" or names._CHAIN_BEFORE.search(text, max(0, token.start - 8), token.start)
    ):
        return True
    if text[token.end : token.end + 1] in (".", ")") and text[token.start - 1 : token.start] in ("(", " ", ":") and names._TICKER.match(text, token.start):
        return True
    if text[token.end : token.end + 1] == ")" and names._EXCHANGE_BEFORE.search(text[max(0, token.start - 8) : token.start]):
        return True
    if token.text.isupper() and names._TICKER_BEFORE.search(text[max(0, token.start - 16) : token.start]):
        return True
    return not token.text.isalpha() and bool(names.CODE.fullmatch(token.text))


PIECES = ["ticker", "symbol", " ", "\n", "(", ")", ".", ":", "=", "<", "#", "AD", "VXC", "TSLA", "O", "N", "LCOc1", "US10YT", "jpg", "JPG", "Vexa", "NYSE", "7203", "T"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10))
def test_a_code_is_told_as_its_patterns_tell_it(pieces):
    text = "".join(pieces)
    for token in names.tokenize(text, 0, len(text)):
        assert names._is_code(token, text) == code_by_patterns(token, text), (text, token)


def test_a_ticker_after_its_words_and_a_line_break_is_a_code():
    text = "under the ticker \nVXC today"
    start = text.index("VXC")
    assert names._is_code(Token(start, start + 3, "VXC", False), text)


from briefing_tui.core.entities import teams  # noqa: E402


def side_by_patterns(before: str) -> bool:
    return bool(teams._SCORE_BEFORE.search(before) or teams._VERB_BEFORE.search(before) or teams._SIDE_BEFORE.search(before))


SIDE_PIECES = ["Leeds", " ", "\n", "2", "-", "1", ")", "(", "beat", "lost to", "club", "CLUB", "side", "rivals", "win over", "fellow", "ſide", "wıth", "draw", "the", "x", "trouncing of"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SIDE_PIECES), min_size=1, max_size=10))
def test_a_side_before_a_place_is_told_as_its_patterns_tell_it(pieces):
    before = "".join(pieces)[-teams._REACH :]
    assert teams._side_named_before(before) == side_by_patterns(before), before


def test_the_cheap_tests_of_a_side_follow_its_patterns():
    # A score ends in its figure (and a bracket); a verb is one of RESULT_VERBS, as _VERB finds.
    assert teams._SCORE_BEFORE.pattern.endswith(r"\d{1,2}\)? $")
    assert teams._VERB.pattern == teams.RESULT_VERBS and teams.RESULT_VERBS in teams._VERB_BEFORE.pattern
    for before in ("the bottom ſide ", "a draw wıth ", "Leeds 2-1 \n", "Wigan beat ", "the 6-1 trouncing of "):
        assert teams._side_named_before(before) and side_by_patterns(before)


from briefing_tui.core.entities import lists  # noqa: E402

CUE_PIECES = ["stores", "cities", " ", ",", "such as", "including", "like", "include", "Vons", "Leeds", "2", "é", "X", "_", "\n", "a"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), min_size=1, max_size=12))
def test_a_list_s_kind_is_found_as_its_pattern_finds_it(pieces):
    text = "".join(pieces)
    assert list(lists._cues(text)) == [(m.group(1), m.end()) for m in lists._CUE.finditer(text)], text


from briefing_tui.core.entities import classify  # noqa: E402

# Each pattern searched in a window before a name, its reach, and the endings tested first.
BEFORE_NAME = [
    (classify._TOWN_BEFORE, 40, classify._TOWN_BEFORE_ENDS),
    (classify._KIND_OF, 24, classify._KIND_OF_ENDS),
    (classify._CREDIT_BEFORE, 16, classify._CREDIT_ENDS),
]
NAME_PIECES = ["Leeds", ",", " ", "\n", "town", " of ", "OF", "Photo", "s", ":", "x", "ı"]


def test_the_endings_tested_first_are_how_the_patterns_end():
    assert classify._TOWN_BEFORE.pattern.endswith(", $") and classify._TOWN_BEFORE_ENDS == (", ",)
    assert classify._KIND_OF.pattern.endswith(" of $") and classify._KIND_OF_ENDS == ("of ",)
    assert classify._CREDIT_BEFORE.pattern.endswith(": $") and classify._CREDIT_ENDS == (": ", ": \n")
    assert classify._KIND_BEFORE.pattern.endswith("([a-z]+) $") and classify._LETTER_SPACE_BEFORE.pattern == "[a-z] $"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=10))
def test_a_pattern_before_a_name_is_searched_wherever_it_can_end(pieces):
    text = "".join(pieces)
    for end in range(len(text) + 1):
        for pattern, reach, endings in BEFORE_NAME:
            if pattern.search(text, max(0, end - reach), end):
                assert classify._ends_with(text, end, endings) or text.endswith(endings, 0, end), (pattern.pattern, text[:end])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "magazine", " ", "\n", "A", "é", "x", "-"]), min_size=1, max_size=8))
def test_a_kind_before_a_name_is_searched_wherever_it_can_end(pieces):
    text = "".join(pieces)
    for end in range(len(text) + 1):
        if classify._KIND_BEFORE.search(text, max(0, end - 24), end):
            assert classify._LETTER_SPACE_BEFORE.search(text, max(0, end - 3), end), text[:end]


def test_the_words_of_a_ticker_tested_first_are_its_pattern_s():
    # _TICKER_WORDS lists how text ends where _TICKER_BEFORE finds: change them together.
    assert names._TICKER_BEFORE.pattern == r"\b(?:ticker|symbol)(?: symbol)? $"
    assert names._EXCHANGE_BEFORE.pattern.endswith(r"\.$")


def test_a_pattern_opens_a_number_only_where_its_source_says_no_digit_stands_before():
    from briefing_tui.core.entities import dates_numbers as d

    assert d._opens_a_number(r"(?:\b\d{1,2}\s)")
    assert d._opens_a_number(r"(?<!January )(?<!May )\b\d")
    assert d._opens_a_number(r"(?<![\w.,$])\d|\b\d")
    assert d._opens_a_number(r"(?<!\d)(?<!\d:)\b\d")
    assert not d._opens_a_number(r"\d(?:[\d,]*\d)?")  # may open right after a digit
    assert not d._opens_a_number(r"(?<![^\d])\d")  # a class that holds all but digits
    assert not d._opens_a_number(r"\b\d|\d")  # one alternative without
    assert not d._opens_a_number(r"(?:\b\d)(?:x)|(?:\d)")
    assert d._top_alternatives(r"(?:a|(b|c))") == ["a", "(b|c)"]
    assert d._top_alternatives(r"(?:a)(?:b)") == ["(?:a)(?:b)"]
    assert d._top_alternatives(r"[|]\|x") == [r"[|]\|x"]
    assert not d._MEASURES.numbers_only and d._FIGURES.numbers_only
