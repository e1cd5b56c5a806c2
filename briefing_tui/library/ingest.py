"""Adding briefings to the library: files, folders, mailboxes, feeds and pages.

`collect(sources)` turns what the user named into items to read (a folder: every
briefing file in it; an mbox file or Maildir folder: each message; an RSS/Atom feed, as a
file or a URL: each item; a URL: the page). `read_items` parses them, in worker processes
when there are enough to pay for starting them, and yields each parsed briefing or the one
line that says why it was refused. Nothing here writes: the caller adds to the library.
"""

from __future__ import annotations

import html
import mailbox
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..core.model import Briefing, Entity
from ..core.reading import BriefingError, SourceText, decode_bytes, printable_name

# Files a folder is searched for. Other files in a folder are passed over quietly; a file
# named on the command line is read whatever its name.
BRIEFING_SUFFIXES = frozenset(
    ".txt .text .md .markdown .mdown .mkd .html .htm .xhtml .eml .rss .atom .xml .mbox".split()
)
FEED_SIGNS = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
PARALLEL_FROM = 24  # items: fewer are read in this process (starting workers costs more)


@dataclass(frozen=True, slots=True)
class Item:
    """One briefing to read: a file, or text already in hand (a message, a feed item)."""

    name: str  # what the progress bar and a refusal show
    path: str | None = None
    url: str | None = None
    data: bytes | str | None = None  # None: read the file at path; str: text already decoded
    date: str | None = None
    source: str | None = None
    fetch: bool = False  # read the page at url (a feed item without a body)
    message: bool = False  # data is an e-mail message (from an mbox or a Maildir)


@dataclass(frozen=True, slots=True)
class Parsed:
    item: Item
    briefing: Briefing | None
    text: str = ""
    entities: tuple[Entity, ...] = ()
    error: str | None = None  # one line, when refused

    def __reduce__(self):
        # Sent from a worker process: the entities as plain tuples, which pickle several
        # times faster than their objects (they were most of a briefing's cost in transit).
        entities = tuple(
            (e.name, e.type, e.aliases, tuple(n for m in e.mentions for n in (m.section, m.start, m.end)))
            for e in self.entities
        )
        return (_unpickle_parsed, (self.item, self.briefing, self.text, entities, self.error))


def _unpickle_parsed(item: Item, briefing: Briefing | None, text: str, entities: tuple, error: str | None) -> Parsed:
    from ..core.model import Mention

    return Parsed(item, briefing, text, tuple(
        Entity(name, kind, aliases, tuple(Mention(*numbers[i : i + 3]) for i in range(0, len(numbers), 3)))
        for name, kind, aliases, numbers in entities
    ), error)


@dataclass
class Collected:
    items: list[Item] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def collect(sources: Iterable[str]) -> Collected:
    """Every item to read in what the user named; what cannot be read at all is refused."""
    found = Collected()
    for source in sources:
        try:
            if is_url(source):
                _collect_url(source, found)
            else:
                _collect_path(Path(source), found, named=True)
        except BriefingError as error:
            found.refused.append(str(error))
    return found


def _collect_path(path: Path, found: Collected, named: bool) -> None:
    name = printable_name(str(path))
    if path.is_dir():
        if _is_maildir(path):
            _collect_maildir(path, found)
            return
        for folder, folders, files in os.walk(path, followlinks=False):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            here = Path(folder)
            if here != path and _is_maildir(here):
                folders[:] = []
                _collect_maildir(here, found)
                continue
            for file in sorted(files):
                if file.startswith(".") or Path(file).suffix.lower() not in BRIEFING_SUFFIXES:
                    continue
                _collect_path(here / file, found, named=False)
        return
    if not path.exists():
        raise BriefingError(f"{name}: no such file or folder")
    if path.is_symlink() and not named:
        return  # links inside a folder are not followed
    try:
        with open(path, "rb") as file:
            head = file.read(4096)
    except OSError as error:
        raise BriefingError(f"{name}: cannot read ({error.strerror or error})") from None
    if head.startswith(b"From ") and _looks_like_mbox(head):
        _collect_mbox(path, found)
    elif FEED_SIGNS.search(head) and (head.lstrip().startswith(b"<?xml") or FEED_SIGNS.match(head.lstrip())):
        _collect_feed(_read_bytes(str(path), name), name, None, found)
    else:
        found.items.append(Item(name=name, path=str(path.absolute())))


