"""The spaCy adapter, on a blank English pipeline with an entity ruler (skipped without spaCy)."""

from __future__ import annotations

import pytest

from briefing_tui.core.parsing import parse_text

spacy = pytest.importorskip("spacy")

from briefing_tui.core.entities.spacy_backend import spacy_entities  # noqa: E402

TEXT = (
    "Talks resume\n\nTopline\nPresident Joe Biden met Japanese Prime Minister Fumio Kishida on April 10. "
    "However, Biden flew to Hawaii, where 54,000 service members serve. The Acme Widget Corp said 3% more.\n"
)


@pytest.fixture()
def nlp():
    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "President Joe Biden"},
            {"label": "PERSON", "pattern": "Biden"},
            {"label": "NORP", "pattern": "Japanese"},
            {"label": "PERSON", "pattern": "Prime Minister Fumio Kishida"},
            {"label": "DATE", "pattern": "April 10"},
            {"label": "ORG", "pattern": "However"},  # a wrong base entity: the rules filter it
            {"label": "PERSON", "pattern": "Hawaii"},  # a wrong label: the gazetteer types it
            {"label": "CARDINAL", "pattern": "54,000"},
            {"label": "ORG", "pattern": "The Acme Widget Corp"},
            {"label": "PERCENT", "pattern": "3%"},
        ]
    )
    return pipeline


def test_spacy_entities_get_our_filtering_typing_and_merging(nlp):
    briefing = parse_text(TEXT)
    entities = {e.name: e for e in spacy_entities(briefing, nlp)}
    assert entities["Joe Biden"].type == "person" and "Biden" in entities["Joe Biden"].aliases
    assert entities["Joe Biden"].count == 2
    assert entities["Fumio Kishida"].type == "person"
    assert entities["Japanese"].type == "group"
    assert entities["Hawaii"].type == "place"
    assert entities["April 10"].type == "date" and entities["54,000"].type == "number"
    assert entities["Acme Widget Corp"].type == "organization"
    assert "However" not in entities
    for entity in entities.values():
        for mention in entity.mentions:
            written = briefing.sections[mention.section].text[mention.start : mention.end]
            assert written in {entity.name, *entity.aliases}
