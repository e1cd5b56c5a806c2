"""Convert the news documents of the GUM corpus into briefings with entity gold.

    python scripts/gum_to_gold.py PATH_TO_GUM            # a checkout, or a bare git directory
    python scripts/gum_to_gold.py PATH_TO_GUM --out tests/fixtures

GUM (Georgetown University Multilayer corpus, github amir-zeldes/gum) annotates every
mention of every entity with a type and coreference. Its news documents are Wikinews
articles (texts CC BY 2.5, annotations CC BY 4.0). For each document this writes
`GUM_news_NAME.txt` (title line, then one paragraph per GUM paragraph) and
`GUM_news_NAME.gold.json` in our gold format (see tests/fixtures/entities/README.md):

- A mention is *named* when its syntactic head is a proper noun (NNP, NNPS), or has one in
  apposition ("English captain Harry Kane"). Its name is the head's subtree when that is
  all capitalised words and connectors ("University of Southern Indiana"; never a
  coordination: "X and the Y" are two names), else the proper
  nouns joined to the head ("Hamdullah Mohib" in "Afghan Ambassador to the United States
  Hamdullah Mohib").
- One gold entity per coreference chain that has a named mention; its name is the longest
  named form, the other named forms are aliases. A leading title ("President") also gives
  the form without it.
- Types: GUM person, organization and place map to ours; these are the scored types
  ("scored_types"). Named chains of other GUM types (events, objects, abstract things)
  are listed with type "other", so that a prediction of a person, organisation or place for
  them counts as wrong, but they are not required.
- Mentions in the title line are left out (the title is not body text).

Every second document in name order goes to the blind set (never tuned on), the others to
the development set: tests/fixtures/entities_gum_dev and tests/fixtures/entities_gum_blind.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES = {"person": "person", "organization": "organization", "place": "place"}
CONNECTORS = {"of", "and", "&", "de", "-", "for", "del", "da", "von", "van"}
TITLES_FILE = ROOT / "briefing_tui" / "core" / "entities" / "data" / "gazetteer.json"

ATTRIBUTION = """# GUM news documents ({part})

{count} news documents of the GUM corpus (Georgetown University Multilayer corpus,
Zeldes 2017, https://github.com/amir-zeldes/gum), converted by `scripts/gum_to_gold.py`.

- Texts: Wikinews articles, licensed CC BY 2.5
  (https://creativecommons.org/licenses/by/2.5/; source URLs below and in each gold file).
  Attribution: Wikinews contributors.
- Annotations (entities, types, coreference) from which the gold is derived: the GUM
  annotators, licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
  Zeldes, Amir (2017) "The GUM Corpus: Creating Multilayer Resources in the Classroom".
  Language Resources and Evaluation 51(3), 581-612.

{role}

Scored types: person, organization, place (named mentions only; see the script's docstring
for how a named mention and its name are found).

| file | source |
|---|---|
{rows}
"""

ROLES = {
    "dev": "This is the development part: the extractor may be tuned on it.",
    "blind": "This is the blind part: never tune the extractor on it; report it as held out.",
}


@dataclass
class Token:
    id: int
    form: str
    upos: str
    head: int
    xpos: str = ""
    deprel: str = ""
    start: int = 0
    end: int = 0


@dataclass
class Mention:
    entity: str  # document-wide chain id
    etype: str
    identity: str
    tokens: list[Token] = field(default_factory=list)


def read_documents(gum: Path) -> dict[str, str]:
    """The news documents' CoNLL-U text by name, from a checkout or a bare git directory."""
    folder = gum / "dep"
    if folder.is_dir():
        return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("GUM_news_*.conllu"))}
    listing = subprocess.run(
        ["git", "--git-dir", str(gum), "ls-tree", "--name-only", "HEAD", "dep/"], capture_output=True, text=True, check=True
    ).stdout.split()
    documents = {}
    for path in sorted(p for p in listing if Path(p).name.startswith("GUM_news_")):
        documents[Path(path).stem] = subprocess.run(
            ["git", "--git-dir", str(gum), "show", f"HEAD:{path}"], capture_output=True, text=True, check=True
        ).stdout
    return documents


