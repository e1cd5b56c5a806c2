"""Entities: types, merging of aliases, dates and numbers, offsets, and quality floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.entities.merge import linked_name
from briefing_tui.core.export import to_dict
from briefing_tui.core.model import ENTITY_TYPES
from briefing_tui.core.parsing import load_briefing, parse_text
from briefing_tui.core.resources import bundled_briefing

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

from entity_quality import evaluate, score  # noqa: E402


@pytest.fixture(scope="module")
def seed():
    briefing = load_briefing(bundled_briefing())
    return briefing, extract_entities(briefing)


def by_name(entities):
    return {e.name: e for e in entities}


def test_seed_people_places_groups_and_organisations(seed):
    _, entities = seed
    names = {(e.name, e.type) for e in entities}
    for expected in [
        ("Joe Biden", "person"), ("Fumio Kishida", "person"), ("Shinzo Abe", "person"),
        ("Antony Blinken", "person"), ("Lai Ching-te", "person"), ("John Aquilino", "person"),
        ("Japan", "place"), ("Hawaii", "place"), ("North Korea", "place"), ("Japanese", "group"),
        ("South Korean", "group"), ("Financial Times", "organization"), ("Reuters", "organization"),
        ("U.S. Indo-Pacific Command", "organization"), ("World War II", "other"),
    ]:
        assert expected in names


def test_aliases_merge(seed):
    _, entities = seed
    entities = by_name(entities)
    assert "Abe" in entities["Shinzo Abe"].aliases
    assert "Indo-Pacific Command" in entities["U.S. Indo-Pacific Command"].aliases
    # Shown as the text writes it; one name across briefings for what it abbreviates:
    # "U.S." is the United States.
    assert "United States" in entities["U.S."].aliases
    assert linked_name(entities["U.S."]) == "United States"


def test_never_entities(seed):
    briefing, entities = seed
    surfaces = {e.name for e in entities} | {a for e in entities for a in e.aliases}
    for word in ["Topline", "Key Facts", "State", "Secretary", "Admiral", "However", "Both", "Since", "After", "Over"]:
        assert word not in surfaces
    # The footer's names are the byline, not body text.
    assert "Zachary Folk" not in surfaces and "DiveMarketplace" not in surfaces


def test_every_mention_is_the_text_as_written(seed):
    briefing, entities = seed
    for entity in entities:
        forms = {entity.name, *entity.aliases}
        for mention in entity.mentions:
            written = briefing.sections[mention.section].text[mention.start : mention.end]
            assert written in forms, (entity.name, written)


def test_dates_and_numbers():
    text = (
        "Storm report\n\nOn April 10 and 12 June 2021, and in March 2020, officials met on Tuesday. "
        "Next month the fund, worth $4.5 billion, grows 3.2% after the last few years of losses. "
        "About 54,000 service members and between 20 million to 50 million civilians were counted. "
        "The two-day summit ends in three days.\n"
    )
    entities = extract_entities(parse_text(text))
    typed = {(e.name, e.type) for e in entities} | {(a, e.type) for e in entities for a in e.aliases}
    for expected in [
        ("April 10", "date"), ("12 June 2021", "date"), ("March 2020", "date"), ("Tuesday", "date"),
        ("the last few years", "date"), ("$4.5 billion", "number"), ("3.2%", "number"),
        ("54,000 service members", "number"), ("20 million to 50 million", "number"),
        ("two-day", "date"), ("three days", "date"),
    ]:
        assert expected in typed, expected
    assert any(name.lower() == "next month" for name, kind in typed if kind == "date")


def test_titles_and_surnames_make_people():
    text = (
        "Talks resume\n\nForeign Minister Ana Ruiz met Sen. Chip Roy in Madrid. Later Ruiz said the "
        "talks went well, and Roy agreed.\n"
    )
    people = {e.name: e for e in extract_entities(parse_text(text)) if e.type == "person"}
    assert set(people) == {"Ana Ruiz", "Chip Roy"}
    assert people["Ana Ruiz"].count == 2 and "Ruiz" in people["Ana Ruiz"].aliases


def test_markdown_syntax_and_headings_are_never_entities():
    text = "# Markets\n\n## Key Facts\n\n**Shares** of [Apple](https://apple.com) rose *sharply* in New York.\n"
    entities = extract_entities(parse_text(text))
    surfaces = {e.name for e in entities} | {a for e in entities for a in e.aliases}
    assert "Key Facts" not in surfaces and not any("*" in s or "[" in s or "http" in s for s in surfaces)
    assert "New York" in {e.name for e in entities}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("Aa Bb.,;:-'’\n0123456789$%“”") + ["U.S.", "President ", "Japan", " and ", "April ", "Sen. "]),
        max_size=120,
    ).map("".join)
)
def test_any_text_gives_mentions_inside_the_text(text):
    briefing = parse_text(text)
    for entity in extract_entities(briefing):
        assert entity.type in ENTITY_TYPES
        for mention in entity.mentions:
            section_text = briefing.sections[mention.section].text
            assert 0 <= mention.start < mention.end <= len(section_text)


@pytest.mark.skipif(not (SHARED / "gold" / "seed.json").exists(), reason="shared gold not beside the repository")
def test_seed_typed_f1_meets_the_bar(seed):
    briefing, entities = seed
    gold = json.loads((SHARED / "gold" / "seed.json").read_text(encoding="utf-8"))
    result = score(gold["entities"], to_dict(briefing, entities)["entities"])
    assert result["f1"] >= 0.97, result
    surfaces = {e.name.casefold() for e in entities} | {a.casefold() for e in entities for a in e.aliases}
    assert not [w for w in gold["not_entities"] if w.casefold() in surfaces]


def test_development_set_quality_floor():
    """A guard against regressions: the rules must keep reading the development set well."""
    results = evaluate(ROOT / "tests" / "fixtures" / "entities")
    assert len(results) >= 6
    mean = sum(r["f1"] for _, r in results) / len(results)
    assert mean >= 0.93, [(name, round(r["f1"], 3)) for name, r in results]


def test_the_quality_script_scores_a_folder_outside_the_repository(tmp_path):
    """`--dir` reads any folder of NAME.txt + NAME.gold.json; a folder without gold is one clear line, exit 2."""
    import subprocess

    (tmp_path / "note.txt").write_text("Maria Lopez visited Lisbon on Monday.\n", encoding="utf-8")
    gold = {"entities": [{"name": "Maria Lopez", "type": "person"}, {"name": "Lisbon", "type": "place"}]}
    (tmp_path / "note.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    script = str(ROOT / "benchmarks" / "entity_quality.py")
    done = subprocess.run([sys.executable, script, "--dir", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "note" in done.stdout and "micro" in done.stdout
    empty = subprocess.run([sys.executable, script, "--dir", str(tmp_path / "none")], capture_output=True, text=True)
    assert empty.returncode == 2 and "no NAME.gold.json" in empty.stderr and "Traceback" not in empty.stderr


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Voters in the town of Little Compton backed the plan.", "Little Compton"),
        ("Floods hit the district of Tarnowo Gorne on Monday.", "Tarnowo Gorne"),
        ("The mayor of the village of Ashby Folville resigned.", "Ashby Folville"),
        ("Crowds filled Kew Gardens all weekend.", "Kew Gardens"),
    ],
)
def test_a_place_the_gazetteer_lacks_is_known_by_its_kind(sentence, name):
    found = by_name(extract_entities(parse_text(sentence + "\n", "note.txt"), backend="rules"))
    assert found[name].type == "place"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Shares of Hartwell Dynamics rose after the report.", "Hartwell Dynamics"),
        ("Orland Biosciences said the trial would end.", "Orland Biosciences"),
        ("The tanker belongs to Kessler Shipping, a family firm.", "Kessler Shipping"),
    ],
)
def test_a_company_named_by_its_trade_is_an_organisation(sentence, name):
    found = by_name(extract_entities(parse_text(sentence + "\n", "note.txt"), backend="rules"))
    assert found[name].type == "organization"