def _looks_like_mbox(head: bytes) -> bool:
    first = head.split(b"\n", 1)[0]
    return bool(re.match(rb"From \S+ +\w{3} \w{3} +\d", first)) or b"\nSubject:" in head or b"\nFrom:" in head


def _is_maildir(path: Path) -> bool:
    return all((path / part).is_dir() for part in ("cur", "new", "tmp"))


def _collect_mbox(path: Path, found: Collected) -> None:
    box = mailbox.mbox(path, create=False)
    try:
        for number, key in enumerate(box.iterkeys(), 1):
            data = box.get_bytes(key)
            found.items.append(Item(name=f"{printable_name(str(path))} #{number}", path=f"{path.absolute()}#{number}", data=data, message=True))
    finally:
        box.close()


def _collect_maildir(path: Path, found: Collected) -> None:
    box = mailbox.Maildir(path, factory=None, create=False)
    for key in sorted(box.iterkeys()):
        data = box.get_bytes(key)
        found.items.append(Item(name=f"{printable_name(str(path))}/{key}", path=f"{path.absolute()}/{key}", data=data, message=True))


# ---------------------------------------------------------------------- URLs and feeds


def _collect_url(url: str, found: Collected) -> None:
    from ..core.fetching import fetch

    page = fetch(url)
    head = page.text[:4096].encode("utf-8", "replace")
    if FEED_SIGNS.search(head) and not re.search(rb"<html", head, re.I):
        _collect_feed(page.text, printable_name(url), url, found)
    else:
        found.items.append(Item(name=printable_name(url), url=url, data=page.text))


def _collect_feed(data: bytes | str, name: str, url: str | None, found: Collected) -> None:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        raise BriefingError(f"{name}: a feed with no items" if feed.get("feed") else f"{name}: not a feed")
    publisher = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, 1):
        link = entry.get("link")
        title = entry.get("title") or f"Item {number}"
        body = ""
        if entry.get("content"):
            body = max((part.get("value", "") for part in entry.content), key=len)
        if len(_plain(body)) < len(_plain(entry.get("summary", ""))):
            body = entry.get("summary", "")
        date = _feed_date(entry)
        item_name = f"{name}: {printable_name(title)[:60]}"
        if len(_plain(body)) < 200 and link and is_url(link):
            # The feed holds no body, or only a teaser: the item is its page.
            found.items.append(Item(name=item_name, url=link, date=date, source=publisher, fetch=True))
            continue
        author = entry.get("author")
        document = _feed_document(title, author, body)
        found.items.append(
            Item(name=item_name, url=link, data=document.encode("utf-8"), date=date, source=publisher,
                 path=None if url or link else f"{name}#{number}")
        )


def _feed_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(parsed[:6])
    return None


def _feed_document(title: str, author: str | None, body: str) -> str:
    """A feed item as a document the reader knows: a page when HTML is read, else text."""
    from ..core.parsing import FORMATS

    if "html" in FORMATS:
        byline = f'<meta name="author" content="{html.escape(author)}">' if author else ""
        return (
            f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title>{byline}</head>"
            f"<body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>"
        )
    lines = [title.strip()]
    if author:
        lines.append(f"By {author.strip()}")
    lines.append("")
    lines.append(_plain(body))
    return "\n".join(lines) + "\n"


