"""Build heading-quality sets from the 18F blog, a US government work in the public domain.

    python scripts/gov_headings.py PATH/TO/18f.gsa.gov

Reads the blog's Markdown posts (`content/posts/*.md`, 18F, General Services Administration;
public domain in the US and CC0 worldwide) and writes each post with three or more
sub-headings as plain text, the way it reads when copied from the page: headings as plain
lines, links as their words, figure captions as lines of their own, no Markdown marks. The
`#` headings go to `gold.json`. Posts are laid out in one of the everyday shapes of
`gum_headings.py` (paragraphs between blank lines, one line each, YAML front matter, no
headline at all). Half the posts, chosen by a hash of the name, are `gov-dev`; the other half
are `gov-blind`, never tuned on; sixty more of the development half are `gov-dev2`, and the
rest of that half `gov-dev3`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "headings"
SHAPES = ("blank", "lines", "front_matter", "untitled")
PER_SET = 30

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_TAG = re.compile(r"<[^>]+>")
_SHORTCODE = re.compile(r"\{%.*?%\}", re.DOTALL)
_CAPTION = re.compile(r"""caption:\s*["“](.+?)["”]\s*(?:,|%\})""", re.DOTALL)
_FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.DOTALL | re.IGNORECASE)


def inline(text: str) -> str:
    """Markdown inline marks removed: links as their words, no emphasis, no tags."""
    text = re.sub(r"\{\{.*?\}\}", "", text)
    text = re.sub(r"!\[[^\]]*\]\((?:[^()]|\([^)]*\))*\)", "", text)  # pictures first: a link may hold one
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _TAG.sub("", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])", r"\1", text)
    text = text.replace("`", "").replace("&nbsp;", " ").replace("&amp;", "&")
    return " ".join(text.split())


def blocks_of(markdown: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Front matter fields and the post as (kind, text) blocks: head, caption, item, p."""
    meta: dict[str, str] = {}
    if markdown.startswith("---"):
        end = markdown.find("\n---", 3)
        for line in markdown[3:end].split("\n"):
            key, _, value = line.partition(":")
            if value.strip() and not line.startswith((" ", "-")):
                meta[key.strip()] = value.strip().strip("\"'")
        markdown = markdown[end + 4 :]
    # Figures: their captions stand alone; the rest of a shortcode or figure goes.
    markdown = _FIGCAPTION.sub(lambda m: "\n\nCAPTION " + inline(m.group(1)) + "\n\n", markdown)

    def figure(match: re.Match) -> str:
        caption = _CAPTION.search(match.group(0))
        return "\n\nCAPTION " + inline(caption.group(1)) + "\n\n" if caption else "\n\n"

    markdown = _SHORTCODE.sub(figure, markdown)
    markdown = re.sub(r"```.*?```", "\n\n", markdown, flags=re.DOTALL)
    markdown = re.sub(r"<(figure|div|span|iframe|script|style)[^>]*>.*?</\1>", "\n\n", markdown, flags=re.DOTALL)
    blocks: list[tuple[str, str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            raw = " ".join(paragraph).strip()
            text = inline(raw)
            # A paragraph all in bold or italics standing alone reads as a heading or as
            # emphasis: either way.
            emphasis = re.fullmatch(r"(\*\*|__|\*|_)[^*_]+\1:?", raw) and len(text.split()) <= 20
            if text:
                blocks.append(("emphasis" if emphasis else "p", text))
            paragraph.clear()

    for raw in markdown.split("\n"):
        line = raw.strip()
        heading = _HEADING.match(line)
        if not line:
            flush()
        elif heading:
            flush()
            text = inline(heading.group(2))
            if text:
                blocks.append(("head", text))
        elif line.startswith("CAPTION "):
            flush()
            if line[8:].strip():
                blocks.append(("caption", line[8:].strip()))
        elif re.match(r"^(?:[-*+]|\d{1,2}[.)])\s+", line):
            flush()
            marker = re.match(r"^(?:[-*+]|\d{1,2}[.)])", line).group(0)
            item = line[len(marker) :].strip()
            blocks.append(("item", ("- " if marker in "-*+" else marker + " ") + item))
        elif blocks and blocks[-1][0] == "item" and not paragraph and raw.startswith(" "):
            kind, text = blocks.pop()
            blocks.append((kind, text + " " + line))  # an item's wrapped line
        elif line.startswith(">"):
            paragraph.append(line.lstrip("> "))
        elif line.startswith("|"):
            flush()
            blocks.append(("cell", line))
        else:
            paragraph.append(line)
    flush()
    return meta, blocks


def render(meta: dict[str, str], blocks: list[tuple[str, str]], shape: str) -> tuple[str, dict]:
    title = inline(meta.get("title", "")) or None
    gold = {"title": title if shape != "untitled" else None, "headings": [], "optional": [], "lede": None, "shape": shape}
    lines = []
    for kind, text in blocks:
        if kind == "item":
            marker, _, rest = text.partition(" ")
            text = marker + " " + inline(rest)
        if kind == "head":
            gold["headings"].append(text)
        elif kind in ("cell", "emphasis"):
            gold["optional"].append(text)
        elif kind == "p" and gold["lede"] is None and len(text.split()) >= 8:
            gold["lede"] = text
        lines.append(text)
    if shape == "lines":
        text = "\n".join([title] + lines)
    elif shape == "front_matter":
        text = f"---\ntitle: \"{title}\"\nauthor: 18F\n---\n\n" + "\n\n".join(lines)
    elif shape == "untitled":
        text = "\n\n".join(lines)
    else:
        text = "\n\n".join([title] + lines)
    return text + "\n", gold


def main(root: Path) -> None:
    chosen: dict[str, list[tuple[str, Path]]] = {"gov-dev": [], "gov-blind": []}
    for post in sorted((root / "content" / "posts").glob("*.md")):
        text = post.read_text(encoding="utf-8")
        if len(re.findall(r"^#{2,4}\s+\S", text, re.MULTILINE)) < 3:
            continue
        digest = hashlib.sha1(post.stem.encode()).hexdigest()
        part = "gov-dev" if int(digest, 16) % 2 == 0 else "gov-blind"
        chosen[part].append((digest, post))
    # The development half's further posts: a second development set, fresh for checking,
    # and the rest of that half in a third.
    chosen["gov-dev2"] = sorted(chosen["gov-dev"])[PER_SET : 3 * PER_SET]
    chosen["gov-dev3"] = sorted(chosen["gov-dev"])[3 * PER_SET :]
    attributions = []
    for part, posts in chosen.items():
        gold = {}
        (OUT / part).mkdir(parents=True, exist_ok=True)
        for digest, post in sorted(posts)[: {"gov-dev2": 2 * PER_SET, "gov-dev3": len(posts)}.get(part, PER_SET)]:
            meta, blocks = blocks_of(post.read_text(encoding="utf-8"))
            shape = SHAPES[int(digest, 16) // 2 % len(SHAPES)]
            text, doc_gold = render(meta, blocks, shape)
            name = "18f_" + post.stem[11:][:40] + ".txt"
            (OUT / part / name).write_text(text, encoding="utf-8")
            gold[name] = doc_gold
            date = post.stem[:10]
            attributions.append(f"- `{part}/{name}`: \"{meta.get('title', '')}\", 18F blog, {date}, https://18f.gsa.gov/{date.replace('-', '/')}/{post.stem[11:]}/")
        (OUT / part / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (OUT / "ATTRIBUTION-18F.md").write_text(
        "# Sources of the 18F heading-quality texts\n\n"
        "Posts of the 18F blog (18F, US General Services Administration, https://github.com/18F/18f.gsa.gov):\n"
        "works of the United States government, in the public domain in the US and dedicated to the\n"
        "public domain worldwide under CC0 1.0. Laid out again as plain text by `scripts/gov_headings.py`;\n"
        "the headings are the posts' own Markdown headings.\n\n" + "\n".join(sorted(attributions)) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
