"""Properties of the library under any sequence of adds and deletes."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import parse_text
from briefing_tui.library.sqlite_store import LINKED_TYPES, SQLiteLibrary

MARKERS = ["quokka", "zeppelin", "mandolin", "tundra", "saffron"]
TEXTS = [
    f"Talks in {place} number {n}\n\nOfficials from {place} met {person} on Monday in {place}. "
    f"{person} said the talks in {place} went well; the {MARKERS[n]} deal was signed.\n"
    for n, (place, person) in enumerate(
        [("Japan", "Fumio Kishida"), ("Kenya", "William Ruto"), ("Japan", "Joe Biden"),
         ("Brazil", "Joe Biden"), ("Kenya", "Fumio Kishida")]
    )
]
PARSED = [parse_text(text) for text in TEXTS]
ENTITIES = [extract_entities(briefing) for briefing in PARSED]

operations = st.lists(st.tuples(st.sampled_from(["add", "delete"]), st.integers(0, len(TEXTS) - 1)), max_size=14)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations, st.booleans())
def test_counts_and_search_follow_adds_and_deletes(steps, use_fts):
    with tempfile.TemporaryDirectory() as folder, SQLiteLibrary(Path(folder) / "l.sqlite3", use_fts=use_fts) as library:
        present: dict[int, int] = {}  # text number -> library id
        for action, number in steps:
            if action == "add":
                added = library.add(PARSED[number], TEXTS[number], entities=ENTITIES[number])
                assert added.new == (number not in present)
                present[number] = added.id
            elif number in present:
                assert library.delete(present.pop(number))
        assert library.count() == len(present)
        expected_briefings: Counter = Counter()
        expected_mentions: Counter = Counter()
        for number in present:
            for entity in ENTITIES[number]:
                if entity.type in LINKED_TYPES:
                    expected_briefings[(entity.name, entity.type)] += 1
                    expected_mentions[(entity.name, entity.type)] += entity.count
        summaries = library.entities()
        assert {(s.name, s.type): s.briefings for s in summaries} == dict(expected_briefings)
        assert {(s.name, s.type): s.mentions for s in summaries} == dict(expected_mentions)
        for number in range(len(TEXTS)):
            found = {result.id for result in library.search(MARKERS[number])}
            assert found == ({present[number]} if number in present else set())


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_index_terms_are_each_word_folded(text):
    """The quick path for ASCII text gives the terms folding each word one by one gives."""
    from briefing_tui.library.text_search import _TERM, fold, index_terms

    assert index_terms(text) == {fold(word) for word in _TERM.findall(text)}


def test_a_parsed_briefing_comes_back_whole_from_a_worker(tmp_path):
    """What a worker process sends back (entities packed small) is what it parsed."""
    import pickle

    from briefing_tui.library.ingest import Item, read_item

    path = tmp_path / "talks.txt"
    path.write_text(TEXTS[0] + "\n" + TEXTS[2], encoding="utf-8")
    parsed = read_item(Item(name=str(path), path=str(path)))
    assert parsed.briefing is not None and any(entity.mentions for entity in parsed.entities)
    assert pickle.loads(pickle.dumps(parsed)) == parsed
    refused = read_item(Item(name="nothing", data=b""))
    assert pickle.loads(pickle.dumps(refused)) == refused
