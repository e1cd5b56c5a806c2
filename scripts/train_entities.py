"""Train the learned check on names (briefing_tui/core/entities/learned.py).

    pip install python-crfsuite          # only to train; the reader needs nothing more
    python scripts/train_entities.py PATH_TO_GUM     # a checkout, or its bare git directory

Training text: the documents of the GUM corpus (github amir-zeldes/gum; annotations CC BY
4.0) whose texts are freely licensed without a non-commercial clause: academic (CC BY 4.0),
biographies and travel guides (Wikipedia, Wikivoyage: CC BY-SA 3.0), court transcripts
(CC BY 4.0), Wikinews news and interviews (CC BY 2.5). The news documents of our GUM
development and blind sets (tests/fixtures/entities_gum_*) are left out, so that both stay
measurements of text the model never saw.

For each document, scripts/gum_to_gold.py gives the text and its named entities; the rules
(without the model) find the entities of that text; each entity the rules type as a person,
organisation, place or other name is one example, labelled with the GUM type of the named
entity it matches (as the scorer matches: name or alias, normalised), or "none". The model is
a maximum-entropy classifier: python-crfsuite's CRF trained on one-item sequences, its
weights written to data/entity_model.json (sources: data/ATTRIBUTION-entity-model.md).

The weights of its L1 and L2 penalties (--c1, --c2) were chosen by --cv: five-fold
cross-validation over the training documents (all of one document in one fold), never on
a measuring set. On GUM the accuracy barely moves, between 0.44 and 0.45 over c1 0-1 and
c2 0.001-1; the defaults (c1 0.1, c2 0.01) are among the best and keep the model small.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from briefing_tui.core.entities import find_mentions  # noqa: E402
from briefing_tui.core.entities.gazetteer import load_gazetteer  # noqa: E402
from briefing_tui.core.entities.learned import MODEL, NONE, features, guessed, lower_words_of  # noqa: E402
from briefing_tui.core.entities.merge import merge  # noqa: E402
from briefing_tui.core.parsing import parse_text  # noqa: E402
from entity_quality import norm  # noqa: E402
from gum_to_gold import convert  # noqa: E402

GENRES = ("academic", "bio", "court", "interview", "news", "voyage")
HELD_OUT = [ROOT / "tests" / "fixtures" / "entities_gum_dev", ROOT / "tests" / "fixtures" / "entities_gum_blind"]
LABELS = {"person": "person", "organization": "organization", "place": "place", "other": "other", "group": "group"}


def read_documents(gum: Path) -> dict[str, str]:
    """CoNLL-U text of the training documents by name, from a checkout or a bare git directory."""
    held_out = {p.name[: -len(".gold.json")] for folder in HELD_OUT for p in folder.glob("*.gold.json")}

    def wanted(name: str) -> bool:
        parts = name.split("_")
        return len(parts) > 2 and parts[0] == "GUM" and parts[1] in GENRES and name not in held_out

    folder = gum / "dep"
    if folder.is_dir():
        return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("GUM_*.conllu")) if wanted(p.stem)}
    listing = subprocess.run(
        ["git", "--git-dir", str(gum), "ls-tree", "--name-only", "HEAD", "dep/"], capture_output=True, text=True, check=True
    ).stdout.split()
    documents = {}
    for path in sorted(listing):
        name = Path(path).stem
        if path.endswith(".conllu") and wanted(name):
            documents[name] = subprocess.run(
                ["git", "--git-dir", str(gum), "show", f"HEAD:{path}"], capture_output=True, text=True, check=True
            ).stdout
    return documents


def examples(text: str, gold: dict, source: str = "document.txt") -> list[tuple[list[str], str]]:
    """(features, label) of every entity the rules find in one document with its gold."""
    types: dict[str, str] = {}
    for entry in gold["entities"]:
        label = "optional" if entry.get("optional") else LABELS.get(entry["type"], NONE)
        for form in (entry["name"], *entry.get("aliases", ())):
            types.setdefault(norm(form), label)
    briefing = parse_text(text, source)
    texts = [s.text for s in briefing.sections]
    found = find_mentions(briefing)
    guesses = {(f.section, f.start) for f in found if f.guess}
    entities = merge(found, texts)
    gazetteer = load_gazetteer()
    lower_words = lower_words_of(texts)
    out = []
    for entity in entities:
        if not guessed(entity, guesses):
            continue
        keys = [norm(entity.name), *(norm(a) for a in entity.aliases)]
        label = next((types[k] for k in keys if k in types), NONE)
        if label == "optional":
            continue
        out.append((features(entity, texts, gazetteer, lower_words), label))
    return out


def train(data: list[tuple[list[str], str]], c1: float, c2: float) -> tuple[list[str], dict[str, list[float]]]:
    """Labels and weights per feature."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, label in data:
        trainer.append(pycrfsuite.ItemSequence([feats]), [label])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 300, "feature.possible_transitions": False})
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    labels = sorted(info.labels)
    weights: dict[str, list[float]] = {}
    for (feature, label), weight in info.state_features.items():
        weights.setdefault(feature, [0.0] * len(labels))[labels.index(label)] = round(weight, 4)
    return labels, {f: w for f, w in sorted(weights.items()) if any(w)}


