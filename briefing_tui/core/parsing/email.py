"""E-mail newsletters (an `.eml` file, or an RFC 822 message on standard input).

Subject is the title, From the byline, Date the date. The HTML part is read as a web page
(html.py), else the text part as text; newsletter boilerplate ("View in browser",
unsubscribe and address footers, tracking images) is dropped. The standard library's
`email` package decodes transfer encodings, charsets and encoded headers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Briefing

NAME = "email"
EXTENSIONS = (".eml",)
WHOLE = True
MARKUP = True  # the file is markup around the text: its size is not the text's

_HEADER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]{0,60}):[ \t]?(?P<value>.*)$")
# Headers only a real message has (a memo's TO/FROM/SUBJECT lines have none of them).
_MAIL_HEADERS = frozenset(
    "mime-version content-type message-id received return-path content-transfer-encoding "
    "dkim-signature reply-to list-unsubscribe list-id delivered-to x-mailer".split()
)

# Whole paragraphs that are the newsletter around the letter, not the letter.
_BOILERPLATE = re.compile(
    r"view (?:this|it|the)?\s*(?:e-?mail|newsletter|message|issue)?\s*(?:in|on) (?:your|a|the)?\s*(?:web )?browser"
    r"|view (?:it |this )?online|having trouble (?:viewing|reading)|read (?:this|it) online|web version"
    r"|unsubscribe|opt[ -]out|(?:update|manage) (?:your )?(?:e-?mail )?(?:preferences|subscription|settings)"
    r"|you (?:are|were) receiving this|you received this|this (?:e-?mail|message) was sent to"
    r"|forward(?:ed)? (?:this|to a friend)|add us to your address book|sent to [\w.+-]+@",
    re.IGNORECASE,
)
# A postal address: a number and a street word, or a post code, in a short line.
_ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|"
    r"Blvd\.?|Drive|Dr\.?|Way|Place|Pl\.?|Square|Sq\.?|Court|Ct\.?|Suite|Floor)\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\bP\.?\s?O\.? Box\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b",
)
_VIEW_ONLINE = re.compile(r"\b(?:browser|online|web version)\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)


def detect(text: str) -> bool:
    """Header lines from the very first line, among them From and one only mail has."""
    names: list[str] = []
    from_value = ""
    for number, line in enumerate(text.split("\n", 200)[:200]):
        if not line.strip():
            break
        if line[:1] in (" ", "\t") and names:
            continue  # a folded header goes on
        if number == 0 and line.startswith("From "):
            continue  # an mbox separator line
        match = _HEADER.match(line)
        if match is None:
            return False
        names.append(match["name"].lower())
        if names[-1] == "from":
            from_value = match["value"]
    if "from" not in names or len(names) < 2:
        return False
    return bool(_MAIL_HEADERS.intersection(names)) or "@" in from_value


def parse(
    text: str,
    source: str,
    progress: Callable[[float], None] | None = None,
) -> Briefing:
    """Read a newsletter: its HTML part as a page, else its text part as text."""
    import email
    from email import policy
    from email.utils import parseaddr, parsedate_to_datetime

    message = email.message_from_string(text, policy=policy.default)
    title = _header(message, "subject")
    name, address = parseaddr(_header(message, "from") or "")
    byline = name.strip() or address or None
    date = None
    if (raw_date := _header(message, "date")) is not None:
        try:
            date = parsedate_to_datetime(raw_date).isoformat()
        except (TypeError, ValueError, IndexError):
            date = None
    publisher = address.rsplit("@", 1)[1].lower() if "@" in address else None

    body = message.get_body(preferencelist=("html", "plain"))
    content = _content(body) if body is not None else ""
    if body is None:
        # A broken multipart (no boundary found): its text is still the letter.
        payload = message.get_payload()
        content = payload if isinstance(payload, str) else ""
    if body is not None and body.get_content_subtype() == "html":
        from . import html

        cleaned, web_version = _strip_html_boilerplate(content)
        page = html.extract(cleaned)
        page = replace(page, markdown=_strip_boilerplate(page.markdown))
        briefing = html.from_page(replace(page, title=title or page.title, author=None), source, NAME)
        url = web_version or page.url
    else:
        from . import parse_text

        # The subject heads the text, so that the body's first line stays in the body. No
        # name: the body is read by its own shape, not as the ".eml" it came in.
        body_text = _strip_boilerplate(content)
        if title and body_text.strip():
            body_text = f"{title}\n\n{body_text}"
        briefing = replace(parse_text(body_text, ""), format=NAME, source=source)
        url = None
    return replace(
        briefing,
        title=title or briefing.title,
        byline=byline or briefing.byline,
        date=date or briefing.date,
        publisher=publisher or briefing.publisher,
        url=url,
    )


def _header(message, name: str) -> str | None:
    try:
        value = message[name]
    except (TypeError, ValueError, IndexError):  # a malformed header is as good as none
        return None
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _content(part) -> str:
    """A part's text, its transfer encoding and charset undone (a charset we lack: Latin-1)."""
    try:
        return part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("latin-1") if isinstance(payload, bytes) else str(payload)


def _is_boilerplate(paragraph: str) -> bool:
    flat = " ".join(paragraph.split())
    if len(flat) > 400:
        return False
    return bool(_BOILERPLATE.search(flat) or _COPYRIGHT.match(flat) or (_ADDRESS.search(flat) and len(flat) < 160))


def _strip_boilerplate(text: str) -> str:
    """The text without paragraphs of newsletter boilerplate, nor the "-- " signature mark."""
    paragraphs = re.split(r"\n[ \t]*\n", text)
    kept = []
    for paragraph in paragraphs:
        lines = [line for line in paragraph.split("\n") if line.strip() not in ("--", "-- ")]
        # A footer often has its lines without blank lines between: judge them one by one.
        if len(lines) > 1 and any(_is_boilerplate(line) for line in lines):
            lines = [line for line in lines if not _is_boilerplate(line)]
        paragraph = "\n".join(lines)
        if paragraph.strip() and not _is_boilerplate(paragraph):
            kept.append(paragraph)
    return "\n\n".join(kept)


def _strip_html_boilerplate(document: str) -> tuple[str, str | None]:
    """The newsletter's HTML without boilerplate blocks and tracking images, and its web address."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(document)
    except (ValueError, lxml.etree.ParserError):
        return document, None
    web_version = None
    for link in tree.iter("a"):
        href = link.get("href") or ""
        if href.startswith(("http://", "https://")) and _VIEW_ONLINE.search(link.text_content()):
            web_version = href
            break
    for image in tree.iter("img"):
        if image.get("width") in ("0", "1") or image.get("height") in ("0", "1"):
            image.drop_tree()
    # Newsletters are laid out with tables: a table holding paragraphs or headings is layout,
    # not data, and is read as the blocks it holds.
    for table in list(tree.iter("table")):
        if table.find(".//p") is not None or table.find(".//h1") is not None or table.find(".//h2") is not None:
            for element in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
                element.tag = "div"
    for element in list(tree.iter("p", "td", "div", "li", "span", "a")):
        if element.getparent() is None:
            continue
        text = " ".join(element.text_content().split())
        if text and _is_boilerplate(text):
            element.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode"), web_version
