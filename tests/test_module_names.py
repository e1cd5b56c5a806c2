"""A module-level name is defined once: a second definition silently replaces the first, and
the rule written against the first no longer runs as written."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import briefing_tui

SOURCES = sorted(Path(briefing_tui.__file__).parent.rglob("*.py"))


def _defined_twice(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            # "MONEY = _starting_with(…, MONEY)": the name wrapped, on purpose.
            uses = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names, uses = [node.name], set()
        else:
            continue
        for name in names:
            if name in seen and name not in uses:
                twice.append(name)
            seen.add(name)
    return twice


def test_sources_found():
    assert any(path.name == "classify.py" for path in SOURCES)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_no_module_level_name_is_defined_twice(path: Path):
    assert _defined_twice(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_a_name_defined_twice_is_caught():
    assert _defined_twice(ast.parse("A = 1\nB = 2\nA = 3\n")) == ["A"]
    assert _defined_twice(ast.parse("A = 1\nA = wrap(A)\n")) == []
