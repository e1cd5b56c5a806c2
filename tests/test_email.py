"""E-mail newsletters: headers as title, byline and date; the letter without its wrapping."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.core.export import to_dict
from briefing_tui.core.parsing import detect_format, load_briefing, parse_text

LETTERS = Path(__file__).parent / "fixtures" / "email"


def _all_text(briefing) -> str:
    parts = [briefing.title or "", briefing.byline or ""]
    for section in briefing.sections:
        parts += [section.heading or "", section.text]
    return " ".join(" ".join(parts).split())


def test_an_html_newsletter_reads_its_html_part_without_the_wrapping():
    briefing = load_briefing(LETTERS / "html_newsletter.eml")
    exported = to_dict(briefing)
    assert exported["format"] == "email"
    # Subject (encoded-word, UTF-8) is the title; From's name the byline; Date the date.
    assert exported["title"] == "Markets steady as rates hold — and a café boom"
    assert exported["byline"] == "The Morning Ledger"
    assert exported["date"] == "2025-03-04T06:00:00+00:00"
    assert exported["source"] == "morning-ledger.example"
    assert exported["url"] == "https://morning-ledger.example/web/2025-03-04"
    assert [s.heading for s in briefing.sections] == [None, "The café boom", "One more thing"]
    text = _all_text(briefing)
    # Quoted-printable and UTF-8 undone; the HTML part, not the text part, was read.
    for words in ("Kraków: 185 new cafés", "Why it matters", "weekend quiz returns on Saturday"):
        assert words in text
    for words in ("View this email", "Unsubscribe", "receiving this email", "preferences",
                  "221 Harbour Street", "Plain part", "open.gif", "|"):
        assert words not in text, words
    items = [b for b in briefing.sections[1].blocks if b.kind == "item"]
    assert len(items) == 2


def test_a_plain_newsletter_in_base64_latin1():
    briefing = load_briefing(LETTERS / "plain_newsletter.eml")
    assert briefing.format == "email"
    assert briefing.title == "Small Plot Diaries: first seedlings of the year"
    assert briefing.byline == "Tove Aalto"
    assert briefing.date == "2025-02-16T09:30:00+01:00"
    text = _all_text(briefing)
    # The letter's first line is kept; the charset is decoded.
    for words in ("Hello again, gardeners.", "The café next door", "Basil on the shelves",
                  "I will write again in March."):
        assert words in text, words
    for words in ("Having trouble", "View it online", "Unsubscribe", "receiving this",
                  "12 Garden Lane", "--"):
        assert words not in text, words


def test_a_message_on_standard_input_is_sniffed():
    data = (LETTERS / "html_newsletter.eml").read_bytes()
    out = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "export", "-", "--format", "text"],
        input=data, capture_output=True, check=True,
    ).stdout.decode("utf-8")
    assert out.startswith("Markets steady as rates hold — and a café boom\n")
    assert "Unsubscribe" not in out and "The café boom" in out


@pytest.mark.parametrize(
    "text",
    [
        "TO: All staff\nFROM: The Director\nDATE: 3 March 2025\nSUBJECT: Budget\n\nBLUF: We cut costs.\n",
        "From the desk of the editor: a note.\nSubject: none\n\nText.\n",
        "Title: A story\nAuthor: Me\n\nBody text here.\n",
    ],
)
def test_memos_and_other_key_value_heads_are_not_mail(text: str):
    assert detect_format(text) != "email"


def test_a_minimal_message_is_mail():
    text = "From: Ana Ruiz <ana@example.org>\nSubject: Notes from the field\n\nWe reached the camp at noon.\n"
    briefing = parse_text(text)
    assert briefing.format == "email"
    assert briefing.title == "Notes from the field" and briefing.byline == "Ana Ruiz"
    assert "We reached the camp at noon." in _all_text(briefing)


def test_a_broken_date_header_gives_no_date():
    text = "From: ana@example.org\nSubject: Hi\nDate: not a date\nMIME-Version: 1.0\n\nBody words.\n"
    briefing = parse_text(text)
    assert briefing.date is None and briefing.byline == "ana@example.org"


def test_a_broken_multipart_still_gives_its_text_and_an_empty_part_no_echo():
    broken = (
        "From: x@example.org\nSubject: Notes\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary=""\n\nThe camp is ready for the season.\n'
    )
    assert "The camp is ready for the season." in _all_text(parse_text(broken))
    empty = (
        "From: x@example.org\nSubject: Notes\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b\n\n"
        "--b\nContent-Type: text/plain\n\n--b--\n"
    )
    briefing = parse_text(empty)
    assert briefing.title == "Notes" and all(not s.text.strip() for s in briefing.sections)