class _TextOfHTML(HTMLParser):
    _BREAKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article pre".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self._BREAKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self._BREAKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _plain(markup: str) -> str:
    """Text of an HTML fragment, paragraphs apart (for feed bodies when HTML is not read)."""
    if "<" not in markup:
        return markup.strip()
    parser = _TextOfHTML()
    parser.feed(markup)
    parser.close()
    paragraphs = [" ".join(p.split()) for p in "".join(parser.parts).split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


# ---------------------------------------------------------------------- reading items


def _message_text(data: bytes, name: str) -> SourceText:
    """An e-mail message as text: the raw message when e-mail is read, else its text part."""
    from ..core.parsing import FORMATS

    if "email" in FORMATS:
        return decode_bytes(data, name)
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    subject = str(message.get("Subject", "") or "").strip()
    sender = str(message.get("From", "") or "").strip()
    body_part = message.get_body(preferencelist=("plain", "html"))
    if body_part is None:
        raise BriefingError(f"{name}: a message with no text")
    try:
        body = body_part.get_content()
    except (LookupError, UnicodeDecodeError):
        body = body_part.get_payload(decode=True).decode("utf-8", "replace")
    if body_part.get_content_subtype() == "html":
        body = _plain(body)
    sender_name = re.sub(r"\s*<[^>]*>\s*", "", sender).strip('" ') or sender
    text = "\n".join(part for part in (subject, f"By {sender_name}" if sender_name else "", "", body) if part is not None)
    return decode_bytes(text.encode("utf-8"), name)


def read_item(item: Item) -> Parsed:
    """Read and parse one item; a refusal carries its one line instead of raising."""
    from ..core.entities import extract_entities
    from ..core.parsing import parse_source
    from ..core.reading import read_source

    try:
        if item.fetch and item.url:
            from ..core.fetching import fetch

            source = fetch(item.url)
        elif isinstance(item.data, str):
            source = SourceText(item.data, item.name)
        elif item.data is None and (item.path or "").lower().endswith(".eml"):
            source = _message_text(_read_bytes(item.path or item.name, item.name), item.name)
        elif item.data is None:
            source = read_source(item.path or item.name)
        elif item.message:
            source = _message_text(item.data, item.name)
        else:
            source = decode_bytes(item.data, item.name)
        briefing = parse_source(source)
        if not any(section.text.strip() for section in briefing.sections):
            raise BriefingError(f"{item.name}: nothing readable in it")
        # One process each: `briefing add` already reads several items at once.
        entities = tuple(extract_entities(briefing, processes=1))
        return Parsed(item, briefing, source.text, entities)
    except BriefingError as error:
        return Parsed(item, None, error=str(error))
    except Exception as error:  # noqa: BLE001 - one bad file never stops the others
        return Parsed(item, None, error=f"{item.name}: cannot be read ({type(error).__name__})")


def _read_bytes(path: str, name: str) -> bytes:
    """A file's bytes within the size cap (BRIEFING_MAX_BYTES), as every input is read."""
    from ..core.reading import read_file

    try:
        with open(path, "rb") as file:
            return bytes(read_file(file, name))
    except FileNotFoundError:
        raise BriefingError(f"{name}: no such file") from None
    except OSError as error:
        raise BriefingError(f"{name}: cannot read ({error.strerror or error})") from None


def read_items(items: list[Item], workers: int | None = None) -> Iterator[Parsed]:
    """Parse every item, in order; in worker processes when there are many."""
    if workers is None:
        workers = min(4, os.cpu_count() or 1)
    if workers <= 1 or len(items) < PARALLEL_FROM:
        for item in items:
            yield read_item(item)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    if method == "fork":
        _load_before_fork()
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        yield from pool.map(read_item, items, chunksize=8)


def _load_before_fork() -> None:
    """Load once here what each worker would load on its first briefings (the gazetteer,
    the parsers and the page extractor, a second or two each): forked, they share it."""
    from ..core.entities import extract_entities  # noqa: F401
    from ..core.entities.gazetteer import load_gazetteer
    from ..core.parsing import FORMATS

    load_gazetteer()
    if "html" in FORMATS:
        try:
            import trafilatura  # noqa: F401 - pages, and feed items written as pages
        except ImportError:  # pragma: no cover - the HTML parser then refuses pages itself
            pass


def _die_with_parent(parent: int) -> None:
    """A worker ends when `briefing add` does, even killed (SIGKILL): no orphan is left."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


ProgressCallback = Callable[[int, int, str], None]
