"""Heading quality on real articles read as plain text: sub-headings found, wrong, ledes kept.

    python benchmarks/heading_quality.py                # both sets, one line each
    python benchmarks/heading_quality.py --set blind -v # the blind set, with every miss and error

Sets (folders under benchmarks/headings): `dev` and `blind`, GUM corpus news, interviews,
travel guides, biographies and abstracts (see ATTRIBUTION.md), rebuilt by
`scripts/gum_headings.py`; `dev2`, other GUM and GENTLE genres (textbooks, speeches,
hearings, syllabi, proofs, dictionary entries, poems) and `dev2-nc` (how-to guides, essays,
letters; built locally, never committed) and `dev3-nc` (fiction, podcasts, conversations,
vlogs, court opinions: few headings, many short lines; local only) from the same script;
`web-dev`, the articles of the tuning half of Readability's test pages read as text (local
only, `scripts/web_headings.py`); `gov-dev` and `gov-blind`,
`gov-dev2` (sixty more of the development half) and `gov-dev3` (the rest of it), posts of the 18F blog (US government,
public domain; ATTRIBUTION-18F.md), rebuilt by
`scripts/gov_headings.py`. The blind sets are never tuned on: read only their summary line.
`HEADING_SETS=DIR` reads the sets under DIR instead; a set of saved pages (NAME.html, its
gold.json keyed by them) is scored as the pages are read (local only: news pages are not
ours to commit). `gold.json` beside the texts holds the true headings. A heading
is found when a section's heading equals a gold heading (case, spacing and a trailing colon
or full stop aside); a section heading that is neither a gold heading nor an optional line
(an interviewer's question, a table cell) is wrong. A lede is kept when the first paragraph
of eight words or more stands whole in the sections' text, not only in the title.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_tui.core.parsing import load_briefing  # noqa: E402

SETS = Path(os.environ.get("HEADING_SETS", ROOT / "benchmarks" / "headings"))


def norm(text: str) -> str:
    return " ".join(text.split()).rstrip(":.").strip().lower()


def score(part: str, verbose: bool = False) -> dict:
    gold = json.loads((SETS / part / "gold.json").read_text(encoding="utf-8"))
    totals = {"found": 0, "total": 0, "wrong": 0, "ledes": 0, "ledes_total": 0, "titles": 0, "docs": 0}
    for name, want in sorted(gold.items()):
        briefing = load_briefing(SETS / part / name)
        headings = [s.heading for s in briefing.sections if s.heading]
        wanted = {norm(h) for h in want["headings"]}
        optional = {norm(h) for h in want["optional"]}
        got = [norm(h) for h in headings]
        found = wanted & set(got)
        wrong = [h for h, n in zip(headings, got) if n not in wanted and n not in optional]
        missed = [h for h in want["headings"] if norm(h) not in found]
        body = " ".join(" ".join(s.text.split()) for s in briefing.sections)
        lede_kept = want["lede"] is None or " ".join(want["lede"].split()) in body
        totals["docs"] += 1
        totals["found"] += len(found)
        totals["total"] += len(wanted)
        totals["wrong"] += len(wrong)
        totals["ledes"] += int(lede_kept) if want["lede"] else 0
        totals["ledes_total"] += 1 if want["lede"] else 0
        totals["titles"] += int(norm(briefing.title or "") == norm(want["title"] or ""))
        if verbose and (missed or wrong or not lede_kept):
            print(f"  {name} [{want['shape']}]")
            for h in missed:
                print(f"    missed: {h}")
            for h in wrong:
                print(f"    wrong:  {h}")
            if not lede_kept:
                print(f"    lede lost: {want['lede'][:70]}")
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="all", help="dev, blind, all, or a folder name under HEADING_SETS")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    for part in ("dev", "blind") if args.set == "all" else (args.set,):
        t = score(part, args.verbose)
        share = t["found"] / t["total"] if t["total"] else 1.0
        print(
            f"{part}: headings found {t['found']}/{t['total']} ({share:.0%}), wrong {t['wrong']}, "
            f"ledes kept {t['ledes']}/{t['ledes_total']}, titles right {t['titles']}/{t['docs']}"
        )


if __name__ == "__main__":
    main()