ENTITY_PART = re.compile(r"\((\d+)-([a-z]+)-([^()]*)(\))?(?=\(|\d+\)|$)|(\d+)\)")


def convert(conllu: str) -> tuple[str, dict, str]:
    """(text, gold, source URL) of one GUM document."""
    meta: dict[str, str] = {}
    paragraphs: list[list[list[Token]]] = []  # paragraph -> sentences -> tokens
    sentence: list[Token] = []
    mentions: list[Mention] = []
    open_mentions: dict[str, list[Mention]] = {}
    spaces: dict[int, bool] = {}  # id(token) -> space after
    multiword_end = 0
    multiword_space = True
    for line in conllu.splitlines():
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::") :].partition(" = ")
            meta[key] = value
        elif line.startswith("# newpar"):
            if line.startswith("# newpar_block") or line == "# newpar":
                if line == "# newpar" or not paragraphs or paragraphs[-1]:
                    paragraphs.append([])
        elif line.startswith("# sent_id"):
            sentence = []
            multiword_end = 0
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(sentence)
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "." in cols[0]:
                continue  # an empty node of the enhanced graph
            misc = cols[9]
            if "-" in cols[0]:
                first, last = map(int, cols[0].split("-"))
                multiword_end = last
                multiword_space = "SpaceAfter=No" not in misc
                sentence.append(Token(-first, cols[1], "MWT", -1))  # shown form, not a word
                spaces[id(sentence[-1])] = multiword_space
                continue
            token = Token(int(cols[0]), cols[1], cols[3], int(cols[6]), cols[4], cols[7].split(":")[0])
            sentence.append(token)
            spaces[id(token)] = "SpaceAfter=No" not in misc
            if token.id <= multiword_end:
                token.upos = "PART_OF:" + token.upos  # the multiword line carries the text
            for stack in open_mentions.values():
                for mention in stack:
                    mention.tokens.append(token)
            for item in misc.split("|"):
                if not item.startswith("Entity="):
                    continue
                for match in ENTITY_PART.finditer(item[len("Entity=") :]):
                    if match.group(1):
                        fields = match.group(3).split("-")
                        identity = fields[5] if len(fields) > 5 else ""
                        mention = Mention(match.group(1), match.group(2), identity, [token])
                        mentions.append(mention)
                        if not match.group(4):
                            open_mentions.setdefault(match.group(1), []).append(mention)
                    else:
                        open_mentions[match.group(5)].pop()
    # Text: the title, then paragraphs; offsets of every word.
    title = meta.get("title", "").strip()
    body_start = 0
    first_sentence = paragraphs[0][0] if paragraphs and paragraphs[0] else []
    if first_sentence and " ".join(t.form for t in first_sentence if t.form).replace(" ", "") == title.replace(" ", ""):
        body_start = 1  # the heading sentence is the title
    parts = [title, ""]
    offset = len(title) + 2
    title_tokens: set[int] = set()
    sentences = [s for p in paragraphs for s in p]
    for t in sentences[0] if body_start else ():
        title_tokens.add(id(t))
    count = 0
    for paragraph in paragraphs:
        pieces = []
        for s in paragraph:
            count += 1
            if count <= body_start:
                continue
            pieces.append(s)
        if not pieces:
            continue
        line = ""
        for s in pieces:
            if line and not line.endswith(" "):
                line += " "
            multiword: Token | None = None
            for index, t in enumerate(s):
                if t.upos == "MWT":
                    multiword = t
                    multiword_cursor = 0
                    t.start = offset + len(line)
                    line += t.form
                    t.end = offset + len(line)
                    if spaces[id(t)]:
                        line += " "
                    continue
                if t.upos.startswith("PART_OF:") and multiword is not None:
                    # A word inside a multiword token ("Trump" of "Trump's"): its own characters.
                    t.upos = t.upos[len("PART_OF:") :]
                    found = line[multiword.start - offset : multiword.end - offset]
                    at = found.find(t.form, multiword_cursor)
                    if at < 0:
                        t.start, t.end = multiword.start, multiword.end
                    else:
                        t.start, t.end = multiword.start + at, multiword.start + at + len(t.form)
                        multiword_cursor = at + len(t.form)
                    continue
                if t.form == "-" and line.endswith(" ") and line[-2:-1].isalnum() and index + 1 < len(s) and s[index + 1].form[:1].isalnum():
                    # Older GUM documents split "six-member" into "six - member": the
                    # Wikinews text has one word.
                    line = line[:-1]
                    spaces[id(t)] = False
                t.start = offset + len(line)
                line += t.form
                t.end = offset + len(line)
                if spaces[id(t)]:
                    line += " "
        line = line.rstrip()
        parts.append(line)
        parts.append("")
        offset += len(line) + 2
    text = "\n".join(parts).rstrip() + "\n"
    gold = build_gold(text, mentions, title_tokens)
    gold["source"] = meta.get("sourceURL", "")
    return text, gold, meta.get("sourceURL", "")


