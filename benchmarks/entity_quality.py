"""Entity quality: typed precision, recall and F1 on each development briefing.

    python benchmarks/entity_quality.py                 # tests/fixtures/entities
    python benchmarks/entity_quality.py --set holdout   # tests/fixtures/entities_holdout
    python benchmarks/entity_quality.py --set blind     # tests/fixtures/entities_blind (never tuned on)
    python benchmarks/entity_quality.py --set gum-dev   # GUM news (Wikinews), the part tuned on
    python benchmarks/entity_quality.py --set gum-blind # GUM news, the part never tuned on
    python benchmarks/entity_quality.py --set news-dev  # /work/localsets/news-entities/dev (local, when present)
    python benchmarks/entity_quality.py --set news-blind # /work/localsets/news-entities/blind (never tuned on)
    python benchmarks/entity_quality.py --dir PATH      # any folder of NAME.txt + NAME.gold.json
    python benchmarks/entity_quality.py --set all       # one summary line per set
    python benchmarks/entity_quality.py -v              # also what was missed or wrong

The figure is the one ../shared/tools/entity_score.py computes: distinct entities, a
prediction counts when its name or an alias matches the gold name or an alias (normalised)
with the right coarse type; gold entries marked optional count neither way. A gold file
with "scored_types" (the GUM sets: person, organization, place) scores only predictions of
those types (or of a type the matching gold entry accepts), and its entries of other types
are not required (a prediction of a scored type that matches one counts as wrong). Per set: the mean of the documents' F1 and the micro
figures (counts summed over documents).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_tui.core.entities import extract_entities  # noqa: E402
from briefing_tui.core.export import to_dict  # noqa: E402
from briefing_tui.core.parsing import load_briefing  # noqa: E402

COARSE = {
    "person": "PER", "PERSON": "PER", "organization": "ORG", "ORG": "ORG", "place": "LOC", "GPE": "LOC",
    "LOC": "LOC", "FAC": "LOC", "group": "NORP", "NORP": "NORP", "date": "DATE", "DATE": "DATE",
    "TIME": "DATE", "number": "NUM", "CARDINAL": "NUM", "QUANTITY": "NUM", "PERCENT": "NUM", "MONEY": "NUM",
    "ORDINAL": "NUM", "other": "MISC", "EVENT": "MISC", "LAW": "MISC", "WORK_OF_ART": "MISC",
    "PRODUCT": "MISC", "LANGUAGE": "MISC", "MISC": "MISC",
}


def norm(text: str) -> str:
    """Normalise a name for matching: case, quotes, dashes, articles, possessive."""
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2014", " "), ("\u2013", "-")):
        text = text.replace(a, b)
    text = re.sub(r"\s+", " ", text).strip().strip(" \"'.,;:()[]")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^(the|an|a)\s+", "", text, flags=re.I)
    return text.casefold().strip()


def score(gold: list[dict], predicted: list[dict], scored_types: list[str] | None = None) -> dict:
    """Typed P/R/F1 over distinct entities, with what was missed and what was wrong."""
    scored = {COARSE[t] for t in scored_types} if scored_types else None
    entries = [
        {
            "name": g["name"],
            "keys": {norm(g["name"])} | {norm(a) for a in g.get("aliases", [])},
            "types": {COARSE[g["type"]]} | {COARSE[t] for t in g.get("alt_types", [])},
            "optional": bool(g.get("optional")),
        }
        for g in gold
    ]
    required = [g for g in entries if not g["optional"] and (scored is None or g["types"] & scored)]
    found, counted, right, wrong = set(), 0, 0, []
    for p in predicted:
        keys = ({norm(p["name"])} | {norm(a) for a in p.get("aliases", [])}) - {""}
        match = next((g for g in entries if g["keys"] & keys), None)
        if match is not None and match["optional"]:
            continue
        kind = COARSE.get(p["type"], "MISC")
        if scored is not None and kind not in scored and not (match is not None and kind in match["types"]):
            continue  # a type the set does not score, unless the gold accepts it there ("Muslims", a group)
        counted += 1
        if match is not None and COARSE.get(p["type"], "MISC") in match["types"]:
            right += 1
            found.add(match["name"])
        else:
            wrong.append(f"{p['name']}[{p['type']}]")
    precision = right / counted if counted else 0.0
    recall = len(found) / len(required) if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    missed = [g["name"] for g in required if g["name"] not in found]
    return {
        "p": precision, "r": recall, "f1": f1, "missed": missed, "wrong": wrong,
        "right": right, "counted": counted, "found": len(found), "required": len(required),
    }


def evaluate(folder: Path) -> list[tuple[str, dict]]:
    """Score every briefing in a folder that has a NAME.gold.json beside it."""
    results = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        source = next(p for p in folder.glob(stem + ".*") if not p.name.endswith(".json"))
        briefing = load_briefing(source)
        predicted = to_dict(briefing, extract_entities(briefing))["entities"]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        results.append((stem, score(gold["entities"], predicted, gold.get("scored_types"))))
    return results


def micro(results: list[tuple[str, dict]]) -> tuple[float, float, float]:
    """P, R, F1 with the counts summed over documents."""
    right = sum(r["right"] for _, r in results)
    counted = sum(r["counted"] for _, r in results)
    found = sum(r["found"] for _, r in results)
    required = sum(r["required"] for _, r in results)
    p = right / counted if counted else 0.0
    r = found / required if required else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


FIXTURES = ROOT / "tests" / "fixtures"
# Real news pages may not be committed: their gold sets live outside the repository.
LOCAL = Path("/work/localsets/news-entities")
SETS = {
    "dev": FIXTURES / "entities", "holdout": FIXTURES / "entities_holdout",
    "blind": FIXTURES / "entities_blind", "gum-dev": FIXTURES / "entities_gum_dev",
    "gum-blind": FIXTURES / "entities_gum_blind",
    "news-dev": LOCAL / "dev", "news-blind": LOCAL / "blind",
}


def present(folder: Path) -> bool:
    """Whether a folder holds at least one gold file."""
    return folder.is_dir() and any(folder.glob("*.gold.json"))


def summary(name: str, results: list[tuple[str, dict]]) -> str:
    """One line: the micro P/R/F1 and the mean F1 of a set."""
    p, r, f1 = micro(results)
    mean = sum(x["f1"] for _, x in results) / len(results)
    return f"{name:10s} micro P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   mean F1 {mean:.3f}  ({len(results)} documents)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=(*SETS, "all"), default="dev")
    parser.add_argument("--dir", type=Path, help="score this folder of NAME.txt + NAME.gold.json instead of a set")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.set == "all" and args.dir is None:
        for name, folder in SETS.items():
            if present(folder):
                print(summary(name, evaluate(folder)))
        return
    folder = args.dir if args.dir is not None else SETS[args.set]
    if not present(folder):
        print(f"entity_quality: no NAME.gold.json files in {folder}", file=sys.stderr)
        raise SystemExit(2)
    results = evaluate(folder)
    for name, result in results:
        print(f"{name:42s} P {result['p']:.3f}  R {result['r']:.3f}  F1 {result['f1']:.3f}")
        if args.verbose:
            print("    missed:", "; ".join(result["missed"]) or "-")
            print("    wrong: ", "; ".join(result["wrong"]) or "-")
    if results:
        mean = sum(r["f1"] for _, r in results) / len(results)
        print(f"{'mean':42s} F1 {mean:.3f}  ({len(results)} briefings)")
        p, r, f1 = micro(results)
        print(f"{'micro':42s} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
