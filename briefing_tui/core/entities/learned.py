"""The learned check on names: a small maximum-entropy model over whole entities.

The rules find the names and their spans; this model, trained by scripts/train_entities.py
on freely licensed annotated text (see data/ATTRIBUTION-entity-model.md), looks at each named entity
once merged (its words and their shapes, the type the rules gave, the gazetteer, the words
around its mentions, how often and where it is mentioned) and says whether it is a person,
an organisation, a place, another named thing, or no name at all. Where it is sure, its
answer replaces the rules' type, or drops the entity.

The model file holds, for each feature, one weight per answer (a linear model, as
python-crfsuite trains it on one-item sequences); scoring is a sum of weights, in plain
Python, so running it needs no compiled library.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..model import Entity, Mention
from .gazetteer import Gazetteer, load_gazetteer
from .words import COMPANY_ENDINGS, EVENT_WORDS, EXTRA_ORG_CUES, FACILITY_WORDS, PLACE_CUES, PRODUCT_LAST, TEAM_WORDS
# The class of a name's last word: a building or a ground, a body, an event, a product.
HEAD_CLASSES = (
    ("place_cue", PLACE_CUES),
    ("facility", FACILITY_WORDS),
    ("company", COMPANY_ENDINGS | EXTRA_ORG_CUES),
    ("event", EVENT_WORDS),
    ("product", PRODUCT_LAST),
    ("team", TEAM_WORDS),
)

MODEL = Path(__file__).with_name("data") / "entity_model.json"
# The types the model decides between; the rules keep groups, dates and numbers.
JUDGED = frozenset({"person", "organization", "place", "other"})
NONE = "none"
# How many mentions of an entity lend their surroundings as features: enough to see the
# usual contexts, few enough that an entity named a thousand times costs no more.
CONTEXT_MENTIONS = 8
_WORD = re.compile(r"\w[\w'’-]*")
_SHAPE_RUNS = re.compile(r"(.)\1+")


def _shape(word: str) -> str:
    """"Xx" for "Obama", "X" for "FBI", "d" for digits, runs collapsed: "Xx-Xx", "X.X."."""
    mapped = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word)
    return _SHAPE_RUNS.sub(r"\1", mapped)


def _word_before(text: str, start: int) -> tuple[str, str]:
    """The word before a mention (lower case) and the character just before it."""
    head = text[max(0, start - 40) : start]
    words = _WORD.findall(head)
    stripped = head.rstrip(" ")
    return (words[-1].lower() if words else "^"), (stripped[-1:] or "^")


def _capitals_around(text: str, start: int) -> str:
    """How many capitalised words the sentence of a mention has, in buckets: many in a
    headline or a list of names, few in running prose."""
    lo, hi = max(0, start - 200), min(len(text), start + 200)  # a bounded window: linear in the text
    a = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    ends = [i for i in (text.find(". ", start, hi), text.find("\n", start, hi)) if i >= 0]
    b = min(ends) if ends else hi
    count = sum(1 for w in _WORD.findall(text, a, b) if w[:1].isupper())
    return "0-2" if count <= 2 else "3-5" if count <= 5 else "6-9" if count <= 9 else "10+"


def _word_after(text: str, end: int) -> tuple[str, str]:
    tail = text[end : end + 40]
    words = _WORD.findall(tail)
    stripped = tail.lstrip(" ")
    return (words[0].lower() if words else "$"), (stripped[:1] or "$")


def features(entity: Entity, texts: list[str], gazetteer: Gazetteer, lower_words: set[str]) -> list[str]:
    """The features of one named entity (strings; each one a weight per answer)."""
    name = entity.name
    words = name.split()
    folded = [w.lower().strip(".,") for w in words]
    out = [
        "bias",
        "rule=" + entity.type,
        "n=" + str(min(len(words), 5)),
        "shape=" + " ".join(_shape(w) for w in words[:4]),
        "first=" + folded[0],
        "last=" + folded[-1],
        "suffix=" + folded[-1][-3:],
        "count=" + ("1" if entity.count == 1 else "2" if entity.count == 2 else "3-5" if entity.count <= 5 else "6+"),
    ]
    out += ["word=" + w for w in folded]
    out += ["wshape=" + _shape(w) for w in words]
    if entity.aliases:
        out.append("aliases")
    if any(c.isdigit() for c in name):
        out.append("digit")
    if name.isupper():
        out.append("upper")
        out.append("upper_len=" + str(min(len(name), 6)))
    found = gazetteer.lookup(name)
    if found is not None:
        out.append("gaz=" + found[1])
    if len(words) >= 2:
        if words[0] in gazetteer.first_names:
            out.append("first_name")
        last = gazetteer.lookup(words[-1])
        if last is not None:
            out.append("gaz_last=" + last[1])
        head = gazetteer.lookup(" ".join(words[:-1]))
        if head is not None:
            out.append("gaz_head=" + head[1])
        for label, heads in HEAD_CLASSES:
            if words[-1] in heads:
                out.append("head=" + label)
        if folded[-1] in gazetteer.common_words:
            out.append("head_common")
            if words[0] in gazetteer.first_names:
                out.append("first_name+head_common")
    elif words[0] in gazetteer.first_names:
        out.append("first_name_alone")
    if words[-1] in gazetteer.org_cues:
        out.append("org_cue")
    for w in folded:
        if w in gazetteer.common_words:
            out.append("common")
            break
    if len(words) == 1 and folded[0] in lower_words:
        out.append("seen_lower")
    initial = 0
    for mention in entity.mentions[:CONTEXT_MENTIONS]:
        text = texts[mention.section]
        before, char_before = _word_before(text, mention.start)
        after, char_after = _word_after(text, mention.end)
        out.append("before=" + before)
        out.append("after=" + after)
        if char_before in ".!?\n^\"“":
            initial += 1
        if char_before == "(":
            out.append("in_brackets")
        if after in ("'s", "’s") or char_after in "'’":
            out.append("possessive")
        if before == "the":
            out.append("the")
    first = entity.mentions[0]
    out.append("capitals=" + _capitals_around(texts[first.section], first.start))
    shown = min(len(entity.mentions), CONTEXT_MENTIONS)
    if initial:
        out.append("initial_all" if initial == shown else "initial_some")
    return out


def lower_words_of(texts: list[str]) -> set[str]:
    """The words a text writes in lower case: a name also written so is often no name."""
    words: set[str] = set()
    for text in texts:
        words.update(_LOWER_WORD.findall(text))
    return words


_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")


@dataclass(frozen=True)
class EntityModel:
    """Weights per feature, one per answer."""

    labels: tuple[str, ...]
    weights: dict[str, list[float]]
    drop_above: float  # the model's certainty that an entity is no name, above which it goes
    retype_above: float  # its certainty in another type, above which that type is taken

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        sums = [0.0] * len(self.labels)
        for f in feats:
            row = self.weights.get(f)
            if row is not None:
                for i, w in enumerate(row):
                    sums[i] += w
        top = max(sums)
        exps = [math.exp(s - top) for s in sums]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps)}


@lru_cache(maxsize=1)
def load_model() -> EntityModel | None:
    """The shipped model, or None when the package has none (the rules then decide alone)."""
    if not MODEL.exists():
        return None
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return EntityModel(tuple(data["labels"]), data["weights"], data["drop_above"], data["retype_above"])


def _person_shaped(name: str, gazetteer: Gazetteer) -> bool:
    """A name a person could have: two to four capitalised words of letters ("Mary Ann
    O'Neil"), not "C&S Wholesale Grocers", nor opened by a common word that is no given
    name ("National Salt Survey"), nor closed by letters in capitals ("Roth IRAs")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words)
        and not (words[0].lower() in gazetteer.common_words and words[0] not in gazetteer.first_names)
        and not _CAPITALS_LAST.fullmatch(words[-1])
    )


