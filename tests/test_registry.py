"""The format registry: one module per format, tried in order, and nothing outside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_tui.core import parsing
from briefing_tui.core.parsing import REGISTRY, detect_format, parse_text
from briefing_tui.core.reading import read_source

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


@pytest.mark.parametrize("module", REGISTRY, ids=lambda m: m.NAME)
def test_every_format_is_a_module_with_detect_and_parse(module):
    assert isinstance(module.NAME, str) and module.NAME
    assert callable(module.detect) and callable(module.parse)
    assert module.__name__.startswith("briefing_tui.core.parsing.")


def test_names_are_unique_and_the_last_format_reads_anything():
    names = [module.NAME for module in REGISTRY]
    assert len(names) == len(set(names)) == len(parsing.FORMATS)
    assert REGISTRY[-1].detect("anything at all")


@pytest.mark.parametrize("expected_path", sorted(FIXTURES.glob("*.expected.json")), ids=lambda p: p.name.split(".")[0])
def test_detect_format_names_a_registered_format_and_the_first_that_detects(expected_path: Path):
    stem = expected_path.name[: -len(".expected.json")]
    (source,) = [p for p in FIXTURES.glob(stem + ".*") if not p.name.endswith(".json")]
    text = read_source(source).text
    name = detect_format(text)
    assert name in parsing.FORMATS
    first = next(module for module in REGISTRY if module.detect(text))
    assert first.NAME == name
    # The module named reads the text as the fixture expects (forbes may settle on plain).
    expected = json.loads(expected_path.read_text(encoding="utf-8"))["format"]
    assert first.parse(text, str(source)).format == expected


def test_the_order_decides_between_formats_whose_signs_overlap():
    # A memo header with Smart-Brevity labels below it is a memo: memo comes first.
    text = "TO: Staff\nFROM: Desk\nSUBJECT: Rates\n\nWhy it matters: Costs rise.\n\nThe big picture: Slow growth.\n"
    assert parsing.REGISTRY.index(parsing.memo) < parsing.REGISTRY.index(parsing.axios)
    assert parsing.axios.detect(text) and detect_format(text) == "memo"
    assert parse_text(text).format == "memo"


def test_link_labels_a_page_left_behind_make_no_memo():
    # "MORE: …" twice is the residue of a page's related links, not two memo labels.
    text = (
        "The headphones cancel most of the noise around you.\n\nMORE: Awards of the year\n\n"
        "Design\n\nThey fold flat and stay cool on the ears for hours.\n\n"
        "Verdict\n\nA fine pair for long trips by train or plane.\n\nMORE: Best headphones\n"
    )
    assert detect_format(text) != "memo"
    assert "MORE" not in [s.heading for s in parse_text(text).sections]
    # Two real labels in capitals still make a memo.
    assert detect_format("BLUF: Rates rise.\n\nACTIONS: Cut costs.\n") == "memo"