def accuracy(labels: list[str], weights: dict[str, list[float]], data: list[tuple[list[str], str]]) -> float:
    right = 0
    for feats, label in data:
        sums = [0.0] * len(labels)
        for f in feats:
            for i, w in enumerate(weights.get(f, ())):
                sums[i] += w
        right += labels[sums.index(max(sums))] == label
    return right / len(data) if data else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gum", type=Path, help="a GUM checkout, or its bare git directory")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--c1", type=float, default=0.1, help="L1 weight (makes the model small)")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    parser.add_argument("--drop-above", type=float, default=1.01, help="certainty of 'no name' that drops an entity (above 1: never)")
    parser.add_argument("--retype-above", type=float, default=0.7, help="certainty of another type that retypes")
    parser.add_argument("--also", type=Path, nargs="*", default=[], help="folders of NAME.txt + NAME.gold.json to train on too")
    parser.add_argument("--check", action="store_true", help="also report accuracy on a fifth of the documents held out")
    parser.add_argument("--cv", action="store_true", help="report five-fold cross-validated accuracy for a grid of c1 and c2, then stop")
    args = parser.parse_args()
    documents = read_documents(args.gum)
    if not documents:
        sys.exit("no GUM documents found")
    per_document = {name: examples(*convert(conllu)[:2]) for name, conllu in documents.items()}
    for folder in args.also:
        for gold_path in sorted(folder.glob("*.gold.json")):
            stem = gold_path.name[: -len(".gold.json")]
            source = next(p for p in folder.glob(stem + ".*") if not p.name.endswith(".json"))
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            per_document[f"{folder.name}/{stem}"] = examples(source.read_text(encoding="utf-8"), gold, source.name)
    data = [e for name in sorted(per_document) for e in per_document[name]]
    print(f"{len(documents)} documents, {len(data)} entities: {dict(Counter(label for _, label in data))}")
    if args.cv:
        names = sorted(per_document)
        random.Random(0).shuffle(names)
        folds = [set(names[i::5]) for i in range(5)]
        for c1 in (0.0, 0.05, 0.1, 0.3, 1.0):
            for c2 in (0.001, 0.01, 0.1, 1.0):
                right = 0
                for fold in folds:
                    labels, weights = train([e for n in names if n not in fold for e in per_document[n]], c1, c2)
                    held = [e for n in fold for e in per_document[n]]
                    right += round(accuracy(labels, weights, held) * len(held))
                print(f"c1 {c1:<5} c2 {c2:<6} cross-validated accuracy {right / len(data):.3f}")
        return
    if args.check:
        names = sorted(per_document)
        random.Random(0).shuffle(names)
        test = set(names[: len(names) // 5])
        labels, weights = train([e for n in names if n not in test for e in per_document[n]], args.c1, args.c2)
        held = [e for n in test for e in per_document[n]]
        baseline = sum(label == feats[1][len("rule=") :] for feats, label in held) / len(held)
        print(f"held-out accuracy {accuracy(labels, weights, held):.3f} (the rules' types alone: {baseline:.3f})")
    labels, weights = train(data, args.c1, args.c2)
    model = {
        "about": "Trained by scripts/train_entities.py on GUM (annotations CC BY 4.0; texts see data/ATTRIBUTION-entity-model.md).",
        "documents": len(documents),
        "labels": labels,
        "drop_above": args.drop_above,
        "retype_above": args.retype_above,
        "weights": weights,
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(weights)} features written to {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
