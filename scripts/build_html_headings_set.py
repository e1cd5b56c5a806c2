"""Build a second heading set of web pages, from the evaluation pages trafilatura ships.

    python scripts/build_html_headings_set.py PATH_TO_TRAFILATURA   # a checkout or a bare clone

trafilatura (Apache-2.0) keeps ~1000 saved pages of real sites (`tests/eval/`) with, for
each, a few snippets of its article that an extractor must keep (`with`: at the start and
the end of the article) and some of the page that it must leave out (`without`), in
`tests/evaldata.json`. Its pages are blogs, shops, government and company sites as well as
news, so they show the page furniture (widget titles, comment headers, author boxes,
"Related" boxes) that the Readability pages of scripts/build_html_devset.py seldom have.

The page's sub-headings are its visible <h2>-<h4> (and <h1> other than the first) from
where the article's first `with` snippet stands to where its last one ends, less those
that say a `without` snippet (NAME.headings): an approximation of the article's headings
(a box inside the article is counted in). Those of the innermost element holding all the
snippets but outside that run (the article's last sections, or the comments' title) are
optional (NAME.optional): neither wanted nor wrong. Only English pages
are kept. They go to benchmarks/html_dev2/ as NAME.html and NAME.headings, the shape that
benchmarks/html_headings.py reads, and are never committed (pages of other sites).
Its parts are those of html_quality.py (by a hash of the name): tune on "tuning" only.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from web_headings import english  # noqa: E402

OUT = HERE.parent / "benchmarks" / "html_dev2"
PAGES = "tests/eval"
_HEADINGS = ("h1", "h2", "h3", "h4")
_NOT_TEXT = ("script", "style", "noscript", "template", "head", "title")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _git_bytes(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), *args], capture_output=True, check=True).stdout


def _repo(path: Path) -> Path:
    """The git directory of a checkout, a bare clone, or a folder holding one as repo/."""
    for candidate in (path / ".git", path / "repo", path):
        if (candidate / "HEAD").exists():
            return candidate
    raise SystemExit(f"no git repository at {path}")


def decoded(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from trafilatura.utils import decode_file

        return decode_file(raw)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _hidden(element) -> bool:
    return any(
        e.get("hidden") is not None or _HIDDEN.search(e.get("style") or "") for e in [element, *element.iterancestors()]
    )


def page_text(html: str):
    """The page's visible text as one string of single spaces, and where each heading
    element's text starts in it: [(tag, text, offset)]."""
    import lxml.html

    tree = lxml.html.fromstring(html.encode("utf-8"))
    parts: list[str] = []
    length = 0
    headings: list[tuple[str, str, int]] = []
    containers: list[tuple[int, int, int]] = []  # (start, end, depth) of each element's text

    def add(text: str | None) -> None:
        nonlocal length
        words = _squash(text or "")
        if words:
            parts.append(words)
            length += len(words) + 1

    def walk(element, depth: int) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _NOT_TEXT or not tag:
            add(element.tail if tag else None)
            return
        if tag in _HEADINGS and not _hidden(element):
            words = _squash(element.text_content())
            if words:
                headings.append((tag, words, length))
        start = length
        add(element.text)
        for child in element:
            walk(child, depth + 1)
        if tag not in ("html", "body"):
            containers.append((start, length, depth))
        add(element.tail)

    walk(tree, 0)
    return " ".join(parts), headings, containers


def gold_headings(html: str, with_: list[str], without: list[str]) -> tuple[list[str], list[str]] | None:
    """The article's headings by the snippets, and the optional ones (None when fewer than
    two snippets are found)."""
    text, headings, containers = page_text(html)
    spans = []
    for snippet in with_:
        words = _squash(snippet)
        at = text.find(words) if words else -1
        if at >= 0:
            spans.append((at, at + len(words)))
    if len(spans) < 2:
        return None
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    if not english(text[start:end]):
        return None
    # The article's container: the innermost element holding every snippet, below the body.
    holding = [(e - s, s, e) for s, e, _ in containers if s <= start and end <= e]
    outer_start, outer_end = min(holding)[1:] if holding else (start, end)
    first_h1 = next((offset for tag, _, offset in headings if tag == "h1"), None)
    gold: list[str] = []
    optional: list[str] = []
    for tag, words, offset in headings:
        if not outer_start <= offset < outer_end or (tag == "h1" and offset == first_h1):
            continue
        if any(_squash(w) and (_squash(w) in words or words in _squash(w)) for w in without):
            continue
        (gold if start <= offset < end else optional).append(words)
    return gold, optional


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    repo = _repo(Path(argv[0]))
    data = json.loads(_git_bytes(repo, "show", "HEAD:tests/evaldata.json"))
    OUT.mkdir(parents=True, exist_ok=True)
    kept = 0
    for entry in data.values():
        name = entry.get("file")
        if not name:
            continue
        try:
            html = decoded(_git_bytes(repo, "show", f"HEAD:{PAGES}/{name}"))
            gold = gold_headings(html, entry.get("with", []), entry.get("without", []))
        except Exception:  # a page that lxml cannot read, or that is missing
            continue
        if gold is None:
            continue
        stem = re.sub(r"\.html?$", "", name)
        (OUT / f"{stem}.html").write_text(html, encoding="utf-8")
        (OUT / f"{stem}.headings").write_text("".join(h + "\n" for h in gold[0]), encoding="utf-8")
        (OUT / f"{stem}.optional").write_text("".join(h + "\n" for h in gold[1]), encoding="utf-8")
        kept += 1
    print(f"{kept} pages in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
