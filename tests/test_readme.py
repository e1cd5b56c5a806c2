"""First contact: the README's commands, paths and export shape agree with the repository."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from briefing_tui.core.export import to_dict
from briefing_tui.core.parsing import load_briefing
from briefing_tui.core.resources import bundled_briefing

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_block_after(heading: str, language: str = "sh") -> str:
    """The first fenced block of the given language after a heading."""
    after = README[README.index(heading) :]
    match = re.search(rf"```{language}\n(.*?)\n```", after, re.DOTALL)
    assert match, f"no {language} block after {heading!r}"
    return match.group(1).strip()


def test_ci_runs_the_readme_test_command_to_the_letter():
    command = code_block_after("## Run the tests")
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert command in ci_lines


def test_install_and_test_commands_never_pip_install_into_the_system_python():
    """Debian and Ubuntu refuse it (externally-managed-environment): a venv comes first."""
    for heading in ("## Install and read", "## Run the tests"):
        command = code_block_after(heading)
        assert command.startswith("python3 -m venv "), command
        assert "python3 -m pip" not in command and not re.search(r"(^|&& )pip ", command)


def test_licence_file_is_the_one_the_package_declares():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    assert declared == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")


def test_every_path_the_readme_names_exists():
    named = set(re.findall(r"`((?:briefing_tui|styles|seeds|tests|benchmarks|scripts|\.ci)/[^`\s]*|LICENSE)`", README))
    assert any("licenses/" in path for path in named)
    missing = sorted(path for path in named if not any(ROOT.glob(path.rstrip("/"))))
    assert not missing, missing
    assert "../shared" not in README  # a clone does not have it


def test_export_shape_in_the_readme_is_the_programs():
    example = json.loads(code_block_after("### Export JSON", "json"))
    doc = to_dict(load_briefing(str(bundled_briefing())))
    assert list(example) == list(doc)
    assert list(example["sections"][0]) == list(doc["sections"][0])
    assert list(example["entities"][0]) == ["name", "type", "aliases", "count", "mentions"]
    assert {"date", "source", "url"} <= set(doc)