# Letters in capitals, or their plural, closing a name: "IRA", "IRAs"; not a generation ("III").
_CAPITALS_LAST = re.compile(r"(?!(?:II|III|IV|VI|VII|VIII)$)[A-Z]{2,5}s?")


def guessed(entity: Entity, guesses: set[tuple[int, int]]) -> bool:
    """True when the rules typed every mention of the entity by a fallback."""
    return entity.type in JUDGED and all((m.section, m.start) in guesses for m in entity.mentions)


def _called_by_surname(entity: Entity) -> bool:
    """A person the text goes on to call by the last word of the name ("Kerston Birtwistle",
    then "Birtwistle pleaded"): what people are called, no work's or place's way."""
    words = entity.name.split()
    return entity.type == "person" and len(words) >= 2 and words[-1] in entity.aliases


_CAPITAL_BEFORE = re.compile(r"(?<![\w'’])(?!The |A |An )[A-Z][\w'’.-]*(?: (?:of|and|&|of the))? $")
_CAPITAL_AFTER = re.compile(r"(?: (?:of|and|&|of the))? ([A-Z][\w'’-]*)")
# Where a sentence opens, before a capitalised word: its capital says nothing.
_OPENING = re.compile(r"(?:^|[.!?:;\n]\s*[\"“‘'(]?\s*)$")


