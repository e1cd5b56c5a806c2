"""Optional spaCy backend (`pip install 'briefing-tui[nlp]'` plus an English pipeline).

spaCy's entities are the base; on top go the same filtering (titles, sentence-initial
words, never-names), typing (the gazetteer's type wins where it knows a name) and merging
(surnames, short forms, spellings) as the rules use. The default path never imports spaCy;
the model is the user's to install (`python -m spacy download en_core_web_sm`).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

from ..model import Briefing, Entity
from .gazetteer import load_gazetteer
from .classify import NameClassifier
from .found import Found
from .names import tokenize

# spaCy (OntoNotes) labels to our types.
LABELS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "DATE": "date",
    "TIME": "date",
    "CARDINAL": "number",
    "QUANTITY": "number",
    "PERCENT": "number",
    "MONEY": "number",
    "ORDINAL": "number",
    "EVENT": "other",
    "LAW": "other",
    "WORK_OF_ART": "other",
    "PRODUCT": "other",
    "LANGUAGE": "other",
}
PIPELINES = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")


def spacy_installed() -> bool:
    return importlib.util.find_spec("spacy") is not None


@lru_cache(maxsize=1)
def load_pipeline() -> Any | None:
    """The best installed English pipeline, or None when spaCy or every model is missing."""
    if not spacy_installed():
        return None
    for name in PIPELINES:
        if importlib.util.find_spec(name) is not None:
            import spacy

            return spacy.load(name)
    return None


def spacy_mentions(briefing: Briefing, nlp: Any) -> list[Found]:
    """Mentions from spaCy's entities, filtered and typed by our rules."""
    gazetteer = load_gazetteer()
    classifier = NameClassifier(gazetteer)
    found: list[Found] = []
    for index, section in enumerate(briefing.sections):
        text = section.text
        markers = [(b.start, b.start + b.marker) for b in section.blocks if b.marker]
        tokens_by_start = {}
        for block in section.blocks:
            for token in tokenize(text, block.start + block.marker, block.end):
                tokens_by_start[token.start] = token
        doc = nlp(text)
        for span in doc.ents:
            kind = LABELS.get(span.label_)
            start, end = span.start_char, span.end_char
            if kind is None or any(a <= start < b for a, b in markers):
                continue
            if kind in ("date", "number"):
                surface = text[start:end]
                found.append(Found(index, start, end, kind, f"{kind}:{surface.lower()}", surface))
                continue
            # Our tokens for the span keep their sentence-start flags, so the classifier
            # can drop "However" and strip titles ("President Joe Biden" -> Joe Biden).
            run = [t for position, t in sorted(tokens_by_start.items()) if start <= position < end]
            for item in classifier.classify(run, text, index) if run else ():
                known = gazetteer.lookup(text[item.start : item.end])
                if known is not None:
                    item.type = known[1]  # the gazetteer knows this name
                elif (item.start, item.end) == (start, end) or item.type == "unknown":
                    item.type = kind  # the span as spaCy saw it: spaCy's label
                # Otherwise our rules split the span ("President" + a person, "Japanese" +
                # a title + a person) and their types stand.
                item.type = item.type.rstrip("?")
                item.initial = False
                found.append(item)
    return found


def spacy_entities(briefing: Briefing, nlp: Any) -> list[Entity]:
    """The distinct entities of a briefing, with spaCy's entities as the base."""
    from . import merge

    return merge(spacy_mentions(briefing, nlp), [s.text for s in briefing.sections])
