"""Article-text quality on web pages: our reading against trafilatura's own output.

For each page of the development set (scripts/build_html_devset.py) both texts are
compared with the expected article text, token by token (lower-cased words, counted
with their repeats): precision, recall and F1 per page, then their means.

    python benchmarks/html_quality.py [--pages DIR] [--part tuning|blind|all] [--verbose]

The pages fall in two parts by a hash of their names: "tuning" (70 of the 121) is where
choices are tried and pages looked at; "blind" (the other 51) is only scored, to see whether
a choice holds on pages it was not made on. Both are reported.

"ours" is what `briefing export` gives as the article: each section's heading and text
(the title and byline are metadata, not article text); "ours_full" adds them.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from briefing_tui.core.export import to_text  # noqa: E402
from briefing_tui.core.parsing import html  # noqa: E402

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def score(found: str, expected: str) -> tuple[float, float, float]:
    """Token precision, recall and F1 of `found` against `expected`."""
    got, want = tokens(found), tokens(expected)
    common = sum((got & want).values())
    if not got or not want:
        return (1.0, 1.0, 1.0) if got == want else (0.0, 0.0, 0.0)
    precision, recall = common / sum(got.values()), common / sum(want.values())
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def article_text(briefing) -> str:
    """The article as text: every section's heading and text, in order."""
    parts = []
    for section in briefing.sections:
        if section.heading:
            parts.append(section.heading)
        parts.append(section.text)
    return "\n\n".join(parts)


def part_of(name: str) -> str:
    """"blind" for about two pages in five (fixed by the name), else "tuning"."""
    import zlib

    return "blind" if zlib.crc32(name.encode("utf-8")) % 3 == 0 else "tuning"


def library_text(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page) or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=HERE / "html_dev")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--part", choices=("tuning", "blind", "all"), default="all",
                        help="score one part of the pages only (default: all, reported by part too)")
    parser.add_argument("--options", type=json.loads, default={},
                        help='trafilatura options to try instead of ours, as JSON: {"favor_recall": false}')
    args = parser.parse_args(argv)
    html.EXTRACTION_OPTIONS.update(args.options)
    pages = [p for p in sorted(args.pages.glob("*.html")) if args.part in ("all", part_of(p.stem))]
    if not pages:
        print(f"no pages in {args.pages}: run scripts/build_html_devset.py first", file=sys.stderr)
        return 2
    results: dict[str, list[tuple[float, float, float]]] = {"ours": [], "ours_full": [], "trafilatura": []}
    for page in pages:
        source = page.read_text(encoding="utf-8", errors="replace")
        expected = page.with_suffix(".txt").read_text(encoding="utf-8")
        briefing = html.parse(source, page.name)
        row = {
            "ours": score(article_text(briefing), expected),
            "ours_full": score(to_text(briefing), expected),
            "trafilatura": score(library_text(source), expected),
        }
        for key, value in row.items():
            results[key].append(value)
        if args.verbose:
            print(f"{page.stem:40} {part_of(page.stem):6} ours P {row['ours'][0]:.3f} R {row['ours'][1]:.3f} "
                  f"F1 {row['ours'][2]:.3f}  trafilatura F1 {row['trafilatura'][2]:.3f}")
    names = [p.stem for p in pages]
    for part in ("all", "tuning", "blind"):
        chosen = [i for i, name in enumerate(names) if part == "all" or part_of(name) == part]
        if not chosen or (part != "all" and args.part != "all"):
            continue
        suffix = "" if part == "all" else f"_{part}"
        for key, rows in results.items():
            p, r, f = (statistics.mean(rows[i][n] for i in chosen) for n in range(3))
            print(json.dumps({"name": f"html_f1_{key}{suffix}", "value": round(f, 4), "unit": "F1",
                              "precision": round(p, 4), "recall": round(r, 4), "pages": len(chosen)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
