"""Reading a briefing's bytes: decoding, refusing what is not text, cleaning what is.

Text from strangers is data. Everything that could steer a terminal (escape sequences,
control characters, bidirectional overrides) is removed here, once, before any other
part of the program sees the text.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path


class BriefingError(Exception):
    """Input that cannot be read as a briefing. Its message is one line for the user."""


@dataclass(frozen=True, slots=True)
class SourceText:
    """Decoded, cleaned text and what was done to it on the way."""

    text: str
    name: str
    notes: tuple[str, ...] = ()
    url: str | None = None  # where it was fetched from
    media_type: str | None = None  # the server's word for what it is ("text/html")


# Signatures of common binary formats that might otherwise pass for text.
_BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF-", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF",
    b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"MZ", b"\xca\xfe\xba\xbe", b"SQLite format 3",
    b"\x00\x00\x01\x00", b"OggS", b"ID3", b"RIFF", b"\x1a\x45\xdf\xa3", b"wOFF", b"\x00asm",
)
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 27)) + bytes(range(28, 32))

# ANSI/VT escape sequences: CSI, OSC/DCS/APC/PM/SOS strings, and two-byte escapes.
# Every form is bounded and complete: a sequence is removed whole only when it ends
# (final byte, BEL or ST) within a short reach and on the same line. An introducer that
# never ends is not a sequence: `_CONTROLS` then removes the lone ESC or C1 character and
# nothing after it, so one stray byte can never swallow the text that follows.
MAX_CSI_PARAMETERS = 24
MAX_STRING_PAYLOAD = 4096
_ESCAPES = re.compile(
    rf"\x1b\[[0-?]{{0,{MAX_CSI_PARAMETERS}}}[ -/]{{0,4}}[@-~]"  # CSI ... final byte
    rf"|\x9b[0-?]{{0,{MAX_CSI_PARAMETERS}}}[ -/]{{0,4}}[@-~]"  # 8-bit CSI
    rf"|\x1b[\]P^_X][^\x07\x1b\x9c\n]{{0,{MAX_STRING_PAYLOAD}}}(?:\x07|\x9c|\x1b\\)"  # OSC, DCS, PM, APC, SOS
    rf"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\n]{{0,{MAX_STRING_PAYLOAD}}}(?:\x07|\x9c|\x1b\\)"  # 8-bit strings
    r"|\x1b[ -/]{0,4}[0-OQ-WYZ\\`-~]"  # two-byte escapes (not the introducers [ ] P X ^ _)
)
# Control characters other than newline and tab, C1 controls, bidirectional overrides
# and isolates (they can make text read differently from how it is stored), lone
# surrogates and the byte-order mark inside the text.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb"
    "\ud800-\udfff]"
)
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")


_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable_name(name: str) -> str:
    """A file name safe to print: control, bidi and undecodable characters written as escapes."""
    return "".join(
        ch if ch.isprintable() and ch not in _BIDI and not ("\ud800" <= ch <= "\udfff") else ch.encode(
            "unicode_escape", errors="backslashreplace"
        ).decode("ascii")
        for ch in name
    )


def clean_text(text: str) -> tuple[str, int]:
    """Normalise line ends, expand tabs and remove escapes and control characters.

    Returns the clean text and how many characters were removed.
    """
    text = _LINE_BREAKS.sub("\n", text)
    before = len(text)
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    removed = before - len(text)
    if "\t" in text:
        text = "\n".join(line.expandtabs(4) for line in text.split("\n"))
    return text, removed


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read."""
    if data.startswith(_BINARY_MAGIC) and not data.startswith((codecs.BOM_UTF8,)):
        return True
    sample = data[:65536]
    if not sample:
        return False
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    return controls / len(sample) > 0.05


def _utf16_without_bom(sample: bytes) -> str | None:
    """Name the UTF-16 variant of BOM-less text made mostly of ASCII, if it is one."""
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.6 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.6 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def _decode_cp1252(data: bytes) -> tuple[str, int]:
    """Decode cp1252, dropping its five undefined bytes; returns the text and how many were dropped.

    Read as Latin-1 they would be C1 controls (0x9D is OSC), so they are dropped here,
    one byte each, before they could be taken for the start of an escape sequence.
    """
    dropped = len(_CP1252_UNDEFINED.findall(data))
    if dropped:
        data = _CP1252_UNDEFINED.sub(b"", data)
    return data.decode("cp1252"), dropped


def decode_bytes(data: bytes, name: str = "<text>") -> SourceText:
    """Decode a briefing's bytes: UTF-8 (with or without BOM), UTF-16, or cp1252.

    Raises BriefingError for empty, whitespace-only and binary input.
    """
    if not data.strip():
        raise BriefingError(f"{name}: the file is empty" if data == b"" else f"{name}: the file holds only white space")
    notes: list[str] = []
    dropped = 0
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        notes.append("read as UTF-16")
    elif (utf16 := _utf16_without_bom(data[:4096])) is not None:
        text = data.decode(utf16, errors="replace")
        notes.append("read as UTF-16")
    else:
        if looks_binary(data):
            raise BriefingError(f"{name}: this is a binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, dropped = _decode_cp1252(data)
            notes.append("not UTF-8: read as cp1252")
    text, removed = clean_text(text)
    removed += dropped
    if removed:
        notes.append(f"removed {removed} control character{'s' if removed != 1 else ''}")
    if not text.replace("\ufffd", "").strip():
        raise BriefingError(f"{name}: the file holds no readable text")
    return SourceText(text=text, name=name, notes=tuple(notes))


def read_source(path: str | os.PathLike[str]) -> SourceText:
    """Read and decode a briefing from a file path, or from standard input when path is "-"."""
    raw = str(path)
    name = printable_name(raw)
    if raw == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise BriefingError("-: standard input is not available")
        try:
            data = stream.read()
        except OSError as error:
            raise BriefingError(f"-: cannot read standard input ({error.strerror or error})") from None
        return decode_bytes(data, "standard input")
    file = Path(raw)
    try:
        if file.is_dir():
            raise BriefingError(f"{name}: is a folder, not a file")
        data = file.read_bytes()
    except BriefingError:
        raise
    except FileNotFoundError:
        raise BriefingError(f"{name}: no such file") from None
    except PermissionError:
        raise BriefingError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise BriefingError(f"{name}: is a folder, not a file") from None
    except OSError as error:
        raise BriefingError(f"{name}: cannot read ({error.strerror or error})") from None
    return decode_bytes(data, name)