def titles() -> set[str]:
    data = json.loads(TITLES_FILE.read_text(encoding="utf-8"))
    return {t.lower() for t in data.get("person_titles", ())}


def _proper(token: Token) -> bool:
    return token.xpos in ("NNP", "NNPS")


def name_of(mention: Mention, text: str, title_words: set[str]) -> list[str]:
    """The named forms of a mention (the name, and without a leading title), or []."""
    tokens = [t for t in mention.tokens if t.upos != "MWT"]
    ids = {t.id for t in tokens}
    heads = [t for t in tokens if t.head not in ids]
    if not heads:
        return []
    head = heads[0]
    if not _proper(head):
        # "English captain Harry Kane", "defender Kyle Walker": the name beside the head noun.
        beside = [t for t in tokens if t.head == head.id and t.deprel in ("appos", "flat") and _proper(t)]
        if not beside:
            return []
        head = beside[0]
        inside = {t.id for t in beside if t.deprel == beside[0].deprel}  # "Mark" "Zuckerberg", both flat
    else:
        inside = {head.id}
    # The head's subtree inside the mention: "University of Southern Indiana".
    grew = True
    while grew:
        grew = False
        for t in tokens:
            if t.id not in inside and t.head in inside and t.deprel not in ("appos", "acl", "punct", "parataxis", "dep", "conj", "cc"):
                inside.add(t.id)
                grew = True
    span = [t for t in tokens if min(inside) <= t.id <= max(inside)]
    while span and (span[0].form.lower() in ("the", "a", "an") or not span[0].form[:1].isalnum()):
        span = span[1:]
    while span and (span[-1].form in ("'s", "’s", "'", "’") or not span[-1].form[:1].isalnum()):
        span = span[:-1]

    def fits(word: Token) -> bool:
        return word.form[:1].isupper() or word.form[:1].isdigit() or word.form.lower() in CONNECTORS | {"the"} or word.form in (".", "-")

    if not span or not all(fits(t) for t in span) or not (_proper(span[0]) or span[0].form[:1].isupper()):
        # The proper nouns joined to the head directly: "Hamdullah Mohib" in "Afghan
        # Ambassador to the United States Hamdullah Mohib".
        chain = {head.id} | {t.id for t in tokens if t.head == head.id and t.deprel in ("flat", "compound") and _proper(t)}
        index = [t.id for t in tokens].index(head.id)
        begin = end = index
        while begin > 0 and tokens[begin - 1].id in chain:
            begin -= 1
        while end + 1 < len(tokens) and tokens[end + 1].id in chain:
            end += 1
        span = tokens[begin : end + 1]
    name = text[span[0].start : span[-1].end]
    forms = [name]
    words = name.split()
    # A title before a person's name: the name alone is a form too ("President Donald Trump").
    for index in range(len(words) - 1, 0, -1):
        if any(" ".join(words[index - size : index]).lower() in title_words for size in (1, 2, 3) if index - size >= 0):
            forms.insert(0, " ".join(words[index:]))
            break
    if mention.etype == "person":
        # A person's own name: the head and the proper nouns flat beside it ("Stefania
        # Giannini" in "Minister of Education Stefania Giannini").
        own = [t for t in span if t.id == head.id or (t.head == head.id and t.deprel == "flat")]
        if own and own[-1].id - own[0].id == len(own) - 1:
            form = text[own[0].start : own[-1].end]
            if form not in forms:
                forms.append(form)
    return forms


