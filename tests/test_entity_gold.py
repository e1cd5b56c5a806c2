"""The hand-made entity gold files stay consistent with their briefings."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from entity_quality import COARSE, norm  # noqa: E402

FOLDERS = ["entities", "entities_holdout", "entities_blind", "entities_gum_dev", "entities_gum_blind"]
GOLD_FILES = sorted(p for folder in FOLDERS for p in (ROOT / "tests" / "fixtures" / folder).glob("*.gold.json"))


def test_every_set_has_briefings():
    for folder in FOLDERS:
        assert len(list((ROOT / "tests" / "fixtures" / folder).glob("*.gold.json"))) >= 6, folder


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name.split('.')[0]}")
def test_gold_names_occur_in_the_briefing_and_keys_are_distinct(gold_path: Path):
    stem = gold_path.name[: -len(".gold.json")]
    source = next(p for p in gold_path.parent.glob(stem + ".*") if not p.name.endswith(".json"))
    text = source.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for entity in gold["entities"]:
        assert entity["type"] in COARSE
        for form in [entity["name"], *entity.get("aliases", [])]:
            assert form in text, f"{form!r} not in {source.name}"
            key = norm(form)
            assert seen.setdefault(key, entity["name"]) == entity["name"], f"{form!r} shared by two entities"
    for word in gold.get("not_entities", []):
        assert norm(word) not in seen or seen[norm(word)] is None, word
