"""The core never imports Textual: each core module is imported in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import briefing_tui.core

CORE_MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(briefing_tui.core.__path__, prefix="briefing_tui.core.")
    if not name.endswith("spacy_backend")
)


def test_core_modules_found():
    assert "briefing_tui.core.parsing" in CORE_MODULES
    assert "briefing_tui.core.model" in CORE_MODULES


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_no_textual(module: str):
    code = f"import sys, {module}; print('textual' in sys.modules, 'sqlite3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[0] == "False", f"{module} imports Textual"
    assert out.split()[1] == "False", f"{module} imports sqlite3: the store is not the core's business"


@pytest.mark.parametrize("module", ["briefing_tui.library", "briefing_tui.library.sqlite_store"])
def test_library_imports_no_textual(module: str):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False", f"{module} imports Textual"


def test_export_command_imports_no_textual():
    """`briefing export` never pays for importing Textual."""
    code = (
        "import sys, io, contextlib\n"
        "from briefing_tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['export'])\n"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_default_path_never_imports_spacy():
    code = (
        "import sys\n"
        "from briefing_tui.core.parsing import parse_text\n"
        "from briefing_tui.core.entities import extract_entities\n"
        "extract_entities(parse_text('Title\\n\\nJoe Biden went to Hawaii.'))\n"
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
