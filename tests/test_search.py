"""Search: typo tolerance, ranking, spans and snippets, the search bar and `briefing search`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefing_tui.app import BriefingApp
from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import load_briefing, parse_text
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.core.search import SearchIndex, normalise_word, search_briefing
from briefing_tui.widgets.reading_view import ReadingView
from briefing_tui.widgets.search_bar import SearchBar
from briefing_tui.widgets.status_line import StatusLine


@pytest.fixture(scope="module")
def seed_index():
    briefing = load_briefing(bundled_briefing())
    return briefing, SearchIndex(briefing, extract_entities(briefing))


def top(index_pair, query):
    briefing, index = index_pair
    hits = index.search(query)
    assert hits, query
    hit = hits[0]
    return briefing.sections[hit.section].label, briefing.sections[hit.section].text[hit.start : hit.end], hits


@pytest.mark.parametrize(
    "query, label, word",
    [
        ("kishda", "Key Facts", "Kishida"),
        ("antony blinkn", "Background", "Antony Blinken"),
        ("milatary spending", "Topline", "military spending"),
        ("agreement security", "Topline", "security agreement"),
        ("north-korea", "Topline", "North Korea"),
        ("8000", "Key Facts", "8,000"),
        ("KISHIDA", "Key Facts", "Kishida"),
        ("aquilno", "Threats", "Aquilino"),
        ("Reuter", "Contra", "Reuters"),
        ("defence", "Topline", "defense"),
        ("“collective self-defense”", "Background", "collective self-defense"),
    ],
)
def test_typo_queries_find_the_right_section_and_span(seed_index, query, label, word):
    got_label, got_word, _ = top(seed_index, query)
    assert got_label == label
    assert got_word.lower() == word.lower()


def test_exact_and_whole_word_rank_above_fuzzy(seed_index):
    _, _, hits = top(seed_index, "Japan")
    briefing, _ = seed_index
    texts = [briefing.sections[h.section].text[h.start : h.end] for h in hits]
    assert all(t == "Japan" for t in texts[:5])
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_blank_and_one_letter_queries_find_nothing(seed_index):
    _, index = seed_index
    assert index.search("") == [] and index.search("   ") == [] and index.search("k") == []


def test_entity_names_find_other_spellings(seed_index):
    briefing, index = seed_index
    hits = index.search("united states")
    assert hits and briefing.sections[hits[0].section].text[hits[0].start : hits[0].end] == "U.S."


def test_normalisation():
    assert normalise_word("Zürich") == normalise_word("zurich")
    assert normalise_word("8,000") == "8000"
    assert normalise_word("organised") == normalise_word("organized")
    assert normalise_word("colour") == normalise_word("color")
    assert normalise_word("centre") == normalise_word("center")
    assert normalise_word("hour") == "hour" and normalise_word("surprise") == "surprise"


def test_diacritics_and_snippet():
    briefing = parse_text("Banks\n\nTopline\nThe bank moved its headquarters to Zürich last year, officials said.\n")
    hits = search_briefing(briefing, "Zurich")
    assert hits and briefing.sections[0].text[hits[0].start : hits[0].end] == "Zürich"
    hit = hits[0]
    assert hit.snippet[hit.snippet_start : hit.snippet_end] == "Zürich"


def test_hits_carry_spans_inside_the_text(seed_index):
    briefing, index = seed_index
    for query in ["japan", "military", "us", "2015", "korea taiwan", "war"]:
        for hit in index.search(query):
            text = briefing.sections[hit.section].text
            assert 0 <= hit.start <= hit.end <= len(text)
            assert hit.snippet[hit.snippet_start : hit.snippet_end] == text[hit.start : hit.end]


# ---------------------------------------------------------------------------- the reader


def make_app() -> BriefingApp:
    return BriefingApp(read_source(bundled_briefing()))


async def settle(pilot) -> None:
    from textual.worker import WorkerCancelled

    await pilot.pause()
    # Each keystroke's search replaces (cancels) the one before: wait again until none is left.
    for _ in range(20):
        try:
            await pilot.app.workers.wait_for_complete()
            break
        except WorkerCancelled:
            await pilot.pause()
    await pilot.pause()


async def test_slash_typing_enter_n_shift_n_and_esc():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"kishda")
        await settle(pilot)
        bar = app.query_one(SearchBar)
        assert bar.display and bar.input.value == "kishda"
        assert bar.hits and bar.hits[0].label == "Key Facts"
        await pilot.press("enter")
        await pilot.pause()
        status = app.query_one(StatusLine)
        assert not bar.display and status.match.startswith("kishda 1/")
        assert status.position == "2/5 Key Facts"
        assert app.query_one(ReadingView).has_highlights
        await pilot.press("escape")
        await pilot.pause()
        assert status.match == "" and not app.query_one(ReadingView).has_highlights


async def test_n_walks_search_hits_and_the_query_is_kept():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"taiwan")
        await settle(pilot)
        total = len(app.query_one(SearchBar).hits)
        await pilot.press("enter", "n", "n")
        await pilot.pause()
        status = app.query_one(StatusLine)
        assert status.match == f"taiwan 3/{total}"
        await pilot.press("N")
        await pilot.pause()
        assert status.match == f"taiwan 2/{total}"
        await pilot.press("slash")
        await pilot.pause()
        assert app.query_one(SearchBar).input.value == "taiwan"


async def test_stale_results_are_dropped():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"japan")
        await settle(pilot)
        bar = app.query_one(SearchBar)
        fresh = bar.hits
        stale = app.reader.search_index().search("china")
        bar.show_results("china", stale)  # an old query's results, arriving late
        assert bar.hits == fresh and bar.shown_query == "japan"


async def test_search_then_entity_n_follows_the_last_chosen():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"taiwan", "enter")
        await pilot.pause()
        app.reader.follow_entity(next(e for e in app.reader.entities if e.name == "China"))
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.query_one(StatusLine).match.startswith("China 2/")


# ---------------------------------------------------------------------------- the CLI


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing_tui", "search", *args], capture_output=True, timeout=60)


def test_cli_json_best_first():
    result = run("kishda", "--json", "--limit", "3")
    assert result.returncode == 0
    hits = json.loads(result.stdout)
    assert hits and len(hits) <= 3
    assert set(hits[0]) == {"path", "section", "label", "start", "end", "score", "snippet"}
    assert hits[0]["label"] == "Key Facts" and "Kishida" in hits[0]["snippet"]


def test_cli_plain_when_piped_and_bad_path(tmp_path):
    result = run("taiwan")
    assert result.returncode == 0 and b"\x1b[" not in result.stdout and b"Taiwan" in result.stdout
    bad = run("taiwan", str(tmp_path / "missing.txt"))
    assert bad.returncode == 2 and bad.stdout == b"" and len(bad.stderr.decode().strip().splitlines()) == 1


def test_cli_searches_several_paths(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Chips\n\nTopline\nTaiwan makes most advanced chips.\n", encoding="utf-8")
    hits = json.loads(run("taiwan", str(bundled_briefing()), str(other), "--json").stdout)
    assert {h["path"] for h in hits} == {str(bundled_briefing()), str(other)}


async def test_repeated_resizing_keeps_the_query_the_match_and_the_place():
    app = make_app()
    sizes = [(120, 40), (50, 14), (200, 60), (30, 8), (90, 30), (20, 6), (120, 40)]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # While typing a query: the query survives every size.
        await pilot.press("slash", *"japan")
        await settle(pilot)
        for size in sizes:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert app.reader.search_bar.input.value == "japan"
        # While walking the hits: the match and the section stay.
        await pilot.press("enter", "n", "n")
        await pilot.pause()
        status = app.query_one(StatusLine)
        match, position = status.match, status.position
        assert match.startswith("japan 3/")
        for size in sizes:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
        assert status.match == match and status.position == position
        # While following an entity: the same.
        app.reader.follow_entity(next(e for e in app.reader.entities if e.name == "China"))
        await pilot.press("n")
        await pilot.pause()
        match, position = status.match, status.position
        for size in sizes:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
        assert status.match == match and status.position == position
        await pilot.press("n")
        await pilot.pause()
        assert status.match != match  # n still walks after all that


async def test_keys_typed_right_behind_slash_land_in_the_query():
    """`/kishda` arriving in one burst (a fast typist, `tmux send-keys '/' 'kishda'`)."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(110, 30)) as pilot:
        await settle(pilot)
        for character in "/kishda":
            app.post_message(events.Key("slash" if character == "/" else character, character))
        await settle(pilot)
        await pilot.pause(0.2)
        bar = app.reader.search_bar
        assert bar.input.value == "kishda"
        assert bar.hits and bar.hits[0].label == "Key Facts"
        assert bar.input.region.height == 1  # the query box shows


