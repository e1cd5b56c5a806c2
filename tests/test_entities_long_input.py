"""Entities on long and repetitive input: no recursion on input size, merges that scale."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.core.entities import extract_entities
from briefing_tui.core.parsing import parse_text

# Shapes of names that make one long capitalised run when repeated: titles before names,
# connectors inside names, initials, known names, acronyms, index names with numbers.
NAME_SHAPES = [
    "Joe Biden", "Prime Minister Joe", "Bank of America", "Department of Health and Human Services",
    "J.R. Smith", "New York", "U.S.", "S&P 500", "Secretary of State", "Judge Ana Ruiz in Seattle",
    "General Staff", "Lula da Silva", "NATO", "Johnson & Johnson", "Restore Trust in Congress Act",
]
SEPARATORS = [" ", " and ", " of ", ", ", " & "]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(NAME_SHAPES), st.sampled_from(SEPARATORS))
def test_ten_thousand_repetitions_of_a_name_shape(shape, separator):
    briefing = parse_text("Title\n\n" + separator.join([shape] * 10_000) + ".\n")
    for entity in extract_entities(briefing):
        for mention in entity.mentions:
            surface = briefing.sections[mention.section].text[mention.start : mention.end]
            assert surface == entity.name or surface in entity.aliases


def test_repeated_full_name_is_one_person():
    entities = extract_entities(parse_text("Title\n\n" + " ".join(["Joe Biden"] * 10_000) + ".\n"))
    people = [e for e in entities if e.type == "person"]
    assert [e.name for e in people] == ["Joe Biden"] and people[0].count == 10_000


def test_export_of_a_file_of_repeated_names(tmp_path):
    for shape in ("Joe Biden", "Prime Minister Joe"):
        path = tmp_path / "names.txt"
        path.write_text("Title\n\n" + " ".join([shape] * 1000) + ".\n", encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "briefing_tui", "export", str(path)], capture_output=True, timeout=120
        )
        assert result.returncode == 0, result.stderr[-500:]
        assert b"Traceback" not in result.stderr


def test_acronyms_join_their_own_names_among_many():
    """Each acronym finds its full name by its capitals, with thousands of names about."""
    letters = "BCDFGHJKLMNPRSTVWZ"
    names = []
    for i in range(2000):
        a, b, c = letters[i % 18], letters[(i // 18) % 18], letters[(i // 324) % 18]
        names.append((f"{a}oxa {b}elmar {c}uild Council", f"{a}{b}{c}C"))
    text = "Title\n\n" + " ".join(f"The {name} met on Monday." for name, _ in names)
    text += "\n\n" + " ".join(f"Then {acronym} spoke." for _, acronym in names) + "\n"
    entities = extract_entities(parse_text(text))
    by_name = {e.name: e for e in entities}
    for name, acronym in names[:50] + names[-50:]:
        assert acronym in by_name[name].aliases, name
