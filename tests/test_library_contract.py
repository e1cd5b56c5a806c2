"""The `Library` contract: every implementation of the library passes these tests.

Implementations: SQLite with its FTS5 index, and SQLite without it (LIKE scans, as on a
Python whose SQLite lacks FTS5). A server-backed library joins the `library` fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import parse_text
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.library import (
    PARSER_VERSION, Library, NewBriefing, content_hash, flat_hits,
)
from briefing_tui.library.sqlite_store import SQLiteLibrary, has_fts5

IMPLEMENTATIONS = ["sqlite-fts5", "sqlite-like"]

SEED = bundled_briefing().read_text(encoding="utf-8")

ELECTION = """Storms Delay Vote Count In Coastal Counties
By Maria Lopez

Topline
Election officials in Florida said ballots from three coastal counties will be counted a day late after storms closed polling stations.

Key Facts
Governor Ron DeSantis declared an emergency on Tuesday. The Associated Press reported that 12,000 ballots were held in Miami.
Officials expect the count to finish by Friday.
"""

HARVEST = """# Wheat harvest falls short in Kansas

Farmers in Kansas reported the smallest wheat harvest since 1957, the Department of Agriculture said.

## Prices

Wheat futures rose 4% in Chicago after the report. Traders expect bread prices to follow.

## Weather