def build_gold(text: str, mentions: list[Mention], title_tokens: set[int]) -> dict:
    title_words = titles()
    chains: dict[str, dict] = {}
    for mention in mentions:
        if any(id(t) in title_tokens for t in mention.tokens):
            continue  # the title line is not body text: its names are never extracted
        forms = name_of(mention, text, title_words)
        if not forms:
            continue
        chain = chains.setdefault(mention.entity, {"types": [], "forms": [], "plural": False})
        chain["types"].append(mention.etype)
        ids = {t.id for t in mention.tokens}
        chain["plural"] |= any(t.xpos == "NNPS" and t.head not in ids for t in mention.tokens)
        for form in forms:
            if form and form not in chain["forms"] and form.lower() not in title_words:
                chain["forms"].append(form)
    entities = []
    seen: set[str] = set()
    for chain in chains.values():
        etype = max(set(chain["types"]), key=chain["types"].count)
        kind = TYPES.get(etype, "other")
        # The name: the first form without a title, the longest of those; then the others.
        forms = sorted(chain["forms"], key=lambda f: (-len(f), chain["forms"].index(f)))
        # A form two chains share ("Man of the Match" for two players) stays with the first.
        forms = [f for f in forms if f.casefold() not in seen]
        if not forms:
            continue
        seen |= {f.casefold() for f in forms}
        entry: dict = {"name": forms[0], "type": kind}
        if forms[1:]:
            entry["aliases"] = forms[1:]
        if chain["plural"] and kind in ("person", "organization"):
            entry["alt_types"] = ["group"]  # "Muslims", "Afghans": a people
        entities.append(entry)
    return {
        "about": "GUM news document converted by scripts/gum_to_gold.py: named mentions of persons, "
        "organisations and places are scored; named chains of other GUM types are listed as 'other' so that "
        "a person, organisation or place predicted for them counts as wrong.",
        "scored_types": ["person", "organization", "place"],
        "entities": entities,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gum", type=Path, help="a GUM checkout, or its bare git directory")
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "fixtures")
    args = parser.parse_args()
    documents = read_documents(args.gum)
    if not documents:
        sys.exit("no GUM_news_*.conllu found")
    rows: dict[str, list[str]] = {"dev": [], "blind": []}
    for index, (name, conllu) in enumerate(sorted(documents.items())):
        part = "blind" if index % 2 else "dev"
        folder = args.out / f"entities_gum_{part}"
        folder.mkdir(parents=True, exist_ok=True)
        text, gold, source = convert(conllu)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows[part].append(f"| `{name}.txt` | {source} |")
    for part, lines in rows.items():
        readme = ATTRIBUTION.format(part=part, count=len(lines), role=ROLES[part], rows="\n".join(lines))
        (args.out / f"entities_gum_{part}" / "README.md").write_text(readme, encoding="utf-8")
    print(f"{len(rows['dev'])} development and {len(rows['blind'])} blind documents")


if __name__ == "__main__":
    main()
