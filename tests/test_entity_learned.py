"""The learned check on names: what it may change, the shipped model, and its training."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.core.entities import _guesses, extract_entities, find_mentions
from briefing_tui.core.entities.learned import MODEL, EntityModel, features, judge, load_model, lower_words_of
from briefing_tui.core.entities.gazetteer import load_gazetteer
from briefing_tui.core.entities.merge import merge
from briefing_tui.core.model import Entity, Mention
from briefing_tui.core.parsing import parse_text

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("none", "organization", "other", "person", "place")


def _model(weights: dict[str, dict[str, float]], drop_above: float = 0.9, retype_above: float = 0.7) -> EntityModel:
    rows = {f: [w.get(label, 0.0) for label in LABELS] for f, w in weights.items()}
    return EntityModel(LABELS, rows, drop_above, retype_above)


def _entity(text: str, name: str, kind: str) -> Entity:
    start = text.index(name)
    return Entity(name, kind, (), (Mention(0, start, start + len(name)),))


TEXT = "Reporters said Quill Harbor was busy. Later Zantor Vex spoke at the Quill Harbor dock.\n"


def test_a_guessed_entity_takes_the_type_the_model_is_sure_of():
    entity = _entity(TEXT, "Quill Harbor", "person")
    guesses = {(0, m.start) for m in entity.mentions}
    sure = _model({"word=harbor": {"place": 6.0}})
    assert [(e.name, e.type) for e in judge([entity], [TEXT], guesses, sure)] == [("Quill Harbor", "place")]
    unsure = _model({"word=harbor": {"place": 0.5}})
    assert [e.type for e in judge([entity], [TEXT], guesses, unsure)] == ["person"]


def test_an_entity_the_rules_typed_on_evidence_is_never_judged():
    entity = _entity(TEXT, "Quill Harbor", "person")
    sure = _model({"word=harbor": {"place": 6.0}, "bias": {"none": 9.0}})
    assert [e.type for e in judge([entity], [TEXT], set(), sure)] == ["person"]


def test_the_model_drops_only_above_its_threshold():
    entity = _entity(TEXT, "Zantor Vex", "person")
    guesses = {(0, entity.mentions[0].start)}
    assert judge([entity], [TEXT], guesses, _model({"word=vex": {"none": 8.0}}, drop_above=0.9)) == []
    kept = judge([entity], [TEXT], guesses, _model({"word=vex": {"none": 8.0}}, drop_above=1.01))
    assert [e.type for e in kept] == ["person"]


def test_dates_numbers_and_groups_are_left_to_the_rules():
    text = "On 3 May 2024, 40 Britons came.\n"
    entities = [_entity(text, "3 May 2024", "date"), _entity(text, "40", "number"), _entity(text, "Britons", "group")]
    guesses = {(0, e.mentions[0].start) for e in entities}
    assert judge(entities, [text], guesses, _model({"bias": {"none": 9.0}}, drop_above=0.5)) == entities


def test_features_see_the_words_around_every_mention():
    first = TEXT.index("Quill Harbor")
    second = TEXT.index("Quill Harbor", first + 1)
    entity = Entity("Quill Harbor", "person", (), (Mention(0, first, first + 12), Mention(0, second, second + 12)))
    feats = features(entity, [TEXT], load_gazetteer(), lower_words_of([TEXT]))
    assert {"before=said", "after=was", "before=the", "after=dock", "count=2", "rule=person"} <= set(feats)


def test_features_name_the_class_of_the_last_word_and_the_capitals_around():
    text = "The hearing was held at the Tarrow County Courthouse on Monday.\n"
    feats = set(features(_entity(text, "Tarrow County Courthouse", "person"), [text], load_gazetteer(), set()))
    assert {"head=facility", "capitals=3-5"} <= feats and "head=place_cue" not in feats
    feats = set(features(_entity(TEXT, "Quill Harbor", "person"), [TEXT], load_gazetteer(), set()))
    assert {"head=place_cue", "capitals=3-5"} <= feats and "head=facility" not in feats


def test_the_shipped_model_takes_guessed_buildings_grounds_and_streets_for_places():
    for text, name in (
        ("The hearing was held at the Tarrow County Courthouse on Monday, where lawyers for both sides spoke.\n", "Tarrow County Courthouse"),
        ("Fans filled Brellin Moor on Saturday as the home side won 2-0.\n", "Brellin Moor"),
        ("Police were called to a house on Quarvell Drive in the early hours, officers said.\n", "Quarvell Drive"),
    ):
        briefing = parse_text(text, "note.txt")
        found = find_mentions(briefing)
        assert any(f.guess and text[f.start : f.end] == name for f in found)
        judged = {e.name: e.type for e in extract_entities(briefing, backend="rules")}
        assert judged[name] == "place", (name, judged)


def test_the_shipped_model_loads_with_one_weight_per_answer():
    model = load_model()
    assert model is not None
    assert set(model.labels) == set(LABELS)
    assert model.weights and all(len(row) == len(model.labels) for row in model.weights.values())
    assert json.loads(MODEL.read_text(encoding="utf-8"))["documents"] > 50


def test_extraction_applies_the_model_to_the_rules_guesses_only():
    text = "Zantor Vex opened the Orvane Fair in Paris. Zantor Vex said Orvane Fair would return.\n"
    briefing = parse_text(text, "note.txt")
    texts = [s.text for s in briefing.sections]
    found = find_mentions(briefing)
    guessed = {texts[0][f.start : f.end] for f in found if f.guess}
    assert "Zantor Vex" in guessed and "Paris" not in guessed
    assert _guesses(found) == {(f.section, f.start) for f in found if f.guess}
    # The model as shipped decides only the guesses: everything else is as the rules say.
    plain = {e.name: e.type for e in merge(find_mentions(briefing), texts)}
    judged = {e.name: e.type for e in extract_entities(briefing, backend="rules")}
    assert judged["Paris"] == plain["Paris"] == "place"


def test_training_learns_to_separate_answers():
    spec = importlib.util.spec_from_file_location("train_entities", ROOT / "scripts" / "train_entities.py")
    train_entities = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_entities)
    data = [(["bias", f"word=w{i}", "shape=Xx Xx", "first_name"], "person") for i in range(30)]
    data += [(["bias", f"word=w{i}", "shape=X", "upper"], "organization") for i in range(30)]
    data += [(["bias", f"word=w{i}", "shape=Xx", "gaz=place"], "place") for i in range(30)]
    labels, weights = train_entities.train(data, c1=0.0, c2=0.01)
    assert set(labels) == {"person", "organization", "place"}
    assert train_entities.accuracy(labels, weights, data) == 1.0
    model = EntityModel(tuple(labels), weights, 1.01, 0.5)
    answer = model.probabilities(["bias", "upper", "shape=X"])
    assert max(answer, key=answer.__getitem__) == "organization"


WORDS = ["Quill", "Harbor", "Zantor", "Vex", "Orvane", "Fair", "Paris", "Lee", "ACME", "Ltd"]
KINDS = ["person", "organization", "place", "other", "group", "date", "number"]


@settings(max_examples=60, deadline=None)
@given(
    picks=st.lists(st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), st.sampled_from(KINDS), st.booleans()), min_size=1, max_size=8),
    weights=st.dictionaries(st.sampled_from([f"word={w.lower()}" for w in WORDS] + ["bias", "count=1"]), st.dictionaries(st.sampled_from(LABELS), st.floats(-5, 5)), max_size=6),
    drop_above=st.floats(0.3, 1.01),
)
def test_judging_only_narrows_or_retypes_the_guesses(picks, weights, drop_above):
    text = " and ".join(" ".join(words) for words, _, _ in picks) + ".\n"
    entities, guesses, at = [], set(), 0
    for words, kind, guess in picks:
        name = " ".join(words)
        start = text.index(name, at)
        at = start + len(name)
        entities.append(Entity(name, kind, (), (Mention(0, start, at),)))
        if guess:
            guesses.add((0, start))
    judged = judge(entities, [text], guesses, _model(weights, drop_above=drop_above))
    by_mentions = {e.mentions: e for e in entities}
    assert len(judged) <= len(entities)
    for entity in judged:
        before = by_mentions[entity.mentions]
        assert (entity.name, entity.aliases) == (before.name, before.aliases)
        if entity.type != before.type:
            assert (0, entity.mentions[0].start) in guesses and before.type in ("person", "organization", "place", "other")
    kept = {e.mentions for e in judged}
    for entity in entities:
        if entity.mentions not in kept:
            assert (0, entity.mentions[0].start) in guesses and entity.type in ("person", "organization", "place", "other")
