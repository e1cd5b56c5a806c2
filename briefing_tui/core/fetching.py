"""Fetching a briefing from an http(s) URL: a page or a text, with limits, as SourceText.

httpx is imported only when a URL is read. Every failure is one BriefingError line: the
user sees what went wrong and with which address, never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import __version__
from .reading import BriefingError, SourceText, decode_bytes, printable_name

USER_AGENT = f"briefing/{__version__} (terminal news reader)"
MAX_BYTES = 20_000_000  # a page larger than this is not an article
TIMEOUT_SECONDS = 15.0  # for each step: connecting, and each read
DEADLINE_SECONDS = 60.0  # for the whole page: a server sending a byte now and then is cut off
CONNECT_TIMEOUT_SECONDS = 10.0
MAX_REDIRECTS = 10
# What a briefing can be read from: pages, text, e-mail. Anything else is refused.
_READABLE = re.compile(
    r"^(?:text/[\w.+-]+|application/(?:xhtml\+xml|xml|rss\+xml|atom\+xml)|message/rfc822)$"
)


def is_url(path: object) -> bool:
    """True for an http:// or https:// address."""
    return isinstance(path, str) and re.match(r"^https?://\S", path, re.IGNORECASE) is not None


def fetch(url: str, progress: Callable[[int, int | None], None] | None = None) -> SourceText:
    """Fetch `url` and decode it; progress(bytes read, bytes expected or None) as it arrives.

    Raises BriefingError when offline, on an HTTP error, a type that is not a page or
    text, or a body past MAX_BYTES.
    """
    import time

    import httpx

    name = printable_name(url)
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url).hostname
    except ValueError:  # a malformed port or address
        host = None
    if not host:
        raise BriefingError(f"{name}: not a web address (no server named)")
    started = time.monotonic()
    timeout = httpx.Timeout(TIMEOUT_SECONDS, connect=CONNECT_TIMEOUT_SECONDS)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"}
    try:
        with httpx.Client(
            follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout, headers=headers
        ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise BriefingError(f"{name}: the server answered HTTP {response.status_code} {reason}")
            media_type, charset = _content_type(response.headers.get("content-type", ""))
            if media_type and not _READABLE.match(media_type):
                raise BriefingError(f"{name}: this is {media_type}, not a web page or text")
            expected = _length(response.headers.get("content-length"))
            if expected is not None and expected > MAX_BYTES:
                raise BriefingError(f"{name}: the page is {expected:,} bytes, more than the {MAX_BYTES:,} bytes read")
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > MAX_BYTES:
                    raise BriefingError(f"{name}: the page is more than the {MAX_BYTES:,} bytes read")
                chunks.append(chunk)
                if time.monotonic() - started > DEADLINE_SECONDS:
                    raise BriefingError(f"{name}: the page did not arrive within {DEADLINE_SECONDS:g} seconds")
                if progress is not None:
                    progress(received, expected)
            final_url = str(response.url)
    except httpx.TooManyRedirects:
        raise BriefingError(f"{name}: too many redirects") from None
    except httpx.TimeoutException:
        raise BriefingError(f"{name}: the server did not answer in time") from None
    except httpx.ConnectError as error:
        raise BriefingError(f"{name}: cannot connect (offline, or no such server: {_reason(error)})") from None
    except httpx.InvalidURL:
        raise BriefingError(f"{name}: not a valid address") from None
    except (httpx.HTTPError, httpx.StreamError) as error:
        raise BriefingError(f"{name}: the download failed ({_reason(error)})") from None
    data = b"".join(chunks)
    source = _decode(data, name, charset)
    return SourceText(source.text, name, source.notes, url=final_url, media_type=media_type or None)


def _decode(data: bytes, name: str, charset: str | None) -> SourceText:
    if charset and data.strip():
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return decode_bytes(data, name)
        return decode_bytes(text.encode("utf-8"), name)
    return decode_bytes(data, name)


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, parameters = header.partition(";")
    charset = re.search(r"charset\s*=\s*\"?([\w.:-]+)", parameters, re.IGNORECASE)
    return media_type.strip().lower(), charset.group(1) if charset else None


def _length(header: str | None) -> int | None:
    try:
        return int(header) if header is not None else None
    except ValueError:
        return None


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return printable_name(text[:120])
