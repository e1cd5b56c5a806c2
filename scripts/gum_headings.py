"""Build the heading-quality sets from a checkout of the GUM corpus (amir-zeldes/gum).

    python scripts/gum_headings.py PATH/TO/gum [SET]    # every set, or only SET (dev3-nc)

Reads each document's CoNLL-U file (`dep/*.conllu`): its `# newpar_block` comments say
which paragraphs are headings, captions, list items or table cells, its `# text` lines give
the sentences as written. Writes the text of each freely licensed document (Wikinews news and
interviews, CC BY 2.5; Wikivoyage and Wikipedia biographies, CC BY-SA 3.0; academic
abstracts, CC BY 4.0) as a plain-text article in one of five everyday shapes (paragraphs between blank lines, one
line each, YAML front matter, a Markdown title, no headline at all), and the true
sub-headings to `gold.json`. Half of each of those genres is the development set, half the
blind set (never tuned on), chosen by a hash of the name so reruns give the same split.
Other genres (textbooks, speeches, court hearings, and GENTLE's syllabi, proofs, dictionary
entries, poems and a court opinion) all go to a second development set, `dev2`; how-to
guides, essays and letters, under non-commercial licences, go to `dev2-nc`, which is built
here for development and never committed; so is `dev3-nc` (fiction, podcasts, conversations,
vlogs, game commentary and court opinions quoting threats), texts with few headings and many
short lines, quotations and turns of talk, to find what wrongly becomes a heading.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

GENRES = {
    "news": "Wikinews, CC BY 2.5",
    "interview": "Wikinews, CC BY 2.5",
    "voyage": "Wikivoyage, CC BY-SA 3.0",
    "bio": "Wikipedia, CC BY-SA 3.0",
    "academic": "CC BY 4.0 (see the source address)",
}
# More kinds of text, all in the second development set: the blind set stays as it was.
DEV2 = {
    "textbook": "OpenStax, Rebus Community and OERTX textbooks, CC BY 4.0",
    "speech": "public speeches: US government works in the public domain, or see the source address",
    "court": "court hearings, CC BY 4.0 (see the source address)",
    "syllabus": "course syllabi published on GitHub under open licences (see the source address)",
    "proof": "ProofWiki, CC BY-SA 3.0",
    "dictionary": "Wiktionary, CC BY-SA 3.0",
    "poetry": "Wikisource, public domain",
    "legal": "Wikisource, public domain",
}
# Non-commercial licences (CC BY-NC-SA): built on this machine for development, never committed.
DEV2_NC = {
    "whow": "wikiHow, CC BY-NC-SA 3.0",
    "essay": "Open Washington Pressbooks, CC BY-NC-SA 4.0",
    "letter": "letters from public archives, CC BY-NC-SA 4.0",
}
# Kinds with few or no headings, full of short lines, quotations and turns of talk: a third
# development set for wrong headings, built on this machine only (non-commercial, no-derivative
# or unstated licences), never committed.
DEV3_NC = {
    "fiction": "Small Beer Press and other sources, CC BY-NC-SA 3.0",
    "podcast": "podcasts, CC BY-NC-SA 4.0",
    "conversation": "Santa Barbara Corpus of Spoken American English, CC BY-ND 3.0",
    "vlog": "YouTube videos (see the source address)",
    "esports": "YouTube commentary (see the source address)",
    "threat": "US court opinions (see the source address)",
}
# GENTLE documents whose source licence is clear (medical notes and videos are left out).
GENTLE_KEEP = ("GENTLE_syllabus_", "GENTLE_proof_", "GENTLE_dictionary_", "GENTLE_poetry_", "GENTLE_legal_abortion")
GENTLE_LOCAL = ("GENTLE_esports_", "GENTLE_threat_")
SHAPES = ("blank", "lines", "front_matter", "markdown", "untitled")
OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "headings"


def blocks_of(conllu: str, numbers: bool = False) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The document's metadata and its paragraphs as (kind, text).

    numbers: an ordered list's items keep their number ("1. Fill a pot"); else they are
    bulleted (the first sets were built so).
    """
    meta: dict[str, str] = {}
    paragraphs: list[list] = []
    for line in conllu.split("\n"):
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::"):].partition(" = ")
            meta[key] = value
        elif line.startswith("# newpar_block = "):
            block = line[len("# newpar_block = "):]
            parts = [p.strip().split()[0] for p in block.split("|")]
            kind = "p"
            number = re.search(r'item n:::"(\w{1,3})"', block) if numbers else None
            for part in parts:
                if part in ("head", "caption", "item", "cell", "quote", "sp"):
                    kind = part if part != "sp" else kind
            if "sp" in parts:
                kind = "turn"  # an interview's turn: a question standing alone may head the answer
            if kind == "item" and number:
                kind = "item " + number.group(1)
            paragraphs.append([kind, []])
        elif line.startswith("# text = "):
            if not paragraphs:
                paragraphs.append(["p", []])
            paragraphs[-1][1].append(line[len("# text = "):])
    out = []
    for kind, sentences in paragraphs:
        if not sentences:
            continue
        text = " ".join(sentences)
        if kind == "turn":
            kind = "question" if len(sentences) == 1 and text.endswith("?") else "p"
        out.append((kind, text))
    return meta, out


