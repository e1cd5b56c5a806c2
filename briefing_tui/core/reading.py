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
        text = "\n".join(_expand_tabs(line) if "\t" in line else line for line in text.split("\n"))
    return text, removed


def _expand_tabs(line: str) -> str:
    """Tabs to spaces, to the next stop of four, and never fewer than three after a word: a
    table's cells copied with tabs between them stay apart ("Pros<tab>Cons")."""
    out: list[str] = []
    column = 0
    for part_index, part in enumerate(line.split("\t")):
        if part_index:
            pad = 4 - column % 4
            if out and out[-1][-1:] not in ("", " ") and pad < 3:
                pad += 4
            out.append(" " * pad)
            column += pad
        out.append(part)
        column += len(part)
    return "".join(out)


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
    """Name the UTF-16 variant of BOM-less text, in any script, if the bytes have its pattern.

    Text in UTF-16 decodes to printable characters and holds line breaks as whole code
    units (0x000A): bytes of an 8-bit encoding read in pairs never hold such a unit (it
    needs a NUL byte), and binary data decodes to unpaired surrogates and private-use
    characters. The wrong byte order fails both tests for the same reasons.
    """
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    evens, odds = sample[0::2], sample[1::2]
    # Mostly ASCII: every other byte is 0.
    even_nuls, odd_nuls = evens.count(0) / len(evens), odds.count(0) / len(odds)
    if odd_nuls > 0.6 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.6 and odd_nuls < 0.05:
        return "utf-16-be"
    if not _C0_CONTROLS.search(sample) and _is_utf8(sample):
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _decode_strict(sample, encoding)
        if text is None or "\n" not in text:
            continue
        plausible = sum(1 for ch in text if ch in "\n\r\t" or (ch.isprintable() and not _ODD_CODE_POINT.match(ch)))
        if plausible >= 0.97 * len(text):
            return encoding
    return None


# Private use and noncharacters: text does not hold them, UTF-16 read wrongly often does.
_ODD_CODE_POINT = re.compile("[\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]")
_C0_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def _is_utf8(sample: bytes) -> bool:
    """True if the sample is UTF-8, allowing a character cut at its end."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _decode_strict(sample: bytes, encoding: str) -> str | None:
    """The sample decoded strictly, allowing a surrogate pair cut at its end; None if it fails."""
    try:
        return codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None


_NOT_SPACE = re.compile(rb"[^ \t\n\r\x0b\x0c]")
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


def decode_bytes(data: bytes | bytearray, name: str = "<text>") -> SourceText:
    """Decode a briefing's bytes: UTF-8 (with or without BOM), UTF-16, or cp1252.

    Raises BriefingError for empty, whitespace-only and binary input.
    """
    if _NOT_SPACE.search(data) is None:  # not data.strip(): that would copy the whole input
        what = "the page" if name.startswith(("http://", "https://")) else "the input" if name == "standard input" else "the file"
        raise BriefingError(f"{name}: {what} is empty" if data == b"" else f"{name}: {what} holds only white space")
    notes: list[str] = []
    dropped = 0
    if data.startswith(codecs.BOM_UTF8):
        text = str(memoryview(data)[len(codecs.BOM_UTF8):], "utf-8", "replace")
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


# ---------------------------------------------------------------------- bounded reading

DEFAULT_MAX_BYTES = 256 * 1024 * 1024
MAX_BYTES_VARIABLE = "BRIEFING_MAX_BYTES"
BLOCK_BYTES = 1024 * 1024
SNIFF_BYTES = 65536  # what `looks_binary` and the encoding sniff look at


def max_bytes() -> int:
    """The size cap on any one input: BRIEFING_MAX_BYTES (bytes, or with K, M or G), else 256 MB."""
    raw = os.environ.get(MAX_BYTES_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    match = re.fullmatch(r"(\d+)\s*([kmg]?)i?b?", raw, re.IGNORECASE)
    if match is None or int(match[1]) == 0:
        raise BriefingError(f"{MAX_BYTES_VARIABLE}={printable_name(raw)}: not a size (a number of bytes, or with K, M or G)")
    return int(match[1]) * 1024 ** " kmg".index(match[2].lower() or " ")


def describe_size(size: int) -> str:
    """A size for people: "256 MB", "1.5 GB", "900 bytes" (powers of 1024)."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value >= 10 or value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


def _too_large(name: str, cap: int, size: int | None = None) -> BriefingError:
    what = f"is {describe_size(size)}, more" if size is not None else "holds more"
    return BriefingError(f"{name}: {what} than the {describe_size(cap)} limit ({MAX_BYTES_VARIABLE} sets it)")