async def test_slash_inside_a_filter_is_a_character():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e", "a", "slash", "b")  # a letter begins the filter
        await pilot.pause()
        assert app.query_one("#entity-filter").value == "a/b"
        assert not app.reader.search_bar.display


def test_short_words_with_one_typo_are_found():
    """"oil prise" finds "oil price": a letter wrong, swapped or missing in a short word."""
    from briefing_tui.core.parsing import parse_text
    from briefing_tui.core.search import SearchIndex

    text = (
        "Markets\n\nTopline\nThe oil price rose on Monday as traders weighed supply cuts.\n\n"
        "Background\nThe prime minister took pride in the prize. Oil output fell.\n"
    )
    index = SearchIndex(parse_text(text))
    for query in ("oil prise", "oul price", "oil prcie", "oil pric", "oil prices"):
        hits = index.search(query)
        assert hits, query
        first = hits[0]
        assert index.briefing.sections[first.section].text[first.start : first.end] == "oil price", query
    # A lone three-letter word is not stretched to every neighbour.
    assert index.search("oul") == []


def test_hits_stay_inside_a_sentence_whose_case_folding_is_longer():
    # "ß" folds to "ss" and "ŉ" to two letters: repeats of a word are found on the text's own offsets.
    briefing = parse_text("Straße 9:00\n\nDie Große Straße und die Straße 9:00 waren ŉ voll 9:00.\n")
    index = SearchIndex(briefing, [])
    hits = index.search("9:00")
    assert hits
    for hit in hits:
        text = briefing.sections[hit.section].text
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == "9:00"
