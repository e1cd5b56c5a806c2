"""Stripping never deletes text: a stray escape or control byte removes only itself.

The reproductions of issue 8 (item 2) run through the real `briefing export` command on
real files; the property tests check the cleaning rule itself on arbitrary text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.core.reading import MAX_CSI_PARAMETERS, clean_text, decode_bytes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "us_japan_security_agreement.txt"


def export(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing_tui", "export", str(path)],
        capture_output=True, timeout=60, env=dict(os.environ),
    )


@pytest.fixture(scope="module")
def original() -> dict:
    result = export(SEED)
    assert result.returncode == 0
    return json.loads(result.stdout)


def sections(doc: dict) -> list[tuple[str, str]]:
    return [(section["label"], section["text"]) for section in doc["sections"]]


@pytest.mark.parametrize(
    "label, encoding, stray",
    [
        ("escape", "utf-8", b"\x1b"),  # ESC P would open a DCS string that never ends
        ("cp1252-undefined", "cp1252", b"\x9d"),  # read as Latin-1 it is OSC
        ("osc", "utf-8", b"\x1b]"),
        ("c1-osc", "utf-8", "\x9d".encode("utf-8")),
        ("c1-dcs", "utf-8", "\x90".encode("utf-8")),
    ],
)
def test_a_stray_byte_before_a_word_removes_only_itself(tmp_path, original, label, encoding, stray):
    """Issue 8, item 2: one byte before "President" used to cut the briefing to 2 of 5
    sections, silently (exit 0, nothing on stderr)."""
    data = SEED.read_text(encoding="utf-8").encode(encoding)
    at = data.index(b"President")
    path = tmp_path / f"{label}.txt"
    path.write_bytes(data[:at] + stray + data[at:])
    result = export(path)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    expected = sections(original)
    got = sections(doc)
    if stray == b"\x1b]":  # the bracket is text: it stays, only ESC goes
        got = [(lab, text.replace("]President", "President", 1)) for lab, text in got]
    assert got == expected
    # The removal is said on standard error, in one line naming the file.
    note = result.stderr.decode("utf-8")
    assert len(note.splitlines()) == 1, note
    assert str(path) in note and "removed 1 control character" in note


def test_export_of_a_clean_file_writes_nothing_on_stderr():
    result = export(SEED)
    assert result.returncode == 0
    assert result.stderr == b""


@pytest.mark.parametrize(
    "hostile, kept",
    [
        ("\x1b]0;no terminator here, the rest is text", "]0;no terminator here, the rest is text"),
        ("\x1b]52;c;Zm9v and more", "]52;c;Zm9v and more"),
        ("\x1bP1$t no end", "P1$t no end"),
        ("\x1b[12;34é words follow", "[12;34é words follow"),
        ("\x1b[" + "1" * 40 + "m too long for a CSI", "[" + "1" * 40 + "m too long for a CSI"),
        ("\x9d0;title but no end", "0;title but no end"),
        ("\x9b31é and text", "31é and text"),
        ("\x1b_APC without end", "_APC without end"),
    ],
)
def test_an_unterminated_escape_removes_only_its_introducer(hostile, kept):
    text, removed = clean_text(f"Before. {hostile}\nNext line stays.")
    assert text == f"Before. {kept}\nNext line stays."
    assert removed == 1


def test_an_escape_string_ends_at_the_line_end():
    """An OSC that does not end on its line never reaches into the next one."""
    text, _ = clean_text("A \x1b]0;title\nB line\x07 C")
    assert text == "A ]0;title\nB line C"


def test_complete_sequences_are_removed_whole():
    assert clean_text("a\x1b[38;5;196mred\x1b[0m b")[0] == "ared b"
    assert clean_text("a\x1b]0;title\x07b")[0] == "ab"
    assert clean_text("a\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\b")[0] == "alinkb"
    assert clean_text("a\x1bP1$tx\x1b\\b")[0] == "ab"
    assert clean_text("a\x9b31mb")[0] == "ab"


def test_undefined_cp1252_bytes_are_dropped_one_by_one():
    source = decode_bytes(b"Caf\xe9 \x81\x8d\x8f\x90\x9d opens in Paris.\nIt sells tea.")
    assert source.text == "Café  opens in Paris.\nIt sells tea."
    assert "removed 5 control characters" in source.notes


# ---------------------------------------------------------------------- the property

# Controls that vanish when inserted (line breaks and tabs are translated, not removed).
VANISHING = [chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]]
LINE_BREAKS = ["\n", "\r", "\x0b", "\x0c", "\x85"]
# The longest sequence one inserted byte can complete: ESC [ parameters, intermediates, final.
REACH = 2 + MAX_CSI_PARAMETERS + 4 + 1

# Text as it leaves reading: no controls; with brackets and digits that could complete a CSI.
ALPHABET = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cf")),
    st.sampled_from(list("[]P^_X0123456789;:?!( \n")),
)
clean_texts = st.text(alphabet=ALPHABET, max_size=300).map(lambda text: clean_text(text)[0])
# Longer than any sequence, so that a byte that swallowed the rest would show.
long_clean_texts = st.text(alphabet=ALPHABET, min_size=2 * REACH, max_size=300).map(lambda text: clean_text(text)[0])

# What follows the inserted byte: often a character that opens a sequence after ESC.
INTRODUCERS = ["", "[", "]", "P", "X", "^", "_", "(", "1;2"]
# The C1 controls that open sequences come first, so that they are drawn often.
INSERTED = ["\x1b", "\x9b", "\x9d", "\x90", *VANISHING]


@settings(max_examples=300, deadline=None)
@given(before=clean_texts, lead=st.sampled_from(INTRODUCERS), after=long_clean_texts, control=st.sampled_from(INSERTED))
def test_inserting_a_control_removes_at_most_a_few_characters_after_it(before, lead, after, control):
    text = clean_text(before + lead + after)[0]
    at = len(clean_text(before)[0])
    assert text.startswith(text[:at])
    cleaned, removed = clean_text(text[:at] + control + text[at:])
    # Everything before the inserted byte is kept; after it, at most a sequence's reach.
    assert cleaned.startswith(text[:at])
    tail = cleaned[at:]
    assert text[at:].endswith(tail)
    assert len(text) - len(cleaned) <= REACH - 1
    assert removed == len(text) + 1 - len(cleaned)


@settings(max_examples=200, deadline=None)
@given(text=clean_texts, control=st.sampled_from(LINE_BREAKS), where=st.integers(min_value=0))
def test_inserting_a_line_break_removes_nothing(text, control, where):
    at = where % (len(text) + 1)
    cleaned, removed = clean_text(text[:at] + control + text[at:])
    assert removed == 0
    assert cleaned.replace("\n", "") == text.replace("\n", "")