A dry spring and late frost cut yields across the state.
"""


@pytest.fixture(params=IMPLEMENTATIONS)
def library(request, tmp_path: Path) -> Library:
    if request.param == "sqlite-fts5":
        if not has_fts5():
            pytest.skip("this SQLite has no FTS5")
        store = SQLiteLibrary(tmp_path / "library.sqlite3", use_fts=True)
        assert store.fts
    else:
        store = SQLiteLibrary(tmp_path / "library.sqlite3", use_fts=False)
        assert not store.fts
    yield store
    store.close()


def add_text(library: Library, text: str, path: str | None = None, **kwargs):
    briefing = parse_text(text, path or "<text>")
    return library.add(briefing, text, path=path, **kwargs)


# ---------------------------------------------------------------------- adding


def test_add_then_get(library: Library):
    added = add_text(library, SEED, "/news/seed.txt", tags=("japan",))
    assert added.new
    entry = library.get(added.id)
    assert entry is not None
    assert entry.title == "The U.S. and Japan will sign a new security agreement next month."
    assert entry.byline is not None and "Zachary Folk" in entry.byline
    assert entry.path == "/news/seed.txt"
    assert entry.sections == 5
    assert entry.size == len(SEED)
    assert entry.tags == ("japan",)
    assert entry.read is False
    assert entry.added.endswith("Z")
    assert entry.content_hash == content_hash(SEED)


def test_same_text_is_stored_once(library: Library):
    first = add_text(library, SEED, "/a.txt")
    again = add_text(library, SEED, "/b.txt", tags=("later",))
    assert again.id == first.id and not again.new
    assert library.count() == 1
    assert library.get(first.id).tags == ("later",)  # the tag of the second add is kept


def test_add_many_mixes_new_and_known(library: Library):
    add_text(library, SEED)
    items = [NewBriefing(parse_text(t), t) for t in (SEED, ELECTION, HARVEST, ELECTION)]
    results = library.add_many(items)
    assert [r.new for r in results] == [False, True, True, False]
    assert results[1].id == results[3].id
    assert library.count() == 3


def test_source_text_and_briefing_come_back(library: Library):
    added = add_text(library, HARVEST, "/h.md")
    assert library.source_text(added.id) == HARVEST
    briefing = library.briefing(added.id)
    assert briefing == parse_text(HARVEST, "/h.md")


def test_find_by_hash_path_and_url(library: Library):
    a = add_text(library, SEED, "/news/seed.txt")
    b = library.add(parse_text(ELECTION), ELECTION, url="https://example.org/vote")
    assert library.find(content_hash=content_hash(SEED)).id == a.id
    assert library.find(path="/news/seed.txt").id == a.id
    assert library.find(url="https://example.org/vote").id == b.id
    assert library.find(path="/nowhere") is None
    assert library.find() is None


def test_entities_are_stored_with_mentions(library: Library):
    briefing = parse_text(SEED)
    added = library.add(briefing, SEED)
    stored = library.briefing_entities(added.id)
    expected = extract_entities(briefing)
    assert [(e.name, e.type, e.aliases, e.mentions) for e in stored] == [
        (e.name, e.type, e.aliases, e.mentions) for e in expected
    ]
    for entity in stored:
        for m in entity.mentions:
            assert briefing.sections[m.section].text[m.start : m.end]


def test_date_and_source_given_are_kept(library: Library):
    added = add_text(library, ELECTION, date="2024-11-05", source="Example News")
    entry = library.get(added.id)
    assert (entry.date, entry.source) == ("2024-11-05", "Example News")
    assert entry.to_json()["date"] == "2024-11-05"
    assert set(entry.to_json()) == {"id", "title", "byline", "date", "source", "path", "url", "added", "sections", "read", "tags"}


# ---------------------------------------------------------------------- listing


def test_list_is_newest_first_with_filters(library: Library):
    ids = [add_text(library, text).id for text in (SEED, ELECTION, HARVEST)]
    assert [e.id for e in library.list()] == ids[::-1]
    assert [e.id for e in library.list(limit=2)] == ids[::-1][:2]
    assert [e.id for e in library.list(limit=2, offset=2)] == [ids[0]]
    library.add_tags(ids[0], ["asia", "defense"])
    library.add_tags(ids[2], ["asia"])
    assert [e.id for e in library.list(tag="asia")] == [ids[2], ids[0]]
    assert library.count(tag="asia") == 2
    library.set_read(ids[1])
    assert [e.id for e in library.list(read=True)] == [ids[1]]
    assert [e.id for e in library.list(read=False)] == [ids[2], ids[0]]
    library.set_read(ids[1], False)
    assert library.count(read=True) == 0
    assert library.tags() == [("asia", 2), ("defense", 1)]
    library.remove_tag(ids[0], "asia")
    assert library.get(ids[0]).tags == ("defense",)


def test_missing_ids(library: Library):
    assert library.get(999) is None
    assert library.position(999) is None
    with pytest.raises(KeyError):
        library.source_text(999)
    with pytest.raises(KeyError):
        library.add_bookmark(999, 0, 0)
    assert library.delete(999) is False


# ---------------------------------------------------------------------- search


@pytest.fixture
def filled(library: Library) -> tuple[Library, dict[str, int]]:
    ids = {name: add_text(library, text).id for name, text in (("seed", SEED), ("election", ELECTION), ("harvest", HARVEST))}
    return library, ids


@pytest.mark.parametrize(
    ("query", "expected", "word"),
    [
        ("kishida", "seed", "Kishida"),
        ("kishda", "seed", "Kishida"),  # a letter missing
        ("japn defence", "seed", None),  # a typo and the British spelling
        ("lishida", "seed", "Kishida"),  # the first letter mistyped
        ("ishida", "seed", "Kishida"),  # ... left out
        ("wkishida", "seed", "Kishida"),  # ... one too many
        ("hwheat", "harvest", "wheat"),
        ("wheat", "harvest", "wheat"),
        ("wheet harvst", "harvest", None),
        ("desantis", "election", "DeSantis"),
        ("ballot", "election", "ballots"),  # typed so far: a prefix
    ],
)
def test_search_forgives_typos(filled, query: str, expected: str, word: str | None):
    library, ids = filled
    results = library.search(query)
    assert results, query
    assert results[0].id == ids[expected]
    hit = results[0].hits[0]
    text = library.briefing(hit.id).sections[hit.section].text
    assert hit.end > hit.start
    if word is not None:
        assert text[hit.start : hit.end] == word
    # The snippet shows the match where it says it is.
    assert hit.snippet[hit.snippet_start : hit.snippet_end] == text[hit.start : hit.end]
    assert hit.label == library.briefing(hit.id).sections[hit.section].label


def test_search_groups_hits_by_briefing(filled):
    library, ids = filled
    results = library.search("japan")
    assert [r.id for r in results] == [ids["seed"]]
    assert 1 < len(results[0].hits) <= 3
    scores = [hit.score for hit in results[0].hits]
    assert scores == sorted(scores, reverse=True)
    hits = flat_hits(results)
    assert all(hit.id == ids["seed"] and hit.title == library.get(ids["seed"]).title for hit in hits)
    assert set(hits[0].to_json()) == {"id", "title", "path", "section", "label", "start", "end", "score", "snippet"}


def test_search_finds_nothing_for_nonsense_and_blanks(filled):
    library, _ = filled
    assert library.search("zzqxv") == []
    assert library.search("") == []
    assert library.search(" j ") == []


def test_search_respects_tag_and_limit(filled):
    library, ids = filled
    library.add_tags(ids["harvest"], ["farm"])
    assert library.search("kishida", tag="farm") == []
    assert [r.id for r in library.search("wheat", tag="farm")] == [ids["harvest"]]
    assert len(library.search("the", limit=1)) <= 1


def test_search_sees_briefings_added_later(filled):
    library, _ = filled
    assert library.search("volcano") == []
    added = add_text(library, "Volcano erupts in Iceland\n\nThe volcano near Grindavik erupted overnight, officials said.\n")
    assert library.search("volcano")[0].id == added.id
    assert library.search("vulcano")[0].id == added.id


def test_deleted_briefing_is_no_longer_found(filled):
    library, ids = filled
    assert [r.id for r in library.search("frost")] == [ids["harvest"]]
    assert library.delete(ids["harvest"])
    assert library.get(ids["harvest"]) is None
    assert library.search("frost") == []
    assert library.count() == 2


# ---------------------------------------------------------------------- remembering


def test_positions_and_last_read(filled):
    library, ids = filled
    assert library.last_read() is None
    library.save_position(ids["seed"], 2, 14)
    position = library.position(ids["seed"])
    assert (position.section, position.line) == (2, 14)
    library.save_position(ids["seed"], 3, 0)
    assert (library.position(ids["seed"]).section, library.position(ids["seed"]).line) == (3, 0)
    assert library.last_read().id == ids["seed"]
    library.record_opened(ids["harvest"])
    assert library.last_read().id == ids["harvest"]
    assert library.position(ids["harvest"]) is None


def test_bookmarks_per_briefing_and_across(filled):
    library, ids = filled
    first = library.add_bookmark(ids["seed"], 1, 3, "the troop numbers")
    second = library.add_bookmark(ids["harvest"], 0, 0)
    third = library.add_bookmark(ids["seed"], 4, 1, "Aquilino on 2027")
    assert first.label == "Key Facts" and first.note == "the troop numbers"
    assert first.title == library.get(ids["seed"]).title
    assert [b.id for b in library.bookmarks(ids["seed"])] == [third.id, first.id]
    assert [b.id for b in library.bookmarks()] == [third.id, second.id, first.id]
    assert set(first.to_json()) == {"id", "title", "section", "label", "line", "note", "created"}
    assert first.to_json()["id"] == ids["seed"]
    assert library.delete_bookmark(third.id)
    assert not library.delete_bookmark(third.id)
    assert [b.id for b in library.bookmarks(ids["seed"])] == [first.id]


def test_delete_takes_bookmarks_and_position(filled):
    library, ids = filled
    library.add_bookmark(ids["seed"], 0, 0, "x")
    library.save_position(ids["seed"], 1, 1)
    library.delete(ids["seed"])
    assert library.bookmarks() == []
    assert library.position(ids["seed"]) is None
    assert library.last_read() is None


def test_settings(library: Library):
    assert library.get_setting("theme") is None
    assert library.get_setting("theme", "nord") == "nord"
    library.set_setting("theme", "gruvbox")
    library.set_setting("theme", "dracula")
    assert library.get_setting("theme") == "dracula"


# ---------------------------------------------------------------------- entities across briefings


def test_entities_across_briefings(filled):
    library, ids = filled
    other = "Japan and China talks\n\nJapan sent envoys to Beijing. Japan said the talks went well.\n"
    other_id = add_text(library, other).id
    places = {e.name: e for e in library.entities(type="place")}
    assert places["Japan"].briefings == 2
    japan_mentions = sum(
        e.count for i in (ids["seed"], other_id) for e in library.briefing_entities(i) if e.name == "Japan"
    )
    assert places["Japan"].mentions == japan_mentions
    assert [e.id for e in library.briefings_naming("Japan", "place")] == [other_id, ids["seed"]]
    assert [e.id for e in library.briefings_naming("Kansas")] == [ids["harvest"]]
    everyone = library.entities()
    assert everyone[0].briefings >= everyone[-1].briefings
    assert any(e.name == "Fumio Kishida" for e in library.entities(query="kishda"))
    library.delete(other_id)
    assert {e.name: e for e in library.entities(type="place")}["Japan"].briefings == 1
    assert library.entities(type="place", limit=1) and len(library.entities(type="place", limit=1)) == 1


# ---------------------------------------------------------------------- keeping up


def test_reparse_when_the_parser_changes(filled, monkeypatch):
    library, ids = filled
    assert library.stale() == 0
    import briefing_tui.library as package
    import briefing_tui.library.sqlite_store as store

    monkeypatch.setattr(package, "PARSER_VERSION", PARSER_VERSION + 1)
    monkeypatch.setattr(store, "PARSER_VERSION", PARSER_VERSION + 1)
    assert library.stale() == 3
    seen = []
    assert library.reparse(lambda done, total: seen.append((done, total))) == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert library.stale() == 0
    # Everything still works after parsing again.
    assert library.search("kishda")[0].id == ids["seed"]
    places = {e.name: e for e in library.entities(type="place")}
    assert places["Japan"].briefings == 1
    assert library.get(ids["seed"]).sections == 5


def test_reopening_keeps_everything(tmp_path: Path):
    path = tmp_path / "lib.sqlite3"
    with SQLiteLibrary(path) as library:
        added = add_text(library, SEED, "/s.txt", tags=("t",))
        library.save_position(added.id, 2, 5)
        library.add_bookmark(added.id, 1, 0, "note")
    with SQLiteLibrary(path) as library:
        assert library.get(added.id).tags == ("t",)
        assert library.position(added.id).line == 5
        assert library.bookmarks()[0].note == "note"
        assert library.search("kishda")[0].id == added.id


def test_words_in_different_paragraphs_still_find_the_briefing(filled):
    library, ids = filled
    # "Kishida" is in Key Facts' first paragraph, "civilian contractors" in its third.
    results = library.search("kishda contractors")
    assert results and results[0].id == ids["seed"]
    together = library.search("kishida plan")[0].hits[0].score
    assert results[0].hits[0].score < together  # words side by side rank higher