def refuse_binary_start(first: bytes, name: str) -> None:
    """Raise BriefingError if the first block of an input shows it is binary.

    The same verdict `decode_bytes` reaches on the whole input, reached before the rest
    is read: a sparse gigabyte of zeros or /dev/urandom is refused after one block.
    """
    if first.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if _utf16_without_bom(first[:4096]) is None and looks_binary(first[:SNIFF_BYTES]):
        raise BriefingError(f"{name}: this is a binary file, not text")


def read_limited(stream, cap: int, name: str, *, first_block=refuse_binary_start) -> bytearray:
    """Read a binary stream to its end, refusing it as soon as it holds more than cap bytes.

    stream has `read(n)` (a file, a socket's file, a pipe). first_block(data, name) sees
    the first 64 KB (or all, if shorter) before anything more is read, and may raise.
    Memory stays within about cap plus one block, whatever the stream holds.
    """
    data = bytearray()
    checked = first_block is None
    # One read at a time (read1): a buffered read(n) from a terminal waits for n bytes or
    # an end, so a typed briefing needed ctrl+d twice; cat needs it once.
    read = getattr(stream, "read1", stream.read)
    while True:
        want = BLOCK_BYTES if checked else SNIFF_BYTES - len(data)
        chunk = read(min(want, cap + 1 - len(data)))
        if not chunk:
            break
        data += chunk
        if not checked and len(data) >= SNIFF_BYTES:
            first_block(bytes(data), name)
            checked = True
        if len(data) > cap:
            raise _too_large(name, cap)
    if not checked:
        first_block(bytes(data), name)
    return data


def read_file(file, name: str, cap: int | None = None) -> bytearray:
    """Read an open binary file within the cap; a file that changes size meanwhile is refused.

    Devices (/dev/zero, /dev/urandom, a terminal given as a path) are refused; a regular
    file larger than the cap is refused before any of it is read.
    """
    import stat

    cap = max_bytes() if cap is None else cap
    before = os.fstat(file.fileno())
    if stat.S_ISDIR(before.st_mode):
        raise BriefingError(f"{name}: is a folder, not a file")
    if stat.S_ISCHR(before.st_mode) or stat.S_ISBLK(before.st_mode):
        raise BriefingError(f"{name}: is a device, not a file")
    regular = stat.S_ISREG(before.st_mode)
    expected = before.st_size - (file.tell() if regular else 0)  # standard input may start midway
    if regular and expected > cap:
        raise _too_large(name, cap, expected)
    data = read_limited(file, cap, name)
    if regular and before.st_size > 0:  # files in /proc say 0 and hold text: no size to compare
        after = os.fstat(file.fileno())
        if len(data) != expected or after.st_size != before.st_size or after.st_mtime_ns != before.st_mtime_ns:
            raise BriefingError(
                f"{name}: the file changed while it was read ({describe_size(expected)} when opened, "
                f"{describe_size(len(data))} read); read it again once it is complete"
            )
    return data


def _not_found(raw: str) -> str:
    """Why nothing was found at `raw`: an address is not called a missing file."""
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*)://", raw)
    if scheme is None:
        return "no such file"
    if scheme.group(1).lower() in ("http", "https"):
        return "not a web address (no server named)"
    return "briefing fetches only http:// and https:// addresses"


def read_source(path: str | os.PathLike[str]) -> SourceText:
    """Read and decode a briefing from a file path, or from standard input when path is "-".

    At most `max_bytes()` are read; binary input is refused after its first block.
    """
    raw = str(path)
    name = printable_name(raw)
    cap = max_bytes()
    if raw == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise BriefingError("-: standard input is not available")
        if _is_keyboard(stream):  # not piped: say what is awaited, as a blank screen would not
            print("briefing: reading the briefing from the keyboard; end it with ctrl+d", file=sys.stderr)
        try:
            data = _read_standard_input(stream, cap)
        except OSError as error:
            raise BriefingError(f"-: cannot read standard input ({error.strerror or error})") from None
        return decode_bytes(data, "standard input")
    try:
        with open(raw, "rb") as file:
            data = read_file(file, name, cap)
    except FileNotFoundError:
        raise BriefingError(f"{name}: {_not_found(raw)}") from None
    except PermissionError:
        raise BriefingError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise BriefingError(f"{name}: is a folder, not a file") from None
    except OSError as error:
        raise BriefingError(f"{name}: cannot read ({error.strerror or error})") from None
    return decode_bytes(data, name)


def _is_keyboard(stream) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError, AttributeError):
        return False


def _read_standard_input(stream, cap: int) -> bytearray:
    """Standard input within the cap: a redirected file is checked like a file, anything
    else (a pipe, /dev/zero, a terminal) is read as a stream, its first block sniffed."""
    import stat

    name = "standard input"
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        mode = 0
    if stat.S_ISREG(mode):
        return read_file(stream, name, cap)
    return read_limited(stream, cap, name)
