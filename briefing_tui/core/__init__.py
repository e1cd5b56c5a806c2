"""The pure core of briefing: model, reading, parsing, entities, search and export.

Nothing under this package may import Textual; `tests/test_core_imports.py` checks it.
"""
