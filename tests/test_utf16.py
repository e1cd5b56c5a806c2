"""UTF-16 without a byte-order mark is read in any script, by its byte pattern.

Issue 8, item 7: a BOM-less UTF-16 file of CJK text was refused as binary; only text
where every other byte is 0 (mostly ASCII) was recognised.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from briefing_tui.core.reading import decode_bytes

# One line of news in each script, written for these tests.
LINES = {
    "chinese": "日本和美国将于下个月签署一项新的安全协议，两国领导人将在华盛顿会面。",
    "japanese": "米国と日本は来月、新しい安全保障協定に署名する。首相はワシントンを訪問する。",
    "korean": "미국과 일본은 다음 달 새로운 안보 협정에 서명할 예정이라고 발표했다.",
    "russian": "США и Япония подпишут новое соглашение о безопасности в следующем месяце.",
    "arabic": "ستوقع الولايات المتحدة واليابان اتفاقية أمنية جديدة الشهر المقبل.",
    "greek": "Οι ΗΠΑ και η Ιαπωνία θα υπογράψουν νέα συμφωνία ασφαλείας τον επόμενο μήνα.",
    "hindi": "अमेरिका और जापान अगले महीने एक नए सुरक्षा समझौते पर हस्ताक्षर करेंगे।",
    "french": "Le café de la rue Dupré ouvre à Paris ; la grève générale est terminée.",
}


def briefing_text(line: str) -> str:
    return f"{line[:12]}\n\n" + "\n\n".join([line] * 6) + "\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("script", sorted(LINES))
def test_bomless_utf16_is_read_in_every_script(script, encoding):
    text = briefing_text(LINES[script])
    source = decode_bytes(text.encode(encoding))
    assert source.text == text
    assert "read as UTF-16" in source.notes


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
@pytest.mark.parametrize("script", sorted(LINES))
def test_eight_bit_text_is_never_taken_for_utf16(script, encoding):
    text = briefing_text(LINES[script])
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{script} has no {encoding} form")
    source = decode_bytes(data)
    assert source.text == text
    assert "read as UTF-16" not in source.notes


def test_the_command_exports_bomless_utf16_chinese(tmp_path):
    path = tmp_path / "chinese.txt"
    path.write_bytes(briefing_text(LINES["chinese"]).encode("utf-16-le"))
    result = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "export", str(path)],
        capture_output=True, timeout=60, env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    doc = json.loads(result.stdout)
    assert LINES["chinese"] in "\n".join(section["text"] for section in doc["sections"])
    assert "read as UTF-16" in result.stderr.decode("utf-8")
