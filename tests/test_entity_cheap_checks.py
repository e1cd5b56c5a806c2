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
    if text[token.start - 1 : token.start] == "." and names._FILE_EXTENSION.fullmatch(token.text):
        return True
    if text[token.start - 1 : token.start] == "." and token.start >= 2 and text[token.start - 2] in " (":
        return True
    if text[token.end : token.end + 1] in (".", ")") and text[token.start - 1 : token.start] in ("(", " ", ":") and names._TICKER.match(text, token.start):
        return True
    if text[token.end : token.end + 1] == ")" and names._EXCHANGE_BEFORE.search(text[max(0, token.start - 8) : token.start]):
        return True
    if token.text.isupper() and names._TICKER_BEFORE.search(text[max(0, token.start - 16) : token.start]):
        return True
    return not token.text.isalpha() and bool(names.CODE.fullmatch(token.text))


PIECES = ["ticker", "symbol", " ", "\n", "(", ")", ".", ":", "=", "VXC", "TSLA", "O", "N", "LCOc1", "US10YT", "jpg", "JPG", "Vexa", "NYSE", "7203", "T"]


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


SIDE_PIECES = ["Leeds", " ", "\n", "2", "-", "1", ")", "(", "beat", "lost to", "club", "CLUB", "side", "rivals", "win over", "fellow", "ſide", "wıth", "draw", "the", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SIDE_PIECES), min_size=1, max_size=10))
def test_a_side_before_a_place_is_told_as_its_patterns_tell_it(pieces):
    before = "".join(pieces)[-teams._REACH :]
    assert teams._side_named_before(before) == side_by_patterns(before), before


def test_letters_that_fold_to_plain_ones_still_name_a_side():
    for before in ("the bottom ſide ", "a draw wıth ", "Leeds 2-1 \n", "Wigan beat "):
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
    (classify._ROLE_OF, 24, classify._ROLE_OR_STAKE_ENDS),
    (classify._STAKE_IN, 24, classify._ROLE_OR_STAKE_ENDS),
    (classify._PLACE_PREPOSITION, 24, classify._PLACE_PREPOSITION_ENDS),
    (classify._JOB_AT, 30, classify._JOB_AT_ENDS),
    (classify._SAID_BEFORE, 12, classify._SAID_ENDS),
]
NAME_PIECES = [
    "Leeds", ",", " ", "\n", "town", " of ", "OF", "chief executive", "ceo", " for ", " at ", "shares", " in ", "ın",
    "near", "outside", "towards", "north of the", "analyst", " with ", "said", "explained", "x",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=10))
def test_a_pattern_before_a_name_is_searched_wherever_it_can_end(pieces):
    text = "".join(pieces)
    for end in range(len(text) + 1):
        for pattern, reach, endings in BEFORE_NAME:
            if pattern.search(text, max(0, end - reach), end):
                assert classify._ends_with(text, end, endings), (pattern.pattern, text[:end])


def test_letters_that_fold_to_plain_ones_are_searched_too():
    assert classify._ends_with("shares ın ", 10, classify._ROLE_OR_STAKE_ENDS)
    assert classify._STAKE_IN.search("shares ın ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "magazine", " ", "\n", "A", "é", "x", "-"]), min_size=1, max_size=8))
def test_a_kind_before_a_name_is_searched_wherever_it_can_end(pieces):
    text = "".join(pieces)
    for end in range(len(text) + 1):
        if classify._KIND_BEFORE.search(text, max(0, end - 24), end):
            assert classify._LETTER_SPACE_BEFORE.search(text, max(0, end - 3), end), text[:end]