def _fragment(mention: Mention, texts: list[str], gazetteer: Gazetteer, kind: str) -> bool:
    """A name run on from, or into, other capitalised words: "BlackBerry [App World]",
    "[Home Loss] and Disturbance grants" (not "The" before it, "The [Dark Knight]", nor a
    title after it, "[Valdor Metals] President"). A body's name may follow a word opening
    the sentence ("Players of the [Fijian Vakura]") and list others after "and"."""
    text = texts[mention.section]
    before = _CAPITAL_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before is not None and (kind == "other" or not _OPENING.search(text, max(0, before.start() - 4), before.start())):
        return True
    after = _CAPITAL_AFTER.match(text, mention.end)
    if after is None or gazetteer.is_title(after.group(1)):
        return False
    return kind == "other" or not after.group().startswith((" and", " &"))


_SPEAKS_AFTER = re.compile(r" (?:said|says|told|added|asked|explained|recalled|wrote)\b")


def _given_name_speaks(entity: Entity, texts: list[str], gazetteer: Gazetteer) -> bool:
    """A person by a given name alone who speaks ("Bruce said"): a person, whatever a town of
    that name would make the model think."""
    return (
        entity.type == "person"
        and " " not in entity.name
        and entity.name in gazetteer.first_names
        and any(_SPEAKS_AFTER.match(texts[m.section], m.end) for m in entity.mentions)
    )


def judge(entities: list[Entity], texts: list[str], guesses: set[tuple[int, int]], model: EntityModel | None = None) -> list[Entity]:
    """The entities with the model's types where it is sure; the ones it says are no names go.

    Only entities the rules typed by a fallback alone (guesses: (section, start) of such
    mentions) are judged: where the rules have evidence, they decide.
    """
    model = model or load_model()
    if model is None:
        return entities
    gazetteer = load_gazetteer()
    lower_words = lower_words_of(texts)
    kept: list[Entity] = []
    for entity in entities:
        if not guessed(entity, guesses):
            kept.append(entity)
            continue
        answer = model.probabilities(features(entity, texts, gazetteer, lower_words))
        best = max(answer, key=answer.__getitem__)
        if best == NONE:
            if answer[NONE] >= model.drop_above:
                continue
        elif (
            best != entity.type
            and answer[best] >= model.retype_above
            and (best != "person" or _person_shaped(entity.name, gazetteer))
            and not _called_by_surname(entity)
            and not _given_name_speaks(entity, texts, gazetteer)
        ):
            entity = replace(entity, type=best)
        if entity.type in ("other", "organization") and len(entity.mentions) == 1 and " " in entity.name and _fragment(entity.mentions[0], texts, gazetteer, entity.type):
            continue  # a thing or a body guessed once, cut from a longer run of capitals: "BlackBerry [App World]"
        kept.append(entity)
    return kept
