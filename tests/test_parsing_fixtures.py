"""Every fixture briefing in tests/fixtures/formats reads as its .expected.json says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_tui.core.parsing import load_briefing

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
EXPECTED = sorted(FIXTURES.glob("*.expected.json"))


def _source(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    (source,) = [p for p in FIXTURES.glob(stem + ".*") if not p.name.endswith(".json")]
    return source


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_there_are_fixtures_of_every_format():
    formats = {json.loads(p.read_text(encoding="utf-8"))["format"] for p in EXPECTED}
    assert formats == {"forbes", "markdown", "axios", "memo", "plain"}


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_fixture_reads_as_expected(expected_path: Path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    briefing = load_briefing(_source(expected_path))
    assert briefing.format == expected["format"]
    assert briefing.title == expected["title"]
    assert briefing.byline == expected["byline"]
    assert [s.heading for s in briefing.sections] == [s["heading"] for s in expected["sections"]]
    assert [s.kind for s in briefing.sections] == [s["kind"] for s in expected["sections"]]
    for section, want in zip(briefing.sections, expected["sections"]):
        if "label" in want:
            assert section.label == want["label"]
        assert _squash(section.text).startswith(_squash(want["starts_with"])), section.text[:80]
        if want.get("ends_with"):
            assert _squash(section.text).endswith(_squash(want["ends_with"])), section.text[-80:]