def render(name: str, meta: dict[str, str], blocks: list[tuple[str, str]], shape: str) -> tuple[str, dict]:
    title_at = next((i for i, (kind, _) in enumerate(blocks) if kind == "head"), None)
    title = blocks[title_at][1] if title_at == 0 else None
    body = blocks[1:] if title is not None else blocks
    if shape == "untitled":
        title = None  # as pasted from below the headline
    lines: list[str] = []
    gold = {"title": title, "headings": [], "optional": [], "lede": None, "shape": shape}
    for kind, text in body:
        if kind == "head":
            gold["headings"].append(text)
        elif kind in ("question", "cell"):
            # A question standing alone in an interview, or a table cell: either way.
            gold["optional"].append(text)
        elif kind == "p" and gold["lede"] is None and len(text.split()) >= 8:
            gold["lede"] = text
        if kind.startswith("item "):
            number = kind[5:]
            # An item whose text already starts with its number keeps it once.
            lines.append(text if re.match(rf"{re.escape(number)}\b", text) else f"{number}. {text}")
        else:
            lines.append("- " + text if kind == "item" else text)
    if shape == "lines":
        text = "\n".join(([title] if title else []) + lines)
    elif shape == "front_matter":
        head = f"---\ntitle: \"{title}\"\nsource: {meta.get('sourceURL', '')}\n---\n\n" if title else ""
        text = head + "\n\n".join(lines)
    elif shape == "markdown":
        text = (f"# {title}\n\n" if title else "") + "\n\n".join(lines)
    else:
        text = "\n\n".join(([title] if title else []) + lines)
    return text + "\n", gold


def main(root: Path, only: str | None = None) -> None:
    """Write every set, or with `only` just that one (the others stay as they are)."""
    gold: dict[str, dict[str, dict]] = {"dev": {}, "blind": {}, "dev2": {}, "dev2-nc": {}, "dev3-nc": {}}
    attributions: list[str] = []
    documents = sorted((root / "dep").glob("GUM_*.conllu")) + sorted(
        path for path in (root / "dep").glob("GENTLE_*.conllu") if path.stem.startswith(GENTLE_KEEP + GENTLE_LOCAL)
    )
    for conllu in documents:
        genre = conllu.stem.split("_")[1]
        licences = next((kinds for kinds in (GENRES, DEV2, DEV2_NC, DEV3_NC) if genre in kinds), {})
        if genre not in licences:
            continue
        meta, blocks = blocks_of(conllu.read_text(encoding="utf-8"), numbers=licences is not GENRES)
        digest = int(hashlib.sha1(conllu.stem.encode()).hexdigest(), 16)
        if licences is GENRES:
            part = "dev" if digest % 2 == 0 else "blind"
        else:
            part = {id(DEV2): "dev2", id(DEV2_NC): "dev2-nc", id(DEV3_NC): "dev3-nc"}[id(licences)]
        if only is not None and part != only:
            continue
        shape = SHAPES[(digest // 2) % len(SHAPES)]
        text, doc_gold = render(conllu.stem, meta, blocks, shape)
        name = conllu.stem.split("_", 1)[1] + ".txt"
        (OUT / part).mkdir(parents=True, exist_ok=True)
        (OUT / part / name).write_text(text, encoding="utf-8")
        gold[part][name] = doc_gold
        if not part.endswith("-nc"):
            attributions.append(
                f"- `{part}/{name}`: \"{meta.get('title', '')}\", {meta.get('author', '')}, "
                f"{meta.get('sourceURL', '')} ({licences[genre]})"
            )
    for part in gold if only is None else (only,):
        (OUT / part / "gold.json").write_text(json.dumps(gold[part], indent=1, ensure_ascii=False) + "\n")
    if only is not None:
        return
    (OUT / "ATTRIBUTION.md").write_text(
        "# Sources of the heading-quality texts\n\n"
        "Texts of the GUM corpus and of its GENTLE test set (Zeldes 2017, https://github.com/amir-zeldes/gum; annotations\n"
        "CC BY 4.0), each under its source's licence, named below. The texts are as GUM has them,\n"
        "laid out again as plain text by `scripts/gum_headings.py`; headings, captions and list\n"
        "items are marked by GUM's annotators, not by us.\n\n" + "\n".join(attributions) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)
