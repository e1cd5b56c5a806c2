"""Rebuild the local development set of web pages for benchmarks/html_quality.py.

The pages are the test pages that Mozilla's Readability ships (Apache-2.0): each a saved
page from a real site and the article text its maintainers expect (NAME.txt), with the
sub-headings (h2-h4) of that article (NAME.headings, for benchmarks/html_headings.py). They are news-site
pages, so they stay local (benchmarks/html_dev/ is not committed).

    python scripts/build_html_devset.py PATH_TO_READABILITY   # a checkout or a bare clone
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "html_dev"
PAGES = "test/test-pages"


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def gold_text(expected_html: str) -> str:
    """The expected article as text: one block per paragraph-like element."""
    import lxml.html

    tree = lxml.html.fromstring(expected_html)
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    blocks = tree.xpath("//p|//li|//h1|//h2|//h3|//h4|//h5|//h6|//pre|//td|//th|//blockquote|//figcaption|//dd|//dt")
    if not blocks:
        return " ".join(tree.text_content().split())
    # Nested blocks would count twice: keep the innermost text of each element only once.
    seen = set()
    parts = []
    for element in tree.iter():
        if element in blocks and not any(ancestor in seen for ancestor in element.iterancestors()):
            seen.add(element)
            text = " ".join(element.text_content().split())
            if text:
                parts.append(text)
    return "\n\n".join(parts)


def gold_headings(expected_html: str) -> list[str]:
    """The sub-headings the expected article marks (h2-h4), in order."""
    import lxml.html

    tree = lxml.html.fromstring(expected_html)
    return [" ".join(h.text_content().split()) for h in tree.xpath("//h2|//h3|//h4") if h.text_content().strip()]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    repo = Path(argv[0])
    names = sorted({line.split("/")[2] for line in _git(repo, "ls-tree", "-r", "--name-only", "HEAD", PAGES).split()})
    OUT.mkdir(parents=True, exist_ok=True)
    kept = 0
    for name in names:
        try:
            source = _git(repo, "show", f"HEAD:{PAGES}/{name}/source.html")
            expected = _git(repo, "show", f"HEAD:{PAGES}/{name}/expected.html")
        except subprocess.CalledProcessError:
            continue
        gold = gold_text(expected)
        if len(gold.split()) < 50:  # unit-test pages of a few words say nothing about articles
            continue
        (OUT / f"{name}.html").write_text(source, encoding="utf-8")
        (OUT / f"{name}.txt").write_text(gold, encoding="utf-8")
        (OUT / f"{name}.headings").write_text("".join(h + "\n" for h in gold_headings(expected)), encoding="utf-8")
        kept += 1
    print(f"{kept} pages in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
