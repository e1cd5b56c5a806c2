"""Sub-headings of web pages: the headings we give against those the page's article marks.

For each page of the development set (scripts/build_html_devset.py), NAME.headings holds the
h2-h4 of the article its maintainers expect (and NAME.optional, when there, headings that
are neither wanted nor wrong: scripts/build_html_headings_set.py). A page's heading is found when one of our
section headings says the same words (case, punctuation and spaces aside); our headings
that say none of them are added ones (a widget's title, a caption made a heading).

    python benchmarks/html_headings.py [--pages DIR] [--part tuning|blind|all] [--verbose]

The parts are those of html_quality.py: choices are tried on "tuning" only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from html_quality import part_of  # noqa: E402

from briefing_tui.core.parsing import html  # noqa: E402


def squash(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=HERE / "html_dev")
    parser.add_argument("--part", choices=("tuning", "blind", "all"), default="tuning")
    parser.add_argument("--verbose", action="store_true", help="list each page's missed and added headings")
    args = parser.parse_args(argv)
    pages = [
        p for p in sorted(args.pages.glob("*.html"))
        if p.with_suffix(".headings").exists() and args.part in ("all", part_of(p.stem))
    ]
    if not pages:
        print(f"no pages with headings in {args.pages}: run scripts/build_html_devset.py first", file=sys.stderr)
        return 2
    expected_total = found_total = added_total = 0
    for page in pages:
        expected = [line for line in page.with_suffix(".headings").read_text(encoding="utf-8").splitlines() if line]
        briefing = html.parse(page.read_text(encoding="utf-8", errors="replace"), page.name)
        ours = [s.heading for s in briefing.sections if s.heading]
        optional = page.with_suffix(".optional")
        maybe = {squash(h) for h in optional.read_text(encoding="utf-8").splitlines()} if optional.exists() else set()
        wanted = {squash(h) for h in expected}
        given = {squash(h) for h in ours}
        missed = [h for h in expected if squash(h) not in given]
        added = [h for h in ours if squash(h) not in wanted and squash(h) not in maybe]
        expected_total += len(expected)
        found_total += len(expected) - len(missed)
        added_total += len(added)
        if args.verbose and (missed or added):
            print(f"== {page.stem}: {len(expected) - len(missed)}/{len(expected)} found, {len(added)} added")
            for h in missed:
                print(f"   missed: {h[:100]}")
            for h in added:
                print(f"   added:  {h[:100]}")
    share = found_total / expected_total if expected_total else 1.0
    print(json.dumps({"name": f"html_headings_found_{args.part}", "value": round(share, 4), "unit": "share",
                      "found": found_total, "expected": expected_total, "pages": len(pages)}))
    print(json.dumps({"name": f"html_headings_added_{args.part}", "value": added_total, "unit": "headings",
                      "pages": len(pages)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
