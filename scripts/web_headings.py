"""Build a heading-quality set of web articles read as plain text, from Readability's test pages.

    python scripts/web_headings.py PATH_TO_READABILITY    # a checkout or a bare clone

Mozilla's Readability (Apache-2.0) ships saved pages of real sites, each with the article
its maintainers expect (`expected.html`). Each English article of the "tuning" part of
`benchmarks/html_quality.py` (the "blind" part is never read here) is written as the text a
reader copies from the page: paragraphs, the sub-headings (h2-h4) as plain lines, list items
with their marks, quotations, captions and table cells as lines of their own. The h2-h4 go
to `gold.json` (h5, h6 and table cells are optional). The pages are news-site pages, so the
set stays local: `benchmarks/headings/web-dev/` is never committed.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "benchmarks"))

from html_quality import part_of  # noqa: E402

OUT = HERE.parent / "benchmarks" / "headings" / "web-dev"
PAGES = "test/test-pages"
SHAPES = ("blank", "lines", "blank", "untitled")
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th", "figcaption", "dd", "dt", "blockquote"}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def blocks(expected_html: str) -> list[tuple[str, str]]:
    """The article's blocks as (kind, text), innermost block elements only, in order."""
    import lxml.html

    tree = lxml.html.fromstring(expected_html)
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    out: list[tuple[str, str]] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCKS:
            continue
        if any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in element.iterdescendants()):
            continue  # a block holding blocks: its inner ones are written
        text = " ".join(element.text_content().split())
        if not text:
            continue
        kind = element.tag
        if kind == "li":
            parent = element.getparent()
            kind = "ol" if parent is not None and parent.tag == "ol" else "li"
        out.append((kind, text))
    return out


def render(parts: list[tuple[str, str]], shape: str) -> tuple[str, dict]:
    gold: dict = {"title": None, "headings": [], "optional": [], "lede": None, "shape": shape}
    lines: list[str] = []
    number = 0
    for kind, text in parts:
        if kind in ("h2", "h3", "h4"):
            gold["headings"].append(text)
        elif kind in ("h1", "h5", "h6", "td", "th", "dt"):
            gold["optional"].append(text)
        elif kind == "p" and gold["lede"] is None and len(text.split()) >= 8:
            gold["lede"] = text
        number = number + 1 if kind == "ol" else 0
        lines.append("- " + text if kind == "li" else f"{number}. {text}" if kind == "ol" else text)
    text = "\n".join(lines) if shape == "lines" else "\n\n".join(lines)
    return text + "\n", gold


def english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) >= 150 and sum(w in ("the", "and", "of", "to") for w in words) >= 0.05 * len(words)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    repo = Path(argv[0])
    names = sorted({line.split("/")[2] for line in _git(repo, "ls-tree", "-r", "--name-only", "HEAD", PAGES).split()})
    OUT.mkdir(parents=True, exist_ok=True)
    gold: dict[str, dict] = {}
    for name in names:
        if part_of(name) != "tuning":
            continue
        try:
            expected = _git(repo, "show", f"HEAD:{PAGES}/{name}/expected.html")
        except subprocess.CalledProcessError:
            continue
        parts = blocks(expected)
        if not english(" ".join(text for _, text in parts)):
            continue
        shape = SHAPES[int(hashlib.sha1(name.encode()).hexdigest(), 16) % len(SHAPES)]
        text, doc_gold = render(parts, shape)
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
        gold[f"{name}.txt"] = doc_gold
    (OUT / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(gold)} articles in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
